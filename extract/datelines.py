"""Datelines: the wire dateline that opens a line of the article, and the city it names.

A dateline ("MOSCOW (AP) —", "Kazan [Russia], October 22 :", "Doha, March 04, 2024, QNA --")
is a place's whole name, in the forms the agencies write it; its date is the report's, not a
meeting's, so a clause's date and place are read only after it (``dateline_end``), and a place
inside it is no venue (``is_dateline``). The dateline of the article's first lines
(``article_dateline``) sets the scene of a meeting told with no place of its own.
"""

from __future__ import annotations

import re
from typing import cast

from spacy.tokens import Doc, Span

from extract import places
from extract.dates import HIJRI_DATE
from extract.records import Place
from extract.spans import (
    doc_sentences,
    doc_text,
)
from extract.venues import BUILDING_NOUNS

_MONTH = r"(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})\.?"  # "DECEMBER 2" too
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
DATELINE = re.compile(  # CITY[, COUNTRY][ [COUNTRY]][, DATE][ (AGENCY) | , AGENCY | . AGENCY] -|:|—[ DATE -]
    r"\s*(?P<city>[A-ZÀ-Þ](?:[^\W\d_]|[.'’‘ -]){1,30}?"  # "Hà Nội", "BOGOTÁ"
    r"(?:/[A-ZÀ-Þ](?:[^\W\d_]|[.'’‘ -]){1,30}?){0,3})"  # a story filed from several: "OTTAWA/WASHINGTON"
    rf"(?:\s*,\s*(?!{_WEEKDAY})(?P<where>[A-Z][A-Za-z.'’ -]{{1,40}}?))?"
    r"\s*(?:\[(?P<bracket>[^\]\n]{1,20})\]|\([^)\n]{1,20}\))?"
    rf"(?P<told>\s*,\s*(?:{HIJRI_DATE}\s*,\s*)?(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY}|{_WEEKDAY}|\d{{1,2}}(?P<sep>[./-])\d{{1,2}}(?P=sep)(?=\d{{4}}))(?:(?:,?\s*|/)\d{{4}})?)?"
    # "/TASS/.", and an agency between slashes before a dash: "May 8 /Agerpres/ -", "/BTA/ -"
    r"(?:\.?\s*/[A-Z](?:[A-Z]+/\.|[A-Za-z-]{1,20}/[ \t]*[-—–])"
    r"|\s*\([A-Z](?:[^\W\d_]| ){1,20}\)\.?\s*[-—–:]"  # "(Télam) -"
    r"|(?(told)[ \t]+[A-Z][A-Za-z]{2,15}[ \t]+[-—–]{1,2}[ \t]|(?!))"  # after its date: "Aug. 26 Kyodo -"
    # "(MONTSAME). The", one in mixed case, "(UzA). President", and a name with a full stop:
    # "(Azertac). The"
    r"|\s*\((?:[A-Z][a-z]{0,8}[A-Z][A-Za-z]{0,10}\)\.?|[A-Z][a-z]{2,15}\)\.)\s+(?=[A-Z])"
    # an agency of two words or more after its date, the story going straight on: "Havana, Apr 20
    # (Prensa Latina) Cuban President ..."
    r"|(?(told)[ \t]*\([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){1,3}\)[ \t]+(?=[A-Z])|(?!))"
    # ", Asia-Plus --", ", AZERTAC. The"
    r"|\s*[,.]\s*(?:[A-Z]{2,}[A-Za-z]*|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)\s*(?:[-—–]|\.\s+(?=[A-Z]))"
    # a town and its state or country closed by a full stop, as Spanish-language outlets write it:
    # "Kananaskis, Alberta. The"
    r"|(?(where)(?P<stop>\.[ \t]+(?=[A-Z]))|(?!))"
    r"|\s*\([A-Z][A-Za-z ]{1,20}\)[ \t]*(?=\n)"  # "Washington, Feb. 11 (Petra)" on a line of its own
    r"|\s*[:—–|]|\s--?\s"
    r"|\s//\s"  # "ABU DHABI // Bennett met ...", as some Gulf papers set it
    r"|(?P<alone>[ \t]*(?=\n)))"  # "ANKARA" alone on its line above the story
    r"(?:\s*\d{1,2}\.\d{1,2}\.\d{4}\s*[-—–])?"  # "BAGHDAD (AA) - 22.04.2024 -": the report's date
)


