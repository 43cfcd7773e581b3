from __future__ import annotations

from datetime import date

import pytest
from builders import day, days, extraction, report

from extract.records import DateSpan, Document, Evidence, Extraction, Meeting, Occasion, Person, Place
from graph.merge import announced, conflicts, explain, merge_meetings, merge_people, same_meeting, same_name
from graph.records import MergedMeeting


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Anthony Blinken", "Antony Blinken"),
        ("Péter Szijjártó", "Peter Szijjarto"),
        ("Đorđe Petrović", "Djordje Petrovic"),
        ("Dragan Đilas", "Dragan Djilas"),
        ("Zoran Đurić", "Zoran Duric"),
        ("Karim Abdelghaffar", "Karim Abdulghafar"),
        ("Hamdi Abdel Salam", "Hamdi Abdul Salam"),
        ("Nabil Fahmy", "Nabil Fahmi"),
        # the parts of an Arabic name joined or apart
        ("Abdelfattah Elsisi", "Abdel Fattah el-Sisi"),
        ("Abdulaziz Kamilov", "Abdul Aziz Kamilov"),
        ("Mohamed Elmenfi", "Mohamed al-Menfi"),
        ("Ahmed Aboulgheit", "Ahmed Aboul Gheit"),
        ("Abdelmadjid Tebboune", "Abdel Madjid Tebboune"),
        # Cyrillic letters romanised two ways: y/i, kh/h, zh/j, h/g, w/v
        ("Andrii Sybiha", "Andriy Sybiga"),
        ("Dmytro Kuleba", "Dmitry Kuleba"),
        ("Sergei Shoigu", "Sergey Shoygu"),
        ("Mykhailo Podolyak", "Mikhail Podolyak"),
        ("Gurbanguly Berdimuhamedow", "Gurbanguly Berdymukhamedov"),
        # Belarusian "-ou" for the Russian "-ov", "ks" for "x"
        ("Maxim Ryzhenkov", "Maksim Ryzhankou"),
    ],
)
def test_transliterated_spellings_are_one_person(a: str, b: str) -> None:
    people = merge_people(
        [extraction("d1", people=(Person(name=a),)), extraction("d2", people=(Person(name=b),))]
    )
    assert len(people) == 1
    assert {people.people[0].name, *people.people[0].aliases} == {a, b}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Wang Yi", "Wang Wenbin"),
        ("Kim Jong Un", "Kim Yo Jong"),
        ("Li Qiang", "Li Keqiang"),
        ("Ahmed Abdelaziz", "Ahmed Abdelkader"),
        ("Dana Petrovic", "Djordje Petrovic"),
        ("Abdel Fattah el-Sisi", "Abdel Fattah Burhan"),
        ("Elena Petrova", "Alena Petrova"),
        ("Han Zheng", "Gan Zheng"),
    ],
)
def test_different_people_with_alike_names_stay_apart(a: str, b: str) -> None:
    assert not same_name(a, b)
    people = merge_people([extraction("d1", people=(Person(name=a), Person(name=b)))])
    assert len(people) == 2


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Mauro Luiz Iecker Vieira", "Mauro Vieira"),
        ("Joao Manuel Goncalves Lourenco", "Joao Lourenco"),
        ("Luis Alberto Arce Catacora", "Luis Arce"),
        ("Ruben Dario Ramirez Lezcano", "Ruben Ramirez"),
        ("Maria Fernanda Espinosa Garces", "Maria Espinosa"),
    ],
)
def test_a_name_written_in_full_with_two_more_words_is_one_person_across_articles(
    full: str, short: str
) -> None:
    people = merge_people(
        [extraction("readout", people=(Person(name=full),)), extraction("wire", people=(Person(name=short),))]
    )
    assert len(people) == 1


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Hamid al-Karimi al-Jubouri", "Hamid al-Jubouri"),
        ("Youssef el-Masri el-Shazly", "Youssef el-Shazly"),
        ("Nadia al-Hariri Mansour", "Nadia Mansour"),
    ],
)
def test_a_name_with_a_middle_name_and_its_article_left_out_is_one_person_across_articles(
    full: str, short: str
) -> None:
    people = merge_people(
        [extraction("readout", people=(Person(name=full),)), extraction("wire", people=(Person(name=short),))]
    )
    assert len(people) == 1


def test_a_name_with_its_article_and_last_name_left_out_stays_apart() -> None:
    # "Hamid al-Karimi" is not "Hamid al-Karimi al-Jubouri" shortened by a middle name: its
    # last name is the one left out, and a family name stays apart across articles
    people = merge_people(
        [
            extraction("d1", people=(Person(name="Hamid al-Karimi al-Jubouri"),)),
            extraction("d2", people=(Person(name="Hamid al-Karimi"),)),
        ]
    )
    assert len(people) == 2


def test_a_name_with_a_given_name_before_it_is_one_person_across_articles() -> None:
    people = merge_people(
        [
            extraction("d1", people=(Person(name="Muhammad Karim Haddad"),)),
            extraction("d2", people=(Person(name="Karim Haddad"),)),
        ]
    )
    assert len(people) == 1


@pytest.mark.parametrize(
    ("relative", "official"),
    [("Maryam Nawaz Sharif", "Nawaz Sharif"), ("Hamza Shehbaz Sharif", "Shehbaz Sharif")],
)
def test_a_given_name_of_ones_own_before_a_relatives_name_stays_apart_across_articles(
    relative: str, official: str
) -> None:
    people = merge_people(
        [
            extraction("d1", people=(Person(name=relative),)),
            extraction("d2", people=(Person(name=official),)),
            extraction("d3", people=(Person(name="Maryam Nawaz"),)),
        ]
    )
    assert len(people) == (2 if relative.startswith("Maryam") else 3)


def test_a_name_ending_in_a_family_name_with_its_particle_stays_apart_across_articles() -> None:
    people = merge_people(
        [
            extraction("d1", people=(Person(name="Tamim Hamad Al Thani"),)),
            extraction("d2", people=(Person(name="Hamad Al Thani"),)),
        ]
    )
    assert len(people) == 2


@pytest.mark.parametrize(
    ("full", "short"),
    [
        (
            Person(name="Ratu Wiliame Katonivere", role="President"),
            Person(name="Wiliame Katonivere", role="President", country="Fiji"),
        ),
        (
            Person(name="Hu'akavameiliku Siaosi Sovaleni", role="Prime Minister"),
            Person(name="Siaosi Sovaleni", role="Prime Minister"),
        ),
        (
            Person(name="Hon Tui Leota Salesa", role="Foreign Minister", country="Samoa"),
            Person(name="Leota Salesa", role="Foreign Minister", country="Samoa"),
        ),
    ],
)
def test_a_title_or_chiefs_name_before_a_name_of_the_same_office_is_one_person(
    full: Person, short: Person
) -> None:
    people = merge_people([extraction("d1", people=(full,)), extraction("d2", people=(short,))])
    assert len(people) == 1


@pytest.mark.parametrize(
    ("full", "short"),
    [
        # another office: a relative bearing the name
        (
            Person(name="Maryam Nawaz Sharif", role="Chief Minister"),
            Person(name="Nawaz Sharif", role="Prime Minister"),
        ),
        # the same office of another country
        (
            Person(name="Sitiveni Mark Brown", role="Prime Minister", country="Cook Islands"),
            Person(name="Mark Brown", role="Prime Minister", country="Canada"),
        ),
        # no office told of one of them
        (Person(name="Tevita Siaosi Moala"), Person(name="Siaosi Moala", role="Prime Minister")),
    ],
)
def test_a_word_before_a_name_of_another_office_or_country_stays_apart(full: Person, short: Person) -> None:
    people = merge_people([extraction("d1", people=(full,)), extraction("d2", people=(short,))])
    assert len(people) == 2


def test_a_given_name_before_another_persons_short_name_is_someone_else() -> None:
    lula = Person(name="Luiz Inácio Lula da Silva", aliases=("Lula da Silva",))
    people = merge_people(
        [extraction("d1", people=(lula,)), extraction("d2", people=(Person(name="Rosângela Lula da Silva"),))]
    )
    assert len(people) == 2


def test_canonical_spelling_is_the_one_most_documents_use_and_aliases_keep_every_spelling() -> None:
    docs = [
        extraction("d1", people=(Person(name="Sergei Lavrov"),)),
        extraction("d2", people=(Person(name="Sergey Lavrov", aliases=("Lavrov",)),)),
        extraction("d3", people=(Person(name="Sergey Lavrov"),)),
    ]
    (lavrov,) = merge_people(docs)
    assert lavrov.name == "Sergey Lavrov"
    assert set(lavrov.aliases) == {"Sergei Lavrov", "Lavrov"}


def test_aliases_leave_out_the_name_with_stray_punctuation() -> None:
    docs = [
        extraction("d1", people=(Person(name="Vladimir Putin", aliases=("Putin", ", Vladimir Putin.\n")),))
    ]
    assert merge_people(docs).people[0].aliases == ("Putin",)


def test_spelling_tie_goes_to_the_one_seen_first() -> None:
    docs = [
        extraction("d1", people=(Person(name="Antony Blinken"),)),
        extraction("d2", people=(Person(name="Anthony Blinken"),)),
    ]
    assert [p.name for p in merge_people(docs)] == ["Antony Blinken"]


def test_country_and_role_are_the_most_often_stated() -> None:
    docs = [
        extraction("d1", people=(Person(name="Wang Yi", country="China", role="Foreign Minister"),)),
        extraction("d2", people=(Person(name="Wang Yi", country="China"),)),
        extraction("d3", people=(Person(name="Wang Yi", country="Taiwan", role="Foreign Minister"),)),
    ]
    (wang,) = merge_people(docs)
    assert (wang.country, wang.role) == ("China", "Foreign Minister")


def test_surname_alone_joins_the_only_person_with_that_surname() -> None:
    docs = [
        extraction("d1", people=(Person(name="Murat Nurtleu"),)),
        extraction("d2", people=(Person(name="Nurtleu"),)),
    ]
    people = merge_people(docs)
    assert [p.name for p in people] == ["Murat Nurtleu"]
    assert people.resolve("d2", Person(name="Nurtleu")).name == "Murat Nurtleu"


def test_family_name_written_first_joins_its_person() -> None:
    docs = [extraction("d1", people=(Person(name="Xi Jinping"), Person(name="Xi")))]
    assert [p.name for p in merge_people(docs)] == ["Xi Jinping"]


def test_short_name_given_with_its_full_form_joins_that_person() -> None:
    docs = [
        extraction("d1", people=(Person(name="Blinken", aliases=("Antony Blinken",)),)),
        extraction("d2", people=(Person(name="Anthony Blinken"),)),
    ]
    (blinken,) = merge_people(docs)
    assert blinken.name in {"Antony Blinken", "Anthony Blinken"}
    assert "Blinken" in blinken.aliases


def test_ambiguous_surname_stays_a_person_of_its_own() -> None:
    docs = [
        extraction("d1", people=(Person(name="John Smith"),)),
        extraction("d2", people=(Person(name="Anna Smith"),)),
        extraction("d3", people=(Person(name="Smith"),)),
    ]
    assert sorted(p.name for p in merge_people(docs)) == ["Anna Smith", "John Smith", "Smith"]


def test_surname_resolves_among_the_people_of_its_own_document_first() -> None:
    docs = [
        extraction("d1", people=(Person(name="John Smith"), Person(name="Smith"))),
        extraction("d2", people=(Person(name="Anna Smith"),)),
    ]
    people = merge_people(docs)
    assert people.resolve("d1", Person(name="Smith")).name == "John Smith"
    assert len(people) == 2


def wang_lavrov_in_rio() -> list[Extraction]:
    return [
        extraction(
            "000",
            report(
                "000",
                "Wang Yi",
                "Sergei Lavrov",
                city="Rio de Janeiro",
                country="Brazil",
                when=day("2024-11-18"),
            ),
        ),
        extraction(
            "001", report("001", "Wang Yi", "Sergey Lavrov", city="Rio de Janeiro", occasion="G20 summit")
        ),
    ]


def test_meeting_reported_by_two_documents_is_one_meeting_with_both_sources() -> None:
    (meeting,) = merge_meetings(wang_lavrov_in_rio())
    assert meeting.docs == ("000", "001")
    assert len(meeting.participants) == 2


def test_merged_meeting_takes_what_any_report_knows() -> None:
    (meeting,) = merge_meetings(wang_lavrov_in_rio())
    assert meeting.date == day("2024-11-18")
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == (
        "Rio de Janeiro",
        "Brazil",
    )
    assert meeting.occasion is not None and meeting.occasion.name == "G20 summit"


def test_merged_meeting_keeps_each_report_as_its_document_states_it() -> None:
    (meeting,) = merge_meetings(wang_lavrov_in_rio())
    assert [p.name for r in meeting.reports for p in r.participants] == [
        "Wang Yi",
        "Sergei Lavrov",
        "Wang Yi",
        "Sergey Lavrov",
    ]


def test_xi_and_putin_meetings_in_osaka_beijing_and_russia_stay_three() -> None:
    pair = ("Xi Jinping", "Vladimir Putin")
    docs = [
        extraction("002", report("002", *pair, city="Osaka", country="Japan", when=day("2019-06-28"))),
        extraction("003", report("003", *pair, city="Beijing", country="China")),
        extraction(
            "004",
            report("004", *pair, country="Russia", when=days("2023-03-01", "2023-03-31", "month")),
        ),
    ]
    merged = merge_meetings(docs)
    assert sorted(m.docs for m in merged) == [("002",), ("003",), ("004",)]


def test_undated_report_does_not_bridge_two_dated_meetings() -> None:
    pair = ("Xi Jinping", "Vladimir Putin")
    docs = [
        extraction("a", report("a", *pair, when=day("2019-06-28"))),
        extraction("b", report("b", *pair)),
        extraction("c", report("c", *pair, when=day("2023-03-21"))),
    ]
    merged = merge_meetings(docs)
    assert not any({"a", "c"} <= set(m.docs) for m in merged)
    assert sorted(m.docs for m in merged) == [("a",), ("b",), ("c",)]  # b fits both equally: apart


def test_meeting_joins_only_reports_compatible_with_every_report_in_it() -> None:
    pair = ("Wang Yi", "Sergey Lavrov")
    docs = [
        extraction("a", report("a", *pair, when=day("2024-11-18"))),
        extraction("b", report("b", *pair, city="Rio de Janeiro")),
        extraction("c", report("c", *pair, city="Jakarta")),
    ]
    merged = merge_meetings(docs)
    assert not any({"b", "c"} <= set(m.docs) for m in merged)
    # nor does the day join either place: a day with no place and a place with no day share
    # nothing, and the day could be Rio's as well as Jakarta's
    assert len(merged) == 3


def test_undated_report_joins_the_dated_meeting_it_agrees_with_most() -> None:
    pair = ("Wang Yi", "Sergey Lavrov")
    docs = [
        extraction("a", report("a", *pair, city="Jakarta", when=day("2023-07-13"))),
        extraction("b", report("b", *pair, city="Rio de Janeiro", when=day("2024-11-18"))),
        extraction("c", report("c", *pair, city="Rio de Janeiro")),
    ]
    assert sorted(m.docs for m in merge_meetings(docs)) == [("a",), ("b", "c")]


def test_a_later_vaguer_mention_joins_the_meeting_its_document_told_before() -> None:
    pair = ("Wang Yi", "Sergey Lavrov")
    docs = [
        extraction(
            "a",
            report("a", *pair, city="Rio de Janeiro", when=day("2024-11-18")),
            report("a", *pair, text="The two ministers exchanged views.", at=300),
        ),
        extraction("b", report("b", *pair, city="Jakarta", when=day("2023-07-13"))),
    ]
    assert sorted(m.docs for m in merge_meetings(docs)) == [("a",), ("b",)]
    assert [len(m.reports) for m in merge_meetings(docs)] == [1, 2]  # Jakarta 2023, then Rio 2024


def test_the_news_an_article_opens_with_is_not_the_earlier_meeting_it_tells_later() -> None:
    pair = ("Vladimir Putin", "Xi Jinping")
    docs = [
        extraction(
            "a",
            report("a", *pair, kind="video", text="Putin told Xi during a video call."),
            report("a", *pair, kind="video", when=day("2022-12-20"), at=900),
        ),
        extraction("b", report("b", *pair, kind="video", when=day("2022-12-30"))),
    ]
    merged = merge_meetings(docs)
    assert [(m.date and m.date.start, m.docs) for m in merged] == [
        (date(2022, 12, 20), ("a",)),
        (date(2022, 12, 30), ("b",)),
        (None, ("a",)),  # the call the article opens with: undated, and not either of those
    ]


def test_meetings_with_no_date_come_last_by_month_then_as_first_told() -> None:
    pair = ("Vladimir Putin", "Xi Jinping")
    october = DateSpan(precision="month", month=10)
    july = DateSpan(precision="month", month=7)
    docs = [
        extraction(
            "a",
            report("a", *pair, city="Kazan", when=october, at=500),
            report("a", *pair, city="Astana", when=july, at=400),
            report("a", "Narendra Modi", "Vladimir Putin", city="Samarkand", at=300),
            report("a", "Wang Yi", "Sergey Lavrov", city="Jakarta", at=100),
        ),
        extraction("b", report("b", *pair, city="Beijing", when=day("2024-05-16"))),
    ]
    cities = [m.place.city for m in merge_meetings(docs) if m.place]
    assert cities == ["Beijing", "Astana", "Kazan", "Jakarta", "Samarkand"]


def test_same_pair_on_consecutive_days_in_two_cities_stays_two_meetings() -> None:
    pair = ("Wang Yi", "Sergey Lavrov")
    docs = [
        extraction("a", report("a", *pair, city="Jakarta", when=day("2023-07-13"))),
        extraction("b", report("b", *pair, city="Bali", when=day("2023-07-14"))),
    ]
    assert len(merge_meetings(docs)) == 2


def test_same_pair_a_day_apart_in_a_city_and_in_a_province_stays_two_meetings() -> None:
    pair = ("Xi Jinping", "Emmanuel Macron")
    in_beijing = report("a", *pair, city="Beijing", country="China", when=day("2023-04-06"))
    in_guangdong = report("a", *pair, when=day("2023-04-07"), at=60).model_copy(
        update={"place": Place(region="Guangdong", country="China")}
    )
    assert len(merge_meetings([extraction("a", in_beijing, in_guangdong)])) == 2


def test_reports_dated_a_day_apart_in_one_city_are_one_meeting() -> None:
    pair = ("Wang Yi", "Sergey Lavrov")
    docs = [
        extraction("a", report("a", *pair, city="Rio de Janeiro", when=day("2024-11-18"))),
        extraction("b", report("b", *pair, city="Rio de Janeiro", when=day("2024-11-19"))),
    ]
    assert len(merge_meetings(docs)) == 1


WELCOMED = ("Samia Suluhu Hassan", "Hakainde Hichilema", "Mutale Nalumango")  # met at the airport


def test_one_article_dating_a_welcome_and_talks_of_fewer_of_its_people_a_day_apart_tells_two() -> None:
    welcome = report("a", *WELCOMED, city="Lusaka", when=day("2025-03-04"))
    talks = report("a", *WELCOMED[:2], city="Lusaka", when=day("2025-03-05"), at=120)
    meetings = merge_meetings([extraction("a", welcome, talks)])
    assert sorted(m.date.start.isoformat() for m in meetings if m.date) == ["2025-03-04", "2025-03-05"]


def test_other_articles_reports_of_a_welcome_and_talks_join_each_its_own_day() -> None:
    docs = [
        extraction(
            "a",
            report("a", *WELCOMED, city="Lusaka", when=day("2025-03-04")),
            report("a", *WELCOMED[:2], city="Lusaka", when=day("2025-03-05"), at=120),
        ),
        extraction("b", report("b", *WELCOMED, when=day("2025-03-04"))),
        extraction("c", report("c", *WELCOMED[:2], city="Lusaka", when=day("2025-03-05"))),
    ]
    told = sorted((m.date.start.isoformat(), m.docs) for m in merge_meetings(docs) if m.date)
    assert told == [("2025-03-04", ("a", "b")), ("2025-03-05", ("a", "c"))]


def test_one_article_dating_the_same_pair_on_two_days_of_a_visit_tells_one_meeting() -> None:
    pair = WELCOMED[:2]  # "arrived in Lusaka yesterday for a two-day visit ... held talks today"
    arrival = report("a", *pair, city="Lusaka", when=day("2025-03-04"))
    talks = report("a", *pair, city="Lusaka", when=day("2025-03-05"), at=120)
    assert len(merge_meetings([extraction("a", arrival, talks)])) == 1


def test_one_article_dating_a_welcome_on_arrival_the_day_before_the_talks_tells_two_meetings() -> None:
    pair = WELCOMED[:2]  # "landed on Monday, where B received him at the airport ... talks on Tuesday"
    welcome = report("a", *pair, city="Lusaka", when=day("2025-03-04"), arrival=True)
    talks = report("a", *pair, city="Lusaka", when=day("2025-03-05"), at=120)
    assert len(merge_meetings([extraction("a", welcome, talks)])) == 2


