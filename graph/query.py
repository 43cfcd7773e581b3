"""Questions to ask of merged meetings: who met whom, when, where, at what occasion.

Every function takes the meetings (``kb.meetings()``) and returns records. Names, places and
occasions match a word start anywhere in the text, ignoring case and accents, and a person
also by any alias: "lavrov" and "Sergei Lavrov" find Sergey Lavrov, "rio" finds Rio de
Janeiro, but "xi" does not find Alexis Tsipras. An occasion also matches by its series, through
the aliases of ``extract/data/occasions.json``: "G-20" finds the G20 summit, "Shanghai
Cooperation" the SCO summit.

Two people *met* when a meeting took place (``MET_KINDS``: in person, a visit, a call by phone
or video); a planned or cancelled meeting is no meeting, and :func:`who_met` and
:func:`meeting_counts` leave such plans out unless asked for them.
"""

from __future__ import annotations

import calendar
import functools
import json
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from datetime import date
from typing import Generic, NamedTuple, TypeVar

from extract.occasions import DATA as OCCASIONS
from extract.places import fold
from extract.records import MEETING_KINDS, MeetingKind, Person, slug
from graph.bulk import per_record
from graph.errors import QueryError
from graph.records import MeetingFacts

Held = TypeVar("Held", bound=MeetingFacts)  # a MergedMeeting or a store's MeetingRow

MET_KINDS: tuple[MeetingKind, ...] = ("in_person", "visit", "phone", "video")
"""The kinds of meeting that took place: two people in one of them met."""
PLAN_KINDS: tuple[MeetingKind, ...] = ("planned", "cancelled")
"""The kinds of meeting that did not (or not yet) take place."""


def took_place(meeting: MeetingFacts) -> bool:
    """Whether the meeting took place (its kind is one of ``MET_KINDS``), not only planned or
    cancelled.

    >>> from graph.records import MergedMeeting
    >>> took_place(MergedMeeting(id="m-1", participants=(), kind="phone"))
    True
    >>> took_place(MergedMeeting(id="m-2", participants=(), kind="cancelled"))
    False
    """
    return meeting.kind in MET_KINDS


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


def _matcher(query: str | Person) -> Callable[[Person], bool]:
    """:func:`person_matches` for one query, remembered for each person record: the meetings
    of a knowledge base share their participants' records. A :class:`Person` as the query
    matches that person only (by id).

    >>> matches = _matcher("lavrov")
    >>> lavrov = Person(name="Sergey Lavrov")
    >>> matches(lavrov), matches(lavrov), matches(Person(name="Wang Yi"))
    (True, True, False)
    >>> _matcher(Person(name="Wang Yi"))(Person(name="Wang Yiming"))
    False
    """
    if isinstance(query, Person):
        wanted = query.id
        return per_record(lambda person: person.id == wanted)
    return per_record(lambda person: person_matches(person, query))


def pick_person(people: Iterable[Person], name: str) -> Person:
    """The one person among ``people`` that ``name`` matches (:func:`person_matches`); a name
    that is someone's whole name or alias picks them even if it is part of others' names.

    Raises :class:`QueryError` naming the candidates when it matches no one or several.

    >>> wang, wenbin = Person(name="Wang Yi"), Person(name="Wang Wenbin")
    >>> pick_person([wang, wenbin], "wang yi").name
    'Wang Yi'
    >>> pick_person([wang, wenbin], "Wang")
    Traceback (most recent call last):
    ...
    graph.errors.QueryError: 'Wang' names 2 people: Wang Wenbin, Wang Yi; give more of the name
    """
    matchable(name)
    found = {p.id: p for p in people if person_matches(p, name)}
    whole = [p for p in found.values() if fold(name) in {fold(n) for n in (p.name, *p.aliases)}]
    if len(whole) == 1:
        return whole[0]
    if not found:
        raise QueryError(
            f"no one named like {name!r} takes part in a meeting; check the spelling, "
            "or list people with `dipgraph people --all`"
        )
    if len(found) > 1:
        names = sorted(p.name for p in found.values())
        shown = ", ".join(names[:12]) + (f", ... ({len(names)} in all)" if len(names) > 12 else "")
        raise QueryError(f"{name!r} names {len(found)} people: {shown}; give more of the name")
    return next(iter(found.values()))


def _example(alias: str) -> str:
    r"""One text an alias pattern of the occasions table matches, for matching a query's words
    against: optional parts dropped, the first of alternatives and character classes.

    >>> _example("Shanghai Cooperation Organi[sz]ation"), _example("(?:St\\.?|Saint) Petersburg")
    ('Shanghai Cooperation Organisation', 'St Petersburg')
    """
    text = re.sub(r"\(\?:[^()]*\)\?", "", alias)
    text = re.sub(r"\((?:\?:)?([^()|]*)(?:\|[^()]*)?\)", r"\1", text)
    text = re.sub(r"\[(.)[^\]]*\]", r"\1", text)
    text = re.sub(r"(\\?.)\?", lambda m: " " if m.group(1) in (" ", "-") else "", text)
    return text.replace("\\", "")


class _Series(NamedTuple):
    short: str  # the series' short name; "{1}" stands for the alias's first group
    named: re.Pattern[str]  # in an occasion's name, as extract.occasions finds it in text
    asked: re.Pattern[str]  # a whole query, in any case
    examples: tuple[str, ...]  # texts of the aliases, that a query may start a word of


