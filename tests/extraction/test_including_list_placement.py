"""A plural noun's 'including' list stands for the noun also where the parser hangs it on the last
noun of the noun's relative clause ('leaders who are promoting a plan, including A and B'), and a
collective's 'of' phrase passes its listed members on ('a delegation of African leaders, including A')."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Putin met a delegation of African leaders, including Kenyan President William Ruto and Nigerian "
        "President Bola Tinubu.",
        [("Vladimir Putin", "CONSULT", "William Ruto"), ("Vladimir Putin", "CONSULT", "Bola Tinubu")],
    ),
    (
        "Putin met a delegation of African leaders who are promoting a peace plan for Sudan, including "
        "Kenyan President William Ruto and Nigerian President Bola Tinubu.",
        [("Vladimir Putin", "CONSULT", "William Ruto"), ("Vladimir Putin", "CONSULT", "Bola Tinubu")],
    ),
    (
        "Kenya has been stepping up security cooperation with countries that share concerns about piracy, "
        "including France, Japan and India.",
        [("Kenya", "COOPERATE", "France"), ("Kenya", "COOPERATE", "Japan"), ("Kenya", "COOPERATE", "India")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_including_list_names_the_members(event_dyads, want_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want_dyads(want) <= got


def test_a_list_inside_the_relative_clause_is_its_own(event_dyads):
    # the list does not close the relative clause: it belongs to the clause's own noun
    _evs, got = event_dyads(
        "Kenya has been stepping up security cooperation with countries that buy goods, including tea and "
        "coffee, from Uganda."
    )
    assert not any(c == "COOPERATE" and "Uganda" in (s, o) for s, c, o in got)
