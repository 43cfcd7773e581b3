"""Measuring dipgraph: merged meetings scored against hand-made gold annotations.

A gold file (:class:`Gold`, read by :func:`read_gold`) lists the documents annotated, the
people with the spellings they go by, and every meeting each document reports, one entry per
document; ``event`` ties together the reports of one real meeting. :func:`evaluate` scores
merged meetings (``kb.meetings()``, or the records ``dipgraph meetings --format jsonl``
prints) against it. The rules are those of the shared scorer (``shared/eval/score.py``), so
the figures agree with it:

- *Reports.* Each gold meeting is one gold report. Each source of a predicted meeting is one
  predicted report, in that document; sources outside the gold's ``docs`` are not counted
  (a source's path and ``.txt``, ``.md``, ``.html`` extension are dropped first).
- *Names.* Compared after folding case, accents, a possessive ``'s`` and punctuation. A name
  is one of the gold's ``people`` when it is the canonical name or an alias, or spells one of
  them another way: as many words (two or more), first names agreeing in their first three
  letters, surnames alike (``Sergei``/``Sergey Lavrov``, ``Zelensky``/``Zelenskyy``). Other
  names are compared as they fold.
- *Matching.* A predicted report matches a gold report of the same document when they name the
  same people; for meetings of three or more on both sides, when at least half of all the
  people named on either side are on both. Gold reports take, in order, the first unmatched
  candidate, preferring one of the same kind, then one of the same date.
- *Attributes* of a matched pair are right when they agree with any gold report of the same
  event (a merged meeting may know from one document what another leaves out): people (all of
  them), city (the gold city or ``place``, one containing the other; none where gold has
  none), country (through :data:`COUNTRY_ALIASES`), occasion (the same keys of
  :data:`OCCASION_KEYS`, and both named or both not), date (the same span of days: a day, or
  ``start`` to ``end``) and kind.
- *Figures.* Precision is matched predicted reports over predicted reports, recall matched
  gold reports over gold reports, F1 their harmonic mean; strict F1 counts a report as found
  only when every attribute is right. Core recall and F1 keep the gold reports whose
  ``difficulty`` is ``core``.
- *Merging.* Of the pairs of matched gold reports of one event, how many were matched to one
  merged meeting; and how many pairs of different events were matched to one meeting.

Not supported: ``not_meetings`` are read and checked, but not scored.

>>> gold = Gold.model_validate({"docs": {"a": {}}, "people": {"Sergey Lavrov": {}}, "meetings": [
...     {"doc": "a", "event": "E1", "participants": ["Wang Yi", "Sergey Lavrov"],
...      "city": "Rio de Janeiro", "country": "Brazil", "date": "2024-11-18", "kind": "in_person"}]})
>>> got = {"id": "m-1", "participants": [{"name": "Wang Yi"}, {"name": "Sergei Lavrov"}],
...        "city": "Rio", "country": "Brazil", "date": None, "kind": "in_person", "sources": [{"doc": "a"}]}
>>> result = evaluate(gold, [got])
>>> result.precision, result.recall, result.strict_f1, result.wrong[0].attributes
(1.0, 1.0, 0.0, ('date',))
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from extract.errors import DipgraphError
from extract.records import MeetingKind
from graph.jsonl import meeting_record
from graph.records import MergedMeeting

ATTRIBUTES = ("people", "city", "country", "occasion", "date", "kind")

#: Other names of countries, folded, and the name they are compared as. (Abbreviations with
#: dots fold without the last one, "U.S." to "u.s", and are compared as written, as the shared
#: scorer compares them.)
COUNTRY_ALIASES: Mapping[str, str] = {
    "us": "united states",
    "usa": "united states",
    "united states of america": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "russian federation": "russia",
    "prc": "china",
    "people's republic of china": "china",
    "dprk": "north korea",
    "democratic people's republic of korea": "north korea",
    "republic of korea": "south korea",
    "rok": "south korea",
    "korea, south": "south korea",
    "turkiye": "turkey",
    "republic of turkey": "turkey",
    "uae": "united arab emirates",
}

#: The series an occasion belongs to, each found by a pattern in its lower-case name: "the 19th
#: G20 Leaders' Summit" and "G-20 summit" are both ``g20``. Occasions outside these series are
#: compared only by being named or not. (``extract/data/occasions.json`` names occasions as
#: news writes them; these keys group them more coarsely, as the gold annotations do.)
OCCASION_KEYS: Sequence[tuple[str, re.Pattern[str]]] = [
    (key, re.compile(pattern))
    for key, pattern in [
        ("g20", r"\bg-?20\b|group of (20|twenty)"),
        ("g7", r"\bg-?7\b|group of (7|seven)"),
        ("asean", r"\basean\b|association of southeast asian nations"),
        ("east asia summit", r"east asia summit|\beas\b"),
        ("apec", r"\bapec\b|asia-pacific economic cooperation"),
        ("sco", r"\bsco\b|shanghai cooperation organi[sz]ation"),
        ("brics", r"\bbrics\b"),
        ("unga", r"\bunga\b|united nations general assembly|\bun general assembly"),
        ("munich security conference", r"munich security conference|\bmsc\b"),
        ("nato", r"\bnato\b"),
        ("cop", r"\bcop ?\d+\b|climate (change )?conference"),
    ]
]


class GoldError(DipgraphError):
    """A gold file that cannot be read, or is not in the gold format."""


# The gold records. Unlike extraction records they ignore fields they do not know, since
# annotators keep notes beside the ones scored ("note", "date_text", "role", ...).


class _GoldRecord(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class GoldDocument(_GoldRecord):
    """A document annotated: its id is the file name without its extension."""

    published: dt.date | None = None


class GoldPerson(_GoldRecord):
    """A person, under the canonical name that keys it, with the other spellings of the name."""

    country: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()


class GoldSpan(_GoldRecord):
    """A span of days; one end alone stands for both."""

    start: dt.date | None = None
    end: dt.date | None = None


class GoldMeeting(_GoldRecord):
    """One document's report of a meeting, as an annotator reads it."""

    doc: str
    event: str
    participants: tuple[str, ...] = Field(min_length=1)
    city: str | None = None
    country: str | None = None
    place: str | None = None
    occasion: str | None = None
    date: dt.date | GoldSpan | None = None
    kind: MeetingKind
    evidence: str = ""
    difficulty: str | None = None


