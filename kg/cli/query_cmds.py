"""``kg query``, ``kg load``, ``kg serve`` and ``kg push``."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from kg.cli._app import app, console, err_console, handle_errors

GRAPH_HELP = (
    "A graph file (.ttl, .trig, .nq, .nt, .jsonld, .jsonl), a folder of them (e.g. out/), or a store."
)


class QueryFormat(enum.StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    xml = "xml"
    turtle = "turtle"
    ntriples = "ntriples"


def _params(values: list[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for v in values or []:
        name, sep, value = v.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"expected NAME=VALUE, got {v!r}", param_hint="--param")
        out[name.strip()] = value
    return out


def _saved_table() -> Table:
    from kg.query.saved import list_saved

    t = Table(title="saved queries (kg query GRAPH --saved NAME --param NAME=VALUE)", header_style="bold")
    t.add_column("name", no_wrap=True)
    t.add_column("parameters")
    t.add_column("description", overflow="fold")
    for q in list_saved():
        ps = "\n".join(f"{p.name}={p.kind.upper()}" + ("" if p.required else " (optional)") for p in q.params)
        t.add_row(q.name, ps or "-", f"{q.summary}. {q.description}")
    return t


def _result_table(res) -> Table:
    from kg.query.engine import term_text

    t = Table(header_style="bold", show_lines=False)
    for v in res.variables:
        t.add_column(v, overflow="fold")
    for row in res.rows:
        t.add_row(*(term_text(x) for x in row))
    t.caption = (
        f"{len(res.rows)} row(s){' (truncated)' if res.truncated else ''}, {res.elapsed * 1000:.1f} ms"
    )
    return t


@app.command()
@handle_errors
def query(
    graph: Annotated[Path | None, typer.Argument(help=GRAPH_HELP, show_default=False)] = None,
    sparql: Annotated[
        str | None, typer.Argument(metavar="[QUERY]", help="A SPARQL query, or a .rq file holding one.")
    ] = None,
    saved: Annotated[
        str | None, typer.Option("--saved", "-s", help="Run a saved query by name (see --list).")
    ] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE for the saved query (repeatable).")
    ] = None,
    list_: Annotated[
        bool, typer.Option("--list", "-l", help="List the saved queries and their parameters.")
    ] = False,
    fmt: Annotated[
        QueryFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output: table (default on a terminal; TSV otherwise), csv, tsv, json, xml; "
            "CONSTRUCT/DESCRIBE give turtle (or ntriples).",
        ),
    ] = None,
    max_results: Annotated[
        int | None, typer.Option("--max-results", help="Keep at most this many rows.")
    ] = None,
) -> None:
    """Run a SPARQL query (or a saved one) over a graph or store and print the results."""
    from kg.query.engine import open_graph, run_query, serialize_result
    from kg.query.saved import get_saved, run_saved

    if list_:
        console.print(_saved_table())
        return
    if graph is None:
        raise typer.BadParameter("give a GRAPH (file, folder or store) to query", param_hint="GRAPH")
    if saved and sparql:
        raise typer.BadParameter("give either a QUERY or --saved NAME, not both", param_hint="QUERY")
    if not saved and not sparql:
        raise typer.BadParameter(
            "give a QUERY (text or .rq file) or --saved NAME (see --list)", param_hint="QUERY"
        )
    if saved:
        get_saved(saved)  # unknown names fail before the graph is loaded
    elif param:
        raise typer.BadParameter("--param only applies to --saved queries", param_hint="--param")
    store = open_graph(graph)
    if saved:
        res = run_saved(store, saved, _params(param), max_results=max_results)
    else:
        text = sparql
        p = Path(sparql)
        if sparql.endswith(".rq") or (len(sparql) < 1024 and "\n" not in sparql and p.is_file()):
            if not p.is_file():
                from kg.errors import InputError, msg

                raise InputError(msg("E001", path=p))
            text = p.read_text(encoding="utf-8")
        res = run_query(store, text, max_results=max_results)
    name = fmt.value if fmt else ("table" if sys.stdout.isatty() else "tsv")
    if res.kind == "graph":
        out = serialize_result(res, "ntriples" if name == "ntriples" else "turtle")
        sys.stdout.buffer.write(out)
        sys.stdout.flush()
        return
    if name == "table":
        if res.kind == "ask":
            console.print("true" if res.boolean else "false")
        else:
            console.print(_result_table(res))
        return
    if name in ("turtle", "ntriples"):
        raise typer.BadParameter(f"{name} is for CONSTRUCT/DESCRIBE results", param_hint="--format")
    sys.stdout.buffer.write(serialize_result(res, name))
    sys.stdout.flush()
    if res.truncated:
        err_console.print(f"results truncated to {max_results} rows (--max-results)")


@app.command()
@handle_errors
def load(
    graphs: Annotated[list[Path], typer.Argument(help="Graph files or folders (e.g. out/) to load.")],
    store: Annotated[Path, typer.Option("--store", help="Store folder (created if missing).")],
) -> None:
    """Bulk-load graphs into a persistent Oxigraph store that `kg query` and `kg serve` read.

    A document's named graph that is already in the store is replaced."""
    from kg.query.store import load_store

    rep = load_store(graphs, store)
    console.print(
        f"loaded {len(rep.files)} file(s) into {rep.store}: {rep.quads:,} quads"
        + (f", {rep.replaced_graphs} graph(s) replaced" if rep.replaced_graphs else "")
        + f" ({rep.seconds:.2f} s)"
    )


