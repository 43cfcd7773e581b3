"""Together or one at a time: whether people named with one meeting word met all together
(extract/together.py)."""

from datetime import date

import pytest

from extract.people import Cluster
from extract.together import one_family


def names(meeting):
    return {p.name for p in meeting.participants}


def test_a_list_met_is_one_meeting_when_the_summit_is_named_next(meetings_in):
    text = (
        "Japanese Prime Minister Shigeru Ishiba met with President of Fiji Sitiveni Rabuka, Prime "
        "Minister of Samoa Fiame Naomi Mata'afa and President of Palau Surangel Whipps in Tokyo on "
        "Wednesday. Addressing the summit, Rabuka praised the new fund for the islands."
    )
    meetings = meetings_in(text, published=date(2024, 7, 18))
    assert len(meetings) == 1, [sorted(names(m)) for m in meetings]
    assert {"Shigeru Ishiba", "Sitiveni Rabuka", "Surangel Whipps"} <= names(meetings[0])


def test_a_list_met_on_a_summits_sidelines_stays_apart_when_the_summit_is_named_next(meetings_in):
    text = (
        "Japanese Prime Minister Shigeru Ishiba met Fijian Prime Minister Sitiveni Rabuka and Palau's "
        "President Surangel Whipps on the sidelines of the Pacific Islands Forum on Wednesday. The "
        "summit ended with a statement on climate finance."
    )
    meetings = meetings_in(text, published=date(2024, 7, 18))
    assert sorted(len(m.participants) for m in meetings) == [2, 2], [sorted(names(m)) for m in meetings]


def test_a_tripartite_summit_is_a_format_of_three_as_a_trilateral_one_is(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto arrived in Kampala on Friday to take part in a tripartite summit "
        "with Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan.",
        published=date(2024, 3, 9),
    )
    # one meeting of the three sides; "tripartite" names no format of their countries, no occasion
    # (see test_occasions.test_a_tripartite_summit_is_the_meeting_of_its_sides_not_a_named_format)
    assert [len(m.participants) for m in found] == [3]
    assert [m.occasion for m in found] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba and Australian "
        "Prime Minister Anthony Albanese in Tokyo on Monday, a three-way meeting on maritime security.",
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni and Tanzanian President "
        "Samia Suluhu Hassan in Arusha on Tuesday, a trilateral summit that ended without a deal.",
    ],
)
def test_a_clause_summed_up_after_a_comma_as_a_three_way_meeting_is_one_meeting(meetings_in, text):
    meetings = meetings_in(text)
    assert [len(m.participants) for m in meetings] == [3], [sorted(names(m)) for m in meetings]


def test_a_three_way_summit_after_a_preposition_leaves_the_meetings_before_it_apart(meetings_in):
    text = (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni and Tanzanian President "
        "Samia Suluhu Hassan in Arusha on Tuesday, ahead of a trilateral summit next month."
    )
    held = [m for m in meetings_in(text) if m.kind == "in_person"]
    assert sorted(len(m.participants) for m in held) == [2, 2], [sorted(names(m)) for m in held]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's President William Ruto met Somali President Hassan Sheikh Mohamud and Ethiopian Prime "
        "Minister Abiy Ahmed for nearly three hours at State House in Nairobi last Thursday.",
        "Argentine President Javier Milei has been meeting Chilean President Gabriel Boric and Uruguayan "
        "President Luis Lacalle Pou for ninety minutes in Montevideo.",
        "Vietnamese President To Lam held talks with Lao President Thongloun Sisoulith and Cambodian Prime "
        "Minister Hun Manet for two hours in Hanoi on Friday.",
    ],
)
def test_a_list_met_for_one_length_of_time_is_one_sitting(meetings_in, text):
    meetings = meetings_in(text)
    assert [len(m.participants) for m in meetings] == [3], [sorted(names(m)) for m in meetings]


def test_a_list_met_for_a_length_each_stays_apart(meetings_in):
    meetings = meetings_in("Prime Minister Narendra Modi met Milei and Boric for an hour each on Monday.")
    assert sorted(len(m.participants) for m in meetings) == [2, 2], [sorted(names(m)) for m in meetings]


