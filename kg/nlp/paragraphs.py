"""Line and paragraph breaks end sentences; nothing else but punctuation does.

News text puts headlines, section titles, bylines and paragraphs on lines of their own,
often without a full stop ("Putin pounds Ukraine while Trump entices"). The statistical
parser then glues such a line onto the next sentence, and an event found there would carry
two unrelated lines as its evidence. It also sometimes splits a sentence where no
punctuation is ("Ukraine | and Russia exchanged prisoners", right after a byline).
``kg_paragraph_breaks`` runs before the parser: the first token after a line break starts a
sentence, and a token that follows neither a line break nor sentence-final punctuation
(``. ! ? … : ;``, possibly inside a closing quote or bracket) does not, nor does a closing quote or
bracket glued to such punctuation ('was "unacceptable."' at a paragraph's end). The parser keeps
boundaries set before it; the sentence-length limit may still cut an overlong sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["mark_line_breaks"]


_FINAL = frozenset(".!?…:;")
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})


def _ends_sentence(prev, before) -> bool:
    if prev.text[-1] in _FINAL:
        return True
    return prev.text in _CLOSERS and before is not None and before.text[-1] in _FINAL


def mark_line_breaks(doc: Doc) -> Doc:
    """Sentence starts after line breaks; no sentence start without a line break or final punctuation.

    Examples
    --------
    >>> import spacy
    >>> doc = mark_line_breaks(spacy.blank("en")("Talks stall\\n\\nIran said no. Then\\nit agreed"))
    >>> [t.text for t in doc if t.is_sent_start]
    ['Talks', 'Iran', 'it']
    >>> [t.text for t in doc if t.is_sent_start is False]
    ['stall', 'said', 'no', '.', 'agreed']
    >>> doc = mark_line_breaks(spacy.blank("en")('He called it "unacceptable."\\n\\nThen "we left."'))
    >>> [t.text for t in doc if t.is_sent_start], doc[6].is_sent_start
    (['He', 'Then'], False)
    """
    newline = False
    prev = before = None
    for tok in doc:
        if tok.is_space:
            newline = newline or "\n" in tok.text
            continue
        if tok.i > 0:
            if newline:
                tok.is_sent_start = True
            elif prev is not None and not _ends_sentence(prev, before):
                tok.is_sent_start = False
            elif tok.text in _CLOSERS and not prev.whitespace_ and prev.text[-1] in _FINAL:
                tok.is_sent_start = False  # 'was "completely unacceptable."': the quote closes, not opens
        newline = "\n" in tok.whitespace_
        prev, before = tok, prev
    return doc


@Language.component("kg_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """The ``kg_paragraph_breaks`` component (see :func:`mark_line_breaks`); place it before the parser."""
    return mark_line_breaks(doc)