@functools.cache
def _series_table() -> tuple[_Series, ...]:
    data = json.loads(OCCASIONS.read_text(encoding="utf-8"))
    table = []
    for spec in data["occasions"]:
        aliases = spec["aliases"]
        alternatives = "|".join(f"(?i:{a})" if " " in a else a for a in aliases)
        table.append(
            _Series(
                spec["short"],
                re.compile(rf"(?<!\w)(?:{alternatives})(?![\w+])"),
                re.compile("|".join(aliases), re.IGNORECASE),
                tuple(_example(a) for a in aliases if "\\d" not in a),
            )
        )
    return tuple(table)


def _short(series: _Series, match: re.Match[str]) -> str:
    group = next((g for g in match.groups() if g), "")
    return series.short.replace("{1}", group)


def occasion_series(name: str) -> set[str]:
    """The series of the occasions table (short names) whose alias the occasion's name holds.

    >>> sorted(occasion_series("G20 foreign ministers' meeting")), occasion_series("COP28")
    (['G20'], {'COP28'})
    """
    found = set()
    for series in _series_table():
        match = series.named.search(name)
        if match:
            found.add(_short(series, match))
    return found


def asked_series(query: str) -> set[str]:
    """The series a query names: one of its aliases whole ("G-20", "group of twenty"), or
    the start of words of one ("Shanghai Cooperation").

    >>> sorted(asked_series("G-20")), sorted(asked_series("Shanghai Cooperation"))
    (['G20'], ['SCO'])
    """
    found = set()
    for series in _series_table():
        match = series.asked.fullmatch(query.strip())
        if match:
            found.add(_short(series, match))
        elif "{1}" not in series.short and any(text_matches(e, query) for e in series.examples):
            found.add(series.short)
    return found


def occasion_matches(name: str, query: str) -> bool:
    """Whether ``query`` names the occasion ``name``: a word start of it, or its series.

    >>> occasion_matches("SCO summit", "Shanghai Cooperation"), occasion_matches("G20 summit", "G-20")
    (True, True)
    >>> occasion_matches("G20 summit", "G7")
    False
    """
    return text_matches(name, query) or bool(asked_series(query) & occasion_series(name))


def find_meetings(
    meetings: Iterable[Held],
    *,
    person: str | Person | None = None,
    counterpart: str | Person | None = None,
    place: str | None = None,
    occasion: str | None = None,
    since: date | None = None,
    until: date | None = None,
    kind: str | None = None,
) -> list[Held]:
    """The meetings that pass every filter given.

    ``person`` and ``counterpart`` must be two different participants (a name, or a
    :class:`Person` for that one person); ``place`` matches the city, region or country;
    ``occasion`` the occasion's name or series (:func:`occasion_matches`); ``since`` and
    ``until`` keep dated meetings that overlap them;
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
        if isinstance(given, str):
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
        if occasion and not (m.occasion and occasion_matches(m.occasion.name, occasion)):
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


def who_met(
    meetings: Iterable[Held], name: str | Person, *, include_plans: bool = False
) -> list[Counterpart[Held]]:
    """Everyone who met a person matching ``name`` (or that :class:`Person`), most meetings
    first; meetings that did not take place (planned, cancelled) only with ``include_plans``.

    >>> from graph.records import MergedMeeting
    >>> wang, lavrov = Person(name="Wang Yi"), Person(name="Sergey Lavrov")
    >>> met = who_met([MergedMeeting(id="m-1", participants=(wang, lavrov))], "Lavrov")
    >>> [(c.person.name, len(c.meetings)) for c in met]
    [('Wang Yi', 1)]
    >>> who_met([MergedMeeting(id="m-2", participants=(wang, lavrov), kind="planned")], "Lavrov")
    []
    """
    people: dict[str, Person] = {}
    met: dict[str, list[Held]] = {}
    named = _matcher(name)
    id_of: Callable[[Person], str] = per_record(lambda p: p.id)
    for m in timeline(meetings, name):
        if not (include_plans or took_place(m)):
            continue
        for p in m.participants:
            if not named(p):
                person = id_of(p)
                people[person] = p
                met.setdefault(person, []).append(m)
    ranked = sorted(met, key=lambda p: (-len(met[p]), people[p].name))
    return [Counterpart(people[p], tuple(met[p])) for p in ranked]


def timeline(meetings: Iterable[Held], name: str | Person) -> list[Held]:
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


def meeting_counts(meetings: Iterable[MeetingFacts], *, kinds: Collection[str] = MET_KINDS) -> Counter[str]:
    """How many meetings of ``kinds`` (by default, those that took place) each person (by
    id) took part in.

    >>> from graph.records import MergedMeeting
    >>> wang = (Person(name="Wang Yi"),)
    >>> ms = [MergedMeeting(id="m-1", participants=wang),
    ...       MergedMeeting(id="m-2", participants=wang, kind="planned")]
    >>> meeting_counts(ms), meeting_counts(ms, kinds=["planned"])
    (Counter({'person:wang-yi': 1}), Counter({'person:wang-yi': 1}))
    """
    return Counter(p.id for m in meetings if m.kind in kinds for p in m.participants)
