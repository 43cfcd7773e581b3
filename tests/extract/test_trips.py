"""Trips: who a trip takes where it goes is its traveller, not someone met there."""

from datetime import date

import pytest


def names(meeting):
    return {p.name for p in meeting.participants}


def in_city(meetings, city):
    return [sorted(names(m)) for m in meetings if m.place is not None and m.place.city == city]


def test_the_one_a_trip_takes_is_the_traveller_not_one_met(meetings_in):
    text = (
        "Kenyan President William Ruto will host Nigerian President Bola Tinubu in Nairobi on Friday.\n"
        "Since taking office, President Ruto has visited several countries. His first trip abroad "
        "took him to Accra, where he met Ghanaian President John Mahama in March."
    )
    meetings = meetings_in(text, date(2025, 6, 14))
    assert in_city(meetings, "Accra")
    assert all(found == ["John Mahama", "William Ruto"] for found in in_city(meetings, "Accra"))


def test_a_trip_that_took_him_where_he_was_welcomed_meets_the_host_alone(meetings_in):
    text = (
        "Kenyan President William Ruto will host Nigerian President Bola Tinubu in Nairobi on Friday.\n"
        "Since taking office, President Ruto has travelled widely. His first trip abroad took him "
        "to Accra in March, where he was welcomed by Ghanaian President John Mahama."
    )
    meetings = meetings_in(text, date(2025, 6, 14))
    assert in_city(meetings, "Accra")
    assert all(found == ["John Mahama", "William Ruto"] for found in in_city(meetings, "Accra"))


def test_a_trip_that_takes_a_named_traveller_meets_no_one(meetings_in):
    text = "The tour will take Indian Prime Minister Narendra Modi to Accra and Windhoek next week."
    assert all(names(m) <= {"Narendra Modi"} for m in meetings_in(text, date(2025, 6, 14)))


def test_a_visit_that_took_place_keeps_the_one_met_there(meetings_in):
    text = (
        "Kenyan President William Ruto will host Nigerian President Bola Tinubu in Nairobi on Friday.\n"
        "His visit to Ghana took place in March, when he met Ghanaian President John Mahama in Accra."
    )
    meetings = meetings_in(text, date(2025, 6, 14))
    assert ["John Mahama", "William Ruto"] in in_city(meetings, "Accra")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto made a brief trip to Accra in March, holding talks with "
        "Ghanaian President John Mahama.",
        "Kenyan President William Ruto paid a visit to Accra in March and held talks with Ghanaian "
        "President John Mahama.",
    ],
)
def test_talks_on_a_trip_made_are_where_it_went(meetings_in, text):
    assert ["John Mahama", "William Ruto"] in in_city(meetings_in(text, date(2025, 6, 14)), "Accra")


def test_talks_after_a_trip_called_off_are_not_where_it_was_to_go(meetings_in):
    text = (
        "Kenyan President William Ruto cancelled a trip to Accra in March and held talks with Ghanaian "
        "President John Mahama."
    )
    assert all(found == ["William Ruto"] for found in in_city(meetings_in(text, date(2025, 6, 14)), "Accra"))


def _days(meetings, name="Emmanuel Macron"):
    return [(m.date.start, m.date.end) for m in meetings if m.date is not None and name in names(m)]


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz met Emmanuel Macron in Strasbourg on Monday, on the eve of the bloc's two-day summit.",
        "Olaf Scholz met Emmanuel Macron in Strasbourg on Monday, ahead of a three-day summit in Brussels.",
        "Olaf Scholz met Emmanuel Macron in Strasbourg on Monday before a two-day summit in Brussels.",
    ],
)
def test_a_meeting_before_an_event_of_several_days_is_of_its_own_day(meetings_in, text):
    assert set(_days(meetings_in(text))) == {(date(2024, 11, 18), date(2024, 11, 18))}


