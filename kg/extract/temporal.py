"""Dates in the text, normalized against the publication date.

spaCy's DATE entities find the expressions; the rules below turn them into ISO values
('YYYY-MM-DD', 'YYYY-MM' or 'YYYY'). Relative expressions ("last Friday", "on Monday",
"last month", "earlier this year") need the publication date and give ``None`` without
one. An event with no date in its clause gets ``date=None``: the publication date is
never invented as the event date (it is on the document already).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Span, Token

from kg.extract.common import NUMBER_WORDS, sentence

__all__ = [
    "DateMention",
    "DateValue",
    "calendar_word",
    "event_date",
    "find_dates",
    "is_future",
    "normalize_date",
    "parse_iso",
]

_MONTHS = {
    m: i + 1
    for i, ms in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in ms
}
_WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMBERS = {**NUMBER_WORDS, "a": 1, "an": 1}


def calendar_word(word: str) -> bool:
    """Whether ``word`` names a month or a weekday ('May', 'Friday'), which a date may begin with.

    >>> calendar_word("May"), calendar_word("Lula")
    (True, False)
    """
    return word.lower() in _MONTHS or word.lower() in _WEEKDAYS


class DateValue(NamedTuple):
    """A normalized date: ``value`` (ISO, possibly reduced precision) and, for ranges, ``end``."""

    value: str
    end: str | None = None


def parse_iso(s: str | None) -> date | None:
    """A ``date`` from 'YYYY-MM-DD' (or None).

    >>> parse_iso("2025-03-10")
    datetime.date(2025, 3, 10)
    """
    if not s:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _ym(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _year_of(month: int, day: int | None, pub: date | None, future: bool) -> int | None:
    if pub is None:
        return None
    y = pub.year
    cand = date(y, month, min(day or 1, 28))
    if future and cand < pub.replace(day=1) and (day is None or cand < pub):
        return y + 1
    if not future and cand > pub and (day is not None or month > pub.month):
        return y - 1
    return y


def normalize_date(text: str, published: str | None = None, *, future: bool = False) -> DateValue | None:
    """Normalize a date expression against the publication date ``published`` (ISO).

    ``future`` says the clause is about the future (weekday names then point forward).

    >>> normalize_date("last Friday", "2025-03-10")
    DateValue(value='2025-03-07', end=None)
    >>> normalize_date("on Monday", "2025-03-12").value
    '2025-03-10'
    >>> normalize_date("Monday", "2025-03-12", future=True).value
    '2025-03-17'
    >>> normalize_date("last month", "2025-03-10").value
    '2025-02'
    >>> normalize_date("earlier this month", "2025-03-10").value
    '2025-03'
    >>> normalize_date("October 2024").value
    '2024-10'
    >>> normalize_date("from 2021 to 2023")
    DateValue(value='2021', end='2023')
    >>> normalize_date("February 24, 2022").value
    '2022-02-24'
    >>> normalize_date("last year", "2025-03-10").value
    '2024'
    >>> normalize_date("yesterday", "2025-03-01").value
    '2025-02-28'
    >>> normalize_date("three days ago", "2025-03-10").value
    '2025-03-07'
    >>> normalize_date("next week", "2025-03-10").value
    '2025-03'
    >>> normalize_date("in June", "2024-11-20").value, normalize_date("in December", "2024-11-20").value
    ('2024-06', '2023-12')
    >>> normalize_date("annual") is None
    True
    """
    t = text.lower().strip().replace("\u2019", "'")
    t = re.sub(r"^(on|in|during|since|by|until|from|of|at|the|early|late|mid|earlier|later)\s+", "", t)
    t = re.sub(r"^(the|early|late|mid-?|earlier|later)\s*", "", t).strip(" ,.")
    pub = parse_iso(published)

    # ranges: "2021 to 2023", "2021-2023", "between 2021 and 2023"
    m = re.search(r"\b(\d{4})\s*(?:to|through|until|and|-|\u2013)\s*(\d{4})\b", t)
    if m and 1000 < int(m[1]) <= int(m[2]) < 2200:
        return DateValue(m[1], m[2])
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return DateValue(m[0])
    # "February 24, 2022" / "24 February 2022"
    m = re.search(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", t)
    if m:
        return _safe_date(int(m[3]), _MONTHS[m[1]], int(m[2]))
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?,?\s+(\d{{4}})\b", t)
    if m:
        return _safe_date(int(m[3]), _MONTHS[m[2]], int(m[1]))
    m = re.search(rf"\b({_MONTH_RE})\.?\s+(?:of\s+)?(\d{{4}})\b", t)
    if m:
        return DateValue(f"{int(m[2]):04d}-{_MONTHS[m[1]]:02d}")
    # "March 3" / "3 March"
    m = re.search(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", t) or re.search(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b", t
    )
    if m:
        mon, day = (m[1], m[2]) if m[1].isalpha() else (m[2], m[1])
        y = _year_of(_MONTHS[mon], int(day), pub, future)
        return _safe_date(y, _MONTHS[mon], int(day)) if y else None
    m = re.fullmatch(rf"(?:last|this|next|past)?\s*({_MONTH_RE})", t)
    if m:  # "in June": the most recent June (the next one in a future clause)
        rel = t.split()[0] if " " in t else ""
        y = _year_of(_MONTHS[m[1]], None, pub, future or rel == "next")
        if y is not None and rel == "last" and _MONTHS[m[1]] >= pub.month:
            y = pub.year - 1
        return DateValue(f"{y:04d}-{_MONTHS[m[1]]:02d}") if y else None
    m = re.fullmatch(r"(\d{4})s?", t)
    if m and not t.endswith("s") and 1000 < int(m[1]) < 2200:
        return DateValue(m[1])
    m = re.search(r"\b(?:in|of)\s+(\d{4})\b", " " + t) or re.fullmatch(r".*?\b(\d{4})$", t)
    if m and 1000 < int(m[1]) < 2200 and not re.search(r"\d{4}s\b", t):
        return DateValue(m[1])
    if pub is None:
        return None
    # relative expressions
    if t in ("today", "this morning", "this afternoon", "this evening", "tonight", "day"):
        return DateValue(pub.isoformat())
    if t in ("yesterday", "last night"):
        return DateValue((pub - timedelta(days=1)).isoformat())
    if t == "tomorrow":
        return DateValue((pub + timedelta(days=1)).isoformat())
    m = re.fullmatch(
        r"(last|past|this|next|coming)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"(?:\s+(?:morning|afternoon|evening|night))?",
        t,
    )
    if m:
        wd = _WEEKDAYS[m[2]]
        rel = m[1] or ""
        if rel in ("next", "coming") or (future and rel not in ("last", "past")):
            delta = (wd - pub.weekday()) % 7 or 7
            return DateValue((pub + timedelta(days=delta)).isoformat())
        delta = (pub.weekday() - wd) % 7
        if rel in ("last", "past") and delta == 0:
            delta = 7
        return DateValue((pub - timedelta(days=delta)).isoformat())
    m = re.fullmatch(r"(last|past|previous|this|next|coming)\s+(week|month|year)", t) or re.fullmatch(
        r"(this)\s+(week|month|year)", t
    )
    if m:
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[m[1]]
        if m[2] == "week":
            return DateValue(_ym(pub + timedelta(days=7 * step)))
        if m[2] == "month":
            return DateValue(_ym(pub + relativedelta(months=step)))
        return DateValue(str(pub.year + step))
    m = re.fullmatch(r"(\w+)\s+(day|week|month|year)s?\s+ago", t)
    if m and (m[1].isdigit() or m[1] in _NUMBERS):
        n = int(m[1]) if m[1].isdigit() else _NUMBERS[m[1]]
        if m[2] == "day":
            return DateValue((pub - timedelta(days=n)).isoformat())
        if m[2] == "week":
            return DateValue((pub - timedelta(days=7 * n)).isoformat())
        if m[2] == "month":
            return DateValue(_ym(pub - relativedelta(months=n)))
        return DateValue(str(pub.year - n))
    if t in ("week", "month", "year"):  # "earlier this month" after prefix stripping
        return None
    return None


def _safe_date(y: int | None, mo: int, d: int) -> DateValue | None:
    if y is None:
        return None
    try:
        return DateValue(date(y, mo, d).isoformat())
    except ValueError:
        return DateValue(f"{y:04d}-{mo:02d}")


_RELATIVE_PREFIX = re.compile(r"^(earlier|later|early|late)\s+this\s+(week|month|year)$", re.I)


def _clause_head(tok: Token) -> Token:
    """The verb (or sentence root) a token's phrase attaches to."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def event_date(
    anchor: Token, doc: Doc, published: str | None, *, future: bool = False, trigger: Token | None = None
) -> tuple[str | None, str | None]:
    """The normalized date of the clause of ``anchor`` (a verb, or the token an event hangs on)
    and its surface text: the DATE entity attached inside the trigger's own phrase first, then one
    attached to the anchor's clause. ``(None, None)`` when the clause states no date.
    """
    sent = sentence(anchor)
    best: tuple[int, Span] | None = None
    for ent in _dates_in(doc, sent):
        if _norm_ent(ent.text, published, future) is None:
            continue
        root = ent.root
        rank = None
        if trigger is not None and root is not trigger and _attached_to(root, trigger):
            rank = 0
        elif _attached_to(root, anchor) or (anchor.dep_ == "ROOT" and root.head.i == root.i):
            rank = 1
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, ent)
    if best is None:
        return None, None
    ent = best[1]
    dv = _norm_ent(ent.text, published, future)
    return (dv.value if dv else None), ent.text


