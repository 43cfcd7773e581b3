"""The meetings one trigger states told apart: one with each, each with its own place and day."""

from datetime import date

import pytest


def names(meeting):
    return {p.name for p in meeting.participants}


def only(meetings):
    assert len(meetings) == 1, [(sorted(names(m)), m.kind) for m in meetings]
    return meetings[0]


def test_one_person_meeting_several_is_one_bilateral_each(meetings_in):
    text = "Subrahmanyam Jaishankar met Nasser Bourita, Ignazio Cassis and Alexander De Croo in New York."
    found = meetings_in(text)
    assert sorted(sorted(names(m)) for m in found) == [
        ["Alexander De Croo", "Subrahmanyam Jaishankar"],
        ["Ignazio Cassis", "Subrahmanyam Jaishankar"],
        ["Nasser Bourita", "Subrahmanyam Jaishankar"],
    ]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "President Cyril Ramaphosa received a phone call from Kenyan President William Ruto and from "
            "Nigerian President Bola Tinubu on Monday.",
            [["Bola Tinubu", "Cyril Ramaphosa"], ["Cyril Ramaphosa", "William Ruto"]],
        ),
        (
            "Indian Prime Minister Narendra Modi on Monday took calls from Japanese Prime Minister Fumio "
            "Kishida and from Australian Prime Minister Anthony Albanese, who congratulated him on his win.",
            [["Anthony Albanese", "Narendra Modi"], ["Fumio Kishida", "Narendra Modi"]],
        ),
        (
            "DOHA, June 16 (QNA) -- Emir Sheikh Tamim bin Hamad Al Thani received on Sunday telephone calls "
            "from Turkish President Recep Tayyip Erdogan and from His Majesty King Abdullah II of Jordan.",
            [
                ["Abdullah II", "Tamim bin Hamad Al Thani"],
                ["Recep Tayyip Erdogan", "Tamim bin Hamad Al Thani"],
            ],
        ),
    ],
)
def test_a_preposition_said_again_for_a_second_caller_is_a_call_with_each(meetings_in, text, pairs):
    found = meetings_in(text, date(2024, 6, 17))
    assert sorted(sorted(p.name for p in m.participants) for m in found) == pairs
    assert {m.kind for m in found} == {"phone"}


def test_calls_with_one_and_with_another_on_their_own_days_are_two_calls(meetings_in):
    text = (
        "South Korean President Lee Jae-myung spoke by phone with U.S. President Donald Trump on Friday "
        "and with Japanese Prime Minister Shigeru Ishiba on Monday."
    )
    found = meetings_in(text, published=date(2025, 6, 10))
    assert sorted((m.participants[1].name, m.kind, str(m.date.start)) for m in found) == [
        ("Donald Trump", "phone", "2025-06-06"),
        ("Shigeru Ishiba", "phone", "2025-06-09"),
    ]


def test_a_time_told_from_a_day_named_before_is_the_day_of_its_own_phrase(meetings_in):
    text = (
        "Chilean Foreign Minister Ana Ruiz, who landed in Lima on August 11, held talks with Peruvian "
        "Foreign Minister Elmer Schialer that evening and with Peruvian President Dina Boluarte the "
        "next day."
    )
    found = meetings_in(text, published=date(2025, 9, 2))
    assert sorted((m.participants[1].name, str(m.date.start)) for m in found) == [
        ("Dina Boluarte", "2025-08-12"),
        ("Elmer Schialer", "2025-08-11"),
    ]


@pytest.mark.parametrize(
    "text, days",
    [
        (  # "to" said again, the second named by a description with the name beside it
            "Indian Foreign Minister Subrahmanyam Jaishankar spoke to Saudi Foreign Minister Faisal bin "
            "Farhan on Thursday, and to his Emirati counterpart Abdullah bin Zayed a day earlier.",
            {"Faisal bin Farhan": "2025-06-05", "Abdullah bin Zayed": "2025-06-04"},
        ),
        (  # a participle set between the two
            "Vietnamese Foreign Minister Bui Thanh Son spoke by phone to Thai Foreign Minister Maris "
            "Sangiampongsa on Tuesday, thanking him for his support, and to his Lao counterpart "
            "Thongsavanh Phomvihane on Wednesday.",
            {"Maris Sangiampongsa": "2025-06-10", "Thongsavanh Phomvihane": "2025-06-11"},
        ),
        (  # the verb and its preposition left out
            "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Monday and "
            "Ugandan President Yoweri Museveni on Tuesday.",
            {"Samia Suluhu Hassan": "2025-06-09", "Yoweri Museveni": "2025-06-10"},
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva held talks with Argentine President Javier "
            "Milei on Monday and with Chilean President Gabriel Boric on Wednesday.",
            {"Javier Milei": "2025-06-09", "Gabriel Boric": "2025-06-11"},
        ),
        (  # one day told for both, the preposition said again or not
            "Vietnamese Foreign Minister Bui Thanh Son spoke to Thai Foreign Minister Maris "
            "Sangiampongsa and to Lao Foreign Minister Thongsavanh Phomvihane on Sunday.",
            {"Maris Sangiampongsa": "2025-06-08", "Thongsavanh Phomvihane": "2025-06-08"},
        ),
        (
            "Vietnamese Foreign Minister Bui Thanh Son spoke with Thai Foreign Minister Maris "
            "Sangiampongsa and with Lao Foreign Minister Thongsavanh Phomvihane on Sunday.",
            {"Maris Sangiampongsa": "2025-06-08", "Thongsavanh Phomvihane": "2025-06-08"},
        ),
        (
            "Polish Prime Minister Donald Tusk met German Chancellor Olaf Scholz and French President "
            "Emmanuel Macron on Sunday.",
            {"Olaf Scholz": "2025-06-08", "Emmanuel Macron": "2025-06-08"},
        ),
        (  # a day told of the one met, not of the meeting
            "Egyptian President Abdel Fattah al-Sisi met Jordanian King Abdullah II, who arrived on Sunday.",
            {"Abdullah II": None},
        ),
    ],
)
def test_one_verb_with_several_met_gives_each_the_day_its_own_words_tell(meetings_in, text, days):
    found = meetings_in(text, published=date(2025, 6, 11))
    assert {m.participants[-1].name: m.date and str(m.date.start) for m in found} == days
    assert all(len(m.participants) == 2 for m in found)


