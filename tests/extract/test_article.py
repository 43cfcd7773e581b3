"""Reading the whole article: references joined to the meetings they tell, tellings folded
together, meetings placed at an occasion, whereabouts (extract/article.py)."""

from datetime import date

import pytest

from extract.pipeline import extract_texts


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


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto held talks with Japanese Prime Minister Fumio Kishida in Tokyo on "
        "Monday. Ruto will travel to Osaka on Tuesday to tour a car factory before flying home.",
        "Kenyan President William Ruto met Japanese Prime Minister Fumio Kishida in Tokyo on Monday. "
        "The Kenyan leader will visit Kyoto and Osaka before returning to Nairobi.",
    ],
)
def test_a_further_stop_of_the_visit_is_no_trip_of_its_own(meetings_in, text):
    found = meetings_in(text, published=date(2024, 2, 19))
    assert [(m.kind, m.place.city) for m in found] == [("in_person", "Tokyo")]


@pytest.mark.parametrize(
    ("text", "trip"),
    [
        (  # a trip to come months away is a visit of its own
            "Kenyan President William Ruto met Japanese Prime Minister Fumio Kishida in Tokyo on Monday. "
            "Ruto will visit Osaka in November for the World Expo.",
            ("planned", "Japan"),
        ),
        (  # a trip to another country is another stop of a tour
            "Kenyan President William Ruto met Japanese Prime Minister Fumio Kishida in Tokyo on Monday. "
            "Ruto will travel to Seoul on Tuesday.",
            ("planned", "South Korea"),
        ),
    ],
)
def test_a_trip_far_from_the_visit_or_abroad_is_kept(meetings_in, text, trip):
    found = meetings_in(text, published=date(2024, 2, 19))
    assert ("in_person", "Japan") in [(m.kind, m.place.country) for m in found]
    assert trip in [(m.kind, m.place.country) for m in found if len(m.participants) == 1]


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


@pytest.mark.parametrize(
    "agreed",
    [
        "Both had agreed to meet to settle the dispute, Erdogan said.",
        "Abiy and Mohamud had agreed to hold talks, the Turkish presidency said.",
    ],
)
def test_a_plan_agreed_before_the_news_is_the_meeting_the_news_tells_of_them(meetings_in, agreed):
    found = meetings_in(
        "Turkish President Recep Tayyip Erdogan hosted Ethiopian Prime Minister Abiy Ahmed and Somali "
        f"President Hassan Sheikh Mohamud for talks in Ankara on Tuesday. {agreed}",
        published=date(2024, 12, 4),
    )
    assert [(m.kind, len(m.participants)) for m in found] == [("in_person", 3)]


def test_a_plan_still_to_come_of_two_is_not_the_meeting_of_three(meetings_in):
    found = meetings_in(
        "Turkish President Recep Tayyip Erdogan hosted Ethiopian Prime Minister Abiy Ahmed and Somali "
        "President Hassan Sheikh Mohamud for talks in Ankara on Tuesday. Abiy and Mohamud will meet "
        "again in Addis Ababa next month.",
        published=date(2024, 12, 4),
    )
    assert sorted(m.kind for m in found) == ["in_person", "planned"]


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


@pytest.mark.parametrize(
    "first",
    [
        "Kenyan President William Ruto, on a two-day visit to Accra, met Ghanaian President John Mahama "
        "on Friday.",
        "Kenyan President William Ruto was given Ghana's highest award by President John Mahama on "
        "Friday, at the start of a one-day visit to Accra.",
        "Kenyan President William Ruto held talks with Ghanaian President John Mahama on Friday during "
        "a state visit to Accra.",
    ],
)
def test_the_city_of_a_visit_someone_is_on_places_their_next_meeting(meetings_in, first):
    found = meetings_in(f"{first} Ruto then met Nigerian President Bola Tinubu.", published=date(2025, 3, 8))
    place = _places(found)[("Bola Tinubu", "William Ruto")]
    assert (place.city, place.country) == ("Accra", "Ghana")


@pytest.mark.parametrize("before", ["ahead of", "after", "on the eve of"])
def test_a_visit_not_yet_made_or_over_places_no_later_meeting(meetings_in, before):
    found = meetings_in(
        f"Kenyan President William Ruto met Ugandan President Yoweri Museveni on Friday {before} his visit "
        "to Accra. Ruto then met Nigerian President Bola Tinubu.",
        published=date(2025, 3, 8),
    )
    place = _places(found).get(("Bola Tinubu", "William Ruto"))
    assert place is None or place.city != "Accra"


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


def test_the_source_of_the_news_is_no_party_to_the_meeting_it_names(meetings_in):
    text = (
        "Nigerian President Bola Tinubu met Ghanaian President John Mahama in Abuja on Thursday. "
        "Tinubu praised the talks after the meeting, according to his spokesman Bayo Onanuga."
    )
    found = meetings_in(text, published=date(2025, 3, 14))
    assert all("Bayo Onanuga" not in {p.name for p in m.participants} for m in found)


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
        "with Senegalese President Bassirou Diomaye Faye in Addis Ababa on Saturday.",
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
        # the day before, told in the simple past, of others than the summit meeting's: the eve
        # of the summit, not held at it, whoever its people are
        (
            "On Friday, Nigerian President Bola Tinubu was welcomed by Ethiopian Prime Minister Abiy "
            "Ahmed in Addis Ababa.",
            False,
        ),
    ],
)
def test_a_meeting_told_as_past_by_the_summit_is_not_held_at_it(meetings_in, text, at_the_summit):
    found = meetings_in(SUMMIT + text, published=date(2025, 2, 16))
    occasions = {tuple(sorted(p.name for p in m.participants)): m.occasion for m in found}
    assert (occasions[("Abiy Ahmed", "Bola Tinubu")] is not None) == at_the_summit


@pytest.mark.parametrize(
    ("text", "at_the_summit"),
    [
        # the day before the summit talks of one of its people, told after them by its own day:
        # that person's visit, or eve, told as a step back, not at the summit
        ("On Friday, Ruto was welcomed by Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.", False),
        # ... also a meeting joined to that day's verb by "and"
        (
            "On Friday, Ruto called on Ethiopian President Taye Atske Selassie and held talks with "
            "Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.",
            False,
        ),
        # on the summit's day: at it
        ("On Saturday, Ruto was welcomed by Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.", True),
    ],
)
def test_a_step_back_to_the_day_before_ones_summit_talks_is_not_at_the_summit(
    meetings_in, text, at_the_summit
):
    found = meetings_in(SUMMIT + text, published=date(2025, 2, 16))
    occasions = {tuple(sorted(p.name for p in m.participants)): m.occasion for m in found}
    assert (occasions[("Abiy Ahmed", "William Ruto")] is not None) == at_the_summit


# A meeting told the day before in a relative clause on someone ("C, who met B on Thursday evening,
# said ...") is an aside on that person, not a step back to the eve of the summit: at the summit.
@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "VILNIUS (Reuters) - Polish President Andrzej Duda told Lithuanian President Gitanas Nauseda "
            'on Friday that the alliance must hold.\n\n"We stand together," Duda told Nauseda at the '
            "start of their meeting on the sidelines of the Baltic summit in the old city.\n\nLatvian "
            "President Edgars Rinkevics, who met Nauseda on Thursday evening, said the region needed "
            "more air defence.",
            "Edgars Rinkēvičs",
        ),
        (
            "ACCRA (Reuters) - Nigerian President Bola Tinubu told Ghanaian President John Mahama on "
            'Friday that trade would go on.\n\n"We are one people," Tinubu told Mahama at the start of '
            "their talks on the margins of the ECOWAS summit in the coastal capital.\n\nSenegalese "
            "President Bassirou Diomaye Faye, who held talks with Mahama on Thursday, told reporters "
            "the bloc would stay united.",
            "Bassirou Diomaye Faye",
        ),
        (
            "LIMA - Chilean President Gabriel Boric told Peruvian President Dina Boluarte on Friday that "
            'the border must reopen.\n\n"We are neighbours," Boric told Boluarte at the start of their '
            "meeting on the sidelines of the APEC summit in the capital.\n\nMexican President Claudia "
            "Sheinbaum, who sat down with Boluarte on Thursday, said trade was the priority.",
            "Claudia Sheinbaum",
        ),
    ],
)
def test_a_meeting_the_day_before_told_in_an_aside_on_someone_is_at_the_summit(meetings_in, text, met):
    found = meetings_in(text, published=date(2024, 7, 12))
    theirs = [m for m in found if met in {p.name for p in m.participants}]
    assert theirs and all(m.occasion is not None for m in theirs)


def test_a_day_before_a_meeting_only_planned_at_the_summit_is_no_day_before_the_summit(meetings_in):
    text = (
        "Kenyan President William Ruto's early departure from the African Union summit in Addis Ababa "
        "on Saturday night wiped out a meeting he had been due to hold on Sunday with Ghanaian "
        "President John Mahama.\n\nOn Saturday morning, Nigerian President Bola Tinubu held talks with "
        "Ethiopian Prime Minister Abiy Ahmed in Addis Ababa."
    )
    found = meetings_in(text, published=date(2025, 2, 16))
    occasions = {tuple(sorted(p.name for p in m.participants)): m.occasion for m in found}
    held = occasions[("Abiy Ahmed", "Bola Tinubu")]
    assert held is not None and held.name == "African Union summit"


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


def test_where_someone_landed_is_where_they_were_received_that_evening(meetings_in):
    found = meetings_in(
        "European Commission President Ursula von der Leyen flew to South America on Thursday. Von der "
        "Leyen, who landed in Montevideo on Thursday afternoon, was received by her host, Uruguayan "
        "President Luis Lacalle Pou, at the Executive Tower that evening.",
        published=date(2024, 12, 6),
    )
    assert [(m.place.city if m.place else None) for m in found] == ["Montevideo"]


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


def test_speaking_to_someone_after_a_call_with_them_is_that_call(meetings_in):
    text = (
        "Prime Minister Narendra Modi on Wednesday held a telephone conversation with Ukrainian "
        "President Volodymyr Zelensky. Hours later, the Prime Minister spoke to Zelensky again."
    )
    kinds = {m.kind for m in meetings_in(text, published=date(2024, 3, 20))}
    assert kinds == {"phone"}


@pytest.mark.parametrize(
    ("after", "kinds"),
    [
        ("The call lasted nearly an hour, officials in Paris said.", {"phone"}),
        ("Madrid said after the call that the two had agreed to stay in touch.", {"phone"}),
        ("The call for restraint was echoed across Europe.", {"in_person"}),
        ("Neither side has said whether a call will follow.", {"in_person"}),
    ],
)
def test_a_talk_the_next_sentences_name_the_call_is_a_call(meetings_in, after, kinds):
    text = (
        "French President Emmanuel Macron spoke with Spanish Prime Minister Pedro Sanchez on "
        f"Tuesday about the migration pact ahead of the summit. {after}"
    )
    assert {m.kind for m in meetings_in(text, published=date(2024, 5, 8))} == kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Chancellor Olaf Scholz said he had just spoken with Turkish President Recep Tayyip Erdogan "
            "and described the call as constructive.",
            "phone",
        ),
        (
            "Prime Minister Anthony Albanese spoke with Indian Prime Minister Narendra Modi on Tuesday "
            "and said the call had been warm.",
            "phone",
        ),
        (
            "Kenyan President William Ruto spoke with NATO chief Mark Rutte on Monday ahead of the summit "
            "and renewed the call for a ceasefire.",
            "in_person",
        ),
    ],
)
def test_a_talk_its_own_sentence_goes_on_to_name_the_call_is_a_call(meetings_in, text, kind):
    assert {m.kind for m in meetings_in(text)} == {kind}


def test_a_call_named_after_another_meeting_is_not_the_talk_told_first(meetings_in):
    text = (
        "French President Emmanuel Macron spoke with Spanish Prime Minister Pedro Sanchez on "
        "Tuesday ahead of the summit. On Wednesday, German Chancellor Olaf Scholz held a phone call "
        "with Italian Prime Minister Giorgia Meloni. The call covered the migration pact."
    )
    found = meetings_in(text, published=date(2024, 5, 8))
    assert {m.participants[0].name: m.kind for m in found}["Emmanuel Macron"] == "in_person"


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
    ("text", "city"),
    [
        (
            "Steinmeier receives Kenyan president at Bellevue\n"
            "German President Frank-Walter Steinmeier on Tuesday received Kenyan President William Ruto "
            "at Bellevue Palace in Berlin.",
            "Berlin",
        ),
        (
            "Saied hosts Italian premier at Carthage\n"
            "Tunisian President Kais Saied on Monday received Italian Prime Minister Giorgia Meloni at "
            "Carthage Palace.",
            "Tunis",
        ),
    ],
)
def test_a_headline_town_that_is_short_for_the_body_s_venue_is_that_venue(meetings_in, text, city):
    (meeting,) = meetings_in(text, published=date(2024, 5, 8))
    assert meeting.place is not None and meeting.place.city == city


def test_a_headline_town_that_begins_no_venue_of_the_body_is_another_place(meetings_in):
    text = (
        "Steinmeier receives Kenyan president at Bellevue\n"
        "German President Frank-Walter Steinmeier on Tuesday received Kenyan President William Ruto "
        "at the chancellery in Berlin."
    )
    found = meetings_in(text, published=date(2024, 5, 8))
    assert {m.place.city for m in found if m.place} == {"Bellevue", "Berlin"}


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


def test_one_called_to_be_briefed_on_the_trip_was_not_on_it(meetings_in):
    text = (
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Sunday. "
        "Before leaving Tokyo, Kishida spoke by phone with Joe Biden on Friday to brief him on the trip."
    )
    found = meetings_in(text, published=date(2023, 5, 7))
    seoul = next(m for m in found if m.place is not None and m.place.city == "Seoul" and m.date is not None)
    assert {p.name for p in seoul.participants} == {"Fumio Kishida", "Yoon Suk Yeol"}


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