def _dates_in(doc: Doc, sent: Span) -> list[Span]:
    """DATE entities of ``sent``, from a per-document table (``Span.ents`` rescans the document)."""
    table = doc.user_data.get("kg_dates")  # {sentence start: [[start, end], ...]}: plain data only
    if table is None:
        table = {}
        for ent in doc.ents:
            if ent.label_ == "DATE":
                table.setdefault(ent.sent.start, []).append([ent.start, ent.end])
        doc.user_data["kg_dates"] = table
    return [doc[s:e] for s, e in table.get(sent.start, [])]


def is_future(value: str, text: str | None, published: date) -> bool:
    """Whether a normalized date lies after the publication date (at the value's precision).

    >>> is_future("2025-03", "next week", date(2025, 3, 10)), is_future("2025-03-07", "Friday", date(2025, 3, 10))
    (True, False)
    >>> is_future("2026", "next year", date(2025, 3, 10)), is_future("2025-04", "April", date(2025, 3, 10))
    (True, True)
    """
    if text and re.search(r"\b(next|coming|tomorrow|later this)\b", text, re.I):
        return True
    pub = published.isoformat()[: len(value)]
    return value > pub


@lru_cache(maxsize=4096)  # pure: every event of a sentence re-reads its DATE entities
def _norm_ent(text: str, published: str | None, future: bool) -> DateValue | None:
    m = _RELATIVE_PREFIX.match(text.strip())
    return normalize_date("this " + m[2] if m else text, published, future=future)


