"""The day of a meeting told beside another: meanwhile, that same day, after a round of
meetings on one day (extract/sameday.py)."""

from datetime import date

import pytest

ROUND = (
    "On Sunday, NATO Secretary General Mark Rutte held talks with European leaders in Brussels.\n\n"
    "Rutte met with Polish President Andrzej Duda to discuss air defence.\n\n"
)


def test_the_lead_day_of_a_round_of_meetings_dates_the_meetings_told_after_it(meetings_in):
    found = meetings_in(
        ROUND + "He also met with Estonian Prime Minister Kristen Michal.", published=date(2025, 3, 4)
    )
    assert len(found) == 2
    assert {(str(m.date.start), str(m.date.end)) for m in found if m.date} == {("2025-03-02", "2025-03-02")}
    assert all(m.date is not None for m in found)


def test_a_meeting_told_as_background_keeps_no_day(meetings_in):
    text = ROUND + "Rutte had previously met with Estonian Prime Minister Kristen Michal."
    found = meetings_in(text, published=date(2025, 3, 4))
    earlier = [m for m in found if "Kristen Michal" in {p.name for p in m.participants}]
    assert earlier and earlier[0].date is None


def test_the_lead_day_of_a_round_of_meetings_dates_them_where_it_gives_no_place(meetings_in):
    found = meetings_in(
        "On Sunday, UN Secretary-General Antonio Guterres held discussions with regional leaders ahead "
        "of the High-level Week of the UN General Assembly.\n\nGuterres met with Arab League "
        "Secretary-General Ahmed Aboul Gheit to look at how they could cooperate.",
        published=date(2025, 9, 22),
    )
    assert [(str(m.date.start), m.place, m.occasion) for m in found if len(m.participants) == 2] == [
        ("2025-09-21", None, None)
    ]


def _days(found):
    return {
        tuple(sorted(p.name for p in m.participants)): m.date and (str(m.date.start), str(m.date.end))
        for m in found
    }


def test_a_meeting_held_meanwhile_takes_the_date_of_the_meeting_told_before(meetings_in):
    found = meetings_in(
        "On Tuesday, Kenyan President William Ruto and Ugandan President Yoweri Museveni sat down for "
        "talks. Their wives, Rachel Ruto and Janet Museveni, meanwhile, met at the State House.",
        published=date(2025, 2, 5),
    )
    assert _days(found)[("Janet Museveni", "Rachel Ruto")] == ("2025-02-04", "2025-02-04")


def test_a_meeting_held_meanwhile_is_held_where_the_scene_of_the_news_is(meetings_in):
    found = meetings_in(
        "Ruto arrives in Kampala for talks with Museveni\n"
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni sat down for talks on "
        "Tuesday. Their wives, Rachel Ruto and Janet Museveni, meanwhile, met over lunch.",
        published=date(2025, 2, 5),
    )
    places = {tuple(sorted(p.name for p in m.participants)): m.place for m in found}
    wives = places[("Janet Museveni", "Rachel Ruto")]
    assert wives is not None and (wives.city, wives.country) == ("Kampala", "Uganda")


def test_a_call_told_that_same_day_is_held_on_the_day_of_the_meeting_before(meetings_in):
    found = meetings_in(
        "Peruvian President Dina Boluarte and Chilean President Gabriel Boric last met in Lima on 3 May. "
        "Argentine President Javier Milei telephoned Boric that same day.",
        published=date(2024, 9, 2),
    )
    calls = [m for m in found if m.kind == "phone"]
    assert [c.date and str(c.date.start) for c in calls] == ["2024-05-03"]


def test_a_call_told_that_same_day_without_a_dated_meeting_before_keeps_no_day(meetings_in):
    found = meetings_in(
        "Peruvian President Dina Boluarte and Chilean President Gabriel Boric met in Lima. "
        "Argentine President Javier Milei telephoned Boric that same day.",
        published=date(2024, 9, 2),
    )
    calls = [m for m in found if m.kind == "phone"]
    assert calls and all(c.date is None for c in calls)


