"""The gazetteer: states, IGOs, people and organizations that kg links mentions to.

The knowledge lives in versioned data files under ``kg/data/gazetteer/`` (each names its
sources and date): ``countries.json`` (every UN member and observer state, with ISO codes,
QIDs, names, demonyms, capitals and government metonyms), ``igos.json`` (organizations and
alliances with member states), ``people.json`` (leaders and their offices) and
``organizations.json`` (government bodies, militaries, media, think tanks, companies) and
``regions.json`` (regions, seas and contested territories, linked as places).
This module only indexes them; it has no third-party imports.

>>> gaz = get_gazetteer()
>>> gaz.lookup("the Kremlin").label, gaz.demonym("Russians").label, gaz.by_iso3("UKR").wikidata
('Russia', 'Russia', 'Q212')
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.model.iris import entity_key
from kg.resources import load_json
from kg.types import Entity

__all__ = ["GazEntry", "Gazetteer", "get_gazetteer", "AREA_WORDS", "normalize", "place_state", "places_table"]

#: Data files, relative to ``kg/data``.
FILES = {
    "countries": "gazetteer/countries.json",
    "igos": "gazetteer/igos.json",
    "people": "gazetteer/people.json",
    "organizations": "gazetteer/organizations.json",
    "regions": "gazetteer/regions.json",
}

_THE = re.compile(r"^(the|a|an)\s+")
_POSS = re.compile(r"(?:'s|'|’s|’)$")
_PUNCT = re.compile(r"[^\w\s&+-]")
#: British and American spellings of the words of organizations' names ("Gulf Co-operation Council",
#: "World Health Organisation"), one lookup form for both (Oxford / Merriam-Webster variants)
_SPELLINGS = re.compile(r"\b(co)-(operat|ordinat)|\b(organi)s(ation)")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # pure; linking asks for the same few thousand names again and again
def normalize(name: str) -> str:
    """Lookup form of a name: case-folded, no leading article or trailing possessive, no dots.

    >>> normalize("the U.S.'s"), normalize("  Côte d'Ivoire "), normalize("OPEC+")
    ('us', 'cote divoire', 'opec+')
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower().strip()
    s = s.replace("’", "'")
    s = _SPELLINGS.sub(lambda m: (m[1] or "") + (m[2] or "") + (m[3] and m[3] + "z" + m[4] or ""), s)
    s = _THE.sub("", s)
    s = _POSS.sub("", s)
    s = _PUNCT.sub("", s)
    return _SPACE.sub(" ", s).strip()


#: a regnal number or generational suffix ends a name without being its surname
_REGNAL = re.compile(r"^(?:[IVXL]+|Jr\.?|Sr\.?)$")
#: "UN " or "U.N. " opening an organization's name, which news also spells out
_UN = re.compile(r"^(?:UN|U\.N\.) (?=[a-z])")


@dataclass(frozen=True)
class GazEntry:
    """One gazetteer record. ``country`` is the key of the state it acts for (a person's
    state, a ministry's state); ``home`` the key of its home state even when it does not act
    for it (a newspaper); ``own_actor`` marks a force reported as an actor of its own (a
    revolutionary guard), not merged into its state; ``members`` the ISO3 codes of an IGO's member states;
    ``roles`` a person's offices as ``(title, organization-or-state key, current)``."""

    key: str
    label: str
    type: str
    subtype: str | None = None
    wikidata: str | None = None
    iso3: str | None = None
    iso2: str | None = None
    country: str | None = None
    home: str | None = None
    names: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    roles: tuple[tuple[str, str, bool], ...] = ()
    own_actor: bool = False

    def entity(self, *, aliases: tuple[str, ...] = (), mentions: int = 0) -> Entity:
        """The :class:`kg.types.Entity` for this record (with per-document aliases and counts)."""
        return Entity(
            key=self.key,
            label=self.label,
            type=self.type,
            subtype=self.subtype,
            wikidata=self.wikidata,
            iso3=self.iso3,
            country=self.country,
            aliases=aliases,
            mentions=mentions,
        )


