"""Helpers shared by every extractor: evidence from a spaCy span, and event records
filled in from the category code table (``kg/data/categories.json``)."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from kg.model.iris import event_id
from kg.resources import category
from kg.types import Document, Event, Evidence, Quantity

__all__ = [
    "NUMBER_WORDS",
    "doc_text",
    "event_like",
    "lower_words",
    "name_compounds",
    "sentence_evidence",
    "make_event",
    "STRICT_ENV",
    "skip_failure",
]

#: Set to ``1`` to raise a failing trigger's or pass's error instead of skipping it (the test suite
#: and the fuzzing scripts do, so that a bug surfaces where it is made).
STRICT_ENV = "KG_STRICT_EXTRACTION"

_log = logging.getLogger("kg.extract")


#: English number words read as numbers by the date and quantity extractors.
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip


def skip_failure(document: Document, what: str, offset: int, err: Exception) -> None:
    """Contain one failing step of an article's extraction: ``what`` (a trigger, a pass over the
    document, an extractor) yields nothing, the rest of the article's facts still come out, and a
    warning names the document, the step and the character offset. One unforeseen parse shape must
    not cost a researcher every fact of the article (before, it did: E051). With
    ``KG_STRICT_EXTRACTION=1`` the error is raised instead."""
    if os.environ.get(STRICT_ENV) == "1":
        raise err
    _log.warning(
        "%s: skipped %s at character %d (%s: %s)", document.id, what, offset, type(err).__name__, err
    )


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token's text on each access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def sentence(tok: Token | Span) -> Span:
    """``tok.sent`` from a table built once per document. spaCy finds a token's sentence by scanning
    for its boundaries on every access (about 7 microseconds a call, and the extractors ask often);
    here it is a list look-up. The table holds plain integers (sentence bounds), no spaCy objects. A
    span is passed through to spaCy's own ``Span.sent``.

    >>> import spacy
    >>> nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> doc = nlp("Talks ended. Both sides left.")
    >>> sentence(doc[4]).text, sentence(doc[4]) == doc[4].sent
    ('Both sides left.', True)
    """
    if isinstance(tok, Span):
        return tok.sent
    doc = tok.doc
    table = doc.user_data.get("kg_sentence_of")
    if table is None or len(table[0]) != len(doc):
        bounds = [(s.start, s.end) for s in doc.sents]
        of = [0] * len(doc)
        for n, (start, end) in enumerate(bounds):
            of[start:end] = [n] * (end - start)
        table = doc.user_data["kg_sentence_of"] = (of, bounds)
    start, end = table[1][table[0][tok.i]]
    return Span(doc, start, end)


def lower_words(doc: Doc) -> list[str]:
    """Every token's lower-cased text, built once per document (read-only: shared by callers)."""
    words = doc.user_data.get("kg_lower")
    if words is None or len(words) != len(doc):
        words = doc.user_data["kg_lower"] = [t.lower_ for t in doc]
        for t in doc if "HE" in doc.text else ():
            # "Secretary-General HE Jasem Albudaiwi": the official press's unpointed "His/Her
            # Excellency" between a title and a name is the honorific "H.E.", not the pronoun
            if (
                t.text == "HE"
                and 0 < t.i < len(doc) - 1
                and doc[t.i + 1].is_title
                and not doc[t.i - 1].is_upper
            ):
                words[t.i] = "h.e."
    return words


def lower_lemmas(doc: Doc) -> list[str]:
    """Every token's lower-cased lemma, built once per document (read-only: shared by callers)."""
    lemmas = doc.user_data.get("kg_lower_lemmas")
    if lemmas is None or len(lemmas) != len(doc):
        lemmas = doc.user_data["kg_lower_lemmas"] = [t.lemma_.lower() for t in doc]
    return lemmas


