"""The wire dateline of a line and of the article, and the city it names (extract/datelines.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.datelines import byline_place, dateline_end, dateline_place


def _one(meetings, name):
    found = [m for m in meetings if name in {p.name for p in m.participants}]
    assert len(found) == 1, [m.participants for m in meetings]
    return found[0]


# -- a dateline's city, and where it ends ----------------------------------------------------------
def test_a_dateline_with_a_bar_between_day_and_year_gives_its_city(nlp):
    doc = nlp("Nairobi, March 4/2024 (KNA) - President William Ruto met President Samia Suluhu Hassan.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and (place.city, place.country) == ("Nairobi", "Kenya")


_BRACKETED = (
    "Male [Maldives], August 10 (ANI): Indian External Affairs Minister S Jaishankar met Maldivian "
    "Defence Minister Mohamed Ghassan Maumoon on Friday."
)


def test_a_city_named_with_its_country_in_brackets_opens_a_dateline(nlp):
    place = dateline_place(next(iter(nlp(_BRACKETED).sents)))
    assert place is not None and (place.city, place.country) == ("Male", "Maldives")


def test_the_date_of_a_dateline_in_brackets_is_the_reports_not_the_meetings(meetings_in):
    meeting = _one(meetings_in(_BRACKETED, published=date(2024, 8, 10)), "Mohamed Ghassan Maumoon")
    assert meeting.date is not None and meeting.date.start == date(2024, 8, 9)


def test_a_bracket_naming_no_country_makes_no_dateline(nlp):
    doc = nlp("Ukraine talks [update]: President Volodymyr Zelensky met President Emmanuel Macron.")
    assert dateline_end(next(iter(doc.sents))) == 0


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


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("Riyadh, Rajab 5, 1445, January 17, 2024, SPA -- The Crown Prince received", "Riyadh"),
        ("Doha, 3 Shawwal 1444 AH, 23 April 2023 (QNA) -- The Amir received", "Doha"),
        ("Muscat, Safar 20, 1446, August 24, 2024 (ONA) -- The Sultan received", "Muscat"),
    ],
)
def test_a_dateline_with_a_hijri_date_before_the_gregorian_one_gives_its_city(nlp, opening, city):
    doc = nlp(f"{opening} the Jordanian foreign minister.")
    sentence = next(iter(doc.sents))
    place = dateline_place(sentence)
    assert place is not None and place.city == city
    assert doc.text[dateline_end(sentence) :].lstrip(" -").startswith("The ")


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


@pytest.mark.parametrize(
    ("opening", "city", "country"),
    [
        ("Bogor, W Java (ANTARA) -", "Bogor", "Indonesia"),
        ("Makassar, S Sulawesi (ANTARA) -", "Makassar", "Indonesia"),
        ("Medan, North Sumatra (ANTARA) -", "Medan", "Indonesia"),
        ("Cebu City, C. Visayas (PNA) -", "Cebu City", "Philippines"),
    ],
)
def test_a_region_named_by_a_point_of_the_compass_after_the_city_opens_a_dateline(
    nlp, opening, city, country
):
    doc = nlp(f"{opening} President Joko Widodo received Prime Minister Anthony Albanese on Monday.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and (place.city, place.country) == (city, country)


@pytest.mark.parametrize(
    "opening", ["Bogor, W Java (ANTARA) -", "Surabaya, E Java (ANTARA) -", "Makassar, S Sulawesi (ANTARA) -"]
)
def test_the_words_of_a_datelines_region_are_no_one(meetings_in, opening):
    text = f"{opening} President Joko Widodo received Prime Minister Anthony Albanese on Monday."
    found = [sorted(p.name for p in m.participants) for m in meetings_in(text)]
    assert found == [["Anthony Albanese", "Joko Widodo"]]


def test_a_word_after_the_compass_point_of_no_known_town_opens_no_dateline(nlp):
    doc = nlp("Widodo, W Java (ANTARA) - The president received Albanese on Monday.")
    assert dateline_place(next(iter(doc.sents))) is None


@pytest.mark.parametrize(
    ("opening", "city", "country"),
    [
        ("RAMSTEIN AIR BASE, Germany —", "Ramstein", "Germany"),
        ("KADENA AIR BASE, Japan (AP) —", "Kadena", "Japan"),
        ("YOKOSUKA NAVAL BASE, Japan, March 3 (Reuters) -", "Yokosuka", "Japan"),
        ("INCIRLIK AIR BASE, Turkey —", "Incirlik", "Turkey"),
    ],
)
def test_a_military_base_named_for_its_town_opens_a_dateline_in_that_town(nlp, opening, city, country):
    doc = nlp(f"{opening} Defense Secretary Lloyd Austin met troops and local officials on Tuesday.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and (place.city, place.country) == (city, country)


def test_a_base_without_its_country_opens_no_dateline(nlp):
    doc = nlp("KADENA AIR BASE — Defense Secretary Lloyd Austin met troops on Tuesday.")
    assert dateline_place(next(iter(doc.sents))) is None


def test_a_base_dateline_places_the_meetings_told_under_it(meetings_in):
    text = (
        "INCIRLIK AIR BASE, Turkey — U.S. Defense Secretary Lloyd Austin visited the base on Tuesday.\n"
        "He later held talks with Turkish Defense Minister Yasar Guler."
    )
    meeting = _one(meetings_in(text, published=date(2024, 5, 2)), "Yasar Guler")
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == ("Incirlik", "Turkey")


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


def test_an_agency_in_brackets_then_a_full_stop_and_a_dash_closes_a_dateline(nlp):
    doc = nlp("Mexico City, Sep 18 (EFE).- Mark Carney and Claudia Sheinbaum met at the National Palace.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and (place.city, place.country) == ("Mexico City", "Mexico")


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


@pytest.mark.parametrize(
    "opening",
    [
        "BERLIN, Nov. 19 /Agerpres/ -",
        "Berlin, November 19 /BTA/ -",
        "Berlin, 19 November /Tanjug/ –",
    ],
)
def test_an_agency_between_slashes_before_a_dash_closes_a_dateline_and_leaves_its_date_out(
    nlp, meetings_in, opening
):
    text = (
        f"{opening} German Chancellor Olaf Scholz received French President Emmanuel Macron "
        "in Berlin on Monday."
    )
    meeting = _one(meetings_in(text, published=date(2024, 11, 19)), "Emmanuel Macron")
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 18)
    place = dateline_place(next(iter(nlp(text).sents)))
    assert place is not None and (place.city, place.country) == ("Berlin", "Germany")


def test_words_between_slashes_in_a_sentence_open_no_dateline(nlp):
    doc = nlp("Scholz and/or Macron /said/ - nothing more.")
    assert dateline_place(next(iter(doc.sents))) is None


def test_a_capitalised_word_and_a_dash_without_a_date_open_no_dateline_of_the_bare_agency_kind(nlp):
    doc = nlp("Scholz Macron - the two leaders met in Berlin on Monday.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is None or place.city != "Scholz Macron"


@pytest.mark.parametrize(
    "opening",
    [
        "Tashkent, June 3 (UZA). President Shavkat Mirziyoyev received",
        "TASHKENT, JUNE 3, UZA. President Shavkat Mirziyoyev received",
        "Tashkent, 3 June, UZA. President Shavkat Mirziyoyev received",
        "Tashkent, June 3 (Uza). President Shavkat Mirziyoyev received",
        # an agency's name in mixed case, as the state agencies write it: UzA, KazTAG
        "Tashkent, 3 June (UzA). President of the Republic of Uzbekistan Shavkat Mirziyoyev received",
        "Tashkent, June 3 (KazTAG). President Shavkat Mirziyoyev received",
    ],
)
def test_an_agency_closed_by_a_full_stop_after_the_date_closes_a_dateline(meetings_in, opening):
    # the full stop parts the dateline from the lead; the lead's meeting is still in its city
    text = f"{opening} Kyrgyz Foreign Minister Jeenbek Kulubaev on Monday."
    found = meetings_in(text, published=date(2025, 6, 3))
    assert [(m.place.city if m.place else None) for m in found] == ["Tashkent"]


@pytest.mark.parametrize(
    "opening",
    [
        "Mirziyoyev, Kulubaev (UZA). Talks",
        "Lula, Maduro, AP. Talks",
        "Mirziyoyev, Kulubaev (Uza). Talks",
        "Mirziyoyev, Kulubaev (UzA). Talks",
    ],
)
def test_names_before_an_agency_and_a_full_stop_are_no_dateline(nlp, opening):
    assert dateline_place(next(iter(nlp(f"{opening} were held.").sents))) is None


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("Baku, AZERTAC -- President Ilham Aliyev received", "Baku"),
        ("ANKARA, TRT – President Recep Tayyip Erdogan received", "Ankara"),
        ("Dushanbe, Asia-Plus -- President Emomali Rahmon received", "Dushanbe"),
    ],
)
def test_an_agency_named_bare_after_the_city_without_a_date_closes_a_dateline(nlp, opening, city):
    doc = nlp(f"{opening} the Hungarian foreign minister Peter Szijjarto.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and place.city == city


@pytest.mark.parametrize(
    "opening", ["Ukraine, NATO - what comes next", "Orban, EU -- a quarrel", "Scholz, NATO -- talks"]
)
def test_an_acronym_after_a_country_or_a_name_opens_no_dateline(nlp, opening):
    assert dateline_place(next(iter(nlp(f"{opening} in Brussels.").sents))) is None


def test_the_city_of_a_dateline_with_a_bare_agency_sets_the_scene(meetings_in):
    text = (
        "Doha, QNA -- The Qatari prime minister Sheikh Mohammed bin Abdulrahman Al Thani held a "
        "meeting with the Turkish foreign minister Hakan Fidan on Sunday."
    )
    meeting = _one(meetings_in(text, published=date(2024, 9, 2)), "Hakan Fidan")
    assert meeting.place is not None and meeting.place.city == "Doha"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Leaders agree on rail link\n\n18 Aug, 2024\nTendai Moyo in HARARE, Zimbabwe\n\n"
            "PRESIDENT William Ruto and his counterpart, President Yoweri Museveni, yesterday held "
            "bilateral talks on the sidelines of the summit.",
            "Harare",
        ),
        (
            "Leaders agree on rail link\n\nBy Amina Bello in Dakar\n\n"
            "Nigerian President Bola Tinubu held talks with Ghanaian President John Mahama on Saturday.",
            "Dakar",
        ),
        (
            "Leaders agree on rail link\n\nStaff Correspondent | Nairobi\n\n"
            "Ugandan President Yoweri Museveni held talks with Kenyan President William Ruto in the capital "
            "on Saturday.",
            "Nairobi",
        ),
        (
            "Leaders agree on rail link\n\nBy Our Special Correspondent, Accra\n\n"
            "Nigerian President Bola Tinubu held talks with Ghanaian President John Mahama on Saturday.",
            "Accra",
        ),
    ],
)
def test_a_correspondents_byline_places_a_meeting_told_without_a_place(meetings_in, text, city):
    found = meetings_in(text, published=date(2024, 8, 18))
    assert found and all(m.place is not None and m.place.city == city for m in found)


# -- a dateline of several cities joined by slashes ------------------------------------------------
@pytest.mark.parametrize(
    "opening",
    [
        "PARIS/BERLIN, Nov 19 (Reuters) -",
        "BRASILIA/BUENOS AIRES, Nov. 19 (Reuters) -",
        "TOKYO/SEOUL/BEIJING, Nov 19 (AFP) -",
    ],
)
def test_a_dateline_of_several_cities_leaves_its_date_out_of_the_meeting(nlp, meetings_in, opening):
    text = (
        f"{opening} Brazilian President Luiz Inacio Lula da Silva held talks with Spanish Prime Minister "
        "Pedro Sanchez on Monday."
    )
    meeting = _one(meetings_in(text, published=date(2024, 11, 19)), "Pedro Sánchez")
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 18)
    assert dateline_place(next(iter(nlp(text).sents))) is None  # no one city is where it happened


def test_a_dateline_of_several_cities_sets_no_scene_of_a_meeting_with_no_place(meetings_in):
    text = (
        "LONDON/NAIROBI, Nov 19 (Reuters) - Kenyan President William Ruto held talks with British "
        "Prime Minister Keir Starmer on Monday."
    )
    meeting = _one(meetings_in(text, published=date(2024, 11, 19)), "Keir Starmer")
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 18)
    assert meeting.place is None or meeting.place.city not in {"London", "Nairobi"}


def test_names_joined_by_a_slash_in_words_open_no_dateline(nlp):
    doc = nlp("Moscow/Kyiv, the talks: Russian and Ukrainian envoys met in Istanbul on Monday.")
    assert dateline_place(next(iter(doc.sents))) is None


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("NAIROBI // Kenyan President William Ruto met", "Nairobi"),
        ("DOHA // Qatar's Emir received", "Doha"),
    ],
)
def test_a_dateline_closed_by_a_double_slash_gives_its_city(nlp, opening, city):
    doc = nlp(f"{opening} Ugandan President Yoweri Museveni on Monday.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and place.city == city


def test_a_dateline_closed_by_a_double_slash_places_the_lead_meeting(meetings_in):
    (meeting,) = meetings_in(
        "NAIROBI // Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday, the "
        "first state visit by a Ugandan leader in a decade."
    )
    assert meeting.place is not None and meeting.place.city == "Nairobi"


# -- a town and its state or country closed by a full stop -------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        (
            "Hamburg, Germany. Chancellor Olaf Scholz received Polish President Andrzej Duda on Tuesday. "
            "Duda had travelled to Germany for the port's anniversary. He also held talks with Finnish "
            "President Alexander Stubb on Tuesday.",
            "Alexander Stubb",
            "Hamburg",
        ),
        (
            "Kananaskis, Alberta. Mexican President Claudia Sheinbaum had travelled to Canada for the G7 "
            "summit. She held a bilateral meeting on Tuesday morning with Prime Minister Mark Carney.",
            "Mark Carney",
            "Kananaskis",
        ),
        (
            "Cusco, Peru. Peruvian President Dina Boluarte welcomed Chilean President Gabriel Boric on "
            "Monday, during his state visit to Peru. Boric later met Peruvian Prime Minister "
            "Gustavo Adrianzen.",
            "Gustavo Adrianzen",
            "Cusco",
        ),
    ],
)
def test_a_town_and_its_state_closed_by_a_full_stop_is_the_dateline(meetings_in, text, name, city):
    meeting = _one(meetings_in(text), name)
    assert meeting.place is not None and meeting.place.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine, Russia. Envoys of both met in Istanbul on Monday.",
        "Lyon, France, 3 May. The two ministers met on Monday.",
        "Paris, the capital. The two ministers met on Monday.",
    ],
)
def test_no_town_placed_by_its_state_before_the_stop_opens_no_dateline(nlp, text):
    assert dateline_place(next(iter(nlp(text).sents))) is None


# -- an agency of several words in brackets after the date, the story going straight on ------------
@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("Havana, Apr 20 (Prensa Latina) Cuban President Miguel Diaz-Canel received", "Havana"),
        ("Santo Domingo, Feb 6 (Prensa Latina) President Luis Abinader received", "Santo Domingo"),
        ("Caracas, 5 Mar (Agencia Venezolana) President Nicolas Maduro received", "Caracas"),
    ],
)
def test_an_agency_of_several_words_in_brackets_after_the_date_closes_a_dateline(nlp, opening, city):
    doc = nlp(f"{opening} Russian Foreign Minister Sergei Lavrov on Thursday.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and place.city == city


def test_the_city_of_a_dateline_with_an_agency_of_several_words_places_the_lead(meetings_in):
    text = (
        "Havana, Apr 20 (Prensa Latina) Cuban President Miguel Diaz-Canel received on Thursday Russian "
        "Foreign Minister Sergei Lavrov, who is on a tour of Latin America."
    )
    (meeting,) = meetings_in(text, published=date(2023, 4, 20))
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == ("Havana", "Cuba")


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Doha (Qatar News Agency) Rubio met the emir.",  # no date: a headline's words
        "PRENSA LATINA | Latin America | February 6, 2025",  # an agency's masthead
    ],
)
def test_no_date_or_an_agencys_masthead_opens_no_dateline(nlp, text):
    assert dateline_place(next(iter(nlp(text).sents))) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "TALLINN, Jan 11 (Reuters) - Ukrainian President Volodymyr Zelensky met Estonian President Alar "
            "Karis on Thursday. He also held talks with Prime Minister Kaja Kallas.",
            ("Tallinn", "Estonia"),
        ),
        (  # a country whose affairs the talks spoke of is no other place
            "Havana, Apr 20 (Prensa Latina) Cuban President Miguel Diaz-Canel received Russian Foreign "
            "Minister Sergei Lavrov on Thursday. During the meeting, the two discussed the situation in "
            "Ukraine.",
            ("Havana", "Cuba"),
        ),
    ],
)
def test_the_dateline_still_places_the_meetings_whose_words_name_no_other_place(meetings_in, text, place):
    meetings = meetings_in(text, published=date(2024, 1, 11))
    assert meetings and all(m.place is not None for m in meetings)
    assert {(m.place.city, m.place.country) for m in meetings if m.place} == {place}


# -- a town too small for the gazetteer, before its country -----------------------------------------
@pytest.mark.parametrize(
    ("opening", "city", "country"),
    [
        ("BAGAN, Myanmar, July 3 (Xinhua) --", "Bagan", "Myanmar"),
        ("RINCÓN DEL CERRO, Uruguay, Dec 5 (AP) —", "Rincón del Cerro", "Uruguay"),
        ("NYAUNG-U, Myanmar (AP) -", "Nyaung-U", "Myanmar"),
        ("KOMPONG SPEU, Cambodia, March 2 (Reuters) -", "Kompong Speu", "Cambodia"),
    ],
)
def test_a_small_town_before_its_country_opens_a_dateline_in_that_town(nlp, opening, city, country):
    doc = nlp(f"{opening} Foreign Minister Wang Yi met his counterparts on Sunday.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is not None and (place.city, place.country) == (city, country)


@pytest.mark.parametrize(
    "opening",
    [
        "Bagan, Myanmar, July 3 (Xinhua) --",  # not in capitals: a headline's words as often as a town
        "SOUTH KIVU, Congo, May 3 (AP) -",  # a province, not a town
        "BAGAN, Myanmar — The",  # no date nor agency after the country
        "VOSTOCHNY COSMODROME, Russia, Sept 13 (Reuters) -",  # a launch site, no town
        "CAMP DAVID, Maryland, Aug 18 (AP) -",  # a camp
        "KARIBA DAM, Zimbabwe, May 3 (AFP) -",  # a dam
    ],
)
def test_an_unknown_name_not_written_as_a_wire_dateline_is_no_town(nlp, opening):
    doc = nlp(f"{opening} Foreign Minister Wang Yi met his counterparts on Sunday.")
    place = dateline_place(next(iter(doc.sents)))
    assert place is None or place.city is None


def test_a_small_towns_dateline_places_the_meetings_told_under_it(meetings_in):
    text = (
        "BAGAN, Myanmar, July 3 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Thai "
        "Foreign Minister Don Pramudwinai here on Sunday.\n"
        "Wang also met Cambodian Foreign Minister Prak Sokhonn."
    )
    for name in ("Don Pramudwinai", "Prak Sokhonn"):
        meeting = _one(meetings_in(text, published=date(2022, 7, 3)), name)
        assert meeting.place is not None and (meeting.place.city, meeting.place.country) == (
            "Bagan",
            "Myanmar",
        )


@pytest.mark.parametrize(
    "byline",
    ["By Sports Desk, Kun.uz", "Staff Reporter | Updated 19 Nov 2024", "By Staff Writer, Reuters"],
)
def test_a_desks_byline_naming_no_city_places_nothing(byline):
    assert byline_place(f"Leaders agree on rail link\n{byline}\nThe President met ...") is None
