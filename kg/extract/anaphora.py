"""Objects that name a state or organization without naming it (``kg/data/anaphora.json``).

* **Object pronouns** of a verb that also takes an agent phrase or an infinitive ("Thailand summoned
  Cambodia's envoy, accusing it of laying mines", "urged them to withdraw"): the most recent state
  or organization named before the pronoun in its sentence or the previous one (same paragraph)
  that is not among the clause's subjects (an object pronoun continues a non-subject; centering).
  'it' skips coordinated names and is left alone when a clause it depends on has a singular object
  that is a thing ("seized a tanker ..., accusing it of"); 'them' takes the most recent coordinated
  group. Without an agent phrase ("rejected the move, calling it illegal"), 'it'/'them' is the
  object of the verb the participle hangs on (number agreeing), read as an event nominal.
* **Bare definite plurals** of a kind of unit ("the ships", "the troops"): the owner of the latest
  mention of that kind ("four China Coast Guard vessels") in the sentences before, when all such
  mentions have one owner.
* **Sentence-initial 'its'** ("The deal leaves out the M23. Its leaders ..."): the topic of the
  sentence before in the same paragraph -- its main clause's subject when that is a state or
  organization, else (a subject that is no actor) its direct object (centering: the backward-looking
  centre is the highest-ranked entity of the previous utterance); a sentence-initial 'their', the
  coordinated subject of the sentence before ("Japan and the Philippines ... Their navies").
  A fronted adverbial naming no actor may come first ("In a statement on Tuesday, its foreign
  ministry accused ..."); a state organ the tagger named without a state ("its Foreign Ministry")
  is then the pronoun's state.
* **'Both leaders', 'the two leaders'** with no pair just before: the latest pair of persons
  coordinated within a dozen sentences (the summit's principals).
* **'summoned him', 'expelled her'**: the title of the person named just before ("X's ambassador
  to Y, Z,") is the envoy such a verb wants as its object.
* **An 'its' the parse links to no clause subject**: the state or organization that opens its sentence
  when no other state is named between ("Greece, whose owners ..., summoned no one -- ... -- but its
  foreign ministry called on Iran").
* **A possessive 'his'/'her'** no clause subject explains ("Muizzu was elected ... His government has
  asked India"): the person last named as a subject in its sentence or the one before; 'his
  government' is that person's state.
* **'them' in a prepositional phrase** ("Fiji's people face ... Australia will stand with them"): the
  plural subject of the sentence before (a coordination of actors, or a state's people).
* **Definite descriptions** of a state ("its neighbour", "the Gulf state", "the island nation"):
  the one other state named in the sentence and the one before; nothing when there are several.
  As a clause's subject ("The kingdom later accused Tehran"), the states the clause names are
  not candidates.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from kg.extract.common import doc_text, sentence
from kg.resources import load_json

__all__ = [
    "clause_object",
    "definite_group",
    "descriptions",
    "object_pronoun",
    "opening_topic",
    "plural_topic",
    "pronoun_organ",
    "pronoun_titles",
    "previous_person",
    "previous_topic",
    "state_description",
    "story_pair",
    "subject_description",
]

_OBJ = ("dobj", "dative", "obj")
_ACTOR = frozenset({"Country", "IGO", "Organization"})


def _ev() -> Any:
    from kg.extract import events

    return events


@cache
def _data() -> dict[str, Any]:
    return load_json("anaphora.json")


def descriptions() -> frozenset[str]:
    """Head nouns of definite descriptions of a state ('state', 'nation', 'neighbour')."""
    return _descriptions()


@cache
def _descriptions() -> frozenset[str]:
    return frozenset(_data()["state_descriptions"])


def _window_start(tok: Token) -> int:
    """First token of the sentence before ``tok``'s, when it lies in the same paragraph."""
    start = sentence(tok).start
    if start == 0:
        return 0
    prev = sentence(tok.doc[start - 1])
    # the break may be a whitespace token at the end of the sentence before
    if "\n\n" in doc_text(tok.doc)[tok.doc[start - 1].idx : sentence(tok).start_char]:
        return start
    return prev.start