class GoldNotMeeting(_GoldRecord):
    """People a document names together who did not meet."""

    doc: str
    people: tuple[str, ...]
    why: str = ""


class Gold(_GoldRecord):
    """A gold file: documents, people, meetings per document, and pairs that did not meet."""

    docs: dict[str, GoldDocument]
    people: dict[str, GoldPerson] = Field(default_factory=dict)
    meetings: tuple[GoldMeeting, ...]
    not_meetings: tuple[GoldNotMeeting, ...] = ()

    @model_validator(mode="after")
    def _documents_listed(self) -> Gold:
        for where, doc in [(f"meetings[{i}]", m.doc) for i, m in enumerate(self.meetings)] + [
            (f"not_meetings[{i}]", m.doc) for i, m in enumerate(self.not_meetings)
        ]:
            if doc not in self.docs:
                raise ValueError(f"{where}: document {doc!r} is not listed in docs")
        return self


def read_gold(path: str | Path) -> Gold:
    """The gold file at ``path``. Raises :class:`GoldError` naming the file and what is wrong.

    >>> read_gold("no-such-gold.json")
    Traceback (most recent call last):
    ...
    graph.evaluate.GoldError: cannot read gold file no-such-gold.json (No such file or directory)
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise GoldError(f"gold file {path} is not UTF-8 text") from None
    except OSError as e:
        raise GoldError(f"cannot read gold file {path} ({e.strerror or e})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise GoldError(
            f"gold file {path} is not JSON ({e.msg} at line {e.lineno} column {e.colno})"
        ) from None
    return parse_gold(data, name=str(path))


def parse_gold(data: Any, *, name: str = "gold") -> Gold:
    """A gold file's parsed JSON as :class:`Gold`; raises :class:`GoldError` saying where the
    first problem is.

    >>> parse_gold({"docs": {"a": {}}, "meetings": [{"doc": "a", "event": "E1"}]}, name="g.json")
    Traceback (most recent call last):
    ...
    graph.evaluate.GoldError: gold file g.json: meetings[0].participants: field required (and 1 more problem)
    >>> parse_gold([], name="g.json")
    Traceback (most recent call last):
    ...
    graph.evaluate.GoldError: gold file g.json: expected an object with docs and meetings, not an array
    """
    if not isinstance(data, dict):
        found = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
            type(data), "a number"
        )
        raise GoldError(f"gold file {name}: expected an object with docs and meetings, not {found}")
    try:
        return Gold.model_validate(data)
    except ValidationError as e:
        problems = e.errors()
        first = problems[0]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"]).lstrip(".")
        what = "field required" if first["type"] == "missing" else first["msg"].replace("Value error, ", "")
        more = len(problems) - 1
        rest = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise GoldError(f"gold file {name}: {where + ': ' if where else ''}{what}{rest}") from None


def fold(text: str | None) -> str:
    """A name folded for comparing: lower case, no accents, no possessive ``'s``, punctuation
    other than ``.`` and ``-`` made spaces, spaces squeezed, ends stripped of `` .-``.

    >>> fold("  Sergeï Lavrov’s "), fold("U.S."), fold(None)
    ('sergei lavrov', 'u.s', '')
    """
    if not text:
        return ""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[\u2019'`]s\b", "", text.lower())
    text = re.sub(r"[^a-z0-9.\- ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip(" .-")


class PersonKeys:
    """Any spelling of a person, as the gold's canonical name of that person.

    >>> keys = PersonKeys({"Sergey Lavrov": GoldPerson(aliases=("Lavrov",))})
    >>> keys.key("LAVROV"), keys.key("Sergei Lavrov"), keys.key("Wang Yi")
    ('Sergey Lavrov', 'Sergey Lavrov', 'wang yi')
    """

    def __init__(self, people: Mapping[str, GoldPerson]) -> None:
        self.canonical: dict[str, str] = {}  # folded spelling -> canonical name, first one wins
        for name, person in people.items():
            self.canonical[fold(name)] = name
            for alias in person.aliases:
                self.canonical.setdefault(fold(alias), name)

    def key(self, name: str) -> str:
        """The canonical name, else the first spelling the name transliterates, else the name
        folded."""
        folded = fold(name)
        if folded in self.canonical:
            return self.canonical[folded]
        words = folded.split()
        for known, canonical in self.canonical.items():
            if transliterates(known.split(), words):
                return canonical
        return folded


def transliterates(known: Sequence[str], words: Sequence[str]) -> bool:
    """Whether folded names in words are one name spelt two ways: two or more words, as many of
    them, first names agreeing in their first three letters, surnames alike.

    >>> transliterates(["volodymyr", "zelensky"], ["volodymyr", "zelenskyy"])
    True
    >>> transliterates(["wang", "yi"], ["wang", "yu"]), transliterates(["lavrov"], ["lavrov"])
    (False, False)
    """
    return (
        len(words) >= 2
        and len(known) == len(words)
        and known[0][:3] == words[0][:3]
        and (known[-1] == words[-1] or SequenceMatcher(None, known[-1], words[-1]).ratio() >= 0.85)
    )


def same_people(gold: frozenset[str], got: frozenset[str]) -> bool:
    """Two-person meetings need the same people; larger ones, half of all in common.

    >>> same_people(frozenset("ab"), frozenset("ab")), same_people(frozenset("abc"), frozenset("ab"))
    (True, False)
    >>> same_people(frozenset("abcd"), frozenset("abc")), same_people(frozenset("abcd"), frozenset("abef"))
    (True, False)
    """
    if len(gold) <= 2 or len(got) <= 2:
        return gold == got
    return len(gold & got) / len(gold | got) >= 0.5


def country_key(name: str | None) -> str:
    """A country's name as compared: folded, and through :data:`COUNTRY_ALIASES`.

    >>> country_key("USA"), country_key("Türkiye"), country_key(None)
    ('united states', 'turkey', '')
    """
    folded = fold(name)
    return COUNTRY_ALIASES.get(folded, folded)


def occasion_keys(name: str | None) -> frozenset[str]:
    """The series of :data:`OCCASION_KEYS` an occasion's name belongs to.

    >>> sorted(occasion_keys("G-20 Leaders' Summit")), sorted(occasion_keys("Winter Olympics"))
    (['g20'], [])
    """
    lower = (name or "").lower()
    return frozenset(key for key, pattern in OCCASION_KEYS if pattern.search(lower))


def span(value: Any) -> tuple[str, str] | None:
    """A date as a span of ISO days (start, end): a day is a one-day span, one end alone
    stands for both; None where no day is known.

    >>> span("2024-11-18"), span({"start": "2023-03-01", "end": None}), span(GoldSpan())
    (('2024-11-18', '2024-11-18'), ('2023-03-01', '2023-03-01'), None)
    """
    if isinstance(value, GoldSpan):
        value = value.model_dump(mode="json")
    if value is None:
        return None
    if isinstance(value, dt.date):
        return (value.isoformat(), value.isoformat())
    if isinstance(value, str):
        return (value[:10], value[:10])
    start, end = value.get("start"), value.get("end")
    if start is None and end is None:
        return None
    return (start or end, end or start)


@dataclass(frozen=True)
class Report:
    """A meeting as one document states it (gold), or as a merged meeting that the document
    is a source of shows it (predicted)."""

    doc: str
    people: tuple[str, ...]  # the names as written
    keys: frozenset[str]  # the people as compared (see PersonKeys)
    city: str | None = None
    country: str | None = None
    place: str | None = None
    occasion: str | None = None
    date: tuple[str, str] | None = None
    kind: str | None = None
    evidence: str = ""
    event: str = ""  # gold: the real meeting it reports
    meeting: str = ""  # predicted: the id of the merged meeting
    core: bool = False

    def describe(self) -> str:
        """One line: people | place | occasion | date | kind.

        >>> Report("a", ("Wang Yi", "Sergey Lavrov"), frozenset(), city="Rio", country="Brazil",
        ...        date=("2024-11-11", "2024-11-17"), kind="in_person").describe()
        'Wang Yi + Sergey Lavrov | Rio, Brazil | - | 2024-11-11..2024-11-17 | in_person'
        """
        where = ", ".join(x for x in (self.city, self.place, self.country) if x) or "?"
        when = "undated" if self.date is None else "..".join(dict.fromkeys(self.date))
        return f"{' + '.join(self.people) or '?'} | {where} | {self.occasion or '-'} | {when} | {self.kind}"

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: doc, people, city, country, place, occasion, date, kind, evidence."""
        record: dict[str, Any] = {"doc": self.doc, "people": list(self.people)}
        for name in ("city", "country", "place", "occasion"):
            record[name] = getattr(self, name)
        record["date"] = self.date and {"start": self.date[0], "end": self.date[1]}
        record["kind"], record["evidence"] = self.kind, self.evidence
        if self.meeting:
            record["meeting"] = self.meeting
        else:
            record["event"] = self.event
        return record


