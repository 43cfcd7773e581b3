"""Pictures for notebooks: the people network, one person's timeline, the venues on a map.

Each function draws on the matplotlib ``ax`` given (a new figure when none is) and returns
it, so a notebook cell is one call, and ``ax.figure.savefig(...)`` writes a PNG. matplotlib
(and cartopy, for the map) come with the ``notebooks`` extra (``pip install -e '.[notebooks]'``)
and are imported when a function is first called, so ``import graph`` does not need them.

Not supported: interactive pictures (export to Gephi for that) and map backgrounds other
than cartopy's bundled Natural Earth image: coastlines and borders would be downloaded, and
dipgraph downloads nothing.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx

from graph.geo import locate
from graph.query import person_matches, timeline, took_place
from graph.records import MergedMeeting, place_text

if TYPE_CHECKING:
    from matplotlib.axes import Axes

KIND_MARKERS = {"in_person": "o", "visit": "s", "phone": "^", "video": "v", "planned": "P", "cancelled": "X"}


def _axes(ax: Axes | None, size: tuple[float, float], **options: Any) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    figure = plt.figure(figsize=size, layout="constrained")
    new: Axes = figure.add_subplot(**options)
    return new


def layout(graph: nx.Graph, *, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Positions for drawing: each connected group laid out by a seeded spring layout, the
    groups side by side on a grid, largest first, each scaled by its size (a spring layout of
    the whole graph pushes unconnected groups far apart and leaves them tiny). The same graph
    gives the same positions in every run: groups are laid out in the graph's node order,
    never in the order of a set (which changes with Python's hash seed).

    >>> sorted(layout(nx.Graph([("a", "b"), ("c", "d")])))
    ['a', 'b', 'c', 'd']
    """
    groups = sorted(
        nx.connected_components(graph.to_undirected()), key=lambda g: (-len(g), sorted(map(str, g)))
    )
    columns = len(groups) if len(groups) <= 3 else math.ceil(math.sqrt(len(groups)))
    largest = max((len(g) for g in groups), default=1)
    positions: dict[Any, tuple[float, float]] = {}
    for i, group in enumerate(groups):
        row, column = divmod(i, columns)
        sub = _ordered_subgraph(graph, group)
        inner = (
            nx.spring_layout(sub, weight="weight", seed=seed)
            if len(sub) > 1
            else {n: (0.0, 0.0) for n in sub}
        )
        scale = math.sqrt(len(group) / largest)
        for n, (x, y) in inner.items():
            positions[n] = (3.0 * column + scale * float(x), -3.0 * row + scale * float(y))
    return positions


def _ordered_subgraph(graph: nx.Graph, keep: Iterable[Any]) -> nx.Graph:
    """The subgraph of the nodes ``keep``, as a new graph with its nodes in ``graph``'s order
    (``graph.subgraph`` may iterate them in the order of a set).

    >>> list(_ordered_subgraph(nx.path_graph(["c", "a", "b"]), {"b", "c"}))
    ['c', 'b']
    """
    kept = set(keep)
    sub = graph.__class__()
    sub.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if n in kept)
    sub.add_edges_from((u, v, d) for u, v, d in graph.edges(data=True) if u in kept and v in kept)
    return sub


# Qualitative colours that stay apart side by side (matplotlib's tab10, then Dark2 and Set1),
# given to countries by how many people they have: the largest get the most distinct.
_PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#7f7f7f", "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
    "#a6761d", "#377eb8", "#4daf4a", "#984ea3",
)  # fmt: skip
_UNKNOWN = "#c7c7c7"


def country_colours(graph: nx.Graph) -> dict[str, str]:
    """A colour for each country of the graph's people, the commonest first in the palette;
    grey for people of no known country (``"unknown"``).

    >>> g = nx.Graph()
    >>> g.add_nodes_from([("a", {"country": "Russia"}), ("b", {"country": "United States"}),
    ...                   ("c", {"country": "Russia"}), ("d", {})])
    >>> country_colours(g)
    {'Russia': '#1f77b4', 'United States': '#d62728', 'unknown': '#c7c7c7'}
    """
    counts = Counter(str(d["country"]) for _, d in graph.nodes(data=True) if d.get("country"))
    ranked = sorted(counts, key=lambda c: (-counts[c], c))
    colours = {c: _PALETTE[i % len(_PALETTE)] for i, c in enumerate(ranked)}
    if any(not d.get("country") for _, d in graph.nodes(data=True)):
        colours["unknown"] = _UNKNOWN
    return colours


