"""Entity linking: every actor mention in a parsed ``Doc`` resolved to a canonical key.

:func:`link_entities` returns an :class:`EntityIndex` that answers, for any token or span,
"which canonical actor does this belong to" (``index.at_token(i)``, ``index.in_span(span)``)
and yields the document's :class:`kg.types.Entity` records with mention counts and the
aliases seen.

How mentions resolve (knowledge from :mod:`kg.gazetteer` and ``kg/data/entity_fixes.json``):

- names and aliases in the gazetteer -> their record (QID key when known);
- demonyms ("Russian", "Russians"), capitals ("Moscow") and government metonyms ("the
  Kremlin") -> the state; a demonym or state name followed by an acting noun ("Russian
  forces", "Chinese state media", "U.S. officials") covers that noun too;
- a capital after a place preposition ("talks in Moscow") stays a Location;
- a town of ``gazetteer/places.json`` the model tagged as a person or group ("struck Kharkiv, Odesa
  and Dnipro") is that Location, unless the text uses it as a person's name; a weapon system's name
  (entity_fixes ``weapon_names``: "Patriot", "HIMARS", "F-16s") is never an actor;
- short person names -> the full name used in the same document ("Putin" -> Vladimir
  Putin), else a gazetteer person with that unique surname;
- "the Trump administration" -> the state its leader heads; "the president" -> the last
  person the document gave that title; "the Colombian president" -> the person the document
  named earlier as that state's president (else the state);
- descriptions ("the army", "the rebels", "the group", "the bloc") -> the actor named before
  (see ``_link_descriptions``);
- a person's state comes from the text ("Russian Foreign Minister Sergey Lavrov") or the
  gazetteer; roles found on the way are kept in ``index.roles`` (see :mod:`kg.extract.roles`).

>>> from kg.nlp import load_pipeline
>>> doc = load_pipeline()("Russian Foreign Minister Sergey Lavrov met Chinese officials in Beijing. Lavrov said Moscow agreed.")
>>> index = link_entities(doc)
>>> [(m.text, index.entity(m.key).label) for m in index.mentions]  # doctest: +NORMALIZE_WHITESPACE
[('Russian', 'Russia'), ('Sergey Lavrov', 'Sergey Lavrov'), ('Chinese officials', 'China'),
 ('Beijing', 'Beijing'), ('Lavrov', 'Sergey Lavrov'), ('Moscow', 'Russia')]
>>> index.entity("person:sergey-lavrov").country
'Q159'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import islice

from spacy.tokens import Doc, Span, Token

from kg.extract.common import doc_text, lower_lemmas, lower_words, sentence
from kg.extract.temporal import calendar_word
from kg.gazetteer import GazEntry, Gazetteer, get_gazetteer, normalize, place_state
from kg.model.iris import entity_key
from kg.nlp.components import _fold_accents
from kg.resources import load_json
from kg.types import Entity

__all__ = ["LinkedMention", "EntityIndex", "RoleFact", "link_entities", "ACTOR_LABELS"]

#: spaCy labels linked as actors, places or named events.
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT")
# parts of speech a name never takes, however the tagger errs on it; a name the tagger took for a
# common word is trusted only in a noun's place in the parse (a surname parsed as an adjective before
# 'and <title> <name> accused him' comes with a broken parse of the whole subject)
_FUNCTION_POS = ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM", "SPACE", "X")
_NOMINAL_DEPS = (
    "nsubj",
    "nsubjpass",
    "dobj",
    "dative",
    "pobj",
    "poss",
    "conj",
    "appos",
    "attr",
    "npadvmod",
    "ROOT",
)
_STATE_TYPES = ("Country",)
_ORG_TYPES = ("Organization", "IGO")


@dataclass(frozen=True)
class LinkedMention:
    """One mention: token span ``[start, end)``, character span, surface text, canonical key
    and type of the entity it refers to, and how it was linked (``via``: ``gazetteer``,
    ``ner``, ``demonym``, ``capital``, ``metonym``, ``coref``, ``leader``)."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    key: str
    type: str
    via: str
    label: str = ""

    @property
    def start_token(self) -> int:
        return self.start

    @property
    def end_token(self) -> int:
        return self.end


@dataclass(frozen=True)
class RoleFact:
    """A person's role found in the text: ``person`` holds ``title`` in ``target`` (keys);
    ``start``/``end`` is the token span of the title (the trigger), ``pattern`` names the rule."""

    person: str
    target: str
    title: str
    start: int
    end: int
    confidence: float
    pattern: str


@dataclass
class _Record:
    key: str
    label: str
    type: str
    subtype: str | None = None
    wikidata: str | None = None
    iso3: str | None = None
    country: str | None = None
    surfaces: dict[str, int] = field(default_factory=dict)
    mentions: int = 0
    canonical: str | None = None  # the gazetteer's name when the label is the document's
    names: frozenset[str] = frozenset()  # the gazetteer's names of it (normalized)


