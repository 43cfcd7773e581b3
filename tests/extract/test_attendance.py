"""People said to attend the meeting just reported join it; those who only came along,
stayed away or were elsewhere do not; the meeting a sentence of attendance means
(extract/attendance.py)."""

from datetime import date

import pytest


def pairs(meetings):
    return sorted(tuple(sorted(p.name for p in m.participants)) for m in meetings)


def test_those_attending_the_session_named_paragraphs_later_join_it(meetings_in):
    text = (
        "President William Ruto and President Yoweri Museveni held a session of talks at State House "
        "in Nairobi on Sunday.\n\n"
        "The two sides went over trade, energy, the railway line from Mombasa, fisheries on Lake "
        "Victoria, regional security, the situation in South Sudan and in eastern Congo, and the "
        "plans of the East African Community for a common currency in the coming years.\n\n"
        "Ruto thanked Museveni for the visit and said both countries would work to deepen ties in "
        "every field, from farming and tourism to education, health and infrastructure.\n\n"
        "Attending the talks session were Foreign Minister Musalia Mudavadi and Treasury Secretary "
        "John Mbadi.\n\n"
        "Uganda was represented at the session by Foreign Minister Jeje Odongo."
    )
    found = meetings_in(text)
    assert len(found) == 1
    assert {p.name for p in found[0].participants} >= {"William Ruto", "Yoweri Museveni", "Musalia Mudavadi"}
    assert any("Odongo" in p.name for p in found[0].participants)


def test_someone_who_cancelled_their_attendance_does_not_join_the_meeting(meetings_in):
    text = (
        "Christopher Luxon met Fijian Prime Minister Sitiveni Rabuka in Suva on Tuesday. "
        "Vanuatu's Prime Minister Charlot Salwai cancelled his attendance at the last minute."
    )
    (meeting,) = meetings_in(text, published=date(2024, 8, 28))
    assert {p.name for p in meeting.participants} == {"Christopher Luxon", "Sitiveni Rabuka"}


def test_attending_the_summit_does_not_put_someone_at_a_meeting_held_there(meetings_in):
    text = (
        "Brazilian President Lula da Silva and Argentine President Javier Milei met in Montevideo. "
        "Chilean President Gabriel Boric, who also attended the summit, held talks with Lula on Friday."
    )
    found = meetings_in(text, published=date(2024, 12, 7))
    assert sorted(len(m.participants) for m in found) == [2, 2]


@pytest.mark.parametrize(
    "attended",
    ["also attended the conference", "were present at the ceremony"],
)
def test_those_attending_a_gathering_do_not_join_the_meeting_told_before(meetings_in, attended):
    text = (
        "Ukrainian President Volodymyr Zelensky met Italian Prime Minister Giorgia Meloni in Rome on "
        f"Thursday. German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk {attended}."
    )
    (meeting,) = meetings_in(text, published=date(2025, 7, 10))
    assert {p.name for p in meeting.participants} == {"Volodymyr Zelensky", "Giorgia Meloni"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Prime Minister Fumio Kishida held talks with Australian Prime Minister Anthony Albanese "
            "in Tokyo on Monday. Before the talks, Kishida held a welcome ceremony for Albanese at the "
            "Akasaka Palace. Yuko Kishida and Jodie Haydon were present.",
            {"Fumio Kishida", "Anthony Albanese"},
        ),
        (
            "President Luiz Inacio Lula da Silva received French President Emmanuel Macron in Brasilia on "
            "Thursday. In the evening Lula hosted a state banquet for Macron at the Itamaraty Palace. "
            "Rosangela da Silva and Brigitte Macron were also present.",
            {"Luiz Inácio Lula da Silva", "Emmanuel Macron"},
        ),
        (
            "President Cyril Ramaphosa met Kenyan President William Ruto in Pretoria on Tuesday. Ramaphosa "
            "held an official welcome ceremony for Ruto at the Union Buildings. Naledi Pandor and Musalia "
            "Mudavadi were present.",
            {"Cyril Ramaphosa", "William Ruto"},
        ),
    ],
)
def test_those_present_at_a_ceremony_told_just_before_do_not_join_the_talks(meetings_in, text, pair):
    # "In the evening Lula hosted a banquet for Macron": the same day's meeting told again, which
    # the knowledge base merges; none of its reports takes in those present
    found = meetings_in(text, published=date(2024, 5, 2))
    assert found and all({p.name for p in m.participants} == pair for m in found)


def test_those_present_after_the_talks_themselves_are_aides_not_parties(meetings_in):
    text = (
        "President Xi Jinping held talks with Spanish Prime Minister Pedro Sanchez in Beijing on Friday. "
        "Wang Yi and Cai Qi were present."
    )
    (meeting,) = meetings_in(text, published=date(2024, 5, 2))
    assert not {"Wang Yi", "Cai Qi"} & {p.name for p in meeting.participants}


def test_those_a_summit_is_to_be_attended_by_do_not_join_the_talks_told_before(meetings_in):
    text = (
        "Ukrainian President Volodymyr Zelensky met Italian Prime Minister Giorgia Meloni in Rome on "
        "Thursday. The summit opens on Friday and is to be attended by German Chancellor Friedrich Merz."
    )
    (meeting,) = meetings_in(text, published=date(2025, 7, 10))
    assert {p.name for p in meeting.participants} == {"Volodymyr Zelensky", "Giorgia Meloni"}


def test_those_taking_part_in_talks_held_at_a_summit_join_them(meetings_in):
    text = (
        "Ukrainian President Volodymyr Zelensky met Italian Prime Minister Giorgia Meloni in Rome on "
        "Thursday. German Chancellor Friedrich Merz also took part in the talks, held on the sidelines "
        "of the summit."
    )
    (meeting,) = meetings_in(text, published=date(2025, 7, 10))
    assert "Friedrich Merz" in {p.name for p in meeting.participants}


def test_a_delegation_that_goes_on_to_meet_someone_else_holds_a_meeting_of_its_own(meetings_in):
    text = (
        "Ethiopia in Nairobi\n"
        "Kenyan President William Ruto received Ethiopian Foreign Minister Taye Atske Selassie in "
        "Nairobi on Monday. The Ethiopian delegation, which also includes Finance Minister Ahmed "
        "Shide, later met Kenyan Treasury Secretary John Mbadi."
    )
    found = meetings_in(text, published=date(2024, 9, 3))
    assert ("John Mbadi" in {p.name for p in found[0].participants}) is False
    assert any("John Mbadi" in {p.name for p in m.participants} for m in found[1:])


def test_those_attending_join_the_meeting_not_the_visit_told_within_it(meetings_in):
    text = (
        "Qatar and Kuwait\n"
        "Emir Sheikh Tamim bin Hamad Al Thani received Crown Prince Sheikh Sabah Al-Khalid Al-Sabah "
        "of Kuwait, who is on an official visit to the country.\n\n"
        "The two sides reviewed relations between the two countries and ways to develop them in "
        "trade, investment, energy and culture, and the latest regional developments.\n\n"
        "The meeting was attended by Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and "
        "Kuwaiti Foreign Minister Abdullah Al-Yahya, Minister of Foreign Affairs of Kuwait."
    )
    found = [m for m in meetings_in(text) if len(m.participants) >= 2]
    assert len(found) == 1
    assert {"Tamim bin Hamad Al Thani", "Abdullah Al-Yahya"} <= {p.name for p in found[0].participants}
    visits = [m for m in meetings_in(text) if m.kind == "visit"]
    assert all(m.place is None or m.place.country != "Kuwait" for m in visits)


def test_the_speaker_who_tells_who_attended_did_not_attend(meetings_in):
    text = (
        "Ruto receives Kiir\n"
        "Kenyan President William Ruto received South Sudanese President Salva Kiir in Nairobi on "
        "Monday. The meeting was attended by Foreign Minister Musalia Mudavadi, State House "
        "Spokesperson Hussein Mohamed said."
    )
    found = meetings_in(text, published=date(2024, 5, 14))
    attended = [{p.name for p in m.participants} for m in found if len(m.participants) > 2]
    assert attended and all("Musalia Mudavadi" in n and "Hussein Mohamed" not in n for n in attended)


@pytest.mark.parametrize(
    ("attending", "absent"),
    [
        (
            "Ibrahim Mayaki, special envoy to French President Emmanuel Macron, also attended.",
            "Emmanuel Macron",
        ),
    ],
)
def test_the_one_whose_adviser_attended_did_not_attend(meetings_in, attending, absent):
    text = (
        "Ruto receives Museveni\n"
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. "
        + attending
    )
    found = meetings_in(text, published=date(2024, 5, 14))
    attended = [{p.name for p in m.participants} for m in found if len(m.participants) > 2]
    assert attended and all(absent not in n for n in attended)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "
        "Foreign Minister Musalia Mudavadi attended as an observer.",
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Prague on "
        "Thursday. Turkish Foreign Minister Hakan Fidan also attended the talks as an observer.",
        "Thai Prime Minister Srettha Thavisin hosted Cambodian Prime Minister Hun Manet in Bangkok on "
        "Friday. The meeting was attended by Malaysian Foreign Minister Mohamad Hasan as an observer.",
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. Jake "
        "Sullivan, the security adviser of US President Joe Biden, attended as an observer.",
    ],
)
def test_one_who_attended_talks_as_an_observer_is_no_party_to_them(meetings_in, text):
    # an observer watches the talks; the sides hold them (nor is the observer's principal there)
    (meeting,) = meetings_in(text)
    assert len(meeting.participants) == 2


def test_two_who_attended_named_with_their_offices_both_attended(meetings_in):
    text = (
        "Ruto receives Museveni\n"
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. "
        "The talks were attended by Salva Kiir, the President of South Sudan, and by Samia Suluhu Hassan."
    )
    found = meetings_in(text, published=date(2024, 5, 14))
    attended = [{p.name for p in m.participants} for m in found if len(m.participants) > 2]
    assert attended and all({"Salva Kiir", "Samia Suluhu Hassan"} <= n for n in attended)


def test_those_attending_a_meeting_told_again_join_every_telling_of_it(meetings_in):
    text = (
        "President Kais Saied received Egyptian President Abdel Fattah al-Sisi in Tunis on Monday. "
        "The two leaders discussed trade and security. "
        "The meeting was attended by Foreign Minister Nabil Ammar "
        "and Egyptian Foreign Minister Sameh Shoukry."
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 5))
    assert len(meeting.participants) == 4
    assert (meeting.place.city if meeting.place else None, meeting.date and meeting.date.start) == (
        "Tunis",
        date(2024, 3, 4),
    )


@pytest.mark.parametrize(
    "second",
    [
        "They were joined by Defence Minister Bill Blair.",
        "The two leaders were accompanied by Defence Minister Bill Blair.",
        "The meeting also included Defence Minister Bill Blair.",
        "Defence Minister Bill Blair also took part in the talks.",
        "Defence Minister Bill Blair joined the meeting.",
        "Defence Minister Bill Blair was among the ministers who joined the talks.",
        "Defence Minister Bill Blair joined the two leaders for the talks, his office said.",
    ],
)
def test_those_joining_the_pair_or_taking_part_join_the_meeting(meetings_in, second):
    text = f"Prime Minister Justin Trudeau met President Volodymyr Zelenskyy in Ottawa on Friday. {second}"
    (meeting,) = meetings_in(text, published=date(2023, 9, 23))
    assert {p.name for p in meeting.participants} >= {"Justin Trudeau", "Bill Blair"}


def test_one_who_accompanies_the_pair_on_a_tour_is_not_at_their_talks(meetings_in):
    text = (
        "Prime Minister Justin Trudeau met President Volodymyr Zelenskyy in Ottawa on Friday. Defence "
        "Minister Bill Blair accompanied the two leaders on a tour of the war museum."
    )
    (meeting,) = meetings_in(text, published=date(2023, 9, 23))
    assert "Bill Blair" not in {p.name for p in meeting.participants}


def test_a_list_that_includes_someone_does_not_put_them_at_the_meeting(meetings_in):
    text = (
        "Chancellor Olaf Scholz met President Lula in Brasilia on Monday. "
        "The sanctions list included Foreign Minister Sergey Lavrov."
    )
    (meeting,) = meetings_in(text, published=date(2023, 1, 31))
    assert "Sergey Lavrov" not in {p.name for p in meeting.participants}


def test_those_expected_to_take_part_later_do_not_join_the_talks_held(meetings_in):
    text = (
        "Kazakh President Kassym-Jomart Tokayev held talks with Russian President Vladimir Putin in Astana "
        "on Thursday. Later on Thursday, the two presidents are expected to take part in the session of "
        "the CSTO Collective Security Council, together with Belarusian President Alexander Lukashenko."
    )
    held = [m for m in meetings_in(text, published=date(2024, 11, 28)) if m.kind == "in_person"]
    assert [{p.name for p in m.participants} for m in held] == [{"Kassym-Jomart Tokayev", "Vladimir Putin"}]


