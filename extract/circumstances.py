"""Where, when and at which occasion a clause places what it reports.

A place counts only as a venue ("in Moscow", "at a summit in Peru", "in the city of Rio", "a
visit to China"), never as a title ("ambassador to Moscow"), a topic ("the war in Ukraine") or
a wire dateline ("MOSCOW (AP) —", whose date is the report's, not the meeting's). Dates are
resolved against the publication date by :mod:`extract.dates`; a plan's weekday is the coming
one, and a month named where the year cannot be told is kept as a month.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from calendar import monthrange
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import cast

from spacy.tokens import Doc, Span, Token

from extract import dates, gazetteer, occasions, places
from extract.records import DateSpan, Occasion, Place
from extract.spans import (
    clause_tokens,
    doc_entities,
    doc_heads,
    doc_text,
    doc_tokens,
    entities,
    span_text,
    span_tokens,
    verb_above,
)
from extract.told import is_background

MEETING_NOUNS = frozenset(
    (
        "meeting talks talk call conversation visit trip bilateral meet negotiations encounter "
        "consultations summit audience phone videoconference"
    ).split()
)
# Words that state a meeting only when the parse links them to the other party: "a pivotal
# dialogue with", "their encounter", "held extensive discussions with", "convened with".
LINKED_NOUNS = frozenset(
    (
        "dialogue dialog engagement interaction discussion tête-à-tête tete-a-tete sit-down parley "
        "get-together gathering reception dinner lunch luncheon banquet breakfast huddle "
        "rendezvous consultation"
    ).split()
)
VISIT_WORDS = frozenset("visit trip travel tour".split())
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
DATELINE = re.compile(  # CITY[, COUNTRY][ [COUNTRY]][, DATE][ (AGENCY) | , AGENCY | . AGENCY] -|:|—[ DATE -]
    r"\s*(?P<city>[A-ZÀ-Þ](?:[^\W\d_]|[.'’‘ -]){1,30}?)"  # "Hà Nội", "BOGOTÁ"
    rf"(?:\s*,\s*(?!{_WEEKDAY})(?P<where>[A-Z][A-Za-z.'’ -]{{1,40}}?))?"
    r"\s*(?:\[(?P<bracket>[^\]\n]{1,20})\]|\([^)\n]{1,20}\))?"
    rf"(?P<told>\s*,\s*(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY}|{_WEEKDAY}|\d{{1,2}}(?P<sep>[./-])\d{{1,2}}(?P=sep)(?=\d{{4}}))(?:(?:,?\s*|/)\d{{4}})?)?"
    r"(?:\.?\s*/[A-Z]+/\.|\s*\([A-Z](?:[^\W\d_]| ){1,20}\)\.?\s*[-—–:]"  # "(Télam) -"
    r"|(?(told)[ \t]+[A-Z][A-Za-z]{2,15}[ \t]+[-—–]{1,2}[ \t]|(?!))"  # after its date: "Aug. 26 Kyodo -"
    r"|\s*\([A-Z]{2,}[A-Za-z]{0,10}\)\s+(?=[A-Z])"
    r"|\s*[,.]\s*(?:[A-Z]{2,}[A-Za-z]*|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)\s*[-—–]"  # ", Asia-Plus --"
    r"|\s*\([A-Z][A-Za-z ]{1,20}\)[ \t]*(?=\n)"  # "Washington, Feb. 11 (Petra)" on a line of its own
    r"|\s*[:—–|]|\s--?\s"
    r"|(?P<alone>[ \t]*(?=\n[ \t]*\n)))"  # "ANKARA" alone on its line, a blank line after it
    r"(?:\s*\d{1,2}\.\d{1,2}\.\d{4}\s*[-—–])?"  # "BAGHDAD (AA) - 22.04.2024 -": the report's date
)
VENUE_NOUNS = frozenset(
    "city capital resort town village palace residence summit sidelines margins margin conference forum "
    "session sessions meeting meetings talks visit trip stop stopover ceremony venue port region island "
    "building headquarters hall hotel airport complex castle estate villa retreat lodge centre center "
    "province state prefecture county district".split()
)
# Nouns of coming to or staying in a place: "on arrival in Brunei", "during his stay in Egypt" (not
# "at": "upon arrival at Bole International Airport" names an airport, whose town may be another's).
STAY_NOUNS = frozenset("arrival stay".split())
PLANNED_FOR = frozenset("propose plan schedule set slate earmark pencil".split())
# Verbs of setting out whose "for" names where the traveller goes: "leaves for Doha", "departed for
# Tokyo", "headed for Geneva", "set off for Kyiv", "bound for Beijing".
SETTING_OUT_FOR = frozenset("leave depart head set sail bound".split())
# Parts of a site, whose "of" names the site where what happens in them happens: "a welcome in
# the forecourt of Rashtrapati Bhavan", "talks on the lawns of the palace" (not "at the invitation
# of China": an invitation is no part of a place).
SITE_PARTS = frozenset(
    "forecourt courtyard courtyards grounds lawn lawns garden gardens steps premises precincts "
    "compound portico terrace balcony".split()
)
TITLE_NOUNS = frozenset(
    "ambassador envoy embassy mission consulate representative head president minister".split()
)


def dateline_place(sentence: Span) -> Place | None:
    """The place of a wire dateline opening the sentence's line: "MOSCOW (AP) —", "New Delhi:",
    "Kazan [Russia], October 22 :", "MOSCOW, December 30. /TASS/." (or without the dot: "Ulaanbaatar,
    September 3 /MONTSAME/."), "SUVA, Fiji (AP) —",
    "Dili, 3rd May, 2024 (ANTARA) --", "Doha, March 04, 2024, QNA --", "BISHKEK. KABAR –",
    "NAIROBI, Wednesday -", "BAGHDAD (AA) - 22.04.2024 -", "Rabat, 02/02/2023 (MAP) -",
    "WASHINGTON, Aug. 26 Kyodo -" (an agency named bare after the date),
    "Vatican City (EFE).-", "Nairobi, March 4/2024 (KNA) -", and one on a line of its own
    ("Washington, Feb. 11 (Petra)")."""
    found = _dateline_match(sentence)
    return found[1] if found else None


def dateline_end(sentence: Span) -> int:
    """The character offset where a dateline opening the sentence's line ends: its date is the
    date of the report, not of the meeting."""
    found = _dateline_match(sentence)
    return found[0] if found else sentence.start_char


def _dateline_match(sentence: Span) -> tuple[int, Place] | None:
    """:func:`_found_dateline`, found once per sentence and kept in ``doc.user_data`` (each
    clause of the sentence asks for its dateline's place and end)."""
    found: dict[int, tuple[int, Place] | None] = sentence.doc.user_data.setdefault(_DATELINES, {})
    if sentence.start_char not in found:
        found[sentence.start_char] = _found_dateline(sentence)
    return found[sentence.start_char]


_DATELINES = "dipgraph.datelines"


def _found_dateline(sentence: Span) -> tuple[int, Place] | None:
    text = doc_text(sentence.doc)
    line_start = text.rfind("\n", 0, sentence.start_char) + 1
    if sentence.start_char - line_start > 120:
        return None
    match = DATELINE.match(text, line_start, min(len(text), line_start + 120))
    if match is None:
        return None
    after = match.end()
    while after < len(text) and text[after] in " \t:—–-":
        after += 1
    if sentence.start_char > after:
        return None  # the sentence neither opens the line nor comes right after its dateline
    name = match["city"].strip()
    if not (_whole_place(name) or _a_town_in_capitals(name)):
        return None  # a headline's topic, "Ukraine ceasefire: ...", is no dateline
    if match["alone"] is not None and not places.a_dateline_alone(name):
        return None  # a line of its own is a dateline only as a city in capitals, not "CHINA"
    where = (match["where"] or match["bracket"] or "").strip()
    if _a_state_abbreviated(where):
        where = ""  # "KANANASKIS, Alta., June 17 (CP) -": the city alone tells its country
    elif match["where"] and not (places.country_after_comma(where) or _whole_place(where)):
        return None  # "Lula, Maduro: ..." names no city and its country
    place = places.resolve_place(f"{name}, {where}") if where else None
    place = place or places.resolve_place(name)
    return (match.end(), place) if place is not None else None


def _a_state_abbreviated(where: str) -> bool:
    """Whether the words after a dateline city's comma are a state or province abbreviated
    ("TORONTO, Ont. (CP) -"), not a country's: the city alone names the place."""
    return (
        places.STATE_ABBREVIATION.fullmatch(where) is not None and places.country_after_comma(where) is None
    )


def _a_town_in_capitals(name: str) -> bool:
    """A town written in capitals, as a dateline writes it ("PUTRAJAYA, Jan 10 (Bernama) --"),
    which the text alone would name only after a cue such as "in"."""
    place = places.resolve_place(name) if name.isupper() and len(name) > 3 else None
    return place is not None and place.city is not None


def _whole_place(name: str) -> bool:
    """Whether a name is all one place's name, as a dateline's parts are."""
    return any(start == 0 and end == len(name) for start, end, _ in places.find_places(name))


def is_dateline(ent: Span) -> bool:
    """Whether a place is the dateline of its line, not a place the sentence speaks of."""
    return ent.start_char < dateline_end(ent.sent)


def place_spans(sentence: Span) -> list[Span]:
    """Places the model tags, and the places of the gazetteer it misses ("in Uzbekistan's
    Samarkand"), never inside a person's name. Found once per sentence and kept in
    ``doc.user_data``: a sentence is asked again for each clause and each verb of being."""
    found: dict[tuple[int, int], list[Span]] = sentence.doc.user_data.setdefault(_PLACE_SPANS, {})
    key = (sentence.start, sentence.end)
    if key not in found:
        found[key] = _place_spans(sentence)
    return list(found[key])


_PLACE_SPANS = "dipgraph.place_spans"


def _place_spans(sentence: Span) -> list[Span]:
    ents = entities(sentence)
    spans = [e for e in ents if e.label_ in {"GPE", "LOC", "FAC"}]
    taken = {
        i for e in ents if e.label_ in {"GPE", "LOC", "FAC", "PERSON", "ORG"} for i in range(e.start, e.end)
    }
    mislabelled = {  # "capital Reykjavik" as an organisation, "visited Vanuatu", "in Nusa Dua" as a person
        (e.start, e.end)
        for e in ents
        if e.label_ == "ORG"
        or (e.label_ == "PERSON" and places.country_name(e.text) is not None)
        or (e.label_ == "PERSON" and places.is_venue_name(e.text))  # "at Palazzo Chigi", "at Akorda"
        or (
            e.label_ == "PERSON"
            and len(e) >= 2
            and places.is_place_name(e.text)
            and gazetteer.lookup(e.text) is None
        )
        or _city_taken_for_a_person(e)
    }
    mislabelled |= {  # "received him in the Oval Office" as an organisation, its article taken in;
        (e.start + 1, e.end)  # a city's whole name so ("in the New Administrative Capital")
        for e in ents
        if e.label_ == "ORG"
        and len(e) > 1
        and e[0].lower_ == "the"
        and (_where_met(e) or places.is_place_name(e[1:].text))
    }
    for start, end, _ in places.find_places(span_text(sentence)):
        span = sentence.char_span(start, end, alignment_mode="contract")
        if span is None or not len(span):
            continue
        if (
            (span.start, span.end) in mislabelled
            or not taken & set(range(span.start, span.end))
            or _after_a_preposition_in_a_name(span, taken)
            or _town_after_a_building(span, ents)
        ):
            spans.append(span)
        elif inside := _places_inside(span, ents):
            spans = [s for s in spans if s not in inside] + [span]  # "Port of Spain", not "Spain"
    spans += _capitals_named(sentence)
    spans += [e for e in ents if _a_city_bearing_a_name(e) is not None]  # "in Nancy", a person to the model
    return sorted((_with_its_state(s) for s in spans), key=lambda s: s.start)


def _places_inside(span: Span, ents: Sequence[Span]) -> list[Span]:
    """The model's places that a longer name of the gazetteer holds, where the model tagged
    nothing else in it: "Port of Spain" tagged as "Port" and "Spain" is the city, not Spain; and
    whatever it tagged inside a country's name of two parts ("Trinidad" and "Tobago")."""
    inside = [e for e in ents if e.start < span.end and span.start < e.end]
    if any(e.start < span.start or e.end > span.end for e in inside):
        return []
    if any(e.label_ not in {"GPE", "LOC", "FAC"} for e in inside) and not _a_country_of_two(span):
        return []
    return inside if all(len(e) < len(span) for e in inside) else []


def _a_country_of_two(span: Span) -> bool:
    """Whether a name is a country's of two parts, which the model tags apart and as anything
    ("St. Vincent" and "Grenadines" as an organisation, "Antigua" and "Barbuda" as a person): the
    country, whatever the model made of its parts."""
    return " and " in span.text and places.country_name(span.text) is not None


def _with_its_state(span: Span) -> Span:
    """A town's span with the state or province abbreviated after its comma, which tells its
    country: "in Palm Beach, Fla., on Friday" is in the United States, not in Australia."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or not span.text[:1].isupper():
        return span
    state = places.STATE_ABBREVIATION.match(span_text(doc[span.end + 1 : span.end + 4]))
    if state is None or places.abbreviated_state(state.group()) is None:
        return span
    longer = doc.char_span(span.start_char, doc[span.end + 1].idx + state.end(), alignment_mode="expand")
    return longer if longer is not None else span


def _where_met(ent: Span) -> bool:
    """Whether a name is the object of "in" or "at" on a word of meeting ("received Ruto in the
    Oval Office", "talks at the Kremlin"), not a place told of otherwise ("keeping ties stable
    with Trump due back in the White House")."""
    from extract.triggers import is_trigger  # triggers reads this module's nouns: imported late

    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in {"in", "at"}:
        return False
    above = root.head.head
    for _ in range(4):  # "a meeting with Trump and Vice President JD Vance in the Oval Office"
        if above.ent_type_ != "PERSON" or above.dep_ not in {"conj", "pobj", "compound", "nmod", "appos"}:
            break
        if above.dep_ == "pobj":
            above = above.head.head if above.head.lower_ == "with" else above
            break
        above = above.head
    return is_trigger(above)


def _after_a_preposition_in_a_name(span: Span, taken: set[int]) -> bool:
    """Whether a place comes right after "at" or "in" that the model took into a name with it:
    "received by King Charles at Sandringham", tagged as one person."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.i in taken and before.lower_ in {"at", "in"}


def _town_after_a_building(span: Span, ents: Sequence[Span]) -> bool:
    """Whether a place ends a name the model tagged as an organisation or a building, right after
    a building's word: "at State House Entebbe", "at Government House Port Moresby" (the seat of
    a head of state named by its town, as African and Pacific outlets write it)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and (before.lower_ in BUILDING_NOUNS or before.lower_ in BUILDING_WORDS_ABROAD)
        and any(e.label_ in {"ORG", "FAC"} and e.start <= before.i and e.end == span.end for e in ents)
    )


def _city_taken_for_a_person(ent: Span) -> bool:
    """A one-word city the model tags as a person, where a place goes: "visited Abuja", "talks
    in Dakar" (a capital or a city of 100,000 people); never an official's name ("met Kagame")
    nor a word of a person's full name the article gives ("Santiago Peña ... Santiago")."""
    if ent.label_ != "PERSON" or len(ent) != 1 or not places.is_city_alone(ent.text):
        return False
    if gazetteer.lookup(ent.text) is not None or gazetteer.by_surname(ent.text):
        return False
    root = ent.root
    visited = root.dep_ == "dobj" and root.head.lemma_.lower() in {"visit", "tour"}
    if not (visited or (root.dep_ == "pobj" and root.head.lower_ in {"in", "to", "at"})):
        return False
    return not any(
        e.label_ == "PERSON" and len(e) > 1 and ent.text in {t.text for t in e} for e in ent.doc.ents
    )


def _a_city_bearing_a_name(ent: Span) -> Place | None:
    """A city whose name is also a person's, tagged by the model as a person, where it is the
    place of an act ("signed a treaty in Nancy") and the article names the city's country ("French
    President Emmanuel Macron"); never a person the article names in full or an official."""
    if ent.label_ != "PERSON" or len(ent) != 1 or (city := places.city_bearing_a_name(ent.text)) is None:
        return None
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "in" or root.head.head.pos_ not in {"VERB", "AUX"}:
        return None
    if gazetteer.lookup(ent.text) is not None or gazetteer.by_surname(ent.text):
        return None
    if any(e.label_ == "PERSON" and len(e) > 1 and ent.text in {t.text for t in e} for e in ent.doc.ents):
        return None
    return city if city.country in _article_countries(ent.doc) else None


def _capitals_named(sentence: Span) -> list[Span]:
    """A capital named by its country: "in the Venezuelan capital", "in Nigeria's capital", "in
    the capital of Kenya" (the span's root is "capital", so it is a venue as a city name is)."""
    found = []
    for token in span_tokens(sentence):
        if token.lower_ != "capital" or token.pos_ != "NOUN":
            continue
        before = [
            c for c in token.children if c.dep_ in {"amod", "poss", "compound", "nmod"} and c.i < token.i
        ]
        after = [g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for start, end in [(min(t.left_edge.i for t in before), token.i + 1)] if before else []:
            found.append(sentence.doc[start:end])
        for named in after[:1]:
            found.append(sentence.doc[token.i : named.right_edge.i + 1])
    return [s for s in found if places.capital_of(s.text) is not None]


def venue_in(
    sentence: Span, *, of_meeting: bool = False, held: Callable[[Token], bool] | None = None
) -> Place | None:
    """The first place a sentence names as a venue (not its dateline), optionally only one given
    to a meeting word ("Meeting in Riyadh"), and, with ``held``, to one that ``held`` says tells
    a meeting held, not one still to come ("invited him to visit Russia next year"); a city "at"
    or "in" which something happens counts even where the parse hangs it on a noun ("assumed the
    presidency at Samarkand")."""
    for ent in place_spans(sentence):
        if is_dateline(ent) or _told_since_or_before(ent) or _one_of_several_stops(ent):
            continue  # "held talks, before flying on to Lome": not where they were held
        place = places.resolve_place(ent.text)
        if place is None:
            continue
        head = ent.root.head
        city_at = place.city is not None and ent.root.dep_ == "pobj" and head.lower_ in {"in", "at"}
        if not (is_venue(ent) or (city_at and head.head.lemma_.lower() not in TITLE_NOUNS)):
            continue
        if of_meeting:
            above = list(ent.root.ancestors)
            words = [a for a in above[:3] if a.lemma_.lower() in MEETING_NOUNS]
            if not words and any(_of_a_gathering(a) for a in above[:3]):
                # "meetings on the margins of the Pacific Islands Forum in Honiara": the forum's city;
                # so too "on the margins of the CHOGM in Apia", "on the margins of the X (XY) in Honiara"
                words = [a for a in above[3:6] if a.lemma_.lower() in MEETING_NOUNS]
            if not words or (held is not None and not any(held(w) for w in words)):
                continue
        return place
    return None


def _of_a_gathering(word: Token) -> bool:
    """A word a place may hang on that is a gathering's, not a meeting's: "summit", a gathering's
    name ("the CHOGM in Apia"), or its margins."""
    lemma = word.lemma_.lower()
    named = word.pos_ == "PROPN" and word.ent_type_ == "ORG"
    return lemma in GATHERING_NOUNS or lemma in SETTING_NOUNS or named


def toured_places(sentence: Span) -> list[Place]:
    """The places a sentence names as the stops of one trip, joined by "and" or commas, not its
    dateline: "in a one-day tour of Berlin, Paris and Brussels", "during a trip to Kampala and
    Kigali"; not two trips ("his second visit to Russia; he had travelled to Moscow in July")."""
    stops: list[Place] = []
    for ent in _stops(sentence):
        if (place := places.resolve_place(ent.text)) is not None and place not in stops:
            stops.append(place)
    return stops


def _stops(sentence: Span) -> list[Span]:
    """The place spans of the one trip a sentence tells several stops of, else none; found once
    per sentence and kept in ``doc.user_data``."""
    found: dict[tuple[int, int], list[Span]] = sentence.doc.user_data.setdefault(_STOPS, {})
    key = (sentence.start, sentence.end)
    if key not in found:
        found[key] = _found_stops(sentence)
    return found[key]


_STOPS = "dipgraph.stops"


def _found_stops(sentence: Span) -> list[Span]:
    trips: dict[int, list[Span]] = {}
    for ent in place_spans(sentence):
        if is_dateline(ent):
            continue
        token = ent.root
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "Paris" and "Brussels" hang on "Berlin"
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in {"of", "to"} and head.head.lemma_.lower() in VISIT_WORDS:
            trips.setdefault(token.i, []).append(ent)
    return next((found for found in trips.values() if len(found) >= 2), [])


def _one_of_several_stops(ent: Span) -> bool:
    """Whether a place is one stop of a trip the sentence names several of ("a trip to Kampala
    and Kigali"): no venue of the meetings told with the trip, each held at one of them."""
    return ent in _stops(ent.sent) and len(toured_places(ent.sent)) >= 2


def in_clause(span: Span, clause: set[int]) -> bool:
    return span.root.i in clause


def clause_place(sentence: Span, clause: set[int]) -> Place | None:
    """The venue a clause names: its city (in the country it names, if it names one), else its
    country; else the place of the occasion it refers back to ("on the sidelines of the summit",
    see :func:`occasion_told_before`)."""
    clause = clause | _plan_of(sentence, clause)  # "In Jakarta, Modi is scheduled to meet X"
    if (place := _named_place(sentence, clause)) is not None:
        return place
    told = occasion_told_before(sentence, clause)
    return told[1] if told is not None else None


def _named_place(sentence: Span, clause: set[int], *, told_when: bool = True) -> Place | None:
    """The venue a clause names; ``told_when``: else that of the time it is told at (see
    :func:`_when_there`), not looked for again from there."""
    city: Place | None = None
    city_name = ""
    named_for: Place | None = None
    country: Place | None = None
    for ent in place_spans(sentence):
        if not in_clause(ent, clause) or is_dateline(ent):
            continue
        if _before_leaving(ent):
            pass  # "will see Macut before leaving Belgrade": in Belgrade
        elif not is_venue(ent) or _another_time(ent, clause) or _told_since_or_before(ent, clause):
            continue  # "arrived in Vienna after a visit to Russia": the visit's place
        if _one_of_several_stops(ent) or _names_a_thing_placed_after(ent):
            continue
        place = places.resolve_place(ent.text) or _a_city_bearing_a_name(ent)
        if place is not None and place.city and places.by_another_name_only(ent.text):
            place = _named_in_its_country(ent, place)
        elif place is not None and place.city:
            place = _namesake_in_context(ent, place)
        else:
            place = (
                place
                or _town_named_with_its_country(ent)
                or _town_of_an_airport(ent)
                or _of_the_country_it_is_told_of(ent)
            )
        if place is None:
            continue
        if place.city and (town := _located_near(ent)):
            place = Place(city=town, country=place.country)  # "in Mamallapuram, near Chennai"
        if place.city and _named_for(ent, place):
            named_for = named_for or place
        elif place.city and city is None:
            city, city_name = place, ent.text
        elif not place.city and country is None:
            country = place
            if ent.label_ == "FAC" and not places.is_place_name(ent.text) and place.region is None:
                named_for = named_for or _dateline_in(sentence.doc, place)  # "at the Palace of Serbia"
                # (not a venue the table places, "at Filoli Estate": it is no building of the dateline city)
    city = city or named_for or _here(sentence, clause, country) or _there(sentence, clause, country)
    if city is None and unplaced_venue(sentence, clause, buildings=True):
        city = _venue_in_dateline_city(sentence, country)  # "on a visit to Mongolia, at the X complex"
    if city is not None:
        if country is not None and city.country != country.country:
            # a city of that name in the country the clause names: "In Costa Rica, Chaves
            # received Rubio in San José" is the Costa Rican San José, not the Californian
            hinted = places.resolve_place(city_name, country_hint=country.country) if city_name else None
            if hinted is not None and hinted.city and hinted.country == country.country:
                return hinted
            return Place(city=None, country=country.country, region=country.region)
        return city
    return country or (_when_there(sentence, clause) if told_when else None)


def _namesake_in_context(ent: Span, place: Place) -> Place:
    """A city whose name namesakes in several countries share is the one in the country its
    context names, its sentence or the article's dateline ("Retiro" under a Buenos Aires dateline
    is the Argentine town, not the Spanish one); a capital stays itself, and so does a venue or a
    city-state, which no town shares. A small town of a country the article never names, with no
    namesake in its context, is no town of the article: a town the text places in a country is
    kept there ("the Portuguese fishing town of Nazaré", not Brazil's), else its sentence's or
    dateline's one country is kept, without the town ("Goa" read as a Philippine town in an
    article on India)."""
    namesakes = places.namesake_countries(ent.text)
    if not namesakes or places.is_capital_name(ent.text):
        return place
    near = _sentence_countries(ent) | _dateline_country(ent.doc)
    if place.country in near:
        return place
    for country in sorted(near & namesakes):
        hinted = places.resolve_place(ent.text, country_hint=country)
        if hinted is not None and hinted.country == country:
            return hinted
    if place.country in _article_countries(ent.doc) or places.is_big_city(ent.text):
        return place
    if (told := _town_named_with_its_country(ent)) is not None:
        return told
    return Place(country=next(iter(near))) if len(near) == 1 else place


def _sentence_countries(ent: Span) -> set[str]:
    """The countries a place's sentence names outside it: by name, by demonym or by a city that
    no namesake shares."""
    countries = set()
    for other in entities(ent.sent):
        if other.start < ent.end and ent.start < other.end:
            continue
        countries |= _countries_of(other)
    return countries


def _dateline_country(doc: Doc) -> set[str]:
    dateline = article_dateline(doc)
    return {dateline.country} if dateline is not None and dateline.country else set()


_ARTICLE_COUNTRIES = "dipgraph.article_countries"


def _article_countries(doc: Doc) -> set[str]:
    """The countries the article names anywhere, as :func:`_sentence_countries` counts them;
    found once per doc."""
    if _ARTICLE_COUNTRIES not in doc.user_data:
        doc.user_data[_ARTICLE_COUNTRIES] = set().union(*(_countries_of(e) for e in doc_entities(doc)[1]))
    return set(cast(set[str], doc.user_data[_ARTICLE_COUNTRIES]))


def _countries_of(ent: Span) -> set[str]:
    """The country a name tells for sure: a country's name ("Argentina"), a demonym ("Cuban"), a
    region ("Goa"), or a city that only one country has ("Buenos Aires"); none for "Retiro"."""
    if ent.label_ == "NORP":
        country = places.demonym_country(ent.text)
        return {country} if country else set()
    if ent.label_ not in {"GPE", "LOC"}:
        return set()
    place = places.resolve_place(ent.text)
    if place is None or place.country is None:
        return set()
    if place.city and (len(places.namesake_countries(ent.text)) > 1 or not places.is_big_city(ent.text)):
        return set()
    return {place.country}


# Nouns that name a town by its name after "of": "the seaside resort of Benaulim".
TOWN_NOUNS = frozenset("town city village resort port".split())


def _town_named_with_its_country(ent: Span) -> Place | None:
    """A town the text places in its country, which the table lacks or knows only elsewhere:
    "Benaulim, India", "the resort of Benaulim in Goa" (a region of India), "the Portuguese
    fishing town of Nazaré"; the town is kept as the city. (A town the model tags as no place,
    "the Indian town of Mamallapuram" as an organisation, is not looked for.)"""
    if ent.label_ not in {"GPE", "LOC"} or not ent.text[:1].isupper():
        return None
    root = ent.root
    told = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in TOWN_NOUNS:
        noun = root.head.head
        told += [c for c in noun.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i < noun.i]
        told += [g for c in noun.children if c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    told += [g for c in root.children if c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    for word in told:
        country = places.demonym_country(word.text) or _country_of_a_place(word)
        if country:
            return Place(city=ent.text.strip(), country=country)
    return None


def _town_of_an_airport(ent: Span) -> Place | None:
    """An airport named by one word the tables know as no place nor person, told to be in a
    country: "the Argyle International Airport in Saint Vincent and the Grenadines" is at the town
    of Argyle (a city the clause names beats it, as for any airport named for a town)."""
    words = [t for t in ent if t.lower_ not in {"the", "international"}]
    if ent.label_ != "FAC" or len(words) != 2 or words[1].lower_ != "airport" or not words[0].is_title:
        return None
    town = words[0].text
    if (
        places.resolve_place(town) is not None
        or gazetteer.lookup(town) is not None
        or gazetteer.by_surname(town)
    ):
        return None
    for word in (c for c in ent.root.children if c.lower_ == "in"):
        for told in place_spans(ent.sent):
            place = places.resolve_place(told.text) if told.start == word.i + 1 else None
            if place is not None and place.city is None and place.region is None:
                return Place(city=town, country=place.country)
    return None


def _of_the_country_it_is_told_of(ent: Span) -> Place | None:
    """A part of a country no table places, named with the country's possessive: "travelled to
    Russia's Far East", "in China's northwest" are in that country."""
    for owner in (c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start):
        if country := places.country_name(owner.text):
            return Place(country=country)
    return None


def _country_of_a_place(word: Token) -> str | None:
    """The country a word's name tells, when it names a country or a region, not a city."""
    name = " ".join(t.text for t in word.subtree if t.pos_ == "PROPN") or word.text
    place = places.resolve_place(name)
    return place.country if place is not None and place.city is None else None


def _names_a_thing_placed_after(ent: Span) -> bool:
    """Whether a place is only a word of the name of a thing told after it to be in a city: "the
    Mazargues war cemetery in Marseille" is in Marseille (Mazargues is its quarter); "his Sochi
    residence" stays in Sochi, and so does "the Rzeszow airport in Poland"."""
    root = ent.root
    named = root.head
    if root.dep_ != "compound" or named.i < ent.end or named.pos_ not in {"NOUN", "PROPN"}:
        return False
    cities = [
        e
        for e in place_spans(ent.sent)
        if e.root.dep_ == "pobj" and e.root.head.lower_ == "in" and e.root.head.head == named
    ]
    return any((place := places.resolve_place(e.text)) is not None and place.city for e in cities)


def _located_near(ent: Span) -> str | None:
    """The town a city after "near" only locates, named right before it as where something
    happens and placed by no table: "a summit in Mamallapuram, near Chennai", "met at Zavidovo near
    Moscow"; the meeting is in that town, in the city's country."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "near":
        return None
    before = root.head.i - 1
    if before >= 0 and ent.doc[before].text == ",":
        before -= 1
    town = ent.doc[before] if before >= 0 else None
    if town is None or town.pos_ != "PROPN" or town.dep_ != "pobj" or town.head.lower_ not in {"in", "at"}:
        return None
    if town.ent_type_ in {"PERSON", "DATE", "TIME", "NORP"} or _a_building(town):
        return None  # "at State House near Kampala": a building of the city, not a town
    name = " ".join(t.text for t in town.subtree if t.pos_ == "PROPN" and t.i <= town.i)
    if places.resolve_place(name) is not None or occasions.find_occasion(name) is not None:
        return None  # a town the table knows is named as itself
    return name


def _dateline_in(doc: Doc, country: Place) -> Place | None:
    """The city of the article's dateline, if it is in ``country``: where a building named for
    its country stands ("at the Palace of Serbia", under "BELGRADE, May 8 (Tanjug) -")."""
    city = _article_dateline(doc)
    return city if city is not None and city.country == country.country else None


def _venue_in_dateline_city(sentence: Span, country: Place | None) -> Place | None:
    """The city of the article's dateline, for a venue no table places ("received the Pope, who
    is on a visit to Mongolia, at the Ikh Tenger complex", under "ULAANBAATAR, Sept 2 -"): where
    the sentence names that city's country (a place, "the Holy See", or a people: "Mongolian")
    and the clause names no other."""
    city = _article_dateline(sentence.doc)
    if city is None or (country is not None and country.country != city.country):
        return None
    opening = dateline_end(sentence)
    text = doc_text(sentence.doc)[opening : sentence.end_char]
    told = [p for _, _, p in places.find_places(text)]
    if any(p.city is not None and p.country != city.country for p in told):
        return None  # "took Prabowo to Paris, where he ... held talks with Barnier at Matignon"
    named = {p.country for p in told if p.city is None and p.region is None}
    named |= {
        found
        for t in span_tokens(sentence)
        if t.idx >= opening and t.text[:1].isupper() and (found := places.demonym_country(t.text)) is not None
    }
    return city if city.country in named else None


def _when_there(sentence: Span, clause: set[int]) -> Place | None:
    """The venue of a "when" clause hung on the clause's date: "had met in April, when the
    Angolan leader was in Brasília"; for a clause that is itself told "when" something else
    happened, the venue of that ("The two last met in April in Beijing, when Blinken also held
    talks with Xi")."""
    when = _when_told(sentence, clause)
    return _named_place(sentence, when, told_when=False) if when else None


def _when_told(sentence: Span, clause: set[int]) -> set[int]:
    """The words of the time a clause is told at: a "when" clause hung on the clause's date ("had
    met in April, when the Angolan leader was in Brasília"), else the event a clause itself told
    "when" is at the time of (:func:`_when_of`)."""
    for token in clause_tokens(sentence, clause):
        if token.ent_type_ != "DATE" or _another_time(sentence.doc[token.i : token.i + 1], clause):
            continue  # not "his first talks since February, when he met Macron in Paris"
        for told in token.children:
            if told.dep_ == "relcl" and any(c.lower_ == "when" for c in told.children):
                return _clause_of(told)
    return _when_of(sentence, clause)


def _when_of(sentence: Span, clause: set[int]) -> set[int]:
    """The words of the event a clause opened by "when" (or "as", "while", "during which") is
    told at the time of: "met in April in Beijing" in "The two last met in April in Beijing, when
    Blinken also held talks with Xi", "follows his trip to Canberra in August, when he held talks
    with Albanese", "on Tuesday signed an agreement, as Ruto and Museveni met for the Joint
    Commission", "accompanied Putin on his visit to Pyongyang on June 19, during which Putin and
    Kim signed" (the parse hanging the clause on the verb, not on the visit); where the parse
    hangs a "when" clause on a verb after it, the date set off by the comma before it ("Raisi's
    visit in April, when Raisi held talks with Sharif ... and the sides signed": April)."""
    for root in _roots(sentence, clause):
        while root.dep_ == "xcomp" and root.head.i != root.i:
            root = root.head  # "when he is expected to meet Xi", "when the two are to hold talks"
        opener = next(
            (
                c
                for c in root.children
                if c.i < root.i
                and (
                    (c.lower_ == "when" and c.dep_ == "advmod")
                    or (c.lower_ in {"as", "while"} and c.dep_ == "mark")
                    or (c.lower_ in RELATIVE_PREPOSITIONS and any(g.lower_ == "which" for g in c.children))
                )
            ),
            None,
        )
        if root.dep_ not in {"advcl", "relcl"} or opener is None:
            continue
        if earlier := _earlier_event_before(sentence, opener, root):
            return earlier
        # "met in March in Kampala, when ...": the parse may hang it on the place, or on the last word
        # of a long name ("to take part in the celebrations of the 80th anniversary of Victory in the
        # Great Patriotic War, when ..."); "met Lula on Monday, two weeks after his tour of the Gulf,
        # during which he met MBS": the tour's time, not Monday's
        head, event = _up_to_a_verb(root.head)
        if event is not None:
            return {t.i for t in event.subtree} - {t.i for t in root.subtree}
        if head.pos_ in {"VERB", "AUX"} and head.i < root.i and sentence.start <= head.i < sentence.end:
            return _clause_of(head) - clause
        if opener.lower_ == "when":
            return _date_set_off_before(sentence, opener)
    return set()


def _earlier_event_before(sentence: Span, opener: Token, root: Token) -> set[int]:
    """The words of an event told as what came before or after another, right before the comma
    opening a clause told at its time: "his tour of the Gulf" in "met Lula on Monday, two weeks
    after his tour of the Gulf, during which he held talks with MBS" (the parse hanging the clause
    on "met" or on "tour"), "Erdogan's visit to Cairo in February" in "comes after Erdogan's visit
    to Cairo in February, when he held talks with Sisi"."""
    comma = opener.i - 1
    if comma <= sentence.start or sentence.doc[comma].text != ",":
        return set()
    _, event = _up_to_a_verb(sentence.doc[comma - 1])
    return {t.i for t in event.subtree} - {t.i for t in root.subtree} if event is not None else set()


def _up_to_a_verb(token: Token) -> tuple[Token, Token | None]:
    """Climbing from ``token`` through at most eight heads, stopping at a verb or the root: where
    the climb stopped, and the event it met told as what came before or after another ("after his
    tour of the Gulf": "tour"), if it met one first."""
    for _ in range(8):
        if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
            return token, None
        if token.dep_ == "pobj" and token.head.lower_ in AFTER_OR_BEFORE | SINCE:
            return token, token
        token = token.head
    return token, None


def _date_set_off_before(sentence: Span, opener: Token) -> set[int]:
    """The words of a date that ends right before the comma opening a "when" clause ("in April,
    when ..."), the time the clause refers back to."""
    comma = opener.i - 1
    if comma <= sentence.start or sentence.doc[comma].text != ",":
        return set()
    named = [e for e in entities(sentence) if e.label_ == "DATE" and e.end == comma]
    return set(range(named[0].start, named[0].end)) if named else set()


def _here(sentence: Span, clause: set[int], country: Place | None) -> Place | None:
    """The city of the article's dateline, where a clause says "here" of where it happens ("held a
    meeting at Perdana Putra here", under "PUTRAJAYA, Jan 10 (Bernama) --"), unless the clause
    names another country."""
    if not any(t.lower_ == "here" and t.dep_ == "advmod" for t in clause_tokens(sentence, clause)):
        return None
    city = _article_dateline(sentence.doc)
    if city is None or (country is not None and country.country != city.country):
        return None
    return city


def _there(sentence: Span, clause: set[int], country: Place | None) -> Place | None:
    """The city a clause's "there" points back to: the last one its own sentence names as a venue
    before it ("was signed in Beijing by A and B, who met there with C"), else the last one the
    sentence before names ("is set to fly to Singapore on Tuesday. There, he is scheduled to meet
    ...", "the conference, which opens in Rome tomorrow. He is scheduled to hold talks there"),
    unless the clause names another country. Not the "there" of "there is", nor a sentence that
    opens the article."""
    there = [t for t in clause_tokens(sentence, clause) if t.lower_ == "there" and t.dep_ == "advmod"]
    if not there:
        return None
    city = _last_city(
        e for e in place_spans(sentence) if e.end <= there[0].i and not in_clause(e, clause) and is_venue(e)
    )
    if city is None and sentence.start > 0:
        city = _last_city(place_spans(sentence.doc[sentence.start - 1].sent))
    if city is None or (country is not None and country.country != city.country):
        return None
    return city


def _last_city(spans: Iterable[Span]) -> Place | None:
    """The city of the last of these places that names one, datelines left out."""
    city: Place | None = None
    for ent in spans:
        if is_dateline(ent):
            continue
        place = places.resolve_place(ent.text)
        if place is not None and place.city is not None:
            city = place
    return city


_DATELINE = "dipgraph.dateline"
DATELINE_REACH = 600  # characters: a headline and a byline or two before the dateline


def article_dateline(doc: Doc) -> Place | None:
    """The city of the dateline opening the article (its first lines), if any."""
    return _article_dateline(doc)


def _article_dateline(doc: Doc) -> Place | None:
    """The city of the dateline opening the article (its first lines), found once per doc."""
    if _DATELINE not in doc.user_data:
        found = None
        for sentence in doc.sents:
            if sentence.start_char > DATELINE_REACH:
                break
            if (place := dateline_place(sentence)) is not None and place.city is not None:
                found = place
                break
        doc.user_data[_DATELINE] = found
    return cast(Place | None, doc.user_data[_DATELINE])


def _told_since_or_before(ent: Span, clause: set[int] | None = None) -> bool:
    """A place in a clause of what came before the meeting or comes after it: "their first talks
    since Ruto visited Washington", "met Ruto before he flew to Addis Ababa", "held talks with
    Ammar, before flying on to Lome"; not for the meeting that clause itself tells ("since they
    last met in Bali": Bali is where they met), the clause being the ``clause`` asked about."""
    return any(
        a.pos_ in {"VERB", "AUX"}
        and (
            any(c.dep_ == "mark" and c.lower_ in {"since", "before"} for c in a.children)
            or (a.dep_ == "pcomp" and a.head.lower_ in {"since", "before"})
        )
        and not _heads(a, clause)
        for a in list(ent.root.ancestors)[:3]
    )


def _before_leaving(ent: Span) -> bool:
    """A place left right after what a clause tells, and so where it happens: "is due to see
    the Prime Minister before leaving Belgrade", "met Ruto before departing from Nairobi"."""
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.lower_ == "from":
        head = head.head
    if ent.root.dep_ not in {"dobj", "pobj"} or head.lemma_.lower() not in LEAVING_VERBS:
        return False
    return (head.dep_ == "pcomp" and head.head.lower_ == "before") or any(
        c.dep_ == "mark" and c.lower_ == "before" for c in head.children
    )


LEAVING_VERBS = frozenset("leave depart".split())


def _heads(verb: Token, clause: set[int] | None) -> bool:
    """Whether a verb is the head of a clause: in it, and not under another word of it."""
    return clause is not None and verb.i in clause and (verb.head.i not in clause or verb.head == verb)


def _named_for(ent: Span, place: Place) -> bool:
    """Whether a place is a building or airport named for a town ("Marka International Airport"):
    a city said plainly in the same clause ("... in the Jordanian capital Amman") is where it is."""
    return ent.label_ == "FAC" and place.city is not None and not places.is_place_name(ent.text)


def _where_on(verb: Token) -> bool:
    """Whether "where" opens the clause of a verb, on it or on an adverb of time before it: "from
    Abuja, where earlier in the day he held talks"."""
    return any(
        c.lower_ == "where"
        or (c.dep_ == "advmod" and c.i < verb.i and any(g.lower_ == "where" for g in c.children))
        for c in verb.children
    )


def where_place(sentence: Span, verb: Token) -> Place | None:
    """The place a "where" clause refers back to: "in Jakarta, where both will meet", "for
    Budapest, where he is to hold talks", or, when
    the parse hangs the clause on a date ("after a meeting in Kenya's capital in March, where A
    sat down with B"), the last venue named before that date (Nairobi)."""
    path = [verb]
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head  # "to Paris, where he was received by Macron ... and held talks with Barnier"
        path.append(verb)
    while _under_a_plan(verb):
        verb = verb.head  # "for Budapest, where he is to hold talks", "where he is due to meet"
        path.append(verb)
    # "where" may hang on the verb under "is to": "to Lisbon, where he is to be received by ..."
    if verb.dep_ != "relcl" or not any(_where_on(t) for t in path):
        return None
    antecedent = verb.head
    if _the_subject_of_a_gathering(antecedent):
        antecedent = antecedent.head.head  # "the summit on Palestine, where ...": the summit's place
    if antecedent.ent_type_ in {"GPE", "LOC", "FAC"}:
        ent = next((e for e in entities(sentence) if e.start <= antecedent.i < e.end), None)
        return _city_told_before_its_country(ent, _with_its_city(ent)) if ent is not None else None
    named = next(
        (
            e
            for e in place_spans(sentence)
            if e.start <= antecedent.i < e.end or (e.end == antecedent.i and e.root.head == antecedent)
        ),
        None,
    )
    if named is not None:  # "flew on to Santiago, where ...", Santiago tagged as an organisation;
        return _with_its_city(named)  # "went to the Quirinale palace, where ..."
    if antecedent.ent_type_ not in {"DATE", "TIME"} and antecedent.lemma_.lower() not in MEETING_NOUNS:
        return None
    before = [
        e for e in place_spans(sentence) if e.end <= antecedent.i and not is_dateline(e) and is_venue(e)
    ]
    return _with_its_city(before[-1]) if before else None


def _city_told_before_its_country(ent: Span, place: Place | None) -> Place | None:
    """A country a "where" points back to, whose city the sentence names before it as where one
    goes or is: "flies on to Hanoi for a state visit to Vietnam, where he will meet Lam" is in
    Hanoi; the country stays itself where no such city is told."""
    if place is None or place.city is not None or place.region is not None:
        return place
    for told in reversed([e for e in place_spans(ent.sent) if e.end <= ent.start]):
        city = places.resolve_place(told.text) if is_venue(told) and not is_dateline(told) else None
        if city is not None and city.city is not None and city.country == place.country:
            return city
    return place


def _the_subject_of_a_gathering(word: Token) -> bool:
    """Whether a place is what a gathering is about, after "on" or "about": "the extraordinary
    Arab summit on Palestine", "talks on Ukraine"; the gathering is elsewhere."""
    return (
        word.dep_ == "pobj"
        and word.head.lower_ in {"on", "about"}
        and word.head.head.lemma_.lower() in MEETING_NOUNS
    )


def _with_its_city(ent: Span) -> Place | None:
    """The place a span names, a country written after its city and a comma being that city
    ("met in Samarkand, Uzbekistan, in September, where ..." is Samarkand, not Uzbekistan)."""
    place = places.resolve_place(ent.text)
    if place is None or place.city is not None or ent.start < 2 or ent.doc[ent.start - 1].text != ",":
        return place
    city = next((e for e in place_spans(ent.sent) if e.end == ent.start - 1), None)
    named = places.resolve_place(city.text) if city is not None else None
    if named is not None and named.city is not None and named.country == place.country:
        return named
    return place


def _under_a_plan(verb: Token) -> bool:
    """Whether a verb is what a plan or a wish above it is of, the parse hanging it there: "is to
    hold talks", "is due to meet" ("due" under "is"), "hopes to meet"."""
    return (
        verb.dep_ == "xcomp" or (verb.dep_ == "acomp" and verb.head.lemma_ == "be")
    ) and verb.head.i != verb.i


def unplaced_venue(sentence: Span, clause: set[int], *, buildings: bool = False) -> bool:
    """Whether a clause names where it happened in words no table places: "met at the Vostochny
    Cosmodrome", "at the Gulistan Palace"; the place of the article's news is then not to be
    assumed for it. An occasion ("at the G20") is no venue. With ``buildings``, a building's
    word after a name counts too ("at the Ikh Tenger complex")."""
    return any(_unplaced_venues(sentence, clause, buildings=buildings))


def _unplaced_venues(sentence: Span, clause: set[int], *, buildings: bool) -> Iterator[Token]:
    for token in clause_tokens(sentence, clause):
        if token.dep_ != "pobj":
            continue
        if not (token.pos_ == "PROPN" or (buildings and _a_named_building(token))):
            continue
        if token.head.lower_ not in {"at", "in"} or token.ent_type_ in {"DATE", "TIME", "PERSON", "GPE"}:
            continue
        name = " ".join(t.text for t in token.subtree if t.pos_ == "PROPN")
        if (
            places.resolve_place(name) is None
            and occasions.find_occasion(name) is None
            and not _of_a_body(token)
        ):
            yield token


def _of_a_body(token: Token) -> bool:
    """Whether a name and the "of" phrase after it name a gathering: "the Eighth Summit of the
    Community of Latin American and Caribbean States" is the CELAC summit, no venue."""
    end = max((c.right_edge.i + 1 for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), default=0)
    return end > 0 and occasions.find_occasion(span_text(token.doc[token.left_edge.i : end])) is not None


def in_a_building_of(sentence: Span, clause: set[int], city: Place) -> bool:
    """Whether the venues a clause names that no table places are all buildings ("at Blair House",
    "at the Presidential Complex") and ``city`` is the article's dateline city: the buildings of
    the city the news is told from, not a far-off site ("at the Vostochny Cosmodrome")."""
    return (
        unplaced_buildings(sentence, clause)
        and city.city is not None
        and _article_dateline(sentence.doc) == city
    )


def unplaced_buildings(sentence: Span, clause: set[int]) -> bool:
    """Whether a clause names venues no table places and all of them are buildings ("at Blair
    House", "at the Opera House"), which stand in some city, not a far-off site ("at the
    Vostochny Cosmodrome")."""
    venues = list(_unplaced_venues(sentence, clause, buildings=False))
    return bool(venues) and all(_a_building(t) for t in venues)


def _a_building(token: Token) -> bool:
    """A venue named as a building, in English or in the language of its country: "Blair House",
    "the Casa Rosada", "Palacio de Miraflores", "Istana Negara", "Palazzo Chigi"."""
    return token.lemma_.lower() in BUILDING_NOUNS or any(
        t.lower_ in BUILDING_WORDS_ABROAD for t in token.subtree if t.pos_ == "PROPN"
    )


def _a_named_building(token: Token) -> bool:
    """A building's word after a name: "the Ikh Tenger complex", "the Bayerischer Hof hotel"."""
    return token.lemma_.lower() in BUILDING_NOUNS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "LOC"}
        for c in token.children
    )


BUILDING_NOUNS = frozenset(
    "palace residence building headquarters hall hotel airport complex castle estate villa lodge centre "
    "center house guesthouse mansion tower arena stadium".split()
)
# the building words of names kept in their own language: "Casa Rosada", "Palácio do Planalto"
BUILDING_WORDS_ABROAD = frozenset(
    "casa palacio palácio palazzo palais palast schloss istana quinta villa maison kasr qasr saray sarayı "
    "dvorets".split()
)


def _named_in_its_country(ent: Span, place: Place) -> Place | None:
    """A town known to the table only as another city's old name is that town, in the one country
    its sentence names ("the border city of Khasan, at a Russian railway station"), not the city
    of another country that once bore the name."""
    countries = {
        c
        for t in ent.sent
        if t.i not in range(ent.start, ent.end) and (c := places.country_named(t.text)) is not None
    }
    if place.country in countries:
        return place
    if len(countries) == 1:
        return Place(city=ent.text.strip(), country=countries.pop())
    return None


# verbs whose "to" names where one goes: "flew to Moscow", "welcomed Putin to Alaska", "then
# continue to Maputo to meet Nyusi", "was driven to the Vatican for an audience"
GOING_TO = frozenset("go come arrive fly drive welcome continue proceed head".split())


# Verbs of making a building, whose object is no venue of what the clause tells: "Italy will build
# two centres in Albania", "to construct a plant in Gujarat".
BUILDING_VERBS = frozenset("build construct erect".split())
# what two people do together, so that doing it together means they met: "A and B signed a pact",
# "A signed a memorandum with B", "A and B co-chaired the High-Level Meeting"
JOINT_VERBS = frozenset({"sign", "co-chair"})


# Nouns of the idioms that tell how people met, on which the parse may hang the place after them:
# "met face to face in Anchorage", "talks in person in Doha".
MANNER_NOUNS = frozenset("face person".split())


def is_venue(ent: Span) -> bool:
    """A place where something happens: "in Moscow", "at a summit in Peru", "in the city of Rio",
    "a visit to China"; not a government named for its capital ("Beijing said"), a title
    ("ambassador to Moscow", "head of the mission in Moscow") or a topic ("the war in Ukraine")."""
    if _object_of_a_bare_preposition(ent):
        return True
    token = ent.root
    for _ in range(5):
        head = token.head
        if token.dep_ == "dobj" and head.lemma_.lower() in {"visit", "tour"}:
            return True  # "visited South Korea"
        if token.dep_ == "poss" and head.ent_type_ == "FAC" and token.ent_type_ == "GPE":
            token = head  # "landed at Belgrade's Nikola Tesla Airport": the city of the venue
            continue
        if head.i == token.i or token.dep_ in {"nsubj", "nsubjpass", "dobj", "poss"}:
            return False
        if token.dep_ == "pobj" and head.lower_ in {"to", "into"}:
            return head.head.lemma_.lower() in VISIT_WORDS | GOING_TO or _took_someone(head.head)
        if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in PLANNED_FOR:
            return True  # "a summit that had been proposed for Budapest"
        if token.dep_ == "pobj" and head.lower_ == "for" and _setting_out(head.head):
            return True  # "leaves for Doha for talks with the emir"
        if token.dep_ == "pobj" and head.lower_ in {"in", "at", "near"}:
            above = head.head
            if above.dep_ == "dobj" and above.head.lemma_.lower() in BUILDING_VERBS:
                return False  # "Italy will build two centres in Albania": a thing to be made there
            return (
                above.pos_ in {"VERB", "AUX"}
                or _set_off(head)
                or above.lemma_.lower() in VENUE_NOUNS | MEETING_NOUNS | LINKED_NOUNS
                or (above.lemma_.lower() in STAY_NOUNS and head.lower_ == "in")
                or above.lower_ in VENUE_NOUNS  # "on the sidelines of the forum in Apia"
                or (above.dep_ == "pobj" and above.head.lower_ in {"at", "in"})  # "at the palace in Ankara"
                # "visited the war cemetery in Marseille": where the place visited is
                or (above.dep_ == "dobj" and above.head.lemma_.lower() in {"visit", "tour"})
                or above.lower_ in MANNER_NOUNS  # "met face to face in Anchorage", "in person in Doha"
                or (above.lower_ in {"back", "home"} and above.dep_ == "advmod")  # "Back in New Delhi, ..."
                or (above.lemma_ == "time" and any(c.ent_type_ == "ORDINAL" for c in above.children))
                # "met for the first time in Qatar", "for a second time in Geneva"
                or _met_there(above)  # "a bilateral meeting with the Federal Chancellor in Berlin"
                or _a_thing_signed(above)  # "signed a pact in Nairobi with", where they signed it
                # a named object the model tagged as no one: "had already received Lula at La Moncloa"
                or (above.dep_ == "dobj" and above.pos_ == "PROPN" and above.head.pos_ in {"VERB", "AUX"})
                or (
                    above.ent_type_ in {"EVENT", "FAC", "ORG", "GPE", "LOC", "PERSON"}
                    and above.i not in range(ent.start, ent.end)
                )
            )
        if token.dep_ in {"pobj"} and head.lower_ == "of" and head.head.lemma_.lower() in VENUE_NOUNS:
            token = head.head
            continue
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in SITE_PARTS:
            token = head.head  # "in the forecourt of Rashtrapati Bhavan": where the forecourt is
            continue
        if token.dep_ not in {"appos", "compound", "conj", "npadvmod"}:
            return False
        token = head
    return False


def _a_thing_signed(noun: Token) -> bool:
    """Whether a noun is the thing people sign together, or the words after its "of": a place
    after "in" that the parser hangs on it is where they signed it ("signed a pact in Nairobi
    with", "signed a memorandum of understanding in Addis Ababa with"); not a place of what the
    thing is about ("signed a deal on the war in Sudan": the war's place)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in JOINT_VERBS


def _setting_out(word: Token) -> bool:
    """Whether a word tells the traveller's act of setting out ("leave", "depart", "head"): a
    verb, or its present form the parser took for a plural noun, tied to the traveller's name
    right before it either way ("Trump leaves for Doha" read as the noun "leaves", lemma "leaf",
    with "Trump" its compound, or with "Trump" a verb taking it as object); not a noun with its
    own article or owner ("his leave for Paris")."""
    if word.pos_ in {"VERB", "AUX"}:
        return word.lemma_.lower() in SETTING_OUT_FOR
    if word.tag_ != "NNS" or word.lower_.removesuffix("s") not in SETTING_OUT_FOR or word.i == 0:
        return False
    name = word.doc[word.i - 1]
    return (
        name.is_title
        and not any(c.dep_ in {"det", "poss"} for c in word.children)
        and (name.head.i == word.i or word.head.i == name.i)
    )


def _took_someone(verb: Token) -> bool:
    """A trip that takes someone to a place: "his first trip abroad took him to Nouakchott", "the
    tour will take Modi to Accra" (not "took the case to court": no one is taken)."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in verb.children
    )


def _object_of_a_bare_preposition(ent: Span) -> bool:
    """A place right after "in" or "at" that the parse leaves without its object, taking the
    place for the subject of the clause: "In the Vatican Apostolic Palace, the Holy Father
    received ...", the place tagged as an event."""
    start = ent.start - 1 if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" else ent.start
    if start == 0:
        return False
    before = ent.doc[start - 1]
    return (
        before.lower_ in {"in", "at"}
        and before.dep_ == "prep"
        and before.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ == "pobj" for c in before.children)
        and ent.root.dep_ in {"nsubj", "nsubjpass"}
    )


# posts held in another country: "with the ambassador in Moscow" names which ambassador
POSTS_ABROAD = frozenset(
    "ambassador envoy embassy mission consulate consul representative delegation office bureau "
    "correspondent attaché attache chargé charge".split()
)


def _met_there(met: Token) -> bool:
    """Someone a meeting is with, told by a title or a word, with the place after it ("held a
    bilateral meeting with the Federal Chancellor in Berlin", "talks with officials in Kabul"):
    where they met; not a post held abroad ("met with the ambassador in Moscow")."""
    with_ = met.head
    return (
        met.dep_ == "pobj"
        and with_.lower_ in {"with", "between"}
        and met.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME"}
        and met.lemma_.lower() not in POSTS_ABROAD
        and (with_.head.pos_ in {"VERB", "AUX"} or with_.head.lemma_.lower() in MEETING_NOUNS | LINKED_NOUNS)
    )


def _set_off(preposition: Token) -> bool:
    """ "talks with Russia's Foreign Minister, Sergei Lavrov, in Moscow", "met Prabowo, then
    president-elect, in Beijing": a place after a name or office set off by commas says where,
    not which minister ("the ambassador in Moscow")."""
    described = preposition.head
    start = described.left_edge.i
    return (
        preposition.i > 0
        and preposition.doc[preposition.i - 1].text == ","
        and (
            any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in described.children)
            # "met Prabowo, then president-elect, in Beijing": the office someone held then
            or (start > 0 and preposition.doc[start - 1].lower_ == "then" and described.i < preposition.i)
        )
    )