def on(iso: str, phrase: str) -> DateSpan:
    """A one-day span told by ``phrase``."""
    return day(iso).model_copy(update={"phrase": phrase})


def test_one_article_telling_the_same_pair_on_two_days_by_their_hours_tells_two_meetings() -> None:
    pair = WELCOMED[:2]
    dinner = "Hichilema hosted a dinner for Samia Suluhu Hassan at State House the same night."
    call = "On Wednesday morning, Samia Suluhu Hassan called on Hichilema at State House."
    evening = report("a", *pair, city="Lusaka", when=on("2025-03-04", "the same night"), text=dinner)
    morning = report("a", *pair, city="Lusaka", when=on("2025-03-05", "Wednesday"), text=call, at=300)
    meetings = merge_meetings([extraction("a", evening, morning)])
    assert sorted(m.date.start.isoformat() for m in meetings if m.date) == ["2025-03-04", "2025-03-05"]


@pytest.mark.parametrize(
    ("meal", "talks"),
    [
        (
            "On Tuesday, Hichilema hosted Samia Suluhu Hassan to a private dinner.",
            "They held talks on Wednesday.",
        ),
        (
            "Hichilema gave a lunch for Samia Suluhu Hassan on Tuesday.",
            "They met at State House on Wednesday.",
        ),
        ("Samia Suluhu Hassan attended a state banquet on Tuesday.", "Hichilema received her on Wednesday."),
    ],
)
def test_one_article_telling_a_pair_at_a_meal_and_the_next_day_tells_two_meetings(
    meal: str, talks: str
) -> None:
    pair = WELCOMED[:2]  # a meal is held at its hour of the day, as "the same night" is told
    dinner = report("a", *pair, city="Lusaka", when=on("2025-03-04", "Tuesday"), text=meal)
    held = report("a", *pair, city="Lusaka", when=on("2025-03-05", "Wednesday"), text=talks, at=300)
    meetings = merge_meetings([extraction("a", dinner, held)])
    assert sorted(m.date.start.isoformat() for m in meetings if m.date) == ["2025-03-04", "2025-03-05"]


def test_two_articles_telling_the_same_pair_at_a_meal_a_day_apart_tell_one_meeting() -> None:
    pair = WELCOMED[:2]  # outlets a time zone apart: the day's slack holds across articles
    dinner = report("a", *pair, city="Lusaka", when=on("2025-03-04", "Tuesday"), text="A dinner, Tuesday.")
    other = report("b", *pair, city="Lusaka", when=on("2025-03-05", "Wednesday"), text="A dinner, Wednesday.")
    assert len(merge_meetings([extraction("a", dinner), extraction("b", other)])) == 1


def test_one_article_telling_the_same_pair_on_a_calendar_day_and_the_next_tells_two_meetings() -> None:
    pair = WELCOMED[:2]  # a caption's dated day and the body's "on Wednesday": two days of one clock
    caption = "Hichilema and Samia Suluhu Hassan walk through a market in Lusaka, Zambia, March 4, 2025."
    walk = report("a", *pair, city="Lusaka", when=on("2025-03-04", "March 4, 2025"), text=caption)
    talks = report("a", *pair, city="Lusaka", when=on("2025-03-05", "Wednesday"), at=300)
    meetings = merge_meetings([extraction("a", walk, talks)])
    assert sorted(m.date.start.isoformat() for m in meetings if m.date) == ["2025-03-04", "2025-03-05"]


def test_two_articles_telling_the_same_pair_a_calendar_day_apart_tell_one_meeting() -> None:
    pair = WELCOMED[:2]  # outlets a time zone apart: the day's slack holds across articles
    evening = report("a", *pair, city="Lusaka", when=on("2025-03-04", "March 4, 2025"))
    morning = report("b", *pair, city="Lusaka", when=on("2025-03-05", "Wednesday"))
    assert len(merge_meetings([extraction("a", evening), extraction("b", morning)])) == 1


def test_two_articles_telling_the_same_pair_a_day_apart_by_their_hours_tell_one_meeting() -> None:
    pair = WELCOMED[:2]  # outlets a time zone apart: the day's slack holds across articles
    late = "Hichilema held talks with Samia Suluhu Hassan in Lusaka on Tuesday night."
    evening = report("a", *pair, city="Lusaka", when=on("2025-03-04", "Tuesday"), text=late)
    morning = report("b", *pair, city="Lusaka", when=on("2025-03-05", "Wednesday"))
    assert len(merge_meetings([extraction("a", evening), extraction("b", morning)])) == 1


def test_another_outlets_report_joins_the_meeting_of_its_own_day_of_two_told_by_their_hours() -> None:
    pair = ("Lula", "Gustavo Petro")
    informal = "On Monday afternoon, Lula and Petro held an informal meeting over dinner."
    docs = [
        extraction("a", report("a", *pair, city="Bogota", when=on("2024-04-15", "Monday"))),
        extraction(
            "b",
            report("b", *pair, city="Bogota", when=on("2024-04-16", "Tuesday")),
            report("b", *pair, city="Bogota", when=on("2024-04-15", "Monday"), text=informal, at=400),
        ),
    ]
    told = sorted((m.date.start.isoformat(), m.docs) for m in merge_meetings(docs) if m.date)
    assert told == [("2024-04-15", ("a", "b")), ("2024-04-16", ("b",))]


def test_one_article_telling_one_day_by_its_hours_keeps_a_visit_told_over_its_days() -> None:
    pair = WELCOMED[:2]  # the visit's days, "a two-day visit that began on Tuesday evening"
    arrived = "Samia Suluhu Hassan arrived on Tuesday evening for a two-day visit hosted by Hichilema."
    visit = report("a", *pair, city="Lusaka", when=days("2025-03-04", "2025-03-05"), text=arrived)
    talks = report("a", *pair, city="Lusaka", when=on("2025-03-05", "Wednesday"), at=300)
    assert len(merge_meetings([extraction("a", visit, talks)])) == 1


def test_one_article_telling_one_meeting_on_its_days_and_one_of_them_again_is_one_meeting() -> None:
    pair = ("Hakainde Hichilema", "Samia Suluhu Hassan")
    visit = report("a", *pair, city="Lusaka", when=days("2025-03-04", "2025-03-05"))
    retold = report("a", *pair, city="Lusaka", when=day("2025-03-05"), at=120)
    assert len(merge_meetings([extraction("a", visit, retold)])) == 1


def test_a_report_fitting_two_meetings_a_day_apart_joins_the_one_of_its_own_day() -> None:
    pair = ("Mark Brown", "Fiame Naomi Mataafa")
    forum = report("a", *pair, city="Apia", when=day("2024-10-20"), occasion="Pacific Islands Forum")
    summit = report("a", *pair, city="Apia", when=day("2024-10-21"), occasion="Commonwealth summit", at=80)
    retold = report("b", *pair, city="Apia", when=day("2024-10-21"))  # agrees with both: a day's slack
    heine = ("Mark Brown", "Hilda Heine")  # both articles tell it too: each is kin of the other
    docs = [
        extraction("a", forum, summit, report("a", *heine, city="Apia", when=day("2024-10-21"), at=160)),
        extraction("b", retold, report("b", *heine, city="Apia", when=day("2024-10-21"), at=80)),
    ]
    told = [
        (m.date.start.isoformat(), m.docs)
        for m in merge_meetings(docs)
        if m.date and len(m.participants) == 2
    ]
    assert sorted(told) == [
        ("2024-10-20", ("a",)),
        ("2024-10-21", ("a", "b")),
        ("2024-10-21", ("a", "b")),
    ]


def test_reports_with_conflicting_dates_stay_apart() -> None:
    pair = ("Wang Yi", "Sergey Lavrov")
    docs = [
        extraction("a", report("a", *pair, when=day("2024-11-18"))),
        extraction("b", report("b", *pair, when=day("2024-11-25"))),
    ]
    assert len(merge_meetings(docs)) == 2


def test_reports_in_different_countries_stay_apart() -> None:
    pair = ("Xi Jinping", "Vladimir Putin")
    docs = [
        extraction("a", report("a", *pair, country="China")),
        extraction("b", report("b", *pair, country="Russia")),
    ]
    assert len(merge_meetings(docs)) == 2


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        ("in_person", "visit", 1),
        ("planned", "planned", 1),
        ("planned", "in_person", 1),  # the plan, then the meeting it announced
        ("cancelled", "planned", 1),  # the plan, then its cancellation
        ("cancelled", "in_person", 2),
        ("phone", "in_person", 1),  # talks told with no place on the call's day: that call ("spoke to")
        ("phone", "cancelled", 2),
    ],
)
def test_only_compatible_kinds_merge(first: str, second: str, merged: int) -> None:
    pair = ("Wang Yi", "Sergey Lavrov")
    docs = [
        extraction("a", report("a", *pair, kind=first, when=day("2023-07-14"))),  # type: ignore[arg-type]
        extraction("b", report("b", *pair, kind=second, when=day("2023-07-14"))),  # type: ignore[arg-type]
    ]
    assert len(merge_meetings(docs)) == merged


def test_different_pairs_never_merge() -> None:
    docs = [
        extraction("a", report("a", "Wang Yi", "Sergey Lavrov", when=day("2023-07-13"))),
        extraction("b", report("b", "Wang Yi", "Antony Blinken", when=day("2023-07-13"))),
    ]
    assert len(merge_meetings(docs)) == 2


