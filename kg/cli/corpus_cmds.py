"""``kg generate-corpus``: synthetic articles for tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli._app import app, err_console, handle_errors


@app.command("generate-corpus")
@handle_errors
def generate_corpus(
    n: int = typer.Argument(..., min=0, help="Number of articles to write."),
    out: Path = typer.Option(
        ..., "-o", "--out", help="A .jsonl file, or a folder for one .txt file per article."
    ),
    seed: int = typer.Option(0, help="Random seed (the same seed writes the same corpus)."),
    start: int = typer.Option(
        0, min=0, help="Number of the first article (continue a corpus with new articles)."
    ),
    min_words: int = typer.Option(300, min=1, help="Shortest article, in words."),
    max_words: int = typer.Option(900, min=1, help="Longest article, in words."),
) -> None:
    """Write N synthetic news articles recombined from kg's example articles (for tests and benchmarks)."""
    from kg.corpus import write_corpus

    path = write_corpus(n, out, seed=seed, start=start, min_words=min_words, max_words=max_words)
    err_console.print(f"wrote {n} article(s) to {path}")
