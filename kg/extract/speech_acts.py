"""Threats, demands and accusations carried by what a speaker says, not by a threat/demand verb.

News reports many PLOVER speech acts through the content of reported or quoted speech. Each rule
below needs a *voice*: the subject of the speech verb the clause is the complement of ("X said
..."), or the speaker of the quotation it stands in. The word lists live in
``kg/data/speech_acts.json``.

* **Retaliation idioms** (THREATEN, CAMEO 130/138): "Y will pay a heavy price", "Y would face
  consequences", "Y will regret it" threaten the clause's subject; "any further attack will not go
  unanswered" threatens the attack's author (its possessor, demonym or 'by' phrase, else the actor
  of the latest hostile act against the speaker's side within two sentences); "reserves the right
  to respond", "will respond with full force / decisively to Y's decision", "warned Y of an
  appropriate response", "retaliation will follow", "any attack will be met with force" threaten
  the author of the act responded to (or the warned party); "all options are on the table regarding Y" threatens Y. The source is the
  clause's subject when it is an actor ("Moscow reserves the right to respond, she said"), else
  the voice.
* **Modal demands** (REQUEST, CAMEO 100/020): a quoted clause "Y must/should/has to/needs to ..."
  whose active subject is an actor of another side than the speaker's
  (``events._reported_demands`` already codes 'X said Y must/should' outside quotes).
* **Evaluations** (ACCUSE, CAMEO 111): "this is another hostile step by Y", "Y's decision is an
  act of irresponsibility", an appositive "an unfriendly act" after Y's act: a clearly negative
  head (a list) with an identifiable author.
* **Predicate evaluations** (ACCUSE, CAMEO 111): "X said Y's decision was unacceptable", "what Y is
  doing is shameful", "X called Y's move unacceptable", "Y's conduct is not acceptable": a negative
  adjective (or a negated positive one) said of another actor's act.
* **Regret** (ACCUSE, CAMEO 111): "we deeply regret that the Y authorities have chosen this path",
  "X regretted Y's decision": the one regretting criticizes the clause's subject or the act's author.
* **Causation** (ACCUSE, CAMEO 112): "the crisis was the result of the policies of Y and Z", "the
  war was caused by Y's actions".
* **Actor judgements** (ACCUSE, CAMEO 111): the judged actor itself as the subject of a copula with a
  pejorative complement ("Y is a terrorist state", "Y was a puppet of Z") or of a verb of wrongdoing
  ("Y is weaponising food", "Y is bullying its neighbours"), and a condemning reference anywhere in a
  voiced clause ("Y's hostile policy has ...", "the provocative actions of the Y authorities", "Y's
  blackmail"); never negated, conditional, modal, asked, a supposed act ("any aggression by Y"), or
  with the voice's own side among the judged.

The drafts go through :func:`kg.extract.events._finish` like any other (speaker substitution,
confidence, dates).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from kg.extract.common import sentence
from kg.resources import load_json

__all__ = ["find_speech_acts", "warning_clause"]

SUBJ = ("nsubj", "csubj")
OBJ = ("dobj", "dative", "obj")
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
DEMONSTRATIVE = frozenset({"this", "that", "it", "these", "those"})
#: Acts a response answers (a threat is answered by words, not coded as a counter-threat here).
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


@cache
def _data() -> dict[str, Any]:
    return load_json("speech_acts.json")


def _ev() -> Any:
    from kg.extract import events  # late: events imports this module

    return events


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(load_json("cues.json")["speech_verbs"]) | frozenset(_data()["speech_verbs_extra"])


def _future(v: Token) -> bool:
    return bool(_ev()._modal(v) & FUTURE_AUX)


def _voice(v: Token, ctx: Any) -> tuple[list[str], Token | None]:
    """Who states the clause of ``v``: the subject actors of the speech verb it is reported by,
    else the speaker of the quotation it stands in; no one for the writer's own voice."""
    ev = _ev()
    t = v
    for _ in range(4):
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in _speech_verbs():
            h = t.head
            if ev._negated(h):
                return [], h
            keys, from_agent = ev._verb_subjects(h, ctx)
            if not from_agent and any(c.dep_ in ("nsubjpass", "auxpass") for c in h.children):
                # "the ambassador was told that ...": the one told is no voice; the one reporting the
                # telling ("..., X said") or the quote's speaker is
                t = h
                continue
            if keys:
                return keys, h
            break
        if (src := _according_to(t, ctx)) is not None:
            return src
        if t.dep_ not in ("conj", "ccomp", "xcomp", "advcl", "acl", "relcl") or t.head.i == t.i:
            break
        t = t.head
    sp = ctx.speaker_at(v)
    return ([sp], None) if sp else ([], None)


def _according_to(t: Token, ctx: Any) -> tuple[list[str], Token | None] | None:
    """'According to the X ministry, ...' / '..., according to X': the actor the clause of ``t`` is
    attributed to (no one for a non-actor source: 'according to the agreement'); also 'in X's words',
    'in the view of X' (speech_acts.json 'attribution_nouns'), which the parser may hang on the
    clause's subject ('the IAEA, in Baghaei's words, failed to ...')."""
    ev = _ev()
    nouns = _data()["attribution_nouns"]
    hosts = [t, *(c for c in t.children if c.dep_ in SUBJ)]
    for c in (c for h in hosts for c in h.children):
        if c.dep_ == "prep" and c.lower_ == "according" and c.head.i == t.i:
            keys = [k for p in ev._pobjs(c, ("to",)) for k in ev.actors_of(p, ctx, pronouns=False)]
            return (keys, c) if keys else None
        if c.dep_ == "prep" and c.lower_ == "in":
            for n in (p for p in c.children if p.dep_ == "pobj"):
                if n.lemma_.lower() not in nouns and n.lower_ not in nouns:
                    continue
                owners = [o for o in n.children if o.dep_ == "poss"] + ev._pobjs(n, ("of",))
                keys = [k for o in owners for k in ev.actors_of(o, ctx, pronouns=False)]
                if keys:
                    return keys, c
    return None


def _side(keys: list[str], ctx: Any) -> set[str]:
    return {ctx.country(k) or k for k in keys}


def _others(keys: list[str], own: set[str], ctx: Any) -> list[str]:
    return [k for k in dict.fromkeys(keys) if (ctx.country(k) or k) not in own]


def _subject_actors(v: Token, ctx: Any) -> list[str]:
    ev = _ev()
    if v.pos_ == "NOUN":  # "Eritrea reserves the right": 'reserves' mis-tagged as a noun
        return [k for c in v.children if c.dep_ == "compound" for k in ev.actors_of(c, ctx)]
    subj = [c for c in v.children if c.dep_ in SUBJ]
    return [k for s in subj for k in ev.actors_of(s, ctx)] if subj else ev._verb_subjects(v, ctx)[0]


def _author(n: Token, ctx: Any, depth: int = 0) -> list[str]:
    """Actors that did the act a noun names: the noun itself if it is an actor, its possessor,
    demonym or compound, its 'by' phrase, an actor in its 'of' phrase or the author of an
    agent noun there ('the policies of X', 'the decision of the X authorities')."""
    ev = _ev()
    keys = ev.actors_of(n, ctx, pronouns=False)
    if keys:
        return keys
    out: list[str] = []
    for c in n.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod"):
            out += ev.actors_of(c, ctx, pronouns=c.lower_ not in ("its", "their"))
    for p in ev._pobjs(n, ("by",)):
        out += ev.actors_of(p, ctx)
    if not out:  # "any attack from Afghan soil", "rocket fire from Lebanon": where the act comes from
        out += [k for p in ev._pobjs(n, ("from",)) for k in ev.actors_of(p, ctx) if ctx.etype(k) == "Country"]
    if not out:
        agents = set(_data()["evaluation"]["agent_nouns"])
        for p in ev._pobjs(n, ("of",)):
            keys = ev.actors_of(p, ctx, pronouns=False)
            if not keys and depth < 2 and p.lemma_.lower() in agents:
                keys = _author(p, ctx, depth + 1)
            out += keys
    return list(dict.fromkeys(out))


def _antecedent(tok: Token, ctx: Any, own: set[str]) -> list[str]:
    """The source of the latest hostile act against the speaker's side, within the window
    kg.extract.discourse gives retaliation (a reaction can come paragraphs after the act)."""
    disc = _discourse()
    window = disc._cues()["lexical_window_sentences"]
    for o in reversed(getattr(ctx, "drafts", [])):
        if o.tok.i >= tok.i or o.type not in HOSTILE or not o.sources:
            continue
        if not disc._window_ok(o.tok, tok, window):
            break
        theirs = _side(o.sources, ctx)
        if own and _side(o.targets, ctx) & own and not theirs & own:
            return list(dict.fromkeys(o.sources))
    return []


def _previous_subject(v: Token, ctx: Any, own: set[str]) -> list[str]:
    """'Y said it may arm Z. X warned of an appropriate response': the warned party is the
    other-side subject of the previous sentence of the paragraph (the one whose step is answered)."""
    start = sentence(v).start
    if start == 0 or "\n\n" in v.doc[start - 1 : start + 1].text_with_ws:
        return []
    prev = sentence(v.doc[start - 1])
    subj = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].pos_ == "PRON":
        return []
    return _others(_ev().actors_of(subj[0], ctx, pronouns=False), own, ctx)


def _discourse() -> Any:
    from kg.extract import discourse

    return discourse


def _act_author(n: Token, ctx: Any, own: set[str]) -> list[str]:
    """The author of an act responded to: named in its phrase, or, for a definite or demonstrative
    reference ('the aggression', 'this', 'any further attack'), the latest hostile act's actor."""
    keys = _others(_author(n, ctx), own, ctx)
    if keys:
        return keys
    if n.lower_ in DEMONSTRATIVE or n.pos_ == "NOUN":
        return _antecedent(n, ctx, own)
    return []


# ---------------------------------------------------------------------------------------------
# threats


def _threat_source(v: Token, ctx: Any, voice: list[str]) -> list[str]:
    """The clause's subject when it is an actor on the speaker's side (or there is no speaker),
    else the speaker ('we' in a quote is the speaker's side)."""
    subj = _subject_actors(v, ctx)
    if subj and (not voice or _side(subj, ctx) & _side(voice, ctx) or ctx.etype(voice[0]) != "Person"):
        return subj
    if subj and voice and ctx.etype(voice[0]) == "Person" and ctx.country(voice[0]) is None:
        return subj
    return voice


