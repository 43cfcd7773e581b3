from datetime import date

import pytest


def names(meeting):
    return {p.name for p in meeting.participants}


def only(meetings):
    assert len(meetings) == 1, [(sorted(names(m)), m.kind) for m in meetings]
    return meetings[0]


def test_a_planned_trip_to_several_countries_is_a_plan_for_each(meetings_in):
    found = meetings_in("Chinese Premier Li Qiang will also visit Spain, Italy and Greece.")
    assert sorted((m.kind, m.place.country) for m in found) == [
        ("planned", "Greece"),
        ("planned", "Italy"),
        ("planned", "Spain"),
    ]


def test_a_trip_to_several_places_is_a_trip_to_each(meetings_in):
    found = meetings_in(
        "Ghanaian President John Mahama visited Togo and Benin last week.", published=date(2025, 3, 12)
    )
    assert sorted((m.kind, m.place.country) for m in found) == [("visit", "Benin"), ("visit", "Togo")]


def test_a_trip_called_off_to_several_cities_is_called_off_for_each(meetings_in):
    found = meetings_in(
        "Iranian President Masoud Pezeshkian had been scheduled to visit Najaf and Karbala on Thursday, "
        "but the pilgrimage was dropped."
    )
    assert sorted((m.kind, m.place.city) for m in found) == [("cancelled", "Karbala"), ("cancelled", "Najaf")]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Modi will travel by train to Kyiv on Friday, weeks after a visit to Moscow that drew criticism.",
            "Moscow",
        ),
        ("Sanchez arrived in Rabat on Monday, days after a trip to Algiers that angered Morocco.", "Algiers"),
        ("Lula spoke in Brasilia on Tuesday, a week after a trip to Havana that drew criticism.", "Havana"),
    ],
)
def test_a_trip_to_one_place_is_there_not_where_its_sentence_begins(meetings_in, text, city):
    visits = [m for m in meetings_in(text, published=date(2024, 8, 22)) if m.kind == "visit"]
    assert [m.place.city for m in visits if m.place] == [city]


def test_a_trip_to_several_places_to_come_is_a_plan_for_each(meetings_in):
    found = meetings_in(
        "Antony Blinken is due to travel next to Tokyo on Monday and then Manila, where he will hold talks "
        "with Enrique Manalo."
    )
    assert sorted((len(m.participants), m.place.city if m.place else None) for m in found) == [
        (1, "Tokyo"),
        (2, "Manila"),
    ]


def test_a_trip_named_by_its_place_goes_there(meetings_in):
    found = meetings_in("Amos Hochstein was expected to travel to Israel after his Beirut visit.")
    assert sorted(m.place.country for m in found if m.place) == ["Israel", "Lebanon"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Kenyan President William Ruto postponed on Saturday his state visit to Japan, where he was to "
            "hold talks with Prime Minister Shigeru Ishiba in Tokyo on Tuesday, his office said.",
            "Tokyo",
        ),
        (
            "Ishiba was also due to become the first Japanese leader to visit Kenya, where he had planned "
            "to meet President William Ruto in Nairobi on 22 May.",
            "Nairobi",
        ),
    ],
)
def test_a_trip_called_off_and_the_meeting_where_it_went_are_one_meeting_called_off(meetings_in, text, city):
    meeting = only(meetings_in(text, date(2025, 3, 22)))
    assert meeting.kind == "cancelled"
    assert meeting.place is not None and meeting.place.city == city


def test_a_trip_and_the_meeting_a_who_clause_on_its_traveller_tells_are_one(meetings_in):
    text = (
        "In March, Ghana called off a planned visit to Accra by Nigerian President Bola Tinubu, who "
        "had been due to meet John Mahama."
    )
    meeting = only(meetings_in(text, published=date(2025, 9, 2)))
    assert names(meeting) == {"Bola Tinubu", "John Mahama"}
    assert (meeting.kind, meeting.place.city) == ("cancelled", "Accra")