def dateline_place(sentence: Span) -> Place | None:
    """The place of a wire dateline opening the sentence's line: "MOSCOW (AP) —", "New Delhi:",
    "Kazan [Russia], October 22 :", "MOSCOW, December 30. /TASS/." (or without the dot: "Ulaanbaatar,
    September 3 /MONTSAME/."), "SUVA, Fiji (AP) —",
    "Dili, 3rd May, 2024 (ANTARA) --", "Doha, March 04, 2024, QNA --", "BISHKEK. KABAR –",
    "NAIROBI, Wednesday -", "BAGHDAD (AA) - 22.04.2024 -", "Rabat, 02/02/2023 (MAP) -",
    "WASHINGTON, Aug. 26 Kyodo -" (an agency named bare after the date),
    "Vatican City (EFE).-", "Nairobi, March 4/2024 (KNA) -", an agency closed by a full stop
    ("Ulaanbaatar, May 5 (MONTSAME). The", "BAKU, May 5 (Azertac). The", "YEREVAN, MAY 5, ARMENPRESS.
    The"), and one on a line of its own
    ("Washington, Feb. 11 (Petra)")."""
    found = _dateline_match(sentence)
    return found[1] if found else None


def dateline_end(sentence: Span) -> int:
    """The character offset where a dateline opening the sentence's line ends: its date is the
    date of the report, not of the meeting."""
    found = _dateline_match(sentence)
    return found[0] if found else sentence.start_char


def _dateline_match(sentence: Span) -> tuple[int, Place | None] | None:
    """:func:`_found_dateline`, found once per sentence and kept in ``doc.user_data`` (each
    clause of the sentence asks for its dateline's place and end)."""
    found: dict[int, tuple[int, Place | None] | None] = sentence.doc.user_data.setdefault(_DATELINES, {})
    if sentence.start_char not in found:
        found[sentence.start_char] = _found_dateline(sentence)
    return found[sentence.start_char]


_DATELINES = "dipgraph.datelines"


def _found_dateline(sentence: Span) -> tuple[int, Place | None] | None:
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
    if "/" in name:
        return _several_cities(match)
    if (base := _base_of_a_town(name, (match["where"] or "").strip())) is not None:
        return match.end(), base  # "RAMSTEIN AIR BASE, Germany —"
    if (town := _a_small_town_of_a_country(match)) is not None:
        return match.end(), town  # "BAGAN, Myanmar, July 3 (Xinhua) --"
    if not (whole_place(name) or _a_town_in_capitals(name) or _a_city_of_its_bracketed_country(match)):
        return None  # a headline's topic, "Ukraine ceasefire: ...", is no dateline
    if match["alone"] is not None and not places.a_dateline_alone(name):
        return None  # a line of its own is a dateline only as a city in capitals, not "CHINA"
    where = (match["where"] or match["bracket"] or "").strip()
    if _a_state_abbreviated(where) or _a_region_by_the_compass(match["city"].strip(), where):
        where = ""  # "KANANASKIS, Alta., June 17 (CP) -", "Bogor, W Java": the city alone tells its country
    elif match["where"] and not (places.country_after_comma(where) or whole_place(where)):
        if not _an_agency_after_the_city(match, where):
            return None  # "Lula, Maduro: ..." names no city and its country
        where = ""  # "Tehran, IRNA --": the agency's name, not the city's country
    place = places.resolve_place(f"{name}, {where}") if where else None
    if match["stop"] is not None and (match["told"] is not None or place is None or place.city is None):
        return None  # "Kananaskis, Alberta. The": a town its state or country places, with no date
    place = place or places.resolve_place(name)
    return (match.end(), place) if place is not None else None


def _a_city_of_its_bracketed_country(match: re.Match[str]) -> bool:
    """Whether a dateline names its city with the country in brackets after it, as ANI writes it,
    and the gazetteer knows that city in that country ("Male [Maldives], August 10 (ANI):"), even
    where the city's name alone is a common word the running text does not take for a place."""
    bracket = (match["bracket"] or "").strip()
    if not bracket or match["where"] or places.country_after_comma(bracket) is None:
        return False
    name = match["city"].strip()
    place = places.resolve_place(f"{name}, {bracket}")
    return place is not None and place.city is not None and place.city.lower() == name.lower()


