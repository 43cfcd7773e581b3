from datetime import date

import pytest


def names(meeting):
    return {p.name for p in meeting.participants}


def only(meetings):
    assert len(meetings) == 1, [(sorted(names(m)), m.kind) for m in meetings]
    return meetings[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kenyan President William Ruto received a phone call on Monday from Tanzanian President "
            "Samia Suluhu Hassan, the State House said, in the first known conversation between the "
            "two leaders.",
            "phone",
        ),
        (
            "Kenyan President William Ruto spoke by phone with Tanzania's Samia Suluhu Hassan on Monday.\n"
            "It was the first conversation between the two presidents since the border dispute began "
            "in March.",
            "phone",
        ),
        (
            "Lula is due to meet Argentine President Alberto Fernández on Thursday, an aide said, "
            "the first formal talks between the two leaders in a year.",
            "planned",
        ),
        (
            "Anthony Albanese sat down with Indonesian President Prabowo Subianto in Jakarta on Monday.\n"
            "It was their first meeting since Prabowo took office in October.",
            "in_person",
        ),
    ],
)
def test_a_first_meeting_noun_that_characterises_the_one_told_is_that_one(meetings_in, text, kind):
    meeting = only(meetings_in(text))
    assert meeting.kind == kind


def test_a_first_meeting_with_a_place_and_day_of_its_own_is_another(meetings_in):
    text = "Modi met Xi in Kazan on Wednesday.\nTheir first meeting was in Osaka in 2019."
    assert len(meetings_in(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto wrapped up a three-day stay in Kampala on Sunday.\n"
        "On Friday, Ruto was received by Ugandan President Yoweri Museveni at State House.\n"
        "The two leaders discussed trade and security, and signed agreements on energy.",
        "Indonesian President Prabowo Subianto was welcomed by Malaysian Prime Minister Anwar Ibrahim "
        "in Putrajaya on Monday.\nBoth leaders discussed the border, an aide said.",
        # "the two men", "both women": two people with no office, as "they" are
        "NAIROBI (KNA) - The tour opened on Thursday in Dar es Salaam, where Kenyan President William "
        "Ruto was received by President Samia Suluhu Hassan.\nThe two men discussed trade and security.",
        "Danish Prime Minister Mette Frederiksen hosted Italian Prime Minister Giorgia Meloni in "
        "Copenhagen on Monday.\nBoth women discussed migration, an aide said.",
    ],
)
def test_what_the_two_leaders_discussed_is_the_meeting_told_before(meetings_in, text):
    only(meetings_in(text))


def test_the_first_visit_a_meeting_called_off_would_have_been_is_that_meeting(meetings_in):
    text = (
        "U.S. President Joe Biden had also been scheduled to stop in Suva on May 22 to meet Fiji Prime "
        "Minister Sitiveni Rabuka and other Pacific island leaders, which would have been the first visit "
        "by a sitting U.S. president to the Pacific island nation."
    )
    meeting = only(meetings_in(text, date(2023, 5, 16)))
    assert names(meeting) == {"Joe Biden", "Sitiveni Rabuka"}


def test_a_plan_for_the_first_time_since_a_month_tells_they_met_then(meetings_in):
    text = (
        "Brazilian President Lula da Silva is expected to meet Argentine President Javier Milei "
        "on Friday for the first time since March."
    )
    meetings = meetings_in(text, date(2025, 7, 2))
    met = only([m for m in meetings if m.kind == "in_person"])
    assert names(met) == {"Luiz Inácio Lula da Silva", "Javier Milei"}
    assert (met.date.start, met.date.end) == (date(2025, 3, 1), date(2025, 3, 31))
    assert [m.kind for m in meetings if m.kind == "planned"] == ["planned"]


def test_a_call_for_the_first_time_since_a_month_tells_a_call_then(meetings_in):
    text = (
        "Indonesian President Prabowo Subianto spoke by phone with Australian Prime Minister "
        "Anthony Albanese on Tuesday for the first time since January."
    )
    meetings = meetings_in(text, date(2025, 7, 2))
    assert sorted((m.kind, m.date.start.month) for m in meetings) == [("phone", 1), ("phone", 7)]


def test_for_the_first_time_since_an_event_tells_no_other_meeting(meetings_in):
    text = (
        "Indonesian President Prabowo Subianto met Australian Prime Minister Anthony Albanese in "
        "Jakarta on Tuesday for the first time since the election in May."
    )
    only(meetings_in(text, date(2025, 7, 2)))


def test_the_two_told_after_their_agreement_met_where_they_agreed(meetings_in):
    text = (
        "William Ruto and Samia Suluhu Hassan agreed on Tuesday to reopen the Namanga border post. "
        "The two presidents held talks in Arusha."
    )
    (meeting,) = meetings_in(text)
    assert meeting.place is not None and meeting.place.city == "Arusha"
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 19)