def test_a_who_clause_on_someone_met_is_no_trip_of_theirs(meetings_in):
    text = "Tinubu will visit Accra next week to meet John Mahama, who took office in January."
    found = meetings_in(text, published=date(2025, 9, 2))
    assert all(m.kind == "planned" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya called off a planned visit to Nairobi by Ugandan Foreign Minister Jeje Odongo "
        "to meet his Kenyan counterpart Musalia Mudavadi.",
        "Kenya called off a planned visit by Ugandan Foreign Minister Jeje Odongo to meet "
        "Kenyan Prime Cabinet Secretary Musalia Mudavadi in Nairobi.",
    ],
)
def test_a_trip_called_off_and_the_meeting_it_was_to_hold_are_one_meeting_called_off(meetings_in, text):
    meeting = only(meetings_in(text))
    assert names(meeting) == {"Jeje Odongo", "Musalia Mudavadi"}
    assert meeting.kind == "cancelled"
    assert meeting.place is not None and meeting.place.city == "Nairobi"


def test_a_visit_made_to_meet_someone_stays_a_meeting_held(meetings_in):
    text = "Ugandan Foreign Minister Jeje Odongo made a visit to Nairobi on Monday to meet Musalia Mudavadi."
    meeting = only(meetings_in(text))
    assert meeting.kind == "in_person"


# -- "visit A on Tuesday and B on Wednesday": each place of a trip on its own day ----------------
def test_places_of_a_trip_each_with_a_day_of_its_own_are_visited_then(meetings_in):
    found = meetings_in(
        "Chilean Foreign Minister Alberto van Klaveren will visit Peru on Monday and Ecuador on Tuesday.",
        published=date(2024, 9, 1),
    )
    assert sorted((m.place.country, m.date.start.isoformat()) for m in found) == [
        ("Ecuador", "2024-09-03"),
        ("Peru", "2024-09-02"),
    ]


def test_places_of_a_trip_sharing_one_day_keep_it(meetings_in):
    found = meetings_in(
        "Chilean Foreign Minister Alberto van Klaveren will visit Peru and Ecuador on Monday.",
        published=date(2024, 9, 1),
    )
    assert sorted((m.place.country, m.date.start.isoformat()) for m in found) == [
        ("Ecuador", "2024-09-02"),
        ("Peru", "2024-09-02"),
    ]


def test_the_purpose_after_being_the_first_to_visit_is_that_visits(meetings_in):
    text = (
        "Sitiveni Rabuka hosted island leaders in Suva. Chancellor Olaf Scholz had been due to become "
        "the first German chancellor to visit Fiji on Tuesday, to meet Rabuka, but he cancelled the trip."
    )
    scholz = [m for m in meetings_in(text) if "Olaf Scholz" in {p.name for p in m.participants}]
    assert [(sorted(p.name for p in m.participants), m.kind) for m in scholz] == [
        (["Olaf Scholz", "Sitiveni Rabuka"], "cancelled")
    ]
    assert scholz[0].place is not None and scholz[0].place.country == "Fiji"


def test_the_first_to_visit_without_a_purpose_stays_a_trip(meetings_in):
    text = "Chancellor Olaf Scholz will become the first German chancellor to visit Fiji on Tuesday."
    [trip] = meetings_in(text)
    assert [p.name for p in trip.participants] == ["Olaf Scholz"] and trip.kind == "planned"


def test_a_stop_told_by_to_after_and_then_is_a_plan_of_its_own(meetings_in):
    found = meetings_in(
        "From Kenya, Ruto will travel to Ethiopia to attend the African Union summit in Addis Ababa on "
        "Friday, and then to Djibouti.",
        published=date(2025, 2, 10),
    )
    stops = {m.place.country: m for m in found if m.place}
    # the first stop is made to attend a summit of many countries: attendance, no plan to report
    assert set(stops) == {"Djibouti"}
    then = stops["Djibouti"]
    # the summit and its day are the first stop's: the next one is told with neither
    assert then.occasion is None and then.date is None and then.kind == "planned"


def test_and_then_to_another_person_is_no_stop(meetings_in):
    # "to" before a person joined after "and then" is whom the verb goes to, not where
    found = meetings_in(
        "Ruto will travel to Ethiopia on Friday to meet Abiy Ahmed, and then talk to Ismail Omar Guelleh.",
        published=date(2025, 2, 10),
    )
    assert {m.place.country for m in found if m.place and len(m.participants) == 1} <= {"Ethiopia"}


