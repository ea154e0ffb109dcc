"""Saved SPARQL queries shipped with the package (``kg/query/saved/*.rq``) and their parameters.

Each ``.rq`` file starts with a comment header: a title line ``# name -- summary``, a
description, and one ``# @param NAME KIND required|optional HELP`` line per parameter.
Parameters are bound as RDF terms through a ``VALUES`` block (:func:`kg.query.engine.inject_values`),
never pasted into the query text. Kinds:

- ``actor``: a label, alias, Wikidata QID, ISO3 code or IRI, resolved to the actor's IRI
  in the graph queried (:func:`resolve_actor`);
- ``category``: a category name (``THREATEN``) or its direct predicate (``threatens``,
  ``kg:threatens``), bound as the category literal;
- ``string``, ``integer``, ``iri``: a literal or IRI as given.

>>> [q.name for q in list_saved()]
['degree', 'events_between', 'evidence', 'partners', 'roles', 'threats_sanctions', 'timeline']
>>> get_saved("partners").params[0]
Param(name='actor', kind='actor', required=True, help='the actor: a label, alias, Wikidata QID, ISO3 code or IRI')
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, msg
from kg.query.engine import PREFIXES, QueryResult, run_query

__all__ = [
    "Param",
    "SavedQuery",
    "PARAM_KINDS",
    "list_saved",
    "get_saved",
    "parse_saved",
    "bind_params",
    "resolve_actor",
    "resolve_category",
    "run_saved",
]

PARAM_KINDS = ("actor", "category", "string", "integer", "iri")
_PARAM_LINE = re.compile(r"^#\s*@param\s+(\w+)\s+(\w+)\s+(required|optional)\s+(.*)$")
_QID = re.compile(r"^[Qq][1-9][0-9]*$")
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Param:
    """One parameter of a saved query."""

    name: str
    kind: str
    required: bool
    help: str


@dataclass(frozen=True)
class SavedQuery:
    """A saved query: its name (file stem), summary, description, parameters and SPARQL text."""

    name: str
    summary: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: str = ""

    def usage(self) -> str:
        """One line: ``name --param a=... [--param b=...]  summary``.

        >>> get_saved("evidence").usage()
        'evidence --param subject=ACTOR --param relation=CATEGORY --param object=ACTOR  the evidence behind one relation'
        """
        parts = [self.name]
        for p in self.params:
            arg = f"--param {p.name}={p.kind.upper()}"
            parts.append(arg if p.required else f"[{arg}]")
        return " ".join(parts) + "  " + self.summary


def parse_saved(text: str, name: str, path: str = "") -> SavedQuery:
    """Read a saved query's header.

    >>> q = parse_saved("# t -- top\\n# Says hi.\\n# @param x string optional a word\\nSELECT * {}", "t")
    >>> q.summary, q.description, q.params[0].required
    ('top', 'Says hi.', False)
    """
    summary, desc, params = "", [], []
    for i, line in enumerate(text.splitlines()):
        if not line.startswith("#"):
            break
        m = _PARAM_LINE.match(line)
        if m:
            pname, kind, req, help_ = m.groups()
            if kind not in PARAM_KINDS:
                raise ValueError(f"{path or name}: parameter {pname} has unknown kind {kind!r}")
            params.append(Param(pname, kind, req == "required", help_.strip()))
            continue
        body = line.lstrip("#").strip()
        if i == 0:
            summary = body.split("--", 1)[1].strip() if "--" in body else body
        elif body:
            desc.append(body)
    return SavedQuery(name, summary, " ".join(desc), tuple(params), text, path)


@cache
def _load_all() -> dict[str, SavedQuery]:
    out: dict[str, SavedQuery] = {}
    folder = resources.files("kg.query") / "saved"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            stem = entry.name[:-3]
            out[stem] = parse_saved(entry.read_text(encoding="utf-8"), stem, str(entry))
    return out


def list_saved() -> list[SavedQuery]:
    """Every saved query, by name.

    >>> partners = {q.name: q for q in list_saved()}["partners"]
    >>> partners.summary, [(p.name, p.kind, p.required) for p in partners.params]
    ('partners and allies of an actor', [('actor', 'actor', True)])
    """
    return list(_load_all().values())


def get_saved(name: str) -> SavedQuery:
    """The saved query ``name``; raises :class:`kg.errors.QueryError` listing what exists.

    >>> get_saved("allies")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: [E021] unknown saved query 'allies'; available: degree, events_between, ...
    """
    queries = _load_all()
    if name.endswith(".rq"):
        name = Path(name).stem
    if name not in queries:
        raise QueryError(msg("E021", name=name, valid=", ".join(queries)))
    return queries[name]


# --- resolving parameter values ------------------------------------------------------------------

_LOOKUP_EXACT = """
SELECT DISTINCT ?a ?rank WHERE {
  { ?a rdfs:label ?needle BIND (0 AS ?rank) } UNION { ?a kg:key ?needle BIND (0 AS ?rank) }
  UNION { ?a kg:wikidata ?needle BIND (0 AS ?rank) } UNION { ?a kg:iso3 ?needle BIND (1 AS ?rank) }
  UNION { ?a skos:altLabel ?needle BIND (2 AS ?rank) }
  ?a kg:key ?key .
} ORDER BY ?rank ?a
"""
_LOOKUP_FOLDED = """
SELECT DISTINCT ?a ?rank WHERE {
  { ?a rdfs:label ?v BIND (0 AS ?rank) } UNION { ?a kg:iso3 ?v BIND (1 AS ?rank) }
  UNION { ?a skos:altLabel ?v BIND (2 AS ?rank) }
  FILTER (LCASE(STR(?v)) = LCASE(STR(?needle)))
  ?a kg:key ?key .
} ORDER BY ?rank ?a
"""
_ALL_LABELS = "SELECT DISTINCT ?v WHERE { ?a kg:key ?k ; rdfs:label ?v }"


def _expand(value: str) -> str | None:
    """The IRI written as ``<iri>``, ``http(s)://...`` or ``prefix:local`` (known prefix), else None."""
    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        return v[1:-1]
    if re.match(r"^https?://\S+$", v):
        return v
    m = re.match(r"^([A-Za-z][\w-]*):(\S+)$", v)
    if m and m.group(1) in PREFIXES:
        return PREFIXES[m.group(1)] + m.group(2)
    return None