def _excluded(ctx: Any, srcs: list[str]) -> set[str]:
    out = set(srcs)
    out |= {c for k in srcs if (c := ctx.country(k))}
    return out


def _agent_object(v: Token, pron: Token) -> bool:
    """'accusing it of', 'blamed it for', 'urged it to', 'warned them against': the object does
    something in the verb's complement, so it is an actor, not a thing ('calling it illegal')."""
    preps = set(_data()["agent_preps"])
    if any(c.dep_ == "prep" and c.lower_ in preps and c.i > pron.i for c in (*v.children, *pron.children)):
        return True
    return any(
        c.dep_ == "xcomp" and c.i > pron.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in v.children
    )


def object_pronoun(v: Token, ctx: Any, srcs: list[str]) -> list[str]:
    """The actor an object pronoun of verb ``v`` refers to (see module docstring)."""
    prons = [c for c in v.children if c.dep_ in _OBJ and c.lower_ in _data()["object_pronouns"]]
    if not prons or not _agent_object(v, prons[0]):
        return []
    pron = prons[0]
    plural = _data()["object_pronouns"][pron.lower_] == "plural"
    if not plural and _thing_antecedent(v, pron, ctx):
        return []
    skip = _excluded(ctx, srcs)
    for i in range(pron.i - 1, _window_start(pron) - 1, -1):
        m = ctx.index.at_token(i)
        if m is None or ctx.etype(m.key) not in _ACTOR or m.key in skip or ctx.country(m.key) in skip:
            continue
        t = ctx.doc[i]
        grouped = t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)
        if plural:
            if not grouped:
                continue
            head = t
            while head.dep_ == "conj":
                head = head.head
            keys = [k for k in _ev().actors_of(head, ctx, pronouns=False) if k not in skip]
            return keys if len(keys) > 1 else []
        if grouped:
            continue
        return [m.key]
    return []


def previous_topic(tok: Token, ctx: Any) -> list[str]:
    """'The deal does not include the M23, the rebel group that seized Goma. Its leaders have been
    negotiating with Kinshasa': a possessive 'its' opening a sentence stands for the previous
    sentence's subject (a state or organization), or, when that subject names no actor at all, for
    its direct object; nothing across a paragraph break or when the slot names several actors. A
    fronted adverbial naming no actor may stand before it ('In a statement issued late on Tuesday,
    its foreign ministry accused Cairo'): the 'its' still opens the main clause's subject."""
    if tok.lower_ not in ("its", "their") or not _opens_main_subject(tok, ctx):
        return []
    if _window_start(tok) == sentence(tok).start:
        return []
    if tok.lower_ == "their":
        # "Japan and the Philippines signed a pact. Their navies held drills": a coordinated subject;
        # not for a relation to others ("their two partners", "their allies"), whose owner is vaguer
        if tok.head.lemma_.lower() in _data()["relation_heads"]:
            return []
        subj = [
            c
            for c in sentence(tok.doc[sentence(tok).start - 1]).root.children
            if c.dep_ in ("nsubj", "nsubjpass")
        ]
        if not subj or not any(c.dep_ == "conj" for c in subj[0].children):
            return []
        keys = _ev().actors_of(subj[0], ctx, pronouns=False)
        return keys if len(keys) >= 2 and all(ctx.etype(k) in _ACTOR for k in keys) else []
    root = sentence(tok.doc[sentence(tok).start - 1]).root
    ev = _ev()
    for deps in (("nsubj", "nsubjpass"), _OBJ):
        slot = [c for c in root.children if c.dep_ in deps]
        if not slot:
            continue
        keys = ev.actors_of(slot[0], ctx, pronouns=False, depth=1)
        if any(c.dep_ == "conj" for c in slot[0].children):
            return []  # "the ELN or the FARC dissidents": several candidates
        if keys:
            return keys if len(keys) == 1 and ctx.etype(keys[0]) in _ACTOR else []
    return []


@cache
def _owned_organs() -> frozenset[str]:
    return frozenset(load_json("cues.json")["owned_organs"]["nouns"])


