"""kg's repairs of typical dependency-parse errors of the small English model, applied after the parser.

- ``kg_parse_repairs``: a visit participle right before the visitor ("held talks with visiting Bolivian
  President Luis Arce", "met visiting Indian Prime Minister X") is read by the model as a verb whose
  object is the visitor, so the meeting's partner is a gerund, not a person. The visitor becomes the
  object of what governed the participle (``pobj`` of "with", ``dobj`` of "met") and the participle its
  ``amod``, as the model parses it after a determiner ("the visiting Indian prime minister"). The
  participles and the office nouns that qualify a visitor are ``cues.json`` data.
- A headline's verb in the third person read as a plural noun: headlines, live-blog entry titles and
  bullet recaps drop the articles that let the model tell a verb from a noun, so "Manila summons Chinese
  envoy", "Lula hosts Ramaphosa in Brasilia" come out as one noun phrase ("Manila summons" a compound,
  the guest an apposition or the phrase's head). In a line with no final punctuation, an ``-s`` form of
  an event verb (``event_lexicon.json`` verbs that are not also its nouns: 'summon', 'host', not
  'strike', 'talk') between a proper name and a noun phrase becomes the verb: the name its subject, the
  noun phrase its object.

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


@cache
def _verb_only_lemmas() -> frozenset[str]:
    d = load_json("event_lexicon.json")
    return frozenset(v for v in d.get("verbs", {}) if v not in d.get("nouns", {}))


_FINAL = frozenset(".!?")
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]"})


def _headline(sent) -> bool:
    """A line with no final punctuation: a headline, an entry title or a bullet recap."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].text in _CLOSERS:
        toks.pop()
    return bool(toks) and toks[-1].text[-1] not in _FINAL


def _third_person_lemma(word: str, verbs: frozenset[str]) -> str | None:
    if not word.endswith("s"):
        return None
    for lem in (word[:-1], word[:-2], word[:-3] + "y"):
        if lem in verbs:
            return lem
    return None


def repair_headline_verbs(doc: Doc) -> Doc:
    """Make a headline verb the model read as a plural noun a verb again (see the module)."""
    verbs = _verb_only_lemmas()
    for sent in doc.sents:
        if len(sent) > 25 or not _headline(sent):
            continue
        for t in sent:
            if t.tag_ == "VBZ" and _third_person_lemma(t.lower_, verbs) and t.i + 1 < sent.end:
                nxt = doc[t.i + 1]
                if nxt.head.i == t.i and nxt.dep_ in ("npadvmod", "appos") and nxt.tag_ == "NNP":
                    nxt.dep_ = "dobj"  # "Lula hosts Ruto in Brasilia": the guest read as an adverbial
                continue
            if t.tag_ != "NNS" or t.i == sent.start or t.i + 1 >= sent.end:
                continue
            lem = _third_person_lemma(t.lower_, verbs)  # 'summons' -> 'summon'; 'strikes' is also a noun
            if lem is None:
                continue
            subj = doc[t.i - 1]
            subj_root = subj.head.i == subj.i and t.head.i == subj.i  # "Modi/ROOT hosts/dobj Albanese"
            if subj.tag_ != "NNP" or (subj.head.i != t.i and subj.head.i <= t.i and not subj_root):
                continue  # no name right before it, or the name belongs to something before the word
            nxt = doc[t.i + 1]
            if nxt.tag_ not in ("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "CD"):
                continue  # "Xi hosts" alone, "Lula hosts in ...": no object noun phrase
            # the object's head: the word's own dependent to its right, or the noun it modifies
            if t.head.i > t.i and t.dep_ in ("compound", "nmod", "amod"):
                obj = t.head
            else:
                right = [
                    c for c in t.rights if c.dep_ in ("dobj", "appos", "npadvmod", "dep", "conj", "attr")
                ]
                if not right or right[0].tag_ not in ("NNP", "NNPS", "NN", "NNS"):
                    continue
                obj = right[0]
            if obj.i >= sent.end or (subj.head.i not in (t.i, obj.i) and not subj_root):
                continue
            if subj_root:
                t.head = t
                t.dep_ = "ROOT"
            if obj.head.i != t.i:
                root = obj.head.i == obj.i
                t.head = t if root else obj.head
                t.dep_ = "ROOT" if root else obj.dep_
                if t.dep_ in ("appos", "dep", "npadvmod") and sent.root.tag_.startswith("VB"):
                    t.head = sent.root  # "X removes buoys; Tallinn summons envoy": a second clause
                    t.dep_ = "conj"
                obj.head = t
            obj.dep_ = "dobj"
            subj.head = t
            subj.dep_ = "nsubj"
            old = t.head
            if old.i < subj.i and not old.tag_.startswith("VB"):
                # "11:00 GMT - Xi hosts Lula": hung on the timestamp or a 'Live:' label, the line's verb
                top = sent.root
                t.head = t
                t.dep_ = "ROOT"
                top.head = t
                top.dep_ = "dep"
            t.tag_ = "VBZ"  # the attribute ruler and the lemmatizer, after the parser, read the verb
    return doc


@Language.component("kg_parse_repairs", requires=["token.dep"], assigns=["token.dep", "token.head"])
def parse_repairs(doc: Doc) -> Doc:
    return repair_headline_verbs(repair_visit_participles(doc))
