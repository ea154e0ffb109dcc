"""QUANTITY records: casualties, percentages and money stated in the text.

Casualties are numbers of people governed by a killing/wounding word ("killing 21
people", "injuring nearly 100 others", "at least 30 were killed", "12 soldiers died");
the source is the actor that caused them (the subject of the attack clause). Percentages
measure the noun phrase they are about ("China's share of Russia's trade increased from
18% to 33%": source China, target Russia, measure 'share'). Money is parsed with its scale
("$5 billion in aid": 5e9 USD, measure 'aid'); the source is the giver or payer.
Qualifiers such as "nearly", "about", "at least", "more than" set ``approximate``.
Counts of people, weapons and platforms ("fired around 100 ballistic missiles", "some 18,000
troops") carry their noun as unit (people as 'person') and the governing verb as measure; distances
and weights keep their unit ('km', 'tonne'). When the text names no causer or giver, the number
hangs on the owner of the counted noun, the subject of the nearest verb above it (often the actor
reporting it), an "according to" source, or the first actor of the sentence, with lower confidence.
Currency markers, units and counted nouns live in ``kg/data/quantities.json``.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.extract.common import NUMBER_WORDS, doc_text, make_event, sentence
from kg.registry import extractors
from kg.resources import load_json
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
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
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


def _vocab() -> dict[str, Any]:
    v = load_json("quantities.json")
    if "_people" not in v:
        v["_people"] = frozenset(v["people"]) | _PEOPLE
        v["_counted"] = frozenset(v["counted"])
        v["_prefixes"] = sorted(v["currency_prefixes"].items(), key=lambda kv: -len(kv[0]))
    return v


def _lemma(t: Token) -> str:
    lem = t.lemma_.lower()
    if lem.endswith("men") and t.lower_.endswith("men"):  # 'servicemen' -> 'serviceman'
        lem = lem[:-3] + "man"
    return {"troops": "troop", "aircrafts": "aircraft"}.get(lem, lem)


def _counted_noun(ent: Span) -> Token | None:
    """The noun a cardinal counts: '26 men', 'five Indian aircraft', 'at least five more people',
    '87 of the drones', 'hundreds of civilians', 'between 3,000 and 4,000 troops'."""
    root = ent.root
    doc = ent.doc
    if root.dep_ in ("nummod", "quantmod", "compound", "npadvmod", "amod") and root.head.i >= ent.end:
        h = root.head
        if h.lower_ in ("more", "other", "additional", "further") and h.head.pos_ in ("NOUN", "PROPN"):
            h = h.head
        if h.pos_ in ("NOUN", "PROPN"):
            return h
    for ch in root.children:  # '87 of the drones', 'hundreds of civilians'
        if ch.dep_ == "prep" and ch.lower_ == "of":
            objs = [p for p in ch.children if p.dep_ == "pobj"]
            if objs:
                o = objs[0]
                if o.ent_type_ == "CARDINAL":  # 'tens of thousands of people'
                    inner = [
                        p for c2 in o.children if c2.dep_ == "prep" for p in c2.children if p.dep_ == "pobj"
                    ]
                    o = inner[0] if inner else o
                return o
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and not nxt.ent_type_:  # a misparsed range
        return nxt
    return None


def _governor(tok: Token) -> Token | None:
    """The verb (or event noun) a counted phrase is an argument of."""
    t = tok
    for _ in range(4):
        if (
            t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj", "conj", "appos", "npadvmod")
            or t.dep_ == "prep"
        ):
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return t
            continue
        break
    return t if t.pos_ in ("VERB", "AUX") else None


def _anchor(tok: Token, c: Any, owner: Token | None = None) -> tuple[list[str], float]:
    """Who a number is about when no causer or giver is named: the owner of the counted noun
    ('six Syrian soldiers', 'Taiwan's 5%'), the subject of the nearest verb above it, the
    speaker reporting it ('Pakistan's military said 26 civilians were killed'), or an
    'according to' source. Second value: the confidence that anchoring deserves."""
    if owner is not None:
        srcs, _ = _owner(owner, c)
        if srcs:
            return srcs, 0.6
    t = tok
    seen = 0
    while seen < 8:
        seen += 1
        if t.pos_ in ("VERB", "AUX"):
            keys = _clause_subject(t, c)
            if keys:
                return keys, 0.5
        if t.head.i == t.i:
            break
        t = t.head
    for w in sentence(tok):
        if w.lower_ == "according" and w.i + 1 < len(tok.doc) and tok.doc[w.i + 1].lower_ == "to":
            keys = [k for p in tok.doc[w.i + 1].children if p.dep_ == "pobj" for k in _actors(p, c)]
            if keys:
                return keys, 0.5
    # last resort: the first actor named in the sentence ('..., injuring three crew members' after
    # 'a Chinese coastguard vessel fired ...'; 'killed in Tel Aviv')
    for w in sentence(tok):
        m = c.index.at_token(w.i)
        if m is None:
            continue
        try:
            e = c.index.entity(m.key)
        except KeyError:
            continue
        if e.type in ("Country", "Organization", "IGO", "Person"):
            return [m.key], 0.4
        if e.country:
            return [e.country], 0.4
    return [], 0.0


def _money_unit(surface: str) -> str | None:
    v = _vocab()
    for pre, code in v["_prefixes"]:
        if pre in surface:
            return code
    for w in re.findall(r"[a-z]+", surface.lower()):
        w1 = w[:-1] if w.endswith("s") and w[:-1] in v["currency_words"] else w
        if w1 in v["currency_words"]:
            return v["currency_words"][w1]
    return None


def _surface(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen a number's token span to a currency sign before it and a scale word after it
    ('$146m' is three tokens; spaCy sometimes tags only '146')."""
    v = _vocab()
    signs = {p for p, _ in v["_prefixes"]} | {"C", "A", "US", "HK"}
    while start > 0 and doc[start - 1].text in signs:
        start -= 1
    if end < len(doc) and doc[end].lower_ in _SCALE:
        end += 1
    words = v["currency_words"]
    if (
        end < len(doc)
        and doc[end].ent_type_ not in ("GPE", "NORP")
        and (doc[end].lemma_.lower() in words or doc[end].lower_.rstrip("s") in words)
    ):
        end += 1
    return start, end


_MONEY_RE = re.compile(
    r"(?:(?:[A-Z]{1,2})?[$€£¥₹₽₪₩₺]\s?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|bn|tn|m|k)\b)?"
    r"|\b\d[\d,.]*\s(?:thousand|million|billion|trillion)?\s?(?:euros?|dollars?|pounds|yen|yuan|roubles?|rubles?"
    r"|rupees?|shekels?|riyals?|dirhams?|hryvnias?|francs)\b)"
)


def _event(document: Document, srcs, tgts, tok_or_span, q: Quantity, conf: float, start: int) -> Event:
    return make_event(
        document,
        "QUANTITY",
        list(dict.fromkeys(srcs)),
        [t for t in dict.fromkeys(tgts) if t not in srcs],
        evidence=_evidence(tok_or_span, document),
        trigger=q.text,
        trigger_start=start,
        confidence=conf,
        extractor=EXTRACTOR,
        quantity=q,
    )


def _measure_of_money(span: Span) -> str:
    root = span.root
    for ch in root.children:  # "$5 billion in aid", "C$30 billion of American goods"
        if ch.dep_ == "prep" and ch.lower_ in ("in", "of", "for"):
            for p in ch.children:
                if p.dep_ == "pobj":
                    return p.text.lower()
    if (
        root.dep_ == "pobj" and root.head.head.pos_ == "VERB"
    ):  # 'counter-tariffs would expand to C$155 billion'
        subj = [
            ch for ch in root.head.head.children if ch.dep_ in ("nsubj", "nsubjpass") and ch.pos_ == "NOUN"
        ]
        if subj:
            return subj[0].text.lower()
    if root.dep_ in ("nummod", "compound", "amod") and root.head.pos_ == "NOUN":
        h = root.head  # "a £1.2 billion air defence package", "$146m grant"
        if h.lower_ in ("m", "bn") and h.head.pos_ == "NOUN":
            h = h.head
        return h.text.lower()
    if root.head.lower_ in ("m", "bn", "k") and root.head.head.pos_ == "NOUN":
        return root.head.head.text.lower()
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.lower_ == "in" and nxt.i + 1 < len(span.doc):
        return _next_noun(span.doc, nxt.i + 1)
    return "money"


def _next_noun(doc: Doc, i: int) -> str:
    for t in doc[i : i + 4]:
        if t.pos_ == "NOUN":
            return t.lemma_.lower()
    return "money"


def _percent_measure(ent: Span) -> str | None:
    """What a percentage is of: '25% tariffs', '5% of GDP', 'doubled a duty to 20%',
    '60% enriched uranium', 'the S&P 500 dropped 1.8%'."""
    doc = ent.doc
    pct = doc[ent.end] if ent.end < len(doc) and doc[ent.end].text in ("%", "percent", "per") else ent.root
    if pct.dep_ == "conj" and pct.head.text in ("%", "percent"):  # '3.5% of GDP ... and 1.5% on ...'
        pct = pct.head
    if pct.dep_ == "pobj" and pct.head.lower_ in ("of", "at") and pct.head.head.pos_ == "NOUN":
        return pct.head.head.text.lower()  # 'tariffs of up to 15%'
    for t in (pct, ent.root):
        if t.dep_ in ("compound", "amod", "nummod") and t.head.pos_ == "NOUN" and t.head.i > t.i:
            if t.head.text not in ("%", "percent"):
                return t.head.text.lower()
            continue
        for ch in t.children:
            if ch.dep_ == "prep" and ch.lower_ == "of":
                objs = [p for p in ch.children if p.dep_ == "pobj"]
                if objs:
                    return "share of " + objs[0].text.lower()
    h = pct.head if pct.dep_ != "ROOT" else pct
    if pct.dep_ == "npadvmod" and h.pos_ in ("VERB", "ADJ") and h.dep_ == "amod":
        return f"{h.text.lower()} {h.head.lemma_.lower()}"
    for _ in range(3):
        if h.pos_ in ("VERB", "AUX"):
            break
        h = h.head
    if h.pos_ in ("VERB", "AUX"):
        objs = [
            ch
            for ch in h.children
            if ch.dep_ in ("dobj", "nsubjpass") and ch.i not in range(ent.start, ent.end + 1)
        ]
        if objs:
            return objs[0].text.lower()
    return None  # the subject's measure ('India's share of ... rose to 35%'): see _percent


@extractors("kg.quantities.v1")
def extract_quantities(doc: Doc, index: Any, *, document: Document) -> list[Event]:
    """QUANTITY events (see module docstring); one per number tied to an actor of the text.

    >>> from kg.nlp import load_pipeline
    >>> from kg.extract import extract_text
    >>> r = extract_text("Russian forces fired missiles at Kyiv, killing 21 people.", load_pipeline())
    >>> [(e.quantity.value, e.quantity.measure) for e in r.events if e.extractor == EXTRACTOR]
    [(21.0, 'killed')]
    """
    c = _ctx(doc, index)
    v = _vocab()
    out: list[Event] = []
    covered: set[int] = set()
    for ent in doc.ents:
        srcs: list[str] = []
        tgts: list[str] = []
        conf = 0.7
        pre = [doc[i] for i in range(max(ent.sent.start, ent.start - 3), ent.start)] + list(ent)
        label = ent.label_
        if label == "MONEY" and _money_unit(doc[max(ent.start - 1, 0) : ent.end + 1].text) is None:
            label = "CARDINAL"  # 'more than 12 million' (people) tagged MONEY
        if label == "CARDINAL":
            val = parse_number(ent.text)
            if val is None:
                continue
            noun = _counted_noun(ent)
            if noun is not None and _money_unit(noun.text) and noun.lemma_.lower() not in v["_people"]:
                label = "MONEY"  # '50 million euros' tagged CARDINAL
            else:
                q, srcs, tgts, conf = _count(ent, noun, val, pre, c, v)
                if q is None:
                    continue
                if not srcs:
                    srcs, conf = _anchor(noun if noun is not None else ent.root, c, noun)
                if srcs:
                    covered.update(range(ent.start_char, ent.end_char))
                    out.append(_event(document, srcs, tgts, ent, q, conf, ent.start_char))
                continue
        if label == "PERCENT":
            hit2 = _percent(ent, c)
            measure = _percent_measure(ent) or (hit2[0] if hit2 else None)
            if measure is None:
                continue
            srcs, tgts = (hit2[1], hit2[2]) if hit2 else ([], [])
            if not srcs:
                srcs, conf = _anchor(ent.root, c, _percent_noun(ent))
            if not srcs:
                continue
            # "from 18% to 33%" is tagged as one entity: one quantity per number
            end = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text in ("%", "percent") else ent.end
            surface = doc[ent.start : end].text
            for j, m in enumerate(re.finditer(r"\d+(?:\.\d+)?", surface.replace(",", ""))):
                q = Quantity(float(m[0]), "percent", measure, surface, _approx(pre))
                out.append(_event(document, srcs, tgts, ent, q, conf, ent.start_char + j))
            continue
        if label == "MONEY":
            s, e = _surface(doc, ent.start, ent.end)
            span = doc[s:e]
            val = parse_number(span.text)
            unit = _money_unit(span.text)
            if val is None or unit is None:
                continue
            _u, _m, srcs, tgts = _money(ent, c)
            measure = _measure_of_money(span)
            if not srcs:
                srcs, conf = _anchor(span.root, c, span.root.head if span.root.dep_ == "nummod" else None)
            if srcs:
                covered.update(range(span.start_char, span.end_char))
                q = Quantity(val, unit, measure, span.text, _approx(pre))
                out.append(_event(document, srcs, tgts, span, q, conf, span.start_char))
            continue
        if label == "QUANTITY":
            m = re.match(r"^(.*?\d[\d,.]*)\s*([a-zA-Z][a-zA-Z. ]*)$", ent.text)
            if not m:
                continue
            val = parse_number(m[1])
            word = m[2].strip().lower()
            word = word[:-1] if word.endswith("s") and word[:-1] in v["units"] else word
            unit = v["units"].get(word)
            if val is None or unit is None:
                continue
            gov = _governor(ent.root)
            measure = gov.lemma_.lower() if gov is not None else "measure"
            for ch in ent.root.children:
                if ch.dep_ == "prep" and ch.lower_ == "of":
                    measure = " ".join(t.text.lower() for t in ch.subtree if t is not ch)
            if unit in v["length_units"]:
                measure = f"distance ({measure})" if measure != "measure" else "distance"
            srcs, conf = _anchor(ent.root, c)
            if srcs:
                out.append(
                    _event(
                        document,
                        srcs,
                        [],
                        ent,
                        Quantity(val, unit, measure, ent.text, _approx(pre)),
                        conf,
                        ent.start_char,
                    )
                )
    # money spaCy did not tag ('1.5 billion euros')
    for m in _MONEY_RE.finditer(doc_text(doc)):
        if any(i in covered for i in range(m.start(), m.end())):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(t.ent_type_ == "MONEY" for t in span):
            continue
        val, unit = parse_number(m[0]), _money_unit(m[0])
        if val is None or unit is None:
            continue
        srcs, conf = _anchor(span.root, c)
        if srcs:
            q = Quantity(val, unit, _measure_of_money(span), m[0], False)
            out.append(_event(document, srcs, [], span, q, conf, m.start()))
    return out


def _percent_noun(ent: Span) -> Token | None:
    doc = ent.doc
    pct = doc[ent.end] if ent.end < len(doc) and doc[ent.end].text == "%" else ent.root
    if pct.dep_ in ("compound", "amod", "nummod") and pct.head.pos_ == "NOUN":
        return pct.head
    return None


def _count(ent: Span, noun: Token | None, val: float, pre: list[Token], c: Any, v: dict):
    """A cardinal as a casualty count or a count of people, weapons or platforms:
    (Quantity or None, sources, targets, confidence)."""
    hit = _casualty(ent.root, c)
    if hit is None and noun is not None and noun is not ent.root:
        hit = _casualty_of(noun, c)
    if hit is not None:
        measure, _w, srcs, tgts = hit
        if noun is not None:
            o_srcs, _ = _owner(noun, c)
            tgts = tgts + [k for k in o_srcs if k not in srcs]
        return Quantity(val, "person", measure, ent.text, _approx(pre)), srcs, tgts, 0.7
    if noun is None:
        return None, [], [], 0.0
    lem = _lemma(noun)
    if lem not in v["_people"] and lem not in v["_counted"]:
        return None, [], [], 0.0
    partitive = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == ent.root
    definite = ("the", "these", "those", "its", "their", "his", "her")
    if (
        not partitive
        and not _approx(pre)
        and any(ch.dep_ in ("det", "poss") and ch.lower_ in definite for ch in noun.children)
    ):
        return None, [], [], 0.0  # 'the two men', 'its three vessels': a reference, not a measurement
    if val < 2:
        return None, [], [], 0.0
    gov = _governor(noun)
    if gov is None and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        verb = noun.head.head.lemma_.lower()  # 'a country of 130 million people'
    else:
        verb = gov.lemma_.lower() if gov is not None else ""
    unit = "person" if lem in v["_people"] else lem
    measure = f"{lem} {verb}".strip() if unit == "person" else (verb or lem)
    srcs: list[str] = []
    if gov is not None and noun.dep_ in ("dobj", "conj"):
        srcs = _clause_subject(gov, c)
    o_srcs, _ = _owner(noun, c)
    if not srcs:
        srcs = o_srcs
    return Quantity(val, unit, measure, ent.text, _approx(pre)), srcs, [], 0.6


def _casualty_of(noun: Token, c: Any):
    """'at least five more people' / 'between 3,000 and 4,000 troops': the casualty test on the noun."""
    if _lemma(noun) not in _vocab()["_people"]:
        return None
    v = noun.head if noun.dep_ in ("dobj", "nsubjpass", "nsubj", "conj", "appos", "attr") else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "including":  # '22 people, including 18 children'
        return _casualty_of(noun.head.head, c) if noun.head.head.pos_ == "NOUN" else None
    for w in [v, *[ch for ch in noun.children if ch.dep_ in ("acl", "amod", "relcl")]]:
        if w is not None:
            measure = _KILL.get(w.lemma_.lower())
            if measure:
                srcs = _clause_subject(w, c) if w.pos_ == "VERB" and noun.dep_ == "dobj" else []
                return measure, w, srcs, []
    return None
