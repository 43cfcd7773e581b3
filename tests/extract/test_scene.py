"""The scene of the article's news: its place, occasion and day, for meetings told without
their own (extract/scene.py)."""

from datetime import date

import pytest

from extract.pipeline import extract_texts


def _places(found):
    return {tuple(sorted(p.name for p in m.participants)): m.place for m in found}


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


def test_how_long_a_meeting_lasted_does_not_keep_it_from_the_scene(meetings_in):
    found = meetings_in(
        "Antony Blinken met William Ruto in Nairobi on Monday.\n\n"
        "Blinken and Musalia Mudavadi talked over two days about trade and security."
    )
    later = next(m for m in found if "Musalia Mudavadi" in {p.name for p in m.participants})
    assert later.place is not None and later.place.city == "Nairobi"


def test_the_day_an_agency_reported_the_lead_meeting_is_not_its_day(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto was received in Kampala by Uganda's President Yoweri Museveni "
        "and prime minister Robinah Nabbanja, the Uganda News Agency reported on Friday.",
        published=date(2025, 2, 8),
    )
    assert [m.date for m in found] == [None]


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


def test_a_meeting_told_as_background_does_not_set_the_scene_of_the_news(meetings_in):
    found = meetings_in(
        "Kuwaiti Foreign Minister Abdullah Al-Yahya held talks with Saudi Foreign Minister Prince Faisal bin "
        "Farhan on Tuesday. The two ministers had last met in Doha on the sidelines of the GCC summit in "
        "December.",
        published=date(2024, 12, 6),
    )
    news = [m for m in found if m.date is not None and m.date.precision == "day"]
    assert [(m.place, m.occasion) for m in news] == [(None, None)]


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


def test_a_meeting_placed_at_the_scene_of_a_two_leader_lead_keeps_no_occasion(meetings_in):
    text = (
        "BANGKOK, April 4 (PTI) - Narendra Modi met Muhammad Yunus here on the sidelines of the "
        "BIMSTEC summit.\n"
        "Modi, who arrived in Bangkok on Thursday, also met Myanmar's leader Min Aung Hlaing in Bangkok."
    )
    found = meetings_in(text, published=None)  # undated: no summit of the same days to be at
    other = [m for m in found if "Min Aung Hlaing" in {p.name for p in m.participants}]
    assert other and all(m.occasion is None for m in other)


@pytest.mark.parametrize(
    ("venue", "city"),
    [
        ("the Presidential Complex", "Ankara"),
        ("the Akkuyu Plant", None),
        # a ministry's or an office's seat is a building of the capital the news is told from
        ("the Ministry of Foreign Affairs", "Ankara"),
        ("the Presidential Office", "Ankara"),
    ],
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


def test_the_day_a_dateline_lede_gives_the_news_dates_the_signing_told_after_it(meetings_in) -> None:
    found = meetings_in(
        "NAIROBI, March 7 (Reuters) - Sudan and South Sudan signed an oil transit deal in Nairobi on "
        "Thursday.\n\nSudanese Foreign Minister Ali Youssef held talks with South Sudanese Foreign Minister "
        "Ramadan Goc in Nairobi before the signing ceremony.",
        published=date(2024, 3, 7),
    )
    assert found and all(m.date is not None and str(m.date.start) == "2024-03-07" for m in found)


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


def test_talks_of_two_of_a_formats_three_countries_are_not_held_at_it(meetings_in):
    found = meetings_in(
        "Indian Prime Minister Narendra Modi on Friday attended the fifth India-Brazil-South Africa "
        "leaders' meeting in Johannesburg with Brazilian President Lula da Silva and South African "
        "President Cyril Ramaphosa.\nOn Thursday afternoon, Modi met with Ramaphosa at the presidential "
        "office. Modi said India and South Africa are partners.",
        published=date(2025, 11, 21),
    )
    occasion = {len(m.participants): (m.occasion.name if m.occasion else None) for m in found}
    assert occasion == {3: "India-Brazil-South Africa leaders' meeting", 2: None}


def _dated(found):
    return {
        tuple(sorted(p.name for p in m.participants)): (str(m.date.start) if m.date else None) for m in found
    }


LIVE_PAGE = (
    "Nordic leaders gather in Tromso: live updates\n"
    "Thursday, March 6 – 4:45 p.m. CET\n"
    "Finnish President Alexander Stubb has held talks with Norwegian Prime Minister Jonas Gahr Store.\n"
    "Wednesday, March 5 – 6:30 p.m. CET\n"
    "Swedish Prime Minister Ulf Kristersson met Danish Prime Minister Mette Frederiksen over dinner.\n"
)


def test_a_meeting_in_an_entry_of_a_live_blog_is_of_the_day_of_the_entrys_stamp(meetings_in):
    dated = _dated(meetings_in(LIVE_PAGE, published=date(2025, 3, 6)))
    assert dated[("Alexander Stubb", "Jonas Gahr Støre")] == "2025-03-06"
    assert dated[("Mette Frederiksen", "Ulf Kristersson")] == "2025-03-05"


def test_a_day_the_entry_names_is_kept_over_its_stamp(meetings_in):
    text = LIVE_PAGE.replace("over dinner", "on Monday")
    dated = _dated(meetings_in(text, published=date(2025, 3, 6)))
    assert dated[("Mette Frederiksen", "Ulf Kristersson")] == "2025-03-03"


def test_one_date_line_over_a_story_is_not_a_live_blog_stamp(meetings_in):
    found = meetings_in(
        "March 5, 2025\nSwedish Prime Minister Ulf Kristersson met Danish Prime Minister Mette Frederiksen.",
        published=date(2025, 3, 6),
    )
    assert [m.date for m in found] == [None]


@pytest.mark.parametrize(
    "last",
    [
        "Their last meeting came in the lead-up to October's summit of Modi and Putin in Kazan.",
        "Their last meeting came in the run-up to the BRICS summit in Kazan.",
        "Their previous meeting was in the build-up to the G20 summit in Rio de Janeiro.",
        "Their last meeting came in the run-up to last year's APEC summit in San Francisco.",
    ],
)
def test_the_meeting_before_the_news_is_not_held_at_its_scene(meetings_in, last):
    found = meetings_in(f"Anthony Albanese met Christopher Luxon in Sydney on Friday. {last}")
    theirs = [
        m for m in found if {p.name for p in m.participants} == {"Anthony Albanese", "Christopher Luxon"}
    ]
    assert len(theirs) == 2
    earlier = next(m for m in theirs if m.date is None or m.date.start != date(2024, 11, 15))
    assert earlier.background
    assert earlier.place is None  # not where the news is, nor the summit's city
    assert earlier.date is None  # nor the summit's month


def test_a_place_and_month_of_their_own_beside_a_run_up_stay_theirs(meetings_in):
    found = meetings_in(
        "Anthony Albanese met Christopher Luxon in Sydney on Friday. The two leaders last met in "
        "Wellington in July, in the run-up to the summit in Samoa."
    )
    earlier = [m for m in found if m.background]
    assert len(earlier) == 1
    assert earlier[0].place is not None and earlier[0].place.city == "Wellington"
    assert earlier[0].date is not None and earlier[0].date.start == date(2024, 7, 1)


def test_an_earlier_meeting_of_the_same_round_still_takes_the_scene(meetings_in):
    found = meetings_in(
        "Hakan Fidan met Abbas Araghchi in Jeddah on the sidelines of the OIC meeting. Previously, he "
        "had also met Ishaq Dar."
    )
    dar = next(m for m in found if "Ishaq Dar" in {p.name for p in m.participants})
    assert dar.place is not None and dar.place.city == "Jeddah"


@pytest.mark.parametrize(
    "others",
    [
        "conferred with several African leaders and the President of Ghana",
        "met several counterparts and Ghanaian President Nana Akufo-Addo",
        "conferred with other African leaders and Ghanaian President Nana Akufo-Addo",
    ],
)
def test_a_lead_round_with_one_named_dates_the_meetings_told_after_it(meetings_in, others):
    found = meetings_in(
        f"NAIROBI, Feb 11 - President William Ruto {others} in Addis Ababa today.\n"
        "Ruto exchanged views with Ugandan President Yoweri Museveni on trade.",
        published=date(2024, 2, 11),
    )
    dated = {tuple(sorted(p.name for p in m.participants)): m.date for m in found}
    museveni = dated[("William Ruto", "Yoweri Museveni")]
    assert museveni is not None and str(museveni.start) == "2024-02-11"


def test_a_lead_meeting_of_the_two_it_names_does_not_date_another_pair(meetings_in):
    found = meetings_in(
        "NAIROBI, Feb 11 - President William Ruto met Ghanaian President Nana Akufo-Addo in Addis Ababa "
        "today.\n"
        "Ruto held talks with Ugandan President Yoweri Museveni on trade.",
        published=date(2024, 2, 11),
    )
    dated = {tuple(sorted(p.name for p in m.participants)): m.date for m in found}
    assert dated.get(("William Ruto", "Yoweri Museveni")) is None


def test_the_day_a_visitor_arrived_does_not_date_the_talks_the_article_gives_a_day_of_their_own(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto's state visit to Uganda brought talks with President Yoweri "
        "Museveni and a string of agreements.\n\n"
        "Ruto arrived in Kampala on Sunday at the invitation of his Ugandan counterpart.\n\n"
        "On Monday, Museveni received Ruto at State House, where the two leaders held talks.",
        published=date(2024, 11, 19),
    )
    days = {m.date and m.date.start for m in found}
    assert days == {date(2024, 11, 18)}


def test_the_day_a_visitor_arrived_dates_the_talks_told_with_no_day_of_their_own(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto's state visit to Uganda brought talks with President Yoweri "
        "Museveni and a string of agreements.\n\n"
        "Ruto arrived in Kampala on Sunday at the invitation of his Ugandan counterpart.\n\n"
        "Museveni received Ruto at State House, where the two leaders held talks.",
        published=date(2024, 11, 19),
    )
    assert {m.date and m.date.start for m in found} == {date(2024, 11, 17)}


# The lead meeting's people, all of them, meeting with others at the scene, told with no day of
# their own: the day of the lead meeting.
def test_the_lead_pair_meeting_with_others_at_the_scene_is_held_on_their_day(meetings_in):
    text = (
        "MADRID (Reuters) - Moroccan King Hassan Idrissi and Algerian President Karim Benali agreed on "
        "Monday to reopen their border, in their first talks in years.\n\nThe two leaders met at the "
        "Moncloa Palace in Madrid at a summit hosted by Spanish Prime Minister Lucia Ortega.\n\nThe "
        "three leaders talked for several hours, first over lunch and then at a working dinner."
    )
    found = meetings_in(text, published=date(2025, 6, 10))
    three = [m for m in found if len(m.participants) == 3]
    assert three and three[0].date is not None and str(three[0].date.start) == "2025-06-09"


# A lead meeting with no place of its own under a dateline ("PARIS - A and B agreed on Monday ...,
# after their first encounter"): the meetings of all its people with others told next, with no
# day of their own, are held that day.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "NAIROBI (AFP) - Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh "
            "Mohamud agreed on Tuesday to restore diplomatic ties, after their first meeting in a year."
            "\n\nThe two leaders sat down for four hours at State House with Kenyan President William "
            "Ruto and Djiboutian President Ismail Omar Guelleh.",
            "2025-03-11",
        ),
        (
            "HANOI (Reuters) - Thai Prime Minister Somchai Wongsa and Cambodian Prime Minister Chea "
            "Sophal pledged on Monday to settle their border dispute, after their first face-to-face "
            "encounter.\n\nThe pair met for three hours at the Government Guesthouse with Vietnamese "
            "Prime Minister Tran Van Minh and Lao Prime Minister Sonexay Siphandone.",
            "2025-03-10",
        ),
        (
            "BOGOTA - Colombian President Andres Villa and Ecuadorian President Marta Ruiz signed a "
            "trade pact on Sunday after their first meeting since 2021.\n\nThe two presidents talked "
            "at the Casa de Narino with Peruvian President Jorge Salas and Chilean President Ana Fuentes.",
            "2025-03-09",
        ),
    ],
)
def test_the_lead_pairs_meeting_with_others_under_a_dateline_is_held_on_their_day(meetings_in, text, day):
    found = meetings_in(text, published=date(2025, 3, 12))
    four = [m for m in found if len(m.participants) == 4]
    assert four and all(m.date is not None and str(m.date.start) == day for m in four)


