"""Occasions: the summit, conference or forum a sentence says a meeting was held at.

The table is ``extract/data/occasions.json`` (its ``about`` key explains the fields). A name from
the table counts only as an event: standalone names ("UNGA", "Davos", "Munich Security
Conference") always do, unless an office follows ("World Economic Forum founder"); the others
need an event word after them ("the G20 summit", "ASEAN foreign ministers' meeting"), an event
before them ("the summit of the SCO") or a cue ("at the G20", "on the sidelines of BRICS"), so
"the BRICS presidency" is no occasion. Hyphenated pairs keep both names ("India-GCC meeting").
A capitalised name ending in Summit, Conference, Forum or Dialogue that the table lacks is taken
as it is written ("Ukraine Recovery Conference"); so is "Summit for Democracy".

A span covers the name and its event word ("BRICS Summit"), or the name alone.

Not supported: lower-case one-off events ("a peace summit"), which are left to the caller.

>>> find_occasion("Modi met Xi at the 16th BRICS Summit in Kazan.")
(24, 36, Occasion(name='BRICS summit'))
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any, NamedTuple

from extract.records import Occasion

DATA = Path(__file__).parent / "data" / "occasions.json"
_WORDS = re.compile(r"[\w'’-]+")
_ORDINALS = frozenset(["The", "First", "Second", "Third", "Fourth", "Fifth", "Annual", "Inaugural"])
_CONNECTORS = frozenset(["and", "of", "for", "on", "the", "in", "de"])


class _Entry(NamedTuple):
    pattern: re.Pattern[str]
    spec: dict[str, Any]


class _Table(NamedTuple):
    entries: list[_Entry]
    event_words: re.Pattern[str]
    before_event: re.Pattern[str]
    before_cue: re.Pattern[str]
    not_events: re.Pattern[str]
    qualifiers: list[tuple[re.Pattern[str], str]]
    generic: re.Pattern[str]


@functools.cache
def _table() -> _Table:
    with DATA.open(encoding="utf-8") as f:
        data = json.load(f)
    entries = []
    for spec in data["occasions"]:
        alts = "|".join(f"(?i:{a})" if " " in a else a for a in spec["aliases"])
        entries.append(_Entry(re.compile(rf"(?<!\w)(?:{alts})(?![\w+])"), spec))
    return _Table(
        entries,
        re.compile(data["event_words"], re.IGNORECASE),
        re.compile(data["before_event"], re.IGNORECASE),
        re.compile(data["before_cue"], re.IGNORECASE),
        re.compile(data["not_events"], re.IGNORECASE),
        [(re.compile(q, re.IGNORECASE), name) for q, name in data["qualifiers"]],
        re.compile(rf"\b(?:{'|'.join(data['generic'])})\b"),
    )


def venue_of(occasion: Occasion) -> str | None:
    """Where an occasion is always held, as the table gives it ("Munich, Germany"), else None.

    >>> venue_of(Occasion(name="Munich Security Conference")), venue_of(Occasion(name="G20 summit"))
    ('Munich, Germany', None)
    """
    for entry in _table().entries:
        if entry.pattern.search(occasion.name):
            venue: str | None = entry.spec.get("venue")
            return venue
    return None


def find_occasion(text: str) -> tuple[int, int, Occasion] | None:
    """The first occasion named in a sentence, as (start, end, Occasion), else None.

    >>> find_occasion("Lavrov met Wang on the sidelines of the G20 foreign ministers' meeting.")[2].name
    "G20 foreign ministers' meeting"
    >>> find_occasion("Russia holds the BRICS presidency this year.") is None
    True
    """
    hits, spans = _table_hits(text)
    found = [(hit, 0) for hit in hits if hit]
    found += [
        (hit, 1)
        for hit in _generic_hits(text)
        if hit and not any(a < hit[1] and hit[0] < b for a, b in spans)
    ]
    return min(found, key=lambda f: (f[0][0], f[1]))[0] if found else None


def _table_hits(text: str) -> tuple[list[tuple[int, int, Occasion] | None], list[tuple[int, int]]]:
    """Occasions from the table, and the spans of all table names, events or not."""
    matches = [(m, spec) for pattern, spec in _table().entries for m in pattern.finditer(text)]
    matches.sort(key=lambda ms: (ms[0].start(), -ms[0].end()))
    hits: list[tuple[int, int, Occasion] | None] = []
    spans = []
    taken = 0
    for m, spec in matches:
        if m.start() >= taken:
            taken = m.end()
            spans.append(m.span())
            hits.append(_occasion(text, m, spec))
    return hits, spans


def _occasion(text: str, m: re.Match[str], spec: dict[str, Any]) -> tuple[int, int, Occasion] | None:
    """The occasion this table match names here, if the words around it make it an event."""
    table = _table()
    start, end = m.start(), m.end()
    if paren := re.match(r"\s*\([A-Z][\w-]*\)", text[end:]):
        end += paren.end()
    short = spec["short"].replace("{1}", next((g for g in m.groups() if g), ""))
    if not spec.get("standalone"):
        left = re.search(r"(?:[A-Z][\w]*-)+$", text[:start])
        right = re.match(r"(?:-[A-Z][\w]*)+", text[end:])
        if left or right:
            start -= len(left.group()) if left else 0
            end += right.end() if right else 0
            short = text[start:end]
    segment = re.split(r"[.;:!?,()]", text[end : end + 80])[0]
    after = " ".join(_WORDS.findall(segment)[:6])
    before = text[max(0, start - 60) : start]
    negative = bool(table.not_events.match(re.sub(r"^['’]s\s*", "", after)))
    if spec.get("standalone"):
        if negative:
            return None
        name = spec.get("name", short)
        for near, variant in spec.get("variants", []):
            if re.search(near, f"{before[-40:]} {after}", re.IGNORECASE):
                name = variant
                break
        return start, end, Occasion(name=name)
    event = table.event_words.search(after)
    if event and (word := table.event_words.search(segment)) and len(segment[: word.start()].split()) < 5:
        end += word.end()
    if not (event or table.before_event.search(before)):
        if negative or not spec.get("cue", True) or not table.before_cue.search(before):
            return None
        return start, end, Occasion(name=spec.get("default", f"{short} summit"))
    for window in (after, before[-40:]):
        for near, template in table.qualifiers:
            if near.search(window):
                name = spec.get("summit", template) if template.endswith(" summit") else template
                return start, end, Occasion(name=name.format(short=short))
    return start, end, Occasion(name=spec.get("meeting", f"{short} meeting"))


def _generic_hits(text: str) -> list[tuple[int, int, Occasion] | None]:
    """Capitalised names ending in an event word ("Ukraine Recovery Conference")."""
    hits: list[tuple[int, int, Occasion] | None] = []
    for m in _table().generic.finditer(text):
        start = m.start()
        for word in reversed(list(_WORDS.finditer(text[: m.start()]))):
            if text[word.end() : start].strip() or not (
                word.group()[:1].isupper() or word.group() in _CONNECTORS
            ):
                break
            start = word.start()
        while (lead := re.match(r"(\S+)\s+", text[start : m.start()])) and lead.group(
            1
        ) in _ORDINALS | _CONNECTORS:
            start += lead.end()
        end = m.end()
        if start == m.start():
            tail = re.match(r"\s+(?:for|on|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s*)+", text[end:])
            if not tail:
                continue
            end += len(tail.group().rstrip())
        hits.append((start, end, Occasion(name=text[start:end])))
    return hits
