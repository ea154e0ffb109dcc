"""A headline opening with a state's abbreviation and a comma ("DRC, Rwanda sign ...", "UAE, Iran trade
barbs ...") names that state: an abbreviation the gazetteer lists as written is no dateline, which
names a city in capitals ("MOSCOW, June 3 (Reuters) -"). Hand-written headlines from several regions."""

from __future__ import annotations

import pytest

from kg.extract.entities import link_entities

HEADLINES = [
    (
        "DRC, Rwanda sign peace deal in Washington\n\nThe two countries agreed to end the fighting.",
        "DRC",
        "Democratic Republic of the Congo",
    ),
    (
        "UAE, Iran trade barbs over Gulf islands\n\nThe dispute has simmered for decades.",
        "UAE",
        "United Arab Emirates",
    ),
    ("PNG, Australia seal security treaty\n\nThe pact was signed in Canberra.", "PNG", "Papua New Guinea"),
    ("KSA, Iran restore ties in Beijing-brokered deal\n\nTalks lasted five days.", "KSA", "Saudi Arabia"),
]


@pytest.mark.parametrize("text,surface,label", HEADLINES, ids=[h[1] for h in HEADLINES])
def test_headline_abbreviation_is_the_state(nlp, text, surface, label):
    doc = nlp(text)
    index = link_entities(doc)
    m = index.mentions[0]
    assert (m.text, index.entity(m.key).label, m.type) == (surface, label, "Country")


@pytest.mark.parametrize(
    "text,place",
    [
        ("MOSCOW, June 3 (Reuters) - Russia said on Tuesday it would respond.", "Moscow"),
        ("NAIROBI — Kenya said on Tuesday it would send more police to Haiti.", "Nairobi"),
        ("GEORGIA, June 3 (AP) - Protesters marched in Tbilisi.", "Georgia"),
    ],
)
def test_city_dateline_stays_a_place(nlp, text, place):
    doc = nlp(text)
    index = link_entities(doc)
    m = index.mentions[0]
    assert (index.entity(m.key).label, m.via) == (place, "dateline")


def test_headline_pair_is_the_story_pair(event_dyads, want_dyads):
    # the headline's pair, not the host's state, is who 'the two countries' are
    text = (
        "DRC, US sign minerals pact as Ruto hosts regional leaders\n\n"
        "Kinshasa and Washington signed a minerals agreement on Monday in Nairobi.\n\n"
        "Secretary of State Marco Rubio said the two countries had negotiated as equal partners.\n"
    )
    _, got = event_dyads(text)
    assert want_dyads([("Marco Rubio", "CONSULT", "Democratic Republic of the Congo")]) <= got
    assert not any(k[1] == "CONSULT" and "Kenya" in k for k in got)