def test_others_meeting_without_the_lead_pair_take_no_day_from_it(meetings_in):
    text = (
        "MADRID (Reuters) - Moroccan King Hassan Idrissi and Algerian President Karim Benali met on "
        "Monday for the first time in years, at talks in Madrid hosted by Spanish Prime Minister "
        "Lucia Ortega.\n\nOrtega and Italian Prime Minister Paolo Conti held talks at the Moncloa Palace."
    )
    found = meetings_in(text, published=date(2025, 6, 10))
    theirs = [m for m in found if {p.name for p in m.participants} == {"Lucia Ortega", "Paolo Conti"}]
    assert all(m.date is None for m in theirs)


@pytest.mark.parametrize(
    ("text", "guest", "city", "published"),
    [
        (
            "NAIROBI, Kenya (AP) - Chinese Premier Li Qiang and Kenyan President William Ruto held talks "
            "on Friday on the sidelines of the African Union summit in Nairobi.\n"
            "PHOTO: Kenyan Deputy President Rigathi Gachagua welcomes Egypt's President Abdel Fattah "
            "al-Sisi upon his arrival at Nairobi airport, Kenya, Friday, Nov. 15, 2024.",
            "Rigathi Gachagua",
            "Nairobi",
            date(2024, 11, 15),
        ),
        (
            "ASTANA, Kazakhstan (AP) - Chinese leader Xi Jinping and Indian Prime Minister Narendra Modi "
            "held talks Wednesday in the Kazakh capital on the sidelines of a summit of the Shanghai "
            "Cooperation Organization.\nKazakh Prime Minister Olzhas Bektenov welcomed Turkish President "
            "Recep Tayyip Erdogan at Astana airport on Wednesday.",
            "Recep Tayyip Erdogan",
            "Astana",
            date(2024, 7, 3),
        ),
        (
            "LIMA, Peru (AP) - Japanese Prime Minister Shigeru Ishiba met Chilean President Gabriel Boric "
            "on Thursday on the sidelines of the APEC summit in Lima.\n"
            "Prime Minister Ishiba was greeted at the airport by Peruvian Foreign Minister Elmer "
            "Schialer on Thursday.",
            "Elmer Schialer",
            "Lima",
            date(2024, 11, 15),
        ),
    ],
)
def test_a_welcome_where_the_guest_lands_is_at_the_scene_but_not_at_its_summit(
    meetings_in, text, guest, city, published
):
    (welcome,) = _met(meetings_in(text, published=published), guest)
    assert (welcome.place and welcome.place.city, welcome.occasion) == (city, None)


def test_a_meeting_told_with_no_occasion_in_the_summits_city_still_takes_it(meetings_in):
    found = meetings_in(
        "LIMA, Peru (AP) - Japanese Prime Minister Shigeru Ishiba met Chilean President Gabriel Boric "
        "on Thursday on the sidelines of the APEC summit in Lima.\n"
        "Ishiba also sat down on Thursday with Peruvian President Dina Boluarte.",
        published=date(2024, 11, 15),
    )
    (talks,) = _met(found, "Dina Boluarte")
    assert talks.occasion is not None and talks.occasion.name == "APEC summit"


@pytest.mark.parametrize(
    ("text", "published", "guest", "host"),
    [
        (
            "President Ruto flew into Cairo late on Sunday from Rome, where he attended the FAO summit and "
            "held bilateral talks with Italian Prime Minister Giorgia Meloni on the sidelines.\n"
            "On Monday, Ruto held talks with Egyptian President Abdel Fattah el-Sisi.",
            date(2023, 9, 11),
            "Giorgia Meloni",
            "Abdel Fattah el-Sisi",
        ),
        (
            "Prime Minister Modi arrived in Athens on Friday from Johannesburg, where he attended the BRICS "
            "summit and held talks with Chinese President Xi Jinping.\n"
            "Modi met Greek Prime Minister Kyriakos Mitsotakis on Friday.",
            date(2023, 8, 25),
            "Xi Jinping",
            "Kyriakos Mitsotakis",
        ),
    ],
)
def test_talks_told_where_the_guest_came_from_are_at_that_summit_and_not_the_scene(
    meetings_in, text, published, guest, host
):
    found = meetings_in(text, published=published)
    (before,) = _met(found, guest)
    assert before.occasion is not None and before.place is not None
    assert all(m.occasion is None and m.place != before.place for m in _met(found, host))