class EntityIndex:
    """Linked mentions of one document, by token, and the canonical entities they refer to.

    Queries: :meth:`at_token`, :meth:`in_span`, :meth:`keys_in` (mentions), :meth:`entity`,
    :meth:`entities`, :meth:`country_of` (canonical actors), and :meth:`collective`, which
    resolves "both sides", "the two countries", "both capitals", "the parties", "the three
    countries" to the keys of the actors the document pairs there (for event extraction).
    """

    def __init__(self, doc: Doc, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.mentions: list[LinkedMention] = []
        self.roles: list[RoleFact] = []
        self._tok: list[LinkedMention | None] = [None] * len(doc)
        self._records: dict[str, _Record] = {}
        self._keep: set[str] = set()  # records kept without a mention (a role's implicit state)
        self._hidden: list[LinkedMention] = []  # persons folded into a group ("X's government")
        self._junta_memo: list[tuple[int, str]] | None = None  # where the text ties military rule to a state

    # -- queries ---------------------------------------------------------------------
    def at_token(self, i: int) -> LinkedMention | None:
        """The mention token ``i`` belongs to, if any."""
        return self._tok[i] if 0 <= i < len(self._tok) else None

    def in_span(self, span: Span | tuple[int, int]) -> list[LinkedMention]:
        """Mentions overlapping ``span`` (a spaCy span or a token range), in text order."""
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        out: list[LinkedMention] = []
        for i in range(max(start, 0), min(end, len(self._tok))):
            m = self._tok[i]
            if m is not None and (not out or out[-1] is not m):
                out.append(m)
        return out

    def keys_in(self, span: Span | tuple[int, int], *, types: tuple[str, ...] | None = None) -> list[str]:
        """Distinct entity keys mentioned in ``span`` (optionally only of ``types``)."""
        out: list[str] = []
        for m in self.in_span(span):
            if (types is None or m.type in types) and m.key not in out:
                out.append(m.key)
        return out

    def entity(self, key: str) -> Entity:
        """The :class:`kg.types.Entity` for ``key`` (KeyError if not in this document)."""
        r = self._records[key]
        aliases = tuple(s for s, _ in sorted(r.surfaces.items(), key=lambda kv: -kv[1]) if s != r.label)
        if r.canonical and r.canonical not in aliases:
            aliases += (r.canonical,)
        return Entity(
            key=r.key,
            label=r.label,
            type=r.type,
            subtype=r.subtype,
            wikidata=r.wikidata,
            iso3=r.iso3,
            country=r.country,
            aliases=aliases,
            mentions=r.mentions,
        )

    def entities(self) -> tuple[Entity, ...]:
        """Every entity of the document, in order of first mention."""
        return tuple(self.entity(k) for k in self._records)

    def __contains__(self, key: str) -> bool:
        return key in self._records

    def country_of(self, key: str) -> str | None:
        """The state an entity acts for (a state is its own)."""
        r = self._records.get(key)
        if r is None:
            e = self.gazetteer.get(key)
            return e.country if e else None
        return r.key if r.type == "Country" else r.country

    def place_state(self, key: str) -> str | None:
        """The state a place entity lies in ("Kharkiv" -> Ukraine, by :func:`kg.gazetteer.place_state`),
        recorded as an entity of the document; None for no place or an unknown one."""
        r = self._records.get(key)
        if r is None or r.type != "Location":
            return None
        e = place_state(r.label)
        if e is None or _feature_name(doc_text(self.doc), r.label):
            return None  # "around Scarborough" in a text about Scarborough Shoal: the shoal
        if any(m.text == r.label and m.type not in ("Location", "Country") for m in self.mentions):
            return None  # the text also uses the name for an actor ("French nuclear group Orano")
        self._record(e.key, e, e.label, "Country")
        self._keep.add(e.key)
        return e.key

    def set_country(self, key: str, country: str) -> None:
        """Record that ``key`` acts for state ``country`` (when not already known)."""
        r = self._records.get(key)
        if r is not None and r.type != "Country" and not r.country:
            r.country = country

    def collective(self, span: Span | tuple[int, int]) -> tuple[str, ...]:
        """The actors a collective phrase refers to: "both sides", "both countries", "both
        capitals", "both neighbours", "the two sides", "the parties", "the three countries".

        The answer is the pair (or trio) of actors that the text before the phrase relates most
        strongly: for every sentence up to the phrase, each pair of actors named in it scores
        more when they are coordinated ("A and B", "between A and B") and when the sentence is
        recent. Persons count as the state they act for; "countries", "capitals", "nations" and
        "neighbours" admit only states, "sides" and "parties" also organizations (an armed group).
        A phrase that is the object of a verb ("X urged both sides") never includes X's actor.
        Returns ``()`` for a phrase that is not collective or when no pairing is found; keys are
        in text order of first mention.

        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("India and Pakistan exchanged fire. Marco Rubio of the "
        ...     "United States urged both sides to de-escalate.")
        >>> index = link_entities(doc)
        >>> index.collective(doc[13:15])  # "both sides"
        ('Q668', 'Q843')
        >>> index.collective(doc[0:1])  # not a collective phrase
        ()
        """
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        doc = self.doc
        words = [t.lower_ for t in doc[start:end] if not t.is_punct]
        size = _collective_size(words)
        if size is None:
            return ()
        states_only = words[-1] in _COLLECTIVE_STATE_NOUNS
        exclude = self._subject_actors(start, end, states_only)
        if size == 2 and (near := self._near_pair(start, end, states_only, exclude)):
            return near
        scores: dict[tuple[str, ...], float] = {}
        first: dict[str, int] = {}
        sents = [s for s in doc.sents if s.start < start]
        for dist, sent in enumerate(reversed(sents)):
            s_end = min(sent.end, start)
            actors: dict[str, int] = {}
            for m in self.in_span((sent.start, s_end)):
                k = self._actor_key(m, states_only)
                if k is not None and k not in exclude:
                    actors.setdefault(k, m.start)
                    first[k] = min(first.get(k, m.start), m.start)
            if len(actors) < 2:
                continue
            coord = self._coordinated(sent.start, s_end, states_only)
            # the story's main pairing recurs through the text, the latest one is nearest;
            # the headline states the main pairing
            weight = _COLLECTIVE_DECAY**dist * (3.0 if sent.start == sents[0].start else 1.0)
            for combo in _combinations(sorted(actors), size):
                together = all(k in coord for k in combo)
                bonus = (0.5 if together else 0.0) + (0.5 if len(actors) == size else 0.0)
                scores[combo] = scores.get(combo, 0.0) + weight * (1.0 + bonus)
        if not scores:
            return ()
        best = max(scores, key=lambda c: (scores[c], -min(first[k] for k in c)))
        return tuple(sorted(best, key=lambda k: first[k]))

    def _near_pair(self, start: int, end: int, states_only: bool, exclude: set[str]) -> tuple[str, ...]:
        """The parties of the encounter just told, for a pair phrase that is a clause's subject:
        'Zeine visited Moscow in January, and the two governments agreed ...', 'Modi held talks with
        Xi. The two sides agreed ...'. In the phrase's own sentence before it, else the nearest of the
        two sentences before that relates two actors, one actor is the subject of a verb and the other
        its object or the object of a preposition on the verb or its object ('held talks with Xi'),
        or the two are coordinated subjects; that pair, when it is the only one there, outweighs the
        story's main pairing (a headline's dyad). A phrase that is an object ('X urged both sides')
        keeps the story's pairing: a third party's appeal is to the parties of the conflict."""
        doc = self.doc
        if doc[start:end].root.dep_ not in ("nsubj", "nsubjpass"):
            return ()

        def keys(toks) -> list[str]:
            out = []
            for t in toks:
                for c in (t, *(x for x in t.children if x.dep_ == "conj")):
                    m = self.at_token(c.i) if c.i < start else None
                    if (
                        m is not None
                        and (k := self._actor_key(m, states_only)) is not None
                        and k not in exclude
                    ):
                        out.append(k)
            return list(dict.fromkeys(out))

        for sent in reversed([s for s in doc.sents if s.start < start][-3:]):
            pairs: set[tuple[str, ...]] = set()
            for v in doc[sent.start : min(sent.end, start)]:
                if v.pos_ not in ("VERB", "AUX"):
                    continue
                subj = keys(c for c in v.children if c.dep_ == "nsubj")
                objs = [c for c in v.children if c.dep_ == "dobj"]
                objs += [
                    p
                    for h in (v, *objs)
                    for c in h.children
                    if c.dep_ == "prep"
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
                pairs |= {tuple(sorted((a, b))) for a in subj for b in keys(objs) if a != b}
                if len(subj) == 2:
                    pairs.add(tuple(sorted(subj)))
            if pairs:
                return pairs.pop() if len(pairs) == 1 else ()
        return ()

    def _actor_key(self, m: LinkedMention, states_only: bool) -> str | None:
        """The actor a mention counts as in a collective: a state, a person's state, an
        organization (unless only states are admitted)."""
        if m.type == "Country":
            return m.key
        if m.via == "dateline" or m.type not in ("Person", "Organization"):
            return None
        state = self.country_of(m.key)
        if state:
            return state
        return None if states_only or m.type == "Person" else m.key

    def _subject_actors(self, start: int, end: int, states_only: bool) -> set[str]:
        """Actors of the subject of the verb that governs a collective object."""
        doc = self.doc
        root = doc[start:end].root
        if root.dep_ in ("nsubj", "nsubjpass"):
            return set()
        tok, steps = root, 0
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and steps < 4:
            tok, steps = tok.head, steps + 1
        for _ in range(4):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                if subj.lower_ in ("which", "who", "that") and tok.dep_ == "relcl":
                    subj = tok.head
                # not a relative clause on it ("China, which has invested in Pakistan, called on its
                # two neighbours"): the subject is China alone
                skip = {t.i for c in subj.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
                out = set()
                for i in range(subj.left_edge.i, subj.right_edge.i + 1):
                    m = self.at_token(i) if i not in skip else None
                    if m is not None and (k := self._actor_key(m, states_only)) is not None:
                        out.add(k)
                return out
            if tok.head.i == tok.i or tok.dep_ not in _CLIMB_DEPS:
                break
            tok = tok.head
        return set()

    def _coordinated(self, start: int, end: int, states_only: bool) -> set[str]:
        """Actors in ``[start, end)`` joined by a conjunction or by "between A and B"."""
        doc = self.doc
        out: set[str] = set()
        for i in range(start, end):
            tok = doc[i]
            if tok.dep_ != "conj" and tok.lower_ != "between":
                continue
            heads = [tok, tok.head] if tok.dep_ == "conj" else [c for c in tok.children if c.dep_ == "pobj"]
            heads += [c for h in list(heads) for c in h.children if c.dep_ == "conj"]
            for h in heads:
                m = self.at_token(h.i)
                if m is not None and (k := self._actor_key(m, states_only)) is not None:
                    out.add(k)
        return out

    # -- building --------------------------------------------------------------------
    def keep(self, key: str) -> bool:
        """Record the gazetteer entity ``key`` as one of the document's (kept in the output however
        few mentions it has), e.g. the state an event's collective phrase stands for when the text
        names only its officials; False for a key neither recorded nor in the gazetteer."""
        if key in self._records:
            self._keep.add(key)
            return True
        entry = self.gazetteer.get(key)
        if entry is None:
            return False
        self._record(key, entry, entry.label, entry.type)
        self._keep.add(key)
        return True

    def _record(self, key: str, entry: GazEntry | None, label: str, type_: str, **kw) -> _Record:
        r = self._records.get(key)
        if r is None:
            if entry is not None:
                r = _Record(
                    key=key,
                    label=entry.label,
                    type=entry.type,
                    subtype=entry.subtype,
                    wikidata=entry.wikidata,
                    iso3=entry.iso3,
                    country=entry.country,
                    names=frozenset(normalize(n) for n in (entry.label, *entry.names)),
                )
            else:
                r = _Record(key=key, label=label, type=type_, **kw)
            self._records[key] = r
        return r

    def _add(self, m: LinkedMention) -> None:
        if any(self._tok[i] is not None for i in range(m.start, m.end)):
            return
        for i in range(m.start, m.end):
            self._tok[i] = m
        self.mentions.append(m)

    def _drop(self, m: LinkedMention) -> None:
        """Unlink the mention ``m`` (the inverse of :meth:`_add`): a better reading replaces it."""
        for i in range(m.start, m.end):
            self._tok[i] = None
        self.mentions.remove(m)

    def _finish(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        order: dict[str, int] = {}
        for m in self.mentions:
            order.setdefault(m.key, len(order))
            r = self._records.get(m.key)
            if r is not None:
                r.mentions += 1
                surface = re.sub(r"^(the|The)\s+", "", m.text)
                r.surfaces[surface] = r.surfaces.get(surface, 0) + 1
        for m in self._hidden:
            # "Prime Minister Viktor Orban's government": the folded person's spelling labels it too
            r = self._records.get(m.key)
            if r is not None and not r.surfaces:
                r.surfaces[m.text] = 1
        # text order; records never mentioned (a role's implicit state) come last
        rest = [k for k in self._records if k not in order and k in self._keep]
        self._records = {
            k: self._records[k] for k in [*sorted(order, key=order.get), *rest] if k in self._records
        }
        for r in self._records.values():
            # the document's own spelling of the full name ("Recep Tayyip Erdogan", "Choe Son-hui")
            # when it differs from the gazetteer's only in diacritics, hyphens or case
            if r.type in ("Person", "Organization", "IGO") and r.label not in r.surfaces:
                same = [s for s in r.surfaces if _spelling(s) == _spelling(r.label)]
                # a full name the gazetteer lists as a variant spelling of a person ("Volodymyr
                # Zelenskyy", "Volodymyr Zelenskiy" for "Volodymyr Zelensky"): the document's spelling,
                # as its readers and annotators write it; the QID says which one it is
                same = same or [
                    s
                    for s in r.surfaces
                    if r.type == "Person"
                    and len(s.split()) == len(r.label.split()) >= 2  # not "King Charles" for "Charles III"
                    and normalize(s) in r.names
                ]
                # a name the article gives without its first given name only ("Tayyip Erdogan" for
                # "Recep Tayyip Erdogan"): that spelling, when the article never writes the full name
                same = (
                    same
                    or [
                        s
                        for s in r.surfaces
                        if r.type == "Person"
                        and len(s.split()) >= 2
                        and not any(len(t.split()) > len(s.split()) for t in r.surfaces)
                        and _spelling(s).split() == _spelling(r.label).split()[-len(s.split()) :]
                        # "King Abdullah II": the dropped word is a title the text writes before the name
                        and " ".join(r.label.split()[: -len(s.split())] + [s]).lower()
                        not in doc_text(self.doc).lower()
                    ]
                )
                if same:
                    r.label = max(same, key=lambda s: r.surfaces[s])
                    continue
                # a document that writes the name without its diacritics ("Lourenco" for the gazetteer's
                # "João Lourenço"): labelled without them, as its readers and annotators write it; the
                # gazetteer's spelling stays an alias and the QID says which one it is
                folded = _fold_accents(r.label)
                label_words = {_spelling(w): w for w in r.label.split()}
                if (
                    folded != r.label
                    and r.surfaces
                    and all(_fold_accents(s) == s for s in r.surfaces)
                    and any(label_words.get(_spelling(w), w) != w for s in r.surfaces for w in s.split())
                ):
                    r.canonical, r.label = r.label, folded  # a fuller name the document gives still wins
            # an actor known without a QID is labelled as this document spells its full name
            # ("Abdourahamane Tiani", "Shanghai Cooperation Organization"), so the label matches
            # what a reader of this text calls it; the key stays the gazetteer's
            # (a person named only in a variant of the gazetteer's full name, "Mahamat Deby" for
            # "Mahamat Idriss Déby", is labelled as this document names them)
            person = r.type == "Person"
            if r.type in ("Organization", "IGO") and r.label not in r.surfaces:
                # an organization is labelled by the fullest name this document gives it ("UN
                # Security Council", "State Department"): readers and annotators name it so, and
                # its QID (kept) says which one it is; the gazetteer's name stays an alias
                names = [
                    s
                    for s in r.surfaces
                    if normalize(s) in r.names and _proper(s) and not re.search(r"['’]s\b", s)
                ]
                # a short name ("the Quad") too, but not a bare acronym ("NATO")
                # (not the first word of the gazetteer's name either: "Wagner" of "Wagner Group")
                multi = [s for s in names if len(s.split()) >= 2] or [
                    s for s in names if not s.isupper() and not r.label.startswith(s + " ")
                ]
                if multi:
                    r.canonical = r.label
                    r.label = max(multi, key=lambda s: (len(s.split()), r.surfaces[s], len(s)))
                    continue
                # an organization without a QID that the document names only by its acronym
                # ("JNIM", "ISWAP"), even one that abbreviates the gazetteer's name: labelled so,
                # as its readers and annotators name it; the gazetteer's name stays an alias. One
                # with a QID keeps a short name ("European Union" for "EU") but not a formal name of
                # three words or more that the document never writes ("ECOWAS" for the Economic
                # Community of West African States, "G20" for the Group of Twenty): its readers
                # know it by the acronym, and the QID says which one it is
                acronyms = [s for s in r.surfaces if s.isupper() and len(s) >= 2 and normalize(s) in r.names]
                if acronyms and (not r.wikidata or len(r.label.split()) >= 3):
                    r.canonical = r.label
                    r.label = max(acronyms, key=lambda s: (r.surfaces[s], len(s)))
                    continue
            if r.type in ("Person", "Organization", "IGO") and not r.wikidata and r.label not in r.surfaces:
                need = 2 if person else len(r.label.split())
                full = [
                    s
                    for s in r.surfaces
                    if len(s.split()) >= need
                    and _proper(s)
                    and not re.search(r"['’]s ", s)
                    and not _spelling(r.label).endswith(" " + _spelling(s))  # "King Abdullah II"
                ]
                if full:
                    r.label = max(full, key=lambda s: (r.surfaces[s], len(s)))
                elif r.type == "Organization":
                    # an organization without a QID that this document names only by its
                    # acronym ("PKK", "YPG"): labelled so, as no QID says which one it is
                    # (one that abbreviates the label's own words, "RSF", keeps the label)
                    initials = "".join(
                        w[0] for w in re.findall(r"[A-Za-z][\w'’]*", r.label) if w[0].isupper()
                    )
                    acronyms = [
                        s
                        for s in r.surfaces
                        if s.isupper() and len(s) >= 2 and normalize(s) in r.names and s != initials
                    ]
                    if acronyms:
                        r.canonical = r.label
                        r.label = max(acronyms, key=lambda s: r.surfaces[s])


#: collective phrases: "both sides", "the two countries", "the parties", "the three countries"
_COLLECTIVE_NOUNS = {
    "sides",
    "delegations",
    "countries",
    "capitals",
    "neighbours",
    "neighbors",
    "nations",
    "states",
    "governments",
    "parties",
    "rivals",
    "adversaries",
    "belligerents",
    "leaders",
}
#: collective nouns that admit only states
_COLLECTIVE_STATE_NOUNS = {"countries", "capitals", "neighbours", "neighbors", "nations", "states"}
_COLLECTIVE_NUMBERS = {"both": 2, "two": 2, "three": 3, "all": 2}
_COLLECTIVE_DECAY = 0.95  # weight of a pairing per sentence back


_CLIMB_DEPS = ("advcl", "xcomp", "conj", "relcl", "pcomp", "prep", "acl")


def _collective_size(words: list[str]) -> int | None:
    """How many actors a collective phrase names (2 for "both sides"), None if it is not one.

    >>> _collective_size(["both", "sides"]), _collective_size(["the", "three", "countries"])
    (2, 3)
    >>> _collective_size(["the", "parties"]), _collective_size(["the", "countries"])
    (2, None)
    """
    if not words or words[-1] not in _COLLECTIVE_NOUNS:
        return None
    for w in words[:-1]:
        if w in _COLLECTIVE_NUMBERS:
            return _COLLECTIVE_NUMBERS[w]
    if words[-1] == "parties" and words[:-1] == ["the"]:
        return 2
    return None


def _combinations(keys: list[str], n: int) -> list[tuple[str, ...]]:
    from itertools import combinations

    return list(combinations(keys, n))


@cache
def _feature_words() -> str:
    return "|".join(map(re.escape, load_json("entity_fixes.json").get("feature_words", ()))) or "(?!)"


def _feature_name(text: str, name: str) -> bool:
    """Whether ``text`` uses ``name`` before a geographic feature word ("Scarborough Shoal")."""
    return re.search(rf"\b{re.escape(name)} (?:{_feature_words()})\b", text) is not None


def _fold_spelling(name: str) -> bool:
    """Whether ``name`` holds a British/American spelling variant that lookup folds ('Co-operation')."""
    low = name.lower()
    return "co-operat" in low or "co-ordinat" in low or "organis" in low


def _spelling(name: str) -> str:
    """A name without diacritics, hyphens and case ("Choe Son-hui" == "Choe Son Hui"), the Arabic
    article in one transliteration ("al-Sisi" == "el-Sisi").

    >>> _spelling("Recep Tayyip Erdoğan") == _spelling("Recep Tayyip Erdogan")
    True
    >>> _spelling("Abdel Fattah al-Sisi") == _spelling("Abdel Fattah el-Sisi")
    True
    """
    name = normalize(name) if _fold_spelling(name) else name  # "Co-operation" == "Cooperation"
    words = normalize(name.replace("-", " ").replace("‐", " ")).split()
    return " ".join("al" if w == "el" else w for w in words)


def _proper(name: str) -> bool:
    """A proper name: every word capitalized but short function words ("of", "for", "the")."""
    return all(
        w[:1].isupper()
        or w in ("of", "for", "the", "and", "on", "in", "de", "al", "bin", "da")
        or not w[:1].isalpha()
        for w in name.split()
    )


def _words(phrase: str) -> tuple[str, ...]:
    """Lower-cased words of a phrase as spaCy splits them ("state-run" -> "state", "-", "run")."""
    return tuple(re.findall(r"[\w.']+|[^\w\s]", phrase.lower()))


# -- rules data ----------------------------------------------------------------------------
class _Rules:
    def __init__(self) -> None:
        d = load_json("entity_fixes.json")
        self.actor_nouns = {_words(n) for n in d["state_actor_nouns"]}
        self.max_noun = max(len(n) for n in self.actor_nouns)
        self.leader_groups = {_words(n) for n in d["leader_groups"]}
        self.place_preps = {p.lower() for p in d["place_prepositions"]}
        self.aimed_at_heads = {w.lower() for w in d.get("aimed_at_heads", ())}
        self.city_words = {w.lower() for w in d.get("city_words", ())}
        self.site_words = frozenset(d.get("site_words", ()))
        self.org_heads = {k: set(v) for k, v in d.get("org_subtype_heads", {}).items()}
        self.state_body_modifiers = set(d.get("state_body_modifiers", ()))
        self.state_only_heads = set(d.get("state_only_heads", ()))
        self.organ_words = {_words(w) for w in d.get("organ_words", ())}
        self.party_organs = {_words(w) for w in d.get("party_organs", ())}
        self.ambiguous = {normalize(a["name"]): a for a in d.get("ambiguous_names", ())}
        self.state_bound = {normalize(a) for a in d.get("state_bound_aliases", ())}
        self.agencies = {_words(k): v for k, v in d.get("state_agencies", {}).items()}
        self.designators = d.get("relative_designators", [])
        self.epithets = {w.lower() for w in d.get("epithets", ())}
        self.group_heads = {_words(n) for n in d.get("armed_group_nouns", ())}
        self.group_nouns = set(d.get("group_nouns", ()))
        self.weapons = {normalize(w) for w in d.get("weapon_names", ())}
        desc = d.get("descriptions", {})
        self.desc_state = {_words(n): cls for cls, ns in desc.get("state", {}).items() for n in ns}
        qual = desc.get("qualified", {})
        self.desc_qualifiers = set(qual.get("qualifiers", ()))
        self.desc_qnouns = set(qual.get("nouns", ()))
        self.desc_qclass = qual.get("class", "military")
        self.desc_home_qualifiers = set(qual.get("home_qualifiers", ()))
        self.desc_mods = set(desc.get("modifiers", ()))
        self.desc_groups = {_words(n) for n in desc.get("armed_group", ())}
        generic = desc.get("generic_group", {})
        self.desc_generic = {_words(n) for n in generic.get("nouns", ())}
        self.desc_generic_window = int(generic.get("window", 3))
        self.desc_igo = {_words(k): tuple(v) for k, v in desc.get("igo", {}).items()}
        self.desc_igo_mods = set(desc.get("igo_modifiers", ()))
        self.speech_verbs = set(desc.get("speech_verbs", ()))
        self.desc_offices = {_words(t): t for t in desc.get("demonym_offices", ())}
        self.desc_office_holders = {
            k: frozenset(v) for k, v in desc.get("demonym_office_holders", {}).items()
        }
        self.desc_authored = set(desc.get("authored_heads", ()))
        self.org_staff_nouns = frozenset(d.get("org_staff_nouns", ()))
        self.office_heads = frozenset(desc.get("office_sense_heads", ()))
        self.office_verbs = frozenset(desc.get("office_sense_verbs", ()))
        self.office_nouns = frozenset(desc.get("office_sense_nouns", ()))
        self.regional = {w: tuple(v) for w, v in desc.get("regional_words", {}).items()}
        self.desc_opposition = frozenset(desc.get("opposition_words", ()))
        self.desc_domestic = frozenset(desc.get("domestic_body_words", ()))
        junta = desc.get("junta", {})
        self.junta_heads = frozenset(junta.get("heads", ()))
        self.junta_mods = frozenset(junta.get("modifiers", ()))
        self.junta_bind = frozenset(junta.get("binding_nouns", ()))
        self.junta_plain = frozenset(junta.get("plain_binding_nouns", ()))
        self.coup_nouns = frozenset(junta.get("coup_nouns", ()))
        self.junta_fallback = frozenset(junta.get("fallback_heads", ()))
        # the last word of each state description, by class: the nouns an earlier "<state> <noun>"
        # ("Sudan's army", "the Trump administration") ends with to be that class's antecedent
        self.desc_class_heads: dict[str, set[str]] = {}
        for words, cls in self.desc_state.items():
            self.desc_class_heads.setdefault(cls, set()).add(words[-1])
        self.desc_class_heads.setdefault(self.desc_qclass, set()).update(self.desc_qnouns)
        self.desc_max = max(
            (len(w) for w in [*self.desc_state, *self.desc_groups, *self.desc_igo, *self.desc_generic]),
            default=1,
        )


_RULES: _Rules | None = None


def _rules() -> _Rules:
    global _RULES
    if _RULES is None:
        _RULES = _Rules()
    return _RULES


def _org_subtype(words: list[str], rules: _Rules) -> str | None:
    for w in reversed(words):
        for subtype, heads in rules.org_heads.items():
            if w in heads:
                return subtype
    return None


def _strip_the(doc: Doc, start: int, end: int) -> int:
    return start + 1 if end - start > 1 and doc[start].lower_ == "the" else start


# -- linking -------------------------------------------------------------------------------
def link_entities(
    doc: Doc, *, gazetteer: Gazetteer | None = None, published: str | None = None
) -> EntityIndex:
    """Link every actor, place and named-event mention of ``doc`` to a canonical key.

    Parameters
    ----------
    doc:
        A parsed ``Doc`` with NER (our components are applied if the pipeline lacks them).
    gazetteer:
        Defaults to :func:`kg.gazetteer.get_gazetteer`.
    published:
        Publication date (ISO); reserved for time-aware linking of offices.

    Returns
    -------
    EntityIndex
        Mentions by token, entities with counts and aliases, and the roles found.
    """
    from kg.nlp.components import FIXED_FLAG, fix_entities

    if not doc.user_data.get(FIXED_FLAG):
        fix_entities(doc)
    gaz = gazetteer or get_gazetteer()
    rules = _rules()
    index = EntityIndex(doc, gaz)
    persons: list[tuple[Span, str]] = []  # full person names seen: (span, key)
    short: list[Span] = []
    person_words: set[str] | None = None  # words of the full person names the model found
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        if ent.label_ == "PERSON" and not ent.kb_id_ and len(ent) > 1 and ent[-1].text in rules.site_words:
            continue  # "lined Sukhbaatar Square as ...": a public place the model tagged as a person
        if _weapon_name(ent.text, rules) or (
            ent.label_ in ("PERSON", "NORP")
            and not ent.kb_id_
            and not gaz.name(ent.text)
            and place_state(ent.text)
        ):
            if person_words is None:
                person_words = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
            if not _person_context(doc, ent, gaz, rules, person_words):
                if not _weapon_name(ent.text, rules):
                    _link_other(doc, ent, index, gaz, rules, label="GPE")  # "struck Dnipro" tagged PERSON
                continue  # "Patriot batteries", "Ukraine's F-16s": an instrument, never an actor
        if ent.label_ == "PERSON":
            entry = gaz.get(ent.kb_id_) if ent.kb_id_ else (gaz.name(ent.text) or _person_variant(ent, gaz))
            if (
                entry is None
                and len(ent) == 1
                and (gaz.capital(ent.text) or gaz.demonym(ent.text))
                and not _after_title_or_name(doc, ent)
            ):
                _link_other(doc, ent, index, gaz, rules, label="GPE")  # "back Kyiv" tagged PERSON
                continue
            if entry is not None and entry.type != "Person" and _after_personal_honorific(doc, ent.start):
                entry = None  # "Ms Wagner" is a person, not the Wagner Group
            if entry is not None and entry.type != "Person":
                _link_other(doc, ent, index, gaz, rules, entry=entry)
                continue
            if entry is None and len(ent) == 2 and ent[0].lower_ in rules.epithets and ent[1].is_title:
                short.append(ent[1:])  # "Dictator Maduro, out!": the surname alone names the person
                continue
            if entry is not None and entry.type == "Person":
                index._record(entry.key, entry, entry.label, "Person")
                persons.append((ent, entry.key))
                index._add(_mention(ent, entry.key, "Person", "gazetteer"))
            elif (
                len(ent) > 1
                and not (len(ent) == 2 and ent[1].tag_ == "POS")
                and not _double_surname(ent, persons)
            ):
                key = entity_key(ent.text, "Person")
                index._record(key, None, ent.text, "Person")
                persons.append((ent, key))
                index._add(_mention(ent, key, "Person", "ner"))
            else:
                short.append(ent)
            continue
        _link_other(doc, ent, index, gaz, rules)
    _link_short_names(doc, short, persons, index, gaz)
    _link_unlabelled_names(doc, persons, index)
    _link_uncovered_demonyms(doc, index, gaz)
    _link_armed_groups(doc, index, gaz, rules)
    _link_listed_groups(doc, index, rules)
    _link_regional_forces(doc, index, gaz, rules)
    _link_defined_acronyms(doc, index)
    _link_word_acronyms(doc, index, gaz)
    _link_qualified_acronyms(doc, index)
    _link_datelines(doc, index)
    _link_short_org_staff(doc, index, rules)
    _disambiguate_names(doc, index, rules)
    _unbind_shared_body_names(doc, index, rules)
    _link_designators(doc, index, rules)
    _merge_state_bodies(doc, index)
    _link_party_organs(doc, index, rules)
    _extend_state_actors(doc, index, rules)
    _link_leader_groups(doc, index, rules)
    from kg.extract.roles import find_roles

    index.roles = find_roles(doc, index)
    for fact in index.roles:
        index._keep.add(fact.person)
        target = index._records.get(fact.target)
        if target is None or fact.title.lower().startswith(("former", "ex", "late")):
            continue
        # an IGO's officials act for the IGO ("U.N. Secretary-General X", "EU foreign policy chief Y")
        state = fact.target if target.type in ("Country", "IGO") else target.country
        entry = index.gazetteer.get(fact.person)
        if (
            target.type == "Country"
            and entry is not None
            and entry.country not in (None, entry.home)
            and (rec := index._records.get(fact.person)) is not None
            and rec.country == entry.country
        ):
            # "Prime Minister Kaja Kallas" in a 2024 report: a state office the text gives a person
            # whom the gazetteer (a late-2025 snapshot) knows in an international body's office
            # makes them act for that state here
            rec.country = state
        if state:
            index.set_country(fact.person, state)
    _link_descriptions(doc, index, rules)
    _link_demonym_offices(doc, index, rules)
    _link_title_coref(doc, index)
    _link_regional_words(doc, index, rules)
    index._finish()
    return index


def _link_defined_acronyms(doc: Doc, index: EntityIndex) -> None:
    """ "the opposition Democratic Alliance (DA) said ... The DA asked the minister": an
    all-capitals word defined in parentheses right after an organization's name stands for that
    organization wherever the model left it untagged (AP and Reuters style: an abbreviation is
    introduced in parentheses after the first reference, then used alone)."""
    defs: dict[str, tuple[str, str]] = {}
    joined: dict[tuple[str, ...], tuple[str, str]] = {}
    n = len(doc)
    for m in index.mentions:
        if m.type not in ("Organization", "IGO") or m.end + 2 >= n or doc[m.end].text != "(":
            continue
        if doc[m.end + 2].text == ")":
            a = doc[m.end + 1]
            if a.is_upper and a.is_alpha and 2 <= len(a.text) <= 6:
                defs.setdefault(a.text, (m.key, m.type))  # the first definition holds
            continue
        # "(SPLM-IO)", "(CSP-DPA)", "(FARC-EP)": capitals joined by a hyphen or slash, no space
        parts = _joined_acronym(doc, m.end + 1)
        if parts is not None and m.end + 1 + len(parts) < n and doc[m.end + 1 + len(parts)].text == ")":
            joined.setdefault(parts, (m.key, m.type))
    if not defs and not joined:
        return
    for t in doc:
        if t.text in defs and index._tok[t.i] is None:
            key, type_ = defs[t.text]
            index._add(_token_mention(t, key, type_, "acronym", "ORG"))
        elif joined and t.is_upper and (parts := _joined_acronym(doc, t.i)) in joined:
            end = t.i + len(parts)
            olds = {id(o): o for k in range(t.i, end) if (o := index._tok[k]) is not None}.values()
            if all(t.i <= o.start and o.end <= end for o in olds):
                for o in olds:  # a piece tagged alone ("IO" of "SPLM-IO's", "FARC" of "FARC-EMC")
                    index._drop(o)
                key, type_ = joined[parts]
                sp = doc[t.i : end]
                index._add(
                    LinkedMention(t.i, end, sp.start_char, sp.end_char, sp.text, key, type_, "acronym", "ORG")
                )


def _link_word_acronyms(doc: Doc, index: EntityIndex, gaz: Gazetteer) -> None:
    """ "The regional bloc Igad held a summit", "Aukus partners": an abbreviation pronounced as a word
    is written with one capital in Guardian and BBC style ('Igad', 'Ecowas', 'Nato', 'Aukus'); an
    untagged proper noun that is an organization's all-capital gazetteer abbreviation ('IGAD') in
    lower case names that organization."""
    for tok in doc:
        if index._tok[tok.i] is not None or not tok.is_title or not tok.is_alpha or tok.pos_ != "PROPN":
            continue
        if not 4 <= len(tok.text) <= 7:
            continue
        entry = gaz.name(tok.text)
        if entry is None or entry.type not in _ORG_TYPES or tok.text.upper() not in entry.names:
            continue
        index._record(entry.key, entry, entry.label, entry.type)
        index._add(_token_mention(tok, entry.key, entry.type, "acronym", "ORG"))


def _joined_acronym(doc: Doc, i: int) -> tuple[str, ...] | None:
    """The tokens of an abbreviation of capitals joined by hyphens or slashes from token ``i``
    ("SPLM-IO", "CSP-DPA", "FARC-EP"), written without spaces; None when there is none."""
    parts: list[str] = []
    j = i
    while j < len(doc) and len(parts) < 5:
        t = doc[j]
        want_piece = len(parts) % 2 == 0
        if want_piece and not (t.is_upper and t.text.isalnum() and 1 <= len(t.text) <= 6):
            break
        if not want_piece and t.text not in ("-", "/"):
            break
        parts.append(t.text)
        if t.whitespace_:
            break
        j += 1
    if len(parts) < 3 or len(parts) % 2 == 0:
        return None
    return tuple(parts)


def _link_regional_words(doc: Doc, index: EntityIndex, rules: _Rules) -> None:
    """ "the Europeans accused Iran", "welcomed the European move", "Iranian and European diplomats
    met": a region's plural or adjective standing as an actor is the one grouping of that region the
    document names (entity_fixes ``descriptions.regional_words``): the latest named before it, else
    the only one named at all; nothing when none is named or, with none before, several are."""
    if not rules.regional:
        return
    named: list[tuple[int, str, str]] = []  # (start, key, label) of the groupings' mentions
    labels = {lab for labs in rules.regional.values() for lab in labs}
    for m in index.mentions:
        r = index._records.get(m.key)
        if r is not None and r.label in labels:
            named.append((m.start, m.key, r.label))
    if not named:
        return
    for tok in doc:
        want = rules.regional.get(tok.lower_)
        if want is None or index._tok[tok.i] is not None or not tok.is_title:
            continue
        adjective = tok.dep_ in ("amod", "compound") or (
            tok.dep_ == "conj" and tok.head.dep_ in ("amod", "compound")
        )
        if not tok.lower_.endswith("s") and not adjective:
            continue  # the adjective only before a noun ("European diplomats"), not in "in European"
        fits = [(st, k) for st, k, lab in named if lab in want]
        before = [k for st, k in fits if st < tok.i]
        keys = before[-1:] or list(dict.fromkeys(k for _, k in fits))
        if len(keys) != 1:
            continue
        r = index._records[keys[0]]
        index._add(
            LinkedMention(
                tok.i, tok.i + 1, tok.idx, tok.idx + len(tok), tok.text, keys[0], r.type, "coref", "NORP"
            )
        )


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _person_variant(ent: Span, gaz: Gazetteer) -> GazEntry | None:
    """A gazetteer person named with a middle name, an initial or a suffix ("Joseph R. Biden
    Jr."): same first and last name, and only one such person; or with the family or dynasty
    name after "Al" ("Salman bin Abdulaziz Al Saud", "Tamim bin Hamad Al Thani")."""
    words = [normalize(t.text) for t in ent if normalize(t.text)]
    if len(ent) > 3 and ent[-2].text in ("Al", "al", "Āl") and ent[-1].is_title:
        e = gaz.name(ent[:-2].text)
        if e is not None and e.type == "Person":
            return e
    suffixed = False
    while words and words[-1] in _NAME_SUFFIXES:
        words.pop()
        suffixed = True
    if len(words) < 2:
        return None
    first, last = words[0], words[-1]
    found = []
    for e in gaz.surname(last):
        names = [normalize(n).split() for n in (e.label, *e.names)]
        if suffixed and len(words) == 2 and words in names:
            continue  # "Donald Trump Jr.": a suffix on a known person's short name is their son
        # "Tayyip Erdogan" for "Recep Tayyip Erdogan", "Lula da Silva" for "Luiz Inacio Lula da
        # Silva": a known name's last words, its given name dropped
        tail = ent[0].is_title and any(len(n) > len(words) and n[-len(words) :] == words for n in names)
        if (tail or any(n and n[0] == first for n in names)) and e not in found:
            found.append(e)
    return found[0] if len(found) == 1 else None


def _is_dateline(doc: Doc, ent: Span) -> bool:
    """An all-capitals place name opening a sentence, followed by a comma, dash or parenthesis."""
    if not ent.text.isupper() or len(ent.text) < 3 or ent.end >= len(doc):
        return False
    if not (ent.start == 0 or doc[ent.start].is_sent_start or doc[ent.start - 1].is_space):
        return False
    if ent.kb_id_:
        entry = get_gazetteer().get(ent.kb_id_)
        if entry is not None and entry.type in ("IGO", "Organization", "Person"):
            return False  # "ECOWAS, which had appointed ...": a known actor, not a dateline
    if _acronym_actor(ent.text, get_gazetteer()) is not None:
        return False  # "PNG, US sign defence pact": a headline opening with an actor's abbreviation
    if doc[ent.end].text == ":":
        return _known_place(ent.text.title())  # "ISLAMABAD: Pakistan on Thursday ..."
    return doc[ent.end].text in (",", "—", "–", "-", "(", "--")


def _known_place(name: str) -> bool:
    """Whether ``name`` is a capital or a town of gazetteer/places.json: a colon after an
    all-capitals word opens a dateline ("NEW DELHI: ...") only for a place ("ANALYSIS: ..." is
    a label)."""
    return get_gazetteer().capital(name) is not None or place_state(name) is not None


def _after_personal_honorific(doc: Doc, i: int) -> bool:
    from kg.nlp.components import titles

    return i > 0 and doc[i - 1].lower_ in titles().personal


def _weapon_name(text: str, rules: _Rules) -> bool:
    """Whether ``text`` is a weapon system's name (entity_fixes ``weapon_names``), maybe plural
    ("F-16s", "Patriots", "the HIMARS")."""
    n = normalize(text)
    if n.startswith("the "):
        n = n[4:]
    return n in rules.weapons or (n.endswith("s") and n[:-1] in rules.weapons)


def _person_context(doc: Doc, ent: Span, gaz: Gazetteer, rules: _Rules, person_words: set[str]) -> bool:
    """Whether a town's or weapon's name is used as a person's: a title or honorific before it, a
    name after it ("Iskander Mirza"), a word of a full person name the text gives ("Austin" after
    "Lloyd Austin") or a known person's surname, or the subject of a verb of saying ("Hama said")."""
    if _after_personal_honorific(doc, ent.start) or _after_title(doc, ent.start):
        return True
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ not in ("DATE", "TIME") and nxt.is_title:
        return True
    if len(ent) == 1 and (ent.text in person_words or gaz.surname(ent.text)):
        return True
    root = ent.root
    return root.dep_ == "nsubj" and root.head.lemma_ in rules.speech_verbs


def _after_title_or_name(doc: Doc, ent: Span) -> bool:
    from kg.nlp.components import _after_title

    nxt = doc[ent.end] if ent.end < len(doc) else None
    return _after_title(doc, ent.start) or (nxt is not None and nxt.pos_ == "PROPN")


def _mention(
    span: Span, key: str, type_: str, via: str, start: int | None = None, end: int | None = None
) -> LinkedMention:
    doc = span.doc
    s = span.start if start is None else start
    e = span.end if end is None else end
    sp = doc[s:e]
    return LinkedMention(s, e, sp.start_char, sp.end_char, sp.text, key, type_, via, span.label_)


def _token_mention(tok: Token, key: str, type_: str, via: str, label: str) -> LinkedMention:
    """A mention of one token (a surname, an adjective, a designator) linked to ``key``."""
    return LinkedMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok), tok.text, key, type_, via, label)


def _link_other(
    doc: Doc,
    ent: Span,
    index: EntityIndex,
    gaz: Gazetteer,
    rules: _Rules,
    *,
    entry: GazEntry | None = None,
    label: str | None = None,
) -> None:
    label, text = label or ent.label_, ent.text
    via = "gazetteer"
    if _is_dateline(doc, ent):
        # "KHARTOUM, Sudan (AP) —": the place the story is filed from, not an actor
        place = text.title()
        key = entity_key(place, "Location")
        index._record(key, None, place, "Location")
        index._add(_mention(ent, key, "Location", "dateline"))
        return
    if entry is None and ent.kb_id_:
        entry = gaz.get(ent.kb_id_)
        if (
            entry is not None
            and entry.type == "Country"
            and normalize(text) != normalize(entry.label)
            and gaz.metonym(text) is not None
        ) or (entry is not None and entry.type == "IGO" and gaz.metonym(text) is entry):
            via = "metonym"
    if entry is None:
        entry = gaz.name(text)
    if entry is None and label in ("NORP", "GPE", "ORG", "LOC"):
        entry = gaz.demonym(text)
        via = "demonym"
        if entry is not None and ent.end < len(doc) and doc[ent.end].lower_ in ("bloc", "blocs", "grouping"):
            return  # "Central African bloc suspends X": a bloc is a region's, never one state's
    if entry is None and label in ("ORG", "FAC", "LOC", "GPE"):
        entry = gaz.metonym(text)
        via = "metonym"
    if entry is None and label in ("GPE", "LOC", "FAC", "ORG"):
        entry = gaz.capital(text)
        via = "capital"
    if entry is not None and via in ("capital", "metonym"):
        prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if prev == "the" and ent.start > 1:
            prev = doc[ent.start - 2].lower_
        seat = _seat_description(doc, ent) if entry.type == "Country" else None
        if seat is not None:
            # "the regime in Damascus", "the secessionist administration in Hargeisa": the
            # government seated in the capital stands for its state
            index._record(entry.key, entry, entry.label, entry.type)
            index._add(_mention(ent, entry.key, entry.type, "capital", start=seat))
            return
        nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
        at = doc[ent.start - (2 if doc[ent.start - 1].lower_ == "the" else 1)] if prev == "at" else None
        aimed = at is not None and any(  # "lashed out at Ankara", "took aim at Tokyo", "shot back at Riyadh"
            w.lemma_.lower() in rules.aimed_at_heads
            for w in (at.head, *(c for c in at.head.children if c.dep_ in ("dobj", "advmod", "prt")))
        )
        if (prev in rules.place_preps and not aimed) or (via == "capital" and nxt in rules.city_words):
            # "talks in Moscow", "met at the White House", "Kyiv Mayor X": the place
            start = _strip_the(doc, ent.start, ent.end)
            place = doc[start : ent.end].text
            key = entity_key(place, "Location")
            index._record(key, None, place, "Location")
            index._add(_mention(ent, key, "Location", "ner"))
            return
    if entry is not None and entry.type == "Person" and label != "PERSON":
        entry = None
    if entry is None and label in ("ORG", "FAC") and _link_agency(doc, ent.start, ent.end, index, gaz, rules):
        return
    if entry is None and label in ("ORG", "FAC"):
        entry, via = _org_part(doc, ent, gaz, rules)
    if (
        entry is not None
        and entry.type == "Organization"
        and entry.subtype in ("GovernmentBody", "Military")
        and ent.start >= 2
        and doc[ent.start - 1].tag_ == "POS"
    ):
        owner = index.at_token(ent.start - 2)
        if owner is not None and owner.type == "Country" and entry.country and owner.key != entry.country:
            # "Pakistan's Foreign Office": that state's own body, not the gazetteer's British one
            entry, via = gaz.get(owner.key), "body"
    if entry is not None and entry.subtype == "Military" and entry.country and not entry.own_actor:
        entry, via = gaz.get(entry.country), "military"  # "the IDF", "the PLA": the state's armed force
    if entry is not None:
        index._record(entry.key, entry, entry.label, entry.type)
        index._add(_mention(ent, entry.key, entry.type, via))
        return
    start = _strip_the(doc, ent.start, ent.end)
    surface = doc[start : ent.end].text
    if label in ("NORP", "GPE", "ORG") and _link_hyphenated(doc, start, ent.end, index, gaz):
        return  # "Sino-Russian", "US-China", "Israeli-Palestinian": one mention per state
    if label == "NORP":
        return  # religious or political groups without a state ("Republicans"): not an actor we link
    if label == "ORG":
        words = [t.lower_ for t in doc[start : ent.end]]
        country = None
        for t in doc[start : ent.end]:
            st = gaz.demonym(t.text) or (gaz.name(t.text) if t.pos_ == "PROPN" else None)
            if st is not None and st.type == "Country":
                country = st.key
                break
        if country is None and ent.start >= 2 and doc[ent.start - 1].tag_ == "POS":
            owner = index.at_token(ent.start - 2)  # "Taiwan's Mainland Affairs Council"
            if owner is not None and owner.type == "Country":
                country = owner.key
        subtype = _org_subtype(words, rules)
        prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if subtype is None and country is None and prev in ("in", "around", "near", "outside", "inside"):
            key = entity_key(surface, "Location")  # "fighting around El Fasher" tagged ORG
            index._record(key, None, surface, "Location")
            index._add(_mention(ent, key, "Location", "ner"))
            return
        earlier = _short_org(doc, start, ent.end, index)
        if earlier is not None:  # "the Union" after "the European Union", "the Court" after the ICJ
            index._add(_mention(ent, earlier.key, earlier.type, "coref"))
            return
        acts = subtype in ("GovernmentBody", "Military")
        key = entity_key(surface, "Organization")
        index._record(key, None, surface, "Organization", subtype=subtype, country=country if acts else None)
        index._add(_mention(ent, key, "Organization", "ner"))
        return
    type_ = "Event" if label == "EVENT" else "Location"
    key = entity_key(surface, type_)
    index._record(key, None, surface, type_)
    index._add(_mention(ent, key, type_, "ner"))


#: nouns of a governing body that "in <capital>" names ("the junta in Niamey")
_SEAT_NOUNS = {
    "government",
    "regime",
    "junta",
    "administration",
    "authorities",
    "leadership",
    "rulers",
    "authority",
    "cabinet",
    "presidency",
}


def _seat_description(doc: Doc, ent: Span) -> int | None:
    """The start of "the <adjectives> <governing noun> in" right before a capital ``ent``
    (None when the capital is not so described)."""
    i = ent.start - 1
    if i < 2 or doc[i].lower_ != "in" or doc[i - 1].lower_ not in _SEAT_NOUNS:
        return None
    s = i - 1
    while (
        s > sentence(doc[i]).start
        and i - s < 5
        and (doc[s - 1].pos_ in ("ADJ", "DET") or doc[s - 1].dep_ in ("amod", "compound"))
        and doc[s - 1].tag_ != "POS"
        and not doc[s - 1].ent_type_
    ):
        s -= 1
        if doc[s].pos_ == "DET":
            break
    if doc[s].pos_ != "DET" or doc[s].lower_ not in ("the", "this", "that"):
        return None  # "a government in exile", "Iran's government in Tehran" keep their own reading
    return s


def _link_agency(doc: Doc, start: int, end: int, index: EntityIndex, gaz: Gazetteer, rules: _Rules) -> bool:
    """ "the China Coast Guard", "Japan's Coast Guard": a state agency named as such (capitalized)
    is reported as an actor of its own (``state_agencies``): an Organization acting for the state."""
    start = _strip_the(doc, start, end)
    words = [t.lower_ for t in doc[start:end]]
    for n in (2, 1):
        if len(words) <= n or tuple(words[-n:]) not in rules.agencies:
            continue
        if not all(t.is_title for t in doc[end - n : end]):
            return False  # "the Chinese coast guard": a description, the state acts
        head_end = end - n
        if head_end - 1 > start and doc[head_end - 1].tag_ == "POS":
            head_end -= 1
        head = doc[start:head_end].text
        state = gaz.demonym(head) or gaz.name(head)
        if state is None or state.type != "Country":
            return False
        label = f"{state.label} {rules.agencies[tuple(words[-n:])]}"
        key = entity_key(label, "Organization")
        index._record(key, None, label, "Organization", subtype="GovernmentBody", country=state.key)
        sp = doc[start:end]
        index._add(
            LinkedMention(
                start, end, sp.start_char, sp.end_char, sp.text, key, "Organization", "agency", "ORG"
            )
        )
        return True
    return False


def _short_org(doc: Doc, start: int, end: int, index: EntityIndex) -> LinkedMention | None:
    """The organization or IGO mentioned earlier whose name ends with the one word
    ``doc[start:end]`` or whose head is that word ("Union" -> European Union, "Court" ->
    International Court of Justice)."""
    if end - start != 1 or not doc[start].is_title:
        return None
    word = doc[start].lower_
    for m in reversed(index.mentions):
        if m.start >= start or m.type not in _ORG_TYPES:
            continue
        r = index._records.get(m.key)
        names = [m.text, r.label if r is not None else ""]
        for n in names:
            head = n.split(" of ")[0].split()  # "International Court of Justice" -> "Court"
            if len(n.split()) > 1 and word in (n.split()[-1].lower(), head[-1].lower() if head else ""):
                return m
    return None


def _link_short_org_staff(doc: Doc, index: EntityIndex, rules: _Rules) -> None:
    """ "Forum leaders endorsed ...", "Commission officials said ...", "Union diplomats": the last
    word of an organization named earlier, capitalized and untagged before a noun of its people
    (entity_fixes ``org_staff_nouns``), is that organization, as "the Union" is."""
    for tok in doc[:-1]:
        if index._tok[tok.i] is not None or not tok.is_title or tok.ent_type_ not in ("", "ORG"):
            continue
        if doc[tok.i + 1].lower_ not in rules.org_staff_nouns or not doc[tok.i + 1].is_lower:
            continue
        earlier = _short_org(doc, tok.i, tok.i + 1, index)
        if earlier is not None:
            index._add(_token_mention(tok, earlier.key, earlier.type, "coref", "ORG"))


def _link_hyphenated(doc: Doc, start: int, end: int, index: EntityIndex, gaz: Gazetteer) -> bool:
    """Link each part of a hyphenated compound of states ("Sino-Russian") to its state;
    False (and nothing linked) unless every part is a state's name or demonym."""
    parts: list[tuple[int, int]] = []
    s = start
    for i in range(start, end + 1):
        if i == end or doc[i].text == "-":
            if i > s:
                parts.append((s, i))
            s = i + 1
    if len(parts) < 2:
        return False
    found = []
    for ps, pe in parts:
        text = doc[ps:pe].text
        e = gaz.demonym(text) or gaz.name(text)
        if e is None or e.type != "Country":
            return False
        found.append((ps, pe, e))
    for ps, pe, e in found:
        sp = doc[ps:pe]
        index._record(e.key, e, e.label, "Country")
        index._add(
            LinkedMention(ps, pe, sp.start_char, sp.end_char, sp.text, e.key, "Country", "demonym", "NORP")
        )
    return True


def _org_part(doc: Doc, ent: Span, gaz: Gazetteer, rules: _Rules) -> tuple[GazEntry | None, str]:
    """ "ECOWAS Commission" -> ECOWAS; "Chinese Foreign Ministry", "Taiwan's Defence Ministry"
    -> the state (a state's ministry or military named by its demonym acts for the state)."""
    start = _strip_the(doc, ent.start, ent.end)
    words = [t.lower_ for t in doc[start : ent.end]]
    if "of" in words[1:-1] and (
        _org_subtype(words[:1], rules) == "GovernmentBody"
        or (
            _org_subtype(words[1:2], rules) == "GovernmentBody"
            and (words[0] in rules.state_body_modifiers or words[1] in rules.state_only_heads)
        )
    ):
        # "the Ministry of Foreign Affairs of Ukraine", "the State Council of China", "the Criminal
        # Court of the Maldives": a government body of a named state ("the Canola Council of
        # Canada" is an industry body of its own); "the Government of Peru", "the Embassy of Japan":
        # a head that names only a state's organ right before the state
        k = len(words) - 1 - words[::-1].index("of")
        tail = doc[start + k + 1 : ent.end].text
        e = gaz.name(tail)
        if e is not None and e.type == "Country" and (k >= 2 or words[0] in rules.state_only_heads):
            return e, "body"
    for k in range(len(words) - 1, 0, -1):
        rest = words[k:]
        if rest and rest[0] in ("'s", "’s"):
            rest = rest[1:]
        head = doc[start : start + k].text
        if tuple(rest) in rules.organ_words:
            e = gaz.name(head)
            if e is not None and e.type in ("IGO", "Organization"):
                return e, "gazetteer"
        if tuple(rest) in rules.actor_nouns:
            e = gaz.demonym(head) or gaz.name(head)
            if e is not None and e.type == "Country":
                return e, "demonym"
    return None, "ner"


def _link_short_names(
    doc: Doc, short: list[Span], persons: list[tuple[Span, str]], index: EntityIndex, gaz: Gazetteer
) -> None:
    """ "Putin" -> the full name in this document with that last (or first) name, nearest before
    it, else the first after it; else a gazetteer person with that unique surname."""
    # each full name's short forms (last, first, last two words), once rather than per short name
    forms = [
        (sp, k, {normalize(sp[-1].text), normalize(sp[0].text), normalize(sp[-2:].text)}) for sp, k in persons
    ]
    untagged: dict[str, tuple[Span, str]] = {}
    for ent in short:
        word = normalize(ent.text)
        n = len(ent)
        # "von der Leyen" after "Ursula von der Leyen": the last words of a longer name
        cands = [
            (sp, k)
            for sp, k, f in forms
            if word in f or (n > 2 and len(sp) > n and normalize(sp[-n:].text) == word)
        ]
        before = [c for c in cands if c[0].start < ent.start]
        pick = before[-1] if before else (cands[0] if cands else None)
        if pick is not None:
            index._add(_mention(ent, pick[1], "Person", "coref"))
            continue
        if n == 1 and (full := untagged.get(word) or _untagged_full_name(doc, ent, index, gaz)):
            untagged[word] = full
            index._add(_mention(ent, full[1], "Person", "coref"))
            continue
        entries = gaz.surname(ent.text)
        if len(entries) == 1:
            e = entries[0]
            index._record(e.key, e, e.label, "Person")
            index._add(_mention(ent, e.key, "Person", "gazetteer"))
            continue
        key = entity_key(ent.text, "Person")
        index._record(key, None, ent.text, "Person")
        index._add(_mention(ent, key, "Person", "ner"))


def _untagged_full_name(doc: Doc, ent: Span, index: EntityIndex, gaz: Gazetteer) -> tuple[Span, str] | None:
    """ "Dmitry Polyanskiy of the Russian Federation accused ..." left untagged or tagged as an
    organization, "Polyanskiy said" tagged as a person: the surname's first occurrence after a
    capitalised given name (no title, honorific or demonym), outside every other entity, is the
    person's full name. It is linked (to the gazetteer's person with that name, else recorded under
    it; an organization the tagger made of the two words alone is unlinked) and returned with its key."""
    from kg.nlp.components import _after_title

    low = ent.text.lower()
    for i in [i for i, w in enumerate(lower_words(doc)) if w == low]:  # no Token made for other words
        t = doc[i]
        if t.text != ent.text or t.i == ent.start or t.i == 0:
            continue
        f = doc[t.i - 1]
        m = index._tok[f.i]
        org = (
            m is not None
            and (m.start, m.end) == (f.i, t.i + 1)
            and m.type == "Organization"
            and m.via == "ner"
            and index._records[m.key].wikidata is None
        )
        if (
            f.pos_ != "PROPN"
            or not (f.is_title and f.is_alpha and len(f) > 1)
            or not (org or (m is None and index._tok[t.i] is None))
            or _after_title(doc, t.i)
            or gaz.demonym(f.text)
        ):
            continue
        if org:
            assert m is not None
            index._drop(m)
        full = doc[f.i : t.i + 1]
        entry = gaz.name(full.text) or _person_variant(full, gaz)
        if entry is not None and entry.type == "Person":
            key = entry.key
            index._record(key, entry, entry.label, "Person")
        else:
            key = entity_key(full.text, "Person")
            index._record(key, None, full.text, "Person")
        index._add(_mention(full, key, "Person", "ner"))
        return full, key
    return None


def _double_surname(ent: Span, persons: list[tuple[Span, str]]) -> bool:
    """Whether a name of two or more words is the last words of a longer name seen before ("López
    Obrador" after "Andrés Manuel López Obrador", "von der Leyen" after "Ursula von der Leyen"): a
    double or particled surname, the same person."""
    word = normalize(ent.text)
    n = len(ent)
    return n >= 2 and any(len(sp) > n and normalize(sp[-n:].text) == word for sp, _ in persons)


def _after_title(doc: Doc, i: int) -> bool:
    from kg.nlp.components import _after_title as after

    return after(doc, i)


def _link_unlabelled_names(doc: Doc, persons: list[tuple[Span, str]], index: EntityIndex) -> None:
    """A capitalized token the NER left out that is the last name of a person named in full
    in this document ("Modi said ..." after "Narendra Modi"), or a one-word name this document or
    the gazetteer gives a person it links ("Lula"), refers to that person -- also when the tagger
    took it for a common word in a noun's place or put it in a span of a non-actor kind (never a
    month or weekday name); one that is the unique surname of a gazetteer person and a clause's
    subject or object, to that person."""
    last: dict[str, str] = {}
    for sp, key in persons:
        if len(sp) > 1:
            last.setdefault(sp[-1].text, key)
    # "support for Lula" after "Luiz Inacio Lula da Silva": a one-word name the document or the
    # gazetteer gives a person this document links (of one person only)
    own: dict[str, set[str]] = {}
    for m in index.mentions:
        if m.type != "Person":
            continue
        if m.end - m.start == 1 and m.via in ("gazetteer", "coref"):
            own.setdefault(doc[m.start].text, set()).add(m.key)
        entry = index.gazetteer.get(m.key)
        for name in entry.names if entry is not None and entry.type == "Person" else ():
            if " " not in name and name[:1].isupper():
                own.setdefault(name, set()).add(m.key)
    for word, keys in own.items():
        if len(keys) == 1 and len(word) >= 4:
            last.setdefault(word, next(iter(keys)))
    # "Abiy signed ...", "hosted Isaias in Cairo" after "Abiy Ahmed", "Isaias Afwerki": a second
    # reference by the first name (Ethiopian, Eritrean, Indonesian usage; Korean and Chinese family
    # names come first), when one person named in full before has it and none has it as last name
    firsts: dict[str, set[str]] = {}
    for sp, key in persons:
        if len(sp) > 1 and sp[0].text[:1].isupper() and len(sp[0].text) >= 3:
            firsts.setdefault(sp[0].text, set()).add(key)
    named_at = {key: min(sp.start for sp, k in persons if k == key) for _, key in persons}
    for tok in doc:
        m = index._tok[tok.i]
        if (
            tok.text in firsts
            and tok.text not in last
            and len(firsts[tok.text]) == 1
            and tok.pos_ == "PROPN"
            and (
                m is None
                or (m.via == "ner" and m.start == tok.i and m.end == tok.i + 1 and m.type != "Person")
            )
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
            and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN")
            and named_at[next(iter(firsts[tok.text]))] < tok.i
        ):
            if m is not None:
                index._drop(m)
            key = next(iter(firsts[tok.text]))
            index._add(_token_mention(tok, key, "Person", "coref", "PERSON"))
            continue
        # a name this document gives a person in full, which the model tagged as a common word
        # ("Trump first threatened", NOUN) or put in a span of another kind ("support for Lula this
        # week", DATE): the tagger's slip, not another referent
        named = (
            tok.text in last
            and not calendar_word(tok.text)
            and tok.ent_type_ not in ACTOR_LABELS
            and (tok.pos_ == "PROPN" or tok.dep_ in _NOMINAL_DEPS)
        )
        if (
            index._tok[tok.i] is not None
            or (tok.pos_ != "PROPN" and not (named and tok.pos_ not in _FUNCTION_POS))
            or (tok.ent_type_ and not named)
            or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
            or (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and not _after_title(doc, tok.i))
        ):
            continue
        if (
            tok.text not in last
            and len(tok) >= 4
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")
        ):
            # a leader's surname as a clause's subject or object ("Trump spoke to ...")
            known = index.gazetteer.surname(tok.text)
            if len(known) == 1:
                e = known[0]
                index._record(e.key, e, e.label, "Person")
                index._add(_token_mention(tok, e.key, "Person", "gazetteer", "PERSON"))
            continue
        if tok.text in last:
            index._add(_token_mention(tok, last[tok.text], "Person", "coref", "PERSON"))


def _link_regional_forces(doc: Doc, index: EntityIndex, gaz: Gazetteer, rules: _Rules) -> None:
    """ "fought against Tigrayan forces" after "the Tigray People's Liberation Front": the adjective
    of a place that is no state ("Tigrayan" -> "Tigray") before a forces noun stands for the one
    armed group of no state named in the document whose name has that place in it."""
    orgs = {
        m.key: r
        for m in index.mentions
        if m.type == "Organization" and (r := index._records.get(m.key)) is not None and not r.country
    }
    if not orgs:
        return
    heads = rules.group_heads | {("forces",), ("troops",)}
    words = lower_words(doc)
    for tok in doc:
        low = words[tok.i]
        if (
            index._tok[tok.i] is not None
            or not tok.is_title
            or not low.endswith("an")
            or len(low) < 6
            or not any(tuple(words[tok.i + 1 : tok.i + 1 + k]) in heads for k in (1, 2))
            or gaz.demonym(tok.text) is not None
        ):
            continue
        bases = {low[:-1], low[:-2], low[:-3]}  # "Tigrayan" -> "tigray", "Cabindan" -> "cabinda"
        cands = {k for k, r in orgs.items() if bases & {w.lower() for w in re.findall(r"\w+", r.label)}}
        if len(cands) != 1 or orgs[next(iter(cands))].subtype not in (None, "ArmedGroup"):
            continue  # two organizations of that place, or one that is no armed group
        index._add(_token_mention(tok, next(iter(cands)), "Organization", "ner", "ORG"))


def _link_armed_groups(doc: Doc, index: EntityIndex, gaz: Gazetteer, rules: _Rules) -> None:
    """ "allied Wazalendo militias", "Misseriya fighters": a proper name before an armed-group
    noun (``armed_group_nouns``) that names no state, demonym or ethnic group is an armed group;
    so is an organization the NER found there ("Al-Shabaab fighters") that acts for no state."""
    n = len(doc)
    words = lower_words(doc)
    for m in index.mentions:
        r = index._records.get(m.key)
        if m.type != "Organization" or r is None or r.subtype is not None or r.country:
            continue
        if any(tuple(words[m.end : m.end + k]) in rules.group_heads for k in (2, 1)):
            r.subtype = "ArmedGroup"
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.is_title or index._tok[tok.i] is not None:
            continue
        start = tok.i
        if start > 0 and doc[start - 1].pos_ == "PROPN" and index._tok[start - 1] is None:
            continue  # the run is handled from its first word
        end = start
        while end < n and doc[end].pos_ == "PROPN" and doc[end].is_title and index._tok[end] is None:
            end += 1
        head = next(
            (k for k in (2, 1) if tuple(t.lower_ for t in doc[end : end + k]) in rules.group_heads), 0
        )
        if not head:
            continue
        name = doc[start:end].text
        if name in rules.group_nouns or gaz.demonym(name) is not None:
            continue
        entry = gaz.name(name)
        if entry is not None and entry.type not in ("Organization",):
            continue
        sp = doc[start : end + head]
        if entry is not None:
            key, label = entry.key, entry.label
            index._record(key, entry, label, "Organization")
        else:
            key = entity_key(name, "Organization")
            index._record(key, None, name, "Organization", subtype="ArmedGroup")
        index._add(
            LinkedMention(
                start, end + head, sp.start_char, sp.end_char, sp.text, key, "Organization", "ner", "ORG"
            )
        )


def _link_listed_groups(doc: Doc, index: EntityIndex, rules: _Rules) -> None:
    """ "two Ecuadorian gangs, Los Choneros and Los Lobos,", "the militias, Kataib Hezbollah and X,": the
    names listed in apposition to an armed-group noun (``armed_group_nouns``) are armed groups, whatever
    the model tagged them (a person, a place); only names the gazetteer does not know are re-typed."""
    heads = {h[0] for h in rules.group_heads if len(h) == 1}
    for tok in doc:
        if tok.lower_ not in heads or tok.pos_ != "NOUN":
            continue
        for c in tok.children:
            if c.dep_ != "appos" or c.i < tok.i:
                continue
            for cc in [c, *(x for x in c.children if x.dep_ == "conj")]:
                m = index._tok[cc.i]
                r = index._records.get(m.key) if m is not None else None
                if r is None or r.type not in ("Person", "Location") or r.wikidata or r.canonical:
                    continue
                key = entity_key(m.text, "Organization")
                index._record(key, None, m.text, "Organization", subtype="ArmedGroup")
                for i, old in enumerate(index.mentions):
                    if old.key == m.key:
                        new = replace(old, key=key, type="Organization", label=m.text)
                        index.mentions[i] = new
                        for j in range(new.start, new.end):
                            index._tok[j] = new
                index._records.pop(m.key, None)


def _link_datelines(doc: Doc, index: EntityIndex) -> None:
    """An all-capitals place opening the text or a paragraph ("NEW DELHI —") the NER missed."""
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        starts = i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_
        if not starts or not (tok.is_upper and tok.is_alpha and len(tok) >= 3) or index._tok[i] is not None:
            i += 1
            continue
        j = i
        while j < n and doc[j].is_upper and doc[j].is_alpha and index._tok[j] is None and j - i < 4:
            j += 1
        if j < n and (
            doc[j].text in (",", "—", "–", "--")
            or (doc[j].text == ":" and j > i and _known_place(doc[i:j].text.title()))
        ):
            sp = doc[i:j]
            entry = _acronym_actor(sp.text, index.gazetteer)
            if entry is not None:
                # "PNG, US sign defence pact", "DRC, Rwanda agree ...": a headline opening with an
                # actor's acronym, not a dateline (a dateline names a city, not an abbreviation)
                index._record(entry.key, entry, entry.label, entry.type)
                index._add(
                    LinkedMention(
                        i, j, sp.start_char, sp.end_char, sp.text, entry.key, entry.type, "gazetteer", "ORG"
                    )
                )
                i = j + 1
                continue
            place = sp.text.title()
            key = entity_key(place, "Location")
            index._record(key, None, place, "Location")
            index._add(
                LinkedMention(i, j, sp.start_char, sp.end_char, sp.text, key, "Location", "dateline", "GPE")
            )
        i = j + 1


def _acronym_actor(text: str, gaz: Gazetteer) -> GazEntry | None:
    """The state or organization whose gazetteer names list ``text`` as written, an abbreviation
    ("PNG", "DRC", "UAE"), not a place's name in capitals ("MOSCOW", "GEORGIA")."""
    entry = gaz.name(text)
    if entry is None or entry.type not in ("Country", *_ORG_TYPES):
        return None
    return entry if text in (entry.label, *entry.names) and text != text.title() else None


def _link_uncovered_demonyms(doc: Doc, index: EntityIndex, gaz: Gazetteer) -> None:
    """Capitalized demonyms the NER missed ("Iranian" in "Iranian port")."""
    for tok in doc:
        if (
            index._tok[tok.i] is not None
            or not tok.text[:1].isupper()
            or tok.pos_ not in ("ADJ", "PROPN", "NOUN")
        ):
            continue
        if tok.ent_type_ and tok.ent_type_ not in ACTOR_LABELS and tok.ent_type_ not in ("DATE", "TIME"):
            continue  # ("Kosovars protested" tagged DATE: no date is a people's name)
        if tok.ent_type_ == "NORP" and tok.ent_iob_ == "I" and doc[tok.i - 1].is_alpha:
            continue  # "Latin American", "North American": a region's people, not the demonym's state
        entry = gaz.demonym(tok.text)
        if entry is not None:
            index._record(entry.key, entry, entry.label, entry.type)
            index._add(_token_mention(tok, entry.key, entry.type, "demonym", "NORP"))


def _link_designators(doc: Doc, index: EntityIndex, rules: _Rules) -> None:
    """ "the North", "the South's gestures" -> North / South Korea, in a document that names both
    states of the pair (``relative_designators``); not inside a longer name ("the South China Sea")."""
    for rule in rules.designators:
        states = [index.gazetteer.by_iso3(c) for c in rule["states"]]
        if any(e is None or e.key not in index._records for e in states):
            continue
        for tok in doc:
            iso3 = rule["words"].get(tok.text)
            if iso3 is None or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text[:1].isupper()) and nxt.tag_ != "POS":
                continue
            old = index._tok[tok.i]
            if old is not None and (old.type != "Location" or old.end - old.start > 1):
                continue
            if old is not None:
                index.mentions.remove(old)
            e = index.gazetteer.by_iso3(iso3)
            index._record(e.key, e, e.label, "Country")
            m = _token_mention(tok, e.key, "Country", "designator", "GPE")
            index._tok[tok.i] = m
            index.mentions.append(m)
    index.mentions.sort(key=lambda m: m.start)
    used = {m.key for m in index.mentions}
    for k in [k for k, r in index._records.items() if r.type == "Location" and k not in used]:
        del index._records[k]


def _merge_state_bodies(doc: Doc, index: EntityIndex) -> None:
    """ "the Ministry of Foreign Affairs of the Russian Federation": a government body named
    with "of <state>" acts for that state, as "the Russian Foreign Ministry" does; the whole
    phrase becomes one mention of the state."""
    out: list[LinkedMention] = []
    drop: set[int] = set()
    ms = index.mentions
    by_start = {m.start: m for m in ms}
    for m in ms:
        if id(m) in drop:
            continue
        r = index._records.get(m.key)
        j = m.end
        owner = index.at_token(m.start - 2) if m.start >= 2 and doc[m.start - 1].tag_ == "POS" else None
        acts_for = None  # the owner type an organ the model named, owned by a possessive, acts for
        if r is not None and m.type == "Organization" and m.via == "ner" and owner is not None:
            if owner.type == "IGO" and not r.wikidata and owner.end == m.start - 1:
                # "the African Union's Peace and Security Council", "NATO's Military Committee": an organ
                # an international organization's possessive names, unknown to the gazetteer, acts for it
                acts_for = "IGO"
            elif (
                owner.type == "Country"
                and r.subtype == "GovernmentBody"
                and owner.key == r.country
                and doc[m.start].lower_ in ("ministry", "department")
                and any(t.lower_ == "of" for t in doc[m.start + 1 : m.end])
            ):
                # "Iraq's Ministry of Foreign Affairs": a ministry the model named in full
                # ("Ministry/Department of X"), owned by a state, acts for it like "Iraq's foreign
                # ministry" (an alias of its state); councils and other named bodies stay organizations
                acts_for = "Country"
        if acts_for is not None:
            m2 = LinkedMention(
                m.start, m.end, m.start_char, m.end_char, m.text, owner.key, acts_for, "body", "ORG"
            )
            for i in range(m.start, m.end):
                index._tok[i] = m2
            out.append(m2)
            continue
        if (
            r is None
            or m.type != "Organization"
            or m.via != "ner"
            or r.subtype != "GovernmentBody"
            or r.country
            or j + 1 >= len(doc)
            or doc[j].lower_ != "of"
        ):
            out.append(m)
            continue
        k = j + 1 if doc[j + 1].lower_ != "the" else j + 2
        state = by_start.get(k) or by_start.get(j + 1)
        if state is None or state.type != "Country":
            out.append(m)
            continue
        drop.add(id(state))
        sp = doc[m.start : state.end]
        m2 = LinkedMention(
            sp.start, sp.end, sp.start_char, sp.end_char, sp.text, state.key, "Country", "body", "ORG"
        )
        for i in range(sp.start, sp.end):
            index._tok[i] = m2
        out.append(m2)
    index.mentions = [m for m in out if id(m) not in drop]
    used = {m.key for m in index.mentions}
    for k in [k for k, r in index._records.items() if r.type == "Organization" and k not in used]:
        if k not in index._keep:
            del index._records[k]


def _link_qualified_acronyms(doc: Doc, index: EntityIndex) -> None:
    """ "CPN (Maoist Centre)", "CPN (UML)", "CPI (Marxist)": an unknown organization's acronym
    followed by a qualifier in parentheses is one name, the party factions of South Asian politics
    are written so (the parties' own and their election commissions' usage); the model tags the
    acronym and the qualifier apart (or the acronym as a place)."""
    n = len(doc)
    for m in list(index.mentions):
        text = doc[m.start : m.end].text
        if (
            m.end - m.start != 1
            or m.type not in ("Organization", "Location")
            or not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6)
            or index.gazetteer.get(m.key) is not None
            or m.end + 2 >= n
            or doc[m.end].text != "("
        ):
            continue
        close = next((i for i in range(m.end + 2, min(m.end + 5, n)) if doc[i].text == ")"), None)
        if close is None:
            continue
        inner = doc[m.end + 1 : close]
        if not all(t.is_alpha and (t.is_title or t.is_upper) for t in inner):
            continue
        others = {index._tok[i] for i in range(m.end + 1, close)} - {None}
        if any(o.type != "Organization" or o.start <= m.end or o.end > close for o in others):
            continue  # "NATO (Brussels)": a place or another actor in the parentheses
        sp = doc[m.start : close + 1]
        for o in (m, *others):
            index._drop(o)
            if not any(x.key == o.key for x in index.mentions) and o.key not in index._keep:
                index._records.pop(o.key, None)
        key = entity_key(sp.text, "Organization")
        index._record(key, None, sp.text, "Organization")
        index._add(
            LinkedMention(
                sp.start, sp.end, sp.start_char, sp.end_char, sp.text, key, "Organization", "ner", "ORG"
            )
        )
    index.mentions.sort(key=lambda m: m.start)


