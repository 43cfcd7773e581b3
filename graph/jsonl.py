"""The meetings JSON Lines format: one merged meeting per line (``shared/eval/FORMAT.md``).

Fields: ``id``, ``participants`` (``name``, ``country``, ``role``), ``countries``, ``city``,
``country``, ``occasion``, ``date`` (``start`` and ``end`` ISO days, or null), ``kind`` and
``sources`` (``doc`` and the ``evidence`` sentences of each document that reports it).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from extract.records import Document
from graph.records import MergedMeeting


def meeting_record(m: MergedMeeting, documents: Mapping[str, Document] | None = None) -> dict[str, Any]:
    """One meeting as a JSON-ready dict of the meetings format.

    Given the ``documents`` by id, each source also says where its document came from:
    ``path`` (or ``<stdin>``), ``url`` and ``outlet``, each null when unknown.

    >>> from extract.records import Evidence, Meeting, Person
    >>> said = Evidence(doc="a", text="Wang Yi met Sergei Lavrov.", start=0, end=26)
    >>> m = MergedMeeting(id="m-1", participants=(Person(name="Wang Yi", country="China"),),
    ...                   reports=(Meeting(doc="a", participants=(), evidence=(said,)),))
    >>> record = meeting_record(m)
    >>> record["participants"], record["date"]
    ([{'name': 'Wang Yi', 'country': 'China', 'role': None}], None)
    >>> record["sources"]
    [{'doc': 'a', 'evidence': 'Wang Yi met Sergei Lavrov.'}]
    >>> source = meeting_record(m, {"a": Document(id="a", path="/news/a.txt", outlet="Xinhua")})["sources"][0]
    >>> source["path"], source["url"], source["outlet"]
    ('/news/a.txt', None, 'Xinhua')
    """
    date = m.date if m.date and m.date.start and m.date.end else None
    city, country = _as_told(m)
    return {
        "id": m.id,
        "participants": [{"name": p.name, "country": p.country, "role": p.role} for p in m.participants],
        "countries": list(m.countries),
        "city": city,
        "country": country,
        "occasion": m.occasion and m.occasion.name,
        "date": date and {"start": str(date.start), "end": str(date.end)},
        "kind": m.kind,
        "sources": [_source(m, doc, documents) for doc in m.docs],
    }


def _as_told(m: MergedMeeting) -> tuple[str | None, str | None]:
    """The meeting's city and country as its reports write them (``Place.said``): the spelling
    most of its reports of that place use, the canonical name where none spells it otherwise.

    >>> from extract.records import Meeting, Place
    >>> def at(doc, city, spelled=None):
    ...     where = Place(city=city, country="Russia", spelled=spelled)
    ...     return Meeting(doc=doc, participants=(), place=where)
    >>> where = Place(city="Saint Petersburg", country="Russia")
    >>> _as_told(MergedMeeting(id="m-1", participants=(), place=where,
    ...                        reports=(at("a", "Saint Petersburg", "St Petersburg"),)))
    ('St Petersburg', 'Russia')
    >>> _as_told(MergedMeeting(id="m-1", participants=(), place=where, reports=(at("a", "Moscow", "x"),)))
    ('Saint Petersburg', 'Russia')
    """
    if m.place is None:
        return None, None
    key = (m.place.city, m.place.country, m.place.region)
    told = Counter(
        r.place.said for r in m.reports if r.place and (r.place.city, r.place.country, r.place.region) == key
    )
    return told.most_common(1)[0][0] if told else (m.place.city, m.place.country)


def _source(m: MergedMeeting, doc: str, documents: Mapping[str, Document] | None) -> dict[str, Any]:
    source: dict[str, Any] = {
        "doc": doc,
        "evidence": " ".join(dict.fromkeys(e.text for r in m.reports if r.doc == doc for e in r.evidence)),
    }
    if documents is not None:
        d = documents.get(doc)
        source.update(path=d and d.path, url=d and d.url, outlet=d and d.outlet)
    return source


def write_jsonl(
    meetings: Iterable[MergedMeeting], stream: TextIO, *, documents: Mapping[str, Document] | None = None
) -> int:
    """Write one meeting per line to ``stream``; returns how many. With ``documents``, each
    source says where its document came from (see :func:`meeting_record`).

    >>> import io
    >>> from extract.records import Person
    >>> out = io.StringIO()
    >>> write_jsonl([MergedMeeting(id="m-1", participants=(Person(name="Wang Yi"),))], out)
    1
    >>> read_jsonl(io.StringIO(out.getvalue()))[0]["participants"][0]["name"]
    'Wang Yi'
    """
    count = 0
    for m in meetings:
        stream.write(json.dumps(meeting_record(m, documents), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_json(
    meetings: Iterable[MergedMeeting], stream: TextIO, *, documents: Mapping[str, Document] | None = None
) -> int:
    """Write the meetings as one indented JSON array; returns how many.

    >>> import io
    >>> out = io.StringIO()
    >>> write_json([], out), out.getvalue()
    (0, '[]\\n')
    """
    records = [meeting_record(m, documents) for m in meetings]
    stream.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    return len(records)


def read_jsonl(stream: TextIO) -> list[dict[str, Any]]:
    """The meetings of a JSON Lines stream, as dicts; blank lines are skipped."""
    return [json.loads(line) for line in stream if line.strip()]
