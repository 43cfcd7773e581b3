from datetime import date

import pytest


def names(meeting):
    return {p.name for p in meeting.participants}


def only(meetings):
    assert len(meetings) == 1, [(sorted(names(m)), m.kind) for m in meetings]
    return meetings[0]


def test_the_owner_of_an_accepted_invitation_hosts_the_visit_to_his_country(meetings_in):
    meeting = only(
        meetings_in(
            "Kenyan President William Ruto has accepted Ugandan President Yoweri Museveni's "
            "invitation to travel to Uganda next month."
        )
    )
    assert meeting.kind == "planned"
    assert {p.name for p in meeting.participants} == {"William Ruto", "Yoweri Museveni"}


@pytest.mark.parametrize(
    "text, guest, host",
    [
        (
            "Chinese President Xi Jinping will travel to Brazil next month at President Lula's invitation.",
            "Xi Jinping",
            "Luiz Inácio Lula da Silva",
        ),
        (
            "Kenyan President William Ruto will visit Ghana on the invitation of President John Mahama.",
            "William Ruto",
            "John Mahama",
        ),
        (
            "Mexican President Claudia Sheinbaum will make a state visit to Canada at the invitation of "
            "Prime Minister Mark Carney.",
            "Claudia Sheinbaum",
            "Mark Carney",
        ),
    ],
)
def test_the_one_at_whose_invitation_a_trip_is_made_hosts_it(meetings_in, text, guest, host):
    meeting = only([m for m in meetings_in(text) if m.kind == "planned"])
    assert names(meeting) == {guest, host}


def test_an_invitation_from_one_of_another_country_makes_him_no_host(meetings_in):
    text = (
        "Chilean President Gabriel Boric will visit Argentina at the invitation of German "
        "Chancellor Olaf Scholz."
    )
    meeting = only([m for m in meetings_in(text) if m.kind == "planned"])
    assert names(meeting) == {"Gabriel Boric"}


def test_the_owner_of_an_invitation_to_another_country_is_no_host(meetings_in):
    meeting = only(
        meetings_in(
            "Kenyan President William Ruto has accepted Ugandan President Yoweri Museveni's "
            "invitation to travel to France next month."
        )
    )
    assert {p.name for p in meeting.participants} == {"William Ruto"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("President Recep Tayyip Erdogan hosted President Hassan Sheikh Mohamud on Wednesday.", "Turkey"),
        (
            "Paul Kagame and Felix Tshisekedi held talks on Tuesday hosted by Qatar's Emir Sheikh Tamim bin "
            "Hamad Al Thani.",
            "Qatar",
        ),
        (
            "Crown Prince Mohammed bin Salman received Foreign Minister Abbas Araghchi on Wednesday.",
            "Saudi Arabia",
        ),
        ("President William Ruto was hosted by Prime Minister Shigeru Ishiba on Monday.", "Japan"),
        (
            "Omani Foreign Minister Badr Albusaidi hosted talks between Abbas Araghchi and Steve Witkoff.",
            "Oman",
        ),
    ],
)
def test_a_meeting_a_leader_hosts_with_no_place_of_its_own_is_in_the_hosts_country(
    meetings_in, text, country
):
    meeting = only(meetings_in(text))
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == (None, country)


@pytest.mark.parametrize(
    "text",
    [
        "President Luiz Inacio Lula da Silva hosted a virtual summit with President Xi Jinping.",
        "President Xi Jinping hosted President Luiz Inacio Lula da Silva at the G20 summit.",
    ],
)
def test_a_call_or_a_summit_a_leader_hosts_is_not_placed_in_the_hosts_country(meetings_in, text):
    assert only(meetings_in(text)).place is None


# a visit told in a "when" clause of something the one at home did with the visitor: a meeting of
# the two in the country visited; "the latter" and "the former" name the last person told and the
# one before
@pytest.mark.parametrize(
    ("text", "who", "country"),
    [
        (
            "South Korean President Yoon Suk Yeol met Japanese former Prime Minister Taro Aso in Tokyo on "
            "Thursday. Yoon had mentioned his fondness for rice omelets to Aso when the latter visited South "
            "Korea last November.",
            {"Yoon Suk Yeol", "Taro Aso"},
            "South Korea",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva met French President Emmanuel Macron in Paris on "
            "Thursday. Lula gave a book to Macron when the French president visited Brazil in March.",
            {"Luiz Inácio Lula da Silva", "Emmanuel Macron"},
            "Brazil",
        ),
        (
            "Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese in Sydney on "
            "Thursday. Modi had first met Albanese when the latter visited India in March.",
            {"Narendra Modi", "Anthony Albanese"},
            "India",
        ),
    ],
)
def test_a_visit_when_the_one_at_home_dealt_with_the_visitor_is_a_meeting_there(
    meetings_in, text, who, country
):
    found = [
        m for m in meetings_in(text, date(2023, 3, 17)) if m.place is not None and m.place.country == country
    ]
    assert [(names(m), m.kind) for m in found] == [(who, "in_person")]


