"""Readers for ``.txt``/``.md`` (optional YAML front matter), ``.html`` and ``.jsonl`` inputs."""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

from kg.errors import InputError, msg
from kg.registry import readers
from kg.types import Document

__all__ = [
    "DEFAULT_MAX_DOC_CHARS",
    "SUPPORTED_SUFFIXES",
    "iter_paths",
    "read_file",
    "read_sources",
    "parse_front_matter",
    "normalize_date",
    "doc_id_from",
]

#: Documents longer than this are skipped with an error (spaCy's own default ``max_length``).
DEFAULT_MAX_DOC_CHARS = 1_000_000
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_PUBLISHED_LINE = re.compile(r"^\s*(?:Published|Posted|Updated|Date)\s*:\s*(.+?)\s*$", re.I | re.M)
_KNOWN_META = ("title", "url", "published", "publisher")


def doc_id_from(text: str) -> str:
    """A document id from a file stem or record id: kept as is when safe, else slugged.

    >>> doc_id_from("000_a7052c9fcf0f658b")
    '000_a7052c9fcf0f658b'
    >>> doc_id_from("Report: Iran & Iraq")
    'Report-Iran-Iraq'
    """
    s = re.sub(r"[^A-Za-z0-9_.-]+", "-", text.strip()).strip("-.")
    return s or "doc"


def normalize_date(value: object) -> str | None:
    """An ISO date string from a date, datetime or free-text date; ``None`` if unreadable.

    >>> normalize_date("March 10, 2025 11:00pm")
    '2025-03-10'
    >>> normalize_date(_dt.date(2024, 2, 1))
    '2024-02-01'
    >>> normalize_date("not a date") is None
    True
    """
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    from dateutil import parser as dparser

    try:
        return dparser.parse(str(value), fuzzy=False, default=_dt.datetime(1900, 1, 1)).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        return None