def pronoun_organ(tok: Token, key: str, ctx: Any, *, pronouns: bool = True) -> list[str]:
    """'its Foreign Ministry', 'their defence ministries': a state organ the tagger named without a
    state (an organization of no known state, ``key``) and a pronoun owns is the pronoun's state; so
    is one a named state owns or an 'of' phrase gives a state ('Egypt's Ministry of Foreign Affairs',
    'the Ministry of Foreign Affairs of the Kingdom of Jordan'): one generic name ('Ministry of Foreign
    Affairs') serves the organs of several states in one article."""
    if ctx.etype(key) != "Organization" or ctx.country(key):
        return []
    e = ctx.entity(key)
    if e is None or getattr(e, "wikidata", None):
        return []
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if poss and poss[0].lower_ in ("its", "their"):
        owner = _ev().actors_of(poss[0], ctx) if pronouns else []
    elif tok.lemma_.lower() not in _owned_organs() and tok.lower_ not in _owned_organs():
        return []  # "Yemen's Houthi rebels": a group, no state organ
    elif poss:
        owner = [k for k in [ctx.linked(poss[0])] if k]
    else:
        owner = [k for p in _ev()._pobjs(tok, ("of",)) if (k := ctx.linked(p))]
    return owner if len(owner) == 1 and ctx.etype(owner[0]) == "Country" else []


def _opens_main_subject(tok: Token, ctx: Any) -> bool:
    """``tok`` opens its sentence, or opens the subject of the sentence's main verb after a fronted
    adverbial that names no actor ('In a statement, its ...', 'On Monday, its ...')."""
    start = sentence(tok).start
    if tok.i == start:
        return True
    h = tok.head
    if h.dep_ not in ("nsubj", "nsubjpass") or h.head.dep_ != "ROOT" or h.left_edge.i != tok.i:
        return False
    if not any(t.is_punct for t in tok.doc[start : tok.i]):
        return False  # "Officials said its ...": no fronted phrase set off by a comma
    return all(ctx.index.at_token(i) is None for i in range(start, tok.i))


def opening_topic(tok: Token, ctx: Any) -> list[str]:
    """'Greece, whose owners control a fifth of the fleet, summoned no one -- there is no one to
    summon -- but its foreign ministry called on Iran': a possessive 'its' the parse links to no
    clause subject is the state or organization that opens its sentence, when no other state is
    named between them."""
    if tok.lower_ != "its":
        return []
    first = ctx.index.at_token(sentence(tok).start)
    if first is None or ctx.etype(first.key) not in _ACTOR:
        return []
    for i in range(first.end, tok.i):
        m = ctx.index.at_token(i)
        if m is not None and m.key != first.key and ctx.etype(m.key) == "Country":
            return []
    return [first.key]


def previous_person(tok: Token, ctx: Any) -> list[str]:
    """'President Muizzu was elected on an "India Out" platform. His government has asked India to
    withdraw': a possessive 'his'/'her' that no clause subject before it in its sentence explains is
    the person most recently named as a subject (outside quotations) in its sentence or the one before
    in the paragraph; nothing inside a quotation, where the speaker's world differs."""
    if tok.lower_ not in ("his", "her") or ctx.speaker_at(tok) is not None:
        return []
    p = ctx.last_person_before(tok)
    if p is None:
        return []
    start = _window_start(tok)
    if not any((m := ctx.index.at_token(i)) is not None and m.key == p for i in range(start, tok.i)):
        return []  # named further back: a new topic may have come between
    if tok.head.lemma_.lower() in load_json("groups.json")["nouns"]["states"]:
        return [ctx.country(p) or p]  # "his government", "her army": the state the person leads
    return [p]


