import pytest

from extract.roles import find_role, heads_a_state, role_class, role_ending


@pytest.mark.parametrize(
    ("text", "role", "cls"),
    [
        ("Russian Foreign Minister", "Foreign Minister", "foreign"),
        ("China's top diplomat", "Foreign Minister", "foreign"),
        ("the top Iranian diplomat", "Foreign Minister", "foreign"),
        ("the head of government", "Prime Minister", "leader"),
        ("U.S. Secretary of State", "Secretary of State", "foreign"),
        ("External Affairs Minister", "External Affairs Minister", "foreign"),
        ("the EAM", "External Affairs Minister", "foreign"),
        ("China's Vice Foreign Minister", "Deputy Foreign Minister", "deputy_foreign"),
        ("Indian Prime Minister", "Prime Minister", "leader"),
        ("the Russian leader", "President", "leader"),
        ("North Korea's new ambassador to China", "Ambassador", "envoy"),
        ("US national security adviser", "National Security Adviser", "adviser"),
        ("HH the Amir", "Emir", "leader"),
        ("the Jordanian monarch", "King", "leader"),
        ("Kenyan Deputy President", "Deputy President", "deputy_leader"),
        ("South Africa's deputy president", "Deputy President", "deputy_leader"),
        ("Government spokeswoman", "Spokesperson", "spokesperson"),
        ("the White House Press Secretary", "Press Secretary", "spokesperson"),
        ("Japanese Chief Cabinet Secretary", "Chief Cabinet Secretary", "spokesperson"),
    ],
)
def test_titles_map_to_an_office_and_its_class(text, role, cls):
    assert find_role(text) == (role, cls)


def test_secretary_of_state_and_foreign_minister_are_counterparts():
    assert role_class("Secretary of State") == role_class("Foreign Minister")
    assert role_class("President") != role_class("Foreign Minister")


def test_words_that_are_no_office_give_no_role():
    assert find_role("state broadcaster") is None


def test_an_office_served_is_not_held():
    assert find_role("Special Assistant to the President") is None
    assert find_role("Advisor to the Amir for National Security") is None
    assert find_role("Ambassador to the United States") == ("Ambassador", "envoy")


@pytest.mark.parametrize(
    "text", ["French business leaders", "religious leaders", "community leaders", "industry leaders"]
)
def test_leaders_of_a_field_outside_the_state_hold_no_office(text):
    assert find_role(text) is None


def test_a_field_outside_the_state_leaves_an_office_named_after_it():
    assert find_role("French leaders") == ("President", "leader")
    assert find_role("business leader and Prime Minister") == ("Prime Minister", "leader")
    assert find_role("East African Community leaders") == ("President", "leader")  # a body's name


@pytest.mark.parametrize(
    "text",
    ["General Secretary of the Communist Party of Viet Nam Central Committee", "the Vietnamese Party chief"],
)
def test_a_communist_party_general_secretary_leads(text):
    assert find_role(text) == ("General Secretary", "leader")


def test_the_secretary_general_of_an_organisation_is_no_party_leader():
    assert find_role("UN Secretary-General") is None


def test_a_top_career_diplomat_is_no_foreign_minister():
    assert find_role("a top career diplomat") == ("Diplomat", "diplomat")


def test_an_assistant_secretary_of_state_is_no_foreign_minister():
    assert find_role("the Assistant Secretary of State for African Affairs") == (
        "Assistant Secretary of State",
        "diplomat",
    )
    assert find_role("the High Commissioner of Ghana") == ("High Commissioner", "envoy")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("talks with Indonesian President", ("President", "leader")),
        ("UK Foreign Secretary", ("Foreign Minister", "foreign")),
        ("U.S. Vice President", ("Vice President", "deputy_leader")),
        ("External Affairs Minister", ("External Affairs Minister", "foreign")),
    ],
)
def test_the_office_a_phrase_ends_with_is_the_one_a_name_after_it_holds(text, role):
    assert role_ending(text) == role


@pytest.mark.parametrize(
    "text", ["former Prime Minister", "the ex-President", "the president said", "Advisor to the Amir"]
)
def test_an_office_held_before_or_not_ending_the_phrase_gives_none(text):
    assert role_ending(text) is None


@pytest.mark.parametrize("text", ["the president-elect", "President-elect", "the then president - elect"])
def test_a_president_elect_is_an_office_of_its_own_however_the_parse_joins_its_words(text):
    assert find_role(text) == ("President-elect", "leader")


def test_an_emperor_is_a_head_of_state():
    assert find_role("the Emperor") == ("Emperor", "leader")
    assert heads_a_state("Emperor")


def test_a_remembered_role_is_the_one_read_again():
    """``find_role`` remembers its answers: for every run of one to four words of the seed
    articles, asked twice, the answer is the one read afresh from the text."""
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    for path in sorted(seeds.glob("*.txt")):
        words = path.read_text(encoding="utf-8").split()
        for n in range(1, 5):
            for i in range(len(words) - n + 1):
                text = " ".join(words[i : i + n])
                fresh = find_role.__wrapped__(text)
                assert find_role(text) == fresh
                assert find_role(text) == fresh


@pytest.mark.parametrize(
    ("text", "role", "cls"),
    [
        ("Minister of Foreign and European Affairs", "Foreign Minister", "foreign"),  # Slovakia, Croatia
        ("Minister for Europe and Foreign Affairs", "Foreign Minister", "foreign"),  # France
        ("Minister of External Relations", "Foreign Minister", "foreign"),  # Brazil, Angola
        (
            "Minister of International Relations and Cooperation",
            "Foreign Minister",
            "foreign",
        ),  # South Africa
        ("Foreign Affairs Secretary", "Foreign Minister", "foreign"),  # the Philippines
        ("President of the Council of Ministers", "Prime Minister", "leader"),  # Italy, Poland, Lebanon
        ("President of the Government", "Prime Minister", "leader"),  # Spain
        ("Chairman of the Presidency", "President", "leader"),  # Bosnia and Herzegovina
    ],
)
def test_an_office_by_its_long_name_is_the_office_it_is_elsewhere(text, role, cls):
    assert find_role(text) == (role, cls)
    assert role_ending(text) == (role, cls)  # the office of a name written right after it


def test_a_chambers_presiding_officer_and_a_junior_minister_keep_no_other_office():
    assert role_ending("President of the Senate") is None
    assert find_role("Minister of State for Foreign Affairs") == ("Minister", "minister")