def test_a_second_object_with_the_verb_left_out_is_a_meeting_of_its_own_place_and_day(meetings_in):
    text = (
        "South African President Cyril Ramaphosa met Ukrainian President Volodymyr Zelensky in Kyiv on "
        "June 16, 2023 and Russian President Vladimir Putin in St Petersburg the following day."
    )
    found = meetings_in(text, published=date(2025, 4, 25))
    assert sorted((m.participants[1].name, m.place.city, str(m.date.start)) for m in found) == [
        ("Vladimir Putin", "Saint Petersburg", "2023-06-17"),
        ("Volodymyr Zelensky", "Kyiv", "2023-06-16"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the third hung on "is", above "meet"
            "Danish Prime Minister Mette Frederiksen is due to meet German chancellor Olaf Scholz in "
            "Berlin and French president Emmanuel Macron in Paris, and Nato secretary general Mark Rutte "
            "in Brussels.",
            [("Emmanuel Macron", "Paris"), ("Mark Rutte", "Brussels"), ("Olaf Scholz", "Berlin")],
        ),
        (  # the second hung on the day of the first
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday and "
            "Tanzanian President Samia Suluhu Hassan in Dodoma on Tuesday.",
            [("Samia Suluhu Hassan", "Dodoma"), ("Yoweri Museveni", "Kampala")],
        ),
        (
            "Indian External Affairs Minister S. Jaishankar is expected to meet Sri Lankan President Ranil "
            "Wickremesinghe in Colombo, and Maldivian President Mohamed Muizzu in Male.",
            [("Mohamed Muizzu", "Male"), ("Ranil Wickremesinghe", "Colombo")],
        ),
    ],
)
def test_each_object_with_the_verb_left_out_has_its_own_place_wherever_the_parser_hangs_it(
    meetings_in, text: str, expected: list[tuple[str, str]]
) -> None:
    found = meetings_in(text, published=date(2025, 1, 20))
    assert sorted((m.participants[1].name, m.place.city) for m in found) == expected


def test_talks_with_one_side_said_with_again_are_one_meeting_each(meetings_in):
    text = (
        "Earlier in the day, Lula met with the chairman of the Standing Committee of the National People's "
        "Congress, Zhao Leji, and with Premier Li Qiang."
    )
    assert sorted(len(m.participants) for m in meetings_in(text)) == [2, 2]


UGANDA = ("Yoweri Museveni", "Entebbe", "2025-03-01")
KIGALI = ("Paul Kagame", "Kigali", "2025-03-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the second hung on the first one's city, its own place on the verb
            "Kenyan President William Ruto met President Yoweri Museveni in Entebbe and President Paul "
            "Kagame in Kigali in March.",
            [KIGALI, UGANDA],
        ),
        (  # each with its own place hung on its name
            "Kenyan President William Ruto met General Mamady Doumbouya in Conakry and President Paul Kagame "
            "in Kigali in March.",
            [("Mamady Doumbouya", "Conakry", "2025-03-01"), KIGALI],
        ),
        (  # after "with"
            "Kenyan President William Ruto met with President Yoweri Museveni in Entebbe and President Paul "
            "Kagame in Kigali in March.",
            [KIGALI, UGANDA],
        ),
        (
            "On his regional tour the Kenyan leader William Ruto met Yoweri Museveni in Entebbe and Paul "
            "Kagame in Kigali in March.",
            [KIGALI, UGANDA],
        ),
    ],
)
def test_each_one_met_in_a_city_of_their_own_is_met_there_in_the_month_told_last(meetings_in, text, expected):
    found = meetings_in(text, published=date(2025, 6, 2))
    assert sorted((m.participants[1].name, m.place.city, str(m.date.start)) for m in found) == expected


