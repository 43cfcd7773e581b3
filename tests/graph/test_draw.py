"""The people picture: the same in every run, and one a newsroom could publish."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import matplotlib
import pytest
from matplotlib.collections import LineCollection

from extract.records import DateSpan, MeetingKind, Person
from graph.draw import draw_people
from graph.records import MergedMeeting
from graph.views import people_graph

matplotlib.use("Agg")

DRAW = """
import sys
from datetime import date
import matplotlib
matplotlib.use("Agg")
from extract.records import DateSpan, Person
from graph.draw import draw_people
from graph.records import MergedMeeting
from graph.views import people_graph
groups = [["Wang Yi", "Sergey Lavrov", "Sun Weidong"], ["Xi Jinping", "Vladimir Putin", "Joe Biden"],
          ["Song Tao", "Ri Ryong Nam"], ["Antony Blinken", "Ali Sabry", "Penny Wong", "Kim Jong Un"]]
meetings = [MergedMeeting(id=f"m-{a}-{b}", participants=(Person(name=g[a]), Person(name=g[b])),
                          date=DateSpan(start=date(2024, 1, a + 1), end=date(2024, 1, a + 1)))
            for g in groups for a in range(len(g)) for b in range(a + 1, len(g)) if (a + b) % 3]
draw_people(people_graph(meetings), source="test").figure.savefig(sys.argv[1], dpi=40)
"""


def met(
    *names: str, countries: dict[str, str] | None = None, kind: MeetingKind = "in_person"
) -> MergedMeeting:
    countries = countries or {}
    people = tuple(Person(name=n, country=countries.get(n)) for n in names)
    return MergedMeeting(id=f"m-{'-'.join(names)}-{kind}", participants=people, kind=kind)


def test_the_people_picture_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    pictures = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"{seed}.png"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", DRAW, str(out)], check=True, env=env, timeout=120)
        pictures.append(out.read_bytes())
    assert pictures[0] == pictures[1] == pictures[2]


def test_the_people_picture_leaves_out_people_who_met_no_one_and_says_so() -> None:
    pair = met("Wang Yi", "Sergey Lavrov")
    alone = met("Antony Blinken")
    ax = draw_people(people_graph([pair, alone]))
    names = {t.get_text() for t in ax.texts}
    assert {"Wang Yi", "Sergey Lavrov"} <= names and "Antony Blinken" not in names
    assert "1 who met no one here not shown" in ax.get_title()
    ax.figure.clear()


def test_the_people_picture_has_a_caption_with_source_and_dates_and_no_weight_labels() -> None:
    day = DateSpan.model_validate({"start": "2023-03-21", "end": "2023-03-21"})
    later = DateSpan.model_validate({"start": "2024-10-22", "end": "2024-10-22"})
    pair = (Person(name="Xi Jinping"), Person(name="Vladimir Putin"))
    g = people_graph(
        [
            MergedMeeting(id="m-1", participants=pair, date=day),
            MergedMeeting(id="m-2", participants=pair, date=later),
        ]
    )
    ax = draw_people(g, source="five seed articles")
    texts = [t.get_text() for t in ax.texts]
    assert any("Source: five seed articles" in t and "2023-03-21 to 2024-10-22" in t for t in texts)
    assert all(t.get_rotation() == 0 for t in ax.texts)  # no tilted weight labels on the edges
    assert "2" not in texts
    assert all(t.get_fontsize() >= 10 for t in ax.texts)
    labels = [t for t in ax.texts if t.get_text() == "Xi Jinping"]
    assert labels and labels[0].get_path_effects()  # a halo: readable over lines and dots
    ax.figure.clear()


def test_russia_and_the_united_states_get_colours_far_apart() -> None:
    countries = {"Sergey Lavrov": "Russia", "Antony Blinken": "United States", "Wang Yi": "China"}
    ax = draw_people(people_graph([met("Sergey Lavrov", "Antony Blinken", "Wang Yi", countries=countries)]))
    colours = {h.get_label(): matplotlib.colors.to_rgb(h.get_color()) for h in ax.get_legend().legend_handles}
    russia, usa = colours["Russia"], colours["United States"]
    assert sum(abs(a - b) for a, b in zip(russia, usa, strict=True)) > 0.6
    ax.figure.clear()


@pytest.mark.parametrize("include_plans", [False, True])
def test_pairs_linked_only_by_plans_are_dashed_when_included(include_plans: bool) -> None:
    meetings = [met("Donald Trump", "Vladimir Putin", kind="cancelled"), met("Vladimir Putin", "Xi Jinping")]
    ax = draw_people(people_graph(meetings, include_plans=include_plans))
    lines = [c for c in ax.collections if isinstance(c, LineCollection)]
    dashed = [c for c in lines if any(offset is not None and dashes for offset, dashes in c.get_linestyle())]
    assert len(dashed) == (1 if include_plans else 0)
    assert ("Donald Trump" in {t.get_text() for t in ax.texts}) == include_plans
    ax.figure.clear()


def test_the_map_counts_only_meetings_that_took_place() -> None:
    from extract.records import Place
    from graph.draw import draw_places

    jakarta = Place(city="Jakarta", country="Indonesia")
    held = MergedMeeting(id="m-1", participants=(Person(name="Wang Yi"),), place=jakarta)
    planned = MergedMeeting(id="m-2", participants=(Person(name="Wang Yi"),), place=jakarta, kind="planned")
    ax = draw_places([held, planned])
    assert [t.get_text() for t in ax.texts] == ["Jakarta (1)"]
    ax.figure.clear()
