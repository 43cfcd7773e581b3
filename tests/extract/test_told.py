from __future__ import annotations

from datetime import date

import pytest

from extract.told import is_background


@pytest.mark.parametrize(
    ("text", "another"),
    [
        # told after or before another meeting the sentence names
        (
            "After their talks, Brazilian President Luiz Inacio Lula da Silva and Colombian President "
            "Gustavo Petro were joined by Peruvian President Dina Boluarte and Ecuadorian President "
            "Daniel Noboa for a regional summit.",
            True,
        ),
        (
            "Following the meeting, Kenyan President William Ruto received Tanzanian President Samia "
            "Suluhu Hassan.",
            True,
        ),
        (
            "Before the summit, Kenyan President William Ruto met Ugandan President Yoweri Museveni in "
            "Nairobi.",
            True,
        ),
        # told before or after the start or end of another meeting a clause tells
        (
            "Before the summit opened, Kenyan President William Ruto held a brief meeting with Ugandan "
            "President Yoweri Museveni.",
            True,
        ),
        (
            "After the talks wrapped up, Japanese Prime Minister Fumio Kishida sat down with Indian Prime "
            "Minister Narendra Modi.",
            True,
        ),
        # the meeting's own noun, or a visit that holds the meeting: not another
        (
            "After talks in Nairobi on Monday, Kenyan President William Ruto and Ugandan President Yoweri "
            "Museveni signed a pipeline deal.",
            False,
        ),
        (
            "After his visit to Kampala, Kenyan President William Ruto met Ugandan President Yoweri Museveni "
            "in Entebbe.",
            False,
        ),
        # a clause of something else's start: not another meeting
        (
            "Before the rain began, Kenyan President William Ruto met Ugandan President Yoweri Museveni in "
            "Entebbe.",
            False,
        ),
    ],
)
def test_a_meeting_told_after_another_meeting_is_another(meetings_in, text, another):
    found = meetings_in(text, published=date(2024, 5, 8))
    assert found and all(m.another == another for m in found)


@pytest.mark.parametrize(
    ("text", "met", "another"),
    [
        (
            "Kagame toured the new hospital in Kigali and then held talks with President William Ruto.",
            "Ruto",
            False,
        ),
        (
            "Macron laid a wreath at the war memorial and afterwards met Chancellor Olaf Scholz.",
            "Scholz",
            False,
        ),
        (
            "Lula arrived at the palace in the morning and later received President Gustavo Petro.",
            "Petro",
            False,
        ),
        # the first act of the sentence is a meeting: the one after it is another
        ("Boric met President Luis Arce and then sat down with President Dina Boluarte.", "Boluarte", True),
        ("Ruto held talks at State House and then hosted President Samia Suluhu Hassan.", "Hassan", True),
    ],
)
def test_a_word_of_order_after_another_act_of_its_sentence(meetings_in, text, met, another):
    """ "then" after an act of its sentence that is no meeting orders the day of a visit, and
    tells no meeting held after another; after a meeting, it tells one."""
    found = [m for m in meetings_in(text) if any(p.name.endswith(met) for p in m.participants)]
    assert found and all(m.another == another for m in found)


@pytest.mark.parametrize(
    ("sentence", "background"),
    [
        ("Her predecessor had flown to Brasilia to see Lula in March.", True),
        ("Ramaphosa had dined with Tinubu at his residence in Abuja last year.", True),
        # reported speech keeps the news in the past perfect: not the past
        ("Officials said Ramaphosa had flown to Abuja for talks with Tinubu.", False),
        ("Ramaphosa flew to Abuja on Monday for talks with Tinubu.", False),
        # so does what someone wrote or posted of it
        ("Ruto held talks with Kagame, who wrote on X that he had met his Kenyan counterpart.", False),
        ("Kagame posted a photo showing he had met Ruto in Kigali on Friday.", False),
    ],
)
def test_a_trip_or_meal_told_in_the_past_perfect_is_the_past(sentence, background):
    assert is_background(sentence) is background


@pytest.mark.parametrize(
    ("text", "bilateral"),
    [
        (
            "Kenyan President William Ruto held a bilateral meeting with Ugandan President Yoweri Museveni "
            "in Nairobi on Monday.",
            True,
        ),
        (
            "On the sidelines, Chilean President Gabriel Boric held one-on-one talks with Peruvian President "
            "Dina Boluarte.",
            True,
        ),
        (
            "Mexican President Claudia Sheinbaum had a bilateral with Canadian Prime Minister Mark Carney "
            "on Monday.",
            True,
        ),
        # a topic of the talks, not their kind
        (
            "Kenyan President William Ruto and Ugandan President Yoweri Museveni met on Monday to review "
            "bilateral ties.",
            False,
        ),
        ("Ruto held talks with Museveni on bilateral relations in Nairobi on Monday.", False),
        # the noun of another meeting, before the one told
        (
            "After their bilateral meeting, Kenyan President William Ruto and Ugandan President Yoweri "
            "Museveni were joined by Tanzanian President Samia Suluhu Hassan for a regional summit.",
            False,
        ),
    ],
)
def test_a_meeting_told_as_one_of_two_sides_is_bilateral(meetings_in, text, bilateral):
    found = meetings_in(text)
    assert found and all(m.bilateral is bilateral for m in found)