def test_one_who_spoke_separately_by_telephone_with_two_had_a_call_with_each(meetings_in):
    text = (
        "Kenyan President William Ruto had spoken separately by telephone with Ugandan President "
        "Yoweri Museveni and Tanzanian President Samia Suluhu Hassan on Thursday, urging calm."
    )
    found = meetings_in(text, published=date(2025, 3, 10))
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Samia Suluhu Hassan", "William Ruto"],
        ["William Ruto", "Yoweri Museveni"],
    ]
    assert {m.kind for m in found} == {"phone"}


def test_calls_from_one_to_both_leaders_are_a_call_with_each(meetings_in):
    text = (
        "Ghanaian President John Mahama and Ivorian President Alassane Ouattara met in Accra on Monday. "
        "The talks followed telephone calls from Nigerian President Bola Tinubu to both leaders."
    )
    found = meetings_in(text, published=date(2025, 3, 11))
    calls = sorted(sorted(p.name for p in m.participants) for m in found if m.kind == "phone")
    assert calls == [["Alassane Ouattara", "Bola Tinubu"], ["Bola Tinubu", "John Mahama"]]
    held = [m for m in found if m.kind == "in_person"]
    assert [sorted(p.name for p in m.participants) for m in held] == [["Alassane Ouattara", "John Mahama"]]


def test_a_call_from_one_to_another_is_their_call_not_the_meetings(meetings_in):
    text = (
        "Ghanaian President John Mahama met Ivorian President Alassane Ouattara in Accra on Monday. "
        "The meeting followed a telephone call from Nigerian President Bola Tinubu to Mahama."
    )
    found = meetings_in(text, published=date(2025, 3, 11))
    assert sorted((sorted(p.name for p in m.participants), m.kind) for m in found) == [
        (["Alassane Ouattara", "John Mahama"], "in_person"),
        (["Bola Tinubu", "John Mahama"], "phone"),
    ]


LISTED = (
    "In Madrid on Friday, President Lula met with Spanish Prime Minister Pedro Sanchez, Portuguese "
    "Prime Minister Luis Montenegro and Italian Prime Minister Giorgia Meloni. "
)


@pytest.mark.parametrize(
    "after",
    [
        "Together, the four leaders then signed a declaration on trade.",
        "The four then held talks on trade.",
        "All four leaders then met for a working dinner.",
        "Together, the four leaders then called U.S. President Joe Biden.",  # a country in a name: no place
    ],
)
def test_a_list_met_that_the_next_sentence_counts_as_acting_together_is_one_meeting(meetings_in, after):
    found = meetings_in(LISTED + after, published=date(2025, 5, 17))
    groups = [sorted(p.name for p in m.participants) for m in found if m.kind == "in_person"]
    assert ["Giorgia Meloni", "Luiz Inácio Lula da Silva", "Luís Montenegro", "Pedro Sánchez"] in groups
    assert all(len(g) == 4 for g in groups)


@pytest.mark.parametrize(
    "after",
    [
        "The two leaders then signed a declaration on trade.",  # a count that is not the list's
        "The four leaders are all members of the club.",  # counted, but doing nothing together
        "The four leaders last met in Rome in March.",  # another meeting, of its own day and place
        "Spain's economy grew fast last year.",
    ],
)
def test_a_list_met_with_no_group_of_its_number_acting_together_is_a_meeting_with_each(meetings_in, after):
    # named as the verb's objects, not after one "with" (which is one sitting of them all)
    listed = LISTED.replace("met with", "met")
    found = meetings_in(listed + after, published=date(2025, 5, 17))
    assert sorted(sorted(p.name for p in m.participants) for m in found if m.place.city == "Madrid") == [
        ["Giorgia Meloni", "Luiz Inácio Lula da Silva"],
        ["Luiz Inácio Lula da Silva", "Luís Montenegro"],
        ["Luiz Inácio Lula da Silva", "Pedro Sánchez"],
    ]


def test_a_list_met_in_separate_meetings_stays_apart_though_the_next_sentence_counts_them(meetings_in):
    text = (
        "In Madrid on Friday, President Lula met Pedro Sanchez and Luis Montenegro in separate "
        "meetings. The three leaders then held talks on trade."
    )
    found = meetings_in(text, published=date(2025, 5, 17))
    pairs = [sorted(p.name for p in m.participants) for m in found if len(m.participants) == 2]
    assert sorted(pairs) == [
        ["Luiz Inácio Lula da Silva", "Luís Montenegro"],
        ["Luiz Inácio Lula da Silva", "Pedro Sánchez"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto held separate summit talks with Ugandan President Yoweri Museveni and "
        "Tanzanian President Samia Suluhu Hassan in Nairobi on Sunday.",
        "Kenyan President William Ruto held back-to-back summits with Ugandan President Yoweri Museveni and "
        "Tanzanian President Samia Suluhu Hassan in Nairobi on Sunday.",
        "Indian Prime Minister Narendra Modi held summits with Japanese Prime Minister Fumio Kishida and "
        "Australian Prime Minister Anthony Albanese in Tokyo on Monday.",
    ],
)
def test_separate_summit_talks_or_summits_in_the_plural_are_one_with_each(meetings_in, text):
    found = meetings_in(text)
    assert found and all(len(m.participants) == 2 for m in found)


