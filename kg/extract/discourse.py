"""Discourse-level participants of events: what a single clause leaves implicit.

:mod:`kg.extract.events` finds each event's participants inside its own clause. Real reporting
often leaves one of them to the surrounding text; this module fills the gap with general rules
(the word lists live in ``kg/data/cues.json`` under ``discourse``):

* **Event nominals.** A speech act aimed at an event ("condemned the launch", "called the strikes
  an act of war", "a move Egypt has called illegal") targets the actor of that event: the
  nominal's possessor or demonym, the clause a summarising "a move"/"a step" is in apposition to
  or that a free relative judges ("X struck Y, in what Z called a violation"), or the source of
  the most recent compatible event within a few sentences (CAMEO 111/112 criticize/accuse, 12x
  reject, 14x protest).
* **Praised event nouns.** "The UN welcomed the agreement", "Blinken welcomed the arrival": the
  parties of the nearest earlier mention of that act (``welcomed_nominals``); a comma-set summary
  ("..., a proposal that Caracas rejected", "..., a decision that X welcomed") is the act of the
  clause it sums up. A vague act noun ('welcomed the decision', 'hailed the judgment') that no mention of
  its own words resolves is the act just reported: the target of the reaction just before by another side,
  else the author of the nearest drafted act within a few sentences.
* **Evaluative frames.** "call/describe/brand X <complement>" is ACCUSE only when the complement
  is pejorative (lexicon entries with ``"frame": "evaluative"``).
* **Consequence threats.** "warned/vowed that X would pay / face / regret ..." is THREATEN (CAMEO
  130) against the subject of the complement clause.
* **Carried subjects.** "X said the talks failed and accused Y": the reporter is the subject of a
  coordinated verb whose own clause names no actor; "the vessel, which it accused of ...": an
  unresolved subject pronoun in a relative clause is the governing clause's subject.
* **Object pronouns.** "..., accusing him of ...": the most recent person named before.
* **Collective anaphora.** "both sides", "the two countries" with no coordinated pair in view: the
  two states of the most recent bilateral event.
* **Trade measures on goods.** "retaliated with tariffs on American goods": the goods' state.
* **Supported possessions.** "stands by the territorial integrity of Ukraine", "supports the right
  of Armenia to defend itself": the owner of what is supported (cues.json ``supported_possessions``).
* **Coups.** "France condemned the coup", "the AU denounced the takeover in Niger": the state the
  coup's makers now run, named on the coup noun or on the nearest earlier coup mention (cues.json
  ``coups``).
* **Attendance.** "Among the leaders who attended were A and B", "X, who is also attending",
  "attended the AU summit": each named attendee consults the gathering's host or organiser, found on
  the gathering noun or on the nearest earlier mention of one (cues.json ``attendance``).
* **Standing alliances.** Signing a mutual defence treaty, a security alliance or a strategic
  partnership is also an ALLY relation between the parties' states.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from kg.extract import anaphora as _anaphora
from kg.extract.common import event_like, event_restated, lower_lemmas, name_compounds, sentence
from kg.gazetteer import normalize
from kg.resources import load_json
from kg.types import Event

__all__ = [
    "alliances",
    "collective",
    "complete",
    "evaluative_ok",
    "frame_fails",
    "last_dyad",
    "observer_opinion",
]

SUBJ = ("nsubj", "csubj")
OBJ = ("dobj", "dative", "obj")
DEFINITE = frozenset({"the", "this", "these", "that", "those", "such", "its", "their", "his", "her"})
#: Speech acts about an event: they name it but are not it.
REACTIONS = frozenset({"ACCUSE", "PROTEST", "REJECT", "REQUEST"})
#: Physical acts (a verb of their own tells them; what is struck by them has a victim).
MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
COMPLEMENT_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "attr", "dobj", "dative", "obj", "conj"})


@cache
def _cues() -> dict[str, Any]:
    return load_json("cues.json")["discourse"]


@cache
def _nominals() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in _cues()["event_nominals"].items() if k != "about"}


def _ev() -> Any:
    from kg.extract import events  # late: events imports this module

    return events


def _sent_index(tok: Token) -> int:
    return sentence(tok).start


def _window_ok(earlier: Token, later: Token, n: int | None = None) -> bool:
    """``earlier`` lies in the sentence of ``later`` or in one of the ``n`` sentences before it."""
    if earlier.i >= later.i:
        return False
    n = _cues()["window_sentences"] if n is None else n
    sents = 0
    s = sentence(later)
    while s.start > earlier.i:
        if s.start == 0:
            return False
        s = sentence(later.doc[s.start - 1])
        sents += 1
        if sents > n:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# evaluative frames


def evaluative_ok(v: Token, pejoratives: frozenset[str]) -> bool:
    """A pejorative word in the complement of ``v`` (not in the evaluated object itself).

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Egypt called the dam illegal.")
    >>> evaluative_ok(doc[1], frozenset({"illegal"}))
    True
    >>> doc = load_pipeline()("Egypt called for the illegal dam to be removed.")
    >>> evaluative_ok(doc[1], frozenset({"illegal"}))
    False
    >>> doc = load_pipeline()('Egypt called the dam "illegal" in a statement.')
    >>> evaluative_ok(doc[1], frozenset({"illegal"}))
    True
    """
    # a preposition after the object and its complement is no particle: 'called the exit "regrettable"
    # in a statement', 'called the move illegal on Sunday'
    done = min(
        (c.i for c in v.children if c.dep_ in (*OBJ, "oprd", "ccomp", "xcomp", "attr") and c.i > v.i),
        default=len(v.doc),
    )
    if any(
        c.dep_ in ("prep", "prt")
        and c.lower_ in ("for", "on", "upon", "off", "up", "in")
        and c.i > v.i
        and (c.dep_ == "prt" or c.i < done)
        for c in v.children
    ):
        return False  # "called for", "called on", "called off": another verb ("In Damascus, X called" is not)
    objs = sorted((c for c in v.children if c.dep_ in OBJ), key=lambda t: t.i)
    evaluated = objs[0] if objs else None  # the thing judged; the judgement is the rest
    region: list[Token] = []
    for c in v.children:
        as_phrase = c.dep_ == "prep" and c.lower_ == "as"
        clausal_conj = c.dep_ == "conj" and c.pos_ == "VERB"
        if as_phrase or (
            c.dep_ in COMPLEMENT_DEPS and (evaluated is None or c.i != evaluated.i) and not clausal_conj
        ):
            region.extend(c.subtree)
    if evaluated is not None:
        # "called the strikes a heinous act of war" parsed with the complement under the object
        region.extend(
            t
            for c in evaluated.children
            if c.dep_ in ("oprd", "appos", "acl")
            or (c.dep_ == "prep" and c.lower_ == "as")
            or (c.dep_ == "amod" and c.i > evaluated.i)
            for t in c.subtree
        )  # "described Mexico's president as 'ignorant'" with the 'as' phrase hung on the object;
        # 'called the seizure "illegal" in a statement': the quoted complement read as a modifier after the noun
    return any(t.lemma_.lower() in pejoratives or t.lower_ in pejoratives for t in region)


def unasserted(v: Token) -> bool:
    """The clause of ``v`` is an open question nobody answered: 'did not say whether it would
    supply', 'declined to say if', 'it is unclear whether' (PLOVER: not an assertion).

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("China did not say whether it would supply weapons to Pakistan.")
    >>> unasserted(doc[7])
    True
    """
    cues = _cues()
    t = v
    for _ in range(4):
        if t.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or t.head.i == t.i:
            return False
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        h = t.head
        if t.dep_ == "ccomp" and marks & {"whether", "if"}:
            open_q = (
                any(c.dep_ == "neg" for c in h.children) or h.lemma_.lower() in cues["open_question_heads"]
            )
            ctrl = h
            while not open_q and ctrl.dep_ == "xcomp" and ctrl.head.i != ctrl.i:  # "declined to say whether"
                ctrl = ctrl.head
                open_q = ctrl.lemma_.lower() in cues["open_question_heads"] or any(
                    c.dep_ == "neg" for c in ctrl.children
                )
            return open_q
        t = h
    return False


def placed_targets(d: Any, ctx: Any, tgts: list[str]) -> list[str]:
    """Targets of an attack or coercion without the seas and oceans a weapon fell into ('fired two
    missiles into the East Sea' is a launch, not an attack on anyone)."""
    if d.type not in ("ASSAULT", "COERCE"):
        return tgts
    water = set(_cues()["water_bodies"])
    out = []
    for k in tgts:
        e = ctx.entity(k)
        label = (getattr(e, "label", "") or "").lower().split()
        if (
            getattr(e, "type", None) == "Location"
            and getattr(e, "country", None) is None
            and water & set(label)
        ):
            continue
        out.append(k)
    return out


def frame_fails(d: Any) -> bool:
    """An evaluative trigger ('called X ...') whose complement is not pejorative, or an event in an
    unanswered question ('did not say whether')."""
    if unasserted(d.anchor) or (d.tok.i != d.anchor.i and unasserted(d.tok)):
        return True
    t = d.trig
    evaluative = t.requires_comp and (
        t.key.endswith(("#disapprove", "#praise")) or t.key in ("brand", "label")
    )
    return bool(evaluative) and d.tok.pos_ in ("VERB", "AUX") and not evaluative_ok(d.tok, t.requires_comp)


# ---------------------------------------------------------------------------------------------
# event nominals


def _judged(tok: Token, subj: tuple[str, ...] = ("nsubj",)) -> list[Token]:
    """What a reaction judges in its own clause: its objects and passive subject, the subject of a
    judging 'be', and the subject (of a dependency in ``subj``) of the clause it governs."""
    out = [c for c in tok.children if c.dep_ in (*OBJ, "nsubjpass")]
    if tok.lemma_ == "be":  # "said the incursion was regrettable": the judged subject
        out += [c for c in tok.children if c.dep_ == "nsubj"]
    # "considers this demand to be an interference": the subject of the small clause
    out += [
        s for c in tok.children if c.dep_ in ("ccomp", "xcomp", "oprd") for s in c.children if s.dep_ in subj
    ]
    return out


def _evaluated_nominals(tok: Token) -> list[Token]:
    out = _judged(tok)
    if tok.dep_ == "relcl" and not out:
        out.append(tok.head)  # "a move Egypt has called illegal"
    out += _anaphora.clause_object(tok)  # "rejected the move, calling it illegal": the move
    if tok.pos_ in ("NOUN", "PROPN"):
        out += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    out += _feeling_causes(tok)  # "was alarmed by the launch": the launch
    return [t for t in out if t.lemma_.lower() in _nominals()]


def _feeling_causes(tok: Token) -> list[Token]:
    """What a voiced feeling of disapproval is about ('Berlin was disappointed by the move', 'Tokyo
    said it was alarmed at the launch'): the objects of its cause prepositions (event_lexicon
    voiced_feeling)."""
    ev = _ev()
    cfg = ev.lexicon().raw["voiced_feeling"]
    if tok.lemma_.lower() not in cfg["words"] and tok.lower_ not in cfg["words"]:
        return []
    return ev._pobjs(tok, cfg["preps"])


def judged_act(tok: Token) -> bool:
    """A voiced feeling is about a definite act noun ('shocked by the attack', 'troubled by the
    detentions', 'disappointed by this decision'), whose doer the discourse may find."""
    return any(
        n.lemma_.lower() in _nominals() and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in n.children)
        for n in _feeling_causes(tok)
    )


def _summarised_clause(n: Token, nominals: bool = False) -> Token | None:
    """'Ethiopia built a dam, a move ...': the verb whose clause a summarising nominal follows
    (with ``nominals``, any event nominal: '... stormed the embassy, an extraordinary raid')."""
    low = n.lemma_.lower()
    if low not in _cues()["summary_nouns"] and not (nominals and low in _nominals()):
        return None
    left = n.left_edge
    if left.i == 0 or n.doc[left.i - 1].text not in (",", "\u2014", "\u2013", "-"):
        return None
    h = n.head
    while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
        h = h.head
    return h if h.pos_ in ("VERB", "AUX") else None


def _summarised_relative(tok: Token) -> Token | None:
    """'X struck Y, in what Z called a violation': the verb of the clause that the free relative
    ('what' as the object of ``tok``, in a preposition of that clause) judges."""
    rel = _cues()["summary_relatives"]
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ not in rel["preps"]:
        return None
    if not any(c.dep_ in OBJ and c.lower_ in rel["pronouns"] for c in tok.children):
        return None
    v = tok.head.head
    return v if v.pos_ in ("VERB", "AUX") and v.i != tok.i else None


def _free_relative_owner(tok: Token, ctx: Any, own: set[str]) -> list[str]:
    """'referred what it called Ukraine's aggression to the UN', 'denounced what he called Japanese
    bullying', 'condemned what they called malicious activities by Russia': a judging verb whose object
    is a free relative names the judged act in its complement, with its owner (possessor, demonym or
    agent phrase) -- the target."""
    rel = _cues()["summary_relatives"]
    pronouns = rel["pronouns"]
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    # "condemned what it called X's provocation": the naming clause is the object of the reaction
    namers = [tok] + [
        c for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() in rel["naming_verbs"]
    ]
    namers = [v for v in namers if any(c.dep_ in OBJ and c.lower_ in pronouns for c in v.children)]
    ev = _ev()
    return [
        k
        for v in namers
        for c in v.children
        if c.dep_ in ("oprd", "attr", "xcomp", *OBJ) and c.lower_ not in pronouns
        for g in c.children
        if g.dep_ in ("poss", "amod", "compound", "nmod")
        for k in ev.actors_of(g, ctx, pronouns=False)
        if (ctx.country(k) or k) not in own
    ] or [k for v in namers for k in _named_agents(v, ctx) if (ctx.country(k) or k) not in own]


def _named_agents(v: Token, ctx: Any) -> list[str]:
    """'what they called "malicious cyber activities" by Russia', 'what it described as interference
    by Indian agents', 'what it called cyber operations by Russian military intelligence': the agent
    phrase of the naming complement (or hung on the naming verb), an actor or units of a state."""
    ev = _ev()
    comps = [c for c in v.children if c.dep_ in ("oprd", "attr", "xcomp", *OBJ)]
    comps += ev._pobjs(v, ("as",))
    out: list[str] = []
    for p in [*(q for c in comps for q in ev._pobjs(c, ("by",))), *ev._pobjs(v, ("by",))]:
        keys = ev.actors_of(p, ctx, pronouns=False) or [
            k
            for g in p.children
            if g.dep_ in ("amod", "compound", "poss", "nmod")
            for k in ev.actors_of(g, ctx, pronouns=False)
            if ctx.etype(k) == "Country"
        ]
        out += keys
    return list(dict.fromkeys(out))


def _lemmas(draft: Any) -> set[str]:
    t = draft.tok
    return {t.lemma_.lower()} | {c.lemma_.lower() for c in t.children if c.dep_ in OBJ}


