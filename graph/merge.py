"""Merging: one person under every spelling, one meeting under every report of it.

People. Two full names are one person when they have the same number of tokens (two or
more), their first names agree on the first three letters and their surnames are alike
(rapidfuzz ratio >= 85), after folding accents and case: Sergei/Sergey Lavrov, Volodymyr
Zelensky/Zelenskyy, Anthony/Antony Blinken. A one-token name ("Lavrov", "Xi") joins the one
person whose aliases, surname or, failing that, first token (family names written first, as
in "Xi Jinping") it matches: first among the people of its own document, then among all; an
ambiguous one stays a person of its own. The canonical spelling is the one most documents
use, then the one seen first; every other spelling becomes an alias.

Meetings. Two reports are of the same meeting when they have the same participants (half of
all of them in common when both name three or more), compatible kinds (planned and cancelled
only with themselves; in_person with visit), dates that overlap or lie within a day of each
other, places that do not disagree (same country; same city where both name one) and no two
different occasions (a BRICS summit is not an SCO summit); a missing date, place or occasion
is compatible with anything. A meeting joins only reports compatible
with every report already in it, so an undated report cannot bridge two dated meetings. An
undated report that fits several meetings joins the one that agrees with it on most known
facts (its own document counting only for a meeting that document told before it), or stays
apart on a tie. The merged meeting takes the most specific date and the most
often stated place, occasion and kind.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta
from typing import TypeVar

from extract.names import same_name as same_name  # re-exported: graph.same_name
from extract.records import (
    MEETING_KINDS,
    DateSpan,
    Extraction,
    Meeting,
    MeetingKind,
    Person,
    Place,
    content_id,
    slug,
)
from graph.records import MergedMeeting

T = TypeVar("T")


def tokens(name: str) -> list[str]:
    """A name's tokens after folding accents and case.

    >>> tokens("Péter Szijjártó")
    ['peter', 'szijjarto']
    """
    return [t for t in slug(name).split("-") if t]


class PersonIndex:
    """The canonical people, and which of them each spelling in each document names."""

    def __init__(self, people: Sequence[Person], names: dict[tuple[str, str], Person]) -> None:
        self.people = list(people)
        self._names = names

    def resolve(self, doc: str, person: Person) -> Person:
        """The canonical person that ``person``, as named in document ``doc``, stands for.

        >>> index = merge_people([])
        >>> index.resolve("a", Person(name="Nurtleu")).name
        'Nurtleu'
        """
        return self._names.get((doc, slug(person.name)), person)

    def __iter__(self) -> Iterator[Person]:
        return iter(self.people)

    def __len__(self) -> int:
        return len(self.people)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def mentions(extractions: Iterable[Extraction]) -> Iterator[tuple[str, Person]]:
    """Every person each document names, as ``(doc id, person)``, in order.

    >>> from extract.records import Document
    >>> x = Extraction(document=Document(id="a"), people=(Person(name="Wang Yi"),))
    >>> list(mentions([x]))
    [('a', Person(name='Wang Yi', aliases=(), country=None, role=None))]
    """
    for x in extractions:
        for person in x.people:
            yield x.document.id, person
        for meeting in x.meetings:
            for person in meeting.participants:
                yield x.document.id, person


def merge_people(extractions: Iterable[Extraction]) -> PersonIndex:
    """Group every spelling of every person across documents into canonical people.

    >>> from extract.records import Document
    >>> docs = [Extraction(document=Document(id=d), people=(Person(name=n), Person(name="Lavrov")))
    ...         for d, n in [("a", "Sergei Lavrov"), ("b", "Sergey Lavrov"), ("c", "Sergey Lavrov")]]
    >>> [(p.name, p.aliases) for p in merge_people(docs)]
    [('Sergey Lavrov', ('Sergei Lavrov', 'Lavrov'))]
    """
    seen = list(mentions(extractions))
    groups = _UnionFind()  # over the folded full names (two tokens or more)
    buckets: dict[tuple[int, str], list[str]] = defaultdict(list)  # (tokens, first letters) -> names
    for _, person in seen:
        full = [slug(n) for n in _full_names(person)]
        for key in full:
            groups.union(full[0], key)
            parts = key.split("-")
            if key not in buckets[len(parts), parts[0][:3]]:
                buckets[len(parts), parts[0][:3]].append(key)
    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if same_name(a, b):
                    groups.union(a, b)

    # What a one-token name can stand for, most trusted first: an alias the document gave,
    # a surname, a first token (family names written first: "Xi" of "Xi Jinping").
    aliases: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, set[str]] = defaultdict(set)
    firsts: dict[str, set[str]] = defaultdict(set)
    in_doc: dict[str, set[str]] = defaultdict(set)
    for doc, person in seen:
        if full := _full_names(person):
            root = groups.find(slug(full[0]))
            in_doc[doc].add(root)
            aliases[root].update(slug(a) for a in person.aliases if len(tokens(a)) == 1)
    for key in groups.parent:
        surnames[groups.find(key)].add(key.split("-")[-1])
        firsts[groups.find(key)].add(key.split("-")[0])
    everyone = {groups.find(key) for key in groups.parent}

    def group_of(doc: str, person: Person) -> str:
        if full := _full_names(person):
            return groups.find(slug(full[0]))
        key = slug(person.name)
        for scope in (in_doc[doc], everyone):
            for hint in (aliases, surnames, firsts):
                found = {root for root in scope if key in hint[root]}
                if found:
                    return found.pop() if len(found) == 1 else key
        return key

    members: dict[str, list[tuple[str, Person]]] = defaultdict(list)
    for doc, person in seen:
        members[group_of(doc, person)].append((doc, person))
    people: list[Person] = []
    names: dict[tuple[str, str], Person] = {}
    for group in members.values():
        canonical = _canonical(group)
        people.append(canonical)
        for doc, person in group:
            names[doc, slug(person.name)] = canonical
    return PersonIndex(people, names)


def _full_names(person: Person) -> list[str]:
    """The spellings of a person's name, name first, that have two tokens or more."""
    return [n for n in (person.name, *person.aliases) if len(tokens(n)) >= 2]