def test_a_summit_of_three_told_in_the_singular_is_one_meeting(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto held a trilateral summit with Ugandan President Yoweri Museveni and "
        "Tanzanian President Samia Suluhu Hassan in Nairobi on Sunday."
    )
    assert [len(m.participants) for m in found] == [3]


def test_the_means_of_a_call_told_before_its_noun_still_dates_the_call(meetings_in):
    found = meetings_in(
        "The decision followed a phone call on Monday between US Secretary of State Marco Rubio and Russian "
        "Foreign Minister Sergey Lavrov that was meant to prepare the summit."
    )
    calls = [m for m in found if m.kind == "phone"]
    assert calls and calls[0].date is not None and calls[0].date.start == date(2024, 11, 18)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Abiy Ahmed held discussions with Nigerian President Muhammadu Buhari and Zimbabwean "
        "President Emmerson Mnangagwa in Addis Ababa in February.",
        "On the sidelines of the summit, President Cyril Ramaphosa held consultations with Kenyan President "
        "William Ruto and Ghanaian President Nana Akufo-Addo.",
        "In Hanoi on Monday, Indonesian President Joko Widodo held discussions with Vietnamese Prime "
        "Minister Pham Minh Chinh and Philippine President Ferdinand Marcos Jr.",
    ],
)
def test_discussions_or_consultations_with_several_are_talks_with_each(meetings_in, text):
    found = meetings_in(text)
    assert len(found) == 2 and all(len(m.participants) == 2 for m in found)
    host = {p.name for p in found[0].participants} & {p.name for p in found[1].participants}
    assert len(host) == 1


@pytest.mark.parametrize(
    "text",
    [
        "President Cyril Ramaphosa held trilateral discussions with Kenyan President William Ruto and "
        "Ghanaian President Nana Akufo-Addo in Pretoria.",
        "President Cyril Ramaphosa took part in a panel discussion with Kenyan President William Ruto and "
        "Ghanaian President Nana Akufo-Addo in Pretoria.",
    ],
)
def test_three_way_or_panel_discussions_stay_one_meeting_of_them_all(meetings_in, text):
    [meeting] = meetings_in(text)
    assert len(meeting.participants) == 3


@pytest.mark.parametrize(
    ("text", "second", "city", "day"),
    [
        (
            "US President Joe Biden met King Felipe VI at the Royal Palace in Madrid on Tuesday, and then "
            "Prime Minister Pedro Sanchez at the Moncloa Palace.",
            "Pedro Sánchez",
            "Madrid",
            date(2022, 6, 28),
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday, and "
            "then Tanzanian President Samia Suluhu Hassan in Dodoma.",
            "Samia Suluhu Hassan",
            "Dodoma",
            date(2022, 6, 27),
        ),
        (
            "Kenyan President William Ruto will meet Ugandan President Yoweri Museveni in Kampala on Monday, "
            "and then Tanzanian President Samia Suluhu Hassan, who chairs the bloc, in Arusha.",
            "Samia Suluhu Hassan",
            "Arusha",
            date(2022, 7, 4),
        ),
    ],
)
def test_one_met_and_then_with_no_day_of_their_own_is_met_that_day_in_their_own_place(
    meetings_in, text, second, city, day
):
    (meeting,) = [m for m in meetings_in(text, published=date(2022, 6, 28)) if second in names(m)]
    assert meeting.place is not None and meeting.place.city == city
    assert meeting.date is not None and meeting.date.start == day


def test_one_met_with_the_verb_left_out_and_no_then_takes_no_earlier_day(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday, and "
        "Tanzanian President Samia Suluhu Hassan in Dodoma on Wednesday.",
        published=date(2022, 6, 28),
    )
    (meeting,) = [m for m in found if "Samia Suluhu Hassan" in names(m)]
    assert meeting.date is not None and meeting.date.start == date(2022, 6, 22)


@pytest.mark.parametrize(
    ("text", "three"),
    [
        (
            "Ronen Bar will travel to Cairo on Sunday to meet CIA Director William Burns and Egyptian "
            "intelligence chief Abbas Kamel in a bid to restart the stalled negotiations.",
            {"Ronen Bar", "William Burns", "Abbas Kamel"},
        ),
        (
            "Steve Witkoff met Ron Dermer and Egyptian intelligence chief Hassan Rashad in Cairo on Monday "
            "to resume the truce negotiations.",
            {"Steve Witkoff", "Ron Dermer", "Hassan Rashad"},
        ),
    ],
)
def test_meeting_several_to_move_negotiations_on_is_one_round_of_them_all(meetings_in, text, three):
    assert names(only(meetings_in(text, published=date(2024, 10, 24)))) == three


def test_meeting_several_to_discuss_something_is_still_one_with_each(meetings_in):
    text = "Antony Blinken met Benjamin Netanyahu and Isaac Herzog in Jerusalem on Monday to discuss the war."
    found = meetings_in(text, published=date(2024, 10, 24))
    assert sorted(sorted(names(m)) for m in found) == [
        ["Antony Blinken", "Benjamin Netanyahu"],
        ["Antony Blinken", "Isaac Herzog"],
    ]