def test_meetings_of_three_or_more_merge_when_half_the_people_are_shared() -> None:
    docs = [
        extraction("a", report("a", "Xi Jinping", "Vladimir Putin", "Narendra Modi", when=day("2023-07-04"))),
        extraction(
            "b",
            report(
                "b", "Xi Jinping", "Vladimir Putin", "Shehbaz Sharif", "Narendra Modi", when=day("2023-07-04")
            ),
        ),
        extraction(
            "c",
            report("c", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz", "Joe Biden", when=day("2023-07-04")),
        ),
    ]
    merged = merge_meetings(docs)
    assert sorted(m.docs for m in merged) == [("a", "b"), ("c",)]
    (summit,) = [m for m in merged if m.docs == ("a", "b")]
    assert len(summit.participants) == 4


def test_two_reports_of_one_meeting_in_one_document_merge() -> None:
    docs = [
        extraction(
            "a",
            report("a", "Sun Weidong", "Sergey Lavrov", city="Moscow"),
            report("a", "Sun Weidong", "Lavrov", when=days("2024-02-26", "2024-02-27")),
        )
    ]
    (meeting,) = merge_meetings(docs)
    assert len(meeting.reports) == 2
    assert meeting.date is not None and meeting.place is not None


@pytest.mark.parametrize("another", [True, False])
def test_a_meeting_of_more_people_told_as_another_in_one_document_stays_apart(another: bool) -> None:
    docs = [
        extraction(
            "a",
            report("a", "S Jaishankar", "Sergey Lavrov", city="Moscow", when=day("2020-09-09")),
            report(
                "a",
                "S Jaishankar",
                "Sergey Lavrov",
                "Wang Yi",
                city="Moscow",
                at=200,
                another=another,
            ),
        )
    ]
    assert len(merge_meetings(docs)) == (2 if another else 1)


@pytest.mark.parametrize("arrival", [True, False])
def test_a_welcome_on_arrival_stays_apart_from_the_talks_of_more_people_that_day(arrival: bool) -> None:
    welcome = "At the airport, Ruiz was met by Vanu."
    docs = [
        extraction(
            "a",
            report("a", "Ana Ruiz", "Tomas Vanu", "Lena Okoro", city="Arica", when=day("2025-02-03")),
            report(
                "a",
                "Ana Ruiz",
                "Tomas Vanu",
                city="Arica",
                when=day("2025-02-03"),
                text=welcome,
                at=200,
                arrival=arrival,
            ),
        ),
        extraction(
            "b", report("b", "Tomas Vanu", "Ana Ruiz", "Lena Okoro", city="Arica", when=day("2025-02-03"))
        ),
    ]
    assert len(merge_meetings(docs)) == (2 if arrival else 1)


def test_a_welcome_on_arrival_and_the_talks_of_the_same_two_are_one_meeting() -> None:
    welcome = "Vanu welcomed Ruiz on the tarmac in Arica on Monday."
    docs = [
        extraction(
            "a",
            report(
                "a",
                "Tomas Vanu",
                "Ana Ruiz",
                city="Arica",
                when=day("2025-02-03"),
                text=welcome,
                arrival=True,
            ),
        ),
        extraction("b", report("b", "Ana Ruiz", "Tomas Vanu", city="Arica", when=day("2025-02-03"), at=90)),
    ]
    (meeting,) = merge_meetings(docs)
    assert meeting.docs == ("a", "b")


def test_merged_meeting_takes_the_most_specific_date() -> None:
    pair = ("Xi Jinping", "Vladimir Putin")
    docs = [
        extraction("a", report("a", *pair, when=days("2023-03-01", "2023-03-31", "month"))),
        extraction("b", report("b", *pair, when=day("2023-03-21"))),
    ]
    (meeting,) = merge_meetings(docs)
    assert meeting.date == day("2023-03-21")


def test_meeting_ids_are_stable_across_runs() -> None:
    docs = [*wang_lavrov_in_rio(), extraction("x", report("x", "Xi Jinping", "Joe Biden", country="Peru"))]
    first = [m.id for m in merge_meetings(docs)]
    assert first == [m.id for m in merge_meetings(list(docs))]
    assert len(set(first)) == len(first) and all(i.startswith("m-") for i in first)


def test_meeting_ids_change_with_what_the_meeting_is() -> None:
    pair = ("Wang Yi", "Sergey Lavrov")
    ids = {
        merge_meetings([extraction("a", report("a", *pair, **facts))])[0].id
        for facts in ({}, {"when": day("2024-11-18")}, {"country": "Brazil"}, {"kind": "phone"})
    }
    assert len(ids) == 4


def test_meeting_with_no_named_participant_merges_with_nothing() -> None:
    docs = [extraction("a", report("a", country="Brazil")), extraction("b", report("b", country="Brazil"))]
    assert len(merge_meetings(docs)) == 2
    assert not same_meeting(docs[0].meetings[0], docs[1].meetings[0])


def test_reports_at_two_different_summits_stay_two_meetings():
    xi, putin = Person(name="Xi Jinping"), Person(name="Vladimir Putin")
    brics = Meeting(doc="a", participants=(xi, putin), occasion=Occasion(name="BRICS summit"))
    sco = Meeting(doc="b", participants=(putin, xi), occasion=Occasion(name="SCO summit"))
    docs = [Extraction(document=Document(id=m.doc), meetings=(m,)) for m in (brics, sco)]
    assert len(merge_meetings(docs)) == 2


def test_month_without_year_keeps_apart_a_meeting_of_another_month():
    xi, putin = Person(name="Xi Jinping"), Person(name="Vladimir Putin")
    july = Meeting(doc="a", participants=(xi, putin), date=DateSpan(precision="month", month=7))
    september = Meeting(
        doc="b",
        participants=(putin, xi),
        date=DateSpan(start=date(2022, 9, 1), end=date(2022, 9, 30), precision="month"),
    )
    docs = [Extraction(document=Document(id=m.doc), meetings=(m,)) for m in (july, september)]
    assert len(merge_meetings(docs)) == 2


# The clues of issue 13: each test tells a short story with sentences of its own.

SULLIVAN_WANG = ("Jake Sullivan", "Wang Yi")


def test_same_pair_in_three_places_a_year_apart_stays_three_meetings() -> None:
    docs = [
        extraction(
            "vienna",
            report("vienna", *SULLIVAN_WANG, city="Vienna", country="Austria"),
            published="2023-05-11",
        ),
        extraction("malta", report("malta", *SULLIVAN_WANG, country="Malta"), published="2023-09-18"),
        extraction(
            "bangkok",
            report("bangkok", *SULLIVAN_WANG, city="Bangkok", country="Thailand"),
            published="2024-01-28",
        ),
        # undated, no place: news of the day after Bangkok
        extraction("next-day", report("next-day", *SULLIVAN_WANG), published="2024-01-29"),
        # undated report in an undated article: nothing tells which of the three it is
        extraction("undated", report("undated", *SULLIVAN_WANG)),
    ]
    merged = merge_meetings(docs)
    assert sorted(m.docs for m in merged) == [("bangkok", "next-day"), ("malta",), ("undated",), ("vienna",)]
    assert {m.place.city or m.place.country for m in merged if m.place} == {"Vienna", "Malta", "Bangkok"}


def test_undated_news_joins_only_the_meeting_of_its_week() -> None:
    pair = ("Lynne Tracy", "Sergei Ryabkov")
    docs = [
        extraction("a", report("a", *pair, city="Moscow", country="Russia"), published="2023-01-30"),
        extraction("b", report("b", *pair, when=day("2023-01-30")), published="2023-01-31"),
        extraction(
            "c",
            report("c", *pair, city="Moscow", country="Russia", when=day("2025-02-11")),
            published="2025-02-11",
        ),
    ]
    assert sorted(m.docs for m in merge_meetings(docs)) == [("a", "b"), ("c",)]


def test_background_report_needs_its_own_evidence_to_join() -> None:
    pair = ("Joe Biden", "Xi Jinping")
    lima = report("a", *pair, city="Lima", country="Peru", when=day("2024-11-16"))
    previous = report("a", *pair, text="Their previous meeting was a year ago.", at=400, background=True)
    woodside = report(
        "a", *pair, text="The two last met in Woodside.", city="Woodside", at=600, background=True
    )
    docs = [
        extraction("a", lima, previous, woodside, published="2024-11-17"),
        extraction("b", report("b", *pair, city="Woodside", country="United States", when=day("2023-11-15"))),
    ]
    merged = merge_meetings(docs)
    by_city = {m.place.city: len(m.reports) for m in merged if m.place}
    assert by_city == {"Lima": 1, "Woodside": 2}  # the previous meeting names no place: alone
    assert len(merged) == 3


def test_city_in_another_country_is_never_compatible_through_a_third_report() -> None:
    pair = ("Antony Blinken", "Wang Yi")
    docs = [
        extraction("a", report("a", *pair, city="Munich", country="Germany")),
        extraction("b", report("b", *pair)),  # no place, no date, undated article
        extraction("c", report("c", *pair, city="Washington", country="United States")),
    ]
    merged = merge_meetings(docs)
    assert not any({"a", "c"} <= set(m.docs) for m in merged)
    assert all(len(m.reports) == 1 for m in merged)


def test_one_meeting_told_by_three_outlets_with_different_details() -> None:
    pair = ("Joe Biden", "Xi Jinping")
    docs = [
        extraction(
            "wire", report("wire", *pair, city="Woodside", country="United States", when=day("2023-11-15"))
        ),
        # another outlet names the summit and the nearby city, gives no date, and was published the next day
        extraction(
            "daily",
            report("daily", *pair, city="San Francisco", country="United States", occasion="APEC summit"),
            published="2023-11-16",
        ),
        # a third names one more participant and the estate, on the same day
        extraction(
            "weekly",
            report(
                "weekly",
                *pair,
                "Antony Blinken",
                city="Filoli",
                country="United States",
                when=day("2023-11-15"),
            ),
        ),
    ]
    (meeting,) = merge_meetings(docs)
    assert sorted(meeting.docs) == ["daily", "weekly", "wire"]
    assert {p.name for p in meeting.participants} == {"Joe Biden", "Xi Jinping", "Antony Blinken"}
    assert meeting.occasion is not None and meeting.date == day("2023-11-15")
    (city,) = conflicts(meeting)
    assert city.fact == "city" and dict(city.stated)["San Francisco"] == ("daily",)


def test_a_minister_joining_the_leaders_talks_is_the_same_meeting_another_leader_is_not() -> None:
    leaders = (
        Person(name="Karl Lindqvist", country="Sweden"),
        Person(name="Ana Ferreira", country="Portugal"),
    )

    def told(
        doc: str,
        *people: Person,
        city: str | None = None,
        when: DateSpan | None = None,
        occasion: str | None = None,
    ) -> Meeting:
        told = report(doc, *(p.name for p in people), city=city, when=when, occasion=occasion)
        return told.model_copy(update={"participants": people})  # with their countries

    # "Lindqvist held talks with Ferreira in Lisbon", in Friday's paper
    news = extraction("a", told("a", *leaders, city="Lisbon"), published="2031-03-14")
    # "Today Ferreira welcomed Lindqvist; they were joined by the Minister of Defence, Rui Mota"
    minister = Person(name="Rui Mota", country="Portugal")
    joined = extraction("b", told("b", *leaders, minister, when=day("2031-03-14")))
    (meeting,) = merge_meetings([news, joined])
    assert sorted(meeting.docs) == ["a", "b"] and len(meeting.participants) == 3
    # a leader of a third country makes it another meeting, unless the day or the city is shared
    guest = Person(name="Jonas Berg", country="Norway")
    summit = extraction("b", told("b", *leaders, guest, when=day("2031-03-14")))
    assert len(merge_meetings([news, summit])) == 2
    # and a summit named alone, with no time or city, does not join the minister's report
    undated = extraction("b", told("b", *leaders, minister, occasion="Atlantic Forum"))
    atlantic = extraction("a", told("a", *leaders, occasion="Atlantic Forum", when=day("2031-03-13")))
    assert len(merge_meetings([atlantic, undated])) == 2


def test_occasion_words_agree_across_spellings_and_keep_summits_apart() -> None:
    pair = ("Joe Biden", "Xi Jinping")
    docs = [
        extraction("a", report("a", *pair, occasion="APEC summit", when=day("2024-11-16"))),
        extraction("b", report("b", *pair, occasion="Asia-Pacific Economic Cooperation (APEC) meeting")),
        extraction("c", report("c", *pair, occasion="G20 summit")),
    ]
    assert sorted(m.docs for m in merge_meetings(docs)) == [("a", "b"), ("c",)]


def test_plan_and_the_meeting_it_announced_are_one_meeting_of_the_kind_that_happened() -> None:
    pair = ("Recep Tayyip Erdogan", "Vladimir Putin")
    plan = report("a", *pair, kind="planned", city="Sochi", country="Russia", when=day("2023-09-04"))
    docs = [
        extraction("a", plan, published="2023-08-31"),
        extraction("b", report("b", *pair, city="Sochi", country="Russia")),  # "On Monday ... met in Sochi"
    ]
    (meeting,) = merge_meetings(docs)
    assert (meeting.kind, meeting.date) == ("in_person", day("2023-09-04"))
    assert [r.doc for r in announced(meeting)] == ["a"]


def test_a_plan_and_the_cancellation_its_own_article_tells_are_one_cancelled_meeting() -> None:
    leaders = ("Joe Biden", "Abdullah II", "Mahmoud Abbas")
    called_off = report("a", *leaders, city="Amman", country="Jordan", kind="cancelled")
    was_planned = report("a", *leaders, kind="planned", when=day("2023-10-18"), at=80)
    merged = merge_meetings([extraction("a", called_off, was_planned, published="2023-10-17")])
    assert [
        (m.kind, m.place.city if m.place else None, str(m.date.start) if m.date else None) for m in merged
    ] == [("cancelled", "Amman", "2023-10-18")]


def test_an_undated_plan_joins_the_cancellation_its_article_dates_before_publication() -> None:
    pair = ("Mokgweetsi Masisi", "Ian Khama")
    called_off = report("a", *pair, country="Angola", kind="cancelled", when=days("2023-12-01", "2023-12-31"))
    invited = report("a", *pair, city="Luanda", country="Angola", kind="planned", at=300)
    merged = merge_meetings([extraction("a", called_off, invited, published="2024-01-16")])
    assert [(m.kind, m.place.city if m.place else None) for m in merged] == [("cancelled", "Luanda")]


def test_a_stop_planned_in_another_city_is_not_the_trip_called_off_to_a_city() -> None:
    # "His trip to Osaka had been set for May but was put off ... During his stay he will visit Kyoto"
    traveller = "Tomas Vanu"
    put_off = report(
        "a",
        traveller,
        city="Osaka",
        country="Japan",
        kind="cancelled",
        when=days("2025-05-01", "2025-05-31", "month"),
    )
    stop = report("a", traveller, city="Kyoto", country="Japan", kind="planned", at=300)
    merged = merge_meetings([extraction("a", put_off, stop, published="2025-10-09")])
    assert sorted((m.kind, m.place.city if m.place else None) for m in merged) == [
        ("cancelled", "Osaka"),
        ("planned", "Kyoto"),
    ]
    # the plan told again with the city of the trip called off is that trip
    again = report("a", traveller, city="Osaka", country="Japan", kind="planned", at=300)
    merged = merge_meetings([extraction("a", put_off, again, published="2025-10-09")])
    assert [(m.kind, m.place.city if m.place else None) for m in merged] == [("cancelled", "Osaka")]


def test_plan_then_cancellation_is_one_cancelled_meeting() -> None:
    pair = ("Donald Trump", "Vladimir Putin")
    docs = [
        extraction(
            "a",
            report("a", *pair, kind="planned", city="Budapest", country="Hungary"),
            published="2025-10-17",
        ),
        extraction(
            "b",
            report("b", *pair, kind="cancelled", city="Budapest", country="Hungary"),
            published="2025-10-22",
        ),
        extraction(
            "c", report("c", *pair, when=day("2025-08-15"), city="Anchorage", country="United States")
        ),
    ]
    merged = merge_meetings(docs)
    assert sorted((m.docs, m.kind) for m in merged) == [(("a", "b"), "cancelled"), (("c",), "in_person")]


def test_one_outlet_says_called_off_another_says_held_that_day_there_one_held_meeting() -> None:
    pair = ("Pope Francis", "Volodymyr Zelensky")
    vatican = {"city": "Vatican City", "country": "Vatican City", "when": day("2024-10-11")}
    docs = [
        extraction("a", report("a", *pair, kind="cancelled", **vatican)),  # type: ignore[arg-type]
        extraction("b", report("b", *pair, **vatican)),  # type: ignore[arg-type]
        extraction("c", report("c", *pair, **vatican)),  # type: ignore[arg-type]
    ]
    (meeting,) = merge_meetings(docs)
    assert (meeting.docs, meeting.kind) == (("a", "b", "c"), "in_person")
    assert [(c.fact, c.stated) for c in conflicts(meeting)] == [
        ("kind", (("cancelled", ("a",)), ("in_person", ("b", "c")))),
    ]


def test_a_visit_one_outlet_says_called_off_and_another_held_that_day_there_is_one_visit() -> None:
    docs = [
        extraction(
            "a",
            report(
                "a",
                "Shehbaz Sharif",
                kind="cancelled",
                city="Kabul",
                country="Afghanistan",
                when=day("2025-04-19"),
            ),
        ),
        extraction(
            "b",
            report(
                "b",
                "Shehbaz Sharif",
                kind="visit",
                city="Kabul",
                country="Afghanistan",
                when=day("2025-04-19"),
            ),
        ),
    ]
    (meeting,) = merge_meetings(docs)
    assert meeting.kind == "visit"


@pytest.mark.parametrize(
    ("held", "why"),
    [
        (report("b", "Nicolás Maduro", "Gustavo Petro", city="Caracas", when=day("2024-04-10")), "next day"),
        (report("b", "Nicolás Maduro", "Gustavo Petro", city="Bogotá", when=day("2024-04-09")), "other city"),
        (report("b", "Nicolás Maduro", "Gustavo Petro", when=day("2024-04-09")), "no city"),
        (
            report(
                "b",
                "Nicolás Maduro",
                "Gustavo Petro",
                city="Caracas",
                when=days("2024-04-01", "2024-04-30", "month"),
            ),
            "a month",
        ),
        (
            report(
                "b",
                "Nicolás Maduro",
                "Gustavo Petro",
                "Luiz Inácio Lula da Silva",
                city="Caracas",
                when=day("2024-04-09"),
            ),
            "more people",
        ),
        (
            report("a", "Nicolás Maduro", "Gustavo Petro", city="Caracas", when=day("2024-04-09"), at=200),
            "one article",
        ),
    ],
)
def test_a_meeting_called_off_and_one_held_stay_apart_unless_same_people_day_and_city(
    held: Meeting, why: str
) -> None:
    called_off = report(
        "a", "Nicolás Maduro", "Gustavo Petro", kind="cancelled", city="Caracas", when=day("2024-04-09")
    )
    if held.doc == "a":
        docs = [extraction("a", called_off, held)]
    else:
        docs = [extraction("a", called_off), extraction("b", held)]
    assert sorted(m.kind for m in merge_meetings(docs)) == ["cancelled", "in_person"], why


def test_a_plan_that_tells_no_time_joins_only_the_one_meeting_in_the_city_it_names() -> None:
    pair = ("Joe Biden", "Xi Jinping")
    held = extraction(
        "a", report("a", *pair, city="San Francisco", occasion="APEC summit", when=day("2023-11-15"))
    )
    # "the summit is likely to happen in San Francisco", in an undated article
    plan = extraction("b", report("b", *pair, kind="planned", city="San Francisco", occasion="APEC summit"))
    (meeting,) = merge_meetings([held, plan])
    assert (meeting.kind, sorted(meeting.docs)) == ("in_person", ["a", "b"])
    assert [r.doc for r in announced(meeting)] == ["b"]
    # with two meetings of the pair in that city at that summit, it may be for either year: it stays apart
    earlier = extraction(
        "c", report("c", *pair, city="San Francisco", occasion="APEC summit", when=day("2011-11-12"))
    )
    assert sorted(m.docs for m in merge_meetings([held, plan, earlier])) == [("a",), ("b",), ("c",)]
    # and a plan that names no city joins nothing: "Biden hopes to meet Xi again"
    vague = extraction("b", report("b", *pair, kind="planned"))
    assert len(merge_meetings([held, vague])) == 2


def test_a_plan_that_tells_no_time_but_a_city_needs_a_second_clue_to_join_a_meeting_there() -> None:
    pair = ("Ana Ruiz", "Tomas Vanu")
    nairobi = {"city": "Nairobi", "country": "Kenya"}
    # a dated archive: "Ruiz held talks with Vanu in Nairobi on 3 March 2021."
    held = report("archive", *pair, **nairobi, when=day("2021-03-03"))
    archive = extraction("archive", held, published="2021-03-04")
    # an undated wire: "The foreign minister is expected in Nairobi on Thursday for talks with Vanu."
    plan = report("wire", *pair, **nairobi, kind="planned", text="Ruiz is expected in Nairobi to see Vanu.")
    assert sorted(m.docs for m in merge_meetings([archive, extraction("wire", plan)])) == [
        ("archive",),
        ("wire",),
    ]
    # the same wire telling talks the archive tells too: "She had met Paz in Mombasa" (of its news)
    paz = report("wire", "Ana Ruiz", "Lina Paz", city="Mombasa", country="Kenya", at=300)
    mombasa = report(
        "archive", "Ana Ruiz", "Lina Paz", city="Mombasa", country="Kenya", when=day("2021-03-02")
    )
    told = [extraction("archive", held, mombasa, published="2021-03-04"), extraction("wire", plan, paz)]
    assert sorted(m.docs for m in merge_meetings(told)) == [("archive", "wire"), ("archive", "wire")]


def test_a_plan_that_tells_no_time_but_a_city_and_its_occasion_joins_the_meeting_at_that_occasion() -> None:
    pair = ("Paul Kagame", "Keir Starmer")
    kigali = {"city": "Kigali", "country": "Rwanda"}
    # "Kagame and Starmer spoke in Kigali on the sidelines of the Commonwealth summit on June 24."
    summit = report("a", *pair, **kigali, occasion="Commonwealth summit", when=day("2026-06-24"))
    # "Starmer was received by Kagame at Village Urugwiro in Kigali" two years before, at no summit
    visit = report("c", *pair, **kigali, when=day("2024-02-09"))
    # an undated outlet: "Starmer will sit down with Kagame in Kigali during the Commonwealth summit"
    plan = report("b", *pair, **kigali, occasion="Commonwealth summit", kind="planned")
    told = [extraction("a", summit), extraction("b", plan), extraction("c", visit)]
    assert sorted(m.docs for m in merge_meetings(told)) == [("a", "b"), ("c",)]


def test_a_plan_telling_no_time_but_the_country_of_a_visit_joins_the_meeting_told_with_that_visit() -> None:
    guest, host, speaker = "Gabriel Boric", "Pedro Sanchez", "Francina Armengol"
    # an undated wire: "Sanchez received Boric in Madrid on Monday. Armengol will also meet the
    # Chilean president during the visit"; a dated outlet tells both meetings as held
    wire = extraction(
        "a",
        report("a", guest, host, city="Madrid", country="Spain", when=day("2025-03-03")),
        report("a", speaker, guest, country="Spain", kind="planned", at=200),
    )
    held = extraction(
        "b",
        report("b", guest, host, city="Madrid", country="Spain", when=day("2025-03-03")),
        report("b", guest, speaker, city="Madrid", country="Spain", when=day("2025-03-04"), at=300),
        published="2025-03-05",
    )
    merged = merge_meetings([wire, held])
    assert sorted(m.docs for m in merged) == [("a", "b"), ("a", "b")]
    # an article that tells nothing else the other tells does not tie its plan to that meeting
    alone = extraction("c", report("c", speaker, guest, country="Spain", kind="planned"))
    assert sorted(m.docs for m in merge_meetings([alone, held])) == [("b",), ("b",), ("c",)]


def test_same_day_joins_reports_that_name_far_places_and_show_lists_the_conflict() -> None:
    pair = ("Antony Blinken", "Wang Yi")
    docs = [
        extraction("a", report("a", *pair, city="Munich", country="Germany", when=day("2024-02-16"))),
        extraction(
            "b", report("b", *pair, city="San Francisco", country="United States", when=day("2024-02-16"))
        ),
        extraction("c", report("c", *pair, city="Munich", country="Germany", when=day("2024-02-16"))),
    ]
    (meeting,) = merge_meetings(docs)
    assert meeting.place is not None and meeting.place.city == "Munich"  # two reports to one
    assert [(c.fact, c.stated) for c in conflicts(meeting)] == [
        ("city", (("Munich", ("a", "c")), ("San Francisco", ("b",)))),
        ("country", (("Germany", ("a", "c")), ("United States", ("b",)))),
    ]


def test_same_day_joins_reports_that_name_two_occasions_and_show_lists_the_conflict() -> None:
    pair = ("Ana Ruiz", "Tomas Vanu")
    docs = [
        extraction("a", report("a", *pair, city="Havana", occasion="G77 summit", when=day("2023-09-16"))),
        extraction(
            "b", report("b", *pair, city="Havana", occasion="UN General Assembly", when=day("2023-09-16"))
        ),
    ]
    (meeting,) = merge_meetings(docs)
    assert [(c.fact, c.stated) for c in conflicts(meeting)] == [
        ("occasion", (("G77 summit", ("a",)), ("UN General Assembly", ("b",)))),
    ]


def test_reports_that_name_two_occasions_on_days_not_both_told_stay_apart() -> None:
    pair = ("Ana Ruiz", "Tomas Vanu")
    docs = [
        extraction("a", report("a", *pair, city="Havana", occasion="G77 summit", when=day("2023-09-16"))),
        extraction(
            "b",
            report(
                "b",
                *pair,
                city="Havana",
                occasion="UN General Assembly",
                when=days("2023-09-01", "2023-09-30", "month"),
            ),
        ),
    ]
    assert len(merge_meetings(docs)) == 2


def test_the_only_meeting_of_a_pair_takes_a_report_that_shares_a_weak_clue_with_it() -> None:
    pair = ("Mohamed bin Zayed", "Recep Tayyip Erdogan")
    ankara = extraction("a", report("a", *pair, city="Ankara", country="Turkey", when=day("2021-11-24")))
    # "On Monday, bin Zayed held talks with Erdogan in Turkey", in an undated article
    in_turkey = extraction("b", report("b", *pair, country="Turkey"))
    phone = extraction("c", report("c", *pair, kind="phone"))
    merged = merge_meetings([ankara, in_turkey, phone])
    assert sorted(m.docs for m in merged) == [("a", "b"), ("c",)]
    (held,) = [m for m in merged if m.docs == ("a", "b")]
    assert explain(held.reports, {}) == [
        "b: no clue shared; the only meeting of its people none sets apart (same country)"
    ]
    # "In a meeting, bin Zayed and Erdogan discussed trade", undated: it could be any meeting
    # of theirs, told by an outlet that has not reported the others
    merged = merge_meetings([ankara, extraction("b", report("b", *pair))])
    assert sorted(m.docs for m in merged) == [("a",), ("b",)]
    # nor does a place with no day join a day with no place: "in Abu Dhabi" is not "on Wednesday"
    wednesday = extraction("a", report("a", *pair, when=day("2021-11-24")))
    abu_dhabi = extraction("b", report("b", *pair, city="Abu Dhabi", country="United Arab Emirates"))
    assert len(merge_meetings([wednesday, abu_dhabi])) == 2


def test_the_only_meeting_of_a_pair_takes_a_report_whose_article_tells_another_of_its_meetings() -> None:
    envoy, president, minister = "Li Hui", "Volodymyr Zelensky", "Dmytro Kuleba"
    # an outlet of May 18 tells both talks with no place; an undated one tells them in Kyiv
    dated = extraction(
        "a",
        report("a", envoy, president, country="Ukraine"),
        report("a", envoy, minister, at=200),
        published="2023-05-18",
    )
    kyiv = extraction(
        "b",
        report("b", envoy, president, city="Kyiv", country="Ukraine"),
        report("b", envoy, minister, city="Kyiv", country="Ukraine", at=200),
    )
    # the talks with the minister share no clue, but their articles tell the same other meeting
    assert sorted(m.docs for m in merge_meetings([dated, kyiv])) == [("a", "b"), ("a", "b")]


def test_explain_says_which_clues_joined_each_report() -> None:
    pair = ("Wang Yi", "Sergey Lavrov")
    docs = [
        extraction(
            "a", report("a", *pair, city="Rio de Janeiro", when=day("2024-11-18")), published="2024-11-19"
        ),
        extraction("b", report("b", *pair), published="2024-11-20"),
    ]
    (meeting,) = merge_meetings(docs)
    assert explain(meeting.reports, {"a": date(2024, 11, 19), "b": date(2024, 11, 20)}) == [
        "b to a: same people, dated in the week the other article tells as news"
    ]


def test_an_article_telling_a_meeting_held_and_another_planned_tells_two() -> None:
    pair = ("Antony Blinken", "Wang Yi")
    held = report("a", *pair, text="Blinken offered his condolences at the meeting to Wang.")
    plan = report(
        "a", *pair, kind="planned", when=day("2023-10-27"), text="They will continue talks on Friday.", at=300
    )
    docs = [extraction("a", held, plan, published="2023-10-27")]
    assert sorted(m.kind for m in merge_meetings(docs)) == ["in_person", "planned"]
    # the same day, though, is the same meeting: the schedule of the talks, and the talks
    docs = [extraction("a", plan, report("a", *pair, when=day("2023-10-27"), at=500), published="2023-10-26")]
    assert [m.kind for m in merge_meetings(docs)] == ["in_person"]


def test_a_plan_told_after_the_talks_is_a_meeting_to_come_even_on_the_same_day() -> None:
    pair = ("Antony Blinken", "Wang Yi")
    friday = day("2023-10-27")
    held = report("a", *pair, city="Washington", when=friday, text="Blinken held talks with Wang.", at=90)
    plan = report("a", *pair, when=friday, kind="planned", text="They will continue talks on Friday.", at=500)
    merged = merge_meetings([extraction("a", held, plan, published="2023-10-27")])
    assert sorted(m.kind for m in merged) == ["in_person", "planned"]
    # another outlet telling the talks alike does not hide that the plan's own article tells two
    alike = report("b", *pair, city="Washington", when=friday)
    docs = [
        extraction("b", alike, published="2023-10-27"),
        extraction("a", held, plan, published="2023-10-27"),
    ]
    assert sorted((m.kind, sorted(m.docs)) for m in merge_meetings(docs)) == [
        ("in_person", ["a", "b"]),
        ("planned", ["a"]),
    ]


def test_a_held_report_that_also_quotes_the_headline_is_told_where_it_was_found() -> None:
    pair = ("Antony Blinken", "Wang Yi")
    friday = day("2024-02-16")
    plan = report("a", *pair, when=friday, kind="planned", text="Blinken will meet Wang on Friday.", at=400)
    listed = report("a", *pair, city="Munich", when=friday, text="The schedule listed the meeting.", at=900)
    headline = Evidence(doc="a", text="Blinken set to hold talks with Wang", start=0, end=35)
    listed = listed.model_copy(update={"evidence": (*listed.evidence, headline)})
    (meeting,) = merge_meetings([extraction("a", plan, listed, published="2024-02-16")])
    assert meeting.docs == ("a",) and len(meeting.reports) == 2


def test_an_undated_plan_and_a_visit_the_article_tells_as_held_are_two() -> None:
    pair = ("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev")
    arrived = report("a", *pair, city="Tashkent", country="Uzbekistan", when=DateSpan(month=11))
    talks = report("a", *pair, city="Tashkent", country="Uzbekistan", kind="planned", at=400)
    assert sorted(m.kind for m in merge_meetings([extraction("a", arrived, talks)])) == [
        "in_person",
        "planned",
    ]


def test_a_plan_joins_the_meeting_held_within_a_week_of_its_article() -> None:
    pair = ("Sergey Ryabkov", "Lynne Tracy")
    # "a scheduled meeting", in an article of February 11
    plan = extraction("a", report("a", *pair, kind="planned"), published="2025-02-11")

    def held(on: str) -> Extraction:
        return extraction("b", report("b", *pair, city="Moscow", country="Russia", when=day(on)))

    (meeting,) = merge_meetings([plan, held("2025-02-13")])
    assert (meeting.kind, meeting.docs) == ("in_person", ("a", "b"))
    assert explain(meeting.reports, {"a": date(2025, 2, 11)}) == [
        "a to b: same people, held within a week of the article that announced it"
    ]
    # a month later it may be another meeting: the plan's half year is no clue of its own
    assert len(merge_meetings([plan, held("2025-03-13")])) == 2
    # nor is a day before the plan was told
    assert len(merge_meetings([plan, held("2025-02-10")])) == 2


def test_a_cancellation_that_tells_no_time_joins_the_only_cancelled_meeting_of_its_people() -> None:
    blinken = ("Antony Blinken", "Wang Yi")
    postponed = extraction(
        "a", report("a", *blinken, country="China", kind="cancelled"), published="2023-02-03"
    )
    undated = extraction("b", report("b", *blinken, country="China", kind="cancelled"))  # no date line
    held = extraction("c", report("c", *blinken, city="Beijing", country="China", when=day("2023-06-18")))
    merged = merge_meetings([postponed, undated, held])
    assert sorted((m.docs, m.kind) for m in merged) == [(("a", "b"), "cancelled"), (("c",), "in_person")]
    (called_off,) = [m for m in merged if m.kind == "cancelled"]
    assert explain(called_off.reports, {"a": date(2023, 2, 3)}) == [
        "b: no clue shared; the only cancelled meeting of its people none sets apart (same country)"
    ]
    # with two cancelled meetings of the pair, it could be either: it stays apart
    other = extraction("d", report("d", *blinken, country="China", kind="cancelled", when=day("2019-05-01")))
    assert len([m for m in merge_meetings([postponed, undated, held, other]) if m.kind == "cancelled"]) == 3


def test_a_cancellation_dated_by_its_article_joins_the_only_cancelled_meeting_of_those_days() -> None:
    pair = ("Lena Hartmann", "Tomas Novak")
    # "A planned meeting between the two at the Baltic summit in June did not take place"
    june = extraction(
        "a",
        report(
            "a",
            *pair,
            kind="cancelled",
            occasion="Baltic summit",
            when=days("2031-06-01", "2031-06-30", "month"),
        ),
        published="2031-07-10",
    )
    # "Novak had hoped to sit down with Hartmann; the meeting was called off", in a paper of June 17
    called_off = extraction("b", report("b", *pair, kind="cancelled"), published="2031-06-17")
    (meeting,) = merge_meetings([june, called_off])
    assert sorted(meeting.docs) == ["a", "b"]
    assert explain(meeting.reports, {"a": date(2031, 7, 10), "b": date(2031, 6, 17)}) == [
        "b: no clue shared; the only cancelled meeting of its people none sets apart "
        "(told in the days the other states)"
    ]
    # in a paper of September, a call-off within its half year may be another one: apart
    september = extraction("b", report("b", *pair, kind="cancelled"), published="2031-09-02")
    assert len(merge_meetings([june, september])) == 2


def test_a_dated_cancellation_does_not_join_a_cancelled_meeting_that_tells_no_time() -> None:
    pair = ("Donald Trump", "Vladimir Putin")
    budapest = extraction("a", report("a", *pair, city="Budapest", country="Hungary", kind="cancelled"))
    # "nothing concrete has been planned", in an article of November 2024
    denied = extraction("b", report("b", *pair, kind="cancelled"), published="2024-11-11")
    assert len(merge_meetings([budapest, denied])) == 2


def test_background_naming_a_country_joins_the_only_meeting_there_not_its_articles_news() -> None:
    pair = ("Joe Biden", "Xi Jinping")
    news = report("a", *pair, city="Lima", country="Peru", when=day("2024-11-16"))
    earlier = report(
        "a", *pair, country="United States", at=500, background=True
    )  # "met in California a year ago"
    docs = [
        extraction("a", news, earlier, published="2024-11-17"),
        extraction("b", report("b", *pair, city="Woodside", country="United States", when=day("2023-11-15"))),
        extraction(
            "c", report("c", *pair, country="Indonesia", when=days("2022-11-01", "2022-11-30", "month"))
        ),
    ]
    by_place = {m.place.country: m.docs for m in merge_meetings(docs) if m.place}
    assert by_place == {"Peru": ("a",), "United States": ("a", "b"), "Indonesia": ("c",)}


def _bilaterals_with_summits(merged: list[MergedMeeting]) -> list[tuple[str, str]]:
    """(doc of a two-person report, doc of a report of more people) joined in one meeting,
    the two reports from different articles."""
    return [
        (a.doc, b.doc)
        for m in merged
        for a in m.reports
        for b in m.reports
        if a.doc != b.doc and len(a.participants) == 2 and len(b.participants) > 2
    ]


def test_a_bilateral_told_with_the_summit_of_its_day_joins_no_other_articles_summit() -> None:
    xian = {"city": "Xi'an", "country": "China"}
    may19 = day("2023-05-19")
    docs = [
        # each outlet names the leaders of its own country's side of the summit, and its own
        # leader's talks with the host that day
        extraction(
            "astana",
            report(
                "astana",
                "Xi Jinping",
                "Shavkat Mirziyoyev",
                "Sadyr Japarov",
                "Emomali Rahmon",
                **xian,
                when=may19,
            ),
            report("astana", "Kassym-Jomart Tokayev", "Xi Jinping", **xian, at=400),
            published="2023-05-20",
        ),
        extraction(
            "tashkent",
            report(
                "tashkent", "Shavkat Mirziyoyev", "Xi Jinping", "Kassym-Jomart Tokayev", **xian, when=may19
            ),
            report("tashkent", "Shavkat Mirziyoyev", "Xi Jinping", **xian, when=may19, at=500),
            published="2023-05-20",
        ),
        # a third outlet tells only the talks with Tokayev
        extraction(
            "almaty", report("almaty", "Xi Jinping", "Kassym-Jomart Tokayev", **xian), published="2023-05-20"
        ),
    ]
    merged = merge_meetings(docs)
    assert _bilaterals_with_summits(merged) == []
    assert {"almaty", "astana"} in [set(m.docs) for m in merged]  # one talk told by two outlets


def test_a_two_person_talk_told_apart_from_a_reception_joins_the_talk_not_the_reception() -> None:
    riyadh = {"city": "Riyadh", "country": "Saudi Arabia"}
    pair = ("Faisal bin Farhan", "Abbas Araghchi")
    reception = report(
        "spa",
        "Mohammed bin Salman",
        *pair,
        "Musaed Al-Aiban",
        "Majid Takht-Ravanchi",
        **riyadh,
        when=day("2024-10-09"),
    )
    # "Earlier, Prince Faisal held talks with his Iranian counterpart", told as another meeting
    talks = report("spa", *pair, **riyadh, at=900, another=True)
    docs = [
        extraction("irna", report("irna", *reversed(pair), **riyadh), published="2024-10-09"),
        extraction("spa", reception, talks, published="2024-10-09"),
    ]
    merged = merge_meetings(docs)
    assert sorted(m.docs for m in merged) == [("irna", "spa"), ("spa",)]
    (bilateral,) = [m for m in merged if len(m.participants) == 2]
    assert len(bilateral.reports) == 2


def test_a_headline_over_two_bilaterals_makes_neither_a_meeting_of_three() -> None:
    asuncion = {"city": "Asunción", "country": "Paraguay"}
    docs = [
        extraction(
            "a",
            # "Lula meets Peña and Arce at Mercosur summit"
            report("a", "Luiz Inácio Lula da Silva", "Santiago Peña", "Luis Arce", **asuncion),
            report(
                "a", "Luiz Inácio Lula da Silva", "Santiago Peña", **asuncion, when=day("2024-07-08"), at=80
            ),
            # "Lula also met Bolivian President Luis Arce on the sidelines"
            report("a", "Luiz Inácio Lula da Silva", "Luis Arce", **asuncion, at=700, another=True),
            published="2024-07-09",
        )
    ]
    merged = merge_meetings(docs)
    assert sorted(len(m.participants) for m in merged) == [2, 2, 3]


def test_an_earlier_meeting_told_with_its_own_month_is_not_its_articles_news() -> None:
    pair = ("Anwar Ibrahim", "Shigeru Ishiba")
    undated = extraction(
        "bernama",
        report(
            "bernama", *pair, city="Putrajaya", country="Malaysia", text="Anwar held talks with Ishiba today."
        ),
        # "They first met in October": the article's place given to it as well
        report(
            "bernama",
            *pair,
            city="Putrajaya",
            country="Malaysia",
            when=DateSpan(precision="month", month=10),
            at=900,
            background=True,
        ),
    )
    dated = extraction(
        "kyodo", report("kyodo", *pair, country="Malaysia", when=day("2025-01-10")), published="2025-01-11"
    )
    merged = merge_meetings([undated, dated])
    assert sorted((m.docs, len(m.reports)) for m in merged) == [(("bernama",), 1), (("bernama", "kyodo"), 2)]
    (held,) = [m for m in merged if len(m.reports) == 2]
    assert held.date == day("2025-01-10") and not any(r.background for r in held.reports)


def test_same_pair_in_three_places_keeps_its_talks_apart_from_the_summit_between_them() -> None:
    pair = ("Narendra Modi", "Anthony Albanese")
    quad = ("Joe Biden", "Fumio Kishida", *pair)
    hiroshima = {"city": "Hiroshima", "country": "Japan"}
    docs = [
        # an outlet that tells only the pair's talks in Hiroshima, with no day
        extraction("sbs", report("sbs", *pair, **hiroshima), published="2023-05-21"),
        extraction(
            "abc",
            report("abc", *quad, **hiroshima, when=day("2023-05-20")),
            # "Modi and Albanese also held a brief bilateral on the sidelines"
            report("abc", *pair, **hiroshima, at=600, another=True),
            published="2023-05-21",
        ),
        extraction("toi", report("toi", *reversed(quad), **hiroshima, when=day("2023-05-20"))),
        extraction(
            "pti",
            report("pti", *pair, city="Sydney", country="Australia", when=day("2023-05-24")),
            report(
                "pti",
                *pair,
                city="New Delhi",
                country="India",
                when=days("2023-03-01", "2023-03-31", "month"),
                at=800,
                background=True,
            ),
            published="2023-05-24",
        ),
    ]
    merged = merge_meetings(docs)
    assert sorted(tuple(sorted(m.docs)) for m in merged) == [
        ("abc", "sbs"),
        ("abc", "toi"),
        ("pti",),
        ("pti",),
    ]
    assert {m.place.city for m in merged if m.place and len(m.participants) == 2} == {
        "Hiroshima",
        "Sydney",
        "New Delhi",
    }


def test_a_family_name_with_its_particle_joins_no_one_in_another_article() -> None:
    docs = [
        extraction("d1", people=(Person(name="Sultan Al Jaber", aliases=("Al-Jaber",)),)),
        extraction("d2", people=(Person(name="Al-Jaber"),)),
    ]
    people = merge_people(docs)
    assert people.resolve("d2", Person(name="Al-Jaber")).name == "Al-Jaber"
    assert len(people) == 2


def test_a_family_name_with_its_particle_joins_the_person_of_its_own_article() -> None:
    docs = [extraction("d1", people=(Person(name="Karim Al Haddad"), Person(name="Al-Haddad")))]
    assert [p.name for p in merge_people(docs)] == ["Karim Al Haddad"]


def test_a_name_with_a_last_word_more_is_one_person_across_articles() -> None:
    people = merge_people(
        [
            extraction("d1", people=(Person(name="Karim Nasser Haddad"),)),
            extraction("d2", people=(Person(name="Karim Nasser", country="Lebanon"),)),
        ]
    )
    assert [p.name for p in people] in (["Karim Nasser Haddad"], ["Karim Nasser"])


@pytest.mark.parametrize(
    "others",
    [
        (Person(name="Karim Nasser Haddad"), Person(name="Karim Nasser Saleh")),  # which one?
        (Person(name="Karim Nasser Haddad", country="Jordan"),),  # of another country
    ],
)
def test_a_name_with_a_last_word_more_stays_apart_when_ambiguous_or_of_another_country(
    others: tuple[Person, ...],
) -> None:
    people = merge_people(
        [
            extraction("d1", people=others),
            extraction("d2", people=(Person(name="Karim Nasser", country="Lebanon"),)),
        ]
    )
    assert len(people) == len(others) + 1


def test_a_name_with_a_middle_name_more_is_one_person_across_articles() -> None:
    people = merge_people(
        [
            extraction("d1", people=(Person(name="Tomas Aleki Vanu", country="Vanuatu"),)),
            extraction("d2", people=(Person(name="Tomas Vanu"),)),
        ]
    )
    assert [(p.name, p.aliases) for p in people] in (
        [("Tomas Aleki Vanu", ("Tomas Vanu",))],
        [("Tomas Vanu", ("Tomas Aleki Vanu",))],
    )


@pytest.mark.parametrize(
    "others",
    [
        (Person(name="Tomas Aleki Vanu"), Person(name="Tomas Rua Vanu")),  # which one?
        (Person(name="Tomas Aleki Vanu", country="Fiji"),),  # of another country
        (Person(name="Tomas bin Vanu"),),  # a lineage word is no middle name
    ],
)
def test_a_name_with_a_middle_name_more_stays_apart_when_ambiguous_or_of_another_country(
    others: tuple[Person, ...],
) -> None:
    people = merge_people(
        [
            extraction("d1", people=others),
            extraction("d2", people=(Person(name="Tomas Vanu", country="Vanuatu"),)),
        ]
    )
    assert len(people) == len(others) + 1


def test_reports_naming_one_person_with_and_without_a_middle_name_are_one_meeting() -> None:
    merged = merge_meetings(
        [
            extraction(
                "d1", report("d1", "Leila Moreau", "Tomas Aleki Vanu", city="Suva", when=day("2023-07-10"))
            ),
            extraction("d2", report("d2", "Leila Moreau", "Tomas Vanu", city="Suva", when=day("2023-07-10"))),
        ]
    )
    assert [m.docs for m in merged] == [("d1", "d2")]


def test_reports_naming_one_person_with_and_without_a_last_word_are_one_meeting() -> None:
    merged = merge_meetings(
        [
            extraction("d1", report("d1", "Leila Moreau", "Karim Nasser Haddad"), published="2025-03-04"),
            extraction(
                "d2",
                report("d2", "Leila Moreau", "Karim Nasser", when=day("2025-03-03")),
                published="2025-03-04",
            ),
        ]
    )
    assert [m.docs for m in merged] == [("d1", "d2")]


def test_an_article_dating_talks_and_a_host_receiving_the_two_on_one_of_their_days_tells_two_meetings() -> (
    None
):
    def told(doc: str) -> Extraction:
        pair = (Person(name="Lena Varga", country="Hungary"), Person(name="Ivo Horvat", country="Croatia"))
        host = Person(name="Aldo Kanat", country="Kazakhstan")
        talks = report("d", "x", city="Almaty", when=days("2024-05-10", "2024-05-11"))
        reception = report("d", "x", city="Almaty", when=day("2024-05-10"), at=400)
        return extraction(
            doc,
            talks.model_copy(update={"doc": doc, "participants": pair}),
            reception.model_copy(update={"doc": doc, "participants": (host, *pair)}),
            published="2024-05-11",
        )

    merged = merge_meetings([told("d1"), told("d2")])
    assert sorted((len(m.participants), m.docs) for m in merged) == [(2, ("d1", "d2")), (3, ("d1", "d2"))]


def test_a_minister_of_the_delegations_named_on_one_day_of_a_visit_is_the_same_meeting() -> None:
    pair = (Person(name="Lena Varga", country="Hungary"), Person(name="Ivo Horvat", country="Croatia"))
    minister = Person(name="Marta Kos", country="Croatia")
    visit = report("d1", "x", city="Doha", when=days("2025-04-14", "2025-04-15"))
    talks = report("d1", "x", city="Doha", when=day("2025-04-15"), at=400)
    merged = merge_meetings(
        [
            extraction(
                "d1",
                visit.model_copy(update={"participants": pair}),
                talks.model_copy(update={"participants": (*pair, minister)}),
                published="2025-04-15",
            )
        ]
    )
    assert len(merged) == 1


@pytest.mark.parametrize(("guest", "merged"), [("Turkey", 1), ("Iran", 2)])
def test_two_lists_of_one_talks_delegations_are_one_meeting_unless_one_names_another_country(
    guest: str, merged: int
) -> None:
    tr = [Person(name=n, country="Turkey") for n in ("Aylin Demir", "Kemal Oz", "Selin Kaya", "Umut Er")]
    ru = [Person(name=n, country="Russia") for n in ("Ivan Petrov", "Oleg Sokolov")]
    other = Person(name="Ali Reza", country=guest)
    with_ministers = report("d1", "x", city="Sochi").model_copy(update={"participants": (*tr[:2], *ru)})
    with_delegation = report("d2", "x", city="Sochi", when=day("2023-09-04"))
    with_delegation = with_delegation.model_copy(update={"participants": (*tr, ru[0], other)})
    docs = [extraction("d1", with_ministers), extraction("d2", with_delegation)]
    assert len(merge_meetings(docs)) == merged


def test_an_undated_report_joins_the_only_meeting_at_the_occasion_its_article_names() -> None:
    # an undated wire: the two met in a city; the article tells the summit the leaders are in town for
    wire = extraction(
        "d1",
        report("d1", "Joe Biden", "Xi Jinping", city="San Francisco", country="United States"),
        report("d1", "Joe Biden", "Xi Jinping", city="Woodside", country="United States", at=200),
        report("d1", "Xi Jinping", "Cai Qi", city="San Francisco", occasion="APEC summit", at=400),
    )
    paper = extraction(
        "d2",
        report("d2", "Joe Biden", "Xi Jinping", occasion="APEC summit", when=day("2023-11-15")),
        published="2023-11-16",
    )
    merged = [m for m in merge_meetings([wire, paper]) if len(m.docs) > 1]
    assert [(m.docs, m.place and m.place.city) for m in merged] == [(("d1", "d2"), "Woodside")]


def test_a_meeting_of_more_people_on_the_same_day_in_a_far_city_is_another_meeting() -> None:
    merged = merge_meetings(
        [
            extraction(
                "d1", report("d1", "Aylin Demir", "Karim Haddad", city="Baghdad", when=day("2024-04-22"))
            ),
            extraction(
                "d2",
                report(
                    "d2", "Aylin Demir", "Karim Haddad", "Rawa Aziz", city="Erbil", when=day("2024-04-22")
                ),
            ),
        ]
    )
    assert sorted(m.docs for m in merged) == [("d1",), ("d2",)]


def test_a_sentence_naming_all_of_a_meeting_one_by_one_tells_that_meeting_again() -> None:
    jeddah = {"city": "Jeddah", "country": "Saudi Arabia"}
    host, heir, guest = "Salman bin Abdulaziz Al Saud", "Mohammed bin Salman", "Recep Tayyip Erdogan"
    docs = [
        extraction(
            "a",
            # "Erdogan was received in Jeddah by King Salman and Crown Prince Mohammed bin Salman"
            report("a", guest, host, heir, **jeddah),
            # "... and the Turkish president said he was glad to be meeting the king and the crown prince"
            report("a", guest, host, **jeddah, at=300),
            report("a", guest, heir, **jeddah, at=300),
            # "The crown prince and Erdogan went over relations. The two men also talked about ..."
            report("a", heir, guest, **jeddah, at=600, another=True),
            published="2022-04-30",
        )
    ]
    merged = merge_meetings(docs)
    assert sorted(len(m.participants) for m in merged) == [2, 3]


def test_a_meeting_of_more_people_takes_in_a_pair_its_article_told_apart_only_at_another_time() -> None:
    pair = ("Gustavo Petro", "Daniel Noboa")
    quito = {"city": "Quito", "country": "Ecuador"}
    undated = extraction(
        "a",
        # "Petro held talks with Noboa in Quito, joined by their foreign ministers ..."
        report("a", *pair, "Luis Gilberto Murillo", "Gabriela Sommerfeld", **quito),
        # "... the two presidents had first met in Lima in March 2023"
        report(
            "a", *pair, city="Lima", country="Peru", when=days("2023-03-01", "2023-03-31", "month"), at=600
        ),
    )
    dated = extraction("b", report("b", *pair, **quito, when=day("2024-05-10")), published="2024-05-11")
    merged = merge_meetings([undated, dated])
    assert sorted(m.docs for m in merged) == [("a",), ("a", "b")]
    (talks,) = [m for m in merged if m.docs == ("a", "b")]
    assert len(talks.participants) == 4


def test_a_pair_met_before_elsewhere_keeps_no_meeting_of_more_people_from_the_pairs_news() -> None:
    pair = ("William Ruto", "Abiy Ahmed")
    nairobi = {"city": "Nairobi", "country": "Kenya"}
    news = extraction(
        "c",
        report("c", *pair, "Musalia Mudavadi", "Taye Atske Selassie", **nairobi),
        # "Ruto recalled that he and Abiy had met in Addis Ababa"
        report("c", *pair, city="Addis Ababa", country="Ethiopia", background=True, at=500),
        published="2025-02-20",
    )
    wire = extraction("d", report("d", *pair, **nairobi, when=day("2025-02-18")), published="2025-02-19")
    merged = merge_meetings([news, wire])
    assert ("c", "d") in [m.docs for m in merged]


def _of(meeting: Meeting, **countries: str) -> Meeting:
    """The report with each person's country (keyed by surname)."""
    people = tuple(
        Person(name=p.name, country=countries.get(p.name.split()[-1])) for p in meeting.participants
    )
    return meeting.model_copy(update={"participants": people})


def test_a_visit_to_a_country_joins_the_visitors_meeting_there_with_its_hosts() -> None:
    nations = {"Ramaphosa": "South Africa", "Lourenco": "Angola", "Putin": "Russia"}
    luanda = {"city": "Luanda", "country": "Angola"}
    trip = report("a", "Cyril Ramaphosa", **luanda, kind="visit")  # "Ramaphosa visited Luanda in March"
    talks = report("b", "Cyril Ramaphosa", "Joao Lourenco", **luanda, when=day("2024-03-12"))
    merged = merge_meetings([extraction("a", _of(trip, **nations)), extraction("b", _of(talks, **nations))])
    assert [m.docs for m in merged] == [("a", "b")]
    # with a guest of a third country, the visit is no clue that it was that meeting
    other = report("b", "Cyril Ramaphosa", "Vladimir Putin", **luanda, when=day("2024-03-12"))
    merged = merge_meetings([extraction("a", _of(trip, **nations)), extraction("b", _of(other, **nations))])
    assert sorted(m.docs for m in merged) == [("a",), ("b",)]


def test_a_city_one_article_repeats_counts_once_against_the_venue_another_names() -> None:
    pair = ("Lee Jae-myung", "Shigeru Ishiba")
    on = day("2025-08-23")
    wire = extraction("wire", report("wire", *pair, city="Chiyoda", country="Japan", when=on))
    # a dateline's city, given to each report the article tells
    agency = extraction(
        "agency",
        *(report("agency", *pair, city="Tokyo", country="Japan", when=on, at=n * 200) for n in range(3)),
    )
    (meeting,) = merge_meetings([wire, agency])
    assert meeting.place is not None and meeting.place.city == "Chiyoda"


def test_a_plan_of_one_persons_trip_joins_the_meeting_with_its_hosts_three_outlets_tell() -> None:
    nations = {"Chinh": "Vietnam", "Luxon": "New Zealand", "Albanese": "Australia"}
    auckland = {"city": "Auckland", "country": "New Zealand", "occasion": "ASEAN-New Zealand Summit"}
    summit = days("2025-08-07", "2025-08-08")
    # "Vietnamese Prime Minister Pham Minh Chinh is expected to fly to Auckland for the
    # ASEAN-New Zealand Summit on August 7 and 8."
    trip = report("wire", "Pham Minh Chinh", **auckland, when=summit, kind="planned")
    # "Chinh will be among the guests of the summit that Christopher Luxon hosts in Auckland
    # from August 7 to 8."
    hosted = report("paper", "Pham Minh Chinh", "Christopher Luxon", **auckland, when=summit, kind="planned")
    # "Luxon and Chinh held talks in Auckland on Thursday on the summit's first day."
    held = report("agency", "Christopher Luxon", "Pham Minh Chinh", city="Auckland", when=day("2025-08-07"))
    told = [extraction(r.doc, _of(r, **nations), published="2025-08-07") for r in (trip, hosted, held)]
    assert [sorted(m.docs) for m in merge_meetings(told)] == [["agency", "paper", "wire"]]
    # the same pair's talks in Auckland a year before are another meeting
    pair = ("Christopher Luxon", "Pham Minh Chinh")
    before = report("archive", *pair, city="Auckland", when=day("2024-08-08"))
    merged = merge_meetings([*told, extraction("archive", _of(before, **nations), published="2024-08-09")])
    assert sorted(sorted(m.docs) for m in merged) == [["agency", "paper", "wire"], ["archive"]]
    # a plan to meet a leader of a third country there is no meeting with the hosts
    other = report("paper", "Pham Minh Chinh", "Anthony Albanese", **auckland, when=summit, kind="planned")
    merged = merge_meetings([told[0], extraction("paper", _of(other, **nations), published="2025-08-07")])
    assert sorted(m.docs for m in merged) == [("paper",), ("wire",)]


def test_a_later_mention_naming_the_host_of_talks_told_before_is_the_same_meeting() -> None:
    pair = ("Nikol Pashinyan", "Ilham Aliyev")
    hosts = ("Mohamed bin Zayed", "Anwar Gargash")
    first = "Pashinyan and Aliyev held talks in Abu Dhabi on Monday."
    again = "Sheikh Mohamed bin Zayed hosted the two leaders for three hours, joined by Anwar Gargash."
    wire = extraction(
        "wire",
        report("wire", *pair, city="Abu Dhabi", when=day("2025-06-16"), text=first),
        report("wire", *pair, *hosts, text=again, at=len(first) + 1),
        published="2025-06-17",
    )
    # an outlet with no date: "Sheikh Mohamed received Pashinyan and Aliyev in Abu Dhabi,
    # with Gargash at his side"
    agency = extraction("agency", report("agency", *hosts[:1], *pair, hosts[1], city="Abu Dhabi"))
    # the pair's talks in Abu Dhabi a year before
    archive = extraction(
        "archive", report("archive", *pair, city="Abu Dhabi", when=day("2024-07-05")), published="2024-07-06"
    )
    merged = merge_meetings([wire, agency, archive])
    assert sorted(sorted(m.docs) for m in merged) == [["agency", "wire"], ["archive"]]
    assert len(merged[-1].reports) == 3 and len(merged[-1].participants) == 4


def test_a_later_mention_of_a_gathering_of_more_people_is_not_the_talks_told_before() -> None:
    pair = ("Nikol Pashinyan", "Ilham Aliyev")
    first = "Pashinyan and Aliyev held talks in Tirana on Friday on the sidelines of the summit."
    later = "Pashinyan, Aliyev, Edi Rama and Emmanuel Macron then joined the summit's family photo."
    wire = extraction(
        "wire",
        report("wire", *pair, city="Tirana", when=day("2025-05-16"), text=first),
        report("wire", *pair, "Edi Rama", "Emmanuel Macron", occasion="EPC summit", text=later, at=90),
        published="2025-05-17",
    )
    assert len(merge_meetings([wire])) == 2


def test_an_article_telling_a_summit_called_off_and_a_bilateral_still_planned_tells_two() -> None:
    # "The summit in Nairobi is off ... Ruto and Museveni will still hold talks in Nairobi"
    summit = report(
        "a",
        "William Ruto",
        "Yoweri Museveni",
        "Paul Kagame",
        city="Nairobi",
        country="Kenya",
        kind="cancelled",
        when=day("2024-05-24"),
    )
    still = report(
        "a", "William Ruto", "Yoweri Museveni", city="Nairobi", country="Kenya", kind="planned", at=400
    )
    merged = merge_meetings([extraction("a", summit, still, published="2024-05-15")])
    assert sorted(m.kind for m in merged) == ["cancelled", "planned"]


def test_two_outlets_each_naming_two_of_three_leaders_join_the_talks_a_third_names_in_full() -> None:
    doha = {"city": "Doha", "country": "Qatar"}
    # "Emir Tamim hosted Presidents Kagame and Tshisekedi in Doha on Monday."
    full = report(
        "wire", "Tamim bin Hamad", "Paul Kagame", "Felix Tshisekedi", **doha, when=day("2025-03-17")
    )
    # "The emir received Kagame at Lusail Palace before the talks."
    host = report("paper", "Tamim bin Hamad", "Paul Kagame", **doha, when=day("2025-03-17"))
    # months later: "Kagame and Tshisekedi met in Doha in March under the emir's auspices"
    pair = ("Paul Kagame", "Felix Tshisekedi")
    later = report("agency", *pair, **doha, when=days("2025-03-01", "2025-03-31", "month"), background=True)
    told = [
        extraction("wire", full, published="2025-03-18"),
        extraction("paper", host, published="2025-03-18"),
        extraction("agency", later, published="2025-06-02"),
    ]
    assert [sorted(m.docs) for m in merge_meetings(told)] == [["agency", "paper", "wire"]]
    # the same pair's talks in Doha a year before are another meeting
    before = report("archive", *pair, **doha, when=days("2024-03-01", "2024-03-31", "month"))
    merged = merge_meetings([*told, extraction("archive", before, published="2024-04-02")])
    assert sorted(sorted(m.docs) for m in merged) == [["agency", "paper", "wire"], ["archive"]]


def test_two_pairs_of_a_summit_of_many_are_not_both_taken_for_it() -> None:
    samarkand = {"city": "Samarkand", "country": "Uzbekistan", "when": day("2022-09-16")}
    leaders = ("Xi Jinping", "Vladimir Putin", "Narendra Modi", "Recep Tayyip Erdogan", "Shehbaz Sharif")
    summit = report("wire", *leaders, **samarkand, occasion="SCO summit")
    # other outlets' talks of two of its five leaders on its sidelines
    talks = [
        report("a", "Xi Jinping", "Vladimir Putin", **samarkand),
        report("b", "Narendra Modi", "Vladimir Putin", **samarkand),
    ]
    told = [extraction(r.doc, r, published="2022-09-16") for r in (summit, *talks)]
    assert ("b",) in [m.docs for m in merge_meetings(told)]


def test_two_of_three_leaders_met_on_a_summits_sidelines_apart_from_their_talks_with_the_third() -> None:
    september = {
        "city": "Samarkand",
        "country": "Uzbekistan",
        "occasion": "SCO summit",
        "when": days("2022-09-01", "2022-09-30", "month"),
    }
    trio = ("Ukhnaagiin Khurelsukh", "Vladimir Putin", "Xi Jinping")
    told = [
        extraction("wire", report("wire", *trio, **september), published="2024-09-03"),
        # "the two heads of state last met in Samarkand in September 2022"
        extraction("paper", report("paper", *trio[:2], **september, background=True), published="2024-09-03"),
        # "he and Putin met in Samarkand in September on the sidelines of the SCO summit"
        extraction(
            "agency", report("agency", *trio[1:], **september, background=True), published="2022-12-30"
        ),
    ]
    assert ("agency",) in [m.docs for m in merge_meetings(told)]


def test_a_plan_told_vaguely_then_said_out_in_one_article_is_one_plan() -> None:
    pair = ("Luiz Inácio Lula da Silva", "Donald Trump")
    # "The two presidents agreed to meet in person soon. Lula suggested they meet during the
    # ASEAN summit in Malaysia later this month."
    soon = report("a", *pair, kind="planned")
    said_out = report(
        "a",
        *pair,
        kind="planned",
        country="Malaysia",
        occasion="ASEAN summit",
        when=days("2025-10-01", "2025-10-31", "month"),
        at=60,
    )
    held = report(
        "b", *pair, city="Kuala Lumpur", country="Malaysia", occasion="ASEAN summit", when=day("2025-10-26")
    )
    docs = [
        extraction("a", soon, said_out, published="2025-10-07"),
        extraction("b", held, published="2025-10-26"),
    ]
    (meeting,) = merge_meetings(docs)
    assert (meeting.kind, len(meeting.reports)) == ("in_person", 3)


def test_a_vague_plan_before_two_plans_said_out_stays_apart() -> None:
    pair = ("Emmanuel Macron", "Olaf Scholz")
    # "the two agreed to meet again ... in Paris on Monday and in Berlin in May": either one
    again = report("a", *pair, kind="planned")
    paris = report("a", *pair, kind="planned", city="Paris", country="France", when=day("2025-03-10"), at=40)
    berlin = report(
        "a",
        *pair,
        kind="planned",
        city="Berlin",
        country="Germany",
        when=days("2025-05-01", "2025-05-31", "month"),
        at=80,
    )
    merged = merge_meetings([extraction("a", again, paris, berlin, published="2025-03-07")])
    assert sorted(len(m.reports) for m in merged) == [1, 1, 1]


@pytest.mark.parametrize(
    ("phone_day", "video_day", "one"),
    [
        ("2025-03-10", "2025-03-10", True),  # "spoke by phone on Monday"; "held a video call on Monday"
        ("2025-10-07", "2025-10-06", True),  # "This morning, I had a very good telephone call"
        ("2024-05-07", "2024-05-29", False),  # a call, then a video conference three weeks on
    ],
)
def test_one_call_told_as_a_phone_call_and_as_a_video_call_is_one_meeting(
    phone_day: str, video_day: str, one: bool
) -> None:
    pair = ("Narendra Modi", "Shigeru Ishiba")
    merged = merge_meetings(
        [
            extraction("wire", report("wire", *pair, when=day(phone_day), kind="phone")),
            extraction("ministry", report("ministry", *pair, when=day(video_day), kind="video")),
            extraction("daily", report("daily", *pair, when=day(phone_day), kind="phone")),
        ]
    )
    if one:
        assert [(sorted(m.docs), m.kind) for m in merged] == [(["daily", "ministry", "wire"], "video")]
    else:
        assert sorted(m.kind for m in merged) == ["phone", "video"]


def test_a_phone_call_and_a_video_call_told_with_no_day_stay_apart() -> None:
    pair = ("Cyril Ramaphosa", "William Ruto")
    merged = merge_meetings(
        [
            extraction("a", report("a", *pair, kind="phone")),
            extraction("b", report("b", *pair, kind="video")),
        ]
    )
    assert len(merged) == 2


def test_a_visit_told_as_background_joins_the_only_meeting_with_its_hosts_that_month() -> None:
    nations = {"Sanchez": "Spain", "Jinping": "China", "Qiang": "China", "Biden": "United States"}
    march = days("2023-03-01", "2023-03-31", "month")
    # "Sanchez had visited China in March, his second trip to the country"
    trip = report("later", "Pedro Sanchez", country="China", when=march, kind="visit", background=True)
    talks = report("news", "Pedro Sanchez", "Xi Jinping", when=march)  # "Sanchez met Xi in March"
    merged = merge_meetings(
        [extraction("later", _of(trip, **nations)), extraction("news", _of(talks, **nations))]
    )
    assert [sorted(m.docs) for m in merged] == [["later", "news"]]
    # two meetings with hosts that month: neither is the only one
    premier = report("daily", "Pedro Sanchez", "Li Qiang", when=march)
    merged = merge_meetings(
        [extraction(d, _of(r, **nations)) for d, r in (("later", trip), ("news", talks), ("daily", premier))]
    )
    assert sorted(sorted(m.docs) for m in merged) == [["daily"], ["later"], ["news"]]
    # nor is a meeting with a guest of another country, or one in another country
    guest = report("news", "Pedro Sanchez", "Joe Biden", when=march)
    elsewhere = report("news", "Pedro Sanchez", "Xi Jinping", city="Bali", country="Indonesia", when=march)
    for other in (guest, elsewhere):
        merged = merge_meetings(
            [extraction("later", _of(trip, **nations)), extraction("news", _of(other, **nations))]
        )
        assert len(merged) == 2


@pytest.mark.parametrize(
    ("where", "call_day", "one"),
    [
        (None, "2023-12-20", True),  # "Sunak spoke to Netanyahu on 20 December"; "held a phone call"
        ("London", "2023-12-20", False),  # talks in a city are no call
        (None, "2023-12-22", False),  # nor talks of another day
    ],
)
def test_talks_told_with_no_place_on_the_day_of_a_call_are_that_call(
    where: str | None, call_day: str, one: bool
) -> None:
    pair = ("Rishi Sunak", "Benjamin Netanyahu")
    readout = report("readout", *pair, city=where, when=day("2023-12-20"))
    call = report("office", *pair, when=day(call_day), kind="phone")
    merged = merge_meetings([extraction("readout", readout), extraction("office", call)])
    if one:
        assert [(sorted(m.docs), m.kind) for m in merged] == [(["office", "readout"], "phone")]
    else:
        assert sorted(m.kind for m in merged) == ["in_person", "phone"]


@pytest.mark.parametrize(
    ("occasion", "city", "when", "one"),
    [
        ("East Asia Summit", "Vientiane", days("2024-10-07", "2024-10-13", "week"), True),  # "this week"
        ("East Asia Summit", "Vientiane", days("2024-10-21", "2024-10-27", "week"), False),
        ("Mekong-Japan Summit", "Tokyo", days("2024-10-07", "2024-10-13", "week"), False),
    ],
)
def test_a_bilateral_told_at_two_summits_a_host_holds_in_one_week_is_one_meeting(
    occasion: str, city: str, when: DateSpan, one: bool
) -> None:
    pair = ("Shigeru Ishiba", "Ferdinand Marcos Jr")
    asean = report(
        "wire", *pair, city="Vientiane", country="Laos", occasion="ASEAN summit", when=day("2024-10-10")
    )
    other = report("daily", *pair, city=city, occasion=occasion, when=when)
    merged = merge_meetings([extraction("wire", asean), extraction("daily", other)])
    assert len(merged) == (1 if one else 2)


def test_a_pair_met_three_times_each_retelling_joins_its_own_meeting() -> None:
    pair = ("Olaf Scholz", "Emmanuel Macron")
    held = [
        report("jan", *pair, city="Paris", country="France", when=day("2024-01-15")),
        report("may", *pair, city="Berlin", country="Germany", when=day("2024-05-28")),
        report(
            "sep", *pair, city="New York", country="United States", when=day("2024-09-24"), occasion="UNGA"
        ),
    ]
    later = report(
        "june", *pair, city="Berlin", when=days("2024-05-01", "2024-05-31", "month")
    )  # "last month"
    wire = report("wire", *pair, city="Paris")  # "PARIS, Jan 15 -- Macron received Scholz": no year
    merged = merge_meetings([extraction(r.doc, r) for r in (*held, later, wire)])
    assert sorted(sorted(m.docs) for m in merged) == [["jan", "wire"], ["june", "may"], ["sep"]]


def test_undated_reports_of_a_pair_that_nothing_ties_stay_apart() -> None:
    pair = ("Badr Abdelatty", "Abbas Araghchi")
    # two wires of unknown year: one call may be a year after the other
    merged = merge_meetings(
        [extraction(d, report(d, *pair, kind="phone")) for d in ("tehran-wire", "cairo-wire")]
    )
    assert len(merged) == 2
    # told in two cities, they are two meetings
    merged = merge_meetings(
        [
            extraction("a", report("a", *pair, city="Tehran", country="Iran")),
            extraction("b", report("b", *pair, city="Cairo", country="Egypt")),
        ]
    )
    assert len(merged) == 2


def test_three_outlets_telling_one_meeting_with_different_details_are_one_meeting() -> None:
    pair = ("Wang Yi", "Mauro Vieira")
    wire = report("wire", *pair, city="Beijing", country="China", when=day("2024-03-05"))  # "on Tuesday"
    readout = report("readout", "Wang Yi", "Mauro Luiz Iecker Vieira", when=day("2024-03-05"))
    weekly = report("weekly", *pair, country="China", when=days("2024-03-04", "2024-03-10", "week"))
    merged = merge_meetings(
        [
            extraction("wire", wire),
            extraction("readout", readout),
            extraction("weekly", weekly, published="2024-03-08"),
        ]
    )
    assert [sorted(m.docs) for m in merged] == [["readout", "weekly", "wire"]]


def yearless(month: int, on: int) -> DateSpan:
    """A day told without its year, in an undated article ("on August 20")."""
    return DateSpan(precision="day", month=month, day=on)


def test_an_undated_report_of_a_day_joins_the_dated_meeting_of_that_day() -> None:
    pair = ("Abbas Araghchi", "Fuad Hussein")
    docs = [
        extraction("a", report("a", *pair, when=day("2024-08-20")), published="2024-08-21"),
        extraction("b", report("b", *pair, when=yearless(8, 20))),
    ]
    assert [m.docs for m in merge_meetings(docs)] == [("a", "b")]


def test_an_undated_report_of_another_day_of_that_month_is_another_meeting() -> None:
    pair = ("Fumio Kishida", "Yoon Suk Yeol")
    docs = [
        extraction("a", report("a", *pair, when=day("2024-09-09")), published="2024-09-10"),
        extraction("b", report("b", *pair, when=yearless(9, 6))),
    ]
    assert sorted(m.docs for m in merge_meetings(docs)) == [("a",), ("b",)]


def test_two_undated_reports_of_one_day_without_a_year_are_one_meeting() -> None:
    pair = ("Luiz Inácio Lula da Silva", "Javier Milei")
    docs = [
        extraction("a", report("a", *pair, when=yearless(11, 4))),
        extraction("b", report("b", *pair, when=yearless(11, 4))),
        extraction("c", report("c", *pair, when=yearless(11, 18))),
    ]
    assert sorted(m.docs for m in merge_meetings(docs)) == [("a", "b"), ("c",)]


def test_a_day_without_a_year_joins_neither_of_two_meetings_on_that_day_of_two_years() -> None:
    pair = ("William Ruto", "Yoweri Museveni")
    docs = [
        extraction("a", report("a", *pair, when=yearless(6, 12))),
        extraction("b", report("b", *pair, when=day("2023-06-12")), published="2023-06-13"),
        extraction("c", report("c", *pair, when=day("2024-06-12")), published="2024-06-13"),
    ]
    assert sorted(m.docs for m in merge_meetings(docs)) == [("a",), ("b",), ("c",)]


def test_two_wires_of_one_pair_on_two_days_of_a_year_untold_in_one_city_are_two_meetings() -> None:
    pair = ("Wang Yi", "Sergey Lavrov")
    docs = [
        extraction("a", report("a", *pair, city="Beijing", when=yearless(5, 12))),
        extraction("b", report("b", *pair, city="Beijing", when=yearless(5, 27))),
    ]
    assert sorted(m.docs for m in merge_meetings(docs)) == [("a",), ("b",)]


def test_a_call_on_a_day_without_a_year_joins_the_call_of_that_day_only() -> None:
    pair = ("Abbas Araghchi", "Hakan Fidan")
    # "Tehran, 14 March (IRNA) - Araghchi held a telephone conversation with Fidan", undated
    wire = extraction("a", report("a", *pair, kind="phone", when=DateSpan(month=3, day=14)))
    dated = report("b", *pair, kind="phone", when=day("2025-03-14"))
    (meeting,) = merge_meetings([wire, extraction("b", dated)])
    assert meeting.docs == ("a", "b")
    # and not a call told only by its month ("they have kept in contact since March last year")
    last_year = report("b", *pair, kind="phone", when=days("2024-03-01", "2024-03-31", "month"), at=300)
    merged = merge_meetings([wire, extraction("b", dated, last_year, published="2025-03-14")])
    assert sorted(m.docs for m in merged) == [("a", "b"), ("b",)]
    assert next(m for m in merged if m.docs == ("a", "b")).date == day("2025-03-14")
    # the same ministers' call of ten days before is another
    apart = merge_meetings([wire, extraction("b", report("b", *pair, kind="phone", when=day("2025-03-04")))])
    assert len(apart) == 2


def test_a_plan_naming_only_a_country_joins_the_meeting_held_there_in_the_half_year_after() -> None:
    pair = ("Yamandu Orsi", "Santiago Pena")
    # "Orsi invited Pena to visit Uruguay; dates will be set through diplomatic channels."
    plan = report("invite", *pair, country="Uruguay", kind="planned")
    # "Pena and Orsi held talks at the Torre Ejecutiva in Montevideo on Thursday."
    held = report("visit", *pair, city="Montevideo", country="Uruguay", when=day("2025-06-12"))
    told = [extraction("invite", plan, published="2025-03-20"), extraction("visit", held)]
    merged = merge_meetings(told)
    assert [sorted(m.docs) for m in merged] == [["invite", "visit"]]
    assert merged[0].kind == "in_person" and [r.doc for r in announced(merged[0])] == ["invite"]


def test_a_plan_naming_a_country_joins_no_meeting_when_its_people_met_there_twice() -> None:
    pair = ("Yamandu Orsi", "Santiago Pena")
    plan = report("invite", *pair, country="Uruguay", kind="planned")
    held = report("visit", *pair, city="Montevideo", country="Uruguay", when=day("2025-06-12"))
    # two meetings there in the plan's half year: neither is the only one
    other = report("again", *pair, city="Colonia", country="Uruguay", when=day("2025-08-02"))
    told = [extraction("invite", plan, published="2025-03-20"), extraction("visit", held)]
    merged = merge_meetings([*told, extraction(other.doc, other)])
    assert sorted(sorted(m.docs) for m in merged) == [["again"], ["invite"], ["visit"]]


@pytest.mark.parametrize(
    ("city", "country", "on"),
    [
        ("Asuncion", "Paraguay", "2025-06-12"),  # held in the other country: the return visit
        ("Montevideo", "Uruguay", "2026-01-15"),  # held after the plan's half year
        ("Montevideo", "Uruguay", "2025-02-10"),  # held before the plan was told
    ],
)
def test_a_plan_naming_a_country_stays_apart_from_a_meeting_elsewhere_or_at_another_time(
    city: str, country: str, on: str
) -> None:
    pair = ("Yamandu Orsi", "Santiago Pena")
    plan = report("invite", *pair, country="Uruguay", kind="planned")
    held = report("visit", *pair, city=city, country=country, when=day(on))
    merged = merge_meetings([extraction("invite", plan, published="2025-03-20"), extraction("visit", held)])
    assert len(merged) == 2


def _april(year: int = 2025) -> DateSpan:
    return DateSpan(start=date(year, 4, 1), end=date(year, 4, 30), precision="month")


def test_a_plan_dated_by_a_month_joins_the_visit_held_there_months_later() -> None:
    pair = ("Ana Ruiz", "Tomas Vanu")
    # "Ruiz said she hoped to welcome Vanu to Chile, perhaps in April."
    plan = report("hope", *pair, country="Chile", kind="planned", when=_april())
    # "Vanu and Ruiz held talks at La Moneda in Santiago on Tuesday."
    held = report("talks", *pair, city="Santiago", country="Chile", when=day("2025-07-08"))
    merged = merge_meetings([extraction("hope", plan, published="2025-02-10"), extraction("talks", held)])
    assert [sorted(m.docs) for m in merged] == [["hope", "talks"]]
    assert merged[0].kind == "in_person" and merged[0].date == day("2025-07-08")


@pytest.mark.parametrize(
    ("city", "country", "on"),
    [
        ("Port Vila", "Vanuatu", "2025-07-08"),  # held in the other country: a visit the other way
        ("Santiago", "Chile", "2025-12-02"),  # after the half year from the planned month
        ("Santiago", "Chile", "2025-03-04"),  # before the planned month: an earlier meeting
    ],
)
def test_a_plan_dated_by_a_month_stays_apart_from_a_meeting_elsewhere_or_at_another_time(
    city: str, country: str, on: str
) -> None:
    pair = ("Ana Ruiz", "Tomas Vanu")
    plan = report("hope", *pair, country="Chile", kind="planned", when=_april())
    held = report("talks", *pair, city=city, country=country, when=day(on))
    merged = merge_meetings([extraction("hope", plan, published="2025-02-10"), extraction("talks", held)])
    assert len(merged) == 2


def test_a_plan_dated_by_a_month_joins_no_meeting_when_its_people_met_there_twice() -> None:
    pair = ("Ana Ruiz", "Tomas Vanu")
    plan = report("hope", *pair, country="Chile", kind="planned", when=_april())
    held = report("talks", *pair, city="Santiago", country="Chile", when=day("2025-07-08"))
    other = report("again", *pair, city="Valparaiso", country="Chile", when=day("2025-09-15"))
    told = [extraction("hope", plan, published="2025-02-10"), extraction("talks", held)]
    merged = merge_meetings([*told, extraction("again", other)])
    assert sorted(sorted(m.docs) for m in merged) == [["again"], ["hope"], ["talks"]]


def test_a_visit_with_no_host_named_joins_the_talks_most_outlets_tell_of_that_trip() -> None:
    nations = {"Mahama": "Ghana", "Tinubu": "Nigeria", "Shettima": "Nigeria", "Tuggar": "Nigeria"}
    abuja = {"city": "Abuja", "country": "Nigeria"}
    # "Mahama, who made his first trip abroad as president to Nigeria last month, ..."
    trip = report(
        "monthly",
        "John Mahama",
        country="Nigeria",
        when=days("2025-03-01", "2025-03-31", "month"),
        kind="visit",
    )
    # "Tinubu received Mahama at the State House in Abuja on Tuesday", told by two papers
    talks = [
        report(d, "Bola Tinubu", "John Mahama", **abuja, when=day("2025-03-11")) for d in ("daily", "wire")
    ]
    # "Mahama was met at the airport by Vice President Shettima" (one paper)
    welcome = report("daily", "Kashim Shettima", "John Mahama", **abuja, when=day("2025-03-10"), at=300)
    told = [
        extraction("monthly", _of(trip, **nations)),
        extraction("daily", _of(talks[0], **nations), _of(welcome, **nations)),
        extraction("wire", _of(talks[1], **nations)),
    ]
    merged = merge_meetings(told)
    assert sorted(sorted(m.docs) for m in merged) == [["daily"], ["daily", "monthly", "wire"]]
    # told as often as the welcome, the talks are not the trip's news: it stays apart
    merged = merge_meetings([told[0], told[1]])
    assert sorted(sorted(m.docs) for m in merged) == [["daily"], ["daily"], ["monthly"]]


def test_one_meeting_called_off_dated_by_two_outlets_on_other_days_is_one_meeting() -> None:
    leaders = ("Keir Starmer", "Mark Carney", "Anthony Albanese")
    # "The leaders' summit in Ottawa, set for June 20, will not go ahead."
    off = report("wire", *leaders, city="Ottawa", country="Canada", when=day("2025-06-20"), kind="cancelled")
    # "The three met in Brussels on Tuesday after their summit in Ottawa was called off."
    told = report(
        "paper", *leaders, city="Ottawa", country="Canada", when=day("2025-06-17"), kind="cancelled"
    )
    merged = merge_meetings([extraction("wire", off), extraction("paper", told)])
    assert [sorted(m.docs) for m in merged] == [["paper", "wire"]]
    assert merged[0].kind == "cancelled"


@pytest.mark.parametrize(
    ("city", "on", "kind"),
    [
        ("Montreal", "2025-06-17", "cancelled"),  # another city's summit called off
        ("Ottawa", "2025-09-17", "cancelled"),  # months apart: called off twice
        ("Ottawa", "2025-06-17", "in_person"),  # held, not called off
    ],
)
def test_meetings_called_off_in_other_cities_or_months_or_held_stay_apart(
    city: str, on: str, kind: str
) -> None:
    leaders = ("Keir Starmer", "Mark Carney", "Anthony Albanese")
    off = report("wire", *leaders, city="Ottawa", country="Canada", when=day("2025-06-20"), kind="cancelled")
    other = report("paper", *leaders, city=city, country="Canada", when=day(on), kind=kind)  # type: ignore[arg-type]
    assert len(merge_meetings([extraction("wire", off), extraction("paper", other)])) == 2


def test_a_plan_then_its_held_report_with_the_same_pair_met_in_three_places() -> None:
    pair = ("Yamandu Orsi", "Santiago Pena")
    plan = report("invite", *pair, country="Uruguay", kind="planned")  # "invited Pena to Uruguay"
    held = [
        report(
            "summit",
            *pair,
            city="Buenos Aires",
            country="Argentina",
            when=day("2025-04-03"),
            occasion="Mercosur summit",
        ),
        report("visit", *pair, city="Montevideo", country="Uruguay", when=day("2025-06-12")),
        report("border", *pair, city="Asuncion", country="Paraguay", when=day("2025-07-30")),
    ]
    merged = merge_meetings(
        [extraction("invite", plan, published="2025-03-20"), *(extraction(r.doc, r) for r in held)]
    )
    assert sorted(sorted(m.docs) for m in merged) == [["border"], ["invite", "visit"], ["summit"]]


def test_one_sentence_sending_one_traveller_to_two_places_on_one_day_keeps_both_stops() -> None:
    # "The minister flies on to Ghana and Togo on Friday."
    text = "The minister flies on to Ghana and Togo on Friday."
    friday = day("2025-06-13")
    ghana = report("a", "Ana Ruiz", country="Ghana", kind="planned", when=friday, text=text)
    togo = report("a", "Ana Ruiz", country="Togo", kind="planned", when=friday, text=text)
    merged = merge_meetings([extraction("a", ghana, togo, published="2025-06-11")])
    assert sorted(m.place.country for m in merged if m.place) == ["Ghana", "Togo"]


def test_reports_of_other_sentences_giving_one_traveller_two_places_on_one_day_join() -> None:
    # "Ruiz travels to Ghana on Friday." ... later: "In Togo on Friday, Ruiz will ..." (one is wrong)
    friday = day("2025-06-13")
    ghana = report("a", "Ana Ruiz", country="Ghana", kind="planned", when=friday, text="To Ghana.")
    togo = report("b", "Ana Ruiz", country="Togo", kind="planned", when=friday, text="To Togo.")
    docs = [extraction("a", ghana, published="2025-06-11"), extraction("b", togo, published="2025-06-11")]
    assert len(merge_meetings(docs)) == 1


def test_two_places_in_one_sentence_for_a_meeting_of_two_on_one_day_stay_one_meeting() -> None:
    # a meeting of two told in one sentence with two places: one of them is wrong
    text = "Ruiz will meet Vanu in Accra, flying in from Lome, on Friday."
    friday = day("2025-06-13")
    accra = report("a", "Ana Ruiz", "Tomas Vanu", country="Ghana", when=friday, kind="planned", text=text)
    lome = report("a", "Ana Ruiz", "Tomas Vanu", country="Togo", when=friday, kind="planned", text=text)
    assert len(merge_meetings([extraction("a", accra, lome, published="2025-06-11")])) == 1


def test_a_tour_stop_planned_with_no_day_joins_the_talks_held_there_with_its_host() -> None:
    # "Wadephul sets off on Monday on a Gulf tour that takes him to Oman, Kuwait and Bahrain."
    tour = extraction(
        "wire",
        *(
            report("wire", "Johann Wadephul", country=c, kind="planned", at=n * 100)
            for n, c in enumerate(("Oman", "Kuwait", "Bahrain"))
        ),
        published="2025-05-04",
    )
    # "Wadephul was received by King Hamad at Sakhir Palace in Manama on Wednesday." (the
    # outlet tells no country for the king)
    palace = report(
        "daily",
        "Johann Wadephul",
        "Hamad bin Isa Al Khalifa",
        city="Manama",
        country="Bahrain",
        when=day("2025-05-07"),
    )
    merged = merge_meetings([tour, extraction("daily", palace, published="2025-05-07")])
    assert sorted(sorted(m.docs) for m in merged) == [["daily", "wire"], ["wire"], ["wire"]]
    (held,) = [m for m in merged if len(m.docs) == 2]
    assert held.kind == "in_person" and held.place is not None and held.place.city == "Manama"
    # a guest of a third country met there is no host: the stop stays a plan of its own
    guest = report(
        "daily", "Johann Wadephul", "Abbas Araghchi", city="Manama", country="Bahrain", when=day("2025-05-07")
    )
    guest = _of(guest, Araghchi="Iran")
    merged = merge_meetings([tour, extraction("daily", guest, published="2025-05-07")])
    assert all(len(m.docs) == 1 for m in merged)
    # one whose country the article does not tell, met in another country, is no host either
    riyadh = report(
        "daily",
        "Johann Wadephul",
        "Faisal bin Farhan",
        city="Riyadh",
        country="Saudi Arabia",
        when=day("2025-05-07"),
    )
    merged = merge_meetings([tour, extraction("daily", riyadh, published="2025-05-07")])
    assert all(len(m.docs) == 1 for m in merged)
    # two meetings there with hosts, on two days of one article: neither is the only one
    crown = report(
        "daily",
        "Johann Wadephul",
        "Salman bin Hamad Al Khalifa",
        city="Manama",
        country="Bahrain",
        when=day("2025-05-08"),
        at=300,
    )
    merged = merge_meetings([tour, extraction("daily", palace, crown, published="2025-05-08")])
    assert all(len(m.docs) == 1 for m in merged)


def test_a_plan_to_meet_a_host_joins_the_visitors_trip_there_planned_by_another_outlet() -> None:
    talks = {"city": "Wellington", "country": "New Zealand"}
    # an undated wire: "Wong held talks with Luxon in Wellington. She travels on to Fiji to meet
    # Prime Minister Sitiveni Rabuka."
    wire = extraction(
        "wire",
        report("wire", "Penny Wong", "Christopher Luxon", **talks),
        report("wire", "Penny Wong", "Sitiveni Rabuka", country="Fiji", kind="planned", at=100),
    )
    # a dated readout: "Wong met Luxon in Wellington on Monday and will continue to Fiji on Tuesday."
    readout = extraction(
        "readout",
        report("readout", "Penny Wong", "Christopher Luxon", **talks, when=day("2025-06-02")),
        report("readout", "Penny Wong", country="Fiji", when=day("2025-06-03"), kind="planned", at=100),
        published="2025-06-02",
    )
    merged = merge_meetings([wire, readout])
    assert sorted(sorted(m.docs) for m in merged) == [["readout", "wire"], ["readout", "wire"]]
    # an article that tells nothing else the readout tells does not tie its plan to that trip
    alone = extraction(
        "other", report("other", "Penny Wong", "Sitiveni Rabuka", country="Fiji", kind="planned")
    )
    assert sorted(m.docs for m in merge_meetings([alone, readout])) == [
        ("other",),
        ("readout",),
        ("readout",),
    ]


def test_five_outlets_telling_one_meeting_with_different_details_make_one_meeting() -> None:
    pair = ("Emmanuel Macron", "Friedrich Merz")
    told = [
        extraction("a", report("a", *pair, city="Paris", country="France", when=day("2025-05-07"))),
        extraction("b", report("b", *pair, city="Paris"), published="2025-05-08"),
        extraction("c", report("c", *pair, country="France", when=day("2025-05-07")), published="2025-05-07"),
        extraction("d", report("d", *pair, "Jean-Noel Barrot", city="Paris", when=day("2025-05-07"))),
        extraction("e", report("e", *pair, when=day("2025-05-07")), published="2025-05-09"),
    ]
    (meeting,) = merge_meetings(told)
    assert sorted(meeting.docs) == ["a", "b", "c", "d", "e"]
    assert meeting.place is not None and meeting.place.city == "Paris"


def test_the_same_pair_meeting_a_week_apart_in_two_cities_makes_two_meetings() -> None:
    pair = ("Keir Starmer", "Mark Carney")
    merged = merge_meetings(
        [
            extraction(
                "a", report("a", *pair, city="London", country="United Kingdom", when=day("2025-06-15"))
            ),
            extraction("b", report("b", *pair, city="Kananaskis", country="Canada", when=day("2025-06-22"))),
            extraction("c", report("c", *pair, city="London"), published="2025-06-16"),
        ]
    )
    assert sorted(m.docs for m in merged) == [("a", "c"), ("b",)]


def test_a_meeting_and_the_call_that_followed_it_stay_two_meetings() -> None:
    pair = ("Cyril Ramaphosa", "Bola Tinubu")
    merged = merge_meetings(
        [
            extraction("a", report("a", *pair, city="Abuja", country="Nigeria", when=day("2025-03-10"))),
            extraction("b", report("b", *pair, kind="phone", when=day("2025-03-14"))),
            extraction("c", report("c", *pair, city="Abuja"), published="2025-03-11"),
        ]
    )
    assert sorted(m.docs for m in merged) == [("a", "c"), ("b",)]


def test_one_sentence_naming_two_months_of_calls_tells_two_calls() -> None:
    text = "Ana Ruiz spoke with Tomas Vanu in April and again in May."
    april = report(
        "a", "Ana Ruiz", "Tomas Vanu", when=days("2024-04-01", "2024-04-30", "month"), kind="phone", text=text
    )
    may = report(
        "a", "Ana Ruiz", "Tomas Vanu", when=days("2024-05-01", "2024-05-31", "month"), kind="phone", text=text
    )
    merged = merge_meetings([extraction("a", april, may, published="2024-06-10")])
    assert sorted(str(m.date.start) for m in merged if m.date) == ["2024-04-01", "2024-05-01"]


def test_a_call_told_again_in_a_later_month_is_a_second_call() -> None:
    first = report(
        "a",
        "Ana Ruiz",
        "Tomas Vanu",
        when=days("2024-04-01", "2024-04-30", "month"),
        kind="phone",
        text="Ana Ruiz first called Tomas Vanu in April.",
    )
    again = report(
        "a",
        "Ana Ruiz",
        "Tomas Vanu",
        when=days("2024-05-01", "2024-05-31", "month"),
        kind="phone",
        text="The two leaders spoke again in May.",
        at=200,
    )
    merged = merge_meetings([extraction("a", first, again, published="2024-06-10")])
    assert len(merged) == 2


def test_a_month_of_another_sentence_keeps_the_days_slack() -> None:
    # "since he took office in May" dates nothing of its own: the report still joins its meeting
    told = report(
        "a",
        "Ana Ruiz",
        "Tomas Vanu",
        when=days("2024-05-01", "2024-05-31", "month"),
        text="Ana Ruiz has met Tomas Vanu since he took office in May.",
    )
    held = report(
        "a",
        "Ana Ruiz",
        "Tomas Vanu",
        when=days("2024-06-01", "2024-06-30", "month"),
        text="Ana Ruiz and Tomas Vanu met in June.",
        at=200,
    )
    merged = merge_meetings([extraction("a", told, held, published="2024-07-10")])
    assert len(merged) == 1


@pytest.mark.parametrize("planned_at", [{"city": "Arusha", "country": "Tanzania"}, {"country": "Tanzania"}])
def test_a_summit_planned_by_one_outlet_and_held_by_another_is_one_meeting_not_its_side_talks(
    planned_at: dict[str, str],
) -> None:
    # "The four presidents will gather in Arusha on Friday"; the next day's report: "Ruto sat
    # down with Samia, Museveni and Kagame in Arusha", beside "Ruto met Samia" and "Ruto met
    # Museveni" there that day.
    leaders = ("William Ruto", "Samia Suluhu Hassan", "Yoweri Museveni", "Paul Kagame")
    friday = day("2025-02-07")
    plan = report("a", *leaders, **planned_at, when=friday, kind="planned")
    held = report("b", *leaders, city="Arusha", country="Tanzania", at=100)
    there = {"city": "Arusha", "country": "Tanzania", "when": friday}
    side = [
        report("b", "William Ruto", "Samia Suluhu Hassan", **there, at=300),
        report("b", "William Ruto", "Yoweri Museveni", **there, at=500),
    ]
    merged = merge_meetings(
        [extraction("a", plan, published="2025-02-05"), extraction("b", held, *side, published="2025-02-07")]
    )
    (summit,) = [m for m in merged if len(m.participants) == 4]
    assert summit.docs == ("a", "b")
    assert summit.kind == "in_person"
    assert summit.date is not None and summit.date.start == date(2025, 2, 7)


def test_a_summit_report_naming_one_leader_more_than_its_plan_joins_the_plan() -> None:
    # The plan names four leaders; the outlet that saw it held names a fifth, a vice-president.
    leaders = ("William Ruto", "Samia Suluhu Hassan", "Yoweri Museveni", "Paul Kagame")
    friday = day("2025-02-07")
    plan = report("a", *leaders, city="Arusha", country="Tanzania", when=friday, kind="planned")
    held = report("b", *leaders, "Kashim Shettima", city="Arusha", country="Tanzania", at=100)
    side = report("b", "William Ruto", "Paul Kagame", city="Arusha", country="Tanzania", when=friday, at=300)
    merged = merge_meetings(
        [extraction("a", plan, published="2025-02-05"), extraction("b", held, side, published="2025-02-07")]
    )
    assert sorted(m.docs for m in merged) == [("a", "b"), ("b",)]


def test_a_group_report_of_another_year_stays_apart_from_this_years_summit_of_the_same_leaders() -> None:
    leaders = ("William Ruto", "Samia Suluhu Hassan", "Yoweri Museveni")
    merged = merge_meetings(
        [
            extraction("a", report("a", *leaders, city="Arusha", country="Tanzania", when=day("2025-02-07"))),
            extraction("b", report("b", *leaders, city="Nairobi", country="Kenya", when=day("2024-03-01"))),
            extraction("c", report("c", *leaders, city="Arusha"), published="2025-02-08"),
        ]
    )
    assert sorted(m.docs for m in merged) == [("a", "c"), ("b",)]


def test_a_welcome_told_as_earlier_that_day_is_one_visit_with_the_talks_the_article_tells() -> None:
    # "The king and the chancellor held talks at the palace." ... "The king had welcomed the
    # chancellor at the airport earlier in the day."
    pair = ("Abdullah II", "Olaf Scholz")
    talks = report("a", *pair, city="Amman", country="Jordan", at=0)
    welcome = report("a", *pair, city="Amman", when=day("2024-03-20"), background=True, at=400)
    (meeting,) = merge_meetings([extraction("a", talks, welcome, published="2024-03-20")])
    assert len(meeting.reports) == 2


def test_a_meeting_told_as_earlier_on_another_day_stays_apart_from_the_articles_news() -> None:
    # "The king and the chancellor held talks." ... "They had met in Amman on Monday."
    pair = ("Abdullah II", "Olaf Scholz")
    talks = report("a", *pair, at=0)
    before = report("a", *pair, city="Amman", when=day("2024-03-18"), background=True, at=400)
    merged = merge_meetings([extraction("a", talks, before, published="2024-03-20")])
    assert len(merged) == 2


def test_a_meeting_dated_weeks_before_its_article_is_no_news_kept_from_its_background() -> None:
    pair = ("Narendra Modi", "Vladimir Putin")
    october = days("2024-10-01", "2024-10-31", "month")
    # "the deals they signed when they met in Kazan in October", in a paper of February
    deals = report("a", *pair, city="Kazan", country="Russia", when=october, at=300)
    # "their last meeting came before October's summit": the same meeting, told as background
    summit = report("a", *pair, when=october, at=600, background=True)
    docs = [
        extraction("a", deals, summit, published="2025-02-14"),
        extraction("b", report("b", *pair, city="Kazan", country="Russia", when=day("2024-10-22"))),
    ]
    merged = merge_meetings(docs)
    assert len(merged) == 1


def test_another_meeting_told_with_also_stays_apart_from_the_first_one() -> None:
    trio = ("Abiy Ahmed", "Isaias Afwerki", "Hassan Sheikh Mohamud")
    first = report("a", *trio, city="Asmara", when=days("2018-01-01", "2018-12-31", "year"), background=True)
    also = report("a", *trio, when=days("2018-09-01", "2018-09-30", "month"), at=400, another=True)
    merged = merge_meetings([extraction("a", first, also, published="2020-01-26")])
    assert len(merged) == 2


# Of what nation each of the people of the tests below is.
NATIONS = {
    "Ana Ruiz": "Chile",
    "Tomas Vanu": "Vanuatu",
    "Lena Okoro": "Nigeria",
    "Ivan Petrov": "Russia",
    "Ali Reza": "Iran",
    "Mara Silva": "Chile",
}


@pytest.mark.parametrize(
    ("more", "meetings"),
    [
        (("Lena Okoro", "Ivan Petrov", "Ali Reza"), 2),  # a gathering of three more delegations
        (("Lena Okoro", "Ivan Petrov"), 2),
        (("Lena Okoro",), 1),  # one more party: the talks told again, with their host
        (("Mara Silva", "Lena Okoro"), 1),  # one more country, and a minister of one of theirs
    ],
)
def test_one_article_tells_the_talks_of_two_apart_from_a_gathering_of_more_delegations(
    more: tuple[str, ...], meetings: int
) -> None:
    talks = report("a", "Ana Ruiz", "Tomas Vanu", city="Arica", when=day("2025-02-03"), of=NATIONS)
    gathering = report(
        "a", "Tomas Vanu", "Ana Ruiz", *more, city="Arica", when=day("2025-02-03"), at=400, of=NATIONS
    )
    assert len(merge_meetings([extraction("a", talks, gathering)])) == meetings


@pytest.mark.parametrize("same_article", [True, False])
def test_a_meeting_told_as_bilateral_stays_apart_from_the_summit_of_a_third_country(
    same_article: bool,
) -> None:
    bilateral = report(
        "a",
        "Ana Ruiz",
        "Tomas Vanu",
        city="Arica",
        when=day("2025-02-03"),
        text="Ruiz will also hold a bilateral meeting with Vanu.",
        bilateral=True,
        of=NATIONS,
    )
    doc = "a" if same_article else "b"
    summit = report(
        doc, "Ana Ruiz", "Tomas Vanu", "Lena Okoro", city="Arica", when=day("2025-02-03"), at=300, of=NATIONS
    )
    docs = (
        [extraction("a", bilateral, summit)]
        if same_article
        else [extraction("a", bilateral), extraction("b", summit)]
    )
    assert len(merge_meetings(docs)) == 2


def test_a_meeting_told_as_bilateral_takes_in_ministers_of_its_two_countries() -> None:
    bilateral = report(
        "a", "Ana Ruiz", "Tomas Vanu", city="Arica", when=day("2025-02-03"), bilateral=True, of=NATIONS
    )
    delegations = report(
        "b", "Ana Ruiz", "Tomas Vanu", "Mara Silva", city="Arica", when=day("2025-02-03"), of=NATIONS
    )
    (meeting,) = merge_meetings([extraction("a", bilateral), extraction("b", delegations)])
    assert meeting.docs == ("a", "b")


def test_a_talk_not_told_as_bilateral_still_joins_the_summit_its_article_does_not_tell() -> None:
    pair = report("a", "Ana Ruiz", "Tomas Vanu", city="Arica", when=day("2025-02-03"), of=NATIONS)
    summit = report(
        "b", "Ana Ruiz", "Tomas Vanu", "Lena Okoro", city="Arica", when=day("2025-02-03"), of=NATIONS
    )
    (meeting,) = merge_meetings([extraction("a", pair), extraction("b", summit)])
    assert meeting.docs == ("a", "b")


def test_one_sentence_giving_the_same_people_two_days_tells_two_meetings() -> None:
    sentence = "Ruiz met Vanu and Okoro in Arica on Sunday, a day before the three convene their summit."
    trio = ("Ana Ruiz", "Tomas Vanu", "Lena Okoro")
    docs = [
        extraction(
            "a",
            report("a", *trio, city="Arica", when=day("2025-02-02"), text=sentence),
            report("a", *trio, when=day("2025-02-03"), text=sentence),
        )
    ]
    assert len(merge_meetings(docs)) == 2


def test_two_sentences_giving_the_same_two_days_a_day_apart_may_tell_one_visit() -> None:
    pair = ("Ana Ruiz", "Tomas Vanu")
    docs = [
        extraction(
            "a",
            report("a", *pair, city="Arica", when=day("2025-02-02"), text="Ruiz arrived in Arica on Sunday."),
            report("a", *pair, when=day("2025-02-03"), text="Ruiz held talks with Vanu on Monday.", at=200),
        )
    ]
    assert len(merge_meetings(docs)) == 1


@pytest.mark.parametrize(
    ("host", "guest", "aide", "city"),
    [
        ("Sipho Dlamini", "Ana Aldana", "Lwazi Dlamini", "Mbabane"),
        ("Hamad Al Sabah", "Jonas Berg", "Fahad Al Sabah", "Kuwait City"),
        ("Taro Kaneda", "Marta Silva", "Jiro Kaneda", "Osaka"),
    ],
)
def test_a_host_welcoming_a_visitor_flanked_by_his_heir_is_the_visit_his_talks_are(
    host: str, guest: str, aide: str, city: str
) -> None:
    welcome = f"{host} greeted {guest} at the airport, flanked by {aide}."
    docs = [
        extraction(
            "a",
            report("a", host, guest, aide, city=city, when=day("2024-06-03"), text=welcome, arrival=True),
            report("a", host, guest, city=city, when=day("2024-06-03"), at=300),
        ),
        extraction("b", report("b", guest, host, city=city, when=day("2024-06-03"))),
    ]
    (meeting,) = merge_meetings(docs)
    assert meeting.docs == ("a", "b")


def test_a_welcome_by_someone_of_a_third_country_stays_apart_from_the_talks() -> None:
    of = {"Sipho Dlamini": "Eswatini", "Ana Aldana": "Peru", "Jan Novak": "Czech Republic"}
    welcome = "Dlamini and Novak greeted Aldana at the airport."
    docs = [
        extraction(
            "a",
            report(
                "a",
                "Sipho Dlamini",
                "Ana Aldana",
                "Jan Novak",
                city="Mbabane",
                when=day("2024-06-03"),
                text=welcome,
                arrival=True,
                of=of,
            ),
        ),
        extraction(
            "b", report("b", "Ana Aldana", "Sipho Dlamini", city="Mbabane", when=day("2024-06-03"), of=of)
        ),
    ]
    assert len(merge_meetings(docs)) == 2


@pytest.mark.parametrize(
    ("names", "mediator", "published", "held"),
    [
        (("Ana Ruiz", "Tomas Vanu"), "Omar Said", "2025-03-08", "2025-03-08"),
        (("Lena Okoro", "Pavel Orlov"), "Ines Costa", "2024-10-15", "2024-10-14"),
        (("Kenji Mori", "Sara Lind"), "Ali Haddad", "2023-05-21", "2023-05-21"),
    ],
)
def test_talks_a_wire_tells_as_its_news_with_their_host_more_are_the_talks_another_article_dates_that_day(
    names: tuple[str, str], mediator: str, published: str, held: str
) -> None:
    of = {names[0]: "Peru", names[1]: "Chile", mediator: "Malta"}
    docs = [
        extraction(
            "a", report("a", *names, mediator, city="Valletta", country="Malta", of=of), published=published
        ),
        extraction("b", report("b", *reversed(names), when=day(held), of=of), published="2025-06-30"),
    ]
    (meeting,) = merge_meetings(docs)
    assert meeting.docs == ("a", "b")


@pytest.mark.parametrize(("mediator_of", "held"), [("Malta", "2025-03-04"), ("Norway", "2025-03-08")])
def test_talks_days_before_a_wire_or_with_a_third_country_more_stay_apart(
    mediator_of: str, held: str
) -> None:
    of = {"Ana Ruiz": "Peru", "Tomas Vanu": "Chile", "Omar Said": mediator_of}
    docs = [
        extraction(
            "a",
            report("a", "Ana Ruiz", "Tomas Vanu", "Omar Said", city="Valletta", country="Malta", of=of),
            published="2025-03-08",
        ),
        extraction("b", report("b", "Tomas Vanu", "Ana Ruiz", when=day(held), of=of), published="2025-06-30"),
    ]
    assert len(merge_meetings(docs)) == 2


def test_a_hosts_welcome_and_the_talks_his_article_then_tells_are_one_visit() -> None:
    of = {"Sipho Dlamini": "Eswatini", "Ana Aldana": "Peru"}
    welcome = "Dlamini greeted Aldana at the airport, flanked by Crown Prince Lwazi Dlamini."
    then = "The two leaders then held talks at the palace."
    docs = [
        extraction(
            "a",
            report(
                "a",
                "Sipho Dlamini",
                "Ana Aldana",
                "Lwazi Dlamini",
                city="Mbabane",
                when=day("2024-06-03"),
                text=welcome,
                arrival=True,
                of=of,
            ),
            report(
                "a",
                "Sipho Dlamini",
                "Ana Aldana",
                city="Mbabane",
                when=day("2024-06-03"),
                text=then,
                at=300,
                another=True,
                of=of,
            ),
        ),
    ]
    (meeting,) = merge_meetings(docs)
    assert len(meeting.participants) == 3
    # talks told as another meeting of the next day stay apart
    docs[0] = extraction(
        "a",
        docs[0].meetings[0],
        docs[0].meetings[1].model_copy(update={"date": day("2024-06-04")}),
    )
    assert len(merge_meetings(docs)) == 2


@pytest.mark.parametrize(
    ("first", "meetings"),
    [
        ("Ana Ruiz met Tomas Vanu in Arica on Monday.", 1),  # the talks, told with who also attended
        ("Ruiz held talks with Vanu in Arica, the first in a decade.", 1),
        # a gathering told of all of them from its first sentence
        ("Lena Okoro hosted Ana Ruiz, Tomas Vanu and Ivan Petrov in Arica.", 2),
        ("Okoro chaired the meeting in Arica.", 2),  # one named first: no talks of the two told
    ],
)
def test_talks_that_a_host_and_a_caller_joined_are_the_talks_of_two_its_article_tells(
    first: str, meetings: int
) -> None:
    talks = report("a", "Ana Ruiz", "Tomas Vanu", city="Arica", when=day("2025-02-03"), of=NATIONS)
    joined = report(
        "a",
        "Ana Ruiz",
        "Tomas Vanu",
        "Lena Okoro",
        "Ivan Petrov",
        city="Arica",
        when=day("2025-02-03"),
        text=first,
        at=400,
        of=NATIONS,
    )
    assert len(merge_meetings([extraction("a", talks, joined)])) == meetings


EU_PAIR = {"António Costa": "European Union", "Ursula von der Leyen": "European Union"}


@pytest.mark.parametrize(
    ("host", "other", "apart"),
    [
        (("William Ruto", "Kenya"), ("Samia Suluhu Hassan", "Tanzania"), 2),  # two hosts on a tour
        (("William Ruto", "Kenya"), ("Musalia Mudavadi", "Kenya"), 1),  # one host's side, told in part
    ],
)
def test_the_same_visitors_received_by_leaders_of_two_countries_on_one_day_met_each(
    host, other, apart
) -> None:
    def told(doc: str, leader: tuple[str, str]) -> Extraction:
        names = (leader[0], "António Costa", "Ursula von der Leyen")
        return extraction(
            doc,
            report(
                doc,
                *names,
                city="Nairobi",
                country="Kenya",
                when=day("2025-04-03"),
                of={**EU_PAIR, leader[0]: leader[1]},
            ),
        )

    assert len(merge_meetings([told("000", host), told("001", other)])) == apart


@pytest.mark.parametrize("order", [0, 1])
def test_two_meetings_one_sentence_tells_apart_stay_apart_in_either_order(order: int) -> None:
    """ "Ana Ruiz and Tomas Vanu first met Lea Brandt at a hotel, before holding a separate session
    with Omar Haddad": two meetings of one sentence, the second told as another, whichever the
    merge reads first."""
    ohrid = {"city": "Ohrid", "country": "North Macedonia", "when": day("2023-03-18")}
    first = report("a", "Ana Ruiz", "Tomas Vanu", "Lea Brandt", **ohrid, at=300)
    second = report("a", "Ana Ruiz", "Tomas Vanu", "Omar Haddad", **ohrid, at=300, another=True)
    reports = [first, second] if order == 0 else [second, first]
    merged = merge_meetings([extraction("a", *reports, published="2023-03-18")])
    assert sorted(sorted(p.name for p in m.participants) for m in merged) == [
        ["Ana Ruiz", "Lea Brandt", "Tomas Vanu"],
        ["Ana Ruiz", "Omar Haddad", "Tomas Vanu"],
    ]


# Two outlets' reports of one set of talks, one naming members of the delegations the other
# leaves out: the only meeting of those people joins them; a third country's leader does not.
_SIDES = {"Ana Ruiz": "Peru", "Tomas Vanu": "Chile", "Ines Paz": "Peru", "Luis Soto": "Chile"}


@pytest.mark.parametrize(
    ("extra", "published"),
    [
        (("Ivo Lenz",), None),  # a governor whose country the article does not tell
        (("Ivo Lenz", "Rui Mota"), None),
        (("Marta Solis",), None),
        (("Ivo Lenz",), "2025-05-15"),
    ],
)
def test_talks_one_outlet_tells_with_more_of_the_delegations_are_one_meeting(
    extra: tuple[str, ...], published: str | None
) -> None:
    of = {**_SIDES, "Marta Solis": "Chile"}
    sides = ("Ana Ruiz", "Tomas Vanu", "Ines Paz", "Luis Soto")
    held = DateSpan(month=5, day=14) if published is None else day("2025-05-14")
    docs = [
        extraction("a", report("a", *sides, *extra, country="Chile", when=held, of=of), published=published),
        extraction("b", report("b", *reversed(sides), country="Chile", of=of), published=published),
    ]
    merged = merge_meetings(docs)
    assert [m.docs for m in merged] == [("a", "b")]


def test_the_two_leaders_and_their_greeting_with_the_governor_too_are_one_welcome() -> None:
    of = {"Kofi Mensah": "Ghana", "Pedro Alves": "Brazil"}
    docs = [
        extraction(
            "a",
            report(
                "a",
                "Kofi Mensah",
                "Pedro Alves",
                "Joana Reis",
                country="Brazil",
                when=DateSpan(month=3, day=2),
                of=of,
            ),
        ),
        extraction("b", report("b", "Pedro Alves", "Kofi Mensah", city="Recife", country="Brazil", of=of)),
    ]
    assert [m.docs for m in merge_meetings(docs)] == [("a", "b")]


@pytest.mark.parametrize(
    "third",
    [
        {"Li Wen": "China"},  # another country's leader: another meeting
        {"Li Wen": "China", "Ivo Lenz": "Peru"},
    ],
)
def test_talks_with_someone_of_a_third_country_more_stay_apart(third: dict[str, str]) -> None:
    of = {**_SIDES, **third}
    sides = ("Ana Ruiz", "Tomas Vanu", "Ines Paz", "Luis Soto")
    docs = [
        extraction("a", report("a", *sides, *third, country="Chile", when=DateSpan(month=5, day=14), of=of)),
        extraction("b", report("b", *sides, country="Chile", of=of)),
    ]
    assert len(merge_meetings(docs)) == 2


_DELEGATIONS = {"Kofi Mensah": "Ghana", "Pedro Alves": "Brazil", "Ama Owusu": "Ghana"}


def _delegation_talks(doc: str, when: DateSpan) -> Extraction:
    """A report of talks of the Ghanaian pair and the Brazilian leader in Brazil on ``when``."""
    return extraction(
        doc,
        report(doc, "Kofi Mensah", "Pedro Alves", "Ama Owusu", country="Brazil", when=when, of=_DELEGATIONS),
    )


def test_talks_of_a_pair_with_two_meetings_of_their_delegations_join_neither() -> None:
    docs = [
        _delegation_talks("a", DateSpan(month=3, day=2)),
        _delegation_talks("c", DateSpan(month=9, day=20)),
        extraction("b", report("b", "Pedro Alves", "Kofi Mensah", country="Brazil", of=_DELEGATIONS)),
    ]
    assert sorted(m.docs for m in merge_meetings(docs)) == [("a",), ("b",), ("c",)]


def test_talks_told_as_background_do_not_join_a_meeting_of_more_of_their_delegations() -> None:
    docs = [
        _delegation_talks("a", DateSpan(month=3, day=2)),
        extraction("b", report("b", "Pedro Alves", "Kofi Mensah", background=True, of=_DELEGATIONS)),
    ]
    assert len(merge_meetings(docs)) == 2


# What an article tells around its talks with no time of its own ("After the talks, Ruiz hosted
# a dinner for Vanu") is of the talks' days: not the pair's meeting of another year.
@pytest.mark.parametrize(
    ("talks_on", "published"),
    [
        (DateSpan(month=5, day=14), None),  # a dateline without a year
        (day("2025-05-14"), "2025-05-15"),
        (day("2025-05-14"), None),
    ],
)
def test_a_dinner_after_the_talks_does_not_join_the_pairs_meeting_of_another_year(
    talks_on: DateSpan, published: str | None
) -> None:
    of = {"Ana Ruiz": "Peru", "Tomas Vanu": "Chile", "Ines Paz": "Peru"}
    talks = report("a", "Ana Ruiz", "Tomas Vanu", "Ines Paz", country="Peru", when=talks_on, of=of)
    dinner = report(
        "a", "Ana Ruiz", "Tomas Vanu", country="Peru", text="After the talks, Ruiz hosted a dinner.", at=80
    )
    before = report("b", "Tomas Vanu", "Ana Ruiz", city="Lima", country="Peru", when=day("2019-03-02"), of=of)
    merged = merge_meetings([extraction("a", talks, dinner, published=published), extraction("b", before)])
    assert ("a", "b") not in [m.docs for m in merged]
    assert [m.docs for m in merged if "b" in m.docs] == [("b",)]


def test_a_meeting_its_article_tells_no_talks_around_still_joins_the_only_one_of_the_pair() -> None:
    of = {"Ana Ruiz": "Peru", "Tomas Vanu": "Chile"}
    lunch = report("a", "Ana Ruiz", "Tomas Vanu", country="Peru", text="Ruiz hosted Vanu for lunch.")
    held = report(
        "b", "Tomas Vanu", "Ana Ruiz", city="Lima", country="Peru", when=DateSpan(month=5, day=14), of=of
    )
    merged = merge_meetings([extraction("a", lunch), extraction("b", held)])
    assert [m.docs for m in merged] == [("a", "b")]


def test_one_city_spelled_two_ways_by_two_outlets_is_one_meeting_written_as_most_write_it() -> None:
    from graph.jsonl import meeting_record

    def told(doc: str, spelled: str | None) -> Extraction:
        where = Place(city="Saint Petersburg", country="Russia", spelled=spelled)
        met = report(doc, "Vladimir Putin", "Kassym-Jomart Tokayev", when=day("2024-06-03"))
        return extraction(doc, met.model_copy(update={"place": where}), published="2024-06-04")

    (meeting,) = merge_meetings([told("a", "St Petersburg"), told("b", None), told("c", "St Petersburg")])
    assert meeting.place is not None and meeting.place.city == "Saint Petersburg"
    assert len(meeting.docs) == 3
    record = meeting_record(meeting)
    assert (record["city"], record["country"]) == ("St Petersburg", "Russia")


def test_an_arab_name_shown_short_in_one_article_is_the_full_name_of_another() -> None:
    short = Person(name="Tamim bin Hamad", aliases=("Tamim bin Hamad Al Thani", "Sheikh Tamim"))
    people = merge_people(
        [
            extraction("d1", people=(short,)),
            extraction("d2", people=(Person(name="Tamim bin Hamad Al Thani"),)),
            extraction("d3", people=(Person(name="Khalid Al Thani"),)),
        ]
    )
    (tamim,) = [p for p in people if p.name.startswith("Tamim")]
    assert {"Tamim bin Hamad", "Tamim bin Hamad Al Thani"} <= {tamim.name, *tamim.aliases}
    assert len(people) == 2  # "Khalid Al Thani" of the same family stays apart


@pytest.mark.parametrize(
    ("full", "short"),
    [
        (
            Person(name="Badr bin Hamad Albusaidi", role="Foreign Minister"),
            Person(name="Badr Albusaidi", country="Oman", role="Foreign Minister"),
        ),
        (
            Person(name="Sultan bin Ahmed Al Jaber", country="United Arab Emirates"),
            Person(name="Sultan Al Jaber", country="United Arab Emirates"),
        ),
        (
            Person(name="Faisal bin Saad Al Harbi", role="Minister"),
            Person(name="Faisal Al Harbi", role="Minister"),
        ),
    ],
)
def test_a_gulf_name_with_its_fathers_name_left_out_is_one_person_said_alike(
    full: Person, short: Person
) -> None:
    people = merge_people([extraction("agency", people=(full,)), extraction("wire", people=(short,))])
    assert len(people) == 1


@pytest.mark.parametrize(
    ("others", "short"),
    [
        (  # two of the family named so: which one?
            (
                Person(name="Mohammed bin Abdulrahman Al Thani", country="Qatar"),
                Person(name="Mohammed bin Hamad Al Thani", country="Qatar"),
            ),
            Person(name="Mohammed Al Thani", country="Qatar"),
        ),
        (  # nothing said of both alike
            (Person(name="Khalid bin Ahmed Al Khalifa"),),
            Person(name="Khalid Al Khalifa", country="Bahrain"),
        ),
        (  # said to hold other offices
            (Person(name="Khalid bin Ahmed Al Khalifa", role="Adviser"),),
            Person(name="Khalid Al Khalifa", role="Minister"),
        ),
    ],
)
def test_a_gulf_name_with_a_fathers_name_more_stays_apart_when_ambiguous_or_not_said_alike(
    others: tuple[Person, ...], short: Person
) -> None:
    people = merge_people([extraction("d1", people=others), extraction("d2", people=(short,))])
    assert len(people) == len(others) + 1


def test_talks_reported_with_the_hosts_name_in_full_and_short_are_one_meeting() -> None:
    muscat = {"city": "Muscat", "when": day("2025-04-12")}
    agency = extraction(
        "agency",
        report("agency", "Badr bin Hamad Albusaidi", "Abbas Araghchi", **muscat),
        people=(Person(name="Badr bin Hamad Albusaidi", role="Minister of Foreign Affairs"),),
    )
    wire = extraction(
        "wire",
        report("wire", "Badr Albusaidi", "Abbas Araghchi", **muscat),
        people=(Person(name="Badr Albusaidi", country="Oman", role="Minister of Foreign Affairs"),),
    )
    assert [m.docs for m in merge_meetings([agency, wire])] == [("agency", "wire")]


@pytest.mark.parametrize(
    ("city", "country", "published", "meetings"),
    [
        ("Helsinki", "Finland", "2023-07-13", [("standfirst", "wire")]),  # the place one report names
        ("Riga", "Latvia", "2023-07-13", [("standfirst",), ("wire",)]),  # a place none of its reports names
        ("Helsinki", "Finland", None, [("standfirst",), ("wire",)]),  # no time: any meeting of theirs there
    ],
)
def test_a_report_joins_a_meeting_whose_reports_name_two_places_that_day_by_the_one_it_names(
    city: str, country: str, published: str | None, meetings: list
) -> None:
    """An article tells the talks in Helsinki on Thursday, and, placed by its standfirst's tour, in
    Vilnius the same day: one meeting, one place told wrong. Another outlet's undated report of the
    talks in Helsinki, that day's news, joins it; one in Riga does not, nor one of an undated article."""
    thursday = day("2023-07-13")
    told = extraction(
        "standfirst",
        report("standfirst", "Ana Ruiz", "Tomas Vanu", city="Helsinki", country="Finland", when=thursday),
        report(
            "standfirst", "Ana Ruiz", "Tomas Vanu", city="Vilnius", country="Lithuania", when=thursday, at=300
        ),
        published="2023-07-13",
    )
    wire = extraction(
        "wire", report("wire", "Ana Ruiz", "Tomas Vanu", city=city, country=country), published=published
    )
    assert sorted(tuple(sorted(m.docs)) for m in merge_meetings([told, wire])) == meetings


MEDIATION = {
    "Omar Said": "Malta",
    "Ana Ruiz": "Peru",
    "Tomas Vanu": "Chile",
    "Ivo Lenz": "Chile",
    "Li Wen": "Peru",
}


@pytest.mark.parametrize(
    ("third", "meetings"),
    [
        ("Ivo Lenz", [("agency", "wire"), ("paper",)]),  # of the envoy's side: his meeting with the mediator
        ("Li Wen", [("agency", "paper", "wire")]),  # of the other envoy's side: the talks, told in part
    ],
)
def test_a_mediators_meeting_with_one_side_is_not_his_talks_with_both(third: str, meetings: list) -> None:
    """ "Said hosted the talks of Ruiz and Vanu"; "Said also met Vanu, accompanied by his ambassador
    Lenz": the mediator's meeting with one envoy and a member of his side is another meeting than
    the talks, though the two share two people, that day, in that city; the talks told by a third
    outlet join the talks."""
    valletta = {"city": "Valletta", "when": day("2025-04-12"), "of": MEDIATION}
    talks = report("agency", "Omar Said", "Ana Ruiz", "Tomas Vanu", **valletta)
    side = report("paper", "Omar Said", "Tomas Vanu", third, **valletta)
    again = report("wire", "Ana Ruiz", "Tomas Vanu", "Omar Said", **valletta)
    merged = merge_meetings(
        [extraction("paper", side), extraction("wire", again), extraction("agency", talks)]
    )
    assert sorted(tuple(sorted(m.docs)) for m in merged) == meetings


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong Un", "Kim Sung-han"),
        ("Ibrahim Traoré", "Abdoulaye Traoré"),
        ("Li Qiang", "Li Hui"),
        ("Khalid bin Ahmed", "Khalid bin Salman"),
    ],
)
def test_two_people_who_share_a_family_name_stay_apart_across_articles(a: str, b: str) -> None:
    people = merge_people(
        [extraction("d1", people=(Person(name=a),)), extraction("d2", people=(Person(name=b),))]
    )
    assert len(people) == 2


