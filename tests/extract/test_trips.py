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
        "Li will continue his tour of the Pacific with a visit to Fiji."
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
