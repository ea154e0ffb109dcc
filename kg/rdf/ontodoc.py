"""Generate the ontology reference (``docs/ontology.md``) and the JSON-LD context
(``ontologies/context.jsonld``) from ``ontologies/kg.ttl``.

Run ``kg ontology-doc`` (or ``python -m kg.rdf.ontodoc``) after editing the ontology;
``--check`` exits non-zero when a committed file is out of date (a test runs it).

>>> md = render_markdown(load_ontology())
>>> md.splitlines()[0]
'# kg ontology reference'
>>> "kg:threatens" in md and "kg:Threat" in md
True
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.atomic import atomic_write
from kg.rdf.namespaces import KG, PREFIXES, bind_prefixes
from kg.rdf.validate import ONTOLOGY_DIR, ontology_path

__all__ = [
    "load_ontology",
    "render_markdown",
    "render_context",
    "generated_files",
    "write_docs",
    "check_docs",
    "main",
]

_NS = str(KG._NS)
DOCS_PATH = ONTOLOGY_DIR.parent / "docs" / "ontology.md"
CONTEXT_PATH = ONTOLOGY_DIR / "context.jsonld"


def load_ontology(path: str | Path | None = None) -> Graph:
    """Parse ``ontologies/kg.ttl`` (or ``path``) with our prefixes bound."""
    return bind_prefixes(Graph()).parse(path or ontology_path(), format="turtle")


def _q(g: Graph, term) -> str:
    """Prefixed name of ``term`` (with the prefix table), or ``<iri>``."""
    if isinstance(term, Literal):
        return str(term)
    iri = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    for prefix, ns in g.namespaces():
        if iri.startswith(str(ns)) and len(iri) > len(str(ns)):
            return f"{prefix}:{iri[len(str(ns)) :]}"
    return f"<{iri}>"


def _ours(g: Graph, kind: URIRef) -> list[URIRef]:
    return sorted((s for s in g.subjects(RDF.type, kind) if str(s).startswith(_NS)), key=str)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _vals(g: Graph, s, p) -> str:
    return ", ".join(sorted(_q(g, o) for o in g.objects(s, p)))


def _one(g: Graph, s, p) -> str:
    v = g.value(s, p)
    return "" if v is None else _q(g, v)


def render_markdown(g: Graph) -> str:
    """The Markdown reference of the ontology graph ``g`` (deterministic)."""
    onto = next(g.subjects(RDF.type, OWL.Ontology))
    out: list[str] = []
    w = out.append
    w("# kg ontology reference")
    w("")
    w(
        "<!-- Generated from ontologies/kg.ttl by `kg ontology-doc` (python -m kg.rdf.ontodoc). Do not edit. -->"
    )
    w("")
    w(str(g.value(onto, RDFS.comment) or ""))
    w("")
    w(f"- Ontology IRI: `{onto}`")
    w(f"- Version IRI: `{g.value(onto, OWL.versionIRI)}` (version {g.value(onto, OWL.versionInfo)})")
    w(f"- Namespace: `{_NS}` (prefix `kg:`)")
    w("- Shapes: `ontologies/shapes.ttl` (SHACL; `kg validate GRAPH`)")
    w("- JSON-LD context: `ontologies/context.jsonld`")
    w("")
    w("## Prefixes")
    w("")
    w("| prefix | namespace |")
    w("|---|---|")
    for prefix, ns in PREFIXES.items():
        w(f"| `{prefix}:` | `{ns}` |")
    w("")

    classes = _ours(g, OWL.Class)
    assertion_classes = [c for c in classes if g.value(c, KG.categoryCode) is not None]
    w("## Assertion categories")
    w("")
    w("One class per row of `kg/data/categories.json`; every instance also yields the direct triple.")
    w("")
    w("| class | category | PLOVER type | quad class | CAMEO | Goldstein | PLOVER score | direct predicate |")
    w("|---|---|---|---|---|---|---|---|")
    for c in assertion_classes:
        w(
            "| "
            + " | ".join(
                [
                    f"`{_q(g, c)}`",
                    _one(g, c, KG.categoryCode),
                    _one(g, c, KG.ploverType),
                    _one(g, c, KG.quadClass),
                    _one(g, c, KG.defaultCameo),
                    _one(g, c, KG.defaultGoldstein),
                    _one(g, c, KG.defaultPloverScore),
                    f"`{_one(g, c, KG.directPredicate)}`",
                ]
            )
            + " |"
        )
    w("")
    w("## Classes")
    w("")
    for c in classes:
        w(f"### `{_q(g, c)}`: {g.value(c, RDFS.label)}")
        w("")
        w(str(g.value(c, RDFS.comment) or ""))
        w("")
        sup = _vals(g, c, RDFS.subClassOf)
        if sup:
            w(f"- subclass of: {sup}")
        for ann in (KG.categoryCode, KG.ploverType, KG.defaultCameo, KG.defaultGoldstein, KG.directPredicate):
            v = _one(g, c, ann)
            if v:
                w(f"- {_q(g, ann)}: {v}")
        w("")
    for title, kind in (
        ("Object properties", OWL.ObjectProperty),
        ("Datatype properties", OWL.DatatypeProperty),
        ("Annotation properties", OWL.AnnotationProperty),
    ):
        w(f"## {title}")
        w("")
        w("| property | label | domain | range | sub-property of | description |")
        w("|---|---|---|---|---|---|")
        for p in _ours(g, kind):
            w(
                f"| `{_q(g, p)}` | {_cell(str(g.value(p, RDFS.label)))} | {_vals(g, p, RDFS.domain)} "
                f"| {_vals(g, p, RDFS.range)} | {_vals(g, p, RDFS.subPropertyOf)} "
                f"| {_cell(str(g.value(p, RDFS.comment)))} |"
            )
        w("")
    return "\n".join(out).rstrip() + "\n"


_EXTERNAL_TERMS = {
    "label": "rdfs:label",
    "altLabel": "skos:altLabel",
    "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
    "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
    "wasAttributedTo": {"@id": "prov:wasAttributedTo", "@type": "@id"},
}


def render_context(g: Graph) -> dict:
    """The published JSON-LD context: our prefixes plus a term for every property of the ontology.

    Object properties are typed ``@id``; datatype properties with one XSD range carry it.
    """
    ctx: dict = dict(PREFIXES)
    terms: dict = dict(_EXTERNAL_TERMS)
    for p in _ours(g, OWL.ObjectProperty):
        terms[str(p)[len(_NS) :]] = {"@id": _q(g, p), "@type": "@id"}
    for p in _ours(g, OWL.DatatypeProperty):
        rng = g.value(p, RDFS.range)
        name = str(p)[len(_NS) :]
        if rng is not None and str(rng).startswith(str(XSD)) and rng != XSD.string:
            terms[name] = {"@id": _q(g, p), "@type": _q(g, rng)}
        else:
            terms[name] = _q(g, p)
    for name in sorted(terms):
        ctx[name] = terms[name]
    return {"@context": ctx}


def generated_files(g: Graph | None = None) -> dict[Path, str]:
    """{path: content} of every file generated from the ontology."""
    g = g if g is not None else load_ontology()
    return {
        DOCS_PATH: render_markdown(g),
        CONTEXT_PATH: json.dumps(render_context(g), indent=2, ensure_ascii=False) + "\n",
    }


def write_docs() -> list[Path]:
    """Regenerate ``docs/ontology.md`` and ``ontologies/context.jsonld``; returns their paths."""
    written = []
    for path, text in generated_files().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        written.append(atomic_write(path, text))
    return written


def check_docs() -> list[Path]:
    """Generated files that are missing or differ from what the ontology gives (empty = in sync)."""
    return [p for p, text in generated_files().items() if not p.exists() or p.read_text("utf-8") != text]


def main(argv: Iterable[str] | None = None) -> int:
    """``python -m kg.rdf.ontodoc [--check]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--check" in args:
        stale = check_docs()
        for p in stale:
            print(f"out of date: {p} (run: kg ontology-doc)", file=sys.stderr)
        return 1 if stale else 0
    for p in write_docs():
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
