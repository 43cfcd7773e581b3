"""Reading the whole article: the day the lead gives a round of meetings."""

from datetime import date

import pytest

from extract.pipeline import extract_texts

ROUND = (
    "On Sunday, NATO Secretary General Mark Rutte held talks with European leaders in Brussels.\n\n"
    "Rutte met with Polish President Andrzej Duda to discuss air defence.\n\n"
)


def test_the_lead_day_of_a_round_of_meetings_dates_the_meetings_told_after_it(meetings_in):
    found = meetings_in(
        ROUND + "He also met with Estonian Prime Minister Kristen Michal.", published=date(2025, 3, 4)
    )
    assert len(found) == 2
    assert {(str(m.date.start), str(m.date.end)) for m in found if m.date} == {("2025-03-02", "2025-03-02")}
    assert all(m.date is not None for m in found)


def test_a_meeting_told_as_background_keeps_no_day(meetings_in):
    text = ROUND + "Rutte had previously met with Estonian Prime Minister Kristen Michal."
    found = meetings_in(text, published=date(2025, 3, 4))
    earlier = [m for m in found if "Kristen Michal" in {p.name for p in m.participants}]
    assert earlier and earlier[0].date is None


def _places(found):
    return {tuple(sorted(p.name for p in m.participants)): m.place for m in found}


def test_a_meeting_placed_in_a_country_takes_the_city_where_its_people_met_others(meetings_in):
    found = meetings_in(
        "Turkish Foreign Minister Hakan Fidan held talks with Egyptian Foreign Minister Badr Abdelatty "
        "on the sidelines of an OIC meeting in Saudi Arabia. Fidan met with Iranian Foreign Minister "
        "Abbas Araghchi in Jeddah on Friday."
    )
    place = _places(found)[("Badr Abdelatty", "Hakan Fidan")]
    assert (place.city, place.country) == ("Jeddah", "Saudi Arabia")


def test_a_city_of_another_country_does_not_place_a_meeting(meetings_in):
    found = meetings_in(
        "Turkish Foreign Minister Hakan Fidan held talks with Egyptian Foreign Minister Badr Abdelatty "
        "in Saudi Arabia. Fidan met with Iranian Foreign Minister Abbas Araghchi in Doha on Friday."
    )
    place = _places(found)[("Badr Abdelatty", "Hakan Fidan")]
    assert (place.city, place.country) == (None, "Saudi Arabia")


@pytest.mark.parametrize(
    ("text", "pair", "country"),
    [
        (
            "Talks between Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida "
            "have now concluded. The two leaders met at the Sabarmati Riverfront Pavilion on Sunday "
            "morning. Kishida got there by plane, a day after arriving in India. In the port city of "
            "Mumbai, he was welcomed by Indian Minister of State Meenakshi Lekhi.",
            ("Fumio Kishida", "Narendra Modi"),
            "India",
        ),
        (
            "Talks between Brazilian President Lula and Argentine President Javier Milei have ended. "
            "The two leaders met at the Itaipu Dam on Sunday. Milei arrived on Saturday. In the city "
            "of Curitiba, he was greeted by Brazilian Foreign Minister Mauro Vieira.",
            ("Javier Milei", "Luiz Inácio Lula da Silva"),
            "Brazil",
        ),
    ],
)
def test_a_meeting_at_a_venue_no_gazetteer_places_is_not_in_the_city_of_a_greeting_on_the_way(
    meetings_in, text: str, pair: tuple[str, str], country: str
):
    place = _places(meetings_in(text, published=date(2024, 5, 5)))[pair]
    assert (place.city, place.country) == (None, country)


def test_the_meeting_told_again_with_its_city_is_held_there(meetings_in):
    found = meetings_in(
        "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met face to face on "
        "Tuesday in Qatar. Sources said the meeting started at 4pm in Doha and went on for 45 minutes."
    )
    place = _places(found)[("Félix Tshisekedi", "Paul Kagame")]
    assert (place.city, place.country) == ("Doha", "Qatar")


def test_a_city_named_in_a_building_is_the_venue(meetings_in):
    found = meetings_in(
        "In front of the main government building in Belgrade, Serbian President Aleksandar Vucic "
        "welcomed Chinese President Xi Jinping on May 8."
    )
    assert [m.place.city for m in found] == ["Belgrade"]


def test_the_lunch_told_again_gives_the_planned_lunch_its_day_and_place(meetings_in):
    found = meetings_in(
        "Brazilian President Luiz Inacio Lula da Silva will have lunch with French President Emmanuel "
        "Macron before he flies home; the lunch is scheduled for Friday in Paris.",
        published=date(2023, 6, 21),
    )
    assert [(m.place.city, str(m.date.start), m.kind) for m in found] == [("Paris", "2023-06-23", "planned")]


def test_the_date_of_what_the_meeting_follows_is_not_its_date(meetings_in):
    found = meetings_in(
        "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Abu Dhabi. "
        "The meeting follows the two nations' agreement on a draft peace deal in March.",
        published=date(2025, 7, 11),
    )
    assert [m.date for m in found] == [None]


def test_the_meeting_named_later_in_the_sentence_is_not_the_one_referred_to(meetings_in):
    found = meetings_in(
        "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met on Tuesday in Qatar. "
        "Sources said the meeting started at 4pm in Doha, thanks to the emir, who had tried in January "
        "to set up a meeting between the two presidents."
    )
    held = [m for m in found if m.kind == "in_person"]
    assert [m.place.city for m in held] == ["Doha"]


def test_the_lead_day_of_a_round_of_meetings_dates_them_where_it_gives_no_place(meetings_in):
    found = meetings_in(
        "On Sunday, UN Secretary-General Antonio Guterres held discussions with regional leaders ahead "
        "of the High-level Week of the UN General Assembly.\n\nGuterres met with Arab League "
        "Secretary-General Ahmed Aboul Gheit to look at how they could cooperate.",
        published=date(2025, 9, 22),
    )
    assert [(str(m.date.start), m.place, m.occasion) for m in found if len(m.participants) == 2] == [
        ("2025-09-21", None, None)
    ]


def test_a_visit_to_another_country_is_kept_beside_a_meeting_elsewhere(meetings_in):
    found = meetings_in(
        "Australian Prime Minister Anthony Albanese met Papua New Guinea's Prime Minister James Marape in "
        "Port Moresby on Wednesday. Albanese recently visited Vanuatu, yet a security partnership could "
        "not be sealed."
    )
    assert sorted((m.kind, m.place.country) for m in found) == [
        ("in_person", "Papua New Guinea"),
        ("visit", "Vanuatu"),
    ]


def test_a_plan_told_without_date_or_place_is_the_meeting_held(meetings_in):
    found = meetings_in(
        "President Bola Tinubu received a warm welcome from South African President Cyril Ramaphosa on "
        "Tuesday in Cape Town. In a statement issued on Sunday, spokesman Bayo Onanuga said Tinubu and "
        "Ramaphosa would discuss bilateral matters.",
        published=date(2024, 12, 4),
    )
    assert [(m.kind, len(m.evidence)) for m in found] == [("in_person", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan and Putin agreed to meet in person soon. Erdogan suggested they meet in Istanbul "
        "next month.",
        "Modi and Xi agreed to hold talks. The two will meet at the SCO summit in Tianjin on Sunday.",
    ],
)
def test_a_plan_told_without_date_or_place_is_the_plan_told_with_them(meetings_in, text):
    found = meetings_in(text, published=date(2025, 8, 27))
    assert [(m.kind, len(m.evidence)) for m in found] == [("planned", 2)]
    assert found[0].place is not None


def test_a_plan_to_meet_again_is_another_meeting(meetings_in):
    found = meetings_in(
        "President Bola Tinubu met South African President Cyril Ramaphosa on Tuesday in Cape Town. "
        "Tinubu and Ramaphosa would meet again to sign the agreements.",
        published=date(2024, 12, 4),
    )
    assert sorted(m.kind for m in found) == ["in_person", "planned"]


def test_people_shown_together_in_a_city_met_there(meetings_in):
    found = meetings_in(
        "Prime Minister Anthony Albanese, second from left, and President Prabowo Subianto, second "
        "from right, dining with their wives in Jakarta on Tuesday\nThe two leaders held talks on Tuesday.",
        published=date(2024, 5, 8),
    )
    place = _places(found)[("Anthony Albanese", "Prabowo Subianto")]
    assert (place.city, place.country) == ("Jakarta", "Indonesia")


def test_the_city_a_person_was_in_places_their_meeting_in_that_country(meetings_in):
    found = meetings_in(
        "Turkish Foreign Minister Hakan Fidan was in Jeddah on Friday. He held talks with Egyptian "
        "Foreign Minister Badr Abdelatty in Saudi Arabia.",
        published=date(2025, 3, 9),
    )
    place = _places(found)[("Badr Abdelatty", "Hakan Fidan")]
    assert (place.city, place.country) == ("Jeddah", "Saudi Arabia")


def test_a_meeting_in_a_province_is_not_placed_in_a_city_of_another_meeting(meetings_in):
    found = meetings_in(
        "Xi met Macron in Beijing on Thursday. The pair met over an informal dinner on Friday in the "
        "southern province of Guangdong.",
        published=date(2023, 4, 8),
    )
    assert sorted((m.place.city or "", m.place.region or "") for m in found) == [
        ("", "Guangdong"),
        ("Beijing", ""),
    ]


def test_a_round_of_meetings_told_with_no_place_is_in_the_dateline_city(meetings_in):
    found = meetings_in(
        "ISLAMABAD: Foreign Minister Shah Mahmood Qureshi held talks with a visiting delegation on "
        "Thursday.\nQureshi met Zalmay Khalilzad on Thursday.",
        published=date(2019, 10, 4),
    )
    place = _places(found)[("Shah Mahmood Qureshi", "Zalmay Khalilzad")]
    assert (place.city, place.country) == ("Islamabad", "Pakistan")


def test_a_photo_of_an_old_meeting_does_not_set_the_scene_of_the_news(meetings_in):
    found = meetings_in(
        "Blinken sits down with Wang Yi for talks in Nusa Dua, Bali, Indonesia, July 9, 2022.\n"
        "US Secretary of State Antony Blinken is meeting on Thursday with top Chinese diplomat Wang Yi.",
        published=date(2023, 7, 12),
    )
    dated = {str(m.date.start): (m.place.city if m.place else None) for m in found}
    assert dated == {"2022-07-09": "Nusa Dua", "2023-07-13": None}


def test_the_day_of_the_next_meeting_does_not_date_the_lead_meeting(meetings_in):
    found = meetings_in(
        "Blinken held discussions with his Chinese counterpart, Wang Yi, who is visiting Washington.\n"
        "The statement said Blinken and Wang Yi will continue their talks on Friday.",
        published=date(2023, 10, 27),
    )
    assert [(m.kind, m.date) for m in found if m.kind == "in_person"] == [("in_person", None)]


def test_those_attending_the_session_named_paragraphs_later_join_it(meetings_in):
    text = (
        "President William Ruto and President Yoweri Museveni held a session of talks at State House "
        "in Nairobi on Sunday.\n\n"
        "The two sides went over trade, energy, the railway line from Mombasa, fisheries on Lake "
        "Victoria, regional security, the situation in South Sudan and in eastern Congo, and the "
        "plans of the East African Community for a common currency in the coming years.\n\n"
        "Ruto thanked Museveni for the visit and said both countries would work to deepen ties in "
        "every field, from farming and tourism to education, health and infrastructure.\n\n"
        "Attending the talks session were Foreign Minister Musalia Mudavadi and Treasury Secretary "
        "John Mbadi.\n\n"
        "Uganda was represented at the session by Foreign Minister Jeje Odongo."
    )
    found = meetings_in(text)
    assert len(found) == 1
    assert {p.name for p in found[0].participants} >= {"William Ruto", "Yoweri Museveni", "Musalia Mudavadi"}
    assert any("Odongo" in p.name for p in found[0].participants)


def test_how_long_a_meeting_lasted_does_not_keep_it_from_the_scene(meetings_in):
    found = meetings_in(
        "Antony Blinken met William Ruto in Nairobi on Monday.\n\n"
        "Blinken and Musalia Mudavadi talked over two days about trade and security."
    )
    later = next(m for m in found if "Musalia Mudavadi" in {p.name for p in m.participants})
    assert later.place is not None and later.place.city == "Nairobi"


def _days(found):
    return {
        tuple(sorted(p.name for p in m.participants)): m.date and (str(m.date.start), str(m.date.end))
        for m in found
    }


def test_the_day_of_a_schedule_dates_the_meeting_it_plans(meetings_in):
    found = meetings_in(
        "On Friday, Kenyan President William Ruto was scheduled to hold talks with Ugandan President "
        "Yoweri Museveni.",
        published=date(2025, 3, 5),
    )
    assert _days(found) == {("William Ruto", "Yoweri Museveni"): ("2025-03-07", "2025-03-07")}


def test_a_meeting_told_in_a_relative_clause_takes_the_date_of_the_event_it_hangs_on(meetings_in):
    found = meetings_in(
        "Their call came after a summit in Rome in April, where Indian Foreign Minister "
        "Subrahmanyam Jaishankar sat down with Portuguese Foreign Minister Paulo Rangel.",
        published=date(2025, 6, 10),
    )
    assert _days(found) == {("Paulo Rangel", "Subrahmanyam Jaishankar"): ("2025-04-01", "2025-04-30")}


def test_the_month_in_which_they_met_is_the_month_named_before_it(meetings_in):
    found = meetings_in(
        "It was the envoys' third round of talks since June, the month in which French President "
        "Emmanuel Macron had also met German Chancellor Friedrich Merz.",
        published=date(2025, 10, 2),
    )
    assert _days(found)[("Emmanuel Macron", "Friedrich Merz")] == ("2025-06-01", "2025-06-30")


