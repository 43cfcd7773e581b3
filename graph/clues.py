"""The clues a reader uses to tell two reports of meetings apart, or to join them.

Each report (:class:`Clues`) is read with its article's publication date:

- When. A stated date is a span of days. An undated report of an article's news happened in
  the week before publication; an undated plan, in the half year after it; an undated
  cancellation, around it. One told as background (``Meeting.background``: "their previous
  meeting", "had met") happened before publication, on a day the article does not tell. A
  month named without a year (in an undated article) agrees only with that month, and a day
  named without one ("on August 20") with that day (a day either side); two reports of one
  such day are of one meeting.
- Where. Two cities conflict when they lie in different countries, or when both are known
  cities of ``BIG`` people or more, ``NEAR_KM`` apart or more (Munich and San Francisco, not
  San Francisco and the estate of Filoli, which the gazetteer does not know); two countries
  conflict when they differ.
- At what. Two occasions conflict when their names share no key word ("BRICS summit" and
  "SCO summit"); "APEC summit" and "APEC meeting" agree; so do two a host holds in one city in
  one week, for the same people told there on a day of it (:func:`_gatherings_of_one_week`).
- What kind. A meeting held in person (or a visit), a phone call and a video call are apart; a
  plan joins the meeting it announced and the cancellation that ended it; a cancelled meeting
  was not held, and has no day of its own: two reports of one called off in the same city, on
  days within a month of each other, are one (:func:`_one_called_off`); one article's report of
  it called off and another's of it held, of the same people on the same day in the same city,
  are one meeting held, their kinds a conflict to show (:func:`_held_though_called_off`). A
  phone call and a video call of the same people told on the same day (or the next) are one
  conversation two sources call differently, and so are a call and talks told on its day with no
  place and no occasion ("spoke to", :func:`_one_call`). An article that tells one meeting of
  some people as held and one as planned tells two ("they met on Thursday and will continue
  their talks on Friday"), unless the held one is told after the plan, of the plan's day: the
  planned meeting told again ("will meet on Friday" ... "the schedule listed the meeting"). A
  plan told after the held meeting is one still to come when it was told, even on the same day
  ("held talks ... will continue their talks on Friday", in Friday's paper).
- Who. The same people; or, for three or more, half of them in common; or one report naming
  an extra participant (then it needs the same day or the same city to join; or, when the
  extra people are of the countries the other's people are of, a minister joining the
  leaders' talks, a time both tell); or, for two lists of one talks' delegations, three people
  or more in common, all but one of the shorter list's, each of the others of a country of
  theirs (:func:`_delegations_overlap`; then it needs the same day or the same city too); not
  two reports of three that share two, each naming another, one of a country the other does not
  name (the mediator's talks with both envoys, his meeting with one envoy and that envoy's
  ambassador: :func:`_a_third_of_another_side`); or, of
  two articles, one person's visit to a country, or their trip there still to come, and
  their meeting there with people of that country, its hosts (:func:`hosted`; the same day
  or city too). Naming some of
  a meeting's people is a clue only when nothing else tells the two apart
  (:func:`in_articles`, :func:`subset_told_apart`): a report whose article tells a meeting
  of more of its people on its days (the bilateral told with the summit of that day) joins a
  meeting of more people only if it holds that one; a meeting of more people does not take in
  a report of fewer that may be the one its article told apart from it ("Earlier, the two
  ministers held talks"), or that only with the article's own such report names all its people
  (a headline over two bilaterals); one a clue sets apart from that report (their meeting of a
  year before, in another city) is another meeting, and no reason to stay apart.
- Two days. An article that states days for a meeting of some people and other days for one
  of them with someone of another country tells two ("talks on May 10-11"; "on May 10, the
  president received the two ministers"), not one told twice; so does one sentence that gives
  the same people two days ("talks on Sunday, a day before the three convene their summit").
- Two sides. A meeting told as one of two sides ("a bilateral meeting", "one-on-one talks") is
  not the meeting of someone of a third country beside it (:func:`_a_third_side`); and an article
  that tells the talks of some and, elsewhere, a gathering that brings in two more countries or
  more tells two meetings (:func:`_more_delegations`).
- Background. A report told as background that states a time of its own ("they first met in
  October") is another meeting than its article's news, unless both state the same day.

Two reports conflict (:func:`conflict`) when a clue sets them apart. They support each other
(:func:`support`) with the clues they share that tell one meeting from another of the same
people: a day, the same city, the same occasion, news of the same week, the same article, a
day in the week from the publication of the article that announced it. A month without a
year, a country, or the rest of a plan's half year are too weak to join on; they are
:func:`hints`, which tell only that a report fits the one meeting of its people there is.

Not supported: time zones (a day either side is the same day), the distance between two
places the gazetteer does not know, and occasions named so differently that they share no
word ("the Bay Area summit" and "APEC").
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from extract.records import Meeting, MeetingKind, Place, slug
from graph import geo

NEAR_KM = 100.0  # cities closer than this can be one venue's ("Woodside", "San Francisco")
BIG = 100_000  # people in a city whose name the gazetteer does not confuse with a town's
NEWS_DAYS = 7  # an article's news happened within this many days before publication
PLAN_DAYS = 183  # an undated plan is for the half year after publication
SLACK = timedelta(days=1)  # two stated dates a day apart are one day (time zones, late nights)
AGAIN = re.compile(r"\bagain\b", re.IGNORECASE)  # a meeting told as a repeat of one before
# the parts of a day a date is told with ("on Wednesday morning", "the same night"): an article
# telling one keeps its meetings' days by the hour
DAY_PARTS = frozenset("morning afternoon evening night tonight noon midday".split())
MEALS = frozenset("breakfast lunch luncheon dinner supper banquet".split())  # each at its hour of the day
CALLED_OFF = timedelta(days=31)  # the days outlets give one meeting called off lie within a month

GENERIC = frozenset(
    "the of a an and in on at for summit summits meeting meetings conference conferences forum "
    "session sessions talks leaders leader heads state government annual sidelines margins "
    "opening ceremony".split()
)

HELD: frozenset[MeetingKind] = frozenset({"in_person", "visit", "phone", "video"})


@dataclass(frozen=True)
class Clues:
    """What a reader knows of one report: who, what kind, when, where and at what.

    ``start``/``end`` bound the days it may have happened (None: unbounded); ``timing`` says
    how they were found: ``stated`` in the text, ``news`` (the week before publication),
    ``plan`` (the half year after), ``around`` (a cancellation), ``before`` (background), or
    None when nothing tells.
    """

    people: frozenset[str]
    kind: MeetingKind
    start: date | None
    end: date | None
    timing: str | None
    precision: str | None
    month: int | None
    day: int | None  # of ``month``, in a year untold
    city: str | None
    country: str | None
    occasion: frozenset[str] | None
    background: bool
    another: bool
    place: Place | None
    doc: str = field(compare=False)
    told_at: int = field(compare=False)
    hours: bool = field(default=False, compare=False)  # its day is told with a part of it
    calendar: bool = field(default=False, compare=False)  # its day is told with its year ("April 6, 2025")
    # what its own article tells besides it (:func:`in_articles`): the people of meetings of
    # more of its people on its days, and of those meetings of fewer it tells apart from it
    larger: frozenset[frozenset[str]] = field(default=frozenset(), compare=False)
    apart: frozenset[Clues] = field(default=frozenset(), compare=False)
    published: date | None = field(default=None, compare=False)  # its article's day
    # the countries of its people, when it tells every one's (empty when it does not)
    delegations: frozenset[str] = field(default=frozenset(), compare=False)
    # each of its people whose country it tells, with that country
    nations: frozenset[tuple[str, str]] = field(default=frozenset(), compare=False)
    # the words of the occasions its article's other reports, not told as background, are at
    scene: frozenset[str] = field(default=frozenset(), compare=False)
    # the days its article gives, by its one clock, other meetings of the same people
    # (:func:`_days_of_one_clock`): "the same night" of a banquet, for a call "on Wednesday morning"
    clocked: frozenset[date] = field(default=frozenset(), compare=False)
    # its sentence tells it as a repeat of another meeting: "spoke with her again in May"
    again: bool = field(default=False, compare=False)
    # it is a host's welcome where the visitor lands: "was received at the airport by B"
    arrival: bool = field(default=False, compare=False)
    # it is told as a meeting of two sides: "a bilateral meeting", "one-on-one talks"
    bilateral: bool = False
    # those of its people its first sentence names: who met, before sentences of who else attended
    first_told: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def anchored(self) -> bool:
        """Whether its days are bounded on both sides."""
        return self.start is not None and self.end is not None


def clues(report: Meeting, published: date | None) -> Clues:
    """The clues of ``report`` (with canonical participants), in an article published then.

    >>> from extract.records import Person
    >>> pair = (Person(name="Xi Jinping"), Person(name="Joe Biden"))
    >>> c = clues(Meeting(doc="a", participants=pair), date(2023, 11, 16))
    >>> c.timing, c.start.isoformat(), c.end.isoformat()
    ('news', '2023-11-09', '2023-11-16')
    >>> clues(Meeting(doc="a", participants=pair, background=True), date(2023, 11, 16)).timing
    'before'
    """
    start = end = None
    timing = precision = None
    month = day = None
    span = report.date
    if span is not None and span.start is not None and span.end is not None:
        start, end, timing, precision = span.start, span.end, "stated", span.precision
    elif span is not None and span.month is not None:
        month, day = span.month, span.day
    elif published is not None:
        if report.background:
            end, timing = published, "before"
        elif report.kind == "planned":
            start, end, timing = published, published + timedelta(days=PLAN_DAYS), "plan"
        elif report.kind == "cancelled":
            start, end = published - timedelta(days=PLAN_DAYS), published + timedelta(days=PLAN_DAYS)
            timing = "around"
        else:
            start, end, timing = published - timedelta(days=NEWS_DAYS), published, "news"
    place = report.place
    return Clues(
        people=frozenset(p.id for p in report.participants),
        kind=report.kind,
        start=start,
        end=end,
        timing=timing,
        precision=precision,
        month=month,
        day=day,
        city=slug(place.city) if place and place.city else None,
        country=slug(place.country) if place and place.country else None,
        occasion=occasion_key(report.occasion.name) if report.occasion else None,
        background=report.background,
        another=report.another,
        place=place,
        hours=_told_by_the_hour(report),
        calendar=_told_by_the_calendar(report),
        doc=report.doc,
        told_at=report.evidence[0].start if report.evidence else 0,  # the sentence it was found in
        again=bool(report.evidence) and AGAIN.search(report.evidence[0].text) is not None,
        arrival=report.arrival,
        bilateral=report.bilateral,
        published=published,
        delegations=_delegations(report),
        nations=frozenset((p.id, slug(p.country)) for p in report.participants if p.country),
        first_told=_first_told(report),
    )


def _first_told(report: Meeting) -> frozenset[str]:
    """Those of a report's people whose name, an alias or its last word its first sentence writes:
    who met, as the sentence that found the meeting tells it ("A met B in Riyadh"), before the
    sentences that name who else attended ("The meeting was hosted by C. D joined by phone")."""
    if not report.evidence:
        return frozenset()
    text = report.evidence[0].text
    return frozenset(
        p.id
        for p in report.participants
        if any(n in text for n in (p.name, *p.aliases, p.name.split()[-1]) if len(n) > 2)
    )


def _told_by_the_hour(report: Meeting) -> bool:
    """Whether a report's day is told with a part of it, in its date's words or right after
    them ("the same night"; "On Wednesday morning, the emir called on the president"), or by a
    meal, held at its hour ("On Sept 4, A hosted B to a private dinner").

    >>> from extract.records import DateSpan, Evidence, Person
    >>> def told(sentence, phrase):
    ...     on = DateSpan(start=date(2024, 4, 24), end=date(2024, 4, 24), phrase=phrase)
    ...     said = (Evidence(doc="a", text=sentence, start=0, end=len(sentence)),)
    ...     return _told_by_the_hour(Meeting(doc="a", participants=(), date=on, evidence=said))
    >>> told("On Wednesday morning, the emir called on the president.", "Wednesday")
    True
    >>> told("The emir called on the president on Wednesday, a morning of talks.", "Wednesday")
    False
    >>> told("On Wednesday, the emir hosted the president to lunch.", "Wednesday")
    True
    """
    phrase = report.date.phrase if report.date else None
    if not phrase or not report.evidence:
        return False
    told = re.search(re.escape(phrase) + r"(\s+\w+)?", report.evidence[0].text)
    words = (told.group(0) if told else phrase).lower().split()
    if any(word in DAY_PARTS for word in words):
        return True
    # a meal is held at its hour of the day: "On Sept 4, A hosted B to a private dinner"
    return bool(MEALS & set(re.findall(r"[a-z]+", report.evidence[0].text.lower())))


def _told_by_the_calendar(report: Meeting) -> bool:
    """Whether a report's day is told as a calendar's, with its day and year ("April 6, 2025",
    "6 April 2025", as a photo's caption dates it), not a day counted from the article's
    ("on Sunday", "yesterday").

    >>> from extract.records import DateSpan
    >>> def told(phrase):
    ...     on = DateSpan(start=date(2025, 4, 6), end=date(2025, 4, 6), phrase=phrase)
    ...     return _told_by_the_calendar(Meeting(doc="a", participants=(), date=on))
    >>> told("April 6, 2025"), told("6 April 2025"), told("Sunday"), told("April 2025")
    (True, True, False, False)
    """
    phrase = (report.date.phrase if report.date else None) or ""
    return re.search(r"\b\d{1,2}\b", phrase) is not None and re.search(r"\b\d{4}\b", phrase) is not None


def _delegations(report: Meeting) -> frozenset[str]:
    """The countries of a report's people, or none when one of them has no country told."""
    if any(p.country is None for p in report.participants):
        return frozenset()
    return frozenset(slug(p.country) for p in report.participants if p.country)


def same_delegations(a: Clues, b: Clues) -> bool:
    """Whether one report names everyone the other does and more, all of the countries the
    other's people are of: a minister joining the leaders' talks, not another leader.

    >>> from extract.records import Person
    >>> trudeau = Person(name="Justin Trudeau", country="Canada")
    >>> zelensky = Person(name="Volodymyr Zelensky", country="Ukraine")
    >>> def told(*people):
    ...     return clues(Meeting(doc="a", participants=people), None)
    >>> pair = told(trudeau, zelensky)
    >>> same_delegations(pair, told(trudeau, zelensky, Person(name="Bill Blair", country="Canada")))
    True
    >>> same_delegations(pair, told(trudeau, zelensky, Person(name="Andrzej Duda", country="Poland")))
    False
    >>> same_delegations(pair, told(trudeau, zelensky, Person(name="Bill Blair")))
    False
    """
    return people_fit(a.people, b.people) == "more" and bool(a.delegations) and a.delegations == b.delegations


def more_of_its_delegations(a: Clues, b: Clues) -> bool:
    """Whether one report names everyone the other does and one or two more, each of a country
    of the other's people or of none told, where the other tells the country of each of its
    people and they are of two countries or more: the talks, and the same talks told with
    members of the delegations ("Ruiz and Vanu held talks"; "Ruiz and Vanu held talks, with
    the governor Ivo Lenz present"). Weaker than :func:`same_delegations`, which asks every
    country told: a clue only for the one meeting of those people (:mod:`graph.merge`).

    >>> from extract.records import Person
    >>> ruiz, vanu = Person(name="Ana Ruiz", country="Peru"), Person(name="Tomas Vanu", country="Chile")
    >>> def told(*people):
    ...     return clues(Meeting(doc="a", participants=people), None)
    >>> more_of_its_delegations(told(ruiz, vanu), told(ruiz, vanu, Person(name="Ivo Lenz")))
    True
    >>> more_of_its_delegations(told(ruiz, vanu), told(ruiz, vanu, Person(name="Li Wen", country="China")))
    False
    >>> untold = Person(name="Tomas Vanu")  # a side whose country the report does not tell
    >>> more_of_its_delegations(told(ruiz, untold), told(ruiz, vanu, Person(name="Ivo Lenz")))
    False
    """
    small, big = (a, b) if len(a.people) < len(b.people) else (b, a)
    return len(big.people - small.people) <= 2 and _of_its_sides(small, big)


def _of_its_sides(small: Clues, big: Clues) -> bool:
    """Whether ``big`` names everyone ``small`` does and more, each of a country of ``small``'s
    people or of none told, where ``small`` tells the country of each of its people and they
    are of two countries or more: its sides' delegations, not a third side."""
    if not small.people < big.people or len(small.delegations) < 2:
        return False
    told = dict(big.nations)
    return all(told.get(person) in (None, *small.delegations) for person in big.people - small.people)


def _attended_by_delegations(a: Clues, b: Clues) -> bool:
    """Whether, of two reports of one article on a day both state, the one of more people is the
    other's talks with its sides' delegations present: the sentence that found it names only the other's
    people (or none by name: "the crown prince and the prime minister then held an official
    session of talks"), and the sentences after it name the rest, each of a country of the two
    sides or of none told ("attended by the delegations of the two countries"; "was also
    attended by Secretary Rubio"). Talks that move on to the delegations ("then", "also") are
    one meeting; not a courtesy call "later" on a president the sentence names, nor a bilateral
    "later" after a summit whose sentence names its third leader.

    >>> from extract.records import DateSpan, Evidence, Person
    >>> ruiz, vanu = Person(name="Ana Ruiz", country="Peru"), Person(name="Tomas Vanu", country="Chile")
    >>> lenz, paz = Person(name="Ivo Lenz", country="Peru"), Person(name="Rosa Paz", country="Chile")
    >>> def told(sentence, *people, day=date(2025, 3, 5)):
    ...     said = (Evidence(doc="a", text=sentence, start=0, end=len(sentence)),)
    ...     on = day and DateSpan(start=day, end=day)
    ...     return clues(Meeting(doc="a", participants=people, evidence=said, date=on), None)
    >>> talks = told("Ruiz received Vanu at the palace.", ruiz, vanu)
    >>> _attended_by_delegations(talks, told("The two then held talks.", ruiz, vanu, lenz))
    True
    >>> _attended_by_delegations(talks, told("The two were then received by Paz.", ruiz, vanu, paz))
    False
    >>> _attended_by_delegations(talks, told("The two then held talks.", ruiz, vanu, lenz, day=None))
    False
    """
    small, big = (a, b) if len(a.people) < len(b.people) else (b, a)
    return _same_day(a, b) and big.first_told <= small.people and _of_its_sides(small, big)


def in_articles(found: Sequence[Clues]) -> list[Clues]:
    """The clues again, each with what its own article tells besides it: ``larger``, the
    people of the meetings of more people, some of its own, that its article tells on days
    that may be its days (a bilateral told with the summit of that day); ``apart``, the
    reports of meetings of fewer people its article tells of those days and keeps apart from
    it (:func:`conflict`: "Earlier, the foreign ministers held talks", told as another), and
    one told elsewhere that, with one of those, names all its people (a headline "Lula meets
    Peña and Arce" over a bilateral and "Lula also met Arce").

    >>> from extract.records import DateSpan, Person
    >>> def told(*names, at=0, **facts):
    ...     people = tuple(Person(name=n) for n in names)
    ...     return clues(Meeting(doc="a", participants=people, **facts), date(2025, 11, 7))
    >>> summit, talks = in_articles([told("Trump", "Tokayev", "Mirziyoyev"), told("Trump", "Tokayev")])
    >>> [sorted(p) for p in talks.larger], summit.larger, summit.apart
    ([['person:mirziyoyev', 'person:tokayev', 'person:trump']], frozenset(), frozenset())
    """
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(found):
        by_doc[c.doc].append(i)
    larger: dict[int, set[frozenset[str]]] = defaultdict(set)
    for told in by_doc.values():
        for i in told:
            for j in told:
                if _of_more_that_day(found[i], found[j]):
                    larger[i].add(found[j].people)
    apart: dict[int, set[Clues]] = defaultdict(set)
    for told in by_doc.values():
        for j in told:
            fewer = [i for i in told if found[j].people in larger[i]]
            kept = [i for i in fewer if conflict(found[i], found[j]) is not None]
            apart[j].update(found[i] for i in kept)
            for i in kept:  # with another, told elsewhere and apart from it, all of its people
                for k in fewer:
                    a, b = found[i], found[k]
                    if a.people | b.people != found[j].people or a.told_at == b.told_at or not conflict(a, b):
                        continue
                    # not one of a sentence that names them all, one by one ("glad to be meeting the
                    # king and the crown prince"): that sentence tells the meeting of them all again
                    if not any(
                        found[m].told_at == b.told_at and found[m].people | b.people == found[j].people
                        for m in fewer
                        if m != k
                    ):
                        apart[j].add(b)
    scene: dict[int, frozenset[str]] = {}
    for told in by_doc.values():
        for i in told:
            words = [found[j].occasion or () for j in told if j != i and not found[j].background]
            if any(words):
                scene[i] = frozenset(w for ws in words for w in ws)
    clocked: dict[int, frozenset[date]] = {}
    for told in by_doc.values():
        for i in told:
            days = frozenset(
                day for j in told if (day := found[j].start) and _another_day_by_the_clock(found[i], found[j])
            )
            if days:
                clocked[i] = days
    return [
        replace(
            c,
            larger=frozenset(larger[i]),
            apart=frozenset(apart[i]),
            scene=scene.get(i, frozenset()),
            clocked=clocked.get(i, frozenset()),
        )
        if i in larger or i in apart or i in scene or i in clocked
        else c
        for i, c in enumerate(found)
    ]


def _another_day_by_the_clock(a: Clues, b: Clues) -> bool:
    """Whether report ``b`` of the same people as ``a``, in its article, is told on one day
    other than ``a``'s, by the article's one clock (:func:`_days_of_one_clock`)."""
    return (
        a.people == b.people
        and a.timing == b.timing == "stated"
        and b.precision == "day"
        and b.start is not None
        and b.start == b.end
        and _days_of_one_clock(a, b)
        and not _overlap(a, b, timedelta(0))
    )


def _of_more_that_day(small: Clues, big: Clues) -> bool:
    """Whether, of two reports of one article held alike, ``big`` names more people than
    ``small`` (three or more), some of ``small``'s, on days that may be the same."""
    return (
        small.kind in HELD
        and big.kind in HELD
        and not kinds_conflict(small.kind, big.kind)
        and 2 <= len(small.people) < len(big.people)
        and len(big.people) >= 3
        and bool(small.people & big.people)
        and _overlap(small, big, timedelta(0))
        and (small.month is None or _month_fits(small.month, big, small.day))
        and (big.month is None or _month_fits(big.month, small, big.day))
    )


def subset_told_apart(c: Clues, reports: Sequence[Clues]) -> bool:
    """Whether naming some of the people of a meeting (``reports``, each with its article's
    :func:`in_articles`), or all of them and more, is no clue that report ``c`` is of it,
    because an article tells otherwise. A report whose article tells a meeting of more of its
    people on its days joins a meeting of more people only if that meeting holds that report
    (it is its article's bilateral, not another article's summit); a report of more people
    does not take in a report of fewer people of that kind from another article; and no
    report joins a meeting of more people whose article tells its people apart, when it may
    be the meeting so told apart: one a clue sets apart from it (the pair's talks of a year
    before, in Doha; the meeting in Ankara of the other article's day) is not.

    >>> from extract.records import Person
    >>> def told(doc, *names):
    ...     people = tuple(Person(name=n) for n in names)
    ...     return clues(Meeting(doc=doc, participants=people), date(2025, 11, 7))
    >>> a = in_articles([told("a", "Trump", "Mirziyoyev", "Japarov"), told("a", "Trump", "Tokayev")])
    >>> b = in_articles([told("b", "Trump", "Tokayev", "Mirziyoyev")])
    >>> subset_told_apart(a[1], b), subset_told_apart(a[1], [a[0], *b])
    (True, False)
    """
    told: dict[str, set[frozenset[str]]] = defaultdict(set)  # the people of each article's reports
    for r in reports:
        told[r.doc].add(r.people)
    for r in reports:
        if c.people < r.people:
            if c.larger and not c.larger & told[c.doc]:
                return True
            if any(c.people <= s.people and conflict(c, s) is None for s in r.apart):
                return True
        elif r.people < c.people:
            if r.larger and c.doc != r.doc and not r.larger & told[r.doc]:
                return True
            if any(r.people <= s.people and _may_be(s, reports) for s in c.apart):
                return True
    return False


def _may_be(report: Clues, reports: Sequence[Clues]) -> bool:
    """Whether a report may be of the meeting of ``reports``: none of them conflicts with it."""
    return not any(conflict(report, r) is not None for r in reports)


def occasion_key(name: str) -> frozenset[str]:
    """The words of an occasion's name that tell it from others.

    >>> sorted(occasion_key("Asia-Pacific Economic Cooperation (APEC) summit"))
    ['apec', 'asia', 'cooperation', 'economic', 'pacific']
    >>> occasion_key("16th BRICS Summit") == occasion_key("BRICS summit")
    True
    """
    words = slug(name).split("-")
    return frozenset(w for w in words if w and w not in GENERIC and not _ordinal(w))


def _ordinal(word: str) -> bool:
    return word[:-2].isdigit() and word[-2:] in {"st", "nd", "rd", "th"}


def same_occasion(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two occasion keys name one occasion: they share a word, or one is empty.

    >>> same_occasion(occasion_key("APEC meeting"), occasion_key("APEC summit"))
    True
    >>> same_occasion(occasion_key("BRICS summit"), occasion_key("SCO summit"))
    False
    """
    return not a or not b or bool(a & b)


def kinds_conflict(a: MeetingKind, b: MeetingKind) -> bool:
    """Whether two kinds cannot be one meeting's.

    >>> kinds_conflict("planned", "in_person"), kinds_conflict("planned", "cancelled")
    (False, False)
    >>> kinds_conflict("cancelled", "in_person"), kinds_conflict("phone", "in_person")
    (True, True)
    """
    if a == b or "planned" in (a, b):
        return False
    return {a, b} != {"in_person", "visit"}


def people_fit(a: frozenset[str], b: frozenset[str]) -> str | None:
    """How two reports' people fit: ``same``, ``most`` (three or more, half in common),
    ``more`` (one names everyone the other does, and more), or None.

    >>> people_fit(frozenset("ab"), frozenset("ba")), people_fit(frozenset("ab"), frozenset("abc"))
    ('same', 'more')
    >>> people_fit(frozenset("ab"), frozenset("ac")) is None
    True
    """
    if not a or not b:
        return None
    if a == b:
        return "same"
    if len(a) >= 3 and len(b) >= 3 and len(a & b) / len(a | b) >= 0.5:
        return "most"
    if min(len(a), len(b)) >= 2 and (a < b or b < a):
        return "more"
    return None


def _delegations_overlap(a: Clues, b: Clues) -> bool:
    """Whether two reports name the same talks' delegations differently: three people or more
    in common, all but one of the shorter list's, and each of the others whose country either
    tells of a country of the people in common (the leaders' talks with their foreign
    ministers, and with the whole Turkish delegation, told by two articles).

    >>> from extract.records import Person
    >>> def told(*people):
    ...     return clues(Meeting(doc="a", participants=people), None)
    >>> tr = [Person(name=n, country="Turkey") for n in ("Aylin Demir", "Kemal Oz", "Selin Kaya", "Umut Er")]
    >>> ru = [Person(name=n, country="Russia") for n in ("Ivan Petrov", "Oleg Sokolov")]
    >>> _delegations_overlap(told(*tr[:2], *ru), told(*tr, ru[0]))
    True
    >>> _delegations_overlap(told(*tr[:2], *ru), told(*tr, ru[0], Person(name="Ali Reza", country="Iran")))
    False
    >>> _delegations_overlap(told(tr[0], *ru), told(*tr, ru[0]))  # two in common
    False
    """
    common = a.people & b.people
    if len(common) < 3 or len(common) < min(len(a.people), len(b.people)) - 1:
        return False
    nations = a.nations | b.nations
    theirs = {country for person, country in nations if person in common}
    return all(country in theirs for person, country in nations if person not in common)


def hosted(a: Clues, b: Clues) -> bool:
    """Whether, of two reports of other articles, one is one person's visit to a country and the
    other that person's meeting there with people of that country, its hosts ("Erdogan visited
    Cairo in February"; "Erdogan and el-Sisi met in Cairo on February 14"); or one person's
    trip there still to come and that meeting, planned or held ("Marcos will return to
    Melbourne for the summit on March 4 to 6"; "the summit Albanese will host in Melbourne").

    >>> from extract.records import Person
    >>> erdogan = Person(name="Recep Tayyip Erdogan", country="Turkey")
    >>> def told(*people, kind="in_person"):
    ...     return clues(Meeting(doc="a", participants=people, kind=kind, place=Place(country="Egypt")), None)
    >>> trip = replace(told(erdogan, kind="visit"), doc="b")
    >>> hosted(trip, told(erdogan, Person(name="Abdel Fattah el-Sisi", country="Egypt")))
    True
    >>> hosted(trip, told(erdogan, Person(name="Vladimir Putin", country="Russia")))
    False
    >>> plan = replace(told(erdogan, kind="planned"), doc="b")
    >>> hosted(plan, told(erdogan, Person(name="Abdel Fattah el-Sisi", country="Egypt"), kind="planned"))
    True

    A host whose country the article does not tell is taken for one when the meeting is told
    as held in the country of the trip ("will fly on to Egypt to meet President el-Sisi"):

    >>> hosted(plan, told(erdogan, Person(name="Abdel Fattah el-Sisi"), kind="planned"))
    True
    """
    trip, talks = (a, b) if len(a.people) == 1 else (b, a)
    return (
        a.doc != b.doc
        and trip.kind in {"visit", "planned"}
        and len(trip.people) == 1
        and trip.people < talks.people
        and (talks.kind in {"in_person", "visit"} or talks.kind == trip.kind == "planned")
        and trip.country is not None
        and all(country == trip.country for person, country in talks.nations if person not in trip.people)
        and (len(talks.nations) == len(talks.people) or talks.country == trip.country)
    )


def _overlap(a: Clues, b: Clues, slack: timedelta) -> bool:
    """Whether the days of two reports overlap (an unbounded side overlaps everything)."""
    return (a.start is None or b.end is None or a.start <= b.end + slack) and (
        b.start is None or a.end is None or b.start <= a.end + slack
    )


def _month_fits(month: int, other: Clues, day: int | None = None) -> bool:
    """Whether a month named without a year (and its ``day``, if told) may be of the days of
    report ``other``: a day either side is the same day, as for stated dates (:data:`SLACK`).

    >>> from extract.records import DateSpan, Person
    >>> def told(**on):
    ...     return clues(Meeting(doc="a", participants=(Person(name="Ana Ruiz"),), date=DateSpan(**on)), None)
    >>> tuesday = told(start=date(2024, 8, 20), end=date(2024, 8, 20))
    >>> _month_fits(8, tuesday), _month_fits(8, tuesday, 21), _month_fits(8, tuesday, 6)
    (True, True, False)
    >>> _month_fits(8, told(month=8, day=6), 20), _month_fits(8, told(month=8), 20)
    (False, True)
    """
    if other.month is not None:
        return other.month == month and (day is None or other.day is None or abs(other.day - day) <= 1)
    if other.start is None or other.end is None or (other.end - other.start).days > 62:
        return True
    if day is not None:
        first = other.start - SLACK
        told = (first + timedelta(days=n) for n in range((other.end + SLACK - first).days + 1))
        return any((d.month, d.day) == (month, day) for d in told)
    on = other.start
    while on <= other.end:
        if on.month == month:
            return True
        on += timedelta(days=28 if on.day <= 3 else 1)
    return False


def stated_on(f: Clues, month: int, day: int) -> bool:
    """Whether report ``f`` states a day or two that are ``day`` of ``month`` (a day either side,
    :func:`_month_fits`), not a longer span that holds it.

    >>> from extract.records import DateSpan, Person
    >>> def told(first, last):
    ...     on = DateSpan(start=date(2025, 8, first), end=date(2025, 8, last))
    ...     return clues(Meeting(doc="a", participants=(Person(name="Ana Ruiz"),), date=on), None)
    >>> stated_on(told(20, 20), 8, 20), stated_on(told(21, 21), 8, 20), stated_on(told(1, 31), 8, 20)
    (True, True, False)
    """
    return (
        f.timing == "stated"
        and f.precision in {"day", "days"}
        and _length(f) <= 2
        and _month_fits(month, f, day)
    )


@functools.lru_cache(maxsize=1 << 12)
def distance_km(a: str, a_country: str | None, b: str, b_country: str | None) -> float | None:
    """How far apart two cities are, if the gazetteer knows both as cities of ``BIG`` people
    or more (smaller towns share their names too often: "Woodside" is in Queens for it)."""
    x, y = geo.city(a, a_country), geo.city(b, b_country)
    if x is None or y is None or min(x.population, y.population) < BIG:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (x.latitude, x.longitude, y.latitude, y.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def place_conflict(a: Clues, b: Clues) -> str | None:
    """Why two reports cannot be in one place, or None.

    >>> from extract.records import Person
    >>> def at(city, country):
    ...     return clues(Meeting(doc="a", participants=(), place=Place(city=city, country=country)), None)
    >>> place_conflict(at("Munich", "Germany"), at("San Francisco", "United States"))
    'places: Munich, Germany and San Francisco, United States'
    >>> place_conflict(at("Woodside", "United States"), at("San Francisco", "United States")) is None
    True
    """
    if a.place is None or b.place is None:
        return None
    apart = a.country is not None and b.country is not None and a.country != b.country
    if not apart and a.city is not None and b.city is not None and a.city != b.city:
        km = distance_km(a.place.city or "", a.place.country, b.place.city or "", b.place.country)
        # places the gazetteer cannot measure are apart when the reports name other days too
        apart = km > NEAR_KM if km is not None else _other_days(a, b)
    elif not apart and _region_or_city(a.place) and _region_or_city(b.place) and a.place != b.place:
        apart = _other_days(a, b)  # "the province of Guangdong" on Friday, Beijing on Thursday
    if apart:
        return f"places: {_place(a.place)} and {_place(b.place)}"
    return None


def two_places_that_day(a: Clues, b: Clues) -> bool:
    """Whether two reports of the same people state the same day and places that conflict: one
    meeting (:func:`conflict`) with one place told wrong.

    >>> from extract.records import DateSpan, Person
    >>> pair = (Person(name="Ana Ruiz"), Person(name="Tomas Vanu"))
    >>> def at(city, country, day=13):
    ...     on = DateSpan(start=date(2023, 7, day), end=date(2023, 7, day))
    ...     where = Place(city=city, country=country)
    ...     return clues(Meeting(doc="a", participants=pair, place=where, date=on), None)
    >>> two_places_that_day(at("Helsinki", "Finland"), at("Vilnius", "Lithuania"))
    True
    >>> two_places_that_day(at("Helsinki", "Finland"), at("Vilnius", "Lithuania", 12))
    False
    """
    return a.people == b.people and _same_day(a, b) and place_conflict(a, b) is not None


def _region_or_city(place: Place) -> bool:
    return place.city is not None or place.region is not None


def _other_days(a: Clues, b: Clues) -> bool:
    """Whether two reports state days (not a month or a year) that are not the same."""
    return a.timing == b.timing == "stated" and _narrow(a) and _narrow(b) and not _overlap(a, b, timedelta(0))


def _place(place: Place) -> str:
    return ", ".join(p for p in (place.city, place.region, place.country) if p)


def conflict(a: Clues, b: Clues) -> str | None:
    """Why reports ``a`` and ``b`` cannot be of one meeting, or None when nothing sets them
    apart. Two reports of the same people that state the same day are of one meeting even
    when they name places or occasions that conflict: the same people are not in two far
    places, nor at two gatherings, on one day, so one of them is wrong
    (:func:`graph.merge.conflicts` shows it). One naming more people in a far place that day
    is another meeting (Baghdad, then Erbil), and so is one of more or fewer people than a
    welcome on arrival ("At the airport, A was met by B": not the summit of A, B and C).

    >>> from extract.records import DateSpan, Occasion, Person
    >>> pair = (Person(name="Ana Ruiz"), Person(name="Tomas Vanu"))
    >>> def at(occasion, first, last):
    ...     precision = "day" if first == last else "month"
    ...     on = DateSpan(start=date(2023, 9, first), end=date(2023, 9, last), precision=precision)
    ...     return clues(Meeting(doc="a", participants=pair, occasion=Occasion(name=occasion), date=on), None)
    >>> conflict(at("G77 summit", 16, 16), at("UN General Assembly", 16, 16)) is None
    True
    >>> conflict(at("G77 summit", 16, 16), at("UN General Assembly", 1, 30))  # a month: another day
    'occasions differ'
    """
    if people_fit(a.people, b.people) is None and not _delegations_overlap(a, b) and not hosted(a, b):
        return "other people"
    if kinds_conflict(a.kind, b.kind) and not _one_call(a, b) and not _held_though_called_off(a, b):
        return f"kinds: {a.kind} and {b.kind}"
    if a.doc == b.doc and _two_counterparts(a, b):
        return "one article tells the same two with one person, then with another"
    if (
        a.doc == b.doc
        and "planned" in (a.kind, b.kind)
        and HELD & {a.kind, b.kind}
        and not _plan_told_again(a, b)
    ):
        return "one article tells one held, the other planned"
    if (
        a.doc == b.doc
        and {a.kind, b.kind} == {"planned", "cancelled"}
        and people_fit(a.people, b.people) != "same"
    ):  # "The Quad summit in Sydney is off ... Modi and Albanese will still hold talks in Sydney"
        return "one article tells one called off, the other of some of its people still planned"
    welcomed = a.arrival != b.arrival and _welcomed_by_the_hosts(a, b)
    if (
        a.doc == b.doc
        and people_fit(a.people, b.people) != "same"
        and _told_as_another(a, b)
        and not welcomed
        and not _attended_by_delegations(a, b)
    ):
        return "one article tells another meeting of some of the same people"
    if a.arrival != b.arrival and people_fit(a.people, b.people) in {"more", "most"} and not welcomed:
        return "one is a welcome on arrival, the other a meeting of other people"
    if _a_third_side(a, b):
        return "one is told as bilateral, the other names someone of a third country"
    if _other_hosts(a, b):
        return "each tells the same visitors' talks with the leader of another country"
    if _a_third_of_another_side(a, b):
        return "each names a third person, one of a side the other does not name"
    if a.doc == b.doc and a.told_at != b.told_at and _more_delegations(a, b):
        return "one article tells the talks of some and a gathering of more delegations"
    if a.doc == b.doc and people_fit(a.people, b.people) == "more" and _dated_each(a, b) and _new_party(a, b):
        return "one article dates each of two meetings, the later with someone of another country"
    earlier, news = (a, b) if a.background else (b, a)
    if (
        a.doc == b.doc
        and a.background != b.background
        and _own_time(earlier)
        and not _same_day(a, b)
        and not _earlier_that_day(earlier, news)
        and not (_before_its_news(news) and not news.another)  # not "the leaders also met in September"
    ):
        return "one article tells its news and, with a time of its own, an earlier meeting"
    # one article that dates a welcome on arrival and the talks of the same people on days of its
    # own tells two: the visitor met at the airport on Monday, the talks held on Tuesday
    welcome_the_day_before = a.doc == b.doc and a.arrival != b.arrival
    slack = (
        SLACK
        if a.timing == b.timing == "stated" and not _days_of_one_clock(a, b) and not welcome_the_day_before
        else timedelta(0)
    )
    if not _overlap(a, b, slack) and not _plan_and_its_cancellation(a, b) and not _one_called_off(a, b):
        return "dates apart"
    if a.month is not None and not _month_fits(a.month, b, a.day):
        return "days apart" if _month_fits(a.month, b) else "months apart"
    if b.month is not None and not _month_fits(b.month, a, b.day):
        return "days apart" if _month_fits(b.month, a) else "months apart"
    if _same_day(a, b) and a.people == b.people and not _stops_of_one_tour(a, b):
        return None  # a place or an occasion of one is wrong, not the day
    if (
        a.occasion is not None
        and b.occasion is not None
        and not same_occasion(a.occasion, b.occasion)
        and not _gatherings_of_one_week(a, b)
    ):
        return "occasions differ"
    return place_conflict(a, b)


def _two_counterparts(a: Clues, b: Clues) -> bool:
    """Whether two reports of three people each share two and each names a third the other
    does not: an article that tells two visitors' talks with the president and, in another
    sentence, their session with the premier tells two meetings, since it names the people of
    one meeting the same way each time it tells it.

    >>> from extract.records import Person
    >>> def told(*names, at=0):
    ...     people = tuple(Person(name=n) for n in names)
    ...     return replace(clues(Meeting(doc="a", participants=people), None), told_at=at)
    >>> pair = ("Ana Ruiz", "Lea Moll")
    >>> _two_counterparts(told(*pair, "Tomas Vanu"), told(*pair, "Ivo Kral", at=9))
    True
    >>> _two_counterparts(told(*pair, "Tomas Vanu"), told(*pair, at=9))
    False
    """
    return len(a.people) == len(b.people) == 3 and len(a.people & b.people) == 2


def _welcomed_by_the_hosts(a: Clues, b: Clues) -> bool:
    """Whether one report is a welcome on arrival that names everyone the other report's talks
    do and more of their own countries (or of none told), on the same day: the host greeting a
    state visitor at the airport, flanked by an heir or a minister of his, and then holding talks
    with him is one visit, told by one article or two ("King Sipho met President Aldana at the
    airport, flanked by the crown prince ... The two then held talks"), not a welcome of other
    people. The welcome's place, if told, is in the country of one of the talks' people.

    >>> from extract.records import DateSpan, Person
    >>> on = DateSpan(start=date(2023, 5, 2), end=date(2023, 5, 2))
    >>> king = Person(name="Sipho Dlamini", country="Eswatini")
    >>> guest = Person(name="Ana Aldana", country="Peru")
    >>> heir = Person(name="Lwazi Dlamini", country="Eswatini")
    >>> def told(*people, arrival=False):
    ...     return clues(Meeting(doc="a", participants=people, date=on, arrival=arrival), None)
    >>> _welcomed_by_the_hosts(told(king, guest, heir, arrival=True), told(king, guest))
    True
    >>> unsaid = Person(name="Lwazi Dlamini")  # no country told
    >>> _welcomed_by_the_hosts(told(king, guest, unsaid, arrival=True), told(king, guest))
    True
    >>> _welcomed_by_the_hosts(told(king, guest, arrival=True), told(king, guest, heir))
    False
    >>> other = Person(name="Jan Novak", country="Czech Republic")
    >>> _welcomed_by_the_hosts(told(king, guest, other, arrival=True), told(king, guest))
    False
    """
    welcome, talks = (a, b) if a.arrival else (b, a)
    sides = {country for _, country in talks.nations}
    extra = {country for person, country in welcome.nations if person not in talks.people}
    return (
        welcome.people > talks.people
        and extra <= sides
        and (welcome.country is None or welcome.country in sides)
        and welcome.start is not None
        and welcome.start == welcome.end == talks.start == talks.end
    )


def _a_third_side(a: Clues, b: Clues) -> bool:
    """Whether one report is told as a meeting of two sides ("held a bilateral meeting with B",
    ``Clues.bilateral``) of two countries it tells, and the other names someone of a third: the
    larger meeting the bilateral was held beside, at the same event ("will also hold a bilateral
    meeting with Trump", apart from the three leaders' summit that day).

    >>> from extract.records import Person
    >>> aliyev = Person(name="Ilham Aliyev", country="Azerbaijan")
    >>> trump = Person(name="Donald Trump", country="United States")
    >>> def told(*people, bilateral=False):
    ...     return clues(Meeting(doc="a", participants=people, bilateral=bilateral), None)
    >>> bilateral = told(aliyev, trump, bilateral=True)
    >>> _a_third_side(bilateral, told(aliyev, trump, Person(name="Nikol Pashinyan", country="Armenia")))
    True
    >>> pashinyan = Person(name="Nikol Pashinyan", country="Armenia")
    >>> _a_third_side(told(aliyev, trump), told(aliyev, trump, pashinyan))
    False
    >>> _a_third_side(bilateral, told(aliyev, trump, Person(name="Jeyhun Bayramov", country="Azerbaijan")))
    False
    """
    for two, other in ((a, b), (b, a)):
        sides = {country for _, country in two.nations}
        if two.bilateral and len(sides) == 2 and any(country not in sides for _, country in other.nations):
            return True
    return False


def _other_hosts(a: Clues, b: Clues) -> bool:
    """Whether two reports each tell talks between two countries, one of them the same people's,
    and the other a different country's people alone: the visitors' talks with one host and with
    another, on a tour of the region ("Tokayev met Costa and von der Leyen"; "Mirziyoyev received
    Costa and von der Leyen"), not one meeting that each names a part of. Not where a report
    names three countries or more (the leaders of several countries, each outlet naming its own)
    or where the people apart are of a country the other report names.

    >>> from extract.records import Person
    >>> costa = Person(name="António Costa", country="European Union")
    >>> vdl = Person(name="Ursula von der Leyen", country="European Union")
    >>> def told(*people):
    ...     return clues(Meeting(doc="a", participants=people), None)
    >>> ruto = Person(name="William Ruto", country="Kenya")
    >>> samia = Person(name="Samia Hassan", country="Tanzania")
    >>> _other_hosts(told(ruto, costa, vdl), told(samia, costa, vdl))
    True
    >>> mudavadi = Person(name="Musalia Mudavadi", country="Kenya")
    >>> _other_hosts(told(ruto, costa, vdl), told(mudavadi, costa, vdl))
    False
    >>> _other_hosts(told(ruto, costa, vdl), told(samia, costa, vdl, ruto))
    False
    """
    if people_fit(a.people, b.people) != "most" or not a.delegations or not b.delegations:
        return False
    if len(a.delegations) != 2 or len(b.delegations) != 2 or len(a.delegations & b.delegations) != 1:
        return False
    shared = a.delegations & b.delegations
    return all(
        (country in shared) == (person in a.people & b.people) for person, country in a.nations | b.nations
    )


def _a_third_of_another_side(a: Clues, b: Clues) -> bool:
    """Whether two reports of three people or more share only two and each names others, one of
    them of a country none of the other report's people is of: the mediator's talks with the two
    envoys and his meeting with one envoy and that envoy's ambassador ("Albusaidi received
    Araghchi and Witkoff"; "Albusaidi met Witkoff, who was accompanied by the US ambassador"),
    not one meeting told in part. Others of the countries the other report names are one side
    told by other names (a president, then his foreign minister, with the same visitors); where a
    country is not told, nothing is said.

    >>> from extract.records import Person
    >>> badr = Person(name="Badr Albusaidi", country="Oman")
    >>> witkoff = Person(name="Steve Witkoff", country="United States")
    >>> araghchi = Person(name="Abbas Araghchi", country="Iran")
    >>> def told(*people):
    ...     return clues(Meeting(doc="a", participants=people), None)
    >>> envoys = told(badr, araghchi, witkoff)
    >>> ambassador = Person(name="Ana Escrogima", country="United States")
    >>> _a_third_of_another_side(envoys, told(badr, witkoff, ambassador))
    True
    >>> _a_third_of_another_side(envoys, told(badr, witkoff, Person(name="Ali Bagheri", country="Iran")))
    False
    >>> _a_third_of_another_side(envoys, told(badr, witkoff, Person(name="Ana Escrogima")))
    False
    """
    common = a.people & b.people
    if len(common) != 2 or people_fit(a.people, b.people) != "most":
        return False
    told = dict(a.nations | b.nations)
    if any(person not in told for person in a.people | b.people):
        return False
    return any(
        any(told[person] not in {told[p] for p in other.people} for person in one.people - common)
        for one, other in ((a, b), (b, a))
    )


def _more_delegations(a: Clues, b: Clues) -> bool:
    """Whether, of two reports told in two places of one article, one names everyone the other
    does and people of two countries or more that none of the other's people is of: the talks
    of a few and a gathering of more delegations that day ("A earlier held talks with B"; "The
    day culminated in the ministerial meeting, which brought together B, A, C, D and E"), two
    meetings, not the gathering told twice.

    >>> from extract.records import Person
    >>> def told(*people):
    ...     return clues(Meeting(doc="a", participants=people), None)
    >>> us, kz = Person(name="Ana Ruiz", country="Chile"), Person(name="Tomas Vanu", country="Vanuatu")
    >>> more = [Person(name=n, country=c) for n, c in (("Ivan Petrov", "Russia"), ("Ali Reza", "Iran"))]
    >>> pair = told(us, kz)
    >>> _more_delegations(pair, told(us, kz, *more)), _more_delegations(pair, told(us, kz, more[0]))
    (True, False)
    """
    if people_fit(a.people, b.people) != "more":
        return False
    small, big = (a, b) if a.people < b.people else (b, a)
    if len(big.first_told) >= 2 and big.first_told <= small.people:
        return False  # "A met B ... The meeting was hosted by C. D joined by phone": those talks
    theirs = {country for _, country in small.nations}
    return len({country for person, country in big.nations if person not in small.people} - theirs) >= 2


def _stops_of_one_tour(a: Clues, b: Clues) -> bool:
    """Whether one sentence sends one traveller to both places, as stops of one tour: "he
    will continue on to Guyana and Suriname tomorrow" names two stops of that day, not one
    place told wrong. Reports of other sentences or articles that give one person two places
    on one day still join, one of the places being wrong.

    >>> from extract.records import DateSpan, Person
    >>> on = DateSpan(start=date(2025, 4, 3), end=date(2025, 4, 3), precision="day")
    >>> def to(country, at=0, *people):
    ...     who = tuple(Person(name=n) for n in ("Ana Ruiz", *people))
    ...     report = Meeting(doc="a", participants=who, place=Place(country=country), date=on, kind="planned")
    ...     return replace(clues(report, None), told_at=at)
    >>> _stops_of_one_tour(to("Ghana"), to("Togo"))
    True
    >>> _stops_of_one_tour(to("Ghana"), to("Togo", 300))  # another sentence: one is wrong
    False
    >>> _stops_of_one_tour(to("Ghana", 0, "Tomas Vanu"), to("Togo", 0, "Tomas Vanu"))  # a meeting
    False
    """
    return (
        a.doc == b.doc
        and a.told_at == b.told_at
        and len(a.people) == len(b.people) == 1
        and a.place != b.place
    )


def _days_of_one_clock(a: Clues, b: Clues) -> bool:
    """Whether two reports are of one article that states days for both, and for two casts of
    people: the day's slack (:data:`SLACK`) is for outlets a time zone apart, and one article
    dates its meetings by one clock, so "received at the airport on 19 November by the president
    and the prime minister" and "held talks with the president on 20 November" are two days. The
    same people on two days of one article may be one visit told twice ("arrived yesterday",
    "held talks today"), unless it tells either day by its hours: "hosted a banquet for the
    emir the same night" and "on Wednesday morning, the emir called on the president" are two
    meetings; so are two days one sentence gives them ("held talks in Seoul on Sunday, a day
    before the three leaders convene their summit"). A month it names keeps the slack too, unless
    the article names two months for the same people in one sentence or tells the later as a
    repeat: "spoke by phone in February and again in March" (or "... in February. They spoke
    again in March") are two calls, while a month told of something else ("since he was
    re-elected in October") keeps its day's slack.
    """
    if _two_months_told_apart(a, b):
        return True
    if a.doc != b.doc or a.precision not in {"day", "days"} or b.precision not in {"day", "days"}:
        return False
    if people_fit(a.people, b.people) != "same" or a.told_at == b.told_at:
        return True  # one sentence telling two days: "talks on Sunday, a day before the three convene"
    return a.precision == b.precision == "day" and (a.hours or b.hours or a.calendar or b.calendar)


def _two_months_told_apart(a: Clues, b: Clues) -> bool:
    """Whether one article names two different months for reports of the same people, in one
    sentence or with the later told "again" (:func:`_days_of_one_clock`)."""
    later = a if a.told_at >= b.told_at else b
    return (
        a.doc == b.doc
        and a.precision == b.precision == "month"
        and a.start != b.start
        and people_fit(a.people, b.people) == "same"
        and (a.told_at == b.told_at or later.again)
    )


def _gatherings_of_one_week(a: Clues, b: Clues) -> bool:
    """Whether two reports of the same people name two gatherings held in one city in one week,
    one of them told on a day of that week: the summits a host holds back to back ("on the
    sidelines of the ASEAN summit in Vientiane on Thursday"; "at the East Asia Summit in
    Vientiane this week"), where outlets name the bilateral's occasion differently.

    >>> from extract.records import DateSpan, Occasion, Person
    >>> pair = (Person(name="Shigeru Ishiba"), Person(name="Ferdinand Marcos Jr"))
    >>> def told(occasion, first, last, city="Vientiane"):
    ...     on = DateSpan(start=date(2024, 10, first), end=date(2024, 10, last), precision="week")
    ...     return clues(Meeting(doc="a", participants=pair, occasion=Occasion(name=occasion),
    ...                          place=Place(city=city, country="Laos"), date=on), None)
    >>> _gatherings_of_one_week(told("ASEAN summit", 10, 10), told("East Asia Summit", 7, 13))
    True
    >>> _gatherings_of_one_week(told("ASEAN summit", 10, 10), told("East Asia Summit", 21, 27))
    False
    >>> _gatherings_of_one_week(told("ASEAN summit", 10, 10), told("EAS", 7, 13, city="Luang Prabang"))
    False
    """
    return (
        a.people == b.people
        and a.city is not None
        and a.city == b.city
        and a.timing == b.timing == "stated"
        and (_narrow(a) or _narrow(b))
        and _length(a) <= 7
        and _length(b) <= 7
        and _overlap(a, b, timedelta(0))
    )


def _one_call(a: Clues, b: Clues) -> bool:
    """Whether a phone call and a video call of the same people are one conversation that one
    source calls a phone call and another a video call ("spoke by phone on Monday"; "held a video
    call on Monday"): each told on a day of its own, the same day or the next; or one on a day
    of the week the other's article tells as its news ("The leaders spoke for 30 minutes"). The
    same people do not hold both in a few days. So are a call and talks told on its day with no
    place and no occasion, which a readout's "spoke to" or "discussed ... with" leaves unsaid
    ("Sunak spoke to Netanyahu on 20 December"; "Netanyahu held a phone call with Sunak").

    >>> from extract.records import DateSpan, Person
    >>> pair = (Person(name="Narendra Modi"), Person(name="Shigeru Ishiba"))
    >>> def told(kind, day):
    ...     on = DateSpan(start=date(2025, 3, day), end=date(2025, 3, day))
    ...     return clues(Meeting(doc="a", participants=pair, kind=kind, date=on), None)
    >>> _one_call(told("phone", 10), told("video", 10)), _one_call(told("phone", 10), told("video", 11))
    (True, True)
    >>> _one_call(told("phone", 10), told("video", 24)), _one_call(told("phone", 10), told("cancelled", 10))
    (False, False)
    >>> news = clues(Meeting(doc="b", participants=pair, kind="phone"), date(2025, 3, 12))
    >>> _one_call(news, told("video", 10)), _one_call(news, told("video", 2))
    (True, False)
    >>> tokyo = replace(told("in_person", 10), place=Place(city="Tokyo"), city="tokyo")
    >>> _one_call(told("in_person", 10), told("phone", 10)), _one_call(tokyo, told("phone", 10))
    (True, False)
    >>> _one_call(told("in_person", 10), told("phone", 11))
    False
    """
    if a.people != b.people:
        return False
    if {a.kind, b.kind} in ({"in_person", "phone"}, {"in_person", "video"}):
        talks = a if a.kind == "in_person" else b
        return talks.place is None and talks.occasion is None and _same_day(a, b)
    if {a.kind, b.kind} != {"phone", "video"}:
        return False
    days = [c for c in (a, b) if c.timing == "stated" and c.precision == "day"]
    if len(days) == 2:
        return _overlap(a, b, SLACK)
    return len(days) == 1 and "news" in {a.timing, b.timing} and _overlap(a, b, timedelta(0))


def _dated_each(a: Clues, b: Clues) -> bool:
    """Whether two reports, told in two places of one article, each state days of their own
    (a day, days or a week) that are not the same days: "the talks on May 10-11" and "on May 10,
    the president received the two ministers".

    >>> from extract.records import DateSpan
    >>> def told(end, at):
    ...     span = DateSpan(start=date(2024, 5, 10), end=date(2024, 5, end))
    ...     return replace(clues(Meeting(doc="a", participants=(), date=span), None), told_at=at)
    >>> _dated_each(told(11, 0), told(10, 300)), _dated_each(told(11, 0), told(11, 300))
    (True, False)
    """
    return (
        a.told_at != b.told_at
        and a.timing == b.timing == "stated"
        and _narrow(a)
        and _narrow(b)
        and (a.start, a.end) != (b.start, b.end)
    )


def _new_party(a: Clues, b: Clues) -> bool:
    """Whether, of two reports one of which names everyone the other does and more, the larger
    names someone of a country none of the smaller's people is told to be of: the host who
    received the two ministers, not a minister of their delegations.

    >>> from extract.records import Person
    >>> def told(*people):
    ...     return clues(Meeting(doc="a", participants=people), None)
    >>> pair = told(Person(name="Ararat Mirzoyan", country="Armenia"),
    ...             Person(name="Jeyhun Bayramov", country="Azerbaijan"))
    >>> host = Person(name="Kassym-Jomart Tokayev", country="Kazakhstan")
    >>> _new_party(pair, told(*(Person(name=n) for n in ("Ararat Mirzoyan", "Jeyhun Bayramov")), host))
    True
    >>> _new_party(pair, told(Person(name="Ararat Mirzoyan"), Person(name="Jeyhun Bayramov"),
    ...                       Person(name="Vahan Kostanyan", country="Armenia")))
    False
    """
    small, big = (a, b) if a.people < b.people else (b, a)
    theirs = {country for _, country in small.nations}
    return any(person not in small.people and country not in theirs for person, country in big.nations)


def _plan_told_again(a: Clues, b: Clues) -> bool:
    """Whether, of a plan and a held report of one article, the held one tells the planned
    meeting again: the same day, told after the plan ("will meet on Friday" ... "the schedule
    listed the meeting"). One told before the plan is a meeting already held when the plan was
    still to come: "they held talks ... and will continue them on Friday" tells two, and so does
    a plan told as another ("spoke on Monday, and the two are due to speak again later that day").

    >>> from extract.records import DateSpan, Evidence, Person
    >>> pair = (Person(name="Antony Blinken"), Person(name="Wang Yi"))
    >>> friday = DateSpan(start=date(2023, 10, 27), end=date(2023, 10, 27))
    >>> def told(kind, at):
    ...     return clues(Meeting(doc="a", participants=pair, kind=kind, date=friday,
    ...                          evidence=(Evidence(doc="a", text="...", start=at, end=at + 3),)), None)
    >>> _plan_told_again(told("planned", 0), told("in_person", 500))
    True
    >>> _plan_told_again(told("in_person", 0), told("planned", 500))
    False
    """
    plan, held = (a, b) if a.kind == "planned" else (b, a)
    return _same_day(a, b) and held.told_at >= plan.told_at and not plan.another


def _told_as_another(a: Clues, b: Clues) -> bool:
    """Whether the later of two reports of one article is told as another meeting ("Jaishankar
    will also take part in a luncheon meeting in Moscow with Lavrov and Wang"); of two told in
    one sentence, either ("met A, before holding a separate session with B")."""
    if a.told_at == b.told_at:
        return a.another or b.another
    return (a if a.told_at > b.told_at else b).another


def _earlier_that_day(earlier: Clues, news: Clues) -> bool:
    """Whether a report told as before the news (``earlier``) is of its article's own day and
    the news (``news``) tells no day but its article's: "held talks at the palace"; "had
    received him at the airport earlier in the day". Of the same people that day, one visit.

    >>> from extract.records import DateSpan, Person
    >>> pair = (Person(name="Ana Ruiz"), Person(name="Tomas Vanu"))
    >>> def told(on=None, background=False):
    ...     when = on and DateSpan(start=on, end=on)
    ...     said = Meeting(doc="a", participants=pair, date=when, background=background)
    ...     return clues(said, date(2025, 3, 5))
    >>> _earlier_that_day(told(date(2025, 3, 5), background=True), told())
    True
    >>> _earlier_that_day(told(date(2025, 3, 3), background=True), told())
    False
    """
    return (
        earlier.precision == "day"
        and earlier.start == earlier.end == earlier.published
        and news.timing == "news"
    )


def _before_its_news(c: Clues) -> bool:
    """Whether a report states days that ended more than a week before its article was
    published: no news of the article, though told without a word of the past ("the deals the
    two reached when they met in November", in a paper of February), so it may be the meeting
    the article's background tells too ("their last meeting came before November's summit").

    >>> from extract.records import DateSpan, Person
    >>> pair = (Person(name="Xi Jinping"), Person(name="Joe Biden"))
    >>> november = DateSpan(start=date(2023, 11, 1), end=date(2023, 11, 30), precision="month")
    >>> told = Meeting(doc="a", participants=pair, date=november)
    >>> _before_its_news(clues(told, date(2024, 2, 16))), _before_its_news(clues(told, date(2023, 11, 20)))
    (True, False)
    """
    return (
        c.timing == "stated"
        and c.end is not None
        and c.published is not None
        and (c.published - c.end).days > NEWS_DAYS
    )


def _own_time(c: Clues) -> bool:
    """Whether a report tells a time of its own: a stated date, or a month."""
    return c.timing == "stated" or c.month is not None


def _plan_and_its_cancellation(a: Clues, b: Clues) -> bool:
    """Whether, of one article, one report is a plan that tells no day and the other the
    cancellation of a meeting of the same people: the plan's days are only guessed from the
    article's date ("denies a planned meeting with Khama in Angola last month ... there had
    been an invitation to a meeting between Khama and Masisi"). Not where each names another
    city: a stop planned in one city during the stay the article tells is not a trip to another
    called off ("His trip to Accra was put off in May ... During his stay he will visit Kumasi")."""
    return (
        a.doc == b.doc
        and {a.kind, b.kind} == {"planned", "cancelled"}
        and "plan" in {a.timing, b.timing}
        and a.people == b.people
        and (a.city is None or b.city is None or a.city == b.city)
    )


def _one_called_off(a: Clues, b: Clues) -> bool:
    """Whether two reports of a meeting of the same people called off in the same city state
    days within a month of each other: a meeting not held has no day of its own, and outlets
    date it by the day it was to be held, the day it was called off or the day of the meeting
    held instead ("the summit in Ottawa, set for June 20, will not go ahead"; "the three met in
    Brussels on Tuesday after their summit in Ottawa was called off").

    >>> from extract.records import DateSpan, Person
    >>> leaders = tuple(Person(name=n) for n in ("Keir Starmer", "Mark Carney", "Anthony Albanese"))
    >>> def off(day, city="Ottawa", kind="cancelled"):
    ...     on = DateSpan(start=date(2025, 6, day), end=date(2025, 6, day))
    ...     place = Place(city=city, country="Canada")
    ...     return clues(Meeting(doc="a", participants=leaders, kind=kind, place=place, date=on), None)
    >>> _one_called_off(off(20), off(17)), _one_called_off(off(20), off(17, city="Montreal"))
    (True, False)
    >>> _one_called_off(off(20), off(17, kind="in_person"))
    False
    """
    return (
        a.kind == b.kind == "cancelled"
        and people_fit(a.people, b.people) in {"same", "most"}
        and a.city is not None
        and a.city == b.city
        and a.timing == b.timing == "stated"
        and _overlap(a, b, CALLED_OFF)
    )


def _held_though_called_off(a: Clues, b: Clues) -> bool:
    """Whether one article tells a meeting called off and another tells it held, of exactly
    the same people, on the same one day, in the same city: the same people do not have one
    meeting called off and another held there that day, so one outlet is wrong (or wrote before
    it went ahead) and the reports are of one meeting, held (:func:`graph.merge.conflicts` shows
    the kinds). Other people, another day or another city, and it is another meeting ("the Quad
    summit in Sydney is off; Modi and Albanese met in Sydney").

    >>> from extract.records import DateSpan, Person
    >>> pair = (Person(name="Pope Francis"), Person(name="Volodymyr Zelensky"))
    >>> def told(doc, kind, day=11, city="Vatican City", people=pair):
    ...     on = DateSpan(start=date(2024, 10, day), end=date(2024, 10, day))
    ...     place = Place(city=city, country="Vatican City")
    ...     return clues(Meeting(doc=doc, participants=people, kind=kind, place=place, date=on), None)
    >>> _held_though_called_off(told("a", "cancelled"), told("b", "in_person"))
    True
    >>> _held_though_called_off(told("a", "cancelled"), told("a", "in_person"))  # one article
    False
    >>> _held_though_called_off(told("a", "cancelled"), told("b", "in_person", day=12))
    False
    >>> _held_though_called_off(told("a", "cancelled"), told("b", "in_person", city="Rome"))
    False
    >>> _held_though_called_off(told("a", "cancelled"), told("b", "in_person", people=pair[:1]))
    False
    """
    return (
        {a.kind, b.kind} in ({"cancelled", "in_person"}, {"cancelled", "visit"})
        and a.doc != b.doc
        and a.people == b.people
        and a.city is not None
        and a.city == b.city
        and a.precision == b.precision == "day"
        and _same_day(a, b)
    )


def _same_day(a: Clues, b: Clues) -> bool:
    return (
        a.timing == b.timing == "stated"
        and a.precision in {"day", "days"}
        and b.precision in {"day", "days"}
        and _overlap(a, b, timedelta(0))
    )


def support(a: Clues, b: Clues) -> list[str]:
    """The clues that tell reports ``a`` and ``b`` (which do not :func:`conflict`) are of one
    meeting, not another of the same people; empty when they share none.

    >>> from extract.records import Person
    >>> pair = (Person(name="Xi Jinping"), Person(name="Joe Biden"))
    >>> def told(doc, published, **facts):
    ...     return clues(Meeting(doc=doc, participants=pair, **facts), published)
    >>> support(told("a", date(2023, 11, 16)), told("b", date(2023, 11, 15)))
    ['news of the same week']
    >>> support(told("a", None), told("b", None))
    []
    """
    why: list[str] = []
    if a.timing == b.timing == "stated":
        if _same_day(a, b):
            why.append("same day")
        elif (_narrow(a) or _narrow(b)) and _length(a) <= 31 and _length(b) <= 31:
            why.append("dates agree")
        elif a.precision == b.precision == "month":
            why.append("same month")
    elif (
        a.timing and b.timing and {a.timing, b.timing} <= {"stated", "news"} and _overlap(a, b, timedelta(0))
    ):
        stated, news = (a, b) if a.timing == "stated" else (b, a)
        if a.timing == b.timing == "news":
            why.append("news of the same week")
        elif _the_news_day(stated, news):
            why.append("dated the day the other article tells as news")
        elif stated.precision in {"day", "days", "week"}:
            why.append("dated in the week the other article tells as news")
    elif {a.timing, b.timing} == {"plan", "stated"} and _announced_that_week(a, b):
        why.append("held within a week of the article that announced it")
    elif a.day is not None and b.day is not None and _month_fits(b.month or 0, a, b.day):
        why.append("same day, year untold")  # "on August 20" in two undated articles
    if a.city is not None and a.city == b.city:
        why.append("same city")
    if a.occasion and b.occasion and a.occasion & b.occasion:
        why.append("same occasion")
    same_kind = a.kind == b.kind or {a.kind, b.kind} == {"in_person", "visit"}
    if a.doc == b.doc and same_kind and not a.background and not b.background and _refers_back(a, b):
        why.append("same article")
    elif (
        a.doc == b.doc and {a.kind, b.kind} == {"planned", "cancelled"} and not (a.background or b.background)
    ):
        why.append("the plan its own article calls off")  # "Jordan calls off Biden's summit ... was to"
    if _untimed_plan(a) or _untimed_plan(b):
        return [w for w in why if w in {"same article", "the plan its own article calls off"}]
    return why


def _the_news_day(stated: Clues, news: Clues) -> bool:
    """Whether report ``stated`` gives one day, the day report ``news`` (its article's news, no
    day told) was published or the day before: a wire of the day, or of the next morning, tells
    the talks of that day ("Iranian and US envoys met in Muscat", published on the 12th; "the
    talks on April 12" told weeks later). Both name the same people, or one names besides only
    hosts of the country it places the talks in (:func:`_more_of_the_hosts`).

    >>> from extract.records import DateSpan, Person
    >>> pair = (Person(name="Ana Ruiz"), Person(name="Tomas Vanu"))
    >>> def on(day):
    ...     return clues(Meeting(doc="a", participants=pair, date=DateSpan(start=day, end=day)), None)
    >>> news = clues(Meeting(doc="b", participants=pair), date(2025, 3, 8))
    >>> _the_news_day(on(date(2025, 3, 8)), news), _the_news_day(on(date(2025, 3, 7)), news)
    (True, True)
    >>> _the_news_day(on(date(2025, 3, 4)), news)
    False
    """
    return (
        stated.doc != news.doc
        and stated.precision == "day"
        and stated.start is not None
        and stated.start == stated.end
        and news.published is not None
        and timedelta(0) <= news.published - stated.start <= timedelta(days=1)
        and (stated.people == news.people or _more_of_the_hosts(stated, news))
    )


def _more_of_the_hosts(a: Clues, b: Clues) -> bool:
    """Whether one report names everyone the other does and more, all of the country it places
    the meeting in: the host, or a mediator of the country the talks are held in ("met in
    Valletta, with Malta's foreign minister"), not a leader of a third country.

    >>> from extract.records import Person
    >>> ruiz, vanu = Person(name="Ana Ruiz", country="Peru"), Person(name="Tomas Vanu", country="Chile")
    >>> def told(*people, country=None):
    ...     return clues(Meeting(doc="a", participants=people, place=Place(country=country)), None)
    >>> said = Person(name="Omar Said", country="Malta")
    >>> _more_of_the_hosts(told(ruiz, vanu), told(ruiz, vanu, said, country="Malta"))
    True
    >>> _more_of_the_hosts(told(ruiz, vanu), told(ruiz, vanu, said, country="Peru"))
    False
    """
    small, big = (a, b) if len(a.people) < len(b.people) else (b, a)
    extra = {person: country for person, country in big.nations if person not in small.people}
    return (
        small.people < big.people
        and big.country is not None
        and len(extra) == len(big.people - small.people)
        and all(country == big.country for country in extra.values())
    )


def hints(a: Clues, b: Clues) -> list[str]:
    """The weak clues two reports (that do not :func:`conflict`) share, too weak to join them
    among meetings of the same people but enough to tell that a report fits the only meeting of
    its people: the same country; a month without a year that the other's days lie in; days
    told within a month each that overlap; the day an article that tells no day of its own was
    published, in the month or less the other states; an article that names, in its other
    reports, the occasion the other is at (a wire on the leaders' talks in Woodside that says Xi
    came for APEC, and a report of their talks at APEC).

    >>> from extract.records import DateSpan, Person
    >>> pair = (Person(name="Lee Jae-myung"), Person(name="Shigeru Ishiba"))
    >>> def told(doc, published=None, **facts):
    ...     return clues(Meeting(doc=doc, participants=pair, **facts), published)
    >>> june_9 = told("a", date=DateSpan(start=date(2025, 6, 9), end=date(2025, 6, 9)))
    >>> hints(told("b", date=DateSpan(month=6)), june_9)
    ['same month']
    >>> hints(told("b", place=Place(country="Japan")), told("c", place=Place(city="Tokyo", country="Japan")))
    ['same country']
    >>> hints(told("b", date(2025, 6, 10), kind="cancelled"), june_9), hints(told("b"), june_9)
    (['told in the days the other states'], [])
    """
    why: list[str] = []
    if a.country is not None and a.country == b.country:
        why.append("same country")
    if (a.month is not None and _month_fits(a.month, b) and (b.month is not None or _length(b) <= 62)) or (
        b.month is not None and _month_fits(b.month, a) and (a.month is not None or _length(a) <= 62)
    ):
        why.append("same month")
    elif _length(a) <= 31 and _length(b) <= 31 and _overlap(a, b, timedelta(0)):
        why.append("days that overlap")
    elif any(_published_in(x, y) for x, y in ((a, b), (b, a))):
        why.append("told in the days the other states")
    if any(x.occasion is None and y.occasion and x.scene & y.occasion for x, y in ((a, b), (b, a))):
        why.append("an article that names the other's occasion")
    return why


def _published_in(a: Clues, b: Clues) -> bool:
    """Whether report ``a``, dated only by its article, was published in the month or less
    that report ``b`` states."""
    return (
        a.timing in {"news", "around", "plan"}
        and a.published is not None
        and b.timing == "stated"
        and _length(b) <= 31
        and b.start is not None
        and b.start - SLACK <= a.published <= (b.end or b.start) + SLACK
    )


def _announced_that_week(a: Clues, b: Clues) -> bool:
    """Whether, of an undated plan and a held report that states its day, the day is in the
    week from the plan's publication: a meeting announced days before, or on the day.

    >>> from extract.records import DateSpan, Person
    >>> pair = (Person(name="Sergey Ryabkov"), Person(name="Lynne Tracy"))
    >>> plan = clues(Meeting(doc="a", participants=pair, kind="planned"), date(2025, 2, 11))
    >>> def held(d):
    ...     return clues(Meeting(doc="b", participants=pair, date=DateSpan(start=d, end=d)), None)
    >>> [_announced_that_week(plan, held(date(2025, m, 11))) for m in (2, 3)]
    [True, False]
    """
    plan, held = (a, b) if a.timing == "plan" else (b, a)
    if held.kind not in HELD or not _narrow(held) or plan.start is None or held.start is None:
        return False
    return plan.start <= held.start and (held.end or held.start) <= plan.start + timedelta(days=NEWS_DAYS)


def _untimed_plan(c: Clues) -> bool:
    """A plan or a cancellation that tells no day and has no dated article: it may have been
    for any year, and plans change, so of the clues here only its own article ties it to a
    meeting (:mod:`graph.merge` also gives it the only meeting of its people in its city). One
    that tells its day without a year ("will travel to Algiers on April 6") tells a day: a
    meeting that day in its city is the one it announced."""
    return c.kind in {"planned", "cancelled"} and c.timing is None and c.day is None


def _narrow(c: Clues) -> bool:
    """A stated day or week, within a span of at most a month (a day "in November 2023")."""
    return c.precision in {"day", "days", "week"}


def _length(c: Clues) -> int:
    return (c.end - c.start).days if c.start is not None and c.end is not None else 10**6


def _refers_back(a: Clues, b: Clues) -> bool:
    """Whether the later of two reports of one article tells no date of its own: a vaguer
    mention of the meeting told before ("The two leaders walked through the garden"); or, of two
    plans, the earlier tells neither a date nor a city: the plan told vaguely, then said out ("The
    two presidents agreed to meet in person soon. Lula suggested they meet during the ASEAN
    summit in Malaysia later this month")."""
    earlier, later = (b, a) if a.told_at >= b.told_at else (a, b)
    if a.kind == b.kind == "planned" and _vague(earlier):
        return True
    return later.timing != "stated" and later.month is None


def _vague(c: Clues) -> bool:
    """Whether a report tells no date, no month, no place and no occasion of its own."""
    return c.timing != "stated" and c.month is None and c.country is None and c.occasion is None


def strong(why: list[str], fit: str | None) -> bool:
    """Whether the shared clues are enough to join: any one for the same people; a day or a
    city when one report names more people than the other; a time both tell or a city when
    the people one names besides the other's are of the same countries (``delegations``:
    :func:`same_delegations`).

    >>> strong(["same occasion"], "same"), strong(["same occasion"], "more")
    (True, False)
    >>> strong(["news of the same week"], "delegations"), strong(["same occasion"], "delegations")
    (True, False)
    """
    if fit == "more":
        return bool({"same day", "dated the day the other article tells as news", "same city"} & set(why))
    if fit == "delegations":
        return bool(set(why) - {"same occasion", "same article", "the plan its own article calls off"})
    return bool(why)
