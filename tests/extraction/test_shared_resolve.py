"""A modal clause is no demand of another side when its subject only gets something ('Y must have
guarantees', 'Y should receive aid'), when the voice's own side is in its subject ('Poland
and its EU partners must tighten ...' said by Poland's president: a resolve shared with them), when a
quotation narrates a past necessity ('"Manila had to show ...," he said'), or when it lays a state
or an appearance on someone ('X needs to look tough'); 'Y must answer for Z' is a warning (THREATEN).
Demands of another side stay, and so does a shared proposal told to the other side ('Wang told Doval
the two sides should ...'). Hand-written sentences from several regions."""

from __future__ import annotations

import pytest

NO_REQUEST = [
    # the voice's own state in a coordinated subject
    (
        "Polish President Andrzej Duda said on Monday that Poland and its European Union partners must "
        "tighten controls on the border with Belarus.",
        ("Andrzej Duda", "REQUEST", "European Union"),
    ),
    # a pair phrase that includes the voice's state
    (
        "After talks with Xi Jinping in Beijing, Brazilian President Luiz Inacio Lula da Silva said the "
        "two countries should deepen cooperation on clean energy.",
        ("Luiz Inacio Lula da Silva", "REQUEST", "China"),
    ),
    # a past necessity narrated in a quotation
    (
        'Maria Santos, a historian at the University of the Philippines, said the standoff was over. "Manila '
        'had to show it would not back down, and Beijing did not want a clash before the summit," she said.',
        ("Maria Santos", "REQUEST", "Philippines"),
    ),
    (
        'Opposition leader Tomas Herrera spoke to reporters in Caracas. "Venezuelans needed to hear the '
        'truth about the elections," he said.',
        ("Tomas Herrera", "REQUEST", "Venezuela"),
    ),
    # an appearance, no act
    (
        '"Erdogan needs to look tough before the municipal elections," said Selim Koru, an analyst in Ankara.',
        ("Selim Koru", "REQUEST", "Recep Tayyip Erdogan"),
    ),
    # the clause's subject gets something: nothing is asked of it
    (
        "The leaders of Spain and Portugal issued a joint statement saying that Moldova must have firm "
        "security guarantees.",
        ("Spain", "REQUEST", "Moldova"),
    ),
    ("Spain said Moldova should receive more air defence systems.", ("Spain", "REQUEST", "Moldova")),
    ("Chile said Bolivia must be given access to the sea.", ("Chile", "REQUEST", "Bolivia")),
]


@pytest.mark.parametrize("text,never", NO_REQUEST, ids=[str(i) for i in range(len(NO_REQUEST))])
def test_no_demand(event_dyads, want_dyads, text, never):
    _, got = event_dyads(text)
    assert not (want_dyads([never]) & got), got


STAYS = [
    # what the subject is to get is refused: a demand of it
    ("France said Iran must have no nuclear weapons.", [("France", "REQUEST", "Iran")]),
    ("France said Iran should not get sanctions relief.", [("France", "REQUEST", "Iran")]),
    (
        "US Secretary of State Antony Blinken said Israel and Hamas must accept the ceasefire proposal.",
        [("Antony Blinken", "REQUEST", "Israel"), ("Antony Blinken", "REQUEST", "Hamas")],
    ),
    (
        '"Moscow has to withdraw its troops from Moldova\'s Transnistria region," French President '
        "Emmanuel Macron said.",
        [("Emmanuel Macron", "REQUEST", "Russia")],
    ),
    # a proposal that includes the speaker's side, told to the other side: an appeal to it
    (
        "Chinese Foreign Minister Wang Yi met Indian National Security Adviser Ajit Doval in New Delhi on "
        'Monday. "China and India should resume direct flights soon," Wang told Doval.',
        [("Wang Yi", "REQUEST", "India")],
    ),
    (
        "Chinese Foreign Minister Wang Yi met Indian National Security Adviser Ajit Doval in New Delhi on "
        "Monday. Wang told Doval that China and India should resume direct flights soon.",
        [("Wang Yi", "REQUEST", "India")],
    ),
    # accountability laid on another side: a warning, not a demand
    (
        '"Belarus must answer for the forced landing of the airliner," Lithuanian Foreign Minister '
        "Gabrielius Landsbergis said.",
        [("Gabrielius Landsbergis", "THREATEN", "Belarus")],
    ),
]


@pytest.mark.parametrize("text,want", STAYS, ids=[str(i) for i in range(len(STAYS))])
def test_demand_stays(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got