@pytest.mark.parametrize(
    ("visitors", "first", "then", "texts"),
    [
        (
            ("Ana Ruiz", "Lea Moll"),
            "Tomas Vanu",
            "Ivo Kral",
            (
                "Foreign ministers Ana Ruiz and Lea Moll were received by President Tomas Vanu in Tallinn.",
                "Later they sat down with Prime Minister Ivo Kral for the formal round of talks.",
            ),
        ),
        (
            ("Amina Odhiambo", "Joseph Kato"),
            "Ruth Mensah",
            "Kwame Boateng",
            (
                "Odhiambo and Kato will have called on Speaker Ruth Mensah by the time parliament sits.",
                "The pair also lunched with Vice-President Kwame Boateng at the Castle.",
            ),
        ),
        (
            ("Sofia Lindqvist", "Mateo Herrera"),
            "Hana Sato",
            "Kenji Mori",
            (
                "Envoys Lindqvist and Herrera had an audience with the Empress, Hana Sato, on Monday.",
                "That afternoon the two envoys briefed Mr Kenji Mori, the cabinet secretary.",
            ),
        ),
    ],
)
def test_one_article_telling_the_same_two_with_one_person_then_another_tells_two_meetings(
    visitors: tuple[str, str], first: str, then: str, texts: tuple[str, str]
) -> None:
    when = day("2025-06-02")  # same day, same city: only the third person tells them apart
    one = report("a", *visitors, first, city="Accra", when=when, text=texts[0])
    other = report("a", *visitors, then, city="Accra", when=when, text=texts[1], at=200)
    meetings = merge_meetings([extraction("a", one, other)])
    assert sorted(sorted(p.name for p in m.participants) for m in meetings) == sorted(
        [sorted((*visitors, first)), sorted((*visitors, then))]
    )


