from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from extract.meetings import find_meetings
from extract.people import People
from extract.pipeline import DEFAULT_MODEL, load
from extract.records import Meeting


@pytest.fixture(scope="session")
def nlp():
    """The real statistical pipeline, loaded once for the whole test session."""
    return load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def people_in(nlp) -> Callable[..., People]:
    def parse(text: str, year: int | None = 2024) -> People:
        return People(nlp(text), year=year)

    return parse


@pytest.fixture(scope="session")
def meetings_in(nlp) -> Callable[..., list[Meeting]]:
    """Meetings stated by a short text published on ``published`` (None: no publication date)."""

    def extract(text: str, published: date | None = date(2024, 11, 19)) -> list[Meeting]:
        doc = nlp(text)
        people = People(doc, year=published.year if published else None)
        return find_meetings(doc, people, doc_id="t", published=published)

    return extract