def test_a_meeting_held_meanwhile_takes_the_date_of_the_meeting_told_before(meetings_in):
    found = meetings_in(
        "On Tuesday, Kenyan President William Ruto and Ugandan President Yoweri Museveni sat down for "
        "talks. Their wives, Rachel Ruto and Janet Museveni, meanwhile, met at the State House.",
        published=date(2025, 2, 5),
    )
    assert _days(found)[("Janet Museveni", "Rachel Ruto")] == ("2025-02-04", "2025-02-04")


def test_a_meeting_held_meanwhile_is_held_where_the_scene_of_the_news_is(meetings_in):
    found = meetings_in(
        "Ruto arrives in Kampala for talks with Museveni\n"
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni sat down for talks on "
        "Tuesday. Their wives, Rachel Ruto and Janet Museveni, meanwhile, met over lunch.",
        published=date(2025, 2, 5),
    )
    places = {tuple(sorted(p.name for p in m.participants)): m.place for m in found}
    wives = places[("Janet Museveni", "Rachel Ruto")]
    assert wives is not None and (wives.city, wives.country) == ("Kampala", "Uganda")


def test_the_day_named_beside_a_time_of_day_dates_the_meeting(meetings_in):
    found = meetings_in(
        "At noon on Tuesday, Kenyan President William Ruto and Ugandan President Yoweri Museveni sat "
        "down for talks.",
        published=date(2025, 2, 5),
    )
    assert _days(found) == {("William Ruto", "Yoweri Museveni"): ("2025-02-04", "2025-02-04")}


def test_a_meeting_held_the_same_year_is_dated_by_the_year_named_before(meetings_in):
    found = meetings_in(
        "Relations warmed after Ruto took office in September 2022. Kenyan President William Ruto and "
        "Ugandan President Yoweri Museveni first met in Kampala the same year.",
        published=date(2025, 2, 5),
    )
    assert _days(found) == {("William Ruto", "Yoweri Museveni"): ("2022-01-01", "2022-12-31")}


def test_the_day_an_agency_reported_the_lead_meeting_is_not_its_day(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto was received in Kampala by Uganda's President Yoweri Museveni "
        "and prime minister Robinah Nabbanja, the Uganda News Agency reported on Friday.",
        published=date(2025, 2, 8),
    )
    assert [m.date for m in found] == [None]


def test_the_date_since_which_they_had_not_talked_is_not_the_date_of_their_talks(meetings_in):
    found = meetings_in(
        "Ruto and Museveni talk again\n"
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni held phone talks for the "
        "first time since October.",
        published=date(2025, 2, 8),
    )
    # the talks of the news have no day; "since October" tells a call of theirs then
    assert sorted((m.date.start.isoformat() if m.date else "") for m in found) == ["", "2024-10-01"]


def test_an_alleged_meeting_is_the_denied_one_with_its_place(meetings_in):
    found = meetings_in(
        "Kremlin spokesman Dmitry Peskov denied that Emmanuel Macron met with Sergei Lavrov. Peskov was "
        "responding to a report on an alleged meeting of Macron and Lavrov in Geneva."
    )
    assert [(m.kind, m.place.city if m.place else None, len(m.evidence)) for m in found] == [
        ("cancelled", "Geneva", 2)
    ]


def test_someone_who_cancelled_their_attendance_does_not_join_the_meeting(meetings_in):
    text = (
        "Christopher Luxon met Fijian Prime Minister Sitiveni Rabuka in Suva on Tuesday. "
        "Vanuatu's Prime Minister Charlot Salwai cancelled his attendance at the last minute."
    )
    (meeting,) = meetings_in(text, published=date(2024, 8, 28))
    assert {p.name for p in meeting.participants} == {"Christopher Luxon", "Sitiveni Rabuka"}


def test_attending_the_summit_does_not_put_someone_at_a_meeting_held_there(meetings_in):
    text = (
        "Brazilian President Lula da Silva and Argentine President Javier Milei met in Montevideo. "
        "Chilean President Gabriel Boric, who also attended the summit, held talks with Lula on Friday."
    )
    found = meetings_in(text, published=date(2024, 12, 7))
    assert sorted(len(m.participants) for m in found) == [2, 2]


@pytest.mark.parametrize(
    "attended",
    ["also attended the conference", "were present at the ceremony"],
)
def test_those_attending_a_gathering_do_not_join_the_meeting_told_before(meetings_in, attended):
    text = (
        "Ukrainian President Volodymyr Zelensky met Italian Prime Minister Giorgia Meloni in Rome on "
        f"Thursday. German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk {attended}."
    )
    (meeting,) = meetings_in(text, published=date(2025, 7, 10))
    assert {p.name for p in meeting.participants} == {"Volodymyr Zelensky", "Giorgia Meloni"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Prime Minister Fumio Kishida held talks with Australian Prime Minister Anthony Albanese "
            "in Tokyo on Monday. Before the talks, Kishida held a welcome ceremony for Albanese at the "
            "Akasaka Palace. Yuko Kishida and Jodie Haydon were present.",
            {"Fumio Kishida", "Anthony Albanese"},
        ),
        (
            "President Luiz Inacio Lula da Silva received French President Emmanuel Macron in Brasilia on "
            "Thursday. In the evening Lula hosted a state banquet for Macron at the Itamaraty Palace. "
            "Rosangela da Silva and Brigitte Macron were also present.",
            {"Luiz Inácio Lula da Silva", "Emmanuel Macron"},
        ),
        (
            "President Cyril Ramaphosa met Kenyan President William Ruto in Pretoria on Tuesday. Ramaphosa "
            "held an official welcome ceremony for Ruto at the Union Buildings. Naledi Pandor and Musalia "
            "Mudavadi were present.",
            {"Cyril Ramaphosa", "William Ruto"},
        ),
    ],
)
def test_those_present_at_a_ceremony_told_just_before_do_not_join_the_talks(meetings_in, text, pair):
    # "In the evening Lula hosted a banquet for Macron": the same day's meeting told again, which
    # the knowledge base merges; none of its reports takes in those present
    found = meetings_in(text, published=date(2024, 5, 2))
    assert found and all({p.name for p in m.participants} == pair for m in found)


def test_those_present_after_the_talks_themselves_still_join_them(meetings_in):
    text = (
        "President Xi Jinping held talks with Spanish Prime Minister Pedro Sanchez in Beijing on Friday. "
        "Wang Yi and Cai Qi were present."
    )
    (meeting,) = meetings_in(text, published=date(2024, 5, 2))
    assert {"Wang Yi", "Cai Qi"} <= {p.name for p in meeting.participants}


def test_those_a_summit_is_to_be_attended_by_do_not_join_the_talks_told_before(meetings_in):
    text = (
        "Ukrainian President Volodymyr Zelensky met Italian Prime Minister Giorgia Meloni in Rome on "
        "Thursday. The summit opens on Friday and is to be attended by German Chancellor Friedrich Merz."
    )
    (meeting,) = meetings_in(text, published=date(2025, 7, 10))
    assert {p.name for p in meeting.participants} == {"Volodymyr Zelensky", "Giorgia Meloni"}


def test_those_taking_part_in_talks_held_at_a_summit_join_them(meetings_in):
    text = (
        "Ukrainian President Volodymyr Zelensky met Italian Prime Minister Giorgia Meloni in Rome on "
        "Thursday. German Chancellor Friedrich Merz also took part in the talks, held on the sidelines "
        "of the summit."
    )
    (meeting,) = meetings_in(text, published=date(2025, 7, 10))
    assert "Friedrich Merz" in {p.name for p in meeting.participants}


def test_the_source_of_the_news_is_no_party_to_the_meeting_it_names(meetings_in):
    text = (
        "Nigerian President Bola Tinubu met Ghanaian President John Mahama in Abuja on Thursday. "
        "Tinubu praised the talks after the meeting, according to his spokesman Bayo Onanuga."
    )
    found = meetings_in(text, published=date(2025, 3, 14))
    assert all("Bayo Onanuga" not in {p.name for p in m.participants} for m in found)


def test_a_delegation_that_goes_on_to_meet_someone_else_holds_a_meeting_of_its_own(meetings_in):
    text = (
        "Ethiopia in Nairobi\n"
        "Kenyan President William Ruto received Ethiopian Foreign Minister Taye Atske Selassie in "
        "Nairobi on Monday. The Ethiopian delegation, which also includes Finance Minister Ahmed "
        "Shide, later met Kenyan Treasury Secretary John Mbadi."
    )
    found = meetings_in(text, published=date(2024, 9, 3))
    assert ("John Mbadi" in {p.name for p in found[0].participants}) is False
    assert any("John Mbadi" in {p.name for p in m.participants} for m in found[1:])


def test_those_attending_join_the_meeting_not_the_visit_told_within_it(meetings_in):
    text = (
        "Qatar and Kuwait\n"
        "Emir Sheikh Tamim bin Hamad Al Thani received Crown Prince Sheikh Sabah Al-Khalid Al-Sabah "
        "of Kuwait, who is on an official visit to the country.\n\n"
        "The two sides reviewed relations between the two countries and ways to develop them in "
        "trade, investment, energy and culture, and the latest regional developments.\n\n"
        "The meeting was attended by Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and "
        "Kuwaiti Foreign Minister Abdullah Al-Yahya, Minister of Foreign Affairs of Kuwait."
    )
    found = [m for m in meetings_in(text) if len(m.participants) >= 2]
    assert len(found) == 1
    assert {"Tamim bin Hamad Al Thani", "Abdullah Al-Yahya"} <= {p.name for p in found[0].participants}
    visits = [m for m in meetings_in(text) if m.kind == "visit"]
    assert all(m.place is None or m.place.country != "Kuwait" for m in visits)


def test_the_lead_meeting_with_no_venue_is_in_its_dateline_city_not_at_a_later_venue(meetings_in):
    found = meetings_in(
        "SUVA, Fiji, May 3 (Reuters) - Indonesian President Joko Widodo met Fijian Prime Minister "
        "Sitiveni Rabuka on Thursday.\n"
        "The day before, Widodo had held talks with Australian Prime Minister Anthony Albanese in Canberra.",
        published=date(2024, 5, 3),
    )
    places = _places(found)
    widodo_rabuka = places[("Joko Widodo", "Sitiveni Rabuka")]
    assert (widodo_rabuka.city, widodo_rabuka.country) == ("Suva", "Fiji")
    assert places[("Anthony Albanese", "Joko Widodo")].city == "Canberra"


def test_a_guest_on_a_visit_to_the_country_is_not_visiting_his_own(meetings_in):
    found = meetings_in(
        "DOHA, June 4 (AFP) - Emir Tamim bin Hamad Al Thani received President William Ruto of the "
        "Republic of Kenya, who is on a state visit to the country.",
        published=date(2024, 6, 4),
    )
    assert found and all(m.place is not None and m.place.country == "Qatar" for m in found)


def test_a_headline_that_does_not_say_how_is_the_call_the_article_tells(meetings_in):
    text = (
        "Wong speaks to Anwar\n"
        "SINGAPORE, June 4: Prime Minister Lawrence Wong on Tuesday held a telephone conversation "
        "with Malaysian Prime Minister Anwar Ibrahim."
    )
    found = meetings_in(text, published=date(2024, 6, 4))
    assert [(m.kind, m.place) for m in found] == [("phone", None)]


def test_the_speaker_who_tells_who_attended_did_not_attend(meetings_in):
    text = (
        "Ruto receives Kiir\n"
        "Kenyan President William Ruto received South Sudanese President Salva Kiir in Nairobi on "
        "Monday. The meeting was attended by Foreign Minister Musalia Mudavadi, State House "
        "Spokesperson Hussein Mohamed said."
    )
    found = meetings_in(text, published=date(2024, 5, 14))
    attended = [{p.name for p in m.participants} for m in found if len(m.participants) > 2]
    assert attended and all("Musalia Mudavadi" in n and "Hussein Mohamed" not in n for n in attended)


@pytest.mark.parametrize(
    ("attending", "absent"),
    [
        (
            "Jake Sullivan, the security adviser of US President Joe Biden, attended as an observer.",
            "Joe Biden",
        ),
        (
            "Ibrahim Mayaki, an envoy of French President Emmanuel Macron, sat in on the meeting.",
            "Emmanuel Macron",
        ),
    ],
)
def test_the_one_whose_adviser_attended_did_not_attend(meetings_in, attending, absent):
    text = (
        "Ruto receives Museveni\n"
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. "
        + attending
    )
    found = meetings_in(text, published=date(2024, 5, 14))
    attended = [{p.name for p in m.participants} for m in found if len(m.participants) > 2]
    assert attended and all(absent not in n for n in attended)


def test_two_who_attended_named_with_their_offices_both_attended(meetings_in):
    text = (
        "Ruto receives Museveni\n"
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. "
        "The talks were attended by Salva Kiir, the President of South Sudan, and by Samia Suluhu Hassan."
    )
    found = meetings_in(text, published=date(2024, 5, 14))
    attended = [{p.name for p in m.participants} for m in found if len(m.participants) > 2]
    assert attended and all({"Salva Kiir", "Samia Suluhu Hassan"} <= n for n in attended)


def test_the_meeting_described_as_held_somewhere_gives_the_meeting_before_its_place(meetings_in):
    text = (
        "Kenya and Uganda\n"
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Tuesday. "
        "The meeting, held at State House in Nairobi, lasted two hours."
    )
    (meeting,) = meetings_in(text, published=date(2024, 6, 12))
    assert meeting.place is not None and meeting.place.city == "Nairobi"


SUMMIT = (
    "Kenyan President William Ruto met Ghanaian President John Mahama on the sidelines of the African "
    "Union summit in Addis Ababa on Saturday. "
)


def test_a_meeting_in_the_summit_city_on_its_days_is_held_at_the_summit(meetings_in):
    found = meetings_in(
        SUMMIT + "Nigerian President Bola Tinubu, who flew into the Ethiopian capital on Friday, held talks "
        "with Senegalese President Bassirou Diomaye Faye in Addis Ababa on Friday.",
        published=date(2025, 2, 16),
    )
    occasions = {tuple(sorted(p.name for p in m.participants)): m.occasion for m in found}
    held = occasions[("Bassirou Diomaye Faye", "Bola Tinubu")]
    assert held is not None and held.name == "African Union summit"