def test_talks_told_where_the_guest_went_are_the_scene(meetings_in):
    found = meetings_in(
        "Prime Minister Modi flew to Johannesburg on Tuesday, where he attended the BRICS summit and held "
        "talks with Chinese President Xi Jinping.\nModi also met South African President Cyril Ramaphosa.",
        published=date(2023, 8, 23),
    )
    (later,) = _met(found, "Cyril Ramaphosa")
    assert (later.place and later.place.city, later.occasion and later.occasion.name) == (
        "Johannesburg",
        "BRICS summit",
    )


@pytest.mark.parametrize(
    ("text", "host", "city"),
    [
        (
            "MOMBASA, Kenya, March 10 (Reuters) - Kenyan President William Ruto arrived in Mombasa on "
            "Sunday for the port conference. Ruto held talks with Ugandan President Yoweri Museveni at a "
            "beach hotel, aides said. Ruto had been received by Ethiopian Prime Minister Abiy Ahmed in "
            "Addis Ababa on Thursday. Ruto also met Tanzanian President Samia Suluhu Hassan over lunch.",
            "Samia Suluhu Hassan",
            "Mombasa",
        ),
        (
            "BIARRITZ, France, Aug 25 (Reuters) - Indian Prime Minister Narendra Modi flew into Biarritz "
            "on Sunday, where leaders of the Group of Seven are gathered. Modi held talks with Canadian "
            "Prime Minister Justin Trudeau at the town hall, officials said. Modi had already been "
            "received by French President Emmanuel Macron at the Elysee Palace in Paris on Thursday. "
            "Modi also sat down with British Prime Minister Boris Johnson for breakfast.",
            "Boris Johnson",
            "Biarritz",
        ),
    ],
)
def test_a_meeting_told_in_the_past_perfect_is_not_the_scene_of_the_news(meetings_in, text, host, city):
    """ "had been received by A in X on Thursday": what the news follows; the meetings told after
    it with no place of their own are where the news is, not in X."""
    meeting = next(
        m for m in meetings_in(text, date(2024, 3, 10)) if host in {p.name for p in m.participants}
    )
    assert meeting.place is not None and meeting.place.city == city


def _occasion_of_the_pair(extraction):
    (pair,) = [m for m in extraction.meetings if len(m.participants) == 2]
    return pair.occasion


_SCENE = "MADRID (Reuters) - Leaders met on Monday at the G20 summit in Madrid.\n\n"


@pytest.mark.parametrize(
    "before",
    [
        "Before the summit began, Pedro Sanchez held a private meeting with Olaf Scholz.",
        "Ahead of the summit, Pedro Sanchez held a private meeting with Olaf Scholz.",
        "Pedro Sanchez held a private meeting with Olaf Scholz before the summit opened.",
    ],
)
def test_a_meeting_told_before_the_scenes_gathering_is_not_held_at_it(before):
    (extraction,) = extract_texts([("t", f"Published: 2024-05-13\n\n{_SCENE}{before}")])
    assert _occasion_of_the_pair(extraction) is None


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Sanchez held a private meeting with Olaf Scholz before appearing at a news conference.",
        "Pedro Sanchez held a private meeting with Olaf Scholz.",
    ],
)
def test_a_meeting_told_without_the_gathering_before_it_takes_the_scenes(text):
    (extraction,) = extract_texts([("t", f"Published: 2024-05-13\n\n{_SCENE}{text}")])
    occasion = _occasion_of_the_pair(extraction)
    assert occasion is not None and occasion.name == "G20 summit"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Chinese President Xi Jinping left Vientiane on Friday, wrapping up a two-day state visit during "
            "which he met Laos's top leaders.\nOn Thursday, Xi held talks with Prime Minister Sonexay "
            "Siphandone.",
            "Vientiane",
        ),
        (
            "Kenyan President William Ruto departed Abuja on Friday after a three-day state visit.\nOn "
            "Thursday, Ruto held talks with Nigerian Vice President Kashim Shettima.",
            "Abuja",
        ),
        (
            "French President Emmanuel Macron left Rabat on Friday, concluding his official visit.\nOn "
            "Thursday he met Prime Minister Aziz Akhannouch.",
            "Rabat",
        ),
        (  # the last stop of a visit to a country is no scene of all its meetings
            "Australian Prime Minister Anthony Albanese left Surabaya on Friday, concluding his three-day "
            "visit to Indonesia.\nOn Wednesday, Albanese held talks with President Prabowo Subianto.",
            None,
        ),
        (  # the town left for a visit elsewhere is no scene of the meetings
            "Kenyan President William Ruto left Nairobi on Friday for a three-day state visit to Ghana.\nOn "
            "Thursday, Ruto held talks with Tanzanian President Samia Suluhu Hassan.",
            None,
        ),
    ],
)
def test_a_lead_telling_a_town_left_at_the_end_of_a_visit_sets_the_scene_there(meetings_in, text, city):
    found = [m for m in meetings_in(text, published=date(2024, 10, 12)) if len(m.participants) == 2]
    assert len(found) == 1
    assert (found[0].place.city if found[0].place else None) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "KANDAHAR, Afghanistan\n\nA Qatari delegation led by envoy Mohammed Al-Khulaifi held talks with "
            "senior Taliban officials in Kandahar on Sunday.\n\nTaliban leader Hibatullah Akhundzada met the "
            "Qatari envoy and an accompanying Turkish delegation at the Governor's Palace.",
            "Kandahār",
        ),
        (
            "JAFFNA, Sri Lanka\n\nNorwegian envoy Tore Hattrem held talks with rebel officials in Jaffna on "
            "Monday.\n\nRebel leader Arun Kumar met the Norwegian envoy and a visiting Swiss delegation at "
            "the Nallur Palace.",
            "Jaffna",
        ),
    ],
)
def test_a_third_countrys_delegation_no_one_of_it_named_leaves_a_meeting_at_the_scene(text, city):
    """A delegation that comes along with the guest, no one of it named, brings no country whose
    meeting would be held elsewhere (a named leader of a third country does: see the Vatican test)."""
    (extraction,) = extract_texts([("t", f"Published: 2024-11-19\n\n{text}")])
    (meeting,) = [m for m in extraction.meetings if len(m.participants) == 2]
    assert meeting.place is not None and meeting.place.city == city


@pytest.mark.parametrize(
    ("lead", "city"),
    [
        ("Premier Li Qiang left Canberra on Wednesday, wrapping up a three-day official visit.", "Canberra"),
        ("Premier Li Qiang departed from Nairobi on Wednesday after a two-day state visit.", "Nairobi"),
        ("Premier Li Qiang left Luanda on Wednesday, concluding his state visit.", "Luanda"),
    ],
)
def test_a_visit_ended_by_leaving_a_city_is_the_scene_of_its_meetings(meetings_in, lead, city):
    found = meetings_in(
        f"{lead}\nOn Monday, Li held talks with Foreign Minister Maria Santos at the parliament.",
        published=date(2024, 11, 20),
    )
    places = {m.place.city if m.place else None for m in found if len(m.participants) == 2}
    assert places == {city}


def test_leaving_a_city_for_a_visit_elsewhere_is_not_the_scene(meetings_in):
    found = meetings_in(
        "President Lula left Brasilia on Saturday for a state visit to Angola.\n"
        "On Monday, Lula held talks with President Joao Lourenco at the palace.",
        published=date(2024, 11, 20),
    )
    assert all(m.place is None or m.place.city != "Brasilia" for m in found)


def test_the_last_stop_left_on_a_visit_to_a_country_is_not_the_scene(meetings_in):
    found = meetings_in(
        "Premier Li Qiang left Mombasa on Wednesday, concluding a three-day official visit to Kenya.\n"
        "On Monday, Li held talks with Foreign Minister Maria Santos at the parliament.",
        published=date(2024, 11, 20),
    )
    assert all(m.place is None or m.place.city != "Mombasa" for m in found)


@pytest.mark.parametrize(
    ("lead", "meeting", "city"),
    [
        (
            "Armenia and Azerbaijan reached a deal in Geneva on Monday after long talks.",
            "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met European "
            "Council President Charles Michel at a hotel.",
            "Geneva",
        ),
        (
            "Israel and Lebanon agreed a truce in Cairo on Monday after long talks.",
            "Israeli Prime Minister Benjamin Netanyahu and Lebanese Prime Minister Najib Mikati met NATO "
            "chief Jens Stoltenberg at a hotel.",
            "Cairo",
        ),
    ],
)
def test_the_official_of_a_body_brings_no_third_country_to_the_scene(meetings_in, lead, meeting, city):
    """Charles Michel is Belgian and Stoltenberg Norwegian, but in 2024 they act for the EU and
    NATO: their talks with the two sides of the scene are held at the scene."""
    found = meetings_in(f"{lead} {meeting}", published=date(2024, 11, 19))
    assert [m.place.city if m.place else None for m in found] == [city]