def test_a_trip_of_several_days_set_off_on_for_the_meeting_still_spans_them(meetings_in):
    text = "Olaf Scholz sets off on Monday on a three-day visit to Kenya to hold talks with William Ruto."
    found = meetings_in(text, published=date(2024, 11, 17))
    assert _days(found, "William Ruto") == [(date(2024, 11, 18), date(2024, 11, 20))]


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Kenyan President William Ruto, on a three-day visit to Ghana, met President John Mahama on "
            "Monday.",
            "John Mahama",
            date(2024, 11, 18),
        ),
        (
            "Russian Foreign Minister Sergei Lavrov, in Pyongyang for a two-day visit, held talks with North "
            "Korean leader Kim Jong Un on Monday.",
            "Kim Jong Un",
            date(2024, 11, 18),
        ),
        (
            "On a four-day tour of Central Asia, Indian External Affairs Minister S. Jaishankar met Uzbek "
            "President Shavkat Mirziyoyev in Tashkent on Tuesday.",
            "Shavkat Mirziyoyev",
            date(2024, 11, 19),
        ),
        (
            "Argentine President Javier Milei, on a two-day trip to Israel, was received by Prime Minister "
            "Benjamin Netanyahu on Monday.",
            "Benjamin Netanyahu",
            date(2024, 11, 18),
        ),
    ],
)
def test_a_meeting_framed_by_a_trip_of_several_days_is_of_its_own_day(meetings_in, text, name, day):
    assert _days(meetings_in(text, published=date(2024, 11, 19)), name) == [(day, day)]


def test_a_trip_verb_framed_by_a_trip_of_several_days_still_spans_them(meetings_in):
    text = (
        "Japanese Prime Minister Shigeru Ishiba left for Jakarta on Monday on a two-day visit to hold "
        "talks with President Prabowo Subianto."
    )
    found = meetings_in(text, published=date(2024, 11, 19))
    assert _days(found, "Prabowo Subianto") == [(date(2024, 11, 18), date(2024, 11, 19))]


# -- a call paid to someone unnamed, by what they are to the visitor: no trip to a host --------------
@pytest.mark.parametrize(
    "text",
    [
        "Ruto will visit an old friend in Kampala on Friday.",
        "Ruto will pay a visit to his relatives in Uganda next week.",
        "Before flying home, Boric is due to pay a private visit to his family in Buenos Aires.",
    ],
)
def test_a_visit_to_a_friend_or_family_unnamed_is_no_trip_abroad(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Ruto will visit Uganda next week.", {"William Ruto"}),
        (
            "Ruto will visit his old friend Yoweri Museveni in Kampala next week.",
            {"William Ruto", "Yoweri Museveni"},
        ),
    ],
)
def test_a_visit_to_a_country_or_to_a_friend_named_is_still_told(meetings_in, text, met):
    [meeting] = meetings_in(text)
    assert {p.name for p in meeting.participants} == met


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric held talks with Argentine President Javier Milei on Monday. "
        "Boric, accompanied by his ministers, will continue his visit to Argentina.",
        "Nepalese Prime Minister K.P. Sharma Oli met Indian Prime Minister Narendra Modi on Monday. "
        "Oli resumed his tour of India on Tuesday after a day of rest.",
        "Japanese Prime Minister Shigeru Ishiba met Philippine President Ferdinand Marcos in Manila on "
        "Monday. Ishiba continues his trip to the Philippines on Tuesday.",
    ],
)
def test_a_visit_carried_on_is_the_one_under_way_not_a_new_one(meetings_in, text):
    meetings = meetings_in(text, date(2025, 3, 5))
    assert len(meetings) == 1
    assert meetings[0].kind == "in_person"