@pytest.mark.parametrize(
    ("text", "at_the_summit"),
    [
        # told in the past perfect on the day before: the eve of the summit, not held at it
        (
            "Nigerian President Bola Tinubu's trip to Ethiopia had started on Friday, when he was "
            "welcomed by Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.",
            False,
        ),
        # told in the past perfect on the summit's day: at it
        (
            "Nigerian President Bola Tinubu's trip to Ethiopia had started on Saturday, when he was "
            "welcomed by Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.",
            True,
        ),
        # the day before, told in the simple past: the summit's days may have begun, at it
        (
            "On Friday, Nigerian President Bola Tinubu was welcomed by Ethiopian Prime Minister Abiy "
            "Ahmed in Addis Ababa.",
            True,
        ),
    ],
)
def test_a_meeting_told_as_past_by_the_summit_is_not_held_at_it(meetings_in, text, at_the_summit):
    found = meetings_in(SUMMIT + text, published=date(2025, 2, 16))
    occasions = {tuple(sorted(p.name for p in m.participants)): m.occasion for m in found}
    assert (occasions[("Abiy Ahmed", "Bola Tinubu")] is not None) == at_the_summit


def test_a_meeting_in_the_summit_city_weeks_later_is_not_held_at_it(meetings_in):
    found = meetings_in(
        SUMMIT + "Nigerian President Bola Tinubu held talks with Senegalese President Bassirou Diomaye Faye "
        "in Addis Ababa on March 10.",
        published=date(2025, 3, 16),
    )
    occasions = {tuple(sorted(p.name for p in m.participants)): m.occasion for m in found}
    assert occasions[("Bassirou Diomaye Faye", "Bola Tinubu")] is None


TRILATERAL = (
    "Brazilian President Luiz Inacio Lula da Silva, Chilean President Gabriel Boric and Peruvian "
    "President Dina Boluarte held the Brazil-Chile-Peru trilateral summit in Lima on Saturday. "
)


@pytest.mark.parametrize(
    ("text", "at_the_summit"),
    [
        # talks of two of its members in its city that day: talks of the visit, not at the format
        ("Boric also held talks with Boluarte in Lima on Saturday.", False),
        # their own sentence puts them at it
        ("On the sidelines of the summit, Boric held talks with Boluarte.", True),
    ],
)
def test_a_format_named_by_its_countries_is_no_summit_a_meeting_in_its_city_is_held_at(
    meetings_in, text, at_the_summit
):
    found = meetings_in(TRILATERAL + text, published=date(2025, 3, 16))
    occasions = {tuple(sorted(p.name for p in m.participants)): m.occasion for m in found}
    assert (occasions[("Dina Boluarte", "Gabriel Boric")] is not None) == at_the_summit


def test_talks_told_before_the_summit_on_its_day_are_not_held_at_it(meetings_in):
    found = meetings_in(
        "Indian Prime Minister Narendra Modi and Guyanese President Irfaan Ali held talks in Georgetown on "
        "Wednesday. Later on Wednesday, Modi co-chaired the India-CARICOM summit in Georgetown with "
        "Grenada's Prime Minister Dickon Mitchell.",
        published=date(2024, 11, 21),
    )
    occasions = {tuple(sorted(p.name for p in m.participants)): m.occasion for m in found}
    assert occasions[("Irfaan Ali", "Narendra Modi")] is None


def test_the_day_of_talks_at_the_start_of_a_two_day_visit_is_that_day(meetings_in):
    found = meetings_in(
        "Tanzanian President Samia Suluhu Hassan yesterday held talks with Kenyan President Uhuru Kenyatta "
        "at State House in Nairobi at the start of a two-day state visit.",
        published=date(2021, 5, 5),
    )
    assert [(str(m.date.start), str(m.date.end)) for m in found] == [("2021-05-04", "2021-05-04")]


def test_a_meeting_told_as_background_does_not_set_the_scene_of_the_news(meetings_in):
    found = meetings_in(
        "Kuwaiti Foreign Minister Abdullah Al-Yahya held talks with Saudi Foreign Minister Prince Faisal bin "
        "Farhan on Tuesday. The two ministers had last met in Doha on the sidelines of the GCC summit in "
        "December.",
        published=date(2024, 12, 6),
    )
    news = [m for m in found if m.date is not None and m.date.precision == "day"]
    assert [(m.place, m.occasion) for m in news] == [(None, None)]


def test_where_someone_landed_is_where_they_were_received_that_evening(meetings_in):
    found = meetings_in(
        "European Commission President Ursula von der Leyen flew to South America on Thursday. Von der "
        "Leyen, who landed in Montevideo on Thursday afternoon, was received by her host, Uruguayan "
        "President Luis Lacalle Pou, at the Executive Tower that evening.",
        published=date(2024, 12, 6),
    )
    assert [(m.place.city if m.place else None) for m in found] == ["Montevideo"]


def test_the_summit_of_a_meeting_told_as_background_is_not_the_scene_of_the_news(meetings_in):
    found = meetings_in(
        "Saudi crown prince meets Iran's foreign minister\n"
        "DUBAI, Oct 9 (Reuters) - Saudi Crown Prince Mohammed bin Salman met Iranian Foreign Minister Abbas "
        "Araqchi in Riyadh on Wednesday. Araqchi also held talks with Saudi Foreign Minister Prince Faisal "
        "bin Farhan. The two ministers had met only days ago in Doha, on the margins of the Asia "
        "Cooperation Dialogue summit there last week.",
        published=date(2024, 10, 9),
    )
    in_riyadh = [m for m in found if m.place is not None and m.place.city == "Riyadh"]
    assert len(in_riyadh) == 2
    assert all(m.occasion is None for m in in_riyadh)


def test_where_a_title_says_its_person_arrived_places_their_meeting_there(meetings_in):
    found = meetings_in(
        "Iranian President Masoud Pezeshkian met Kurdish leader Nechirvan Barzani in Erbil on Thursday. "
        "The Iranian president arrived in Baghdad on Wednesday. He was welcomed by Iraqi Prime Minister "
        "Mohammed Shia al-Sudani, and the two leaders then held talks.",
        published=date(2024, 9, 12),
    )
    places = {tuple(sorted(p.name for p in m.participants)): m.place for m in found}
    held = places[("Masoud Pezeshkian", "Mohammed Shia al-Sudani")]
    assert held is not None and held.city == "Baghdad"


def test_those_attending_a_meeting_told_again_join_every_telling_of_it(meetings_in):
    text = (
        "President Kais Saied received Egyptian President Abdel Fattah al-Sisi in Tunis on Monday. "
        "The two leaders discussed trade and security. "
        "The meeting was attended by Foreign Minister Nabil Ammar "
        "and Egyptian Foreign Minister Sameh Shoukry."
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 5))
    assert len(meeting.participants) == 4
    assert (meeting.place.city if meeting.place else None, meeting.date and meeting.date.start) == (
        "Tunis",
        date(2024, 3, 4),
    )


@pytest.mark.parametrize(
    "second",
    [
        "They were joined by Defence Minister Bill Blair.",
        "The two leaders were accompanied by Defence Minister Bill Blair.",
        "The meeting also included Defence Minister Bill Blair.",
        "Defence Minister Bill Blair also took part in the talks.",
    ],
)
def test_those_joining_the_pair_or_taking_part_join_the_meeting(meetings_in, second):
    text = f"Prime Minister Justin Trudeau met President Volodymyr Zelenskyy in Ottawa on Friday. {second}"
    (meeting,) = meetings_in(text, published=date(2023, 9, 23))
    assert {p.name for p in meeting.participants} >= {"Justin Trudeau", "Bill Blair"}


def test_a_list_that_includes_someone_does_not_put_them_at_the_meeting(meetings_in):
    text = (
        "Chancellor Olaf Scholz met President Lula in Brasilia on Monday. "
        "The sanctions list included Foreign Minister Sergey Lavrov."
    )
    (meeting,) = meetings_in(text, published=date(2023, 1, 31))
    assert "Sergey Lavrov" not in {p.name for p in meeting.participants}


def test_meetings_of_a_round_told_at_an_occasion_take_it_even_placed_or_dated_without_a_year(meetings_in):
    text = (
        "Chinh in Vientiane\n"
        "VIENTIANE, October 10 (VNA) - On the sidelines of the ASEAN Summit in the Lao capital, Prime "
        "Minister Pham Minh Chinh held a series of bilateral meetings with regional leaders.\n"
        "On October 9, Chinh met Thai Prime Minister Paetongtarn Shinawatra in Vientiane.\n"
        "On October 10, Chinh met with Japanese Prime Minister Shigeru Ishiba."
    )
    found = meetings_in(text, published=None)
    assert {
        m.participants[-1].name: (m.place and m.place.city, m.occasion and m.occasion.name) for m in found
    } == {
        "Paetongtarn Shinawatra": ("Vientiane", "ASEAN summit"),
        "Shigeru Ishiba": ("Vientiane", "ASEAN summit"),
    }


def test_a_meeting_placed_at_the_scene_of_a_two_leader_lead_keeps_no_occasion(meetings_in):
    text = (
        "BANGKOK, April 4 (PTI) - Narendra Modi met Muhammad Yunus here on the sidelines of the "
        "BIMSTEC summit.\n"
        "Modi, who arrived in Bangkok on Thursday, also met Myanmar's leader Min Aung Hlaing in Bangkok."
    )
    found = meetings_in(text, published=None)  # undated: no summit of the same days to be at
    other = [m for m in found if "Min Aung Hlaing" in {p.name for p in m.participants}]
    assert other and all(m.occasion is None for m in other)


def test_speaking_to_someone_after_a_call_with_them_is_that_call(meetings_in):
    text = (
        "Prime Minister Narendra Modi on Wednesday held a telephone conversation with Ukrainian "
        "President Volodymyr Zelensky. Hours later, the Prime Minister spoke to Zelensky again."
    )
    kinds = {m.kind for m in meetings_in(text, published=date(2024, 3, 20))}
    assert kinds == {"phone"}


def test_talks_told_face_to_face_after_a_call_are_in_person(meetings_in):
    text = (
        "Xi Jinping and Vladimir Putin held a video call on Friday. Earlier, Putin and Xi held "
        "face-to-face talks in mid-September."
    )
    kinds = sorted(m.kind for m in meetings_in(text, published=date(2022, 12, 30)))
    assert kinds == ["in_person", "video"]


def test_a_headline_of_three_is_the_calls_the_article_tells_one_by_one(meetings_in):
    text = (
        "PM Modi speaks to Putin, Zelensky\n"
        "Prime Minister Narendra Modi on Wednesday held separate telephone conversations with Russian "
        "President Vladimir Putin and Ukrainian President Volodymyr Zelensky."
    )
    found = meetings_in(text, published=date(2024, 3, 20))
    assert sorted((m.kind, len(m.participants)) for m in found) == [("phone", 2), ("phone", 2)]


def test_those_expected_to_take_part_later_do_not_join_the_talks_held(meetings_in):
    text = (
        "Kazakh President Kassym-Jomart Tokayev held talks with Russian President Vladimir Putin in Astana "
        "on Thursday. Later on Thursday, the two presidents are expected to take part in the session of "
        "the CSTO Collective Security Council, together with Belarusian President Alexander Lukashenko."
    )
    held = [m for m in meetings_in(text, published=date(2024, 11, 28)) if m.kind == "in_person"]
    assert [{p.name for p in m.participants} for m in held] == [{"Kassym-Jomart Tokayev", "Vladimir Putin"}]


@pytest.mark.parametrize(
    ("venue", "city"), [("the Presidential Complex", "Ankara"), ("the Akkuyu Plant", None)]
)
def test_a_building_no_table_places_stands_in_the_dateline_city_of_the_news(meetings_in, venue, city):
    text = (
        "ANKARA (AA) - Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed "
        "agreed on Wednesday to end their dispute after talks in the Turkish capital.\n"
        f"Erdogan first received Mohamud separately at {venue}."
    )
    found = meetings_in(text, published=date(2024, 12, 12))
    received = [m for m in found if "Recep Tayyip Erdogan" in {p.name for p in m.participants}]
    assert [m.place.city if m.place else None for m in received] == [city]


@pytest.mark.parametrize(("day", "city"), [("on Saturday", "Beijing"), ("next month", None)])
def test_a_meeting_planned_for_the_next_days_by_someone_of_the_scene_is_held_there(meetings_in, day, city):
    text = (
        "Pakistani Prime Minister Shehbaz Sharif met Chinese President Xi Jinping in Beijing on Friday.\n"
        f"Sharif is scheduled to meet Chinese Premier Li Qiang {day}."
    )
    found = meetings_in(text, published=date(2024, 6, 7))
    planned = [m for m in found if "Li Qiang" in {p.name for p in m.participants}]
    assert [m.place.city if m.place else None for m in planned] == [city]


def test_a_plan_with_a_third_country_away_from_a_gathering_is_not_held_at_the_scene(meetings_in):
    text = (
        "Ruto meets Ethiopian premier in Addis Ababa\n\n"
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday "
        "to discuss trade.\n\nThe two leaders discussed energy and security.\n\n"
        "On Thursday, the President travels to Kampala. On Friday, he will be received by Ugandan "
        "President Yoweri Museveni for bilateral talks."
    )
    found = meetings_in(text, published=date(2024, 11, 26))
    planned = [m for m in found if "Yoweri Museveni" in {p.name for p in m.participants}]
    assert planned and all(m.place is None or m.place.city != "Addis Ababa" for m in planned)


@pytest.mark.parametrize("when", ["the day before the summit opened", "the day after the summit closed"])
def test_a_meeting_on_a_day_counted_from_the_summit_is_at_the_scene_not_the_summit(meetings_in, when):
    text = (
        "ADDIS ABABA, Feb. 18 (Xinhua) -- Moussa Faki Mahamat on Saturday met Kenyan President William "
        "Ruto on the sidelines of the African Union summit.\n"
        f"Faki also met Antonio Guterres {when}."
    )
    found = meetings_in(text, published=date(2024, 2, 18))
    met = [m for m in found if "António Guterres" in {p.name for p in m.participants}]
    assert [(m.place.city if m.place else None, m.occasion) for m in met] == [("Addis Ababa", None)]