def clause_occasion(
    sentence: Span, clause: set[int], trigger: Token | None = None, *, told_when: bool = True
) -> Occasion | None:
    """The first occasion the sentence names inside the clause (each name read once), not that
    of another meeting than ``trigger``'s; else the occasion the clause refers back to ("on the
    sidelines of the summit": the summit the article named before, see :func:`occasion_told_before`);
    ``told_when``: else that of the time it is told at, as :func:`_when_there` finds its place
    ("will visit Moscow to take part in the Victory Day celebrations, when the two leaders are to
    hold talks")."""
    # "On the sidelines of the summit, Modi is scheduled to meet X": the plan's setting is the meeting's
    clause = clause | _plan_of(sentence, clause)
    taken = 0
    attended = _attended_where(sentence, clause)
    ours_all: list[tuple[Span, Occasion]] = []
    for start, end, occasion in occasions.find_occasions(span_text(sentence), doc_text(sentence.doc)):
        if start < taken:  # inside a name read already
            continue
        span = sentence.char_span(start, end, alignment_mode="expand")
        ours = span is not None and (
            any(t.i in clause or t.i in attended for t in span) or _host_of(span, clause)
        )
        if (
            ours
            and span is not None
            and not (
                _another_time(span, clause)
                or _of_a_meeting_to_come(span, trigger)
                or _a_topic(span)
                or _of_a_time_before(span, clause)
            )
        ):
            ours_all.append((span, occasion))
        taken = end
    if ours_all:
        # "will co-chair the India-Australia Annual Summit with Albanese on the margins of the
        # G20": the gathering on whose margins it is held is its occasion
        return next((o for span, o in ours_all if _on_its_margins(span)), ours_all[0][1])
    told = occasion_told_before(sentence, clause)
    if told is not None:
        return told[0]
    when = (_when_told(sentence, clause) or _where_told(sentence, clause)) if told_when else set()
    return clause_occasion(sentence, when, trigger, told_when=False) if when else None