def test_a_stop_a_tour_goes_on_with_is_a_new_visit(meetings_in):
    text = (
        "Chinese Premier Li Qiang met Australian Prime Minister Anthony Albanese in Canberra on Monday. "
        "Li will continue his tour of the Pacific with a visit to Fiji on Thursday."
    )
    planned = [m for m in meetings_in(text, date(2025, 3, 5)) if m.kind == "planned"]
    assert [(sorted(names(m)), m.place.country) for m in planned] == [(["Li Qiang"], "Fiji")]


@pytest.mark.parametrize(
    "text",
    [
        "Mexican President Claudia Sheinbaum packed meetings with U.S. President Joe Biden and Chinese "
        "leader Xi Jinping into her first international trip, using the summit in Rio de Janeiro.",
        "Colombian President Gustavo Petro crammed talks with French President Emmanuel Macron and German "
        "Chancellor Olaf Scholz into his brief European tour on Tuesday.",
    ],
)
def test_a_trip_that_meetings_were_packed_into_makes_no_meeting_of_those_met(meetings_in, text):
    found = meetings_in(text)
    assert len(found) == 2
    holder = {"Claudia Sheinbaum", "Gustavo Petro"}
    assert all(holder & {p.name for p in m.participants} for m in found)


def test_a_trip_inside_the_with_phrase_is_still_read(meetings_in):
    found = meetings_in(
        "William Ruto held a meeting with Abdel Fattah al-Sisi on a visit to Cairo on Wednesday."
    )
    assert {tuple(sorted(p.name for p in m.participants)) for m in found} == {
        ("Abdel Fattah el-Sisi", "William Ruto")
    }


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Japan, India sign chip pact during Modi visit\n\n"
            "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Shigeru Ishiba.",
            "Japan",
        ),
        (
            "Kenya, Ghana agree visa deal during Ruto visit\n\n"
            "Kenyan President William Ruto held talks with Ghanaian President John Mahama.",
            "Ghana",
        ),
        (
            "Brazil, Chile deepen ties during Lula visit\n\n"
            "Brazilian President Luiz Inacio Lula da Silva held talks with Chilean President Gabriel Boric.",
            "Chile",
        ),
    ],
)
def test_a_visit_is_never_to_the_visitors_own_country_named_as_one_of_two_sides(meetings_in, text, host):
    meetings = meetings_in(text, date(2025, 6, 14))
    assert meetings
    assert all(m.place is None or m.place.country == host for m in meetings)


def test_a_visit_whose_subject_is_the_host_country_is_there(meetings_in):
    meetings = meetings_in("Japan signs chip pact during Modi visit", date(2025, 6, 14))
    assert [m.place.country for m in meetings if m.place is not None] == ["Japan"]


# -- a place the clause denies ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "Ugandan President Yoweri Museveni made his first trip abroad this year not to Nairobi but "
            "to Kigali, where he met Rwandan President Paul Kagame.",
            "Nairobi",
        ),
        (
            "Ugandan President Yoweri Museveni made his first trip abroad not to Nairobi but to Kigali.",
            "Nairobi",
        ),
        (
            "Chilean President Gabriel Boric paid his first state visit not to Buenos Aires but to Lima.",
            "Buenos Aires",
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Arusha, not in Nairobi "
            "as planned.",
            "Nairobi",
        ),
    ],
)
def test_a_place_told_with_not_is_never_where_it_went_or_was_held(meetings_in, text, denied):
    found = meetings_in(text, published=date(2024, 3, 5))
    assert all(m.place is None or m.place.city != denied for m in found)


def test_a_place_told_without_not_is_where_it_went(meetings_in):
    text = "Ugandan President Yoweri Museveni made his first trip abroad this year to Kigali."
    assert [m.place.city for m in meetings_in(text, published=date(2024, 3, 5)) if m.place] == ["Kigali"]


def trips_of(meetings, name):
    return [m for m in meetings if names(m) == {name}]


