"""Synthetic corpora for tests and benchmarks: N news-like articles recombined from example articles.

The sources are the synthetic example articles shipped in ``kg/data/examples/`` (eight
conflicts and negotiations: Gaza, Sudan, India/Pakistan, the Taiwan Strait, the Sahel,
Venezuela/Guyana, North Korea/Russia, Armenia/Azerbaijan), not the seed article.
Each generated article takes its lead from one example and recombines runs of
sentences from it and from others into paragraphs, up to a target length drawn
between ``min_words`` and ``max_words``. Generation is deterministic: article ``i``
depends only on ``seed`` and ``i``, so ``start=`` continues an earlier corpus with
new, different articles (as a re-run with 1% new articles needs).

The result is text for measuring speed, memory and caching, not a gold standard: its
sentences are real sentences with realistic actors, but their order is shuffled.
"""

from __future__ import annotations

import datetime as _dt
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.atomic import atomic_open, atomic_write
from kg.errors import InputError, UsageError, msg
from kg.ingest import read_file

__all__ = ["EXAMPLES_DIR", "ExampleArticle", "example_articles", "generate_articles", "write_corpus"]

#: The example articles shipped with kg (synthetic, written for testing).
EXAMPLES_DIR = Path(__file__).resolve().parent / "data" / "examples"

_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|No|Jr|Sr|Prof|Gov|Sen|Rep)\.)$"
)
_SPLIT = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z0-9])")


