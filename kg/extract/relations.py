"""Standing relations ALLY and MEMBER_OF from noun, apposition and possessive patterns.

:mod:`kg.extract.events` codes a standing relation when a trigger word has its participants in its
own phrase ("a member of NATO", "Pakistan is China's closest ally", "joined NATO"). Reporting states
alliances and memberships in many other shapes, which this module reads (word lists in
``kg/data/relation_lexicon.json``, with sources):

* **Named groups with their members** (MEMBER_OF for each listed state): "Britain, France and
  Germany - the so-called E3 -", "the Quad (the US, Japan, India and Australia)", "the Quad, which
  groups ...", "X, Y and Z, known as the Quad,".
* **Chairing** (MEMBER_OF): "the Philippines, which chairs ASEAN", "Laos holds the rotating
  presidency of ASEAN", "the Minsk Group, co-chaired by France, Russia and the US": these offices
  rotate among member states.
* **Admission**: "Timor-Leste was admitted to ASEAN".
* **Member nouns**: "Guyana, one of its members" (its = the group that is the clause's subject),
  "the bloc's newest member, Sweden" (the bloc = the group named last), "Finland and Sweden, NATO's
  newest members," (also when the parser attaches the apposition as a conjunct), "Poland and fellow
  NATO members Estonia and Latvia". Denying modifiers ("a former member", "an aspiring member",
  "an observer") and negation assert nothing; a withdrawal ("left ECOWAS") is the event extractor's
  SANCTION 'withdraw' (PLOVER), never a membership.
* **Ally nouns**: "Armenia and its ally Russia", "U.S. ally Japan", "its partners China and Iran";
  "a NATO ally" / "its NATO allies" is membership in the alliance, not an ALLY of it.
* **Stated regard**: "Japan counts the US as its closest ally", "India regards France as a
  strategic partner", "Vietnam described ties with Australia as a strategic partnership" (a trade
  partner, a partner in talks, a negated or 'no longer' regard assert nothing).
* **Hyphenated pacts**: "the US-Japan alliance", "the Japan-U.S. Security Treaty", "the
  Russia-Belarus defence pact", "the India-France strategic partnership" (a trade pact is none).
* **'allied' as a modifier**: "Iran-allied militias"; "fought government troops and allied
  militias" is no alliance of the fighters with the militias; "an Iran-aligned Yemeni group" allies
  Iran with the group the apposition names, not with Yemen.
* **Fronted 'as' phrases**: "As Serbia's strategic partner, Russia ...", "As a NATO member, Turkey ...".
* **Self-description**: "Japan considers the US its most important ally", "X called Y one of our
  closest allies" (a third party's characterisation is none).
* **Pacts by their parties**: named treaties read by their 'on'/'of' phrase ("the Treaty on Allied
  Relations"), two or more co-signatories or founders ("the three juntas formed the Alliance of Sahel
  States": every pair; founders of a group are its members), office-holders standing for their states.
* **Counted groups**: "the two allies", "Moscow urged its two allies": the pair already named.
* **Not stated**: denied ("officials denied that ..."), observers' views ("analysts say ..."), future
  and hypothetical alliances; an alliance official's "our ally X" is X's membership.

:func:`merge` joins these relations with the event extractor's own (one per pair and sentence) and
corrects two readings of its ALLY rule (an alliance organisation as "ally", the adjective "allied"
parsed as a verb).
"""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from kg.extract.common import make_event, sentence
from kg.resources import load_json
from kg.types import Event

__all__ = ["find_relations", "lexicon", "merge"]

_MATCHERS: dict[int, Matcher] = {}


@cache
def lexicon() -> dict[str, Any]:
    """The relation lexicon (``kg/data/relation_lexicon.json``), read once per process.

    >>> "so-called" in lexicon()["group"]["naming_cues"]
    True
    """
    return load_json("relation_lexicon.json")


def _ev() -> Any:
    from kg.extract import events

    return events


def _matcher(vocab: Vocab) -> Matcher:
    m = _MATCHERS.get(id(vocab))
    if m is None:
        lx = lexicon()
        m = Matcher(vocab)
        m.add("CHAIR_V", [[{"LEMMA": {"IN": lx["chair"]["verbs"]}, "POS": {"IN": ["VERB", "AUX"]}}]])
        m.add("CHAIR_N", [[{"LOWER": {"IN": [w for w in lx["chair"]["nouns"] if " " not in w]}}]])
        m.add("ADMIT", [[{"LEMMA": {"IN": lx["admit"]["verbs"]}, "POS": "VERB"}]])
        m.add("MEMBER", [[{"LEMMA": "member", "POS": {"IN": ["NOUN", "PROPN"]}}]])
        m.add("DELEGATES", [[{"LEMMA": {"IN": lx["member"]["delegate_nouns"]}, "POS": "NOUN"}]])
        m.add("ALLY", [[{"LOWER": {"IN": lx["ally"]["nouns"]}, "POS": {"IN": ["NOUN", "PROPN"]}}]])
        m.add(
            "PACT",
            [[{"LEMMA": {"IN": lx["ally"]["pact_heads"]}}], [{"LOWER": {"IN": ["alliance", "treaty"]}}]],
        )
        m.add("ALLIED", [[{"LOWER": {"IN": lx["ally"]["allied"]}}]])
        m.add(
            "MAKEUP",
            [
                [
                    {
                        "LEMMA": {"IN": ["make", "constitute", "compose", *lx["group"]["founding_verbs"]]},
                        "POS": "VERB",
                    }
                ]
            ],
        )
        _MATCHERS[id(vocab)] = m
    return m


@cache
def _match_words() -> tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]:
    """:func:`_matcher`'s patterns as (label, attribute, words, parts of speech or empty: any), in
    its order; PACT's two patterns are one label matched once."""
    lx = lexicon()
    nv, pv = frozenset({"NOUN", "PROPN"}), frozenset({"VERB"})
    return (
        ("CHAIR_V", "lemma", frozenset(lx["chair"]["verbs"]), frozenset({"VERB", "AUX"})),
        ("CHAIR_N", "lower", frozenset(w for w in lx["chair"]["nouns"] if " " not in w), frozenset()),
        ("ADMIT", "lemma", frozenset(lx["admit"]["verbs"]), pv),
        ("MEMBER", "lemma", frozenset({"member"}), nv),
        ("DELEGATES", "lemma", frozenset(lx["member"]["delegate_nouns"]), frozenset({"NOUN"})),
        ("ALLY", "lower", frozenset(lx["ally"]["nouns"]), nv),
        ("PACT", "lemma", frozenset(lx["ally"]["pact_heads"]), frozenset()),
        ("PACT", "lower", frozenset({"alliance", "treaty"}), frozenset()),
        ("ALLIED", "lower", frozenset(lx["ally"]["allied"]), frozenset()),
        ("MAKEUP", "lemma", frozenset({"make", "constitute", "compose", *lx["group"]["founding_verbs"]}), pv),
    )


def _matches(doc: Any) -> list[tuple[str, int]]:
    """(label, token index) of every match of :func:`_matcher` over ``doc``, in its order (by
    token, then pattern): the same single-token patterns tested as set lookups, a Python
    predicate call per token and pattern fewer."""
    pats = _match_words()
    lemmas = frozenset().union(*(w for _, a, w, _ in pats if a == "lemma"))
    lowers = frozenset().union(*(w for _, a, w, _ in pats if a == "lower"))
    out: list[tuple[str, int]] = []
    for tok in doc:
        lemma, lower = tok.lemma_, tok.lower_
        if lemma not in lemmas and lower not in lowers:
            continue  # no pattern's word
        pos = tok.pos_
        last = ""
        for label, attr, words, tags in pats:
            if (lemma if attr == "lemma" else lower) in words and (not tags or pos in tags) and label != last:
                out.append((label, tok.i))
                last = label
    return out