def _mention_agent(n: Token, ctx: Any) -> list[str]:
    """The actor an event nominal names itself: its possessor or demonym ('Israeli strikes'), its
    'by' phrase, the subject of the clause it summarises in apposition ('police stormed the
    embassy, an extraordinary raid') or of the verb of doing it is the object of ('the court
    delivered the verdict', 'Ankara took the decision'; cues.json discourse doer_participles)."""
    ev = _ev()
    site = ev._attack_sites(n, ctx)  # "the Moscow attack": where it struck, not who struck
    keys = [
        k
        for c in n.children
        if c.dep_ in ("poss", "amod", "compound", "nmod")
        for k in ev.actors_of(c, ctx, pronouns=c.lower_ not in ("its", "their"))
        if k not in site
    ]
    keys = keys or _by_agents(n, ctx)
    if not keys:
        v = _summarised_clause(n, nominals=True)
        if v is not None:
            keys = ev._verb_subjects(v, ctx)[0]
    h = n.head
    if (
        not keys
        and n.dep_ in OBJ
        and h.pos_ == "VERB"
        and h.lemma_.lower() in _cues()["doer_participles"]["words"]
    ):
        # "the court delivered the verdict", "Ankara took the decision": the doing verb's subject
        keys = ev._verb_subjects(h, ctx)[0] if not ev._negated(h) else []
    return keys


def _by_agents(n: Token, ctx: Any) -> list[str]:
    """The agent an event noun's 'by' phrase names, on the noun ('the incursion by X') or on a
    participle that tells who did it ('the strikes carried out by X', 'the sanctions imposed by X';
    cues.json discourse doer_participles), not one of attitude ('a step long sought by Ankara')."""
    ev = _ev()
    doers = _cues()["doer_participles"]["words"]
    heads = [n, *(c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in doers)]
    return [k for h in heads for p in ev._pobjs(h, ("by",)) for k in ev.actors_of(p, ctx)]


def _earlier_mention(n: Token, ctx: Any, own: set[str], words: set[str]) -> list[str]:
    """'Argentina also criticized the raid': the agent of the nearest earlier mention of the same
    event ('an extraordinary raid' summarising the clause that reports it, 'the Israeli raid') --
    an event noun of the nominal's own lemma or one of its antecedent words, anywhere before in the
    document; an indefinite mention of the lemma that names no agent starts the chain, and
    nothing is found beyond it."""
    lemma = n.lemma_.lower()
    doc = n.doc
    nominals = _nominals()
    # a verb tells the act of a physical event only ('Chile claims the islands' is no accusation)
    material = bool(set(nominals.get(lemma, ())) & {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
    # "Helsinki's decision to shut the crossing ... Moscow called the move a provocation": a vague
    # summary noun refers back to any summary noun that names its agent, within a short window
    vague = _cues()["summary_antecedents"]
    summary = frozenset(vague["words"]) if lemma in vague["words"] else frozenset()
    other = frozenset(_welcomed()["other_instance_modifiers"])
    # "Dodik was sentenced by the Court of BiH ... (paragraphs later) Russia condemned the verdict":
    # the verb of a specific act is found as far back as a drafted event of it
    far = (
        _cues()["lexical_window_sentences"] if lemma in _cues()["far_verb_antecedents"]["nominals"] else None
    )
    for i in range(n.i - 1, -1, -1):
        t = doc[i]
        low = t.lemma_.lower()
        if summary and low in summary and t.pos_ == "NOUN" and t.head.i != n.i:
            if _window_ok(t, n, vague["window_sentences"]):
                if any(
                    c.dep_ in ("amod", "det") and c.lower_ in other or c.ent_type_ == "DATE"
                    for c in t.children
                ):
                    continue  # "a similar decision", "its 2019 decision": another act of the kind
                keys = [k for k in _mention_agent(t, ctx) if (ctx.country(k) or k) not in own]
                if keys:
                    return keys
                continue
            if far is None:
                return []
            summary = frozenset()  # a specific act ('the verdict') is still sought by its own words
        if t.pos_ == "VERB" and low in words and material and _told_act(t, n, far):
            # "A Chinese jet intercepted an Australian plane ... Canberra called the intercept unsafe":
            # a clause of the event's own verb that no trigger drafted, within the window
            keys = _ev()._verb_subjects(t, ctx)[0] or _passive_owner(t, ctx)
            keys = [k for k in keys if (ctx.country(k) or k) not in own]
            if keys:
                return keys
            continue
        if t.pos_ != "NOUN" or low not in words or low not in nominals or t.head.i == n.i:
            continue
        keys = [k for k in _mention_agent(t, ctx) if (ctx.country(k) or k) not in own]
        if keys:
            return keys
        if t.lemma_.lower() == lemma and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            return []
    return []


def _passive_owner(v: Token, ctx: Any) -> list[str]:
    """The state a passive act's doer serves when no actor is named as the doer: a state body 'of' a
    state in the agent phrase ('sentenced by the Court of Bosnia and Herzegovina'; cues.json
    far_verb_antecedents 'state_bodies'), else, with no agent phrase, the state the units the
    clause's subject names belong to ('thousands of North Korean soldiers were deployed', 'Russian
    drones were launched'): the actors modifying the subject or the noun of its 'of' phrase."""
    ev = _ev()
    agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if agents:
        bodies = _cues()["far_verb_antecedents"]["state_bodies"]
        return [
            k
            for p in agents
            if p.lemma_.lower() in bodies
            for o in ev._pobjs(p, ("of",))
            for k in ev.actors_of(o, ctx, pronouns=False)
            if ctx.etype(k) == "Country"
        ]
    out: list[str] = []
    for s in (c for c in v.children if c.dep_ == "nsubjpass"):
        for u in (s, *ev._pobjs(s, ("of",))):
            out += [
                k
                for c in u.children
                if c.dep_ in ("amod", "compound", "poss", "nmod")
                for k in ev.actors_of(c, ctx, pronouns=False)
                if ctx.etype(k) == "Country"
            ]
    return list(dict.fromkeys(out))


def _told_act(v: Token, n: Token, window: int | None = None) -> bool:
    """``v`` tells an act asserted near the nominal ``n``: within the window, not negated, not modal."""
    if not _window_ok(v, n, window) or _ev()._negated(v):
        return False
    return not any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "may", "might", "will") for c in v.children
    )


def _responds(o: Any) -> bool:
    """The draft's act is told as a response or retaliation ('responded with strikes', 'has responded
    to ... by bombing', 'struck in retaliation'): cues.json discourse response_words and
    retaliation_words on its trigger, its verb or the verb a 'with'/'by' phrase holding it hangs on."""
    cues = _cues()
    words = set(cues["response_words"]) | set(cues["retaliation_words"])
    near = [
        o.tok,
        o.anchor,
        *o.anchor.children,
        *(p for c in o.anchor.children if c.dep_ == "prep" for p in c.children),
    ]
    t = o.anchor
    for _ in range(2):  # 'by bombing' -> 'responded'
        if t.dep_ not in ("pcomp", "pobj", "prep") or t.head.i == t.i:
            break
        t = t.head
        near.append(t)
    return any(w.lemma_.lower() in words or w.lower_ in words for w in near)


def _reaction_objects(drafts: list[Any]) -> dict[int, set[str]]:
    """The event nouns earlier reactions judge, with the reacting actors: 'X called the strikes
    reckless' drafts 'strikes' with X carried in as its doer, but X only judged them -- such a draft
    is no earlier act of X's that a later 'the strikes' could refer back to."""
    out: dict[int, set[str]] = {}
    for r in drafts:
        if r.sources and (r.type in REACTIONS or r.type == "SUPPORT"):
            for t in _judged(r.tok):
                out.setdefault(t.i, set()).update(r.sources)
    return out


def _antecedent(
    d: Any,
    n: Token,
    ctx: Any,
    own: set[str],
    drafts: list[Any],
    victims: frozenset[str] | set[str] = frozenset(),
) -> list[str]:
    """Sources of the earlier event a definite nominal refers back to: the nearest one named with
    a word of the same event (within ``lexical_window_sentences``; live blogs and wire leads put the
    event far from the reaction), else the nearest one of a compatible type within
    ``window_sentences``."""
    cues = _cues()
    lemma = n.lemma_.lower()
    words = set(cues["antecedent_words"].get(lemma, ()))
    compat = _nominals().get(lemma, frozenset())  # 'the treaty': a praised act noun of no listed type
    judged = _reaction_objects(drafts)
    earlier = [
        o
        for o in reversed(drafts)
        if o is not d
        and o.tok.i < d.tok.i
        and o.tok.i != n.i
        and o.sources
        and not {ctx.country(k) or k for k in o.sources} & own
        and not {ctx.country(k) or k for k in o.sources} <= victims  # the struck side's reply
        and not set(o.sources) <= judged.get(o.tok.i, set())
    ]
    # "X attacked Y. Y responded with strikes / has responded by bombing ... Z condemned the attack":
    # an act told as a response is the answer to the attack, tried after the acts it answers
    earlier.sort(key=_responds)  # stable: nearest first within each group
    # "X accused Guyana of ... Y accused Z of ... Guyana dismissed the accusations", "X put a tariff on
    # Mexico. The order says ... Russia's war ... Mexico called the move unfair": a side judging an act
    # aimed at itself answers that act, not a nearer one between others
    window = cues["aimed_antecedents"]["window_sentences"]
    aimed = [
        o
        for o in earlier
        if {ctx.country(k) or k for k in o.targets} & own and _window_ok(o.tok, d.tok, window)
    ]
    aimed.sort(key=lambda o: -o.tok.i)  # nearest first: drafts are not all in text order
    if words:
        # "Iran condemned the strikes. X also condemned the attacks": Iran did not strike; "Y supported
        # the suit. Z called the submission meritless": Y did not file it; but "X accused Y of ... Y
        # rejected the accusation": the accusation is X's reaction itself
        lexical = [
            o
            for o in earlier
            if not (
                o.type == "SUPPORT"
                or (o.type in REACTIONS and (o.type not in compat or o.tok.lemma_.lower() not in words))
            )
        ]
        for o in [o for o in aimed if o in lexical] + lexical:
            if _lemmas(o) & words and _window_ok(o.tok, d.tok, cues["lexical_window_sentences"]):
                return _carried_sources(o, d, ctx)
    named = _earlier_mention(n, ctx, own, words | {lemma})
    if named:
        return named
    if words and lemma in cues["lexical_only"]:
        return []
    for o in aimed:
        if o.type in compat:
            return _carried_sources(o, d, ctx)
    for o in earlier:
        if o.type in compat and _window_ok(o.tok, d.tok):
            return _carried_sources(o, d, ctx)
    return []


def _carried_sources(o: Any, d: Any, ctx: Any) -> list[str]:
    """The authors of an earlier act ``o`` that the reaction ``d`` refers back to. From another
    sentence, a person acting for a state stands for that state: the reaction's sentence names no one
    ('X's minister accused Uganda of ... Kampala rejected the accusation': Uganda rejects the state's
    accusation; GUIDELINES: the most specific actor the sentence names)."""
    if sentence(o.tok) == sentence(d.tok):
        return list(o.sources)
    out = [
        (ctx.country(k) or k)
        if ctx.etype(k) == "Person" and ctx.etype(ctx.country(k) or "") == "Country"
        else k
        for k in o.sources
    ]
    return list(dict.fromkeys(out))


def _victims(d: Any, n: Token, ctx: Any, own: set[str], site: set[str], drafts: list[Any]) -> set[str]:
    """States (or actors) a reaction marks as struck by the event it names, so no earlier act of
    theirs is its antecedent: the site of the nominal ('the TUSAS attack', 'the attack in Ankara',
    'the attack on X') and whom the reacting actor backs, helps or works with in the same sentence
    ('condemned the attack and expressed solidarity with Turkiye', '... and said it was working with
    the US'; cues.json discourse side_taking_types)."""
    ev = _ev()
    keys = set(site) | {k for p in ev._pobjs(n, ("in", "on", "against")) for k in ev.actors_of(p, ctx)}
    # "the verdict against Dodik", "the charges against Khan": a person proceeded against is mostly
    # his own state's defendant -- the person is the one struck, not his state
    persons = {
        k for p in ev._pobjs(n, ("against",)) for k in ev.actors_of(p, ctx) if ctx.etype(k) == "Person"
    }
    keys -= persons
    siding = set(_cues()["side_taking_types"]["types"])
    if not set(_nominals().get(n.lemma_.lower(), ())) & MATERIAL:
        # "rejected the accusation and said it had sent aid to Sudan": words, not a strike, are
        # answered; whom the speaker helps is no victim of them
        siding = set()
    for o in drafts:
        if o.type not in siding or sentence(o.tok) != sentence(d.tok):
            continue
        if {ctx.country(k) or k for k in o.sources} & own:
            keys.update(o.targets)
            if o.type in ev.SYMMETRIC:  # "Jordan and the US are working together": n-ary sources
                keys.update(k for k in o.sources if (ctx.country(k) or k) not in own)
        elif o.type in ev.SYMMETRIC and {ctx.country(k) or k for k in o.targets} & own:
            keys.update(o.sources)
    return {ctx.country(k) or k for k in keys} | persons


def nominal_actors(d: Any, ctx: Any, srcs: list[str], drafts: list[Any]) -> list[str]:
    """Actors of the event a speech act's object names ('condemned the launch')."""
    ev = _ev()
    own = {ctx.country(k) or k for k in srcs}
    keys = _free_relative_owner(d.tok, ctx, own)
    if keys:
        return keys
    v = _summarised_relative(d.tok)
    if v is not None:
        keys = [k for k in ev._verb_subjects(v, ctx)[0] if (ctx.country(k) or k) not in own]
        if keys:
            return keys
    for n in _evaluated_nominals(d.tok):
        keys = _nominal_agents(d, n, ctx, own, drafts)
        if keys:
            return keys
    keys = _relative_antecedent_agent(d.tok, ctx, own) or _pronoun_act(d.tok, ctx, own)
    if keys:
        return keys
    # "The case has split governments. X called it 'meritless'", "met Y after the verdict and
    # described it as ...": the event noun the object pronoun stands for, read as the object
    for p in _judged(d.tok):
        n = pronoun_event(p)
        if n is not None and (keys := _nominal_agents(d, n, ctx, own, drafts)):
            return keys
    return []


def _nominal_agents(d: Any, n: Token, ctx: Any, own: set[str], drafts: list[Any]) -> list[str]:
    """Who did the act the event nominal ``n`` a reaction judges names: its possessor, demonym or
    agent phrase, the clause it sums up, else (a definite reference) the earlier event it refers to."""
    ev = _ev()
    site = ev._attack_sites(n, ctx)  # "condemned the TUSAS attack": the site is no author
    keys = [
        k
        for c in n.children
        if c.dep_ in ("poss", "amod", "compound", "nmod")
        for k in ev.actors_of(c, ctx, pronouns=c.lower_ not in ("its", "their"))
        if k not in site
    ]
    keys = keys or _by_agents(n, ctx)  # "the incursion by X", "the strikes carried out by X"
    if not keys:
        v = _summarised_clause(n)
        if v is not None and v.i != d.tok.i:
            keys = ev._verb_subjects(v, ctx)[0]
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in n.children) or (
        d.tok.dep_ == "relcl" and n.i == d.tok.head.i
    )
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in n.children)
    if not keys and definite and not owned:  # "its strikes": the owner, never another actor
        victims = _victims(d, n, ctx, own, site, drafts)
        keys = [
            k for k in _antecedent(d, n, ctx, own, drafts, victims) if (ctx.country(k) or k) not in victims
        ]
    return [k for k in keys if (ctx.country(k) or k) not in own]