# paragraphs of what was said, naming no date, longer than a day told is carried back by itself
_SAID = (
    "\n\nDuring the conversation, the two leaders reviewed cooperation in international trade, "
    "renewable energy, maritime security, infrastructure financing and the digital economy, and "
    "agreed that their ministers would draw up a comprehensive programme of cooperation.\n\nThey also "
    "exchanged views on regional developments, stressing the importance of constructive dialogue, "
    "respect for international law and the peaceful settlement of territorial disputes between "
    "neighbouring countries.\n\nThe visiting delegation expressed deep appreciation for continued "
    "support of infrastructure development, including metropolitan railway projects, and both "
    "leaders welcomed the considerable growth of tourism, investment and educational exchanges "
    "between their countries.\n\nThe leaders furthermore underlined the significance of "
    "semiconductors, critical minerals, agricultural modernisation and pharmaceutical manufacturing "
    "for strengthening economic resilience throughout the Indo-Pacific.\n\nParticular attention "
    "was devoted to environmental protection, disaster preparedness, fisheries management and "
    "humanitarian coordination, alongside educational scholarships, vocational training and "
    "scientific collaboration between universities.\n\n"
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Indonesian President Prabowo Subianto spoke by phone with Japanese Prime Minister Shigeru "
            "Ishiba on 30 August." + _SAID + "On the same day, Prabowo held a phone conversation with "
            "Australian Prime Minister Anthony Albanese.",
            date(2024, 8, 30),
        ),
        (
            "Kenyan President William Ruto received Ethiopian Prime Minister Abiy Ahmed at State House "
            "in Nairobi on Tuesday." + _SAID + "That same day, Ruto sat down with Somali President "
            "Hassan Sheikh Mohamud.",
            date(2024, 9, 3),
        ),
        (
            "Chilean President Gabriel Boric hosted Peruvian President Dina Boluarte at La Moneda on "
            "2 September." + _SAID + "Boluarte met Chilean Senate President Jose Garcia Ruminot the "
            "same day.",
            date(2024, 9, 2),
        ),
    ],
)
def test_the_same_day_is_the_day_told_paragraphs_before(meetings_in, text, day):
    found = meetings_in(text, published=date(2024, 9, 4))
    last = max(found, key=lambda m: m.evidence[0].start)
    assert last.date is not None and last.date.start == day


# -- "Before his talks with A, B called on C": the meeting is the call, the talks the one next to it --
@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Vietnamese Prime Minister Pham Minh Chinh and Thai Prime Minister Srettha Thavisin met in "
            "Bangkok on Monday.\n\nBefore his talks with the Thai premier, Pham Minh Chinh called on "
            "King Maha Vajiralongkorn.",
            "Maha Vajiralongkorn",
            date(2024, 6, 17),
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva held talks with Angolan President Joao "
            "Lourenco in Luanda on Friday.\n\nAfter his meeting with the Angolan leader, Lula met "
            "parliament speaker Carolina Cerqueira.",
            "Carolina Cerqueira",
            date(2024, 6, 14),
        ),
    ],
)
def test_a_meeting_verb_after_a_phrase_naming_another_meeting_takes_its_day(meetings_in, text, name, day):
    found = meetings_in(text, published=date(2024, 6, 18))
    found = [m for m in found if name in {p.name for p in m.participants}]
    assert [m.date and m.date.start for m in found] == [day]


