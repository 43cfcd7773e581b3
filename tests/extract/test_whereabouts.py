"""Where and when people are: a plan told after the trip it is made on."""

from datetime import date

import pytest


def _pair(meetings, name):
    return next(m for m in meetings if name in {p.name for p in m.participants} and len(m.participants) > 1)


def test_a_plan_told_after_the_trip_it_is_made_on_takes_the_trips_days(meetings_in):
    text = (
        "Kazakh President Kassym-Jomart Tokayev will pay an official visit to Kyrgyzstan next week, "
        "his office said on Friday. Tokayev is expected to hold talks with Kyrgyz President "
        "Sadyr Japarov in Bishkek."
    )
    meeting = _pair(meetings_in(text, published=date(2025, 10, 10)), "Sadyr Japarov")
    assert meeting.kind == "planned"
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (
        date(2025, 10, 13),
        date(2025, 10, 19),
    )


def test_a_plan_with_a_day_of_its_own_keeps_it_on_the_trip(meetings_in):
    text = (
        "Kazakh President Kassym-Jomart Tokayev will pay an official visit to Kyrgyzstan next week. "
        "Tokayev will hold talks with Kyrgyz President Sadyr Japarov on Tuesday."
    )
    meeting = _pair(meetings_in(text, published=date(2025, 10, 10)), "Sadyr Japarov")
    assert meeting.date is not None and meeting.date.start == date(2025, 10, 14)


def test_a_plan_in_another_country_than_the_trip_does_not_take_its_days(meetings_in):
    text = (
        "Kazakh President Kassym-Jomart Tokayev will pay an official visit to Kyrgyzstan next week. "
        "He will also hold talks with Chinese President Xi Jinping."
    )
    meeting = _pair(meetings_in(text, published=date(2025, 10, 10)), "Xi Jinping")
    assert meeting.date is None or meeting.date.start != date(2025, 10, 13)


def test_a_plan_told_during_the_stay_takes_the_days_of_the_visit(meetings_in):
    text = (
        "Kenyan President William Ruto is on a state visit to Japan from March 4 to 7. He arrived in "
        "Osaka on March 4. Ruto held talks with Japanese Prime Minister Fumio Kishida in Tokyo on "
        "Tuesday. During his stay in Tokyo, Ruto is also expected to meet Foreign Minister Yoko Kamikawa."
    )
    plan = _pair(meetings_in(text, published=date(2024, 3, 5)), "Yoko Kamikawa")
    assert (plan.date.start, plan.date.end) == (date(2024, 3, 4), date(2024, 3, 7))


def test_a_plan_for_the_days_left_of_a_stay_is_where_they_are_today(meetings_in):
    text = (
        "Ghanaian President John Mahama held talks with Kenyan Foreign Minister Musalia Mudavadi in "
        "Nairobi this afternoon. "
        "During the two-day visit, which ends tomorrow, Mahama is scheduled to hold talks with Kenyan "
        "President William Ruto."
    )
    plan = _pair(meetings_in(text, published=date(2025, 2, 11)), "William Ruto")
    assert (plan.date.start, plan.date.end) == (date(2025, 2, 11), date(2025, 2, 12))
    assert plan.place is not None and plan.place.city == "Nairobi"


def test_a_plan_not_told_during_the_stay_keeps_no_day(meetings_in):
    text = (
        "Kenyan President William Ruto held talks with Japanese Prime Minister Fumio Kishida in Tokyo on "
        "Tuesday. Ruto is on a state visit to Japan from March 4 to 7. Ruto is also expected to meet "
        "Foreign Minister Yoko Kamikawa at a later date."
    )
    assert _pair(meetings_in(text, published=date(2024, 3, 5)), "Yoko Kamikawa").date is None