def test_a_guests_call_on_a_third_countrys_leader_is_still_not_at_the_scene(meetings_in):
    found = meetings_in(
        "Brazilian President Luiz Inacio Lula da Silva met Pope Francis at the Vatican on Monday. "
        "Lula also met with Italian President Sergio Mattarella.",
        published=date(2024, 11, 19),
    )
    places = {p.name: m.place for m in found for p in m.participants if p.name != "Luiz Inácio Lula da Silva"}
    assert places["Sergio Mattarella"] is None


@pytest.mark.parametrize(
    ("lead", "meeting", "other"),
    [
        (
            "Serbian President Aleksandar Vucic said on Saturday he had signed nothing after talks in "
            "Skopje.",
            "Josep Borrell and Miroslav Lajcak first met Vucic at a hotel, before holding a separate session "
            "with Kosovo Prime Minister Albin Kurti.",
            "Albin Kurti",
        ),
        (
            "Cypriot President Nikos Christodoulides said on Saturday he had signed nothing after talks "
            "in Geneva.",
            "Antonio Guterres and Josep Borrell first met Christodoulides at a hotel, before holding a "
            "separate session with Turkish Cypriot leader Ersin Tatar.",
            "Ersin Tatar",
        ),
    ],
)
def test_meetings_held_one_after_the_other_are_where_the_first_is(meetings_in, lead, meeting, other):
    """The people met "first" and in "a separate session" after are met in the same place: the
    second is not a trip to the country of the one met, though it is no country of the scene."""
    found = meetings_in(f"{lead} {meeting}", published=date(2023, 3, 19))
    city = lead.split(" in ")[-1].rstrip(".")
    assert len(found) == 2
    assert {m.place.city if m.place else None for m in found} == {city}
    assert any(other in {p.name for p in m.participants} for m in found)


_ON_HOLD = (
    "WASHINGTON (AP) — Plans for a summit between President Joe Biden and Chinese President Xi "
    "Jinping in Lima have been put on hold, a White House official said Tuesday. "
)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            _ON_HOLD + "Biden hosted Kenyan President William Ruto for lunch in the Cabinet Room on Friday.",
            "Washington",
        ),
        (
            "LONDON (Reuters) — Talks between Britain and France on migration were delayed, officials said "
            "on Tuesday. Prime Minister Keir Starmer received Irish Taoiseach Simon Harris in the Pillared "
            "Room on Friday.",
            "London",
        ),
    ],
)
def test_a_meeting_in_a_room_of_a_building_is_in_the_dateline_city(meetings_in, text: str, city: str) -> None:
    held = [m for m in meetings_in(text) if m.kind == "in_person"]
    assert held and all(m.place is not None and m.place.city == city for m in held)


def test_a_call_from_a_room_of_the_dateline_city_is_held_nowhere(meetings_in) -> None:
    text = (
        _ON_HOLD
        + "Biden spoke by phone with Kenyan President William Ruto from the Situation Room on Friday."
    )
    (call,) = [m for m in meetings_in(text) if m.kind == "phone"]
    assert call.place is None


_GATHERING = (
    "UN Secretary-General Antonio Guterres on Tuesday called the Cyprus meeting in Vienna "
    "constructive. The two-day meeting at the UN office in Vienna opened on Monday evening with a "
    "dinner hosted by Guterres for President Nikos Christodoulides, Turkish Cypriot leader Ersin "
    "Tatar and Greek Foreign Minister Giorgos Gerapetritis. "
)


def test_an_international_officials_meetings_at_talks_of_many_sides_are_held_there(meetings_in) -> None:
    found = meetings_in(
        _GATHERING
        + "On Tuesday morning, the UN chief held separate meetings with Christodoulides and then with Tatar."
    )
    with_guterres = [m for m in found if "António Guterres" in {p.name for p in m.participants}]
    assert len(with_guterres) >= 2
    assert all(m.place is not None and m.place.city == "Vienna" for m in with_guterres)


@pytest.mark.parametrize(
    "text",
    [
        # a guest's talks with one host are no gathering: a third country's leader is met elsewhere
        "UN Secretary-General Antonio Guterres on Tuesday called his visit to Kyiv useful. Guterres had "
        "dinner with Ukrainian President Volodymyr Zelensky in Kyiv on Monday evening. On Tuesday morning, "
        "the UN chief held a meeting with Russian President Vladimir Putin.",
        # a call during the gathering is held nowhere
        _GATHERING + "On Tuesday, the UN chief spoke by phone with Russian President Vladimir Putin.",
    ],
)
def test_a_meeting_with_a_third_country_after_a_visit_or_by_phone_takes_no_scene_city(
    meetings_in, text
) -> None:
    (putin,) = [m for m in meetings_in(text) if "Vladimir Putin" in {p.name for p in m.participants}]
    assert putin.place is None


def test_an_audience_refused_to_a_visitor_is_placed_where_the_visit_is(meetings_in):
    found = meetings_in(
        "LONDON, May 3 (Reuters) - Prime Minister Keir Starmer met Colombian President Gustavo Petro on "
        "Friday. Petro had also asked for a meeting with King Charles, but Buckingham Palace turned down "
        "the request.",
        published=date(2024, 5, 3),
    )
    refused = [m for m in found if m.kind == "cancelled"]
    assert len(refused) == 1
    assert refused[0].place is not None and refused[0].place.city == "London"


def test_a_meeting_refused_with_a_leader_of_another_country_is_not_placed_at_the_scene(meetings_in):
    found = meetings_in(
        "LONDON, May 3 (Reuters) - Prime Minister Keir Starmer met Colombian President Gustavo Petro on "
        "Friday. Petro had also asked for a meeting with Emmanuel Macron, but the Elysee turned down the "
        "request.",
        published=date(2024, 5, 3),
    )
    refused = [m for m in found if m.kind == "cancelled"]
    assert len(refused) == 1 and refused[0].place is None


# -- a meeting held at the start or end of the summit the lead tells, however far down -----------
_BORDER_STORY = (
    "The border between the two countries has been the scene of clashes between armed groups and "
    "smugglers, and farmers on both sides have complained that the crossings stay shut for weeks. "
    "Officials of both governments said the deal would let trucks carrying food and medicine pass "
    "through the main crossing, and that police of the two countries would patrol it together. "
    "Business groups in the border towns welcomed the announcement but said they wanted to see it "
    "carried out before they believed it.\n\n"
    '"We have taken a first step, but it is only a first step," one of the presidents told '
    "reporters at the palace, where a crowd of officials and diplomats had gathered to hear them. "
    "The agreement still needs the approval of both congresses, which have blocked similar deals "
    "in the past, and opposition lawmakers in both capitals have said they will fight it. Analysts "
    "said the presidents' personal rapport had helped them overcome the mistrust of their "
    "ministries, which had spent months trading accusations over the border.\n\n"
    "Relations between the two neighbours soured after a dispute over tariffs on electricity and "
    "coffee, which both sides blamed on the other, and ambassadors were recalled for a time.\n\n"
)


def _summit_story(last: str) -> str:
    return (
        "BRASILIA (Reuters) - Colombian President Gustavo Petro and Ecuador's Daniel Noboa agreed on "
        "Tuesday to reopen their shared border to trade.\n\n"
        "The two presidents met at the Planalto Palace in Brasilia at a summit hosted by Brazilian "
        "President Luiz Inacio Lula da Silva.\n\n" + _BORDER_STORY + last
    )


@pytest.mark.parametrize(
    ("last", "name"),
    [
        (
            "Before the summit began, Petro held a one-on-one meeting with Lula at the palace.",
            "Gustavo Petro",
        ),
        ("After the summit ended, Noboa held talks with Lula at the palace.", "Daniel Noboa"),
    ],
)
def test_a_meeting_at_the_start_or_end_of_the_leads_summit_is_on_its_day(meetings_in, last, name):
    found = meetings_in(_summit_story(last), published=date(2024, 10, 16))
    with_lula = [m for m in found if {name, "Luiz Inácio Lula da Silva"} <= {p.name for p in m.participants}]
    assert [(m.date.start, m.date.end) for m in with_lula if m.date] == [
        (date(2024, 10, 15), date(2024, 10, 15))
    ]