def test_one_article_naming_two_of_three_again_still_tells_one_meeting() -> None:
    trio = ("Ana Ruiz", "Lea Moll", "Tomas Vanu")  # "... The two ministers told Vanu ..."
    one = report("a", *trio, city="Accra", when=day("2025-06-02"))
    again = report("a", *trio[:2], city="Accra", when=day("2025-06-02"), at=200)
    assert len(merge_meetings([extraction("a", one, again)])) == 1


def test_a_plan_to_talk_again_told_with_the_talk_is_another_meeting() -> None:
    pair = ("Luiz Inacio Lula da Silva", "Gustavo Petro")
    text = "Lula spoke with Petro on Friday morning, and the two were due to talk again that evening."
    held = report("a", *pair, when=day("2024-03-08"), text=text, at=200)
    plan = report("a", *pair, kind="planned", when=day("2024-03-08"), text=text, at=200, another=True)
    merged = merge_meetings([extraction("a", held, plan, published="2024-03-08")])
    assert sorted(m.kind for m in merged) == ["in_person", "planned"]
    # a plan not told as another, in the same sentence, is the talk told again
    plan = report("a", *pair, kind="planned", when=day("2024-03-08"), text=text, at=200)
    assert [m.kind for m in merge_meetings([extraction("a", held, plan, published="2024-03-08")])] == [
        "in_person"
    ]