def test_a_plan_told_during_the_stay_takes_no_days_of_a_trip_put_off(meetings_in):
    text = (
        "Chilean Foreign Minister Alberto van Klaveren arrived in Canberra on Monday, his first visit to "
        "Australia in office. His trip to Canberra had been scheduled for March but was postponed after "
        "a cabinet reshuffle. During his stay, the Chilean foreign minister is expected to visit a wine "
        "research institute in Adelaide and hold talks with Australian business leaders."
    )
    found = meetings_in(text, published=date(2025, 10, 9))
    [put_off] = [m for m in found if m.kind == "cancelled"]
    assert put_off.place is not None and put_off.place.city == "Canberra"
    assert put_off.date is not None and put_off.date.start == date(2025, 3, 1)
    stops = [m for m in found if m.kind == "planned"]
    assert all(m.date is None or m.date.start != date(2025, 3, 1) for m in stops)


# 2024-03-08 is a Friday: Thursday the 7th, Tuesday the 5th.
ARRIVED_FROM = [
    (
        "President Gustavo Petro met Ecuadorian President Daniel Noboa in Quito on Thursday.\n\n"
        "Petro arrived in Quito from Lima, where he had spent two days. On Tuesday, he held talks "
        "with Peruvian President Dina Boluarte.",
        "Dina Boluarte",
        "Lima",
    ),
    (
        "Kenyan President William Ruto held talks with Rwandan President Paul Kagame in Kigali on "
        "Thursday.\n\nRuto landed in Kigali from Kampala, where he had attended a regional meeting. "
        "On Tuesday, Ruto met Ugandan President Yoweri Museveni.",
        "Yoweri Museveni",
        "Kampala",
    ),
    (
        "Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim in Kuala "
        "Lumpur on Thursday. Prabowo arrived in Kuala Lumpur from Bangkok. On Tuesday he had held "
        "talks with Thai Prime Minister Srettha Thavisin. He also met Thai King Vajiralongkorn.",
        "Srettha Thavisin",
        "Bangkok",
    ),
]


def test_a_meeting_before_the_arrival_is_where_its_traveller_came_from(meetings_in):
    for text, other, city in ARRIVED_FROM:
        meeting = _pair(meetings_in(text, published=date(2024, 3, 8)), other)
        assert meeting.place is not None and meeting.place.city == city, (other, meeting.place)


def test_a_meeting_after_the_arrival_stays_where_they_arrived(meetings_in):
    text = (
        "Petro arrived in Quito from Lima on Wednesday, where he had spent two days. On Thursday, "
        "he held talks with Ecuadorian President Daniel Noboa."
    )
    meeting = _pair(meetings_in(text, published=date(2024, 3, 8)), "Daniel Noboa")
    assert meeting.place is not None and meeting.place.city == "Quito"


def test_a_meeting_before_an_arrival_from_nowhere_told_is_not_put_there(meetings_in):
    text = (
        "President Gustavo Petro met Ecuadorian President Daniel Noboa in Quito on Thursday.\n\n"
        "Petro arrived in Quito on an air force plane. On Tuesday, he held talks with Peruvian "
        "President Dina Boluarte."
    )
    meeting = _pair(meetings_in(text, published=date(2024, 3, 8)), "Dina Boluarte")
    assert meeting.place is None or meeting.place.city != "Quito"


THEIR_TALKS_TOLD_AGAIN = [
    (
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev held talks in "
        "Samarkand on Thursday. Tokayev arrived in Uzbekistan by plane on Wednesday. This is the third "
        "meeting between the two presidents this year.",
        "Shavkat Mirziyoyev",
    ),
    (
        "Brazilian President Luiz Inacio Lula da Silva held talks with Chilean President Gabriel Boric "
        "in Santiago on Thursday. Lula landed in Chile on Wednesday evening. It was the first meeting "
        "of Lula and Boric since January.",
        "Gabriel Boric",
    ),
]