def _link_party_organs(doc: Doc, index: EntityIndex, rules: _Rules) -> None:
    """ "the Political Bureau of the CPC Central Committee", "the Standing Committee of the Political
    Bureau of the Communist Party of China": an organ of a political party the gazetteer knows
    (``party_organs`` in ``entity_fixes.json``), named before "of (the) <party>", is that party."""
    used: set[str] = set()
    for i, m in enumerate(index.mentions):
        if m.type != "Organization" or index.gazetteer.get(m.key) is not None:
            continue
        if _words(re.sub(r"^(the|The)\s+", "", m.text)) not in rules.party_organs:
            continue
        j = m.end + (m.end < len(doc) and doc[m.end].lower_ == "of")
        j += j > m.end and j < len(doc) and doc[j].lower_ == "the"
        party = index.at_token(j) if j > m.end else None
        entry = index.gazetteer.get(party.key) if party is not None else None
        if entry is None or entry.subtype != "PoliticalParty":
            continue
        m2 = replace(m, key=party.key, via="body")
        index.mentions[i] = m2
        for k in range(m.start, m.end):
            index._tok[k] = m2
        used.add(m.key)
    for k in used:
        if not any(o.key == k for o in index.mentions) and k not in index._keep:
            index._records.pop(k, None)


def _disambiguate_names(doc: Doc, index: EntityIndex, rules: _Rules) -> None:
    """A short name states share ("Congo") -> the state the document's other words point to
    (``ambiguous_names`` in ``entity_fixes.json``): an alternative whose cue or full name
    ("Brazzaville", "Republic of the Congo" without "Democratic") occurs, else the default."""
    if not rules.ambiguous:
        return
    text = doc_text(doc)
    for i, m in enumerate(index.mentions):
        if m.type != "Country":
            continue
        rule = rules.ambiguous.get(normalize(m.text))
        if rule is None:
            continue
        iso3 = rule["default"]
        for alt, cues in rule.get("alternatives", {}).items():
            e = index.gazetteer.by_iso3(alt)
            full = re.escape(e.label) if e is not None else None
            if any(c in text for c in cues) or (full and re.search(rf"(?<!Democratic ){full}", text)):
                iso3 = alt
                break
        entry = index.gazetteer.by_iso3(iso3)
        if entry is None or entry.key == m.key:
            continue
        index._record(entry.key, entry, entry.label, "Country")
        m2 = replace(m, key=entry.key)
        index.mentions[i] = m2
        for j in range(m.start, m.end):
            index._tok[j] = m2
    used = {m.key for m in index.mentions}
    for k in [k for k, r in index._records.items() if r.type == "Country" and k not in used]:
        if k not in index._keep:
            del index._records[k]


