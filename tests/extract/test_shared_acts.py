"""Meetings told by what two people did together: time spent with someone, a side faced across a
table, a deal struck on a day of their own; and the same verbs where no one met."""

from datetime import date

import pytest

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def people_of(meetings):
    return sorted(tuple(sorted(p.name for p in m.participants)) for m in meetings)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kenyan President William Ruto spent the afternoon with Ugandan President Yoweri Museveni "
            "at his farm on Saturday.",
            ("William Ruto", "Yoweri Museveni"),
        ),
        (
            "Antony Blinken spent three hours with Wang Yi in Beijing on Monday.",
            ("Antony Blinken", "Wang Yi"),
        ),
        (
            "On Monday, Annalena Baerbock and Indian Foreign Minister Subrahmanyam Jaishankar "
            "spent two hours "
            "together in New Delhi.",
            ("Annalena Baerbock", "Subrahmanyam Jaishankar"),
        ),
        (
            "On Tuesday and Wednesday, Lavrov and Chinese Foreign Minister Wang Yi spent a total "
            "of nine hours "
            "in talks at a guest house in Beijing.",
            ("Sergey Lavrov", "Wang Yi"),
        ),
    ],
)
def test_time_spent_with_a_named_official_is_a_meeting(meetings_in, text, pair):
    found = meetings_in(text, published=PUBLISHED)
    assert pair in people_of(found)
    assert all(m.kind == "in_person" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron and Olaf Scholz both spent the weekend in their capitals.",
        "Keir Starmer spent the afternoon with his family in Chequers on Sunday.",
        "Narendra Modi spent three billion rupees on roads in Gujarat last year.",
    ],
)
def test_time_spent_apart_or_with_no_one_named_is_no_meeting(meetings_in, text):
    assert meetings_in(text, published=PUBLISHED) == []


def test_time_spent_on_the_phone_with_someone_is_a_call(meetings_in):
    found = meetings_in(
        "Antony Blinken spent an hour on the phone with Wang Yi on Monday.", published=PUBLISHED
    )
    assert people_of(found) == [("Antony Blinken", "Wang Yi")]
    assert {m.kind for m in found} == {"phone"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Rishi Sunak faced a French delegation led by Prime Minister Elisabeth Borne across the table "
            "in London on Monday.",
            ("Rishi Sunak", "Élisabeth Borne"),
        ),
        (
            "In Nairobi on Friday, William Ruto faced a Tanzanian team headed by "
            "President Samia Suluhu Hassan.",
            ("Samia Suluhu Hassan", "William Ruto"),
        ),
    ],
)
def test_facing_a_side_led_by_a_named_official_is_a_meeting(meetings_in, text, pair):
    assert pair in people_of(meetings_in(text, published=PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "Brazil faced Chile in Santiago on Monday.",
        "Rishi Sunak faced questions from lawmakers on Monday.",
        "Argentina faced a Chilean team in the final on Sunday.",
    ],
)
def test_a_match_or_what_one_faces_is_no_meeting(meetings_in, text):
    assert meetings_in(text, published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Joe Biden and Japanese Prime Minister Fumio Kishida struck a deal on chips "
            "on Friday at Camp David.",
            ("Fumio Kishida", "Joe Biden"),
        ),
        (
            "Narendra Modi sealed a trade accord with British Prime Minister Keir Starmer "
            "in London on Thursday.",
            ("Keir Starmer", "Narendra Modi"),
        ),
        (
            "A day earlier, Trump and Canadian Prime Minister Mark Carney clinched a tariff deal at a lodge "
            "in Alberta.",
            ("Donald Trump", "Mark Carney"),
        ),
    ],
)
def test_a_deal_struck_by_two_named_officials_is_a_meeting(meetings_in, text, pair):
    found = meetings_in(text, published=PUBLISHED)
    assert pair in people_of(found)
    assert all(m.kind == "in_person" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Tanzania struck a trade deal on Sunday.",
        "The two countries signed a deal on energy on Monday.",
        "Donald Trump struck a deal with Japan on Tuesday.",
        "Boeing and Airbus struck a deal on Monday.",
        "Elon Musk struck a deal with Saudi Aramco on Monday.",
    ],
)
def test_a_deal_of_countries_companies_or_one_side_is_no_meeting(meetings_in, text):
    assert meetings_in(text, published=PUBLISHED) == []


def test_a_deal_struck_in_a_phone_call_is_that_call(meetings_in):
    found = meetings_in(
        "Donald Trump and Vladimir Putin struck a deal in a phone call on Tuesday.", published=PUBLISHED
    )
    assert {m.kind for m in found} == {"phone"}