def _several_cities(match: re.Match[str]) -> tuple[int, Place | None] | None:
    """A dateline of a story filed from several cities, each in capitals and joined by slashes,
    as the wires write a report of two desks ("OTTAWA/WASHINGTON, Nov 30 (Reuters) -", "KYIV/MOSCOW
    (Reuters) -"): its date is the report's, so it ends where the dateline does, but it names no one
    city where the news happened, so it sets no scene (its place is None). Not a headline's topic in
    words ("Kyiv/Moscow talks: ..."), which is not in capitals.
    """
    cities = [part.strip() for part in match["city"].split("/")]
    if match["alone"] is not None or match["where"] is not None:
        return None
    if not all(city.isupper() and (whole_place(city) or _a_town_in_capitals(city)) for city in cities):
        return None
    return match.end(), None


# a military base named for its town, as the forces' press datelines a story filed there:
# "RAMSTEIN AIR BASE, Germany", "KADENA AIR BASE, Japan", "YOKOSUKA NAVAL BASE, Japan"
_BASE = re.compile(
    r"(?P<town>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:AIR|NAVAL|ARMY|MILITARY)\s+BASE", re.IGNORECASE
)


def _base_of_a_town(name: str, where: str) -> Place | None:
    """The place of a dateline that names a military base for its town, before the base's
    country ("RAMSTEIN AIR BASE, Germany" is in Ramstein, Germany): the town as the gazetteer
    knows it in that country, else as the dateline spells it. None without a country after the
    comma, where the base's town alone may be anywhere.

    >>> _base_of_a_town("RAMSTEIN AIR BASE", "Germany")
    Place(city='Ramstein', country='Germany', region=None)
    >>> _base_of_a_town("RAMSTEIN AIR BASE", "") is None, _base_of_a_town("TOKYO", "Japan") is None
    (True, True)
    """
    found = _BASE.fullmatch(name)
    country = places.country_after_comma(where) if where else None
    if found is None or country is None:
        return None
    town = " ".join(word.capitalize() for word in found["town"].split())
    known = places.resolve_place(f"{town}, {where}")
    if known is not None and known.city is not None and known.country == country:
        return known
    return Place(city=town, country=country)


# a word of a place's name that stays in lower case after its first ("Rincón del Cerro")
_PARTICLES = frozenset(
    {"de", "del", "da", "das", "do", "dos", "di", "la", "le", "les", "el", "al", "and", "of"}
)
# a town's name in capitals: one to three words of letters, an inner hyphen or apostrophe
_TOWN_IN_CAPITALS = re.compile(r"[A-ZÀ-Þ]{3,}(?:['’-][A-ZÀ-Þ]+)*(?:[ ][A-ZÀ-Þ]{2,}(?:['’-][A-ZÀ-Þ]+)*){0,2}")


# the last word of a site's name, which is no town: a building, a launch site, a camp or a station
SITE_NOUNS = BUILDING_NOUNS | frozenset(
    "cosmodrome spaceport airfield airbase camp station port dam mine".split()
)