@pytest.mark.parametrize(
    "text",
    [
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba and UN "
        "Secretary-General Antonio Guterres in New York on Tuesday.",
        "Kenyan President William Ruto held talks with Somali President Hassan Sheikh Mohamud and "
        "African Union Commission chairman Moussa Faki Mahamat in Nairobi.",
        "The Polish president will meet his Lithuanian counterpart Gitanas Nauseda and NATO chief Mark "
        "Rutte in Warsaw next week.",
    ],
)
def test_a_leader_met_with_the_head_of_an_international_body_is_one_meeting_of_the_three(meetings_in, text):
    meetings = meetings_in(text)
    assert [len(m.participants) for m in meetings] == [3], [sorted(names(m)) for m in meetings]


@pytest.mark.parametrize(
    "text",
    [
        # on a gathering's sidelines a guest meets each in turn
        "On the sidelines of the General Assembly, Indian Prime Minister Narendra Modi met Japanese Prime "
        "Minister Shigeru Ishiba and UN Secretary-General Antonio Guterres.",
        # told apart
        "The Polish president will meet his Lithuanian counterpart Gitanas Nauseda and NATO chief Mark "
        "Rutte separately in Warsaw.",
        # two governments, no body
        "Turkish Foreign Minister Hakan Fidan met Iran's Abbas Araghchi and Uzbekistan's Bakhtiyor Saidov "
        "in Ankara.",
    ],
)
def test_those_met_stay_apart_without_a_bodys_head_or_on_the_sidelines(meetings_in, text):
    meetings = meetings_in(text)
    assert [len(m.participants) for m in meetings] == [2, 2], [sorted(names(m)) for m in meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Albanese travelled to Tokyo in May, together with Chris Hipkins, for talks with Fumio Kishida.",
            {"Anthony Albanese", "Chris Hipkins", "Fumio Kishida"},
        ),
        (
            "Mexican President Claudia Sheinbaum flew to Ottawa last week together with Colombian President "
            "Gustavo Petro for talks with Mark Carney.",
            {"Claudia Sheinbaum", "Gustavo Petro", "Mark Carney"},
        ),
        (
            "Along with Prime Minister Luc Frieden, President Ruto went to Brasilia on Tuesday for a meeting "
            "with Lula.",
            {"William Ruto", "Luc Frieden", "Luiz Inácio Lula da Silva"},
        ),
        (
            "Albanese travelled to Tokyo in May, together with Chris Hipkins and Anthony Blinken, for talks "
            "with Fumio Kishida.",
            {"Anthony Albanese", "Chris Hipkins", "Antony Blinken", "Fumio Kishida"},
        ),
    ],
)
def test_those_who_come_together_with_the_visitor_sit_at_one_meeting(meetings_in, text, expected):
    """ "travelled together with B for talks with C", "along with B ... for a meeting with C": B is on
    the traveller's side of one meeting with C, not met by the traveller on his own."""
    (meeting,) = meetings_in(text, date(2024, 11, 19))
    assert names(meeting) == expected


def test_a_with_said_again_without_together_still_tells_one_meeting_each(meetings_in):
    found = meetings_in(
        "Erdogan spoke with Putin on Monday and with Zelensky on Tuesday.", date(2024, 11, 19)
    )
    assert sorted(sorted(names(m)) for m in found) == [
        ["Recep Tayyip Erdogan", "Vladimir Putin"],
        ["Recep Tayyip Erdogan", "Volodymyr Zelensky"],
    ]


def test_guests_a_host_brings_to_a_gathering_counted_as_one_group_meet_together(meetings_in):
    text = (
        "French President Emmanuel Macron hosted Armenian Prime Minister Nikol Pashinyan and Azerbaijani "
        "President Ilham Aliyev on the sidelines of the European Political Community summit in Granada on "
        "Thursday, where the three leaders discussed the peace talks."
    )
    (meeting,) = meetings_in(text)
    assert {p.name for p in meeting.participants} == {"Emmanuel Macron", "Nikol Pashinyan", "Ilham Aliyev"}


