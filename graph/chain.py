"""The shortest chain of meetings between two people, found one person's counterparts at a
time: over a people view (:func:`graph.network.meeting_path`) or over the totals a knowledge
base keeps for each pair (``dipgraph path``), so that a big knowledge base need not be read
whole to link two people.

Both find the same chain: :func:`shortest_chain` is a breadth-first search from both ends
that takes each person's counterparts in the order given (by id), and :func:`pick_named`
picks a person by name as :func:`graph.network.find_person` does. Imports no networkx.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from extract.places import fold
from graph.errors import QueryError
from graph.query import matchable, text_matches


def pick_named(people: Mapping[str, tuple[str, Sequence[str]]], name: str) -> str:
    """The id of the one person (id to name and aliases) whose name is ``name`` (accents and
    case folded), or else whose name or an alias ``name`` matches at a word start.

    Raises :class:`QueryError` when it picks no one, or several (naming them).

    >>> people = {"person:wang-yi": ("Wang Yi", ()), "person:wang-wenbin": ("Wang Wenbin", ())}
    >>> pick_named(people, "wang yi")
    'person:wang-yi'
    >>> pick_named(people, "Wang")
    Traceback (most recent call last):
    ...
    graph.errors.QueryError: 'Wang' names 2 people: Wang Wenbin, Wang Yi; give more of the name
    """
    matchable(name)
    whole = [n for n, (label, _) in people.items() if fold(label) == fold(name)]
    found = whole or [
        n for n, (label, aliases) in people.items() if any(text_matches(s, name) for s in (label, *aliases))
    ]
    if not found:
        raise QueryError(
            f"no one named like {name!r}; check the spelling, or list people with `dipgraph people`"
        )
    if len(found) > 1:
        names = sorted(people[n][0] for n in found)
        raise QueryError(f"{name!r} names {len(found)} people: {', '.join(names)}; give more of the name")
    return found[0]


def shortest_chain(source: str, target: str, counterparts: Callable[[str], Iterable[str]]) -> list[str]:
    """A shortest chain of people from ``source`` to ``target`` (both included), each the
    counterpart of the one before it; empty if there is none. A breadth-first search from both
    ends, a whole step at a time from the end that has fewer people to look at, which stops at
    the first person both reach.

    >>> met = {"a": ["b"], "b": ["a", "c"], "c": ["b", "d"], "d": ["c"]}
    >>> shortest_chain("a", "d", met.__getitem__), shortest_chain("a", "e", lambda p: met.get(p, []))
    (['a', 'b', 'c', 'd'], [])
    """
    if source == target:
        return [source]
    before: dict[str, str | None] = {source: None}  # the person reached from, towards source
    after: dict[str, str | None] = {target: None}  # towards target
    forward, backward = [source], [target]
    while forward and backward:
        if len(forward) <= len(backward):
            forward, met = _step(forward, before, after, counterparts)
        else:
            backward, met = _step(backward, after, before, counterparts)
        if met is not None:
            return _walk(before, met)[::-1] + _walk(after, met)[1:]
    return []


def _step(
    frontier: list[str],
    reached: dict[str, str | None],
    other: dict[str, str | None],
    counterparts: Callable[[str], Iterable[str]],
) -> tuple[list[str], str | None]:
    """One step of the search from one end: the people newly reached, and the first person
    the other end reached too (None if none)."""
    new = []
    for person in frontier:
        for counterpart in counterparts(person):
            if counterpart not in reached:
                reached[counterpart] = person
                new.append(counterpart)
            if counterpart in other:
                return new, counterpart
    return new, None


def _walk(reached: dict[str, str | None], person: str) -> list[str]:
    """The chain from ``person`` back to the end it was reached from."""
    chain = [person]
    while (previous := reached[chain[-1]]) is not None:
        chain.append(previous)
    return chain