@dataclass(frozen=True)
class Tally:
    """How many of a number of checks were right.

    >>> str(Tally(3, 4)), str(Tally(0, 0)), Tally(3, 4).accuracy
    ('3/4 (75%)', 'n/a', 0.75)
    """

    right: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.right}/{self.total} ({self.right / self.total:.0%})" if self.total else "n/a"


@dataclass(frozen=True)
class Wrong:
    """A matched pair with the attributes the prediction got wrong."""

    gold: Report
    got: Report
    attributes: tuple[str, ...]


@dataclass(frozen=True)
class Evaluation:
    """What :func:`evaluate` found: the counts behind the figures, and what went wrong."""

    gold_reports: int
    gold_core: int
    predicted_reports: int
    found: int  # gold reports matched, one to one with predicted reports
    found_core: int
    fully_right: int  # matched with every attribute right
    attributes: Mapping[str, Tally]
    same_event_pairs: Tally  # pairs of matched gold reports of one event; right: one meeting
    different_events_merged: int  # pairs of matched gold reports of two events in one meeting
    misses: tuple[Report, ...] = ()
    extras: tuple[Report, ...] = ()
    wrong: tuple[Wrong, ...] = ()

    @property
    def precision(self) -> float:
        return _ratio(self.found, self.predicted_reports)

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.gold_reports)

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    @property
    def recall_core(self) -> float:
        return _ratio(self.found_core, self.gold_core)

    @property
    def f1_core(self) -> float:
        return harmonic_mean(self.precision, self.recall_core)

    @property
    def strict_f1(self) -> float:
        strict = (
            _ratio(self.fully_right, self.predicted_reports),
            _ratio(self.fully_right, self.gold_reports),
        )
        return harmonic_mean(*strict)

    def figures(self) -> dict[str, Any]:
        """The figures, JSON-ready, rounded to four places as the shared scorer rounds them."""
        return {
            "gold_reports": self.gold_reports,
            "gold_core": self.gold_core,
            "predicted_reports": self.predicted_reports,
            "matched": self.found,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "strict_f1": round(self.strict_f1, 4),
            "recall_core": round(self.recall_core, 4),
            "f1_core": round(self.f1_core, 4),
            "attributes": {
                name: {"right": t.right, "total": t.total, "accuracy": t.accuracy}
                for name, t in self.attributes.items()
            },
            "same_event_pairs": {"merged": self.same_event_pairs.right, "total": self.same_event_pairs.total},
            "different_events_merged": self.different_events_merged,
        }

    def lines(self, *, show: bool = False) -> list[str]:
        """The figures as lines of text; with ``show``, then the misses, extras and wrong
        attributes, each with its document, people, place, occasion, date and kind.

        >>> print("\\n".join(Evaluation(4, 2, 2, 1, 1, 1, {"kind": Tally(1, 1)}, Tally(0, 0), 0).lines()))
        gold reports 4 (2 core), predicted reports 2, matched 1
        precision 0.500  recall 0.250  F1 0.333  strict F1 0.333
        core: recall 0.500  F1 0.500
        right on matched reports:
          kind      1/1 (100%)
        merging:
          reports of one meeting merged into one: n/a
          different meetings merged together: 0 pairs
        """
        f = self.figures()
        out = [
            f"gold reports {self.gold_reports} ({self.gold_core} core), "
            f"predicted reports {self.predicted_reports}, matched {self.found}",
            f"precision {f['precision']:.3f}  recall {f['recall']:.3f}  F1 {f['f1']:.3f}  "
            f"strict F1 {f['strict_f1']:.3f}",
            f"core: recall {f['recall_core']:.3f}  F1 {f['f1_core']:.3f}",
            "right on matched reports:",
            *(f"  {name:<9} {tally}" for name, tally in self.attributes.items()),
            "merging:",
            f"  reports of one meeting merged into one: {self.same_event_pairs}"
            + (" of pairs" if self.same_event_pairs.total else ""),
            f"  different meetings merged together: {self.different_events_merged} "
            f"pair{'' if self.different_events_merged == 1 else 's'}",
        ]
        if show:
            out.append(f"missed ({len(self.misses)}):")
            for g in self.misses:
                out.append(f"  [{g.doc}] {g.describe()}")
                out += [f"      {g.evidence[:200]}"] if g.evidence else []
            out.append(f"extra ({len(self.extras)}):")
            out += [f"  [{p.doc}] {p.describe()}  ({p.meeting})" for p in self.extras]
            out.append(f"wrong ({len(self.wrong)}):")
            for w in self.wrong:
                out.append(f"  [{w.gold.doc}] {', '.join(w.attributes)} wrong")
                out.append(f"      gold: {w.gold.describe()}")
                out.append(f"      got:  {w.got.describe()}  ({w.got.meeting})")
        return out

    def as_dict(self) -> dict[str, Any]:
        """The figures, with the misses, extras and wrong attributes."""
        return {
            **self.figures(),
            "misses": [r.as_dict() for r in self.misses],
            "extras": [r.as_dict() for r in self.extras],
            "wrong": [
                {"attributes": list(w.attributes), "gold": w.gold.as_dict(), "got": w.got.as_dict()}
                for w in self.wrong
            ],
        }


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def harmonic_mean(p: float, r: float) -> float:
    """F1 of a precision and a recall; 0 when both are.

    >>> harmonic_mean(1.0, 0.5), harmonic_mean(0.0, 0.0)
    (0.6666666666666666, 0.0)
    """
    return 2 * p * r / (p + r) if p + r else 0.0