def resolve_actor(store: ox.Store, value: str) -> ox.NamedNode:
    """The IRI of the actor ``value`` names in ``store``: by IRI, QID, label, ISO3 code or alias.

    Exact matches win over case-insensitive ones; labels and keys over ISO3 codes over aliases.
    Raises :class:`kg.errors.QueryError` (with close labels as hints) when nothing matches.

    >>> from kg.query.engine import open_graph_text
    >>> s = open_graph_text('''@prefix kg: <https://w3id.org/geokg/ontology#> .
    ... @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    ... <https://w3id.org/geokg/id/actor/Q159> kg:key "Q159" ; kg:wikidata "Q159" ; kg:iso3 "RUS" ;
    ...     <http://www.w3.org/2000/01/rdf-schema#label> "Russia" ; skos:altLabel "Moscow" .''')
    >>> {resolve_actor(s, v).value[-4:] for v in ("Russia", "russia", "RUS", "Q159", "Moscow", "actor:Q159")}
    {'Q159'}
    >>> resolve_actor(s, "Rusia")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: [E029] no actor matches 'Rusia' (by label, alias, QID, ISO3 code or IRI); did you mean: Russia?
    """
    iri = _expand(value)
    if iri is not None:
        return ox.NamedNode(iri)
    v = value.strip()
    needles = [v, v.upper()] if _QID.match(v) else [v]
    for needle in needles:
        res = run_query(store, _LOOKUP_EXACT, bindings={"needle": ox.Literal(needle)})
        if res.rows:
            return res.rows[0][0]
    res = run_query(store, _LOOKUP_FOLDED, bindings={"needle": ox.Literal(v)})
    if res.rows:
        return res.rows[0][0]
    labels = [r[0].value for r in run_query(store, _ALL_LABELS).rows]
    close = difflib.get_close_matches(v, labels, n=5, cutoff=0.6)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    raise QueryError(msg("E029", value=value, hint=hint))