@pytest.mark.parametrize(
    "last",
    [
        "Before the summit began last year, Petro had met Lula in Bogota.",
        "Before the summit began, Argentine President Javier Milei met Paraguayan President Santiago Pena.",
    ],
)
def test_a_meeting_told_before_a_summit_of_another_time_or_of_other_people_keeps_no_lead_day(
    meetings_in, last
):
    found = meetings_in(_summit_story(last), published=date(2024, 10, 16))
    later = [m for m in found if "Daniel Noboa" not in {p.name for p in m.participants}]
    assert later and all(m.date is None or m.date.start != date(2024, 10, 15) for m in later)


# -- the lead's meeting with someone unnamed, named in the next sentence -------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "NAIROBI (Reuters) - Kenyan President William Ruto met one of Ethiopia's most senior generals "
            "on Wednesday.\n\nRuto held talks with Field Marshal Birhanu Jula at State House in Nairobi.",
            "Birhanu Jula",
        ),
        (
            "TOKYO (Reuters) - U.S. Defense Secretary Lloyd Austin met a senior Japanese official on "
            "Wednesday.\n\nAustin held talks with Defense Minister Gen Nakatani at the ministry.",
            "Gen Nakatani",
        ),
    ],
)
def test_the_leads_meeting_with_someone_unnamed_is_the_one_named_next(meetings_in, text, name):
    found = meetings_in(text, published=date(2024, 10, 17))
    named = [m for m in found if name in {p.name for p in m.participants}]
    assert [(m.date.start, m.date.end) for m in named if m.date] == [(date(2024, 10, 16), date(2024, 10, 16))]


@pytest.mark.parametrize(
    "second",
    [
        "Ruto had held talks with Field Marshal Birhanu Jula in Addis Ababa last year.",
        "Ethiopian Prime Minister Abiy Ahmed held talks with Field Marshal Birhanu Jula in Addis Ababa.",
    ],
)
def test_a_background_meeting_or_one_of_others_next_to_the_lead_keeps_no_lead_day(meetings_in, second):
    text = (
        "NAIROBI (Reuters) - Kenyan President William Ruto met one of Ethiopia's most senior generals "
        f"on Wednesday.\n\n{second}"
    )
    found = meetings_in(text, published=date(2024, 10, 17))
    named = [m for m in found if "Birhanu Jula" in {p.name for p in m.participants}]
    assert named and all(m.date is None or m.date.start != date(2024, 10, 16) for m in named)


LEAD_PUBLISHED = date(2024, 9, 6)  # a Friday


def _the_one_with(meetings, name):
    found = [m for m in meetings if name in {p.name for p in m.participants}]
    assert len(found) == 1, [m.participants for m in meetings]
    return found[0]


# -- a dateline lead that tells its subject acting on a day dates that person's meetings there ---
@pytest.mark.parametrize(
    ("text", "guest", "day"),
    [
        (
            "NAIROBI, Kenya — Kenyan President William Ruto urged African leaders on Tuesday to back a "
            "climate fund.\n\nRuto met Nigerian President Bola Tinubu at State House and discussed trade.",
            "Bola Tinubu",
            date(2024, 9, 3),
        ),
        (
            "ANKARA, Turkey — Turkish President Recep Tayyip Erdogan warned on Wednesday that the war "
            "could spread.\n\nErdogan held talks with Hungarian Prime Minister Viktor Orban at the "
            "presidential complex.",
            "Viktor Orbán",
            date(2024, 9, 4),
        ),
        (
            "WIESBADEN, Germany — Polish President Andrzej Duda pressed allies on Friday for more air "
            "defence.\n\nBefore the talks opened, Duda met Defense Secretary Lloyd Austin at the garrison.",
            "Lloyd Austin",
            date(2024, 9, 6),
        ),
    ],
)
def test_a_meeting_of_the_leads_subject_takes_the_day_the_lead_tells(meetings_in, text, guest, day):
    meeting = _the_one_with(meetings_in(text, published=LEAD_PUBLISHED), guest)
    assert meeting.date is not None and meeting.date.start == day


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (  # told as background
            "ANKARA, Turkey — Turkish President Recep Tayyip Erdogan warned on Wednesday that the war "
            "could spread.\n\nErdogan had held talks with Hungarian Prime Minister Viktor Orban at the "
            "presidential complex.",
            "Viktor Orbán",
        ),
        (  # the lead's subject is no one named
            "ANKARA, Turkey — Turkish officials warned on Wednesday that the war could spread.\n\n"
            "Erdogan held talks with Hungarian Prime Minister Viktor Orban at the presidential complex.",
            "Viktor Orbán",
        ),
        (  # others' meeting
            "ANKARA, Turkey — Turkish President Recep Tayyip Erdogan warned on Wednesday that the war "
            "could spread.\n\nForeign Minister Hakan Fidan held talks with his Hungarian counterpart "
            "Peter Szijjarto at the ministry.",
            "Péter Szijjártó",
        ),
    ],
)
def test_a_meeting_outside_the_leads_subjects_news_takes_no_day_from_it(meetings_in, text, guest):
    meeting = _the_one_with(meetings_in(text, published=LEAD_PUBLISHED), guest)
    assert meeting.date is None


@pytest.mark.parametrize(
    ("text", "guest", "occasion"),
    [
        (
            "SINGAPORE — U.S. Defense Secretary Lloyd Austin warned China on Saturday in a speech to the "
            "Shangri-La Dialogue.\n\nAustin met Japanese Defense Minister Minoru Kihara at the hotel.",
            "Minoru Kihara",
            "Shangri-La Dialogue",
        ),
        (
            "BAKU, Azerbaijan — U.N. Secretary-General Antonio Guterres urged rich nations on Tuesday to "
            "pay up, speaking at the COP29 climate conference.\n\nGuterres met Azerbaijani President "
            "Ilham Aliyev at the stadium.",
            "Ilham Aliyev",
            "COP29",
        ),
    ],
)
def test_a_meeting_of_the_leads_subject_is_at_the_leads_gathering(meetings_in, text, guest, occasion):
    meeting = _the_one_with(meetings_in(text, published=LEAD_PUBLISHED), guest)
    assert meeting.occasion is not None and meeting.occasion.name == occasion


def test_a_lead_that_tells_no_gathering_gives_its_meetings_none(meetings_in):
    text = (
        "NAIROBI, Kenya — Kenyan President William Ruto urged African leaders on Tuesday to back a "
        "climate fund.\n\nRuto met Nigerian President Bola Tinubu at State House and discussed trade."
    )
    meeting = _the_one_with(meetings_in(text, published=LEAD_PUBLISHED), "Bola Tinubu")
    assert meeting.occasion is None


@pytest.mark.parametrize(
    ("text", "host", "city"),
    [
        (
            "NAIROBI, Nov 19 (Reuters) - German Chancellor Olaf Scholz met Kenyan President William Ruto and "
            "Tanzanian President Samia Suluhu Hassan on Tuesday, seeking new gas deals.\n\nIn Dar es Salaam, "
            "Scholz was received in the morning by Samia Suluhu Hassan at State House.",
            "Samia Suluhu Hassan",
            "Dar es Salaam",
        ),
        (
            "LIMA, Nov 19 (AFP) - Spanish Prime Minister Pedro Sanchez met Peruvian President Dina Boluarte "
            "and Chilean President Gabriel Boric on Tuesday.\n\nIn Santiago, Sanchez was received in the "
            "morning by Gabriel Boric at La Moneda palace.",
            "Gabriel Boric",
            "Santiago",
        ),
    ],
)
def test_a_visitors_lead_meetings_with_hosts_of_two_countries_are_not_all_in_the_dateline_city(
    meetings_in, text, host, city
):
    """A tour's meetings are held at its stops: the host met in the other country is not placed
    in the reporter's city, and the report with the stop's own city is the only place told."""
    places = [m.place for m in meetings_in(text) if host in {p.name for p in m.participants}]
    assert places and all(p is None or p.city == city for p in places)


