"""kg's spaCy components: a gazetteer entity ruler and rule-based fixes of typical NER errors.

Both run after the statistical ``ner`` and only rewrite ``doc.ents``:

- ``kg_entity_ruler`` adds the gazetteer's names (states, IGOs, organizations, people and
  government metonyms such as "Kremlin"; names also without their diacritics, "Deby" for
  "Déby") as entities with the canonical key in ``kb_id_``,
  relabels the model's guess when the gazetteer knows better, and never cuts a longer
  entity of the model ("Latin America" keeps its span).
- ``kg_entity_fixes`` applies generic rules with data from ``kg/data/entity_fixes.json`` and
  ``kg/data/titles.json``: a name tagged ORG/GPE that the document (or the gazetteer) uses as
  a person becomes PERSON, as does one that opens a list of people after a plural title
  ("the defence ministers of A and B, Hanno Rand and Y"); a demonym the model tags as a
  person before a title ("Ugandan Foreign Minister") becomes NORP; a name after
  "platform"/"network" becomes ORG; all-lowercase
  fragments of hyphenated words ("un-unite") are dropped; titles and honorifics are cut from
  PERSON spans; entities inside a title ("Secretary of State") are dropped; "Operation X"
  and "Name-2025" exercise names become EVENT.

>>> from kg.nlp import load_pipeline
>>> doc = load_pipeline()("Erdogan posted the message to his platform Kosmos.")
>>> [(e.text, e.label_) for e in doc.ents]
[('Erdogan', 'PERSON'), ('Kosmos', 'ORG')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.gazetteer import get_gazetteer, normalize, places_table
from kg.resources import load_json

__all__ = [
    "GazetteerRuler",
    "EntityFixer",
    "fix_entities",
    "titles",
    "TitleTable",
    "add_abbreviations",
    "keep_abbreviations",
]

#: spaCy label for each gazetteer type.
GAZ_LABEL = {"Country": "GPE", "IGO": "ORG", "Organization": "ORG", "Person": "PERSON", "Location": "LOC"}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
_EXERCISE = re.compile(r"^[A-Z][A-Za-z]+-(?:19|20)\d\d[A-Z]?$")
#: Marks a doc as processed by kg_entity_fixes (so extractors don't apply the fixes twice).
FIXED_FLAG = "kg_entities_fixed"


def _gender_variants(items: list[str]) -> list[str]:
    """Each "...spokesman" title also as "...spokeswoman" and "...spokesperson"."""
    out = list(items)
    for t in items:
        if "spokesman" in t:
            out += [t.replace("spokesman", "spokeswoman"), t.replace("spokesman", "spokesperson")]
        if "Chairman" in t or "chairman" in t:
            out += [t.replace("hairman", "hairwoman"), t.replace("hairman", "hairperson")]
    return list(dict.fromkeys(out))


class TitleTable:
    """Titles from ``kg/data/titles.json`` as lower-cased token tuples, for prefix matching."""

    def __init__(self) -> None:
        d = load_json("titles.json")
        self.level: dict[tuple[str, ...], str] = {}
        self.canonical: dict[tuple[str, ...], str] = {}
        for level in ("org", "state"):  # state wins where a title is in both lists
            for t in _gender_variants(d[level]):
                for k in self.keys(t):
                    self.level[k] = level
                    self.canonical.setdefault(k, t)
        # "Agriculture Minister", "transportation secretary": a cabinet portfolio before a cabinet
        # office is a state title (the explicit titles above win)
        for p in d.get("cabinet_portfolios", ()):
            for office in d.get("portfolio_offices", ()):
                for k in self.keys(f"{p} {office}"):
                    self.level.setdefault(k, "state")
                    self.canonical.setdefault(k, f"{p} {office}")
        #: the words of the cabinet portfolios ("foreign", "affairs", "defence"): a ministry named
        #: only with them names no state ("the Ministry of Foreign Affairs")
        self.portfolio_words = {w.lower() for p in d.get("cabinet_portfolios", ()) for w in p.split()}
        self.honorifics = {k for h in d["honorifics"] for k in self.keys(h)}
        self.ranks = {k for r in d.get("ranks", ()) for k in self.keys(r)}
        self.state_unique = {t.lower(): iso3 for t, iso3 in d.get("state_unique", {}).items()}
        self.personal = {h.lower() for h in d.get("personal_honorifics", ())}
        self.subnational = {k for t in d.get("subnational", ()) for k in self.keys(t)}
        self.rank_names = {self.key(a): full for a, full in d.get("rank_names", {}).items()}
        self.abbreviations = tuple(d.get("abbreviations", ()))
        self.modifiers = {m.lower() for m in d["modifiers"]}
        self.drop_modifiers = {m.lower() for m in d["drop_modifiers"]}
        self.portfolio = {k for t in _gender_variants(d.get("portfolio_titles", [])) for k in self.keys(t)}
        self.cabinet_heads = {k for t in d.get("cabinet_heads", ()) for k in self.keys(t)}
        self.plural_heads = {p.lower(): s.lower() for p, s in d.get("plural_heads", {}).items()}
        self.meeting_verbs = set(d.get("meeting_verbs", ()))
        self.summon_verbs = set(d.get("summon_verbs", ()))
        self.retired = {w.lower() for w in d.get("retired_markers", ())}
        self.institution_nouns = {w.lower() for w in d.get("institution_nouns", ())}
        self.movement_nouns = {w.lower() for w in d.get("movement_nouns", ())}
        self.directive_verbs = {v for v in d.get("directive_verbs", ()) if " " not in v}
        #: "call back", "call home": the verb's lemma and the particles that make it one
        self.directive_phrasal: dict[str, set[str]] = {}
        for v in d.get("directive_verbs", ()):
            if " " in v:
                verb, part = v.split(" ", 1)
                self.directive_phrasal.setdefault(verb, set()).add(part)
        self.polity_nouns = {w.lower() for w in d.get("polity_nouns", ())}
        self.office_as_verbs = set(d.get("office_as_verbs", ()))
        self.held_offices = {w.lower(): t for w, t in d.get("held_offices", {}).items()}
        self.international_outlets = {w.lower() for w in d.get("international_outlets", ())}
        self.national_outlets = {normalize(k): v for k, v in d.get("national_outlets", {}).items()}
        self.institution_name_heads = {w.lower() for w in d.get("institution_name_heads", ())}
        self.portfolio_org_heads = {w.lower() for w in d.get("portfolio_org_heads", ())}
        self.owned_body_heads = {w.lower() for w in d.get("owned_body_heads", ())}
        self.private_occupations = {w.lower() for w in d.get("private_occupations", ())}
        self.employer_name_heads = {w.lower() for w in d.get("employer_name_heads", ())}
        self.unit_name_heads = {w.lower() for w in d.get("unit_name_heads", ())}
        self.bare_state_organs = {w.lower() for w in d.get("bare_state_organs", ())}
        self.implied_org_titles = {
            t.lower(): {**v, "portfolios": {tuple(x.split()) for x in v.get("portfolios", ())}}
            for t, v in d.get("implied_org_titles", {}).items()
        }
        self.party_nouns = {w.lower() for w in d.get("party_nouns", ())}
        self.other_party_verbs = set(d.get("other_party_verbs", ()))
        self.expulsion_verbs = set(d.get("expulsion_verbs", ()))
        self.expulsion_nouns = set(d.get("expulsion_nouns", ()))
        self.party_side_nouns = {w.lower() for w in d.get("party_side_nouns", ())}
        self.party_side_list_words = {w.lower() for w in d.get("party_side_list_words", ())}
        self.absent_offices = [
            (self.key(o), set(states)) for o, states in d.get("absent_offices", {}).items()
        ]
        #: spaCy's tokens of each office ("president 's office"), longest first
        self.leader_offices = sorted(
            (tuple(w.lower().replace("'s", " 's").split()) for w in d.get("leader_offices", ())),
            key=len,
            reverse=True,
        )
        self.organ_voices = {
            k for t in _gender_variants(d.get("organ_voice_titles", [])) for k in self.keys(t)
        }
        self.max_len = max(len(k) for k in [*self.level, *self.honorifics, *self.ranks])

    @staticmethod
    def key(text: str) -> tuple[str, ...]:
        """Lower-cased words; an apostrophe that ends a word is a word of its own, as spaCy
        splits "Dato' Seri" (one inside a word stays: "chargé d'affaires")."""
        return tuple(re.findall(r"[\w.-]+(?:['’][\w.-]+)*|['’]", text.lower()))

    @classmethod
    def keys(cls, text: str) -> tuple[tuple[str, ...], ...]:
        """The title's key, and also with hyphens as tokens of their own, as spaCy splits
        "Secretary-General" or "co-founder" (the abbreviations it keeps whole keep theirs)."""
        k = cls.key(text)
        split = tuple(p for w in k for p in re.split(r"(?<=\w)(-)(?=\w)", w) if p)
        return (k, split) if split != k else (k,)

    def match_at(self, words: list[str], start: int, *, honorifics: bool = False) -> int:
        """Length of the longest title (or honorific) starting at ``words[start]``; 0 if none."""
        table = self.honorifics if honorifics else self.level
        for n in range(min(self.max_len, len(words) - start), 0, -1):
            if tuple(words[start : start + n]) in table:
                return n
        return 0

    def match_rank(self, words: list[str], start: int) -> int:
        """Length of the longest rank ("lt. gen.") starting at ``words[start]``; 0 if none."""
        for n in range(min(4, len(words) - start), 0, -1):
            if tuple(words[start : start + n]) in self.ranks:
                return n
        return 0

    def match_ending(self, words: list[str], end: int) -> int:
        """Length of the longest title ending just before ``words[end]``; 0 if none."""
        for n in range(min(self.max_len, end), 0, -1):
            if tuple(words[end - n : end]) in self.level:
                return n
        return 0


_TITLES: TitleTable | None = None


def add_abbreviations(nlp: Language) -> None:
    """Keep the ranks and honorifics of ``titles.json`` ("Brig.", "Lt.", "Col.") one token each.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> add_abbreviations(nlp)
    >>> [t.text for t in nlp("Guyana's army chief, Brig. Omar Khan, spoke.")][5:8]
    ['Brig.', 'Omar', 'Khan']
    """
    from spacy.symbols import ORTH

    for a in titles().abbreviations:
        for form in (a, a.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def keep_abbreviations(doc: Doc) -> Doc:
    """No sentence starts right after a rank or honorific abbreviation ("Brig. Omar Khan"),
    unless a line break separates them. Runs before the parser, which keeps the choice.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> add_abbreviations(nlp)
    >>> doc = keep_abbreviations(nlp("The chief, Brig. Omar Khan, spoke."))
    >>> doc[4].is_sent_start
    False
    """
    abbrevs = _abbreviation_set()
    for tok in doc[:-1]:
        if tok.text in abbrevs and "\n" not in tok.whitespace_:
            nxt = doc[tok.i + 1]
            if nxt.text[:1].isupper() and not nxt.is_space:
                nxt.is_sent_start = False
    return doc


_ABBREVS: frozenset[str] | None = None


def _abbreviation_set() -> frozenset[str]:
    global _ABBREVS
    if _ABBREVS is None:
        abbrevs = titles().abbreviations
        _ABBREVS = frozenset([*abbrevs, *(a.upper() for a in abbrevs)])
    return _ABBREVS


@Language.component("kg_abbreviations")
def abbreviations_component(doc: Doc) -> Doc:
    """The ``kg_abbreviations`` component (see :func:`keep_abbreviations`); place it before the parser."""
    return keep_abbreviations(doc)


def titles() -> TitleTable:
    """The title table (loaded once per process)."""
    global _TITLES
    if _TITLES is None:
        _TITLES = TitleTable()
    return _TITLES


def _lower_words(doc: Doc) -> list[str]:
    return [t.lower_ for t in doc]


def _fold_accents(text: str) -> str:
    """``text`` without combining diacritics ("Déby" -> "Deby"); other letters unchanged."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    )


