"""Relations restored between two states (event_lexicon 'restore#ties', 'reestablish#ties',
'resume#ties') keep their CAMEO 05 diplomatic-cooperation reading (AGREE) and, restored in full or at
ambassadorial level as done, are also material cooperation (PLOVER COOPERATE, CAMEO 06: ambassadors
exchanged): 'co_code' with 'co_realized' and 'co_requires'. Relations agreed, sought, pledged or discussed
are not yet restored; an unqualified restoration stays AGREE.
Hand-written sentences with other actors than the annotated sets."""

from __future__ import annotations

import pytest

CASES = [
    ("Kenya restored full diplomatic relations with Somalia last year.", [("Kenya", "COOPERATE", "Somalia")]),
    (
        "In July 2021, Kenya and Somalia restored diplomatic relations at ambassadorial level, with Kenya "
        "naming a new ambassador.",
        [("Kenya", "COOPERATE", "Somalia"), ("Kenya", "AGREE", "Somalia")],
    ),
    ("Ghana and Togo restored full diplomatic ties in 2022.", [("Ghana", "COOPERATE", "Togo")]),
]

NEVER = [
    "In Nairobi, which restored diplomatic relations with Mogadishu in 2023, officials said little.",
    "Ghana and Togo agreed to restore full diplomatic ties.",
    "Ghana and Togo agreed to restore diplomatic ties and reopen embassies within two months.",
    "Ghana has held talks on restoring ties with Togo.",
    "Ghana would seek to resume full diplomatic relations with Togo.",
    "The talks follow a deal struck by Ghana and Togo in Abuja last month to restore diplomatic relations.",
    "Ghana did not restore relations with Togo.",
]


@pytest.mark.parametrize("text,want", CASES, ids=[str(i) for i in range(len(CASES))])
def test_restored_relations(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got


@pytest.mark.parametrize("text", NEVER, ids=[str(i) for i in range(len(NEVER))])
def test_restored_relations_not_yet(event_dyads, text):
    _, got = event_dyads(text)
    assert not [d for d in got if d[1] == "COOPERATE"], got