def _where_told(sentence: Span, clause: set[int]) -> set[int]:
    """The words of the clause a "where" clause is told on, whose gathering is the one it tells
    of: "travelled to Rio de Janeiro for the G20 summit, where he held talks with Biden", "was the
    chief guest at the Republic Day parade in New Delhi, where he held talks with Modi"."""
    for root in _roots(sentence, clause):
        verb, path = root, [root]
        while _under_a_plan(verb):
            verb = verb.head  # "where she is to meet Modi"
            path.append(verb)
        if verb.dep_ != "relcl" or not any(_where_on(t) for t in path):
            continue
        above = verb_above(verb.head)
        return _clause_of(above) - clause if above is not None else set()
    return set()


def margins_occasion(sentence: Span, clause: set[int]) -> Occasion | None:
    """The gathering named in the clause as the one it is set on the sidelines or margins of:
    what a summit of two told again is held at ("the summit is likely to take place on the
    sidelines of the APEC leaders' meeting"); not a gathering the clause names as its own subject
    ("The BRICS summit in Kazan runs from October 22")."""
    for span, occasion in gatherings_named(sentence):
        if any(t.i in clause for t in span) and _on_its_margins(span):
            return occasion
    return None


def gatherings_named(sentence: Span) -> list[tuple[Span, Occasion]]:
    """The gatherings a sentence names (:func:`occasions.find_occasions`, with the acronyms its
    article defines), each with the words that name it, in order."""
    found = []
    for start, end, occasion in occasions.find_occasions(span_text(sentence), doc_text(sentence.doc)):
        span = sentence.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.append((span, occasion))
    return found