@pytest.mark.parametrize(
    "text",
    [
        "Indian Prime Minister Narendra Modi arrived in Astana on Thursday. On Friday Modi met the three "
        "Central Asian foreign ministers - Bakhtiyor Saidov of Uzbekistan, Murat Nurtleu of Kazakhstan and "
        "Jeenbek Kulubaev of Kyrgyzstan - in Astana.",
        "Chinese Foreign Minister Wang Yi arrived in Vienna on Sunday. Wang will meet the three Baltic "
        "foreign ministers - Gabrielius Landsbergis of Lithuania, Margus Tsahkna of Estonia and Baiba Braze "
        "of Latvia - in Vienna on Monday.",
        "British Foreign Secretary David Lammy arrived in Canberra. Lammy had talks with the three Pacific "
        "foreign ministers - Winston Peters of New Zealand, Penny Wong of Australia and Mark Brown of the "
        "Cook Islands - on Thursday.",
    ],
)
def test_a_counted_group_listed_by_name_after_its_count_is_met_in_one_sitting(meetings_in, text):
    meetings = meetings_in(text)
    assert [len(m.participants) for m in meetings] == [4], [sorted(names(m)) for m in meetings]


@pytest.mark.parametrize(
    "text",
    [
        "Crown Princess Victoria and Prince Carl Philip greeted the Norwegian royal couple at the harbour.",
        "UN Secretary-General Antonio Guterres and Kenyan President William Ruto greeted the royal couple "
        "at the UN compound in Nairobi.",
        "Commission President Ursula von der Leyen and Council President Charles Michel received the "
        "imperial couple in Brussels.",
    ],
)
def test_two_who_greet_a_couple_no_name_tells_greet_it_as_one_side_not_each_other(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, Chinese Premier Li Qiang met the leaders of the Mekong-Lancang group, Cambodian Prime "
        "Minister Hun Manet, Lao Prime Minister Sonexay Siphandone and Thai Prime Minister Srettha Thavisin.",
        "Indian Prime Minister Narendra Modi held talks in Copenhagen on Friday with the leaders of the "
        "Nordic Council - Norway's Jonas Gahr Store, Sweden's Ulf Kristersson and Denmark's Mette "
        "Frederiksen.",
        "German Chancellor Olaf Scholz will meet the leaders of the Baltic Assembly, Estonia's Kaja Kallas, "
        "Latvia's Krisjanis Karins and Lithuania's Ingrida Simonyte, in Riga on Monday.",
    ],
)
def test_the_members_of_a_body_listed_after_it_are_met_in_one_sitting(meetings_in, text):
    """ "met the leaders of the Visegrad Group - A, B, C and D": one meeting of them all."""
    assert [len(m.participants) for m in meetings_in(text)] == [4]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        (
            "Brazilian President Lula da Silva met fellow Mercosur presidents - Argentina's Javier Milei, "
            "Paraguay's Santiago Pena and Uruguay's Luis Lacalle Pou - in Asuncion on Monday.",
            4,
        ),
        (
            "US Secretary of State Antony Blinken met his Quad counterparts, Penny Wong, Subrahmanyam "
            "Jaishankar and Yoko Kamikawa, in Tokyo on Monday.",
            4,
        ),
        (
            "Russian President Vladimir Putin held talks with fellow BRICS leaders Xi Jinping and Narendra "
            "Modi in Kazan on Tuesday.",
            3,
        ),
    ],
)
def test_a_group_named_for_its_body_with_its_members_listed_is_met_in_one_sitting(meetings_in, text, size):
    """ "met fellow Quad leaders - A, B and C": one meeting of the group, as "the leaders of the
    Visegrad Group" is."""
    meetings = meetings_in(text)
    assert [len(m.participants) for m in meetings] == [size], [sorted(names(m)) for m in meetings]