_CALL_BEFORE = "Indian Prime Minister Narendra Modi spoke by phone with US President Joe Biden on Sunday. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a trip told in the past perfect is the news's past
        (
            _CALL_BEFORE
            + "Modi, who had visited Nairobi, also met Ethiopian Prime Minister Abiy Ahmed on Tuesday.",
            "Abiy Ahmed",
        ),
        (
            "Turkish President Recep Tayyip Erdogan, who had visited Kenya earlier this year, met Qatari "
            "Emir Tamim bin Hamad Al Thani on Monday.",
            "Tamim bin Hamad Al Thani",
        ),
    ],
)
def test_a_stay_told_as_over_does_not_place_a_meeting_after_it(meetings_in, text, name):
    meeting = next(m for m in meetings_in(text) if name in {p.name for p in m.participants})
    assert meeting.place is None


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            _CALL_BEFORE
            + "Modi was in Kenya last week. He met President William Ruto and signed a trade deal.",
            "William Ruto",
            (None, "Kenya"),
        ),
        (
            _CALL_BEFORE + "Modi is in Kenya this week. He met Kenyan President William Ruto on Tuesday.",
            "William Ruto",
            (None, "Kenya"),
        ),
        (
            "Chinese President Xi Jinping, who had arrived in Moscow on Monday, held talks with Russian "
            "President Vladimir Putin on Tuesday.",
            "Vladimir Putin",
            ("Moscow", "Russia"),
        ),
    ],
)
def test_a_stay_still_going_on_places_the_meeting_told_in_it(meetings_in, text, name, place):
    meeting = next(m for m in meetings_in(text) if name in {p.name for p in m.participants})
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == place


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
    "called_off",
    [
        "Ruto, who had been due to hold talks with Mottley on the margins of the summit, cancelled his trip "
        "on Sunday.",
        "Ruto had been expected to meet Mottley on the sidelines of the summit, but the talks were "
        "called off.",
    ],
)
def test_a_meeting_called_off_at_a_summit_is_placed_in_the_city_the_article_names_for_it(
    meetings_in, called_off
):
    found = meetings_in(
        "Leaders gathered for the Commonwealth summit in Apia on Monday. On the sidelines of the summit, "
        f"Starmer held talks with Albanese. {called_off}",
        published=date(2024, 10, 22),
    )
    (cancelled,) = [m for m in found if m.kind == "cancelled"]
    assert cancelled.occasion is not None and cancelled.place is not None and cancelled.place.city == "Apia"


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


def test_those_the_meeting_was_held_in_the_presence_of_sat_in_on_the_meeting_told_before(meetings_in):
    text = (
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed at the State "
        "House in Nairobi on Monday. The meeting was held in the presence of the Chairperson of the "
        "African Union Commission, Moussa Faki Mahamat, and Nigerian President Bola Tinubu, who "
        "facilitated the talks."
    )
    found = meetings_in(text, published=date(2025, 2, 4))
    assert [sorted(p.name for p in m.participants) for m in found] == [
        ["Abiy Ahmed", "Bola Tinubu", "Moussa Faki Mahamat", "William Ruto"]
    ]


def test_a_meeting_of_others_told_next_is_not_one_looked_on(meetings_in):
    text = (
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on "
        "Monday. The meeting came a day after Nigerian President Bola Tinubu met Ghana's President John "
        "Mahama in Abuja."
    )
    found = meetings_in(text, published=date(2025, 2, 4))
    assert sorted(tuple(sorted(p.name for p in m.participants)) for m in found) == [
        ("Abiy Ahmed", "William Ruto"),
        ("Bola Tinubu", "John Mahama"),
    ]


def test_a_gathering_named_after_a_planned_meeting_gives_it_no_day(meetings_in):
    text = (
        "Lula in Yaounde\n"
        "Lula held talks with Paul Biya in Yaounde on Tuesday. Lula will travel on to Angola for "
        "talks with President Joao Lourenco. Lula also recalled that the first Brazil-Africa Summit "
        "was held in Brasilia in December."
    )
    found = meetings_in(text, published=date(2022, 2, 22))
    planned = [m for m in found if m.kind == "planned"]
    assert [(sorted(p.name for p in m.participants), m.date) for m in planned] == [
        (["João Lourenço", "Luiz Inácio Lula da Silva"], None)
    ]


def test_the_meeting_named_again_after_a_planned_meeting_still_dates_it(meetings_in):
    text = (
        "Lula in Yaounde\n"
        "Lula held talks with Paul Biya in Yaounde on Tuesday. Lula will travel on to Angola for "
        "talks with President Joao Lourenco. The Lula-Lourenco meeting is scheduled for Friday."
    )
    found = meetings_in(text, published=date(2022, 2, 22))
    planned = [m for m in found if m.kind == "planned"]
    assert [m.date.start if m.date else None for m in planned] == [date(2022, 2, 25)]


def test_a_summit_named_after_a_meeting_gives_it_no_month(meetings_in):
    text = (
        "Chilean President Gabriel Boric met Indonesian President Prabowo Subianto in Lima. A "
        "meeting had been arranged during the ASEAN summit in Vientiane in October, but it did not "
        "happen."
    )
    found = meetings_in(text, published=date(2024, 11, 14))
    held = [m for m in found if m.kind == "in_person"]
    assert [(m.place.city if m.place else None, m.occasion, m.date) for m in held] == [("Lima", None, None)]


def test_the_meeting_named_again_with_its_day_still_dates_it(meetings_in):
    text = (
        "Chilean President Gabriel Boric met Indonesian President Prabowo Subianto in Lima. "
        "At the meeting on Wednesday, the two leaders discussed copper and nickel."
    )
    found = meetings_in(text, published=date(2024, 11, 14))
    assert [m.date.start if m.date else None for m in found] == [date(2024, 11, 13)]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (  # a web page's text: one paragraph a line, no blank line after the dateline
            "Lina Haddad | 14.06.2024\nAMMAN\nJordan's King Abdullah II on Thursday received Iraqi Prime "
            "Minister Mohammed Shia al-Sudani at the Royal Court.",
            "Amman",
        ),
        (  # a country in capitals on a line of its own is a section's label, no dateline
            "Lina Haddad | 14.06.2024\nJORDAN\nJordan's King Abdullah II on Thursday received Iraqi Prime "
            "Minister Mohammed Shia al-Sudani at the Royal Court.",
            None,
        ),
        (  # a city in capitals with its country after a comma, as some agencies print it
            "Dilnoza Karimova\n\nTASHKENT, Uzbekistan\n\nPresident Shavkat Mirziyoyev on Thursday received "
            "Kazakh Foreign Minister Murat Nurtleu at the Kuksaroy residence.",
            "Tashkent",
        ),
        (
            "Agency staff | 14.06.2024\nBAKU, Azerbaijan\nPresident Ilham Aliyev on Thursday received "
            "Georgian Prime Minister Irakli Kobakhidze at the Zagulba residence.",
            "Baku",
        ),
        (  # a city with a state or a country not its own is no dateline
            "Agency staff | 14.06.2024\nLIMA, Ohio\nPresident Ilham Aliyev on Thursday received Georgian "
            "Prime Minister Irakli Kobakhidze at the Zagulba residence.",
            None,
        ),
    ],
)
def test_a_dateline_alone_on_a_pages_line_places_the_news(text: str, city: str | None) -> None:
    (extraction,) = extract_texts([("t", f"Published: 2024-06-14\n\n{text}")])
    assert [m.place.city if m.place else None for m in extraction.meetings] == [city]


HEADLINE_SUMMIT = "Leaders gather in Lima for the APEC summit\n\n"


@pytest.mark.parametrize(
    ("text", "at_the_summit"),
    [
        # the headline's summit, the article's only gathering: a meeting placed nowhere is at it
        (
            HEADLINE_SUMMIT + "Chilean President Gabriel Boric held talks with Peruvian President Dina "
            "Boluarte on Thursday.",
            True,
        ),
        # a meeting with a place of its own keeps it, with no summit
        (
            HEADLINE_SUMMIT + "Chilean President Gabriel Boric held talks with Peruvian President Dina "
            "Boluarte in Santiago on Thursday.",
            False,
        ),
        # a meeting told on the eve of the summit is not at it
        (
            HEADLINE_SUMMIT + "Chilean President Gabriel Boric held talks with Peruvian President Dina "
            "Boluarte on Thursday, ahead of the summit.",
            False,
        ),
        # a headline that tells the summit as after the news: no meeting of it is at the summit
        (
            "Boric meets Boluarte ahead of APEC summit\n\nChilean President Gabriel Boric held talks "
            "with Peruvian President Dina Boluarte on Thursday.",
            False,
        ),
        # an article that names another gathering too: which one is not said
        (
            HEADLINE_SUMMIT + "Chilean President Gabriel Boric held talks with Peruvian President Dina "
            "Boluarte on Thursday. Both will also attend the G20 summit in Rio next week.",
            False,
        ),
    ],
)
def test_a_meeting_placed_nowhere_is_at_the_headlines_one_summit(meetings_in, text, at_the_summit):
    found = meetings_in(text, published=date(2024, 11, 15))
    occasions = {tuple(sorted(p.name for p in m.participants)): m.occasion for m in found}
    held = occasions[("Dina Boluarte", "Gabriel Boric")]
    assert (held is not None and held.name == "APEC summit") == at_the_summit


def test_the_meeting_of_more_people_told_after_a_welcome_on_arrival_is_a_meeting_of_its_own(meetings_in):
    found = meetings_in(
        "Chilean President Gabriel Boric arrived in Iquique on Monday. At the airport, Boric was "
        "welcomed by Peruvian President Dina Boluarte. The tripartite meeting of Gabriel Boric, Dina "
        "Boluarte and Bolivian President Luis Arce was held at the municipal theatre."
    )
    told = sorted((sorted(p.name for p in m.participants), m.arrival) for m in found)
    assert told == [
        (["Dina Boluarte", "Gabriel Boric"], True),
        (["Dina Boluarte", "Gabriel Boric", "Luis Arce"], False),
    ]


def test_the_meeting_told_after_a_welcome_on_arrival_joins_it_when_it_names_no_one_more(meetings_in):
    found = meetings_in(
        "At the airport, Chilean President Gabriel Boric was welcomed by Peruvian President Dina "
        "Boluarte. The meeting of Boric and Boluarte took place in the VIP lounge."
    )
    (meeting,) = found
    assert len(meeting.evidence) == 2


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Kenyan President William Ruto held talks with Joe Biden in Nairobi on Monday. It was "
            "the third meeting between the two, after Ruto's visit to the Oval Office in March.",
            "Washington",
        ),
        (
            "Kenyan President William Ruto held talks with Joe Biden in Nairobi on Monday. It was "
            "the third meeting between the two, after Ruto's trip to the White House in March.",
            "Washington",
        ),
    ],
)
def test_a_meeting_told_with_a_visit_of_its_days_is_where_the_visit_went(meetings_in, text, city):
    found = meetings_in(text)
    earlier = [
        m for m in found if m.date is not None and m.date.start.month == 3 and len(m.participants) == 2
    ]
    assert earlier and all(m.place is not None and m.place.city == city for m in earlier)


def test_a_letter_to_a_seat_of_government_places_no_meeting(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto held talks with Joe Biden in Nairobi on Monday, "
        "a week after he sent a letter to the White House."
    )
    assert [m.place.city for m in found if m.place is not None] == ["Nairobi"]


def test_a_visit_of_other_days_does_not_place_a_meeting(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto met Joe Biden in June. Ruto had visited the Oval Office "
        "in March. The two met again on Sunday, their talks held over lunch."
    )
    assert all(
        m.place is None or m.place.city != "Washington" for m in found if m.date and m.date.start.month != 3
    )


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Modi spoke by phone with President Macron on Tuesday. The call came a week after a "
        "meeting in New Delhi between Modi and a visiting French delegation.",
        "President Lula spoke with Chancellor Scholz by video link on Friday. The video call followed talks "
        "in Brasilia last week between Lula and a German business delegation.",
        "King Abdullah held talks with Emir Tamim. The two leaders spoke over the phone. The call followed "
        "a meeting in Amman between the King and a visiting Qatari delegation.",
    ],
)
def test_a_delegation_met_before_the_call_told_is_not_told_in_full_by_it(meetings_in, text):
    """A meeting with a delegation that the call just told is said to have followed, or come after,
    is by the text's own words another meeting than the call, not one the call tells in full."""
    found = meetings_in(text, published=None)
    assert [m.kind for m in found if len(m.participants) == 1] == ["in_person"]
    assert [m.kind for m in found if len(m.participants) == 2] in (["phone"], ["video"])


def test_a_delegation_met_in_person_is_told_in_full_by_the_talks_with_its_leader(meetings_in):
    found = meetings_in(
        "President Ruto met a visiting Chinese delegation in Nairobi on Monday. He held talks with Chinese "
        "Vice Premier Ding Xuexiang, who led it."
    )
    assert [len(m.participants) for m in found] == [2]


@pytest.mark.parametrize(
    ("text", "city", "occasion"),
    [
        (
            "Leaders of Kenya, Uganda and Tanzania at their meeting in Arusha, March 3, 2024.\n\n"
            "In Tanzania on March 3, Ruto, Museveni and Samia Suluhu Hassan had held talks on trade.",
            "Arusha",
            None,
        ),
        (
            "The leaders of the East African Community are to hold their first summit this Friday, "
            "22 November, in Arusha. William Ruto, Yoweri Museveni and Samia Suluhu Hassan are expected to "
            "meet in Tanzania on Friday.",
            "Arusha",
            "East African Community summit",
        ),
        (
            "Foreign ministers of the Pacific Islands Forum will hold a meeting on 12 August in Suva. "
            "Penny Wong and Winston Peters are to meet in Fiji on 12 August.",
            "Suva",
            None,
        ),
    ],
)
def test_a_meeting_placed_in_a_country_is_the_one_told_there_on_its_day(meetings_in, text, city, occasion):
    """A meeting told with its day and only its country is the meeting or gathering the article
    tells in a city of that country on that day, written out: it takes the city, and the name of a
    gathering (a summit, not "their meeting")."""
    found = [m for m in meetings_in(text) if len(m.participants) >= 2]
    assert found and all(m.place is not None and m.place.city == city for m in found)
    assert {m.occasion.name if m.occasion else None for m in found} == {occasion}


def test_a_meeting_on_another_day_is_not_the_one_told_in_a_city(meetings_in):
    found = meetings_in(
        "Leaders of Kenya, Uganda and Tanzania at their meeting in Arusha, March 3, 2024.\n\n"
        "Ruto and Museveni met in Tanzania on March 5."
    )
    assert [(m.place.city, m.place.country) for m in found if m.place] == [(None, "Tanzania")]


