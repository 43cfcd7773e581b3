from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from builders import assert_same_graph, day, extraction, report

from extract.records import Document, Extraction, Person, Place
from graph.errors import KnowledgeBaseError, MissingKnowledgeBaseError, QueryError, SchemaVersionError
from graph.geo import locate
from graph.merge import merge_meetings
from graph.network import meeting_path
from graph.query import PLAN_KINDS, find_meetings, meeting_counts, person_matches, who_met
from graph.records import date_text, place_text
from graph.store import DERIVED, SCHEMA_VERSION, KnowledgeBase, Stored
from graph.views import people_graph


def seeds_like() -> list[Extraction]:
    return [
        extraction(
            "000",
            report("000", "Wang Yi", "Sergei Lavrov", city="Rio de Janeiro", when=day("2024-11-18")),
            report("000", "Xi Jinping", "Joe Biden", country="Peru", occasion="APEC summit"),
            title="Chinese and Russian foreign ministers meet",
        ),
        extraction("001", report("001", "Wang Yi", "Sergey Lavrov", city="Rio de Janeiro", country="Brazil")),
        extraction("002", people=(Person(name="Song Tao", country="China"),)),
    ]


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase.open(tmp_path / "kb.db", create=True) as kb:
        kb.add(seeds_like())
        yield kb


def test_added_documents_come_back_as_they_were(kb: KnowledgeBase) -> None:
    assert kb.extractions() == seeds_like()
    assert [d.id for d in kb.documents()] == ["000", "001", "002"]
    assert kb.documents()[0].title == "Chinese and Russian foreign ministers meet"


def test_meetings_read_back_equal_the_merge_of_the_stored_documents(kb: KnowledgeBase) -> None:
    assert kb.meetings() == merge_meetings(seeds_like())
    assert sorted(m.docs for m in kb.meetings()) == [("000",), ("000", "001")]


def test_meetings_read_back_in_the_order_merged(tmp_path: Path) -> None:
    pair = ("Vladimir Putin", "Xi Jinping")
    docs = [
        extraction(
            "z",
            report("z", *pair, city="Kazan", at=500),
            report("z", *pair, city="Astana", at=100),
        ),
        extraction("a", report("a", "Wang Yi", "Sergey Lavrov", city="Jakarta")),
    ]
    with KnowledgeBase.open(tmp_path / "kb.db", create=True) as kb:
        kb.add(docs)
        assert [m.place and m.place.city for m in kb.meetings()] == ["Jakarta", "Astana", "Kazan"]
        assert kb.meetings() == merge_meetings(docs)


def test_people_are_stored_once_each_with_every_spelling(kb: KnowledgeBase) -> None:
    people = {p.name: p for p in kb.people()}
    assert len(people) == 5
    lavrov = people.get("Sergei Lavrov") or people["Sergey Lavrov"]
    assert {lavrov.name, *lavrov.aliases} == {"Sergei Lavrov", "Sergey Lavrov"}
    assert people["Song Tao"].country == "China"


def test_adding_a_document_again_replaces_its_records(kb: KnowledgeBase) -> None:
    before = kb.counts()
    kb.add([extraction("001", report("001", "Wang Yi", "Sergey Lavrov", kind="phone"))])
    after = kb.counts()
    assert (after["documents"], after["reports"]) == (before["documents"], before["reports"])
    assert sorted(m.kind for m in kb.meetings()) == ["in_person", "in_person", "phone"]


def test_ingesting_in_another_order_gives_the_same_meeting_ids(kb: KnowledgeBase, tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "other.db", create=True) as other:
        other.add(seeds_like()[::-1])
        assert [m.id for m in other.meetings()] == [m.id for m in kb.meetings()]


def test_reopened_knowledge_base_keeps_its_meetings(kb: KnowledgeBase) -> None:
    meetings = kb.meetings()
    with KnowledgeBase.open(kb.path) as again:
        assert again.meetings() == meetings


def test_each_report_is_linked_to_its_merged_meeting(kb: KnowledgeBase) -> None:
    with sqlite3.connect(kb.path) as db:
        rows = db.execute("SELECT doc, meeting FROM reports ORDER BY doc, position").fetchall()
    by_meeting = {m.id: m.docs for m in kb.meetings()}
    assert all(doc in by_meeting[meeting] for doc, meeting in rows)
    assert len(rows) == 3


def test_evidence_is_stored_with_its_offsets(kb: KnowledgeBase) -> None:
    with sqlite3.connect(kb.path) as db:
        rows = db.execute("SELECT doc, text, start_char, end_char FROM evidence ORDER BY doc").fetchall()
    assert rows[0] == ("000", "Wang Yi and Sergei Lavrov met.", 0, 30)


def test_documents_added_before_an_error_are_kept_and_merged(tmp_path: Path) -> None:
    def stream() -> Iterator[Extraction]:
        yield seeds_like()[0]
        raise RuntimeError("extraction stopped")

    with KnowledgeBase.open(tmp_path / "kb.db", create=True) as kb:
        with pytest.raises(RuntimeError):
            kb.add(stream())
        assert kb.counts()["documents"] == 1
        assert len(kb.meetings()) == 2