# a lone visit whose "when" or "where" clause tells what "the two leaders" did together there: a
# meeting of the visitor and the other of the two, the one at home in the country visited
@pytest.mark.parametrize(
    ("text", "who", "country"),
    [
        (
            "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in "
            "Nairobi on Monday. The talks followed an invitation from Ruto, who visited Dodoma in March, "
            "when the two leaders agreed to remove barriers to trade.",
            {"William Ruto", "Samia Suluhu Hassan"},
            "Tanzania",
        ),
        (
            "Ghanaian President John Mahama met Ivorian President Alassane Ouattara in Accra on Tuesday. "
            "Mahama had visited Ivory Coast in January, when the two presidents pledged to fight smuggling "
            "across their border.",
            {"John Mahama", "Alassane Ouattara"},
            "Côte d'Ivoire",
        ),
    ],
)
def test_a_visit_when_the_two_leaders_acted_together_is_a_meeting_with_the_one_at_home(
    meetings_in, text, who, country
):
    found = [
        m for m in meetings_in(text, date(2025, 6, 4)) if m.place is not None and m.place.country == country
    ]
    assert [(names(m), m.kind) for m in found] == [(who, "in_person")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (  # the visit was to a third country: no one there of the two
            "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in "
            "Nairobi on Monday. The talks followed an invitation from Ruto, who visited Paris in March, "
            "when the two leaders agreed to remove barriers to trade.",
            "France",
        ),
        (  # those who agreed are others, named
            "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in "
            "Nairobi on Monday. Ruto had visited Dodoma in March, when trade ministers agreed "
            "to remove barriers to trade.",
            "Tanzania",
        ),
    ],
)
def test_a_visit_when_no_one_at_home_acted_with_the_visitor_stays_a_visit(meetings_in, text, country):
    found = [
        m for m in meetings_in(text, date(2025, 6, 4)) if m.place is not None and m.place.country == country
    ]
    assert [len(m.participants) for m in found] == [1]


def test_a_trip_for_the_summit_of_the_two_countries_is_a_meeting_with_the_leader_named(meetings_in):
    met = (
        "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos in Tokyo on Monday."
    )
    trip = "Fumio Kishida is expected in Manila in December for the annual Japan-Philippines summit."
    planned = only([m for m in meetings_in(f"{met} {trip}") if m.kind == "planned"])
    assert sorted(p.country for p in planned.participants) == ["Japan", "Philippines"]
    assert planned.place is not None and planned.place.city == "Manila"


def test_a_trip_for_a_summit_of_many_or_with_no_leader_named_stays_the_traveller_s(meetings_in):
    met = (
        "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos in Tokyo on Monday."
    )
    trip = "Fumio Kishida is expected in Manila in December for the ASEAN summit."
    planned = [m for m in meetings_in(f"{met} {trip}") if m.kind == "planned"]
    assert [[p.name for p in m.participants] for m in planned] == [["Fumio Kishida"]]
    alone = "Fumio Kishida is expected in Manila in December for the annual Japan-Philippines summit."
    assert [[p.name for p in m.participants] for m in meetings_in(alone)] == [["Fumio Kishida"]]


def test_an_exchange_of_visits_to_come_is_a_meeting_of_the_two_in_each_country(meetings_in):
    text = (
        "Japanese Prime Minister Fumio Kishida says he will go to the Philippines in April, and that "
        "Philippine President Ferdinand Marcos would come to Japan later in the year."
    )
    found = meetings_in(text)
    assert sorted(m.place.country for m in found if m.place) == ["Japan", "Philippines"]
    assert all(len(m.participants) == 2 and m.kind == "planned" for m in found)