@pytest.mark.parametrize(
    "headline",
    [
        "Tinubu meets Tuggar, Ribadu at Aso Rock",
        "Ramaphosa meets Mashatile, Lamola, Ntshavheni at State House",
    ],
)
def test_a_headlines_meetings_with_each_of_several_are_the_bodys_one_meeting_of_all(meetings_in, headline):
    host, *others = {
        "Tinubu": ["Bola Tinubu", "Yusuf Tuggar", "Nuhu Ribadu"],
        "Ramaphosa": ["Cyril Ramaphosa", "Paul Mashatile", "Ronald Lamola", "Khumbudzo Ntshavheni"],
    }[headline.split()[0]]
    text = (
        f"{headline}\n\nPresident {host} on Monday held a closed-door meeting with "
        + ", ".join(others[:-1])
        + f" and {others[-1]} at State House."
    )
    found = meetings_in(text, published=date(2024, 11, 19))
    assert [sorted(p.name for p in m.participants) for m in found] == [sorted([host, *others])]


def test_a_headlines_meetings_with_each_stay_apart_where_the_body_tells_each(meetings_in):
    text = (
        "Ruto meets Museveni, Kagame on EAC sidelines\n\n"
        "President William Ruto met Ugandan President Yoweri Museveni in Arusha on Friday. He also met "
        "Rwandan President Paul Kagame."
    )
    found = meetings_in(text, published=date(2024, 11, 23))
    assert sorted(len(m.participants) for m in found) == [2, 2]


@pytest.mark.parametrize(
    ("told", "city"),
    [
        ("The summit was last held in Kigali in March 2022.", None),
        ("The forum, launched in 2010, was first held in Kampala.", None),
        ("The summit will be held in Kigali.", "Kigali"),
    ],
)
def test_where_a_gathering_was_last_held_does_not_place_the_one_to_come(meetings_in, told, city):
    text = (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni will hold talks at a regional "
        f"business summit next week.\n\n{told}"
    )
    found = meetings_in(text)
    assert [m.place.city if m.place else None for m in found] == [city]


def _casts(found):
    return sorted(tuple(sorted(p.name for p in m.participants)) for m in found)


@pytest.mark.parametrize(
    ("talks", "gathering"),
    [
        (
            "Chilean Foreign Minister Alberto van Klaveren earlier held talks with Vanuatu's Foreign "
            "Minister Matai Seremaiah in Abuja.",
            "The day culminated in the ministerial meeting, which brought together Seremaiah, van "
            "Klaveren, Nigerian Foreign Minister Yusuf Tuggar, Ghanaian Foreign Minister Samuel Ablakwa "
            "and Kenyan Foreign Minister Musalia Mudavadi.",
        ),
        (
            "Chilean Foreign Minister Alberto van Klaveren earlier held talks with Vanuatu's Foreign "
            "Minister Matai Seremaiah in Abuja.",
            "The regional ministerial meeting that closed the day brought together van Klaveren, "
            "Seremaiah, Nigerian Foreign Minister Yusuf Tuggar, Ghanaian Foreign Minister Samuel Ablakwa "
            "and Kenyan Foreign Minister Musalia Mudavadi.",
        ),
        (
            "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Arusha on "
            "Thursday.",
            "The regional summit, which brought together Ruto, Museveni, Tanzanian President Samia "
            "Suluhu Hassan and Rwandan President Paul Kagame, opened in the afternoon.",
        ),
    ],
)
def test_the_meeting_that_brings_in_more_delegations_is_not_the_talks_told_before(
    meetings_in, talks, gathering
):
    casts = _casts(meetings_in(f"{talks} {gathering}"))
    assert len(casts) == 2
    assert len(casts[0]) == 2 or len(casts[1]) == 2
    assert max(len(cast) for cast in casts) >= 4


@pytest.mark.parametrize(
    "mention",
    [
        # "the meeting" told bare: the talks, sat in on by their mediators
        "The meeting was also attended by Tanzanian President Samia Suluhu Hassan and Rwandan "
        "President Paul Kagame, who mediated.",
        "Tanzanian President Samia Suluhu Hassan and Rwandan President Paul Kagame also took part in "
        "the meeting.",
        # one more party: the talks told again
        "The meeting was hosted by Tanzanian President Samia Suluhu Hassan.",
    ],
)
def test_the_meeting_told_again_with_its_mediators_or_host_is_the_talks_told_before(meetings_in, mention):
    found = meetings_in(
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Arusha on "
        f"Thursday. {mention}"
    )
    assert len(found) == 1 and len(found[0].participants) >= 3


# "On the sidelines, he met B": the sidelines of the gathering the sentence before tells, with its
# day and its place.
MARGINS = [
    (
        "On Thursday, Chilean Foreign Minister Laura Pizarro attended a regional forum on water "
        "security in Asuncion. On the sidelines, she met Paraguayan President Hugo Benitez.",
        ("Hugo Benitez", "Laura Pizarro"),
        "2025-05-15",
        "Paraguay",
    ),
    (
        "Finnish Prime Minister Eero Lahtinen took part in a conference on Arctic shipping in Oslo on "
        "Tuesday. He held talks with Norwegian Prime Minister Ingrid Solberg on the margins.",
        ("Eero Lahtinen", "Ingrid Solberg"),
        "2025-05-13",
        "Norway",
    ),
]


@pytest.mark.parametrize(("text", "pair", "day", "country"), MARGINS)
def test_a_meeting_on_the_sidelines_takes_the_day_and_place_of_the_gathering_told_before(
    meetings_in, text, pair, day, country
):
    found = [m for m in meetings_in(text, published=date(2025, 5, 16)) if len(m.participants) == 2]
    assert [tuple(sorted(p.name for p in m.participants)) for m in found] == [pair]
    assert found[0].date is not None and (str(found[0].date.start), str(found[0].date.end)) == (day, day)
    assert found[0].place is not None and found[0].place.country == country


def test_a_meeting_on_the_sidelines_with_a_day_of_its_own_keeps_it(meetings_in):
    text = MARGINS[0][0].replace("she met", "on Friday she met")
    found = [m for m in meetings_in(text, published=date(2025, 5, 16)) if len(m.participants) == 2]
    assert found and str(found[0].date.start) == "2025-05-16"


def test_a_meeting_on_the_sidelines_of_a_gathering_it_names_is_not_the_one_before(meetings_in):
    text = (
        "On Thursday, Chilean Foreign Minister Laura Pizarro attended a regional forum on water security "
        "in Asuncion. Last year, on the sidelines of the G20 summit, she had met Paraguayan President "
        "Hugo Benitez."
    )
    found = [m for m in meetings_in(text, published=date(2025, 5, 16)) if len(m.participants) == 2]
    assert all(m.date is None or str(m.date.start) != "2025-05-15" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Lula met Macron in Rio de Janeiro on Monday on the sidelines of the G20 summit. On Tuesday, Lula "
        "also met Modi on the margins of the G20 meeting.",
        "Carney met Albanese in Lima on Friday on the sidelines of the APEC summit. On Saturday, Carney also "
        "held talks with Lee Jae-myung on the margins of the APEC meeting.",
        "Ruto met Ramaphosa in Kazan on the sidelines of the BRICS summit. Ruto also met Lula on the margins "
        "of the BRICS meeting.",
    ],
)
def test_a_summit_named_again_as_a_meeting_is_the_same_gathering_in_its_city(meetings_in, text):
    found = meetings_in(text)
    assert len({m.place.city for m in found if m.place is not None}) == 1
    assert all(m.place is not None for m in found)


def test_another_gathering_of_the_same_body_does_not_take_the_summits_city(meetings_in):
    found = meetings_in(
        "Lula met Macron in Rio de Janeiro on Monday on the sidelines of the G20 summit. Foreign Minister "
        "Mauro Vieira met Wang Yi in July on the margins of the G20 foreign ministers' meeting."
    )
    vieira = next(m for m in found if "Mauro Vieira" in {p.name for p in m.participants})
    assert vieira.place is None


@pytest.mark.parametrize(
    "text",
    [
        "In February, on the margins of the African Union summit in Addis Ababa, Prime Minister Abiy Ahmed "
        "held talks with Nigerian President Muhammadu Buhari. On the sidelines of the same summit, Abiy also "
        "met African Development Bank President Akinwumi Adesina.",
        "In March, President Prabowo Subianto attended the ASEAN summit in Vientiane, where he met Thai "
        "Prime Minister Paetongtarn Shinawatra. On the margins of that summit, Prabowo also held talks with "
        "Philippine President Ferdinand Marcos Jr.",
    ],
)
def test_a_meeting_on_the_sidelines_of_the_same_summit_is_held_on_its_day(meetings_in, text):
    found = meetings_in(text, date(2024, 10, 8))
    assert len(found) == 2
    assert all(m.date is not None and m.date.precision == "month" for m in found)
    assert found[0].date == found[1].date


def test_a_meeting_on_the_sidelines_of_another_summit_takes_no_day_from_the_one_before(meetings_in):
    text = (
        "In February, on the margins of the African Union summit in Addis Ababa, Prime Minister Abiy Ahmed "
        "held talks with Nigerian President Muhammadu Buhari. On the sidelines of a UN summit, Abiy also met "
        "African Development Bank President Akinwumi Adesina."
    )
    adesina = [
        m
        for m in meetings_in(text, date(2024, 10, 8))
        if "Akinwumi Adesina" in {p.name for p in m.participants}
    ]
    assert adesina and all(m.date is None for m in adesina)


@pytest.mark.parametrize(
    ("text", "pair", "city", "day"),
    [
        (
            "Iranian Foreign Minister Abbas Araghchi flew into Oslo on Sunday. Araghchi held talks with "
            "Norwegian Foreign Minister Espen Barth Eide.",
            ("Abbas Araghchi", "Espen Barth Eide"),
            "Oslo",
            date(2024, 5, 5),
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva flew into Lisbon on Tuesday. Lula held talks "
            "with Portuguese Prime Minister Luis Montenegro.",
            ("Luiz Inácio Lula da Silva", "Luís Montenegro"),
            "Lisbon",
            date(2024, 5, 7),
        ),
        (
            "Indian Prime Minister Narendra Modi flew in to Tokyo on Friday. Modi held talks with "
            "Japanese Prime Minister Fumio Kishida.",
            ("Fumio Kishida", "Narendra Modi"),
            "Tokyo",
            date(2024, 5, 10),
        ),
    ],
)
def test_flying_into_a_city_places_and_dates_the_travellers_next_meeting(meetings_in, text, pair, city, day):
    (meeting,) = [m for m in meetings_in(text, published=date(2024, 5, 10)) if len(m.participants) == 2]
    assert tuple(sorted(p.name for p in meeting.participants)) == pair
    assert meeting.place is not None and meeting.place.city == city
    assert meeting.date is not None and meeting.date.start == day


@pytest.mark.parametrize(
    ("text", "pair", "city"),
    [
        (
            "Kenyan President William Ruto landed in Kampala on Tuesday. In the evening he flew on to "
            "Kigali. There he held talks with Rwandan President Paul Kagame.",
            ("Paul Kagame", "William Ruto"),
            "Kigali",
        ),
        (
            "Ghanaian President John Mahama arrived in Lome on Wednesday. He later flew to Abuja and held "
            "talks at the presidential villa with Nigerian President Bola Tinubu.",
            ("Bola Tinubu", "John Mahama"),
            "Abuja",
        ),
        (
            "Senegalese President Bassirou Diomaye Faye was in Banjul on Thursday. Afterwards, President "
            "Faye flew to Conakry. He held talks with Guinean President Mamadi Doumbouya at the palace.",
            ("Bassirou Diomaye Faye", "Mamady Doumbouya"),
            "Conakry",
        ),
    ],
)
def test_flying_on_to_the_next_leg_of_a_tour_places_the_meeting_there(meetings_in, text, pair, city):
    # "flew on to B" after "landed in A": the next meeting is in B, not where the tour began
    found = [m for m in meetings_in(text, published=date(2024, 5, 10)) if len(m.participants) == 2]
    assert found and all(tuple(sorted(p.name for p in m.participants)) == pair for m in found)
    assert all(m.place is not None and m.place.city == city for m in found)


def test_flying_out_of_a_city_does_not_place_the_next_meeting_there(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto flew out of Nairobi on Tuesday. Ruto held talks with Ghanaian "
        "President John Mahama.",
        published=date(2024, 5, 10),
    )
    assert all(m.place is None or m.place.city != "Nairobi" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Vietnamese President To Lam held talks with Mongolian President Ukhnaagiin Khurelsukh in "
        "Ulaanbaatar on Monday, as the Vietnamese leader is paying a state visit to Mongolia.",
        "Kenyan President William Ruto paid a state visit to Ghana last week, during which he held "
        "talks with Ghanaian President Nana Akufo-Addo in Accra.",
        "During his official visit to Brazil on Tuesday, Portuguese Prime Minister Luis Montenegro met "
        "Brazilian President Luiz Inacio Lula da Silva in Brasilia.",
    ],
)
def test_a_visit_told_in_the_sentence_of_the_meeting_with_its_host_is_that_meeting(meetings_in, text):
    found = meetings_in(text)
    assert [m.kind for m in found] == ["in_person"]
    assert len(found[0].participants) == 2


def test_a_visit_on_the_day_its_meeting_with_the_host_is_planned_is_that_plan(meetings_in):
    found = meetings_in(
        "Indonesian President Prabowo Subianto arrived in Hanoi on Tuesday morning. It is his first "
        "official visit to Vietnam. Later this afternoon he will be received by Vietnamese President "
        "Luong Cuong in Hanoi."
    )
    assert [(m.kind, len(m.participants)) for m in found] == [("planned", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Argentine President Javier Milei met Italian Prime Minister Giorgia Meloni in Rome on Monday "
        "before starting a visit to Spain.",
        "Kazakh President Kassym-Jomart Tokayev is visiting Uzbekistan on Thursday. Next week he is to be "
        "received by Uzbek President Shavkat Mirziyoyev in Tashkent.",
    ],
)
def test_a_visit_elsewhere_or_on_other_days_than_the_meeting_is_kept(meetings_in, text):
    found = meetings_in(text)
    assert "visit" in [m.kind for m in found]


# -- where they met in the past is no city of the news ----------------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "country"),
    [
        (
            "Kim Jong Un arrived in Russia by train. At the border, the North Korean leader was greeted "
            "by Russian Minister Alexander Kozlov. Kim had first met Kozlov in Vladivostok in April 2019.",
            ("Kim Jong Un", "Alexander Kozlov"),
            "Russia",
        ),
        (
            "North Korean leader Kim Jong Un was greeted in Russia by Russian Minister Alexander Kozlov. "
            "Kim and Kozlov last met in Vladivostok.",
            ("Kim Jong Un", "Alexander Kozlov"),
            "Russia",
        ),
        (
            "Brazilian President Lula was received in Argentina by Argentine Foreign Minister Diana "
            "Mondino. The two had held talks in Cordoba in 2019.",
            ("Luiz Inácio Lula da Silva", "Diana Mondino"),
            "Argentina",
        ),
    ],
)
def test_a_city_where_they_met_in_the_past_does_not_place_the_news(meetings_in, text, pair, country):
    news = [
        m
        for m in meetings_in(text)
        if {p.name for p in m.participants} == set(pair)
        and any(word in m.evidence[0].text for word in ("greeted", "received"))
    ]
    assert len(news) == 1
    assert news[0].place is not None
    assert (news[0].place.city, news[0].place.country) == (None, country)


