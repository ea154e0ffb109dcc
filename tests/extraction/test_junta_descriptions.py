"""Descriptions of a military government ('the junta', 'the military government', 'the ruling
generals') stand for the state the text ties military rule to ('Guinea's ruling junta', 'the junta in
Ouagadougou', 'Sudan's military rulers', 'the coup in Gabon'), not for whichever government was named
last; a bare 'the military' placed 'in' a region is still the army; with no military rule in the text,
'the generals' stays no actor. Hand-written sentences from several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        # another state's government named between: the junta is still the military-ruled state's
        "Guinea's military rulers on Monday demanded the return of two Guinean traders held in Senegal. "
        "Senegal's government spokesman called the demand unacceptable. In April, Senegal's President "
        'Bassirou Diomaye Faye closed the crossing at Kedougou. "If Guinea wants trade, it must talk to '
        'us," Faye said, urging the junta to reopen the border.',
        [("Bassirou Diomaye Faye", "REQUEST", "Guinea")],
        [("Bassirou Diomaye Faye", "REQUEST", "Senegal")],
    ),
    (
        # the binding comes after the description; the state the article is about is not the referent
        "Thailand is hosting the regional summit this week. Sudan was one of the hardest cases on the "
        "agenda. In 2022, the military government expelled Thailand's ambassador in Khartoum. Sudan's "
        "ruling generals have since restored ties.",
        [("Sudan", "SANCTION", "Thailand")],
        [("Thailand", "SANCTION", "Thailand")],
    ),
    (
        # a capital binds it; another government named later in the paragraph does not take it over
        "The junta in Ouagadougou announced on Tuesday that it was leaving the regional bloc. Ivory "
        "Coast's government said it regretted the decision. Ghana's foreign minister urged the junta "
        "to reconsider.",
        [("Ghana", "REQUEST", "Burkina Faso")],
        [("Ghana", "REQUEST", "Ivory Coast")],
    ),
    (
        # a coup owned by a state binds its new rulers
        "The coup in Gabon drew swift condemnation. Cameroon's government closed its border, and "
        "Nigeria's President Bola Tinubu later called on the putschists to release the deposed president.",
        [("Bola Tinubu", "REQUEST", "Gabon")],
        [("Bola Tinubu", "REQUEST", "Cameroon")],
    ),
    (
        # 'the military' placed in a region: the army of the state the text names
        "Myanmar's junta has lost ground across the north. The Kachin Independence Army launched a new "
        "offensive against the military in northern Kachin State on Sunday.",
        [("Kachin Independence Army", "ASSAULT", "Myanmar")],
        [],
    ),
]


@pytest.mark.parametrize("text,want,never", CASES, ids=[str(i) for i in range(len(CASES))])
def test_junta_descriptions(event_dyads, want_dyads, text, want, never):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got
    assert not (want_dyads(never) & got), got


def test_generals_without_military_rule(nlp):
    """'the generals on the ground' in a text that ties military rule to no state is no actor."""
    from kg.extract.entities import link_entities

    doc = nlp(
        "Thailand and Cambodia agreed to a truce on Monday. Analysts said the ceasefire would hold "
        "only as long as the generals on the ground wanted it to."
    )
    index = link_entities(doc)
    assert not [m for m in index.mentions if m.via == "description"]


def test_military_government_continues_junta(event_dyads, want_dyads):
    """'the junta ... the military government': with no state bound, a later description of a military
    government continues the state an earlier one was resolved to."""
    _, got = event_dyads(
        "Guinea's Colonel Mamady Doumbouya reshuffled his cabinet on Monday, and the junta promised a "
        "referendum next year. Mali and Senegal sent envoys to the ceremony. Mali's foreign minister said "
        "Mali would deepen trade with Senegal. Russia said it supported the military government."
    )
    assert want_dyads([("Russia", "SUPPORT", "Guinea")]) <= got, got