def test_knowledge_base_uses_wal_and_foreign_keys(kb: KnowledgeBase) -> None:
    with sqlite3.connect(kb.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert kb._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_knowledge_base_syncs_its_log_at_checkpoints_not_at_each_commit(kb: KnowledgeBase) -> None:
    assert kb._db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL, not FULL (2)


def test_missing_knowledge_base_is_a_named_error(tmp_path: Path) -> None:
    with pytest.raises(MissingKnowledgeBaseError, match="run `dipgraph ingest` first"):
        KnowledgeBase.open(tmp_path / "nothing.db")
    assert not (tmp_path / "nothing.db").exists()


def test_knowledge_base_of_another_schema_version_is_refused(kb: KnowledgeBase) -> None:
    with sqlite3.connect(kb.path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaVersionError, match=f"schema version {SCHEMA_VERSION + 1}"):
        KnowledgeBase.open(kb.path)


def test_sqlite_file_of_another_application_is_refused(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "other.db") as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(KnowledgeBaseError, match="not a dipgraph knowledge base"):
        KnowledgeBase.open(tmp_path / "other.db", create=True)


def test_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.db").write_text("these are not the meetings you are looking for\n" * 20)
    with pytest.raises(KnowledgeBaseError, match=r"notes\.db"):
        KnowledgeBase.open(tmp_path / "notes.db")


def test_document_without_meetings_is_stored(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.db", create=True) as kb:
        assert kb.add([Extraction(document=Document(id="empty"))]) == 1
        assert kb.counts() == {"documents": 1, "reports": 0, "meetings": 0, "people": 0}


# Writing documents one transaction each, merging once, and merging again when stale.


def merged_state(kb: KnowledgeBase) -> list[tuple[str, ...]]:
    """Every row of the merged tables, and which meeting each report belongs to, as text."""
    with sqlite3.connect(kb.path) as db:
        rows = [
            (table, *map(str, row))
            for table in DERIVED
            for row in db.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
        ]
        rows += db.execute("SELECT doc, position, meeting FROM reports ORDER BY doc, position").fetchall()
    return rows


def test_put_stores_a_document_and_leaves_the_merge_stale_until_read(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.db", create=True) as kb:
        for x in seeds_like():
            kb.put(x)  # as if the run was killed before it merged
        with sqlite3.connect(kb.path) as db:
            assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
            assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
    with KnowledgeBase.open(tmp_path / "kb.db") as again:
        assert again.meetings() == merge_meetings(seeds_like())
        assert again.merge() is False  # fresh now


def test_merged_state_written_by_other_merging_code_is_merged_again(kb: KnowledgeBase) -> None:
    expected = merged_state(kb)
    with sqlite3.connect(kb.path) as db:
        db.execute("UPDATE state SET value = 'older-merge' WHERE key = 'merged'")
        db.execute("DELETE FROM meetings")
    assert kb.merge() is True
    assert merged_state(kb) == expected


def test_adding_the_same_documents_again_changes_no_merged_row(kb: KnowledgeBase) -> None:
    before = merged_state(kb)
    kb.add(seeds_like())
    assert merged_state(kb) == before


def test_a_changed_document_leaves_no_orphaned_meeting_or_person(kb: KnowledgeBase) -> None:
    kb.add([extraction("000", report("000", "Narendra Modi", "Vladimir Putin", city="Kazan"))])
    names = {p.name for p in kb.people()}
    assert "Xi Jinping" not in names and "Joe Biden" not in names
    assert {m.docs for m in kb.meetings()} == {("000",), ("001",)}
    with sqlite3.connect(kb.path) as db:
        assert db.execute("SELECT count(*) FROM reports WHERE meeting IS NULL").fetchone()[0] == 0
        orphans = db.execute(
            "SELECT count(*) FROM meetings WHERE id NOT IN "
            "(SELECT meeting FROM reports WHERE meeting IS NOT NULL)"
        ).fetchone()[0]
        assert orphans == 0
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_retire_removes_what_a_file_no_longer_holds(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.db", create=True) as kb:
        dump = [
            x.model_copy(update={"document": Document(id=x.document.id, path="/news/dump.jsonl")})
            for x in seeds_like()
        ]
        kb.add(dump)
        assert kb.retire("/news/dump.jsonl", keep={"000", "002"}) == ["001"]
        assert kb.retire("/news/other.jsonl", keep=set()) == []
        assert [d.id for d in kb.documents()] == ["000", "002"]
        assert sorted(m.docs for m in kb.meetings()) == [("000",), ("000",)]


def test_forget_removes_a_document_and_the_meetings_only_it_reported(kb: KnowledgeBase) -> None:
    apec = next(m for m in kb.meetings() if m.occasion)
    assert kb.forget(["000"]) == [apec.id]
    (rio,) = kb.meetings()
    assert rio.docs == ("001",)
    assert "Joe Biden" not in {p.name for p in kb.people()}
    assert [d.id for d in kb.documents()] == ["001", "002"]


def test_forget_an_unknown_document_is_a_named_error_and_removes_nothing(kb: KnowledgeBase) -> None:
    with pytest.raises(KnowledgeBaseError, match="no document 'nope'"):
        kb.forget(["000", "nope"])
    assert kb.counts()["documents"] == 3


def test_stored_and_move_keep_where_a_document_came_from(tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "kb.db", create=True) as kb:
        doc = Document(id="a", path="/old/a.txt", sha256="abc")
        kb.add([Extraction(document=doc)], extractor="model 1")
        assert kb.stored("a") == Stored(id="a", path="/old/a.txt", sha256="abc", extractor="model 1")
        kb.move("a", "/new/a.txt")
        assert kb.documents()[0].path == "/new/a.txt"
        assert kb.stored("b") is None


def test_a_meeting_is_found_by_its_id_or_the_start_of_it(kb: KnowledgeBase) -> None:
    apec = next(m for m in kb.meetings() if m.occasion)
    assert kb.meeting(apec.id) == apec
    assert kb.meeting(apec.id[:8]) == apec or len({m.id[:8] for m in kb.meetings()}) < 2
    with pytest.raises(KnowledgeBaseError, match="no meeting 'm-nothing'"):
        kb.meeting("m-nothing")
    with pytest.raises(KnowledgeBaseError, match="2 meetings start with 'm-'"):
        kb.meeting("m-")


def test_stats_count_documents_people_places_and_meetings_by_kind(kb: KnowledgeBase) -> None:
    stats = kb.stats()
    assert (stats.documents, stats.reports, stats.people, stats.places, stats.occasions) == (3, 3, 5, 2, 1)
    assert stats.meetings == {"in_person": 2}
    assert (stats.first, stats.last, stats.undated) == (date(2024, 11, 18), date(2024, 11, 18), 1)


@pytest.mark.parametrize(
    ("found", "advice"), [(1, "older dipgraph"), (SCHEMA_VERSION + 1, "upgrade dipgraph")]
)
def test_another_schema_version_says_what_to_do(kb: KnowledgeBase, found: int, advice: str) -> None:
    with sqlite3.connect(kb.path) as db:
        db.execute(f"PRAGMA user_version = {found}")
    with pytest.raises(SchemaVersionError) as caught:
        KnowledgeBase.open(kb.path)
    message = str(caught.value)
    assert f"schema version {found}, this dipgraph reads version {SCHEMA_VERSION}" in message
    assert advice in message and "--db" in message and "\n" not in message


# A person's meetings through the name index.


def named_alike() -> list[Extraction]:
    """People named with and without accents, under several spellings, sharing words."""
    return [
        extraction(
            "100",
            report(
                "100",
                "Wang Yi",
                "Sergei Lavrov",
                city="Rio de Janeiro",
                when=day("2024-11-18"),
                occasion="G20",
            ),
        ),
        extraction("101", report("101", "Wang Yi", "Sergey Lavrov", city="Rio de Janeiro")),
        extraction(
            "102", report("102", "Péter Szijjártó", "Sergey Lavrov", city="Budapest", when=day("2023-05-02"))
        ),
        extraction("103", report("103", "Peter Szijjarto", "Wang Yi", kind="phone", when=day("2023-06-01"))),
        extraction("104", report("104", "Alexis Tsipras", "Xi Jinping", when=day("2019-01-01"))),
        extraction("105", report("105", "Xi Jinping", "Wang Yi", "Wang Wenbin", city="Beijing")),
        extraction("106", report("106", "Xi Jinping", "Joko Widodo", city="Jakarta", when=day("2024-11-18"))),
        extraction("107", report("107", "Wang Yi", "Sergey Lavrov", city="Moscow", when=day("2024-11-18"))),
    ]


QUERIES = [
    "lavrov", "Sergei", "SERGEY LAV", "ser lav", "szijjarto", "Szijjártó", "péter", "xi", "ji", "jinping",
    "wang", "Wang Yi", "yi", "wen", "tsipras", "nobody",
]  # fmt: skip


@pytest.fixture
def alike(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase.open(tmp_path / "alike.db", create=True) as kb:
        kb.add(named_alike())
        yield kb


@pytest.mark.parametrize("query", QUERIES)
def test_people_named_are_the_people_person_matches_finds(alike: KnowledgeBase, query: str) -> None:
    assert alike.people_named(query) == sorted(p.id for p in alike.people() if person_matches(p, query))


@pytest.mark.parametrize("query", QUERIES)
def test_meetings_of_a_name_are_those_find_meetings_keeps(alike: KnowledgeBase, query: str) -> None:
    assert alike.meetings_of(query) == find_meetings(alike.meetings(), person=query)


@pytest.mark.parametrize("query", ["", "-", "!", "%", "_", "*", "\\"])
def test_a_name_without_letters_or_digits_is_an_error_not_everyone(alike: KnowledgeBase, query: str) -> None:
    with pytest.raises(QueryError, match="no letter or digit"):
        alike.people_named(query)
    with pytest.raises(QueryError, match="no letter or digit"):
        alike.meetings_of(query)
    with pytest.raises(QueryError, match="no letter or digit"):
        find_meetings(alike.meetings(), person=query)


def test_meetings_without_reports_are_the_meetings_with_their_reports_left_out(alike: KnowledgeBase) -> None:
    assert alike.meetings(reports=False) == [m.model_copy(update={"reports": ()}) for m in alike.meetings()]
    without = [m.model_copy(update={"reports": ()}) for m in alike.meetings_of("wang")]
    assert alike.meetings_of("wang", reports=False) == without
    assert all(m.reports for m in alike.meetings_of("wang"))


def test_meeting_rows_are_the_meetings_without_countries_and_reports(alike: KnowledgeBase) -> None:
    rows, records = alike.meeting_rows(), alike.meetings()
    assert [m.id for m in records] == [r.id for r in rows]
    for row, m in zip(rows, records, strict=True):
        assert row == (m.id, m.participants, m.place, m.occasion, m.date, m.kind)
    assert all(any(getattr(m, fact) for m in records) for fact in ("place", "occasion", "date"))


@pytest.mark.parametrize("name", ["wang", "Sergei", "Tsipras", "Nobody"])
def test_meeting_rows_of_a_name_are_the_rows_of_its_meetings(alike: KnowledgeBase, name: str) -> None:
    rows = {r.id: r for r in alike.meeting_rows()}
    assert alike.meeting_rows(name) == [rows[m.id] for m in alike.meetings_of(name)]
    assert bool(alike.meeting_rows(name)) is (name != "Nobody")


def test_the_views_and_queries_of_meeting_rows_are_those_of_the_meetings(alike: KnowledgeBase) -> None:
    rows, records = alike.meeting_rows(), alike.meetings()
    assert_same_graph(people_graph(rows), people_graph(records))
    since = date(2024, 1, 1)
    lavrov = [m.id for m in find_meetings(records, person="lavrov", since=since)]
    assert [r.id for r in find_meetings(rows, person="lavrov", since=since)] == lavrov
    assert lavrov
    chain = [[m.id for m in link.meetings] for link in meeting_path(records, "Tsipras", "Widodo")]
    assert [[m.id for m in link.meetings] for link in meeting_path(rows, "Tsipras", "Widodo")] == chain
    assert len(chain) == 2


def test_the_name_index_follows_the_merge(alike: KnowledgeBase) -> None:
    assert alike.people_named("tsipras") == ["person:alexis-tsipras"]
    alike.forget(["104"])
    assert alike.people_named("tsipras") == []
    alike.add([extraction("108", report("108", "Alexis Tsipras", "Joko Widodo", city="Athens"))])
    assert alike.people_named("tsipras") == ["person:alexis-tsipras"]


def test_a_version_2_knowledge_base_gets_the_name_index_when_opened(alike: KnowledgeBase) -> None:
    expected = merged_state(alike)
    make_version(alike.path, 2)
    with KnowledgeBase.open(alike.path) as again:
        assert again._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert again.people_named("szijjarto") == ["person:peter-szijjarto"]
        assert again.merge() is False
    assert merged_state(alike) == expected


# Loading meetings merged beforehand.


def test_loaded_meetings_read_back_as_they_were_and_as_merging_gives_them(
    alike: KnowledgeBase, tmp_path: Path
) -> None:
    meetings = alike.meetings()
    with KnowledgeBase.open(tmp_path / "loaded.db", create=True) as kb:
        assert kb.load(iter(meetings), alike.documents(), batch=3) == len(meetings)
        assert kb.merge() is False  # marked merged
        assert kb.meetings() == meetings
        assert kb.people() == alike.people()
        assert kb.documents() == alike.documents()
        assert kb.meeting(meetings[0].id) == meetings[0]
        assert kb.people_named("szijjarto") == ["person:peter-szijjarto"]
        assert kb.meetings_of("wang") == alike.meetings_of("wang")
        assert kb.extractions() == named_alike()  # each document's reports and people, as added
        loaded = merged_state(kb)
        with sqlite3.connect(kb.path) as db:
            db.execute("UPDATE state SET value = '' WHERE key = 'merged'")
        assert kb.merge() is True
        assert merged_state(kb) == loaded


def test_a_document_not_given_is_loaded_by_its_id(alike: KnowledgeBase, tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "loaded.db", create=True) as kb:
        kb.load(alike.meetings())
        assert kb.documents() == [Document(id=d.id) for d in alike.documents()]


def test_load_refuses_a_knowledge_base_that_holds_documents(alike: KnowledgeBase) -> None:
    with pytest.raises(KnowledgeBaseError, match="holds documents already"):
        alike.load(alike.meetings())


def test_load_refuses_two_records_of_one_person_and_two_meetings_of_one_id(
    alike: KnowledgeBase, tmp_path: Path
) -> None:
    first, *_ = alike.meetings()
    other = first.participants[0].model_copy(update={"country": "Atlantis"})
    twin = first.model_copy(update={"id": "m-twin", "participants": (other,)})
    with KnowledgeBase.open(tmp_path / "a.db", create=True) as kb:
        with pytest.raises(KnowledgeBaseError, match="two different records of person:"):
            kb.load([first, twin])
        assert kb.counts()["meetings"] == 0  # nothing was loaded
        with pytest.raises(KnowledgeBaseError, match="give each meeting an id of its own"):
            kb.load([first, first])


# Damaged and unwritable files.


def test_a_knowledge_base_with_a_table_dropped_is_named_damaged(kb: KnowledgeBase) -> None:
    with sqlite3.connect(kb.path) as db:
        db.execute("DROP TABLE occasions")
    with pytest.raises(KnowledgeBaseError, match="is damaged: its table occasions is missing"):
        KnowledgeBase.open(kb.path)


def test_a_knowledge_base_whose_side_files_cannot_be_written_says_so(kb: KnowledgeBase) -> None:
    # What a read-only mount does: SQLite cannot open the -wal file beside the knowledge base.
    kb.close()
    Path(f"{kb.path}-wal").unlink(missing_ok=True)
    Path(f"{kb.path}-shm").unlink(missing_ok=True)
    Path(f"{kb.path}-wal").mkdir()
    with pytest.raises(KnowledgeBaseError, match="read-only mount") as caught:
        KnowledgeBase.open(kb.path)
    assert "not a dipgraph knowledge base" not in str(caught.value)


def test_version_2_that_holds_the_name_index_already_says_what_is_wrong(kb: KnowledgeBase) -> None:
    with sqlite3.connect(kb.path) as db:
        db.execute("PRAGMA user_version = 2")
    with pytest.raises(KnowledgeBaseError, match="says it has schema version 2 but holds") as caught:
        KnowledgeBase.open(kb.path)
    assert "already exists" not in str(caught.value)


# Version 4: the views and the full-text search that Datasette shows.


def make_version(path: str, version: int) -> None:
    """Turn a knowledge base of the current version into one of an older ``version``, as that
    version's dipgraph made it (the evidence keeps its rowids)."""
    with sqlite3.connect(path) as db:
        if version == 5:
            for column in ("counterparts", "all_counterparts"):
                db.execute(f"ALTER TABLE person_totals DROP COLUMN {column}")
        if version < 5:
            db.execute("DROP TABLE pair_totals")
            db.execute("DROP TABLE person_totals")
        if version < 4:
            for view in ("meeting_list", "person_list", "source_list", "place_list"):
                db.execute(f"DROP VIEW {view}")
            for trigger in ("insert", "delete", "update"):
                db.execute(f"DROP TRIGGER evidence_fts_{trigger}")
            db.execute("DROP TABLE evidence_fts")
            for column in ("latitude", "longitude", "geo_precision"):
                db.execute(f"ALTER TABLE places DROP COLUMN {column}")
            db.execute("ALTER TABLE evidence RENAME TO evidence_v4")
            db.execute(
                "CREATE TABLE evidence (report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE, "
                "doc TEXT NOT NULL, text TEXT NOT NULL, "
                "start_char INTEGER NOT NULL, end_char INTEGER NOT NULL)"
            )
            db.execute(
                "INSERT INTO evidence (rowid, report, doc, text, start_char, end_char) "
                "SELECT * FROM evidence_v4"
            )
            db.execute("DROP TABLE evidence_v4")
            db.execute("CREATE INDEX evidence_report ON evidence(report)")
        if version < 3:
            db.execute("DROP TABLE person_names")
            for index in ("participants_person", "participants_meeting", "countries_meeting"):
                db.execute(f"DROP INDEX meeting_{index}")
        db.execute(f"PRAGMA user_version = {version}")


def listed(kb: KnowledgeBase, view: str) -> list[dict[str, Any]]:
    """The rows of a view, in its order, each as a dict by column."""
    db = sqlite3.connect(kb.path)
    db.row_factory = sqlite3.Row
    with closing(db):
        return [dict(row) for row in db.execute(f"SELECT * FROM {view}")]


def searched(kb: KnowledgeBase, words: str) -> list[str]:
    """The meetings whose evidence sentences hold ``words``, by full-text search (as Datasette
    runs it on ``source_list``)."""
    with closing(sqlite3.connect(kb.path)) as db:
        return [
            meeting
            for (meeting,) in db.execute(
                "SELECT DISTINCT meeting FROM source_list "
                "WHERE id IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?) ORDER BY meeting",
                (words,),
            )
        ]


def assert_views_right(kb: KnowledgeBase) -> None:
    """Each view says what the knowledge base's records say, and the full-text index is that
    of the evidence sentences stored: each sentence's words find its meeting."""
    meetings, documents = kb.meetings(), {d.id: d for d in kb.documents()}
    rows = listed(kb, "meeting_list")
    assert [r["id"] for r in rows] == [m.id for m in meetings]
    for row, m in zip(rows, meetings, strict=True):
        where = locate(m.place)
        assert row == {
            "id": m.id,
            "date": date_text(m.date) or None,
            "people": "; ".join(p.name for p in m.participants),
            "place": place_text(m.place) or None,
            "occasion": m.occasion.name if m.occasion else None,
            "kind": m.kind,
            "sources": len({r.doc for r in m.reports}),
            "country": m.place.country if m.place else None,
            "date_start": m.date.start.isoformat() if m.date and m.date.start else None,
            "date_end": m.date.end.isoformat() if m.date and m.date.end else None,
            "latitude": where.latitude if where else None,
            "longitude": where.longitude if where else None,
        }
    met = meeting_counts(meetings)
    planned, cancelled = (meeting_counts(meetings, kinds=[kind]) for kind in ("planned", "cancelled"))
    people = {p.id: p for m in meetings for p in m.participants}
    rows = listed(kb, "person_list")
    assert sorted(r["id"] for r in rows) == sorted(people)
    assert [r["met"] for r in rows] == sorted((r["met"] for r in rows), reverse=True)
    for row in rows:
        person = people[row["id"]]
        assert (row["name"], row["country"], row["role"]) == (person.name, person.country, person.role)
        assert row["aliases"] == ("; ".join(person.aliases) or None)
        assert (row["met"], row["planned"], row["cancelled"]) == (
            met[person.id],
            planned[person.id],
            cancelled[person.id],
        )
    sentences = sorted(
        (m.id, e.text, r.doc, r.kind, e.start, e.end) for m in meetings for r in m.reports for e in r.evidence
    )
    rows = listed(kb, "source_list")
    assert (
        sorted(
            (r["meeting"], r["sentence"], r["doc"], r["kind"], r["start_char"], r["end_char"]) for r in rows
        )
        == sentences
    )
    for row in rows:
        d = documents[row["doc"]]
        assert (row["title"], row["outlet"], row["url"], row["path"]) == (d.title, d.outlet, d.url, d.path)
    places = {m.place.id: m.place for m in meetings if m.place}
    rows = listed(kb, "place_list")
    assert sorted(r["id"] for r in rows) == sorted(places)
    for row in rows:
        where = locate(places[row["id"]])
        assert (row["latitude"], row["longitude"]) == (
            (where.latitude, where.longitude) if where else (None, None)
        )
        assert row["meetings"] == sum(
            m.place == places[row["id"]] and m.kind not in ("planned", "cancelled") for m in meetings
        )
    with closing(sqlite3.connect(kb.path)) as db:
        db.execute("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)")
    for m in meetings:
        for word in {w for r in m.reports for e in r.evidence for w in re.findall(r"\w{3,}", e.text)}:
            assert m.id in searched(kb, word), word


def test_the_views_show_each_meeting_person_source_and_place_as_the_records_do(kb: KnowledgeBase) -> None:
    assert_views_right(kb)
    assert {r["sources"] for r in listed(kb, "meeting_list")} == {1, 2}  # Rio, reported by two articles
    places = {r["place"]: r for r in listed(kb, "place_list")}
    assert list(places) == ["Peru", "Rio de Janeiro, Brazil"]  # one meeting each: by name
    rio, peru = places["Rio de Janeiro, Brazil"], places["Peru"]
    assert peru["geo_precision"] == "country"  # at the capital
    assert (round(rio["latitude"]), round(rio["longitude"]), rio["geo_precision"]) == (-23, -43, "city")


def test_full_text_search_finds_a_meeting_by_a_word_of_its_sentence_whatever_its_accents(
    tmp_path: Path,
) -> None:
    said = "Péter Szijjártó held talks with Sergey Lavrov in Budapest."
    with KnowledgeBase.open(tmp_path / "kb.db", create=True) as kb:
        kb.add([extraction("a", report("a", "Péter Szijjártó", "Sergey Lavrov", text=said))])
        (meeting,) = (m.id for m in kb.meetings())
        for words in ("szijjarto", "SZIJJÁRTÓ", "talk", "Lavrov Budapest", "budapest"):
            assert searched(kb, words) == [meeting], words
        assert searched(kb, "Moscow") == []


def test_views_and_search_stay_right_after_ingest_forget_and_merge(kb: KnowledgeBase) -> None:
    news = "Wang Yi and Sergey Lavrov met in Ulaanbaatar."
    kb.add([extraction("003", report("003", "Wang Yi", "Sergey Lavrov", city="Ulaanbaatar", text=news))])
    assert_views_right(kb)
    assert len(searched(kb, "Ulaanbaatar")) == 1
    kb.add(
        [
            extraction(
                "003", report("003", "Wang Yi", "Sergey Lavrov", city="Astana", text="They met in Astana.")
            )
        ]
    )
    assert_views_right(kb)
    assert searched(kb, "Ulaanbaatar") == [] and len(searched(kb, "Astana")) == 1
    assert kb.forget(["003"])
    assert_views_right(kb)
    assert searched(kb, "Astana") == []
    # A report that joins a meeting told before: the meeting's sentences are all found as its.
    joined = "Lavrov and Wang Yi met again on Monday in Rio."
    kb.add(
        [
            extraction(
                "004",
                report(
                    "004",
                    "Sergey Lavrov",
                    "Wang Yi",
                    city="Rio de Janeiro",
                    when=day("2024-11-18"),
                    text=joined,
                ),
            )
        ]
    )
    assert_views_right(kb)
    (rio,) = searched(kb, "again")
    assert set(searched(kb, "Rio")) == {rio}
    before = listed(kb, "source_list"), listed(kb, "meeting_list")
    with sqlite3.connect(kb.path) as db:
        db.execute("UPDATE state SET value = '' WHERE key = 'merged'")
    assert kb.merge() is True
    assert (listed(kb, "source_list"), listed(kb, "meeting_list")) == before
    assert_views_right(kb)


@pytest.mark.parametrize("version", [2, 3, 4, 5])
def test_an_older_knowledge_base_gets_the_views_and_search_when_opened(
    kb: KnowledgeBase, tmp_path: Path, version: int
) -> None:
    kb.forget(["001"])  # the evidence ids have a gap, as in a file that forgot or replaced documents
    kb.add(seeds_like()[1:2])
    views = {view: listed(kb, view) for view in ("meeting_list", "person_list", "source_list", "place_list")}
    expected = merged_state(kb)
    make_version(kb.path, version)
    with KnowledgeBase.open(kb.path) as again:
        assert again._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
        assert {view: listed(again, view) for view in views} == views
        assert again.merge() is False
        assert_views_right(again)
    assert merged_state(kb) == expected
    with KnowledgeBase.open(tmp_path / "new.db", create=True) as new:
        assert schema(new) == schema(kb)  # what a new file holds, column for column


def schema(kb: KnowledgeBase) -> list[tuple[Any, ...]]:
    """Each table, view, index and trigger of the file, with its columns."""
    with closing(sqlite3.connect(kb.path)) as db:
        things = db.execute("SELECT type, name, tbl_name FROM sqlite_schema ORDER BY name").fetchall()
        return [(*t, db.execute(f"SELECT * FROM pragma_table_xinfo('{t[1]}')").fetchall()) for t in things]


def test_version_3_that_holds_the_views_already_says_what_is_wrong(kb: KnowledgeBase) -> None:
    with sqlite3.connect(kb.path) as db:
        db.execute("PRAGMA user_version = 3")
    with pytest.raises(
        KnowledgeBaseError, match="says it has schema version 3 but holds evidence_fts"
    ) as caught:
        KnowledgeBase.open(kb.path)
    assert "already exists" not in str(caught.value)


@pytest.mark.parametrize(("kind", "name"), [("view", "source_list"), ("trigger", "evidence_fts_delete")])
def test_a_knowledge_base_with_a_view_or_trigger_dropped_is_named_damaged(
    kb: KnowledgeBase, kind: str, name: str
) -> None:
    with sqlite3.connect(kb.path) as db:
        db.execute(f"DROP {kind} {name}")
    with pytest.raises(KnowledgeBaseError, match=f"is damaged: its {kind} {name} is missing"):
        KnowledgeBase.open(kb.path)


# What each person's and each pair's meetings add up to, kept by every merge (issue 18).


def with_plans() -> list[Extraction]:
    """:func:`named_alike`, and plans: one of a pair who also met, two of pairs who never did."""
    return [
        *named_alike(),
        extraction("108", report("108", "Wang Yi", "Sergey Lavrov", kind="planned", city="Beijing")),
        extraction(
            "109", report("109", "Xi Jinping", "Alexis Tsipras", kind="cancelled", when=day("2025-03-01"))
        ),
        extraction(
            "110", report("110", "Joko Widodo", "Alexis Tsipras", kind="planned", when=day("2025-05-01"))
        ),
    ]


Totals = tuple[int, object, object, Counter[Place], Counter[str]]


def recounted(
    kb: KnowledgeBase,
) -> tuple[dict[str, tuple[int, int, int]], dict[tuple[bool, str, str], Totals]]:
    """Each person's meetings (met, planned, cancelled) and each pair's totals, counted again
    from every meeting with :func:`graph.query.who_met`, in its order."""
    meetings = kb.meetings(reports=False)
    met, planned, cancelled = (
        meeting_counts(meetings, kinds=k)
        for k in (("in_person", "visit", "phone", "video"), *([k] for k in PLAN_KINDS))
    )
    people = {p.id: p for m in meetings for p in m.participants}
    pairs: dict[tuple[bool, str, str], Totals] = {}
    for plans in (False, True):
        for person in sorted(people.values(), key=lambda p: p.id):
            for c in who_met(meetings, person, include_plans=plans):
                starts = [m.date.start for m in c.meetings if m.date and m.date.start]
                ends = [m.date.end for m in c.meetings if m.date and m.date.end]
                pairs[plans, person.id, c.person.id] = (
                    len(c.meetings),
                    min(starts, default=None),
                    max(ends, default=None),
                    Counter(m.place for m in c.meetings if m.place),
                    Counter(m.kind for m in c.meetings),
                )
    return {p: (met[p], planned[p], cancelled[p]) for p in people}, pairs


def kept(kb: KnowledgeBase) -> tuple[dict[str, tuple[int, int, int]], dict[tuple[bool, str, str], Totals]]:
    """The same, as the knowledge base keeps them (:meth:`KnowledgeBase.met_with`)."""
    people = kb.meeting_totals()
    pairs: dict[tuple[bool, str, str], Totals] = {}
    for plans in (False, True):
        for person in sorted(people):
            for t in kb.met_with(person, include_plans=plans):
                pairs[plans, person, t.counterpart.id] = (
                    t.meetings,
                    t.first,
                    t.last,
                    Counter(dict(t.places)),
                    Counter(dict(t.kinds)),
                )
    return people, pairs


def assert_totals_right(kb: KnowledgeBase) -> None:
    expected = recounted(kb)
    assert kept(kb) == expected
    assert list(kept(kb)[1]) == list(expected[1])  # the same order: most meetings first, then by name
    assert any(plans for plans, _, _ in expected[1]) and expected[1]  # not trivially equal
    counted = Counter((plans, person) for plans, person, _ in expected[1])
    for plans in (False, True):
        for person in expected[0]:
            assert kb.counterpart_count(person, include_plans=plans) == counted[plans, person]
    assert kb.counterpart_count("person:no-one") == 0


@pytest.fixture
def planned(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase.open(tmp_path / "planned.db", create=True) as kb:
        kb.add(with_plans())
        yield kb


def test_totals_are_those_of_the_meetings_after_ingest(planned: KnowledgeBase) -> None:
    assert_totals_right(planned)
    lavrov = {t.counterpart.name: t for t in planned.met_with("person:sergey-lavrov", include_plans=True)}
    wang = lavrov["Wang Yi"]
    assert (wang.meetings, wang.kinds) == (3, (("in_person", 2), ("planned", 1)))
    assert [(p.city, n) for p, n in wang.places] == [("Rio de Janeiro", 2), ("Beijing", 1)]
    assert planned.meeting_totals()["person:alexis-tsipras"] == (1, 1, 1)
    assert [t.counterpart.name for t in planned.met_with("person:alexis-tsipras")] == ["Xi Jinping"]


def test_totals_stay_right_after_more_documents_and_a_changed_one(planned: KnowledgeBase) -> None:
    planned.add([extraction("111", report("111", "Joko Widodo", "Alexis Tsipras", city="Jakarta"))])
    planned.add(
        [extraction("107", report("107", "Wang Yi", "Sergey Lavrov", kind="phone", when=day("2024-11-20")))]
    )
    assert_totals_right(planned)
    assert planned.meeting_totals()["person:joko-widodo"] == (2, 1, 0)


def test_totals_stay_right_after_forget(planned: KnowledgeBase) -> None:
    planned.forget(["107", "104"])
    assert_totals_right(planned)
    assert planned.pair_totals("person:xi-jinping", "person:alexis-tsipras") is None
    assert planned.pair_totals("person:xi-jinping", "person:alexis-tsipras", include_plans=True) is not None


def test_totals_stay_right_when_merged_again(planned: KnowledgeBase) -> None:
    expected = merged_state(planned)
    with sqlite3.connect(planned.path) as db:
        db.execute("UPDATE state SET value = '' WHERE key = 'merged'")
        db.execute("DELETE FROM pair_totals")
    assert planned.merge() is True
    assert merged_state(planned) == expected
    assert_totals_right(planned)


def test_loaded_meetings_get_their_totals(planned: KnowledgeBase, tmp_path: Path) -> None:
    with KnowledgeBase.open(tmp_path / "loaded.db", create=True) as kb:
        kb.load(planned.meetings(), planned.documents(), batch=3)
        assert kept(kb) == kept(planned)
        assert_totals_right(kb)


@pytest.mark.parametrize("version", [3, 4, 5])
def test_an_older_knowledge_base_gets_its_totals_when_opened(planned: KnowledgeBase, version: int) -> None:
    # 3 and 4 had no totals; 5 had them without each person's number of counterparts
    expected = merged_state(planned)
    make_version(planned.path, version)
    with KnowledgeBase.open(planned.path) as again:
        assert again._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert again.merge() is False
        assert_totals_right(again)
    assert merged_state(planned) == expected


def test_totals_stay_right_after_a_changed_file_no_longer_holds_some_documents(
    planned: KnowledgeBase,
) -> None:
    for doc in ("108", "109", "110"):
        planned.move(doc, "plans.jsonl")
    assert planned.retire("plans.jsonl", keep={"110"}) == ["108", "109"]
    assert_totals_right(planned)
    assert planned.meeting_totals()["person:alexis-tsipras"] == (1, 1, 0)
    lavrov = planned.pair_totals("person:sergey-lavrov", "person:wang-yi", include_plans=True)
    assert lavrov is not None and lavrov.kinds == (("in_person", 2),)


def test_version_5_that_holds_the_counterparts_already_says_what_is_wrong(kb: KnowledgeBase) -> None:
    with sqlite3.connect(kb.path) as db:
        db.execute("PRAGMA user_version = 5")
    with pytest.raises(KnowledgeBaseError, match="says it has schema version 5 but holds person_totals"):
        KnowledgeBase.open(kb.path)


def test_version_4_that_holds_the_totals_already_says_what_is_wrong(kb: KnowledgeBase) -> None:
    with sqlite3.connect(kb.path) as db:
        db.execute("PRAGMA user_version = 4")
    with pytest.raises(KnowledgeBaseError, match="says it has schema version 4 but holds"):
        KnowledgeBase.open(kb.path)


def test_meetings_with_two_people_are_the_meetings_of_both(planned: KnowledgeBase) -> None:
    both = planned.meetings_with("person:wang-yi", "person:sergey-lavrov")
    rows = planned.meeting_rows()
    assert both == [
        m for m in rows if {"person:wang-yi", "person:sergey-lavrov"} <= {p.id for p in m.participants}
    ]
    assert len(both) == 3


def test_document_rows_are_the_documents_fields(tmp_path: Path) -> None:
    docs = [
        Extraction(document=Document(id="a", title="Wang Yi in Moscow", published=date(2024, 11, 18))),
        Extraction(document=Document(id="b", url="https://example.org/b", outlet="Wire")),
    ]
    with KnowledgeBase.open(tmp_path / "kb.db", create=True) as kb:
        kb.add(docs)
        assert kb.document_rows() == [(d.id, d.title, d.published, d.url, d.outlet) for d in kb.documents()]
        assert kb.document_rows()[0].published == date(2024, 11, 18)


def test_evidence_is_that_of_each_meetings_reports(planned: KnowledgeBase) -> None:
    evidence = planned.evidence()
    meetings = planned.meetings()
    assert evidence == {
        m.id: [(r.doc, e.text) for r in m.reports for e in r.evidence] for m in meetings if m.reports
    }


def test_evidence_and_documents_of_some_meetings_are_theirs_alone(planned: KnowledgeBase) -> None:
    every = planned.evidence()
    some = sorted(every)[:2]
    assert planned.evidence(some) == {m: every[m] for m in some}
    docs = {doc for m in some for doc, _ in every[m]}
    assert planned.document_rows(docs) == [row for row in planned.document_rows() if row.id in docs]
    assert len(planned.document_rows(docs)) < len(planned.document_rows())


def test_the_latest_meetings_are_those_that_began_last(planned: KnowledgeBase) -> None:
    rows = planned.meeting_rows()
    began = {m.id: m.date.start for m in rows if m.date and m.date.start}
    latest = planned.latest_meeting_rows(4)
    assert sorted(began[m.id].isoformat() for m in latest) == [
        "2024-11-18",
        "2024-11-18",
        "2025-03-01",
        "2025-05-01",
    ]
    assert [m.id for m in latest] == [m.id for m in rows if m in latest]  # in the order of meetings()
    assert len(planned.latest_meeting_rows(len(rows) + 5)) == len(rows)  # the undated ones last


def test_pair_counts_are_the_kept_totals_of_each_pair(planned: KnowledgeBase) -> None:
    pairs = [("person:sergey-lavrov", "person:wang-yi"), ("person:alexis-tsipras", "person:xi-jinping")]
    counts = planned.pair_counts([*pairs, ("person:wang-yi", "person:alexis-tsipras")])
    assert set(counts) == set(pairs)  # Wang Yi and Tsipras never met nor planned to
    for a, b in pairs:
        every = planned.pair_totals(a, b, include_plans=True)
        met = planned.pair_totals(a, b)
        assert every is not None
        assert counts[a, b] == (met.meetings if met else 0, every.meetings, every.first, every.last)
    assert counts["person:alexis-tsipras", "person:xi-jinping"][0] == 1


def test_a_write_interrupted_as_it_began_leaves_the_next_one_free_to_run(kb: KnowledgeBase) -> None:
    kb._db.execute("BEGIN IMMEDIATE")  # what a Ctrl-C raised just after BEGIN, before its try, leaves
    kb._db.execute("DELETE FROM documents WHERE id = '000'")  # and its half-done work
    assert kb.add([extraction("003", people=(Person(name="Wang Yi"),))]) == 1
    assert [d.id for d in kb.documents()] == ["000", "001", "002", "003"]