def test_a_city_where_they_meet_in_the_news_still_places_the_news(meetings_in):
    found = meetings_in(
        "Turkish Foreign Minister Hakan Fidan held talks on the sidelines of an OIC meeting in Saudi "
        "Arabia. Fidan met Iranian Foreign Minister Abbas Araghchi in Jeddah on Sunday."
    )
    assert [(m.place.city, m.place.country) for m in found if m.place is not None] == [
        ("Jeddah", "Saudi Arabia")
    ]


# -- talks a definite reference names again: the date the sentence before gives them ---------------
@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Qatar's prime minister said on Saturday that a fourth round of talks, which had been due to "
            "open in Doha on Monday, would not go ahead.\n\nThe talks would have brought Sudanese army "
            "chief Abdel Fattah al-Burhan and Ethiopian Prime Minister Abiy Ahmed together in the Qatari "
            "capital.",
            date(2024, 3, 9),
            (date(2024, 3, 11), date(2024, 3, 11)),
        ),
        (
            "A new round of negotiations, due to take place in Geneva on Tuesday, was called off on "
            "Saturday.\n\nThe round would have brought Russian Foreign Minister Sergey Lavrov and US "
            "Secretary of State Antony Blinken back to Switzerland for another session of talks.",
            date(2024, 3, 9),
            (date(2024, 3, 12), date(2024, 3, 12)),
        ),
        (
            "Talks held in Doha in January ended without a deal.\n\nThe talks had brought Sudanese army "
            "chief Abdel Fattah al-Burhan and Ethiopian Prime Minister Abiy Ahmed together.",
            date(2024, 3, 6),
            (date(2024, 1, 1), date(2024, 1, 31)),
        ),
        (
            "Qatar said on Saturday that a round of talks in Doha would not go ahead.\n\nThe talks would "
            "have brought Sudanese army chief Abdel Fattah al-Burhan and Ethiopian Prime Minister Abiy "
            "Ahmed together in the Qatari capital.",
            date(2024, 3, 9),
            None,
        ),
    ],
)
def test_talks_named_again_take_the_date_the_sentence_before_gives_them(meetings_in, text, published, day):
    (meeting,) = meetings_in(text, published=published)
    assert (meeting.date and (meeting.date.start, meeting.date.end)) == day


@pytest.mark.parametrize(
    "text",
    [
        "Ruto and Museveni held a telephone conversation on Thursday. During the talk, Ruto and Museveni "
        "welcomed the results of the EAC Summit held in Arusha on November 10.",
        "Lula spoke with Macron by video link on Monday. In the conversation, Lula and Macron welcomed the "
        "results of the G20 summit held in Rio in November.",
        "Boric and Milei held a phone call on Thursday. During the talk, the presidents discussed trade.",
    ],
)
def test_the_talk_that_frames_a_statement_after_a_call_is_that_call(meetings_in, text):
    # what was said in the call, the place and day of what they talked about not its own
    (meeting,) = meetings_in(text, published=date(2024, 11, 22))
    assert meeting.kind in {"phone", "video"} and meeting.place is None


def test_a_visit_that_frames_a_meeting_after_a_call_is_not_that_call(meetings_in):
    found = meetings_in(
        "Ruto and Museveni held a telephone conversation on Thursday. During the visit to Arusha on "
        "Friday, Ruto met Samia Suluhu Hassan.",
        published=date(2024, 11, 22),
    )
    assert sorted(m.kind for m in found) == ["in_person", "phone"]


@pytest.mark.parametrize(
    ("text", "occasion", "kind"),
    [
        (
            "The BRICS summit was held in Kazan on October 22. The summit was attended by Lula, Modi and "
            "Ramaphosa.",
            "BRICS summit",
            "in_person",
        ),
        (
            "The SCO summit was held on November 10. Lula, Modi and Ramaphosa took part in the summit via "
            "videoconference.",
            "SCO summit",
            "video",
        ),
    ],
)
def test_the_summit_people_took_part_in_is_the_one_named_just_before(meetings_in, text, occasion, kind):
    (meeting,) = meetings_in(text, published=date(2024, 11, 19))
    assert meeting.occasion is not None and meeting.occasion.name == occasion and meeting.kind == kind
    assert meeting.date is not None and meeting.date.start.month in (10, 11)


def test_a_session_of_the_summit_named_before_is_no_summit_taken_part_in(meetings_in):
    found = meetings_in(
        "The BRICS summit was held in Kazan on October 22. Lula, Modi and Ramaphosa attended a session of "
        "the summit.",
        published=date(2024, 11, 19),
    )
    assert all(m.occasion is None for m in found)


@pytest.mark.parametrize(
    "told",
    [
        "The two presidents spoke by phone in August, when Mahama confirmed that he would travel to "
        "Nairobi for the summit.",
        "In August, Mahama had announced that he would visit Nairobi.",
    ],
)
def test_a_plan_told_before_of_the_trip_made_is_that_trip(meetings_in, told):
    text = f"Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Tuesday. {told}"
    assert "planned" not in {m.kind for m in meetings_in(text)}


@pytest.mark.parametrize(
    "told",
    [
        "Mahama said on Tuesday that he would travel to Nairobi again in March.",
        "Mahama will travel to Kampala on Friday.",
        "Mahama said that he would travel to Kampala next month.",
    ],
)
def test_a_plan_of_another_trip_stays(meetings_in, told):
    text = f"Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Tuesday. {told}"
    assert "planned" in {m.kind for m in meetings_in(text)}


@pytest.mark.parametrize(
    ("text", "past"),
    [
        (
            "Polish President Andrzej Duda was received on Monday at the Elysee Palace by his French "
            "counterpart, Emmanuel Macron. This was the first bilateral meeting at the Elysee between Duda "
            "and Macron. The two presidents had previously taken part together in the Weimar Triangle "
            "summit on March 4, 2022, which Scholz hosted in Berlin.",
            date(2022, 3, 4),
        ),
        (
            "Spanish Prime Minister Pedro Sanchez was received on Tuesday at the Quirinal Palace by "
            "Italian President Sergio Mattarella. This was the first official meeting at the Quirinal "
            "between Sanchez and Mattarella. The two men had previously attended together the Union for "
            "the Mediterranean summit on July 8, 2023.",
            date(2023, 7, 8),
        ),
    ],
)
def test_a_meeting_told_as_their_past_does_not_date_the_one_of_the_news(meetings_in, text, past):
    """A dated meeting told in the past perfect after "This was their first meeting" is a meeting
    of their past, never the day of the undated mention of the news before it."""
    found = meetings_in(text)
    assert any(m.date is not None and m.date.start == past for m in found)
    assert all(m.background for m in found if m.date is not None and m.date.start == past)


def test_the_meeting_told_again_with_its_day_dates_it(meetings_in):
    """A definite mention with a day, told in the simple past, still dates the meeting before it."""
    found = meetings_in(
        "Indonesian President Prabowo Subianto and Chinese President Xi Jinping have already talked "
        "by video link. They held that conversation on October 2, 2024."
    )
    assert any(m.date is not None and m.date.start == date(2024, 10, 2) for m in found)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Macron's delegation spent two days in the Lebanese capital last week. On Saturday, Macron held "
            "talks with Lebanese President Joseph Aoun.",
            "Beirut",
        ),
        (
            "Ruto's team spent several hours in Addis Ababa on Sunday. Ruto held talks with Ethiopian Prime "
            "Minister Abiy Ahmed.",
            "Addis Ababa",
        ),
    ],
)
def test_a_stay_spent_by_someones_party_places_their_next_meeting(meetings_in, text: str, city: str) -> None:
    (meeting,) = meetings_in(text)
    assert meeting.place is not None and meeting.place.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz spent his youth in Hamburg. On Monday, Scholz held talks with Emmanuel Macron.",
        "Lavrov's team spent the night in the Turkish capital on Monday. Lavrov later spoke by phone with "
        "Antony Blinken.",
    ],
)
def test_years_of_a_life_or_a_call_after_a_stay_take_no_place_from_it(meetings_in, text: str) -> None:
    (meeting,) = meetings_in(text)
    assert meeting.place is None


@pytest.mark.parametrize(
    "standfirst",
    [
        "Nordic ministers and Stubb spent two hours with Narendra Modi.",
        "Stubb and Modi held talks on trade.",
    ],
)
def test_a_standfirst_naming_some_of_a_meeting_s_people_is_the_meeting_the_story_tells(
    meetings_in, standfirst
):
    text = (
        "Nordic leaders leave Delhi with promises\n\n"
        f"{standfirst}\n\n"
        "NEW DELHI — The prime ministers of Norway, Sweden and Denmark — Jonas Gahr Støre, Ulf Kristersson "
        "and Mette Frederiksen — and Finnish President Alexander Stubb sat down with Indian Prime Minister "
        "Narendra Modi at Hyderabad House on Tuesday."
    )
    (meeting,) = meetings_in(text, published=date(2025, 3, 12))
    assert len(meeting.participants) == 5
    assert meeting.date is not None and meeting.date.start == date(2025, 3, 11)


def test_a_standfirst_meeting_of_other_people_stays_its_own(meetings_in):
    text = (
        "Nordic leaders leave Delhi with promises\n\n"
        "Stubb met Lula in Brasilia last year.\n\n"
        "NEW DELHI — Finnish President Alexander Stubb sat down with Indian Prime Minister Narendra Modi "
        "at Hyderabad House on Tuesday."
    )
    found = meetings_in(text, published=date(2025, 3, 12))
    assert len(found) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Serbian President Aleksandar Vucic and Croatian Prime Minister Andrej Plenkovic held a "
        "long telephone "
        "conversation, their offices said. The call had been announced a day earlier by the "
        "presidency, which "
        "said the conversation between Vucic and Plenkovic was scheduled for noon.",
        "Ghanaian President John Mahama and Togolese President Faure Gnassingbe spoke by phone, "
        "their offices "
        "said. A spokesman had said on Monday that the call between Mahama and Gnassingbe was set "
        "for Tuesday "
        "afternoon.",
    ],
)
def test_a_call_announced_in_the_past_is_the_call_held(meetings_in, text):
    """A plan of a call told in the past tense is the article's call of the same people, announced
    and then made: one report of a call, no plan beside it."""
    found = meetings_in(text)
    assert {m.kind for m in found} == {"phone"}


def test_a_call_still_to_come_beside_a_call_held_stays_a_plan(meetings_in):
    found = meetings_in(
        "Ghanaian President John Mahama and Togolese President Faure Gnassingbe spoke by phone on Tuesday. "
        "A video call between Mahama and Gnassingbe is planned for next month."
    )
    assert {m.kind for m in found} == {"phone", "planned"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi on Monday. "
        "The talks between Ruto and Hassan had been agreed in July, during a phone call.",
        "Paraguayan President Santiago Pena received Uruguayan President Yamandu Orsi in Asuncion on Friday. "
        "The meeting between Pena and Orsi had been arranged last year.",
        "Paraguayan President Santiago Pena received Uruguayan President Yamandu Orsi in Asuncion on Friday. "
        "The broader meeting between Pena and Orsi had been agreed last year, after months of talks between "
        "their foreign ministries.",
    ],
)
def test_a_meeting_told_as_arranged_in_the_past_perfect_is_the_meeting_held(meetings_in, text):
    """ "The meeting between A and B had been arranged last year": how the meeting told came about,
    not a plan of its own dated by its arranging; the held meeting keeps that sentence too."""
    found = meetings_in(text)
    assert "planned" not in {m.kind for m in found}
    (held,) = [m for m in found if m.kind == "in_person"]
    assert len(held.evidence) == 2


def test_a_meeting_arranged_in_the_past_and_still_to_come_is_not_the_one_held(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi on Monday. "
        "The next summit had been agreed last year and will be held in Arusha in June."
    )
    assert not any(len(m.evidence) > 1 for m in found if m.kind == "in_person")


@pytest.mark.parametrize(
    "such", ["the first such gathering", "the second such summit", "the previous such forum"]
)
def test_such_a_gathering_told_after_a_meeting_is_another_one_whose_year_is_not_its(meetings_in, such):
    """ "against 30 at the first such gathering in Kigali in 2015": another of its kind, whose
    place and year are none of the meeting told before."""
    (met,) = meetings_in(
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi. Only 12 "
        f"leaders attended, against 30 at {such} in Kigali in 2015.",
        published=None,
    )
    assert (met.date, met.place.city if met.place else None) == (None, "Nairobi")


@pytest.mark.parametrize(
    "text",
    [
        "Portuguese Prime Minister Luis Montenegro held talks with Spanish Prime Minister Pedro Sanchez in "
        "Madrid on Monday. The Portuguese prime minister had announced the date of the visit in Brussels "
        "last month, after the European Council summit, where he also criticised Madrid's water policy.",
        "Portuguese Prime Minister Luis Montenegro held talks with Spanish Prime Minister Pedro Sanchez in "
        "Madrid on Monday. Montenegro had announced the date of the visit in Brussels last month, after the "
        "European Council summit.",
    ],
)
def test_the_visit_announced_in_the_past_perfect_elsewhere_is_the_one_held(meetings_in, text):
    """ "had announced the date of the visit in Brussels last month": where and when the visit told
    was announced, not a trip planned to Brussels."""
    found = meetings_in(text, date(2024, 5, 13))
    assert [m.kind for m in found] == ["in_person"]
    assert found[0].place is not None and found[0].place.city == "Madrid"


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "U.S. Trade Representative Jamieson Greer and Indian Commerce Minister Piyush Goyal held a "
            "productive meeting on Friday. The meeting, on the sidelines of the G20 trade ministers' "
            "meeting, was the first between Greer and Goyal since he took office.",
            "G20 meeting",
        ),
        (
            "British Chancellor Rachel Reeves and Japanese Finance Minister Katsunobu Kato held talks on "
            "Friday. The talks, on the sidelines of the IMF and World Bank spring meetings, were the "
            "first between Reeves and Kato.",
            "IMF and World Bank spring meetings",
        ),
        (
            "British Chancellor Rachel Reeves and Japanese Finance Minister Katsunobu Kato held talks on "
            "Friday. The talks, a week before the G20 summit, were the first between Reeves and Kato.",
            None,
        ),
        (
            "Indian Prime Minister Narendra Modi met Kyrgyz President Sadyr Japarov in Bishkek on Friday, "
            "ahead of the 25th Meeting of the Council of Heads of State of the Collective Security Treaty "
            "Organization.",
            None,
        ),
    ],
)
def test_the_meeting_told_again_at_a_gathering_was_held_at_it(meetings_in, text, occasion):
    """ "The meeting, on the sidelines of X, was the first between them": the meeting just told
    was held at X; not a gathering it is told as before or after."""
    (found,) = meetings_in(text, published=date(2025, 10, 17))
    assert (found.occasion.name if found.occasion else None) == occasion