def test_those_attending_a_cabinet_meeting_do_not_join_the_talks_told_before(meetings_in):
    text = (
        "Romanian President Nicusor Dan had separate meetings in Chisinau on Tuesday with Prime Minister "
        "Dorin Recean and with the Speaker of Parliament, Igor Grosu. Moldovan President Maia Sandu last "
        "travelled to Bucharest in March, where she met interim president Ilie Bolojan.\n\nEarlier on "
        "Tuesday, Recean chaired the weekly cabinet meeting, attended by Grosu, which approved a package "
        "of measures on gas prices."
    )
    found = meetings_in(text, published=date(2025, 6, 10))
    (bucharest,) = [m for m in found if "Maia Sandu" in {p.name for p in m.participants}]
    assert {p.name for p in bucharest.participants} == {"Maia Sandu", "Ilie Bolojan"}


def test_one_who_attended_the_meetings_joins_none_of_them_alone(meetings_in):
    text = (
        "Chinese President Xi Jinping met separately with Ghanaian President Nana Akufo-Addo and Togolese "
        "President Faure Gnassingbe on Monday. Foreign Minister Wang Yi attended the meetings."
    )
    found = meetings_in(text, published=date(2024, 9, 3))
    assert all("Wang Yi" not in {p.name for p in m.participants} for m in found)


@pytest.mark.parametrize(
    "second",
    [
        "Foreign Ministers Hakan Fidan and Sergei Lavrov also took part in the leaders' talks.",
        "Foreign Ministers Hakan Fidan and Sergei Lavrov also took part in Monday's meeting.",
    ],
)
def test_those_who_took_part_in_the_talks_or_in_the_days_meeting_join_it(meetings_in, second):
    text = (
        f"Russian President Vladimir Putin hosted Turkish President Recep Tayyip Erdogan in Sochi. {second}"
    )
    (meeting,) = meetings_in(text, published=date(2023, 9, 5))
    assert {p.name for p in meeting.participants} == {
        "Vladimir Putin",
        "Recep Tayyip Erdogan",
        "Hakan Fidan",
        "Sergey Lavrov",
    }


def test_those_taking_part_in_the_days_meeting_join_that_days_not_the_one_told_last(meetings_in):
    text = (
        "Swedish Prime Minister Ulf Kristersson met Turkish President Recep Tayyip Erdogan in Vilnius on "
        "Monday. Kristersson was received by Biden at the White House last Wednesday. Swedish Foreign "
        "Minister Tobias Billstrom and Turkish Foreign Minister Hakan Fidan also took part in Monday's "
        "meeting."
    )
    found = meetings_in(text, published=date(2023, 7, 11))
    vilnius = next(m for m in found if m.place is not None and m.place.city == "Vilnius")
    assert {"Tobias Billström", "Hakan Fidan"} <= {p.name for p in vilnius.participants}
    assert len(found) == 2


def test_those_who_took_part_in_the_leaders_talks_join_the_leaders_not_the_ministers_told_since(meetings_in):
    text = (
        "Turkish President Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday. Turkish "
        "Foreign Minister Hakan Fidan travelled to Moscow last Thursday and held talks with Sergei Lavrov. "
        "Fidan and Lavrov also took part in the leaders' talks in Sochi."
    )
    found = meetings_in(text, published=date(2023, 9, 5))
    assert sorted(sorted(p.name for p in m.participants) for m in found) == [
        ["Hakan Fidan", "Recep Tayyip Erdogan", "Sergey Lavrov", "Vladimir Putin"],
        ["Hakan Fidan", "Sergey Lavrov"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Narendra Modi met President Joe Biden at the White House on Monday. "
        "Modi was accompanied by his brother Prahlad Modi and External Affairs Minister S Jaishankar.",
        "President Lee Jae-myung held talks with Prime Minister Shigeru Ishiba in Tokyo on Saturday. "
        "Chief of staff Kang Hoon-sik and national security adviser Wi Sung-lac accompanied Lee on the trip.",
        "Prime Minister Anthony Albanese met President Prabowo Subianto in Jakarta on Thursday. "
        "Albanese was accompanied throughout by Foreign Minister Penny Wong.",
    ],
)
def test_those_who_came_along_with_one_of_them_are_not_at_the_meeting(meetings_in, text):
    (meeting,) = meetings_in(text, published=date(2024, 3, 5))
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    "second",
    [
        "He will not attend Tuesday's meeting himself. The Ukrainian delegation will be led by "
        "Foreign Minister Andrii Sybiha and Defence Minister Rustem Umerov.",
        "The Ukrainian delegation will include Foreign Minister Andrii Sybiha when the talks resume.",
    ],
)
def test_a_delegation_line_up_still_to_come_does_not_join_the_meeting_held(meetings_in, second):
    text = f"President Volodymyr Zelensky held talks with Mohammed bin Salman in Jeddah on Monday. {second}"
    (meeting,) = meetings_in(text, published=date(2025, 3, 10))
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    "rest",
    [
        "The forum is chaired this year by Prime Minister Mark Brown. "
        "New Zealand is represented by Foreign Minister Nanaia Mahuta.",
        "Relations have warmed since August. Foreign Minister Penny Wong was present.",
    ],
)
def test_attendance_told_after_another_sentence_without_naming_the_meeting_is_not_at_it(meetings_in, rest):
    text = f"Prime Minister Anthony Albanese held talks with Xi Jinping in Beijing on Monday. {rest}"
    (meeting,) = meetings_in(text, published=date(2023, 11, 8))
    assert len(meeting.participants) == 2


def test_those_present_in_a_sentence_of_the_news_attend_no_meeting_of_its_past(meetings_in):
    found = meetings_in(
        "French President Emmanuel Macron held talks with Indian Prime Minister Narendra Modi by video link "
        "on Monday. The two leaders had met in New Delhi in January. Foreign Minister Jean-Noel Barrot and "
        "Finance Minister Bruno Le Maire were present at the Elysee.",
        published=date(2024, 11, 19),
    )
    assert [len(m.participants) for m in found] == [2, 2]


@pytest.mark.parametrize(
    "past",
    [
        "The two first shook hands in Rome at a funeral in April 2019.",
        "They had last met in Madrid at the NATO summit in June 2022.",
    ],
)
def test_those_at_the_talks_of_a_weekday_join_the_talks_and_not_the_past_meeting(meetings_in, past):
    text = (
        "Ruto in Nairobi\n"
        "Kenyan President William Ruto held talks with Ghanaian President Nana Akufo-Addo in Nairobi "
        f"on Tuesday. The two leaders then sat down for a working lunch. {past} Kenya's foreign "
        "minister Musalia Mudavadi also attended Tuesday's talks."
    )
    found = meetings_in(text, published=None)
    with_him = [m for m in found if any(p.name == "Musalia Mudavadi" for p in m.participants)]
    assert with_him and all(m.place is not None and m.place.city == "Nairobi" for m in with_him)
    assert any(m.place is not None and m.place.city != "Nairobi" for m in found)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (  # those sitting in on a call, where the sentence names the call
            "BEIJING, March 11 (Xinhua) -- Chinese President Xi Jinping held a video call with Cuban "
            "President Miguel Diaz-Canel on Tuesday evening.\n\n"
            "Xi said China firmly supports Cuba in defending its sovereignty.\n\n"
            "Cai Qi and Wang Yi were present at the video call.",
            {"Cai Qi", "Wang Yi"},
        ),
        (  # "present during the meeting": the meeting told, not a meeting of those present
            "Kuala Lumpur, Oct 17 (Bernama) -- Prime Minister Anwar Ibrahim today paid a courtesy call on "
            "Saudi Crown Prince Mohammed bin Salman at Al-Yamamah Palace in Riyadh.\n\n"
            "Anwar said the two countries agreed to boost investment in energy.\n\n"
            "Also present during the meeting were Foreign Minister Zambry Abd Kadir and Economy Minister "
            "Rafizi Ramli.",
            {"Zambry Abd Kadir", "Rafizi Ramli"},
        ),
    ],
)
def test_those_said_present_in_a_closing_line_are_aides_at_the_meeting_not_parties(meetings_in, text, named):
    found = meetings_in(text, published=date(2025, 3, 12))
    assert len(found) == 1
    assert not named & {p.name for p in found[0].participants}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Pakistani Prime Minister Shehbaz Sharif on Thursday met Bangladeshi leader Muhammad Yunus in "
            "Cairo. The prime minister, who was accompanied by Foreign Minister Ishaq Dar, said the two "
            "countries share deep bonds.",
            {"Shehbaz Sharif", "Muhammad Yunus"},
        ),
        (
            "BEIJING, Jan. 21 (Xinhua) -- Chinese President Xi Jinping held a phone call with French "
            "President Emmanuel Macron on Tuesday.\n\nXi said China and France should strengthen "
            "cooperation.\n\nWang Yi attended the Spring Festival reception later that evening.",
            {"Xi Jinping", "Emmanuel Macron"},
        ),
        (
            "Chinese President Xi Jinping held a video call with Vietnamese leader To Lam on Tuesday. "
            "Earlier, Wang Yi and Ding Xuexiang attended the opening of the National People's Congress.",
            {"Xi Jinping", "To Lam"},
        ),
    ],
)
def test_those_on_the_trip_or_at_another_event_do_not_join_the_meeting(meetings_in, text, pair):
    found = meetings_in(text, published=date(2025, 1, 22))
    assert any({p.name for p in m.participants} == pair for m in found)
    assert all(len(m.participants) <= 2 for m in found)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (  # a summit one met the leaders at, that another hosted and others attended
            "Scholz wraps up tour\n\nGerman Chancellor Olaf Scholz on Tuesday met the leaders of the five "
            "Central Asian states in Astana for the second Central Asia-Germany summit. Kazakh President "
            "Kassym-Jomart Tokayev hosted the summit, which was attended by Uzbek President Shavkat "
            "Mirziyoyev, Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon and Turkmen "
            "President Serdar Berdimuhamedov.",
            {"Olaf Scholz", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Serdar Berdimuhamedov"},
        ),
        (  # a summit held online, named again by its word
            "India hosts Pacific leaders\n\nNEW DELHI - Indian Prime Minister Narendra Modi held a virtual "
            "summit with Pacific island leaders on Monday. The summit was attended by Fijian Prime Minister "
            "Sitiveni Rabuka, Papua New Guinea Prime Minister James Marape and Samoan Prime Minister Fiame "
            "Naomi Mata'afa.",
            {"Narendra Modi", "Sitiveni Rabuka", "James Marape"},
        ),
        (
            "Ruto hosts IDA summit\n\nNAIROBI - Kenyan President William Ruto on Monday met African heads of "
            "state in Nairobi for the IDA summit. Ruto chaired the meeting, which was attended by Ghanaian "
            "President Nana Akufo-Addo, Tanzanian President Samia Suluhu Hassan and Rwandan President Paul "
            "Kagame.",
            {"William Ruto", "Samia Suluhu Hassan", "Paul Kagame"},
        ),
    ],
)
def test_those_attending_a_gathering_met_at_join_its_host_and_guest(meetings_in, text, named):
    found = meetings_in(text, published=date(2024, 9, 18))
    assert any(named <= {p.name for p in m.participants} for m in found)


def test_those_attending_another_summit_do_not_join_the_talks_told_before(meetings_in):
    found = meetings_in(
        "Ramaphosa meets Ruto\n\nSouth African President Cyril Ramaphosa met Kenyan President William Ruto "
        "in Pretoria on Monday. Brazilian President Luiz Inacio Lula da Silva hosted the G20 summit, which "
        "was attended by Indian Prime Minister Narendra Modi and Chinese President Xi Jinping.",
        published=date(2024, 11, 20),
    )
    talks = next(m for m in found if "William Ruto" in {p.name for p in m.participants})
    assert {p.name for p in talks.participants} == {"Cyril Ramaphosa", "William Ruto"}


def test_those_present_during_the_meeting_with_someone_are_no_party_of_any(meetings_in):
    found = meetings_in(
        "Anwar meets Xi\n\nBEIJING - Prime Minister Anwar Ibrahim today paid a courtesy call on Chinese "
        "President Xi Jinping at the Diaoyutai State Guesthouse. Earlier in the day, Anwar held a bilateral "
        "meeting with Chinese Premier Li Qiang, after being accorded a welcoming ceremony by Li.\n\n"
        "Also present during the meeting with Xi were Foreign Minister Zambry Abd Kadir and Economy "
        "Minister Rafizi Ramli.",
        published=date(2023, 3, 31),
    )
    with_li = [m for m in found if "Li Qiang" in {p.name for p in m.participants}]
    assert with_li and all("Rafizi Ramli" not in {p.name for p in m.participants} for m in with_li)
    assert all("Rafizi Ramli" not in {p.name for p in m.participants} for m in found)
    assert any("Xi Jinping" in {p.name for p in m.participants} for m in found)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Blinken meets Netanyahu\n\nJERUSALEM - US Secretary of State Antony Blinken met Israeli Prime "
            "Minister Benjamin Netanyahu in Jerusalem on Monday. Accompanying Blinken were US Ambassador "
            "Jack Lew and State Department official Barbara Leaf.",
            {"Antony Blinken", "Benjamin Netanyahu", "Jack Lew", "Barbara Leaf"},
        ),
        (
            "Museveni receives message from Ramaphosa\n\nENTEBBE - President Yoweri Museveni received a "
            "special message from South African President Cyril Ramaphosa on Monday. The message was "
            "delivered by South African envoy Ayanda Dlodlo. Accompanying the envoy was former minister "
            "Naledi Pandor.",
            {"Yoweri Museveni", "Ayanda Dlodlo", "Naledi Pandor"},
        ),
    ],
)
def test_those_said_to_accompany_someone_at_the_meeting_just_told_join_it(meetings_in, text, named):
    found = meetings_in(text, published=date(2024, 3, 5))
    assert named in [{p.name for p in m.participants} for m in found]