def test_those_attending_a_cabinet_meeting_do_not_join_the_talks_told_before(meetings_in):
    text = (
        "Romanian President Nicusor Dan had separate meetings in Chisinau on Tuesday with Prime Minister "
        "Dorin Recean and with the Speaker of Parliament, Igor Grosu. Moldovan President Maia Sandu last "
        "travelled to Bucharest in March, where she met interim president Ilie Bolojan.\n\nEarlier on "
        "Tuesday, Recean chaired the weekly cabinet meeting, attended by Grosu, which approved a package "
        "of measures on gas prices."
    )
    found = meetings_in(text, published=date(2025, 6, 10))
    (bucharest,) = [m for m in found if "Maia Sandu" in {p.name for p in m.participants}]
    assert {p.name for p in bucharest.participants} == {"Maia Sandu", "Ilie Bolojan"}


def test_one_who_attended_the_meetings_joins_none_of_them_alone(meetings_in):
    text = (
        "Chinese President Xi Jinping met separately with Ghanaian President Nana Akufo-Addo and Togolese "
        "President Faure Gnassingbe on Monday. Foreign Minister Wang Yi attended the meetings."
    )
    found = meetings_in(text, published=date(2024, 9, 3))
    assert all("Wang Yi" not in {p.name for p in m.participants} for m in found)


@pytest.mark.parametrize(
    "second",
    [
        "Foreign Ministers Hakan Fidan and Sergei Lavrov also sat in on the talks.",
        "Foreign Ministers Hakan Fidan and Sergei Lavrov also sat in on the leaders' talks.",
        "Foreign Ministers Hakan Fidan and Sergei Lavrov also took part in Monday's meeting.",
    ],
)
def test_those_who_sat_in_on_the_talks_or_took_part_in_the_days_meeting_join_it(meetings_in, second):
    text = (
        f"Russian President Vladimir Putin hosted Turkish President Recep Tayyip Erdogan in Sochi. {second}"
    )
    (meeting,) = meetings_in(text, published=date(2023, 9, 5))
    assert {p.name for p in meeting.participants} == {
        "Vladimir Putin",
        "Recep Tayyip Erdogan",
        "Hakan Fidan",
        "Sergey Lavrov",
    }


def test_those_taking_part_in_the_days_meeting_join_that_days_not_the_one_told_last(meetings_in):
    text = (
        "Swedish Prime Minister Ulf Kristersson met Turkish President Recep Tayyip Erdogan in Vilnius on "
        "Monday. Kristersson was received by Biden at the White House last Wednesday. Swedish Foreign "
        "Minister Tobias Billstrom and Turkish Foreign Minister Hakan Fidan also took part in Monday's "
        "meeting."
    )
    found = meetings_in(text, published=date(2023, 7, 11))
    vilnius = next(m for m in found if m.place is not None and m.place.city == "Vilnius")
    assert {"Tobias Billström", "Hakan Fidan"} <= {p.name for p in vilnius.participants}
    assert len(found) == 2


def test_those_who_sat_in_on_the_leaders_talks_join_the_leaders_not_the_ministers_told_since(meetings_in):
    text = (
        "Turkish President Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday. Turkish "
        "Foreign Minister Hakan Fidan travelled to Moscow last Thursday and held talks with Sergei Lavrov. "
        "Fidan and Lavrov also sat in on the leaders' talks in Sochi."
    )
    found = meetings_in(text, published=date(2023, 9, 5))
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Hakan Fidan", "Recep Tayyip Erdogan", "Sergey Lavrov", "Vladimir Putin"],
        ["Hakan Fidan", "Sergey Lavrov"],
    ]


def test_a_meeting_placed_only_in_the_country_of_the_dateline_is_in_the_dateline_city(meetings_in):
    text = (
        "JAKARTA, Sept. 5 (Kyodo) -- Japanese Prime Minister Fumio Kishida held talks Tuesday with Chinese "
        "Premier Li Qiang on the fringes of the ASEAN-related summits in Indonesia.\n\n"
        "The two had last met in Indonesia in 2022."
    )
    found = meetings_in(text, published=date(2023, 9, 5))
    news = [m for m in found if m.date and m.date.start == date(2023, 9, 5)]
    assert news and (news[0].place.city, news[0].place.country) == ("Jakarta", "Indonesia")
    background = [m for m in found if m.date and m.date.start.year == 2022]
    assert all(m.place is None or m.place.city is None for m in background)


def test_a_building_named_in_its_own_language_stands_in_the_dateline_city(meetings_in):
    text = (
        "Santiago, March 4, 2024 (EFE) - Presidents Gabriel Boric and Javier Milei held a meeting this "
        "Monday at the Palacio de La Moneda, where they signed agreements."
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 4))
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == ("Santiago", "Chile")


def test_a_headline_venue_and_the_town_the_article_gives_it_are_one_meeting(meetings_in):
    text = (
        "Biden, Xi hold talks at Filoli Estate\n"
        "WASHINGTON, Nov. 15 (AP) -- U.S. President Joe Biden on Wednesday held talks with Chinese "
        "President Xi Jinping at the Filoli Estate in Woodside, a town south of San Francisco."
    )
    (meeting,) = meetings_in(text, published=date(2023, 11, 16))
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == (
        "Woodside",
        "United States",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruto meets Museveni, Kagame on EAC sidelines\n\nARUSHA (Reuters) - Kenyan President William "
            "Ruto held a string of meetings on the sidelines of the East African Community summit in "
            "Arusha. On Wednesday, Ruto met Ugandan President Yoweri Museveni. On Thursday, Ruto held "
            "talks with Rwandan President Paul Kagame.",
            {("Museveni", "Ruto"): "2024-03-06", ("Kagame", "Ruto"): "2024-03-07"},
        ),
        (
            "Scholz meets Meloni, Sanchez in Brussels\n\nBRUSSELS (AP) - German Chancellor Olaf Scholz "
            "held a series of meetings with European leaders in Brussels this week. On Tuesday, Scholz "
            "met Italian Prime Minister Giorgia Meloni. On Wednesday, he held talks with Spanish Prime "
            "Minister Pedro Sanchez.",
            {("Meloni", "Scholz"): "2024-03-05", ("Scholz", "Sánchez"): "2024-03-06"},
        ),
    ],
)
def test_each_meeting_a_headline_lists_is_the_one_the_article_tells_on_its_own_day(
    meetings_in, text, expected
):
    found = meetings_in(text, published=date(2024, 3, 8))
    told = [
        (tuple(sorted(p.name.split()[-1] for p in m.participants)), m.date and str(m.date.start))
        for m in found
    ]
    assert sorted(told) == sorted(expected.items())


@pytest.mark.parametrize(("day", "city"), [("On April 15", "Hanoi"), ("In April", None)])
def test_with_no_publication_date_a_plan_for_a_day_without_its_year_is_held_at_the_scene(
    meetings_in, day, city
):
    text = (
        "Vietnamese President Luong Cuong held talks with Chinese President Xi Jinping "
        "in Hanoi on April 14.\n"
        f"{day} Xi is scheduled to meet Vietnamese Prime Minister Pham Minh Chinh."
    )
    found = meetings_in(text, published=None)
    planned = [m for m in found if "Pham Minh Chinh" in {p.name for p in m.participants}]
    assert [m.place.city if m.place else None for m in planned] == [city]


def test_one_called_to_be_briefed_on_the_trip_was_not_on_it(meetings_in):
    text = (
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Sunday. "
        "Before leaving Tokyo, Kishida spoke by phone with Joe Biden on Friday to brief him on the trip."
    )
    found = meetings_in(text, published=date(2023, 5, 7))
    seoul = next(m for m in found if m.place is not None and m.place.city == "Seoul" and m.date is not None)
    assert {p.name for p in seoul.participants} == {"Fumio Kishida", "Yoon Suk Yeol"}


@pytest.mark.parametrize(
    "headline",
    [
        "Kenya and Uganda agree to reopen border after Tanzanian-brokered talks in Arusha",
        "East African leaders hold border talks in Arusha",
    ],
)
def test_the_day_of_the_dateline_lead_dates_the_meetings_of_a_headline_that_names_no_one(
    meetings_in, headline: str
) -> None:
    text = (
        f"{headline}\n\n"
        "ARUSHA, May 8 (Reuters) - The two neighbours agreed on Wednesday to reopen their shared border, "
        "officials said.\n\n"
        "Tanzanian President Samia Suluhu Hassan held separate meetings with Kenyan President William Ruto "
        "and Ugandan President Yoweri Museveni at State House before the three leaders sat down together."
    )
    found = meetings_in(text, published=date(2024, 5, 8))
    assert found and all(m.date is not None and str(m.date.start) == "2024-05-08" for m in found)


def test_the_days_the_lead_gives_one_of_the_people_date_their_undated_meeting(meetings_in) -> None:
    found = meetings_in(
        "Chinese envoy Li Hui met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv. "
        "On Tuesday and Wednesday, Li toured the capital and its suburbs.",
        published=date(2023, 5, 18),
    )
    assert [(str(m.date.start), str(m.date.end)) for m in found if m.date] == [("2023-05-16", "2023-05-17")]


def test_the_day_of_someone_s_stay_moves_on_with_the_meetings_told_of_them(meetings_in) -> None:
    found = meetings_in(
        "Indonesian President Prabowo Subianto arrived in Tokyo on Sunday evening. "
        "On Monday morning, Prabowo called on Emperor Naruhito at the Imperial Palace. "
        "Prabowo also held separate meetings with Japanese Prime Minister Shigeru Ishiba and "
        "Foreign Minister Takeshi Iwaya.",
        published=date(2024, 12, 10),
    )
    days = {tuple(sorted(p.name for p in m.participants)): str(m.date.start) for m in found if m.date}
    assert days[("Prabowo Subianto", "Shigeru Ishiba")] == "2024-12-09"
    assert days[("Prabowo Subianto", "Takeshi Iwaya")] == "2024-12-09"


def test_the_day_a_dateline_lede_gives_the_news_dates_the_signing_told_after_it(meetings_in) -> None:
    found = meetings_in(
        "NAIROBI, March 7 (Reuters) - Sudan and South Sudan signed an oil transit deal in Nairobi on "
        "Thursday.\n\nSudanese Foreign Minister Ali Youssef held talks with South Sudanese Foreign Minister "
        "Ramadan Goc in Nairobi before the signing ceremony.",
        published=date(2024, 3, 7),
    )
    assert found and all(m.date is not None and str(m.date.start) == "2024-03-07" for m in found)


def test_a_summit_pointed_back_to_is_the_one_told_before_with_its_day_place_and_chairs(meetings_in) -> None:
    found = meetings_in(
        "Today's video call comes a month after the joint ECOWAS-ECCAS summit in Lomé on May 4, which "
        "Togolese President Faure Gnassingbé co-chaired with Gabon's President Brice Oligui Nguema. "
        "That summit, hosted by Gnassingbé, was attended in person by Ghana's President John Mahama.",
        published=date(2025, 6, 5),
    )
    summit = next(m for m in found if "John Mahama" in {p.name for p in m.participants})
    assert {"Faure Gnassingbé", "Brice Oligui Nguema"} <= {p.name for p in summit.participants}
    assert summit.date is not None and str(summit.date.start) == "2025-05-04"
    assert summit.place is not None and (summit.place.city, summit.place.country) == ("Lomé", "Togo")


@pytest.mark.parametrize(
    "told",
    [
        "The Turkic States summit was held in Astana on Friday under the chairmanship of the President of "
        "Kazakhstan Kassym-Jomart Tokayev.",
        "The Turkic States summit was chaired by President Kassym-Jomart Tokayev in Astana on Friday.",
    ],
)
def test_the_chair_of_a_summit_told_before_takes_part_in_it(meetings_in, told) -> None:
    found = meetings_in(
        f"{told} The summit was attended by Azerbaijani President Ilham Aliyev and Kyrgyz President Sadyr "
        "Japarov.",
        published=date(2024, 6, 8),
    )
    summit = next(m for m in found if "Ilham Aliyev" in {p.name for p in m.participants})
    assert "Kassym-Jomart Tokayev" in {p.name for p in summit.participants}


def test_a_summit_held_under_a_country_s_chairmanship_has_no_chair_to_add(meetings_in) -> None:
    found = meetings_in(
        "The summit was held in Astana on Friday under the chairmanship of Kazakhstan. The summit was "
        "attended by Azerbaijani President Ilham Aliyev and Kyrgyz President Sadyr Japarov.",
        published=date(2024, 6, 8),
    )
    assert [sorted(p.name for p in m.participants) for m in found] == [["Ilham Aliyev", "Sadyr Japarov"]]