# -- a plan hung on the verb it completes ("is due to see"), beside the plan, not an older meeting --
@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Chancellor Olaf Scholz and President Emmanuel Macron are to meet in Paris on Friday. The two "
            "leaders agreed on a plan when they met in Rome last March. Before sitting down with the French "
            "president, Scholz is due to see the Prime Minister, Michel Barnier.",
            "Michel Barnier",
            date(2024, 11, 22),
        ),
        (
            "President William Ruto will hold talks with President Yoweri Museveni in Kampala on Thursday. "
            "They last spoke when they met in Nairobi in 2023. Before meeting the Ugandan leader, Ruto is "
            "expected to see Speaker Anita Among.",
            "Anita Among",
            date(2024, 11, 21),
        ),
    ],
)
def test_a_plan_told_before_or_after_another_plan_takes_that_plans_day(meetings_in, text, name, day):
    found = [m for m in meetings_in(text) if name in {p.name for p in m.participants}]
    assert [m.date and m.date.start for m in found] == [day]


def test_a_plan_beside_a_meeting_dated_only_by_its_month_stays_undated(meetings_in):
    text = (
        "Scholz and Macron met in Rome last March. Before sitting down with the French president, "
        "Scholz is due to see the Prime Minister, Michel Barnier."
    )
    found = [m for m in meetings_in(text) if "Michel Barnier" in {p.name for p in m.participants}]
    assert [m.date for m in found] == [None]


def test_talks_told_after_before_a_verb_of_saying_stay_undated(meetings_in):
    text = (
        "Vietnamese Prime Minister Pham Minh Chinh and Thai Prime Minister Srettha Thavisin met in "
        "Bangkok on Monday.\n\nAfter talks with King Maha Vajiralongkorn, Pham Minh Chinh said ties "
        "had never been stronger."
    )
    found = [m for m in meetings_in(text, published=date(2024, 6, 18)) if len(m.participants) == 2]
    assert all(m.date is None for m in found if "Maha Vajiralongkorn" in {p.name for p in m.participants})


def test_a_visit_told_with_a_reception_is_no_meeting_told_before_an_also(meetings_in):
    text = (
        "MANAMA, May 4 (BNA) -- His Majesty King Hamad bin Isa Al Khalifa received today Prime Minister "
        "Kyriakos Mitsotakis of Greece, who is on an official visit to the Kingdom.\n\n"
        "The two sides reviewed bilateral relations.\n\n"
        "His Royal Highness Crown Prince Salman bin Hamad Al Khalifa also received the Greek Prime Minister."
    )
    found = meetings_in(text, published=date(2025, 5, 4))
    crown = [m for m in found if "Salman bin Hamad Al Khalifa" in {p.name for p in m.participants}]
    assert crown and all(m.date is not None and str(m.date.start) == "2025-05-04" for m in crown)


def test_a_visit_told_in_the_meetings_own_sentence_keeps_it_from_the_day_before(meetings_in):
    text = (
        "Prime Minister Anthony Albanese met President Prabowo Subianto in Jakarta on Monday.\n\n"
        "Earlier on the trip, Albanese paid a state visit to Vietnam, during which he held talks with "
        "Vietnamese Prime Minister Pham Minh Chinh in Hanoi."
    )
    found = meetings_in(text, published=date(2025, 5, 13))
    hanoi = [m for m in found if "Pham Minh Chinh" in {p.name for p in m.participants}]
    assert hanoi and all(m.date is None for m in hanoi)