def test_the_two_meeting_on_another_day_after_their_agreement_is_another_meeting(meetings_in):
    text = (
        "William Ruto and Samia Suluhu Hassan agreed on Tuesday to reopen the Namanga border post. "
        "The two presidents had held talks in Arusha in March."
    )
    assert len(meetings_in(text)) == 2


def test_the_first_talks_since_a_gathering_with_its_place_tell_they_met_there(meetings_in):
    text = (
        "Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday.\n"
        "The talks, which lasted two hours, were the first face-to-face encounter between the two "
        "since the African Union summit in Addis Ababa, Ethiopia, in February 2024."
    )
    meetings = meetings_in(text, date(2025, 6, 10))
    assert len(meetings) == 2
    (then,) = [m for m in meetings if m.place is not None and m.place.city == "Addis Ababa"]
    assert names(then) == {"William Ruto", "John Mahama"}
    assert then.kind == "in_person"
    assert then.occasion is not None and then.occasion.name == "African Union summit"
    assert then.date is not None and (then.date.start, then.date.end) == (date(2024, 2, 1), date(2024, 2, 29))


@pytest.mark.parametrize(
    "since",
    [
        "since the election in Ghana in December 2024",  # an event, no gathering
        "since the summit",  # a gathering with no place of its own
        "since the war in Sudan began",  # a clause, no gathering
        "since February",  # a date alone
    ],
)
def test_the_first_talks_since_no_gathering_with_a_place_tell_no_other_meeting(meetings_in, since):
    text = (
        "Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday.\n"
        f"The talks, which lasted two hours, were the first encounter between the two {since}."
    )
    only(meetings_in(text, date(2025, 6, 10)))


def test_those_they_joined_where_they_last_met_were_at_that_meeting(meetings_in):
    text = (
        "Kenyan President William Ruto held talks with Ghanaian President John Mahama in Nairobi on Tuesday. "
        "The two leaders had last met in Rome on Friday, where they joined Italian Prime Minister Giorgia "
        "Meloni and French President Emmanuel Macron for the Group of Seven summit."
    )
    meetings = meetings_in(text, date(2024, 6, 12))
    (then,) = [m for m in meetings if m.place is not None and m.place.city == "Rome"]
    assert names(then) == {"William Ruto", "John Mahama", "Giorgia Meloni", "Emmanuel Macron"}
    assert then.occasion is not None and then.occasion.name == "G7 summit"


def test_those_they_were_together_with_where_they_first_met_were_at_that_meeting(meetings_in):
    text = (
        "Kenyan President William Ruto held talks with Ghanaian President John Mahama in Nairobi on Tuesday. "
        "The two leaders had first met in Baku in November, where they, together with Azerbaijani President "
        "Ilham Aliyev, opened a climate conference."
    )
    meetings = meetings_in(text, date(2024, 6, 12))
    (then,) = [m for m in meetings if m.place is not None and m.place.city == "Baku"]
    assert names(then) == {"William Ruto", "John Mahama", "Ilham Aliyev"}


def test_those_joined_where_a_meeting_of_the_news_was_held_are_not_at_it(meetings_in):
    text = (
        "Kenyan President William Ruto held talks with Ghanaian President John Mahama in Rome on Friday, "
        "where they joined Italian Prime Minister Giorgia Meloni and French President Emmanuel Macron for "
        "the Group of Seven summit."
    )
    meetings = meetings_in(text, date(2024, 6, 12))
    assert {"William Ruto", "John Mahama"} in [names(m) for m in meetings]


def test_the_first_encounter_since_told_sentences_after_the_news_is_that_meeting(meetings_in):
    text = (
        "Ghanaian President John Mahama brought Kenyan President William Ruto and Nigerian President "
        "Bola Tinubu together at Jubilee House in Accra on Monday.\n"
        "Mahama first received Ruto alone before the two men held talks. Tinubu then joined them, and "
        "the three leaders met for about an hour. No statement was issued afterwards.\n"
        "Ruto later called the meeting frank and useful. It was his first encounter with Tinubu since "
        "March, when the two met in Lagos."
    )
    meetings = meetings_in(text, date(2025, 6, 10))
    pairs = [m for m in meetings if names(m) == {"William Ruto", "Bola Tinubu"}]
    # the one in Lagos in March, not an undated copy of the news
    (then,) = pairs
    assert then.place is not None and then.place.city == "Lagos"
    assert then.date is not None and then.date.start == date(2025, 3, 1)