def test_a_summit_named_only_as_a_place_in_a_sentence_takes_nothing_from_one_told_before(meetings_in) -> None:
    found = meetings_in(
        "Modi held talks with Russian President Vladimir Putin in Kazan on Tuesday, on the sidelines of the "
        "BRICS summit. Modi will return to New Delhi on Wednesday after attending the plenary session of the "
        "summit.",
        published=date(2024, 10, 23),
    )
    assert [sorted(p.name for p in m.participants) for m in found] == [["Narendra Modi", "Vladimir Putin"]]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Narendra Modi met President Joe Biden at the White House on Monday. "
        "Modi was accompanied by his brother Prahlad Modi and External Affairs Minister S Jaishankar.",
        "President Lee Jae-myung held talks with Prime Minister Shigeru Ishiba in Tokyo on Saturday. "
        "Chief of staff Kang Hoon-sik and national security adviser Wi Sung-lac accompanied Lee on the trip.",
        "Prime Minister Anthony Albanese met President Prabowo Subianto in Jakarta on Thursday. "
        "Albanese was accompanied throughout by Foreign Minister Penny Wong.",
    ],
)
def test_those_who_came_along_with_one_of_them_are_not_at_the_meeting(meetings_in, text):
    (meeting,) = meetings_in(text, published=date(2024, 3, 5))
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    "second",
    [
        "He will not attend Tuesday's meeting himself. The Ukrainian delegation will be led by "
        "Foreign Minister Andrii Sybiha and Defence Minister Rustem Umerov.",
        "The Ukrainian delegation will include Foreign Minister Andrii Sybiha when the talks resume.",
    ],
)
def test_a_delegation_line_up_still_to_come_does_not_join_the_meeting_held(meetings_in, second):
    text = f"President Volodymyr Zelensky held talks with Mohammed bin Salman in Jeddah on Monday. {second}"
    (meeting,) = meetings_in(text, published=date(2025, 3, 10))
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    "rest",
    [
        "The forum is chaired this year by Prime Minister Mark Brown. "
        "New Zealand is represented by Foreign Minister Nanaia Mahuta.",
        "Relations have warmed since August. Foreign Minister Penny Wong was present.",
    ],
)
def test_attendance_told_after_another_sentence_without_naming_the_meeting_is_not_at_it(meetings_in, rest):
    text = f"Prime Minister Anthony Albanese held talks with Xi Jinping in Beijing on Monday. {rest}"
    (meeting,) = meetings_in(text, published=date(2023, 11, 8))
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni at the EAC summit in Arusha "
            "on Saturday. The two leaders last sat down together at the summit in Nairobi in May 2023.",
            "Nairobi",
        ),
        (
            "Indian Prime Minister Narendra Modi met Sri Lankan President Anura Kumara Dissanayake at the "
            "BIMSTEC summit in Bangkok on Friday. The two leaders last held talks in Colombo in 2022.",
            "Colombo",
        ),
        (
            "Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah II in Cairo on Sunday. "
            "Sisi had welcomed the king in El Alamein in August.",
            "El Alamein",
        ),
    ],
)
def test_a_meeting_told_as_last_held_or_in_the_past_perfect_is_background(meetings_in, text, city):
    found = meetings_in(text)
    assert len(found) == 2
    news, before = found
    assert not news.background and before.background
    assert before.place is not None and before.place.city == city
    assert before.occasion is None  # "the summit" of a meeting of the past is not the news's summit


def test_a_reference_of_the_news_is_to_the_news_not_to_a_meeting_of_its_past(meetings_in):
    found = meetings_in(
        "Russian President Vladimir Putin held talks with Indian Prime Minister Narendra Modi in Kazan on "
        "Tuesday. Jaishankar made a visit in July, when he was received by Putin at the Kremlin. Modi, asked "
        "at a news conference after the talks whether he still considered Putin a friend, said: Yes.",
        published=date(2024, 11, 19),
    )
    assert [sorted(p.name for p in m.participants) for m in found] == [
        ["Narendra Modi", "Vladimir Putin"],
        ["Subrahmanyam Jaishankar", "Vladimir Putin"],
    ]


def test_those_present_in_a_sentence_of_the_news_attend_no_meeting_of_its_past(meetings_in):
    found = meetings_in(
        "French President Emmanuel Macron held talks with Indian Prime Minister Narendra Modi by video link "
        "on Monday. The two leaders had met in New Delhi in January. Foreign Minister Jean-Noel Barrot and "
        "Finance Minister Bruno Le Maire were present at the Elysee.",
        published=date(2024, 11, 19),
    )
    assert [len(m.participants) for m in found] == [2, 2]


@pytest.mark.parametrize(
    "lead",
    [
        "NAIROBI, March 4 (Reuters) - Kenyan President William Ruto met Yoweri Museveni and Paul Kagame "
        "on Monday during a two-day trip to Kampala and Kigali, officials said.",
        "NAIROBI, March 4 (Reuters) - Kenyan President William Ruto held talks with Yoweri Museveni and "
        "Paul Kagame on Monday in a one-day tour of Kampala and Kigali.",
        "NAIROBI (AFP) - Kenyan President William Ruto met Ugandan President Yoweri Museveni and Rwandan "
        "President Paul Kagame on a whirlwind tour of Uganda and Rwanda.",
    ],
)
def test_a_lead_told_on_a_tour_of_other_places_is_not_in_the_dateline_city(meetings_in, lead):
    found = meetings_in(lead, published=date(2024, 3, 4))
    assert len(found) == 2
    assert all(m.place is None or m.place.city != "Nairobi" for m in found)


def test_a_lead_told_on_a_tour_through_the_dateline_city_stays_there(meetings_in):
    found = meetings_in(
        "KAMPALA, March 4 (Reuters) - Kenyan President William Ruto met Ugandan President Yoweri "
        "Museveni on Monday during a two-day trip to Kampala and Kigali, officials said.",
        published=date(2024, 3, 4),
    )
    assert found and all(m.place is not None and m.place.city == "Kampala" for m in found)


SIDES = (
    "Kenyan President William Ruto received Ugandan President Yoweri Museveni at State House in "
    "Nairobi on Friday.\n\n"
)


def test_the_ministers_of_the_two_sides_meet_where_their_leaders_do(meetings_in):
    found = meetings_in(
        SIDES + "Kenyan Foreign Minister Musalia Mudavadi held a separate meeting with Ugandan Foreign "
        "Minister Jeje Odongo, who accompanied Museveni.",
        published=date(2024, 6, 8),
    )
    ministers = [m for m in found if "Musalia Mudavadi" in {p.name for p in m.participants}]
    assert ministers and all(m.place is not None and m.place.city == "Nairobi" for m in ministers)


def test_ministers_of_other_countries_do_not_meet_where_the_leaders_do(meetings_in):
    found = meetings_in(
        SIDES + "Tanzanian Foreign Minister January Makamba held a separate meeting with Rwandan Foreign "
        "Minister Vincent Biruta.",
        published=date(2024, 6, 8),
    )
    ministers = [m for m in found if "January Makamba" in {p.name for p in m.participants}]
    assert ministers and all(m.place is None for m in ministers)


def _met(found, name):
    return [m for m in found if name in {p.name for p in m.participants}]


def test_a_guest_meeting_a_third_countrys_leader_is_not_at_the_scene(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto met Pope Francis at the Vatican on Monday. Ruto also met Italian "
        "Prime Minister Giorgia Meloni.",
        published=date(2024, 6, 4),
    )
    assert _met(found, "Giorgia Meloni") and all(m.place is None for m in _met(found, "Giorgia Meloni"))


_VISIT_TO_KENYA = (
    "Tanzanian President Samia Suluhu Hassan wrapped up a two-day state visit to Kenya on Tuesday. On "
    "Tuesday, Hassan had separate meetings with Deputy President Rigathi Gachagua and Prime Cabinet "
    "Secretary Musalia Mudavadi."
)


@pytest.mark.parametrize(
    ("dateline", "city"), [("NAIROBI (Reuters) - ", "Nairobi"), ("LONDON (Reuters) - ", None)]
)
def test_a_scene_told_by_its_country_is_the_dateline_city_in_it(meetings_in, dateline, city):
    found = meetings_in(dateline + _VISIT_TO_KENYA, published=date(2024, 3, 6))
    assert {(m.place and m.place.city, m.place and m.place.country) for m in found} == {(city, "Kenya")}


@pytest.mark.parametrize(
    ("text", "official", "city"),
    [
        (
            "CAIRO (Reuters) - Brazilian President Lula held talks with Egyptian President Abdel Fattah "
            "al-Sisi in Cairo on Thursday. Earlier on Thursday, Lula sat down with Arab League "
            "Secretary-General Ahmed Aboul Gheit.",
            "Ahmed Aboul Gheit",
            "Cairo",
        ),
        (
            "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala on "
            "Monday. Ruto also met African Union Commission chairperson Moussa Faki Mahamat.",
            "Moussa Faki Mahamat",
            "Kampala",
        ),
        (
            "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in "
            "Tokyo on Saturday. Modi also met UN Secretary-General Antonio Guterres.",
            "António Guterres",
            "Tokyo",
        ),
    ],
)
def test_a_guest_meeting_an_international_bodys_official_is_at_the_scene(meetings_in, text, official, city):
    found = _met(meetings_in(text, published=date(2024, 2, 16)), official)
    assert [m.place and m.place.city for m in found] == [city]


@pytest.mark.parametrize(
    ("text", "other", "city"),
    [
        (
            "Kenyan President William Ruto met Chinese President Xi Jinping on the sidelines of the BRICS "
            "summit in Kazan on Tuesday. Ruto also met Brazilian President Luiz Inácio Lula da Silva.",
            "Luiz Inácio Lula da Silva",
            "Kazan",
        ),
        (
            "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala on "
            "Monday. Ruto also met Ugandan Vice President Jessica Alupo.",
            "Jessica Alupo",
            "Kampala",
        ),
    ],
)
def test_a_meeting_at_the_summit_or_with_the_hosts_stays_at_the_scene(meetings_in, text, other, city):
    found = _met(meetings_in(text, published=date(2024, 6, 4)), other)
    assert found and all(m.place is not None and m.place.city == city for m in found)


def test_the_summit_a_round_of_meetings_is_held_at_brings_no_one_to_it(meetings_in) -> None:
    found = meetings_in(
        "RIO DE JANEIRO - President Claudia Sheinbaum held a series of bilateral meetings on Monday on the "
        "sidelines of the G20 summit. No meeting has been scheduled with U.S. President Joe Biden, who is "
        "also attending the summit.",
        published=date(2024, 11, 18),
    )
    assert "Joe Biden" not in {p.name for m in found for p in m.participants}


def test_the_first_of_a_day_s_meetings_is_news_and_first_meeting_ever_is_background(meetings_in) -> None:
    found = meetings_in(
        "Sheinbaum first met with Canadian Prime Minister Justin Trudeau on Monday. "
        "Sheinbaum and Brazilian President Lula first met in 2019, when she was mayor.",
        published=date(2024, 11, 18),
    )
    background = {tuple(sorted(p.name for p in m.participants)): m.background for m in found}
    assert background[("Claudia Sheinbaum", "Justin Trudeau")] is False
    assert background[("Claudia Sheinbaum", "Luiz Inácio Lula da Silva")] is True


@pytest.mark.parametrize(
    "past",
    [
        "The two first shook hands in Rome at a funeral in April 2019.",
        "They had last met in Madrid at the NATO summit in June 2022.",
    ],
)
def test_those_at_the_talks_of_a_weekday_join_the_talks_and_not_the_past_meeting(meetings_in, past):
    text = (
        "Ruto in Nairobi\n"
        "Kenyan President William Ruto held talks with Ghanaian President Nana Akufo-Addo in Nairobi "
        f"on Tuesday. The two leaders then sat down for a working lunch. {past} Kenya's foreign "
        "minister Musalia Mudavadi also attended Tuesday's talks."
    )
    found = meetings_in(text, published=None)
    with_him = [m for m in found if any(p.name == "Musalia Mudavadi" for p in m.participants)]
    assert with_him and all(m.place is not None and m.place.city == "Nairobi" for m in with_him)
    assert any(m.place is not None and m.place.city != "Nairobi" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi on Monday. "
        "Museveni last visited Kenya in 2021.",
        "Brazilian President Luiz Inacio Lula da Silva held talks with Chilean President Gabriel Boric in "
        "Santiago on Monday. Lula had previously visited Chile in 2023.",
    ],
)
def test_a_visit_told_as_the_past_of_the_news_is_another_trip_than_its_meeting(meetings_in, text: str):
    found = meetings_in(text, published=date(2024, 9, 3))
    assert sorted((len(m.participants), m.kind) for m in found) == [(1, "visit"), (2, "in_person")]


def test_a_visit_of_the_news_is_told_in_full_by_its_meeting(meetings_in):
    text = (
        "Indian Prime Minister Narendra Modi met Polish Prime Minister Donald Tusk in Warsaw on Monday. "
        "Modi arrived in Poland on Sunday for a two-day visit."
    )
    assert [len(m.participants) for m in meetings_in(text, published=date(2024, 9, 3))] == [2]


@pytest.mark.parametrize(
    "visit",
    [
        "Kishida was in Malaysia on an official visit from August 9 to 11.",
        "Kishida paid an official visit to Malaysia from August 9 to 11.",
    ],
)
def test_a_visit_whose_days_hold_its_meeting_is_told_in_full_by_it(meetings_in, visit: str):
    # both a fortnight before the news: the meeting's day falls within the visit's days
    text = (
        "Malaysian Prime Minister Anwar Ibrahim met Japanese Prime Minister Fumio Kishida in Kuala Lumpur "
        f"on August 10. {visit}"
    )
    found = meetings_in(text, published=date(2024, 8, 25))
    assert [(len(m.participants), m.kind) for m in found] == [(2, "in_person")]