def test_two_trips_to_come_elsewhere_stay_each_traveller_s_own(meetings_in):
    text = (
        "Japanese Prime Minister Fumio Kishida will go to Vietnam in April, and Philippine President "
        "Ferdinand Marcos will travel to Indonesia in May."
    )
    found = meetings_in(text)
    assert sorted(len(m.participants) for m in found) == [1, 1]


@pytest.mark.parametrize(
    "host",
    ["President Hakainde Hichilema", "the Head of State"],
)
def test_a_when_clause_on_the_visit_names_who_received_the_visitor(meetings_in, host):
    text = (
        "Zambian President Hakainde Hichilema spoke at length on Friday. The talks came a week after "
        f"Ruto's visit to Zambia on Monday, when he was received by {host} at State House."
    )
    (visit,) = [m for m in meetings_in(text, date(2024, 11, 19)) if "William Ruto" in names(m)]
    assert names(visit) == {"William Ruto", "Hakainde Hichilema"}
    assert visit.kind == "in_person"


def test_a_when_clause_on_the_visit_naming_a_compatriot_is_no_host(meetings_in):
    text = (
        "The talks came a week after Ruto's visit to Zambia on Monday, when he was received by the "
        "Kenyan ambassador Joseph Kamau at the airport."
    )
    (visit,) = [m for m in meetings_in(text, date(2024, 11, 19)) if "William Ruto" in names(m)]
    assert "Hakainde Hichilema" not in names(visit)


@pytest.mark.parametrize(
    ("text", "pair", "month"),
    [
        (
            "Brazilian President Jair Bolsonaro met Biden on Thursday. It was his first trip to the United "
            "States since March 2020, when he dined with Trump in Palm Beach, Florida.",
            {"Jair Bolsonaro", "Donald Trump"},
            date(2020, 3, 1),
        ),
        (
            "Kenyan President William Ruto spoke in Beijing on Tuesday. It was Ruto's first trip to China "
            "since October 2023, when he met Xi at the Great Hall of the People.",
            {"William Ruto", "Xi Jinping"},
            date(2023, 10, 1),
        ),
        (
            "Indian Prime Minister Narendra Modi spoke in Moscow on Monday. It is Modi's first visit to "
            "Russia since September 2019, when he held talks with Putin in Vladivostok.",
            {"Narendra Modi", "Vladimir Putin"},
            date(2019, 9, 1),
        ),
        (
            "Argentine President Javier Milei spoke in Rome on Friday. It was his first trip to Italy since "
            "February, when he was received by Meloni at Palazzo Chigi.",
            {"Javier Milei", "Giorgia Meloni"},
            date(2024, 2, 1),
        ),
    ],
)
def test_a_when_clause_on_the_time_since_a_first_trip_tells_that_time_not_the_trip(
    meetings_in, text, pair, month
):
    # the meeting the clause recalls is met then only: the trip of the news is no meeting with them
    (met,) = [m for m in meetings_in(text, date(2024, 11, 19)) if names(m) == pair]
    assert met.date is not None and met.date.start == month


def test_the_host_of_a_when_clause_joins_the_meeting_of_those_he_hosted(meetings_in):
    meeting = only(
        meetings_in(
            "Peruvian President Dina Boluarte and Ecuadorian President Daniel Noboa last met in "
            "Bogota in 2023, when Colombian President Gustavo Petro hosted them at the Andean summit.",
            published=date(2024, 5, 2),
        )
    )
    assert names(meeting) == {"Dina Boluarte", "Daniel Noboa", "Gustavo Petro"}
    assert meeting.place is not None and meeting.place.country == "Colombia"


def test_a_when_clause_of_a_host_receiving_someone_else_adds_no_one(meetings_in):
    meetings = meetings_in(
        "Peruvian President Dina Boluarte and Ecuadorian President Daniel Noboa last met in "
        "Bogota in 2023, when Colombian President Gustavo Petro hosted the Andean summit.",
        published=date(2024, 5, 2),
    )
    assert all("Gustavo Petro" not in names(m) for m in meetings if "Daniel Noboa" in names(m))


def test_the_host_of_talks_between_two_sides_takes_part_in_them(meetings_in):
    meeting = only(
        meetings_in(
            "The truce followed two days of talks in Doha, on Monday and Tuesday, between Malian "
            "envoy Abdoulaye Maiga, an adviser to the junta, and Algerian negotiator Ahmed Attaf, "
            "hosted by Qatari minister Mohammed Al-Khulaifi.",
            published=date(2024, 5, 2),
        )
    )
    assert {"Abdoulaye Maiga", "Mohammed Al-Khulaifi"} <= names(meeting)


