"""Group references: noun phrases that stand for a set of actors already in the discourse.

News reporting refers back to the parties of a conflict or a meeting by a group noun rather than
by name: "Both sides later signed a peace deal", "the three countries agreed", "each side accuses
the other", "both armies remain deployed along the border", "the neighbours", "the pair", "their
two partners". The word lists live in ``kg/data/groups.json``.

* **Size and kind.** The size of the set comes from a number word or determiner ("two", "both",
  "three"; distributive "each"/"either" with a singular noun: a pair); "the neighbours" and "the
  pair" name a pair; a definite number alone ("accused the seven of interference", "the two
  discussed") is a group of that many actors of any kind, persons staying persons. The head noun admits states ("countries", "armies": a person or organization
  counts as its state), persons ("leaders", "the two men") or any actor ("sides", "allies").
  "The three heads of state" is a group of persons (``title_complements``); "the leaders of the
  three countries", "the governments of the Baltic states" stand for the group in their 'of' phrase.
* **Antecedent.** The most recent explicit coordination of exactly that many actors of a fitting
  kind ("A and B", "between A, B and C") in the phrase's sentence before it or up to
  ``window_sentences`` before (``wide_window_sentences`` for a set of three or more, which is rarely
  named twice; persons with no such coordination of persons: a coordination of their states, "the
  presidents of A, B and C ... the three leaders"); for a bare subject "the leaders", "the
  parties" (no number: ``bare_heads``), a coordination of any size in that window and nothing
  else; with no coordination, a region of that many fixed members named just before ("Central
  Asia ... the five former Soviet republics", ``named_sets.regions``); two different such sets in the nearest sentence are ambiguous and
  resolve nothing. Failing that (never inside a quotation): the story's pairing from the entity
  index (:meth:`kg.extract.entities.EntityIndex.collective`), or for a pair the states of the most
  recent bilateral event (:func:`kg.extract.discourse.last_dyad`). The subject of the clause the
  phrase is an object of ("X urged both sides") and a possessor ("its two partners") are never
  members.
* **Reciprocity.** "Each side accused the other": the event holds both ways; "both armies are
  deployed along the border": each faces the other (:func:`reciprocal`, :func:`facing`).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from kg.extract.common import event_like, event_restated, sentence
from kg.resources import load_json

__all__ = ["authors", "facing", "members", "named_set", "reciprocal", "size", "title_of"]

_OBJ = ("dobj", "dative", "obj", "pobj")


def _ev() -> Any:
    from kg.extract import events  # late: events imports this module

    return events


@cache
def _data() -> dict[str, Any]:
    return load_json("groups.json")


@cache
def _kinds() -> dict[str, str]:
    return {w: kind for kind, words in _data()["nouns"].items() for w in words}


def _definite(tok: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "any") for c in tok.children)


def size(tok: Token) -> int | None:
    """How many actors the group phrase headed by ``tok`` names; ``None`` when it is none.

    >>> from kg.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> [size(nlp(s)[i]) for s, i in (("the three countries met", 2), ("Each side blamed", 1), ("the neighbours met", 1))]
    [3, 2, 2]
    >>> [size(nlp(s)[1]) for s in ("three countries met", "each country votes", "a pair of drones")]
    [None, 2, None]
    """
    lem = tok.lemma_.lower()
    data = _data()
    if _headless(tok):
        return data["numbers"][tok.lower_]  # "accused the seven of interference"
    if lem not in _kinds() or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = tok.tag_ in ("NNS", "NNPS")
    if (inner := _of_group_phrase(tok)) is not None:
        return size(inner) or len(_named_isos(inner))  # "the leaders of the three countries"
    if any(c.dep_ == "prep" and c.lower_ == "of" and not title_of(c, lem) for c in tok.children):
        return None  # "a pair of drones", "the leaders of France and Spain"
    for c in tok.children:
        w = c.lower_
        if c.dep_ not in ("nummod", "det", "predet") or w not in data["numbers"]:
            continue
        if w in data["distributive"]:
            return None if plural else data["numbers"][w]
        if not plural or (data["numbers"][w] > 2 and not _definite(tok)):
            return None  # "three countries boycotted": not a reference back
        return data["numbers"][w]
    if lem in data["unnumbered"] and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return 2 if plural or lem == "pair" else None  # "its neighbour": kg.extract.anaphora
    if plural and lem in data["bare_heads"] and tok.dep_ in ("nsubj", "nsubjpass") and _bare(tok, lem):
        return 0  # "The leaders agreed ...": a set of any size, coordinated just before
    return None


def _bare(tok: Token, lem: str) -> bool:
    """'the leaders', 'the foreign ministers', 'the heads of state': 'the' and nothing that says
    whose (groups.json ``bare_about``)."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    if [c.lower_ for c in dets] != ["the"]:
        return False
    mods = _data()["bare_modifiers"]
    return all(
        c.dep_ in ("det", "punct")
        or (c.dep_ in ("amod", "compound") and c.i < tok.i and c.lower_ in mods)
        or (c.dep_ == "prep" and title_of(c, lem))
        for c in tok.children
    )