class Gazetteer:
    """Indexes over the gazetteer files: by normalized name or alias, demonym, capital or
    government metonym, QID, ISO3 code and surname.

    >>> gaz = get_gazetteer()
    >>> gaz.lookup("State Department").country == gaz.by_iso3("USA").key
    True
    >>> gaz.capital("Beijing").label, gaz.metonym("the White House").label
    ('China', 'United States')
    >>> [e.label for e in gaz.surname("Lavrov")]
    ['Sergey Lavrov']
    """

    def __init__(self, data: dict[str, dict] | None = None) -> None:
        data = data or {k: load_json(v) for k, v in FILES.items()}
        self.versions = {k: d.get("version") for k, d in data.items()}
        self.entries: dict[str, GazEntry] = {}
        self._names: dict[str, str] = {}
        self._demonyms: dict[str, str] = {}
        self._capitals: dict[str, str] = {}
        self._metonyms: dict[str, str] = {}
        self._qid: dict[str, str] = {}
        self._iso3: dict[str, str] = {}
        self._surnames: dict[str, list[str]] = {}
        self._by_label: dict[str, str] = {}
        self._state_form: re.Pattern[str] | None = None
        # "the States": a name that stands for its state only with the article (entity_fixes.json)
        self._bound = {normalize(n) for n in load_json("entity_fixes.json").get("article_bound_names", ())}
        self._load_countries(data["countries"])
        self._load_igos(data["igos"])
        self._load_organizations(data["organizations"])
        self._load_people(data["people"])
        self._load_regions(data.get("regions", {"regions": []}))

    # -- loading -----------------------------------------------------------------------
    def _add(self, entry: GazEntry) -> None:
        spelled = [_UN.sub("United Nations ", n) for n in entry.names if _UN.match(n)]
        if spelled:  # "UN refugee agency" is also written "United Nations refugee agency"
            entry = dataclasses.replace(entry, names=tuple(dict.fromkeys((*entry.names, *spelled))))
        self.entries[entry.key] = entry
        self._by_label.setdefault(normalize(entry.label), entry.key)
        if entry.wikidata:
            self._qid[entry.wikidata] = entry.key
        if entry.iso3:
            self._iso3[entry.iso3] = entry.key
        for name in (entry.label, *entry.names):
            # first writer wins: states load first, so a state's name is never taken over
            self._names.setdefault(normalize(name), entry.key)

    def _load_countries(self, d: dict) -> None:
        owner = d.get("demonym_owner", {})
        forms = d.get("state_forms")
        if forms:
            quals = "|".join(map(re.escape, forms["qualifiers"]))
            names = "|".join(map(re.escape, forms["forms"]))
            self._state_form = re.compile(
                rf"^(?P<q>(?:(?:{quals}) )*)(?P<f>{names}) of (?:the )?(?P<name>.+)$"
            )
        for r in d["countries"]:
            key = entity_key(r["label"], "Country", r.get("wikidata"))
            self._add(
                GazEntry(
                    key=key,
                    label=r["label"],
                    type="Country",
                    subtype="State",
                    wikidata=r.get("wikidata"),
                    iso3=r["iso3"],
                    iso2=r.get("iso2"),
                    country=key,
                    home=key,
                    names=tuple(r["names"]),
                )
            )
            for dem in r["demonyms"] + r["demonyms_plural"]:
                n = normalize(dem)
                if dem in owner and owner[dem] != r["iso3"]:
                    continue
                self._demonyms.setdefault(n, key)
            for cap in r["capitals"]:
                self._capitals.setdefault(normalize(cap), key)
            for met in r["metonyms"]:
                self._metonyms.setdefault(normalize(met), key)

    def _load_igos(self, d: dict) -> None:
        for r in d["igos"]:
            key = entity_key(r["label"], "IGO", r.get("wikidata"))
            self._add(
                GazEntry(
                    key=key,
                    label=r["label"],
                    type="IGO",
                    subtype=r.get("subtype"),
                    wikidata=r.get("wikidata"),
                    names=tuple(r["aliases"]),
                    members=tuple(r.get("members", ())),
                )
            )
            for met in r.get("metonyms", ()):
                self._metonyms.setdefault(normalize(met), key)

    def _load_organizations(self, d: dict) -> None:
        for r in d["organizations"]:
            key = entity_key(r["label"], "Organization", r.get("wikidata"))
            home = self._iso3.get(r["country"]) if r.get("country") else None
            self._add(
                GazEntry(
                    key=key,
                    label=r["label"],
                    type="Organization",
                    subtype=r.get("subtype"),
                    wikidata=r.get("wikidata"),
                    country=home if r.get("acts_for_state") else None,
                    own_actor=bool(r.get("own_actor")),
                    home=home,
                    names=tuple(r["aliases"]),
                )
            )

    def _load_people(self, d: dict) -> None:
        family_first = set(d.get("family_name_first", ()))
        for r in d["people"]:
            key = entity_key(r["label"], "Person", r.get("wikidata"))
            country = self._iso3.get(r["country"]) if r.get("country") else None
            roles = []
            for role in r.get("roles", ()):
                of = role["of"]
                target = self._iso3.get(of) or self._by_label.get(normalize(of))
                if target:
                    roles.append((role["title"], target, bool(role.get("current", True))))
            current = [t for _, t, cur in roles if cur]
            acts_for = country
            if current and all(self.entries[t].type == "IGO" for t in current):
                # an IGO's officer (UN Secretary-General) does not act for the state of their nationality
                acts_for = current[0] if len(set(current)) == 1 else None
            elif current and all(
                self.entries[t].type == "Organization" and not self.entries[t].country for t in current
            ):
                # the head or spokesman of an armed group or movement of no state (RSF, Hezbollah, M23)
                # acts for it, not for the state of their nationality
                acts_for = current[0] if len(set(current)) == 1 else None
            entry = GazEntry(
                key=key,
                label=r["label"],
                type="Person",
                wikidata=r.get("wikidata"),
                country=acts_for,
                home=country,
                names=tuple(r["aliases"]),
                roles=tuple(roles),
            )
            self._add(entry)
            for name in (entry.label, *entry.names):
                parts = normalize(name).split()
                words = name.split()
                while len(parts) > 1 and len(words) == len(parts) and _REGNAL.match(words[-1]):
                    parts, words = parts[:-1], words[:-1]  # "Frederik X", "Marcos Jr.": no surname
                if len(parts) > 1:
                    # "Xi Jinping", "Yoon Suk Yeol": the family name comes first
                    surname = parts[0] if r.get("country") in family_first else parts[-1]
                    bucket = self._surnames.setdefault(surname, [])
                    if key not in bucket:
                        bucket.append(key)

    def _load_regions(self, d: dict) -> None:
        for r in d["regions"]:
            key = entity_key(r["label"], "Location", r.get("wikidata"))
            self._add(
                GazEntry(
                    key=key,
                    label=r["label"],
                    type="Location",
                    subtype="Region",
                    wikidata=r.get("wikidata"),
                    names=tuple(r["aliases"]),
                )
            )

    # -- lookups -----------------------------------------------------------------------
    def get(self, key: str) -> GazEntry | None:
        """The record with canonical ``key`` (a QID or a ``type:slug`` key)."""
        return self.entries.get(key)

    def lookup(self, name: str) -> GazEntry | None:
        """By name or alias, then by government metonym ("the Kremlin")."""
        n = normalize(name)
        if n in self._bound and not _THE.match(name.strip().lower()):
            return None  # 'called on States to refrain': bare, a common noun
        key = self._names.get(n) or self._metonyms.get(n)
        return self.entries[key] if key else None

    def name(self, name: str) -> GazEntry | None:
        """By name or alias only (no metonyms, demonyms or capitals); a formal name no row lists
        ("the Republic of Rwanda", "the Federal Republic of Somalia") by the state it names.

        >>> gaz = get_gazetteer()
        >>> gaz.name("the Republic of Rwanda").label, gaz.name("Republic of Turkiye").label
        ('Rwanda', 'Turkey')
        >>> gaz.name("the Islamic State of Iraq") is None
        True
        """
        n = normalize(name)
        if n in self._bound and not _THE.match(name.strip().lower()):
            return None  # 'all Member States', 'called on States to refrain': bare, a common noun
        key = self._names.get(n)
        if key is None and self._state_form is not None and (m := self._state_form.match(n)):
            key = self._names.get(m["name"])
            if key is not None and (self.entries[key].type != "Country" or (m["f"] == "state" and m["q"])):
                key = None  # "the Islamic State of Iraq" is no state
        return self.entries[key] if key else None

    def demonym(self, word: str) -> GazEntry | None:
        """The state of a demonym, adjective or plural ("Russian", "Russians")."""
        key = self._demonyms.get(normalize(word))
        return self.entries[key] if key else None

    def capital(self, name: str) -> GazEntry | None:
        """The state whose capital (seat of government) is ``name``."""
        key = self._capitals.get(normalize(name))
        return self.entries[key] if key else None

    def metonym(self, name: str) -> GazEntry | None:
        """The state a government metonym stands for ("the White House", "Downing Street")."""
        key = self._metonyms.get(normalize(name))
        return self.entries[key] if key else None

    def by_qid(self, qid: str) -> GazEntry | None:
        key = self._qid.get(qid)
        return self.entries[key] if key else None

    def by_iso3(self, iso3: str) -> GazEntry | None:
        key = self._iso3.get(iso3.upper())
        return self.entries[key] if key else None

    def surname(self, word: str) -> list[GazEntry]:
        """People whose last name (of the label or an alias) is ``word``."""
        return [self.entries[k] for k in self._surnames.get(normalize(word), ())]

    def countries(self) -> list[GazEntry]:
        return [e for e in self.entries.values() if e.type == "Country"]

    def of_type(self, type_: str) -> list[GazEntry]:
        return [e for e in self.entries.values() if e.type == type_]

    def surface_forms(self) -> dict[str, list[tuple[str, str]]]:
        """Every surface form to match in text, by kind: ``name`` (entity names and aliases),
        ``demonym``, ``capital`` and ``metonym``; each as ``(text, key)``."""
        out: dict[str, list[tuple[str, str]]] = {"name": [], "metonym": []}
        for e in self.entries.values():
            for n in (e.label, *e.names):
                out["name"].append((n, e.key))
        for r in load_json(FILES["countries"])["countries"]:
            for m in r["metonyms"]:
                out["metonym"].append((m, self._iso3[r["iso3"]]))
        for r in load_json(FILES["igos"])["igos"]:
            for m in r.get("metonyms", ()):
                out["metonym"].append((m, self._names[normalize(r["label"])]))
        return out

    def capital_forms(self) -> list[str]:
        """Every spelling of a capital in the countries table ("Chisinau", "Chișinău")."""
        return [c for r in load_json(FILES["countries"])["countries"] for c in r["capitals"]]