@pytest.mark.parametrize(
    "text",
    [
        "The summit in Lusaka, hosted by Zambian President Hakainde Hichilema, was chaired by Angolan "
        "President Joao Lourenco. Malawian President Lazarus Chakwera and Botswana's President Duma Boko "
        "attended in person.",
        "The summit, hosted by Ghanaian President John Mahama, was chaired by Sierra Leone's President "
        "Julius Maada Bio. Liberian President Joseph Boakai and Togolese President Faure Gnassingbe "
        "attended, while Gambian President Adama Barrow took part by video link.",
    ],
)
def test_those_who_attend_a_meeting_hosted_by_someone_join_that_meeting_with_its_host(meetings_in, text):
    """ "The summit, hosted by C, ...": the participle tells the summit's host, no meeting of C's
    own, so those said to attend it next join the summit, not C alone."""
    meetings = meetings_in(text)
    assert len(meetings) == 1, [sorted(names(m)) for m in meetings]
    assert len(names(meetings[0])) >= 3


@pytest.mark.parametrize(
    "text",
    [
        "Turkish President Recep Tayyip Erdogan said Russian President Vladimir Putin would come to Ankara "
        "next month.",
        "Kenyan President William Ruto agreed to pay a state visit to Kampala in March, and Ugandan "
        "President Yoweri Museveni said the trip would open a new chapter.",
    ],
)
def test_the_visited_country_s_leader_who_tells_of_a_visit_to_come_hosts_it(meetings_in, text):
    meeting = only(meetings_in(text))
    assert meeting.kind == "planned"
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    "text",
    [
        # the speaker is of another country than the one visited
        "French President Emmanuel Macron said Russian President Vladimir Putin would come to Ankara "
        "next month.",
        # the speaker of the country visited is no host
        "Kremlin spokesman Dmitry Peskov said Chinese President Xi Jinping would come to Moscow next month.",
    ],
)
def test_a_speaker_who_is_not_the_visited_country_s_host_adds_no_one(meetings_in, text):
    meeting = only(meetings_in(text))
    assert len(meeting.participants) == 1


def test_a_speaker_who_tells_of_a_trip_of_their_own_hosts_no_visit_to_come(meetings_in):
    text = (
        "Turkish President Recep Tayyip Erdogan said he would visit Russian President Vladimir Putin in "
        "Moscow in May, and that the Russian leader would come to Turkey later in the year."
    )
    coming = [m for m in meetings_in(text) if m.place is not None and m.place.country == "Turkey"]
    assert [[p.name for p in m.participants] for m in coming] == [["Vladimir Putin"]]


# -- hospitality: the one who gave it hosted -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Kazakh President Kassym-Jomart Tokayev recalled that when he met Uzbek President Shavkat "
            "Mirziyoyev in 2022, he had enjoyed the warm hospitality that Mirziyoyev had extended to him.",
            "Uzbekistan",
        ),
        (
            "Kenyan President William Ruto held talks with Ghanaian President John Mahama in 2023 and "
            "praised Mahama's generous hospitality.",
            "Ghana",
        ),
        (
            "Australian Prime Minister Anthony Albanese met New Zealand Prime Minister Christopher "
            "Luxon in 2024, and Luxon thanked him for the hospitality.",
            "Australia",
        ),
    ],
)
def test_a_meeting_is_at_the_home_of_the_one_whose_hospitality_it_tells(meetings_in, text, country):
    meetings = [m for m in meetings_in(text, date(2025, 2, 3)) if len(m.participants) == 2]
    assert meetings
    assert all(m.place is not None and m.place.country == country for m in meetings)


