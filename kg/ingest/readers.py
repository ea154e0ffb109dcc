"""Readers for ``.txt``/``.md`` (optional YAML front matter), ``.html`` and ``.jsonl`` inputs.

Bad input never raises past :func:`read_file`: each unreadable file (or JSONL line) becomes
one :class:`~kg.errors.InputError` naming it and the reason, and the rest is still read.

Rules every reader follows (see README, "Limits and safety"):

- Text is UTF-8 (a UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark is
  accepted). HTML may declare another charset with ``<meta charset>``. Anything else is
  refused with ``[E004]``, giving the line and column of the first bad byte and a guess
  of the real encoding with the command that converts it. We refuse rather than guess:
  a wrong guess silently garbles names.
- Sizes are checked before anything is decoded or parsed: a file that cannot fit the
  ``max_doc_chars`` limit is refused from its size on disk and never read whole; a JSONL
  line is read with a bounded buffer.
- Text is cleaned without moving any character (offsets into ``Document.text`` stay the
  offsets into the decoded file): control characters other than tab and newlines become
  spaces, unpaired surrogates become U+FFFD.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

from kg.errors import InputError
from kg.errors import msg as _format_msg
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
    "clean_text",
    "is_blank",
    "html_text",
    "HTML_BYTES_PER_CHAR",
    "JSONL_BYTES_PER_CHAR",
]

#: Documents longer than this are skipped with an error (spaCy's own default ``max_length``).
DEFAULT_MAX_DOC_CHARS = 1_000_000
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
#: An HTML page may be this many times ``max_doc_chars`` bytes (markup, scripts, styles) before
#: it is refused unparsed: 5 MB at the default limit, far above any news page, and a bound on
#: trafilatura's time (1-2 s a megabyte on two busy cores).
HTML_BYTES_PER_CHAR = 5
#: Metadata (title, canonical URL, date, site name) is read from the page's first this-many
#: characters: it sits in the head and the article's header, and trafilatura's metadata pass
#: costs as much as the text extraction itself on a multi-megabyte page.
_HTML_META_CHARS = 256 * 1024
#: A JSONL line may be this many times ``max_doc_chars`` bytes (``\\uXXXX`` escapes take 6 bytes a
#: character, surrogate pairs 12) before it is refused unparsed.
JSONL_BYTES_PER_CHAR = 12
#: UTF-8 needs at most 4 bytes per character: a text file over 4 x limit bytes cannot fit.
_UTF8_MAX_BYTES = 4

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_PUBLISHED_LINE = re.compile(r"^\s*(?:Published|Posted|Updated|Date)\s*:\s*(.+?)\s*$", re.I | re.M)
_KNOWN_META = ("title", "url", "published", "publisher")


_CONTROL = re.compile("[\\x00-\\x1f\\x7f-\\x9f]")


def _printable(value: object) -> object:
    """``value`` with control characters shown as ``\\xNN``: a file name or a parser's reason
    must not write escape sequences to the user's terminal or break the one-line error."""
    if isinstance(value, str | Path):
        return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))
    return value


def _msg(code: str, **kwargs: object) -> str:
    """:func:`kg.errors.msg` with every value made printable (see :func:`_printable`).

    >>> _msg("E002", path="evil\\x1b[2J.txt")
    '[E002] evil\\\\x1b[2J.txt: the file is empty'
    """
    return _format_msg(code, **{k: _printable(v) for k, v in kwargs.items()})


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
        text = str(value)[:100]  # dates are short; a megabyte "date" is not worth parsing
        return dparser.parse(text, fuzzy=False, default=_dt.datetime(1900, 1, 1)).date().isoformat()
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
        # Headlines often hold a colon ("title: LIVE: talks resume"), which YAML rejects:
        # read plain `key: value` lines instead, splitting on the first colon.
        meta = _plain_front_matter(m.group(1))
        if meta is None:
            reason = str(err).splitlines()[0]
            raise InputError(_msg("E007", path=path, reason=reason)) from err
    except RecursionError as err:  # pathologically nested YAML
        raise InputError(_msg("E007", path=path, reason="nested too deeply")) from err
    if not isinstance(meta, dict):
        raise InputError(_msg("E007", path=path, reason="expected key: value lines"))
    meta = {str(k).lower(): v for k, v in meta.items()}
    if "published" in meta:
        meta["published"] = normalize_date(meta["published"])
    return meta, text[m.end() :]


