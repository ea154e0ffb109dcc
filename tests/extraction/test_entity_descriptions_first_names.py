"""Entity fixes: a first name the model left out after a lower-case title ("Dirco spokesperson
Chrispin Phiri"), and an organization tagged together with its lower-case description ("the
national water commission Conagua"). Our own sentences; the first two cases failed before, the
third (the model already tags "Pemex" alone) guards the trim."""

import pytest


@pytest.fixture(scope="module")
def run(nlp):
    from kg.extract import extract_text

    return lambda text: extract_text(text, nlp, published="2025-06-01")


def test_first_name_after_lower_case_title(run):
    r = run('"We are concerned about the impact," Dirco spokesperson Chrispin Phiri said.')
    assert "Chrispin Phiri" in {e.label for e in r.entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Efraín Morales, head of the national water commission Conagua, said the transfers would continue.",
            "Conagua",
        ),
        ("The deal was signed by state oil firm Pemex and the Chinese company Sinopec.", "Pemex"),
    ],
)
def test_description_is_no_part_of_the_name(run, text, name):
    labels = {e.label for e in run(text).entities}
    assert name in labels
    assert not any(label != name and label.endswith(name) for label in labels)