# The lead's day, given to the news meeting only once the scene is read, still dates the meeting
# told "earlier" a few paragraphs on; a frequency ("every week") between them names no day.
EARLIER_LEADS = [
    (
        "LISBON, March 5 (Reuters) - Portuguese Prime Minister Rui Tavares said on Wednesday that the "
        "fishing accord was close.\n\nTavares spoke at a news conference in Lisbon with Irish Prime "
        'Minister Conor Walsh after the two held talks.\n\n"We talk every week and we agree on most '
        'things," Walsh said.\n\nEarlier, Portuguese President Ana Ribeiro received Walsh in Lisbon, '
        "the presidency said.",
        ("Ana Ribeiro", "Conor Walsh"),
    ),
    (
        "ACCRA, Feb 12 (Reuters) - Ghanaian Foreign Minister Peter Owusu said on Wednesday that the "
        "border dispute was nearly settled.\n\nOwusu spoke at a joint news conference in Accra with "
        'Togolese Foreign Minister Grace Amegah after the two held talks.\n\n"Each day counts for '
        'the families," Amegah said.\n\nEarlier, Ghanaian President Samuel Mensah received Amegah at '
        "Jubilee House, his office said.",
        ("Grace Amegah", "Samuel Mensah"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), EARLIER_LEADS)
def test_a_meeting_told_earlier_takes_the_day_the_lead_gives_the_news(meetings_in, text, pair):
    found = meetings_in(text, published=date(2025, 3, 5) if "LISBON" in text else date(2025, 2, 12))
    days = {tuple(sorted(p.name for p in m.participants if p.name in pair)): m.date for m in found}
    day = days.get(tuple(sorted(pair)))
    wanted = "2025-03-05" if "LISBON" in text else "2025-02-12"
    assert day is not None and (str(day.start), str(day.end)) == (wanted, wanted)


def test_a_meeting_told_earlier_with_a_day_of_its_own_keeps_it(meetings_in):
    text = EARLIER_LEADS[0][0].replace("received Walsh in Lisbon", "received Walsh in Lisbon on Monday")
    found = meetings_in(text, published=date(2025, 3, 5))
    days = {p.name: m.date for m in found for p in m.participants if p.name == "Ana Ribeiro"}
    assert days and str(days["Ana Ribeiro"].start) == "2025-03-03"


def test_a_meeting_told_as_background_after_the_lead_keeps_no_day(meetings_in):
    text = EARLIER_LEADS[0][0].replace(
        "Earlier, Portuguese President Ana Ribeiro received Walsh",
        "Portuguese President Ana Ribeiro had last met Walsh",
    )
    found = meetings_in(text, published=date(2025, 3, 5))
    days = [m.date for m in found if "Ana Ribeiro" in {p.name for p in m.participants}]
    assert days == [] or days == [None]


@pytest.mark.parametrize(
    ("text", "met", "span"),
    [
        (
            "King Abdullah II arrived in Doha on Monday for talks. The king last visited Kuwait in March "
            "2019, when he attended a summit with Emir Sabah Al Ahmad. During that stay, the King received "
            "Kuwaiti Crown Prince Nawaf Al Ahmad at his residence.",
            "Nawaf Al Ahmad",
            (date(2019, 3, 1), date(2019, 3, 31)),
        ),
        (
            "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Entebbe on "
            "12 May. On that visit, Ruto also met Ugandan Vice President Jessica Alupo.",
            "Jessica Alupo",
            (date(2024, 5, 12), date(2024, 5, 12)),
        ),
    ],
)
def test_a_meeting_during_that_trip_is_of_the_trip_told_before(meetings_in, text, met, span):
    found = [
        m for m in meetings_in(text, published=date(2024, 6, 1)) if met in {p.name for p in m.participants}
    ]
    assert [(m.date.start, m.date.end) if m.date else None for m in found] == [span]


def test_a_meeting_during_someones_own_trip_is_not_of_the_trip_told_before(meetings_in):
    text = (
        "The king last visited Kuwait in March 2019, when he attended a summit with Emir Sabah Al Ahmad. "
        "During his stay in Paris last week, Qatari Emir Tamim bin Hamad Al Thani met French President "
        "Emmanuel Macron."
    )
    found = [
        m
        for m in meetings_in(text, published=date(2024, 6, 1))
        if "Emmanuel Macron" in {p.name for p in m.participants}
    ]
    assert all(m.date is None or m.date.start.year != 2019 for m in found)


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "The deal was signed in Paris on 3 March, the same day Scholz hosted French President "
            "Emmanuel Macron in Berlin.",
            date(2024, 3, 3),
        ),
        (
            "Macron spoke to Scholz by phone on 14 June, the same day Macron hosted Indian Prime "
            "Minister Narendra Modi in Paris.",
            date(2024, 6, 14),
        ),
    ],
)
def test_a_meeting_on_the_same_day_set_beside_a_day_is_held_that_day(meetings_in, text, day):
    beside = [m for m in meetings_in(text) if m.kind == "in_person"]
    assert beside and all(m.date is not None and m.date.start == day for m in beside)


