"""Where and at which occasion a clause places what it reports (extract/circumstances.py)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span

from extract.circumstances import clause_occasion, clause_of, clause_place, occasion_told_before
from extract.pipeline import extract_texts
from extract.records import Place


def _one(meetings, name):
    found = [m for m in meetings if name in {p.name for p in m.participants}]
    assert len(found) == 1, [m.participants for m in meetings]
    return found[0]


# -- "the summit": the occasion named before ---------------------------------------------------
def test_the_summit_is_the_summit_named_before_and_held_where_it_was_told(meetings_in):
    text = (
        "The Kenyan president flew home from Kazan, Russia, where he took part in the BRICS summit. "
        "On the sidelines of the summit, William Ruto held a meeting with Indian Prime Minister "
        "Narendra Modi."
    )
    meeting = _one(meetings_in(text), "Narendra Modi")
    assert meeting.occasion is not None and meeting.occasion.name == "BRICS summit"
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Kazan", "Russia")


def test_the_margins_of_the_summit_look_past_an_earlier_summit_of_the_series(meetings_in):
    text = (
        "Jacinda Ardern hosted the Pacific Islands Forum summit in Auckland on Monday. The first such "
        "summit was held in Wellington in 1971.\n\n"
        "On the margins of the summit, Fiji's Prime Minister Sitiveni Rabuka met Australia's "
        "Prime Minister Anthony Albanese."
    )
    meeting = _one(meetings_in(text), "Sitiveni Rabuka")
    assert meeting.occasion is not None and meeting.occasion.name == "Pacific Islands Forum summit"
    assert meeting.place is not None and meeting.place.city == "Auckland"


@pytest.mark.parametrize(
    ("text", "name", "occasion", "city"),
    [
        (
            "Leaders arriving for the summit were greeted in the city. On the sidelines of the "
            "summit, Cyril Ramaphosa met Narendra Modi. The G20 summit in Johannesburg ends on Sunday.",
            "Narendra Modi",
            "G20 summit",
            "Johannesburg",
        ),
        (
            "At the summit, Anthony Albanese held talks with Fumio Kishida.\n\n"
            "The APEC summit in Lima closes on Saturday with a joint declaration.",
            "Fumio Kishida",
            "APEC summit",
            "Lima",
        ),
    ],
)
def test_the_summit_of_the_lead_is_the_one_summit_named_further_on(meetings_in, text, name, occasion, city):
    meeting = _one(meetings_in(text), name)
    assert meeting.occasion is not None and meeting.occasion.name == occasion
    assert meeting.place is not None and meeting.place.city == city


def test_the_summit_of_the_lead_is_none_where_several_are_named_further_on(nlp):
    doc = nlp(
        "On the sidelines of the summit, Sisi met Erdogan. The G20 summit in Rio follows the "
        "APEC summit in Lima."
    )
    sentence = next(iter(doc.sents))
    assert occasion_told_before(sentence, {t.i for t in sentence}) is None


def test_a_summit_of_its_own_is_not_the_one_named_before(nlp):
    doc = nlp(
        "Leaders met at the G20 summit in Rio. Weeks later, Egypt convened a summit on Gaza in Cairo. "
        "On the sidelines of the summit, Sisi met Erdogan."
    )
    sentence = list(doc.sents)[-1]
    assert occasion_told_before(sentence, {t.i for t in sentence}) is None


@pytest.mark.parametrize(
    "away",
    [
        "Ruto, who skipped last month's Commonwealth summit in Samoa, flew in on Sunday.",
        "Ruto did not attend the Commonwealth summit in Samoa and flew in on Sunday.",
        "Ruto boycotted the Commonwealth summit in Samoa and flew in on Sunday.",
    ],
)
def test_a_summit_someone_stayed_away_from_is_not_the_summit_told_after(meetings_in, away):
    text = (
        "African leaders gathered for the African Union summit in Addis Ababa on Monday. "
        f"{away} On Monday, he met Nigerian President Bola Tinubu at the summit."
    )
    meeting = _one(meetings_in(text, published=date(2025, 2, 11)), "Bola Tinubu")
    assert meeting.occasion is not None and meeting.occasion.name == "African Union summit"


def test_a_summit_someone_attended_is_the_summit_told_after(meetings_in):
    text = (
        "African leaders gathered for the African Union summit in Addis Ababa on Monday. "
        "Ruto attended the Commonwealth summit in Samoa on Friday. "
        "There, he met Samoan Prime Minister Fiame Naomi Mataafa at the summit."
    )
    meeting = _one(meetings_in(text, published=date(2025, 2, 11)), "Fiame Naomi Mataafa")
    assert meeting.occasion is not None
    assert meeting.occasion.name == "Commonwealth Heads of Government Meeting"


@pytest.mark.parametrize(
    ("published", "occasion"),
    [(date(2024, 3, 5), "Ghana-Pacific Summit"), (date(2025, 3, 5), None)],
)
def test_the_summit_told_with_the_news_year_is_the_news_summit(meetings_in, published, occasion):
    text = (
        "The 3rd Ghana-Pacific Summit was held in Accra on 4 March 2024. The Summit was hosted by "
        "President Akufo-Addo.\n\nOn the sidelines of the Summit, Prime Minister Modi held bilateral "
        "talks with the Prime Minister of Fiji, Sitiveni Rabuka."
    )
    meeting = _one(meetings_in(text, published), "Sitiveni Rabuka")
    assert (meeting.occasion.name if meeting.occasion else None) == occasion


# -- the setting of a meeting told in the participle of its plan ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Turkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos "
        "Mitsotakis planned on the sidelines of the NATO summit in Washington was called off.",
        "In July, a bilateral meeting between Turkish President Recep Tayyip Erdogan and Greek Prime "
        "Minister Kyriakos Mitsotakis scheduled on the margins of the NATO summit in Washington fell "
        "through.",
    ],
)
def test_a_meeting_scheduled_on_the_sidelines_of_a_gathering_is_held_at_it(meetings_in, text):
    meeting = _one(meetings_in(text, published=date(2024, 8, 2)), "Kyriakos Mitsotakis")
    assert meeting.occasion is not None and meeting.occasion.name == "NATO summit"


@pytest.mark.parametrize(
    "text",
    [
        # a plan told for after the gathering: another time
        "A meeting between Turkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos "
        "Mitsotakis scheduled after the NATO summit in Washington was called off.",
        # the plan of a thing the meeting is about, not of the meeting
        "Turkish President Recep Tayyip Erdogan held talks with Greek Prime Minister Kyriakos Mitsotakis "
        "in Ankara on Monday on the sanctions scheduled at the NATO summit in Washington.",
    ],
)
def test_a_gathering_in_a_participle_of_no_plan_or_another_time_is_no_setting(meetings_in, text):
    meeting = _one(meetings_in(text, published=date(2024, 8, 2)), "Kyriakos Mitsotakis")
    assert meeting.occasion is None


# -- occasions spoken of, not attended -----------------------------------------------------------
def test_an_occasion_spoken_of_is_not_the_meetings_occasion(meetings_in):
    text = (
        "Egypt's President Abdel Fattah el-Sisi received Azerbaijan's President Ilham Aliyev in Cairo "
        "on Monday, and the two discussed climate finance in light of Azerbaijan's hosting of COP29."
    )
    meeting = _one(meetings_in(text), "Ilham Aliyev")
    assert meeting.occasion is None


# -- places ---------------------------------------------------------------------------------------
def test_here_is_the_city_of_the_dateline(meetings_in):
    text = (
        "DUBROVNIK, March 3 (HINA) -- Croatia's economy grew, officials said today.\n\n"
        "Prime Minister Andrej Plenkovic later held talks with Slovenia's Prime Minister Robert Golob "
        "at the old town hall here."
    )
    meeting = _one(meetings_in(text, published=date(2025, 3, 3)), "Robert Golob")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Dubrovnik", "Croatia")


def test_in_this_city_is_the_city_of_the_dateline(meetings_in):
    text = (
        "TRIPOLI, March 3 (LANA) - Officials met investors today.\n\n"
        "Prime Minister Abdul Hamid Dbeibah met Egyptian Foreign Minister Badr Abdelatty on Sunday in "
        "this coastal city in Tripoli province."
    )
    meeting = _one(meetings_in(text, published=date(2025, 3, 3)), "Badr Abdelatty")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Tripoli", "Libya")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Javier Milei received Chilean President Gabriel Boric on Monday at a hotel in the Palermo "
            "district of Buenos Aires.",
            "Buenos Aires",
        ),
        ("Olaf Scholz hosted Emmanuel Macron in the Dahlem suburb of Berlin on Friday.", "Berlin"),
        (
            "Sheikh Hasina received Indian Foreign Secretary Vikram Misri in the Gulshan neighbourhood "
            "of Dhaka on Tuesday.",
            "Dhaka",
        ),
        # the city named first is the city a suburb named after it lies in
        ("Narendra Modi met Anthony Albanese in the Sydney suburb of Parramatta on Wednesday.", "Sydney"),
    ],
)
def test_a_place_named_as_a_part_of_a_city_is_in_that_city(meetings_in, text, city):
    [meeting] = meetings_in(text)
    assert meeting.place is not None and meeting.place.city == city


def test_a_place_named_with_a_district_of_no_city_is_kept(meetings_in):
    text = "Olaf Scholz met Emmanuel Macron in the Palermo district on Friday."
    meeting = _one(meetings_in(text), "Emmanuel Macron")
    assert meeting.place is not None and meeting.place.city == "Palermo"


def test_a_where_clause_hung_on_a_city_the_model_tags_otherwise_is_in_that_city(meetings_in):
    text = (
        "Macron began the tour in Lima, where he held talks with Peruvian President Dina Boluarte on "
        "Saturday, and flew on to Santiago, where Chilean President Gabriel Boric received him at the "
        "palace on Sunday."
    )
    meeting = _one(meetings_in(text), "Gabriel Boric")
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == ("Santiago", "Chile")


def test_a_where_clause_of_a_plan_places_the_meeting(meetings_in):
    text = "Modi will leave Colombo on Friday for Nairobi, where he is to hold talks with William Ruto."
    meeting = _one(meetings_in(text), "William Ruto")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Nairobi", "Kenya")


@pytest.mark.parametrize(("venue", "country"), [("Kananaskis", "Canada"), ("Bali", "Indonesia")])
def test_a_summit_venue_the_cities_table_lacks_is_a_city(meetings_in, venue, country):
    meeting = _one(meetings_in(f"Mark Carney met Keir Starmer in {venue} on Sunday."), "Keir Starmer")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == (venue, country)


def test_a_building_named_for_its_country_stands_in_the_dateline_city(meetings_in):
    text = (
        "TIRANA, May 8 (ATA) - Albanian Prime Minister Edi Rama and Italian Prime Minister Giorgia "
        "Meloni held talks at the Palace of Albania on Wednesday."
    )
    meeting = _one(meetings_in(text, published=date(2024, 5, 8)), "Giorgia Meloni")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Tirana", "Albania")


def test_a_building_named_for_another_country_than_the_datelines_gives_only_that_country(meetings_in):
    text = (
        "ROME, May 8 (ANSA) - Albanian Prime Minister Edi Rama and Italian Prime Minister Giorgia "
        "Meloni held talks at the Palace of Albania on Wednesday."
    )
    meeting = _one(meetings_in(text, published=date(2024, 5, 8)), "Giorgia Meloni")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == (None, "Albania")


@pytest.mark.parametrize(
    ("text", "guest", "city", "country"),
    [
        (
            "SINGAPORE, June 2 (Reuters) - Indonesian Defence Minister Sjafrie Sjamsoeddin met Australian "
            "Defence Minister Richard Marles at the Shangri-La Hotel on Friday.",
            "Richard Marles",
            "Singapore",
            "Singapore",
        ),
        (
            "BELGRADE, June 2 (Tanjug) - Serbian President Aleksandar Vucic hosted Hungarian Prime Minister "
            "Viktor Orban for dinner at the Moscow Hotel on Friday.",
            "Viktor Orbán",
            "Belgrade",
            "Serbia",
        ),
        (
            "LONDON, June 2 (PA) - British Foreign Secretary David Lammy and Indian External Affairs "
            "Minister S. Jaishankar held talks at the Savoy hotel on Friday.",
            "Subrahmanyam Jaishankar",
            "London",
            "United Kingdom",
        ),
        # a hotel named for a town of the dateline's own country is in that town
        (
            "BEIJING, June 2 (Xinhua) - Chinese Premier Li Qiang met Kenyan President William Ruto at the "
            "Beijing Hotel on Friday.",
            "William Ruto",
            "Beijing",
            "China",
        ),
    ],
)
def test_a_hotel_named_for_a_town_abroad_stands_in_the_dateline_city(meetings_in, text, guest, city, country):
    meeting = _one(meetings_in(text, published=date(2024, 6, 2)), guest)
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == (city, country)


def test_a_hotel_named_for_a_town_with_no_dateline_keeps_the_town(meetings_in):
    text = "Serbian President Aleksandar Vucic met Hungarian Prime Minister Viktor Orban at the Moscow Hotel."
    meeting = _one(meetings_in(text, published=date(2024, 6, 2)), "Viktor Orbán")
    assert meeting.place is not None
    assert meeting.place.city == "Moscow"


def test_a_when_clause_on_the_date_places_the_meeting(meetings_in):
    text = "William Ruto and Yoweri Museveni had last met in March, when the Ugandan leader was in Nairobi."
    meeting = _one(meetings_in(text), "Yoweri Museveni")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Nairobi", "Kenya")


def test_the_city_owning_a_venue_places_the_meeting_there(meetings_in):
    found = meetings_in(
        "Chinese President Xi Jinping landed at Belgrade's Nikola Tesla Airport late on Tuesday, where he "
        "was greeted by Serbian President Aleksandar Vucic."
    )
    assert [(m.place.city if m.place else None) for m in found] == ["Belgrade"]


@pytest.mark.parametrize(
    "text",
    [
        "Japanese Prime Minister Shigeru Ishiba went to Mar-a-Lago on Friday to meet Donald Trump.",
        "Argentine President Javier Milei travelled to Mar-a-Lago on Friday to meet Donald Trump.",
        "Hungarian Prime Minister Viktor Orbán flew to Mar-a-Lago to see Donald Trump on Thursday.",
    ],
)
def test_a_venue_the_model_tags_in_part_is_where_the_trip_went(meetings_in, text):
    # the model tags "Mar" of "Mar-a-Lago" as a person
    meeting = _one(meetings_in(text), "Donald Trump")
    assert meeting.place is not None and (meeting.place.region, meeting.place.country) == (
        "Mar-a-Lago",
        "United States",
    )


def test_a_visit_to_a_venue_the_model_tags_in_part_is_a_visit_there(meetings_in):
    found = meetings_in(
        "Hungarian Prime Minister Viktor Orbán paid a visit to Mar-a-Lago on Thursday after talks in Beijing."
    )
    assert [(m.kind, m.place.region if m.place else None) for m in found] == [("visit", "Mar-a-Lago")]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Egyptian President Abdel Fattah al-Sisi met Israeli Prime Minister Benjamin Netanyahu in Sharm "
            "el-Sheikh on Monday, on the anniversary of the Camp David Accords.",
            "Sharm el-Sheikh",
        ),
        ("Viktor Orbán went to see Jordan Bardella in Paris on Monday.", "Paris"),
    ],
)
def test_a_venue_inside_a_longer_name_or_a_place_inside_a_persons_name_is_no_destination(
    meetings_in, text, city
):
    meetings = [m for m in meetings_in(text) if len(m.participants) > 1]
    assert [m.place.city if m.place else None for m in meetings] == [city]


@pytest.mark.parametrize(
    ("text", "met", "city"),
    [
        (
            "South African President Cyril Ramaphosa went to the Union Buildings on Friday to meet "
            "William Ruto.",
            "William Ruto",
            "Pretoria",
        ),
        (
            "Biden drove to the Al-Yamamah Palace on Tuesday to meet Mohammed bin Salman.",
            "Mohammed bin Salman",
            "Riyadh",
        ),
        ("Zelensky came to the White House on Friday to meet Donald Trump.", "Donald Trump", "Washington"),
    ],
)
def test_a_seat_of_office_gone_to_the_model_tags_as_an_organisation_is_where_the_trip_went(
    meetings_in, text, met, city
):
    meeting = _one(meetings_in(text), met)
    assert meeting.place is not None and meeting.place.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Trump, who returned to the White House in January, met Mohammed bin Salman on Friday.",
        "The invitation went to the White House on Monday, and Macron met Starmer on Tuesday.",
    ],
)
def test_a_return_to_office_or_a_thing_sent_to_a_seat_of_office_places_no_meeting(meetings_in, text):
    assert [m.place for m in meetings_in(text) if len(m.participants) > 1] == [None]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "The quarrel began on January 1, when Ruto signed a trade pact in Nairobi with Tanzanian "
            "President Samia Suluhu Hassan.",
            "Nairobi",
        ),
        (
            "Ruto signed a memorandum of understanding in Mombasa with Tanzanian President Samia Suluhu "
            "Hassan on Friday.",
            "Mombasa",
        ),
    ],
)
def test_the_place_of_the_thing_two_people_sign_together_is_where_they_signed_it(meetings_in, text, city):
    meeting = _one(meetings_in(text), "Samia Suluhu Hassan")
    assert meeting.place is not None and meeting.place.city == city


def test_a_place_of_what_a_signed_deal_is_about_is_no_venue(meetings_in):
    text = "Ruto signed a deal on the war in Sudan with Tanzanian President Samia Suluhu Hassan on Friday."
    assert _one(meetings_in(text), "Samia Suluhu Hassan").place is None


# -- a place left right after the meeting -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Costa is also due to see the new Prime Minister, Djuro Macut, before leaving Belgrade.",
            "Belgrade",
        ),
        ("Antony Blinken will meet Benjamin Netanyahu before leaving Jerusalem.", "Jerusalem"),
        ("Macron met Kenyan President William Ruto before he left Nairobi.", "Nairobi"),
        ("Wang Yi held talks with Sergei Lavrov before departing from Moscow.", "Moscow"),
    ],
)
def test_a_place_left_right_after_a_meeting_is_where_it_is_held(meetings_in, text, city):
    [meeting] = meetings_in(text)
    assert meeting.place is not None and meeting.place.city == city


def test_a_place_left_for_is_not_where_a_meeting_is_held(meetings_in):
    [meeting] = meetings_in("Olaf Scholz met Narendra Modi before leaving for New Delhi.")
    assert meeting.place is None or meeting.place.city != "New Delhi"


# -- a place after the person met --------------------------------------------------------------
def test_a_place_after_the_title_of_whom_a_meeting_is_with_is_where_they_met(meetings_in):
    text = (
        "Olaf Scholz took office in 2021. "
        "Ilham Aliyev held a bilateral meeting with the Chancellor in Berlin in March last year."
    )
    [meeting] = meetings_in(text)
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Berlin", "Germany")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Zelensky's meeting with Trump and Vice President JD Vance in the Oval Office on Friday "
         "ended in a row.", "Washington"),
        ("Modi's talks with Putin and Foreign Minister Sergei Lavrov at the Kremlin lasted three hours.",
         "Moscow"),
    ],
)  # fmt: skip
def test_a_building_after_the_last_of_those_met_is_where_they_met(meetings_in, text, city):
    [meeting] = meetings_in(text, date(2025, 3, 1))
    assert meeting.place is not None and meeting.place.city == city


def test_a_place_after_a_post_held_abroad_names_the_post_not_the_venue(meetings_in):
    found = meetings_in("Olaf Scholz met with the Russian ambassador in Berlin on Monday.")
    assert all(m.place is None or m.place.city != "Berlin" for m in found)


# -- a venue no table places --------------------------------------------------------------------
def test_a_venue_no_table_places_is_in_the_dateline_city_of_the_country_the_clause_names(meetings_in):
    text = (
        "Talks in the steppe\n"
        "ULAANBAATAR, May 3 (Montsame) - Mongolian President Ukhnaagiin Khurelsukh received Japanese "
        "Prime Minister Fumio Kishida, who is on an official visit to Mongolia, at the Ikh Tenger complex."
    )
    meeting = _one(meetings_in(text), "Fumio Kishida")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Ulaanbaatar", "Mongolia")


def test_a_venue_no_table_places_takes_no_dateline_city_of_another_country(meetings_in):
    text = (
        "Talks in the steppe\n"
        "BEIJING, May 3 (Xinhua) - Mongolian President Ukhnaagiin Khurelsukh received Japanese "
        "Prime Minister Fumio Kishida, who is on an official visit to Mongolia, at the Ikh Tenger complex."
    )
    meeting = _one(meetings_in(text), "Fumio Kishida")
    assert meeting.place is None or meeting.place.city is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Talks at the complex\n"
            "ASTANA, June 3 (Kazinform) - Kazakh President Kassym-Jomart Tokayev, who is on an official "
            "visit to Egypt, held talks with Egyptian President Abdel Fattah el-Sisi at the Ittihadiya "
            "complex.",
            "Egypt",
        ),
        (
            "Talks at the shipyard\n"
            "SEOUL, May 3 (Yonhap) - South Korean President Yoon Suk Yeol, on a state visit to Spain, met "
            "Spanish Prime Minister Pedro Sanchez at the Navantia yard.",
            "Spain",
        ),
        (
            "Talks at the camp\n"
            "ANKARA, May 3 (AA) - Turkish President Recep Tayyip Erdogan, who is in Azerbaijan, held talks "
            "with Azerbaijani President Ilham Aliyev at the Zangilan complex.",
            "Azerbaijan",
        ),
    ],
)
def test_a_venue_no_table_places_is_not_in_the_home_dateline_of_a_visitor_abroad(meetings_in, text, country):
    found = [m for m in meetings_in(text) if len(m.participants) >= 2]
    assert found and all(m.place is None or m.place.city is None for m in found)
    assert all(m.place is None or m.place.country == country for m in found)


def test_a_venue_no_table_places_is_in_the_dateline_city_of_the_host_named_with_no_country(meetings_in):
    text = (
        "Talks at the Diwan\n"
        "Doha, March 9 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani held talks this "
        "morning with Ahmed al-Sharaa at the Amiri Diwan."
    )
    meeting = _one(meetings_in(text, date(2025, 3, 9)), "Ahmed al-Sharaa")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Doha", "Qatar")


def test_a_venue_no_table_places_takes_no_dateline_city_where_no_one_named_is_of_its_country(meetings_in):
    text = (
        "Talks at the Diwan\n"
        "CAIRO, March 9 (MENA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani held talks this "
        "morning with Ahmed al-Sharaa at the Amiri Diwan."
    )
    meeting = _one(meetings_in(text, date(2025, 3, 9)), "Ahmed al-Sharaa")
    assert meeting.place is None or meeting.place.city != "Cairo"


def test_a_venue_no_table_places_is_in_a_city_state_the_sentence_names_by_another_name(meetings_in):
    text = (
        "Audience at the Vatican\n"
        "Vatican City (EFE).- Argentine President Javier Milei was received on Monday by Pope Francis "
        "at the Apostolic Palace, the Holy See press office said."
    )
    meeting = _one(meetings_in(text), "Javier Milei")
    assert meeting.place is not None and meeting.place.city == "Vatican City"


def test_the_summit_of_the_news_is_not_that_of_a_meeting_told_as_the_past(meetings_in):
    text = (
        "Brazilian President Lula da Silva attended the ASEAN Summit in Kuala Lumpur on Sunday. "
        "Anwar Ibrahim and Lula last met in Rio de Janeiro during the BRICS summit in July. On the "
        "sidelines of the summit yesterday, Anwar met New Zealand Prime Minister Christopher Luxon."
    )
    found = meetings_in(text, published=date(2025, 10, 27))
    luxon = next(m for m in found if "Christopher Luxon" in {p.name for p in m.participants})
    assert luxon.occasion is not None and luxon.occasion.name == "ASEAN summit"


# -- "there": the city of the sentence before ----------------------------------------------------
def test_met_there_is_in_the_city_the_sentence_before_names(meetings_in):
    text = (
        "The ceasefire followed a meeting of ministers in Nairobi on Saturday. Ethiopian Foreign "
        "Minister Taye Atske Selassie and his Eritrean counterpart Osman Saleh met there the day before."
    )
    meeting = _one(meetings_in(text), "Osman Saleh")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Nairobi", "Kenya")


def test_talks_there_are_in_the_last_city_the_sentence_before_names(meetings_in):
    text = (
        "Kenyan President William Ruto is in Spain for a trade fair, which opens in Madrid on Friday. "
        "He is scheduled to hold talks there with Spanish Prime Minister Pedro Sanchez."
    )
    meeting = _one(meetings_in(text), "Pedro Sánchez")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Madrid", "Spain")


@pytest.mark.parametrize(
    ("text", "met", "country"),
    [
        (
            "Chilean President Gabriel Boric will travel to Egypt next week for the climate talks. He "
            "is expected to meet U.S. envoy John Kerry there.",
            "John Kerry",
            "Egypt",
        ),
        (
            "Nigerian President Bola Tinubu arrived in Brazil on Sunday for the summit. He met German "
            "Chancellor Olaf Scholz there on Monday.",
            "Olaf Scholz",
            "Brazil",
        ),
    ],
)
def test_there_is_the_country_the_sentence_before_goes_to_where_it_names_no_city(
    meetings_in, text, met, country
) -> None:
    meeting = _one(meetings_in(text), met)
    assert meeting.place is not None and meeting.place.country == country


def test_there_is_no_country_named_only_as_whose_a_person_is(meetings_in):
    text = "U.S. envoy John Kerry praised the plan. He met Chinese envoy Xie Zhenhua there on Tuesday."
    meeting = _one(meetings_in(text), "Xie Zhenhua")
    assert meeting.place is None or meeting.place.country not in {"United States", "China"}


def test_met_there_is_in_the_city_its_own_sentence_names_before_it(meetings_in):
    text = (
        "The accord was initialled in Doha on Sunday by Rwandan Foreign Minister Olivier Nduhungirehe "
        "and Congolese Foreign Minister Therese Kayikwamba Wagner, who met there with Qatari Prime "
        "Minister Mohammed bin Abdulrahman Al Thani."
    )
    meeting = _one(meetings_in(text), "Mohammed bin Abdulrahman Al Thani")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("Doha", "Qatar")


def test_there_points_past_a_city_its_own_sentence_names_only_as_a_title(meetings_in):
    text = (
        "Kenyan President William Ruto flew to Madrid on Friday. The former ambassador to Moscow, who "
        "is there too, said Ruto met Spanish Prime Minister Pedro Sanchez there."
    )
    meetings = [m for m in meetings_in(text) if "Pedro Sánchez" in {p.name for p in m.participants}]
    assert all(m.place is None or m.place.city != "Moscow" for m in meetings)


def test_there_is_no_place_in_there_is(meetings_in):
    text = (
        "Kenyan President William Ruto will travel to Lisbon on Monday. "
        "There is a plan for him to meet Indian Prime Minister Narendra Modi soon."
    )
    meetings = [m for m in meetings_in(text) if "Narendra Modi" in {p.name for p in m.participants}]
    assert all(m.place is None or m.place.city != "Lisbon" for m in meetings)


def test_a_meeting_on_the_eve_of_a_summit_is_not_at_it(meetings_in):
    text = (
        "Argentine President Alberto Fernandez held talks with Brazilian President Luiz Inacio Lula "
        "da Silva on Monday, on the eve of the CELAC summit."
    )
    meeting = _one(meetings_in(text), "Alberto Fernández")
    assert meeting.occasion is None


@pytest.mark.parametrize(
    ("text", "city", "day"),
    [
        (
            "Australian Prime Minister Anthony Albanese will fly to Jakarta on Thursday, where he is due to "
            "meet Indonesian President Prabowo Subianto.",
            "Jakarta",
            date(2024, 11, 21),
        ),
        (
            "Ramaphosa travels to Luanda on Friday, where he is due to hold talks with Angolan President "
            "Joao Lourenco.",
            "Luanda",
            date(2024, 11, 22),
        ),
        (
            "Erdogan flew to Baku on Monday, where he was due to meet Azerbaijani President Ilham Aliyev.",
            "Baku",
            date(2024, 11, 18),
        ),
    ],
)
def test_a_plan_told_in_a_where_clause_is_of_the_place_and_day_it_hangs_on(meetings_in, text, city, day):
    (meeting,) = meetings_in(text, published=date(2024, 11, 19))
    assert meeting.kind == "planned"
    assert (meeting.place and meeting.place.city, meeting.date and meeting.date.start) == (city, day)


@pytest.mark.parametrize(
    "text",
    [
        "Modi travelled to Kyiv on Friday and held talks with President Volodymyr Zelenskyy. The two leaders "
        "also discussed the BRICS summit to be held in Kazan in October.",
        "Ramaphosa met Lula in Brasilia on Monday. The two presidents also discussed the G20 summit to be "
        "held in Johannesburg in November.",
    ],
)
def test_a_summit_the_leaders_discussed_is_a_topic_not_where_they_met(meetings_in, text):
    found = meetings_in(text, published=date(2024, 8, 24))
    assert found and all(m.occasion is None for m in found)


def test_a_verb_joined_to_a_where_clause_is_in_its_place_not_the_datelines(meetings_in):
    text = (
        "Tour ends\n"
        "NAIROBI - The last leg took Kenyan President William Ruto to Berlin, where he was received "
        "by President Frank-Walter Steinmeier at Bellevue Palace on Monday and held talks with "
        "Chancellor Olaf Scholz at the Chancellery the following day."
    )
    found = meetings_in(text, published=date(2024, 11, 24))
    assert sorted((p.name, m.place.city if m.place else None) for m in found for p in m.participants[1:]) == [
        ("Frank-Walter Steinmeier", "Berlin"),
        ("Olaf Scholz", "Berlin"),
    ]


def test_what_was_attended_where_the_meetings_were_held_is_their_occasion(meetings_in):
    text = (
        "Tour\n"
        "In Johannesburg, where he attended the BRICS Summit on August 22-24, Indian Prime Minister "
        "Narendra Modi held separate meetings with Brazilian President Lula and South African "
        "President Cyril Ramaphosa."
    )
    found = meetings_in(text, published=date(2023, 8, 26))
    assert len(found) == 2
    assert all(m.occasion is not None and "BRICS" in m.occasion.name for m in found)


@pytest.mark.parametrize(
    ("text", "city", "day"),
    [
        (
            "Lula will stop in Lisbon on Friday to meet Portuguese Prime Minister Luis Montenegro.",
            "Lisbon",
            date(2024, 11, 22),
        ),
        (
            "Biden had been scheduled to stop in Port Moresby on November 25 to meet Papua New Guinea Prime "
            "Minister James Marape, but the stop was cancelled.",
            "Port Moresby",
            date(2024, 11, 25),
        ),
        (
            "Blinken is due to stop over in Tokyo on Thursday to hold talks with Japanese Foreign Minister "
            "Yoko Kamikawa.",
            "Tokyo",
            date(2024, 11, 21),
        ),
    ],
)
def test_a_meeting_a_trips_stop_is_for_takes_the_stops_place_and_day(meetings_in, text, city, day):
    (meeting,) = meetings_in(text, published=date(2024, 11, 19))
    assert meeting.kind in {"planned", "cancelled"}
    assert (meeting.place and meeting.place.city, meeting.date and meeting.date.start) == (city, day)


# -- a destination after "leave for", and a site's parts -----------------------------------------
@pytest.mark.parametrize(
    "text, name, city",
    [
        (
            "Kenyan President William Ruto left for Addis Ababa on Sunday to hold talks with Ethiopian "
            "Prime Minister Abiy Ahmed.",
            "Abiy Ahmed",
            "Addis Ababa",
        ),
        (
            "Indian External Affairs Minister S Jaishankar departed for Tokyo on Monday for talks with "
            "Japanese Foreign Minister Yoko Kamikawa.",
            "Yoko Kamikawa",
            "Tokyo",
        ),
    ],
)
def test_the_city_someone_leaves_for_is_where_the_talks_are(meetings_in, text, name, city):
    meeting = _one(meetings_in(text), name)
    assert meeting.place is not None and meeting.place.city == city


# -- a tour: each stop's meeting where its own clause goes, even when the parser misreads the verb -
@pytest.mark.parametrize(
    "full, traveller",
    [
        ("US President Donald Trump", "Trump"),
        ("German Chancellor Olaf Scholz", "Scholz"),
        ("Indian Prime Minister Narendra Modi", "Modi"),
    ],
)
def test_talks_at_the_first_stop_of_a_tour_are_there_not_at_the_next(meetings_in, full, traveller):
    # the parser may take "leaves" for a plural noun (lemma "leaf") and the name for its compound,
    # or the name for a verb taking "leaves" as its object
    text = (
        f"{full} arrived in Europe on Sunday.\n\n"
        f"{traveller} leaves for Paris later on Monday for talks with French President Emmanuel "
        "Macron, and will travel to Rome on Tuesday, where he is due to meet Italian Prime "
        "Minister Giorgia Meloni."
    )
    found = meetings_in(text)
    assert _one(found, "Emmanuel Macron").place.city == "Paris"
    assert _one(found, "Giorgia Meloni").place.city == "Rome"


def test_each_stop_of_a_three_city_tour_keeps_its_own_where(meetings_in):
    text = (
        "Japanese Prime Minister Shigeru Ishiba flies to Hanoi on Monday, where he will hold talks "
        "with Vietnamese Prime Minister Pham Minh Chinh, then travels to Manila on Tuesday, where he "
        "will meet Philippine President Ferdinand Marcos Jr., and ends the tour in Canberra on "
        "Wednesday, where he is due to see Australian Prime Minister Anthony Albanese."
    )
    found = meetings_in(text)
    stops = ("Pham Minh Chinh", "Ferdinand Marcos Jr.", "Anthony Albanese")
    assert [_one(found, name).place.city for name in stops] == ["Hanoi", "Manila", "Canberra"]


def test_a_leave_with_its_owner_is_no_setting_out(meetings_in):
    text = (
        "Polish President Andrzej Duda met German Chancellor Friedrich Merz in Berlin on Monday, "
        "after the Chancellor's leaves for Paris were cut short."
    )
    meeting = _one(meetings_in(text), "Friedrich Merz")
    assert meeting.place is not None and meeting.place.city == "Berlin"


def test_a_welcome_in_the_forecourt_of_a_seat_of_government_is_in_its_city(meetings_in):
    text = (
        "Kenyan President William Ruto was received by Indian Prime Minister Narendra Modi at a "
        "ceremonial welcome in the forecourt of Rashtrapati Bhavan on Tuesday."
    )
    meeting = _one(meetings_in(text), "Narendra Modi")
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == ("New Delhi", "India")


def test_an_invitation_of_a_country_is_no_venue(meetings_in):
    text = (
        "Kenyan President William Ruto met Indian Prime Minister Narendra Modi on Tuesday at the "
        "invitation of Japan."
    )
    meeting = _one(meetings_in(text), "Narendra Modi")
    assert meeting.place is None or meeting.place.country != "Japan"


def _place_of(meetings, name):
    place = _one(meetings, name).place
    return (place.city, place.country) if place is not None else None


# -- the meeting's city: namesakes read by the context, towns the table lacks -------------------
def test_a_city_with_namesakes_is_the_one_in_the_country_of_the_dateline(meetings_in):
    text = (
        "MADRID (Reuters) - Prime Minister Pedro Sanchez held talks with Moroccan Prime Minister "
        "Aziz Akhannouch in Cordoba on Monday."
    )
    assert _place_of(meetings_in(text), "Aziz Akhannouch") == ("Córdoba", "Spain")


def test_a_city_with_namesakes_and_no_context_stays_the_most_populous(meetings_in):
    text = "Argentine President Javier Milei met Chilean President Gabriel Boric in Cordoba on Monday."
    assert _place_of(meetings_in(text), "Gabriel Boric") == ("Córdoba", "Argentina")


def test_a_city_with_namesakes_is_the_one_in_the_country_the_article_names_elsewhere(meetings_in):
    text = (
        "Spain and Morocco signed a water pact on Tuesday. Prime Minister Pedro Sanchez received "
        "Aziz Akhannouch in Cordoba for their yearly talks."
    )
    assert _place_of(meetings_in(text), "Aziz Akhannouch") == ("Córdoba", "Spain")


def test_a_big_city_is_not_read_as_a_small_namesake_town_of_the_context(meetings_in):
    text = "U.S. President Joe Biden met Swiss President Viola Amherd in Geneva, the White House said."
    assert _place_of(meetings_in(text), "Viola Amherd") == ("Geneva", "Switzerland")


def test_a_big_city_is_not_read_as_a_small_namesake_town_of_the_datelines_country(meetings_in):
    text = (
        "DENVER, May 3. /AP/. The governors wrapped up their conference in Denver on Friday.\n\n"
        "US Secretary of State Antony Blinken held talks with Foreign Minister Wang Yi in Geneva "
        "in March, the State Department said."
    )
    assert _place_of(meetings_in(text, date(2024, 5, 3)), "Wang Yi") == ("Geneva", "Switzerland")


def test_a_small_namesake_in_the_country_named_elsewhere_does_not_beat_the_known_city(meetings_in):
    text = (
        "The United States has pressed for a ceasefire for weeks. U.S. envoy Steve Witkoff met "
        "Iranian Foreign Minister Abbas Araghchi in Geneva on Sunday for four hours."
    )
    assert _place_of(meetings_in(text), "Abbas Araghchi") == ("Geneva", "Switzerland")


def test_a_demonym_of_a_person_is_no_sign_of_a_namesake_towns_country(meetings_in):
    text = (
        "U.S. Secretary of State Marco Rubio flew to Riyadh on Monday. The last American envoy to "
        "meet a Russian leader in Europe was William Burns, who held talks with Sergei Naryshkin in "
        "Florence in June 2023."
    )
    assert _place_of(meetings_in(text), "Sergei Naryshkin") == ("Florence", "Italy")


def test_a_demonym_of_a_thing_still_names_a_namesakes_country(meetings_in):
    text = (
        "Moroccan Prime Minister Aziz Akhannouch held talks with Pedro Sanchez in Cordoba during a "
        "Spanish trade fair on Monday."
    )
    assert _place_of(meetings_in(text), "Aziz Akhannouch") == ("Córdoba", "Spain")


def test_a_namesake_town_named_with_its_country_in_the_meeting_sentence_is_the_city(meetings_in):
    text = (
        "Australian Prime Minister Anthony Albanese met New Zealand Prime Minister Christopher "
        "Luxon in Queenstown, New Zealand, on Friday for their annual leaders' talks."
    )
    assert _place_of(meetings_in(text), "Anthony Albanese") == ("Queenstown", "New Zealand")


def test_a_name_only_another_country_s_town_bears_is_not_made_a_town_by_a_comma(meetings_in):
    text = (
        "Canada hosted the talks last year. Rishi Sunak and Fumio Kishida met on Monday at a "
        "seaside hotel in Cornwall, England, for an hour."
    )
    assert _place_of(meetings_in(text), "Fumio Kishida") == (None, "United Kingdom")


def test_a_small_town_named_with_its_country_is_the_city(meetings_in):
    text = "Narendra Modi met Sri Lankan President Anura Kumara Dissanayake at Kovalam, India, on Friday."
    assert _place_of(meetings_in(text), "Narendra Modi") == ("Kovalam", "India")


@pytest.mark.parametrize(
    ("text", "guest", "place"),
    [
        (
            "Joe Biden met Indian Prime Minister Narendra Modi at Archmere Academy in Claymont, Delaware, "
            "a Catholic prep school, on Saturday.",
            "Narendra Modi",
            ("Claymont", "United States"),
        ),
        (
            "Narendra Modi met Sri Lankan President Anura Kumara Dissanayake at a hotel in Kovalam, Kerala, "
            "a beach town, on Friday.",
            "Anura Kumara Dissanayake",
            ("Kovalam", "India"),
        ),
    ],
)
def test_a_small_town_with_its_state_after_a_comma_in_a_list_is_the_city(meetings_in, text, guest, place):
    # the parser may make "Delaware" of "in Claymont, Delaware" a second item of a list
    assert _place_of(meetings_in(text), guest) == place


def test_a_small_town_in_a_region_of_its_country_is_the_city(meetings_in):
    text = (
        "Narendra Modi held talks with Japanese Prime Minister Shigeru Ishiba on Friday at the "
        "beach resort of Kovalam in Kerala."
    )
    assert _place_of(meetings_in(text), "Shigeru Ishiba") == ("Kovalam", "India")


def test_a_town_described_by_its_country_is_the_city_there(meetings_in):
    text = (
        "Portuguese Prime Minister Luis Montenegro hosted Spanish Prime Minister Pedro Sanchez on "
        "Saturday in the Portuguese fishing town of Nazare."
    )
    assert _place_of(meetings_in(text), "Pedro Sánchez") == ("Nazare", "Portugal")


@pytest.mark.parametrize(
    ("text", "guest", "place"),
    [
        # the model takes the town's name for a person's
        (
            "Tinubu and Talon met in the Beninese border town of Kpamou on Friday.",
            "Patrice Talon",
            ("Kpamou", "Benin"),
        ),
        (
            "Kagame and Ndayishimiye met in the Rwandan border town of Bugarama on Monday.",
            "Évariste Ndayishimiye",
            ("Bugarama", "Rwanda"),
        ),
        # the country's adjective hung on the noun before "town"
        (
            "Milei and Boric met in the Argentine mountain town of Uspallata on Friday.",
            "Gabriel Boric",
            ("Uspallata", "Argentina"),
        ),
    ],
)
def test_a_name_called_a_town_of_a_country_is_the_city_whatever_the_model_tagged(
    meetings_in, text, guest, place
):
    assert _place_of(meetings_in(text), guest) == place


def test_a_town_the_table_lacks_with_no_country_told_is_no_city(meetings_in):
    text = "Narendra Modi met Japanese Prime Minister Shigeru Ishiba at Kovalam on Friday."
    assert _place_of(meetings_in(text), "Shigeru Ishiba") in {None, (None, "India"), (None, "Japan")}


def test_a_capital_is_not_read_as_a_namesake_of_the_articles_country(meetings_in):
    text = (
        "AUSTIN, Texas (AP) - Texas Governor Greg Abbott said on Tuesday that Secretary of State "
        "Marco Rubio had met Jean-Noel Barrot in Paris on Monday."
    )
    place = _place_of(meetings_in(text), "Marco Rubio")
    assert place == ("Paris", "France")


# -- a place a gathering is about, a city the model tags as an organisation ---------------------
def test_where_after_a_summit_on_a_country_points_to_the_summits_city(meetings_in):
    text = (
        "On Thursday, Jordan's King Abdullah II travels to Riyadh to attend the emergency Gulf "
        "summit on Sudan, where he is due to meet Kenyan President William Ruto."
    )
    found = [m.place for m in meetings_in(text) if "William Ruto" in {p.name for p in m.participants}]
    assert found and all(p is not None and (p.city, p.country) == ("Riyadh", "Saudi Arabia") for p in found)


def test_where_after_a_city_stays_that_city(meetings_in):
    text = "Kenyan President William Ruto flew to Doha, where he held talks with Emir Tamim bin Hamad."
    assert _place_of(meetings_in(text), "William Ruto") == ("Doha", "Qatar")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto will take part in the trade fair in Hanover as guest of honour, "
        "where he will meet German Chancellor Olaf Scholz.",
        "On Thursday, Kenyan President William Ruto will attend the climate forum in Hanover as its "
        "keynote speaker, where he will hold talks with German Chancellor Olaf Scholz.",
    ],
)
def test_where_hung_on_a_role_after_a_city_is_that_city(meetings_in, text):
    assert _place_of(meetings_in(text), "William Ruto") == ("Hannover", "Germany")


@pytest.mark.parametrize(
    "text",
    [
        # the city is told in another clause, of another act
        "Kenyan President William Ruto, who spent Monday in Nairobi, will take part in the trade fair "
        "as guest of honour, where he will meet German Chancellor Olaf Scholz.",
        # a place that is a topic, not a venue
        "Kenyan President William Ruto will speak about the war in Sudan as guest of honour, where he "
        "will meet German Chancellor Olaf Scholz.",
    ],
)
def test_where_hung_on_a_role_with_no_venue_of_its_clause_places_nothing(meetings_in, text):
    assert _place_of(meetings_in(text), "William Ruto") is None


def test_a_new_capital_tagged_as_an_organisation_is_the_city(meetings_in):
    text = (
        "Egyptian President Abdel Fattah el-Sisi hosted Kenyan President William Ruto in the New "
        "Administrative Capital on Sunday."
    )
    assert _place_of(meetings_in(text), "William Ruto") == ("New Administrative Capital", "Egypt")


# -- a city named like a person ---------------------------------------------------------------
def test_a_city_named_like_a_person_is_the_city_of_its_country_told(meetings_in):
    text = (
        "Spanish Prime Minister Pedro Sanchez signed a defence pact with French President Emmanuel "
        "Macron in Nancy on Friday."
    )
    assert _place_of(meetings_in(text), "Pedro Sánchez") == ("Nancy", "France")


def test_a_city_named_like_a_person_of_a_country_never_told_is_no_place(meetings_in):
    text = "German Chancellor Friedrich Merz met Polish Prime Minister Donald Tusk in Warren on Friday."
    assert _place_of(meetings_in(text), "Donald Tusk") in {None, (None, "Germany"), (None, "Poland")}


def test_a_person_the_article_names_in_full_is_no_city(meetings_in):
    text = (
        "French President Emmanuel Macron met Nancy Pelosi in Paris on Monday. Macron later held talks "
        "with German Chancellor Friedrich Merz in Nancy."
    )
    places = {
        _place_of([m], "Friedrich Merz")
        for m in meetings_in(text)
        if "Friedrich Merz" in {p.name for p in m.participants}
    }
    assert ("Nancy", "France") not in places


# -- an airport named by its town --------------------------------------------------------------
def test_an_airport_named_by_a_town_in_its_country_is_at_that_town(meetings_in):
    text = (
        "South African President Cyril Ramaphosa met Zimbabwean President Emmerson Mnangagwa on "
        "Friday at the Lanseria International Airport in South Africa."
    )
    assert _place_of(meetings_in(text), "Cyril Ramaphosa") == ("Lanseria", "South Africa")


def test_a_city_told_with_an_airport_beats_the_airports_name(meetings_in):
    text = (
        "Cyril Ramaphosa met Zimbabwean President Emmerson Mnangagwa on Friday at the Lanseria "
        "International Airport in Johannesburg, South Africa."
    )
    assert _place_of(meetings_in(text), "Cyril Ramaphosa") == ("Johannesburg", "South Africa")


def test_an_airport_named_for_a_person_is_no_town(meetings_in):
    text = (
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Friday at the Jomo "
        "Kenyatta International Airport in Kenya."
    )
    assert _place_of(meetings_in(text), "William Ruto") in {(None, "Kenya"), ("Nairobi", "Kenya")}


# -- a part of a country named with its possessive ----------------------------------------------
def test_a_part_of_a_country_named_with_its_possessive_is_in_that_country(meetings_in):
    text = (
        "Finnish President Alexander Stubb flew to Canada's Far North in May and met Prime Minister "
        "Justin Trudeau at the Polar Knowledge station."
    )
    assert _place_of(meetings_in(text), "Justin Trudeau") == (None, "Canada")


# -- a country "where" points to, its city told before -------------------------------------------
def test_where_after_a_country_is_its_city_told_before(meetings_in):
    text = (
        "Narendra Modi will fly on to Jakarta on Friday for a state visit to Indonesia, where he is "
        "due to hold talks with President Prabowo Subianto."
    )
    assert _place_of(meetings_in(text), "Narendra Modi") == ("Jakarta", "Indonesia")


def test_where_after_a_country_with_no_city_of_it_told_stays_the_country(meetings_in):
    text = (
        "Narendra Modi will leave Delhi on Friday for a state visit to Indonesia, where he is due to "
        "hold talks with President Prabowo Subianto."
    )
    assert _place_of(meetings_in(text), "Narendra Modi") == (None, "Indonesia")


RAMALLAH_FIRST = (
    "Spanish Prime Minister Pedro Sanchez met Palestinian President Mahmoud Abbas in Ramallah on Friday.\n\n"
)


def test_a_meeting_as_someone_proposes_something_is_of_the_day_of_the_proposal(meetings_in):
    # the parse hangs "as he met" on "fund", what was proposed, which tells no time of its own
    text = RAMALLAH_FIRST + (
        "Sanchez on Thursday proposed that the European Union should also fund the coast guard of "
        "Egypt, as he met Egyptian President Abdel Fattah al-Sisi in Cairo."
    )
    meeting = _one(meetings_in(text), "Abdel Fattah el-Sisi")
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 14)


@pytest.mark.parametrize(
    "said",
    [
        "Sanchez said on Thursday that Spain agreed on a gas deal when he met",
        "Sanchez said on Thursday that Spain had secured a gas deal as he met",
    ],
)
def test_a_meeting_of_what_was_said_to_have_happened_is_not_of_the_day_of_the_saying(meetings_in, said):
    text = RAMALLAH_FIRST + f"{said} Egyptian President Abdel Fattah al-Sisi in Cairo."
    assert _one(meetings_in(text), "Abdel Fattah el-Sisi").date is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Kenya and Ethiopia opened a new border crossing in March, hoping to lift trade, when "
            "William Ruto and Abiy Ahmed met in Moyale.",
            date(2024, 3, 1),
        ),
        (
            "Ministers adopted a roadmap last October, allowing exporters to resume shipments, when "
            "Rishi Sunak and Narendra Modi held a video call.",
            date(2023, 10, 1),
        ),
        (
            "The two countries signed a defence pact in January, allowing their troops to train "
            "together, when Pedro Sanchez and Gustavo Petro held a summit.",
            date(2024, 1, 1),
        ),
    ],
)
def test_a_when_clause_on_an_infinitive_or_participle_takes_the_time_of_the_verb_in_a_tense(
    meetings_in, text, start
):
    meeting = meetings_in(text)[0]
    assert meeting.date is not None and meeting.date.start == start


# -- "their first meeting since the summit in X": the meeting those words tell was at it ----------
def test_the_meeting_told_as_the_first_since_a_summit_was_held_at_that_summit(nlp):
    sentence = next(
        nlp(
            "It was the first meeting of the two presidents since the BRICS summit in "
            "Johannesburg in August 2023."
        ).sents
    )
    meeting = next(t for t in sentence if t.lower_ == "meeting")
    clause = {t.i for t in meeting.subtree}
    occasion = clause_occasion(sentence, clause, meeting)
    assert occasion is not None and occasion.name == "BRICS summit"


def test_a_summit_since_which_the_verb_tells_is_not_the_meetings_occasion(meetings_in):
    text = (
        "date 2024-03-12\n"
        "Brazilian President Lula da Silva met Argentine President Javier Milei in Brasilia on "
        "Tuesday, talking for hours since the BRICS summit in Johannesburg ended."
    )
    meeting = _one(meetings_in(text), "Javier Milei")
    assert meeting.occasion is None


def test_a_meeting_ahead_of_a_summit_is_not_at_the_summit(meetings_in):
    text = (
        "date 2024-03-12\n"
        "Lula da Silva held talks with Javier Milei in Brasilia on Tuesday ahead of the BRICS "
        "summit in Johannesburg."
    )
    meeting = _one(meetings_in(text), "Javier Milei")
    assert meeting.occasion is None


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan will meet Ilham Aliyev in Baku on Friday after the SCO summit ends.",
        "Erdogan is to hold talks with Ilham Aliyev in Baku on Friday, after the OIC summit wraps up.",
    ],
)
def test_a_meeting_after_a_gathering_ends_or_before_it_opens_is_not_at_it(meetings_in, text):
    meeting = _one(meetings_in(text), "Ilham Aliyev")
    assert meeting.occasion is None


@pytest.mark.parametrize(
    "text",
    [
        "After they met at the G20 summit in Rio on Monday, Erdogan and Aliyev signed a pact.",
        "Erdogan met Aliyev at the G20 summit in Rio on Monday, before the two leaders flew home.",
    ],
)
def test_a_meeting_at_a_gathering_told_before_or_after_something_else_keeps_it(meetings_in, text):
    meeting = _one(meetings_in(text), "Ilham Aliyev")
    assert meeting.occasion is not None and "G20" in meeting.occasion.name


# -- an edition of a year of the gathering the article names ------------------------------------------
_ASEAN_NEWS = (
    "Southeast Asian leaders opened the ASEAN summit in Vientiane on Tuesday.\n\n"
    "Thai Prime Minister Srettha Thavisin met Indonesian President Joko Widodo there on Wednesday.\n\n"
)
_MARCOS = "Philippine President Ferdinand Marcos Jr."


@pytest.mark.parametrize("owner", ["last year's", "the 2023"])
def test_an_edition_of_a_year_is_of_the_series_the_article_names_at_the_place_it_tells(meetings_in, owner):
    text = _ASEAN_NEWS + f"At {owner} summit in Jakarta, Widodo held talks with {_MARCOS}."
    found = meetings_in(text, published=date(2024, 10, 9))
    meeting = next(m for m in found if "Ferdinand Marcos Jr." in {p.name for p in m.participants})
    assert meeting.occasion is not None and "ASEAN" in meeting.occasion.name
    assert meeting.place is not None and meeting.place.city == "Jakarta"


def test_a_year_of_a_named_gathering_keeps_its_own_name(meetings_in):
    text = _ASEAN_NEWS + f"At last year's G20 summit in New Delhi, Widodo met {_MARCOS}."
    found = meetings_in(text, published=date(2024, 10, 9))
    meeting = next(m for m in found if "Ferdinand Marcos Jr." in {p.name for p in m.participants})
    assert meeting.occasion is not None and "G20" in meeting.occasion.name


# -- someone met, told as attending the summit in a clause of their own ----------------------------
@pytest.mark.parametrize(
    "clause",
    ["who attended the summit as a guest of the host", "who is attending the summit"],
)
def test_one_met_who_attends_the_summit_is_met_at_it(meetings_in, clause):
    text = (
        "Leaders in Astana\n"
        "The SCO summit took place in the Kazakh capital this week. Putin also held talks with "
        f"Belarusian President Alexander Lukashenko, {clause}."
    )
    found = meetings_in(text, published=date(2024, 7, 5))
    (met,) = [m for m in found if any(p.name == "Alexander Lukashenko" for p in m.participants)]
    assert met.occasion is not None and met.occasion.name == "SCO summit"


@pytest.mark.parametrize(
    "clause",
    ["who will attend the summit on Friday", "who attended last year's summit", "who skipped the summit"],
)
def test_one_met_elsewhere_who_attends_another_time_or_not_is_not_met_at_it(meetings_in, clause):
    text = (
        "Leaders in Astana\n"
        "Kazakh President Kassym-Jomart Tokayev met Xi Jinping on the margins of the SCO summit in "
        f"Astana on Wednesday. On Thursday, Xi also met Belarusian President Alexander Lukashenko in "
        f"Minsk, {clause}."
    )
    found = meetings_in(text, published=date(2024, 7, 5))
    (met,) = [m for m in found if any(p.name == "Alexander Lukashenko" for p in m.participants)]
    assert met.occasion is None


# -- "respectively": each person met in the place listed at the same rank ----------------------


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        (
            "German Chancellor Olaf Scholz began a tour this week. On Tuesday he flew to Madrid and "
            "Lisbon, where he met Spanish Prime Minister Pedro "
            "Sanchez and Portuguese Prime Minister Luis Montenegro respectively.",
            "Pedro Sánchez",
            "Madrid",
        ),
        (
            "German Chancellor Olaf Scholz began a tour this week. On Tuesday he flew to Madrid and "
            "Lisbon, where he met Spanish Prime Minister Pedro "
            "Sanchez and Portuguese Prime Minister Luis Montenegro respectively.",
            "Luís Montenegro",
            "Lisbon",
        ),
        (
            "British Foreign Secretary David Lammy is in Vilnius. Next week he will go on to Oslo "
            "and Helsinki, where he is due to meet Norwegian Prime "
            "Minister Jonas Gahr Store and Finnish President Alexander Stubb respectively.",
            "Jonas Gahr Støre",
            "Oslo",
        ),
    ],
)
def test_respectively_pairs_each_person_met_with_the_place_of_the_same_rank(meetings_in, text, name, city):
    meeting = _one(meetings_in(text), name)
    assert meeting.place is not None and meeting.place.city == city


def test_without_respectively_the_where_clause_keeps_its_place(meetings_in):
    text = (
        "German Chancellor Olaf Scholz began a tour this week. On Tuesday he flew to Madrid and "
        "Lisbon, where he met Portuguese Prime Minister Luis Montenegro."
    )
    meeting = _one(meetings_in(text), "Luís Montenegro")
    assert meeting.place is not None and meeting.place.city == "Lisbon"


# -- "in the Federative Republic of Brazil": a formal name the tagger split in two ---------------
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ruto and Samia Suluhu Hassan will meet in the Federative Republic of Brazil next year.", "Brazil"),
        ("Ruto and Samia Suluhu Hassan will meet again in the Republic of Korea next year.", "South Korea"),
    ],
)
def test_a_country_named_by_its_formal_name_is_the_place(meetings_in, text, country):
    found = meetings_in("Kenyan President William Ruto met Tanzania's Samia Suluhu Hassan on Monday. " + text)
    assert [m.place.country for m in found if m.kind == "planned"] == [country]


# -- the day of a plan, fronted as an adverb -------------------------------------------------
@pytest.mark.parametrize("plan", ["is scheduled to hold talks with", "is due to meet"])
def test_later_in_the_day_fronted_before_a_plan_dates_it(meetings_in, plan):
    text = f"Later in the day, Kenyan President William Ruto {plan} Ugandan President Yoweri Museveni."
    (meeting,) = meetings_in(text, published=date(2024, 3, 4))
    assert meeting.kind == "planned"
    assert meeting.date is not None and meeting.date.start == date(2024, 3, 4)


def test_a_fronted_adverb_with_no_time_gives_a_plan_no_day(meetings_in):
    text = "Separately, Kenyan President William Ruto is due to meet Ugandan President Yoweri Museveni."
    (meeting,) = meetings_in(text, published=date(2024, 3, 4))
    assert meeting.date is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Albanese was to meet Biden on Sunday on the sidelines of the G7 in Kananaskis.", "Kananaskis"),
        ("Lula had been due to meet Biden on Saturday on the margins of the G7 in Hiroshima.", "Hiroshima"),
    ],
)
def test_a_place_on_the_margins_of_a_body_named_alone_is_where_its_gathering_is(meetings_in, text, city):
    found = [m for m in meetings_in(text) if len(m.participants) == 2]
    assert found and all(m.place is not None and m.place.city == city for m in found)


# -- the time of an attempt to bring a meeting about dates the meeting -------------------------
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "In September 2021, Turkey tried to arrange a meeting between Ethiopian Prime Minister Abiy "
            "Ahmed and Sudanese leader Abdel Fattah al-Burhan, but it was called off.",
            date(2021, 9, 1),
        ),
        (
            "Norwegian diplomats, who had attempted in May 2022 to set up talks between Colombian President "
            "Gustavo Petro and Venezuelan President Nicolas Maduro, declined to comment.",
            date(2022, 5, 1),
        ),
        (
            "Last week, Chilean President Gabriel Boric tried to phone Peruvian President Dina Boluarte.",
            date(2024, 11, 11),
        ),
    ],
)
def test_a_time_told_on_an_attempt_to_arrange_a_meeting_dates_it(meetings_in, text, start):
    found = [m for m in meetings_in(text, published=date(2024, 11, 19)) if len(m.participants) == 2]
    assert [m.date.start for m in found if m.date] == [start]


def test_a_time_told_on_an_agreement_to_meet_still_does_not_date_the_meeting(meetings_in):
    text = "On Monday, Chilean President Gabriel Boric agreed to meet Peruvian President Dina Boluarte."
    (meeting,) = meetings_in(text, published=date(2024, 11, 19))
    assert meeting.date is None or meeting.date.start != date(2024, 11, 18)


# -- a gathering one comes from -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Olaf Scholz landed in Ottawa fresh from the G7 summit in Hiroshima and held talks with "
        "Prime Minister Justin Trudeau on Monday.",
        "Coming from the BRICS summit in Johannesburg, Indian Prime Minister Narendra Modi stopped in Athens "
        "and met Greek Prime Minister Kyriakos Mitsotakis on Friday.",
        "French President Emmanuel Macron flew to Nairobi directly from the African Union summit in Addis "
        "Ababa and met Kenyan President William Ruto on Tuesday.",
    ],
)
def test_the_gathering_someone_comes_from_is_not_the_occasion(meetings_in, text):
    assert all(m.occasion is None for m in meetings_in(text)) and meetings_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "On the sidelines of the G20 summit in Rio de Janeiro, fresh from its opening session, Chinese "
        "President Xi Jinping met Australian Prime Minister Anthony Albanese on Monday.",
        "Narendra Modi met Cyril Ramaphosa at the BRICS summit in Johannesburg, from which he flew to "
        "Athens.",
    ],
)
def test_the_gathering_met_at_stays_the_occasion_beside_a_from(meetings_in, text):
    found = meetings_in(text)
    assert found and all(m.occasion is not None for m in found), [m.occasion for m in found]


# -- a trip one comes from ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "South Korean President Yoon Suk Yeol, fresh from a visit to Tokyo, met Chinese Premier Li "
            "Qiang in Seoul on Monday.",
            "Li Qiang",
            ("Seoul", "South Korea"),
        ),
        (
            "Returning from a trip to Cairo, Jordan's King Abdullah met Iraqi Prime Minister Mohammed "
            "Shia al-Sudani in Amman on Tuesday.",
            "Mohammed Shia al-Sudani",
            ("Amman", "Jordan"),
        ),
        (
            "Indonesian President Prabowo Subianto, just back from a visit to Beijing, met Malaysian "
            "Prime Minister Anwar Ibrahim on Tuesday.",
            "Anwar Ibrahim",
            None,
        ),
    ],
)
def test_the_trip_someone_comes_from_is_not_where_they_meet(meetings_in, text, name, place):
    meeting = _one([m for m in meetings_in(text) if len(m.participants) == 2], name)
    assert (meeting.place and (meeting.place.city, meeting.place.country)) == place


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "Visiting Canberra, Indian Foreign Minister S. Jaishankar met Australian Foreign Minister Penny "
            "Wong on Tuesday.",
            "Penny Wong",
            ("Canberra", "Australia"),
        ),
        (
            "Visiting Brasilia, Spanish Prime Minister Pedro Sanchez held talks with Brazilian President "
            "Lula on Tuesday.",
            "Luiz Inácio Lula da Silva",
            ("Brasília", "Brazil"),
        ),
        (
            "Indian Foreign Minister S. Jaishankar, visiting Canberra, met Australian Foreign Minister "
            "Penny Wong.",
            "Penny Wong",
            ("Canberra", "Australia"),
        ),
    ],
)
def test_the_place_a_participle_of_visiting_opens_with_is_where_they_meet(meetings_in, text, name, place):
    meeting = _one(meetings_in(text), name)
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == place


def test_a_participle_of_visiting_before_people_places_nothing(meetings_in):
    text = "Visiting Chinese officials, Kenyan President William Ruto said trade would grow."
    assert all(m.place is None for m in meetings_in(text))


def test_the_trip_someone_set_out_on_is_still_where_they_meet(meetings_in):
    text = (
        "Kenyan President William Ruto, back on the road with a visit to Japan, met Prime Minister "
        "Fumio Kishida on Tuesday."
    )
    meeting = _one(meetings_in(text), "Fumio Kishida")
    assert meeting.place is not None and meeting.place.country == "Japan"


# -- a place the parse hangs on the clause's time -----------------------------------------------
@pytest.mark.parametrize(
    "opening",
    [
        "On the same day in Vilnius,",
        "Later that day in Vilnius,",
        "Earlier in the day in Vilnius,",
        "The next morning in Vilnius,",
    ],
)
def test_a_place_after_the_time_of_the_clause_is_where_they_met(meetings_in, opening):
    text = (
        "Estonian Prime Minister Kristen Michal held talks with Finnish Prime Minister Petteri Orpo "
        f"in Tallinn on Tuesday. {opening} Michal met Lithuanian President Gitanas Nauseda."
    )
    meeting = _one(meetings_in(text, published=date(2025, 3, 5)), "Gitanas Nausėda")
    assert meeting.place is not None and meeting.place.city == "Vilnius"


def test_a_place_of_what_a_day_remembers_is_not_where_they_met(meetings_in):
    text = (
        "Finnish President Alexander Stubb met Estonian President Alar Karis in Helsinki on the "
        "anniversary of the war in Ukraine."
    )
    meeting = _one(meetings_in(text, published=date(2025, 2, 25)), "Alar Karis")
    assert meeting.place is not None and meeting.place.city == "Helsinki"


def test_a_place_of_another_event_that_day_is_not_where_they_met(meetings_in):
    text = (
        "On the day of the strike in Odesa, Finnish President Alexander Stubb met Estonian "
        "President Alar Karis."
    )
    meeting = _one(meetings_in(text, published=date(2025, 2, 25)), "Alar Karis")
    assert meeting.place is None or meeting.place.city != "Odesa"


def test_a_clause_joined_to_a_when_clause_shares_its_time_and_place(meetings_in):
    text = (
        "NAIROBI, March 10 (Reuters) - Kenya said on Sunday its trade ties were growing. Foreign "
        "Minister Adam Mutua flew to Ankara in January, when he met Turkish Foreign Minister Hakan "
        "Fidan and was also received by President Recep Tayyip Erdogan."
    )
    found = meetings_in(text, published=date(2024, 3, 10))
    assert len(found) == 2
    for meeting in found:
        assert meeting.place is not None and meeting.place.city == "Ankara"
        assert meeting.date is not None and meeting.date.start == date(2024, 1, 1)


def test_a_clause_joined_to_the_main_verb_keeps_its_own_time_and_place(meetings_in):
    text = (
        "Kenyan President William Ruto flew to Cairo in May, when he met President Abdel Fattah "
        "al-Sisi, and held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on June 3."
    )
    abiy = _one(meetings_in(text, published=date(2024, 6, 20)), "Abiy Ahmed")
    assert abiy.place is not None and abiy.place.city == "Addis Ababa"
    assert abiy.date is not None and abiy.date.start == date(2024, 6, 3)


def test_a_summit_one_is_at_is_the_occasion_though_the_parse_hangs_it_on_a_host(meetings_in):
    text = (
        "Kenya's William Ruto joined Uganda's Yoweri Museveni, the summit host, Rwanda's Paul Kagame "
        "and Tanzania's Samia Suluhu Hassan at the EAC summit, where the leaders signed a protocol."
    )
    meeting = _one(meetings_in(text, published=date(2025, 3, 18)), "Samia Suluhu Hassan")
    assert meeting.occasion is not None and "summit" in meeting.occasion.name


def test_the_place_of_an_event_attended_reaches_a_where_clause_hung_on_its_date(meetings_in):
    text = (
        "President Cyril Ramaphosa had attended Bola Tinubu's inauguration in Abuja on May 29, where "
        "the two met briefly."
    )
    meeting = _one(meetings_in(text, published=date(2024, 5, 2)), "Bola Tinubu")
    assert meeting.place is not None and meeting.place.city == "Abuja"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("In March, Hanoi hosted Chilean President Gabriel Boric, who held talks with To Lam.", "Hanoi"),
        ("In March, Hanoi welcomed Chilean President Gabriel Boric, who held talks with To Lam.", "Hanoi"),
        # a person who hosts is no place
        (
            "In March, To Lam hosted Chilean President Gabriel Boric, who held talks with Pham Minh Chinh.",
            None,
        ),
    ],
)
def test_a_place_that_hosts_a_guest_is_where_the_guests_talks_are_held(meetings_in, text, city):
    found = [m for m in meetings_in(text, published=date(2025, 5, 13)) if len(m.participants) == 2]
    assert found and {m.place.city if m.place else None for m in found} == {city}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # where the building one went to is: that meeting's city
        ("Cyril Ramaphosa flew to a lodge in Arusha on Monday for lunch with William Ruto.", "Arusha"),
        (
            "Cyril Ramaphosa had travelled to the Kenyan president's farm in Nakuru for dinner with William "
            "Ruto on Monday.",
            "Nakuru",
        ),
        # a place of a thing sent, not of one going, is no venue
        (
            "Cyril Ramaphosa sent aid to the camps in Goma and met William Ruto in Nairobi on Monday.",
            "Nairobi",
        ),
    ],
)
def test_the_city_of_the_building_one_went_to_places_the_meeting(meetings_in, text, city):
    found = meetings_in(text, published=date(2024, 5, 8))
    assert [m.place.city if m.place else None for m in found] == [city]


@pytest.mark.parametrize("noun", ["negotiations", "talks", "consultations"])
def test_a_meeting_noun_in_the_plural_is_held_in_the_city_after_it(meetings_in, noun):
    meeting = _one(
        meetings_in(
            f"Nepalese Foreign Minister Arzu Rana Deuba held {noun} in Kathmandu on Monday with Indian "
            "Foreign Secretary Vikram Misri."
        ),
        "Vikram Misri",
    )
    assert meeting.place is not None and meeting.place.city == "Kathmandu"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Kenyan Foreign Minister Musalia Mudavadi is due in Addis Ababa on Friday, where he will hold "
            "talks with Ethiopian Foreign Minister Taye Atske Selassie.",
            "Addis Ababa",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva will be in Luanda next week, where he is "
            "expected to meet Angolan President Joao Lourenco.",
            "Luanda",
        ),
        (
            "Turkish Foreign Minister Hakan Fidan will be in Baghdad on Sunday, where he is due to meet "
            "Iraqi Prime Minister Mohammed Shia al-Sudani.",
            "Baghdad",
        ),
    ],
)
def test_a_where_clause_after_being_due_or_being_somewhere_is_held_there(meetings_in, text, city):
    (meeting,) = meetings_in(text)
    assert meeting.kind == "planned"
    assert meeting.place is not None and meeting.place.city == city


def test_a_place_of_another_clause_is_not_where_the_meeting_is(meetings_in):
    (meeting,) = meetings_in("Ruto stayed at home in Nairobi on Monday, while Museveni met Kagame in Kigali.")
    assert meeting.place is not None and meeting.place.city == "Kigali"


# -- a gathering of another time or of someone else is not the meeting's occasion --------------
@pytest.mark.parametrize(
    "text",
    [
        "Tuesday's talks with Yoweri Museveni were William Ruto's first engagement since he flew home "
        "from Paris, where he attended the G7 summit.",
        "Gustavo Petro's meeting with Lula da Silva on Tuesday was his first since he returned from "
        "Johannesburg, where he attended the BRICS summit.",
        "The talks with Ferdinand Marcos on Tuesday were Anthony Albanese's first since he came back "
        "from Vientiane, where he took part in the ASEAN summit.",
    ],
)
def test_a_gathering_told_below_a_since_clause_is_not_the_meetings_occasion(meetings_in, text):
    (meeting,) = meetings_in(text)
    assert meeting.occasion is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kenyan President William Ruto met Yoweri Museveni in Kampala on Friday, while Foreign "
            "Minister Musalia Mudavadi flew to Addis Ababa to attend the African Union summit.",
            "Yoweri Museveni",
        ),
        (
            "Pedro Sanchez held talks with Emmanuel Macron in Madrid in March, while Foreign Minister "
            "Jose Manuel Albares travelled to Brussels to attend the NATO summit.",
            "Emmanuel Macron",
        ),
    ],
)
def test_a_gathering_someone_else_goes_to_in_a_while_clause_is_not_the_meetings_occasion(
    meetings_in, text, name
):
    meeting = _one(meetings_in(text), name)
    assert meeting.occasion is None


def test_a_gathering_the_meetings_own_people_attend_while_they_meet_stays_its_occasion(meetings_in):
    text = (
        "William Ruto met Yoweri Museveni on Friday, while Ruto was in Addis Ababa to attend the "
        "African Union summit."
    )
    meeting = _one(meetings_in(text), "Yoweri Museveni")
    assert meeting.occasion is not None and meeting.occasion.name == "African Union summit"


@pytest.mark.parametrize(
    ("summit", "occasion"),
    [
        ("the joint ASEAN-GCC summit held in Riyadh on 20 October, co-chaired by", "ASEAN-GCC"),
        ("the EAC-SADC summit in Dar es Salaam on 8 February, chaired by", "EAC-SADC"),
    ],
)
def test_a_summit_told_with_who_chaired_it_is_their_meetings_occasion(meetings_in, summit, occasion):
    text = (
        f"The talks follow {summit} Kenyan President William Ruto and Zimbabwean President "
        "Emmerson Mnangagwa."
    )
    found = meetings_in(text, published=date(2025, 3, 7))
    meeting = _one(found, "William Ruto")
    assert meeting.occasion is not None and occasion in meeting.occasion.name


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "The talks brought Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff back to "
            "the Omani capital for a third round.",
            "Muscat",
        ),
        (
            "Qatar brought Rwandan President Paul Kagame and Congolese President Felix Tshisekedi to Doha "
            "for talks on Tuesday.",
            "Doha",
        ),
        (
            "The tour took Chinese President Xi Jinping back to Moscow for talks with Vladimir Putin.",
            "Moscow",
        ),
    ],
)
def test_where_a_verb_brings_or_takes_someone_for_talks_is_their_venue(meetings_in, text, city):
    found = meetings_in(text)
    assert found and all(m.place is not None and m.place.city == city for m in found)


def test_bringing_a_matter_to_a_place_names_no_venue(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday and brought "
        "the border dispute to Arusha."
    )
    assert all(m.place is None or m.place.city != "Arusha" for m in found)


# -- a place told in the words of another meeting before or after ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Jaishankar holds talks with French counterpart Barrot a day after tense talks with EU trade "
        "chief in Brussels\n\nIndian Foreign Minister S. Jaishankar said on Tuesday that ties were strong.",
        "Jaishankar meets French counterpart Jean-Noel Barrot two days after a meeting with the Belgian "
        "foreign minister in Brussels\n\nIndian Foreign Minister S. Jaishankar said on Tuesday that ties "
        "were strong.",
    ],
)
def test_a_place_of_the_talks_told_as_before_is_not_the_meetings(meetings_in, text):
    meetings = [
        m
        for m in meetings_in(text, date(2025, 3, 5))
        if "Jean-Noël Barrot" in {p.name for p in m.participants}
    ]
    assert meetings
    assert all(m.place is None or m.place.city != "Brussels" for m in meetings)


def test_a_gatherings_city_told_as_ahead_is_still_the_scene(meetings_in):
    text = (
        "Erdogan meets Biden ahead of the NATO summit in Vilnius\n\n"
        "Turkish President Recep Tayyip Erdogan said after the talks that he was pleased."
    )
    meeting = _one(meetings_in(text, date(2023, 7, 10)), "Joe Biden")
    assert meeting.place is not None and meeting.place.city == "Vilnius"


def test_the_place_of_the_talks_a_photo_is_taken_before_is_theirs(meetings_in):
    text = (
        "Kenyan President William Ruto and Ghanaian President John Mahama pose for a photo before "
        "their talks in Accra, Ghana."
    )
    meeting = _one(meetings_in(text, date(2024, 3, 5)), "John Mahama")
    assert meeting.place is not None and meeting.place.city == "Accra"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Senegalese President Bassirou Diomaye Faye made his first trip abroad to Nouakchott on 18 "
            "April, where he was received by Mauritanian President Mohamed Ould Cheikh El Ghazouani.",
            "Nouakchott",
        ),
        (
            "Ghanaian President John Mahama made his first trip abroad to Abuja on 5 May, where he was "
            "received by Nigerian President Bola Tinubu.",
            "Abuja",
        ),
    ],
)
def test_where_a_trip_made_to_a_city_went_is_the_venue_of_a_where_clause(meetings_in, text, city):
    found = [m for m in meetings_in(text, published=date(2024, 6, 1)) if len(m.participants) == 2]
    assert [m.place.city if m.place else None for m in found] == [city]


def test_a_thing_made_to_a_city_is_no_trip_there(meetings_in):
    text = (
        "Chilean President Gabriel Boric made a pledge to Lima in March, where he was received by "
        "Peruvian President Dina Boluarte."
    )
    found = meetings_in(text, published=date(2024, 6, 1))
    assert all(m.place is None or m.place.city is None for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Algerian President Abdelmadjid Tebboune was received at the Great Hall of the People by Zhao "
        "Leji on Thursday.",
        "Vietnamese President To Lam was received at the Great Hall of the People by Chinese Premier Li "
        "Qiang on Monday.",
    ],
)
def test_a_venue_the_model_runs_on_past_by_is_still_the_venue(meetings_in, text):
    found = meetings_in(text, published=date(2024, 3, 9))
    assert [m.place.city if m.place else None for m in found] == ["Beijing"]


def test_a_venue_alone_after_by_keeps_its_place(meetings_in):
    text = "Vietnamese President To Lam was received by Chinese Premier Li Qiang in Shanghai on Monday."
    found = meetings_in(text, published=date(2024, 3, 9))
    assert [m.place.city if m.place else None for m in found] == ["Shanghai"]


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "Narendra Modi met Mohamed bin Zayed in Gujarat last month, where the UAE President attended "
            "the Vibrant Gujarat Global Summit.",
            "Vibrant Gujarat Global Summit",
        ),
        (
            "Lula met Macron in Belem on Friday, where the French president attended the Amazon Summit.",
            "Amazon Summit",
        ),
        (
            "Cyril Ramaphosa met Xi Jinping in Johannesburg last August, where the Chinese leader took "
            "part in the BRICS summit.",
            "BRICS summit",
        ),
    ],
)
def test_a_where_clause_on_the_time_after_the_place_tells_the_gathering_attended_there(
    meetings_in, text, occasion
):
    [meeting] = meetings_in(text, date(2024, 2, 13))
    assert meeting.occasion is not None and meeting.occasion.name == occasion


def test_a_where_clause_after_the_time_that_tells_no_gathering_gives_no_occasion(meetings_in):
    text = "Lula met Macron in Belem on Friday, where the French president visited a school."
    assert all(m.occasion is None for m in meetings_in(text, date(2024, 2, 13)))


@pytest.mark.parametrize(
    ("text", "pair", "occasion"),
    [
        (
            "Biden met Spanish Prime Minister Pedro Sanchez in Madrid on Tuesday, on the eve of a NATO "
            "summit. Biden, who flew in from the Group of Seven summit in the Bavarian Alps late on Monday, "
            "praised Spain. Biden will hold talks with Turkish President Recep Tayyip Erdogan on Wednesday "
            "on the sidelines of the summit, an official said.",
            ("Joe Biden", "Recep Tayyip Erdogan"),
            "NATO summit",
        ),
        (
            "Modi met Spanish Prime Minister Pedro Sanchez in Seville on Tuesday, ahead of a UN conference "
            "on financing. Modi, who arrived from the BRICS summit in Rio on Monday, praised Spain. Modi "
            "will hold talks with Ghanaian President John Mahama on Wednesday on the sidelines of the "
            "conference, an official said.",
            ("John Mahama", "Narendra Modi"),
            "UN conference",
        ),
    ],
)
def test_the_summit_is_not_the_one_someone_came_from(meetings_in, text, pair, occasion):
    (meeting,) = [
        m
        for m in meetings_in(text, published=date(2022, 6, 28))
        if tuple(sorted(p.name for p in m.participants)) == pair
    ]
    assert meeting.occasion is not None and meeting.occasion.name == occasion


def test_the_summit_someone_went_to_is_the_one_referred_to(meetings_in):
    found = meetings_in(
        "Biden flew to the NATO summit in Madrid on Tuesday. Biden will hold talks with Turkish President "
        "Recep Tayyip Erdogan on Wednesday on the sidelines of the summit, an official said.",
        published=date(2022, 6, 28),
    )
    (meeting,) = [m for m in found if len(m.participants) == 2]
    assert meeting.occasion is not None and meeting.occasion.name == "NATO summit"


# --- "from X, where": a stop before the journey told ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (  # the model tags "Port" and "Spain" apart
            "Modi arrived in Buenos Aires late on Friday from Port of Spain, where he had held talks with "
            "Prime Minister Kamla Persad-Bissessar earlier that day.",
            "Port of Spain",
        ),
        (
            "Albanese flew to Suva from Port of Spain, where he met Keith Rowley.",
            "Port of Spain",
        ),
        (  # a name the model tags whole
            "Ramaphosa flew to Nairobi from Dar es Salaam, where he met Tanzanian President Samia "
            "Suluhu Hassan.",
            "Dar es Salaam",
        ),
    ],
)
def test_a_where_clause_on_the_town_left_is_at_its_whole_name(meetings_in, text, city):
    (meeting,) = meetings_in(text, published=date(2025, 7, 5))
    assert meeting.place is not None and meeting.place.city == city


# --- "in the capital", bare ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Chinese Foreign Minister Wang Yi is no stranger to Delhi. He held talks with External Affairs "
            "Minister S. Jaishankar in the capital in March.",
            "New Delhi",
        ),
        (
            "Wang Yi visited Nairobi in January. He held talks with Kenyan Foreign Minister Musalia Mudavadi "
            "in the capital.",
            "Nairobi",
        ),
        (
            "Accra is a familiar stop for German Chancellor Olaf Scholz. On Monday he met Ghanaian "
            "President Nana Akufo-Addo in the capital.",
            "Accra",
        ),
    ],
)
def test_the_capital_bare_is_the_capital_named_just_before(meetings_in, text, city):
    found = meetings_in(text, published=date(2023, 7, 19))
    met = [m for m in found if len(m.participants) == 2]
    assert met and all(m.place is not None and m.place.city == city for m in met)


def test_the_capital_bare_after_a_city_that_is_no_capital_names_no_city(meetings_in):
    found = meetings_in(
        "Kenyan Foreign Minister Musalia Mudavadi visited Lagos on Monday. He held talks with Nigerian "
        "Foreign Minister Yusuf Tuggar in the capital in January.",
        published=date(2023, 7, 19),
    )
    assert found and all(m.place is None or m.place.city != "Lagos" for m in found)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "NAIROBI (Reuters) - Kenya said on Monday it would cut taxes. Separately, Indian Prime Minister "
            "Narendra Modi, who is on a state visit to Ghana, held talks with President John Mahama in the "
            "capital.",
            "Accra",
        ),
        (
            "Indian Prime Minister Narendra Modi travelled to Argentina on Sunday. He held talks with "
            "President Javier Milei in the capital.",
            "Buenos Aires",
        ),
        (
            "NAIROBI (Reuters) - Kenya said on Monday it would cut taxes. Indian Prime Minister Narendra "
            "Modi held talks with President William Ruto in the capital.",
            "Nairobi",
        ),
    ],
)
def test_the_capital_bare_is_that_of_the_country_gone_to_else_the_datelines(text, city):
    (extraction,) = extract_texts([("t", f"Published: 2024-11-19\n\n{text}")])
    met = [m for m in extraction.meetings if len(m.participants) == 2]
    assert met and all(m.place is not None and m.place.city == city for m in met), [m.place for m in met]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (  # the capital named two sentences back in the paragraph, not the dateline's
            "LIMA, March 4 (Reuters) - Blinken met Boluarte on Friday.\n\nHis tour began on Wednesday "
            "in Santiago, where he held talks with Chilean President Gabriel Boric. Aides said the two men "
            "spoke for an hour. In the capital Blinken also met Foreign Minister Alberto van Klaveren.",
            "Santiago",
        ),
        (
            "NAIROBI, May 2 (KNA) - Ruto hosted Abiy on Thursday.\n\nEarlier in the week Wang Yi stopped "
            "in Kampala to see President Yoweri Museveni. The two discussed trade. Officials called the "
            "visit a success. In the capital Wang also held talks with Foreign Minister Jeje Odongo.",
            "Kampala",
        ),
    ],
)
def test_the_capital_bare_is_the_capital_named_earlier_in_its_paragraph(meetings_in, text, city):
    found = meetings_in(text, published=date(2023, 7, 19))
    (meeting,) = [m for m in found if m.evidence[0].text.startswith("In the capital")]
    assert meeting.place is not None and meeting.place.city == city


def test_the_capital_bare_looks_back_no_further_than_its_paragraph(meetings_in):
    # Santiago is told in a paragraph of its own before: "the capital" is not looked for there
    found = meetings_in(
        "His tour began on Wednesday in Santiago, where he held talks with Chilean President Gabriel "
        "Boric.\n\nAides said the two men spoke for an hour. Officials called it a success. In the capital "
        "Blinken also met Foreign Minister Alberto van Klaveren.",
        published=date(2023, 7, 19),
    )
    (meeting,) = [m for m in found if m.evidence[0].text.startswith("In the capital")]
    assert meeting.place is None or meeting.place.city != "Santiago"


def test_the_capital_sentence_opening_its_paragraph_looks_back_at_one_sentence_only(meetings_in):
    # Beijing is two sentences back, in the paragraph before: no capital of this one
    found = meetings_in(
        "Lula recalled that he met Xi Jinping in Beijing last year. Brazil wants more trade, he said.\n\n"
        "On Monday, Lula met Kenyan President William Ruto in the capital."
    )
    (meeting,) = [m for m in found if "William Ruto" in {p.name for p in m.participants}]
    assert meeting.place is None or meeting.place.city != "Beijing"


def test_the_capital_with_its_name_right_after_is_that_city(nlp):
    """ "in the capital Windhoek", the parser hanging the name on the verb as a clause of its own and
    the model tagging it as a person: the capital is the city its name says."""
    doc = nlp("Later on Monday, Wang met Foreign Minister Peya Mushelenga in the capital Windhoek.")
    met, in_, capital, name = (
        next(t for t in doc if t.text == w) for w in ("met", "in", "capital", "Windhoek")
    )
    capital.head, capital.dep_ = in_, "pobj"  # as the parser read it in a longer story
    name.head, name.dep_ = met, "advcl"
    doc.set_ents([Span(doc, name.i, name.i + 1, label="PERSON")], default="unmodified")
    assert clause_place(doc[:], clause_of(met)) == Place(city="Windhoek", country="Namibia")


# --- "in the Swiss city", a city described rather than named --------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Finance Minister Rachel Reeves met Chinese Vice Premier Ding Xuexiang in London on Tuesday, "
            "after a first round in Geneva. Reeves and Ding first met in the Swiss city in May.",
            "Geneva",
        ),
        (
            "The two sides struck a truce in Lausanne last month. Japanese Trade Minister Yoji Muto and "
            "Swiss Economy Minister Guy Parmelin met in the Swiss city over a weekend in March.",
            "Lausanne",
        ),
        (
            "Brazilian President Lula met Argentine President Javier Milei in Santos on Friday. The two "
            "leaders had met in the port city in March as well.",
            "Santos",
        ),
    ],
)
def test_a_city_described_is_the_city_of_that_country_told_just_before(meetings_in, text, city):
    found = meetings_in(text, published=date(2025, 6, 11))
    earlier = [m for m in found if m.date is not None and m.date.precision == "month"]
    assert earlier and all(m.place is not None and m.place.city == city for m in earlier)


def test_a_city_described_by_a_country_no_city_before_is_of_names_no_city(meetings_in):
    found = meetings_in(
        "Finance Minister Rachel Reeves met Chinese Vice Premier Ding Xuexiang in London on Tuesday. "
        "Reeves and Ding first met in the Swiss city in May.",
        published=date(2025, 6, 11),
    )
    earlier = [m for m in found if m.date is not None and m.date.precision == "month"]
    assert earlier and all(m.place is None or m.place.city != "London" for m in earlier)


# -- a house named by its opening building word; a place one came from --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden and Vladimir Putin met for three hours at the Villa La Grange, a mansion by the lake.",
        "Aleksandar Vucic met Viktor Orban at the Hotel Moskva on Friday.",
        "Mark Rutte received Leo Varadkar at the Villa Florida for dinner.",
    ],
)
def test_a_house_named_after_its_building_word_is_no_town_of_that_name(meetings_in, text):
    (meeting,) = meetings_in(text)
    assert meeting.place is None or meeting.place.country != "United States"


def test_a_house_named_after_its_building_word_keeps_the_town_told_with_it(meetings_in):
    (meeting,) = meetings_in("Giorgia Meloni received Olaf Scholz at the Villa Madama in Rome on Monday.")
    assert meeting.place is not None and meeting.place.city == "Rome"


def test_a_town_after_a_building_word_inside_its_name_is_still_the_town(meetings_in):
    (meeting,) = meetings_in("William Ruto met Yoweri Museveni at State House Entebbe on Tuesday.")
    assert meeting.place is not None and meeting.place.city == "Entebbe"


@pytest.mark.parametrize(
    "text",
    [
        "Guy Parmelin received Joe Biden, who had flown in from the NATO summit and the EU summit in "
        "Brussels, for a bilateral meeting at a hotel on the lake.",
        "Alar Karis received Gitanas Nauseda, who had travelled from the EU summit in Brussels, for talks "
        "at the palace.",
        "Petteri Orpo hosted Ulf Kristersson, who flew in from the Nordic summit in Oslo, for a meeting "
        "on Monday.",
        "Kyriakos Mitsotakis received Narendra Modi, who arrived straight from the BRICS summit in Kazan, "
        "for talks on Thursday.",
    ],
)
def test_a_place_of_the_gathering_a_guest_came_from_is_not_the_venue(meetings_in, text):
    (meeting,) = meetings_in(text)
    assert meeting.place is None or meeting.place.city not in {"Brussels", "Oslo", "Kazan"}


def test_a_place_of_the_gathering_the_meeting_is_held_at_stays_its_venue(meetings_in):
    (meeting,) = meetings_in("Petteri Orpo met Ulf Kristersson at the Nordic summit in Oslo on Monday.")
    assert meeting.place is not None and meeting.place.city == "Oslo"


# -- a summit spoken of, judged or told as the subject: still the one "the summit" names -------
@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "Ruto and Museveni welcomed the outcome of the IGAD summit in Djibouti. "
            "On the sidelines of the summit, Kenyan President William Ruto met Ethiopian Prime "
            "Minister Abiy Ahmed.",
            "IGAD summit",
        ),
        (
            "During the call, Lula and Boric praised the results of the Mercosur summit. "
            "Lula met Milei at the summit on Friday.",
            "Mercosur summit",
        ),
    ],
)
def test_a_summit_told_as_a_topic_is_still_the_summit_pointed_back_to(meetings_in, text, occasion):
    found = [m for m in meetings_in(text, published=date(2025, 7, 7)) if m.occasion is not None]
    assert found and all(occasion.split()[0] in m.occasion.name for m in found)


def test_a_summit_judged_is_no_new_gathering_between_the_name_and_the_reference(meetings_in):
    text = (
        'Stoltenberg opened a NATO summit in Vilnius on Tuesday. Nauseda hailed "a historic summit" '
        "for the alliance.\n\n"
        "Biden will hold talks with Erdogan on Wednesday on the sidelines of the summit."
    )
    meeting = _one(meetings_in(text, published=date(2023, 7, 11)), "Recep Tayyip Erdogan")
    assert meeting.occasion is not None and meeting.occasion.name == "NATO summit"


def test_a_summit_held_apart_still_blocks_the_one_named_before(meetings_in):
    text = (
        "Stoltenberg opened a NATO summit in Vilnius on Tuesday. Scholz announced a summit on "
        "Ukraine's reconstruction for the autumn.\n\n"
        "Biden will hold talks with Erdogan on the sidelines of the summit."
    )
    meeting = _one(meetings_in(text, published=date(2023, 7, 11)), "Recep Tayyip Erdogan")
    assert meeting.occasion is None or meeting.occasion.name != "NATO summit"


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "The leaders welcomed the results of the CSTO summit held on Monday. They took part in "
            "the summit by video. The summit had first been due to take place in Minsk in May, where "
            "Lukashenko was to have hosted Putin and Pashinyan.",
            "CSTO summit",
        ),
        (
            "Erdogan praised the ECO summit. The summit had been due to be held in Tashkent in "
            "March, where Mirziyoyev was to receive Erdogan and Aliyev.",
            "ECO summit",
        ),
    ],
)
def test_a_meeting_where_the_summit_was_to_take_place_is_at_that_summit(meetings_in, text, occasion):
    found = [m for m in meetings_in(text, published=date(2025, 6, 4)) if m.kind in {"cancelled", "planned"}]
    assert found and all(m.occasion is not None and m.occasion.name == occasion for m in found)


# -- "the first X summit since A met B": that earlier meeting was an X summit too --------------
@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "The Paris meeting was the first Normandy-format summit since Merkel hosted Putin and "
            "Hollande in Berlin in October 2016.",
            "Normandy format summit",
        ),
        ("It was the first G20 summit since Obama met Medvedev in London in 2009.", "G20 summit"),
        (
            "The Tokyo talks were the first Quad summit since Modi hosted Biden, Albanese and Kishida "
            "in New Delhi in 2023.",
            "Quad summit",
        ),
    ],
)
def test_the_meeting_since_which_a_summit_is_the_first_is_an_earlier_edition(text, occasion, nlp):
    doc = nlp(text)
    (trigger,) = [t for t in doc if t.lemma_ in {"host", "meet"}]
    found = clause_occasion(doc[:], clause_of(trigger), trigger)
    assert found is not None and found.name == occasion


def test_a_first_summit_since_a_time_gives_no_occasion_to_a_meeting_told_apart(nlp):
    doc = nlp("It was the first summit since the war, and Obama met Medvedev in London.")
    (trigger,) = [t for t in doc if t.lemma_ == "meet"]
    assert clause_occasion(doc[:], clause_of(trigger), trigger) is None


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "On Friday, Baku will host the summit of the Organization of Turkic States. Aliyev will "
            "chair the summit, which will bring together Tokayev, Mirziyoyev and Japarov.",
            "Organization of Turkic States summit",
        ),
        (
            "Lima hosts the APEC summit next week. Boluarte will chair the summit, which will bring "
            "together Xi Jinping, Joe Biden and Fumio Kishida.",
            "APEC summit",
        ),
    ],
)
def test_a_summit_told_by_a_relative_clause_is_the_summit_named_before(meetings_in, text, occasion):
    found = [m for m in meetings_in(text, published=date(2025, 11, 3)) if len(m.participants) >= 2]
    assert found and all(m.occasion is not None and m.occasion.name == occasion for m in found)


def test_a_summit_of_its_own_with_a_relative_clause_takes_no_occasion_named_before(meetings_in):
    text = (
        "On Friday, Baku hosted the summit of the Organization of Turkic States. Aliyev proposed a "
        "new summit, which would bring together Tokayev, Mirziyoyev and Japarov."
    )
    found = [m for m in meetings_in(text, published=date(2025, 11, 3)) if len(m.participants) >= 3]
    assert all(m.occasion is None or "Turkic" not in m.occasion.name for m in found)


@pytest.mark.parametrize(
    ("text", "held_at"),
    [
        (
            "Uzbek President Shavkat Mirziyoyev met Indian Prime Minister Narendra Modi in Samarkand "
            "on Thursday ahead of the 22nd Meeting of the Council of Heads of State of the Shanghai "
            "Cooperation Organization.",
            False,
        ),
        (
            "Belarusian President Alexander Lukashenko met Armenian Prime Minister Nikol Pashinyan on "
            "the eve of the Session of the Council of Heads of State of the Commonwealth of "
            "Independent States.",
            False,
        ),
        (
            "Uzbek President Shavkat Mirziyoyev met Indian Prime Minister Narendra Modi in Samarkand "
            "at the 22nd Meeting of the Council of Heads of State of the Shanghai Cooperation "
            "Organization.",
            True,
        ),
    ],
)
def test_a_long_summit_name_ahead_of_which_a_meeting_is_held_is_not_its_occasion(meetings_in, text, held_at):
    (meeting,) = meetings_in(text, published=date(2022, 9, 15))
    assert (meeting.occasion is not None) == held_at


# -- a region of the world told of something else is no venue -----------------------------------
@pytest.mark.parametrize(
    ("text", "guest", "city"),
    [
        (
            "WIESBADEN, Germany — Polish President Andrzej Duda urged allies on Tuesday to do more. "
            "Duda met Defense Secretary Lloyd Austin at the garrison, "
            "a key hub for American troops in Europe.",
            "Lloyd Austin",
            "Wiesbaden",
        ),
        (
            "NAIROBI, Kenya — Kenyan President William Ruto opened a trade fair on Monday. "
            "Ruto met Nigerian President Bola Tinubu at the port, "
            "the busiest gateway to markets in East Africa.",
            "Bola Tinubu",
            "Nairobi",
        ),
        (
            "SINGAPORE — Singapore's Prime Minister Lawrence Wong spoke on Thursday about trade. "
            "Wong received Vietnamese Prime Minister Pham Minh Chinh at the terminal, "
            "the largest container hub in Southeast Asia.",
            "Pham Minh Chinh",
            "Singapore",
        ),
    ],
)
def test_a_region_describing_the_venue_leaves_the_dateline_its_place(meetings_in, text, guest, city):
    meeting = _one(meetings_in(text), guest)
    assert meeting.place is not None and meeting.place.city == city


def test_a_meeting_held_in_a_region_is_not_placed_at_the_dateline(meetings_in):
    text = (
        "WASHINGTON — President Joe Biden spoke to reporters on Monday about the economy. "
        "Biden met German Chancellor Olaf Scholz at a summit in Europe."
    )
    meeting = _one(meetings_in(text), "Olaf Scholz")
    assert meeting.place is None or meeting.place.city != "Washington"


# -- a town on the shore of a lake or a river, where the gathering stands -----------------------
@pytest.mark.parametrize(
    ("text", "guest", "city", "country"),
    [
        (
            "On Monday, French President Emmanuel Macron flew to Switzerland, where he met President "
            "Karin Keller-Sutter on the sidelines of the Lakeside Forum, a business conference on the "
            "shores of Lake Geneva in Montreux.",
            "Karin Keller-Sutter",
            "Montreux",
            "Switzerland",
        ),
        (
            "On Monday, Croatian Prime Minister Andrej Plenkovic flew to Slovenia, where he met Prime "
            "Minister Robert Golob on the sidelines of the Alpine Forum, a strategy conference on the "
            "shores of Lake Bled in Bled.",
            "Robert Golob",
            "Bled",
            "Slovenia",
        ),
        (
            "On Friday, Serbian President Aleksandar Vucic will be in North Macedonia, where he is to meet "
            "Prime Minister Hristijan Mickoski at the Balkan Dialogue, a regional summit on the shores of "
            "Lake Ohrid in Ohrid.",
            "Hristijan Mickoski",
            "Ohrid",
            "North Macedonia",
        ),
    ],
)
def test_the_town_on_the_shore_a_gathering_stands_on_is_its_city(meetings_in, text, guest, city, country):
    meeting = _one(meetings_in(text), guest)
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == (city, country)


def test_a_shore_told_of_a_topic_places_no_meeting(meetings_in):
    text = (
        "German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk on Tuesday to discuss "
        "floods on the banks of the Oder in Poland."
    )
    meeting = _one(meetings_in(text), "Donald Tusk")
    assert meeting.place is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Prime Minister Anthony Albanese and President Lee Jae-myung met on Tuesday at the Harry S. "
            "Truman Presidential Library near Kansas City.",
            "United States",
        ),
        (
            "President William Ruto met Prime Minister Keir Starmer at the Imperial War Museum near London "
            "on Monday.",
            "United Kingdom",
        ),
        (
            "Foreign Minister Penny Wong met Secretary of State Marco Rubio at the Richard Nixon "
            "Presidential Library near Los Angeles on Sunday.",
            "United States",
        ),
    ],
)
def test_an_institution_near_a_city_is_neither_a_town_nor_in_the_city(meetings_in, text, country):
    # the city after "near" only locates the site: the meeting is in its country, in no city
    (meeting, *_) = meetings_in(text)
    assert meeting.place is not None
    assert (meeting.place.city, meeting.place.country) == (None, country)


def test_a_town_near_a_city_is_still_the_venue(meetings_in):
    (meeting,) = meetings_in(
        "Prime Minister Narendra Modi met President Xi Jinping in Mamallapuram, near Chennai, on Friday."
    )
    assert meeting.place is not None and meeting.place.city == "Mamallapuram"


def test_an_institution_in_a_city_leaves_the_city_the_venue(meetings_in):
    (meeting,) = meetings_in(
        "President Javier Milei met Prime Minister Mark Carney at the Royal Ontario Museum in Toronto "
        "on Friday."
    )
    assert meeting.place is not None and meeting.place.city == "Toronto"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hun Manet met Anwar Ibrahim on Monday. The meeting took place in Phnompenh.", "Cambodia"),
        ("Anwar Ibrahim said he met Min Aung Hlaing and that the talks were held in Naypyitaw.", "Myanmar"),
    ],
)
def test_capital_written_as_one_word_places_the_meeting(meetings_in, text: str, country: str) -> None:
    # the city as written, in its own country: not the person the model takes the word for
    found = meetings_in(text)
    assert found and found[0].place is not None and found[0].place.city and found[0].place.country == country


@pytest.mark.parametrize(
    ("text", "city", "start"),
    [
        (
            "The joint commission, to be co-chaired by Foreign Minister Penny Wong and Foreign Minister "
            "Sugiono, is expected to convene in Bali next week.",
            "Bali",
            date(2024, 11, 25),
        ),
        (
            "The boundary committee, which will be co-chaired by Vietnamese Defence Minister Phan Van Giang "
            "and Lao Defence Minister Chansamone Chanyalath, will meet in Vientiane on Friday.",
            "Vientiane",
            date(2024, 11, 22),
        ),
    ],
)
def test_body_chaired_by_two_sits_where_and_when_its_verb_says(meetings_in, text, city, start) -> None:
    found = meetings_in(text)
    assert found and found[0].kind == "planned"
    assert found[0].place is not None and found[0].place.city == city
    assert found[0].date is not None and found[0].date.start == start


def test_body_chaired_by_two_that_does_something_else_takes_no_place(meetings_in) -> None:
    # "report in Canberra in May" is what the panel does, not where or when it sits
    text = (
        "The review panel, to be co-chaired by Foreign Minister Penny Wong and Foreign Minister "
        "Sugiono, is expected to report in Canberra in May."
    )
    for meeting in meetings_in(text):
        assert meeting.place is None or meeting.place.city != "Canberra"
        assert meeting.date is None or meeting.date.start.month != 5


# -- where an act was taken notice of: the onlookers' place, not the venue ------------------------
def _placed(meetings):
    return {(m.place.city if m.place else None) for m in meetings}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Protesters rallied in Paris as German Chancellor Olaf Scholz met Polish Prime Minister "
            "Donald Tusk on Monday.",
            None,
        ),
        (
            "Thousands marched in Lyon while French President Emmanuel Macron held talks with Italian Prime "
            "Minister Giorgia Meloni on Friday.",
            None,
        ),
        (
            "Hundreds of demonstrators gathered in Calgary as Canadian Prime Minister Mark Carney held talks "
            "with Indian Prime Minister Narendra Modi on Tuesday.",
            None,
        ),
        # the meeting's own place stays, the crowd's is left out
        (
            "Canadian Prime Minister Mark Carney held talks with Indian Prime Minister Narendra Modi in "
            "Kananaskis on Tuesday as protesters rallied in Calgary.",
            "Kananaskis",
        ),
        # not a crowd: the act the meeting is told beside is the meeting's people's, in their place
        (
            "Italian Prime Minister Giorgia Meloni signed a deal in Rome on Friday as she met French "
            "President Emmanuel Macron.",
            "Rome",
        ),
    ],
)
def test_where_a_crowd_protests_as_leaders_meet_is_not_where_they_meet(meetings_in, text, city):
    (meeting,) = meetings_in(text)
    assert (meeting.place.city if meeting.place else None) == city


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk on Monday, a gesture widely noted "
        "in Paris.",
        "President Yoweri Museveni held talks with Kenyan President William Ruto on Tuesday, a meeting that "
        "was closely watched in Nairobi.",
        "Japanese Prime Minister Fumio Kishida was received by Australian Prime Minister Anthony Albanese on "
        "Monday, a courtesy that was noticed in Beijing.",
    ],
)
def test_a_place_where_the_meeting_was_noted_is_not_its_venue(meetings_in, text):
    meetings = meetings_in(text, published=date(2024, 5, 8))
    assert meetings
    assert _placed(meetings) == {None}


def test_a_dateline_lead_keeps_its_city_over_a_place_where_the_welcome_was_noted(meetings_in):
    text = (
        "Ruto, Samia hold talks on border trade\n\nARUSHA, May 7, 2024\n\n"
        "Kenyan President William Ruto on Tuesday held talks with Tanzanian President "
        "Samia Suluhu Hassan.\n\n"
        "Ruto was received at the airport by Samia, a gesture that was widely noted in Nairobi."
    )
    assert _placed(meetings_in(text, published=date(2024, 5, 7))) == {"Arusha"}


def test_a_place_the_guest_was_received_in_is_still_the_venue(meetings_in):
    text = "Japanese Prime Minister Fumio Kishida was received in Canberra by Anthony Albanese on Monday."
    assert _placed(meetings_in(text, published=date(2024, 5, 8))) == {"Canberra"}


# -- "went to X for the Y Forum, where A met B": the gathering's place is where they went --------
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "In May, Foreign Minister Vivian Balakrishnan went to Vientiane for the ASEAN Regional Forum, "
            "where he met his Lao counterpart Saleumxay Kommasith on May 9.",
            "Vientiane",
        ),
        (
            "In February, Foreign Minister Ahmed Attaf travelled to Addis Ababa for the African Union "
            "Executive Council, where he met Kenyan Foreign Minister Musalia Mudavadi on February 14.",
            "Addis Ababa",
        ),
    ],
)
def test_a_gathering_named_by_where_is_held_where_its_clause_went(meetings_in, text, city):
    assert _placed(meetings_in(text, published=date(2024, 6, 1))) == {city}


def test_an_organisation_named_by_where_in_another_clause_is_not_placed_by_the_trip(meetings_in):
    text = (
        "In May, Foreign Minister Vivian Balakrishnan went to Vientiane to meet officials at Microsoft, "
        "where he met Bill Gates on May 9."
    )
    assert _placed(meetings_in(text, published=date(2024, 6, 1))) == {None}


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric attended the Mercosur summit in Asuncion on Monday. At that "
        "gathering he was due to hold his first meeting with Argentine President Javier Milei, but it "
        "was called off.",
        "Chilean President Gabriel Boric attended the Mercosur summit in Asuncion on Monday. During this "
        "summit he was to meet Argentine President Javier Milei, but the meeting was cancelled.",
    ],
)
def test_that_gathering_is_the_one_told_before_and_in_its_city(meetings_in, text):
    meeting = next(m for m in meetings_in(text) if "Javier Milei" in {p.name for p in m.participants})
    assert meeting.place is not None and meeting.place.city == "Asunción"


def test_a_plan_called_off_with_no_gathering_told_takes_no_city(meetings_in):
    text = (
        "Chilean President Gabriel Boric was due to hold his first meeting with Argentine President "
        "Javier Milei, but it was called off."
    )
    meeting = next(m for m in meetings_in(text) if "Javier Milei" in {p.name for p in m.participants})
    assert meeting.place is None or meeting.place.city is None


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Putin flew to Kazan, capital of Tatarstan, where he met Xi Jinping.", "Kazan", "Russia"),
        (
            "Erdogan went on to Erbil, capital of the Kurdistan Region, where he met Masrour Barzani.",
            "Erbil",
            "Iraq",
        ),
        (
            "Abiy travelled to Hargeisa, capital of Somaliland, where he was received by Muse Bihi Abdi.",
            "Hargeysa",
            "Somalia",
        ),
    ],
)
def test_where_after_a_description_of_a_city_is_the_city_described(meetings_in, text, city, country):
    (meeting,) = meetings_in(text)
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == (city, country)


def test_where_after_a_region_named_alone_is_that_region(meetings_in):
    (meeting,) = meetings_in("Putin flew to Tatarstan, where he met Xi Jinping.")
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == (None, "Russia")


def test_the_city_told_before_is_no_capital_standing_for_its_government(meetings_in):
    found = meetings_in(
        "Turkish President Tayyip Erdogan arrived in Sochi on Thursday, seeking a grain deal with Moscow. "
        "He met Russian President Vladimir Putin in the Black Sea city on Friday."
    )
    assert [(m.place.city if m.place else None) for m in found] == ["Sochi"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "ASTANA, July 4 (Reuters) - Belarusian President Alexander Lukashenko, a close ally of Moscow, "
            'met Kazakh President Kassym-Jomart Tokayev on Thursday.\n\n"We are brothers," Lukashenko told '
            "Tokayev at the start of their meeting on the sidelines of the CSTO summit in the steppe city.",
            "Astana",
        ),
        (
            "VIENTIANE, Oct 9 (Reuters) - Cambodian Prime Minister Hun Manet, a partner of Beijing, held "
            "talks with Lao Prime Minister Sonexay Siphandone on Wednesday.\n\nHun Manet thanked Sonexay "
            "during their meeting on the sidelines of the ASEAN summit in the riverside city.",
            "Vientiane",
        ),
    ],
)
def test_a_capital_told_as_a_side_is_no_city_a_later_description_points_to(meetings_in, text, city):
    found = meetings_in(text, published=date(2025, 10, 9))
    at_summit = [m for m in found if m.occasion is not None]
    assert at_summit and all(m.place is not None and m.place.city == city for m in at_summit)


def test_the_city_told_before_is_still_the_capital_visited(meetings_in):
    found = meetings_in("Erdogan visited Moscow on Thursday. He met Vladimir Putin in the city on Friday.")
    assert [(m.place.city if m.place else None) for m in found] == ["Moscow"]


def test_a_clauses_roots_plans_and_gathering_told_before_kept_are_those_found_again(nlp):
    """A clause's roots, the words of its plan and of the plan that describes it, and the
    gathering it refers back to, found once per sentence and clause, are those found anew, for
    each word's subtree of three seed articles, asked twice; a caller that changes the list or
    set it got does not change the next one."""
    from pathlib import Path

    from extract.circumstances import (
        _clause_roots,
        _described_as_set_for,
        _occasion_told_before,
        _plan_of,
        clause_roots,
        described_as_set_for,
        plan_of,
    )
    from extract.spans import remember_sentences

    seeds = Path(__file__).parents[2] / "seeds"
    for path in sorted(seeds.glob("*.txt"))[:3]:
        doc = nlp(path.read_text(encoding="utf-8"))
        remember_sentences(doc)
        for sentence in doc.sents:
            for token in sentence:
                clause = {t.i for t in token.subtree}
                for _ in range(2):
                    roots = clause_roots(sentence, clause)
                    assert roots == list(_clause_roots(sentence, clause))
                    roots.append(token)
                    plan = plan_of(sentence, clause)
                    assert plan == _plan_of(sentence, clause)
                    plan.add(-1)
                    set_for = described_as_set_for(sentence, clause)
                    assert set_for == _described_as_set_for(sentence, clause)
                    set_for.add(-1)
                    for subjects in (False, True):
                        told = occasion_told_before(sentence, clause, subjects=subjects)
                        assert told == _occasion_told_before(sentence, clause, subjects=subjects)


# -- a gathering named in a person's office is no occasion ---------------------------------------
def test_a_gathering_named_in_a_persons_office_is_not_where_they_met(meetings_in):
    (meeting,) = meetings_in(
        "Dutch Prime Minister Mark Rutte met Dennis Francis, president of the UN General Assembly, "
        "in The Hague on Monday."
    )
    assert meeting.occasion is None
    assert meeting.place is not None and meeting.place.city == "The Hague"


def test_an_office_told_beside_a_co_host_leaves_the_summit_told_before(meetings_in):
    meetings = meetings_in(
        "Brazilian President Luiz Inacio Lula da Silva chaired an extraordinary Mercosur summit by "
        "video link on Tuesday. The summit was co-hosted with Paraguayan President Santiago Pena, the "
        "current co-chair of the Munich Security Conference."
    )
    meeting = _one(meetings, "Santiago Peña")
    assert meeting.occasion is not None and "Mercosur" in meeting.occasion.name
    assert meeting.kind == "video"
    assert "Luiz Inácio Lula da Silva" in {p.name for p in meeting.participants}


# -- a trip one is invited, urged or hopes to make is no place of the meeting told ---------------
def test_a_city_one_is_invited_to_visit_is_not_where_they_met(meetings_in):
    meetings = meetings_in(
        "On the sidelines of the forum, Lula held separate talks with Milei and with Boric, whom he "
        "invited to visit Brasilia before the end of the year."
    )
    assert len(meetings) == 2
    assert all(m.place is None for m in meetings)


def test_a_city_one_also_met_is_invited_to_is_not_where_they_met(meetings_in):
    meetings = meetings_in(
        "On the sidelines of the gathering, Lula also held separate talks with Milei and with Petro, "
        "whom he invited to visit Brasilia before the end of the year."
    )
    assert len(meetings) == 2
    assert all(m.place is None for m in meetings)


def test_a_planned_visit_told_in_the_relative_clause_keeps_its_place(meetings_in):
    (meeting,) = meetings_in("Modi, whom Putin invited to visit Moscow in July, accepted the invitation.")
    assert meeting.kind == "planned"
    assert meeting.place is not None and meeting.place.city == "Moscow"


def test_a_city_one_is_urged_to_travel_to_is_not_where_they_met(meetings_in):
    (meeting,) = meetings_in(
        "At the summit, Modi held talks with Albanese, who urged him to travel to Canberra soon."
    )
    assert meeting.place is None or meeting.place.city != "Canberra"


def test_the_place_of_the_meeting_stays_beside_an_invitation(meetings_in):
    (meeting,) = meetings_in(
        "The Chilean president met Argentina's President Javier Milei in Santiago on Tuesday, whom he "
        "invited to visit Lima next year."
    )
    assert meeting.place is not None and meeting.place.city == "Santiago"


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "President Lee Jae-myung met Governor Brian Kemp in Savannah, Georgia on Monday.",
            "Savannah",
            "United States",
        ),
        (
            "Prime Minister Irakli Kobakhidze held talks with Emmanuel Macron in Tbilisi, Georgia on Monday.",
            "Tbilisi",
            "Georgia",
        ),
    ],
)
def test_a_city_told_with_a_state_that_a_country_also_bears_is_that_city(meetings_in, text, city, country):
    found = meetings_in(text)
    assert [(m.place.city, m.place.country) for m in found if m.place] == [(city, country)]


def test_respectively_told_after_the_last_one_met_pairs_each_with_its_place(meetings_in):
    found = meetings_in(
        "The tour began last week in Ghana, Nigeria and Senegal, where Prime Minister Keir Starmer met "
        "President John Mahama, President Bola Tinubu and President Bassirou Diomaye Faye, respectively."
    )
    assert sorted((m.participants[-1].name, m.place.country) for m in found if m.place) == [
        ("Bassirou Diomaye Faye", "Senegal"),
        ("Bola Tinubu", "Nigeria"),
        ("John Mahama", "Ghana"),
    ]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Kenyan President William Ruto arrived in Tokyo on Monday night and was received at Narita "
            "International Airport by Japanese Foreign Minister Takeshi Iwaya.",
            "Tokyo",
        ),
        (
            "Kenyan President William Ruto arrived in Kampala on Monday and was received at Entebbe "
            "International Airport by Ugandan Vice President Jessica Alupo.",
            "Kampala",
        ),
        # no city arrived in told: the airport's town
        (
            "Kenyan President William Ruto was received at Entebbe International Airport by Ugandan "
            "Vice President Jessica Alupo on Monday.",
            "Entebbe",
        ),
    ],
)
def test_a_welcome_at_an_airport_named_for_a_town_is_in_the_city_arrived_in(meetings_in, text, city):
    (meeting,) = meetings_in(text)
    assert meeting.place is not None and meeting.place.city == city


@pytest.mark.parametrize(
    "text",
    [
        "ABUJA, June 5 - Bola Tinubu received Patrice Talon on Wednesday. The two men first met in Ouidah "
        "in January.",
    ],
)
def test_a_town_of_one_country_is_in_the_country_of_a_leader_the_article_names(meetings_in, text) -> None:
    places = [m.place for m in meetings_in(text, date(2024, 6, 5)) if m.place]
    assert Place(city="Ouidah", country="Benin") in places


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Biden welcomed Kenyan President William Ruto to the White House on Thursday.", "in_person"),
        ("Trump welcomed Argentine President Javier Milei to the Oval Office on Monday.", "in_person"),
        (
            "President Donald Trump will welcome Japanese Prime Minister Shigeru Ishiba to the White "
            "House next week.",
            "planned",
        ),
    ],
)
def test_a_building_a_guest_is_welcomed_to_is_where_they_meet(meetings_in, text, kind):
    (meeting,) = meetings_in(text)
    assert meeting.kind == kind
    assert meeting.place is not None and meeting.place.city == "Washington"


@pytest.mark.parametrize(
    ("text", "met", "city"),
    [
        (
            "German Chancellor Olaf Scholz flies on to Rome in the afternoon for talks with Giorgia Meloni, "
            "and will end the day in Madrid with a dinner with Spanish Prime Minister Pedro Sanchez.",
            "nchez",
            "Madrid",
        ),
        (
            "Erdogan travels to Baku in the morning for talks with Ilham Aliyev, and will end the day in "
            "Tbilisi with a dinner with Georgian Prime Minister Irakli Kobakhidze.",
            "Kobakhidze",
            "Tbilisi",
        ),
        (
            "Lula left Luanda on Thursday for Maputo, where he met Daniel Chapo, before ending the tour in "
            "Pretoria with talks with South African President Cyril Ramaphosa.",
            "Ramaphosa",
            "Pretoria",
        ),
        (
            "Blinken will begin the day in Amman with talks with King Abdullah II, then fly to Cairo.",
            "Abdullah II",
            "Amman",
        ),
    ],
)
def test_a_meeting_that_begins_or_ends_a_day_or_tour_spent_in_a_city_is_in_it(meetings_in, text, met, city):
    found = [m for m in meetings_in(text) if any(p.name.endswith(met) for p in m.participants)]
    assert found and all(m.place is not None and m.place.city == city for m in found)


def test_a_war_ended_in_a_country_is_no_place_of_the_talks(meetings_in):
    (meeting,) = meetings_in("Blinken held talks with Sergei Lavrov on ending the war in Ukraine.")
    assert meeting.place is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Biden travelled to Houston on Friday and met Mexican President Andres Manuel Lopez Obrador, his "
            "first visit to the Texas city as president.",
            "Houston",
        ),
        (
            "Blinken went to Ramallah on Tuesday and met Mahmoud Abbas, his second trip to the West Bank "
            "city this year.",
            "Ramallah",
        ),
        (
            "Scholz flew to Munich on Saturday and met Zelensky, his third visit to the Bavaria city this "
            "year.",
            "Munich",
        ),
    ],
)
def test_a_territory_told_before_city_describes_the_city_named_before(meetings_in, text, city):
    (meeting,) = meetings_in(text)
    assert meeting.place is not None and meeting.place.city == city


def test_a_territory_city_with_no_city_named_keeps_the_territory(meetings_in):
    (meeting,) = meetings_in("Blinken met Abbas in the West Bank city on Tuesday.")
    assert meeting.place is not None and meeting.place.country == "Palestine" and meeting.place.city is None


@pytest.mark.parametrize(
    "text",
    [
        "Macron holds talks with Scholz; flies to Rome next",
        "Erdogan meets Aliyev on the sidelines; travels to Tbilisi next",
        "Ramaphosa holds talks with Tinubu; heads to Accra next",
        "Albanese meets Prabowo at the summit; flies to Manila next",
    ],
)
def test_where_a_headline_says_the_trip_goes_next_is_no_place_of_its_talks(meetings_in, text):
    (meeting,) = meetings_in(text)
    assert meeting.place is None


@pytest.mark.parametrize(
    "text",
    [
        "Indian Prime Minister Narendra Modi stopped over in Lisbon on Friday on his way home from the G7 "
        "summit in Hiroshima.\n\nPortuguese Prime Minister Antonio Costa held brief talks with him.",
        "Ghana's President John Mahama stopped in Dakar on his way from the AU summit in Addis Ababa and met "
        "Senegalese President Bassirou Diomaye Faye.",
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Doha on Sunday en "
        "route from the COP summit in Baku.",
    ],
)
def test_a_gathering_one_is_on_the_way_home_from_is_no_occasion_of_a_meeting_on_the_way(meetings_in, text):
    [meeting] = meetings_in(text)
    assert meeting.occasion is None


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "Doha will host a summit between Rwandan President Paul Kagame and Congolese President Felix"
            " Tshisekedi next month.",
            "Doha",
            "Qatar",
        ),
        (
            "A meeting between Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister"
            " Jeyhun Bayramov that Washington had planned to host on Monday was called off.",
            "Washington",
            "United States",
        ),
        (
            "Qatar hosted talks between Kenyan President William Ruto and Somali President Hassan Sheikh"
            " Mohamud on Sunday.",
            None,
            "Qatar",
        ),
    ],
)
def test_the_place_that_hosts_a_meeting_is_where_it_is_held(meetings_in, text, city, country):
    found = meetings_in(text, published=date(2024, 5, 6))
    assert len(found) == 1 and found[0].place is not None
    assert (found[0].place.city, found[0].place.country) == (city, country)


# -- a list of next stops after "before continuing to" ---------------------------------------
@pytest.mark.parametrize(
    ("text", "met", "country"),
    [
        (
            "The foreign minister of India, Subrahmanyam Jaishankar, travels on Monday to Chile, where he "
            "is to meet President Gabriel Boric, before continuing to Peru, Bolivia and Ecuador.",
            "Gabriel Boric",
            "Chile",
        ),
        (
            "Chinese Premier Li Qiang heads to Kenya on Friday, where he will see President William Ruto, "
            "before flying on to Tanzania, Zambia, Angola and Namibia.",
            "William Ruto",
            "Kenya",
        ),
    ],
)
def test_every_stop_of_a_list_told_after_before_continuing_is_the_next_leg(meetings_in, text, met, country):
    meeting = _one(meetings_in(text), met)
    assert meeting.place is not None and meeting.place.country == country


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Foreign Minister Wang Yi met Fijian Prime Minister Sitiveni Rabuka in Suva on Monday. He was "
            "in Apia on Saturday to meet Samoan Prime Minister Fiame Naomi Mata'afa.",
            "Fiame Naomi Mata'afa",
            date(2024, 11, 16),
        ),
        (
            "Secretary of State Marco Rubio met Guatemalan President Bernardo Arevalo on Wednesday. He was "
            "in Panama City on Sunday to meet President Jose Raul Mulino.",
            "José Raúl Mulino",
            date(2024, 11, 17),
        ),
        (
            "Indian Foreign Minister S. Jaishankar met Saudi Crown Prince Mohammed bin Salman in Riyadh on "
            "Thursday. He was in Doha on Monday to hold talks with Qatari Emir Tamim bin Hamad Al Thani.",
            "Tamim bin Hamad Al Thani",
            date(2024, 11, 18),
        ),
    ],
)
def test_a_meeting_someone_was_somewhere_to_hold_takes_the_day_they_were_there(meetings_in, text, name, day):
    [meeting] = [m for m in meetings_in(text) if name in {p.name for p in m.participants}]
    assert meeting.date is not None and meeting.date.start == day


# -- a clause of "after" days or more back tells another time's place ------------------------------
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Foreign Minister Ahmed Attaf travelled to Rabat in March and held talks with Moroccan Foreign "
            "Minister Nasser Bourita, a month after Bourita visited Algiers.",
            "Rabat",
        ),
        (
            "Kenyan President William Ruto flew to Addis Ababa on Monday and met Ethiopian Prime Minister "
            "Abiy Ahmed, weeks after Abiy had travelled to Nairobi.",
            "Addis Ababa",
        ),
        (
            "Indian Prime Minister Narendra Modi went to Male on Friday and held talks with President "
            "Mohamed Muizzu, months after Muizzu had come to New Delhi.",
            "Male",
        ),
    ],
)
def test_a_place_some_weeks_after_which_a_meeting_is_told_is_not_its_place(meetings_in, text, city):
    met = [m for m in meetings_in(text) if len(m.participants) == 2]
    assert len(met) == 1 and met[0].place is not None and met[0].place.city == city


def test_an_arrival_days_before_a_meeting_still_places_it(meetings_in):
    (meeting,) = meetings_in(
        "Two days after landing in Kyiv, Chancellor Olaf Scholz met President Volodymyr Zelensky."
    )
    assert meeting.place is not None and meeting.place.city == "Kyiv"


@pytest.mark.parametrize(
    "text, occasion",
    [
        (
            "Sanchez and Lula have not met since the Group of 20 summit in Rio de Janeiro in 2024.",
            "G20 summit",
        ),
        (
            "Lula and Milei have not sat down together since the Mercosur summit in Asuncion, in July.",
            "Mercosur",
        ),
        (
            "Ruto and Museveni have not held talks since the East African Community summit in Arusha.",
            "East African",
        ),
    ],
)
def test_a_gathering_since_which_two_have_not_met_is_the_occasion_they_met_at(
    meetings_in, text: str, occasion: str
):
    found = meetings_in(text, published=date(2025, 6, 17))
    assert len(found) == 1
    meeting = found[0]
    assert meeting.occasion is not None and occasion in meeting.occasion.name


# -- a meeting on the edge or side of a town is in that town -----------------------------------------
@pytest.mark.parametrize(
    ("text", "guest", "city"),
    [
        (
            "Kenyan President William Ruto received Ugandan President Yoweri Museveni at a lodge on the "
            "outskirts of Nairobi on Saturday.",
            "Yoweri Museveni",
            "Nairobi",
        ),
        (
            "Chilean President Gabriel Boric held talks with Argentine President Javier Milei on the "
            "eastern side of Santiago on Thursday.",
            "Javier Milei",
            "Santiago",
        ),
        (
            "Thai Prime Minister Paetongtarn Shinawatra had met Malaysian Prime Minister Anwar Ibrahim at "
            "a resort on the edge of Bangkok the week before.",
            "Anwar Ibrahim",
            "Bangkok",
        ),
    ],
)
def test_a_meeting_on_the_edge_of_a_town_is_in_that_town(meetings_in, text, guest, city):
    meeting = _one(meetings_in(text), guest)
    assert meeting.place is not None and meeting.place.city == city


# -- "at the end of which": a relative clause of the time of the event it is said of --------------
@pytest.mark.parametrize("part", ["at the end of which", "at the close of which", "at the start of which"])
def test_a_meeting_told_at_a_part_of_an_event_is_held_at_its_place_and_on_its_day(meetings_in, part):
    text = (
        "Serbian negotiator Petar Petkovic and Kosovo negotiator Besnik Bislimi held a third round of "
        f"talks in Brussels on Monday. That followed a second round in Geneva on March 18, {part} "
        "Petkovic and Bislimi spoke face to face in the presence of EU envoy Miroslav Lajcak."
    )
    meeting = _one(meetings_in(text, date(2025, 4, 30)), "Miroslav Lajčák")
    assert meeting.place is not None and meeting.place.city == "Geneva"
    assert meeting.date is not None and meeting.date.start == date(2025, 3, 18)


def test_a_known_name_the_tagger_takes_for_a_building_places_nothing(nlp):
    doc = nlp(
        "The deal was sealed at a summit of the Mercosur leaders — Uruguay's Luis Lacalle Pou, Brazil's "
        "Luiz Inácio Lula da Silva, Argentina's Javier Milei and Paraguay's Santiago Peña."
    )
    assert ("Luiz Inácio Lula da Silva", "FAC") in [(e.text, e.label_) for e in doc.ents]  # the tagger's slip
    sentence = next(iter(doc.sents))
    assert clause_place(sentence, set(range(sentence.start, sentence.end))) is None  # not Brazil


# -- a plan's place and occasion, called off ------------------------------------------------------
def test_a_summit_told_after_another_time_is_its_own_occasion(meetings_in):
    text = (
        "Saturday's meeting came more than a year after a planned Quad summit of Modi, Biden, Albanese"
        " and Kishida in Sydney on May 24, 2023, was called off."
    )
    (meeting,) = meetings_in(text, published=date(2024, 9, 22))
    assert meeting.kind == "cancelled"
    assert meeting.occasion is not None and meeting.occasion.name == "Quad summit"
    assert meeting.date is not None and meeting.date.start == date(2023, 5, 24)


def test_the_place_of_a_summit_a_country_was_due_to_host(meetings_in):
    text = (
        "Egypt has postponed a summit it was due to host in Sharm el-Sheikh on Friday with French"
        " President Emmanuel Macron and Jordan's King Abdullah II."
    )
    (meeting,) = meetings_in(text, published=date(2025, 5, 5))
    assert meeting.kind == "cancelled"
    assert meeting.place is not None and meeting.place.city == "Sharm el-Sheikh"
    assert meeting.date is not None and meeting.date.start == date(2025, 5, 9)


def test_a_guest_houses_name_the_tagger_takes_for_a_town_is_in_the_dateline_city(meetings_in):
    text = (
        "Dhaka, May 5 (UNB) - Turkey's foreign minister arrived on Sunday for a two-day visit. Turkish"
        " Foreign Minister Hakan Fidan was to hold talks with Foreign Adviser Md Touhid Hossain at the"
        " state guest house Padma on Monday."
    )
    (meeting,) = meetings_in(text, published=date(2025, 5, 5))
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == (
        "Dhaka",
        "Bangladesh",
    )


def test_a_summit_postponed_from_a_month_that_did_not_take_place_is_of_that_month(meetings_in):
    (meeting,) = meetings_in("The summit between Lula and Petro, postponed from May, did not take place.")
    assert meeting.kind == "cancelled"
    assert meeting.date is not None and (meeting.date.start, meeting.date.precision) == (
        date(2024, 5, 1),
        "month",
    )


# -- the setting of two joined verbs, a "where" clause on a gathering's place, representing --------
def _of(meetings, name):
    return next(m for m in meetings if name in {p.name for p in m.participants})


def test_a_setting_put_before_two_joined_verbs_sets_both(meetings_in):
    found = meetings_in(
        "Antony Blinken arrived in Stockholm on Wednesday from the Latvian capital Riga, where NATO "
        "foreign ministers met. On Tuesday, on the margins of the NATO meeting, he paid a courtesy call "
        "on Latvian President Egils Levits at Riga Castle and held separate talks with Prime Minister "
        "Krisjanis Karins and Foreign Minister Edgars Rinkevics.",
        published=date(2021, 12, 2),
    )
    assert {m.occasion.name if m.occasion else None for m in found} == {"NATO meeting"}


def test_the_setting_of_a_clause_with_a_subject_of_its_own_is_not_shared(meetings_in):
    found = meetings_in(
        "On the sidelines of the ASEAN summit in Jakarta, Anwar Ibrahim met Ferdinand Marcos, and "
        "Fumio Kishida later flew home to meet Anthony Albanese in Tokyo.",
        published=date(2023, 9, 6),
    )
    assert _of(found, "Fumio Kishida").occasion is None


def test_a_where_clause_on_a_gatherings_place_is_at_the_gathering(meetings_in):
    found = meetings_in(
        "President Claudia Sheinbaum was back in Mexico City on Wednesday after a brief trip to the G7 "
        "summit in Kananaskis, Alberta, where her first in-person meeting with U.S. President Donald "
        "Trump fell through.",
        published=date(2025, 6, 18),
    )
    assert _of(found, "Donald Trump").occasion is not None
    assert _of(found, "Donald Trump").occasion.name == "G7 summit"


def test_a_where_clause_on_a_city_alone_gives_no_occasion(meetings_in):
    found = meetings_in(
        "Lula travelled to Paris last week, where he met Macron.", published=date(2024, 3, 28)
    )
    assert _of(found, "Emmanuel Macron").occasion is None


def test_representing_ones_country_at_a_gathering_is_attending_it(meetings_in):
    found = meetings_in(
        "Bakhtiyor Saidov and Antony Blinken had met the previous day in Astana, where Saidov "
        "represented Uzbekistan at the C5+1 ministerial meeting.",
        published=date(2023, 3, 1),
    )
    assert _of(found, "Antony Blinken").occasion is not None


@pytest.mark.parametrize(
    "text",
    [
        "Scholz met Sanchez in Madrid on Monday; the two talked about the NATO summit in Vilnius.",
        "Ruto met Samia in Nairobi on Friday, and the two leaders spoke about the situation in Goma.",
    ],
)
def test_a_place_in_what_was_talked_about_is_not_where_they_talked(meetings_in, text):
    found = meetings_in(text, published=date(2024, 8, 27))
    assert len(found) == 1 and found[0].place is not None and found[0].place.city in {"Madrid", "Nairobi"}


# -- a place spoken of is no venue -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Rubio was received at the National Palace by President Luis Abinader, with whom he discussed "
            "the situation in neighboring Haiti.",
            "Haiti",
        ),
        (
            "Ramaphosa received Nyusi in Pretoria, with whom he discussed the security situation in "
            "neighbouring Mozambique.",
            "Mozambique",
        ),
        (
            "Ruto hosted Museveni at State House, with whom he reviewed the situation in neighbouring "
            "South Sudan.",
            "South Sudan",
        ),
    ],
)
def test_a_place_whose_affairs_were_discussed_is_not_where_the_talks_were(meetings_in, text, topic):
    meetings = meetings_in(text)
    assert meetings
    assert all(m.place is None or m.place.country != topic for m in meetings)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("William Ruto met Abiy Ahmed in Nairobi and discussed the Gaza ceasefire.", ("Nairobi", "Kenya")),
        ("Emmanuel Macron and Olaf Scholz discussed the Paris agreement in Berlin.", ("Berlin", "Germany")),
        ("Blinken met Wang Yi on Friday and discussed trade in Beijing.", ("Beijing", "China")),
        ("Ruto met Abiy Ahmed and discussed the Gaza ceasefire.", None),
    ],
)
def test_a_place_only_spoken_of_or_where_trade_was_discussed_stays_as_it_was(meetings_in, text, place):
    (meeting,) = meetings_in(text)
    assert (None if meeting.place is None else (meeting.place.city, meeting.place.country)) == place


def test_the_place_of_a_summit_talked_about_is_no_second_meeting_there(meetings_in):
    text = "Scholz met Sanchez in Madrid on Monday; the two talked about the G20 summit in Rio de Janeiro."
    (meeting,) = meetings_in(text)
    assert meeting.place is not None and meeting.place.city == "Madrid"


# -- a city of several countries: the capital of someone met there -----------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # an article that names the United States, which has the biggest San Jose
            "In San José on Tuesday, Secretary of State Marco Rubio held talks with Costa Rican President "
            "Rodrigo Chaves on migration. Rubio is expected to return to the United States on Friday.",
            ("San José", "Costa Rica"),
        ),
        (
            "Canadian Prime Minister Justin Trudeau was received in Victoria by Seychellois President Wavel "
            "Ramkalawan.",
            ("Victoria", "Seychelles"),
        ),
        (
            "Seychelles President Wavel Ramkalawan hosted Indian Prime Minister Narendra Modi in Victoria.",
            ("Victoria", "Seychelles"),
        ),
    ],
)
def test_a_city_of_several_countries_is_the_capital_of_one_met_there(meetings_in, text, place):
    (meeting,) = meetings_in(text)
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("US President Joe Biden met French President Emmanuel Macron in Geneva.", ("Geneva", "Switzerland")),
        (  # the Canadian town is no capital of Canada; Jamaica's is
            "Canadian Prime Minister Justin Trudeau met Jamaican Prime Minister Andrew Holness in Kingston.",
            ("Kingston", "Jamaica"),
        ),
    ],
)
def test_a_nationality_whose_capital_is_no_namesake_moves_no_city(meetings_in, text, place):
    (meeting,) = meetings_in(text)
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == place


# -- "where" after a description that ends with a region of the world --------------------------------
@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "Lloyd Austin jetted into Nairobi on Sunday night from Djibouti, home to the only permanent "
            "US military base in Africa, where he held talks with President Ismail Omar Guelleh earlier "
            "that day.",
            "Ismail Omar Guelleh",
            (None, "Djibouti"),
        ),
        (
            "Wang Yi arrived in Windhoek on Monday from Maputo, a port city on the coast of Africa, where he "
            "had met President Daniel Chapo.",
            "Daniel Chapo",
            ("Maputo", "Mozambique"),
        ),
    ],
)
def test_where_after_a_description_ending_in_a_region_points_at_the_place_described(
    meetings_in, text, name, place
):
    meeting = _one(meetings_in(text, published=date(2023, 9, 25)), name)
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == place


def test_where_after_a_region_alone_names_no_place(meetings_in):
    (meeting,) = meetings_in("Wang Yi began a long tour of Africa, where he met William Ruto on Monday.")
    assert meeting.place is None or meeting.place.country == "Kenya"


# -- "at the headquarters": the building told before with its town -----------------------------------
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "On Monday 11 March, the Swedish flag will be raised at NATO Headquarters in Brussels. Before "
            "the ceremony, Prime Minister Ulf Kristersson will meet NATO Secretary General Jens Stoltenberg "
            "at the headquarters.",
            "Brussels",
        ),
        (
            "The talks will take place at the Foreign Ministry's guesthouse in Tashkent. On Friday, Wang Yi "
            "will also meet Bakhtiyor Saidov at the guesthouse.",
            "Tashkent",
        ),
        (
            "The summit opened at the Palace of Nations in Geneva. Later, Lavrov met Blinken at the palace.",
            "Geneva",
        ),
    ],
)
def test_a_building_named_by_its_noun_is_in_the_town_it_was_told_in_before(meetings_in, text, city):
    (meeting,) = meetings_in(text, published=date(2024, 3, 8))
    assert meeting.place is not None and meeting.place.city == city


def test_a_building_told_nowhere_before_gives_no_town(meetings_in):
    (meeting,) = meetings_in("Ruto met Abiy at the palace on Monday.", published=date(2024, 3, 8))
    assert meeting.place is None


# -- a gathering of another city or another stop of the trip ------------------------------------
@pytest.mark.parametrize(
    "text, published",
    [
        (
            "Xi and Ramaphosa held talks in Pretoria in July 2018, when Xi also attended the BRICS summit "
            "in Johannesburg.",
            date(2023, 8, 22),
        ),
        (
            "Modi held talks with Kishida in Tokyo in May 2023, when he also attended the Quad summit in "
            "Hiroshima.",
            date(2023, 5, 22),
        ),
    ],
)
def test_a_gathering_told_when_in_another_city_is_not_the_occasion(meetings_in, text, published):
    (held,) = meetings_in(text, published=published)
    assert held.place is not None and held.occasion is None


@pytest.mark.parametrize(
    "text, name",
    [
        # no city of the meeting's own: held where the gathering was
        (
            "Xi and Ramaphosa held talks in July 2018, when Xi attended the BRICS summit in Johannesburg.",
            "BRICS summit",
        ),
        # the same city
        (
            "Lula met Macron in Paris in June 2023, when he also attended the Summit for a New Global "
            "Financing Pact in Paris.",
            "Summit for a New Global Financing Pact",
        ),
        # a city near the summit's, on its margins: no "when"
        (
            "Biden and Xi met in Woodside in November, on the margins of the APEC summit in San Francisco.",
            "APEC summit",
        ),
    ],
)
def test_a_gathering_told_when_or_on_whose_margins_in_the_same_place_is_the_occasion(meetings_in, text, name):
    (held,) = meetings_in(text, published=date(2023, 11, 18))
    assert held.occasion is not None and held.occasion.name == name


@pytest.mark.parametrize(
    "text",
    [
        "From Asunción, Jaishankar will travel to Buenos Aires, where he is expected to hold talks with "
        "the Argentine chancellor, Santiago Cafiero, and then to Brasília, where he will co-chair, with "
        "the chancellor Carlos França, the meeting of the India-Brazil Joint Commission.",
        "Xi will fly to Lima, where he will meet Peruvian President Dina Boluarte, and then to Rio de "
        "Janeiro, with his delegation, for the G20 summit.",
    ],
)
def test_the_gathering_of_the_next_stop_is_not_that_of_the_talks_where_the_trip_goes_first(meetings_in, text):
    found = meetings_in(text, published=date(2024, 11, 10))
    assert found and all(m.place is not None and m.occasion is None for m in found)


def test_a_gathering_the_trip_is_made_for_is_that_of_talks_told_where_it_is_held(meetings_in):
    (held,) = meetings_in(
        "Lula will travel to Rio de Janeiro for the G20 summit, where he will hold talks with Joe Biden.",
        published=date(2024, 11, 10),
    )
    assert held.occasion is not None and held.occasion.name == "G20 summit"


def test_the_summit_words_of_a_sentence_are_read_once_and_are_those_the_gathering_picks(nlp):
    """``gathering_come_for`` reads the words that are "the summit" once per sentence, not again
    for each meeting it tells: the same words :func:`the_gathering` picks one by one."""
    from extract.circumstances import _gatherings_told
    from extract.gatherings import the_gathering
    from extract.spans import doc_sentences, remember_sentences

    doc = nlp(
        "The summit opened in Tianjin on Sunday. Xi Jinping met Narendra Modi, who is in Tianjin for "
        "the summit, and Vladimir Putin, who attended that gathering too. The summits of 2023 were "
        "held elsewhere."
    )
    remember_sentences(doc)
    for sentence in doc_sentences(doc):
        assert _gatherings_told(sentence) == {t.i for t in sentence if the_gathering(t)}
    assert [len(_gatherings_told(s)) for s in doc_sentences(doc)] == [1, 2, 0]


def test_a_meeting_of_someone_in_town_for_the_summit_has_it_as_its_occasion(meetings_in):
    text = (
        "The Shanghai Cooperation Organisation summit opened in Tianjin on Sunday. Xi Jinping met "
        "Narendra Modi, who is in Tianjin for the summit, on Monday."
    )
    [met] = meetings_in(text)
    assert met.occasion is not None and met.occasion.name == "SCO summit"
    assert met.place is not None and met.place.city == "Tianjin"


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "After the summit Zelensky flew by helicopter to Sandringham in Norfolk, where he paid a "
            "courtesy call on King Charles III.",
            "Sandringham",
            "United Kingdom",
        ),
        ("Albanese flew to Perth in Scotland, where he met Keir Starmer.", "Perth", "United Kingdom"),
        ("Macron flew to Sochi in Russia, where he met Vladimir Putin.", "Sochi", "Russia"),
        ("Starmer flew to Perth, where he met Anthony Albanese.", "Perth", "Australia"),
    ],
)
def test_a_where_clause_on_a_place_told_in_another_is_in_the_one_of_that_countrys(
    meetings_in, text, city, country
):
    (held,) = meetings_in(text, published=date(2025, 3, 3))
    assert held.place is not None and (held.place.city, held.place.country) == (city, country)


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "The tour began in South Africa, where Blinken unveiled a new strategy for sub-Saharan Africa "
            "in Pretoria on Monday and held a strategic dialogue with Foreign Minister Naledi Pandor.",
            "Pretoria",
            "South Africa",
        ),
        (
            "Blinken then flew to Kenya, where he opened a consulate in Mombasa and met President "
            "William Ruto.",
            "Mombasa",
            "Kenya",
        ),
        # no city of its own in the clause: the country, not a stop told as before the talks
        (
            "Blinken then flew to Kenya, where he met President William Ruto after a stop in Addis Ababa.",
            None,
            "Kenya",
        ),
        ("Blinken then flew to Kenya, where he met President William Ruto.", None, "Kenya"),
    ],
)
def test_a_where_clause_on_a_country_is_in_the_city_the_clause_itself_names(meetings_in, text, city, country):
    (held,) = meetings_in(text, published=date(2022, 8, 10))
    assert held.place is not None and (held.place.city, held.place.country) == (city, country)


def _with(found, name: str):
    return next(m for m in found if name in {p.name for p in m.participants})


@pytest.mark.parametrize(
    "text",
    [
        "Indonesian Foreign Minister Sugiono met Egyptian Foreign Minister Badr Abdelatty in Cairo on "
        "Monday.\n\nSugiono arrived in Cairo on Sunday for a three-day visit, coming from Riyadh, where "
        "he attended the Arab-Islamic summit.",
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala on "
        "Tuesday.\n\nRuto arrived in Kampala on Monday for a two-day visit, flying in from Addis Ababa, "
        "where he attended the African Union summit.",
        "Japanese Foreign Minister Takeshi Iwaya met his Australian counterpart Penny Wong in Canberra on "
        "Saturday.\n\nIwaya arrived in Canberra on Friday for a two-day visit, flying in from Vientiane, "
        "where he attended the East Asia Summit.",
    ],
)
def test_a_gathering_attended_where_the_traveller_came_from_is_not_the_occasion_of_the_visit(
    meetings_in, text
):
    found = [m for m in meetings_in(text, published=date(2025, 2, 20)) if len(m.participants) > 1]
    assert found and all(m.occasion is None for m in found)


def test_talks_told_in_the_where_clause_of_the_place_come_from_keep_its_gathering(meetings_in):
    found = meetings_in(
        "Lavrov arrived in Pyongyang on Friday, flying in from Kuala Lumpur, where he attended the ASEAN "
        "Regional Forum and held talks with U.S. Secretary of State Marco Rubio on Thursday.",
        published=date(2025, 7, 12),
    )
    rubio = _with(found, "Marco Rubio")
    assert rubio.occasion is not None and "ASEAN" in rubio.occasion.name


def test_a_gathering_attended_where_the_traveller_went_is_still_the_occasion(meetings_in):
    (held,) = meetings_in(
        "Boric flew to Asunción on Thursday, where he attended the Mercosur summit and held talks with "
        "Paraguayan President Santiago Peña.",
        published=date(2025, 7, 4),
    )
    assert held.occasion is not None and "Mercosur" in held.occasion.name


# sentences of no gathering, to put the last "the summit" beyond the paragraphs read back
_FILLER = (
    "The two countries signed agreements on trade, energy and farming. " * 9
    + "\n\nOfficials said ministers discussed rail links, ports and the power grid. " * 9
    + "\n\nThe talks lasted more than an hour, aides said, and a joint statement followed. " * 9
)


def test_the_summit_told_far_down_is_the_one_the_headline_names(meetings_in):
    text = (
        "Ramaphosa hosts Lula ahead of BRICS summit in Johannesburg\n\n"
        "South African President Cyril Ramaphosa on Monday received Brazilian President Luiz Inácio "
        "Lula da Silva in Pretoria.\n\n" + _FILLER + "\n\nOn Wednesday, on the sidelines of the summit, "
        "Ramaphosa is scheduled to hold a bilateral meeting with Indian Prime Minister Narendra Modi."
    )
    modi = _with(meetings_in(text, published=date(2023, 8, 21)), "Narendra Modi")
    assert modi.occasion is not None and modi.occasion.name.startswith("BRICS")


@pytest.mark.parametrize(
    "headline",
    [
        "Ramaphosa hosts Lula ahead of BRICS summit and G20 summit",  # two gatherings: which one?
        "Ramaphosa hosts Lula in Pretoria.",  # a sentence, no headline
    ],
)
def test_the_summit_told_far_down_takes_no_headline_that_names_none_or_several(meetings_in, headline):
    text = (
        headline + "\n\nSouth African President Cyril Ramaphosa on Monday received Brazilian President "
        "Luiz Inácio Lula da Silva in Pretoria.\n\n" + _FILLER + "\n\nOn Wednesday, on the sidelines of "
        "the summit, Ramaphosa is scheduled to hold a bilateral meeting with Indian Prime Minister "
        "Narendra Modi."
    )
    modi = _with(meetings_in(text, published=date(2023, 8, 21)), "Narendra Modi")
    assert modi.occasion is None


# --- a stop still to come is not the city a description points back to ---------------------------


@pytest.mark.parametrize(
    "going",
    [
        "adding that he would go on to Copenhagen and Stockholm",
        "and he will then fly to Copenhagen and Stockholm",
    ],
)
def test_a_stop_still_to_come_is_no_city_the_old_town_points_to(meetings_in, going):
    text = (
        f"OSLO, June 2 (Reuters) - Canadian Prime Minister Mark Carney landed in Norway on Monday, {going}. "
        "Carney held talks with Norwegian Prime Minister Jonas Gahr Store at a palace in the Old Town."
    )
    found = meetings_in(text, published=date(2025, 6, 2))
    talks = [m for m in found if len(m.participants) == 2]
    assert talks and all(m.place is not None and m.place.city == "Oslo" for m in talks)


def test_a_stop_made_is_still_the_city_told_before(meetings_in):
    found = meetings_in(
        "Carney met Norwegian Prime Minister Jonas Gahr Store in Oslo on Monday and then flew to Stockholm. "
        "He met Swedish Prime Minister Ulf Kristersson in the city on Tuesday.",
        published=date(2025, 6, 4),
    )
    tuesday = [m for m in found if "Ulf Kristersson" in {p.name for p in m.participants}]
    assert tuesday and all(m.place is not None and m.place.city == "Stockholm" for m in tuesday)


# --- the town of the one who tells the news ----------------------------------------------------


def test_the_town_of_the_office_that_tells_the_news_is_no_venue(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto arrived in the Tanzanian capital on Tuesday morning and was "
        "received at the airport by Tanzanian Foreign Minister Mahmoud Kombo, the President's Press "
        "Division (PPD) in Nairobi said in a statement.",
        published=date(2025, 6, 3),
    )
    assert found and all(m.place is not None and m.place.country == "Tanzania" for m in found)


def test_a_town_set_apart_by_a_comma_before_the_telling_is_still_the_venue(meetings_in):
    found = meetings_in(
        "William Ruto held talks with Tanzanian Foreign Minister Mahmoud Kombo in Dodoma on Tuesday, "
        "officials in Nairobi said.",
        published=date(2025, 6, 3),
    )
    assert found and all(m.place is not None and m.place.city == "Dodoma" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "WARSAW, May 22 (PAP) - Polish President Andrzej Duda and German Chancellor Friedrich Merz held "
        "talks on Thursday, discussing preparations for the NATO summit in The Hague.",
        "Polish President Andrzej Duda and German Chancellor Friedrich Merz held talks in Warsaw on "
        "Thursday. They discussed the war in Ukraine and the summit in Vilnius.",
    ],
)
def test_a_gathering_inside_what_was_discussed_is_no_venue(meetings_in, text):
    # the summit is told inside the topic ("preparations for", "the war ... and"): its city is the
    # topic's, and the talks are where the dateline or the talks' own words put them
    found = meetings_in(text, published=date(2025, 5, 22))
    assert len(found) == 1 and found[0].place is not None and found[0].place.city == "Warsaw"