@pytest.mark.parametrize(
    ("text", "name", "city", "day"),
    [
        (
            "Chancellor Friedrich Merz is due in Warsaw on Thursday.",
            "Friedrich Merz",
            "Warsaw",
            date(2025, 6, 12),
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Entebbe on Monday. "
            "The Kenyan leader is due in Kigali on Wednesday, where he is expected to tour a hospital.",
            "William Ruto",
            "Kigali",
            date(2025, 6, 11),
        ),
        (
            "On Friday, Brazilian President Luiz Inácio Lula da Silva is due in Montevideo.",
            "Luiz Inácio Lula da Silva",
            "Montevideo",
            date(2025, 6, 13),
        ),
    ],
)
def test_a_person_due_in_a_place_is_a_trip_to_come_on_its_day(meetings_in, text, name, city, day):
    (trip,) = trips_of(meetings_in(text, date(2025, 6, 9)), name)
    assert trip.kind == "planned" and trip.place is not None and trip.place.city == city
    assert trip.date is not None and trip.date.start == day


@pytest.mark.parametrize(
    "text",
    [
        "The delay in Warsaw was due in part to a strike, Chancellor Friedrich Merz said.",
        "The cargo ship is due in Rotterdam on Thursday.",
        "Chancellor Friedrich Merz is due to report to parliament in Berlin on Thursday.",
        "Chancellor Friedrich Merz was in Warsaw on Thursday.",
    ],
)
def test_what_is_due_but_no_person_due_in_a_place_is_no_trip(meetings_in, text):
    assert not trips_of(meetings_in(text, date(2025, 6, 9)), "Friedrich Merz")


@pytest.mark.parametrize(
    ("text", "name", "city", "day"),
    [
        (
            "Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto in Nairobi on Monday. "
            "The Ethiopian leader was due to leave Nairobi on Tuesday afternoon for Kampala, the last "
            "stop of his tour.",
            "Abiy Ahmed",
            "Kampala",
            date(2025, 6, 10),
        ),
        (
            "Ghanaian President John Mahama is expected to depart Dakar later on Tuesday for Rio de "
            "Janeiro, Brazil, where he will attend a summit.",
            "John Mahama",
            "Rio de Janeiro",
            date(2025, 6, 10),
        ),
        (
            "Brazilian President Luiz Inácio Lula da Silva will leave Brasília on Friday for Buenos Aires.",
            "Luiz Inácio Lula da Silva",
            "Buenos Aires",
            date(2025, 6, 13),
        ),
        (
            "Senegalese President Bassirou Diomaye Faye is scheduled to leave Niamey on Thursday for "
            "N'Djamena.",
            "Bassirou Diomaye Faye",
            "N'Djamena",
            date(2025, 6, 12),
        ),
    ],
)
def test_a_departure_to_come_is_a_trip_to_where_it_leaves_for(meetings_in, text, name, city, day):
    trips = [m for m in meetings_in(text, date(2025, 6, 9)) if len(m.participants) == 1]
    (trip,) = trips
    assert trip.kind == "planned" and trip.place is not None and trip.place.city == city
    assert trip.date is not None and trip.date.start == day


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian President John Mahama is expected to depart Dakar later on Tuesday for Rio de Janeiro, "
        "where he will attend the G20 summit on Wednesday and Thursday.",
        "Ghanaian President John Mahama will leave Accra on Tuesday night for Rio de Janeiro, where he is "
        "due to attend the G20 summit on Wednesday and Thursday.",
    ],
)
def test_a_departure_takes_the_days_and_gathering_of_the_where_clause_on_its_destination(meetings_in, text):
    (trip,) = [m for m in meetings_in(text, date(2025, 6, 9)) if len(m.participants) == 1]
    assert trip.kind == "planned" and trip.place is not None and trip.place.city == "Rio de Janeiro"
    assert trip.date is not None
    assert (trip.date.start, trip.date.end) == (date(2025, 6, 11), date(2025, 6, 12))
    assert trip.occasion is not None and "G20" in trip.occasion.name