def _headless(tok: Token) -> bool:
    """'the seven', 'the two' standing alone as a noun phrase (groups.json ``headless_about``)."""
    data = _data()
    return (
        tok.tag_ == "CD"
        and tok.lower_ in data["numbers"]
        and tok.lower_ not in data["distributive"]
        and tok.lower_ != "both"
        and tok.dep_ in data["headless_deps"]
        and [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"]
        and not any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1 and _of_group(c) for c in tok.children
        )
    )


def title_of(prep: Token, lem: str) -> bool:
    """'heads of state', 'heads of government': an 'of' phrase that is part of the title
    (groups.json ``title_complements``), not the group's owner."""
    words = _data()["title_complements"].get(lem, ())
    nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    # the parser often hangs 'state' on the verb ('the heads of state held talks')
    return prep.lower_ == "of" and nxt is not None and nxt.lower_ in words and nxt.tag_ == "NN"


def _of_group_phrase(tok: Token) -> Token | None:
    """'the leaders of the three countries', 'the governments of the Baltic states': the group
    phrase in the 'of' complement of a definite plural of persons or states, which the phrase
    stands for (its states)."""
    if tok.tag_ not in ("NNS", "NNPS") or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    ):
        return None
    if any(c.dep_ in ("nummod", "det", "predet") and c.lower_ in _data()["numbers"] for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj" and p.i > tok.i and (size(p) is not None or _named_isos(p)):
                    return p
    return None


def _of_group(prep: Token) -> bool:
    """'the two of them', 'the three of us': a partitive of a pronoun, not a group of its own."""
    return any(p.dep_ == "pobj" and p.pos_ == "PRON" for p in prep.children)


def _as_kind(k: str, kind: str, ctx: Any) -> str | None:
    """The actor ``k`` counts as in a group of ``kind`` (None: it does not fit)."""
    t = ctx.etype(k)
    if kind == "persons":
        return k if t == "Person" else None
    if kind == "organizations":
        return k if t == "Organization" else None
    if (
        kind == "actors"
    ):  # "the two" alone: persons stay persons ("Tusk spoke with Rutte ... the two discussed")
        return k if t in ("Person", "Country", "IGO", "Organization") else None
    if t == "Country":
        return k
    state = ctx.country(k)
    if kind == "states":
        return state
    if t == "Person":
        return state
    return k if t in ("IGO", "Organization") else None


def _excluded(tok: Token, ctx: Any) -> set[str]:
    """Actors that cannot be members: the subject of the verb the phrase is an object of ("X urged
    both sides"), the possessor ("its two partners")."""
    ev = _ev()
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ == "poss":
            owners = ev.actors_of(c, ctx, depth=1)
            out.update(owners or ["?"])  # an owner not known: no member can be told from it
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    v = top.head
    if top.dep_ == "pobj" and v.dep_ == "agent":
        # "the consensus reached by the two leaders": the agent is the verb's subject itself (and
        # asking for the verb's subjects would ask for this phrase again)
        return out | {ctx.country(k) for k in out if ctx.country(k)}
    if top.dep_ == "pobj" and v.dep_ == "prep":
        v = v.head
    if top.dep_ in _OBJ and v.pos_ in ("VERB", "AUX"):
        out.update(ev._verb_subjects(v, ctx)[0])
    return out | {ctx.country(k) for k in out if ctx.country(k)}


def _coordinations(tok: Token, ctx: Any, n: int, kind: str, excluded: set[str]) -> list[str] | None:
    """The most recent coordination of exactly ``n`` actors of ``kind`` before ``tok`` within the
    window; ``[]`` when the nearest sentence holding one holds two different ones (ambiguous),
    ``None`` when there is none."""
    ev = _ev()
    doc = tok.doc
    sent = sentence(tok)
    data = _data()
    wide = n >= data["wide_set_min"] or kind in data["wide_kinds"]
    window = data["wide_window_sentences"] if wide else data["window_sentences"]
    for _ in range(window + 1):
        end = min(sent.end, tok.left_edge.i)
        found: list[tuple[int, tuple[str, ...]]] = []
        seen: set[int] = set()
        for t in doc[sent.start : end]:
            if t.dep_ == "conj" or t.i in seen or not any(c.dep_ in ("conj", "appos") for c in t.children):
                continue
            conj = ev._conjuncts(t)  # "A, B, C and D", parsed with B in apposition to A
            if len(conj) < 2:
                continue
            conj = _agents_before(t) + conj  # "chaired by A and attended by B and C": A, B and C
            seen.update(c.i for c in conj)
            if max(c.i for c in conj) >= end:
                continue
            keys: list[str] = []
            for c in conj:
                got = [k for k in ev.actors_of(c, ctx, pronouns=False, depth=1) if k]
                keys += [m for k in got if (m := _as_kind(k, kind, ctx))]
            keys = list(dict.fromkeys(keys))
            if (len(keys) == n if n else len(keys) >= 2) and not set(keys) & excluded:
                found.append((max(c.i for c in conj), tuple(keys)))
        if found:
            sets = {frozenset(k) for _, k in found}
            if (
                n == 0
                and len(sets) == 1
                and _others_named(doc[sent.start : end], ctx, kind, set(found[0][1]))
            ):
                return []  # "A met B, while C and D met in E. The leaders agreed": which ones?
            return list(max(found)[1]) if len(sets) == 1 else []
        if sent.start == 0:
            return None
        sent = sentence(doc[sent.start - 1])
    return None


def _agents_before(t: Token) -> list[Token]:
    """The agent of a passive verb that the passive verb of the agent ``t`` is coordinated with
    ("the summit, which was chaired by A and attended by B and C": A, for t = B)."""
    by = t.head
    if t.dep_ != "pobj" or by.dep_ != "agent" or by.head.dep_ != "conj":
        return []
    first = by.head.head
    agent = next((c for c in first.children if c.dep_ == "agent"), None)
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return [obj] if obj is not None and obj.i < t.i else []


def _others_named(span: Any, ctx: Any, kind: str, members: set[str]) -> bool:
    """Whether ``span`` names an actor of ``kind`` outside the coordinated ``members``."""
    for t in span:
        k = ctx.linked(t)
        if k and (m := _as_kind(k, kind, ctx)) and m not in members and k not in members:
            return True
    return False


def _recent_persons(tok: Token, ctx: Any, n: int, excluded: set[str]) -> list[str]:
    """'The two men': exactly ``n`` persons named in the phrase's sentence before it and the sentence
    before that."""
    doc = tok.doc
    start = sentence(doc[sentence(tok).start - 1]).start if sentence(tok).start > 0 else sentence(tok).start
    seen: list[str] = []
    for i in range(start, tok.left_edge.i):
        k = ctx.linked(doc[i])
        if k and ctx.etype(k) == "Person" and k not in seen and k not in excluded:
            seen.append(k)
    return seen if len(seen) == n else []


def named_set(tok: Token, ctx: Any) -> list[str]:
    """The states of a regional name's fixed set ("the three Baltic states" -> Estonia, Latvia,
    Lithuania; ``named_sets`` in groups.json), recorded as entities of the document; ``[]`` for
    any other phrase.

    >>> from kg.nlp import load_pipeline
    >>> from kg.extract import extract_text
    >>> r = extract_text("The Baltic states imposed entry bans on Russian officials.", load_pipeline())
    >>> label = {e.key: e.label for e in r.entities}
    >>> [sorted(label[k] for k in e.sources) for e in r.events if e.category == "SANCTION"]
    [['Estonia', 'Latvia', 'Lithuania']]
    """
    return _record_states(_named_isos(tok), ctx)


def _record_states(isos: list[str], ctx: Any) -> list[str]:
    """Keys of the states ``isos``, recorded as entities of the document."""
    out = []
    for iso in isos:
        e = ctx.index.gazetteer.by_iso3(iso)
        if e is not None:
            ctx.index._record(e.key, e, e.label, "Country")
            ctx.index._keep.add(e.key)
            out.append(e.key)
    return out


def _region_set(tok: Token, ctx: Any, n: int) -> list[str]:
    """'The EU offered Central Asia a package at a summit with the leaders of the five former
    Soviet republics': a group of ``n`` states in a text about a region whose fixed set has ``n``
    members (``named_sets.regions``), the region named in the phrase's sentence or the
    ``window_sentences`` before it, is that set; nothing when two such regions are named."""
    ns = _data()["named_sets"]
    doc = tok.doc
    start = sentence(tok).start
    for _ in range(_data()["window_sentences"]):
        if start == 0:
            break
        start = sentence(doc[start - 1]).start
    text = " " + " ".join(t.lower_ for t in doc[start : sentence(tok).end]) + " "
    hits = {key for name, key in ns["regions"].items() if len(ns["sets"][key]) == n and f" {name} " in text}
    return _record_states(ns["sets"][hits.pop()], ctx) if len(hits) == 1 else []


def _named_isos(tok: Token) -> list[str]:
    """The ISO codes of the fixed set a regional name in the phrase headed by ``tok`` names."""
    ns = _data().get("named_sets")
    if not ns or tok.lower_ not in ns["heads"]:
        return []
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    words = " ".join(c.lower_ for c in sorted(mods, key=lambda c: c.i) if c.lower_ not in _data()["numbers"])
    return next((v for k, v in ns["sets"].items() if words == k or words.endswith(" " + k)), [])


def members(tok: Token, ctx: Any) -> list[str]:
    """The actors the group phrase headed by ``tok`` stands for (``[]``: not a group phrase, or no
    single fitting set).

    >>> from kg.nlp import load_pipeline
    >>> from kg.extract import extract_text
    >>> r = extract_text("Greece and Bulgaria held talks with North Macedonia on Monday. "
    ...     "The three countries agreed to open a new crossing.", load_pipeline())
    >>> sorted(len(e.sources) for e in r.events if e.category == "AGREE")
    [3]
    """
    n = size(tok)
    if n is None:
        return []
    if (inner := _of_group_phrase(tok)) is not None:
        return named_set(inner, ctx) or members(inner, ctx)  # "the leaders of the three countries"
    kind = "actors" if _headless(tok) else _kinds()[tok.lemma_.lower()]
    excluded = _excluded(tok, ctx)
    if "?" in excluded:
        return []
    if (
        n == 0
        and tok.lemma_.lower() in _data()["meetings"]["heads"]
        and len(met := [k for k in _meeting_parties(tok, ctx) if k not in excluded]) >= 2
    ):
        return met  # "took part in a meeting with his counterparts from A, B and C. The participants agreed"
    got = _coordinations(tok, ctx, n, kind, excluded)
    if got == [] and n == 0:
        # "talks between A, B and their counterparts C and D ... the ministers expressed": several
        # coordinations, one meeting of them all
        met = [k for k in _meeting_parties(tok, ctx) if k not in excluded]
        return met if len(met) >= 2 else []
    if got is not None:
        return got
    if kind == "organizations":
        return []  # companies are named in a list or not at all: no story pairing, no event pair
    if n > 2 and (region := [k for k in _region_set(tok, ctx, n) if k not in excluded]):
        return region  # "Central Asia ... the five former Soviet republics"
    if n == 0:  # "The leaders agreed": an explicit coordination just before, of persons or states;
        # failing that, the parties of the latest meeting ("held a summit with A, B and C ... The
        # leaders later issued a joint statement")
        got = (_coordinations(tok, ctx, 0, "states", excluded) or []) if kind == "persons" else []
        met = [k for k in _meeting_parties(tok, ctx) if k not in excluded]
        return got or (met if len(met) >= 2 else [])
    if ctx.speaker_at(tok) is not None:
        return []  # a speaker's "both sides": no guessing at whom they mean
    if kind == "persons":
        # "the five leaders" after "the presidents of A, B, C, D and E": their states
        return _recent_persons(tok, ctx, n, excluded) or _coordinations(tok, ctx, n, "states", excluded) or []
    if kind == "actors" and (people := _recent_persons(tok, ctx, n, excluded)):
        return people  # "Tusk spoke with Rutte, adding that the two had discussed ..."
    resolve = getattr(ctx.index, "collective", None)
    if resolve is not None:
        try:
            story = [k for k in resolve((tok.left_edge.i, tok.i + 1)) if k not in excluded]
        except (KeyError, ValueError, IndexError):
            story = []
        if len(story) == n:
            return story
    if n == 2:
        return _last_event_pair(tok, ctx, kind, excluded)
    return []


def _last_event_pair(tok: Token, ctx: Any, kind: str, excluded: set[str]) -> list[str]:
    """The two actors of the most recent event between two actors of ``kind`` within the window."""
    from kg.extract import discourse

    for other in reversed(getattr(ctx, "drafts", [])):
        if other.tok.i >= tok.i or not discourse._window_ok(other.tok, tok, _data()["window_sentences"]):
            continue
        pair = list(
            dict.fromkeys(m for k in (*other.sources, *other.targets) if (m := _as_kind(k, kind, ctx)))
        )
        if len(pair) == 2 and not set(pair) & excluded:
            return pair
    return []


def _distributive_subject(v: Token) -> Token | None:
    """The subject of ``v`` (or of the verb it completes) when it is 'each/either <noun>'."""
    for h in (v, v.head):
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass") and any(
                d.dep_ == "det" and d.lower_ in _data()["distributive"] for d in c.children
            ):
                return c
        if v.dep_ not in ("xcomp", "acomp", "conj"):
            break
    return None