def test_a_meeting_told_again_after_an_arrival_is_not_dated_by_the_arrival(meetings_in):
    for text, other in THEIR_TALKS_TOLD_AGAIN:
        met = [
            m
            for m in meetings_in(text, published=date(2024, 3, 8))
            if other in {p.name for p in m.participants}
        ]
        assert met and all(m.date is None or m.date.start != date(2024, 3, 6) for m in met), other


def test_a_meeting_after_an_arrival_still_takes_the_arrivals_day_where_no_other_day_is_told(meetings_in):
    text = (
        "Kazakh President Kassym-Jomart Tokayev arrived in Uzbekistan on Wednesday. Tokayev held talks "
        "with Uzbek President Shavkat Mirziyoyev in Samarkand."
    )
    meeting = _pair(meetings_in(text, published=date(2024, 3, 8)), "Shavkat Mirziyoyev")
    assert meeting.date is not None and meeting.date.start == date(2024, 3, 6)


def test_a_trip_places_a_meeting_of_its_hosts_with_companions_of_no_known_country(meetings_in):
    text = (
        "Jessika Roswall, who is Commissioner for the Environment, was in Jakarta last month along with "
        "Energy Commissioner Dan Jorgensen. Prabowo Subianto met the two commissioners on September 12."
    )
    meeting = _pair(meetings_in(text, published=date(2024, 10, 20)), "Prabowo Subianto")
    assert {p.name for p in meeting.participants} == {"Dan Jorgensen", "Jessika Roswall", "Prabowo Subianto"}
    assert meeting.place is not None and meeting.place.city == "Jakarta"


def test_a_trip_still_to_come_dates_no_meeting_held_there(meetings_in):
    # "On Thursday ... is scheduled to travel to": the Thursday to come, so a meeting held in the
    # country is not dated the Thursday gone by, before the visit began
    for text, published in [
        (
            "Kenyan President William Ruto arrived in Tanzania on Wednesday for a two-day visit. On "
            "Thursday, the last day of the trip, Ruto is scheduled to travel to Arusha. Ruto is greeted "
            "by Tanzanian President Samia Suluhu Hassan at the State House in Dodoma.",
            date(2024, 10, 23),
        ),
        (
            "Chilean President Gabriel Boric began a visit to Peru on Monday. He is due to travel to Cusco "
            "on Saturday. Boric is received by Peruvian President Dina Boluarte at the palace in Lima.",
            date(2025, 5, 5),
        ),
    ]:
        meeting = next(m for m in meetings_in(text, published=published) if m.kind == "in_person")
        assert meeting.date is None or meeting.date.start == published  # the day the visit began


def test_a_trip_made_still_dates_the_meeting_held_there(meetings_in):
    text = (
        "Chancellor Olaf Scholz landed in India on Monday. Scholz travelled to Mumbai on Tuesday. "
        "Scholz held talks with Indian Prime Minister Narendra Modi there."
    )
    meeting = _pair(meetings_in(text, published=date(2024, 10, 23)), "Narendra Modi")
    assert meeting.date is not None and meeting.date.start == date(2024, 10, 22)


def test_a_talk_to_come_again_takes_no_place_from_the_talk_before_or_the_dateline(meetings_in):
    for text in (
        "NAIROBI, Nov 18 (Reuters) - Kenyan President William Ruto met Ugandan President Yoweri Museveni "
        "in Nairobi on Monday morning, and the two were due to speak again on Tuesday.",
        "ACCRA (AFP) - Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara "
        "on Monday. Mahama spoke with Togolese President Faure Gnassingbe on Monday, and the two "
        "leaders are due to talk again tomorrow.",
    ):
        (plan,) = [m for m in meetings_in(text) if m.kind == "planned"]
        assert plan.place is None, text


