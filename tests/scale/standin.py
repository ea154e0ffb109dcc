"""A stand-in extractor for the build machinery's tests: real spaCy NER, trivial events.

Module-level functions, so spawned worker processes and Dask workers can import them
(pytest puts this folder on ``sys.path``, and children inherit it).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from kg.types import DocResult, Document, Entity, Event, Evidence

VERSION = "standin/1"
#: When set, every extraction appends one line (pid and doc id) to this file: tests count them.
LOG_ENV = "KG_TEST_EXTRACTION_LOG"


def extract_documents(documents: Iterable[Document], nlp) -> Iterator[DocResult]:
    docs = list(documents)
    log = os.environ.get(LOG_ENV)
    for doc, document in zip(nlp.pipe(d.text for d in docs), docs, strict=True):
        if "RAISE_IN_EXTRACTOR" in document.text:
            raise ValueError("stand-in extractor refuses this article")
        ents: dict[str, Entity] = {}
        for e in doc.ents:
            if e.label_ in ("GPE", "ORG", "PERSON", "NORP"):
                key = f"{e.label_.lower()}:{e.text.lower().replace(' ', '-')}"
                old = ents.get(key)
                ents[key] = Entity(key, e.text, "Other", mentions=(old.mentions if old else 0) + 1)
        events = []
        for sent in doc.sents:
            keys = sorted(
                {f"{e.label_.lower()}:{e.text.lower().replace(' ', '-')}" for e in sent.ents} & set(ents)
            )
            if len(keys) >= 2:
                ev = Evidence(document.id, sent.text, sent.start_char, sent.end_char)
                events.append(
                    Event(
                        f"{document.id}-{sent.start_char}", document.id, "CONSULT", tuple(keys), evidence=ev
                    )
                )
        if log:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(f"{os.getpid()} {document.id}\n")
        yield DocResult(document, tuple(ents[k] for k in sorted(ents)), tuple(events))


def counting_extract(documents: Iterable[Document], nlp) -> Iterator[DocResult]:
    """kg's real extractor, logging one line per document it extracts (to ``$KG_TEST_EXTRACTION_LOG``)."""
    from kg.extract import extract_documents as real

    docs = list(documents)
    results = list(real(docs, nlp))
    log = os.environ.get(LOG_ENV)
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.writelines(f"{os.getpid()} {d.id}\n" for d in docs)
    return iter(results)


def extraction_log(path) -> list[str]:
    """Document ids extracted so far, one per extraction (duplicates mean repeated work)."""
    try:
        with open(path, encoding="utf-8") as fh:
            return [line.split()[1] for line in fh if line.strip()]
    except FileNotFoundError:
        return []