@pytest.mark.parametrize(
    "hosted",
    [
        "The meeting was facilitated by Djibouti's President Ismail Omar Guelleh.",
        "The talks were hosted by Djibouti's President Ismail Omar Guelleh.",
    ],
)
def test_whoever_the_talks_were_hosted_or_facilitated_by_takes_part(meetings_in, hosted):
    text = (
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks on Thursday "
        f"in Nairobi on the border dispute. {hosted}"
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 8))
    assert {p.name for p in meeting.participants} == {"William Ruto", "Abiy Ahmed", "Ismail Omar Guelleh"}


def test_two_hosts_of_the_talks_join_them_and_hold_no_meeting_of_their_own(meetings_in):
    text = (
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks on Thursday "
        "in Nairobi on the border dispute. The talks were facilitated by Djibouti's President Ismail "
        "Omar Guelleh and by the Prime Minister of Somalia, Hamza Abdi Barre."
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 8))
    assert {"Ismail Omar Guelleh", "William Ruto"} <= {p.name for p in meeting.participants}


def test_a_summit_hosted_by_someone_after_the_talks_told_does_not_put_them_at_the_talks(meetings_in):
    text = (
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on "
        "Thursday. The African Union summit was hosted by Comoros President Azali Assoumani."
    )
    found = meetings_in(text, published=date(2024, 3, 8))
    assert all(
        "Azali Assoumani" not in {p.name for p in m.participants}
        for m in found
        if len(m.participants) >= 2 and "William Ruto" in {p.name for p in m.participants}
    )


def test_the_one_someone_takes_part_on_behalf_of_is_not_at_the_talks(meetings_in):
    text = (
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks on Thursday "
        "in Nairobi on the border dispute. Former Nigerian President Olusegun Obasanjo also took part "
        "in the talks as a mediator on behalf of African Union chairman Moussa Faki."
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 8))
    assert {p.name for p in meeting.participants} == {"William Ruto", "Abiy Ahmed", "Olusegun Obasanjo"}


def test_those_who_took_part_join_the_meeting_told_again_in_the_sentence_between(meetings_in):
    text = (
        "Scholz held a bilateral meeting with French President Emmanuel Macron in Berlin on Friday. "
        "The meeting took place at the Chancellery and lasted about an hour. Foreign Ministers "
        "Annalena Baerbock and Stephane Sejourne also took part."
    )
    found = meetings_in(text, published=date(2024, 6, 14))
    assert [sorted(p.name for p in m.participants) for m in found] == [
        ["Annalena Baerbock", "Emmanuel Macron", "Olaf Scholz", "Stéphane Séjourné"]
    ]


def test_those_who_took_part_after_a_sentence_on_something_else_do_not_join_the_meeting(meetings_in):
    text = (
        "Scholz held a bilateral meeting with French President Emmanuel Macron in Berlin on Friday. "
        "Trade disputes were high on the agenda this week. Foreign Ministers Annalena Baerbock and "
        "Stephane Sejourne also took part."
    )
    found = meetings_in(text, published=date(2024, 6, 14))
    assert [sorted(p.name for p in m.participants) for m in found] == [["Emmanuel Macron", "Olaf Scholz"]]


def names(meeting):
    return {p.name for p in meeting.participants}


def only(meetings):
    assert len(meetings) == 1, [(sorted(names(m)), m.kind) for m in meetings]
    return meetings[0]


def test_people_said_to_attend_join_the_meeting_just_reported(meetings_in):
    text = (
        "Faisal bin Farhan, Sergei Lavrov and Marco Rubio took part in the meeting.\n"
        "With Rubio were national security adviser Mike Waltz and envoy Steve Witkoff."
    )
    meeting = only(meetings_in(text, None))
    assert {"Mike Waltz", "Steve Witkoff", "Marco Rubio"} <= names(meeting)
    assert len(meeting.evidence) == 2


def test_a_delegations_line_up_joins_the_talks_just_reported(meetings_in):
    text = (
        "Russia and the United States have started negotiations in Riyadh.\n"
        "Sergei Lavrov and Yuri Ushakov make up Russia's team at the talks. On the U.S. side, the delegation "
        "is made up of Marco Rubio and Trump's special envoy Steve Witkoff."
    )
    meeting = only(meetings_in(text, date(2025, 2, 18)))
    assert names(meeting) == {"Sergey Lavrov", "Yuri Ushakov", "Marco Rubio", "Steve Witkoff"}
    assert meeting.place is not None and meeting.place.city == "Riyadh"


def test_a_delegation_of_another_visit_adds_no_one_to_the_talks_just_reported(meetings_in):
    text = (
        "Wang Yi held talks with Sergey Lavrov in Beijing on Monday. Wang was also a member of the "
        "delegation that accompanied Xi Jinping on his state visit to Moscow in March, during which Xi and "
        "Vladimir Putin signed agreements including a trade pact."
    )
    beijing = [m for m in meetings_in(text, date(2024, 5, 2)) if m.place and m.place.city == "Beijing"]
    assert [names(m) for m in beijing] == [{"Wang Yi", "Sergey Lavrov"}]
    text = (
        "Narendra Modi held talks with Pushpa Kamal Dahal in New Delhi on Monday. "
        "The Nepali team, led by Narayan Prakash Saud, included Ram Sahay Yadav."
    )
    meeting = only(meetings_in(text, date(2024, 5, 2)))
    line_up = {"Narayan Prakash Saud", "Ram Sahay Yadav"}
    assert names(meeting) == {"Narendra Modi", "Pushpa Kamal Dahal"} | line_up


def test_a_delegation_sent_instead_of_a_meeting_of_its_own_adds_no_one_to_the_one_before(meetings_in):
    text = (
        "Narendra Modi received Pushpa Kamal Dahal in New Delhi on Monday. "
        "Dahal had said he was ready to meet Sheikh Hasina in Dhaka on Tuesday, but the meeting never "
        "happened: Bangladesh sent a delegation led by Hasan Mahmud instead."
    )
    found = meetings_in(text, date(2024, 5, 8))
    met = sorted(sorted(p.name for p in m.participants) for m in found)
    assert ["Narendra Modi", "Pushpa Kamal Dahal"] in met
    assert not any("Hasan Mahmud" in names for names in met if "Narendra Modi" in names)


def test_attendees_of_the_meeting_join_the_meeting_not_talks_told_since(meetings_in):
    text = (
        "President Ana Silva met with Prime Minister Jorge Ruiz in Lisbon on Monday. "
        "On Sunday, Foreign Minister Marta Lind held talks with Ruiz in Lisbon. "
        "Tomas Berg and Karin Holm attended the meeting."
    )
    found = meetings_in(text, published=date(2024, 7, 29))
    met = sorted(sorted(p.name for p in m.participants) for m in found)
    assert ["Jorge Ruiz", "Marta Lind"] in met
    assert ["Ana Silva", "Jorge Ruiz", "Karin Holm", "Tomas Berg"] in met


def test_those_joined_by_others_after_a_meeting_add_them_to_it(meetings_in):
    text = (
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi "
        "on Monday. They were joined by Rwandan President Paul Kagame."
    )
    meeting = only(meetings_in(text, published=date(2024, 3, 5)))
    assert names(meeting) == {"Paul Kagame", "William Ruto", "Yoweri Museveni"}


def test_who_chairs_a_session_of_a_council_does_not_join_the_talks_told_before(meetings_in):
    text = (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi on Monday.\n\n"
        "The government said Ruto had briefed the Council of Ministers on the talks. The meeting of the "
        "council, chaired by Deputy President Kithure Kindiki, endorsed the outcome."
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 5))
    assert {p.name for p in meeting.participants} == {"William Ruto", "Yoweri Museveni"}


def test_who_attended_the_meeting_of_the_two_leaders_joins_it(meetings_in):
    text = (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi on Monday. "
        "The meeting of the two leaders was also attended by Foreign Minister Musalia Mudavadi."
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 5))
    assert "Musalia Mudavadi" in {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    ("present", "people"),
    [
        # the King's consort, present at his audience, comes along: no party
        ("Queen Mathilde was also present.", {"Philippe of Belgium", "Cyril Ramaphosa"}),
        # one who is no consort of the host joins as any other does
        (
            "Foreign Minister Ronald Lamola also attended.",
            {"Philippe of Belgium", "Cyril Ramaphosa", "Ronald Lamola"},
        ),
    ],
)
def test_a_queen_present_at_the_king_s_audience_is_his_consort_not_a_party(meetings_in, present, people):
    text = (
        "South African President Cyril Ramaphosa on Tuesday called on King Philippe at the Royal "
        f"Palace in Brussels. {present}"
    )
    found = meetings_in(text, published=date(2024, 10, 15))
    assert [{p.name for p in m.participants} for m in found] == [people]


@pytest.mark.parametrize(
    "second",
    [
        "Defence Minister Bill Blair joined the conference later.",
        "Defence Minister Bill Blair joined the government in 2021.",
        "Defence Minister Bill Blair will join the talks on Saturday.",
    ],
)
def test_joining_something_else_or_later_does_not_join_the_meeting(meetings_in, second):
    text = f"Prime Minister Justin Trudeau met President Volodymyr Zelenskyy in Ottawa on Friday. {second}"
    held = [m for m in meetings_in(text, published=date(2023, 9, 23)) if m.kind == "in_person"]
    assert [{p.name for p in m.participants} for m in held] == [{"Justin Trudeau", "Volodymyr Zelensky"}]


def test_those_on_each_side_of_the_table_join_the_meeting(meetings_in):
    text = (
        "President William Ruto received Tanzanian President Samia Suluhu Hassan in Nairobi on Friday. "
        "Foreign Minister Musalia Mudavadi was on the Kenyan side of the table, while Hassan was "
        "accompanied by Foreign Minister Mahmoud Thabit Kombo."
    )
    (meeting,) = meetings_in(text, published=date(2025, 3, 8))
    assert {p.name for p in meeting.participants} == {
        "William Ruto",
        "Samia Suluhu Hassan",
        "Musalia Mudavadi",
        "Mahmoud Thabit Kombo",
    }


def test_someone_on_the_side_of_the_road_does_not_join_the_meeting(meetings_in):
    text = (
        "President William Ruto received Tanzanian President Samia Suluhu Hassan in Nairobi on Friday. "
        "Governor Johnson Sakaja was on the side of the road as the motorcade passed."
    )
    (meeting,) = meetings_in(text, published=date(2025, 3, 8))
    assert {p.name for p in meeting.participants} == {"William Ruto", "Samia Suluhu Hassan"}


@pytest.mark.parametrize(
    "sitting",
    [
        # the body itself met, under a chair, with ministers in attendance
        "On Tuesday the National Security Council met in Nairobi under the chairmanship of Deputy "
        "President Kithure Kindiki, with Interior Secretary Kipchumba Murkomen and Defence Secretary "
        "Soipan Tuya in attendance.",
        # a body told as chaired, then who sat in it
        "The cabinet, chaired by Deputy President Kithure Kindiki, approved the budget on Tuesday, "
        "with Interior Secretary Kipchumba Murkomen in attendance.",
        # the body in a clause of its own that says it sat
        "The security committee, which convened under Deputy President Kithure Kindiki on Tuesday, "
        "was also attended by Interior Secretary Kipchumba Murkomen.",
    ],
)
def test_who_sits_in_a_body_does_not_join_the_talks_told_before(meetings_in, sitting):
    text = (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on "
        "Monday. " + sitting
    )
    (meeting,) = meetings_in(text, published=date(2025, 3, 8))
    assert {p.name for p in meeting.participants} == {"William Ruto", "Samia Suluhu Hassan"}