# -- a meeting held during a stay this week: from the arrival to the day it is told ----------------
@pytest.mark.parametrize(
    ("text", "name", "city", "days"),
    [
        (
            "In an interview on Sunday, Turkish Foreign Minister Hakan Fidan described his talks with "
            "Syrian President Ahmed al-Sharaa as productive. Fidan, who arrived in Damascus on Thursday, "
            "was there to discuss the new constitution.",
            "Ahmed al-Sharaa",
            "Damascus",
            (date(2025, 3, 13), date(2025, 3, 16)),
        ),
        (
            "In a statement on Friday, Indian Foreign Secretary Vikram Misri described his talks with "
            "Nepali Prime Minister KP Sharma Oli as warm. Misri, who arrived in Kathmandu on Wednesday, "
            "was there to prepare a summit.",
            "KP Sharma Oli",
            "Kathmandu",
            (date(2025, 3, 12), date(2025, 3, 14)),
        ),
    ],
)
def test_a_meeting_held_during_a_stay_lies_between_the_arrival_and_its_telling(
    meetings_in, text, name, city, days
):
    meeting = _pair(meetings_in(text, published=date(2025, 3, 17)), name)
    assert meeting.place is not None and meeting.place.city == city
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == days


def test_a_meeting_held_during_a_stay_told_on_no_day_keeps_no_day(meetings_in):
    text = (
        "Turkish Foreign Minister Hakan Fidan described his talks with Syrian President Ahmed al-Sharaa as "
        "productive. Fidan, who arrived in Damascus on Thursday, was there to discuss the new constitution."
    )
    meeting = _pair(meetings_in(text, published=date(2025, 3, 17)), "Ahmed al-Sharaa")
    assert meeting.place is not None and meeting.place.city == "Damascus"
    assert meeting.date is None


# -- "From X, A will travel to Y": A is in X in the days of the news ---------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Kazakh Foreign Minister Murat Nurtleu met his Mongolian counterpart Battsetseg Batmunkh at the "
            "Foreign Ministry on Monday. The two discussed transit trade. From Ulaanbaatar, Nurtleu will "
            "travel to Japan.",
            ("Ulaanbaatar", "Mongolia"),
        ),
        (  # "he", the one the paragraph is about
            "Indian Foreign Minister S. Jaishankar held talks with Chilean Foreign Minister Alberto van "
            "Klaveren on Tuesday. From Santiago he will fly to Lima.",
            ("Santiago", "Chile"),
        ),
        (  # only the country told before: the city one sets out from is a closer statement of it
            "Kenyan President William Ruto held talks with Ghanaian President John Mahama in Ghana on "
            "Monday. From Accra, Ruto will head to Abuja on Wednesday.",
            ("Accra", "Ghana"),
        ),
        (  # "after", a description for its subject, the model taking the town for a person
            "Kenyan President William Ruto held talks with Ghanaian President John Mahama in Ghana on "
            "Monday. After Accra, the Kenyan leader is due to travel to Abuja.",
            ("Accra", "Ghana"),
        ),
    ],
)
def test_a_meeting_is_held_where_its_traveller_sets_out_from_next(meetings_in, text, place):
    meeting = next(m for m in meetings_in(text, published=date(2024, 11, 19)) if m.kind == "in_person")
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == place


@pytest.mark.parametrize(
    "text",
    [
        # a journey told as made says where he was before, not where they met
        "Kenyan President William Ruto held talks with Ghanaian President John Mahama on Monday. He "
        "arrived in Abuja from Accra on Tuesday.",
        # the one met is of a third country: the stay in Chile does not place the talks
        "Indian Foreign Minister S. Jaishankar held talks with Chinese Foreign Minister Wang Yi on "
        "Tuesday. From Santiago he will fly to Lima.",
    ],
)
def test_a_meeting_is_not_put_where_its_traveller_came_from_or_with_a_third_country(meetings_in, text):
    meeting = next(m for m in meetings_in(text, published=date(2024, 11, 19)) if m.kind == "in_person")
    assert meeting.place is None


