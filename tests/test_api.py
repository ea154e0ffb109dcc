"""The public API of ``import kg``: every lazy name resolves, to a function with a runnable example."""

from __future__ import annotations

import pytest

import kg


@pytest.mark.parametrize("name", sorted(kg._API))
def test_api_name_resolves_to_a_documented_function(name):
    obj = getattr(kg, name)
    module, attr = kg._API[name]
    assert obj.__module__.startswith(module) and obj.__name__ == attr
    assert name in kg.__all__
    if name != "KnowledgeGraph":  # the functions are listed in the package docstring
        assert f":func:`kg.{name}`" in kg.__doc__
    assert ">>> " in (obj.__doc__ or ""), f"kg.{name} ({module}.{attr}) has no doctest example"


def test_api_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = kg.nope