@cache
def _pronoun_events() -> dict[str, Any]:
    return _cues()["pronoun_events"]


def _event_noun(t: Token, plural: bool) -> bool:
    """A definite mention of an act or of an authored text a reaction can judge ('the verdict',
    'the measure', 'the case', 'Seoul's decision'), of the number a pronoun asks for."""
    if t.pos_ != "NOUN" or (t.tag_ == "NNS") != plural:
        return False
    low = t.lemma_.lower()
    if low not in _nominals() and low not in _welcomed()["nouns"]:
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE or c.dep_ == "poss" for c in t.children)


def pronoun_event(p: Token) -> Token | None:
    """The event noun an object pronoun of a reaction stands for (cues.json discourse
    ``pronoun_events``): the nearest definite event noun before it in its own sentence ('met Dodik
    after the verdict and described it as ...'), else a subject, then an object, of any clause of the
    sentence before in its paragraph ('The case has split governments. X have
    endorsed it.', 'X said Tokyo appreciates the measure. Y hailed it as ...'). An actor the pronoun
    may stand for is tried before (kg.extract.anaphora.object_pronoun)."""
    cfg = _pronoun_events()
    if p.lower_ not in cfg["pronouns"] or p.pos_ != "PRON":
        return None
    plural = p.lower_ in cfg["plural"]
    doc = p.doc
    sent = sentence(p)
    for i in range(p.i - 1, sent.start - 1, -1):
        t = doc[i]
        if _event_noun(t, plural):
            return t
    if sent.start == 0 or "\n\n" in doc[sent.start - 1 : sent.start + 1].text_with_ws:
        return None
    prev = sentence(doc[sent.start - 1])
    for deps in (("nsubj", "nsubjpass"), OBJ):
        for t in prev:
            if t.dep_ in deps and _event_noun(t, plural):
                return t
    return None


@cache
def _welcomed() -> dict[str, Any]:
    return _cues()["welcomed_nominals"]


def welcomed_actors(d: Any, ctx: Any, srcs: list[str], drafts: list[Any]) -> list[str]:
    """'The UN welcomed the agreement', 'Blinken welcomed the arrival': the parties of the act a
    praised definite event noun refers back to (cues.json ``welcomed_nominals``)."""
    cfg = _welcomed()
    if d.tok.pos_ not in ("VERB", "AUX") or d.tok.lemma_.lower() not in cfg["verbs"]:
        return []
    ev = _ev()
    own = {ctx.country(k) or k for k in srcs}
    objs = [n for n in d.tok.children if n.dep_ in OBJ]
    # "X have endorsed it", "Y hailed it as ...": the event noun the pronoun stands for
    objs += [a for n in objs if (a := pronoun_event(n)) is not None]
    for n in objs:
        words = cfg["nouns"].get(n.lemma_.lower())
        if words is None:
            continue
        if n.head.i != d.tok.i and (keys := _mention_agent(n, ctx)):
            # the pronoun's antecedent names its agent: "Seoul's decision ... Y hailed it"
            return [] if any((ctx.country(k) or k) in own for k in keys) else list(dict.fromkeys(keys))
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in n.children):
            continue  # "welcomed an agreement", "welcomed their agreement": not a reference back
        # "welcomed the agreement between Armenia and Azerbaijan": the parties it names
        keys = [k for p in ev._pobjs(n, cfg["party_preps"]) for k in ev.actors_of(p, ctx)]
        keys = keys or _welcomed_antecedent(n, ctx, set(words), drafts)
        if not keys and n.lemma_.lower() in cfg["unresolved_acts"]["nouns"]:
            # "China welcomed Y's accession ... Moscow welcomed the decision", "X imposed sanctions on
            # Y ... Z praised the decision": the act reported just before
            keys = _chorus_targets(d, ctx, own, drafts) or _recent_act(d, ctx, own, drafts)
        # the parties' states: a deal signed by two ministers is welcomed as one between states
        keys = [ctx.country(k) or k if ctx.etype(k) == "Person" else k for k in keys]
        if any((ctx.country(k) or k) in own for k in keys):
            return []  # a party welcoming its own deal supports no one
        if keys:
            return list(dict.fromkeys(keys))
    # "Kenya sent troops to Somalia, a decision that Ethiopia welcomed": the summarised clause's subject
    return _relative_antecedent_agent(d.tok, ctx, own)


def _chorus_targets(d: Any, ctx: Any, own: set[str], drafts: list[Any]) -> list[str]:
    """The targets of the nearest earlier reaction of the type of ``d`` by another side within the
    window (welcomed_nominals unresolved_acts): in a round-up, the act the reactions answer."""
    window = _welcomed()["unresolved_acts"]["window_sentences"]
    done = _completed(ctx)
    for o in reversed(drafts):
        if o is d or o.tok.i >= d.tok.i or o.type != d.type or not o.sources:
            continue
        if not _window_ok(o.tok, d.tok, window):
            break
        if {ctx.country(k) or k for k in o.sources} & own:
            continue
        tgts = [k for k in (list(o.targets) or done.get(o.tok.i, [])) if (ctx.country(k) or k) not in own]
        if tgts:
            return tgts
    return []


def _recent_act(d: Any, ctx: Any, own: set[str], drafts: list[Any]) -> list[str]:
    """The authors (for a joint act, the parties) of the nearest earlier drafted act of one of
    welcomed_nominals unresolved_acts 'types' by another side within the window."""
    cfg = _welcomed()
    acts = cfg["unresolved_acts"]
    for o in reversed(drafts):
        if o is d or o.tok.i >= d.tok.i or o.type not in acts["types"] or not o.sources:
            continue
        if not _window_ok(o.tok, d.tok, acts["window_sentences"]):
            break
        if _ev()._negated(o.tok) or {ctx.country(k) or k for k in o.sources} & own:
            continue
        keys = _carried_sources(o, d, ctx)
        if o.type in cfg["joint_types"]:
            keys += [k for k in o.targets if k not in keys]
        return [k for k in keys if (ctx.country(k) or k) not in own]
    return []


def _welcomed_antecedent(n: Token, ctx: Any, words: set[str], drafts: list[Any]) -> list[str]:
    """The parties of the nearest earlier mention of one of ``words`` within the window: a drafted
    event (its sources; for a joint act its targets too), a clause's subject, a noun's own agent."""
    cfg = _welcomed()
    ev = _ev()
    joint = set(cfg["joint_types"])
    other = frozenset(cfg["other_instance_modifiers"])
    vague = frozenset(_cues()["summary_nouns"])
    # a reaction's object ('condemned the truce') is no mention of the act's parties
    at = {o.tok.i: o for o in drafts if o.sources and o.tok.i < n.i and o.type not in (*REACTIONS, "SUPPORT")}
    doc = n.doc
    last = n  # the latest definite mention: "the pact ... the accord ... welcomed the agreement"
    for i in range(n.i - 1, -1, -1):
        t = doc[i]
        if t.lemma_.lower() not in words and t.lower_ not in words:
            continue
        if not _window_ok(t, last, cfg["window_sentences"]):
            return []
        if t.pos_ != "NOUN" and t.lemma_.lower() in vague:
            continue  # "moved troops", "stepped up": only the noun summarises an act
        if any(c.dep_ in ("amod", "det") and c.lower_ in other or c.ent_type_ == "DATE" for c in t.children):
            continue  # "similar agreements with X", "a separate deal", "its 2007 pact": another act of the kind
        if t.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in t.children):
            last = t
        venues = _venues(t, ctx) if t.pos_ == "NOUN" else set()  # "the Doha talks": where, not who
        o = at.get(i)
        if o is not None:
            parties = [k for k in (*o.sources, *(o.targets if o.type in joint else ())) if k not in venues]
            if o.type not in joint or len(parties) >= 2:  # "monitor the truce": no party to it
                return parties
            continue
        if t.pos_ in ("VERB", "AUX"):
            # an act reported as done ('Kenyan police arrived'), not one ruled out ('ruled out sending')
            done = t.tag_ in ("VBD", "VBZ", "VBP") or (
                t.tag_ == "VBN" and any(a.dep_ == "aux" for a in t.children)
            )
            keys = ev._verb_subjects(t, ctx)[0] if done and not ev._negated(t) else []
        elif t.pos_ == "NOUN":
            keys = [k for k in _mention_agent(t, ctx) if k not in venues]
        else:
            keys = []
        if keys:
            return keys
    return []


def _venues(n: Token, ctx: Any) -> set[str]:
    """Places a proper-name compound of an event noun names as its venue: a capital or town ('the
    Sanaa talks', 'the Washington meeting', 'the Jeddah summit') or a location -- no party to it."""
    out: set[str] = set()
    for t in name_compounds(n):
        m = ctx.index.at_token(t.i)
        if m is not None and (m.via == "capital" or ctx.etype(m.key) == "Location"):
            out.add(m.key)
    return out


def _pronoun_act(tok: Token, ctx: Any, own: set[str]) -> list[str]:
    """'In Colombia, Mr Petro's handling of the crisis has been criticised. Former president Duque
    called it an act of irresponsibility': an evaluated 'it'/'this' with nothing in its own sentence
    before it to refer to stands for what the sentence before in the paragraph is about -- its
    subject: the actor named there, or the agent an act named there gives ('Petro's handling')."""
    prons = [c for c in tok.children if c.dep_ in OBJ and c.lower_ in ("it", "this")]
    if not prons or sentence(tok).start == 0 or _anaphora._window_start(prons[0]) == sentence(tok).start:
        return []
    if any(
        t.pos_ in ("NOUN", "PROPN") for t in tok.doc[sentence(tok).start : tok.i] if t.dep_ in (*OBJ, "pobj")
    ):
        return []  # "X met Y and called it ...": something before in its own sentence
    root = sentence(tok.doc[sentence(tok).start - 1]).root
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].pos_ == "PRON":
        return []
    s = subj[0]
    keys = _ev().actors_of(s, ctx, pronouns=False) or (_mention_agent(s, ctx) if s.pos_ == "NOUN" else [])
    return [k for k in keys if (ctx.country(k) or k) not in own]


def _relative_antecedent_agent(tok: Token, ctx: Any, own: set[str]) -> list[str]:
    """'Police closed ten offices in a sweep that Z denounced as ...', 'X adopted resolutions that Z
    denounced as interference': a relative clause whose object is its antecedent judges an act or a
    text of the clause the antecedent belongs to; that clause's subject is the one judged."""
    if tok.dep_ != "relcl" or not any(c.dep_ in OBJ and c.lower_ in ("that", "which") for c in tok.children):
        return []
    ev = _ev()
    n = tok.head
    if ev.actors_of(n, ctx, pronouns=False):
        return []
    v = n.head
    if n.dep_ == "pobj" and v.dep_ == "prep":
        v = v.head
    elif n.dep_ == "appos" and _summary_appositive(n):
        v = _summarised_top(n)  # "he suggested that X hold elections, a proposal that Y rejected"
        if v is None:
            return []
    elif n.dep_ not in OBJ:
        return []
    if v.pos_ not in ("VERB", "AUX") or v.i == tok.i:
        return []
    return [k for k in ev._verb_subjects(v, ctx)[0] if (ctx.country(k) or k) not in own]


def _summary_appositive(n: Token) -> bool:
    """'..., a proposal that ...': an authored act's noun set off by a comma at the end of a clause."""
    left = n.left_edge
    authored = _ev().lexicon().raw["authored_nouns"]["nouns"]
    return n.lemma_.lower() in authored and left.i > 0 and n.doc[left.i - 1].text in (",", "\u2014", "\u2013")


def _summarised_top(n: Token) -> Token | None:
    """The clause a comma-set summary noun sums up: the verb its host hangs on, climbed through the
    complement clauses it reports ('suggested that Venezuela hold elections' -> 'suggested'): the act
    of proposing, not the proposed act."""
    h = n.head
    while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
        h = h.head
    if h.pos_ not in ("VERB", "AUX"):
        return None
    while h.dep_ in ("ccomp", "xcomp") and h.head.pos_ in ("VERB", "AUX"):
        h = h.head
    return h


# ---------------------------------------------------------------------------------------------
# consequence threats, pronouns, carried subjects


def consequence_targets(tok: Token, ctx: Any) -> list[str]:
    """'warned that Israel would pay a heavy price': the subject of the complement clause."""
    cues = _cues()
    out: list[str] = []
    for c in tok.children:
        if c.dep_ not in ("ccomp", "xcomp") or c.lemma_.lower() not in cues["consequence_verbs"]:
            continue
        if not any(a.dep_ == "aux" and a.lower_ in ("would", "will", "'ll", "shall") for a in c.children):
            continue
        out += [k for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for k in _ev().actors_of(s, ctx)]
    return out


def _object_pronoun(tok: Token, ctx: Any, srcs: list[str]) -> list[str]:
    """'..., accusing him of ...': the most recent person named before the pronoun."""
    prons = [c for c in tok.children if c.dep_ in OBJ and c.lower_ in ("him", "her")]
    if not prons:
        return []
    start = max(0, sentence(tok).start - 60)
    for i in range(prons[0].i - 1, start - 1, -1):
        m = ctx.index.at_token(i)
        if m is not None and ctx.etype(m.key) == "Person" and m.key not in srcs:
            return [m.key]
    return []


def carried_subject(v: Token, ctx: Any) -> list[str]:
    """Subject actors a verb with no resolvable subject of its own takes from its context."""
    ev = _ev()
    subj = [c for c in v.children if c.dep_ in SUBJ]
    # "tied the steps to what it called malign activity", "rejected what it called X's provocation"
    free_relative = v.dep_ in ("pcomp", "pobj", "ccomp") and any(
        c.dep_ in OBJ and c.lower_ == "what" for c in v.children
    )
    if subj and subj[0].lower_ in ("it", "they") and (v.dep_ == "relcl" or free_relative):
        # "the vessel, which it accused of intruding", "tied the steps to what it called malign
        # activity": the governing clause's subject
        h = v.head
        while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
            h = h.head
        if h.pos_ in ("VERB", "AUX"):
            keys = [k for c in h.children if c.dep_ in SUBJ for k in ev.actors_of(c, ctx)]
            # "X, Y and Z expelled ..., and quit the bloc, which they accuse of ...": the governing
            # verb may itself take its subject from the verb it is coordinated with
            keys = keys or ev._verb_subjects(h, ctx)[0]
            if keys:
                return keys
    if not subj and v.dep_ == "acl" and v.head.lemma_.lower() in _cues()["intent_nouns"]:
        # "Pakistan had every right to respond", "Iran's plan to enrich": the holder of the right
        n = v.head
        if any(c.lower_ == "no" for c in n.children) or any(c.dep_ == "neg" for c in n.head.children):
            return []  # "has no right to", "does not have the right to"
        keys = [k for c in n.children if c.dep_ == "poss" for k in ev.actors_of(c, ctx)]
        if not keys and n.head.pos_ in ("VERB", "AUX") and n.dep_ in OBJ:
            keys = ev._verb_subjects(n.head, ctx)[0]
        if keys:
            return keys
    if not subj and v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.head.children):
        # "said the guard had expelled a vessel that intruded ... and urged Tokyo": the parser hangs
        # the conjunct on a subjectless clause; climb to the nearest clause with an actor subject
        t = v.head
        for _ in range(3):
            if t.dep_ not in ("ccomp", "conj", "relcl") or t.head.i == t.i:
                break
            t = t.head
            keys = [k for c in t.children if c.dep_ in SUBJ for k in ev.actors_of(c, ctx)]
            if keys:
                return keys
    if not subj and v.dep_ == "conj":
        h = v.head
        passive = [c for c in h.children if c.dep_ == "nsubjpass"]
        if passive and not any(c.dep_ in SUBJ for c in h.children):
            # "told reporters he had been informed and urged Iran to ...": the shared surface subject
            keys = ev.actors_of(passive[0], ctx)
            if keys:
                return keys
        # a passive reported clause too: "Iraq says 16 people were killed and calls the strikes ..."
        hs = [c for c in h.children if c.dep_ in (*SUBJ, "nsubjpass")]
        if hs and hs[0].pos_ != "PRON" and not ev.actors_of(hs[0], ctx) and h.dep_ == "ccomp":
            # "X said the talks failed and accused Y", "X considers this demand an interference and
            # calls on Y": the reporter's or holder's coordinated act, not 'the talks'
            return [k for c in h.head.children if c.dep_ in SUBJ for k in ev.actors_of(c, ctx)]
    return []


