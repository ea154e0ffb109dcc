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


# Any other error is contained the same way outside the test suite (KG_STRICT_EXTRACTION unset): a
# trigger's drafting, a pass over the document, the events of one draft, a whole extractor. Before,
# any of them sank the article (a KeyError in the discourse rules did, on an unseen article).


def _failing(monkeypatch, module, name, when):
    real = getattr(module, name)

    def wrapped(*args, **kwargs):
        if when(*args):
            raise KeyError("stand-in failure")
        return real(*args, **kwargs)

    wrapped.__name__ = name
    monkeypatch.setattr(module, name, wrapped)


def _accused(tok, *_):
    return tok.lower_ == "accused"


def _accuse_draft(d, *_):
    return d.tok.lower_ == "accused"


STEPS = {"trigger": ("_verb_event", _accused), "draft": ("_finish_draft", _accuse_draft)}


@pytest.mark.parametrize("step", sorted(STEPS))
def test_a_failing_step_costs_its_own_events(event_dyads, monkeypatch, caplog, step):
    from kg.extract import events

    name, when = STEPS[step]
    _failing(monkeypatch, events, name, when)
    monkeypatch.delenv("KG_STRICT_EXTRACTION", raising=False)
    with caplog.at_level(logging.WARNING, logger="kg.extract"):
        _, got = event_dyads(TEXT)
    assert ("Kenya", "ACCUSE", "Uganda") not in got
    assert ("Samia Suluhu Hassan", "CONSULT", "William Ruto") in got
    assert any("skipped" in r.getMessage() and "KeyError" in r.getMessage() for r in caplog.records)


def test_a_failing_pass_costs_its_own_drafts(event_dyads, monkeypatch, caplog):
    from kg.extract import events

    _failing(monkeypatch, events, "_joint_actions", lambda *a: True)
    monkeypatch.delenv("KG_STRICT_EXTRACTION", raising=False)
    with caplog.at_level(logging.WARNING, logger="kg.extract"):
        _, got = event_dyads(TEXT)
    assert {("Kenya", "ACCUSE", "Uganda"), ("Samia Suluhu Hassan", "CONSULT", "William Ruto")} <= got
    assert any("_joint_actions" in r.getMessage() for r in caplog.records)


def test_a_failing_extractor_costs_its_own_facts(role_pairs, monkeypatch, caplog):
    import kg.extract as kx

    def broken(doc, index, *, document):
        raise KeyError("stand-in failure")

    real = kx.registered_extractors()
    monkeypatch.setattr(
        kx, "registered_extractors", lambda: tuple((n, broken if n == "kg.events.v1" else f) for n, f in real)
    )
    monkeypatch.delenv("KG_STRICT_EXTRACTION", raising=False)
    with caplog.at_level(logging.WARNING, logger="kg.extract"):
        pairs, result = role_pairs(TEXT)
    assert ("William Ruto", "Kenya") in pairs  # the roles extractor still ran
    assert not [e for e in result.events if e.extractor == "kg.events.v1"]
    assert any("kg.events.v1" in r.getMessage() for r in caplog.records)


def test_strict_mode_raises(event_dyads, monkeypatch):
    from kg.extract import events

    _failing(monkeypatch, events, "_verb_event", _accused)
    monkeypatch.setenv("KG_STRICT_EXTRACTION", "1")
    with pytest.raises(KeyError, match="stand-in failure"):
        event_dyads(TEXT)