_PLAIN_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


def _plain_front_matter(block: str) -> dict | None:
    """``key: value`` lines (value = everything after the first colon, quotes stripped), or None
    when a line is not of that form or a value uses YAML syntax (flow collections, tags, anchors).

    >>> _plain_front_matter("title: LIVE: talks resume\\npublished: 2025-05-07")
    {'title': 'LIVE: talks resume', 'published': '2025-05-07'}
    >>> _plain_front_matter("title: !!python/object x") is None
    True
    """
    meta: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _PLAIN_LINE.match(line)
        if not m or m.group(2)[:1] in ("[", "{", "!", "&", "*", "|", ">"):
            return None
        value = m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[m.group(1)] = value
    return meta or None


# C0 controls except tab/LF/CR, DEL, C1 controls, unpaired surrogates, and the two noncharacters
# U+FFFE/U+FFFF: none is text, several break XML/RDF serializers or terminals.
_BAD_CHARS = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ufffe\\uffff]")
_SURROGATE = re.compile("[\\ud800-\\udfff]")


def clean_text(text: str) -> str:
    """``text`` with control characters as spaces, U+2028/U+2029 as ``\\n`` and unpaired surrogates
    as U+FFFD; same length.

    Tabs, newlines and carriage returns, zero-width characters (ZWJ/ZWNJ matter in Arabic,
    Persian and Indic scripts) and right-to-left marks are kept.

    >>> clean_text("Iran\\x00and\\x1bIraq\\u200b \\ud800\\tend")
    'Iran and Iraq\\u200b \\ufffd\\tend'
    >>> len(clean_text("a\\x07b")) == 3
    True
    """
    text = _BAD_CHARS.sub(" ", text)
    if "\u2028" in text or "\u2029" in text:  # line/paragraph separators: plain line breaks
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text


def _file_size(path: Path) -> int | None:
    try:
        st = path.stat()
    except OSError:
        return None
    import stat as _stat

    return st.st_size if _stat.S_ISREG(st.st_mode) else None


def _too_big(path: object, size: int, limit: int, per_char: int, what: str = "") -> InputError:
    detail = f" ({per_char} bytes a character allowed)" if per_char != _UTF8_MAX_BYTES else ""
    return InputError(_msg("E008", path=path, size=f"{size:,} bytes{what}, not read{detail}", limit=limit))


def _read_bounded(path: Path, per_char: int, max_doc_chars: int, what: str = "") -> bytes:
    """The file's bytes; refused (E008) from its size, before reading, when it cannot fit the limit."""
    max_bytes = per_char * max_doc_chars
    size = _file_size(path)
    if max_doc_chars and size is not None and size > max_bytes:
        raise _too_big(path, size, max_doc_chars, per_char, what)
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1) if max_doc_chars else fh.read()
    if max_doc_chars and len(data) > max_bytes:  # grew while we looked, or a pipe / special file
        raise _too_big(path, len(data), max_doc_chars, per_char, what)
    return data


