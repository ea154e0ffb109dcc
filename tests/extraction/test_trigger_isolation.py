"""One trigger whose actor search does not terminate (a RecursionError from a parse shape the rules loop
on, as "the consensus reached by the two leaders" once did) costs that trigger only: the article's other
events still come out, and the skip is logged. Before, the error sank the whole article (E051)."""

from __future__ import annotations

import logging

import pytest

TEXT = (
    "Kenya accused Uganda of arming the rebels on Monday. "
    "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on Tuesday."
)


@pytest.fixture
def looping_accuse(monkeypatch):
    """Make the drafting of every 'accused' trigger fail as a runaway recursion would."""
    from kg.extract import events

    real = events._verb_event

    def draft(tok, *args, **kwargs):
        if tok.lower_ == "accused":
            raise RecursionError("maximum recursion depth exceeded")
        return real(tok, *args, **kwargs)

    monkeypatch.setattr(events, "_verb_event", draft)


def test_other_events_survive_a_looping_trigger(event_dyads, looping_accuse, caplog):
    with caplog.at_level(logging.WARNING, logger="kg.extract.events"):
        _, got = event_dyads(TEXT)
    assert ("Kenya", "ACCUSE", "Uganda") not in got
    assert ("Samia Suluhu Hassan", "CONSULT", "William Ruto") in got
    assert any("accused" in r.getMessage() and "skipped" in r.getMessage() for r in caplog.records)


def test_without_the_loop_both_events_come_out(event_dyads):
    _, got = event_dyads(TEXT)
    assert ("Kenya", "ACCUSE", "Uganda") in got
    assert ("Samia Suluhu Hassan", "CONSULT", "William Ruto") in got