def plural_topic(tok: Token, ctx: Any) -> list[str]:
    """'Tuvalu's people face an existential threat. Australia will stand with them': 'them' in a
    prepositional phrase, with nothing plural before it in its own sentence, is the plural subject
    of the sentence before in the paragraph (a coordination of actors, or a plural noun whose
    owner is a state: 'Tuvalu's people'), when none of it is the clause's own subject."""
    if _window_start(tok) == sentence(tok).start or any(
        t.tag_ in ("NNS", "NNPS") or t.dep_ == "conj" for t in tok.doc[sentence(tok).start : tok.i]
    ):
        return []
    subj = [
        c
        for c in sentence(tok.doc[sentence(tok).start - 1]).root.children
        if c.dep_ in ("nsubj", "nsubjpass")
    ]
    if not subj:
        return []
    s = subj[0]
    ev = _ev()
    if any(c.dep_ == "conj" for c in s.children):
        keys = ev.actors_of(s, ctx, pronouns=False)
        keys = keys if len(keys) >= 2 else []
    elif s.tag_ == "NNS" and s.lemma_.lower() in _data()["people_nouns"]:
        keys = [k for c in s.children if c.dep_ == "poss" for k in ev.actors_of(c, ctx, pronouns=False)]
    else:
        return []
    if not keys or any(ctx.etype(k) not in _ACTOR for k in keys):
        return []
    v = tok.head.head if tok.head.dep_ == "prep" else tok.head
    own = set(ev._verb_subjects(v, ctx)[0]) if v.pos_ in ("VERB", "AUX") else set()
    return [] if own & set(keys) else keys


def _thing_antecedent(v: Token, pron: Token, ctx: Any) -> bool:
    """'Iran seized a tanker flying the flag of Panama, accusing it of smuggling': a clause that ``v``
    depends on has a singular object that is no actor; 'it' more likely means that thing."""
    t = v
    for _ in range(4):
        if t.dep_ not in ("advcl", "conj", "xcomp", "ccomp") or t.head.i == t.i:
            return False
        t = t.head
        for c in t.children:
            if (
                c.dep_ in (*_OBJ, "nsubjpass")
                and c.i < pron.i
                and c.tag_ == "NN"
                and not _ev().actors_of(c, ctx, pronouns=False)
            ):
                return True
    return False


def _agent_phrase(tok: Token, prep: Token, pobj: Token) -> bool:
    """'accusing the Gulf state of meddling / of hostile acts': the verb's own complement, which the
    parser may hang on its object."""
    if pobj.tag_ == "VBG" or pobj.lower_.endswith("ing"):
        return True
    return (
        prep.lower_ in _data()["agent_preps"]
        and tok.dep_ in _OBJ
        and tok.head.lemma_.lower() in _data()["agent_verbs"]
        and pobj.pos_ != "PROPN"
    )


