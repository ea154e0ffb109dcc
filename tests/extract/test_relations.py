"""kg.extract.relations: the relation lexicon, the pattern helpers and the merge with the event
extractor's own ALLY/MEMBER_OF relations (real spaCy pipeline; sentences of our own)."""

from __future__ import annotations

import pytest

from kg.extract import relations
from kg.resources import load_json


def _standing(nlp, text: str) -> set[tuple[str, str, str]]:
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-03-12")
    labels = {e.key: e.label for e in r.entities}
    return {
        (labels[s], e.category, labels[o])
        for e in r.events
        if e.category in ("ALLY", "MEMBER_OF")
        for s, o in e.pairs()
        if o
    }


def test_lexicon_names_its_sources_and_every_pattern_confidence():
    lx = relations.lexicon()
    assert lx["sources"] and lx["about"] and lx["version"]
    for key in ("group_list", "chair", "member_noun", "admit", "ally_noun", "hyphen_pact", "allied_adj"):
        assert 0 < lx["confidence"][key] <= 1
    # a withdrawal is coded by the event lexicon as SANCTION 'withdraw' (PLOVER), never as membership
    verbs = load_json("event_lexicon.json")["verbs"]
    assert verbs["withdraw from"]["type"] == "SANCTION" and verbs["leave"]["type"] == "SANCTION"


def test_known_members_come_from_the_gazetteer():
    known = relations._known_members()
    assert "POL" in known["Q7184"]  # NATO by QID
    assert "AUS" in known["Quadrilateral Security Dialogue"]


@pytest.mark.parametrize(
    ("text", "index", "deny_key", "expected"),
    [
        ("Britain, a former member of the bloc, objected.", 4, "member", True),
        ("Georgia, an aspiring member, objected.", 4, "member", True),
        ("Algeria, a non-permanent member of the council, objected.", 6, "member", False),
        ("Poland, a member of the bloc, objected.", 3, "member", False),
        ("Israel is a major non-NATO ally of the US.", 7, "ally", False),
        ("Eritrea, a former ally of Ethiopia, objected.", 4, "ally", True),
    ],
)
def test_denied_modifiers(nlp, text, index, deny_key, expected):
    doc = nlp(text)
    tok = doc[index]
    assert tok.lower_ in ("member", "ally"), [t.text for t in doc]
    assert relations._denied(tok, relations.lexicon(), deny_key) is expected


def test_group_list_with_dashes_parentheses_and_naming_words(nlp):
    text = "Argentina, Brazil, Paraguay and Uruguay - collectively known as Mercosur - met in Asuncion."
    assert _standing(nlp, text) >= {
        ("Argentina", "MEMBER_OF", "Mercosur"),
        ("Uruguay", "MEMBER_OF", "Mercosur"),
    }
    got = _standing(nlp, "Mercosur (Argentina, Brazil, Paraguay and Uruguay) signed the deal with the EU.")
    assert {s for s, c, o in got if c == "MEMBER_OF" and o == "Mercosur"} == {
        "Argentina",
        "Brazil",
        "Paraguay",
        "Uruguay",
    }


def test_group_list_needs_an_apposition_not_a_coordination(nlp):
    assert _standing(nlp, "Argentina, Brazil and Mercosur criticised the tariffs.") == set()
    assert _standing(nlp, "Sanctions were backed by Canada, Japan, the G7 and the EU.") == set()


def test_chair_is_membership_of_states_only(nlp):
    assert _standing(nlp, "Kenya chairs the East African Community this year.") == {
        ("Kenya", "MEMBER_OF", "East African Community")
    }
    # a person chairing is a role, not a state's membership
    assert not any(
        c == "MEMBER_OF" for _, c, _ in _standing(nlp, "William Ruto chairs the East African Community.")
    )
    assert _standing(nlp, "Kenya does not chair the East African Community.") == set()


def test_merge_turns_an_alliance_named_as_modifier_into_membership(nlp):
    got = _standing(nlp, "Norway, a NATO ally, sent frigates to the Baltic.")
    assert got == {("Norway", "MEMBER_OF", "NATO")}


def test_merge_drops_adjectival_allied_read_as_a_verb(nlp):
    text = "Rebels continued to fight Congolese troops and allied Wazalendo militias near Goma."
    assert not any(c == "ALLY" for _, c, _ in _standing(nlp, text))


def test_merge_keeps_one_relation_per_pair_and_sentence(nlp):
    from kg.extract import extract_text

    r = extract_text("Pakistan, a close ally of China, condemned the strikes.", nlp)
    ally = [e for e in r.events if e.category == "ALLY"]
    assert len(ally) == 1 and 0 < ally[0].confidence <= 1
    assert ally[0].evidence is not None and ally[0].evidence.text.startswith("Pakistan, a close ally")


def test_relations_carry_evidence_offsets_and_the_events_extractor(nlp):
    from kg.extract import extract_text
    from kg.extract.events import EXTRACTOR

    text = "Talks stalled. Laos holds the rotating presidency of ASEAN."
    r = extract_text(text, nlp)
    (m,) = [e for e in r.events if e.category == "MEMBER_OF"]
    assert m.extractor == EXTRACTOR
    assert text[m.evidence.start : m.evidence.end] == "Laos holds the rotating presidency of ASEAN."