def _consequence(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'Y will pay a heavy price', 'Y would face consequences', 'Y will regret'."""
    cfg = _data()["consequence"]
    lem = v.lemma_.lower()
    if lem not in cfg["verbs"] or _ev()._negated(v):
        return None
    if not (_future(v) or _ev()._modal(v) & set(cfg["obligation_modals"])):
        return None
    objs = cfg["verbs"][lem]
    if objs is not None and not any(
        t.lemma_.lower() in objs or t.lower_ in objs
        for t in v.children
        if t.dep_ in (*OBJ, "advmod", "npadvmod", "attr", "prep")  # "must answer for the crime"
    ):
        return None
    if v.head.pos_ in ("VERB", "AUX") and v.head.lemma_.lower() in ("warn", "threaten", "vow"):
        return None  # kg.extract.discourse.consequence_targets codes it
    voice, _ = _voice(v, ctx)
    if not voice:
        return None
    own = _side(voice, ctx)
    tgts = _others(_subject_actors(v, ctx), own, ctx)
    if not tgts and any(c.dep_ in SUBJ and c.pos_ == "PRON" for c in v.children):
        # "if Japan dares to intervene, it will suffer a crushing defeat": the condition's subject
        tgts = _others(
            [
                k
                for c in v.children
                if c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for sb in c.children
                if sb.dep_ in SUBJ
                for k in _ev().actors_of(sb, ctx, pronouns=False)
            ],
            own,
            ctx,
        )
    return (voice, tgts, "consequence") if tgts else None


def warning_clause(v: Token) -> bool:
    """'Y must pay the price', 'Y must not underestimate our resolve': the modal clause is a warning
    (THREATEN, coded here), not a demand (events._reported_demands leaves it alone)."""
    lem = v.lemma_.lower()
    cons = _data()["consequence"]["verbs"]
    if lem in cons and not _ev()._negated(v):
        objs = cons[lem]
        return objs is not None and any(
            t.lemma_.lower() in objs
            for t in v.children
            if t.dep_ in (*OBJ, "advmod", "npadvmod", "attr", "prep")
        )
    idioms = _data()["warning_advice"]["idioms"]
    if lem in idioms and any(c.lower_ in idioms[lem] for c in v.children if c.dep_ in ("advmod", "npadvmod")):
        return True  # "Y should think twice": a warning, not an appeal
    under = _data()["underestimate"]
    return (
        lem in under["verbs"]
        and _ev()._negated(v)
        and any(c.dep_ in OBJ and c.lemma_.lower() in under["objects"] for c in v.children)
    )


def _underestimate(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'Japan must not underestimate the determination of the Chinese people' (speech_acts.json
    'underestimate'): a warning to the clause's subject."""
    cfg = _data()["underestimate"]
    ev = _ev()
    if not ev._negated(v) or not ev._modal(v) & {"must", "should"}:
        return None
    if not any(c.dep_ in OBJ and c.lemma_.lower() in cfg["objects"] for c in v.children):
        return None
    voice, _ = _voice(v, ctx)
    if not voice:
        return None
    tgts = _others(_subject_actors(v, ctx), _side(voice, ctx), ctx)
    return (voice, tgts, "underestimate") if tgts else None


def _without_answer(v: Token, cfg: dict[str, Any]) -> bool:
    """'(will not remain) without consequences / a response' on ``v``."""
    return any(p.lemma_.lower() in cfg["without_nouns"] for p in _ev()._pobjs(v, ("without",)))


def _unanswered(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'any further attack will not go unanswered', 'this aggression will not remain unpunished',
    'will not let the provocation go unanswered', 'would not leave London's move unanswered'."""
    cfg = _data()["unanswered"]
    ev = _ev()
    lem = v.lemma_.lower()
    if lem in cfg["leaving_verbs"]:
        # "X would not leave Y's move unanswered": the act is the object, the complement its
        # predicate or (as the parser often reads it) its modifier; the source is X or the voice
        acts = [c for c in v.children if c.dep_ in OBJ]
        comp = [c for c in v.children if c.dep_ in ("acomp", "oprd", "xcomp", "ccomp")]
        comp += [m for a in acts for m in a.children if m.dep_ == "amod"]
        if not acts or not ev._negated(v):
            return None
        if not any(c.lower_ in cfg["complements"] for c in comp) and not _without_answer(v, cfg):
            return None
        voice, _ = _voice(v, ctx)
        srcs = _threat_source(v, ctx, voice)
        if not srcs:
            return None
        tgts = _act_author(acts[0], ctx, _side(srcs, ctx) | _side(voice, ctx))
        return (srcs, tgts, "unanswered") if tgts else None
    if lem not in cfg["verbs"]:
        return None
    letting = v.dep_ in ("ccomp", "xcomp") and v.head.lemma_.lower() in cfg["letting_verbs"]
    if not (ev._negated(v) or (letting and ev._negated(v.head))):
        return None  # "will not let the attack go unanswered": the negation is on 'let'
    if not any(
        c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in cfg["complements"] for c in v.children
    ) and not _without_answer(v, cfg):
        return None
    voice, _ = _voice(v.head if letting else v, ctx)
    if letting and not voice:
        voice = _subject_actors(v.head, ctx)  # "Beijing will not let X go unanswered"
    if not voice:
        return None
    own = _side(voice, ctx)
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and v.dep_ == "conj":  # "this is unacceptable and will not remain without consequences"
        subj = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return None
    tgts = _act_author(subj[0], ctx, own)
    return (voice, tgts, "unanswered") if tgts else None


def _forceful(v: Token) -> bool:
    cfg = _data()["response"]
    for c in v.children:
        if c.dep_ == "advmod" and c.lower_ in cfg["manner_adverbs"]:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(p.lemma_.lower() in cfg["with_nouns"] for p in c.children)
        ):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "kind" for p in c.children):
            return True
    return False


def _responded_to(v: Token) -> list[Token]:
    return [p for p in _ev()._pobjs(v, ("to", "for", "against")) if p.pos_ in ("NOUN", "PROPN", "PRON")]


def _response_targets(n: Token, said: Token | None, ctx: Any, own: set[str]) -> list[str]:
    """Whom a response (noun ``n`` or verb) answers: the author of the act in its 'to/for/against'
    phrase; an actor of another side in its own 'by' phrase ('a response to the drills by X': the
    parser hangs the act's 'by' on the response); the act the speech verb is 'of/about' ('...,
    X said of the strikes'); else the latest hostile act against the speaker's side."""
    ev = _ev()
    tgts: list[str] = []
    objs = _responded_to(n)
    for o in objs:
        tgts += _act_author(o, ctx, own)
    if objs and not tgts:
        tgts = _others([k for p in ev._pobjs(n, ("by",)) for k in ev.actors_of(p, ctx)], own, ctx)
    if not tgts and said is not None:
        for o in ev._pobjs(said, ("of", "about")):
            tgts += _act_author(o, ctx, own)
    return tgts or _antecedent(n, ctx, own)


