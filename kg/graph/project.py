"""Project a :class:`~kg.model.KnowledgeGraph` to a networkx actor graph.

Nodes are actors. At ``level="state"`` (the default) people and organizations are
folded into the state they act for (``Entity.country``): Putin's and Lavrov's
statements count for Russia. Intergovernmental organizations and organizations with
no known state stay actors of their own (NATO, Hamas); people with no known state are
left out. At ``level="person"`` every actor keeps its own node.

An edge joins two actors and aggregates every assertion between them (in either
direction). Each assertion is scored with its Goldstein value (the event's own score,
else its category's, from ``kg/data/categories.json``), damped for reported
intentions and hypotheticals (:data:`MODALITY_WEIGHT`). Edge attributes:

``n``            number of assertions (the evidence count; ``min_evidence`` filters on it)
``counts``       ``{category: n}``
``goldstein``    net score (sum of the assertion scores)
``cooperation``  sum of the positive scores; ``conflict``: sum of the negative ones, as a positive number
``weight``       ``cooperation + conflict`` (intensity, always >= 0)
``sign``         +1 cooperation, -1 conflict, 0 neutral (membership, role) by the net score
``u``, ``v``     the two actors (sorted), ``forward``/``backward`` directed assertions u->v / v->u
``evidence``     list of dicts: category, date, confidence, modality, the sentence, document title and URL

The graph is an undirected :class:`networkx.Graph`; direction lives in ``forward``/``backward``
(arrows in the HTML view) because alliances and blocs are about the pair, not who spoke first.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.errors import UsageError, msg
from kg.model import KnowledgeGraph
from kg.resources import categories as category_table
from kg.types import ACTOR_TYPES, Event

__all__ = [
    "LEVELS",
    "MODALITY_WEIGHT",
    "STANDING_SCORE",
    "EXCLUDED_BY_DEFAULT",
    "project",
    "assertion_score",
    "resolve_actor",
]

#: Projection levels.
LEVELS = ("state", "person")
#: How much an assertion counts by its PLOVER mode of reality: a reported plan or a
#: conditional offer ("could cooperate if the war ends") is evidence, but weaker than a deed.
MODALITY_WEIGHT = {"asserted": 1.0, "historical": 1.0, "future": 0.5, "hypothetical": 0.25}
#: Scores for categories the CAMEO codebook does not score. ALLY (a standing partnership or
#: alliance) is scored as CAMEO 057 "sign formal agreement" (+8.0); membership and role are neutral.
STANDING_SCORE = {"ALLY": 8.0, "MEMBER_OF": 0.0, "ROLE": 0.0}
#: Categories that are not dyadic relations between actors (left out unless asked for).
EXCLUDED_BY_DEFAULT = frozenset({"QUOTE", "QUANTITY"})


def assertion_score(ev: Event) -> float:
    """Goldstein-based score of one assertion (positive = cooperation, negative = conflict).

    >>> assertion_score(Event("e", "d", "SANCTION", ("A",), ("B",)))
    -8.0
    >>> assertion_score(Event("e", "d", "COOPERATE", ("A", "B"), modality="hypothetical"))
    1.5
    >>> assertion_score(Event("e", "d", "ALLY", ("A", "B")))
    8.0
    """
    g = ev.goldstein
    if g is None:
        g = category_table().get(ev.category, {}).get("goldstein")
    if g is None:
        g = STANDING_SCORE.get(ev.category, 0.0)
    return float(g) * MODALITY_WEIGHT.get(ev.modality, 1.0)


@dataclass(frozen=True)
class _Filters:
    categories: frozenset[str] | None
    since: str | None
    until: str | None


def _date_bounds(date: str) -> tuple[str, str]:
    """The first and last day a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) can mean."""
    parts = date.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-01", f"{parts[0]}-{parts[1]}-31"
    return date[:10], date[:10]


def _check_date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    v = str(value).strip()
    parts = v.split("-")
    ok = (
        len(v) in (4, 7, 10)
        and len(parts) == (1, 2, 3)[(len(v) - 4) // 3]
        and all(p.isdigit() for p in parts)
    )
    if ok:
        try:
            _dt.date(
                int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
            )
        except ValueError:
            ok = False
    if not ok:
        raise UsageError(msg("E062", name=name, value=value))
    lo, hi = _date_bounds(v)
    return lo if name == "since" else hi


def _check_categories(cats: Iterable[str] | None) -> frozenset[str] | None:
    if cats is None:
        return None
    names: set[str] = set()
    for c in cats:
        names.update(x.strip().upper() for x in str(c).split(",") if x.strip())
    valid = set(category_table())
    bad = sorted(names - valid)
    if bad:
        raise UsageError(msg("E061", names=", ".join(bad), valid=", ".join(sorted(valid))))
    return frozenset(names) if names else None


def _keep_event(ev: Event, f: _Filters, published: str | None) -> bool:
    if f.categories is not None:
        if ev.category not in f.categories:
            return False
    elif ev.category in EXCLUDED_BY_DEFAULT:
        return False
    if f.since or f.until:
        date = ev.date or published
        if not date:
            return False  # an undated assertion cannot be placed inside a date window
        lo, hi = _date_bounds(date)
        if f.since and hi < f.since:
            return False
        if f.until and lo > f.until:
            return False
    return True


def _node_map(g: KnowledgeGraph, level: str) -> dict[str, str]:
    """Entity key -> node key (the state it acts for, at state level)."""
    out: dict[str, str] = {}
    for key, e in g.entities.items():
        if e.type not in ACTOR_TYPES:
            continue
        if level == "person" or e.type in ("Country", "IGO"):
            out[key] = key
        elif e.country and e.country in g.entities and g.entities[e.country].type == "Country":
            out[key] = e.country
        elif e.country and e.country not in g.entities:
            out[key] = e.country  # a state we know only by key; it gets a minimal node
        elif e.type == "Organization":
            out[key] = key
    return out


def project(
    graph: KnowledgeGraph,
    *,
    level: str = "state",
    focus: str | None = None,
    hops: int = 1,
    min_evidence: int = 1,
    categories: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> nx.Graph:
    """The actor graph of ``graph`` (see the module docstring for the attributes).

    Parameters
    ----------
    graph : the knowledge graph.
    level : ``"state"`` (people and organizations folded into their state) or ``"person"``.
    focus : keep only actors within ``hops`` of this actor (key, name, alias or ISO code).
    hops : radius around ``focus``.
    min_evidence : drop edges backed by fewer assertions.
    categories : keep only these categories (default: every dyadic category, i.e. all but QUOTE, QUANTITY).
    since, until : keep assertions dated (or, if undated, published) in this window; YYYY[-MM[-DD]].

    Returns
    -------
    networkx.Graph
        Actors that take part in at least one kept edge. ``G.graph`` holds ``level``,
        ``documents`` (count) and the ``filters`` used.

    Raises
    ------
    kg.errors.UsageError
        For an unknown level, category, focus actor, or a malformed date.

    Examples
    --------
    >>> from kg.types import Document, DocResult, Entity, Event
    >>> g = KnowledgeGraph()
    >>> ents = (Entity("Q159", "Russia", "Country", iso3="RUS"), Entity("Q148", "China", "Country"),
    ...         Entity("person:lavrov", "Sergey Lavrov", "Person", country="Q159"),
    ...         Entity("Q30", "United States", "Country"))
    >>> evs = (Event("e1", "d", "COOPERATE", ("Q159", "Q148")),
    ...        Event("e2", "d", "THREATEN", ("Q30",), ("person:lavrov",)))
    >>> g.add(DocResult(Document("d", "text"), ents, evs))
    >>> G = project(g)
    >>> sorted(G.nodes), G.edges["Q159", "Q148"]["sign"], G.edges["Q30", "Q159"]["goldstein"]
    (['Q148', 'Q159', 'Q30'], 1, -4.4)
    >>> sorted(project(g, level="person").nodes)
    ['Q148', 'Q159', 'Q30', 'person:lavrov']
    """
    if level not in LEVELS:
        raise UsageError(msg("E060", level=level, valid=", ".join(LEVELS)))
    if min_evidence < 1:
        raise UsageError(msg("E065", option="min-evidence", minimum=1, value=min_evidence))
    if hops < 0:
        raise UsageError(msg("E065", option="hops", minimum=0, value=hops))
    filters = _Filters(
        _check_categories(categories), _check_date(since, "since"), _check_date(until, "until")
    )
    nmap = _node_map(graph, level)
    labels = category_table()

    # Aggregate per dyad.
    dyads: dict[tuple[str, str], dict[str, Any]] = {}
    for ev in graph.sorted_events():
        doc = graph.documents.get(ev.doc_id)
        if not _keep_event(ev, filters, doc.published if doc else None):
            continue
        score = assertion_score(ev)
        seen: set[tuple[str, str, bool]] = set()
        directed = not ev.symmetric and bool(ev.targets)
        for s, o in ev.pairs():
            if o is None or s not in nmap or o not in nmap:
                continue
            a, b = nmap[s], nmap[o]
            if a == b:
                continue
            u, v = (a, b) if a < b else (b, a)
            forward = directed and a == u
            if (u, v, forward) in seen:
                continue  # one assertion counts once per dyad (Putin and Lavrov both -> Russia)
            seen.add((u, v, forward))
            d = dyads.setdefault(
                (u, v),
                {
                    "u": u,
                    "v": v,
                    "n": 0,
                    "counts": {},
                    "goldstein": 0.0,
                    "cooperation": 0.0,
                    "conflict": 0.0,
                    "forward": 0,
                    "backward": 0,
                    "evidence": [],
                },
            )
            d["n"] += 1
            d["counts"][ev.category] = d["counts"].get(ev.category, 0) + 1
            d["goldstein"] += score
            if score > 0:
                d["cooperation"] += score
            elif score < 0:
                d["conflict"] -= score
            if directed:
                d["forward" if forward else "backward"] += 1
            d["evidence"].append(_evidence(graph, ev, s, o, score, labels, doc))

    # At state level, the people and bodies folded into each state (shown and searchable in the view).
    members: dict[str, list[str]] = {}
    if level == "state":
        for key, target in nmap.items():
            if key != target:
                members.setdefault(target, []).append(graph.entities[key].label)
    G = nx.Graph(level=level, documents=len(graph.documents))
    for (u, v), d in dyads.items():
        if d["n"] < min_evidence:
            continue
        d["goldstein"] = round(d["goldstein"], 6)
        d["cooperation"] = round(d["cooperation"], 6)
        d["conflict"] = round(d["conflict"], 6)
        d["weight"] = round(d["cooperation"] + d["conflict"], 6)
        d["sign"] = (
            0 if math.isclose(d["goldstein"], 0.0, abs_tol=1e-9) else (1 if d["goldstein"] > 0 else -1)
        )
        d["counts"] = dict(sorted(d["counts"].items()))
        for node in (u, v):
            if node not in G:
                G.add_node(node, **_node_attrs(graph, node, members.get(node, [])))
        G.add_edge(u, v, **d)
    for node, attrs in G.nodes(data=True):
        attrs["assertions"] = sum(G.edges[node, m]["n"] for m in G[node])
    G.graph["filters"] = {
        "focus": focus, "hops": hops, "min_evidence": min_evidence,
        "categories": sorted(filters.categories) if filters.categories else None,
        "since": since, "until": until,
    }  # fmt: skip
    if focus is not None:
        center = resolve_actor(graph, G, focus, level=level)
        G = nx.ego_graph(G, center, radius=hops).copy()
        G.graph["focus_node"] = center
    return G


def _node_attrs(graph: KnowledgeGraph, node: str, members: list[str]) -> dict[str, Any]:
    e = graph.entities.get(node)
    if e is None:
        return {"label": node, "type": "Country", "subtype": None, "iso3": None, "wikidata": None,
                "country": None, "mentions": 0, "aliases": [], "members": sorted(members)}  # fmt: skip
    return {
        "label": e.label,
        "type": e.type,
        "subtype": e.subtype,
        "iso3": e.iso3,
        "wikidata": e.wikidata,
        "country": e.country,
        "mentions": e.mentions,
        "aliases": list(e.aliases),
        "members": sorted(members),
    }


def _evidence(graph: KnowledgeGraph, ev: Event, s: str, o: str, score: float, labels, doc) -> dict[str, Any]:
    def name(k: str) -> str:
        e = graph.entities.get(k)
        return e.label if e else k

    return {
        "event": ev.id,
        "category": ev.category,
        "label": labels.get(ev.category, {}).get("label", ev.category.lower()),
        "source": name(s),
        "target": name(o),
        "directed": not ev.symmetric and bool(ev.targets),
        "date": ev.date or (doc.published if doc else None),
        "confidence": ev.confidence,
        "modality": ev.modality,
        "score": round(score, 6),
        "sentence": ev.evidence.text if ev.evidence else None,
        "doc_id": ev.doc_id,
        "doc_title": doc.title if doc else None,
        "doc_url": doc.url if doc else None,
        "publisher": doc.publisher if doc else None,
        "published": doc.published if doc else None,
    }


def resolve_actor(graph: KnowledgeGraph, G: nx.Graph, name: str, *, level: str = "state") -> str:
    """The node of ``G`` that ``name`` designates: a key, label, alias or ISO code (any case).

    At state level a person's name resolves to their state.

    >>> from kg.types import Document, DocResult, Entity, Event
    >>> g = KnowledgeGraph()
    >>> ents = (Entity("Q159", "Russia", "Country", iso3="RUS", aliases=("Moscow",)),
    ...         Entity("Q148", "China", "Country"), Entity("person:putin", "Vladimir Putin", "Person", country="Q159"))
    >>> g.add(DocResult(Document("d", "t"), ents, (Event("e", "d", "AGREE", ("Q159", "Q148")),)))
    >>> G = project(g)
    >>> resolve_actor(g, G, "moscow"), resolve_actor(g, G, "RUS"), resolve_actor(g, G, "Putin")
    ('Q159', 'Q159', 'Q159')
    """
    want = name.strip().casefold()
    if name in G:
        return name
    nmap = _node_map(graph, level)
    hits: list[str] = []
    for key, e in graph.entities.items():
        names = {key.casefold(), e.label.casefold(), *(a.casefold() for a in e.aliases)}
        if e.iso3:
            names.add(e.iso3.casefold())
        if want in names and nmap.get(key) in G:
            hits.append(nmap[key])
    if not hits:
        # A surname or part of a name ("Putin"), when it designates one node only.
        word = re.compile(r"(?<!\w)" + re.escape(want) + r"(?!\w)")
        for key, e in graph.entities.items():
            if nmap.get(key) in G and any(word.search(x.casefold()) for x in (e.label, *e.aliases)):
                hits.append(nmap[key])
        if len(set(hits)) > 1:
            options = sorted({G.nodes[h]["label"] for h in hits})
            raise UsageError(msg("E064", name=name, options=", ".join(options)))
    if hits:
        # Prefer a node that is itself the named entity, then the most connected one.
        return sorted(set(hits), key=lambda k: (k != name, -G.degree(k), k))[0]
    known = sorted(G.nodes[n]["label"] for n in G)[:12]
    raise UsageError(msg("E063", name=name, known=", ".join(known) if known else "(the graph has no actors)"))
