"""Resource limits inside the spaCy pipeline: no sentence longer than ``max_chars`` characters.

A scraped page can hold a 100,000-character "sentence" (a table flattened to text, a
list without full stops). Extractors look at pairs of actors inside a sentence, so one
such sentence costs far more than the rest of a corpus. :func:`make_sentence_limit`
(``kg_sentence_limit``) runs *before* the parser and forces a sentence start whenever
the current sentence would exceed the limit, preferably after punctuation or a line
break; the parser respects boundaries set before it, so every sentence it produces
is at most ``max_chars`` characters long (a single token longer than the limit stays
whole: it cannot be split).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["DEFAULT_MAX_SENTENCE_CHARS", "SentenceLimit", "limit_sentences"]

#: Longest sentence (characters) the parser sees; news sentences rarely pass 600.
DEFAULT_MAX_SENTENCE_CHARS = 5_000

# Tokens after which a forced break reads most naturally.
_SOFT_BREAKS = frozenset({",", ";", ":", "-", "--", "\u2013", "\u2014", ")", "]", "|", "/"})


def limit_sentences(doc: Doc, max_chars: int) -> Doc:
    """Set ``is_sent_start`` so that no sentence of ``doc`` spans more than ``max_chars`` characters.

    Within each window of ``max_chars`` characters the break goes after the last
    punctuation mark or line break when there is one in the second half of the window,
    else before the token that would overflow it. Documents shorter than the limit are
    returned untouched.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = limit_sentences(nlp("one two, three four five six seven"), 16)
    >>> [t.text for t in doc if t.is_sent_start]
    ['one', 'three', 'six']
    >>> limit_sentences(nlp("short"), 16)[0].is_sent_start
    True
    """
    if max_chars <= 0 or len(doc.text) <= max_chars:
        return doc
    start_char = doc[0].idx
    soft: int | None = None  # index of the best token to start the next sentence at
    for tok in doc:
        if tok.i == 0:
            continue
        if tok.is_sent_start:  # already a boundary (set by an earlier component)
            start_char, soft = tok.idx, None
            continue
        end = tok.idx + len(tok.text)
        if end - start_char > max_chars:
            cut = soft if soft is not None and doc[soft].idx > start_char else tok.i
            doc[cut].is_sent_start = True
            start_char, soft = doc[cut].idx, None
            # tokens between the cut and this one are now in the new sentence; re-check this one
            if end - start_char > max_chars and cut != tok.i:
                tok.is_sent_start = True
                start_char = tok.idx
        prev = doc[tok.i - 1]
        if (prev.text in _SOFT_BREAKS or "\n" in prev.whitespace_ or tok.is_space) and (
            tok.idx - start_char >= max_chars // 2
        ):
            soft = tok.i
    return doc


class SentenceLimit:
    """The ``kg_sentence_limit`` component (see :func:`limit_sentences`)."""

    def __init__(self, max_chars: int = DEFAULT_MAX_SENTENCE_CHARS) -> None:
        self.max_chars = int(max_chars)

    def __call__(self, doc: Doc) -> Doc:
        return limit_sentences(doc, self.max_chars)


@Language.factory(
    "kg_sentence_limit",
    default_config={"max_chars": DEFAULT_MAX_SENTENCE_CHARS},
    retokenizes=False,
)
def make_sentence_limit(nlp: Language, name: str, max_chars: int) -> SentenceLimit:
    """Factory of the ``kg_sentence_limit`` component (place it before the parser)."""
    return SentenceLimit(max_chars)
