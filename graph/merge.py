"""Merging: one person under every spelling, one meeting under every report of it.

People. Two full names are one person when they have the same number of tokens (two or
more), their first names agree on the first three letters and their surnames are alike
(rapidfuzz ratio >= 85), after folding accents and case: Sergei/Sergey Lavrov, Volodymyr
Zelensky/Zelenskyy, Anthony/Antony Blinken. A one-token name ("Lavrov", "Xi") joins the one
person whose aliases, surname or, failing that, first token (family names written first, as
in "Xi Jinping") it matches: first among the people of its own document, then among all; an
ambiguous one stays a person of its own. A family name with its particle ("Al-Jaber", "bin
Salman") is such a short name, not a full one, and joins only a person of its own document:
families share it, so across articles it proves nothing. The canonical spelling is the one most documents
use, then the one seen first; every other spelling becomes an alias.
So are two full names one of which is the other with a given name or two before it that news
leaves off (:func:`extract.names.prefixed`): Muhammad Shehbaz Sharif and Shehbaz Sharif, not
Maryam Nawaz Sharif and her father Nawaz Sharif; and a full name
with one word after or inside another name used, when it is the only such and no country sets
them apart (:func:`_extended`): Hussein Awad Ali and Hussein Awad, Tomas Aleki Vanu and Tomas Vanu.
So is a name with a father's name and its "bin" left out ("Badr Albusaidi", "Badr bin Hamad
Albusaidi"), when it is the only name so shortened and both are said to be of one country or to
hold one office.

Meetings. Reports are read with the clues of :mod:`graph.clues`: two join when no clue sets
them apart (:func:`graph.clues.conflict`) and they share one that tells this meeting from the
others of the same people (:func:`graph.clues.support`: a day, news of the same week, a city,
an occasion, the same article, a day in the week its plan was announced); a missing date or
place is no such clue. Reports are taken most specific first (stated dates, narrowest first;
then dated by their article; then by a month; then the rest); each joins the meeting it fits
best, compared only with the meetings of its people that share a month of its days, its city,
an occasion word or its article. A meeting joins only reports compatible with every report
already in it, so no report bridges two meetings (a meeting whose reports of one day name two
places, one of them wrong, takes a report of the one it names: :meth:`_Meeting._the_other_place`);
only two reports of other articles, each naming most of the people of a third report of the
meeting, are not set apart by their people
(:meth:`_Meeting._parts_of_one`: two outlets naming two each of three leaders' talks, at no
gathering). A report that fits several equally joins the one held on the day it states (a day
apart only agrees), then the one whose documents its article's
other meetings share, or stays apart; one that fits none, held and not background (or
background naming a country), joins the only meeting of its people held as it says that tells
when or where and that no clue sets apart, if there is exactly one and a weak clue ties them
(:func:`graph.clues.hints`, or its article tells another meeting theirs tell), and if that
meeting, when one article tells it, fits no other as well; failing one of exactly its people,
the only such meeting whose reports name its people and one or two more members of their
delegations, or all but one or two of them (:func:`graph.clues.more_of_its_delegations`: one
outlet names the ministers at the table, the other only the leaders). A report that tells no
time of its own, in an article that dates talks of more of its people, is taken on their days
for this ("After the talks, Ruiz hosted a dinner for Vanu": not the pair's meeting of 2019);
a cancellation that tells no day of its own (none, or its article's), the only cancelled
meeting of its people that tells when or where; a plan that tells no time but a city, the
only meeting of its people in that city that its occasion or an article of its news ties to it
(a pair meets in one capital many times). A report joins a meeting of more people only if no
article tells them apart (:func:`graph.clues.subset_told_apart`); besides the same day or city,
its own article's later mention with no time of its own, naming one or two people more or fewer,
at no gathering, ties them (:func:`_retold_with_more`: "Borrell hosted the two leaders" after
"Vucic and Kurti agreed ... after talks in Brussels on Monday"). The merged meeting is of the
kind that happened (else cancelled, else planned), dated by the narrowest date a report of that
kind states, placed where most of its reports say (of near cities said as often, the smallest);
:func:`conflicts` lists what its reports disagree on and :func:`explain` why they were joined.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple, TypeVar

from extract.names import LINEAGE, PATRONYMIC, glued, prefixed, spelled
from extract.names import same_name as same_name  # re-exported: graph.same_name
from extract.records import (
    MEETING_KINDS,
    DateSpan,
    Document,
    Extraction,
    Meeting,
    MeetingKind,
    Person,
    Place,
    content_id,
    slug,
)
from graph import geo
from graph.clues import (
    HELD,
    NEAR_KM,
    PLAN_DAYS,
    Clues,
    clues,
    conflict,
    distance_km,
    hints,
    hosted,
    in_articles,
    kinds_conflict,
    more_of_its_delegations,
    occasion_key,
    same_delegations,
    stated_on,
    strong,
    subset_told_apart,
    support,
    two_places_that_day,
)
from graph.records import MergedMeeting, date_text

T = TypeVar("T")

ARTICLES = frozenset({"al", "el"})  # the article of an Arabic name's part: "al-Husseini"


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
    >>> docs = [Extraction(document=Document(id=d), people=(Person(name=n),))
    ...         for d, n in [("a", "Muhammad Ali Raza"), ("b", "Ali Raza"), ("c", "Ali Raza")]]
    >>> [(p.name, p.aliases) for p in merge_people(docs)]
    [('Ali Raza', ('Muhammad Ali Raza',))]
    """
    seen = list(mentions(extractions))
    groups = _UnionFind()  # over the folded full names (two tokens or more)
    buckets: dict[tuple[int, str], list[str]] = defaultdict(list)  # (tokens, first letters) -> names
    for _, person in seen:
        full = [slug(n) for n in _full_names(person)]
        for key in full:
            groups.union(full[0], key)
            parts = key.split("-")
            start = spelled(parts[0])[:3]  # as same_name compares first names: "Djuro" is "Đuro"
            if key not in buckets[len(parts), start]:
                buckets[len(parts), start].append(key)
    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if same_name(a, b):
                    groups.union(a, b)
    joined: dict[str, str] = {}  # "Abdelfattah Elsisi" is Abdel Fattah el-Sisi: the parts joined
    for key in list(groups.parent):
        joined.setdefault(glued(key), key)
        groups.union(joined[glued(key)], key)
    named = {slug(person.name) for _, person in seen}  # not an alias: "Lula da Silva"
    countries, offices = _said_of(seen)
    for key in list(groups.parent):  # "Muhammad Shehbaz Sharif" is Shehbaz Sharif
        parts = key.split("-")
        for n in (1, 2):
            tail = "-".join(parts[n:])
            if (
                tail in named
                and (
                    prefixed(" ".join(parts), " ".join(parts[n:]))
                    # any word before a name told of the same office, as a title or a chief's name
                    # the outlets of the country write first ("Prime Minister Hu'akavameiliku Siaosi
                    # Sovaleni" and "Prime Minister Siaosi Sovaleni"), of no other country
                    or (
                        prefixed(" ".join(parts), " ".join(parts[n:]), front=None)
                        and bool(offices[key] & offices[tail])
                        and len(countries[key] | countries[tail]) <= 1
                    )
                )
            ):
                groups.union(key, tail)
    for key, head in _extended(seen, named):  # "Hussein Awad Ali" is Hussein Awad
        groups.union(key, head)

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
            aliases[root].update(slug(a) for a in person.aliases if len(tokens(a)) == 1 or family_name(a))
    for key in groups.parent:
        parts = key.split("-")
        surnames[groups.find(key)].add(parts[-1])
        if len(parts) >= 3 and parts[-2] in LINEAGE:
            surnames[groups.find(key)].add("-".join(parts[-2:]))  # "al-jaber"
        firsts[groups.find(key)].add(parts[0])
    everyone = {groups.find(key) for key in groups.parent}

    def group_of(doc: str, person: Person) -> str:
        if full := _full_names(person):
            return groups.find(slug(full[0]))
        key = slug(person.name)
        for scope in (in_doc[doc],) if family_name(person.name) else (in_doc[doc], everyone):
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