def tidy(name: str) -> str:
    """A spelling without stray spaces or punctuation around it.

    >>> tidy(", Vladimir  Putin. ")
    'Vladimir Putin'
    """
    return re.sub(r"\s+", " ", name).strip(" ,.;:'\"")


def _canonical(group: list[tuple[str, Person]]) -> Person:
    """One person from all the mentions of them: most used spelling, every other as an alias."""
    spellings = list(dict.fromkeys(tidy(n) for _, p in group for n in (p.name, *p.aliases)))
    documents = Counter(name for _, name in dict.fromkeys((doc, tidy(p.name)) for doc, p in group))
    candidates = [n for n in documents if len(tokens(n)) >= 2] or list(documents)
    name = min(candidates, key=lambda n: (-documents[n], spellings.index(n)))
    return Person(
        name=name,
        aliases=tuple(s for s in spellings if s and s != name),
        country=_most_common(p.country for _, p in group),
        role=_most_common(p.role for _, p in group),
    )


def _most_common(values: Iterable[T | None]) -> T | None:
    """The most frequent value that is not None; ties go to the first seen.

    >>> _most_common([None, "Brazil", "Peru", "Peru"]), _most_common([None])
    ('Peru', None)
    """
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def _same_people(a: Meeting, b: Meeting) -> bool:
    ids_a, ids_b = {p.id for p in a.participants}, {p.id for p in b.participants}
    if not ids_a or not ids_b:
        return False
    if len(ids_a) <= 2 or len(ids_b) <= 2:
        return ids_a == ids_b
    return len(ids_a & ids_b) / len(ids_a | ids_b) >= 0.5


def _same_kind(a: MeetingKind, b: MeetingKind) -> bool:
    return a == b or {a, b} == {"in_person", "visit"}


