"""``dipgraph evaluate``: a knowledge base, or articles, scored against a hand-made gold file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extract.records import DateSpan, Document, Evidence, Extraction, Meeting, Person, Place
from graph.cli import app
from graph.store import KnowledgeBase

runner = CliRunner()
OKAFOR = Person(name="Amara Okafor", country="Nigeria")
VOLKOV = Person(name="Dmitry Volkov", country="Russia")
BERG = Person(name="Tomas Berg", country="Norway")


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def said(doc: str, text: str) -> tuple[Evidence, ...]:
    return (Evidence(doc=doc, text=text, start=0, end=len(text)),)


def gold_meeting(doc: str, event: str, *people: str, **facts: Any) -> dict[str, Any]:
    return {"doc": doc, "event": event, "participants": list(people), "kind": "in_person", **facts}


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.json"
    data = {
        "docs": {"n1": {"published": "2024-03-05"}, "n2": {"published": "2024-03-06"}},
        "people": {"Amara Okafor": {"aliases": ["Okafor"]}, "Dmitri Volkov": {}, "Tomas Berg": {}},
        "meetings": [
            gold_meeting("n1", "E1", "Amara Okafor", "Dmitri Volkov", city="Lisbon", country="Portugal"),
            gold_meeting("n2", "E1", "Okafor", "Dmitri Volkov", date="2024-03-04"),
            gold_meeting("n2", "E2", "Amara Okafor", "Tomas Berg", kind="phone"),
        ],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Okafor met Volkov in Lisbon on 4 March (n1 and n2, merged); in n2, Volkov also met Berg
    (no such meeting in the gold); the call of Okafor and Berg is not found."""
    monday = DateSpan(start=date(2024, 3, 4), end=date(2024, 3, 4))
    lisbon = Place(city="Lisbon", country="Portugal")
    path = tmp_path / "kb.db"
    with KnowledgeBase.open(path, create=True) as kb:
        kb.add(
            [
                Extraction(
                    document=Document(id="n1"),
                    people=(OKAFOR, VOLKOV),
                    meetings=(
                        Meeting(
                            doc="n1",
                            participants=(OKAFOR, VOLKOV),
                            place=lisbon,
                            date=monday,
                            evidence=said("n1", "Okafor met Volkov in Lisbon on Monday."),
                        ),
                    ),
                ),
                Extraction(
                    document=Document(id="n2"),
                    people=(OKAFOR, VOLKOV, BERG),
                    meetings=(
                        Meeting(
                            doc="n2",
                            participants=(OKAFOR, VOLKOV),
                            date=monday,
                            evidence=said("n2", "Okafor and Volkov met on Monday."),
                        ),
                        Meeting(
                            doc="n2",
                            participants=(VOLKOV, BERG),
                            evidence=said("n2", "Volkov later met Berg."),
                        ),
                    ),
                ),
            ]
        )
    return path


def test_evaluate_scores_a_knowledge_base(gold: Path, db: Path) -> None:
    code, out, err = run("evaluate", gold, "--db", db)
    assert code == 0, err
    assert "gold reports 3 (0 core), predicted reports 3, matched 2" in out
    assert "precision 0.667  recall 0.667  F1 0.667  strict F1 0.667" in out
    assert "city      2/2 (100%)" in out
    assert "reports of one meeting merged into one: 1/1 (100%) of pairs" in out
    assert "different meetings merged together: 0 pairs" in out
    assert "missed" not in out


def test_evaluate_shows_misses_extras_and_wrong_attributes(gold: Path, db: Path) -> None:
    code, out, _ = run("evaluate", gold, "--db", db, "--show")
    assert code == 0
    assert "missed (1):\n  [n2] Amara Okafor + Tomas Berg | ? | - | undated | phone" in out
    assert "extra (1):\n  [n2] Dmitry Volkov + Tomas Berg | ? | - | undated | in_person  (m-" in out
    assert "wrong (0):" in out


def test_evaluate_prints_json(gold: Path, db: Path) -> None:
    code, out, _ = run("evaluate", gold, "--db", db, "--format", "json")
    assert code == 0
    record = json.loads(out)
    assert (record["precision"], record["recall"], record["f1"], record["strict_f1"]) == (0.6667,) * 4
    assert record["same_event_pairs"] == {"merged": 1, "total": 1}
    assert [m["people"] for m in record["misses"]] == [["Amara Okafor", "Tomas Berg"]]
    assert record["gold"] == str(gold)


def test_evaluate_notes_gold_documents_missing_from_the_knowledge_base(tmp_path: Path, db: Path) -> None:
    path = tmp_path / "other.json"
    meetings = [gold_meeting("n3", "E1", "Amara Okafor", "Tomas Berg")]
    path.write_text(json.dumps({"docs": {"n1": {}, "n3": {}}, "meetings": meetings}), encoding="utf-8")
    code, out, err = run("evaluate", path, "--db", db)
    assert code == 0
    assert "note: 1 gold document not in the knowledge base (n3)" in err
    assert "precision 0.000  recall 0.000" in out  # n1's meeting is not in this gold


def test_evaluate_ingests_articles_into_a_temporary_knowledge_base(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "moscow.txt").write_text(
        "Lavrov meets Wang in Moscow\n\ndate 2024-03-05\n\n"
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Moscow on "
        "Monday. The two discussed trade.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.json"
    meeting = gold_meeting("moscow", "E1", "Wang Yi", "Sergey Lavrov", city="Moscow", country="Russia")
    gold.write_text(json.dumps({"docs": {"moscow": {}}, "meetings": [meeting]}), encoding="utf-8")
    code, out, err = run("evaluate", gold, articles, "--db", tmp_path / "untouched.db")
    assert code == 0, err
    assert "precision 1.000  recall 1.000  F1 1.000" in out
    assert not (tmp_path / "untouched.db").exists()


def test_evaluate_exits_1_when_an_article_is_skipped(tmp_path: Path, gold: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run("evaluate", gold, tmp_path / "empty.txt")
    assert code == 1
    assert "skipped" in err and "empty.txt" in err
    assert "recall 0.000" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read gold file {path} (No such file or directory)"),
        ("meetings: []", "gold file {path} is not JSON"),
        ('{"docs": {}, "meetings": [{"doc": "n1"}]}', "gold file {path}: meetings[0].event: field required"),
    ],
)
def test_a_bad_gold_file_is_one_line_and_exit_1(
    tmp_path: Path, db: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "gold.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = run("evaluate", path, "--db", db)
    assert code == 1
    assert err.startswith("dipgraph: " + message.format(path=path))
    assert err.count("\n") == 1 and "Traceback" not in err
    assert out == ""


def test_evaluate_without_a_knowledge_base_says_so(gold: Path, tmp_path: Path) -> None:
    code, _, err = run("evaluate", gold, "--db", tmp_path / "none.db")
    assert code == 1
    assert "no knowledge base at" in err