def _on_its_margins(span: Span) -> bool:
    """Whether a named gathering is the one a clause is told on the margins of: "on the sidelines
    of the G20", "on the margins of the UN General Assembly", also where the name stands inside
    the words of the gathering ("on the sidelines of this year's leaders' meeting of the
    Asia-Pacific Economic Cooperation grouping"), or before them ("on SCO sidelines")."""
    token = span.root
    if token.dep_ in {"compound", "poss"} and token.head.lower_ in SETTING_NOUNS:
        return True  # "on SCO sidelines", "on the summit's margins"
    while token.dep_ in {"compound", "pobj"} and token.head.dep_ in {"prep", "pobj"}:
        if token.dep_ == "pobj":
            of = token.head
            if of.lower_ != "of":
                return False
            if of.head.lower_ in SETTING_NOUNS:
                return True
            token = of.head
        else:
            token = token.head
    return False


def _of_a_time_before(span: Span, clause: set[int]) -> bool:
    """An occasion of a clause of what came before the meeting: "It was the leaders' first meeting
    since they met in San Francisco on the sidelines of the APEC summit" (the summit is not that
    of this meeting), "met Ruto before attending the G20 summit"; not for the meeting that clause
    itself tells ("since they met ...": at the APEC summit)."""
    verb = verb_above(span.root)
    return (
        verb is not None
        and (
            any(c.dep_ == "mark" and c.lower_ in {"since", "before"} for c in verb.children)
            or (verb.dep_ == "pcomp" and verb.head.lower_ in {"since", "before"})
        )
        and not _heads(verb, clause)
    )


def _attended_where(sentence: Span, clause: set[int]) -> set[int]:
    """The words of a "where" clause on the clause's place that tells what was attended there: "In
    Rio de Janeiro, where he attended the G20 Summit, Prabowo held separate meetings with ..."."""
    return {
        t.i
        for token in clause_tokens(sentence, clause)
        if token.ent_type_ in {"GPE", "LOC", "FAC"}
        for told in token.children
        if told.dep_ == "relcl"
        and told.lemma_.lower() in {"attend", "participate"}
        and any(c.lower_ == "where" for c in told.children)
        for t in told.subtree
    }


def _host_of(span: Span, clause: set[int]) -> bool:
    """Whether a name is who hosts a gathering of the clause: "on the sidelines of a regional
    summit hosted by the Association of Southeast Asian Nations" (the parse leaves the "hosted"
    phrase out of the clause)."""
    by = span.root.head
    hosted = by.head
    return (
        span.root.dep_ == "pobj"
        and by.dep_ == "agent"
        and hosted.dep_ == "acl"
        and hosted.lemma_.lower() in {"host", "organise", "organize", "convene"}
        and hosted.head.lemma_.lower() in GATHERING_NOUNS
        and hosted.head.i in clause
    )


# nouns for a gathering that "the summit", "the conference" refers back to once named
GATHERING_NOUNS = frozenset("summit conference forum gathering conclave congress assembly".split())
# those of them that name no sort of gathering, and so may mean any named before: "the
# gathering", "the conclave" (a summit, a ministers' meeting or a conference alike)
ANY_SORT = frozenset("gathering conclave".split())
OTHER_ONES = frozenset(
    "next previous last first second third earlier former prior upcoming future following such".split()
)
SETTING_NOUNS = frozenset("sidelines sideline margins margin venue".split())
OCCASION_REACH = 1500  # characters: the few paragraphs before
# the sorts of gathering a name may say, each with the words "the summit", "the conference" or
# "the assembly" may mean it by ("the ASEAN-GCC meeting" is "the summit", the Shangri-La
# Dialogue "the conference"; an "EU meeting" is no conference)
_SORTS = (
    frozenset("summit meeting retreat session ministerial".split()),
    frozenset("conference forum dialogue".split()),
    frozenset("assembly congress session".split()),
)
_GATHERING_WORDS = frozenset().union(*_SORTS)
_GATHERING_NAME = re.compile("|".join(sorted(_GATHERING_WORDS | {"gathering"})) + r"|\bCOP", re.IGNORECASE)


def occasion_told_before(sentence: Span, clause: set[int]) -> tuple[Occasion, Place | None] | None:
    """The occasion, and the place it was told in, that a clause refers back to with "the
    summit", "the conference", "the forum" or "the gathering" as its setting ("On the sidelines
    of the summit, A met B", "met B at the summit", "on the conference's sidelines"): the last
    occasion the article names before (within ``OCCASION_REACH``), when no other gathering was
    brought in after it ("a summit" of its own); not "the next summit", nor one told as
    another time ("ahead of the summit"); for a clause told as background, not one named in a
    sentence of the news."""
    for token in clause_tokens(sentence, clause):
        if not _refers_to_a_gathering(token):
            continue
        if not _another_time(token.doc[token.i : token.i + 1]):
            return _named_before(token)
    return None


def gathering_come_for(sentence: Span, clause: set[int]) -> Occasion | None:
    """The summit that a meeting's people are said, in its sentence, to be in town for, to have
    come to attend or take part in: one named there ("received B, who arrived in Algiers to take
    part in the summit of the Arab League"), or "the summit" named before ("Xi met A and B, who
    are also in Tianjin for the summit", "Johnson arrived in Kigali for the summit on Thursday and
    held talks with Kagame", see :func:`occasion_told_before`)."""
    named = {_gathering_noun(span).i: occasion for span, occasion in gatherings_named(sentence)}
    for token in span_tokens(sentence):
        if token.i not in named and not _the_gathering(token):
            continue
        verb = _come_for(token)
        if verb is None:
            continue
        tied = (
            verb.i in clause
            or any(c.dep_ == "conj" and c.i in clause for c in verb.children)  # "arrived ... and held talks"
            or (verb.dep_ == "relcl" and verb.head.i in clause)  # "B, who is also in Tianjin for"
        )
        if tied and not _another_time(token.doc[token.i : token.i + 1]):
            if token.i in named:
                return named[token.i]
            told = _named_before(token)
            return told[0] if told is not None else None
    return None


# verbs of being or coming somewhere for a gathering
THERE_FOR_VERBS = frozenset("be arrive come travel fly land gather".split())
# verbs of taking part in a gathering, which one comes somewhere to do: "arrived to attend it"
TAKE_PART_VERBS = frozenset("attend participate take join".split())


def _come_for(gathering: Token) -> Token | None:
    """The verb of being or coming somewhere that a gathering is what one is there for: "arrived
    for the summit", "came to attend the summit", "arrived in Algiers to take part in the summit";
    not "take part in" alone, nor "came for talks" of a noun that is no gathering."""
    verb = verb_above(gathering)
    if verb is None:
        return None
    if gathering.dep_ == "pobj" and gathering.head.lower_ == "for":
        return verb if verb.lemma_.lower() in THERE_FOR_VERBS else None
    taking_part = (gathering.dep_ == "dobj" and verb.lemma_.lower() in {"attend", "join"}) or (
        gathering.dep_ == "pobj" and gathering.head.lower_ == "in" and verb.lemma_.lower() in TAKE_PART_VERBS
    )
    if taking_part and verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in THERE_FOR_VERBS:
        return verb.head
    return None


def _gathering_noun(span: Span) -> Token:
    """The noun of the gathering a name names: "summit" for "the summit of the League of Arab
    States" (the name read is the body's), the name's own root elsewhere."""
    token = span.root
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_ in _GATHERING_WORDS:
        token = token.head.head
    return token


def _refers_to_a_gathering(token: Token) -> bool:
    """ "the summit" as where a clause happens: "on the sidelines of the summit", "at the
    summit", "during the conference", "the forum's margins", "the summit venue"."""
    if not _the_gathering(token):
        return False
    head = token.head
    if token.dep_ == "poss" or (token.dep_ == "compound" and head.lower_ in SETTING_NOUNS):
        return head.lower_ in SETTING_NOUNS  # "the conference's sidelines", "the summit venue"
    if token.dep_ != "pobj":
        return False
    if head.lower_ == "of":
        return head.head.lower_ in SETTING_NOUNS or _a_part_of_it(head.head)
    return head.lower_ in {"at", "during"}


def _the_gathering(token: Token) -> bool:
    """ "the summit", "the conference": a gathering named by its kind alone, not "the Alaska
    summit", "the next summit" or "the summit held in ..." (one of its own)."""
    if (token.lemma_.lower() not in GATHERING_NOUNS and not _a_meeting_of_many(token)) or token.tag_ == "NNS":
        return False  # most words: their children need not be read
    children = list(token.children)
    named = [c for c in children if _a_word_of_its_name(c)]
    if token.ent_type_ and not named and not _its_kind_alone(token):
        return False  # a name of its own, not "the General Assembly" of a longer one
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return False
    # not "the Alaska summit", "the next summit", "the summit held in ...": one of its own
    return not any(
        (
            c.dep_ in {"compound", "nmod", "poss", "nummod"}
            and not _its_length(c)
            and not _a_word_of_its_name(c)
        )
        or (c.dep_ == "amod" and (c.lower_ in OTHER_ONES or not c.is_lower) and not _a_word_of_its_name(c))
        or c.dep_ == "acl"
        for c in children
    )