def _if_clause_actors(v: Token, ctx: Any) -> list[str]:
    """Subjects of an 'if'/'unless' clause on ``v`` or on the clause ``v`` is reported in
    ('would respond if Washington followed through', 'there would be consequences if X attacked')."""
    t = v
    for _ in range(4):
        for c in t.children:
            if c.dep_ == "advcl" and (
                any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                or _ev().inverted_condition(c)  # "Should X attack ..., we would respond"
            ):
                keys = [
                    k for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for k in _ev().actors_of(s, ctx)
                ]
                if keys:
                    return keys
        if t.head.i == t.i or t.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
            break
        t = t.head
    return []


def conditional_targets(d: Any, ctx: Any, srcs: list[str]) -> list[str]:
    """'X said its counter-tariffs would expand if the U.S. measures were not lifted': a hostile act
    announced on a condition about another actor is a threat against that actor (CAMEO 13x)."""
    if d.type not in ("SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "THREATEN"):
        return []
    own = {ctx.country(k) or k for k in srcs}
    keys = _if_clause_actors(d.anchor, ctx)
    if not keys and d.type == "THREATEN":
        # "warned that there would be consequences if X attacked": the condition of the warned clause
        keys = [k for c in d.anchor.children if c.dep_ == "ccomp" for k in _if_clause_actors(c, ctx)]
    return [k for k in keys if (ctx.country(k) or k) not in own]


def _told_response(v: Token) -> bool:
    """'China responded by ...', 'has retaliated by ...': a response verb in the past, told as done (not
    'would respond by', 'vowed to respond by': a threat, coded on the response verb itself)."""
    return (
        v.pos_ == "VERB"
        and v.tag_ in ("VBD", "VBN")
        and v.dep_ not in ("xcomp", "ccomp", "advcl")
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)
    )


def retaliation_targets(d: Any, ctx: Any, srcs: list[str], drafts: list[Any]) -> list[str]:
    """'its own retaliatory tariffs', 'counter-tariffs', 'in retaliation': the actor of the latest
    earlier hostile act against the retaliating side."""
    cues = _cues()
    words = set(cues["retaliation_words"])
    near = [d.tok, *d.tok.children, d.anchor, *d.anchor.children]
    # the phrase may hang on the trigger noun or the verb's object ("downgraded ties in retaliation")
    hosts = [d.tok, d.anchor, *(o for o in d.anchor.children if o.dep_ == "dobj")]
    near += [p for h in dict.fromkeys(hosts) for c in h.children if c.dep_ == "prep" for p in c.children]
    # "... and Ankara downgraded ties in response", "expelled three envoys in reply": an act done
    # 'in response' answers the latest hostile act against its actor, as one done 'in retaliation'
    answered = any(
        t.dep_ == "pobj" and t.head.lower_ == "in" and t.lemma_.lower() in cues["response_words"]
        for t in near
    ) or any(
        # "China responded by restricting exports of rare earths", "retaliated by raising the fee":
        # the act is the means of a response, done as it is told (a 'by' phrase of a response verb)
        h.dep_ == "pcomp"
        and h.head.lower_ == "by"
        and h.head.head.lemma_.lower() in cues["response_words"]
        and _told_response(h.head.head)
        for h in (d.tok, d.anchor)
    )
    if not answered and not any(t.lemma_.lower() in words or t.lower_ in words for t in near):
        # "vowed a response", "would respond", "the right to respond": a response still to come
        responds = any(t.lemma_.lower() in cues["response_words"] for t in (d.tok, d.anchor))
        around = [d.tok.head, d.anchor.head, *d.tok.children, *d.anchor.children]
        prospective = any(t.lemma_.lower() in cues["prospective_heads"] for t in around)
        if not (responds and prospective):
            return []
    own = {ctx.country(k) or k for k in srcs}
    from kg.extract import speech_acts  # late: speech_acts imports events

    # "would respond with full force to any attack from Afghan soil": the author the act answered names
    named = [
        k
        for h in dict.fromkeys((d.tok, d.anchor))
        for p in _ev()._pobjs(h, ("to", "against"))
        if p.pos_ == "NOUN"
        for k in speech_acts._author(p, ctx)
        if (ctx.country(k) or k) not in own
    ]
    if named:
        return list(dict.fromkeys(named))
    complaint: list[str] = []
    for o in reversed(drafts):
        if o is d or o.tok.i >= d.tok.i:
            continue
        if not _window_ok(o.tok, d.tok, _cues()["lexical_window_sentences"]):
            break
        theirs = {ctx.country(k) or k for k in o.sources}
        if (
            o.type in ("ACCUSE", "PROTEST")
            and theirs & own
            and not complaint
            and _window_ok(o.tok, d.tok, 1)
            and not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in d.tok.children)
        ):
            # "Moscow handed Baku's envoy a protest over its 'unfriendly actions'. Moscow reserves the
            # right to respond": with no act against it in view, what the side just complained of
            # "denounced the drills and vowed countermeasures": an accusation whose targets come from
            # its own event noun has none drafted yet; read them off the noun
            accused = o.targets or nominal_actors(o, ctx, list(o.sources), drafts)
            complaint = [c for k in dict.fromkeys(accused) if (c := ctx.country(k) or k) not in own]
        if o.type not in ("SANCTION", "ASSAULT", "COERCE"):
            continue
        if {ctx.country(k) or k for k in o.targets} & own and not theirs & own:
            return list(dict.fromkeys(ctx.country(k) or k for k in o.sources))  # state against state
    return complaint


def partners(d: Any, ctx: Any, srcs: list[str]) -> list[str]:
    """The missing partner of a symmetric event with one participant ('in a phone call'; 'met X
    and agreed to ...')."""
    if d.type in ("AGREE", "COOPERATE") and len(srcs) == 1:
        return _met_partner(d, ctx, srcs)
    if d.type != "CONSULT" or d.tok.pos_ not in ("NOUN", "PROPN") or len(srcs) != 1:
        return []
    found = [k for k in setting_targets(d.tok, ctx) if k not in srcs]
    if found:
        # the call is the setting of the governing verb, not its operand: that verb's own event
        # ("warned X") stands, and the call took place
        v = d.tok.head.head
        d.folded = []
        d.trigger_text = ""
        if not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall") for a in v.children):
            d.modality = "asserted"
        d.confidence *= _cues()["factor"]
    return found


def _met_partner(d: Any, ctx: Any, srcs: list[str]) -> list[str]:
    """'X received Y in Bangkok and agreed to reopen border trade', 'X met Y and they agreed ...':
    an agreement coordinated with a meeting of the same subject is made with the one met."""
    v = d.anchor
    linked = {v.head.i} if v.dep_ == "conj" else set()
    linked |= {c.i for c in v.children if c.dep_ == "conj"}
    for o in getattr(ctx, "drafts", []):
        if o is d or o.type != "CONSULT" or o.anchor.i not in linked or not o.targets:
            continue
        if set(o.sources) == set(srcs):
            found = [k for k in o.targets if k not in srcs]
            if found:
                d.confidence *= _cues()["factor"]
                return found
    return []


def setting_targets(n: Token, ctx: Any) -> list[str]:
    """'warned his counterpart, X, in a phone call', 'apologized to X in a phone call': the
    addressee of the verb a consultation noun is the setting of ('in a phone call days after': the
    phrase the noun fills)."""
    n = _ev()._np_top(n)
    if (
        n.dep_ != "pobj"
        or n.head.lower_ not in ("in", "during", "at", "via", "over")
        or n.head.head.pos_ != "VERB"
    ):
        return []
    v = n.head.head
    found = [k for c in v.children if c.dep_ in (*OBJ,) for k in _ev().actors_of(c, ctx)]
    return found or [k for p in _ev()._pobjs(v, ("to",)) for k in _ev().actors_of(p, ctx)]


def purpose_targets(v: Token, ctx: Any) -> list[str]:
    """'sent shells to support Russia's war': the one the purpose clause supports (or the owner of
    what it supports)."""
    ev = _ev()
    out: list[str] = []
    for c in v.children:
        if c.dep_ not in ("xcomp", "advcl") or c.lemma_.lower() not in _cues()["purpose_verbs"]:
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        for o in c.children:
            if o.dep_ in OBJ:
                keys = ev.actors_of(o, ctx)
                out += keys or [k for g in o.children if g.dep_ == "poss" for k in ev.actors_of(g, ctx)]
    return out


def non_answer(v: Token) -> bool:
    """'refused to comment', 'declined to say': the refusal of a statement, not of a demand."""
    return v.lemma_.lower() in _cues()["non_answer_verbs"]


def refused_request(d: Any, ctx: Any, srcs: list[str], drafts: list[Any]) -> list[str]:
    """'X asked Moscow to hand him over; the Kremlin has refused': a refusal with no object of its
    own, or of a plain act ('has refused to withdraw her remarks'), answers the latest request
    addressed to the refuser (CAMEO 12x reject)."""
    amends = _cues()["amends_objects"]
    if any(
        (c.dep_ in OBJ and c.lemma_.lower() not in amends)
        or c.dep_ == "prep"
        or (c.dep_ == "ccomp" and c.i > d.tok.i)
        or (c.dep_ == "xcomp" and non_answer(c))
        for c in d.tok.children
    ):
        return []  # "refused to comment", "refused the offer": it has its own object ("retract anything": none)
    own = {ctx.country(k) or k for k in srcs}
    for o in reversed(drafts):
        if o is d or o.tok.i >= d.tok.i or o.type != "REQUEST":
            continue
        if not _window_ok(o.tok, d.tok):
            break
        if {ctx.country(k) or k for k in o.targets} & own:
            return [k for k in o.sources if (ctx.country(k) or k) not in own]
    return []


def provocation_targets(v: Token, ctx: Any) -> list[str]:
    """'scrambled jets after two Chinese bombers flew with Russian bombers near its coast': the
    actors of the act the show of force answers (the subject of an 'after'/'when' clause and its
    'with' companions)."""
    ev = _ev()
    out: list[str] = []
    for c in v.children:
        if c.dep_ != "advcl" or not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in _cues()["provocation_marks"] for m in c.children
        ):
            continue
        out += ev._verb_subjects(c, ctx)[0]
        out += [
            k
            for p in c.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children
            for k in ev.actors_of(o, ctx)
        ]
    return list(dict.fromkeys(out))