def _attached_to(root: Token, head: Token) -> bool:
    """A date phrase hangs directly on ``head``: as its child ("last month"), through one
    preposition ("in 2022", "on Monday") or inside a coordinated date ("on Monday and Tuesday").
    A date deeper down belongs to another phrase ("since the invasion in 2022")."""
    t = root
    while (
        t.dep_ in ("conj", "compound", "nummod", "npadvmod")
        and t.head.ent_type_ == "DATE"
        and t.head.i != t.i
    ):
        t = t.head
    if t.head == head:
        return True
    return t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head == head


class DateMention(NamedTuple):
    """A date expression of the text: character span, surface text and normalized value."""

    start: int
    end: int
    text: str
    value: str
    end_value: str | None = None


def find_dates(doc: Doc, published: str | None = None) -> list[DateMention]:
    """Every date expression of ``doc`` that normalizes against ``published``, in text order.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Rebels seized the town on Friday after a siege that began in March 2023.")
    >>> [(m.text, m.value) for m in find_dates(doc, "2025-06-10")]
    [('Friday', '2025-06-06'), ('March 2023', '2023-03')]
    """
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        dv = _norm_ent(ent.text, published, False)
        if dv is not None:
            out.append(DateMention(ent.start_char, ent.end_char, ent.text, dv.value, dv.end))
    return out