MEDIATED = (
    "Malaysian Prime Minister Ali Hassan met Peruvian President Rosa Vidal and Chilean President "
    "Tomas Rivera in Kuala Lumpur on Monday. "
)


@pytest.mark.parametrize(
    "after",
    [
        "The meeting lasted two hours.",
        "Envoys of Japan and Korea also attended the talks, which lasted more than two hours.",
        "During the talks, the sides agreed to a ceasefire.",
    ],
)
def test_a_list_met_that_the_next_sentence_names_as_the_meeting_is_one_meeting(meetings_in, after):
    found = meetings_in(MEDIATED + after)
    assert [sorted(names(m)) for m in found] == [["Ali Hassan", "Rosa Vidal", "Tomas Rivera"]]


@pytest.mark.parametrize(
    "after",
    [
        "The meetings lasted two hours.",  # several
        "The meeting with Vidal lasted two hours.",  # one of them
        "The talks of the day will come later, when Hassan sits down with Laos's Prime Minister Sone Vong.",
        "Trade was high on the agenda.",
    ],
)
def test_a_list_met_that_the_next_sentence_names_no_one_meeting_of_is_a_meeting_with_each(meetings_in, after):
    found = meetings_in(MEDIATED + after)
    pairs = sorted(sorted(names(m)) for m in found if m.place and m.place.city == "Kuala Lumpur")
    assert pairs == [["Ali Hassan", "Rosa Vidal"], ["Ali Hassan", "Tomas Rivera"]]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Josep Borrell and Miroslav Lajcak met Serbian President Aleksandar Vucic at a hotel on "
            "Saturday, before holding a separate session with Kosovo Prime Minister Albin Kurti.",
            "Aleksandar Vučić",
            "Albin Kurti",
        ),
        (
            "Antonio Guterres and Josep Borrell first met Cypriot President Nikos Christodoulides, and "
            "then held a separate meeting with Turkish Cypriot leader Ersin Tatar.",
            "Nikos Christodoulides",
            "Ersin Tatar",
        ),
    ],
)
def test_several_who_meet_one_then_another_in_a_separate_session_meet_each_apart(
    meetings_in, text, first, second
):
    found = meetings_in(text, date(2024, 11, 19))
    met = sorted(sorted(names(m)) for m in found)
    subjects = {n for m in found for n in names(m)} - {first, second}
    assert met == sorted([sorted(subjects | {first}), sorted(subjects | {second})])
    # the one met in the separate session is told as another meeting than the first
    assert [m.another for m in found if second in names(m)] == [True]


def test_several_who_meet_two_in_one_clause_still_meet_them_together(meetings_in):
    text = (
        "Antony Blinken and Jake Sullivan met Israeli Prime Minister Benjamin Netanyahu and President "
        "Isaac Herzog."
    )
    assert len(meetings_in(text, date(2024, 11, 19))) == 1


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "British Foreign Secretary David Lammy met U.S. Secretary of State Marco Rubio and the "
            "president's special envoy Steve Witkoff at the White House on Thursday.",
            [("David Lammy", "Marco Rubio", "Steve Witkoff")],
        ),
        (
            "Indian Prime Minister Narendra Modi met Kenyan President William Ruto and Kenyan Foreign "
            "Minister Musalia Mudavadi at State House in Nairobi on Monday.",
            [("Musalia Mudavadi", "Narendra Modi", "William Ruto")],
        ),
        # two leaders of one country each receive a guest of their own, even in one building
        (
            "Japanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping and Chinese Premier "
            "Li Qiang at the Great Hall of the People on Monday.",
            [("Li Qiang", "Shigeru Ishiba"), ("Shigeru Ishiba", "Xi Jinping")],
        ),
        # no building: "met A and B" names each one met
        (
            "Venezuelan President Nicolas Maduro met Colombian President Gustavo Petro and Colombian "
            "Foreign Minister Armando Benedetti in Caracas on Monday.",
            [("Armando Benedetti", "Nicolás Maduro"), ("Gustavo Petro", "Nicolás Maduro")],
        ),
    ],
)
def test_those_of_one_government_met_at_one_building_meet_once(meetings_in, text, met):
    assert sorted(tuple(sorted(p.name for p in m.participants)) for m in meetings_in(text)) == met


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (  # the next one met told by office, its one holder named before
            "Poland's ambassador Jan Kowalski arrived on Sunday. The mayor of Oslo, Anne Lindboe, received "
            "Jonas Gahr Store first and then the Polish ambassador.",
            [["Anne Lindboe", "Jan Kowalski"], ["Anne Lindboe", "Jonas Gahr Støre"]],
        ),
        (  # named, after "first"
            "Kenyan President William Ruto received Ethiopian Prime Minister Abiy Ahmed first and then "
            "Somali President Hassan Sheikh Mohamud at State House in Nairobi.",
            [["Abiy Ahmed", "William Ruto"], ["Hassan Sheikh Mohamud", "William Ruto"]],
        ),
        (  # two met together first, then the office's holder
            "Ukraine's Foreign Minister Andrii Sybiha arrived on Sunday. Dutch Prime Minister Dick Schoof "
            "met Lammy first and then the Ukrainian foreign minister.",
            [["Andrii Sybiha", "Dick Schoof"], ["David Lammy", "Dick Schoof"]],
        ),
    ],
)
def test_one_met_and_then_another_is_a_meeting_with_each_in_turn(meetings_in, text, groups):
    assert sorted(sorted(names(m)) for m in meetings_in(text)) == groups


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Oslo, Anne Lindboe, received Jonas Gahr Store first and then the Polish ambassador.",
        "Dutch Prime Minister Dick Schoof received Ethiopian Prime Minister Abiy Ahmed first and then his "
        "Somali counterpart.",
    ],
)
def test_an_office_met_next_that_the_article_names_no_holder_of_is_no_meeting(meetings_in, text):
    """Only the one named first is met: the office's holder is nobody the article names."""
    assert [len(m.participants) for m in meetings_in(text)] == [2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the preposition said again, after a count of the calls
            "President Gustavo Petro and President Lula da Silva have held three phone calls this year, in "
            "April and in October.",
            [("2024-04-01", "phone"), ("2024-10-01", "phone")],
        ),
        (  # days, the preposition said again
            "Kenyan President William Ruto met Ghanaian President John Mahama on March 4 "
            "and on September 30.",
            [("2024-03-04", "in_person"), ("2024-09-30", "in_person")],
        ),
        (  # two months, the preposition left out
            "Polish Prime Minister Donald Tusk met Czech Prime Minister Petr Fiala in February and August.",
            [("2024-02-01", "in_person"), ("2024-08-01", "in_person")],
        ),
    ],
)
def test_two_dates_joined_by_and_are_a_meeting_on_each(meetings_in, text, expected):
    found = meetings_in(text)
    assert sorted((str(m.date.start), m.kind) for m in found) == expected
    assert len({frozenset(names(m)) for m in found}) == 1