def gold_reports(gold: Gold, keys: PersonKeys) -> list[Report]:
    """The gold's meetings as reports, in the order of the file."""
    return [
        Report(
            doc=m.doc,
            people=m.participants,
            keys=frozenset(keys.key(n) for n in m.participants),
            city=m.city,
            country=m.country,
            place=m.place,
            occasion=m.occasion,
            date=span(m.date),
            kind=m.kind,
            evidence=m.evidence,
            event=m.event,
            core=m.difficulty == "core",
        )
        for m in gold.meetings
    ]


def predicted_reports(
    meetings: Iterable[MergedMeeting | Mapping[str, Any]], docs: Iterable[str], keys: PersonKeys
) -> list[Report]:
    """A report per source of each meeting in one of ``docs``; a meeting is a
    :class:`MergedMeeting` or a record of the meetings JSON Lines format.

    >>> m = {"id": "m-1", "participants": ["Wang Yi", {"name": "Lavrov"}],
    ...      "sources": [{"doc": "news/a.txt"}, "b", {"doc": "elsewhere"}]}
    >>> [(r.doc, r.people) for r in predicted_reports([m], ["a", "b"], PersonKeys({}))]
    [('a', ('Wang Yi', 'Lavrov')), ('b', ('Wang Yi', 'Lavrov'))]
    """
    wanted = set(docs)
    reports = []
    for index, meeting in enumerate(meetings):
        record = meeting_record(meeting) if isinstance(meeting, MergedMeeting) else meeting
        names = [p if isinstance(p, str) else p.get("name", "") for p in record.get("participants", [])]
        names = [n for n in names if n]
        for source in record.get("sources", []):
            doc = source if isinstance(source, str) else source.get("doc", "")
            doc = re.sub(r"\.(txt|md|html?)$", "", doc.rsplit("/", 1)[-1])
            if doc not in wanted:
                continue
            evidence = "" if isinstance(source, str) else source.get("evidence") or ""
            reports.append(
                Report(
                    doc=doc,
                    people=tuple(names),
                    keys=frozenset(keys.key(n) for n in names),
                    city=record.get("city"),
                    country=record.get("country"),
                    occasion=record.get("occasion"),
                    date=span(record.get("date")),
                    kind=record.get("kind"),
                    evidence=evidence,
                    meeting=str(record.get("id", index)),
                )
            )
    return reports


