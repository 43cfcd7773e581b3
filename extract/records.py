"""Typed records: the only thing that crosses from ``extract/`` to ``graph/``.

Every record is frozen (hashable, immutable) and forbids unknown fields, so a
misspelt field fails loudly. Every fact keeps its evidence: the document id,
the sentence and its character offsets in the document text.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from datetime import date
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from extract.vocabulary import MEETING_KINDS as MEETING_KINDS  # the closed sets, named here too
from extract.vocabulary import DatePrecision as DatePrecision
from extract.vocabulary import DateSource as DateSource
from extract.vocabulary import MeetingKind as MeetingKind


class Record(BaseModel):
    """Base of all records: frozen and strict about field names. Each model's validator is
    built when the model is first used, not on import (``defer_build``): a command that reads
    people and places does not build the meetings' and documents' validators at its start."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


def visible(text: str) -> str:
    """``text`` without Unicode format characters (category Cf: the bidirectional overrides
    that reorder what a table shows, zero-width spaces, soft hyphens).

    >>> visible("Wang\u202eYi\u200b")
    'WangYi'
    """
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


Name = Annotated[str, AfterValidator(visible)]  # a name shown to users: no format characters


def slug(text: str) -> str:
    """Fold accents and case into a stable id fragment.

    >>> slug("Péter Szijjártó")
    'peter-szijjarto'
    >>> slug("Đuro Macut"), slug("Łukasz Kowalski")
    ('duro-macut', 'lukasz-kowalski')
    """
    return _slug(text)


# letters that carry no accent to strip: "Đà Nẵng" is Da Nang, "Łódź" Lodz, "Ørsted" Orsted
LETTERS = str.maketrans(
    {"đ": "d", "Đ": "D", "ð": "d", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "ß": "ss",
     "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th"}
)  # fmt: skip


@functools.lru_cache(maxsize=1 << 16)
def _slug(text: str) -> str:
    """:func:`slug`, remembered: every ``Person.id`` and name match slugs the same names again."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).translate(LETTERS).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def content_id(prefix: str, *parts: object) -> str:
    """A short id derived from content, stable across runs.

    >>> content_id("m", "a", 1) == content_id("m", "a", 1)
    True
    """
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:10]}"


class Document(Record):
    """One article: where it came from and when it was published."""

    id: str
    title: Name | None = None
    published: date | None = None
    published_source: DateSource = "none"
    path: str | None = None
    url: str | None = None
    outlet: Name | None = None
    sha256: str | None = None


class Evidence(Record):
    """A sentence of a document that states a fact, with its character offsets."""

    doc: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Person(Record):
    """A named person as an article states them."""

    name: Name
    aliases: tuple[Name, ...] = ()
    country: Name | None = None
    role: Name | None = None

    @property
    def id(self) -> str:
        return f"person:{slug(self.name)}"


class Place(Record):
    """Where something happened: a city and its country, or a region or country alone."""

    city: Name | None = None
    country: Name | None = None
    region: Name | None = None
    # The place's own name as the article writes it, where that is another form of the same
    # name ("St Petersburg" for Saint Petersburg, "New York" for New York City): the city's, or a
    # country's where no city or region is named. Output writes it; every comparison, merge and
    # id uses the canonical fields above.
    spelled: Name | None = None
    # The part of its country the article places it in, where news names that part in the
    # country's stead ("West Bank" for Ramallah, Palestine): output writes it as the country;
    # every comparison, merge and id uses the country.
    territory: Name | None = None

    def __eq__(self, other: object) -> bool:
        """The same place, however each article spells it.

        >>> Place(city="Saint Paul", spelled="St. Paul") == Place(city="Saint Paul")
        True
        """
        if not isinstance(other, Place):
            return NotImplemented
        return (self.city, self.country, self.region) == (other.city, other.country, other.region)

    def __hash__(self) -> int:
        return hash((self.city, self.country, self.region))

    def __repr_args__(self) -> Any:
        return [
            (k, v) for k, v in super().__repr_args__() if k not in {"spelled", "territory"} or v is not None
        ]

    @property
    def said(self) -> tuple[str | None, str | None]:
        """(city, country) as the article writes them.

        >>> Place(city="Saint Petersburg", country="Russia", spelled="St Petersburg").said
        ('St Petersburg', 'Russia')
        >>> Place(city="Ramallah", country="Palestine", territory="West Bank").said
        ('Ramallah', 'West Bank')
        """
        country = self.territory or self.country
        if self.spelled is None:
            return self.city, country
        if self.city is not None:
            return self.spelled, country
        return None, self.spelled if self.region is None else country

    @property
    def id(self) -> str:
        return "place:" + slug(
            "-".join(p for p in (self.city or self.region, self.country) if p) or "unknown"
        )


class Occasion(Record):
    """A summit or conference a meeting was held at."""

    name: Name

    @property
    def id(self) -> str:
        return f"occasion:{slug(self.name)}"


class DateSpan(Record):
    """A span of days; ``start`` and ``end`` are None when the text cannot tell."""

    start: date | None = None
    end: date | None = None
    precision: DatePrecision = "day"
    phrase: str | None = None
    month: int | None = Field(default=None, ge=1, le=12)  # a month named where the year is unknown
    day: int | None = Field(default=None, ge=1, le=31)  # and the day of that month, if named

    @property
    def resolved(self) -> bool:
        return self.start is not None and self.end is not None


class Meeting(Record):
    """A meeting stated by one document."""

    doc: str
    participants: tuple[Person, ...]
    countries: tuple[str, ...] = ()
    place: Place | None = None
    occasion: Occasion | None = None
    date: DateSpan | None = None
    kind: MeetingKind = "in_person"
    evidence: tuple[Evidence, ...] = ()
    background: bool = False  # told as the past of the article's news ("their previous meeting")
    another: bool = False  # told as another than those told before ("also", "a separate meeting")
    arrival: bool = False  # a host's welcome where the visitor lands ("was received at the airport by")
    bilateral: bool = False  # told as a meeting of two sides ("a bilateral meeting", "one-on-one talks")


class Extraction(Record):
    """Everything extracted from one document."""

    document: Document
    people: tuple[Person, ...] = ()
    meetings: tuple[Meeting, ...] = ()