def test_hospitality_of_someone_else_places_no_meeting(meetings_in):
    text = (
        "Kenyan President William Ruto met Ghanaian President John Mahama in 2023, and both praised "
        "the hospitality of the Saudi king."
    )
    meetings = [m for m in meetings_in(text, date(2025, 2, 3)) if len(m.participants) == 2]
    assert meetings
    assert all(m.place is None for m in meetings)


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (  # the "when" clause hung on the visit's noun, the town on the host's verb
            "Aliyev, for his part, came to Georgia on an official visit in May 2021, when Zourabichvili "
            "received him at the Orbeliani Palace in Tbilisi.",
            "Tbilisi",
            "Georgia",
        ),
        (
            "Kagame, for his part, came to Ghana on a state visit in March 2019, when Akufo-Addo hosted "
            "him at Jubilee House in Accra.",
            "Accra",
            "Ghana",
        ),
        (
            "Viktor Orban, for his part, travelled to Turkey on an official visit in May 2019, when Recep "
            "Tayyip Erdogan received him at the presidential complex in Ankara.",
            "Ankara",
            "Turkey",
        ),
        (
            "Modi, for his part, went to Japan on a visit in 2018, when Abe hosted him at a villa in "
            "Yamanashi.",
            "Yamanashi",
            "Japan",
        ),
        (  # the host's act told with no town: the country the visit went to
            "Kagame, for his part, came to Ghana on a state visit in March 2019, when Akufo-Addo hosted "
            "him before both flew to Lome.",
            None,
            "Ghana",
        ),
    ],
)
def test_a_town_named_in_the_when_clause_of_a_visit_places_the_hosts_meeting(
    meetings_in, text, city, country
):
    met = [m for m in meetings_in(text) if len(m.participants) == 2]
    assert met
    assert all(m.place is not None and (m.place.city, m.place.country) == (city, country) for m in met)


@pytest.mark.parametrize(
    ("text", "visitor", "city"),
    [
        (
            "Officials said that King Salman had sent a letter to President Ebrahim Raisi inviting him to "
            "Riyadh, and that Raisi had welcomed the invitation.",
            "Ebrahim Raisi",
            "Riyadh",
        ),
        (
            "Cyril Ramaphosa wrote to Bola Tinubu inviting him to Pretoria, and Tinubu accepted the "
            "invitation.",
            "Bola Tinubu",
            "Pretoria",
        ),
        (
            "Emmanuel Macron invited Joe Biden to visit Paris in a letter, and Biden accepted the "
            "invitation.",
            "Joe Biden",
            "Paris",
        ),
    ],
)
def test_an_accepted_written_invitation_is_the_visitors_trip_alone(meetings_in, text, visitor, city):
    meeting = only(meetings_in(text))
    assert names(meeting) == {visitor}
    assert meeting.kind == "planned"
    assert meeting.place is not None and meeting.place.city == city


def test_an_invitation_in_person_still_has_its_host(meetings_in):
    meeting = only(
        meetings_in("Emmanuel Macron invited Joe Biden to visit Paris, and Biden welcomed the invitation.")
    )
    assert names(meeting) == {"Emmanuel Macron", "Joe Biden"}
    assert meeting.kind == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "King Salman sent a letter to Ebrahim Raisi inviting him to Riyadh.",
        "Emmanuel Macron invited Joe Biden to Paris, and Biden welcomed the guests.",
    ],
)
def test_an_invitation_not_taken_up_sets_no_visit(meetings_in, text):
    assert [m for m in meetings_in(text) if m.kind == "planned"] == []


@pytest.mark.parametrize(
    ("text", "met", "city"),
    [
        (
            "US President Joe Biden spoke on Wednesday. Chancellor Olaf Scholz was received at the Oval "
            "Office on Friday.",
            {"Olaf Scholz", "Joe Biden"},
            "Washington",
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba spoke on Wednesday. On Friday, Chinese Premier Li Qiang "
            "was welcomed at the Kantei.",
            {"Li Qiang", "Shigeru Ishiba"},
            "Tokyo",
        ),
        (
            "French President Emmanuel Macron met Russian President Vladimir Putin in Paris. In May, Macron "
            "had been received at the Kremlin.",
            {"Emmanuel Macron", "Vladimir Putin"},
            "Moscow",
        ),
    ],
)
def test_a_guest_received_at_a_leaders_seat_meets_the_one_leader_named_of_its_country(
    meetings_in, text, met, city
):
    assert (met, city) in [(names(m), m.place and m.place.city) for m in meetings_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        # no leader of the seat's country named
        "Chancellor Olaf Scholz was received at the Oval Office on Friday.",
        # two leaders of the seat's country named: which one received him is not told
        "Russian President Vladimir Putin and Prime Minister Mikhail Mishustin spoke on Monday. Polish "
        "President Andrzej Duda was received at the Kremlin on Tuesday.",
        # a town, not a leader's seat
        "Swiss President Karin Keller-Sutter spoke on Monday. Polish President Andrzej Duda was welcomed "
        "in Davos on Tuesday.",
    ],
)
def test_a_reception_at_a_seat_with_no_one_leader_named_has_no_host(meetings_in, text):
    assert all(len(m.participants) < 2 for m in meetings_in(text))


