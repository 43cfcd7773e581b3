"""The knowledge base: one local SQLite file of documents, people and merged meetings.

What each document states is the ground truth: ``documents``, ``mentions`` (the people it
names), ``reports`` (the meetings it reports, each a ``Meeting`` record as JSON) and their
``evidence`` (sentence, character offsets). Everything else is derived from all of it after
every :meth:`KnowledgeBase.add`: ``people``, ``places``, ``occasions``, ``meetings`` with
``meeting_participants`` and ``meeting_countries``, and ``reports.meeting``, the merged
meeting each report belongs to. Adding a document again replaces what it stated before.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from types import TracebackType

from extract.records import DateSpan, Document, Extraction, Meeting, Occasion, Person, Place
from graph.errors import KnowledgeBaseError, MissingKnowledgeBaseError, SchemaVersionError
from graph.merge import merge_meetings, merge_people
from graph.records import MergedMeeting

SCHEMA_VERSION = 1
APPLICATION_ID = 0x64697067  # "dipg", marks the file as a dipgraph knowledge base

SCHEMA = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY, title TEXT, published TEXT, published_source TEXT NOT NULL,
    path TEXT, url TEXT, outlet TEXT, sha256 TEXT
);
CREATE TABLE mentions (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (doc, position)
);
CREATE TABLE places (id TEXT PRIMARY KEY, city TEXT, country TEXT, region TEXT);
CREATE TABLE occasions (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE people (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL, country TEXT, role TEXT
);
CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    date_start TEXT, date_end TEXT, date_precision TEXT, date_phrase TEXT,
    place TEXT REFERENCES places(id),
    occasion TEXT REFERENCES occasions(id)
);
CREATE TABLE meeting_participants (
    meeting TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person TEXT NOT NULL REFERENCES people(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (meeting, person)
);
CREATE TABLE meeting_countries (
    meeting TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (meeting, country)
);
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    record TEXT NOT NULL,
    meeting TEXT REFERENCES meetings(id) ON DELETE SET NULL,
    UNIQUE (doc, position)
);
CREATE TABLE evidence (
    report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    doc TEXT NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL
);
CREATE INDEX reports_meeting ON reports(meeting);
CREATE INDEX evidence_report ON evidence(report);
"""

DERIVED = ("meeting_countries", "meeting_participants", "meetings", "people", "places", "occasions")