def test_a_visit_on_other_days_than_its_meeting_is_another_trip(meetings_in):
    text = (
        "Malaysian Prime Minister Anwar Ibrahim met Japanese Prime Minister Fumio Kishida in Kuala Lumpur "
        "on August 10. Kishida paid an official visit to Malaysia from May 2 to 4."
    )
    found = meetings_in(text, published=date(2024, 8, 25))
    assert sorted((len(m.participants), m.kind) for m in found) == [(1, "visit"), (2, "in_person")]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "HANOI, May 6 (Reuters) - Indonesian President Prabowo Subianto was given a 21-gun salute in "
            "Vietnam on Monday, the first stop of a regional tour.\n"
            "Vietnamese President To Lam greeted Prabowo in the courtyard of the presidential palace, "
            "before the two leaders went inside for talks.\n"
            '"I would like to invite you to visit Indonesia and to attend the ASEAN summit next year," '
            "Prabowo told To Lam, according to his office.",
            "Hanoi",
        ),
        (
            "MANILA, Jan 9 (Reuters) - Japanese Prime Minister Shigeru Ishiba was given a military welcome "
            "in the Philippines on Thursday.\n"
            "Philippine President Ferdinand Marcos Jr. greeted Ishiba in the palace grounds, where a band "
            "played, before the two leaders went inside for talks.\n"
            '"I would like to invite you to visit Japan and to attend the World Expo in Osaka next year," '
            "Ishiba told Marcos, according to Tokyo.",
            "Manila",
        ),
    ],
)
def test_a_visit_the_lead_invites_to_is_not_the_scene_of_the_news(meetings_in, text: str, city: str):
    (meeting,) = meetings_in(text, published=date(2025, 5, 6))
    assert (meeting.place and meeting.place.city, meeting.occasion) == (city, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ruto was in Addis Ababa on Monday. During a visit in May, Ruto held talks with Ethiopian Prime "
        "Minister Abiy Ahmed.",
        "Albanese landed in Jakarta on Tuesday. In February, Albanese held talks with Indonesian President "
        "Joko Widodo.",
        "Sheinbaum was in Washington on Monday. At that June visit, Sheinbaum shook hands with Canadian "
        "Prime Minister Justin Trudeau.",
    ],
)
def test_where_someone_is_on_a_day_does_not_place_their_meeting_of_another_month(meetings_in, text):
    (meeting,) = meetings_in(text, published=date(2024, 8, 22))
    assert meeting.place is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Ruto was in Addis Ababa on Monday. Ruto also held talks with Ethiopian Prime Minister "
            "Abiy Ahmed.",
            "Addis Ababa",
        ),
        (
            "It was on Tuesday that Wang Yi arrived in Vientiane. On Wednesday, Wang held talks with Lao "
            "Foreign Minister Saleumxay Kommasith.",
            "Vientiane",
        ),
    ],
)
def test_where_someone_is_places_their_meeting_of_that_stay(meetings_in, text, city):
    (meeting,) = meetings_in(text, published=date(2024, 8, 22))
    assert meeting.place is not None and meeting.place.city == city


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Kenyan President William Ruto visited Doha. Earlier this year, on March 3, Ruto and "
            "Qatari Emir Tamim bin Hamad Al Thani spoke in a phone call about trade. According to "
            "state media, the two leaders used the phone call to discuss investment.",
            ["phone", "visit"],  # a call tells no one met on the trip: the visit stays
        ),
        (
            "Chilean President Gabriel Boric held a phone call with Argentine President Javier Milei. "
            "Officials said Boric and Milei used the call to discuss the border.",
            ["phone"],
        ),
        (  # another sort of call by the same two is another meeting
            "Chilean President Gabriel Boric held a phone call with Argentine President Javier Milei. "
            "Officials said Boric and Milei used the video call to discuss the border.",
            ["phone", "video"],
        ),
        (  # "a call" is a call of its own
            "Gabriel Boric spoke by phone with Javier Milei. Boric and Milei had held a call in May.",
            ["phone", "phone"],
        ),
    ],
)
def test_the_call_named_again_by_its_people_is_the_call_just_told(meetings_in, text: str, kinds: list[str]):
    assert sorted(m.kind for m in meetings_in(text, published=None)) == kinds


def test_a_summit_attended_earlier_is_no_occasion_of_the_news(meetings_in):
    text = (
        "Ruto hosts Henry\n"
        "NAIROBI - President William Ruto on Friday hosted Haitian Prime Minister Ariel Henry at State "
        "House, Nairobi. Henry arrived in Nairobi on Thursday. He had earlier attended a summit of "
        "Caribbean leaders in Guyana."
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 1))
    assert meeting.occasion is None


VISITS = [
    (
        "Lima (Andina) - Chilean President Gabriel Boric began a state visit to Peru on Monday at the "
        "invitation of President Dina Boluarte.\n\nOn Tuesday, Boric met with Prime Minister Gustavo "
        "Adrianzen.",
        ("Gabriel Boric", "Gustavo Adrianzen"),
        "Lima",
        "Peru",
    ),
    (
        "Nairobi (KNA) - Tanzanian President Samia Suluhu Hassan began a state visit to Kenya on Monday "
        "at the invitation of President William Ruto.\n\nOn Tuesday, Hassan met with Deputy President "
        "Rigathi Gachagua.",
        ("Rigathi Gachagua", "Samia Suluhu Hassan"),
        "Nairobi",
        "Kenya",
    ),
    (
        "Hanoi (VNA) - Japanese Prime Minister Fumio Kishida began an official visit to Vietnam on Sunday "
        "at the invitation of Prime Minister Pham Minh Chinh.\n\nOn Monday, Kishida had separate "
        "meetings with President Vo Van Thuong and National Assembly Chairman Vuong Dinh Hue.",
        ("Fumio Kishida", "Vo Van Thuong"),
        "Hanoi",
        "Vietnam",
    ),
]


@pytest.mark.parametrize(("text", "pair", "city", "country"), VISITS)
def test_a_meeting_on_a_visit_told_as_to_a_country_is_in_the_dateline_city(
    meetings_in, text, pair, city, country
):
    place = _places(meetings_in(text, published=date(2024, 3, 5)))[pair]
    assert (place.city, place.country) == (city, country)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Ruiz held talks in Lima with Foreign Minister Elmer Schialer on Sunday. "
        "Ruiz also paid a courtesy call on President Dina Boluarte. "
        "During the talks with Schialer, Ruiz stressed the need for calm.",
        "Minister Tomas Berg held talks in Oslo with Minister Karin Holm on Monday. "
        "Berg also called on Prime Minister Jonas Gahr Store. "
        "At the talks with Holm, Berg raised fishing quotas.",
    ],
)
def test_a_statement_framed_in_talks_with_someone_is_of_those_talks_not_of_the_last_meeting(
    meetings_in, text: str
) -> None:
    met = sorted(
        sorted(p.name for p in m.participants) for m in meetings_in(text, published=date(2024, 8, 5))
    )
    assert all(len(people) == 2 for people in met), met


@pytest.mark.parametrize(
    "text",
    [
        "Lula meets Macron, Ishiba and Modi at G7 — but not Trump\n\nPresident Lula made his debut at "
        'the G7 summit in Nice, France, on Monday. "We came to listen," Lula told reporters in France.'
        "\n\nLula held a bilateral meeting with French President Emmanuel Macron on Monday morning.\n\n"
        "He later sat down with Japanese Prime Minister Shigeru Ishiba, and with Indian Prime Minister "
        "Narendra Modi.",
        "Carney meets Xi and Albanese at APEC\n\nPrime Minister Mark Carney arrived for the APEC summit in "
        "Busan, South Korea, on Friday. Carney told reporters in South Korea that trade came first.\n\n"
        "On Saturday he held talks with Chinese President Xi Jinping and with Australian Prime Minister "
        "Anthony Albanese.",
    ],
)
def test_a_meeting_at_a_summit_placed_in_its_country_is_in_the_city_the_article_names_for_it(text):
    (extraction,) = extract_texts([("t", f"Published: 2025-06-17\n\n{text}")])
    held = [m for m in extraction.meetings if m.occasion is not None and m.place is not None]
    assert len(held) >= 2
    assert {m.place.city for m in held} <= {"Nice", "Busan"} and all(m.place.city for m in held)


def test_a_plan_at_a_summit_does_not_take_the_city_of_that_summit_another_year(meetings_in):
    found = meetings_in(
        "Scholz met Sanchez at the 2023 NATO summit in Vilnius. Scholz and Sanchez will meet again at "
        "the NATO summit next June.",
        published=date(2024, 2, 1),
    )
    plan = [m for m in found if m.kind == "planned"]
    assert plan and plan[0].place is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "A meeting between the leaders of Armenia and Azerbaijan scheduled for Friday in the Georgian "
            "capital was cancelled, officials said on Wednesday. Prime Minister Irakli Kobakhidze had been "
            "due to host Nikol Pashinyan and Ilham Aliyev at the government's guest house.",
            "Tbilisi",
        ),
        (
            "The trilateral summit due to take place in Nairobi on Monday has been postponed, the presidency "
            "said. President William Ruto had been expected to host Yoweri Museveni and Salva Kiir for the "
            "talks.",
            "Nairobi",
        ),
        (
            "The regional summit due to be held in Nairobi next week has been called off after Museveni "
            "cancelled his trip. President William Ruto was to host Yoweri Museveni and Paul Kagame at State "
            "House on May 24.",
            "Nairobi",
        ),
    ],
)
def test_a_meeting_called_off_is_where_the_lead_says_the_gathering_was_called_off(
    meetings_in, text: str, city: str
) -> None:
    found = meetings_in(text, published=date(2024, 5, 15))
    assert found and all(m.kind == "cancelled" and m.place and m.place.city == city for m in found)


def test_a_stop_called_off_elsewhere_keeps_its_own_place(meetings_in) -> None:
    text = (
        "The regional summit due to be held in Nairobi next week has been called off. Ruto will also no "
        "longer travel to Addis Ababa, where he had been due to meet Abiy Ahmed."
    )
    found = meetings_in(text, published=date(2024, 5, 15))
    assert [m.place.city if m.place else None for m in found] == ["Addis Ababa"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Ayse Kaya | 03.03.2024 - Update : 03.03.2024\n\nBAKU\n\nAzerbaijani President Ilham Aliyev on "
            "Saturday received Turkish Foreign Minister Hakan Fidan at the Presidential Palace.",
            "Baku",
        ),
        (
            "Omar Said | 11.05.2024\n\nNAIROBI\n\nKenyan President William Ruto on Friday hosted Ugandan "
            "President Yoweri Museveni at State House.",
            "Nairobi",
        ),
    ],
)
def test_a_dateline_on_a_line_of_its_own_places_the_news_at_its_citys_buildings(text: str, city: str) -> None:
    (extraction,) = extract_texts([("t", f"Published: 2024-05-11\n\n{text}")])
    assert [m.place.city if m.place else None for m in extraction.meetings] == [city]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Donald Trump has canceled the summit he had planned to hold with Vladimir Putin. Speaking "
            "to reporters on Wednesday, Trump said of the proposed summit in Budapest that it was a "
            "waste of time.",
            "Budapest",
        ),
        (
            "Narendra Modi has called off the summit he had planned with Shehbaz Sharif. On Friday, "
            "Modi said of the proposed summit in Lahore that it would have achieved little.",
            "Lahore",
        ),
    ],
)
def test_the_proposed_summit_named_again_gives_the_plan_called_off_its_place(meetings_in, text, city):
    # "the proposed summit in Budapest" is the summit called off, named again with its city (the
    # day in its sentence is the day it was spoken of)
    (meeting,) = meetings_in(text, date(2025, 10, 22))
    assert meeting.kind == "cancelled"
    assert meeting.place is not None and meeting.place.city == city


def test_a_plan_told_without_date_or_place_is_not_a_meeting_held_months_before(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto arrived in Pretoria on Thursday for a state visit. Ruto is "
        "scheduled to hold talks with Cyril Ramaphosa. The visit comes after Ramaphosa travelled to "
        "Nairobi in March to meet Ruto.",
        published=date(2025, 9, 18),
    )
    assert sorted(m.kind for m in found if len(m.participants) == 2) == ["in_person", "planned"]


@pytest.mark.parametrize(
    ("text", "city", "occasion"),
    [
        (
            "Havana, March 1 (RHC) -- President Miguel Diaz-Canel came back to Cuba Friday after taking part "
            "in the CELAC summit.\nDiaz-Canel met the Prime Minister of Barbados, Mia Mottley.",
            None,
            "CELAC summit",
        ),
        (
            "HANOI (VNA) - Prime Minister Pham Minh Chinh returned home on Sunday after attending the ASEAN "
            "Summit in Vientiane.\nChinh also met Japanese Prime Minister Shigeru Ishiba.",
            "Vientiane",
            "ASEAN summit",
        ),
        (
            "ANKARA (AA) - President Recep Tayyip Erdogan returned to Turkey on Thursday after attending the "
            "BRICS summit.\nErdogan met Russian President Vladimir Putin.",
            None,
            "BRICS summit",
        ),
    ],
)
def test_a_lead_telling_a_return_home_after_a_summit_sets_the_scene_at_the_summit(
    meetings_in, text, city, occasion
):
    found = meetings_in(text, published=date(2024, 10, 13))
    assert len(found) == 1
    meeting = found[0]
    assert (meeting.place.city if meeting.place else None) == city
    assert meeting.occasion is not None and meeting.occasion.name == occasion


def test_a_visit_of_another_year_is_not_told_in_full_by_a_meeting_at_the_summit(meetings_in):
    text = (
        "Havana, March 1 (RHC) -- President Miguel Diaz-Canel came back to Cuba Friday after taking part in "
        "the CELAC summit.\nDiaz-Canel met the Prime Minister of Barbados, Mia Mottley, and recalled his "
        "official visit to Barbados in 2022."
    )
    kinds = sorted(m.kind for m in meetings_in(text, published=None))
    assert kinds == ["in_person", "visit"]