def _same_dates(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Spans that overlap or touch; a month named without a year ("in July", in an undated
    article) agrees only with that month.

    >>> from datetime import date
    >>> july, september = DateSpan(precision="month", month=7), DateSpan(precision="month", month=9)
    >>> _same_dates(july, DateSpan(start=date(2022, 9, 1), end=date(2022, 9, 30), precision="month"))
    False
    >>> _same_dates(september, DateSpan(start=date(2022, 9, 16), end=date(2022, 9, 16)))
    True
    """
    if a is not None and b is not None and (a.month or b.month):
        return _same_month(a, b) if a.month else _same_month(b, a)
    if a is None or b is None or a.start is None or a.end is None or b.start is None or b.end is None:
        return True
    day = timedelta(days=1)
    return a.start <= b.end + day and b.start <= a.end + day


def _same_month(partial: DateSpan, other: DateSpan) -> bool:
    if other.month is not None:
        return other.month == partial.month
    if other.start is None or other.end is None or (other.end - other.start).days > 31:
        return True
    return partial.month in {other.start.month, other.end.month}


def _same_place(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    return all(
        x is None or y is None or slug(x) == slug(y) for x, y in ((a.country, b.country), (a.city, b.city))
    )


def same_meeting(a: Meeting, b: Meeting) -> bool:
    """Whether two reports, with canonical participants, can be reports of one meeting.

    >>> from datetime import date
    >>> xi, putin = Person(name="Xi Jinping"), Person(name="Vladimir Putin")
    >>> osaka = Meeting(doc="a", participants=(xi, putin), place=Place(city="Osaka", country="Japan"),
    ...                 date=DateSpan(start=date(2019, 6, 28), end=date(2019, 6, 28)))
    >>> same_meeting(osaka, Meeting(doc="b", participants=(putin, xi)))
    True
    >>> same_meeting(osaka, Meeting(doc="b", participants=(putin, xi), place=Place(city="Beijing")))
    False
    >>> from extract.records import Occasion
    >>> kazan = Meeting(doc="c", participants=(xi, putin), occasion=Occasion(name="BRICS summit"))
    >>> same_meeting(kazan, Meeting(doc="d", participants=(xi, putin), occasion=Occasion(name="SCO summit")))
    False
    """
    return (
        _same_people(a, b)
        and _same_kind(a.kind, b.kind)
        and _same_dates(a.date, b.date)
        and _same_place(a.place, b.place)
        and (a.occasion is None or b.occasion is None or a.occasion.id == b.occasion.id)
    )


def _agreement(a: Meeting, b: Meeting) -> int:
    """How many known facts report ``a`` shares with ``b``: city, country, occasion, dates, and
    the document, where ``a`` is told no earlier than ``b`` in it (a later, vaguer mention refers back to a
    meeting told before: "The two ministers exchanged views"; the news an article opens with is
    not the earlier meeting its background tells)."""
    pa, pb = a.place or Place(), b.place or Place()
    same = [
        a.doc == b.doc and _told_at(b) <= _told_at(a),
        pa.city is not None and pb.city is not None and slug(pa.city) == slug(pb.city),
        pa.country is not None and pb.country is not None and slug(pa.country) == slug(pb.country),
        a.occasion is not None and b.occasion is not None and a.occasion.id == b.occasion.id,
        bool(a.date and a.date.resolved and b.date and b.date.resolved and _same_dates(a.date, b.date)),
    ]
    return sum(same)


def _told_at(report: Meeting) -> int:
    """Where in its document a report is first told."""
    return min((e.start for e in report.evidence), default=0)


def _specific_first(item: tuple[int, Meeting]) -> tuple[bool, int, int]:
    """Dated reports first, the narrowest dates first, then in the order given."""
    order, report = item
    if report.date and report.date.start and report.date.end:
        return (False, (report.date.end - report.date.start).days, order)
    return (True, 0, order)


def cluster_reports(reports: Sequence[Meeting]) -> list[list[int]]:
    """Group reports (with canonical participants) into meetings; see the module docstring.

    Returns the positions in ``reports`` of each meeting's reports, in increasing order.

    >>> from datetime import date
    >>> pair = (Person(name="Xi Jinping"), Person(name="Vladimir Putin"))
    >>> def day(d): return DateSpan(start=d, end=d)
    >>> reports = [Meeting(doc="a", participants=pair, date=day(date(2019, 6, 28))),
    ...            Meeting(doc="b", participants=pair),
    ...            Meeting(doc="c", participants=pair, date=day(date(2023, 3, 21)))]
    >>> cluster_reports(reports)
    [[0], [2], [1]]
    """
    clusters: list[list[tuple[int, Meeting]]] = []
    by_person: dict[str, list[int]] = defaultdict(list)
    # same_meeting reads only what _facts keeps: each cluster's reports are compared once per
    # distinct set of facts, not once each (a meeting reported by hundreds of articles)
    facts: list[dict[tuple[object, ...], Meeting]] = []
    for order, report in sorted(enumerate(reports), key=_specific_first):
        near = dict.fromkeys(i for p in report.participants for i in by_person[p.id])
        fits = [i for i in near if all(same_meeting(report, other) for other in facts[i].values())]
        if len(fits) > 1:
            score = {i: max(_agreement(report, other) for _, other in clusters[i]) for i in fits}
            fits = [i for i in fits if score[i] == max(score.values())]
        if len(fits) == 1:
            clusters[fits[0]].append((order, report))
            facts[fits[0]].setdefault(_facts(report), report)
            continue
        clusters.append([(order, report)])
        facts.append({_facts(report): report})
        for person in report.participants:
            by_person[person.id].append(len(clusters) - 1)
    return [sorted(order for order, _ in cluster) for cluster in clusters]


def _facts(report: Meeting) -> tuple[object, ...]:
    """What :func:`same_meeting` compares of a report: people, kind, dates, place, occasion."""
    return (
        frozenset(p.id for p in report.participants),
        report.kind,
        report.date,
        report.place,
        report.occasion and report.occasion.id,
    )


def _combine(reports: list[Meeting], canonical: list[Meeting]) -> MergedMeeting:
    """One meeting from its reports (and the same with canonical participants)."""
    people = list({p.id: p for r in canonical for p in r.participants}.values())
    countries = dict.fromkeys(c for r in reports for c in r.countries)
    countries.update(dict.fromkeys(p.country for p in people if p.country))
    places = [r.place for r in reports if r.place]
    place = Place(
        city=_most_common(p.city for p in places),
        country=_most_common(p.country for p in places),
        region=_most_common(p.region for p in places),
    )
    dates = [(r.date.end - r.date.start, r.date) for r in reports if r.date and r.date.start and r.date.end]
    date = min(dates, key=lambda d: d[0])[1] if dates else None
    kinds = Counter(r.kind for r in reports)
    kind = max(kinds, key=lambda k: (kinds[k], -MEETING_KINDS.index(k)))
    return MergedMeeting(
        id=meeting_id(people, date, place, kind),
        participants=tuple(people),
        countries=tuple(countries),
        place=place if place != Place() else None,
        occasion=_most_common(r.occasion for r in reports),
        date=date,
        kind=kind,
        reports=tuple(reports),
    )


def meeting_id(people: Sequence[Person], date: DateSpan | None, place: Place | None, kind: str) -> str:
    """A meeting's id, derived from its participants, start day, place and kind.

    >>> a = meeting_id([Person(name="Wang Yi"), Person(name="Sergey Lavrov")], None, None, "phone")
    >>> a == meeting_id([Person(name="Sergey Lavrov"), Person(name="Wang Yi")], None, None, "phone")
    True
    """
    place = place or Place()
    participants = "|".join(sorted(p.id for p in people))
    return content_id("m", participants, date and date.start, place.country, place.city, kind)


def merge_meetings(
    extractions: Sequence[Extraction], people: PersonIndex | None = None
) -> list[MergedMeeting]:
    """Merge the meeting reports of all documents into meetings, in order (:func:`_chronological`).

    ``people`` is the result of :func:`merge_people` on the same extractions (computed when
    not given). Ids are derived from content, so the same input gives the same ids.

    >>> from datetime import date
    >>> from extract.records import Document
    >>> def doc(id, *names, when=None):
    ...     people = tuple(Person(name=n) for n in names)
    ...     return Extraction(document=Document(id=id), people=people, meetings=(Meeting(
    ...         doc=id, participants=people, date=when and DateSpan(start=when, end=when)),))
    >>> merged = merge_meetings([doc("a", "Wang Yi", "Sergei Lavrov", when=date(2024, 11, 18)),
    ...                          doc("b", "Wang Yi", "Sergey Lavrov")])
    >>> [(m.date.start.isoformat(), m.docs) for m in merged]
    [('2024-11-18', ('a', 'b'))]
    """
    if people is None:
        people = merge_people(extractions)
    reports = [(x.document.id, m) for x in extractions for m in x.meetings]
    canonical = []
    for doc, m in reports:
        participants = {p.id: p for p in (people.resolve(doc, q) for q in m.participants)}
        canonical.append(m.model_copy(update={"participants": tuple(participants.values())}))
    meetings: list[MergedMeeting] = []
    taken: Counter[str] = Counter()
    for cluster in cluster_reports(canonical):
        merged = _combine([reports[i][1] for i in cluster], [canonical[i] for i in cluster])
        taken[merged.id] += 1
        if taken[merged.id] > 1:  # same people, day, place and kind, yet apart: rare, keep both
            merged = merged.model_copy(update={"id": f"{merged.id}-{taken[merged.id]}"})
        meetings.append(merged)
    return sorted(meetings, key=_chronological)


def _chronological(m: MergedMeeting) -> tuple[bool, str, int, str, int, str]:
    """Dated meetings by date; then those with a month but no year, by month; then the rest;
    each in the order their first reports tell them (document, then place in it)."""
    start = m.date.start.isoformat() if m.date and m.date.start else ""
    month = min((r.date.month for r in m.reports if r.date and r.date.month), default=13)
    first = min(((r.doc, _told_at(r)) for r in m.reports), default=("", 0))
    return (not start, start, month, *first, m.id)