def _unbind_shared_body_names(doc: Doc, index: EntityIndex, rules: _Rules) -> None:
    """A bare name many states give a body of theirs ("Congress", "House of Representatives";
    ``state_bound_aliases`` in entity_fixes.json) that the text has tied to another state ("Libya's
    House of Representatives ... The House of Representatives said") is a body of that state of its
    own (an organization acting for it), not the gazetteer's US body the bare name links to; untied
    ("Congress threatened to block arms sales to Turkey") it stays the gazetteer's."""
    if not rules.state_bound:
        return
    tied = {
        normalize(m.text): m.key
        for m in index.mentions
        if m.type == "Country" and m.via == "body" and normalize(m.text) in rules.state_bound
    }
    for m in index.mentions:
        # "Libya's rival eastern-based House of Representatives": a state's possessive with
        # describing words between it and the name
        if m.type != "Organization" or normalize(m.text) not in rules.state_bound:
            continue
        k = m.start - 1
        while k > m.start - 6 and k >= 0 and (doc[k].pos_ in ("ADJ", "ADV", "VERB") or doc[k].text == "-"):
            k -= 1
        if (
            k >= 1
            and doc[k].tag_ == "POS"
            and (owner := index.at_token(k - 1)) is not None
            and owner.type == "Country"
        ):
            tied.setdefault(normalize(m.text), owner.key)
    if not tied:
        return
    for i, m in enumerate(index.mentions):
        name = normalize(m.text)
        if m.type != "Organization" or name not in tied:
            continue
        r = index._records.get(m.key)
        if r is None or r.country in (None, tied[name]):
            continue
        label = re.sub(r"^(the|The)\s+", "", m.text)
        key = entity_key(f"{label} {tied[name]}", "Organization", None)
        index._record(key, None, label, "Organization", subtype=r.subtype, country=tied[name])
        m2 = replace(m, key=key)
        index.mentions[i] = m2
        for j in range(m.start, m.end):
            index._tok[j] = m2