def _guess_encoding(data: bytes) -> str | None:
    """The likely encoding of non-UTF-8 ``data`` (for the error message only; we never decode with it)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency of ours and of trafilatura
        return None
    best = from_bytes(data[:65536]).best()
    enc = getattr(best, "encoding", None)
    return None if not enc or enc.replace("_", "-").lower() in ("utf-8", "ascii") else enc


def _utf8_error(path: Path, data: bytes, err: UnicodeDecodeError) -> InputError:
    pos = err.start
    line = data.count(b"\n", 0, pos) + 1
    col = pos - (data.rfind(b"\n", 0, pos) + 1) + 1
    reason = f"invalid byte 0x{data[pos]:02x} at line {line}, column {col}"
    enc = _guess_encoding(data)
    if enc:
        reason += f"; perhaps {enc}: convert it to UTF-8, e.g. iconv -f {enc} -t UTF-8"
    return InputError(_msg("E004", path=path, reason=reason))


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag within its first 4 KB, if Python knows it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _decode(path: Path, data: bytes, *, declared: str | None = None) -> str:
    if not data.strip():
        raise InputError(_msg("E002", path=path))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        declared = None
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(_msg("E004", path=path, reason=f"bad UTF-16 at byte {err.start}")) from err
        return _nonblank(path, clean_text(text))
    sample = data[:8192]
    if b"\x00" in sample or sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) * 0.05:
        raise InputError(_msg("E003", path=path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        if declared and declared not in ("utf-8", "ascii"):
            try:
                text = data.decode(declared)
            except UnicodeDecodeError as err2:
                reason = f"declares charset {declared} but byte {err2.start} is not {declared}"
                raise InputError(_msg("E004", path=path, reason=reason)) from err2
        else:
            raise _utf8_error(path, data, err) from err
    return _nonblank(path, clean_text(text))


# Format characters that show nothing: zero-width space/joiners, word joiner, BOM, direction marks.
_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def is_blank(text: str) -> bool:
    """True when ``text`` shows nothing: only whitespace and invisible format characters.

    >>> is_blank(" \\u200b\\n\\u202e "), is_blank("\\u200bIran")
    (True, False)
    """
    return not text.translate(_INVISIBLE).strip()


def _nonblank(path: object, text: str) -> str:
    if is_blank(text):
        raise InputError(_msg("E002", path=path))
    return text


def _check_size(path: object, text: str, max_doc_chars: int) -> None:
    if max_doc_chars and len(text) > max_doc_chars:
        raise InputError(_msg("E008", path=path, size=f"{len(text):,} characters", limit=max_doc_chars))


def _published_from_body(body: str) -> str | None:
    m = _PUBLISHED_LINE.search(body[:2000])
    return normalize_date(m.group(1)) if m else None


@readers(".txt")
@readers(".md")
@readers(".markdown")
def read_text(path: Path, *, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS) -> Iterator[Document]:
    """A plain-text or Markdown article, with optional YAML front matter
    (``title``, ``url``, ``published``, ``publisher``, ``id``)."""
    data = _read_bounded(path, _UTF8_MAX_BYTES, max_doc_chars)
    text = _decode(path, data)
    meta, body = parse_front_matter(text, str(path))
    if is_blank(body):
        raise InputError(_msg("E002", path=path))
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
    """A metadata value as one cleaned line of at most 2,000 characters; ``None`` unless a scalar."""
    if v is None or v == "" or not isinstance(v, (str, int, float, _dt.date)) or isinstance(v, bool):
        return None
    text = " ".join(clean_text(str(v)[:2000]).split())
    return text or None


@readers(".html")
@readers(".htm")
def read_html(path: Path, *, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS) -> Iterator[Document]:
    """An HTML page: main text extracted with trafilatura, boilerplate (menus, ads, comments) dropped.

    Scripts, styles and comments never reach the text. Pages nested deeper than lxml parses
    (about 255 levels) fall back to :func:`html_text`, a tokenizer with no depth limit.
    The page may be :data:`HTML_BYTES_PER_CHAR` x ``max_doc_chars`` bytes before it is
    refused unparsed.
    """
    import trafilatura

    data = _read_bounded(path, HTML_BYTES_PER_CHAR, max_doc_chars, " of HTML")
    html = _decode(path, data, declared=_declared_charset(data))
    try:
        text = trafilatura.extract(
            html, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
        )
        meta = trafilatura.extract_metadata(html[:_HTML_META_CHARS])
    except Exception as err:  # noqa: BLE001 - lxml/trafilatura raise many types on broken pages
        raise InputError(_msg("E030", path=path, reason=type(err).__name__)) from err
    if not text or is_blank(text):
        fallback, depth = _html_fallback(html)
        if depth < _LXML_MAX_DEPTH:
            raise InputError(_msg("E031", path=path))
        text = fallback
    text = clean_text(text)
    if is_blank(text):
        raise InputError(_msg("E031", path=path))
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


#: libxml2 (under lxml, under trafilatura) stops building the tree below this depth.
_LXML_MAX_DEPTH = 255
_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "head",
        "iframe",
        "object",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
    ]
)
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "article",
        "section",
        "main",
        "blockquote",
        "tr",
        "table",
        "pre",
        "dd",
        "dt",
        "hr",
    ]
)


def _html_fallback(html: str) -> tuple[str, int]:
    """Text outside scripts, styles, comments and page furniture, and the page's nesting depth."""
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip: list[str] = []
            self.depth = self.max_depth = 0

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in _VOID_TAGS:
                if tag in _BLOCK_TAGS:
                    self.parts.append("\n")
                return
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
            if tag in _SKIP_TAGS:
                self.skip.append(tag)
            elif tag in _BLOCK_TAGS:
                self.parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in _VOID_TAGS:
                return
            self.depth = max(0, self.depth - 1)
            if self.skip and tag == self.skip[-1]:
                self.skip.pop()
            elif tag in _BLOCK_TAGS:
                self.parts.append("\n")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(data)

    p = _Text()
    p.feed(html)
    p.close()
    lines = (" ".join(ln.split()) for ln in "".join(p.parts).splitlines())
    return "\n".join(ln for ln in lines if ln), p.max_depth