@pytest.mark.parametrize(
    "text",
    [
        # named for the countries they come from
        "Chinese Foreign Minister Wang Yi held talks with his Russian and Indian counterparts, Sergei Lavrov "
        "and Subrahmanyam Jaishankar, in Moscow on Friday.",
        "Kenyan President William Ruto met fellow African leaders Abiy Ahmed and Paul Kagame in Addis Ababa.",
        # on the sidelines of the group's own summit: the bilaterals it is the occasion of
        "On the sidelines of the BRICS summit in Kazan, Indian Prime Minister Narendra Modi met his BRICS "
        "counterparts Xi Jinping and Cyril Ramaphosa.",
    ],
)
def test_a_group_named_for_where_they_come_from_or_met_at_its_own_summit_is_met_one_by_one(meetings_in, text):
    meetings = meetings_in(text)
    assert [len(m.participants) for m in meetings] == [2, 2], [sorted(names(m)) for m in meetings]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto flew to Addis Ababa, where he met Prime Minister Abiy Ahmed and "
        "Foreign Minister Taye Atske Selassie on Tuesday.",
        "German Chancellor Olaf Scholz will meet Prime Minister Fumio Kishida and Foreign Minister Yoko "
        "Kamikawa in Tokyo on Sunday.",
        "Australian Foreign Minister Penny Wong arrives in Suva on Tuesday, where she will meet Prime "
        "Minister Sitiveni Rabuka and Deputy Prime Minister Biman Prasad.",
    ],
)
def test_a_visitor_meeting_a_governments_leader_and_minister_in_their_country_meets_them_once(
    meetings_in, text
):
    """A stop of a trip: the host government's leader and its minister sit with the visitor."""
    meetings = meetings_in(text)
    assert [len(m.participants) for m in meetings] == [3], [sorted(names(m)) for m in meetings]


@pytest.mark.parametrize(
    "text",
    [
        # two leaders of one government each receive the visitor
        "Japanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping and Chinese Premier Li "
        "Qiang in Beijing on Monday.",
        # ministers without their leader, each met in turn
        "Kenyan President William Ruto will meet Ethiopian Deputy Prime Minister Temesgen Tiruneh and "
        "Foreign Minister Taye Atske Selassie in Addis Ababa on Tuesday.",
        # a speaker of parliament is of another body
        "Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda and Polish Speaker Szymon "
        "Holownia in Warsaw on Monday.",
        # two governments
        "Turkish Foreign Minister Hakan Fidan met Iranian Foreign Minister Abbas Araghchi and Pakistani "
        "Foreign Minister Ishaq Dar in Jeddah on Friday.",
        # not in their country
        "Japanese Prime Minister Shigeru Ishiba met Kenyan President William Ruto and Kenyan Foreign "
        "Minister Musalia Mudavadi in Tokyo on Monday.",
    ],
)
def test_two_leaders_lone_ministers_another_body_or_another_place_leave_those_met_apart(meetings_in, text):
    meetings = meetings_in(text)
    assert [len(m.participants) for m in meetings] == [2, 2], [sorted(names(m)) for m in meetings]


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        (
            "Indian Prime Minister Narendra Modi held a bilateral meeting with Japanese Prime Minister Fumio "
            "Kishida and Japanese Foreign Minister Yoko Kamikawa in Tokyo.",
            [3],
        ),
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan held a separate meeting with Turkish President "
            "Recep Tayyip Erdogan and Turkish Foreign Minister Hakan Fidan in Ankara.",
            [3],
        ),
        # in the plural: one each
        (
            "Indian Prime Minister Narendra Modi held separate meetings with Japanese Prime Minister Fumio "
            "Kishida and Japanese Foreign Minister Yoko Kamikawa in Tokyo.",
            [2, 2],
        ),
        # of two governments: one each, whatever the number
        (
            "Indian Prime Minister Narendra Modi held a bilateral meeting with Joe Biden and Fumio Kishida "
            "in Tokyo.",
            [2, 2],
        ),
    ],
)
def test_a_separate_or_bilateral_meeting_in_the_singular_with_one_side_is_one_meeting(
    meetings_in, text, sizes
):
    """ "held a separate meeting with A and B" of one government: one meeting, separate from those told
    before, not one with each."""
    meetings = meetings_in(text)
    assert [len(m.participants) for m in meetings] == sizes, [sorted(names(m)) for m in meetings]


