"""The knowledge base: one local SQLite file of documents, people and merged meetings.

What each document states is the ground truth: ``documents`` (with where each came from,
the hash of its content and what extracted it), ``mentions`` (the people it names),
``reports`` (the meetings it reports, each a ``Meeting`` record as JSON) and their
``evidence`` (sentence, character offsets). Each document is written in one transaction
(:meth:`KnowledgeBase.put`), which also marks the merged state stale.

Everything else is derived from all documents by one merge: ``people``, ``places``,
``occasions``, ``meetings`` with ``meeting_participants`` and ``meeting_countries``,
``person_names`` (the index that finds people by name) and ``reports.meeting``. The merge
runs once at the end of :meth:`KnowledgeBase.add` (so once per ingest run, not after every
document), and again whenever the merged state is read
while stale: after a run that was killed before it merged, or after another dipgraph with
another merge. It reads the documents and writes the merged tables in one write
transaction, so a document committed meanwhile by another process marks the state stale
again rather than being lost.

The file is in WAL mode: readers never wait, writers wait for each other (up to
``BUSY_SECONDS``). ``PRAGMA user_version`` holds the schema version. A new file is made as
version 2 (``SCHEMA``) and brought up by each step of ``UPGRADES`` in turn, in the same
transaction, so an older file upgraded when opened holds exactly what a new one does.

Version 4 adds what Datasette shows (:mod:`graph.browse`): readable views (``meeting_list``,
``person_list``, ``source_list``, ``place_list``), the latitude and longitude of each place
(filled by the merge, from :func:`graph.geo.locate`), and ``evidence_fts``, an FTS5 index of
the evidence sentences kept up to date by triggers on ``evidence``, whose rows have an
``id`` of their own for it (a rowid that ``VACUUM`` cannot renumber).

Version 5 adds ``person_totals`` and ``pair_totals`` (below); version 6 adds to each person's
totals how many people they met, and met or planned to meet (``COUNTERPARTS``).

A person's meetings are read through two indexes, so that asking for them does not read
every meeting (:meth:`KnowledgeBase.meetings_of`): ``person_names`` holds, for each spelling
of each person's name, its slug (accents and case folded) from each of its words on
("sergey-lavrov", "lavrov"), so that the people a name matches at a word start
(:func:`graph.query.text_matches`) are a range of it; ``meeting_participants_person`` gives
their meetings, and covering indexes on ``meeting_participants`` and ``meeting_countries``
read each meeting's people and countries in one lookup.

What each person's meetings add up to (``person_totals``) and each pair's (``pair_totals``) is
counted by every merge and load, so that ``people``, ``who-met`` and ``path`` read a row per
person or pair, not every meeting (:meth:`KnowledgeBase.people_totals`,
:meth:`KnowledgeBase.met_with`, :meth:`KnowledgeBase.counterparts_of`).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import TracebackType

from extract.records import (
    MEETING_KINDS,
    DateSpan,
    Document,
    Extraction,
    Meeting,
    Occasion,
    Person,
    Place,
    slug,
)
from graph.bulk import collector_paused
from graph.errors import KnowledgeBaseError, MissingKnowledgeBaseError, SchemaVersionError
from graph.geo import locate
from graph.query import MET_KINDS, matchable
from graph.records import (
    DocumentRow,
    MeetingRow,
    MergedMeeting,
    PairedMeeting,
    PairTotals,
    PersonTotals,
)

SCHEMA_VERSION = 6
APPLICATION_ID = 0x64697067  # "dipg", marks the file as a dipgraph knowledge base
BUSY_SECONDS = 600.0  # how long a writer waits for another one

# Version 2, the first this dipgraph reads: a new file is made so, then upgraded (``UPGRADES``).
SCHEMA = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY, title TEXT, published TEXT, published_source TEXT NOT NULL,
    path TEXT, url TEXT, outlet TEXT, sha256 TEXT, extractor TEXT
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
CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX documents_path ON documents(path);
CREATE INDEX reports_meeting ON reports(meeting);
CREATE INDEX evidence_report ON evidence(report);
INSERT INTO state VALUES ('merged', '');
"""

# What version 3 adds to version 2: the indexes that find a person's meetings, and read them
# with one lookup each (covering indexes).
NAME_INDEX = """
CREATE TABLE person_names (
    tail TEXT NOT NULL,
    person TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (tail, person)
) WITHOUT ROWID;
CREATE INDEX meeting_participants_person ON meeting_participants(person, meeting);
CREATE INDEX meeting_participants_meeting ON meeting_participants(meeting, position, person);
CREATE INDEX meeting_countries_meeting ON meeting_countries(meeting, position, country);
"""

# What version 4 adds to version 3. Evidence rows get an id (FTS5's rowid for them, which a
# VACUUM would renumber were it the implicit rowid); places their coordinates.
EVIDENCE_IDS = """
ALTER TABLE evidence RENAME TO evidence_v3;
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    doc TEXT NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL
);
INSERT INTO evidence SELECT rowid, report, doc, text, start_char, end_char FROM evidence_v3 ORDER BY rowid;
DROP TABLE evidence_v3;
CREATE INDEX evidence_report ON evidence(report);
ALTER TABLE places ADD COLUMN latitude REAL;
ALTER TABLE places ADD COLUMN longitude REAL;
ALTER TABLE places ADD COLUMN geo_precision TEXT;
"""

# Full-text search over the evidence sentences: an external-content FTS5 index of
# ``evidence.text`` (accents and case folded, English stems: "talks" finds "talk"), which the
# triggers keep in step with every insert, update and delete (a document replaced or forgotten
# deletes its evidence through the cascade, which fires them too).
SEARCH = """
CREATE VIRTUAL TABLE evidence_fts USING fts5(
    text, content='evidence', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
    INSERT INTO evidence_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER evidence_fts_update AFTER UPDATE ON evidence BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO evidence_fts (rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO evidence_fts (evidence_fts) VALUES ('rebuild');
"""

_HELD = "(" + ", ".join(f"'{kind}'" for kind in MET_KINDS) + ")"  # the kinds that took place
_PLACE = (  # a place as graph.records.place_text writes it: "Rio de Janeiro, Brazil"
    "nullif(trim(coalesce(pl.city || ', ', '') || coalesce(pl.region || ', ', '') "
    "|| coalesce(pl.country, ''), ', '), '')"
)

