"""Venues an article places itself: a building named once with its city is in that city wherever
the article names it again.

News names a seat of government or a hotel with its town the first time ("proceeded to State
House, Nairobi", "talks at the Ritz Hotel in Lisbon"; a caption's "at Miraflores Palace, Caracas")
and then by its name alone ("talks with Ruto at State House"), or by the name before its
building's word ("Maduro receives Petro at Miraflores"). A reader takes the town told with the
building for both; no table of venues needs to know the building.

- A building is a capitalised name that ends in a building's word ("House", "Palace", "Hotel")
  or begins with one kept in its country's language ("Casa", "Palacio", "Istana"), or a venue
  of the places table that ends in a building's word ("Miraflores Palace").
- Its town is the city written right after it, after a comma or "in".
- A capitalised name right after "at" and placed so ("talks at APEC Haus, Port Moresby", "at
  Parliament, Wellington") is a venue too, though it holds no building's word, unless it names
  a place or a gathering of its own ("at Davos, Switzerland", "at APEC, Lima").
- The name before the building's word ("Miraflores") stands for the building only where it is
  no country, no capital, and no town of a country the article names by other words: "Moscow"
  stays Moscow beside "the Moscow Hotel in Belgrade", and "Salamanca" Spain's beside "Spanish".

Not supported: a building placed by a clause between it and its town ("the Suárez y Reyes
residence, the official residence of the head of state, in Montevideo").

>>> from extract.records import Place
>>> told = venues_in(["Ruto met Raisi at State House, Nairobi.", "They met again at State House."])
>>> told["state house"] == Place(city="Nairobi", country="Kenya")
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import cast

from spacy.tokens import Doc

from extract import occasions, places
from extract.records import Place
from extract.spans import doc_sentences, span_text

BUILDING_NOUNS = frozenset(
    "palace residence building headquarters hall hotel airport complex castle estate villa lodge centre "
    "center house guesthouse mansion tower arena stadium office ministry chancellery secretariat".split()
)
# the building words of names kept in their own language: "Casa Rosada", "Palácio do Planalto"
BUILDING_WORDS_ABROAD = frozenset(
    "casa palacio palácio palazzo palais palast schloss istana quinta villa maison kasr qasr saray sarayı "
    "dvorets".split()
)

# A capitalised name of up to six words, small joining words allowed inside ("Palacio de
# Miraflores"), right before the comma or "in" that leads to its town.
_JOINING = r"(?:de|del|do|da|la|of|the|y)(?=[ \t]+[A-Z])"
_NAME = re.compile(
    rf"([A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|{_JOINING})){{0,5}})(?:,[ \t]*|[ \t]+in[ \t]+)$"
)
_REACH = 80  # characters before a town looked at for the building's name
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_DEMONYM = re.compile(r"\b[A-Z][a-z]+\b")


def a_building_name(name: str) -> bool:
    """Whether a name is a building's: it ends in a building's word or begins with one kept in its
    country's language ("State House", "Casa Rosada"); not a town ("Nairobi").

    >>> a_building_name("State House"), a_building_name("Palacio de Miraflores"), a_building_name("Lisbon")
    (True, True, False)
    """
    words = name.split()
    return len(words) >= 2 and (
        words[-1].lower() in BUILDING_NOUNS or words[0].lower() in BUILDING_WORDS_ABROAD
    )


_JOINING_WORDS = frozenset("de del do da dos das di della la le el of the".split())


def short_name(name: str) -> str | None:
    """The name before a building's word, which news uses for the building: "Miraflores" for
    "Miraflores Palace"; or, for a name kept in its country's language, the name after its
    building's word and a joining word ("Alvorada" for "Palácio da Alvorada", as in "Lula hosts
    Xi at Alvorada"); None where the name has neither ("Casa Rosada": no joining word).

    >>> short_name("Miraflores Palace"), short_name("Palácio da Alvorada"), short_name("Casa Rosada")
    ('Miraflores', 'Alvorada', None)
    """
    words = name.split()
    if len(words) < 2:
        return None
    if words[-1].lower() in BUILDING_NOUNS:
        return " ".join(words[:-1])
    if words[0].lower() not in BUILDING_WORDS_ABROAD or words[1].lower() not in _JOINING_WORDS:
        return None
    rest = words[1:]
    while rest and rest[0].lower() in _JOINING_WORDS:  # "Palacio de la Moneda": "Moneda"
        rest = rest[1:]
    return " ".join(rest) if rest and rest[0][:1].isupper() else None


_VENUES = "dipgraph.venues"


def venues_placed(doc: Doc) -> dict[str, Place]:
    """The buildings the article places, by folded name (see :func:`venues_in`); found once per doc."""
    if _VENUES not in doc.user_data:
        doc.user_data[_VENUES] = venues_in(span_text(sentence) for sentence in doc_sentences(doc))
    return cast(dict[str, Place], doc.user_data[_VENUES])


def venues_in(sentences: Iterable[str]) -> dict[str, Place]:
    """The buildings the sentences of a text name with their towns, and the short names that
    stand for them, by folded name; a name placed in two towns is left out."""
    text = ""
    starts: list[tuple[int, str]] = []  # each sentence, where it starts in the text
    for sentence in sentences:
        starts.append((len(text), sentence))
        text += sentence + "\n"

    def placed(read: Iterable[tuple[int, str]]) -> list[tuple[int, int, Place]]:
        # places are found sentence by sentence, as the rules find them
        return [
            (at + start, at + end, place)
            for at, sentence in read
            for start, end, place in places.find_places(sentence)
        ]

    # a building's name, placed or placing its town, holds a building's word: a sentence with none
    # is searched for places only if a building is kept (for the countries the text names)
    searched = [_may_name_a_building(sentence) for _, sentence in starts]
    found = placed(start for start, may in zip(starts, searched, strict=True) if may)
    told: dict[str, Place | None] = {}

    def note(name: str, place: Place) -> None:
        key = places.fold(name)
        told[key] = place if told.get(key, place) == place else None

    for start, end, place in found:
        if place.city is None:
            continue
        name = text[start:end]
        if places.is_venue_name(name) and a_building_name(name):
            note(name, place)  # "Miraflores Palace": its town the table's
            if (short := short_name(name)) is not None:
                note(short, place)
            continue
        before = _NAME.search(text, max(0, start - _REACH), start)
        if before is None or before.end() != start:
            continue
        building = _LEADING_THE.sub("", before.group(1))
        if places.is_venue_name(building):
            continue
        if not a_building_name(building) and not _a_venue_at(text, before.start(1), building):
            continue
        note(building, place)
        if (short := short_name(building)) is not None:
            note(short, place)
    kept = {key: place for key, place in told.items() if place is not None}
    if kept:  # the other sentences' places too (each searched once)
        found += placed(start for start, may in zip(starts, searched, strict=True) if not may)
    return {key: place for key, place in kept.items() if _stands_for_the_building(key, place, text, found)}


_BUILDING_WORDS = tuple(sorted(BUILDING_NOUNS | BUILDING_WORDS_ABROAD))
_AT = re.compile(r"\bat[ \t]+(?:the[ \t]+)?$")


def _a_venue_at(text: str, start: int, name: str) -> bool:
    """Whether a name placed with its town is told right after "at" ("held talks at APEC Haus,
    Port Moresby"), and names no place or gathering of its own ("at Davos, Switzerland", "at the
    G20, Rio"): a venue that no building's word shows."""
    return (
        _AT.search(text, max(0, start - 8), start) is not None
        and not places.find_places(name)
        and not occasions.names_a_body(name)
        and occasions.find_occasion(name) is None
    )


def _may_name_a_building(sentence: str) -> bool:
    """Whether a sentence holds one of the building words (:func:`a_building_name`) anywhere, in
    any case, or a capitalised name after "at" (:func:`_a_venue_at`): a test all its building
    names pass, and most sentences that name none fail."""
    lowered = sentence.lower()
    return any(word in lowered for word in _BUILDING_WORDS) or _AT_A_NAME.search(sentence) is not None


_AT_A_NAME = re.compile(r"\bat[ \t]+(?:the[ \t]+)?[A-Z][^,\n]{0,60},[ \t]*[A-Z]")


def _stands_for_the_building(key: str, place: Place, text: str, found: list[tuple[int, int, Place]]) -> bool:
    """Whether a name may be read as the building placed: a building's full name may; a name that
    is a place of its own only where it is no country and no capital, and its town's country is
    the building's or one the text names by no other words."""
    own = places.resolve_place(key)
    if own is None or own == place:
        return True
    if own.city is None or places.country_name(key) is not None or places.is_capital_name(key):
        return False
    if own.country == place.country:
        return True
    named = {p.country for s, e, p in found if places.fold(text[s:e]) != key}
    named |= {places.demonym_country(m.group()) for m in _DEMONYM.finditer(text)}
    return not named & (places.namesake_countries(key) | {own.country})


def venue_placed(doc: Doc, name: str) -> Place | None:
    """The town the article places a building in that it names here ("State House" told before
    as "State House, Nairobi"), else None."""
    told = venues_placed(doc)
    if not told:
        return None
    return told.get(places.fold(_LEADING_THE.sub("", name)))