class KnowledgeBase:
    """A dipgraph knowledge base in one SQLite file; use :meth:`open`, best in a ``with``.

    >>> kb = KnowledgeBase.open(":memory:", create=True)
    >>> kb.add([Extraction(document=Document(id="a"), people=(Person(name="Wang Yi"),))])
    1
    >>> [p.name for p in kb.people()], kb.meetings()
    (['Wang Yi'], [])
    >>> kb.close()
    """

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False) -> KnowledgeBase:
        """Open the knowledge base at ``path``; make a new one there if ``create`` is true.

        Raises :class:`MissingKnowledgeBaseError` when there is none and ``create`` is false,
        :class:`SchemaVersionError` for one written by another version of dipgraph, and
        :class:`KnowledgeBaseError` for a file that is not a dipgraph knowledge base.
        """
        name = str(path)
        if name != ":memory:" and not create and not Path(path).is_file():
            raise MissingKnowledgeBaseError(name)
        try:
            db = sqlite3.connect(name)
        except sqlite3.Error as e:
            raise KnowledgeBaseError(f"cannot open {name}: {e}; check the path and permissions") from e
        try:
            cls._check(db, name, create=create)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.Error as e:
            db.close()
            raise KnowledgeBaseError(f"{name} is not a dipgraph knowledge base ({e})") from e
        except KnowledgeBaseError:
            db.close()
            raise
        return cls(db, name)

    @staticmethod
    def _check(db: sqlite3.Connection, name: str, *, create: bool) -> None:
        """Make the schema in an empty file, or check the file holds a knowledge base we read."""
        application = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if db.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0:
            if not create:
                raise MissingKnowledgeBaseError(name)
            with db:
                db.executescript(
                    f"PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"
                    + SCHEMA
                )
        elif application != APPLICATION_ID:
            raise KnowledgeBaseError(
                f"{name} is an SQLite database but not a dipgraph knowledge base; give another file"
            )
        elif version != SCHEMA_VERSION:
            raise SchemaVersionError(name, version, SCHEMA_VERSION)

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def add(self, extractions: Iterable[Extraction]) -> int:
        """Store extractions, each document in one transaction, then re-merge; returns how many.

        A document stored before under the same id is replaced. The merged tables are rebuilt
        once at the end, also when the extractions stop with an error.
        """
        count = 0
        try:
            for x in extractions:
                with self._db:
                    self._replace(x)
                count += 1
        finally:
            if count:
                self._rebuild()
        return count

    def _replace(self, x: Extraction) -> None:
        d = x.document
        self._db.execute("DELETE FROM documents WHERE id = ?", (d.id,))
        fields = d.model_dump(mode="json")
        self._db.execute(
            f"INSERT INTO documents ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})",
            tuple(fields.values()),
        )
        self._db.executemany(
            "INSERT INTO mentions VALUES (?, ?, ?, ?)",
            [(d.id, i, p.name, p.model_dump_json()) for i, p in enumerate(x.people)],
        )
        for i, m in enumerate(x.meetings):
            report = self._db.execute(
                "INSERT INTO reports (doc, position, kind, record) VALUES (?, ?, ?, ?)",
                (d.id, i, m.kind, m.model_dump_json()),
            ).lastrowid
            self._db.executemany(
                "INSERT INTO evidence VALUES (?, ?, ?, ?, ?)",
                [(report, e.doc, e.text, e.start, e.end) for e in m.evidence],
            )

    def _rebuild(self) -> None:
        """Derive people and merged meetings again from every stored document."""
        extractions, rows = self._load()
        people = merge_people(extractions)
        meetings = merge_meetings(extractions, people)
        with self._db:
            self._db.execute("UPDATE reports SET meeting = NULL")
            for table in DERIVED:
                self._db.execute(f"DELETE FROM {table}")
            self._db.executemany(
                "INSERT INTO people VALUES (?, ?, ?, ?, ?)",
                [(p.id, p.name, json.dumps(p.aliases), p.country, p.role) for p in people],
            )
            for m in meetings:
                self._insert(m, rows)

    def _insert(self, m: MergedMeeting, rows: dict[int, int]) -> None:
        place = m.place.id if m.place else None
        if m.place:
            self._db.execute(
                "INSERT OR IGNORE INTO places VALUES (?, ?, ?, ?)",
                (place, m.place.city, m.place.country, m.place.region),
            )
        if m.occasion:
            self._db.execute(
                "INSERT OR IGNORE INTO occasions VALUES (?, ?)", (m.occasion.id, m.occasion.name)
            )
        span = m.date or DateSpan()
        self._db.execute(
            "INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                m.id,
                m.kind,
                _iso(span.start),
                _iso(span.end),
                m.date and span.precision,
                span.phrase,
                place,
                m.occasion and m.occasion.id,
            ),
        )
        self._db.executemany(
            "INSERT INTO meeting_participants VALUES (?, ?, ?)",
            [(m.id, p.id, i) for i, p in enumerate(m.participants)],
        )
        self._db.executemany(
            "INSERT INTO meeting_countries VALUES (?, ?, ?)",
            [(m.id, c, i) for i, c in enumerate(m.countries)],
        )
        self._db.executemany(
            "UPDATE reports SET meeting = ? WHERE id = ?", [(m.id, rows[id(r)]) for r in m.reports]
        )

    def _load(self) -> tuple[list[Extraction], dict[int, int]]:
        """Every stored document's extraction, by document id; and each report's row id."""
        mentions: dict[str, list[Person]] = defaultdict(list)
        for doc, record in self._db.execute("SELECT doc, record FROM mentions ORDER BY doc, position"):
            mentions[doc].append(Person.model_validate_json(record))
        reports: dict[str, list[Meeting]] = defaultdict(list)
        rows: dict[int, int] = {}
        for row, doc, record in self._db.execute(
            "SELECT id, doc, record FROM reports ORDER BY doc, position"
        ):
            reports[doc].append(Meeting.model_validate_json(record))
            rows[id(reports[doc][-1])] = row
        extractions = [
            Extraction(document=d, people=tuple(mentions[d.id]), meetings=tuple(reports[d.id]))
            for d in self.documents()
        ]
        return extractions, rows

    def extractions(self) -> list[Extraction]:
        """What every stored document states, ordered by document id."""
        return self._load()[0]

    def documents(self) -> list[Document]:
        """The stored documents, ordered by id."""
        fields = list(Document.model_fields)
        rows = self._db.execute(f"SELECT {', '.join(fields)} FROM documents ORDER BY id")
        return [Document.model_validate(dict(zip(fields, row, strict=True))) for row in rows]

    def people(self) -> list[Person]:
        """The canonical people, every spelling seen of each as aliases, ordered by name."""
        rows = self._db.execute("SELECT name, aliases, country, role FROM people ORDER BY name")
        return [
            Person(name=name, aliases=tuple(json.loads(aliases)), country=country, role=role)
            for name, aliases, country, role in rows
        ]

    def meetings(self) -> list[MergedMeeting]:
        """The merged meetings, dated ones first by date, each with every report of it."""
        people = {p.id: p for p in self.people()}
        participants: dict[str, list[Person]] = defaultdict(list)
        for meeting, person in self._db.execute(
            "SELECT meeting, person FROM meeting_participants ORDER BY meeting, position"
        ):
            participants[meeting].append(people[person])
        countries: dict[str, list[str]] = defaultdict(list)
        for meeting, country in self._db.execute(
            "SELECT meeting, country FROM meeting_countries ORDER BY meeting, position"
        ):
            countries[meeting].append(country)
        reports: dict[str, list[Meeting]] = defaultdict(list)
        for meeting, record in self._db.execute(
            "SELECT meeting, record FROM reports WHERE meeting IS NOT NULL ORDER BY doc, position"
        ):
            reports[meeting].append(Meeting.model_validate_json(record))
        rows = self._db.execute(
            """SELECT m.id, m.kind, m.date_start, m.date_end, m.date_precision, m.date_phrase,
                      p.city, p.country, p.region, o.name
               FROM meetings m LEFT JOIN places p ON p.id = m.place LEFT JOIN occasions o ON o.id = m.occasion
               ORDER BY m.date_start IS NULL, m.date_start, m.id"""
        )
        return [
            MergedMeeting(
                id=mid,
                participants=tuple(participants[mid]),
                countries=tuple(countries[mid]),
                place=Place(city=city, country=country, region=region)
                if (city or country or region)
                else None,
                occasion=Occasion(name=occasion) if occasion else None,
                date=DateSpan(start=start, end=end, precision=precision, phrase=phrase)
                if precision
                else None,
                kind=kind,
                reports=tuple(reports[mid]),
            )
            for mid, kind, start, end, precision, phrase, city, country, region, occasion in rows
        ]

    def counts(self) -> dict[str, int]:
        """How many documents, reports, meetings and people the knowledge base holds."""
        tables = ("documents", "reports", "meetings", "people")
        return {t: self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