@pytest.mark.parametrize(
    ("held", "country"),
    [
        (
            "In his speech at the summit, which was held in St. Vincent and the Grenadines, he urged calm.",
            True,
        ),
        ("He said the next summit, which will be held in Honduras, would focus on trade.", False),
        ("The summit, convened at the invitation of CARICOM in Kingstown, adopted a declaration.", True),
    ],
)
def test_the_summit_said_to_be_held_somewhere_places_the_meetings_at_it(meetings_in, held, country):
    text = (
        "Havana, March 1 (RHC) -- President Miguel Diaz-Canel came back to Cuba Friday after taking part in "
        f"the CELAC summit.\n{held}\nDiaz-Canel met the Prime Minister of Barbados, Mia Mottley."
    )
    found = [m for m in meetings_in(text, published=None) if len(m.participants) == 2]
    assert len(found) == 1
    place = found[0].place
    assert (place.country if place else None) == ("Saint Vincent and the Grenadines" if country else None)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (  # those sitting in on a call, where the sentence names the call
            "BEIJING, March 11 (Xinhua) -- Chinese President Xi Jinping held a video call with Cuban "
            "President Miguel Diaz-Canel on Tuesday evening.\n\n"
            "Xi said China firmly supports Cuba in defending its sovereignty.\n\n"
            "Cai Qi and Wang Yi were present at the video call.",
            {"Xi Jinping", "Cai Qi", "Wang Yi"},
        ),
        (  # "present during the meeting": the meeting told, not a meeting of those present
            "Kuala Lumpur, Oct 17 (Bernama) -- Prime Minister Anwar Ibrahim today paid a courtesy call on "
            "Saudi Crown Prince Mohammed bin Salman at Al-Yamamah Palace in Riyadh.\n\n"
            "Anwar said the two countries agreed to boost investment in energy.\n\n"
            "Also present during the meeting were Foreign Minister Zambry Abd Kadir and Economy Minister "
            "Rafizi Ramli.",
            {"Anwar Ibrahim", "Rafizi Ramli"},
        ),
    ],
)
def test_those_said_to_attend_in_a_closing_line_join_the_meeting(meetings_in, text, named):
    found = meetings_in(text, published=date(2025, 3, 12))
    assert len(found) == 1
    assert named <= {p.name for p in found[0].participants}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Pakistani Prime Minister Shehbaz Sharif on Thursday met Bangladeshi leader Muhammad Yunus in "
            "Cairo. The prime minister, who was accompanied by Foreign Minister Ishaq Dar, said the two "
            "countries share deep bonds.",
            {"Shehbaz Sharif", "Muhammad Yunus"},
        ),
        (
            "BEIJING, Jan. 21 (Xinhua) -- Chinese President Xi Jinping held a phone call with French "
            "President Emmanuel Macron on Tuesday.\n\nXi said China and France should strengthen "
            "cooperation.\n\nWang Yi attended the Spring Festival reception later that evening.",
            {"Xi Jinping", "Emmanuel Macron"},
        ),
        (
            "Chinese President Xi Jinping held a video call with Vietnamese leader To Lam on Tuesday. "
            "Earlier, Wang Yi and Ding Xuexiang attended the opening of the National People's Congress.",
            {"Xi Jinping", "To Lam"},
        ),
    ],
)
def test_those_on_the_trip_or_at_another_event_do_not_join_the_meeting(meetings_in, text, pair):
    found = meetings_in(text, published=date(2025, 1, 22))
    assert any({p.name for p in m.participants} == pair for m in found)
    assert all(len(m.participants) <= 2 for m in found)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (  # a summit one met the leaders at, that another hosted and others attended
            "Scholz wraps up tour\n\nGerman Chancellor Olaf Scholz on Tuesday met the leaders of the five "
            "Central Asian states in Astana for the second Central Asia-Germany summit. Kazakh President "
            "Kassym-Jomart Tokayev hosted the summit, which was attended by Uzbek President Shavkat "
            "Mirziyoyev, Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon and Turkmen "
            "President Serdar Berdimuhamedov.",
            {"Olaf Scholz", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Serdar Berdimuhamedov"},
        ),
        (  # a summit held online, named again by its word
            "India hosts Pacific leaders\n\nNEW DELHI - Indian Prime Minister Narendra Modi held a virtual "
            "summit with Pacific island leaders on Monday. The summit was attended by Fijian Prime Minister "
            "Sitiveni Rabuka, Papua New Guinea Prime Minister James Marape and Samoan Prime Minister Fiame "
            "Naomi Mata'afa.",
            {"Narendra Modi", "Sitiveni Rabuka", "James Marape"},
        ),
        (
            "Ruto hosts IDA summit\n\nNAIROBI - Kenyan President William Ruto on Monday met African heads of "
            "state in Nairobi for the IDA summit. Ruto chaired the meeting, which was attended by Ghanaian "
            "President Nana Akufo-Addo, Tanzanian President Samia Suluhu Hassan and Rwandan President Paul "
            "Kagame.",
            {"William Ruto", "Samia Suluhu Hassan", "Paul Kagame"},
        ),
    ],
)
def test_those_attending_a_gathering_met_at_join_its_host_and_guest(meetings_in, text, named):
    found = meetings_in(text, published=date(2024, 9, 18))
    assert any(named <= {p.name for p in m.participants} for m in found)


def test_those_attending_another_summit_do_not_join_the_talks_told_before(meetings_in):
    found = meetings_in(
        "Ramaphosa meets Ruto\n\nSouth African President Cyril Ramaphosa met Kenyan President William Ruto "
        "in Pretoria on Monday. Brazilian President Luiz Inacio Lula da Silva hosted the G20 summit, which "
        "was attended by Indian Prime Minister Narendra Modi and Chinese President Xi Jinping.",
        published=date(2024, 11, 20),
    )
    talks = next(m for m in found if "William Ruto" in {p.name for p in m.participants})
    assert {p.name for p in talks.participants} == {"Cyril Ramaphosa", "William Ruto"}


def test_those_present_during_the_meeting_with_someone_join_that_meeting(meetings_in):
    found = meetings_in(
        "Anwar meets Xi\n\nBEIJING - Prime Minister Anwar Ibrahim today paid a courtesy call on Chinese "
        "President Xi Jinping at the Diaoyutai State Guesthouse. Earlier in the day, Anwar held a bilateral "
        "meeting with Chinese Premier Li Qiang, after being accorded a welcoming ceremony by Li.\n\n"
        "Also present during the meeting with Xi were Foreign Minister Zambry Abd Kadir and Economy "
        "Minister Rafizi Ramli.",
        published=date(2023, 3, 31),
    )
    with_li = [m for m in found if "Li Qiang" in {p.name for p in m.participants}]
    assert with_li and all("Rafizi Ramli" not in {p.name for p in m.participants} for m in with_li)
    assert any({"Xi Jinping", "Rafizi Ramli"} <= {p.name for p in m.participants} for m in found)


@pytest.mark.parametrize(
    ("text", "pair", "other"),
    [
        (
            "Yoon, Ishiba hold first summit\n\nVIENTIANE, Oct. 10 (Yonhap) -- President Yoon Suk Yeol "
            "and Japanese Prime Minister Shigeru Ishiba held their first summit in the Laotian capital "
            "on Thursday. The meeting took place hours after Ishiba held his first talks with Chinese "
            'Premier Li Qiang in the same city. "I look forward to working closely with Prime Minister '
            'Ishiba," Yoon said at the start of the talks.',
            {"Yoon Suk Yeol", "Shigeru Ishiba"},
            {"Shigeru Ishiba", "Li Qiang"},
        ),
        (
            "Albanese hosts Luxon\n\nSYDNEY - Australian Prime Minister Anthony Albanese met New Zealand "
            "Prime Minister Christopher Luxon in Sydney on Friday. Earlier in the week, Luxon held talks "
            "with Fijian Prime Minister Sitiveni Rabuka in Suva. At the end of the talks, Albanese said he "
            "and Luxon had agreed to work together on climate.",
            {"Anthony Albanese", "Christopher Luxon"},
            {"Christopher Luxon", "Sitiveni Rabuka"},
        ),
    ],
)
def test_the_talks_a_sentence_names_are_those_of_all_it_names(meetings_in, text, pair, other):
    found = meetings_in(text, published=date(2024, 10, 11))
    groups = [{p.name for p in m.participants} for m in found]
    assert pair in groups and other in groups
    assert all(len(g) == 2 for g in groups)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Blinken meets Netanyahu\n\nJERUSALEM - US Secretary of State Antony Blinken met Israeli Prime "
            "Minister Benjamin Netanyahu in Jerusalem on Monday. Accompanying Blinken were US Ambassador "
            "Jack Lew and State Department official Barbara Leaf.",
            {"Antony Blinken", "Benjamin Netanyahu", "Jack Lew", "Barbara Leaf"},
        ),
        (
            "Museveni receives message from Ramaphosa\n\nENTEBBE - President Yoweri Museveni received a "
            "special message from South African President Cyril Ramaphosa on Monday. The message was "
            "delivered by South African envoy Ayanda Dlodlo. Accompanying the envoy was former minister "
            "Naledi Pandor.",
            {"Yoweri Museveni", "Ayanda Dlodlo", "Naledi Pandor"},
        ),
    ],
)
def test_those_said_to_accompany_someone_at_the_meeting_just_told_join_it(meetings_in, text, named):
    found = meetings_in(text, published=date(2024, 3, 5))
    assert named in [{p.name for p in m.participants} for m in found]


SUMMIT_OF_TWO = (
    "Officials in Canberra and Beijing are preparing the ground for the first talks between Prime "
    "Minister Anthony Albanese and Chinese President Xi Jinping in two years. "
)


def test_a_summit_of_two_told_again_as_held_on_the_sidelines_of_a_gathering_is_at_it(meetings_in):
    text = SUMMIT_OF_TWO + (
        "If all goes well, the summit will take place on the sidelines of the annual leaders' "
        "meeting of the Group of 20, to be hosted by Lula in Rio de Janeiro in late November."
    )
    found = meetings_in(text, published=date(2024, 10, 20))
    assert [(m.kind, m.occasion.name if m.occasion else None) for m in found] == [("planned", "G20 summit")]


def test_a_summit_of_two_told_again_as_held_after_a_gathering_is_not_at_it(meetings_in):
    text = SUMMIT_OF_TWO + (
        "The summit will take place in Rio de Janeiro after the annual leaders' meeting of the Group of 20."
    )
    found = meetings_in(text, published=date(2024, 10, 20))
    assert [(m.kind, m.occasion) for m in found] == [("planned", None)]


def test_a_headline_is_the_news_not_the_old_meeting_of_a_photo_caption(meetings_in):
    text = (
        "Lavrov sits down with Wang Yi at G20 foreign ministers' meeting\n"
        "Russian Foreign Minister Sergey Lavrov and Chinese Foreign Minister Wang Yi hold talks in "
        "Jakarta, Indonesia, July 13, 2023.\n"
        "Lavrov is meeting on Thursday with Wang Yi, the latest in a series of contacts between "
        "Moscow and Beijing."
    )
    found = meetings_in(text, published=date(2024, 2, 20))
    told = {str(m.date.start): m.occasion.name if m.occasion else None for m in found if m.date}
    assert told == {"2023-07-13": None, "2024-02-22": "G20 foreign ministers' meeting"}


def test_a_plan_at_the_meetings_place_told_the_day_before_is_the_meeting_held(meetings_in):
    found = meetings_in(
        "President Bola Tinubu received a warm welcome from South African President Cyril Ramaphosa on "
        "Tuesday in Cape Town. Tinubu left Paris on Monday for Cape Town, where he will hold talks "
        "with Ramaphosa.",
        published=date(2024, 12, 3),
    )
    assert [(m.kind, len(m.evidence)) for m in found] == [("in_person", 2)]


@pytest.mark.parametrize(
    "hosted",
    [
        "The meeting was facilitated by Djibouti's President Ismail Omar Guelleh.",
        "The talks were hosted by Djibouti's President Ismail Omar Guelleh.",
    ],
)
def test_whoever_the_talks_were_hosted_or_facilitated_by_takes_part(meetings_in, hosted):
    text = (
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks on Thursday "
        f"in Nairobi on the border dispute. {hosted}"
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 8))
    assert {p.name for p in meeting.participants} == {"William Ruto", "Abiy Ahmed", "Ismail Omar Guelleh"}


def test_two_hosts_of_the_talks_join_them_and_hold_no_meeting_of_their_own(meetings_in):
    text = (
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks on Thursday "
        "in Nairobi on the border dispute. The talks were facilitated by Djibouti's President Ismail "
        "Omar Guelleh and by the Prime Minister of Somalia, Hamza Abdi Barre."
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 8))
    assert {"Ismail Omar Guelleh", "William Ruto"} <= {p.name for p in meeting.participants}


def test_a_summit_hosted_by_someone_after_the_talks_told_does_not_put_them_at_the_talks(meetings_in):
    text = (
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on "
        "Thursday. The African Union summit was hosted by Comoros President Azali Assoumani."
    )
    found = meetings_in(text, published=date(2024, 3, 8))
    assert all(
        "Azali Assoumani" not in {p.name for p in m.participants}
        for m in found
        if len(m.participants) >= 2 and "William Ruto" in {p.name for p in m.participants}
    )


def test_the_one_someone_takes_part_on_behalf_of_is_not_at_the_talks(meetings_in):
    text = (
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks on Thursday "
        "in Nairobi on the border dispute. Former Nigerian President Olusegun Obasanjo also took part "
        "in the talks as a mediator on behalf of African Union chairman Moussa Faki."
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 8))
    assert {p.name for p in meeting.participants} == {"William Ruto", "Abiy Ahmed", "Olusegun Obasanjo"}


def test_a_gathering_a_visit_told_on_another_day_attends_is_no_occasion_of_the_lead_talks(meetings_in):
    found = meetings_in(
        "Lula, Putin hold talks in Moscow, pledge closer ties\n\n"
        "MOSCOW, Sept 6 (Agency) -- Brazilian President Luiz Inacio Lula da Silva held talks with "
        "Russian President Vladimir Putin at the Kremlin on Friday, with the two leaders pledging to "
        "deepen their partnership.\n\n"
        "Lula arrived in Moscow on Thursday afternoon for a state visit to Russia and to attend the "
        "celebrations marking the 300th anniversary of the founding of the Russian Academy of Sciences.",
        published=date(2024, 9, 6),
    )
    friday = [m for m in found if m.date is not None and str(m.date.start) == "2024-09-06"]
    assert friday and all(m.occasion is None for m in friday)


def test_a_trip_to_attend_a_gathering_lends_its_occasion_to_no_meeting_in_its_city(meetings_in):
    found = meetings_in(
        "MOSCOW, Sept 6 (Agency) -- Brazilian President Luiz Inacio Lula da Silva held talks with "
        "Russian President Vladimir Putin at the Kremlin on Friday.\n\n"
        "Lula arrived in Moscow on Thursday afternoon for a state visit to Russia and to attend the "
        "celebrations marking the 300th anniversary of the founding of the Russian Academy of Sciences.\n\n"
        "Putin cordially welcomed Lula on his state visit and said that the two nations share a "
        "long friendship.",
        published=date(2024, 9, 6),
    )
    assert len(found) == 2
    assert all(m.occasion is None for m in found)


def _day_of_albanese(found):
    (meeting,) = [m for m in found if "Anthony Albanese" in {p.name for p in m.participants}]
    return meeting.date