def test_two_dates_joined_by_and_after_a_place_are_two_meetings_there(meetings_in):
    found = meetings_in("Ruto and Museveni met in Arusha in January and in March.", date(2024, 5, 2))
    assert sorted((m.place and m.place.city, str(m.date.start)) for m in found) == [
        ("Arusha", "2024-01-01"),
        ("Arusha", "2024-03-01"),
    ]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (  # two days of one visit
            "Nigerian President Bola Tinubu met Senegalese President Bassirou Faye on 11 and 12 June "
            "in Dakar.",
            "2024-06-11",
        ),
        (  # two days running of one visit, the preposition said again
            "Nigerian President Bola Tinubu met Senegalese President Bassirou Faye on Monday and on Tuesday.",
            "2024-11-18",
        ),
        (  # the ends of one span
            "Spanish Prime Minister Pedro Sanchez met Moroccan Prime Minister Aziz Akhannouch in Rabat "
            "from March and until June.",
            "2024-03-01",
        ),
    ],
)
def test_two_dates_of_one_span_are_one_meeting(meetings_in, text, start):
    meeting = only(meetings_in(text))
    assert (str(meeting.date.start) if meeting.date else None) == start


@pytest.mark.parametrize(
    "text",
    [
        "In Tokyo, Kenyan President William Ruto was received separately by Emperor Naruhito and by "
        "Prime Minister Fumio Kishida.",
        "In Paris, Chilean President Gabriel Boric will be received separately by President Emmanuel "
        "Macron and Prime Minister Michel Barnier.",
    ],
)
def test_one_received_separately_by_two_hosts_meets_each_alone(meetings_in, text):
    found = meetings_in(text)
    assert len(found) == 2 and all(len(m.participants) == 2 for m in found)
    guest = {"William Ruto", "Gabriel Boric"}
    assert all(names(m) & guest for m in found)


def test_one_received_by_two_hosts_together_is_one_meeting(meetings_in):
    text = (
        "In Tokyo, Kenyan President William Ruto was received by Emperor Naruhito and "
        "Prime Minister Fumio Kishida."
    )
    assert len(only(meetings_in(text)).participants) == 3


def test_several_named_once_meet_each_of_those_met_on_a_day_and_place_of_their_own(meetings_in):
    text = (
        "French President Emmanuel Macron and German Chancellor Olaf Scholz met Chinese President Xi "
        "Jinping in Beijing on Monday and Indian Prime Minister Narendra Modi in New Delhi on Wednesday."
    )
    met = sorted(
        (sorted(p.name for p in m.participants), m.place.city if m.place else None) for m in meetings_in(text)
    )
    assert met == [
        (["Emmanuel Macron", "Narendra Modi", "Olaf Scholz"], "New Delhi"),
        (["Emmanuel Macron", "Olaf Scholz", "Xi Jinping"], "Beijing"),
    ]


def test_a_delegation_named_after_it_meets_each_of_those_met_in_turn(meetings_in):
    text = (
        "A delegation of African leaders met Ukrainian President Volodymyr Zelensky in Kyiv on Friday and "
        "Russia's Vladimir Putin in St Petersburg on Saturday. The mission was made up of South African "
        "President Cyril Ramaphosa, Senegal's Macky Sall and Zambia's Hakainde Hichilema."
    )
    met = sorted(sorted(p.name for p in m.participants) for m in meetings_in(text))
    assert met == [
        ["Cyril Ramaphosa", "Hakainde Hichilema", "Macky Sall", "Vladimir Putin"],
        ["Cyril Ramaphosa", "Hakainde Hichilema", "Macky Sall", "Volodymyr Zelensky"],
    ]