# -- "the Xi meeting": a definite meeting word named by a person is that person's meeting --------
@pytest.mark.parametrize(
    ("text", "named", "other"),
    [
        (
            "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi "
            "in Beijing on Friday. "
            "Later that day, Blinken held talks with Chinese Vice President Han Zheng. "
            "The Wang meeting came at the start of Blinken's two-day visit.",
            "Wang Yi",
            "Han Zheng",
        ),
        (
            "French President Emmanuel Macron received Kenyan President William Ruto at the Elysee Palace "
            "in Paris on Tuesday. Macron then met Nigerian President Bola Tinubu. "
            "The Ruto talks were Macron's first with an African leader this year.",
            "William Ruto",
            "Bola Tinubu",
        ),
        (
            "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Shigeru Ishiba in "
            "Tokyo on Monday. Afterwards, Modi met South Korean President Yoon Suk Yeol. "
            "The Ishiba meeting came at the start of Modi's four-day trip.",
            "Shigeru Ishiba",
            "Yoon Suk Yeol",
        ),
    ],
)
def test_a_meeting_word_named_by_a_person_joins_that_persons_meeting(meetings_in, text, named, other):
    meetings = meetings_in(text)
    for meeting in meetings:
        names = {p.name for p in meeting.participants}
        assert not {named, other} <= names, [m.participants for m in meetings]
    assert any(named in {p.name for p in m.participants} for m in meetings)


def test_a_meeting_word_named_by_no_one_stays_the_meeting_just_told(meetings_in):
    text = (
        "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Shigeru Ishiba in "
        "Tokyo on Monday. Afterwards, Modi met South Korean President Yoon Suk Yeol. "
        "The meeting came at the end of Modi's four-day trip."
    )
    meetings = meetings_in(text)
    assert sorted(len(m.participants) for m in meetings) == [2, 2]


@pytest.mark.parametrize(
    ("text", "city", "start"),
    [
        (
            "Spanish Prime Minister Pedro Sánchez met Portuguese Prime Minister Luís Montenegro in Faro on "
            "Wednesday. The two leaders had already met in Madrid on April 15. At that meeting they agreed "
            "to hold the summit in Portugal.",
            "Madrid",
            date(2024, 4, 15),
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Wednesday. "
            "The two leaders last met in Nairobi in March. At that meeting they signed a pipeline deal.",
            "Nairobi",
            date(2024, 3, 1),
        ),
    ],
)
def test_that_meeting_after_one_told_as_the_past_is_that_past_meeting(meetings_in, text, city, start):
    found = meetings_in(text, published=date(2024, 10, 23))
    (told,) = [
        m for m in found if m.kind == "in_person" and any("At that meeting" in e.text for e in m.evidence)
    ]
    assert told.place is not None and told.place.city == city
    assert told.date is not None and told.date.start == start


def test_that_meeting_after_the_news_alone_is_the_news(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Wednesday. "
        "At that meeting they signed a pipeline deal.",
        published=date(2024, 10, 23),
    )
    (told,) = [
        m for m in found if m.kind == "in_person" and any("At that meeting" in e.text for e in m.evidence)
    ]
    assert told.place is not None and told.place.city == "Kampala"
    assert told.date is not None and told.date.start == date(2024, 10, 23)


@pytest.mark.parametrize(
    ("standfirst", "story"),
    [
        (
            "Ramaphosa also meets Nigeria's Vice President Kashim Shettima and Senate President Godswill "
            "Akpabio on his second day",
            "ABUJA — South African President Cyril Ramaphosa held separate meetings on Tuesday with Vice "
            "President Kashim Shettima and Senate President Godswill Akpabio.",
        ),
        (
            "Albanese sits down with Indonesia's Prabowo and Malaysia's Anwar",
            "JAKARTA — Australian Prime Minister Anthony Albanese met Indonesian President Prabowo Subianto "
            "on Monday. He later met Malaysian Prime Minister Anwar Ibrahim separately on Monday.",
        ),
    ],
)
def test_a_standfirst_meeting_of_one_with_two_the_story_meets_apart_is_those_meetings(
    meetings_in, standfirst, story
):
    text = f"Leaders agree to deepen ties\n\n{standfirst}\n\n{story}"
    found = meetings_in(text, published=date(2025, 3, 12))
    assert sorted(len(m.participants) for m in found) == [2, 2]
    assert all(len(m.evidence) == 2 for m in found)


def test_a_standfirst_meeting_of_three_the_story_tells_as_one_meeting_stays_one(meetings_in):
    text = (
        "Leaders agree to deepen ties\n\n"
        "Ramaphosa meets Shettima and Akpabio on his second day\n\n"
        "ABUJA — South African President Cyril Ramaphosa, Vice President Kashim Shettima and Senate "
        "President Godswill Akpabio met together on Tuesday."
    )
    found = meetings_in(text, published=date(2025, 3, 12))
    assert [len(m.participants) for m in found] == [3]


@pytest.mark.parametrize(
    ("text", "held", "planned"),
    [
        (
            "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha "
            "on Tuesday. Ruto will attend the summit on Wednesday, after which he is scheduled to hold a "
            "meeting with Ugandan President Yoweri Museveni. Ruto will fly home after the meeting with "
            "Museveni.",
            {"William Ruto", "Samia Suluhu Hassan"},
            {"William Ruto", "Yoweri Museveni"},
        ),
        (
            "Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah II in Cairo on Sunday. "
            "Sisi will open the forum on Monday, after which he is due to hold a meeting with Emirati "
            "President Mohamed bin Zayed. Sisi will leave for Riyadh after the meeting with Mohamed bin "
            "Zayed.",
            {"Abdel Fattah el-Sisi", "Abdullah II"},
            {"Abdel Fattah el-Sisi", "Mohamed bin Zayed"},
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in "
            "Brasilia on Monday. Lula will address the summit on Tuesday, after which he will hold a "
            "meeting with Chilean President Gabriel Boric. Lula will fly home after the meeting with Boric.",
            {"Luiz Inácio Lula da Silva", "Javier Milei"},
            {"Luiz Inácio Lula da Silva", "Gabriel Boric"},
        ),
    ],
)
def test_the_meeting_with_someone_else_is_not_the_talks_just_told(meetings_in, text, held, planned):
    found = meetings_in(text, published=date(2024, 5, 6))
    assert sorted((m.kind, sorted(p.name for p in m.participants)) for m in found) == sorted(
        [("in_person", sorted(held)), ("planned", sorted(planned))]
    )


def test_the_meeting_with_one_of_its_own_people_is_still_the_talks_just_told(meetings_in):
    text = (
        "Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia on "
        "Monday. The meeting with Milei lasted two hours."
    )
    found = meetings_in(text, published=date(2024, 5, 6))
    pair = ["Javier Milei", "Luiz Inácio Lula da Silva"]
    assert [sorted(p.name for p in m.participants) for m in found] == [pair]


def _plan_place(found, name):
    plan = next(m for m in found if m.kind == "planned" and name in {p.name for p in m.participants})
    return (plan.place.city, plan.place.country) if plan.place else None


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        (
            "Brazilian President Luiz Inacio Lula da Silva met Indonesian President Prabowo Subianto on "
            "the sidelines of the BRICS summit in Rio de Janeiro on Sunday. Lula is scheduled to hold a "
            "bilateral meeting with Indian Prime Minister Narendra Modi on the sidelines of the summit "
            "on Monday.",
            "Narendra Modi",
            ("Rio de Janeiro", "Brazil"),
        ),
        (
            "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan at "
            "the EAC summit in Arusha on Friday. Ruto will meet Ugandan President Yoweri Museveni at the "
            "EAC summit on Saturday, his office said.",
            "Yoweri Museveni",
            ("Arusha", "Tanzania"),
        ),
        (
            "On Thursday, Astana will host the SCO summit. Kazakh President Kassym-Jomart Tokayev is "
            "expected to hold talks with Chinese President Xi Jinping on the sidelines of the summit.",
            "Xi Jinping",
            ("Astana", "Kazakhstan"),
        ),
    ],
)
def test_a_plan_at_the_summit_of_the_news_is_in_the_summits_city(meetings_in, text, name, city):
    assert _plan_place(meetings_in(text), name) == city


@pytest.mark.parametrize(
    "text",
    [
        # the summit met at was another year's: the plan is for one not yet placed
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan last met at the EAC "
        "summit in Arusha in 2022. Ruto will meet Ugandan President Yoweri Museveni at the EAC summit.",
        # the next summit of the series is another one
        "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan at the "
        "EAC summit in Arusha on Friday. Ruto will meet Ugandan President Yoweri Museveni at the next "
        "EAC summit.",
        # a plan with truly no place
        "Kenyan President William Ruto will meet Ugandan President Yoweri Museveni next month, his "
        "office said.",
    ],
)
def test_a_plan_for_another_summit_or_none_takes_no_city(meetings_in, text):
    assert _plan_place(meetings_in(text), "Yoweri Museveni") in {None, (None, "Uganda"), (None, "Kenya")}


# -- a headline names the parties and leaves out the host the body names ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Sudan's Burhan and Chad's Deby meet in Egypt\n"
        "Abdel Fattah al-Burhan and Mahamat Idriss Deby met in Cairo on Friday in talks hosted by Egyptian "
        "President Abdel Fattah el-Sisi, the Egyptian presidency said.",
        "Armenia's Pashinyan, Azerbaijan's Aliyev hold talks in UAE\n"
        "Nikol Pashinyan and Ilham Aliyev met in Abu Dhabi on Friday in talks hosted by UAE President "
        "Mohamed bin Zayed Al Nahyan.",
        "Ramaphosa and Tinubu meet in Kenya\n"
        "Kenyan President William Ruto on Friday hosted South African President Cyril Ramaphosa and Nigerian "
        "President Bola Tinubu for talks at State House in Nairobi.",
    ],
)
def test_a_headline_of_two_is_the_bodys_meeting_with_their_host(meetings_in, text):
    found = meetings_in(text, published=date(2025, 4, 12))
    assert all(len(m.participants) == 3 for m in found), [[p.name for p in m.participants] for m in found]
    assert any(m.place and m.place.city for m in found)


def test_a_headline_of_two_is_not_the_bodys_meeting_in_another_country(meetings_in):
    text = (
        "Ramaphosa and Tinubu meet in Kenya\n"
        "South African President Cyril Ramaphosa and Nigerian President Bola Tinubu held talks in Accra, "
        "Ghana on Friday, hosted by Ghanaian President John Mahama."
    )
    found = meetings_in(text, published=date(2025, 4, 12))
    assert any(len(m.participants) == 2 for m in found)


def test_a_meeting_at_the_summit_without_a_day_takes_the_day_of_its_other_meetings(meetings_in):
    text = (
        "Kenyan President William Ruto greeted Ugandan President Yoweri Museveni as he arrived at the "
        "EAC summit in Arusha on Thursday. Museveni had flown in from Kampala a day earlier. The leaders "
        "discussed trade and the conflict in eastern Congo, and the host urged them to act together. "
        "On the sidelines of the summit, Ruto held talks with Rwandan President Paul Kagame."
    )
    kagame = next(m for m in meetings_in(text) if any("Kagame" in p.name for p in m.participants))
    assert kagame.date is not None and kagame.date.start == date(2024, 11, 14)


@pytest.mark.parametrize("verb", ["builds on", "follows up on"])
def test_the_call_that_builds_on_a_meeting_is_the_call_told_before(meetings_in, verb):
    found = meetings_in(
        "Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy Ahmed on "
        f"Monday. The call {verb} a meeting between Foreign Minister Musalia Mudavadi and Abiy in "
        "Addis Ababa in September."
    )
    told = sorted((sorted(p.name for p in m.participants), m.kind) for m in found)
    assert told == [
        (["Abiy Ahmed", "Musalia Mudavadi"], "in_person"),
        (["Abiy Ahmed", "William Ruto"], "phone"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "ASEAN summit pledges support for Myanmar talks\n\nVIENTIANE, March 8 (Reuters) - Leaders of "
            "Southeast Asia on Saturday pledged support for peace talks at a summit held in the Lao "
            "capital.\n\n"
            "The summit, hosted by Lao Prime Minister Sonexay Siphandone, was attended by Malaysian Prime "
            "Minister Anwar Ibrahim and Thai Prime Minister Paetongtarn Shinawatra.",
            "ASEAN summit",
        ),
        (
            "Mercosur summit ends without trade deal\n\nLeaders of South America's trade bloc failed to "
            "agree on tariffs at a summit held in Montevideo on Friday. The summit, hosted by Uruguayan "
            "President Yamandu Orsi, was attended by Argentine President Javier Milei.",
            "Mercosur summit",
        ),
    ],
)
def test_the_summit_the_lead_tells_of_its_own_is_the_one_its_headline_names(meetings_in, text, name):
    found = meetings_in(text, published=date(2025, 3, 10))
    assert found and all(m.occasion is not None and m.occasion.name == name for m in found)


def test_a_summit_told_after_another_gathering_is_not_the_headlines(meetings_in):
    found = meetings_in(
        "ASEAN summit pledges support for Myanmar talks\n\nVIENTIANE, March 8 (Reuters) - Leaders of "
        "Southeast Asia pledged support for peace talks on Saturday.\n\nA week earlier, the ministers had "
        "held a conference in Bangkok, and a summit in Hanoi. The summit, hosted by Vietnamese President "
        "Luong Cuong, was attended by Malaysian Prime Minister Anwar Ibrahim.",
        published=date(2025, 3, 10),
    )
    assert all(m.occasion is None for m in found if m.place is not None and m.place.city == "Hanoi")