@pytest.mark.parametrize(
    "text",
    [
        "Japanese Prime Minister Shigeru Ishiba left Manila on Tuesday for Hanoi.",
        "The cargo ship carrying grain is due to leave Odesa on Friday for Istanbul.",
        "Japanese Prime Minister Shigeru Ishiba is not expected to leave Tokyo for Hanoi this week.",
        "Japanese Prime Minister Shigeru Ishiba will leave for talks on Friday.",
        "Japanese Prime Minister Shigeru Ishiba flew to Hanoi on Sunday.",
    ],
)
def test_a_departure_done_denied_of_goods_or_for_no_place_is_no_planned_trip(meetings_in, text):
    assert not [m for m in meetings_in(text, date(2025, 6, 9)) if m.kind == "planned"]


def test_an_arrival_called_off_in_two_cities_of_one_country_is_a_trip_called_off_there(meetings_in):
    text = (
        "Dutch King Willem-Alexander met Spanish King Felipe in Madrid on Wednesday. King "
        "Willem-Alexander had originally been due to arrive in Hamburg and Munich on 12 March; the "
        "trip was called off days before, amid fears of unrest."
    )
    off = [m for m in meetings_in(text, date(2025, 6, 9)) if m.kind == "cancelled"]
    assert [(m.place.city, m.place.country) for m in off if m.place] == [(None, "Germany")]
    assert all(names(m) == {"Willem-Alexander"} for m in off)
    assert all(m.date and m.date.start == date(2025, 3, 12) for m in off)


# -- a meeting with no day of its own, after an arrival on a visit of several days -----------------
@pytest.mark.parametrize(
    ("published", "days"),
    [
        # written on the third day: any of the three
        (date(2024, 11, 17), (date(2024, 11, 15), date(2024, 11, 17))),
        # written on the second: the third is still to come
        (date(2024, 11, 16), (date(2024, 11, 15), date(2024, 11, 16))),
        # written the day he arrived: that day
        (date(2024, 11, 15), (date(2024, 11, 15), date(2024, 11, 15))),
    ],
)
def test_talks_after_an_arrival_on_a_visit_of_several_days_span_its_days_so_far(meetings_in, published, days):
    text = (
        "Indonesian Foreign Minister Sugiono arrived in Canberra on Friday on a three-day visit. "
        "During the visit he also held talks with Prime Minister Anthony Albanese."
    )
    assert _days(meetings_in(text, published=published), "Anthony Albanese") == [days]


def test_talks_after_an_arrival_ahead_of_a_summit_of_several_days_are_of_the_arrival_day(meetings_in):
    text = (
        "Indonesian Foreign Minister Sugiono arrived in Canberra on Friday ahead of a two-day summit. "
        "He held talks with Prime Minister Anthony Albanese."
    )
    found = meetings_in(text, published=date(2024, 11, 17))
    assert _days(found, "Anthony Albanese") == [(date(2024, 11, 15), date(2024, 11, 15))]


# -- "During the visit, A also met B" after "on the second day of a three-day visit" -------------
@pytest.mark.parametrize(
    ("text", "published", "name", "days"),
    [
        (
            "Kenyan President William Ruto held talks with Japanese Prime Minister Fumio Kishida in Tokyo on "
            "Friday, on the last day of a three-day visit. Ruto told reporters the talks went well. During "
            "the trip, Ruto also met Foreign Minister Yoko Kamikawa.",
            date(2024, 2, 10),
            "Yoko Kamikawa",
            (date(2024, 2, 7), date(2024, 2, 9)),
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva and Angolan President Joao Lourenco agreed in "
            "Luanda on Friday to expand trade. The two leaders held talks at the presidential palace, "
            "on the second day of Lula's three-day state visit. During the visit, Lula also met "
            "parliament speaker Carolina Cerqueira.",
            date(2023, 8, 26),
            "Carolina Cerqueira",
            (date(2023, 8, 24), date(2023, 8, 26)),
        ),
    ],
)
def test_a_meeting_during_the_visit_takes_the_days_of_the_visit_told_before(
    meetings_in, text, published, name, days
):
    (meeting,) = [
        m for m in meetings_in(text, published=published) if name in {p.name for p in m.participants}
    ]
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == days


