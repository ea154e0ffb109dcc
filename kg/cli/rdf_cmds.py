"""``kg validate``, ``kg merge`` and ``kg ontology-doc``."""
# ruff: noqa: B008  (Typer declares options as argument defaults)

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli._app import app, console, err_console, handle_errors


@app.command()
@handle_errors
def validate(
    graph: Path = typer.Argument(..., help="Graph file (.ttl, .trig, .nq, .nt, .jsonld) to check."),
    limit: int = typer.Option(50, help="Print at most this many violations (0: all)."),
) -> None:
    """Check GRAPH against the SHACL shapes (ontologies/shapes.ttl); exit 1 if it does not conform."""
    from kg.rdf import validate as run_validate

    report = run_validate(graph)
    if report.conforms:
        console.print(f"{graph}: conforms ({report.triples} triples)", highlight=False, soft_wrap=True)
        return
    shown = report.violations if limit <= 0 else report.violations[:limit]
    for v in shown:
        console.print(str(v), highlight=False, markup=False, soft_wrap=True)
    more = len(report.violations) - len(shown)
    err_console.print(
        f"{graph}: does not conform: {len(report.violations)} violation(s)"
        + (f" ({more} not shown; use --limit 0)" if more else ""),
        highlight=False,
        soft_wrap=True,
    )
    raise typer.Exit(1)


@app.command()
@handle_errors
def merge(
    graphs: list[Path] = typer.Argument(..., help="Graph files or build folders to merge."),
    out: Path = typer.Option(..., "-o", "--out", help="Output file; its suffix gives the format."),
    fmt: str = typer.Option(None, "--format", "-f", help="Output format (default: from the suffix)."),
) -> None:
    """Merge graphs built separately into one (actors merge by canonical IRI)."""
    from kg.rdf import merge as run_merge

    g = run_merge(graphs, out, fmt)
    err_console.print(
        f"merged {len(graphs)} input(s): {len(g.documents)} documents, {len(g.entities)} entities, "
        f"{len(g.events)} assertions -> {out}",
        highlight=False,
        soft_wrap=True,
    )


@app.command("ontology-doc")
@handle_errors
def ontology_doc(
    check: bool = typer.Option(False, "--check", help="Only check that the generated files are up to date."),
) -> None:
    """Regenerate docs/ontology.md and ontologies/context.jsonld from ontologies/kg.ttl."""
    from kg.rdf.ontodoc import check_docs, write_docs

    if check:
        stale = check_docs()
        for p in stale:
            err_console.print(f"out of date: {p} (run: kg ontology-doc)", highlight=False, soft_wrap=True)
        if stale:
            raise typer.Exit(1)
        console.print("ontology reference is up to date")
        return
    for p in write_docs():
        console.print(str(p), highlight=False, soft_wrap=True)
