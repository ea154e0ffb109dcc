"""The annotated cases of ``tests/extraction/data/NAME.jsonl``: one JSON object a line, blank lines skipped."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent / "data"


def load_cases(name: str) -> list[dict]:
    """The cases of ``data/<name>.jsonl`` in file order."""
    text = (DATA / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