class GazetteerRuler:
    """Adds gazetteer names as entities (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        gaz = get_gazetteer()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.info: dict[str, tuple[str, str]] = {}
        by_id: dict[str, list[Doc]] = {}
        seen: set[tuple[str, str]] = set()
        forms = gaz.surface_forms()
        bound = {n.lower() for n in load_json("entity_fixes.json").get("article_bound_names", ())}
        for kind in ("name", "metonym"):
            for text, key in forms[kind]:
                text = text.strip()
                if text.lower() not in bound:  # "the States" keeps its article: 'called on States to'
                    text = re.sub(r"^(the|The)\s+", "", text)
                if not text or (text, key) in seen:
                    continue
                seen.add((text, key))
                entry = gaz.get(key)
                label = "ORG" if kind == "metonym" else GAZ_LABEL.get(entry.type, "ORG")
                mid = f"{kind}|{key}"
                self.info[mid] = (label, key)
                by_id.setdefault(mid, []).append(nlp.make_doc(text))
                if text.lower() in bound:
                    by_id[mid].append(nlp.make_doc(text[0].upper() + text[1:]))  # "The Emirates and ..."
                folded = _fold_accents(text)
                if kind == "name" and folded != text and (folded, key) not in seen:
                    # English news often drops diacritics ("Deby" for "Déby", "Vucic")
                    seen.add((folded, key))
                    by_id[mid].append(nlp.make_doc(folded))
        for mid, docs in by_id.items():
            self.matcher.add(mid, docs)
        # names of three or more words also in any case ("called on the UN security council"):
        # long enough not to be a common phrase
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        for mid, docs in by_id.items():
            if mid.startswith("name|") and (long := [d for d in docs if len(d) >= 3]):
                self.lower.add(mid, long)
        # cities and towns (gazetteer/places.json, names the gazetteer itself does not know):
        # looked up by exact spelling, one to three words starting with a capital letter
        # capitals too: the model leaves some untagged ("Chisinau has expelled ..."); linking
        # then decides between the government and the place, as for the model's own GPEs
        self.places = {**places_table(), **dict.fromkeys(gaz.capital_forms(), "")}
        # exonyms only where the model itself reads a place (or a person in a place's slot): many
        # are other languages' forms that clash with other names ("Orano", Oran in Italian)
        self.exonyms = places_table(exonyms=True)
        self.place_len = max((len(n.split()) for n in (*self.places, *self.exonyms)), default=0)
        fixes = load_json("entity_fixes.json")
        self.features = set(fixes.get("feature_words", ()))
        # "Fano fighters", "Wagner mercenaries": a name before these nouns names a group, not a town
        self.group_nouns = {w.lower() for w in fixes.get("armed_group_nouns", ())}

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        spans = []
        for match_id, start, end in [*self.matcher(doc), *self.lower(doc)]:
            label, key = self.info[strings[match_id]]
            spans.append(Span(doc, start, end, label=label, kb_id=key))
        spans += self._places(doc)
        if not spans:
            return doc
        ents = list(doc.ents)
        owner = {}
        for e in ents:
            for i in range(e.start, e.end):
                owner[i] = e
        drop: set[tuple[int, int]] = set()
        add: list[Span] = []
        for g in filter_spans(spans):
            overlap = {(e.start, e.end): e for i in range(g.start, g.end) if (e := owner.get(i)) is not None}
            if not overlap:
                # a lone capitalized word the tagger does not read as a name ("Turkey" the bird
                # opening a sentence, "Meta" in a headline) is not added on the gazetteer's word alone
                # An acronym of three or more capitals ("ECOWAS", tagged as a plural noun) is a name
                # whatever its tag, unless the whole sentence is in capitals (a shouted headline).
                if (
                    len(g) > 1
                    or doc[g.start].pos_ == "PROPN"
                    or not doc.has_annotation("TAG")
                    or _acronym(doc[g.start])
                ):
                    add.append(g)
                continue
            longer = [
                e for e in overlap.values() if e.start <= g.start and e.end >= g.end and len(e) > len(g)
            ]
            if longer and not g.kb_id_:
                continue  # a town inside a longer name ("... University of Milan") stays in it
            if longer:
                e = longer[0]
                if normalize(e.text) == normalize(g.text) and not e.kb_id_:
                    drop.add((e.start, e.end))
                    add.append(Span(doc, e.start, e.end, label=g.label_, kb_id=g.kb_id_))
                    continue
                if e.end == g.end and all(
                    doc[i].is_lower and doc[i].pos_ != "DET" for i in range(e.start, g.start)
                ):
                    # "suspends Gabon", "says Putin" tagged as one name in a sentence-case headline:
                    # no name starts with a lower-case verb or adverb; the gazetteer name wins
                    drop.add((e.start, e.end))
                    add.append(g)
                    continue
                if name_end := _state_then_name(doc, e, g):
                    # "Ambassador to Israel Mike Huckabee" tagged as one ORG: the state, then a person
                    drop.add((e.start, e.end))
                    add.extend([g, Span(doc, g.end, name_end, label="PERSON")])
                    continue
                if not _overreach(doc, e, g):
                    continue
            # the model's span is a list of names ("Mali, Burkina Faso") or runs past the name
            # into a place ("the Rapid Support Forces in Jeddah"): the gazetteer name wins
            same = overlap.get((g.start, g.end))
            if (
                same is not None
                and same.label_ == "PERSON"
                and g.label_ != "PERSON"
                and _after_title(doc, g.start)
            ):
                continue  # "President Chad ...": the model's person reading wins after a title
            if (
                not g.kb_id_
                and any(e.label_ == "PERSON" for e in overlap.values())
                and not _place_slot(doc, g)
            ):
                continue  # a town's name read as a person ("Ivanov said"): a place only where places go
            if same is not None and same.label_ == "NORP" and g.label_ == "GPE":
                continue  # demonym that is also a name ("New Zealand" as adjective): linked later
            drop.update(overlap)
            add.append(g)
        kept = [e for e in ents if (e.start, e.end) not in drop]
        doc.ents = filter_spans([*add, *kept])
        return doc

    def _places(self, doc: Doc) -> list[Span]:
        """Spans of ``doc`` spelled as a place of ``gazetteer/places.json`` (label GPE, no key).

        Not a town: a name before an armed-group noun ("Fano fighters"), a name the document also
        uses before a geographic feature word ("Scarborough Shoal": "around Scarborough" is the
        shoal), an exonym where the model reads no place (see ``self.exonyms``)."""
        found: list[tuple[int, int, bool]] = []
        features: set[str] = set()
        n = len(doc)
        model = {(e.start, e.end): e.label_ for e in doc.ents}
        for i, tok in enumerate(doc):
            if not tok.text[:1].isupper():
                continue
            for j in range(min(n, i + self.place_len), i, -1):
                text = doc[i:j].text
                if text in self.places or text in self.exonyms:
                    if j < n and doc[j].text in self.features:
                        features.add(text)
                    elif j >= n or doc[j].lower_ not in self.group_nouns:
                        found.append((i, j, text not in self.places))
                    break
        out = []
        for i, j, exonym in found:
            g = Span(doc, i, j, label="GPE")
            if g.text in features:
                continue
            if exonym and model.get((i, j)) not in ("GPE", "LOC", "FAC", "PERSON"):
                continue
            out.append(g)
        return out


_PLACE_PREPS = {"in", "at", "near", "from", "on", "outside", "inside"}
#: parts of speech no name ends in: a model span that runs past a gazetteer name into them overreaches
_TRAILING = frozenset({"ADP", "PART", "CCONJ", "SCONJ", "DET"})
#: prepositions before a place that is attacked, visited or left ("strikes on Khan Younis")
_PLACE_SLOT_PREPS = _PLACE_PREPS | {
    "to",
    "into",
    "toward",
    "towards",
    "over",
    "across",
    "around",
    "via",
    "through",
}


@cache
def _place_object_verbs() -> frozenset[str]:
    return frozenset(load_json("entity_fixes.json").get("place_object_verbs", ()))


def _place_slot(doc: Doc, g: Span) -> bool:
    """Whether ``g`` stands where a place goes: after a place preposition, or as the object of a
    verb of attacking, visiting or taking ground ("hit Kharkiv"; ``place_object_verbs``)."""
    if g.start > 0 and doc[g.start - 1].lower_ in _PLACE_SLOT_PREPS:
        return True
    root = g.root
    return root.dep_ in ("dobj", "obj") and root.head.lemma_.lower() in _place_object_verbs()


def _acronym(tok) -> bool:
    """An all-capitals word of three or more letters in a sentence not written all in capitals."""
    if len(tok.text) < 3 or not tok.text.isalpha() or not tok.text.isupper():
        return False
    return (
        any(t.is_alpha and not t.is_upper for t in tok.sent) if tok.doc.has_annotation("SENT_START") else True
    )


def _overreach(doc: Doc, ent: Span, g: Span) -> bool:
    """Whether the model's entity ``ent`` around gazetteer name ``g`` is a list of names or
    runs from the name into a place phrase."""
    inner = doc[ent.start : ent.end]
    if any(t.text == "," or t.lower_ in ("and", "&") for t in inner) and g.label_ in ("GPE", "ORG"):
        return True
    if (
        g.end < ent.end
        and ent.start >= g.start - 1
        and all(t.is_lower and t.pos_ in _TRAILING for t in doc[g.end : ent.end])
    ):
        return True  # "the Democratic Republic of the Congo to (Angola)": no name ends in a function word
    return g.end < ent.end and doc[g.end].lower_ in _PLACE_PREPS and ent.start >= g.start - 1


def _state_then_name(doc: Doc, ent: Span, g: Span) -> int:
    """The end of the two- or three-word personal name when ``ent`` is a state's (or a known IGO's
    or organization's) name ``g`` (after "to"/"of", closing a title; maybe after "the": "President
    of the Kyrgyz Republic Sadyr Japarov", "Director-General of the World Health Organization
    Tedros Adhanom Ghebreyesus") followed by that name (and maybe a list's "and" the model ran
    into), else 0."""
    end = ent.end
    while end > g.end and doc[end - 1].lower_ in ("and", ",", "&"):
        end -= 1
    rest = doc[g.end : end]
    ok = (
        # a state, or an IGO or organization the gazetteer knows ("Director-General of the World
        # Health Organization Tedros Adhanom Ghebreyesus")
        (g.label_ == "GPE" or (g.label_ == "ORG" and g.kb_id_))
        and (g.start == ent.start or (g.start == ent.start + 1 and doc[ent.start].lower_ == "the"))
        and _name_run(rest)
        and ent.start > 0
        and doc[ent.start - 1].lower_ in ("to", "of")
        and _after_title(doc, ent.start - 1)
    )
    return end if ok else 0


def _name_run(span: Span) -> bool:
    """Whether ``span`` is a two- or three-word personal name of capitalized proper nouns, a hyphenated
    word counted as one ("Kassym-Jomart Tokayev", "Umaro Sissoco Embalo")."""
    words, k = 0, span.start
    doc = span.doc
    while k < span.end:
        if not (doc[k].is_title and doc[k].pos_ == "PROPN"):
            return False
        k += 1
        while (
            k + 1 < span.end
            and not doc[k - 1].whitespace_
            and doc[k].text in ("-", "‐")
            and doc[k + 1].is_title
        ):
            k += 2  # "Kassym" "-" "Jomart"
        words += 1
    return 2 <= words <= 3


def _polity_then_name(doc: Doc, start: int, end: int, tt: TitleTable, org_heads: set[str]) -> int:
    """The start of the personal name when ``doc[start:end]`` is "(the) <polity noun> <name>" closing a
    state title's 'of' ("President of the Republic Katerina Sakellaropoulou", "Emir of the State X Y"
    tagged as one organization): the polity noun ends the title, the rest is a person; else 0."""
    k = start + 1 if doc[start].lower_ == "the" else start
    if (
        start < 1
        or doc[start - 1].lower_ != "of"
        or not _after_title(doc, start - 1)
        or k + 1 >= end
        or doc[k].lower_ not in tt.polity_nouns
        or not doc[k].is_title
        or not _name_run(doc[k + 1 : end])
        or any(t.lower_ in org_heads for t in doc[k + 1 : end])  # "the Federation Council X Y"
    ):
        return 0
    return k + 1


def _names_after_office_of(doc: Doc, ents: list[Span]) -> list[Span]:
    """A two- or three-word capitalized name, untagged or tagged ORG with no gazetteer key, right
    after "<title> of/to (the) <a state, IGO or organization the gazetteer knows>" is a person
    ("Secretary-General of the Arab League Ahmed Aboul Gheit", "Chairman of the African Union
    Commission Moussa Faki Mahamat")."""
    out = list(ents)
    by_start = {e.start: e for e in ents}
    gaz = get_gazetteer()
    for g in ents:
        if g.label_ not in ("GPE", "ORG") or g.end + 1 >= len(doc):
            continue
        if not g.kb_id_ and gaz.name(re.sub(r"^(the|The)\s+", "", g.text)) is None:
            continue
        s = g.start - 1 if g.start > 0 and doc[g.start].lower_ != "the" else g.start
        if s > 0 and doc[s].lower_ == "the":
            s -= 1
        if s < 1 or doc[s].lower_ not in ("of", "to") or not _after_title(doc, s):
            continue
        nxt = by_start.get(g.end)
        if nxt is not None and (nxt.label_ != "ORG" or nxt.kb_id_):
            continue
        end = g.end
        if nxt is not None:
            end = nxt.end if all(t.is_title and t.is_alpha for t in nxt) else g.end
        else:
            while end < len(doc) and end - g.end < 3 and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
        if not 2 <= end - g.end <= 3:
            continue
        if any(e.start < end and e.end > g.end and e is not nxt for e in ents):
            continue
        out = [e for e in out if e is not nxt]
        out.append(Span(doc, g.end, end, label="PERSON"))
    return out


def _after_title(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a title or an honorific ("Mr.", "President")."""
    tt = titles()
    words = [t.lower_ for t in doc[max(0, i - tt.max_len) : i]]
    end = len(words)
    if tt.match_ending(words, end):
        return True
    return any(tuple(words[end - n :]) in tt.honorifics for n in range(1, min(3, end) + 1))


class EntityFixer:
    """Generic rule fixes of the statistical NER (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        d = load_json("entity_fixes.json")
        self.media_nouns = {w.lower() for w in d["media_nouns"]}
        self.place_nouns = {w.lower() for w in d.get("place_nouns", ())}
        self.product_nouns = {w.lower() for w in d.get("product_nouns", ())}
        self.org_heads = {w for ws in d.get("org_subtype_heads", {}).values() for w in ws}
        self.event_prefixes = set(d["event_prefixes"])
        self.event_nouns = {w.lower() for w in d.get("event_nouns", ())}
        self.document_nouns = {w.lower() for w in d.get("document_nouns", ())}
        self.credits = [re.compile(p, re.MULTILINE) for p in d.get("credit_patterns", ())]
        self.credit_staff = {w.lower() for w in d.get("credit_staff_words", ())}
        self.not_names = set(d.get("not_names", ()))
        self.group_nouns = set(d.get("group_nouns", ()))
        self.armed_nouns = {w.lower() for w in d.get("armed_group_nouns", ())}
        connectors = d.get("name_connectors", {})
        self.name_connectors = set(connectors.get("english", ()))
        self.foreign_connectors = set(connectors.get("foreign", ()))
        self.org_descriptors = {w.lower() for w in d.get("org_descriptor_nouns", ())}
        outlets = d.get("outlet_descriptors", {})
        self.outlet_nouns = {w.lower() for w in outlets.get("nouns", ())}
        self.outlet_modifiers = {w.lower() for w in outlets.get("modifiers", ())}
        self.vessel_prefixes = set(d.get("vessel_prefixes", ()))
        self.vessel_nouns = set(d.get("vessel_nouns", ()))
        self.place_verbs = set(d.get("place_verbs", ()))
        self.capture_verbs = self.place_verbs - {"take", "reach", "enter", "evacuate", "bomb"}
        self.titles = titles()
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        multi = [t for t in self.titles.canonical.values() if len(t.split()) > 1]
        self.title_matcher.add("TITLE", [nlp.make_doc(t) for t in multi])
        #: every title, one word too ("lawmaker Ana Torres"): where an untagged name may follow
        self.any_title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.any_title_matcher.add("TITLE", [nlp.make_doc(t) for t in self.titles.canonical.values()])

    def __call__(self, doc: Doc) -> Doc:
        fix_entities(doc, self)
        return doc


def _has_upper(span: Span) -> bool:
    return any(ch.isupper() for ch in span.text)


#: compass words that open a place name without being part of it ("eastern Congo")
_DIRECTIONS = {
    f"{a}{b}"
    for a in ("", "north", "south", "north-", "south-")
    for b in ("eastern", "western", "northern", "southern", "central")
    if not (a and b in ("northern", "southern", "central"))
}


_PLACE_NOUNS: set[str] | None = None


def _default_place_nouns() -> set[str]:
    """``place_nouns`` of entity_fixes.json plus sub-national units ("province", "state")."""
    global _PLACE_NOUNS
    if _PLACE_NOUNS is None:
        d = load_json("entity_fixes.json")
        _PLACE_NOUNS = {w.lower() for w in d.get("place_nouns", ())} | {
            "province",
            "state",
            "region",
            "city",
            "county",
            "territory",
            "municipality",
            "prefecture",
        }
    return _PLACE_NOUNS


def _object_of(tok, verbs: set[str]) -> bool:
    """``tok`` is the direct object (or a conjunct of it) of a verb with a lemma in ``verbs``."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.pos_ == "VERB" and prev.lemma_ in verbs:
        return True  # right after the verb, whatever the parser made of it
    return tok.dep_ == "dobj" and tok.head.lemma_ in verbs


#: words that join two names in a credit line ("By A and B", "Reporting by A; Editing by B")
_CREDIT_JOINS = {"by", "and", "&"}


def _credit_names(
    doc: Doc, ents: list[Span], credits: list[tuple[int, int]], staff: set[str] = frozenset()
) -> list[Span]:
    """Staff names in bylines and credits, whole: the run of capitalized words right after 'by',
    'and' or '&' ("By Son Ji-hyoung", "Reporting by Andrius Sytas") is one PERSON, replacing
    the model's partial or missing reading. A name after a comma is an affiliation or a place
    ("By Jane Doe, BBC News, Nairobi") and is left alone; a run with a staff word ("By Reuters
    Staff", ``credit_staff_words``) is no person."""
    if not credits:
        return ents
    found: list[Span] = []
    for i, tok in enumerate(doc):
        if tok.lower_ not in _CREDIT_JOINS or not _in_zones(tok.idx, credits):
            continue
        j = i + 1
        while j < len(doc):
            t = doc[j]
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").isalpha():
                j += 1
            elif (
                t.text == "-"
                and j > i + 1
                and not doc[j - 1].whitespace_
                and nxt is not None
                and nxt.is_alpha
            ):
                j += 2  # "Ji-hyoung" split as "Ji", "-", "hyoung"
            elif t.lower_ in _NAME_PARTICLES and j > i + 1 and nxt is not None and nxt.text[:1].isupper():
                j += 1
            else:
                break
        run = doc[i + 1 : j]
        if j - i >= 3 and "\n" not in run.text and not any(t.lower_ in staff for t in run):
            found.append(Span(doc, i + 1, j, label="PERSON"))  # two words or more: a full name
    if not found:
        return ents
    taken = {k for s in found for k in range(s.start, s.end)}
    return [e for e in ents if not any(k in taken for k in range(e.start, e.end))] + found


def _credit_zones(doc: Doc, fixer: EntityFixer) -> list[tuple[int, int]]:
    """Character ranges of bylines and credits (``credit_patterns`` in entity_fixes.json)."""
    text = doc.text
    zones = [(m.start(), m.end()) for rx in fixer.credits for m in rx.finditer(text)]
    # a signature block: the text's last paragraph, one to three short lines without a verb or a
    # full stop ("Press and Information Department" under a press release), names the sender
    body = text.rstrip()
    last = body.rfind("\n\n") + 2
    lines = body[last:].split("\n")
    if (
        last > 1
        and len(lines) <= 3
        and all(0 < len(x.strip()) < 80 and not x.rstrip().endswith(".") for x in lines)
    ):
        tail = doc.char_span(last, len(body), alignment_mode="expand")
        if tail is not None and not any(t.pos_ in ("VERB", "AUX") for t in tail):
            zones.append((last, len(body)))
    return zones


def _headline_zones(text: str) -> list[tuple[int, int]]:
    """Character ranges of title-case lines (headlines, section titles): every word of four
    letters or more capitalized, at least four such words, and no full stop at the end."""
    zones: list[tuple[int, int]] = []
    if "\n" not in text.strip():
        return zones  # a one-line text has no headline over a body
    pos = 0
    for line in text.split("\n"):
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 4]
        if (
            len(words) >= 4
            and len(line) < 200
            and not line.rstrip().endswith(".")
            and all(w[0].isupper() for w in words[1:])
        ):
            zones.append((pos, pos + len(line)))
        pos += len(line) + 1
    return zones


def _named_in_body(text: str, name: str, zones: list[tuple[int, int]]) -> bool:
    """Whether ``name`` occurs in ``text`` outside the ``zones``."""
    return any(not _in_zones(m.start(), zones) for m in re.finditer(re.escape(name), text))


def _in_zones(pos: int, zones: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in zones)


#: dashes that set off a dateline or a headline part when written with spaces around them
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _in_dateline(doc: Doc, i: int) -> bool:
    """Token ``i`` lies in a dateline: near the start of a sentence that opens with an all-capitals
    place name and a comma or slash ("LIMA, Oct 2 ...", "NAIROBI/KAMPALA, ...")."""
    first = doc[i].sent.start
    head = doc[first]
    return (
        i - first <= 12
        and head.is_upper
        and head.is_alpha
        and len(head) >= 3
        and first + 1 < len(doc)
        and doc[first + 1].text in (",", "/")
    )


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and doc[start].is_space:
        start += 1
    for i in range(start, end):  # a name never runs across a line break ("Ministry of Defence\n\nX.")
        if doc[i].is_space or "\n" in doc[i].whitespace_:
            end = i + (0 if doc[i].is_space else 1)
            break
    for i in range(end - 2, start, -1):
        # nor across a dateline's dash ("LIMA, Oct 2 Kyodo - Peru protested ..."): what follows it is
        # the sentence, the agency before it names no one in it ("ISEAS - Yusof Ishak Institute" is
        # one name elsewhere)
        if doc[i].text in _DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_ and _in_dateline(doc, i):
            start = i + 1
            break
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].tag_ == "POS"
        or doc[end - 1].lower_ in ("'s", "’s", "of", "and", "the", "for")
    ):
        end -= 1
    while start < end and (doc[start].is_punct and doc[start].text not in ("'",)):
        start += 1
    return start, end


#: heads of institutions whose formal name may end in "of <city or country>"
_INSTITUTION_HEADS = {
    "university",
    "institute",
    "college",
    "academy",
    "school",
    "centre",
    "center",
    "polytechnic",
}
#: entity labels a formal name may run through ("Centre for Studies on the Arab World")
_NAME_PART_LABELS = {"", "ORG", "NORP", "GPE", "LOC", "FAC"}


def _title_run(doc: Doc, k: int, limit: int) -> int:
    """The end of a run of capitalized words from ``k`` (inner "and"/"of" between them
    allowed: "Arab and Mediterranean World"), on one line; ``k`` when there is none."""
    m = k
    while m < limit:
        t = doc[m]
        if m > k and "\n" in doc[m - 1].whitespace_:
            break
        word = t.is_alpha and (t.is_title or (t.is_upper and len(t) > 1)) and t.ent_type_ in _NAME_PART_LABELS
        inner_and = t.lower_ in ("and", "&") and m > k and m + 1 < limit and doc[m + 1].is_title
        if not (word or inner_and):
            break
        m += 1
    while m > k and not doc[m - 1].is_title and not doc[m - 1].is_upper:
        m -= 1
    return m


def _continued_name(doc: Doc, raw_end: int, end: int, fixer: EntityFixer) -> int | None:
    """The end of a formal name the NER cut inside (entity_fixes ``name_connectors``): after a
    lower-case preposition it took as the name's last word ("The Islamic Resistance in" + "Iraq",
    "The Popular Resistance in" + "Sudan"), or before the articles and prepositions of a name
    in Spanish, Portuguese, French or Italian ("Unión" + "por la Patria", "Frente" + "de Todos"):
    through the capitalized words that follow on the same line. None when no such words follow."""
    n = len(doc)
    last = doc[raw_end - 1]
    if last.is_lower and last.lower_ in fixer.name_connectors:
        k = raw_end + (raw_end < n and doc[raw_end].lower_ == "the")
    elif raw_end < n and doc[raw_end].is_lower and doc[raw_end].lower_ in fixer.foreign_connectors:
        if not doc[end - 1].is_title or end != raw_end:
            return None
        k = raw_end
        while k < n and k - raw_end < 3 and doc[k].is_lower and doc[k].lower_ in fixer.foreign_connectors:
            k += 1
    else:
        return None
    if k >= n or "\n" in doc[k - 1].whitespace_ or "\n" in doc[raw_end - 1].whitespace_:
        return None
    m = _title_run(doc, k, min(n, k + 6))
    if m <= k or (m < n and doc[m].ent_iob_ == "I"):
        return None  # no capitalized words, or they would cut another name in two
    return m


def _name_end(doc: Doc, start: int, end: int, kb: str, org_heads: set[str]) -> int:
    """The end of an organization's name the NER cut short or ran over: an open bracket ends
    it ("Intergovernmental Authority on Development (IGAD" -> before "("); an unlinked name
    goes on through "for/on <Capitalized words>" ("Centre for Studies and Research on the Arab
    and Mediterranean World"), through "and <words ending in an organization noun>" after a
    word that is none ("African Union Peace and Security Council", never "Hamas and
    Hezbollah"), and an institution through "of <place>" ("University of Science and
    Technology of Hanoi")."""
    cut = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
    if cut is not None:
        return cut
    if kb:
        return end
    limit = min(len(doc), end + 12)
    for _ in range(3):
        if end >= len(doc) - 1 or "\n" in doc[end - 1].whitespace_ or not doc[end - 1].is_alpha:
            break
        w = doc[end].lower_
        k = end + 1 + (doc[end + 1].lower_ == "the")
        if k >= len(doc):
            break
        m = _title_run(doc, k, limit)
        if m == k:
            break
        # a common word in the run: "for Europe" alone is no part of a name
        through = w in ("for", "on") and any(not doc[i].ent_type_ for i in range(k, m))
        through = through or (
            w == "and"
            and k == end + 1
            and doc[end - 1].lower_ not in org_heads
            and doc[m - 1].lower_ in org_heads
        )
        through = through or (
            w == "of"
            and k == end + 1
            and doc[k].ent_type_ in ("GPE", "LOC")
            and any(doc[i].lower_ in _INSTITUTION_HEADS for i in range(start, end))
        )
        if not through:
            break
        end = m
    return end


#: lower-case plurals that make a capitalized word before them a region's or a people's collective
_COLLECTIVE_PLURALS = {"nations", "countries", "states", "governments", "leaders", "neighbours", "neighbors"}


def _bare_name_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitalized proper noun no entity covers."""
    return i >= 0 and doc[i].is_title and doc[i].pos_ == "PROPN" and not doc[i].ent_type_


def fix_entities(doc: Doc, fixer: EntityFixer | None = None) -> Doc:
    """Apply the rule fixes to ``doc.ents`` in place (idempotent; see :class:`EntityFixer`)."""
    if doc.user_data.get(FIXED_FLAG):
        return doc
    if fixer is None:
        fixer = _default_fixer(doc)
    gaz = get_gazetteer()
    tt = fixer.titles
    words = _lower_words(doc)
    title_spans = [(s, e) for _, s, e in fixer.title_matcher(doc)]
    one_word_titles = [(s, e) for _, s, e in fixer.any_title_matcher(doc) if e - s == 1]
    credits = _credit_zones(doc, fixer)
    headlines = _headline_zones(doc.text)
    out: list[Span] = []
    for ent in _excellency_split(doc, _organ_name_split(doc, list(doc.ents)), tt, words):
        label, kb = ent.label_, ent.kb_id_
        start, end = _trim(doc, ent.start, ent.end)
        if start >= end:
            continue
        span = doc[start:end]
        if span.text in fixer.not_names or (_in_zones(span.start_char, credits) and label != "PERSON"):
            # "KST"; in "By Jane Doe", "(Reporting by ...; Editing by ...)" only the staff's names
            # are kept: persons the article names, though never actors of its events (no verb)
            continue
        if label == "PERSON" and not kb and tt.match_at(words, start) == end - start:
            continue  # "Qatar's Emir, Sheikh Tamim ...": a title alone names no one
        if (
            label in ("ORG", "PERSON", "FAC", "NORP", "EVENT", "LOC", "GPE")
            and not kb
            and end - start >= 2
            and any(
                doc[i].is_title
                and words[i] in fixer.document_nouns
                and ((i == end - 1 and i > start) or (i + 1 < end and words[i + 1] in ("on", "of", "for")))
                for i in range(start, end)
            )
        ):
            # "the Reciprocal Access Agreement was signed by X and Y", "the Vienna Convention on
            # Diplomatic Relations", "the Treaty on Open Skies": a document, no actor
            label = "LAW"
        if (
            label in ("GPE", "LOC")
            and _bare_name_word(doc, start - 2)
            and words[start - 1] in fixer.foreign_connectors
        ):
            # "the port of Mocimboa da Praia", "Santo Domingo de Guzman": a capital's name ending a
            # longer place name the tagger cut at its connector is that place, not the capital's state
            while (
                start >= 2
                and _bare_name_word(doc, start - 2)
                and words[start - 1] in fixer.foreign_connectors
            ):
                start -= 2
                while _bare_name_word(doc, start - 1):
                    start -= 1
            label, kb = "LOC", ""
            span = doc[start:end]
        if (
            label in ("ORG", "PERSON")
            and not kb
            and end - start >= 2
            and doc[end - 1].is_lower
            and doc[end - 1].lower_ in _COLLECTIVE_PLURALS
        ):
            label = "NORP"  # "Pacific nations", "Gulf states": a region's peoples or states, no one actor
        if (
            label == "ORG"
            and kb
            and start >= 2
            and words[start - 1] == "and"
            and doc[start - 2].is_title
            and doc[start - 2].pos_ in ("PROPN", "NOUN")
            and not doc[start - 2].ent_type_
            and not doc[start - 2].is_sent_start
        ):
            # "the AU's Peace and Security Council", "the Trade and Development Board": a known name
            # is the tail of a longer one joined by 'and' to a capitalized word no entity covers
            start, kb = start - 2, ""
            span = doc[start:end]
        if (
            label in ("ORG", "PERSON", "GPE")
            and not kb
            and (name := _polity_then_name(doc, start, end, tt, fixer.org_heads))
        ):
            start, label = name, "PERSON"  # "President of the Republic X Y": the title's polity, then X Y
            span = doc[start:end]
        if (
            label in ("PERSON", "ORG")
            and not kb
            and _in_zones(span.start_char, headlines)
            and gaz.name(span.text) is None
            and not any(t.lower_ in fixer.org_heads for t in span)  # "Ministry of Defence"
            and not _named_in_body(doc.text, span.text, headlines)
        ):
            continue  # "... Swap as Russian Drones Pound Kharkiv": title case, not a name
        if label in ("PERSON", "ORG", "GPE") and span.text in fixer.group_nouns:
            label, kb = "NORP", ""  # "Hutu": a group of people, not a person
        if (
            label == "PERSON"
            and not kb
            and gaz.demonym(span.text) is not None  # one word or several ("Cook Islanders")
        ):
            # "received Ugandan Foreign Minister X": a demonym before a title; a lone demonym
            # is never a person's name ("Moldovan authorities" tagged PERSON), nor a name the
            # document then uses for a person elsewhere
            label = "NORP"
        if (
            label in ("PERSON", "ORG")
            and not kb
            and end - start == 1
            and _object_of(doc[start], fixer.place_verbs if label == "PERSON" else fixer.capture_verbs)
        ):
            label = "GPE"  # "seized Goma in January", "recaptured Bakhmut": places
        if (
            label in ("ORG", "PERSON", "GPE", "FAC")
            and start > 0
            and doc[start - 1].text in fixer.vessel_prefixes
        ):
            label, kb = "PRODUCT", ""  # "BRP Sierra Madre": a ship
            start -= 1
            span = doc[start:end]
        elif (
            label in ("ORG", "PERSON", "GPE", "FAC")
            and doc[start].text in fixer.vessel_prefixes
            and end - start > 1
        ):
            label, kb = "PRODUCT", ""
        elif (
            label in ("ORG", "PERSON") and not kb and start > 0 and doc[start - 1].text in fixer.vessel_nouns
        ):
            label = "PRODUCT"  # "seized the tanker Eagle S": a ship, not an actor
        if label != "PERSON" and start > 0 and words[start - 1] in tt.personal and doc[start].is_title:
            label, kb = "PERSON", ""  # "Ms Wagner": a person, whatever else the name may be
        elif (
            label != "PERSON"
            and (n := tt.match_at(words, start, honorifics=True))
            and end - start > n
            and doc[start + n].is_title
            and not kb
            and (words[start] in tt.personal or any(w.startswith("hon") for w in words[start : start + n]))
        ):
            # "accusing Mr Petro", "the Hon Feleti Teo OBE MP" tagged ORG with a personal honorific
            # (and the post-nominal letters after the name; not "Prince Sultan Air Base")
            label, start = "PERSON", start + n
            while end - start > 2 and doc[end - 1].is_upper and doc[end - 1].is_alpha:
                end -= 1
            span = doc[start:end]
        if label in ("GPE", "LOC") and not kb and end - start > 1 and doc[start].lower_ in _DIRECTIONS:
            rest = doc[start + 1 : end].text
            found = gaz.name(rest)
            if found is not None and found.type == "Country":
                start, kb = start + 1, found.key  # "eastern Democratic Republic of Congo"
                span = doc[start:end]
        if label in _NAME_LABELS and not _has_upper(span):
            continue  # "un" from "un-unite", lowercase fragments
        if label in _NAME_LABELS and any(
            s <= start and end <= e and (end - start) < (e - s) for s, e in title_spans
        ):
            continue  # "State" in "Secretary of State"
        if label in ("ORG", "NORP", "GPE") and not kb:
            cut = next((s for s, e in title_spans if start < s < end <= e), None)
            if cut is not None:  # "British Defence" out of "British Defence Secretary"
                end = cut
                span = doc[start:end]
                label = "NORP" if gaz.demonym(span.text) is not None else label
        if label == "ORG" and not kb:
            inner = next(
                (
                    t
                    for t in title_spans
                    if start <= t[0]
                    and t[1] < end
                    and 2 <= sum(doc[i].text != "-" for i in range(t[1], end)) <= 3
                ),
                None,
            ) or next(
                (
                    # "Kazakh President Kassym-Jomart Tokayev": a one-word title after a demonym
                    t
                    for t in one_word_titles
                    if start < t[0]
                    and t[1] < end
                    and gaz.demonym(doc[start : t[0]].text) is not None
                    and 2 <= sum(doc[i].text != "-" for i in range(t[1], end)) <= 3
                ),
                None,
            )
            if inner is not None and _hyphenated_name(doc, inner[1], end):
                # "Indian National Security Adviser Ajit Doval", "Kazakh President Kassym-Jomart
                # Tokayev" tagged as one ORG: a title and a name
                if inner[0] > start:
                    pre = doc[start : inner[0]]
                    out.append(Span(doc, start, inner[0], label="NORP" if gaz.demonym(pre.text) else "ORG"))
                start, label = inner[1], "PERSON"
                span = doc[start:end]
        if label == "ORG" and not kb and any(t.text == "," for t in span):
            continue  # a list of capitalized common nouns, not one organization
        if label == "ORG" and not kb and (head := _office_owner(doc, start, end, words, tt, gaz)) is not None:
            start, end, label, kb = head  # "EU Home Affairs" of "EU Home Affairs Commissioner X": the EU
            span = doc[start:end]
        if not kb and (
            tt.match_at(words, start, honorifics=True) == end - start
            or tt.match_rank(words, start) == end - start
        ):
            continue  # "Brig.", "Sheikh" alone: a rank or honorific, not a name
        if label == "PERSON":
            # "US Maj Gen Patrick Ryder" tagged from "Gen": a rank that starts before the name
            # and ends inside it is cut as well
            for k in (1, 2):
                n = tt.match_rank(words, start - k) if start - k >= 0 else 0
                if n > k and start - k + n < end:
                    start = start - k + n
                    break
            # cut titles, ranks and honorifics from the front: "President Trump" -> "Trump"
            while start < end - 1:
                n = (
                    tt.match_at(words, start, honorifics=True)
                    or tt.match_rank(words, start)
                    or tt.match_at(words, start)
                )
                if not n or start + n >= end:
                    break
                start += n
            while start < end - 1 and doc[start].lower_ in tt.modifiers:
                start += 1
        if (
            label in ("ORG", "GPE", "NORP", "EVENT")
            and not kb
            and (more := _continued_name(doc, ent.end, end, fixer))
        ):
            end, label = more, "ORG"  # "The Islamic Resistance in" + "Iraq", "Unión" + "por la Patria"
        if label == "ORG":
            end = _name_end(doc, start, end, kb, fixer.org_heads)
            if (
                not kb
                and end - start >= 3
                and doc[start].is_title
                and words[start] in fixer.document_nouns
                and words[start + 1] in ("on", "of", "for")
            ):
                # "Treaty" tagged alone, then run on through "on <Capitalized words>": "the Treaty on
                # Conventional Armed Forces in Europe" names a document, no actor
                label = "LAW"
        out.append(Span(doc, start, end, label=label, kb_id=kb))
    out = _split_at_preposition(doc, out, gaz)
    out = _relabel_people(doc, out, gaz)
    out = _honorific_names(doc, out, tt)
    out = _titled_people(doc, out, tt)
    out = _names_after_office_of(doc, out)
    out = _possessed_list_people(doc, out)
    out = _apposed_untagged_names(doc, out, tt)
    out = _apposed_mistagged_names(doc, out, tt, gaz, words)
    out = _office_then_name(doc, out, tt, fixer.org_heads, words)
    out = _title_into_name(doc, out, tt, words)
    out = _place_before_subnational_title(doc, out, tt, words)
    out = _hyphenated_given_names(doc, out)
    out = _untagged_surnames(doc, out)
    out = _untagged_after_title(doc, out, [(s, e) for _, s, e in fixer.any_title_matcher(doc)], tt)
    out = _media_context(doc, out, fixer.media_nouns)
    out = _place_context(doc, out, fixer.place_nouns, fixer.product_nouns, fixer.event_nouns)
    out = _named_events(doc, out, fixer.event_prefixes)
    out = [
        Span(doc, e.start, e.end, label="ORG")
        if e.label_ == "PERSON"
        and not e.kb_id_
        and e.end < len(doc)
        and doc[e.end].is_lower
        and doc[e.end].lower_ in fixer.armed_nouns
        else e
        for e in out
    ]  # "the Barrio Azul gang", "Wazalendo militias" tagged PERSON: an armed group
    out = _org_headed_people(doc, out, fixer.org_heads)
    out = _name_parts(doc, out, words, tt, fixer.org_heads, gaz)
    out = _described_orgs(doc, out, fixer.org_descriptors, (fixer.outlet_nouns, fixer.outlet_modifiers))
    out = _credit_names(doc, out, credits, fixer.credit_staff)
    out = _relabel_surnames(doc, out)
    doc.ents = filter_spans(out)
    doc.user_data[FIXED_FLAG] = True
    return doc


def _org_headed_people(doc: Doc, ents: list[Span], org_heads: set[str]) -> list[Span]:
    """A name tagged PERSON whose last word is a capitalized organization head (``org_subtype_heads``
    in entity_fixes.json: "Southern Command", "Border Guard", "Quds Force") is an organization,
    together with a state's name or abbreviation right before it ("US Southern Command")."""
    out: list[Span] = []
    for e in ents:
        if (
            e.label_ == "PERSON"
            and not e.kb_id_
            and len(e) >= 2
            and e[-1].is_title
            and e[-1].lower_ in org_heads
        ):
            start = e.start
            if out and out[-1].end == e.start and out[-1].label_ in ("GPE", "NORP"):
                start = out.pop().start  # "US" + "Southern Command"
            e = Span(doc, start, e.end, label="ORG")
        out.append(e)
    return out


def _described_orgs(
    doc: Doc, ents: list[Span], descriptors: set[str], outlets: tuple[set[str], set[str]]
) -> list[Span]:
    """A name the model tags as a person or place that a noun of a kind of organization describes
    (``org_descriptor_nouns`` in entity_fixes.json) is an organization: right before it ("the
    thinktank Power Shift Africa", "the rights group X") or as its apposition ("Srpska Lista, the
    main Kosovo Serb party backed by Belgrade"). A name the model tagged with its lower-case
    description is the name alone, and an untagged capitalized name right after such a noun is an
    organization, unless the noun is a news outlet's (``outlets``: outlet nouns and the modifiers
    that make any noun one; ``outlet_descriptors`` in entity_fixes.json)."""
    out = []
    for e in ents:
        if e.label_ in ("PERSON", "GPE", "LOC", "FAC") and not e.kb_id_:
            before = doc[e.start - 1] if e.start > 0 else None
            described = (
                before is not None
                and before.lower_ in descriptors
                and before.is_lower
                and (e.start < 2 or doc[e.start - 2].lower_ not in ("'s", "’s"))  # "the party's Jane Roe"
            )
            described = described or any(
                t.dep_ == "appos"
                and t.head.i in range(e.start, e.end)
                and t.lower_ in descriptors
                and t.is_lower
                for t in doc[e.end : min(e.end + 10, len(doc))]
            )
            if described:
                e = Span(doc, e.start, e.end, label="ORG")
        elif e.label_ == "ORG" and not e.kb_id_:
            # "the national water commission Conagua", "state oil firm Pemex" tagged as one
            # name: the lower-case description is no part of the organization's name
            i = e.start + (1 if doc[e.start].lower_ == "the" else 0)
            j = i
            while j < e.end and doc[j].is_lower and doc[j].is_alpha:
                j += 1
            if (
                i < j < e.end
                and doc[j - 1].lower_ in descriptors
                and e.end - j <= 3
                and all(t.is_title or t.is_upper for t in doc[j : e.end])
            ):
                e = Span(doc, j, e.end, label="ORG")
        out.append(e)
    # "the Istanbul-based think-tank Edam": a capitalized name the model left untagged right after
    # such a noun is an organization
    owned = {i for e in out for i in range(e.start, e.end)}
    tt = titles()
    gaz = get_gazetteer()
    for i in range(len(doc) - 1):
        if not (doc[i].is_lower and doc[i].lower_ in descriptors) or i + 1 in owned:
            continue
        if doc[i].lower_ in outlets[0] or (i > 0 and doc[i - 1].lower_ in outlets[1]):
            continue  # "the state news agency WAM": an outlet that carries others' words
        j = i + 1
        while j < len(doc) and j - i <= 3 and j not in owned and doc[j].pos_ == "PROPN" and doc[j].is_alpha:
            if not (doc[j].is_title or doc[j].is_upper):
                break
            j += 1
        run = doc[i + 1 : j]
        if (
            0 < len(run) <= 3
            and (j >= len(doc) or not doc[j].is_title)
            and not tt.match_at([t.lower_ for t in run], 0)
            and gaz.name(run.text) is None
            and gaz.demonym(run[0].text) is None
        ):
            out.append(Span(doc, i + 1, j, label="ORG"))
    return out


#: particles of an Arabic patronymic that open the part of a name after the given name
_NASAB = {"bin", "ibn", "bint"}


def _name_parts(doc: Doc, ents: list[Span], words: list[str], tt: TitleTable, org_heads: set[str], gaz):
    """The model's pieces of one long personal name made whole: two PERSON spans that touch
    ("Teodoro Nguema" + "Obiang Mangue"); a given name the model left before a patronymic
    ("Minister of Energy [Abdulaziz] bin Salman"); and a lone given name followed by one or two
    untagged capitalized words that are no title, organization head or known name ("Chairperson
    [Moussa] Faki Mahamat condemned ...")."""
    tagged = {i for e in ents for i in range(e.start, e.end)}

    orgs = {e.start: e for e in ents if e.label_ == "ORG" and not e.kb_id_}

    def free(i: int, within: Span | None = None) -> bool:
        t = doc[i]
        return (
            (i not in tagged or within is not None)
            and t.is_title
            and t.is_alpha
            and t.pos_ == "PROPN"
            and t.lower_ not in org_heads
            and t.lower_ not in tt.personal
            and not tt.match_at(words, i, honorifics=True)
            and not tt.match_at(words, i)
            and gaz.name(t.text) is None
        )

    people = sorted((e for e in ents if e.label_ == "PERSON" and not e.kb_id_), key=lambda e: e.start)
    out = [e for e in ents if e.label_ != "PERSON" or e.kb_id_]
    merged: list[list[int]] = []
    for e in people:
        if merged and merged[-1][1] == e.start and doc[e.start - 1].whitespace_:
            merged[-1][1] = e.end
        else:
            merged.append([e.start, e.end])
    for start, end in merged:
        if start > 0 and words[start] in _NASAB and end - start >= 2 and free(start - 1):
            start -= 1  # "Minister of Energy Abdulaziz bin Salman"
        if end - start == 1:
            n = 0
            while n < 2 and end + n < len(doc) and free(end + n):
                n += 1
            org = orgs.get(end) if not n else None
            if (
                org is not None
                and org.end - org.start <= 2
                and all(free(i, org) for i in range(org.start, org.end))
            ):
                n = org.end - end  # "Ahmed" + "Faki Mahamat" tagged ORG: one name
            if n and not (end + n < len(doc) and doc[end + n].is_title and doc[end + n].is_alpha):
                if org is not None:
                    out.remove(org)
                end += n  # "Moussa Faki Mahamat"
        out.append(Span(doc, start, end, label="PERSON"))
    return out


def _office_owner(doc: Doc, start: int, end: int, words: list[str], tt: TitleTable, gaz):
    """An ORG span that is an IGO's or a state's name and a capitalized portfolio before a title
    taking one ("EU Home Affairs Commissioner X", "the EU Enlargement Commissioner, X"): the span
    of the name alone with its label and gazetteer key; None otherwise."""
    n = tt.match_at(words, end) if end < len(words) else 0
    if not n or tuple(words[end : end + n]) not in tt.portfolio:
        return None
    if words[start] == "the":
        start += 1
    for h in (2, 1):
        rest = doc[start + h : end]
        if end - start <= h or not all(
            t.is_title and t.is_alpha and t.lower_ not in _org_words() for t in rest
        ):
            continue  # "Kenya Defence Forces spokesman": an organization's own title
        e = gaz.name(doc[start : start + h].text)
        if e is not None and e.type in ("IGO", "Country"):
            return start, start + h, "ORG" if e.type == "IGO" else "GPE", e.key
    return None


#: lowercase words that never sit inside a name the model ran on into the next word
_RUN_ON_PREPOSITIONS = {"with", "to", "from", "against", "by", "toward", "towards"}


def _split_at_preposition(doc: Doc, ents: list[Span], gaz) -> list[Span]:
    """A name the model ran on across a preposition into a state's demonym or name ("raise
    Lipulekh with Chinese President Xi" tagged ORG "Lipulekh with Chinese") ends before the
    preposition; the demonym or state after it is its own entity."""
    out: list[Span] = []
    for e in ents:
        cut = next((t.i for t in e[1:-1] if t.is_lower and t.lower_ in _RUN_ON_PREPOSITIONS), None)
        if cut is not None and not e.kb_id_:
            tail = doc[cut + 1 : e.end]
            if gaz.demonym(tail.text) is not None:
                out += [Span(doc, e.start, cut, label=e.label_), Span(doc, cut + 1, e.end, label="NORP")]
                continue
            st = gaz.name(tail.text)
            if st is not None and st.type == "Country":
                out += [Span(doc, e.start, cut, label=e.label_), Span(doc, cut + 1, e.end, label="GPE")]
                continue
        out.append(e)
    return out


def _relabel_people(doc: Doc, ents: list[Span], gaz) -> list[Span]:
    """A name the document uses for a person (or the gazetteer knows as one) tagged as
    something else elsewhere becomes PERSON."""
    person_names: set[str] = set()
    for e in ents:
        if e.label_ == "PERSON":
            person_names.add(e.text)
            if len(e) > 1:
                person_names.add(e[-1].text)
            if len(e) > 2 and e[-2].is_title:
                person_names.add(e[-2:].text)  # "López Obrador", "González Urrutia": a double surname
    owned = {i for e in ents for i in range(e.start, e.end)}
    tt = titles()
    out = []
    for e in ents:
        if e.label_ in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART") and not e.kb_id_:
            is_person = e.text in person_names
            if not is_person and len(e) <= 2 and gaz.name(e.text) is None and gaz.demonym(e.text) is None:
                cands = gaz.surname(e.text)
                is_person = len(cands) == 1
            if not is_person and e.label_ == "WORK_OF_ART":
                is_person = _quoted_speaker(doc, e)
            if is_person:
                e = Span(doc, e.start, e.end, label="PERSON")
        if (
            e.label_ == "PERSON"
            and len(e) == 1
            and not e.kb_id_
            and e.start > 0
            and doc[e.start - 1].is_lower
            and doc[e.start - 1].lower_ in tt.institution_nouns
            and gaz.name(e.text) is None
        ):
            # "state nuclear company Kazatomprom": a name right after an institution noun
            e = Span(doc, e.start, e.end, label="ORG")
        elif (
            e.label_ == "PERSON"
            and len(e) - 2 * sum(1 for t in e if t.text == "-") <= 3
            and not e.kb_id_
            and _first_name_before(doc, e.start, owned, tt, gaz)
        ):
            # "Ana Costa said": the model left the first name out; the surname alone would be
            # read as another person of that surname ("Souef Mohamed El-Amine" too)
            e = Span(doc, e.start - 1, e.end, label="PERSON")
        out.append(e)
    return out


_CLOSING_QUOTES = {'"', "\u201d", "'", "\u2019"}


def _quoted_speaker(doc: Doc, e: Span) -> bool:
    """Whether a WORK_OF_ART right after a closing quote is the quote's speaker, a name the model
    took for a title because of the quote marks ('"Talks will continue," Anil Kumar, the
    ministry's spokesperson, said'): two to four capitalized words, the subject of the clause or
    followed by an apposition."""
    if not (2 <= len(e) <= 4 and e.start > 0 and doc[e.start - 1].text in _CLOSING_QUOTES):
        return False
    if not all(t.is_title and t.is_alpha for t in e):
        return False
    return e.root.dep_ == "nsubj" or any(c.dep_ == "appos" for c in e.root.children)


def _relabel_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """A surname tagged ORG/GPE/NORP that is the last word (or two) of a name the later fixes made
    PERSON ("Kosovo's Ejup Maqedonci, ...; Maqedonci said") is that person too."""
    names: set[str] = set()
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1:
            names.update((e[-1].text, e[-2:].text))
    if not names:
        return ents
    return [
        Span(doc, e.start, e.end, label="PERSON")
        if e.label_ in ("ORG", "GPE", "NORP") and not e.kb_id_ and len(e) <= 2 and e.text in names
        else e
        for e in ents
    ]


def _first_name_before(doc: Doc, i: int, owned: set[int], tt: TitleTable, gaz) -> bool:
    """Whether the token before ``i`` is a capitalized proper noun of no entity that is no
    title, honorific, rank, modifier or known name: a first name the model left out."""
    if i < 1:
        return False
    tok = doc[i - 1]
    words = [tok.lower_]
    if i >= 2 and not tok.is_sent_start and doc[i - 2].is_title:
        return False  # "Minister for Foreign Affairs Jane Roe": a capitalized phrase runs on
    # "Secretary of State Jane Roe", "Minister for Trade and Industry Gan Kim Yong": the word
    # ends a title or its capitalized portfolio
    lo = max(0, i - 1 - tt.max_len - 4)
    before = [t.lower_ for t in doc[lo:i]]
    k = len(before)
    while k > 0:
        if tt.match_ending(before, k):
            if k < len(before) and doc[lo + k - 1].is_lower:
                break  # "Dirco spokesperson Chrispin Phiri": a lower-case title ends before the first name
            return False
        w = doc[lo + k - 1]
        if not (w.is_title or w.lower_ in ("and", "of", "for", "&", "the")):
            break
        k -= 1
    return (
        tok.pos_ == "PROPN"
        and tok.is_alpha
        and tok.is_title
        and (i - 1) not in owned
        and "\n" not in tok.whitespace_
        and not tt.match_at(words, 0)
        and not tt.match_at(words, 0, honorifics=True)
        and (tok.lower_,) not in tt.ranks
        and tok.lower_ not in tt.modifiers
        and gaz.name(tok.text) is None
        and gaz.demonym(tok.text) is None
        and gaz.capital(tok.text) is None
    )


#: lower-case particles inside personal names ("Ursula von der Leyen", "Abdel Fattah el-Sisi")
_NAME_PARTICLES = {
    "al",
    "el",
    "bin",
    "bint",
    "ibn",
    "abu",
    "de",
    "da",
    "do",
    "dos",
    "du",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "di",
}


def _honorific_names(doc: Doc, ents: list[Span], tt: TitleTable) -> list[Span]:
    """The capitalized words after a form of address ("H.E. Samia Suluhu Hassan", "His
    Excellency President Paul Kagame", "Dr. Amina Yusuf") or a written-out military rank ("Maj
    Gen Jane Roe", "Lt. Col. John Doe") are one person's name, whatever pieces the model made
    of them: honorific and title are skipped, and the name runs over capitalized words and name
    particles up to the first other word or punctuation.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The deal was signed by H.E. Amina Wanjiku Otieno, Minister of Trade.")
    >>> [(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"]
    [('Amina Wanjiku Otieno', 'PERSON')]
    """
    words = [t.lower_ for t in doc]
    n = len(doc)
    owner: dict[int, Span] = {i: e for e in ents for i in range(e.start, e.end)}
    add: list[Span] = []
    drop: set[tuple[int, int]] = set()
    i = 0
    while i < n:
        h = tt.match_at(words, i, honorifics=True)
        rank = 0
        if not h:
            # a military rank written in two words or abbreviated ("Maj Gen", "Lt. Col.")
            r = tt.match_rank(words, i)
            rank = r if r >= 2 or (r == 1 and doc[i].text.endswith(".")) else 0
        h = h or rank
        if not h or not any(ch.isupper() for ch in doc[i].text):
            i += 1
            continue
        j = i + h
        while j < n and (
            (t := tt.match_at(words, j) or tt.match_at(words, j, honorifics=True))
            and all(doc[k].text[:1].isupper() for k in range(j, j + t) if doc[k].is_alpha)
        ):
            j += t  # "H.E. President ...", "Pehin Dato X": titles and further honorifics
        k = j
        while k < n and "\n" not in doc[k - 1].whitespace_:
            tok = doc[k]
            nxt = doc[k + 1].text if k + 1 < n else ""
            inner = (
                (tok.lower_ in _NAME_PARTICLES or tok.text == "-")
                and k > j
                and (nxt[:1].isupper() or nxt == "-" or nxt.lower() in _NAME_PARTICLES)
            )
            if (tok.is_title and tok.is_alpha and tok.tag_ != "POS") or inner:
                k += 1
            else:
                break
        if (
            k - j < 2
            or (rank and not all(doc[x].pos_ == "PROPN" for x in range(j, k)))
            or doc[k - 1].lower_ in _default_place_nouns()  # "Prince Sultan Air Base": a place
            or any(
                (e := owner.get(x)) is not None
                and (e.kb_id_ and e.label_ != "PERSON" or e.end > k or e.start < i)
                for x in range(j, k)
            )
        ):
            i = max(k, i + 1)
            continue
        for x in range(i, k):
            e = owner.get(x)
            if e is not None:
                drop.add((e.start, e.end))
        add.append(Span(doc, j, k, label="PERSON"))
        i = k
    if not add:
        return ents
    return [*add, *(e for e in ents if (e.start, e.end) not in drop)]


_ORG_WORDS: set[str] | None = None


def _org_words() -> set[str]:
    global _ORG_WORDS
    if _ORG_WORDS is None:
        heads = load_json("entity_fixes.json").get("org_subtype_heads", {})
        _ORG_WORDS = {w for ws in heads.values() for w in ws}
    return _ORG_WORDS


def _titled_people(doc: Doc, ents: list[Span], tt: TitleTable) -> list[Span]:
    """A two- or three-word capitalized name tagged ORG/GPE/NORP that a title follows in
    apposition ("Amara Diallo, founding director of ...") or precedes ("analyst Amara Diallo")
    is a person, unless a word of it names an organization ("Institute", "Ministry")."""
    words = [t.lower_ for t in doc]
    org_words = _org_words()
    out = []
    for e in ents:
        if e.label_ == "FAC" and not e.kb_id_ and e[-1].lower_ in tt.institution_name_heads:
            # "the ISEAS - Yusof Ishak Institute" tagged FAC: an institution, not a building
            out.append(Span(doc, e.start, e.end, label="ORG"))
            continue
        if (
            e.label_ in ("FAC", "LOC")
            and not e.kb_id_
            and e[-1].lower_ in tt.employer_name_heads
            and e.start >= 2
            and words[e.start - 1] in ("at", "with", "of")
            and tt.match_ending(words, e.start - 1)
        ):
            # "a research fellow at the Carnegie Middle East Center": the employer a title names
            out.append(Span(doc, e.start, e.end, label="ORG"))
            continue
        if (
            e.label_ == "PERSON"
            and not e.kb_id_
            and any(t.lower_ in org_words for t in e)
            and e.end < len(doc)
            and tt.match_at(words, e.end)
        ):
            # "Tigray People's Liberation Front chairman X": an organization before its title
            out.append(Span(doc, e.start, e.end, label="ORG"))
            continue
        orig = e
        if e.label_ == "ORG" and not e.kb_id_ and len(e) == 1 and not tt.match_at(words, e.start):
            # "Vikram" tagged ORG and "Misri" left untagged: the name runs on over untagged
            # capitalized proper nouns
            end = e.end
            while (
                end < len(doc)
                and end - e.start < 3
                and doc[end].is_title
                and doc[end].is_alpha
                and doc[end].pos_ == "PROPN"
                and not doc[end].ent_type_
                and not tt.match_at(words, end)
                and all(x.start != end for x in ents)
            ):
                end += 1
            if end > e.end:
                e = Span(doc, e.start, end, label=e.label_)
        hyphens = sum(1 for t in e if t.text == "-")
        if (
            e.label_ in ("ORG", "GPE", "NORP")
            and not e.kb_id_
            and 2 <= len(e) - 2 * hyphens <= 3
            # "Nana Akufo-Addo": a hyphen joins two capitalized parts of a name
            and all(
                t.is_title or (t.text == "-" and 0 < t.i - e.start < len(e) - 1 and doc[t.i + 1].is_title)
                for t in e
            )
            and not any(t.lower_ in org_words for t in e)
        ):
            after = e.end + 1 < len(doc) and words[e.end] == ","
            k = e.end + 1
            while (
                after
                and k < len(doc)
                and (words[k] in ("a", "an", "the") or words[k] in tt.modifiers or doc[k].dep_ == "amod")
            ):
                k += 1
            # "X, Ghana's president": a possessor (one to three capitalized words) before the title
            poss = next((i for i in range(k + 1, min(k + 4, len(doc))) if words[i] in ("'s", "’s")), None)
            if after and poss is not None and all(doc[i].is_title for i in range(k, poss)):
                k = poss + 1
            titled_after = after and k < len(doc) and tt.match_at(words, k) > 0
            titled_before = (
                tt.match_ending(words, e.start) > 0
                and tt.level.get(tuple(words[e.start - 1 : e.start])) is not None
                and doc[e.start - 1].pos_ not in ("VERB", "AUX")  # "will host", "chair" as verbs
            ) or (
                # "the French ambassador, X.": a title that ends an apposition before the name
                e.start >= 2
                and words[e.start - 1] == ","
                and tt.match_ending(words, e.start - 1) > 0
                and doc[e.start - 2].is_lower
                and (
                    e.end >= len(doc) or words[e.end] in (",", ".", ";") or doc[e.end].pos_ in ("VERB", "AUX")
                )
            )
            if titled_after or titled_before or _listed_with_people(doc, e, ents, words, tt):
                e = Span(doc, e.start, e.end, label="PERSON")
        elif (
            e.label_ == "ORG"
            and not e.kb_id_
            and len(e) == 1
            and e[0].is_title
            and e.start > 0
            and words[e.start - 1] in ("said", "says", ",", '"', "”")
            and e.end + 2 < len(doc)
            and words[e.end] == ","
            and words[e.end + 1] in ("the", "a", "an")
            and get_gazetteer().name(e.text) is None
        ):
            # '"...," said Kulayigye, the Ugandan army spokesman': a surname in a quote's
            # attribution with a title apposed
            k = e.end + 2
            while k < len(doc) and k - e.end < 6 and not tt.match_at(words, k):
                if not (words[k] in tt.modifiers or doc[k].is_title or doc[k].dep_ in ("amod", "compound")):
                    break
                k += 1
            n = tt.match_at(words, k) if k < len(doc) else 0
            if (
                n
                and tt.level.get(tuple(words[k : k + n])) == "state"
                or (n and k + n < len(doc) and words[k + n] in ("of", "for", "at", ",", "."))
            ):
                e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e if e.label_ == "PERSON" else orig)
    return out


