from datetime import date

import pytest

from extract.records import Place
from extract.venues import a_building_name, short_name, venues_in

COPENHAGEN = Place(city="Copenhagen", country="Denmark")
LUSAKA = Place(city="Lusaka", country="Zambia")


@pytest.mark.parametrize(
    "sentences",
    [
        ["The delegation was driven to Nkwazi House, Lusaka, for a welcome ceremony."],
        ["A guard of honour was mounted at the Nkwazi House in Lusaka on Monday."],
        ["Hichilema and Chakwera at Nkwazi House, Lusaka, on 4 March. PHOTO/State"],
    ],
)
def test_building_written_with_its_town_is_placed_there(sentences: list[str]) -> None:
    assert venues_in(sentences)["nkwazi house"] == LUSAKA


def test_the_name_before_the_buildings_word_stands_for_it() -> None:
    told = venues_in(
        [
            "Frederiksen hosts Marin at Tivoli",
            "The two leaders dined at the Tivoli Hotel, Copenhagen, on Friday.",
        ]
    )
    assert told["tivoli"] == COPENHAGEN  # not Tivoli, the Italian town


def test_a_short_name_that_is_a_capital_stays_the_capital() -> None:
    told = venues_in(["The Moscow Hotel in Belgrade hosted the delegation.", "Vucic later flew to Moscow."])
    assert told["moscow hotel"] == Place(city="Belgrade", country="Serbia")
    assert "moscow" not in told


def test_a_short_name_stays_a_town_of_a_country_the_article_names() -> None:
    told = venues_in(
        [
            "The Spanish king spent Monday in Salamanca.",
            "Boluarte hosted Petro at the Salamanca Palace in Lima.",
        ]
    )
    assert told["salamanca palace"] == Place(city="Lima", country="Peru")
    assert "salamanca" not in told


def test_a_building_told_in_two_towns_is_placed_in_neither() -> None:
    told = venues_in(["Talks opened at Unity House, Lusaka.", "They went on at Unity House, Harare."])
    assert "unity house" not in told


def test_building_names() -> None:
    assert a_building_name("Casa Amarilla") and a_building_name("Blue Lodge")
    assert not a_building_name("House") and not a_building_name("Copenhagen")
    assert short_name("Nkwazi House") == "Nkwazi" and short_name("Palacio Quemado") is None


@pytest.mark.parametrize(
    "text",
    [
        "President Hakainde Hichilema welcomed the visitors at Nkwazi House, Lusaka, on Monday.\n\n"
        "Malawian President Lazarus Chakwera had been due to hold talks with Hichilema at Nkwazi House "
        "on Tuesday, but the meeting was called off.",
        "Malawian President Lazarus Chakwera will hold talks with President Hakainde Hichilema at Nkwazi "
        "House on Friday.\n\nWorkers were repainting the gates of Nkwazi House, Lusaka, this week.",
    ],
)
def test_meeting_at_a_building_takes_the_town_the_article_gives_it(meetings_in, text: str) -> None:
    meetings = [m for m in meetings_in(text, date(2024, 3, 6)) if len(m.participants) == 2]
    assert meetings
    assert all(m.place is not None and m.place.city == "Lusaka" for m in meetings)


def test_meeting_at_a_short_name_takes_the_buildings_town(meetings_in) -> None:
    text = (
        "Frederiksen receives Stoere at Tivoli\n\n"
        "Danish Prime Minister Mette Frederiksen received Norwegian Prime Minister Jonas Gahr Stoere at "
        "the Tivoli Hotel, Copenhagen, on Monday."
    )
    meetings = meetings_in(text, date(2024, 3, 5))
    assert meetings
    assert all(m.place is not None and m.place.country == "Denmark" for m in meetings)


def test_a_building_the_article_does_not_place_gets_no_town_from_it(meetings_in) -> None:
    text = "Chakwera held talks with Hichilema at Nkwazi House on Tuesday."
    meetings = meetings_in(text, date(2024, 3, 6))
    assert meetings and all(m.place is None or m.place.city != "Lusaka" for m in meetings)