def reciprocal(v: Token) -> bool:
    """'Each side accused the other of violating the truce': a distributive subject and 'the other'
    as the object or prepositional object of ``v``.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Each side accused the other of violating the truce.")
    >>> reciprocal(doc[2])
    True
    """
    if _distributive_subject(v) is None:
        return False
    objs = [c for c in v.children if c.dep_ in _OBJ]
    objs += [g for p in v.children if p.dep_ in ("prep", "dative") for g in p.children if g.dep_ == "pobj"]
    return any(
        o.lemma_.lower() == "other" and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)
        for o in objs
    )


def facing(v: Token) -> bool:
    """'Both armies remain deployed along the border': a pair named by a group phrase, placed on a
    front (a border, a line of contact), faces each other there."""
    subj = None
    for h in (v, v.head):
        subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or v.dep_ not in ("xcomp", "acomp", "conj"):
            break
    if subj is None or size(subj) != 2:
        return False
    fronts = set(_data()["fronts"])
    return any(
        p.dep_ == "pobj"
        and p.lemma_.lower() in fronts
        and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "their") for d in p.children)
        for p in v.subtree
    )


def host_verbs() -> frozenset[str]:
    return frozenset(_data()["host_verbs"])


def attend_verbs() -> frozenset[str]:
    return frozenset(_data()["attend_verbs"])