def test_a_meeting_on_the_same_day_with_no_day_beside_it_keeps_no_day(meetings_in):
    text = "Scholz hosted French President Emmanuel Macron in Berlin on the same day as the vote."
    assert all(m.date is None for m in meetings_in(text, published=None))


def test_a_month_that_describes_a_thing_between_is_no_date_told_between(meetings_in):
    text = (
        "Rubio met Colombian President Gustavo Petro on Wednesday for talks on drugs. The meeting lasted"
        " about two hours, a spokesman said, adding that Rubio reiterated U.S. support for full"
        " implementation of the November agreement and stressed the importance of accountability for"
        " abuses committed by all parties. Petro wrote on social media that the two sides had agreed to"
        " deepen their cooperation on security. Rubio also held talks with Foreign Minister"
        " Luis Gilberto Murillo."
    )
    found = meetings_in(text, published=date(2023, 3, 15))
    (murillo,) = [m for m in found if "Luis Gilberto Murillo" in {p.name for p in m.participants}]
    assert murillo.date is not None and murillo.date.start == date(2023, 3, 15)


@pytest.mark.parametrize(
    ("text", "also_met", "city"),
    [
        (
            "Ruto flew to Kampala on March 3 and met President Yoweri Museveni. Ruto also met the "
            "opposition leader Bobi Wine, and photos of the two men were shared online.",
            "Bobi Wine",
            "Kampala",
        ),
        (
            "Lula flew to Luanda on 25 August and met President Joao Lourenco. Lula also met the "
            "opposition leader Adalberto Costa Junior, and pictures of the two men circulated online.",
            "Adalberto Costa Junior",
            "Luanda",
        ),
        (
            "Macron travelled to Nairobi on 9 June and held talks with President William Ruto. Macron "
            "also met the runner Faith Kipyegon at a stadium.",
            "Faith Kipyegon",
            "Nairobi",
        ),
    ],
)
def test_a_meeting_held_also_that_day_is_held_where_the_one_before_was(meetings_in, text, also_met, city):
    found = meetings_in(text, published=date(2025, 5, 3))
    (also,) = [m for m in found if also_met in {p.name for p in m.participants}]
    assert also.place is not None and also.place.city == city
    assert also.occasion is None


FILLER = (
    "As a consequence of this decision, the government has decided to open a new consulate in the "
    "south, with an essentially cultural mission, to encourage student exchanges and contribute to "
    "the development of the universities of the region.\n\n"
    "The host expressed to the visitor his warm thanks for this generous position, which strengthens "
    "the partnership between the two countries and raises it to the level of a true alliance of "
    "peoples and of nations.\n\n"
    "He also recalled the consistent and unchanging position of his country on the question of "
    "migration, based on shared responsibility, and stressed that dialogue between the countries of "
    "origin, transit and destination remains the only way to reach a lasting solution.\n\n"
    "In this context, he said his country intends to facilitate the return of young graduates, and "
    "to resume the work of the joint commission on mobility and visas as soon as possible.\n\n"
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Rabat - King Mohammed VI held on Thursday a phone conversation with the President of "
            "France, Mr. Emmanuel Macron, a statement from the Royal Office said.\n\n"
            "During this conversation, the French President informed the King that he had signed a "
            "decree by which France recognises, for the first time in its history, the right of "
            "Moroccan students to work during their studies.\n\n" + FILLER + "On the same day, the "
            "King held a phone conversation with the President of Senegal, Mr. Bassirou Diomaye Faye.",
            date(2024, 11, 14),
        ),
        (
            "Nairobi - President William Ruto held a telephone conversation on Monday with President "
            "Yoweri Museveni of Uganda, State House said.\n\n"
            "During that conversation, Museveni told Ruto that he had ordered the border post at "
            "Malaba reopened to lorries carrying fuel and food.\n\n" + FILLER + "That same day, Ruto "
            "held a phone conversation with President Samia Suluhu Hassan of Tanzania.",
            date(2024, 11, 18),
        ),
        (
            "Hanoi - General Secretary To Lam held on Tuesday a phone call with Prime Minister Anwar "
            "Ibrahim of Malaysia, the party said.\n\n"
            "In the call, Anwar told To Lam that Malaysia would back Vietnam's bid to host the 2030 "
            "regional games.\n\n" + FILLER + "On the same day, To Lam held a phone call with Prime "
            "Minister Hun Manet of Cambodia.",
            date(2024, 11, 19),
        ),
    ],
)
def test_the_same_day_counts_from_where_the_call_was_last_told(meetings_in, text, day):
    later = [m for m in meetings_in(text) if any("same day" in e.text for e in m.evidence)]
    assert later and all(m.date is not None and m.date.start == day for m in later)


