"""Sources -> :class:`kg.types.Document`: one reader per input format.

Readers are registered by suffix in :data:`kg.registry.readers`; :func:`read_sources`
walks files and folders, reads each with the reader for its suffix, and reports every
unreadable input as an :class:`kg.errors.InputError` without stopping the others.
"""

from kg.ingest.readers import (
    DEFAULT_MAX_DOC_CHARS,
    SUPPORTED_SUFFIXES,
    iter_paths,
    read_file,
    read_sources,
)

__all__ = ["DEFAULT_MAX_DOC_CHARS", "SUPPORTED_SUFFIXES", "iter_paths", "read_file", "read_sources"]