def parse_front_matter(text: str, path: str = "<text>") -> tuple[dict, str]:
    """Split YAML front matter (between ``---`` lines) from the body.

    >>> meta, body = parse_front_matter("---\\ntitle: T\\npublished: 2025-03-10\\n---\\nBody.")
    >>> meta["title"], meta["published"], body
    ('T', '2025-03-10', 'Body.')
    """
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as err:
        reason = str(err).splitlines()[0]
        raise InputError(msg("E007", path=path, reason=reason)) from err
    if not isinstance(meta, dict):
        raise InputError(msg("E007", path=path, reason="expected key: value lines"))
    meta = {str(k).lower(): v for k, v in meta.items()}
    if "published" in meta:
        meta["published"] = normalize_date(meta["published"])
    return meta, text[m.end() :]


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise InputError(msg("E002", path=path))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(msg("E004", path=path, reason=f"bad UTF-16 at byte {err.start}")) from err
    sample = data[:8192]
    if b"\x00" in sample or sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) * 0.05:
        raise InputError(msg("E003", path=path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            msg("E004", path=path, reason=f"invalid byte 0x{data[err.start]:02x} at offset {err.start}")
        ) from err
    if not text.strip():
        raise InputError(msg("E002", path=path))
    return text


def _check_size(path: object, text: str, max_doc_chars: int) -> None:
    if max_doc_chars and len(text) > max_doc_chars:
        raise InputError(msg("E008", path=path, size=len(text), limit=max_doc_chars))


def _published_from_body(body: str) -> str | None:
    m = _PUBLISHED_LINE.search(body[:2000])
    return normalize_date(m.group(1)) if m else None


@readers(".txt")
@readers(".md")
@readers(".markdown")
def read_text(path: Path, *, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS) -> Iterator[Document]:
    """A plain-text or Markdown article, with optional YAML front matter
    (``title``, ``url``, ``published``, ``publisher``, ``id``)."""
    text = _decode(path, path.read_bytes())
    meta, body = parse_front_matter(text, str(path))
    if not body.strip():
        raise InputError(msg("E002", path=path))
    _check_size(path, body, max_doc_chars)
    yield Document(
        id=doc_id_from(str(meta.get("id") or path.stem)),
        text=body,
        title=_str(meta.get("title")),
        url=_str(meta.get("url")),
        published=meta.get("published") or _published_from_body(body),
        publisher=_str(meta.get("publisher")),
        source=str(path),
    )


def _str(v: object) -> str | None:
    return None if v is None or v == "" else str(v)


@readers(".html")
@readers(".htm")
def read_html(path: Path, *, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS) -> Iterator[Document]:
    """An HTML page: main text extracted with trafilatura, boilerplate (menus, ads, comments) dropped."""
    import trafilatura

    html = _decode(path, path.read_bytes())
    try:
        text = trafilatura.extract(
            html, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
        )
        meta = trafilatura.extract_metadata(html)
    except Exception as err:  # noqa: BLE001 - lxml/trafilatura raise many types on broken pages
        raise InputError(msg("E030", path=path, reason=type(err).__name__)) from err
    if not text or not text.strip():
        raise InputError(msg("E031", path=path))
    _check_size(path, text, max_doc_chars)
    yield Document(
        id=doc_id_from(path.stem),
        text=text,
        title=_str(getattr(meta, "title", None)),
        url=_str(getattr(meta, "url", None)),
        published=normalize_date(getattr(meta, "date", None)),
        publisher=_str(getattr(meta, "sitename", None)),
        source=str(path),
    )


@readers(".jsonl")
def read_jsonl(path: Path, *, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS) -> Iterator[Document | InputError]:
    """A corpus, one article per line: ``text`` plus optional ``id``, ``title``, ``url``,
    ``published``, ``publisher``. Broken lines are yielded as errors naming the line number;
    the other lines are still read. Streams: one line in memory at a time."""
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8"))
                if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                    raise ValueError("missing string field 'text'")
                if not rec["text"].strip():
                    raise ValueError("empty 'text'")
                _check_size(f"{path}:{lineno}", rec["text"], max_doc_chars)
            except InputError as err:
                yield err
                continue
            except (ValueError, UnicodeDecodeError) as err:
                reason = str(err).splitlines()[0][:120]
                yield InputError(msg("E006", path=path, line=lineno, reason=reason))
                continue
            rid = rec.get("id")
            yield Document(
                id=doc_id_from(str(rid)) if rid not in (None, "") else f"{doc_id_from(path.stem)}-{lineno}",
                text=rec["text"],
                title=_str(rec.get("title")),
                url=_str(rec.get("url")),
                published=normalize_date(rec.get("published")),
                publisher=_str(rec.get("publisher")),
                source=f"{path}:{lineno}",
            )


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Expand files and folders (recursively, sorted) into input files; missing paths become errors.
    Files inside folders with unsupported suffixes are skipped silently; named files are not."""
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not f.name.startswith("."):
                    yield f
        elif p.is_file():
            yield p
        else:
            yield InputError(msg("E001", path=p))


def read_file(path: Path, *, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS) -> Iterator[Document | InputError]:
    """Read one input file with the reader registered for its suffix; errors are yielded, not raised."""
    suffix = path.suffix.lower()
    if suffix not in readers.get_all():
        yield InputError(msg("E005", path=path, suffix=suffix or "(none)", valid=", ".join(SUPPORTED_SUFFIXES)))
        return
    try:
        yield from readers.get(suffix)(path, max_doc_chars=max_doc_chars)
    except InputError as err:
        yield err
    except OSError as err:
        yield InputError(msg("E012", path=path, fmt="file", reason=err.strerror or type(err).__name__))


def read_sources(
    inputs: Iterable[str | Path], *, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS
) -> Iterator[Document | InputError]:
    """Every document of every input, in order; unreadable inputs are yielded as :class:`InputError`.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("---\\ntitle: A\\n---\\nRussia and China met.")
    >>> _ = (d / "b.txt").write_text("")
    >>> [type(x).__name__ for x in read_sources([d / "a.txt", d / "b.txt", d / "nope.txt"])]
    ['Document', 'InputError', 'InputError']
    """
    for p in iter_paths(inputs):
        if isinstance(p, InputError):
            yield p
        else:
            yield from read_file(p, max_doc_chars=max_doc_chars)