def test_a_host_at_home_meeting_visitors_of_two_countries_stays_in_the_dateline_city(meetings_in):
    text = (
        "NAIROBI, Nov 19 (Reuters) - Kenyan President William Ruto met Ugandan President Yoweri Museveni "
        "and Tanzanian President Samia Suluhu Hassan on Tuesday, seeking a trade deal."
    )
    found = meetings_in(text)
    assert len(found) == 2
    assert all(m.place is not None and m.place.city == "Nairobi" for m in found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "HANOI - Indian Prime Minister Narendra Modi and Vietnamese Prime Minister Pham Minh Chinh "
            "agreed on Tuesday to expand trade, as Modi made his first visit to the region.\n\n"
            "The two leaders met for an hour in Hanoi.",
            date(2025, 6, 10),
        ),
        (
            "NAIROBI - Kenyan President William Ruto and Ghanaian President John Mahama pledged on "
            "Wednesday to open their markets, as Mahama made a state visit.\n\n"
            "The two presidents held talks at State House.",
            date(2025, 6, 11),
        ),
    ],
)
def test_a_dateline_lead_that_tells_one_sides_visit_dates_the_talks_told_next(meetings_in, text, day):
    found = [m for m in meetings_in(text, published=date(2025, 6, 12)) if len(m.participants) == 2]
    assert found
    assert all(m.date is not None and m.date.start == day for m in found)


def test_a_dateline_lead_of_a_day_long_past_dates_nothing(meetings_in):
    text = (
        "HANOI - Indian Prime Minister Narendra Modi and Vietnamese Prime Minister Pham Minh Chinh "
        "agreed in 2019 to expand trade, as Modi made his first visit to the region.\n\n"
        "The two leaders met for an hour in Hanoi."
    )
    found = [m for m in meetings_in(text, published=date(2025, 6, 12)) if len(m.participants) == 2]
    assert all(m.date is None or m.date.start.year != 2025 for m in found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Lam, Thongloun hold talks in show of unity\n\nHANOI, May 7, 2024\n\n"
            "Vietnamese President To Lam on Tuesday held talks with Lao President Thongloun Sisoulith.\n\n"
            "The two leaders then drove to the Presidential Palace, where they sat down for a "
            "restricted meeting.",
            date(2024, 5, 7),
        ),
        (
            "Petro and Noboa meet at border\n\nIPIALES, March 4, 2024\n\n"
            "Colombian President Gustavo Petro held talks with Ecuador's President Daniel Noboa "
            "on Monday.\n\n"
            "The two presidents later sat down for a working lunch with their ministers.",
            date(2024, 3, 4),
        ),
    ],
)
def test_meetings_of_a_dateline_leads_people_told_after_it_take_its_day(meetings_in, text, day):
    found = meetings_in(text, published=day)
    assert len(found) >= 2
    assert {m.date.start if m.date else None for m in found} == {day}


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Friedrich Merz held talks with President Cyril Ramaphosa at the G20 summit in "
        "Johannesburg. Merz had arrived in Johannesburg on Friday night.",
        "Prime Minister Narendra Modi met President Luiz Inacio Lula da Silva at the BRICS summit in Rio "
        "de Janeiro. Modi had landed in the city on Saturday evening.",
    ],
)
def test_an_arrival_told_after_the_meeting_in_the_past_perfect_is_not_its_day(meetings_in, text):
    found = meetings_in(text, published=date(2025, 11, 23))
    assert [m.date for m in found] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "VIENTIANE, Oct 11 (Bernama) -- On the sidelines of the ASEAN Summit, Prime Minister Anwar Ibrahim "
        "held bilateral meetings with Vietnamese Prime Minister Pham Minh Chinh and Philippine President "
        "Ferdinand Marcos Jr. on Thursday.",
        "RIO DE JANEIRO (AP) -- On the margins of the G20 summit on Monday, Japanese Prime Minister Shigeru "
        "Ishiba held talks with Chinese President Xi Jinping and U.S. President Joe Biden separately.",
    ],
)
def test_a_visitors_meetings_at_a_gathering_are_in_the_datelines_city(meetings_in, text):
    meetings = meetings_in(text)
    assert len(meetings) == 2
    assert {m.place.city if m.place else None for m in meetings} in ({"Vientiane"}, {"Rio de Janeiro"})


# The lead's talks held now take no summit a guest is yet to leave for: the trip's next stop,
# not their occasion.
@pytest.mark.parametrize(
    ("text", "published", "pair"),
    [
        (
            "Ruto, Prabowo hold talks in Nairobi\n\nNAIROBI, Feb. 10 (KNA) - Kenyan President William Ruto "
            "on Monday received Indonesian President Prabowo Subianto at State House, Nairobi, where the "
            "two leaders held talks. Prabowo will leave Nairobi on Tuesday to attend the African Union "
            "summit.",
            date(2025, 2, 10),
            ("Prabowo Subianto", "William Ruto"),
        ),
        (
            "Lula, Sanchez meet in Madrid\n\nMADRID, March 4 (EFE) - Spanish Prime Minister Pedro Sanchez "
            "on Tuesday hosted Brazilian President Luiz Inacio Lula da Silva at the Moncloa Palace, where "
            "both leaders signed four agreements. Lula is to depart Madrid on Wednesday to attend the "
            "EU-CELAC summit.",
            date(2025, 3, 4),
            ("Luiz Inácio Lula da Silva", "Pedro Sánchez"),
        ),
        (
            "Albanese, Luxon hold talks in Wellington\n\nWELLINGTON, Aug 5 (AAP) - New Zealand Prime "
            "Minister Christopher Luxon on Monday welcomed Australian Prime Minister Anthony Albanese at "
            "Parliament, where the two leaders held annual talks. Albanese will leave Wellington on "
            "Tuesday to attend the Pacific Islands Forum leaders' meeting.",
            date(2024, 8, 5),
            ("Anthony Albanese", "Christopher Luxon"),
        ),
    ],
)
def test_a_summit_the_guest_is_yet_to_leave_for_is_no_occasion_of_talks_held_now(
    meetings_in, text, published, pair
):
    found = meetings_in(text, published=published)
    occasions = {tuple(sorted(p.name for p in m.participants)): m.occasion for m in found}
    assert pair in occasions and occasions[pair] is None


@pytest.mark.parametrize(
    ("text", "pair", "city"),
    [
        (
            "BRASILIA (Reuters) - Brazilian President Luiz Inacio Lula da Silva hosted Argentine President "
            "Javier Milei and Paraguayan President Santiago Pena for talks on Tuesday. Brazilian Foreign "
            "Minister Mauro Vieira held a separate meeting with Argentine Foreign Minister Diana Mondino.",
            ("Diana Mondino", "Mauro Vieira"),
            "Brasília",
        ),
        (
            "NAIROBI (AFP) - Kenyan President William Ruto received Ugandan President Yoweri Museveni and "
            "Tanzanian President Samia Suluhu Hassan at State House on Friday. Kenya's foreign minister "
            "Musalia Mudavadi then met his Ugandan counterpart Jeje Odongo.",
            ("Jeje Odongo", "Musalia Mudavadi"),
            "Nairobi",
        ),
        (
            "ASTANA (AP) - Kazakh President Kassym-Jomart Tokayev hosted Uzbek President Shavkat "
            "Mirziyoyev and Kyrgyz President Sadyr Japarov on Thursday. Kazakh Foreign Minister Murat "
            "Nurtleu first held separate meetings with Uzbek Foreign Minister Bakhtiyor Saidov and "
            "Kyrgyz Foreign Minister Jeenbek Kulubaev.",
            ("Bakhtiyor Saidov", "Murat Nurtleu"),
            "Astana",
        ),
    ],
)
def test_talks_of_some_of_the_scenes_sides_are_held_at_the_scene(meetings_in, text, pair, city):
    """Ministers of two of the three countries whose leaders meet, told as the news with no place of
    their own, hold their round of the same talks where the leaders are."""
    place = _places(meetings_in(text, published=date(2024, 11, 19))).get(pair)
    assert place is not None and place.city == city