def _untagged_after_title(
    doc: Doc, ents: list[Span], title_spans: list[tuple[int, int]], tt: TitleTable
) -> list[Span]:
    """Two or three capitalized proper nouns the model left untagged right after a title (past
    honorifics and ranks) and before a verb, a comma or a full stop ("Peruvian lawmaker Ana Torres
    said"), none an organization's word, a title or a name the gazetteer knows, are a person."""
    if not title_spans:
        return ents
    owned = {i for e in ents for i in range(e.start, e.end)}
    words = [t.lower_ for t in doc]
    n = len(doc)
    org_words = _org_words()
    gaz = get_gazetteer()
    add = []
    for _s, e in sorted(set(title_spans)):
        b = e
        while b < n and (h := tt.match_at(words, b, honorifics=True) or tt.match_rank(words, b)):
            b += h
        c = b
        while c < n and c - b < 3 and doc[c].is_title and doc[c].is_alpha and doc[c].pos_ == "PROPN":
            if c in owned or tt.match_at(words, c) or words[c] in org_words:
                break
            c += 1
        if not 2 <= c - b <= 3 or any(i in owned for i in range(b, c)):
            continue
        if c < n and not (doc[c].pos_ in ("VERB", "AUX") or doc[c].text in (",", ".", "'s", "’s")):
            continue  # a name ends before its verb or a comma ("Prince Sultan Air Base and": no)
        span = doc[b:c]
        if gaz.name(span.text) is not None:
            continue
        owned.update(range(b, c))
        add.append(Span(doc, b, c, label="PERSON"))
    return [*ents, *add] if add else ents


