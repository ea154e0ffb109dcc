"""A ministry named in full in title case without its state ('the Ministry of Foreign Affairs said',
'the Ministry of Interior', 'the Department of Foreign Affairs') is a state's ministry like 'the Foreign
Ministry': the state of the official who says it, else the one state its paragraph names before it,
else the state the text is about; a paragraph naming several states leaves it alone, and another
state's department named earlier is no antecedent of a full name. Hand-written sentences."""

from __future__ import annotations

import pytest

CASES = [
    (
        # the one state the paragraph names before the ministry
        "Chinese coast guard ships blocked a Vietnamese fishing boat near the Paracel Islands on Monday.\n\n"
        "Hanoi responded within hours. The Ministry of Foreign Affairs accused Beijing of violating the "
        "country's sovereignty.",
        [("Vietnam", "ACCUSE", "China")],
        [],
    ),
    (
        # the state the text is about; a later 'the ministry' continues it
        "Ecuador on Tuesday rejected remarks by Peruvian President Dina Boluarte about the border. Ecuador "
        "says the border was settled in 1998, and Quito has guarded it since then. Ecuadorian officials "
        "said Ecuador would not negotiate.\n\n"
        "In a statement, the Ministry of Foreign Affairs said the border is final. The ministry urged Lima "
        "to respect the treaty.",
        [("Ecuador", "REQUEST", "Peru")],
        [],
    ),
    (
        # a ministry of interior, its units the state's
        "Iraq has stepped up operations in Anbar province. Baghdad says the militants are regrouping, and "
        "Iraqi officials said Iraq would not let them return.\n\n"
        "The Ministry of Interior said its police had arrested twelve Syrian smugglers near the border.",
        [("Iraq", "COERCE", "Syria")],
        [],
    ),
    (
        # a paragraph naming two states: no guess
        "The route was agreed between Latvia and Lithuania in 2019. The Ministry of Foreign Affairs "
        "accused Belarus of violating the agreement.",
        [],
        [("Latvia", "ACCUSE", "Belarus"), ("Lithuania", "ACCUSE", "Belarus")],
    ),
]


@pytest.mark.parametrize("text,want,never", CASES, ids=[str(i) for i in range(len(CASES))])
def test_named_ministries(event_dyads, want_dyads, text, want, never):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got
    assert not (want_dyads(never) & got), got


def test_government_of_state(event_dyads, want_dyads):
    # 'the Government of <state>' names the state itself, as '<state>'s government' does
    _, got = event_dyads("Bolivia said the Government of Chile had violated the treaty on the river.")
    assert want_dyads([("Bolivia", "ACCUSE", "Chile")]) <= got, got