def test_one_met_with_a_companion_in_a_separate_meeting_sits_with_them_once(meetings_in):
    text = (
        "Omani Foreign Minister Badr bin Hamad Albusaidi hosted the talks in Muscat. The American side was "
        "headed by Steve Witkoff, the US President's Special Envoy to the Middle East. Sayyid Badr also held "
        "a separate meeting with Witkoff, who was accompanied by Ana Escrogima, the US Ambassador to the "
        "Sultanate of Oman."
    )
    assert {"Ana Escrogima", "Badr bin Hamad Albusaidi", "Steve Witkoff"} in [
        names(m) for m in meetings_in(text)
    ]


def test_several_hosted_by_video_link_while_a_summit_is_told_are_one_virtual_meeting(meetings_in):
    text = (
        "Russia chaired the BRICS summit in 2020. Russian President Vladimir Putin hosted South Africa's "
        "Cyril Ramaphosa, China's Xi Jinping and India's Narendra Modi by video link on November 17, 2020."
    )
    meetings = meetings_in(text)
    assert [(len(m.participants), m.kind) for m in meetings] == [(4, "video")]


def test_several_hosted_in_person_on_a_summits_sidelines_are_still_received_one_by_one(meetings_in):
    text = (
        "Russia chaired the BRICS summit in 2020. On the sidelines of the summit, Russian President Vladimir "
        "Putin hosted South Africa's Cyril Ramaphosa and China's Xi Jinping on November 17."
    )
    assert [len(m.participants) for m in meetings_in(text)] == [2, 2]


# -- hosts named together, who each receive a group for talks -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ramaphosa said on Tuesday that Russian President Vladimir Putin and Ukraine's Volodymyr Zelenskiy"
        " had agreed to receive a group of African leaders to discuss a possible plan to end the war.",
        "Ruto and Museveni agreed to receive a group of church leaders to discuss the border dispute.",
    ],
)
def test_hosts_who_receive_an_unnamed_group_to_talk_did_not_meet_each_other(meetings_in, text):
    assert meetings_in(text) == []


def test_hosts_who_receive_a_named_guest_to_talk_meet_the_guest(meetings_in):
    text = "Ruto and Museveni agreed to receive Tshisekedi in Nairobi to discuss the border dispute."
    assert any(names(m) == {"William Ruto", "Yoweri Museveni", "Félix Tshisekedi"} for m in meetings_in(text))


# -- talks told as a round: the sides of one negotiation at one table --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani held a new round of talks with CIA Director "
        "William Burns and Mossad chief David Barnea in Doha on Friday.",
        "Turkish Foreign Minister Hakan Fidan held a second round of talks with Ethiopian Foreign Minister "
        "Taye Atske Selassie and Somali Foreign Minister Ahmed Moallim Fiqi in Ankara on Tuesday.",
    ],
)
def test_a_round_of_talks_with_two_sides_is_one_sitting_of_the_three(meetings_in, text):
    assert [len(m.participants) for m in meetings_in(text)] == [3]


def test_talks_with_two_told_as_no_round_stay_one_with_each(meetings_in):
    text = (
        "Turkish Foreign Minister Hakan Fidan held talks with Ethiopian Foreign Minister Taye Atske Selassie "
        "and Somali Foreign Minister Ahmed Moallim Fiqi in Ankara on Tuesday."
    )
    assert [len(m.participants) for m in meetings_in(text)] == [2, 2]


# -- a list met as one sitting: counted doing what a sitting ends with, in a format of several sides,
# at the home of one of them ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "size"),
    [
        (
            "Greek Prime Minister Kyriakos Mitsotakis met Cypriot President Nikos Christodoulides, Israeli "
            "Prime Minister Benjamin Netanyahu and Jordan's King Abdullah II in Athens on Monday. The four "
            "emerged with a joint statement on energy links.",
            4,
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni and Tanzanian President "
            "Samia Suluhu Hassan in Arusha on Tuesday. The three leaders signed a joint declaration on the "
            "railway.",
            3,
        ),
    ],
)
def test_a_list_met_then_counted_doing_what_one_sitting_ends_with_is_one_meeting(meetings_in, text, size):
    """ "A met B, C and D. The four emerged with a memorandum": one meeting of the four."""
    assert [len(m.participants) for m in meetings_in(text)] == [size]