@pytest.mark.parametrize(
    ("city", "country", "month", "day_of_month", "held_on"),
    [
        # an undated wire: "Ruiz will fly to Nairobi on March 4 to see Vanu"
        ("Nairobi", "Kenya", 3, 4, "2026-03-04"),
        # "the minister is due in Hanoi on 12 July for talks with her counterpart"
        ("Hanoi", "Vietnam", 7, 12, "2025-07-12"),
        # "Vanu travels to Quito on the 30th of November", the visit reported the day after it
        ("Quito", "Ecuador", 11, 30, "2024-12-01"),
    ],
)
def test_a_plan_telling_its_day_without_a_year_joins_the_meeting_held_that_day_in_its_city(
    city: str, country: str, month: int, day_of_month: int, held_on: str
) -> None:
    pair = ("Ana Ruiz", "Tomas Vanu")
    plan = report(
        "wire",
        *pair,
        city=city,
        country=country,
        kind="planned",
        when=DateSpan(month=month, day=day_of_month),
    )
    held = report("daily", *pair, city=city, country=country, when=day(held_on))
    merged = merge_meetings([extraction("wire", plan), extraction("daily", held, published=held_on)])
    assert [(sorted(m.docs), m.kind) for m in merged] == [(["daily", "wire"], "in_person")]
    # another day of that month is another meeting: the plan stays apart
    other = report("daily", *pair, city=city, country=country, when=day(held_on[:8] + "20"))
    assert len(merge_meetings([extraction("wire", plan), extraction("daily", other)])) == 2