def _extended(seen: Sequence[tuple[str, Person]], named: set[str]) -> list[tuple[str, str]]:
    """The full names (folded) that are another name used (``named``) with one more word after
    it or inside it: a last name, a grandfather's name or "Jr" left off, as in "Hussein Awad
    Ali" and "Hussein Awad", "Gilberto Teodoro Jr" and "Gilberto Teodoro"; or a middle name, as
    in "Tomas Aleki Vanu" and "Tomas Vanu"; or a middle name with its article ("al", "el"),
    as Arabic names are shortened: "Ali al-Husseini al-Sistani" and "Ali al-Sistani"; or a
    father's name with its "bin" before a family name, as Gulf names are written short ("Badr bin
    Hamad Albusaidi" and "Badr Albusaidi"), when both are told to be of one country or to hold one
    office (:func:`_said_alike`); or, of a
    name of four words or more, two such words,
    as readouts write names in full: "Mauro Luiz Iecker Vieira" and "Mauro Vieira", "Luis
    Alberto Arce Catacora" (a given name and the mother's surname) and "Luis Arce". Each pair is
    ``(longer, shorter)``; kept only when the words left out are no lineage words and follow
    none ("Mohammed bin"), the longer one
    leaves out a word of no other name used, the shorter one is no family name and no other
    name so extended, and the two are never said to be of different countries.

    >>> seen = [("a", Person(name="Hussein Awad Ali")), ("b", Person(name="Hussein Awad", country="Sudan"))]
    >>> _extended(seen, {"hussein-awad-ali", "hussein-awad"})
    [('hussein-awad-ali', 'hussein-awad')]
    >>> seen.append(("c", Person(name="Hussein Awad Omar")))
    >>> _extended(seen, {"hussein-awad-ali", "hussein-awad", "hussein-awad-omar"})
    []
    >>> seen = [("a", Person(name="Tomas Aleki Vanu")), ("b", Person(name="Tomas Vanu"))]
    >>> _extended(seen, {"tomas-aleki-vanu", "tomas-vanu"})
    [('tomas-aleki-vanu', 'tomas-vanu')]
    >>> seen = [("a", Person(name="Ali al-Husseini al-Sistani")), ("b", Person(name="Ali al-Sistani"))]
    >>> _extended(seen, {"ali-al-husseini-al-sistani", "ali-al-sistani"})
    [('ali-al-husseini-al-sistani', 'ali-al-sistani')]
    >>> seen = [("a", Person(name="Badr bin Hamad Albusaidi", role="Foreign Minister")),
    ...         ("b", Person(name="Badr Albusaidi", country="Oman", role="Foreign Minister"))]
    >>> _extended(seen, {"badr-bin-hamad-albusaidi", "badr-albusaidi"})
    [('badr-bin-hamad-albusaidi', 'badr-albusaidi')]
    >>> named = {"badr-bin-hamad-albusaidi", "badr-albusaidi"}
    >>> _extended(seen[:1] + [("b", Person(name="Badr Albusaidi"))], named)
    []
    >>> seen = [("a", Person(name="Luis Alberto Arce Catacora")), ("b", Person(name="Luis Arce"))]
    >>> _extended(seen, {"luis-alberto-arce-catacora", "luis-arce"})
    [('luis-alberto-arce-catacora', 'luis-arce')]
    """
    countries, offices = _said_of(seen)
    longer: dict[str, list[str]] = defaultdict(list)
    for key in countries:
        parts = key.split("-")
        heads = {  # the name with one word left out, neither the first nor a lineage word's
            "-".join(parts[:i] + parts[i + 1 :])
            for i in range(1, len(parts))
            if len(parts) >= 3 and parts[i] not in LINEAGE and parts[i - 1] not in LINEAGE
        }
        heads.update(  # or a middle name with its article: "Ali al-Husseini al-Sistani"
            "-".join(parts[:i] + parts[i + 2 :])
            for i in range(1, len(parts) - 2)
            if parts[i] in ARTICLES and parts[i + 1] not in LINEAGE and parts[i - 1] not in LINEAGE
        )
        fathers = {  # or a father's name with its "bin", a family name after it, as news writes
            # Gulf names short: "Badr bin Hamad Albusaidi" and "Badr Albusaidi"
            "-".join(parts[:i] + parts[i + 2 :])
            for i in range(1, len(parts) - 2)
            if parts[i] in PATRONYMIC and not {parts[i - 1], parts[i + 1]} & LINEAGE
        }
        heads.update(fathers)
        if len(parts) >= 4:  # or two: "Mauro Luiz Iecker Vieira", "Luis Alberto Arce Catacora"
            heads.update(
                "-".join(p for k, p in enumerate(parts) if k not in (i, j))
                for i in range(1, len(parts))
                for j in range(i + 1, len(parts))
                if not {parts[i], parts[j], parts[i - 1], parts[j - 1]} & LINEAGE
            )
        used = [head for head in heads if head in named and head in countries]
        if len(used) == 1 and (used[0] not in fathers or _said_alike(key, used[0], countries, offices)):
            longer[used[0]].append(key)
    return [
        (keys[0], head)
        for head, keys in longer.items()
        if len(keys) == 1 and not family_name(head) and len(countries[head] | countries[keys[0]]) <= 1
    ]