def test_the_host_of_a_summit_chaired_by_others_is_at_that_summit(meetings_in):
    text = (
        "The summit, hosted by Ghanaian President John Mahama, was co-chaired by Nigerian President "
        "Bola Tinubu and Senegalese President Bassirou Diomaye Faye. Ivorian President Alassane "
        "Ouattara attended in person."
    )
    meeting = only(meetings_in(text, published=date(2025, 3, 14)))
    assert names(meeting) == {"John Mahama", "Bola Tinubu", "Bassirou Diomaye Faye", "Alassane Ouattara"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Nigerian President Bola Tinubu spoke of trade on Monday. On Tuesday the Nigerian leader hosted "
            "Ghanaian President John Mahama.",
            "Nigeria",
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba addressed parliament on Friday. Later, the Japanese "
            "premier welcomed Indonesian President Prabowo Subianto for talks.",
            "Japan",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva opened a summit of mayors on Monday. On Wednesday,"
            " Chilean President Gabriel Boric was received by the Brazilian president.",
            "Brazil",
        ),
    ],
)
def test_a_host_told_by_office_alone_receives_at_home(meetings_in, text, country):
    # "the Nigerian leader hosted B": the one president of Nigeria named before, at home
    met = [m for m in meetings_in(text) if len(m.participants) == 2]
    assert met and all(m.place is not None and m.place.country == country for m in met)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Jordan's King Abdullah II met Chinese Foreign Minister Wang Yi at the Royal Palace.", "Jordan"),
        ("Peruvian President Dina Boluarte met Wang Yi at the Palacio de Gobierno on Tuesday.", "Peru"),
        ("Lebanese Prime Minister Najib Mikati met Abbas Araghchi at the Grand Serail.", "Lebanon"),
        ("Mongolian President Ukhnaagiin Khurelsukh met Turkish Foreign Minister Hakan Fidan at the "
         "State Palace on Tuesday.", "Mongolia"),
        ("Bahrain's Crown Prince and Prime Minister Salman bin Hamad Al Khalifa met British Foreign "
         "Secretary David Lammy at Gudaibiya Palace on Wednesday.", "Bahrain"),
    ],
)  # fmt: skip
def test_a_meeting_at_a_seat_of_office_is_in_the_one_leaders_country(meetings_in, text, country):
    meeting = only(meetings_in(text))
    assert meeting.place is not None and meeting.place.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Tunisian President Kais Saied met Italian Prime Minister Giorgia Meloni at the Palais de "
        "Carthage on Tuesday.",
        "Kenyan President William Ruto met US Secretary of State Antony Blinken at the Palace Hotel.",
    ],
)  # fmt: skip
def test_a_seat_two_leaders_may_hold_or_a_hotel_named_a_palace_places_no_meeting(meetings_in, text):
    meeting = only(meetings_in(text))
    assert meeting.place is None


# -- the one at whose invitation those who met met ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud held talks in "
         "Ankara on Wednesday at the invitation of Turkish President Recep Tayyip Erdogan.",
         "Recep Tayyip Erdogan"),
        ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev sat down in Prague "
         "at the invitation of Czech President Petr Pavel on Thursday.", "Petr Pavel"),
        ("Nikol Pashinyan and Ilham Aliyev met in Astana on Friday at President Kassym-Jomart Tokayev's "
         "invitation.", "Kassym-Jomart Tokayev"),
        ("South Sudan's President Salva Kiir and Sudan's army chief Abdel Fattah al-Burhan will meet in "
         "Nairobi next week at the invitation of Kenyan President William Ruto.", "William Ruto"),
        ("Prime Minister Nikol Pashinyan and President Ilham Aliyev met in Brussels at the invitation of "
         "European Council President Charles Michel.", "Charles Michel"),
    ],
)  # fmt: skip
def test_those_who_met_at_the_invitation_of_one_at_home_there_met_with_the_host(meetings_in, text, host):
    meeting = only(meetings_in(text))
    assert host in names(meeting) and len(names(meeting)) == 3