def test_the_host_of_a_virtual_summit_told_before_is_at_it_with_those_who_attended(meetings_in):
    text = (
        "President Luiz Inacio Lula da Silva hosted the first Brazil-Caribbean Summit in virtual format "
        "on Tuesday. The summit was attended by Prime Minister Mia Mottley of Barbados, President "
        "Irfaan Ali of Guyana and Prime Minister Andrew Holness of Jamaica."
    )
    (meeting,) = meetings_in(text, published=date(2024, 6, 12))
    assert meeting.kind == "video"
    assert {p.name for p in meeting.participants} == {
        "Luiz Inácio Lula da Silva",
        "Mia Mottley",
        "Irfaan Ali",
        "Andrew Holness",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Lula was to meet Boric in Santiago on Monday. That plan could not go ahead because of the storms.",
        "Sisi was due to host Erdogan in Cairo next week. The plan has been shelved, officials said.",
        "Kishida was to receive Marcos in Tokyo on Monday. The meeting did not take place.",
        "Orban will meet Fico in Budapest on Friday. The summit will not proceed, an aide said.",
    ],
)
def test_a_plan_told_just_before_and_then_not_going_ahead_is_called_off(meetings_in, text):
    assert [m.kind for m in meetings_in(text)] == ["cancelled"]


@pytest.mark.parametrize(
    "text",
    [
        "Lula was to meet Boric in Santiago on Monday. The plan has not been cancelled, an aide said.",
        "Lula was to meet Boric in Santiago on Monday. The plan for a new pipeline was shelved.",
        "Lula was to meet Boric in Santiago on Monday. The meeting has not been postponed.",
    ],
)
def test_a_plan_still_on_or_a_plan_of_something_else_keeps_the_meeting_planned(meetings_in, text):
    assert [m.kind for m in meetings_in(text)] == ["planned"]


_ANDEAN = (
    "Peruvian Foreign Minister Elmer Schialer hosted a meeting in Lima on Tuesday with his counterparts "
    "from the Andean region. Schialer co-chaired the meeting with Colombian Foreign Minister Luis "
    "Gilberto Murillo. "
)


def test_the_meeting_is_the_gathering_named_right_after_as_it_closes(meetings_in):
    (meeting,) = meetings_in(
        _ANDEAN + "The fourth Andean Community Foreign Ministers' Meeting closed with a joint statement."
    )
    assert meeting.occasion is not None
    assert meeting.occasion.name == "Andean Community Foreign Ministers' Meeting"


def test_the_next_edition_named_after_the_meeting_is_not_its_name(meetings_in):
    (meeting,) = meetings_in(
        _ANDEAN + "The next Andean Community Foreign Ministers' Meeting will open in Quito."
    )
    assert meeting.occasion is None


def test_a_gathering_named_on_another_day_is_not_the_meetings_name(meetings_in):
    found = meetings_in(
        "Peruvian Foreign Minister Elmer Schialer hosted a meeting in Lima on Saturday with Colombian "
        "Foreign Minister Luis Gilberto Murillo. The fourth Andean Community Foreign Ministers' Meeting "
        "opened on Monday with a joint statement."
    )
    (meeting,) = found
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 16)
    assert meeting.occasion is None


@pytest.mark.parametrize(
    "text",
    [
        "President Lula and President Xi Jinping held talks in Beijing on Friday. During the visit, "
        "Lula also met Premier Li Qiang.",
        "Prime Minister Narendra Modi held talks with President William Ruto at State House in Nairobi "
        "on Tuesday. During the trip, Modi also met opposition leader Raila Odinga.",
    ],
)
def test_a_trip_framing_a_meeting_with_someone_new_is_another_meeting_of_the_trip(meetings_in, text):
    found = meetings_in(text)
    assert sorted(len(m.participants) for m in found) == [2, 2]


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            "President Kassym-Jomart Tokayev received Turkish Foreign Minister Hakan Fidan in Astana on "
            "Monday. At the start of the visit, Fidan held talks with Foreign Minister Murat Nurtleu.",
            {"Hakan Fidan", "Murat Nurtleu"},
        ),
        (
            "King Abdullah II received Egyptian Foreign Minister Sameh Shoukry in Amman on Sunday. On the "
            "second day of the visit, Shoukry met Prime Minister Bisher Al-Khasawneh.",
            {"Sameh Shoukry", "Bisher Al-Khasawneh"},
        ),
        (
            "President Emomali Rahmon received Chinese Foreign Minister Wang Yi in Dushanbe on Tuesday. In "
            "the course of the visit, Wang also held talks with Foreign Minister Sirojiddin Muhriddin.",
            {"Wang Yi", "Sirojiddin Muhriddin"},
        ),
        (
            "Prime Minister Hun Manet received Vietnamese Foreign Minister Bui Thanh Son in Phnom Penh on "
            "Monday. At the end of the visit, Son paid a courtesy call on Senate President Hun Sen.",
            {"Bui Thanh Son", "Hun Sen"},
        ),
    ],
)
def test_a_part_of_a_trips_time_framing_a_meeting_with_someone_new_is_another_meeting(
    meetings_in, text, talks
):
    """ "At the start of the visit, A held talks with B": the part of the trip's time frames another
    of its meetings, as "During the visit" does, not the reception told before."""
    found = meetings_in(text)
    assert len(found) == 2 and talks in [{p.name for p in m.participants} for m in found]


def test_a_part_of_the_talks_time_framing_what_their_people_did_is_those_talks(meetings_in):
    found = meetings_in(
        "President Shavkat Mirziyoyev received US Secretary of State Antony Blinken in Tashkent on "
        "Wednesday. At the start of the meeting, Mirziyoyev thanked Blinken for the visit."
    )
    assert [{p.name for p in m.participants} for m in found] == [{"Shavkat Mirziyoyev", "Antony Blinken"}]


@pytest.mark.parametrize("verb", ["flew in", "travelled"])
def test_where_someone_came_from_is_not_where_they_are(meetings_in, verb):
    text = (
        "Vietnam upgraded its ties with Australia on Sunday, as Prime Minister Anthony Albanese met "
        f"party chief To Lam in Hanoi. Albanese, who {verb} from the Group of 20 summit in Rio de "
        "Janeiro, was greeted at the party headquarters by Lam."
    )
    found = meetings_in(text)
    assert found and all(m.place is None or m.place.city != "Rio de Janeiro" for m in found)


def test_a_visit_to_another_city_on_other_days_is_a_stop_of_its_own(meetings_in):
    found = meetings_in(
        "President Donald Trump on Thursday received President Bola Tinubu at the White House in Washington. "
        "Tinubu began the visit on Monday in Houston, where he toured a refinery and met business leaders.",
        published=date(2024, 5, 23),
    )
    assert sorted((m.kind, m.place.city) for m in found if m.place) == [
        ("in_person", "Washington"),
        ("visit", "Houston"),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "CAIRO — Egyptian President Abdel Fattah al-Sisi received Kenyan President William Ruto at "
            "the Ittihadiya Palace on Tuesday, the first visit by a Kenyan leader in a decade.\n\n"
            "Mr Ruto arrived in Cairo on Monday evening and was met at the airport by Foreign Minister "
            "Sameh Shoukry.\n\nPHOTO: President al-Sisi receives President Ruto in Cairo. Presidency",
            date(2024, 11, 19),
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva held talks with Chilean President Gabriel "
            "Boric in Santiago on Thursday.\n\nLula landed in Santiago on Wednesday night and was greeted "
            "by Foreign Minister Alberto van Klaveren.\n\nPhoto: Boric welcomes Lula at La Moneda palace.",
            date(2024, 11, 21),
        ),
    ],
)
def test_a_captions_meeting_is_the_one_the_body_tells_on_its_day(meetings_in, text, day):
    found = meetings_in(text, date(2024, 11, 22))
    shown = [m for m in found if len(m.participants) == 2 and "Minister" not in str(m.participants)]
    assert [(m.date.start if m.date else None) for m in shown] == [day]
    assert len(shown[0].evidence) == 2


def test_an_old_photos_caption_keeps_its_own_meeting(meetings_in):
    found = meetings_in(
        "Indonesian President Prabowo Subianto met Japanese Prime Minister Shigeru Ishiba in Tokyo on "
        "Friday.\n\nPrabowo flew in on Thursday.\n\n"
        "Pictured: Ishiba greets Prabowo at the Kantei, Tokyo, November 2023.",
        date(2024, 11, 22),
    )
    assert sorted(str(m.date.start) for m in found if m.date) == ["2023-11-01", "2024-11-22"]


def test_a_guest_who_joined_the_video_conference_met_the_chair_of_the_virtual_summit(meetings_in):
    found = meetings_in(
        "President Cyril Ramaphosa on Monday chaired a virtual summit of SADC leaders on the crisis in "
        "Mozambique. Zambia's President Hakainde Hichilema joined the video conference alongside other "
        "regional leaders."
    )
    assert [(sorted(p.name for p in m.participants), m.kind) for m in found] == [
        (["Cyril Ramaphosa", "Hakainde Hichilema"], "video")
    ]


def test_a_summit_of_this_week_ends_on_the_day_a_later_clause_says_it_runs_until(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto said on Monday that he will skip the African summit that "
        "Nigerian President Bola Tinubu is hosting this week in Abuja. Foreign Minister Musalia "
        "Mudavadi will lead the Kenyan delegation at the summit, which runs until Thursday."
    )
    assert [(m.date.start, m.date.end) for m in found] == [(date(2024, 11, 18), date(2024, 11, 21))]


# -- a meeting called off at a summit was to be held on the day someone is to join it -----------
@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            "South African President Cyril Ramaphosa and Kenyan President William Ruto held talks in Addis "
            "Ababa on Saturday. On Sunday, Ruto will join other African leaders at the African Union summit "
            "in Addis Ababa. Ruto had been expected to hold a meeting with Ethiopian Prime Minister Abiy "
            "Ahmed on the sidelines of the summit, but the meeting was called off late on Saturday.",
            date(2024, 2, 17),
            "Abiy Ahmed",
            date(2024, 2, 18),
        ),
        (
            "Indian Prime Minister Narendra Modi will attend the G20 summit in Rio de Janeiro on Monday. "
            "Modi was to have held a bilateral meeting with Argentine President Javier Milei on the margins "
            "of the summit, but it was cancelled.",
            date(2024, 11, 16),
            "Javier Milei",
            date(2024, 11, 18),
        ),
    ],
)
def test_a_meeting_called_off_at_a_summit_is_of_the_day_one_is_to_join_it(
    meetings_in, text, published, name, day
):
    (called_off,) = [
        m
        for m in meetings_in(text, published=published)
        if m.kind == "cancelled" and name in {p.name for p in m.participants}
    ]
    assert called_off.date is not None and (called_off.date.start, called_off.date.end) == (day, day)


def test_the_summits_days_are_read_only_for_a_meeting_waiting_for_one(meetings_in, monkeypatch):
    """Where every meeting at a summit has its own day, no sentence's gatherings are read for the
    summit's day (the dearest search of a sentence, issue 17); one waiting for it still gets it
    (test_a_meeting_at_the_summit_without_a_day_takes_the_day_of_its_other_meetings)."""
    import extract.article as article
    from extract.gatherings import gatherings_named

    asked = []

    def counted(sentence):
        asked.append(sentence.start)
        return gatherings_named(sentence)

    monkeypatch.setattr(article, "gatherings_named", counted)
    found = meetings_in(
        "Kenyan President William Ruto met Rwandan President Paul Kagame in Nairobi on Monday. "
        "The two leaders discussed trade. Ruto later spoke by phone with Ethiopian Prime Minister Abiy Ahmed."
    )
    assert found and all(m.date is not None or m.occasion is None for m in found)
    assert asked == []


def test_whereabouts_ask_for_a_visit_only_of_nouns(meetings_in, monkeypatch):
    """Each word's part of speech comes before the visit's test, which reads its children."""
    import extract.article as article

    asked = []
    visit = article._on_a_visit

    def counted(token):
        asked.append(token.pos_)
        return visit(token)

    monkeypatch.setattr(article, "_on_a_visit", counted)
    found = meetings_in("Ruto, on a two-day visit to Accra, met Mahama on Monday.")
    assert found and found[0].place is not None and found[0].place.city == "Accra"
    assert asked and set(asked) == {"NOUN"}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Blinken said he would meet Fidan in Turkey on Thursday, on the sidelines of an informal meeting "
            "of NATO foreign ministers in Antalya.",
            "Antalya",
        ),
        (
            "Lavrov held talks with Jaishankar in Brazil at a gathering of G20 foreign ministers in Rio de "
            "Janeiro.",
            "Rio de Janeiro",
        ),
        (
            "Wang Yi met Sergei Lavrov in Germany at a meeting of G20 foreign ministers in Bonn on Friday.",
            "Bonn",
        ),
    ],
)
def test_a_meeting_at_a_gathering_of_a_blocs_ministers_is_in_the_city_told_after_them(
    meetings_in, text, city
):
    [meeting] = meetings_in(text)
    assert meeting.place is not None and meeting.place.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Argentine President Javier Milei held talks with Spanish Prime Minister Pedro Sanchez in Madrid on"
        " Wednesday, the high point of his five-day tour of Spain. Milei travels to Barcelona on Saturday to"
        " address business leaders.",
        "Kenyan President William Ruto held talks with Prime Minister Keir Starmer in London on Wednesday,"
        " the main event of his four-day state visit to Britain. Ruto will travel to Edinburgh on Saturday.",
        "Chilean President Gabriel Boric and Prime Minister Anthony Albanese met in Canberra on Wednesday,"
        " the centrepiece of Boric's five-day visit to Australia. Boric will fly to Perth on Sunday before"
        " heading home.",
    ],
)
def test_a_stop_on_a_day_within_the_visit_a_meeting_is_dated_over_is_a_leg_of_it(meetings_in, text):
    # a further city of the country visited, on a day of the visit the talks are dated over: a leg
    # of that visit, no trip of its own
    found = meetings_in(text, published=date(2023, 6, 1))
    assert [len(m.participants) for m in found] == [2]


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Japanese Prime Minister Shigeru Ishiba met South Korean President Yoon Suk Yeol on Saturday on"
            " the sidelines of the APEC summit in Lima. The two agreed to keep up their shuttle diplomacy."
            " Ishiba's separate talks with Chinese President Xi Jinping, their first, lasted 30 minutes,"
            " Japanese officials said.",
            "Xi",
            date(2024, 11, 16),
        ),
        (
            "Kenyan President William Ruto met Nigerian President Bola Tinubu on Thursday on the sidelines"
            " of the African Union summit in Addis Ababa. They spoke about the Sahel. Ghanaian President"
            " John Mahama, in a separate encounter with Ruto, pressed for lower tariffs, according to State"
            " House.",
            "Mahama",
            date(2024, 11, 14),
        ),
        (
            "Colombian President Gustavo Petro met Brazilian President Lula on Tuesday at the CELAC summit"
            " in Tegucigalpa. In talks with Honduran President Xiomara Castro, Petro raised migration, his"
            " office said.",
            "Castro",
            date(2024, 11, 19),
        ),
    ],
)
def test_a_meeting_at_a_summit_takes_the_day_of_what_is_told_at_it(meetings_in, text, name, day):
    # the day of what the article tells at the summit or on its sidelines is the summit's day
    meeting = next(m for m in meetings_in(text) if any(name in p.name for p in m.participants))
    assert meeting.date is not None and meeting.date.start == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Kenyan President William Ruto attended the IGAD summit in Djibouti on Sunday. Ruto had landed in"
            " Djibouti on Saturday, when he was met at the airport by the foreign minister. Somali President"
            " Hassan Sheikh Mohamud also met Ruto on the margins of the gathering, his office said.",
            date(2024, 11, 17),
        ),
        (
            "Argentine President Javier Milei attended the Mercosur summit in Montevideo on Friday. Milei had"
            " landed in Montevideo on Thursday, when he was greeted at the airport by the Uruguayan foreign"
            " minister. Paraguayan President Santiago Pena held talks with Milei on the margins of the"
            " gathering, officials said.",
            date(2024, 11, 15),
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba attended the APEC summit in Lima on Saturday. Ishiba had"
            " arrived in Lima on Friday evening and was welcomed at the airport by Peruvian officials. On the"
            " margins of the gathering, Chilean President Gabriel Boric held talks with Ishiba, Chilean"
            " officials said.",
            date(2024, 11, 16),
        ),
    ],
)
def test_a_meeting_on_a_summits_margins_is_on_the_summits_day_not_the_day_one_landed(meetings_in, text, day):
    # the day its people came to the city dates it only where the article tells no day of the summit
    [meeting] = meetings_in(text)
    assert meeting.date is not None and meeting.date.start == day