# -- "also" on the day told before, past a quote of the first meeting or a year of a thing ---------
LEAD = (
    "Indonesian Foreign Minister Sugiono on Tuesday called on Uzbek President Shavkat Mirziyoyev in "
    "Tashkent. "
)


@pytest.mark.parametrize(
    "between",
    [
        '"Honoured to call on President Mirziyoyev of Uzbekistan," he said. ',
        '"We were received warmly by President Mirziyoyev," a spokesman said. ',
    ],
)
def test_a_meeting_held_also_takes_the_day_past_a_quote_that_tells_the_first_again(meetings_in, between):
    text = LEAD + between + "The minister also held talks with his Uzbek counterpart Bakhtiyor Saidov."
    found = meetings_in(text, published=date(2025, 3, 5))
    assert [
        m.date and m.date.start for m in found if "Bakhtiyor Saidov" in {p.name for p in m.participants}
    ] == [date(2025, 3, 4)]


@pytest.mark.parametrize(
    ("after", "day"),
    [
        (", the first meeting between the two since the 2019 border dispute.", date(2025, 3, 2)),
        (", their first meeting since May.", date(2025, 3, 2)),
        (" in May.", date(2024, 5, 1)),  # a time of its own
    ],
)
def test_a_meeting_held_also_is_of_the_day_before_unless_its_sentence_tells_a_time(meetings_in, after, day):
    text = (
        "On Sunday, Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in "
        "Kampala. Ruto also met Rwandan President Paul Kagame" + after
    )
    found = meetings_in(text, published=date(2025, 3, 4))
    assert [m.date and m.date.start for m in found if "Paul Kagame" in {p.name for p in m.participants}] == [
        day
    ]


# -- "Before sitting down with B" after a lead the scene dates ---------------------------------------
def test_a_meeting_before_sitting_down_takes_the_day_the_scene_gave_the_lead_meeting(meetings_in):
    text = (
        "ANKARA — Ukrainian and Turkish negotiators said they had made real progress on Monday after a "
        "long day of talks in Ankara.\n\n"
        "The Turkish team, led by Foreign Minister Hakan Fidan, met a Ukrainian delegation headed by "
        "Andrii Sybiha at the foreign ministry in Ankara.\n\n"
        "Before sitting down with the Turks, Sybiha met the national security advisers of Britain and "
        "France, Jonathan Powell and Emmanuel Bonne, who had flown in to support the talks."
    )
    found = meetings_in(text, published=date(2025, 3, 11))
    assert [
        m.date and m.date.start for m in found if "Jonathan Powell" in {p.name for p in m.participants}
    ] == [date(2025, 3, 10)]