def city_right(gold: Report, got: Report) -> bool:
    """The predicted city is the gold city or gold place, one containing the other; where
    gold has neither, there is none.

    >>> gold = Report("a", (), frozenset(), country="United States", place="Alaska")
    >>> city_right(gold, Report("a", (), frozenset(), city="Anchorage, Alaska")), city_right(gold, gold)
    (True, True)
    """
    have = fold(got.city)
    if not have:
        return not fold(gold.city)
    return any(w and (have == w or have in w or w in have) for w in (fold(gold.city), fold(gold.place)))


def occasion_right(gold: Report, got: Report) -> bool:
    """Both name an occasion of the same series, or neither names one."""
    return occasion_keys(gold.occasion) == occasion_keys(got.occasion) and bool(gold.occasion) == bool(
        got.occasion
    )


def checks(reports: Sequence[Report], got: Report) -> dict[str, bool]:
    """Each attribute of ``got``: right when it agrees with any of the gold ``reports`` (the
    reports of one event)."""
    return {
        "people": any(g.keys == got.keys for g in reports),
        "city": any(city_right(g, got) for g in reports),
        "country": any(country_key(g.country) == country_key(got.country) for g in reports),
        "occasion": any(occasion_right(g, got) for g in reports),
        "date": any(g.date == got.date for g in reports),
        "kind": any(g.kind == got.kind for g in reports),
    }


