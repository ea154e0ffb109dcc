"""The last word of an organization named earlier, written alone before a noun of its people
('Union officials', 'League diplomats', 'Community leaders'; entity_fixes org_staff_nouns), is that
organization acting, as 'the Union' is. Hand-written sentences from several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The Arab League held an emergency meeting in Cairo on Sunday. League diplomats condemned "
        "Israel for its strikes on Syria.",
        ("Arab League", "ACCUSE", "Israel"),
    ),
    (
        "The African Union suspended Niger in July. Union officials urged Niger to release Mohamed Bazoum.",
        ("African Union", "REQUEST", "Niger"),
    ),
    (
        "The Southern African Development Community sent observers to Harare. Community officials later "
        "accused Zimbabwe of intimidating voters.",
        ("Southern African Development Community", "ACCUSE", "Zimbabwe"),
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[1][0] for c in CASES])
def test_short_name_staff_is_the_organization(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads([want]) <= got


def test_no_earlier_organization_no_link(nlp):
    from kg.extract.entities import link_entities

    doc = nlp("Union officials in Detroit said the strike at the car plants would go on.")
    index = link_entities(doc)
    assert not [m for m in index.mentions if m.text == "Union"]