def _met(found, name):
    return next(m for m in found if any(name in p.name for p in m.participants))


def test_a_summit_named_by_the_acronym_its_article_defines_is_the_summit_its_meetings_date(meetings_in):
    # "the FKAP summit" is the "Forum for Korea-Africa Partnership (FKAP) Summit" the lead dates to
    # Tuesday, far back past an earlier summit: not the day the visitor landed in its city
    text = (
        "South Korean President Yoon Suk Yeol on Tuesday held talks with Kenyan President William Ruto on "
        'the sidelines of the first Forum for Korea-Africa Partnership (FKAP) Summit. "We discussed ways '
        "to expand cooperation in trade, technology, health and climate change,\" Yoon's spokesman said in "
        "a statement released after the talks. Ruto arrived in Seoul on Sunday evening from Tokyo, where "
        "he attended the TICAD summit. On Saturday, Ruto had met Japanese Prime Minister Fumio Kishida on "
        "the sidelines of the TICAD summit. This is the first visit by a Kenyan president to South Korea "
        "in more than a decade, and officials in Nairobi have described it as a chance to deepen ties with "
        "one of Asia's largest economies. In a special gesture, Seoul made an exception to its practice of "
        "not receiving leaders arriving after sunset with a full ceremonial welcome. Business groups in "
        "Nairobi welcomed the visit, saying that investment from Korean carmakers could create thousands "
        "of jobs in the country's new industrial parks. Kenyan exporters of tea, coffee and cut flowers "
        "have long sought better access to the South Korean market, which is protected by high tariffs on "
        "many farm goods. The FKAP summit was attended by leaders and representatives of 25 African "
        "countries. On the margins of the summit, Ruto also met Ghanaian President Nana Akufo-Addo."
    )
    ghana = _met(meetings_in(text), "Akufo-Addo")
    assert ghana.date is not None and ghana.date.start == date(2024, 11, 19)


def test_a_headline_naming_the_summit_by_its_acronym_joins_the_meeting_told_at_it(meetings_in):
    # "on FKAP sidelines" is the "FKAP summit", the "Forum for Korea-Africa Partnership (FKAP)
    # Summit": the headline's meeting is the one the body tells there, not another undated one
    text = (
        "Yoon holds talks with Ruto, meets Ghana's leader on FKAP sidelines\n"
        "South Korean President Yoon Suk Yeol on Tuesday held talks with Kenyan President William Ruto on "
        "the sidelines of the first Forum for Korea-Africa Partnership (FKAP) Summit in Seoul. The FKAP "
        "summit was attended by leaders of 25 African countries. On the margins of the summit, Yoon also "
        "met Ghanaian President Nana Akufo-Addo."
    )
    ghana = [m for m in meetings_in(text) if any("Akufo-Addo" in p.name for p in m.participants)]
    assert len(ghana) == 1 and ghana[0].date is not None and ghana[0].date.start == date(2024, 11, 19)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # told there with no day at all: a summit may run for days the article does not tell (one
        # held "also" is of the day told before: see test_sameday)
        (
            "Iranian President Masoud Pezeshkian held talks with Saudi Crown Prince Mohammed bin Salman on "
            "Monday, as Arab and Muslim leaders gathered in Riyadh. Pezeshkian was greeted on arrival before "
            "joining the joint Arab-Islamic summit. State television showed the two men shaking hands before "
            "their meeting on the sidelines of the gathering. Pezeshkian met Egyptian President Abdel "
            "Fattah al-Sisi on the sidelines, in what officials described as the first meeting between "
            "leaders of the two countries since they cut ties after the 1979 revolution.",
            "Sisi",
        ),
        # a meeting there told as the past: no day of the news's
        (
            "Kenyan President William Ruto and Ugandan President Yoweri Museveni had last met on Monday at "
            "the EAC summit in Arusha, in a meeting that ended in discord. Ruto also met Burundian President "
            "Evariste Ndayishimiye on the sidelines of the EAC summit, in what officials described as the "
            "first meeting between the two since their dispute over fuel in 2023.",
            "Ndayishimiye",
        ),
    ],
)
def test_a_meeting_at_a_summit_with_no_day_takes_none_from_the_others_held_there(meetings_in, text, name):
    assert _met(meetings_in(text), name).date is None


# A meeting in a summit's city on a day before any meeting told held at the summit is held on its
# eve, not at it, whoever its people are; one on a later day of the summit is at it.
@pytest.mark.parametrize(
    ("text", "pair", "at_the_summit"),
    [
        (
            "Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev on the margins of "
            "the SCO summit in Astana on Thursday. Belarusian President Alexander Lukashenko held talks "
            "with Mongolian President Ukhnaa Khurelsukh in Astana on Wednesday.",
            ("Alexander Lukashenko", "Ukhnaagiin Khürelsükh"),
            False,
        ),
        (
            "Colombian President Gustavo Petro will meet Chilean President Gabriel Boric on the "
            "sidelines of the CELAC summit in Tegucigalpa on Wednesday. Mexican President Claudia "
            "Sheinbaum is to hold talks with Honduran President Xiomara Castro in Tegucigalpa on Tuesday.",
            ("Claudia Sheinbaum", "Xiomara Castro"),
            False,
        ),
        (
            "Portuguese Prime Minister Luis Montenegro had met Dutch Prime Minister Dick Schoof on the "
            "margins of the European Council summit in Brussels on Friday. On Thursday, Greek Prime "
            "Minister Kyriakos Mitsotakis sat down with Irish Taoiseach Simon Harris in Brussels.",
            ("Kyriakos Mitsotakis", "Simon Harris"),
            False,
        ),
        # a later day of the summit: at it
        (
            "Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev on the margins of "
            "the SCO summit in Astana on Wednesday. Belarusian President Alexander Lukashenko held talks "
            "with Mongolian President Ukhnaa Khurelsukh in Astana on Thursday.",
            ("Alexander Lukashenko", "Ukhnaagiin Khürelsükh"),
            True,
        ),
    ],
)
def test_a_meeting_in_the_summit_city_before_its_days_is_on_its_eve(meetings_in, text, pair, at_the_summit):
    found = meetings_in(text, published=date(2024, 7, 5))
    occasions = {tuple(sorted(p.name for p in m.participants)): m.occasion for m in found}
    assert pair in occasions and (occasions[pair] is not None) == at_the_summit


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric spoke with Argentine President Javier Milei on Thursday about the "
        "border dispute.",
        "Kenyan President William Ruto said he had talked to Ethiopian Prime Minister Abiy Ahmed late on "
        "Sunday.",
        "Spanish Prime Minister Pedro Sanchez has spoken with Moroccan King Mohammed VI, and the two agreed "
        "to reopen the customs posts, his office said on Friday.",
    ],
)
def test_a_talk_told_with_no_place_is_a_call_placed_nowhere(meetings_in, text):
    # in news a talk held face to face is told where; one that names no place is a call
    held = [
        m for m in meetings_in(text, published=date(2024, 6, 10)) if m.kind not in {"planned", "cancelled"}
    ]
    assert held and {(m.kind, m.place) for m in held} == {("phone", None)}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Indonesian President Prabowo Subianto spoke with Australian Prime Minister Anthony Albanese "
            "on the sidelines of the APEC summit on Friday.",
            None,
        ),
        (
            "Polish President Andrzej Duda arrived in Vilnius on Monday. He spoke with Lithuanian President "
            "Gitanas Nauseda for an hour on Tuesday.",
            "Vilnius",
        ),
        (
            "Egyptian Foreign Minister Badr Abdelatty spoke with the visiting Jordanian Foreign Minister "
            "Ayman Safadi on Sunday.",
            None,
        ),
    ],
)
def test_a_talk_told_at_a_gathering_or_a_place_its_people_are_is_in_person(meetings_in, text, city):
    [meeting] = meetings_in(text, published=date(2024, 6, 12))
    assert meeting.kind == "in_person"
    assert (meeting.place.city if meeting.place else None) == city


def test_a_trip_that_had_been_planned_does_not_place_a_later_talk(meetings_in):
    # "had been due to meet B in Port Louis": he did not go, so he is not there for the talk told next
    text = (
        "Indian Prime Minister Narendra Modi had been due to meet Mauritian Prime Minister Navin Ramgoolam "
        "in Port Louis on Tuesday. Modi said he had spoken to Ramgoolam on Monday evening and regretted "
        "the delay."
    )
    [talk] = [m for m in meetings_in(text, published=date(2025, 3, 12)) if m.kind != "cancelled"]
    assert (talk.kind, talk.place) == ("phone", None)


@pytest.mark.parametrize(
    "text",
    [
        "Rabat - King Mohammed VI held on Thursday a phone conversation with the President of France, "
        "Mr. Emmanuel Macron, a statement from the Royal Office said. During this conversation, the "
        "French President informed the King that he had approved a new visa arrangement for Moroccan "
        "students.",
        "Nairobi - President William Ruto held a telephone conversation on Monday with President Yoweri "
        "Museveni of Uganda. During that conversation, Museveni told Ruto that he had ordered the "
        "border reopened at Malaba.",
        "Brasilia - President Lula held on Friday a phone conversation with the President of Chile, "
        "Mr. Gabriel Boric, the presidency said. During this call, the Chilean President told Lula "
        "that his government had signed the bioceanic corridor decree.",
    ],
)
def test_during_this_conversation_is_the_call_just_told(meetings_in, text):
    (meeting,) = meetings_in(text)
    assert meeting.kind == "phone"


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto, President Museveni and President Samia held a trilateral meeting in Arusha on "
        "Thursday evening, on the sidelines of the EAC summit.\n\nThe leaders reviewed the pipeline "
        "project. The meeting of the three leaders was preceded by talks between the foreign ministers "
        "in Nairobi last Friday.",
        "Chancellor Merz hosted President Macron and Prime Minister Tusk in Berlin on Thursday.\n\n"
        "The meeting of the three leaders was preceded by talks between their defence ministers in "
        "Warsaw on Monday.",
        "Prime Minister Albanese held talks with Prime Minister Luxon and Prime Minister Marape in Port "
        "Moresby on Wednesday.\n\nThe summit of the three leaders was followed by a meeting of their "
        "trade ministers in Lae on Friday.",
    ],
)
def test_a_meeting_preceded_by_talks_is_the_one_told_not_on_their_day(meetings_in, text):
    (meeting,) = meetings_in(text)
    assert meeting.date is not None and meeting.date.start.weekday() in {2, 3}


@pytest.mark.parametrize(
    ("told", "occasion"),
    [
        (
            "King Hamad led Bahrain's delegation on Sunday to the 45th session of the Supreme Council of "
            "the Gulf Cooperation Council in Kuwait City.",
            "GCC summit",
        ),
        (
            "President Tokayev took part on Thursday in the meeting of the Council of Heads of State of "
            "the Shanghai Cooperation Organization in Astana.",
            "SCO summit",
        ),
        (
            "Gulf leaders gathered in Muscat on Tuesday for the 43rd meeting of the Supreme Council of the "
            "Gulf Cooperation Council.",
            "GCC summit",
        ),
    ],
)
def test_a_summit_told_by_its_bodys_formal_name_is_the_summit_pointed_back_to(meetings_in, told, occasion):
    found = meetings_in(
        f"{told} The summit was attended by President Shavkat Mirziyoyev and President Emomali Rahmon.",
        published=date(2024, 12, 2),
    )
    summit = next(m for m in found if "Emomali Rahmon" in {p.name for p in m.participants})
    assert summit.occasion is not None and summit.occasion.name == occasion
    assert summit.date is not None and summit.date.start is not None


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Mark Brown arrived in Nuku'alofa on Monday for the Pacific Islands Forum Leaders "
        "Meeting. Tonga has spent months preparing. Roads were resurfaced and hotels repainted. "
        "The summit, held at a new convention centre, brought together Anthony Albanese, Christopher Luxon "
        "and Sitiveni Rabuka.",
        "The 17th BRICS summit opened in Rio de Janeiro on Sunday. Brazil had pushed for a strong joint "
        "statement. Diplomats worked through the night. The summit was attended by Narendra Modi, Cyril "
        "Ramaphosa and Li Qiang.",
        "Hungary will host the European Political Community summit in Budapest on Thursday. Security has "
        "been tightened across the city. Several roads will be closed. The summit will bring together "
        "Emmanuel Macron, Keir Starmer and Recep Tayyip Erdogan.",
    ],
)
def test_the_summit_told_further_back_than_the_sentence_before_gives_its_occasion(meetings_in, text):
    found = meetings_in(text, published=date(2024, 11, 4))
    summit = next(m for m in found if len(m.participants) >= 3)
    assert summit.occasion is not None and summit.occasion.name != ""


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Speaker of the National Assembly Tran Thanh Man arrived in Vientiane on Monday. He met Lao "
            "President Thongloun Sisoulith on Tuesday.",
            "Vientiane",
        ),
        (
            "The Speaker of the Lok Sabha, Om Birla, arrived in Moscow on Monday. The Speaker met Russian "
            "President Vladimir Putin on Tuesday.",
            "Moscow",
        ),
        (
            "The Deputy Prime Minister and Minister of Foreign and European Affairs of Slovakia Juraj "
            "Blanar arrived in Belgrade on Monday. He met Serbian President Aleksandar Vucic on Tuesday.",
            "Belgrade",
        ),
        (
            "President of the Council of Ministers Giorgia Meloni arrived in Tokyo on Monday. She met "
            "Japanese Prime Minister Fumio Kishida on Tuesday.",
            "Tokyo",
        ),
        (
            "The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, "
            "arrived in Madrid on Monday. He held talks with Spanish Foreign Minister Jose Manuel Albares "
            "on Tuesday.",
            "Madrid",
        ),
    ],
)
def test_a_name_after_a_long_title_that_arrived_somewhere_places_its_meeting_there(meetings_in, text, city):
    # the parser hangs the name inside the title's phrase ("Speaker of the National Assembly A",
    # "The Speaker of the Lok Sabha, A,"), so the subject of "arrived" is the title: its holder
    # is the one named in it, not someone named before with that title
    found = meetings_in(text)
    assert len(found) == 1 and found[0].place is not None and found[0].place.city == city