def _a_small_town_of_a_country(match: re.Match[str]) -> Place | None:
    """The place of a wire dateline that names a town too small for the gazetteer, in capitals,
    before its country and the report's date or agency ("BAGAN, Myanmar, July 3 (Xinhua) --",
    "RINCÓN DEL CERRO, Uruguay, Dec 5 (AP) —"): that town, written as words are, in that country.
    None for a town the gazetteer knows (read as the dateline's other towns are), a town in mixed
    case, a country or a region of places ("WEST BANK", "SOUTH KIVU"), or with no date or agency
    after it (a headline's "UKRAINE TALKS, Geneva: ...").

    >>> m = DATELINE.match("BAGAN, Myanmar, July 3 (Xinhua) -- The meeting was held.")
    >>> _a_small_town_of_a_country(m)
    Place(city='Bagan', country='Myanmar', region=None)
    >>> _a_small_town_of_a_country(DATELINE.match("Bagan, Myanmar, July 3 (Xinhua) -- The meeting")) is None
    True
    """
    name, where = match["city"].strip(), (match["where"] or "").strip()
    if not where or match["alone"] is not None or match["stop"] is not None:
        return None
    if _TOWN_IN_CAPITALS.fullmatch(name) is None or (match["told"] is None and "(" not in match.group(0)):
        return None
    country = places.country_after_comma(where)
    if country is None or places.resolve_place(where) != Place(country=country):
        return None  # words after the comma that are no country alone ("Alta.", "W Java")
    known = places.find_places(name)
    if any(p.city is None or (start, end) == (0, len(name)) for start, end, p in known):
        return None  # a place the tables know, or a country or region in it ("SOUTH KIVU")
    words = name.lower().split()
    if words[-1] in SITE_NOUNS:
        return None  # "VOSTOCHNY COSMODROME, Russia": a site, no town
    town = " ".join(
        word
        if 0 < i < len(words) - 1 and word in _PARTICLES
        else "-".join(w.capitalize() for w in word.split("-"))
        for i, word in enumerate(words)
    )
    return Place(city=town, country=country)


_AGENCY = re.compile(r"[A-Z]{2,}[A-Za-z]*|[A-Z][a-z]+(?:-[A-Z][a-z]+)+")  # "IRNA", "Asia-Plus"


def _an_agency_after_the_city(match: re.Match[str], where: str) -> bool:
    """Whether the words after a dateline city's comma are the agency's name, which the dateline
    closes with a dash and no date ("Tehran, IRNA --", "MOSCOW, TASS –", "DUSHANBE, Asia-Plus --"):
    an acronym or hyphenated name that names no place, after a town (not "Ukraine, NATO -")."""
    if match["told"] is not None or _AGENCY.fullmatch(where) is None:
        return False
    closing = match.string[match.end("where") : match.end()].strip()
    town = places.resolve_place(match["city"].strip())
    return closing[:1] in {"-", "—", "–"} and town is not None and town.city is not None


def _a_state_abbreviated(where: str) -> bool:
    """Whether the words after a dateline city's comma are a state or province abbreviated
    ("TORONTO, Ont. (CP) -"), not a country's: the city alone names the place."""
    return (
        places.STATE_ABBREVIATION.fullmatch(where) is not None and places.country_after_comma(where) is None
    )


# a province or an island named by a point of the compass, as wire datelines write the region of
# the town they are filed from, the point often abbreviated: "Bogor, W Java (ANTARA) -", "Makassar,
# S Sulawesi", "Medan, North Sumatra"
_COMPASS_REGION = re.compile(
    r"(?:(?:[NSEWC]|NE|NW|SE|SW)\.?|North|South|East|West|Central|Northern|Southern|Eastern|Western)"
    r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
)


def _a_region_by_the_compass(city: str, where: str) -> bool:
    """Whether the words after a dateline city's comma are its region named by a point of the
    compass ("Bogor, W Java (ANTARA) -"), after a town the gazetteer knows: the town alone tells
    the place, and the region's words are no one's name."""
    if _COMPASS_REGION.fullmatch(where) is None:
        return False
    town = places.resolve_place(city)
    return town is not None and town.city is not None


def _a_town_in_capitals(name: str) -> bool:
    """A town written in capitals, as a dateline writes it ("PUTRAJAYA, Jan 10 (Bernama) --"),
    which the text alone would name only after a cue such as "in"; the whole of it, not a town
    that is only its last word (an agency's masthead "PRENSA LATINA" is no dateline of Latina)."""
    place = places.resolve_place(name) if name.isupper() and len(name) > 3 else None
    return place is not None and place.city is not None and places.is_place_name(name)


def whole_place(name: str) -> bool:
    """Whether a name is all one place's name, as a dateline's parts are."""
    return any(start == 0 and end == len(name) for start, end, _ in places.find_places(name))


def is_dateline(ent: Span) -> bool:
    """Whether a place is the dateline of its line, not a place the sentence speaks of."""
    return ent.start_char < dateline_end(ent.sent)