def definite_body(tok: Token, ctx: Any) -> list[str]:
    """'the court', 'the council', 'the bloc': the most recent organization named earlier whose
    name holds that noun ('the International Court of Justice ... the court's jurisdiction')."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.pos_ != "NOUN":
        return []
    head = tok.lemma_.lower()
    lo = max(0, tok.i - _cues()["definite_window_tokens"])
    for i in range(tok.i - 1, lo - 1, -1):
        m = ctx.index.at_token(i)
        if m is None or ctx.etype(m.key) not in ("Organization", "IGO"):
            continue
        label = (getattr(ctx.entity(m.key), "label", "") or "").lower().replace("-", " ").split()
        if head in label:
            return [m.key]
    return []


def _owner_in_object(tok: Token, ctx: Any) -> list[str]:
    """'sanctioned 20 vessels of Russia's shadow fleet', 'sanctioned Iranian oil tankers': the state
    that owns what is sanctioned (possessors and demonyms inside the object, not in its clauses)."""
    ev = _ev()
    out: list[str] = []
    here: list[str] = []
    stack = [c for c in tok.children if c.dep_ in OBJ]
    for _ in range(4):
        nxt = []
        for t in stack:
            for c in t.children:
                if c.dep_ in ("poss", "amod", "compound", "nmod"):
                    out += [k for k in ev.actors_of(c, ctx, pronouns=False) if ctx.etype(k) == "Country"]
                if (
                    c.dep_ in ("amod", "compound")
                    and c.pos_ == "VERB"
                    and ev._has_child(c, ("punct",), ("-",))
                ):
                    # "Serbian-run institutions", "Russian-funded channels": the state on the participle
                    out += [
                        k
                        for g in c.children
                        if g.dep_ in ("amod", "npadvmod", "compound") and g.i < c.i
                        for k in ev.actors_of(g, ctx, pronouns=False)
                        if ctx.etype(k) == "Country"
                    ]
                elif c.dep_ == "prep" and c.lower_ in ("of", "from", "in"):
                    nxt += [p for p in c.children if p.dep_ == "pobj"]
                    out += [
                        k
                        for p in c.children
                        if p.dep_ == "pobj"
                        for k in [ctx.linked(p)]
                        if k and ctx.etype(k) == "Country"
                    ]
                    if c.lower_ == "in" and ev._is_place(t):
                        # "closed its embassy in Niamey": a mission or installation in a town is in
                        # that town's state (when nothing else names an owner)
                        here += [
                            k
                            for p in c.children
                            if p.dep_ == "pobj"
                            # "in Niamey weeks later": the town parsed as a compound of the time noun
                            for q in [
                                p,
                                *(g for g in p.children if g.dep_ == "compound" and g.pos_ == "PROPN"),
                            ]
                            for k in [ctx.linked(q, allow_location=True)]
                            if k and ctx.etype(k) == "Country"
                        ]
        if out or here:
            return list(dict.fromkeys(out or here))
        stack = nxt
    return []


def flagged_owner(tok: Token, ctx: Any) -> list[str]:
    """'attacked a Greek-owned tanker', 'hijacked a Liberian-flagged ship', 'fired on a British-operated
    vessel': the state in a hyphenated ownership or flag participle on the verb's object (event_lexicon.json
    'flagged_objects')."""
    ev = _ev()
    words = set(ev.lexicon().raw["flagged_objects"]["participles"])
    objs = [c for c in tok.children if c.dep_ in OBJ] + ev._pobjs(tok, ("on", "at"))
    return list(
        dict.fromkeys(
            k
            for o in objs
            for c in o.children
            if c.dep_ in ("amod", "compound") and c.lower_ in words and ev._has_child(c, ("punct",), ("-",))
            for g in c.children
            if g.dep_ in ("amod", "npadvmod", "compound") and g.i < c.i
            for k in ev.actors_of(g, ctx, pronouns=False)
            if ctx.etype(k) == "Country"
        )
    )


def _goods_targets(tok: Token, ctx: Any) -> list[str]:
    """'retaliated with tariffs on American goods', 'with duties on wine made in X': the state of the goods."""
    ev = _ev()
    return [
        k
        for p in ev._pobjs(tok, ("with",))
        for q in ev._pobjs(p, ("on", "against"))
        for k in ev.actors_of(q, ctx) or ev._goods_states(q, ctx)
    ]


def _activity_partners(tok: Token, ctx: Any) -> list[str]:
    """'halted security exports to Colombia', 'suspended flights to Georgia', 'halted all trade with
    Israel': the partner state of a stopped activity between states (event_lexicon
    'restricted_activities') in its 'to'/'with'/'from' phrase."""
    ev = _ev()
    nouns = ev.lexicon().raw["restricted_activities"]["nouns"]
    objs = [o for o in tok.children if o.dep_ in OBJ and o.lemma_.lower() in nouns]
    # the parser hangs the phrase on the verb when the noun has a modifier of its own ("halted
    # rice exports to Bangladesh", "suspended banana imports from five Ecuadorian exporters")
    heads = [*objs, tok] if objs else []
    # "banned exports of gallium and germanium to the US": the parser hangs the phrase on the goods'
    # last conjunct, read as a conjunct of the activity noun
    heads += [c for o in objs for c in o.children if c.dep_ == "conj"]
    return [
        k
        for o in heads
        for p in ev._pobjs(o, ("to", "with", "from"))
        for k in ev.actors_of(p, ctx)
        if ctx.etype(k) == "Country"
    ]


def complete(d: Any, ctx: Any, srcs: list[str], tgts: list[str]) -> tuple[list[str], list[str]] | None:
    """Fill the participants a clause leaves implicit; ``None`` drops the draft (an evaluative
    verb whose complement is not pejorative)."""
    if frame_fails(d):
        return None
    drafts = getattr(ctx, "drafts", [])
    if not srcs and d.tok.pos_ in ("VERB", "AUX"):
        srcs = carried_subject(d.tok, ctx)
    if not srcs and not tgts:
        srcs = echo_sources(d, ctx)  # "Qatar also issued a statement of condemnation"
    if tgts and not srcs:
        # "Beijing detained A and B ... Both men were released": the one who held them
        srcs = released_by(d, ctx, tgts, drafts) or custody_state(d, ctx, tgts)  # "... in Kampala": Uganda
        if srcs:  # "... together with lawyer Y": Y too
            more = [
                k
                for k in custody_companions(d.tok, ctx)
                if k not in tgts and (ctx.country(k) or k) not in srcs
            ]
            tgts = [*tgts, *more]
    if srcs and not tgts and d.tok.pos_ in ("VERB", "AUX"):
        tgts = _object_pronoun(d.tok, ctx, srcs) or _anaphora.object_pronoun(d.tok, ctx, srcs)
    if srcs and not tgts:
        found: list[str] = []
        if d.type in ("ACCUSE", "PROTEST", "REJECT"):
            found = nominal_actors(d, ctx, srcs, drafts)
            if not found:
                found = coup_targets(d, ctx, srcs)  # "condemned the coup": the state its makers run
            if not found and d.type == "REJECT" and d.tok.pos_ in ("VERB", "AUX"):
                found = refused_request(d, ctx, srcs, drafts)
            if not found and d.type == "REJECT" and d.tok.pos_ in ("VERB", "AUX"):
                # "does not recognise Kosovo's independence / the court's jurisdiction": the owner
                owners = [g for c in d.tok.children if c.dep_ in OBJ for g in c.children if g.dep_ == "poss"]
                found = [k for g in owners for k in (_ev().actors_of(g, ctx) or definite_body(g, ctx))]
                if not found:
                    # "refused to recognise the Cypriot government": a state demonym on the object
                    found = [
                        k
                        for c in d.tok.children
                        if c.dep_ in OBJ
                        for g in c.children
                        if g.dep_ in ("amod", "compound") and g.i < c.i
                        for k in _ev().actors_of(g, ctx, pronouns=False)
                        if ctx.etype(k) == "Country"
                    ]
        elif d.type == "SUPPORT":
            found = welcomed_actors(d, ctx, srcs, drafts)  # "welcomed the agreement": its parties
            found = found or supported_owner(d.tok, ctx)  # "stood by Ukraine's territorial integrity"
        if not found and d.type in _echoed()["types"]:
            found = echoed_targets(d, ctx, srcs, drafts)  # "Kuwait and Jordan also issued condemnations"
        elif d.type == "THREATEN" and d.tok.pos_ in ("VERB", "AUX"):
            found = consequence_targets(d.tok, ctx)
        elif d.type == "SANCTION" and d.tok.pos_ in ("VERB", "AUX"):
            found = (
                _goods_targets(d.tok, ctx) or _owner_in_object(d.tok, ctx) or _activity_partners(d.tok, ctx)
            )
        elif d.type == "AID" and d.tok.pos_ in ("VERB", "AUX"):
            found = purpose_targets(d.tok, ctx)
        elif d.type == "MOBILIZE" and d.tok.pos_ in ("VERB", "AUX"):
            found = provocation_targets(d.tok, ctx)
        if not found and d.type in ("ASSAULT", "COERCE") and d.tok.pos_ in ("VERB", "AUX"):
            found = flagged_owner(d.tok, ctx)  # "attacked a Greek-owned tanker": Greece
        if not found and d.type in ("SANCTION", "ASSAULT", "COERCE", "THREATEN"):
            found = retaliation_targets(d, ctx, srcs, drafts)
            if found and d.type == "THREATEN":
                d.modality = "asserted"  # the vow or warning itself is asserted
        if not found and d.modality in ("future", "hypothetical") or d.type == "THREATEN" and not found:
            found = conditional_targets(d, ctx, srcs)
            if found and d.type != "THREATEN":
                ev = _ev()
                d.cameo, d.goldstein, d.mode = ev._threat_code(d.type, ev.lexicon())
            if found:
                d.type, d.modality = "THREATEN", "asserted"  # the conditional threat itself is asserted
        tgts = [k for k in found if k not in srcs]
        if tgts:
            d.confidence *= _cues()["factor"]
    if tgts and d.type in _echoed()["types"]:
        _completed(ctx)[d.tok.i] = list(tgts)  # what a later 'also condemned' may echo
    return srcs, tgts


# ---------------------------------------------------------------------------------------------
# echoed reactions


@cache
def _echoed() -> dict[str, Any]:
    return _cues()["echoed_reactions"]


def _completed(ctx: Any) -> dict[int, list[str]]:
    """Targets the discourse gave earlier reactions (by trigger index), for reactions echoing them."""
    done = getattr(ctx, "completed_reactions", None)
    if done is None:
        done = {}
        ctx.completed_reactions = done
    return done


def _unaimed(tok: Token) -> Token | None:
    """The verb of a reaction that names nothing it reacts to and so repeats one just reported: a
    verb with no object, complement or object phrase marked as one more ('Egypt also condemned';
    'Spain condemned it too' has an object), or the light verb issuing a reaction noun with no
    object phrase or owner ('Kuwait and Jordan also issued condemnations', 'Qatar issued a
    statement of condemnation', 'Oman voiced support'); None for any other reaction."""
    cfg = _echoed()
    preps = cfg["object_preps"]
    if any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children):
        return None
    if tok.pos_ in ("VERB", "AUX"):
        if tok.dep_ in ("relcl", "acl", "amod") or any(
            c.dep_ in (*OBJ, "nsubjpass", "ccomp", "xcomp", "oprd", "attr", "agent", "dative")
            for c in tok.children
        ):
            return None
        return tok if any(c.dep_ == "advmod" and c.lower_ in cfg["additive"] for c in tok.children) else None
    common = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)  # "of solidarity." misread
    if not common or any(
        c.dep_ in ("poss", "compound", "amod", "nmod", "acl", "relcl")
        and c.lower_ not in cfg["echo_modifiers"]
        for c in tok.children
    ):
        return None  # "the Saudi condemnation", "condemnation that ...": its own phrase says more
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() in cfg["carrier_nouns"]:
        tok = h.head  # "a statement of condemnation"
        h = tok.head
    if tok.dep_ in OBJ and h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in cfg["light_verbs"]:
        return h
    return None


def marked_echo(tok: Token) -> bool:
    """A reaction noun told as one more of the kind just reported in so many words: unaimed
    (``_unaimed``) and marked by an 'echo_modifiers' word on it or its carrier noun ('issued similar
    statements of solidarity', 'an identical condemnation') or an 'additive' adverb on the light verb
    ('also voiced solidarity'). 'Turkey voiced concern' alone is no echo of a reaction before it."""
    cfg = _echoed()
    v = _unaimed(tok)
    if v is None:
        return False
    nouns = [tok, tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of" else [tok]
    return any(
        c.dep_ == "amod" and c.lower_ in cfg["echo_modifiers"] for n in nouns for c in n.children
    ) or any(c.dep_ == "advmod" and c.lower_ in cfg["additive"] for c in v.children)


def echo_sources(d: Any, ctx: Any) -> list[str]:
    """Who issues a reaction noun through a carrier noun ('Qatar issued a statement of
    condemnation'): the subject of the light verb."""
    if d.type not in _echoed()["types"] or d.tok.pos_ not in ("NOUN", "PROPN"):
        return []
    v = _unaimed(d.tok)
    return _ev()._verb_subjects(v, ctx)[0] if v is not None and not _ev()._negated(v) else []


def echoed_targets(d: Any, ctx: Any, srcs: list[str], drafts: list[Any]) -> list[str]:
    """'Saudi Arabia condemned the strike ... Kuwait and Jordan also issued condemnations': a reaction
    that names nothing (``_unaimed``) has the target of the nearest earlier reaction of its type by
    another side within ``window_sentences`` (cues.json discourse echoed_reactions), less any actor
    of that chorus of reactions itself."""
    cfg = _echoed()
    v = _unaimed(d.tok)
    if v is None or _ev()._negated(v) or _ev()._negated(d.anchor):
        return []
    own = {ctx.country(k) or k for k in srcs}
    done = _completed(ctx)
    chorus = [
        o
        for o in reversed(drafts)
        if o is not d
        and o.tok.i < d.tok.i
        and o.type == d.type
        and o.sources
        and _window_ok(o.tok, d.tok, cfg["window_sentences"])
    ]
    # those reacting in the same way are not whom the reactions are aimed at
    reacting = own | {ctx.country(k) or k for o in chorus for k in o.sources}
    for o in chorus:
        if {ctx.country(k) or k for k in o.sources} & own:
            continue
        tgts = list(o.targets) or done.get(o.tok.i, [])
        tgts = [k for k in tgts if (ctx.country(k) or k) not in reacting]
        if tgts:
            return tgts
    return []


# ---------------------------------------------------------------------------------------------
# verb-phrase ellipsis: '..., as did Y', 'Y followed suit'

#: Categories an echo may repeat (events, not statements, measurements or standing relations).
_NOT_ECHOED = frozenset({"QUOTE", "QUANTITY", "ROLE", "MEMBER_OF", "ALLY"})


@cache
def _ellipsis() -> dict[str, Any]:
    return _cues()["ellipsis_echoes"]


def _echo_clause(p: Token) -> bool:
    """A pro-form verb phrase standing for another clause's (cues.json discourse ellipsis_echoes): 'do'
    with a marker ('as did Y', 'so did Y', 'Y did too') or a pro-object ('Y did the same', 'Y followed
    suit'), finite, with a subject, not negated, under no modal and governed by no other verb."""
    cfg = _ellipsis()
    lem = p.lemma_.lower()
    if lem not in cfg["pro_verbs"] and lem not in cfg["pro_objects"]:
        return False
    if p.pos_ not in ("VERB", "AUX") or p.dep_ not in ("ROOT", "conj", "advcl"):
        return False
    objs = [c for c in p.children if c.dep_ in OBJ]
    if objs:
        if not all(o.lower_ in cfg["pro_objects"].get(lem, ()) for o in objs):
            return False
    elif lem not in cfg["pro_verbs"] or not any(
        c.dep_ in ("advmod", "mark") and c.lower_ in cfg["markers"] for c in p.children
    ):
        return False
    if _ev()._negated(p) or not any(c.dep_ in SUBJ for c in p.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "TO") for c in p.children):
        return False
    return not any(c.lower_ in ("neither", "nor") for c in p.children)


def ellipsis_echoes(finished: list[tuple[Any, Event]], ctx: Any) -> list[Event]:
    """'Chile welcomed the accord, as did Peru', 'Norway condemned the strike, and so did Finland',
    'Norway imposed sanctions on Iran. Finland followed suit.': an echo clause (``_echo_clause``)
    repeats the events of the clause it echoes -- the verb it hangs on, or the main verb of the
    sentence before for one that heads its sentence -- with its own subject as their source and
    their type, codes and targets. Only asserted events are echoed; an echoing actor already among
    an event's sides does not repeat it."""
    if not finished:
        return []
    doc = finished[0][0].tok.doc
    ev = _ev()
    cfg = _ellipsis()
    out: list[Event] = []
    lemmas = {doc.vocab.strings.add(w) for w in (*cfg["pro_verbs"], *cfg["pro_objects"])}
    for p in doc:
        if p.lemma not in lemmas or not _echo_clause(p):
            continue
        if any(
            c.dep_ == "prep" and any(ctx.linked(o) for o in c.children if o.dep_ == "pobj")
            for c in p.children
        ):
            continue  # 'did the same with Z': a side of its own
        if p.dep_ in ("advcl", "conj") and p.head.pos_ in ("VERB", "AUX"):
            h = p.head
        elif p.dep_ == "ROOT" and sentence(p).start > 0:
            h = sentence(doc[sentence(p).start - 1]).root
        else:
            continue
        srcs = ev._verb_subjects(p, ctx)[0]
        if not srcs:
            continue
        # the events the echoed verb triggers; for a light verb without one of its own, those of its
        # object ('imposed sanctions'); never those of a noun it reacts to ('condemned the strike')
        echoed = [(d, e) for d, e in finished if d.tok == h]
        if not echoed:
            echoed = [(d, e) for d, e in finished if d.anchor == h and d.tok.dep_ in OBJ and d.tok.head == h]
        for _d, e in echoed:
            if e.category in _NOT_ECHOED or e.modality != "asserted":
                continue
            if not e.targets:
                continue
            sides = {ctx.country(k) or k for k in (*e.sources, *e.targets)}
            new = [k for k in srcs if (ctx.country(k) or k) not in sides]
            if not new:
                continue
            out.append(event_restated(ctx.document, e, new, e.targets, p, factor=cfg["factor"]))
    return out