def test_one_an_office_is_held_for_is_not_placed_by_the_holders_arrival(meetings_in):
    found = meetings_in(
        "An envoy of President Vladimir Putin arrived in Kabul on Monday. Putin met Taliban Foreign "
        "Minister Amir Khan Muttaqi on Tuesday."
    )
    assert all(m.place is None or m.place.city != "Kabul" for m in found)


def test_a_visit_that_only_dates_a_topic_of_the_talks_gives_the_reception_no_day(meetings_in):
    """ "The parties discussed the implementation of agreements reached during the official visit
    of the President to the United States in May 2018": no reference to the reception told before,
    whose day is not May 2018."""
    found = meetings_in(
        "President of the Republic of Uzbekistan Shavkat Mirziyoyev received the Secretary of State of the "
        "United States of America Antony Blinken, who is in our country on a visit. The parties discussed "
        "the implementation of agreements reached during the official visit of the President of "
        "Uzbekistan to the United States in May 2018, as well as the expansion of trade.",
        published=date(2023, 3, 1),
    )
    assert [(m.date, m.place.country if m.place else None) for m in found] == [(None, "Uzbekistan")]


# -- a tour's stops to come with no day of their own
@pytest.mark.parametrize(
    "text",
    [
        "Sergey Lavrov will travel to Ankara on Monday to meet Hakan Fidan. He will also visit Tehran.",
        "Wang Yi met Manasseh Sogavare in Honiara on Thursday. From Honiara, Wang will travel to Kiribati, "
        "Samoa and Fiji until June 4.",
        "Wang Yi paid a courtesy call on Nangolo Mbumba in Windhoek on Monday. Wang leaves for Brazzaville "
        "on Tuesday, before visiting Chad and Nigeria.",
        "Droupadi Murmu held talks with Sitiveni Rabuka in Suva today. From Fiji, she will travel to New "
        "Zealand, before concluding her visit in Timor-Leste.",
    ],
)
def test_a_stop_of_the_tour_with_no_day_of_its_own_is_no_plan_to_report(meetings_in, text):
    """The stops a tour goes on to, named with no day of their own, after a meeting on it the news
    tells: an itinerary, not yet a visit with its day."""
    solo = [m for m in meetings_in(text, published=date(2024, 11, 18)) if len(m.participants) == 1]
    assert solo == []


def test_a_plan_with_a_day_in_its_words_is_kept_whatever_else_is_told(meetings_in):
    text = (
        "Erdogan spoke with Mohamed bin Zayed on Monday. Erdogan said he intends to make an official "
        "visit to the United Arab Emirates in February."
    )
    solo = [m for m in meetings_in(text) if len(m.participants) == 1]
    assert [(m.kind, m.place.country if m.place else None) for m in solo] == [
        ("planned", "United Arab Emirates")
    ]


# -- a visit of several days told by the meeting planned on one of them
def test_a_visit_of_several_days_is_told_by_the_meeting_planned_on_one_of_them(meetings_in):
    text = (
        "Jaishankar met Sadyr Japarov in Bishkek on Monday. Jaishankar is on a visit to Kyrgyzstan and "
        "Armenia from October 10 to 13. He is scheduled to hold talks with Ararat Mirzoyan in Yerevan on "
        "Wednesday."
    )
    found = meetings_in(text, published=date(2021, 10, 11))
    alone = [m.place.country for m in found if len(m.participants) == 1 and m.place]
    assert "Armenia" not in alone
    assert [m.kind for m in found if "Ararat Mirzoyan" in {p.name for p in m.participants}] == ["planned"]


# -- "the BRICS summit in Kazan ... had been due to host Putin at the Johannesburg BRICS summit in
# August 2023": another edition's day is not the summit's -------------------------------------------
def test_the_day_of_an_edition_held_in_another_city_does_not_date_a_meeting_at_the_summit(meetings_in):
    text = (
        "When Cyril Ramaphosa sat down with Vladimir Putin on the sidelines of the BRICS summit in Kazan, "
        "the South African president chose his words with care.\n\nThe warmth in Kazan was notable. "
        "Ramaphosa had been due to host Putin at the Johannesburg BRICS summit in August 2023, but the "
        "arrest warrant made the trip untenable."
    )
    for published in (None, date(2024, 10, 25)):
        (held,) = [m for m in meetings_in(text, published=published) if m.kind == "in_person"]
        assert held.place is not None and held.place.city == "Kazan" and held.date is None


def test_the_day_someone_arrives_at_the_summit_in_its_city_dates_a_meeting_there(meetings_in):
    text = (
        "Ghanaian President John Mahama held talks with Kenyan President William Ruto on the sidelines of "
        "the ECOWAS summit in Abuja.\n\nMahama arrived at the ECOWAS summit in Abuja on Sunday."
    )
    (held,) = meetings_in(text, published=date(2025, 6, 10))
    assert held.date is not None and held.date.start == date(2025, 6, 8)


def test_a_meeting_at_a_separate_event_in_the_summits_city_is_not_at_the_summit(meetings_in):
    found = meetings_in(
        "New York (AFP) - Brazilian President Lula and Ukraine's Volodymyr Zelensky met on Wednesday on "
        "the sidelines of the UN General Assembly.\n\n"
        "Earlier on Wednesday, Lula met US President Joe Biden at a separate event in New York, where "
        "the two leaders launched a partnership on workers' rights.",
        published=date(2023, 9, 20),
    )
    biden = next(m for m in found if "Joe Biden" in {p.name for p in m.participants})
    zelensky = next(m for m in found if "Volodymyr Zelensky" in {p.name for p in m.participants})
    assert biden.occasion is None
    assert zelensky.occasion is not None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Modi, Xi hold talks on BRICS sidelines\nPrime Minister Narendra Modi on Wednesday held "
            "bilateral talks with Chinese President Xi Jinping.\nThe last formal engagement between the two "
            "leaders took place at an informal summit in Mamallapuram in October 2019.",
            date(2024, 10, 23),
        ),
        (
            "Putin, Erdogan hold talks on SCO sidelines\nRussian President Vladimir Putin on Wednesday held "
            "talks with Turkish President Recep Tayyip Erdogan.\nThe two presidents held talks over dinner "
            "in September 2023, shortly after the grain deal collapsed.",
            date(2024, 7, 4),
        ),
        (
            HEADLINE_SUMMIT + "Chilean President Gabriel Boric held talks with Peruvian President Dina "
            "Boluarte on Thursday.\nThe two presidents had dinner together in March 2023, before the "
            "border dispute flared.",
            date(2024, 11, 15),
        ),
    ],
)
def test_a_meeting_dated_before_the_week_of_the_news_is_not_at_the_headlines_summit(
    meetings_in, text, published
):
    found = meetings_in(text, published=published)
    news = [m for m in found if m.date is not None and m.date.start == m.date.end]
    past = [m for m in found if m.date is not None and m.date.start != m.date.end]
    assert news and all(m.occasion is not None for m in news)
    assert past and all(m.occasion is None for m in past)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (  # "during his talks with B" after the pluperfect of the day before
            "NAIROBI, March 12 - Kenyan President William Ruto on Wednesday opened the East African trade "
            "summit in Nairobi. Ruto, who returned from Kampala on Tuesday, had held talks with Ugandan "
            "President Yoweri Museveni there that day. During his talks with Museveni, Ruto raised the "
            "fishing dispute on Lake Victoria.",
            date(2025, 3, 12),
            date(2025, 3, 11),
        ),
        (  # "his meeting with B" the subject of what it went on to
            "Brazilian President Luiz Inacio Lula da Silva on Thursday addressed the Amazon summit in "
            "Belem. Lula, who flew in on Wednesday, had held separate meetings with Chilean President "
            "Gabriel Boric and Peruvian President Dina Boluarte that day. His meeting with Boluarte, the "
            "first since she took office, focused on mining.",
            date(2023, 8, 10),
            date(2023, 8, 9),
        ),
    ],
)
def test_his_talks_with_one_met_in_the_pluperfect_of_the_news_are_that_meeting(
    meetings_in, text: str, published: date, day: date
) -> None:
    found = meetings_in(text, published=published)
    assert all(m.date is not None and m.date.start == day for m in found)
    assert len({tuple(sorted(p.name for p in m.participants)) for m in found}) == len(found)


@pytest.mark.parametrize(
    "text",
    [
        # a meeting of months before is not the talks of the news the reference tells
        "Prime Minister Christopher Luxon arrived in Tokyo on Monday. During his talks with Japanese Prime "
        "Minister Fumio Kishida, Luxon raised trade. Luxon had met Kishida in Wellington in January.",
        # "his meeting with B" with a place and day of its own is another meeting
        "French President Emmanuel Macron had held talks with German Chancellor Olaf Scholz in Paris on "
        "Monday. His meeting with Scholz in Berlin on Thursday focused on defence.",
        "Indonesian President Joko Widodo had received Malaysian Prime Minister Anwar Ibrahim in Bogor on "
        "Monday. His meeting with Anwar in Jakarta last year had focused on the border.",
    ],
)
def test_his_talks_with_one_met_at_another_time_are_another_meeting(meetings_in, text: str) -> None:
    assert len(meetings_in(text, published=date(2024, 6, 21))) == 2


# -- "The call came a day before A hosted B": the call told before, not a call of A and B ---------


def test_the_call_that_came_before_a_meeting_told_by_a_clause_is_the_one_told(meetings_in):
    found = meetings_in(
        "Trump spoke with Putin by phone on Monday. The call came a day before Trump hosted Volodymyr "
        "Zelensky at the White House."
    )
    kinds = sorted((m.kind, tuple(sorted(p.name for p in m.participants))) for m in found)
    assert kinds == [
        ("in_person", ("Donald Trump", "Volodymyr Zelensky")),
        ("phone", ("Donald Trump", "Vladimir Putin")),
    ]


def test_a_visit_that_came_after_a_trip_keeps_both(meetings_in):
    # a trip's verb is no meeting of others: the visit may be told by that very trip
    found = meetings_in(
        "Kenyan President William Ruto held talks with Chinese President Xi Jinping on Tuesday. The "
        "talks came two days after Ruto met Museveni in Kampala."
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "What Johannesburg's G20 tells us. On Sunday, Narendra Modi and Mark Carney agreed on the "
            "sidelines of the summit to launch trade talks.",
            "Johannesburg",
        ),
        (
            "Inside Kazan's BRICS summit. Vladimir Putin held talks with Cyril Ramaphosa on the margins of "
            "the summit on Tuesday.",
            "Kazan",
        ),
    ],
)
def test_a_summit_told_as_a_citys_own_is_held_there(meetings_in, text, city):
    found = meetings_in(text, published=None)
    assert found and all(m.place is not None and m.place.city == city for m in found)


def test_a_capitals_possessive_places_no_summit(meetings_in):
    found = meetings_in(
        "Washington's G20 agenda looks thin. On Sunday, Narendra Modi and Mark Carney agreed on the "
        "sidelines of the summit to launch trade talks.",
        published=None,
    )
    assert found and all(m.place is None or m.place.city != "Washington" for m in found)


# -- a named gathering told held on a day gives that day to the meetings on its sidelines -----------
FILLER_OF_A_GATHERING = (
    "Under the theme of shared waters, the ministers reviewed their cooperation since 2016 and adopted a "
    "joint statement, along with a plan for work on the river over the next five years, which officials "
    "from the six countries had prepared over several months of meetings in the region. The ministers "
    "also agreed to set up a fund for projects on public health and the digital economy, to be run by a "
    "secretariat that will report to the ministers each year. Wang said China stood ready to deepen ties "
    "with its neighbours along the river, and praised the progress made since the last round of talks. "
)


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        (
            "The ninth Mekong-Lancang Foreign Ministers' Meeting was held in Chiang Mai on Saturday, "
            "co-chaired by Wang Yi and Thai Foreign Minister Maris Sangiampongsa. ",
            date(2024, 11, 16),
        ),
        (
            "The Mekong-Lancang Foreign Ministers' Meeting was convened in Chiang Mai on Saturday, with "
            "Chinese Foreign Minister Wang Yi among those attending. ",
            date(2024, 11, 16),
        ),
        # told with no day of its own: none for the meeting on its sidelines either
        (
            "The ninth Mekong-Lancang Foreign Ministers' Meeting, co-chaired by Wang Yi and Thai Foreign "
            "Minister Maris Sangiampongsa, drew ministers from the six countries to Chiang Mai. ",
            None,
        ),
    ],
)
def test_a_meeting_on_the_sidelines_of_a_gathering_told_held_on_a_day_is_of_that_day(
    meetings_in, opening, day
):
    text = (
        opening
        + FILLER_OF_A_GATHERING
        + "On the sidelines of the meeting, Wang held talks with Lao Foreign Minister Thongsavanh Phomvihane."
    )
    (met,) = [m for m in meetings_in(text) if "Thongsavanh Phomvihane" in {p.name for p in m.participants}]
    assert (met.date and met.date.start) == day
