from collections import defaultdict

import pytest

from extract.gazetteer import (
    ORGANISATIONS,
    OfficialEntry,
    by_surname,
    country_at,
    find_names,
    gazetteer,
    lookup,
    role_at,
)
from extract.places import country_name, fold


def _entry(name: str) -> OfficialEntry:
    entry = lookup(name)
    assert entry is not None, name
    return entry


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Serguei Lavrov", "Sergey Lavrov"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelensky"),
        ("Vladimir Zelensky", "Volodymyr Zelensky"),
        ("Anthony Blinken", "Antony Blinken"),
        ("Tayyip Erdogan", "Recep Tayyip Erdogan"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("S Jaishankar", "Subrahmanyam Jaishankar"),
        ("S. Jaishankar", "Subrahmanyam Jaishankar"),
        ("MBS", "Mohammed bin Salman"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("sergey LAVROV", "Sergey Lavrov"),
    ],
)
def test_lookup_folds_spellings_to_the_canonical_name(spelling: str, name: str) -> None:
    assert _entry(spelling).name == name


@pytest.mark.parametrize(
    ("titled", "name"),
    [
        ("President Xi Jinping", "Xi Jinping"),
        ("Crown Prince Mohammed bin Salman", "Mohammed bin Salman"),
        ("Dr. S. Jaishankar", "Subrahmanyam Jaishankar"),
    ],
)
def test_lookup_ignores_a_leading_title(titled: str, name: str) -> None:
    assert _entry(titled).name == name


@pytest.mark.parametrize("name", ["John Smith", "Lavrov", "President", ""])
def test_lookup_of_an_unknown_or_partial_name_is_none(name: str) -> None:
    assert lookup(name) is None


def test_by_surname_finds_everyone_with_that_surname() -> None:
    assert {"Wang Yi", "Wang Qishan"} <= {e.name for e in by_surname("Wang")}
    assert [e.name for e in by_surname("Kishida")] == ["Fumio Kishida"]
    assert [e.name for e in by_surname("von der Leyen")] == ["Ursula von der Leyen"]
    assert "Mohammed bin Salman" in {e.name for e in by_surname("bin Salman")}
    assert by_surname("Yi") == []


def test_role_at_follows_the_years_held() -> None:
    blinken, trump = _entry("Antony Blinken"), _entry("Donald Trump")
    assert role_at(blinken, 2022) == "Secretary of State"
    assert role_at(blinken, 2019) is None
    assert [role_at(trump, y) for y in (2018, 2022, 2025)] == ["President", None, "President"]
    assert role_at(_entry("Sergey Lavrov"), 2010) == "Foreign Minister"


def test_role_at_without_a_year_gives_the_current_role() -> None:
    assert role_at(_entry("S. Jaishankar"), None) == "External Affairs Minister"


def test_country_at_follows_a_role_held_for_another_body() -> None:
    rutte, leyen = _entry("Mark Rutte"), _entry("Ursula von der Leyen")
    assert (country_at(rutte, 2020), country_at(rutte, 2025)) == ("Netherlands", "NATO")
    assert (country_at(leyen, 2018), country_at(leyen, 2020)) == ("Germany", "European Union")


def test_an_entry_becomes_a_person_record_of_its_year() -> None:
    person = _entry("Wang Yi").person(2024)
    assert (person.name, person.country, person.role) == ("Wang Yi", "China", "Foreign Minister")


def test_find_names_gives_token_spans_of_known_names() -> None:
    tokens = ["President", "Xi", "Jinping", "met", "Kim", "Jong", "-", "un", "and", "S.", "Jaishankar"]
    assert find_names(tokens) == [(1, 3), (4, 8), (9, 11)]


def test_names_and_aliases_are_unique_once_folded() -> None:
    owners = defaultdict(set)
    for entry in gazetteer():
        for name in (entry.name, *entry.aliases):
            owners[fold(name)].add(entry.name)
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


def test_a_canonical_name_keeps_the_letters_of_its_language() -> None:
    # "Erdoğan", not "Erdogan": where an alias is the name with its own letters, the alias is
    # the plain-letter form and the canonical name the one with the diacritics
    plain = {
        entry.name: alias
        for entry in gazetteer()
        for alias in entry.aliases
        if fold(alias) == fold(entry.name) and entry.name.isascii() and not alias.isascii()
    }
    assert plain == {}


