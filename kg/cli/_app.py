"""The Typer application, the Rich consoles and the one place that turns KGError into an exit code."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from kg import __version__
from kg.errors import KGError

__all__ = ["app", "main", "console", "err_console", "handle_errors"]

app = typer.Typer(
    name="kg",
    help="Build, query and explore geopolitical knowledge graphs from news articles.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
#: stdout carries data only (Turtle, JSON, CSV, tables asked for); progress and warnings go to stderr.
console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(fn: F) -> F:
    """Print ``Error: <message>`` for a :class:`KGError` and exit with its code (1 input, 2 usage)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except KGError as err:
            err_console.print(Text.assemble(("Error: ", "bold red"), str(err)), highlight=False)
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            err_console.print("Interrupted.")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def _version(value: bool) -> None:
    if value:
        console.print(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version."
    ),
) -> None:
    """Build, query and explore geopolitical knowledge graphs from news articles."""


def main() -> None:
    """Console-script entry point (``kg`` and ``python -m kg``)."""
    app()