# -- a tour told day by day: "On Thursday he arrived in Tallinn. He met Karis" -------------------
@pytest.mark.parametrize(
    ("text", "name", "city", "day"),
    [
        (
            "Ukrainian President Volodymyr Zelensky held talks with Gitanas Nauseda in Vilnius on "
            "Wednesday. On Thursday morning he was in Tallinn. There he met President Alar Karis and "
            "held talks with Prime Minister Kaja Kallas.",
            "Kaja Kallas",
            "Tallinn",
            date(2024, 1, 11),
        ),
        (
            "Chinese Foreign Minister Wang Yi spoke at a forum in Nairobi on Monday. He arrived in Addis "
            "Ababa on Tuesday. He met Ethiopian Prime Minister Abiy Ahmed.",
            "Abiy Ahmed",
            "Addis Ababa",
            date(2024, 1, 9),
        ),
        (
            "Australian Foreign Minister Penny Wong spoke to students in Suva on Monday. On Wednesday "
            "she arrived in Apia. She met Samoan Prime Minister Fiame Naomi Mataafa.",
            "Fiame Naomi Mataafa",
            "Apia",
            date(2024, 1, 10),
        ),
    ],
)
def test_a_stay_told_of_a_pronoun_places_and_dates_the_talks_after_it(meetings_in, text, name, city, day):
    meeting = _pair(meetings_in(text, published=date(2024, 1, 11)), name)
    assert meeting.place is not None and meeting.place.city == city
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        # a stay to come places and dates no meeting held
        "Chinese Premier Li Qiang held talks with Anthony Albanese in Canberra on Monday. He is due to "
        "travel to Perth on Thursday to visit a lithium plant. Li also met business leaders and "
        "Foreign Minister Penny Wong.",
        # nor a trip to come with no day
        "Chinese Premier Li Qiang held talks with Anthony Albanese in Canberra on Monday. From Canberra "
        "he will travel to Perth. Li also met Foreign Minister Penny Wong.",
    ],
)
def test_a_stay_to_come_of_a_pronoun_does_not_place_the_talks_held(meetings_in, text):
    meeting = _pair(meetings_in(text, published=date(2024, 6, 18)), "Penny Wong")
    assert meeting.place is None or meeting.place.city != "Perth"


def test_a_step_back_to_an_earlier_stay_does_not_move_the_news_told_again(meetings_in):
    text = (
        "Sudanese army chief Abdel Fattah al-Burhan arrived in Doha on Thursday and held talks with "
        "the Emir of Qatar, Sheikh Tamim bin Hamad Al-Thani. It is his third trip in a week. On Monday "
        "he was in Juba, where he was received by President Salva Kiir.\n\nIn Doha, the Emir called for "
        "an end to the fighting. The Sovereign Council said the two men discussed the war."
    )
    found = meetings_in(text, published=date(2023, 9, 7))
    with_the_emir = [m for m in found if "Tamim bin Hamad Al Thani" in {p.name for p in m.participants}]
    assert with_the_emir and all(m.place is None or m.place.city == "Doha" for m in with_the_emir)
    assert all(m.date is None or m.date.start == date(2023, 9, 7) for m in with_the_emir)


# -- "A, B and C arrived by train on Sunday morning. ... the three were received by D" ----------------
def test_an_arrival_told_with_a_day_and_no_place_dates_the_talks_after_it(meetings_in):
    text = (
        "NAIROBI — Three African Union envoys spent the day in Nairobi on their first mission.\n\nAU "
        "Commission chairman Mahmoud Ali Youssouf, envoy Olusegun Obasanjo and envoy Hailemariam Desalegn "
        "arrived by plane on Monday morning. After visiting a refugee camp, the three were received by "
        "President William Ruto."
    )
    meeting = _pair(meetings_in(text, published=date(2025, 6, 4)), "William Ruto")
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (
        date(2025, 6, 2),
        date(2025, 6, 2),
    )


