"""Named registries for pluggable pieces, on ``catalogue`` like spaCy's ``registry``.

Built-ins register exactly as an outside plugin would::

    @registry.readers(".txt")
    def read_text(path, **opts): ...
"""

from __future__ import annotations

import catalogue

__all__ = ["readers", "extractors"]

#: Input readers by file suffix: ``fn(path, *, max_doc_chars) -> Iterator[Document | InputError]``.
readers = catalogue.create("kg", "readers", entry_points=True)
#: Extractors by versioned name: ``fn(doc, index, *, document) -> list[Event]``.
extractors = catalogue.create("kg", "extractors", entry_points=True)