@pytest.mark.parametrize(
    "text",
    [
        # a count that is not the list's
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni and Tanzanian President Samia "
        "Suluhu Hassan in Arusha on Tuesday. The two leaders signed a deal on the railway.",
        # something done after, not what a sitting ends with
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni and Tanzanian President Samia "
        "Suluhu Hassan in Arusha on Tuesday. The three leaders later flew home.",
    ],
)
def test_a_list_met_then_counted_otherwise_stays_a_meeting_with_each(meetings_in, text):
    assert [len(m.participants) for m in meetings_in(text)] == [2, 2]


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        (
            "Armenian Prime Minister Nikol Pashinyan met French President Emmanuel Macron, German Chancellor "
            "Olaf Scholz and European Council President Charles Michel on the sidelines of the summit in "
            "Granada, in a format designed to include Azerbaijani President Ilham Aliyev.",
            [4],
        ),
        (
            "Chinese Foreign Minister Wang Yi held four-nation talks with Pakistani Foreign Minister Ishaq "
            "Dar, Iranian Foreign Minister Abbas Araghchi and Russian Foreign Minister Sergei Lavrov in "
            "Tashkent on Friday.",
            [4],
        ),
        (
            "Armenian Prime Minister Nikol Pashinyan met French President Emmanuel Macron and German "
            "Chancellor Olaf Scholz on the sidelines of the summit in Granada, in a bilateral format.",
            [2, 2],
        ),
    ],
)
def test_a_list_met_in_a_format_of_several_sides_is_one_meeting(meetings_in, text, sizes):
    assert [len(m.participants) for m in meetings_in(text)] == sizes


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        (
            "Argentine President Javier Milei met U.S. President-elect Donald Trump and billionaire Elon "
            "Musk at Trump's Mar-a-Lago estate in Palm Beach on Thursday.",
            [3],
        ),
        (
            "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin and Belarusian "
            "President Alexander Lukashenko at his residence in Delhi on Monday.",
            [2, 2],
        ),
    ],
)
def test_guests_met_at_the_home_of_one_of_them_sit_together(meetings_in, text, sizes):
    assert [len(m.participants) for m in meetings_in(text)] == sizes


# -- one met with several a meeting told before brought together with that one: that sitting again ----
_BROUGHT_TOGETHER = (
    "Serbian President Aleksandar Vucic pulled out of talks on Wednesday. The meeting in Brussels was "
    "meant to bring together Vucic and Kosovo Prime Minister Albin Kurti with EU foreign policy chief "
    "Josep Borrell, French President Emmanuel Macron and German Chancellor Olaf Scholz. "
)


def test_one_to_meet_several_a_meeting_before_brought_together_with_that_one_meets_them_at_once(meetings_in):
    text = (
        _BROUGHT_TOGETHER
        + "Kurti is still expected to meet Borrell, Macron and Scholz in Brussels on Thursday."
    )
    meetings = meetings_in(text, published=date(2023, 6, 14))
    assert sorted(len(m.participants) for m in meetings) == [4, 5], [sorted(names(m)) for m in meetings]


def test_one_to_meet_several_on_a_summits_sidelines_still_meets_each(meetings_in):
    text = (
        _BROUGHT_TOGETHER + "Kurti is still expected to meet Borrell, Macron and Scholz on the sidelines of "
        "the summit on Thursday."
    )
    kurtis = [m for m in meetings_in(text, published=date(2023, 6, 14)) if "Albin Kurti" in names(m)]
    meetings = [m for m in kurtis if "Aleksandar Vučić" not in names(m)]
    assert sorted(len(m.participants) for m in meetings) == [2, 2, 2], [sorted(names(m)) for m in meetings]