def draw_people(graph: nx.Graph, ax: Axes | None = None, *, seed: int = 7, source: str | None = None) -> Axes:
    """The people view as a picture: a dot per person who met someone, sized by their
    meetings and coloured by country, a line per pair who met, wider for more meetings,
    and each name on a white halo beside its dot. People who met no one in the view are
    left out (the title says how many). Pairs linked only by plans (a people view made with
    ``include_plans``) are dashed. Laid out by a seeded spring layout, so the same graph gives
    the same picture; a caption gives the ``source`` and the dates the meetings span.

    >>> from extract.records import Person
    >>> from graph.views import people_graph
    >>> pair = (Person(name="Wang Yi", country="China"), Person(name="Sergey Lavrov", country="Russia"))
    >>> alone = (Person(name="Antony Blinken"),)
    >>> ax = draw_people(people_graph([MergedMeeting(id="m-1", participants=pair),
    ...                                MergedMeeting(id="m-2", participants=alone)]), source="seeds")
    >>> sorted(t.get_text() for t in ax.texts if "Source" not in t.get_text())
    ['Sergey Lavrov', 'Wang Yi']
    >>> ax.figure.clear()
    """
    import matplotlib.patheffects as effects
    from matplotlib.lines import Line2D

    ax = _axes(ax, (14, 9))
    shown = _ordered_subgraph(graph, (n for n in graph if graph.degree(n) > 0))
    left_out = len(graph) - len(shown)
    colour = country_colours(shown)
    pos = layout(shown, seed=seed)
    met = [(u, v) for u, v, d in shown.edges(data=True) if d.get("met", d.get("weight", 1))]
    plans = [(u, v) for u, v, d in shown.edges(data=True) if not d.get("met", d.get("weight", 1))]
    nx.draw_networkx_edges(
        shown,
        pos,
        ax=ax,
        edgelist=met,
        width=[1.2 + 1.8 * shown.edges[e].get("weight", 1) for e in met],
        edge_color="#8a8a8a",
        alpha=0.8,
    )
    if plans:
        nx.draw_networkx_edges(
            shown, pos, ax=ax, edgelist=plans, width=1.2, edge_color="#b05050", style="dashed", alpha=0.8
        )
    nodes = list(shown)
    nx.draw_networkx_nodes(
        shown,
        pos,
        ax=ax,
        nodelist=nodes,
        node_size=[160 + 140 * shown.nodes[n].get("meetings", 1) for n in nodes],
        node_color=[colour[str(shown.nodes[n].get("country") or "unknown")] for n in nodes],
        edgecolors="white",
        linewidths=1.5,
    )
    halo = [effects.withStroke(linewidth=3.5, foreground="white")]
    for n in nodes:
        x, y = pos[n]
        ax.annotate(
            str(shown.nodes[n].get("label", n)),
            (x, y),
            xytext=(9, 6),
            textcoords="offset points",
            fontsize=11,
            color="#1a1a1a",
            path_effects=halo,
            zorder=5,
        )
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=10, color=c, label=name)
        for name, c in colour.items()
    ]
    handles.append(Line2D([], [], color="#8a8a8a", linewidth=3, label="met (wider: more meetings)"))
    if plans:
        handles.append(Line2D([], [], color="#b05050", linestyle="dashed", label="planned or cancelled only"))
    ax.legend(handles=handles, title="country", loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=10)
    title = f"Who met whom: {len(shown)} people, {len(met)} pairs who met"
    ax.set_title(title + (f" ({left_out} who met no one here not shown)" if left_out else ""), fontsize=14)
    starts = [str(d["first"]) for *_, d in shown.edges(data=True) if d.get("first")]
    ends = [str(d["last"]) for *_, d in shown.edges(data=True) if d.get("last")]
    caption = [f"Source: {source}"] if source else []
    if starts:
        caption.append(f"meetings from {min(starts)} to {max(ends)}")
    caption.append("drawn with dipgraph")
    ax.text(0.0, -0.02, " · ".join(caption), transform=ax.transAxes, fontsize=10, color="#444444", va="top")
    ax.margins(0.08)
    ax.set_axis_off()
    return ax