def _said_of(seen: Sequence[tuple[str, Person]]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The countries and the offices (folded) each full name (folded) is told with."""
    countries: dict[str, set[str]] = defaultdict(set)
    offices: dict[str, set[str]] = defaultdict(set)
    for _, person in seen:
        for name in _full_names(person):
            countries[slug(name)].update([person.country] if person.country else [])
            offices[slug(name)].update([slug(person.role)] if person.role else [])
    return countries, offices


def _said_alike(a: str, b: str, countries: Mapping[str, set[str]], offices: Mapping[str, set[str]]) -> bool:
    """Whether two names (folded) are both told to be of one country, and of no other, or to hold
    one office: a family shares its name and its given names, so a father's name left out needs
    the same said of both ("Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs";
    "Omani Foreign Minister Badr Albusaidi")."""
    one_country = len(countries[a]) == 1 and countries[a] == countries[b]
    return one_country or bool(offices[a] & offices[b])


def _full_names(person: Person) -> list[str]:
    """The spellings of a person's name, name first, that have two tokens or more and are no
    family name alone."""
    return [n for n in (person.name, *person.aliases) if len(tokens(n)) >= 2 and not family_name(n)]


def family_name(name: str) -> bool:
    """A family name with its particle and nothing more, which many people share.

    >>> family_name("Al-Jaber"), family_name("bin Salman"), family_name("Sultan Al Jaber")
    (True, True, False)
    """
    words = tokens(name)
    return 2 <= len(words) <= 3 and words[0] in LINEAGE


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


def same_meeting(a: Meeting, b: Meeting) -> bool:
    """Whether two reports, with canonical participants, can be reports of one meeting: no
    clue sets them apart (:func:`graph.clues.conflict`; publication dates not known).

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
    return conflict(clues(a, None), clues(b, None)) is None


def _specific_first(item: tuple[int, Clues]) -> tuple[int, int, int]:
    """Reports with stated dates first, the narrowest first; then those dated by their
    article's publication, then by a month alone, then the rest; each in the order given."""
    order, c = item
    if c.timing == "stated" and c.start is not None and c.end is not None:
        return (0, (c.end - c.start).days, order)
    if c.anchored:
        return (1, 0, order)
    if c.month is not None:
        return (2, 0, order)
    return (3 if c.city or c.occasion else 4, 0, order)


MONTH_BUCKETS = 14  # a report whose days span more months is found by its other clues
CROWDED = 50  # a city or occasion shared by more meetings of the same people tells none apart


def _months(c: Clues) -> range:
    """The months (counted from year 0) a report's days lie in, or none if they span too many."""
    if c.start is None or c.end is None:
        return range(0)
    first, last = c.start.year * 12 + c.start.month, c.end.year * 12 + c.end.month
    return range(first, last + 1) if last - first < MONTH_BUCKETS else range(0)


class _Meeting:
    """A meeting being gathered: its reports, their distinct clues, and per article the
    clues of the reports it told (for "same article")."""

    def __init__(self) -> None:
        self.reports: list[tuple[int, Clues]] = []
        self.facts: dict[Clues, None] = {}
        self.by_doc: dict[str, list[Clues]] = defaultdict(list)
        self.placed = False  # whether a report tells when (a date, or news of a dated article) or where

    @property
    def docs(self) -> set[str]:
        return set(self.by_doc)

    def add(self, order: int, c: Clues) -> None:
        self.reports.append((order, c))
        self.facts.setdefault(c)
        self.by_doc[c.doc].append(c)
        self.placed = self.placed or c.timing in {"stated", "news"} or c.place is not None

    def fits(self, c: Clues) -> tuple[int, int, bool, bool, bool] | None:
        """How well report ``c`` fits: (a group of its people named together, shared clues, its
        very day, same people, same kind), or None when a report of this meeting conflicts with
        it or they share too little to join. Of two meetings it fits by as many clues, one held
        on the day it states is the one: a neighbouring day only agrees (a time zone apart), the
        same day tells. Before the clues, a report of three leaders or more fits best the meeting
        whose report names the most of them (three at least, :func:`_group`): the summit its
        plan announced, not two of its leaders' talks its own article tells beside it."""
        if any(
            conflict(c, f) is not None and not self._parts_of_one(c, f) and not self._the_other_place(c, f)
            for f in self.told_with(c.doc)
        ):
            return None
        if (
            c.clocked
            and not any(f.start == c.start == c.end == f.end for f in self.facts)
            and any(f.start == f.end and f.start in c.clocked for f in self.facts if f.precision == "day")
        ):
            return None  # its article gives this meeting's day to another meeting of its people
        why: set[str] = set()
        fit = "same" if any(f.people == c.people for f in self.facts) else "more"
        if fit == "more" and all(same_delegations(c, f) for f in self.facts):
            fit = "delegations"
        for f in self.facts:
            why.update(support(c, f))
        why.discard("same article")
        if any(c.doc == o.doc and "same article" in support(c, o) for o in self.by_doc.get(c.doc, ())):
            why.add("same article")
        if not strong(sorted(why), fit) and not (
            fit == "more" and _retold_with_more(c, self.by_doc.get(c.doc, ()))
        ):
            return None
        if fit != "same" and subset_told_apart(c, [f for _, f in self.reports]):
            return None
        same_kind = any(f.kind == c.kind for f in self.facts)
        return (_group(c, self.facts), len(why), "same day" in why, fit == "same", same_kind)

    def told_with(self, doc: str) -> tuple[Clues, ...]:
        """The facts of this meeting, and the reports of article ``doc`` in it: a fact is kept once
        for every article stating it, and a report must fit its own article's too."""
        return (*self.facts, *self.by_doc.get(doc, ()))

    def _the_other_place(self, c: Clues, f: Clues) -> bool:
        """Whether report ``c`` conflicts with fact ``f`` of this meeting by ``f``'s place alone,
        where the meeting holds another report of ``f``'s people that states ``f``'s day and
        another place (:func:`graph.clues.two_places_that_day`: one of them told wrong), and ``c``
        agrees with that one: "held talks with Niinisto in Helsinki on Thursday" and "the two
        heads of state discussed ...", placed in Vilnius by its article's standfirst, are one
        meeting, which another outlet's report of the talks in Helsinki joins. Only a report that
        tells when (a day, or its article's week): one with a place alone may be any meeting of
        its people there."""
        return (
            c.timing in {"stated", "news"}
            and f.place is not None
            and conflict(c, replace(f, place=None, city=None, country=None)) is None
            and any(two_places_that_day(f, g) and conflict(c, g) is None for g in self.facts)
        )

    def _parts_of_one(self, c: Clues, f: Clues) -> bool:
        """Whether reports ``c`` and ``f``, of other articles and other people, each name most
        of the people of another report of this meeting and nothing but their people sets them
        apart: two outlets each naming two of the three leaders of talks a third outlet names
        in full ("Kagame and Tshisekedi met in Doha under the emir's auspices"; "the emir
        received Kagame"). Not at a gathering, where two of its leaders meet on its sidelines
        on their own (Xi and Putin at the SCO summit, apart from their talks with Khurelsukh).
        """
        return c.doc != f.doc and any(
            c.occasion is None
            and f.occasion is None
            and g.occasion is None
            and c.people < g.people
            and f.people < g.people
            and 2 * len(c.people) > len(g.people)
            and 2 * len(f.people) > len(g.people)
            and conflict(c, replace(f, people=g.people)) is None
            for g in self.facts
        )


def _group(c: Clues, facts: Iterable[Clues]) -> int:
    """How many of the people of report ``c`` a report of ``facts`` names with them, when three
    or more (a group that rarely meets alike), else 0: a pair meets too often to tell by it.

    >>> from datetime import date
    >>> def told(*names):
    ...     people = tuple(Person(name=n) for n in names)
    ...     return clues(Meeting(doc="a", participants=people), date(2024, 12, 4))
    >>> summit = told("Biden", "Lourenco", "Hichilema", "Tshisekedi")
    >>> _group(summit, [told("Biden", "Lourenco", "Tshisekedi")]), _group(summit, [told("Biden", "Lourenco")])
    (3, 0)
    """
    shared = max((len(c.people & f.people) for f in facts), default=0)
    return shared if shared >= 3 else 0


def _retold_with_more(c: Clues, told: Iterable[Clues]) -> bool:
    """Whether report ``c`` and one its own article told (``told``) are one mention of a
    meeting and a later, vaguer one that names one or two more of its people, the hosts or
    mediators of the talks ("Vucic and Kurti agreed to the plan after talks in Brussels on
    Monday"; "Borrell hosted the two leaders, alongside Lajcak"): the same article, the later
    telling no time of its own, neither at a gathering nor told as another meeting.

    >>> from datetime import date
    >>> from extract.records import Evidence
    >>> def told(*names, at, when=None):
    ...     people = tuple(Person(name=n) for n in names)
    ...     said = (Evidence(doc="a", text="...", start=at, end=at + 3),)
    ...     return clues(Meeting(doc="a", participants=people, date=when, evidence=said), date(2023, 2, 28))
    >>> talks = told("Vucic", "Kurti", at=0, when=DateSpan(start=date(2023, 2, 27), end=date(2023, 2, 27)))
    >>> _retold_with_more(told("Borrell", "Vucic", "Kurti", at=90), [talks])
    True
    >>> _retold_with_more(told("Borrell", "Vucic", "Kurti", "Lajcak", "Scholz", at=90), [talks])
    False
    >>> five = ("Zelensky", "Macron", "Merz", "Starmer", "Tusk")
    >>> _retold_with_more(told(*five, "Trump", at=90), [told(*five, at=0)])
    True
    """
    return any(
        "same article" in support(c, o)
        and min(len(c.people), len(o.people)) >= 2
        and (c.people < o.people or o.people < c.people)  # of three or more too, not only of a pair
        and len(c.people ^ o.people) <= 2
        and c.occasion is None
        and o.occasion is None
        and not (c.another or o.another)
        for o in told
    )


def cluster_reports(
    reports: Sequence[Meeting], published: Mapping[str, date | None] | None = None
) -> list[list[int]]:
    """Group reports (with canonical participants) into meetings; see the module docstring.
    ``published`` gives each document's publication date, by id.

    Returns the positions in ``reports`` of each meeting's reports, in increasing order.

    >>> from datetime import date
    >>> pair = (Person(name="Xi Jinping"), Person(name="Vladimir Putin"))
    >>> def day(d): return DateSpan(start=d, end=d)
    >>> reports = [Meeting(doc="a", participants=pair, date=day(date(2019, 6, 28))),
    ...            Meeting(doc="b", participants=pair),
    ...            Meeting(doc="c", participants=pair, date=day(date(2023, 3, 21)))]
    >>> cluster_reports(reports)
    [[0], [2], [1]]
    >>> cluster_reports(reports, {"b": date(2023, 3, 22)})
    [[0], [1, 2]]
    """
    published = published or {}
    gathering = _Gathering()
    found = in_articles([clues(r, published.get(r.doc)) for r in reports])
    tied: list[tuple[int, Clues, list[int]]] = []
    alone: list[tuple[int, Clues]] = []
    for order, c in sorted(enumerate(found), key=_specific_first):
        best = gathering.best(c)
        if len(best) == 1:
            gathering.add(best[0], order, c)
        elif best:
            tied.append((order, c, best))
        else:
            gathering.add(None, order, c)
            if (
                (c.kind in HELD and (not c.background or c.country))
                or _cancellation(c)
                or _untimed_plan_to(c)
                or _plan_to(c)
                or _plan_for_month(c)
            ):
                alone.append((order, c))
    for order, c, _ in tied:  # the meeting the article's other meetings share documents with
        best = gathering.best(c)
        kin = gathering.kin(c.doc)
        shared = {i: len(gathering.meetings[i].docs & kin) for i in best}
        top = [i for i in best if shared[i] == max(shared.values())]
        gathering.add(top[0] if len(top) == 1 else None, order, c)
    while alone:  # the only meeting of these people, so ended, that tells when or where
        left = [(order, c) for order, c in alone if not gathering.move(order, c)]
        if len(left) == len(alone):
            break
        alone = left  # a report moved makes its article kin of others: try the rest again
    return [sorted(order for order, _ in m.reports) for m in gathering.meetings if m.reports]


class _Gathering:
    """The meetings gathered so far, and the indexes that find those a report may join: by
    person and month (meetings whose days are bounded), by person and clue (article, city,
    occasion word), and by the set of people."""

    def __init__(self) -> None:
        self.meetings: list[_Meeting] = []
        self.by_month: dict[tuple[str, int], list[int]] = defaultdict(list)
        self.by_clue: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        self.by_people: dict[frozenset[str], list[int]] = defaultdict(list)
        self.by_person: dict[str, list[int]] = defaultdict(list)
        self.of_doc: dict[str, set[int]] = defaultdict(set)

    def best(self, c: Clues) -> list[int]:
        """The meetings report ``c`` fits best (:meth:`_Meeting.fits`); several on a tie."""
        near: dict[int, None] = {}
        for person in c.people:
            for month in _months(c):
                near.update(dict.fromkeys(self.by_month.get((person, month), ())))
            for key in _clue_keys(c):
                held = self.by_clue.get((person, *key), ())
                if len(held) <= CROWDED:
                    near.update(dict.fromkeys(held))
        scores = {i: s for i in near if (s := self.meetings[i].fits(c)) is not None}
        return [i for i, s in scores.items() if s == max(scores.values())]

    def kin(self, doc: str) -> set[str]:
        """The other documents that tell a meeting article ``doc`` tells."""
        return {d for i in self.of_doc.get(doc, ()) for d in self.meetings[i].docs} - {doc}

    def only(self, c: Clues, besides: int, facts: list[Clues]) -> int | None:
        """The one meeting of exactly the people of report ``c``, held as ``c`` says (or, for a
        cancellation, called off), that no clue sets apart from ``facts`` and that tells when or
        where; None if there is none, or more than one. For a report told as background, the one
        in the country it names, and not one its own article tells (that is the news it is the
        background of). For one person's visit or planned trip to a country, the meetings there
        of the visitor with people of that country count too (:func:`graph.clues.hosted`:
        "Erdogan had visited Egypt in February"; "Erdogan and el-Sisi agreed in February ..."),
        one that names no place as well as one there; of several such, the one most articles
        tell (the visit's talks, not the welcome at the airport); for a plan to meet people
        there, the visitor's trip there planned alone ("travels on to Fiji to meet Rabuka";
        "will continue to Fiji on Tuesday"). For a plan that tells no day, only where it is
        to be held, in a dated article (:func:`_plan_to`), the one meeting held there in the
        half year after the article ("invited Pena to visit Uruguay"; "held talks in Montevideo");
        so for a plan dated only by a month, in the half year from that month (:func:`_postponed`).
        For a plan that tells no time at all but a city (:func:`_untimed_plan_to`), the one there
        that its occasion or an article of its news ties to it: "expected in Rome to meet Meloni",
        in an undated wire, is not the pair's talks in Rome of another year."""
        candidates: list[int] = []
        held = dict.fromkeys(self.by_people.get(c.people, ()))
        own = set(held)
        if len(held) > CROWDED:  # so many meetings of these people that none is the only one
            return None
        trip = c.kind in {"visit", "planned"} and len(c.people) == 1 and c.country is not None
        if trip:
            for people, meetings in self.by_people.items():  # and the visitor's with its hosts
                if c.people < people and len(meetings) <= CROWDED:
                    held.update(dict.fromkeys(meetings))
        elif c.kind == "planned":  # a plan to meet the hosts: the visitor's trip there, planned alone
            for person in c.people:
                held.update(dict.fromkeys(self.by_people.get(frozenset({person}), ())))
        kin = self.kin(c.doc)
        untimed_plan = _untimed_plan_to(c)
        plan = _plan_to(c) or _plan_for_month(c)
        facts = [_postponed(x) for x in facts]
        for i in held:
            m = self.meetings[i]
            if i == besides:
                continue
            if untimed_plan and c.city:  # the meeting, of any end, in the city the plan names,
                # tied by a second clue: its occasion, or an article of its news (a pair meets in
                # one capital many times, and a plan with no time may be for any of them)
                fits = any(
                    f.city == c.city
                    and (i in own or hosted(c, f))
                    and (bool(m.docs & kin) or (c.occasion is not None and f.occasion == c.occasion))
                    for f in m.facts
                )
            elif untimed_plan:  # in the country it names, told by an article of its news
                fits = bool(m.docs & kin) and any(
                    f.country == c.country and (i in own or hosted(c, f)) for f in m.facts
                )
            elif plan:  # held where it names, on days the article's half year holds (no conflict)
                fits = any(
                    f.kind in HELD and f.anchored and _there(f, c) and (f.people == c.people or hosted(c, f))
                    for f in m.facts
                )
            else:
                fits = (
                    m.placed
                    and any(_ended_alike(f.kind, c.kind) for f in m.facts)
                    and any(f.people == c.people or hosted(c, f) for f in m.facts)
                    and (
                        not c.background
                        or (
                            c.doc not in m.docs
                            and any(
                                f.country in (c.country, None if hosted(c, f) else c.country) for f in m.facts
                            )
                        )
                    )
                    and (
                        _untimed_cancellation(c)  # a pair's cancelled meetings are few: the only one tells
                        or self.hinted(facts, m, kin)
                    )
                )
            if fits and not any(conflict(x, f) is not None for x in facts for f in m.told_with(x.doc)):
                candidates.append(i)
        if c.kind in HELD and not trip:
            candidates = [i for i in candidates if self._on_its_articles_days(facts, i)]
        if not candidates and not trip and not plan and not untimed_plan:
            candidates = self._of_its_delegations(c, besides, facts, kin)
        if len(candidates) > 1 and c.day is not None and c.month is not None:
            # a day without a year: the one meeting told on that day, not one told by its month
            month, day = c.month, c.day
            candidates = [
                i for i in candidates if any(stated_on(f, month, day) for f in self.meetings[i].facts)
            ]
        if len(candidates) > 1 and len({d for i in candidates for d in self.meetings[i].docs}) == 1:
            # of one article's meetings of these people, the one it tells as its news, not one it
            # tells as held before or after that ("The Sultan later hosted a lunch")
            news = [i for i in candidates if not all(f.another for f in self.meetings[i].facts)]
            candidates = news or candidates
        if len(candidates) > 1 and trip:  # the visit's talks: told by the most articles
            told = {i: len(self.meetings[i].docs) for i in candidates}
            candidates = [i for i in candidates if told[i] == max(told.values())]
        return candidates[0] if len(candidates) == 1 else None

    def _of_its_delegations(self, c: Clues, besides: int, facts: list[Clues], kin: set[str]) -> list[int]:
        """The meetings held as report ``c`` says, that tell when or where, whose reports name its
        people and one or two more members of their delegations, or all but one or two of them
        (:func:`graph.clues.more_of_its_delegations`: one outlet names the leaders, another the
        ministers at the table too), that no clue sets apart from ``facts`` and a weak clue ties
        to them; for :meth:`only`, when no meeting of exactly its people is such."""
        if c.background or not c.people:
            return []
        rarest = min(c.people, key=lambda person: len(self.by_person.get(person, ())))
        near = self.by_person.get(rarest, ())
        if len(near) > CROWDED:
            return []
        found = []
        for i in dict.fromkeys(near):
            m = self.meetings[i]
            if (
                i != besides
                and m.placed
                and any(_ended_alike(f.kind, c.kind) for f in m.facts)
                and any(more_of_its_delegations(c, f) for f in m.facts)
                and self.hinted(facts, m, kin)
                and not any(conflict(x, f) is not None for x in facts for f in m.told_with(x.doc))
                and self._on_its_articles_days(facts, i)
            ):
                found.append(i)
        return found

    def _on_its_articles_days(self, facts: Iterable[Clues], target: int) -> bool:
        """Whether reports ``facts`` and meeting ``target`` may be one when each report of either
        that tells no time of its own is given the time of the talks of more of its people its
        own article tells (:meth:`_around`): what happened around the talks ("After the talks,
        Ruiz hosted a dinner for Vanu") is of their days, not of another year's meeting of the
        pair another article tells.

        >>> from datetime import date
        >>> def told(doc, *names, when=None):
        ...     people = tuple(Person(name=n) for n in names)
        ...     return clues(Meeting(doc=doc, participants=people, date=when), None)
        >>> gathering = _Gathering()
        >>> gathering.add(None, 0, told("a", "Ruiz", "Vanu", "Paz", when=DateSpan(month=5, day=14)))
        >>> gathering.add(None, 1, told("a", "Ruiz", "Vanu"))
        >>> in_2019 = DateSpan(start=date(2019, 2, 1), end=date(2019, 2, 1))
        >>> gathering._on_its_articles_days([told("b", "Ruiz", "Vanu", when=in_2019)], 1)
        False
        >>> gathering._on_its_articles_days([told("b", "Ruiz", "Vanu", when=DateSpan(month=5, day=14))], 1)
        True
        """
        m = self.meetings[target]
        return not any(
            conflict(x, t) is not None
            for f in facts
            for g in m.facts
            for x, t in [*((y, g) for y in self._around(f)), *((f, y) for y in self._around(g))]
        )

    def _around(self, c: Clues) -> list[Clues]:
        """Report ``c`` on the days of each held meeting of more of its people, not told as
        background, that its own article dates; none when ``c`` tells a time of its own."""
        if c.timing == "stated" or c.month is not None or c.background:
            return []
        return [
            replace(
                c, start=f.start, end=f.end, timing=f.timing, precision=f.precision, month=f.month, day=f.day
            )
            for i in self.of_doc.get(c.doc, ())
            for f in self.meetings[i].by_doc.get(c.doc, ())
            if c.people < f.people
            and f.kind in HELD
            and not f.background
            and (f.timing == "stated" or f.month is not None)
        ]

    @staticmethod
    def hinted(facts: Iterable[Clues], m: _Meeting, kin: set[str]) -> bool:
        """Whether a weak clue ties reports ``facts`` to meeting ``m``: one of ``kin``, the
        documents that tell another meeting the reports' article tells, tells ``m`` too; or
        :func:`graph.clues.hints`."""
        return bool(m.docs & kin) or any(hints(x, f) for x in facts for f in m.facts)

    def rivals(self, target: int, own: int) -> bool:
        """Whether meeting ``target``, when only one article tells it, fits another meeting of
        its people as well as meeting ``own``: one held alike, that no clue sets apart and that
        a weak clue ties to it (:func:`graph.clues.hints`, or an article telling another
        meeting both tell)."""
        m = self.meetings[target]
        if len(m.docs) != 1:
            return False
        first = m.reports[0][1]
        kin = self.kin(first.doc)
        for i in dict.fromkeys(self.by_people.get(first.people, ())):
            other = self.meetings[i]
            if (
                i not in (target, own)
                and any(_ended_alike(f.kind, first.kind) for f in other.facts)
                and not any(conflict(x, f) is not None for x in m.facts for f in other.facts)
                and self.hinted(m.facts, other, kin)
            ):
                return True
        return False

    def move(self, order: int, c: Clues) -> bool:
        """Move the meeting report ``c`` began, when only its article tells it, into the
        :meth:`only` other meeting of its people, if there is one; returns whether it did, or
        whether it never will (another article already tells its meeting)."""
        own = next(i for i in self.of_doc[c.doc] if any(o == order for o, _ in self.meetings[i].reports))
        moving = self.meetings[own]
        if moving.docs != {c.doc} or moving.reports[0][0] != order:
            return True
        target = self.only(c, besides=own, facts=list(moving.facts))
        if target is not None and self.rivals(target, own):
            target = None  # a meeting one article tells that may be another's too is no one's only
        if target is not None:
            self.meetings[own] = _Meeting()  # left empty: dropped at the end
            for o, r in moving.reports:
                self.add(target, o, r)
        return target is not None

    def add(self, target: int | None, order: int, c: Clues) -> None:
        """Add report ``c`` to meeting ``target`` (a new one if None) and to the indexes."""
        if target is None:
            target = len(self.meetings)
            self.meetings.append(_Meeting())
        self.meetings[target].add(order, c)
        self.of_doc[c.doc].add(target)
        for person in c.people:
            for month in _months(c):
                _append(self.by_month[person, month], target)
            for key in _clue_keys(c):
                _append(self.by_clue[(person, *key)], target)
        _append(self.by_people[c.people], target)
        for person in c.people:
            _append(self.by_person[person], target)


def _cancellation(c: Clues) -> bool:
    """A cancellation, not told as background, that tells no day of its own: none, or only
    its article's (a meeting called off is news around its article's day)."""
    return c.kind == "cancelled" and c.timing in {None, "around"} and not c.background


def _untimed_plan_to(c: Clues) -> bool:
    """A plan, not told as background, that tells no time (no day, no dated article) but the
    city the meeting was to be held in: "will fly to Ottawa on Friday to meet Trudeau"; or the
    country, "will also meet the president during the visit" (a visit to China): that joins the
    meeting there that an article telling another meeting of its own article tells too."""
    return c.kind == "planned" and c.timing is None and (c.city or c.country) is not None and not c.background


def _plan_to(c: Clues) -> bool:
    """A plan, not told as background, that tells no day of its own, only where the meeting
    is to be held, in a dated article: "invited Pena to visit Uruguay", "will fly to Montevideo";
    the half year after its article (:data:`graph.clues.PLAN_DAYS`) is its time."""
    return (
        c.kind == "planned" and c.timing == "plan" and (c.city or c.country) is not None and not c.background
    )


def _plan_for_month(c: Clues) -> bool:
    """A plan, not told as background, dated only by a month, and the place the meeting is to be
    held: "expects to host her in Spain in April". Plans slip; its time is the half year from
    that month (:func:`_postponed`)."""
    return (
        c.kind == "planned"
        and c.timing == "stated"
        and c.precision == "month"
        and (c.city or c.country) is not None
        and not c.background
    )


def _postponed(c: Clues) -> Clues:
    """Report ``c``, when a :func:`_plan_for_month`, with the half year from its month as its days
    (:data:`graph.clues.PLAN_DAYS`): a visit planned for April and held in July is that visit;
    one held before April is another."""
    if not _plan_for_month(c) or c.start is None:
        return c
    return replace(c, end=c.start + timedelta(days=PLAN_DAYS))


def _there(held: Clues, plan: Clues) -> bool:
    """Whether a held report is in the place a plan names: its city, or, when the plan names
    only a country, that country."""
    return held.city == plan.city if plan.city else held.country == plan.country


def _untimed_cancellation(c: Clues) -> bool:
    """A cancellation, not told as background, that tells no time (no day, no dated article):
    no clue of time joins it to the cancelled meeting it is, so it joins the only one."""
    return c.kind == "cancelled" and c.timing is None and not c.background


def _ended_alike(a: MeetingKind, b: MeetingKind) -> bool:
    """Whether two reports say one end of a meeting: held (of kinds that agree), or cancelled.

    >>> _ended_alike("visit", "in_person"), _ended_alike("cancelled", "cancelled")
    (True, True)
    >>> _ended_alike("planned", "in_person"), _ended_alike("planned", "cancelled")
    (False, False)
    """
    if a == b == "cancelled":
        return True
    return a in HELD and b in HELD and not kinds_conflict(a, b)


def _append(held: list[int], meeting: int) -> None:
    if meeting not in held[-1:]:
        held.append(meeting)


def _clue_keys(c: Clues) -> list[tuple[str, str]]:
    """The clues, besides days, by which a report finds the meetings it may join."""
    keys = [("doc", c.doc)]
    if c.month is not None and c.day is not None:  # a day of a year untold ("on August 20")
        keys.append(("day", f"{c.month}-{c.day}"))
    if c.city:
        keys.append(("city", c.city))
    keys += [("occasion", word) for word in sorted(c.occasion or ())]
    return keys


def explain(reports: Sequence[Meeting], published: Mapping[str, date | None]) -> list[str]:
    """Why the reports of one meeting were joined: for each report after the first (in the
    order they are merged), the earlier report it shares most clues with, and those clues
    (:func:`graph.clues.support`); or, for a report that shares none, that this is the only
    meeting (or cancelled meeting) of its people that no clue sets apart from it.

    >>> from datetime import date
    >>> pair = (Person(name="Xi Jinping"), Person(name="Joe Biden"))
    >>> a = Meeting(doc="a", participants=pair, place=Place(city="Woodside", country="United States"))
    >>> b = Meeting(doc="b", participants=pair, place=Place(city="Woodside", country="United States"))
    >>> explain([a, b], {})
    ['b to a: same people, same city']
    """
    canonical = _canonical_reports([(r.doc, r) for r in reports], merge_people(_by_document(reports)))
    found = in_articles([clues(r, published.get(r.doc)) for r in canonical])
    ordered = sorted(enumerate(found), key=_specific_first)
    lines = []
    for n, (i, c) in enumerate(ordered[1:], start=1):
        best: tuple[int, list[str]] | None = None
        for j, other in ordered[:n]:
            why = support(c, other)
            if why and (best is None or len(why) > len(best[1])):
                best = (j, why)
        if best is not None:
            who = "same people" if found[best[0]].people == c.people else "more people named"
            lines.append(f"{reports[i].doc} to {reports[best[0]].doc}: {who}, {', '.join(best[1])}")
        else:
            which = "cancelled meeting" if c.kind == "cancelled" else "meeting"
            weak = list(dict.fromkeys(h for _, other in ordered[:n] for h in hints(c, other)))
            also = f" ({', '.join(weak)})" if weak else ""
            only = f"the only {which} of its people none sets apart{also}"
            lines.append(f"{reports[i].doc}: no clue shared; {only}")
    return lines


def _combine(reports: list[Meeting], canonical: list[Meeting]) -> MergedMeeting:
    """One meeting from its reports (and the same with canonical participants): the kind that
    happened (a plan's or a cancellation's when nothing did), the narrowest date stated by a
    report of that kind (or any), and the place, occasion most reports state."""
    people = list({p.id: p for r in canonical for p in r.participants}.values())
    countries = dict.fromkeys(c for r in reports for c in r.countries)
    countries.update(dict.fromkeys(p.country for p in people if p.country))
    kind = _kind(reports)
    dates = [
        (r.kind != kind, r.date.end - r.date.start, r.date)
        for r in reports
        if r.date and r.date.start and r.date.end
    ]
    date = min(dates, key=lambda d: d[:2])[2] if dates else None
    place = _place(reports)
    return MergedMeeting(
        id=meeting_id(people, date, place, kind),
        participants=tuple(people),
        countries=tuple(countries),
        place=place,
        occasion=_most_common(r.occasion for r in reports),
        date=date,
        kind=kind,
        reports=tuple(reports),
    )


def _kind(reports: Sequence[Meeting]) -> MeetingKind:
    """What a meeting's reports say became of it: held (the kind most reports of it held say;
    a call some call a phone call and others a video call was a video call; talks told with no
    place beside a call were that call), else cancelled, else planned.

    >>> _kind([Meeting(doc="a", participants=(), kind=k) for k in ("planned", "in_person")])
    'in_person'
    >>> _kind([Meeting(doc="a", participants=(), kind=k) for k in ("planned", "cancelled")])
    'cancelled'
    >>> _kind([Meeting(doc="a", participants=(), kind=k) for k in ("phone", "phone", "video")])
    'video'
    >>> _kind([Meeting(doc="a", participants=(), kind=k) for k in ("in_person", "in_person", "phone")])
    'phone'
    """
    kinds = Counter(r.kind for r in reports)
    if kinds["video"] and kinds["phone"]:  # one call (graph.clues._one_call): seen, it was a video call
        kinds["video"] += kinds.pop("phone")
    if (kinds["video"] or kinds["phone"]) and not any(
        r.place for r in reports if r.kind in {"in_person", "visit"}
    ):
        kinds.pop("in_person", None)  # talks told with no place beside a call: that call, "spoke to"
        kinds.pop("visit", None)
    held = [k for k in kinds if k in HELD]
    if held:
        return max(held, key=lambda k: (kinds[k], -MEETING_KINDS.index(k)))
    return "cancelled" if "cancelled" in kinds else "planned"


def _place(reports: Sequence[Meeting]) -> Place | None:
    """The country most reports name, then the city most articles of its reports in that
    country (or with no country) name, and the region most such reports name; of cities near
    each other named as often the smallest (the venue, not the city of the dateline near it:
    Woodside, not San Francisco, however often one article repeats it); None when no report
    names a place.

    >>> def at(city):
    ...     return Meeting(doc="a", participants=(), place=Place(city=city, country="United States"))
    >>> _place([at("San Francisco"), at("Woodside")]).city
    'Woodside'
    """
    places = [r.place for r in reports if r.place]
    country = _most_common(p.country for p in places)
    there = [p for p in places if p.country in (None, country)]
    # each article names a city once, however many of its sentences repeat it (its dateline's)
    cities = Counter(
        city
        for _, city in dict.fromkeys(
            (r.doc, r.place.city)
            for r in reports
            if r.place and r.place.city and r.place.country in (None, country)
        )
    )
    most = [c for c in cities if cities[c] == max(cities.values())]
    if any((distance_km(a, country, b, country) or 0) > NEAR_KM for a in most for b in most):
        most = most[:1]  # far apart: one report is wrong; the first seen, as for other facts
    place = Place(
        city=min(most, key=lambda c: _people_in(c, country)) if most else None,
        country=country,
        region=_most_common(p.region for p in there),
    )
    return place if place != Place() else None


def _people_in(city: str, country: str | None) -> int:
    """How many people live in a city, as far as the gazetteer knows (0 when it does not)."""
    found = geo.city(city, country)
    return found.population if found else 0


class Conflict(NamedTuple):
    """A fact the reports of one meeting disagree on: each value, with the documents stating it."""

    fact: str
    stated: tuple[tuple[str, tuple[str, ...]], ...]


def _told_by(values: dict[str, dict[str, list[str]]], group: str, value: str, doc: str) -> None:
    """Note that ``doc`` tells ``value`` of a fact, under the ``group`` of the values that agree."""
    docs = values.setdefault(group, {}).setdefault(value, [])
    if doc not in docs:
        docs.append(doc)


def conflicts(meeting: MergedMeeting) -> list[Conflict]:
    """The facts the reports of ``meeting`` disagree on: cities or countries that differ,
    occasions that share no key word, stated dates that do not overlap, and whether it was held
    or called off (a plan is no such report: it was told before the meeting was held or not).

    >>> from datetime import date
    >>> pair = (Person(name="Xi Jinping"), Person(name="Joe Biden"))
    >>> def told(doc, city):
    ...     return Meeting(doc=doc, participants=pair, place=Place(city=city, country="United States"))
    >>> m = MergedMeeting(id="m-1", participants=pair, reports=(
    ...     told("a", "Woodside"), told("b", "Woodside"), told("c", "San Francisco")))
    >>> conflicts(m)
    [Conflict(fact='city', stated=(('Woodside', ('a', 'b')), ('San Francisco', ('c',))))]
    """
    found: list[Conflict] = []
    for fact in ("city", "country"):
        stated: dict[str, dict[str, list[str]]] = {}
        for r in meeting.reports:
            if text := r.place and (r.place.city if fact == "city" else r.place.country):
                _told_by(stated, slug(text), text, r.doc)
        if len(stated) > 1:
            found.append(Conflict(fact, _values(stated)))
    occasions: dict[str, dict[str, list[str]]] = {}
    for r in meeting.reports:
        if r.occasion:
            words = occasion_key(r.occasion.name)
            group = next((g for g in occasions if occasion_key(g) & words), r.occasion.name)
            _told_by(occasions, group, r.occasion.name, r.doc)
    if len(occasions) > 1:
        found.append(Conflict("occasion", _values(occasions)))
    ends = [r for r in meeting.reports if r.kind != "planned"]
    if any(r.kind == "cancelled" for r in ends) and any(r.kind in HELD for r in ends):
        kinds: dict[str, dict[str, list[str]]] = {}
        for r in ends:
            _told_by(kinds, r.kind, r.kind, r.doc)
        found.append(Conflict("kind", _values(kinds)))
    spans = [r for r in meeting.reports if r.date and r.date.start and r.date.end]
    apart = any(
        a.date.end < b.date.start or b.date.end < a.date.start  # type: ignore[union-attr, operator]
        for i, a in enumerate(spans)
        for b in spans[i + 1 :]
    )
    if apart:
        days: dict[str, dict[str, list[str]]] = {}
        for r in spans:
            docs = days.setdefault(date_text(r.date), {}).setdefault(date_text(r.date), [])
            if r.doc not in docs:
                docs.append(r.doc)
        found.append(Conflict("date", _values(days)))
    return found


def _values(stated: dict[str, dict[str, list[str]]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each group's most stated spelling, with every document stating any spelling of it."""
    out = []
    for spellings in stated.values():
        name = max(spellings, key=lambda n: len(spellings[n]))
        docs = dict.fromkeys(d for ds in spellings.values() for d in ds)
        out.append((name, tuple(docs)))
    return tuple(out)


def announced(meeting: MergedMeeting) -> list[Meeting]:
    """The reports that announced ``meeting`` before it was held or called off: its plans,
    when it is not a plan itself.

    >>> pair = (Person(name="Xi Jinping"), Person(name="Joe Biden"))
    >>> plan = Meeting(doc="a", participants=pair, kind="planned")
    >>> held = MergedMeeting(id="m-1", participants=pair, kind="in_person",
    ...                      reports=(plan, Meeting(doc="b", participants=pair)))
    >>> [r.doc for r in announced(held)]
    ['a']
    """
    if meeting.kind == "planned":
        return []
    return [r for r in meeting.reports if r.kind == "planned"]


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
    >>> def doc(id, *names, when=None, published=None):
    ...     people = tuple(Person(name=n) for n in names)
    ...     met = Meeting(doc=id, participants=people, date=when and DateSpan(start=when, end=when))
    ...     return Extraction(document=Document(id=id, published=published), people=people, meetings=(met,))
    >>> merged = merge_meetings([doc("a", "Wang Yi", "Sergei Lavrov", when=date(2024, 11, 18)),
    ...                          doc("b", "Wang Yi", "Sergey Lavrov", published=date(2024, 11, 19))])
    >>> [(m.date.start.isoformat(), m.docs) for m in merged]
    [('2024-11-18', ('a', 'b'))]
    """
    if people is None:
        people = merge_people(extractions)
    reports = [(x.document.id, m) for x in extractions for m in x.meetings]
    canonical = _canonical_reports(reports, people)
    meetings: list[MergedMeeting] = []
    taken: Counter[str] = Counter()
    published = {x.document.id: x.document.published for x in extractions}
    for cluster in cluster_reports(canonical, published):
        merged = _combine([reports[i][1] for i in cluster], [canonical[i] for i in cluster])
        taken[merged.id] += 1
        if taken[merged.id] > 1:  # same people, day, place and kind, yet apart: rare, keep both
            merged = merged.model_copy(update={"id": f"{merged.id}-{taken[merged.id]}"})
        meetings.append(merged)
    return sorted(meetings, key=_chronological)


def _canonical_reports(reports: Sequence[tuple[str, Meeting]], people: PersonIndex) -> list[Meeting]:
    """The reports, each with the canonical people its participants stand for."""
    canonical = []
    for doc, m in reports:
        participants = {p.id: p for p in (people.resolve(doc, q) for q in m.participants)}
        canonical.append(m.model_copy(update={"participants": tuple(participants.values())}))
    return canonical


def _by_document(reports: Sequence[Meeting]) -> list[Extraction]:
    """The reports as the extractions of their documents (people: those they name)."""
    docs: dict[str, list[Meeting]] = defaultdict(list)
    for r in reports:
        docs[r.doc].append(r)
    return [Extraction(document=Document(id=doc), meetings=tuple(told)) for doc, told in docs.items()]


def _told_at(report: Meeting) -> int:
    """Where in its document a report is first told."""
    return min((e.start for e in report.evidence), default=0)


def _chronological(m: MergedMeeting) -> tuple[bool, str, int, str, int, str]:
    """Dated meetings by date; then those with a month but no year, by month; then the rest;
    each in the order their first reports tell them (document, then place in it)."""
    start = m.date.start.isoformat() if m.date and m.date.start else ""
    month = min((r.date.month for r in m.reports if r.date and r.date.month), default=13)
    first = min(((r.doc, _told_at(r)) for r in m.reports), default=("", 0))
    return (not start, start, month, *first, m.id)