def test_the_next_summit_told_after_a_meeting_at_the_summit_lends_it_no_day(meetings_in):
    text = (
        "On the sidelines of the Pacific Rim Summit in Manila, Prime Minister Anthony Albanese held a "
        "bilateral meeting with President Ferdinand Marcos Jr. The next Pacific Rim Summit will be held "
        "in Lima on 20 June 2027."
    )
    found = meetings_in(text, published=date(2025, 6, 12))
    assert _day_of_albanese(found) is None


def test_the_meeting_told_again_after_it_still_takes_its_day(meetings_in):
    text = (
        "Prime Minister Anthony Albanese held a bilateral meeting with President Ferdinand Marcos Jr. "
        "in Manila. The meeting took place on 10 June 2025."
    )
    found = meetings_in(text, published=date(2025, 6, 12))
    day = _day_of_albanese(found)
    assert day is not None and str(day.start) == "2025-06-10"


def test_another_gathering_held_that_week_lends_a_lead_meeting_no_day(meetings_in):
    text = (
        "On the sidelines of the Pacific Rim Summit in Manila, Prime Minister Anthony Albanese held a "
        "bilateral meeting with President Ferdinand Marcos Jr. The Mekong Forum was held in Hanoi on "
        "8 June."
    )
    found = meetings_in(text, published=date(2025, 6, 12))
    assert _day_of_albanese(found) is None


def test_the_datelines_sentence_still_dates_its_lead_meeting(meetings_in):
    text = (
        "CANBERRA (Reuters) - Australia and the Philippines agreed on Tuesday to deepen defence ties "
        "as Prime Minister Anthony Albanese met President Ferdinand Marcos Jr. in Manila."
    )
    found = meetings_in(text, published=date(2025, 6, 12))
    day = _day_of_albanese(found)
    assert day is not None and str(day.start) == "2025-06-10"


def test_the_meetings_own_summit_told_after_it_still_gives_its_day(meetings_in):
    text = (
        "On the sidelines of the Pacific Rim Summit in Manila, Prime Minister Anthony Albanese held a "
        "bilateral meeting with President Ferdinand Marcos Jr. The Pacific Rim Summit was held in Manila "
        "on Tuesday."
    )
    found = meetings_in(text, published=date(2025, 6, 12))
    day = _day_of_albanese(found)
    assert day is not None and str(day.start) == "2025-06-10"


# -- a meeting the news follows, held on a day before it, is not the scene ---------------------------
FOLLOWS = (
    "Trade Minister Lena Holm met Vandalian President Otto Grau today at the presidential palace. "
    "Holm thanked Grau for his hospitality.\n\n"
)


def test_a_meeting_told_after_the_news_and_held_before_it_does_not_place_it(meetings_in):
    text = FOLLOWS + "The visit follows her May 5 meeting in Vienna with Austrian Chancellor Karl Nehammer."
    found = _places(meetings_in(text, published=date(2024, 5, 7)))
    assert found[("Lena Holm", "Otto Grau")] is None
    earlier = found[("Karl Nehammer", "Lena Holm")]
    assert earlier is not None and earlier.city == "Vienna"


def test_a_meeting_told_after_the_news_on_its_day_still_places_it(meetings_in):
    text = FOLLOWS + "Holm also met Vandalian Prime Minister Ida Berg in Vienna today."
    found = _places(meetings_in(text, published=date(2024, 5, 7)))
    news = found[("Lena Holm", "Otto Grau")]
    assert news is not None and news.city == "Vienna"


def test_a_visit_of_another_year_is_not_told_in_full_by_a_meeting_of_another_month(meetings_in):
    text = (
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on "
        "Monday. The two leaders had last met in March. Ruto last visited Ethiopia in 2021, when he came "
        "to Addis Ababa for a conference."
    )
    found = meetings_in(text, published=date(2024, 9, 3))
    visits = [m for m in found if m.kind == "visit"]
    assert [
        (v.place.country if v.place else None, v.date.start.year if v.date and v.date.start else None)
        for v in visits
    ] == [("Ethiopia", 2021)]


def test_a_stay_long_before_the_news_does_not_date_the_visit_told_after_it(meetings_in):
    text = (
        "Kenyan President William Ruto arrived in Addis Ababa on Monday for talks with Ethiopian Prime "
        "Minister Abiy Ahmed. Ruto last visited Ethiopia in 2021, when he came to Addis Ababa for a "
        "conference. At the close of the visit, Abiy gave his guest a painting."
    )
    found = meetings_in(text, published=date(2024, 9, 3))
    years = sorted(m.date.start.year for m in found if m.date is not None and m.date.start is not None)
    assert years.count(2021) == 1


JOINT_CALL = (
    "Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi on Thursday "
    "for talks on trade and regional security.\n\n"
)


def test_a_call_the_lead_meetings_people_hold_together_is_held_on_its_day(meetings_in):
    found = meetings_in(
        JOINT_CALL + "Ruto and Hassan later held a joint phone call with Ugandan President Yoweri Museveni.",
        published=date(2025, 6, 6),
    )
    calls = [m for m in found if m.kind == "phone"]
    assert [c.date and str(c.date.start) for c in calls] == ["2025-06-05"]


def test_a_call_told_as_background_keeps_no_day(meetings_in):
    found = meetings_in(
        JOINT_CALL + "Ruto and Hassan had previously held a joint phone call with Ugandan President "
        "Yoweri Museveni.",
        published=date(2025, 6, 6),
    )
    calls = [m for m in found if m.kind == "phone"]
    assert calls and all(c.date is None for c in calls)


def test_a_call_of_one_of_the_lead_meetings_people_alone_keeps_no_day(meetings_in):
    found = meetings_in(
        JOINT_CALL + "Ruto also spoke by phone with Ugandan President Yoweri Museveni.",
        published=date(2025, 6, 6),
    )
    calls = [m for m in found if m.kind == "phone"]
    assert calls and all(c.date is None for c in calls)


def test_a_call_told_that_same_day_is_held_on_the_day_of_the_meeting_before(meetings_in):
    found = meetings_in(
        "Peruvian President Dina Boluarte and Chilean President Gabriel Boric last met in Lima on 3 May. "
        "Argentine President Javier Milei telephoned Boric that same day.",
        published=date(2024, 9, 2),
    )
    calls = [m for m in found if m.kind == "phone"]
    assert [c.date and str(c.date.start) for c in calls] == ["2024-05-03"]


def test_a_call_told_that_same_day_without_a_dated_meeting_before_keeps_no_day(meetings_in):
    found = meetings_in(
        "Peruvian President Dina Boluarte and Chilean President Gabriel Boric met in Lima. "
        "Argentine President Javier Milei telephoned Boric that same day.",
        published=date(2024, 9, 2),
    )
    calls = [m for m in found if m.kind == "phone"]
    assert calls and all(c.date is None for c in calls)


@pytest.mark.parametrize("published", [None, date(2024, 9, 3)])
def test_a_visit_is_not_told_in_full_by_a_call_with_its_traveller(meetings_in, published):
    text = (
        "Brazilian President Lula da Silva put off the trip he was to make to Angola. Angolan President "
        "Joao Lourenco had invited him during a phone call between the two in May. Lula's last visit to "
        "Angola was in August 2023, while another government was in office."
    )
    found = meetings_in(text, published=published)
    assert [(m.kind, m.place.country if m.place else None) for m in found if m.kind == "visit"] == [
        ("visit", "Angola")
    ]


def test_a_visit_of_the_news_is_still_told_in_full_by_its_meeting_not_by_a_call(meetings_in):
    text = (
        "Indian Prime Minister Narendra Modi met Polish Prime Minister Donald Tusk in Warsaw on Monday. "
        "Modi arrived in Poland on Sunday for a two-day visit. Modi had spoken with Tusk by phone in June."
    )
    found = meetings_in(text, published=date(2024, 9, 3))
    assert sorted(m.kind for m in found) == ["in_person", "phone"]


@pytest.mark.parametrize(("later", "occasion"), [(" later", None), ("", "EU summit")])
def test_a_summit_told_as_held_later_is_not_the_occasion_of_the_meeting_before_it(
    meetings_in, later, occasion
):
    found = meetings_in(
        "Emmanuel Macron and Olaf Scholz held talks in Brussels on Tuesday, the Elysee said. "
        f"The EU summit opened in Brussels{later} on Tuesday, with Macron and the German delegation "
        "discussing trade."
    )
    talks = [m for m in found if len(m.participants) == 2]
    assert [m.occasion.name if m.occasion else None for m in talks] == [occasion]


def test_those_who_took_part_join_the_meeting_told_again_in_the_sentence_between(meetings_in):
    text = (
        "Scholz held a bilateral meeting with French President Emmanuel Macron in Berlin on Friday. "
        "The meeting took place at the Chancellery and lasted about an hour. Foreign Ministers "
        "Annalena Baerbock and Stephane Sejourne also took part."
    )
    found = meetings_in(text, published=date(2024, 6, 14))
    assert [sorted(p.name for p in m.participants) for m in found] == [
        ["Annalena Baerbock", "Emmanuel Macron", "Olaf Scholz", "Stéphane Séjourné"]
    ]


def test_those_who_took_part_after_a_sentence_on_something_else_do_not_join_the_meeting(meetings_in):
    text = (
        "Scholz held a bilateral meeting with French President Emmanuel Macron in Berlin on Friday. "
        "Trade disputes were high on the agenda this week. Foreign Ministers Annalena Baerbock and "
        "Stephane Sejourne also took part."
    )
    found = meetings_in(text, published=date(2024, 6, 14))
    assert [sorted(p.name for p in m.participants) for m in found] == [["Emmanuel Macron", "Olaf Scholz"]]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Lind held talks with President Marco Vela in Lisbon on Tuesday. During the "
        "meeting, Lind renewed her invitation for Vela to attend the ocean conference in Oslo in June.",
        "President Jonas Berg received Prime Minister Elif Kaya at the palace in Vienna on Monday. At the "
        "meeting, Berg also invited Kaya to the trade fair in Hanover in October.",
    ],
)
def test_a_meeting_word_framing_a_statement_is_the_meeting_told_not_one_at_the_statements_place_and_day(
    meetings_in, text: str
) -> None:
    held = [m for m in meetings_in(text, published=date(2025, 3, 6)) if m.kind == "in_person"]
    assert len(held) == 1, held
    assert held[0].place is not None and held[0].place.city in {"Lisbon", "Vienna"}


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        (  # the talks' own place and day: another meeting
            "Prime Minister Ana Lind held talks with President Marco Vela in Lisbon on Tuesday. During the "
            "talks in Madrid on Friday, Lind and Vela signed a fisheries pact.",
            ["Lisbon", "Madrid"],
        ),
        (  # "his meeting with B" at its own place and day
            "On the sidelines of the regional summit in Accra on Monday, President Kofi Mensah met with "
            "President Tomas Berg of Norway. During his meeting with President Karl Holm of Sweden in "
            "Lome on Friday, Mensah stressed the need for trade.",
            ["Accra", "Lomé"],
        ),
    ],
)
def test_a_meeting_word_with_its_own_place_and_day_is_not_the_meeting_told(
    meetings_in, text: str, cities: list[str]
) -> None:
    found = meetings_in(text, published=date(2025, 3, 6))
    assert sorted(m.place.city for m in found if m.place is not None and m.place.city) == cities


def test_his_meeting_with_one_of_those_met_is_that_meeting(meetings_in) -> None:
    text = (
        "On the sidelines of the regional summit in Accra on Monday, President Kofi Mensah met with "
        "President Tomas Berg of Norway and President Karl Holm of Sweden.\n\n"
        "A spokesman said Mensah praised President Berg for his mediation. The Norwegian President "
        "thanked Ghana for its support.\n\n"
        "During his meeting with President Holm, the President stressed the need for open trade."
    )
    met = sorted(
        sorted(p.name for p in m.participants) for m in meetings_in(text, published=date(2025, 3, 6))
    )
    assert met == [["Karl Holm", "Kofi Mensah"], ["Kofi Mensah", "Tomas Berg"]]


def _where(found):
    return {
        tuple(sorted(p.name for p in m.participants)): (
            m.place and m.place.city,
            m.occasion and m.occasion.name,
        )
        for m in found
    }


def test_a_lead_meeting_told_at_a_summit_with_no_place_sets_the_scene(meetings_in):
    found = meetings_in(
        "Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa "
        "held talks on Tuesday on the margins of the G20 summit.\n"
        "Later on Tuesday, Lula held a meeting with Indonesian President Prabowo Subianto.",
        published=date(2024, 11, 20),
    )
    assert _where(found)[("Luiz Inácio Lula da Silva", "Prabowo Subianto")][1] == "G20 summit"


GATHERING = (
    "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Saturday on the "
    "sidelines of the African Union summit in Addis Ababa.\n"
)


def test_a_meeting_of_others_that_week_is_held_at_the_gathering_of_the_scene(meetings_in):
    found = meetings_in(
        GATHERING + "On Sunday, Nigerian President Bola Tinubu held talks with Ghana's John Mahama.",
        published=date(2025, 2, 17),
    )
    assert _where(found)[("Bola Tinubu", "John Mahama")] == ("Addis Ababa", "African Union summit")


@pytest.mark.parametrize(
    "text",
    [
        # a meeting of others told apart from the gathering, not beside it
        GATHERING + "The two leaders discussed trade along their border.\n"
        "On Sunday, Nigerian President Bola Tinubu held talks with Ghanaian President John Mahama.",
        # a meeting of others told as background, years before
        GATHERING + "Nigerian President Bola Tinubu had first met Ghanaian President John Mahama in 2019.",
        # the scene is a format of two countries, not a gathering of many
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba on Saturday at "
        "the India-Japan Annual Summit in Tokyo.\n"
        "On Sunday, Nigerian President Bola Tinubu held talks with Ghanaian President John Mahama.",
    ],
)
def test_a_meeting_of_others_away_from_a_gathering_is_not_held_at_it(meetings_in, text):
    found = meetings_in(text, published=date(2025, 2, 17))
    assert _where(found).get(("Bola Tinubu", "John Mahama"), (None, None))[0] is None
