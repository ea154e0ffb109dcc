"""Descriptions of a state's organs that name no state: a bare 'the ministry' is the ministry named
last before it ('Lithuania's foreign ministry ... The ministry accused Minsk'), and one a pronoun
owns ('Ethiopia rejected it. ... its foreign ministry ...') keeps an older state's ministry out;
'the government' that a state's opposition addresses is that state's own. Hand-written sentences
from several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        # a bare 'the ministry': the latest named ministry
        "Lithuania's foreign ministry summoned the Belarusian charge d'affaires on Tuesday. "
        "The ministry accused Minsk of sending smuggling balloons into Lithuanian airspace.",
        [("Lithuania", "ACCUSE", "Belarus")],
        [],
    ),
    (
        # at the end of a quote
        "Peru's foreign ministry issued a statement on Friday. \"Peru will not accept threats from "
        'any neighbour," the ministry said, accusing Bolivia of harbouring smugglers.',
        [("Peru", "ACCUSE", "Bolivia")],
        [],
    ),
    (
        # the nearest ministry is owned by 'its': the state subject of the sentence before
        "Egypt's foreign ministry said the talks had failed. Ethiopia rejected the account. In a "
        "statement, its foreign ministry said the dam posed no threat. The ministry accused Cairo "
        "of spreading false claims.",
        [("Ethiopia", "ACCUSE", "Egypt")],
        [],
    ),
    (
        # a state's opposition addresses its own state's government, not the other state's
        "Uganda's government closed the border with Kenya on Monday. Kenya's main opposition party, "
        "the Orange Democratic Movement, accused the government of abandoning stranded traders.",
        [("Orange Democratic Movement", "ACCUSE", "Kenya")],
        [("Orange Democratic Movement", "ACCUSE", "Uganda")],
    ),
    (
        "Serbia's government expelled two Croatian diplomats on Friday. Croatia's main opposition "
        "party, the Social Democratic Party, urged the government to recall its ambassador from Belgrade.",
        [("Social Democratic Party", "REQUEST", "Croatia")],
        [("Social Democratic Party", "REQUEST", "Serbia")],
    ),
    (
        # the opposition named so before, now by its name alone
        "Beijing's government suspended fruit imports from Taiwan. Taiwan's main opposition party, the "
        "Kuomintang, held a rally in Taipei on Sunday. The Kuomintang accused the government of "
        "provoking the mainland.",
        [("Kuomintang", "ACCUSE", "Taiwan")],
        [("Kuomintang", "ACCUSE", "China")],
    ),
]


@pytest.mark.parametrize("text,want,never", CASES, ids=[str(i) for i in range(len(CASES))])
def test_organ_descriptions(event_dyads, want_dyads, text, want, never):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got
    assert not (want_dyads(never) & got)


def test_objection_is_no_opposition(nlp):
    """'Hungary's opposition to the package' is an objection, not Hungary's opposition parties: the
    government it frustrated is not Hungary's for that reason."""
    from kg.extract.entities import link_entities

    text = (
        "Serbia's government expelled two Croatian diplomats. Hungary's opposition to the sanctions "
        "package frustrated the government."
    )
    doc = nlp(text)
    idx = link_entities(doc)
    got = [idx.entity(m.key).label for m in idx.mentions if m.via == "description"]
    assert "Hungary" not in got


@pytest.mark.parametrize(
    "text,never",
    [
        (
            # the nearest ministry names no state: not the other state named before it
            "Police in Tbilisi detained two Russian journalists. The Interior Ministry said they worked "
            "for Russia's security service. Footage released by the ministry showed the arrests.",
            "Russia",
        ),
        (
            # the nearest ministry is a named one: its state, not the other state named before
            "Somalia accused Kenya of meddling. Kenya's Ministry of Foreign Affairs rejected the "
            "accusation on Monday. The ministry said Mogadishu had shared no evidence.",
            "Somalia",
        ),
    ],
)
def test_bare_ministry_takes_the_nearest_ministry(nlp, text, never):
    from kg.extract.entities import link_entities

    doc = nlp(text)
    idx = link_entities(doc)
    got = [idx.entity(m.key).label for m in idx.mentions if m.via == "description"]
    assert never not in got