#: adjectives that keep a state's noun from acting for it ("Russia's former president")
_NOT_ACTING = {"former", "ex", "late", "then", "erstwhile", "exiled", "opposition", "rebel", "dissident"}


def _extend_state_actors(doc: Doc, index: EntityIndex, rules: _Rules) -> None:
    """ "Russian forces", "Chinese state media", "Russia's military": the state acts through them."""
    words = lower_words(doc)
    out = []
    removed: set[int] = set()
    for m in index.mentions:
        if m.type != "Country":
            out.append(m)
            continue
        j = m.end
        if j < len(doc) and doc[j].tag_ == "POS":
            j += 1
        agency = next(
            (
                a
                for k in (2, 1)
                if tuple(words[j : j + k]) in rules.agencies
                and (a := _agency_mention(doc, m, j + k, index, rules, removed)) is not None
            ),
            None,
        )
        if agency is not None:
            out.append(agency)
            continue
        n = 0
        # "Russia's agricultural watchdog", "China's powerful military": one or two descriptive
        # adjectives before the noun (never "former"/"ex-": a former officer no longer acts for it)
        skip = 0
        while (
            skip < 2
            and j + skip < len(doc)
            and doc[j + skip].pos_ == "ADJ"
            and doc[j + skip].is_lower
            and words[j + skip] not in _NOT_ACTING
        ):
            skip += 1
        for a in sorted({0, skip}, reverse=True):
            for k in range(min(rules.max_noun, len(doc) - j - a), 0, -1):
                if tuple(words[j + a : j + a + k]) in rules.actor_nouns:
                    n = a + k
                    break
            if n:
                break
        end = j + n
        inside = {id(x): x for i in range(m.end, end) if (x := index._tok[i]) is not None}
        absorbable = all(
            x.via == "ner" and x.type == "Organization" and x.start >= j and x.end <= end
            for x in inside.values()
        )
        if n and not (end < len(doc) and doc[end].pos_ == "PROPN") and absorbable:
            removed.update(inside)
            sp = doc[m.start : end]
            m2 = replace(m, end=end, end_char=sp.end_char, text=sp.text)
            for i in range(m.start, end):
                index._tok[i] = m2
            out.append(m2)
        else:
            out.append(m)
    index.mentions = [m for m in out if id(m) not in removed]


