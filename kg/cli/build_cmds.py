"""``kg build`` and ``kg extract``."""

from __future__ import annotations

import enum
import sys
from pathlib import Path

import typer
from rich import box
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from kg.cli._app import app, console, err_console, handle_errors
from kg.ingest import DEFAULT_MAX_DOC_CHARS
from kg.nlp import DEFAULT_MODEL
from kg.nlp.limits import DEFAULT_MAX_SENTENCE_CHARS

MODEL_HELP = "Installed spaCy pipeline to use (any English pipeline with a parser and NER)."
MAXDOC_HELP = "Skip documents longer than this many characters."
MAXSENT_HELP = "Cut sentences longer than this many characters (0: no limit), so one cannot stall a build."


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
    )


class BuildExecutor(enum.StrEnum):
    local = "local"
    dask = "dask"


@app.command()
@handle_errors
def build(
    inputs: list[Path] = typer.Argument(
        None, help="Files (.txt, .md, .html, .jsonl) or folders. Default: the seed article in seeds/."
    ),
    out: Path = typer.Option(Path("out"), "-o", "--out", help="Output folder."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help=MODEL_HELP),
    html: bool = typer.Option(True, "--html/--no-html", help="Write the interactive graph.html view."),
    max_doc_chars: int = typer.Option(DEFAULT_MAX_DOC_CHARS, help=MAXDOC_HELP),
    strict: bool = typer.Option(False, help="Stop at the first unreadable input instead of skipping it."),
    max_sentence_chars: int = typer.Option(DEFAULT_MAX_SENTENCE_CHARS, min=0, help=MAXSENT_HELP),
    workers: int = typer.Option(
        None,
        "--workers",
        "-w",
        min=1,
        help="Extraction processes (default: one per core).",
        show_default=False,
    ),
    executor: BuildExecutor = typer.Option(
        BuildExecutor.local, "--executor", help="Run extraction in local processes or on a Dask cluster."
    ),
    scheduler: str = typer.Option(
        None,
        "--scheduler",
        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: start a local cluster).",
    ),
    cache: bool = typer.Option(
        True,
        "--cache/--no-cache",
        help="Reuse per-document results from OUT/.cache (only new articles are extracted).",
    ),
    store: Path = typer.Option(
        None,
        "--store",
        help="Also bulk-load the graph into this Oxigraph store folder (read by kg query/serve).",
    ),
) -> None:
    """Build the knowledge graph of INPUTS and write Turtle, TriG, N-Quads, N-Triples, JSON-LD,
    JSON Lines and an interactive HTML view to OUT.

    Documents stream through WORKERS processes (or a Dask cluster); each result is cached
    in OUT/.cache, so a re-run extracts only new articles and an interrupted build resumes."""
    import time

    from kg.pipeline import build as run_build
    from kg.pipeline import count_documents

    total = count_documents(inputs or None)
    with _progress() as bar:
        task = bar.add_task("Extracting", total=total or None, rate="")
        t0 = time.perf_counter()

        def tick(i: int, doc) -> None:
            dt = time.perf_counter() - t0
            bar.update(task, completed=i, total=max(total, i), rate=f"{i / dt:.1f} docs/s" if dt > 0 else "")

        report = run_build(
            inputs or None,
            out,
            model=model,
            html=html,
            max_doc_chars=max_doc_chars,
            max_sentence_chars=max_sentence_chars,
            strict=strict,
            progress=tick,
            workers=workers,
            executor=executor.value,
            scheduler=scheduler,
            cache=cache,
        )
    if store is not None:
        from kg.query.store import load_store

        graph_file = report.outputs.get("nquads") or report.outputs.get("trig")
        report.outputs["store"] = load_store([graph_file or out], store).store
    for e in report.errors:
        err_console.print(Text.assemble(("skipped: ", "yellow"), str(e)), highlight=False)
    console.print(_summary(report))
    if report.errors:
        err_console.print(f"{len(report.errors)} input(s) skipped; the rest was built.")
        raise typer.Exit(1)


def _summary(report) -> Table:
    counts = report.graph.counts()
    t = Table(title="kg build", show_header=True, header_style="bold")
    t.add_column("what")
    t.add_column("count / path", overflow="fold")
    t.add_row("documents", str(report.n_documents))
    t.add_row("extracted / from cache", f"{report.extracted} / {report.cached}")
    t.add_row("time", f"{report.seconds:.1f} s ({report.executor}, {report.workers} worker(s))")
    for typ, n in counts["entities"].items():
        t.add_row(f"entities: {typ}", str(n))
    for cat, n in counts["events"].items():
        t.add_row(f"relations: {cat}", str(n))
    if report.errors:
        t.add_row("skipped inputs", str(len(report.errors)))
    for name, path in report.outputs.items():
        t.add_row(f"output: {name}", str(path))
    return t


class ExtractFormat(str, enum.Enum):
    jsonl = "jsonl"
    table = "table"
    ttl = "ttl"


@app.command()
@handle_errors
def extract(
    files: list[Path] = typer.Argument(..., help="Article files (.txt, .md, .html, .jsonl)."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f", help="Output format."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help=MODEL_HELP),
    max_doc_chars: int = typer.Option(DEFAULT_MAX_DOC_CHARS, help=MAXDOC_HELP),
) -> None:
    """Print what one or more articles yield (entities and relations) to stdout."""
    from kg.errors import InputError, msg
    from kg.pipeline import extract as run_extract

    errors: list[str] = []
    graph = run_extract(files, model=model, max_doc_chars=max_doc_chars, errors=errors)
    for e in errors:
        err_console.print(Text.assemble(("skipped: ", "yellow"), str(e)), highlight=False)
    if not graph.documents:
        raise InputError(msg("E009"))
    if fmt is ExtractFormat.jsonl:
        from kg.model.jsonl import dumps_record, jsonl_records

        for rec in jsonl_records(graph):
            sys.stdout.write(dumps_record(rec) + "\n")
    elif fmt is ExtractFormat.ttl:
        from kg.rdf import serialize

        sys.stdout.write(serialize(graph, "turtle"))
    else:
        console.print(_relations_table(graph, console.width))
    if errors:
        raise typer.Exit(1)


def _relations_table(graph, width: int) -> Table:
    """One row per binary projection; narrow terminals drop the trigger and confidence columns."""
    wide = width >= 120
    cols = [("category", 14), ("subject", 12), ("object", 12), ("date", 10)]
    if wide:
        cols += [("conf.", 5), ("trigger", 12)]
    t = Table(title="relations", header_style="bold", box=None if not wide else box.HEAVY_HEAD)
    for col, w in cols:
        t.add_column(col, no_wrap=True, overflow="ellipsis", min_width=min(w, 8), max_width=w + 10)
    t.add_column("evidence", no_wrap=True, overflow="ellipsis", min_width=12, max_width=70)
    label = {k: e.label for k, e in graph.entities.items()}
    for ev in graph.sorted_events():
        for s, o in ev.pairs():
            extra = ev.role or ev.quote or ""
            row = [
                ev.category + (f" ({extra})" if extra else ""),
                label.get(s, s),
                label.get(o, o) if o else "",
                ev.date or "",
            ]
            if wide:
                row += [f"{ev.confidence:.2f}", ev.trigger or ""]
            t.add_row(*row, ev.evidence.text if ev.evidence else "")
    return t
