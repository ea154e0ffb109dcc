"""A nameless 'the Foreign Minister' is the holder of that title named most recently before it
('Foreign Minister X'), not the article's most mentioned
holder (centering). Hand-written sentences from several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Foreign Minister Penny Wong of Australia met Fijian officials on Monday. Wong said Australia "
        "would fund a new hospital. Wong also pledged support for Fiji's police.\n\n"
        "Later, New Zealand's Foreign Minister Winston Peters arrived in Suva. The Foreign Minister also "
        "held talks with Tonga's envoy.",
        "The Foreign Minister",
        "Winston Peters",
    ),
    (
        "Defence Minister Gilberto Pichetto met Chilean officials. Pichetto praised Chile. Pichetto then "
        "flew home.\n\nOn Tuesday, Defence Minister Maya Fernandez of Chile received Peru's envoy. "
        "The Defence Minister said talks would continue.",
        "The Defence Minister",
        "Maya Fernandez",
    ),
]


@pytest.mark.parametrize("text,phrase,holder", CASES, ids=[c[2] for c in CASES])
def test_nameless_title_is_latest_holder(nlp, text, phrase, holder):
    from kg.extract.entities import link_entities

    doc = nlp(text)
    idx = link_entities(doc)
    start = text.rindex(phrase)
    tok = next(t for t in doc if t.idx == start)
    m = idx.at_token(tok.i + 1)
    assert m is not None and holder in {mm.text for mm in idx.mentions if mm.key == m.key}