def evaluate(gold: Gold, meetings: Iterable[MergedMeeting | Mapping[str, Any]]) -> Evaluation:
    """Score merged meetings against a gold file; see the module for the rules.

    >>> gold = Gold.model_validate({"docs": {"a": {}, "b": {}}, "meetings": [
    ...     {"doc": d, "event": "E1", "participants": ["Wang Yi", "Sergey Lavrov"], "kind": "in_person"}
    ...     for d in "ab"]})
    >>> one = {"id": "m-1", "participants": ["Wang Yi", "Sergey Lavrov"], "kind": "in_person",
    ...        "sources": [{"doc": "a"}, {"doc": "b"}]}
    >>> result = evaluate(gold, [one])
    >>> result.f1, str(result.same_event_pairs), result.different_events_merged
    (1.0, '1/1 (100%)', 0)
    """
    keys = PersonKeys(gold.people)
    wanted = gold_reports(gold, keys)
    predicted = predicted_reports(meetings, gold.docs, keys)
    events: dict[str, list[Report]] = {}
    for g in wanted:
        events.setdefault(g.event, []).append(g)

    match: dict[int, Report] = {}  # gold report index -> predicted report
    taken: set[int] = set()  # indexes of predicted reports matched
    wrong: list[Wrong] = []
    tallies = {name: [0, 0] for name in ATTRIBUTES}
    for i, g in enumerate(wanted):
        candidates = [
            j
            for j, p in enumerate(predicted)
            if j not in taken and p.doc == g.doc and same_people(g.keys, p.keys)
        ]
        if not candidates:
            continue
        best = min(candidates, key=lambda j: (predicted[j].kind != g.kind, predicted[j].date != g.date))
        taken.add(best)
        match[i] = predicted[best]
        got = checks(events[g.event], predicted[best])
        for name, ok in got.items():
            tallies[name][0] += ok
            tallies[name][1] += 1
        if bad := tuple(name for name, ok in got.items() if not ok):
            wrong.append(Wrong(g, predicted[best], bad))

    same, merged, different = 0, 0, 0
    for a, b in itertools.combinations(sorted(match), 2):
        one = match[a].meeting == match[b].meeting
        if wanted[a].event == wanted[b].event:
            same, merged = same + 1, merged + one
        else:
            different += one
    return Evaluation(
        gold_reports=len(wanted),
        gold_core=sum(g.core for g in wanted),
        predicted_reports=len(predicted),
        found=len(match),
        found_core=sum(wanted[i].core for i in match),
        fully_right=len(match) - len(wrong),
        attributes={name: Tally(*counts) for name, counts in tallies.items()},
        same_event_pairs=Tally(merged, same),
        different_events_merged=different,
        misses=tuple(g for i, g in enumerate(wanted) if i not in match),
        extras=tuple(p for j, p in enumerate(predicted) if j not in taken),
        wrong=tuple(wrong),
    )
