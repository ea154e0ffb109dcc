"""Invariants of the codebase (STYLE.md §1 and §12): the import rule, the code tables, the registries."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg.resources import categories
from kg.types import PLOVER_TYPES, STANDING_TYPES

PKG = Path(__file__).resolve().parent.parent / "kg"

# Third-party libraries that only some steps may import.
RESTRICTED = {
    "spacy": {"nlp", "extract"},
    "rdflib": {"rdf", "query", "serve"},
    "pyoxigraph": {"rdf", "query", "serve"},
    "pyshacl": {"rdf"},
    "networkx": {"graph", "viz"},
    "pyvis": {"viz"},
}


def _modules():
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG)
        yield rel, ast.parse(path.read_text(encoding="utf-8"))


def _imports(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


@pytest.mark.parametrize(
    ("rel", "tree"), list(_modules()), ids=lambda x: str(x) if isinstance(x, Path) else ""
)
def test_architecture_import_rule(rel, tree):
    step = rel.parts[0] if len(rel.parts) > 1 else rel.stem
    for name in _imports(tree):
        top = name.split(".")[0]
        if step not in {"cli", "__main__"}:
            assert not name.startswith("kg.cli"), f"{rel} imports the CLI"
        if step == "model":
            assert top in {"kg", "__future__"} or top in _stdlib(), f"kg/model must not import {name}"
        if top in RESTRICTED and step not in {"cli", "pipeline"}:
            assert step in RESTRICTED[top], f"{rel}: only {sorted(RESTRICTED[top])} may import {top}"


def _stdlib():
    import sys

    return sys.stdlib_module_names


def test_architecture_categories_cover_plover_and_standing():
    cats = categories()
    for t in (*PLOVER_TYPES, *STANDING_TYPES):
        assert t in cats, t
    for name, row in cats.items():
        assert name.isupper()
        assert row["class"][0].isupper() and row["predicate"][0].islower()
        if name in PLOVER_TYPES:
            assert row["cameo"] and row["cameo"].isdigit() and len(row["cameo"]) in (3, 4)
            assert -10.0 <= row["goldstein"] <= 10.0
            assert -10.0 <= row["plover_score"] <= 10.0
    quads = {row["quad"] for n, row in cats.items() if n in PLOVER_TYPES}
    assert quads == {"verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"}


def test_architecture_goldstein_sign_follows_quad():
    for name in PLOVER_TYPES:
        row = categories()[name]
        if "conflict" in row["quad"]:
            assert row["goldstein"] < 0, name
        else:
            assert row["goldstein"] > 0, name


def test_architecture_every_extractor_registered_has_a_test():
    import kg.extract  # noqa: F401  registers the built-ins
    from kg.registry import extractors

    tests = " ".join(p.read_text(encoding="utf-8") for p in (PKG.parent / "tests").rglob("test_*.py"))
    names = sorted(extractors.get_all())
    assert names, "no extractor registered"
    for name in names:
        fn = extractors.get(name)
        assert fn.__doc__, f"extractor {name} has no docstring"
        assert fn.__name__ in tests or name in tests, f"extractor {name} has no test"


def test_architecture_extractors_read_sentences_from_the_table():
    """A token's sentence comes from kg.extract.common.sentence (a per-document table), not spaCy's
    Token.sent, which scans for the sentence's bounds on every access: 1bbb9ce replaced about 150 such
    reads and cut extraction time by a fifth. Entity spans (``ent.sent``, ``span.sent``) may use spaCy's."""
    offenders = []
    for rel, tree in _modules():
        if rel.parts[0] != "extract" or rel.name == "common.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "sent":
                base = node.value
                if not (isinstance(base, ast.Name) and base.id in ("ent", "span")):
                    offenders.append(f"{rel}:{node.lineno}")
    assert not offenders, f"use common.sentence(tok) instead of tok.sent: {offenders}"