@pytest.mark.parametrize(
    "text",
    [
        # an arrival to come
        "Chinese Premier Li Qiang and Foreign Minister Wang Yi will arrive by plane on Friday. The two held "
        "talks with Kenyan President William Ruto.",
        # an arrival before the week of the news
        "Chinese Premier Li Qiang arrived by plane last month. Li held talks with Kenyan President "
        "William Ruto.",
    ],
)
def test_an_arrival_with_no_place_to_come_or_long_before_dates_no_talks(meetings_in, text):
    assert _pair(meetings_in(text, published=date(2025, 6, 4)), "William Ruto").date is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Lai had been expected to visit Paraguay, Guatemala and Belize in August, but the trip was "
            "postponed. During the trip, Lai was to meet Paraguayan President Santiago Peña and "
            "Belizean Prime Minister Johnny Briceño.",
            "Johnny Briceño",
            "Belize",
        ),
        (
            "Kenyan President William Ruto had been due to visit Ghana and Nigeria in March, but the "
            "trip was called off. He was to meet Ghanaian President John Mahama and Nigerian "
            "President Bola Tinubu.",
            "John Mahama",
            "Ghana",
        ),
        (
            "Brazilian President Lula had been due to visit Angola in May, but the trip was called off "
            "after the floods. Lula was due to hold talks with Angolan President Joao Lourenco during "
            "the visit.",
            "João Lourenço",
            "Angola",
        ),
    ],
)
def test_a_meeting_called_off_with_its_trip_is_where_and_when_the_trip_was_to_go(
    meetings_in, text: str, name: str, country: str
) -> None:
    meeting = _pair(meetings_in(text, published=date(2025, 7, 20)), name)
    assert meeting.kind == "cancelled"
    assert meeting.place is not None and meeting.place.country == country
    assert (
        meeting.date is not None and meeting.date.start is not None and meeting.date.start.month in {3, 5, 8}
    )


def test_a_meeting_called_off_keeps_no_place_of_a_trip_still_planned(meetings_in) -> None:
    # the trip goes ahead; the meeting with another country's leader was called off: no trip of its own
    text = (
        "Kenyan President William Ruto will visit Ghana next week. A planned meeting with Nigerian "
        "President Bola Tinubu has been called off."
    )
    found = meetings_in(text, published=date(2025, 7, 20))
    tinubu = [m for m in found if "Bola Tinubu" in {p.name for p in m.participants}]
    assert all(m.place is None or m.place.country != "Ghana" for m in tinubu)


# --- a tour's stops: where a plan for later is held --------------------------------------------


def test_a_plan_for_later_is_held_at_the_stop_of_its_day_not_the_last_one_told(meetings_in):
    """A traveller met in Riga on Monday and in Tallinn on Tuesday; the article tells Monday's
    meeting last: a plan for later on Tuesday is in Tallinn, where he is that day."""
    text = (
        "Canadian Prime Minister Mark Carney was received by President Alar Karis in Tallinn on Tuesday "
        "morning. Carney flew in from Riga, where he had held talks with President Edgars Rinkevics on "
        "Monday. Later on Tuesday, Carney is due to hold talks with Prime Minister Mari Tamm "
        "at Stenbock House."
    )
    found = meetings_in(text, published=date(2025, 6, 3))
    plan = next(m for m in found if m.kind == "planned")
    assert plan.place is not None and plan.place.city == "Tallinn"


def test_a_trip_only_hoped_for_places_no_one_there(meetings_in):
    # "hoped" is lemmatized "hop": the wish still keeps the trip from being where he is
    for text, host in [
        (
            "Vladimir Putin received Finnish President Alexander Stubb. Putin said he hoped to visit "
            "Finland next year. Putin and Chinese President Xi Jinping then met for talks.",
            "Xi Jinping",
        ),
        (
            "Emmanuel Macron said he was hoping to visit Brazil soon. Macron then held talks with "
            "Indian Prime Minister Narendra Modi.",
            "Narendra Modi",
        ),
    ]:
        meeting = _pair(meetings_in(text, published=date(2024, 7, 3)), host)
        assert meeting.place is None or meeting.place.country not in {"Finland", "Brazil"}