# ---------------------------------------------------------------------------------------------
# helpers


def _record(k: str, ctx: Any) -> Any:
    """The entity of ``k`` for reading a field: the index's record when there is one (no Entity
    built, its aliases sorted, per question), else ``ctx.entity`` (None when unknown)."""
    records = getattr(getattr(ctx, "index", None), "_records", None)
    return records.get(k) if records is not None else ctx.entity(k)


def _privative(k: str, ctx: Any) -> bool:
    """A name linked from a privative modifier ('a non-NATO ally'): no actor."""
    label = str(getattr(_record(k, ctx), "label", "")).lower()
    return label.startswith(("non-", "non "))


def _is_group(k: str | None, ctx: Any) -> bool:
    """An IGO or alliance, or a named group of states (an organization acting for no one state)."""
    if k is None:
        return False
    t = ctx.etype(k)
    if _privative(k, ctx):
        return False
    if t == "IGO":
        return True
    e = _record(k, ctx)
    return t == "Organization" and getattr(e, "country", None) is None and getattr(e, "subtype", None) is None


@cache
def _known_members() -> dict[str, frozenset[str]]:
    """Member states (ISO3) of gazetteer IGOs, by QID and label, where the gazetteer tracks them."""
    out: dict[str, frozenset[str]] = {}
    for g in load_json("gazetteer/igos.json")["igos"]:
        if g.get("members"):
            for k in (g.get("wikidata"), g["label"]):
                if k:
                    out[k] = frozenset(g["members"])
    return out


def _other_group(group: str, states: list[str], ctx: Any) -> bool:
    """A list of states that contradicts the gazetteer's members of the group the name was linked
    to ('the US, Saudi Arabia, Egypt and the UAE - the so-called Quad' is not the Indo-Pacific
    Quad): the text names another group of the same short name."""
    e = ctx.entity(group)
    # by QID, else by any name: the label may be the document's ("the Quad"), the gazetteer's is an alias
    names = (getattr(e, "wikidata", None), getattr(e, "label", None), *getattr(e, "aliases", ()))
    members = _known_members()
    known = next((members[n] for n in names if n and n in members), None)
    if not known:
        return False
    isos = [getattr(ctx.entity(k), "iso3", None) for k in states]
    return any(i and i not in known for i in isos)


def _verb_in(tok: Token, lemmas: list[str]) -> bool:
    """``tok`` is one of the verbs ``lemmas`` (by lemma, or by inflected form when the lemmatizer
    errs: 'hopes' -> 'hop')."""
    if tok.lemma_.lower() in lemmas:
        return True
    w = tok.lower_
    return any(
        w in (v + "s", v + "es", v + "d", v + "ed", v + "ing", v[:-1] + "ing", v[:-1] + "ies") for v in lemmas
    )


def _state(k: str, ctx: Any) -> bool:
    return ctx.etype(k) == "Country"


def _mention_ending(i: int, ctx: Any) -> Any:
    m = ctx.index.at_token(i)
    return m if m is not None and m.end - 1 == i else None


def _states_of(tok: Token, ctx: Any) -> list[str]:
    return [k for k in _ev().actors_of(tok, ctx, pronouns=False) if _state(k, ctx)]


def _groups_of(tok: Token, ctx: Any) -> list[str]:
    return [k for k in _ev().actors_of(tok, ctx, pronouns=False) if _is_group(k, ctx)]


def _denied(tok: Token, lx: dict[str, Any], deny_key: str = "member") -> bool:
    """'a former member', 'non-member', 'an aspiring member', 'is not a member', 'no longer an ally'
    (an ally's own modifiers: only 'former' and its kin; 'a non-NATO ally' is still an ally)."""
    deny = set(lx[deny_key]["deny"])
    keep = set(lx["member"]["non_but_member"])
    left = [t for t in tok.subtree if t.i < tok.i] + [tok.doc[j] for j in range(max(tok.i - 2, 0), tok.i)]
    for t in left:
        if t.lower_ in deny:
            nxt = [x for x in tok.doc[t.i + 1 : t.i + 3] if x.text != "-"]
            if t.lower_.startswith("non") and nxt and nxt[0].lower_ in keep:
                continue  # "a non-permanent member of the Security Council" is a member
            return True
    if any(tok.lower_.startswith(p) for p in ("non-", "ex-")):
        return True
    if any(t.lower_ in ("neither", "nor") for t in tok.subtree):
        return True
    head = tok.head
    for t in (tok, head):
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if any(c.lower_ == "longer" and c.i > 0 and c.nbor(-1).lower_ == "no" for c in t.children):
            return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _group_before(tok: Token, ctx: Any, sentences: int = 5) -> str | None:
    """The group named last before ``tok`` within a few sentences ('the bloc' -> ASEAN)."""
    doc = tok.doc
    sent_starts = [s.start for s in doc.sents if s.start <= tok.i]
    lo = sent_starts[-sentences] if len(sent_starts) >= sentences else 0
    for i in range(tok.i - 1, lo - 1, -1):
        m = ctx.index.at_token(i)
        if m is not None and _is_group(m.key, ctx):
            return m.key
    return None


def _group_ref(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[str]:
    """The group a possessor or of-object names: linked, a pronoun ('its' = the clause's group
    subject or the group named last) or a definite descriptor ('the bloc', 'the alliance')."""
    got = _groups_of(tok, ctx)
    if got:
        return got
    if tok.lower_ in ("its", "their"):
        v = tok
        while v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
            v = v.head
        subj = (
            [k for k in _ev()._verb_subjects(v, ctx)[0] if _is_group(k, ctx)]
            if v.pos_ in ("VERB", "AUX")
            else []
        )
        if subj:
            return subj
        g = _group_before(tok, ctx, sentences=2)
        return [g] if g else []
    if tok.lemma_.lower() in lx["member"]["descriptors"] and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
    ):
        g = _group_before(tok, ctx)
        return [g] if g else []
    return []


def _following_names(tok: Token, ctx: Any) -> list[str]:
    """States named right after a title-like noun: 'its ally Russia', 'member states Hungary and
    Poland' (the name is the noun's head, an apposition or a loosely attached subject)."""
    if tok.i + 1 >= len(tok.doc):
        return []
    nxt = tok.doc[tok.i + 1]
    if nxt.i >= sentence(tok).end or ctx.index.at_token(nxt.i) is None:
        return []
    m = ctx.index.at_token(nxt.i)
    if m.start != nxt.i or not _state(m.key, ctx):
        return []
    head = tok.doc[m.end - 1]
    while head.head.i in range(m.start, m.end) and head.head.i != head.i:
        head = head.head
    return list(dict.fromkeys([m.key, *_states_of(head, ctx)]))