@pytest.mark.parametrize(
    "attendance",
    [
        # those in attendance at the talks themselves
        "The talks at State House lasted two hours, with Foreign Minister Musalia Mudavadi and "
        "Treasury Secretary John Mbadi in attendance.",
        # those who attended the delegation-level talks
        "The delegation-level talks were attended by Foreign Minister Musalia Mudavadi and Treasury "
        "Secretary John Mbadi.",
    ],
)
def test_who_attends_the_talks_still_joins_them(meetings_in, attendance):
    text = (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on "
        "Monday. " + attendance
    )
    (meeting,) = meetings_in(text, published=date(2025, 3, 8))
    assert {"Musalia Mudavadi", "John Mbadi"} <= {p.name for p in meeting.participants}


def test_who_attends_a_joint_commission_of_the_two_countries_joins_their_talks(meetings_in):
    text = (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on "
        "Monday. The joint commission of the two countries met on the same day, with Foreign "
        "Minister Musalia Mudavadi in attendance."
    )
    (meeting,) = meetings_in(text, published=date(2025, 3, 8))
    assert "Musalia Mudavadi" in {p.name for p in meeting.participants}


def test_who_is_with_a_committee_that_met_the_guest_joins_the_talks(meetings_in):
    text = (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on "
        "Monday. The parliamentary committee on foreign affairs also met with her, with Speaker "
        "Moses Wetangula in attendance."
    )
    found = meetings_in(text, published=date(2025, 3, 8))
    assert any("Moses Wetangula" in {p.name for p in m.participants} for m in found)


def test_those_present_are_aides_of_the_talks_where_the_parser_hung_at_on_were(meetings_in):
    text = (
        "Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah II at the Ittihadiya "
        "Palace in Cairo on Sunday. Badr Abdelatty and Ayman Safadi were present at the meeting."
    )
    found = meetings_in(text, published=date(2025, 3, 2))
    assert not {p.name for m in found for p in m.participants} & {"Badr Abdelatty", "Ayman Safadi"}
    assert len(found) == 1


def test_members_of_a_delegation_who_did_not_take_part_do_not_join_the_talks(meetings_in):
    text = (
        "Prime Minister Kaja Lind held talks with President Tomas Berg in Oslo on Tuesday. "
        "Trade Minister Ola Dahl and Energy Minister Eva Moen, who were part of the Swedish delegation, "
        "did not sit in on the talks themselves."
    )
    meeting = only(meetings_in(text, date(2024, 5, 8)))
    assert names(meeting) == {"Kaja Lind", "Tomas Berg"}
    text = (
        "Prime Minister Kaja Lind held talks with President Tomas Berg in Oslo on Tuesday. "
        "Trade Minister Ola Dahl and Energy Minister Eva Moen were part of the Swedish delegation."
    )
    meeting = only(meetings_in(text, date(2024, 5, 8)))
    assert names(meeting) == {"Kaja Lind", "Tomas Berg", "Ola Dahl", "Eva Moen"}


def test_a_delegation_sent_on_after_the_meeting_adds_no_one_to_it(meetings_in):
    text = (
        "President Kaja Lind met Chancellor Otto Brenner in Vienna on Monday. After the talks, Lind said "
        "she was sending a delegation led by Trade Minister Ola Dahl to Geneva for the next round."
    )
    vienna = [m for m in meetings_in(text, date(2024, 5, 8)) if m.place and m.place.city == "Vienna"]
    assert [names(m) for m in vienna] == [{"Kaja Lind", "Otto Brenner"}]


def test_one_among_a_side_s_negotiators_or_sat_on_its_side_of_the_table_took_part(meetings_in):
    text = (
        "Kenyan Trade Minister Lee Kinyanjui met Ethiopian envoy Redwan Hussien in Nairobi on Monday. The "
        "meeting lasted two hours. Kenyan diplomat Korir Sing'oei was among the Kenyan negotiators, while "
        "Ethiopian Deputy Foreign Minister Mesganu Arga sat on the Ethiopian side of the table."
    )
    assert [sorted(p.name for p in m.participants) for m in meetings_in(text)] == [
        ["Korir Sing'oei", "Lee Kinyanjui", "Mesganu Arga", "Redwan Hussien"]
    ]


def test_one_among_others_than_negotiators_takes_no_part(meetings_in):
    text = (
        "Kenyan Trade Minister Lee Kinyanjui met Ethiopian envoy Redwan Hussien in Nairobi on Monday. The "
        "meeting lasted two hours. Kenyan diplomat Korir Sing'oei was among the critics of the deal."
    )
    assert [sorted(p.name for p in m.participants) for m in meetings_in(text)] == [
        ["Lee Kinyanjui", "Redwan Hussien"]
    ]


@pytest.mark.parametrize(
    "crowd",
    [
        "More than 30 heads of state as well as UN Secretary-General Antonio Guterres are taking part",
        "Dozens of ministers, among them Indian Foreign Minister Subrahmanyam Jaishankar, are taking part",
    ],
)
def test_those_counted_in_a_summits_crowd_do_not_join_a_meeting_at_it(meetings_in, crowd):
    text = (
        "President William Ruto held a bilateral discussion with Ghanaian President Nana Akufo-Addo, "
        f"one of the leaders attending the summit in Addis Ababa on Sunday. {crowd} in the summit."
    )
    found = meetings_in(text, published=date(2024, 2, 19))
    assert [sorted(p.name for p in m.participants) for m in found] == [["Nana Akufo-Addo", "William Ruto"]]


@pytest.mark.parametrize(
    "counted",
    ["the 20 ministers of the two delegations", "20 ministers", "a dozen officials from both sides"],
)
def test_counted_ministers_at_the_talks_join_them(meetings_in, counted):
    text = (
        "Italian Prime Minister Giorgia Meloni received French President Emmanuel Macron in Rome on "
        f"Monday. The talks were attended by {counted}, among them Foreign Minister Antonio Tajani."
    )
    found = meetings_in(text, published=date(2024, 10, 22))
    assert any("Antonio Tajani" in {p.name for p in m.participants} for m in found)


@pytest.mark.parametrize(
    ("lead", "chair", "others"),
    [
        (
            "West African leaders on Monday held a virtual extraordinary summit on the crisis in Mali.",
            "Nigerian President Bola Tinubu",
            "Ghanaian President Nana Akufo-Addo and Senegalese President Bassirou Diomaye Faye",
        ),
        (
            "Pacific leaders held an online summit on Monday to discuss climate finance.",
            "Tongan Prime Minister Siaosi Sovaleni",
            "Fijian Prime Minister Sitiveni Rabuka and Samoan Prime Minister Fiame Naomi Mataafa",
        ),
    ],
)
def test_those_who_chaired_and_attended_a_virtual_summit_are_at_it_by_video(meetings_in, lead, chair, others):
    text = f"{lead}\n\nThe summit was chaired by {chair}.\n\nIt was also attended by {others}."
    (summit,) = meetings_in(text, published=date(2024, 11, 19))
    assert summit.kind == "video" and summit.place is None
    assert len(summit.participants) == 3
    assert str(summit.date.start) == "2024-11-18"


def test_those_attending_a_call_told_with_no_word_of_it_do_not_join_it(meetings_in):
    text = (
        "Nigerian President Bola Tinubu held a video call with Ghanaian President Nana Akufo-Addo on "
        "Monday.\n\nAlso present were Foreign Minister Yusuf Tuggar and Ghana's foreign minister."
    )
    (call,) = meetings_in(text, published=date(2024, 11, 19))
    assert {p.name for p in call.participants} == {"Bola Tinubu", "Nana Akufo-Addo"}


@pytest.mark.parametrize(
    ("go_between", "name"),
    [
        (
            "with Omani Foreign Minister Badr Albusaidi carrying messages back and forth between them",
            "Badr Albusaidi",
        ),
        (
            "with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani shuttling between the two "
            "delegations",
            "Mohammed bin Abdulrahman Al Thani",
        ),
    ],
)
def test_the_go_between_of_indirect_talks_takes_part(meetings_in, go_between, name):
    text = (
        "The talks in Geneva were led by Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff. "
        f"The two delegations sat in separate rooms, {go_between}, officials said."
    )
    assert pairs(meetings_in(text)) == [tuple(sorted(("Abbas Araghchi", "Steve Witkoff", name)))]


def test_one_who_carries_a_letter_between_two_capitals_is_no_go_between(meetings_in):
    text = (
        "The talks in Geneva were led by Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff. "
        "Omani Foreign Minister Badr Albusaidi later carried a letter between Tehran and Washington."
    )
    assert pairs(meetings_in(text)) == [("Abbas Araghchi", "Steve Witkoff")]


@pytest.mark.parametrize(
    "line_up",
    [
        "The mission was made up of Tinubu, Ghanaian President Nana Akufo-Addo and Ivorian President "
        "Alassane Ouattara.",
        "The group consisted of Tinubu, Ghanaian President Nana Akufo-Addo and Ivorian President "
        "Alassane Ouattara.",
        "The mission comprised Tinubu, Ghanaian President Nana Akufo-Addo and Ivorian President "
        "Alassane Ouattara.",
    ],
)
def test_a_missions_line_up_told_after_its_meeting_joins_it(meetings_in, line_up):
    text = (
        "Nigerian President Bola Tinubu and a group of West African leaders met Chadian President "
        f"Mahamat Deby in N'Djamena on Tuesday. {line_up}"
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 6))
    names = " / ".join(p.name for p in meeting.participants)
    assert len(meeting.participants) == 4
    assert all(name in names for name in ("Tinubu", "Akufo-Addo", "Ouattara"))


@pytest.mark.parametrize(
    "group",
    [
        "Biden brought a delegation of senators to the talks. Among them were Senator Chris Coons and "
        "Senator Jim Risch.",
        "Biden was joined at the talks by a group of senators. Among them were Senator Chris Coons and "
        "Senator Jim Risch.",
        "Biden was joined at the talks by a group of senators. They included Senator Chris Coons and "
        "Senator Jim Risch.",
    ],
)
def test_members_named_after_a_group_at_the_meeting_join_it(meetings_in, group):
    text = f"President Joe Biden met Kenyan President William Ruto at the White House on Thursday. {group}"
    found = meetings_in(text, published=date(2024, 5, 24))
    assert any(
        {"Joe Biden", "William Ruto", "Chris Coons", "Jim Risch"} <= {p.name for p in m.participants}
        for m in found
    )


def test_members_named_after_a_group_at_another_scene_join_no_meeting(meetings_in):
    text = (
        "Prime Minister Narendra Modi met Sri Lankan President Ranil Wickremesinghe in New Delhi on "
        "Friday. Later, hundreds of protesters gathered outside the embassy. Among them were Ravi "
        "Karunanayake and Sajith Premadasa."
    )
    found = meetings_in(text, published=date(2023, 7, 22))
    assert all({p.name for p in m.participants} <= {"Narendra Modi", "Ranil Wickremesinghe"} for m in found)


def test_a_missions_line_up_for_a_trip_to_come_does_not_join_the_meeting_held(meetings_in):
    text = (
        "Kenyan President William Ruto met Sudanese General Abdel Fattah al-Burhan in Nairobi on "
        "Monday. The next mission will be made up of Ugandan President Yoweri Museveni and "
        "Djiboutian President Ismail Omar Guelleh."
    )
    (meeting,) = meetings_in(text, published=date(2024, 1, 9))
    assert {p.name for p in meeting.participants} == {"William Ruto", "Abdel Fattah al-Burhan"}


@pytest.mark.parametrize(
    "text",
    [
        "Lula spoke by phone with Milei later on Friday; Milei told him he had left the summit a day early. "
        "Lula, who flew to Asuncion on Thursday, attended the summit at the invitation of Paraguayan "
        "President Santiago Pena.",
        "Indian Prime Minister Narendra Modi attended the summit in Johannesburg on Saturday. "
        "Brazilian President Luiz Inacio Lula da Silva also attended the summit.",
        "Japanese Prime Minister Shigeru Ishiba left the summit early on Sunday. Italian Prime Minister "
        "Giorgia Meloni also attended the summit.",
    ],
)
def test_those_attending_a_gathering_one_person_only_attended_or_left_did_not_meet_them(meetings_in, text):
    found = meetings_in(text, published=date(2025, 6, 20))
    assert not any(m.kind == "in_person" and len(m.participants) >= 2 for m in found)


def test_those_attending_a_summit_one_held_with_others_still_join_it(meetings_in):
    found = meetings_in(
        "Ruto hosts leaders\n\nNAIROBI - Kenyan President William Ruto held a summit with East African "
        "leaders on Monday. The summit was attended by Tanzanian President Samia Suluhu Hassan and "
        "Ugandan President Yoweri Museveni.",
        published=date(2025, 6, 20),
    )
    assert any({"William Ruto", "Samia Suluhu Hassan"} <= names(m) for m in found)


