"""Leaders who 'witnessed the signing (exchange) of cooperation documents' between their governments
conclude them (CAMEO 057, PLOVER AGREE; GUIDELINES: co-signatories AGREE): state-visit and summit
protocol wording. Nothing is agreed by a lone witness, nor by people who witness fighting."""

from __future__ import annotations


def test_coordinated_witnesses_agree(event_dyads):
    _, got = event_dyads(
        "Chilean President Gabriel Boric and Argentine President Javier Milei witnessed the signing of "
        "six energy agreements in Santiago on Monday."
    )
    assert ("Gabriel Boric", "AGREE", "Javier Milei") in got, got


def test_group_of_witnesses_and_exchange_of_documents(event_dyads):
    _, got = event_dyads(
        "President Lula met President Petro in Bogota on Friday. After the talks, the two presidents "
        "witnessed the exchange of nine cooperation documents."
    )
    assert ("Gustavo Petro", "AGREE", "Luiz Inácio Lula da Silva") in got, got


def test_amount_of_agreements(event_dyads):
    _, got = event_dyads(
        "Qatar and India witnessed the exchange of a number of agreements on energy and shipping."
    )
    assert ("India", "AGREE", "Qatar") in got, got


def test_no_agreement_without_a_document_or_partner(event_dyads):
    _, got = event_dyads(
        "Villagers from Kenya and Uganda witnessed an exchange of fire between the militias. "
        "Observers from Ghana and Togo witnessed the vote in Monrovia."
    )
    assert not [k for k in got if k[1] == "AGREE"], got
