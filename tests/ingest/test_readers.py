"""Readers: every supported input format, and each kind of bad input."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.ingest import read_sources
from kg.ingest.readers import normalize_date, parse_front_matter
from kg.types import Document


def _read(*paths, **kw):
    return list(read_sources(paths, **kw))


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_readers_text_with_front_matter(tmp_path, suffix):
    p = tmp_path / f"Report 1{suffix}"
    p.write_text(
        "---\ntitle: Talks in Doha\npublished: 2024-06-02\npublisher: Wire\nurl: https://x.test/a\n---\n"
        "Qatar hosted talks.",
        encoding="utf-8",
    )
    (doc,) = _read(p)
    assert isinstance(doc, Document)
    assert (doc.id, doc.title, doc.published, doc.publisher, doc.url) == (
        "Report-1",
        "Talks in Doha",
        "2024-06-02",
        "Wire",
        "https://x.test/a",
    )
    assert doc.text == "Qatar hosted talks."


def test_readers_published_line_in_body(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Title\n\nPublished: March 3, 2024 10:00am\n\nBody text here.", encoding="utf-8")
    (doc,) = _read(p)
    assert doc.published == "2024-03-03"


def test_readers_seed_metadata():
    from tests.conftest import SEEDS

    (doc,) = _read(SEEDS)
    assert doc.publisher == "Just the News"
    assert doc.published == "2025-03-10"
    assert doc.title.startswith("Trump")
    assert not doc.text.startswith("---")


def test_readers_html_drops_boilerplate(tmp_path):
    body = " ".join(["Egypt and Qatar mediated talks between the two sides in Cairo on Sunday."] * 6)
    html = f"""<html><head><title>Mediation</title><script>alert(1)</script></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now</nav>
    <article><h1>Mediation</h1><p>{body}</p><p>{body}</p></article>
    <footer>Copyright 2024 Example Media. All rights reserved.</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    (doc,) = _read(p)
    assert "Egypt and Qatar mediated talks" in doc.text
    assert "Subscribe" not in doc.text and "alert(1)" not in doc.text and "Copyright" not in doc.text


def test_readers_jsonl_broken_lines_reported_with_numbers(tmp_path):
    p = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "India and Pakistan exchanged fire.", "published": "2025-05-07"}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "Japan and the Philippines signed a pact."}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(p)
    docs = [x for x in items if isinstance(x, Document)]
    errs = [str(x) for x in items if isinstance(x, InputError)]
    assert [d.id for d in docs] == ["a1", "corpus-5"]
    assert docs[0].published == "2025-05-07"
    assert len(errs) == 2 and "line 2" in errs[0] and "line 3" in errs[1]


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "E002"),
        ("blank.txt", b"  \n\t \n", "E002"),
        ("bin.txt", bytes(range(256)) * 4, "E003"),
        ("latin1.txt", "Caf\xe9 in Mosc\xf4w".encode("latin-1"), "E004"),
        ("table.csv", b"a,b\n1,2\n", "E005"),
    ],
)
def test_readers_bad_input_is_an_error_naming_the_file(tmp_path, name, content, code):
    p = tmp_path / name
    p.write_bytes(content)
    (err,) = _read(p)
    assert isinstance(err, InputError)
    assert code in str(err) and name in str(err)


def test_readers_missing_path(tmp_path):
    (err,) = _read(tmp_path / "nope.txt")
    assert isinstance(err, InputError) and "no such file" in str(err)


def test_readers_max_doc_chars(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("Word. " * 100, encoding="utf-8")
    (err,) = _read(p, max_doc_chars=50)
    assert isinstance(err, InputError) and "E008" in str(err)


@pytest.mark.parametrize(
    ("front", "title"),
    [
        ("title: LIVE: talks resume in Doha\npublished: 2025-05-07", "LIVE: talks resume in Doha"),
        ("title: Analysis: the Scarborough standoff\npublisher: Wire", "Analysis: the Scarborough standoff"),
        ('title: "Quoted: fine"', "Quoted: fine"),
    ],
)
def test_readers_front_matter_title_with_colon(tmp_path, front, title):
    p = tmp_path / "fm.txt"
    p.write_text(f"---\n{front}\n---\nIndia and Pakistan agreed to a ceasefire.", encoding="utf-8")
    (doc,) = _read(p)
    assert isinstance(doc, Document), doc
    assert doc.title == title
    assert doc.text == "India and Pakistan agreed to a ceasefire."


def test_readers_bad_front_matter(tmp_path):
    p = tmp_path / "fm.txt"
    p.write_text("---\ntitle: [unclosed\n---\nText.", encoding="utf-8")
    (err,) = _read(p)
    assert "E007" in str(err)


@pytest.mark.parametrize(
    ("raw", "iso"), [("2025-03-10", "2025-03-10"), ("10 March 2025", "2025-03-10"), ("", None)]
)
def test_readers_normalize_date(raw, iso):
    assert normalize_date(raw) == iso


def test_readers_front_matter_absent():
    assert parse_front_matter("No front matter.") == ({}, "No front matter.")
