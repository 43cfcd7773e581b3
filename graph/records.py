"""Records of the graph half: a meeting merged from every report of it.

A ``MergedMeeting`` is built by :func:`graph.merge.merge_meetings` from the per-document
``Meeting`` reports of ``extract.records``; it keeps those reports, so every fact still
points at the sentence and document that state it.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple, Protocol

from extract.records import DateSpan, Meeting, MeetingKind, Occasion, Person, Place, Record


class MergedMeeting(Record):
    """One real meeting: canonical participants, the best-known facts, and every report of it.

    >>> m = MergedMeeting(id="m-1", participants=(Person(name="Wang Yi"),),
    ...                   reports=(Meeting(doc="a", participants=()),) * 2)
    >>> m.docs
    ('a',)
    """

    id: str
    participants: tuple[Person, ...]
    countries: tuple[str, ...] = ()
    place: Place | None = None
    occasion: Occasion | None = None
    date: DateSpan | None = None
    kind: MeetingKind = "in_person"
    reports: tuple[Meeting, ...] = ()

    @property
    def docs(self) -> tuple[str, ...]:
        """The ids of the documents that report this meeting, each once, in order."""
        return tuple(dict.fromkeys(r.doc for r in self.reports))


class MeetingFacts(Protocol):
    """What the people view and the filters of :func:`graph.query.find_meetings` read of a
    meeting: a :class:`MergedMeeting` or a :class:`MeetingRow`."""

    @property
    def id(self) -> str: ...
    @property
    def participants(self) -> tuple[Person, ...]: ...
    @property
    def place(self) -> Place | None: ...
    @property
    def occasion(self) -> Occasion | None: ...
    @property
    def date(self) -> DateSpan | None: ...
    @property
    def kind(self) -> MeetingKind: ...


class MeetingRow(NamedTuple):
    """A merged meeting as the knowledge base holds it, without its countries and reports,
    and made without validating it again (:meth:`graph.store.KnowledgeBase.meeting_rows`):
    a million of them are read several times faster than as :class:`MergedMeeting` records.
    """

    id: str
    participants: tuple[Person, ...]
    place: Place | None
    occasion: Occasion | None
    date: DateSpan | None
    kind: MeetingKind


PairedMeeting = tuple[str, str, str, str, str, str, str, str]
"""What the people view reads of a meeting, as text (empty if unknown): its first day, or "~"
if none (after every day, so that the undated sort last), its id, its first and last day
(ISO), its date as :func:`date_text` writes it, its kind, its place as :func:`place_text`
writes it and its occasion's name. A plain tuple: a million are made at once
(:meth:`graph.store.KnowledgeBase.meeting_facts`, :func:`graph.views.people_view`)."""


class DocumentRow(NamedTuple):
    """What the network page shows of a stored document, read as stored, without validating it
    again (:meth:`graph.store.KnowledgeBase.document_rows`); the fields of a ``Document``."""

    id: str
    title: str | None
    published: date | None
    url: str | None
    outlet: str | None


class PairTotals(NamedTuple):
    """What a person's meetings with one counterpart add up to, as the knowledge base keeps it
    for every pair (:meth:`graph.store.KnowledgeBase.met_with`): how many meetings, the first
    day of the earliest dated one and the last day of the latest, and how many were held at
    each place and of each kind, most first.
    """

    counterpart: Person
    meetings: int
    first: date | None
    last: date | None
    places: tuple[tuple[Place, int], ...]
    kinds: tuple[tuple[MeetingKind, int], ...]


class PersonTotals(NamedTuple):
    """A canonical person and how many meetings they took part in that took place (``met``),
    were ``planned`` and were ``cancelled`` (:meth:`graph.store.KnowledgeBase.people_totals`)."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    role: str | None
    met: int
    planned: int
    cancelled: int


def date_text(span: DateSpan | None) -> str:
    """A date span as short text: a day, a month, a year or ``start..end``; empty if unknown.

    >>> from datetime import date
    >>> date_text(DateSpan(start=date(2024, 11, 18), end=date(2024, 11, 18)))
    '2024-11-18'
    >>> date_text(DateSpan(start=date(2023, 3, 1), end=date(2023, 3, 31), precision="month"))
    '2023-03'
    >>> date_text(DateSpan(start=date(2024, 11, 11), end=date(2024, 11, 17), precision="week"))
    '2024-11-11..2024-11-17'
    """
    if span is None or span.start is None or span.end is None:
        return ""
    if span.precision == "year":
        return f"{span.start:%Y}"
    if span.precision == "month":
        return f"{span.start:%Y-%m}"
    if span.start == span.end:
        return span.start.isoformat()
    return f"{span.start.isoformat()}..{span.end.isoformat()}"


def place_text(place: Place | None) -> str:
    """A place as short text, most specific part first; empty if unknown.

    >>> place_text(Place(city="Rio de Janeiro", country="Brazil")), place_text(None)
    ('Rio de Janeiro, Brazil', '')
    """
    if place is None:
        return ""
    return ", ".join(p for p in (place.city, place.region, place.country) if p)