@pytest.mark.parametrize(
    ("text", "pair", "place"),
    [
        # the sentence after the meeting speaks of the gathering
        (
            "Polish Prime Minister Donald Tusk and Italian Prime Minister Giorgia Meloni met on Thursday "
            "on the sidelines of the NATO summit in Vilnius. The two leaders discussed migration and "
            "defence spending. In the afternoon, Dutch Prime Minister Dick Schoof sat down with Spanish "
            "Prime Minister Pedro Sanchez. Spain is attending the Vilnius summit as a full member, although "
            "Madrid has resisted higher spending.",
            ("Dick Schoof", "Pedro Sánchez"),
            "Vilnius",
        ),
        # a gathering placed by its country only, where the lead tells one person's day
        (
            "Chilean President Gabriel Boric received a warm welcome at the Mercosur summit in Paraguay on "
            "Tuesday, his first since taking office. Colombian President Gustavo Petro, who flew in on an "
            "air force jet, used his speech to call for a new trade deal. He later held talks with "
            "Uruguayan President Luis Lacalle Pou, the Colombian presidency said. On the sidelines of the "
            "gathering, Boric also met Argentine President Javier Milei.",
            ("Gustavo Petro", "Luis Lacalle Pou"),
            "Paraguay",
        ),
        (
            "Kenyan President William Ruto addressed the African Union summit in Ethiopia on Sunday. "
            "Ghanaian President John Mahama, who arrived on Saturday, spoke after him. He then held talks "
            "with Senegalese President Bassirou Diomaye Faye. The summit closed with a call for a "
            "ceasefire in Sudan.",
            ("Bassirou Diomaye Faye", "John Mahama"),
            "Ethiopia",
        ),
    ],
)
def test_a_meeting_of_others_told_beside_a_gathering_is_held_at_it(meetings_in, text, pair, place):
    found = meetings_in(text)
    met = next(m for m in found if tuple(sorted(p.name for p in m.participants)) == tuple(sorted(pair)))
    assert met.place is not None and place in {met.place.city, met.place.country}
    assert met.occasion is not None


def test_a_visit_of_another_year_told_in_the_lead_sets_no_scene(meetings_in):
    """ "... agreements reached during the official visit of the President of Uzbekistan to the United
    States in May 2018": a visit of long before the news, whose country is no scene of the
    reception (a lead of a state agency, "who is in our country on a visit", with no dateline)."""
    found = meetings_in(
        "President of the Republic of Uzbekistan Shavkat Mirziyoyev received the Secretary of State of the "
        "United States of America Antony Blinken, who is in our country on a visit. Welcoming the guest, "
        "the Head of State noted the development of the partnership. The parties discussed the "
        "implementation of agreements reached during the official visit of the President of Uzbekistan "
        "to the United States in May 2018.",
        published=date(2023, 3, 1),
    )
    assert found and all(m.place is not None and m.place.country == "Uzbekistan" for m in found)


# -- a visit's day, when the scene is its country, dates the talks in a city of that country --------
@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Biden hails 'rock solid' Nordic ties as he ends Europe trip in Finland\n\nHelsinki (AFP) - US "
            'President Joe Biden on Thursday hailed Finland as a "rock solid" ally, as he wrapped up a '
            "European trip.\n\nBiden, fresh from a NATO summit, was welcomed by Finnish President Sauli "
            "Niinisto with a military honour guard at the presidential palace on Helsinki's waterfront.",
            "Sauli Niinistö",
            date(2024, 11, 21),
        ),
        (
            "Lula hails 'historic' ties as he ends Asia trip in Vietnam\n\nHanoi (AFP) - Brazilian "
            'President Luiz Inacio Lula da Silva on Friday hailed Vietnam as a "historic" partner, as he '
            "wrapped up an Asian trip.\n\nLula, fresh from a state visit to Japan, was received by "
            "Vietnamese President Luong Cuong at the Presidential Palace in Hanoi.",
            "Luong Cuong",
            date(2024, 11, 22),
        ),
    ],
)
def test_a_meeting_in_a_city_of_the_visits_country_takes_the_visits_day(meetings_in, text, name, day):
    (meeting,) = [m for m in meetings_in(text, published=date(2024, 11, 22)) if name in _names(m)]
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (day, day)


def test_a_meeting_in_another_country_than_the_visits_does_not_take_its_day(meetings_in):
    text = (
        "Lula hails 'historic' ties as he ends Asia trip in Vietnam\n\nHanoi (AFP) - Brazilian President "
        'Luiz Inacio Lula da Silva on Friday hailed Vietnam as a "historic" partner, as he wrapped up an '
        "Asian trip.\n\nIn Tokyo, Lula held talks with Japanese Prime Minister Shigeru Ishiba at his office."
    )
    (meeting,) = [m for m in meetings_in(text, published=date(2024, 11, 22)) if "Shigeru Ishiba" in _names(m)]
    assert meeting.date is None


def _names(meeting):
    return {p.name for p in meeting.participants}


def test_a_stop_a_tour_took_him_to_before_is_not_the_scene_of_the_news(meetings_in):
    """ "The visit was the final leg of a tour that took him from London to the NATO summit in
    Vilnius": the summit was a stop before; the news is where the lead puts it."""
    found = meetings_in(
        "Niinisto hosts US President Joe Biden\n\n"
        "The US president's visit was the final leg of a five-day European tour that took him from "
        "London to the NATO summit in Vilnius.\n\n"
        "Biden held talks with Finnish President Sauli Niinisto at the Presidential Palace in Helsinki "
        "on Thursday morning.\n\n"
        "The two heads of state discussed Finland's membership of the alliance.",
        published=date(2023, 7, 13),
    )
    assert found and all(m.occasion is None for m in found)
    assert {m.place.city for m in found if m.place} == {"Helsinki"}


@pytest.mark.parametrize(
    "text",
    [
        "Ramaphosa met Ruto in Nairobi on Monday. They discussed the coming G20 summit in Johannesburg.",
        "Modi held talks with Albanese in Sydney on Wednesday ahead of the Quad summit in Tokyo next month.",
        "Lula received Petro in Brasilia on Tuesday to talk about the COP30 summit in Belem.",
    ],
)
def test_a_summit_spoken_of_or_to_come_is_no_occasion_of_talks_held_elsewhere(meetings_in, text):
    found = meetings_in(text, published=date(2024, 11, 20))
    assert found and all(m.occasion is None for m in found)


# -- a meeting called off in the dateline's country: in the dateline's city ----------------------
@pytest.mark.parametrize(
    ("text", "pair", "city"),
    [
        (
            "ISLAMABAD: Chinese President Xi Jinping's much-awaited visit to Pakistan, during which he was "
            "to hold talks with Prime Minister Nawaz Sharif, has been postponed because of the turmoil.",
            ("Nawaz Sharif", "Xi Jinping"),
            "Islamabad",
        ),
        (
            "HANOI (Reuters) - A planned visit to Vietnam by Japanese Prime Minister Fumio Kishida, who had "
            "been due to hold talks with Prime Minister Pham Minh Chinh, was cancelled on Tuesday.",
            ("Fumio Kishida", "Pham Minh Chinh"),
            "Hanoi",
        ),
    ],
)
def test_a_meeting_called_off_in_the_datelines_country_is_in_its_city(meetings_in, text, pair, city):
    place = _places(meetings_in(text))[pair]
    assert place is not None and place.city == city


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (  # another country than the dateline's
            "NAIROBI (Reuters) - A planned visit to Tanzania by Indian Prime Minister Narendra Modi, who had "
            "been due to hold talks with President Samia Suluhu Hassan, was cancelled on Tuesday.",
            ("Narendra Modi", "Samia Suluhu Hassan"),
        ),
        (  # a plan still on: where in the country, the words do not say
            "NAIROBI (Reuters) - Indian Prime Minister Narendra Modi will make a trip to Kenya next year, "
            "where he will meet President William Ruto, officials said on Monday.",
            ("Narendra Modi", "William Ruto"),
        ),
    ],
)
def test_a_meeting_called_off_elsewhere_or_a_plan_keeps_its_country(meetings_in, text, pair):
    place = _places(meetings_in(text))[pair]
    assert place is not None and place.city is None


def test_a_visit_called_off_with_no_one_met_keeps_its_country(meetings_in):
    text = "ISLAMABAD: Saudi Crown Prince Mohammed bin Salman's visit to Pakistan has been postponed."
    visits = [m for m in meetings_in(text) if [p.name for p in m.participants] == ["Mohammed bin Salman"]]
    assert visits and all(m.place is not None and m.place.city is None for m in visits)


# -- a welcome where the guest lands, at an airport no table places: the scene's city ------------
@pytest.mark.parametrize(
    ("text", "pair", "city"),
    [
        (
            "Vice President Kamala Harris held talks with President Samia Suluhu Hassan at State House in "
            "Dar es Salaam on Thursday. Harris, who arrived in the country on Wednesday, was received at the "
            "Julius Nyerere International Airport by Vice President Philip Mpango.",
            ("Kamala Harris", "Philip Mpango"),
            "Dar es Salaam",
        ),
        (
            "Indian Prime Minister Narendra Modi held talks with President Bola Tinubu in Abuja on Sunday. "
            "Modi was welcomed at the Nnamdi Azikiwe International Airport by Foreign Minister Yusuf Tuggar.",
            ("Narendra Modi", "Yusuf Tuggar"),
            "Abuja",
        ),
    ],
)
def test_a_welcome_at_an_airport_no_table_places_is_in_the_scenes_city(meetings_in, text, pair, city):
    place = _places(meetings_in(text))[pair]
    assert place is not None and place.city == city