def _respond(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'will respond with full force to Y's aggression', 'reserves the right to respond to the
    decision of the Y authorities', 'would respond decisively'."""
    cfg = _data()["response"]
    ev = _ev()
    lem = v.lemma_.lower()
    if lem not in cfg["verbs"] or ev._negated(v):
        return None
    right = v.dep_ == "acl" and v.head.lemma_.lower() in cfg["right_nouns"] and lem in cfg["right_verbs"]
    if right:
        n = v.head
        if any(c.lower_ == "no" for c in n.children) or (
            n.head.pos_ in ("VERB", "AUX") and ev._negated(n.head)
        ):
            return None
        clause = n.head if n.dep_ in OBJ else v  # "reserves the right", also when mis-tagged
    else:
        if not _future(v) and not (
            v.dep_ == "xcomp" and v.head.lemma_.lower() in cfg["warning_verbs"] and not ev._negated(v.head)
        ):
            return None
        if ev._conditional(v):
            return None  # 'would respond firmly if X ...': the lexicon's 'respond#if' codes it
        clause = v
    objs = _responded_to(v)
    hostile = set(cfg["hostile_objects"])
    if not right and not _forceful(v) and not any(o.lemma_.lower() in hostile for o in objs):
        return None  # "Hamas will respond to the proposal": a reply, not a threat
    voice, _ = _voice(clause, ctx)
    srcs = _threat_source(clause, ctx, voice)
    if not srcs:
        return None
    own = _side(srcs, ctx) | _side(voice, ctx)
    tgts = _response_targets(v, None, ctx, own)
    return (srcs, tgts, "respond") if tgts else None


def _response_noun(n: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'warned Y of an appropriate response', 'vowed a crushing response to the attack',
    'retaliation will follow'."""
    cfg = _data()["response"]
    ev = _ev()
    if ev._noun_negated(n):
        return None
    h = n.head
    if n.lemma_.lower() not in cfg["nouns"] and not (n.dep_ == "pobj" and h.lower_ == "with"):
        return None
    warned = None
    if n.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in ("of", "about"):
        warned = h.head  # "warned (Y) of an appropriate response"
    elif n.dep_ in OBJ:
        warned = h
    if warned is not None and warned.pos_ == "VERB" and warned.lemma_.lower() in cfg["warning_verbs"]:
        if ev._negated(warned):
            return None
        if not any(c.dep_ == "amod" and c.lemma_.lower() in cfg["manner_adjectives"] for c in n.children):
            return None
        srcs = ev._verb_subjects(warned, ctx)[0] or _voice(warned, ctx)[0]
        own = _side(srcs, ctx)
        tgts = _others(
            [k for c in warned.children if c.dep_ in OBJ and c.i != n.i for k in ev.actors_of(c, ctx)],
            own,
            ctx,
        )
        tgts = tgts or _response_targets(n, None, ctx, own) or _previous_subject(warned, ctx, own)
        return (srcs, tgts, "response") if srcs and tgts else None
    if (
        n.dep_ in ("nsubj", "attr")
        and h.lemma_.lower() in cfg["coming_verbs"]
        and _future(h)
        and not ev._negated(h)
    ):
        # "retaliation will follow", "there will be a decisive response" said by X
        there = any(c.dep_ == "expl" and c.lower_ == "there" for c in h.children)
        if (h.lemma_ == "be") != there or (n.dep_ == "attr") != there:
            return None
        voice, said = _voice(h, ctx)
        if not voice:
            return None
        tgts = _response_targets(n, said, ctx, _side(voice, ctx))
        kind = "consequence" if n.lemma_.lower() == "consequence" else "response"  # CAMEO 130, not 138
        return (voice, tgts, kind) if tgts else None
    met = h.head if n.dep_ == "pobj" and h.lower_ == "with" else None
    if met is not None and met.lemma_ == "meet" and _future(met) and not ev._negated(met):
        # "any attack on our territory will be met with a decisive response / with force"
        acts = [c for c in met.children if c.dep_ == "nsubjpass"]
        voice, _ = _voice(met, ctx)
        if not acts or not voice:
            return None
        tgts = _act_author(acts[0], ctx, _side(voice, ctx))
        return (voice, tgts, "response") if tgts else None
    return None


def _blamed_by(tok: Token, ctx: Any, own: set[str]) -> list[str]:
    """The targets of the latest accusation the speaker's side made before ``tok`` within the
    discourse window ('Moscow blamed Kyiv for the attack. Putin promised a response')."""
    disc = _discourse()
    window = disc._cues()["lexical_window_sentences"]
    kinds = set(_data()["retaliation_plan"]["blame_types"])
    for o in reversed(getattr(ctx, "drafts", [])):
        if o.tok.i >= tok.i or o.type not in kinds or not o.targets:
            continue
        if not disc._window_ok(o.tok, tok, window):
            break
        if own and _side(o.sources, ctx) & own and not _side(o.targets, ctx) & own:
            return list(dict.fromkeys(o.targets))
    return []


def _clause_others(v: Token, ctx: Any, own: set[str], srcs: list[str]) -> list[str]:
    """Actors of another side named in the clause of ``v`` (its subtree), not its sources."""
    ev = _ev()
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        v = v.head  # "would monitor what NATO does on Swedish territory and would take countermeasures"
    keys = [
        k
        for t in v.subtree
        if t.pos_ in ("PROPN", "ADJ") and t.dep_ != "compound"
        for k in ev.actors_of(t, ctx, pronouns=False)
        if k not in srcs
    ]
    return _others(keys, own, ctx)


def _planned(n: Token) -> bool:
    """``n`` names a retaliation: one of 'nouns', a measure with a retaliatory modifier, or
    'all/whatever (...) necessary' measures (speech_acts.json 'retaliation_plan')."""
    cfg = _data()["retaliation_plan"]
    if n.lower_ in cfg["nouns"] or n.lemma_.lower() in cfg["nouns"]:
        return True
    if n.lower_ not in cfg["measure_nouns"] and n.lemma_.lower() not in cfg["measure_nouns"]:
        return False
    mods = {c.lower_ for c in n.children if c.dep_ in ("amod", "compound", "nmod")}
    if mods & set(cfg["measure_modifiers"]):
        return True
    words = {t.lower_ for t in n.subtree}
    return "necessary" in words and bool(words & set(cfg["necessary_quantifiers"]))


def _retaliation_plan(n: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'would take countermeasures', 'is preparing retaliatory measures', 'promised a response',
    'will take whatever actions we deem necessary': the voice's own retaliation to come, aimed at the
    one it answers (speech_acts.json 'retaliation_plan')."""
    cfg = _data()["retaliation_plan"]
    ev = _ev()
    if n.dep_ not in OBJ or ev._noun_negated(n) or not _planned(n):
        return None
    v = n.head
    lem = v.lemma_.lower()
    if v.pos_ != "VERB" or ev._negated(v) or _asked(v):
        return None
    resp = _data()["response"]
    if lem in resp["warning_verbs"] and any(
        c.dep_ == "amod" and c.lemma_.lower() in resp["manner_adjectives"] for c in n.children
    ):
        return None  # "vowed a crushing response": _response_noun reads it
    if lem in cfg["promising_verbs"]:
        pass
    elif lem in cfg["taking_verbs"]:
        progressive = v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.children)
        if not (_future(v) or ev._modal(v) & {"may", "might", "could", "can"} or progressive):
            return None
    else:
        return None
    objs = _responded_to(n) + _responded_to(v)
    hostile = set(_data()["response"]["hostile_objects"])
    if (
        objs
        and n.lemma_.lower() in ("response", "reaction")
        and not any(o.lemma_.lower() in hostile for o in objs)
    ):
        return None  # "promised a response to the letter": a reply
    voice, _ = _voice(v, ctx)
    srcs = _threat_source(v, ctx, voice)
    if not srcs:
        return None
    own = _side(srcs, ctx) | _side(voice, ctx)
    tgts: list[str] = []
    for o in objs:
        tgts += _act_author(o, ctx, own)
    tgts = (
        tgts
        or _others(_discourse()._if_clause_actors(v, ctx), own, ctx)
        or _antecedent(n, ctx, own)
        or _blamed_by(n, ctx, own)
        or _previous_subject(v, ctx, own)
        or _clause_others(v, ctx, own, srcs)
    )
    return (srcs, tgts, "retaliation_plan") if tgts else None


def _defiance(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'Taiwan would not be intimidated', 'the bloc will "not be blackmailed" by X': a negated
    passive of a verb of coercion defies the one pressing the subject's side (speech_acts.json
    'defiance'). The one pressing is the 'by' agent ('by anyone' names no one), else an actor of
    another side that is the subject of another clause of the sentence, not of its speech verb ('X
    said Y had chosen to punish its voters but that Z would not be intimidated'); never one from an
    earlier sentence."""
    ev = _ev()
    if v.pos_ != "VERB" or v.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in v.children):
        return None
    if not ev._negated(v) or _asked(v):
        return None
    subj = [c for c in v.children if c.dep_ == "nsubjpass"]
    srcs = [k for s in subj for k in ev.actors_of(s, ctx)]
    if not srcs:
        return None
    own = _side(srcs, ctx)
    agents = ev._pobjs(v, ("by",))
    if agents:
        tgts = _others([k for p in agents for k in ev.actors_of(p, ctx, pronouns=False)], own, ctx)
    else:
        tgts = _others(
            [
                k
                for t in sentence(v)
                if t.dep_ == "nsubj"
                and t.head.i != v.i
                and t.head.pos_ in ("VERB", "AUX")
                and t.head.lemma_.lower() not in _speech_verbs()  # the voice is no coercer
                for k in ev.actors_of(t, ctx, pronouns=False)
            ],
            own,
            ctx,
        )
    return (srcs, tgts, "defiance") if tgts else None


def _casus_belli(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'British warships would become legitimate targets', 'any attempt by Y to seize the base would
    be regarded as an act of aggression': another side, or its possible act, declared a target or
    war in advance (speech_acts.json 'casus_belli')."""
    cfg = _data()["casus_belli"]
    ev = _ev()
    if ev._negated(v) or _asked(v):
        return None
    comps = [c for c in v.children if c.dep_ in ("attr", "oprd", "dobj", "xcomp")]
    comps += ev._pobjs(v, ("as", "to"))
    kind, comp = None, None
    for c in comps:
        lem = c.lemma_.lower()
        war = (lem in cfg["war_nouns"] and c.pos_ == "NOUN") or (
            lem in cfg["act_heads"]
            and any(p.lemma_.lower() in cfg["war_nouns"] for p in ev._pobjs(c, ("of", "for")))
        )
        if lem in cfg["target_nouns"]:
            kind, comp = "target", c
        elif war:
            kind, comp = "act", c
        if kind:
            break
    if comp is None or ev._noun_negated(comp):
        return None
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].lower_ in DEMONSTRATIVE or subj[0].lower_ in ("we", "us", "i"):
        return None
    s = subj[0]
    supposed = any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in s.children)
    legitimate = kind == "target" and any(c.lower_ in ("legitimate", "legal") for c in comp.children)
    if not (
        _future(v) or ev._modal(v) & {"could", "might", "may"} or ev._conditional(v) or supposed or legitimate
    ):
        return None
    voice, _ = _voice(v, ctx)
    if not voice:
        return None
    own = _side(voice, ctx)
    keys = ev.actors_of(s, ctx, pronouns=True) if kind == "target" else _author(s, ctx)
    keys = [k for k in keys if ctx.etype(k) != "Location" or ctx.country(k)]
    tgts = _others(keys, own, ctx)
    if not tgts or len(tgts) < len(set(keys)):
        return None
    return voice, tgts, "casus_belli"