def name_compounds(noun: Token) -> list[Token]:
    """The proper-name words compounded before ``noun`` and their own compounds, in order ('the
    [Sanaa] talks', 'the [Kabul] [airport] bombing'): where an event noun names its venue or site."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ != "compound" or c.i > noun.i:
            continue
        out += [c, *(g for g in c.children if g.dep_ == "compound")]
    return out


def sentence_evidence(span: Span, document: Document) -> Evidence:
    """The evidence for anything found in ``span``: its whole sentence with character offsets
    into ``document.text`` (leading/trailing whitespace trimmed).

    >>> from kg.nlp import load_pipeline
    >>> d = Document("d", "Hello there. Russia met China.")
    >>> doc = load_pipeline()(d.text)
    >>> ev = sentence_evidence(doc[3:4], d)
    >>> ev.text, d.text[ev.start:ev.end] == ev.text
    ('Russia met China.', True)
    """
    sent = span.sent
    start, end = sent.start_char, sent.end_char
    text = document.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(doc_id=document.id, text=text[start:end], start=start, end=end)


def make_event(
    document: Document,
    category_name: str,
    sources: Sequence[str],
    targets: Sequence[str] = (),
    *,
    evidence: Evidence,
    trigger: str | None = None,
    trigger_start: int | None = None,
    confidence: float = 0.5,
    extractor: str,
    cameo: str | None = None,
    goldstein: float | None = None,
    mode: str | None = None,
    context: Sequence[str] = (),
    modality: str = "asserted",
    date: str | None = None,
    date_text: str | None = None,
    location: str | None = None,
    role: str | None = None,
    quote: str | None = None,
    quantity: Quantity | None = None,
) -> Event:
    """An :class:`kg.types.Event` with a deterministic id, and CAMEO / Goldstein / PLOVER
    score defaulting to the category table's values when not given.

    >>> d = Document("d", "The US threatened Russia.")
    >>> e = make_event(d, "THREATEN", ["Q30"], ["Q159"], evidence=Evidence("d", d.text, 0, 25),
    ...                trigger="threatened", extractor="test.v1")
    >>> e.cameo, e.goldstein, e.plover_score
    ('130', -4.4, -3.5)
    """
    row = category(category_name)
    start = trigger_start if trigger_start is not None else evidence.start
    srcs, tgts = tuple(sources), tuple(targets)
    if row.get("symmetric") and not tgts:
        srcs = tuple(sorted(dict.fromkeys(srcs)))
    return Event(
        id=event_id(document.id, category_name, srcs, tgts, start, trigger),
        doc_id=document.id,
        category=category_name,
        sources=srcs,
        targets=tgts,
        evidence=evidence,
        confidence=round(max(0.0, min(1.0, confidence)), 3),
        trigger=trigger,
        cameo=cameo if cameo is not None else row.get("cameo"),
        goldstein=goldstein if goldstein is not None else row.get("goldstein"),
        plover_score=row.get("plover_score"),
        mode=mode,
        context=tuple(context),
        modality=modality,
        date=date,
        date_text=date_text,
        location=location,
        role=role,
        quote=quote,
        quantity=quantity,
        extractor=extractor,
    )


def _carried_over(event: Event) -> dict:
    """What an event derived from ``event`` keeps of it: its extractor, CAMEO code, Goldstein
    score, mode, context, modality, date and place."""
    return {
        "extractor": event.extractor,
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "mode": event.mode,
        "context": event.context,
        "modality": event.modality,
        "date": event.date,
        "date_text": event.date_text,
        "location": event.location,
    }


def event_like(
    document: Document,
    event: Event,
    category_name: str,
    sources: Sequence[str],
    targets: Sequence[str] = (),
    *,
    trigger_start: int,
    factor: float,
) -> Event:
    """An event of ``category_name`` between ``sources`` and ``targets`` read off the same words as
    ``event`` (its evidence, trigger, codes, context, modality, date and place), at ``factor`` times
    its confidence: a participant the discourse adds ("joined by Z", "the two leaders")."""
    return make_event(
        document,
        category_name,
        sources,
        targets,
        evidence=event.evidence,
        trigger=event.trigger,
        trigger_start=trigger_start,
        confidence=event.confidence * factor,
        **_carried_over(event),
    )


def event_restated(
    document: Document,
    event: Event,
    sources: Sequence[str],
    targets: Sequence[str],
    tok: Token,
    *,
    factor: float,
) -> Event:
    """An event of ``event``'s category and codes (context, modality, date and place) between
    ``sources`` and ``targets``, stated again by the words at ``tok``: its sentence is the evidence
    and ``tok`` the trigger, at ``factor`` times ``event``'s confidence ("Y did the same", "The
    companies are A, B and C")."""
    return make_event(
        document,
        event.category,
        sources,
        targets,
        evidence=sentence_evidence(tok.doc[tok.i : tok.i + 1], document),
        trigger=tok.text,
        trigger_start=tok.idx,
        confidence=event.confidence * factor,
        **_carried_over(event),
    )