@pytest.mark.parametrize(
    "text",
    [
        # one of another country than the meeting's
        "Kiir and Burhan met in Addis Ababa on Monday at the invitation of Kenyan President William Ruto.",
        # the invitation of a guest's trip, not of the talks the guest held with another
        "Indian Prime Minister Narendra Modi held talks with Russian Prime Minister Mikhail Mishustin in "
        "Moscow at the invitation of President Vladimir Putin.",
        # the invitation of a clause below, one of those who met
        "Kiir met Burhan, who was in Nairobi at the invitation of Kenyan President William Ruto, on Tuesday.",
    ],
)
def test_an_inviter_elsewhere_or_of_a_trip_or_of_a_clause_below_is_not_at_the_meeting(meetings_in, text):
    meeting = only(meetings_in(text))
    assert len(names(meeting)) == 2


def test_the_subject_a_welcoming_participle_opens_a_clause_of_hosts_the_guest(meetings_in):
    """ "Welcoming the guest, the Head of State noted ...": the participle's host is the one its
    clause is about, and the welcome is in his country."""
    found = meetings_in(
        "President Kassym-Jomart Tokayev received Turkish Foreign Minister Hakan Fidan. Welcoming the "
        "distinguished guest, President Tokayev noted the dynamic development of relations.",
        published=date(2024, 5, 14),
    )
    assert found and all(m.place is not None and m.place.country == "Kazakhstan" for m in found)


def test_a_host_in_a_when_clause_joins_each_meeting_of_the_sentence(meetings_in):
    """The "host" verbs of a sentence are found once for all its meetings; a "when" clause in
    which the two themselves host something adds no one."""
    text = (
        "Lula and Boric met in Bogota in 2023, when Colombian President Gustavo Petro hosted them "
        "at the Amazon summit."
    )
    [met] = meetings_in(text)
    assert {p.name for p in met.participants} == {
        "Luiz Inácio Lula da Silva",
        "Gabriel Boric",
        "Gustavo Petro",
    }
    [alone] = meetings_in("Lula and Boric met in Bogota in 2023, when the two hosted a summit.")
    assert {p.name for p in alone.participants} == {"Luiz Inácio Lula da Silva", "Gabriel Boric"}


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "Barrot was received on Thursday by Chadian President Mahamat Idriss Deby Itno at the "
            "presidential palace.",
            "N'Djamena",
            "Chad",
        ),
        (
            "Wang Yi was received by Ghanaian President John Mahama at the presidential palace.",
            "Accra",
            "Ghana",
        ),
        # a seat with a name of its own may stand outside the capital; no seat: the country alone
        (
            "Wang Yi was received by Turkish President Recep Tayyip Erdogan at the Dolmabahce Palace.",
            "Istanbul",
            "Turkey",
        ),
        ("Wang Yi was received by Kenyan President William Ruto on Monday.", None, "Kenya"),
    ],
)
def test_a_leader_receiving_at_the_seat_of_office_unnamed_receives_in_the_capital(
    meetings_in, text, city, country
):
    (held,) = meetings_in(text, published=date(2024, 11, 29))
    assert held.place is not None and (held.place.city, held.place.country) == (city, country)


@pytest.mark.parametrize(
    "text, guest, host",
    [
        (
            "Kenyan President William Ruto postponed a state visit to Uganda at the invitation of Ugandan "
            "President Yoweri Museveni.",
            "William Ruto",
            "Yoweri Museveni",
        ),
        (
            "A state visit to Paris by Algerian President Abdelmadjid Tebboune, planned at French President "
            "Emmanuel Macron's invitation for the autumn, has been called off.",
            "Abdelmadjid Tebboune",
            "Emmanuel Macron",
        ),
        (
            "A visit to Tokyo by Indonesian President Prabowo Subianto, planned at the invitation of "
            "Japanese Prime Minister Shigeru Ishiba, was cancelled.",
            "Prabowo Subianto",
            "Shigeru Ishiba",
        ),
    ],
)
def test_the_one_at_whose_invitation_a_visit_called_off_was_planned_hosts_it(meetings_in, text, guest, host):
    meeting = only(meetings_in(text))
    assert meeting.kind == "cancelled"
    assert names(meeting) == {guest, host}


def test_a_visit_called_off_at_the_invitation_of_one_of_another_country_has_no_host(meetings_in):
    text = (
        "Kenyan President William Ruto postponed a state visit to Uganda at the invitation of German "
        "Chancellor Olaf Scholz."
    )
    meeting = only(meetings_in(text))
    assert meeting.kind == "cancelled"
    assert names(meeting) == {"William Ruto"}
