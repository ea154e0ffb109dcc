"""QUANTITY records: casualties, percentages and money stated in the text.

Casualties are numbers of people governed by a killing/wounding word ("killing 21
people", "injuring nearly 100 others", "at least 30 were killed", "12 soldiers died");
the source is the actor that caused them (the subject of the attack clause). Percentages
measure the noun phrase they are about ("China's share of Russia's trade increased from
18% to 33%": source China, target Russia, measure 'share'). Money is parsed with its scale
("$5 billion in aid": 5e9 USD, measure 'aid'); the source is the giver or payer.
Qualifiers such as "nearly", "about", "at least", "more than" set ``approximate``.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.extract.common import NUMBER_WORDS, make_event
from kg.registry import extractors
from kg.types import Document, Event, Quantity

__all__ = ["EXTRACTOR", "parse_number", "extract_quantities"]

EXTRACTOR = "kg.quantities.v1"

_APPROX = {
    "nearly",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "almost",
    "over",
    "least",
    "more",
    "than",
    "up",
    "estimated",
    "close",
    "upwards",
    "dozens",
    "hundreds",
    "thousands",
}
_KILL = {
    "kill": "killed",
    "dead": "killed",
    "die": "killed",
    "death": "killed",
    "slay": "killed",
    "injure": "injured",
    "wound": "injured",
    "hurt": "injured",
    "injury": "injured",
    "displace": "displaced",
    "abduct": "abducted",
    "kidnap": "abducted",
    "detain": "detained",
    "arrest": "detained",
    "capture": "captured",
    "evacuate": "evacuated",
}
_PEOPLE = {
    "people",
    "person",
    "civilian",
    "other",
    "soldier",
    "troop",
    "child",
    "woman",
    "man",
    "resident",
    "fighter",
    "militant",
    "worker",
    "officer",
    "member",
    "passenger",
    "student",
    "patient",
    "refugee",
    "hostage",
    "prisoner",
    "villager",
    "protester",
    "citizen",
    "individual",
    "migrant",
    "journalist",
}
_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "bn": 1e9,
    "tn": 1e12,
}
_WORDS = {
    **NUMBER_WORDS,
    # vague counts, read as their usual lower bound
    "dozen": 12,
    "dozens": 24,
    "hundreds": 200,
    "thousands": 2000,
}
_CURRENCY = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "£": "GBP",
    "pound": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "yen": "JPY",
    "yuan": "CNY",
    "rouble": "RUB",
    "ruble": "RUB",
    "rupee": "INR",
    "shekel": "ILS",
}


def parse_number(text: str) -> float | None:
    """The value of a number written with digits, scale words or number words.

    >>> parse_number("nearly 100"), parse_number("$5 billion"), parse_number("18%"), parse_number("two dozen")
    (100.0, 5000000000.0, 18.0, 24.0)
    """
    t = text.lower().replace(",", "")
    m = re.search(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|tn|k|m)?\b", t)
    if m:
        v = float(m[1])
        if m[2]:
            v *= _SCALE[m[2]]
        return v
    words = re.findall(r"[a-z]+", t)
    vals = [_WORDS[w] for w in words if w in _WORDS]
    if not vals:
        return None
    v = 1.0
    for x in vals:
        v = v * x if x in (12, 100) and v > 1 else (x if v == 1.0 else v + x)
    scale = [_SCALE[w] for w in words if w in _SCALE]
    return float(v * (scale[0] if scale else 1))


def _approx(tokens: list[Token]) -> bool:
    return any(t.lower_ in _APPROX for t in tokens)


def _ctx(doc: Doc, index: Any) -> Any:
    from kg.extract.events import _Ctx  # late import: events imports this module

    c = _Ctx.__new__(_Ctx)
    c.index, c.doc, c.quotes = index, doc, []
    return c


def _clause_subject(v: Token, c: Any) -> list[str]:
    from kg.extract.events import _verb_subjects

    keys, _ = _verb_subjects(v, c)
    return keys


def _casualty(num: Token, c: Any) -> tuple[str, Token, list[str], list[str]] | None:
    """(measure, governing word, sources, targets) when ``num`` counts people killed/injured."""
    head = num.head if num.dep_ in ("nummod", "quantmod", "amod", "compound") else num
    if head.lemma_.lower() not in _PEOPLE and head is not num:
        return None
    # "killing 21 people" / "21 people were killed" / "21 killed" / "21 dead"
    v = head.head if head.dep_ in ("dobj", "nsubjpass", "nsubj", "conj", "appos", "attr") else None
    cand = [v] if v is not None else []
    cand += [ch for ch in head.children if ch.dep_ in ("acl", "amod", "relcl")]
    if head is num:
        cand += [num.head]
    for w in cand:
        if w is None:
            continue
        measure = _KILL.get(w.lemma_.lower())
        if measure:
            srcs = _clause_subject(w, c) if w.pos_ == "VERB" and head.dep_ == "dobj" else []
            if not srcs and w.pos_ == "VERB" and head.dep_ == "nsubjpass":
                srcs = [
                    k for ch in w.children if ch.dep_ == "agent" for p in ch.children for k in _actors(p, c)
                ]
            return measure, w, srcs, []
    return None


def _evidence(ent: Span, document: Document):
    from kg.extract.events import paragraph_clipped_evidence

    return paragraph_clipped_evidence(ent[0], document)


def _actors(tok: Token, c: Any) -> list[str]:
    from kg.extract.events import actors_of

    return actors_of(tok, c)


def _owner(noun: Token, c: Any) -> tuple[list[str], list[str]]:
    """(sources, targets) of a measured noun phrase: possessor / demonym, then 'of X' owner."""
    srcs: list[str] = []
    tgts: list[str] = []
    for ch in noun.children:
        if ch.dep_ in ("poss", "amod", "compound"):
            srcs += _actors(ch, c)
        elif ch.dep_ == "prep" and ch.lower_ in ("of", "to", "with", "from"):
            for p in ch.children:
                if p.dep_ == "pobj":
                    tgts += _actors(p, c)
                    for ch2 in p.children:
                        if ch2.dep_ in ("poss", "amod", "compound"):
                            tgts += _actors(ch2, c)
    return srcs, [t for t in tgts if t not in srcs]


def _percent(ent: Span, c: Any) -> tuple[str, list[str], list[str]] | None:
    root = ent.root
    t = root
    # climb "from 18% to 33%" / "rose 5%" to the verb, then to its subject noun
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            break
        t = t.head
    if t.pos_ in ("VERB", "AUX"):
        subj = [ch for ch in t.children if ch.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            s = subj[0]
            srcs, tgts = _owner(s, c)
            of = [
                p.lemma_
                for ch in s.children
                if ch.dep_ == "prep" and ch.lower_ == "of"
                for p in ch.children
                if p.dep_ == "pobj"
            ]
            measure = s.lemma_.lower() + (f" of {of[0].lower()}" if of else "")
            return measure, srcs, tgts
    if root.head.pos_ in ("NOUN",):
        srcs, tgts = _owner(root.head, c)
        return root.head.lemma_.lower(), srcs, tgts
    return None


def _money(ent: Span, c: Any) -> tuple[str, str, list[str], list[str]] | None:
    txt = ent.text.lower()
    unit = next((u for k, u in _CURRENCY.items() if k in txt), "USD" if "$" in txt else "money")
    root = ent.root
    measure = "money"
    for ch in root.children:  # "$5 billion in aid"
        if ch.dep_ == "prep" and ch.lower_ in ("in", "of", "for"):
            for p in ch.children:
                if p.dep_ == "pobj":
                    measure = p.lemma_.lower()
    srcs: list[str] = []
    tgts: list[str] = []
    v = root.head if root.dep_ in ("dobj", "pobj", "attr", "nsubjpass") else None
    if v is not None and v.dep_ == "prep":
        v = v.head
    if v is not None and v.pos_ == "VERB":
        srcs = _clause_subject(v, c)
        for ch in v.children:
            if ch.dep_ == "dative" or (ch.dep_ == "prep" and ch.lower_ == "to"):
                tgts += [k for p in [ch, *ch.children] if p.dep_ in ("pobj", "dative") for k in _actors(p, c)]
    return unit, measure, srcs, tgts


@extractors("kg.quantities.v1")
def extract_quantities(doc: Doc, index: Any, *, document: Document) -> list[Event]:
    """QUANTITY events (see module docstring); one per number with an identified actor.

    >>> from kg.nlp import load_pipeline
    >>> from kg.extract import extract_text
    >>> r = extract_text("Russian forces fired missiles at Kyiv, killing 21 people.", load_pipeline())
    >>> [(e.quantity.value, e.quantity.measure) for e in r.events if e.extractor == EXTRACTOR]
    [(21.0, 'killed')]
    """
    c = _ctx(doc, index)
    out: list[Event] = []
    for ent in doc.ents:
        q: Quantity | None = None
        srcs: list[str] = []
        tgts: list[str] = []
        pre = [doc[i] for i in range(max(ent.sent.start, ent.start - 3), ent.start)] + list(ent)
        if ent.label_ == "CARDINAL":
            val = parse_number(ent.text)
            hit = _casualty(ent.root, c) if val is not None else None
            if hit is None:
                continue
            measure, _w, srcs, tgts = hit
            q = Quantity(val, "person", measure, ent.text, _approx(pre))
        elif ent.label_ == "PERCENT":
            hit2 = _percent(ent, c)
            if hit2 is None or not srcs and not hit2[1]:
                continue
            measure, srcs, tgts = hit2
            # "from 18% to 33%" is tagged as one entity: one quantity per number
            end = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text in ("%", "percent") else ent.end
            surface = doc[ent.start : end].text
            for j, m in enumerate(re.finditer(r"\d+(?:\.\d+)?", surface.replace(",", ""))):
                out.append(
                    make_event(
                        document,
                        "QUANTITY",
                        list(dict.fromkeys(srcs)),
                        [t for t in dict.fromkeys(tgts) if t not in srcs],
                        evidence=_evidence(ent, document),
                        trigger=surface,
                        trigger_start=ent.start_char + j,
                        confidence=0.7,
                        extractor=EXTRACTOR,
                        quantity=Quantity(float(m[0]), "percent", measure, surface, _approx(pre)),
                    )
                )
            continue
        elif ent.label_ == "MONEY":
            val = parse_number(ent.text)
            if val is None:
                continue
            unit, measure, srcs, tgts = _money(ent, c)
            q = Quantity(val, unit, measure, ent.text, _approx(pre))
        if q is None or not srcs:
            continue
        out.append(
            make_event(
                document,
                "QUANTITY",
                list(dict.fromkeys(srcs)),
                [t for t in dict.fromkeys(tgts) if t not in srcs],
                evidence=_evidence(ent, document),
                trigger=ent.text,
                trigger_start=ent.start_char,
                confidence=0.7,
                extractor=EXTRACTOR,
                quantity=q,
            )
        )
    return out