@pytest.mark.parametrize(
    "text",
    [
        "Argentine President Javier Milei arrived in Rome on Monday. He is scheduled to visit the Church "
        "of Santa Maria and meet members of the Italian business community on Tuesday.",
        "A planned visit by King Charles to the Hagia Sophia mosque in Istanbul on Friday was cancelled "
        "over security concerns.",
        "Japanese Emperor Naruhito will visit a children's hospital in Manila on Wednesday.",
        "Turkish President Recep Tayyip Erdogan visited the Imam Ali shrine in Najaf on Sunday.",
        "South African President Cyril Ramaphosa is expected to visit the Holocaust memorial in Berlin "
        "on Friday.",
    ],
)
def test_a_visit_to_a_site_is_no_trip_to_a_country(meetings_in, text):
    assert meetings_in(text) == []


def test_a_visit_to_a_place_stays_a_trip(meetings_in):
    meetings = meetings_in("Canadian Prime Minister Mark Carney will visit Florence on Tuesday.")
    assert [(sorted(names(m)), m.place.city, m.kind) for m in meetings] == [
        (["Mark Carney"], "Florence", "planned")
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Turkish President Recep Tayyip Erdogan began a three-day state visit to Japan on Monday and was "
            "received by Emperor Naruhito at the Imperial Palace.",
            date(2024, 11, 18),
        ),
        (
            "President Lula began a two-day official visit to Chile on Thursday and held talks with "
            "President Gabriel Boric at La Moneda.",
            date(2024, 11, 14),
        ),
        (
            "Malaysian Prime Minister Anwar Ibrahim started a four-day visit to Egypt on Sunday and was "
            "welcomed by President Abdel Fattah al-Sisi at Ittihadiya Palace.",
            date(2024, 11, 17),
        ),
    ],
)
def test_a_meeting_told_after_a_visit_began_is_held_on_its_first_day(meetings_in, text, day):
    [meeting] = [m for m in meetings_in(text) if m.kind == "in_person"]
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (day, day)


@pytest.mark.parametrize(
    ("text", "pair", "city"),
    [
        (
            "The summit comes after Kenyan President William Ruto's state visit to Ghana, during which he "
            "and Ghanaian President John Mahama signed a trade pact in Accra on 4 March.",
            ["John Mahama", "William Ruto"],
            "Accra",
        ),
        (
            "Last year Chilean President Gabriel Boric made a three-day trip to Argentina, during which he "
            "was received by President Javier Milei at the Casa Rosada in Buenos Aires.",
            ["Gabriel Boric", "Javier Milei"],
            "Buenos Aires",
        ),
        (
            "Japanese Prime Minister Fumio Kishida will begin a tour of Southeast Asia on Monday, during "
            "which he is to meet Vietnamese Prime Minister Pham Minh Chinh in Hanoi.",
            ["Fumio Kishida", "Pham Minh Chinh"],
            "Hanoi",
        ),
        (
            "Canadian Foreign Minister Melanie Joly spoke on Monday.\nThe minister recalled that her "
            "first trip abroad, to Nairobi last month, where she met her Kenyan counterpart Musalia "
            "Mudavadi, had been a signal.",
            ["Musalia Mudavadi", "Mélanie Joly"],
            "Nairobi",
        ),
    ],
)
def test_a_meeting_told_in_a_clause_set_in_a_trip_is_the_travellers_with_the_one_met(
    meetings_in, text, pair, city
):
    found = [m for m in meetings_in(text, date(2024, 11, 19)) if len(m.participants) >= 2]
    assert [(sorted(names(m)), m.place.city if m.place else None) for m in found] == [(pair, city)]


