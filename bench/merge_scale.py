"""How the meeting merge scales: with the number of reports, and with one pair that meets often.

Builds synthetic extractions (fixed random seed) and times :func:`graph.merge.merge_meetings`
on them, in this process:

- meetings: among ``PEOPLE`` people drawn with Zipf weights (a few meet very often), each on a
  day from 2015 to 2024, in one of ``CITIES`` (or none, for a fifth of them), at an occasion
  for one in ten; one pair, *the busy pair*, has ``--busy`` meetings of its own over those ten
  years (default 500), a few days apart at the least;
- reports: each meeting is told by 1-3 articles published 0-2 days after it, as a reader finds
  them: dated (half), undated news of its article's week (three in ten), a plan announced a
  week before with the day, a background mention in an article a year later that names only
  the city, or an undated report in an undated article that names only the city.

(a) scale: the merge of corpora of ``--reports`` reports each (doubling); ms per 1,000
    reports should stay flat (near-linear).
(b) the busy pair alone, with 125, 250, 500 and 1,000 meetings: reports of one pair are the
    worst case (every report is a candidate for every meeting of the pair, were they not
    found by month, city, occasion and article); ms per 1,000 reports should stay flat too.

Run it from the repository root:

    .venv/bin/python bench/merge_scale.py                 # 10,000 to 80,000 reports
    .venv/bin/python bench/merge_scale.py --quick         # a smoke run
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from extract.records import DateSpan, Document, Evidence, Extraction, Meeting, Occasion, Person, Place
from graph.merge import merge_meetings

PEOPLE = 400
CITIES = [
    ("Moscow", "Russia"),
    ("Beijing", "China"),
    ("Washington", "United States"),
    ("New Delhi", "India"),
    ("Brasilia", "Brazil"),
    ("Paris", "France"),
    ("Berlin", "Germany"),
    ("Tokyo", "Japan"),
    ("Ankara", "Turkey"),
    ("Riyadh", "Saudi Arabia"),
    ("Jakarta", "Indonesia"),
    ("Vienna", "Austria"),
]
OCCASIONS = ["G20 summit", "BRICS summit", "SCO summit", "APEC summit", "UN General Assembly"]
FIRST = date(2015, 1, 1)
DAYS = 3650


def people(rng: random.Random) -> list[Person]:
    """Made-up people with distinct names (no two alike enough to be merged)."""
    syllables = "ka lo mi ne su ta ri vo ze pa du fe go hi ju".split()
    names: set[str] = set()
    while len(names) < PEOPLE:
        first = "".join(rng.choice(syllables) for _ in range(2)).title()
        last = "".join(rng.choice(syllables) for _ in range(3)).title()
        names.add(f"{first} {last}")
    return [Person(name=n) for n in sorted(names)]


def meeting_days(rng: random.Random, count: int) -> list[date]:
    """``count`` days over ten years, at least three days apart."""
    days = sorted(rng.sample(range(0, DAYS, 3), count))
    return [FIRST + timedelta(days=d) for d in days]


def tell(rng: random.Random, doc: int, pair: tuple[Person, ...], day: date) -> list[Extraction]:
    """The articles that report one meeting, each as one of the forms a reader meets."""
    city, country = rng.choice(CITIES)
    place = Place(city=city, country=country) if rng.random() > 0.2 else None
    occasion = Occasion(name=rng.choice(OCCASIONS)) if rng.random() < 0.1 else None
    out = []
    for k in range(rng.choice((1, 1, 2, 3))):
        doc_id = f"d{doc}-{k}"
        published: date | None = day + timedelta(days=rng.randint(0, 2))
        form = rng.random()
        facts: dict[str, object] = {"place": place, "occasion": occasion}
        if form < 0.5:
            facts["date"] = DateSpan(start=day, end=day)
        elif form < 0.8:
            pass  # undated news of the article's week
        elif form < 0.87:
            published = day - timedelta(days=7)
            facts.update(kind="planned", date=DateSpan(start=day, end=day))
        elif form < 0.94:
            published = day + timedelta(days=365)
            facts.update(background=True, occasion=None)
        else:
            published = None
        text = "They met."
        evidence = (Evidence(doc=doc_id, text=text, start=0, end=len(text)),)
        report = Meeting(doc=doc_id, participants=pair, evidence=evidence, **facts)  # type: ignore[arg-type]
        document = Document(id=doc_id, published=published)
        out.append(Extraction(document=document, people=pair, meetings=(report,)))
    return out


def corpus(reports: int, busy: int, seed: int = 13, others: bool = True) -> list[Extraction]:
    """Extractions of about ``reports`` reports, ``busy`` meetings of them by the busy pair."""
    rng = random.Random(seed)
    everyone = people(rng)
    weights = [1 / (k + 1) for k in range(len(everyone))]
    docs: list[Extraction] = []
    pair = (everyone[0], everyone[1])
    for n, day in enumerate(meeting_days(rng, busy)):
        docs += tell(rng, n, pair, day)
    n, told = busy, len(docs)
    while others and told < reports:
        a, b = rng.choices(everyone, weights, k=2)
        if a == b or {a, b} == set(pair):
            continue
        more = tell(rng, n, (a, b), FIRST + timedelta(days=rng.randrange(DAYS)))
        docs += more
        n, told = n + 1, told + len(more)
    return docs


def timed(docs: list[Extraction], runs: int) -> tuple[float, int, int]:
    """Best of ``runs`` merges: seconds, reports, meetings."""
    best, meetings = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        meetings = len(merge_meetings(docs))
        best = min(best, time.perf_counter() - start)
    return best, sum(len(x.meetings) for x in docs), meetings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=10_000, help="reports of the smallest corpus")
    parser.add_argument("--steps", type=int, default=4, help="corpora, each twice the one before")
    parser.add_argument("--busy", type=int, default=500, help="meetings of the busy pair")
    parser.add_argument("--runs", type=int, default=3, help="merges of each corpus; the best is kept")
    parser.add_argument("--quick", action="store_true", help="smoke run: 1,000 reports, two steps, one run")
    args = parser.parse_args()
    if args.quick:
        args.reports, args.steps, args.runs = 1_000, 2, 1
    print("(a) scale")
    print(f"{'reports':>8} {'meetings':>9} {'merge s':>8} {'ms/1k reports':>14}")
    for step in range(args.steps):
        seconds, reports, meetings = timed(corpus(args.reports * 2**step, args.busy), args.runs)
        print(f"{reports:>8} {meetings:>9} {seconds:>8.2f} {1e6 * seconds / reports:>14.1f}")
    print("(b) the busy pair alone")
    print(f"{'meetings':>8} {'reports':>8} {'merged':>7} {'merge s':>8} {'ms/1k reports':>14}")
    for busy in (125, 250, 500, 1000)[: 2 if args.quick else 4]:
        seconds, reports, meetings = timed(corpus(0, busy, others=False), args.runs)
        per = 1e6 * seconds / reports
        print(f"{busy:>8} {reports:>8} {meetings:>7} {seconds:>8.2f} {per:>14.1f}")


if __name__ == "__main__":
    main()