def test_a_meeting_at_a_far_site_no_table_places_takes_no_scene(meetings_in):
    text = (
        "Russian President Vladimir Putin held talks with Kim Jong Un in Moscow on Monday. "
        "Kim had earlier met Putin at the Vostochny Cosmodrome."
    )
    found = [m for m in meetings_in(text) if m.place is None or m.place.city != "Moscow"]
    assert found and all(m.place is None for m in found)


# -- a trip told as made for a gathering and a state visit: talks with the host are the visit's -----
@pytest.mark.parametrize(
    "text, published",
    [
        (
            "Chinese President Xi Jinping held talks with Peruvian President Dina Boluarte at the "
            "Government Palace in Lima on Thursday.\nXi arrived in Lima earlier for the 31st APEC "
            "Economic Leaders' Meeting and a state visit to Peru.",
            date(2024, 11, 15),
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman received Turkish President Recep Tayyip Erdogan in "
            "Riyadh on Saturday.\nErdogan travelled to Riyadh for the Arab League summit and an official "
            "visit to Saudi Arabia.",
            date(2023, 11, 12),
        ),
        (
            "Japanese Prime Minister Shinzo Abe met Chinese President Xi Jinping in Osaka on Thursday.\n"
            "Xi arrived in Osaka on Thursday for the G20 summit and a state visit to Japan.",
            date(2019, 6, 28),
        ),
    ],
)
def test_talks_with_the_host_of_a_state_visit_paid_beside_a_summit_take_no_occasion(
    meetings_in, text, published
):
    (held,) = meetings_in(text, published=published)
    assert held.place is not None and held.occasion is None


@pytest.mark.parametrize(
    "text",
    [
        # a guest of another country met there: at the summit, not the host's visit
        "Chinese President Xi Jinping held talks with U.S. President Joe Biden in Lima on Saturday.\n"
        "Xi arrived in Lima earlier for the APEC summit and a state visit to Peru.",
        # the host met on the summit's sidelines, as the meeting's own sentence says
        "Peruvian President Dina Boluarte met Chinese President Xi Jinping on the sidelines of the APEC "
        "summit in Lima on Thursday.\nXi arrived in Lima earlier for the APEC summit and a state visit "
        "to Peru.",
    ],
)
def test_a_state_visit_beside_a_summit_leaves_the_summit_to_meetings_held_at_it(meetings_in, text):
    (held,) = meetings_in(text, published=date(2024, 11, 17))
    assert held.occasion is not None and held.occasion.name == "APEC summit"


@pytest.mark.parametrize(
    "lead",
    [
        "Ramaphosa has not met Trump since their tense encounter in the Oval Office in May.",
        "Ruto has not spoken to Museveni since their talks in Kampala last year.",
    ],
)
def test_a_meeting_told_as_what_the_news_came_after_sets_no_scene(meetings_in, lead):
    text = (
        "When Cyril Ramaphosa closed the first G20 leaders' summit held on African soil, no American was "
        f"in the room. {lead} On Sunday, Narendra Modi and Mark Carney agreed on the sidelines of the "
        "summit to launch trade talks."
    )
    found = meetings_in(text, published=None)
    sideline = [m for m in found if {p.name for p in m.participants} == {"Narendra Modi", "Mark Carney"}]
    assert sideline and all(m.place is None for m in sideline)


def test_a_meeting_of_the_lead_told_as_the_news_still_sets_the_scene(meetings_in):
    found = meetings_in(
        "Cyril Ramaphosa met Donald Trump in the Oval Office on Wednesday. Later, Ramaphosa held talks with "
        "JD Vance.",
        published=date(2025, 5, 22),
    )
    later = [m for m in found if {p.name for p in m.participants} == {"Cyril Ramaphosa", "JD Vance"}]
    assert later and later[0].place is not None and later[0].place.city == "Washington"


@pytest.mark.parametrize(
    "text",
    [
        "Volodymyr Zelenskyy met Emmanuel Macron, who arrived in Kyiv.\n\n"
        '"Ukraine is ready for a full ceasefire for at least 30 days, starting Monday," Zelenskyy said.',
        "William Ruto held talks with Abiy Ahmed, who arrived in Nairobi.\n\n"
        '"The border posts reopen on Thursday," Ruto told reporters after the talks.',
        "Prabowo Subianto received Anthony Albanese at the Merdeka Palace in Jakarta.\n\n"
        "\u201cOur navies begin joint patrols on Friday,\u201d Albanese said.",
    ],
)
def test_a_day_inside_a_quotation_does_not_date_the_lead_meeting(meetings_in, text):
    found = meetings_in(text, published=date(2025, 5, 10))
    assert found and all(m.date is None for m in found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "William Ruto held talks with Abiy Ahmed, who arrived in Nairobi.\n\n"
            '"We agreed to reopen the border," Ruto said on Thursday.',
            date(2025, 5, 8),
        ),
        (
            "Prabowo Subianto received Anthony Albanese at the Merdeka Palace in Jakarta.\n\n"
            "Albanese said on Friday that the two navies would begin joint patrols.",
            date(2025, 5, 9),
        ),
        (  # the speaker's "today" is the day of the news
            "Luis Lacalle Pou received Ursula von der Leyen in Montevideo.\n\n"
            '"Today is truly a historic milestone," von der Leyen told reporters.',
            date(2025, 5, 10),
        ),
    ],
)
def test_a_day_told_outside_a_quotation_or_as_today_still_dates_the_lead_meeting(meetings_in, text, day):
    found = meetings_in(text, published=date(2025, 5, 10))
    assert found and all(m.date is not None and m.date.start == day for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Macron hosts Weimar Triangle summit\n"
        "PARIS, May 14 (Reuters) - French President Emmanuel Macron held talks with German Chancellor Olaf "
        "Scholz at the Elysee Palace on Tuesday morning. In the afternoon, Macron and Scholz sat down with "
        "Polish Prime Minister Donald Tusk for the Weimar Triangle summit.",
        "Ramaphosa flies to Gaborone for SADC summit\n"
        "GABORONE, May 14 (Reuters) - South African President Cyril Ramaphosa held talks with Botswana's "
        "President Duma Boko at State House on Tuesday. Ramaphosa, Boko and Namibian President Nangolo "
        "Mbumba later sat down with other leaders for the SADC summit.",
        "Sisi attends Arab League summit in Manama\n"
        "MANAMA, May 14 (Reuters) - Egyptian President Abdel Fattah al-Sisi met Bahrain's King Hamad bin "
        "Isa Al Khalifa at Sakhir Palace on Tuesday. Sisi, King Hamad and Jordan's King Abdullah II then "
        "came together with other Arab leaders for the Arab League summit.",
    ],
)
def test_talks_told_before_the_gathering_their_people_held_later_that_day_are_not_at_it(meetings_in, text):
    # the host's talks with a guest, told before the summit the two then joined: ahead of it
    found = meetings_in(text, published=date(2024, 5, 14))
    assert [len(m.participants) for m in found] == [2, 3]
    assert found[0].occasion is None
    assert found[1].occasion is not None


@pytest.mark.parametrize(
    "text",
    [
        # a bilateral told "later" is another one on the summit's margins, no gathering of its own
        "Modi at G20 summit in Rio\n"
        "RIO DE JANEIRO, May 14 (Reuters) - Indian Prime Minister Narendra Modi met Italian Prime Minister "
        "Giorgia Meloni on the sidelines of the G20 summit in Rio de Janeiro on Tuesday. Later, Modi held "
        "talks with British Prime Minister Keir Starmer.",
        # a gathering told before the talks: they are at it, as the scene says
        "Tinubu in Accra for ECOWAS summit\n"
        "ACCRA, May 14 (Reuters) - West African leaders opened the ECOWAS summit in Accra on Tuesday. "
        "Nigerian President Bola Tinubu then held talks with Ghanaian President John Mahama.",
    ],
)
def test_talks_not_told_ahead_of_a_later_gathering_keep_the_scenes_summit(meetings_in, text):
    found = meetings_in(text, published=date(2024, 5, 14))
    two = [m for m in found if len(m.participants) == 2]
    assert two and all(m.occasion is not None for m in two)