def companion_participles() -> frozenset[str]:
    return frozenset(_data()["companion_participles"])


# ---------------------------------------------------------------------------------------------
# participants added to a meeting, a signing or an exercise


def derived(d: Any, event: Any, ctx: Any) -> list[Any]:
    """Further participant pairs of a cooperative event (GUIDELINES: every pair of co-participants of
    talks CONSULT, of a signing AGREE, of a joint exercise COOPERATE):

    * 'signed a pact with Y, along with Z', 'held an exercise with Y, joined by Z': Z with every party;
    * 'X hosted the two leaders', 'X hosted A and B' (persons): the guests meet each other too (a
      larger group phrase, 'hosted the five leaders', is a summit's guests: not every pair met);
    * 'talks between A and B, attended by the US and French ambassadors': the attendees consult the
      parties of the talks.

    >>> from kg.nlp import load_pipeline
    >>> from kg.extract import extract_text
    >>> r = extract_text("Brazil and Argentina signed a trade pact, joined by Uruguay.", load_pipeline())
    >>> sorted((e.sources, e.targets) for e in r.events if e.category == "AGREE")[-1]
    (('Q77',), ('Q155', 'Q414'))
    """
    if event.category not in ("AGREE", "CONSULT", "COOPERATE"):
        return []
    parties = [*event.sources, *event.targets]
    out = []
    new = [k for k in _joiners(d, ctx, event.category) if k not in parties]
    if new and parties:
        out.append(_with(d, event, ctx, list(dict.fromkeys(new)), parties))
    if (
        event.category == "CONSULT"
        and d.tok.pos_ == "VERB"
        and d.tok.lemma_.lower() in host_verbs()
        and len(event.targets) >= 2
        and _guests_together(d.tok, ctx)
    ):
        out.append(_with(d, event, ctx, list(event.targets), []))  # the guests meet each other
    if event.category == "CONSULT" and d.tok.pos_ in ("NOUN", "PROPN"):
        new = [k for k in _attendees(d.tok, ctx) if k not in parties]
        if new and len(parties) >= 2:
            out.append(_with(d, event, ctx, list(dict.fromkeys(new)), parties))
    if d.tok.pos_ == "VERB" and len(parties) >= 2:
        new = [k for k in _talks_attendees(d.tok, ctx) if k not in parties]
        if new:
            out.append(
                event_like(ctx.document, event, "CONSULT", new, parties, trigger_start=d.tok.idx, factor=0.9)
            )
    return out


