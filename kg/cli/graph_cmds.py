"""``kg stats``, ``kg export`` and ``kg viz``: the alliance graph of any graph file we write."""
# ruff: noqa: B008  (Typer declares options as argument defaults)

from __future__ import annotations

import enum
import json
from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from kg.cli._app import app, console, err_console, handle_errors

GRAPH_HELP = "A graph file we wrote (graph.ttl, .trig, .nq, .nt, .jsonld, .jsonl) or a build folder."
LEVEL_HELP = "state: people and organizations count for their state; person: every actor its own node."


class Level(enum.StrEnum):
    state = "state"
    person = "person"


class StatsFormat(enum.StrEnum):
    table = "table"
    json = "json"


class ExportFormat(enum.StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"


def _load(path: Path):
    from kg.rdf import load_graph

    return load_graph(path)


def _filters(focus, hops, min_evidence, categories, since, until) -> dict:
    return {
        "focus": focus,
        "hops": hops,
        "min_evidence": min_evidence,
        "categories": categories or None,
        "since": since,
        "until": until,
    }


FOCUS_OPT = typer.Option(
    None, "--focus", help="Only actors within --hops of this actor (name, alias, ISO code or key)."
)
HOPS_OPT = typer.Option(1, "--hops", min=0, help="Radius around --focus.")
MINEV_OPT = typer.Option(1, "--min-evidence", min=1, help="Drop relations backed by fewer assertions.")
CATS_OPT = typer.Option(
    None, "--categories", help="Only these categories (repeat, or comma-separated), e.g. COOPERATE,ALLY."
)
SINCE_OPT = typer.Option(None, "--since", help="Only assertions dated on or after YYYY[-MM[-DD]].")
UNTIL_OPT = typer.Option(None, "--until", help="Only assertions dated on or before YYYY[-MM[-DD]].")


@app.command()
@handle_errors
def stats(
    graph: Path = typer.Argument(..., help=GRAPH_HELP),
    fmt: StatsFormat = typer.Option(StatsFormat.table, "--format", "-f", help="Rich tables or JSON."),
    level: Level = typer.Option(Level.state, "--level", help=LEVEL_HELP),
    top: int = typer.Option(10, "--top", min=1, help="How many actors and dyads to list."),
    seed: int = typer.Option(42, "--seed", help="Seed of the Louvain bloc detection."),
    focus: str = FOCUS_OPT,
    hops: int = HOPS_OPT,
    min_evidence: int = MINEV_OPT,
    categories: list[str] = CATS_OPT,
    since: str = SINCE_OPT,
    until: str = UNTIL_OPT,
) -> None:
    """Blocs (Louvain communities of the cooperation graph), centrality, the most cooperative and
    most hostile dyads, and structural balance of GRAPH's actor graph."""
    from kg.graph import stats as run_stats

    result = run_stats(
        _load(graph),
        level=level.value,
        top=top,
        seed=seed,
        **_filters(focus, hops, min_evidence, categories, since, until),
    )
    if fmt is StatsFormat.json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for table in _stats_tables(result):
        console.print(table)


def _t(x) -> Text:
    # Names come from articles: print them as plain text, never as Rich markup.
    return Text("" if x is None else str(x))


def _stats_tables(s: dict) -> list[Table]:
    head = Table(title="actor graph", show_header=False)
    head.add_column("what")
    head.add_column("value", overflow="fold")
    for key in ("level", "documents", "actors", "relations", "assertions", "modularity"):
        head.add_row(key, _t(s[key]))
    head.add_row("blocs", _t(s["algorithm"] + f", seed {s['seed']}"))
    b = s["balance"]
    frac = "n/a (no signed triangle)" if b["fraction_balanced"] is None else f"{b['fraction_balanced']:.2f}"
    head.add_row(
        "structural balance", _t(f"{frac} of {b['triangles']} signed triangles balanced {b['by_type']}")
    )

    blocs = Table(title="blocs", header_style="bold")
    blocs.add_column("#", justify="right")
    blocs.add_column("size", justify="right")
    blocs.add_column("actors", overflow="fold")
    for bl in s["blocs"]:
        if bl["size"] > 1:
            blocs.add_row(str(bl["id"] + 1), str(bl["size"]), _t(", ".join(bl["labels"])))
    singles = [lab for bl in s["blocs"] if bl["size"] == 1 for lab in bl["labels"]]
    if singles:
        blocs.add_row("", str(len(singles)), _t("no cooperation: " + ", ".join(singles)))

    cent = Table(title="centrality (by eigenvector)", header_style="bold")
    for col in ("actor", "degree", "betweenness", "eigenvector"):
        cent.add_column(col, justify="left" if col == "actor" else "right")
    for c in s["centrality"]:
        cent.add_row(
            _t(c["label"]), f"{c['degree']:.3f}", f"{c['betweenness']:.3f}", f"{c['eigenvector']:.3f}"
        )

    out = [head, blocs, cent]
    for key, title in (("cooperative", "most cooperative dyads"), ("hostile", "most hostile dyads")):
        t = Table(title=title, header_style="bold")
        for col in ("dyad", "net score", "assertions", "categories"):
            t.add_column(col, overflow="fold")
        for d in s[key]:
            cats = ", ".join(f"{k} x{v}" for k, v in d["counts"].items())
            t.add_row(_t(" - ".join(d["labels"])), f"{d['goldstein']:+.1f}", str(d["assertions"]), _t(cats))
        out.append(t)
    return out


@app.command("export")
@handle_errors
def export_cmd(
    graph: Path = typer.Argument(..., help=GRAPH_HELP),
    fmt: ExportFormat = typer.Option(
        ..., "--format", "-f", help="graphml or gexf (Gephi, Cytoscape), csv (pandas)."
    ),
    out: Path = typer.Option(
        ..., "-o", "--out", help="Output file (graphml, gexf) or folder (csv: nodes.csv, edges.csv)."
    ),
    level: Level = typer.Option(Level.state, "--level", help=LEVEL_HELP),
    focus: str = FOCUS_OPT,
    hops: int = HOPS_OPT,
    min_evidence: int = MINEV_OPT,
    categories: list[str] = CATS_OPT,
    since: str = SINCE_OPT,
    until: str = UNTIL_OPT,
) -> None:
    """Write GRAPH's actor graph as GraphML, GEXF or CSV node and edge lists."""
    from kg.graph import export, project

    G = project(
        _load(graph), level=level.value, **_filters(focus, hops, min_evidence, categories, since, until)
    )
    for p in export(G, out, fmt.value):
        err_console.print(Text(f"wrote {p}"))
    err_console.print(Text(f"{G.number_of_nodes()} actors, {G.number_of_edges()} relations"))


@app.command()
@handle_errors
def viz(
    graph: Path = typer.Argument(..., help=GRAPH_HELP),
    out: Path = typer.Option(Path("graph.html"), "-o", "--out", help="HTML file to write."),
    level: Level = typer.Option(Level.state, "--level", help=LEVEL_HELP),
    focus: str = FOCUS_OPT,
    hops: int = HOPS_OPT,
    min_evidence: int = MINEV_OPT,
    categories: list[str] = CATS_OPT,
    since: str = SINCE_OPT,
    until: str = UNTIL_OPT,
    title: str = typer.Option(None, "--title", help="Page heading (default: Alliance graph)."),
) -> None:
    """Write the interactive alliance graph of GRAPH: one self-contained HTML page that works offline."""
    from kg.viz import write_html

    p = write_html(
        _load(graph),
        out,
        level=level.value,
        title=title,
        **_filters(focus, hops, min_evidence, categories, since, until),
    )
    err_console.print(Text(f"wrote {p}"))
