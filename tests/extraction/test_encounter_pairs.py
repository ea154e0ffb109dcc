"""A pair phrase that is a clause's subject ('the two governments agreed', 'the two sides signed')
continues the parties of the encounter just told ('X visited Y', 'X held talks with Y', 'X and Y
signed'), not the story's main pairing from the headline; a pair phrase that is the object of a third
party's appeal ('urged both sides') still refers to the parties of the conflict. Hand-written
sentences from several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        # a visit told in the phrase's own sentence
        "Armenia accuses Azerbaijan of shelling border villages\n\n"
        "Armenia said on Monday that Azerbaijani troops had shelled three villages in Syunik province. "
        "Armenia has accused Azerbaijan of similar attacks before. Kazakh Prime Minister Olzhas Bektenov "
        "visited Baku in March, and the two governments agreed to expand rail transit across the Caspian.",
        [("Azerbaijan", "AGREE", "Kazakhstan")],
        [("Armenia", "AGREE", "Azerbaijan")],
    ),
    (
        # talks told in the sentence before
        "China warns Philippines over Second Thomas Shoal resupply\n\n"
        "China's coast guard said it had driven away a Philippine supply boat near the shoal. Manila "
        "accused Beijing of dangerous manoeuvres. Indonesian President Prabowo Subianto held talks with "
        "Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday. The two sides agreed to hold joint "
        "maritime patrols.",
        [("Indonesia", "AGREE", "Japan")],
        [("China", "AGREE", "Philippines")],
    ),
    (
        # coordinated subjects of the sentence before
        "Ukraine condemns Russian strike on Odesa port\n\n"
        "Ukraine said a Russian missile had hit grain silos in Odesa overnight. Kyiv accused Moscow of "
        "targeting food exports. Serbia and Hungary signed a gas pipeline accord in Belgrade on Thursday. "
        "The two countries also agreed to link their power grids.",
        [("Hungary", "AGREE", "Serbia")],
        [("Russia", "AGREE", "Ukraine")],
    ),
    (
        # an appeal of a third party: the parties of the conflict, not the pair of the last visit
        "Ethiopia and Eritrea trade accusations over border build-up\n\n"
        "Ethiopia accused Eritrea of massing troops near Badme. Eritrea denied the claim. Qatar's "
        "foreign minister visited Nairobi on Sunday. The African Union urged both sides to show restraint.",
        [("African Union", "REQUEST", "Ethiopia"), ("African Union", "REQUEST", "Eritrea")],
        [("African Union", "REQUEST", "Kenya")],
    ),
]


@pytest.mark.parametrize("text,want,never", CASES, ids=[str(i) for i in range(len(CASES))])
def test_encounter_pairs(event_dyads, want_dyads, text, want, never):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got
    assert not (want_dyads(never) & got), got
