"""Command-line interface (Typer + Rich). Thin: parses arguments, calls one library function, prints.

Each command module registers its commands on :data:`app`; ``kg.cli`` is imported by nothing else.
"""

from __future__ import annotations

# Importing the command modules registers their commands on the app.
from kg.cli import build_cmds, corpus_cmds, graph_cmds, query_cmds, rdf_cmds  # noqa: F401
from kg.cli._app import app, main

__all__ = ["app", "main"]