def test_a_meeting_before_sitting_down_takes_no_day_where_the_lead_has_none(meetings_in):
    text = (
        "The Turkish team, led by Foreign Minister Hakan Fidan, met a Ukrainian delegation headed by "
        "Andrii Sybiha at the foreign ministry in Ankara in the spring.\n\n"
        "Before sitting down with the Turks, Sybiha met British national security adviser Jonathan Powell."
    )
    found = meetings_in(text, published=date(2025, 3, 11))
    assert all(m.date is None or m.date.precision != "day" for m in found)


# -- "Prior to the talks", "Ahead of the meeting": the day of the meeting told before ----------------
@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on "
            "Thursday. The two signed a trade pact. Prior to the talks, Ruto received Ugandan President "
            "Yoweri Museveni at State House.",
            "Yoweri Museveni",
            date(2024, 11, 14),
        ),
        (
            "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. "
            "Ahead of the meeting, Boric received Peruvian President Dina Boluarte at La Moneda.",
            "Dina Boluarte",
            date(2024, 11, 18),
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev arrived in Baku on Monday on a two-day state visit. "
            "He held talks with Azerbaijani President Ilham Aliyev on Tuesday. Prior to the talks, "
            "Azerbaijani Prime Minister Ali Asadov called on Tokayev at his hotel.",
            "Ali Asadov",
            date(2024, 11, 19),
        ),
        (
            "Indonesian President Prabowo Subianto, who arrived in Tokyo on Friday for a three-day visit, "
            "held talks with Japanese Prime Minister Shigeru Ishiba on Saturday. Ahead of the talks, "
            "Prabowo met Emperor Naruhito at the Imperial Palace.",
            "Naruhito",
            date(2024, 11, 16),
        ),
    ],
)
def test_a_meeting_prior_to_or_ahead_of_the_one_told_before_takes_its_day(meetings_in, text, name, day):
    found = [m for m in meetings_in(text) if name in {p.name for p in m.participants}]
    assert [m.date and (m.date.start, m.date.end) for m in found] == [(day, day)]


@pytest.mark.parametrize(
    "text",
    [
        # counted from the talks: a day of its own, not the talks' day
        "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. "
        "Two days before the talks, Boric received Peruvian President Dina Boluarte.",
        # the summit's day is not told: no day
        "Chilean President Gabriel Boric will attend a summit in Lima. Ahead of the summit, Boric "
        "received Peruvian President Dina Boluarte in Santiago.",
        "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago last year. "
        "Prior to the talks, Boric received Peruvian President Dina Boluarte.",
    ],
)
def test_a_meeting_prior_to_one_without_a_day_of_its_own_takes_no_day_of_it(meetings_in, text):
    found = [m for m in meetings_in(text) if "Dina Boluarte" in {p.name for p in m.participants}]
    assert found and all(m.date is None or m.date.start != date(2024, 11, 18) for m in found)
    assert all(m.date is None or m.date.precision != "day" for m in found)


# --- "earlier in the day": where the traveller was that day -------------------------------------


def test_a_meeting_earlier_in_the_day_is_held_where_the_one_told_before_was(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto held talks with Chinese President Xi Jinping at the Great Hall of "
        "the People in Beijing on Tuesday. Xi said China was ready to deepen ties with Kenya. Earlier in "
        "the day, Ruto held talks with Premier Li Qiang after a welcome ceremony at the Great Hall.",
        published=date(2024, 12, 3),
    )
    earlier = [m for m in found if "Li Qiang" in {p.name for p in m.participants}]
    assert earlier and all(m.place is not None and m.place.city == "Beijing" for m in earlier)


def test_a_leader_of_a_third_country_met_later_that_day_is_placed_by_no_one_told_before(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing on Tuesday. "
        "Xi said China was ready to deepen ties with Kenya. Later that day, Ruto held talks with "
        "Emmanuel Macron, officials said.",
        published=date(2024, 12, 3),
    )
    later = [m for m in found if "Emmanuel Macron" in {p.name for p in m.participants}]
    assert later and all(m.place is None for m in later)
