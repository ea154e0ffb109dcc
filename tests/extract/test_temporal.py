"""kg.extract.temporal: date normalization against the publication date."""

from __future__ import annotations

import pytest

from kg.extract.temporal import DateValue, normalize_date


@pytest.mark.parametrize(
    "text,published,future,expected",
    [
        ("last Friday", "2025-03-10", False, "2025-03-07"),
        ("Friday", "2025-03-10", False, "2025-03-07"),
        ("on Monday", "2025-03-10", False, "2025-03-10"),
        ("last Monday", "2025-03-10", False, "2025-03-03"),
        ("Monday", "2025-03-12", True, "2025-03-17"),
        ("next Tuesday", "2025-03-12", False, "2025-03-18"),
        ("yesterday", "2024-03-01", False, "2024-02-29"),
        ("tomorrow", "2024-12-31", False, "2025-01-01"),
        ("last month", "2025-01-15", False, "2024-12"),
        ("earlier this month", "2025-03-10", False, "2025-03"),
        ("this year", "2025-03-10", False, "2025"),
        ("last year", "2025-03-10", False, "2024"),
        ("next month", "2025-12-10", False, "2026-01"),
        ("two weeks ago", "2025-03-10", False, "2025-02-24"),
        ("October 2024", None, False, "2024-10"),
        ("February 2022", "2025-03-10", False, "2022-02"),
        ("in 2022", None, False, "2022"),
        ("February 24, 2022", None, False, "2022-02-24"),
        ("24 February 2022", None, False, "2022-02-24"),
        ("December 20", "2025-03-10", False, "2024-12-20"),
        ("March 3", "2025-03-10", False, "2025-03-03"),
        ("2024-10-05", None, False, "2024-10-05"),
        ("Tuesday night", "2025-03-12", False, "2025-03-11"),
        ("late last year", "2025-03-12", False, "2024"),
        ("in mid-2023", None, False, "2023"),
        ("since October 7", "2025-03-12", False, "2024-10-07"),
        ("Oct. 7, 2023", None, False, "2023-10-07"),
        ("a week ago", "2025-03-12", False, "2025-03-05"),
    ],
)
def test_temporal_normalize(text, published, future, expected):
    assert normalize_date(text, published, future=future).value == expected


def test_temporal_range():
    assert normalize_date("from 2021 to 2023") == DateValue("2021", "2023")


@pytest.mark.parametrize("text", ["last Friday", "last month", "yesterday"])
def test_temporal_relative_needs_publication_date(text):
    assert normalize_date(text, None) is None


@pytest.mark.parametrize("text", ["annual", "the 1990s", "recent years", "decades"])
def test_temporal_no_date(text):
    assert normalize_date(text, "2025-03-10") is None


def test_temporal_event_without_date_gets_none(nlp):
    from kg.extract import extract_text

    r = extract_text("Sudan accused Chad of arming the rebels.", nlp, published="2025-03-12")
    evs = [e for e in r.events if e.extractor == "kg.events.v1"]
    assert evs and all(e.date is None for e in evs)


def test_temporal_date_of_a_nested_phrase_is_not_the_event_date(nlp):
    from kg.extract import extract_text

    r = extract_text(
        "After the first meeting between Indian and Chinese officials since the clashes in 2020, Delhi relaxed visa rules.",
        nlp,
        published="2025-03-12",
    )
    (e,) = [e for e in r.events if e.category == "CONSULT"]
    assert e.date is None and e.modality == "asserted"
