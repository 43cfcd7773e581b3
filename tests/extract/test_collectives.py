"""A group named once and told again by a collective noun (extract/collectives.py)."""

from datetime import date

import pytest


def names(meeting):
    return {p.name for p in meeting.participants}


def groups(meetings):
    return sorted(sorted(names(m)) for m in meetings)


def test_the_delegation_is_the_leaders_a_delegation_of_them_named(meetings_in):
    found = meetings_in(
        "A delegation of Nigerian President Bola Tinubu, Ghanaian President Nana Akufo-Addo and Senegalese "
        "President Macky Sall arrived in Niamey on Monday. The delegation met General Abdourahamane Tiani "
        "on Tuesday.",
        published=date(2023, 8, 22),
    )
    assert groups(found) == [["Abdourahamane Tchiani", "Bola Tinubu", "Macky Sall", "Nana Akufo-Addo"]]


def test_the_mediators_are_the_members_of_the_mission_made_up_of_them(meetings_in):
    found = meetings_in(
        "The mission, made up of former Kenyan President Uhuru Kenyatta, former Nigerian President Olusegun "
        "Obasanjo and former South African deputy president Phumzile Mlambo-Ngcuka, reached Addis Ababa on "
        "Sunday. The mediators met Ethiopian Prime Minister Abiy Ahmed on Monday.",
        published=date(2022, 10, 4),
    )
    assert groups(found) == [["Abiy Ahmed", "Olusegun Obasanjo", "Phumzile Mlambo-Ngcuka", "Uhuru Kenyatta"]]


@pytest.mark.parametrize(
    "second",
    [
        "The group met U.S. President Donald Trump at the White House on Monday.",
        "U.S. President Donald Trump received the group at the White House on Monday.",
    ],
)
def test_the_group_is_one_leader_and_those_who_joined_him(meetings_in, second):
    found = meetings_in(
        "Finnish President Alexander Stubb was joined in Washington by German Chancellor Friedrich Merz, "
        "French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni. " + second,
        published=date(2025, 8, 19),
    )
    assert groups(found) == [
        ["Alexander Stubb", "Donald Trump", "Emmanuel Macron", "Friedrich Merz", "Giorgia Meloni"]
    ]


def test_the_delegation_is_those_who_make_it_up(meetings_in):
    found = meetings_in(
        "Former Irish President Mary Robinson, Ban Ki-moon and Ellen Johnson Sirleaf make up the "
        "delegation. The delegation met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday.",
        published=date(2024, 3, 8),
    )
    assert groups(found) == [["Ban Ki-moon", "Benjamin Netanyahu", "Ellen Johnson Sirleaf", "Mary Robinson"]]


def test_one_who_will_be_part_of_the_delegation_meets_whom_it_will_meet(meetings_in):
    found = meetings_in(
        "Indonesian Foreign Minister Retno Marsudi said she would be part of the delegation, which would "
        "meet Myanmar junta chief Min Aung Hlaing in Naypyitaw next month.",
        published=date(2023, 5, 16),
    )
    assert groups(found) == [["Min Aung Hlaing", "Retno Marsudi"]]
    assert found[0].kind == "planned"


def test_a_delegation_no_one_of_which_is_named_stays_unnamed(meetings_in):
    found = meetings_in(
        "South African President Cyril Ramaphosa met Zambian President Hakainde Hichilema in Lusaka on "
        "Monday. A delegation of senior Chinese officials arrived in Nairobi the same day. The delegation "
        "met Kenyan President William Ruto on Tuesday.",
        published=date(2024, 11, 19),
    )
    assert not any({"Cyril Ramaphosa", "William Ruto"} <= names(m) for m in found)
    assert not any({"Hakainde Hichilema", "William Ruto"} <= names(m) for m in found)


def test_the_delegation_is_not_a_named_one_after_another_unnamed_is_told(meetings_in):
    found = meetings_in(
        "A delegation of Nigerian President Bola Tinubu, Ghanaian President Nana Akufo-Addo and "
        "Senegalese President Macky Sall met Ukrainian President Volodymyr Zelensky in Kyiv on Monday. "
        "Russia later sent a delegation of officials to Istanbul. The delegation met Turkish President "
        "Recep Tayyip Erdogan on Tuesday.",
        published=date(2024, 11, 19),
    )
    assert not any("Recep Tayyip Erdogan" in names(m) and "Bola Tinubu" in names(m) for m in found)