def test_the_first_encounter_since_with_one_met_in_no_meeting_before_is_its_own(meetings_in):
    text = (
        "Ghanaian President John Mahama received Kenyan President William Ruto at Jubilee House in Accra "
        "on Monday.\n"
        "Mahama first greeted Ruto alone before the two men held talks. No statement was issued "
        "afterwards.\n"
        "Ruto later called the meeting frank and useful. It was his first encounter with Nigerian "
        "President Bola Tinubu since March."
    )
    meetings = meetings_in(text, date(2025, 6, 10))
    assert {"William Ruto", "Bola Tinubu"} in [names(m) for m in meetings]


@pytest.mark.parametrize(
    "text",
    [
        "Macron met Kenyan President William Ruto in Riyadh on Wednesday. Macron arrived in Riyadh "
        "on Tuesday and was greeted by the crown prince. After meeting Ruto, Macron addressed a "
        "gathering of Gulf leaders.",
        "Chancellor Olaf Scholz held talks with Brazilian President Luiz Inacio Lula da Silva in "
        "Berlin on Wednesday. Scholz flew to Paris on Tuesday. After holding talks with Lula, Scholz "
        "told parliament that trade would grow.",
        "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Delhi on "
        "Wednesday. Kishida had landed in Delhi on Tuesday. Following talks with Modi, Kishida "
        "addressed a business forum.",
    ],
)
def test_a_meeting_a_clause_of_time_recalls_is_the_one_told_before(meetings_in, text):
    meetings = meetings_in(text, published=date(2025, 5, 14))
    assert len(meetings) == 1
    [meeting] = meetings
    assert meeting.date is not None and meeting.date.start == date(2025, 5, 14)


def test_a_clause_of_time_with_its_own_place_and_day_tells_a_meeting_of_its_own(meetings_in):
    meetings = meetings_in(
        "Chancellor Olaf Scholz held talks with Brazilian President Luiz Inacio Lula da Silva in "
        "Berlin on Monday. After meeting Lula again in Brasilia on Friday, Scholz told parliament "
        "that trade would grow.",
        published=date(2024, 3, 6),
    )
    assert {m.place.city for m in meetings if m.place is not None} == {"Berlin", "Brasília"}


def test_a_clause_of_time_with_other_people_is_no_meeting_told_before(meetings_in):
    meetings = meetings_in(
        "Scholz met Lula in Berlin on Monday. Before meeting Macron, Scholz toured a factory.",
        published=date(2024, 3, 6),
    )
    assert any({p.name for p in m.participants} == {"Olaf Scholz", "Emmanuel Macron"} for m in meetings)


@pytest.mark.parametrize(
    "between",
    [
        "The two presidents discussed farm trade and beef.",
        '"We are glad you came," Lula said at the start of the meeting. The two presidents discussed '
        "farm trade, including a new long-term beef export deal for Brazil, and the future of the "
        "mining firm Vale, which is partly owned by Japan's Mitsui and has been fined by courts.",
    ],
)
def test_the_first_meeting_since_is_the_one_told_with_its_place(meetings_in, between):
    text = (
        f"Lula met Ramaphosa in Brasilia on Monday. {between} Ramaphosa, who recently had to cut "
        "short a visit to Japan because of illness, reached Brasilia on Sunday. It was the first "
        "face-to-face meeting between Lula and Ramaphosa since June 3, when they met in Rome."
    )
    found = meetings_in(text)
    pairs = [m for m in found if len(m.participants) == 2]
    assert all(m.place is not None for m in pairs), [(m.kind, m.place) for m in pairs]
    assert {m.place.city for m in pairs if m.place} == {"Brasília", "Rome"}
    # the trip cut short elsewhere is not this one's, whose meeting is now placed
    assert any(m.kind == "visit" and len(m.participants) == 1 for m in found)


@pytest.mark.parametrize(
    ("text", "everyone", "city"),
    [
        (
            "The two presidents had previously taken part together in the Weimar Triangle summit on "
            "March 4, 2022, which Olaf Scholz hosted in Berlin.",
            {"Andrzej Duda", "Emmanuel Macron", "Olaf Scholz"},
            "Berlin",
        ),
        (
            "The two leaders had previously attended together the Three Seas summit on June 20, 2023, "
            "which Romanian President Klaus Iohannis co-hosted in Bucharest with Czech President Petr Pavel.",
            {"Andrzej Duda", "Emmanuel Macron", "Klaus Iohannis", "Petr Pavel"},
            "Bucharest",
        ),
    ],
)
def test_the_hosts_of_the_gathering_of_an_earlier_meeting_were_at_it(meetings_in, text, everyone, city):
    """Those a relative clause on the gathering of an earlier meeting says hosted it were there,
    and where they hosted it is where it was."""
    lead = "Polish President Andrzej Duda met French President Emmanuel Macron in Paris on Monday. "
    past = [m for m in meetings_in(lead + text) if m.background]
    assert len(past) == 1
    assert {p.name for p in past[0].participants} == everyone
    assert past[0].place is not None and past[0].place.city == city