# ---------------------------------------------------------------------------------------------
# collective anaphora and standing alliances


def collective(tok: Token, ctx: Any) -> list[str]:
    """'both sides', 'the two countries': the entity index's pairing for the phrase, if it has one."""
    resolve = getattr(ctx.index, "collective", None)
    if resolve is None or tok.lemma_.lower() not in _cues()["collective_nouns"]:
        return []  # "the two leaders": persons of a nearby clause, not the story's pairing
    try:
        return list(resolve((tok.left_edge.i, tok.i + 1)))
    except (KeyError, ValueError, IndexError):
        return []


def last_dyad(tok: Token, ctx: Any) -> list[str]:
    """'both sides', 'the two countries' with no coordinated pair in view: the two states of the
    most recent event between two states within a few sentences."""
    head = tok.lemma_.lower()
    if head not in _cues()["collective_nouns"]:
        return []  # "two powers", "both leaders": too loose to pair with an event's parties
    want_country = head in ("country", "capital", "neighbour", "neighbor", "nation", "state")
    for other in reversed(getattr(ctx, "drafts", [])):
        if other.tok.i >= tok.i or not _window_ok(other.tok, tok):
            continue
        pair = list(dict.fromkeys([*other.sources, *other.targets]))
        if len(pair) != 2:
            continue
        types = {ctx.etype(k) for k in pair}
        if types <= ({"Country"} if want_country else {"Country", "IGO", "Organization"}):
            return pair
    return []


def observer_opinion(d: Any, ctx: Any, speaker: str | None, srcs: list[str], tgts: list[str]) -> bool:
    """An alignment verb ('Russia aligns with the U.S.') in the words of a person who speaks for
    none of the parties (an analyst, a former official): a view, not a stated alliance; so is one in a
    quotation whose speaker is not resolved ('"X is aligning itself with Y," one of them said')."""
    if d.trig.pos != "VERB":
        return False
    if speaker is None:
        return any(q.start_char <= d.tok.idx < q.end_char for q in getattr(ctx, "quotes", ()))
    if ctx.etype(speaker) != "Person":
        return False
    parties = {ctx.country(k) or k for k in (*srcs, *tgts)} | set(srcs) | set(tgts)
    if speaker in parties:
        return False
    own = ctx.country(speaker)
    return own is None or own not in parties or ctx.speaker_at(d.tok) is not None and own is None


def derived(d: Any, event: Event, ctx: Any) -> list[Event]:
    """Further relations an event implies: alliances from treaties, participants joined to an
    exercise in a relative clause."""
    return (
        alliances(d, event, ctx)
        + joined(d, event, ctx)
        + common_enemy(d, event, ctx)
        + companions(d, event, ctx)
        + thanked_aid(d, event, ctx)
        + witnesses(d, event, ctx)
    )


def witnesses(d: Any, event: Event, ctx: Any) -> list[Event]:
    """'A and B signed the declaration in the presence of X', '... in the presence of five heads of
    government: C, D and E': whoever witnesses a signing meets its parties that act for another state
    (CAMEO 042/044; a party acting for a body, 'the Commission President', may be the witness's own
    union's; cues.json attendance 'participation' presence_nouns)."""
    if event.category != "AGREE":
        return []
    ev = _ev()
    words = _participation()["presence_nouns"]
    heads = dict.fromkeys(
        h for t in (d.anchor, d.tok) for h in (t, t.head) if h.pos_ in ("VERB", "AUX", "NOUN")
    )
    found: list[str] = []
    for h in heads:
        for n in ev._pobjs(h, ("in",)):
            if n.lemma_.lower() not in words:
                continue
            for x in ev._pobjs(n, ("of",)):
                keys = ev.actors_of(x, ctx, pronouns=False)
                end = x.right_edge.i + 1
                if end < sentence(x).end and x.doc[end].text == ":":
                    # "in the presence of five heads of government: C, D and E"
                    keys = [
                        m.key
                        for m in ctx.index.in_span((end + 1, sentence(x).end))
                        if ctx.etype(m.key) == "Person"
                    ] or keys
                found += keys
    parties = [*event.sources, *event.targets]
    out = []
    for w in dict.fromkeys(found):
        state = ctx.country(w) or w
        met = [
            p
            for p in parties
            if p != w and state != (ctx.country(p) or p) and ctx.etype(ctx.country(p) or p) == "Country"
        ]
        if met:
            out.append(
                event_like(ctx.document, event, "CONSULT", [w], met, trigger_start=d.tok.idx, factor=0.9)
            )
    return out


def _cooperation_with(d: Any, event: Event, ctx: Any, new: list[str], parties: list[str]) -> Event:
    """A COOPERATE event of ``new`` participants with ``parties``, read off the same words as
    ``event`` (its codes, context, modality, date and place), at a lower confidence."""
    return event_like(
        ctx.document, event, "COOPERATE", new, parties, trigger_start=d.tok.idx, factor=_cues()["factor"]
    )


def companions(d: Any, event: Event, ctx: Any) -> list[Event]:
    """'X and Y held a joint exercise along with Z': Z cooperates with every party."""
    if event.category != "COOPERATE":
        return []
    ev = _ev()
    parties = [*event.sources, *event.targets]
    new = [
        k
        for h in dict.fromkeys((d.anchor, d.tok))
        for a in h.children
        if a.dep_ in ("prep", "advmod") and a.lower_ in ("along", "together")
        for w in a.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for o in w.children
        if o.dep_ == "pobj"
        for k in ev.actors_of(o, ctx)
        if k not in parties
    ]
    if not new or not parties:
        return []
    return [_cooperation_with(d, event, ctx, list(dict.fromkeys(new)), parties)]


def participants_with(heads: list[Token], ctx: Any) -> list[str]:
    """'will host an exercise, with British and Polish troops taking part': the actors of an
    absolute 'with' clause of participation on any of ``heads``."""
    ev = _ev()
    return [
        k
        for h in dict.fromkeys(heads)
        for w in h.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for v in w.children
        if v.dep_ == "pcomp" and _participates(v)
        for sbj in v.children
        if sbj.dep_ in SUBJ
        for k in ev.actors_of(sbj, ctx)
    ]


def _participates(v: Token) -> bool:
    """'taking part', 'participating', 'joining in'."""
    lem = v.lemma_.lower()
    if lem == "take":
        return any(c.dep_ in OBJ and c.lower_ == "part" for c in v.children)
    return lem in _cues()["participation_verbs"]


def common_enemy(d: Any, event: Event, ctx: Any) -> list[Event]:
    """'X fought alongside Y against Z': besides the military cooperation of X and Y, both
    assault Z (CAMEO 190)."""
    if event.category != "COOPERATE" or d.tok.pos_ != "VERB" or d.trig.particle is None:
        return []
    ev = _ev()
    parties = [*event.sources, *event.targets]
    enemies = [
        k
        for p in d.tok.children
        if p.dep_ == "prep" and p.lower_ == "against"
        for o in p.children
        if o.dep_ == "pobj"
        for k in ev.actors_of(o, ctx)
        if k not in parties
    ]
    if not enemies or not parties:
        return []
    return [
        ev.make_event(
            ctx.document,
            "ASSAULT",
            parties,
            list(dict.fromkeys(enemies)),
            evidence=event.evidence,
            trigger=event.trigger,
            trigger_start=d.tok.idx,
            confidence=event.confidence,
            extractor=event.extractor,
            cameo="190",
            goldstein=-10.0,
            context=("military",),
            modality=event.modality,
            date=event.date,
            date_text=event.date_text,
            location=event.location,
        )
    ]


def thanked_aid(d: Any, event: Event, ctx: Any) -> list[Event]:
    """'Kyiv thanked Berlin for its military aid', 'thanked Japan for sending relief supplies',
    'thanked Mexico, China and other nations that sent humanitarian aid': besides the thanks, the
    thanked party gave the one thanking aid (CAMEO 07; cues.json discourse 'thanked_aid')."""
    if (
        event.category != "SUPPORT"
        or not event.sources
        or not event.targets
        or d.tok.pos_ != "VERB"
        or d.tok.lemma_.lower() not in _cues()["thanked_aid"]["verbs"]
    ):
        return []
    ev = _ev()
    lx = ev.lexicon()
    acts = ev._pobjs(d.tok, ("for",))
    acts += [
        a
        for o in d.tok.children
        if o.dep_ in OBJ
        for cc in ev._conjuncts(o)
        for a in cc.children
        if a.dep_ == "relcl"
    ]
    for a in acts:
        t = ev._match_trigger(a, lx)
        if t is None or t.type != "AID":
            continue
        return [
            ev.make_event(
                ctx.document,
                "AID",
                list(event.targets),
                list(event.sources),
                evidence=event.evidence,
                trigger=a.text,
                trigger_start=a.idx,
                confidence=event.confidence * _cues()["factor"],
                extractor=event.extractor,
                cameo=t.cameo,
                goldstein=t.goldstein,
                mode=t.mode,
                context=t.context,
                modality=event.modality,
                date=event.date,
                date_text=event.date_text,
                location=event.location,
            )
        ]
    return []


def joined(d: Any, event: Event, ctx: Any) -> list[Event]:
    """'their annual drills, which this year included Japan': Japan cooperates with every party."""
    if event.category != "COOPERATE" or d.tok.pos_ not in ("NOUN", "PROPN"):
        return []
    ev = _ev()
    new: list[str] = []
    for c in d.tok.children:
        if c.dep_ not in ("relcl", "acl"):
            continue
        for v in ev._conjuncts(c):
            if v.lemma_.lower() in _cues()["joining_verbs"]:
                new += [k for o in v.children if o.dep_ in OBJ for k in ev.actors_of(o, ctx)]
    parties = [*event.sources, *event.targets]
    new = [
        k
        for k in dict.fromkeys(new)
        if k not in parties and ctx.etype(k) in ("Country", "IGO", "Organization")
    ]
    if not new or not parties:
        return []
    return [_cooperation_with(d, event, ctx, new, parties)]


def alliances(d: Any, event: Event, ctx: Any) -> list[Event]:
    """ALLY relations implied by an agreement: a mutual defence treaty, a security alliance or a
    strategic partnership between states."""
    if event.category != "AGREE":
        return []
    cues = _cues()["alliance"]
    nouns = [d.tok] if d.tok.pos_ in ("NOUN", "PROPN") else [c for c in d.tok.children if c.dep_ in OBJ]
    hit = False
    for n in nouns:
        words = {t.lemma_.lower() for t in n.subtree if t.i <= n.i} | {n.lemma_.lower()}
        if words & set(cues["heads"]) and any(set(p) <= words for p in cues["patterns"]):
            hit = True
    if not hit:
        return []
    parts = [ctx.country(k) or k for k in (*event.sources, *event.targets)]
    parts = [k for k in dict.fromkeys(parts) if ctx.etype(k) in ("Country", "IGO")]
    if len(parts) != 2:
        return []
    ev = _ev()
    return [
        ev.make_event(
            ctx.document,
            "ALLY",
            [parts[0]],
            [parts[1]],
            evidence=event.evidence,
            trigger=event.trigger,
            trigger_start=d.tok.idx,
            confidence=event.confidence * _cues()["factor"],
            extractor=event.extractor,
            context=("military",),
            modality=event.modality,
            date=event.date,
            date_text=event.date_text,
        )
    ]


# ---------------------------------------------------------------------------------------------
# attendance


def _named_children(n: Token, deps: tuple[str, ...], ctx: Any) -> list[str]:
    """The actors named (no pronouns) by the children of ``n`` whose dependency is in ``deps``."""
    return [k for c in n.children if c.dep_ in deps for k in _ev().actors_of(c, ctx, pronouns=False)]


@cache
def _attendance() -> dict[str, Any]:
    return _cues()["attendance"]


def _gathering_host(n: Token, ctx: Any) -> list[str]:
    """The host or organiser one mention of a gathering names: 'the summit's host, X', 'X is hosting
    the summit', 'the summit hosted by X', 'the SCO summit', 'Ghana's celebrations', or the subject of
    the clause it is the setting of ('X was sworn in at a ceremony')."""
    cfg = _attendance()
    ev = _ev()
    h = n.head
    if n.dep_ == "poss" and h.lemma_.lower() in cfg["host_nouns"]:  # "the summit's host, X"
        return _named_children(h, ("appos",), ctx)
    if n.dep_ in OBJ and h.lemma_.lower() in cfg["host_verbs"] and not ev._negated(h):
        return ev._verb_subjects(h, ctx)[0]  # "Brazil is hosting the summit"
    for c in n.children:
        if c.dep_ == "acl" and c.lemma_.lower() in cfg["host_verbs"]:  # "the summit hosted by X"
            keys = [k for p in ev._pobjs(c, ("by",)) for k in ev.actors_of(p, ctx, pronouns=False)]
            if keys:
                return keys
    keys = _named_children(n, ("poss", "compound", "nmod", "amod"), ctx)
    if keys:
        return keys
    if n.dep_ == "pobj" and h.lower_ == "at" and h.head.lemma_.lower() in cfg["host_clause_verbs"]:
        # "X was sworn in at a ceremony", "Ghana celebrated its independence at a ceremony"
        return _named_children(h.head, ("nsubj", "nsubjpass"), ctx)
    return []


def _attendees(v: Token, ctx: Any) -> list[str]:
    """Named actors who attend in the clause of ``v``: its subject, the antecedent of 'who', the
    'including' list on a group noun, or the subject of 'be' in 'A was among the leaders who attended'."""
    ev = _ev()
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    if subj.lower_ in ("who", "that") and v.dep_ == "relcl":
        subj = v.head
    keys = ev.actors_of(subj, ctx, pronouns=False)
    if keys:
        return keys if v.dep_ != "relcl" or subj.i == v.head.i else []
    # a group noun: "leaders are attending, including A and B", "among the leaders who attended"
    inc = [p for h in (subj, v) for p in ev._pobjs(h, ("including",))]
    keys = [k for p in inc for k in ev.actors_of(p, ctx, pronouns=False)]
    keys += [k for p in inc for k in _named_children(p, ("appos",), ctx)]
    if keys:
        return _persons_first(keys, ctx)
    if subj.dep_ == "pobj" and subj.head.lower_ == "among" and subj.head.head.lemma_ == "be":
        return _persons_first(_named_children(subj.head.head, ("nsubj", "attr"), ctx), ctx)
    return []


def _agents(v: Token, ctx: Any) -> list[str]:
    """The named actors of a passive participle's 'by' phrase ('was attended by A and B', 'by A, on
    his first trip, and by B')."""
    return [
        k
        for g in v.children
        if g.dep_ == "agent" or (g.dep_ == "conj" and g.lower_ == "by")
        for o in g.children
        if o.dep_ == "pobj"
        for k in _ev().actors_of(o, ctx, pronouns=False)
    ]


def _persons_first(keys: list[str], ctx: Any) -> list[str]:
    """'Iran's President X and Belarus's Y': the persons, not their states again."""
    keys = list(dict.fromkeys(keys))
    states = {ctx.country(k) for k in keys if ctx.etype(k) == "Person"}
    return [k for k in keys if ctx.etype(k) == "Person" or (ctx.country(k) or k) not in states]