def state_description(tok: Token, ctx: Any, srcs: list[str]) -> list[str]:
    """'accusing its neighbour of ...', 'sanctions on the Gulf state': the one other state named in
    the sentence (before ``tok``) and the previous one, when there is exactly one."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in _descriptions():
        return []
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
    if not dets & {"the", "its", "their"}:
        return []
    if any(c.dep_ in ("relcl", "acl", "appos") and c.i > tok.i for c in tok.children):
        return []  # "the country that hosts ...": a new referent
    if not dets & {"its", "their"} and any(
        p.dep_ == "pobj" and not _agent_phrase(tok, c, p)
        for c in tok.children
        if c.dep_ == "prep"
        for p in c.children
    ):
        return []  # "the state of X", "the state of emergency": a named or other referent
    skip = _excluded(ctx, srcs)
    found: list[str] = []
    for i in range(_window_start(tok), tok.i):
        m = ctx.index.at_token(i)
        if m is None or ctx.etype(m.key) != "Country" or m.key in skip or m.key in found:
            continue
        found.append(m.key)
    return found if len(found) == 1 else []


def subject_description(tok: Token, ctx: Any) -> list[str]:
    """'Cuba faces a fuel crisis. The island nation asked Mexico for oil': a definite description
    of a state as a clause's subject stands for the one state named in its sentence before it and
    the sentence before, not counting the states the clause itself names ('Saudi Arabia and Iran
    restored ties. The kingdom later accused Tehran ...': Saudi Arabia)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
        return []
    v = tok.head
    own = set()
    for t in v.subtree:
        if tok.left_edge.i <= t.i <= tok.right_edge.i:
            continue
        m = ctx.index.at_token(t.i)
        if m is not None:
            own.add(m.key)
            if c := ctx.country(m.key):
                own.add(c)
    return state_description(tok, ctx, sorted(own))


def story_pair(tok: Token, ctx: Any, hosts: set[str]) -> list[str]:
    """'Prime Minister X and President Y held talks in Tokyo ... [several sentences] ... Both
    leaders condemned the launch': 'both leaders' / 'the two leaders' with no pair in the sentences
    just before is the latest pair of persons coordinated earlier in the text (within
    ``story_pair_window`` sentences: the summit's principals), none of them the clause's host."""
    sents = [s for s in tok.doc.sents if s.start <= sentence(tok).start][
        -(_data()["story_pair_window"] + 1) :
    ]
    for i in range(sentence(tok).start - 1, sents[0].start - 1, -1):
        t = tok.doc[i]
        if t.dep_ != "conj" or t.head.i >= i:
            continue
        a, b = ctx.linked(t.head), ctx.linked(t)
        if a and b and a != b and ctx.etype(a) == ctx.etype(b) == "Person" and not {a, b} & hosts:
            return [a, b]
    return []


def pronoun_titles(v: Token) -> list[Token]:
    """'Ukraine's ambassador to Senegal, Yurii Pyvovarov, shared a video ... Senegal's foreign ministry
    summoned him': the title nouns of the person an object 'him'/'her' of ``v`` stands for (the most
    recent person the tagger names before it in its sentence or the one before, outside ``v``'s
    subject), so that a verb that wants an envoy as its object ('summon', 'expel') sees one."""
    prons = [c for c in v.children if c.dep_ in _OBJ and c.lower_ in ("him", "her")]
    if not prons:
        return []
    doc = v.doc
    subj = {t.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    lo = _window_start(prons[0])
    for ent in reversed(doc.ents):
        if ent.end > prons[0].i or ent.label_ != "PERSON" or ent.root.i in subj:
            continue
        if ent.start < lo:
            break
        root = ent.root
        out = [c for c in root.children if c.dep_ == "compound" and c.i < ent.start]  # "Ambassador X"
        if root.dep_ == "appos":
            h = root.head
            out.append(h)  # "the ambassador, X,"
            if h.dep_ == "pobj" and h.head.dep_ == "prep":
                out.append(h.head.head)  # "the ambassador to Senegal, X,": the parse hangs X on the state
        return out
    return []


def clause_object(v: Token) -> list[Token]:
    """'Ukraine rejected the move, calling it illegal': the object 'it'/'them' of a participle or
    conjunct verb ``v`` is the object of the verb it hangs on, when the number agrees."""
    prons = [c for c in v.children if c.dep_ in _OBJ and c.lower_ in _data()["object_pronouns"]]
    if not prons or v.dep_ not in ("advcl", "conj") or v.head.pos_ not in ("VERB", "AUX"):
        return []
    tag = "NNS" if _data()["object_pronouns"][prons[0].lower_] == "plural" else "NN"
    objs = [c for c in v.head.children if c.dep_ in _OBJ and c.i < v.i]
    return [o for o in objs[-1:] if o.tag_ == tag]


@cache
def _group_sets() -> dict[str, frozenset[str]]:
    return {w: frozenset(ws) for ws in _data()["definite_groups"] for w in ws}


def definite_group(tok: Token, ctx: Any) -> list[str]:
    """'four China Coast Guard vessels entered ... Tokyo demanded the ships leave': a bare definite
    plural ('the ships') stands for the owner of the latest mention of its kind in the sentences
    before, when every such mention has the same owner."""
    kind = _group_sets().get(tok.lemma_.lower())
    if kind is None or tok.tag_ != "NNS":
        return []
    if [c.lower_ for c in tok.children if c.dep_ not in ("punct",)] != ["the"] or tok.i == 0:
        return []
    sents = [s for s in tok.doc.sents if s.start <= sentence(tok).start][
        -(_data()["definite_groups_window"] + 1) :
    ]
    owners: list[tuple[str, ...]] = []
    for t in tok.doc[sents[0].start : tok.i]:
        if t.pos_ == "NOUN" and t.lemma_.lower() in kind and t.i != tok.i:
            keys = tuple(_ev().actors_of(t, ctx, pronouns=False, depth=1))
            if keys:
                owners.append(keys)
    if not owners or len(set(owners)) != 1:
        return []
    return list(owners[-1])