def _agency_mention(
    doc: Doc, m: LinkedMention, end: int, index: EntityIndex, rules: _Rules, removed: set[int]
) -> LinkedMention | None:
    """The state mention ``m`` extended to the agency ``doc[m.start:end]`` ("Japan's Coast Guard")."""
    if not doc[end - 1].is_title:
        return None  # "China's coast guard" described in lower case: the state acts
    inside = {id(x): x for i in range(m.end, end) if (x := index._tok[i]) is not None}
    if any(x.via != "ner" or x.type != "Organization" or x.end > end for x in inside.values()):
        return None
    removed.update(inside)
    state = index.gazetteer.get(m.key)
    words = tuple(t.lower_ for t in doc[m.end : end] if t.tag_ != "POS")
    agency = rules.agencies.get(words[-2:]) or rules.agencies.get(words[-1:])
    if state is None or agency is None:
        return None
    label = f"{state.label} {agency}"
    key = entity_key(label, "Organization")
    index._record(key, None, label, "Organization", subtype="GovernmentBody", country=state.key)
    sp = doc[m.start : end]
    m2 = LinkedMention(
        sp.start, sp.end, sp.start_char, sp.end_char, sp.text, key, "Organization", "agency", "ORG"
    )
    for i in range(sp.start, sp.end):
        index._tok[i] = m2
    return m2


def _link_leader_groups(doc: Doc, index: EntityIndex, rules: _Rules) -> None:
    """ "the Trump administration", "Netanyahu's government" -> the state the person leads."""
    words = lower_words(doc)
    for m in list(index.mentions):
        if m.type != "Person":
            continue
        j = m.end
        if j < len(doc) and doc[j].tag_ == "POS":
            j += 1
        for k in (2, 1):
            if tuple(words[j : j + k]) in rules.leader_groups:
                state = index.country_of(m.key)
                if state is None:
                    entry = index.gazetteer.get(m.key)
                    state = entry.country if entry else None
                if state is None:
                    break
                sp = doc[m.start : j + k]
                start = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
                sp = doc[start : j + k]
                index._drop(m)
                index._hidden.append(m)  # "President X's government": X's title still makes a role
                entry = index.gazetteer.get(state)
                index._record(state, entry, entry.label if entry else state, "Country")
                index._add(
                    LinkedMention(
                        sp.start,
                        sp.end,
                        sp.start_char,
                        sp.end_char,
                        sp.text,
                        state,
                        "Country",
                        "leader",
                        "ORG",
                    )
                )
                break


def _link_title_coref(doc: Doc, index: EntityIndex) -> None:
    """ "the president" -> the most mentioned person so far whom this document (or, for a
    person it names, the gazetteer's current office) calls President."""
    by_title: dict[str, list[tuple[int, str]]] = {}
    introduced: dict[str, list[tuple[int, str]]] = {}  # named with the title before the name
    for f in index.roles:
        t = f.title.lower()
        if t.startswith(("former", "ex")):
            continue
        by_title.setdefault(t, []).append((f.start, f.person))
        if f.pattern.startswith("pre-name"):
            introduced.setdefault(t, []).append((f.start, f.person))
    for m in index.mentions:
        entry = index.gazetteer.get(m.key) if m.type == "Person" else None
        for title, _target, current in entry.roles if entry is not None else ():
            if current:
                by_title.setdefault(title.lower(), []).append((m.start, m.key))
    # "US Ambassador X ... summoned the envoy": a generic second reference stands for the holders of
    # the specific titles it covers (entity_fixes title_second_references)
    for noun, covered in load_json("entity_fixes.json")["title_second_references"].items():
        for src in (by_title, introduced):
            extra = [
                x
                for t, xs in src.items()
                if t != noun and any(c in t.split() or (" " in c and c in t) for c in covered)
                for x in xs
            ]
            if extra:
                src[noun] = sorted({*src.get(noun, []), *extra})
    if not by_title:
        return
    low = lower_words(doc)
    text = doc_text(doc)
    for i, w in enumerate(low):
        if w != "the" or i + 1 >= len(doc):
            continue
        tok = doc[i]
        for n in (3, 2, 1):
            end = tok.i + 1 + n
            if end > len(doc):
                continue
            title = " ".join(low[tok.i + 1 : end])
            if title not in by_title:
                continue
            words = doc[tok.i + 1 : end]
            # "the president", or a style guide's capitals ("The Prime Minister held talks")
            if not (all(t.is_lower for t in words) or all(t.is_title for t in words)):
                continue
            if end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].lower_ in ("of", "'s")):
                break
            earlier = {p for s, p in by_title[title] if s < tok.i}
            if earlier and all(index._tok[i] is None for i in range(tok.i, end)):
                # of the holders the text names with the title before the name ("Foreign Minister
                # X"), the one named most recently in this paragraph, not the most mentioned one;
                # else the most mentioned holder so far (ties: the first introduced)
                titled = {who for at, who in introduced.get(title, ()) if at < tok.i}
                recent: dict[str, int] = {}
                for m in index.mentions:  # named in the phrase's own paragraph (a local centre)
                    if m.key in titled and m.start < tok.i and "\n\n" not in text[m.end_char : tok.idx]:
                        recent[m.key] = max(recent.get(m.key, -1), m.start)
                seen: dict[str, tuple[int, int]] = {}
                for m in index.mentions:
                    if m.key in earlier and m.start < tok.i:
                        c, first = seen.get(m.key, (0, -m.start))
                        seen[m.key] = (c + 1, first)
                if not seen:
                    break
                best = max(recent, key=lambda k: recent[k]) if recent else max(seen, key=lambda k: seen[k])
                sp = doc[tok.i : end]
                index._add(
                    LinkedMention(
                        sp.start,
                        sp.end,
                        sp.start_char,
                        sp.end_char,
                        sp.text,
                        best,
                        "Person",
                        "coref",
                        "PERSON",
                    )
                )
                _coref_office(index, best, title, tok.i + 1, end)
            break


def _coref_office(index: EntityIndex, person: str, title: str, start: int, end: int) -> None:
    """ "Friedrich Merz, speaking in Berlin, said ... 'We will not stand by,' the chancellor said":
    a bare title that refers to a person the text names without it states the office the
    gazetteer knows they hold now, in its state (when the text names that state); an office the
    text already gives them is left alone."""
    if any(f.person == person and f.title.lower() == title for f in index.roles):
        return
    entry = index.gazetteer.get(person)
    for t, target, current in entry.roles if entry is not None else ():
        rec = index._records.get(target)
        if current and t.lower() == title and rec is not None and rec.type == "Country":
            index.roles.append(RoleFact(person, target, t, start, end, 0.75, "title-coref"))
            index.set_country(person, target)
            return


def _link_demonym_offices(doc: Doc, index: EntityIndex, rules: _Rules) -> None:
    """ "the Colombian president announced", "the Hungarian prime minister" (also capitalized, "the
    Kazakh President held", and with a one-word state name for the demonym, "the US president") -> the
    person holding that office of that state: the one this document names with the title earlier (or, for a person
    it names, whose current gazetteer office it is). Left as the state when the document names
    no holder before (no background knowledge: the gazetteer's current holder is not asserted),
    when several holders are in view, when a name follows ("the Colombian president Gustavo
    Petro") or stands in apposition (the name carries the role), and for "the former/then ..."
    (no "the" right before the demonym)."""
    if not rules.desc_offices:
        return
    n = len(doc)
    for m in sorted(index.mentions, key=lambda m: m.start):
        # "the Colombian president", or a state's possessive: "Ukraine's president said"
        pi = next((i for i in range(m.start + 1, min(m.end + 1, n - 1)) if doc[i].tag_ == "POS"), None)
        poss = m.type == "Country" and pi is not None and m.via != "demonym"
        # "the US president", "The US President": a one-word state name used attributively, as a demonym
        attributive = m.via == "gazetteer" and doc[m.start].pos_ == "PROPN"
        if not poss and (
            m.type != "Country"
            or (m.via != "demonym" and not attributive)
            or m.start == 0
            or doc[m.start - 1].lower_ != "the"
        ):
            continue
        j = pi + 1 if poss else m.start + 1
        office = None
        for k in (2, 1):
            w = tuple(t.lower_ for t in doc[j : j + k])
            # the office in lower case ("the Colombian president") or capitalized, as official news
            # agencies write it ("the Kazakh President held", "The US President also met")
            if (
                len(w) == k
                and w in rules.desc_offices
                and all(t.is_lower or t.is_title for t in doc[j : j + k])
            ):
                office, end = rules.desc_offices[w].lower(), j + k
                break
        if (
            office is None
            or m.end > end
            or (not poss and index._tok[m.start - 1] is not None)
            or any(index._tok[i] not in (None, m) for i in range(j, end))
        ):
            continue
        head = doc[end - 1]
        if end < n and (doc[end].pos_ == "PROPN" or doc[end].lower_ in ("of", "-")):
            continue
        if head.dep_ == "appos" or any(c.dep_ == "appos" for c in head.children) or head.dep_ == "compound":
            continue
        state = m.key
        # "the Chinese leader": the holder of any of the state's top offices
        offices = rules.desc_office_holders.get(office, frozenset((office,)))
        held = {
            f.person
            for f in index.roles
            if f.start < m.start and f.target == state and f.title.lower() in offices
        }
        for p in index.mentions:
            entry = index.gazetteer.get(p.key) if p.type == "Person" and p.start < m.start else None
            if entry is not None and any(
                t.lower() in offices and g == state and c for t, g, c in entry.roles
            ):
                held.add(p.key)
        if len(held) != 1:
            continue
        person = next(iter(held))
        if person not in index._records:
            entry = index.gazetteer.get(person)
            if entry is None:
                continue
            index._record(person, entry, entry.label, "Person")
        index.set_country(person, state)
        if not any(f.person == person and f.target == state for f in index.roles):
            # the description states the office: "the Hungarian prime minister wrote" (Orbán)
            title = doc[j:end].text
            index.roles.append(RoleFact(person, state, title, j, end, 0.8, "demonym_office"))
            index._keep.add(state)
        index._drop(m)
        sp = doc[m.start if poss else m.start - 1 : end]
        index._add(
            LinkedMention(
                sp.start, sp.end, sp.start_char, sp.end_char, sp.text, person, "Person", "coref", "PERSON"
            )
        )


# -- descriptions standing for actors ------------------------------------------------------
#: how many mentions back and how many sentences a description's antecedent may lie
_DESC_GROUP_WINDOW = 2  # sentences before the description in which a second armed group makes it ambiguous
_DESC_MIN_MENTIONS = 2  # a document's focal state is named at least this often before the description


def _link_descriptions(doc: Doc, index: EntityIndex, rules: _Rules) -> None:
    """Definite descriptions that stand for an actor named elsewhere (``descriptions`` in
    ``entity_fixes.json``): "the army", "the junta", "federal forces" -> the state acting;
    "the militia", "the rebels" -> the latest armed group; "the group", "the movement" -> the one
    non-state organization named in the last few sentences; "the bloc", "the alliance", "the world
    body" -> the latest international organization of that kind. Nothing is linked when the
    referent is ambiguous; a description followed by "of"/"in" ("the government of Sudan") is
    left to the phrase's own actor.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Bolivia's army said it had arrested the rebels. The army accused Peru of "
    ...     "sheltering them. NATO allies met in Vilnius, and the alliance warned Russia.")
    >>> index = link_entities(doc)
    >>> [(m.text, index.entity(m.key).label) for m in index.mentions if m.via == "description"]
    [('The army', 'Bolivia'), ('the alliance', 'NATO')]
    """
    if not (rules.desc_state or rules.desc_groups or rules.desc_igo):
        return
    words = lower_words(doc)
    n = len(doc)
    order = sorted(index.mentions, key=lambda m: m.start)
    classes: dict[int, str] = {}  # id(mention) -> class of a state description already linked
    i = 0
    while i < n:
        found = _match_description(doc, words, i, index, rules)
        if found is None:
            i += 1
            continue
        start, end, kind, arg = found
        key = type_ = None
        if kind == "state" and _office_sense(doc[end - 1], rules):
            i = end  # "won the presidency", "his bid for the presidency": the office, no actor
            continue
        home = _armed_group_home(doc, index, order, start, end, rules) if kind == "state" else None
        bound = _bound_description(doc, index, order, start, end) if kind != "state" else None
        if bound is not None and kind != "igo" and bound[1] != "Organization":
            bound = None  # "the Group of Seven ... the group": a group is no international organization
        if home is not None:
            key, type_ = home, "Country"  # "M23 rebels fought government troops": the DRC's
        elif bound is not None:
            key, type_ = (
                bound  # "the APT28 group ... the same group", "the Three Brotherhood Alliance ... the alliance"
            )
        elif kind == "state":
            key, type_ = _description_state(doc, index, rules, order, classes, start, end, arg) or (
                None,
                None,
            )
        elif kind == "group":
            key = _description_group(doc, index, order, start)
            type_ = "Organization"
        elif kind == "generic":
            key = _description_generic(
                doc, index, order, start, rules.desc_generic_window, words[end - 1], rules
            )
            type_ = "Organization"
        elif kind == "igo":
            key = _description_igo(doc, index, order, start, arg, words[end - 1])
            type_ = "IGO"
        if key is None:
            i = end
            continue
        for k in range(start, end):  # a generic name the NER tagged ("the Foreign Ministry") gives way
            old = index._tok[k]
            if old is not None:
                index._drop(old)
                order.remove(old)
        sp = doc[start:end]
        m = LinkedMention(start, end, sp.start_char, sp.end_char, sp.text, key, type_, "description", "ORG")
        index._add(m)
        pos = next((k for k, x in enumerate(order) if x.start > start), len(order))
        order.insert(pos, m)
        if kind == "state":
            classes[id(m)] = arg
        i = end
    used = {m.key for m in index.mentions}
    for k in [k for k, r in index._records.items() if r.type == "Organization" and not r.wikidata]:
        if k not in used and k not in index._keep and not index._records[k].country:
            del index._records[k]


_COMPETING_SUBTYPES = (None, "ArmedGroup", "PoliticalParty")


def _noun_binding(index: EntityIndex, t: Token) -> str | None:
    """The organization an earlier use of a description's noun is tied to by the text itself: the
    name it is part of ("the Three Brotherhood Alliance", "the Wagner Group"), the description it
    was already resolved as, a name compounded before it ("the APT28 group", "the PKK/YPG terror
    group", "M23 rebels") or set beside it in apposition ("the M23, the rebel group that ...", "a
    rebel group, the Patriotic Liberation Front,")."""

    def org(k: int) -> str | None:
        m = index.at_token(k)
        if m is None or m.type not in _ORG_TYPES:
            return None
        r = index._records.get(m.key)
        return None if r is None or r.country or r.subtype in ("Media", "GovernmentBody") else m.key

    own = org(t.i)
    if own is not None:
        return own
    if index.at_token(t.i) is not None:
        return None  # part of another kind of name
    keys: list[str] = []
    for c in t.lefts:
        for x in c.subtree:
            k = org(x.i)
            if k is not None and k not in keys:
                keys.append(k)
    if len(keys) > 1:
        # "the PKK/YPG group": a slash joins two names of one enemy; "the Hamas and Hezbollah groups" no
        lo, hi = min(t.lefts, key=lambda x: x.i).i, t.i
        if not any(x.text == "/" for x in t.doc[lo:hi]) or any(x.dep_ == "cc" for x in t.doc[lo:hi]):
            return None
    if keys:
        return keys[0]
    if t.dep_ == "appos":
        return org(t.head.i)
    return next((k for c in t.children if c.dep_ == "appos" and (k := org(c.i))), None)


def _bound_description(
    doc: Doc, index: EntityIndex, order: list[LinkedMention], start: int, end: int
) -> tuple[str, str] | None:
    """A description of a non-state actor ('the group', 'the alliance', 'the militia', 'the bloc')
    whose noun the text has tied to an organization before (:func:`_noun_binding`): the latest such
    organization (AP/Reuters second reference by the noun of the first: "the APT28 group ... the same
    group", "Hamas ... five members of the group ... the group's leaders"), unless another candidate of
    its type -- a non-state organization of no state, or an international organization -- is named after
    that binding in the description's sentence or the one before (then the general rule decides)."""
    lemmas = lower_lemmas(doc)
    noun = lemmas[end - 1]
    best: tuple[int, str] | None = None
    for i in range(start - 1, -1, -1):
        if lemmas[i] == noun and (key := _noun_binding(index, doc[i])) is not None:
            best = (i, key)
            break
    if best is None:
        return None
    pos, key = best
    r = index._records.get(key)
    if r is None:
        return None
    sent = sentence(doc[start])
    lo = sentence(doc[sent.start - 1]).start if sent.start > 0 else 0
    for m in order:
        if m.start >= start:
            break
        if m.start <= pos or m.start < lo or m.key == key or m.type != r.type:
            continue
        o = index._records.get(m.key)
        if m.type == "IGO" or (o is not None and not o.country and o.subtype in _COMPETING_SUBTYPES):
            return None  # "Hamas, the militant group ... Hezbollah fired rockets. The group said"
    return key, r.type