def test_a_visit_whose_where_clause_meets_no_one_named_stays_a_visit(meetings_in):
    found = meetings_in(
        "President William Ruto began the visit on Monday in Houston, where he toured a refinery and met "
        "members of the Kenyan diaspora.",
        published=date(2024, 5, 23),
    )
    assert [(m.kind, m.place.city if m.place else None) for m in found] == [("visit", "Houston")]


@pytest.mark.parametrize(
    "text",
    [
        "The visit follows trips to Nairobi by Nigerian President Bola Tinubu and Ghanaian President John "
        "Mahama in recent weeks.",
        "Recent visits by Nigerian President Bola Tinubu and Ghanaian President John Mahama to Nairobi have "
        "deepened ties.",
        "Relations warmed after trips to Nairobi by Nigerian President Bola Tinubu and Ghanaian President "
        "John Mahama last month.",
    ],
)
def test_trips_told_in_the_plural_by_several_are_a_visit_by_each(meetings_in, text):
    found = meetings_in(text)
    assert sorted((sorted(names(m)), m.kind) for m in found) == [
        (["Bola Tinubu"], "visit"),
        (["John Mahama"], "visit"),
    ]
    assert all(m.place is not None and m.place.city == "Nairobi" for m in found)


def test_trips_by_two_of_one_government_are_a_visit_by_each(meetings_in):
    found = meetings_in(
        "The talks follow trips to Canberra by Foreign Minister Wang Yi and Commerce Minister Wang Wentao."
    )
    assert sorted(p for m in found for p in names(m)) == ["Wang Wentao", "Wang Yi"]
    assert {m.kind for m in found} == {"visit"}


@pytest.mark.parametrize(
    ("text", "city", "kind"),
    [
        (
            "On Tuesday, Boric is due to travel with Argentine President Javier Milei "
            "to the city of Rosario.",
            "Rosario",
            "planned",
        ),
        (
            "On Friday, Japanese Prime Minister Shigeru Ishiba and Philippine President Ferdinand Marcos "
            "will travel together to Cebu.",
            "Cebu City",
            "planned",
        ),
        (
            "On Friday, Japanese Prime Minister Shigeru Ishiba will travel to Cebu with Philippine President "
            "Ferdinand Marcos.",
            "Cebu City",
            "planned",
        ),
        (
            "Nigerian President Bola Tinubu arrived in Accra on Monday. He will travel with Ghanaian "
            "President John Mahama to Kumasi on Wednesday.",
            "Kumasi",
            "planned",
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba travelled with Philippine President Ferdinand "
            "Marcos to Cebu on Friday.",
            "Cebu City",
            "in_person",
        ),
    ],
)
def test_leaders_of_two_countries_who_travel_together_meet_where_they_go(meetings_in, text, city, kind):
    found = [m for m in meetings_in(text) if len(m.participants) == 2]
    meeting = only(found)
    assert (meeting.kind, meeting.place.city) == (kind, city)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Italian Prime Minister Giorgia Meloni landed in Nairobi on Monday. On Wednesday, Meloni is "
            "expected to fly with Kenyan President William Ruto to the coastal town of Malindi.",
            "Malindi",
        ),
        (
            "German Chancellor Olaf Scholz arrived in Hanoi. On Saturday, Scholz will travel with Vietnamese "
            "Prime Minister Pham Minh Chinh to the port city of Haiphong.",
            "Haiphong",
        ),
        (
            "Canadian Prime Minister Mark Carney will travel to the Mexican city of Monterrey with President "
            "Claudia Sheinbaum next week.",
            "Monterrey",
        ),
    ],
)
def test_a_trip_to_a_town_told_by_its_name_goes_there(meetings_in, text, city):
    meeting = only(meetings_in(text))
    assert (len(meeting.participants), meeting.kind, meeting.place.city) == (2, "planned", city)