def test_a_trip_during_which_a_group_was_met_names_no_one_of_it(meetings_in):
    text = (
        "Indian Prime Minister Narendra Modi left Accra on Friday, ending a two-day state visit during which "
        "he met Ghana's top leaders.\nOn Thursday, Modi held talks with President John Mahama."
    )
    found = [m for m in meetings_in(text, date(2024, 11, 19)) if len(m.participants) == 2]
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Ghanaian President John Mahama arrived in Nairobi on Monday for a state visit, where he was "
            "received at Kampala International Airport by President William Ruto.",
            "Nairobi",
        ),
        (
            "Indian Prime Minister Narendra Modi flew into Accra on Tuesday for a two-day visit, where he "
            "was greeted at Lagos International Airport by President John Mahama.",
            "Accra",
        ),
        (
            "Chilean President Gabriel Boric arrived in Lima on Monday for an official visit, where he was "
            "welcomed at Santiago Airport by President Dina Boluarte.",
            "Lima",
        ),
    ],
)
def test_a_meeting_set_in_a_trip_is_in_the_country_the_trip_went_to(meetings_in, text, city):
    found = [m for m in meetings_in(text, date(2024, 11, 19)) if len(m.participants) == 2]
    assert [m.place.city if m.place else None for m in found] == [city]


# -- "began two days of talks on May 9", "a three-day visit, during which": the days it lasts -------
@pytest.mark.parametrize(
    ("text", "name", "days"),
    [
        (
            "Georgian Foreign Minister Ilia Darchiashvili and Armenian Foreign Minister Ararat Mirzoyan "
            "began two days of talks in Tbilisi on May 9.",
            "Ilia Darchiashvili",
            (date(2024, 5, 9), date(2024, 5, 10)),
        ),
        (
            # the day told is the last where the talks are told as ending
            "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti wrapped up two days "
            "of talks in Brussels on Friday.",
            "Albin Kurti",
            (date(2024, 5, 9), date(2024, 5, 10)),
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev will fly to New Delhi on Sunday for a three-day state "
            "visit, during which he is scheduled to meet Prime Minister Narendra Modi.",
            "Narendra Modi",
            (date(2024, 5, 12), date(2024, 5, 14)),
        ),
    ],
)
def test_talks_or_a_visit_told_as_lasting_some_days_span_them(meetings_in, text, name, days):
    assert _days(meetings_in(text, published=date(2024, 5, 11)), name) == [days]


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Kazakh President Kassym-Jomart Tokayev will fly to New Delhi on Sunday for a three-day state "
            "visit, during which he is scheduled to meet Prime Minister Narendra Modi on Monday.",
            "Narendra Modi",
            date(2024, 5, 13),
        ),
        (
            "Kenyan President William Ruto met Nigerian President Bola Tinubu on Thursday at the three-day "
            "summit in Nairobi.",
            "Bola Tinubu",
            date(2024, 5, 9),
        ),
        (
            "Chinese President Xi Jinping on Friday met Cambodian Prime Minister Hun Manet in Phnom Penh "
            "before wrapping up his two-day state visit.",
            "Hun Manet",
            date(2024, 5, 10),
        ),
    ],
)
def test_a_meeting_dated_within_a_visit_or_summit_of_several_days_keeps_its_day(meetings_in, text, name, day):
    assert _days(meetings_in(text, published=date(2024, 5, 11)), name) == [(day, day)]


# -- the place a relative clause of visiting is told of


# -- the place a relative clause of visiting is told of
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Xi said he was glad to be back in Laos, which he last visited in November 2017.", "Laos"),
        ("Ruto spoke warmly of Ghana, which he last visited in March 2023.", "Ghana"),
        ("Ruto spoke warmly of Ghana, which he will visit next month.", "Ghana"),
    ],
)
def test_a_place_a_which_clause_visits_is_where_the_visit_went(meetings_in, text, country):
    found = meetings_in(text, published=date(2024, 9, 22))
    assert [m.place.country for m in found if m.place] == [country]