@pytest.mark.parametrize(
    ("sentences", "short", "town"),
    [
        (
            ["Boric received Arce at the Palacio de La Moneda in Santiago.", "Boric hosts Arce at Moneda"],
            "moneda",
            Place(city="Santiago", country="Chile"),
        ),
        (
            ["Lula welcomed Milei at the Palácio do Planalto, Brasília, on Friday.", "Milei at Planalto"],
            "planalto",
            Place(city="Brasília", country="Brazil"),
        ),
        (
            ["Noboa and Boluarte met at the Palacio de Carondelet in Quito.", "Noboa hosts Boluarte"],
            "carondelet",
            Place(city="Quito", country="Ecuador"),
        ),
    ],
)
def test_the_name_after_a_building_word_of_its_own_language_stands_for_it(
    sentences: list[str], short: str, town: Place
) -> None:
    assert venues_in(sentences)[short] == town


def test_short_names_of_buildings_named_in_their_own_language() -> None:
    assert short_name("Palácio da Alvorada") == "Alvorada" and short_name("Palacio de la Moneda") == "Moneda"
    assert short_name("Casa Rosada") is None and short_name("Palazzo Chigi") is None


def test_meeting_at_the_short_name_of_a_residence_takes_its_town(meetings_in) -> None:
    text = (
        "Lula hosts Petro at Alvorada\n\n"
        "Brasília - President Luiz Inácio Lula da Silva received Colombian President Gustavo Petro at the "
        "Palácio da Alvorada, the official residence of the president, on Tuesday."
    )
    meetings = meetings_in(text, date(2024, 7, 10))
    assert meetings
    assert all(m.place is not None and m.place.city == "Brasília" for m in meetings)


def test_building_placed_in_a_sentence_after_ones_of_no_building() -> None:
    # the sentences before name places but no building: searched only for the countries named
    sentences = [
        "The president flew to Lusaka from Lilongwe on Sunday.",
        "Talks were held at Nkwazi House, Lusaka, on Monday.",
    ]
    assert venues_in(sentences).get("nkwazi house") == LUSAKA


def test_no_building_named_places_none() -> None:
    assert venues_in(["The president flew to Lusaka from Lilongwe on Sunday."]) == {}


@pytest.mark.parametrize(
    ("sentences", "name", "town"),
    [
        (
            ["The two leaders held talks at APEC Haus, Port Moresby, on Monday."],
            "apec haus",
            Place(city="Port Moresby", country="Papua New Guinea"),
        ),
        (
            ["Luxon welcomed Albanese at Parliament, Wellington, for the annual leaders' meeting."],
            "parliament",
            Place(city="Wellington", country="New Zealand"),
        ),
        (
            ["Modi and Albanese held talks at Bharat Mandapam, New Delhi, before the summit."],
            "bharat mandapam",
            Place(city="New Delhi", country="India"),
        ),
    ],
)
def test_a_name_after_at_placed_with_its_town_is_a_venue(
    sentences: list[str], name: str, town: Place
) -> None:
    """No building's word shows it: "at" and the town after its comma do."""
    assert venues_in(sentences)[name] == town


def test_a_place_or_gathering_after_at_is_no_venue_of_the_town_after_it() -> None:
    told = venues_in(
        [
            "The two met at Davos, Switzerland, in January.",
            "They spoke again at the G20, Rio de Janeiro, in November.",
            "Ruto thanked Kagame, Kigali's host, for the welcome.",  # no "at": a person, no venue
        ]
    )
    assert told == {}


def test_a_meeting_at_a_venue_placed_before_with_at_takes_its_town(meetings_in) -> None:
    text = (
        "Marape and Albanese held talks at APEC Haus, Port Moresby, on Monday.\n\n"
        "On Tuesday New Zealand Foreign Minister Winston Peters met Marape at APEC Haus."
    )
    (later,) = [
        m for m in meetings_in(text, date(2024, 3, 6)) if "Winston Peters" in {p.name for p in m.participants}
    ]
    assert later.place == Place(city="Port Moresby", country="Papua New Guinea")
