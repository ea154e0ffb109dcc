"""kg's tokenizer additions on top of the spaCy pipeline's rules."""

from __future__ import annotations


def test_end_of_story_mark_split_from_last_word(nlp):
    """Some agencies end a story with './.' glued to the last word; the word must stay a name
    (it was one token 'Singapore./.' and no entity)."""
    doc = nlp("The president left for Indonesia and Singapore./.")
    assert [t.text for t in doc][-2:] == ["Singapore", "./."]
    assert "Singapore" in [e.text for e in doc.ents]


def test_end_marks_leave_other_slashes_alone(nlp):
    assert [t.text for t in nlp.make_doc("and/or 1/2 U.S. http://x.org/a.b")] == [
        "and/or",
        "1/2",
        "U.S.",
        "http://x.org/a.b",
    ]


def test_abbreviation_before_hyphen_is_split(nlp):
    """'U.S.-backed' was one token, so the state behind a backed proposal was not read."""
    assert [t.text for t in nlp.make_doc("a U.S.-backed plan")] == ["a", "U.S.", "-", "backed", "plan"]
    assert [t.text for t in nlp.make_doc("a well-known state-run firm")] == [
        "a", "well", "-", "known", "state", "-", "run", "firm",
    ]  # fmt: skip