_DATELINE = "dipgraph.dateline"
DATELINE_REACH = 600  # characters: a headline and a byline or two before the dateline


def article_dateline(doc: Doc) -> Place | None:
    """The city of the dateline opening the article (its first lines), if any, else of the
    correspondent's byline above the story ("Felex Share in ST PETERSBURG, Russia"); found once
    per doc."""
    if _DATELINE not in doc.user_data:
        lead = the_lead(doc)
        doc.user_data[_DATELINE] = byline_place(doc_text(doc)) if lead is None else dateline_place(lead)
    return cast(Place | None, doc.user_data[_DATELINE])


# a correspondent's byline that says where the story was filed, a line of its own: "Felex Share in
# ST PETERSBURG, Russia", "By Jan Gerber in Beijing"; a name of two or three capitalised words,
# after "By" or before a city in capitals (not a headline's "Xi Jinping Meets Putin in Moscow")
_BYLINE_IN = re.compile(
    r"^[ \t]*(?P<by>By[ \t]+)?(?:[A-Z][\w'’.-]+[ \t]+){2,3}in[ \t]+"
    r"(?P<city>[A-ZÀ-Þ][^\W\d_]*(?:[ .'’-]+[A-ZÀ-Þ][^\W\d_]*){0,3})"
    r"(?:[ \t]*,[ \t]*(?P<where>[A-Z][A-Za-z.'’ -]{1,40}?))?[ \t]*$",
    re.MULTILINE,
)
# a byline of the desk or the role of who wrote it, then the city the story was filed from after a
# stroke, comma or dash, a line of its own or ahead of another stroke: "Staff Correspondent |
# Dhaka", "Our Special Correspondent, New Delhi", "By News Desk | Colombo | Updated: ..."; the
# closed class of words naming a newsroom's writers
_BYLINE_OF_A_ROLE = re.compile(
    r"^[ \t]*(?P<by>By[ \t]+)?(?:[A-Z][\w'’.-]+[ \t]+){0,3}(?:Correspondent|Reporter|Desk|Bureau|Writer)s?"
    r"[ \t]*[|,—–-][ \t]*"
    r"(?P<city>[A-ZÀ-Þ][^\W\d_]*(?:[ .'’-]+[A-ZÀ-Þ][^\W\d_]*){0,3})"
    r"(?:[ \t]*,[ \t]*(?P<where>[A-Z][A-Za-z.'’ -]{1,40}?))?[ \t]*(?:$|\|)",
    re.MULTILINE,
)


def byline_place(text: str) -> Place | None:
    """The city a correspondent's byline in the article's first lines says the story was filed
    from, where it names a city (not a country alone: "Our reporter in Nigeria" tells no city).

    >>> byline_place("Talks held\\n28 Jul, 2023\\nFelex Share in ST PETERSBURG, Russia\\nThe President met")
    Place(city='Saint Petersburg', country='Russia', region=None, spelled='St Petersburg')
    >>> byline_place("Talks held\\nBy Jan Gerber in Nigeria\\nThe President met ...") is None
    True
    >>> byline_place("Xi Jinping Meets Putin in Moscow\\nThe President met ...") is None
    True
    >>> byline_place("Talks held\\nStaff Correspondent | Dhaka\\nThe President met ...")
    Place(city='Dhaka', country='Bangladesh', region=None)
    """
    matches = [
        *(
            m
            for m in _BYLINE_IN.finditer(text, 0, DATELINE_REACH)
            if m["by"] is not None or m["city"].isupper()
        ),
        *_BYLINE_OF_A_ROLE.finditer(text, 0, DATELINE_REACH),
    ]
    for match in sorted(matches, key=lambda m: m.start()):
        name, where = match["city"].strip(), (match["where"] or "").strip()
        place = places.resolve_place(f"{name}, {where}") if where else places.resolve_place(name)
        if place is not None and place.city is not None:
            return place
    return None


def the_lead(doc: Doc) -> Span | None:
    """The story's lead: the sentence its dateline (of a city, in its first lines) opens."""
    for sentence in doc_sentences(doc):
        if sentence.start_char > DATELINE_REACH:
            break
        if (place := dateline_place(sentence)) is not None and place.city is not None:
            return sentence
    return None