@dataclass(frozen=True)
class ExampleArticle:
    """One example: title, publication date and paragraphs (each a list of sentences)."""

    id: str
    title: str
    published: str | None
    paragraphs: tuple[tuple[str, ...], ...]


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences (a regular expression that knows common abbreviations).

    >>> split_sentences('U.S. Secretary Rubio met Gen. Smith. "We agree," he said. Talks resume Monday.')
    ['U.S. Secretary Rubio met Gen. Smith.', '"We agree," he said.', 'Talks resume Monday.']
    """
    parts: list[str] = []
    pos = 0
    for m in _SPLIT.finditer(paragraph):
        piece = paragraph[pos : m.start()].strip()
        closing = paragraph[m.start() : m.end()].strip()
        candidate = (piece + closing) if closing else piece
        if _ABBREV.search(piece):
            continue  # "U.S." or "Gen." is not the end of a sentence
        parts.append(candidate)
        pos = m.end()
    tail = paragraph[pos:].strip()
    if tail:
        parts.append(tail)
    return [p for p in parts if p]


@cache
def _load_examples(folder: str) -> tuple[ExampleArticle, ...]:
    arts = []
    for path in sorted(Path(folder).glob("*.txt")):
        for doc in read_file(path):
            if isinstance(doc, InputError):
                raise doc
            paras = [p.strip() for p in re.split(r"\n\s*\n", doc.text) if p.strip()]
            if doc.title and paras and paras[0] == doc.title.strip():
                paras = paras[1:]  # the headline repeated as the first line
            sents = tuple(tuple(split_sentences(" ".join(p.split()))) for p in paras)
            arts.append(
                ExampleArticle(doc.id, doc.title or doc.id, doc.published, tuple(s for s in sents if s))
            )
    return tuple(arts)


def example_articles(folder: str | Path = EXAMPLES_DIR) -> list[ExampleArticle]:
    """The example articles of ``folder`` (default: the ones shipped with kg), parsed into sentences.

    >>> arts = example_articles()
    >>> len(arts) >= 6 and all(len(a.paragraphs) > 5 for a in arts)
    True
    """
    arts = list(_load_examples(str(Path(folder).resolve())))
    if not arts:
        raise InputError(msg("E055", path=folder))
    return arts


def _words(s: str) -> int:
    return len(s.split())


def _article(i: int, arts: list[ExampleArticle], seed: int, min_words: int, max_words: int) -> dict:
    rng = random.Random(f"kg-corpus:{seed}:{i}")
    lead = arts[rng.randrange(len(arts))]
    others = [a for a in arts if a is not lead]
    partner = others[rng.randrange(len(others))] if others else lead
    target = rng.randint(min_words, max_words)
    paragraphs: list[str] = [" ".join(lead.paragraphs[0])]  # the lead paragraph stays first
    words = _words(paragraphs[0])
    pool = [(lead, j) for j in range(1, len(lead.paragraphs))] + [
        (partner, j) for j in range(len(partner.paragraphs))
    ]
    rng.shuffle(pool)
    while words < target:
        if not pool:  # both articles used up: draw from every example
            pool = [(a, j) for a in arts for j in range(len(a.paragraphs))]
            rng.shuffle(pool)
        art, j = pool.pop()
        sents = art.paragraphs[j]
        k = rng.randint(1, len(sents))
        s0 = rng.randint(0, len(sents) - k)
        run = list(sents[s0 : s0 + k])
        if rng.random() < 0.3 and len(paragraphs) > 1:  # sometimes extend the previous paragraph
            paragraphs[-1] += " " + " ".join(run)
        else:
            paragraphs.append(" ".join(run))
        words += sum(_words(s) for s in run)
    base = _dt.date.fromisoformat(lead.published) if lead.published else _dt.date(2025, 1, 1)
    published = (base + _dt.timedelta(days=rng.randint(-180, 180))).isoformat()
    return {
        "id": f"synth-{i:06d}",
        "title": lead.title,
        "published": published,
        "publisher": "kg synthetic corpus",
        "text": lead.title + "\n\n" + "\n\n".join(paragraphs) + "\n",
    }


def generate_articles(
    n: int,
    *,
    seed: int = 0,
    start: int = 0,
    min_words: int = 300,
    max_words: int = 900,
    examples: str | Path = EXAMPLES_DIR,
) -> Iterator[dict]:
    """``n`` article records (``id``, ``title``, ``published``, ``publisher``, ``text``), ids
    ``synth-<start>`` onwards.

    Examples
    --------
    >>> a = list(generate_articles(3, seed=1))
    >>> [r["id"] for r in a]
    ['synth-000000', 'synth-000001', 'synth-000002']
    >>> all(300 <= len(r["text"].split()) <= 1100 for r in a)
    True
    >>> next(generate_articles(1, seed=1, start=2)) == a[2]
    True
    """
    if n < 0 or min_words < 1 or max_words < min_words:
        raise UsageError(msg("E056", n=n, min_words=min_words, max_words=max_words))
    arts = example_articles(examples)
    for i in range(start, start + n):
        yield _article(i, arts, seed, min_words, max_words)


def write_corpus(
    n: int,
    out: str | Path,
    *,
    seed: int = 0,
    start: int = 0,
    min_words: int = 300,
    max_words: int = 900,
    examples: str | Path = EXAMPLES_DIR,
) -> Path:
    """Write ``n`` generated articles to ``out``: one JSON Lines file when ``out`` ends in
    ``.jsonl``, else a folder of ``.txt`` files with front matter. Returns ``out``.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> p = write_corpus(2, d / "c.jsonl")
    >>> len(p.read_text().splitlines())
    2
    >>> sorted(x.name for x in write_corpus(2, d / "txt", start=5).iterdir())
    ['synth-000005.txt', 'synth-000006.txt']
    """
    out = Path(out)
    records = generate_articles(
        n, seed=seed, start=start, min_words=min_words, max_words=max_words, examples=examples
    )
    if out.suffix.lower() == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with atomic_open(out, "w") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return out
    out.mkdir(parents=True, exist_ok=True)
    for rec in records:
        front = {k: rec[k] for k in ("id", "title", "published", "publisher")}
        head = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in front.items())
        atomic_write(out / f"{rec['id']}.txt", f"---\n{head}---\n{rec['text']}")
    return out