@pytest.mark.parametrize(
    ("tail", "joined"),
    [
        (
            "Sudan had earlier accepted the invitation of IGAD Executive Secretary Workneh Gebeyehu to "
            "take part in the talks.",
            [],
        ),
        (
            "From the airport, he went to the university to take part in a reading dedicated to the land "
            "of Ngugi wa Thiong'o.",
            [],
        ),
        ("Foreign Minister Taye Atske Selassie also took part in the talks.", ["Taye Atske Selassie"]),
        (
            "Also taking part in the talks were Taye Atske Selassie and Musalia Mudavadi.",
            ["Musalia Mudavadi", "Taye Atske Selassie"],
        ),
    ],
)
def test_those_who_take_part_are_the_subject_not_who_invited_or_is_honoured(meetings_in, tail, joined):
    found = meetings_in(
        "Ethiopian Prime Minister Abiy Ahmed received Kenyan President William Ruto in Addis Ababa on "
        f"Thursday. {tail}"
    )
    assert [sorted(p.name for p in m.participants) for m in found] == [
        sorted(["Abiy Ahmed", "William Ruto", *joined])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi on Monday. "
        "Museveni, who led the National Resistance Movement group that toppled Milton Obote, was later named "
        "chairman at a meeting of regional leaders in Arusha.",
        "Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah II in Cairo on Monday. "
        "Hussein Al-Sheikh, who heads the Palestinian delegation that ousted Mohammed Dahlan, was chosen as "
        "vice-president at a meeting of the PLO central council in Ramallah.",
    ],
)
def test_a_team_told_at_a_meeting_of_its_own_does_not_join_the_meeting_before(meetings_in, text):
    """ "at a meeting of ...": a new meeting, brought in by "a", not the line-up of the one before."""
    (meeting,) = meetings_in(text)
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi on Monday. "
            "The Ugandan delegation was made up of Jeje Odongo and Sam Kutesa.",
            {"Jeje Odongo", "Sam Kutesa"},
        ),
        (
            "Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi on Monday. "
            "The Ugandan delegation, led by Jeje Odongo, took part in the talks.",
            {"Jeje Odongo"},
        ),
    ],
)
def test_the_line_up_of_a_team_at_the_talks_still_joins_the_meeting_before(meetings_in, text, joined):
    (meeting,) = meetings_in(text)
    assert joined <= {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    "text",
    [
        "Chinese President Xi Jinping held talks with Kenyan President William Ruto in Beijing on Monday. "
        "Xi recalled that the two heads of state held talks in Nairobi in 2023, when he paid a state visit "
        "to Kenya. Trade was discussed at length. Cai Qi and Foreign Minister Wang Yi also attended the "
        "events.",
        "Premier Li Qiang met Nigerian President Bola Tinubu at the Great Hall of the People on Tuesday. "
        "Li said the two sides should deepen cooperation in energy and farming, and Tinubu said Nigeria "
        "backs the one-China principle. Wang Yi attended the events.",
    ],
)
def test_those_present_at_the_events_join_the_meeting_of_the_news(meetings_in, text):
    # "the events": the wire's word for the news's talks and ceremonies, however far back told
    found = meetings_in(text, published=date(2024, 9, 3))
    assert any({"Wang Yi"} < {p.name for p in m.participants} and len(m.participants) >= 3 for m in found)


def test_those_present_at_the_events_do_not_join_a_meeting_recalled(meetings_in):
    text = (
        "Chinese President Xi Jinping held talks with Kenyan President William Ruto in Beijing on Monday. "
        "Xi recalled that the two heads of state held talks in Nairobi in 2023, when he paid a state visit "
        "to Kenya. Cai Qi and Foreign Minister Wang Yi were among those present at the events."
    )
    found = meetings_in(text, published=date(2024, 9, 3))
    assert all(
        m.place is None or m.place.city != "Nairobi"
        for m in found
        if "Wang Yi" in {p.name for p in m.participants}
    )


TALKS_IN_ACCRA = "President Lisa Mora met Ghanaian President Samuel Otieno in Accra on Wednesday. "


@pytest.mark.parametrize(
    "joined",
    [
        "Nigerian President Musa Bello joined by phone, the presidency said.",
        "Nigerian President Musa Bello joined via video link.",
        "Nigerian President Musa Bello joined remotely, officials said.",
    ],
)
def test_one_who_joined_by_phone_or_video_joins_the_meeting_told(meetings_in, joined):
    (meeting,) = meetings_in(TALKS_IN_ACCRA + joined)
    assert {p.name for p in meeting.participants} == {"Lisa Mora", "Samuel Otieno", "Musa Bello"}


def test_one_who_joined_the_meeting_by_phone_after_its_host_is_named_joins_it(meetings_in):
    text = (
        "Prime Minister Kofi Mensah met Togolese President Yao Agbeko in Lome on Friday. The meeting, "
        "which lasted an hour, was hosted by President Ama Dzidzo. Benin's President Rene Houndje "
        "joined by telephone, his office said."
    )
    (meeting,) = meetings_in(text)
    assert "Rene Houndje" in {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    "joined",
    [
        "Nigeria's Musa Bello joined the bloc by phone vote last year.",  # joined something else
        "Nigerian President Musa Bello later flew to Lagos.",
    ],
)
def test_one_who_joined_no_meeting_from_afar_does_not_join_it(meetings_in, joined):
    (meeting,) = meetings_in(TALKS_IN_ACCRA + joined)
    assert {p.name for p in meeting.participants} == {"Lisa Mora", "Samuel Otieno"}


@pytest.mark.parametrize(
    ("met", "joined"),
    [
        (
            "President Ana Costa met Kenyan President Samuel Otieno in the Oval Office on Monday.",
            "Costa, who was joined in the Oval Office by Foreign Minister Luis Pereira and Trade "
            "Minister Maria Sousa, calmly pushed back, telling Otieno that Pedro Lima did not speak "
            "for her government.",
        ),
        (
            "Russian President Ivan Petrov received Prime Minister Jan Novak at the Kremlin on Monday.",
            "Novak, who was joined at the Kremlin by Foreign Minister Luis Pereira and Trade Minister Maria "
            "Sousa, answered calmly, warning Petrov that Pedro Lima did not speak for his party.",
        ),
    ],
)
def test_those_joined_at_the_meetings_building_paragraphs_later_join_it(meetings_in, met, joined):
    text = f"{met}\n\nIn a televised exchange, the host played a video and read out articles.\n\n{joined}"
    (meeting,) = meetings_in(text)
    names = {p.name for p in meeting.participants}
    assert {"Luis Pereira", "Maria Sousa"} <= names
    assert "Pedro Lima" not in names  # one the sentence only tells of, in what was said


def test_those_joined_in_the_city_paragraphs_later_do_not_join_the_meeting(meetings_in):
    text = (
        "Russian President Ivan Petrov received Prime Minister Jan Novak at the Kremlin on Monday.\n\n"
        "In a televised exchange, the host played a video and read out articles.\n\n"
        "Novak, who was joined in Moscow by Foreign Minister Luis Pereira, later toured a factory."
    )
    (meeting,) = meetings_in(text)
    assert {p.name for p in meeting.participants} == {"Ivan Petrov", "Jan Novak"}


def test_one_said_not_to_attend_still_stays_away(meetings_in):
    text = (
        "Russian President Ivan Petrov received Prime Minister Jan Novak at the Kremlin on Monday. "
        "Foreign Minister Luis Pereira did not attend the talks."
    )
    (meeting,) = meetings_in(text)
    assert {p.name for p in meeting.participants} == {"Ivan Petrov", "Jan Novak"}


@pytest.mark.parametrize(
    "after",
    [
        "The decision also comes a month after Kenyan President William Ruto led a delegation of African "
        "leaders on a peace mission to Sudan and Egypt.",
        "Weeks earlier, President William Ruto had led a delegation of ministers to Ethiopia.",
    ],
)
def test_a_delegation_sent_to_another_country_is_no_line_up_of_the_talks_before(meetings_in, after):
    found = meetings_in(
        "Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Musalia Mudavadi in "
        "Nairobi on Monday. " + after,
        published=date(2023, 7, 19),
    )
    assert all(
        "William Ruto" not in {p.name for p in m.participants}
        for m in found
        if m.place and m.place.city == "Nairobi"
    )


def test_a_delegation_at_the_talks_still_joins_them(meetings_in):
    (met,) = meetings_in(
        "Chinese Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Musalia Mudavadi in "
        "Nairobi on Monday. The Kenyan delegation was led by President William Ruto.",
        published=date(2023, 7, 19),
    )
    assert "William Ruto" in {p.name for p in met.participants}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto first received the two visitors separately at State House in "
        "Nairobi on Wednesday, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu "
        "Hassan. Foreign Minister Musalia Mudavadi and Defence Minister Soipan Tuya attended both "
        "meetings, the presidency said.",
    ],
)
def test_those_who_attended_both_meetings_told_separately_join_each(meetings_in, text):
    found = meetings_in(text)
    assert pairs(found) == [
        ("Musalia Mudavadi", "Samia Suluhu Hassan", "Soipan Tuya", "William Ruto"),
        ("Musalia Mudavadi", "Soipan Tuya", "William Ruto", "Yoweri Museveni"),
    ]


def test_those_who_took_part_in_the_two_meetings_join_each(meetings_in):
    text = (
        "Brazilian President Lula da Silva met Argentine President Javier Milei and, separately, Chilean "
        "President Gabriel Boric in Brasilia on Tuesday. Foreign Minister Mauro Vieira and Finance "
        "Minister Fernando Haddad took part in the two meetings."
    )
    found = meetings_in(text)
    assert len(found) == 2
    assert all({"Mauro Vieira", "Fernando Haddad"} <= {p.name for p in m.participants} for m in found)


def test_one_who_attended_all_three_meetings_joins_each_of_the_three(meetings_in):
    text = (
        "Indian Prime Minister Narendra Modi held separate talks with French President Emmanuel Macron, "
        "German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni in Rome on Friday. "
        "External Affairs Minister S. Jaishankar attended all three meetings."
    )
    found = meetings_in(text)
    assert len(found) == 3
    assert all("Subrahmanyam Jaishankar" in {p.name for p in m.participants} for m in found)


def test_both_meetings_after_one_meeting_or_three_joins_none(meetings_in):
    one = (
        "Brazilian President Lula da Silva met Argentine President Javier Milei in Brasilia on Tuesday. "
        "Foreign Minister Mauro Vieira attended both meetings."
    )
    assert pairs(meetings_in(one)) == [("Javier Milei", "Luiz Inácio Lula da Silva")]
    three = (
        "Indian Prime Minister Narendra Modi held separate talks with French President Emmanuel Macron, "
        "German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni in Rome on Friday. "
        "External Affairs Minister S. Jaishankar attended both meetings."
    )
    assert all(len(m.participants) == 2 for m in meetings_in(three))


def test_a_source_retelling_one_of_the_meetings_keeps_it_one_with_its_ministers(meetings_in):
    text = (
        "Kenyan President William Ruto first received the two visitors separately at State House in "
        "Nairobi on Wednesday, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu "
        "Hassan. Foreign Minister Musalia Mudavadi and Defence Minister Soipan Tuya attended both "
        "meetings, the presidency said.\n\n"
        "Uganda's State House confirmed that Museveni held a bilateral meeting with Ruto and their "
        "delegations."
    )
    assert len(meetings_in(text)) == 2


def test_the_line_up_of_a_delegation_at_the_talks_still_joins_them(meetings_in):
    text = (
        "Ruto held talks with Museveni at State House in Entebbe on Monday. The Kenyan delegation included "
        "Foreign Minister Musalia Mudavadi and Energy Minister Opiyo Wandayi."
    )
    (meeting,) = meetings_in(text)
    assert {"Musalia Mudavadi", "Opiyo Wandayi"} <= {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    "warning",
    [
        "EU foreign policy chief Kaja Kallas had warned candidate countries that taking part in the "
        "parade in Moscow would count against them.",
        "German Chancellor Olaf Scholz said that taking part in the ceremony in Minsk would be a mistake.",
    ],
)
def test_taking_part_named_in_general_puts_no_one_at_the_meeting(meetings_in, warning: str) -> None:
    """ "warned that taking part in the parade would count against them": the gerund as a clause's
    subject, with no subject of its own, names the act in general; the speaker took no part."""
    text = (
        "Serbian President Aleksandar Vucic met Russian President Vladimir Putin in Moscow on Friday. "
        + warning
    )
    found = meetings_in(text, date(2025, 5, 9))
    assert [sorted(p.name for p in m.participants) for m in found] == [["Aleksandar Vučić", "Vladimir Putin"]]


def test_someone_taking_part_is_still_at_the_meeting(meetings_in) -> None:
    text = (
        "Serbian President Aleksandar Vucic met Russian President Vladimir Putin in Moscow on Friday. "
        "Foreign Minister Sergey Lavrov also took part in the talks."
    )
    found = meetings_in(text, date(2025, 5, 9))
    assert any("Sergey Lavrov" in [p.name for p in m.participants] for m in found)