def test_countries_are_canonical_countries_or_organisations() -> None:
    countries = {e.country for e in gazetteer()} | {
        r.country for e in gazetteer() for r in e.roles if r.country
    }
    assert {c for c in countries if c not in ORGANISATIONS and country_name(c) != c} == set()


def test_every_role_has_ordered_years() -> None:
    bad = [e.name for e in gazetteer() for r in e.roles if r.end is not None and r.end < r.start]
    assert bad == []
    assert all(e.roles for e in gazetteer())


@pytest.mark.parametrize(
    "country",
    [
        "United States",
        "Russia",
        "China",
        "United Kingdom",
        "France",
        "Germany",
        "India",
        "Japan",
        "Brazil",
        "South Africa",
        "Turkey",
        "Saudi Arabia",
        "Indonesia",
        "South Korea",
        "Australia",
        "Canada",
        "Mexico",
        "Argentina",
        "Italy",
        "European Union",
        "Iran",
        "Ukraine",
        "Kazakhstan",
        "Egypt",
    ],
)
def test_major_countries_have_a_leader_and_a_foreign_minister(country: str) -> None:
    roles = {r.role for e in gazetteer() for r in e.roles if (r.country or e.country) == country}
    leaders = {"President", "Prime Minister", "Chancellor", "President of the European Commission"}
    foreign = {
        "Foreign Minister",
        "Secretary of State",
        "Foreign Secretary",
        "External Affairs Minister",
        "High Representative for Foreign Affairs and Security Policy",
    }
    assert roles & leaders and roles & foreign


def test_the_gazetteer_is_broad() -> None:
    assert len(gazetteer()) >= 400


@pytest.mark.parametrize(
    ("spelt", "name"),
    [
        ("Emanuel Macron", "Emmanuel Macron"),
        ("Sergio Matarella", "Sergio Mattarella"),
        ("Xi Jinpeng", "Xi Jinping"),
    ],
)
def test_a_misspelt_full_name_is_the_official_it_is_spelt_like(spelt: str, name: str) -> None:
    entry = gazetteer().spelt_like(spelt)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize("spelt", ["Hunter Biden", "Kim Jong Il", "Abdullah I", "Macron", "Wang Yu"])
def test_another_person_or_a_lone_word_is_spelt_like_no_one(spelt: str) -> None:
    assert gazetteer().spelt_like(spelt) is None


@pytest.mark.parametrize(
    ("written", "name"),
    [("Pashinian", "Nikol Pashinyan"), ("Tokaev", "Kassym-Jomart Tokayev"), ("Aliev", "Ilham Aliyev")],
)
def test_a_surname_in_another_romanisation_names_the_official(written: str, name: str) -> None:
    assert [e.name for e in gazetteer().by_surname_romanised(written)] == [name]


@pytest.mark.parametrize("written", ["Macron", "Morocco", "Sharifi", "Brussels"])
def test_a_known_surname_or_another_word_has_no_romanised_official(written: str) -> None:
    assert gazetteer().by_surname_romanised(written) == []


def test_find_names_reads_on_past_a_run_that_only_starts_like_a_name() -> None:
    tokens = ["Sergey", "Ivanov", "met", "Sergey", "Lavrov", "and", "Mohammed", "bin", "Salman"]
    assert find_names(tokens) == [(3, 5), (6, 9)]
    assert find_names(["sergey", "lavrov"]) == []  # a name starts with a capital


@pytest.mark.parametrize(
    ("glued", "name"),
    [("Nicolas Madurosources", "Nicolás Maduro"), ("Recep Tayyip Erdoganofficials", "Recep Tayyip Erdogan")],
)
def test_a_full_name_with_a_word_glued_on_is_the_official(glued: str, name: str) -> None:
    entry = gazetteer().unglued(glued)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize(
    "name", ["Nicolás Maduro", "Madurosources", "Nicolas Maduros", "Nicolas MaduroSources"]
)
def test_a_name_without_a_lower_case_word_glued_on_is_unglued_to_no_one(name: str) -> None:
    assert gazetteer().unglued(name) is None


