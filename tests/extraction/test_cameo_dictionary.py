"""The codebook fallback layer kg/data/cameo_dictionary.json (verbs and nouns of the PETRARCH2 CAMEO verb
dictionary whose codes map to PLOVER types): what it adds, and the guards that keep it from overriding
the hand-written lexicon or firing without a partner. Hand-written sentences, none taken from an
evaluation article, run through the real pipeline: exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

from kg.extract.events import lexicon
from kg.resources import load_json

CASES = load_cases("cameo_dictionary")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_cameo_dictionary_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-06-01"))
    assert got == want_dyads(case["expect"]), case["note"]


def test_fallback_never_overrides_the_lexicon():
    fallback = load_json("cameo_dictionary.json")
    own = load_json("event_lexicon.json")
    lx = lexicon()
    for table, parsed in (("verbs", lx.verbs), ("nouns", lx.nouns)):
        for key, entry in fallback[table].items():
            keys = {t.key: t for ts in parsed.values() for t in ts}
            assert key in keys, key
            if key in own[table]:  # a key the lexicon has keeps the lexicon's reading
                assert keys[key].type == own[table][key]["type"], key
            assert entry["cameo_pattern"], key