def draw_timeline(meetings: Iterable[MergedMeeting], name: str, ax: Axes | None = None) -> Axes:
    """The dated meetings of the person matching ``name``: a row per counterpart, a mark per
    meeting (shaped by its kind), a bar across meetings of several days.

    >>> from datetime import date
    >>> from extract.records import DateSpan, Person
    >>> pair = (Person(name="Xi Jinping"), Person(name="Vladimir Putin"))
    >>> day = DateSpan(start=date(2019, 6, 28), end=date(2019, 6, 28))
    >>> ax = draw_timeline([MergedMeeting(id="m-1", participants=pair, date=day)], "Xi")
    >>> [t.get_text() for t in ax.get_yticklabels()], ax.get_title()
    (['Vladimir Putin'], 'Meetings of Xi Jinping')
    >>> ax.figure.clear()
    """
    from matplotlib.dates import date2num

    found = timeline(meetings, name)
    dated = [m for m in found if m.date and m.date.start and m.date.end]
    who = next((p.name for m in found for p in m.participants if person_matches(p, name)), name)
    rows: dict[str, int] = {}
    ax = _axes(ax, (10, 1.5 + 0.45 * len({m.id for m in dated})))
    kinds: set[str] = set()
    for m in dated:
        assert m.date and m.date.start and m.date.end  # for mypy: dated ones only
        others = "; ".join(p.name for p in m.participants if not person_matches(p, name)) or "(no one named)"
        y = rows.setdefault(others, len(rows))
        start, end = date2num(m.date.start), date2num(m.date.end)  # type: ignore[no-untyped-call]
        if end > start:
            ax.plot([start, end], [y, y], linewidth=5, color="#4c72b0", alpha=0.5)
        ax.plot([start], [y], marker=KIND_MARKERS[m.kind], linestyle="", color="#4c72b0", label=m.kind)
        kinds.add(m.kind)
    ax.xaxis_date()
    ax.set_yticks(list(rows.values()), list(rows))
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.invert_yaxis()
    undated = len(found) - len(dated)
    ax.set_title(f"Meetings of {who}" + (f" ({undated} undated, not shown)" if undated else ""))
    if kinds:
        handles, labels = ax.get_legend_handles_labels()
        unique = dict(zip(labels, handles, strict=True))
        ax.legend(unique.values(), unique.keys(), title="kind", fontsize=8, frameon=False, loc="best")
    ax.grid(axis="x", alpha=0.3)
    return ax


def draw_places(meetings: Iterable[MergedMeeting], ax: Axes | None = None) -> Axes:
    """The places of the meetings that took place on a world map (cartopy's bundled Natural
    Earth image), each sized by its number of meetings; a country known only as a country is
    a ring at its capital.

    ``ax``, when given, must be a cartopy ``GeoAxes``.

    >>> from extract.records import Person, Place
    >>> m = MergedMeeting(id="m-1", participants=(Person(name="Wang Yi"),), place=Place(city="Jakarta"))
    >>> ax = draw_places([m])
    >>> [t.get_text() for t in ax.texts]
    ['Jakarta (1)']
    >>> ax.figure.clear()
    """
    import cartopy.crs as ccrs

    ax = _axes(ax, (11, 6), projection=ccrs.PlateCarree())
    counts = Counter(m.place for m in meetings if m.place and took_place(m))
    ax.stock_img()  # type: ignore[attr-defined]
    ax.set_global()  # type: ignore[attr-defined]
    spots: dict[tuple[float, float], list[str]] = {}  # a country drawn at its capital shares the spot
    for place, n in counts.most_common():
        where = locate(place)
        if where is None:
            continue
        city = where.precision == "city"
        ax.scatter(
            [where.longitude],
            [where.latitude],
            s=40 + 60 * n,
            facecolors="crimson" if city else "none",
            edgecolors="white" if city else "crimson",
            linewidths=1 if city else 2,
            transform=ccrs.PlateCarree(),
            zorder=4 if city else 3,
        )
        label = place.city if city else place_text(place)
        spots.setdefault((where.longitude, where.latitude), []).append(f"{label} ({n})")
    for (longitude, latitude), labels in spots.items():
        ax.text(
            longitude + 2.5,
            latitude + 1.5,
            "\n".join(labels),
            transform=ccrs.PlateCarree(),
            fontsize=8,
            verticalalignment="bottom",
            zorder=5,
        )
    ax.set_title("Where the meetings were held (rings: a country, drawn at its capital)")
    return ax