# -- "spoke to A and to B separately on Thursday night": a time naming a day is said of both ----------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The Prime Minister Anwar Ibrahim said he first spoke by telephone to Hun Manet and to Phumtham "
            "Wechayachai separately on Thursday night, hours after the clashes broke out along the border.",
            date(2025, 7, 24),
        ),
        (
            "Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni and with "
            "Tanzanian President Samia Suluhu Hassan late on Sunday night.",
            date(2025, 7, 27),
        ),
    ],
)
def test_a_time_naming_a_day_told_after_the_last_of_each_one_met_dates_every_call(meetings_in, text, day):
    found = meetings_in(text, published=date(2025, 7, 28))
    assert len(found) == 2 and all(m.date is not None and m.date.start == day for m in found)


def test_a_clock_time_told_after_the_last_one_met_dates_no_other_call(meetings_in):
    text = (
        "Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni on Sunday and "
        "with Tanzanian President Samia Suluhu Hassan at 5 pm."
    )
    found = {m.participants[-1].name: m.date for m in meetings_in(text, published=date(2025, 7, 28))}
    assert found["Yoweri Museveni"] is not None and found["Yoweri Museveni"].start == date(2025, 7, 27)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Foreign Minister Wang Yi met with senior Hamas official Mousa Abu Marzouk and Fatah "
        "deputy chairman Mahmoud al-Aloul, along with the heads of other delegations.",
        "Turkish President Recep Tayyip Erdogan met Palestinian President Mahmoud Abbas and Hamas leader "
        "Ismail Haniyeh in Ankara, along with members of their delegations.",
    ],
)
def test_those_met_along_with_an_unnamed_group_are_met_at_one_sitting(meetings_in, text):
    meetings = meetings_in(text)
    assert [len(m.participants) for m in meetings] == [3], [sorted(names(m)) for m in meetings]


@pytest.mark.parametrize(
    "text",
    [
        "The last round of the trilateral foreign ministers' dialogue was held in Islamabad in May, "
        "when Chinese Foreign Minister Qin Gang met Pakistan's Bilawal Bhutto Zardari and Afghan "
        "Foreign Minister Amir Khan Muttaqi.",
        "A three-way summit took place in Luanda in March, when Angolan President João Lourenço met "
        "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame.",
    ],
)
def test_a_meeting_told_as_the_time_of_a_gathering_of_several_sides_is_one_of_them_all(meetings_in, text):
    meetings = meetings_in(text)
    assert [len(m.participants) for m in meetings] == [3], [sorted(names(m)) for m in meetings]


def test_relatives_met_who_share_a_family_name_are_met_together(meetings_in):
    meetings = meetings_in("Biden met Yulia Navalnaya and Dasha Navalnaya in San Francisco on Thursday.")
    assert [names(m) for m in meetings] == [{"Joe Biden", "Yulia Navalnaya", "Dasha Navalnaya"}]


def test_only_people_of_no_office_who_share_a_family_name_are_one_family():
    assert one_family([Cluster("Yulia Navalnaya"), Cluster("Dasha Navalnaya")])
    assert not one_family([Cluster("Ella Milman"), Cluster("Mikhail Gershkovich")])
    brothers = [
        Cluster("Shehbaz Sharif", role="Prime Minister"),
        Cluster("Nawaz Sharif", role="Prime Minister"),
    ]
    assert not one_family(brothers)


@pytest.mark.parametrize(
    "text",
    [
        # a gathering of two sides: its time tells nothing of one sitting
        "The bilateral forum was held in Hanoi in May, when Singapore's Prime Minister Lawrence Wong met "
        "Vietnamese President Vo Van Thuong and Prime Minister Pham Minh Chinh.",
        # the group is the doer's own, told before the verb
        "Along with his ministers, South African President Cyril Ramaphosa met Kenyan President "
        "William Ruto and Ugandan President Yoweri Museveni in Pretoria.",
        # met apart, whoever else was there
        "Lavrov met separately with Turkish Foreign Minister Hakan Fidan and Iranian Foreign Minister "
        "Abbas Araghchi, along with other delegations, in Moscow.",
    ],
)
def test_a_gathering_of_two_or_a_group_of_the_doers_own_keep_their_pairs(meetings_in, text):
    meetings = meetings_in(text)
    assert len(meetings) >= 2 and all(len(m.participants) == 2 for m in meetings), [
        sorted(names(m)) for m in meetings
    ]