def html_text(html: str) -> str:
    """Visible text of ``html`` without scripts, styles, comments, head, nav, header, footer or forms.

    Used for pages too deeply nested for trafilatura; a plain tokenizer, so any nesting depth works.

    >>> html_text("<div><script>alert(1)</script><p>Iran &amp; Iraq</p><!-- x --><style>p{}</style></div>")
    'Iran & Iraq'
    """
    return _html_fallback(html)[0]


#: An over-long JSONL line is skipped to its end, reading at most this many bytes (or 8 x the line
#: limit if more); past that, the file is not a corpus of articles and the rest of it is not read.
_JSONL_MAX_SKIP = 1 << 30


def _read_line(fh, max_bytes: int) -> tuple[bytes, int, bool]:
    """One line of at most ``max_bytes`` bytes -> (line, its size, whether the file can go on).

    A longer line is skipped to its end and returned as ``b""`` with its size; one longer than
    :data:`_JSONL_MAX_SKIP` bytes ends the reading of the file.
    """
    raw = fh.readline(max_bytes + 1) if max_bytes else fh.readline()
    if not max_bytes or len(raw) <= max_bytes or raw.endswith(b"\n"):
        return raw, len(raw), True
    size = len(raw)
    while raw and not raw.endswith(b"\n"):
        if size > max(_JSONL_MAX_SKIP, 8 * max_bytes):
            return b"", size, False
        raw = fh.readline(1 << 20)
        size += len(raw)
    return b"", size, True


