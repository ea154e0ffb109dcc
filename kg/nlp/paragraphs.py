"""Line and paragraph breaks end sentences.

News text puts headlines, section titles, bylines and paragraphs on lines of their own,
often without a full stop ("Putin pounds Ukraine while Trump entices"). The statistical
parser then glues such a line onto the next sentence, and an event found there would carry
two unrelated lines as its evidence. ``kg_paragraph_breaks`` runs before the parser and
marks the first token after any line break as a sentence start; the parser keeps
boundaries set before it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["mark_line_breaks"]


def mark_line_breaks(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first non-space token after each line break.

    Examples
    --------
    >>> import spacy
    >>> doc = mark_line_breaks(spacy.blank("en")("Talks stall\\n\\nIran said no. Then\\nit agreed"))
    >>> [t.text for t in doc if t.is_sent_start]
    ['Talks', 'Iran', 'it']
    """
    newline = False
    for tok in doc:
        if tok.is_space:
            newline = newline or "\n" in tok.text
            continue
        if newline and tok.i > 0:
            tok.is_sent_start = True
        newline = "\n" in tok.whitespace_
    return doc


@Language.component("kg_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """The ``kg_paragraph_breaks`` component (see :func:`mark_line_breaks`); place it before the parser."""
    return mark_line_breaks(doc)