@pytest.mark.parametrize(
    "text",
    [
        "US President Joe Biden and Secretary of State Antony Blinken will fly together to Tokyo "
        "on Thursday.",
        "Brazilian President Luiz Inacio Lula da Silva flew to Rome with his wife on Sunday.",
    ],
)
def test_a_trip_together_of_one_government_or_a_household_is_no_meeting(meetings_in, text):
    assert not [m for m in meetings_in(text) if len(m.participants) >= 2]


def test_a_with_told_after_a_meeting_noun_on_a_trip_home_is_that_meetings(meetings_in):
    meeting = only(
        meetings_in(
            "Kenyan President William Ruto returned to Nairobi on Sunday after a summit in Kampala "
            "with Ugandan President Yoweri Museveni."
        )
    )
    assert meeting.place.city == "Kampala"


# -- a meeting on a trip of several stops: the stop in its hosts' country -------------------------
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Chinese President Xi Jinping, who is on a state visit to France, Serbia and Hungary, met "
            "Hungarian Prime Minister Viktor Orban on Thursday.",
            "Viktor Orbán",
            "Hungary",
        ),
        (
            "Philippine President Ferdinand Marcos Jr, on a trip to Vietnam and Laos, met Lao Prime "
            "Minister Sonexay Siphandone on Tuesday.",
            "Sonexay Siphandone",
            "Laos",
        ),
        (
            "BRUSSELS (Reuters) - European Commission President Ursula von der Leyen said on Monday the bloc "
            "was ready. Chinese President Xi Jinping, on a tour of France, Serbia and Hungary, held talks "
            "with Serbian President Aleksandar Vucic on Wednesday.",
            "Aleksandar Vučić",
            "Serbia",
        ),
        (
            "Indian Prime Minister Narendra Modi, during a visit to Ghana, Namibia and Brazil, met Namibian "
            "President Netumbo Nandi-Ndaitwah on Wednesday.",
            "Netumbo Nandi-Ndaitwah",
            "Namibia",
        ),
    ],
)
def test_a_meeting_on_a_trip_of_several_stops_is_at_the_stop_of_its_hosts(meetings_in, text, name, country):
    meeting = only([m for m in meetings_in(text) if name in names(m)])
    assert meeting.place is not None and meeting.place.country == country


def test_a_meeting_on_a_trip_of_several_stops_with_one_of_none_of_them_is_at_none(meetings_in):
    text = (
        "Indian Prime Minister Narendra Modi, during a visit to Ghana and Namibia, met Brazilian President "
        "Luiz Inacio Lula da Silva on Wednesday."
    )
    meeting = only([m for m in meetings_in(text) if len(m.participants) == 2])
    assert meeting.place is None or meeting.place.country not in {"Ghana", "Namibia"}


