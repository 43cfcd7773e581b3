"""The source itself: what a reader of a module may rely on."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(p for package in ("extract", "graph") for p in (ROOT / package).glob("*.py"))


def bound_twice(source: str) -> list[str]:
    """The names a module binds at its top level more than once (constants, functions, classes)."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        twice += [n for n in names if n in seen]
        seen.update(names)
    return twice


def test_a_name_bound_again_is_found():
    assert bound_twice("VERBS = {'meet'}\ndef f(): return VERBS\nVERBS = {'host'}\n") == ["VERBS"]


@pytest.mark.parametrize("module", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_module_binds_a_top_level_name_twice(module):
    # a second binding silently replaces the first at every use, even uses written above it
    assert bound_twice(module.read_text(encoding="utf-8")) == []
