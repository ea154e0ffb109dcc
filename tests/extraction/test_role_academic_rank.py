"""'Professor' between an office and a name is skipped like a military rank ("Chief Adviser Professor
Y" holds "Chief Adviser"); alone before a name it stays the role. Our own sentences; the first two
cases failed before, the third guards the title."""


def test_professor_between_office_and_name(role_pairs):
    pairs, _ = role_pairs("Bangladesh's Chief Adviser Professor Muhammad Yunus met Shehbaz Sharif.")
    assert ("Muhammad Yunus", "Bangladesh") in pairs


def test_professor_between_office_and_name_state_from_gazetteer(role_pairs):
    pairs, _ = role_pairs(
        "Dar later called on Chief Adviser Professor Muhammad Yunus at the state guest house."
    )
    assert ("Muhammad Yunus", "Bangladesh") in pairs


def test_professor_alone_is_the_role(role_pairs):
    _, r = role_pairs("Professor John Smith of Oxford University said the deal was weak.")
    assert [e.role for e in r.events if e.category == "ROLE"] == ["Professor"]