@pytest.mark.parametrize(
    "warning",
    [
        "EU foreign policy chief Anna Berg had warned candidate countries that taking part in the "
        "anniversary events in Minsk would be noted in Brussels.",
        "The Dutch prime minister, Mark Rutte, cautioned allies against taking part in the parade.",
        "Taking part in the celebrations would be a mistake, Finnish President Alexander Stubb said.",
    ],
)
def test_a_taking_part_told_as_a_thing_adds_no_one(meetings_in, warning):
    text = (
        "Hungarian President Tamas Sulyok met Belarusian President Alexander Lukashenko in Minsk on "
        f"Saturday on the sidelines of the anniversary celebrations. {warning}"
    )
    (meeting,) = meetings_in(text, published=date(2024, 7, 3))
    assert {p.name for p in meeting.participants} == {"Tamás Sulyok", "Alexander Lukashenko"}


def test_one_said_to_take_part_still_joins(meetings_in):
    text = (
        "Hungarian President Tamas Sulyok met Belarusian President Alexander Lukashenko in Minsk on "
        "Saturday. Foreign Minister Peter Szijjarto also took part in the talks."
    )
    (meeting,) = meetings_in(text, published=date(2024, 7, 3))
    assert "Péter Szijjártó" in {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    "second",
    [
        "The talks began in a small format, with the two presidents joined only by Foreign Minister "
        "Wang Yi, Secretary of State Antony Blinken and interpreters.",
        "The talks opened at noon, with both leaders joined by Secretary of State Antony Blinken and "
        "Foreign Minister Wang Yi.",
    ],
)
def test_those_joining_the_pair_told_by_their_number_sit_in_on_its_talks(meetings_in, second):
    text = f"Chinese President Xi Jinping and US President Joe Biden met in Woodside on Wednesday. {second}"
    assert pairs(meetings_in(text)) == [("Antony Blinken", "Joe Biden", "Wang Yi", "Xi Jinping")]


def test_a_pair_counted_as_the_ones_named_holds_talks_of_its_own(meetings_in):
    text = (
        "Chinese President Xi Jinping and US President Joe Biden met in Woodside on Wednesday. "
        "The talks of the two ministers, Antony Blinken and Wang Yi, were held in another room."
    )
    assert ("Antony Blinken", "Wang Yi") in pairs(meetings_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Dodoma on "
        "Monday. Later, Ruto, Hassan and Ugandan President Yoweri Museveni held a trilateral meeting. The "
        "President's delegation to Tanzania included Foreign Minister Musalia Mudavadi and Trade Minister "
        "Rebecca Miano.",
        "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Friday, "
        "and then held "
        "a separate meeting with Bolivian President Luis Arce. Boric's delegation to Peru included Foreign "
        "Minister Alberto van Klaveren.",
    ],
)
def test_the_party_of_a_trip_of_several_meetings_joins_none_of_them(meetings_in, text):
    """ "The delegation to P included A": the party of the trip, not said to sit in on one meeting
    of the several the article tells there."""
    named = {p.name for m in meetings_in(text) for p in m.participants}
    assert not named & {"Musalia Mudavadi", "Rebecca Miano", "Alberto van Klaveren"}


def test_the_party_of_a_trip_of_one_meeting_joins_it(meetings_in):
    (meeting,) = meetings_in(
        "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Dodoma on "
        "Monday. The President's delegation to Tanzania included Foreign Minister Musalia Mudavadi."
    )
    assert "Musalia Mudavadi" in {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    ("text", "everyone"),
    [
        (
            "Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday.\n\n"
            "Also in attendance at the talks were Kenyan Foreign Minister Musalia Mudavadi and Ghanaian "
            "Foreign Minister Samuel Okudzeto Ablakwa.",
            {"William Ruto", "John Mahama", "Musalia Mudavadi", "Samuel Okudzeto Ablakwa"},
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba held talks with Indian Prime Minister Narendra Modi in "
            "Tokyo on Friday. In attendance at the meeting were Japanese Foreign Minister Takeshi Iwaya and "
            "Indian External Affairs Minister Subrahmanyam Jaishankar.",
            {"Shigeru Ishiba", "Narendra Modi", "Takeshi Iwaya", "Subrahmanyam Jaishankar"},
        ),
    ],
)
def test_those_in_attendance_at_the_meeting_told_before_join_it(meetings_in, text, everyone):
    (meeting,) = meetings_in(text, published=date(2025, 6, 12))
    assert {p.name for p in meeting.participants} == everyone


def test_ministers_meeting_on_their_own_after_the_talks_are_not_in_attendance(meetings_in):
    text = (
        "Japanese Prime Minister Shigeru Ishiba held talks with Indian Prime Minister Narendra Modi in "
        "Tokyo on Friday. Takeshi Iwaya later met Subrahmanyam Jaishankar at the ministry."
    )
    assert len(meetings_in(text, published=date(2025, 6, 12))) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte also attended the summit.",
        "Also present at the summit were President Yoweri Museveni of Uganda and President Samia Suluhu "
        "Hassan of Tanzania, among others.",
        "Also in attendance at the forum were Togolese President Faure Gnassingbe and Beninese President "
        "Patrice Talon.",
        "Gambian President Adama Barrow and Liberian President Joseph Boakai were among the heads of state "
        "who attended the summit in Abuja.",
        "Brazilian President Lula and French President Emmanuel Macron took part in the climate summit "
        "in Belem.",
        "The conference in Lusaka was also attended by Zambian President Hakainde Hichilema and Malawian "
        "President Lazarus Chakwera.",
        "Indian Prime Minister Narendra Modi and Nepali Prime Minister Pushpa Kamal Dahal were seated side "
        "by side at the summit dinner.",
        "Kenyan President William Ruto sat next to Nigerian President Bola Tinubu at the opening dinner of "
        "the summit.",
    ],
)
def test_being_at_the_same_gathering_is_no_meeting_of_those_there(meetings_in, sentence):
    assert meetings_in(sentence, published=date(2025, 2, 15)) == []


def test_those_present_at_a_summit_its_chair_opened_do_not_meet_the_chair(meetings_in):
    text = (
        "Opening the summit, the chairman of the bloc, President Hakainde Hichilema of Zambia, urged members "
        "to fund the standby force. Also present at the summit were President Lazarus Chakwera of Malawi and "
        "President Daniel Chapo of Mozambique, among others."
    )
    assert meetings_in(text, published=date(2025, 3, 8)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Gabriel Boric met Dina Boluarte on the sidelines of the summit in Lima on Friday.",
        "Japanese Prime Minister Shigeru Ishiba, Chinese Premier Li Qiang and South Korean President Lee "
        "Jae-myung attended the trilateral summit in Tokyo.",
        "Russian President Vladimir Putin and Chinese President Xi Jinping took part in the virtual summit "
        "on Tuesday.",
        "Fijian Prime Minister Sitiveni Rabuka declined to attend a summit hosted by Australian Prime "
        "Minister Anthony Albanese in Canberra.",
    ],
)
def test_a_gathering_told_as_the_meeting_of_those_there_is_still_one(meetings_in, sentence):
    (meeting,) = meetings_in(sentence, published=date(2025, 2, 15))
    assert len(meeting.participants) >= 2


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        (
            "Kenyan President William Ruto took part in the East African Community summit in Arusha on "
            "Friday together with Tanzanian President Samia Suluhu Hassan and Ugandan President Yoweri "
            "Museveni.",
            {"William Ruto", "Samia Suluhu Hassan", "Yoweri Museveni"},
        ),
        (
            "Chilean President Gabriel Boric will attend the Pacific Alliance summit in Lima next month "
            "alongside Colombia's Gustavo Petro and Mexico's Andres Manuel Lopez Obrador.",
            {"Gabriel Boric", "Gustavo Petro", "Andrés Manuel López Obrador"},
        ),
        (
            "Thai Prime Minister Srettha Thavisin participated in the Mekong-Lancang cooperation summit in "
            "Vientiane along with Lao Prime Minister Sonexay Siphandone and Cambodian Prime Minister Hun "
            "Manet.",
            {"Srettha Thavisin", "Sonexay Siphandone", "Hun Manet"},
        ),
    ],
)
def test_a_gathering_attended_along_with_others_named_is_the_meeting_of_all(meetings_in, sentence, named):
    (meeting,) = meetings_in(sentence, published=date(2025, 2, 15))
    assert {p.name for p in meeting.participants} == named


def test_a_gathering_attended_along_with_no_one_named_is_no_meeting(meetings_in):
    sentence = (
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan took part in the summit "
        "in Arusha along with other regional leaders."
    )
    assert meetings_in(sentence, published=date(2025, 2, 15)) == []


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "Indonesian President Prabowo Subianto met Australian Prime Minister Anthony Albanese in "
            "Canberra on Tuesday. The meeting was joined by Foreign Minister Penny Wong and Defence "
            "Minister Richard Marles.",
            {"Penny Wong", "Richard Marles"},
        ),
        (
            "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in "
            "Arusha on Friday. The talks at the State House were joined by a group of ministers, "
            "including Foreign Minister Musalia Mudavadi.",
            {"Musalia Mudavadi"},
        ),
    ],
)
def test_those_a_meeting_was_joined_by_attend_it(meetings_in, text, joined):
    found = meetings_in(text)
    assert len(found) == 1
    assert joined <= {p.name for p in found[0].participants}


def test_what_is_joined_that_is_no_meeting_adds_no_one(meetings_in):
    found = meetings_in(
        "Indonesian President Prabowo Subianto met Australian Prime Minister Anthony Albanese in "
        "Canberra on Tuesday. The alliance was joined by Finnish President Alexander Stubb in 2023."
    )
    assert all("Alexander Stubb" not in {p.name for p in m.participants} for m in found)


# -- who joined a remote meeting from afar, told right after it ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "President Bola Tinubu on Monday chaired a virtual summit of ECOWAS leaders.\n\n"
        "Tinubu, the current ECOWAS chair, was joined online by Ghana's John Mahama, Senegal's Bassirou "
        "Diomaye Faye and Togo's Faure Gnassingbe.",
        "Mongolian President Ukhnaa Khurelsukh chaired a virtual summit on Thursday.\n\n"
        "Khurelsukh, the summit's host, was joined virtually by Kazakh President Kassym-Jomart Tokayev "
        "and Kyrgyz President Sadyr Japarov.",
    ],
)
def test_those_who_joined_online_are_at_the_remote_summit_told_before(meetings_in, text):
    found = meetings_in(text, published=date(2025, 3, 4))
    assert len(found) == 1 and found[0].kind == "video", [(m.participants, m.kind) for m in found]
    assert len(found[0].participants) >= 3


def test_those_who_joined_online_after_another_story_are_not_at_the_summit(meetings_in):
    text = (
        "President Bola Tinubu on Monday chaired a virtual summit of ECOWAS leaders.\n\n"
        "Fuel prices rose again in Lagos, traders said.\n\n"
        "Tinubu was joined online by Ghana's John Mahama."
    )
    found = meetings_in(text, published=date(2025, 3, 4))
    assert not any(len(m.participants) >= 2 and m.kind == "video" and m.occasion for m in found)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Chilean President Gabriel Boric was welcomed at the airport by Peruvian Foreign Minister Elmer "
            "Schialer on Monday. Boric travels with a delegation that includes his Foreign Minister Alberto "
            "van Klaveren and Finance Minister Mario Marcel.",
            ("Elmer Schialer", "Gabriel Boric"),
        ),
        (
            "Ghanaian President John Mahama arrived in Abuja on Thursday, where he was welcomed by Nigerian "
            "President Bola Tinubu. Mahama is accompanied by a large delegation made up of Foreign Minister "
            "Samuel Okudzeto Ablakwa and Finance Minister Cassiel Ato Forson.",
            ("Bola Tinubu", "John Mahama"),
        ),
        (  # in the past tense too: who came on the trip
            "Kenyan President William Ruto landed in Kampala on Thursday. He was welcomed at the airport by "
            "Ugandan President Yoweri Museveni. The Kenyan head of state travelled with a large delegation "
            "including the Minister of Foreign Affairs, Musalia Mudavadi, and the Minister of Defence, "
            "Soipan Tuya.",
            ("William Ruto", "Yoweri Museveni"),
        ),
    ],
)
def test_the_party_one_travels_with_does_not_join_the_welcome(meetings_in, text, names):
    """ "travels with a delegation that includes A", "is accompanied by a delegation made up of":
    who came on the trip, not who sat in on the meeting just told."""
    assert pairs(meetings_in(text)) == [names]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "President William Ruto received Tanzanian President Samia Suluhu Hassan at State House in "
            "Nairobi on Monday. Hassan was accompanied by a delegation including Foreign Minister Mahmoud "
            "Thabit Kombo.",
            ("Samia Suluhu Hassan", "William Ruto"),
        ),
        (
            "Chancellor Olaf Scholz held talks with President Lula in Brasilia on Tuesday. Scholz had been "
            "accompanied by a high-level delegation that included Economy Minister Robert Habeck.",
            ("Luiz Inácio Lula da Silva", "Olaf Scholz"),
        ),
        (
            "King Abdullah II met Egyptian President Abdel Fattah al-Sisi in Cairo on Sunday. The King was "
            "accompanied by a team made up of Foreign Minister Ayman Safadi and Planning Minister Zeina "
            "Toukan.",
            ("Abdel Fattah el-Sisi", "Abdullah II"),
        ),
    ],
)
def test_the_delegation_one_was_accompanied_by_does_not_join_the_talks(meetings_in, text, names):
    """ "was accompanied by a delegation including A": the party of the trip, told in the past as
    in the present, not those who sat at the talks."""
    assert pairs(meetings_in(text)) == [names]