@pytest.mark.parametrize(
    ("spelling", "name", "year", "role"),
    [
        ("Mohammed Abdullahi", "Mohamed Abdullahi Farmaajo", 2020, "President"),
        ("Duma Gideon Boko", "Duma Boko", 2025, "President"),
        ("Abdel Fattah Sissi", "Abdel Fattah el-Sisi", 2023, "President"),
        ("Muhammad Ishaq Dar", "Ishaq Dar", 2025, "Deputy Prime Minister"),
        ("Stephen Witkoff", "Steve Witkoff", 2025, "Special Envoy to the Middle East"),
        ("Lynne Tracy", "Lynne Tracy", 2024, "Ambassador"),
        ("Mullah Baradar", "Abdul Ghani Baradar", 2020, "Head of the Taliban Political Office"),
        ("Mehmet Mus", "Mehmet Muş", 2022, "Trade Minister"),
        ("Alvaro Leyva", "Álvaro Leyva", 2023, "Foreign Minister"),
    ],
)
def test_officials_known_under_the_names_news_gives_them(
    spelling: str, name: str, year: int, role: str
) -> None:
    entry = _entry(spelling)
    assert (entry.name, role_at(entry, year)) == (name, role)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Abdul Latif Jamal Rashid", "Abdul Latif Rashid"),
        ("Mohammed bin Salman bin Abdulaziz Al Saud", "Mohammed bin Salman"),
        ("Mohamad Haji Hasan", "Mohamad Hasan"),
    ],
)
def test_fuller_finds_an_official_written_with_a_middle_name_or_lineage(written, name):
    found = gazetteer().fuller(written)
    assert found is not None and found.name == name


def test_fuller_is_none_where_the_known_name_would_drop_a_fathers_name():
    assert gazetteer().fuller("Tamim bin Khalid bin Hamad Al Thani") is None


def test_fuller_is_none_where_the_family_name_is_another_than_the_officials():
    # "Khalid bin Ahmed" is Khalid bin Ahmed Al Khalifa's short form, but an al-Sada is no Al Khalifa
    assert gazetteer().fuller("Khalid bin Ahmed al-Sada") is None
    assert gazetteer().fuller("Mohammed bin Salman bin Abdulaziz Al Saud").name == "Mohammed bin Salman"
    assert gazetteer().fuller("Khalid bin Salman bin Abdulaziz").name == "Khalid bin Salman"  # a father's


def test_fuller_finds_an_official_written_with_a_given_name_before_theirs():
    found = gazetteer().fuller("Muhammad Shehbaz Sharif")
    assert found is not None and found.name == "Shehbaz Sharif"


@pytest.mark.parametrize(
    "name",
    [
        "Maryam Nawaz Sharif",  # Nawaz Sharif's daughter, Punjab's chief minister
        "Hamza Shehbaz Sharif",  # Shehbaz Sharif's son
    ],
)
def test_fuller_is_none_for_a_relative_named_with_an_officials_name(name):
    assert gazetteer().fuller(name) is None


def test_fuller_reads_a_title_and_an_honorific_before_an_officials_name():
    found = gazetteer().fuller("Dr Seyyed Ebrahim Raisi")
    assert found is not None and found.name == "Ebrahim Raisi"


def test_fuller_is_none_for_another_given_name_before_an_officials_short_name():
    # a spouse named with the official's name, not the official ("Rosângela Lula da Silva")
    entry = gazetteer().lookup("Lula da Silva")
    assert entry is not None
    assert gazetteer().fuller("Rosângela Lula da Silva") is None


def test_find_names_leaves_out_the_full_stop_after_a_name() -> None:
    tokens = ["He", "met", "Pietro", "Parolin", ".", "Then", "Mark", "Rutte", ",", "too"]
    assert find_names(tokens) == [(2, 4), (6, 8)]


@pytest.mark.parametrize(
    ("written", "official"),
    [
        ("Teodoro Locsin Sr", None),  # the father of Teodoro Locsin Jr.
        ("Ferdinand Marcos Snr", None),
        ("Ferdinand Marcos Jnr", "Ferdinand Marcos Jr."),
        ("Teodoro Locsin Jr", "Teodoro Locsin Jr."),
    ],
)
def test_a_father_is_no_misspelling_of_his_son_of_the_same_name(written, official):
    entry = gazetteer().spelt_like(written)
    assert (entry.name if entry else None) == official