def told_on(iso: str, phrase: str) -> DateSpan:
    """A day an article tells in words."""
    return DateSpan(start=date.fromisoformat(iso), end=date.fromisoformat(iso), phrase=phrase)


def test_an_undated_report_joins_the_news_of_an_article_not_what_it_tells_later() -> None:
    pair = ("Narendra Modi", "Hassanal Bolkiah")
    capital = {"city": "Bandar Seri Begawan", "country": "Brunei"}
    docs = [
        extraction(
            "ani",
            report(
                "ani",
                *pair,
                **capital,
                when=told_on("2024-09-04", "Wednesday"),
                text="Modi on Wednesday held talks with the Sultan, Hassanal Bolkiah.",
            ),
            report(
                "ani",
                *pair,
                **capital,
                when=told_on("2024-09-03", "later"),
                text="The Sultan later hosted a lunch in honour of the visiting Prime Minister.",
                at=700,
                another=True,
            ),
            published="2024-09-04",
        ),
        # an undated article: "Modi arrived from Brunei, where he held talks with Sultan Hassanal Bolkiah"
        extraction("st", report("st", *pair, country="Brunei")),
    ]
    merged = merge_meetings(docs)
    assert sorted(m.docs for m in merged) == [("ani",), ("ani", "st")]
    (joined,) = [m for m in merged if len(m.docs) == 2]
    assert joined.date is not None and joined.date.start == date(2024, 9, 4)


