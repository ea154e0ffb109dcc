"""kg's repairs of typical dependency-parse errors of the small English model, applied after the parser.

- ``kg_parse_repairs``: a visit participle right before the visitor ("held talks with visiting Bolivian
  President Luis Arce", "met visiting Indian Prime Minister X") is read by the model as a verb whose
  object is the visitor, so the meeting's partner is a gerund, not a person. The visitor becomes the
  object of what governed the participle (``pobj`` of "with", ``dobj`` of "met") and the participle its
  ``amod``, as the model parses it after a determiner ("the visiting Indian prime minister"). The
  participles and the office nouns that qualify a visitor are ``cues.json`` data.

>>> from kg.nlp import load_pipeline
>>> doc = load_pipeline()(
...     "Vietnamese Prime Minister Pham Minh Chinh held talks with visiting Cuban Prime Minister Manuel Marrero in Hanoi."
... )
>>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("visiting", "Marrero")]
[('visiting', 'amod', 'Marrero'), ('Marrero', 'pobj', 'with')]
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.resources import load_json

__all__ = ["repair_visit_participles"]


@cache
def _visit_words() -> tuple[frozenset[str], frozenset[str]]:
    d = load_json("cues.json")
    return frozenset(d.get("visit_participles", ())), frozenset(d.get("visit_participle_heads", ()))


def repair_visit_participles(doc: Doc) -> Doc:
    """Re-attach the visitor of a visit participle the model read as a verb (see the module)."""
    participles, heads = _visit_words()
    for t in doc:
        if (
            t.lower_ not in participles
            or t.tag_ != "VBG"
            or t.dep_ not in ("pcomp", "xcomp", "ccomp", "dobj")
        ):
            continue
        objs = [c for c in t.children if c.dep_ == "dobj"]
        if len(objs) != 1 or objs[0].left_edge.i != t.i + 1:
            continue
        o = objs[0]
        # the visitor: a name ("President Luis Arce") or an office ("Indian prime minister")
        if o.tag_ not in ("NNP", "NNPS") and o.lower_ not in heads:
            continue
        head = t.head
        new_dep = "pobj" if t.dep_ == "pcomp" else "dobj"
        # "met visiting X in Beijing": the participle's other dependents go to the verb
        rest = head.head if t.dep_ == "pcomp" else head
        for c in list(t.children):
            if c is not o:
                c.head = rest
        o.head = head
        o.dep_ = new_dep
        t.head = o
        t.dep_ = "amod"
    return doc


@Language.component("kg_parse_repairs", requires=["token.dep"], assigns=["token.dep", "token.head"])
def parse_repairs(doc: Doc) -> Doc:
    return repair_visit_participles(doc)
