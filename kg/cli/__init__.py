"""Command-line interface (Typer + Rich). Thin: parses arguments, calls one library function, prints.

Each command module registers its commands on :data:`app`; ``kg.cli`` is imported by nothing else.
"""

from __future__ import annotations

from kg.cli._app import app, main

# Command modules (importing registers their commands).
from kg.cli import build_cmds  # noqa: E402,F401
from kg.cli import corpus_cmds  # noqa: E402,F401
from kg.cli import query_cmds  # noqa: E402,F401
from kg.cli import graph_cmds  # noqa: E402,F401
from kg.cli import rdf_cmds  # noqa: E402,F401

__all__ = ["app", "main"]
