"""How long the network page takes to become usable with many people and meetings.

Makes ``--meetings`` synthetic merged meetings (default 50,000) among ``--people`` people
(default 5,000), drawn as ``bench/graph_scale.py`` draws them (Zipf-weighted participants,
every kind, 1-3 reports each, a fixed seed), writes their network page
(:func:`graph.webpage.write_page`) and opens it in headless Chromium
(:mod:`graph.browser`), ``--runs`` times (default 3): as it opens, and with a year and a
person chosen in its address (the range applied and the side panel filled as it opens).

The page notes (``data-ready-ms`` on ``<body>``) how many milliseconds after it was asked for
it first drew the network, laid out: from then on it can be panned, zoomed, searched and
clicked. Prints the page's size, the time to write it, and the median of those times.

    .venv/bin/python bench/page_scale.py [--meetings 50000] [--people 5000]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from graph_scale import SEED, documents, make_people, merged_meetings, plan

from graph.browser import dump_dom
from graph.webpage import write_page


def ready(url: str, runs: int) -> tuple[float, dict[str, str]]:
    """The median seconds until the page at ``url`` first drew its laid-out network in
    headless Chromium, and what the page shows."""
    times, state = [], {}
    for _ in range(runs):
        dom = dump_dom(url, budget_ms=30_000, timeout=900)
        tag = re.search(r"<body[^>]*>", dom)
        state = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', tag.group(0) if tag else ""))
        if "ready-ms" not in state:
            raise SystemExit(f"the page did not finish drawing within the time budget: {state}")
        times.append(int(state.pop("ready-ms")) / 1000)
    return statistics.median(times), state


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=50_000, help="meetings (default 50,000)")
    parser.add_argument("--people", type=int, default=5_000, help="people (default 5,000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each opening; the median is shown")
    args = parser.parse_args()
    rng = random.Random(SEED)
    people = make_people(args.people, rng)
    plans = plan(args.meetings, len(people), rng)
    meetings = list(merged_meetings(plans, people))
    docs = list(documents(plans, people))
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "network.html"
        start = time.perf_counter()
        summary = write_page(meetings, page, docs)
        written = time.perf_counter() - start
        size = page.stat().st_size / 1e6
        what = f"{summary.people} people, {summary.meetings} meetings"
        print(f"{what}: {size:.1f} MB, written in {written:.1f} s")
        opened, state = ready(page.as_uri(), args.runs)
        print(f"usable {opened:.1f} s after it was opened; shows {state}")
        name = people[0].name
        chosen, state = ready(page.as_uri() + f"#from=2020-01-01&to=2020-12-31&select={name}", args.runs)
        print(f"with 2020 and {name} chosen: usable after {chosen:.1f} s; shows {state}")


if __name__ == "__main__":
    main()
