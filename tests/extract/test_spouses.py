import pytest


def by_name(people):
    return {c.name: c for c in people.clusters}


def test_a_first_lady_sharing_an_officials_surname_is_another_person(people_in):
    people = by_name(
        people_in(
            "First Lady Emine Erdoğan opened the exhibition. Later, Erdoğan met the visiting president."
        )
    )
    assert people["Emine Erdoğan"].companion
    assert "Erdoğan" in people["Recep Tayyip Erdogan"].aliases
    assert "Erdoğan" not in people["Emine Erdoğan"].aliases


def test_madame_before_a_name_is_a_spouses_style_not_part_of_the_name(people_in):
    people = by_name(people_in("President Lula and Madame Rosangela da Silva toured the museum on Friday."))
    assert "Rosangela da Silva" in people
    assert people["Rosangela da Silva"].companion
    assert not people["Luiz Inácio Lula da Silva"].companion


def _groups(meetings):
    return [sorted(p.name for p in m.participants) for m in meetings]


def test_mrs_with_the_surname_of_the_guest_is_the_guests_spouse(meetings_in):
    text = (
        "President Joko Widodo held talks on Monday in Doha with Emir Tamim bin Hamad Al Thani. The "
        "Emir had personally welcomed the Indonesian President and Mrs. Iriana Widodo upon their "
        "arrival at the airport."
    )
    groups = _groups(meetings_in(text))
    assert groups and all("Iriana Widodo" not in g for g in groups), groups


def test_mrs_before_a_minister_of_no_one_elses_surname_is_a_party(meetings_in):
    text = (
        "Prime Minister Narendra Modi received External Affairs Minister Mrs. Sushma Swaraj and "
        "President Joko Widodo in New Delhi on Monday."
    )
    assert ["Joko Widodo", "Narendra Modi", "Sushma Swaraj"] in _groups(meetings_in(text))


def test_a_first_lady_named_after_the_title_with_a_title_of_her_own_is_a_companion(people_in):
    people = by_name(
        people_in(
            "President Nana Akufo-Addo, who was accompanied by the First Lady, Dr. Rebecca Akufo-Addo, "
            "was honoured at a state dinner in Paris."
        )
    )
    assert people["Rebecca Akufo-Addo"].companion
    assert not people["Nana Akufo-Addo"].companion


def test_a_first_lady_with_a_title_of_her_own_on_a_trip_is_a_companion(people_in):
    people = by_name(
        people_in("President William Ruto arrived in Tokyo with the First Lady, Pastor Rachel Ruto.")
    )
    assert people["Rachel Ruto"].companion


def test_a_minister_named_after_the_title_of_an_office_is_no_companion(people_in):
    people = by_name(
        people_in(
            "President Nana Akufo-Addo, who was accompanied by the Foreign Minister, Dr. Samuel Okudzeto "
            "Ablakwa, was honoured at a state dinner in Paris."
        )
    )
    assert not people["Samuel Okudzeto Ablakwa"].companion


@pytest.mark.parametrize(
    "text",
    [
        "King Charles arrived in France on Tuesday. President Emmanuel Macron hosted the king and "
        "Queen Camilla at a dinner on Wednesday.",
        "King Willem-Alexander flew to Jakarta on Sunday. President Joko Widodo received the king "
        "and Queen Maxima at the palace in Bogor on Monday.",
    ],
)
def test_a_queen_joined_to_a_king_told_by_his_title_alone_is_his_consort(meetings_in, text):
    groups = _groups(meetings_in(text))
    assert groups and all(not any(n.startswith("Queen") for n in g) for g in groups), groups


def test_a_queen_joined_to_a_minister_is_no_consort(people_in):
    people = by_name(
        people_in("President Lula received the minister and Queen Sofia at the palace on Monday.")
    )
    assert not people["Queen Sofia"].companion


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "King Charles landed in Paris. About 150 guests, including the tycoon Bernard Arnault, "
            "dined at the palace. Earlier, President Macron greeted the royal couple at the Arc de "
            "Triomphe.",
            "Charles III",
        ),
        (
            "King Harald V flew to Nairobi on Sunday. Guests at the lunch included the runner Eliud "
            "Kipchoge. President William Ruto welcomed the royal couple at State House.",
            "Harald V",
        ),
    ],
)
def test_the_royal_couple_is_a_royal_not_the_last_guest_named(meetings_in, text, head):
    groups = _groups(meetings_in(text))
    met = [g for g in groups if any(n in g for n in ("Emmanuel Macron", "William Ruto"))]
    assert met and all(head in g for g in met), groups
    assert all(not any(n in g for n in ("Bernard Arnault", "Eliud Kipchoge")) for g in groups), groups


def test_a_king_and_his_consort_named_apart_are_one_side_not_a_meeting(meetings_in):
    text = (
        "Britain's King Charles III and Queen Camilla arrived in Lyon on Friday. Charles, 75, and "
        "Camilla were also scheduled to attend a reception at the British consulate and to meet "
        "French and British veterans at the airfield."
    )
    groups = _groups(meetings_in(text))
    assert all("Queen Camilla" not in g for g in groups), groups


def test_a_leader_and_a_spouse_named_apart_meet_the_other_side_without_the_spouse(meetings_in):
    text = (
        "President Lula and First Lady Janja da Silva flew to Rome. Lula, 79, and Janja were due to "
        "meet Pope Francis at the Vatican on Sunday."
    )
    groups = _groups(meetings_in(text))
    assert ["Luiz Inácio Lula da Silva", "Pope Francis"] in groups, groups


def test_two_spouses_meeting_each_other_still_meet(meetings_in):
    text = (
        "First Lady Emine Erdoğan and Latife al-Durubi, the wife of the Syrian leader, met in "
        "Ankara on Tuesday."
    )
    groups = _groups(meetings_in(text))
    assert ["Emine Erdoğan", "Latife al-Durubi"] in groups, groups


@pytest.mark.parametrize(
    "text, consort",
    [
        (
            "Prince William and Catherine, the Prince and Princess of Wales, greeted President Ramaphosa.",
            "Catherine",
        ),
        (
            "Prince Harry and Meghan, the Duke and Duchess of Sussex, met President Buhari in Abuja.",
            "Meghan",
        ),
    ],
)
def test_the_second_of_two_names_the_couples_titles_follow_is_the_consort(meetings_in, text, consort):
    """The consort comes with the holder of the title, one of the royal couple the other side met."""
    found = meetings_in(text)
    assert len(found) == 1 and len(found[0].participants) == 3
    assert consort in {p.name for p in found[0].participants}


def test_two_princes_joined_with_no_couples_titles_both_take_part(meetings_in):
    text = "Prince William and Prince Harry greeted President Cyril Ramaphosa in London."
    assert len(meetings_in(text)[0].participants) == 3