def _armed_group_home(
    doc: Doc, index: EntityIndex, order: list[LinkedMention], start: int, end: int, rules: _Rules
) -> str | None:
    """ "M23 rebels continued to fight government troops", "Al-Shabaab attacked government forces in
    Mogadishu", "the RSF shelled pro-government militias' positions": the government a qualified
    description ("government troops", "federal forces", "junta soldiers"; entity_fixes descriptions
    ``home_qualifiers``) fights in a sentence naming an armed group is the government of that group's
    home state (gazetteer ``home``), when the armed groups of known home the sentence names (not
    those coordinated with the description) have one home only."""
    if end - start != 2 or doc[start].lower_ not in rules.desc_home_qualifiers:
        return None
    sent = sentence(doc[start])
    homes = set()
    for m in order:
        if m.start >= sent.end:
            break
        if m.start < sent.start or m.type != "Organization" or not _armed(index, m.key):
            continue
        if _conjoined(doc[m.start : m.end].root, doc[end - 1]):
            continue  # "government troops and allied Wazalendo militias": on the government's side
        e = index.gazetteer.get(m.key)
        if e is not None and e.home:
            homes.add(e.home)  # a group of no known home says nothing ("allied Wazalendo militias")
    if len(homes) != 1:
        return None
    home = next(iter(homes))
    e = index.gazetteer.get(home)
    if e is None or e.type != "Country":
        return None
    index._record(e.key, e, e.label, e.type)
    return e.key


def _conjoined(a: Token, b: Token) -> bool:
    """Whether ``a`` and ``b`` are conjuncts of one coordination."""
    return any(x.dep_ == "conj" and x.head.i == y.i for x, y in ((a, b), (b, a))) or (
        a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i
    )


def _office_sense(head: Token, rules: _Rules) -> bool:
    """Whether a state description's head names the office rather than the body acting: the object
    of a verb of winning or holding it ("won the presidency", "assumed the leadership"), or after
    'for'/'to' on such a verb or noun ("ran for the presidency", "his bid for the presidency")."""
    if head.lower_ not in rules.office_heads:
        return False
    h = head.head
    if head.dep_ in ("dobj", "attr") and h.lemma_.lower() in rules.office_verbs:
        return True
    if head.dep_ == "pobj" and h.lower_ in ("for", "to"):
        g = h.head
        return g.lemma_.lower() in rules.office_verbs or g.lower_ in rules.office_nouns
    return False


def _match_description(
    doc: Doc, words: list[str], i: int, index: EntityIndex, rules: _Rules
) -> tuple[int, int, str, str | tuple[str, ...]] | None:
    """The description starting at token ``i``: ``(start, end, kind, class or IGO labels)``."""
    n = len(doc)
    qualified = (
        words[i] in rules.desc_qualifiers
        and i + 1 < n
        and words[i + 1] in rules.desc_qnouns
        and not (i > 0 and (doc[i - 1].pos_ == "PROPN" or index._tok[i - 1] is not None))
    )
    regional = i + 1 < n and doc[i].pos_ == "PROPN" and doc[i + 1].tag_ == "POS" and index._tok[i] is not None
    if regional:
        # "Central Africa's main regional bloc", "Southeast Asia's regional grouping": a region's bloc
        r = index._records.get(index._tok[i].key)
        if r is None or r.type != "Location":
            return None
        start, j = index._tok[i].start, i + 2
        while j < n and j - i <= 4 and (words[j] in rules.desc_igo_mods or words[j] in ("main", "top")):
            j += 1
        ends = [
            (k, "igo", rules.desc_igo[w])
            for k in range(min(rules.desc_max, n - j), 0, -1)
            if (w := tuple(words[j : j + k])) in rules.desc_igo
        ][:1]
    elif qualified:
        start, j, ends = i, i + 1, [(1, "state", rules.desc_qclass)]
    elif words[i] == "the":
        start, j = i, i + 1
        while (
            j < n
            and j - i <= 3
            and (
                words[j] in rules.desc_mods
                or words[j] in rules.desc_igo_mods
                or doc[j].like_num
                or words[j] in ("-", "member")
            )
        ):
            j += 1
        top = j
        ends = []
        while not ends and j > i:
            for k in range(min(rules.desc_max, n - j), 0, -1):
                w = tuple(words[j : j + k])
                if w in rules.desc_state:
                    ends.append((k, "state", rules.desc_state[w]))
                if w in rules.desc_groups:
                    ends.append((k, "group", ""))
                if w in rules.desc_generic:
                    ends.append((k, "generic", ""))
                if w in rules.desc_igo:
                    ends.append((k, "igo", rules.desc_igo[w]))
                if ends:
                    break
            if not ends:
                # "the military in northern Shan State": a modifier that is itself the noun
                j -= 1
                if j == i or j < top - 1 or words[j] not in rules.desc_mods:
                    break
        mods = words[i + 1 : j]
        ends = [e for e in ends if e[1] == "igo" or all(w in rules.desc_mods for w in mods)]
        if ends and ends[0][1] == "state":
            k, _, cls = ends[0]
            if words[j + k - 1] in rules.junta_heads or (cls == "civil" and rules.junta_mods & set(mods)):
                ends = [(k, "state", "junta")]  # "the junta", "the military government"
    else:
        return None
    if not ends:
        return None
    k, kind, arg = ends[0]
    end = j + k
    if kind == "state" and arg == "ministry" and words[i] == "the":
        end = _named_ministry_end(doc, index, j, end)
    head = doc[start:end].root if end > j + k else doc[end - 1]
    if not all(
        t.is_lower or t.i == start or kind != "state" or _title_case_organ(doc, j, end) for t in doc[j:end]
    ):
        return None
    nxt = doc[end] if end < n else None
    if nxt is not None and (
        nxt.text in ("-", "–")
        or (
            nxt.pos_ in ("NOUN", "PROPN")
            and nxt.tag_ != "POS"
            and head.dep_ in ("compound", "amod", "nmod")
            # "the foreign ministry statement": the organ is the author of what it issues
            and not (kind == "state" and nxt.lower_ in rules.desc_authored)
        )
        or (
            nxt.lower_ in ("of", "in")
            and not _agent_of(doc, end)
            and not _placed_force(doc, index, rules, i, end)
            and not (words[i] == "the" and _placed_organ(doc, index, end))
        )
        or (kind == "igo" and index._tok[end] is not None)  # "the West African bloc ECOWAS": the name
    ):
        return None  # "army chief", "army-led", "the government of Sudan", "the junta in Niger"
    if (
        head.dep_ == "compound"
        and head.head.i >= end
        and not (kind == "state" and head.head.lower_ in rules.desc_authored)
    ):
        return None
    for t in range(start, end):
        old = index._tok[t]
        if old is None:
            continue
        r = index._records.get(old.key)
        generic = (
            old.via == "ner" and r is not None and not r.wikidata and not r.country and old.start >= start
        )
        if regional and r is not None and r.type == "Location" and old.end <= i + 1:
            continue  # the region's name: part of the description
        if not ((generic or _foreign_organ(index, old, r, start)) and old.end <= end and kind == "state"):
            return None
    return start, end, kind, arg


def _named_ministry_end(doc: Doc, index: EntityIndex, j: int, end: int) -> int:
    """ "the Ministry of Foreign Affairs said", "the Ministry of Interior", "the Department of Foreign
    Affairs": a ministry named in full in title case without its state is, like "the Foreign
    Ministry", a description of a state's ministry (AP/Reuters: the full name after a dateline or a
    state named before); the end of the name the model tagged, when it starts with the head noun
    and its 'of' phrase holds only title-case words of no other actor ('of Peru' names the state
    and is merged before). ``end`` itself otherwise."""
    if end - j != 1 or end + 1 >= len(doc) or doc[end].lower_ != "of" or not doc[j].is_title:
        return end
    old = index._tok[j]
    if old is None or old.start != j and not (old.start == j - 1 and doc[j - 1].lower_ == "the"):
        return end
    r = index._records.get(old.key)
    if r is None or r.wikidata or r.country or old.via != "ner" or old.end <= end + 1:
        return end
    if not all(t.is_title or t.lower_ in ("and", "of", "&") for t in doc[end + 1 : old.end]):
        return end
    return old.end


def _placed_force(doc: Doc, index: EntityIndex, rules: _Rules, i: int, end: int) -> bool:
    """ "government forces in Borno state", "junta soldiers in Rakhine": a force qualified as the
    government's, placed by 'in' + a place (no actor), is still a description of that force."""
    if end - i != 2 or doc[i].lower_ not in rules.desc_home_qualifiers or doc[end].lower_ != "in":
        return False
    j = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    m = index.at_token(j) if j < len(doc) else None
    return m is None or m.type == "Location"


def _placed_organ(doc: Doc, index: EntityIndex, end: int) -> bool:
    """ "the military in northern Shan State", "the army in the east", "a ceasefire between the junta
    and the alliance in January": a description placed by 'in' + a place inside a state or a time (no
    state, capital or other actor named there) is still a description; "the junta in Niamey", "the
    government in Kabul" name their state."""
    if doc[end].lower_ != "in":
        return False
    objs = [p for p in doc[end].children if p.dep_ == "pobj"]
    if not objs:
        return False
    for t in objs[0].subtree:
        m = index.at_token(t.i)
        if m is not None and (m.type in ("Country", "IGO") or (m.type == "Organization" and m.via != "ner")):
            return False  # a place the tagger took for a person or body ("Shan State") is still a place
    return True


def _foreign_organ(index: EntityIndex, old: LinkedMention, r, start: int) -> bool:
    """A known body named only by a generic organ name ("the Foreign Office", a gazetteer alias of
    Britain's) in a document that names its state nowhere else is another state's organ: the
    description rule finds whose ("Iran violated its airspace, the Foreign Office said" in a
    Pakistani report)."""
    if r is None or not r.country or old.start < start:
        return False
    return not any(m.key == r.country for m in index.mentions if m is not old)


def _agent_of(doc: Doc, i: int) -> bool:
    """ "accused the group of sheltering", "blamed the junta for": an "of" + gerund at token ``i``
    is the verb's charge against the description, not a phrase naming another referent."""
    return doc[i].lower_ == "of" and i + 1 < len(doc) and doc[i + 1].tag_ == "VBG"


def _title_case_organ(doc: Doc, j: int, end: int) -> bool:
    """A state organ written in title case without its state ("the Foreign Ministry", "the
    Government"): still a description."""
    return all(t.is_title or (t.lower_ in ("of", "and") and j < t.i) for t in doc[j:end])


def _description_state(
    doc: Doc,
    index: EntityIndex,
    rules: _Rules,
    order: list[LinkedMention],
    classes: dict[int, str],
    start: int,
    end: int,
    cls: str,
) -> tuple[str, str] | None:
    """The actor (key, type) a description of a state's organ (class ``cls``) refers to, in
    this order: the latest earlier mention with the same noun ("Sudan's army" ... "the army";
    "the China Coast Guard" ... "the coast guard"); the state of the official who says it
    ("Khamenei said the armed forces would respond"); the latest earlier state named with an
    organ of the class ("the Israeli military" ... "the armed forces"; "the Trump
    administration" ... "the government"; an "army chief" title); else the state the document
    and paragraph are about when one clearly dominates. A state that is the subject of the
    verb governing the description ("Egypt backs the army") is never its referent, unless that
    subject is the state's opposition ("Spain's main opposition party criticised the government"):
    an opposition addresses its own state's government."""
    if cls == "junta":
        bound = _junta_state(doc, index, rules, order, start, end)
        if bound is not None:
            return bound, "Country"
        # "the junta hoped ... China has thrown its weight behind the military government": the
        # state an earlier description of a military government was resolved to
        prior = [m for m in order if m.start < start and m.via == "description" and classes.get(id(m)) == cls]
        if prior:
            return prior[-1].key, prior[-1].type
        if doc[end - 1].lower_ not in rules.junta_fallback:
            return None  # "the generals on the ground": no military rule the text speaks of
        cls = "civil"
    if cls == "civil":
        opp = _opposition_state(doc, index, rules, order, start, end)
        if opp is not None:
            return opp, "Country"
    if any(t.lower_ == "of" for t in doc[start:end]):
        # "the Ministry of Foreign Affairs": a full name, no anaphor of an earlier organ (another
        # state's "State Department" or "Foreign Ministry" is another body); the state of the official
        # who says it, else the one state its paragraph names before it ("Manila saw it differently.
        # ... the Department of Foreign Affairs would lodge a protest"; none when it names several),
        # else the home state of a national outlet (which names its own ministries without their
        # state, as it does its ministers), else the state the text is about
        from kg.nlp.components import titles

        state = _speaker_state(doc, index, rules, start, end)
        if state is None:
            para = doc_text(doc).rfind("\n", 0, doc[start].idx)
            named = {
                st
                for m in order
                if para < m.start_char and m.start < start and m.via != "dateline"
                if (
                    st := m.key
                    if m.type == "Country"
                    else index.country_of(m.key)
                    if m.type == "Person"
                    else None
                )
            }
            if len(named) > 1:
                return None
            state = (
                next(iter(named), None)
                or publisher_state(doc, index, titles())
                or _focal_state(doc, index, order, start, set())
            )
        return (state, "Country") if state else None
    exclude = _governing_subject_states(doc, index, start, end)
    heads = rules.desc_class_heads.get(cls, set())
    noun = doc[end - 1].lower_
    # earlier antecedents: (position, key, type, state, same noun)
    cands: list[tuple[int, str, str, str, bool]] = []
    for m in order:
        if m.start >= start:
            break
        if m.type not in ("Country", "Organization") or m.key in exclude:
            continue
        last = doc[m.end - 1].lower_
        if m.type == "Organization":
            state = index.country_of(m.key)
            # "the China Coast Guard" ... "the coast guard", "the US Treasury Department" ... "the
            # department": a named body of a state, however the model or gazetteer linked it
            if last == noun and state and state not in exclude:
                cands.append((m.start, m.key, m.type, state, True))
        elif m.via == "description":
            if classes.get(id(m)) == cls:
                cands.append((m.start, m.key, m.type, m.key, last == noun))
        elif (m.via == "leader" and cls in ("civil", "ministry")) or (m.end - m.start > 1 and last in heads):
            cands.append((m.start, m.key, m.type, m.key, last == noun))
    for f in index.roles:
        if f.start < start and f.target not in exclude:
            r = index._records.get(f.target)
            if r is not None and r.type == "Country" and heads & {w.lower() for w in f.title.split()}:
                cands.append((f.start, f.target, "Country", f.target, False))
    owned = _pronoun_owned_organ(doc, index, start, noun, bare=end - start == 2 and noun == "ministry")
    if owned is not None:
        pos, owner = owned
        if owner == "?":
            return None  # "The Interior Ministry said ... the ministry": a ministry of no named state
        if owner is None or owner in exclude:
            # "Ethiopia rejected it. ... its Foreign Ministry accused Cairo ... , the ministry said":
            # the nearest same organ belongs to a state the text gives only by a pronoun
            cands = [c for c in cands if c[0] > pos]
        else:
            cands.append((pos, owner, "Country", owner, True))
    cands.sort()
    same = [c for c in cands if c[4]]
    if cls == "military" and not cands:
        # "ECCAS gave the military a year to restore order": with no earlier mention of an army,
        # the armed forces of the state the text ties military rule to
        ruler = _junta_state(doc, index, rules, order, start, end)
        if ruler is not None:
            return ruler, "Country"
    speaker = _speaker_state(doc, index, rules, start, end)
    if speaker is not None and speaker not in exclude:
        own = [c for c in cands if c[3] == speaker]
        if own or not same:
            pick = ([c for c in own if c[4]] or own or [None])[-1]
            return (pick[1], pick[2]) if pick is not None else (speaker, "Country")
    if same:
        return same[-1][1], same[-1][2]
    if cands:
        return cands[-1][1], cands[-1][2]
    focal = _focal_state(doc, index, order, start, exclude)
    return (focal, "Country") if focal else None


def _owner_state(index: EntityIndex, t: Token) -> str | None:
    """The state a token names: a state, its capital or demonym, or a person acting for one."""
    m = index.at_token(t.i)
    if m is None:
        return None
    if m.type == "Country":
        return m.key
    return index.country_of(m.key) if m.type == "Person" else None


def _junta_bindings(doc: Doc, index: EntityIndex, rules: _Rules) -> list[tuple[int, str]]:
    """Where the text ties military rule to one state: (position, state) of each phrase of a
    junta noun, a civil noun with a military modifier or a coup noun that one state owns ("Niger's
    ruling junta", "the Malian junta", "Myanmar's military government", "the junta in Niamey",
    "the coup in Gabon"); entity_fixes descriptions ``junta``."""
    if index._junta_memo is not None:
        return index._junta_memo
    out: list[tuple[int, str]] = []
    for i, lem in enumerate(lower_lemmas(doc)):  # the document's cached lemmas: one pass, no Token
        if not (lem in rules.junta_bind or lem in rules.coup_nouns):
            continue
        t = doc[i]
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        kids = list(t.children)
        if lem == "general":
            if t.tag_ != "NNS":
                continue  # "the attorney general", "Gen Zaw Min Tun"
        elif (
            lem not in rules.junta_plain
            and lem not in rules.coup_nouns
            and not any(c.dep_ in ("amod", "compound") and c.lower_ in rules.junta_mods for c in kids)
        ):
            continue  # "Benin's government": no military rule
        states = set()
        for c in kids:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < t.i:
                st = _owner_state(index, c)
            elif c.dep_ == "prep" and c.lower_ in ("in", "of"):
                st = next((_owner_state(index, p) for p in c.children if p.dep_ == "pobj"), None)
            else:
                continue
            if st is not None:
                if any(x.dep_ == "conj" for x in c.children):
                    states.add("")  # "Mali and Niger's juntas": several states
                states.add(st)
        if len(states) == 1 and "" not in states:
            out.append((t.i, states.pop()))
    index._junta_memo = out  # once per document: every description of a junta reads the same ties
    return out