def test_the_hosts_of_the_news_gathering_are_not_added_by_the_earlier_rule(meetings_in):
    """Without a word of an earlier time the clause is the news's own: not this rule's."""
    found = meetings_in(
        "Polish President Andrzej Duda met French President Emmanuel Macron on Monday at the summit, "
        "which Olaf Scholz hosted in Berlin."
    )
    assert not any(m.background for m in found)


# -- "The two leaders discussed ..." after a sentence of background: the news's talks ---------------
@pytest.mark.parametrize(
    "text",
    [
        "Brazilian President Lula met Chilean President Gabriel Boric in Santiago on Monday. They last "
        "met in 2019. The two leaders discussed trade and the Amazon.",
        "Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah II in Cairo on Saturday. "
        "The two men previously met in Amman in March 2022. The two leaders discussed the situation in Gaza.",
        "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha "
        "on Friday. The pair had last met in Nairobi in May. The two presidents discussed the border.",
    ],
)
def test_the_two_discussed_after_background_is_the_news_not_the_past(meetings_in, text):
    found = meetings_in(text, published=date(2024, 11, 19))
    discussed = [m for m in found if any("discussed" in e.text for e in m.evidence)]
    assert discussed
    assert all(m.date is not None and m.date.precision == "day" for m in discussed)


def test_the_two_discussed_right_after_the_news_still_joins_it(meetings_in):
    found = meetings_in(
        "Brazilian President Lula met Chilean President Gabriel Boric in Santiago on Monday. The two "
        "leaders discussed trade and the Amazon.",
        published=date(2024, 11, 19),
    )
    (meeting,) = found
    assert (
        len(meeting.evidence) == 2 and meeting.date is not None and meeting.date.start == date(2024, 11, 18)
    )


@pytest.mark.parametrize(
    "text",
    [
        # the call told two sentences back, a quote between
        "ACCRA: President John Mahama on Tuesday received a telephone call from Nigerian President "
        "Bola Tinubu.\n\n"
        '"We spoke about the coastal highway," Mahama wrote after the conversation.\n\n'
        "It was the first conversation between the two since Mahama was sworn in on January 7.",
        # the subject "The call" is the noun the sentence characterises, "since" hung on "is"
        "His Majesty King Abdullah received a telephone call on Wednesday from Prime Minister "
        "Mohammed Shia al-Sudani of the Republic of Iraq.\n\n"
        "During the call, the two sides reviewed the situation in Syria. His Majesty affirmed that the "
        "Kingdom is making every effort to calm the region.\n\n"
        "For his part, Sudani expressed his appreciation for the King's role, according to his office, "
        "which said the two men stressed the need for calm.\n\n"
        "The call is the first publicly announced conversation between His Majesty and the Iraqi prime "
        "minister since Amman and Baghdad agreed in May, in an accord brokered by Egypt, to restore "
        "flights halted in 2019.",
        # a video call, told in other words
        "SANTIAGO: Chilean President Gabriel Boric held a video call with Peruvian President Dina "
        "Boluarte on Friday.\n\n"
        '"A frank exchange," Boric said afterwards.\n\n'
        "It was the first conversation between the two presidents since the border crossing was "
        "closed in April.",
    ],
)
def test_a_first_conversation_since_is_the_call_told_before(meetings_in, text):
    meeting = only(meetings_in(text, published=date(2025, 3, 12)))
    assert meeting.kind in {"phone", "video"}
    assert meeting.date is not None and meeting.date.start.month == 3


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Emir Tamim met with President Ilham Aliyev of Azerbaijan in Doha, at a session "
        "convened by the Emir.\n\n"
        "The two heads of state agreed to expand trade. It was the first meeting between the leaders "
        "of Qatar and Azerbaijan in six years.",
        "On Tuesday, President Bola Tinubu met with President John Mahama of Ghana in Abuja, at a "
        "session convened by the ECOWAS chairman.\n\n"
        "The two heads of state agreed to expand trade. It was the first meeting between the leaders "
        "of Nigeria and Ghana in five years.",
        "On Monday, President Shavkat Mirziyoyev met with President Sadyr Japarov of Kyrgyzstan in "
        "Tashkent, at a session convened by the Uzbek leader.\n\n"
        "The two heads of state agreed to open the border. It was the first meeting between the "
        "presidents of Uzbekistan and Kyrgyzstan in three years.",
    ],
)
def test_the_first_meeting_in_a_length_of_time_is_the_one_told(meetings_in, text):
    meeting = only(meetings_in(text, published=date(2025, 3, 12)))
    assert len(meeting.participants) == 2