def test_the_party_of_the_trip_now_does_not_join_a_meeting_told_before(meetings_in):
    text = (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. They "
        "had first met as heads of state in Addis Ababa in February 2023. Foreign Minister Musalia "
        "Mudavadi and Trade Minister Rebecca Miano are part of the President's delegation."
    )
    assert pairs(meetings_in(text)) == [("William Ruto", "Yoweri Museveni")] * 2


def test_a_line_up_of_the_talks_themselves_still_joins_them(meetings_in):
    text = (
        "Russian and American officials met in Riyadh on Tuesday. Sergey Lavrov, Yuri Ushakov and "
        "Kirill Dmitriev made up Russia's team at the talks."
    )
    assert pairs(meetings_in(text)) == [("Kirill Dmitriev", "Sergey Lavrov", "Yuri Ushakov")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto has called off a meeting with Ugandan President Yoweri Museveni "
        "that was to take place on Thursday in Arusha. Tanzanian President Samia Suluhu Hassan and "
        "Rwandan President Paul Kagame were due to join Ruto and Museveni there.",
        "Kenyan President William Ruto will meet Ugandan President Yoweri Museveni on Thursday in "
        "Arusha. Tanzanian President Samia Suluhu Hassan and Rwandan President Paul Kagame are expected "
        "to join them.",
    ],
)
def test_those_due_to_join_a_meeting_to_come_or_called_off_are_of_it(meetings_in, text):
    found = meetings_in(text)
    assert len(found) == 1
    assert {p.name for p in found[0].participants} == {
        "William Ruto",
        "Yoweri Museveni",
        "Samia Suluhu Hassan",
        "Paul Kagame",
    }


def test_one_not_expected_to_join_a_meeting_to_come_is_not_of_it(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto will meet Ugandan President Yoweri Museveni on Thursday in "
        "Arusha. Tanzanian President Samia Suluhu Hassan is not expected to join them."
    )
    assert [sorted(p.name for p in m.participants) for m in found] == [["William Ruto", "Yoweri Museveni"]]


def test_a_third_countrys_delegation_is_no_side_of_the_talks_told_before(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto arrived in Addis Ababa on Thursday and held talks with Ethiopian "
        "Prime Minister Abiy Ahmed the same day. French Foreign Minister Jean-Noel Barrot led the "
        "French delegation."
    )
    assert [sorted(p.name for p in m.participants) for m in found] == [["Abiy Ahmed", "William Ruto"]]


def test_a_delegation_of_one_sides_country_still_joins_the_talks(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto arrived in Addis Ababa on Thursday and held talks with Ethiopian "
        "Prime Minister Abiy Ahmed the same day. Foreign Minister Musalia Mudavadi led the Kenyan "
        "delegation."
    )
    assert [sorted(p.name for p in m.participants) for m in found] == [
        ["Abiy Ahmed", "Musalia Mudavadi", "William Ruto"]
    ]


@pytest.mark.parametrize(
    "among",
    [
        "Ghanaian President John Mahama and Senegalese President Bassirou Diomaye Faye were among the "
        "heads of state who took part.",
        "Ghanaian President John Mahama and Senegalese President Bassirou Diomaye Faye also took part.",
    ],
)
def test_those_among_the_leaders_who_took_part_join_the_virtual_summit_told_just_before(meetings_in, among):
    text = (
        "Kenyan President William Ruto on Friday attended an emergency summit of African Union "
        "leaders held by videoconference to discuss the floods. The video summit was chaired by "
        "Angolan President Joao "
        "Lourenco, who holds the bloc's rotating chair. " + among
    )
    meetings = [m for m in meetings_in(text, published=date(2025, 3, 14)) if m.kind == "video"]
    assert any(
        {"John Mahama", "Bassirou Diomaye Faye", "William Ruto"} <= {p.name for p in m.participants}
        for m in meetings
    ), pairs(meetings)


def test_those_who_took_part_in_another_event_do_not_join_the_virtual_summit(meetings_in):
    text = (
        "Kenyan President William Ruto on Friday attended an emergency summit of African Union "
        "leaders held by videoconference to discuss the floods. The video summit was chaired by "
        "Angolan President Joao "
        "Lourenco. Ghanaian President John Mahama took part in a debate on trade in Accra."
    )
    meetings = meetings_in(text, published=date(2025, 3, 14))
    assert not any("John Mahama" in {p.name for p in m.participants} for m in meetings if m.kind == "video")


def test_those_who_attended_right_after_a_virtual_summit_join_it(meetings_in):
    text = (
        "Kenyan President William Ruto hosted a virtual summit of East African leaders on Friday. The "
        "summit was chaired by Ruto and Tanzanian President Samia Suluhu Hassan. Ugandan President "
        "Yoweri Museveni and Rwandan President Paul Kagame attended as observers."
    )
    (meeting,) = meetings_in(text)
    assert meeting.kind == "video"
    assert {"Yoweri Museveni", "Paul Kagame", "William Ruto"} <= {p.name for p in meeting.participants}


def test_attending_a_dinner_of_its_own_names_no_one_at_the_virtual_summit(meetings_in):
    text = (
        "Kenyan President William Ruto hosted a virtual summit of East African leaders on Friday. The "
        "summit was chaired by Ruto and Tanzanian President Samia Suluhu Hassan. Ugandan President "
        "Yoweri Museveni attended a state dinner in Kampala."
    )
    meetings = meetings_in(text)
    assert not any(
        "Yoweri Museveni" in {p.name for p in m.participants} for m in meetings if m.kind == "video"
    )


def test_those_a_mission_left_without_seeing_join_no_meeting(meetings_in):
    """ "An earlier mission ... left without seeing either A or B": neither A nor B was met."""
    text = (
        "A delegation of the African Union led by Uhuru Kenyatta met former prime minister Abdalla"
        " Hamdok in Port Sudan on Sunday. An earlier mission led by Kenyatta had left Port Sudan in"
        " May without seeing either Abdel Fattah al-Burhan or Hamdok."
    )
    assert all("Abdel Fattah al-Burhan" not in {p.name for p in m.participants} for m in meetings_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rutte met Scholz in Berlin on Monday. The meeting, which was also attended by Foreign "
        "Minister Annalena Baerbock, focused on defence.",
        "Rutte met Scholz in Berlin on Monday. The talks, which were attended by Foreign Minister "
        "Annalena Baerbock, lasted two hours.",
    ],
)
def test_those_a_relative_clause_says_attended_the_meeting_join_it(meetings_in, text):
    met = meetings_in(text)
    assert any({"Annalena Baerbock", "Olaf Scholz"} <= {p.name for p in m.participants} for m in met)


def test_a_meeting_of_another_sort_attended_by_someone_is_not_the_talks_before(meetings_in):
    text = (
        "Rutte met Scholz in Berlin on Monday. The NATO meeting, which was attended by Foreign "
        "Minister Annalena Baerbock, focused on defence."
    )
    met = meetings_in(text)
    assert not any({"Annalena Baerbock", "Olaf Scholz"} <= {p.name for p in m.participants} for m in met)


@pytest.mark.parametrize(
    "second",
    [
        "The trip follows the arrival in Lima last month of a Chilean delegation led by Foreign Minister"
        " Alberto van Klaveren, who held talks with Boluarte.",
        "In March a Chilean delegation led by Foreign Minister Alberto van Klaveren held talks with Boluarte"
        " in Lima.",
    ],
)
def test_a_delegation_told_at_a_time_of_its_own_is_not_the_line_up_of_the_meeting_before(meetings_in, second):
    text = (
        "Peruvian President Dina Boluarte arrived in Santiago on Sunday and was welcomed by President"
        f" Gabriel Boric. {second}"
    )
    found = meetings_in(text, published=date(2024, 7, 8))
    visit = [m for m in found if "Gabriel Boric" in {p.name for p in m.participants}]
    assert visit
    assert all("Alberto van Klaveren" not in {p.name for p in m.participants} for m in visit)


@pytest.mark.parametrize(
    "text",
    [
        "President Cyril Ramaphosa on Wednesday welcomed Chancellor Friedrich Merz at the Union Buildings. "
        "Merz arrived in Pretoria from Luanda, the Angolan capital, where he held talks with President "
        "Joao Lourenco on Tuesday. Foreign Minister Ronald Lamola and Finance Minister Enoch Godongwana "
        "attended the talks.",
        "Prime Minister Luxon was received by President Prabowo Subianto in Jakarta on Monday. Luxon flew "
        "in from Singapore, the city state, where he held talks with Lawrence Wong on Sunday. "
        "Defence Minister Sjafrie Sjamsoeddin also attended the talks.",
    ],
)
def test_those_attending_the_talks_are_not_put_where_the_traveller_came_from(meetings_in, text):
    found = meetings_in(text, published=date(2025, 7, 2))
    cities = {m.place.city: len(m.participants) for m in found if m.place is not None}
    assert cities == {"Pretoria": 4, "Luanda": 2} or cities == {"Jakarta": 3, "Singapore": 2}


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian President John Mahama arrived in Abuja on Monday night and was received at Nnamdi "
        "Azikiwe International Airport by Nigerian Foreign Minister Yusuf Tuggar. The Ghanaian "
        "delegation includes Foreign Minister Samuel Okudzeto Ablakwa.",
        "On arrival at the airport in Abuja on Monday, Ghanaian President John Mahama was welcomed by "
        "Nigerian Vice President Kashim Shettima. The Ghanaian delegation included Foreign Minister "
        "Samuel Okudzeto Ablakwa.",
    ],
)
def test_a_delegations_line_up_does_not_join_a_welcome_where_the_visitor_lands(meetings_in, text):
    (meeting,) = meetings_in(text)
    assert len(meeting.participants) == 2


def test_whom_an_adviser_who_attended_serves_is_not_at_the_meeting(meetings_in):
    text = (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi on Monday. "
        "Jake Sullivan, national security adviser to US President Joe Biden, also attended."
    )
    meeting = only(meetings_in(text, published=date(2024, 3, 5)))
    assert names(meeting) == {"William Ruto", "Yoweri Museveni", "Jake Sullivan"}


def test_guests_a_sentence_names_after_a_summit_to_come_are_of_it(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto will attend on Friday the summit of East African leaders that "
        "Tanzanian President Samia Suluhu Hassan convened in Arusha. Confirmed guests include the "
        "presidents of Rwanda, Paul Kagame, and of Burundi, Evariste Ndayishimiye."
    )
    assert [{p.name for p in m.participants} for m in found] == [
        {"William Ruto", "Samia Suluhu Hassan", "Paul Kagame", "Évariste Ndayishimiye"}
    ]


def test_guests_of_a_summit_told_further_back_are_not_added(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto will attend on Friday the summit of East African leaders that "
        "Tanzanian President Samia Suluhu Hassan convened in Arusha. The leaders are expected to "
        "discuss trade. Guests include Rwandan President Paul Kagame."
    )
    assert [{p.name for p in m.participants} for m in found] == [{"William Ruto", "Samia Suluhu Hassan"}]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Leaders gathered in Addis Ababa for the African Union summit. On Saturday, Ethiopian Prime "
            "Minister Abiy Ahmed received Kenyan President William Ruto at his office. Foreign Minister "
            "Ahmed Attaf represented Algeria at the summit.",
            {"Abiy Ahmed", "William Ruto"},
        ),
        (
            "The ASEAN summit opened in Vientiane on Wednesday. Laotian Prime Minister Sonexay Siphandone "
            "met Thai Prime Minister Paetongtarn Shinawatra on its sidelines. Myanmar was represented at "
            "the summit by a senior diplomat, Aung Kyaw Moe.",
            {"Sonexay Siphandone", "Paetongtarn Shinawatra"},
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva flew to Santiago, where President Gabriel Boric "
            "received him on Monday. Bolivia's Foreign Minister Celinda Sosa represented her country at the "
            "forum instead.",
            {"Gabriel Boric", "Luiz Inácio Lula da Silva"},
        ),
    ],
)
def test_one_who_represented_a_country_at_the_summit_is_not_at_the_talks_before(meetings_in, text, pair):
    # "represented Algeria at the summit": there on a country's behalf, as one who attended it
    found = meetings_in(text)
    talks = [m for m in found if len(m.participants) >= 2]
    assert talks and all({p.name for p in m.participants} == pair for m in talks)