def _title_into_name(doc: Doc, ents: list[Span], tt: TitleTable, words: list[str]) -> list[Span]:
    """A title that begins before an entity and ends inside it ("Leader of the Opposition Sajith
    Premadasa" tagged ORG "the Opposition Sajith Premadasa"): the two to four capitalized words
    after the title are a person."""
    out = []
    for e in ents:
        if e.label_ in ("ORG", "GPE", "NORP") and not e.kb_id_ and len(e) >= 3:
            cut = next(
                (
                    i + n
                    for i in range(max(0, e.start - tt.max_len), e.start)
                    if (n := tt.match_at(words, i)) and e.start < i + n < e.end - 1
                ),
                None,
            )
            if (
                cut is not None
                and cut + 4 >= e.end
                and all(t.is_title and t.is_alpha for t in doc[cut : e.end])
            ):
                out.append(Span(doc, cut, e.end, label="PERSON"))
                continue
            if cut is None and (n := tt.match_at(words, e.start)) and e.start + n < e.end - 1:
                cut = e.start + n  # "High Representative for Foreign Affairs" tagged ORG
            if (
                cut is not None
                and words[cut] == "for"
                and all(t.is_title or t.is_stop for t in doc[cut : e.end])
            ):
                # "Minister of State for External Affairs" tagged ORG "State for External
                # Affairs", "the EU's High Representative for Foreign Affairs": a title and its
                # portfolio, no organization
                continue
        out.append(e)
    return out