@pytest.mark.parametrize(
    ("official", "written", "shown"),
    [
        # a fuller spelling listed, the name itself never written: shown as written
        ("Bola Tinubu", ["Bola Ahmed Tinubu", "Tinubu"], "Bola Ahmed Tinubu"),
        ("Badr Albusaidi", ["Badr bin Hamad Al-Busaidi"], "Badr bin Hamad Al-Busaidi"),
        ("Ukhnaagiin Khürelsükh", ["Khurelsukh Ukhnaa", "Khurelsukh"], "Khurelsukh Ukhnaa"),
        # the name written too: the name
        ("Bola Tinubu", ["Bola Tinubu", "Bola Ahmed Tinubu"], "Bola Tinubu"),
        # an initial, a title, a surname alone: the name
        ("Subrahmanyam Jaishankar", ["S. Jaishankar", "Jaishankar"], "Subrahmanyam Jaishankar"),
        ("Faisal bin Farhan Al Saud", ["Prince Faisal bin Farhan"], "Faisal bin Farhan Al Saud"),
        ("Abdul Ghani Baradar", ["Mullah Abdul Ghani Baradar"], "Abdul Ghani Baradar"),
        # a spelling with words left out of another listed: the name
        ("Recep Tayyip Erdogan", ["Tayyip Erdogan"], "Recep Tayyip Erdogan"),
        ("Faisal bin Farhan Al Saud", ["Faisal bin Farhan bin Abdullah"], "Faisal bin Farhan Al Saud"),
        # the name spelt a letter apart, listed or not: the name
        ("Sergey Lavrov", ["Sergei Lavrov"], "Sergey Lavrov"),
        ("Antony Blinken", ["Anthony Blinken"], "Antony Blinken"),
        ("Emmanuel Macron", ["Emanuel Macron"], "Emmanuel Macron"),
        ("Mohammed bin Salman", ["Muhammad bin Salman"], "Mohammed bin Salman"),
        ("Hossein Amir-Abdollahian", ["Hossein Amirabdollahian"], "Hossein Amir-Abdollahian"),
        ("Walid Muallem", ["Walid al-Moallem"], "Walid Muallem"),
        # a grandfather added to a name that gives the father: the name
        (
            "Mohammed bin Abdulrahman Al Thani",
            ["Mohammed bin Abdulrahman bin Jassim Al Thani"],
            "Mohammed bin Abdulrahman Al Thani",
        ),
        # the family name moved to the other end: another form, shown
        ("Gombojav Zandanshatar", ["Zandanshatar Gombojav"], "Zandanshatar Gombojav"),
        # an Arab name's short form, the family name or the father's name left off: as written
        ("Tamim bin Hamad Al Thani", ["Tamim bin Hamad", "Tamim"], "Tamim bin Hamad"),
        ("Khalid bin Ahmed Al Khalifa", ["Sheikh Khalid bin Ahmed", "Khalid bin Ahmed"], "Khalid bin Ahmed"),
        ("Musaed bin Mohammed Al-Aiban", ["Musaed al-Aiban"], "Musaed al-Aiban"),
        # of short forms written, one with a grandfather's "bin" is not shown
        (
            "Faisal bin Farhan Al Saud",
            ["Faisal bin Farhan bin Abdullah", "Faisal bin Farhan"],
            "Faisal bin Farhan",
        ),
        # the name itself written beside a short form: the name
        (
            "Hamad bin Isa Al Khalifa",
            ["Hamad bin Isa", "Hamad bin Isa Al Khalifa"],
            "Hamad bin Isa Al Khalifa",
        ),
    ],
)
def test_an_official_is_shown_under_a_full_spelling_the_article_writes(
    official: str, written: list[str], shown: str
) -> None:
    assert _entry(official).shown(written) == shown


def test_of_two_full_spellings_written_the_fullest_is_shown() -> None:
    written = ["Sergei Lavrov", "Sergey Viktorovich Lavrov"]
    assert _entry("Sergey Lavrov").shown(written) == "Sergey Viktorovich Lavrov"