@cache
def get_gazetteer() -> Gazetteer:
    """The gazetteer built from the shipped data files (once per process).

    >>> get_gazetteer() is get_gazetteer()
    True
    """
    return Gazetteer()


#: words after a place name that name an area around it ("Kandahar province", "the Kursk region")
AREA_WORDS = ("province", "region", "oblast", "governorate", "district", "prefecture", "city", "county")


@cache
def places_table(exonyms: bool = False) -> dict[str, str]:
    """``gazetteer/places.json`` as written: the places' own names (or, with ``exonyms``, their other
    names: "Odessa", "Khan Younis") -> ISO3 of the state each lies in (read once)."""
    return dict(load_json("gazetteer/places.json")["exonyms" if exonyms else "places"])


@cache
def _places() -> dict[str, str]:
    """Normalized place name or exonym -> ISO3 (own names win)."""
    return {normalize(k): v for t in (places_table(True), places_table()) for k, v in t.items()}


def place_state(name: str) -> GazEntry | None:
    """The state a city or town lies in, from ``gazetteer/places.json`` (GeoNames), or None.

    A trailing area word ("Kandahar province", "the Kursk region") names the area around the
    place and is read the same. A capital, where the text uses it as a place, is in its state.

    >>> place_state("Kharkiv").label, place_state("the Kandahar province").label, place_state("Kyiv").label
    ('Ukraine', 'Afghanistan', 'Ukraine')
    >>> place_state("Latin America") is None, place_state("Ukraine") is None
    (True, True)
    """
    n = normalize(name)
    words = n.split()
    if len(words) > 1 and words[-1] in AREA_WORDS and n not in _places():
        n = " ".join(words[:-1])
    iso3 = _places().get(n)
    if iso3 is None:
        capital = get_gazetteer().capital(n)  # a capital read as the city ("strikes on Kyiv")
        return capital if capital is not None and capital.type == "Country" else None
    return get_gazetteer().by_iso3(iso3)