def _warning_advice(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'Y is strongly advised not to pursue ...', 'Y would be well advised to stop ...', 'Y should
    think twice before ...': advice in the idiom of a warning (speech_acts.json 'warning_advice')."""
    cfg = _data()["warning_advice"]
    ev = _ev()
    lem = v.lemma_.lower()
    if ev._negated(v) or _asked(v):
        return None
    if lem in cfg["verbs"]:
        subj = [c for c in v.children if c.dep_ == "nsubjpass"]
        if not subj and v.dep_ == "acomp" and v.head.lemma_ == "be" and not ev._negated(v.head):
            subj = [c for c in v.head.children if c.dep_ == "nsubj"]  # "Y would be well advised to"
        if not subj or any(c.dep_ == "agent" for c in v.children):
            return None
        strong = any(c.dep_ == "advmod" and c.lower_ in cfg["adverbs"] for c in v.children)
        not_to = any(c.dep_ == "xcomp" and ev._negated(c) for c in v.children)
        if not (strong or not_to):
            return None
    elif lem in cfg["idioms"]:
        if not any(
            c.lower_ in cfg["idioms"][lem] for c in v.children if c.dep_ in ("advmod", "npadvmod", "prt")
        ):
            return None
        if not (ev._modal(v) & set(cfg["modals"])):
            return None
        subj = [c for c in v.children if c.dep_ == "nsubj"]
    else:
        return None
    if not subj or subj[0].pos_ == "PRON" and subj[0].lower_ in ("we", "i", "us", "you"):
        return None
    voice, _ = _voice(subj[0].head, ctx)
    if not voice:
        return None
    keys = ev.actors_of(subj[0], ctx)
    tgts = _others(keys, _side(voice, ctx), ctx)
    if not tgts or len(tgts) < len(set(keys)):
        return None
    return voice, tgts, "warning_advice"


def _options(n: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'all options are on the table regarding Y', 'all options remain open against Y'."""
    cfg = _data()["options"]
    ev = _ev()
    if n.lemma_.lower() not in cfg["nouns"] or n.dep_ != "nsubj" or n.tag_ != "NNS":
        return None
    if not any(c.lower_ == "all" for c in n.children):
        return None
    v = n.head
    if ev._negated(v):
        return None
    placed = any(p.lemma_.lower() in cfg["places"] for p in ev._pobjs(v, ("on",))) or any(
        c.dep_ == "acomp" and c.lower_ in cfg["open_adjectives"] for c in v.children
    )
    if not placed:
        return None
    voice, _ = _voice(v, ctx)
    if not voice:
        return None
    own = _side(voice, ctx)
    tgts = [k for p in ev._pobjs(v, cfg["target_preps"]) for k in _author(p, ctx)]
    tgts += [k for p in ev._pobjs(n, cfg["target_preps"]) for k in _author(p, ctx)]
    tgts = _others(tgts, own, ctx) or _others(_discourse()._if_clause_actors(v, ctx), own, ctx)
    return (voice, tgts, "options") if tgts else None


# ---------------------------------------------------------------------------------------------
# demands and accusations


def _demand(v: Token, ctx: Any) -> tuple[list[str], list[str], str, tuple[str, float]] | None:
    """A quoted 'Y must/should/has to/needs to <act>' about another actor."""
    cfg = _data()["demand"]
    ev = _ev()
    aux = [c for c in v.children if c.dep_ == "aux" and c.lower_ in cfg["aux"]]
    act = v
    if aux:
        code = cfg["aux"][aux[0].lower_]
    elif v.lemma_.lower() in cfg["semi_modals"] and v.pos_ == "VERB":
        xs = [c for c in v.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
        if not xs or ev._negated(v):
            return None
        if v.tag_ == "VBD" and any(q.start_char <= v.idx < q.end_char for q in getattr(ctx, "quotes", ())):
            return None  # '"Seoul had to show ...," he said': a necessity narrated, not laid on anyone
        act, code = xs[0], cfg["semi_modals"][v.lemma_.lower()]
    else:
        return None
    if act.lemma_.lower() in cfg["state_verbs"] or any(
        c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in act.children
    ):
        return None  # "X must be ...", "X needs to look strong", "X must have known": states, inferences
    if act.pos_ != "VERB" or ev._conditional(v) or sentence(v).text.rstrip().rstrip('"\u201d').endswith("?"):
        return None
    if any(c.dep_ == "nsubjpass" for c in v.children):
        return None
    # 'X said Y must/should ...' outside a quote: events._reported_demands
    if aux and v.dep_ == "ccomp" and ctx.speaker_at(v) is None:
        return None
    voice, said = _voice(v, ctx)
    if not voice:
        return None
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ in ("we", "i", "you", "us"):
        return None
    named, own = ev.actors_of(subj[0], ctx), _side(voice, ctx)
    if any((ctx.country(k) or k) in own or k in own for k in named) and not ev.addressed(said, ctx):
        return None  # "the two countries should strengthen dialogue": a resolve the voice shares
    tgts = _others(named, own, ctx)
    if self_examination(act):
        code = self_examination_code()  # "Y should ask itself ...": a rebuke, no demand
    return (
        (voice, tgts, f"{v.text} {act.text}" if act.i != v.i else v.text, (code[0], code[1]))
        if tgts
        else None
    )


def self_examination_code() -> tuple[str, float]:
    code = _data()["demand"]["self_examination"]["cameo"]
    return code[0], code[1]


def self_examination(act: Token) -> bool:
    """'Y should ask itself who ...', 'Y should look at itself', 'Y should be investigating its own
    mistakes': advice that the addressee turn on itself or on its own faults is a rebuke (CAMEO 111),
    quoted (_demand) or reported (events._reported_demands) (speech_acts.json demand.self_examination)."""
    cfg = _data()["demand"]["self_examination"]
    objs = [c for c in act.children if c.dep_ in ("dobj", "dative", "pobj")]
    objs += [p for c in act.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if act.lemma_.lower() in cfg["looking_verbs"] and any(o.lower_ in cfg["reflexives"] for o in objs):
        return True
    faults = _shared_pejorative()
    for o in objs:
        if not any(c.dep_ == "amod" and c.lower_ == "own" for c in o.children):
            continue
        if o.lemma_.lower() in faults or any(p.lemma_.lower() in faults for p in _ev()._pobjs(o, ("of",))):
            return True
    return False


def _evaluative(n: Token) -> bool:
    cfg = _data()["evaluation"]
    lem = n.lemma_.lower()
    if lem in cfg["negative_nouns"]:
        return True
    if lem not in cfg["act_nouns"] and lem not in cfg["speech_nouns"]:
        return False
    if any(c.dep_ == "amod" and c.lemma_.lower() in cfg["negative_adjectives"] for c in n.children):
        return True
    return any(p.lemma_.lower() in cfg["negative_nouns"] for p in _ev()._pobjs(n, ("of",)))


def _clause_verb(h: Token) -> Token | None:
    """The verb an object hangs on, through a misparsed noun ('received with surprise the tone':
    'tone' parsed as the object of 'surprise')."""
    for _ in range(3):
        if h.pos_ == "VERB":
            return h
        if h.dep_ not in ("pobj", "prep") or h.head.i == h.i:
            return None
        h = h.head
    return None


def _evaluation(n: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'This is another hostile step by Y', 'Y's move is an act of irresponsibility', '..., an
    unfriendly act' in apposition to Y's act."""
    cfg = _data()["evaluation"]
    ev = _ev()
    if not _evaluative(n):
        return None
    h = n.head
    if n.dep_ == "attr" and h.lemma_.lower() in cfg["copulas"]:
        if ev._negated(h):
            return None
        clause = h
        judged = [c for c in h.children if c.dep_ == "nsubj"]
    elif n.dep_ == "pobj" and h.lower_ == "to" and h.head.lemma_.lower() == "amount":
        clause = h.head
        judged = [c for c in clause.children if c.dep_ == "nsubj"]
    elif n.dep_ == "appos" and h.pos_ in ("NOUN", "PROPN"):
        clause = h.head if h.head.pos_ in ("VERB", "AUX") else h
        judged = [h]
    elif (
        (top := ev._first_conjunct(n)).dep_ == "pobj"  # 'as "a dirty spectacle" and "a cynical attempt" by Y'
        and top.head.lower_ == "as"
        and top.head.head.pos_ == "VERB"
        and (by := ev._pobjs(n, ("by",)))
    ):
        # "Moscow rejected the draft as a cynical attempt by Washington and Tokyo", "dismissed the
        # report as a hostile move by Canberra": the complement names its own author in a 'by' phrase
        # ('a violation of the Council's resolutions' names what is violated, no author)
        v = top.head.head
        if ev._negated(v) or ev._conditional(v) or _asked(v):
            return None
        voice = _subject_actors(v, ctx) or _voice(v, ctx)[0]
        if not voice:
            return None
        tgts = _others([k for p in by for k in ev.actors_of(p, ctx)], _side(voice, ctx), ctx)
        return (voice, tgts, "evaluation") if tgts else None
    elif n.dep_ in OBJ and n.lemma_.lower() in cfg["speech_nouns"] and (v := _clause_verb(h)) is not None:
        # "the government had received with surprise the offensive tone of the Venezuelan statements":
        # another side's words judged by a negative adjective in the object of the voice's own verb
        if ev._negated(v) or any(
            c.dep_ in SUBJ and c.lemma_.lower() in cfg["speech_nouns"] for c in v.children
        ):
            return None
        voice = _subject_actors(v, ctx) or _voice(v, ctx)[0]
        if not voice:
            return None
        own = _side(voice, ctx)
        tgts = _others(_author(n, ctx), own, ctx)
        return (voice, tgts, "evaluation") if tgts else None
    else:
        return None
    voice, _ = _voice(clause, ctx)
    if not voice:
        return None
    own = _side(voice, ctx)
    tgts = _others(_author(n, ctx), own, ctx)
    for j in judged:
        if tgts:
            break
        if j.lower_ in DEMONSTRATIVE or j.pos_ == "PRON":
            # "Y deported them. X said it was a clear violation of international law"
            tgts = _recent_act_author(j, ctx, own) if j.lower_ in ("this", "that", "it") else []
            continue
        tgts = _others(_author(j, ctx), own, ctx)
    return (voice, tgts, "evaluation") if tgts else None


def _recent_act_author(j: Token, ctx: Any, own: set[str]) -> list[str]:
    """'Y's hackers attacked us, and this is unacceptable', 'Y expelled our envoy. That is a clear
    violation': the authors of the latest hostile act drafted earlier in the sentence of the demonstrative
    ``j`` or in the one before it, when none of them is of the voice's side."""
    kinds = HOSTILE | {"THREATEN"}
    if j.lower_ == "it" and any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in j.head.children):
        return []  # "it is unacceptable that ...", "it is dangerous to ...": an extraposed clause
    prev_start = sentence(j.doc[sentence(j).start - 1]).start if sentence(j).start > 0 else sentence(j).start
    for o in reversed(getattr(ctx, "drafts", [])):
        if o.tok.i >= j.i or o.type not in kinds or not o.sources or not o.targets:
            continue
        if o.tok.i < prev_start:
            break
        keys = list(dict.fromkeys(o.sources))
        return keys if len(_others(keys, own, ctx)) == len(keys) else []
    return []


def _judged_authors(j: Token, ctx: Any, own: set[str]) -> list[str]:
    """Who did what is judged: the subject of a free relative or clausal subject ('what Y is doing'),
    else the act's named author ('Y's decision', 'the Chinese move', 'the step by Y'), else for a
    definite act noun ('the decision') the latest hostile act against the speaker's side."""
    if j.dep_ == "csubj" or j.pos_ in ("VERB", "AUX"):
        return _others(_subject_actors(j, ctx), own, ctx)
    if j.lower_ in DEMONSTRATIVE or j.pos_ == "PRON":
        if j.lower_ == "what" and j.head.pos_ in ("VERB", "AUX") and j.head.dep_ in ("csubj", "nsubj"):
            return _others(_subject_actors(j.head, ctx), own, ctx)
        if j.lower_ in ("this", "that", "it"):
            return _recent_act_author(j, ctx, own)
        return []
    keys = _others(_author(j, ctx), own, ctx)
    if not keys and j.lemma_.lower() in _data()["evaluation"]["act_nouns"]:
        keys = _antecedent(j, ctx, own)
    return keys


def _denied_title(a: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'called Y "not a legitimate president"', 'said Y was not a legitimate leader', 'called Y "not a
    partner for peace"' (``a`` the adjective, or the laudatory noun itself): a positive qualification denied to another side's actor (or act) as the
    complement of a judging verb or copula (speech_acts.json 'predicate_evaluation' 'negated_positive')."""
    ev = _ev()
    cfg = _data()["predicate_evaluation"]
    n = a if a.pos_ in ("NOUN", "PROPN") else a.head
    if n.lemma_.lower() not in cfg["denied_heads"] or any(
        c.lower_ == "but" for c in (*n.children, *n.head.children)
    ):
        return None  # 'not a legitimate target', 'not a friend but a neighbour'
    comp = n
    while comp.dep_ == "conj" and comp.head.i != comp.i:
        comp = comp.head  # 'called Y "a fugitive" and "not a legitimate president"'
    h = comp.head
    named = None  # 'called [the X prime minister] "not a partner"' parsed as an apposition
    if comp.dep_ == "pobj" and h.lower_ == "as":
        h = h.head
    elif comp.dep_ == "appos" and h.dep_ in OBJ:
        named, h = h, h.head
    if comp.dep_ not in ("attr", "oprd", "pobj", "dobj", "appos") or h.pos_ not in ("VERB", "AUX"):
        return None
    copula = h.lemma_ == "be"
    if not copula and h.lemma_.lower() not in cfg["judging_verbs"]:
        return None
    denied = any(c.dep_ == "neg" for c in n.children) or (copula and ev._negated(h) and comp.i == n.i)
    if named is not None:
        denied = denied or any(c.dep_ == "neg" and c.i > named.i for c in named.children)
    if not denied or (not copula and ev._negated(h)) or ev._conditional(h) or _asked(h):
        return None
    if copula:
        voice, _ = _voice(h, ctx)
        judged = [c for c in h.children if c.dep_ == "nsubj"]
    else:
        voice = _subject_actors(h, ctx) or _voice(h, ctx)[0]
        judged = [named] if named is not None else [c for c in h.children if c.dep_ in OBJ and c.i != comp.i]
    if not voice or not judged:
        return None
    own = _side(voice, ctx)
    tgts = [k for j in judged for k in _judged_authors(j, ctx, own)]
    return (voice, tgts, "evaluation") if tgts else None


def _predicate_evaluation(a: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'X said Y's decision was unacceptable', 'what Y is doing is shameful', 'X called Y's move
    unacceptable' (also with the adjective misparsed as the object's modifier), 'Y's conduct is not
    acceptable': a negative judgement of another actor's act (speech_acts.json 'predicate_evaluation')."""
    ev = _ev()
    cfg = _data()["predicate_evaluation"]
    lem = a.lemma_.lower()
    negative = lem in _data()["evaluation"]["negative_adjectives"]
    h = a.head
    if a.dep_ == "amod" and not negative and h.pos_ == "NOUN":
        return _denied_title(a, ctx)
    if a.dep_ == "acomp" and h.lemma_ == "be":
        if ev._negated(h) == negative:  # 'is not unacceptable' / 'is acceptable' judge nothing
            return None
        voice, _ = _voice(h, ctx)
        judged = [c for c in h.children if c.dep_ in ("nsubj", "csubj")]
    elif negative and (
        (a.dep_ in ("oprd", "ccomp", "xcomp") and h.lemma_.lower() in cfg["judging_verbs"])
        or (
            a.dep_ in ("amod", "advmod")
            and a.i > h.i
            and h.dep_ in OBJ
            and h.head.lemma_.lower() in cfg["judging_verbs"]
        )
    ):
        misparsed = a.dep_ in ("amod", "advmod")  # "called [Y's move] [unacceptable]" as one phrase
        verb = h.head if misparsed else h
        if ev._negated(verb):
            return None
        voice = _subject_actors(verb, ctx) or _voice(verb, ctx)[0]
        judged = [h] if misparsed else [c for c in verb.children if c.dep_ in OBJ]
    else:
        return None
    if not voice or not judged:
        return None
    own = _side(voice, ctx)
    tgts = [k for j in judged for k in _judged_authors(j, ctx, own)]
    return (voice, tgts, "evaluation") if tgts else None


def _same_act(n: Token, ctx: Any, own: set[str]) -> list[str]:
    """'Y's jets struck two villages ... X said there was no justification for military operations': a
    bare act noun the lexicon codes as one of speech_acts.json 'denied_ground' 'same_act_types' names the
    latest act of that type told before it, within the window kg.extract.discourse gives a reaction, when
    its authors are of another side than the voice."""
    ev = _ev()
    trig = ev._match_trigger(n, ev.lexicon())
    if trig is None or trig.type not in _data()["denied_ground"]["same_act_types"]:
        return []
    disc = _discourse()
    window = disc._cues()["lexical_window_sentences"]
    told = [o for o in getattr(ctx, "drafts", []) if o.tok.i < n.i and o.type == trig.type and o.sources]
    for o in sorted(told, key=lambda o: o.tok.i, reverse=True):
        if not disc._window_ok(o.tok, n, window):
            break
        keys = list(dict.fromkeys(o.sources))
        return keys if len(_others(keys, own, ctx)) == len(keys) else []
    return []


def _denied_ground(n: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'X said Y's move had no legal basis', 'there is "no justification" for Y's strikes', 'sanctions
    that have no basis in international law', 'the vote lacked legitimacy': another side's act denied a
    justification (speech_acts.json 'denied_ground')."""
    ev = _ev()
    cfg = _data()["denied_ground"]
    h = n.head
    no = any(c.dep_ == "det" and c.lower_ == "no" for c in n.children)
    if n.dep_ in OBJ and h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in ("have", *cfg["lacking_verbs"]):
        if h.lemma_.lower() == "have" and no == ev._negated(h):
            return None  # 'has a basis', 'does not have no basis'
        if h.lemma_.lower() != "have" and ev._negated(h):
            return None  # 'does not lack legitimacy'
        judged = [c for c in h.children if c.dep_ == "nsubj"]
        if h.dep_ == "relcl" and any(j.lower_ in ("that", "which") for j in judged):
            judged = [h.head]  # "sanctions that have no basis": the antecedent
    elif n.dep_ == "attr" and h.lemma_ == "be" and no and any(c.dep_ == "expl" for c in h.children):
        judged = ev._pobjs(n, ("for",))  # "there was no justification for the strikes"
    else:
        return None
    if not judged or ev._conditional(h) or _asked(h):
        return None
    voice, _ = _voice(h, ctx)
    if not voice:
        return None
    own = _side(voice, ctx)
    tgts: list[str] = []
    for j in judged:
        keys = _judged_authors(j, ctx, own)
        if not keys and j.pos_ == "NOUN" and not _author(j, ctx):
            # "the sanctions imposed by Y": the agent of a participle on the act
            keys = ev._participle_agents(j, ctx)
            # "no justification for military operations": the hostile act told before
            keys = _others(keys, own, ctx) if keys else _antecedent(j, ctx, own) or _same_act(j, ctx, own)
        tgts += keys
    return (voice, tgts, "evaluation") if tgts else None


def _answered_request(n: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'Canberra accepted Tuvalu's request for ...', 'At Poland's request, NATO ambassadors met', 'arrested
    him at the request of the United States':
    the request's author asks the one answering it (speech_acts.json 'answered_request')."""
    ev = _ev()
    cfg = _data()["answered_request"]
    srcs = [k for c in n.children if c.dep_ == "poss" for k in ev.actors_of(c, ctx)]
    srcs += [
        k
        for c in n.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i < n.i
        for k in ev.actors_of(c, ctx, pronouns=False)
    ]  # "the US demand", "a Ukrainian request"
    srcs += [k for p in ev._pobjs(n, ("from", "by", "of")) for k in ev.actors_of(p, ctx)]
    if not srcs:
        return None
    h = n.head
    if n.dep_ in OBJ and h.pos_ == "VERB" and h.lemma_.lower() in cfg["answer_verbs"]:
        tgts = _subject_actors(h, ctx)
    elif n.dep_ == "pobj" and h.lower_ in cfg["preps"] and h.head.pos_ in ("VERB", "AUX"):
        tgts = _subject_actors(h.head, ctx)
    else:
        return None
    tgts = [k for k in tgts if k not in srcs]
    return (srcs, tgts, "request") if tgts else None


def _act_must_end(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'the occupation of Syrian territory by US forces cannot continue' (ACCUSE), 'Russia's attacks on
    civilians must stop' (REQUEST): speech_acts.json 'act_must_end'."""
    cfg = _data()["act_must_end"]
    ev = _ev()
    lem = v.lemma_.lower()
    mods = ev._modal(v)
    if lem in cfg["continue_verbs"] and ev._negated(v) and mods & set(cfg["continue_modals"]):
        kind = "act_intolerable"
    elif lem in cfg["end_verbs"] and not ev._negated(v) and mods & set(cfg["end_modals"]):
        kind = "act_must_end"
    else:
        return None
    if lem == "go" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in v.children):
        return None
    acts = [c for c in v.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and not _has_obj(v)]
    if not acts:
        return None
    voice, _ = _voice(v, ctx)
    if not voice:
        return None
    tgts = _others(
        [k for n in acts for k in _author(n, ctx) if ctx.etype(k) != "Location"], _side(voice, ctx), ctx
    )
    return (voice, tgts, kind) if tgts else None


def _expectation(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'India expected Dhaka to implement all understandings', 'we expect Russia to honour its
    commitments': a demand of the one expected to comply (speech_acts.json 'expectation')."""
    cfg = _data()["expectation"]
    ev = _ev()
    if ev._negated(v) or _future(v):
        return None
    comps = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in cfg["acts"]]
    comps = [c for c in comps if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if not comps:
        return None
    c = comps[0]
    who = [x for x in c.children if x.dep_ == "nsubj"] or [x for x in v.children if x.dep_ in OBJ]
    if not who:
        return None
    voice = _subject_actors(v, ctx) or _voice(v, ctx)[0]
    if not voice:
        return None
    tgts = _others([k for w in who for k in ev.actors_of(w, ctx)], _side(voice, ctx), ctx)
    return (voice, tgts, "expectation") if tgts else None


def _has_obj(v: Token) -> bool:
    return any(c.dep_ in OBJ for c in v.children)


def _regret(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'We deeply regret that the X authorities have chosen this path', 'Y regretted X's decision':
    the one regretting accuses the subject of the clause or the author of the act (speech_acts.json
    'regret_clause')."""
    ev = _ev()
    if ev._negated(v) or _future(v):
        return None
    voice = _subject_actors(v, ctx) or _voice(v, ctx)[0]
    if not voice:
        return None
    own = _side(voice, ctx)
    keys: list[str] = []
    for c in v.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
            keys += ev._verb_subjects(c, ctx)[0]
        elif c.dep_ in OBJ and c.pos_ in ("NOUN", "PROPN") and not ev.actors_of(c, ctx, pronouns=False):
            keys += _author(c, ctx)
    tgts = _others(keys, own, ctx)
    return (voice, tgts, "evaluation") if tgts else None


@cache
def _clause_judges() -> tuple[frozenset[str], frozenset[str]]:
    """Adjectives and nouns that judge an extraposed or governed that-clause (speech_acts.json
    'judged_clause')."""
    d = _data()
    cfg = d["judged_clause"]
    words = (_shared_pejorative() | frozenset(d["evaluation"]["negative_adjectives"])) - frozenset(
        cfg["not_adjectives"]
    )
    nouns = frozenset(d["evaluation"]["negative_nouns"]) | frozenset(cfg["feeling_nouns"])
    return words, nouns


def _that_clause(g: Token) -> Token | None:
    """The that-clause governed by ``g`` or by its copula: a complement clause ('it was unacceptable
    that Y had ...'), or one the parser hung on a noun as a relative clause whose 'that' fills no
    gap ('expressed regret that Y had failed', 'a disgrace that Y has blocked')."""
    heads = (g, g.head) if g.dep_ in ("acomp", "attr") else (g,)
    for h in heads:
        for c in h.children:
            if c.pos_ not in ("VERB", "AUX") or c.i < g.i:
                continue
            marks = [m for m in c.children if m.lower_ in ("that", "if", "whether", "when", "why", "how")]
            if c.dep_ == "ccomp" and all(m.lower_ == "that" for m in marks):
                return c
            if (
                c.dep_ in ("relcl", "acl")
                and h is g
                and any(m.lower_ == "that" and m.dep_ in ("mark", "advmod") for m in marks)
                and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            ):
                return c
    return None


def _clause_actors(c: Token, ctx: Any) -> list[str]:
    """The actor doing the act of clause ``c``: its active subject (or an act noun's author), or a
    passive's 'by' agent; none for a passive subject (the one the act was done to)."""
    ev = _ev()
    subj = [x for x in c.children if x.dep_ == "nsubj"]
    if not subj:
        return [k for a in c.children if a.dep_ == "agent" for p in a.children for k in ev.actors_of(p, ctx)]
    s = subj[0]
    keys = ev.actors_of(s, ctx, pronouns=s.lower_ not in ("it", "this", "that"))
    if not keys and s.lemma_.lower() in _data()["evaluation"]["agent_nouns"]:
        keys = _author(s, ctx)
    return [k for k in keys if ctx.etype(k) != "Location"]


def _judged_clause(g: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'X said it was unacceptable that Y had ...', 'it is a disgrace that Y has blocked ...', 'X
    expressed regret that Y had ...', 'X was disappointed that Y ...': the clause's actor is criticised
    (speech_acts.json 'judged_clause')."""
    ev = _ev()
    d = _data()
    cfg = d["judged_clause"]
    words, nouns = _clause_judges()
    lem = g.lemma_.lower()
    feeling = load_json("event_lexicon.json")["voiced_feeling"]
    h = g.head
    voice: list[str] = []
    if g.dep_ in ("acomp", "attr") and h.lemma_ == "be":
        subj = [c for c in h.children if c.dep_ in ("nsubj", "expl")]
        positive = lem in d["predicate_evaluation"]["negated_positive"]
        if not subj or subj[0].lower_ != "it" or ev._negated(h) != positive:
            return None  # 'it is not unacceptable', 'it is acceptable': no judgement
        if positive is False and lem not in words and lem not in nouns:
            return None
        if lem in feeling["words"]:
            return None
        clause_gov = h
        voice = _voice(h, ctx)[0]
    elif g.dep_ == "acomp" and h.lemma_.lower() in feeling["copulas"] and lem in feeling["words"]:
        # "Madrid was disappointed that Rabat had recalled its envoy"
        clause_gov = h
        voice = [k for c in h.children if c.dep_ == "nsubj" for k in ev.actors_of(c, ctx)]
        if not voice and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in h.children):
            voice = _voice(h, ctx)[0]
        if ev._negated(h):
            return None
    elif (g.dep_ in OBJ or (g.dep_ == "xcomp" and h.lemma_.lower() in cfg["light_verbs"])) and (
        lem in cfg["feeling_nouns"] and h.pos_ == "VERB"
    ):
        # "expressed strong regret that Y had failed to explain" ('voiced dismay that' parsed as a verb)
        clause_gov = h
        if ev._negated(h):
            return None
        voice = _subject_actors(h, ctx) or _voice(h, ctx)[0]
    else:
        return None
    if (
        not voice
        or ev._modal(clause_gov) & set(cfg["governing_aux"])
        or ev._conditional(clause_gov)
        or _asked(clause_gov)
    ):
        return None
    c = _that_clause(g)
    if c is None or ev._modal(c) & set(cfg["unreal_aux"]) or ev._conditional(c):
        return None
    own = _side(voice, ctx)
    keys = _clause_actors(c, ctx)
    tgts = _others(keys, own, ctx)
    if not tgts or len(tgts) < len(keys):
        return None
    return voice, tgts, "evaluation"


def _duty_failure(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'X said Y had failed to honour its obligations', 'Y's failure to protect the embassy': a voiced
    statement that another side's actor failed in a duty (speech_acts.json 'duty_failure')."""
    ev = _ev()
    cfg = _data()["duty_failure"]
    acts = set(cfg["acts"])
    inf = [
        c
        for c in v.children
        if c.dep_ in ("xcomp", "acl")
        and c.lemma_.lower() in acts
        and any(a.lower_ == "to" for a in c.children)
    ]
    if not inf:
        return None
    if v.pos_ == "NOUN":
        clause = v.head if v.head.pos_ in ("VERB", "AUX") else v
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in v.children):
            return None
        keys = [
            k
            for c in v.children
            if c.dep_ in ("poss", "amod", "compound")
            for k in ev.actors_of(c, ctx, pronouns=c.lower_ not in ("its", "their"))
        ]
        keys += [k for p in ev._pobjs(v, ("of", "by")) for k in ev.actors_of(p, ctx)]
    else:
        clause = v
        if any(c.dep_ == "nsubjpass" for c in v.children):
            return None
        keys = _clause_actors(v, ctx)
        if not keys and v.dep_ in ("xcomp", "conj"):
            keys = _clause_actors(v.head, ctx) if v.dep_ == "conj" else []
    if ev._negated(clause) or ev._modal(clause) & set(_data()["actor_judgement"]["unasserted_aux"]):
        return None
    if ev._conditional(clause) or _asked(clause):
        return None
    voice = _voice(clause, ctx)[0]
    if not voice:
        return None
    own = _side(voice, ctx)
    keys = [k for k in keys if ctx.etype(k) != "Location"]
    tgts = _others(keys, own, ctx)
    if not tgts or len(tgts) < len(keys):
        return None
    return voice, tgts, "evaluation"


def _thing_author(n: Token, ctx: Any) -> list[str]:
    """Who owns a refused thing: its author (:func:`_author`), the 'by' agent of a participle on it
    ('the initiative led by Y', 'the text drafted by Y'), or its 'with' partner ('the contract with Y')."""
    ev = _ev()
    keys = _author(n, ctx)
    if not keys:
        keys = [
            k
            for c in n.children
            if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
            for a in c.children
            if a.dep_ == "agent"
            for p in a.children
            for k in ev.actors_of(p, ctx)
        ]
    if not keys:
        keys = [k for p in ev._pobjs(n, ("with",)) for k in ev.actors_of(p, ctx)]
    return keys


def _refused_object(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'X refused to sign Y's declaration', 'X will not join the initiative led by Y', 'X will never
    support Y's membership': a refusal of a thing another side owns or leads (speech_acts.json
    'refused_object')."""
    ev = _ev()
    cfg = _data()["refused_object"]
    lem = v.lemma_.lower()
    if lem in cfg["refusal_verbs"]:
        acts = [
            c
            for c in v.children
            if c.dep_ == "xcomp"
            and c.lemma_.lower() in cfg["verbs"]
            and any(a.lower_ == "to" for a in c.children)
        ]
        if not acts or ev._negated(v):
            return None
        act, clause = acts[0], v
    elif lem in cfg["verbs"] and ev._negated(v):
        if not (ev._modal(v) & set(cfg["modals"]) or any(c.lower_ == "never" for c in v.children)):
            return None
        act, clause = v, v
    else:
        return None
    if ev._conditional(clause) or _asked(clause):
        return None
    alem = act.lemma_.lower()
    if alem in cfg["in_phrase"]:
        need = cfg["in_phrase"][alem]
        if need and not any(c.dep_ in OBJ and c.lower_ == need for c in act.children):
            return None  # "will not take the offer"
        objs = ev._pobjs(act, ("in",))  # "would not take part in its meetings"
        objs = [q for o in objs for q in ([*ev._pobjs(o, ("of",))] if o.pos_ == "PRON" else [o])]
    else:
        objs = [c for c in act.children if c.dep_ in OBJ and c.pos_ in ("NOUN", "PROPN")]
    if not objs or objs[0].lemma_.lower() in cfg["objects_not"]:
        return None
    if alem not in cfg["in_phrase"] and ev.actors_of(objs[0], ctx, pronouns=False):
        return None  # "will not join NATO": a standing policy, left to the lexicon
    srcs = _subject_actors(clause, ctx)
    if not srcs:
        return None
    own = _side(srcs, ctx)
    keys = [k for k in _thing_author(objs[0], ctx) if ctx.etype(k) != "Location"]
    if alem in cfg["in_phrase"]:
        keys = keys or ev.actors_of(objs[0], ctx, pronouns=False)  # "will not take part in the OAS meetings"
    if not keys and alem in cfg["in_phrase"]:
        # "would not take part in any of its meetings": the owner a possessive pronoun stands for
        keys = [k for c in objs[0].children if c.dep_ == "poss" for k in ev.actors_of(c, ctx)]
        keys = [k for k in keys if ctx.etype(k) in ("IGO", "Country", "Organization")]
    tgts = _others(keys, own, ctx)
    if not tgts or len(tgts) < len(keys):
        return None
    return srcs, tgts, f"refused:{act.lemma_.lower()}"


def _raised_questions(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'X said the veto raised serious questions about Y's intentions': a voiced doubt about another
    side's act or intentions (speech_acts.json 'raised_questions')."""
    ev = _ev()
    cfg = _data()["raised_questions"]
    objs = [c for c in v.children if c.dep_ in OBJ and c.lemma_.lower() in cfg["objects"]]
    if not objs:
        return None
    if ev._negated(v) or ev._modal(v) & set(_data()["actor_judgement"]["unasserted_aux"]):
        return None
    if ev._conditional(v) or _asked(v):
        return None
    topics = [p for o in objs for p in ev._pobjs(o, tuple(cfg["preps"]))]
    topics += ev._pobjs(v, tuple(cfg["preps"]))  # the phrase hung on the verb
    if not topics:
        return None
    voice = _voice(v, ctx)[0]
    if not voice:
        return None
    keys = [k for p in topics for k in _author(p, ctx)]
    if not keys and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for p in topics for c in p.children
    ):
        # "the decision by Minsk raised questions about its intentions": the subject act's author
        keys = [k for s in v.children if s.dep_ == "nsubj" for k in _author(s, ctx)]
    keys = [k for k in keys if ctx.etype(k) != "Location"]
    tgts = _others(keys, _side(voice, ctx), ctx)
    if not tgts or len(tgts) < len(keys):
        return None
    return voice, tgts, "evaluation"


def _causation(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'the crisis was the result of the policies of Y and Z', 'the war was caused by Y's actions'."""
    cfg = _data()["causation"]
    ev = _ev()
    if ev._negated(v):
        return None
    causes: list[Token] = []
    if v.lemma_ == "be":
        outcome = [c for c in v.children if c.dep_ == "nsubj" and c.lemma_.lower() in cfg["outcomes"]]
        res = [c for c in v.children if c.dep_ == "attr" and c.lemma_.lower() in cfg["result_nouns"]]
        if outcome and res:
            causes = ev._pobjs(res[0], ("of",))
    elif v.lemma_.lower() in cfg["cause_verbs"] and v.tag_ == "VBN":
        outcome = [c for c in v.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in cfg["outcomes"]]
        if outcome:
            causes = ev._pobjs(v, ("by",))
    if not causes:
        return None
    voice, _ = _voice(v, ctx)
    if not voice:
        return None
    agents = set(_data()["evaluation"]["agent_nouns"])
    keys: list[str] = []
    for c in causes:
        for t in ev._conjuncts(c):
            k = ev.actors_of(t, ctx, pronouns=False)
            if not k and t.lemma_.lower() in agents:
                k = _author(t, ctx)
            keys += k
    tgts = _others(keys, _side(voice, ctx), ctx)
    return (voice, tgts, "causation") if tgts else None


@cache
def _shared_pejorative() -> frozenset[str]:
    return frozenset(load_json("event_lexicon.json")["vocabularies"]["pejorative"]["words"])


@cache
def _pejorative_words() -> frozenset[str]:
    cfg = _data()["actor_judgement"]
    shared = load_json("event_lexicon.json")["vocabularies"]["pejorative"]["words"]
    return frozenset(shared) - frozenset(cfg["not_of_actors"])


def _pejorative(c: Token) -> bool:
    """A complement that condemns whom it is said of: a pejorative word, or a noun that one modifies
    ('a terrorist organisation', 'a rogue state', 'a state sponsor of terrorism')."""
    words = _pejorative_words()
    status = _data()["actor_judgement"]["status_modifiers"]
    for t in _ev()._conjuncts(c):
        if any(m.dep_ in ("amod", "compound") and m.lower_ in status for m in t.children):
            continue  # "a convicted criminal", "a designated terrorist organisation": a status
        if t.lemma_.lower() in words or t.lower_ in words:
            return True
        if t.pos_ == "NOUN" and any(
            m.dep_ in ("amod", "compound") and m.i < t.i and m.lemma_.lower() in words for m in t.children
        ):
            return True
        if t.pos_ == "NOUN" and any(p.lemma_.lower() in words for p in _ev()._pobjs(t, ("of",))):
            return t.lemma_.lower() in _data()["actor_judgement"]["of_heads"]
    return False


def _blamed(v: Token, cfg: dict[str, Any]) -> bool:
    """'... was responsible for / complicit in Z', '... was behind the attack' (the copula ``v``)."""
    for c in v.children:
        if (
            c.dep_ == "acomp"
            and c.lemma_.lower() in cfg["blame_adjectives"]
            and any(p.dep_ == "prep" and p.lower_ in ("for", "in", "of") for p in c.children)
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "behind"
            and any(o.dep_ == "pobj" and o.lemma_.lower() in cfg["deeds"] for o in c.children)
        ):
            return True
    return False


def _asked(v: Token) -> bool:
    """The sentence of ``v`` is a question (its last word or the one before a closing mark is '?')."""
    end = sentence(v)[-1]
    return end.text == "?" or (end.is_punct and end.i > sentence(v).start and v.doc[end.i - 1].text == "?")


def _actor_judgement(v: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'Russia is a terrorist state', 'for us, Y is a terrorist organisation', 'Y is weaponising food',
    'Y's actions are undermining ...': a voice's pejorative judgement of another side's actor itself
    (speech_acts.json 'actor_judgement')."""
    ev = _ev()
    cfg = _data()["actor_judgement"]
    lem = v.lemma_.lower()
    harm = lem in cfg["harm_verbs"]
    if lem == "be":
        comps = [c for c in v.children if c.dep_ in ("attr", "acomp")]
        if not (comps and _pejorative(comps[0])) and not _blamed(v, cfg):
            return None
    elif lem == "have":  # "Y had a hand in the attack"
        hands = [c for c in v.children if c.dep_ in OBJ and c.lemma_ == "hand"]
        if not hands or not any(p.lower_ == "in" for p in (*hands[0].children, *v.children)):
            return None
    elif harm:
        objs = cfg["harm_verbs"][lem]
        if objs is not None and not any(c.dep_ in OBJ and c.lemma_.lower() in objs for c in v.children):
            return None
    elif lem in cfg["idioms"]:  # "Moscow is holding the world's food supply hostage"
        if not any(c.lower_ in cfg["idioms"][lem] for c in v.children):
            return None
    elif lem not in cfg["verbs"]:
        return None
    if ev._negated(v) or ev._modal(v) & set(cfg["unasserted_aux"]) or ev._conditional(v) or _asked(v):
        return None
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if not subj and v.dep_ == "xcomp":  # "Y is trying to blackmail Europe"
        subj = [c for c in v.head.children if c.dep_ == "nsubj"]
    if not subj or subj[0].pos_ == "PRON" or subj[0].dep_ == "relcl":
        return None
    voice, _ = _voice(v, ctx)
    if not voice:
        return None
    own = _side(voice, ctx)
    s = subj[0]
    keys = ev.actors_of(s, ctx, pronouns=False)
    acts = set(_data()["evaluation"]["agent_nouns"]) | (
        set(cfg["harm_subjects"]) | set(_data()["evaluation"]["act_nouns"]) if harm else set()
    )
    if not keys and s.lemma_.lower() in acts:
        keys = _author(s, ctx)  # "Y's actions are undermining the institutions", "Y's tariffs are hurting"
    keys = [k for k in keys if ctx.etype(k) != "Location"]
    tgts = _others(keys, own, ctx)
    if not tgts or len(tgts) < len(keys):  # the voice's own side among the judged: no clear target
        return None
    return voice, tgts, "evaluation"


def _evaluation_or_reference(n: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """An evaluation of an act ('X's move is an act of irresponsibility'), else a condemning reference
    in a voiced clause, unless the lexicon drafted the word itself."""
    cfg = _data()["evaluation"]
    lem = n.lemma_.lower()
    if lem in cfg["act_nouns"] or lem in cfg["negative_nouns"] or lem in cfg["speech_nouns"]:
        got = _evaluation(n, ctx)
        if got is not None:
            return got
    if any(o.tok.i == n.i for o in getattr(ctx, "drafts", [])):
        return None  # the lexicon's own reading of the word
    return _judged_reference(n, ctx)


def _judged_reference(n: Token, ctx: Any) -> tuple[list[str], list[str], str] | None:
    """'the provocative actions of the Y authorities', 'Y's reckless behaviour', 'Y's blackmail', 'the
    criminal regime in Y' anywhere in a voiced clause: a reference that condemns what it names
    (speech_acts.json 'actor_judgement' 'references')."""
    ev = _ev()
    cfg = _data()["evaluation"]
    lem = n.lemma_.lower()
    bad_mod = any(
        c.dep_ == "amod" and c.i < n.i and c.lemma_.lower() in cfg["negative_adjectives"] for c in n.children
    )
    if lem in cfg["negative_nouns"]:
        keys = [
            k
            for c in n.children
            if c.dep_ in ("poss", "amod", "compound")
            for k in ev.actors_of(c, ctx, pronouns=False)
        ]
        keys += [k for p in ev._pobjs(n, ("by", "of")) for k in ev.actors_of(p, ctx, pronouns=False)]
    elif bad_mod and (lem in cfg["act_nouns"] or lem in cfg["agent_nouns"]):
        keys = _author(n, ctx)
    elif lem in _data()["actor_judgement"]["claim_nouns"] and any(
        c.dep_ == "amod" and c.i < n.i and c.lemma_.lower() in _shared_pejorative() for c in n.children
    ):
        # "absurd versions from certain state bodies of Russia", "China's baseless claims"
        keys = _author(n, ctx) or [k for p in ev._pobjs(n, ("from",)) for k in _author(p, ctx)]
    elif bad_mod and lem in _data()["actor_judgement"]["reference_heads"]:
        keys = ev.actors_of(n, ctx, pronouns=False)
    elif lem in (agency := _data()["actor_judgement"]["agency_nouns"]):
        # "under pressure from Y", "at the behest of Y", "on Y's orders"
        keys = [k for c in n.children if c.dep_ == "poss" for k in ev.actors_of(c, ctx, pronouns=False)]
        keys += [k for p in ev._pobjs(n, agency[lem]) for k in ev.actors_of(p, ctx, pronouns=False)]
        if n.dep_ != "pobj" or n.head.lower_ not in ("under", "at", "on", "upon", "by"):
            return None
    else:
        return None
    keys = [k for k in keys if ctx.etype(k) != "Location"]
    unreal = _data()["actor_judgement"]["unreal_modifiers"]
    if not keys or any(c.dep_ in ("det", "amod") and c.lower_ in unreal for c in n.children):
        return None  # "will respond to any aggression by Y": an act supposed, not one judged
    v = n.head
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    # "Y's baseless claims will not change the facts": the modifier judges whatever the verb says
    asserted_subject = n.dep_ == "nsubj" and lem in _data()["actor_judgement"]["claim_nouns"]
    if v.pos_ not in ("VERB", "AUX") or (ev._negated(v) and not asserted_subject) or ev._conditional(v):
        return None
    if ev._modal(v) & set(_data()["actor_judgement"]["unasserted_aux"]) - {"must", "should", "can"}:
        return None  # "Y's provocations could derail the talks" (a demand's "must end" is read elsewhere)
    voice, _ = _voice(v, ctx)
    if not voice:
        return None
    own = _side(voice, ctx)
    tgts = _others(keys, own, ctx)
    return (voice, tgts, "evaluation") if tgts and len(tgts) == len(set(keys)) else None


# ---------------------------------------------------------------------------------------------
# entry point


_ACT_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})


def find_speech_acts(doc: Doc, ctx: Any, lx: Any, consumed: set[int]) -> list[Any]:
    """Drafts (``events._Draft``) of the speech acts described in the module docstring."""
    ev = _ev()
    d = _data()
    verb_rules = set(d["consequence"]["verbs"])
    resp_verbs = set(d["response"]["verbs"])
    unans = set(d["unanswered"]["verbs"]) | set(d["unanswered"]["leaving_verbs"])
    resp_nouns = set(d["response"]["nouns"])
    met_nouns = set(d["response"]["with_nouns"])
    eval_heads = set(d["evaluation"]["act_nouns"]) | set(d["evaluation"]["negative_nouns"])
    eval_heads |= set(d["evaluation"]["speech_nouns"])
    eval_adjs = set(d["evaluation"]["negative_adjectives"]) | set(
        d["predicate_evaluation"]["negated_positive"]
    )
    regret_verbs = set(d["regret_clause"]["verbs"])
    request_nouns = set(d["answered_request"]["nouns"])
    end_verbs = set(d["act_must_end"]["continue_verbs"]) | set(d["act_must_end"]["end_verbs"])
    expect_verbs = set(d["expectation"]["verbs"])
    causes = {"be", *d["causation"]["cause_verbs"]}
    demand_aux = set(d["demand"]["aux"])
    semi = set(d["demand"]["semi_modals"])
    out: list[Any] = []
    own_drafts = {o.tok.i: o for o in getattr(ctx, "drafts", [])}
    underestimate, options = set(d["underestimate"]["verbs"]), set(d["options"]["nouns"])
    laud = set(load_json("event_lexicon.json")["vocabularies"]["laudatory"]["words"])
    clause_judges = {
        *_clause_judges()[0],
        *_clause_judges()[1],
        *d["predicate_evaluation"]["negated_positive"],
    }
    clause_judges |= set(load_json("event_lexicon.json")["voiced_feeling"]["words"])
    plan_nouns = {*d["retaliation_plan"]["nouns"], *d["retaliation_plan"]["measure_nouns"]}
    judge_verbs = {"be", "have", *d["actor_judgement"]["verbs"], *d["actor_judgement"]["harm_verbs"]}
    judge_verbs |= set(d["actor_judgement"]["idioms"])
    ref_heads = set(d["evaluation"]["agent_nouns"]) | set(d["actor_judgement"]["reference_heads"])
    ref_heads |= set(d["actor_judgement"]["agency_nouns"]) | set(d["actor_judgement"]["claim_nouns"])
    # each word class's readers, in the order their drafts are made
    verb_readers = (
        (verb_rules, _consequence),
        (unans, _unanswered),
        (resp_verbs, _respond),
        (causes, _causation),
        (regret_verbs, _regret),
        (set(d["duty_failure"]["verbs"]), _duty_failure),
        ({*d["refused_object"]["refusal_verbs"], *d["refused_object"]["verbs"]}, _refused_object),
        (set(d["raised_questions"]["verbs"]), _raised_questions),
        (end_verbs, _act_must_end),
        (expect_verbs, _expectation),
        (underestimate, _underestimate),
        (judge_verbs, _actor_judgement),
        (set(d["casus_belli"]["verbs"]), _casus_belli),
        (set(d["defiance"]["verbs"]), _defiance),
        ({*d["warning_advice"]["verbs"], *d["warning_advice"]["idioms"]}, _warning_advice),
    )
    noun_readers = (
        (resp_nouns | met_nouns, _response_noun),
        (options, _options),
        (plan_nouns, _retaliation_plan),
        (eval_heads | ref_heads, _evaluation_or_reference),
        (request_nouns, _answered_request),
        (set(d["duty_failure"]["nouns"]), _duty_failure),
        (set(d["denied_ground"]["nouns"]), _denied_ground),
    )
    for t in doc:
        pos = t.pos_
        if pos not in _ACT_POS:
            continue  # nothing below reads other words
        lem = t.lemma_.lower()
        found: list[tuple[Any, ...]] = []
        if pos in ("VERB", "AUX"):
            found.extend(read(t, ctx) for words, read in verb_readers if lem in words)
            if not warning_clause(t) and (
                lem in semi or any(c.dep_ == "aux" and c.lower_ in demand_aux for c in t.children)
            ):
                dm = _demand(t, ctx)
                if dm is not None:
                    srcs, tgts, text, (cameo, gold) = dm
                    typ = "ACCUSE" if cameo == self_examination_code()[0] else "REQUEST"
                    out.append(_draft(ev, t, typ, cameo, gold, srcs, tgts, text, 1.0))
        elif pos in ("NOUN", "PROPN"):
            found.extend(read(t, ctx) for words, read in noun_readers if lem in words)
            if lem in laud and (
                any(c.dep_ == "neg" for c in (*t.children, *(t.head.children if t.dep_ == "appos" else ())))
                or (t.dep_ == "attr" and t.head.lemma_ == "be" and ev._negated(t.head))
            ):
                found.append(_denied_title(t, ctx))  # 'called Y "not a partner"
        if pos == "ADJ" and lem in eval_adjs:
            found.append(_predicate_evaluation(t, ctx))
        if (
            pos in ("ADJ", "NOUN", "VERB")
            and lem in clause_judges
            and t.dep_ in ("acomp", "attr", "xcomp", *OBJ)
        ):
            found.append(_judged_clause(t, ctx))
        for f in found:
            if f is None:
                continue
            srcs, tgts, kind = f
            if kind in ("act_intolerable", "act_must_end"):
                typ, key = ("ACCUSE", "accuse") if kind == "act_intolerable" else ("REQUEST", "demand")
                cameo, gold = d["act_must_end"][key]
                out.append(_draft(ev, t, typ, cameo, gold, srcs, tgts, t.text, 0.9))
            elif kind == "expectation":
                cameo, gold = d["expectation"]["cameo"]
                out.append(_draft(ev, t, "REQUEST", cameo, gold, srcs, tgts, t.text, 0.9))
            elif kind == "request":
                ar = d["answered_request"]
                cameo, gold = ar["noun_cameo"].get(lem, ar["cameo"])
                out.append(_draft(ev, t, "REQUEST", cameo, gold, srcs, tgts, t.text, 0.9))
            elif kind == "defiance":
                cameo, gold = d["defiance"]["cameo"]
                out.append(_draft(ev, t, "REJECT", cameo, gold, srcs, tgts, t.text, 0.9))
            elif kind.startswith("refused:"):
                cameo, gold = d["refused_object"]["verbs"][kind.split(":", 1)[1]]
                out.append(_draft(ev, t, "REJECT", cameo, gold, srcs, tgts, t.text, 0.9))
            elif kind in ("evaluation", "causation"):
                code = ("111", -2.0) if kind == "evaluation" else tuple(d["causation"]["cameo"])
                out.append(_draft(ev, t, "ACCUSE", code[0], code[1], srcs, tgts, t.text, 0.9))
            elif (o := own_drafts.get(t.i)) is not None and o.type == "THREATEN":
                # the lexicon's own reading of the word ('respond#if'): complete it rather than repeat it
                if set(o.sources) & set(tgts):
                    o.sources = list(srcs)  # "a response to the drills by X": X did the drills
                if not o.targets and tgts != _antecedent(t, ctx, _side(srcs, ctx)):
                    # a target named in the sentence; an earlier act is left to kg.extract.discourse
                    o.targets = [k for k in tgts if k not in o.sources]
                    o.modality = "asserted"  # the vow or warning itself is asserted
                if not o.sources and not _discourse().carried_subject(t, ctx):
                    o.sources = list(srcs)
            else:
                cfg = d["consequence" if kind == "consequence" else kind if kind in d else "response"]
                out.append(
                    _draft(ev, t, "THREATEN", cfg["cameo"][0], cfg["cameo"][1], srcs, tgts, t.text, 0.9)
                )
    return out


def _draft(
    ev: Any,
    t: Token,
    typ: str,
    cameo: str,
    gold: float,
    srcs: list[str],
    tgts: list[str],
    text: str,
    conf: float,
) -> Any:
    mode = {"ACCUSE": "disapprove"}.get(typ)
    trig = ev.Trigger(
        key=f"speech:{t.lemma_.lower()}", pos="VERB", type=typ, cameo=cameo, goldstein=gold, mode=mode
    )
    dr = ev._Draft(
        trig,
        t,
        t,
        typ,
        cameo,
        gold,
        mode,
        (),
        list(dict.fromkeys(srcs)),
        [k for k in dict.fromkeys(tgts) if k not in srcs],
    )
    dr.trigger_text = text
    dr.confidence = conf
    return dr
