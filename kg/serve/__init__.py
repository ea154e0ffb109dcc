"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint (see :mod:`kg.serve.app`)."""

from kg.serve.app import (
    DEFAULT_HOST,
    DEFAULT_MAX_REQUEST_BYTES,
    DEFAULT_MAX_RESULTS,
    DEFAULT_PORT,
    DEFAULT_TIMEOUT,
    Response,
    ServeConfig,
    SparqlEndpoint,
    get,
    make_server,
    serve,
)

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_MAX_REQUEST_BYTES",
    "DEFAULT_MAX_RESULTS",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "Response",
    "ServeConfig",
    "SparqlEndpoint",
    "get",
    "make_server",
    "serve",
]