def resolve_category(value: str) -> ox.Literal:
    """The category literal of a category name or its direct predicate.

    >>> [resolve_category(v).value for v in ("THREATEN", "threaten", "threatens", "kg:alliedWith")]
    ['THREATEN', 'THREATEN', 'THREATEN', 'ALLY']
    """
    from kg.resources import categories

    cats = categories()
    v = value.strip()
    if v.upper() in cats:
        return ox.Literal(v.upper())
    iri = _expand(v)
    local = iri.rsplit("#", 1)[-1] if iri else v
    for name, row in cats.items():
        if row.get("predicate") == local or row.get("class") == local:
            return ox.Literal(name)
    raise QueryError(
        msg("E020", reason=f"unknown category or relation {value!r}; use one of {', '.join(cats)}")
    )


def _bind_one(store: ox.Store, p: Param, value: str) -> ox.NamedNode | ox.Literal:
    if p.kind == "actor":
        return resolve_actor(store, value)
    if p.kind == "category":
        return resolve_category(value)
    if p.kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(msg("E020", reason=f"parameter {p.name} must be an integer, not {value!r}"))
        return ox.Literal(value.strip(), datatype=ox.NamedNode(_XSD + "integer"))
    if p.kind == "iri":
        iri = _expand(value)
        if iri is None:
            raise QueryError(msg("E020", reason=f"parameter {p.name} must be an IRI, not {value!r}"))
        return ox.NamedNode(iri)
    return ox.Literal(value)


def bind_params(
    store: ox.Store, query: SavedQuery, values: Mapping[str, str]
) -> dict[str, ox.NamedNode | ox.Literal]:
    """RDF terms for the parameter ``values`` of ``query``; checks names and required parameters."""
    known = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(known))
    if unknown:
        have = ", ".join(p.name for p in query.params) or "none"
        raise QueryError(
            msg(
                "E020",
                reason=f"saved query '{query.name}' has no parameter {', '.join(unknown)}; it takes: {have}",
            )
        )
    missing = [p.name for p in query.params if p.required and not values.get(p.name)]
    if missing:
        raise QueryError(
            msg("E022", name=query.name, missing=", ".join(missing)) + f"; usage: {query.usage()}"
        )
    return {name: _bind_one(store, known[name], v) for name, v in values.items() if v}


def run_saved(
    store: ox.Store,
    name: str,
    params: Mapping[str, str] | None = None,
    *,
    max_results: int | None = None,
    timeout: float | None = None,
) -> QueryResult:
    """Run the saved query ``name`` on ``store`` with ``params`` (strings, resolved by kind).

    >>> from kg.query.engine import open_graph_text
    >>> s = open_graph_text('''@prefix kg: <https://w3id.org/geokg/ontology#> .
    ... @prefix prov: <http://www.w3.org/ns/prov#> .
    ... @prefix actor: <https://w3id.org/geokg/id/actor/> .
    ... actor:Q30 kg:key "Q30" ; <http://www.w3.org/2000/01/rdf-schema#label> "United States" .
    ... actor:Q159 kg:key "Q159" ; <http://www.w3.org/2000/01/rdf-schema#label> "Russia" .
    ... <https://w3id.org/geokg/id/event/e1> kg:category "THREATEN" ; kg:subject actor:Q30 ; kg:object actor:Q159 ;
    ...     kg:participant actor:Q30, actor:Q159 ; prov:wasDerivedFrom <https://w3id.org/geokg/id/doc/d1> ;
    ...     kg:evidenceText "The US threatened Russia." .''')
    >>> r = run_saved(s, "threats_sanctions", {"target": "Russia"})
    >>> [(x["sourceLabel"], x["targetLabel"], x["evidence"]) for x in r.records()]
    [('United States', 'Russia', 'The US threatened Russia.')]
    >>> run_saved(s, "threats_sanctions", {"target": "United States"}).rows
    []
    """
    q = get_saved(name)
    bindings = bind_params(store, q, params or {})
    return run_query(store, q.text, bindings=bindings, max_results=max_results, timeout=timeout)