@app.command()
@handle_errors
def serve(
    graph: Annotated[Path, typer.Argument(help=GRAPH_HELP)],
    host: Annotated[
        str, typer.Option(help="Address to bind (0.0.0.0 exposes it to the network).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (0 picks a free one).")] = 7878,
    timeout: Annotated[
        float, typer.Option(help="Seconds a query may run before it is stopped (503).")
    ] = 10.0,
    max_results: Annotated[int, typer.Option(help="Rows (or triples) returned at most.")] = 10_000,
    max_request_bytes: Annotated[
        int, typer.Option(help="Largest request body or URL accepted (413/414).")
    ] = 256 * 1024,
    workers: Annotated[int, typer.Option(help="Worker processes running queries.")] = 2,
    get: Annotated[
        str | None,
        typer.Option(
            "--get", help="Answer one GET request for PATH (e.g. '/sparql?query=...'), print it, exit."
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every request to stderr.")] = False,
) -> None:
    """Serve GRAPH as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql, with a query page at /."""
    from kg.serve.app import ServeConfig
    from kg.serve.app import get as get_one
    from kg.serve.app import serve as run_serve

    config = ServeConfig(
        timeout=timeout, max_results=max_results, max_request_bytes=max_request_bytes, workers=workers
    )
    if get is not None:
        resp = get_one(graph, get, config=config)
        sys.stdout.buffer.write(resp.body)
        sys.stdout.flush()
        if resp.status >= 400:
            raise typer.Exit(1)
        return
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(
            f"[yellow]warning:[/] binding to {host}: the endpoint is reachable from the network"
        )

    def ready(addr) -> None:
        h, p = addr
        err_console.print(
            f"kg SPARQL endpoint on http://{h}:{p}/sparql (query page: http://{h}:{p}/) -- read-only, "
            f"timeout {timeout:g} s, at most {max_results:,} results. Ctrl-C stops it.",
            highlight=False,
        )

    try:
        run_serve(graph, host=host, port=port, config=config, verbose=verbose, ready=ready)
    except OSError as err:
        from kg.errors import InputError

        raise InputError(f"cannot listen on {host}:{port} ({err.strerror or err})") from None


@app.command()
@handle_errors
def push(
    graph: Annotated[Path, typer.Argument(help=GRAPH_HELP.replace(", or a store", ""))],
    endpoint: Annotated[
        str | None,
        typer.Option("--endpoint", help="SPARQL 1.1 Graph Store URL (Oxigraph: http://HOST:PORT/store)."),
    ] = None,
    graph_iri: Annotated[
        str | None, typer.Option("--graph", help="Put every triple into this named graph (replaced).")
    ] = None,
    update_endpoint: Annotated[
        str | None,
        typer.Option("--update-endpoint", help="SPARQL Update URL; used instead of the Graph Store."),
    ] = None,
) -> None:
    """Load GRAPH into a triple store; each document's named graph replaces the one already there."""
    from kg.query.push import push as run_push

    if not endpoint and not update_endpoint:
        raise typer.BadParameter(
            "give --endpoint URL (Graph Store) or --update-endpoint URL", param_hint="--endpoint"
        )
    rep = run_push(graph, endpoint, graph_iri, update_endpoint)
    named = sum(1 for g in rep.graphs if g)
    console.print(
        f"pushed {rep.triples:,} triples in {named} named graph(s)"
        + (" and the default graph" if "" in rep.graphs else "")
        + f" ({rep.requests} request(s)) to {update_endpoint or endpoint}"
    )