def _unasserted_attendance(v: Token) -> bool:
    cfg = _attendance()
    if _ev()._negated(v) or _ev()._modal(v) & {"would", "could", "may", "might", "will", "should"}:
        return True
    h = v
    while h.dep_ in ("xcomp", "ccomp", "acomp") and h.head.i != h.i:
        h = h.head
        if h.lemma_.lower() in cfg["unasserted_heads"] or _ev()._negated(h):
            return True
    return False


def attendances(doc: Any, ctx: Any, consumed: set[int]) -> list[Any]:
    """'Among the leaders who attended were A and B', 'X, who is also attending', 'attended the AU
    summit': each named attendee consults the gathering's host or organiser (cues.json attendance)."""
    cfg = _attendance()
    verbs = frozenset(cfg["verbs"])
    gatherings = frozenset(cfg["gatherings"])
    out: list[Any] = []
    for i, lem in enumerate(lower_lemmas(doc)):
        v = doc[i]
        if lem not in verbs or v.pos_ != "VERB":
            continue
        objs = [c for c in v.children if c.dep_ in OBJ]
        # "The AU summit was attended by A and B", "the ceremony, attended by A and B,": the gathering
        # is the passive subject or the noun the participle describes, the attendees its agents
        passive = v.tag_ == "VBN" and not objs and _agents(v, ctx)
        if passive:
            objs = [c for c in v.children if c.dep_ == "nsubjpass"] or ([v.head] if v.dep_ == "acl" else [])
            if not objs:
                continue
        if objs and objs[0].lemma_.lower() not in gatherings and objs[0].lower_ not in gatherings:
            continue  # "attended a school", "graced the cover"
        if lem != "attend" and not objs:
            continue
        if _unasserted_attendance(v):
            continue
        attendees = _persons_first(_agents(v, ctx), ctx) if passive else _attendees(v, ctx)
        if not attendees:
            continue
        hosts = _principals(objs[0], ctx) if objs else []
        if not hosts and (
            not objs or any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in objs[0].children)
        ):
            hosts = _gathering_frame(v, ctx, cfg["window_sentences"], True, tuple(attendees))
        own = {ctx.country(k) or k for k in attendees}
        hosts = [k for k in dict.fromkeys(hosts) if (ctx.country(k) or k) not in own]
        hosts = [k for k in hosts if k not in _stated_bodies(v, ctx)]
        if not hosts:
            continue
        out += _visit_consults(v, "attend", attendees, hosts, cfg)
    return out


# ---------------------------------------------------------------------------------------------
# taking part in the current gathering


@cache
def _participation() -> dict[str, Any]:
    return _attendance()["participation"]


@cache
def _gathering_words() -> frozenset[str]:
    return frozenset(_attendance()["gatherings"]) | frozenset(_participation()["extra_gatherings"])


def _is_gathering(t: Token) -> bool:
    """A mention of a gathering: 'the summit', 'the 47th ASEAN Summit', 'the Forum', 'a video call'."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    lem = t.lemma_.lower()
    words = _gathering_words()
    if lem not in words and t.lower_ not in words:
        return False
    p = _participation()
    if lem in p["call_nouns"]:  # "a video call", not "a call for restraint"
        return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in p["call_media"] for c in t.children)
    return True


def _other_occasion(n: Token) -> bool:
    """A mention of another occasion than the current one: 'next year's meeting', 'the last summit',
    'the summit will be held in ...', 'a summit is expected'."""
    p = _participation()
    for c in n.children:
        if c.dep_ in ("amod", "det", "compound", "nmod") and c.lower_ in p["other_occasion_words"]:
            return True
        if c.dep_ == "poss" and (c.lemma_.lower() in p["other_occasion_time_nouns"] or c.ent_type_ == "DATE"):
            return True
    h = n.head.head if n.dep_ == "pobj" else n.head  # "will be barred from its meetings"
    return (
        n.dep_ in ("nsubj", "nsubjpass", "pobj", *OBJ)
        and h.pos_ in ("VERB", "AUX")
        and _unasserted_attendance(h)
    )


def _principals(n: Token, ctx: Any) -> list[str]:
    """Those a participant in the gathering ``n`` meets: its host, chair or co-chairs with those it
    brought together ('hosted a meeting that brought together A and B'), else the organisation
    named on it ('the ASEAN Summit') or that it is ('the Forum')."""
    return _principals_opened(n, ctx)[0]


def _principals_opened(n: Token, ctx: Any) -> tuple[list[str], bool]:
    """The principals of ``n`` and whether they are only who opened it ('X opened the summit'):
    a chair of the day, weaker than the organisation whose summit it is."""
    ev = _ev()
    cfg = _attendance()
    p = _participation()
    m = ctx.index.at_token(n.i)
    if n.pos_ == "PROPN" and m is not None and m.end - 1 != n.i:
        return [], False  # "the Forum Secretariat", "the Summit Council": the word names no gathering there
    h = n.head
    opened = False
    if (
        (n.dep_ == "npadvmod" and h.lemma_.lower() in cfg["host_verbs"])
        or (n.dep_ in OBJ and h.lemma_.lower() in p["opening_verbs"])
        or (n.dep_ == "pobj" and h.head.lemma_.lower() in p["opening_verbs"] and h.lower_ == "over")
    ) and not ev._negated(h):
        # "hosted today in Riyadh a meeting that ...", "Opening the summit, X said", "presided over"
        head = h.head if n.dep_ == "pobj" else h
        keys = list(_participants(head, ctx) or ev._verb_subjects(head, ctx)[0])
        keys += _chaired(head, ctx)
        opened = n.dep_ != "npadvmod"
    else:
        keys = []
    if not keys:
        opened = False
        keys = list(_gathering_host(n, ctx))
    for c in n.children:
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in p["assemble_verbs"] and not ev._negated(c):
            if c.lemma_.lower() == "bring" and not any(
                g.lower_ in p["assemble_particles"] for g in c.children
            ):
                continue  # "a meeting that brought results"
            keys += [k for o in c.children if o.dep_ in OBJ for k in ev.actors_of(o, ctx, pronouns=False)]
    if not keys and n.pos_ == "PROPN":
        keys = ev.actors_of(n, ctx, pronouns=False)  # "the Forum's leaders": the organisation itself
    own = ctx.entity(m.key) if m is not None and m.end - 1 == n.i and m.key in keys else None
    if own is not None and own.label.split()[-1].lower() in _gathering_words():
        # "the 47th ASEAN Summit", "the Forum" linked as names of their own: the organiser they name
        words = [t.text for t in ctx.doc[m.start : m.end - 1]]
        found = _organiser_named(words, n.text, m.key, ctx)
        if found or not own.wikidata:  # "HRH Hosts Meeting" in a headline: no organiser at all
            keys = [k for k in keys if k != m.key] + found
    return list(dict.fromkeys(keys)), opened


def _chaired(v: Token, ctx: Any) -> list[str]:
    """The body whose chair opens a gathering: 'X, as Forum chair, opened the session', 'As chair of
    the AU, X opened the summit' (an 'as' phrase on the verb or its subject)."""
    ev = _ev()
    titles = _participation()["chair_titles"]
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    out: list[str] = []
    for t in ev._pobjs(v, ("as",)) + [p for s in subj for p in ev._pobjs(s, ("as",))]:
        if t.lemma_.lower() not in titles:
            continue
        for o in [c for c in t.children if c.dep_ in ("compound", "poss", "nmod")] + ev._pobjs(t, ("of",)):
            m = ctx.index.at_token(o.i)
            if o.pos_ == "PROPN" and (
                m is None
                or (m.end - m.start == 1 and ctx.etype(m.key) not in ("IGO", "Organization", "Country"))
            ):
                out += _organiser_named([], o.text, m.key if m else "", ctx)  # "as Forum chair"
            else:
                out += ev.actors_of(o, ctx, pronouns=False)
    return out


def _organiser_named(words: list[str], last: str, own: str, ctx: Any) -> list[str]:
    """The organisations (or states) the name of a gathering contains (``words`` before its last
    word ``last``: 'the 47th ASEAN Summit', 'the 53rd Pacific Islands Forum Leaders Meeting') or
    that a one-word name shortens ('the Forum' after 'the Pacific Islands Forum'), among the
    document's entities other than ``own``."""
    out = []
    for key, r in getattr(ctx.index, "_records", {}).items():
        if key == own or r.type not in ("IGO", "Organization", "Country"):
            continue
        for name in (r.label, *r.surfaces):
            w = name.split()
            if not w or not name[:1].isupper():
                continue  # "bloc", "the regional bloc": no name
            if any(words[i : i + len(w)] == w for i in range(len(words) - len(w) + 1)) or (
                not words and len(w) > 1 and w[-1] == last
            ):
                out.append(key)
                break
        else:  # the gazetteer's other names of it: "ASEAN" for the Association of Southeast Asian Nations
            if any(normalize(x) in r.names for x in words if x[:1].isupper() and len(x) > 1):
                out.append(key)
    return out


