"""Labels a voice puts on another side's leader or words (CAMEO 111 criticize or denounce, insults
included): a positive qualification denied ('called Y "not a legitimate president"', 'said Y was not a
reliable partner', 'called Y "not a partner for peace"'; speech_acts.json 'predicate_evaluation'
'negated_positive' and 'denied_heads'); the insults of diplomatic rows ('ignorant', 'incompetent', 'a
clown', 'a fugitive'; event_lexicon.json vocabularies.pejorative), with the judging 'as' phrase also
when the parser hangs it on the object; 'call' with a naming complement is no telephone call; the
other side's words judged false or absurd ('absurd versions from Y', 'Y's baseless claims';
speech_acts.json actor_judgement 'claim_nouns'). Never a denied 'legitimate target', a contrast ('not a
friend but a neighbour'), praise, or a supposed claim ('any false claims by Y would be answered').
Hand-written sentences from many conflicts through the real pipeline; each case gives the exact
(source, category, target) set."""

from __future__ import annotations

import pytest

CASES = [
    # a positive qualification denied to another side's leader
    (
        'Rubio called Maduro "a fugitive of American justice" and "not a legitimate president".',
        {("Marco Rubio", "ACCUSE", "Nicolás Maduro")},
    ),
    (
        'Putin said the Ukrainian president was "not a legitimate leader".',
        {("Vladimir Putin", "ACCUSE", "Ukraine")},
    ),
    (
        "The Hungarian prime minister said the Ukrainian government was not a reliable partner.",
        {("Hungary", "ACCUSE", "Ukraine")},
    ),
    (
        'The Serbian president called the Kosovo prime minister "not a partner for peace".',
        {("Serbia", "ACCUSE", "Kosovo")},
    ),
    ('"Kazakhstan is not a legitimate target," the Russian ambassador said.', set()),
    ("The Greek minister said Turkey was not a friend but was a neighbour.", set()),
    # insults of leaders; a naming complement is no telephone call
    ('Milei described Mexico\'s president as "ignorant".', {("Javier Milei", "ACCUSE", "Mexico")}),
    ('The Brazilian president called Milei "incompetent".', {("Brazil", "ACCUSE", "Javier Milei")}),
    (
        'Lukashenko called the Polish prime minister "a clown".',
        {("Alexander Lukashenko", "ACCUSE", "Poland")},
    ),
    ('The Turkish president called Netanyahu "a legitimate leader".', set()),
    (
        "Erdogan called President Aliyev, his Azerbaijani counterpart, on Sunday.",
        {("Recep Tayyip Erdogan", "CONSULT", "Ilham Aliyev")},
    ),
    # another side's words judged false or absurd
    (
        'Aliyev said "we heard absurd versions from certain state bodies of Russia".',
        {("Ilham Aliyev", "ACCUSE", "Russia")},
    ),
    (
        '"China\'s baseless claims will not change the facts," the Philippine foreign secretary said.',
        {("Philippines", "ACCUSE", "China")},
    ),
    (
        "Ankara said Athens's groundless allegations were damaging relations.",
        {("Turkey", "ACCUSE", "Greece")},
    ),
    ('"Any false claims by Beijing would be answered," the Taiwanese foreign minister said.', set()),
    ("The Indian minister said Pakistan's claims were under review.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_speech_label_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