def _its_kind_alone(token: Token) -> bool:
    """Whether the name the model tagged a gathering word with is that word alone: "the Summit"
    capitalised, as official texts write the summit named before, names no gathering of its own."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and all(t.i == token.i or t.dep_ == "det" for t in ent)


# what makes "the meeting" a gathering of many, not a meeting of two: "the regional meeting"
MANY_MEET = frozenset("regional multilateral ministerial plenary annual international".split())


def _a_meeting_of_many(token: Token) -> bool:
    """ "the meeting" as a gathering: one told as of many ("the regional meeting", "the
    ministerial meeting"), or one with sidelines ("on the margins of the meeting"); not "the
    meeting" of two people."""
    if token.lower_ != "meeting":
        return False
    if any(c.dep_ == "amod" and c.lower_ in MANY_MEET for c in token.children):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in SETTING_NOUNS


def _a_word_of_its_name(word: Token) -> bool:
    """A capitalised word of a gathering's name before its noun, no place's: "the General
    Assembly" (of the UN General Assembly named before); the occasion told last must then bear
    those words (see :func:`_of_its_sort`)."""
    return (
        word.i < word.head.i
        and word.dep_ in {"compound", "amod"}
        and word.text[:1].isupper()
        and word.ent_type_ not in {"GPE", "LOC", "NORP", "PERSON", "DATE"}
        and not list(word.children)
    )


def _its_length(word: Token) -> bool:
    """A gathering's length before its noun, which names no other one: "the two-day summit"."""
    return word.lemma_.lower() in {"day", "week"} and any(c.dep_ == "nummod" for c in word.children)


def _a_part_of_it(part: Token) -> bool:
    """A day or session of a gathering as when a clause happens: "on the last day of the summit",
    "at the opening session of the conference" (not "the eve of the summit": before it)."""
    return (
        part.lemma_.lower() in {"day", "session"}
        and part.dep_ == "pobj"
        and part.head.lower_ in {"on", "at", "during"}
    )


def _named_before(reference: Token) -> tuple[Occasion, Place | None] | None:
    """The occasion last named before ``reference``, and where it was told to be held."""
    doc = reference.doc
    sentence = reference.sent
    reach = reference.idx - OCCASION_REACH
    news = not is_background(span_text(sentence))
    while sentence.end_char > reach:
        # "Anwar and Lula last met in Rio during the BRICS summit. On the sidelines of the summit
        # yesterday, ...": the news's summit is not the one of a meeting told as the past
        past = news and sentence != reference.sent and is_background(span_text(sentence))
        # "The two last met in October 2019, at the informal summit in X": nor is a meeting of the
        # past at the news's summit
        current = not news and sentence != reference.sent and not is_background(span_text(sentence))
        named = None if past or current else _told_last(sentence, reference)
        if named is not None:
            return named or None
        if sentence.start == 0:
            return _named_after(reference)  # the lead's "the summit" of one named further on
        sentence = doc[sentence.start - 1].sent
    return None


def _named_after(reference: Token) -> tuple[Occasion, Place | None] | None:
    """The one occasion of its sort an article names after ``reference`` (within
    ``OCCASION_REACH``), where it named none before: "leaders who have arrived for the summit
    ... held talks on the sidelines of the summit ... The BRICS summit in Kazan runs from October
    22 to 24". None where a gathering of its own ("a summit") comes first, or where it names
    several."""
    doc = reference.doc
    reach = reference.idx + OCCASION_REACH
    news = not is_background(span_text(reference.sent))
    told: dict[Occasion, Place | None] = {}
    sentence = reference.sent
    while sentence.start_char < reach:
        if sentence == reference.sent or news != is_background(span_text(sentence)):
            for span, occasion in gatherings_named(sentence):
                if span.start <= reference.i or not _GATHERING_NAME.search(occasion.name):
                    continue
                if not _of_its_sort(occasion, reference) or _a_topic(span) or _of_a_year_told(span):
                    continue
                if occasion not in told or told[occasion] is None:
                    told[occasion] = _place_of(span)
        if not told and any(t.i > reference.i and _a_gathering_of_its_own(t) for t in span_tokens(sentence)):
            return None  # "a summit" of its own comes first
        if sentence.end >= len(doc):
            break
        sentence = doc[sentence.end].sent
    if len(told) != 1:
        return None
    return next(iter(told.items()))


def _told_last(sentence: Span, reference: Token) -> tuple[Occasion, Place | None] | tuple[()] | None:
    """The last gathering a sentence tells of before ``reference``: a named occasion, with its
    place; ``()`` for a gathering of its own ("a summit") or a sentence of a gathering named
    after; None when it tells of none."""
    last: tuple[int, tuple[Occasion, Place | None] | tuple[()]] | None = None
    for span, occasion in gatherings_named(sentence):
        if span.start >= reference.i or not _GATHERING_NAME.search(occasion.name):
            continue
        if span.end > reference.i:
            continue  # the reference is a word of this name ("the APEC summit"), not told after it
        if not _of_its_sort(occasion, reference):
            continue  # "the conference" is not the "EU meeting" told since the Security Conference
        if len(occasions.countries_of_format(occasion)) == 2 and _on_its_margins(
            reference.doc[reference.i : reference.i + 1]
        ):
            continue  # "held the India-Japan Annual Summit ... on the margins of the summit": another
        if _a_topic(span) or (_of_a_year_told(span) and not _of_a_year_told(reference.sent[:])):
            continue  # "at the G20 summit in Bali in November 2022": not "the summit" of the news
        last = (span.end, (occasion, _place_of(span)))
    for token in span_tokens(sentence):
        if token.i < reference.i and _a_gathering_of_its_own(token) and (last is None or token.i >= last[0]):
            last = (token.i + 1, ())
    return last[1] if last is not None else None


def _a_gathering_of_its_own(token: Token) -> bool:
    """ "a summit", "an international conference": one gathering, told as one not named before."""
    return (
        token.lemma_.lower() in GATHERING_NOUNS
        and token.tag_ != "NNS"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
    )


def _of_its_sort(occasion: Occasion, reference: Token) -> bool:
    """Whether "the summit", "the conference" or "the forum" may mean a named occasion: one whose
    name says no sort of gathering ("the G20"), or says one of that sort ("the Munich Security
    Conference" for "the conference"; a leaders' meeting or retreat for "the summit")."""
    word = reference.lemma_.lower()
    named = " ".join([*(c.lower_ for c in reference.children if _a_word_of_its_name(c)), reference.lower_])
    if named != reference.lower_:  # "the General Assembly": only the UN General Assembly
        return named in occasion.name.lower()
    said = {w for w in re.findall(r"[a-z]+", occasion.name.lower()) if w in _GATHERING_WORDS}
    if not said or word in ANY_SORT:
        return True
    return any(word in sort and said & sort for sort in _SORTS)


YEAR_TOLD = re.compile(r"\b(?:19|20)\d\d\b|\blast year\b|\byears? ago\b", re.IGNORECASE)
_PUBLISHED = "dipgraph.published"


def note_publication(doc: Doc, published: date | None) -> None:
    """Keep the day of the news with its doc, against which a year told is read (see
    :func:`_of_a_year_told`)."""
    doc.user_data[_PUBLISHED] = published


def _of_a_year_told(span: Span) -> bool:
    """Whether the clause a span is in dates it by a year of the past ("in November 2022", "last
    year"); not by the news's own year ("The summit was held in Georgetown on 20 November 2024"
    in news of November 2024 is the news's summit)."""
    verb = verb_above(span.root)
    clause = _clause_of(verb) if verb is not None else {t.i for t in span}
    published = cast(date | None, span.doc.user_data.get(_PUBLISHED))
    return any(
        e.label_ == "DATE" and e.root.i in clause and _another_year(e.text, published)
        for e in entities(span.sent)
    )


def _another_year(text: str, published: date | None) -> bool:
    """Whether a date's words tell a year other than the news's."""
    told = YEAR_TOLD.findall(text)
    return bool(told) and (published is None or any(year != str(published.year) for year in told))


def _place_of(span: Span) -> Place | None:
    """Where a sentence tells an occasion was held: a venue hung on its name ("the BRICS summit in
    Johannesburg"), the place a "where" clause it is in refers to ("Johannesburg, where he took
    part in the BRICS summit"), else the venue of the clause it is in."""
    sentence = span.sent
    own = {t.i for t in span.root.subtree}
    if (place := _named_place(sentence, own)) is not None:
        return place
    gathering = _gathering_named(span)
    if gathering is not None and (place := _in_its_words(gathering)) is not None:
        return place
    verb = verb_above(span.root)
    if verb is None:
        return None
    if (there := where_place(sentence, verb)) is not None:
        return there
    return _named_place(sentence, _clause_of(verb))


def _gathering_named(span: Span) -> Token | None:
    """The gathering noun whose "of" phrase a name is in: "a summit of the BRICS group"."""
    token = span.root
    while token.dep_ in {"compound", "pobj", "prep"} and token.head.i != token.i:
        token = token.head
        if token.lower_ != "of" and token.lemma_.lower() in GATHERING_NOUNS:
            return token
        if token.pos_ not in {"NOUN", "PROPN"} and token.lower_ != "of":
            return None
    return None


def _in_its_words(gathering: Token) -> Place | None:
    """A place "in" or "at" which a gathering's words put it, however the parse hangs it: "a summit
    of the BRICS group of emerging economies in the Russian city of Kazan"."""
    own = {t.i for t in gathering.subtree}
    for ent in place_spans(gathering.sent):
        if ent.root.i not in own or is_dateline(ent):
            continue
        token = ent.root
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_ in VENUE_NOUNS:
            token = token.head.head  # "the Russian city of Kazan"
        if token.dep_ == "pobj" and token.head.lower_ in {"in", "at"}:
            return places.resolve_place(ent.text)
    return None


def _clause_of(verb: Token) -> set[int]:
    """A verb's clause, without the clauses hung on it."""
    keep: set[int] = set()
    stack = [verb]
    while stack:
        token = stack.pop()
        keep.add(token.i)
        stack += [c for c in token.children if c.dep_ not in {"relcl", "advcl", "ccomp", "conj", "parataxis"}]
    return keep


TOPIC_HEADS = frozenset(
    "light view hosting host presidency chairmanship agenda outcome outcomes results".split()
)


# verbs whose object is what a meeting spoke of: "discussed the BRICS summit to be held in Kazan"
TOPIC_VERBS = frozenset("discuss debate review mention".split())


def _a_topic(span: Span) -> bool:
    """An occasion spoken of rather than attended: "in light of the UAE's hosting of COP28",
    "the agenda of the G20 summit", "discussed the BRICS summit to be held in Kazan", "talked
    about the COP29 conference", "stress coordination on Libya and the Arab summit"."""
    head = span.root
    while head.dep_ in {"compound", "nmod", "amod", "conj"} and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "about":
        return True  # "talked about the COP29 conference"
    if head.dep_ == "pobj" and head.head.lower_ == "on" and head.head.head.pos_ == "NOUN":
        # "coordination on the Arab summit", "a briefing on the G20 summit"; not "talks on ASEAN sidelines"
        return head.lower_ not in SETTING_NOUNS
    head = span.root
    steps = 0
    while steps < 4:  # "discussed the BRICS summit", "the agenda of the G20 summit"
        if head.head.i == head.i:
            return False
        below, head = head, head.head
        steps += below.dep_ != "conj"  # the last of a list of topics: "discussed trade, ... and NATO"
        if head.lower_ in TOPIC_HEADS and head.pos_ in {"NOUN", "PROPN"}:
            return True
        if head.pos_ in {"VERB", "AUX"}:
            return below.dep_ == "dobj" and head.lemma_.lower() in TOPIC_VERBS
    return False


def _of_a_meeting_to_come(span: Span, trigger: Token | None) -> bool:
    """An occasion of a meeting the clause looks forward to: "met to prepare the ground for a
    bilateral on the sidelines of the APEC summit"; not the trigger itself, nor the noun the
    occasion's name is part of ("slated for the APEC leaders' summit")."""
    head = span.root
    while head.dep_ in {"compound", "nmod", "poss", "amod"} and head.head.i != head.i:
        head = head.head
    return any(
        a.lemma_.lower() in MEETING_NOUNS
        and a != trigger
        and a.dep_ == "pobj"
        and a.head.lower_ in {"for", "toward", "towards"}
        for a in head.ancestors
    )


BEFORE_OR_AFTER = frozenset(
    "ahead before after following since prior until prepare preparing preparation preparations eve".split()
)


def _another_time(span: Span, clause: set[int] | None = None) -> bool:
    """An occasion, or a date, of what comes before or after the meeting: "talks ahead of the
    UN General Assembly", "met following the G20 summit", "on the eve of the CELAC summit",
    "met to prepare the ground for a bilateral on the sidelines of the APEC summit", "in the
    run-up to the summit in Vilnius", "Following their summit earlier in the day, Kishida hosted
    Yoon for dinner on Thursday"; not the meeting's. Not one of the meeting the ``clause`` asked
    about tells, its verb coming first on the way up ("the first talks since July, when they met
    in Brussels": Brussels is where they met in July), nor that of a meeting noun whose own
    clause is asked about, the noun coming first ("ahead of Trump's meeting with Putin in
    Alaska": Alaska is where that meeting is to be)."""
    for above in list(span.root.ancestors)[:4]:
        if above.pos_ in {"VERB", "AUX"} and _heads(above, clause) and not _before_or_after(above):
            return False  # "a day after holding talks in Kampala": the talks' own place
        if above.pos_ in {"NOUN", "PROPN"} and _heads(above, clause):
            return False
        if _arranging_it(above):
            return False  # "a meeting that diplomats had been preparing for Tuesday on the sidelines of X"
        if _before_or_after(above):
            return True
    return False


def at_another_time(noun: Token) -> bool:
    """Whether a gathering's noun is told as before or after what its sentence reports ("Before
    the trilateral summit, Trump held separate meetings"), as :func:`_another_time` tells."""
    return _another_time(noun.doc[noun.i : noun.i + 1])


def _arranging_it(verb: Token) -> bool:
    """A relative clause on a meeting noun whose "that" or "which" is the meeting being arranged:
    "a meeting that diplomats had been preparing", not a preparation for something else."""
    return (
        verb.dep_ == "relcl"
        and verb.head.lemma_.lower() in MEETING_NOUNS
        and any(c.lower_ in {"that", "which"} and c.dep_ in {"mark", "dobj"} for c in verb.children)
        and not any(c.dep_ == "dobj" and c.lower_ not in {"that", "which"} for c in verb.children)
    )


def gathering_at_another_time(sentence: Span) -> bool:
    """Whether a sentence tells a gathering as before or after what it reports: "met on Monday at
    the Casa Rosada, on the eve of the CELAC summit", "signed deals before the summit"."""
    named = (span for span, _ in gatherings_named(sentence))
    nouns = (
        sentence.doc[t.i : t.i + 1]
        for t in span_tokens(sentence)
        if t.lemma_.lower() in GATHERING_NOUNS and not t.ent_type_
    )
    return any(_another_time(span) for span in itertools.chain(named, nouns))


def _before_or_after(token: Token) -> bool:
    """A word that puts what hangs on it at another time: "ahead", "after", "eve", and the
    "up" of "in the run-up to", "in the lead-up to", "in the build-up to" the summit."""
    if token.lower_ in BEFORE_OR_AFTER:
        return True
    return token.lower_ == "up" and any(c.lower_ in {"run", "lead", "build"} for c in token.children)


# "the day after" counts one day, as "a day after" does
_DAYS_COUNTED = re.compile(rf"(?:the day|(?P<n>{'|'.join(dates.NUMBER_WORDS)}|[1-6]) days?)", re.IGNORECASE)


def _days_from_an_event(ent: Span, published: date | None, clause: set[int]) -> DateSpan | None:
    """A count of days before or after an event told with its own day: "a day after the Fund's
    board on Wednesday approved the loan" (Thursday), "two days after the cabinet on Sunday
    approved the deal" (Tuesday), "the day after the floods that struck on 6 May 2023" (May 7);
    None where the event tells no single day, or where the event is what the clause reports
    ("The visit came three days after A met B in Kyiv on Tuesday": the count dates the visit,
    the meeting is of its own Tuesday)."""
    doc = ent.doc
    match = _DAYS_COUNTED.fullmatch(ent.text.strip())
    if match is None or ent.end >= len(doc) or doc[ent.end].lower_ not in {"after", "before"}:
        return None
    word = doc[ent.end]
    event = word.head if word.dep_ == "mark" else word  # "after the board approved": the verb's clause
    if event.i in clause and event.head.i not in clause:
        return None
    end = max(t.i for t in event.subtree) + 1
    told = [e for e in entities(ent.sent) if e.label_ == "DATE" and ent.end < e.start and e.end <= end]
    day = dates.resolve(told[0].text, published) if told else None
    if day is None or day.start is None or day.precision != "day":
        return None
    n = _days_counted(match)
    shifted = day.start + timedelta(days=n if word.lower_ == "after" else -n)
    return DateSpan(
        start=shifted, end=shifted, precision="day", phrase=f"{ent.text} {word.text} {told[0].text}"
    )


def _days_counted(match: re.Match[str]) -> int:
    """The number of days a count names: one for "the day" or "a day", two for "two days"."""
    return 1 if match["n"] is None else dates.NUMBER_WORDS.get(match["n"].lower()) or int(match["n"])


def counted_back_from(verb: Token, told: DateSpan | None) -> DateSpan | None:
    """The day of a meeting told as what the meeting just told came a count of days after or
    before, that one told with its day (``told``): "The talks in Geneva came a day after A met B
    in Kampala", the talks on Saturday: A met B on Friday. None where the meeting told names no
    single day, or where ``verb``'s clause is told as no meeting's count of days after or before
    (``_counted_clause``)."""
    if told is None or told.start is None or told.precision != "day" or told.start != told.end:
        return None
    if (counted := _counted_clause(verb)) is None:
        return None
    word, count, n = counted
    day = told.start - timedelta(days=n if word.lower_ == "after" else -n)
    return DateSpan(
        start=day, end=day, precision="day", phrase=f"{count.text.strip()} {word.text} {told.phrase}"
    )


def counted_from(verb: Token, told: DateSpan | None) -> DateSpan | None:
    """The day of a meeting told in a phrase that a count of days right before its "after" or
    "before" puts after or before the meeting its sentence reports, that one told with its day
    (``told``): "A met B on Thursday, a day after holding talks with C" (A and C met on
    Wednesday), "a day after C held talks with D", "two days before travelling to Lima to meet
    E" (Saturday). None where the verb is in no such phrase or the day told is no single day."""
    if told is None or told.start is None or told.precision != "day" or told.start != told.end:
        return None
    if verb.dep_ in {"advcl", "xcomp"} and verb.head.tag_ == "VBG":
        verb = verb.head  # "before travelling to Lima to meet E": the travelling's count
    word = verb.head if verb.dep_ == "pcomp" else next((c for c in verb.children if c.dep_ == "mark"), None)
    if word is None or word.lower_ not in {"after", "before"} or word.i == 0:
        return None
    count = word.nbor(-1)
    if count.dep_ != "npadvmod" or count not in (word.head, verb.head, *word.children, *verb.children):
        return None
    doc = verb.doc
    phrase = doc[count.left_edge.i : count.i + 1].text
    if (match := _DAYS_COUNTED.fullmatch(phrase)) is None:
        return None
    n = _days_counted(match)
    day = told.start - timedelta(days=n if word.lower_ == "after" else -n)
    return DateSpan(start=day, end=day, precision="day", phrase=f"{phrase} {word.text} {told.phrase}")


def _counted_clause(verb: Token) -> tuple[Token, Span, int] | None:
    """Where ``verb``'s clause is told as what a meeting came a count of days after or before
    ("The visit comes a day after A met B", "The talks came two days after she had met ..."): the
    word "after" or "before", the count and the number of days it names. The one rule for both
    days it is counted from: the day of the meeting just told (``counted_back_from``), else the
    day the text told last (``_days_before_the_news``). The meeting word is the subject of the
    verb the clause hangs on ("The talks were held a day after ..."), or of the clause's own verb
    where the parser hangs the word on it; the count is the date just before the word, or the
    one on the clause ("comes [a day after A met B]") or carrying it ("comes [a day [after A met
    B]]"). None where what came is no meeting word ("The vote came a day after A met B")."""
    word = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)
    if word is None:
        return None
    counted: Token | None
    if verb.head.dep_ == "npadvmod":  # "comes [a day [after A met B]]"
        counted, coming = verb.head, verb.head.head
    else:  # "comes [a day after A met B]", the count on the clause's verb
        counted = next((c for c in verb.children if c.dep_ == "npadvmod"), None)
        coming = verb.head if verb.dep_ == "advcl" else verb
    if not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in MEETING_NOUNS for c in coming.children
    ):
        return None
    for ent in entities(verb.sent):
        if (
            ent.label_ == "DATE"
            and (ent.end == word.i or ent.root == counted)
            and (match := _DAYS_COUNTED.fullmatch(ent.text.strip()))
        ):
            return word, ent, _days_counted(match)
    return None


def _its_own(span: Span, clause: set[int]) -> bool:
    """Whether a date told as of what came before or after something is the clause's own: the
    date is in the clause, the word putting it before or after is not ("after | Ramaphosa's trip
    to Brasilia in June", the trip's clause)."""
    word = next((a for a in list(span.root.ancestors)[:4] if _before_or_after(a)), None)
    return word is not None and word.i not in clause and span.root.i in clause


def _an_events_day(span: Span) -> bool:
    """A date told of an event that is no meeting, put before or after what the clause reports
    ("spoke by phone following the assassination of Haniyeh in Tehran on Wednesday"): that
    event's day; not a meeting's ("hosted Yoon for dinner following their summit on Thursday")."""
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    event = preposition.head
    return (
        event.pos_ == "NOUN"
        and event.lemma_.lower() not in MEETING_NOUNS | LINKED_NOUNS
        and event.dep_ == "pobj"
        and _before_or_after(event.head)
    )


# Words that tell a meeting as one held before the one reported: "after their first encounter"
EARLIER_ONES = frozenset("first previous last earlier prior initial".split())


def _an_earlier_meetings_day(span: Span) -> bool:
    """A date told of a meeting put before what the clause reports and told as an earlier one
    ("It was their second meeting, after their first encounter in Bali in November 2022"): that
    meeting's, never the reported one's, even for want of a date of its own."""
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    meeting = preposition.head
    return (
        meeting.lemma_.lower() in MEETING_NOUNS | LINKED_NOUNS
        and meeting.dep_ == "pobj"
        and _before_or_after(meeting.head)
        and any(c.dep_ == "amod" and c.lower_ in EARLIER_ONES for c in meeting.children)
    )


def _of_another_event(span: Span) -> bool:
    """A date in a clause told as what came before or after the news ("used Tuesday to hold
    meetings, after Trump's departure on Monday night scrapped others"): that event's day."""
    verb = verb_above(span.root)
    return verb is not None and any(c.dep_ == "mark" and c.lower_ in BEFORE_OR_AFTER for c in verb.children)


def _since(span: Span, clause: set[int] | None = None) -> bool:
    """A date something has lasted since ("the first talks since February", "her first visit
    since taking office in March", "the first meeting since the government took office in
    August"): an earlier time; not for the meeting told in the clause ("since they last met in
    Bali last November": when they met), the ``clause`` asked about."""
    near = list(span.root.ancestors)[:3]
    verbs = [a for a in near if a.pos_ in {"VERB", "AUX"} and not _heads(a, clause)]
    if _of_the_meeting_since(near, clause):
        return False
    return any(a.lower_ == "since" for a in near) or any(
        c.dep_ == "mark" and c.lower_ == "since" for a in verbs for c in a.children
    )