def _gathering_frame(v: Token, ctx: Any, window: int, chain: bool, people: tuple[str, ...] = ()) -> list[str]:
    """The principals of the nearest earlier gathering mention before ``v`` (its own sentence
    first) that names any; with ``chain`` each mention carries the reference ``window`` sentences
    further, else all must lie within ``window`` sentences of ``v``. Who only opened it ('X opened
    the summit') gives way to an organisation named on an earlier mention ('the SCO summit'), and
    ends the search when one of ``people`` opened it (the host speaking to its guests)."""
    doc = v.doc
    last = v
    opener: list[str] = []
    # "A and B, both members of the Forum, are attending": a body describing the participants
    own = {t.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for i in range(v.i - 1, -1, -1):
        t = doc[i]
        if not _is_gathering(t):
            continue
        if i in own:
            if set(_principals(t, ctx)) & set(people):
                return []  # "The summit's host, X, told fellow leaders": the host speaking to guests
            continue
        if not _window_ok(t, last, window):
            break
        if _other_occasion(t):
            continue
        keys, opened = _principals_opened(t, ctx)
        orgs = [k for k in keys if ctx.etype(k) in ("IGO", "Organization")]
        if keys and opener:
            return orgs or opener
        if keys and opened and not orgs:
            if set(keys) & set(people):
                return []
            opener = keys
        elif keys:
            return keys
        if chain:
            last = t
    return opener


def _definite(n: Token) -> bool:
    """'the summit', 'this meeting', 'the partners' dialogue': a gathering already in view."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in n.children)


def _audience(n: Token, ctx: Any) -> list[str] | None:
    """An audience of speakers at a gathering ('fellow leaders', 'leaders', 'delegates', 'heads of
    state'), or None: the actors named on it ('EU leaders'), else [] (left to the gathering)."""
    p = _participation()
    if n.lemma_.lower() not in p["audience_nouns"] or n.tag_ != "NNS":
        return None
    if n.lemma_.lower() == "head" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
        return None  # "heads of state", not "told the heads" of agencies
    return _named_children(n, ("poss", "compound", "amod", "nmod"), ctx)


def _participants(v: Token, ctx: Any) -> list[str]:
    """Who takes part: as for attendance, or the noun a participle describes ('X, leading the
    delegation') or the subject of the clause an opening participle modifies ('Addressing the
    forum, X said')."""
    ev = _ev()
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        keys = _attendees(v, ctx)
        # "the envoy X and the senators A and B took part": the names set beside each conjunct
        near = ev._conjuncts(subj)[1:] + [
            c for a in subj.children if a.dep_ == "appos" for c in ev._conjuncts(a)[1:]
        ]
        for c in near:
            keys += (
                _named_children(c, ("appos",), ctx)
                if c.pos_ == "NOUN"
                else ev.actors_of(c, ctx, pronouns=False)
            )
        return list(dict.fromkeys(keys))
    if v.dep_ == "acl" and v.tag_ == "VBG":
        return _persons_first(ev.actors_of(v.head, ctx, pronouns=False), ctx)
    if v.dep_ == "advcl" and v.tag_ == "VBG" and v.i < v.head.i:
        return _persons_first(ev._verb_subjects(v.head, ctx)[0], ctx)
    return []


def _seated(v: Token, ctx: Any) -> list[str]:
    """The named actors of the subject of 'be' ('Around the table are A, B and C'), wherever the
    parser hangs the list's names (conjuncts, appositions), not those of a relative clause."""
    keys: list[str] = []
    for s in (c for c in v.children if c.dep_ in ("nsubj", "attr")):
        stack = [s]
        while stack:
            t = stack.pop()
            if t.pos_ == "PROPN" and (k := ctx.linked(t)) is not None:
                keys.append(k)
            stack += [
                c for c in t.children if c.dep_ in ("conj", "appos", "compound", "nmod", "amod", "poss")
            ]
    return _persons_first(keys, ctx)


def _participation_frame(v: Token, lem: str, ctx: Any) -> tuple[Token | None, list[str] | None, bool]:
    """For a clause of taking part in a gathering: (the gathering word it names or None, the
    audience's own actors or None, whether it joins: a gathering just described); (None, None,
    False) when the clause is no such participation ('joined NATO', 'told reporters')."""
    ev = _ev()
    p = _participation()
    no = (None, None, False)
    objs = [c for c in v.children if c.dep_ in OBJ]
    if lem in p["join_verbs"] or lem in p["part_verbs"]:
        if lem in p["part_verbs"]:
            if not objs or objs[0].lemma_.lower() not in p["part_verbs"][lem]:
                return no
            ins = ev._pobjs(objs[0], ("in",)) + ev._pobjs(v, ("in",))
            objs = objs[1:]
        else:
            ins = ev._pobjs(v, ("in",))
            if any(c.dep_ == "agent" for c in v.children):
                return no  # "signed the pact, joined by X"
        named = objs[:1] + ins[:1]
        if named and not _is_gathering(named[0]):
            return no  # "joined NATO", "took part in the drills"
        return (named[0] if named else None), None, True
    if lem in p["delegation_verbs"]:
        for o in objs:
            if o.lemma_.lower() in p["delegation_nouns"]:
                tos = [t for t in ev._pobjs(o, ("to", "at")) if _is_gathering(t)]
                if tos:
                    return tos[0], None, False
        return no
    # speaking: "told fellow leaders", "addressed the summit", "spoke at the forum"
    heard = objs[:1] if lem != "speak" else ev._pobjs(v, ("at", "to"))[:1]
    if lem == "address":
        heard += ev._pobjs(v, ("to",))[:1]
    for t in heard:
        if _is_gathering(t):
            return t, None, False
        if (aud := _audience(t, ctx)) is not None:
            # "told delegates at the party congress", "told leaders at a rally": another occasion
            at = [a for h in (v, t) for a in ev._pobjs(h, ("at",)) if a.pos_ in ("NOUN", "PROPN")]
            at = [a for a in at if ctx.index.at_token(a.i) is None]  # "at Camp David": a place
            if any(not _is_gathering(a) for a in at):
                return no
            return (at[0] if at else None), aud, False
    return no


def participations(doc: Any, ctx: Any, consumed: set[int]) -> list[Any]:
    """'X joined from Rome', 'A and B also took part', 'with X taking part by telephone', 'X told
    fellow leaders', 'X addressed the summit', 'X, leading the delegation to the talks': each named
    participant consults the principals of the gathering, named there or just before (cues.json
    attendance 'participation')."""
    cfg = _attendance()
    p = _participation()
    verbs = frozenset(p["join_verbs"]) | frozenset(p["part_verbs"]) | frozenset(p["speech_verbs"])
    verbs |= frozenset(p["delegation_verbs"])
    ev = _ev()
    out: list[Any] = []
    for i, lem in enumerate(lower_lemmas(doc)):
        v = doc[i]
        if lem == "be" and any(t.lower_ in p["table_nouns"] for t in ev._pobjs(v, p["table_preps"])):
            # "Around the table are A, B and C": those seated at the gathering just described
            gathering, audience, joining = None, None, True
            people = _seated(v, ctx)
        elif lem not in verbs or v.pos_ != "VERB":
            continue
        else:
            gathering, audience, joining = _participation_frame(v, lem, ctx)
            if gathering is None and audience is None and not joining:
                continue
            people = _participants(v, ctx)
        if _unasserted_attendance(v):
            continue
        if not people:
            continue
        hosts = list(audience or [])
        if not hosts and gathering is not None and not _other_occasion(gathering):
            hosts = _principals(gathering, ctx)
        if not hosts and gathering is not None and not _definite(gathering):
            continue  # "speaking at a news conference", "told a cabinet meeting": a gathering of its own
        if not hosts:
            start = gathering if gathering is not None and gathering.i < v.i else v
            if joining:
                hosts = _gathering_frame(start, ctx, p["join_window"], False, tuple(people))
            else:
                hosts = _gathering_frame(start, ctx, cfg["window_sentences"], True, tuple(people))
        own = {ctx.country(k) or k for k in people}
        hosts = [k for k in dict.fromkeys(hosts) if (ctx.country(k) or k) not in own and k not in people]
        # a member state's leader at its own organisation's meeting: the body's business, not a
        # consultation with it ('the Prime Minister said, speaking at the NATO summit')
        hosts = [k for k in hosts if not own & _member_states(k, ctx) and k not in _stated_bodies(v, ctx)]
        if not hosts:
            continue
        out += _visit_consults(v, "participate", people, hosts, cfg)
    return out + _assemblies(doc, ctx)


def _visit_consults(v: Token, key: str, people: list[str], hosts: list[str], cfg: dict) -> list[Any]:
    """One CONSULT ('visit' mode, at the discourse factor's confidence) of each attendee or participant
    of a gathering with its hosts, anchored on the clause ``v`` that places them there."""
    ev = _ev()
    trig = ev.Trigger(
        key=key, pos="VERB", type="CONSULT", cameo=cfg["cameo"], goldstein=cfg["goldstein"], mode="visit"
    )
    out = []
    for a in people:
        d = ev._Draft(trig, v, v, "CONSULT", cfg["cameo"], cfg["goldstein"], "visit", (), [a], list(hosts))
        d.trigger_text = v.text
        d.confidence *= _cues()["factor"]
        out.append(d)
    return out


def _stated_bodies(v: Token, ctx: Any) -> set[str]:
    """The bodies the subject of ``v`` is said to be members of ('A and B, both full members of the
    Forum, are attending'): its own organisation's meeting, not a consultation with it."""
    ev = _ev()
    out: set[str] = set()
    for c in v.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for t in c.subtree:
            if t.lemma_.lower() in _participation()["member_nouns"]:
                for o in ev._pobjs(t, ("of",)):
                    m = ctx.index.at_token(o.i)
                    if o.pos_ == "PROPN" and (m is None or m.end - m.start == 1):
                        out.update(_organiser_named([], o.text, m.key if m else "", ctx))  # "of the Forum"
                    out.update(ev.actors_of(o, ctx, pronouns=False))
    return out


def _member_states(key: str, ctx: Any) -> set[str]:
    """The keys of the member states the gazetteer lists for the organisation ``key`` (none for
    other actors) that this document names."""
    entry = ctx.index.gazetteer.entries.get(key)
    isos = set(getattr(entry, "members", ()) or ())
    if not isos:
        return set()
    return {
        k for k, r in getattr(ctx.index, "_records", {}).items() if r.type == "Country" and r.iso3 in isos
    }


def _assemblies(doc: Any, ctx: Any) -> list[Any]:
    """'X hosted a meeting that brought together A and B', 'the summit brought together A, B and C':
    everyone the gathering assembled meets the others and its host (cues.json attendance
    'participation' assemble_verbs)."""
    cfg = _attendance()
    p = _participation()
    ev = _ev()
    out: list[Any] = []
    for i, lem in enumerate(lower_lemmas(doc)):
        if lem not in p["assemble_verbs"]:
            continue
        v = doc[i]
        if v.pos_ != "VERB" or ev._negated(v) or _unasserted_attendance(v):
            continue
        if lem == "bring" and not any(g.lower_ in p["assemble_particles"] for g in v.children):
            continue  # "the meeting brought results"
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        n = v.head if v.dep_ in ("relcl", "acl") else (subj[0] if subj and subj[0].pos_ != "PRON" else None)
        if n is None or not _is_gathering(n) or _other_occasion(n):
            continue
        met = [k for o in v.children if o.dep_ in OBJ for k in ev.actors_of(o, ctx, pronouns=False)]
        parties = list(dict.fromkeys(_principals(n, ctx) + met))
        if len(met) < 1 or len(parties) < 2:
            continue
        hosts = {k for k in parties if k not in met}
        # "X opened the meeting, which brought together A, B, C, D and E": in a large round each
        # guest consults the host (as a participant consults the principals), not every other guest;
        # a small one ('brought together A and B') is a meeting of all
        star = bool(hosts) and len(set(met)) >= p["assemble_star_guests"]
        trig = ev.Trigger(key="assemble", pos="VERB", type="CONSULT", cameo="044", goldstein=cfg["goldstein"])
        for j, a in enumerate(parties):
            for b in parties[j + 1 :]:
                if (ctx.country(a) or a) == (ctx.country(b) or b):
                    continue
                if star and a not in hosts and b not in hosts:
                    continue
                d = ev._Draft(trig, v, v, "CONSULT", "044", cfg["goldstein"], None, (), [a], [b])
                d.trigger_text = v.text
                d.confidence *= _cues()["factor"]
                out.append(d)
    return out


# ---------------------------------------------------------------------------------------------
# coups


@cache
def _custody() -> dict[str, Any]:
    return _cues()["custody_places"]


def _custody_places(n: Token, ctx: Any, depth: int) -> list[str]:
    """States of the place phrases hanging on ``n`` (cues.json discourse custody_places 'preps'),
    followed down the nouns of those phrases ('on arrival at the airport in X'): the innermost place
    of a known state locates the outer one ('at Bole airport in Addis Ababa': a facility's name says
    less than the 'in' phrase locating it), a place name compounded on a noun counts when nothing
    inside it does ('at Dar es Salaam airport'); '?' for a border or crossing, either side of it."""
    cfg = _custody()
    out: list[str] = []
    for p in _ev()._pobjs(n, cfg["preps"]):
        if p.lemma_.lower() in cfg["not_places"]:
            return ["?"]
        inner = _custody_places(p, ctx, depth - 1) if depth > 1 and p.pos_ in ("NOUN", "PROPN") else []
        if inner:
            out += inner
            continue
        for t in (p, *(c for c in p.children if c.dep_ == "compound")):
            k = ctx.linked(t, allow_location=True)
            if k is not None and ctx.etype(k) == "Country":
                out.append(k)
                break
    return out


def released_by(d: Any, ctx: Any, tgts: list[str], drafts: list[Any]) -> list[str]:
    """'Beijing detained A and B ... Both men were released in 2021', 'Tanzania detained X ... He
    was released late on Thursday': an agentless passive release of persons is the act of the one
    who held them -- the source of the latest earlier detention (a COERCE draft) of any of them in
    the document (cues.json discourse custody_places 'release_modes'); a person acting for a state
    stands for the state."""
    cfg = _custody()
    v = d.tok
    if d.type != "RETREAT" or d.mode not in cfg["release_modes"] or v.pos_ != "VERB" or v.tag_ != "VBN":
        return []
    if not any(c.dep_ == "nsubjpass" for c in v.children) or any(c.dep_ == "agent" for c in v.children):
        return []
    held = set(tgts)
    for o in reversed(drafts):
        if o.tok.i >= v.i or o.type != "COERCE" or not held & set(o.targets) or _ev()._negated(o.tok):
            continue
        # "X was arrested at his hotel in Dar es Salaam": a detention's own agentless source
        holders = o.sources or custody_state(o, ctx, list(o.targets))
        if holders:
            return list(
                dict.fromkeys(ctx.country(k) or k if ctx.etype(k) == "Person" else k for k in holders)
            )
    return []


def custody_state(d: Any, ctx: Any, tgts: list[str]) -> list[str]:
    """'Opposition leader X was arrested at his hotel in Kampala', 'two Russian diplomats were
    expelled in Warsaw': an agentless passive of a coercive measure on a named person, group or
    nationals is the act of the state where it happens, when the clause's places resolve to one
    state only and that is not the patient's own (cues.json discourse custody_places)."""
    cfg = _custody()
    v = d.tok
    if d.type not in cfg["types"] or v.pos_ != "VERB" or v.tag_ != "VBN":
        return []
    if not any(c.dep_ == "nsubjpass" for c in v.children) or any(c.dep_ == "agent" for c in v.children):
        return []
    states = set(_custody_places(v, ctx, cfg["depth"]))
    if len(states) != 1 or "?" in states:
        return []
    (state,) = states
    if ctx.etype(state) != "Country" or any((ctx.country(k) or k) == state for k in tgts):
        return []
    return [state]


def custody_companions(v: Token, ctx: Any) -> list[str]:
    """'was arrested ... together with lawyer Y', 'were detained along with a Belgian colleague',
    'was deported alongside two aides': the others held with the patient (cues.json discourse
    custody_places 'companion_adverbs', 'companion_preps')."""
    cfg = _custody()
    adverbs = set(cfg["companion_adverbs"])
    # the parser may hang the phrase on the place noun ("at a hotel in X together with Y")
    hosts, frontier = [v], [v]
    for _ in range(cfg["depth"]):
        frontier = [p for h in frontier for p in _ev()._pobjs(h, cfg["preps"])]
        hosts += frontier
    heads = []
    for c in (c for h in hosts for c in h.children):
        if c.dep_ != "prep":
            continue
        if c.lower_ == "with" and any(a.lower_ in adverbs for a in c.children if a.dep_ == "advmod"):
            heads.append(c)  # "together with Y": the adverb hangs on 'with'
        elif c.lower_ in adverbs:
            heads += [w for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]  # "along with Y"
        elif c.lower_ in cfg["companion_preps"]:
            heads.append(c)
    return [k for h in heads for p in h.children if p.dep_ == "pobj" for k in _ev().actors_of(p, ctx)]


def _coups() -> dict[str, Any]:
    return _cues()["coups"]


def _coup_noun(t: Token, elections: bool = False) -> bool:
    """A coup noun (with ``elections``, an election noun instead)."""
    cfg = _coups()
    words = cfg["election_nouns"] if elections else cfg["nouns"]
    if t.pos_ not in ("NOUN", "PROPN") or (t.lemma_.lower() not in words and t.lower_ not in words):
        return False
    return not (elections and any(c.lower_ in cfg["not_elections"] for c in t.children))


def _coup_state(n: Token, ctx: Any) -> list[str]:
    """The state one coup mention names: on the noun ('Niger's coup', 'the Gabonese coup', 'the coup in
    Myanmar') or through the person it is the compound of ('coup leader General X')."""
    ev = _ev()
    keys = _named_children(n, ("poss", "amod", "compound", "nmod"), ctx)
    keys += [
        k for p in ev._pobjs(n, ("in",)) for k in ev.actors_of(p, ctx, pronouns=False, allow_location=True)
    ]
    h = n.head
    if not keys and n.dep_ in OBJ and h.lemma_.lower() in _coups()["holding_verbs"] and not ev._negated(h):
        keys = ev._verb_subjects(h, ctx)[0]  # "Russia held a referendum", "Zimbabwe held elections"
    if not keys and n.dep_ == "compound":  # "coup leader General X", "the coup leaders in Niamey"
        h = n.head
        while h.dep_ == "compound" and h.head.i != h.i:
            h = h.head
        keys = [k for k in ev.actors_of(h, ctx, pronouns=False) if ctx.etype(k) == "Person"]
    states = [ctx.country(k) or k for k in keys]
    return [k for k in dict.fromkeys(states) if ctx.etype(k) == "Country"]


def coup_targets(d: Any, ctx: Any, srcs: list[str]) -> list[str]:
    """'France condemned the coup', 'the AU denounced the military takeover in Niger': the state the
    coup's makers now run; 'claimed the polls had failed to meet standards': the state that held the
    election (cues.json ``coups``)."""
    objs = [(n, e) for n in _evaluated_nominals_any(d.tok) for e in (False, True) if _coup_noun(n, e)]
    if not objs:
        return []
    n, elections = objs[0]
    if not elections and any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
        return []  # "the takeover of the port": what was taken over
    own = {ctx.country(k) or k for k in srcs}
    keys = _coup_state(n, ctx)
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in n.children)
    if not keys and definite:
        window = _coups()["window_sentences"]
        last = n
        for i in range(n.i - 1, -1, -1):
            t = n.doc[i]
            if not _coup_noun(t, elections):
                continue
            if not _window_ok(t, last, window):
                break
            keys = _coup_state(t, ctx)
            if keys:
                break
            last = t
    return [k for k in keys if k not in own]


def _evaluated_nominals_any(tok: Token) -> list[Token]:
    """The objects a reaction evaluates (as ``_evaluated_nominals``), whatever their noun: its objects,
    the subjects of the clause it reports ('claimed that the polls had failed ...') and the 'of'
    phrases of these ('aspects of the elections fell short')."""
    out = _judged(tok, SUBJ)
    return out + [
        p for n in out for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
    ]


# ---------------------------------------------------------------------------------------------
# support for what a party owns


@cache
def _possessions() -> frozenset[str]:
    return frozenset(_cues()["supported_possessions"]["nouns"])


def supported_owner(tok: Token, ctx: Any) -> list[str]:
    """'stood by Ukraine's territorial integrity', 'backed Taiwan's bid', 'support for Somalia's
    sovereignty': the owner of the thing supported (cues.json ``supported_possessions``)."""
    ev = _ev()
    heads = [c for c in tok.children if c.dep_ in OBJ]
    heads += ev._pobjs(tok, ("for", "by"))  # "support for X's sovereignty", "stood by X's right"
    out: list[str] = []
    for n in heads:
        if n.lemma_.lower() not in _possessions() and n.lower_ not in _possessions():
            continue
        out += _named_children(n, ("poss",), ctx)
        out += [k for o in ev._pobjs(n, ("of",)) for k in ev.actors_of(o, ctx, pronouns=False)]
    return list(dict.fromkeys(out))
