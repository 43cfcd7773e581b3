"""The notebooks are committed without outputs and call dipgraph's public API only.

Running them is pytest's job too: ``--nbmake`` (in pyproject's ``addopts``) runs every
notebook under ``notebooks/`` top to bottom, as a test of its own.
"""

from __future__ import annotations

import ast
import json
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def public_names() -> set[str]:
    """``graph.__all__``, read from the source: run alone, ``import graph`` in this folder finds
    the ``tests/graph`` folder first."""
    tree = ast.parse((ROOT / "graph" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    raise AssertionError("graph/__init__.py has no __all__")


def code_cells(path: Path) -> list[str]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


def test_there_is_a_notebook_to_explore_the_network() -> None:
    assert ROOT / "notebooks" / "explore.ipynb" in NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, "".join(cell["source"])[:80]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_code_defines_nothing_and_uses_the_public_api(path: Path) -> None:
    for source in code_cells(path):
        tree = ast.parse(source)
        for node in ast.walk(tree):
            assert not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda), (
                source
            )
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "graph":
                assert node.module == "graph", f"import from graph itself, not {node.module}"
                assert {a.name for a in node.names} <= public_names(), source
            if isinstance(node, ast.Attribute):
                assert not node.attr.startswith("_"), source


def test_the_readme_picture_is_the_one_the_notebook_saves() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", readme)
    assert "notebooks/people-network.png" in pictures
    assert (ROOT / "notebooks" / "people-network.png").stat().st_size > 10_000
    saved = [s for p in NOTEBOOKS for s in code_cells(p) if '"people-network.png"' in s and "savefig" in s]
    assert saved


def test_running_the_notebooks_in_the_tests_writes_no_file_of_the_repository() -> None:
    """Each picture a notebook saves goes to ``DIPGRAPH_PICTURES``, which the test session
    (``conftest.py``) sets to a temporary folder outside the repository."""
    folder = Path(os.environ["DIPGRAPH_PICTURES"]).resolve()
    assert folder.is_dir() and ROOT not in folder.parents
    for path in NOTEBOOKS:
        for source in code_cells(path):
            for node in ast.walk(ast.parse(source)):
                if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "savefig":
                    target = ast.unparse(node.args[0])
                    assert target.startswith("pictures /"), source
            if "pictures =" in source:
                assert 'os.environ.get("DIPGRAPH_PICTURES"' in source
