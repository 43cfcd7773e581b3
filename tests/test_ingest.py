"""``dipgraph ingest``: every input format, idempotence, changed files, bad input, progress.

These run the real extraction (spaCy, loaded once per test session) on short texts.
"""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from extract import pipeline
from graph.cli import app, progress_bar
from graph.store import KnowledgeBase

runner = CliRunner()

WANG = "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow on Monday."
MODI = "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in Kazan on Tuesday."
XI = "Xi Jinping held talks with Joe Biden in Lima."
BLINKEN = "Antony Blinken met Wang Yi in Beijing."
PAGE = """<html><head><title>Blinken in Beijing</title>
<meta property="article:published_time" content="2024-04-26">
<meta property="og:site_name" content="Daily Wire">
<link rel="canonical" href="https://news.example.org/blinken-beijing"></head>
<body><nav>Home | World</nav><article><h1>Blinken in Beijing</h1>
<p>{text} The two sides discussed trade, fentanyl and the war in Ukraine at length.</p>
</article></body></html>"""


def ingest(*args: str | Path, stdin: str | None = None) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``dipgraph ingest ARGS``."""
    result = runner.invoke(app, ["ingest", *map(str, args)], input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def meetings(db: Path) -> list[dict[str, object]]:
    result = runner.invoke(app, ["meetings", "--format", "jsonl", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def dump(db: Path) -> list[str]:
    """Every row of every table, as SQL."""
    with sqlite3.connect(db) as connection:
        return list(connection.iterdump())


def stored(db: Path) -> list[tuple[str, ...]]:
    """What each document states (not the row ids): documents, mentions, reports, evidence."""
    with sqlite3.connect(db) as connection:
        return connection.execute(
            """SELECT 'doc', id, title, published, path, url, outlet, sha256 FROM documents
               UNION ALL SELECT 'mention', doc, position, record, NULL, NULL, NULL, NULL FROM mentions
               UNION ALL SELECT 'report', doc, position, record, meeting, NULL, NULL, NULL FROM reports
               UNION ALL SELECT 'evidence', r.doc, r.position, e.text, e.start_char, e.end_char, NULL, NULL
                         FROM evidence e JOIN reports r ON r.id = e.report
               ORDER BY 1, 2, 3, 4"""
        ).fetchall()


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """A folder of four articles, one of each format."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "wang.txt").write_text(f"date 2024-11-19\n{WANG}\n", encoding="utf-8")
    (folder / "modi.md").write_text(f"# Modi in Kazan\n\n{MODI}\n", encoding="utf-8")
    (folder / "blinken.html").write_text(PAGE.format(text=BLINKEN), encoding="utf-8")
    line = {
        "id": "wire-7",
        "text": XI,
        "outlet": "Wire",
        "url": "https://wire.example/7",
        "published": "2024-11-17",
    }
    (folder / "wire.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    return folder


def test_ingest_reads_text_markdown_html_and_json_lines_and_keeps_their_sources(
    news: Path, tmp_path: Path
) -> None:
    db = tmp_path / "kb.db"
    code, out, err = ingest(news, "--db", db)
    assert (code, err) == (0, "")
    assert out.startswith("ingested 4 documents, 0 unchanged, skipped none; ")
    sources = {s["doc"]: s for m in meetings(db) for s in m["sources"]}  # type: ignore[attr-defined]
    assert set(sources) == {"wang", "modi", "blinken", "wire-7"}
    assert sources["wang"]["path"] == str(news / "wang.txt")
    assert sources["blinken"]["url"] == "https://news.example.org/blinken-beijing"
    assert sources["blinken"]["outlet"] == "Daily Wire"
    assert (sources["wire-7"]["outlet"], sources["wire-7"]["path"]) == ("Wire", str(news / "wire.jsonl"))
    with KnowledgeBase.open(db) as kb:
        published = {d.id: (str(d.published), d.published_source) for d in kb.documents()}
    assert published["blinken"] == ("2024-04-26", "metadata")
    assert published["wire-7"] == ("2024-11-17", "metadata")
    assert published["wang"] == ("2024-11-19", "date-line")


def test_ingest_reads_standard_input(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    code, out, _ = ingest("-", "--db", db, stdin=f"date 2024-11-19\n{WANG}\n")
    assert code == 0 and out.startswith("ingested 1 document, ")
    lines = json.dumps({"id": "w1", "text": MODI}) + "\n" + json.dumps({"text": XI}) + "\n"
    code, out, _ = ingest("-", "--db", db, stdin=lines)
    assert code == 0 and out.startswith("ingested 2 documents, ")
    with KnowledgeBase.open(db) as kb:
        documents = kb.documents()
    assert {d.path for d in documents} == {"<stdin>"}
    assert sorted(d.id[:6] for d in documents) == ["stdin-", "stdin-", "w1"]


def test_ingesting_the_same_input_twice_changes_nothing(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    assert ingest(news, "--db", db)[0] == 0
    before = dump(db)
    code, out, _ = ingest(news, news / "wang.txt", "--db", db)
    assert code == 0
    assert out.startswith("ingested 0 documents, 4 unchanged, skipped none; ")
    assert dump(db) == before


def test_a_changed_file_replaces_its_records_and_ends_as_a_fresh_ingest_would(
    news: Path, tmp_path: Path
) -> None:
    db = tmp_path / "kb.db"
    assert ingest(news, "--db", db)[0] == 0
    (news / "wang.txt").write_text(f"date 2024-04-27\n{BLINKEN}\n", encoding="utf-8")
    code, out, _ = ingest(news, "--db", db)
    assert code == 0 and out.startswith("ingested 1 document, 3 unchanged, ")
    fresh = tmp_path / "fresh.db"
    assert ingest(news, "--db", fresh)[0] == 0
    assert meetings(db) == meetings(fresh)
    assert stored(db) == stored(fresh)
    with KnowledgeBase.open(db) as kb:
        assert "Sergey Lavrov" not in {p.name for p in kb.people()}
        # Blinken met Wang Yi in Beijing, news of two documents a day apart: one meeting, two sources
        (beijing,) = [m for m in kb.meetings() if m.place and m.place.city == "Beijing"]
        assert beijing.docs == ("blinken", "wang")


def test_lines_gone_from_a_json_lines_file_take_their_documents_with_them(tmp_path: Path) -> None:
    db, dump_file = tmp_path / "kb.db", tmp_path / "dump.jsonl"
    lines = [{"id": i, "text": t} for i, t in (("a", WANG), ("b", MODI), ("c", XI))]
    dump_file.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert ingest(dump_file, "--db", db)[0] == 0
    dump_file.write_text(json.dumps(lines[0]) + "\n" + json.dumps(lines[2]) + "\n", encoding="utf-8")
    code, out, _ = ingest(dump_file, "--db", db)
    assert code == 0
    assert out.startswith("ingested 0 documents, 2 unchanged, removed 1 document their files no longer hold")
    found = meetings(db)
    assert sorted(s["doc"] for m in found for s in m["sources"]) == ["a", "c"]  # type: ignore[attr-defined]
    assert not any("Modi" in p["name"] for m in found for p in m["participants"])  # type: ignore[attr-defined]


def test_two_files_with_one_document_id_are_not_mixed_up(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    for folder, text in (("a", WANG), ("b", MODI)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    for _ in range(2):
        code, out, err = ingest(tmp_path / "a", tmp_path / "b", "--db", db)
        assert code == 1
        assert err == (
            f"skipped {tmp_path / 'b' / 'story.txt'}: holds document 'story', already the id of a document "
            f"from {tmp_path / 'a' / 'story.txt'}; rename one of them (or `dipgraph forget story`)\n"
        )
        assert "skipped 1 (1 duplicate id)" in out
    (participants,) = [[p["name"] for p in m["participants"]] for m in meetings(db)]  # type: ignore[attr-defined]
    assert participants == ["Wang Yi", "Sergey Lavrov"]


def test_a_moved_file_is_unchanged_and_keeps_its_new_path(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    assert ingest(news, "--db", db)[0] == 0
    moved = news.rename(tmp_path / "archive")
    code, out, _ = ingest(moved, "--db", db)
    assert code == 0 and out.startswith("ingested 0 documents, 4 unchanged, ")
    with KnowledgeBase.open(db) as kb:
        assert {Path(d.path or "").parent for d in kb.documents()} == {moved}


def test_articles_are_extracted_again_by_another_extractor(
    news: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "kb.db"
    assert ingest(news, "--db", db)[0] == 0
    monkeypatch.setattr(pipeline, "extractor_id", lambda model: "a better extractor")
    code, out, _ = ingest(news, "--db", db)
    assert code == 0 and out.startswith("ingested 4 documents, 0 unchanged, ")


def test_bad_inputs_are_named_one_line_each_and_the_good_ones_ingested(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "kb.db"
    folder.mkdir()
    (folder / "good.txt").write_text(WANG, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (folder / "latin1.txt").write_bytes(f"Caf\xe9 talks. {MODI}".encode("latin-1"))
    (folder / "controls.md").write_text(f"\x1b[1m{XI}\x07", encoding="utf-8")
    (folder / "empty.md").write_bytes(b"")
    (folder / "dump.jsonl").write_text(
        json.dumps({"id": "ok", "text": BLINKEN}) + "\n{broken\n" + json.dumps({"title": "no text"}) + "\n",
        encoding="utf-8",
    )
    (folder / "menu.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    (folder / "loop").symlink_to(folder)
    (folder / "picture.png").write_bytes(b"\x89PNG")
    code, out, err = ingest(folder, tmp_path / "missing.txt", "--db", db)
    assert code == 1
    lines = err.splitlines()
    expected = {
        "binary.txt": "skipped",
        "latin1.txt": "note",
        "controls.md": "note",
        "empty.md": "skipped",
        "dump.jsonl": "skipped",
        "menu.html": "skipped",
        "loop": "skipped",
        "picture.png": "ignored",
        "missing.txt": "skipped",
    }
    assert len(lines) == len(expected), err
    for name, word in expected.items():
        (line,) = [x for x in lines if f"/{name}: " in x]
        assert line.startswith(f"{word} ")
    assert "Traceback" not in out + err
    assert "dump.jsonl: 2 entries are not articles: line 2 (not valid JSON" in err
    summary, _ = out.split("; ")
    ingested, skipped, notes = (
        summary.split(", skipped 6 (")[0],
        *summary.split(", skipped 6 (")[1].split("), "),
    )
    assert ingested == "ingested 4 documents, 0 unchanged"
    reasons = ["binary", "empty", "bad lines", "no article text", "symbolic link loop", "missing"]
    assert sorted(skipped.split(", ")) == sorted(f"1 {reason}" for reason in reasons)
    assert sorted(notes.removeprefix("notes: ").split(", ")) == [
        "1 control characters",
        "1 ignored",
        "1 invalid UTF-8",
    ]
    with KnowledgeBase.open(db) as kb:
        assert sorted(d.id for d in kb.documents()) == ["controls", "good", "latin1", "ok"]


def test_notes_alone_exit_0(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes(f"Caf\xe9 talks. {MODI}".encode("latin-1"))
    code, out, err = ingest(tmp_path / "latin1.txt", "--db", tmp_path / "kb.db")
    assert code == 0
    assert err.startswith("note ") and "latin1.txt: is not valid UTF-8" in err
    assert out.startswith("ingested 1 document, 0 unchanged, skipped none, notes: 1 invalid UTF-8; ")


def test_an_article_that_fails_to_extract_is_named_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.find_meetings

    def fragile(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "Kazan" in doc.text:
            raise ValueError("something in the parse we did not expect")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "find_meetings", fragile)
    (tmp_path / "a.txt").write_text(WANG, encoding="utf-8")
    (tmp_path / "b.txt").write_text(MODI, encoding="utf-8")
    code, out, err = ingest(tmp_path / "a.txt", tmp_path / "b.txt", "--db", tmp_path / "kb.db")
    assert code == 1
    assert err == (
        f"skipped {tmp_path / 'b.txt'}: article 'b' could not be extracted (ValueError: something in "
        "the parse we did not expect); please report it\n"
    )
    assert out.startswith("ingested 1 document, 0 unchanged, skipped 1 (1 extraction failed); ")


def test_a_50_mb_file_is_ingested_in_pieces_with_offsets_into_the_whole_file(tmp_path: Path) -> None:
    # Mostly blank lines, which never reach the parser, so that the test stays quick; the
    # meeting at the end lies far beyond spaCy's max_length of 1,000,000 characters.
    path, db = tmp_path / "huge.txt", tmp_path / "kb.db"
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"date 2024-11-19\n{WANG}\n")
        out.write("\n" * (50 * 2**20))
        out.write(f"{MODI}\n")
    code, out_text, _ = ingest(path, "--db", db)
    assert code == 0 and out_text.startswith("ingested 1 document, ")
    text = path.read_text(encoding="utf-8")
    found = {}
    with KnowledgeBase.open(db) as kb:
        for m in kb.meetings():
            for r in m.reports:
                for e in r.evidence:
                    found[m.participants[0].name] = e
    assert set(found) == {"Wang Yi", "Narendra Modi"}
    for e in found.values():
        assert text[e.start : e.end] == e.text
    assert found["Narendra Modi"].start > 50 * 2**20


def test_progress_shows_documents_stored_and_their_rate() -> None:
    screen = io.StringIO()
    bar = progress_bar(Console(file=screen, force_terminal=True, width=120))
    with bar:
        task = bar.add_task("", total=None, stored=2, unchanged=1)
        bar.update(task, advance=3, description="wang")
        bar.refresh()
    shown = screen.getvalue()
    assert "3 documents (2 stored, 1 unchanged)" in shown and "documents/s" in shown and "wang" in shown


def test_ingest_shows_no_progress_when_not_on_a_terminal(news: Path, tmp_path: Path) -> None:
    code, out, err = ingest(news, "--db", tmp_path / "kb.db")
    assert (code, err) == (0, "")
    assert out.count("\n") == 1 and "documents/s" not in out


def test_ingest_into_a_file_that_is_no_knowledge_base_is_a_one_line_error(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("not a database\n" * 100)
    code, out, err = ingest(news, "--db", db)
    assert code == 1 and out == ""
    assert err.startswith("dipgraph: ") and str(db) in err and err.count("\n") == 1


def test_extract_paths_reports_problems_and_notes_and_extracts_only_what_is_kept(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(WANG, encoding="utf-8")
    (tmp_path / "b.txt").write_text(MODI, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes(f"\xe9 {XI}".encode("latin-1"))
    (tmp_path / "e.png").write_bytes(b"\x89PNG")
    errors: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []
    found = pipeline.extract_paths(
        [tmp_path],
        on_error=lambda path, reason: errors.append((Path(path).name, reason)),
        on_note=lambda path, note: notes.append((Path(path).name, note)),
        keep=lambda article: article.id != "b",
    )
    assert [x.document.id for x in found] == ["a", "d"]
    assert errors == [("c.txt", "is empty; nothing to extract")]
    assert [name for name, _ in notes] == ["d.txt", "e.png"]
    with pytest.raises(pipeline.InputError, match="is empty"):
        list(pipeline.extract_paths([tmp_path / "c.txt"]))


def test_the_same_folder_through_a_link_is_the_same_source(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    assert ingest(news, "--db", db)[0] == 0
    (tmp_path / "link").symlink_to(news)
    code, out, err = ingest(tmp_path / "link", "--db", db)
    assert (code, err) == (0, "")
    assert out.startswith("ingested 0 documents, 4 unchanged, skipped none; ")