@pytest.mark.parametrize(
    ("text", "city", "met"),
    [
        (
            "Rwandan President Paul Kagame arrived in Kampala on Thursday for a two-day visit. The trip "
            "comes "
            "a week after President Yoweri Museveni met Kagame in Kigali on November 11. The Rwandan "
            "delegation includes Foreign Minister Olivier Nduhungirehe and adviser Jean Mugabo.",
            "Kigali",
            ["Paul Kagame", "Yoweri Museveni"],
        ),
        (
            "Vietnamese Prime Minister Pham Minh Chinh is in Canberra this week. He held talks with Anthony "
            "Albanese in Sydney on November 4. The Vietnamese delegation comprises Deputy Prime Minister Bui "
            "Thanh Son and minister Nguyen Hong Dien.",
            "Sydney",
            ["Anthony Albanese", "Pham Minh Chinh"],
        ),
    ],
)
def test_a_line_up_told_now_is_not_that_of_a_meeting_days_before(meetings_in, text, city, met):
    there = [m for m in meetings_in(text) if m.place is not None and m.place.city == city]
    assert [sorted(p.name for p in m.participants) for m in there] == [met]


@pytest.mark.parametrize(
    ("text", "aides"),
    [
        (
            "Brazilian President Luiz Inacio Lula da Silva received Chilean President Gabriel Boric at the "
            "Planalto Palace on Tuesday. Foreign Minister Mauro Vieira was present at the meeting.",
            {"Mauro Vieira"},
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba held talks with Philippine President Ferdinand Marcos "
            "in Manila on Wednesday. Chief Cabinet Secretary Yoshimasa Hayashi sat in on the talks.",
            {"Yoshimasa Hayashi"},
        ),
        (
            "Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius last week. "
            "Defence ministers Wladyslaw Kosiniak-Kamysz and Laurynas Kasciunas were also present.",
            {"Wladyslaw Kosiniak-Kamysz", "Laurynas Kasciunas"},
        ),
    ],
)
def test_those_only_present_at_or_sitting_in_on_leaders_talks_are_aides_not_parties(meetings_in, text, aides):
    found = meetings_in(text, published=date(2025, 4, 9))
    assert len(found) == 1
    assert len(found[0].participants) == 2
    assert not aides & {p.name for p in found[0].participants}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "South African President Cyril Ramaphosa on Thursday joined the SADC summit, held by "
            "videoconference. The summit was chaired by Zimbabwean President Emmerson Mnangagwa. The "
            "virtual meeting was attended by Angolan President Joao Lourenco and Zambian President Hakainde "
            "Hichilema.",
            ["Cyril Ramaphosa", "Emmerson Mnangagwa", "Hakainde Hichilema", "João Lourenço"],
        ),
        (
            "Kenyan President William Ruto on Monday took part in the summit of the East African Community, "
            "held via videoconference. The summit was chaired by Burundian President Evariste Ndayishimiye. "
            "The online meeting was attended by Ugandan President Yoweri Museveni and Rwandan President Paul "
            "Kagame.",
            ["Paul Kagame", "William Ruto", "Yoweri Museveni", "Évariste Ndayishimiye"],
        ),
        (
            "Chancellor Olaf Scholz held a video conference with French President Emmanuel Macron on "
            "Tuesday. The virtual talks were also attended by Polish Prime Minister Donald Tusk and "
            "Italian Prime Minister Giorgia Meloni.",
            ["Donald Tusk", "Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"],
        ),
    ],
)
def test_the_online_meeting_after_one_held_by_video_is_that_meeting_told_again(meetings_in, text, met):
    found = meetings_in(text)
    assert [sorted(p.name for p in m.participants) for m in found] == [met]


def test_a_virtual_summit_after_talks_in_person_is_a_gathering_of_its_own(meetings_in):
    found = meetings_in(
        "Premier Li Qiang met Brazilian President Lula in Beijing on Monday. The virtual summit of BRICS "
        "leaders on Tuesday was attended by Indian Prime Minister Narendra Modi and South African President "
        "Cyril Ramaphosa."
    )
    met = [sorted(p.name for p in m.participants) for m in found]
    assert ["Li Qiang", "Luiz Inácio Lula da Silva"] in met


@pytest.mark.parametrize(
    ("text", "aides"),
    [
        (
            "Chinese President Xi Jinping met Brazilian President Lula da Silva in Brasilia on Wednesday. "
            "Apart from the two leaders, only Foreign Minister Wang Yi and Foreign Minister Mauro Vieira "
            "were in the room.",
            {"Wang Yi", "Mauro Vieira"},
        ),
        (
            "Erdogan received Aliyev at the Dolmabahce Palace on Sunday. Joining the two leaders at the "
            "table were Turkish Foreign Minister Hakan Fidan and Azerbaijani Foreign Minister Jeyhun "
            "Bayramov.",
            {"Hakan Fidan", "Jeyhun Bayramov"},
        ),
        (
            "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis "
            "Ababa on Monday. Around the table sat Kenyan Foreign Minister Musalia Mudavadi and Ethiopian "
            "Foreign Minister Taye Atske Selassie.",
            {"Musalia Mudavadi", "Taye Atske Selassie"},
        ),
    ],
)
def test_those_told_in_the_room_or_at_the_table_join_the_meeting_just_told(meetings_in, text, aides):
    found = meetings_in(text)
    assert len(found) == 1, pairs(found)
    assert aides <= {p.name for p in found[0].participants}, pairs(found)


@pytest.mark.parametrize(
    "second",
    [
        "Former Prime Minister Fumio Kishida later took questions in the briefing room.",
        "A trade deal is now on the table, Foreign Minister Takeshi Iwaya said.",
        "Former Prime Minister Fumio Kishida smiled as Modi thanked everyone in the room for the welcome.",
    ],
)
def test_a_room_of_its_own_use_or_a_thing_on_the_table_adds_no_one(meetings_in, second):
    found = meetings_in(
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on "
        "Saturday. " + second
    )
    assert pairs(found) == [("Narendra Modi", "Shigeru Ishiba")]


@pytest.mark.parametrize(
    "text",
    [
        "Pope Francis landed in Nairobi on Friday. President William Ruto greeted him at the airport.\n\n"
        "Cardinal John Njue then joined the pope for talks with Ruto at State House.",
        "King Charles flew into Canberra on Monday. He was greeted on the tarmac by Prime Minister "
        "Anthony Albanese.\n\nForeign Secretary David Lammy later joined the King for a meeting "
        "with Albanese at Parliament House.",
        "Emmanuel Macron arrived in Dakar on Monday and was welcomed at the airport by President "
        "Macky Sall.\n\nPrime Minister Amadou Ba joined the two presidents for talks at the "
        "palace.",
    ],
)
def test_one_who_joins_a_meeting_after_an_airport_welcome_is_not_at_the_welcome(meetings_in, text):
    welcome = next(m for m in meetings_in(text) if m.arrival)
    assert len(welcome.participants) == 2


@pytest.mark.parametrize(
    ("text", "three"),
    [
        (
            "US Secretary of State Antony Blinken met Egyptian President Abdel Fattah al-Sisi in Cairo on "
            "Thursday. Blinken was accompanied by Israeli Defence Minister Yoav Gallant.",
            {"Antony Blinken", "Abdel Fattah el-Sisi", "Yoav Gallant"},
        ),
        (  # a visit to someone named is a meeting with that one, attended as a meeting is
            "Brazilian President Luiz Inacio Lula da Silva flew to Asuncion on Friday to visit former "
            "Paraguayan president Fernando Lugo at his home. Lula was accompanied by President-elect "
            "Santiago Pena.",
            {"Luiz Inácio Lula da Silva", "Fernando Lugo", "Santiago Peña"},
        ),
    ],
)
def test_one_who_came_along_as_a_side_of_their_own_joins_the_meeting(meetings_in, text, three):
    """ "A was accompanied by B" tells A's party on the trip, unless B is no member of it: of
    another country than A's, or a leader not told to be A's compatriot."""
    (meeting,) = meetings_in(text, published=date(2024, 3, 9))
    assert {p.name for p in meeting.participants} == three


@pytest.mark.parametrize(
    "text",
    [
        "King Abdullah II received President Macky Sall in Amman on Friday. The King was accompanied by "
        "Crown Prince Hussein bin Abdullah.",
        "Kenyan President William Ruto travelled to Kampala on Saturday to visit Ugandan President Yoweri "
        "Museveni at his farm in Kisozi. Ruto was accompanied by Foreign Minister Musalia Mudavadi.",
    ],
)
def test_a_compatriot_who_came_along_is_not_at_the_meeting(meetings_in, text):
    (meeting,) = meetings_in(text, published=date(2024, 3, 9))
    assert len(meeting.participants) == 2


# -- a call of one named host with leaders unnamed, and a line naming those on it ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Japanese Prime Minister Shigeru Ishiba held a video call with Pacific leaders on Tuesday evening. "
        "On the line: Fijian Prime Minister Sitiveni Rabuka, Palau's President Surangel Whipps and Tongan "
        "Prime Minister Aisake Eke.",
        "Japanese Prime Minister Shigeru Ishiba held a video call with Pacific leaders on Tuesday evening. "
        "Fijian Prime Minister Sitiveni Rabuka, Palau's President Surangel Whipps and Tongan Prime "
        "Minister Aisake Eke took part in the call.",
    ],
)
def test_those_on_the_line_of_a_call_with_leaders_unnamed_join_its_host(meetings_in, text):
    (meeting,) = meetings_in(text)
    assert meeting.kind == "video" and len(meeting.participants) == 4
    assert "Shigeru Ishiba" in {p.name for p in meeting.participants}


def test_a_line_after_a_call_of_two_named_adds_no_one(meetings_in):
    text = (
        "Japanese Prime Minister Shigeru Ishiba held a video call with Fijian Prime Minister Sitiveni "
        "Rabuka on Tuesday evening. On the line: a dozen aides and Palau's President Surangel Whipps."
    )
    assert pairs(meetings_in(text)) == [("Shigeru Ishiba", "Sitiveni Rabuka")]


def test_those_at_an_earlier_edition_told_with_its_own_time_do_not_join_the_meeting_before(meetings_in):
    found = meetings_in(
        "Chinese Premier Li Qiang met Japanese Prime Minister Fumio Kishida on Sunday on the sidelines of "
        "the China-Japan-ROK Leaders' Meeting.\n"
        "The eighth China-Japan-ROK Leaders' Meeting was held in Chengdu in December 2019, attended by "
        "then Chinese Premier Li Keqiang, then Japanese Prime Minister Shinzo Abe and then ROK "
        "President Moon Jae-in.",
        published=date(2024, 5, 27),
    )
    news = next(m for m in found if "Li Qiang" in {p.name for p in m.participants})
    assert {p.name for p in news.participants} == {"Li Qiang", "Fumio Kishida"}


@pytest.mark.parametrize(
    "text",
    [
        "Sisi received Lavrov in Cairo on Sunday. Ethiopia will be represented by its foreign minister, Taye"
        " Atske Selassie.",
        "Sisi received Lavrov in Cairo on Sunday. Chad will be represented by Prime Minister Succes Masra.",
    ],
)
def test_one_who_will_represent_a_country_is_not_at_the_meeting_held(meetings_in, text):
    """ "Peru will be represented by its cabinet chief": the line-up of a gathering still to come,
    not one more at the talks just told."""
    assert pairs(meetings_in(text)) == [("Abdel Fattah el-Sisi", "Sergey Lavrov")]


@pytest.mark.parametrize(
    "text",
    [
        "Ruto hosted Museveni at State House in Nairobi on Monday. Tanzania was represented by Vice President"
        " Philip Mpango.",
        "Ruto hosted Museveni at State House in Nairobi on Monday. Tanzania is represented at the talks by"
        " Vice President Philip Mpango.",
    ],
)
def test_one_who_represented_a_country_at_the_meeting_held_joins_it(meetings_in, text):
    assert pairs(meetings_in(text)) == [("Philip Mpango", "William Ruto", "Yoweri Museveni")]


@pytest.mark.parametrize(
    "text",
    [
        "The accord was sealed on February 29, 2020, when US envoy Zalmay Khalilzad and Taliban leader "
        "Abdul Ghani Baradar signed it at a Doha hotel, with Secretary of State Mike Pompeo in the room.",
        "Ethiopian Prime Minister Abiy Ahmed met Eritrean President Isaias Afwerki in Asmara on Monday, "
        "with Somali President Hassan Sheikh Mohamud in the room.",
    ],
)
def test_one_told_in_the_room_was_at_the_meeting(meetings_in, text):
    found = meetings_in(text, published=date(2024, 11, 19))
    assert len(found) == 1 and len(found[0].participants) == 3


def test_room_that_is_no_room_of_the_talks_puts_no_one_there(meetings_in):
    text = (
        "Ethiopian Prime Minister Abiy Ahmed met Eritrean President Isaias Afwerki in Asmara on Monday, "
        "with Somali President Hassan Sheikh Mohamud seeing room for a deal in the region."
    )
    found = meetings_in(text, published=date(2024, 11, 19))
    assert [len(m.participants) for m in found] == [2]