def test_an_undated_report_stays_apart_from_two_meetings_an_article_tells_alike() -> None:
    pair = ("Luis Arce", "Gustavo Petro")
    docs = [
        extraction(
            "efe",
            report("efe", *pair, city="La Paz", country="Bolivia", when=told_on("2024-07-08", "Monday")),
            report(
                "efe",
                *pair,
                city="Bogota",
                country="Colombia",
                when=told_on("2024-03-11", "March 11"),
                at=500,
            ),
            published="2024-07-08",
        ),
        extraction("wire", report("wire", *pair)),
    ]
    assert sorted(m.docs for m in merge_meetings(docs)) == [("efe",), ("efe",), ("wire",)]


@pytest.mark.parametrize(
    ("more", "kind"),
    [
        (("Donald Trump",), "phone"),  # "the leaders held a phone conversation with Trump"
        (("Ursula von der Leyen",), "in_person"),  # "von der Leyen joined the five leaders"
        (("Ursula von der Leyen", "Antonio Costa"), "in_person"),
    ],
)
def test_an_articles_vaguer_mention_of_talks_of_three_or_more_with_one_or_two_more_is_those_talks(
    more: tuple[str, ...], kind: str
) -> None:
    five = ("Volodymyr Zelensky", "Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Donald Tusk")
    told = report("a", *five, kind=kind, at=100)
    again = report("a", *five, *more, kind=kind, at=300)
    (meeting,) = merge_meetings([extraction("a", told, again, published="2025-05-10")])
    assert {p.name for p in meeting.participants} == {*five, *more}


def test_an_articles_mention_of_three_more_or_of_another_meeting_stays_apart() -> None:
    five = ("Volodymyr Zelensky", "Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Donald Tusk")
    told = report("a", *five, at=100)
    three_more = report("a", *five, "Ursula von der Leyen", "Antonio Costa", "Mark Rutte", at=300)
    assert len(merge_meetings([extraction("a", told, three_more, published="2025-05-10")])) == 2
    # "Later, the leaders were joined by Trump": told as another meeting
    later = report("a", *five, "Donald Trump", at=300, another=True)
    assert len(merge_meetings([extraction("a", told, later, published="2025-05-10")])) == 2


# Talks that move on from the leaders to their delegations ("then held an official session of
# talks, attended by the delegations of the two countries"), told "then" or "also" on the day of
# the talks, are the same meeting, whichever outlets tell the rest; a person the later sentence
# itself names ("were then received by the president") is another meeting.
_LIMA = {"city": "Lima", "country": "Peru"}


def _reception_then_delegations(doc: str, also_named: str | None = None) -> list[Meeting]:
    when = day("2025-03-03")
    received = report(
        doc,
        "Ana Ruiz",
        "Tomas Vanu",
        **_LIMA,
        when=when,
        of=_SIDES,
        at=0,
        text="President Ana Ruiz received Tomas Vanu at the palace in Lima on Monday.",
    )
    sentence = (
        "The president and her guest then held talks, attended by the delegations of the two countries."
    )
    names = ("Ana Ruiz", "Tomas Vanu", "Ines Paz", "Luis Soto")
    if also_named is not None:
        names, sentence = (*names[:2], also_named), f"The two were then received by {also_named}."
    session = report(doc, *names, **_LIMA, when=when, of=_SIDES, at=200, another=True, text=sentence)
    return [received, session]


def test_one_meeting_told_by_three_outlets_with_its_delegations_in_one_is_one_meeting() -> None:
    docs = [
        extraction("a", *_reception_then_delegations("a"), published="2025-03-03"),
        extraction(
            "b",
            report("b", "Tomas Vanu", "Ana Ruiz", when=day("2025-03-03"), of=_SIDES),
            published="2025-03-04",
        ),
        extraction("c", report("c", "Ana Ruiz", "Tomas Vanu", **_LIMA, of=_SIDES), published="2025-03-04"),
    ]
    (meeting,) = merge_meetings(docs)
    assert meeting.docs == ("a", "b", "c")
    assert {p.name for p in meeting.participants} == {"Ana Ruiz", "Tomas Vanu", "Ines Paz", "Luis Soto"}


def test_talks_then_a_call_on_someone_the_sentence_names_are_two_meetings() -> None:
    merged = merge_meetings([extraction("a", *_reception_then_delegations("a", "Ines Paz"))])
    assert sorted(len(m.participants) for m in merged) == [2, 3]


def test_delegations_told_then_on_no_day_stay_another_meeting() -> None:
    received, session = _reception_then_delegations("a")
    session = session.model_copy(update={"date": None})
    merged = merge_meetings([extraction("a", received, session, published="2025-03-03")])
    assert sorted(len(m.participants) for m in merged) == [2, 4]


def test_the_same_pair_meeting_twice_in_a_month_in_two_cities_is_two_meetings() -> None:
    santiago = {"city": "Santiago", "country": "Chile"}
    docs = [
        extraction("a", *_reception_then_delegations("a"), published="2025-03-03"),
        extraction("b", report("b", "Ana Ruiz", "Tomas Vanu", **santiago, when=day("2025-03-24"), of=_SIDES)),
        extraction("c", report("c", "Tomas Vanu", "Ana Ruiz", **santiago, of=_SIDES), published="2025-03-25"),
        extraction("d", report("d", "Ana Ruiz", "Tomas Vanu", **_LIMA, of=_SIDES), published="2025-03-04"),
    ]
    assert sorted(m.docs for m in merge_meetings(docs)) == [("a", "d"), ("b", "c")]
