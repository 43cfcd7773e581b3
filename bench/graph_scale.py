"""How fast ``dipgraph who-met`` and the people view are on a big knowledge base.

Builds a synthetic knowledge base of ``--meetings`` merged meetings (default 1,000,000) among
``--people`` people (default 20,000), with a fixed random seed:

- people: a first name (some with accents, some with a second spelling that becomes an
  alias, as "Sergey" and "Sergei") and a made-up surname (some with accents, their unaccented
  spelling an alias), a country and a role; no two of them alike enough for the merge to
  take them for one person;
- meetings: 2 participants (75%), 3 (20%) or 4-5, each drawn with Zipf weights (the k-th
  person in proportion to 1/k), so that a few leaders meet very often and most people
  seldom; a kind (in person 55%, visit 10%, phone 20%, video 5%, planned 7%, cancelled 3%);
  a day from 2015 to 2024; a city of ``CITIES`` (none for phone and video calls, and for 5%
  of the others); an occasion of ``OCCASIONS`` for 8% of those held in person;
- reports: each meeting is reported by 1 (60%), 2 (28%) or 3 documents, each stating it
  alike in one evidence sentence; each document has a title, a day and an outlet.

No two meetings are ones that merging would take for one (same people, compatible kinds and
places, days less than two apart: such a draw is drawn again), so the knowledge base is what
``dipgraph ingest`` would make of those documents. It is written directly, without the merge
(which would take hours): :meth:`graph.store.KnowledgeBase.load`, which marks it merged.
The build runs in a child process of its own, whose time and peak RSS are shown.

Then it measures, with the knowledge base built (or the one at ``--db``, if it exists; one of
an older schema is brought up to date when first opened):

(a) who-met: ``--names`` people (default 200), half drawn uniformly among the people (most
    of whom meet seldom), half in proportion to how many meetings they attend (so the
    leaders come up often); each is asked by full name, then by surname alone, as
    ``dipgraph who-met Lavrov`` is (a surname may match several people: then the command
    names them). Timed: what the command does between opening the knowledge base and
    printing, :func:`graph.cli.met_whom` (the person the name picks, the totals of the
    counterparts met most, shown in its table, and how many there are), with the knowledge
    base open already; not the process start, nor drawing the table. Median, 90th and 99th
    percentile and maximum, in milliseconds; the busiest person alone, median of five. Also
    the whole command, ``dipgraph who-met NAME`` in a child process (process start, imports
    and the table included), five times for a person drawn uniformly and for the busiest.
(b) the people view: ``dipgraph export FILE.graphml --view people --format graphml --db KB``
    in a child process, wall time and peak RSS, median of ``--runs`` runs; then the same
    steps in this process, timed one by one: reading the meetings and pairing their people
    (:func:`graph.views.people_view_of` of ``kb.meeting_facts()``), making the edges and
    writing the GraphML file (:func:`graph.export.write_people_graphml`). Then the network
    page, ``dipgraph export network.html`` (the 20,000 meetings that began last), and the
    page of the busiest person's meetings (``--person``, the same window of them), once each
    (left out with ``--no-page``); with ``--whole-page`` also the page of every meeting
    (``--page-meetings 0``).
(c) ``dipgraph path A B`` between the two people who attend most meetings: what the command
    does with the knowledge base open (:func:`graph.cli.chain_of`), median of five; the whole
    command, and ``dipgraph people``, median of three.

Peak RSS of a command is its own (GNU time's ``%M``); its CPU time (user and system) is
shown beside its wall time, and the load average beside both: on a shared machine the wall
time grows with the load, the CPU time much less.

Run it from the repository root:

    .venv/bin/python bench/graph_scale.py                           # 1,000,000 meetings, ~30 min
    .venv/bin/python bench/graph_scale.py --meetings 100000 --db /tmp/kb100k.db   # ~5 min
    .venv/bin/python bench/graph_scale.py --meetings 200 --people 50 --runs 1   # a smoke run
    .venv/bin/python bench/graph_scale.py --db /tmp/kb.db           # build once, measure again later
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
DIPGRAPH = str(Path(sys.executable).parent / "dipgraph")  # the command, installed beside this Python
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from extract.places import fold  # noqa: E402
from extract.records import (  # noqa: E402
    MEETING_KINDS,
    DateSpan,
    Document,
    Evidence,
    Meeting,
    Occasion,
    Person,
    Place,
)
from graph.merge import meeting_id  # noqa: E402
from graph.records import MergedMeeting  # noqa: E402
from graph.store import KnowledgeBase  # noqa: E402

SEED = 6
ZIPF = 1.0  # the k-th person is drawn in proportion to 1 / k ** ZIPF
FIRST_DAY, DAYS = date(2015, 1, 1), 3653  # 2015 to 2024

FIRST_NAMES = (
    "Sergey", "Dmitry", "Alexey", "Andrei", "Yuri", "Mohammed", "Ahmed", "Ali", "Hassan", "Omar",
    "Wang", "Li", "Zhang", "Liu", "Chen", "Narendra", "Subrahmanyam", "Rajnath", "Piyush", "Joko",
    "Retno", "Prabowo", "Anthony", "Joseph", "Kamala", "Hillary", "Emmanuel", "Jean", "Catherine",
    "Olaf", "Annalena", "Friedrich", "Giorgia", "Antonio", "Pedro", "José", "Luiz", "Mauro",
    "Gustavo", "Andrés", "Claudia", "Javier", "Recep", "Hakan", "Mevlüt", "Péter", "Viktor",
    "Volodymyr", "Dmytro", "Andrzej", "Radosław", "Ursula", "Josep", "Kaja", "Charles", "Keir",
    "David", "Rishi", "Fumio", "Shigeru", "Yoko", "Yoon", "Park", "Kim", "Cyril", "Naledi",
    "Bola", "Abiy", "William", "Paul", "Uhuru", "Mahmoud", "Benjamin", "Isaac", "Abdullah",
    "Faisal", "Tamim", "Masoud", "Abbas", "Shehbaz", "Ishaq", "Sheikh", "Anwar", "Vivian",
    "Ferdinand", "Enrique", "Anthony", "Penny", "Jacinda", "Justin", "Mélanie", "Mette", "Lars",
    "Sanna", "Alexander", "Kyriakos", "Nikos", "Edi", "Aleksandar", "Ilham", "Nikol", "Kassym",
    "Shavkat", "Tokayev", "Min", "Hun", "Prayut", "Pham", "Anutin", "Xiomara", "Nayib", "Lula",
)  # fmt: skip
VARIANTS = {"Sergey": "Sergei", "Dmitry": "Dmitri", "Alexey": "Alexei", "Andrei": "Andrey",
            "Yuri": "Yury", "Mohammed": "Mohammad", "Volodymyr": "Volodimir", "Mevlüt": "Mevlut"}  # fmt: skip
SYLLABLES = (
    "ka", "lo", "mi", "ren", "dor", "vash", "su", "ta", "ri", "ben", "gol", "ma", "no", "sha",
    "vin", "ek", "ra", "tu", "zen", "bar", "li", "ko", "nov", "ski", "wa", "ha", "del", "por",
    "ani", "ur", "so", "kin", "ga", "mer", "to", "ya", "lev", "chi", "pa", "dan",
)  # fmt: skip
ACCENTED = {"a": "á", "e": "é", "o": "ó", "u": "ü", "i": "í"}
CITIES = (
    ("Beijing", "China"), ("Shanghai", "China"), ("Moscow", "Russia"), ("Kazan", "Russia"),
    ("New Delhi", "India"), ("Jakarta", "Indonesia"), ("Washington", "United States"),
    ("New York", "United States"), ("Paris", "France"), ("Berlin", "Germany"), ("Rome", "Italy"),
    ("Madrid", "Spain"), ("London", "United Kingdom"), ("Brussels", "Belgium"),
    ("Geneva", "Switzerland"), ("Vienna", "Austria"), ("Warsaw", "Poland"), ("Kyiv", "Ukraine"),
    ("Ankara", "Turkey"), ("Istanbul", "Turkey"), ("Budapest", "Hungary"), ("Tokyo", "Japan"),
    ("Osaka", "Japan"), ("Seoul", "South Korea"), ("Hanoi", "Vietnam"), ("Bangkok", "Thailand"),
    ("Singapore", "Singapore"), ("Manila", "Philippines"), ("Canberra", "Australia"),
    ("Wellington", "New Zealand"), ("Ottawa", "Canada"), ("Mexico City", "Mexico"),
    ("Brasília", "Brazil"), ("Rio de Janeiro", "Brazil"), ("Buenos Aires", "Argentina"),
    ("Lima", "Peru"), ("Bogotá", "Colombia"), ("Pretoria", "South Africa"), ("Abuja", "Nigeria"),
    ("Addis Ababa", "Ethiopia"), ("Nairobi", "Kenya"), ("Cairo", "Egypt"), ("Riyadh", "Saudi Arabia"),
    ("Doha", "Qatar"), ("Abu Dhabi", "United Arab Emirates"), ("Tehran", "Iran"),
    ("Islamabad", "Pakistan"), ("Dhaka", "Bangladesh"), ("Astana", "Kazakhstan"),
    ("Tashkent", "Uzbekistan"), ("Baku", "Azerbaijan"), ("Yerevan", "Armenia"),
)  # fmt: skip
COUNTRIES = tuple(dict.fromkeys(country for _, country in CITIES))
ROLES = ("President", "Prime Minister", "Foreign Minister", "Defence Minister", "Envoy", None)
OCCASIONS = (
    "G20 summit", "BRICS summit", "SCO summit", "APEC summit", "ASEAN Regional Forum",
    "UN General Assembly", "Munich Security Conference", "NATO summit", "G7 summit",
    "East Asia Summit", "COP climate conference", "World Economic Forum",
)  # fmt: skip
OUTLETS = ("Reuters", "AP", "AFP", "Xinhua", "TASS", "The Hindu", "Al Jazeera", "DW", "Kyodo", "EFE")
KIND_WEIGHTS = {"in_person": 55, "visit": 10, "phone": 20, "video": 5, "planned": 7, "cancelled": 3}
KINDS = tuple(KIND_WEIGHTS)
KIND_CLASS = {"in_person": 0, "visit": 0, "phone": 1, "video": 2, "planned": 3, "cancelled": 4}
VERBS = {"in_person": "met", "visit": "met", "phone": "spoke by phone", "video": "held a video call",
         "planned": "will meet", "cancelled": "called off a meeting"}  # fmt: skip


class Planned(NamedTuple):
    """One synthetic meeting, as small numbers: people (indexes, Zipf rank order), kind, day
    (since ``FIRST_DAY``), city and occasion (indexes, -1 for none), number of reports."""

    people: tuple[int, ...]
    kind: int
    day: int
    city: int
    occasion: int
    reports: int


def make_people(n: int, rng: random.Random) -> list[Person]:
    """``n`` people whose names no two of which the merge would take for one person's
    (:func:`graph.merge.same_name`: first names agreeing on three letters, surnames alike)."""
    people: list[Person] = []
    surnames: dict[str, list[str]] = {}  # the folded surnames of each first-name bucket
    while len(people) < n:
        first = rng.choice(FIRST_NAMES)
        surname = "".join(rng.choices(SYLLABLES, k=rng.choice((2, 3, 3, 4)))).capitalize()
        if rng.random() < 0.1:
            i = rng.randrange(1, len(surname))
            surname = surname[:i] + ACCENTED.get(surname[i], surname[i]) + surname[i + 1 :]
        bucket = surnames.setdefault(fold(first)[:3], [])
        if process.extractOne(fold(surname), bucket, scorer=fuzz.ratio, score_cutoff=85):
            continue
        bucket.append(fold(surname))
        name = f"{first} {surname}"
        aliases = [f"{VARIANTS[first]} {surname}"] if first in VARIANTS else []
        if fold(name) != name.lower():
            aliases.append(fold(name).title())  # the spelling without accents
        people.append(
            Person(
                name=name,
                aliases=tuple(a for a in dict.fromkeys(aliases) if a != name),
                country=rng.choice(COUNTRIES),
                role=rng.choice(ROLES),
            )
        )
    return people


def plan(meetings: int, people: int, rng: random.Random) -> list[Planned]:
    """``meetings`` synthetic meetings among ``people`` people, no two of which merging would
    take for one: two meetings of the same two people (or, of three or more, sharing two of
    them), of compatible kinds, whose places do not differ, are never less than two days apart."""
    weights = itertools.accumulate(1 / k**ZIPF for k in range(1, people + 1))
    cumulative = list(weights)
    total = cumulative[-1]
    at_city: set[tuple[int, ...]] = set()  # (pair, group?, kind class, day, city + 1)
    on_day: set[tuple[int, ...]] = set()  # (pair, group?, kind class, day)
    planned: list[Planned] = []
    sizes, size_weights = (2, 3, 4, 5), (75, 20, 4, 1)
    kind_weights = list(KIND_WEIGHTS.values())
    while len(planned) < meetings:
        size = min(rng.choices(sizes, size_weights)[0], people)
        chosen: dict[int, None] = {}
        while len(chosen) < size:
            chosen[bisect.bisect(cumulative, rng.random() * total)] = None
        who = tuple(chosen)
        kind = rng.choices(range(len(KINDS)), kind_weights)[0]
        remote = KINDS[kind] in ("phone", "video")
        city = -1 if remote or rng.random() < 0.05 else rng.randrange(len(CITIES))
        occasion = rng.randrange(len(OCCASIONS)) if not remote and rng.random() < 0.08 else -1
        group = len(who) > 2
        keys = [(*pair, group, KIND_CLASS[KINDS[kind]]) for pair in itertools.combinations(sorted(who), 2)]
        if not group:
            keys = keys[:1]
        for _ in range(20):
            day = rng.randrange(DAYS)
            near = [(*k, d) for k in keys for d in (day - 1, day, day + 1)]
            if city < 0:
                clash = any(k in on_day for k in near)
            else:
                clash = any((*k, city + 1) in at_city or (*k, 0) in at_city for k in near)
            if not clash:
                break
        else:
            continue  # these people meet too often there: draw another meeting
        for k in keys:
            on_day.add((*k, day))
            at_city.add((*k, day, city + 1))
        planned.append(Planned(who, kind, day, city, occasion, rng.choices((1, 2, 3), (60, 28, 12))[0]))
    return planned


def _day(planned: Planned) -> date:
    return FIRST_DAY + timedelta(days=planned.day)


def _docs(i: int, planned: Planned) -> list[str]:
    return [f"syn-{i:07d}-{k}" for k in range(planned.reports)]


def _sentence(names: Sequence[str], planned: Planned) -> str:
    where = f" in {CITIES[planned.city][0]}" if planned.city >= 0 else ""
    return f"{' and '.join(names)} {VERBS[KINDS[planned.kind]]}{where} on {_day(planned):%d %B %Y}."


def documents(plans: Sequence[Planned], people: Sequence[Person]) -> Iterator[Document]:
    """The documents that report the meetings: a title, a day (that of the meeting or one or
    two days after), an outlet."""
    for i, p in enumerate(plans):
        title = _sentence([people[j].name for j in p.people], p).rstrip(".")
        for k, doc in enumerate(_docs(i, p)):
            yield Document(
                id=doc,
                title=title,
                published=_day(p) + timedelta(days=k),
                published_source="metadata",
                outlet=OUTLETS[(i + k) % len(OUTLETS)],
            )


def merged_meetings(plans: Sequence[Planned], people: Sequence[Person]) -> Iterator[MergedMeeting]:
    """The merged meetings, each with its reports, as :func:`graph.merge.merge_meetings` makes
    them of reports that all state the same facts."""
    places = [Place(city=city, country=country) for city, country in CITIES]
    occasions = [Occasion(name=name) for name in OCCASIONS]
    days: dict[int, DateSpan] = {}
    for i, p in enumerate(plans):
        who = tuple(people[j] for j in p.people)
        place = places[p.city] if p.city >= 0 else None
        occasion = occasions[p.occasion] if p.occasion >= 0 else None
        span = days.get(p.day) or days.setdefault(p.day, DateSpan(start=_day(p), end=_day(p)))
        kind = KINDS[p.kind]
        sentence = _sentence([q.name for q in who], p)
        reports = tuple(
            Meeting(
                doc=doc,
                participants=who,
                place=place,
                occasion=occasion,
                date=span,
                kind=kind,
                evidence=(Evidence(doc=doc, text=sentence, start=0, end=len(sentence)),),
            )
            for doc in _docs(i, p)
        )
        yield MergedMeeting(
            id=meeting_id(who, span, place, kind),
            participants=who,
            countries=tuple(dict.fromkeys(q.country for q in who if q.country)),
            place=place,
            occasion=occasion,
            date=span,
            kind=kind,
            reports=reports,
        )


def build(db: Path, meetings: int, people: int, *, seed: int = SEED) -> None:
    """Write the synthetic knowledge base of ``meetings`` meetings among ``people`` people to
    a new file ``db``."""
    rng = random.Random(seed)
    everyone = make_people(people, rng)
    plans = plan(meetings, people, rng)
    with KnowledgeBase.open(db, create=True) as kb:
        kb.load(merged_meetings(plans, everyone), documents(plans, everyone))


assert set(KINDS) == set(MEETING_KINDS)


GNU_TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None


class Run(NamedTuple):
    """A command run once: its wall time and CPU time (user and system) in seconds, its peak
    RSS in KiB."""

    seconds: float
    cpu: float
    rss: int


def child(command: Sequence[str]) -> Run:
    """Run ``command``; its wall and CPU time and its peak RSS, of the command alone: measured
    by GNU time, which starts it from a small process. (``os.wait4`` of a child of this process
    also counts the memory of this process, which the child holds until it runs the command:
    this process's own peak, once the people view is built.) Without GNU time, ``os.wait4``'s
    figures are given."""
    start = time.perf_counter()
    if GNU_TIME:
        done = subprocess.run(
            [GNU_TIME, "-f", "%U %S %M", *command],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        seconds = time.perf_counter() - start
        if done.returncode:
            raise SystemExit(f"{' '.join(command)} failed with exit status {done.returncode}: {done.stderr}")
        user, system, rss = done.stderr.split()[-3:]
        return Run(seconds, float(user) + float(system), int(rss))
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed with exit status {process.returncode}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


def runs_text(runs: Sequence[Run]) -> str:
    """The median wall and CPU time of ``runs``, their highest peak RSS and the load average."""
    return (
        f"{statistics.median(r.seconds for r in runs):.2f} s "
        f"(CPU {statistics.median(r.cpu for r in runs):.2f} s), "
        f"peak RSS {max(r.rss for r in runs) / 1024:.0f} MiB, load average {os.getloadavg()[0]:.1f}"
    )


class Asked(NamedTuple):
    """A person whose counterparts the benchmark asks for."""

    drawn: str  # "uniform" or "by meetings"
    name: str
    meetings: int  # how many meetings the person attends
    matched: int  # how many people the surname alone matches


def sample_names(db: Path, count: int, rng: random.Random) -> list[Asked]:
    """``count`` people: half drawn uniformly, half in proportion to their meetings."""
    with KnowledgeBase.open(db) as kb:
        people = kb._db.execute(
            "SELECT p.name, count(*) FROM meeting_participants m JOIN people p ON p.id = m.person "
            "GROUP BY p.id ORDER BY p.id"
        ).fetchall()
        uniform = rng.sample(people, min(count // 2, len(people)))
        weighted = rng.choices(people, weights=[n for _, n in people], k=count - len(uniform))
        return [
            Asked(drawn, name, n, len(kb.people_named(name.split()[-1])))
            for drawn, chosen in (("uniform", uniform), ("by meetings", weighted))
            for name, n in chosen
        ]


def milliseconds(times: Sequence[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    cuts = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else [ms[0]] * 99
    p90, p99 = cuts[89], cuts[98]
    return f"{statistics.median(ms):>9.1f} {p90:>9.1f} {p99:>9.1f} {ms[-1]:>9.1f}"


def answer(kb: KnowledgeBase, name: str) -> object:
    """What ``dipgraph who-met NAME`` computes between opening the knowledge base and printing
    (:func:`graph.cli.met_whom` since issue 18: the person the name picks, or the error naming
    the people it names; before it, :func:`graph.cli.counterparts`, the counterparts of
    everyone the name matches)."""
    from graph import cli
    from graph.errors import QueryError

    if not hasattr(cli, "met_whom"):
        return cli.counterparts(kb, name)
    try:
        return cli.met_whom(kb, name)
    except QueryError:  # a surname of several people: the command names them
        return None


def chain(kb: KnowledgeBase, start: str, end: str) -> object:
    """What ``dipgraph path START END`` computes between opening the knowledge base and printing
    (:func:`graph.cli.chain_of` since issue 18; every meeting and a people view before it)."""
    from graph import cli

    if hasattr(cli, "chain_of"):
        return cli.chain_of(kb, start, end)
    from graph.network import meeting_path

    return meeting_path(kb.meeting_rows(), start, end)


def bytes_read() -> int | None:
    """What this process has read through system calls so far (Linux's ``rchar``), or None
    where ``/proc/self/io`` is not there: of a query on a fresh connection, the pages SQLite
    fetched from the file, which a cold file must read from the disk."""
    try:
        with open("/proc/self/io") as io:
            return next(int(line.split()[1]) for line in io if line.startswith("rchar"))
    except (OSError, StopIteration):
        return None


def who_met_figures(db: Path, names: list[Asked]) -> None:
    forms = {"full name": lambda a: a.name, "surname": lambda a: a.name.split()[-1]}
    times: dict[tuple[str, str], list[float]] = defaultdict(list)
    read: list[int] = []  # bytes, by full name, each person asked the first time
    busiest = max(names, key=lambda a: a.meetings)
    with KnowledgeBase.open(db) as kb:
        for asked in names[:3]:
            answer(kb, asked.name)  # warm up: imports, first reads
        for form, query in forms.items():
            for asked in names:
                before = bytes_read()
                start = time.perf_counter()
                answer(kb, query(asked))
                times[form, asked.drawn].append(time.perf_counter() - start)
                times[form, "all"].append(time.perf_counter() - start)
                after = bytes_read()
                if form == "full name" and before is not None and after is not None:
                    read.append(after - before)
        top = []
        for _ in range(5):
            start = time.perf_counter()
            answer(kb, busiest.name)
            top.append(time.perf_counter() - start)
    print(
        f"\n(a) who-met, the knowledge base open: {len(names)} people, each asked by full name and by surname"
    )
    print(f"{'asked by':<10} {'people drawn':<18} {'median ms':>9} {'p90 ms':>9} {'p99 ms':>9} {'max ms':>9}")
    for (form, drawn), measured in times.items():
        print(f"{form:<10} {f'{drawn} ({len(measured)})':<18} {milliseconds(measured)}")
    meetings = [a.meetings for a in names]
    matched = [a.matched for a in names]
    print(
        f"they attend {min(meetings)} to {max(meetings)} meetings, median {statistics.median(meetings):.0f}; "
        f"a surname matches 1 to {max(matched)} people, median {statistics.median(matched):.0f}, "
        f"more than one for {sum(n > 1 for n in matched)}"
    )
    print(
        f"the busiest, {busiest.name} ({busiest.meetings} meetings), by full name, median of 5: "
        f"{statistics.median(top) * 1000:.1f} ms"
    )
    if read:
        print(
            f"read from the file by full name, KiB: median {statistics.median(read) / 1024:.0f}, "
            f"max {max(read) / 1024:.0f}, in all {sum(read) / 1024:.0f}"
        )
    for label, asked in (("a person drawn uniformly", names[0]), ("the busiest person", busiest)):
        whole = [child([DIPGRAPH, "who-met", asked.name, "--db", str(db)]) for _ in range(5)]
        print(
            f"dipgraph who-met NAME, the whole command (process start included), {label}, median of 5: "
            f"{runs_text(whole)}"
        )


def busiest_two(db: Path) -> tuple[str, str]:
    """The full names of the two people who attend most meetings."""
    with KnowledgeBase.open(db) as kb:
        rows = kb._db.execute(
            "SELECT p.name FROM meeting_participants m JOIN people p ON p.id = m.person "
            "GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 2"
        ).fetchall()
    return rows[0][0], rows[1][0]


def path_and_people_figures(db: Path) -> None:
    first, second = busiest_two(db)
    with KnowledgeBase.open(db) as kb:
        chain(kb, first, second)  # warm up
        inside = []
        for _ in range(5):
            start = time.perf_counter()
            chain(kb, first, second)
            inside.append(time.perf_counter() - start)
    print(f"\n(c) dipgraph path between the two busiest people, {first} and {second}")
    print(f"the knowledge base open, median of 5: {statistics.median(inside) * 1000:.1f} ms")
    for command, label in (
        ([DIPGRAPH, "path", first, second, "--db", str(db)], "dipgraph path A B"),
        ([DIPGRAPH, "people", "--db", str(db)], "dipgraph people"),
    ):
        whole = [child(command) for _ in range(3)]
        print(f"{label}, the whole command, median of 3: {runs_text(whole)}")


def people_view_figures(
    db: Path, scratch: Path, runs: int, *, page: bool = True, whole: bool = False
) -> None:
    from graph.export import write_people_graphml
    from graph.views import people_view_of

    out = scratch / "people.graphml"
    command = [DIPGRAPH, "export", str(out), "--view", "people", "--format", "graphml", "--db", str(db)]
    measured = [child(command) for _ in range(runs)]
    print(f"\n(b) the people view as GraphML, median of {runs}")
    print(
        f"dipgraph export people.graphml --view people --format graphml: {runs_text(measured)}, "
        f"file {out.stat().st_size / 2**20:.0f} MiB"
    )
    steps = {}
    with KnowledgeBase.open(db) as kb:
        start = time.perf_counter()
        view = people_view_of(kb.meeting_facts(), kb.people_by_id())
        steps["read the meetings and pair their people"] = time.perf_counter() - start
        start = time.perf_counter()
        write_people_graphml(view, out)
        steps["make the edges and write GraphML"] = time.perf_counter() - start
    print(
        f"the same steps in this process, once ({len(view.nodes)} people, {len(view.shared)} edges): "
        + ", ".join(f"{step} {s:.1f} s" for step, s in steps.items())
    )
    if not page:
        return
    html = scratch / "network.html"
    busiest = busiest_two(db)[0]
    for options, label in (
        ([], "dipgraph export network.html (the browser page: the meetings that began last)"),
        (["--person", busiest], f"dipgraph export network.html --person {busiest!r} (the busiest person)"),
        *(
            [(["--page-meetings", "0"], "dipgraph export network.html --page-meetings 0 (every meeting)")]
            * whole
        ),
    ):
        run = child([DIPGRAPH, "export", str(html), *options, "--db", str(db)])
        print(
            f"{label}, once: {runs_text([run])}, "
            f"file {html.stat().st_size / 2**20:.1f} MiB ({page_holds(html)})"
        )


def page_holds(html: Path) -> str:
    """What a network page holds: its people and meetings, and how many meetings were chosen."""
    text = html.read_text(encoding="utf-8")
    start = text.index('id="dipgraph-data">') + len('id="dipgraph-data">')
    data = json.loads(text[start : text.index("</script>", start)])
    held = data.get("window", {}).get("held", len(data["meetings"]))
    return f"{len(data['people'])} people, {len(data['meetings'])} of {held} meetings"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--meetings", type=int, default=1_000_000, help="meetings (default 1,000,000)")
    parser.add_argument("--people", type=int, default=20_000, help="people (default 20,000)")
    parser.add_argument("--names", type=int, default=200, help="names asked for by who-met (default 200)")
    parser.add_argument("--runs", type=int, default=3, help="runs of the export; the median is shown")
    parser.add_argument(
        "--db", type=Path, help="build the knowledge base here and keep it; if it exists, measure it as it is"
    )
    parser.add_argument(
        "--no-page",
        action="store_true",
        help="leave out the network pages",
    )
    parser.add_argument(
        "--whole-page",
        action="store_true",
        help="also the page of every meeting (--page-meetings 0: it grows with the base)",
    )
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(args.build, args.meetings, args.people)
        return
    with tempfile.TemporaryDirectory(prefix="dipgraph-scale-") as tmp:
        scratch = Path(tmp)
        db = args.db or scratch / "kb.db"
        if db.exists():
            print(f"measuring {db} as it is")
        else:
            command = [sys.executable, __file__, "--build", str(db)]
            run = child([*command, "--meetings", str(args.meetings), "--people", str(args.people)])
            print(f"built {db}: {runs_text([run])}, {db.stat().st_size / 2**20:.0f} MiB")
        with KnowledgeBase.open(db) as kb:
            held = kb.counts()
        print(
            f"{held['meetings']} meetings of {held['people']} people, {held['reports']} reports "
            f"in {held['documents']} documents"
        )
        names = sample_names(db, args.names, random.Random(SEED))
        who_met_figures(db, names)
        people_view_figures(db, scratch, args.runs, page=not args.no_page, whole=args.whole_page)
        path_and_people_figures(db)
        print(
            f"\npeak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
        )


if __name__ == "__main__":
    main()
