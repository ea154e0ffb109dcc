"""Roles of officials who summon envoys, of ministers of state with a portfolio, of names the model
left untagged before an apposed demonym title, and of a portfolio region before an employer
("director for Brazil at Y"). Our own sentences; each case failed before the change."""

import pytest


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the summoner serves the state the envoy is posted to
        (
            "Chile lodged a protest with Peru on Tuesday. Deputy Foreign Minister Tomas Riquelme summoned "
            "Juan Quispe, the acting Peruvian ambassador to Chile, to the ministry.",
            ("Tomas Riquelme", "Chile"),
        ),
        # ... or the state of the capital where the envoy is summoned
        (
            "Deputy Foreign Minister Anna Berg summoned Iran's charge d'affaires to the ministry in Stockholm on Friday.",
            ("Anna Berg", "Sweden"),
        ),
        # an untagged name before "the <demonym> ambassador"
        (
            "Thailand summoned Shi Yong, the acting Chinese ambassador to Thailand, on Monday.",
            ("Shi Yong", "China"),
        ),
        # "Minister of State for X" is a title with a portfolio, not an organization "State for X"
        (
            "India's Minister of State for External Affairs, Pabitra Margherita, met the Ghanaian delegation.",
            ("Pabitra Margherita", "India"),
        ),
        # a capitalized title after the possessive opens an apposition before an untagged name
        (
            "The UAE's Minister of State for Foreign Trade, Thani Al Zeyoudi, signed the deal with Kenya.",
            ("Thani Al Zeyoudi", "United Arab Emirates"),
        ),
        # the region of a portfolio, then the employer after "at"
        (
            '"This is leverage," said Maria Ruiz, director for Brazil at the Inter-American Dialogue.',
            ("Maria Ruiz", "Inter-American Dialogue"),
        ),
    ],
)
def test_role_found(role_pairs, text, pair):
    pairs, _ = role_pairs(text)
    assert pair in pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # recalling one's own envoy names no host
        (
            "Foreign Minister Jan Novak summoned the ambassador to Moscow for consultations.",
            ("Jan Novak", "Russia"),
        ),
        (
            "Deputy Foreign Minister Tomas Riquelme summoned Juan Quispe, the acting Peruvian ambassador to Chile, to the ministry.",
            ("Tomas Riquelme", "Peru"),
        ),
        (
            '"This is leverage," said Maria Ruiz, director for Brazil at the Inter-American Dialogue.',
            ("Maria Ruiz", "Brazil"),
        ),
    ],
)
def test_role_not_found(role_pairs, text, pair):
    pairs, _ = role_pairs(text)
    assert pair not in pairs


def test_minister_of_state_portfolio_is_no_organization(role_pairs):
    _, r = role_pairs(
        "India's Minister of State for External Affairs, Pabitra Margherita, met the Ghanaian delegation."
    )
    assert not any("External Affairs" in e.label for e in r.entities)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an organization's title that names it, apposed before the name
        (
            "Carney met the President of the European Commission, Ursula von der Leyen, in Brussels.",
            ("Ursula von der Leyen", "European Commission"),
        ),
        (
            "Lula met the President of the European Council, António Costa, in Brussels.",
            ("António Costa", "European Council"),
        ),
        # a title and its capitalized portfolio the model tagged as an organization
        (
            "Anand met the EU's High Representative for Foreign Affairs and Security Policy, Kaja Kallas, in Brussels.",
            ("Kaja Kallas", "European Union"),
        ),
    ],
)
def test_apposed_org_title_before_name(role_pairs, text, pair):
    pairs, _ = role_pairs(text)
    assert pair in pairs
