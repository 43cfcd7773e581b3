"""The synthetic knowledge base of ``bench/graph_scale.py``, and a smoke run of the benchmark."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.graph_scale import build  # noqa: E402
from graph.records import MergedMeeting  # noqa: E402
from graph.store import KnowledgeBase  # noqa: E402


def by_id(meeting: MergedMeeting) -> str:
    return meeting.id


def test_synthetic_knowledge_base_is_what_merging_its_documents_gives(tmp_path: Path) -> None:
    build(tmp_path / "kb.db", 400, 30)  # few people: the same pairs meet again and again
    shutil.copy(tmp_path / "kb.db", tmp_path / "merged.db")
    with sqlite3.connect(tmp_path / "merged.db") as db:
        db.execute("UPDATE state SET value = '' WHERE key = 'merged'")
    with KnowledgeBase.open(tmp_path / "kb.db") as kb, KnowledgeBase.open(tmp_path / "merged.db") as merged:
        assert kb.merge() is False  # loaded as merged
        assert merged.merge() is True
        assert (
            kb.counts()
            == merged.counts()
            == {
                "documents": kb.counts()["reports"],
                "reports": kb.counts()["reports"],
                "meetings": 400,
                "people": len(kb.people()),
            }
        )
        assert sorted(kb.meetings(), key=by_id) == sorted(merged.meetings(), key=by_id)  # order: as given
        assert kb.people() == merged.people()
        assert any(p.aliases for p in kb.people())
        assert all(m.reports and all(r.evidence for r in m.reports) for m in kb.meetings())


def test_synthetic_knowledge_base_is_the_same_every_time(tmp_path: Path) -> None:
    build(tmp_path / "a.db", 50, 20)
    build(tmp_path / "b.db", 50, 20)
    with KnowledgeBase.open(tmp_path / "a.db") as a, KnowledgeBase.open(tmp_path / "b.db") as b:
        assert a.meetings() == b.meetings() and a.documents() == b.documents()


def test_benchmark_runs_on_a_small_knowledge_base() -> None:
    small = ["--meetings", "200", "--people", "50", "--runs", "1", "--names", "10"]
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "graph_scale.py"), *small],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    assert "200 meetings of" in out
    assert "(a) who-met" in out and "(b) the people view" in out and "peak RSS" in out
    assert "read from the file by full name, KiB" in out  # Linux: CI runs there