def _talks_attendees(v: Token, ctx: Any) -> list[str]:
    """'After hours of talks, attended by the US and Chinese ambassadors, both sides agreed': the
    parser hangs the participle that describes the talks on the main verb; the talks noun right
    before its comma is the clause's own setting, so its attendees consulted the clause's parties."""
    ev = _ev()
    out: list[str] = []
    for c in v.children:
        if c.dep_ != "advcl" or c.tag_ != "VBN" or c.lemma_.lower() not in attend_verbs() or c.i < 2:
            continue
        before = c.doc[c.i - 1]
        n = c.doc[c.i - 2] if before.text == "," else before
        trig = ev._match_trigger(n, ev.lexicon()) if n.pos_ == "NOUN" else None
        if trig is None or trig.type != "CONSULT" or ev._negated(c):
            continue
        out += [k for g in c.children if g.dep_ == "agent" for o in g.children for k in ev.actors_of(o, ctx)]
    return out


def _guests_together(v: Token, ctx: Any) -> bool:
    """The object of a host verb names its guests as one party: a group phrase ('the two leaders')
    or a coordination of named persons ('hosted Ruto and Museveni'); not a list of delegations
    ('hosted Qatari and American mediators')."""
    ev = _ev()
    for o in v.children:
        if o.dep_ not in ("dobj", "obj"):
            continue
        if (n := size(o)) is not None:
            # "hosted the two leaders" (a mediation); a summit's "five leaders" need not all have met
            return n == 2
        conj = ev._conjuncts(o)
        keys = [ctx.linked(c) for c in conj]
        if len(conj) >= 2 and all(k and ctx.etype(k) == "Person" for k in keys):
            return True
    return False


def _with(d: Any, event: Any, ctx: Any, new: list[str], parties: list[str]) -> Any:
    """An event of ``event``'s category between ``new`` and ``parties`` (among ``new`` when there are
    no parties), read off the same words, at a lower confidence."""
    return event_like(ctx.document, event, event.category, new, parties, trigger_start=d.tok.idx, factor=0.9)