def test_a_joint_phone_call_with_a_counted_group_is_one_call(meetings_in):
    text = (
        "Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan met in Arusha on "
        "Monday. Kenyan President William Ruto had held a joint phone call with the two leaders the "
        "week before."
    )
    calls = [m for m in meetings_in(text) if m.kind == "phone"]
    assert [sorted(names(m)) for m in calls] == [["Samia Suluhu Hassan", "William Ruto", "Yoweri Museveni"]]


@pytest.mark.parametrize(
    "text",
    [
        "Spanish Prime Minister Pedro Sánchez coordinated the response by phone with Portuguese Prime "
        "Minister Luís Montenegro, Italian Prime Minister Giorgia Meloni and Greek Prime Minister "
        "Kyriakos Mitsotakis on Friday.",
        "Japanese Prime Minister Fumio Kishida held a phone call with Indian Prime Minister Narendra Modi, "
        "Australian Prime Minister Anthony Albanese and US President Joe Biden on Tuesday.",
        "On Sunday, Brazilian President Lula talked on the phone with Chilean President Gabriel Boric, "
        "Colombian President Gustavo Petro and Mexican President Andrés Manuel López Obrador.",
    ],
)
def test_a_call_with_three_or_more_after_one_with_is_one_call_of_them_all(meetings_in, text: str):
    meeting = only([m for m in meetings_in(text) if m.kind == "phone"])
    assert len(meeting.participants) == 4


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Kenyan President William Ruto spoke separately by phone with Ugandan President Yoweri Museveni, "
            "Rwandan President Paul Kagame and Tanzanian President Samia Suluhu Hassan on Sunday.",
            3,
        ),
        (
            "Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni on Friday, "
            "with Rwandan President Paul Kagame on Saturday and with Tanzanian President Samia Suluhu Hassan "
            "on Sunday.",
            3,
        ),
        (
            "Indian Prime Minister Narendra Modi spoke by phone with French President Emmanuel Macron and "
            "German Chancellor Olaf Scholz on Tuesday.",
            2,
        ),
    ],
)
def test_calls_told_apart_or_with_two_stay_one_with_each(meetings_in, text: str, count: int):
    calls = [m for m in meetings_in(text) if m.kind == "phone"]
    assert len(calls) == count
    assert all(len(m.participants) == 2 for m in calls)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto held talks with Italian Prime Minister Giorgia Meloni and NATO chief "
        "Jens Stoltenberg in Rome.",
        "Turkish President Recep Tayyip Erdogan met Polish Prime Minister Donald Tusk and European Council "
        "President Charles Michel in Ankara.",
    ],
)
def test_a_leader_and_a_body_titled_head_met_in_an_article_of_no_year_are_one_meeting(meetings_in, text):
    assert len(only(meetings_in(text, published=None)).participants) == 3


@pytest.mark.parametrize(
    ("text", "size"),
    [
        (
            "Kenyan President William Ruto, Tanzanian President Samia Suluhu Hassan and Ugandan President "
            "Yoweri Museveni held a summit in Arusha on Monday. The three presidents also met separately "
            "with opposition leader Raila Odinga.",
            4,
        ),
        (
            "The foreign ministers of Chile and Peru, Alberto van Klaveren and Elmer Schialer, visited Quito "
            "on Monday. The two ministers later met separately with President Daniel Noboa at the palace.",
            3,
        ),
        (
            "Mauritanian President Mohamed Ould Ghazouani, Senegalese President Bassirou Diomaye Faye and "
            "Gambian President Adama Barrow arrived in Bissau on Friday. The three leaders will also meet "
            "separately with President Umaro Sissoco Embalo.",
            4,
        ),
    ],
)
def test_a_group_told_by_a_count_that_met_one_separately_met_them_together(meetings_in, text, size):
    """ "The five leaders also met separately with C": one meeting of them all with C, set apart
    from the one told before; not one each, as "A and B met C separately" is."""
    last = meetings_in(text)[-1]
    assert len(last.participants) == size, meetings_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "British Foreign Secretary David Lammy and Defence Secretary John Healey paid separate courtesy "
        "calls on Indian Prime Minister Narendra Modi in New Delhi.",
        "Senegalese President Bassirou Diomaye Faye and Ivorian President Alassane Ouattara had separate "
        "meetings with French President Emmanuel Macron at the Elysee Palace.",
        "Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo held separate "
        "talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.",
    ],
)
def test_several_who_hold_separate_meetings_with_one_hold_one_each(meetings_in, text):
    """ "A and B paid separate courtesy calls on C": one call each, as "A and B met C separately"."""
    found = meetings_in(text)
    assert [len(m.participants) for m in found] == [2, 2]
    assert len({p.name for m in found for p in m.participants}) == 3