def _junta_state(
    doc: Doc, index: EntityIndex, rules: _Rules, order: list[LinkedMention], start: int, end: int
) -> str | None:
    """The state a bare description of a military government ("the junta", "the military
    government", "the ruling generals") stands for: of the states the text ties military rule to
    (:func:`_junta_bindings`), the one named last in its sentence or the one before, else the one
    bound last before it, else the only one bound after it; never the state that is the subject
    of the verb governing it ("Benin urged the junta ...")."""
    bindings = _junta_bindings(doc, index, rules)
    exclude = _governing_subject_states(doc, index, start, end)
    bound = {st for _, st in bindings} - exclude
    if not bound:
        return None
    sent = sentence(doc[start])
    lo = sentence(doc[sent.start - 1]).start if sent.start > 0 else 0
    for m in reversed(order):
        if m.start >= start or m.via == "dateline":
            continue
        if m.start < lo:
            break
        st = m.key if m.type == "Country" else (index.country_of(m.key) if m.type == "Person" else None)
        if st in bound:
            return st
    before = [st for pos, st in bindings if pos < start and st in bound]
    if before:
        return before[-1]
    after = {st for pos, st in bindings if pos >= end and st in bound}
    return after.pop() if len(after) == 1 else None


def _opposition_word(t: Token, rules: _Rules) -> bool:
    """'the opposition', 'opposition leader'; not an objection ('Hungary's opposition to the deal')."""
    return t.lower_ in rules.desc_opposition and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "against", "from") for c in t.children
    )


def _opposition_phrase(index: EntityIndex, rules: _Rules, subj: Token) -> list[int] | None:
    """The token positions of the opposition phrase ``subj`` is or was named in ("Spain's main
    opposition party", "The opposition leader, Peter Dutton,"; a person named so earlier and now by
    name alone), None when it is no opposition."""

    def phrase(t: Token) -> list[int]:
        while t.dep_ in ("appos", "compound", "flat") and t.head.i != t.i:
            t = t.head
        return [x.i for x in t.subtree if not (x.dep_ in ("relcl", "acl") and x.head.i == t.i)]

    own = phrase(subj)
    if any(_opposition_word(subj.doc[i], rules) for i in own):
        return own
    m = index.at_token(subj.i)
    if m is None or m.type not in ("Person", "Organization"):
        return None
    for o in index.mentions:
        if o.key == m.key and o.start < subj.i:
            earlier = phrase(subj.doc[o.start : o.end].root)
            if any(_opposition_word(subj.doc[i], rules) for i in earlier):
                return earlier
    return None


def _opposition_state(
    doc: Doc, index: EntityIndex, rules: _Rules, order: list[LinkedMention], start: int, end: int
) -> str | None:
    """'The opposition leader, X, accused the government of ...', 'Spain's main opposition party
    criticised the government's handling', 'the opposition said the government had failed': a
    state's government that the state's opposition addresses is that state's -- the state named in
    the opposition phrase ('Spain's', a person's state), else the one the text is about, else the
    home state of a national outlet."""
    tok = doc[start:end].root
    v = tok
    steps = 0
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and steps < 3:
        v, steps = v.head, steps + 1
    if tok.dep_ in ("nsubj", "nsubjpass") and v.dep_ in ("ccomp", "parataxis"):
        v = v.head  # "the opposition said the government had failed": the speaker
    subj = None
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < start), None)
        if subj is not None or v.dep_ not in ("advcl", "xcomp", "conj") or v.head.i == v.i:
            break
        v = v.head  # "X told reporters, calling the government weak": the participle's subject
    if subj is None or subj.i >= start:
        return None
    span = _opposition_phrase(index, rules, subj)
    domestic = span is None
    if domestic:
        # "The Law Society of Kenya demanded that the government ...": a state's own body
        t = subj
        while t.dep_ in ("appos", "compound", "flat") and t.head.i != t.i:
            t = t.head
        if t.lower_ not in rules.desc_domestic:
            return None
        span = [x.i for x in t.subtree if not (x.dep_ in ("relcl", "acl") and x.head.i == t.i)]
    states = []
    for i in span:
        m = index.at_token(i)
        st = None if m is None else (m.key if m.type == "Country" else index.country_of(m.key))
        if st and st not in states:
            states.append(st)
    if len(states) == 1:
        return states[0]
    if states or domestic:
        return None
    focal = _focal_state(doc, index, order, start, set())
    if focal is not None:
        return focal
    from kg.nlp.components import titles

    # "The opposition leader, X," in a national outlet: the outlet's own state's opposition
    return publisher_state(doc, index, titles())


def _pronoun_owned_organ(
    doc: Doc, index: EntityIndex, start: int, noun: str, *, bare: bool = False
) -> tuple[int, str | None] | None:
    """The latest 'its/their <organ>' with the description's head noun before ``start`` in its
    sentence or the two before ("The UAE has responded. ... its foreign ministry said ... The
    ministry repeated"), when no name covers it: (its position, its owner) -- the owner is the
    state that is the subject of the pronoun's own clause or, for a pronoun opening its clause
    ("In a statement, its foreign ministry said"), the state subject of the sentence before
    (centering); None when neither is a state. For a bare description ('the ministry') the nearest
    ministry decides whatever its form: a named one is its state's ("India's Ministry of External
    Affairs ... the ministry's spokesperson"), and one of no named state ("The Interior Ministry
    said ...") leaves it unresolved ('?')."""
    sent = sentence(doc[start])
    lo = sent.start
    for _ in range(2):
        if lo > 0:
            lo = sentence(doc[lo - 1]).start
    for i in range(start - 1, lo - 1, -1):
        t = doc[i]
        if t.lower_ != noun:
            continue
        old = index.at_token(i)
        r = index._records.get(old.key) if old is not None else None
        if old is not None and not (old.via == "ner" and r is not None and not r.wikidata and not r.country):
            # a named organ; a generic one the NER tagged ("its Foreign Ministry") is no name
            if bare and old.via != "description":
                st = old.key if old.type == "Country" else index.country_of(old.key)
                return (i, st) if st else (i, "?")
            continue
        poss = [c for c in t.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
        if not poss:
            if bare:
                return i, "?"
            continue
        p = poss[0]
        before = [
            m for m in index.in_span((sentence(t).start, p.i)) if m.type == "Country" and m.via != "dateline"
        ]
        if before:
            return i, None
        s0 = sentence(t).start
        if s0 == 0:
            return i, None
        prev = sentence(doc[s0 - 1])
        subj = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        m = index.at_token(subj[0].i) if subj else None
        return i, (m.key if m is not None and m.type == "Country" else None)
    return None


def _speaker_state(doc: Doc, index: EntityIndex, rules: _Rules, start: int, end: int) -> str | None:
    """The state of the official whose statement contains ``doc[start:end]`` ("Khamenei said
    the armed forces would respond": Iran)."""
    tok = doc[start:end].root
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in rules.speech_verbs:
            v = tok.head
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None
            if subj.lower_ in ("he", "she"):
                # the person named last before the pronoun, in its sentence or the one before
                first = sentence(doc[sentence(subj).start - 1]).start if sentence(subj).start > 0 else 0
                for i in range(subj.i - 1, first - 1, -1):
                    m = index.at_token(i)
                    if m is not None and m.type == "Person":
                        return index.country_of(m.key)
                return None
            for i in range(subj.left_edge.i, subj.right_edge.i + 1):
                m = index.at_token(i)
                if m is not None and m.type == "Person":
                    return index.country_of(m.key)
            return None
        tok = tok.head
    return None


def _focal_state(
    doc: Doc, index: EntityIndex, order: list[LinkedMention], start: int, exclude: set[str]
) -> str | None:
    """The state the text before token ``start`` is about: named (itself or through a person
    acting for it) at least twice, and at least twice as often as any other state, counting
    mentions in the current paragraph double."""
    para = doc_text(doc).rfind("\n", 0, doc[start].idx)
    score: dict[str, float] = {}
    total: dict[str, int] = {}
    for m in order:
        if m.start >= start:
            break
        if m.via == "dateline":
            continue
        state = m.key if m.type == "Country" else (index.country_of(m.key) if m.type == "Person" else None)
        if not state or state in exclude:
            continue
        total[state] = total.get(state, 0) + 1
        score[state] = score.get(state, 0.0) + (2.0 if m.start_char > para else 1.0)
    if not score:
        return None
    ranked = sorted(score, key=lambda k: -score[k])
    top = ranked[0]
    second = score[ranked[1]] if len(ranked) > 1 else 0.0
    if total[top] >= _DESC_MIN_MENTIONS and score[top] >= 2 * second:
        return top
    return None


def _governing_subject_states(doc: Doc, index: EntityIndex, start: int, end: int) -> set[str]:
    """States named as the subject of the verb whose object (or prepositional object) is the
    phrase ``doc[start:end]``."""
    tok = doc[start:end].root
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return set()
    steps = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and steps < 3:
        tok, steps = tok.head, steps + 1
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return set()
    if subj.lower_ in ("which", "who", "that") and tok.dep_ == "relcl":
        subj = tok.head
    out = set()
    for i in range(subj.left_edge.i, subj.right_edge.i + 1):
        m = index.at_token(i)
        if m is not None and m.type == "Country":
            out.add(m.key)
    return out


def _description_group(doc: Doc, index: EntityIndex, order: list[LinkedMention], start: int) -> str | None:
    """The latest armed group named before ``start``, unless another one was named in the
    description's sentence or the ones just before it."""
    groups = [m for m in order if m.start < start and m.type == "Organization" and _armed(index, m.key)]
    if not groups:
        return None
    last = groups[-1]
    sent = sentence(doc[start])
    window = sent.start
    for _ in range(_DESC_GROUP_WINDOW):
        if window > 0:
            window = sentence(doc[window - 1]).start
    if any(m.key != last.key and m.end > window for m in groups):
        return None
    return last.key


def _description_generic(
    doc: Doc,
    index: EntityIndex,
    order: list[LinkedMention],
    start: int,
    window: int,
    noun: str = "group",
    rules: _Rules | None = None,
) -> str | None:
    """ "the group", "the movement": the one non-state organization (an armed group, a party or an
    organization of no known kind) named in the description's sentence or the ``window`` before
    it; nothing when another organization, or an international organization that is itself called
    so (a grouping such as BRICS or the G7, or one with the noun in its name), is named there too
    (a state's own bodies and news media are no candidates: "the group" never means them; "listed
    as a terrorist organization by the EU" leaves "the group" to the armed group)."""
    groupings = set(rules.desc_igo.get(("grouping",), ())) if rules is not None else set()
    first = sentence(doc[start]).start
    for _ in range(window):
        if first > 0:
            first = sentence(doc[first - 1]).start
    keys: set[str] = set()
    for m in order:
        if m.start >= start:
            break
        if m.start < first or m.type not in _ORG_TYPES:
            continue
        r = index._records.get(m.key)
        if m.type == "Organization" and r is not None and (r.country or r.subtype == "Media"):
            continue
        if (
            m.type == "IGO"
            and rules is not None
            and r is not None
            and r.label not in groupings
            and noun not in r.label.lower().split()
        ):
            continue
        keys.add(m.key)
    if len(keys) != 1:
        return None
    key = next(iter(keys))
    r = index._records.get(key)
    if r is None or r.type != "Organization" or r.subtype not in (None, "ArmedGroup", "PoliticalParty"):
        return None
    return key


def _armed(index: EntityIndex, key: str) -> bool:
    r = index._records.get(key)
    return r is not None and (r.subtype == "ArmedGroup" or (r.subtype == "Military" and not r.country))


def _description_igo(
    doc: Doc, index: EntityIndex, order: list[LinkedMention], start: int, labels: tuple[str, ...], noun: str
) -> str | None:
    """The latest international organization of the kind ``labels`` (gazetteer labels;
    ``__any__``: every IGO) named before ``start``; none when an organization whose name has
    the description's noun ("the agency" after "Reuters news agency") was named after it."""
    for m in reversed([m for m in order if m.start < start]):
        if m.type == "IGO":
            r = index._records.get(m.key)
            if "__any__" in labels or (r is not None and r.label in labels):
                return m.key
        elif m.type == "Organization" and noun in m.text.lower():
            return None
    if any(m.type == "IGO" for m in order if m.start < start):
        return None
    # a story's opening sentence may describe the bloc it names in the next ("West Africa's regional
    # bloc has lifted sanctions on Niger. ECOWAS said ..."): the first fitting one named after it in
    # the next two sentences, when no organization was named before
    sent = sentence(doc[start])
    if sum(1 for s in islice(doc.sents, 4) if s.end <= sent.start) > 3:
        return None  # not the opening (four sentences before it; a headline and a byline are two)
    end = sent.end
    for _ in range(2):
        if end < len(doc):
            end = sentence(doc[end]).end
    for m in order:
        if start < m.start < end and m.type == "IGO":
            r = index._records.get(m.key)
            return m.key if "__any__" in labels or (r is not None and r.label in labels) else None
    return None


def publisher_state(doc: Doc, index: EntityIndex, tt) -> str | None:
    """The home state of the article's outlet (a national newspaper or broadcaster of the
    gazetteer, not an international agency: ``international_outlets``), when it is one of the
    two states the article names most (at least three times): a national outlet names its own
    ministers without their state ("Interior Minister X" in Le Monde). The state an edition's
    parenthesis names comes first ("ABC News (Australia)" is not the American ABC News); an
    outlet neither list knows is one of the state its name names ("The Herald (Zimbabwe)",
    "Prime Minister of Canada (news release)": :func:`_named_home`)."""
    line = doc.user_data.get("kg_publisher") or ""
    pub = re.sub(r"\s*\(.*?\)\s*", " ", line).strip()
    if not pub or pub.lower() in tt.international_outlets:
        return None
    e = index.gazetteer.name(pub)
    if (st := _named_home(index, " ".join(re.findall(r"\((.*?)\)", line)), demonyms=False)) is not None:
        home = st.key  # "ABC News (Australia)": the edition the parenthesis names
    elif e is not None and e.type == "Organization" and e.subtype == "Media" and e.home:
        if e.label.lower() in tt.international_outlets:
            return None
        home = e.home
    else:
        # an outlet the gazetteer does not list ("Vietnam News Agency", "The Daily Star")
        iso3 = tt.national_outlets.get(normalize(pub))
        st = index.gazetteer.by_iso3(iso3) if iso3 else _named_home(index, pub)
        if st is None:
            return None
        home = st.key
    counts = Counter(m.key for m in index.mentions if m.type == "Country")
    ranked = counts.most_common()
    # one of the two states named most (a tie for second place counts: "New Zealand 14, China
    # 10, Cook Islands 10" in a Cook Islands paper)
    second = ranked[1][1] if len(ranked) > 1 else 0
    top = [k for k, n in ranked if n >= 3 and n >= second]
    if home not in top or any(st != home for st in _dateline_places(doc, index)):
        # "Male/New Delhi, Jan 14 (PTI)": a dispatch filed from abroad names that place's officials
        return None
    return home


def _named_home(index: EntityIndex, publisher: str, *, demonyms: bool = True):
    """The one state an outlet's name (or its parenthesis) names by its name, demonym or capital
    ("The Herald (Zimbabwe)", "ABC News (Australia)", "The Japan Times", "The Kyiv Independent",
    "Prime Minister of Canada (news release)"); None for none or several ("Radio Free Europe").
    Without ``demonyms`` for a parenthesis, whose adjective names a language ("(French edition)")."""
    gaz = index.gazetteer
    words = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", publisher)
    found = set()
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            text = " ".join(words[i : i + n])
            e = gaz.name(text) or (gaz.demonym(text) if n == 1 and demonyms else None) or gaz.capital(text)
            if e is not None and e.type == "Country":
                found.add(e.key)
                i += n
                break
        else:
            i += 1
    return gaz.get(found.pop()) if len(found) == 1 else None


def _dateline_places(doc: Doc, index: EntityIndex) -> set[str]:
    """The states of the places a dateline lists at the start of a line ("Male/New Delhi, Jan 14
    (PTI)", "GENEVA, March 3 -"): capitals or cities of gazetteer/places.json, all of them."""
    gaz = index.gazetteer
    for i in range(min(len(doc), 200)):
        if not (i == 0 or "\n" in doc[i - 1].whitespace_ or doc[i - 1].is_space) or doc[i].is_space:
            continue
        k = i
        while (
            k < min(len(doc), i + 8)
            and doc[k].text not in (",", "(", "—", "–", "-", ":")
            and "\n" not in doc[k].text
        ):
            k += 1
        if k == i or k >= min(len(doc), i + 8) or doc[k].text not in (",", "(", "—", "–", "-", ":"):
            continue
        parts = [p.strip() for p in doc[i:k].text.split("/")]
        places = [gaz.capital(p) or place_state(p) for p in parts if p]
        if places and all(e is not None for e in places):
            return {e.key for e in places}
    return set()