@pytest.mark.parametrize(
    "text",
    [
        "Ruto spoke warmly of Ghana, which he has never visited.",
        "Ruto praised the new port, which Akufo-Addo visited in March.",
    ],
)
def test_a_which_clause_of_no_visit_or_of_no_place_goes_nowhere(meetings_in, text):
    assert [m for m in meetings_in(text, published=date(2024, 9, 22)) if m.place is not None] == []


# -- trips made or to come for a gathering of many countries
@pytest.mark.parametrize(
    "text",
    [
        "William Ruto will return to Addis Ababa next week for the African Union summit.",
        "Viktor Orban met Xi Jinping in Beijing on Monday. Orban will travel on to Washington for the NATO "
        "summit, which opens on Tuesday.",
        "Jaishankar met Sadyr Japarov in Bishkek on Monday. From Bishkek, he will travel to Nur-Sultan to "
        "attend the sixth Ministerial Meeting of the Conference on Interaction and Confidence Building "
        "Measures in Asia (CICA) on Tuesday.",
    ],
)
def test_a_trip_to_come_for_a_gathering_of_many_countries_is_no_plan_to_report(meetings_in, text):
    """Going to attend a summit of many countries names no host to visit and no one to meet."""
    assert [m for m in meetings_in(text, published=date(2024, 7, 8)) if len(m.participants) == 1] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruto will travel to Moscow next week for a summit with Vladimir Putin.",
        "Modi will travel to Moscow in July for the annual India-Russia summit.",
    ],
)
def test_a_trip_to_come_for_a_summit_with_someone_stays_a_plan(meetings_in, text):
    found = meetings_in(text, published=date(2024, 6, 1))
    assert found and all(m.kind == "planned" for m in found)


# -- the leg before told in passing
@pytest.mark.parametrize(
    "text",
    [
        "Xi arrived in Budapest on Wednesday evening, following his official visit to Serbia.",
        "Li arrived in Adelaide on Saturday, following his official visit to New Zealand.",
    ],
)
def test_the_leg_before_told_in_passing_is_no_visit_of_its_own(meetings_in, text):
    assert meetings_in(text, published=date(2024, 9, 22)) == []


def test_a_leg_before_with_a_time_of_its_own_is_still_told(meetings_in):
    text = (
        "Anthony Albanese arrived in Hanoi on Saturday night after a visit to Singapore, where he gave a "
        "speech on Friday."
    )
    found = meetings_in(text, published=date(2023, 6, 4))
    assert [m.place.country for m in found if m.kind == "visit" and m.place] == ["Singapore"]


# -- "on Thursday afternoon, the last stop of a two-day tour": that day, not the tour's days ----------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ukrainian President Volodymyr Zelensky was welcomed by Latvian President Edgars Rinkevics at "
            "Riga Castle on Thursday afternoon, the last stop of a two-day tour of the Baltic states.",
            date(2024, 1, 11),
        ),
        (
            "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Dar es "
            "Salaam on Monday, the first leg of a three-day tour of East Africa.",
            date(2024, 1, 8),
        ),
    ],
)
def test_a_meeting_on_one_stop_of_a_tour_of_several_days_is_on_its_own_day(meetings_in, text, day):
    (meeting,) = meetings_in(text, published=date(2024, 1, 11))
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (day, day)


def test_a_visit_of_several_days_told_from_its_first_day_still_spans_them(meetings_in):
    text = "Kenyan President William Ruto arrived in Dar es Salaam on Monday for a three-day state visit."
    (visit,) = meetings_in(text, published=date(2024, 1, 11))
    assert visit.date is not None and (visit.date.start, visit.date.end) == (
        date(2024, 1, 8),
        date(2024, 1, 10),
    )
