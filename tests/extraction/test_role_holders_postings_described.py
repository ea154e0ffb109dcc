"""Roles: an appointing leader titled earlier in the text ("Niger's President A ... A named B as
prime minister"), an organization's official posted in a state ("Wagner's then-head in Mali,
X"), and an organization the model left untagged after a noun of its kind ("director of the
Istanbul-based think-tank Edam"). Our own sentences; each case failed before."""

import pytest


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Niger's President Mohamed Bazoum spoke on Sunday. Bazoum dissolved the cabinet and named "
            "Jean Mbadinga as prime minister.",
            ("Jean Mbadinga", "Niger"),
        ),
        (
            "Washington sanctioned Wagner's then-head in Libya, Anton Petrov, in 2022.",
            ("Anton Petrov", "Wagner Group"),
        ),
        (
            '"The vote is about the economy," said Ayla Demir, director of the Istanbul-based think-tank Edam.',
            ("Ayla Demir", "Edam"),
        ),
    ],
)
def test_role_found(role_pairs, text, pair):
    pairs, _ = role_pairs(text)
    assert pair in pairs


def test_posting_is_not_the_employer(role_pairs):
    pairs, _ = role_pairs("Washington sanctioned Wagner's then-head in Libya, Anton Petrov, in 2022.")
    assert ("Anton Petrov", "Libya") not in pairs