@readers(".jsonl")
def read_jsonl(path: Path, *, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS) -> Iterator[Document | InputError]:
    """A corpus, one article per line: ``text`` plus optional ``id``, ``title``, ``url``,
    ``published``, ``publisher``. Broken lines are yielded as errors naming the line number;
    the other lines are still read. Streams: one line (at most :data:`JSONL_BYTES_PER_CHAR` x
    ``max_doc_chars`` bytes) in memory at a time."""
    max_bytes = JSONL_BYTES_PER_CHAR * max_doc_chars
    blank = True
    with path.open("rb") as fh:
        if b"\x00" in fh.read(8192):  # JSON text never holds a raw NUL
            raise InputError(_msg("E003", path=path))
        fh.seek(0)
        lineno = 0
        while True:
            lineno += 1
            raw, size, more = _read_line(fh, max_bytes)
            if not size:
                break
            where = f"{path}: line {lineno}"
            if not raw:
                what = " of JSON" if more else " of JSON without a line break; the rest of the file"
                yield _too_big(where, size, max_doc_chars, JSONL_BYTES_PER_CHAR, what)
                if not more:
                    return
                continue
            if not raw.strip():
                continue
            blank = False
            try:
                rec = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
                if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                    raise ValueError("missing string field 'text'")
                text = clean_text(rec["text"])
                if is_blank(text):
                    raise ValueError("empty 'text'")
                _check_size(where, text, max_doc_chars)
            except InputError as err:
                yield err
                continue
            except UnicodeDecodeError as err:
                reason = f"invalid UTF-8 byte 0x{raw[err.start]:02x} at column {err.start + 1}"
                yield InputError(_msg("E006", path=path, line=lineno, reason=reason))
                continue
            except RecursionError:
                yield InputError(_msg("E006", path=path, line=lineno, reason="nested too deeply"))
                continue
            except ValueError as err:
                reason = " ".join(str(err).split())[:120]
                yield InputError(_msg("E006", path=path, line=lineno, reason=reason))
                continue
            rid = _str(rec.get("id"))
            yield Document(
                id=doc_id_from(rid) if rid else f"{doc_id_from(path.stem)}-{lineno}",
                text=text,
                title=_str(rec.get("title")),
                url=_str(rec.get("url")),
                published=normalize_date(_str(rec.get("published"))),
                publisher=_str(rec.get("publisher")),
                source=f"{path}:{lineno}",
            )
    if blank:
        yield InputError(_msg("E002", path=path))


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Expand files and folders (recursively, sorted) into input files; missing paths become errors.

    Inside folders, files with unsupported suffixes and hidden files or folders (``.cache``,
    ``.venv``, ``.git``) are skipped silently; named files are not. A named path that is not a
    regular file (a pipe, a device) is an error, never read: it could block forever.

    >>> import tempfile, pathlib, os
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("a.txt", ".hidden/b.txt", "c.csv"):
    ...     (d / name).parent.mkdir(exist_ok=True)
    ...     _ = (d / name).write_text("x")
    >>> os.mkfifo(d / "pipe.txt")
    >>> [p.name if isinstance(p, pathlib.Path) else str(p)[:6] for p in iter_paths([d, d / "pipe.txt"])]
    ['a.txt', '[E012]']
    """
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if any(part.startswith(".") for part in rel):
                    continue
                if f.suffix.lower() in SUPPORTED_SUFFIXES and f.is_file():
                    yield f
        elif p.is_file():
            yield p
        elif p.exists():
            yield InputError(_msg("E012", path=p, fmt="it", reason="not a regular file"))
        else:
            yield InputError(_msg("E001", path=p))


def read_file(path: Path, *, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS) -> Iterator[Document | InputError]:
    """Read one input file with the reader registered for its suffix; errors are yielded, not raised."""
    suffix = path.suffix.lower()
    if suffix not in readers.get_all():
        yield InputError(
            _msg("E005", path=path, suffix=suffix or "(none)", valid=", ".join(SUPPORTED_SUFFIXES))
        )
        return
    try:
        yield from readers.get(suffix)(path, max_doc_chars=max_doc_chars)
    except InputError as err:
        yield err
    except OSError as err:
        yield InputError(_msg("E012", path=path, fmt="file", reason=err.strerror or type(err).__name__))


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