def _joiners(d: Any, ctx: Any, category: str) -> list[str]:
    """'..., along with Z' / 'together with Z' (agreements and talks; exercises: kg.extract.discourse)
    and '..., joined by Z' / 'accompanied by Z' on the event's clause."""
    ev = _ev()
    out: list[str] = []
    for h in dict.fromkeys((d.anchor, d.tok)):
        for a in h.children:
            if category != "COOPERATE" and a.dep_ in ("prep", "advmod") and a.lower_ in ("along", "together"):
                out += [
                    k
                    for w in a.children
                    if w.dep_ == "prep" and w.lower_ == "with"
                    for o in w.children
                    if o.dep_ == "pobj"
                    for k in ev.actors_of(o, ctx)
                ]
            elif (
                a.dep_ in ("advcl", "acl")
                and a.tag_ == "VBN"
                and a.lemma_.lower() in companion_participles()
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
            ):
                out += [
                    k
                    for g in a.children
                    if g.dep_ == "agent"
                    for o in g.children
                    if o.dep_ == "pobj"
                    for k in ev.actors_of(o, ctx)
                ]
    return out


def _attendees(n: Token, ctx: Any) -> list[str]:
    """'talks between A and B, attended by X' / 'talks ... were attended by X' / 'X attended talks
    between A and B': the actors who attend the talks noun ``n``."""
    ev = _ev()
    verbs = attend_verbs()
    out: list[str] = []
    cands = [c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if n.dep_ == "nsubjpass":
        cands.append(n.head)
    for v in cands:
        if v.lemma_.lower() in verbs and not ev._negated(v):
            out += [
                k for g in v.children if g.dep_ == "agent" for o in g.children for k in ev.actors_of(o, ctx)
            ]
    if n.dep_ in ("dobj", "obj") and n.head.lemma_.lower() in verbs and not ev._negated(n.head):
        out += ev._verb_subjects(n.head, ctx)[0]
    return out


def body_members(tok: Token, ctx: Any) -> list[str]:
    """'The committee, chaired by the US and including France, Lebanon and Israel, met ...': a body
    noun whose own phrase names its chair and members stands for them (every actor named in the
    phrase, a person's title words not counted apart)."""
    if (
        tok.lemma_.lower() not in _data()["bodies"]
        or tok.pos_ != "NOUN"
        or tok.dep_ not in ("nsubj", "nsubjpass")
    ):
        return []  # as an object ("accused the committee of bias") it is the body, not each member
    sub = [t for t in tok.subtree if t.i > tok.i]
    # "The committee, chaired by X and including Y, the UN force Z, A and B, met": a verb has one
    # subject, so a second one after the body is the rest of its member list, split off by the parser
    sub += [t for s in tok.head.children if s.dep_ == tok.dep_ and s.i > tok.i for t in s.subtree]
    cues = set(_data()["member_cues"])
    if not any(t.lower_ in cues or t.lemma_.lower() in cues for t in sub):
        return []
    out: list[str] = []
    for t in sub:
        k = ctx.linked(t)
        if not k:
            continue
        if t.dep_ in ("compound", "amod", "nmod"):
            heads = [t.head, *(a for a in t.head.children if a.dep_ == "appos")]
            if any((h := ctx.linked(x)) and h != k for x in heads):
                continue  # "US Maj Gen Jasper Jeffers", "the UN force Unifil": the named one only
        out.append(k)
    out = list(dict.fromkeys(out))
    return out if len(out) >= 2 else []


def counter_claims(doc: Any, ctx: Any, lx: Any, consumed: set[int]) -> list[Any]:
    """'Each side says the other fired first', 'each blames the other', 'both sides claim the other
    broke the truce': a pair that each report the other's hostile act accuse each other (CAMEO 112,
    both ways). The hostile act itself is not asserted (it is each side's claim)."""
    ev = _ev()
    speech = frozenset(lx.cues["speech_verbs"])
    out: list[Any] = []
    for v in doc:
        if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in speech or ev._negated(v):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or size(subj) != 2:
            continue
        for c in v.children:
            if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
                continue
            other = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if other is None or other.lemma_.lower() != "other" or not _definite(other):
                continue
            trig = ev._match_trigger(c, lx)
            hostile = [t.type for t in lx.verbs.get(c.lemma_.lower(), ()) if t.particle is None]
            if not (trig is not None and trig.type in ev.NEGATIVE or set(hostile) & ev.NEGATIVE):
                continue  # "the other fired first": the act claimed needs no object of its own
            pair = members(subj, ctx)
            if len(pair) != 2:
                continue
            acc = ev.Trigger(
                key="claim", pos="VERB", type="ACCUSE", cameo="112", goldstein=-2.0, mode="allege"
            )
            consumed.add(c.i)
            for a, b in (pair, pair[::-1]):
                d = ev._Draft(acc, v, v, "ACCUSE", "112", -2.0, "allege", (), [a], [b])
                d.trigger_text = f"{v.text} .. {c.text}"
                d = ev._apply_governors(d, v, ctx, lx, consumed)
                if d is not None:
                    out.append(d)
    return out


# ---------------------------------------------------------------------------------------------
# texts that speak for their authors, and the people of a meeting


def authors(tok: Token, ctx: Any) -> list[str]:
    """'The joint statement, adopted by the leaders of A and B, called on C to ...', 'The resolution
    also urged D' (after 'X adopted a resolution'): a text as a clause's subject stands for its
    authors (groups.json ``documents``); ``[]`` for any other phrase.

    >>> from kg.nlp import load_pipeline
    >>> from kg.extract import extract_text
    >>> r = extract_text("Brazil and Chile issued a joint statement on Friday. "
    ...     "The statement urged Venezuela to free the detainees.", load_pipeline())
    >>> sorted(len(e.sources) for e in r.events if e.category == "REQUEST")
    [2]
    """
    docs = _data()["documents"]
    fam = docs["families"].get(tok.lemma_.lower())
    if fam is None or not _text_noun(tok, ctx) or tok.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return []
    return _own_authors(tok, ctx) or (_text_antecedent(tok, ctx, fam) if _definite(tok) else [])


def _text_noun(n: Token, ctx: Any) -> bool:
    """A common noun, or a capitalised one that no entity takes as its name ('The Partnership will
    deepen ...' after 'signed a new Canada-EU Security and Defence Partnership'; not 'the Warsaw Pact')."""
    return n.pos_ == "NOUN" or (n.pos_ == "PROPN" and not ctx.linked(n))


def _own_authors(n: Token, ctx: Any) -> list[str]:
    """The authors the phrase of the text noun ``n`` names: 'adopted/issued by X', 'X's statement',
    'a letter from X', 'the G7 communique'."""
    ev = _ev()
    docs = _data()["documents"]
    verbs = set(docs["author_verbs"])
    out: list[str] = []
    for c in n.children:
        if c.dep_ == "poss":
            out += ev.actors_of(c, ctx) or _bare_people(c, ctx)  # "their statement", "the leaders' statement"
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs and not ev._negated(c):
            out += [
                k for g in c.children if g.dep_ == "agent" for o in g.children for k in ev.actors_of(o, ctx)
            ]
        elif c.dep_ == "prep" and c.lower_ in docs["author_preps"]:
            out += [k for p in c.children if p.dep_ == "pobj" for k in ev.actors_of(p, ctx)]
        elif c.dep_ in ("compound", "amod", "nmod") and c.i < n.i:
            # "the Canada-EU partnership": a name compounded on the modifier too
            mods = [*(g for g in c.children if g.dep_ == "compound" and g.i < c.i), *ev._conjuncts(c)]
            out += [k for cc in mods if (k := ctx.linked(cc))]
    return list(dict.fromkeys(out))


def _issuers(n: Token, ctx: Any) -> list[str]:
    """The authors of an earlier mention ``n`` of a text: named in its phrase, the subject of the
    verb that issues it ('X adopted a resolution'), or of the clause it is the setting of ('In a
    joint statement, A and B said')."""
    ev = _ev()
    if own := _own_authors(n, ctx):
        return own
    while n.dep_ in ("appos", "conj") and n.head.pos_ in ("NOUN", "PROPN") and n.head.i < n.i:
        n = n.head  # "adopted three documents: ..., a joint statement titled ...": the listed text
    v = n.head
    if n.dep_ in _OBJ and v.pos_ == "VERB" and v.lemma_.lower() in _data()["documents"]["author_verbs"]:
        return [] if ev._negated(v) else ev._verb_subjects(v, ctx)[0]
    if n.dep_ == "pobj" and v.lower_ == "in" and v.head.pos_ in ("VERB", "AUX"):
        return ev._verb_subjects(v.head, ctx)[0]
    return []


def _text_antecedent(tok: Token, ctx: Any, fam: str) -> list[str]:
    """The authors of the latest earlier mention of a text of family ``fam`` within the window; a
    definite mention with no authors of its own continues the chain, an indefinite one ends it."""
    docs = _data()["documents"]
    doc = tok.doc
    sent = sentence(tok)
    for _ in range(docs["window_sentences"] + 1):
        end = min(sent.end, tok.left_edge.i)
        found: list[list[str]] = []
        for m in reversed(doc[sent.start : end]):
            if docs["families"].get(m.lemma_.lower()) != fam or not _text_noun(m, ctx):
                continue
            got = _issuers(m, ctx)
            if got:
                found.append(got)
            elif not found and not _definite(m):
                return []  # "according to a statement": a text of unknown authors
        if found:
            return found[0] if all(set(f) == set(found[0]) for f in found) else []
        if sent.start == 0:
            return []
        sent = sentence(doc[sent.start - 1])
    return []


def _bare_people(tok: Token, ctx: Any) -> list[str]:
    """'the leaders' / 'the participants' (a possessor, or a subject with no coordination before it):
    the parties of the latest meeting (groups.json ``meetings``)."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in _data()["bare_heads"]:
        return []
    if [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"] or len(list(tok.children)) > 2:
        return []
    return _meeting_parties(tok, ctx)


def _meeting_parties(tok: Token, ctx: Any) -> list[str]:
    """The parties of the latest meeting (a CONSULT draft with two or more parties) within the
    window before ``tok``; ``[]`` when the nearest such sentence holds meetings of different parties."""
    from kg.extract import discourse

    n = _data()["meetings"]["window_sentences"]
    best: tuple[int, set[frozenset[str]], list[str]] | None = None
    for other in reversed(getattr(ctx, "drafts", [])):
        if other.type != "CONSULT" or not discourse._window_ok(other.tok, tok, n):
            continue
        parties = list(dict.fromkeys((*other.sources, *other.targets)))
        if len(parties) < 2:
            continue
        s = sentence(other.tok).start
        if best is None or s > best[0]:
            best = (s, {frozenset(parties)}, parties)
        elif s == best[0]:
            best[1].add(frozenset(parties))
    if best is None:
        return []
    widest = max(best[1], key=len)
    if any(not p <= widest for p in best[1]):
        return []  # two meetings of different parties in one sentence: which one?
    parties = [k for k in best[2] if k in widest] if widest == frozenset(best[2]) else list(widest)
    # a state stands aside for its leader at the table ("Yoon ... South Korea"); none is its own
    # clause's object ("the participants agreed to support Syria": Syria's minister is not one of them)
    led = {ctx.country(k) for k in parties if ctx.etype(k) == "Person"}
    named = _clause_objects(tok, ctx)
    return [k for k in parties if k not in led and (ctx.country(k) or k) not in named and k not in named]


def _clause_objects(tok: Token, ctx: Any) -> set[str]:
    """The actors (and their states) that are objects in the clause of the subject ``tok`` ('agreed to
    support Syria', 'urged Iran's leaders'), not the places it names ('a corridor through Zambia')."""
    out: set[str] = set()
    for t in tok.head.subtree:
        if tok.left_edge.i <= t.i <= tok.right_edge.i:
            continue
        obj = t.dep_ in _OBJ[:3] or (t.dep_ == "poss" and t.head.dep_ in _OBJ[:3])
        if obj and (k := ctx.linked(t)) is not None:
            out |= {k, ctx.country(k) or k}
    return out


def listed_members(finished: list[tuple[Any, Any]], ctx: Any) -> list[Any]:
    """'China announced countermeasures against seven U.S. companies ... The companies are A, B and
    C': a definite plural group noun identified by a copula (or 'include') with a list of named
    actors of its kind (groups.json ``listed_members``) names the members of the set an event just
    before was aimed at -- the nearest finished event within the window whose trigger phrase holds
    a plural of the same noun; each member is a target of that event too (same source, type and
    codes; the sentence of the list as evidence)."""
    if not finished:
        return []
    ev = _ev()
    cfg = _data()["listed_members"]
    doc = finished[0][0].tok.doc
    from kg.extract import discourse

    out: list[Any] = []
    for v in doc:
        if v.lemma_.lower() not in cfg["verbs"] or v.pos_ not in ("AUX", "VERB"):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subj) != 1:
            continue
        s = subj[0]
        lem = s.lemma_.lower()
        kind = _kinds().get(lem)
        if (
            kind is None
            or s.tag_ not in ("NNS", "NNPS")
            or not any(c.dep_ == "det" and c.lower_ in cfg["determiners"] for c in s.children)
        ):
            continue
        if any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in s.children):
            continue  # "the companies' executives", "the companies on the list": not the set itself
        listed = [c for c in v.children if c.dep_ in ("attr", "dobj")]
        if len(listed) != 1:
            continue
        members: list[str] = []
        for c in ev._conjuncts(listed[0]):
            members += [
                m for k in ev.actors_of(c, ctx, pronouns=False, depth=1) if (m := _as_kind(k, kind, ctx))
            ]
        members = list(dict.fromkeys(members))
        if len(members) < 2:
            continue
        for d, e in reversed(finished):
            if d.tok.i >= s.i or not discourse._window_ok(d.tok, s, cfg["window_sentences"]):
                continue
            if e.category not in cfg["types"] or not e.sources:
                continue
            phrase = [t for t in d.tok.subtree if sentence(t) == sentence(d.tok)]
            if not any(t.lemma_.lower() == lem and t.tag_ in ("NNS", "NNPS") for t in phrase):
                continue
            new = [k for k in members if k not in e.sources and k not in e.targets]
            if new:
                out.append(event_restated(ctx.document, e, list(e.sources), new, v, factor=cfg["factor"]))
            break
    return out