def _appositive_heads(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[str]:
    """The states a noun phrase describes: the head it is in apposition to ('Poland, a NATO member'),
    'one of' under an apposition ('Guyana, one of its members'), the copular subject ('X is a member
    of'), a misparsed apposition ('Finland and Sweden, NATO's newest members,' as a conjunct)."""
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in lx["member"]["one_of"]:
        t = t.head.head
    for _ in range(4):  # "X and Y, both nuclear powers and permanent members of ...": the first description
        if t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN") and not ctx.linked(t.head):
            t = t.head
        elif t is not tok and t.dep_ == "pobj" and t.head.head.dep_ == "appos" and t.head.head.pos_ == "NOUN":
            t = t.head.head  # "..., both parties to the accord and members of ...": misparsed conjunct
        else:
            break
    if t.dep_ == "appos":
        return _states_of(t.head, ctx)
    if t.dep_ == "attr" and t.head.lemma_ in ("be", "become", "remain"):
        return [k for k in _ev()._verb_subjects(t.head, ctx)[0] if _state(k, ctx)]
    if t.dep_ == "oprd":  # "making France the first EU member"
        return [k for c in t.head.children if c.dep_ in ("dobj", "obj") for k in _states_of(c, ctx)]
    small = [c for c in t.children if c.dep_ == "nsubj" and c.i < t.i]
    if small and (t.head.lemma_ == "make" or t.head.head.lemma_ == "make"):
        # "making Italy the first EU member to hold ...", parsed as a clause with Italy as the noun's subject
        return [k for c in small for k in _states_of(c, ctx)]
    if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
        # "Brazil and India, both members of the G20, rejected ...": the apposition parsed as a
        # second subject of the verb; the first subject, before the comma, is what it describes
        first = [
            c for c in t.head.children if c.dep_ == t.dep_ and c.i < t.i and c.right_edge.i < t.left_edge.i
        ]
        if first:
            return _states_of(first[-1], ctx)
    if t.dep_ == "conj" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
        first = t
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        conj_before = [c for c in _ev()._conjuncts(first) if c.i < t.i]
        if any(c.dep_ == "cc" for x in conj_before for c in x.children if c.i < t.i):
            return [
                k for c in conj_before for k in ([ctx.linked(c)] if ctx.linked(c) else []) if _state(k, ctx)
            ]
    return []


def _as_role_of(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[str]:
    """The states a fronted 'as' phrase describes: the subject of the clause it opens ('As Serbia's
    strategic partner, Russia will veto ...', 'As a NATO member, Turkey is bound ...'); not the
    regarded object of 'sees Y as' ('Japan sees the US as its ally' is :func:`_regarded_as`)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return []
    v = prep.head
    if v.pos_ not in ("VERB", "AUX") or prep.i > v.i:
        return []
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (
        not subj
        or subj[0].i < prep.i
        or _verb_in(v, lx["ally"]["regard_verbs"] + lx["ally"]["describe_verbs"])
    ):
        return []
    return [k for k in _ev().actors_of(subj[0], ctx, pronouns=False) if _state(k, ctx)]


def _listed(tok: Token, ctx: Any) -> list[str]:
    """States a noun lists: appositions, 'such as'/'including'/'like' objects, the name it titles."""
    out: list[str] = []
    for c in tok.children:
        if c.dep_ == "appos":
            out += _states_of(c, ctx)
        elif c.dep_ == "prep" and c.lower_ in ("including", "like", "as"):
            out += [k for p in c.children if p.dep_ == "pobj" for k in _states_of(p, ctx)]
        elif c.dep_ == "amod" and c.lower_ == "such":
            out += [k for p in c.children if p.dep_ == "prep" for q in p.children for k in _states_of(q, ctx)]
    if tok.dep_ == "compound" and tok.head.i > tok.i:  # "NATO member Poland"
        out += _states_of(tok.head, ctx)
    out += _following_names(tok, ctx)
    return list(dict.fromkeys(out))


def _owner_from_conj(tok: Token, ctx: Any) -> list[str]:
    """'Armenia and its ally Russia', 'Hungary and fellow members': the coordinated actor."""
    if tok.dep_ == "conj":
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return [
            k
            for c in _ev()._conjuncts(first)
            if c.i < tok.i
            for k in ([ctx.linked(c)] if ctx.linked(c) else [])
        ]
    return []


# ---------------------------------------------------------------------------------------------
# rules: each returns (category, sources, targets, anchor, pattern)

_Found = tuple[str, list[str], list[str], Token, str]


def _scan_states_back(i: int, sent: Span, ctx: Any, gaps: set[str]) -> tuple[list[str], bool]:
    """Country mentions in a list ending at token ``i`` (backwards); second: the list has 'and'."""
    out: list[str] = []
    has_and = False
    while i >= sent.start:
        m = _mention_ending(i, ctx)
        if m is None or not _state(m.key, ctx):
            break
        out.append(m.key)
        j = m.start - 1
        sep = False
        while j >= sent.start and sent.doc[j].lower_ in gaps:
            sep = sep or sent.doc[j].lower_ != "the"
            has_and = has_and or sent.doc[j].lower_ in ("and", "&")
            j -= 1
        if not sep:
            break
        i = j
    return list(dict.fromkeys(reversed(out))), has_and


def _scan_states_fwd(i: int, sent: Span, ctx: Any, gaps: set[str]) -> tuple[list[str], int]:
    out: list[str] = []
    last = i
    while i < sent.end:
        m = ctx.index.at_token(i)
        if m is None or not _state(m.key, ctx):
            if sent.doc[i].lower_ == "the" and i + 1 < sent.end:
                m2 = ctx.index.at_token(i + 1)
                if m2 is not None and _state(m2.key, ctx):
                    i += 1
                    continue
            break
        out.append(m.key)
        last = m.end
        j = m.end
        while j < sent.end and sent.doc[j].lower_ in gaps:
            j += 1
        if j == m.end:
            break
        i = j
    return list(dict.fromkeys(out)), last


def _group_lists(sent: Span, ctx: Any, lx: dict[str, Any]) -> list[_Found]:
    g = lx["group"]
    opens, closes = set(g["open"]), set(g["close"])
    naming, cues, gaps, intro = set(g["naming"]), set(g["naming_cues"]), set(g["list_gap"]), set(g["intro"])
    doc = sent.doc
    out: list[_Found] = []
    for m in ctx.index.in_span(sent):
        if not _is_group(m.key, ctx):
            continue
        # states listed before the group: "X, Y and Z - the so-called E3 -"
        i, opener, cue = m.start - 1, None, False
        while i >= sent.start and (doc[i].lower_ in naming or doc[i].text in opens):
            if doc[i].text in opens and doc[i].lower_ != "-" or doc[i].text == "-" and opener is None:
                opener = doc[i].text if opener is None or doc[i].text in ("(", ",") else opener
            cue = cue or doc[i].lower_ in cues
            i -= 1
        after = doc[m.end] if m.end < sent.end else None
        closed = after is None or after.text in closes
        if opener is not None or cue:
            states, has_and = _scan_states_back(i, sent, ctx, gaps)
            later = doc[m.end + 1] if m.end + 1 < sent.end else None
            coord = (
                later is not None
                and after is not None
                and after.text == ","
                and later.lower_ in ("and", "or")
            )
            ok = len(states) >= 2 and not coord and (closed or cue)
            if opener == "," and not cue:
                ok = ok and has_and
            if opener == "(":
                ok = ok and after is not None and after.text == ")"
            if ok:
                if not _other_group(m.key, states, ctx):
                    out += [("MEMBER_OF", [s], [m.key], doc[m.start], "group_list") for s in states]
                continue
        # states listed after the group: "the Quad (the US, Japan, India and Australia)"
        j = m.end
        opener = doc[j].text if j < sent.end and doc[j].text in opens else None
        if opener is not None:
            j += 1
        said = False
        while j < sent.end and doc[j].lower_ in intro:
            said = said or doc[j].lower_ not in ("the", "which", "that", "is", "are")
            j += 1
        if opener is None and not said:
            continue
        if opener == "," and not said:
            continue
        states, end = _scan_states_fwd(j, sent, ctx, gaps)
        nxt = doc[end] if end < sent.end else None
        if len(states) < 2:
            continue
        if opener == "(" and (nxt is None or nxt.text != ")"):
            continue
        if opener not in (None, "(") and nxt is not None and nxt.text not in closes:
            continue
        if _other_group(m.key, states, ctx):
            continue
        out += [("MEMBER_OF", [s], [m.key], doc[m.start], "group_list") for s in states]
    return out


def _chair_verb(tok: Token, ctx: Any) -> list[_Found]:
    ev = _ev()
    if ev._negated(tok):
        return []
    groups = [
        k
        for c in tok.children
        if c.dep_ in ("dobj", "obj", "nsubjpass") or c.dep_ == "prep" and c.lower_ in ("over", "of")
        for p in ([c] if c.dep_ != "prep" else [x for x in c.children if x.dep_ == "pobj"])
        for k in _groups_of(p, ctx)
    ]
    if tok.dep_ == "relcl" and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in ("which", "that") for c in tok.children
    ):  # "BRICS, which South Africa chairs this year"
        groups += _groups_of(tok.head, ctx)
    states = []
    agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if agents:  # "the Minsk Group, co-chaired by France, Russia and the US"
        states = [k for p in agents for k in _states_of(p, ctx)]
        if tok.dep_ == "acl":
            groups += _groups_of(tok.head, ctx)
    else:
        states = [k for k in ev._verb_subjects(tok, ctx)[0] if _state(k, ctx)]
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
            subj = [tok.head]
        nouns = set(lexicon()["chair"]["state_nouns"])
        if any(t.pos_ == "NOUN" and t.lemma_.lower() not in nouns for t in subj):
            states = []  # "the American judge who presides over the court": a person, not the state
    return [
        ("MEMBER_OF", [s], [g], tok, "chair") for s in dict.fromkeys(states) for g in dict.fromkeys(groups)
    ]


def _chair_noun(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[_Found]:
    if tok.pos_ not in ("NOUN", "PROPN") or _denied(tok, lx):
        return []
    groups: list[str] = []
    states: list[str] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            groups += [k for p in c.children if p.dep_ == "pobj" for k in _group_ref(p, ctx, lx)]
        elif c.dep_ in ("compound", "poss", "nmod", "amod") and c.i < tok.i:
            for t in c.subtree:
                k = ctx.linked(t)
                if k and _is_group(k, ctx):
                    groups.append(k)
                elif k and _state(k, ctx) and c.dep_ == "poss":
                    states.append(k)
            if (
                c.dep_ == "poss"
                and c.lower_ in ("its", "their")
                and tok.dep_ in ("dobj", "obj")
                and tok.head.pos_ in ("VERB", "AUX")
            ):  # "Brazil is using its G20 presidency": the subject of the verb whose object it is
                states += [k for k in _ev()._verb_subjects(tok.head, ctx)[0] if _state(k, ctx)]
    if not groups:
        return []
    states += _listed(tok, ctx) + _appositive_heads(tok, ctx, lx) + _as_role_of(tok, ctx, lx)
    h = tok.head
    if (
        tok.dep_ in ("dobj", "obj")
        and h.lemma_.lower() in lx["chair"]["holding_verbs"]
        and not _ev()._negated(h)
    ):
        states += [k for k in _ev()._verb_subjects(h, ctx)[0] if _state(k, ctx)]
    return [
        ("MEMBER_OF", [s], [g], tok, "chair") for s in dict.fromkeys(states) for g in dict.fromkeys(groups)
    ]


def _admit(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[_Found]:
    ev = _ev()
    if ev._negated(tok) or ev._conditional(tok):
        return []
    groups = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in lx["admit"]["preps"]:
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.lemma_.lower() == "member":
                    groups += [k for x in p.children for k in _group_ref(x, ctx, lx)]
                    groups += [
                        k
                        for x in p.children
                        if x.dep_ == "prep"
                        for q in x.children
                        for k in _group_ref(q, ctx, lx)
                    ]
                else:
                    groups += _groups_of(p, ctx)
    if not groups:
        return []
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if passive:
        states = [k for c in passive for k in _states_of(c, ctx)]
    else:
        states = [k for c in tok.children if c.dep_ in ("dobj", "obj") for k in _states_of(c, ctx)]
    return [
        ("MEMBER_OF", [s], [g], tok, "admit") for s in dict.fromkeys(states) for g in dict.fromkeys(groups)
    ]


def _make_up(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[_Found]:
    """'X, Y and Z make up / constitute the E3', '... which together form the AES', 'X, Y and Z
    founded the CSTO': two or more named states and a group object (founders are members)."""
    ev = _ev()
    lemma = tok.lemma_.lower()
    if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return []
    if ev._negated(tok):
        return []
    states = [k for k in ev._verb_subjects(tok, ctx)[0] if _state(k, ctx)]
    groups = [k for c in tok.children if c.dep_ in ("dobj", "obj") for k in _groups_of(c, ctx)]
    if len(states) < 2:
        return []
    return [("MEMBER_OF", [s], [g], tok, "group_list") for s in states for g in dict.fromkeys(groups)]


def _member(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[_Found]:
    if _denied(tok, lx):
        return []
    groups: list[str] = []
    for c in tok.children:
        if c.dep_ == "poss":
            groups += _group_ref(c, ctx, lx)
        elif c.dep_ == "prep" and c.lower_ in ("of", "in"):
            groups += [k for p in c.children if p.dep_ == "pobj" for k in _group_ref(p, ctx, lx)]
    groups += [
        k
        for t in tok.subtree
        if t.i < tok.i
        for k in ([ctx.linked(t)] if _is_group(ctx.linked(t), ctx) else [])
    ]
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in ("state", "country", "nation"):
        groups += [
            k
            for t in tok.head.subtree
            if t.i < tok.i
            for k in ([ctx.linked(t)] if _is_group(ctx.linked(t), ctx) else [])
        ]
    if not groups:
        return []
    top = (
        tok.head
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in ("state", "country", "nation")
        else tok
    )
    states = _listed(top, ctx) + _appositive_heads(top, ctx, lx) + _as_role_of(top, ctx, lx)
    if any(c.lower_ in lx["member"]["fellow"] for c in top.children):
        states += [k for k in _owner_from_conj(top, ctx) if _state(k, ctx)]
        states += _both_states(top, ctx)
    if states:
        states += _companions(tok, ctx, lx)
    return [
        ("MEMBER_OF", [s], [g], tok, "member_noun")
        for s in dict.fromkeys(states)
        for g in dict.fromkeys(groups)
    ]


def _delegates(tok: Token, ctx: Any) -> list[_Found]:
    """'Pacific Islands Forum leaders, including New Zealand's prime minister', 'EU leaders, including
    Hungary's Viktor Orban': the states of the leaders a group's plural names sit in the group."""
    if tok.tag_ != "NNS":
        return []
    groups = [
        k
        for c in tok.children
        if c.dep_ in ("compound", "poss") and (k := ctx.linked(c)) and _is_group(k, ctx)
    ]
    if not groups:
        return []
    listed = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "including" for p in c.children]
    states = [
        s
        for p in listed
        for k in _ev().actors_of(p, ctx, pronouns=False)
        if _state(s := ctx.country(k) or k, ctx)
    ]
    return [("MEMBER_OF", [s], [g], tok, "member_noun") for s in dict.fromkeys(states) for g in groups]


def _companions(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[str]:
    """States a member noun names as fellow members: 'X, a founding member of BRICS with Brazil,
    Russia, India and China' (the 'with'/'alongside' phrase on the noun or on its group, and the
    further list items the parser hangs on the noun as conjuncts)."""
    preps = set(lx["member"]["companion_preps"])
    heads = [tok] + [
        p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for p in c.children
    ]
    withs = [
        p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
    ]
    if not withs:
        return []
    out = [k for p in withs if p.dep_ == "pobj" for k in _states_of(p, ctx)]
    out += [k for c in tok.children if c.dep_ == "conj" and c.i > withs[0].i for k in _states_of(c, ctx)]
    return out


def _both_states(tok: Token, ctx: Any) -> list[str]:
    """'China is South Africa's largest trading partner, and both are fellow members of BRICS':
    'both' as the subject of the copula stands for the two states named before it in the sentence."""
    if tok.dep_ != "attr":
        return []
    subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ != "both" or list(subj[0].children):
        return []
    before = [m.key for m in ctx.index.in_span(sentence(tok)) if m.end <= subj[0].i and _state(m.key, ctx)]
    before = list(dict.fromkeys(before))
    return before if len(before) == 2 else []


def _pair_word(tok: Token) -> bool:
    """'the two allies', 'both allies' (no other modifier naming whose allies they are)."""
    return any(
        (c.dep_ == "nummod" and c.lower_ in ("two", "2"))
        or (c.dep_ in ("det", "predet") and c.lower_ == "both")
        for c in tok.children
    ) and not any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c in tok.children)


def _ally(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[_Found]:
    a = lx["ally"]
    if _denied(tok, lx, "ally"):
        return []
    is_partner = tok.lower_.startswith("partner")
    mods = {t.lower_ for t in tok.subtree if t.i < tok.i}
    if is_partner and mods & set(a["partner_not"]):
        return []
    owners: list[str] = []
    igo: list[str] = []
    poss_pron = False
    for c in tok.children:
        if c.dep_ == "poss":
            if c.lower_ in ("its", "their", "his", "her"):
                poss_pron = True
                owners += _owner_from_conj(tok, ctx)
            else:
                owners += [k for k in _ev().actors_of(c, ctx, pronouns=False)]
        elif c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            owners += [k for t in c.subtree if (k := ctx.linked(t))]
        elif c.dep_ == "prep" and c.lower_ in ("of", "to"):  # "a close ally of the United States"
            owners += [
                k for p in c.children if p.dep_ == "pobj" for k in _ev().actors_of(p, ctx, pronouns=False)
            ]
    if not owners and not poss_pron and tok.lower_ == "allies" and _pair_word(tok):
        # "the two allies staged exercises", "both allies": the pair the group noun stands for
        pair = [k for k in _ev().actors_of(tok, ctx, pronouns=False) if _state(k, ctx)]
        if len(pair) == 2:
            return [("ALLY", [pair[0]], [pair[1]], tok, "ally_noun")]
    if (
        poss_pron
        and not owners
        and tok.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "nummod" for c in tok.children)
    ):
        # "Moscow urged its two allies to stop", "Washington tried to keep its two partners apart":
        # the counted group the noun stands for are allies of the clause's subject
        group = [k for k in _ev().actors_of(tok, ctx, pronouns=False) if _state(k, ctx)]
        subj = [k for k in _ev()._verb_subjects(tok.head, ctx)[0] if _state(ctx.country(k) or k, ctx)]
        if len(group) > 1 and subj and not set(subj) & set(group):
            return [("ALLY", [o], [n], tok, "ally_noun") for o in dict.fromkeys(subj) for n in group]
    owners = list(dict.fromkeys(owners))
    igo = [k for k in owners if _is_group(k, ctx)]
    owners = [k for k in owners if ctx.etype(k) in ("Country", "IGO") and k not in igo]
    named = _listed(tok, ctx)
    if not named and tok.dep_ in ("appos", "attr"):
        named = _appositive_heads(tok, ctx, lx)
    named = named or _as_role_of(tok, ctx, lx)
    if (
        poss_pron
        and not owners
        and named
        and tok.dep_ == "attr"
        and tok.head.lemma_ in ("be", "become", "remain")
    ):
        # "Australia has been Tuvalu's largest donor and remains its closest security partner": 'its'
        # is the possessor state named last before it in the sentence other than the copula's subject
        pron = next(c for c in tok.children if c.dep_ == "poss")
        prior = [
            m.key
            for m in ctx.index.in_span(sentence(tok))
            if m.end <= pron.i
            and _state(m.key, ctx)
            and m.key not in named
            and tok.doc[m.end - 1].dep_ == "poss"
        ]
        owners = prior[-1:]
    if is_partner and not (mods & set(a["partner_needs"]) or (named and (owners or poss_pron))):
        return []
    out: list[_Found] = []
    if igo and tok.lower_ in ("ally", "allies"):  # "a NATO ally", "its NATO allies": members
        members = named + [k for k in _owner_from_conj(tok, ctx) if _state(k, ctx)]
        out += [("MEMBER_OF", [s], [g], tok, "member_noun") for s in dict.fromkeys(members) for g in igo]
        return out
    for o in owners:
        out += [("ALLY", [o], [n], tok, "ally_noun") for n in named if n != o]
    return out


def _regarded_as(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[_Found]:
    """'Japan counts the US as its closest ally', 'India regards France as a strategic partner',
    'Vietnam described ties with Australia as a strategic partnership': the regarding state (the
    verb's subject) and the one regarded (the object, or the partner of a relations noun in object)
    are allies."""
    a = lx["ally"]
    if tok.dep_ != "pobj" or tok.head.lower_ != "as" or _denied(tok, lx, "ally"):
        return []
    if tok.lower_.startswith("partner") and tok.lower_ not in ("partnership", "partnerships"):
        mods = {t.lower_ for t in tok.subtree if t.i < tok.i}
        if mods & set(a["partner_not"]) or not (
            mods & set(a["partner_needs"]) or any(c.dep_ == "poss" for c in tok.children)
        ):
            return []
        if any(
            q.lemma_.lower() in a["partner_in_not"]
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("in", "for", "on")
            for q in c.children
        ):
            return []  # "a partner in the negotiations"
    elif tok.lemma_.lower() in a["pact_heads"] and not _pact_ok(tok, lx):
        return []
    v = tok.head.head
    rel = set(a["relation_nouns"])
    obj = None
    if v.pos_ in ("NOUN", "PROPN") and v.dep_ in ("dobj", "obj") and v.lemma_.lower() in rel:
        obj, v = v, v.head  # "described ties with Y as ...": 'as' hung on the object
    verbs = a["regard_verbs"] + (a["describe_verbs"] if obj is not None else [])
    if v.pos_ not in ("VERB", "AUX") or not _verb_in(v, verbs) or _ev()._negated(v):
        return []
    if any(c.lower_ in ("longer", "never") for c in v.children):
        return []  # "no longer regards Y as an ally"
    if obj is None:
        obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return []
    owners = [k for k in _ev()._verb_subjects(v, ctx)[0] if _state(k, ctx)]
    if obj.lemma_.lower() in rel or obj.lower_ in rel:
        named = [k for p in _ev()._pobjs(obj, ("with", "between")) for k in _states_of(p, ctx)]
        named += [k for c in obj.children if c.dep_ == "poss" for k in _states_of(c, ctx)]
    else:
        named = _states_of(obj, ctx)
    if not owners and len(named) == 2:  # "the two countries' ties", "ties between X and Y"
        owners, named = named[:1], named[1:]
    return [("ALLY", [o], [n], tok, "ally_noun") for o in owners for n in named if n != o]


def _self_described(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[_Found]:
    """'Japan considers the US its most important ally', 'Vucic called Russia one of our closest
    allies', 'X calls Y one of X's key security partners': an actor stating that another is its own
    ally (the possessor is the regarding actor, its state, or a pronoun for it). A third party's
    characterisation ('analysts call Y Russia's closest ally') states no alliance."""
    a = lx["ally"]
    if _denied(tok, lx, "ally"):
        return []
    mods = {t.lower_ for t in tok.subtree if t.i < tok.i}
    if tok.lower_.startswith("partner") and (
        mods & set(a["partner_not"]) or not mods & set(a["partner_needs"])
    ):
        return []
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in lx["member"]["one_of"]:
        t = t.head.head  # "one of our closest allies"
    if t.dep_ == "oprd":  # "calling Russia one of its closest allies"
        v, obj = t.head, next((c for c in t.head.children if c.dep_ in ("dobj", "obj")), None)
    elif t.dep_ == "appos" and t.head.dep_ in ("dobj", "obj"):  # "called Russia, one of ..."
        v, obj = t.head.head, t.head
    elif t.dep_ in ("ccomp", "xcomp"):  # "considers the US its most important ally"
        v, obj = t.head, next((c for c in t.children if c.dep_ == "nsubj"), None)
    else:
        return []
    if (
        obj is None
        or v.pos_ not in ("VERB", "AUX")
        or not _verb_in(v, a["regard_verbs"] + a["describe_verbs"])
    ):
        return []
    if _ev()._negated(v) or any(c.lower_ in ("longer", "never") for c in v.children):
        return []
    subj = _ev()._verb_subjects(v, ctx)[0]
    subj_states = {ctx.country(k) or k for k in subj}
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if poss and poss[0].lower_ not in ("our", "its", "their", "his", "her", "my"):
        owners = [
            k for k in _ev().actors_of(poss[0], ctx, pronouns=False) if (ctx.country(k) or k) in subj_states
        ]
    else:
        owners = subj
    named = _states_of(obj, ctx)
    return [("ALLY", [o], [n], tok, "ally_noun") for o in dict.fromkeys(owners) for n in named if n != o]


def _hyphen_pact(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[_Found]:
    a = lx["ally"]
    head = tok.lemma_.lower()
    left = sorted((t for t in tok.subtree if t.i < tok.i), key=lambda t: t.i)
    if not left or _denied(tok, lx, "ally"):
        return []
    words = {t.lemma_.lower() for t in left} | {t.lower_ for t in left}
    needs = a["pact_needs"]
    if head in ("treaty", "pact") and not words & set(needs["treaty"]):
        return []
    if head == "partnership" and not words & set(needs["partnership"]):
        return []
    hyphens = set(a["hyphens"])
    states: list[str] = []
    linked_by_hyphen = False
    prev_end = None
    for t in left:
        m = ctx.index.at_token(t.i)
        if m is not None and m.start == t.i and _state(m.key, ctx):
            joined = prev_end == t.i and t.text[:1] in hyphens  # "US-" glued by the tokenizer
            dashed = (
                t.i - prev_end <= 1 and any(tok.doc[j].text in hyphens for j in range(prev_end, t.i))
                if prev_end is not None
                else False
            )
            if prev_end is not None and (joined or dashed):
                linked_by_hyphen = True
            states.append(m.key)
            prev_end = m.end
        elif t.text in hyphens or t.text.startswith("-"):
            continue
    states = list(dict.fromkeys(states))
    if len(states) != 2 or not linked_by_hyphen:
        return []
    return [("ALLY", [states[0]], [states[1]], tok, "hyphen_pact")]


def _pact_ok(tok: Token, lx: dict[str, Any]) -> bool:
    """An alliance, a strategic partnership or a security/defence treaty (not a trade pact)."""
    needs = lx["ally"]["pact_needs"]
    head = tok.lemma_.lower()
    # the words before the head, and a named treaty's 'on'/'of' phrase ('the Treaty on Allied Relations')
    named = [
        t
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("on", "of")
        for p in c.children
        for t in p.subtree
    ]
    left = [t for t in tok.subtree if t.i < tok.i]
    words = {t.lemma_.lower() for t in left + named} | {t.lower_ for t in left + named}
    if words & set(lx["ally"]["partner_not"]):
        return False
    if head in needs["alone"]:
        return True
    if head == "partnership" or "partnership" in words:
        return bool(words & set(needs["partnership"]))
    return bool(words & set(needs["treaty"]))


def _owner_up(v: Token, ctx: Any) -> list[str]:
    """The actor a clause or noun chain above ``v`` belongs to: a verb's subject, or a noun's
    possessor ('Putin's signature of the law ratifying a treaty' -> Putin)."""
    node = v
    acts = set(lexicon()["ally"].get("act_nouns", ()))
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            subj = _ev()._verb_subjects(node, ctx)[0]
            # "Putin's signature on Saturday of the law ...": the parser may hang the 'of' phrase on
            # the date, so the chain meets the clause whose subject is the act noun; its possessor
            subj = subj or [
                k
                for c in node.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in acts
                for g in c.children
                if g.dep_ == "poss"
                for k in _ev().actors_of(g, ctx)
            ]
            if subj:
                return subj
        poss = [k for c in node.children if c.dep_ == "poss" for k in _ev().actors_of(c, ctx)]
        if poss:
            return poss
        if node.head.i == node.i:
            break
        node = node.head
    return []


def _pact_parties(tok: Token, ctx: Any, lx: dict[str, Any]) -> list[_Found]:
    """'X and Y agreed to deepen their strategic partnership', 'ratified a mutual defence treaty
    with Y', 'the Partnership Treaty, signed by A and B': ALLY between the parties' states."""
    if tok.pos_ not in ("NOUN", "PROPN") or not _pact_ok(tok, lx) or _denied(tok, lx, "ally"):
        return []
    ev = _ev()
    verbs = set(lx["ally"]["pact_verbs"])
    top = tok
    while top.dep_ == "compound" and top.head.i != top.i:
        top = top.head
    gov = top.head
    if gov.dep_ == "prep" and gov.lower_ == "to":  # "upgraded their ties to a strategic partnership"
        gov = gov.head
    parties: list[str] = []
    gov_ok = gov.pos_ in ("VERB", "AUX") and _verb_in(gov, sorted(verbs)) and not ev._negated(gov)
    if gov_ok and any(c.dep_ == "poss" and c.lower_ in ("their", "our") for c in top.children):
        parties += ev._verb_subjects(gov, ctx)[0]
    if gov_ok and gov.i != top.head.i:  # "upgraded their ties to ...": the ties' owners
        parties += ev._verb_subjects(gov, ctx)[0]
    founders: list[str] = []
    if gov_ok and top.dep_ in ("dobj", "obj") and gov.i == top.head.i:
        subj = ev._verb_subjects(gov, ctx)[0]  # "X and Y signed a mutual defence treaty": both parties
        parties += subj if len(subj) > 1 else []
        founders = subj if len(subj) > 1 else []
    withs = [k for p in ev._pobjs(top, ("with", "between")) for k in ev.actors_of(p, ctx)]
    if withs and gov_ok:
        parties += _owner_up(gov, ctx) + withs
    for c in top.children:  # "the treaty, signed by Putin and Kim"
        if c.dep_ == "acl" and c.tag_ == "VBN" and _verb_in(c, sorted(verbs)):
            parties += [
                k for a in c.children if a.dep_ == "agent" for p in a.children for k in ev.actors_of(p, ctx)
            ]
    states = list(dict.fromkeys(ctx.country(k) or k for k in parties))
    states = [k for k in states if _state(k, ctx)]
    if len(states) > 2 and set(parties) == set(founders):
        # "The three juntas formed the Alliance of Sahel States": an alliance among every pair
        return [("ALLY", [a], [b], tok, "hyphen_pact") for i, a in enumerate(states) for b in states[i + 1 :]]
    if len(states) != 2:
        return []
    return [("ALLY", [states[0]], [states[1]], tok, "hyphen_pact")]


def _demonyms(n: Token, tok: Token, ctx: Any) -> set[str]:
    """States named by nationality adjectives on a common noun other than ``tok`` ('an Iran-aligned
    Yemeni rebel group': Yemen): the group's nationality, not an actor of its alignment."""
    if n.pos_ != "NOUN":
        return set()
    return {
        k
        for c in n.children
        if c.dep_ == "amod" and c.i != tok.i and c.pos_ == "ADJ" and (k := ctx.linked(c))
    }


def _aligned_group(e: Event, ctx: Any) -> Event | None:
    """The event extractor's ALLY of 'an Iran-aligned Yemeni rebel group' reads the noun's
    nationality (Yemen) as the ally: the group is the apposition's head ('the Houthis, an
    Iran-aligned Yemeni group') or no named actor; None drops the event."""
    tok = _trigger_token(e, ctx)
    if tok is None or tok.dep_ != "amod" or tok.lower_ not in ("aligned", "allied"):
        return e
    n = tok.head
    dem = _demonyms(n, tok, ctx)
    if not dem & {*e.sources, *e.targets}:
        return e
    heads = _ev().actors_of(n.head, ctx, pronouns=False) if n.dep_ == "appos" else []
    srcs = tuple(dict.fromkeys(x for k in e.sources for x in (heads if k in dem else [k])))
    tgts = tuple(dict.fromkeys(x for k in e.targets for x in (heads if k in dem else [k]) if x not in srcs))
    if len(srcs) + len(tgts) < 2 or (e.targets and not tgts):
        return None
    return dataclasses.replace(e, sources=srcs, targets=tgts)


def _allied(tok: Token, ctx: Any) -> list[_Found]:
    """'Iran-allied militias': ALLY between the modifier's state and the noun's actor."""
    n = tok.head if tok.dep_ == "amod" else None
    if n is None:
        return []
    got = [ctx.linked(t) for t in tok.subtree if t.i < tok.i]
    allies = [k for k in got if k and ctx.etype(k) in ("Country", "IGO", "Organization")]
    nouns = [k for k in _ev().actors_of(n, ctx, pronouns=False) if k not in _demonyms(n, tok, ctx)]
    if not nouns and n.dep_ == "appos":  # "the Houthis, an Iran-allied militia,"
        nouns = _ev().actors_of(n.head, ctx, pronouns=False)
    if not allies and n.dep_ == "conj":  # "government troops and allied militias"
        allies = _ev().actors_of(n.head, ctx, pronouns=False)
    return [("ALLY", [x], [y], tok, "allied_adj") for x in allies for y in nouns if x != y]


# ---------------------------------------------------------------------------------------------
# public


def find_relations(ctx: Any) -> list[Event]:
    """ALLY and MEMBER_OF relations of the document behind ``ctx`` (a
    :class:`kg.extract.events` context) that the event triggers do not reach.

    >>> from kg.nlp import load_pipeline
    >>> from kg.extract import extract_text
    >>> r = extract_text("The Philippines, which chairs ASEAN this year, urged restraint.", load_pipeline())
    >>> sorted((e.category, e.targets) for e in r.events if e.category == "MEMBER_OF")
    [('MEMBER_OF', ('Q7768',))]
    """
    lx = lexicon()
    doc = ctx.doc
    found: list[_Found] = []
    for sent in doc.sents:
        found += _group_lists(sent, ctx, lx)
    for name, start in _matches(doc):
        tok = doc[start]
        if name == "CHAIR_V":
            found += _chair_verb(tok, ctx)
        elif name == "CHAIR_N":
            found += _chair_noun(tok, ctx, lx)
        elif name == "ADMIT":
            found += _admit(tok, ctx, lx)
        elif name == "MAKEUP":
            found += _make_up(tok, ctx, lx)
        elif name == "MEMBER":
            found += _member(tok, ctx, lx)
        elif name == "DELEGATES":
            found += _delegates(tok, ctx)
        elif name == "ALLY":
            found += _ally(tok, ctx, lx) + _regarded_as(tok, ctx, lx) + _self_described(tok, ctx, lx)
        elif name == "PACT":
            found += _hyphen_pact(tok, ctx, lx) + _pact_parties(tok, ctx, lx) + _regarded_as(tok, ctx, lx)
        elif name == "ALLIED":
            found += _allied(tok, ctx)
    return _events_of(found, ctx, lx)


def _events_of(found: list[_Found], ctx: Any, lx: dict[str, Any]) -> list[Event]:
    ev = _ev()
    out: list[Event] = []
    seen: set[tuple] = set()
    for cat, srcs, tgts, tok, pattern in found:
        s, t = srcs[0], tgts[0]
        if s == t or ctx.etype(s) is None or ctx.etype(t) is None:
            continue
        cs, ct = ctx.country(s) or s, ctx.country(t) or t
        if cs == ct:
            continue
        if cat == "MEMBER_OF" and not (_state(s, ctx) and _is_group(t, ctx)):
            continue
        key = (cat, *(sorted((s, t)) if cat == "ALLY" else (s, t)), sentence(tok).start)
        if key in seen:
            continue
        seen.add(key)
        v = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        if ev._conditional(v) or _not_yet(tok, lx):
            continue
        conf = lx["confidence"][pattern] * (0.9 if ctx.speaker_at(tok) else 1.0)
        out.append(
            make_event(
                ctx.document,
                cat,
                [s],
                [t],
                evidence=ev.paragraph_clipped_evidence(tok, ctx.document),
                trigger=tok.text,
                trigger_start=tok.idx,
                confidence=round(conf, 3),
                extractor=ev.EXTRACTOR,
                context=("military",) if pattern == "hyphen_pact" else (),
            )
        )
    return out


def _pair(e: Event) -> tuple:
    if e.symmetric:
        return (e.category, tuple(sorted((*e.sources, *e.targets))))
    return (e.category, e.sources, e.targets)


def _trigger_token(
    e: Event, ctx: Any, lemmas: tuple[str, ...] = ("ally", "allied", "align", "partner")
) -> Token | None:
    """The token of ``e``'s trigger word (one of ``lemmas``) inside its evidence sentence."""
    if e.evidence is None or not e.trigger:
        return None
    words = set(e.trigger.split())
    span = ctx.doc.char_span(e.evidence.start, e.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if t.text in words and t.lemma_.lower() in lemmas), None)


_RELATION_WORDS = (
    "ally",
    "allied",
    "align",
    "partner",
    "partnership",
    "alliance",
    "pact",
    "treaty",
    "axis",
    "entente",
    "member",
)


def _not_yet(tok: Token, lx: dict[str, Any]) -> bool:
    """A relation the clause asserts only as wished, planned or possible: the verb that governs its
    noun (as object or complement; not an apposition or an 'as' phrase, which presuppose it) has a
    modal ('could form an alliance', 'will sign a defence treaty') or is the infinitive of an
    aspiring verb ('hopes to become a strategic partner')."""
    cues = _ev().lexicon().cues
    modal = set(cues["hypothetical"]["aux"]) | set(cues["future"]["aux"])
    if any(c.dep_ == "poss" for c in tok.children):
        return False  # "tried to keep its two partners apart": the possessive presupposes it
    t = tok
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX"):
            break
        if t.dep_ not in ("dobj", "obj", "pobj", "prep", "attr", "oprd", "compound") or t.lower_ == "as":
            return False
        t = t.head
    else:
        return False
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if _ev()._modal(t) & modal:
        return True
    return t.dep_ == "xcomp" and _verb_in(t.head, lx["member"]["aspire_verbs"])


def _unasserted(e: Event, ctx: Any, lx: dict[str, Any]) -> bool:
    """The relation's words stand under a denial ('officials denied that X and Y had signed a defence
    pact') or in the view of outside observers ('analysts say Belarus has become Russia's closest
    ally'): no stated relation (GUIDELINES: reported opinion is not core)."""
    tok = _trigger_token(e, ctx, _RELATION_WORDS)
    if tok is None:
        return False
    a = lx["assertion"]
    t = tok
    for _ in range(6):
        if t.head.i == t.i or t.dep_ in ("relcl", "appos", "acl", "parataxis"):
            return False  # a relative clause or apposition is the writer's background, not the view
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        lemma = t.lemma_.lower()
        if lemma in a["deny_verbs"]:
            return True
        if lemma in a["view_verbs"] and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in a["observer_nouns"] for c in t.children
        ):
            return True
    return False


def _pact_states(e: Event, ctx: Any) -> Event:
    """A partnership, alliance or treaty binds the states (or the union) its signatories act for:
    'Lula and Xi upgraded ties to a strategic partnership' is an ALLY of Brazil and China, not of
    the two presidents (unless that would leave one party). A speaker's 'our alliance' in a quote
    stays the speaker's, as the gold codes a speaker's own words."""
    tok = _trigger_token(e, ctx, tuple(lexicon()["ally"]["pact_heads"]))
    speaker = ctx.speaker_at(tok) if tok is not None else None

    def state(k: str) -> str:
        c = ctx.country(k) if ctx.etype(k) == "Person" and k != speaker else None
        return c if c and ctx.etype(c) in ("Country", "IGO") else k

    srcs = tuple(dict.fromkeys(state(k) for k in e.sources))
    tgts = tuple(dict.fromkeys(state(k) for k in e.targets if state(k) not in srcs))
    if (srcs, tgts) == (e.sources, e.targets) or len(srcs) + len(tgts) < 2 or len(tgts) < len(e.targets):
        return e
    return dataclasses.replace(e, sources=srcs, targets=tgts)


def _official_ally_member(e: Event, ctx: Any) -> Event | None:
    """An ALLY of a state with a person who acts for an IGO the gazetteer counts the state a member
    of ('NATO Secretary General Mark Rutte ... "our ally Turkiye"', the EU's foreign policy chief on
    'our partner Hungary') is the state's membership of that IGO (GUIDELINES: a state in an IGO or
    alliance is MEMBER_OF), not an alliance with the official."""
    actors = (*e.sources, *e.targets)
    tok = _trigger_token(e, ctx)
    persons = [k for k in actors if ctx.etype(k) == "Person"]
    states = [k for k in actors if _state(k, ctx)]
    if tok is None or len(persons) != 1 or not states or len(states) + 1 != len(actors):
        return None
    blocs = {c for c in [ctx.country(persons[0])] if c and _is_group(c, ctx)}
    for m in ctx.index.in_span(
        sentence(tok)
    ):  # "NATO Secretary General X", "X, NATO's chief,": the title's IGO
        if m.key == persons[0]:
            head = tok.doc[m.end - 1]
            near = [
                t for c in head.children if c.dep_ in ("compound", "appos", "nmod", "poss") for t in c.subtree
            ]
            blocs |= {
                g for t in [*tok.doc[m.start : m.end], *near] if (g := ctx.linked(t)) and _is_group(g, ctx)
            }
    if len(blocs) != 1:
        return None
    bloc = blocs.pop()
    if not all(_ev()._bloc_member(k, bloc, ctx) for k in states):
        return None
    return make_event(
        ctx.document,
        "MEMBER_OF",
        states,
        [bloc],
        evidence=e.evidence,
        trigger=e.trigger,
        trigger_start=tok.idx,
        confidence=e.confidence,
        extractor=e.extractor,
    )


def merge(events: list[Event], relations: list[Event], ctx: Any) -> list[Event]:
    """The event extractor's ``events`` with ``relations`` added (one per category, pair and
    sentence), after two corrections of its ALLY readings: an ALLY of an alliance named as the
    ally's modifier ("a NATO ally") is MEMBER_OF it, and 'allied' used as a modifier ("fought the
    army and allied militias") is no alliance of the clause's subject."""
    lx = lexicon()
    out: list[Event] = []
    for e in events:
        if e.category in ("ALLY", "MEMBER_OF") and _unasserted(e, ctx, lx):
            continue  # "officials denied that X and Y had signed a defence pact", "analysts say ..."
        if e.category == "ALLY" and e.modality in ("future", "hypothetical"):
            continue  # "could form an alliance", "hopes to become a strategic partner": none yet
        if e.category == "MEMBER_OF":
            if e.modality in ("future", "hypothetical"):
                continue  # "will join the bloc", "could join": no membership yet
            tok = _trigger_token(e, ctx, ("member", "membership", "join", "accede", "accession"))
            if tok is not None and tok.dep_ == "xcomp" and _verb_in(tok.head, lx["member"]["aspire_verbs"]):
                continue  # "hopes to join NATO", "applied to join the EU"
            if tok is not None and tok.pos_ in ("NOUN", "PROPN") and _denied(tok, lx):
                continue  # "a former member of the EU", "an aspiring NATO member"
        if e.category == "ALLY" and any(_privative(k, ctx) for k in (*e.sources, *e.targets)):
            srcs = tuple(k for k in e.sources if not _privative(k, ctx))
            tgts = tuple(k for k in e.targets if not _privative(k, ctx))
            if not srcs or not tgts:
                continue
            e = dataclasses.replace(e, sources=srcs, targets=tgts)  # "a non-NATO ally of the US"
        if e.category == "ALLY" and set(e.trigger.lower().split()) & set(lx["ally"]["pact_heads"]):
            e = _pact_states(e, ctx)
        if e.category == "ALLY" and (e := _aligned_group(e, ctx)) is None:
            continue
        if e.category == "ALLY" and (m := _official_ally_member(e, ctx)) is not None:
            out.append(m)  # "our ally Turkiye" in the NATO chief's words: Turkey is a NATO member
            continue
        if e.category == "ALLY" and (tok := _trigger_token(e, ctx)) is not None:
            if _denied(tok, lx, "ally"):
                continue  # "aligned itself with neither Russia nor China", "a former ally"
            if (
                tok.lower_ == "allied"
                and tok.pos_ in ("VERB", "AUX")
                and not any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in tok.children)
                and any(c.dep_ in ("dobj", "obj") for c in tok.children)
            ):
                continue  # "allied militias" parsed as a verb with an object
            if tok.lower_ in ("ally", "allies") and any(_is_group(k, ctx) for k in (*e.sources, *e.targets)):
                continue  # "a NATO ally": membership, re-read by find_relations
        out.append(e)
    have = {(_pair(e), e.evidence.start if e.evidence else 0) for e in out}
    for r in relations:
        k = (_pair(r), r.evidence.start if r.evidence else 0)
        if _unasserted(r, ctx, lx):
            continue
        if k not in have:
            have.add(k)
            out.append(r)
    return _drop_subsumed(out)


def _pairset(e: Event) -> frozenset:
    return frozenset(tuple(sorted(p)) if e.symmetric else p for p in e.pairs())


def _drop_subsumed(events: list[Event]) -> list[Event]:
    """Without a standing relation whose every pair another one of the same sentence and category
    already states: "Russia and China, both members of the Council" gives one MEMBER_OF with
    both states, not that one and one more per state. (A standing relation has no event identity
    of its own; events proper are left alone.)"""
    standing = [e for e in events if e.category in ("ALLY", "MEMBER_OF")]
    if len(standing) < 2:
        return events
    key = {id(e): (e.category, e.evidence.start if e.evidence else 0, _pairset(e)) for e in standing}
    drop = set()
    for e in standing:
        c, s, ps = key[id(e)]
        for o in standing:
            if o is e or id(o) in drop:
                continue
            oc, os_, ops = key[id(o)]
            if oc == c and os_ == s and ps < ops:
                drop.add(id(e))
                break
    return [e for e in events if id(e) not in drop]
