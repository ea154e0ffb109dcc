"""The interactive alliance graph: one self-contained, offline HTML page.

The actor graph (:func:`kg.graph.project`) is laid out in Python (networkx's
Fruchterman-Reingold, fixed seed), held in a :class:`pyvis.network.Network` (nodes,
edges and vis options, built as lists directly rather than with ``Network.from_nx``,
which is quadratic) and rendered with our own Jinja2 template, not pyvis's, because
pyvis 0.3.2's template loads Bootstrap and vis-network from CDNs (blank page offline),
does not escape its heading, and switches to an ``innerHTML`` popup when a tooltip
contains "href" (script injection from article text).

Our page:

- inlines vis-network 10 (``assets/vis-network.min.js``, standalone build, MIT/Apache-2.0)
  and our own script and CSS: no request to any host; a Content-Security-Policy with the
  SHA-256 hashes of exactly these two scripts forbids any other script and any network access;
- embeds the graph as JSON in ``<script type="application/json">`` with ``<``, ``>`` and ``&``
  escaped as ``\\u003c``..., so ``</script>`` in an article cannot end the block;
- renders every article string with ``textContent`` (side panel) or as vis-network plain-text
  tooltips, and links only ``http(s)`` URLs;
- runs a short, bounded physics stabilization for small graphs (then stops it) and none for
  large ones, whose Python layout is drawn as is.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
from jinja2 import Environment, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from kg import __version__
from kg.atomic import atomic_write
from kg.graph import DEFAULT_SEED, blocs, centrality, project
from kg.model import KnowledgeGraph
from kg.resources import categories as category_table

__all__ = [
    "TYPE_COLORS",
    "EDGE_COLORS",
    "BLOC_COLORS",
    "PHYSICS_MAX_NODES",
    "node_kind",
    "layout",
    "build_network",
    "page_data",
    "render_graph",
    "render_html",
    "script_json",
    "write_html",
]

#: Node colour by actor type.
TYPE_COLORS = {"Country": "#2563eb", "IGO": "#9333ea", "Organization": "#ea580c", "Person": "#0d9488"}
#: Edge colour by the sign of the net score.
EDGE_COLORS = {1: "#16a34a", -1: "#dc2626", 0: "#9ca3af"}
#: Bloc colours (halo around each node, and fill in the "colour by bloc" view); no red or green,
#: which mean conflict and cooperation on edges. Bloc 11 reuses the first colour.
BLOC_COLORS = (
    "#f59e0b",
    "#8b5cf6",
    "#06b6d4",
    "#ec4899",
    "#84cc16",
    "#f97316",
    "#14b8a6",
    "#a855f7",
    "#eab308",
    "#64748b",
)
#: Graphs up to this many actors get a short physics stabilization in the browser; larger ones are drawn as laid out.
PHYSICS_MAX_NODES = 300
#: Graphs below this many actors are laid out by networkx; larger ones by our vectorized numpy version.
NX_LAYOUT_MAX_NODES = 500
#: Iterations of that stabilization, and the time after which physics is switched off anyway.
STABILIZATION_ITERATIONS = 150
PHYSICS_TIMEOUT_MS = 4000

# kind -> (legend label, vis shape, svg tag, svg attributes)
_KINDS = {
    "state": ("State", "dot", "circle", 'cx="8" cy="8" r="6"'),
    "igo": ("International organization", "hexagon", "polygon", 'points="8,1.5 14,5 14,11 8,14.5 2,11 2,5"'),
    "government": ("Government body", "square", "rect", 'x="2.5" y="2.5" width="11" height="11"'),
    "military": ("Military / armed group", "triangle", "polygon", 'points="8,1.5 14.5,14 1.5,14"'),
    "media": (
        "Media",
        "star",
        "polygon",
        'points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"',
    ),
    "organization": ("Other organization", "triangleDown", "polygon", 'points="1.5,2 14.5,2 8,14.5"'),
    "person": ("Person", "diamond", "polygon", 'points="8,1 15,8 8,15 1,8"'),
}


def node_kind(attrs: dict[str, Any]) -> str:
    """The kind of an actor node, which sets its shape.

    >>> node_kind({"type": "Country"}), node_kind({"type": "Organization", "subtype": "Military"})
    ('state', 'military')
    """
    t, sub = attrs.get("type"), (attrs.get("subtype") or "").lower()
    if t == "Country":
        return "state"
    if t == "IGO":
        return "igo"
    if t == "Person":
        return "person"
    if "military" in sub or "armed" in sub or "militia" in sub:
        return "military"
    if "government" in sub or "ministry" in sub or "agency" in sub:
        return "government"
    if "media" in sub:
        return "media"
    return "organization"


def _force_layout(
    n: int,
    ei: np.ndarray,
    ej: np.ndarray,
    w: np.ndarray,
    *,
    iterations: int,
    seed: int | None,
    sample: int | None,
) -> np.ndarray:
    """Fruchterman-Reingold in vectorized numpy (float32), for graphs too large for networkx's.

    Repulsion is computed against all nodes, or against ``sample`` random nodes (scaled up)
    when given, so one iteration costs O(n * sample) instead of O(n^2); a weak gravity keeps
    separate components in view.
    """
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32)
    k = np.float32(1.0 / math.sqrt(n))
    t, dt = 0.1, 0.1 / (iterations + 1)
    w = w.astype(np.float32)
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        if sample is None or sample >= n:
            ox, oy, scale = x, y, 1.0
        else:
            idx = rng.choice(n, sample, replace=False)
            ox, oy, scale = x[idx], y[idx], n / sample
        dx = x[:, None] - ox[None, :]
        dy = y[:, None] - oy[None, :]
        inv = dx * dx
        inv += dy * dy
        np.maximum(inv, 1e-4, out=inv)
        np.divide(k * k * scale, inv, out=inv)
        disp = np.stack([(dx * inv).sum(1), (dy * inv).sum(1)], axis=1)
        d = pos[ei] - pos[ej]
        f = d * (np.sqrt((d * d).sum(1)) * w / k)[:, None]
        np.add.at(disp, ei, -f)
        np.add.at(disp, ej, f)
        disp -= 0.05 * (pos - pos.mean(0)) * n * k
        length = np.sqrt((disp * disp).sum(1))
        np.maximum(length, 1e-9, out=length)
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t -= dt
    pos -= pos.mean(0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    return pos


def _packed_components(H: nx.Graph, *, seed: int | None) -> dict[str, tuple[float, float]]:
    """Spring layout of each connected component, packed in rows (largest first) in a square-ish box.

    One spring layout of a disconnected graph flings small components to the far corners; laid out
    apart and packed, they sit next to the main one and the picture stays readable.
    """
    comps = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c))
    boxes = []
    for comp in comps:
        sub = H.subgraph(comp)
        if len(comp) == 1:
            local = {comp[0]: np.zeros(2)}
        else:
            local = nx.spring_layout(sub, weight="w", seed=seed, iterations=200)
        radius = 0.5 * math.sqrt(len(comp))  # area proportional to the number of actors
        boxes.append((comp, {k: np.asarray(v, dtype=np.float64) * radius for k, v in local.items()}, radius))
    total = sum((2 * r + 0.5) ** 2 for _, _, r in boxes)
    width = max(2 * boxes[0][2] + 0.5, math.sqrt(total) * 1.1)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for _comp, local, r in boxes:
        d = 2 * r + 0.5
        if x > 0 and x + d > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for k, v in local.items():
            pos[k] = (x + r + 0.25 + float(v[0]), y + r + 0.25 + float(v[1]))
        x += d
        row_h = max(row_h, d)
    arr = np.array(list(pos.values()))
    center = (arr.max(0) + arr.min(0)) / 2
    span = max(float(np.abs(arr - center).max()), 1e-9)
    return {k: ((v[0] - center[0]) / span, (v[1] - center[1]) / span) for k, v in pos.items()}


def layout(G: nx.Graph, *, seed: int | None = DEFAULT_SEED) -> dict[str, tuple[float, float]]:
    """Pixel positions of the nodes: Fruchterman-Reingold, cooperation pulling harder than conflict.

    networkx's :func:`~networkx.spring_layout` below :data:`NX_LAYOUT_MAX_NODES` actors, a vectorized
    numpy version above (networkx's sparse solver took 16 s for 2,000 actors; this one ~3 s).

    >>> G = nx.Graph([("A", "B", {"cooperation": 6.0}), ("B", "C", {"conflict": 8.0})])
    >>> pos = layout(G)
    >>> sorted(pos), all(isinstance(x, float) for p in pos.values() for x in p)
    (['A', 'B', 'C'], True)
    """
    n = len(G)
    if n == 0:
        return {}
    order = sorted(G.nodes)

    def strength(d: dict[str, Any]) -> float:
        coop, conf = d.get("cooperation", 0.0), d.get("conflict", 0.0)
        # Partners attract more than adversaries; the log keeps one heavy dyad from collapsing the picture.
        return 1.0 + math.log1p(coop) if coop >= conf else 0.4

    if n < NX_LAYOUT_MAX_NODES:
        H = nx.Graph()
        H.add_nodes_from(order)
        H.add_weighted_edges_from(((u, v, strength(d)) for u, v, d in G.edges(data=True)), weight="w")
        pos = _packed_components(H, seed=seed)
        xy = np.array([pos[k] for k in order], dtype=np.float64)
    else:
        index = {k: i for i, k in enumerate(order)}
        edges = list(G.edges(data=True))
        ei = np.array([index[u] for u, _, _ in edges], dtype=np.int64)
        ej = np.array([index[v] for _, v, _ in edges], dtype=np.int64)
        w = np.array([strength(d) for _, _, d in edges], dtype=np.float32)
        sample = None if n <= 3000 else 600
        xy = _force_layout(n, ei, ej, w, iterations=60, seed=seed, sample=sample).astype(np.float64)
    scale = 140.0 * math.sqrt(n) + 120.0
    return {
        k: (round(float(x) * scale, 2), round(float(y) * scale, 2))
        for k, (x, y) in zip(order, xy, strict=True)
    }


def _label(attrs: dict[str, Any]) -> str:
    if attrs.get("type") == "Country" and attrs.get("iso3"):
        return str(attrs["iso3"])
    label = str(attrs.get("label", ""))
    return label if len(label) <= 28 else label[:27] + "\u2026"


def _tooltip(attrs: dict[str, Any]) -> str:
    name = str(attrs.get("label", ""))
    if attrs.get("iso3"):
        name += f" ({attrs['iso3']})"
    kind = _KINDS[node_kind(attrs)][0]
    return f"{name}\n{kind} \u00b7 {attrs.get('assertions', 0)} assertions"


def build_network(G: nx.Graph, *, seed: int | None = DEFAULT_SEED) -> tuple[Network, dict[str, Any]]:
    """A pyvis :class:`~pyvis.network.Network` holding the styled nodes, edges and options of ``G``,
    and the details (evidence, centrality, bloc) shown in the side panel.

    >>> G = nx.Graph(); G.add_node("A", label="Alpha", type="Country", iso3="ALP")
    >>> G.add_node("B", label="Beta", type="IGO")
    >>> G.add_edge("A", "B", u="A", v="B", n=1, goldstein=6.0, cooperation=6.0, conflict=0.0, weight=6.0,
    ...            sign=1, forward=0, backward=0, counts={"COOPERATE": 1}, evidence=[])
    >>> net, details = build_network(G)
    >>> [n["label"] for n in net.nodes], net.edges[0]["color"]["color"], details["nodes"]["A"]["bloc"]
    (['ALP', 'Beta'], '#16a34a', 0)
    """
    n = len(G)
    pos = layout(G, seed=seed)
    # Betweenness is left to ``kg stats``: on large graphs it would dominate the page's build time.
    cent = centrality(G, seed=seed, measures=("degree", "eigenvector"))
    parts = blocs(G, seed=seed)
    bidx = {k: i for i, b in enumerate(parts) for k in b}
    max_deg = max((c["degree"] for c in cent.values()), default=0.0) or 1.0

    vis_nodes: list[dict[str, Any]] = []
    node_details: dict[str, dict[str, Any]] = {}
    for k in sorted(G.nodes):
        a = G.nodes[k]
        kind = node_kind(a)
        color = TYPE_COLORS.get(a.get("type", ""), "#6b7280")
        size = round(10.0 + 26.0 * math.sqrt(cent[k]["degree"] / max_deg), 2)
        x, y = pos[k]
        b = bidx.get(k)
        bloc_color = BLOC_COLORS[b % len(BLOC_COLORS)] if b is not None and len(parts[b]) > 1 else None
        vis_nodes.append(
            {
                "id": k,
                "label": _label(a),
                "title": _tooltip(a),
                "shape": _KINDS[kind][1],
                "size": size,
                "x": x,
                "y": y,
                "color": {
                    "background": color,
                    "border": "#1f2937",
                    "highlight": {"background": color, "border": "#111827"},
                },
                # The bloc shows as a halo, so the fill can keep the actor type.
                "shadow": {
                    "enabled": bloc_color is not None,
                    "color": bloc_color or "#000000",
                    "size": 22,
                    "x": 0,
                    "y": 0,
                },
            }
        )
        node_details[k] = {
            "label": a.get("label", k),
            "type": a.get("type"),
            "subtype": a.get("subtype"),
            "kind": kind,
            "iso3": a.get("iso3"),
            "wikidata": a.get("wikidata"),
            "aliases": list(a.get("aliases", [])),
            "members": list(a.get("members", [])),
            "assertions": a.get("assertions", 0),
            "degree": cent[k].get("degree", 0.0),
            "eigenvector": cent[k].get("eigenvector", 0.0),
            "bloc": b,
            "bloc_size": len(parts[b]) if b is not None else None,
            "type_color": color,
            "bloc_color": bloc_color or "#d1d5db",
        }

    vis_edges: list[dict[str, Any]] = []
    edge_details: dict[str, dict[str, Any]] = {}
    edge_list = sorted(
        G.edges(data=True), key=lambda e: (e[2].get("u", min(e[0], e[1])), e[2].get("v", max(e[0], e[1])))
    )
    for i, (p, q, d) in enumerate(edge_list):
        u, v = d.get("u", min(p, q)), d.get("v", max(p, q))
        eid = f"e{i}"
        sign = d.get("sign", 0)
        mixed = d.get("cooperation", 0) > 0 and d.get("conflict", 0) > 0
        counts = d.get("counts", {})
        lu, lv = G.nodes[u].get("label", u), G.nodes[v].get("label", v)
        vis_edges.append(
            {
                "id": eid,
                "from": u,
                "to": v,
                "width": round(min(12.0, 1.0 + 1.6 * math.log1p(d.get("weight", 0.0))), 2),
                "color": {
                    "color": EDGE_COLORS[sign],
                    "highlight": EDGE_COLORS[sign],
                    "hover": EDGE_COLORS[sign],
                    "opacity": 0.85,
                },
                "dashes": mixed,
                "arrows": {
                    "to": {"enabled": d.get("forward", 0) > 0, "scaleFactor": 0.6},
                    "from": {"enabled": d.get("backward", 0) > 0, "scaleFactor": 0.6},
                },
                "title": f"{lu} \u2014 {lv}\n"
                + ", ".join(f"{c} \u00d7{m}" for c, m in counts.items())
                + f"\nnet score {d.get('goldstein', 0.0):+.1f}",
            }
        )
        edge_details[eid] = {
            "u": u,
            "v": v,
            "labels": [lu, lv],
            "n": d.get("n", 0),
            "goldstein": d.get("goldstein", 0.0),
            "cooperation": d.get("cooperation", 0.0),
            "conflict": d.get("conflict", 0.0),
            "sign": sign,
            "counts": counts,
            "evidence": d.get("evidence", []),
        }

    physics = n <= PHYSICS_MAX_NODES
    options = {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": seed if seed is not None else 0},
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "centralGravity": 0.3,
                "springLength": 170,
                "springConstant": 0.03,
                "damping": 0.35,
                "avoidOverlap": 0.3,
            },
            "maxVelocity": 40,
            "minVelocity": 0.75,
            "stabilization": {
                "enabled": physics,
                "iterations": STABILIZATION_ITERATIONS,
                "updateInterval": 50,
                "fit": True,
            },
        },
        "interaction": {
            "hover": n <= 2000,
            "tooltipDelay": 200,
            "hideEdgesOnDrag": n > 500,
            "multiselect": False,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {
                "size": 15,
                "face": "system-ui, DejaVu Sans, sans-serif",
                "color": "#111827",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "smooth": {"enabled": n <= 500, "type": "continuous", "roundness": 0.3},
            "selectionWidth": 2,
            "hoverWidth": 1,
        },
    }
    net = Network(height="100%", width="100%", directed=False, cdn_resources="in_line", heading="")
    # Assigned directly: Network.add_node/add_edge scan the lists on every call (quadratic).
    net.nodes = vis_nodes
    net.edges = vis_edges
    net.node_ids = [x["id"] for x in vis_nodes]
    net.node_map = {x["id"]: x for x in vis_nodes}
    net.set_options(json.dumps(options))
    return net, {"nodes": node_details, "edges": edge_details, "physics": physics, "blocs": parts}


def page_data(net: Network, details: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    """The JSON object embedded in the page (what ``app.js`` reads).

    >>> G = nx.Graph(); G.add_node("A", label="A", type="Country")
    >>> net, det = build_network(G)
    >>> sorted(page_data(net, det, {}))
    ['details', 'edges', 'meta', 'nodes', 'options']
    """
    options = net.options if isinstance(net.options, dict) else net.options.to_json()
    if isinstance(options, str):
        options = json.loads(options)
    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": options,
        "details": {"nodes": details["nodes"], "edges": details["edges"]},
        "meta": meta,
    }


def script_json(obj: Any) -> str:
    """JSON safe to place inside a ``<script>`` element: ``<``, ``>``, ``&`` and line separators escaped.

    >>> script_json({"t": "</script><b>&"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(obj, ensure_ascii=False, allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@cache
def _asset(name: str) -> str:
    text = resources.files("kg.viz").joinpath("assets", name).read_text(encoding="utf-8")
    low = text.lower()
    if name.endswith(".js") and ("</script" in low or "<!--" in low):
        raise RuntimeError(f"asset {name} cannot be inlined in a <script> element")
    if name.endswith(".css") and "</style" in low:
        raise RuntimeError(f"asset {name} cannot be inlined in a <style> element")
    return text


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@cache
def _environment() -> Environment:
    return Environment(
        autoescape=select_autoescape(default=True, default_for_string=True), keep_trailing_newline=True
    )


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _subtitle(G: nx.Graph) -> str:
    f = G.graph.get("filters", {})
    parts = [
        _count(G.number_of_nodes(), "actor"),
        _count(G.number_of_edges(), "relation"),
        _count(sum(n for _, _, n in G.edges(data="n", default=0)), "assertion"),
        _count(G.graph.get("documents", 0), "document"),
        f"level: {G.graph.get('level', 'state')}",
    ]
    if f.get("focus"):
        parts.append(f"focus: {f['focus']} ({f.get('hops', 1)} hops)")
    if f.get("min_evidence", 1) > 1:
        parts.append(f"\u2265{f['min_evidence']} assertions per relation")
    if f.get("categories"):
        parts.append("categories: " + ", ".join(f["categories"]))
    if f.get("since") or f.get("until"):
        dots = "\u2026"
        parts.append(f"dates: {f.get('since') or dots} to {f.get('until') or dots}")
    return " \u00b7 ".join(parts)


def render_graph(G: nx.Graph, *, title: str = "Alliance graph", seed: int | None = DEFAULT_SEED) -> str:
    """The HTML page of an actor graph already projected (see :func:`render_html`).

    >>> G = nx.Graph(documents=1); G.add_node("A", label="<b>", type="Country")
    >>> page = render_graph(G, title="<script>x</script>")
    >>> "<script>x</script>" in page, "&lt;script&gt;x&lt;/script&gt;" in page
    (False, True)
    """
    net, details = build_network(G, seed=seed)
    quads = {k: v.get("quad", "") for k, v in category_table().items()}
    meta = {"physics_timeout_ms": PHYSICS_TIMEOUT_MS, "quads": quads, "version": __version__}
    data = page_data(net, details, meta)
    vis_js, app_js, css = _asset("vis-network.min.js"), _asset("app.js"), _asset("app.css")
    csp = (
        "default-src 'none'; "
        f"script-src '{_sha256(vis_js)}' '{_sha256(app_js)}'; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'; object-src 'none'"
    )
    legend_nodes = []
    present = {node_kind(a) for _, a in G.nodes(data=True)} or {"state"}
    for kind, (label, _shape, tag, attrs) in _KINDS.items():
        if kind in present:
            type_ = {"state": "Country", "igo": "IGO", "person": "Person"}.get(kind, "Organization")
            legend_nodes.append(
                {
                    "label": label,
                    "svg_tag": Markup(tag),
                    "svg_attrs": Markup(attrs),
                    "color": TYPE_COLORS[type_],
                }
            )
    legend_edges = [
        {"label": "cooperation (net Goldstein > 0)", "color": EDGE_COLORS[1], "dashes": False},
        {"label": "conflict (net Goldstein < 0)", "color": EDGE_COLORS[-1], "dashes": False},
        {"label": "neutral (membership, role)", "color": EDGE_COLORS[0], "dashes": False},
        {"label": "mixed: both cooperation and conflict", "color": "#6b7280", "dashes": True},
    ]
    legend_blocs = []
    for i, bloc in enumerate(b for b in details["blocs"] if len(b) > 1):
        if i == 6:
            break
        names = [_label(G.nodes[k]) for k in sorted(bloc, key=lambda k: (-G.degree(k), k))]
        more = f" +{len(names) - 5}" if len(names) > 5 else ""
        legend_blocs.append(
            {"label": ", ".join(names[:5]) + more, "color": BLOC_COLORS[i % len(BLOC_COLORS)]}
        )
    template = _environment().from_string(_asset("page.html.j2"))
    return template.render(
        title=title,
        subtitle=_subtitle(G),
        version=__version__,
        csp=csp,
        css=Markup(css),
        physics=details["physics"],
        legend_nodes=legend_nodes,
        legend_edges=legend_edges,
        legend_blocs=legend_blocs,
        data_json=Markup(script_json(data)),
        vis_js=Markup(vis_js),
        app_js=Markup(app_js),
    )


def render_html(
    graph: KnowledgeGraph,
    *,
    level: str = "state",
    focus: str | None = None,
    hops: int = 1,
    min_evidence: int = 1,
    categories: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    title: str | None = None,
    seed: int | None = DEFAULT_SEED,
) -> str:
    """The interactive HTML page of ``graph``'s actor graph, as a string (filters as in :func:`kg.graph.project`).

    >>> from kg.types import Document, DocResult, Entity, Event
    >>> g = KnowledgeGraph()
    >>> g.add(DocResult(Document("d", "t"), (Entity("Q159", "Russia", "Country", iso3="RUS"),
    ...       Entity("Q148", "China", "Country", iso3="CHN")), (Event("e", "d", "COOPERATE", ("Q159", "Q148")),)))
    >>> page = render_html(g)
    >>> page.startswith("<!DOCTYPE html>"), "https://cdn" in page, '"label": "RUS"' in page
    (True, False, True)
    """
    G = project(
        graph, level=level, focus=focus, hops=hops, min_evidence=min_evidence,
        categories=categories, since=since, until=until,
    )  # fmt: skip
    if title is None:
        title = (
            "Alliance graph"
            if focus is None
            else f"Alliance graph around {G.nodes[G.graph['focus_node']]['label']}"
        )
    return render_graph(G, title=title, seed=seed)


def write_html(
    graph: KnowledgeGraph,
    path: str | Path,
    *,
    level: str = "state",
    focus: str | None = None,
    hops: int = 1,
    min_evidence: int = 1,
    categories: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    title: str | None = None,
    seed: int | None = DEFAULT_SEED,
) -> Path:
    """Write the interactive alliance graph of ``graph`` to ``path`` (atomically) and return the path.

    The page is self-contained and works offline (see the module docstring).

    Parameters
    ----------
    graph : the knowledge graph.
    path : the HTML file to write (its folder is created).
    level, focus, hops, min_evidence, categories, since, until : as in :func:`kg.graph.project`.
    title : page heading (default "Alliance graph").
    seed : seed of the layout and of the bloc detection.

    Raises
    ------
    kg.errors.UsageError
        For an unknown level, category or focus actor, or a malformed date.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg.types import Document, DocResult, Entity, Event
    >>> g = KnowledgeGraph()
    >>> g.add(DocResult(Document("d", "t"), (Entity("Q159", "Russia", "Country"), Entity("Q30", "USA", "Country")),
    ...       (Event("e", "d", "SANCTION", ("Q30",), ("Q159",)),)))
    >>> p = write_html(g, pathlib.Path(tempfile.mkdtemp()) / "graph.html")
    >>> p.name, p.stat().st_size > 100_000
    ('graph.html', True)
    """
    page = render_html(
        graph, level=level, focus=focus, hops=hops, min_evidence=min_evidence,
        categories=categories, since=since, until=until, title=title, seed=seed,
    )  # fmt: skip
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return atomic_write(path, page)