# Readable views of the merged state, for Datasette (``graph.browse`` titles and describes them).
# Lists are joined with "; " in their stored order; counts of meetings count those that took
# place, as everywhere in dipgraph, with plans and cancellations apart. Meetings and sentences
# come in the order stored (the left joins keep meetings, then evidence, the outer loop) with
# no ORDER BY, so that counting a view's rows reads no more than its table: a view with ORDER
# BY is computed whole first. People and places are counted per person and place in one pass.
VIEWS = f"""
CREATE VIEW meeting_list AS
SELECT
    m.id AS id,
    CASE
        WHEN m.date_start IS NULL OR m.date_end IS NULL THEN NULL
        WHEN m.date_precision = 'year' THEN substr(m.date_start, 1, 4)
        WHEN m.date_precision = 'month' THEN substr(m.date_start, 1, 7)
        WHEN m.date_start = m.date_end THEN m.date_start
        ELSE m.date_start || '..' || m.date_end
    END AS date,
    (SELECT group_concat(name, '; ') FROM (
        SELECT p.name AS name FROM meeting_participants AS mp JOIN people AS p ON p.id = mp.person
        WHERE mp.meeting = m.id ORDER BY mp.position
    )) AS people,
    {_PLACE} AS place,
    o.name AS occasion,
    m.kind AS kind,
    (SELECT count(DISTINCT r.doc) FROM reports AS r WHERE r.meeting = m.id) AS sources,
    pl.country AS country,
    m.date_start AS date_start,
    m.date_end AS date_end,
    pl.latitude AS latitude,
    pl.longitude AS longitude
FROM meetings AS m
LEFT JOIN places AS pl ON pl.id = m.place
LEFT JOIN occasions AS o ON o.id = m.occasion;
CREATE VIEW person_list AS
SELECT
    p.id AS id,
    p.name AS name,
    (SELECT group_concat(value, '; ') FROM json_each(p.aliases)) AS aliases,
    p.country AS country,
    p.role AS role,
    c.met AS met,
    c.planned AS planned,
    c.cancelled AS cancelled,
    c.first_met AS first_met,
    c.last_met AS last_met
FROM (
    SELECT
        mp.person AS person,
        count(CASE WHEN m.kind IN {_HELD} THEN 1 END) AS met,
        count(CASE WHEN m.kind = 'planned' THEN 1 END) AS planned,
        count(CASE WHEN m.kind = 'cancelled' THEN 1 END) AS cancelled,
        min(CASE WHEN m.kind IN {_HELD} THEN m.date_start END) AS first_met,
        max(CASE WHEN m.kind IN {_HELD} THEN m.date_end END) AS last_met
    FROM meetings AS m CROSS JOIN meeting_participants AS mp ON mp.meeting = m.id  -- meetings read in order
    GROUP BY mp.person
) AS c
JOIN people AS p ON p.id = c.person
ORDER BY c.met DESC, c.planned + c.cancelled DESC, p.name;
CREATE VIEW source_list AS
SELECT
    e.id AS id,
    r.meeting AS meeting,
    e.text AS sentence,
    r.kind AS kind,
    r.doc AS doc,
    d.title AS title,
    d.outlet AS outlet,
    d.url AS url,
    d.published AS published,
    d.path AS path,
    e.start_char AS start_char,
    e.end_char AS end_char
FROM evidence AS e
LEFT JOIN reports AS r ON r.id = e.report
LEFT JOIN documents AS d ON d.id = r.doc;
CREATE VIEW place_list AS
SELECT
    pl.id AS id,
    {_PLACE} AS place,
    pl.city AS city,
    pl.region AS region,
    pl.country AS country,
    pl.latitude AS latitude,
    pl.longitude AS longitude,
    pl.geo_precision AS geo_precision,
    coalesce(c.meetings, 0) AS meetings,
    coalesce(c.planned, 0) AS planned,
    coalesce(c.cancelled, 0) AS cancelled,
    c.first_met AS first_met,
    c.last_met AS last_met
FROM places AS pl
LEFT JOIN (
    SELECT
        m.place AS place,
        count(CASE WHEN m.kind IN {_HELD} THEN 1 END) AS meetings,
        count(CASE WHEN m.kind = 'planned' THEN 1 END) AS planned,
        count(CASE WHEN m.kind = 'cancelled' THEN 1 END) AS cancelled,
        min(CASE WHEN m.kind IN {_HELD} THEN m.date_start END) AS first_met,
        max(CASE WHEN m.kind IN {_HELD} THEN m.date_end END) AS last_met
    FROM meetings AS m WHERE m.place IS NOT NULL
    GROUP BY m.place
) AS c ON c.place = pl.id
ORDER BY meetings DESC, planned + cancelled DESC, place;
"""

# Each meeting as the people view reads it (graph.records.PairedMeeting), made by SQLite: a
# date as graph.records.date_text writes it (none without a precision, as a meeting row has),
# a place as place_text does.
_DAY = "CASE WHEN m.date_precision IS NULL THEN '' ELSE coalesce(m.{}, '') END"
_UNIT = "\x1f"  # the unit separator, in no id
# Each meeting's people in order of position: the scan of the index on (meeting, position,
# person) gives them in that order and groups them without sorting.
_PEOPLE_OF_MEETINGS = f"""
SELECT meeting, group_concat(person, char({ord(_UNIT)}))
FROM meeting_participants INDEXED BY meeting_participants_meeting
GROUP BY meeting
"""

_PAIRED = f"""
SELECT
    CASE WHEN m.date_precision IS NULL THEN '~' ELSE coalesce(m.date_start, '~') END,
    m.id,
    {_DAY.format("date_start")},
    {_DAY.format("date_end")},
    CASE
        WHEN m.date_precision IS NULL OR m.date_start IS NULL OR m.date_end IS NULL THEN ''
        WHEN m.date_precision = 'year' THEN substr(m.date_start, 1, 4)
        WHEN m.date_precision = 'month' THEN substr(m.date_start, 1, 7)
        WHEN m.date_start = m.date_end THEN m.date_start
        ELSE m.date_start || '..' || m.date_end
    END,
    m.kind,
    m.place,
    m.occasion
FROM meetings AS m
ORDER BY m.rowid  -- inserted in the order merge_meetings gives
"""
# Each place as the views write it ("city, region, country"); a meeting's is looked up by its id
# (a base has a few thousand places, not a join per meeting).
_PLACE_TEXTS = """
SELECT id, substr(coalesce(', ' || nullif(city, ''), '') || coalesce(', ' || nullif(region, ''), '')
                  || coalesce(', ' || nullif(country, ''), ''), 3)
FROM places
"""

# What version 5 adds to version 4 (issue 18): what each person's meetings, and each pair's,
# add up to, kept by every merge (and load), so that `people`, `who-met` and `path` read a row
# per person or pair instead of every meeting. A pair has a row each way (person, counterpart),
# over the meetings that took place (plans = 0; none if they never met), and one over every
# meeting, planned and cancelled ones too (plans = 1). ``first`` is the earliest
# first day of a dated meeting, ``last`` the latest last day; ``places`` and ``kinds`` are JSON
# objects of how many meetings were held at each place (by id; the unplaced left out) and of
# each kind.
TOTALS = """
CREATE TABLE person_totals (
    person TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    met INTEGER NOT NULL,
    planned INTEGER NOT NULL,
    cancelled INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE pair_totals (
    person TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    plans INTEGER NOT NULL,
    counterpart TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    meetings INTEGER NOT NULL,
    first TEXT,
    last TEXT,
    places TEXT NOT NULL,
    kinds TEXT NOT NULL,
    PRIMARY KEY (person, plans, counterpart)
) WITHOUT ROWID;
CREATE INDEX pair_totals_most ON pair_totals(person, plans, meetings DESC);
"""

# What version 6 adds to version 5 (issue 18): how many people each person met
# (``counterparts``, the rows of ``pair_totals`` with plans = 0) and met or planned to meet
# (``all_counterparts``, plans = 1), so that `who-met`'s "the 20 met most of N" reads one row,
# not the index entries of each of the busiest person's thousands of pairs.
COUNTERPARTS = ("counterparts", "all_counterparts")


# Every table, view and trigger the current version holds, as (type, name): a file missing one
# is damaged.
OBJECTS = tuple(
    dict.fromkeys(
        (kind.lower().split()[-1], name)
        for kind, name in re.findall(
            r"CREATE (TABLE|VIRTUAL TABLE|VIEW|TRIGGER) (\w+)",
            SCHEMA + NAME_INDEX + EVIDENCE_IDS + SEARCH + VIEWS + TOTALS,
        )
    )
)
# What SQLite says when it cannot open the file, or the files it writes beside it, for writing.
CANNOT_WRITE = {sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_IOERR}

_AMONG = "WHERE meeting IN (SELECT value FROM json_each(?))"  # the meetings of a JSON list of ids

DERIVED = (
    "pair_totals",
    "person_totals",
    "person_names",
    "meeting_countries",
    "meeting_participants",
    "meetings",
    "people",
    "places",
    "occasions",
)


def _merge_version() -> str:
    """A hash of the merging code (the merge and the clues it reads): merged state written
    by other code is merged again."""
    digest = hashlib.sha256()
    for module in ("merge.py", "clues.py"):  # graph.merge and graph.clues, read without importing them
        digest.update(Path(__file__).with_name(module).read_bytes())
    return digest.hexdigest()[:16]


MERGE_VERSION = _merge_version()


@dataclass(frozen=True)
class Stored:
    """What the knowledge base knows of a stored document's source."""

    id: str
    path: str | None
    sha256: str | None
    extractor: str | None


@dataclass(frozen=True)
class Stats:
    """How much the knowledge base holds."""

    documents: int
    reports: int
    people: int
    places: int
    occasions: int
    meetings: dict[str, int] = field(default_factory=dict)  # by kind
    first: date | None = None  # earliest meeting day
    last: date | None = None  # latest meeting day
    published: tuple[date | None, date | None] = (None, None)  # earliest and latest publication
    undated: int = 0  # meetings without a date