@pytest.mark.parametrize(
    "text",
    [
        # one meeting, told apart from another: of them all
        "Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo held a separate "
        "meeting with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.",
        # a group told by a count: one meeting of them all, apart from the one told before
        "Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Elmer Schialer visited "
        "Quito on Monday. The two ministers later held separate talks with President Daniel Noboa.",
        # "separately" of another story
        "Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan met "
        "Kazakh Foreign Minister Murat Nurtleu in Almaty. Separately, Kassym-Jomart Tokayev spoke with "
        "Vladimir Putin by phone.",
    ],
)
def test_a_separate_meeting_or_a_counted_group_or_another_story_stays_one_meeting(meetings_in, text):
    assert any(len(m.participants) == 3 for m in meetings_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "On the sidelines of the summit, Zelensky met with French President Emmanuel Macron, German "
        "Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk to discuss further pressure on Russia.",
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni, Tanzanian "
        "President Samia Suluhu Hassan and Rwandan President Paul Kagame in Arusha on Saturday.",
        "In Brasilia, Lula met with Argentine President Javier Milei, Chilean President Gabriel Boric, "
        "Colombian President Gustavo Petro and Uruguayan President Luis Lacalle Pou on Tuesday.",
    ],
)
def test_three_or_more_met_after_one_with_are_one_sitting_of_them_all(meetings_in, text):
    found = meetings_in(text)
    assert len(found) == 1 and len(found[0].participants) >= 4, [sorted(names(m)) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        # told "also", after another meeting: more meetings of the day, one after another
        "Previously, Fidan had also met with Pakistani Foreign Minister Ishaq Dar, Egyptian Foreign Minister "
        "Badr Abdelatty and Jordanian Foreign Minister Ayman Safadi.",
        "Kenyan President William Ruto met separately with Ugandan President Yoweri Museveni, Tanzanian "
        "President Samia Suluhu Hassan and Rwandan President Paul Kagame in Arusha on Saturday.",
        "Albanese held bilateral meetings with Japanese Prime Minister Shigeru Ishiba, Indian Prime Minister "
        "Narendra Modi and Indonesian President Prabowo Subianto on the margins of the summit.",
        "Albanese met with Japanese Prime Minister Shigeru Ishiba, Indian Prime Minister Narendra Modi and "
        "Indonesian President Prabowo Subianto one after another on the margins of the summit.",
    ],
)
def test_three_met_after_one_with_but_told_apart_are_one_meeting_each(meetings_in, text):
    found = meetings_in(text)
    assert len(found) == 3 and all(len(m.participants) == 2 for m in found), [sorted(names(m)) for m in found]


def test_two_met_after_one_with_are_still_a_meeting_each(meetings_in):
    found = meetings_in(
        "Ramaphosa met with Zambian President Hakainde Hichilema and Namibian President Netumbo "
        "Nandi-Ndaitwah in Pretoria on Tuesday."
    )
    assert len(found) == 2 and all(len(m.participants) == 2 for m in found)


TWO_MET = (
    "Ruto met Tanzanian President Samia Suluhu Hassan and Ugandan President Yoweri Museveni in Arusha "
    "on Saturday, and "
)


@pytest.mark.parametrize(
    "then",
    [
        "the three leaders signed a protocol on the pipeline.",
        "the three agreed to set up a joint secretariat.",
    ],
)
def test_two_met_whom_a_clause_joined_on_counts_as_acting_together_are_one_meeting(meetings_in, then):
    found = meetings_in(TWO_MET + then)
    assert [len(m.participants) for m in found] == [3]


@pytest.mark.parametrize(
    "then",
    [
        "the two leaders signed a protocol on the pipeline.",  # a count that is not theirs
        "the three leaders last met in Kampala in May.",  # another meeting, of its own day and place
    ],
)
def test_two_met_with_no_joined_clause_counting_them_together_are_a_meeting_each(meetings_in, then):
    found = [m for m in meetings_in(TWO_MET + then) if m.place and m.place.city == "Arusha"]
    assert sorted(len(m.participants) for m in found) == [2, 2]


def test_the_holders_of_an_office_for_three_countries_named_after_them_are_one_sitting(meetings_in):
    found = meetings_in(
        "Before sitting down with the Americans, Yermak met the national security advisers of the U.K., "
        "France and Germany — Jonathan Powell, Emmanuel Bonne and Günter Sautter — who had flown to Geneva."
    )
    assert [sorted(names(m)) for m in found] == [
        ["Andriy Yermak", "Emmanuel Bonne", "Günter Sautter", "Jonathan Powell"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two countries: a meeting with each
        "In Nairobi, Ruto met the foreign ministers of Egypt and Ethiopia, Badr Abdelatty and Gedion "
        "Timothewos, on Monday.",
        # told apart
        "In Nairobi, Ruto separately met the foreign ministers of Egypt, Ethiopia and Sudan, Badr Abdelatty, "
        "Gedion Timothewos and Ali Youssef, on Monday.",
    ],
)
def test_the_holders_of_an_office_for_two_countries_or_told_apart_are_met_each(meetings_in, text):
    found = meetings_in(text)
    assert len(found) >= 2 and all(len(m.participants) == 2 for m in found)
