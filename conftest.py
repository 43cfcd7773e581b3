"""Test session settings: the notebooks run by ``--nbmake`` save their pictures into a
temporary folder (``DIPGRAPH_PICTURES``), never over the files of the repository."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest


def pytest_configure(config: pytest.Config) -> None:
    os.environ["DIPGRAPH_PICTURES"] = tempfile.mkdtemp(prefix="dipgraph-pictures-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.pop("DIPGRAPH_PICTURES", ""), ignore_errors=True)
