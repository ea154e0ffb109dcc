"""The extraction tests are written on sentences of their own: none of them quotes the seed article.

The seed (seeds/*.txt) is the development article the shared scorer's gold annotates; a rule tested only
on its wording would help that article alone. This guard fails when any string in the extraction tests or
their data files shares a run of eight consecutive words with the seed's text.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
RUN = 8


def _runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _test_files() -> list[Path]:
    return sorted(p for p in HERE.rglob("*") if p.is_file() and p.suffix in {".py", ".json", ".jsonl", ".md"})


def test_runs_detect_a_copied_sentence():
    seed = "The minister said on Monday that the two countries would hold talks in the capital next week."
    copied = 'text = "He added that the two countries would hold talks in the capital next week."'
    own = 'text = "Both governments plan a summit in Nairobi, an aide said."'
    assert _runs(copied) & _runs(seed)
    assert not _runs(own) & _runs(seed)


def test_extraction_tests_do_not_quote_the_seed():
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    assert seeds, "no seed article in seeds/"
    seed_runs = set().union(*(_runs(p.read_text(encoding="utf-8")) for p in seeds))
    files = _test_files()
    assert len(files) > 10
    quoted = {
        str(p.relative_to(ROOT)): " ".join(sorted(common)[0])
        for p in files
        if p.name != Path(__file__).name and (common := _runs(p.read_text(encoding="utf-8")) & seed_runs)
    }
    assert not quoted, f"extraction tests quote the seed article: {quoted}"
