"""Questions to ask of merged meetings: who met whom, when, where, at what occasion.

Every function takes the meetings (``kb.meetings()``) and returns records. Names, places and
occasions match a word start anywhere in the text, ignoring case and accents, and a person
also by any alias: "lavrov" and "Sergei Lavrov" find Sergey Lavrov, "rio" finds Rio de
Janeiro, but "xi" does not find Alexis Tsipras.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from typing import Generic, NamedTuple, TypeVar

from extract.records import MEETING_KINDS, Person, slug
from graph.bulk import per_record
from graph.errors import QueryError
from graph.records import MeetingFacts

Held = TypeVar("Held", bound=MeetingFacts)  # a MergedMeeting or a store's MeetingRow


def parse_day(text: str, *, last: bool = False) -> date:
    """A day from ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; a month or year gives its first day,
    or its last with ``last=True``. Raises :class:`QueryError` for anything else.

    >>> parse_day("2024-11-18"), parse_day("2024-02", last=True), parse_day("2023")
    (datetime.date(2024, 11, 18), datetime.date(2024, 2, 29), datetime.date(2023, 1, 1))
    """
    parts = text.strip().split("-")
    try:
        if len(parts) > 3 or len(parts[0]) != 4 or not all(p.isdigit() for p in parts):
            raise ValueError(text)
        year, *rest = (int(p) for p in parts)
        if len(rest) == 2:
            return date(year, *rest)
        month = rest[0] if rest else (12 if last else 1)
        return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
    except ValueError:
        raise QueryError(f"{text!r} is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY") from None


def matchable(query: str, what: str = "name") -> str:
    """``query`` if it has a letter or digit to match (names are matched by their letters and
    digits alone, so "%", "*" or "" would match everyone); else a :class:`QueryError`.

    >>> matchable("Lavrov")
    'Lavrov'
    >>> matchable("%")
    Traceback (most recent call last):
    ...
    graph.errors.QueryError: the name '%' has no letter or digit to match; give a name, or part of one
    """
    if not slug(query):
        raise QueryError(f"the {what} {query!r} has no letter or digit to match; give a name, or part of one")
    return query


def text_matches(text: str | None, query: str) -> bool:
    """Whether ``query`` starts at a word of ``text``, ignoring case and accents.

    >>> text_matches("Rio de Janeiro", "rio"), text_matches("Alexis Tsipras", "xi")
    (True, False)
    """
    return bool(text) and f"-{slug(query)}" in f"-{slug(text or '')}"


def person_matches(person: Person, query: str) -> bool:
    """Whether ``query`` names ``person``, by name or alias.

    >>> person_matches(Person(name="Sergey Lavrov", aliases=("Sergei Lavrov",)), "sergei")
    True
    """
    return any(text_matches(name, query) for name in (person.name, *person.aliases))


def _matcher(query: str) -> Callable[[Person], bool]:
    """:func:`person_matches` for one query, remembered for each person record: the meetings
    of a knowledge base share their participants' records.

    >>> matches = _matcher("lavrov")
    >>> lavrov = Person(name="Sergey Lavrov")
    >>> matches(lavrov), matches(lavrov), matches(Person(name="Wang Yi"))
    (True, True, False)
    """
    return per_record(lambda person: person_matches(person, query))


def find_meetings(
    meetings: Iterable[Held],
    *,
    person: str | None = None,
    counterpart: str | None = None,
    place: str | None = None,
    occasion: str | None = None,
    since: date | None = None,
    until: date | None = None,
    kind: str | None = None,
) -> list[Held]:
    """The meetings that pass every filter given.

    ``person`` and ``counterpart`` must be two different participants; ``place`` matches the
    city, region or country; ``since`` and ``until`` keep dated meetings that overlap them;
    ``kind`` is one of ``in_person``, ``visit``, ``phone``, ``video``, ``planned``, ``cancelled``.

    >>> from extract.records import Place
    >>> from graph.records import MergedMeeting
    >>> wang, lavrov, xi = Person(name="Wang Yi"), Person(name="Sergey Lavrov"), Person(name="Xi Jinping")
    >>> rio = MergedMeeting(id="m-1", participants=(wang, lavrov), place=Place(city="Rio de Janeiro"))
    >>> call = MergedMeeting(id="m-2", participants=(wang, xi), kind="phone")
    >>> [m.id for m in find_meetings([rio, call], person="wang", place="rio")]
    ['m-1']
    >>> [m.id for m in find_meetings([rio, call], person="wang", counterpart="xi")]
    ['m-2']
    """
    if kind is not None and kind not in MEETING_KINDS:
        raise QueryError(f"unknown kind {kind!r}; expected one of {', '.join(MEETING_KINDS)}")
    if since and until and since > until:
        raise QueryError(f"since {since} is after until {until}; swap them")
    for what, given in (
        ("person", person),
        ("counterpart", counterpart),
        ("place", place),
        ("occasion", occasion),
    ):
        if given is not None:
            matchable(given, what)
    if not any((person, counterpart, place, occasion, since, until, kind)):
        return list(meetings)
    named, other = _matcher(person or ""), _matcher(counterpart or "")
    found: list[Held] = []
    for m in meetings:
        who = [p for p in m.participants if named(p)] if person else []
        if person and not who:
            continue
        if counterpart and not any(other(p) for p in m.participants if p not in who[:1]):
            continue
        where = (m.place.city, m.place.region, m.place.country) if m.place else ()
        if place and not any(text_matches(w, place) for w in where):
            continue
        if occasion and not (m.occasion and text_matches(m.occasion.name, occasion)):
            continue
        start, end = (m.date.start, m.date.end) if m.date else (None, None)
        if (since or until) and (start is None or end is None):
            continue
        if (since and end and end < since) or (until and start and start > until):
            continue
        if kind and m.kind != kind:
            continue
        found.append(m)
    return found


class Counterpart(NamedTuple, Generic[Held]):
    """Someone a person met, and the meetings where they did (records or rows, as given)."""

    person: Person
    meetings: tuple[Held, ...]


def who_met(meetings: Iterable[Held], name: str) -> list[Counterpart[Held]]:
    """Everyone who met a person matching ``name``, most meetings first.

    >>> from graph.records import MergedMeeting
    >>> wang, lavrov = Person(name="Wang Yi"), Person(name="Sergey Lavrov")
    >>> met = who_met([MergedMeeting(id="m-1", participants=(wang, lavrov))], "Lavrov")
    >>> [(c.person.name, len(c.meetings)) for c in met]
    [('Wang Yi', 1)]
    """
    people: dict[str, Person] = {}
    met: dict[str, list[Held]] = {}
    named = _matcher(name)
    id_of: Callable[[Person], str] = per_record(lambda p: p.id)
    for m in timeline(meetings, name):
        for p in m.participants:
            if not named(p):
                person = id_of(p)
                people[person] = p
                met.setdefault(person, []).append(m)
    ranked = sorted(met, key=lambda p: (-len(met[p]), people[p].name))
    return [Counterpart(people[p], tuple(met[p])) for p in ranked]


def timeline(meetings: Iterable[Held], name: str) -> list[Held]:
    """The meetings of a person matching ``name``, in date order, undated ones last.

    >>> from datetime import date
    >>> from extract.records import DateSpan
    >>> from graph.records import MergedMeeting
    >>> xi = Person(name="Xi Jinping")
    >>> day = lambda d: DateSpan(start=d, end=d)
    >>> ms = [MergedMeeting(id="late", participants=(xi,), date=day(date(2023, 3, 21))),
    ...       MergedMeeting(id="undated", participants=(xi,)),
    ...       MergedMeeting(id="early", participants=(xi,), date=day(date(2019, 6, 28)))]
    >>> [m.id for m in timeline(ms, "Xi")]
    ['early', 'late', 'undated']
    """
    return in_date_order(find_meetings(meetings, person=name))


def in_date_order(meetings: Iterable[Held]) -> list[Held]:
    """The meetings sorted by their first day, undated ones last, ties in the order given.

    >>> from datetime import date
    >>> from extract.records import DateSpan
    >>> from graph.records import MergedMeeting
    >>> day = DateSpan(start=date(2019, 6, 28), end=date(2019, 6, 28))
    >>> ms = [MergedMeeting(id="undated", participants=()),
    ...       MergedMeeting(id="dated", participants=(), date=day)]
    >>> [m.id for m in in_date_order(ms)]
    ['dated', 'undated']
    """
    return sorted(meetings, key=_when)


def _when(m: MeetingFacts) -> tuple[bool, date]:
    start = m.date.start if m.date else None
    return (start is None, start or date.min)


def meeting_counts(meetings: Iterable[MeetingFacts]) -> Counter[str]:
    """How many meetings each person (by id) took part in.

    >>> from graph.records import MergedMeeting
    >>> meeting_counts([MergedMeeting(id="m-1", participants=(Person(name="Wang Yi"),))])
    Counter({'person:wang-yi': 1})
    """
    return Counter(p.id for m in meetings for p in m.participants)
