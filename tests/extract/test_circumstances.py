"""Where and at which occasion a clause places what it reports (extract/circumstances.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.circumstances import occasion_told_before
from extract.datelines import dateline_place
from extract.gatherings import margins_occasion


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


def test_a_capitalised_name_is_not_the_summit_named_before(nlp):
    doc = nlp("Leaders met at the G20 summit in Rio. Lula spoke at the Amazon Summit.")
    sentence = list(doc.sents)[-1]
    assert occasion_told_before(sentence, {t.i for t in sentence}) is None


def test_the_next_summit_is_not_the_one_named_before(nlp):
    doc = nlp("Leaders met at the G20 summit in Rio. They will meet again at the next summit.")
    sentence = list(doc.sents)[-1]
    assert occasion_told_before(sentence, {t.i for t in sentence}) is None


def test_the_conference_s_sidelines_are_the_conference_named_before(nlp):
    doc = nlp(
        "Ministers gathered for the Munich Security Conference on Friday. Blinken met Jaishankar "
        "on the conference's sidelines."
    )
    sentence = list(doc.sents)[-1]
    told = occasion_told_before(sentence, {t.i for t in sentence})
    assert told is not None and told[0].name == "Munich Security Conference"


@pytest.mark.parametrize("word", ["conclave", "gathering"])
def test_the_conclave_is_any_gathering_named_before(nlp, word):
    doc = nlp(
        "Defence ministers arrived in Minsk for the CSTO defence ministers' meeting on Tuesday. "
        f"Shoigu and Khrenin held talks on the sidelines of the {word}."
    )
    sentence = list(doc.sents)[-1]
    told = occasion_told_before(sentence, {t.i for t in sentence})
    assert told is not None and told[0].name == "CSTO defence ministers' meeting"


def test_a_conclave_of_its_own_is_not_the_one_named_before(nlp):
    doc = nlp(
        "Leaders met at the G20 summit in Rio. Weeks later, cardinals opened a conclave in Rome. "
        "On the sidelines of the conclave, Parolin met Zuppi."
    )
    sentence = list(doc.sents)[-1]
    assert occasion_told_before(sentence, {t.i for t in sentence}) is None


# -- occasions spoken of, not attended -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The talks are due on the sidelines of the G20 summit in Rio.", "G20 summit"),
        (
            "The talks are due on the margins of the yearly summit of the Shanghai Cooperation "
            "Organisation in Astana.",
            "SCO summit",
        ),
        ("The talks are due on APEC sidelines in Lima.", "APEC summit"),
        ("The talks are due in Rio after the G20 summit.", None),
        ("The G20 summit in Rio runs from Monday.", None),
    ],
)
def test_the_gathering_a_clause_is_set_on_the_margins_of_is_read_through_its_words(nlp, text, name):
    sentence = next(iter(nlp(text).sents))
    occasion = margins_occasion(sentence, {t.i for t in sentence})
    assert (occasion.name if occasion else None) == name


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


def test_a_dateline_with_a_bar_between_day_and_year_gives_its_city(nlp):
    doc = nlp("Nairobi, March 4/2024 (KNA) - President William Ruto met President Samia Suluhu Hassan.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and (place.city, place.country) == ("Nairobi", "Kenya")


@pytest.mark.parametrize(
    "opening",
    [
        "Kyiv, May 5 /UKRINFORM/. President Volodymyr Zelensky met",
        "Kyiv, May 5, 2024 /UKRINFORM/. Zelensky met",
    ],
)
def test_an_agency_between_slashes_right_after_the_date_closes_a_dateline(nlp, opening):
    doc = nlp(f"{opening} Polish President Andrzej Duda.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and (place.city, place.country) == ("Kyiv", "Ukraine")


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("Asunción, May 6, 2024 (Télam) - President Santiago Peña met", "Asunción"),
        ("BOGOTÁ, April 17, 2024 (EFE) - President Gustavo Petro met", "Bogotá"),
    ],
)
def test_a_dateline_with_accented_letters_gives_its_city(nlp, opening, city):
    doc = nlp(f"{opening} Brazilian President Luiz Inacio Lula da Silva.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and place.city == city


def test_a_town_in_capitals_opens_a_dateline(nlp):
    doc = nlp("SINTRA, March 3 (Lusa) -- Luis Montenegro met Pedro Sanchez.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and place.city == "Sintra"


@pytest.mark.parametrize(
    ("opening", "city", "country"),
    [
        ("HALIFAX, N.S., May 2, 2024 (CP) -", "Halifax", "Canada"),
        ("SACRAMENTO, Calif. (AP) -", "Sacramento", "United States"),
        ("BRISBANE, Qld. (AAP) -", "Brisbane", "Australia"),
    ],
)
def test_a_state_abbreviated_after_the_city_opens_a_dateline(nlp, opening, city, country):
    doc = nlp(f"{opening} Justin Trudeau met Joe Biden at a hotel.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and (place.city, place.country) == (city, country)


def test_a_state_abbreviated_in_the_dateline_sets_the_scene_of_later_meetings(meetings_in):
    text = (
        "HALIFAX, N.S., May 2, 2024 (CP) - Prime Minister Justin Trudeau hosted leaders on Tuesday.\n"
        "Trudeau met separately with French President Emmanuel Macron."
    )
    meeting = _one(meetings_in(text, published=date(2024, 5, 2)), "Emmanuel Macron")
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == ("Halifax", "Canada")


def test_a_dateline_on_a_line_of_its_own_places_a_meeting_at_a_building_of_its_city(meetings_in):
    text = (
        "King meets Macron in Paris\n"
        "Paris, Feb. 11 (Petra)\n"
        "King Abdullah II met French President Emmanuel Macron at the Elysee Palace on Tuesday.\n"
        "On Monday, the King met at the Hotel Lutetia with French Foreign Minister Jean-Noel Barrot."
    )
    meeting = _one(meetings_in(text, published=date(2025, 2, 11)), "Jean-Noël Barrot")
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == ("Paris", "France")


def test_a_headline_in_brackets_on_a_line_of_its_own_is_no_dateline(nlp):
    doc = nlp("Trump and Putin (Analysis)\nThe two leaders met in Alaska.")
    assert dateline_place(next(iter(doc.sents))) is None


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


def test_an_agency_in_brackets_then_a_full_stop_and_a_dash_closes_a_dateline(nlp):
    doc = nlp("Mexico City, Sep 18 (EFE).- Mark Carney and Claudia Sheinbaum met at the National Palace.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and (place.city, place.country) == ("Mexico City", "Mexico")


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


def _day_of(found, name):
    meeting = _one(found, name)
    return meeting.date and (meeting.date.start, meeting.date.end)


@pytest.mark.parametrize("words", ["Earlier in the day", "Later in the day"])
def test_earlier_in_the_day_is_the_day_the_report_told_not_publication_day(meetings_in, words):
    text = (
        "Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris on Saturday.\n\n"
        "The two leaders had last met in Berlin in July.\n\n"
        f"{words}, Scholz met with French Prime Minister Gabriel Attal."
    )
    found = meetings_in(text, published=date(2024, 9, 23))
    assert _day_of(found, "Gabriel Attal") == (date(2024, 9, 21), date(2024, 9, 21))


def test_earlier_in_the_day_with_no_day_told_is_publication_day(meetings_in):
    found = meetings_in("Earlier in the day, Scholz met with French Prime Minister Gabriel Attal in Paris.")
    assert _day_of(found, "Gabriel Attal") == (date(2024, 11, 19), date(2024, 11, 19))


def test_the_same_day_counts_from_the_news_not_from_a_background_sentence(meetings_in):
    text = (
        "President Cyril Ramaphosa held talks with Kenyan President William Ruto in Pretoria on March 3, "
        "during Ruto's state visit from March 2 to 3.\n\n"
        "Ruto's previous trip to the country was in May 2019, when he attended an inauguration.\n\n"
        "The same day, Ruto met Deputy President Paul Mashatile."
    )
    found = meetings_in(text, published=date(2024, 3, 4))
    assert _day_of(found, "Paul Mashatile") == (date(2024, 3, 3), date(2024, 3, 3))


def test_a_recalled_meeting_takes_the_date_the_parse_hangs_on_the_verb_of_memory(meetings_in):
    text = (
        "The President also recalled his meeting with German Chancellor Olaf Scholz and French "
        "President Emmanuel Macron in Berlin on March 15."
    )
    meeting = _one(meetings_in(text, published=date(2024, 7, 8)), "Olaf Scholz")
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (date(2024, 3, 15),) * 2


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


@pytest.mark.parametrize("link", ["as", "while"])
def test_a_meeting_told_as_what_happened_meanwhile_takes_the_day_of_the_main_clause(meetings_in, link):
    text = (
        "Kenya, Uganda sign rail deal\n"
        "Kenya and Uganda on Tuesday signed an agreement to build the Eldoret-Kampala Railway (EKR), "
        f"{link} President William Ruto and President Yoweri Museveni met for the Kenya-Uganda Joint "
        "Commission."
    )
    (meeting,) = meetings_in(text, published=date(2025, 1, 9))
    assert meeting.date is not None and meeting.date.start == date(2025, 1, 7)


def test_the_conference_is_the_conference_told_before_not_a_meeting_told_since(meetings_in):
    text = (
        "Talks in Singapore\n"
        "Philippine President Ferdinand Marcos Jr. met Australian Prime Minister Anthony Albanese in "
        "Singapore on Saturday on the sidelines of the Shangri-La Dialogue. Marcos had skipped "
        "ASEAN-mediated talks with Chinese Premier Li Qiang planned in Jakarta the same month. Marcos "
        "also met Japanese Prime Minister Fumio Kishida on the sidelines of the conference on Saturday."
    )
    found = meetings_in(text, published=date(2024, 6, 2))
    (kishida,) = [m for m in found if any(p.name == "Fumio Kishida" for p in m.participants)]
    assert kishida.occasion is not None and "Shangri" in kishida.occasion.name
    assert kishida.place is not None and kishida.place.city == "Singapore"


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
    ("text", "start", "end"),
    [
        (
            "Marcos will meet Albanese in Melbourne next week, from March 4 to 6.",
            date(2024, 3, 4),
            date(2024, 3, 6),
        ),
        ("Lula will meet Xi Jinping in Beijing next week on Tuesday.", date(2024, 3, 5), date(2024, 3, 5)),
        (
            "Ruto will hold talks with Museveni in Kampala next month, on March 12.",
            date(2024, 3, 12),
            date(2024, 3, 12),
        ),
    ],
)
def test_days_told_inside_a_week_or_month_told_first_date_the_meeting(meetings_in, text, start, end):
    (plan,) = meetings_in(text, published=date(2024, 2, 29))
    assert plan.date is not None and (plan.date.start, plan.date.end) == (start, end)


def test_the_summit_its_own_sentence_names_takes_no_day_told_before(meetings_in):
    text = (
        "Tour\n"
        "Kenyan President William Ruto was received by President Joe Biden at the White House on "
        "November 12. The head of state then attended the APEC Economic Leaders' Meeting in Lima, "
        "Peru, where he sat down with Japanese Prime Minister Shigeru Ishiba on the sidelines of the summit."
    )
    found = meetings_in(text, published=date(2024, 11, 24))
    (lima,) = [m for m in found if m.place is not None and m.place.city == "Lima"]
    assert lima.date is None


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


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The two leaders agreed to take forward the understandings reached during the late "
            "president Ebrahim Raisi's visit to Pakistan in April, when Raisi held talks with Mr Sharif "
            "in Islamabad and the two sides signed eight agreements.",
            date(2024, 4, 1),
        ),
        (
            "The deal follows commitments made during Ruto's visit to Kampala in March, when he met "
            "President Yoweri Museveni at State House and the two ministers signed a memorandum.",
            date(2024, 3, 1),
        ),
        (
            "Shoigu was also a member of the delegation that accompanied Russian President Vladimir "
            "Putin on his state visit to North Korea on June 19, during which Putin and Kim Jong Un "
            "signed the treaty on comprehensive strategic partnership.",
            date(2024, 6, 19),
        ),
        (
            "Lavrov was part of the delegation that accompanied President Vladimir Putin on his visit "
            "to Hanoi on June 20, during which Putin and To Lam signed eleven agreements.",
            date(2024, 6, 20),
        ),
    ],
)
def test_a_when_or_during_which_clause_takes_the_date_it_refers_back_to(meetings_in, text, start):
    found = [m for m in meetings_in(text, published=date(2024, 9, 27)) if m.kind == "in_person"]
    assert found and all(m.date and m.date.start == start for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "U.S. President Joe Biden spoke by phone with Brazilian President Luiz Inácio Lula da Silva on "
        "Monday, congratulating him on his victory in Sunday's runoff. The same day, Argentine President "
        "Alberto Fernández met Lula in São Paulo.",
        "French President Emmanuel Macron called Polish Prime Minister Donald Tusk on Monday after Sunday's "
        "election. Later the same day, German Chancellor Olaf Scholz met Tusk in Warsaw.",
    ],
)
def test_the_same_day_never_counts_from_the_day_of_an_event_in_the_possessive(meetings_in, text):
    found = meetings_in(text, published=date(2024, 11, 19))
    assert len(found) == 2 and all(m.date and m.date.start == date(2024, 11, 18) for m in found)


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "U.S. President Joe Biden spoke by phone with Colombia's President-elect Gustavo "
            "Petro on Monday, congratulating the leftist on his victory over Rodolfo "
            "Hernandez in Sunday's runoff, the White House said.\n\nThe two leaders \"discussed "
            'the strong partnership between the United States and Colombia" and committed to '
            "keep working together on climate change, the White House said in a statement. "
            "Biden also invited Petro to visit Washington; no date has been set.\n\nOn the "
            "same day Mexican President Andres Manuel Lopez Obrador flew to Bogota to meet "
            "Petro in person, becoming the first foreign head of state to visit him since "
            "the election.",
            "Andrés Manuel López Obrador",
        ),
        (
            "Spanish Prime Minister Pedro Sanchez spoke by phone with Chile's "
            "President-elect Gabriel Boric on Monday, congratulating the leftist on his "
            "victory over Jose Antonio Kast in Sunday's runoff, the Moncloa said.\n\nThe two "
            'leaders "discussed the strong partnership between Spain and Chile" and '
            "committed to keep working together on climate change, the Moncloa said in a "
            "statement. Sanchez also invited Boric to visit Madrid; no date has been "
            "set.\n\nOn the same day Argentine President Alberto Fernandez flew to Santiago to "
            "meet Boric in person, becoming the first foreign head of state to visit him "
            "since the election.",
            "Alberto Fernández",
        ),
    ],
)
def test_a_meeting_a_trip_is_for_takes_the_trips_untagged_same_day(meetings_in, text, guest):
    found = meetings_in(text, published=date(2024, 11, 19))
    (meeting,) = [m for m in found if guest in {p.name for p in m.participants}]
    assert meeting.date and meeting.date.start == date(2024, 11, 18)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Carney then flew to Johannesburg. In Johannesburg, where he attended the G20 summit on "
            "November 22-23, Carney held talks with Indian Prime Minister Narendra Modi.",
            (date(2024, 11, 22), date(2024, 11, 23)),
        ),
        (
            "Modi had earlier met Xi in Astana. In Kazan, where he was on October 22-23 for the BRICS "
            "summit, Modi held talks with Chinese President Xi Jinping.",
            (date(2024, 10, 22), date(2024, 10, 23)),
        ),
        (
            "In Beijing, where he stayed from October 5 to 8, Lavrov met Wang Yi.",
            (date(2024, 10, 5), date(2024, 10, 8)),
        ),
    ],
)
def test_a_where_clause_on_the_meetings_own_place_gives_the_days_of_the_stay(meetings_in, text, days):
    found = [m for m in meetings_in(text, published=date(2024, 11, 24)) if not m.background]
    assert found and all(m.date and (m.date.start, m.date.end) == days for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The visit came a few days after Jordanian Foreign Minister Ayman Safadi and Iran's acting foreign "
        "minister Ali Bagheri Kani spoke by phone following the assassination of Hamas leader Ismail Haniyeh "
        "in Tehran on Wednesday.",
        "Erdogan spoke by phone with Putin after the attack on the Crimean bridge on Monday.",
    ],
)
def test_the_day_of_an_event_the_meeting_came_after_is_not_the_meetings(meetings_in, text):
    found = meetings_in(text, published=date(2024, 8, 4))
    assert found and all(m.date is None for m in found)


def test_the_day_of_a_summit_a_dinner_came_after_still_dates_the_dinner(meetings_in):
    (meeting,) = meetings_in(
        "Kishida hosted Yoon for dinner following their summit on Thursday.", date(2024, 8, 4)
    )
    assert meeting.date and meeting.date.start == date(2024, 8, 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Pakistani Prime Minister Shehbaz Sharif met IMF Managing Director Kristalina Georgieva, a day "
            "after the Fund's executive board on Wednesday approved a 7 billion dollar loan for Pakistan.",
            date(2024, 9, 26),
        ),
        (
            "Lavrov met Wang Yi in Beijing, a day after Chinese officials on Monday announced the visit.",
            date(2024, 9, 24),
        ),
        ("Blinken met Netanyahu two days after the cabinet on Sunday approved the deal.", date(2024, 9, 24)),
    ],
)
def test_days_counted_from_an_event_told_with_its_day_date_the_meeting(meetings_in, text, day):
    (meeting,) = meetings_in(text, published=date(2024, 9, 27))
    assert meeting.date and (meeting.date.start, meeting.date.end) == (day, day)


@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            '"This morning I had a call with President Emmanuel Macron," German Chancellor Olaf Scholz '
            "said on Friday.",
            date(2024, 11, 18),
            "Emmanuel Macron",
            (date(2024, 11, 15), date(2024, 11, 15)),
        ),
        (
            "Speaking to reporters on Saturday, Australian Prime Minister Anthony Albanese said: "
            '"Today I met New Zealand Prime Minister Christopher Luxon."',
            date(2024, 11, 18),
            "Christopher Luxon",
            (date(2024, 11, 16), date(2024, 11, 16)),
        ),
        (
            '"Yesterday I spoke with President Volodymyr Zelensky," British Prime Minister Keir Starmer '
            "told parliament on Monday.",
            date(2025, 3, 4),
            "Volodymyr Zelensky",
            (date(2025, 3, 2), date(2025, 3, 2)),
        ),
        (
            "Turkish President Recep Tayyip Erdogan told journalists on his return flight on Sunday: "
            '"I met Vladimir Putin in Astana earlier today."',
            date(2024, 6, 10),
            "Vladimir Putin",
            (date(2024, 6, 9), date(2024, 6, 9)),
        ),
        (
            '"Last week I hosted Chancellor Olaf Scholz in Warsaw," Polish Prime Minister Donald Tusk wrote '
            "on Saturday.",
            date(2024, 5, 20),
            "Olaf Scholz",
            (date(2024, 5, 6), date(2024, 5, 12)),
        ),
        (
            "Indian Prime Minister Narendra Modi said on Monday that he had spoken with Sri Lankan President "
            "Anura Kumara Dissanayake earlier in the day.",
            date(2025, 1, 22),
            "Anura Kumara Dissanayake",
            (date(2025, 1, 20), date(2025, 1, 20)),
        ),
        # no day told for the saying: the words count from publication
        (
            '"I spoke to President Donald Trump this morning," Canadian Prime Minister Mark Carney said.',
            date(2025, 3, 4),
            "Donald Trump",
            (date(2025, 3, 4), date(2025, 3, 4)),
        ),
    ],
)
def test_a_time_told_in_what_someone_said_on_a_day_counts_from_that_day(
    meetings_in, text, published, name, day
):
    assert _day_of(meetings_in(text, published=published), name) == day


def _plans_day(found, name):
    plans = [m for m in found if m.kind == "planned" and name in {p.name for p in m.participants}]
    assert len(plans) == 1, [(m.participants, m.kind) for m in found]
    return plans[0].date and (plans[0].date.start, plans[0].date.end)


@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            "US Secretary of State Marco Rubio is due to meet Russian Foreign Minister Sergei Lavrov in "
            "Riyadh, days after Donald Trump's phone call with Vladimir Putin on February 12.",
            date(2025, 2, 20),
            "Sergey Lavrov",
            None,
        ),
        (
            "Indian Prime Minister Narendra Modi will meet British Prime Minister Keir Starmer in London, "
            "his first trip abroad since his visit to Paris in February.",
            date(2025, 5, 10),
            "Keir Starmer",
            None,
        ),
        (
            "Chinese President Xi Jinping and Russian President Vladimir Putin will hold talks in Kazan, "
            "their first meeting since the SCO summit in July.",
            date(2024, 10, 1),
            "Vladimir Putin",
            None,
        ),
        (
            "US Secretary of State Antony Blinken will hold talks with Chinese Foreign Minister Wang Yi in "
            "Beijing next week, following Wang's visit to Washington in April.",
            date(2024, 6, 1),
            "Antony Blinken",
            (date(2024, 6, 3), date(2024, 6, 9)),
        ),
    ],
)
def test_a_plan_is_not_dated_by_what_came_before_it(meetings_in, text, published, name, day):
    assert _plans_day(meetings_in(text, published=published), name) == day


@pytest.mark.parametrize(
    "words",
    ["A day before, Putin had met", "A day before, Putin met", "The day before, Putin had held talks with"],
)
def test_a_day_before_told_with_no_event_after_it_counts_from_the_day_told(meetings_in, words):
    text = (
        "Chinese President Xi Jinping held talks with Vladimir Putin in Beijing on Tuesday. "
        f"{words} Chinese Premier Li Qiang."
    )
    found = meetings_in(text, published=date(2024, 5, 22))
    assert _day_of(found, "Li Qiang") == (date(2024, 5, 20), date(2024, 5, 20))


def test_the_day_after_told_at_the_end_of_a_sentence_counts_from_the_day_told(meetings_in):
    text = (
        "Xi Jinping held talks with Vladimir Putin in Beijing on Tuesday. Putin met Li Qiang the day after."
    )
    found = meetings_in(text, published=date(2024, 5, 24))
    assert _day_of(found, "Li Qiang") == (date(2024, 5, 22), date(2024, 5, 22))


# -- "a call scheduled for Friday": the day a plan's participle sets for a meeting word ----------
@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            "Lula said he would discuss the issue with Mexico's Andrés Manuel López Obrador and Colombia's "
            "Gustavo Petro in a phone call scheduled for Thursday.",
            date(2024, 8, 6),
            "Gustavo Petro",
            (date(2024, 8, 8), date(2024, 8, 8)),
        ),
        (
            "Egyptian President Abdel Fattah al-Sisi will hold talks with Jordan's King Abdullah II at a "
            "meeting scheduled for Thursday in Amman.",
            date(2024, 3, 12),
            "Abdullah II",
            (date(2024, 3, 14), date(2024, 3, 14)),
        ),
        (
            "Kenyan President William Ruto will meet Tanzanian President Samia Suluhu Hassan at a summit "
            "set for Saturday in Arusha.",
            date(2024, 3, 12),
            "Samia Suluhu Hassan",
            (date(2024, 3, 16), date(2024, 3, 16)),
        ),
        (
            "Indian Prime Minister Narendra Modi will speak with Japanese Prime Minister Fumio Kishida in a "
            "video call planned for Friday.",
            date(2024, 3, 12),
            "Fumio Kishida",
            (date(2024, 3, 15), date(2024, 3, 15)),
        ),
        (
            "Nigerian President Bola Tinubu is to receive Ghanaian President Nana Akufo-Addo for talks "
            "slated for March 20 in Abuja.",
            date(2024, 3, 12),
            "Nana Akufo-Addo",
            (date(2024, 3, 20), date(2024, 3, 20)),
        ),
        (
            "French President Emmanuel Macron will host Chinese President Xi Jinping for a state visit "
            "scheduled for May 6 and 7.",
            date(2024, 5, 2),
            "Xi Jinping",
            (date(2024, 5, 6), date(2024, 5, 7)),
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman will hold talks with Turkish President Recep Tayyip "
            "Erdogan during a visit planned for Monday.",
            date(2024, 5, 2),
            "Recep Tayyip Erdogan",
            (date(2024, 5, 6), date(2024, 5, 6)),
        ),
        (
            "Pakistani Prime Minister Shehbaz Sharif will meet Chinese Premier Li Qiang in a meeting "
            "scheduled for Wednesday afternoon.",
            date(2024, 3, 12),
            "Li Qiang",
            (date(2024, 3, 13), date(2024, 3, 13)),
        ),
    ],
)
def test_a_meeting_word_scheduled_for_a_day_is_planned_for_that_day(meetings_in, text, published, name, day):
    assert _plans_day(meetings_in(text, published=published), name) == day


# -- "during the visit, which runs until Sunday": a stay's last day is no day of a meeting --------
@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            "Zhao Leji, chairman of the Standing Committee of the National People's Congress, will also meet "
            "with Kenyan President William Ruto during the visit, which runs until Sunday.",
            date(2024, 11, 9),
            "William Ruto",
            (date(2024, 11, 9), date(2024, 11, 10)),
        ),
        (
            "Chinese Premier Li Qiang will hold talks with Brazilian President Luiz Inacio Lula da Silva "
            "during the state visit, which runs through Friday.",
            date(2024, 3, 12),
            "Li Qiang",
            (date(2024, 3, 12), date(2024, 3, 15)),
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman is expected to receive Turkish President Recep Tayyip "
            "Erdogan during the visit, which ends on Saturday.",
            date(2024, 3, 12),
            "Recep Tayyip Erdogan",
            (date(2024, 3, 12), date(2024, 3, 16)),
        ),
        (
            "French President Emmanuel Macron will also hold talks with Chinese President Xi Jinping during "
            "the trip, which runs until June 7.",
            date(2024, 6, 3),
            "Xi Jinping",
            (date(2024, 6, 3), date(2024, 6, 7)),
        ),
        (
            "German Chancellor Olaf Scholz will meet Indian Prime Minister Narendra Modi during the "
            "three-day visit, which runs through Wednesday.",
            date(2024, 6, 3),
            "Olaf Scholz",
            (date(2024, 6, 3), date(2024, 6, 5)),
        ),
    ],
)
def test_a_plan_during_a_stay_that_runs_until_a_day_is_of_the_days_up_to_then(
    meetings_in, text, published, name, day
):
    assert _plans_day(meetings_in(text, published=published), name) == day


@pytest.mark.parametrize(
    ("verb", "published", "kind", "day"),
    [
        (
            "will meet Indian Prime Minister Narendra Modi on Tuesday",
            date(2024, 6, 3),
            "planned",
            date(2024, 6, 4),
        ),
        (
            "met Indian Prime Minister Narendra Modi on Monday",
            date(2024, 6, 3),
            "in_person",
            date(2024, 6, 3),
        ),
    ],
)
def test_a_meeting_during_a_stay_that_runs_until_a_day_keeps_its_own_day(
    meetings_in, verb, published, kind, day
):
    text = f"German Chancellor Olaf Scholz {verb} during the three-day visit, which runs through Wednesday."
    (meeting,) = meetings_in(text, published=published)
    assert (meeting.kind, meeting.date.start, meeting.date.end) == (kind, day, day)


# -- "from Oct. 12 to 14": the last day of a span the tagger leaves out as a number ---------------
@pytest.mark.parametrize(
    ("text", "published", "name", "days"),
    [
        (
            "After the meetings in Laos, Chinese Premier Li Qiang will pay an official visit to Vietnam from "
            "Oct. 12 to 14, during which he will hold talks with Vietnamese Prime Minister Pham Minh Chinh.",
            date(2024, 10, 10),
            "Pham Minh Chinh",
            (date(2024, 10, 12), date(2024, 10, 14)),
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva will travel to Angola from Oct. 20 to 22, when he "
            "will hold talks with Angolan President Joao Lourenco.",
            date(2024, 10, 10),
            "João Lourenço",
            (date(2024, 10, 20), date(2024, 10, 22)),
        ),
        (
            "Chinese Premier Li Qiang held talks with Vietnamese Prime Minister Pham Minh Chinh in Hanoi "
            "during his visit from Oct. 12 to 14.",
            date(2024, 10, 30),
            "Pham Minh Chinh",
            (date(2024, 10, 12), date(2024, 10, 14)),
        ),
    ],
)
def test_a_span_of_days_whose_last_day_the_tagger_leaves_out_is_all_its_days(
    meetings_in, text, published, name, days
):
    assert _day_of(meetings_in(text, published=published), name) == days


# -- "was received at 11:18 local time": a clock time the tagger calls a number ------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Carney, who will be in Mexico for two days, was received at 11:18 local time (17:18 GMT) at the "
            "airport, on the outskirts of the Mexican capital, by Foreign Minister Juan Ramón de la Fuente.",
            "Juan Ramón de la Fuente",
        ),
        (
            "Indian Prime Minister Narendra Modi was received at 21:10 at the airport by Japanese Foreign "
            "Minister Takeshi Iwaya.",
            "Takeshi Iwaya",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva was received at 09:45 at the airport by Chinese "
            "Foreign Minister Wang Yi.",
            "Wang Yi",
        ),
    ],
)
def test_a_clock_time_the_meeting_was_held_at_dates_it_to_the_day_of_the_news(meetings_in, text, name):
    today = date(2025, 9, 18)
    assert _day_of(meetings_in(text, published=today), name) == (today, today)


# -- "will fly to Paris on Friday for talks with Macron on Saturday": the meeting's own day --------
@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            "Brazilian President Luiz Inacio Lula da Silva will fly to Paris on Friday for talks with French "
            "President Emmanuel Macron on Saturday.",
            date(2024, 3, 26),
            "Emmanuel Macron",
            date(2024, 3, 30),
        ),
        (
            "Kenyan President William Ruto will travel to Addis Ababa on Tuesday for a meeting with "
            "Ethiopian Prime Minister Abiy Ahmed on Wednesday.",
            date(2024, 3, 26),
            "Abiy Ahmed",
            date(2024, 3, 27),
        ),
        (  # a trip for talks with no day of their own: the trip's day
            "Kenyan President William Ruto will travel to Addis Ababa on Thursday for talks with Ethiopian "
            "Prime Minister Abiy Ahmed.",
            date(2024, 3, 26),
            "Abiy Ahmed",
            date(2024, 3, 28),
        ),
    ],
)
def test_a_meeting_a_trip_is_for_takes_its_own_day_not_the_trips(meetings_in, text, published, name, day):
    assert _plans_day(meetings_in(text, published=published), name) == (day, day)


# -- "the summit on Sunday was called off", told on Monday: the Sunday gone -----------------------
@pytest.mark.parametrize(
    ("published", "day"),
    [
        (date(2024, 10, 14), date(2024, 10, 13)),  # told on the Monday after: the Sunday gone
        (date(2024, 10, 16), date(2024, 10, 13)),  # on the Wednesday after: still that Sunday
        (date(2024, 10, 17), date(2024, 10, 20)),  # on a Thursday: the Sunday to come
    ],
)
def test_a_meeting_called_off_names_the_nearest_day_of_its_weekday(meetings_in, published, day):
    text = (
        "A summit in Nairobi on Sunday between Kenyan President William Ruto and Ugandan President "
        "Yoweri Museveni was called off after the two sides failed to agree on an agenda."
    )
    found = [m for m in meetings_in(text, published=published) if m.kind == "cancelled"]
    assert [(m.date.start, m.date.end) for m in found if m.date] == [(day, day)], found


@pytest.mark.parametrize(
    "text",
    [
        "A summit in Nairobi on Sunday between Kenyan President William Ruto and Ugandan President Yoweri "
        "Museveni will be postponed, officials said.",
        "Kenyan President William Ruto was due to meet Ugandan President Yoweri Museveni in Nairobi on "
        "Sunday.",
    ],
)
def test_a_meeting_not_yet_called_off_names_the_next_day_of_its_weekday(meetings_in, text):
    found = meetings_in(text, published=date(2024, 10, 14))
    assert [(m.date.start, m.date.end) for m in found if m.date] == [(date(2024, 10, 20), date(2024, 10, 20))]


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


# -- the meeting's city: namesakes read by the context, towns the table lacks -------------------
def _place_of(meetings, name):
    place = _one(meetings, name).place
    return (place.city, place.country) if place is not None else None


def test_a_city_with_namesakes_is_the_one_in_the_country_of_the_dateline(meetings_in):
    text = (
        "MADRID (Reuters) - Prime Minister Pedro Sanchez held talks with Moroccan Prime Minister "
        "Aziz Akhannouch in Cordoba on Monday."
    )
    assert _place_of(meetings_in(text), "Aziz Akhannouch") == ("Córdoba", "Spain")


def test_a_city_with_namesakes_and_no_context_stays_the_most_populous(meetings_in):
    text = "Argentine President Javier Milei met Chilean President Gabriel Boric in Cordoba on Monday."
    assert _place_of(meetings_in(text), "Gabriel Boric") == ("Córdoba", "Argentina")


def test_a_small_town_named_with_its_country_is_the_city(meetings_in):
    text = "Narendra Modi met Sri Lankan President Anura Kumara Dissanayake at Kovalam, India, on Friday."
    assert _place_of(meetings_in(text), "Narendra Modi") == ("Kovalam", "India")


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


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The trip came two days after Kagame met Tshisekedi in Luanda on Saturday.", date(2024, 11, 16)),
        (
            "The summit came three days after Ruto held talks with Museveni in Kampala on Friday, where "
            "they agreed to reopen the border.",
            date(2024, 11, 15),
        ),
    ],
)
def test_days_counted_from_a_meeting_told_with_its_day_date_what_came_after_not_the_meeting(
    meetings_in, text, day
):
    found = [m for m in meetings_in(text, published=date(2024, 11, 18)) if len(m.participants) == 2]
    assert found and all(m.date and (m.date.start, m.date.end) == (day, day) for m in found)


def test_the_day_of_what_a_plan_comes_before_is_not_the_plans(meetings_in):
    (meeting,) = meetings_in(
        "Ramaphosa is also due to meet Premier Li Qiang in Beijing before he returns to Pretoria on Friday.",
        published=date(2024, 11, 18),
    )
    assert meeting.kind == "planned"
    assert meeting.date is None


def test_a_plan_with_its_own_day_before_a_later_one_keeps_its_own(meetings_in):
    (meeting,) = meetings_in(
        "Ramaphosa will meet Premier Li Qiang in Beijing on Wednesday before he returns to Pretoria on "
        "Friday.",
        published=date(2024, 11, 18),
    )
    assert meeting.kind == "planned"
    assert meeting.date and meeting.date.start == date(2024, 11, 20)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Kenyan President William Ruto will visit Uganda in December.", (2025, 12)),
        # a plan told in the past may name the month just gone: reported late, or not gone ahead
        ("Kenyan President William Ruto was to visit Uganda in December.", (2024, 12)),
    ],
)
def test_a_month_gone_by_in_a_plan_told_with_will_is_the_next_one(meetings_in, text, month):
    (meeting,) = meetings_in(text, published=date(2025, 1, 20))
    assert meeting.date and (meeting.date.start.year, meeting.date.start.month) == month


# -- dates ----------------------------------------------------------------------------------------
def test_an_agency_named_bare_after_the_datelines_date_closes_the_dateline(meetings_in):
    text = (
        "BERLIN, Nov. 19 Kyodo - German Chancellor Olaf Scholz and French President Emmanuel Macron "
        "held talks in Berlin on Monday."
    )
    meeting = _one(meetings_in(text, published=date(2024, 11, 19)), "Emmanuel Macron")
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 18)


def test_a_dateline_with_an_agency_in_brackets_still_leaves_its_date_out(meetings_in):
    text = (
        "BERLIN, Nov. 19 (AFP) - German Chancellor Olaf Scholz and French President Emmanuel Macron "
        "held talks in Berlin on Monday."
    )
    meeting = _one(meetings_in(text, published=date(2024, 11, 19)), "Emmanuel Macron")
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 18)


def test_a_capitalised_word_and_a_dash_without_a_date_open_no_dateline_of_the_bare_agency_kind(nlp):
    doc = nlp("Scholz Macron - the two leaders met in Berlin on Monday.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is None or place.city != "Scholz Macron"


def test_a_day_told_alone_after_a_month_in_its_sentence_is_of_that_month(meetings_in):
    text = (
        "Olaf Scholz received Emmanuel Macron in Berlin on Monday. Their last talks came when Scholz "
        "flew to Paris in early March and met Macron at the Elysee Palace on the 7th."
    )
    days = {m.date.start for m in meetings_in(text) if m.date is not None and m.date.precision == "day"}
    assert date(2024, 3, 7) in days and date(2024, 11, 7) not in days


def test_a_day_told_alone_with_no_month_before_it_is_the_latest_such_day(meetings_in):
    text = "Olaf Scholz met Emmanuel Macron in Paris on the 7th."
    meeting = _one(meetings_in(text), "Emmanuel Macron")
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 7)


def test_the_day_of_a_meeting_told_as_an_earlier_one_never_dates_the_one_reported(meetings_in):
    text = (
        "Olaf Scholz held talks with Dutch Prime Minister Dick Schoof in Berlin. It was their second "
        "meeting, after their first encounter in Lisbon in March 2023."
    )
    in_berlin = [m for m in meetings_in(text) if m.place is not None and m.place.city == "Berlin"]
    assert in_berlin and all(m.date is None or m.date.start != date(2023, 3, 1) for m in in_berlin)


def test_a_meeting_after_another_told_without_being_an_earlier_one_still_takes_its_day(meetings_in):
    text = "Following their summit earlier in the day, Olaf Scholz hosted Emmanuel Macron for dinner."
    meeting = _one(meetings_in(text), "Emmanuel Macron")
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 19)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "The visit comes a day after Scholz met Belgian Prime Minister Alexander De Croo",
            date(2024, 11, 17),
        ),
        ("The talks came two days after Scholz held talks with Alexander De Croo", date(2024, 11, 16)),
    ],
)
def test_a_meeting_a_visit_came_days_after_is_that_many_days_before_the_news(meetings_in, told, expected):
    text = (
        "Olaf Scholz held talks with Emmanuel Macron in Paris on Monday.\n\n"
        "A statement said the leaders discussed trade.\n\n"
        f"{told} in Brussels."
    )
    meeting = _one(meetings_in(text), "Alexander De Croo")
    assert meeting.date is not None and meeting.date.start == expected


def test_a_meeting_told_after_a_day_that_no_visit_came_after_is_not_counted_back(meetings_in):
    text = (
        "Olaf Scholz held talks with Emmanuel Macron in Paris on Monday.\n\n"
        "Scholz spent a day in Brussels after he met Belgian Prime Minister Alexander De Croo there."
    )
    meeting = _one(meetings_in(text), "Alexander De Croo")
    assert meeting.date is None or meeting.date.start != date(2024, 11, 17)


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


# -- "On Thursday, Ruto travels to Kampala": the present simple of news tells what is scheduled ----
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On Thursday, Kenyan President William Ruto travels to Kampala for talks with Ugandan "
            "President Yoweri Museveni.",
            date(2024, 10, 17),
        ),
        (
            "Kenyan President William Ruto meets Ugandan President Yoweri Museveni in Kampala on Thursday.",
            date(2024, 10, 17),
        ),
        (  # the weekday of publication: today
            "On Monday, Kenyan President William Ruto travels to Kampala for talks with Ugandan "
            "President Yoweri Museveni.",
            date(2024, 10, 14),
        ),
        (  # told in the past: the Thursday gone by
            "On Thursday, Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala.",
            date(2024, 10, 10),
        ),
        (  # the present of a relative clause describes, it schedules nothing
            "Kenyan President William Ruto, who on Thursday heads the delegation, met Ugandan President "
            "Yoweri Museveni in Kampala.",
            date(2024, 10, 10),
        ),
        (  # a headline tells the news just gone by
            "Kenyan President William Ruto Meets Ugandan President Yoweri Museveni In Kampala On Thursday",
            date(2024, 10, 10),
        ),
    ],
)
def test_a_weekday_told_in_the_present_simple_of_the_body_is_the_next_one(meetings_in, text, day):
    found = [m for m in meetings_in(text, published=date(2024, 10, 14)) if m.date]
    assert [(m.date.start, m.date.end) for m in found] == [(day, day)], found