# -- a meeting on a tour of a region of the world: the hosts' country -----------------------------
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "BEIJING (Xinhua) - Chinese Foreign Minister Wang Yi, who is on a five-nation tour of Africa, "
            "met Kenyan President William Ruto on Monday.",
            "William Ruto",
            "Kenya",
        ),
        (
            "LONDON (Reuters) - Britain said on Monday it would send aid. Chinese Foreign Minister Wang Yi, "
            "on a tour of Southeast Asia, held talks with Malaysian Prime Minister Anwar Ibrahim on Monday.",
            "Anwar Ibrahim",
            "Malaysia",
        ),
        (
            "On his first trip to Europe as president, Kenyan President William Ruto met French President "
            "Emmanuel Macron on Monday.",
            "Emmanuel Macron",
            "France",
        ),
        (
            "Spanish Prime Minister Pedro Sanchez, who is touring Latin America, held talks with Brazilian "
            "President Lula on Tuesday.",
            "Luiz Inácio Lula da Silva",
            "Brazil",
        ),
        (
            "LONDON (Reuters) - Britain said on Monday it would send aid. Chinese Foreign Minister Wang Yi, "
            "who is visiting the Middle East, met Jordan's King Abdullah on Monday.",
            "Abdullah II",
            "Jordan",
        ),
    ],
)
def test_a_meeting_on_a_tour_of_a_region_is_in_the_hosts_country(meetings_in, text, name, country):
    meeting = only([m for m in meetings_in(text) if name in names(m)])
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == (None, country)


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "Chinese Foreign Minister Wang Yi, who is on a tour of Africa, met Kenyan President William Ruto "
            "in Addis Ababa on Monday.",
            "William Ruto",
            ("Addis Ababa", "Ethiopia"),
        ),
        (
            "Chinese Foreign Minister Wang Yi, who was on a tour of Africa last year, met Kenyan President "
            "William Ruto on Monday.",
            "William Ruto",
            None,
        ),
        (
            "Spanish Prime Minister Pedro Sanchez, who toured Latin America last year, held talks with "
            "Brazilian President Lula on Tuesday.",
            "Luiz Inácio Lula da Silva",
            None,
        ),
        (
            "Chinese Foreign Minister Wang Yi, on a tour of the Middle East, held a joint meeting with "
            "Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud Abbas on Monday.",
            "Mahmoud Abbas",
            None,
        ),
    ],
)
def test_a_tour_of_a_region_leaves_a_meeting_told_otherwise_where_it_is(meetings_in, text, name, place):
    meeting = only([m for m in meetings_in(text) if name in names(m)])
    assert (meeting.place and (meeting.place.city, meeting.place.country)) == place


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Ukrainian President Volodymyr Zelensky said he had decided to postpone his visit to Saudi "
            "Arabia, scheduled for Wednesday, where he was due to meet Crown Prince Mohammed bin Salman.",
            ["Mohammed bin Salman", "Volodymyr Zelensky"],
        ),
        (
            "Kenyan President William Ruto called off his trip to Uganda, planned for Friday, where he was "
            "to hold talks with President Yoweri Museveni.",
            ["William Ruto", "Yoweri Museveni"],
        ),
    ],
)
def test_a_trip_called_off_and_the_meeting_where_it_went_set_for_a_day_are_one(meetings_in, text, pair):
    (meeting,) = meetings_in(text, published=date(2025, 2, 17))
    assert meeting.kind == "cancelled"
    assert sorted(p.name for p in meeting.participants) == pair


def test_a_visit_made_and_the_meeting_where_it_went_stay_as_they_were(meetings_in):
    text = "Kenyan President William Ruto visited Kampala on Friday, where he met President Yoweri Museveni."
    (meeting,) = meetings_in(text, published=date(2025, 2, 17))
    assert meeting.kind == "in_person"
    assert sorted(p.name for p in meeting.participants) == ["William Ruto", "Yoweri Museveni"]


# -- "His first trip abroad was to Oslo": a trip noun told where it went by "be to" -------------------
@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "Danish Prime Minister Mette Frederiksen arrived in Nuuk on Wednesday. Her first foreign trip "
            "as prime minister was to Norway last November.",
            None,
            "Norway",
        ),
        (
            "Danish Prime Minister Mette Frederiksen arrived in Nuuk on Wednesday. Her first trip abroad "
            "was to Oslo in November.",
            "Oslo",
            "Norway",
        ),
    ],
)
def test_a_trip_said_to_have_been_to_a_place_is_a_visit_there(meetings_in, text, city, country):
    found = meetings_in(text, published=date(2025, 6, 14))
    (trip,) = [m for m in found if m.date is not None and m.date.start == date(2024, 11, 1)]
    assert (trip.kind, names(trip)) == ("visit", {"Mette Frederiksen"})
    assert trip.place is not None and (trip.place.city, trip.place.country) == (city, country)


@pytest.mark.parametrize(
    "text",
    [
        "Danish Prime Minister Mette Frederiksen arrived in Nuuk on Wednesday. The trip was to discuss "
        "fishing.",
        "Danish Prime Minister Mette Frederiksen arrived in Nuuk on Wednesday. Her first trip was to a "
        "fishing village.",
    ],
)
def test_a_trip_to_do_something_or_to_no_place_named_goes_nowhere_else(meetings_in, text):
    """ "was to discuss": a purpose, no place; "was to a fishing village": no place of the table."""
    found = meetings_in(text, published=date(2025, 6, 14))
    assert all(m.place is None or m.place.city == "Nuuk" for m in found)
