"""PLOVER/CAMEO-coded events and standing relations (ALLY, MEMBER_OF) between linked actors.

How it works, for each sentence:

1. **Triggers.** A :class:`spacy.matcher.Matcher` built once per vocabulary from
   ``kg/data/event_lexicon.json`` finds verb and noun triggers by lemma ("attack",
   "rule out", "talks", "joint exercise", "partnership"); ``kg/data/cameo_dictionary.json``
   adds, for keys the lexicon lacks, verbs and nouns of the PETRARCH2 CAMEO verb dictionary.
2. **Operators.** A trigger under a governing verb may change meaning: "considering
   sanctions" / "threatened to impose tariffs" is THREATEN (CAMEO 1312), "cut off aid" /
   "suspended intelligence sharing" is SANCTION 'discontinue', "lifted sanctions" is CONCEDE,
   "refused to meet" is REJECT, "urged X to halt attacks" asserts only the REQUEST, "blocked
   sanctions" / "denied attacking" assert nothing. Light verbs from the lexicon lend their
   subject to a noun trigger ("held talks", "launched a joint exercise", "imposed sanctions");
   under any other verb ("condemned Israel's strikes on Syria") the noun keeps only the
   participants of its own phrase. An operator governs its complement only: a talks or visit
   noun in a setting phrase ("In a phone call with X, Y warned ...", "after talks with X", "on a
   visit to Kyiv") is asserted, with the clause's subject taking part.
3. **Participants.** Source: subject of the trigger or its light verb, the passive agent
   ("was attacked by X"), the possessor or demonym of a noun ("Russia's invasion",
   "Israeli strikes"), the controller of an infinitive ("continued to fire"); target: object,
   prepositional objects (on/against/with/to/at ...), passive subject, "between X and Y".
   Coordination gives lists ("Russian, Chinese and Iranian warships"); metonyms and demonyms
   are resolved by the entity index; possessive pronouns by the nearest subject; "I" in a
   quote by its speaker; group phrases ("the three countries", "each side ... the other", "the
   committee, chaired by X and including Y,") by the set of actors in view (:mod:`kg.extract.groups`),
   which also adds joined, attending and hosted participants and each side's claims against the other.
4. **Status.** Negated events are dropped ("did not attack"), except negated modal refusals
   ("would not consider", "won't negotiate"), which are REJECT; "will"/"plan to" mark
   ``future``, "would"/"could"/"if" mark ``hypothetical``, dates more than a year before
   publication mark ``historical``. An actor's own announced hostile act ("China said it would
   retaliate", "the EU could impose sanctions") is THREATEN. Confidence starts at 0.85 and is
   multiplied down by hedges ("reportedly", "according to"), reported third-party opinion,
   allegations ("accused X of attacking Y"), future/hypothetical status and noun triggers without
   a light verb (factors in ``kg/data/cues.json``).
4b. **Second tier.** A lexicon verb that the main tier left with no event and no complete pair
   of participants (parser errors, long appositions, participles) is read by position, only
   where that is unambiguous: exactly one actor state before it in its clause-like stretch as
   subject and exactly one after it as object, 'with' or 'to' partner, with status as in the
   main tier and confidence lowered; only the types listed in ``cues.json`` ``second_tier``.
5. **Evidence and date.** The sentence (clipped to its paragraph) with exact character offsets;
   the date of a DATE phrase hanging directly on the trigger or its clause, normalized against
   the publication date (:mod:`kg.extract.temporal`); ``None`` when the clause states none.

Joint military exercises are one n-ary COOPERATE event with every participant in
``sources`` (context 'military', CAMEO 062), the place as ``location`` and the date; so are
contributions to a joint mission ("X, Y and Z contribute ships to the mission") and foreign
military trainers arriving in a state. Cancelling shared activities with a partner ("cancelled
events planned with X", "suspended joint projects with Y") is SANCTION 'discontinue' (CAMEO 16x).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.matcher import Matcher
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kg.extract import anaphora as _anaphora
from kg.extract import discourse as _discourse
from kg.extract import groups as _groups
from kg.extract import quantities as _quantities  # noqa: F401  registers kg.quantities.v1
from kg.extract import quotes as _quotes
from kg.extract import relations as _relations
from kg.extract import speech_acts as _speech_acts
from kg.extract.common import (
    doc_text,
    lower_lemmas,
    lower_words,
    make_event,
    name_compounds,
    sentence,
    sentence_evidence,
    skip_failure,
)
from kg.extract.temporal import event_date, is_future, parse_iso
from kg.gazetteer import AREA_WORDS
from kg.registry import extractors
from kg.resources import load_json
from kg.types import Document, Event, Evidence

_log = logging.getLogger(__name__)

__all__ = ["EXTRACTOR", "Trigger", "lexicon", "extract_events", "find_events"]

EXTRACTOR = "kg.events.v1"

ACTOR_TYPES = ("Country", "Person", "Organization", "IGO")
NEGATIVE = frozenset({"ASSAULT", "SANCTION", "COERCE", "MOBILIZE", "THREATEN", "PROTEST"})
COOPERATIVE = frozenset({"AID", "COOPERATE", "CONSULT", "AGREE", "ALLY", "SUPPORT"})
PROPOSER_VERBS = frozenset(
    {"propose", "offer", "draft", "put", "present", "table", "broker", "sponsor", "submit", "back"}
)
SYMMETRIC = frozenset({"COOPERATE", "CONSULT", "AGREE", "ALLY"})
SUBJ = ("nsubj", "csubj")
OBJ = ("dobj", "dative", "obj")
#: Prepositions that introduce the recipient, by event type (used when the lexicon entry names none).
TARGET_PREPS: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("on", "against", "at", "into", "upon", "toward", "towards"),
    "SANCTION": ("on", "against", "upon"),
    "THREATEN": ("against", "on"),
    "COERCE": ("on", "against", "upon"),
    "MOBILIZE": ("against",),
    "CONSULT": ("with", "to"),
    "COOPERATE": ("with",),
    "AGREE": ("with",),
    "ALLY": ("with",),
    "AID": ("to", "for"),
    "SUPPORT": ("for",),
    "REQUEST": ("on", "to", "from"),
    "ACCUSE": ("against",),
    "REJECT": ("from",),
    "RETREAT": ("from",),
    "CONCEDE": ("to",),
    "PROTEST": ("against",),
    "MEMBER_OF": ("of", "in", "to"),
}
#: Noun triggers whose "of" object is the recipient ("invasion of Ukraine", "recognition of Kosovo").
OF_TARGET = frozenset({"ASSAULT", "SUPPORT", "REJECT", "ACCUSE", "MEMBER_OF", "COERCE"})
#: Verbs whose object controls an infinitive ("urged X to attack").
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "press",
        "pressure",
        "force",
        "push",
        "persuade",
        "order",
        "tell",
        "allow",
        "help",
        "encourage",
        "invite",
        "call",
        "prompt",
        "lead",
        "cause",
        "compel",
        "drive",
        "spur",
        "require",
        "authorize",
    }
)
#: Prepositions of setting through which a noun trigger reaches its clause's verb ("in a phone call with").
SETTING_PREPS = frozenset({"in", "during", "at", "via", "through", "by"})
#: Prepositions of an adjunct event phrase ("in a phone call with X", "after talks with Y", "during a
#: visit to Z"): an operator verb ("warned", "pledged") governs its complement, not such a setting.
ADJUNCT_PREPS = frozenset({"in", "during", "at", "after", "following"})
PRONOUNS_POSS = frozenset({"its", "their", "his", "her"})
FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our"})
HUMAN_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
MODAL_REFUSAL = frozenset({"would", "will", "wo", "could", "can", "ca", "shall"})


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a trigger word and what it codes."""

    key: str
    pos: str  # "VERB" or "NOUN"
    type: str
    cameo: str | None = None
    goldstein: float | None = None
    mode: str | None = None
    context: tuple[str, ...] = ()
    particle: str | None = None
    obj: str = "target"
    preps: tuple[str, ...] = ()
    requires_obj: frozenset[str] = frozenset()
    requires_mod: frozenset[str] = frozenset()
    not_mod: frozenset[str] = frozenset()
    requires_prep: bool = False
    requires_xcomp: bool = False
    requires_obj_actor: bool = False
    requires_obj_type: tuple[str, ...] = ()
    requires_light: bool = False
    plural_only: bool = False
    only_under: tuple[str, ...] = ()
    mutual: bool = False
    intransitive: bool = False  # "leaders gathered in Kazan", not "gathered evidence" / "convened talks"
    requires_subj: frozenset[str] = frozenset()
    requires_comp: frozenset[str] = frozenset()
    not_comp: frozenset[str] = frozenset()  # "designated Kenya an ally": not the sanctions listing
    requires_inf: bool = False
    confidence: float = 1.0
    compound: str | None = None  # "phone" of "phone call"
    role_noun: bool = False  # "X is Y's main backer": the copular subject is the source
    subject_target: bool = False  # "NATO said Russia poses a threat": the speaker accuses the subject
    speaker_source: bool = False  # "said the drills made X complicit": the reporter judges the object
    nested_prep: bool = False  # "comments on social media about X": the 'about' hangs on the medium
    extra_light: frozenset[str] = frozenset()  # verbs lending their subject to this noun only: "posted"
    not_subj: frozenset[str] = frozenset()  # "forces pushed Russian troops out": combat, no expulsion
    amount: bool = False  # "$500 million in military aid": a sum yields to the event noun it quantifies
    requires_amount: bool = False  # "2 billion euros in support to X": only as what a sum of money is in
    under_verbs: frozenset[str] = (
        frozenset()
    )  # "received drones from X": only as these verbs' object with 'from'
    also: str | None = None  # "fight alongside": the entry "fight" is read as well ("... against Y")
    direct_prep: bool = False  # "sent troops to Chad": the prep's own object names the recipient
    owner_target: bool = False  # "bought Chinese jets": the state named on the object is the target
    requires_purpose: frozenset[str] = frozenset()  # "sent troops to Chad for a mission / to train"
    passive_source: tuple[str, ...] = ()  # "troops were expelled from Mali": Mali expels them
    realized_only: bool = False  # "NATO should offer Serbia a briefing": a recommended act is no event
    particle_on_object: bool = False  # "blamed the bombing on X": the particle may hang on the object
    not_obj: frozenset[str] = frozenset()  # "hosts 3 million Syrian refugees": no visit
    not_habitual: bool = False  # "Algeria, which backs and hosts the Polisario Front": a standing base
    clause_target: bool = False  # "complained that Panama was charging ...": the clause's subject
    own_preps_only: bool = False  # "a case against X": the target only through its own preps, never 'of'
    # "closed its border with X": one act coded under a second PLOVER type as well, with the same
    # participants (type, CAMEO code, Goldstein score, mode), e.g. COERCE 'restrict' for a border closure
    co_code: tuple[str, str, float, str] | None = None
    co_realized: bool = False  # "restored ties with X": the second code for the act done, not one sought
    co_requires: frozenset[str] = frozenset()  # "restored full ties": words the act's phrases must hold

    @property
    def head(self) -> str:
        words = self.key.split("#")[0].split()
        return words[-1] if self.pos == "NOUN" else words[0]


@dataclass
class Lexicon:
    verbs: dict[str, list[Trigger]] = field(default_factory=dict)
    nouns: dict[str, list[Trigger]] = field(default_factory=dict)
    operators: dict[str, str] = field(default_factory=dict)  # "cut off" -> "discontinue"
    light: frozenset[str] = frozenset()
    leading: frozenset[str] = frozenset()
    aid_modifiers: frozenset[str] = frozenset()
    raw: dict[str, Any] = field(default_factory=dict)
    cues: dict[str, Any] = field(default_factory=dict)


def _trigger(key: str, pos: str, d: dict[str, Any]) -> Trigger:
    words = key.split("#")[0].split()  # "trade#fire": one of several readings of "trade"
    particle = words[1] if pos == "VERB" and len(words) > 1 else None
    compound = " ".join(words[:-1]) if pos == "NOUN" and len(words) > 1 else None
    return Trigger(
        key=key,
        pos=pos,
        type=d["type"],
        cameo=d.get("cameo"),
        goldstein=d.get("goldstein"),
        mode=d.get("mode"),
        context=tuple(d.get("context", ())),
        particle=particle,
        obj=d.get("obj", "target"),
        preps=tuple(d.get("preps", ())),
        requires_obj=frozenset(d.get("requires_obj", ())),
        requires_mod=frozenset(d.get("requires_mod", ())),
        not_mod=frozenset(d.get("not_mod", ())),
        requires_prep=bool(d.get("requires_prep", False)),
        requires_xcomp=bool(d.get("requires_xcomp", False)),
        requires_obj_actor=bool(d.get("requires_obj_actor", False)),
        requires_obj_type=tuple(d.get("requires_obj_type", ())),
        requires_light=bool(d.get("requires_light", False)),
        plural_only=bool(d.get("plural_only", False)),
        only_under=tuple(d.get("only_under", ())),
        mutual=bool(d.get("mutual", False)),
        intransitive=bool(d.get("intransitive", False)),
        requires_subj=frozenset(d.get("requires_subj", ())),
        requires_comp=frozenset(d.get("requires_comp", ())),
        not_comp=frozenset(d.get("not_comp", ())),
        requires_inf=bool(d.get("requires_inf", False)),
        confidence=float(d.get("confidence", 1.0)),
        compound=compound,
        role_noun=bool(d.get("role_noun", False)),
        subject_target=bool(d.get("subject_target", False)),
        speaker_source=bool(d.get("speaker_source", False)),
        nested_prep=bool(d.get("nested_prep", False)),
        extra_light=frozenset(d.get("extra_light", ())),
        not_subj=frozenset(d.get("not_subj", ())),
        amount=bool(d.get("amount", False)),
        requires_amount=bool(d.get("requires_amount", False)),
        under_verbs=frozenset(d.get("under_verbs", ())),
        also=d.get("also"),
        direct_prep=bool(d.get("direct_prep", False)),
        owner_target=bool(d.get("owner_target", False)),
        requires_purpose=frozenset(d.get("requires_purpose", ())),
        passive_source=tuple(d.get("passive_source", ())),
        realized_only=bool(d.get("realized_only", False)),
        particle_on_object=bool(d.get("particle_on_object", False)),
        not_obj=frozenset(d.get("not_obj", ())),
        not_habitual=bool(d.get("not_habitual", False)),
        clause_target=bool(d.get("clause_target", False)),
        own_preps_only=bool(d.get("own_preps_only", False)),
        co_code=tuple(d["co_code"]) if d.get("co_code") else None,
        co_realized=bool(d.get("co_realized", False)),
        co_requires=frozenset(d.get("co_requires", ())),
    )


def _expand_vocabularies(raw: dict[str, Any]) -> dict[str, Any]:
    """A copy of the lexicon with each ``"@name"`` item of an entry's list fields replaced by the
    words of ``vocabularies[name]`` (shared lists kept once in the data file).

    >>> _expand_vocabularies({"vocabularies": {"v": {"words": ["a", "b"]}},
    ...                       "verbs": {"x": {"requires_comp": ["@v", "c"]}}, "nouns": {}})["verbs"]
    {'x': {'requires_comp': ['a', 'b', 'c']}}
    """
    vocab = {k: v["words"] for k, v in raw.get("vocabularies", {}).items() if k != "about"}

    def expand(value: Any) -> Any:
        if not isinstance(value, list):
            return value
        out: list[Any] = []
        for w in value:
            if isinstance(w, str) and w.startswith("@"):
                out += vocab[w[1:]]  # KeyError: an entry names a vocabulary the file lacks
            else:
                out.append(w)
        return out

    raw = dict(raw)
    for table in ("verbs", "nouns"):
        raw[table] = {k: {f: expand(v) for f, v in d.items()} for k, d in raw[table].items()}
    return raw


@cache
def lexicon() -> Lexicon:
    """The trigger lexicon and cue lists, parsed once per process.

    >>> lx = lexicon()
    >>> lx.verbs["rule"][0].type, lx.operators["cut off"], lx.nouns["exercise"][0].cameo
    ('REJECT', 'discontinue', '062')
    """
    raw = _expand_vocabularies(load_json("event_lexicon.json"))
    # the codebook fallback layer (cameo_dictionary.json): entries of keys the lexicon lacks
    for table, entries in load_json("cameo_dictionary.json").items():
        if table in ("verbs", "nouns"):
            for key, d in entries.items():
                raw[table].setdefault(key, d)
    lx = Lexicon(raw=raw, cues=load_json("cues.json"))
    for key, d in raw["verbs"].items():
        t = _trigger(key, "VERB", d)
        lx.verbs.setdefault(t.head, []).append(t)
    for key, d in raw["nouns"].items():
        t = _trigger(key, "NOUN", d)
        lx.nouns.setdefault(t.head, []).append(t)
    lx.light = frozenset(raw["light_verbs"]["verbs"])
    lx.leading = frozenset(raw["light_verbs"].get("leading", ()))
    lx.aid_modifiers = frozenset(raw["vocabularies"]["aid_modifiers"]["words"])
    for kind, words in raw["operators"].items():
        for w in words:
            lx.operators.setdefault(w, kind)
    # Entries with a particle/compound first, then those restricted to certain objects, subjects or modifiers
    # ('host#forces' before 'host', 'blockade#economic' before 'blockade'): the most specific reading wins.
    for table in (lx.verbs, lx.nouns):
        for k in table:
            table[k].sort(
                key=lambda t: (
                    t.particle is None and t.compound is None,
                    not (
                        t.requires_obj
                        or t.requires_subj
                        or t.requires_mod
                        or t.requires_amount
                        or t.under_verbs
                    ),
                    not t.not_subj,  # 'fire back' (not for armed subjects) before 'fire at'
                    not t.requires_obj_type,  # 'welcome#guest' (a person welcomed) before 'welcome'
                    t.key,
                )
            )
    return lx


_MATCHERS: dict[int, Matcher] = {}


_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _noun_like(tok: Token) -> bool:
    """A plural noun the tagger read as a 3rd-person verb ('talks with X were continuing'): a VBZ
    form is never a subject or an object."""
    return tok.tag_ == "VBZ" and (tok.dep_ in _NOUN_DEPS or _split_compound(tok))


def _split_compound(tok: Token) -> bool:
    """'imposed asset freezes on X' tagged 'asset/nsubj freezes/VBZ': a VBZ form right after a noun of its
    own that makes a compound noun trigger with it ('asset freeze', 'travel ban', 'price cap'; event_lexicon
    nouns with a compound) is that plural noun."""
    if tok.i == 0 or tok.dep_ not in ("ccomp", "xcomp"):
        return False
    prev = tok.doc[tok.i - 1]
    if prev.head.i != tok.i or prev.dep_ not in ("nsubj", "compound") or prev.pos_ != "NOUN":
        return False
    return any(t.compound == prev.lemma_.lower() for t in lexicon().nouns.get(tok.lemma_.lower(), ()))


def _matcher(vocab: Vocab) -> Matcher:
    """Trigger matcher for ``vocab``, compiled once per vocabulary (i.e. once per pipeline)."""
    m = _MATCHERS.get(id(vocab))
    if m is None:
        verbs, nouns = _trigger_words()
        m = Matcher(vocab)
        m.add("VERB", [[{"LEMMA": {"IN": sorted(verbs)}, "POS": {"IN": ["VERB", "AUX"]}}]])
        m.add("NOUN", [[{"LEMMA": {"IN": sorted(nouns)}, "POS": {"IN": ["NOUN", "PROPN", "VERB", "NUM"]}}]])
        m.add("NOUNL", [[{"LOWER": {"IN": sorted(nouns)}, "POS": {"IN": ["NOUN", "PROPN", "NUM"]}}]])
        _MATCHERS[id(vocab)] = m
    return m


@cache
def _trigger_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verb lemmas and noun words of the trigger patterns (:func:`_matcher`, :func:`_trigger_starts`)."""
    lx = lexicon()
    verbs = frozenset(lx.verbs) | {w.split()[0] for w in lx.operators}
    verbs |= frozenset(lx.raw["negated_reject"]) | frozenset(lx.raw["third_party_verbs"]["verbs"])
    return verbs, frozenset(lx.nouns) | frozenset(lx.raw["third_party_verbs"]["nouns"])


def _trigger_starts(doc: Doc) -> list[int]:
    """The tokens :func:`_matcher` matches, in document order, each once: the same single-token
    patterns tested as set lookups (the Matcher calls a Python predicate per token and pattern)."""
    verbs, nouns = _trigger_words()
    fixes = lexicon().cues["lemma_fixes"]["forms"]  # "dined" lemmatized "din"
    out = []
    for tok in doc:
        pos = tok.pos_
        if pos in ("VERB", "AUX"):
            lem = fixes.get(tok.lower_, tok.lemma_)
            if lem in verbs or (pos == "VERB" and lem in nouns):
                out.append(tok.i)
        elif pos in ("NOUN", "PROPN", "NUM") and (
            tok.lemma_ in nouns or tok.lower_ in nouns or _sum_key(tok, lexicon())
        ):  # NUM: "$2 billion"; an abbreviated sum: "$2bn"
            out.append(tok.i)
    return out


# ---------------------------------------------------------------------------------------------
# actors


class _Ctx:
    """Per-document state: the index, quote spans (for "I" in quotes), the last person named."""

    def __init__(self, doc: Doc, index: Any, document: Document):
        self.doc = doc
        self.index = index
        self.document = document
        self.quotes = _quotes.find_quotes(doc, index)
        self.published = document.published
        self.pub = parse_iso(document.published)
        self._cache: dict[int, tuple[str, ...]] = {}

    def entity(self, key: str) -> Any:
        try:
            return self.index.entity(key)
        except KeyError:
            return None

    def etype(self, key: str) -> str | None:
        records = getattr(self.index, "_records", None)
        if records is not None:  # the index's record: no Entity built (aliases sorted) for one field
            r = records.get(key)
            return None if r is None else r.type
        e = self.entity(key)
        return getattr(e, "type", None)

    def country(self, key: str) -> str | None:
        records = getattr(self.index, "_records", None)
        if records is not None:
            r = records.get(key)
            return None if r is None else key if r.type == "Country" else r.country
        e = self.entity(key)
        if e is None:
            return None
        return key if e.type == "Country" else getattr(e, "country", None)

    def linked(self, tok: Token, *, allow_location: bool = False) -> str | None:
        m = self.index.at_token(tok.i)
        if m is None:
            return None
        i = getattr(m, "start", tok.i)
        if i >= 2 and self.doc[i - 1].text == "-" and self.doc[i - 2].lower_ in _stance_prefixes():
            return None  # "pro-Russian separatists", "anti-Western militias": a stance, not the state acting
        key = m.key
        t = self.etype(key)
        if t in ACTOR_TYPES:
            return key
        if allow_location and t == "Location":
            # a city attacked or visited stands for the state it lies in ("hit Kharkiv" -> Ukraine)
            return self.index.place_state(key) or key
        return None

    def speaker_at(self, tok: Token) -> str | None:
        for q in self.quotes:
            if q.start_char <= tok.idx < q.end_char and q.speaker:
                return q.speaker
        return None

    def last_person_before(self, tok: Token) -> str | None:
        """The most recent person named as a subject before ``tok`` (outside quotations)."""
        start = max(0, sentence(tok).start - 120)
        fallback = None
        for i in range(tok.i - 1, start - 1, -1):
            m = self.index.at_token(i)
            if m is None or self.etype(m.key) != "Person" or self.speaker_at(self.doc[i]):
                continue
            t = self.doc[i]
            while t.dep_ in ("compound", "appos", "flat") and t.head.i != t.i:
                t = t.head
            if t.dep_ in ("nsubj", "nsubjpass") or _subject_after_conjunction(t):
                return m.key
            if t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.dep_ == "ROOT":
                return m.key  # "Erdogan's plane has landed. He was welcomed by ...": the subject's owner
            fallback = fallback or m.key
        return fallback


@cache
def _non_state_nouns() -> tuple[frozenset[str], frozenset[str]]:
    d = lexicon().cues["non_state_nouns"]
    return frozenset(d["nouns"]), frozenset(d["modifiers"])


def _non_state(tok: Token) -> bool:
    """'Syrian rebels', 'Venezuelan opposition leaders': the head or a noun modifier of it names people
    acting against or outside their state (cues.json non_state_nouns)."""
    nouns, mods = _non_state_nouns()
    return tok.lower_ in nouns or any(
        c.dep_ in ("compound", "amod") and c.i < tok.i and c.lower_ in mods for c in tok.children
    )


@cache
def _stance_prefixes() -> frozenset[str]:
    return frozenset(lexicon().cues["stance_prefixes"]["prefixes"])


def _subject_after_conjunction(t: Token) -> bool:
    """'... came a day after Trump, speaking at a news conference, declined to ...': the parser
    reads the subject of a clause introduced by 'after'/'before'/'since'/'until' as the
    preposition's object and hangs the clause's tensed verb elsewhere without a subject."""
    if t.dep_ != "pobj" or t.head.lower_ not in ("after", "before", "since", "until"):
        return False
    return any(
        v.tag_ in ("VBD", "VBZ")
        and v.pos_ == "VERB"
        and v.dep_ in ("conj", "advcl", "ccomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        for v in t.doc[t.i + 1 : sentence(t).end]
    )


def _name_tokens(t: Token) -> list[Token]:
    """The other tokens of the named entity ``t`` is part of (none outside a name)."""
    if not t.ent_type_:
        return []
    doc, start, end = t.doc, t.i, t.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return [x for x in doc[start:end] if x.i != t.i]


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and its conjuncts (a fresh list: callers may extend it)."""
    memo = tok.doc.user_data.get("kg_conjuncts")  # {token index: conjuncts' indices}: plain data only
    if memo is None:
        memo = tok.doc.user_data["kg_conjuncts"] = {}
    found = memo.get(tok.i)
    if found is None:
        found = memo[tok.i] = tuple(t.i for t in _conjuncts_here(tok)[1:])
    doc = tok.doc
    return [tok, *(doc[i] for i in found)]


def _conjuncts_here(tok: Token) -> list[Token]:
    out = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        # "between the Democratic Republic of the Congo and Rwanda": a conjunct the parser hangs
        # on a word inside a name belongs to the whole name
        for c in [c for x in _name_tokens(t) for c in x.children if c.dep_ == "conj" and c.ent_iob_ != "I"]:
            if c not in out:
                out.append(c)
                stack.append(c)
        for c in t.children:
            if c.dep_ == "conj" and c not in out:
                if c.i + 1 < len(c.doc) and _stolen_subject(c.doc[c.i + 1]) is c:
                    continue  # "expelled the ambassador and Ankara downgraded ties": the next clause's subject
                out.append(c)
                stack.append(c)
            elif c.dep_ == "appos" and t.pos_ == "NOUN" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON":
                # "met Togo's foreign minister Robert Dussey and Benin's foreign minister Olushegun
                # Bakari": the parser hangs the second titled name on the first one's name; a
                # conjunct of the holder's name is one of the title phrase
                for y in c.children:
                    if y.dep_ == "conj" and y.pos_ in ("NOUN", "PROPN") and y not in out:
                        out.append(y)
                        stack.append(y)
            elif (
                c.dep_ == "appos"
                and c not in out
                and t.pos_ == "PROPN"
                and c.pos_ == "PROPN"
                and c.ent_type_ in ("GPE", "NORP")
                and t.ent_type_ in ("GPE", "NORP")
            ):
                out.append(c)  # headline lists: "Iran, Saudi Arabia agree to ..."
                stack.append(c)
            elif (
                c.dep_ in ("nmod", "compound")
                and c.i < t.i
                and c not in out
                and t.pos_ == "PROPN"
                and c.pos_ == "PROPN"
                and _has_child(c, ("cc",), ("and",))
                and _has_child(c, ("conj",))
            ):
                # "Rwanda's Paul Kagame and Uganda's Yoweri Museveni met", "Ruto and then-Prime Minister
                # X signed": the parser hangs the first name on the second; its own conjunct is the
                # second's possessor or title, no actor of its own
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of" and t.ent_type_ == "PERSON":
                # "Presidents X of Rwanda and Y of Uganda met": the second person hung on the first's state
                for p in c.children:
                    if p.dep_ == "pobj" and p.ent_type_ == "GPE":
                        for y in p.children:
                            if y.dep_ == "conj" and y.ent_type_ == "PERSON" and y not in out:
                                out.append(y)
                                stack.append(y)
    return out


def _reporting_subject(tok: Token, ctx: _Ctx) -> list[str]:
    """'X said it struck Y': a subject pronoun of a reported clause is the reporter."""
    v = tok.head
    if v.dep_ in ("ccomp",) and v.head.lemma_.lower() in _speech():
        for c in v.head.children:
            if c.dep_ == "nsubj" and c.pos_ != "PRON" and not _dateline(c):  # not "NIAMEY, Aug 7 (Reuters) -"
                return actors_of(c, ctx, pronouns=False)
        if v.head.dep_ in ("conj", "advcl") and not _has_child(v.head, SUBJ):
            # "X rejected the accusation and said it had provided aid": the reporter of a
            # coordinated or participial speech verb is the subject it shares
            return _verb_subjects(v.head, ctx)[0]
    return []


@cache
def _speech() -> frozenset[str]:
    return frozenset(load_json("cues.json")["speech_verbs"])


_ROLE_NOUNS = frozenset(
    {
        "minister",
        "president",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "envoy",
        "ambassador",
        "chief",
        "commander",
        "premier",
        "chancellor",
        "secretary",
        "king",
        "emir",
        "diplomat",
    }
)


def _sole_object_person(v: Token, ctx: _Ctx, srcs: list[str]) -> bool:
    """An object 'him'/'her' of ``v`` has one candidate: exactly one person other than the clause's
    subjects is named before it in its sentence and the one before in the paragraph ('Rubio said
    Washington would provide aid. Noboa thanked him'); with two ('a call in which X addressed Y ...
    led the court to suspend her') the pronoun is left alone."""
    prons = [c for c in v.children if c.dep_ in OBJ and c.lower_ in ("him", "her")]
    if not prons:
        return False
    found = {
        m.key
        for i in range(_anaphora._window_start(prons[0]), prons[0].i)
        if (m := ctx.index.at_token(i)) is not None and ctx.etype(m.key) == "Person" and m.key not in srcs
    }
    return len(found) == 1


def _previous_main_person(tok: Token, ctx: _Ctx) -> str | None:
    """'Trump said Sheinbaum had been very cooperative. He thanked her': a 'he'/'she' opening the
    main clause of its sentence continues the person who is the main-clause subject of the sentence
    before (centering: the preferred antecedent is the previous main subject, not a person named
    as the subject of a reported clause); None when that subject is no person."""
    start = sentence(tok).start
    if start == 0 or tok.head.i != sentence(tok).root.i or tok.left_edge.i != start:
        return None
    if ctx.speaker_at(tok) is not None:
        return None
    root = sentence(tok.doc[start - 1]).root
    for c in root.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for t in (c, *(x for x in c.children if x.dep_ in ("compound", "appos", "flat"))):
            m = ctx.index.at_token(t.i)
            if m is not None and ctx.etype(m.key) == "Person":
                return m.key
    return None


def _previous_role_subject(tok: Token, ctx: _Ctx) -> list[str]:
    """'Ghana's foreign minister said ... He urged ...': with no named person before, 'he' is the
    unnamed office-holder who was the subject of the previous sentence."""
    sents = [s for s in tok.doc.sents if s.end <= sentence(tok).start]
    if not sents:
        return []
    prev = sents[-1]
    for t in prev:
        if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.lemma_.lower() in _ROLE_NOUNS:
            return actors_of(t, ctx, pronouns=False, depth=0)
    return []


def _previous_subject(tok: Token, ctx: _Ctx, *, plural: bool) -> list[str]:
    """'Algeria closed its airspace. It also recalled its ambassadors': a sentence-initial 'it'/'they'
    subject continues the main-clause subject of the previous sentence of its paragraph (centering:
    the preferred antecedent is the previous subject), when that subject is a state or organization
    ('it': exactly one; 'they': one group or several); for 'they', also a set of two or more actors,
    people included, across a paragraph break (:func:`_previous_group`)."""
    start = sentence(tok).start
    if tok.i - start > 3 or start == 0:
        return []
    prev = sentence(tok.doc[start - 1])
    root = prev.root
    if not plural:
        # "The joint statement, adopted by A and B, called on ... | It also backed ...": a text as the
        # previous subject speaks for its authors, across a paragraph break too
        texts = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] or [root]
        auth = _groups.authors(texts[0], ctx)
        if auth and not _bound_by_object(tok, auth, ctx):
            return auth
    if plural and (group := _previous_group(root, ctx)) and not _bound_by_object(tok, group, ctx):
        return group  # a set of actors stays the topic across a paragraph break too
    if "\n\n" in doc_text(tok.doc)[prev.end_char : tok.idx]:
        return []  # a new paragraph
    if plural and (met := _previous_meeting(prev, ctx)) and not _bound_by_object(tok, met, ctx):
        return met
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
    if not subj or _dateline(subj[0]):
        return []
    keys = [k for k in actors_of(subj[0], ctx, pronouns=False, depth=1) if ctx.etype(k) != "Person"]
    if keys and _bound_by_object(tok, keys, ctx):
        # "Ottawa paused the talks, and India suspended visas. It also forced Canada to ...": a subject
        # pronoun never means its own clause's object; the subject of the coordinated clause it is
        subj = [
            s
            for c in root.children
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"
        ][-1:]
        if not subj:
            return []
        keys = [k for k in actors_of(subj[0], ctx, pronouns=False, depth=1) if ctx.etype(k) != "Person"]
        if _bound_by_object(tok, keys, ctx):
            return []
    if not keys or (not plural and len(keys) != 1):
        return []
    if not plural and subj[0].tag_ in ("NNS", "NNPS"):
        return []  # "Israeli forces ... It": number disagreement
    return keys


def _previous_meeting(prev: Span, ctx: _Ctx) -> list[str]:
    """'Kishida spoke by phone with Albanese. They also urged Pyongyang to ...': after a sentence whose
    main clause is one meeting (CONSULT) of two or more parties, a sentence-initial 'they' in the same
    paragraph is those parties (the subject alone is no plural)."""
    drafts = getattr(ctx, "drafts", [])  # the quotes extractor's context drafts no events
    met = [d for d in drafts if d.type == "CONSULT" and sentence(d.tok) == prev and d.anchor.i == prev.root.i]
    parties = list(dict.fromkeys(k for d in met for k in (*d.sources, *d.targets)))
    return parties if len(met) == 1 and len(parties) >= 2 else []


def _previous_group(root: Token, ctx: _Ctx) -> list[str]:
    """'The leaders reaffirmed their support for X. They called on Y to ...', 'A and B signed a pact.
    They also agreed ...': a sentence-initial 'they' continues a previous main-clause subject that
    is a set of two or more actors, people included: a group phrase the discourse resolves ('the
    leaders', 'the three countries', 'both sides'), a coordination of named actors, or such a 'they'
    itself (the chain of the same group)."""
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or _dateline(subj):
        return []
    if subj.pos_ == "PRON":
        if subj.lower_ != "they" or subj.i - sentence(subj).start > 3:
            return []
        return _previous_subject(subj, ctx, plural=True)  # "They ... They also ..."
    if not (_two_of(subj) or _groups.size(subj) is not None or _has_child(subj, ("conj",))):
        return []  # "Two nationals were arrested. They ...": no set of actors the text resolves
    keys = actors_of(subj, ctx, pronouns=False)
    return keys if len(keys) >= 2 else []


def _bound_by_object(tok: Token, keys: list[str], ctx: _Ctx) -> bool:
    """An actor of ``keys`` (or its state) is an object of the clause whose subject is ``tok``."""
    objs = [c for c in tok.head.children if c.dep_ in OBJ]
    named = {ctx.country(k) or k for o in objs for k in actors_of(o, ctx, pronouns=False, depth=1)}
    return any((ctx.country(k) or k) in named for k in keys)


def _np_antecedent(tok: Token, ctx: _Ctx) -> list[str]:
    """'sanctions against Iran over its drone deliveries': a possessive inside a phrase that
    modifies a noun refers to the actor named just before in that noun's phrase."""
    owner = tok.head
    p = owner.head
    if owner.dep_ != "pobj" or p.dep_ != "prep" or p.head.pos_ not in ("NOUN", "PROPN"):
        return []
    noun = p.head
    found: list[str] = []
    for q in noun.children:
        if q.dep_ == "prep" and q.i < p.i:
            for t in q.subtree:  # "package of sanctions against Iran over its ...": Iran
                k = ctx.linked(t) if t.i < tok.i else None
                if k and (not found or found[-1] != k):
                    found.append(k)
    return found[-1:] if found else []


def _subject_actor_up(tok: Token, ctx: _Ctx) -> list[str]:
    """Resolve a possessive pronoun to the nearest governing clause's subject actor."""
    t = tok.head
    for _ in range(10):
        if t.pos_ in ("VERB", "AUX"):
            for c in t.children:
                if (
                    c.dep_ in ("nsubj", "nsubjpass")
                    and c.i < tok.i
                    and c.lower_ not in PRONOUNS_POSS
                    and not _dateline(c)
                ):
                    if c.lemma_.lower() in lexicon().raw["authored_nouns"]["nouns"]:
                        return []  # "the European decision was a gift ... after their aggression": an act owns nothing
                    keys = actors_of(c, ctx, pronouns=False)
                    if keys:
                        return keys
                    if t.dep_ == "relcl" and (
                        c.lower_ in ("who", "which", "that") or _has_child(c, ("poss",), ("whose",))
                    ):
                        # "a warning to X and Y, whose militaries began their exercise": a relative
                        # clause's own subject stands for its antecedent, not the main clause's subject
                        keys = actors_of(t.head, ctx, pronouns=False)
                        if keys:
                            return keys
            if t.dep_ == "xcomp" and not _has_child(t, SUBJ):
                # "called on Israel to halt its offensive": the controller of the infinitive
                keys = _verb_subjects(t, ctx)[0]
                if keys:
                    return keys
        if t.head.i == t.i:
            break
        t = t.head
    return []


def actors_of(
    tok: Token, ctx: _Ctx, *, pronouns: bool = True, allow_location: bool = False, depth: int = 0
) -> list[str]:
    """Entity keys of the actors a noun phrase headed by ``tok`` denotes (with its conjuncts).

    "Russian, Chinese and Iranian warships" -> Russia, China, Iran; "Ukrainian cities" ->
    Ukraine; "its partners" -> the governing subject; "I" inside a quote -> the speaker.
    """
    out: list[str] = []
    for t in _conjuncts(tok):
        got = _actors_one(t, ctx, pronouns=pronouns, allow_location=allow_location, depth=depth)
        if got and t.pos_ == "NOUN" and _non_state(t):
            # "Syrian rebels", "Venezuelan opposition leaders": from the state, not acting for it
            got = [k for k in got if ctx.etype(k) != "Country"]
        out.extend(got)
    return list(dict.fromkeys(out))


def _actors_one(tok: Token, ctx: _Ctx, *, pronouns: bool, allow_location: bool, depth: int) -> list[str]:
    if tok.dep_ == "pobj" and _broker_phrase(tok):
        return []  # "agreed a deal with Russian mediation": the broker is no party (_third_party_phrase)
    k = ctx.linked(tok, allow_location=allow_location)
    if (
        k
        and depth == 0
        and _is_group(tok)
        and (owner := _anaphora.pronoun_organ(tok, k, ctx, pronouns=pronouns))
    ):
        return owner  # "Ethiopia rejected it. In a statement, its Foreign Ministry accused Cairo"
    if tok.tag_ == "NNS" and _member_subset(tok):
        igo = [k] if k else [kk for c in tok.children if c.dep_ == "compound" and (kk := ctx.linked(c))]
        if igo and all(ctx.etype(kk) == "IGO" for kk in igo):
            return []  # "five EU states", "several NATO members": some of its members, not the organization
    if k and ctx.etype(k) == "Country" and tok.pos_ == "NOUN" and depth == 0:
        # "Somalia's foreign minister, Ahmed Fiqi,": the named office-holder, not the state the
        # description is linked to; "two Indian diplomats, A and B,", "two Ecuadorian gangs, A and B,":
        # every listed name (a linked first name carries the list)
        named = [
            kk
            for c in tok.children
            if c.dep_ == "appos" and ctx.linked(c)
            for cc in _conjuncts(c)
            if (kk := ctx.linked(cc)) and ctx.etype(kk) in ("Person", "Organization")
        ]
        if named:
            return named
    state = k if k and ctx.etype(k) == "Country" else None
    if state is None and not k and tok.pos_ == "NOUN":
        # "Rwanda's minister of state": the title unlinked, its state the possessor
        state = next((kk for c in tok.children if c.dep_ == "poss" and (kk := ctx.linked(c))), None)
    if state is not None and depth == 0 and (holder := _titled_holder(tok, state, ctx)):
        # "summoned Ugandan Ambassador to Kenya John Mulimba", "sanctioned Rwanda's minister of state
        # for X, James Y": the office-holder named right with the title, which the parser may hang off
        # the verb; the role the entity index read from the title and name says who (GUIDELINES: the
        # most specific actor named)
        return [holder]
    if k:
        out = [k]
        if ctx.etype(k) == "Country" and tok.pos_ == "NOUN":
            # "French and British leaders": the head is linked through its nearest demonym only;
            # "India and Pakistan's leaders": through the last of coordinated possessors
            for c in tok.children:
                if c.i < tok.i and (
                    c.dep_ in ("amod", "compound") or (c.dep_ == "nmod" and _has_child(c, ("conj",)))
                ):
                    out += [
                        kk for cc in _conjuncts(c) if (kk := ctx.linked(cc)) and ctx.etype(kk) == "Country"
                    ]
        return list(dict.fromkeys(out))
    if tok.pos_ == "NOUN" and (led := _led_by(tok, ctx)):
        return led  # "soldiers led by General X ousted President Y": X acts
    low = tok.lower_
    if allow_location and low in AREA_WORDS and tok.pos_ == "NOUN":
        # "attacked the Kursk region": the area around a known town is in the town's state
        for c in tok.children:
            if (
                c.dep_ == "compound"
                and (kk := ctx.linked(c, allow_location=True))
                and ctx.etype(kk) == "Country"
            ):
                return [kk]
    if tok.pos_ == "PRON" or low in PRONOUNS_POSS or low == "whose":
        if not pronouns:
            return []
        if low in FIRST_PERSON or low in FIRST_PLURAL:
            sp = ctx.speaker_at(tok)
            if sp:
                return [sp]
            if low in FIRST_PERSON:
                return []
        if low in ("it", "they", "he", "she", "we") and tok.dep_ in ("nsubj", "nsubjpass"):
            sp = _reporting_subject(tok, ctx)
            if sp:
                return sp
        if low in ("it", "they") and tok.dep_ in ("nsubj", "nsubjpass") and depth == 0:
            prev = _previous_subject(tok, ctx, plural=low == "they")
            if prev:
                return prev
        if low in PRONOUNS_POSS and tok.dep_ == "poss":
            near = _np_antecedent(tok, ctx)
            return (
                near
                or _subject_actor_up(tok.head, ctx)
                or _anaphora.previous_topic(tok, ctx)
                or _anaphora.opening_topic(tok, ctx)
                or _anaphora.previous_person(tok, ctx)  # "Muizzu was elected ... His government asked"
            )
        if low in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
            p = _previous_main_person(tok, ctx) or ctx.last_person_before(tok)
            return [p] if p else _previous_role_subject(tok, ctx)
        if low == "them" and tok.dep_ == "pobj" and depth == 0:
            return _anaphora.plural_topic(tok, ctx)  # "Tuvalu's people face ... X will stand with them"
        if low in ("which", "who", "whom", "that") and depth == 0:
            v = tok.head
            for _ in range(2):  # "Lukashenko, whom Pashinyan has refused to meet": the relative's object
                if v.dep_ != "xcomp" or tok.dep_ not in OBJ:  # sits in an infinitive under the clause
                    break
                v = v.head
            if v.dep_ == "relcl":
                return actors_of(v.head, ctx, pronouns=False, depth=1)  # "the EU, which Trump threatened"
        if low == "whose" and tok.dep_ == "poss" and depth <= 1:
            # "Pakistan, whose troops Kabul accuses of shelling": the relative clause's antecedent
            t = tok.head
            while t.dep_ != "relcl" and t.head.i != t.i and t.head.i > t.i - 8:
                t = t.head
            if t.dep_ == "relcl":
                return actors_of(t.head, ctx, pronouns=False, depth=1)
        return []
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and not _noun_like(tok):
        return []  # a plural noun tagged as a verb ("hosted the Indian navies") is still a noun
    if depth == 0 and (
        tok.like_num
        or tok.lemma_.lower() in _AMOUNT_NOUNS
        or tok.ent_type_ == "MONEY"
        or any(c.dep_ in ("nummod", "quantmod") for c in tok.children)  # "210 billion euros of ..."
    ):
        # "$155 billion worth of American goods", "dozens of Ukrainian cities"
        inner = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        inner += [
            p
            for c in tok.children
            if c.dep_ in ("amod", "npadvmod") and c.lower_ == "worth"
            for pr in c.children
            if pr.dep_ == "prep"
            for p in pr.children
            if p.dep_ == "pobj"
        ]
        got = (
            actors_of(inner[0], ctx, pronouns=pronouns, allow_location=allow_location, depth=1)
            if inner
            else []
        )
        # "a number of regional countries, including Iraq and Oman": the listed members
        got = got or (_including(inner[0], ctx) if inner else [])
        if got:  # "150 Ukrainian prisoners of war": the 'of' phrase names no actor, the noun itself does
            return got
    if depth == 0 and tok.lemma_.lower() in ("border", "frontier", "boundary"):
        # "its border with China": the neighbour, not the owner
        other = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if other:
            return actors_of(other[0], ctx, pronouns=pronouns, depth=1)
    if depth == 0 and _two_of(tok):
        return _last_pair(tok, ctx) or _discourse.collective(tok, ctx) or _discourse.last_dyad(tok, ctx)
    if depth == 0 and (named := _groups.named_set(tok, ctx)):
        return named  # "the three Baltic states"
    if depth == 0 and _groups.size(tok) is not None:
        return _groups.members(tok, ctx)  # "the three countries", "each side", "both armies"
    if depth == 0 and (body := _groups.body_members(tok, ctx)):
        return body  # "the committee, chaired by X and including Y and Z,"
    if depth == 0 and (frm := _counterparts_from(tok, ctx)):
        return frm  # "met her Quad counterparts from the US, Japan and India"
    if depth == 0 and (auth := _groups.authors(tok, ctx)):
        return auth  # "The joint statement, adopted by A and B, urged ...", "The resolution also called on"
    named = [
        kk
        for c in tok.children
        if c.dep_ == "appos" and not _contact_name(tok)
        for cc in ([c] if ctx.linked(c) is None else _conjuncts(c))  # "the three countries -- X, Y and Z --"
        if (kk := ctx.linked(cc)) and ctx.etype(kk) != "Country"
    ]
    if named:  # "army chief Abdel Fattah al-Burhan": the named person, not the demonym
        return named
    out: list[str] = []
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.i < tok.i:
            if c.dep_ == "nmod" and _dateline(c):
                continue  # "NAIROBI/KAMPALA, Feb 11 (Reuters) - East African leaders": the agency acts in nothing
            for cc in _conjuncts(c):
                kk = ctx.linked(cc)
                if kk:
                    out.append(kk)
        elif c.dep_ == "poss" and depth == 0 and tok.pos_ in ("NOUN",) and (_is_group(tok) or _is_place(tok)):
            if c.pos_ == "NOUN" and (_two_of(c) or _groups.size(c) is not None):
                out.extend(actors_of(c, ctx, pronouns=pronouns))  # "the two countries' navies": a group
                continue
            out.extend(_actors_one(c, ctx, pronouns=pronouns, allow_location=False, depth=depth + 1))
        elif c.dep_ == "appos" and not _contact_name(tok):
            kk = ctx.linked(c)
            if kk:
                out.append(kk)
    if depth == 0:
        # "Pacific Islands Forum leaders, including New Zealand's prime minister": the named members too
        out += [k for k in _including(tok, ctx) if k not in out]
    if not out and depth == 0 and pronouns:
        out = (
            _description_object(tok, ctx)
            or _anaphora.definite_group(tok, ctx)
            or _anaphora.subject_description(tok, ctx)  # "The island nation asked India to ..."
        )
    if not out and depth == 0 and _is_group(tok) and tok.dep_ in ("nsubj", "nsubjpass"):
        v = tok.head
        if v.dep_ == "relcl" and _has_child(v, ("advmod",), ("where",)):
            # "forced out of Mali and Niger, where military juntas have turned to Russia": the
            # institutions of the states the 'where' clause describes
            h = _first_conjunct(v.head)  # the clause hangs on the last of the listed states
            out = [k for k in actors_of(h, ctx, pronouns=False, depth=1) if ctx.etype(k) == "Country"]
    titled = any(c.dep_ == "prep" and _groups.title_of(c, tok.lemma_.lower()) for c in tok.children)
    domestic = tok.pos_ == "NOUN" and tok.lemma_.lower() in _domestic_parties()
    # "An extraordinary summit of the SADC, chaired by X, urged ...": a body's meeting acting as a
    # clause's subject speaks for the body (groups.json domestic_parties 'meeting_subjects')
    sitting = tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in _meeting_subjects()
    if not out and (_is_group(tok) or _is_place(tok) or titled or domestic or sitting) and depth == 0:
        # "the government of Sudan", "leaders of France and Germany"
        for c in tok.children:
            if c.dep_ == "prep" and (
                c.lower_ in ("of", "from")
                or (c.lower_ == "with" and _is_place(tok))
                # "the junta in Niger", "the government in Kabul", "all parties in Sudan"
                or (c.lower_ == "in" and (_is_group(tok) or domestic))
            ):
                for p in c.children:
                    if p.dep_ == "pobj" and _groups.title_of(c, tok.lemma_.lower()):
                        # "heads of state from A, B and C", "heads of government of A and B": the
                        # 'of' phrase is part of the title, the owners hang on its noun
                        for cc in p.children:
                            if cc.dep_ == "prep" and cc.lower_ in ("of", "from"):
                                for q in cc.children:
                                    if q.dep_ == "pobj":
                                        out.extend(actors_of(q, ctx, pronouns=False, depth=depth + 1))
                    elif p.dep_ == "pobj":
                        # "struck the port of Odesa": a known town's state, where places are wanted
                        loc = allow_location and _is_place(tok)
                        # "a delegation of African leaders, including A and B": the members listed
                        out.extend(
                            actors_of(p, ctx, pronouns=False, allow_location=loc, depth=depth + 1)
                            or _including(p, ctx)
                        )
    return out


#: Nouns for a state's territory or installations: "Russia's Kursk region", "Iran's nuclear sites".
_PLACE_NOUNS = frozenset(
    {
        "region",
        "territory",
        "border",
        "city",
        "town",
        "village",
        "port",
        "coast",
        "airspace",
        "water",
        "capital",
        "province",
        "oblast",
        "soil",
        "site",
        "facility",
        "base",
        "airbase",
        "airfield",
        "position",
        "infrastructure",
        "plant",
        "embassy",
        "consulate",
        "mission",
        "outpost",
        "island",
        "frontier",
        "refinery",
        "installation",
        "grid",
        "pipeline",
        "railway",
        "bridge",
        "dam",
        "airport",
        "harbor",
        "harbour",
        "shipyard",
        "depot",
        "arsenal",
    }
)


def _speaker_body_whole(body: str, sources: list[str], ctx: _Ctx, lx: Lexicon) -> str | None:
    """The organization among ``sources`` that the speaker's body ``body`` is part of (cues.json
    speaker_bodies: the European Commission of the European Union), else None."""
    ent = ctx.entity(body)
    whole = lx.cues["speaker_bodies"]["part_of"].get(getattr(ent, "label", None) or "")
    if whole is None:
        return None
    return next((k for k in sources if getattr(ctx.entity(k), "label", None) == whole), None)


def _titled_holder(tok: Token, state: str, ctx: _Ctx) -> str | None:
    """The person a title word ``tok`` (linked to ``state``) names together with: the entity index's
    role of that state whose title span holds ``tok`` and whose person is named right before or after
    the title ('Ugandan Ambassador John Mulimba', "Uganda's ambassador in Madrid, John Mulimba")."""
    for f in getattr(ctx.index, "roles", ()):
        if (
            f.start <= tok.i < f.end
            and f.target == state
            and f.pattern.split("+")[0] in ("pre-name", "apposition-before")
            and ctx.etype(f.person) == "Person"
        ):
            return f.person
    return None


def _led_by(tok: Token, ctx: _Ctx) -> list[str]:
    """'soldiers led by General X', 'troops commanded by Colonel Y', 'officers headed by Z': an unnamed
    armed body acts as the named person or group leading it (event_lexicon 'led_by')."""
    cfg = lexicon().raw["led_by"]
    if tok.lemma_.lower() not in cfg["nouns"]:
        return []
    return [
        k
        for a in tok.children
        if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in cfg["verbs"]
        for g in a.children
        if g.dep_ == "agent"
        for p in g.children
        if p.dep_ == "pobj"
        for cc in _conjuncts(p)
        if (k := ctx.linked(cc)) and ctx.etype(k) in ("Person", "Organization")
    ]


def _member_subset(tok: Token) -> bool:
    """'five EU states', 'several NATO members' (groups.json 'member_subsets')."""
    d = load_json("groups.json")["member_subsets"]
    if tok.lemma_.lower() not in d["heads"]:
        return False
    quant = set(d["quantifiers"])
    # "the 27 EU member states", "the 32 NATO allies": a definite count with no restriction is all of them
    whole = _has_child(tok, ("det",), ("the",)) and not _has_child(tok, ("relcl", "acl", "prep"))
    return any(
        (c.dep_ == "nummod" and c.lower_ not in ("all", "both") and not whole)
        or (c.dep_ in ("amod", "det", "quantmod") and c.lower_ in quant)
        for c in tok.children
    ) or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in quant)  # "a handful of"


def _is_place(tok: Token) -> bool:
    low = tok.lemma_.lower()
    return low in _PLACE_NOUNS or low.rstrip("s") in _PLACE_NOUNS or low in _TRADE_NOUNS


#: Goods and assets that stand for their state of origin as a target: "tariffs on imports from Canada".
_TRADE_NOUNS = frozenset(
    {
        "import",
        "export",
        "good",
        "product",
        "steel",
        "aluminum",
        "aluminium",
        "car",
        "vehicle",
        "company",
        "firm",
        "bank",
        "asset",
        "commodity",
        "oil",
        "gas",
        "grain",
        "chip",
        "tanker",
        "vessel",
        "ship",
        "airline",
        "national",
        "citizen",
        "diplomat",
        "student",
        "worth",
    }
)


def _goods_states(p: Token, ctx: _Ctx) -> list[str]:
    """The state or firm a sanctioned good comes from or goes to, named inside the goods phrase ``p``
    rather than as its head (event_lexicon 'goods_origin'): 'tariffs on copper from Chile', 'duties
    on bicycles made in Vietnam', 'controls on machine tools bound for Russia', 'duties on
    Chilean-made tyres', 'sanctions on 50 tankers of Iran's ghost fleet'."""
    cfg = lexicon().raw["goods_origin"]
    out: list[str] = []
    for q in _conjuncts(p):
        if q.pos_ not in ("NOUN", "PROPN") or ctx.linked(q):
            continue
        found = [k for f in _pobjs(q, ("from",)) for k in actors_of(f, ctx, allow_location=True)]
        if q.lemma_.lower() in cfg["destination_nouns"]:  # "an embargo on arms sales to Israel"
            found += [
                k for f in _pobjs(q, cfg["destination_preps"]) for k in actors_of(f, ctx, allow_location=True)
            ]
        for c in q.children:
            if c.lemma_.lower() not in cfg["participles"] or c.tag_ != "VBN":
                continue
            if c.dep_ == "acl":  # "bicycles made in Vietnam", "tools bound for Russia"
                found += [k for f in _pobjs(c, cfg["preps"]) for k in actors_of(f, ctx, allow_location=True)]
            elif c.dep_ == "amod" and c.i < q.i:  # "Chilean-made tyres"
                found += [k for m in c.children if m.i < c.i and (k := ctx.linked(m))]
        # "chemicals vital to South Korea's chip industry": the state the goods serve
        found += [
            k
            for c in q.children
            if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > q.i
            for f in _pobjs(c, ("to", "for"))
            for k in actors_of(f, ctx)
            or [k for m in f.children if m.dep_ == "poss" for k in actors_of(m, ctx)]
        ]
        # "tankers of Iran's ghost fleet": the owner of what the goods belong to
        found += [
            k for o in _pobjs(q, ("of",)) for m in o.children if m.dep_ == "poss" for k in actors_of(m, ctx)
        ]
        out += [k for k in found if ctx.etype(k) in ("Country", "Organization", "IGO")]
    return list(dict.fromkeys(out))


def _origin_on_verb(np: Token, ctx: _Ctx, trigger: Token | None = None) -> list[str]:
    """'suspended beef shipments from JBS', 'imposed tariffs on copper from Chile', 'a tariff on goods
    from Mexico': the goods' 'from' phrase the parser hangs on the verb or on the sanction noun right
    after the goods phrase ``np`` (a verb object or the object of the noun's preposition) names their
    state or firm; so does a 'to'/'for' phrase there when the sanction noun ``trigger`` or the goods
    name trade that goes out ('an export ban on gallium to the United States'; event_lexicon
    goods_origin 'destination_nouns')."""
    if np.pos_ not in ("NOUN",) or ctx.linked(np):
        return []
    cfg = lexicon().raw["goods_origin"]
    trade = {np.lemma_.lower()} | (
        _mods(trigger) | {trigger.lemma_.lower()} if trigger is not None else set()
    )
    preps = ("from", *cfg["destination_preps"]) if trade & set(cfg["destination_nouns"]) else ("from",)
    heads: list[Token] = []
    v = np
    while v.dep_ in ("dobj", "pobj", "prep") and v.head.i != v.i:
        v = v.head
        heads.append(v)
    if v.pos_ != "VERB":
        return []
    out = [
        k
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in preps and c.i == np.right_edge.i + 1
        for f in c.children
        if f.dep_ == "pobj"
        for k in actors_of(f, ctx, allow_location=True)
    ]
    return [k for k in out if ctx.etype(k) in ("Country", "Organization", "IGO")]


#: Verbs whose subject undergoes the event in their object ("faces sanctions from", "received aid from").
_UNDERGO = frozenset(
    {"face", "suffer", "endure", "receive", "sustain", "withstand", "absorb", "weather", "get", "obtain"}
)

_PAIR_NOUNS = frozenset(
    {
        "country",
        "side",
        "leader",
        "nation",
        "government",
        "power",
        "neighbor",
        "neighbour",
        "state",
        "capital",
        "party",
        "president",
        "rival",
        "foe",
        "ally",
    }
)


def _two_of(tok: Token) -> bool:
    """'the two countries', 'both sides', 'the two leaders'."""
    if tok.lemma_.lower() not in _PAIR_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return False
    return any(
        (c.dep_ == "nummod" and c.lower_ in ("two", "2"))
        or (c.dep_ in ("det", "predet") and c.lower_ == "both")
        for c in tok.children
    )


def _last_pair(tok: Token, ctx: _Ctx) -> list[str]:
    """The most recent pair of coordinated actors ('Russia and China') within three sentences
    before ``tok`` (or earlier in its own sentence)."""
    sent_starts = [s.start for s in tok.doc.sents if s.start <= sentence(tok).start][-4:]
    lo = sent_starts[0] if sent_starts else 0
    person = tok.lemma_.lower() in ("leader", "president")
    if person:
        # "X spoke with Y, and the two leaders agreed": the two people its own sentence names
        own = list(
            dict.fromkeys(
                k for i in range(sentence(tok).start, tok.left_edge.i) if (k := ctx.linked(tok.doc[i]))
            )
        )
        own = [k for k in own if ctx.etype(k) == "Person"]
        if len(own) == 2:
            return own
    collective = getattr(ctx.index, "collective", None)
    if not person and collective is not None:
        # a pair of states coordinated earlier in the phrase's own sentence comes first ("Manila and
        # Tokyo signed a pact, and the two countries' coast guards ..."), then the index's pairing
        own = _own_sentence_pair(tok, ctx)
        got = own or list(collective((tok.left_edge.i, tok.i + 1)))  # the entity index's own pairing
        if got:
            return got
    for i in range(tok.i - 1, lo - 1, -1):
        t = tok.doc[i]
        if t.dep_ != "conj" or i + 1 < tok.i and t.head.i >= tok.i:
            continue
        a, b = _pair_member(t.head, ctx, person), _pair_member(t, ctx, person)
        if a and b and a != b:
            types = {ctx.etype(a), ctx.etype(b)}
            if types == ({"Person"} if person else {"Country"}) or (
                not person and types <= {"Country", "IGO"}
            ):
                return [a, b]
    if not person:
        return []
    # "the two leaders" with no coordinated pair: the last two people named in the previous sentence
    prev_start = sent_starts[-2] if len(sent_starts) > 1 else sentence(tok).start
    seen: list[str] = []
    hosts = set(_groups._excluded(tok, ctx))  # "X hosted the two leaders": X is none of them
    for i in range(tok.i - 1, prev_start - 1, -1):
        k = ctx.linked(tok.doc[i])
        if k and k not in seen and k not in hosts and ctx.etype(k) == ("Person" if person else "Country"):
            seen.append(k)
    if len(seen) >= 2:
        return seen[:2][::-1]
    # "X and Y held talks ... Both leaders condemned"; failing that, "X held talks with Y ... the two
    # presidents witnessed": the two people of the latest event between two people
    return _anaphora.story_pair(tok, ctx, hosts) or _person_event_pair(tok, ctx, hosts)


def _person_event_pair(tok: Token, ctx: _Ctx, hosts: set[str]) -> list[str]:
    """'The two presidents', 'both leaders' (definite): the two people of the most recent meeting,
    agreement or joint act with exactly two people as its parties (no state or body besides them)
    within groups.json ``window_sentences`` before ``tok``; none of them a host. A hostile act between
    two people ('accused Netanyahu') does not make them a pair the story goes on to speak of."""
    if not _has_child(tok, ("det", "predet"), ("the", "both")):
        return []  # "two former presidents, X and Y, travelled": not a reference back
    n = load_json("groups.json")["window_sentences"]
    for other in reversed(getattr(ctx, "drafts", [])):
        if other.type not in ("CONSULT", "AGREE", "COOPERATE"):
            continue
        if other.tok.i >= tok.i or not _discourse._window_ok(other.tok, tok, n):
            continue
        pair = list(dict.fromkeys((*other.sources, *other.targets)))
        if len(pair) == 2 and all(ctx.etype(k) == "Person" for k in pair) and not set(pair) & hosts:
            return pair
    return []


def _own_sentence_pair(tok: Token, ctx: _Ctx) -> list[str]:
    """Two states coordinated as a clause's subject in ``tok``'s sentence before its phrase (one
    such pair only): 'Manila and Tokyo signed ..., and the two countries' coast guards ...'."""
    pairs = []
    for t in tok.doc[sentence(tok).start : tok.left_edge.i]:
        if t.dep_ != "conj" or t.head.i >= tok.left_edge.i or t.head.dep_ not in ("nsubj", "nsubjpass"):
            continue
        a, b = ctx.linked(t.head), ctx.linked(t)
        if a and b and a != b and ctx.etype(a) == ctx.etype(b) == "Country":
            pairs.append((a, b))
    if pairs:
        return list(pairs[0]) if len(set(pairs)) == 1 else []
    # "Xi said Beijing stood ready to work with Harare to take the partnership between the two
    # countries to new heights": exactly two states named in the sentence before the phrase, none of
    # them the subject that addresses the pair ("China ... called on its two neighbours") and none
    # named in a 'by' phrase ("talks, attended by the US and Chinese ambassadors, both sides agreed")
    # (a person addressing "both governments" may be of one of them: her state named apart counts)
    excluded = _addressers(tok, ctx)
    # nor in a relative clause ("Russia, which has troops in Armenia and sells arms to Georgia, called
    # on its two neighbours": what the clause says of Russia names no pair)
    agents = {
        t.i
        for a in tok.doc[sentence(tok).start : tok.left_edge.i]
        if a.dep_ in ("agent", "relcl")
        for t in a.subtree
    }
    named: list[str] = []
    for t in tok.doc[sentence(tok).start : tok.left_edge.i]:
        k = ctx.linked(t) if t.i not in agents else None
        if not k or k in excluded:
            continue
        st = k if ctx.etype(k) == "Country" else ctx.country(k)
        if st and ctx.etype(st) == "Country" and st not in named:
            named.append(st)
    return named if len(named) == 2 else []


def _addressers(tok: Token, ctx: _Ctx) -> set[str]:
    """The actors (not their states) a pair phrase cannot include: its possessor ("its two
    neighbours") and the subject of the verb it is an object of ("X urged both sides")."""
    out = {k for c in tok.children if c.dep_ == "poss" for k in actors_of(c, ctx, depth=1)}
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    v = top.head.head if top.dep_ == "pobj" and top.head.dep_ == "prep" else top.head
    if top.dep_ in (*OBJ, "pobj") and v.pos_ in ("VERB", "AUX"):
        out.update(_verb_subjects(v, ctx)[0])
    return out


def _pair_member(t: Token, ctx: _Ctx, person: bool) -> str | None:
    """The actor a conjunct names; for a pair of persons, a title linked to its state gives way to
    the person it stands in apposition to ('both X and Thailand's prime minister, Y')."""
    k = ctx.linked(t)
    if person and (k is None or ctx.etype(k) != "Person"):
        named = [
            kk
            for c in t.children
            if c.dep_ == "appos" and (kk := ctx.linked(c)) and ctx.etype(kk) == "Person"
        ]
        return named[0] if len(named) == 1 else k
    return k


def _each_other(tok: Token) -> bool:
    """'accused each other', 'imposed tariffs on one another' -- or the reciprocal as the possessor of
    the object ('expelled each other's diplomats', 'blocked each other's goods', 'tariffs on each
    other's exports'): the subjects act on one another."""

    def reciprocal(c: Token) -> bool:
        return c.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in c.children)

    return any(
        c.dep_ in (*OBJ, "pobj")
        and (reciprocal(c) or any(g.dep_ == "poss" and reciprocal(g) for g in c.children))
        for c in list(tok.children) + [g for p in tok.children if p.dep_ == "prep" for g in p.children]
    )


def _shared_front(tok: Token) -> bool:
    """'moving troops towards their shared border': a front both subjects face each other on."""
    return any(
        t.lemma_.lower() in ("border", "frontier", "boundary")
        and any(
            c.lower_ in ("shared", "common", "their")
            # "their shared border area": the modifiers may hang on the phrase's head noun
            for c in [*t.children, *(t.head.children if t.dep_ in ("nmod", "compound") else ())]
        )
        for t in tok.subtree
    )


def _question(v: Token, lx: Lexicon) -> str | None:
    """The question word opening the complement clause of an asking verb with no 'to'-infinitive
    ('asked Germany whether it would send tanks': 'whether'), else None (event_lexicon ``asked_question``)."""
    cfg = lx.raw.get("asked_question", {})
    if v.lemma_.lower() not in cfg.get("verbs", ()) or _has_child(v, ("xcomp",)):
        return None
    for c in v.children:
        if c.dep_ == "ccomp" and c.i > v.i:
            first = c.left_edge.lower_
            if first in cfg["question_words"]:
                return first
    return None


def _reported_fact(c: Token, cfg: dict) -> bool:
    """A warning's 'that' clause that states what someone else is doing or has done, with a common noun
    as subject and no modal or condition ("that an attack was being planned", "that militants were
    plotting attacks"): a fact reported, no act the warner threatens ("that any attack would be met
    with force", "that Israel will respond", "that separatism means war" are threats)."""
    subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return (
        c.pos_ in ("VERB", "AUX")
        and c.tag_ in ("VBD", "VBN", "VBG")  # "was being planned", "were plotting", "had stolen"
        and len(subj) == 1
        and subj[0].pos_ == "NOUN"
        and not any(a.dep_ in ("aux", "auxpass") and a.lower_ in cfg.get("modals", ()) for a in c.children)
        and not _has_child(c, ("advcl",))
        and not _has_child(subj[0], ("det",), ("any", "every"))
    )


def _warning_about(v: Token, trig: Trigger, lx: Lexicon) -> bool:
    """A warning verb whose only complement is an 'about' phrase naming no threatened act
    (event_lexicon ``warning_about``)."""
    cfg = lx.raw.get("warning_about", {})
    if trig.type != "THREATEN" or v.lemma_.lower() not in cfg.get("verbs", ()):
        return False
    comps = [c for c in v.children if c.dep_ == "ccomp"]
    if comps and not _has_child(v, ("xcomp", "advcl")) and all(_reported_fact(c, cfg) for c in comps):
        return True  # "warned Moscow that an attack was being planned": intelligence passed on
    if _has_child(v, ("ccomp", "xcomp", "advcl")):
        return False  # "warned that ...", "warned X not to ...": the clause says what is threatened
    about = _pobjs(v, cfg["preps"])
    threats = set(cfg["threat_nouns"])
    return bool(about) and not any(
        p.pos_ in ("VERB", "AUX")  # "warned Greece about militarising the islands": an act warned against
        or p.lemma_.lower() in threats
        or _match_trigger(p, lx) is not None
        for p in about
    )


def _restricted_activity(p: Token, lx: Lexicon) -> bool:
    """A cooperative activity named as what a restriction is 'on' ('restrictions on defence cooperation
    with X', 'a ban on trade with Y'): restricted (or, when the restriction is lifted, allowed), not done."""
    if p.lemma_.lower() in lx.raw.get("restricted_activities", {}).get("nouns", ()):
        return True
    t = _match_trigger(p, lx)
    return t is not None and t.type in COOPERATIVE


def _under_restriction(np: Token, lx: Lexicon) -> bool:
    """``np`` is the activity in the 'on'/'against' phrase of a restricting noun ('restriction', 'ban')."""
    if np.dep_ != "pobj" or np.head.lower_ not in ("on", "against"):
        return False
    h = np.head.head
    t = _match_trigger(h, lx) if h.pos_ == "NOUN" else None
    return t is not None and t.type in ("SANCTION", "COERCE")


def _guest_subject(v: Token) -> bool:
    """A passive meeting verb's subject is a party met or received ('they', 'he', 'the delegation',
    'the troops', 'the ministers'), not a thing agreed ('a ceasefire', 'it')."""
    return any(
        c.dep_ == "nsubjpass"
        and (
            (c.pos_ == "PRON" and c.lower_ in ("they", "he", "she", "we", "i", "you"))
            or (c.pos_ == "NOUN" and _is_group(c))
        )
        for c in v.children
    )


@cache
def _domestic_parties() -> frozenset[str]:
    """Nouns for the players in a state's politics named by an 'in' phrase (groups.json domestic_parties)."""
    return frozenset(load_json("groups.json")["domestic_parties"]["nouns"])


@cache
def _meeting_subjects() -> frozenset[str]:
    """Meeting nouns that speak for the body named in their 'of' phrase (groups.json domestic_parties)."""
    return frozenset(load_json("groups.json")["domestic_parties"]["meeting_subjects"])


def _is_group(tok: Token) -> bool:
    low = tok.lemma_.lower()
    return low in _GROUP_NOUNS or low.rstrip("s") in _GROUP_NOUNS or low in _office_nouns()


@cache
def _office_nouns() -> frozenset[str]:
    """Head words of the state offices in titles.json ('king', 'emir', 'premier', 'chancellor'):
    'Jordan's king', 'the emir of Qatar' stand for the state whose office it is."""
    return frozenset(t.split()[-1].lower() for t in load_json("titles.json")["state"])


@cache
def _counterpart_heads() -> frozenset[str]:
    return frozenset(load_json("groups.json")["counterparts"]["heads"])


def _counterparts_from(tok: Token, ctx: _Ctx) -> list[str]:
    """'met her Quad counterparts from the US, Japan and India', 'talks with colleagues from France
    and Germany': the states of the 'from' phrase of a counterpart noun (the parser may hang it on
    the verb the noun is the object of) are the ones met, not the possessor or a bloc modifier
    (groups.json 'counterparts')."""
    words = _counterpart_heads()
    low = tok.lemma_.lower()
    if low not in words and (tok.i == 0 or f"{tok.doc[tok.i - 1].lower_} {low}" not in words):
        return []
    frm = _pobjs(tok, ("from",))
    if not frm and tok.dep_ in OBJ:
        frm = [p for p in _pobjs(tok.head, ("from",)) if p.i > tok.i]
    return [k for p in frm for k in actors_of(p, ctx, pronouns=False, depth=1)]


def _description_object(tok: Token, ctx: _Ctx) -> list[str]:
    """'accusing its neighbour of ...', 'sanctions on the Gulf state': a definite description of a
    state as the object of a verb or preposition stands for the one other state in view
    (kg.extract.anaphora); the governing clause's subjects are not candidates."""
    if tok.dep_ in OBJ:
        v = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ != "by":
        v = tok.head.head
    else:
        return []
    if tok.lemma_.lower() not in _anaphora.descriptions():
        return []
    for _ in range(3):  # "sanctions on the Gulf state": up to the clause's verb
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    srcs = _verb_subjects(v, ctx)[0] if v.pos_ in ("VERB", "AUX") else []
    return _anaphora.state_description(tok, ctx, srcs)


def _including(tok: Token, ctx: _Ctx) -> list[str]:
    """'rights groups including Amnesty', 'Western countries, such as France and Germany,': a plural
    common noun that names its members in an 'including'/'such as'/'like' phrase stands for them."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return []
    out: list[str] = []
    lists = [
        c
        for c in tok.children
        if c.dep_ == "prep"
        and (c.lower_ in ("including", "like") or (c.lower_ == "as" and _has_child(c, ("amod",), ("such",))))
    ]
    if not lists:
        # "African leaders who are promoting a peace plan, including A and B": the parser hangs the list
        # that closes the noun's relative clause on the clause's last noun
        lists = [
            c
            for r in tok.children
            if r.dep_ == "relcl"
            for c in r.subtree
            if c.dep_ == "prep"
            and c.lower_ == "including"
            and c.i > 0
            and tok.doc[c.i - 1].text == ","
            and c.right_edge.i == r.right_edge.i
        ]
    for c in lists:
        out += [k for p in c.children if p.dep_ == "pobj" for k in actors_of(p, ctx, depth=1)]
    return out


#: Nouns that stand for the actor that owns or sends them ("Russian forces", "the government of X").
_GROUP_NOUNS = frozenset(
    {
        "force",
        "troop",
        "army",
        "military",
        "navy",
        "warship",
        "ship",
        "vessel",
        "jet",
        "aircraft",
        "soldier",
        "official",
        "leader",
        "government",
        "administration",
        "minister",
        "ministry",
        "diplomat",
        "delegation",
        "authority",
        "regime",
        "envoy",
        "president",
        "counterpart",
        "officer",
        "commander",
        "unit",
        "militant",
        "fighter",
        "drone",
        "missile",
        "coast",
        "guard",
        "police",
        "state",
        "people",
        "side",
        "team",
        "negotiator",
        "parliament",
        "lawmaker",
        "legislator",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "embassy",
        "ambassador",
        "representative",
        "delegate",  # "the delegate of Pakistan accused India": how UN meeting coverage names a state's speaker
        "submarine",
        "country",
        "nation",
        "junta",
        "battalion",
        "brigade",
        "artillery",
        "rebel",
        "chief",
        "insurgent",
        "guerrilla",
        "militia",
        "militiaman",
        "fleet",
        "paramilitary",
        "mercenary",
        "jihadist",
        "combatant",
        "gunman",
        "office",  # "his office has asked", "Zelensky's office said": a leader's staff acts for the leader
        "department",  # "Pandor's department had called on X": a minister's department acts for the minister
        "cabinet",
    }
)


# ---------------------------------------------------------------------------------------------
# finding the pieces of one event


@dataclass
class _Draft:
    trig: Trigger
    tok: Token  # the trigger token
    anchor: Token  # the verb the event's clause hangs on
    type: str
    cameo: str | None
    goldstein: float | None
    mode: str | None
    context: tuple[str, ...]
    sources: list[str]
    targets: list[str]
    confidence: float = 1.0
    modality: str = "asserted"
    location: str | None = None
    trigger_text: str = ""
    folded: list[int] = field(default_factory=list)  # operator verbs folded into this event
    presupposed: _Draft | None = None  # "halted its bombing campaign against X": the campaign happened
    mirrored: bool = False  # "X clashed with Y": the copy from Y's side of a mutual act


def _has_child(tok: Token, deps: Iterable[str], lemmas: Iterable[str] | None = None) -> bool:
    lem = set(lemmas) if lemmas is not None else None
    return any(
        c.dep_ in deps and (lem is None or c.lemma_.lower() in lem or c.lower_ in lem) for c in tok.children
    )


def _particle_ok(tok: Token, t: Trigger) -> bool:
    if t.particle is None:
        return True
    if t.particle_on_object and any(
        c.dep_ == "prep" and c.lower_ == t.particle for o in tok.children if o.dep_ in OBJ for c in o.children
    ):
        return True  # "blamed the blackout on Russia": the parser hangs the 'on' phrase on the object
    return any(
        c.dep_ in ("prt", "prep", "advmod", "dative") and c.lower_ == t.particle and not _time_phrase(c)
        for c in tok.children
    )


def _time_phrase(prep: Token) -> bool:
    """A preposition whose object is a date or time ("called X on Monday", "On December 28, Y called
    Z"): an adjunct of time, not the particle of a phrasal verb ('call on', 'fire on')."""
    return prep.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children
    )


def _mods(tok: Token) -> set[str]:
    """Modifier words of a noun, including those of its compound modifiers ('joint coast guard patrols')."""
    kids = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss", "det")]
    kids += [g for c in kids if c.dep_ == "compound" for g in c.children if g.dep_ in ("amod", "compound")]
    return {c.lemma_.lower() for c in kids} | {c.lower_ for c in kids if c.dep_ != "det"}


def _named(tok: Token) -> bool:
    """A noun with a capitalised proper-name modifier ('the Balikatan exercises', 'Cobra Gold
    exercise'); a nationality ('Chinese exercises') is no name (event_lexicon '<name>' in 'requires_mod')."""
    return any(
        c.dep_ in ("compound", "amod")
        and c.pos_ == "PROPN"
        and c.text[:1].isupper()
        and c.ent_type_ != "NORP"
        for c in tok.children
    ) or _name_title(tok)


def _name_title(tok: Token) -> bool:
    """'Exercise Mosi II', 'Exercise Cutlass Fury': the capitalised noun as the title word that opens a
    proper name (the name's head is the event's anchor)."""
    h = tok.head
    return (
        tok.dep_ == "compound"
        and tok.text[:1].isupper()
        and h.pos_ == "PROPN"
        and tok.i < h.i
        and not any(c.dep_ in ("compound", "amod") and c.i < tok.i for c in h.children)
    )


def _summit_trip(v: Token, lx: Lexicon) -> bool:
    """A trip whose purpose is a multilateral meeting ('arrived in Geneva for the WHO assembly', 'flew
    to Lima to attend the APEC summit'): the town it goes to is only the meeting's venue (CAMEO 044
    meet at a third location, not 042 a visit to a host; cues.json 'summit_venue')."""
    cfg = lx.cues["summit_venue"]
    nouns = set(cfg["nouns"])
    if any(p.lemma_.lower() in nouns for p in _pobjs(v, ("for",))):
        return True
    return any(
        c.dep_ in ("xcomp", "advcl")
        and c.lemma_.lower() in cfg["attend_verbs"]
        and any(o.dep_ == "dobj" and o.lemma_.lower() in nouns for o in c.children)
        for c in v.children
    )


def _pobjs(tok: Token, preps: Iterable[str]) -> list[Token]:
    ps = set(preps)
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ in ps and _with_of_noun(c) is None:
            out.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
        elif c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ in ("NOUN", "PROPN") and "of" not in ps:
            # "tariffs of 25 percent on Mexican steel": the parser hangs the phrase on the amount
            for q in c.children:
                if q.dep_ == "pobj" and _amount(q):
                    out.extend(_pobjs(q, ps))
        elif c.dep_ == "amod" and c.lower_ == "worth" and tok.pos_ in ("NOUN", "PROPN"):
            # "emergency aid worth $5 million to Nepal": the parser hangs the phrase on 'worth'
            out.extend(_pobjs(c, ps))
    return out


def _in_money(tok: Token, lx: Lexicon) -> bool:
    """The noun is what a sum of money is 'in' ('2 billion euros in support', 'gave $5m in support for X')."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    h = tok.head.head
    # "gave $5m in support to X": the sum is the verb's object, the noun its 'in'
    sums = [c for c in h.children if c.dep_ in OBJ] if h.pos_ in ("VERB", "AUX") else [h]
    return any(
        m.ent_type_ == "MONEY" or any(t.amount for t in lx.nouns.get(m.lemma_.lower(), ()))
        for s in sums
        for m in (s, *s.children)
    )


def _sum_key(tok: Token, lx: Lexicon) -> tuple[str, ...]:
    """The lexicon noun an abbreviated sum of money reads as (event_lexicon 'abbreviated_sums'):
    '$2bn', '£242m', '€50mn' parsed with the figure as the head ('2bn', or '30' with its currency
    sign), or with the suffix as the head and the figure its modifier ('m' over '30'), a head no
    noun entry names."""
    cfg = lx.raw["abbreviated_sums"]
    if tok.lower_ in cfg["suffixes"]:
        if any(
            c.ent_type_ == "MONEY" and c.like_num for c in tok.children if c.dep_ in ("nummod", "compound")
        ):
            return (cfg["reads_as"],)  # "$30m each": the 'm' heads the phrase
        return ()
    if not any(ch.isdigit() for ch in tok.text):
        return ()
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    signed = (prev is not None and prev.text in cfg["signs"]) or tok.text[:1] in cfg["signs"]
    if tok.ent_type_ != "MONEY" and not signed:
        return ()  # "€80mn", which the tagger may leave out of any entity, has its sign
    if tok.dep_ in ("compound", "nummod", "quantmod") and (
        tok.head.ent_type_ == "MONEY" or tok.head.lower_ in cfg["suffixes"]
    ):
        return ()  # a figure inside the sum ("2" in "2 billion euros", "30" in "$30m each")
    figure = tok.text.lower().lstrip("".join(cfg["signs"])).lstrip("0123456789.,")
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if (
        figure in cfg["suffixes"]
        or any(c.text in cfg["signs"] for c in tok.children)
        or (nxt is not None and nxt.ent_type_ == "MONEY" and nxt.lower_ in cfg["suffixes"])
    ):
        return (cfg["reads_as"],)
    return ()


def _amount(tok: Token) -> bool:
    """A quantity noun ('25 percent', '$2 billion', 'up to 50%')."""
    return (
        tok.like_num or tok.lower_ in ("percent", "%", "pc", "per") or any(c.like_num for c in tok.children)
    )


def _with_of_noun(prep: Token) -> Token | None:
    """The noun of an 'in <noun> with X' adjunct whose 'with' phrase the parser hung on the verb or
    its object ('cut ties with Quito in solidarity with Mexico'; event_lexicon 'with_phrase_nouns'),
    else None: X is no participant of the verb's event."""
    if prep.lower_ != "with" or prep.i == 0:
        return None
    noun = prep.doc[prep.i - 1]
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and any(a.i == prep.head.i for a in noun.ancestors)  # on the verb, its object or the object's phrase
        and noun.lemma_.lower() in _with_phrase_nouns()
    ):
        return noun
    return None


@cache
def _with_phrase_nouns() -> frozenset[str]:
    return frozenset(lexicon().raw.get("with_phrase_nouns", {}).get("nouns", ()))


def _contact_clause(v: Token) -> tuple[Token, Token] | None:
    """'Hezbollah, the Iran-backed group Israel blames for the attack, denied it': a relative clause
    without 'that' inside an apposition, which the small model parses as the appositive's name
    ('Israel') and a main verb ('blames') whose subject is the antecedent. Returns (the clause's real
    subject, the antecedent it is about) for that verb: the name follows the appositive noun at once,
    the verb follows the name with no punctuation between, and the verb has no object of its own."""
    if v.pos_ != "VERB" or _has_child(v, OBJ):
        return None
    for x in v.children:
        if x.dep_ != "nsubj":
            continue
        # the appositive noun hung on the antecedent, or parsed as a second subject after a comma
        nouns = [n for n in x.children if n.dep_ == "appos" and n.i > x.i]
        nouns += [
            n for n in v.children if n.dep_ == "nsubj" and n.i > x.i and v.doc[n.left_edge.i - 1].text == ","
        ]
        for n in nouns:
            if n.pos_ != "NOUN":
                continue
            for p in n.children:
                if (
                    p.dep_ == "appos"
                    and p.pos_ == "PROPN"
                    and p.left_edge.i == n.i + 1
                    and p.right_edge.i < v.i
                    and not any(t.is_punct for t in v.doc[p.right_edge.i + 1 : v.i])
                ):
                    return p, x
    return None


def _gapped_object(v: Token) -> bool:
    """'the group Washington blames for the attack': a relative clause with its own subject and no
    relative word, object or 'where'/'when' adverb, whose object is the noun it hangs on."""
    if v.dep_ != "relcl" or v.head.pos_ not in ("NOUN", "PROPN") or v.i < v.head.i:
        return False
    if any(
        c.dep_ in (*OBJ, "nsubjpass", "mark", "advmod", "ccomp", "xcomp") and c.i < v.i for c in v.children
    ):
        return False
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    return (
        bool(subj)
        and subj[0].lower_ not in ("that", "which", "who", "whom", "whose")
        and not _has_child(v, OBJ)
    )


def _contact_name(n: Token) -> bool:
    """The subject name of a contact relative clause hung on its appositive noun ('the group Israel
    blames'): no name of that noun."""
    v = n.head.head if n.dep_ == "appos" and n.head.dep_ == "nsubj" else n.head if n.dep_ == "nsubj" else None
    r = _contact_clause(v) if v is not None else None
    return r is not None and r[0].head.i == n.i


def _clause_swallowing_conjunct(subj: Token) -> Token | None:
    """'Taiwan's air force and the Philippine navy scrambled jets, and Manila lodged a protest': the
    parser reads the first clause's verb as a modifier ('scrambled' amod) and the second clause's subject
    as the last conjunct of the first; a tensed verb inside the list before a ', and' conjunct shows it."""
    conj = [c for c in subj.children if c.dep_ == "conj" and c.i > subj.i]
    if not conj:
        return None
    last = conj[-1]
    edge = last.left_edge.i
    if edge < 2 or subj.doc[edge - 1].lower_ not in ("and", "but") or subj.doc[edge - 2].text != ",":
        return None
    verbs = [
        t
        for t in subj.doc[subj.i : edge]
        if (t.tag_ == "VBD" and t.dep_ in ("amod", "acl")) or (t.tag_ == "VBN" and t.dep_ == "amod")
    ]
    return last if verbs and len(conj) >= 2 else None


def _stolen_subject(v: Token) -> Token | None:
    """'Egypt expelled the Turkish ambassador and Ankara downgraded ties': the small model reads the
    second clause's subject name as a conjunct of the first verb's object and gives the second verb
    (no subject of its own) the first one's; returns that name, the second verb's own subject."""
    if v.dep_ != "conj" or v.tag_ not in ("VBD", "VBZ", "VBP") or v.i < 3:
        return None
    prev = v.doc[v.i - 1]
    if (
        prev.dep_ != "conj"
        or prev.pos_ != "PROPN"
        or prev.head.dep_ not in OBJ
        or prev.head.head.i != v.head.i
        or v.doc[prev.left_edge.i - 1].lower_ not in ("and", "but", "while")
        or any(c.dep_ in SUBJ for c in v.children)
    ):
        return None
    return prev


def _verb_subjects(v: Token, ctx: _Ctx, depth: int = 0) -> tuple[list[str], bool]:
    """Actors of the subject of verb ``v`` (following control and coordination); second value:
    True when taken from a passive agent."""
    if depth > 4:
        return [], False
    if (cc := _contact_clause(v)) is not None:
        return actors_of(cc[0], ctx), False  # "X, the group Israel blames for ...": Israel blames
    if v.dep_ in ("conj", "dep") and v.i > v.head.i and (cc := _contact_clause(v.head)) is not None:
        return actors_of(cc[1], ctx), False  # "..., denied it": the antecedent is the main clause's subject
    subjects = [c for c in v.children if c.dep_ in SUBJ and not _dateline(c)]
    if not subjects:  # "Damascus, SANA – The Council ..., decided": the subject after the dateline's dash
        subjects = [
            a
            for c in v.children
            if c.dep_ in SUBJ and _dateline(c)
            for a in c.children
            if a.dep_ == "appos" and any(t.text in ("\u2014", "\u2013", "-", "--") for t in v.doc[c.i : a.i])
        ]
    if not subjects and (own := _stolen_subject(v)) is not None:
        subjects = [own]
    if len(subjects) > 1:
        # "X and Y scrambled fighters, and Seoul lodged protests": the first clause's verb misread, its
        # subject hung on the second verb; a ', and' / ', but' between two subjects ends the first clause
        last = subjects[-1]
        cut = [
            t.i
            for t in v.doc[subjects[0].i : last.left_edge.i]
            if t.dep_ == "cc" and t.lower_ in ("and", "but") and t.i > 0 and t.nbor(-1).text == ","
        ]
        if cut:
            subjects = [c for c in subjects if c.left_edge.i > cut[-1]]
    elif subjects and (last := _clause_swallowing_conjunct(subjects[0])) is not None:
        subjects = [last]  # "X and Y scrambled jets, and Manila lodged ..." read as one list of subjects
    if subjects:
        c = subjects[0]
        if c.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
            return _relative_antecedent(v, ctx) or _capital_setting(v.head, ctx), False
        keys = [k for c in subjects for k in actors_of(c, ctx)]
        if not keys and len(subjects) == 1:
            keys = _text_antecedent(c, ctx)  # "The statement also urged Iran to ..."
        # headline lists parsed as two subjects or a loose 'dep': "US, UK strike ...", "Iran, Saudi Arabia agree"
        keys += [
            k
            for c in v.children
            if c.dep_ == "dep" and c.i < subjects[0].i and c.i + 1 < len(c.doc) and c.nbor(1).text == ","
            for k in ([ctx.linked(c)] if ctx.linked(c) else [])
        ]
        return list(dict.fromkeys(keys)), False
    for c in v.children:
        if c.dep_ == "agent":
            keys = [k for p in c.children if p.dep_ == "pobj" for k in actors_of(p, ctx)]
            if keys:
                return keys, True
    if v.pos_ == "ADJ" and v.dep_ in ("acomp", "oprd") and v.head.pos_ in ("VERB", "AUX"):
        return _verb_subjects(v.head, ctx, depth + 1)  # "Latvia is ready to ...": the copula's subject
    if v.dep_ == "attr" and v.tag_ == "VBG" and v.head.lemma_ == "be":
        # "Egypt is mediating between ...": a progressive the parser reads as the copula's attribute
        return _verb_subjects(v.head, ctx, depth + 1)
    if v.dep_ == "relcl" and not _has_child(v, ("nsubjpass",)):
        keys = actors_of(v.head, ctx)
        n = v.head
        if not keys and n.dep_ == "attr" and n.head.lemma_ == "be" and _has_child(v, ("aux",), ("to",)):
            # "X was the first leader to congratulate Y": the copula's subject does it
            return _verb_subjects(n.head, ctx, depth + 1)
        if (
            not keys
            and n.dep_ == "pobj"
            and n.head.lower_ == "among"
            and n.head.head.lemma_ in ("be", "become", "remain")
            and _has_child(v, ("aux",), ("to",))
        ):
            # "X was among the first to call Y", "X was among the leaders to visit Y": the copula's subject
            return ([], False) if _negated(n.head.head) else _verb_subjects(n.head.head, ctx, depth + 1)
        return keys, False
    if v.dep_ in ("xcomp", "ccomp") and v.head.pos_ in ("VERB", "AUX"):
        h = v.head
        if v.dep_ == "xcomp" and h.lemma_ in OBJECT_CONTROL:
            objs = [c for c in h.children if c.dep_ in OBJ]
            objs = objs or _pobjs(h, ("on", "upon"))  # "called on Israel to halt"
            if objs:
                return actors_of(objs[0], ctx), False
        if v.dep_ == "xcomp":
            raised = [c for c in h.children if c.dep_ == "nsubjpass"]
            if raised and not _has_child(h, SUBJ):  # "Albanese is expected to visit"
                return [k for c in raised for k in actors_of(c, ctx)], False
            return _verb_subjects(h, ctx, depth + 1)
    if v.dep_ in ("acl", "advcl") and _infinitive_noun(v) is not None:
        # "Russia's decision to invade Ukraine", "the move by Mali to recall its envoy"
        n = _frame_noun(v)
        keys = [k for c in n.children if c.dep_ == "poss" for k in actors_of(c, ctx)]
        keys = keys or [k for p in _pobjs(n, ("by", "of")) for k in actors_of(p, ctx)]
        if (
            not keys
            and n.dep_ in OBJ
            and n.head.lemma_.lower() in lexicon().raw["infinitive_owner_verbs"]["verbs"]
        ):
            keys = _verb_subjects(n.head, ctx, depth + 1)[0]  # "Hungary approved plans to send troops"
        return keys, False
    if v.dep_ in ("conj", "advcl") and (
        v.head.pos_ in ("VERB", "AUX")
        # 'said China "appreciates and welcomes" the decision': a quoted first verb tagged as a noun
        # that has a subject of its own is a verb
        or (
            v.dep_ == "conj"
            and v.head.pos_ == "NOUN"
            and v.head.dep_ in ("ccomp", "ROOT")
            and _has_child(v.head, ("nsubj",))
        )
    ):
        if v.dep_ == "advcl" and v.tag_ not in ("VBG", "VBN") and not _purpose_infinitive(v):
            return [], False
        if objs := _controller(v):
            # "called on Iran to end its occupation", the infinitive parsed as an adverbial: the object does it
            return actors_of(objs[0], ctx), False
        main = (
            _main_clause_of_conjunct(v)
            or _reporter_conjunct(v, ctx)
            or _backshifted_report(v)
            or _tense_shifted_report(v)
        )
        if main is not None:  # "X imposed sanctions, saying that Y had ..., and also sanctioned Z"
            return _verb_subjects(main, ctx, depth + 1)
        return _verb_subjects(v.head, ctx, depth + 1)
    if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
        p, h = v.head, v.head.head
        if p.lower_ == "by" and h.lemma_.lower() in _ALLEGING and _has_child(h, OBJ):
            # "accused the Gulf state of complicity by arming the RSF": how the accused did it
            return actors_of(next(c for c in h.children if c.dep_ in OBJ), ctx), False
        if p.lower_ in ("after", "before", "while", "by", "since", "despite", "upon", "without", "following"):
            return _verb_subjects(h, ctx, depth + 1)  # "closed its airspace after accusing Mali"
        if p.lower_ == "of":  # "accused X of violating": X does the violating
            objs = [c for c in h.children if c.dep_ in OBJ]
            if objs:
                return actors_of(objs[0], ctx), False
    if (
        v.dep_ == "acl"
        and v.tag_ in ("VBD", "VBZ", "VBP")
        and v.i > v.head.i
        and v.doc[v.i - 1].text == ","
        and any(c.dep_ in ("relcl", "appos") and c.i < v.i for c in v.head.children)
    ):
        # "Egypt, which shares a border with Sudan, called on ...": after a relative clause or an
        # apposition the parser hangs the tensed main verb on the subject noun as a modifier
        return actors_of(v.head, ctx), False
    if (root := _participle_subject(v)) is not None:
        return actors_of(root, ctx), False
    if v.dep_ == "acl" and v.tag_ == "VBG":  # "warships firing missiles"
        h = v.head
        keys = actors_of(v.head, ctx)
        if (
            not keys
            and h.dep_ in OBJ
            and h.head.pos_ == "VERB"
            and _text_noun(h)
            and _verb_lemma(h.head, lexicon()) not in lexicon().raw["text_blocking_verbs"]["verbs"]
        ):
            # "issued a statement condemning X", "sent a message holding X responsible"; not "struck a
            # convoy carrying weapons", whose participle has the convoy for subject; not "vetoed a
            # resolution condemning X", whose subject stops the text (event_lexicon text_blocking_verbs)
            return _verb_subjects(h.head, ctx, depth + 1)
        if not keys and (main := _time_phrase_participle(v)) is not None:
            return _verb_subjects(main, ctx, depth + 1)
        return keys, False
    return [], False


def _ranked_above(role: Token, ctx: _Ctx) -> list[str]:
    """'X is Y's second-largest supplier of arms after Z', 'the third biggest donor, after A and B': a
    rank below the first with an 'after' phrase (on the role noun or its copula) presupposes that the
    actors it names rank above in the same role (event_lexicon 'ranked_after')."""
    cfg = lexicon().raw["ranked_after"]
    mods = {t.lower_ for c in role.children if c.dep_ in ("amod", "advmod", "compound") for t in c.subtree}
    if not (mods & set(cfg["ordinals"]) and mods & set(cfg["superlatives"])):
        return []
    return [k for h in (role, role.head) for p in _pobjs(h, ("after",)) for k in actors_of(p, ctx)]


def _capital_setting(n: Token, ctx: _Ctx) -> list[str]:
    """'In Tehran, which restored relations with Riyadh in 2023, officials ...': a capital named as the
    place of a clause, whose relative clause has it act, stands for its state (only a capital: 'in
    Aleppo, which fell in 2016' names no state)."""
    m = ctx.index.at_token(n.i)
    if m is None or n.dep_ != "pobj" or (m.via != "capital" and ctx.index.gazetteer.capital(n.text) is None):
        return []
    return [k for k in [ctx.linked(n, allow_location=True)] if k and ctx.etype(k) == "Country"]


def _controller(v: Token) -> list[Token]:
    """'called on Iran to end its occupation', 'urged Iran to stop', with the infinitive parsed as an
    adverbial of the object-control verb: the verb's object (or 'on' object), who is to act."""
    if v.dep_ != "advcl" or v.head.lemma_ not in OBJECT_CONTROL or not _has_child(v, ("aux",), ("to",)):
        return []
    return [c for c in v.head.children if c.dep_ in OBJ] or _pobjs(v.head, ("on", "upon"))


def _participle_subject(v: Token) -> Token | None:
    """'The joint statement, adopted by the leaders of A and B, called on C to ...': after a participle
    phrase set off by commas the parser may hang the tensed main verb inside it, leaving the subject
    noun as the sentence's root; returns that noun."""
    root = sentence(v).root
    if not (
        v.dep_ in ("acl", "relcl", "conj")
        and v.tag_ in ("VBD", "VBZ")
        and root.pos_ == "NOUN"
        and root.i < v.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
    ):
        return None
    if v.dep_ == "acl" and v.head.i == root.i:
        return root  # "The statement called on Somalia to ...": a tensed verb read as the noun's modifier
    part = [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < v.i]
    if not part or not any(a.i == part[0].i for a in v.ancestors) or v.doc[part[0].i - 1].text != ",":
        return None
    return root if v.doc[v.i - 1].text == "," else None


def _time_phrase_participle(v: Token) -> Token | None:
    """'Brazil spent weeks after the vote pressing X to ...': a participle clause of the main verb that
    the parser hangs on the object of a time phrase just before it (no act that could be its subject,
    as 'after the attack killing 20'); returns the main verb."""
    h = v.head
    if not (
        v.dep_ == "acl"
        and v.tag_ == "VBG"
        and h.dep_ == "pobj"
        and h.head.lower_ in _TIME_PREPS
        and h.head.head.pos_ == "VERB"
        and v.left_edge.i == h.i + 1
    ):
        return None
    t = _match_trigger(h, lexicon())
    return h.head.head if t is None or t.type not in NEGATIVE else None


#: Prepositions of time whose object a participle clause of the main verb may be misparsed onto.
_TIME_PREPS = frozenset({"after", "before", "since", "following", "during", "until", "throughout"})


def _text_noun(n: Token) -> bool:
    """'statement', 'letter', 'resolution': a text through which its author speaks
    (cues.json 'speech_nouns' and 'text_nouns')."""
    low = n.lemma_.lower()
    cues = lexicon().cues
    return low in cues["speech_nouns"] or low in cues.get("text_nouns", ())


def _text_antecedent(n: Token, ctx: _Ctx, depth: int = 0) -> list[str]:
    """'The statement also urged Iran to ...', 'The resolution also called on China to ...': a definite
    text naming no author speaks for the author of its latest earlier mention in the last sentences
    ('issued a joint statement', 'adopted a resolution', 'in the summit declaration', 'handed him a note
    of protest': the owner or the clause's subject); with none, a statement right after a sentence
    whose main verb is one of speech is that of its speaker ('X expressed "deep regret" over ... The
    statement said ...'). cues.json 'text_antecedent'."""
    cfg = lexicon().cues["text_antecedent"]
    if depth > 2 or not _text_noun(n) or not _has_child(n, ("det",), tuple(cfg["determiners"])):
        return []
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and actors_of(c, ctx) for c in n.children):
        return []  # its own author (read by actors_of)
    lem = n.lemma_.lower()
    sents = list(n.doc.sents)
    k = next(i for i, s in enumerate(sents) if s.start <= n.i < s.end)
    lo = sents[max(0, k - cfg["window_sentences"])].start
    mentions = [t for t in n.doc[lo : sentence(n).start] if t.pos_ == "NOUN" and t.lemma_.lower() == lem]
    if mentions:
        # the latest sentence with a mention decides; two texts of different authors there are ambiguous
        # ("Egypt issued a statement, and Turkey released a statement of its own. The statement urged ...")
        authors = {
            tuple(_mention_author(t, ctx, depth))
            for t in mentions
            if sentence(t).start == sentence(mentions[-1]).start
        }
        return list(authors.pop()) if len(authors) == 1 else []
    if lem not in cfg["utterance_nouns"] or k == 0:
        return []
    prev = sents[k - 1].root
    if prev.lemma_.lower() not in {*cfg["utterance_verbs"], *lexicon().cues["speech_verbs"]} or _negated(
        prev
    ):
        return []
    return [a for c in prev.children if c.dep_ == "nsubj" for a in actors_of(c, ctx, pronouns=False)]


def _mention_author(t: Token, ctx: _Ctx, depth: int) -> list[str]:
    """The author of an earlier mention ``t`` of a text (:func:`_text_antecedent`)."""
    keys = [
        a
        for c in t.children
        if c.dep_ in ("poss", "compound", "amod", "nmod")
        for a in actors_of(c, ctx, pronouns=False)
    ]
    keys += [a for p in _pobjs(t, ("by", "from")) for a in actors_of(p, ctx)]
    h = t.head
    if not keys and t.dep_ in (*OBJ, "nsubjpass") and h.pos_ in ("VERB", "AUX"):
        keys = _verb_subjects(h, ctx)[0]  # "adopted a resolution", "handed him a note"
    elif not keys and t.dep_ == "pobj" and h.dep_ == "prep" and h.head.pos_ in ("VERB", "AUX"):
        keys = _verb_subjects(h.head, ctx)[0]  # "agreed in the summit declaration"
    elif not keys and t.dep_ in SUBJ:
        keys = _text_antecedent(t, ctx, depth + 1)  # "The statement said ... The statement also urged"
    return list(dict.fromkeys(keys))


def _infinitive_noun(v: Token) -> str | None:
    """The kind ('asserted', 'intent', 'threat', 'refusal') of the noun whose 'to'-infinitive ``v`` is
    ('the decision to recall', 'a plan to build'), per event_lexicon 'infinitive_nouns'."""
    n = _frame_noun(v)
    if n is None:
        return None
    low = n.lemma_.lower()
    for kind, words in lexicon().raw["infinitive_nouns"].items():
        if kind != "about" and low in words:
            return kind
    return None


@cache
def _infinitive_words() -> frozenset[str]:
    return frozenset(
        w for kind, ws in lexicon().raw["infinitive_nouns"].items() if kind != "about" for w in ws
    )


def _frame_noun(v: Token) -> Token | None:
    """The noun a 'to'-infinitive ``v`` completes: its head when parsed as a clause on the noun; or,
    when the parser hangs the infinitive on the verb ('followed the decision on Sunday by X, Y and Z
    -- which ... -- to recall their envoys'), the nearest argument noun before it that is an
    infinitive noun with its own actor (possessor or 'by' phrase)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    if v.dep_ == "acl":
        return v.head
    if v.dep_ != "advcl" or v.head.pos_ not in ("VERB", "AUX"):
        return None
    args = [c for c in v.head.children if c.dep_ in (*OBJ, "nsubj", "nsubjpass") and c.i < v.i]
    if not args:
        return None
    n = max(args, key=lambda c: c.i)
    if n.lemma_.lower() not in _infinitive_words():
        return None
    if not (_has_child(n, ("poss",)) or _pobjs(n, ("by",))):
        return None  # "X took the decision to recall": the clause's own subject acts
    return n


def _companions(v: Token, ctx: _Ctx, depth: int = 0) -> list[str]:
    """'X, together with Y, signed ...', 'X fought alongside Y': co-actors added to the subject; also
    those of the verb whose subject a subjectless complement or conjunct shares ('X, together with Y,
    spent weeks pressing Z', 'X, along with Y, met Z and signed ...')."""
    comp = lexicon().raw["companions"]
    # the subject and its conjuncts: "X hosted Y in Cairo, and the two leaders, together with Z, signed"
    # (the parser joins the second clause's subject to the first's)
    heads = [v, *(x for c in v.children if c.dep_ in SUBJ for x in _conjuncts(c))]
    out: list[str] = []
    h = v.head
    if depth < 3 and (main := _time_phrase_participle(v)) is not None:
        out += _companions(main, ctx, depth + 1)  # "X, together with Y, spent weeks after the vote pressing"
    elif (
        depth < 3
        and v.dep_ in ("xcomp", "conj")
        and h.i != v.i
        and h.pos_ in ("VERB", "AUX")
        and not _has_child(v, (*SUBJ, "nsubjpass"))
        and not (v.dep_ == "xcomp" and h.lemma_ in OBJECT_CONTROL and _has_child(h, OBJ))
    ):
        out += _companions(h, ctx, depth + 1)
    elif (
        depth < 3
        and v.dep_ == "ccomp"
        and h.i != v.i
        and h.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in v.children)
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in h.children)
    ):
        # "Niger, along with Mali and Burkina Faso, announced that it was leaving ECOWAS": the
        # reported clause's pronoun subject is the reporter, companions included
        out += _companions(h, ctx, depth + 1)
    objs = [c.i for c in v.children if c.dep_ in OBJ]
    for h in heads:
        for c in h.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and h.i != v.i and c.lemma_.lower() in comp["participles"]:
                # "the United States, joined by Britain, struck ...": the agent of joining
                out += [
                    k for a in c.children if a.dep_ == "agent" for p in a.children for k in actors_of(p, ctx)
                ]
                continue
            if c.dep_ != "prep":
                continue
            late = h.i == v.i and objs and c.i > min(objs)
            if late and not _adjunct_before(v, objs, c):
                continue  # "attacked Ukraine along with Belarus": after the object it may go with it
            pobjs: list[Token] = []
            if c.lower_ in comp["preps"] or (
                c.lower_ == "with" and _has_child(c, ("advmod",), comp["adverbs"])
            ):
                pobjs = [p for p in c.children if p.dep_ == "pobj"]
            elif c.lower_ in comp["adverbs"]:  # "along with Qatar" parsed as two prepositions
                pobjs = [p for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children]
                pobjs = [p for p in pobjs if p.dep_ == "pobj"]
            if late:
                # "recognised Kosovo in 2019 together with Greece": an adjunct of the verb between the
                # object and the companion hangs it on the verb; still only a named actor of the
                # subject's kind acts with it, not 'two Chinese refiners' or 'its Indian subsidiary'
                kinds = {ctx.etype(k) for s in v.children if s.dep_ in SUBJ for k in actors_of(s, ctx)}
                out += [
                    k for p in pobjs if p.pos_ == "PROPN" for k in actors_of(p, ctx) if ctx.etype(k) in kinds
                ]
            else:
                out += [k for p in pobjs for k in actors_of(p, ctx)]
    return out


def _adjunct_before(v: Token, objs: list[int], c: Token) -> bool:
    """'recognised Kosovo in 2019 together with Greece', 'imposed sanctions on Y last year along
    with Z': a time or place adjunct of the verb itself between the object phrase and the companion
    phrase ``c`` -- the companion then goes with the verb (its subject), not with the object."""
    end = max(v.doc[i].right_edge.i for i in objs)
    return any(
        a.dep_ in ("prep", "npadvmod")
        and end < a.i < c.i
        and a.lower_ not in lexicon().raw["companions"]["adverbs"]
        for a in v.children
    )


def _purpose_infinitive(v: Token) -> bool:
    """'visited Moscow to meet Putin': a 'to'-infinitive adverbial clause of purpose, whose
    understood subject is the main clause's."""
    return v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _main_clause_of_conjunct(v: Token) -> Token | None:
    """'Washington imposed sanctions on X, determining that the RSF had committed genocide, and also
    sanctioned Y': the parser hangs the second verb on the reported clause; with a comma before the
    conjunction and the reported clause inside a participle of the main verb, the conjunct shares the
    main verb's subject."""
    if v.dep_ != "conj" or _has_child(v, SUBJ):
        return None
    h = v.head
    if v.tag_ in ("VBD", "VBZ") and h.dep_ == "xcomp" and h.tag_ == "VB" and h.head.pos_ in ("VERB", "AUX"):
        # "ordered French troops to leave and expelled the ambassador": a tensed verb is no
        # conjunct of the bare infinitive the parser hangs it on, but of the verb that governs it
        return h.head
    if h.dep_ != "ccomp" or not _has_child(h, ("mark",), ("that",)):
        return None
    part = h.head
    if part.dep_ != "advcl" or part.tag_ != "VBG" or part.head.pos_ not in ("VERB", "AUX"):
        return None
    cc = [c for c in v.children if c.dep_ == "cc"] or [c for c in h.children if c.dep_ == "cc" and c.i < v.i]
    first = min([v.i, *(c.i for c in cc)])
    if first == 0 or v.doc[first - 1].text != ",":
        return None
    return part.head


#: PLOVER types of verbal acts: a speaker's appeal, accusation, threat, rejection or endorsement
_SPEECH_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"})


def _reporter_conjunct(v: Token, ctx: _Ctx) -> Token | None:
    """'X said that the agency had lost track of the stockpile and urged Tehran to ...': the parser
    hangs a subjectless speech act addressed to someone ('urged Y', 'warned Y', 'accused Y') on the
    reported 'that'-clause; it continues the report, so it shares the reporting verb's subject --
    when the reported clause's subject cannot be its actor: it is the reporter's own side ('the
    agency' for its chief), the addressee itself ('said Somalia had ... and accused Mogadishu', with
    or without 'that'), or no actor; or when that subject is an act ('said the strikes were illegal
    and called on Ankara to') or an existential 'there' ('said there was no justification for the
    raids and urged Amman to'), with or without 'that'. 'Officials said that Russia had massed troops
    and threatened Ukraine' stays Russia's."""
    if v.dep_ != "conj" or _has_child(v, SUBJ):
        return None
    if v.lemma_.lower() not in _speech():
        t = _match_trigger(v, lexicon())  # "called on Y to": a verbal act that is a speech act
        if t is None or t.type not in _SPEECH_ACT_TYPES:
            return None
    h = v.head
    if h.dep_ != "ccomp" or not _has_child(h, (*SUBJ, "expl")):
        return None
    addressed = _has_child(v, OBJ) or any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in v.children)
    if not addressed or h.head.lemma_.lower() not in _speech():
        return None
    subjects = [c for c in h.children if c.dep_ in SUBJ]
    if all(c.pos_ == "NOUN" and c.lemma_.lower() in lexicon().nouns for c in subjects):
        # "said the Turkish strikes were a violation and called on Ankara to ...": an act is no speaker
        return h.head
    # "saying Manila had sent vessels ..., and urged the Philippine side to": no side addresses itself
    # (the names in the two phrases, not actors_of, whose group nouns may ask this verb's subject)
    named = {ctx.country(k) or k for c in subjects for t in c.subtree if (k := ctx.linked(t))}
    if named and named <= {
        ctx.country(k) or k for c in v.children if c.dep_ in OBJ for t in c.subtree if (k := ctx.linked(t))
    }:
        return h.head
    if not _has_child(h, ("mark",), ("that",)):
        return None
    inner = {ctx.country(k) or k for c in subjects for k in actors_of(c, ctx)}
    if not inner:
        return h.head
    reporter = {ctx.country(k) or k for k in _verb_subjects(h.head, ctx, 3)[0]}
    # "IAEA Director General Rafael Grossi said that the agency ...": actors named in the reporter's phrase
    reporter |= {
        ctx.country(k) or k
        for c in h.head.children
        if c.dep_ in SUBJ
        for t in c.subtree
        if (k := ctx.linked(t))
    }
    addressee = {ctx.country(k) or k for c in v.children if c.dep_ in OBJ for k in actors_of(c, ctx)}
    return h.head if inner <= reporter or inner <= addressee else None


def _backshifted_report(v: Token) -> Token | None:
    """'Ukraine's president said Russia had launched 400 drones overnight, and offered to train Polish
    forces': the parser hangs the second verb on the reported clause; a simple past after ', and' that
    follows a reported clause in the past perfect (the report's backshifted tense) continues the
    report, not the reported clause, and shares the reporting verb's subject."""
    if v.dep_ != "conj" or v.tag_ != "VBD" or _has_child(v, (*SUBJ, "aux", "auxpass", "nsubjpass")):
        return None
    h = v.head
    if h.dep_ != "ccomp" or h.tag_ != "VBN" or not _has_child(h, ("aux",), ("had",)):
        return None
    if h.head.lemma_.lower() not in _speech() or h.head.tag_ != "VBD":
        return None
    cc = [c for c in h.children if c.dep_ == "cc" and c.i < v.i]
    if not cc or cc[-1].i < 1 or v.doc[cc[-1].i - 1].text != ",":
        return None
    return h.head


def _tense_shifted_report(v: Token) -> Token | None:
    """'The minister said Chile is ready to help and thanked Peru', 'said it would respond and urged
    Lima to ...': the parser hangs a subjectless simple past on the reported clause. Coordinated verb
    phrases share their tense; a reported clause in the present, with a modal or in the progressive
    (the report's own tense, not the narrative's) cannot take a simple past conjunct, which thus
    continues the past-tense report and shares the reporting verb's subject. Only a verbal act (a
    speech verb or a speech-act trigger) is taken so; a reported clause in the simple past or past
    perfect is left to the rules above ('said Russia had massed troops and threatened Ukraine')."""
    if v.dep_ != "conj" or v.tag_ != "VBD" or _has_child(v, (*SUBJ, "aux", "auxpass", "nsubjpass")):
        return None
    h = v.head
    if h.dep_ != "ccomp" or h.head.tag_ != "VBD" or h.head.pos_ not in ("VERB", "AUX"):
        return None
    if not _has_child(h, (*SUBJ, "nsubjpass")):
        return None
    auxes = [c for c in h.children if c.dep_ in ("aux", "auxpass")]
    shifted = (
        h.tag_ in ("VBZ", "VBP")
        or any(a.tag_ in ("MD", "VBZ", "VBP") for a in auxes)
        or (h.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes))
    )
    if not shifted:
        return None
    if v.lemma_.lower() not in _speech():
        t = _match_trigger(v, lexicon())
        if t is None or t.type not in _SPEECH_ACT_TYPES:
            return None
    return h.head


def _dateline(tok: Token) -> bool:
    """'DOHA — Negotiators ...', 'WASHINGTON (AP) — ...': a sentence-initial upper-case place name
    before a dash, which the parser often takes for a subject."""
    start = sentence(tok).start
    first = tok.doc[start]
    end = min(start + 14, tok.head.i, sentence(tok).end)
    if first.is_title and start + 2 < end and tok.doc[start + 1].text == ",":
        # 'Damascus, SANA – The Council ...', 'Beijing, March 5 (Xinhua) -- ...': a title-case place,
        # a comma and a news agency (all capitals or in parentheses) before the dash
        head = tok.doc[start + 2 : min(end, start + 9)]
        dash = next((t.i for t in head if t.text in ("\u2014", "\u2013", "-", "--")), None)
        if dash is None or tok.i >= dash:
            return False
        between = tok.doc[start + 2 : dash]
        if any(t.is_alpha and t.text[0].islower() for t in between):
            return False  # "Finland, which joined NATO ... -": a relative clause, no agency
        return any(t.text == "(" or (t.is_upper and t.is_alpha and len(t) >= 3) for t in between)
    if tok.i - start > 8 or not first.is_upper or len(first.text) < 3:
        return False  # also 'HONIARA, Sept 18 (Reuters) - ...': any subject before the dash
    return any(t.text in ("\u2014", "\u2013", "-", "--") for t in tok.doc[tok.i + 1 : end])


def _relative_antecedent(v: Token, ctx: _Ctx) -> list[str]:
    """The actors a relative clause ``v`` says something of: its antecedent's; when the antecedent
    is a description set in apposition to a name ('Speaker X, a close Hezbollah ally who has handled
    talks with Y', 'Z, a group which ...'), the named one's -- the description's own modifier names
    another party ('Hezbollah' of 'ally'), not the one described."""
    n = v.head
    if n.pos_ == "NOUN" and n.dep_ == "appos" and n.head.pos_ == "PROPN":
        # a singular description: the named one alone, not names coordinated with it ('met X, a Y
        # ally who ..., and Z'); a plural one describes them all ('A and B, two neighbours that ...')
        keys = (
            actors_of(n.head, ctx)
            if n.tag_ == "NNS"
            else _actors_one(n.head, ctx, pronouns=True, allow_location=False, depth=0)
        )
        if keys:
            return keys
    return actors_of(n, ctx)


def _passive_subjects(v: Token, ctx: _Ctx) -> list[str]:
    out = []
    for c in v.children:
        if c.dep_ == "nsubjpass":
            if c.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                out += _relative_antecedent(v, ctx)  # "Ukraine, which was invaded by Russia"
            else:
                out += actors_of(c, ctx)
    return out


def _absolute_list_item(obj: Token) -> bool:
    """'with Dutch jets shooting down drones alongside Polish F-16s, an Italian plane providing early
    warning and German batteries placed on alert': a second direct object after a comma that has a
    participle of its own is the next item of a list of absolute clauses the small parser hung on the
    first clause's verb, not that verb's object (a verb takes one direct object)."""
    return (
        obj.dep_ == "dobj"
        and any(c.dep_ == "dobj" and c.i < obj.i for c in obj.head.children)
        and obj.doc[obj.left_edge.i - 1].text == ","
        and any(
            a.dep_ == "acl" and a.tag_ in ("VBG", "VBN")
            for item in (obj, *_conjuncts(obj))
            for a in item.children
        )
    )


def _object_relative(v: Token) -> bool:
    """'the aid (that) the US has sent Ukraine', 'weapons Iran supplied the Houthis': a relative
    clause with a subject of its own (no relative pronoun subject), so its antecedent is the verb's
    object."""
    return (
        v.dep_ == "relcl"
        and v.head.pos_ in ("NOUN", "PROPN", "NUM")
        and any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in v.children)
        and not _has_child(v, ("nsubjpass", "auxpass"))
    )


def _targets_from(
    tok: Token, trig_type: str, preps: tuple[str, ...], ctx: _Ctx, *, with_obj: bool, venue_only: bool = False
) -> list[str]:
    """``venue_only``: a trip to a multilateral meeting, whose town is no host (_summit_trip)."""
    out: list[str] = []
    town = trig_type == "ASSAULT" or (trig_type == "CONSULT" and not venue_only)
    if with_obj:
        for c in tok.children:
            if c.dep_ in OBJ and not _absolute_list_item(c):
                if trig_type in ("ASSAULT", "CONSULT"):
                    # "hit Kharkiv", "visited Odesa": a known city's state; other places are no target
                    out.extend(
                        k for k in actors_of(c, ctx, allow_location=town) if ctx.etype(k) != "Location"
                    )
                elif trig_type in ("ACCUSE", "SUPPORT", "REJECT"):
                    # "condemned the Moscow attack": the site of a judged attack is not its author
                    site = _attack_sites(c, ctx)
                    out.extend(k for k in actors_of(c, ctx) if k not in site)
                elif trig_type == "SANCTION":
                    # "halted fish shipments from X", "banned tyres made in Y": the goods' state or firm
                    out.extend(actors_of(c, ctx) or _goods_states(c, ctx) or _origin_on_verb(c, ctx))
                else:
                    out.extend(actors_of(c, ctx))
    if trig_type == "AID" and not _pobjs(tok, ("to",)):
        # "sent relief aircraft loaded with aid to Damascus": the destination the parser hangs on the
        # cargo participle of the object (kg/data cargo_verbs) is the verb's
        cargo = lexicon().raw.get("cargo_verbs", {}).get("verbs", ())
        for o in tok.children:
            if o.dep_ in OBJ:
                for a in o.children:
                    if a.dep_ == "acl" and a.lemma_.lower() in cargo:
                        for p in _pobjs(a, ("to",)):
                            out += [
                                k for k in actors_of(p, ctx, allow_location=True) if ctx.etype(k) == "Country"
                            ]
    if trig_type == "AID" and not with_obj:
        # "sent Ukraine air defence systems", "shipped Armenia armoured vehicles": the indirect object
        # of a verb of giving whose direct object is the goods is the recipient
        out += [k for c in tok.children if c.dep_ == "dative" for k in actors_of(c, ctx)]
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if len(objs) == 2 and tok.doc[objs[1].left_edge.i - 1].text != ",":
            # "delivered Ukraine its first tanks" parsed with two direct objects: the first is the
            # indirect object (not a list of absolute clauses after a comma)
            out += actors_of(objs[0], ctx)
        if _object_relative(tok):
            # "the aid the US has sent Ukraine": the goods are the relative clause's antecedent, so
            # the actor object is the recipient
            out += [k for c in tok.children if c.dep_ == "dobj" for k in actors_of(c, ctx)]
    for p in _pobjs(tok, preps or TARGET_PREPS.get(trig_type, ())):
        got = actors_of(p, ctx, allow_location=town)
        if not got and p.ent_type_ == "DATE":
            # "shut its consulate in Lahore days later": the town parsed as a compound of the time noun
            got = [
                k
                for g in p.children
                if g.dep_ == "compound" and g.pos_ == "PROPN"
                for k in [ctx.linked(g, allow_location=True)]
                if k and ctx.etype(k) == "Country"
            ]
        if (
            not got
            and trig_type == "SANCTION"
            and p.head.lower_ in ("from", "in")
            and not any(
                m.dep_ in ("amod", "compound", "nmod", "poss") and m.pos_ != "PRON" and actors_of(m, ctx)
                for o in [tok, *(c for c in tok.children if c.dep_ in OBJ)]
                for m in o.children
            )
        ):
            # "recalled its envoys from Tel Aviv", "closed its embassy in Kabul": the town of the
            # mission stands for the state hosting it (not "closed the Ethiopian consulates in X")
            got = [k for k in actors_of(p, ctx, allow_location=True) if ctx.etype(k) == "Country"]
        if not got and trig_type == "AID":
            # "sent supplies to Port Sudan": aid delivered to a known town goes to its state
            got = [k for k in actors_of(p, ctx, allow_location=True) if ctx.etype(k) == "Country"]
        if (
            not got
            and trig_type in ("SUPPORT", "ACCUSE", "REJECT", "SANCTION")
            and not (
                with_obj
                and p.head.lower_ == "for"
                and any(c.dep_ in OBJ and actors_of(c, ctx) for c in tok.children)
            )
        ):
            # "support for Venezuela's claim", "criticism of Israel's offensive": the owner; not the
            # reason of a verb with its own object ("thanked Oman for its efforts", "praised Qatar for
            # its mediation": the object is the one thanked, whatever 'its' is read as); "slapped tariffs
            # of up to 100% on Canada's canola": the owner of goods in a sanction's phrase the parser
            # hangs on the light verb, as on the noun ("sanctions against Russia's shadow fleet")
            got = [k for c in p.children if c.dep_ == "poss" for k in actors_of(c, ctx)]
        out.extend(got)
    if trig_type == "CONSULT":
        # "discussed the crisis by phone with X": the partner hangs on the channel noun
        media = lexicon().raw["consult_media"]
        for m in _pobjs(tok, media["preps"]):
            if m.lemma_.lower() in media["nouns"]:
                out += [k for p in _pobjs(m, preps or TARGET_PREPS["CONSULT"]) for k in actors_of(p, ctx)]
    if trig_type == "ASSAULT":
        # "struck a refinery in Russia": a state named as the place of an attack is its target
        out += [
            k
            for p in _pobjs(tok, ("in", "inside"))
            for k in actors_of(p, ctx, allow_location=True)
            if ctx.etype(k) == "Country"
        ]
    return out


#: Organization subtypes that carry out attacks: a name of one before an attack noun is its author.
_ARMED_SUBTYPES = frozenset({"ArmedGroup", "Military"})


def _attack_sites(noun: Token, ctx: _Ctx) -> set[str]:
    """Actors a proper-name compound of an attack noun names as the place or victim struck: a capital
    or town standing for its state ("condemned the Moscow concert hall attack", "the Kabul airport
    bombing") or an organization that is no armed actor ("the TUSAS attack", "the Charlie Hebdo
    attack"). States by name ("the Israel strike") and armed groups ("the Hamas attack") stay authors."""
    if not any(t.type == "ASSAULT" for t in lexicon().nouns.get(noun.lemma_.lower(), ())):
        return set()
    out: set[str] = set()
    for t in name_compounds(noun):
        m = ctx.index.at_token(t.i)
        e = ctx.entity(m.key) if m is not None else None
        if e is None:
            continue
        unarmed = e.type == "Organization" and e.subtype and e.subtype not in _ARMED_SUBTYPES
        if m.via == "capital" or e.type == "Location" or unarmed:
            out.add(m.key)
    return out


def _participle_agents(noun: Token, ctx: _Ctx) -> list[str]:
    """The actors in the 'by' phrase of an act noun's past participle ("the drills staged by A and B",
    "the sanctions imposed by X"): the act's authors."""
    return [
        k
        for a in noun.children
        if a.dep_ == "acl" and a.tag_ == "VBN"
        for p in _pobjs(a, ("by",))
        for k in actors_of(p, ctx)
    ]


def _between(tok: Token, ctx: _Ctx) -> list[str]:
    """The parties a 'between'/'among' phrase names, also on a bare 'of' complement that completes
    the noun's name ('a memorandum of understanding between A and B', 'a declaration of principles
    among A, B and C': the phrase hangs on the complement)."""
    heads = [tok] + [
        o
        for o in _pobjs(tok, ("of",))
        if o.pos_ == "NOUN" and not _has_child(o, ("det", "poss", "amod", "compound", "nummod"))
    ]
    out = [k for h in heads for p in _pobjs(h, ("between", "among", "amongst")) for k in actors_of(p, ctx)]
    if not out and (
        _has_child(tok, ("amod",), lexicon().cues["joint_act_modifiers"])
        or any(c.dep_ == "acl" and c.lemma_.lower() == "involve" for c in tok.children)
    ):
        # "the joint drills of the United States and South Korea", "drills involving India, Japan and
        # Australia": two actors or more in the 'of' phrase of a joint act, or the object of 'involving'
        listed = [k for p in _pobjs(tok, ("of",)) for k in actors_of(p, ctx)] + [
            k
            for c in tok.children
            if c.dep_ == "acl" and c.lemma_.lower() == "involve"
            for o in c.children
            if o.dep_ == "dobj"
            for k in actors_of(o, ctx)
        ]
        if len(set(listed)) >= 2:
            out = listed
    return out


def _hyphen_pair(tok: Token, ctx: _Ctx) -> list[str]:
    """'The last EU-CELAC summit took place in Brussels', 'the next UK-France summit', 'US-China
    talks': two states or organizations joined by a hyphen before a meeting noun are its parties, as
    in 'the summit between X and Y' (the parser hangs the first name on the second, with the hyphen)."""
    for c in tok.children:
        if c.dep_ != "compound" or c.i > tok.i:
            continue
        for x in c.children:
            if x.dep_ == "compound" and x.i == c.i - 2 and tok.doc[x.i + 1].text == "-":
                pair = [ctx.linked(x), ctx.linked(c)]
                if pair[0] != pair[1] and all(k and ctx.etype(k) in ("Country", "IGO") for k in pair):
                    return pair
    return []


def _location(tokens: Iterable[Token], ctx: _Ctx) -> str | None:
    for t in tokens:
        for p in _pobjs(t, ("in", "near", "off", "at", "over", "across")):
            m = ctx.index.at_token(p.i)
            if m is not None and ctx.etype(m.key) == "Location":
                return m.key
    return None


def _first_conjunct(t: Token) -> Token:
    """The first of the coordinated words ``t`` belongs to (``t`` itself when it is no conjunct; the
    parser chains a list's conjuncts, each on the one before)."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def _governor_chain(v: Token) -> list[Token]:
    """Verbs above ``v`` through infinitive/clausal complements ("threatened to impose")."""
    out = []
    t = v
    for _ in range(4):
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if (
            t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and t.i > t.head.i
            and not _has_child(t, ("nsubj", "nsubjpass", "mark"))
            and not any(x.is_punct and x.text not in "\"'“”" for x in t.doc[t.head.i + 1 : t.i])
            and _operator(t.head, lexicon()) is not None
        ):
            out.append(t.head)  # '"does not rule out" providing weapons': a gerund object read as adverbial
            t = t.head
            continue
        if t.dep_ == "advcl" and t.head.dep_ in ("xcomp", "ccomp") and _purpose_infinitive(t):
            out.append(t.head)  # "wants X to act as a bridge to strengthen ties": the purpose of a wanted act
            t = t.head
            continue
        if _controller(t):
            out.append(t.head)  # "called on Iran to end ...", the infinitive parsed as an adverbial
            t = t.head
            continue
        if (
            t.dep_ == "conj"
            and (first := _first_conjunct(t)).dep_ in ("xcomp", "ccomp")
            and first.pos_ in ("VERB", "AUX")
            and _has_child(t, ("aux",), ("to",))
            and not _has_child(t, ("nsubj", "nsubjpass"))
        ):
            # "urged Syria to join the accords, to expel X and to sign a deal with Israel": a later
            # infinitive shares the first one's governors (no verb is added: a conjunct is no operator)
            t = first
            continue
        if t.dep_ in ("xcomp", "ccomp", "pcomp") and t.head.i != t.i and marks <= {"that", "to", "whether"}:
            h = t.head
            if t.dep_ == "pcomp":  # "warned of imposing"
                if _absolute(t):
                    break
                h = h.head
            if _readiness(t, h):
                out.append(h)  # "said it was ready to shut its crossings": the adjective governs
                t = h.head
                continue
            if h.pos_ not in ("VERB", "AUX"):
                break
            if _summary_clause(t, h):
                break
            lo, hi = sorted((t.i, h.i))
            if any(x.text == ";" for x in t.doc[lo:hi]):
                break  # "India strikes X; Islamabad vows response": two clauses, not a complement
            out.append(h)
            t = h
        else:
            break
    return out


def _readiness(t: Token, h: Token) -> bool:
    """'X is ready/prepared/willing to act': an infinitive under a predicative adjective of readiness
    (cues.json negation 'readiness_adjectives')."""
    return (
        t.dep_ == "xcomp"
        and h.pos_ == "ADJ"
        and h.dep_ in ("acomp", "oprd")
        and h.head.pos_ in ("VERB", "AUX")
        and h.lemma_.lower() in lexicon().cues["negation"]["readiness_adjectives"]
    )


def _summary_clause(t: Token, h: Token) -> bool:
    """'X accused Y of Z, a charge Y denies': the parser hangs the accusation on 'denies' as its
    complement; a clause before its verb whose subject is a noun summing it up ('a charge', 'an
    accusation', cues.json negation 'summary_nouns') lying between them is no complement of it."""
    if t.dep_ != "ccomp" or t.i > h.i:
        return False
    nouns = lexicon().cues["negation"].get("summary_nouns", ())
    # "..., a charge Beijing denied": the summary noun as the object of the relative's verb
    return any(c.dep_ in (*SUBJ, *OBJ) and t.i < c.i < h.i and c.lemma_.lower() in nouns for c in h.children)


def _absolute(v: Token) -> bool:
    """'rejected the report, with Congo accusing it of ...': a participle with its own subject
    after 'with' is an absolute clause; the main verb neither governs nor lends it a subject."""
    return v.dep_ == "pcomp" and v.head.lower_ == "with" and _has_child(v, ("nsubj", "nsubjpass"))


def _operator(v: Token, lx: Lexicon) -> str | None:
    lem = _verb_lemma(v, lx)  # "hopes" -> "hope"
    for c in v.children:
        if c.dep_ in ("prt", "prep") and f"{lem} {c.lower_}" in lx.operators:
            return lx.operators[f"{lem} {c.lower_}"]
    kind = lx.operators.get(lem)
    if kind == "pending":
        # "is negotiating an agreement with X", "to negotiate a deal": an agreement still being worked
        # out is not made; a past "negotiated a deal with X" is one concluded
        return "null" if v.tag_ in ("VBG", "VB", "VBZ", "VBP") else None
    return kind


_AMOUNT_NOUNS = frozenset(
    {
        "week",
        "day",
        "month",
        "days",
        "weeks",
        "spate",
        "string",
        "flurry",
        "barrage",
        "million",
        "billion",
        "trillion",
        "package",
        "programme",  # "its loan programme for Egypt", "an aid program for Haiti"
        "program",
        "shipment",
        "tranche",
        "batch",
        "round",
        "wave",
        "series",
        "set",
        "number",
        "dozen",
        "hundred",
        "thousand",
        "amount",
        "lot",
        "kind",
        "type",
        "new",
        "more",
        "worth",
        # partitives: "overran much of Khartoum", "seized parts of the Donbas"
        "much",
        "most",
        "part",
        "parts",
        "swathe",
        "swathes",
        "swath",
        "half",
        "bulk",
    }
)


def _zero_relative(c: Token, tok: Token, lx: Lexicon) -> bool:
    """'the tariffs Beijing imposed on X', 'the curbs Tokyo slapped on Y': a relative clause of imposing
    (event_lexicon 'imposed_by') without 'that'/'which' whose own object is the noun before it (no object,
    no complement: not 'officials it holds responsible')."""
    return (
        c.i > tok.i
        and c.lemma_.lower() in lx.raw["imposed_by"]["verbs"]
        and not _has_child(c, (*OBJ, "acomp", "oprd", "xcomp", "ccomp"))
    )


def _imposing_relative(tok: Token, np: Token, lx: Lexicon) -> Token | None:
    """'its ban on Japanese seafood imports, which China imposed last August': a relative clause with a
    light verb whose object is the relative pronoun states the act itself, with its own subject; it
    governs the noun unless the noun's own verb asserts a change of it ('Beijing lifted its ban,
    which it imposed in 2020' is the lifting) outside a request or plan ('asked X to lift its ban')."""
    imposing = set(lx.raw["imposed_by"]["verbs"])
    # the relative clause may hang on the object of the noun's preposition ("tariffs on barley, which")
    cands = list(tok.children) + [
        c for p in _pobjs(tok, ("on", "against")) for c in p.children if c.lemma_.lower() in imposing
    ]
    rel = next(
        (
            c
            for c in cands
            if c.dep_ == "relcl"
            and _is_light(c, lx)
            # "which China imposed", or a zero relative lacking its object ("the tariffs Beijing imposed")
            and (_has_child(c, OBJ, ("which", "that")) or _zero_relative(c, tok, lx))
            and _has_child(c, ("nsubj",))
            and not _negated(c)
        ),
        None,
    )
    if rel is None:
        return None
    h = np.head
    changed = np.dep_ in OBJ and _operator(h, lx) in ("ease", "discontinue", "reject")
    wanted = h.dep_ == "xcomp" and _operator(h.head, lx) in ("request", "intent", "threat", "null")
    return None if changed and not wanted else rel


def _standing_sanction(
    d: _Draft,
    tok: Token,
    gov: Token,
    srcs: list[str],
    tgts: list[str],
    ctx: _Ctx,
    lx: Lexicon,
    opposed: bool = False,
) -> _Draft | None:
    """'urged Washington to lift the sanctions imposed on Venezuela', 'called on the EU to remove its
    sanctions against Iran', 'Japan would lift the export restrictions it imposed on X': sanctions
    not yet lifted (the lifting asked for, planned, refused or to come) whose imposition the sentence
    states, or a sanctions regime whose lifting is asked for (event_lexicon 'standing_sanction'), are
    in force (PLOVER SANCTION, CAMEO 163) from the one who imposed them (the 'by' agent, the
    relative's subject, the owner, else the one who is to lift them) to their target; the lifting
    itself stays CONCEDE or the request. A lifting done ('Beijing lifted the ban it imposed in 2020')
    adds nothing: those sanctions are over."""
    imposing = set(lx.raw["imposed_by"]["verbs"])
    heads = [tok, *_pobjs(tok, ("on", "against"))]
    stated = [
        c
        for h in heads
        for c in h.children
        if (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in imposing)
        or (c.dep_ == "relcl" and c.lemma_.lower() in imposing and _has_child(c, ("nsubj",)))
    ]
    asker = gov.head if gov.dep_ in ("xcomp", "ccomp") else None
    asked = asker is not None and _operator(asker, lx) == "request" and not _negated(asker)
    asked = asked or bool(_for_clause_subjects(gov, lx))  # "called for Washington to end its embargo"
    if not stated and not (asked and tok.lemma_.lower() in lx.raw["standing_sanction"]["nouns"]):
        return None
    # "China firmly opposes the sanctions imposed by the US on its firms": opposed, yet in force
    opposed = opposed and bool(stated)
    if not (asked or opposed or _modal(gov) or _negated(gov) or gov.dep_ in ("xcomp", "ccomp", "acl")):
        return None  # "Beijing lifted its ban, which it imposed in 2020": lifted, no longer in force
    imposers = list(srcs)
    imposers += [k for c in stated for p in _pobjs(c, ("by",)) for k in actors_of(p, ctx)]
    imposers += [
        k
        for c in stated
        if c.dep_ == "relcl"
        for s in c.children
        if s.dep_ == "nsubj"
        for k in actors_of(s, ctx)
    ]
    if not imposers and opposed:
        return None  # "opposes the sanctions imposed on its firms": the opponent is not the imposer
    if not imposers:
        imposers = _verb_subjects(gov, ctx)[0]  # the one asked to lift them, or who will
    aims = list(tgts)
    for p in (p for c in stated for p in _pobjs(c, ("on", "against"))):
        # "imposed on Venezuela's oil industry": what a state owns stands for it as a target
        aims += (
            actors_of(p, ctx)
            or [k for c in p.children if c.dep_ == "poss" for k in actors_of(c, ctx)]
            or _goods_states(p, ctx)  # "the duties it imposed on wine made in X"
        )
    aims = [k for k in dict.fromkeys(aims) if k not in imposers and ctx.etype(k) != "Location"]
    imposers = [k for k in dict.fromkeys(imposers) if ctx.etype(k) != "Location"]
    if not imposers or not aims:
        return None
    t = d.trig
    anchor = stated[0] if stated else tok
    st = _Draft(t, tok, anchor, "SANCTION", t.cameo, t.goldstein, t.mode, t.context, imposers, aims)
    st.confidence, st.trigger_text = 0.9, f"{gov.text} {tok.text}"
    return st


def _np_top(tok: Token) -> Token:
    """The phrase a noun trigger fills: itself, or the amount it quantifies ('$5 billion in aid',
    'a new round of sanctions', 'a wave of strikes')."""
    t = tok
    if t.dep_ == "compound" and t.head.lemma_.lower() in _AMOUNT_NOUNS:
        t = t.head  # "a military aid package for Ukraine", "a sanctions package"
    for _ in range(2):
        p = t.head
        if t.dep_ == "pobj" and p.lower_ in ("of", "in") and p.head.i != p.i:
            h = p.head
            if (
                h.like_num
                or h.lemma_.lower() in _AMOUNT_NOUNS
                or h.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY")
                # "300 million euros in aid": a counted unit the tagger left out of the amount
                or (p.lower_ == "in" and any(c.dep_ == "nummod" for c in h.children))
            ):
                t = h
                continue
            if p.lower_ == "in" and h.pos_ == "VERB":
                # "extended $4bn in credit lines to X": the amount is the verb's object, the aid its 'in'
                amt = [
                    c
                    for c in h.children
                    if c.dep_ in OBJ
                    and (c.like_num or c.lemma_.lower() in _AMOUNT_NOUNS or c.ent_type_ == "MONEY")
                ]
                if amt:
                    t = amt[0]
        break
    return t


def _blocked_owner(gov: Token, np: Token, srcs: list[str], ctx: _Ctx, lx: Lexicon) -> list[str]:
    """The giver of the aid or cooperation a blocking verb stops when it is someone else's: the noun's
    own source ('EU aid'), or the possessor of its phrase ('the EU's aid package'); none for the
    blocker's own help ('blocked arms sales to X' cuts relations: SANCTION)."""
    if gov.lemma_.lower() not in lx.raw["blocking_verbs"]["verbs"]:
        return []
    return list(srcs) + [k for c in np.children if c.dep_ == "poss" for k in actors_of(c, ctx)]


def _verb_lemma(v: Token, lx: Lexicon) -> str:
    """The lowercased lemma, corrected for the forms the model lemmatizes wrongly ('hopes' -> 'hop',
    'staged' -> 'stag', 'dined' -> 'din'; cues.json lemma_fixes)."""
    return lx.cues["lemma_fixes"]["forms"].get(v.lower_) or v.lemma_.lower()


def _claiming_verb(np: Token, trig: Trigger, lx: Lexicon) -> Token | None:
    """'Al-Shabaab claimed the attack on ...', 'the group claimed responsibility for a bombing in ...':
    the verb by which its subject owns an act of violence (event_lexicon light_verbs 'claim'), which
    then lends its subject to the act like a light verb; not when the claim is denied or no one made
    it ('no group has claimed the attack')."""
    cfg = lx.raw["light_verbs"]["claim"]
    if trig.type not in cfg["types"]:
        return None
    v = None
    if np.dep_ in OBJ and np.head.pos_ == "VERB" and np.head.lemma_.lower() in cfg["object_verbs"]:
        v = np.head
    elif np.dep_ == "pobj" and np.head.lower_ == "for":
        n = np.head.head
        if (
            n.lemma_.lower() in cfg["nouns"]
            and n.dep_ in OBJ
            and n.head.pos_ == "VERB"
            and n.head.lemma_.lower() in cfg["noun_verbs"]
        ):
            v = n.head
    if v is None or _negated(v):
        return None
    if any(
        c.dep_ == "det" and c.lower_ in ("no", "none")
        for s in v.children
        if s.dep_ in SUBJ
        for c in s.children
    ):
        return None
    return v


def _is_light(v: Token, lx: Lexicon) -> bool:
    lem = _verb_lemma(v, lx)
    if lem in lx.leading:
        # "X led talks with Y", "who has handled negotiations with Y"; not 'talks led by A and B',
        # whose agents lead the one side together
        return not (v.dep_ == "acl" and v.tag_ == "VBN")
    return lem in lx.light  # "staged joint exercises"


def _responds_with(np: Token, v: Token, lx: Lexicon) -> bool:
    """'the EU followed with sanctions on X', 'Canada hit back with tariffs': a verb of response
    whose 'with' phrase is the responder's own act (event_lexicon light_verbs 'with_response')."""
    if np.dep_ != "pobj" or np.head.lower_ != "with" or np.head.head.i != v.i:
        return False
    words = lx.raw["light_verbs"].get("with_response", ())
    lem = v.lemma_.lower()
    return lem in words or any(
        c.dep_ in ("prt", "advmod") and f"{lem} {c.lower_}" in words for c in v.children
    )


def _negated(tok: Token) -> bool:
    """A 'not'/'never' on the verb, or a subject 'neither X nor Y' (cues.json negation subject_words)."""
    memo = tok.doc.user_data.get("kg_negated")  # {token index: bool}: asked of most verbs several times
    if memo is None:
        memo = tok.doc.user_data["kg_negated"] = {}
    neg = memo.get(tok.i)
    if neg is None:
        neg = memo[tok.i] = _negated_here(tok)
    return neg


def _negated_here(tok: Token) -> bool:
    if any(
        c.dep_ == "neg"
        or (c.dep_ == "advmod" and c.lower_ in _neg_adverbs() and _has_child(c, ("neg",)))  # "no longer"
        for c in tok.children
    ):
        return True  # "did not attack", "no longer poses a threat"
    words = _neg_subject_words()
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ in words for g in c.children) for c in tok.children
    )


def _floor_taken(v: Token, lx: Lexicon) -> bool:
    """'took the floor to support Havana', 'rose to back X': the main verb is an act of speaking, so the
    purpose clause is what was said (cues.json discourse 'floor_verbs')."""
    cfg = lx.cues["discourse"]["floor_verbs"]
    lem = v.lemma_.lower()
    if lem in cfg["verbs"]:
        return True
    objs = cfg["with_object"].get(lem, ())
    return any(c.dep_ in OBJ and c.lemma_.lower() in objs for c in v.children)


def _no_longer(tok: Token) -> bool:
    """'no longer recognises X': the negation ends a standing state (cues.json negation 'no_adverbs')."""
    return any(
        c.dep_ == "advmod" and c.lower_ in _neg_adverbs() and _has_child(c, ("neg",)) for c in tok.children
    )


@cache
def _neg_adverbs() -> frozenset[str]:
    return frozenset(lexicon().cues["negation"].get("no_adverbs", ()))


@cache
def _neg_subject_words() -> frozenset[str]:
    return frozenset(lexicon().cues["negation"].get("subject_words", ()))


def _noun_negated(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _modal(v: Token) -> set[str]:
    return {c.lower_.replace("'ll", "will") for c in v.children if c.dep_ == "aux"}


def _under_without(tok: Token) -> bool:
    t = tok
    for _ in range(3):
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "without":
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _conditional(v: Token) -> bool:
    """The clause of ``v`` or one it hangs in has an 'if'/'unless' condition (up to a speech verb)."""
    t = v
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return True
        if any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in t.children
        ):
            return True
        if t.head.i == t.i or t.lemma_.lower() in _speech():
            return False
        t = t.head
    return False


# ---------------------------------------------------------------------------------------------
# main


def _pobjs_of(heads: list[Token]) -> list[Token]:
    return [
        p for h in heads for pr in h.children if pr.dep_ == "prep" and pr.lower_ == "of" for p in pr.children
    ]


def _person_patient(h: Token) -> bool:
    """A person as a passive verb's subject: a person's name, 'he'/'she'/'him'/'her', or a
    definite group of persons ('both men', 'the two women'; groups.json nouns 'persons')."""
    if h.ent_type_ == "PERSON" and h.pos_ == "PROPN":
        return True
    if h.pos_ == "PRON":
        return h.lower_ in ("he", "she", "him", "her")
    return h.tag_ == "NNS" and h.lemma_.lower() in ("man", "woman") and _groups.size(h) is not None


def _match_trigger(tok: Token, lx: Lexicon, exclude: frozenset[str] = frozenset()) -> Trigger | None:
    lem = _verb_lemma(tok, lx)  # "dined" -> "dine"
    if (tok.pos_ == "VERB" and not _noun_like(tok)) or (
        tok.pos_ == "AUX" and lem == "be" and tok.dep_ == "ccomp"
    ):
        for t in lx.verbs.get(lem, ()):
            if t.key in exclude or not _particle_ok(tok, t):
                continue
            if (
                t.requires_mod
                and not {c.lemma_.lower() for c in tok.children if c.dep_ == "advmod"} & t.requires_mod
            ):
                continue  # "said Y acted illegally": only the manner adverb makes the verb a judgement
            if t.requires_obj:
                # the passive subject is the verb's object: "the package was blocked by Hungary"
                heads = [cc for c in tok.children if c.dep_ in (*OBJ, "nsubjpass") for cc in _conjuncts(c)]
                heads += _misread_objects(tok, lx)  # "signed the minerals deal" read as a clause
                if _passive_modifier(tok):
                    heads.append(tok.head)  # "the pact, signed by X and Y,": the noun is the object
                if _object_relative(tok):
                    # "the billions of dollars in aid the US has sent Ukraine": the antecedent (and
                    # the goods its amount is 'in') is the object
                    heads += [tok.head, *_pobjs(tok.head, ("in",))]
                heads += [
                    p
                    for h in heads
                    for pr in h.children
                    if pr.dep_ == "prep" and pr.lower_ == "of"
                    for p in pr.children
                ]
                # "signed a number of agreements", "the exchange of a series of accords": what the amount counts
                heads += [
                    p
                    for h in heads
                    if h.lower_ in _AMOUNT_NOUNS and h.pos_ == "NOUN"
                    for pr in h.children
                    if pr.dep_ == "prep" and pr.lower_ == "of"
                    for p in pr.children
                    if p not in heads
                ]
                heads += [
                    p for pr in tok.children if pr.dep_ == "prep" and pr.lower_ == "with" for p in pr.children
                ]
                if t.particle:  # "stood on the side of X": the particle's object
                    heads += _pobjs(tok, (t.particle,))
                    heads += _pobjs_of(
                        [h for h in heads if h.lower_ in ("all", "most")]
                    )  # "to all of X's terms"
                heads += _anaphora.pronoun_titles(tok)  # "Ambassador X ... summoned him"
                # "sent a plane carrying 20 tonnes of medical supplies": the cargo of the vehicle sent
                cargo = [
                    o
                    for h in heads
                    for a in h.children
                    if a.dep_ == "acl" and a.lemma_.lower() in lx.raw.get("cargo_verbs", {}).get("verbs", ())
                    for o in a.children
                    if o.dep_ in OBJ
                ]
                heads += cargo + [
                    p for o in cargo for pr in o.children if pr.lower_ == "of" for p in pr.children
                ]
                # a named object with its title: "summoned Chinese Ambassador Wu Jianghao"
                # ("British Ambassador to Russia Nigel Casey": the titled phrase parsed as a modifier 'nmod')
                heads += [
                    c
                    for h in heads
                    if h.pos_ == "PROPN"
                    for c in h.children
                    if c.dep_ in ("compound", "nmod")
                ]
                objs = {h.lemma_.lower() for h in heads} | {
                    h.lower_ for h in heads
                }  # "navies" lemmatized "navie"
                # a modified object with its modifier: "withdrew its diplomatic staff" ('diplomatic staff')
                objs |= {
                    f"{m.lemma_.lower()} {h.lemma_.lower()}"
                    for h in heads
                    for m in h.children
                    if m.dep_ in ("amod", "compound")  # "its entity list", "a sanctions list"
                }
                if any(h.ent_type_ == "NORP" and h.tag_ in ("NNS", "NNPS") for h in heads):
                    objs.add("<nationals>")  # "expelled thousands of Afghans", "freed 90 Indians"
                if any(_person_patient(h) for h in heads if h.dep_ == "nsubjpass"):
                    objs.add("<persons>")  # "Both men were released", "He was freed on Thursday"
                if "aid" in t.requires_obj and any(
                    m.dep_ in ("compound", "amod") and m.lemma_.lower() in lx.aid_modifiers
                    for h in heads
                    for m in h.children
                ):
                    objs.add("aid")  # "sent aid ships", "relief aircraft", "rescue teams" (vocabularies)
                # "provide Ecuador with $13.5m", "pledged €50mn": a sum of money, however abbreviated
                if any(
                    h.ent_type_ == "MONEY"
                    or _has_child(h, ("nummod", "quantmod", "nmod"), ("$", "€", "£"))
                    or any(c.ent_type_ == "MONEY" for c in h.children)
                    for h in heads
                ):
                    objs.add("money")
                if not objs & t.requires_obj:
                    continue
            if t.not_obj:
                # the logical object in a passive too: "a deal struck by X and Y", "the deal was struck"
                objs = [cc for c in tok.children if c.dep_ in (*OBJ, "nsubjpass") for cc in _conjuncts(c)]
                if _passive_modifier(tok):
                    objs.append(tok.head)
                objs += _pobjs_of(objs)  # "millions of refugees"
                if any(o.lemma_.lower() in t.not_obj or o.lower_ in t.not_obj for o in objs):
                    continue  # "hosted 3 million Syrian refugees": the object's noun rules the reading out
            if t.not_habitual and _habitual_present(tok):
                continue  # "Lithuania also hosts the exiled opposition leader": no visit told
            if t.intransitive and (
                _has_child(tok, (*OBJ, "nsubjpass"))
                or not any(c.dep_ == "nsubj" and _groups.size(c) is None for c in tok.children)
            ):
                # "gathered evidence", "the summit was convened by X": only a clause whose own named
                # subjects gather ("told the leaders gathered in Samarkand" names none)
                continue
            if t.requires_subj and not any(
                c.dep_ in SUBJ and (c.lemma_.lower() in t.requires_subj or _mods(c) & t.requires_subj)
                for c in tok.children
            ):
                continue
            if t.not_subj and any(
                c.dep_ in SUBJ and (c.lemma_.lower() in t.not_subj or _mods(c) & t.not_subj)
                for c in tok.children
            ):
                continue
            if t.requires_comp and not _comp_lemmas(tok) & t.requires_comp:
                continue
            if t.not_comp and _comp_lemmas(tok) & t.not_comp:
                continue
            if t.mode == "phone" and _naming(tok):
                continue  # naming, no call: "whose department the administration calls the Department of War"
            if t.requires_xcomp and not _has_child(tok, ("xcomp", "ccomp")):
                continue
            if t.requires_purpose and not _has_purpose(tok, t.requires_purpose):
                continue
            return t
        return None
    for key in (lem, tok.lower_, *_sum_key(tok, lx)):
        for t in lx.nouns.get(key, ()):
            mods = _mods(tok)
            if (
                t.compound
                and t.compound not in mods
                and not any(c.lower_ in t.compound.split() for c in tok.children)
            ):
                continue
            if t.requires_mod and not (mods & t.requires_mod or ("<name>" in t.requires_mod and _named(tok))):
                continue
            if (
                t.requires_obj
                and not {p.lemma_.lower() for c in _pobjs(tok, t.preps) for p in _conjuncts(c)}
                & t.requires_obj
            ):
                continue  # "a ban on Japanese seafood imports": the object of the noun's preposition
            if t.not_mod and mods & t.not_mod:
                continue
            if t.amount and any(_match_trigger(p, lx) is not None for p in _pobjs(tok, ("in", "of"))):
                continue  # "$500 million in military aid": the aid noun codes the event
            if t.plural_only and tok.tag_ not in ("NNS", "NNPS") and not tok.text.lower().endswith("s"):
                continue
            if t.requires_amount and not _in_money(tok, lx):
                continue
            if t.under_verbs and not (
                tok.dep_ in OBJ
                and tok.head.lemma_.lower() in t.under_verbs
                and (_pobjs(tok.head, ("from",)) or _pobjs(tok, ("from",)))
            ):
                continue  # "Ukraine received tanks from Poland", not "Russia launched drones at Kyiv"
            if t.requires_inf and not any(
                c.dep_ in ("acl", "xcomp", "relcl")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in list(tok.children) + list(tok.head.children)
            ):
                continue  # "pressure on X to compromise", not "economic pressure on X"
            return t
    return None


def _complement_noun(n: Token, v: Token) -> bool:
    """A noun complement of verb ``v``: a predicate ('oprd', 'attr'), 'as' phrase or apposition of
    the object, or the second of two objects ('designated Nigeria a Country of ...')."""
    if n.dep_ in ("oprd", "attr", "appos") or (n.dep_ == "pobj" and n.head.lower_ == "as"):
        return True
    return n.dep_ == "dobj" and n.head.i == v.i and any(c.dep_ == "dobj" and c.i < n.i for c in v.children)


def _naming(tok: Token) -> bool:
    """'call' with a naming complement, not a telephone call: an object and a predicate ('calls the
    department the Department of War'), two predicates ('called Netanyahu "a legitimate leader"' parsed as
    two oprd), or an indefinite or quoted apposition on the object ('called the prime minister "a clown"')."""
    oprd = [c for c in tok.children if c.dep_ == "oprd"]
    if oprd and (len(oprd) > 1 or _has_child(tok, OBJ)):
        return True
    for o in tok.children:
        if o.dep_ not in OBJ:
            continue
        for a in o.children:
            if a.dep_ != "appos":
                continue
            quoted = a.i > 0 and tok.doc[a.left_edge.i - 1].text in ('"', "\u201c", "'")
            if quoted or any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children):
                return True
    return False


def _comp_lemmas(tok: Token) -> set[str]:
    """Lemmas of the complements in a verb's subtree: 'called the strikes an act of war', 'described X as
    a threat', 'designated Kenya a major ally' (the words requires_comp / not_comp entries look for)."""
    # "accused X of 'dangerous manoeuvres', a charge Y rejected": the summed-up clause is no complement;
    # nor is another clause ("called the deal a step, while Y said it would build 'bridges, not walls'")
    summed = {
        t.i
        for c in tok.children
        if _summary_clause(c, tok) or (c.dep_ in ("advcl", "conj") and c.pos_ in ("VERB", "AUX"))
        for t in c.subtree
    }
    words = {
        c.lemma_.lower()
        for c in tok.subtree
        if c.i not in summed
        and (
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "amod", "advmod", "dobj", "attr")
            or (c.dep_ == "neg" and c.head.i != tok.i)  # 'called X "not a partner"': a denied complement
            or (c.dep_ == "pobj" and c.head.lower_ == "as")  # "described X as a threat"
            # "called the truce 'a parade of cynicism'": the judging noun of a complement's 'of' phrase
            # (not of a name: 'calls it the Department of War')
            or (
                c.dep_ == "pobj"
                and c.head.lower_ == "of"
                and c.head.head.pos_ == "NOUN"
                and _complement_noun(c.head.head, tok)
            )
            or (c.dep_ == "compound" and _complement_noun(c.head, tok))  # "called it 'malign activity'"
            # "called Israel's conduct in Gaza a violation of ...": the complement misparsed as the object's apposition
            or (c.dep_ == "appos" and c.head.dep_ == "dobj" and c.head.head.i == tok.i)
        )
    }
    # a complement noun with its 'of' phrase, as one lowercased phrase for multiword entries:
    # "designated X (as) a Country of Particular Concern" ('country of particular concern'); a second
    # object is a complement ("designated Nigeria a 'Country of ...'"), the object itself is not
    for n in tok.subtree:
        of = [c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"]
        if of and n.pos_ in ("NOUN", "PROPN") and _complement_noun(n, tok):
            toks = [t for m in n.lefts for t in m.subtree] + [n, *of[0].subtree]
            words.add(" ".join(t.lower_ for t in toks if t.pos_ not in ("DET", "PUNCT")))
    return words


def _has_purpose(v: Token, words: frozenset[str]) -> bool:
    """'sent troops to Chad for a mission' / 'to train its army': a 'for' phrase (on the verb or
    its object) or a purpose infinitive of the verb names one of ``words``."""
    heads = [v, *(c for c in v.children if c.dep_ in OBJ)]
    if any(p.lemma_.lower() in words for h in heads for p in _pobjs(h, ("for",))):
        return True
    return any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in words and _purpose_infinitive(c)
        for c in v.children
    )


def _passive_modifier(v: Token) -> bool:
    """'the treaty, signed by X and Y,' / 'the accord, which was signed by X': a passive participle
    or relative clause on a noun, whose object is that noun."""
    if v.dep_ == "acl" and v.tag_ == "VBN":
        return True
    return v.dep_ == "relcl" and any(
        c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in v.children
    )


def find_events(doc: Doc, index: Any, *, document: Document) -> list[Event]:
    """All events and standing relations in ``doc`` (see module docstring)."""
    lx = lexicon()
    ctx = _Ctx(doc, index, document)
    drafts: list[_Draft] = []
    ctx.drafts = drafts  # earlier drafts are antecedents for kg.extract.discourse
    consumed: set[int] = set()
    seen: set[int] = set()
    triggers: list[Token] = []
    for start in _trigger_starts(doc):
        tok = doc[start]
        if tok.i in seen:
            continue
        seen.add(tok.i)
        triggers.append(tok)
        try:
            d = (
                _verb_event(tok, ctx, lx, consumed)
                if tok.pos_ in ("VERB", "AUX") and not _noun_like(tok)
                else _noun_event(tok, ctx, lx, consumed)
            )
        except RecursionError:
            # a parse shape the actor search loops on costs this trigger, not the whole article
            _log.warning(
                "%s: skipped the trigger %r at character %d (its actor search did not terminate)",
                document.id,
                tok.text,
                tok.idx,
            )
            continue
        except Exception as err:  # noqa: BLE001 - contained: the trigger only (common.skip_failure)
            skip_failure(document, f"the trigger {tok.text!r}", tok.idx, err)
            continue
        if d is not None:
            drafts.extend(d if isinstance(d, list) else [d])

    def run(step: Callable[..., Iterable[_Draft]], *args: Any) -> None:
        """A pass over the whole document; a failing one yields no drafts (common.skip_failure)."""
        try:
            drafts.extend(step(doc, ctx, *args))
        except Exception as err:  # noqa: BLE001 - contained: this pass only
            skip_failure(document, f"the pass {step.__name__}", 0, err)

    run(_joint_actions, lx, drafts, consumed)
    run(_joint_authorship, lx, drafts, consumed)  # "a draft put forward by A and B"
    run(_side_by_side, lx, drafts, consumed)  # "working alongside the Australian navy"
    run(_joint_pledges, lx, drafts, consumed)  # "A and B pledged to remove barriers"
    run(_guarded_territory, lx, drafts, consumed)  # "Czech jets patrol Slovakia's skies"
    run(_reported_demands, lx, consumed)
    run(_voiced_feelings, lx, consumed)  # "X was dismayed by Y's decision"
    run(_speech_acts.find_speech_acts, lx, consumed)  # idioms, quoted demands
    run(_groups.counter_claims, lx, consumed)  # "each side says the other fired"
    run(_discourse.attendances, consumed)  # "leaders who attended were A and B"
    run(_discourse.participations, consumed)  # "X joined", "X told fellow leaders"
    run(_with_support, lx, consumed)
    run(_funded_works, lx, consumed)  # "a railway line built with Indian assistance"
    run(_joint_contributions, lx, consumed)  # contributions to joint missions
    run(_cancelled_cooperation, lx, consumed)  # "cancelled events planned with X"
    run(_held_in_custody, lx, consumed)  # "remain in Thai custody"
    _share_coordinated_targets(drafts)
    addressees = _condemned_acts_addressees(drafts, ctx) | _participle_addressees(drafts)
    events: list[Event] = []
    operators, folded_ok, produced = [], set(), set()
    finished: list[tuple[_Draft, Event]] = []  # drafts and their events, for clauses that echo them
    for d in drafts:
        if (
            d.tok.i in consumed
            and d.trig.pos == "VERB"
            and d.type == d.trig.type
            and d.trig.type in ("THREATEN", "REJECT", "REQUEST", "ACCUSE")
        ):
            operators.append(d)
            continue
        try:
            _finish_draft(d, ctx, lx, addressees, events, finished, produced, folded_ok)
        except Exception as err:  # noqa: BLE001 - contained: this draft only
            skip_failure(document, f"the event of {d.tok.text!r}", d.tok.idx, err)
    for d in operators:
        # "urged Israel to allow aid", "warned NATO against deploying troops": the operator verb's own
        # event stands unless an inner event absorbed it
        try:
            if d.tok.i not in folded_ok and (ev := _finish(d, ctx, lx)) is not None:
                events.append(ev)
        except Exception as err:  # noqa: BLE001 - contained: this draft only
            skip_failure(document, f"the event of {d.tok.text!r}", d.tok.idx, err)
    for step, arg in ((_discourse.ellipsis_echoes, finished), (_groups.listed_members, finished)):
        # "..., as did Y", "Y followed suit"; "... seven companies. The companies are A, B"
        try:
            events.extend(step(arg, ctx))
        except Exception as err:  # noqa: BLE001 - contained: this pass only
            skip_failure(document, f"the pass {step.__name__}", 0, err)
    # second tier: a trigger the main tier left without an event, or attached only one side of
    attached = {d.tok.i for d in drafts if d.sources and d.targets} | consumed | folded_ok
    for tok in triggers:
        if tok.i in attached or tok.i in produced:
            continue
        try:
            if (d := _second_tier(tok, ctx, lx, consumed)) is not None and (
                ev := _finish(d, ctx, lx)
            ) is not None:
                events.append(ev)
        except Exception as err:  # noqa: BLE001 - contained: this trigger only
            skip_failure(document, f"the trigger {tok.text!r}", tok.idx, err)
    # standing relations read from noun, apposition and possessive patterns (kg.extract.relations)
    try:
        standing = _relations.find_relations(ctx)
    except Exception as err:  # noqa: BLE001 - contained: the standing relations only
        skip_failure(document, "the standing relations", 0, err)
        standing = []
    return _dedupe(_relations.merge(events, standing, ctx))


def _finish_draft(
    d: _Draft,
    ctx: _Ctx,
    lx: Lexicon,
    addressees: dict[int, list[str]],
    events: list[Event],
    finished: list[tuple[_Draft, Event]],
    produced: set[int],
    folded_ok: set[int],
) -> None:
    """The events of one draft: its own (with the addressee of a condemned act when it has no target),
    the act it presupposes, the discourse's and groups' derived events, and its second code."""
    ev = _finish(d, ctx, lx)
    if ev is None and (alt := addressees.get(id(d))):
        d.targets = alt
        ev = _finish(d, ctx, lx)
    if ev is not None and d.presupposed is not None and (pre := _finish(d.presupposed, ctx, lx)) is not None:
        events.append(pre)
    if ev is not None:
        produced.add(d.tok.i)
        events.append(ev)
        finished.append((d, ev))
        events.extend(_discourse.derived(d, ev, ctx))
        events.extend(_groups.derived(d, ev, ctx))  # joined, hosted and attending participants
        folded_ok.update(d.folded)
        if d.trig.co_code and d.type == d.trig.type and (co := _co_coded(d, ctx, lx)) is not None:
            events.append(co)


def _border_partners(obj: Token, ctx: _Ctx, lx: Lexicon) -> list[str]:
    """The neighbour across the border a closed crossing lies on ('the crossing point on its border
    with Russia', 'the checkpoints along the Uzbek border', 'a post on the Tajik-Kyrgyz frontier'):
    the 'with' phrase or a state named before the border noun (event_lexicon 'shared_border')."""
    cfg = lx.raw["shared_border"]
    out: list[str] = []
    for b in _pobjs(obj, cfg["preps"]):
        if b.lemma_.lower() not in cfg["nouns"]:
            continue
        out += [k for p in _pobjs(b, ("with", "between")) for k in actors_of(p, ctx)]
        out += [
            k
            for m in b.children
            if m.dep_ in ("amod", "compound", "nmod") and m.i < b.i
            for mm in (m, *(x for x in m.children if x.dep_ in ("amod", "compound", "npadvmod", "nmod")))
            for k in [ctx.linked(mm)]
            if k and ctx.etype(k) == "Country"
        ]
    return list(dict.fromkeys(out))


def _co_coded(d: _Draft, ctx: _Ctx, lx: Lexicon) -> Event | None:
    """The same act under the trigger's second code ('co_code' of event_lexicon): closing a land
    border or refusing entry reduces relations (PLOVER SANCTION, CAMEO 16) and restricts the movement
    of the other state's people and goods (PLOVER COERCE 'restrict', CAMEO 17). Only the act as stated:
    a threatened or refused closure keeps its one code."""
    typ, cameo, score, mode = d.trig.co_code
    co = dataclasses.replace(
        d, type=typ, cameo=cameo, goldstein=score, mode=mode, presupposed=None, folded=[]
    )
    if d.trig.co_realized and (d.tok.tag_ in ("VB", "VBG") or _has_child(d.tok, ("aux",), ("to",))):
        return None  # "a deal to restore relations", "talks on restoring ties": not yet restored
    if d.trig.co_requires and not any(
        t.lower_ in d.trig.co_requires for c in d.tok.children if c.dep_ in (*OBJ, "prep") for t in c.subtree
    ):
        return None  # "restored relations with X" without 'full' or 'at ambassadorial level'
    ev = _finish(co, ctx, lx)
    if ev is not None and d.trig.co_realized and ev.modality not in ("asserted", "historical"):
        return None  # "would seek to resume relations with X": relations sought are not yet restored
    return ev


_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "when", "while", "where", "if", "unless"})


def _stretch_actors(toks: Iterable[Token], ctx: _Ctx) -> list[tuple[Token, str]]:
    """Linked actors in ``toks``: (first token, key) per mention."""
    out: list[tuple[Token, str]] = []
    last = None
    for t in toks:
        k = ctx.linked(t)
        if k is not None and not (last is not None and last[1] == k and last[0] == t.i - 1):
            out.append((t, k))
        last = (t.i, k) if k is not None else None
    return out


def _left_stretch(tok: Token) -> list[Token] | None:
    """The tokens before ``tok`` in its clause-like stretch: back to the sentence start, a verb,
    a clause word or a comma (a verb-free apposition between two commas is stepped over)."""
    sent_start = sentence(tok).start
    out: list[Token] = []
    i = tok.i - 1
    doc = tok.doc
    while i >= sent_start:
        t = doc[i]
        if t.text == ",":
            # "Macron, the French president, hosted ...": step over a verb-free apposition
            j = i - 1
            while j >= sent_start and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX"):
                j -= 1
            if not out or j < sent_start or doc[j].text != "," or j == i - 1:
                return out
            out.extend(doc[k] for k in range(i - 1, j, -1))
            i = j - 1
            continue
        if t.is_punct and t.text not in ("-", "'", "\u2019"):
            return out
        if t.pos_ in ("VERB", "AUX") and not (t.pos_ == "AUX" and t.head.i == tok.i):
            return out
        if t.lower_ in _CLAUSE_WORDS or t.pos_ == "SCONJ":
            return out
        out.append(t)
        i -= 1
    return out


def _second_tier(tok: Token, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> _Draft | None:
    """A conservative back-off for a lexicon verb that the main tier could not attach (parser
    errors such as "President X hosted President Y" read with 'hosted' as an adjective, long
    appositions, participles): exactly one actor state (at country level) before the verb in its
    clause-like stretch, with nothing but adverbs and auxiliaries between, and exactly one after it
    as direct, 'with' or 'to' partner before the next verb, comma or clause word. Negated,
    passive and topic-object triggers are left alone; confidence is lowered (cues.json
    second_tier factor) and only the types listed there are kept."""
    cfg = lx.cues.get("second_tier", {})
    if tok.pos_ != "VERB" or _negated(tok) or _has_child(tok, ("nsubjpass", "auxpass")):
        return None
    trig = _match_trigger(tok, lx)
    if (
        trig is None
        or trig.type not in cfg.get("types", ())
        or trig.obj == "topic"
        or trig.mode == "third-party"
        or trig.requires_obj_type
        or trig.requires_obj_actor
        or trig.requires_prep
        or trig.only_under
        or trig.requires_xcomp
    ):
        return None  # entries whose reading hangs on the shape of their object are left to the parse
    left = _left_stretch(tok)
    if left is None:
        return None
    lacts = _stretch_actors(reversed(left), ctx)
    if not lacts or len({ctx.country(k) or k for _, k in lacts}) != 1:
        return None
    # the subject stands right before the verb: only adverbs, auxiliaries and the rest of its name
    subj_tok, subj = lacts[-1]
    for t in ctx.doc[subj_tok.i : tok.i]:
        if t.lower_ in lx.cues["negation"]["tokens"]:
            return None
        if ctx.linked(t) is None and t.pos_ not in ("ADV", "AUX"):
            return None
    # right context: up to the next verb, punctuation or clause word
    right: list[Token] = []
    for t in ctx.doc[tok.i + 1 : sentence(tok).end]:
        if t.is_punct or t.pos_ in ("VERB", "AUX") or t.lower_ in _CLAUSE_WORDS or t.pos_ == "SCONJ":
            break
        right.append(t)
    racts = _stretch_actors(right, ctx)
    if not racts or len({ctx.country(k) or k for _, k in racts}) != 1:
        return None
    nxt = tok.i + 1 + len(right)
    if nxt + 1 < sentence(tok).end and ctx.doc[nxt].text == "," and ctx.linked(ctx.doc[nxt + 1]):
        return None  # a list goes on past the comma: "hit X, Y and Z with tariffs"
    obj_tok, obj = racts[0]
    end = obj_tok.i
    while end + 1 < sentence(tok).end and ctx.linked(ctx.doc[end + 1]) == obj:
        end += 1
    if end + 1 < sentence(tok).end and ctx.doc[end + 1].tag_ == "POS":
        return None  # "meet NATO's target": the actor only owns the object
    preps = {"with", "to", *trig.preps}
    for t in ctx.doc[tok.i + 1 : obj_tok.i]:
        if t.pos_ == "ADP" and t.lower_ not in preps:
            return None
        if t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "ADP", "PART", "ADV", "NUM"):
            return None
    if (ctx.country(subj) or subj) == (ctx.country(obj) or obj):
        return None
    d = _Draft(trig, tok, tok, trig.type, trig.cameo, trig.goldstein, trig.mode, trig.context, [subj], [obj])
    d.confidence *= trig.confidence * cfg.get("factor", 0.7)
    return _apply_governors(d, tok, ctx, lx, set(consumed))


def _joint_actions(
    doc: Doc, ctx: _Ctx, lx: Lexicon, drafts: list[_Draft], consumed: set[int]
) -> list[_Draft]:
    """'The UK and Norway will jointly fund ...', 'India and France will jointly develop ...': two or
    more subjects acting jointly cooperate (CAMEO 06), whatever the act."""
    out: list[_Draft] = []
    adverbs = set(lx.cues["discourse"]["joint_adverbs"])
    done = {d.anchor.i for d in drafts if d.type == "COOPERATE"}
    for i, w in enumerate(lower_words(doc)):
        if w not in adverbs:
            continue
        t = doc[i]
        v = t.head
        if t.dep_ != "advmod" or v.pos_ != "VERB" or v.i in done or _negated(v):
            continue
        srcs = [
            k
            for k in _verb_subjects(v, ctx)[0]
            if ctx.etype(k) in ("Country", "IGO", "Organization", "Person")
        ]
        if len(set(srcs)) < 2:
            continue
        trig = Trigger(key=t.lower_, pos="VERB", type="COOPERATE", cameo="060", goldstein=6.0)
        d = _governed_draft(
            trig, v, v, None, (), list(dict.fromkeys(srcs)), [], f"{t.text} {v.text}", ctx, lx, consumed
        )
        if d is not None:
            done.add(v.i)
            out.append(d)
    return out


def _governed_draft(
    trig: Trigger,
    tok: Token,
    v: Token,
    mode: str | None,
    context: tuple[str, ...],
    sources: list[str],
    targets: list[str],
    text: str,
    ctx: _Ctx,
    lx: Lexicon,
    consumed: set[int],
) -> _Draft | None:
    """A draft of ``trig``'s type, CAMEO code and score on trigger ``tok`` in the clause of ``v``,
    shown as ``text``, after the clause's governors (negation, modality, reporting) have been
    applied; None when they drop it. The builder the joint-action readers share."""
    d = _Draft(trig, tok, v, trig.type, trig.cameo, trig.goldstein, mode, context, sources, targets)
    d.trigger_text = text
    return _apply_governors(d, v, ctx, lx, consumed)


@cache
def _joint_authorship_words() -> tuple[dict[str, tuple[str | None, ...]], frozenset[str], frozenset[str]]:
    """event_lexicon 'joint_authorship': {verb lemma: its particles (None: none)}, the nouns a joint
    text or work is named by (last word), and the words that make a list distributive."""
    cfg = lexicon().raw["joint_authorship"]
    verbs: dict[str, tuple[str | None, ...]] = {}
    for w in (*cfg["text_verbs"], *cfg["work_verbs"]):
        head, _, prt = w.partition(" ")
        verbs[head] = (*verbs.get(head, ()), prt or None)
    nouns = frozenset(n.split()[-1] for n in (*cfg["text_nouns"], *cfg["work_nouns"]))
    return verbs, nouns, frozenset((*cfg["distributive_mods"], *cfg["distributive_advs"]))


def _joint_authorship(
    doc: Doc, ctx: _Ctx, lx: Lexicon, drafts: list[_Draft], consumed: set[int]
) -> list[_Draft]:
    """'the text, put forward by Japan and the United States,', 'an amendment proposed by Russia and
    China', 'a pipeline being built by A's NNPC and B's ONHYM', 'A, B and C launched a monitoring
    team': actors of two or more states named as the joint authors or makers of one text or work
    cooperate (CAMEO 06; event_lexicon 'joint_authorship'), whatever becomes of the text."""
    verbs, nouns, distributive = _joint_authorship_words()
    done = {i for d in drafts if d.type == "COOPERATE" for i in (d.anchor.i, d.tok.i)}
    out: list[_Draft] = []
    for i, lem in enumerate(lower_lemmas(doc)):
        if lem not in verbs:
            continue
        v = doc[i]
        if v.pos_ != "VERB" or v.i in done:
            continue
        prts = {c.lower_ for c in v.children if c.dep_ in ("prt", "advmod")}
        if not any(p is None or p in prts for p in verbs[lem]):
            continue
        if None not in verbs[lem] and not prts & {p for p in verbs[lem] if p}:
            continue
        agents = _pobjs(v, ("by",))
        if agents:
            noun = (
                v.head
                if v.dep_ in ("acl", "relcl")
                else next((c for c in v.children if c.dep_ == "nsubjpass"), None)
            )
            if noun is None and v.dep_ == "advcl" and v.tag_ == "VBN" and doc[v.left_edge.i - 1].text == ",":
                # "launched the solar project, being built by A and B": the participle read as an
                # adverbial of the clause; it describes the object just before the comma
                noun = next((c for c in reversed(list(v.head.children)) if c.dep_ in OBJ and c.i < v.i), None)
        elif not _has_child(v, ("auxpass", "nsubjpass")) and not _has_child(v, ("aux",), ("to",)):
            # an infinitive ('committed their governments to set up a joint mechanism', 'agreed to
            # build') is a pledge, the AGREE of its governor, not the joint act
            noun = next((c for c in v.children if c.dep_ in OBJ), None)
        else:
            continue
        if (
            noun is None
            or noun.lemma_.lower() not in nouns
            or noun.tag_ in ("NNS", "NNPS")
            or _mods(noun) & distributive
            or _negated(v)
            or any(
                c.lower_ in distributive
                for c in v.children
                if c.dep_ in ("advmod", "npadvmod", "appos", "det")
            )
            or any(t.lower_ in distributive for a in agents for t in a.subtree)
        ):
            continue
        # the actors last: the cheap tests above leave few verbs
        keys = (
            [k for a in agents for k in actors_of(a, ctx, pronouns=False)]
            if agents
            else _verb_subjects(v, ctx)[0]
        )
        keys = [k for k in dict.fromkeys(keys) if ctx.etype(k) in ACTOR_TYPES]
        if len({ctx.country(k) or k for k in keys}) < 2:
            continue
        trig = Trigger(key=lem, pos="VERB", type="COOPERATE", cameo="060", goldstein=6.0)
        d = _governed_draft(
            trig,
            v,
            v,
            None,
            (),
            keys,
            [],
            f"{v.text} ... {noun.text}" if agents else f"{v.text} {noun.text}",
            ctx,
            lx,
            consumed,
        )
        if d is not None:
            done.add(v.i)
            out.append(d)
    return out


def _side_kind(t: Token, ctx: _Ctx) -> str:
    """'state' for a state named as such ('Serbia'), 'units' for a common noun that stands for a state
    only through its modifiers ('the French jets'), 'actor' for anything else."""
    named = t.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") or t.pos_ == "PROPN"
    if named:
        k = ctx.linked(t)
        return "state" if k and ctx.etype(k) == "Country" else "actor"
    return "units" if t.pos_ == "NOUN" else "actor"


def _side_by_side(doc: Doc, ctx: _Ctx, lx: Lexicon, drafts: list[_Draft], consumed: set[int]) -> list[_Draft]:
    """'the frigate has been tracking the vessels, working alongside the Australian Defence Force',
    'Dutch jets shooting down drones alongside Polish F-16s': whatever the act, its subject and the
    actor 'alongside' it act together (CAMEO 06, 062 with forces; event_lexicon 'side_by_side')."""
    cfg = lx.raw["side_by_side"]
    done = {
        d.anchor.i
        for d in drafts
        if d.type in ("COOPERATE", "CONSULT") and d.sources and (d.targets or len(d.sources) > 1)
    }
    out: list[_Draft] = []
    for i, w in enumerate(lower_words(doc)):
        if w != "alongside":
            continue
        prep = doc[i]
        v = prep.head
        if v.dep_ in OBJ and v.head.pos_ == "VERB":
            v = v.head  # "intercepted the bombers alongside Danish F-16s": the parser hangs it on the object
        if (
            prep.dep_ != "prep"
            or v.pos_ != "VERB"
            or v.i in done
            or v.lemma_.lower() in cfg["not_verbs"]
            or _negated(v)
        ):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        partners = [k for k in actors_of(pobj, ctx, pronouns=False) if ctx.etype(k) in ACTOR_TYPES]
        srcs = [k for k in _verb_subjects(v, ctx)[0] if ctx.etype(k) in ACTOR_TYPES]
        people = [ctx.etype(k) == "Person" for k in (*srcs, *partners)]
        if any(people) and not all(people):
            # persons act side by side with persons: 'Polish jets ... alongside Dutch F-35s' (a name
            # the model tags as a person's) is no person beside forces
            srcs = [k for k in srcs if ctx.etype(k) != "Person"]
            partners = [k for k in partners if ctx.etype(k) != "Person"]
        if not partners or not srcs:
            continue
        subj = next((c for c in v.children if c.dep_ in SUBJ), None)

        if subj is not None and {_side_kind(t, ctx) for t in (subj, pobj)} == {"state", "units"}:
            continue  # "Serbia bought drones alongside the French jets": in addition to, not together with
        srcs = [k for k in srcs if k not in partners]
        if not srcs or {ctx.country(k) or k for k in srcs} & {ctx.country(k) or k for k in partners}:
            continue
        heads = {t.lemma_.lower() for t in (pobj, subj) if t is not None}
        mil = bool(heads & set(cfg["military_nouns"]))
        cameo, gs = ("062", 7.4) if mil else ("060", 6.0)
        trig = Trigger(key="alongside", pos="VERB", type="COOPERATE", cameo=cameo, goldstein=gs)
        d = _governed_draft(
            trig,
            v,
            v,
            None,
            ("military",) if mil else (),
            srcs,
            partners,
            f"{v.text} alongside",
            ctx,
            lx,
            consumed,
        )
        if d is not None:
            done.add(v.i)
            out.append(d)
    return out


def _joint_pledges(
    doc: Doc, ctx: _Ctx, lx: Lexicon, drafts: list[_Draft], consumed: set[int]
) -> list[_Draft]:
    """'Kenya and Tanzania pledged to remove trade barriers', 'where they pledged to ...', 'which A and
    B pledged to deepen': a pledge made together by actors of two or more states commits them to each
    other (PLOVER AGREE, CAMEO 030; event_lexicon 'pledged_cooperation' 'joint_verbs'), unless the
    pledged act is hostile."""
    pc = lx.raw["pledged_cooperation"]
    verbs = set(pc["joint_verbs"])
    done = {d.anchor.i for d in drafts if d.type == "AGREE" and len(d.sources) > 1}
    out: list[_Draft] = []
    for i, lem in enumerate(lower_lemmas(doc)):
        if lem not in verbs:
            continue
        v = doc[i]
        if v.pos_ != "VERB" or v.i in done or _negated(v):
            continue
        # the pledged act: a 'to'-infinitive ('pledged to remove') or 'to' + gerund ('committed to easing')
        acts = [c for c in v.children if c.dep_ == "xcomp" and _has_child(c, ("aux",), ("to",))]
        acts += [
            g
            for p in v.children
            if p.dep_ == "prep" and p.lower_ == "to"
            for g in p.children
            if g.tag_ == "VBG"
        ]
        if not acts:
            continue
        hostile = False
        for a in acts:
            trig = _match_trigger(a, lx)
            if trig is not None and (trig.type in NEGATIVE or trig.type in ("THREATEN", "ACCUSE", "REJECT")):
                hostile = True
        if hostile:
            continue
        srcs = [k for k in _verb_subjects(v, ctx)[0] if ctx.etype(k) in ACTOR_TYPES]
        if len(srcs) < 2 and _has_child(v, ("nsubj",), ("they", "both")):
            # "A and B met in Arusha, where they pledged to ...": 'they' in a clause of the sentence is
            # the plural subject of the clause it hangs on
            h = v
            for _ in range(6):
                if h.head.i == h.i:
                    break
                h = h.head
                if h.pos_ == "VERB" and _has_child(h, ("nsubj",)):
                    srcs = [k for k in _verb_subjects(h, ctx)[0] if ctx.etype(k) in ACTOR_TYPES]
                    break
        srcs = list(dict.fromkeys(srcs))
        if len({ctx.country(k) or k for k in srcs}) < 2:
            continue
        typ, cameo, gs = "AGREE", pc["cameo"][0], pc["cameo"][1]
        if any(a.lemma_.lower() in pc["joint_transfer_verbs"] for a in acts):
            typ, cameo, gs = "COOPERATE", "060", 6.0  # "pledged to pay salaries": joint donors
        trig = Trigger(key=lem, pos="VERB", type=typ, cameo=cameo, goldstein=gs)
        d = _governed_draft(trig, v, v, None, (), srcs, [], f"{v.text} to {acts[0].text}", ctx, lx, consumed)
        if d is not None:
            done.add(v.i)
            out.append(d)
    return out


def _guarded_territory(
    doc: Doc, ctx: _Ctx, lx: Lexicon, drafts: list[_Draft], consumed: set[int]
) -> list[_Draft]:
    """'Czech and Hungarian fighter jets have patrolled Slovakia's skies', 'Russian border guards
    protect Armenia's border': forces of one or more states guarding another state's territory
    cooperate with it militarily (CAMEO 062; event_lexicon 'guarded_territory')."""
    cfg = lx.raw["guarded_territory"]
    military = set(lx.raw["side_by_side"]["military_nouns"])
    out: list[_Draft] = []
    for i, lem in enumerate(lower_lemmas(doc)):
        if lem not in cfg["verbs"]:
            continue
        v = doc[i]
        if v.pos_ != "VERB" or _negated(v):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in v.children if c.dep_ in OBJ), None)
        if subj is None or obj is None or obj.lemma_.lower() not in cfg["territory_nouns"]:
            continue
        if subj.lemma_.lower() not in military and not (_mods(subj) & military):
            continue  # forces ('jets', 'border guards', 'troops'), not a state guarding its own claims
        states = [k for k in actors_of(subj, ctx, pronouns=False) if ctx.etype(k) == "Country"]
        owners = [
            k
            for c in obj.children
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < obj.i
            for k in actors_of(c, ctx)
            if ctx.etype(k) == "Country"
        ]
        owners = [k for k in dict.fromkeys(owners) if k not in states]
        states = list(dict.fromkeys(states))
        if len(owners) != 1 or not states or (lem in cfg["joint_only"] and len(states) < 2):
            continue
        trig = Trigger(key=lem, pos="VERB", type="COOPERATE", cameo="062", goldstein=7.4)
        d = _governed_draft(
            trig, v, v, None, ("military",), [*states, *owners], [], f"{v.text} {obj.text}", ctx, lx, consumed
        )
        if d is not None:
            out.append(d)
    return out


def _with_support(doc: Doc, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> list[_Draft]:
    """'The army, with the support of X, retook the town': the subject cooperates with X (CAMEO 06;
    event_lexicon 'with_support')."""
    nouns = lx.raw["with_support"]["nouns"]
    out: list[_Draft] = []
    for i, lem in enumerate(lower_lemmas(doc)):
        if lem not in nouns:
            continue
        t = doc[i]
        if t.dep_ != "pobj" or t.head.lower_ != "with":
            continue
        v = t.head.head
        if v.dep_ in ("nsubj", "nsubjpass") and t.head.i > 0 and doc[t.head.i - 1].lower_ == ",":
            v = v.head  # "The army, with the support of X, retook the town"
        if v.pos_ != "VERB" or _negated(v) or _noun_negated(t):
            continue
        helpers = [k for p in _pobjs(t, ("of",)) for k in actors_of(p, ctx)]
        helpers += [
            k for c in t.children if c.dep_ in ("poss", "amod", "compound") for k in actors_of(c, ctx)
        ]
        srcs = _verb_subjects(v, ctx)[0]
        if not srcs and v.dep_ == "acl" and v.tag_ == "VBN":
            # "the army's operations, carried out with the support of X": the operations' owner
            n = v.head
            srcs = [k for c in n.children if c.dep_ == "poss" for k in actors_of(c, ctx)]
            srcs = srcs or actors_of(n, ctx, pronouns=False)
        srcs = [k for k in srcs if k not in helpers]
        if not helpers or not srcs:
            continue
        trig = Trigger(key=t.lemma_.lower(), pos="NOUN", type="COOPERATE", cameo="060", goldstein=6.0)
        d = _governed_draft(
            trig, t, v, None, (), srcs, list(dict.fromkeys(helpers)), f"with {t.text}", ctx, lx, consumed
        )
        if d is not None:
            out.append(d)
    return out


def _works_state(v: Token, donors: list[str], ctx: _Ctx) -> list[str]:
    """The state the works a participle of building describes lie in: a known town or state in the
    works' phrase ('a bridge in Mombasa, built with'), in the 'in' phrase of the clause that names the
    works or the place its 'where' clause describes ('travel to X on Sunday, where he will open a line
    built with ...'), else the state of the person that clause's subject names ('Ruto opened a
    bridge, built with ...')."""
    g = v.head
    works = [g] if v.dep_ in ("acl", "relcl") else [c for c in g.children if c.dep_ in OBJ]
    cv = g if v.dep_ == "advcl" else g.head if g.dep_ in OBJ and g.head.pos_ in ("VERB", "AUX") else None
    places = [w for n in works for w in (n, *_pobjs(n, ("in", "on", "at", "across")))]
    if cv is not None:
        places += _pobjs(cv, ("in", "at"))
        if cv.dep_ == "relcl" and _has_child(cv, ("advmod",), ("where",)):
            ant = cv.head
            places.append(ant)
            if ant.ent_type_ in ("DATE", "TIME") and ant.dep_ == "pobj":
                # the parser hangs the 'where' clause on the time after the place ("to X on Sunday, where")
                places += _pobjs(ant.head.head, ("to", "in", "at"))
    found = [
        k
        for p in places
        for k in actors_of(p, ctx, pronouns=False, allow_location=True)
        if ctx.etype(k) == "Country" and k not in donors
    ]
    if found or cv is None:
        return list(dict.fromkeys(found))
    leaders = [ctx.country(k) for k in _verb_subjects(cv, ctx)[0] if ctx.etype(k) == "Person"]
    return [k for k in dict.fromkeys(leaders) if k and k not in donors and ctx.etype(k) == "Country"]


def _funded_works(doc: Doc, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> list[_Draft]:
    """'a railway line built with Indian assistance', 'the base, rebuilt with Chinese grant funding':
    the state named on the aid gives it to the state the works lie in (event_lexicon 'funded_works',
    CAMEO 07 provide aid)."""
    cfg = lx.raw["funded_works"]
    out: list[_Draft] = []
    for i, lem in enumerate(lower_lemmas(doc)):
        if lem not in cfg["nouns"] or i in consumed:
            continue
        t = doc[i]
        if t.dep_ != "pobj" or t.head.lower_ != "with":
            continue
        v = t.head.head
        if (
            v.tag_ != "VBN"
            or v.lemma_.lower() not in cfg["participles"]
            or v.dep_ not in ("acl", "advcl", "relcl")
            or _has_child(v, ("nsubj",))
            or _negated(v)
            or _noun_negated(t)
        ):
            continue
        donors = [
            k
            for c in t.children
            if c.dep_ in ("poss", "amod", "compound") and c.i < t.i
            for k in actors_of(c, ctx, pronouns=False)
        ]
        donors += [k for p in _pobjs(t, ("of", "from")) for k in actors_of(p, ctx, pronouns=False)]
        donors = [k for k in dict.fromkeys(donors) if ctx.etype(k) in ("Country", "IGO", "Organization")]
        if not donors or not (recipients := _works_state(v, donors, ctx)):
            continue
        trig = Trigger(key=lem, pos="NOUN", type="AID", cameo="070", goldstein=7.0)
        d = _governed_draft(
            trig, t, v, None, ("economic",), donors, recipients, f"{v.text} with {t.text}", ctx, lx, consumed
        )
        if d is not None:
            out.append(d)
    return out


def _joint_contributions(doc: Doc, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> list[_Draft]:
    """'Estonia, Finland and Germany contribute ships to the mission', 'Russian military instructors
    arrived in Niamey': contributions to a joint operation and foreign military trainers received by
    a state are one n-ary military COOPERATE (CAMEO 062; event_lexicon 'joint_contribution')."""
    jc = lx.raw["joint_contribution"]
    actor_types = ("Country", "IGO", "Organization")
    out: list[_Draft] = []

    def draft(tok: Token, v: Token, parts: list[str], text: str) -> None:
        parts = [k for k in dict.fromkeys(parts) if ctx.etype(k) in actor_types]
        if len({ctx.country(k) or k for k in parts}) < 2:
            return
        trig = Trigger(key=tok.lemma_.lower(), pos="VERB", type="COOPERATE", cameo="062", goldstein=7.4)
        d = _governed_draft(trig, tok, v, None, ("military",), parts, [], text, ctx, lx, consumed)
        if d is not None:
            out.append(d)

    for v in doc:
        if v.pos_ != "VERB":
            continue
        lem = v.lemma_.lower()
        if (lem not in jc["verbs"] and lem not in jc["arrival_verbs"]) or _negated(v):
            continue  # only these verbs draft below (lexicon test first: it is the cheaper one)
        # "X and Y contribute ships and aircraft to the mission"
        missions = [
            m
            for m in (_pobjs(v, ("to",)) if lem in jc["verbs"] else [])
            if m.lemma_.lower() in jc["mission_nouns"] and not ctx.linked(m)
        ]
        assets = [a for c in v.children if c.dep_ in OBJ for a in _conjuncts(c)] if missions else []
        if missions and (lem == "contribute" or any(a.lemma_.lower() in jc["asset_nouns"] for a in assets)):
            m = missions[0]
            owners = [
                k
                for c in m.children
                if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.i < m.i
                for cc in [c, *(x for x in c.children if x.dep_ in ("npadvmod", "compound"))]
                if (k := ctx.linked(cc)) and ctx.etype(k) == "IGO"
            ]
            draft(m, v, _verb_subjects(v, ctx)[0] + owners, f"{v.text} ... to {m.text}")
            continue
        if lem in jc["arrival_verbs"]:
            # "Russian military instructors arrived in Niamey", "Turkish military advisers were deployed to Somalia"
            for s in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
                low = s.lemma_.lower()
                mods = _mods(s)
                sec = jc["security_aid"]
                if low in sec["group_nouns"]:  # "the first contingent of Kenyan police officers"
                    s = next(iter(_pobjs(s, ("of",))), s)
                    low, mods = s.lemma_.lower(), _mods(s)
                if low in sec["nouns"] or (
                    mods & set(sec["police_mods"]) and low in jc["military_personnel_nouns"]
                ):
                    senders = [
                        k
                        for c in s.children
                        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < s.i
                        for k in actors_of(c, ctx, pronouns=False)
                    ]
                    hosts = [
                        ctx.country(k) or k
                        for p in _pobjs(v, ("in", "to", "into"))
                        for k in actors_of(p, ctx, allow_location=True)
                        if ctx.etype(k) != "Location"
                    ]
                    hosts = [k for k in hosts if k not in senders and ctx.etype(k) == "Country"]
                    if senders and hosts:
                        code, gold = sec["cameo"]
                        trig = Trigger(key=low, pos="NOUN", type="AID", cameo=code, goldstein=gold)
                        d = _governed_draft(
                            trig,
                            s,
                            v,
                            None,
                            ("peacekeeping",),
                            senders,
                            hosts,
                            f"{s.text} {v.text}",
                            ctx,
                            lx,
                            consumed,
                        )
                        if d is not None:
                            out.append(d)
                    continue
                if not (
                    low in jc["personnel_nouns"]
                    or (low in jc["military_personnel_nouns"] and mods & set(jc["military_mods"]))
                ):
                    continue
                senders = [
                    k
                    for c in s.children
                    if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < s.i
                    for k in actors_of(c, ctx, pronouns=False)
                ]
                hosts = [
                    ctx.country(k) or k
                    for p in _pobjs(v, ("in", "to", "into"))
                    for k in actors_of(p, ctx, allow_location=True)
                    if ctx.etype(k) != "Location"
                ]
                if senders and hosts:
                    draft(s, v, senders + hosts, f"{s.text} {v.text}")
    return out


def _cancelled_cooperation(doc: Doc, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> list[_Draft]:
    """'Baku cancelled all cultural events planned with Russian bodies', 'suspended joint projects
    with X': stopping shared activities with a partner reduces relations with it (PLOVER SANCTION
    'discontinue', CAMEO 16x; event_lexicon 'cancelled_cooperation')."""
    cc = lx.raw["cancelled_cooperation"]
    out: list[_Draft] = []
    for v in doc:
        if v.pos != VERB or v.i in consumed or _operator(v, lx) != "discontinue" or _negated(v):
            continue
        objs = [
            n
            for c in v.children
            if c.dep_ in (*OBJ, "nsubjpass")
            for n in _conjuncts(c)
            if n.lemma_.lower() in cc["nouns"] and _match_trigger(n, lx) is None
        ]
        for n in objs:
            heads = [n, *(a for a in n.children if a.dep_ in ("acl", "relcl") and a.tag_ == "VBN")]
            partners = [k for h in heads for p in _pobjs(h, ("with",)) for k in actors_of(p, ctx)]
            partners += [k for p in _pobjs(v, ("with",)) for k in actors_of(p, ctx)]
            srcs = [k for k in _verb_subjects(v, ctx)[0] if k not in partners]
            if not srcs or not partners:
                continue
            trig = Trigger(key=v.lemma_.lower(), pos="VERB", type="SANCTION", cameo=cc["cameo"][0])
            d = _Draft(
                trig, n, v, "SANCTION", cc["cameo"][0], cc["cameo"][1], "discontinue", (), srcs, partners
            )
            d.trigger_text = f"{v.text} {n.text}"
            d = _apply_governors(d, v, ctx, lx, consumed)
            if d is not None:
                out.append(d)
            break
    return out


def _held_in_custody(doc: Doc, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> list[_Draft]:
    """'Five Uighurs remain in Thai custody', 'the teacher has been in Iranian detention since May', 'is
    held in Russian custody', 'were taken into custody by the Russian coast guard', 'Russia took the
    sailors into custody': people in a state's custody are detained by it (PLOVER COERCE 'arrest', CAMEO
    173; event_lexicon 'held_in'). The keeper: the state named on the custody noun (demonym, possessor,
    'of' phrase), else the verb's 'by' agent, else the subject of a verb with its own object; the detained:
    that object, else the clause's subject. No keeper named, no event."""
    cfg = lx.raw["held_in"]
    code, score = cfg["cameo"]
    out: list[_Draft] = []
    nouns = set(cfg["nouns"])
    for i, lem in enumerate(lower_lemmas(doc)):  # the document's cached lemmas: one pass, no Token
        if lem not in nouns:
            continue
        n = doc[i]
        if n.dep_ != "pobj" or n.head.lower_ not in cfg["preps"]:
            continue
        v = n.head.head
        if v.pos_ not in ("VERB", "AUX") or _negated(v):
            continue
        if any(d.tok.i == n.i and d.sources and d.targets for d in ctx.drafts):
            continue  # "the detention of X by Y": the noun's own event
        keepers = [
            k
            for c in n.children
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < n.i
            for k in [ctx.linked(c)]
            if k and ctx.etype(k) in ("Country", "Organization")
        ]
        keepers += [k for p in _pobjs(n, ("of",)) for k in actors_of(p, ctx)]
        objs = [c for c in v.children if c.dep_ in OBJ]
        if not keepers:
            keepers = [
                k for a in v.children if a.dep_ == "agent" for p in a.children for k in actors_of(p, ctx)
            ]
        if not keepers and objs:
            keepers = _verb_subjects(v, ctx)[0]
        held = [k for o in objs for k in actors_of(o, ctx)] if objs else _verb_subjects(v, ctx)[0]
        held += [k for c in v.children if c.dep_ == "nsubjpass" for k in actors_of(c, ctx)]
        held = [k for k in dict.fromkeys(held) if k not in keepers]
        if not keepers or not held:
            continue
        trig = Trigger(key=f"in {n.lemma_.lower()}", pos="NOUN", type="COERCE", cameo=code, goldstein=score)
        d = _governed_draft(
            trig,
            n,
            v,
            "arrest",
            (),
            list(dict.fromkeys(keepers)),
            held,
            f"{n.head.text} {n.text}",
            ctx,
            lx,
            consumed,
        )
        if d is not None:
            out.append(d)
    return out


def _other_sides(cands: list[str], tgts: list[str], ctx: _Ctx) -> tuple[list[str], list[str]]:
    """The sources among ``cands`` that are no target, and the targets (each once) that are not on
    the sources' own side ('X said its army must withdraw' asks nothing of another)."""
    srcs = [k for k in cands if k not in tgts]
    own = {ctx.country(k) or k for k in srcs}
    return srcs, [k for k in dict.fromkeys(tgts) if (ctx.country(k) or k) not in own]


def addressed(h: Token | None, ctx: _Ctx) -> bool:
    """Whether speech verb ``h`` names the person or state it is addressed to ('told Doval that', 'told
    him the two sides should ...'): a proposal that includes the speaker's side is then an appeal to the
    one told; not an outlet or the press it is told to ('told Yle', 'told reporters')."""
    return h is not None and any(
        c.dep_ in ("dobj", "dative")
        and (c.pos_ == "PRON" or ctx.etype(ctx.linked(c) or "") in ("Person", "Country"))
        for c in h.children
    )


def _reported_demands(doc: Doc, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> list[_Draft]:
    """'X said Y must withdraw', 'X insisted that Y should resume talks': a demand (CAMEO 100) or
    appeal (020) of the speaker to the subject of the modal clause (event_lexicon 'reported_demand')."""
    rd = lx.raw["reported_demand"]
    mand = rd.get("mandative", {})
    out: list[_Draft] = []
    heads: list[Token] = []  # verbs of demanding or proposing, for _mandative_demands (one pass)
    for t in doc:
        if t.dep_ != "aux" or t.lower_ not in rd["aux"]:
            if t.pos_ == "VERB" and (t.lemma_.lower() in mand or t.lemma_.lower() in rd["for_clause"]):
                heads.append(t)
            continue
        v = t.head
        h = v.head
        if v.dep_ != "ccomp" or v.pos_ != "VERB" or h.lemma_.lower() not in rd["speech_verbs"] or _negated(h):
            continue
        if any(c.dep_ in ("aux", "mark") and c.lower_ in ("if", "unless") for c in v.children):
            continue
        if _speech_acts.warning_clause(v):
            continue  # "said Y must pay the price": a warning (kg.extract.speech_acts), not a demand
        if _beneficiary_clause(v, rd):
            continue  # "said Y must have security guarantees": Y gets, is asked nothing
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        named = [k for s in subj for k in actors_of(s, ctx)]
        srcs, tgts = _other_sides(_verb_subjects(h, ctx)[0], named, ctx)
        if not tgts or not srcs or len(tgts) < len(set(named)) and not addressed(h, ctx):
            continue  # "said Finland and its NATO allies must improve ...": a resolve the speaker shares
        cameo, gold = rd["aux"][t.lower_]
        typ, mode = "REQUEST", None
        if _speech_acts.self_examination(v):  # "said Y should look at itself": a rebuke
            (typ, mode), (cameo, gold) = ("ACCUSE", "disapprove"), _speech_acts.self_examination_code()
        trig = Trigger(key=t.lower_, pos="VERB", type=typ, cameo=cameo, goldstein=gold, mode=mode)
        d = _governed_draft(
            trig, h, h, None, (), srcs, tgts, f"{h.text} ... {t.text} {v.text}", ctx, lx, consumed
        )
        if d is not None:
            out.append(d)
    return out + _mandative_demands(heads, ctx, lx, consumed)


def _beneficiary_clause(v: Token, rd: dict) -> bool:
    """A demanded clause whose subject gets something ('Y must have guarantees', 'Y should receive
    more aid', 'Y must be given a seat'), unless what it gets is refused ('must have no weapons')
    (event_lexicon 'reported_demand' beneficiary_verbs)."""
    low = v.lemma_.lower()
    passive = _has_child(v, ("auxpass",))
    if not (
        (low in rd.get("beneficiary_verbs", ()) and not passive)
        or (low in rd.get("beneficiary_passives", ()) and passive)
    ):
        return False
    return not _negated(v) and not any(c.dep_ in OBJ and _has_child(c, ("det",), ("no",)) for c in v.children)


def _voiced_feelings(doc: Doc, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> list[_Draft]:
    """'Berlin was deeply disappointed by Budapest's decision', 'Tokyo said it was alarmed at the North
    Korean launch': the experiencer of a feeling of disapproval disapproves of the act that causes it
    (CAMEO 111; event_lexicon 'voiced_feeling')."""
    cfg = lx.raw["voiced_feeling"]
    words = set(cfg["words"])
    out: list[_Draft] = []
    lems, low = lower_lemmas(doc), lower_words(doc)
    for i in range(len(doc)):
        if lems[i] not in words and low[i] not in words:
            continue
        t = doc[i]
        if t.tag_ == "VBN" and _has_child(t, ("auxpass",)):
            subj = [c for c in t.children if c.dep_ == "nsubjpass"]
            v = t
        elif t.dep_ == "acomp" and t.head.lemma_.lower() in cfg["copulas"]:
            subj = [c for c in t.head.children if c.dep_ == "nsubj"]
            v = t.head
        else:
            continue
        if not subj or _negated(t) or _negated(v):
            continue
        topic = t.lemma_.lower() in cfg["with_topic"] or t.lower_ in cfg["with_topic"]
        objs = _pobjs(t, tuple(p for p in cfg["preps"] if not (topic and p == "with")))
        tgts = [k for p in objs for k in actors_of(p, ctx)]
        tgts += [k for p in objs for c in p.children if c.dep_ == "poss" for k in actors_of(c, ctx)]
        # "was outraged that the IMO was voting to ...": the doer in a 'that' clause of an act done
        tgts += [
            k
            for c in dict.fromkeys((*t.children, *v.children))
            if c.dep_ == "ccomp" and not _modal(c) & {"might", "could", "may", "would", "will"}
            for sb in c.children
            if sb.dep_ in ("nsubj", "nsubjpass") and sb.lower_ not in ("it", "this", "that", "there")
            for k in actors_of(sb, ctx)
        ]
        named = bool(tgts)
        srcs, tgts = _other_sides(actors_of(subj[0], ctx), tgts, ctx)
        # "Tokyo was alarmed by the launch": the doer of the act is left to the discourse
        if not srcs or not tgts and (named or not _discourse.judged_act(t)):
            continue
        trig = Trigger(
            key=t.lemma_.lower(), pos="VERB", type="ACCUSE", cameo="111", goldstein=-2.0, mode="disapprove"
        )
        d = _Draft(trig, t, v, "ACCUSE", "111", -2.0, "disapprove", (), srcs, tgts)
        d.trigger_text = f"{v.text} {t.text}" if v.i != t.i else t.text
        d = _apply_governors(d, v, ctx, lx, consumed)
        if d is not None:
            out.append(d)
    return out


def _for_clause_subjects(c: Token, lx: Lexicon) -> list[Token]:
    """The subjects of an infinitive asked for with 'for' ('called for Washington to end its embargo',
    'pressed for China, the biggest emitter, to be obliged to pay'; event_lexicon reported_demand
    'for_clause'); none for any other clause."""
    h = c.head
    if c.dep_ != "advcl" or h.i == c.i or h.lemma_.lower() not in lx.raw["reported_demand"]["for_clause"]:
        return []
    if not _has_child(c, ("aux",), ("to",)):
        return []
    if _has_child(c, ("mark",), ("for",)):
        return [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
    if _has_child(c, ("nsubj", "nsubjpass", "mark")):
        return []
    return [p for p in _pobjs(h, ("for",)) if p.i < c.i]  # "pressed for China, ..., to be obliged"


def _mandative_demands(heads: list[Token], ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> list[_Draft]:
    """'X insisted that Y accept only grants', 'X proposed that Y halt the filling': a verb of
    demanding or proposing with a subjunctive clause is a REQUEST of X to Y (event_lexicon
    'reported_demand' 'mandative'). Only a bare subjunctive counts: tag VB, or VBP with a singular
    subject ('that France complete'); 'suggested that Western countries want war' reports a view."""
    mand = lx.raw["reported_demand"].get("mandative", {})
    out: list[_Draft] = []
    forc = lx.raw["reported_demand"]["for_clause"]
    for c in (c for h in heads if h.lemma_.lower() in forc for c in h.children if c.dep_ == "advcl"):
        # "Havana called for Washington to end its embargo": a REQUEST to the infinitive's subject
        h = c.head
        # "called for Sweden's ambassador to be expelled": a passive's subject undergoes the act asked
        # for, it is not asked; one still made to act is ("pressed for China to be obliged to pay")
        patient = _has_child(c, ("auxpass",)) and not _has_child(c, ("xcomp",))
        tgts = [] if patient else [k for s in _for_clause_subjects(c, lx) for k in actors_of(s, ctx)]
        srcs, tgts = _other_sides(_verb_subjects(h, ctx)[0], tgts, ctx)
        if not tgts or not srcs or _negated(h):
            continue
        cameo, gold = forc[h.lemma_.lower()]
        trig = Trigger(key=f"{h.lemma_.lower()} for", pos="VERB", type="REQUEST", cameo=cameo, goldstein=gold)
        d = _Draft(trig, h, h, "REQUEST", cameo, gold, None, (), srcs, tgts)
        d.trigger_text = f"{h.text} for ... {c.text}"
        if (d := _apply_governors(d, h, ctx, lx, consumed)) is not None:
            out.append(d)
    heads = [h for h in heads if h.lemma_.lower() in mand]
    clauses = [c for h in heads for c in h.children if c.dep_ == "ccomp"]
    clauses += [c for v in clauses for c in v.children if c.dep_ == "conj"]
    for v in clauses:
        if v.pos_ != "VERB" or v.tag_ not in ("VB", "VBP"):
            continue
        h = v.head
        if v.dep_ == "conj" and h.dep_ == "ccomp":
            h = h.head  # "suggested that A work ..., and that France complete ...": the second clause
        elif v.dep_ != "ccomp":
            continue
        if h.lemma_.lower() not in mand or h.pos_ != "VERB" or _negated(h):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children) and v.dep_ == "conj":
            continue
        if any(c.dep_ in ("aux", "auxpass") or (c.dep_ == "mark" and c.lower_ != "that") for c in v.children):
            continue  # a modal or tensed clause ('must', 'had'), or 'if'/'whether'
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if not subj or (v.tag_ == "VBP" and any(s.tag_ not in ("NNP", "NN") for s in subj)):
            continue
        tgts = [k for s in subj for k in actors_of(s, ctx)]
        srcs, tgts = _other_sides(_verb_subjects(h, ctx)[0], tgts, ctx)
        if not tgts or not srcs:
            continue
        cameo, gold = mand[h.lemma_.lower()]
        trig = Trigger(key=h.lemma_.lower(), pos="VERB", type="REQUEST", cameo=cameo, goldstein=gold)
        d = _governed_draft(
            trig, h, h, None, (), srcs, tgts, f"{h.text} that ... {v.text}", ctx, lx, consumed
        )
        if d is not None:
            out.append(d)
    return out


def _verb_event(tok: Token, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> _Draft | list[_Draft] | None:
    """The event of a verb trigger; when the most specific lexicon entry finds no recipient
    ("withdraw from" an organization), the next entry is tried ("withdraw" troops from a state)."""
    tried: set[str] = set()
    for _ in range(4):
        trig = _match_trigger(tok, lx, frozenset(tried))
        d = _verb_event_with(trig, tok, ctx, lx, consumed)
        if d is not None and trig is not None and trig.also:
            # "fought alongside X against Y": the verb's own reading too, when it finds a recipient
            other = _match_trigger(tok, lx, frozenset({trig.key}))
            ok = (
                other is not None
                and other.key == trig.also
                and (not other.preps or _has_child(tok, ("prep",), other.preps))
            )
            more = _verb_event_with(other, tok, ctx, lx, consumed) if ok else None
            extra = [m for m in (more if isinstance(more, list) else [more]) if m is not None]
            for m in extra:  # the companion fights on the subject's side, not against it
                m.targets = [k for k in m.targets if k not in _companions(tok, ctx) and k not in m.sources]
            own = d if isinstance(d, list) else [d]
            # "dismissed the statement as interference": a judgement of an act whose author the
            # discourse gives (kg.extract.discourse) waits for it like the verb's own reading
            extra = [
                m
                for m in extra
                if m.targets or (m.type in _discourse.REACTIONS and not any(o.targets for o in own))
            ]
            return [*own, *extra] if extra else d
        if d is not None or trig is None or _negated(tok):
            return d
        tried.add(trig.key)
    return None


def _agreed_partners(v: Token, ctx: _Ctx, lx: Lexicon) -> list[str]:
    """'agreed to open negotiations with Ukraine and Moldova', 'agreed to work with the US', 'agreed to
    supply Armenia with radars', 'agreed to provide aid to Moldova': the partners of the cooperative
    act a verb of agreeing takes as its 'to'-infinitive (event_lexicon 'agreed_act'); none when the
    agreed act is hostile ('agreed to impose sanctions on X')."""
    cfg = lx.raw["agreed_act"]
    comps = [
        c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and _has_child(c, ("aux",), ("to",))
    ]
    comps += [x for c in comps for x in c.children if x.dep_ == "conj" and x.pos_ == "VERB"]
    out: list[str] = []
    for c in comps:
        inner = _match_trigger(c, lx)
        objs = [o for o in c.children if o.dep_ in OBJ]
        nouns = [(o, _match_trigger(o, lx)) for o in objs]
        if (inner is not None and inner.type in NEGATIVE) or any(t and t.type in NEGATIVE for _, t in nouns):
            continue
        out += [k for o, t in nouns if t is None for k in actors_of(o, ctx)]  # "agreed to meet Putin"
        out += [k for p in _pobjs(c, cfg["preps"]) for k in actors_of(p, ctx)]
        out += [k for o, _ in nouns for p in _pobjs(o, cfg["preps"]) for k in actors_of(p, ctx)]
        if any(o.lemma_.lower() in cfg.get("transfer_objects", ()) for o in objs):
            # "agreed to send troops to Mozambique": the 'to' object itself names the state, not "to
            # the border with X"
            out += [
                k for p in _pobjs(c, cfg["transfer_preps"]) for q in _conjuncts(p) if (k := ctx.linked(q))
            ]
        if (inner is not None and inner.type in COOPERATIVE) or any(
            t and t.type in COOPERATIVE for _, t in nouns
        ):
            out += [k for p in _pobjs(c, cfg["transfer_preps"]) for k in actors_of(p, ctx)]
            out += [k for o, _ in nouns for p in _pobjs(o, cfg["transfer_preps"]) for k in actors_of(p, ctx)]
    return out


def _third_party(tok: Token, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> list[_Draft] | None:
    """'talks between X and Y, hosted by Z', 'a meeting hosted in Ankara by Z': Z mediates (CAMEO 045)
    between the parties of the talks (see event_lexicon 'third_party_verbs')."""
    tp = lx.raw["third_party_verbs"]
    if tok.lemma_.lower() not in tp["verbs"]:
        return None
    if tok.tag_ != "VBN" or _has_child(tok, ("nsubj",)):
        return _joint_conveners(tok, ctx, lx, consumed)
    if tok.dep_ == "acl":
        noun = _first_conjunct(tok.head)
        if noun.dep_ == "pobj" and noun.head.lower_ == "between":
            noun = noun.head.head  # "a ceasefire between X and Y, brokered by Z" (misattached participle)
    elif tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        noun = tok.head  # "Qatari-mediated talks", "U.S.-brokered negotiations": the broker before the hyphen
    elif _jointly(tok, lx) and (subj := [c for c in tok.children if c.dep_ == "nsubjpass"]):
        noun = subj[0]  # "the meeting was co-chaired by A and B": the talks are the passive subject
    elif tok.dep_ == "advcl" and tok.head.pos_ == "VERB":
        # "agreed to begin negotiations, facilitated by Turkey": the participle hangs on the verb
        objs = [c for c in tok.head.children if c.dep_ in OBJ and c.i < tok.i]
        if not objs:
            return None
        noun = objs[-1]
    else:
        return None
    nt = _match_trigger(noun, lx) if noun.pos_ in ("NOUN", "PROPN") else None
    talks = nt is not None and nt.type == "CONSULT"
    if not talks:
        # "a ceasefire brokered by Z", "a prisoner swap mediated by Z": Z mediates, the agreement stays
        agreement = (nt is not None and nt.type == "AGREE") or noun.lemma_.lower() in tp["agreement_nouns"]
        if not agreement or tok.lemma_.lower() not in tp["agreement_verbs"]:
            return None
    brokers = [k for a in tok.children if a.dep_ == "agent" for p in a.children for k in actors_of(p, ctx)]
    if brokers and _jointly(tok, lx):
        # "co-chaired by the President of X, A, and the Prime Minister of Y, B": the parser hangs the
        # second titled agent on the participle as its conjunct or on the passive subject as its
        # apposition (after the participle)
        second = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        second += [c for c in noun.children if c.dep_ == "appos" and c.i > tok.i]
        for c in second:
            # "the Prime Minister of Y, B": the named holder (GUIDELINES: the most specific actor)
            named = [
                k
                for t in c.subtree
                if t.dep_ == "appos" and (k := ctx.linked(t)) and ctx.etype(k) == "Person"
            ]
            brokers += named[:1] or actors_of(c, ctx)
    if tok.dep_ == "amod":
        brokers = [
            k
            for c in tok.children
            if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i < tok.i
            for cc in _conjuncts(c)
            if (k := ctx.linked(cc))
        ]
    if not brokers:
        return None
    parties = _between(noun, ctx)
    parties += [
        k
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i and c.i != tok.i
        for k in actors_of(c, ctx)
    ]
    from_clause = not parties
    if from_clause and noun.dep_ == "pobj" and noun.head.lower_ in lx.raw["third_party_verbs"]["time_preps"]:
        return None  # "X, which fought Y until a UN-brokered ceasefire in 1991": a time, no act of the clause
    if from_clause:  # "X and Y agreed ... at a meeting hosted by Z": the clause's subjects
        h = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ in (*OBJ, "pobj") and h.pos_ in ("VERB", "AUX"):
            if _negated(h) or ((ht := _match_trigger(h, lx)) is not None and ht.mode == "boycott"):
                return None  # "did not attend the meeting hosted by Z", "boycotted the summit hosted by Z"
            # "the declaration agreed between X and Y at a meeting hosted by Z": the parties named
            parties = _between(h, ctx) or _verb_subjects(h, ctx)[0]
    parties = [k for k in dict.fromkeys(parties) if k not in brokers]
    if not parties and talks and len(brokers) > 1 and _jointly(tok, lx) and not _negated(tok):
        # "the meeting was co-chaired by A and B", "the conference, co-hosted by Jordan and Egypt,": the
        # co-hosts of a meeting meet each other (CAMEO 044)
        trig = Trigger(key=tok.lemma_.lower(), pos="VERB", type="CONSULT", cameo="044", goldstein=2.5)
        d = _Draft(trig, tok, tok, "CONSULT", "044", 2.5, "multilateral", (), brokers, [])
        d.trigger_text = f"{noun.text} {tok.text}"
        res = _apply_governors(d, tok, ctx, lx, consumed)
        return [res] if res is not None else None
    if not parties:
        return None
    trig = Trigger(
        key=tok.lemma_.lower(), pos="VERB", type="CONSULT", cameo="045", goldstein=5.0, mode="third-party"
    )
    d = _Draft(trig, tok, tok, "CONSULT", "045", 5.0, "third-party", (), brokers, parties)
    d.trigger_text = f"{noun.text} {tok.text}"
    out = [d]
    if talks and from_clause and len(parties) > 1:
        # the meeting itself, between the parties (CAMEO 04x of the noun)
        talks = _Draft(nt, noun, tok, "CONSULT", nt.cameo, nt.goldstein, nt.mode, (), list(parties), [])
        talks.trigger_text = noun.text
        out.append(talks)
    res = [x for x in (_apply_governors(x, tok, ctx, lx, consumed) for x in out) if x is not None]
    return res or None


def _joint_conveners(tok: Token, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> list[_Draft] | None:
    """'A and B co-chaired the summit', 'A co-hosted the meeting with B', 'A and B jointly convened
    the conference': the co-hosts of a meeting with no parties of its own meet each other (CAMEO 044),
    as in the passive 'the summit was co-chaired by A and B' (event_lexicon third_party_verbs
    'joint_about'); talks between others ('co-hosted talks between X and Y') are left to the host."""
    if not _jointly(tok, lx) or _negated(tok):
        return None
    meetings = [
        o
        for o in tok.children
        if o.dep_ == "dobj" and (nt := _match_trigger(o, lx)) is not None and nt.type == "CONSULT"
    ]
    if not meetings or any(
        any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in o.children)
        or any(c.dep_ in ("poss", "amod", "compound") and actors_of(c, ctx) for c in o.children)
        for o in (*meetings, tok)
    ):
        return None  # talks of others ("co-hosted talks between the army and the RSF", "Sudan talks")
    hosts = _verb_subjects(tok, ctx)[0] + [k for p in _pobjs(tok, ("with",)) for k in actors_of(p, ctx)]
    # "Mauritanian President X and Y": the demonym's state is X's own, no second host
    hosts = [k for k in dict.fromkeys(hosts) if not any(h != k and ctx.country(h) == k for h in hosts)]
    if len(hosts) < 2:
        return None
    trig = Trigger(key=tok.lemma_.lower(), pos="VERB", type="CONSULT", cameo="044", goldstein=2.5)
    d = _Draft(trig, tok, tok, "CONSULT", "044", 2.5, "multilateral", (), hosts, [])
    d.trigger_text = f"{tok.text} {meetings[0].text}"
    res = _apply_governors(d, tok, ctx, lx, consumed)
    return [res] if res is not None else None


def _like_act(np: Token) -> bool:
    """'a similar agreement', 'similar accords', 'such a deal': an act said to be like the clause's own,
    so done by the clause's subject too (cues.json 'like_act_modifiers')."""
    return _has_child(np, ("amod", "predet"), lexicon().cues["like_act_modifiers"]["words"])


def _boycotted(v: Token, ctx: _Ctx) -> list[str]:
    """Whom a boycott protests (CAMEO 143, PLOVER PROTEST 'boycott'): the author of what an 'in protest
    at/against/over' phrase names ('boycotting the meeting in protest at X's attendance'), else the
    owner or organizer of the boycotted event ('X's summit', 'the Tokyo-organized ceremony', 'the
    summit hosted by X')."""
    protest = lexicon().raw["boycott_targets"]
    out: list[str] = []
    objs = [o for o in v.children if o.dep_ in OBJ]
    for p in (q for h in (v, *objs) for q in _pobjs(h, ("in",))):  # 'in protest' on the verb or its object
        if p.lemma_.lower() in protest["nouns"]:
            # "in protest at X's attendance", the 'at' phrase often hung on the noun or verb before
            for q in (
                _pobjs(p, protest["preps"]) or _pobjs(p.head.head, protest["preps"]) or _pobjs(v, ("at",))
            ):
                out += actors_of(q, ctx) or [
                    k for c in q.children if c.dep_ == "poss" for k in actors_of(c, ctx)
                ]
    if out:
        return out
    for o in objs:
        out += [k for c in o.children if c.dep_ in ("poss", "compound", "nmod") for k in actors_of(c, ctx)]
        for a in o.children:
            if a.dep_ in ("amod", "acl") and a.tag_ == "VBN" and a.lemma_.lower() in protest["organizing"]:
                # "the Japan-organized ceremony", "the summit hosted by Uganda"
                out += [
                    k for c in a.children if c.dep_ in ("npadvmod", "compound") for k in actors_of(c, ctx)
                ]
                out += [k for b in _pobjs(a, ("by",)) for k in actors_of(b, ctx)]
    return out


def _jointly(v: Token, lx: Lexicon) -> bool:
    """'co-chaired', 'co-hosted', 'jointly hosted', 'hosted together by': a role shared by its agents
    (event_lexicon third_party_verbs 'joint_prefixes', 'joint_adverbs')."""
    tp = lx.raw["third_party_verbs"]
    return any(v.lower_.startswith(p) for p in tp["joint_prefixes"]) or _has_child(
        v, ("advmod",), tuple(tp["joint_adverbs"])
    )


def _broker_phrase(tok: Token) -> bool:
    """'with Russian mediation', 'under the auspices of the AU': a third party's role named in a
    phrase (event_lexicon third_party_verbs 'nouns', 'noun_preps')."""
    tp = lexicon().raw["third_party_verbs"]
    return (tok.lemma_.lower() in tp["nouns"] or tok.lower_ in tp["nouns"]) and tok.head.lower_ in tp[
        "noun_preps"
    ]


def _leads_talks(gov: Token, np: Token, tok: Token, trig: Trigger, ctx: _Ctx, lx: Lexicon) -> bool:
    """'Norway has led peace talks between X and Y', 'the EU chairs the dialogue between X and Y':
    the verb's subject is a third party to the talks between others (event_lexicon third_party_verbs
    'between_verbs'), read like 'Qatar hosted talks between X and Y'."""
    return (
        trig.type == "CONSULT"
        and np.dep_ in OBJ
        and gov.lemma_.lower() in lx.raw["third_party_verbs"]["between_verbs"]
        and bool(_between(tok, ctx))
    )


def _third_party_phrase(tok: Token, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> list[_Draft] | None:
    """'held talks under the auspices of Z', 'resumed talks under Qatari and Egyptian mediation',
    'swapped prisoners with UAE mediation', 'agreed a truce through Z's mediation': Z mediates (CAMEO
    045) between the parties of the talks, agreement or exchange the phrase hangs on (event_lexicon
    'third_party_verbs' nouns and noun_preps); co-mediators confer with each other as well."""
    tp = lx.raw["third_party_verbs"]
    if tok.lemma_.lower() not in tp["nouns"] and tok.lower_ not in tp["nouns"]:
        return None
    if tok.dep_ != "pobj" or not _broker_phrase(tok) or _noun_negated(tok):
        return None
    brokers = [k for c in tok.children if c.dep_ == "poss" for k in actors_of(c, ctx)]
    brokers += [
        k
        for c in tok.children
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
        for cc in _conjuncts(c)
        if (k := ctx.linked(cc))
    ]
    brokers += [k for p in _pobjs(tok, ("of",)) for k in actors_of(p, ctx)]
    brokers = list(dict.fromkeys(brokers))
    if not brokers:
        return None
    h = tok.head.head
    parties: list[str] = []
    if h.pos_ in ("NOUN", "PROPN"):
        nt = _match_trigger(h, lx)
        if (
            not (nt is not None and nt.type in ("CONSULT", "AGREE"))
            and h.lemma_.lower() not in tp["agreement_nouns"]
        ):
            return None  # "troops deployed under UN auspices": no talks, no broker
        parties = _between(h, ctx) + [
            k
            for c in h.children
            if c.dep_ in ("poss", "amod", "compound") and c.i < h.i
            for k in actors_of(c, ctx)
        ]
        if not parties and h.dep_ in OBJ and h.head.pos_ in ("VERB", "AUX"):
            h = h.head  # "X and Y resumed talks under Z's auspices": the clause's subjects
    if not parties and h.pos_ in ("VERB", "AUX"):
        vt = _match_trigger(h, lx)
        own = (vt is not None and vt.type in ("CONSULT", "AGREE")) or h.lemma_.lower() in tp[
            "agreement_nouns"
        ]
        objs = [o for o in h.children if o.dep_ in OBJ]
        if not own and not any(
            (ot := _match_trigger(o, lx)) is not None
            and ot.type in ("CONSULT", "AGREE")
            or o.lemma_.lower() in tp["agreement_nouns"]
            for o in objs
        ):
            return None
        if _negated(h):
            return None
        parties = _between(h, ctx) or _verb_subjects(h, ctx)[0]
    parties = [k for k in dict.fromkeys(parties) if k not in brokers]
    if not parties:
        return None
    trig = Trigger(
        key=tok.lemma_.lower(), pos="NOUN", type="CONSULT", cameo="045", goldstein=5.0, mode="third-party"
    )
    out = [_Draft(trig, tok, tok, "CONSULT", "045", 5.0, "third-party", (), brokers, parties)]
    if len(brokers) > 1:  # "under Qatari and Egyptian mediation": the co-mediators confer
        out.append(_Draft(trig, tok, tok, "CONSULT", "045", 5.0, "third-party", (), brokers, []))
    for d in out:
        d.trigger_text = f"{tok.head.text} {tok.text}"
    res = [x for x in (_apply_governors(x, tok, ctx, lx, consumed) for x in out) if x is not None]
    return res or None


def _setting_visit(d: _Draft) -> bool:
    """A visit or meeting noun in a 'during'/'on'/'at' phrase ('during a visit to Yerevan by X', 'on a
    trip to Hanoi'): the setting of the clause it hangs on."""
    t = d.tok
    return (
        d.type == "CONSULT"
        and t.pos_ in ("NOUN", "PROPN")
        and t.dep_ == "pobj"
        and t.head.lower_ in ("during", "on", "at")
    )


def _earlier_owner(tok: Token, ctx: _Ctx, lx: Lexicon) -> list[str]:
    """'Sweden's bid stalled amid objections ... The Turkish parliament ratified the bid': a definite
    object noun of 'owned_antecedent' with no owner of its own refers back to the latest earlier mention
    of the same noun that names its owner state (possessor or demonym) within 'window_sentences'."""
    cfg = lx.raw["owned_antecedent"]
    doc = tok.doc
    for o in tok.children:
        if o.dep_ not in OBJ or o.lemma_.lower() not in cfg["nouns"]:
            continue
        if not _has_child(o, ("det",), ("the", "this", "that")):
            continue
        first = sentence(tok).start
        for _ in range(cfg["window_sentences"]):
            if first == 0:
                break
            first = sentence(doc[first - 1]).start
        for t in reversed(doc[first : o.i]):
            if t.i == o.i or t.lemma_.lower() != o.lemma_.lower() or t.pos_ != "NOUN":
                continue
            owners = [
                k
                for c in t.children
                if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < t.i
                for k in [ctx.linked(c)]
                if k and ctx.etype(k) == "Country"
            ]
            if owners:
                return owners
    return []


def _misread_objects(tok: Token, lx: Lexicon) -> list[Token]:
    """'signed the minerals deal', 'inked the fisheries deal with Senegal': a definite noun phrase whose
    plural modifier the parser reads as a subject and whose head noun as a verb ('the minerals deal(s)'),
    the clause hung on the verb as its complement; the head word (event_lexicon 'misread_nouns') is the
    verb's object. Only a bare such clause right after the verb: no object, auxiliary or marker of its
    own, nothing but the noun phrase's words before it."""
    words = lx.raw["misread_nouns"]["words"]
    out = []
    for c in tok.children:
        if (
            c.dep_ == "ccomp"
            and c.pos_ == "VERB"
            and c.lower_ in words
            and c.i > tok.i + 1
            and tok.doc[tok.i + 1].pos_ == "DET"
            # the words before it form its noun phrase: "the long-delayed minerals"
            and all(
                tok.i < t.head.i <= c.i and (t.pos_ not in ("VERB", "AUX") or t.dep_ == "amod")
                for t in tok.doc[tok.i + 1 : c.i]
            )
            and not any(x.dep_ in (*OBJ, "aux", "auxpass", "mark", "neg") for x in c.children)
        ):
            out.append(c)
    return out


def _one_text_with(tok: Token, srcs: list[str], tgts: list[str], ctx: _Ctx) -> str | None:
    """'signed an agreement with Tanzania and Zambia', 'inked a trilateral pact with Egypt and Jordan',
    'reached an agreement with Moscow and Kyiv': one singular agreement noun (event_lexicon 'one_text')
    as the verb's object (or the event's own noun) whose 'with' phrase -- on the noun, on its 'of' noun
    ('a memorandum of understanding with X') or, as parsed, on the verb -- names all the targets as
    coordinated parties: a single text they all are parties to (PLOVER AGREE between every pair, as
    'A, B and C signed a treaty'); returns "" then. Not plural texts ('signed agreements with A and B':
    one each): None.

    'sealed the deal with the leaders of Brazil, Argentina and Paraguay at a Mercosur summit': when
    the partners are all members of a bloc the sentence names and the source is not, they sign as the
    bloc with an outsider, not a pact among themselves: the bloc's key is returned (it is a party)."""
    nouns = lexicon().raw["one_text"]["nouns"]
    if tok.pos_ == "NOUN":
        texts, tok = [tok], tok.head
    else:
        texts = [c for c in tok.children if c.dep_ in OBJ]
    texts = [t for t in texts if t.tag_ == "NN" and t.lemma_.lower() in nouns]
    if len(texts) != 1:
        return None
    withs = [p for h in (texts[0], *_pobjs(texts[0], ("of",)), tok) for p in _pobjs(h, ("with",))]
    if len(withs) != 1:
        return None
    named = {k for cc in _conjuncts(withs[0]) for k in actors_of(cc, ctx)}
    if not set(tgts) <= named:
        return None
    blocs = dict.fromkeys(k for t in sentence(tok) if (k := ctx.linked(t)) and ctx.etype(k) == "IGO")
    for b in blocs:
        if all(_bloc_member(k, b, ctx) for k in tgts) and not any(_bloc_member(k, b, ctx) for k in srcs):
            return b
    return ""


def _visiting_guest(tok: Token, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> _Draft | None:
    """'Xi told visiting Spanish Prime Minister Pedro Sanchez that ...', 'Visiting Indian Prime Minister
    Modi told Zelensky ...', 'Lula received the visiting German chancellor': 'visiting' as an adjective
    on a person makes the clause a meeting of the guest with the other party of the clause (CAMEO 042/043
    host a visit); a 'visiting' with its own place or host object is the visit verb itself."""
    if tok.lower_ != "visiting":
        return None
    guests: list[str] = []
    hosts: list[str] = []
    v = tok.head
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        np = tok.head
        v = np.head
        guests = actors_of(np, ctx, pronouns=False)
        if v.pos_ not in ("VERB", "AUX"):
            return None
        if np.dep_ in ("dobj", "dative"):
            hosts = _verb_subjects(v, ctx)[0]
        elif np.dep_ in ("nsubj",):
            hosts = [
                k
                for o in v.children
                if o.dep_ in ("dobj", "dative")
                for k in actors_of(o, ctx, pronouns=False)
            ]
    elif tok.dep_ == "xcomp" and v.pos_ == "VERB" and not _has_child(v, OBJ):
        # "told visiting X that ...": the parser makes the guest the participle's object
        guests = [k for o in tok.children if o.dep_ == "dobj" for k in actors_of(o, ctx, pronouns=False)]
        hosts = _verb_subjects(v, ctx)[0]
    elif tok.dep_ == "advcl" and tok.i == sentence(tok).start and not _has_child(tok, (*OBJ, "prep")):
        # "Visiting Indian Prime Minister Modi told Zelensky ...": the parser makes the guest the subject
        guests = _verb_subjects(v, ctx)[0]
        hosts = [
            k for o in v.children if o.dep_ in ("dobj", "dative") for k in actors_of(o, ctx, pronouns=False)
        ]
    guests = [k for k in guests if ctx.etype(k) == "Person"]
    hosts = [k for k in hosts if k not in guests]
    if not guests or not hosts or _negated(v):
        return None
    trig = Trigger(key="visiting", pos="VERB", type="CONSULT", cameo="043", goldstein=2.8, mode="visit")
    d = _Draft(trig, tok, v, "CONSULT", "043", 2.8, "visit", (), hosts, guests)
    d.trigger_text = tok.text
    return _apply_governors(d, v, ctx, lx, consumed)


def _verb_event_with(
    trig: Trigger | None, tok: Token, ctx: _Ctx, lx: Lexicon, consumed: set[int]
) -> _Draft | list[_Draft] | None:
    third = _third_party(tok, ctx, lx, consumed)
    if third is not None:
        return third
    if (guest := _visiting_guest(tok, ctx, lx, consumed)) is not None:
        return guest
    neg_reject = lx.raw["negated_reject"]
    lem = tok.lemma_.lower()
    h = tok.head
    # "is not going to retract anything", "is never going to accept": the future of 'going to'
    going = tok.dep_ == "xcomp" and h.lemma_ == "go" and h.tag_ == "VBG" and _negated(h)
    negated = _negated(tok) or _under_without(tok) or going
    if negated:
        # "would not consider", "will not negotiate", "won't accept": a refusal
        key = lem
        stative = key in lx.raw.get("negated_reject_stative", ())  # "does not recognise X"
        satisfy = lx.raw.get("negated_reject_not_objects", {}).get(key, ())
        if satisfy and any(c.dep_ in OBJ and c.lemma_.lower() in satisfy for c in tok.children):
            return None  # "would never meet the bloc's criteria": no party is refused
        if key in neg_reject and (_modal(tok) & MODAL_REFUSAL or stative or going):
            cameo, gold = neg_reject[key]
            rt = Trigger(key=f"not {lem}", pos="VERB", type="REJECT", cameo=cameo, goldstein=gold)
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            if len(subjects) > 1:
                # "informed the leaders - A, B and C - that X would not join": a parse giving the verb two
                # subjects; the one next to it refuses
                srcs = actors_of(subjects[-1], ctx)
            else:
                srcs, _ = _verb_subjects(tok, ctx)
            event_obj = any(c.dep_ in OBJ and _match_trigger(c, lx) is not None for c in tok.children)
            preps = ("with", "from") if event_obj else ("with", "to", "on", "from")
            tg = _targets_from(tok, "REJECT", preps, ctx, with_obj=True)
            for c in tok.children:
                if c.dep_ in OBJ and _match_trigger(c, lx) is None:  # "any attack on X" does not reject X
                    tg += _targets_from(c, "REJECT", ("with", "to", "on", "from", "for"), ctx, with_obj=False)
                if c.dep_ in ("ccomp", "xcomp") and not tg:  # "would not allow China to build a base"
                    tg += [k for g in c.children if g.dep_ == "nsubj" for k in actors_of(g, ctx)]
            ended = lx.raw.get("negated_reject_ended", {}).get(key)
            if ended and tg and _no_longer(tok) and all(ctx.etype(k) == "Country" for k in tg):
                # "Nauru will no longer recognise Taiwan": recognition withdrawn is ties cut (CAMEO 161)
                typ, code, score, mode = ended
                et = Trigger(key=f"no longer {lem}", pos="VERB", type=typ, cameo=code, goldstein=score)
                et = dataclasses.replace(et, mode=mode, context=("diplomatic",))
                return _Draft(
                    et, tok, tok, typ, code, score, mode, et.context, srcs, tg, trigger_text=tok.text
                )
            refusal = _Draft(
                rt, tok, tok, "REJECT", cameo, gold, None, (), srcs, tg, trigger_text=f"not {tok.text}"
            )
            warned = lx.raw.get("warned_refusal", {})
            h = tok.head
            if tok.dep_ == "ccomp" and h.lemma_.lower() in warned.get("verbs", ()) and not _negated(h):
                # "Netanyahu warned that Israel will not accept Turkish bases in Syria": a refusal
                # announced as a warning is a threat too (CAMEO 130)
                wt, wc, wg = warned["code"]
                tt = Trigger(key=f"{h.lemma_} not {lem}", pos="VERB", type=wt, cameo=wc, goldstein=wg)
                threat = _Draft(tt, tok, h, wt, wc, wg, None, (), list(srcs), list(tg))
                threat.trigger_text = f"{h.text} ... not {tok.text}"
                return [refusal, threat]
            return refusal
        return None
    if trig is None:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and _noun_negated(c) for c in tok.children):
        return None  # "no deal was signed", "no country has recognised it"
    if _warning_about(tok, trig, lx):
        return None  # "warned Warsaw about drones that had lost their course": information, no threat
    if trig.type == "REQUEST" and (q := _question(tok, lx)) is not None:
        # "asked X whether ...": a question, no appeal; "asked X why ...": a reproach (CAMEO 111)
        if q not in lx.raw["asked_question"]["reproach_words"]:
            return None
        typ, cameo, gold, mode = lx.raw["asked_question"]["reproach"]
        trig = dataclasses.replace(trig, type=typ, cameo=cameo, goldstein=gold, mode=mode)
    if trig.type == "REJECT" and any(
        c.dep_ == "xcomp" and (_match_trigger(c, lx) is not None or _discourse.non_answer(c))
        for c in tok.children
    ):
        return None  # "refused to meet X": coded on the inner event; "refused to comment": nothing
    srcs, from_agent = _verb_subjects(tok, ctx)
    passive = _has_child(tok, ("nsubjpass", "auxpass"))
    tgts: list[str] = []
    if passive:
        # "proposals to sanction Georgian officials were blocked by X": the passive subject of a verb
        # whose object is a topic is what is acted on (its author is found below), as in the active
        tgts = (
            _passive_subjects(tok, ctx)
            if trig.obj != "topic"
            # "Modi was welcomed by Marape": an actor itself as the subject is still the one acted on
            else [k for c in subj_pass if (k := ctx.linked(c))]
            if len(subj_pass := [c for c in tok.children if c.dep_ == "nsubjpass"]) == 1
            else []
        )
        if not from_agent:
            srcs = []
        elif trig.type == "CONSULT" and not tgts and _guest_subject(tok):
            # "they were met at the airport by X and Y": the agents receive one guest together; they
            # do not meet each other (no pairing of co-agents)
            return None
        if not srcs and trig.type in SYMMETRIC:
            # "a ceasefire was agreed between X and Y", "the memorandum was signed between X and Y"
            srcs = _between(tok, ctx)
        if not srcs and trig.passive_source:
            # "French troops were forced out of Mali and Niger": the states left are the ones expelling
            places = _pobjs(tok, trig.passive_source) + [
                q for o in tok.children if o.lower_ == "out" for q in _pobjs(o, trig.passive_source)
            ]
            # "was summoned to the Foreign Office": a state's ministry stands for the state
            srcs = [
                k
                for p in places
                for k in actors_of(p, ctx)
                if ctx.etype(k) == "Country" or (ctx.etype(k) == "Organization" and ctx.country(k))
            ]
            if not srcs and trig.mode == "expel":
                # "Mali was suspended from ECOWAS", "was expelled from the Council of Europe", "from
                # AU activities": the body (or the body whose meetings are named) puts the member out
                srcs = [
                    k
                    for p in places
                    for q in (p, *(c for c in p.children if c.dep_ in ("compound", "nmod", "poss")))
                    for k in actors_of(q, ctx)
                    if ctx.etype(k) == "IGO"
                ]
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and any(c.text in ("-", "\u2013") for c in tok.children):
        # "Iran-backed Houthi rebels", "Russian-occupied territory": the hyphenated actor acts on the head noun
        agents = [
            k
            for c in tok.children
            if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
            for k in actors_of(c, ctx)
        ]
        if agents:
            srcs, tgts = agents, [k for k in actors_of(tok.head, ctx) if k not in agents]
    if srcs and not passive:
        comp = [k for k in _companions(tok, ctx) if k not in srcs]
        if trig.type == "CONSULT" and comp and not tgts and trig.particle in ("alongside", "beside"):
            # "standing alongside A and B, X said": X meets each of them, as in "X met A and B"; the
            # companions of a meeting are its other side, not co-hosts meeting each other
            tgts = comp
        else:
            srcs = srcs + comp
    if (
        srcs
        and not passive
        and trig.mode == "visit"
        and "with" not in trig.preps
        and (_has_child(tok, OBJ) or _has_child(tok, ("prep",), ("to",)))
    ):
        # "visited Kyiv with the Polish president", "travelled to X with Spain's prime minister": a
        # 'with' phrase after the place visited names a companion of the visit, not its host
        srcs = srcs + [k for p in _pobjs(tok, ("with",)) for k in actors_of(p, ctx) if k not in srcs]
    # "President X hosted Y in Cairo" parsed as a participle on 'Y' that has X for its subject: a verb
    # with its subject cannot modify a noun, so the noun is the verb's object
    head_obj = None
    if (
        tok.dep_ == "amod"
        and tok.tag_ in ("VBD", "VBN")
        and tok.head.i > tok.i
        and _has_child(tok, ("nsubj",))
    ):
        head_obj = tok.head
        while head_obj.dep_ == "compound" and head_obj.head.i > head_obj.i:
            head_obj = head_obj.head  # "hosted President Ilham Aliyev": the title is a compound of the name
    if head_obj is None and trig.mode == "phone" and tok.dep_ != "relcl" and not _has_child(tok, OBJ):
        # "Erdogan called Aliyev on Sunday" parsed as naming ('oprd'): a name alone is the one called
        # (not in a relative clause: "the islands, which Vietnam calls Hoang Sa")
        head_obj = next((c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
    with_obj = trig.obj == "target" or (
        trig.requires_obj and any(p.lemma_.lower() in trig.requires_obj for p in _pobjs(tok, ("with",)))
    )  # "supplied the rebels with weapons": the object is the recipient
    venue_only = trig.mode == "visit" and _summit_trip(tok, lx)
    tgts += _targets_from(tok, trig.type, trig.preps, ctx, with_obj=with_obj, venue_only=venue_only)
    if trig.mode == "boycott" and not tgts:
        tgts += [k for k in _boycotted(tok, ctx) if k not in srcs]
    if (
        with_obj
        and from_agent
        and tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and not _has_child(tok, OBJ)
        and all(
            p.pos_ == "PROPN"
            for a in tok.children
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj"
        )
    ):
        # "Turkey, backed by Qatar, sent troops", "M23 rebels, backed by Rwanda,": a passive participle's
        # noun is its object; not with a described agent ("forces, backed by NATO allies, shot down
        # drones": the manner of their own operation)
        tgts += [k for k in actors_of(tok.head, ctx, pronouns=False) if k not in srcs]
    if (
        not srcs
        and not from_agent
        and trig.mode == "expel"
        and trig.passive_source
        and tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and not _has_child(tok, OBJ)
    ):
        # "Niger, suspended from the African Union after the coup,", "Russia, expelled from the Council
        # of Europe in 2022,": a passive participle on a state; the body it is put out of acts
        srcs = [
            k for p in _pobjs(tok, trig.passive_source) for k in actors_of(p, ctx) if ctx.etype(k) == "IGO"
        ]
        noun = tok.head
        if noun.lower_ in ("all", "both") and noun.i >= 2 and tok.doc[noun.i - 1].text == ",":
            # "Sudan, Mali and Niger, all suspended from the AU after military takeovers": the list
            noun = _first_conjunct(tok.doc[noun.i - 2])
        if srcs:
            tgts += [k for n in _conjuncts(noun) for k in actors_of(n, ctx, pronouns=False) if k not in srcs]
    if head_obj is not None and with_obj:
        tgts += actors_of(head_obj, ctx)
    own_partner = any(  # "stands with Ukraine and accused Moscow": 'with' is its own partner
        p.dep_ == "pobj" and actors_of(p, ctx) for p in _pobjs(tok, (trig.particle,) if trig.particle else ())
    )
    if with_obj and not tgts and not _has_child(tok, OBJ) and not own_partner:
        # "Iran backs and arms the Houthis": coordinated verbs share the last one's object
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and not _has_child(c, SUBJ):
                tgts += [k for o in c.children if o.dep_ in OBJ for k in actors_of(o, ctx)]
                break
    if with_obj and (cc := _contact_clause(tok)) is not None:
        tgts += actors_of(cc[1], ctx)  # "X, the group Israel blames for the attack": X is blamed
    elif with_obj and not tgts and _gapped_object(tok):
        # "the Yemeni movement Washington accuses of ...": the noun a relative clause without 'that'
        # hangs on is its object; an appositive noun stands for the actor it describes
        ante = tok.head
        tgts += (actors_of(ante.head, ctx) if ante.dep_ == "appos" else []) or actors_of(ante, ctx)
        if not tgts and ante.dep_ == "attr" and ante.head.lemma_ == "be":
            # "Warsaw was the first foreign capital Zelensky visited": the copula's subject is the
            # noun the gapped relative describes
            tgts += [k for c in ante.head.children if c.dep_ == "nsubj" for k in actors_of(c, ctx)]
    if trig.type == "AGREE" and not tgts and lem in lx.raw["agreed_act"]["verbs"]:
        # "the EU agreed to open accession talks with Ukraine": the partner of the agreed act
        tgts += [k for k in _agreed_partners(tok, ctx, lx) if k not in srcs]
    if trig.particle:  # "called on X", "sided with X": the particle's object
        tgts += [k for p in _pobjs(tok, (trig.particle,)) for k in actors_of(p, ctx)]
        # "pulled its troops out of Syria": the object of a preposition on the particle
        tgts += [
            k
            for c in tok.children
            if c.lower_ == trig.particle and c.dep_ in ("prep", "prt", "advmod")
            for p in _pobjs(c, trig.preps)
            for k in actors_of(p, ctx)
        ]
        # "stands shoulder to shoulder with X": the phrase on the particle's own object
        tgts += [
            k
            for c in tok.children
            if c.lower_ == trig.particle and c.dep_ == "prep" and trig.requires_obj
            for q in c.children
            if q.dep_ == "pobj" and q.lemma_.lower() in trig.requires_obj
            for p in _pobjs(q, trig.preps)
            for k in actors_of(p, ctx)
        ]
    # "imposed sanctions on X" parsed with the prep under the object
    misread = _misread_objects(tok, lx) if trig.requires_obj else []
    for c in [*tok.children, *misread]:
        if c.dep_ in OBJ or c in misread:
            if not (trig.type == "ACCUSE" and not trig.requires_obj and trig.obj != "topic"):
                # "condemned the charges against X", "the sanctions against Huawei": the one a
                # judged act is aimed at is its victim, never the one criticised
                tgts += _targets_from(c, trig.type, trig.preps, ctx, with_obj=False)
            if trig.type in SYMMETRIC:
                # "signed a memorandum of understanding with X": the partner hung on the 'of' noun
                tgts += [
                    k
                    for q in _pobjs(c, ("of",))
                    for k in _targets_from(q, trig.type, trig.preps, ctx, with_obj=False)
                ]
            # "sent a plane carrying supplies to X": the destination hung on the cargo participle
            tgts += [
                k
                for a in c.children
                if a.dep_ == "acl" and a.lemma_.lower() in lx.raw.get("cargo_verbs", {}).get("verbs", ())
                for k in _targets_from(a, trig.type, trig.preps, ctx, with_obj=False)
            ]
            if trig.co_code:
                # "closed the crossing point on its border with X", "shut the checkpoints on the X border"
                tgts += [k for k in _border_partners(c, ctx, lx) if k not in srcs]
    if trig.co_code:  # "closed the last crossing point on its border with X": the phrase on the verb
        tgts += [k for k in _border_partners(tok, ctx, lx) if k not in srcs]
    if (
        trig.type in ("REJECT", "ACCUSE", "SUPPORT")
        or (trig.type == "AGREE" and trig.requires_obj)
        or (trig.type == "CONCEDE" and trig.particle and trig.requires_obj)  # "agreed to X's demands"
    ):
        # "rejected criticism from Washington", "dismissed Iran's proposal", "accepted the plan,
        # which was drafted by Egypt": the author of what is rejected or accepted
        # "switched its allegiance from Taipei to Beijing": with the recipient named in the verb's own
        # phrase, a 'from' phrase on the object is where it came from, not its author
        moved = trig.obj == "topic" and any(actors_of(p, ctx) for p in _pobjs(tok, trig.preps))
        if trig.type in ("REJECT", "SUPPORT"):
            # "rejected what Washington proposed", "rejects what was announced by the EU", "welcomed
            # what Riyadh announced": a free relative's subject or agent authored what is judged
            for v in tok.children:
                if v.dep_ == "ccomp" and v.lemma_.lower() not in lx.cues["naming_verbs"]:
                    what = [c for c in v.children if c.lower_ == "what" and c.dep_ in (*OBJ, "nsubjpass")]
                    if what and what[0].i == v.left_edge.i:
                        tgts += _verb_subjects(v, ctx)[0]
        judged = [c for c in tok.children if c.dep_ in (*OBJ, "nsubjpass")]
        if trig.type in ("AGREE", "CONCEDE") and trig.particle:
            # "agreed to Kyiv's request", "agreed to all of Washington's terms": the particle's object
            # (through a partitive 'all of') is what is agreed to
            judged += [
                q
                for p in _pobjs(tok, (trig.particle,))
                for q in ([p, *_pobjs(p, ("of",))] if p.lower_ in ("all", "most") else [p])
                if q.lemma_.lower() in trig.requires_obj
            ]
        for c in judged:
            # "Iran's proposal was rejected by the US": the passive subject is what is rejected
            if not ctx.linked(c):
                # "criticised Serbia's rhetoric and Kosovo's handling of the raid": each owner
                tgts += [
                    k
                    for cc in _conjuncts(c)
                    if cc.i == c.i or not ctx.linked(cc)
                    for g in cc.children
                    if g.dep_ == "poss"
                    for k in actors_of(g, ctx)
                ]
                tgts += [
                    k for p in _pobjs(c, ("by",) if moved else ("from", "by")) for k in actors_of(p, ctx)
                ]
                # "denounced the drills staged by A and B", "condemned the sanctions imposed by X",
                # "welcomed the plan put forward by Y": the agent of the judged act's participle
                # (not for an agreement: "signed an accord hosted by X" names no party)
                if trig.type in ("ACCUSE", "REJECT", "SUPPORT"):
                    tgts += _participle_agents(c, ctx)
                if trig.type in ("REJECT", "SUPPORT") or trig.particle:
                    # "welcomed the UK announcement", "rejected the Chinese proposal", "a Russian-backed
                    # plan": a state named on what is welcomed or rejected is its author; so is an
                    # organization of states named on an authored act ("welcomed the EU decision",
                    # "rejected the ECOWAS ultimatum"; event_lexicon 'authored_nouns')
                    authors = (
                        ("Country", "IGO")
                        if c.lemma_.lower() in lx.raw["authored_nouns"]["nouns"]
                        else ("Country",)
                    )
                    tgts += [
                        k
                        for g in c.children
                        if g.dep_ in ("amod", "compound", "nmod") and g.i < c.i
                        for gg in [g, *(x for x in g.children if x.dep_ in ("npadvmod", "compound", "amod"))]
                        for k in [ctx.linked(gg)]
                        if k and ctx.etype(k) in authors
                    ]
                    if c.lemma_.lower() in lx.raw["authored_nouns"]["nouns"]:
                        # "welcomed the decision of the AU": the 'of' phrase of an authored act
                        tgts += [k for p in _pobjs(c, ("of",)) for k in actors_of(p, ctx)]
                tgts += [
                    k
                    for a in c.children
                    if a.dep_ in ("acl", "relcl") and a.lemma_.lower() in PROPOSER_VERBS
                    for p in _pobjs(a, ("by",))
                    for k in actors_of(p, ctx)
                ]
                # "dismissed a case that Sudan had brought", "rejected the plan Egypt put forward": the
                # subject of a relative clause whose object is what is rejected is its author
                tgts += [
                    k
                    for a in c.children
                    if (
                        (a.dep_ == "relcl" and not _has_child(a, ("mark",)))
                        # "a case that Sudan had brought" parsed as a 'that'-clause: a transitive
                        # clause lacking its object, on a noun that is no statement ('the claim that')
                        or (
                            a.dep_ == "acl"
                            and a.tag_ in ("VBD", "VBN")
                            and _has_child(a, ("mark",), ("that",))
                            and not _text_noun(c)
                            and c.lemma_.lower() not in lx.cues["negation"].get("summary_nouns", ())
                        )
                    )
                    and not _has_child(a, ("nsubjpass", "ccomp", "xcomp"))
                    and all(o.lower_ in ("that", "which") for o in a.children if o.dep_ in OBJ)
                    for sb in a.children
                    if sb.dep_ == "nsubj" and sb.lower_ not in ("that", "which", "who")
                    for k in actors_of(sb, ctx)
                ]
    if trig.requires_comp and not tgts:
        # "declared Mexico's ambassador, X, persona non grata" parsed as a small clause: its subject
        # is the verb's object
        tgts += [
            k
            for c in tok.children
            if c.dep_ in ("ccomp", "xcomp", "oprd")
            for sb in c.children
            if sb.dep_ in ("nsubj", "nsubjpass")
            for k in actors_of(sb, ctx)
        ]
    if trig.type == "ACCUSE" and tgts:
        # "accused Chad of allowing the UAE to funnel weapons": the one enabled is accused as well
        enabling = lx.raw.get("enabling_verbs", {}).get("verbs", ())
        tgts += [
            k
            for pr in tok.children
            if pr.dep_ == "prep" and pr.lower_ == "of"
            for pc in pr.children
            if pc.dep_ == "pcomp" and pc.lemma_.lower() in enabling and _has_child(pc, ("xcomp", "ccomp"))
            for o in [
                *(c for c in pc.children if c.dep_ in OBJ),
                *(
                    sb
                    for c in pc.children
                    if c.dep_ in ("xcomp", "ccomp")
                    for sb in c.children
                    if sb.dep_ == "nsubj"
                ),
            ]
            for k in actors_of(o, ctx)
        ]
    if trig.type == "REQUEST" and not tgts:
        # "demanded that Armenia withdraw": the addressee is the subject of the demanded clause
        for c in tok.children:
            if c.dep_ == "ccomp":
                tgts += [k for s in c.children if s.dep_ == "nsubj" for k in actors_of(s, ctx)]
        if not tgts and tok.dep_ == "advcl" and _purpose_infinitive(tok) and tok.head.pos_ == "VERB":
            # "summoned the US envoy to demand explanations": the one the main verb acts on is asked
            tgts += [k for c in tok.head.children if c.dep_ in OBJ for k in actors_of(c, ctx)]
    if trig.type == "REQUEST" and not [k for k in tgts if k not in srcs]:
        # "demanded the withdrawal of French troops", "demanded Azerbaijan's withdrawal": the one to act
        ending = lx.raw["demanded_act"].get("ending_nouns", ())
        acts = [
            c for c in tok.children if c.dep_ in OBJ or (c.dep_ == "npadvmod" and c.lemma_.lower() in ending)
        ] + (_pobjs(tok, (trig.particle,)) if trig.particle else [])  # "demanded, again, an end to X"
        tgts += [k for c in acts for k in _act_agents(c, ctx, lx) if k not in srcs]
        meet = lx.cues["discourse"].get("appeal_to_meet")
        if meet and not [k for k in tgts if k not in srcs]:
            # "urged dialogue between Serbia and Kosovo", "urged a truce between A and B": the parties
            # of the talks or ceasefire asked for (cues.json appeal_to_meet)
            for c in acts:
                t = _match_trigger(c, lx)
                if t is not None and (t.type == "CONSULT" or (t.mode or "") in meet.get("modes", {})):
                    tgts += [
                        k for p in _pobjs(c, tuple(meet["preps"])) for k in actors_of(p, ctx) if k not in srcs
                    ]
    if (
        trig.type == "SUPPORT"
        and tok.dep_ == "advcl"
        and _purpose_infinitive(tok)
        and not _floor_taken(tok.head, lx)
    ):
        return None  # "sent troops to support X's war": the purpose of an act, coded on the act
    if tok.lemma_ == "be" and not trig.subject_target:  # "said Y was guilty of": subject_target below
        # "X said the incursion was regrettable": the one reporting the judgement is the source; the
        # target is the actor of the judged event (kg.extract.discourse.nominal_actors)
        h = tok.head
        if tok.dep_ != "ccomp" or h.lemma_.lower() not in _speech():
            return None
        srcs, tgts = _verb_subjects(h, ctx)[0], []
        if not srcs:
            return None
    if trig.clause_target and not tgts:
        # "complained that Panama was charging ridiculous fees": the one complained of is the subject
        # of the 'that'-clause
        tgts = [
            k
            for c in tok.children
            if c.dep_ == "ccomp"
            for sj in c.children
            if sj.dep_ in ("nsubj", "nsubjpass")
            for k in actors_of(sj, ctx, pronouns=False)
            if k not in srcs
        ]
    judged = lx.raw["judged_subject"]
    if trig.subject_target or (
        # "the North was to blame"
        tok.dep_ == "xcomp"
        and tok.head.lemma_ == "be"
        and tok.lemma_.lower() in judged["be_to"]
        and not _has_child(tok, OBJ)
    ):
        # "NATO said Russia poses the gravest threat": the one reporting it accuses the subject, also
        # through an aspectual verb ("said X continues to pose") or a coordinated clause ("said the
        # drills were defensive and that X was to blame")
        c = tok
        for _ in range(4):
            if c.dep_ == "xcomp" or (c.dep_ == "conj" and c.head.dep_ in ("ccomp", "xcomp", "conj")):
                c = c.head
            else:
                break
        h = c.head
        if c.dep_ != "ccomp" or h.lemma_.lower() not in _speech() | set(judged["reporting_verbs"]):
            return None
        tgts, srcs = list(srcs), [k for k in _verb_subjects(h, ctx)[0] if k not in srcs]
        if not srcs or not tgts:
            return None
    if (
        trig.type == "ACCUSE"
        and trig.requires_comp
        and not tgts
        and any(c.dep_ in OBJ and c.lower_ == "what" for c in tok.children)
    ):
        # "tied the curbs to what it called provocations by Pyongyang": a free relative naming an act
        # judged with its agent's 'by' phrase (on the act or, as parsed, on the naming verb)
        named = [tok, *(c for c in tok.children if c.dep_ in ("oprd", "xcomp", "attr"))]
        tgts += [k for x in named for p in _pobjs(x, ("by",)) for k in actors_of(p, ctx) if k not in srcs]
    if trig.speaker_source:
        # "the opposition said the drills made Kenya complicit": a judgement reported as the effect of
        # an act; the one reporting it is the source
        h = tok.head
        if tok.dep_ != "ccomp" or h.lemma_.lower() not in _speech():
            return None
        srcs = [k for k in _verb_subjects(h, ctx)[0] if k not in tgts]
        if not srcs:
            return None
    if (
        trig.requires_obj_actor
        and not any(
            actors_of(c, ctx) and _match_trigger(c, lx) is None
            for c in tok.children
            if c.dep_ in OBJ or (passive and c.dep_ == "nsubjpass")  # "X is recognised by Y": X is the object
        )
        and not (head_obj is not None and actors_of(head_obj, ctx))
        and not (tok.dep_ == "acl" and tok.tag_ == "VBN" and tgts)  # "Niger, suspended from the AU,"
        and not (trig.clause_target and tgts and tok.dep_ != "pcomp")  # "helped Pakistan build the port"
        # "Trump said Sheinbaum had been cooperative. He thanked her": an object 'him'/'her' is the
        # one other person named in its sentence and the one before (discourse.complete fills it in)
        and not _sole_object_person(tok, ctx, srcs)
        # "placed two US drone makers on its entity list": a listing names what it lists, and the
        # state owning the listed firms (a demonym or possessor in the object) is its target
        and not (trig.type == "SANCTION" and trig.particle and _discourse._owner_in_object(tok, ctx))
    ):
        return None  # "hosted a major allied exercise": the event noun codes it, not the verb
    if trig.requires_prep and trig.obj == "target" and not _pobjs(tok, trig.preps):
        return None  # "blasted Kinshasa for ...": words; "jets blasted Hamas positions": no grievance
    if trig.owner_target:
        # not an owner among the subjects: "X and Y ratified its accession" read 'its' as theirs
        tgts = [k for k in tgts if k not in srcs]
    if trig.owner_target and not tgts:  # "bought Chinese air-defence systems": China
        tgts = [k for k in _discourse._owner_in_object(tok, ctx) if k not in srcs]
    if trig.owner_target and not tgts:  # "Sweden's bid stalled ... Turkey ratified the bid": Sweden
        tgts = [k for k in _earlier_owner(tok, ctx, lx) if k not in srcs]
    if trig.type == "ACCUSE" and tok.pos_ in ("VERB", "AUX") and len(tgts) > 1:
        # "protested to the United Nations over Greek plans", "complained to the Security Council about
        # X": the body a complaint is taken to is its forum, not the one complained of (cues.json
        # fallback_attach 'forum_preps')
        forum = {
            k
            for p in _pobjs(tok, tuple(lx.cues["fallback_attach"]["forum_preps"]))
            for k in actors_of(p, ctx)
            if ctx.etype(k) == "IGO"
        }
        if set(tgts) - forum:
            tgts = [k for k in tgts if k not in forum]
    if trig.direct_prep:  # "sent troops to Chad", not "to the border with Russia"
        tgts = [k for k in tgts if any(ctx.linked(p) == k for p in _pobjs(tok, trig.preps))]
    if trig.requires_obj_type:
        # "received Myanmar's foreign minister": an office-holder described by title stands for a
        # person even when only the state is named
        office = "Person" in trig.requires_obj_type and any(
            c.dep_ in OBJ and c.pos_ == "NOUN" and c.lemma_.lower() in _office_nouns() for c in tok.children
        )
        tgts = [k for k in tgts if ctx.etype(k) in trig.requires_obj_type or office]
        if not tgts:
            return None
    typ, cameo, gold, mode = trig.type, trig.cameo, trig.goldstein, trig.mode
    # "threatened X with sanctions", "hit X with tariffs"
    for p in _pobjs(tok, ("with",)):
        inner = _match_trigger(p, lx)
        if inner is not None and inner.type in NEGATIVE and inner.type != trig.type:
            if trig.type == "THREATEN":
                cameo, gold, mode = _threat_code(inner.type, lx)
            elif trig.type in ("ASSAULT", "COERCE"):
                typ, cameo, gold, mode = inner.type, inner.cameo, inner.goldstein, inner.mode
            if not srcs:  # "was hit with new sanctions by the United States"
                srcs = [k for b in _pobjs(p, ("by",)) for k in actors_of(b, ctx)]
            ctx_skip = p.i
            consumed.add(ctx_skip)
    d = _Draft(
        trig,
        tok,
        tok,
        typ,
        cameo,
        gold,
        mode,
        trig.context,
        list(dict.fromkeys(srcs)),
        list(dict.fromkeys(tgts)),
    )
    d.confidence *= trig.confidence
    if d.mode == "third-party" and not d.targets:
        # "negotiations, mediated by Egypt and Qatar": the parties are those of the negotiations
        h = tok.head
        if tok.dep_ == "acl" and h.dep_ in OBJ and h.head.pos_ == "VERB":
            d.targets = [k for k in _verb_subjects(h.head, ctx)[0] if k not in d.sources]
        if not d.targets:
            return None
    if typ == "ASSAULT":
        _assault_mode(d, [c for c in tok.children if c.dep_ in OBJ], lx)
    if typ in ("CONSULT",) and any(
        c.lower_ in ("phone", "telephone") for c in tok.subtree if c.head == tok or c.head.head == tok
    ):
        d.mode, d.cameo = "phone", "041"
    if (
        (
            _each_other(tok)
            or _groups.reciprocal(tok)
            or typ == "MOBILIZE"
            and (_shared_front(tok) or _groups.facing(tok))
        )
        and len(d.sources) == 2
        and not set(d.targets) - set(d.sources)  # "their shared border": their = the subjects
    ):
        d.targets = []
        d.trig = dataclasses.replace(trig, mutual=True)  # "X and Y accused each other of ..."
        trig = d.trig
    if trig.mutual and d.type == trig.type:
        # "Israel and Iran exchanged fire", "X clashed with Y": violence both ways
        if len(d.sources) == 2 and not d.targets:
            a, b = d.sources
        elif len(d.sources) == 1 and len(d.targets) == 1:
            a, b = d.sources[0], d.targets[0]
        else:
            return _apply_governors(d, tok, ctx, lx, consumed)
        d.sources, d.targets = [a], [b]
        single = len(d.trig.preps) > 0 and any(
            c.dep_ == "prep" for c in tok.children if c.lower_ in d.trig.preps
        )
        d2 = dataclasses.replace(d, sources=[b], targets=[a], folded=list(d.folded), mirrored=single)
        both = (_apply_governors(d, tok, ctx, lx, consumed), _apply_governors(d2, tok, ctx, lx, consumed))
        return [x for x in both if x] or None
    return _apply_governors(d, tok, ctx, lx, consumed)


def _stance_adjunct(
    tok: Token, trig: Trigger, ctx: _Ctx, lx: Lexicon, consumed: set[int]
) -> _Draft | None | bool:
    """'voted in favour of Ukraine's resolution', 'came out in favour of the US deployment', 'spoke in
    support of Palestine's bid', 'voted in favor of Kyiv joining NATO': a SUPPORT noun in an 'in <noun>
    of X' adjunct of a verb of taking a stance (event_lexicon 'stance_adjunct'); the verb's subject backs
    X, the owner of the 'of' object or the subject of a gerund there. False when the noun is no such
    adjunct or hangs on another verb (the noun's own reading applies: 'ruled in favour of X' is none,
    'deployed ships in support of X' the noun's); None when the stance is negated or finds no parties."""
    cfg = lx.raw["stance_adjunct"]
    lem = tok.lemma_.lower()
    if lem not in cfg["nouns"]:
        return False
    only = None if lem in cfg["only_adjunct"] else False  # 'favour' is no event elsewhere
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return only
    ofs = _pobjs(tok, ("of",))
    v = tok.head.head
    if not ofs or v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in cfg["verbs"]:
        return only
    if _negated(v):
        return None
    tgts = []
    for p in ofs:
        got = actors_of(p, ctx)
        if not got:  # "Saudi Arabia's motion", "the US deployment", "Kyiv joining NATO"
            got = [k for c in p.children if c.dep_ in ("poss", "nsubj") for k in actors_of(c, ctx)]
            got += [
                k
                for c in p.children
                if c.dep_ in ("amod", "compound", "nmod") and c.i < p.i
                for k in [ctx.linked(c)]
                if k and ctx.etype(k) in ("Country", "IGO")
            ]
        tgts += got
    srcs = [k for k in _verb_subjects(v, ctx)[0] if k not in tgts]
    if not srcs or not tgts:
        return None
    d = _Draft(trig, tok, v, trig.type, trig.cameo, trig.goldstein, trig.mode, trig.context, srcs, tgts)
    d.trigger_text = f"in {tok.text} of"
    return _apply_governors(d, v, ctx, lx, consumed)


def _parties_met(tok: Token, gov: Token, ctx: _Ctx, lx: Lexicon) -> bool:
    """'Ghana and Togo agreed to a ceasefire during talks in Accra': talks in a setting phrase of a clause
    whose subject coordinates two states or more are talks among them -- unless the talks name their own
    parties ('talks in Beijing between A, B and C'), the verb is a meeting itself ('met at a summit'),
    or the verb has an actor object the subjects each dealt with ('A and B congratulated C in phone
    calls')."""
    if len({ctx.country(k) or k for k in _verb_subjects(gov, ctx)[0]}) < 2:
        return False
    if _has_child(tok, ("prep",), ("between", "among", "amongst")):
        return False
    t = _match_trigger(gov, lx)
    if t is not None and t.type == "CONSULT":
        return False
    # a named object, resolved or not ("congratulated the Leader of the Nation")
    return not any(
        c.dep_ in ("dobj", "dative") and (c.pos_ == "PROPN" or actors_of(c, ctx)) for c in gov.children
    )


def _noun_event(tok: Token, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> _Draft | list[_Draft] | None:
    if tok.i in consumed:
        return None
    if (third := _third_party_phrase(tok, ctx, lx, consumed)) is not None:
        return third
    trig = _match_trigger(tok, lx)
    if trig is None or _noun_negated(tok):
        return None
    if "<name>" in trig.requires_mod and _name_title(tok):
        tok = tok.head  # "held Exercise Mosi II with ...": the name stands where the noun would
        if tok.i in consumed:
            return None
    if trig.type in COOPERATIVE and _under_restriction(_np_top(tok), lx):
        return None  # "removing a restriction on defence cooperation with X": no cooperation asserted
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "with"
        and tok.lemma_.lower() in lx.raw["with_support"]["nouns"]
    ):
        return None  # "with the support of X": cooperation of the clause's subject with X (_with_support)
    if tok.dep_ in ("nsubj", "nsubjpass") and _negated(tok.head) and tok.head.lemma_ != "be":
        return None  # "the talks did not resume"
    if trig.type == "SUPPORT" and tok.i + 1 < len(tok.doc) and _with_of_noun(tok.doc[tok.i + 1]) == tok:
        # "cut ties with Quito in solidarity with Mexico": the 'with' phrase hung on the verb is the
        # noun's; the clause's subject stands by X, whatever the clause does
        v = tok.head.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        if v.pos_ not in ("VERB", "AUX") or _negated(v):
            return None
        srcs = _verb_subjects(v, ctx)[0]
        tgts = [k for p in tok.doc[tok.i + 1].children if p.dep_ == "pobj" for k in actors_of(p, ctx)]
        d = _Draft(trig, tok, v, trig.type, trig.cameo, trig.goldstein, trig.mode, trig.context, srcs, tgts)
        d.trigger_text = f"in {tok.text} with"
        return _apply_governors(d, v, ctx, lx, consumed) if srcs and tgts else None
    if trig.type == "SUPPORT" and (stance := _stance_adjunct(tok, trig, ctx, lx, consumed)) is not False:
        return stance
    if _generic_subject(_np_top(tok), lx):
        return None  # "a blockade of Taiwan could constitute ...": no blockade is asserted
    if (msg := _message_of(tok, trig, ctx, lx, consumed)) is not None:
        return msg
    mods_actors: list[str] = []
    poss: list[str] = []
    own = ctx.index.at_token(tok.i)
    if own is not None and ctx.etype(own.key) in ACTOR_TYPES and own.end - 1 != tok.i:
        return None  # a word inside an actor's name ("Shanghai Cooperation Organisation")
    if own is not None and ctx.etype(own.key) in ("IGO",) and trig.type in ("ALLY", "MEMBER_OF", "COOPERATE"):
        return None  # "the Alliance of Sahel States", "the Quad alliance" name an organization
    for c in tok.children:
        if c.dep_ == "poss":
            poss.extend(actors_of(c, ctx))
        elif c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
            for cc in _conjuncts(c):
                k = ctx.linked(cc)
                if k and not (own is not None and own.key == k) and cc.lower_ not in trig.requires_mod:
                    mods_actors.append((k, cc.dep_ == "compound" and cc.pos_ == "PROPN"))  # type: ignore[arg-type]
    srcs: list[str] = list(poss)
    if not poss:  # "the bombing of Gaza by Israel", "attacks by Houthi rebels on shipping"
        srcs += [k for p in _pobjs(tok, ("by",)) for k in actors_of(p, ctx)]
        if not srcs and trig.type in ("ASSAULT", "COERCE") and "of" in trig.preps:
            # "the arrest of a French citizen by Iran", "the shelling of the town by rebels": the parser
            # hangs the agent's 'by' phrase on the victim named in the 'of' phrase
            srcs += [k for v in _pobjs(tok, ("of",)) for p in _pobjs(v, ("by",)) for k in actors_of(p, ctx)]
        # "the sanctions imposed by the G7", "the strikes carried out by Israel"; "the price cap on
        # Russian oil imposed by the G7": a participle of imposing hung on the target phrase
        parts = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and _is_light(c, lx)]
        if trig.type == "AGREE":
            # "the ceasefire, brokered by Qatar and Egypt,": a broker or mediator is no party to the deal
            # (co-mediators of talks do confer: "talks, mediated by Qatar and Egypt," stay their CONSULT)
            brokers = set(lx.raw["third_party_verbs"]["verbs"])
            parts = [c for c in parts if c.lemma_.lower() not in brokers]
        if trig.type == "SANCTION":
            parts += [
                c
                for p in _pobjs(tok, trig.preps or TARGET_PREPS["SANCTION"])
                for c in p.children
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lx.raw["imposed_by"]["verbs"]
            ]
        srcs += [k for c in parts for p in _pobjs(c, ("by",)) for k in actors_of(p, ctx)]
        if "from" not in (trig.preps or TARGET_PREPS.get(trig.type, ())):
            # "criticism from Washington", "threats from Pyongyang", "aid from the EU"; not the origin
            # of a sanction's goods right after them ("a tariff on goods from Mexico", _origin_on_verb)
            goods_ends = (
                {p.right_edge.i + 1 for p in _pobjs(tok, trig.preps or TARGET_PREPS["SANCTION"])}
                if trig.type == "SANCTION"
                else set()
            )
            srcs += [
                k for p in _pobjs(tok, ("from",)) if p.head.i not in goods_ends for k in actors_of(p, ctx)
            ]
    if own is not None and ctx.etype(own.key) == "Country" and own.start < tok.i:
        srcs.append(own.key)  # "Israeli strikes" linked as one state-actor phrase
    tgts: list[str] = []
    compounds = [k for k, is_cmp in mods_actors if is_cmp]  # type: ignore[misc]
    adjs = [k for k, is_cmp in mods_actors if not is_cmp]  # type: ignore[misc]
    srcs += adjs
    if trig.type in SYMMETRIC or trig.type in COOPERATIVE:
        srcs += compounds
    preps = trig.preps or TARGET_PREPS.get(trig.type, ())
    if trig.type in OF_TARGET and "of" not in preps and not trig.own_preps_only:
        preps = (*preps, "of")  # "criticism of Israel"; not "raised the case of a jailed writer"
    venue_only = trig.mode == "visit" and _summit_trip(tok, lx)
    for p in _pobjs(tok, preps):
        got = actors_of(
            p, ctx, allow_location=trig.type == "ASSAULT" or (trig.mode == "visit" and not venue_only)
        )
        if trig.type != "ASSAULT":  # "a visit to Odesa": a known town's state; other places are no partner
            got = [k for k in got if ctx.etype(k) != "Location"]
        if not got and trig.type in ("SUPPORT", "ACCUSE", "REJECT", "SANCTION"):
            # "sanctions against Russia's shadow fleet": what a state owns stands for it as a target
            got = [k for c in p.children if c.dep_ == "poss" for k in actors_of(c, ctx)]
        if not got and trig.type == "SANCTION" and p.lemma_.lower() in trig.requires_obj:
            # "the suspension of flights to Georgia", "a halt of gas deliveries to Moldova": the
            # partner of the halted trade is the target
            got = [k for q in _pobjs(p, ("to", "from", "for", "with")) for k in actors_of(q, ctx)]
        if not got and trig.type == "SANCTION":
            got = _goods_states(p, ctx) or _origin_on_verb(
                p, ctx, tok
            )  # "duties on bicycles made in Vietnam"
        if not got and trig.type in ("SUPPORT", "ACCUSE", "REJECT"):
            # "support for the sovereignty and territorial integrity of Pakistan": the owner in 'of'
            got = [k for pp in _conjuncts(p) for q in _pobjs(pp, ("of",)) for k in actors_of(q, ctx)]
        if trig.type in ("SANCTION", "COERCE") and _restricted_activity(p, lx):
            # "restrictions on defence cooperation with Azerbaijan", "curbs on trade with Cuba": the
            # partner of the restricted activity is the target, not its owner
            got = [k for q in _pobjs(p, ("with",)) for k in actors_of(q, ctx)] or got
        tgts.extend(got)
    if (
        trig.type == "CONSULT"
        and not tgts
        and not _has_child(tok, ("prep",), ("between", "among", "amongst"))
    ):
        tgts += _topic_partners(tok, ctx, lx)  # "held talks on restoring ties with Egypt"
    if not tgts:
        # "sanctions imposed by Washington on Caracas": the target hung on the participle of imposing
        # (tagged as a past tense in 'a similar agreement concluded with Argentina in June')
        tgts += [
            k
            for c in tok.children
            if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and _is_light(c, lx)
            for p in _pobjs(c, preps)
            for k in actors_of(p, ctx, allow_location=trig.type == "ASSAULT")
            if ctx.etype(k) != "Location"
        ]
    if trig.type == "ASSAULT" and not tgts and tok.dep_ in ("pobj", *OBJ):
        # "responded to Hezbollah rocket fire on its territory": the parser hangs the target phrase
        # that follows the noun on the verb
        v = tok.head.head if tok.dep_ == "pobj" else tok.head
        if v.pos_ == "VERB" and not _is_light(v, lx):
            tgts += [
                k
                for c in v.children
                if c.dep_ == "prep" and c.lower_ in ("on", "against") and c.i == tok.right_edge.i + 1
                for p in c.children
                if p.dep_ == "pobj"
                # "condemned the attack by X on a hospital in Kyiv": or the town the site lies in
                for k in actors_of(p, ctx, allow_location=True)
                or [k for q in _pobjs(p, ("in", "inside")) for k in actors_of(q, ctx, allow_location=True)]
                if ctx.etype(k) != "Location"
            ]
    if trig.type in NEGATIVE and compounds and srcs and not tgts:
        tgts += compounds  # "Israeli Gaza offensive": the compound is the place/target
    elif trig.type in NEGATIVE and compounds and tgts and not srcs:
        srcs += [k for k in compounds if k not in tgts]  # "U.S. sanctions on Iran"
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and trig.type in NEGATIVE:
        # "Iran, which is under heavy U.S. sanctions": the one under them is the target
        h = tok.head.head
        under = _verb_subjects(h, ctx)[0] if h.pos_ in ("VERB", "AUX") else actors_of(h, ctx)
        tgts += [k for k in under if k not in srcs + compounds]
        srcs += [k for k in compounds if k not in tgts]
    if trig.type == "ASSAULT" and srcs and not tgts:
        # "Russia's war in Ukraine": a state named as the place of the violence is its target
        tgts += [
            k for p in _pobjs(tok, ("in", "inside")) for k in actors_of(p, ctx) if ctx.etype(k) == "Country"
        ]
    if trig.type == "ASSAULT":
        # "airstrikes on Hezbollah targets in Lebanon": the state the targets lie in
        tgts += [
            k
            for p in _pobjs(tok, ("on", "against", "at")) + _pobjs(_np_top(tok), ("on", "against", "at"))
            # "attacks on U.S. forces in Iraq and Syria": a state's forces abroad are that state, the
            # host is no target
            if not any(
                (a := ctx.linked(c)) and ctx.etype(a) == "Country"
                for c in (p, *p.children)
                if c.i <= p.i and c.dep_ in ("pobj", "poss", "amod", "compound", "nmod")
            )
            for q in _pobjs(p, ("in", "inside"))
            # "the attack on a hospital in Kyiv": a known town stands for its state
            for k in actors_of(q, ctx, allow_location=True)
            if ctx.etype(k) == "Country" and k not in srcs
        ]
    if trig.type in ("AGREE", "CONSULT", "COOPERATE", "AID"):
        # "a deal proposed by Beijing", "talks brokered by Qatar": the proposer is a counterpart
        tgts += [
            k
            for c in tok.children
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.lemma_.lower() in ("propose", "offer", "draft", "put")
            for a in c.children
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj"
            for k in actors_of(p, ctx)
        ]
    between = _between(tok, ctx)
    if not between and trig.type == "CONSULT":
        between = _hyphen_pair(tok, ctx)  # "the last EU-CELAC summit", "the next UK-France summit"
    if trig.type == "ALLY" and tok.dep_ == "attr" and tok.head.lemma_ == "be" and srcs:
        # "Pakistan is China's closest ally": the possessor is the partner of the subject
        tgts += srcs
        srcs = [k for k in _verb_subjects(tok.head, ctx)[0] if k not in tgts]
    role = tok
    if trig.role_noun and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
        role = tok.head.head  # "London has been one of Kyiv's most active backers"
    if trig.role_noun and role.dep_ in ("attr", "appos"):
        # "Iran has become Hezbollah's main backer", "Iran, a key backer of Hezbollah,": the
        # possessor or of-object is supported, the copular subject / the head noun supports
        tgts += [k for k in srcs if k not in tgts]
        if role.dep_ == "attr" and role.head.lemma_ in ("be", "become", "remain"):
            srcs = [k for k in _verb_subjects(role.head, ctx)[0] if k not in tgts]
        elif role.dep_ == "appos":
            srcs = [k for k in actors_of(role.head, ctx, pronouns=False) if k not in tgts]
        else:
            srcs = []
    if trig.role_noun and role.dep_ == "attr" and srcs:
        # "Germany is Ukraine's second-largest supplier of weapons after the United States": the
        # actors ranked above the subject hold the same role toward the same side
        srcs += [k for k in _ranked_above(role, ctx) if k not in srcs and k not in tgts]
    if trig.type == "ALLY" or trig.type == "MEMBER_OF":
        # "its partners China and Iran", "allies such as Japan", "a member of NATO"
        for c in tok.children:
            if c.dep_ == "appos":
                tgts.extend(actors_of(c, ctx))
        for p in _pobjs(tok, ("like", "including", "as")):
            tgts.extend(actors_of(p, ctx))
        if tok.dep_ == "appos":  # "Poland, a NATO member,", "Japan, a close ally of the US,"
            if (
                trig.type == "ALLY" and srcs
            ):  # "Japan and South Korea, both close U.S. allies": allied to the US
                tgts.extend(srcs)
                srcs = []
            srcs.extend(actors_of(tok.head, ctx, pronouns=False))
        elif tok.dep_ == "compound" and tok.head.i > tok.i:  # "US ally Japan", "NATO member Poland"
            tgts.extend(actors_of(tok.head, ctx, pronouns=False))
        if trig.type == "MEMBER_OF":  # "NATO member Poland": the IGO is the target
            igo = [k for k in srcs + compounds if ctx.etype(k) == "IGO"]
            igo += [  # "EU member states": the IGO may modify the modifier
                k
                for t in tok.subtree
                if t.i < tok.i and t.dep_ == "compound"
                for k in ([ctx.linked(t)] if ctx.linked(t) and ctx.etype(ctx.linked(t)) == "IGO" else [])
                if k not in igo
            ]
            srcs = [k for k in srcs if k not in igo] + [k for k in tgts if ctx.etype(k) != "IGO"]
            tgts = [k for k in tgts if ctx.etype(k) == "IGO"] + igo
            if tok.dep_ != "appos":
                srcs += [
                    k
                    for c in tok.children
                    if c.dep_ in ("appos", "compound") and c.i > tok.i
                    for k in actors_of(c, ctx)
                ]
    if trig.type == "REQUEST" and not tgts:
        # "Tokyo's demand that the ships leave": the addressee is the subject of the demanded clause
        tgts += [
            k
            for c in tok.children
            if c.dep_ in ("acl", "ccomp") and _has_child(c, ("mark",), ("that",))
            for sb in c.children
            if sb.dep_ == "nsubj"
            for k in actors_of(sb, ctx)
        ]
    top = _np_top(tok)
    recv = lx.raw["receiving_verbs"]
    undergo = top.dep_ in OBJ and (
        top.head.lemma_.lower() in _UNDERGO
        or (
            top.head.lemma_.lower() in recv["verbs"]
            # "X's strikes drew condemnation from Y": an act as subject is no recipient
            and not any(
                c.dep_ in SUBJ and (_match_trigger(c, lx) is not None or _possessed_conduct(c, ctx))
                for c in top.head.children
            )
        )
    )
    if (
        not undergo
        and top.dep_ == "pobj"
        and recv["prep_verbs"].get(top.head.head.lemma_.lower()) == top.head.lower_
    ):
        # "Moldova can count on our full support": the subject is the one supported
        undergo, top = True, top.head
    if (
        not undergo
        and top.dep_ == "pobj"
        and top.head.lower_ == "in"
        and top.head.head.lemma_.lower() in _UNDERGO
        and _has_child(top.head.head, OBJ)
    ):
        # "received billions of dollars in US military aid": the amount is the object, the aid its 'in'
        undergo, top = True, top.head
    if (
        not undergo
        and top.dep_ in OBJ
        and top.head.lemma_.lower() in recv["verbs"]
        and (
            acts := [
                c
                for c in top.head.children
                if c.dep_ in SUBJ and (_match_trigger(c, lx) is not None or _possessed_conduct(c, ctx))
            ]
        )
    ):
        # "China's strikes drew condemnation from Manila", "the Japanese drills prompted protests from
        # Beijing": the reaction's target is the author of the act the subject names
        if not srcs:
            srcs += [k for p in _pobjs(top.head, ("from", "by")) for k in actors_of(p, ctx)]
        tgts += [
            k
            for a in acts
            for c in a.children
            if c.dep_ in ("poss", "amod", "compound", "nmod")
            for k in actors_of(c, ctx, pronouns=c.lower_ not in ("its", "their"))
            if k not in srcs
        ]
    if undergo:
        # "Taiwan faces growing threats from China", "Ukraine received aid from Germany":
        # the subject of 'face'/'receive' is the target, the 'from'/'by' phrase the source
        v = top.head
        if not srcs:
            srcs += [k for p in _pobjs(v, ("from", "by")) for k in actors_of(p, ctx)]
        tgts += [k for k in _verb_subjects(v, ctx)[0] if k not in srcs]
    if trig.nested_prep and not tgts:
        # "posted derogatory comments on social media about X": the parser hangs the recipient's phrase
        # on the medium's noun
        tgts += [
            k for p in _pobjs(tok, ("on", "in", "via")) for q in _pobjs(p, preps) for k in actors_of(q, ctx)
        ]
    if (
        trig.requires_prep
        and not tgts
        and not between
        # "Qatar and Bahrain issued similar statements of solidarity": a reaction echoing one just
        # reported names no object phrase of its own (discourse.echoed_targets)
        and not (trig.type in _discourse._echoed()["types"] and _discourse.marked_echo(tok))
    ):
        h = tok.head
        # "suspended Syria's participation in its meetings", "froze Mali's participation in the
        # bloc's activities": the phrase names the body through a possessive (the body acting)
        owned = trig.only_under and any(g.dep_ == "poss" for p in _pobjs(tok, preps) for g in p.children)
        # "the restrictions it imposed on X", "the duties Beijing imposed on Y": or on the imposing relative
        imposing = set(lx.raw["imposed_by"]["verbs"])
        rel_prep = any(
            c.dep_ == "relcl" and c.lemma_.lower() in imposing and _pobjs(c, preps) for c in tok.children
        )
        if not owned and not (
            (tok.dep_ in OBJ and h.pos_ == "VERB" and _is_light(h, lx) and _pobjs(h, preps)) or rel_prep
        ):
            return None  # "took revenge on X": the prep may hang on the light verb
    if (
        trig.requires_light
        and tok.dep_ not in OBJ
        # "In a call with X, Y discussed ...": a setting phrase with its own actor partner is as plain
        and not (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ADJUNCT_PREPS
            and any(actors_of(p, ctx) for p in _pobjs(tok, trig.preps))
        )
        and not (trig.type == "ACCUSE" and tok.dep_ == "pobj" and tok.head.lower_ == "in")  # "in protest at"
    ):
        return None
    # the governing verb: light verb or operator
    anchor = tok
    np = _np_top(tok)  # "$500 million in military aid": the amount stands where the aid would
    gov: Token | None = None
    # an event noun in a setting phrase ("in a phone call with X", "after talks with Y", "on a visit
    # to Z"): the clause's subject takes part in it; an operator verb does not govern it
    adjunct = (
        np.dep_ == "pobj"
        and np.head.dep_ == "prep"
        and (np.head.lower_ in ADJUNCT_PREPS or (np.head.lower_ == "on" and trig.mode == "visit"))
        and (np.head.head.pos_ in ("VERB", "AUX") or trig.type == "CONSULT")  # not "$5 billion in aid"
    )
    claim = _claiming_verb(np, trig, lx)  # "X claimed (responsibility for) the attack": X attacked
    rel = _imposing_relative(tok, np, lx)
    if rel is not None:
        gov = rel  # "asked Beijing to lift its ban on X imports, which China imposed last year": asserted
        # "the duties Beijing imposed on Australian wine": the relative's own 'on' phrase names the target
        tgts += [
            k
            for p in _pobjs(rel, preps)
            for k in actors_of(p, ctx) or (_goods_states(p, ctx) if trig.type == "SANCTION" else [])
            if k not in tgts
        ]
    elif (
        np.dep_ == "oprd"
        and trig.type not in _SPEECH_ACT_TYPES
        and np.head.lemma_.lower() in lx.cues["naming_verbs"]
    ):
        pass  # "what he called a 'hybrid attack' on the EU": the one naming it is not the attacker
    elif (np.dep_ in OBJ + ("nsubjpass", "attr", "oprd") or _split_compound(np)) and np.head.pos_ in (
        "VERB",
        "AUX",
    ):
        gov = np.head  # "imposed asset freezes on X" misread as a clause: the noun is still the object
    elif np.dep_ in ("pobj",) and np.head.dep_ in ("prep", "agent"):
        p = np.head
        h = p.head
        if p.lower_ == "of" and h.lower_ == "out" and h.head.pos_ == "VERB":
            h = h.head  # "walked out of the talks", "pulled out of the deal": the verb with its 'out'
        if (
            h.dep_ in ("advcl", "ccomp")
            and h.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.i > p.i for c in h.children)
        ):
            # "In calls with X, shortly before Y notified Z, W said ...": a phrase in front of a
            # subordinate clause's conjunction belongs to the main clause
            h = h.head
        if h.pos_ in ("VERB", "AUX") and (
            p.lower_ in SETTING_PREPS
            or p.lower_ in ("with", "into", "of", "on", "to")
            or (adjunct and trig.type == "CONSULT")  # "After talks with X, Y said ..."
            # "signed a pact with X, following a similar agreement with Y": a like act of the clause's own
            or (adjunct and _like_act(np))
        ):
            gov = h
        elif (
            h.pos_ in ("NOUN", "PROPN")
            and p.lower_ in ("in", "during", "at", "via", "through")
            and h.dep_ in OBJ
            and h.head.pos_ == "VERB"
        ):
            gov = h.head  # "reaffirmed a partnership in a phone call with X"
        elif (
            h.pos_ in ("NOUN", "PROPN")
            and p.lower_ in ("in", "during", "at", "via", "through")
            and h.dep_ == "pobj"
            and h.head.dep_ == "prep"
            and h.head.head.pos_ == "VERB"
            and trig.type == "CONSULT"
        ):
            # "agreed to a ceasefire during talks in Accra", "agreed on a truce at talks in Geneva": the
            # parser hangs the setting on the verb's prepositional object
            gov = h.head.head
        elif (
            adjunct
            and trig.type == "CONSULT"
            and h.pos_ in ("NOUN", "PROPN")
            and h.dep_ in ("nsubj", "nsubjpass")
            and h.head.pos_ in ("VERB", "AUX")
            and not _negated(h.head)
            and _has_child(tok, ("prep",), preps)
        ):
            # "Erdogan, on a visit to Beijing, said ...": the phrase hangs on the subject it describes
            srcs += [k for k in actors_of(h, ctx, pronouns=False) if k not in srcs]
        elif (
            h.pos_ == "NOUN"
            and p.lower_ in ("to", "into")
            and h.lemma_.lower() in lx.raw["relation_upgrade"]["nouns"]
            and h.dep_ in OBJ
            and h.head.pos_ == "VERB"
        ):
            gov = h.head  # "upgraded their ties to a strategic partnership"
    elif np.dep_ == "conj":
        h = _first_conjunct(np)
        if h.dep_ in OBJ and h.head.pos_ in ("VERB", "AUX"):
            gov = h.head
    elif (
        np.dep_ in ("nsubj",)
        and np.head.pos_ in ("VERB", "AUX")
        and np.head.lemma_
        in ("take", "begin", "start", "resume", "continue", "end", "collapse", "stall", "break")
    ):
        gov = None  # "talks between X and Y resumed": participants come from the noun phrase
        v = np.head
        if (
            trig.type == "CONSULT"
            and not srcs
            and not between
            and tgts
            and v.dep_ == "ccomp"
            and v.head.lemma_.lower() in _speech()
            and not _negated(v)
        ):
            # "X said talks with Tehran were continuing": the one reporting its own talks with a
            # named partner is the other party
            srcs += [k for k in _verb_subjects(v.head, ctx)[0] if k not in tgts]
    # "suspended its participation in the talks with X", "paused all participation in its meetings":
    # a phrase completing the object a 'discontinue' operator stops is no setting of the clause; the
    # talks are what is stopped (CAMEO 164 halt negotiations), not talks held
    stopped = (
        gov is not None
        and np.dep_ == "pobj"
        and np.head.head.dep_ in OBJ
        and np.head.head.head.i == gov.i
        and _operator(gov, lx) == "discontinue"
    )
    if claim is not None:
        gov = claim
    plain = adjunct and gov is not None and _operator(gov, lx) is not None and not stopped and claim is None
    if (
        np.dep_ == "pobj"
        and _has_child(tok, ("det",), ("any",))
        and not (gov is not None and (_is_light(gov, lx) or _operator(gov, lx) is not None))
    ):
        return None  # "would respond to any attack from Afghan soil": a free choice, no attack asserted
    if (
        np.dep_ == "pobj"
        and np.head.lower_ == "for"
        and lx.operators.get(f"{np.head.head.lemma_.lower()} for") == "request"
    ):
        # "called for talks between X and Y", "pushed for a ceasefire": asked for, not held; an
        # appeal to the named parties to meet (CAMEO 026) by the one asking
        return _appeal_to_meet(trig, np, ctx, lx) or _appeal_for_act(np, ctx, lx, consumed)
    typ, cameo, gold, mode = trig.type, trig.cameo, trig.goldstein, trig.mode
    d = _Draft(trig, tok, tok, typ, cameo, gold, mode, trig.context, [], [])
    extra: list[_Draft] = []
    halted = False
    if np.i != tok.i:
        tgts += [k for p in _pobjs(np, preps) for k in actors_of(p, ctx)]
    if trig.only_under and (gov is None or _operator(gov, lx) not in trig.only_under):
        return None
    if (
        gov is not None
        and trig.type == "COOPERATE"
        and "joint" in _mods(tok)
        and np.dep_ == "pobj"
        and np.head.lower_ in SETTING_PREPS
        and not _is_light(gov, lx)
    ):
        # "Chinese bombers flew with Russian bombers in a joint patrol": the clause's subject and
        # its companions ('with', 'alongside') are the participants of the joint activity
        srcs += _verb_subjects(gov, ctx)[0]
        srcs += [k for p in _pobjs(gov, ("with", "alongside")) for k in actors_of(p, ctx)]
    if (
        gov is not None
        and trig.type == "CONSULT"
        and not srcs
        and adjunct
        and (
            _has_child(tok, ("prep",), preps)
            or _discourse.setting_targets(tok, ctx)
            # "X and Y agreed to a truce during talks in Geneva": the clause's own parties met
            or _parties_met(tok, gov, ctx, lx)
        )
        and (plain or not _is_light(gov, lx))
        and not _negated(gov)
    ):
        # "X said during a meeting with Y", "X spoke at a news conference with Y", "after talks with
        # Y, X warned ...": the clause's subject takes part in the meeting it speaks or acts at
        srcs += [k for k in _verb_subjects(gov, ctx)[0] if k not in tgts]
    if gov is not None and adjunct and not srcs and gov.lemma_ == "be" and _like_act(np):
        # "It is X's first such pact ..., following similar agreements with Y": the owner of the
        # act the copula names did the like one
        srcs += [
            k
            for a in gov.children
            if a.dep_ == "attr"
            for c in a.children
            if c.dep_ == "poss"
            for k in actors_of(c, ctx)
        ]
    if (
        undergo
        and gov is not None
        and (_negated(gov) or _noun_negated(tok) or _has_child(tok, ("det",), ("any",)))
    ):
        return None  # "said it had not received any weapons from Germany"
    # "raised relations to a strategic partnership": the 'to'/'into' phrase hung on the verb of a
    # relations noun; the verb's subject is the partner, as with the phrase hung on the noun
    upgrade = (
        gov is not None
        and np.dep_ == "pobj"
        and np.head.head.i == gov.i
        and np.head.lower_ in ("to", "into")
        and _has_child(gov, OBJ, lx.raw["relation_upgrade"]["nouns"])
    )
    if upgrade and gov is not None and not tgts:
        # "upgraded relations with Japan into a partnership", "signed a declaration with X raising
        # relations to a partnership": the partner in 'with' on the relations noun, the verb, or the
        # verb of the text that does the raising
        hosts = [gov]
        if gov.dep_ == "advcl" and gov.tag_ == "VBG":
            hosts.append(gov.head)  # "signed a declaration with X, raising relations to ..."
        elif gov.dep_ == "acl" and gov.head.dep_ in OBJ and _text_noun(gov.head):
            hosts.append(gov.head.head)  # "signed a declaration with X raising relations to ..."
        hosts += [c for h in hosts for c in h.children if c.dep_ in OBJ]
        tgts += [k for h in hosts for p in _pobjs(h, ("with",)) for k in actors_of(p, ctx) if k not in srcs]
    if (
        gov is not None
        and trig.type == "ACCUSE"
        and not srcs
        and np.dep_ == "pobj"
        and np.head.lower_ == "in"
        and gov.i in (np.head.head.i, np.head.head.head.i)
        and not _negated(gov)
    ):
        # "recalled its envoy in protest at X's offensive", "cut ties in condemnation of X's war": the
        # one who acts in protest protests; the act is no operator on the protest
        if (gt := _match_trigger(gov, lx)) is not None and gt.mode == "boycott":
            return None  # "boycotting the meeting in protest at X's attendance": the boycott's reason
        if not tgts:  # "recalled its envoy in protest against Israel's offensive", 'at' hung on the verb
            objs = [p for h in (tok, gov) for p in _pobjs(h, preps)]
            tgts += [k for p in objs for k in actors_of(p, ctx)]
            tgts += [k for p in objs for c in p.children if c.dep_ == "poss" for k in actors_of(c, ctx)]
        srcs += [k for k in _verb_subjects(gov, ctx)[0] if k not in tgts]
        d.anchor = anchor = gov
        gov = None
    if gov is not None and (
        undergo
        or plain  # "In a phone call with X, Y warned against ...": the call is no threat
        or (
            not (_is_light(gov, lx) or _responds_with(np, gov, lx) or upgrade or claim is not None)
            and not (np.dep_ in OBJ and gov.lemma_.lower() in trig.extra_light)  # "posted comments"
            and not _leads_talks(gov, np, tok, trig, ctx, lx)
            and _operator(gov, lx) is None
            and gov.lemma_ != "be"
        )
    ):
        # "condemned Israel's strikes on Syria": the governing verb lends no participant
        d.anchor = anchor = gov
        gov = None
    if gov is not None:
        anchor = gov
        d.anchor = gov
        consumed.add(gov.i)
        d.folded.append(gov.i)
        # "decided not to renew an agreement with X", "will not extend the pact": cooperation let
        # lapse is cooperation discontinued (SANCTION 'discontinue', event_lexicon 'not_renewed')
        lapsed = (
            _negated(gov)
            and np.dep_ in OBJ
            and gov.lemma_.lower() in lx.raw["not_renewed"]["verbs"]
            and trig.type in lx.raw["discontinue_cameo"]
        )
        # "has not ruled out strikes against X": a hostile act left open is a veiled threat (CAMEO 138),
        # as it is for an infinitive ("does not rule out sending troops")
        left_open = (
            _negated(gov)
            and np.dep_ in OBJ
            and trig.type in NEGATIVE
            and trig.type != "THREATEN"
            and _operator(gov, lx) == "reject"
            and gov.lemma_.lower() in lx.raw["not_ruled_out"]["verbs"]
        )
        if (_negated(gov) or _under_without(gov)) and not lapsed and not left_open:
            lem = gov.lemma_.lower()
            refusal = (
                trig.type in COOPERATIVE
                and (lem in lx.raw["negated_reject"] or lem in ("hold", "have", "sign", "join"))
                and _negated(gov)
                and bool(_modal(gov) & MODAL_REFUSAL)
            )
            if refusal:  # "will not hold talks with X", "would not sign a deal with X"
                gsrc, _ = _verb_subjects(gov, ctx)
                gsrc = gsrc or srcs
                tg = [k for k in tgts + between if k not in gsrc]
                code = lx.raw["reject_cameo"].get(trig.type, ["120", -4.0])
                d.type, d.cameo, d.goldstein, d.mode = "REJECT", code[0], code[1], None
                d.sources, d.targets = gsrc, tg
                d.trigger_text = f"not {gov.text} {tok.text}"
                return _apply_governors(d, gov, ctx, lx, consumed)
            return None
        op = "discontinue" if lapsed else "threat" if left_open else None if claim else _operator(gov, lx)
        if (
            trig.type == "SANCTION"
            and op in ("ease", "discontinue", "reject")
            and np.dep_ in OBJ
            and (st := _standing_sanction(d, tok, gov, srcs, tgts, ctx, lx, opposed=op == "reject"))
            is not None
        ):
            ctx.drafts.append(st)  # "urged X to lift the sanctions imposed on Y": the sanctions stand
        if op == "null" and gov.lemma_.lower() == "agree" and np.dep_ in OBJ:
            op = None  # "the EU agreed a new package of sanctions": adopted, not merely agreed to
        if op == "reject":
            # "rejected the accusation from X", "dismissed Iran's proposal": X is the one rejected;
            # "vetoed EU sanctions against Russia": the EU, not Russia
            authors = list(srcs) + [k for p in _pobjs(tok, ("from", "by")) for k in actors_of(p, ctx)]
            authors += [k for p in _pobjs(gov, ("from", "by")) for k in actors_of(p, ctx)]
            # "opposes US arms sales to Taiwan": the giver of aid or support is opposed, not its recipient
            given = trig.type in ("AID", "SUPPORT") and authors
            tgts = authors + ([] if trig.type in NEGATIVE or given else tgts)
            srcs = []
        if op in ("discontinue", "ease", "reject") and poss:
            # "the AU suspended Sudan's membership", "cut Ukraine's aid": the possessor is the patient
            gsrc, _ = _verb_subjects(gov, ctx)
            if gsrc and set(poss) - set(gsrc):
                tgts += [k for k in poss if k not in gsrc]
                srcs = [k for k in srcs if k not in poss] or list(gsrc)
        if (
            trig.type == "AGREE"
            and gov.lemma_.lower() in ("broker", "facilitate", "mediate")
            and len(between) > 1
        ):
            # "China brokered an agreement between Saudi Arabia and Iran": the broker mediates
            brokers = [k for k in _verb_subjects(gov, ctx)[0] if k not in between]
            if brokers:
                med = dataclasses.replace(d, sources=brokers, targets=list(between), folded=list(d.folded))
                med.type, med.mode, med.cameo, med.goldstein = "CONSULT", "third-party", "045", 5.0
                med.trigger_text = f"{gov.text} {tok.text}"
                extra.append(med)
                srcs = []
        if trig.type == "CONSULT" and (
            gov.lemma_.lower() in ("host", "broker", "facilitate", "sponsor", "mediate")
            or (between and gov.lemma_.lower() in lx.raw["third_party_verbs"]["between_verbs"])
        ):
            # "Qatar hosted talks between X and Y": the host is a third party to the talks
            hosts, _ = _verb_subjects(gov, ctx)
            parties = [k for k in between + tgts + srcs if k not in hosts]
            if not hosts or not parties:
                return None
            srcs, tgts, between = list(hosts), parties, []
            d.mode, d.cameo, d.goldstein = "third-party", "045", 5.0
            if len(parties) > 1:  # the talks themselves, between the parties
                talks = dataclasses.replace(
                    d,
                    sources=list(parties),
                    targets=[],
                    mode=trig.mode,
                    cameo=trig.cameo,
                    goldstein=trig.goldstein,
                    folded=list(d.folded),
                )
                talks.trigger_text = tok.text
                extra.append(talks)
        if (
            op == "null"
            and trig.type in ("AID", "COOPERATE")
            and (blocked := _blocked_owner(gov, np, srcs, ctx, lx))
        ):
            # "Hungary blocked EU aid to Ukraine", "vetoed the EU's aid package for Kyiv": another's
            # help vetoed is a rejection of it (CAMEO 12) by the blocker, aimed at its recipient
            owners = set(blocked)
            gsrc = [k for k in _verb_subjects(gov, ctx)[0] if k not in owners]
            if {ctx.country(k) or k for k in owners} & {ctx.country(k) or k for k in gsrc}:
                return None  # "Congress blocked US aid to Egypt": the state's own help, held up at home
            tg = tgts + [
                q for p in _pobjs(np, ("to", "for")) + _pobjs(gov, ("to", "for")) for q in actors_of(p, ctx)
            ]
            tg = [k for k in dict.fromkeys(tg) if k not in gsrc and k not in owners]
            if not gsrc or not tg:
                return None
            code = lx.raw["reject_cameo"].get(trig.type, ["120", -4.0])
            d.type, d.cameo, d.goldstein, d.mode = "REJECT", code[0], code[1], None
            d.sources, d.targets = gsrc, tg
            d.trigger_text = f"{gov.text} {tok.text}"
            return _apply_governors(d, gov, ctx, lx, consumed)
        if op == "null" and srcs:
            return None  # "Iran blocked Russian help": a third party's act is stopped
        if not srcs and not (between and trig.type in SYMMETRIC):
            gsrc, from_agent = _verb_subjects(gov, ctx)
            if not from_agent and (tok.dep_ == "nsubjpass" or _has_child(gov, ("auxpass",))):
                gsrc = []
            if gsrc and not from_agent:
                gsrc = gsrc + [k for k in _companions(gov, ctx) if k not in gsrc]
            srcs = gsrc
        elif trig.type == "COOPERATE" and gov.lemma_.lower() in _groups.host_verbs():
            # "X and Y will host a multinational exercise": the hosts take part in it
            srcs += [k for k in _verb_subjects(gov, ctx)[0] if k not in srcs]
        if op == "discontinue":
            tgts += [k for p in _pobjs(tok, ("to", "for", "from", "with")) for k in actors_of(p, ctx)]
            tgts += _targets_from(gov, trig.type, ("to", "for", "from", "with"), ctx, with_obj=False)
        if np.dep_ in (*OBJ, "conj", "nsubjpass"):  # "sanctions were imposed on Iran"
            tgts += _targets_from(gov, trig.type, trig.preps, ctx, with_obj=False)
            # "gave Kyiv aid", "gave Yerevan an ultimatum", "paid Kyiv a visit": the indirect object
            tgts += [k for c in gov.children if c.dep_ == "dative" for k in actors_of(c, ctx)]
            if trig.type == "SANCTION" and gov.lemma_.lower() in (
                "extend",
                "expand",
                "apply",
                "broaden",
                "widen",
            ):
                # "extended the asset freezes to five officials": the newly covered are the targets
                tgts += [k for p in _pobjs(gov, ("to",)) for k in actors_of(p, ctx)]
        if op is not None:
            halted = op == "discontinue" and trig.type == "ASSAULT"
            res = _apply_operator(d, op, gov, lx)
            if res is None:
                return None
        elif gov.lemma_.lower() in ("fire", "launch") and trig.type == "ASSAULT":
            pass
        d.trigger_text = f"{gov.text} {tok.text}" if gov.i < tok.i else f"{tok.text} {gov.text}"
    else:
        d.trigger_text = tok.text
        d.confidence *= 0.9
    if between and trig.type in SYMMETRIC:
        srcs = srcs + between
    d.sources = list(dict.fromkeys(srcs))
    d.targets = list(dict.fromkeys(k for k in tgts if k not in d.sources or trig.type in SYMMETRIC))
    if (
        halted
        and d.sources
        and d.targets
        and anchor.dep_ not in ("xcomp", "ccomp", "advcl")
        and not _modal(anchor)
    ):
        # "the US halted a bombing campaign against X": what was halted had been going on
        d.presupposed = dataclasses.replace(
            d,
            type=trig.type,
            cameo=trig.cameo,
            goldstein=trig.goldstein,
            mode=trig.mode,
            confidence=d.confidence * 0.8,
            folded=[],
        )
    if trig.type == "ASSAULT":
        _assault_mode(d, [tok], lx)
    if d.type == "RETREAT" and d.targets and all(ctx.etype(k) == "IGO" for k in d.targets):
        # "announced their withdrawal from the bloc": leaving an organization is SANCTION 'withdraw'
        # (PLOVER), as the verb 'withdraw from' an IGO is coded
        row = next(t for t in lx.verbs["withdraw"] if t.key == "withdraw from")
        d.type, d.cameo, d.goldstein, d.mode = row.type, row.cameo, row.goldstein, row.mode
    if d.type in ("CONSULT", "AID", "COOPERATE") and d.cameo == trig.cameo:
        for lemma in _mods(tok):
            row = lx.raw["noun_modes"].get(d.type, {}).get(lemma)
            if row:
                d.mode = row[0] or d.mode
                d.cameo, d.goldstein = row[1], row[2]
                break
    if (
        trig.type == "COOPERATE"
        and d.type == "COOPERATE"
        and "military" in trig.context
        # "X's military ties with A, B and C": standing ties are X's with each, not among A, B and C
        # (event_lexicon relation_upgrade nouns); a joint activity has every participant in it
        and tok.lemma_.lower() not in lx.raw["relation_upgrade"]["nouns"]
    ):
        d.sources = list(dict.fromkeys(d.sources + d.targets))  # n-ary: every participant
        d.sources += [k for k in _discourse.participants_with([tok, anchor], ctx) if k not in d.sources]
        d.targets = []
        if len(d.sources) == 1 and d.type == "COOPERATE":
            # one state's drills around/near another: a show of force (CAMEO 15, PLOVER MOBILIZE)
            aimed = [
                k
                for p in _pobjs(tok, ("around", "near", "off", "against", "encircling"))
                for k in actors_of(p, ctx, allow_location=True)
            ]
            aimed += [
                k
                for p in _pobjs(anchor, ("around", "near", "off", "against"))
                for k in actors_of(p, ctx, allow_location=True)
            ]
            aimed = [k for k in aimed if k not in d.sources]
            if aimed:
                row = lx.raw["show_of_force"]
                d.type, d.cameo, d.goldstein, d.mode = "MOBILIZE", row[0], row[1], row[2]
                d.targets = aimed
    d.location = _location([tok, anchor], ctx)
    if (
        d.type == trig.type
        and len(d.sources) == 2
        and not set(d.targets) - set(d.sources)
        # the words before the noun ('tit-for-tat' is split into tokens by the tokenizer)
        and any(w in tok.doc[tok.left_edge.i : tok.i].text.lower() for w in lx.raw["mutual_mods"]["words"])
        and not any(ctx.linked(t) for t in tok.subtree if t.i > tok.i)  # not "... of Russian diplomats"
    ):
        # "the two countries carried out a mutual expulsion of diplomats", "X and Y imposed reciprocal
        # sanctions": each side's act against the other
        between, d.sources, d.targets = list(d.sources), [], []
        trig = dataclasses.replace(trig, mutual=True)
    if trig.mutual and d.type == trig.type and not d.sources and len(between) == 2:
        # "the war between Sudan's army and the RSF": violence both ways
        a, b = between
        d.sources, d.targets = [a], [b]
        d2 = dataclasses.replace(d, sources=[b], targets=[a], folded=list(d.folded))
        both = (
            _apply_governors(d, anchor, ctx, lx, consumed),
            _apply_governors(d2, anchor, ctx, lx, consumed),
        )
        return [x for x in both if x] or None
    if extra:
        drafts = [_apply_governors(x, anchor, ctx, lx, consumed) for x in (d, *extra)]
        return [x for x in drafts if x] or None
    return _apply_governors(d, anchor, ctx, lx, consumed)


def _topic_partners(tok: Token, ctx: _Ctx, lx: Lexicon) -> list[str]:
    """'held talks on restoring ties with Egypt', 'talks about a trade deal with the EU': talks with no
    partner of their own are with the partner their topic names (event_lexicon 'topic_partner')."""
    cfg = lx.raw["topic_partner"]
    heads: list[Token] = []
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in cfg["preps"]:
            continue
        for t in p.children:
            if t.dep_ == "pobj":
                heads.append(t)
            elif t.dep_ == "pcomp":
                heads += [t, *(o for o in t.children if o.dep_ in OBJ)]
    return [k for h in heads for q in _pobjs(h, cfg["partner_preps"]) for k in actors_of(q, ctx)]


def _message_of(tok: Token, trig: Trigger, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> _Draft | None:
    """'Putin sent Lukashenko a message of congratulation', 'handed the envoy a letter of protest',
    'conveyed a message of solidarity to Kyiv': a verbal act named in the 'of' phrase of a message or
    letter (cues.json speech_nouns, text_nouns) that a verb delivers; the verb's subject is the source,
    its indirect object or 'to' phrase (or the message's or the act's own) the target."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or trig.type not in _SPEECH_ACT_TYPES:
        return None
    h = tok.head.head
    if h.pos_ != "NOUN" or not _text_noun(h) or h.dep_ not in OBJ or h.head.pos_ != "VERB":
        return None
    v = h.head
    if _negated(v) or _noun_negated(h):
        return None
    srcs = _verb_subjects(v, ctx)[0]
    preps = trig.preps or TARGET_PREPS.get(trig.type, ())
    tgts = [k for c in v.children if c.dep_ == "dative" for k in actors_of(c, ctx)]
    tgts += [
        k
        for q in _pobjs(v, ("to",)) + _pobjs(h, ("to", *preps)) + _pobjs(tok, preps)
        for k in actors_of(q, ctx)
    ]
    tgts = [k for k in dict.fromkeys(tgts) if k not in srcs]
    if not srcs or not tgts:
        return None
    d = _Draft(trig, tok, v, trig.type, trig.cameo, trig.goldstein, trig.mode, trig.context, srcs, tgts)
    d.trigger_text = f"{v.text} {h.text} of {tok.text}"
    consumed.add(v.i)
    d.folded.append(v.i)
    return _apply_governors(d, v, ctx, lx, consumed)


def _generic_subject(np: Token, lx: Lexicon) -> bool:
    """An indefinite event noun as the subject of a modal clause ('a Chinese blockade of Taiwan could
    trigger ...', 'any attack on one ally will be ...'): a hypothetical or generic event (PLOVER:
    not asserted)."""
    if np.dep_ not in ("nsubj", "nsubjpass") or np.head.pos_ not in ("VERB", "AUX"):
        return False
    if np.head.lemma_ == "be" and _has_child(np.head, ("acomp",), lx.cues["hypothetical"]["predicates"]):
        return True  # "a Russian attack on Moldova is unlikely": a prediction, not an event
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in np.children):
        return False
    modal = set(lx.cues["hypothetical"]["aux"]) | set(lx.cues["future"]["aux"])
    return bool(_modal(np.head) & modal) or _conditional(np.head)


def _assault_mode(d: _Draft, toks: list[Token], lx: Lexicon) -> None:
    table = lx.raw["noun_modes"]["ASSAULT"]
    for t in toks:
        for lemma in sorted(_mods(t) | {t.lemma_.lower()}):
            row = table.get(lemma)
            if row:
                d.mode, d.cameo, d.goldstein = row[0], row[1], row[2]
                return


def _threat_code(inner_type: str, lx: Lexicon) -> tuple[str, float, str | None]:
    row = lx.raw["threat_cameo"].get(inner_type)
    if row is None:
        return "130", -4.4, None
    return row[0], row[1], row[2]


def _apply_operator(d: _Draft, op: str, gov: Token, lx: Lexicon) -> _Draft | None:
    """Fold an operator verb into the draft event; None drops the event."""
    t = d.type
    if op == "threat":
        # "threatened to impose tariffs", "considering sanctions", "vowed revenge": THREATEN;
        # "pledged to support", "promised aid": the positive event is only future
        if t in NEGATIVE and t != "THREATEN":
            d.cameo, d.goldstein, d.mode = _threat_code(t, lx)
            d.type = "THREATEN"
            return d
        pc = lx.raw["pledged_cooperation"]
        if t in pc["types"] and gov.lemma_.lower() in pc["verbs"]:
            # "pledged to deepen security cooperation with X": a promise to cooperate is itself the
            # commitment (PLOVER AGREE, CAMEO 03 express intent to cooperate)
            d.type, (d.cameo, d.goldstein), d.mode = "AGREE", pc["cameo"], None
            return d
        if t != "THREATEN":
            d.modality = (
                "hypothetical" if gov.lemma_.lower() in lx.cues["hypothetical"]["verbs"] else "future"
            )
        return d
    if op == "intent":
        d.modality = "hypothetical" if gov.lemma_.lower() in lx.cues["hypothetical"]["verbs"] else "future"
        return d
    if op == "null" and gov.lemma_.lower() in lx.raw["blocking_verbs"]["verbs"] and t in ("AID", "COOPERATE"):
        op = "discontinue"  # "blocked arms sales to X": relations cut (event_lexicon 'blocking_verbs')
    if op == "null":
        return None
    if op == "discontinue":
        if t in COOPERATIVE or t == "MEMBER_OF":
            mods = _mods(d.tok)
            kind = next((m for m in ("military", "economic", "humanitarian") if m in mods), d.mode)
            key = f"{t}/{kind}" if kind else t
            row = lx.raw["discontinue_cameo"].get(key) or lx.raw["discontinue_cameo"].get(t)
            d.type, d.cameo, d.goldstein, d.mode = "SANCTION", row[0], row[1], "discontinue"
            return d
        if t in NEGATIVE or t in lx.raw["ease_cameo"]:  # "withdrew its objection to X": a concession
            return _ease(d, lx)
        return None
    if op == "ease":
        if t in NEGATIVE or t in lx.raw["ease_cameo"]:  # "dropped its objection", "lifted its veto"
            return _ease(d, lx)
        return d
    if op == "reject":
        code = lx.raw["reject_cameo"].get(t, ["120", -4.0])
        d.type, d.cameo, d.goldstein, d.mode = "REJECT", code[0], code[1], None
        return d
    if op == "request":
        d.modality = "hypothetical"
        return None
    return d


def _act_agents(n: Token, ctx: _Ctx, lx: Lexicon) -> list[str]:
    """The actors asked to perform the act a demanded noun names, when the noun's possessor or 'of'
    phrase is its agent ('the withdrawal of French troops', 'Azerbaijan's withdrawal', 'the departure
    of the ambassador'; event_lexicon 'demanded_act'); none for other nouns ('the release of the
    hostages' names who is released)."""
    cfg = lx.raw["demanded_act"]
    if n.lemma_.lower() in cfg["patient_nouns"]:
        # "called for the release of citizens held by Hamas": the holder named by the participle's 'by'
        held = [
            a
            for p in _pobjs(n, ("of",))
            for a in p.children
            if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in cfg["holding_participles"]
        ]
        return [k for a in held for b in _pobjs(a, ("by",)) for k in actors_of(b, ctx)]
    if n.lemma_.lower() in cfg.get("ending_nouns", ()):
        # "called for an end to the US embargo", "demanded the lifting of sanctions imposed by the
        # EU", "urged an end to Israel's blockade": the author of the act to be ended is asked
        acts = _pobjs(n, ("to", "of"))
        out = [k for a in acts for c in a.children if c.dep_ == "poss" for k in actors_of(c, ctx)]
        out += [
            k
            for a in acts
            for c in a.children
            if c.dep_ in ("amod", "compound", "nmod") and c.i < a.i
            for k in actors_of(c, ctx)
        ]
        out += [
            k
            for a in acts
            for c in [a, *(x for x in a.children if x.dep_ == "acl" and x.tag_ == "VBN")]
            for b in _pobjs(c, ("by",))
            for k in actors_of(b, ctx)
        ]
        return out
    if n.lemma_.lower() not in cfg["nouns"]:
        return []
    out = [k for c in n.children if c.dep_ == "poss" for k in actors_of(c, ctx)]
    # "called for European support", "demanded a Russian withdrawal": the demonym or name before the noun
    out += [k for c in n.children if c.dep_ in ("amod", "compound", "nmod") for k in actors_of(c, ctx)]
    return out + [k for p in _pobjs(n, cfg["preps"]) for k in actors_of(p, ctx)]


def _appeal_for_act(np: Token, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> _Draft | None:
    """'Kyiv called for the withdrawal of Russian forces', 'pressed for Moscow's pullout': REQUEST from
    the subject of the asking verb to the agent of the act asked for (see :func:`_act_agents`)."""
    v = np.head.head
    if _negated(v):
        return None
    srcs = _verb_subjects(v, ctx)[0]
    tgts = [k for k in _act_agents(np, ctx, lx) if k not in srcs]
    ask = next((t for t in lx.verbs.get("demand", []) if t.type == "REQUEST"), None)
    if not srcs or not tgts or ask is None:
        return None
    d = _Draft(ask, v, v, "REQUEST", ask.cameo, ask.goldstein, None, ask.context, srcs, tgts)
    d.trigger_text = f"{v.text} for {np.text}"
    return _apply_governors(d, v, ctx, lx, consumed)


def _appeal_to_meet(trig: Trigger, np: Token, ctx: _Ctx, lx: Lexicon) -> _Draft | None:
    """'The AU called for a dialogue between Ethiopia and Eritrea': REQUEST (CAMEO 026, appeal to
    others to meet or negotiate) from the subject of the asking verb to the parties the talks noun
    names with 'between'/'among' (cues.json discourse 'appeal_to_meet')."""
    cfg = lx.cues["discourse"].get("appeal_to_meet")
    if cfg is None:
        return None
    # "called for a ceasefire between Thailand and Cambodia": an appeal to both to de-escalate (modes)
    code = (
        [cfg["cameo"], cfg["goldstein"]]
        if trig.type == "CONSULT"
        else cfg.get("modes", {}).get(trig.mode or "")
    )
    if code is None:
        return None
    v = np.head.head
    if _negated(v):
        return None
    parties = list(dict.fromkeys(k for p in _pobjs(np, tuple(cfg["preps"])) for k in actors_of(p, ctx)))
    srcs = _verb_subjects(v, ctx)[0]
    tgts = [k for k in parties if k not in srcs]
    if len(parties) < 2 or not srcs or not tgts:
        return None
    ask = next((t for t in lx.verbs.get("appeal", []) if t.type == "REQUEST"), None)
    if ask is None:
        return None
    return _Draft(ask, v, v, "REQUEST", code[0], code[1], None, ask.context, srcs, tgts)


def _eased_noun(n: Token, lx: Lexicon) -> bool:
    """Whether noun trigger ``n`` is what a noun of easing governs ('the lifting of sanctions', 'the
    easing of US sanctions on Syria', 'sanctions relief'; event_lexicon 'ease_nouns')."""
    cfg = lx.raw["ease_nouns"]
    if n.pos_ not in ("NOUN", "PROPN"):
        return False
    n = _first_conjunct(n)  # "the lifting of sanctions and tariffs"
    h = n.head
    if n.dep_ == "compound":
        return h.lemma_.lower() in cfg["nouns"] or h.lower_ in cfg["nouns"]
    return (
        n.dep_ == "pobj"
        and h.lower_ in cfg["preps"]
        and (h.head.lemma_.lower() in cfg["nouns"] or h.head.lower_ in cfg["nouns"])
    )


def _ease(d: _Draft, lx: Lexicon) -> _Draft | None:
    row = lx.raw["ease_cameo"].get(d.type)
    if row is None:
        return None
    d.type, d.cameo, d.goldstein, d.mode = row[0], row[1], row[2], row[3]
    return d


def _apply_governors(d: _Draft, anchor: Token, ctx: _Ctx, lx: Lexicon, consumed: set[int]) -> _Draft | None:
    """Operators above the clause ("threatened to impose", "refused to meet", "plans to visit"),
    negation of a governor ("did not agree to attack"), and modality of the clause."""
    if anchor.dep_ == "pcomp" and anchor.head.lower_ in ("against", "from"):
        return None  # "warned X against providing weapons", "barred X from joining": not asserted
    if _demanded_clause(anchor, lx):
        return None  # "the demand that Serbia recognise Kosovo": the demanded act is not asserted
    if d.type in lx.raw["ease_cameo"] and _eased_noun(anchor, lx) and (d := _ease(d, lx)) is None:
        return None  # "welcomed the lifting of US sanctions": the sanctions are lifted (CONCEDE)
    # the clause a noun trigger sits in ("pressed X to complete the ratification of a deal"), and the
    # clauses above it: an act wanted, urged or proposed is not asserted
    v = anchor
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i or v.dep_ not in _NP_DEPS:
            break
        v = v.head
    cv = v
    for _ in range(4):  # "suggested that X work to expand trade and that Y complete ...": up the clauses
        if _for_clause_subjects(v, lx):
            return None  # "called for Washington to end its embargo": asked for, not done
        if v.pos_ not in ("VERB", "AUX") or (
            v.dep_ not in ("conj", "xcomp", "ccomp")
            and not (v.dep_ == "advcl" and _purpose_infinitive(v))
            and not _controller(v)
        ):
            break
        if (v.dep_ in ("xcomp", "ccomp") or _controller(v)) and _unrealized(v.head, v, lx):
            return None
        v = v.head
    if _has_child(cv, ("mark",), ("if", "unless")) or _unasserted_clause(cv, lx):
        return None  # "if Russia attacks Estonia, NATO will respond": a condition is never asserted
    kind = _infinitive_noun(anchor)
    frame = _frame_noun(anchor) if kind else None
    if kind == "refusal" and frame is not None:
        return _apply_operator(d, "reject", frame, lx)
    if kind in ("intent", "threat") and frame is not None and frame.dep_ in OBJ:
        gov = frame.head  # "shelved plans to impose tariffs on X": the hostile measure given up (CONCEDE)
        if gov.lemma_.lower() in lx.raw["abandoned_plan"]["verbs"] and not _negated(gov):
            if d.type not in NEGATIVE:
                return None
            if not d.sources:
                d.sources, _ = _verb_subjects(gov, ctx)
            consumed.add(gov.i)
            d.trigger_text = f"{gov.text} .. {d.trigger_text or d.tok.text}"
            return _ease(d, lx)
    if kind in ("intent", "threat"):
        # "China's plan to blockade Taiwan": announced, not done; "a threat to impose tariffs": THREATEN
        if frame is None or _apply_operator(d, "threat" if kind == "threat" else "intent", frame, lx) is None:
            return None
        if kind == "threat" and d.type == "THREATEN":
            return d
    clause = d.anchor  # the clause whose modals and conditions set the event's modality
    for g in _governor_chain(anchor):
        op = _operator(g, lx)
        gl = g.lemma_.lower()
        if g.pos_ == "ADJ" and _readiness(anchor, g):
            op = "threat" if d.type in NEGATIVE else "null"  # a stated readiness to strike is a threat
        if op in (None, "intent", "request") and _unrealized(g, anchor, lx):
            return None  # "pressed X and Y to resume talks", "suggested that X complete the deal"
        if (
            op == "intent"
            and gl in lx.cues["future"]["decision_verbs"]
            and d.type in NEGATIVE
            and not _negated(g)
        ):
            op = None  # "decided to sever relations with X": the measure is taken
        meet = lx.cues["future"]["decision_to_meet"]
        if (
            op == "intent"
            and gl in lx.cues["future"]["decision_verbs"]
            and d.type in meet["types"]
            and anchor.lemma_.lower() in meet["opening_verbs"]
            and not _negated(g)
        ):
            # "the Council decided to open accession negotiations with X": a decision to negotiate is
            # itself a commitment to meet (CAMEO 036 express intent to meet or negotiate, PLOVER AGREE)
            d.type, d.cameo, d.goldstein, d.mode = "AGREE", meet["cameo"][0], meet["cameo"][1], None
            op = None
        if op not in ("threat", "intent") and _has_child(anchor, ("mark",), ("whether",)):
            return (
                None  # "it is unclear whether X will sign", "asked whether X would attack": an open question
            )
        affirm = _negated(g) and gl in lx.cues["negation"]["affirming_verbs"]
        if _negated(g) and op == "reject":
            # "does not rule out sending troops": left open, neither done nor refused; of a hostile
            # act it is a veiled threat, as 'considering' one is
            if d.type not in NEGATIVE or d.type == "THREATEN":
                return None
            op = "threat"
        elif affirm:
            op = "threat"  # "would not hesitate to strike X": a stated readiness
        elif _negated(g):
            return None
        if gl in lx.cues["negation"]["verbs"] and op != "reject" and not affirm:
            return None  # "failed to reach a deal", "hesitated to strike X"
        if op in ("null", "intent", "threat") and d.type == "ALLY" and _has_child(d.tok, ("poss",)):
            # "agreed to deepen their strategic partnership": a possessed alliance is presupposed to
            # exist; only the deepening is agreed or planned
            anchor = g
            continue
        if (
            op == "null"
            and gl in lx.raw["agreed_act"]["verbs"]
            and (
                d.type in lx.raw["agreed_act"]["asserted_types"]
                or d.tok.lemma_.lower() in lx.raw["agreed_act"]["asserted_verbs"]
            )
            and cv.dep_ == "xcomp"
            and cv.head.i == g.i
        ):
            # "China agreed to provide grant assistance to X", "the fund agreed to invest $5bn in Y":
            # the aid or investment agreed is an event of its own (future), beside the AGREE of 'agree'
            if not d.sources:
                d.sources, _ = _verb_subjects(g, ctx)
            d.modality = "future"
            anchor = g
            continue
        if op == "request" and _controller(anchor):
            return None  # "called on Iran to end its occupation", parsed as an adverbial: asked for, not done
        if op == "null" and d.sources and d.targets and _setting_visit(d):
            # "X agreed to buy drones during a visit to Nairobi by Y": the visit is the clause's setting,
            # with its own visitor and host, not part of what was agreed
            break
        # "urged Syria to join the accords and to sign a deal": a second infinitive is the first one's
        infinitive = anchor.dep_ == "xcomp" or (
            anchor.dep_ == "conj"
            and _first_conjunct(anchor).dep_ == "xcomp"
            and _has_child(anchor, ("aux",), ("to",))
        )
        if op is not None and (infinitive or op in ("threat", "intent", "reject", "null")):
            consumed.add(g.i)
            d.folded.append(g.i)
            if d.sources and op == "null":
                return None  # "Hungary blocked EU aid to Ukraine": a third party's act is stopped
            if d.sources and op == "reject" and not set(d.sources) & set(_verb_subjects(g, ctx)[0]):
                return None  # "Serbia refused to join EU sanctions against Moscow": the EU's act, refused
            if not d.sources:
                d.sources, _ = _verb_subjects(g, ctx)
            res = _apply_operator(d, op, g, lx)
            if res is None:
                return None
            d.trigger_text = f"{g.text} .. {d.trigger_text or d.tok.text}"
            if op in ("discontinue", "ease") and any(
                _operator(h, lx) == "request" for h in list(_governor_chain(g))[:1]
            ):
                return None  # "called on China to stop criticizing Tokyo": the easing is asked for, not done
            if op in ("threat", "reject", "discontinue", "ease"):
                if op == "threat" and d.type == "THREATEN" and not affirm:
                    clause = g  # the threatened act and its condition are the threat's content
                    if g.pos_ == "ADJ":
                        clause = g.head  # "was ready to shut its crossings if X ...": the copula's clause
                break
        anchor = g
    mods = _modal(clause)
    if d.modality == "asserted":
        if mods & set(lx.cues["future"]["aux"]) or _going_to(clause) or _headline_infinitive(clause):
            d.modality = "future"
        elif mods & set(lx.cues["hypothetical"]["aux"]) or (
            _conditional(clause) and not (clause.i != d.anchor.i and _trailing_condition(clause))
        ):
            d.modality = "hypothetical"
    return d


def _possessed_conduct(n: Token, ctx) -> bool:
    """ "India's purchases of Russian oil drew criticism from X": a noun of conduct that is not an
    actor itself but is owned by one (a possessive actor), as subject of a verb of receiving a
    reaction; the reaction answers the owner."""
    return (
        n.pos_ == "NOUN"
        and ctx.linked(n) is None
        and any(c.dep_ == "poss" and actors_of(c, ctx, pronouns=False) for c in n.children)
    )


_NP_DEPS = frozenset({"pobj", "prep", "dobj", "compound", "conj", "appos", "nmod", "attr"})


def inverted_condition(v: Token) -> bool:
    """'Should Russia attack a NATO member, ...', 'Were China to blockade Taiwan, ...': a fronted clause
    whose auxiliary precedes its subject is a condition, like an 'if' clause (cues.json negation
    inverted_conditional_aux)."""
    if v.dep_ != "advcl":
        return False
    subj = [c.i for c in v.children if c.dep_ in SUBJ]
    aux = lexicon().cues["negation"]["inverted_conditional_aux"]
    return bool(subj) and any(c.dep_ == "aux" and c.lower_ in aux and c.i < subj[0] for c in v.children)


def _unasserted_clause(v: Token, lx: Lexicon) -> bool:
    """A clause that states no act (cues.json negation): an inverted condition ('Should Russia attack a
    NATO member, ...', 'Were China to blockade Taiwan, ...'), an act not yet done ('has yet to impose
    sanctions', 'is yet to respond') or denied by an absent-evidence noun ('there is no evidence that
    Rwanda supplied weapons')."""
    neg = lx.cues["negation"]
    if v.pos_ not in ("VERB", "AUX"):
        return False
    if inverted_condition(v):
        return True
    h = v.head
    yet = neg["not_yet"]
    if (
        v.dep_ == "xcomp"
        and h.lemma_.lower() in yet["verbs"]
        and _has_child(h, ("advmod",), yet["adverbs"])
        and _has_child(v, ("aux",), ("to",))
    ):
        return True
    if v.dep_ in ("acl", "ccomp") and _has_child(v, ("mark",), ("that",)) and h.pos_ == "NOUN":
        return h.lower_ in neg["absent_evidence_nouns"] and _noun_negated(h)
    return False


def _unrealized(g: Token, comp: Token, lx: Lexicon) -> bool:
    """'pressed Belgrade and Pristina to resume talks', 'wishes France to serve as a bridge': an
    infinitive controlled by the object of a verb of wanting or urging is asked for, not done;
    'suggested that France complete the ratification': a mandative 'that'-clause in the subjunctive
    or with 'should' is a proposal (cues.json 'unrealized')."""
    words = lx.cues["unrealized"]
    gl = g.lemma_.lower()
    if gl in words["permission"] and comp.dep_ in ("xcomp", "ccomp"):
        # "will let Fijian officers board Australian vessels", "allows X to use the base": permitted
        return comp.dep_ == "xcomp" or not _has_child(comp, ("mark",))
    if comp.dep_ == "xcomp":
        return gl in words["object_control"] and _has_child(g, OBJ)
    if _controller(comp):  # "called on Iran to end ...", the infinitive parsed as an adverbial
        return gl in words["object_control"]
    if comp.dep_ == "ccomp" and _has_child(comp, ("aux",), ("to",)):
        return gl in words["object_control"]  # "wants Peru to hold talks" parsed as a clause
    if comp.dep_ != "ccomp" or gl not in words["mandative"]:
        return False
    aux = _modal(comp)
    if aux & {"should", "must"}:
        return True
    if aux:
        return False
    if comp.tag_ == "VB":
        return True
    subj = [c for c in comp.children if c.dep_ in SUBJ]
    # 'suggested that Canada complete': a present form after a past mandative verb, or a bare
    # form with a singular subject, is the subjunctive
    return comp.tag_ == "VBP" and (g.tag_ == "VBD" or (bool(subj) and subj[0].tag_ in ("NN", "NNP")))


def _demanded_clause(v: Token, lx: Lexicon) -> bool:
    """'Tokyo's demand that the ships leave', 'the proposal that X host the talks': a 'that'-clause
    on a demand or intent noun states what is asked or planned, not what happened."""
    if v.dep_ not in ("acl", "relcl", "ccomp") or not _has_child(v, ("mark",), ("that",)):
        return False
    n = v.head
    if n.pos_ not in ("NOUN", "PROPN"):
        return False
    low = n.lemma_.lower()
    if any(low in ws for kind, ws in lx.raw["infinitive_nouns"].items() if kind in ("intent", "threat")):
        return True
    t = _match_trigger(n, lx)
    return t is not None and t.type == "REQUEST"


def _trailing_condition(v: Token) -> bool:
    """'threatened to strike unless X withdrew': an 'if'/'unless' clause after a threat verb states
    the threat's terms, not a condition on the threat itself."""
    return any(
        c.dep_ == "advcl" and c.i > v.i and _has_child(c, ("mark",), ("if", "unless")) for c in v.children
    )


def _habitual_present(v: Token) -> bool:
    """'Algeria, which backs and hosts the Polisario Front', 'Bangladesh already hosts 1.2 million
    Rohingyas': a verb in the simple present with no auxiliary, outside a headline (where the present
    tells a past event: 'Modi hosts Pacific leaders'), states a standing arrangement, not an event. A
    headline is the text's first line or any line of its own with no final punctuation: a live blog's
    entry title ('11:00 GMT - Lula hosts Ruto'), a bullet of its key events."""
    if v.tag_ not in ("VBZ", "VBP") or _has_child(v, ("aux", "auxpass")):
        return False
    text = doc_text(v.doc)
    nl = text.find("\n")
    first = text[:nl].rstrip() if nl >= 0 else ""
    if sentence(v).start_char < nl and first and first[-1] not in '.!?"\u201d':
        return False
    start = text.rfind("\n", 0, sentence(v).start_char) + 1
    end = text.find("\n", sentence(v).start_char)
    line = text[start : end if end >= 0 else len(text)].strip()
    whole = (
        not text[start : sentence(v).start_char].strip() and len(line) <= len(sentence(v).text.strip()) + 1
    )
    return not (whole and line and line[-1] not in '.!?"\u201d')


def _headline_infinitive(v: Token) -> bool:
    """'Kenya to send police to Haiti': a bare infinitive as the main verb announces a future act."""
    return v.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _going_to(v: Token) -> bool:
    h = v.head
    return v.dep_ == "xcomp" and h.lemma_ == "go" and h.tag_ == "VBG"


_VERBAL_CONFLICT = frozenset({"ACCUSE", "THREATEN", "REQUEST", "REJECT"})


def _condemned_acts_addressees(drafts: list[_Draft], ctx: _Ctx) -> dict[int, list[str]]:
    """'condemned the deployment and called on Russia to withdraw', 'criticised the polls as a sham and
    urged the regime to release X': a condemnation (ACCUSE) of an act no actor is named with, followed by
    a call (REQUEST) with the same subject on a party, condemns that party's act; never the speaker's own
    state. An addressee the call names becomes the draft's target; one it describes ('the regime') is a
    fallback, taken only when the condemnation finds no target of its own (an author named in earlier
    sentences comes first). Returns the fallbacks, keyed by id() of the ACCUSE draft."""
    by_anchor = {d.anchor.i: d for d in drafts}
    out: dict[int, list[str]] = {}
    for d in drafts:
        if d.type != "ACCUSE" or d.targets or d.tok.pos_ != "VERB" or d.tok.i != d.anchor.i:
            continue
        objs = [c for c in d.tok.children if c.dep_ in OBJ]
        if not objs or any(ctx.linked(t) for c in objs for t in c.subtree):
            continue
        own = set(d.sources) | {ctx.country(k) for k in d.sources}
        v = d.anchor
        for _ in range(3):  # "Chile's opposition senator X described ... and urged the government"
            own |= {ctx.linked(t) for c in v.children if c.dep_ in SUBJ for t in c.subtree}
            if v.head.i == v.i:
                break
            v = v.head
        own.discard(None)
        for c in d.anchor.children:
            o = by_anchor.get(c.i) if c.dep_ == "conj" else None
            if (
                o is not None
                and o.type == "REQUEST"
                and o.targets
                and set(o.sources) == set(d.sources)
                and not any(k in own or ctx.country(k) in own for k in o.targets)
                and not _duty_call(o.anchor)
            ):
                if any(t.pos_ == "PROPN" and ctx.linked(t) in o.targets for t in o.anchor.subtree):
                    d.targets = list(o.targets)  # the call names its addressee: it is stated
                else:
                    out[id(d)] = list(o.targets)  # 'urged the regime': a description, a fallback
                break
    return out


def _duty_call(v: Token) -> bool:
    """'urged Iran to respect its obligations', 'called on Bolivia to protect diplomatic missions',
    'urged the authorities to bring those responsible to justice': the requested act is a duty of
    protection, law or justice (cues.json duty_calls), asked of the party answerable for it -- not
    the author of an act the same speaker condemned ('called on Russia to withdraw' is)."""
    cfg = lexicon().cues["duty_calls"]
    verbs, justice = set(cfg["verbs"]), set(cfg["justice_phrase"])
    for c in v.children:
        if c.dep_ not in ("xcomp", "ccomp"):
            continue
        for a in _conjuncts(c) if c.pos_ in ("VERB", "AUX") else [c]:
            lem = a.lemma_.lower()
            if lem in cfg["duty_verbs"] and _has_child(a, OBJ, tuple(cfg["duty_nouns"])):
                return True  # "to respect its obligations"; "to respect the border" asks the violator
            if lem in verbs or any(
                t.dep_ == "pobj" and t.head.lower_ == "to" and t.lemma_.lower() in justice for t in a.subtree
            ):  # "to bring those responsible to justice", the phrase hung on the object
                return True
    return False


def _share_coordinated_targets(drafts: list[_Draft]) -> None:
    """'pulled all military aid and cut off intelligence sharing to X': coordinated verbs with
    the same subject share the stated recipient. A verbal conflict act that follows one addressed to
    a stated party is addressed to it too, whatever its type ('accused X of ... and warned that it
    would respond': the warning is aimed at X; PLOVER verbal conflict, GUIDELINES: one act per type)."""
    by_anchor = {d.anchor.i: d for d in drafts}
    for d in drafts:
        if d.targets or d.anchor.dep_ != "conj" and not any(c.dep_ == "conj" for c in d.anchor.children):
            continue
        for other in (d.anchor.head, *[c for c in d.anchor.children if c.dep_ == "conj"]):
            o = by_anchor.get(other.i)
            if (
                o is not None
                and other.i != d.anchor.i  # a root is its own head: another event of the same verb
                and o is not d
                and o.targets
                and (
                    o.type == d.type
                    or o.type in _VERBAL_CONFLICT
                    and d.type in _VERBAL_CONFLICT
                    and o.anchor.i < d.anchor.i
                )
                and set(o.sources) == set(d.sources)
            ):
                d.targets = list(o.targets)
                d.confidence *= 0.9
                break


def _participle_addressees(drafts: list[_Draft]) -> dict[int, list[str]]:
    """'has refused the IMF's conditions, denouncing the cuts as "diktats"': a subjectless participle
    after a verbal conflict verb is the same speaker's next act, aimed at the same party -- a fallback
    for a participle that finds no target of its own ('sent a protest note to A, calling B's declaration
    a provocation' keeps B). Keyed by id() of the participle's draft."""
    by_anchor = {d.anchor.i: d for d in drafts}
    out: dict[int, list[str]] = {}
    for d in drafts:
        v = d.anchor
        o = by_anchor.get(v.head.i)
        if not (
            v.dep_ == "advcl"
            and v.tag_ == "VBG"
            and v.i > v.head.i
            and not _has_child(v, (*SUBJ, "nsubjpass", "mark"))
            and o is not None
            and o is not d
            and set(o.sources) == set(d.sources)
        ):
            continue  # only a subjectless participle after its own speaker's verb
        if not d.targets and d.type in _VERBAL_CONFLICT and o.targets and o.type in _VERBAL_CONFLICT:
            out[id(d)] = list(o.targets)
        elif d.targets and d.type == "ACCUSE" and not o.targets and o.type == "REJECT":
            out[id(o)] = list(d.targets)
    return out


def _speaker_for(d: _Draft, ctx: _Ctx, lx: Lexicon) -> tuple[str | None, Token | None]:
    """The speaker when the event is reported speech: quote or complement of a speech verb."""
    sp = ctx.speaker_at(d.tok)
    if sp:
        return sp, None
    t = d.anchor
    speech = set(lx.cues["speech_verbs"])
    for _ in range(4):
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in speech:
            h = t.head
            for c in h.children:
                if c.dep_ in SUBJ and not _dateline(c):
                    keys = actors_of(c, ctx)
                    return (keys[0] if keys else None), h
            return None, h
        if t.head.i == t.i:
            break
        t = t.head
    return None, None


_ALLEGING = frozenset({"accuse", "blame", "charge", "allege", "claim", "suspect", "deny"})


def _alleged(anchor: Token, lx: Lexicon) -> bool:
    """The clause is the content of an accusation or claim ("accused X of attacking Y")."""
    t = anchor
    for _ in range(3):
        if t.head.i == t.i or t.dep_ not in ("pcomp", "pobj", "ccomp", "prep"):
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _ALLEGING:
            return True
    return False


def _raised_hedge(anchor: Token, lx: Lexicon) -> bool:
    """'X is believed / said to have supplied Y', 'X appears to have fired': the act is the infinitive
    of a raising verb of belief or report (cues.json hedge raising), an unconfirmed claim."""
    raising = lx.cues["hedge"].get("raising", {})
    v = _first_conjunct(anchor)  # "is believed to have trained and armed the militia"
    if v.dep_ != "xcomp":
        return False
    g = v.head
    lem = g.lemma_.lower()
    if lem in raising.get("active", ()):
        return True
    return lem in raising.get("passive", ()) and any(c.dep_ in ("auxpass", "nsubjpass") for c in g.children)


_VERBAL_ATTACK_TYPES = frozenset({"Person"})


def _verbal_attack(d: _Draft, ctx: _Ctx, lx: Lexicon) -> bool:
    """'Trump attacked Biden over his record', 'X clashed with Y over trade rules': a generic attack
    word between people, or on a media outlet, with no weapon or military word in the sentence, is
    criticism (CAMEO 111), not ASSAULT."""
    if d.type != "ASSAULT" or d.trig.key not in ("attack", "assault", "slam", "hit", "clash") or d.mode:
        return False
    if not all(ctx.etype(k) == "Person" for k in d.sources):
        return False
    if not all(
        ctx.etype(k) == "Person" or getattr(ctx.entity(k), "subtype", None) == "Media" for k in d.targets
    ):
        return False
    military = set(lx.raw["contexts"]["military"]) | set(lx.raw["noun_modes"]["ASSAULT"])
    return not any(t.lemma_.lower() in military for t in sentence(d.tok))


def _bloc_member(state: str, bloc: str, ctx: _Ctx) -> bool:
    """Whether ``state`` (or the state a person or body acts for) is a member of the IGO ``bloc`` by the
    gazetteer's member lists."""
    if ctx.etype(bloc) != "IGO":
        return False
    e, b = ctx.entity(ctx.country(state) or state), ctx.entity(bloc)
    iso = getattr(e, "iso3", None)
    if not iso:
        return False
    members = _relations._known_members()
    names = (getattr(b, "wikidata", None), getattr(b, "label", None), *getattr(b, "aliases", ()))
    return any(n and iso in members.get(n, ()) for n in names)


def _decided_conjunct(v: Token, lx: Lexicon) -> bool:
    """'said it had decided to end relations and would recall its ambassador', 'decided to expel two
    diplomats and will close the consulate': a measure coordinated with a decision taken is part of
    the decision (announced, future), not a threat (cues.json future decision_verbs)."""
    words = lx.cues["future"]["decision_verbs"]
    for _ in range(3):
        if v.dep_ != "conj" or v.head.i == v.i:
            return False
        h = v.head
        for g in (h, h.head if h.dep_ == "xcomp" else None):
            if g is not None and g.lemma_.lower() in words and not _negated(g):
                return True
        v = h
    return False


def _announced_measure(d: _Draft, lx: Lexicon, own: bool) -> bool:
    """'Nauru said it would sever relations with Taiwan', 'Oslo will close its embassy in Kabul': a break of
    diplomatic ties the acting side (or the writer) states it will make, with 'will'/'would', is the measure
    announced (future), not a threat; 'will take countermeasures', 'would propose sanctions', 'said it would
    impose sanctions on X', 'could sever ties', an undated 'would stop gas deliveries' stay threats (cues.json
    future 'announced_measure')."""
    cfg = lx.cues["future"]["announced_measure"]
    if d.type != "SANCTION" or not own:
        return False
    if "diplomatic" not in d.trig.context and not any(
        c.dep_ in OBJ and c.lemma_.lower() in cfg["objects"] for c in d.anchor.children
    ):
        return False  # 'will close its embassy', not 'will close the border'
    modals = _modal(d.anchor)
    if not modals & set(cfg["modals"]) or modals & set(cfg["not_modals"]):
        return False
    lem = d.anchor.lemma_.lower()  # the break's own verb ('close'), or ties discontinued ('sever relations')
    return d.anchor.i == d.tok.i or lx.operators.get(lem) == "discontinue"


_CLAUSE_DEPS = ("ccomp", "advcl", "conj", "xcomp", "csubj", "relcl", "acl", "parataxis", "appos")


def _path_between(t: Token, tok: Token) -> list[Token]:
    """The tokens on the dependency path from ``t`` up to (not including) ``tok`` or the root."""
    out = []
    h = t.head
    while h.i != tok.i and h.head.i != h.i:
        out.append(h)
        h = h.head
    return out


def _fallback_side(d: _Draft, ctx: _Ctx, lx: Lexicon, srcs: list[str], tgts: list[str]) -> list[str]:
    """Fallback attachment, lower confidence: the side of an event the dependency rules left empty
    ('Nigeria came out in support', 'deploying troops to the border with Somalia') is the one actor
    state left in the trigger's own clause, when exactly one is left (cues.json 'fallback_attach'):
    not the other side or its state, not an actor of a nested clause (relative, appositive,
    complement, adverbial or coordinated clause), not inside a quotation, not the participant of
    another event of the sentence, not a place adjunct ('in', 'at', 'from'), a possessor or a
    modifier ('Serbian dinars'; a group noun's 'the Philippine delegation' stands), and only a state,
    a person or body of a known state, or an IGO ('lodged a complaint with the Security Council': a
    forum of a complaint is none). The missing target lies after the trigger, the missing source
    before it. No fallback for a noun dating another event ('after the assassination') or the topic
    of another predicate ('concerns over a pact with X': nothing asserted), a quoted
    trigger, a relation (ALLY, MEMBER_OF) or a noun whose possessor is no actor ('the region's
    contacts with X')."""
    cfg = lx.cues["fallback_attach"]
    tok = d.tok
    sent = sentence(tok)
    if (
        d.type in cfg["skip_types"]
        or ctx.speaker_at(tok) is not None
        or tok.dep_ == "pobj"
        and tok.head.lower_ in (*cfg["time_preps"], *cfg["topic_preps"])
        or any(c.dep_ == "poss" and c.pos_ != "PRON" and ctx.linked(c) is None for c in tok.children)
        or d.folded  # "ruled out strikes on X": read through the governor
        or not srcs
        and tok.pos_ == "NOUN"
        and tok.dep_ in OBJ
        and not _is_light(tok.head, lx)  # "ruled out strikes on X": the verb's subject was weighed already
        or srcs
        and tok.pos_ in ("VERB", "AUX")
        and any(
            c.dep_ in OBJ and c.pos_ in ("NOUN", "PROPN") and ctx.linked(c) is None and not _is_group(c)
            for c in tok.children
        )
    ):
        return []
    have = srcs or tgts
    have_states = {ctx.country(k) or k for k in have}
    head = tok  # the trigger's clause: up to its verb or the nearest clause relation
    while (
        head.dep_ not in _CLAUSE_DEPS
        and head.head.i != head.i
        and not (head.pos_ in ("VERB", "AUX") and head != tok)
    ):
        head = head.head
    other_args = {
        k
        for o in ctx.drafts
        if o is not d and sent.start <= o.tok.i < sent.end
        for k in (*o.sources, *o.targets)
    }
    cands: dict[str, str] = {}
    for t, k in _stretch_actors(ctx.doc[head.left_edge.i : head.right_edge.i + 1], ctx):
        if k in have or (ctx.country(k) or k) in have_states or k in other_args:
            continue
        if t.i == tok.i or (srcs and t.i < tok.i) or (tgts and t.i > tok.i) or ctx.speaker_at(t) is not None:
            continue
        h = t
        while (
            h.i != head.i
            and h.head.i != h.i
            and (h.dep_ not in _CLAUSE_DEPS or h.dep_ == "conj" and h.pos_ not in ("VERB", "AUX"))
        ):
            h = h.head  # up to the trigger's clause; coordinated nouns ("Russia and China") stay in it
        if h.i != head.i:
            continue  # inside a nested clause
        if any(x.pos_ == "NOUN" and _match_trigger(x, lx) is not None for x in _path_between(t, tok)):
            continue  # "warned against any attack on X": X belongs to the attack, another event
        j = t.i
        while j + 1 < sent.end and ctx.linked(ctx.doc[j + 1]) == k:
            j += 1
        root = next((x for x in ctx.doc[t.i : j + 1] if not t.i <= x.head.i <= j or x.head == x), t)
        while root.dep_ == "conj" and root.head.pos_ not in ("VERB", "AUX") and root.head != root:
            root = root.head  # "protests from India and the United States": the list's place in the clause
        if root.dep_ in ("poss", "amod", "compound", "nmod", "npadvmod", "nummod"):
            continue  # an owner or a modifier ("Serbian dinars", "Greek-owned tanker"), no participant
        if root.dep_ == "pobj" and root.head.lower_ in cfg["place_preps"]:
            continue
        if root.dep_ == "pobj" and root.head.lower_ == "of" and not _is_group(root.head.head):
            continue  # "the Charter of the African Union": an owner, as a possessor is
        if ctx.country(k) is None and ctx.etype(k) != "IGO":
            continue  # a company, a base, an app
        if (
            d.type in cfg["forum_types"]
            and ctx.etype(k) == "IGO"
            and root.dep_ == "pobj"
            and root.head.lower_ in cfg["forum_preps"]
        ):
            continue
        cands.setdefault(ctx.country(k) or k, k)
    if len(cands) != 1:
        return []
    d.confidence *= cfg["factor"]
    return list(cands.values())


def _sampled_subject(v: Token) -> bool:
    """A clause whose subject is a plural noun naming only some of its members ('79 member states,
    including A, B and C, issued a joint statement', 'dozens of countries such as X and Y signed the
    letter'): the named few are a sample of a crowd acting together, not parties to a pact with each other (a joint
    exercise still pairs them: GUIDELINES)."""
    v = _first_conjunct(v)
    for s in v.children:
        if s.dep_ not in ("nsubj", "nsubjpass"):
            continue
        heads = [s, *(p for pr in s.children if pr.dep_ == "prep" and pr.lower_ == "of" for p in pr.children)]
        if any(h.tag_ == "NNS" and _including_phrase(h) for h in heads):
            return True
    return False


def _including_phrase(tok: Token) -> bool:
    return any(
        c.dep_ == "prep"
        and (c.lower_ in ("including", "like") or (c.lower_ == "as" and _has_child(c, ("amod",), ("such",))))
        for c in tok.children
    )


def _finish(d: _Draft, ctx: _Ctx, lx: Lexicon) -> Event | None:
    cues = lx.cues
    if any(
        c.dep_ == "nsubj" and _has_child(c, ("det",), ("any",)) and _match_trigger(c, lx) is None
        for c in d.anchor.children
    ):
        return (
            None  # "(the mechanism allows) any participant to restore sanctions on X": anyone may; no one did
        )
    if _verbal_attack(d, ctx, lx):
        if d.mirrored:
            # "X clashed with Y over trade": X's criticism of Y; a war of words is no violence
            # both ways, and Y's side of it is not stated
            return None
        d.type, d.cameo, d.goldstein, d.mode, d.context = "ACCUSE", "111", -2.0, "disapprove", ()
    # reported speech: the speaker stands for their own state among the participants
    speaker, speech_verb = _speaker_for(d, ctx, lx)
    if speaker is not None and ctx.etype(speaker) == "Person":
        sc = ctx.country(speaker)
        if sc is not None and sc not in d.sources and (whole := _speaker_body_whole(sc, d.sources, ctx, lx)):
            sc = whole  # "European Commission President X said the European Union stood with Y"
        if (
            sc is not None
            and sc in d.sources
            and speaker not in d.sources
            and speaker not in d.targets
            and d.type not in ("ALLY", "MEMBER_OF")  # alliances and memberships are between states
        ):  # "Lavrov said Russia would not consider ...": the speaker acts for his state
            d.sources = [speaker if k == sc else k for k in d.sources]
    srcs = list(dict.fromkeys(d.sources))
    tgts = [k for k in dict.fromkeys(d.targets) if k not in srcs]
    if d.type == "AGREE" and len(tgts) >= 2 and srcs:
        bloc = _one_text_with(d.tok, srcs, tgts, ctx)
        if bloc == "":
            srcs, tgts = srcs + tgts, []  # "signed an agreement with Tanzania and Zambia": all are parties
        elif bloc:
            tgts = [*tgts, bloc]  # "the deal with the leaders of A, B and C at a Mercosur summit"
    if d.type == "AGREE" and not tgts and len(srcs) > 1 and _sampled_subject(d.anchor):
        return None  # "79 states, including A, B and C, issued a joint statement": no pact among the three
    if d.type == "CONSULT":
        # "Speaking to the Financial Times, X said ...": an interview with a news outlet is no
        # consultation between political actors (CAMEO 04 consult)
        kept = [k for k in srcs + tgts if getattr(ctx.entity(k), "subtype", None) != "Media"]
        if len(kept) < len(srcs) + len(tgts):
            srcs, tgts = [k for k in srcs if k in kept], [k for k in tgts if k in kept]
            if not srcs or not tgts and len(srcs) < 2:
                return None
    if d.trig.realized_only:
        v = _first_conjunct(
            d.anchor
        )  # "NATO should confirm ... and offer Serbia a briefing": the shared modal
        if d.modality == "hypothetical" or _modal(v) & set(lx.cues["hypothetical"]["aux"]):
            return None  # a recommended or possible offer is not an offer
    held = lx.cues["future"]["accountability"]
    if d.type == "ACCUSE" and d.modality in ("future", "hypothetical") and d.trig.key in held["triggers"]:
        # "Washington will hold Tehran accountable", "vowed to hold X accountable": a punishment
        # promised, not a blame laid (CAMEO 130 threaten)
        code, gold = held["cameo"]
        d.type, d.cameo, d.goldstein, d.mode, d.modality = "THREATEN", code, gold, None, "asserted"
    if d.type in NEGATIVE and d.type != "THREATEN" and d.modality in ("future", "hypothetical"):
        # "X said it would retaliate", "X could impose sanctions": an actor's stated or
        # announced prospect of a hostile act is a threat (CAMEO 13x), unless it is conditional
        # speculation by someone else
        side = speaker is not None and (
            speaker in srcs or (ctx.country(speaker) or speaker) in {ctx.country(k) for k in srcs}
        )
        scheduled = d.type in ("SANCTION", "COERCE") and not _modal(d.anchor) & {"could", "might", "may"}
        if scheduled:
            # "said it would stop deliveries to X from January 1": a measure announced with the date it
            # takes effect is the measure (future), not a threat (cues.json future 'effect_words')
            when = event_date(d.anchor, ctx.doc, ctx.published, future=True, trigger=d.tok)[1]
            sent = sentence(d.tok).text.lower()
            at = sent.find(when.lower()) if when else -1
            before = sent[:at].split()[-2:] if at > 0 else []
            effect = set(cues["future"].get("effect_words", ()))
            scheduled = bool(set(before) & effect) or any(
                # "will close the crossing on its border with X from Thursday, the government said":
                # the date it takes effect, hung by the parser inside the clause's object phrase
                t.ent_type_ == "DATE" and t.i > 0 and ctx.doc[t.i - 1].lower_ in effect
                for t in d.anchor.subtree
            )
        if not scheduled and d.type in ("SANCTION", "COERCE") and _headline_infinitive(d.anchor):
            # "Finland to shut last open crossing on Russian border": the writer's news of a measure
            scheduled = True
        if not scheduled and _announced_measure(d, lx, speaker is None or side):
            scheduled = True  # "X said it would sever relations with Y": the measure announced, not a threat
        if (scheduled or _decided_conjunct(d.anchor, lx)) and not _conditional(d.anchor):
            d.modality = "future"
        elif side or (not _conditional(d.anchor) and d.type in ("SANCTION", "COERCE")):
            # "said it would close the border if X ...": the actor's own conditional measure is a threat
            d.cameo, d.goldstein, d.mode = _threat_code(d.type, lx)
            d.type, d.modality = "THREATEN", "asserted"
            d.confidence *= 0.9
    if d.type in SYMMETRIC and not tgts and len(srcs) < 2:
        tgts = _discourse.partners(d, ctx, srcs)  # "warned X in a phone call": X
        if not tgts and srcs:
            tgts = _fallback_side(d, ctx, lx, srcs, [])
        if not tgts:
            return None
    if d.type == "ALLY":
        # "its European Union partners", "our ally Turkiye" (NATO's): a state and a bloc it belongs to
        # are members, not allies (GUIDELINES: a state in an IGO or alliance is MEMBER_OF)
        def fellow(a: str, b: str) -> bool:
            return _bloc_member(a, b, ctx) or _bloc_member(b, a, ctx)

        if tgts:
            tgts = [t for t in tgts if not any(fellow(s, t) for s in srcs)]
            if not tgts:
                return None
        elif len(srcs) > 1 and all(fellow(a, b) for i, a in enumerate(srcs) for b in srcs[i + 1 :]):
            return None
    if d.type == "ALLY" and _discourse.observer_opinion(d, ctx, speaker, srcs, tgts):
        return None  # an outside observer's characterisation, not a stated alliance
    if not srcs or not tgts:
        done = _discourse.complete(d, ctx, srcs, tgts)  # participants left to the discourse
        if done is None:
            return None
        srcs, tgts = done
        if srcs and not tgts and d.type not in SYMMETRIC:
            tgts = _fallback_side(d, ctx, lx, srcs, [])
        elif tgts and not srcs:
            srcs = _fallback_side(d, ctx, lx, [], tgts)
    elif _discourse.frame_fails(d):
        return None
    tgts = _discourse.placed_targets(d, ctx, tgts)  # a sea is no target of an attack
    if not srcs or (not tgts and d.type not in SYMMETRIC):
        return None
    # an event between a state and itself ("Russian officials met Russia's envoy") says nothing;
    # between two named people of one state ("Trump attacked Biden") it is domestic politics, kept
    if tgts and all(
        ctx.country(s) is not None
        and ctx.country(s) == ctx.country(t)
        and not (ctx.etype(s) == "Person" and ctx.etype(t) == "Person")
        for s in srcs
        for t in tgts
    ):
        return None
    conf = cues["base"] * d.confidence
    sent = sentence(d.tok)
    low_sent = doc_text(sent.doc)[sent.start_char : sent.end_char].lower()  # sent.text joins its tokens
    low = lower_words(sent.doc)
    anc = d.anchor  # the words of its subtree that hang on it: its children, and itself as a root
    on_anchor = (*anc.children, anc) if anc.head == anc else anc.children
    if any(t.lower_ in cues["hedge"]["adverbs"] for t in on_anchor) or any(
        low[i] in cues["hedge"]["adverbs"] and sent.doc[i].head == d.tok for i in range(sent.start, sent.end)
    ):
        conf *= cues["hedge"]["factor"]
    elif any(p in low_sent for p in cues["hedge"]["phrases"]):
        conf *= 0.9
    if _alleged(d.anchor, lx) or _raised_hedge(d.anchor, lx):
        conf *= cues["hedge"]["factor"]  # "accused X of attacking Y": the attack is an allegation
    if speaker is not None and speaker not in srcs:  # someone else's account or opinion
        sc = ctx.country(speaker)
        if sc is None or sc not in {ctx.country(k) for k in srcs}:
            conf *= cues["reported_opinion"]["factor"]
    future = d.modality == "future"
    date, date_text = event_date(d.anchor, ctx.doc, ctx.published, future=future, trigger=d.tok)
    modality = d.modality
    if modality == "future":
        conf *= cues["future"]["factor"]
    elif modality == "hypothetical":
        conf *= cues["hypothetical"]["factor"]
    elif date and ctx.pub is not None and is_future(date, date_text, ctx.pub):
        modality = "future"  # "talks are scheduled for next week"
        conf *= cues["future"]["factor"]
    elif date and ctx.pub is not None:
        y = int(date[:4])
        m = int(date[5:7]) if len(date) >= 7 else 12
        days = (ctx.pub.year - y) * 365 + (ctx.pub.month - m) * 30
        if days > cues["historical"]["days"]:
            modality = "historical"
    context = list(d.context)
    # context words from the trigger's own phrase, not from coordinated or subordinate clauses
    clause = ("conj", "cc", "ccomp", "advcl", "parataxis", "relcl", "xcomp", "acl")
    words = {d.tok.lemma_.lower()} | {
        t.lemma_.lower() for c in d.tok.children if c.dep_ not in clause for t in c.subtree
    }
    for ctx_name, ws in lx.raw["contexts"].items():
        if ctx_name == "about":
            continue
        if ctx_name not in context and words & set(ws):
            context.append(ctx_name)
    return make_event(
        ctx.document,
        d.type,
        srcs,
        tgts,
        evidence=paragraph_clipped_evidence(d.tok, ctx.document),
        trigger=d.trigger_text or d.tok.text,
        trigger_start=d.tok.idx,
        confidence=conf,
        extractor=EXTRACTOR,
        cameo=d.cameo,
        goldstein=d.goldstein,
        mode=d.mode,
        context=tuple(context),
        modality=modality,
        date=date,
        date_text=date_text,
        location=d.location,
    )


def paragraph_clipped_evidence(tok: Token, document: Document) -> Evidence:
    r"""The sentence of ``tok`` as evidence, clipped to the paragraph that holds ``tok``: the parser
    sometimes runs a headline or a dateline into the first sentence of the next paragraph.

    >>> from kg.nlp import load_pipeline
    >>> d = Document("d", "Talks stall\n\nIran met Oman on Monday.")
    >>> doc = load_pipeline()(d.text)
    >>> paragraph_clipped_evidence(doc[4], d).text
    'Iran met Oman on Monday.'
    """
    ev = sentence_evidence(sentence(tok), document)
    if "\n\n" not in ev.text:
        return ev
    text = document.text
    start = text.rfind("\n\n", ev.start, tok.idx)
    start = ev.start if start < 0 else start + 2
    end = text.find("\n\n", tok.idx, ev.end)
    end = ev.end if end < 0 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(doc_id=document.id, text=text[start:end], start=start, end=end)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (category, participants, sentence): keep the most confident."""
    best: dict[tuple, Event] = {}
    for e in events:
        key = (
            e.category,
            tuple(sorted(e.sources)) if e.symmetric else e.sources,
            e.targets,
            e.evidence.start if e.evidence else 0,
        )
        if key not in best or e.confidence > best[key].confidence:
            best[key] = e
    return list(best.values())


@extractors("kg.events.v1")
def extract_events(doc: Doc, index: Any, *, document: Document) -> list[Event]:
    """PLOVER/CAMEO events and ALLY/MEMBER_OF relations between linked actors of ``doc``.

    >>> from kg.nlp import load_pipeline
    >>> from kg.extract import extract_text
    >>> r = extract_text("Ukraine was attacked by Russia on Friday.", load_pipeline(), published="2025-03-12")
    >>> [(e.category, e.sources, e.targets, e.date) for e in r.events if e.extractor == EXTRACTOR]
    [('ASSAULT', ('Q159',), ('Q212',), '2025-03-07')]
    """
    return find_events(doc, index, document=document)
