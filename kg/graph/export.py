"""Write the actor graph for Gephi, Cytoscape and pandas: GraphML, GEXF, CSV node and edge lists.

GraphML and GEXF hold only scalar attributes, so the per-category counts become one
integer column per category (``n_COOPERATE``, ...) and the evidence list a JSON string
(``evidence_json``). CSV export writes ``nodes.csv`` and ``edges.csv`` into a folder.
Every file is written atomically.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import atomic_write
from kg.errors import UsageError, msg
from kg.resources import categories as category_table

__all__ = ["EXPORT_FORMATS", "flat_graph", "node_rows", "edge_rows", "export"]

#: Formats of :func:`export`.
EXPORT_FORMATS = ("graphml", "gexf", "csv")

_NODE_FIELDS = ("id", "label", "type", "subtype", "iso3", "wikidata", "country", "mentions", "assertions")
_EDGE_FIELDS = (
    "source",
    "target",
    "n",
    "goldstein",
    "cooperation",
    "conflict",
    "weight",
    "sign",
    "forward",
    "backward",
)


def _cats(G: nx.Graph) -> list[str]:
    seen = {c for _, _, d in G.edges(data=True) for c in d.get("counts", {})}
    return [c for c in category_table() if c in seen]


def node_rows(G: nx.Graph) -> list[dict[str, Any]]:
    """One flat dict per actor (scalar values only; aliases and members joined by ``|``).

    >>> G = nx.Graph(); G.add_node("Q159", label="Russia", type="Country", aliases=["Moscow"])
    >>> node_rows(G)[0]["aliases"]
    'Moscow'
    """
    rows = []
    for n, d in sorted(G.nodes(data=True)):
        row = {f: d.get(f) for f in _NODE_FIELDS}
        row["id"] = n
        row["aliases"] = "|".join(d.get("aliases", []))
        row["members"] = "|".join(d.get("members", []))
        rows.append(row)
    return rows


def edge_rows(G: nx.Graph, *, evidence: bool = True) -> list[dict[str, Any]]:
    """One flat dict per dyad: scores, one ``n_<CATEGORY>`` column per category present, evidence as JSON.

    >>> G = nx.Graph(); G.add_edge("A", "B", u="A", v="B", n=2, goldstein=12.0, counts={"COOPERATE": 2})
    >>> r = edge_rows(G, evidence=False)[0]
    >>> r["source"], r["target"], r["n_COOPERATE"]
    ('A', 'B', 2)
    """
    cats = _cats(G)
    rows = []
    for u, v, d in G.edges(data=True):
        a, b = d.get("u", min(u, v)), d.get("v", max(u, v))
        row = {f: d.get(f) for f in _EDGE_FIELDS}
        row["source"], row["target"] = a, b
        for c in cats:
            row[f"n_{c}"] = d.get("counts", {}).get(c, 0)
        if evidence:
            row["evidence_json"] = json.dumps(d.get("evidence", []), ensure_ascii=False, sort_keys=True)
        rows.append(row)
    rows.sort(key=lambda r: (r["source"], r["target"]))
    return rows


def flat_graph(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` with only str/int/float attribute values (``None`` dropped), for GraphML and GEXF.

    >>> G = nx.Graph(level="state"); G.add_edge("A", "B", u="A", v="B", counts={"AID": 1}, evidence=[])
    >>> F = flat_graph(G)
    >>> F.edges["A", "B"]["n_AID"], F.edges["A", "B"]["evidence_json"]
    (1, '[]')
    """
    F = nx.Graph()
    F.graph.update(
        {k: v for k, v in G.graph.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)}
    )
    for row in node_rows(G):
        n = row.pop("id")
        F.add_node(n, **{k: v for k, v in row.items() if v is not None and v != ""})
    for row in edge_rows(G):
        a, b = row.pop("source"), row.pop("target")
        F.add_edge(a, b, **{k: v for k, v in row.items() if v is not None})
    return F


def _csv(rows: list[dict[str, Any]], fields: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in fields})
    return buf.getvalue()


def export(G: nx.Graph, path: str | Path, fmt: str) -> list[Path]:
    """Write ``G`` as ``fmt`` (``graphml``, ``gexf`` or ``csv``) and return the files written.

    For ``csv``, ``path`` is a folder (created) that receives ``nodes.csv`` and ``edges.csv``.

    Raises
    ------
    kg.errors.UsageError
        For an unknown format.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> G = nx.Graph(); G.add_edge("A", "B", u="A", v="B", n=1, goldstein=6.0, counts={"COOPERATE": 1})
    >>> [p.name for p in export(G, d / "g.graphml", "graphml")]
    ['g.graphml']
    >>> sorted(nx.read_graphml(d / "g.graphml").nodes)
    ['A', 'B']
    >>> [p.name for p in export(G, d / "csv", "csv")]
    ['nodes.csv', 'edges.csv']
    """
    fmt = fmt.lower()
    path = Path(path)
    if fmt not in EXPORT_FORMATS:
        raise UsageError(msg("E013", fmt=fmt, valid=", ".join(EXPORT_FORMATS)))
    if fmt == "csv":
        path.mkdir(parents=True, exist_ok=True)
        nodes, edges = node_rows(G), edge_rows(G)
        nf = [*_NODE_FIELDS, "aliases", "members"]
        ef = [*_EDGE_FIELDS, *(f"n_{c}" for c in _cats(G)), "evidence_json"]
        return [
            atomic_write(path / "nodes.csv", _csv(nodes, nf)),
            atomic_write(path / "edges.csv", _csv(edges, ef)),
        ]
    path.parent.mkdir(parents=True, exist_ok=True)
    F = flat_graph(G)
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(F, buf, encoding="utf-8")
    else:
        nx.write_gexf(F, buf, encoding="utf-8")
    return [atomic_write(path, buf.getvalue())]