def test_a_countrys_own_delegation_is_not_the_group_named_before(meetings_in):
    found = meetings_in(
        "Finnish President Alexander Stubb was joined in Washington by German Chancellor Friedrich Merz and "
        "French President Emmanuel Macron. The Russian delegation met U.S. President Donald Trump in Alaska "
        "on Friday.",
        published=date(2025, 8, 19),
    )
    assert not any("Donald Trump" in names(m) and "Alexander Stubb" in names(m) for m in found)


def test_a_party_named_alone_on_a_visit_holds_no_meeting_of_its_members(meetings_in):
    found = meetings_in(
        "Ramaphosa was joined in Kyiv by Senegal's Macky Sall and Egyptian Prime Minister Mostafa Madbouly. "
        "The delegation met Ukrainian President Volodymyr Zelensky on Friday after visiting the site of a "
        "mass grave in Bucha.",
        published=date(2023, 6, 17),
    )
    assert groups(found) == [["Cyril Ramaphosa", "Macky Sall", "Mostafa Madbouly", "Volodymyr Zelensky"]]


@pytest.mark.parametrize(
    "text",
    [
        "Zambian President Hakainde Hichilema was joined in Kyiv by Senegalese President Macky Sall and "
        "Comoros President Azali Assoumani. Ukrainian President Volodymyr Zelensky met the delegation on "
        "Friday.",
        "Zambian President Hakainde Hichilema was joined in Moscow by Senegalese President Macky Sall and "
        "Comoros President Azali Assoumani ahead of the Russia-Africa summit. On Saturday, Russian President "
        "Vladimir Putin received the delegation at the Kremlin.",
    ],
)
def test_one_who_meets_the_delegation_meets_all_of_it_at_one_sitting(meetings_in, text):
    found = meetings_in(text, published=date(2023, 6, 17))
    assert len(found) == 1, groups(found)
    assert {"Azali Assoumani", "Hakainde Hichilema", "Macky Sall"} < names(found[0])


@pytest.mark.parametrize(
    "first",
    [
        "The leaders of Kenya, Uganda and Tanzania, William Ruto, Yoweri Museveni and Samia Suluhu Hassan, "
        "arrived in Addis Ababa on Sunday.",
        "Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia "
        "Suluhu Hassan arrived in Addis Ababa on Sunday.",
    ],
)
@pytest.mark.parametrize("leaders", ["The leaders", "The visiting leaders"])
def test_the_leaders_are_the_leaders_named_before_no_meeting_told(meetings_in, first, leaders):
    found = meetings_in(
        f"{first} {leaders} met Ethiopian Prime Minister Abiy Ahmed on Monday.", published=date(2024, 2, 20)
    )
    assert groups(found) == [["Abiy Ahmed", "Samia Suluhu Hassan", "William Ruto", "Yoweri Museveni"]]


def test_the_leaders_are_not_some_of_many_named_as_examples(meetings_in):
    found = meetings_in(
        "Leaders of 20 countries, including Russian President Vladimir Putin, Indian Prime Minister "
        "Narendra Modi and Turkish President Recep Tayyip Erdogan, arrived in Tianjin on Sunday. The "
        "leaders later held talks with UN Secretary-General Antonio Guterres.",
        published=date(2025, 9, 1),
    )
    assert not any({"Antonio Guterres", "Vladimir Putin"} <= names(m) for m in found)


def test_leaders_described_by_a_country_are_not_the_leaders_of_others_named_before(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia "
        "Suluhu Hassan arrived in Addis Ababa on Sunday. The Chinese leaders met Ethiopian Prime Minister "
        "Abiy Ahmed on Monday.",
        published=date(2024, 2, 20),
    )
    assert not any({"Abiy Ahmed", "William Ruto"} <= names(m) for m in found)