@pytest.mark.parametrize(
    ("written", "name"),
    [("Gustavo Petro Urrego", "Gustavo Petro"), ("Javier Milei Ramírez", "Javier Milei")],
)
def test_fuller_finds_an_official_of_spanish_naming_written_with_the_mothers_family_name(written, name):
    found = gazetteer().fuller(written)
    assert found is not None and found.name == name


@pytest.mark.parametrize("written", ["Donald Trump Jr", "Emmanuel Macron Dupont", "Felipe VI"])
def test_fuller_adds_no_second_family_name_elsewhere_nor_a_regnal_number(written):
    assert gazetteer().fuller(written) is None


def test_fuller_is_none_where_the_name_goes_on_with_another_grandfather_than_the_officials():
    # "Mohammed bin Abdulrahman" is Qatar's Mohammed bin Abdulrahman (bin Jassim) Al Thani, but
    # a "Mohammed bin Abdulrahman bin Abdulaziz" is another man, a grandson of another father
    assert gazetteer().fuller("Mohammed bin Abdulrahman bin Abdulaziz") is None
    assert gazetteer().fuller("Mohammed bin Abdulrahman bin Jassim Al Thani").name == (
        "Mohammed bin Abdulrahman Al Thani"
    )
    assert gazetteer().fuller("Tamim bin Hamad bin Khalifa Al Thani").name == "Tamim bin Hamad Al Thani"


@pytest.mark.parametrize(
    "written",
    ["Olga Scholz", "Emanuela Macron", "Irina Lavrova", "Sergei Lavrova", "Olena Zelenska"],
)
def test_another_given_name_or_a_feminine_form_is_spelt_like_no_official(written: str) -> None:
    assert gazetteer().spelt_like(written) is None


@pytest.mark.parametrize(
    ("spelt", "name"),
    [
        ("Olaf Scholtz", "Olaf Scholz"),
        ("Narendra Mody", "Narendra Modi"),
        ("Luiz Inacio Lulla da Silva", "Luiz Inácio Lula da Silva"),
    ],
)
def test_one_letter_slipped_is_still_the_official(spelt: str, name: str) -> None:
    entry = gazetteer().spelt_like(spelt)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "President Brice Clotaire Oligui Nguema met Joe Biden at the White House.",
            "Brice Clotaire Oligui Nguema",
        ),
        (
            "GCC Secretary-General Nayef Falah Al-Hajraf received Sameh Shoukry in Riyadh.",
            "Nayef Falah Al-Hajraf",
        ),
        (
            "President Emmerson Dambudzo Mnangagwa hosted Cyril Ramaphosa in Harare.",
            "Emmerson Dambudzo Mnangagwa",
        ),
    ],
)
def test_an_official_named_with_a_middle_name_the_table_leaves_out_is_shown_so(
    meetings_in, text: str, shown: str
) -> None:
    assert shown in {p.name for m in meetings_in(text) for p in m.participants}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Prime Minister Muhammad Shehbaz Sharif met Wang Yi in Beijing.", "Shehbaz Sharif"),
        (
            "President Yoweri Kaguta Museveni hosted William Ruto in Entebbe. Yoweri Museveni said the "
            "talks went well.",
            "Yoweri Museveni",
        ),
    ],
)
def test_an_official_named_with_a_given_name_before_or_also_as_the_table_writes_is_shown_by_the_table(
    meetings_in, text: str, shown: str
) -> None:
    assert shown in {p.name for m in meetings_in(text) for p in m.participants}


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Nam Bui Thanh Son", "Bui Thanh Son"),  # "... of the Socialist Republic of Viet | Nam Bui Thanh Son"
        ("Lanka Ranil Wickremesinghe", "Ranil Wickremesinghe"),  # "... of Sri | Lanka Ranil ..."
        ("Zealand Christopher Luxon", "Christopher Luxon"),  # "... of New | Zealand Christopher ..."
    ],
)
def test_fuller_reads_past_the_last_word_of_a_country_glued_to_the_name(written, name):
    found = gazetteer().fuller(written)
    assert found is not None and found.name == name


def test_fuller_takes_no_given_name_for_a_country_word():
    # "Salvador" is the end of El Salvador's name but also a given name: another person
    assert gazetteer().fuller("Salvador Bui Thanh Son") is None