def _of_the_meeting_since(near: list[Token], clause: set[int] | None) -> bool:
    """Whether a date hangs on a meeting word of the clause told as someone's, which is what came
    "since" ("the first visit since then President Lee's trip in December 2011", "reviewed ties
    since their virtual summit in March 2021"): the date is that meeting's, not only the start of
    a time that lasted; not where "since" hangs on another meeting word ("their first meeting
    since their summit in Bali in November": the summit's month dates no later meeting)."""
    for word in near:
        if word.lower_ == "since":
            return False
        if clause is None or word.i not in clause or word.lemma_.lower() not in MEETING_NOUNS:
            continue
        since = word.head
        if since.lower_ != "since" or since.dep_ != "prep":
            return False
        owners = [c for c in word.children if c.dep_ == "poss"]
        if any(o.pos_ == "PROPN" for o in owners):
            return True  # "since Sheikh Hasina's visit to Beijing in July"
        if clause is not None and since.head.i not in clause:
            return True  # the clause of the meeting "since" tells, not of the later one: its own date
        told_of = since.head.lemma_.lower()
        return bool(owners) and told_of not in MEETING_NOUNS | LINKED_NOUNS and told_of != "meet"
    return False


def date_of_the_one_next_to(
    sentence: Span, trigger: Token, published: date | None, *, words: frozenset[str], future: bool = False
) -> DateSpan | None:
    """The date a meeting told as what came before or after another event gives itself, in its
    own words: "arrived in Lima on Monday after talks with Boric in Santiago on Sunday" (Sunday),
    "arrived in Hanoi on Saturday night after a visit to Singapore, where he spoke on Friday"
    (Friday), "the first encounter since a telephone conversation in October 2023" (October
    2023); None for a meeting word not governed by one of ``words``, or telling no date."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in words:
        return None
    return _date_of(sentence, {t.i for t in trigger.subtree}, published, future=future)


def date_of_one_of_two(
    sentence: Span, trigger: Token, published: date | None, *, future: bool
) -> DateSpan | None:
    """The date a meeting noun joined to another by "and" gives itself, in its own words: "his
    visit to Turkey today and Erdogan's recent visit to Egypt in February" (February for the
    second, today for the first); None for a noun not so joined, or telling no date of its own."""
    joined = [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    if trigger.dep_ == "conj":
        joined.append(trigger.head)
    else:  # the parse may make both nouns subjects of the verb, the "and" hung on the first
        joined += [
            c
            for c in trigger.head.children
            if c.i < trigger.i
            and c.dep_ == trigger.dep_
            and c.pos_ == "NOUN"
            and any(g.dep_ == "cc" for g in c.children)
        ]
    if trigger.pos_ != "NOUN" or not joined:
        return None
    others = {
        t.i for c in trigger.children if c.dep_ in {"conj", "cc", "relcl", "acl", "appos"} for t in c.subtree
    }
    own = {t.i for t in trigger.subtree} - others
    if any(
        c.dep_ == "amod" and c.lower_ in {"recent", "last", "previous", "earlier"} for c in trigger.children
    ):
        future = False  # "Erdogan's recent visit to Egypt in February": the February gone by
    return _date_of(sentence, own, published, future=future)


AFTER_OR_BEFORE = frozenset({"after", "before", "following"})
SINCE = frozenset({"since"})


def occasion_city(occasion: Occasion) -> Place | None:
    """The city where an occasion is always held, as the occasions table says: the Munich
    Security Conference in Munich, the World Economic Forum in Davos; None for a summit series,
    which moves."""
    venue = occasions.venue_of(occasion)
    return places.resolve_place(venue) if venue else None


def date_since(sentence: Span, since: Token, published: date | None) -> DateSpan | None:
    """The date a "since" phrase names, read as the past: "for the first time since February"
    (the February before publication); None for one naming an event ("since the election")."""
    if not any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in since.children):
        return None
    return _date_of(sentence, {t.i for t in since.subtree}, published, future=False, own=False)


def clause_date(sentence: Span, clause: set[int], published: date | None, *, future: bool) -> DateSpan | None:
    """The date a clause gives what it reports; if it gives none, the date of the plan it is
    part of ("On Friday, Smith was scheduled to hold talks with ..."), the date set before the
    clause it is joined to ("On Monday, A received B, and C met B"), or of the event its
    relative clause hangs on ("talks in Lisbon in April, where Lee sat down with ..."); else
    "today"; or the date a meeting word of the clause is set for ("will speak with Kishida in a
    call scheduled for Friday"). A meeting a trip is for, told with a day of its own, is of that
    day, not of the trip's ("will fly to Paris on Friday for talks with Macron on Saturday")."""
    span = None
    if purpose := _trip_is_for(sentence, clause):
        span = _date_of(sentence, purpose, published, future=future)
    span = span or _date_of(sentence, clause, published, future=future)
    if span is None and (plan := _plan_of(sentence, clause)):
        span = _date_of(sentence, plan, published, future=future) or _anchor_untagged(
            sentence, plan, published, future
        )  # "On the same day A flew to Lima to meet B", the day untagged
    if span is None and (set_for := _set_for(sentence, clause)):
        span = _date_of(sentence, set_for, published, future=future)
    if span is None and (fronted := _fronted_for(sentence, clause)):
        span = _date_of(sentence, fronted, published, future=future)
    if span is None and (event := _antecedent_of(sentence, clause)):
        # the event's own time, even where it comes "since" or "after" another; past if told so
        ahead = future and not _told_in_the_past(sentence, event)  # "flew to Baku on Monday, where"
        span = _date_of(sentence, event, published, future=ahead, own=False)
    if span is None and (event := _when_of(sentence, clause)):
        span = _date_of(sentence, event, published, future=future, own=False)
    if span is None and (arrival := _setting_of(sentence, clause)):
        # "left France on Monday for Cape Town, where he will co-chair ...": the Monday gone by
        ahead = future and not _told_in_the_past(sentence, arrival)
        span = _date_of(sentence, arrival, published, future=ahead)
    if span is None and (recalled := _recalled(sentence, clause)):
        span = _date_of(sentence, recalled, published, future=future)
    if span is None and (stay := _stay_there(sentence, clause)):
        span = _date_of(sentence, stay, published, future=future, own=False)
    if span is None:
        span = _days_before_the_news(sentence, clause, published, future=future)
    return (
        span or _today(sentence, clause, published) or _untagged_anchor(sentence, clause, published, future)
    )


def _days_before_the_news(
    sentence: Span, clause: set[int], published: date | None, *, future: bool
) -> DateSpan | None:
    """The day of a clause told as what a meeting of the news came days after ("The visit comes a
    day after Dagalo met Ruto in Nairobi", "The talks came two days after she had met ..."): that
    many days before the day the text told last, the news's (``_counted_clause``)."""
    for root in _roots(sentence, clause):
        if (counted := _counted_clause(root)) is not None:
            word, count, n = counted
            told_as = f"{n} day{'s' if n > 1 else ''} {'earlier' if word.lower_ == 'after' else 'later'}"
            return _after_the_day_told(count, published, future=future, told_as=told_as)
    return None


PLAN_VERBS = frozenset("schedule set slate due expect".split())
RELATIVE_PREPOSITIONS = frozenset("in during on at".split())


def _roots(sentence: Span, clause: set[int]) -> list[Token]:
    """The words of a clause within the sentence whose head is outside it (or who are their own
    head), in order: the few roots sorted, not the whole clause (asked for each date and plan)."""
    heads, tokens = doc_heads(sentence.doc), doc_tokens(sentence.doc)
    start, end = sentence.start, sentence.end
    roots = [i for i in clause if start <= i < end and (heads[i] not in clause or heads[i] == i)]
    return [tokens[i] for i in sorted(roots)]


def _plan_of(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating the plan a clause is the object of: "On Friday" in "On Friday, Smith was
    scheduled to hold talks" (and to "visit Tapa and meet Hussar"; "On Tuesday, A is due to hold
    a bilateral meeting with B", the day on the verb "due" completes), "In October, Lee is to pay a
    visit", or the trip it is the purpose of ("would travel to Caracas in April to meet Maduro");
    not the day of an agreement ("agreed on Monday to meet")."""
    found: set[int] = set()
    for root in _roots(sentence, clause):
        for _ in range(3):  # "In May, A is to pay a visit to France to meet B": two steps up
            while root.dep_ == "conj" and root.head.pos_ in {"VERB", "AUX"}:
                root = root.head
            if not _planned_by(root):
                break
            plan = [root.head, *([root.head.head] if root.head.dep_ == "acomp" else [])]  # "is due to"
            for child in (c for word in plan for c in word.children):
                if child.dep_ in {"prep", "npadvmod"} and child.i not in clause:
                    found |= {t.i for t in child.subtree}
            root = root.head
    return found


# the participles of a plan told of a meeting word ("a call scheduled for Friday"), by their own
# forms, as the lemmatiser makes "slat" of "slated"
PLAN_PARTICIPLES = frozenset("scheduled set slated planned fixed due expected".split())


def _set_for(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating a meeting word of the clause in the participle of a plan that describes
    it, which the clause leaves out as a clause of its own: "in a phone call scheduled for
    Thursday", "at a summit set for Saturday in Arusha", "for talks slated for March 20"."""
    return {
        t.i
        for word in clause_tokens(sentence, clause)
        if word.lemma_.lower() in MEETING_NOUNS
        for described in word.children
        if described.dep_ == "acl" and described.lower_ in PLAN_PARTICIPLES
        for child in described.children
        if child.dep_ in {"prep", "npadvmod"}
        for t in child.subtree
    } - clause


def _fronted_for(sentence: Span, clause: set[int]) -> set[int]:
    """The words of a date set before the first of two joined clauses, which dates both: "On
    Monday, A received B, and C met B"; not one told after that clause's subject ("A received
    B on Monday, and C met B"), but for the trip of a subject that goes on to meet someone
    there ("Ruto will travel to Addis Ababa on Friday and hold talks with Abiy")."""
    found: set[int] = set()
    for root in _roots(sentence, clause):
        if root.dep_ != "conj" or root.head.pos_ not in {"VERB", "AUX"}:
            continue
        first = root.head
        subject = next((c.i for c in first.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        trip = first.lemma_.lower() in TRIP_VERBS and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in root.children
        )
        for child in first.children:
            if (
                child.dep_ in {"prep", "npadvmod"}
                and child.i not in clause
                and child.i < root.i
                and ((subject and child.i < subject) or trip)
            ):
                found |= {t.i for t in child.subtree}
    return found


TRIP_VERBS = frozenset("travel fly go head arrive land".split())


def _trip_is_for(sentence: Span, clause: set[int]) -> set[int]:
    """The words told of a meeting word of the clause that a trip is for, on the word or on the
    trip after it: "on Saturday" in "will fly to Paris on Friday for talks with Macron on
    Saturday", whichever of the two the parse hangs it on."""
    found: set[int] = set()
    for word in clause_tokens(sentence, clause):
        if word.lemma_.lower() not in MEETING_NOUNS or word.dep_ != "pobj" or word.head.lower_ != "for":
            continue
        trip = word.head.head
        if trip.lemma_.lower() not in TRIP_PURPOSE_VERBS:
            continue
        told = [*word.children, *(c for c in trip.children if c.i > word.head.right_edge.i)]
        found |= {t.i for child in told if child.dep_ in {"prep", "npadvmod"} for t in child.subtree}
    return found & clause


def _planned_by(verb: Token) -> bool:
    """Whether a verb is the object of a plan ("scheduled to meet", "is to pay a visit") or the
    purpose of a trip ("travel to Caracas to meet", "visit China to meet", "pay a visit to
    France to meet")."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    head = verb.head.lemma_.lower()
    trip = head in TRIP_PURPOSE_VERBS | VISIT_WORDS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in VISIT_WORDS for c in verb.head.children
    )  # "travel to Caracas to meet", "pay a visit to France to meet"
    return (verb.dep_ == "xcomp" and (head in PLAN_VERBS or (head == "be" and to))) or (
        verb.dep_ in {"advcl", "xcomp"} and to and trip
    )


# verbs of a trip whose purpose a meeting is: "travel to Caracas to meet", "stop in Suva to meet"
TRIP_PURPOSE_VERBS = frozenset("travel fly go come head return stop land".split())


def _antecedent_of(sentence: Span, clause: set[int]) -> set[int]:
    """The words of the event a relative clause of time or place hangs on, where its date is:
    "talks in Lisbon in April, where Lee sat down with ...", "June, the month in which they
    had met"; not a date it is the first "since" ("his first visit since 2011, where he was
    welcomed by ...")."""
    for root in map(_above_the_plan, _roots(sentence, clause)):
        if root.dep_ != "relcl" or not any(
            c.lower_ in {"where", "when"}
            or (c.lower_ in RELATIVE_PREPOSITIONS and any(g.lower_ == "which" for g in c.children))
            for c in _relative_children(root)
        ):
            continue
        top = root.head
        while top.dep_ in {"appos", "pobj", "prep"} and top.head.pos_ in {"NOUN", "PROPN", "ADP"}:
            top = top.head
        found = {t.i for t in top.subtree} - {t.i for t in root.subtree} - clause
        if top.head.lower_ == "since":
            found = set()  # "his first visit since 2011, where he was welcomed": not 2011
        if root.head.lower_ in TIME_UNITS:  # "since June, the month in which": June, set off by a comma
            comma = root.head.left_edge.i - 1
            named = [e for e in entities(sentence) if e.label_ == "DATE" and e.end == comma]
            if comma >= sentence.start and sentence.doc[comma].text == "," and named:
                found |= set(range(named[0].start, named[0].end))
        return found
    return set()


def _told_in_the_past(sentence: Span, words: set[int]) -> bool:
    """Whether words hang on a verb in the past tense: "flew to Baku on Monday" (a plan of that
    day, "where he was due to meet ...", was for a day gone by)."""
    doc = sentence.doc
    return any(doc[i].head.i not in words and doc[i].head.tag_ == "VBD" for i in words)


def _above_the_plan(root: Token) -> Token:
    """The verb of the clause a plan's verb is the object of, where it opens a relative clause:
    "is" in "where he is due to meet Zelensky", "was" in "where he was to meet Marape"."""
    top = root
    while top.dep_ in {"xcomp", "acomp"} and top.head.pos_ in {"VERB", "AUX", "ADJ"} and top.head != top:
        top = top.head
    return top if top.dep_ == "relcl" else root


def _relative_children(root: Token) -> list[Token]:
    """The children of ``root`` and of the verbs of the plan within its clause, where the word
    opening a relative clause may hang ("where he is scheduled to hold talks": "where" on "hold")."""
    plan = [
        t
        for t in root.subtree
        if t.dep_ in {"xcomp", "acomp"} and t.head.i in {root.i, *(p.i for p in root.subtree)}
    ]
    return [c for t in [root, *plan] for c in t.children]


TIME_UNITS = frozenset("day week month year".split())
MEMORY_VERBS = frozenset("recall remember recollect".split())


def _recalled(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating a meeting someone recalls, where the parse hangs them on the verb of
    memory ("recalled his meeting with Kishida and Biden in Washington on April 11"): one
    recalls now what happened then."""
    for root in _roots(sentence, clause):
        verb = root.head
        if root.dep_ == "dobj" and verb.lemma_.lower() in MEMORY_VERBS:
            return {
                t.i
                for c in verb.children
                if c.dep_ in {"prep", "npadvmod"} and c.i > root.i
                for t in c.subtree
            } - clause
    return set()


PRESENCE_VERBS = frozenset("attend be stay spend participate".split())


def _stay_there(sentence: Span, clause: set[int]) -> set[int]:
    """The words of a "where" clause on the clause's own place that tells the days someone was
    there: "In Rio de Janeiro, where he attended the G20 Summit on November 18-19, Prabowo held
    talks with Lula" (a meeting held during that stay)."""
    for token in clause_tokens(sentence, clause):
        if token.ent_type_ not in {"GPE", "LOC", "FAC"}:
            continue
        for told in token.children:
            if (
                told.dep_ == "relcl"
                and told.lemma_.lower() in PRESENCE_VERBS
                and any(c.lower_ == "where" for c in told.children)
            ):
                return _clause_of(told) - clause
    return set()


def _setting_of(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating the act of the verb whose phrase a "where" clause hangs on, for a
    "where" clause that has no date of its own nor of the phrase: "arrived in Baghdad on Monday
    for his first visit to Iraq since 2011, where he was welcomed by ...": on Monday; for a verb
    with none, the date set before the first of the clauses it is joined to ("On March 17 he met
    Macron in Paris and then flew to London, where he held talks with Starmer": March 17)."""
    for root in map(_above_the_plan, _roots(sentence, clause)):
        if root.dep_ != "relcl" or not any(c.lower_ == "where" for c in _relative_children(root)):
            continue
        branch = root
        while branch.head.pos_ not in {"VERB", "AUX"} and branch.head != branch:
            branch = branch.head
        verb = branch.head
        if verb == branch or not sentence.start <= verb.i < sentence.end:
            return set()
        own = {
            t.i
            for child in verb.children
            if child.dep_ in {"prep", "npadvmod"}
            and child != branch
            and not any(t.pos_ in {"VERB", "AUX"} for t in child.subtree)  # not another "where" clause
            for t in child.subtree
        } - clause
        if not any(sentence.doc[i].ent_type_ in {"DATE", "TIME"} for i in own):
            own |= _fronted_for(sentence, {verb.i}) - clause  # "On March 17 he met A, then flew to B, where"
        return own
    return set()


def _date_of(
    sentence: Span, clause: set[int], published: date | None, *, future: bool, own: bool = True
) -> DateSpan | None:
    """The date the clause tells: the first it names, unless it names days inside that one later
    ("next week for the summit, which Albanese will host from March 4 to 6": March 4 to 6)."""
    told = _told_dates(sentence, clause, published, future=future, own=own)
    first = next(told, None)
    if first is None and own and future:
        return _through_a_stay(sentence, clause, published)
    if first is None or first.start is None or first.end is None or first.start == first.end:
        return first
    for later in told:
        if (
            later.start is not None
            and later.end is not None
            and first.start <= later.start <= later.end <= first.end
            and (later.start, later.end) != (first.start, first.end)
        ):
            return later
    return first


def _told_dates(
    sentence: Span, clause: set[int], published: date | None, *, future: bool, own: bool = True
) -> Iterator[DateSpan]:
    """The dates the clause tells, in order, each resolved."""
    now = published
    opening = dateline_end(sentence)
    ents = [
        part
        for e in map(_a_clock_time, entities(sentence))
        if e.label_ in {"DATE", "TIME"}
        for part in _date_parts(_with_its_last_day(e))
        if in_clause(part, clause) and part.start_char >= opening
    ]
    for ent in ents if own else []:  # "a day after the board on Wednesday approved the loan": Thursday
        if (counted_from := _days_from_an_event(ent, published, clause)) is not None:
            yield counted_from
            return
    if own:  # "during the visit, which runs until Sunday": the stay's end, no day of the meeting
        ents = [e for e in ents if not _end_of_a_stay(e)]
    if own:  # "Following their summit earlier in the day, ..."; never "the first talks since February"
        # nor a date of what comes after the meeting: "is set to meet Li before he flies back on Thursday"
        since = [e for e in ents if not _since(e, clause) and not _told_since_or_before(e, clause)]
        # a date of what came before or after ("Following their summit earlier in the day"), for want
        # of one of its own; for a plan, only one of itself ("will visit Pretoria, after | Ramaphosa's
        # trip to Brasilia in June": the trip's), never that of what came before it ("will mark a
        # turning point after the former's visit to Cairo in February"); never that of a meeting told
        # as an earlier one ("after their first encounter in Bali in November 2022")
        ents = [e for e in since if not _another_time(e)] or [
            e
            for e in since
            if not _an_events_day(e)
            and not _an_earlier_meetings_day(e)
            and (not future or _its_own(e, clause))
        ]
    phrases: list[str] = []
    times: set[str] = set()  # a time of day alone ("At noon on Tuesday"): the day it names comes first
    told: dict[str, Span] = {}
    for ent in ents:
        between = sentence.doc[
            (phrases and ents[ents.index(ent) - 1].end) or ent.start : ent.start
        ].text.strip()
        if phrases and between.lower() in {"and", "to", "-", "–", "through"}:
            phrases[-1] = f"{phrases[-1]} {between} {ent.text}"
            times.discard(phrases[-1])
        else:
            phrases.append(ent.text)
            told.setdefault(ent.text, ent)
            if ent.label_ == "TIME":
                times.add(ent.text)
    for phrase in sorted(phrases, key=lambda p: p in times):
        if span := _same_year(sentence, phrase):
            yield span
            continue
        # a phrase of time in what someone said on a day told counts from that day
        published = (_speech_day(told[phrase], published) if phrase in told else None) or now
        counted = None
        if phrase in told and not dates.anchored(phrase) and (before := _words_before(sentence, phrase)):
            counted = (
                f"{before} {phrase}" if dates.anchored(f"{before} {phrase}") else None
            )  # "Later in | the day"
        if (
            phrase in told
            and not counted
            and not dates.anchored(phrase)
            and (after := _adverb_after(told[phrase]))
        ):
            counted = (
                f"{phrase} {after}" if dates.anchored(f"{phrase} {after}") else None
            )  # "A day | before,"
        if phrase in told and (counted or dates.anchored(phrase)):
            if span := _after_the_day_told(told[phrase], published, future=future, told_as=counted):
                yield span  # "Faki also held talks the same day with ..."
                continue
            if dates.resolve(counted or phrase, published) is None:
                continue  # else "the previous week" with no date told before: the week before publication
        span = (_of_the_month_before(told[phrase], published) if phrase in told else None) or dates.resolve(
            phrase, published
        )
        if span is None and future and published is not None:
            span = _coming(phrase, published)  # "will travel to Rabat next month"
        if span is None and (before := _words_before(sentence, phrase)):
            span = dates.resolve(f"{before} {phrase}", published)  # "Earlier in | the day"
        if (
            span is None
            and published is None
            and (counted_back := _from_a_yearless_dateline(sentence, phrase))
        ):
            yield counted_back  # "TEHRAN, Aug. 20 (MNA) - ... met ... yesterday": August 19, year untold
            continue
        if span is None and published is None and (named := _day_named(phrase)):
            # "on August 20", "Nov. 4": that day of a year unknown
            yield DateSpan(precision="day", phrase=phrase, month=named[0], day=named[1])
            continue
        if span is None and published is None and (month := _month_named(phrase)):
            yield DateSpan(precision="month", phrase=phrase, month=month)  # "in July", year unknown
            continue
        if span is None or span.start is None or (span.precision == "year" and not _a_years_event(phrase)):
            continue
        if span.precision == "year" and phrase in told and _a_things_year(told[phrase]):
            continue
        if span.precision == "day" and phrase in told and _a_things_day(told[phrase]):
            continue
        scheduled = phrase in told and _in_a_week(phrase) and _told_as_scheduled(told[phrase])
        if (
            (future or scheduled)
            and published
            and span.start
            and span.end
            and _passed_plan(span, phrase, published, will=_told_with_will(sentence, clause))
            and (phrase not in told or not _a_day_gone_by(told[phrase], span, published))
        ):
            span = _next_occurrence(span, phrase)
        yield span


# verbs of going and meeting that news tells in the present simple for what is scheduled ("On
# Tuesday, Aoun heads to Cairo"): a trip's, a meeting's, a visit's
SCHEDULED_VERBS = TRIP_VERBS | frozenset("leave depart visit meet host receive hold attend".split())


def _told_as_scheduled(ent: Span) -> bool:
    """Whether a day hangs on a verb of going or meeting in the present simple, in a sentence of
    the body (ending with a full stop, not a headline's "Xi meets Putin"): news tells a scheduled
    event so ("On Tuesday, the president heads to Cairo", "travels to Rome on Friday"), so its
    weekday is the next of that name, or today. Not a verb with an auxiliary ("has met", "is
    heading"), nor one of a relative clause ("Lee, who on Monday heads the delegation")."""
    verb = next((a for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    ending = [t for t in span_tokens(ent.sent) if not t.is_space]
    return (
        verb is not None
        and verb.tag_ in {"VBZ", "VBP"}
        and verb.lemma_.lower() in SCHEDULED_VERBS
        and verb.dep_ != "relcl"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and bool(ending)
        and ending[-1].text == "."
    )


def _of_the_month_before(ent: Span, published: date | None) -> DateSpan | None:
    """A day told alone ("on the 13th") after a month named earlier in its sentence ("traveled to
    Russia last September and met Putin on the 13th"): that day of that month, not the latest
    13th before publication."""
    if not _day_alone(ent.text):
        return None
    sentence = ent.sent
    opening = dateline_end(sentence)
    months = [
        span
        for e in entities(sentence)
        if e.label_ == "DATE" and opening <= e.start_char and e.end <= ent.start
        if (span := dates.resolve(e.text, published)) is not None and span.precision == "month"
    ]
    return dates.day_of_the_month(ent.text, months[-1]) if months else None


# the verbs a relative clause tells the last day of a stay with: "the visit, which runs until
# Sunday", "his stay, which lasts through Friday", "the trip, which ends on Saturday"
LASTING_VERBS = frozenset("run last continue end conclude wrap".split())
STAYS = frozenset("visit trip stay tour".split())


def _end_of_a_stay(ent: Span) -> bool:
    """A date told as the last day of a stay in a relative clause on it ("during the visit, which
    runs until Sunday"): not the day of a meeting held during the stay, but its end."""
    preposition = ent.root.head
    if ent.root.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    verb = preposition.head
    ending = preposition.lower_ in {"until", "till", "through", "to"} or (
        preposition.lower_ == "on" and verb.lemma_.lower() in {"end", "conclude"}
    )
    return (
        ending
        and verb.lemma_.lower() in LASTING_VERBS
        and verb.dep_ == "relcl"
        and verb.head.lemma_.lower() in STAYS
    )


def _through_a_stay(sentence: Span, clause: set[int], published: date | None) -> DateSpan | None:
    """A plan with no day of its own during a stay whose last day is told: the days from
    publication to then ("will also meet Zhao during the visit, which runs until Sunday")."""
    ends = [
        e for e in entities(sentence) if e.label_ == "DATE" and in_clause(e, clause) and _end_of_a_stay(e)
    ]
    last = _date_of(sentence, _words(ends[0]), published, future=True, own=False) if ends else None
    if published is None or last is None or last.end is None or last.end < published:
        return None
    return DateSpan(start=published, end=last.end, precision="days", phrase=ends[0].text)


def _words(span: Span) -> set[int]:
    """The indices of a span's tokens, as a clause of its own."""
    return set(range(span.start, span.end))


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def _a_clock_time(ent: Span) -> Span:
    """A time of day at which something happened that the tagger calls a number ("was received
    at 11:18 local time"): a time, which dates what the clause tells to the day of the news."""
    if ent.label_ != "CARDINAL" or not _CLOCK.fullmatch(ent.text) or ent.start == 0:
        return ent
    return Span(ent.doc, ent.start, ent.end, label="TIME") if ent.doc[ent.start - 1].lower_ == "at" else ent


_TO_THE_LAST = frozenset({"to", "through", "until", "-", "–"})
_MONTH_AND_DAY = re.compile(rf"(?i:{'|'.join(dates.MONTHS)})\.?\s+\d{{1,2}}")


def _with_its_last_day(ent: Span) -> Span:
    """A month's day the tagger tells apart from the last day of the span it begins, which it
    leaves out as a number ("from Oct. 12 | to | 14"): the whole span, "Oct. 12 to 14"."""
    doc = ent.doc
    if ent.label_ != "DATE" or ent.end + 1 >= len(doc) or not _MONTH_AND_DAY.fullmatch(ent.text):
        return ent
    to, last = doc[ent.end], doc[ent.end + 1]
    if to.lower_ not in _TO_THE_LAST or not last.is_digit or not int(ent[-1].text) < int(last.text) <= 31:
        return ent
    return Span(doc, ent.start, ent.end + 2, label="DATE")


def _date_parts(ent: Span) -> list[Span]:
    """The dates of an entity the tagger ran on past a comma into another phrase of time ("on
    July 9, days after the runoff": "July 9" and "days"); a date whose year, month or weekday
    follows the comma ("May 8, 2024", "Wednesday, May 8") stays whole."""
    for token in ent[:-1]:
        after = ent.doc[token.i + 1]
        if token.text == "," and after.is_alpha and not dates.names_a_day(after.text):
            first = Span(ent.doc, ent.start, token.i, label=ent.label_)
            return [first, *_date_parts(Span(ent.doc, token.i + 1, ent.end, label=ent.label_))]
    return [ent]


def _after_the_day_told(
    ent: Span,
    published: date | None,
    *,
    future: bool,
    depth: int = 0,
    counted: str | None = None,
    told_as: str | None = None,
) -> DateSpan | None:
    """A day told relative to the day the text told last before it ("met Ruto on Saturday ...
    also held talks the same day with Mohamud"; "the next day", "two days later"). The day told
    is the last date before it, within a paragraph or so, that names one day: not a wire
    dateline's, one things have lasted "since", a year, or the day someone said something ("the
    AU said on Sunday"), nor, for a meeting held, the day of a plan ("the summit will be held on
    Friday"). None where it is relative to an event ("the day before the summit opened").
    ``counted`` is the phrase ``ent`` counts as where it is no phrase of time ("separately": "the
    same day"); ``told_as`` the whole phrase where the tagger cut it short ("Later in | the day").
    A date told in a sentence of background ("Their previous talks were in May") counts for no
    sentence of the news but one counting days on from it ("They last met on August 15. Trump
    then hosted Zelensky three days later"); a span of days ("a visit from June 19 to 20") counts
    for "the same day" only through a day told before it inside it ("on June 20, during a visit
    from June 19 to 20")."""
    if published is None or depth > 3:
        return None
    doc = ent.doc
    phrase = counted or told_as or ent.text
    end = ent.end + (1 if told_as and _adverb_after(ent) and told_as.endswith(doc[ent.end].text) else 0)
    following = doc[end] if end < len(doc) else None
    if phrase.lower().endswith(("before", "after")) and following is not None and not following.is_punct:
        return None  # "the day before the summit opened"
    starts, ents = doc_entities(doc)
    fits = dates.counts_from(phrase)
    spanned: tuple[date, date] | None = None  # "a visit from June 19 to 20": the day told inside it
    for other in reversed(ents[: bisect_left(starts, ent.start)]):
        if not _names_a_date(other) or other.end > ent.start:
            continue
        if ent.start_char - other.end_char > ANCHOR_REACH:
            return None
        if (
            other.start_char < dateline_end(other.sent)
            or _since(other)
            or _said_on(other)
            or _days_event(other)
        ):
            continue
        if counted and (is_background(other.sent.text) or _told_as_past(other) or _of_another_event(other)):
            continue  # "had agreed when they met at the summit held on March 2. A met B separately"
        if (
            other.sent != ent.sent
            and is_background(other.sent.text)
            and not is_background(ent.sent.text)
            and not dates.moves_on(phrase)  # "They last met on August 15. Three days later, ...": from it
        ):
            continue  # "Their previous talks were in May 2023. The same day, ...": the day of the news
        if dates.anchored(other.text):
            day = _after_the_day_told(other, published, future=future, depth=depth + 1)
            if day is None or day.start is None or day.precision not in fits:
                return None
            return dates.relative_day(phrase, day.start)
        told = dates.resolve(other.text, published)
        if told is None or told.start is None or told.end is None or told.precision == "year":
            continue
        to_come = dates.resolve(other.text, published, context=span_text(other.sent)) is None or _of_a_plan(
            other
        )
        if to_come and not future:
            continue  # a meeting held is not dated by a plan's day
        if not future and told.start > published:
            continue  # "invited him to a summit in March next year. The same day, ...": no day held
        if told.precision == "days" and "days" not in fits and spanned is None:
            spanned = (
                told.start,
                told.end,
            )  # "on June 20, during a visit from June 19 to 20. The same day": June 20
            continue
        if told.precision not in fits:
            if OF_THE_REPORT.search(phrase):
                continue  # "last September ... Earlier in the day": the day the report tells
            return None  # "in March ... the next day": no day to count from
        if spanned is not None and not spanned[0] <= told.start <= told.end <= spanned[1]:
            return None
        if to_come and _passed_plan(told, other.text, published):
            told = _next_occurrence(told, other.text)
        assert told.start is not None
        return dates.relative_day(phrase, told.start)
    return None


ANCHOR_REACH = 1200  # characters: a few paragraphs
OF_THE_REPORT = re.compile(r"\bin the (?:day|morning|afternoon|evening)\b", re.IGNORECASE)


def _of_a_plan(ent: Span) -> bool:
    """Whether a date hangs on a plan ("On Wednesday he is scheduled to visit Tapa", "will meet
    on Friday"), even where the plan's words come after it."""
    return any(
        a.lemma_.lower() in PLAN_VERBS or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in a.children)
        for a in ent.root.ancestors
        if a.pos_ in {"VERB", "AUX"}
    )


FUTURE_AUX = frozenset("will shall 'll".split())


def _told_as_past(ent: Span) -> bool:
    """Whether a date hangs on a verb in the past perfect ("had agreed ... when they met at the
    summit held on March 2"): the past of the article's news."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for a in ent.root.ancestors for c in a.children)


def _told_as_not_held(ent: Span) -> bool:
    """Whether a date hangs on a verb denied in the past ("did not go ahead on Tuesday", "did not
    take place on Monday", "didn't happen on Sunday"): the day a meeting called off was due, gone,
    not the next of that name."""
    for verb in ent.root.ancestors:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        children = list(verb.children)
        return any(c.dep_ == "neg" for c in children) and any(c.lower_ == "did" for c in children)
    return False


def _a_day_gone_by(ent: Span, span: DateSpan, published: date) -> bool:
    """Whether a plan's weekday is the last of that name, not the next: where the plan is told as
    not held ("did not go ahead on Tuesday"), or as called off by then and the day is at most
    three days before publication ("A summit in Nairobi on Sunday ... was called off", told on
    Monday: the Sunday gone; told on Thursday, the Sunday to come)."""
    assert span.end is not None
    return _told_as_not_held(ent) or (_told_as_called_off(ent) and (published - span.end).days <= 3)


def _told_as_called_off(ent: Span) -> bool:
    """Whether a date hangs on the words of a meeting told as called off in the past, on its verb
    or one joined to it ("A summit on Sunday, to have been hosted by Kenya, was called off", "the
    talks on Friday were postponed"); not one to be ("will be postponed")."""
    from extract.kinds import calls_off  # kinds reads this module's nouns: imported late

    verb = next((a for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    joined = [
        verb,
        *(c for c in verb.children if c.dep_ == "conj"),
        *([verb.head] if verb.dep_ == "conj" else []),
    ]
    return any(
        calls_off(v)
        and not any(c.dep_ == "neg" for c in v.children)
        and any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP"} for c in v.children)
        for v in joined
    )


def _names_a_date(ent: Span) -> bool:
    """Whether an entity tells a date a later "that evening" can count from: a date, or a time
    given with its day ("landed on Thursday afternoon"); not a time of day alone ("at 5 pm")."""
    return ent.label_ == "DATE" or (ent.label_ == "TIME" and dates.names_a_day(ent.text))


SAYING = frozenset("say tell report announce state add confirm".split())


def _days_event(ent: Span) -> bool:
    """A day told as that of an event other than a meeting, in the possessive ("his victory in
    Sunday's runoff", "after Tuesday's attack"): that event's day, not one the news is told on."""
    root = ent.root
    return (
        root.dep_ == "poss"
        and root.head.pos_ in {"NOUN", "PROPN"}
        and root.head.lemma_.lower() not in MEETING_NOUNS | LINKED_NOUNS
    )


def _said_on(ent: Span) -> bool:
    """The day someone said something ("the AU said in a statement on Sunday"): not the day of
    what was said."""
    verb = verb_above(ent.root)
    return verb is not None and verb.lemma_.lower() in SAYING


SPEECH_VERBS = SAYING | frozenset("write tweet post".split())
# whom one speaks to when speaking is saying, not meeting: "speaking to reporters on Saturday"
AUDIENCES = frozenset("reporter journalist media press parliament lawmaker audience crowd nation".split())
QUOTES = re.compile(r"[\"“”]")


def _speech_day(ent: Span, published: date | None) -> date | None:
    """The day of the speech a phrase of time is told in, where the verb of saying tells its own
    day: '"This morning I had a call with Macron," Scholz said on Friday' (Friday morning);
    'Modi said on Monday that he had spoken with Dissanayake earlier in the day' (Monday);
    '"Last week I hosted Scholz," Tusk wrote on Saturday' (the week before that Saturday). None
    where the phrase is in no speech, or its saying has no day of its own: the words then count
    from publication, as the news does."""
    if published is None:
        return None
    speech = _speech_of(ent)
    if speech is None:
        return None
    verb, inside = speech
    for other in entities(ent.sent):
        if other.label_ != "DATE" or other.start in inside or other == ent:
            continue
        if (above := verb_above(other.root)) is None or above.i != verb.i:
            continue
        said = dates.resolve(other.text, published, context=span_text(other.sent))
        if (
            said is not None
            and said.precision == "day"
            and said.start is not None
            and said.start <= published
        ):
            return said.start
    return None


def _speech_of(ent: Span) -> tuple[Token, set[int]] | None:
    """The verb of saying a phrase is told under, and the words of what was said: the quotation
    holding it, or the clause a verb of saying takes ("said that ...")."""
    sentence = ent.sent
    text = span_text(sentence)
    marks = [m.start() + sentence.start_char for m in QUOTES.finditer(text)]
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if opening < ent.start_char < closing:
            inside = {t.i for t in sentence if opening < t.idx < closing}
            verb = next((t for t in sentence if t.i not in inside and _a_verb_of_saying(t)), None)
            return (verb, inside) if verb is not None else None
    for token in [ent.root, *ent.root.ancestors]:
        if token.dep_ == "ccomp" and _a_verb_of_saying(token.head):
            return token.head, {t.i for t in token.subtree}
    return None


def _a_verb_of_saying(token: Token) -> bool:
    """A verb of saying ("said", "wrote"), or of speaking to an audience ("speaking to reporters")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return True
    return lemma in {"speak", "talk"} and any(
        c.lower_ == "to" and any(g.lemma_.lower() in AUDIENCES for g in c.children) for c in token.children
    )


def _same_year(sentence: Span, phrase: str) -> DateSpan | None:
    """ "The three leaders first met the same year": the year the text named last, in the
    sentence or the few before it."""
    at = span_text(sentence).find(phrase)
    end = sentence.start_char + max(at, 0)
    return dates.same_year(phrase, doc_text(sentence.doc)[max(0, end - SAME_YEAR_REACH) : end])


SAME_YEAR_REACH = 600  # characters: a paragraph or so


def _today(sentence: Span, clause: set[int], published: date | None) -> DateSpan | None:
    """ "Today Macron, Starmer and Merz co-chaired a meeting": "today" the tagger leaves out of its
    dates is the day of publication."""
    for token in clause_tokens(sentence, clause):
        if (
            token.lower_ in {"today", "tonight"}
            and token.dep_ not in {"nsubj", "dobj", "pobj"}  # not "until today"
        ):
            said = _speech_day(sentence.doc[token.i : token.i + 1], published)
            return dates.resolve(token.text, said or published)
    return None


ANCHOR_NOUNS = frozenset("day morning afternoon evening night week month".split())


def _anchor_untagged(
    sentence: Span, words: set[int], published: date | None, future: bool
) -> DateSpan | None:
    """The day a phrase among ``words`` tells relative to the one before, where the tagger left
    it out of its dates ("that evening", "On the same day")."""
    for token in clause_tokens(sentence, words):
        if token.lemma_.lower() in ANCHOR_NOUNS:
            start = min([token.left_edge.i, *(c.i for c in token.children if c.dep_ == "advmod")])
            phrase = Span(sentence.doc, start, token.i + 1)
            if dates.anchored(phrase.text):
                return _after_the_day_told(phrase, published, future=future)
    return None


def _untagged_anchor(
    sentence: Span, clause: set[int], published: date | None, future: bool
) -> DateSpan | None:
    """A day told relative to the one before that the tagger left out of its dates ("was
    received by Scholz that evening"), counted as the tagged ones are; and the day of a meeting
    held that a report of a day tells in order ("Erdogan and al-Sudani later held a meeting",
    "The president then met Rashid"), or as held with or right after the one told before ("met
    separately with", "On the sidelines of the summit", "After the talks"): the day told last
    before it."""
    if (day := _anchor_untagged(sentence, clause, published, future)) is not None:
        return day
    for token in clause_tokens(sentence, clause):  # "Erdogan then met Rashid": the day told last
        if (
            not future
            and token.dep_ == "advmod"
            and dates.anchored(token.text)
            and token.head.pos_ in {"VERB", "AUX"}
            and not any(c.lower_ == "had" for c in token.head.children)  # "had later met": background
        ):
            return _after_the_day_told(sentence.doc[token.i : token.i + 1], published, future=future)
    if any(e.label_ in {"DATE", "TIME"} and in_clause(e, clause) for e in entities(sentence)):
        return None
    above = {a.i for root in _roots(sentence, clause) for a in [root, *root.ancestors]}
    for token in span_tokens(sentence):  # "Before sitting down with the premier, A is due to see B"
        own = any(c.i in clause for c in token.children if c.dep_ == "pcomp")  # "meeting Xi" itself
        if _beside_a_meeting(token) and (token.head.i in clause or (token.head.i in above and not own)):
            at = sentence.doc[token.i : token.i + 1]
            day = _after_the_day_told(at, published, future=future, counted="the same day")
            return day.model_copy(update={"phrase": token.text}) if day else None
    if future:
        return None
    if any(c.lower_ in {"had", "'d"} for root in _roots(sentence, clause) for c in root.children):
        return None  # "he had called on": background
    for token in span_tokens(sentence):  # "Following the meeting, the Pope met separately with ...": that day
        if token.i in clause and _with_the_one_told(token):
            at = sentence.doc[token.i : token.i + 1]
            day = _after_the_day_told(at, published, future=future, counted="the same day")
            return day.model_copy(update={"phrase": token.text}) if day else None
    return None


def _beside_a_meeting(token: Token) -> bool:
    """Whether a word tells a meeting as held right before or after another its people hold
    ("Before sitting down with the Greek premier, ...", "After meeting Xi, ..."): on that one's
    day."""
    return token.lower_ in {"before", "after"} and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() in SIT_DOWN_VERBS for c in token.children
    )


SIT_DOWN_VERBS = frozenset("meet sit hold host receive".split())
DEFINITE = frozenset("the that this their".split())
# A summit is told as a day's meeting of leaders; a conference, forum or assembly runs for days,
# so its sidelines name no day of their own.
DAY_GATHERINGS = frozenset({"summit"})


def _with_the_one_told(token: Token) -> bool:
    """Whether a word tells a meeting as held with, or right after, the meeting or gathering told
    before: "met separately with" (not "held separate talks", another meeting told without its
    day), "Following the meeting",
    "After the talks", "On the sidelines of the summit", "at the summit" (not "of the conference",
    which runs for days)."""
    if token.lower_ == "separately" and token.dep_ == "advmod":
        return True
    if _refers_to_a_gathering(token):
        # not one its own sentence names first ("then attended the APEC Leaders' Meeting in Lima,
        # where he sat down with Ishiba on the sidelines of the summit"): a gathering of its own day
        sentence = token.sent
        before = token.idx - sentence.start_char
        found = occasions.find_occasions(span_text(sentence), doc_text(sentence.doc))
        named_here = any(end <= before for _, end, _ in found)
        return token.lemma_.lower() in DAY_GATHERINGS and not named_here
    if token.lemma_.lower() not in MEETING_NOUNS or not any(
        c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE for c in token.children
    ):
        return False
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in {"after", "following"}
        and token.head.head.pos_ in {"VERB", "AUX"}  # not "in a tweet after the meeting"
        and not any(c.dep_ in {"compound", "amod", "acl", "prep"} for c in token.children)
    )


def _a_years_event(phrase: str) -> bool:
    """Whether a year-only phrase dates a meeting in that year ("in 2019", "in 2018", "last
    year", a year that is over), rather than spans it ("this year" leaves the day open to the
    week's news)."""
    year = r"(?:in |during |early |late |mid-)*(?:(?:19|20)\d\d|last year)"
    return re.fullmatch(year, phrase.strip().lower()) is not None


def _a_things_year(ent: Span) -> bool:
    """Whether a year names a thing, not a time: "the 2016 arbitral award", "the 2015 nuclear
    deal"; not a gathering, "at the 2019 G20 summit", whose year it is."""
    head = ent.root.head
    return (
        ent.root.dep_ in {"nummod", "compound", "amod", "nmod"}
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i >= ent.end
        and head.lemma_.lower() not in MEETING_NOUNS | LINKED_NOUNS | YEARS_GATHERINGS
    )


# things said or done that a day after "on" dates, not a meeting: "Trump's comments on Monday"
SAID_OR_DONE = frozenset(
    "comment comments remark remarks statement speech election vote referendum attack strike "
    "announcement decision ruling".split()
)


def _a_things_day(ent: Span) -> bool:
    """Whether a day names a thing talked about, not a time: "the July 28 presidential election",
    "the October 1 missile attack", "the September 19 military operation"; not a meeting or a
    gathering, "the June 5 summit", "at the May 9 parade", whose day it is; nor a time of that day
    ("tomorrow evening") or a name the parse hangs it on ("On Friday Xi met ..."). So is a day
    after "on" that dates something said or done: "Trump's comments on Monday"."""
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in SAID_OR_DONE:
        return head.head.pos_ == "NOUN"  # "Trump's comments on Monday", "the vote on Sunday"
    return (
        ent.root.dep_ in {"nummod", "compound", "amod", "nmod"}
        and not _CLOCK.fullmatch(ent.text)  # "received at 11:18 local time": a time, no thing
        and head.pos_ == "NOUN"
        and head.ent_type_ not in {"DATE", "TIME"}
        and head.i >= ent.end
        and head.lemma_.lower() not in MEETING_NOUNS | LINKED_NOUNS | (YEARS_GATHERINGS - {"election"})
    )


YEARS_GATHERINGS = frozenset(
    "conference forum session assembly games olympics cup election ceremony inauguration parade".split()
)


def _month_named(phrase: str) -> int | None:
    """The month a phrase names ("in July", "mid-September"), if it names exactly one."""
    months = {
        dates.MONTHS[w] for w in re.findall(r"[a-z]+", phrase.lower()) if w in dates.MONTHS and len(w) > 3
    }
    return months.pop() if len(months) == 1 else None


LEAP_YEAR = 2000  # a year in which every day of the year is a date, to count days in a year untold


def _from_a_yearless_dateline(sentence: Span, phrase: str) -> DateSpan | None:
    """The day a phrase that counts back a day or two from the article's ("today", "yesterday",
    "earlier today") names, in an article whose only date is a wire dateline without a year
    ("TEHRAN, Aug. 20 (MNA) -"): that day of a year untold. Not a weekday, which falls on a day
    only a year tells, nor a day or month named ("August 18"), which is read as written."""
    doc = sentence.doc
    if "dateline_day" not in doc.user_data:
        doc.user_data["dateline_day"] = dates.dateline_day(doc.text)
    told = doc.user_data["dateline_day"]
    if told is None or re.search(rf"\b(?:mon|tue|wed|thu|fri|sat|sun|(?:{_MONTH_WORD})\b)", phrase.lower()):
        return None
    day = dates.valid_date(LEAP_YEAR, told[0], told[1])
    span = dates.resolve(phrase, day) if day is not None else None
    if day is None or span is None or span.start is None or span.start != span.end:
        return None
    if not 0 <= (day - span.start).days <= 2:
        return None
    return DateSpan(precision="day", phrase=phrase, month=span.start.month, day=span.start.day)


_MONTH_WORD = "|".join(sorted(dates.MONTHS, key=len, reverse=True))
_DAY_OF_MONTH = re.compile(
    rf"(?:\b({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_WORD})\b)"
    r"(?![\d,-]|\s*(?:-|–|to|and|through)\s*\d)"
)


def _day_named(phrase: str) -> tuple[int, int] | None:
    """The month and day a phrase names with no year ("August 20", "on 20 August", "Nov. 4",
    "the 4th of November"), if it names exactly one day and no range of days ("August 20-21").

    >>> _day_named("August 20"), _day_named("Nov. 4"), _day_named("the 4th of November")
    ((8, 20), (11, 4), (11, 4))
    >>> _day_named("August 20-21"), _day_named("in August"), _day_named("March 3 and 5")
    (None, None, None)
    """
    text = phrase.lower()
    found = set()
    for match in _DAY_OF_MONTH.finditer(text):
        word, number = (match[1], match[2]) if match[1] else (match[4], match[3])
        if 1 <= int(number) <= 31:
            found.add((dates.MONTHS[word], int(number)))
    if len(found) != 1 or len(re.findall(r"\d+", text)) != 1:
        return None
    return found.pop()


def _adverb_after(ent: Span) -> str | None:
    """The word the tagger left off a day counted before or after the one told, where it ends the
    phrase ("A day | before, Putin had met Li", "met Li the day | after."); not a word that puts
    an event after it ("the day before the summit opened")."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in {"before", "after", "earlier", "later"}:
        return None
    following = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    return doc[ent.end].text if following is None or following.is_punct else None


def _words_before(sentence: Span, phrase: str) -> str:
    text = span_text(sentence)
    at = text.find(phrase)
    words = text[:at].split()[-2:] if at > 0 else []
    return " ".join(w for w in words if w.isalpha())


def _passed_plan(span: DateSpan, phrase: str, published: date, *, will: bool = False) -> bool:
    """Whether a plan's day, read as the last one, must mean the next: a bare weekday ("will meet
    on Friday"), a day and month long gone ("will meet on January 5" in December), or any time
    gone by that a plan told with "will" names ("will visit India in December" in January); not
    a day of the last weeks, which a plan reported late or called off still names ("was to meet
    on May 8"), nor "last July" or "a week ago"."""
    assert span.end is not None
    if span.end >= published or re.search(r"\b(?:last|ago|earlier|previous)\b", phrase, re.IGNORECASE):
        return False
    return will or _in_a_week(phrase) or _day_alone(phrase) or (published - span.end).days > 60


def _told_with_will(sentence: Span, clause: set[int]) -> bool:
    """Whether a clause tells what is to come with "will" or "shall" ("Putin will visit India in
    December"), a time that cannot have gone by; not "would", nor "was to"."""
    return any(
        t.dep_ == "aux" and t.lower_ in {"will", "'ll", "shall"} for t in clause_tokens(sentence, clause)
    )


def _in_a_week(phrase: str) -> bool:
    """Whether a phrase names a day by its place in a week: "Friday", "over the weekend"."""
    return any(day in phrase.lower() for day in (*dates.WEEKDAYS, "weekend"))


def _day_alone(phrase: str) -> bool:
    """ "on the 25th": a day of a month not named."""
    return dates.DAY_ALONE.fullmatch(" ".join(phrase.lower().split())) is not None


_COMING = re.compile(r"(?:(?:early|late|later|mid|by) )?next (?P<unit>week|month)", re.IGNORECASE)
_TOMORROW = re.compile(r"(?:early |late )?tomorrow(?: (?:morning|afternoon|evening|night))?", re.IGNORECASE)


def _coming(phrase: str, published: date) -> DateSpan | None:
    """A plan's "tomorrow" (the day after publication), "next week" (Monday to Sunday of the
    week after) or "next month" (the month after), which ``dates.resolve`` leaves to callers
    that know the clause is a plan."""
    if _TOMORROW.fullmatch(" ".join(phrase.split())):
        day = published + timedelta(days=1)
        return DateSpan(start=day, end=day, precision="day", phrase=phrase)
    match = _COMING.fullmatch(" ".join(phrase.split()))
    if match is None:
        return None
    if match["unit"].lower() == "week":
        monday = published + timedelta(days=7 - published.weekday())
        return DateSpan(start=monday, end=monday + timedelta(days=6), precision="week", phrase=phrase)
    year, month = published.year + published.month // 12, published.month % 12 + 1
    end = date(year, month, monthrange(year, month)[1])
    return DateSpan(start=date(year, month, 1), end=end, precision="month", phrase=phrase)


def _next_occurrence(span: DateSpan, phrase: str) -> DateSpan:
    """A plan's weekday or day-and-month is the next one, not the last: "will meet on Friday"."""
    assert span.start is not None and span.end is not None
    if _in_a_week(phrase) and span.precision in {"day", "days"}:
        return span.model_copy(update={"start": span.start + timedelta(7), "end": span.end + timedelta(7)})
    if _day_alone(phrase):  # "will meet on the 25th": of the next month
        year, month = span.start.year + span.start.month // 12, span.start.month % 12 + 1
        if (day := dates.valid_date(year, month, span.start.day)) is None:
            return span
        return span.model_copy(update={"start": day, "end": day})
    if not re.search(r"\b\d{4}\b", phrase):
        if span.precision == "month":  # "in February": the whole month, 29 days in a leap year
            year, month = span.start.year + 1, span.start.month
            end = date(year, month, monthrange(year, month)[1])
            return span.model_copy(update={"start": span.start.replace(year=year), "end": end})
        for ahead in range(1, 9):  # "February 28-29": the next year that has them
            first = dates.valid_date(span.start.year + ahead, span.start.month, span.start.day)
            last = dates.valid_date(span.end.year + ahead, span.end.month, span.end.day)
            if first is not None and last is not None:
                return span.model_copy(update={"start": first, "end": last})
    return span


def day_of_the_trip_before(
    sentence: Span, place: Place, ours: Callable[[Token], bool], published: date | None
) -> DateSpan | None:
    """The day a sentence says someone will go to, or be at, a place ("Frederiksen will travel
    to Berlin, Paris and Brussels on 28 January", "On Wednesday, the Prime Minister will ...
    address the World Governments Summit in Dubai"): the day of a plan told in the sentence
    after it with that place and no day of its own ("She is due to meet Scholz in Berlin");
    None where the one going is someone ``ours`` says is none of the plan's people, or where the
    going is not to come."""
    if published is None:
        return None
    for ent in entities(sentence):
        if ent.label_ not in {"GPE", "LOC"} or places.resolve_place(ent.text) != place:
            continue
        verb = verb_above(ent.root)
        if verb is None:
            continue
        verbs = [verb, verb.head] if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} else [verb]
        if not any(_to_come(v) for v in verbs):
            continue
        subjects = [s for v in verbs for s in v.children if s.dep_ in {"nsubj", "nsubjpass"}]
        subjects += [s for v in verbs if v.dep_ == "xcomp" for s in v.head.children if s.dep_ == "nsubj"]
        if not all(ours(s) for s in subjects):
            continue  # "Scholz will travel to Paris on Friday": not the plan of Macron's guest
        clause: set[int] = set()
        for v in verbs:
            clause |= {t.i for t in v.subtree if t.i == v.i or not _a_clause_of_its_own(t, v)}
        span = _date_of(sentence, clause, published, future=True)
        if (
            span is not None
            and span.precision in {"day", "days", "week"}
            and span.start is not None
            and span.start >= published
        ):
            return span
    return None


def _to_come(verb: Token) -> bool:
    """Whether a verb tells what is to come: "will travel", "is expected to travel", "is due in"."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLAN_VERBS


def _a_clause_of_its_own(token: Token, verb: Token) -> bool:
    """Whether a word of a verb's subtree is in a clause of its own under it (a relative or
    reported clause, another verb joined on): its dates are not the verb's."""
    for a in [token, *token.ancestors]:
        if a == verb:
            return False
        if a.dep_ in {"relcl", "ccomp", "advcl", "acl"} or (a.dep_ == "conj" and a.pos_ in {"VERB", "AUX"}):
            return True
    return False