def _hyphenated_given_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name the model ended inside a hyphenated given name ("Park Cheol" + "-hee",
    "Ahn Duk" + "-geun"): it runs on through the hyphen and the lower-case syllable."""
    out = []
    for e in ents:
        k = e.end
        if (
            e.label_ == "PERSON"
            and k + 1 < len(doc)
            and doc[k].text == "-"
            and not doc[k - 1].whitespace_
            and not doc[k].whitespace_
            and doc[k + 1].is_alpha
            and doc[k + 1].is_lower
            and doc[k + 1].ent_type_ == ""
        ):
            e = Span(doc, e.start, k + 2, label="PERSON", kb_id=e.kb_id_)
        out.append(e)
    return out


def _apposed_mistagged_names(doc: Doc, ents: list[Span], tt: TitleTable, gaz, words: list[str]) -> list[Span]:
    """A name the model tags as a place or organization that the gazetteer does not know, set
    in apposition to a title ("The representative of the Russian Federation, Vassily Nebenzia,
    rejected", "the bloc's spokesman, Jean Dupont,"), is a person: two or three capitalized
    words."""
    out = []
    for e in ents:
        head = e.root.head
        if (
            e.label_ in ("GPE", "LOC", "ORG", "NORP", "FAC")
            and not e.kb_id_
            and 2 <= len(e) <= 3
            and all(t.is_title and t.is_alpha for t in e)
            and e.root.dep_ == "appos"
            and head.i < e.start
            and tt.match_ending(words, head.i + 1)
            and gaz.name(e.text) is None
            and gaz.demonym(e[0].text) is None
        ):
            e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


def _office_then_name(
    doc: Doc, ents: list[Span], tt: TitleTable, org_heads: set[str], words: list[str]
) -> list[Span]:
    """An office's body and its holder's name the model tags as one organization, after "<title>
    of" ("Chairman of the National Assembly Vuong Dinh Hue", "Speaker of the Knesset Amir
    Ohana"): the organization ends at its last head word, the two to four capitalized words
    after it are a person."""
    out = []
    for e in ents:
        k = e.start - (doc[e.start - 1].lower_ == "the" if e.start else 0)
        if (
            e.label_ == "ORG"
            and not e.kb_id_
            and k >= 2
            and words[k - 1] == "of"
            and tt.match_ending(words, k - 1)
        ):
            heads = org_heads | tt.owned_body_heads
            j = max((t.i for t in e if t.lower_ in heads), default=None)
            tail = doc[j + 1 : e.end] if j is not None else None
            if (
                tail is not None
                and 2 <= len(tail) <= 4
                and all(t.is_title and t.is_alpha and t.lower_ not in heads for t in tail)
                and not tt.match_at(words, j + 1)
            ):
                out += [Span(doc, e.start, j + 1, label="ORG"), Span(doc, j + 1, e.end, label="PERSON")]
                continue
        out.append(e)
    return out


def _place_before_subnational_title(
    doc: Doc, ents: list[Span], tt: TitleTable, words: list[str]
) -> list[Span]:
    """A province, state or city before a subnational title ("Saskatchewan Premier X", "Chihuahua
    Governor Y"; titles.json ``subnational``) that the model tags as a person, alone or run into the
    holder's name: the place (places.json) is a place, the two to four capitalized words after the
    title the person."""
    from kg.gazetteer import place_state

    out = []
    for e in ents:
        if e.label_ != "PERSON" or e.kb_id_:
            out.append(e)
            continue
        # the whole span is the place, the title right after it
        n = next((len(k) for k in tt.subnational if tuple(words[e.end : e.end + len(k)]) == k), 0)
        if n and place_state(e.text) is not None:
            out.append(Span(doc, e.start, e.end, label="GPE"))
            continue
        # the place, the title and the name as one span
        cut = next(
            (
                (i, len(k))
                for i in range(e.start + 1, e.end - 2)
                for k in tt.subnational
                if tuple(words[i : i + len(k)]) == k
            ),
            None,
        )
        if cut is not None:
            i, n = cut
            if place_state(doc[e.start : i].text) is not None and _hyphenated_name(doc, i + n, e.end):
                out += [Span(doc, e.start, i, label="GPE"), Span(doc, i + n, e.end, label="PERSON")]
                continue
        out.append(e)
    return out


def _untagged_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name the model ends before one or two further capitalized proper nouns it left
    untagged ("Defense Minister Carlos Alberto Díaz Morfa said" tagged "Carlos Alberto"): Spanish
    and Portuguese names carry two surnames, and the name runs on to them when a verb, a comma or a
    full stop follows."""
    owned = {i for e in ents for i in range(e.start, e.end)}
    out = []
    n = len(doc)
    for e in ents:
        end = e.end
        while (
            e.label_ == "PERSON"
            and end < n
            and end - e.end < 2
            and end not in owned
            and doc[end].is_title
            and doc[end].is_alpha
            and doc[end].pos_ == "PROPN"
        ):
            end += 1
        if (
            end > e.end
            and len(e) >= 2
            and (end == n or doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX"))
        ):
            out.append(Span(doc, e.start, end, label="PERSON"))
            continue
        out.append(e)
    return out


def _hyphenated_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` are capitalized words, also joined by hyphens inside a
    word ("Kassym-Jomart Tokayev", "Jean-Noel Barrot")."""
    return all(
        (doc[i].is_title and doc[i].is_alpha)
        or (
            doc[i].text == "-"
            and start < i < end - 1
            and not doc[i].whitespace_
            and not doc[i - 1].whitespace_
        )
        for i in range(start, end)
    )


@cache
def _party_organ_heads() -> frozenset[str]:
    """Last words of a party's organs (``party_organs`` in entity_fixes.json: "Central Committee",
    "Political Bureau")."""
    return frozenset(w.split()[-1] for w in load_json("entity_fixes.json").get("party_organs", ()))


def _organ_name_split(doc: Doc, ents: list[Span]) -> list[Span]:
    """Party-state style puts the name right after the organ of a title ("Member of the Standing
    Committee of the Political Bureau of the CPC Central Committee Zhao Leji"); the model runs
    organ and name into one entity ("Central Committee Zhao Leji"). Such an entity ends with the
    organ, and the two to four capitalized words after it are a person."""
    heads = _party_organ_heads()
    out = []
    for e in ents:
        k = next((i for i in range(e.end - 3, e.start - 1, -1) if doc[i].lower_ in heads), None)
        tail = doc[k + 1 : e.end] if k is not None else None
        if (
            e.label_ in ("ORG", "PERSON")
            and tail is not None
            and 2 <= len(tail) <= 4
            and all(t.is_title and t.is_alpha for t in tail)
            and doc[k].is_title
        ):
            out.append(Span(doc, e.start, k + 1, label="ORG"))
            out.append(Span(doc, k + 1, e.end, label="PERSON"))
        else:
            out.append(e)
    return out


def _excellency_split(doc: Doc, ents: list[Span], tt: TitleTable, words: list[str]) -> list[Span]:
    """The official press's "HE" / "H.E." (His/Her Excellency) always comes right before a
    person's name (past further honorifics: "HE Dr. Sheikh X"). A body the model runs into it
    ("Secretary-General of the Organisation of Islamic Cooperation HE Hissein Brahim Taha" as one
    organization, or "the Ministry of Foreign Affairs HE") ends before it; the name after it is one
    person, two to five capitalized words (with name particles such as "bin"), also where the
    model left it untagged or cut it in pieces."""
    if "HE" not in doc.text and "H.E." not in doc.text:
        return ents
    his = [t.i for t in doc if t.text in ("HE", "H.E.") and not (t.i and doc[t.i - 1].is_upper)]
    if not his:
        return ents
    out = []
    for e in ents:
        k = next((i for i in his if e.start <= i < e.end), None)
        if k is None:
            out.append(e)
        elif k > e.start and e.label_ in ("ORG", "PERSON", "GPE"):
            out.append(Span(doc, e.start, k, label="ORG" if e.label_ == "PERSON" else e.label_))
    n = len(doc)
    for k in his:
        b = k + 1
        while b < n and (h := tt.match_at(words, b, honorifics=True)):
            b += h
        c = b
        while (
            c < n
            and c - b < 5
            and ((doc[c].is_title and doc[c].is_alpha) or (c > b and words[c] in _NAME_PARTICLES))
        ):
            c += 1
        while c > b and words[c - 1] in _NAME_PARTICLES:
            c -= 1
        inside = [e for e in out if e.start < c and e.end > k]
        if c - b < 2 or any(e.label_ != "PERSON" or e.end > c for e in inside):
            continue
        out = [e for e in out if e not in inside] + [Span(doc, b, c, label="PERSON")]
    return sorted(out, key=lambda e: e.start)


def _apposed_untagged_names(doc: Doc, ents: list[Span], tt: TitleTable) -> list[Span]:
    """Two or three capitalized proper nouns the model left untagged right after an apposition
    that holds a title ("... and the director general of state nuclear company Rosatom, Alexei
    Likhachev."), and followed by a comma, a full stop or a verb, are a person's name."""
    owned = {i for e in ents for i in range(e.start, e.end)}
    words = [t.lower_ for t in doc]
    n = len(doc)
    add = []
    org_words = _org_words()
    gaz = get_gazetteer()
    for c in range(2, n - 1):
        # "Debretsion Gebremichael, chairman of the TPLF, said": an untagged name that opens
        # its sentence (or follows a lower-case word) before an apposed title
        if words[c] != "," or c - 1 in owned:
            continue
        b = c
        while (
            b > 0 and c - b < 3 and doc[b - 1].is_title and doc[b - 1].is_alpha and doc[b - 1].pos_ == "PROPN"
        ):
            b -= 1
        if not 2 <= c - b <= 3 or any(i in owned for i in range(b, c)):
            continue
        if b > 0 and not (doc[b].is_sent_start or doc[b - 1].is_lower or doc[b - 1].is_punct):
            continue
        k = c + 1
        while k < n and (
            words[k] in ("a", "an", "the", "its", "his", "her", "their")
            or words[k] in tt.modifiers
            or (doc[k].is_title and gaz.demonym(doc[k].text) is not None)  # "the acting Chinese ambassador"
        ):
            k += 1
        if k + 2 < n and words[k + 1] in ("'s", "’s") and doc[k].is_alpha:
            k += 2  # "Randhir Jaiswal, the ministry's spokesperson, said"
            while k < n and words[k] in tt.modifiers:
                k += 1
        if not tt.match_at(words, k) or tt.match_at(words, b) or tt.match_at(words, b, honorifics=True):
            continue
        span = doc[b:c]
        if any(t.lower_ in org_words for t in span) or gaz.name(span.text) is not None:
            continue
        add.append(Span(doc, b, c, label="PERSON"))
    for c in range(1, n - 2):
        if words[c] != "," or c + 1 in owned:
            continue
        k = c + 1
        while (
            k < n
            and k - c <= 3
            and doc[k].is_title
            and doc[k].is_alpha
            and doc[k].pos_ == "PROPN"
            and k not in owned
        ):
            k += 1
        if not 2 <= k - c - 1 <= 3 or (
            k < n and not (words[k] in (",", ".", ";") or doc[k].pos_ in ("VERB", "AUX"))
        ):
            continue
        if tt.match_at(words, c + 1) or tt.match_at(words, c + 1, honorifics=True):
            continue
        if not _apposed_title(doc, words, c, tt):
            continue
        add.append(Span(doc, c + 1, k, label="PERSON"))
    # "Russia's deputy ambassador to the United Nations, Dmitry Polyanskiy, says": a name the model
    # tagged ORG right after an apposition that holds a title
    relabel = {
        (e.start, e.end)
        for e in ents
        if e.label_ == "ORG"
        and not e.kb_id_
        and 2 <= len(e) <= 3
        and e.start > 1
        and words[e.start - 1] == ","
        and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in e)
        and not any(t.lower_ in org_words for t in e)
        and gaz.name(e.text) is None
        and _apposed_title(doc, words, e.start - 1, tt)
        and (e.end >= n or words[e.end] in (",", ".", ";") or doc[e.end].pos_ in ("VERB", "AUX"))
    }
    if relabel:
        ents = [Span(doc, e.start, e.end, label="PERSON") if (e.start, e.end) in relabel else e for e in ents]
    return [*ents, *add] if add else ents


def _apposed_title(doc: Doc, words: list[str], c: int, tt: TitleTable) -> bool:
    """Whether the phrase before the comma at ``c`` (back to the previous punctuation, at most 12
    words) is opened by a determiner or a possessive and holds a title."""
    s0 = c
    while s0 > 0 and c - s0 < 12 and words[s0 - 1] not in (",", ";", ":", "(", ")", '"', "“", "”"):
        s0 -= 1
    seg = range(s0, c)
    return any(words[i] in ("the", "its", "their", "his", "her", "'s", "’s") for i in seg) and any(
        tt.match_at(words, i)
        for i in seg
        # "the UAE's Minister of State for Foreign Trade, X": a capitalized title right after
        # a possessive
        if doc[i].is_lower or words[i] in tt.level or (i > s0 and words[i - 1] in ("'s", "’s"))
    )


def _possessed_list_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """In a list of "<state>'s <name>" items with a person among them ("signed by Croatia's
    Ivan Horvat, Albania's Arben Hoxha and Kosovo's Besnik Krasniqi"), every item's name of two
    or three capitalized words is a person, whatever the model tagged it (or left untagged)."""
    by_start = {e.start: e for e in ents}
    owner = {i: e for e in ents for i in range(e.start, e.end)}
    n = len(doc)

    def item(i: int) -> tuple[int, int] | None:
        """The name of the "<GPE>'s <name>" item whose state starts at token ``i``."""
        g = by_start.get(i)
        if g is None or g.label_ != "GPE" or g.end + 1 >= n or doc[g.end].lower_ not in ("'s", "’s"):
            return None
        k = g.end + 1
        e = owner.get(k)
        if e is not None and e.start == k:
            return (e.start, e.end)
        end = k
        while end < n and end - k < 3 and doc[end].is_title and doc[end].pos_ == "PROPN" and end not in owner:
            end += 1
        return (k, end) if end - k >= 2 else None

    relabel: dict[tuple[int, int], Span] = {}
    for e in ents:
        if e.label_ != "PERSON" or e.start < 3 or doc[e.start - 1].lower_ not in ("'s", "’s"):
            continue
        g = owner.get(e.start - 2)
        if g is None or g.label_ != "GPE":
            continue
        items = [(e.start, e.end)]
        # walk the list both ways over ", " / "and" separators
        i = g.start
        while i >= 2 and doc[i - 1].lower_ in (",", "and"):
            j = i - 2 if doc[i - 1].lower_ == "," or doc[i - 2].lower_ != "," else i - 3
            prev = owner.get(j)
            if prev is None or prev.start < 3:
                break
            gp = owner.get(prev.start - 2) if doc[prev.start - 1].lower_ in ("'s", "’s") else None
            it = item(gp.start) if gp is not None else None
            if it is None:
                break
            items.append(it)
            i = gp.start
        k = e.end
        while k + 1 < n and doc[k].lower_ in (",", "and"):
            k += 2 if doc[k].lower_ == "," and doc[k + 1].lower_ == "and" else 1
            it = item(k)
            if it is None:
                break
            items.append(it)
            k = it[1]
        if len(items) < 2:
            continue
        for s0, e0 in items:
            old = owner.get(s0)
            if old is not None and old.label_ == "PERSON":
                continue
            if old is not None and (old.kb_id_ or (old.start, old.end) != (s0, e0)):
                continue
            if not 2 <= e0 - s0 <= 3 or not all(t.is_title for t in doc[s0:e0]):
                continue
            if any(t.lower_ in _org_words() for t in doc[s0:e0]):
                continue
            relabel[(s0, e0)] = Span(doc, s0, e0, label="PERSON")
    if not relabel:
        return ents
    out = [relabel.pop((e.start, e.end), e) for e in ents]
    return [*out, *relabel.values()]


def _listed_with_people(doc: Doc, e: Span, ents: list[Span], words: list[str], tt: TitleTable) -> bool:
    """Whether ``e`` opens or sits in a list of names of people after a plural title ("the
    defence ministers of Estonia, Latvia and Lithuania, Hanno Pevkur, Andris Spruds and ..."):
    a comma before it, a person's name right after its comma or "and", and a plural title
    earlier in the sentence."""
    if e.start < 1 or words[e.start - 1] != "," or e.end + 1 >= len(doc) or words[e.end] not in (",", "and"):
        return False
    nxt = e.end + 1
    if not any(x.start == nxt and x.label_ == "PERSON" for x in ents):
        return False
    if get_gazetteer().name(e.text) is not None:
        return False
    sent_start = doc[e.start].sent.start if doc.has_annotation("SENT_START") else 0
    return any(words[i] in tt.plural_heads for i in range(sent_start, e.start))


def _media_context(doc: Doc, ents: list[Span], media_nouns: set[str]) -> list[Span]:
    """ "his social media platform Truth Social": a name right after (or before) a media noun is an ORG."""
    out = []
    for e in ents:
        if e.label_ in ("GPE", "LOC", "PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART") and not e.kb_id_:
            before = doc[e.start - 1].lower_ if e.start > 0 else ""
            after = doc[e.end].lower_ if e.end < len(doc) else ""
            if before in media_nouns or (after in media_nouns and e.label_ != "NORP"):
                e = Span(doc, e.start, e.end, label="ORG")
        out.append(e)
    return out


def _head_noun_after(doc: Doc, end: int) -> int:
    """The token a name ending at ``end`` modifies: past a hyphenated tail ("IRIS-T") and up to two
    adjectives or compound nouns ("oil refinery", "air defense systems"), a hyphenated one counted
    as one ("self-propelled howitzers")."""
    n = len(doc)
    k = end
    while k < n and k > 0 and not doc[k - 1].whitespace_ and doc[k].text in ("-", "–") and k + 1 < n:
        k += 2  # "IRIS" "-" "T"
    j, mods = k, 0
    while (
        j < n
        and mods < 2
        and (
            doc[j].pos_ == "ADJ"
            or doc[j].dep_ in ("compound", "amod")
            or (j + 1 < n and not doc[j].whitespace_ and doc[j + 1].text in ("-", "–"))
        )
        and doc[j].is_lower
    ):
        j += 1
        mods += 1
        while j + 1 < n and not doc[j - 1].whitespace_ and doc[j].text in ("-", "–") and doc[j + 1].is_lower:
            j += 2  # "self" "-" "propelled"
    return j


def _place_context(
    doc: Doc,
    ents: list[Span],
    place_nouns: set[str],
    product_nouns: frozenset[str] | set[str] = frozenset(),
    event_nouns: frozenset[str] | set[str] = frozenset(),
) -> list[Span]:
    """ "the Zaporizhzhia nuclear plant", "Rafah crossing", "the ports of Mokha and Aden": a name
    before a place noun, or after 'of' on one, is a place; "Iskander-M ballistic missiles": a name
    before a weapon noun is a product; "their Freedom Shield exercise": before an exercise noun, an
    event; none of them is an actor."""
    out = []
    n = len(doc)
    for e in ents:
        if e.label_ in ("PERSON", "ORG") and not e.kb_id_ and _of_place_noun(e.root, place_nouns):
            e = Span(doc, e.start, e.end, label="GPE")  # "the ports of Hodeidah, Ras Isa and Salif"
        elif e.label_ in ("PERSON", "ORG") and not e.kb_id_:  # a NORP stays: "the Iranian port"
            k = _head_noun_after(doc, e.end)
            if k + 1 < n and doc[k].lower_ == "and" and doc[k + 1].pos_ == "PROPN":
                j = k + 1  # "the Isfahan and Arak sites": the conjuncts share the noun
                while j < n and doc[j].pos_ == "PROPN":
                    j += 1
                k = _head_noun_after(doc, j)
            if k < n and doc[k].lower_ in product_nouns and doc[k].is_lower:
                e = Span(doc, e.start, e.end, label="PRODUCT")  # "Iskander-M ballistic missiles"
            elif k < n and doc[k].lower_ in event_nouns and doc[k].is_lower:
                e = Span(doc, e.start, e.end, label="EVENT")  # "the Freedom Shield exercise"
            elif k < n and doc[k].lower_ in place_nouns and doc[k].is_lower:
                e = Span(
                    doc,
                    e.start,
                    e.end,
                    label="FAC"
                    if doc[k].lower_ in ("plant", "port", "airport", "base", "refinery", "dam", "crossing")
                    else "GPE",
                )
        out.append(e)
    return out


def _of_place_noun(tok, place_nouns: set[str]) -> bool:
    """'the ports of Hodeidah, Ras Isa and Salif': a name (or a conjunct of one) after 'of' on a
    lower-case place noun."""
    for _ in range(6):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    p = tok.head
    return (
        tok.dep_ == "pobj"
        and p.lower_ == "of"
        and p.head.is_lower
        and p.head.pos_ == "NOUN"
        and p.head.lemma_.lower() in place_nouns
    )


def _named_events(doc: Doc, ents: list[Span], prefixes: set[str]) -> list[Span]:
    """ "Operation Sindoor", "Exercise Sea Breeze", "Security Belt-2025", "Zapad-2021" -> EVENT."""
    events: list[Span] = []
    n = len(doc)
    for i, tok in enumerate(doc):
        if _EXERCISE.match(tok.text):
            start = i
            while (
                start > 0
                and doc[start - 1].is_title
                and not doc[start - 1].is_sent_start
                and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ")
            ):
                start -= 1
            events.append(Span(doc, start, i + 1, label="EVENT"))
        elif tok.text in prefixes and i + 1 < n and doc[i + 1].is_title and not tok.is_sent_end:
            end = i + 1
            while end < n and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN", "ADJ"):
                end += 1
            events.append(Span(doc, i, end, label="EVENT"))
    if not events:
        return ents
    covered = {i for ev in events for i in range(ev.start, ev.end)}
    kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
    return [*events, *kept]


_FIXERS: dict[int, EntityFixer] = {}


def _default_fixer(doc: Doc) -> EntityFixer:
    """A fixer for docs from a pipeline without our components (keyed by vocab)."""
    key = id(doc.vocab)
    if key not in _FIXERS:

        class _NLP:  # the two attributes EntityFixer needs
            vocab = doc.vocab

            @staticmethod
            def make_doc(text: str) -> Doc:
                return Doc(doc.vocab, words=_simple_words(text))

        _FIXERS[key] = EntityFixer(_NLP)  # type: ignore[arg-type]
    return _FIXERS[key]


def _simple_words(text: str) -> Iterable[str]:
    return re.findall(r"[\w'-]+\.?|[^\w\s]", text)


@Language.factory("kg_entity_ruler", requires=["doc.ents"], assigns=["doc.ents"])
def make_entity_ruler(nlp: Language, name: str) -> GazetteerRuler:
    """Factory of the gazetteer entity ruler."""
    return GazetteerRuler(nlp)


@Language.factory("kg_entity_fixes", requires=["doc.ents"], assigns=["doc.ents"])
def make_entity_fixes(nlp: Language, name: str) -> EntityFixer:
    """Factory of the rule-based entity fixes."""
    return EntityFixer(nlp)


@cache
def _joined_prefix_re() -> re.Pattern[str]:
    prefixes = load_json("cues.json")["joined_prefixes"]["prefixes"]
    alts = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"\b(?i:{alts})-[a-z]+\b")


def _joined_words(doc: Doc) -> list[Span]:
    """The spans 'co', '-', 'hosted' of a prefix joined by a hyphen to a lower-case word."""
    if "-" not in doc.text:
        return []
    spans = []
    for m in _joined_prefix_re().finditer(doc.text):
        span = doc.char_span(m.start(), m.end())
        if span is not None:
            spans.append(span)
    return spans


@Language.factory("kg_joined_prefixes", assigns=["token.norm"])
def make_joined_prefixes(nlp: Language, name: str) -> JoinedPrefixes:
    return JoinedPrefixes(nlp)


class JoinedPrefixes:
    """Merge a hyphenated prefix with its word ('co-hosted') before the tagger; the model reads the
    merged token as the bare word ('hosted') or, when the closed-up word is an English lemma's form,
    as that ('co-operated' -> 'cooperated'). Place it first (before ``tok2vec``); the prefixes are
    ``cues.json`` joined_prefixes. :class:`JoinedLemmas` gives the merged words their lemmas.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._lemmas: frozenset[str] | None = None

    def lemmas(self) -> frozenset[str]:
        """The lemmas the pipeline's lemmatizer tables know (any part of speech)."""
        if self._lemmas is None:
            words: set[str] = set()
            if "lemmatizer" in self.nlp.pipe_names:
                lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_index"):
                    for forms in lookups.get_table("lemma_index").values():
                        words.update(forms)
            self._lemmas = frozenset(words)
        return self._lemmas

    def closed(self, word: str) -> bool:
        """Whether ``word`` ('cooperated') is a form of a known lemma ('cooperate')."""
        known = self.lemmas()
        stems = [word] + [
            word[: -len(s)] + e for s in ("ing", "ed", "es", "s", "d") if word.endswith(s) for e in ("", "e")
        ]
        return any(s in known for s in stems)

    def __call__(self, doc: Doc) -> Doc:
        spans = _joined_words(doc)
        if spans:
            with doc.retokenize() as retok:
                for span in spans:
                    word = span[-1].lower_
                    closed = span[0].lower_ + word
                    retok.merge(span, attrs={"NORM": closed if self.closed(closed) else word})
        return doc


@Language.factory("kg_joined_lemmas", assigns=["token.lemma"])
def make_joined_lemmas(nlp: Language, name: str) -> JoinedLemmas:
    return JoinedLemmas(nlp)


class JoinedLemmas:
    """After the lemmatizer: a merged 'co-hosted' is lemmatized as the word the model read ('host',
    or 'cooperate' for 'co-operated'), so the trigger lexicons find it."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        spans = [s for s in _joined_words(doc) if len(s) == 1]
        if not spans or "lemmatizer" not in self.nlp.pipe_names:
            return doc
        lemmatizer = self.nlp.get_pipe("lemmatizer")
        for span in spans:
            tok = span[0]
            one = Doc(doc.vocab, words=[tok.norm_], pos=[tok.pos_ or "X"])
            one[0].tag_ = tok.tag_
            forms = lemmatizer.rule_lemmatize(one[0]) if hasattr(lemmatizer, "rule_lemmatize") else []
            if forms:
                tok.lemma_ = forms[0]
        return doc
