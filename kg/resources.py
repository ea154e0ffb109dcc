"""Versioned data files shipped in ``kg/data/``, loaded once per process.

Knowledge (gazetteers, lexicons, code tables) lives in data files with their sources
named, never in code. This module only finds and parses them.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["load_json", "categories", "category", "DATA_PACKAGE"]

DATA_PACKAGE = "kg.data"


@cache
def load_json(name: str) -> Any:
    """Parse ``kg/data/<name>`` (cached: each file is read once per process).

    >>> "THREATEN" in load_json("categories.json")["categories"]
    True
    """
    with resources.files(DATA_PACKAGE).joinpath(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def categories() -> dict[str, dict[str, Any]]:
    """The category table: PLOVER types and our standing relations, with codes and scores."""
    return load_json("categories.json")["categories"]


def category(name: str) -> dict[str, Any]:
    """One row of :func:`categories`; unknown names get an empty row.

    >>> category("SANCTION")["cameo"]
    '163'
    """
    return categories().get(name, {})