def _write_ahead(db: sqlite3.Connection) -> None:
    """Switch ``db`` to write-ahead logging. The switch takes a lock that SQLite does not wait
    for (the busy timeout does not apply): when another process opens the same new file at
    that moment, it fails at once with "database is locked". It is tried again meanwhile,
    for up to ``BUSY_SECONDS``. (Once the file is in WAL mode, the switch is a no-op.)"""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if e.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


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
            db = sqlite3.connect(name, timeout=BUSY_SECONDS, isolation_level=None)
        except sqlite3.Error as e:
            raise KnowledgeBaseError(f"cannot open {name}: {e}; check the path and permissions") from e
        try:
            cls._check(db, name, create=create)
            db.execute("PRAGMA foreign_keys = ON")
            # With write-ahead logging, NORMAL syncs the log at each checkpoint, not at each
            # commit (one fsync per stored document made a large part of an ingest's clock): a
            # crash of the program loses nothing, one of the machine at most the last documents
            # stored, which the next ingest stores again; the file is never left corrupt.
            db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as e:
            db.close()
            code = getattr(e, "sqlite_errorcode", 0) & 0xFF  # the primary code of an extended one
            if code == sqlite3.SQLITE_BUSY:
                raise KnowledgeBaseError(
                    f"cannot open {name}: another process kept it locked for {BUSY_SECONDS:g} s; "
                    "run the command again once it is done"
                ) from e
            if code in CANNOT_WRITE:
                raise KnowledgeBaseError(
                    f"cannot open {name} for reading and writing ({e}): dipgraph also writes "
                    f"{Path(name).name}-wal and {Path(name).name}-shm beside it; check that the file and its "
                    "folder are writable and not on a read-only mount (or copy the file to one that is)"
                ) from e
            if code == sqlite3.SQLITE_CORRUPT:
                raise KnowledgeBaseError(
                    f"{name} is damaged ({e}); move it aside and ingest the articles again"
                ) from e
            raise KnowledgeBaseError(f"{name} is not a dipgraph knowledge base ({e})") from e
        except KnowledgeBaseError:
            db.close()
            raise
        return cls(db, name)

    @staticmethod
    def _check(db: sqlite3.Connection, name: str, *, create: bool) -> None:
        """Make the schema in an empty file, or check the file holds a knowledge base we read
        (bringing an older one up to date).

        Two processes may create the same file at once: the schema is made in a write
        transaction that first checks again that the file is empty.
        """
        if db.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0:
            if not create:
                raise MissingKnowledgeBaseError(name)
            _write_ahead(db)
            db.execute("BEGIN IMMEDIATE")
            try:
                if db.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0:
                    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    _run(db, SCHEMA)
                    _upgrade_from(db, name, 2)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        application = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if application != APPLICATION_ID:
            raise KnowledgeBaseError(
                f"{name} is an SQLite database but not a dipgraph knowledge base; give another file"
            )
        if version in UPGRADES:
            KnowledgeBase._upgrade(db, name, version)
        elif version != SCHEMA_VERSION:
            raise SchemaVersionError(name, version, SCHEMA_VERSION)
        _write_ahead(db)
        held = set(db.execute("SELECT type, name FROM sqlite_schema"))
        missing = [(kind, thing) for kind, thing in OBJECTS if (kind, thing) not in held]
        if missing:
            raise KnowledgeBaseError(
                f"{name} is damaged: its {missing[0][0]} {missing[0][1]} is missing; "
                "move it aside and ingest the articles again"
            )

    @staticmethod
    def _upgrade(db: sqlite3.Connection, name: str, version: int) -> None:
        """Bring a knowledge base of an older ``version`` to ``SCHEMA_VERSION``, one step of
        ``UPGRADES`` after another, in one write transaction (which first checks that no one
        else did it meanwhile)."""
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise KnowledgeBaseError(
                f"cannot bring {name} from schema version {version} to version {SCHEMA_VERSION} ({e}); "
                "check that the file is writable, then run the command again"
            ) from e
        try:
            found = db.execute("PRAGMA user_version").fetchone()[0]
            if found in UPGRADES:
                _upgrade_from(db, name, found)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One write transaction, taken at once (so it never fails half way for a lock). A
        transaction left open, by a Ctrl-C that came while the last one began (raised as it
        returned, before the ``try``), is rolled back first: the merge after an interrupted
        ingest then runs rather than failing."""
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # Writing documents.

    def add(self, extractions: Iterable[Extraction], *, extractor: str | None = None) -> int:
        """Store extractions, each document in one transaction, then merge; returns how many.

        A document stored before under the same id is replaced. The merged tables are rebuilt
        once at the end, also when the extractions stop with an error.
        """
        count = 0
        try:
            for x in extractions:
                self.put(x, extractor=extractor)
                count += 1
        finally:
            self.merge()
        return count

    def put(self, x: Extraction, *, extractor: str | None = None) -> None:
        """Store one document's extraction in one transaction, replacing any stored before
        under its id; the merged state is then stale until :meth:`merge`."""
        with self._writing():
            self._replace(x, extractor)
            self._stale()

    def _stale(self) -> None:
        self._db.execute("UPDATE state SET value = '' WHERE key = 'merged'")

    def _replace(self, x: Extraction, extractor: str | None) -> None:
        d = x.document
        self._db.execute("DELETE FROM documents WHERE id = ?", (d.id,))
        fields = {**d.model_dump(mode="json"), "extractor": extractor}
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
                "INSERT INTO evidence (report, doc, text, start_char, end_char) VALUES (?, ?, ?, ?, ?)",
                [(report, e.doc, e.text, e.start, e.end) for e in m.evidence],
            )

    def stored(self, doc_id: str) -> Stored | None:
        """Where the document stored under ``doc_id`` came from, its hash and extractor."""
        row = self._db.execute(
            "SELECT id, path, sha256, extractor FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return Stored(*row) if row else None

    def move(self, doc_id: str, path: str | None) -> None:
        """Record that a stored document's source is now at ``path``."""
        with self._writing():
            self._db.execute("UPDATE documents SET path = ? WHERE id = ?", (path, doc_id))

    def retire(self, path: str, keep: Collection[str]) -> list[str]:
        """Remove the documents that came from ``path`` but are not among ``keep`` (what a
        changed file no longer holds), in one transaction; returns their ids.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> kb.add(Extraction(document=Document(id=i, path="dump.jsonl")) for i in "abc")
        3
        >>> kb.retire("dump.jsonl", keep={"a"}), [d.id for d in kb.documents()]
        (['b', 'c'], ['a'])
        """
        with self._writing():
            gone = [
                doc
                for (doc,) in self._db.execute("SELECT id FROM documents WHERE path = ? ORDER BY id", (path,))
                if doc not in keep
            ]
            self._db.executemany("DELETE FROM documents WHERE id = ?", [(doc,) for doc in gone])
            if gone:
                self._stale()
        return gone

    def forget(self, doc_ids: Iterable[str]) -> list[str]:
        """Remove documents and everything they stated, then merge again; returns the ids of
        the meetings that only they reported, which are gone. Unknown ids raise
        :class:`KnowledgeBaseError`.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> met = Meeting(doc="a", participants=(Person(name="Xi Jinping"), Person(name="Joko Widodo")))
        >>> kb.add([Extraction(document=Document(id="a"), meetings=(met,))])
        1
        >>> [m.id for m in kb.meetings()] == kb.forget(["a"]), kb.meetings()
        (True, [])
        """
        wanted = list(dict.fromkeys(doc_ids))
        with self._writing():
            unknown = [
                d
                for d in wanted
                if not self._db.execute("SELECT 1 FROM documents WHERE id = ?", (d,)).fetchone()
            ]
            if unknown:
                raise KnowledgeBaseError(
                    f"no document {unknown[0]!r} in {self.path}; the sources of `dipgraph meetings "
                    "--format jsonl` and `dipgraph show` name the documents"
                )
            before = self._merged_reports()
            self._db.executemany("DELETE FROM documents WHERE id = ?", [(d,) for d in wanted])
            self._stale()
            self._merge()
        return sorted(meeting for meeting, docs in before.items() if docs <= set(wanted))

    def _merged_reports(self) -> dict[str, set[str]]:
        if self._db.execute("SELECT value FROM state WHERE key = 'merged'").fetchone()[0] != MERGE_VERSION:
            self._merge()
        docs: dict[str, set[str]] = defaultdict(set)
        for meeting, doc in self._db.execute("SELECT meeting, doc FROM reports WHERE meeting IS NOT NULL"):
            docs[meeting].add(doc)
        return docs

    def load(
        self, meetings: Iterable[MergedMeeting], documents: Iterable[Document] = (), *, batch: int = 10_000
    ) -> int:
        """Fill an empty knowledge base with meetings merged beforehand, in one transaction and
        without merging; returns how many meetings.

        For knowledge bases too big to merge in a test or a benchmark run, such as the
        synthetic ones of ``bench/graph_scale.py``. ``documents`` are stored first. Then each
        meeting is stored as it is, with its people, and each of its reports as the next report
        of the document it names (one not among ``documents`` is stored by its id alone), the
        people the report names becoming that document's mentions, and the report linked to the
        meeting. Last, the merged state is marked up to date: that merging the stored documents
        gives these meetings is the caller's word, not checked (merge a copy to check it, as
        ``tests/test_graph_scale.py`` does). Meetings are written ``batch`` at a time, so that
        they can come from a generator, and are listed in the order given (a merge lists them
        by :func:`graph.merge.merge_meetings`'s order).

        Raises :class:`KnowledgeBaseError` if the knowledge base holds documents already, if
        two meetings have one id, or if two records of one person (by id) differ.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> met = Meeting(doc="a", participants=(Person(name="Xi Jinping"), Person(name="Joko Widodo")))
        >>> kb.load([MergedMeeting(id="m-1", participants=met.participants, reports=(met,))])
        1
        >>> kb.merge(), [m.id for m in kb.meetings()], kb.extractions()[0].people == met.participants
        (False, ['m-1'], True)
        """
        known: dict[str, Person] = {}
        count = 0
        with self._writing():
            if self._db.execute("SELECT count(*) FROM documents").fetchone()[0]:
                raise KnowledgeBaseError(
                    f"{self.path} holds documents already; load meetings only into a new knowledge base"
                )
            self._db.executemany(
                f"INSERT INTO documents ({', '.join(Document.model_fields)}) "
                f"VALUES ({', '.join('?' * len(Document.model_fields))})",
                (tuple(d.model_dump(mode="json").values()) for d in documents),
            )
            chunk: list[MergedMeeting] = []
            for m in meetings:
                chunk.append(m)
                if len(chunk) == batch:
                    self._load_batch(chunk, known)
                    count, chunk = count + len(chunk), []
            self._load_batch(chunk, known)
            count += len(chunk)
            _count_totals(self._db)
            self._db.execute("UPDATE state SET value = ? WHERE key = 'merged'", (MERGE_VERSION,))
        return count

    def _load_batch(self, meetings: list[MergedMeeting], known: dict[str, Person]) -> None:
        """Store merged meetings, their new people and their reports (see :meth:`load`)."""
        new = []
        for p in (p for m in meetings for p in m.participants):
            if p.id not in known:
                known[p.id] = p
                new.append(p)
            elif known[p.id] != p:
                raise KnowledgeBaseError(f"two different records of {p.id}: {known[p.id]!r} and {p!r}")
        try:
            self._insert_people(new)
            self._insert_meetings(meetings)
        except sqlite3.IntegrityError as e:
            raise KnowledgeBaseError(
                f"cannot load the meetings ({e}); give each meeting an id of its own"
            ) from e
        first = self._db.execute("SELECT coalesce(max(id), 0) + 1 FROM reports").fetchone()[0]
        reports = [(m.id, r) for m in meetings for r in m.reports]
        self._db.executemany(
            "INSERT OR IGNORE INTO documents (id, published_source) VALUES (?, 'none')",
            ((r.doc,) for _, r in reports),
        )
        self._db.executemany(
            "INSERT INTO reports VALUES (?1, ?2, (SELECT count(*) FROM reports WHERE doc = ?2), ?3, ?4, ?5)",
            ((first + i, r.doc, r.kind, r.model_dump_json(), m) for i, (m, r) in enumerate(reports)),
        )
        self._db.executemany(
            "INSERT INTO evidence (report, doc, text, start_char, end_char) VALUES (?, ?, ?, ?, ?)",
            (
                (first + i, e.doc, e.text, e.start, e.end)
                for i, (_, r) in enumerate(reports)
                for e in r.evidence
            ),
        )
        self._db.executemany(  # the document's next mention, unless it names that person already
            "INSERT INTO mentions SELECT ?1, (SELECT count(*) FROM mentions WHERE doc = ?1), ?2, ?3 "
            "WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE doc = ?1 AND name = ?2)",
            ((r.doc, p.name, p.model_dump_json()) for _, r in reports for p in r.participants),
        )

    # Merging.

    def merge(self) -> bool:
        """Merge people and meetings again from every stored document if the merged state is
        stale; returns whether it was."""
        if self._is_merged():
            return False
        try:
            with self._writing():
                if self._is_merged():  # another process merged meanwhile
                    return False
                self._merge()
        except sqlite3.OperationalError as e:
            raise KnowledgeBaseError(
                f"cannot update the merged meetings of {self.path} ({e}); "
                "check that the file is writable, then run the command again"
            ) from e
        return True

    def _is_merged(self) -> bool:
        row = self._db.execute("SELECT value FROM state WHERE key = 'merged'").fetchone()
        return bool(row[0] == MERGE_VERSION)

    def _merge(self) -> None:
        """Derive people and merged meetings again from every stored document (inside a write
        transaction)."""
        from graph.merge import merge_meetings, merge_people  # rapidfuzz: imported when merging

        extractions, rows = self._load(stating=True)
        people = merge_people(extractions)
        meetings = merge_meetings(extractions, people)
        self._db.execute("UPDATE reports SET meeting = NULL")
        for table in DERIVED:
            self._db.execute(f"DELETE FROM {table}")
        self._insert_people(people)
        self._insert_meetings(meetings)
        self._db.executemany(
            "UPDATE reports SET meeting = ? WHERE id = ?",
            [(m.id, rows[id(r)]) for m in meetings for r in m.reports],
        )
        _count_totals(self._db)
        self._db.execute("UPDATE state SET value = ? WHERE key = 'merged'", (MERGE_VERSION,))

    def _insert_people(self, people: Iterable[Person]) -> None:
        rows = [(p.id, p.name, json.dumps(p.aliases), p.country, p.role) for p in people]
        self._db.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?)", rows)
        _index_names(self._db, ((person, name, aliases) for person, name, aliases, _, _ in rows))

    def _insert_meetings(self, meetings: Iterable[MergedMeeting]) -> None:
        """Write merged meetings with their places (and where they are), occasions, participants
        and countries (not their reports), each table in one ``executemany``."""
        places: dict[str | None, tuple[str | float | None, ...]] = {}
        occasions: dict[str, tuple[str, str]] = {}
        rows, participants, countries = [], [], []
        for m in meetings:
            place = m.place.id if m.place else None
            if m.place and place not in places:
                places[place] = (place, m.place.city, m.place.country, m.place.region, *_where(m.place))
            if m.occasion:
                occasions.setdefault(m.occasion.id, (m.occasion.id, m.occasion.name))
            span = m.date or DateSpan()
            rows.append(
                (
                    m.id,
                    m.kind,
                    _iso(span.start),
                    _iso(span.end),
                    m.date and span.precision,
                    span.phrase,
                    place,
                    m.occasion and m.occasion.id,
                )
            )
            participants += [(m.id, p.id, i) for i, p in enumerate(m.participants)]
            countries += [(m.id, c, i) for i, c in enumerate(m.countries)]
        self._db.executemany(
            "INSERT OR IGNORE INTO places (id, city, country, region, latitude, longitude, geo_precision) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            places.values(),
        )
        self._db.executemany("INSERT OR IGNORE INTO occasions VALUES (?, ?)", occasions.values())
        self._db.executemany("INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self._db.executemany("INSERT INTO meeting_participants VALUES (?, ?, ?)", participants)
        self._db.executemany("INSERT INTO meeting_countries VALUES (?, ?, ?)", countries)

    def _load(self, *, stating: bool = False) -> tuple[list[Extraction], dict[int, int]]:
        """Every stored document's extraction, by document id; and each report's row id. With
        ``stating``, only the documents that name someone (all that merging reads), so that
        the documents without people, many in a big knowledge base, are not held in memory."""
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
            for d in self.documents(set(mentions) | set(reports) if stating else None)
        ]
        return extractions, rows

    # Reading.

    def extractions(self) -> list[Extraction]:
        """What every stored document states, ordered by document id."""
        return self._load()[0]

    def documents(self, ids: Iterable[str] | None = None, *, validate: bool = True) -> list[Document]:
        """The stored documents (or those of ``ids`` that are stored), ordered by id. With
        ``validate=False`` the records are made of the fields as stored (validated when they
        were stored) without validating them again: several times faster, for a million."""
        fields = list(Document.model_fields)
        rows = self._db.execute(f"SELECT {', '.join(fields)} FROM documents ORDER BY id")
        wanted = None if ids is None else set(ids)
        if not validate:
            with collector_paused():
                return [
                    Document.model_construct(
                        **dict(zip(fields, row, strict=True)) | {"published": _day(row[2])}
                    )
                    for row in rows
                    if wanted is None or row[0] in wanted
                ]
        return [
            Document.model_validate(dict(zip(fields, row, strict=True)))
            for row in rows
            if wanted is None or row[0] in wanted
        ]

    def document_rows(self, ids: Collection[str] | None = None) -> list[DocumentRow]:
        """Every stored document's (or those of ``ids``) id, title, day of publication, URL and
        outlet as a light row, ordered by id: what the network page shows of it, read as stored
        (validated when it was stored), many times faster than :meth:`documents` for a million."""
        where, args = (
            ("", ())
            if ids is None
            else ("WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),))
        )
        rows = self._db.execute(
            f"SELECT id, title, published, url, outlet FROM documents {where} ORDER BY id", args
        )
        with collector_paused():
            return [DocumentRow(doc, title, _day(day), url, outlet) for doc, title, day, url, outlet in rows]

    def evidence(self, meetings: Collection[str] | None = None) -> dict[str, list[tuple[str, str | None]]]:
        """Each merged meeting's evidence (by meeting id; of the ids ``meetings`` only, if
        given): the document of each of its reports, in the order of :meth:`meetings`'
        reports, with each evidence sentence of it (None for a report without one); read from
        the evidence table, no report record made.

        >>> from extract.records import Evidence
        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> said = Evidence(doc="a", text="Xi met Widodo.", start=0, end=14)
        >>> pair = (Person(name="Xi Jinping"), Person(name="Joko Widodo"))
        >>> met = Meeting(doc="a", participants=pair, evidence=(said,))
        >>> kb.add([Extraction(document=Document(id="a"), meetings=(met,))])
        1
        >>> list(kb.evidence().values())
        [[('a', 'Xi met Widodo.')]]
        >>> kb.evidence(["no such meeting"])
        {}
        """
        self.merge()
        found: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        where, args = (
            ("r.meeting IS NOT NULL", ())
            if meetings is None
            else ("r.meeting IN (SELECT value FROM json_each(?))", (json.dumps(list(meetings)),))
        )
        with collector_paused():
            for meeting, doc, text in self._db.execute(
                f"""SELECT r.meeting, r.doc, e.text FROM reports r LEFT JOIN evidence e ON e.report = r.id
                    WHERE {where} ORDER BY r.doc, r.position, e.rowid""",
                args,
            ):
                found[meeting].append((doc, text))
        return dict(found)

    def people(self) -> list[Person]:
        """The canonical people, every spelling seen of each as aliases, ordered by name."""
        self.merge()
        rows = self._db.execute("SELECT name, aliases, country, role FROM people ORDER BY name")
        return [
            Person(name=name, aliases=tuple(json.loads(aliases)), country=country, role=role)
            for name, aliases, country, role in rows
        ]

    def meetings(self, *, reports: bool = True) -> list[MergedMeeting]:
        """The merged meetings, dated ones first by date, each with every report of it.

        With ``reports=False`` each meeting's ``reports`` are left empty: reading them is most
        of the time it takes, and people views, ``who-met`` and the filters of
        :func:`graph.query.find_meetings` read none.
        """
        return self._meetings(None, reports=reports)

    def people_named(self, name: str) -> list[str]:
        """The ids of the people whose name or an alias ``name`` matches as
        :func:`graph.query.person_matches` does (at a word start, ignoring case and accents),
        found in the name index.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> kb.add([Extraction(document=Document(id="a"), people=(
        ...     Person(name="Sergey Lavrov", aliases=("Sergei Lavrov",)), Person(name="Alexis Tsipras")))])
        1
        >>> kb.people_named("sergei"), kb.people_named("LAVROV"), kb.people_named("xi")
        (['person:sergey-lavrov'], ['person:sergey-lavrov'], [])
        """
        folded = slug(matchable(name))
        self.merge()
        rows = self._db.execute(
            "SELECT DISTINCT person FROM person_names WHERE tail >= ? AND tail < ? ORDER BY person",
            (folded, folded + "\x7f"),  # slugs hold only a-z, 0-9 and -, all below \x7f
        )
        return [person for (person,) in rows]

    def taking_part(self, name: str) -> list[Person]:
        """The people ``name`` matches (:meth:`people_named`) who take part in a meeting of any
        kind, planned and cancelled ones too, ordered by id.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> met = Meeting(doc="a", participants=(Person(name="Wang Yi"), Person(name="Wang Wenbin")))
        >>> lei = Person(name="Wang Lei")  # named, in no meeting
        >>> kb.add([Extraction(document=Document(id="a"), people=(lei,), meetings=(met,))])
        1
        >>> [p.name for p in kb.taking_part("wang")]
        ['Wang Wenbin', 'Wang Yi']
        """
        people = self.people_named(name)
        where = "WHERE id IN (SELECT value FROM json_each(?)) AND id IN (SELECT person FROM person_totals)"
        return sorted(self._people(where, (json.dumps(people),)).values(), key=lambda p: p.id)

    def people_by_id(self, ids: Iterable[str] | None = None) -> dict[str, Person]:
        """The canonical people of ``ids`` (those that are stored; every one if None), by id."""
        self.merge()
        if ids is None:
            return self._people()
        return self._people("WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),))

    def meeting_totals(self) -> dict[str, tuple[int, int, int]]:
        """How many meetings each person (by id) took part in that took place, were planned
        and were cancelled, for everyone who took part in one.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> met = Meeting(doc="a", participants=(Person(name="Wang Yi"), Person(name="Sergey Lavrov")))
        >>> plan = met.model_copy(update={"kind": "planned"})
        >>> kb.add([Extraction(document=Document(id="a"), meetings=(met, plan))])
        1
        >>> kb.meeting_totals()["person:wang-yi"]
        (1, 1, 0)
        """
        self.merge()
        rows = self._db.execute("SELECT person, met, planned, cancelled FROM person_totals")
        return {person: (met, planned, cancelled) for person, met, planned, cancelled in rows}

    def people_totals(self, *, everyone: bool = False, limit: int | None = None) -> list[PersonTotals]:
        """The canonical people who take part in a meeting (``everyone``: all of them) with
        how many meetings they had, most met first, then most planned and cancelled, then by
        name; the first ``limit`` of them if given. Read from the totals kept for each person.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> met = Meeting(doc="a", participants=(Person(name="Wang Yi"), Person(name="Sergey Lavrov")))
        >>> li = Person(name="Li Qiang")  # named, in no meeting
        >>> kb.add([Extraction(document=Document(id="a"), people=(li,), meetings=(met,))])
        1
        >>> [(p.name, p.met) for p in kb.people_totals()], len(kb.people_totals(everyone=True))
        ([('Sergey Lavrov', 1), ('Wang Yi', 1)], 3)
        """
        self.merge()
        rows = self._db.execute(
            f"""SELECT p.name, p.aliases, p.country, p.role,
                       coalesce(t.met, 0), coalesce(t.planned, 0), coalesce(t.cancelled, 0)
                FROM people p {"LEFT " if everyone else ""}JOIN person_totals t ON t.person = p.id
                ORDER BY 5 DESC, 6 + 7 DESC, p.name, p.id
                LIMIT {-1 if limit is None else int(limit)}"""
        )
        return [
            PersonTotals(name, tuple(json.loads(aliases)) if aliases != "[]" else (), country, role, *counts)
            for name, aliases, country, role, *counts in rows
        ]

    def people_counted(self) -> tuple[int, int]:
        """How many canonical people the knowledge base holds, and how many of them take part
        in a meeting (of any kind)."""
        self.merge()
        query = "SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM person_totals)"
        everyone, taking_part = self._db.execute(query).fetchone()
        return int(everyone), int(taking_part)

    def met_with(
        self, person: str, *, include_plans: bool = False, limit: int | None = None
    ) -> list[PairTotals]:
        """What the meetings of the person of id ``person`` with each counterpart add up to,
        most meetings first (then by name), read from the totals kept for each pair: the
        counterparts :func:`graph.query.who_met` gives, with their meetings counted; the first
        ``limit`` of them if given. Meetings that did not take place count only with
        ``include_plans``.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> wang, lavrov = Person(name="Wang Yi"), Person(name="Sergey Lavrov")
        >>> met = Meeting(doc="a", participants=(wang, lavrov), place=Place(city="Moscow"))
        >>> kb.add([Extraction(document=Document(id="a"), meetings=(met,))])
        1
        >>> (total,) = kb.met_with("person:wang-yi")
        >>> total.counterpart.name, total.meetings, total.places, total.kinds
        ('Sergey Lavrov', 1, ((Place(city='Moscow', country=None, region=None), 1),), (('in_person', 1),))
        """
        return self._totals(_pairs_of(include_plans), (person,), limit)

    def _totals(self, where: str, args: tuple[str, ...], limit: int | None) -> list[PairTotals]:
        """The rows of ``pair_totals t`` that ``where`` keeps, as :meth:`met_with` gives them."""
        self.merge()
        rows = self._db.execute(
            f"""SELECT p.name, p.aliases, p.country, p.role, t.meetings, t.first, t.last, t.places, t.kinds
                FROM pair_totals t JOIN people p ON p.id = t.counterpart
                WHERE {where}
                ORDER BY t.meetings DESC, p.name, t.counterpart
                LIMIT {-1 if limit is None else int(limit)}""",
            args,
        ).fetchall()
        wanted = sorted({place for row in rows for place in json.loads(row[7])})
        places = {
            place: Place(city=city, country=country, region=region)
            for place, city, country, region in self._db.execute(
                "SELECT id, city, country, region FROM places WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(wanted),),
            )
        }
        found = []
        for name, aliases, country, role, meetings, first, last, held, kinds in rows:
            at = sorted(json.loads(held).items(), key=lambda item: (-item[1], item[0]))
            found.append(
                PairTotals(
                    Person(name=name, aliases=tuple(json.loads(aliases)), country=country, role=role),
                    meetings,
                    _day(first),
                    _day(last),
                    tuple((places[place], n) for place, n in at),
                    tuple(sorted(json.loads(kinds).items(), key=lambda item: (-item[1], item[0]))),
                )
            )
        return found

    def counterpart_count(self, person: str, *, include_plans: bool = False) -> int:
        """How many people the person of id ``person`` met (or, with ``include_plans``, also
        planned to meet or saw a meeting with cancelled): :meth:`met_with` without a limit,
        read from the person's totals."""
        self.merge()
        query = f"SELECT {COUNTERPARTS[include_plans]} FROM person_totals WHERE person = ?"
        row = self._db.execute(query, (person,)).fetchone()
        return int(row[0]) if row else 0

    def counterparts_of(self, person: str, *, include_plans: bool = False) -> list[str]:
        """The ids of the people the person of id ``person`` met (or, with ``include_plans``,
        planned to meet or saw a meeting with cancelled), ordered by id: their neighbours in
        the people view, read from the totals kept for each pair."""
        self.merge()
        query = f"SELECT t.counterpart FROM pair_totals t WHERE {_pairs_of(include_plans)} ORDER BY 1"
        return [counterpart for (counterpart,) in self._db.execute(query, (person,))]

    def pair_totals(self, person: str, counterpart: str, *, include_plans: bool = False) -> PairTotals | None:
        """What the meetings of two people (by id) add up to (:meth:`met_with`), or None if
        they never met (nor planned to, with ``include_plans``)."""
        found = self._totals(f"{_pairs_of(include_plans)} AND t.counterpart = ?2", (person, counterpart), 1)
        return found[0] if found else None

    def meetings_with(self, *people: str) -> list[MeetingRow]:
        """The merged meetings that every one of ``people`` (ids) takes part in, as light rows,
        in the order of :meth:`meetings`."""
        self.merge()
        if not people:
            return []
        each = "SELECT meeting FROM meeting_participants WHERE person = ?"
        query = " INTERSECT ".join([each] * len(people))
        ids = [meeting for (meeting,) in self._db.execute(query, people)]
        with collector_paused():
            return list(self._rows(ids))

    def meetings_of(self, name: str, *, reports: bool = True) -> list[MergedMeeting]:
        """The merged meetings of everyone ``name`` matches (:meth:`people_named`), in the order
        of :meth:`meetings`: what :func:`graph.query.find_meetings` keeps of them for
        ``person=name``, read through the indexes rather than from every meeting.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> met = Meeting(doc="a", participants=(Person(name="Xi Jinping"), Person(name="Joko Widodo")))
        >>> kb.add([Extraction(document=Document(id="a"), meetings=(met,))])
        1
        >>> [p.name for m in kb.meetings_of("widodo") for p in m.participants], kb.meetings_of("Putin")
        (['Xi Jinping', 'Joko Widodo'], [])
        """
        return self._meetings(self._ids_of(name), reports=reports)

    def _ids_of(self, name: str) -> list[str]:
        """The ids of the meetings of everyone ``name`` matches, through the indexes."""
        people = self.people_named(name)
        return [
            meeting
            for (meeting,) in self._db.execute(
                "SELECT DISTINCT meeting FROM meeting_participants "
                "WHERE person IN (SELECT value FROM json_each(?))",
                (json.dumps(people),),
            )
        ]

    def meeting(self, meeting_id: str) -> MergedMeeting:
        """The merged meeting of that id (or the one whose id starts so).

        Raises :class:`KnowledgeBaseError` when there is none, or several.
        """
        self.merge()
        found = [
            mid
            for (mid,) in self._db.execute(
                "SELECT id FROM meetings WHERE id = ? OR substr(id, 1, length(?)) = ? ORDER BY id",
                (meeting_id, meeting_id, meeting_id),
            )
        ]
        if meeting_id in found:
            found = [meeting_id]
        if len(found) != 1:
            what = "no meeting" if not found else f"{len(found)} meetings start with"
            raise KnowledgeBaseError(
                f"{what} {meeting_id!r} in {self.path}; `dipgraph meetings --format jsonl` lists the ids"
            )
        return self._meetings(found)[0]

    def latest_meeting_rows(self, limit: int) -> list[MeetingRow]:
        """The ``limit`` merged meetings that began last (the undated ones after every dated
        one), as light rows in the order of :meth:`meetings`: a window on a big knowledge
        base, read without reading the others.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> pair = (Person(name="Xi Jinping"), Person(name="Joko Widodo"))
        >>> days = [DateSpan(start=date(2024, 1, d), end=date(2024, 1, d)) for d in (1, 10, 20)]
        >>> met = [Meeting(doc="a", participants=pair, date=day) for day in days]
        >>> kb.add([Extraction(document=Document(id="a"), meetings=tuple(met))])
        1
        >>> [str(m.date.start) for m in kb.latest_meeting_rows(2) if m.date]
        ['2024-01-10', '2024-01-20']
        """
        self.merge()
        query = "SELECT id FROM meetings ORDER BY date_start IS NULL, date_start DESC, rowid DESC LIMIT ?"
        ids = [meeting for (meeting,) in self._db.execute(query, (limit,))]
        with collector_paused():
            return list(self._rows(ids))

    def pair_counts(
        self, pairs: Iterable[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[int, int, date | None, date | None]]:
        """What the meetings of each pair of people (by id) add up to, read from the totals
        kept for each pair: how many took place, how many there are with the planned and
        cancelled ones, and the first and last day of those (dated ones); pairs that have no
        meeting are left out.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> pair = (Person(name="Xi Jinping"), Person(name="Joko Widodo"))
        >>> jan, feb = date(2024, 1, 1), date(2024, 2, 1)
        >>> met = Meeting(doc="a", participants=pair, date=DateSpan(start=jan, end=jan))
        >>> plan = Meeting(doc="a", participants=pair, kind="planned", date=DateSpan(start=feb, end=feb))
        >>> kb.add([Extraction(document=Document(id="a"), meetings=(met, plan))])
        1
        >>> xi, widodo = "person:xi-jinping", "person:joko-widodo"
        >>> counts = kb.pair_counts([(xi, widodo), (xi, "person:nobody")])
        >>> len(counts), counts[xi, widodo]
        (1, (1, 2, datetime.date(2024, 1, 1), datetime.date(2024, 2, 1)))
        """
        self.merge()
        met: dict[tuple[str, str], int] = {}
        every: dict[tuple[str, str], tuple[int, date | None, date | None]] = {}
        rows = self._db.execute(
            """WITH asked AS (SELECT json_extract(value, '$[0]') AS a, json_extract(value, '$[1]') AS b
                              FROM json_each(?))
               SELECT t.person, t.counterpart, t.plans, t.meetings, t.first, t.last
               FROM asked CROSS JOIN pair_totals t  -- the pairs asked first: a lookup of each
                 ON t.person = asked.a AND t.plans IN (0, 1) AND t.counterpart = asked.b""",
            (json.dumps([list(pair) for pair in pairs]),),
        )
        for a, b, plans, meetings, first, last in rows:
            if plans:
                every[a, b] = (int(meetings), _day(first), _day(last))
            else:
                met[a, b] = int(meetings)
        return {pair: (met.get(pair, 0), *totals) for pair, totals in every.items()}

    def meeting_rows(self, name: str | None = None) -> list[MeetingRow]:
        """Every merged meeting as a light :class:`MeetingRow`, in the order of :meth:`meetings`:
        what the people view and the filters of :func:`graph.query.find_meetings` read, made
        several times faster than the records (no countries, no reports, nothing validated).
        With ``name``, only the meetings of everyone it matches, as in :meth:`meetings_of`.
        """
        with collector_paused():
            return list(self._rows(None if name is None else self._ids_of(name)))

    def meeting_facts(self) -> Iterator[tuple[PairedMeeting, list[str]]]:
        """Every merged meeting as the people view reads it (:data:`graph.records.PairedMeeting`)
        with the ids of its people, in the order of :meth:`meetings`: read as text, without a
        record of each meeting, several times faster than :meth:`meeting_rows` for a million.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> pair = (Person(name="Xi Jinping"), Person(name="Joko Widodo"))
        >>> met = Meeting(doc="a", participants=pair, kind="phone", place=Place(city="Bali"))
        >>> kb.add([Extraction(document=Document(id="a"), meetings=(met,))])
        1
        >>> [(held[4:], people) for held, people in kb.meeting_facts()]
        [(('', 'phone', 'Bali', ''), ['person:xi-jinping', 'person:joko-widodo'])]
        """
        self.merge()
        # each meeting's people joined by SQLite (a row per meeting, not per person: half the
        # time of grouping them here)
        people: dict[str, str] = dict(self._db.execute(_PEOPLE_OF_MEETINGS))
        place_of = dict(self._db.execute(_PLACE_TEXTS))
        occasion_of = dict(self._db.execute("SELECT id, name FROM occasions"))
        for day, meeting, start, end, text, kind, place, occasion in self._db.execute(_PAIRED):
            joined = people.pop(meeting, "")  # dropped as they are used: a million strings
            held = (
                day,
                meeting,
                start,
                end,
                text,
                kind,
                place_of.get(place, ""),
                occasion_of.get(occasion, ""),
            )
            yield held, joined.split(_UNIT) if joined else []

    def _meetings(self, only: list[str] | None, *, reports: bool = True) -> list[MergedMeeting]:
        """The merged meetings of the ids ``only`` (every one if None), in the merge's order."""
        with collector_paused():
            return self._records(only, reports=reports)

    def _records(self, only: list[str] | None, *, reports: bool) -> list[MergedMeeting]:
        rows = list(self._rows(only))
        where, args = ("", ()) if only is None else (_AMONG, (json.dumps(only),))
        countries: dict[str, list[str]] = defaultdict(list)
        for meeting, country in self._db.execute(
            f"SELECT meeting, country FROM meeting_countries {where} ORDER BY meeting, position", args
        ):
            countries[meeting].append(country)
        stated: dict[str, list[Meeting]] = defaultdict(list)
        if reports:
            for meeting, record in self._db.execute(
                f"SELECT meeting, record FROM reports {where or 'WHERE meeting IS NOT NULL'} "
                "ORDER BY doc, position",
                args,
            ):
                stated[meeting].append(Meeting.model_validate_json(record))
        return [
            MergedMeeting(
                id=row.id,
                participants=row.participants,
                countries=tuple(countries[row.id]),
                place=row.place,
                occasion=row.occasion,
                date=row.date,
                kind=row.kind,
                reports=tuple(stated[row.id]),
            )
            for row in rows
        ]

    def _rows(self, only: list[str] | None) -> Iterator[MeetingRow]:
        """The meetings of the ids ``only`` (every one if None) as rows, in the merge's order."""
        self.merge()
        where, args = ("", ()) if only is None else (_AMONG, (json.dumps(only),))
        # Each person, place, occasion and date is one record, shared by its meetings.
        people = self._people(
            where and f"WHERE id IN (SELECT person FROM meeting_participants {where})", args
        )
        participants: dict[str, list[Person]] = defaultdict(list)
        for meeting, person in self._db.execute(  # in order of the covering index: no sorting
            f"SELECT meeting, person FROM meeting_participants {where} ORDER BY meeting, position", args
        ):
            participants[meeting].append(people[person])
        places: dict[str | None, Place | None] = {None: None}  # read as the meetings name them
        occasions: dict[str | None, Occasion | None] = {None: None}
        dates: dict[tuple[str | None, ...], DateSpan | None] = {}
        for mid, kind, start, end, precision, phrase, place, occasion in self._db.execute(
            f"""SELECT id, kind, date_start, date_end, date_precision, date_phrase, place, occasion
                FROM meetings {where.replace("meeting", "id", 1)}
                ORDER BY rowid  -- inserted in the order merge_meetings gives""",
            args,
        ):
            if place not in places:
                places[place] = self._place(place)
            if occasion not in occasions:
                occasions[occasion] = self._occasion(occasion)
            when = (start, end, precision, phrase)
            if when not in dates:
                dates[when] = (
                    DateSpan(start=start, end=end, precision=precision, phrase=phrase) if precision else None
                )
            held = participants.pop(mid, ())  # dropped as they are used: a million lists
            yield MeetingRow(mid, tuple(held), places[place], occasions[occasion], dates[when], kind)

    def _place(self, place: str) -> Place | None:
        city, country, region = self._db.execute(
            "SELECT city, country, region FROM places WHERE id = ?", (place,)
        ).fetchone()
        return Place(city=city, country=country, region=region) if city or country or region else None

    def _occasion(self, occasion: str) -> Occasion | None:
        (name,) = self._db.execute("SELECT name FROM occasions WHERE id = ?", (occasion,)).fetchone()
        return Occasion(name=name) if name else None

    def _people(self, where: str = "", args: tuple[str, ...] = ()) -> dict[str, Person]:
        """The canonical people (of a ``WHERE`` clause on the ``people`` table) by id."""
        rows = self._db.execute(f"SELECT id, name, aliases, country, role FROM people {where}", args)
        return {
            person: Person(
                name=name,
                aliases=tuple(json.loads(aliases)) if aliases != "[]" else (),
                country=country,
                role=role,
            )
            for person, name, aliases, country, role in rows
        }

    def counts(self) -> dict[str, int]:
        """How many documents, reports, meetings and people the knowledge base holds."""
        self.merge()
        tables = ("documents", "reports", "meetings", "people")
        return {t: self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def stats(self) -> Stats:
        """Documents, reports, people, places, occasions, meetings by kind, and date ranges.

        >>> kb = KnowledgeBase.open(":memory:", create=True)
        >>> kb.stats().documents, kb.stats().meetings
        (0, {})
        """
        self.merge()

        def count(table: str) -> int:
            return int(self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        kinds = Counter(dict(self._db.execute("SELECT kind, count(*) FROM meetings GROUP BY kind")))
        first, last, undated = self._db.execute(
            "SELECT min(date_start), max(date_end), sum(date_start IS NULL) FROM meetings"
        ).fetchone()
        early, late = self._db.execute("SELECT min(published), max(published) FROM documents").fetchone()
        return Stats(
            documents=count("documents"),
            reports=count("reports"),
            people=count("people"),
            places=count("places"),
            occasions=count("occasions"),
            meetings=dict(kinds.most_common()),
            first=_day(first),
            last=_day(last),
            published=(_day(early), _day(late)),
            undated=int(undated or 0),
        )

    def sources(self) -> Mapping[str, Document]:
        """Every stored document by id."""
        return {d.id: d for d in self.documents()}


def _run(db: sqlite3.Connection, script: str) -> None:
    """Run each statement of ``script`` (in the transaction open, unlike ``executescript``); a
    statement ends at the ``;`` that completes it, so triggers keep the ones inside them.

    >>> db = sqlite3.connect(":memory:")
    >>> _run(db, "CREATE TABLE t (x); CREATE TRIGGER t_x AFTER INSERT ON t BEGIN SELECT 1; END;")
    >>> [name for (name,) in db.execute("SELECT name FROM sqlite_schema ORDER BY name")]
    ['t', 't_x']
    """
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \n;"):
                db.execute(statement)
            statement = ""


def _upgrade_from(db: sqlite3.Connection, name: str, version: int) -> None:
    """Run the steps of ``UPGRADES`` from ``version`` to ``SCHEMA_VERSION`` (inside a write
    transaction), then record the version."""
    while version < SCHEMA_VERSION:
        UPGRADES[version](db, name)
        version += 1
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _refuse_held(db: sqlite3.Connection, name: str, version: int, script: str) -> None:
    """Raise :class:`KnowledgeBaseError` if the file, said to be of ``version``, holds something
    that ``script``, the step from it to the next, makes: another program changed it."""
    made = re.findall(r"CREATE (?:TABLE|VIRTUAL TABLE|VIEW|TRIGGER|INDEX) (\w+)", script)
    held = [
        thing
        for thing in made
        if db.execute("SELECT 1 FROM sqlite_schema WHERE name = ?", (thing,)).fetchone()
    ]
    if held:
        raise KnowledgeBaseError(
            f"{name} says it has schema version {version} but holds {held[0]} of version {version + 1}: "
            "it was changed by another program; move it aside and ingest the articles again"
        )


def _to_version_3(db: sqlite3.Connection, name: str) -> None:
    """Version 2 to 3: the name index, made from the people."""
    _refuse_held(db, name, 2, NAME_INDEX)
    _run(db, NAME_INDEX)
    _index_names(db, db.execute("SELECT id, name, aliases FROM people").fetchall())


def _to_version_4(db: sqlite3.Connection, name: str) -> None:
    """Version 3 to 4: evidence ids, the places' coordinates, full-text search, the views."""
    _refuse_held(db, name, 3, SEARCH + VIEWS)
    _run(db, EVIDENCE_IDS)
    _locate_places(db)
    _run(db, SEARCH + VIEWS)


def _to_version_5(db: sqlite3.Connection, name: str) -> None:
    """Version 4 to 5: what each person's and each pair's meetings add up to (``TOTALS``),
    counted from the merged meetings (the next step counts them again with its columns)."""
    _refuse_held(db, name, 4, TOTALS)
    _run(db, TOTALS)


def _to_version_6(db: sqlite3.Connection, name: str) -> None:
    """Version 5 to 6: each person's number of counterparts (``COUNTERPARTS``); every total
    counted again from the merged meetings."""
    held = {row[1] for row in db.execute("PRAGMA table_info(person_totals)")} & set(COUNTERPARTS)
    if held:
        raise KnowledgeBaseError(
            f"{name} says it has schema version 5 but holds person_totals.{min(held)} of version 6: "
            "it was changed by another program; move it aside and ingest the articles again"
        )
    for column in COUNTERPARTS:
        db.execute(f"ALTER TABLE person_totals ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")
    _count_totals(db)


UPGRADES: dict[int, Callable[[sqlite3.Connection, str], None]] = {
    2: _to_version_3,
    3: _to_version_4,
    4: _to_version_5,
    5: _to_version_6,
}
"""The step from each older schema version to the next, run in turn when a file is opened."""


def _locate_places(db: sqlite3.Connection) -> None:
    """Fill the coordinates of every stored place (:func:`graph.geo.locate`)."""
    rows = db.execute("SELECT id, city, country, region FROM places").fetchall()
    db.executemany(
        "UPDATE places SET latitude = ?, longitude = ?, geo_precision = ? WHERE id = ?",
        [
            (*_where(Place(city=city, country=country, region=region)), place)
            for place, city, country, region in rows
        ],
    )


def _where(place: Place) -> tuple[float | None, float | None, str | None]:
    """A place's latitude, longitude and their precision, as stored (None where unknown)."""
    found = locate(place)
    return (found.latitude, found.longitude, found.precision) if found else (None, None, None)


def name_tails(text: str) -> list[str]:
    """The slug of ``text`` from each of its words on: a query matches ``text`` at a word start
    (:func:`graph.query.text_matches`) exactly when its slug starts one of them.

    >>> name_tails("Sergey Lavrov"), name_tails("Péter Szijjártó")
    (['sergey-lavrov', 'lavrov'], ['peter-szijjarto', 'szijjarto'])
    >>> name_tails("")
    []
    """
    if not text:
        return []
    folded = slug(text)
    return [folded, *(folded[i + 1 :] for i, c in enumerate(folded) if c == "-")]


def _index_names(db: sqlite3.Connection, people: Iterable[tuple[str, str, str]]) -> None:
    """Fill ``person_names`` for people given as rows of the ``people`` table (id, name, aliases)."""
    db.executemany(
        "INSERT OR IGNORE INTO person_names VALUES (?, ?)",
        (
            (tail, person)
            for person, name, aliases in people
            for spelling in (name, *json.loads(aliases))
            for tail in name_tails(spelling)
        ),
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


_KINDS = {kind: i for i, kind in enumerate(MEETING_KINDS)}
_HELD_KINDS = [i for kind, i in _KINDS.items() if kind not in ("planned", "cancelled")]  # MET_KINDS


def _count_totals(db: sqlite3.Connection) -> None:
    """Count ``person_totals`` and ``pair_totals`` again from the merged meetings (inside a
    write transaction): one pass over the meetings' participants, in the order of the
    covering index, each pair's totals added up once for both ways."""
    db.execute("DELETE FROM pair_totals")
    db.execute("DELETE FROM person_totals")
    held = {
        meeting: (_KINDS[kind], start, end, place)
        for meeting, kind, start, end, place in db.execute(
            "SELECT id, kind, date_start, date_end, place FROM meetings"
        )
    }
    people: dict[str, list[int]] = {}  # met, planned, cancelled; counterparts met, and all
    pairs: dict[tuple[str, str], _PairCount] = {}
    with collector_paused():
        participants = db.execute(
            "SELECT meeting, person FROM meeting_participants ORDER BY meeting, position"
        )
        for meeting, rows in itertools.groupby(participants, key=lambda row: row[0]):
            kind, start, end, place = held[meeting]
            column = 0 if kind in _HELD_KINDS else kind - 3  # met, planned (4), cancelled (5)
            who = [person for _, person in rows]
            for person in who:
                people.setdefault(person, [0, 0, 0, 0, 0])[column] += 1
            for i, a in enumerate(who):
                for b in who[i + 1 :]:
                    key = (a, b) if a < b else (b, a)
                    count = pairs.get(key)
                    if count is None:
                        count = pairs[key] = _PairCount()
                    count.add(kind, start, end, place)
        both_ways = sorted(row for (a, b), count in pairs.items() for row in count.rows(a, b))
        for person, plans, *_ in both_ways:
            people[person][3 + plans] += 1
        db.executemany(
            "INSERT INTO person_totals VALUES (?, ?, ?, ?, ?, ?)",
            sorted((person, *counts) for person, counts in people.items()),
        )
        db.executemany("INSERT INTO pair_totals VALUES (?, ?, ?, ?, ?, ?, ?, ?)", both_ways)


class _PairCount:
    """What the meetings of one pair add up to, as :func:`_count_totals` counts them."""

    __slots__ = ("first", "kinds", "last", "places")

    def __init__(self) -> None:
        self.kinds = [0] * len(MEETING_KINDS)
        self.first: list[str | None] = [None, None]  # of the meetings that took place; of every one
        self.last: list[str | None] = [None, None]
        self.places: tuple[dict[str, int], dict[str, int]] = ({}, {})

    def add(self, kind: int, start: str | None, end: str | None, place: str | None) -> None:
        self.kinds[kind] += 1
        for scope in (0, 1) if kind in _HELD_KINDS else (1,):
            if start and (self.first[scope] is None or start < str(self.first[scope])):
                self.first[scope] = start
            if end and (self.last[scope] is None or end > str(self.last[scope])):
                self.last[scope] = end
            if place:
                self.places[scope][place] = self.places[scope].get(place, 0) + 1

    def rows(self, a: str, b: str) -> Iterator[tuple[str, int, str, int, str | None, str | None, str, str]]:
        """The rows of ``pair_totals``, both ways: over the meetings that took place, if any;
        over every meeting."""
        met = sum(self.kinds[i] for i in _HELD_KINDS)
        for scope in (0, 1):
            meetings = met if scope == 0 else sum(self.kinds)
            if not meetings:
                continue
            kinds: dict[str, int] = {
                kind: self.kinds[i]
                for kind, i in _KINDS.items()
                if self.kinds[i] and (scope or i in _HELD_KINDS)
            }
            places = _compact(self.places[scope])
            facts = (meetings, self.first[scope], self.last[scope], places, _compact(kinds))
            yield (a, scope, b, *facts)
            yield (b, scope, a, *facts)


_compact = json.JSONEncoder(separators=(",", ":")).encode  # made once: json.dumps makes one a call


def _pairs_of(include_plans: bool) -> str:
    """The ``WHERE`` clause on ``pair_totals t`` that keeps the rows of one person (the query's
    first parameter): those over the meetings that took place, or with ``include_plans`` over
    every meeting."""
    return f"t.person = ?1 AND t.plans = {int(include_plans)}"
