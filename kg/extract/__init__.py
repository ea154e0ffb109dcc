"""spaCy ``Doc`` -> entities and assertions (:class:`kg.types.DocResult`).

One module per extractor family; each registers itself by versioned name in
:data:`kg.registry.extractors` and is called with the parsed ``Doc``, the document's
:class:`~kg.extract.entities.EntityIndex` (linked actors) and the
:class:`~kg.types.Document`. No spaCy object leaves this package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

# Importing the extractor modules registers them (built-ins use the public extension point).
from kg.extract import entities as _entities
from kg.extract import events as _events  # noqa: F401
from kg.extract import quantities as _quantities  # noqa: F401
from kg.extract import quotes as _quotes  # noqa: F401
from kg.extract import roles as _roles  # noqa: F401
from kg.extract.common import skip_failure
from kg.registry import extractors
from kg.types import DocResult, Document, Event

__all__ = ["EXTRACTOR_VERSION", "extract_doc", "extract_documents", "extract_text", "registered_extractors"]

#: Version of the extraction rules as a whole; part of every cache key.
EXTRACTOR_VERSION = "kg-extract/0.1.0"


@cache
def registered_extractors() -> tuple[tuple[str, Callable], ...]:
    """Every registered extractor (built-ins and entry-point plugins), sorted by name.

    Looked up once per process: scanning installed entry points costs milliseconds, too
    much to repeat for every document. Plugins must be installed (or imported) before
    the first extraction.

    >>> [name for name, _ in registered_extractors()]
    ['kg.events.v1', 'kg.quantities.v1', 'kg.quotes.v1', 'kg.roles.v1']
    """
    return tuple(sorted(extractors.get_all().items()))


def extract_doc(doc: Doc, document: Document) -> DocResult:
    """Run every registered extractor over an already parsed ``doc`` of ``document``."""
    for what in ("DEP", "ENT_IOB"):
        if not doc.has_annotation(what):
            from kg.errors import ConfigError

            raise ConfigError(f"the spaCy pipeline must set {what} annotations (a parser and NER)")
    doc.user_data["kg_publisher"] = document.publisher  # a national outlet's own ministers (roles)
    index = _entities.link_entities(doc, published=document.published)
    events: dict[str, Event] = {}
    for name, fn in registered_extractors():
        try:
            found = list(fn(doc, index, document=document))
        except Exception as err:  # noqa: BLE001 - one failing extractor costs its own facts only
            skip_failure(document, f"the extractor {name}", 0, err)
            continue
        for ev in found:
            # every participant (and place) is an entity of the output: one the text names only
            # through others ("the two sides" after "Lavrov held talks with Rubio": the US) is
            # recorded from the gazetteer; an event with a participant that cannot be is dropped
            keys = (*ev.sources, *ev.targets, *((ev.location,) if ev.location else ()))
            if all(index.keep(k) if k not in index else True for k in keys):
                events.setdefault(ev.id, ev)
    return DocResult(document=document, entities=tuple(index.entities()), events=tuple(events.values()))


def extract_documents(
    documents: Iterable[Document], nlp: Language, *, batch_size: int = 16
) -> Iterator[DocResult]:
    """Parse documents with ``nlp.pipe`` (streaming) and extract from each, in input order."""
    docs = iter(documents)
    pairs = ((d.text, d) for d in docs)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract_doc(doc, document)


def extract_text(
    text: str, nlp: Language, *, doc_id: str = "text", published: str | None = None
) -> DocResult:
    """Extract from one string (convenience for notebooks and tests)."""
    document = Document(id=doc_id, text=text, published=published)
    return extract_doc(nlp(text), document)
