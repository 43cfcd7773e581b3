from datetime import date

import pytest


def pairs(meetings):
    return sorted(tuple(sorted(p.name for p in m.participants)) for m in meetings)


def by_name(people):
    return {c.name: c for c in people.clusters}


def test_surname_alone_is_resolved_through_the_gazetteer(people_in):
    people = by_name(people_in("Modi told reporters the talks were useful."))
    assert "Narendra Modi" in people


def test_surnames_that_look_like_styles_are_kept(people_in):
    names = set(by_name(people_in("Vice Premier He Lifeng met Tan Kin Lian and HE Sheikh Nasser Al Sabah.")))
    assert any(n.startswith("He Lifeng") for n in names)
    assert any(n.startswith("Tan Kin") for n in names)
    assert not any(n.startswith(("HE", "Sheikh")) for n in names)


def test_an_official_written_family_name_first_is_that_official(people_in):
    text = "On Friday, the minister met Japanese Prime Minister Ishiba Shigeru in Vientiane."
    assert "Shigeru Ishiba" in by_name(people_in(text))


def test_an_officials_surname_inside_a_place_of_several_words_is_the_place(people_in):
    text = "From Nairobi, Widodo will fly to Dar es Salaam to hold talks with President Samia Suluhu Hassan."
    assert "Ishaq Dar" not in by_name(people_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tennis\nNovak Djokovic will face Carlos Alcaraz in the final on Sunday.",
        "Nepal news\nBangladesh's minister met Nepal's Foreign Minister N P Saud in New Delhi.",
    ],
)
def test_a_word_of_an_untagged_longer_name_is_no_official_of_that_surname(people_in, text):
    names = {c.name for c in people_in(text).clusters}
    assert not names & {"Katalin Novák", "Salman bin Abdulaziz Al Saud"}


def test_a_known_surname_the_model_took_for_a_nationality_is_the_official(people_in):
    people = people_in(
        "Talks\nOn Wednesday evening, Pezeshkian also met with the Iraqi president in Baghdad."
    )
    assert "Masoud Pezeshkian" in {c.name for c in people.clusters}


def test_a_family_name_alone_names_no_official_unless_listed_for_one(people_in):
    people = people_in("Talks\nAl-Jaber received the delegation. Later Al-Zayani spoke to the press.")
    names = {c.name for c in people.clusters}
    assert "Sultan Al Jaber" not in names
    assert "Abdullatif Al Zayani" in names


@pytest.mark.parametrize(
    ("text", "name", "father"),
    [
        (
            "Crown Prince Hussein bin Abdullah met Blinken in Amman.",
            "Hussein bin Abdullah",
            "Abdullah Abdullah",
        ),
        (
            "Crown Prince Al Hussein bin Abdullah II watched the final in Doha with the Emir.",
            "Al Hussein bin Abdullah II",
            "Abdullah II",
        ),
    ],
)
def test_a_fathers_name_after_bin_makes_no_list_of_surnames(people_in, text, name, father):
    names = {c.name for c in people_in(text).clusters}
    assert name in names and father not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pezeshkian met Erdogan in Ankara on Monday.", ("Masoud Pezeshkian", "Recep Tayyip Erdogan")),
        ("Guterres meets Lula in Brasilia.", ("António Guterres", "Luiz Inácio Lula da Silva")),
        (
            "Guterres held talks with Ramaphosa in Pretoria on Tuesday.",
            ("António Guterres", "Cyril Ramaphosa"),
        ),
        ("PM Modi calls on Macron in Paris.", ("Emmanuel Macron", "Narendra Modi")),
        ("PM Albanese meets Luxon in Auckland.", ("Anthony Albanese", "Christopher Luxon")),
        ("Al Sudani met Pezeshkian in Tehran on Tuesday.", ("Masoud Pezeshkian", "Mohammed Shia al-Sudani")),
    ],
)
def test_a_surname_alone_the_model_reads_as_another_word_is_the_official_in_office(
    meetings_in, text: str, expected: tuple[str, str]
) -> None:
    assert pairs(meetings_in(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Power met Lula in Brasilia.",  # a word of English
        "Pezeshkian sanctions were discussed when Macron met Scholz in Berlin.",  # no person's place
    ],
)
def test_a_surname_read_as_another_word_is_no_one_where_it_is_english_or_stands_for_no_person(
    meetings_in, text: str
) -> None:
    assert all("Masoud Pezeshkian" not in {p.name for p in m.participants} for m in meetings_in(text))
    assert all(len(m.participants) == 2 for m in meetings_in(text))


def test_a_surname_of_two_officials_is_the_one_in_office_in_the_article_s_year(meetings_in) -> None:
    assert pairs(meetings_in("PM Sharif meets Erdogan in Ankara.")) == [
        ("Recep Tayyip Erdogan", "Shehbaz Sharif")
    ]
    assert pairs(meetings_in("Sharif met Modi in Lahore.", published=date(2016, 1, 5))) == [
        ("Narendra Modi", "Nawaz Sharif")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Abiy met Sudanese President Omar Hassan Al Bashir in Khartoum.", "Omar al-Bashir"),
        ("Museveni met Kenyan President William Samoei Ruto in Entebbe.", "William Ruto"),
    ],
)
def test_a_known_officials_given_and_family_names_with_others_between_are_that_official(
    people_in, text, name
):
    assert name in by_name(people_in(text, year=2018))
