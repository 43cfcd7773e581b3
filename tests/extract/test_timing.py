"""The date a clause gives what it reports (extract/timing.py)."""

from __future__ import annotations

from datetime import date

import pytest


def _one(meetings, name):
    found = [m for m in meetings if name in {p.name for p in m.participants}]
    assert len(found) == 1, [m.participants for m in meetings]
    return found[0]


def _day_of(found, name):
    meeting = _one(found, name)
    return meeting.date and (meeting.date.start, meeting.date.end)


# -- a day told from another day of the text -------------------------------------------------------
@pytest.mark.parametrize("words", ["Earlier in the day", "Later in the day"])
def test_earlier_in_the_day_is_the_day_the_report_told_not_publication_day(meetings_in, words):
    text = (
        "Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris on Saturday.\n\n"
        "The two leaders had last met in Berlin in July.\n\n"
        f"{words}, Scholz met with French Prime Minister Gabriel Attal."
    )
    found = meetings_in(text, published=date(2024, 9, 23))
    assert _day_of(found, "Gabriel Attal") == (date(2024, 9, 21), date(2024, 9, 21))


def test_an_arrival_last_night_is_dated_the_day_before_publication(meetings_in):
    text = (
        "Ghanaian President Kofi Boateng arrived in Lusaka last night and was received at the airport "
        "by Foreign Minister Mulenga Banda."
    )
    found = meetings_in(text, published=date(2024, 9, 23))
    assert _day_of(found, "Mulenga Banda") == (date(2024, 9, 22), date(2024, 9, 22))


def test_a_sentence_opening_earlier_is_the_day_told_before_it(meetings_in):
    text = (
        "King Hassan received Nigerian President Musa Bello at the palace in Rabat on Sunday evening.\n\n"
        "After the audience, talks were held between the delegations. They covered trade and security.\n\n"
        "Earlier, President Bello was welcomed at the airport by Prime Minister Karim Alaoui."
    )
    found = meetings_in(text, published=date(2024, 3, 12))
    assert _day_of(found, "Karim Alaoui") == (date(2024, 3, 10), date(2024, 3, 10))


def test_earlier_in_the_past_perfect_is_background_with_no_day(meetings_in):
    text = (
        "King Hassan received Nigerian President Musa Bello at the palace in Rabat on Sunday evening.\n\n"
        "Bello had earlier met Prime Minister Karim Alaoui in Abuja."
    )
    found = meetings_in(text, published=date(2024, 3, 12))
    assert _day_of(found, "Karim Alaoui") is None


def test_earlier_in_the_day_with_no_day_told_is_publication_day(meetings_in):
    found = meetings_in("Earlier in the day, Scholz met with French Prime Minister Gabriel Attal in Paris.")
    assert _day_of(found, "Gabriel Attal") == (date(2024, 11, 19), date(2024, 11, 19))


def test_the_same_day_counts_from_the_news_not_from_a_background_sentence(meetings_in):
    text = (
        "President Cyril Ramaphosa held talks with Kenyan President William Ruto in Pretoria on March 3, "
        "during Ruto's state visit from March 2 to 3.\n\n"
        "Ruto's previous trip to the country was in May 2019, when he attended an inauguration.\n\n"
        "The same day, Ruto met Deputy President Paul Mashatile."
    )
    found = meetings_in(text, published=date(2024, 3, 4))
    assert _day_of(found, "Paul Mashatile") == (date(2024, 3, 3), date(2024, 3, 3))


def test_a_recalled_meeting_takes_the_date_the_parse_hangs_on_the_verb_of_memory(meetings_in):
    text = (
        "The President also recalled his meeting with German Chancellor Olaf Scholz and French "
        "President Emmanuel Macron in Berlin on March 15."
    )
    meeting = _one(meetings_in(text, published=date(2024, 7, 8)), "Olaf Scholz")
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (date(2024, 3, 15),) * 2


@pytest.mark.parametrize("link", ["as", "while"])
def test_a_meeting_told_as_what_happened_meanwhile_takes_the_day_of_the_main_clause(meetings_in, link):
    text = (
        "Kenya, Uganda sign rail deal\n"
        "Kenya and Uganda on Tuesday signed an agreement to build the Eldoret-Kampala Railway (EKR), "
        f"{link} President William Ruto and President Yoweri Museveni met for the Kenya-Uganda Joint "
        "Commission."
    )
    (meeting,) = meetings_in(text, published=date(2025, 1, 9))
    assert meeting.date is not None and meeting.date.start == date(2025, 1, 7)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Marcos will meet Albanese in Melbourne next week, from March 4 to 6.",
            date(2024, 3, 4),
            date(2024, 3, 6),
        ),
        ("Lula will meet Xi Jinping in Beijing next week on Tuesday.", date(2024, 3, 5), date(2024, 3, 5)),
        (
            "Ruto will hold talks with Museveni in Kampala next month, on March 12.",
            date(2024, 3, 12),
            date(2024, 3, 12),
        ),
    ],
)
def test_days_told_inside_a_week_or_month_told_first_date_the_meeting(meetings_in, text, start, end):
    (plan,) = meetings_in(text, published=date(2024, 2, 29))
    assert plan.date is not None and (plan.date.start, plan.date.end) == (start, end)


def test_the_summit_its_own_sentence_names_takes_no_day_told_before(meetings_in):
    text = (
        "Tour\n"
        "Kenyan President William Ruto was received by President Joe Biden at the White House on "
        "November 12. The head of state then attended the APEC Economic Leaders' Meeting in Lima, "
        "Peru, where he sat down with Japanese Prime Minister Shigeru Ishiba on the sidelines of the summit."
    )
    found = meetings_in(text, published=date(2024, 11, 24))
    (lima,) = [m for m in found if m.place is not None and m.place.city == "Lima"]
    assert lima.date is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The two leaders agreed to take forward the understandings reached during the late "
            "president Ebrahim Raisi's visit to Pakistan in April, when Raisi held talks with Mr Sharif "
            "in Islamabad and the two sides signed eight agreements.",
            date(2024, 4, 1),
        ),
        (
            "The deal follows commitments made during Ruto's visit to Kampala in March, when he met "
            "President Yoweri Museveni at State House and the two ministers signed a memorandum.",
            date(2024, 3, 1),
        ),
        (
            "Shoigu was also a member of the delegation that accompanied Russian President Vladimir "
            "Putin on his state visit to North Korea on June 19, during which Putin and Kim Jong Un "
            "signed the treaty on comprehensive strategic partnership.",
            date(2024, 6, 19),
        ),
        (
            "Lavrov was part of the delegation that accompanied President Vladimir Putin on his visit "
            "to Hanoi on June 20, during which Putin and To Lam signed eleven agreements.",
            date(2024, 6, 20),
        ),
    ],
)
def test_a_when_or_during_which_clause_takes_the_date_it_refers_back_to(meetings_in, text, start):
    found = [m for m in meetings_in(text, published=date(2024, 9, 27)) if m.kind == "in_person"]
    assert found and all(m.date and m.date.start == start for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "U.S. President Joe Biden spoke by phone with Brazilian President Luiz Inácio Lula da Silva on "
        "Monday, congratulating him on his victory in Sunday's runoff. The same day, Argentine President "
        "Alberto Fernández met Lula in São Paulo.",
        "French President Emmanuel Macron called Polish Prime Minister Donald Tusk on Monday after Sunday's "
        "election. Later the same day, German Chancellor Olaf Scholz met Tusk in Warsaw.",
    ],
)
def test_the_same_day_never_counts_from_the_day_of_an_event_in_the_possessive(meetings_in, text):
    found = meetings_in(text, published=date(2024, 11, 19))
    assert len(found) == 2 and all(m.date and m.date.start == date(2024, 11, 18) for m in found)


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "U.S. President Joe Biden spoke by phone with Colombia's President-elect Gustavo "
            "Petro on Monday, congratulating the leftist on his victory over Rodolfo "
            "Hernandez in Sunday's runoff, the White House said.\n\nThe two leaders \"discussed "
            'the strong partnership between the United States and Colombia" and committed to '
            "keep working together on climate change, the White House said in a statement. "
            "Biden also invited Petro to visit Washington; no date has been set.\n\nOn the "
            "same day Mexican President Andres Manuel Lopez Obrador flew to Bogota to meet "
            "Petro in person, becoming the first foreign head of state to visit him since "
            "the election.",
            "Andrés Manuel López Obrador",
        ),
        (
            "Spanish Prime Minister Pedro Sanchez spoke by phone with Chile's "
            "President-elect Gabriel Boric on Monday, congratulating the leftist on his "
            "victory over Jose Antonio Kast in Sunday's runoff, the Moncloa said.\n\nThe two "
            'leaders "discussed the strong partnership between Spain and Chile" and '
            "committed to keep working together on climate change, the Moncloa said in a "
            "statement. Sanchez also invited Boric to visit Madrid; no date has been "
            "set.\n\nOn the same day Argentine President Alberto Fernandez flew to Santiago to "
            "meet Boric in person, becoming the first foreign head of state to visit him "
            "since the election.",
            "Alberto Fernández",
        ),
    ],
)
def test_a_meeting_a_trip_is_for_takes_the_trips_untagged_same_day(meetings_in, text, guest):
    found = meetings_in(text, published=date(2024, 11, 19))
    (meeting,) = [m for m in found if guest in {p.name for p in m.participants}]
    assert meeting.date and meeting.date.start == date(2024, 11, 18)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Carney then flew to Johannesburg. In Johannesburg, where he attended the G20 summit on "
            "November 22-23, Carney held talks with Indian Prime Minister Narendra Modi.",
            (date(2024, 11, 22), date(2024, 11, 23)),
        ),
        (
            "Modi had earlier met Xi in Astana. In Kazan, where he was on October 22-23 for the BRICS "
            "summit, Modi held talks with Chinese President Xi Jinping.",
            (date(2024, 10, 22), date(2024, 10, 23)),
        ),
        (
            "In Beijing, where he stayed from October 5 to 8, Lavrov met Wang Yi.",
            (date(2024, 10, 5), date(2024, 10, 8)),
        ),
    ],
)
def test_a_where_clause_on_the_meetings_own_place_gives_the_days_of_the_stay(meetings_in, text, days):
    found = [m for m in meetings_in(text, published=date(2024, 11, 24)) if not m.background]
    assert found and all(m.date and (m.date.start, m.date.end) == days for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The visit came a few days after Jordanian Foreign Minister Ayman Safadi and Iran's acting foreign "
        "minister Ali Bagheri Kani spoke by phone following the assassination of Hamas leader Ismail Haniyeh "
        "in Tehran on Wednesday.",
        "Erdogan spoke by phone with Putin after the attack on the Crimean bridge on Monday.",
    ],
)
def test_the_day_of_an_event_the_meeting_came_after_is_not_the_meetings(meetings_in, text):
    found = meetings_in(text, published=date(2024, 8, 4))
    assert found and all(m.date is None for m in found)


def test_the_day_of_a_summit_a_dinner_came_after_still_dates_the_dinner(meetings_in):
    (meeting,) = meetings_in(
        "Kishida hosted Yoon for dinner following their summit on Thursday.", date(2024, 8, 4)
    )
    assert meeting.date and meeting.date.start == date(2024, 8, 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Pakistani Prime Minister Shehbaz Sharif met IMF Managing Director Kristalina Georgieva, a day "
            "after the Fund's executive board on Wednesday approved a 7 billion dollar loan for Pakistan.",
            date(2024, 9, 26),
        ),
        (
            "Lavrov met Wang Yi in Beijing, a day after Chinese officials on Monday announced the visit.",
            date(2024, 9, 24),
        ),
        ("Blinken met Netanyahu two days after the cabinet on Sunday approved the deal.", date(2024, 9, 24)),
    ],
)
def test_days_counted_from_an_event_told_with_its_day_date_the_meeting(meetings_in, text, day):
    (meeting,) = meetings_in(text, published=date(2024, 9, 27))
    assert meeting.date and (meeting.date.start, meeting.date.end) == (day, day)


@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            '"This morning I had a call with President Emmanuel Macron," German Chancellor Olaf Scholz '
            "said on Friday.",
            date(2024, 11, 18),
            "Emmanuel Macron",
            (date(2024, 11, 15), date(2024, 11, 15)),
        ),
        (
            "Speaking to reporters on Saturday, Australian Prime Minister Anthony Albanese said: "
            '"Today I met New Zealand Prime Minister Christopher Luxon."',
            date(2024, 11, 18),
            "Christopher Luxon",
            (date(2024, 11, 16), date(2024, 11, 16)),
        ),
        (
            '"Yesterday I spoke with President Volodymyr Zelensky," British Prime Minister Keir Starmer '
            "told parliament on Monday.",
            date(2025, 3, 4),
            "Volodymyr Zelensky",
            (date(2025, 3, 2), date(2025, 3, 2)),
        ),
        (
            "Turkish President Recep Tayyip Erdogan told journalists on his return flight on Sunday: "
            '"I met Vladimir Putin in Astana earlier today."',
            date(2024, 6, 10),
            "Vladimir Putin",
            (date(2024, 6, 9), date(2024, 6, 9)),
        ),
        (
            '"Last week I hosted Chancellor Olaf Scholz in Warsaw," Polish Prime Minister Donald Tusk wrote '
            "on Saturday.",
            date(2024, 5, 20),
            "Olaf Scholz",
            (date(2024, 5, 6), date(2024, 5, 12)),
        ),
        (
            "Indian Prime Minister Narendra Modi said on Monday that he had spoken with Sri Lankan President "
            "Anura Kumara Dissanayake earlier in the day.",
            date(2025, 1, 22),
            "Anura Kumara Dissanayake",
            (date(2025, 1, 20), date(2025, 1, 20)),
        ),
        # a day counted back or on from the saying's day: from it, even where it is publication day
        (
            "Japanese Foreign Minister Takeshi Iwaya said on Tuesday that he had spoken by telephone with "
            "Chinese Foreign Minister Wang Yi a day earlier.",
            date(2025, 3, 4),
            "Wang Yi",
            (date(2025, 3, 3), date(2025, 3, 3)),
        ),
        (
            "Kenyan President William Ruto said on Friday that he had met Ugandan President Yoweri Museveni "
            "the day before.",
            date(2025, 3, 10),
            "Yoweri Museveni",
            (date(2025, 3, 6), date(2025, 3, 6)),
        ),
        # no day told for the saying: the words count from publication
        (
            '"I spoke to President Donald Trump this morning," Canadian Prime Minister Mark Carney said.',
            date(2025, 3, 4),
            "Donald Trump",
            (date(2025, 3, 4), date(2025, 3, 4)),
        ),
    ],
)
def test_a_time_told_in_what_someone_said_on_a_day_counts_from_that_day(
    meetings_in, text, published, name, day
):
    assert _day_of(meetings_in(text, published=published), name) == day


def _plans_day(found, name):
    plans = [m for m in found if m.kind == "planned" and name in {p.name for p in m.participants}]
    assert len(plans) == 1, [(m.participants, m.kind) for m in found]
    return plans[0].date and (plans[0].date.start, plans[0].date.end)


@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            "US Secretary of State Marco Rubio is due to meet Russian Foreign Minister Sergei Lavrov in "
            "Riyadh, days after Donald Trump's phone call with Vladimir Putin on February 12.",
            date(2025, 2, 20),
            "Sergey Lavrov",
            None,
        ),
        (
            "Indian Prime Minister Narendra Modi will meet British Prime Minister Keir Starmer in London, "
            "his first trip abroad since his visit to Paris in February.",
            date(2025, 5, 10),
            "Keir Starmer",
            None,
        ),
        (
            "Chinese President Xi Jinping and Russian President Vladimir Putin will hold talks in Kazan, "
            "their first meeting since the SCO summit in July.",
            date(2024, 10, 1),
            "Vladimir Putin",
            None,
        ),
        (
            "US Secretary of State Antony Blinken will hold talks with Chinese Foreign Minister Wang Yi in "
            "Beijing next week, following Wang's visit to Washington in April.",
            date(2024, 6, 1),
            "Antony Blinken",
            (date(2024, 6, 3), date(2024, 6, 9)),
        ),
    ],
)
def test_a_plan_is_not_dated_by_what_came_before_it(meetings_in, text, published, name, day):
    assert _plans_day(meetings_in(text, published=published), name) == day


@pytest.mark.parametrize(
    "words",
    ["A day before, Putin had met", "A day before, Putin met", "The day before, Putin had held talks with"],
)
def test_a_day_before_told_with_no_event_after_it_counts_from_the_day_told(meetings_in, words):
    text = (
        "Chinese President Xi Jinping held talks with Vladimir Putin in Beijing on Tuesday. "
        f"{words} Chinese Premier Li Qiang."
    )
    found = meetings_in(text, published=date(2024, 5, 22))
    assert _day_of(found, "Li Qiang") == (date(2024, 5, 20), date(2024, 5, 20))


def test_the_day_after_told_at_the_end_of_a_sentence_counts_from_the_day_told(meetings_in):
    text = (
        "Xi Jinping held talks with Vladimir Putin in Beijing on Tuesday. Putin met Li Qiang the day after."
    )
    found = meetings_in(text, published=date(2024, 5, 24))
    assert _day_of(found, "Li Qiang") == (date(2024, 5, 22), date(2024, 5, 22))


# -- "a call scheduled for Friday": the day a plan's participle sets for a meeting word ----------
@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            "Lula said he would discuss the issue with Mexico's Andrés Manuel López Obrador and Colombia's "
            "Gustavo Petro in a phone call scheduled for Thursday.",
            date(2024, 8, 6),
            "Gustavo Petro",
            (date(2024, 8, 8), date(2024, 8, 8)),
        ),
        (
            "Egyptian President Abdel Fattah al-Sisi will hold talks with Jordan's King Abdullah II at a "
            "meeting scheduled for Thursday in Amman.",
            date(2024, 3, 12),
            "Abdullah II",
            (date(2024, 3, 14), date(2024, 3, 14)),
        ),
        (
            "Kenyan President William Ruto will meet Tanzanian President Samia Suluhu Hassan at a summit "
            "set for Saturday in Arusha.",
            date(2024, 3, 12),
            "Samia Suluhu Hassan",
            (date(2024, 3, 16), date(2024, 3, 16)),
        ),
        (
            "Indian Prime Minister Narendra Modi will speak with Japanese Prime Minister Fumio Kishida in a "
            "video call planned for Friday.",
            date(2024, 3, 12),
            "Fumio Kishida",
            (date(2024, 3, 15), date(2024, 3, 15)),
        ),
        (
            "Nigerian President Bola Tinubu is to receive Ghanaian President Nana Akufo-Addo for talks "
            "slated for March 20 in Abuja.",
            date(2024, 3, 12),
            "Nana Akufo-Addo",
            (date(2024, 3, 20), date(2024, 3, 20)),
        ),
        (
            "French President Emmanuel Macron will host Chinese President Xi Jinping for a state visit "
            "scheduled for May 6 and 7.",
            date(2024, 5, 2),
            "Xi Jinping",
            (date(2024, 5, 6), date(2024, 5, 7)),
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman will hold talks with Turkish President Recep Tayyip "
            "Erdogan during a visit planned for Monday.",
            date(2024, 5, 2),
            "Recep Tayyip Erdogan",
            (date(2024, 5, 6), date(2024, 5, 6)),
        ),
        (
            "Pakistani Prime Minister Shehbaz Sharif will meet Chinese Premier Li Qiang in a meeting "
            "scheduled for Wednesday afternoon.",
            date(2024, 3, 12),
            "Li Qiang",
            (date(2024, 3, 13), date(2024, 3, 13)),
        ),
    ],
)
def test_a_meeting_word_scheduled_for_a_day_is_planned_for_that_day(meetings_in, text, published, name, day):
    assert _plans_day(meetings_in(text, published=published), name) == day


# the participle hung by the parser on the parties the meeting is "between" or "with"
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday.\n\n"
            "A meeting between the two presidents planned for April 2023 was called off at the last minute.",
            date(2023, 4, 1),
            date(2023, 4, 30),
        ),
        (
            "Chilean President Gabriel Boric will hold a meeting with the Peruvian leaders scheduled for "
            "December 3 in Lima. He met Peruvian President Dina Boluarte in Santiago on Monday.",
            date(2024, 12, 3),
            date(2024, 12, 3),
        ),
    ],
)
def test_a_plan_participle_on_the_parties_of_a_meeting_dates_the_meeting(meetings_in, text, start, end):
    found = meetings_in(text, published=date(2024, 11, 19))
    assert (start, end) in {(m.date.start, m.date.end) for m in found if m.date}


def test_a_participle_on_a_thing_discussed_does_not_date_the_meeting(meetings_in):
    text = (
        "Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday to discuss a "
        "trade deal planned for March 2026."
    )
    (meeting,) = meetings_in(text, published=date(2024, 11, 19))
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 18)


# -- "during the visit, which runs until Sunday": a stay's last day is no day of a meeting --------
@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            "Zhao Leji, chairman of the Standing Committee of the National People's Congress, will also meet "
            "with Kenyan President William Ruto during the visit, which runs until Sunday.",
            date(2024, 11, 9),
            "William Ruto",
            (date(2024, 11, 9), date(2024, 11, 10)),
        ),
        (
            "Chinese Premier Li Qiang will hold talks with Brazilian President Luiz Inacio Lula da Silva "
            "during the state visit, which runs through Friday.",
            date(2024, 3, 12),
            "Li Qiang",
            (date(2024, 3, 12), date(2024, 3, 15)),
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman is expected to receive Turkish President Recep Tayyip "
            "Erdogan during the visit, which ends on Saturday.",
            date(2024, 3, 12),
            "Recep Tayyip Erdogan",
            (date(2024, 3, 12), date(2024, 3, 16)),
        ),
        (
            "French President Emmanuel Macron will also hold talks with Chinese President Xi Jinping during "
            "the trip, which runs until June 7.",
            date(2024, 6, 3),
            "Xi Jinping",
            (date(2024, 6, 3), date(2024, 6, 7)),
        ),
        (
            "German Chancellor Olaf Scholz will meet Indian Prime Minister Narendra Modi during the "
            "three-day visit, which runs through Wednesday.",
            date(2024, 6, 3),
            "Olaf Scholz",
            (date(2024, 6, 3), date(2024, 6, 5)),
        ),
        (
            # the stay's end told with no preposition: "which ends tomorrow"
            "During the two-day visit, which ends tomorrow, the Kenyan President is scheduled to hold "
            "talks with Ghanaian President John Mahama.",
            date(2025, 2, 11),
            "John Mahama",
            (date(2025, 2, 11), date(2025, 2, 12)),
        ),
        (
            "Over the three-day trip, which concludes Saturday, Japanese Prime Minister Fumio Kishida is "
            "due to meet Ghanaian President Nana Akufo-Addo.",
            date(2024, 4, 18),
            "Nana Akufo-Addo",
            (date(2024, 4, 18), date(2024, 4, 20)),
        ),
    ],
)
def test_a_plan_during_a_stay_that_runs_until_a_day_is_of_the_days_up_to_then(
    meetings_in, text, published, name, day
):
    assert _plans_day(meetings_in(text, published=published), name) == day


@pytest.mark.parametrize(
    ("verb", "published", "kind", "day"),
    [
        (
            "will meet Indian Prime Minister Narendra Modi on Tuesday",
            date(2024, 6, 3),
            "planned",
            date(2024, 6, 4),
        ),
        (
            "met Indian Prime Minister Narendra Modi on Monday",
            date(2024, 6, 3),
            "in_person",
            date(2024, 6, 3),
        ),
    ],
)
def test_a_meeting_during_a_stay_that_runs_until_a_day_keeps_its_own_day(
    meetings_in, verb, published, kind, day
):
    text = f"German Chancellor Olaf Scholz {verb} during the three-day visit, which runs through Wednesday."
    (meeting,) = meetings_in(text, published=published)
    assert (meeting.kind, meeting.date.start, meeting.date.end) == (kind, day, day)


# -- "from Oct. 12 to 14": the last day of a span the tagger leaves out as a number ---------------
@pytest.mark.parametrize(
    ("text", "published", "name", "days"),
    [
        (
            "After the meetings in Laos, Chinese Premier Li Qiang will pay an official visit to Vietnam from "
            "Oct. 12 to 14, during which he will hold talks with Vietnamese Prime Minister Pham Minh Chinh.",
            date(2024, 10, 10),
            "Pham Minh Chinh",
            (date(2024, 10, 12), date(2024, 10, 14)),
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva will travel to Angola from Oct. 20 to 22, when he "
            "will hold talks with Angolan President Joao Lourenco.",
            date(2024, 10, 10),
            "João Lourenço",
            (date(2024, 10, 20), date(2024, 10, 22)),
        ),
        (
            "Chinese Premier Li Qiang held talks with Vietnamese Prime Minister Pham Minh Chinh in Hanoi "
            "during his visit from Oct. 12 to 14.",
            date(2024, 10, 30),
            "Pham Minh Chinh",
            (date(2024, 10, 12), date(2024, 10, 14)),
        ),
    ],
)
def test_a_span_of_days_whose_last_day_the_tagger_leaves_out_is_all_its_days(
    meetings_in, text, published, name, days
):
    assert _day_of(meetings_in(text, published=published), name) == days


# -- "was received at 11:18 local time": a clock time the tagger calls a number ------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Carney, who will be in Mexico for two days, was received at 11:18 local time (17:18 GMT) at the "
            "airport, on the outskirts of the Mexican capital, by Foreign Minister Juan Ramón de la Fuente.",
            "Juan Ramón de la Fuente",
        ),
        (
            "Indian Prime Minister Narendra Modi was received at 21:10 at the airport by Japanese Foreign "
            "Minister Takeshi Iwaya.",
            "Takeshi Iwaya",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva was received at 09:45 at the airport by Chinese "
            "Foreign Minister Wang Yi.",
            "Wang Yi",
        ),
    ],
)
def test_a_clock_time_the_meeting_was_held_at_dates_it_to_the_day_of_the_news(meetings_in, text, name):
    today = date(2025, 9, 18)
    assert _day_of(meetings_in(text, published=today), name) == (today, today)


# -- "will fly to Paris on Friday for talks with Macron on Saturday": the meeting's own day --------
@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            "Brazilian President Luiz Inacio Lula da Silva will fly to Paris on Friday for talks with French "
            "President Emmanuel Macron on Saturday.",
            date(2024, 3, 26),
            "Emmanuel Macron",
            date(2024, 3, 30),
        ),
        (
            "Kenyan President William Ruto will travel to Addis Ababa on Tuesday for a meeting with "
            "Ethiopian Prime Minister Abiy Ahmed on Wednesday.",
            date(2024, 3, 26),
            "Abiy Ahmed",
            date(2024, 3, 27),
        ),
        (  # a trip for talks with no day of their own: the trip's day
            "Kenyan President William Ruto will travel to Addis Ababa on Thursday for talks with Ethiopian "
            "Prime Minister Abiy Ahmed.",
            date(2024, 3, 26),
            "Abiy Ahmed",
            date(2024, 3, 28),
        ),
    ],
)
def test_a_meeting_a_trip_is_for_takes_its_own_day_not_the_trips(meetings_in, text, published, name, day):
    assert _plans_day(meetings_in(text, published=published), name) == (day, day)


# -- "the summit on Sunday was called off", told on Monday: the Sunday gone -----------------------
@pytest.mark.parametrize(
    ("published", "day"),
    [
        (date(2024, 10, 14), date(2024, 10, 13)),  # told on the Monday after: the Sunday gone
        (date(2024, 10, 16), date(2024, 10, 13)),  # on the Wednesday after: still that Sunday
        (date(2024, 10, 17), date(2024, 10, 20)),  # on a Thursday: the Sunday to come
    ],
)
def test_a_meeting_called_off_names_the_nearest_day_of_its_weekday(meetings_in, published, day):
    text = (
        "A summit in Nairobi on Sunday between Kenyan President William Ruto and Ugandan President "
        "Yoweri Museveni was called off after the two sides failed to agree on an agenda."
    )
    found = [m for m in meetings_in(text, published=published) if m.kind == "cancelled"]
    assert [(m.date.start, m.date.end) for m in found if m.date] == [(day, day)], found


# -- "a month earlier" than a day: roughly a month, no month of the calendar -------------------------
def test_a_count_of_months_back_from_a_day_gives_no_month(meetings_in):
    text = (
        "Kazakh President Kassym-Jomart Tokayev hosted Turkish President Recep Tayyip Erdogan in Astana on "
        "November 3. Tokayev and Erdogan had spoken by telephone a month earlier."
    )
    found = meetings_in(text, published=date(2023, 11, 4))
    call = [m for m in found if m.kind == "phone"]
    assert len(call) == 1 and call[0].date is None


@pytest.mark.parametrize(
    ("opening", "month"),
    [
        ("in May. Two months later", (date(2023, 7, 1), date(2023, 7, 31))),  # counted from a month
        ("on May 3. The following month", (date(2023, 6, 1), date(2023, 6, 30))),  # a month of the calendar
    ],
)
def test_a_month_counted_from_a_month_or_named_as_the_next_is_that_month(meetings_in, opening, month):
    text = (
        "Kazakh President Kassym-Jomart Tokayev hosted Turkish President Recep Tayyip Erdogan in Astana "
        f"{opening}, Tokayev held talks with Uzbek President Shavkat Mirziyoyev in Tashkent."
    )
    assert _day_of(meetings_in(text, published=date(2023, 11, 4)), "Shavkat Mirziyoyev") == month


# -- "..., where B received him on 16 May, and then to Accra, where C hosted him the following day"
def test_an_untagged_day_counted_on_in_its_own_clause_comes_before_the_joined_clauses_day(meetings_in):
    text = (
        "Senegalese President Bassirou Faye flew to Abuja, where Nigerian President Bola Tinubu received "
        "him on 16 May, and then to Accra, where Ghanaian President Nana Akufo-Addo hosted him the "
        "following day."
    )
    found = meetings_in(text, published=date(2024, 5, 30))
    assert _day_of(found, "Bola Tinubu") == (date(2024, 5, 16), date(2024, 5, 16))
    assert _day_of(found, "Nana Akufo-Addo") == (date(2024, 5, 17), date(2024, 5, 17))


# -- "his visit was set for March 3 but was put off", told in June: the March gone ------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto's trip to Kampala was originally scheduled for March 3 but was "
        "postponed.",
        "A planned visit to Cairo by Kenyan President William Ruto on March 3 was cancelled.",
        "Kenyan President William Ruto was set to visit Cairo on 3 March, but the trip was called off.",
    ],
)
def test_a_past_plans_day_of_the_calendar_far_ahead_is_the_one_gone_by(meetings_in, text):
    found = [m for m in meetings_in(text, published=date(2025, 6, 2)) if m.kind == "cancelled"]
    assert [(m.date.start, m.date.end) for m in found if m.date] == [(date(2025, 3, 3), date(2025, 3, 3))]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a plan put off in the weeks before its day: the day to come
        (
            "Kenyan President William Ruto's trip to Kampala was originally scheduled for June 20 but was "
            "postponed.",
            date(2025, 6, 2),
            date(2025, 6, 20),
        ),
        # nearer ahead than behind, and told in the present perfect: the one to come
        (
            "The summit on 3 March between William Ruto and Yoweri Museveni has been postponed.",
            date(2025, 12, 20),
            date(2026, 3, 3),
        ),
        # a plan told in the present: the one to come
        (
            "Kenyan President William Ruto's visit to Kampala is set for March 3.",
            date(2025, 6, 2),
            date(2026, 3, 3),
        ),
    ],
)
def test_a_plans_day_of_the_calendar_near_ahead_or_told_in_the_present_is_the_one_to_come(
    meetings_in, text, published, day
):
    found = meetings_in(text, published=published)
    assert [(m.date.start, m.date.end) for m in found if m.date] == [(day, day)]


@pytest.mark.parametrize(
    "text",
    [
        "A summit in Nairobi on Sunday between Kenyan President William Ruto and Ugandan President Yoweri "
        "Museveni will be postponed, officials said.",
        "Kenyan President William Ruto was due to meet Ugandan President Yoweri Museveni in Nairobi on "
        "Sunday.",
    ],
)
def test_a_meeting_not_yet_called_off_names_the_next_day_of_its_weekday(meetings_in, text):
    found = meetings_in(text, published=date(2024, 10, 14))
    assert [(m.date.start, m.date.end) for m in found if m.date] == [(date(2024, 10, 20), date(2024, 10, 20))]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The trip came two days after Kagame met Tshisekedi in Luanda on Saturday.", date(2024, 11, 16)),
        (
            "The summit came three days after Ruto held talks with Museveni in Kampala on Friday, where "
            "they agreed to reopen the border.",
            date(2024, 11, 15),
        ),
    ],
)
def test_days_counted_from_a_meeting_told_with_its_day_date_what_came_after_not_the_meeting(
    meetings_in, text, day
):
    found = [m for m in meetings_in(text, published=date(2024, 11, 18)) if len(m.participants) == 2]
    assert found and all(m.date and (m.date.start, m.date.end) == (day, day) for m in found)


def test_the_day_of_what_a_plan_comes_before_is_not_the_plans(meetings_in):
    (meeting,) = meetings_in(
        "Ramaphosa is also due to meet Premier Li Qiang in Beijing before he returns to Pretoria on Friday.",
        published=date(2024, 11, 18),
    )
    assert meeting.kind == "planned"
    assert meeting.date is None


def test_a_plan_with_its_own_day_before_a_later_one_keeps_its_own(meetings_in):
    (meeting,) = meetings_in(
        "Ramaphosa will meet Premier Li Qiang in Beijing on Wednesday before he returns to Pretoria on "
        "Friday.",
        published=date(2024, 11, 18),
    )
    assert meeting.kind == "planned"
    assert meeting.date and meeting.date.start == date(2024, 11, 20)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Kenyan President William Ruto will visit Uganda in December.", (2025, 12)),
        # a plan told in the past may name the month just gone: reported late, or not gone ahead
        ("Kenyan President William Ruto was to visit Uganda in December.", (2024, 12)),
    ],
)
def test_a_month_gone_by_in_a_plan_told_with_will_is_the_next_one(meetings_in, text, month):
    (meeting,) = meetings_in(text, published=date(2025, 1, 20))
    assert meeting.date and (meeting.date.start.year, meeting.date.start.month) == month


# -- dates ----------------------------------------------------------------------------------------
def test_a_day_told_alone_after_a_month_in_its_sentence_is_of_that_month(meetings_in):
    text = (
        "Olaf Scholz received Emmanuel Macron in Berlin on Monday. Their last talks came when Scholz "
        "flew to Paris in early March and met Macron at the Elysee Palace on the 7th."
    )
    days = {m.date.start for m in meetings_in(text) if m.date is not None and m.date.precision == "day"}
    assert date(2024, 3, 7) in days and date(2024, 11, 7) not in days


def test_a_day_told_alone_with_no_month_before_it_is_the_latest_such_day(meetings_in):
    text = "Olaf Scholz met Emmanuel Macron in Paris on the 7th."
    meeting = _one(meetings_in(text), "Emmanuel Macron")
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 7)


def test_the_day_of_a_meeting_told_as_an_earlier_one_never_dates_the_one_reported(meetings_in):
    text = (
        "Olaf Scholz held talks with Dutch Prime Minister Dick Schoof in Berlin. It was their second "
        "meeting, after their first encounter in Lisbon in March 2023."
    )
    in_berlin = [m for m in meetings_in(text) if m.place is not None and m.place.city == "Berlin"]
    assert in_berlin and all(m.date is None or m.date.start != date(2023, 3, 1) for m in in_berlin)


def test_a_meeting_after_another_told_without_being_an_earlier_one_still_takes_its_day(meetings_in):
    text = "Following their summit earlier in the day, Olaf Scholz hosted Emmanuel Macron for dinner."
    meeting = _one(meetings_in(text), "Emmanuel Macron")
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 19)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "The visit comes a day after Scholz met Belgian Prime Minister Alexander De Croo",
            date(2024, 11, 17),
        ),
        ("The talks came two days after Scholz held talks with Alexander De Croo", date(2024, 11, 16)),
    ],
)
def test_a_meeting_a_visit_came_days_after_is_that_many_days_before_the_news(meetings_in, told, expected):
    text = (
        "Olaf Scholz held talks with Emmanuel Macron in Paris on Monday.\n\n"
        "A statement said the leaders discussed trade.\n\n"
        f"{told} in Brussels."
    )
    meeting = _one(meetings_in(text), "Alexander De Croo")
    assert meeting.date is not None and meeting.date.start == expected


def test_a_meeting_told_after_a_day_that_no_visit_came_after_is_not_counted_back(meetings_in):
    text = (
        "Olaf Scholz held talks with Emmanuel Macron in Paris on Monday.\n\n"
        "Scholz spent a day in Brussels after he met Belgian Prime Minister Alexander De Croo there."
    )
    meeting = _one(meetings_in(text), "Alexander De Croo")
    assert meeting.date is None or meeting.date.start != date(2024, 11, 17)


# -- "On Thursday, Ruto travels to Kampala": the present simple of news tells what is scheduled ----
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On Thursday, Kenyan President William Ruto travels to Kampala for talks with Ugandan "
            "President Yoweri Museveni.",
            date(2024, 10, 17),
        ),
        (
            "Kenyan President William Ruto meets Ugandan President Yoweri Museveni in Kampala on Thursday.",
            date(2024, 10, 17),
        ),
        (  # the weekday of publication: today
            "On Monday, Kenyan President William Ruto travels to Kampala for talks with Ugandan "
            "President Yoweri Museveni.",
            date(2024, 10, 14),
        ),
        (  # told in the past: the Thursday gone by
            "On Thursday, Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala.",
            date(2024, 10, 10),
        ),
        (  # the present of a relative clause describes, it schedules nothing
            "Kenyan President William Ruto, who on Thursday heads the delegation, met Ugandan President "
            "Yoweri Museveni in Kampala.",
            date(2024, 10, 10),
        ),
        (  # a headline tells the news just gone by
            "Kenyan President William Ruto Meets Ugandan President Yoweri Museveni In Kampala On Thursday",
            date(2024, 10, 10),
        ),
    ],
)
def test_a_weekday_told_in_the_present_simple_of_the_body_is_the_next_one(meetings_in, text, day):
    found = [m for m in meetings_in(text, published=date(2024, 10, 14)) if m.date]
    assert [(m.date.start, m.date.end) for m in found] == [(day, day)], found


@pytest.mark.parametrize("told", ["the truce of 3 May 2024", "the agreement of May 2024"])
def test_a_date_after_of_that_names_something_agreed_does_not_date_the_talks(meetings_in, told):
    text = (
        "Ghanaian President John Mahama hosted Togolese President Faure Gnassingbe in Accra on Friday. The "
        f"two presidents discussed {told} and border trade."
    )
    found = meetings_in(text, published=date(2025, 6, 7))
    assert {(m.date.start if m.date else None) for m in found} <= {date(2025, 6, 6), None}


def test_a_date_after_of_on_a_time_word_still_dates_the_talks(meetings_in):
    text = (
        "Ghanaian President John Mahama held talks with Togolese President Faure Gnassingbe in Accra at the "
        "end of May."
    )
    found = meetings_in(text, published=date(2025, 6, 7))
    assert [(m.date.start.month, m.date.start.year) for m in found if m.date and m.date.start] == [(5, 2025)]


# -- a gathering owned by a year that is over --------------------------------------------------------
@pytest.mark.parametrize("owner", ["last year's", "the 2021"])
def test_a_gathering_of_a_year_that_is_over_is_dated_in_that_year(meetings_in, owner):
    text = f"At {owner} summit in Accra, Kenyan President William Ruto met Nana Akufo-Addo."
    meeting = _one(meetings_in(text, published=date(2022, 5, 4)), "William Ruto")
    assert meeting.date and (meeting.date.start, meeting.date.end) == (date(2021, 1, 1), date(2021, 12, 31))


def test_a_year_owning_a_thing_does_not_date_the_meeting(meetings_in):
    text = "Kenyan President William Ruto met President Nana Akufo-Addo in Accra to discuss last year's deal."
    meeting = _one(meetings_in(text, published=date(2022, 5, 4)), "William Ruto")
    assert meeting.date is None or meeting.date.start != date(2021, 1, 1)


# -- a month without a year, in a story that has just told a year ---------------------------------
def _month_of(found, name):
    meeting = _one(found, name)
    return meeting.date and meeting.date.start and (meeting.date.start.year, meeting.date.start.month)


@pytest.mark.parametrize(
    "before",
    [
        "Relations thawed after Boric was sworn in in February 2016.",
        "Relations thawed in 2016.",
        "Relations thawed after Boric was sworn in in February 2016. The two men first spoke that year.",
    ],
)
def test_a_yearless_month_takes_the_year_the_story_just_told(meetings_in, before):
    text = (
        f"{before}\n\nChilean President Gabriel Boric met Argentine President "
        f"Alberto Fernandez in Santiago in October."
    )
    found = meetings_in(text, published=date(2018, 3, 10))
    assert _month_of(found, "Alberto Fernández") == (2016, 10)


@pytest.mark.parametrize(
    ("before", "month"),
    [
        # the month comes before the one told: the year turned, which the text does not say
        ("Boric travelled to Lima in November 2016.", (2018, 3)),
        # a year something has lasted since reaches to the news
        ("It was his first trip abroad since the floods of 2016.", (2018, 3)),
        # ... however deep in the phrase after "since" the parser hangs the date
        (
            "Boric flew to Lima on Monday, his first trip to the Peruvian capital since the start of "
            "the long border dispute between the two neighbours in February 2016.",
            (2018, 3),
        ),
        # a newer time told in between
        ("Boric travelled to Lima in 2016. On Tuesday he returned to Lima.", (2018, 3)),
    ],
)
def test_a_yearless_month_after_another_time_counts_from_the_news(meetings_in, before, month):
    text = (
        f"{before}\n\nChilean President Gabriel Boric met Argentine President "
        f"Alberto Fernandez in Santiago in March."
    )
    found = meetings_in(text, published=date(2018, 3, 10))
    assert _month_of(found, "Alberto Fernández") == month


# -- a part of the day alone: the day told last ----------------------------------------------------
@pytest.mark.parametrize("part", ["In the evening", "In the afternoon", "During the morning"])
def test_a_part_of_the_day_alone_is_the_day_told_before(meetings_in, part):
    text = (
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi "
        f"on Monday.\n\n{part}, Ruto hosted Tanzanian President Samia Suluhu Hassan at State House."
    )
    found = meetings_in(text, published=date(2024, 6, 7))
    assert _day_of(found, "Samia Suluhu Hassan") == (date(2024, 6, 3), date(2024, 6, 3))


@pytest.mark.parametrize(
    ("earlier", "later", "name"),
    [
        # "Earlier in | the day", the tagger's date cut short; the subject a title with "the"
        (
            "Earlier in the day, Ruto met Ghanaian President John Mahama at Jubilee House.",
            "In the afternoon, the President also met with Vice President Jane Opoku-Agyemang.",
            "Jane Opoku-Agyemang",
        ),
        (
            "Later that day, Albanese met Indonesian President Prabowo Subianto at the Merdeka Palace.",
            "In the evening, the prime minister held talks with Foreign Minister Sugiono.",
            "Sugiono",
        ),
        # the subject a pronoun, another named as the one met
        (
            "Later that day, Ruto met Ghanaian President John Mahama at Jubilee House.",
            "In the evening, he also held talks with Vice President Jane Opoku-Agyemang.",
            "Jane Opoku-Agyemang",
        ),
    ],
)
def test_a_part_of_the_day_goes_on_with_the_day_its_subject_was_told_with_a_relative_day(
    meetings_in, earlier, later, name
):
    text = (
        "Kenyan President William Ruto and Australian Prime Minister Anthony Albanese each arrived "
        f"abroad on Monday.\n\n{earlier}\n\n{later}"
    )
    found = meetings_in(text, published=date(2024, 6, 7))
    assert _day_of(found, name) == (date(2024, 6, 3), date(2024, 6, 3))


def test_a_part_of_the_day_skips_the_day_of_someone_else_told_between(meetings_in):
    text = (
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi "
        "on Monday.\n\nOn Sunday, the opposition leader Raila Odinga addressed a rally in Kisumu.\n\n"
        "In the evening, Ruto hosted Tanzanian President Samia Suluhu Hassan at State House."
    )
    found = meetings_in(text, published=date(2024, 6, 7))
    assert _day_of(found, "Samia Suluhu Hassan") == (date(2024, 6, 3), date(2024, 6, 3))


def test_a_later_part_of_the_day_goes_on_with_the_day_of_the_earlier_one(meetings_in):
    # a date of an older meeting, and one of another event, told between the two parts of the day
    text = (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Wednesday, "
        "5 June.\n\nIn the morning, Ruto and Museveni opened a new border post. It was their second "
        "encounter this year: Museveni was welcomed at State House in Mombasa on 12 February, two weeks "
        "after the floods of 30 January in the Rift Valley.\n\nIn the afternoon, Ruto hosted Tanzanian "
        "President Samia Suluhu Hassan at State House."
    )
    found = meetings_in(text, published=date(2024, 6, 7))
    assert _day_of(found, "Samia Suluhu Hassan") == (date(2024, 6, 5), date(2024, 6, 5))


@pytest.mark.parametrize("earlier", ["In the evening", "In the morning"])
def test_a_part_of_the_day_after_a_sentence_opening_on_another_day_takes_that_day(meetings_in, earlier):
    # "In the evening ... In the afternoon": not the same day; "On Tuesday, ...": the story moved on
    text = (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. "
        f"{earlier}, William Ruto opened a road with Museveni.\n\nOn Tuesday, William Ruto received "
        "South Sudan's President Salva Kiir in Mombasa. In the afternoon, William Ruto hosted Tanzanian "
        "President Samia Suluhu Hassan at State House in Mombasa."
    )
    found = meetings_in(text, published=date(2024, 6, 7))
    assert _day_of(found, "Samia Suluhu Hassan") == (date(2024, 6, 4), date(2024, 6, 4))


def test_a_part_of_the_day_skips_the_day_of_an_event_told_after_before_or_after(meetings_in):
    text = (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Wednesday, "
        "a week after the floods of 29 May in the Rift Valley. In the afternoon, Ruto hosted Tanzanian "
        "President Samia Suluhu Hassan at State House."
    )
    found = meetings_in(text, published=date(2024, 6, 7))
    assert _day_of(found, "Samia Suluhu Hassan") == (date(2024, 6, 5), date(2024, 6, 5))


@pytest.mark.parametrize(
    "round_",
    [
        "In the afternoon, on the margins of the summit, he held a series of bilateral meetings.",
        "In the evening, the Colombian leader held several meetings on the sidelines of the summit.",
        "During the morning, the president held bilateral talks with other leaders at the summit.",
    ],
)
def test_a_part_of_the_day_in_a_sentence_naming_no_one_goes_on_with_the_story_before(meetings_in, round_):
    # "he", "the president", "the Colombian leader": the one the story told before is about, that day
    text = (
        "On Thursday (6), the president took part in the 9th Summit of the Amazon Cooperation Treaty "
        f"Organization (ACTO). Petro spoke at the plenary session.\n\n{round_} Petro met with "
        "Bolivian President Luis Arce, who later wrote on X that the two had agreed to reopen the border."
    )
    found = meetings_in(text, published=date(2025, 3, 8))
    assert _day_of(found, "Luis Arce") == (date(2025, 3, 6), date(2025, 3, 6))


def test_a_part_of_the_day_naming_another_person_still_skips_their_day(meetings_in):
    text = (
        "On Thursday, the opposition leader Raila Odinga addressed a rally in Kisumu.\n\n"
        "In the evening, Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan."
    )
    found = meetings_in(text, published=date(2024, 6, 7))
    assert _day_of(found, "Samia Suluhu Hassan") is None


def test_a_part_of_the_day_with_no_day_told_gives_no_day(meetings_in):
    text = "In the evening, Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan."
    found = meetings_in(text, published=date(2024, 6, 7))
    assert _day_of(found, "Samia Suluhu Hassan") is None


# -- a weekday told with its day of the month ------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # told as past, the day number agreeing with the weekday gone by
        ("The premier was welcomed on Friday, 15th, by King Willem-Alexander in Amsterdam.", 15),
        # a plan: the weekday to come with that day, never pushed a week further
        ("The premier will be received on Thursday, 21st, by King Willem-Alexander in Amsterdam.", 21),
        ("On Thursday (21), the premier will hold talks with King Willem-Alexander in Amsterdam.", 21),
        # reported a week late: the number, not the latest Monday, tells which Monday
        ("On Monday (11), the premier held talks with King Willem-Alexander in Amsterdam.", 11),
        ("The premier held talks on Monday, 11th, with King Willem-Alexander in Amsterdam.", 11),
        # a weekday alone keeps the latest one
        ("The premier held talks on Monday with King Willem-Alexander in Amsterdam.", 18),
    ],
)
def test_a_weekday_with_its_day_of_the_month_dates_the_meeting_that_day(meetings_in, sentence, expected):
    found = meetings_in(f"Indian Prime Minister Narendra Modi toured Europe. {sentence}")
    day = date(2024, 11, expected)
    assert _day_of(found, "Willem-Alexander") == (day, day)


# -- the day a meeting was called off ----------------------------------------------------------
def test_a_month_on_a_verb_of_calling_off_in_the_past_is_the_month_gone_by(meetings_in):
    text = (
        "In February, Warsaw cancelled a planned visit by Hungarian Foreign Minister Peter Szijjarto, "
        "who had been due to meet his Polish counterpart Radoslaw Sikorski."
    )
    found = meetings_in(text, published=date(2024, 7, 10))
    assert _day_of(found, "Radosław Sikorski") == (date(2024, 2, 1), date(2024, 2, 29))


def test_a_month_of_a_meeting_to_come_is_still_the_next(meetings_in):
    text = (
        "Hungarian Foreign Minister Peter Szijjarto will visit Warsaw in February to meet Radoslaw Sikorski."
    )
    found = meetings_in(text, published=date(2024, 7, 10))
    assert _day_of(found, "Radosław Sikorski") == (date(2025, 2, 1), date(2025, 2, 28))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (  # told on a Tuesday: the Tuesday of next week, not today
            "Ghana's President John Mahama will fly to Lome next week, and is due to hold talks with "
            "Togolese President Faure Gnassingbe on Tuesday.",
            date(2025, 6, 17),
        ),
        (  # a day before that of the telling: of next week all the same
            "Kenyan President William Ruto will travel to Kampala next week and is expected to meet Ugandan "
            "President Yoweri Museveni on Monday.",
            date(2025, 6, 16),
        ),
        (  # a day after that of the telling: of next week, not of this one
            "Kenyan President William Ruto will travel to Kampala next week and is expected to meet Ugandan "
            "President Yoweri Museveni on Thursday.",
            date(2025, 6, 19),
        ),
    ],
)
def test_a_plans_weekday_in_a_sentence_that_names_next_week_is_of_next_week(meetings_in, text, day):
    found = [m for m in meetings_in(text, published=date(2025, 6, 10)) if m.date]
    assert [(m.date.start, m.date.end) for m in found] == [(day, day)], found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (  # no next week named: the coming Thursday, of this week
            "Kenyan President William Ruto is expected to meet Ugandan President Yoweri Museveni in "
            "Kampala on Thursday.",
            date(2025, 6, 12),
        ),
        (  # next week is another's time; the meeting told in the past keeps its Monday gone by
            "Kenyan President William Ruto, who travels to Addis Ababa next week, met Ugandan President "
            "Yoweri Museveni in Kampala on Monday.",
            date(2025, 6, 9),
        ),
    ],
)
def test_a_weekday_without_next_week_in_a_plan_keeps_its_nearest_day(meetings_in, text, day):
    # the meeting with Museveni (the trip "next week" is a plan of its own)
    found = [
        m
        for m in meetings_in(text, published=date(2025, 6, 10))
        if m.date and "Yoweri Museveni" in {p.name for p in m.participants}
    ]
    assert [(m.date.start, m.date.end) for m in found] == [(day, day)], found


@pytest.mark.parametrize(
    ("text", "met", "day"),
    [
        (  # a fronted "earlier in the day" dates both verbs joined by "and"
            "Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a trade pact on "
            "Tuesday. Earlier in the day, Ruto laid a wreath at a memorial in Kampala and met Ugandan "
            "Prime Minister Robinah Nabbanja.",
            "Robinah Nabbanja",
            date(2025, 6, 10),
        ),
        (  # the same with "later in the day"
            "Kenyan President William Ruto opened a trade fair in Kampala on Monday. Later in the day, "
            "Ruto toured a factory and held talks with Ugandan President Yoweri Museveni.",
            "Yoweri Museveni",
            date(2025, 6, 9),
        ),
    ],
)
def test_a_fronted_time_of_day_dates_a_verb_joined_to_the_first(meetings_in, text, met, day):
    found = [
        m for m in meetings_in(text, published=date(2025, 6, 10)) if met in {p.name for p in m.participants}
    ]
    assert [(m.date.start, m.date.end) if m.date else None for m in found] == [(day, day)], found


# -- a day told before the one who reports it -----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric held a bilateral meeting with Spanish Prime Minister Pedro "
        "Sanchez on the margins of the EU-CELAC summit in Brussels, Belgium, on Monday, government "
        "spokeswoman Camila Vallejo reported.",
        "Gabriel Boric held talks with Pedro Sanchez at the summit in Brussels, Belgium, on Monday, "
        "spokeswoman Camila Vallejo said.",
    ],
)
def test_a_day_between_the_report_and_its_attribution_is_the_meetings(meetings_in, text):
    monday = (date(2023, 7, 17), date(2023, 7, 17))
    assert _day_of(meetings_in(text, date(2023, 7, 19)), "Pedro Sánchez") == monday


def test_the_day_after_the_verb_of_saying_stays_the_saying(meetings_in):
    text = "Gabriel Boric held talks with Pedro Sanchez in Brussels, Belgium, the presidency said on Monday."
    monday = (date(2023, 7, 17), date(2023, 7, 17))
    assert _day_of(meetings_in(text, date(2023, 7, 19)), "Pedro Sánchez") != monday


# -- the day of a plan hung on a name ------------------------------------------------------------
def test_a_plans_day_hung_on_a_name_inside_the_meeting_phrase_is_the_meetings(meetings_in):
    text = (
        "The meeting between Foreign Minister Elmer Schialer and Celinda Sosa, scheduled for Friday, "
        "was cancelled."
    )
    assert _day_of(meetings_in(text, date(2025, 2, 4)), "Celinda Sosa") == (
        date(2025, 2, 7),
        date(2025, 2, 7),
    )


def test_a_plan_of_the_person_met_lends_no_day_to_the_talks(meetings_in):
    text = (
        "Foreign Minister Elmer Schialer held talks on Monday with Celinda Sosa, who is scheduled to "
        "fly home on Friday."
    )
    assert _day_of(meetings_in(text, date(2025, 2, 4)), "Celinda Sosa") == (
        date(2025, 2, 3),
        date(2025, 2, 3),
    )


def test_a_verb_joined_to_a_where_clause_takes_the_day_of_the_act_it_hangs_on(meetings_in):
    text = (
        "Yoko Kamikawa arrived in Nairobi on Sunday. On Monday, she visited Accra, where she was "
        "received by President Nana Akufo-Addo and held talks with Foreign Minister Shirley Ayorkor Botchwey."
    )
    days = {m.participants[-1].name: m.date.start if m.date else None for m in meetings_in(text)}
    assert days == {"Nana Akufo-Addo": date(2024, 11, 18), "Shirley Ayorkor Botchwey": date(2024, 11, 18)}


def test_a_verb_joined_to_a_where_clause_with_a_day_of_its_own_keeps_it(meetings_in):
    text = (
        "Yoko Kamikawa flew to Accra on Monday, where she was received by President Nana Akufo-Addo, "
        "and will hold talks with Foreign Minister Shirley Ayorkor Botchwey on Wednesday."
    )
    days = {m.participants[-1].name: m.date.start if m.date else None for m in meetings_in(text)}
    assert days["Shirley Ayorkor Botchwey"] == date(2024, 11, 20)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Scholz and Tusk met in Vienna last month, after the ceasefire collapsed on Nov. 3.",
            (date(2024, 11, 1), date(2024, 11, 30)),
        ),
        ("Scholz met Tusk in Vienna after the ceasefire collapsed on Nov. 3.", None),
        (
            "Scholz met Tusk in Vienna on Monday, a week after the ceasefire collapsed on Nov. 3.",
            (date(2024, 12, 16), date(2024, 12, 16)),
        ),
    ],
)
def test_the_day_of_a_clause_the_meeting_came_after_is_not_the_meetings(meetings_in, text, days):
    """ "after the ceasefire collapsed on Nov. 3" tells that event's day, as "after the attack on
    Monday" does, not the meeting's, which keeps its own ("last month") or has none."""
    (meeting,) = meetings_in(text, date(2024, 12, 20))
    assert (meeting.date and (meeting.date.start, meeting.date.end)) == days or (
        meeting.date is None and days is None
    )


def test_the_day_of_a_meeting_told_after_which_something_happened_stays_its_own(meetings_in):
    meetings = meetings_in(
        "After Scholz and Tusk met in Vienna on Monday, the ceasefire collapsed on Wednesday.",
        date(2024, 12, 20),
    )
    assert [(m.date.start if m.date else None) for m in meetings] == [date(2024, 12, 16)]


# -- a participle going along with a dated act ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Norwegian Foreign Minister Espen Barth Eide travelled to Nairobi in June, meeting Kenyan "
            "President William Ruto.",
            date(2024, 6, 1),
            date(2024, 6, 30),
        ),
        (
            "Norwegian Foreign Minister Espen Barth Eide flew to Nairobi in 2022, holding talks with "
            "Kenyan President William Ruto.",
            date(2022, 1, 1),
            date(2022, 12, 31),
        ),
    ],
)
def test_a_participle_after_a_dated_trip_takes_the_trips_date(meetings_in, text, start, end):
    assert _day_of(meetings_in(text), "William Ruto") == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "After meeting Kenyan President William Ruto in Nairobi, Norwegian Foreign Minister Espen Barth "
        "Eide flew to Oslo in June.",
        "Norwegian Foreign Minister Espen Barth Eide flew to Oslo in June after meeting Kenyan President "
        "William Ruto in Nairobi.",
    ],
)
def test_a_participle_opened_by_a_word_of_time_keeps_no_date_of_the_trip(meetings_in, text):
    assert _day_of(meetings_in(text), "William Ruto") is None


# -- a plan's "next year" ----------------------------------------------------------------------------
def test_a_plan_for_next_year_is_of_the_whole_year_after_publication(meetings_in):
    text = (
        "Kenyan President William Ruto will travel to Oslo next year to meet Norwegian Prime Minister "
        "Jonas Gahr Store."
    )
    assert _day_of(meetings_in(text), "William Ruto") == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_plan_for_early_next_year_stays_undated(meetings_in):
    text = (
        "Kenyan President William Ruto will travel to Oslo early next year to meet Norwegian Prime Minister "
        "Jonas Gahr Store."
    )
    assert _day_of(meetings_in(text), "William Ruto") is None


# -- the event a participle describes --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On Friday, President Gustavo Petro will attend a luncheon hosted by Foreign Minister Mauro "
            "Vieira in Brasilia.",
            date(2024, 11, 22),
        ),
        (
            "Today, President Gustavo Petro will attend a dinner hosted by Foreign Minister Mauro Vieira "
            "in Brasilia.",
            date(2024, 11, 19),
        ),
    ],
)
def test_a_plan_told_by_a_participle_on_its_event_takes_the_events_day(meetings_in, text, day):
    assert _day_of(meetings_in(text), "Mauro Vieira") == (day, day)


def test_a_participle_on_an_event_keeps_a_day_of_its_own(meetings_in):
    text = (
        "On Friday, President Gustavo Petro will attend a luncheon hosted by Foreign Minister Mauro "
        "Vieira on Saturday in Brasilia."
    )
    assert _day_of(meetings_in(text), "Mauro Vieira") == (date(2024, 11, 23), date(2024, 11, 23))


@pytest.mark.parametrize(
    "text",
    [
        "Gabriel Boric met Prabowo Subianto in Lima. A meeting between the two planned for the "
        "ASEAN summit in June was called off.",
        "Gabriel Boric met Prabowo Subianto in Lima. In June, a meeting between the two scheduled "
        "at the ASEAN summit fell through.",
    ],
)
def test_the_month_of_a_plan_called_off_is_the_one_gone_by(meetings_in, text):
    found = meetings_in(text, published=date(2024, 9, 3))
    called_off = [m for m in found if m.kind == "cancelled"]
    assert [m.date.start if m.date else None for m in called_off] == [date(2024, 6, 1)]


def test_the_month_of_a_plan_put_off_is_still_the_next(meetings_in):
    text = "Gabriel Boric postponed a meeting with Prabowo Subianto that was planned for June."
    found = meetings_in(text, published=date(2024, 5, 3))
    assert [m.date.start if m.date else None for m in found] == [date(2024, 6, 1)]


SUMMIT_TOLD = (
    "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met in Nairobi on Thursday "
    "at a summit hosted by Ugandan President Yoweri Museveni. The dispute has killed hundreds. "
)


@pytest.mark.parametrize(
    "opener",
    [
        "Before the summit began,",
        "After the summit ended,",
        "After the talks wrapped up,",
        "Before the talks opened,",
    ],
)
def test_a_meeting_right_before_or_after_the_one_told_begins_or_ends_is_of_its_day(meetings_in, opener):
    found = meetings_in(f"{SUMMIT_TOLD}{opener} Ruto held a tete-a-tete with Museveni at the palace.")
    (aside,) = [m for m in found if {p.name for p in m.participants} == {"William Ruto", "Yoweri Museveni"}]
    assert aside.date is not None and aside.date.start == date(2024, 11, 14)


def test_a_start_told_with_a_day_of_its_own_gives_no_day_of_the_one_told(meetings_in):
    text = f"{SUMMIT_TOLD}Before the forum opened on Saturday, Ruto held a tete-a-tete with Museveni."
    (aside,) = [
        m
        for m in meetings_in(text)
        if {p.name for p in m.participants} == {"William Ruto", "Yoweri Museveni"}
    ]
    assert aside.date is None or aside.date.start != date(2024, 11, 14)


@pytest.mark.parametrize(
    "text",
    [
        "President Bola Tinubu is currently meeting with Ghanaian President Nana Akufo-Addo in Abuja.",
        "Ghanaian President Nana Akufo-Addo and Bola Tinubu are now holding talks in Abuja.",
        "Tinubu met Akufo-Addo in Abuja. Attending the ongoing meeting are Yusuf Tuggar and Nuhu Ribadu.",
    ],
)
def test_a_meeting_told_as_going_on_is_of_the_day_of_publication(meetings_in, text):
    (meeting,) = meetings_in(text, published=date(2024, 11, 19))
    assert meeting.date is not None and str(meeting.date.start) == "2024-11-19"


def test_now_on_a_meeting_already_held_gives_it_no_day(meetings_in):
    found = meetings_in(
        "President Bola Tinubu has now met Ghanaian President Nana Akufo-Addo in Abuja.",
        published=date(2024, 11, 19),
    )
    assert all(m.date is None for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Bola Tinubu held talks with Ghanaian President Nana Akufo-Addo, who is currently visiting Abuja.",
        "Tinubu met Akufo-Addo in Abuja as part of an ongoing string of contacts between the two.",
    ],
)
def test_a_stay_or_a_run_of_contacts_going_on_does_not_date_a_meeting(meetings_in, text):
    found = meetings_in(text, published=date(2024, 11, 19))
    assert found and all(m.date is None for m in found)


# -- one subject, two acts joined by "and", the date told on the first ---------------------------
@pytest.mark.parametrize(
    ("text", "met", "days"),
    [
        (
            "Chilean President Gabriel Boric attended the Pacific forum in Lima on May 3 and 4 and held "
            "talks with Peruvian President Dina Boluarte.",
            "Dina Boluarte",
            (date(2024, 5, 3), date(2024, 5, 4)),
        ),
        (
            "Ghanaian President John Mahama flew to Lagos on Monday, where he opened a trade fair on "
            "Wednesday and met Nigerian President Bola Tinubu on its margins.",
            "Bola Tinubu",
            (date(2024, 5, 15), date(2024, 5, 15)),
        ),
        (
            "Swedish Prime Minister Ulf Kristersson addressed the parliament in Helsinki on 6-7 May and "
            "sat down with Finnish President Alexander Stubb.",
            "Alexander Stubb",
            (date(2024, 5, 6), date(2024, 5, 7)),
        ),
    ],
)
def test_an_act_joined_to_a_dated_one_of_the_same_subject_and_tense_is_of_its_days(
    meetings_in, text, met, days
):
    assert _day_of(meetings_in(text, published=date(2024, 5, 18)), met) == days


def test_an_act_joined_in_another_tense_takes_no_date_of_the_first(meetings_in):
    text = (
        "Kenyan President William Ruto opened the trade fair on Tuesday and will meet Ugandan President "
        "Yoweri Museveni."
    )
    meeting = _one(meetings_in(text, published=date(2024, 5, 18)), "Yoweri Museveni")
    assert meeting.date is None or meeting.date.start != date(2024, 5, 14)


# -- an act told "after" or "before" another, as a gerund, on the day told of the other ----------
@pytest.mark.parametrize(
    ("text", "met", "day"),
    [
        (
            "Brazilian President Luiz Inacio Lula da Silva unveiled the fund on March 3 after hosting "
            "Colombian President Gustavo Petro in Brasilia.",
            "Gustavo Petro",
            date(2024, 3, 3),
        ),
        (
            "On Thursday, Polish Prime Minister Donald Tusk signed the decree before receiving Czech "
            "Prime Minister Petr Fiala.",
            "Petr Fiala",
            date(2024, 3, 7),
        ),
        (
            "Japanese Prime Minister Fumio Kishida dropped the bill, which he had backed, on Tuesday "
            "after meeting South Korean President Yoon Suk Yeol.",
            "Yoon Suk Yeol",
            date(2024, 3, 5),
        ),
    ],
)
def test_an_act_told_after_or_before_another_dated_by_a_day_is_of_that_day(meetings_in, text, met, day):
    assert _day_of(meetings_in(text, published=date(2024, 3, 9)), met) == (day, day)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Scholz announced last week a new energy compact with Norway after meeting Norwegian Prime "
            "Minister Jonas Gahr Store in Berlin.",
            "Jonas Gahr Støre",
        ),
        (
            "Anthony Albanese unveiled a trade package last week after hosting New Zealand Prime "
            "Minister Christopher Luxon in Canberra.",
            "Christopher Luxon",
        ),
        (
            "Mexican President Claudia Sheinbaum scrapped the tariff plan last week after receiving "
            "Canadian Prime Minister Mark Carney in Mexico City.",
            "Mark Carney",
        ),
    ],
)
def test_an_act_told_after_another_dated_by_a_week_is_of_that_week(meetings_in, text, met):
    assert _day_of(meetings_in(text, published=date(2024, 3, 9)), met) == (
        date(2024, 2, 26),
        date(2024, 3, 3),
    )


def test_an_act_told_after_another_dated_only_by_a_month_gets_no_date(meetings_in):
    text = "Olaf Scholz resigned last month after meeting French President Emmanuel Macron in Paris."
    assert _day_of(meetings_in(text, published=date(2024, 3, 9)), "Emmanuel Macron") is None


def test_an_act_told_after_another_dated_only_by_a_year_gets_no_day(meetings_in):
    text = "Harris signed the accord in 2019 after meeting French President Emmanuel Macron."
    assert _day_of(meetings_in(text, published=date(2024, 3, 9)), "Emmanuel Macron") is None


# -- a meeting told as what a dated act came after, as a clause or a meeting word ----------------
@pytest.mark.parametrize(
    ("text", "met", "day"),
    [
        (
            "Swedish Prime Minister Karin Holm said on Friday after she and the leaders of Norway and "
            "Denmark met Kenyan President William Ruto that the fund would grow.",
            "William Ruto",
            date(2024, 3, 8),
        ),
        (
            "Chilean Foreign Minister Ana Silva said on Wednesday that both countries wanted to move on, "
            "after talks in Lima with Peruvian President Jorge Ruiz.",
            "Jorge Ruiz",
            date(2024, 3, 6),
        ),
        (
            "Estonian President Alar Karis told reporters on Thursday, following talks with Latvian Prime "
            "Minister Evika Silina in Riga, that the region was safe.",
            "Alar Karis",
            date(2024, 3, 7),
        ),
        (
            "Kenyan President William Ruto signed the accord on Tuesday, after he met Ethiopian Prime "
            "Minister Abiy Ahmed at State House.",
            "Abiy Ahmed",
            date(2024, 3, 5),
        ),
    ],
)
def test_a_meeting_a_dated_act_came_after_is_of_that_day(meetings_in, text, met, day):
    assert _day_of(meetings_in(text, published=date(2024, 3, 9)), met) == (day, day)


# A call told as the noun after "after" or "following", its clause the noun phrase alone: the day
# of the act it came before, as for talks in person.
@pytest.mark.parametrize(
    ("text", "met", "day"),
    [
        (
            "Brazilian President Lula da Silva lifted the ban on Tuesday following a phone conversation "
            "with Chinese President Xi Jinping.",
            "Xi Jinping",
            date(2024, 3, 5),
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba announced on Friday a joint fund for chip research, "
            "after a video call with South Korean President Lee Jae-myung.",
            "Lee Jae-myung",
            date(2024, 3, 8),
        ),
        (
            "Spanish Prime Minister Pedro Sanchez recalled his envoy on Thursday after a phone call with "
            "Argentine President Javier Milei.",
            "Javier Milei",
            date(2024, 3, 7),
        ),
    ],
)
def test_a_call_a_dated_act_came_after_is_of_that_day(meetings_in, text, met, day):
    assert _day_of(meetings_in(text, published=date(2024, 3, 9)), met) == (day, day)


# "for three months" on the act tells how long, no time: the day told before it dates the call
@pytest.mark.parametrize(
    ("text", "met", "day"),
    [
        (
            "Kenyan President William Ruto agreed on Friday to suspend the levy for three months, after "
            "a phone call with Nigerian President Bola Tinubu.",
            "Bola Tinubu",
            date(2024, 3, 8),
        ),
        (
            "Chilean President Gabriel Boric decided on Wednesday to extend the visa waiver for another "
            "year following a phone conversation with Bolivian President Luis Arce.",
            "Luis Arce",
            date(2024, 3, 6),
        ),
        (
            "Indian Prime Minister Narendra Modi agreed on Saturday to waive the fees for six months, "
            "after a video call with Sri Lankan President Anura Kumara Dissanayake.",
            "Anura Kumara Dissanayake",
            date(2024, 3, 9),
        ),
    ],
)
def test_a_length_of_time_on_the_act_a_call_came_after_is_no_day(meetings_in, text, met, day):
    assert _day_of(meetings_in(text, published=date(2024, 3, 11)), met) == (day, day)


def test_a_meeting_a_dated_act_came_after_keeps_a_day_of_its_own(meetings_in):
    text = (
        "Swedish Prime Minister Karin Holm said on Friday after talks with Kenyan President William Ruto "
        "on Tuesday that the fund would grow."
    )
    assert _day_of(meetings_in(text, published=date(2024, 3, 9)), "William Ruto") == (
        date(2024, 3, 5),
        date(2024, 3, 5),
    )


def test_a_meeting_a_dated_act_came_after_gets_no_day_from_a_year(meetings_in):
    text = (
        "Chilean Foreign Minister Ana Silva said in 2019 that both countries wanted to move on, after "
        "talks in Lima with Peruvian President Jorge Ruiz."
    )
    assert _day_of(meetings_in(text, published=date(2024, 3, 9)), "Jorge Ruiz") is None


# -- "on the eve of" the meeting told before: the day before its day -----------------------------
@pytest.mark.parametrize(
    ("text", "met", "day"),
    [
        (
            "ECOWAS leaders had held a summit in Abuja on 10 December. On the eve of that meeting, "
            "ECOWAS Commission President Omar Touray called on Nigerian President Bola Tinubu.",
            "Bola Tinubu",
            date(2024, 12, 9),
        ),
        (
            "Gulf leaders gathered in Doha for a summit on 4 December. On the eve of the summit, Qatari "
            "Emir Tamim bin Hamad Al Thani received Kuwaiti Crown Prince Sabah Khalid Al Sabah.",
            "Sabah Khalid Al Sabah",
            date(2024, 12, 3),
        ),
        (
            "Nordic ministers met in Oslo on Thursday, 12 December. Finnish Foreign Minister Elina "
            "Valtonen had talks with Norwegian Foreign Minister Espen Barth Eide on the eve of the meeting.",
            "Espen Barth Eide",
            date(2024, 12, 11),
        ),
    ],
)
def test_the_eve_of_the_meeting_told_before_is_the_day_before_it(meetings_in, text, met, day):
    assert _day_of(meetings_in(text, published=date(2024, 12, 14)), met) == (day, day)


def test_the_eve_of_a_gathering_named_anew_is_not_counted_from_the_day_told_before(meetings_in):
    text = (
        "Gulf leaders gathered in Doha for a summit on 4 December. On the eve of the G20 summit in Rome, "
        "Qatari Emir Tamim bin Hamad Al Thani received Kuwaiti Crown Prince Sabah Khalid Al Sabah."
    )
    found = meetings_in(text, published=date(2024, 12, 14))
    assert _day_of(found, "Sabah Khalid Al Sabah") != (date(2024, 12, 3), date(2024, 12, 3))


@pytest.mark.parametrize(
    "course",
    [
        "The day culminated in a regional summit that brought together Ruto, Museveni and Rwandan "
        "President Paul Kagame.",
        "The day ended with a regional summit of Ruto, Museveni and Rwandan President Paul Kagame.",
        "The day began with a breakfast meeting between Museveni and Rwandan President Paul Kagame.",
    ],
)
def test_the_day_whose_course_a_sentence_tells_is_the_day_told_before(meetings_in, course):
    found = meetings_in(
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Arusha on "
        f"Thursday. {course}",
        published=date(2024, 11, 19),
    )
    assert _day_of(found, "Paul Kagame") == (date(2024, 11, 14), date(2024, 11, 14))


def test_the_day_of_something_else_dates_no_meeting(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Arusha on "
        "Thursday. Museveni met Rwandan President Paul Kagame the day the new bridge opened.",
        published=date(2024, 11, 19),
    )
    assert _day_of(found, "Paul Kagame") != (date(2024, 11, 14), date(2024, 11, 14))


# -- a date word on the meeting noun is the meeting's own -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Prime Minister Paetongtarn Shinawatra was suspended from office on July 1 over a leaked June "
            "phone call with Hun Sen.",
            "Hun Sen",
            (date(2024, 6, 1), date(2024, 6, 30)),
        ),
        (
            "The ministry on Monday released a transcript of the May phone call between Ruto and Museveni.",
            "Yoweri Museveni",
            (date(2024, 5, 1), date(2024, 5, 31)),
        ),
        (
            "On Friday Macron defended last week's video call with Putin.",
            "Vladimir Putin",
            (date(2024, 11, 11), date(2024, 11, 17)),
        ),
    ],
)
def test_a_date_on_the_meeting_noun_dates_it_whatever_the_verb_tells(meetings_in, text, name, day):
    assert _day_of(meetings_in(text, published=date(2024, 11, 19)), name) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Xi Jinping, Olaf Scholz and Emmanuel Macron held a video summit focused on climate change in "
            "April 2021.",
            (date(2021, 4, 1), date(2021, 4, 30)),
        ),
        # the day of the clause where the participle tells none of its own, only one of what it names
        (
            "Xi Jinping, Olaf Scholz and Emmanuel Macron held a video summit on Monday focused on the deal "
            "signed in May.",
            (date(2024, 11, 18), date(2024, 11, 18)),
        ),
    ],
)
def test_the_day_in_the_participle_telling_what_a_sitting_was_about_is_its_day(meetings_in, text, day):
    assert _day_of(meetings_in(text, published=date(2024, 11, 19)), "Olaf Scholz") == day


def test_a_meeting_noun_without_a_date_of_its_own_takes_the_clauses(meetings_in):
    found = meetings_in(
        "Ruto met Museveni in Kampala on Monday for their annual meeting.", published=date(2024, 11, 19)
    )
    assert _day_of(found, "Yoweri Museveni") == (date(2024, 11, 18), date(2024, 11, 18))


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Foreign Minister Faisal bin Farhan received Iranian Foreign Minister Abbas Araghchi in Riyadh "
        "on Wednesday. They discussed the accord signed by the two countries in March 2023. The two "
        "ministers last met in New York in September.",
        "Egyptian President Abdel Fattah el-Sisi met Turkish President Recep Tayyip Erdogan in Cairo on "
        "Wednesday. The two sides restored ties under a deal signed in March 2023. Their last meeting was in "
        "September in New Delhi.",
    ],
)
def test_a_month_of_a_meeting_told_as_the_last_is_the_latest_before_the_news(meetings_in, text):
    past = [
        m for m in meetings_in(text, date(2024, 10, 9)) if m.date is not None and m.date.precision == "month"
    ]
    assert len(past) == 1 and past[0].date.start == date(2024, 9, 1)


def test_a_month_told_after_a_year_without_last_keeps_the_storys_year(meetings_in):
    text = (
        "Egyptian President Abdel Fattah el-Sisi met Turkish President Recep Tayyip Erdogan in Cairo on "
        "Wednesday. Erdogan took office in May 2018. They met in September in New Delhi."
    )
    past = [
        m for m in meetings_in(text, date(2024, 10, 9)) if m.date is not None and m.date.precision == "month"
    ]
    assert len(past) == 1 and past[0].date.start == date(2018, 9, 1)


def test_a_meeting_a_span_of_time_before_a_dated_act_is_not_of_its_day(meetings_in):
    text = (
        "Swedish Prime Minister Karin Holm said on Friday, a day after she met Kenyan President William "
        "Ruto, that the fund would grow."
    )
    assert _day_of(meetings_in(text, published=date(2024, 3, 9)), "William Ruto") != (
        date(2024, 3, 8),
        date(2024, 3, 8),
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Biden was scheduled to cross the city later on Friday to meet Italian President Sergio "
            "Mattarella.",
            date(2021, 10, 29),
        ),
        (
            "Kenyan President William Ruto will drive to Kampala on Monday to meet Ugandan President Yoweri "
            "Museveni.",
            date(2021, 11, 1),
        ),
        (
            "Polish President Andrzej Duda crossed into Ukraine on Tuesday to meet Ukrainian President "
            "Volodymyr Zelensky.",
            date(2021, 10, 26),
        ),
    ],
)
def test_a_meeting_a_way_across_is_made_for_is_of_that_ways_day(meetings_in, text, day):
    (meeting,) = meetings_in(text, published=date(2021, 10, 29))
    assert meeting.date is not None and meeting.date.start == day


def test_crossing_a_room_does_not_date_a_meeting_told_in_a_clause_of_its_own(meetings_in):
    (meeting,) = meetings_in(
        "Polish President Andrzej Duda crossed the room on Tuesday to shake hands with reporters, and "
        "met Ukrainian President Volodymyr Zelensky on Wednesday.",
        published=date(2021, 10, 29),
    )
    assert meeting.date is not None and meeting.date.start == date(2021, 10, 27)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "In March, a summit set for March 12 in Nairobi that was to bring together Kenyan President "
            "William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan "
            "was called off after floods.",
            (date(2023, 3, 12), date(2023, 3, 12)),
        ),
        (
            "In May, a meeting scheduled for May 3 in Kampala that was to bring together Kenyan President "
            "William Ruto and Ugandan President Yoweri Museveni was postponed.",
            (date(2023, 5, 3), date(2023, 5, 3)),
        ),
        (
            "Last year, a summit slated for June 9 in Arusha that was to bring together Kenyan President "
            "William Ruto and Ugandan President Yoweri Museveni was cancelled.",
            (date(2023, 6, 9), date(2023, 6, 9)),
        ),
        (  # no day it was set for: the month the clause tells stays
            "In October, a planned summit of Kenyan President William Ruto, Ugandan President Yoweri "
            "Museveni and Tanzanian President Samia Suluhu Hassan in Nairobi was called off.",
            (date(2023, 10, 1), date(2023, 10, 31)),
        ),
    ],
)
def test_the_day_a_meeting_was_set_for_is_its_date_within_the_month_the_clause_tells(meetings_in, text, day):
    meeting = _one(meetings_in(text, date(2024, 2, 14)), "William Ruto")
    assert (meeting.date.start, meeting.date.end) == day


# -- what came right after an act: "followed by" ------------------------------------------------------
@pytest.mark.parametrize(
    "act",
    [
        "Earlier in the day, Kagame was given a state welcome at the old palace in Benguela",
        "Earlier in the day, Kagame was accorded a ceremonial welcome in Benguela",
        "Earlier in the day, Kagame laid a wreath at the war memorial in Benguela",
    ],
)
def test_a_meeting_followed_by_after_an_act_takes_its_day_and_place(meetings_in, act):
    found = meetings_in(
        "President Paul Kagame held talks with Angolan Foreign Minister Tete Antonio in Luanda on "
        f"Thursday.\n\n{act}, followed by an audience with President Joao Lourenco.",
        published=date(2024, 11, 23),
    )
    meeting = _one(found, "João Lourenço")
    assert (meeting.date.start, meeting.date.end) == (date(2024, 11, 21), date(2024, 11, 21))
    assert meeting.place is not None and meeting.place.city == "Benguela"


def test_a_call_followed_by_after_an_act_takes_no_place_from_it(meetings_in):
    found = meetings_in(
        "On Thursday, Kagame laid a wreath at the monument in Benguela, followed by a phone call with "
        "President Joao Lourenco.",
        published=date(2024, 11, 23),
    )
    meeting = _one(found, "João Lourenço")
    assert meeting.place is None or meeting.place.city != "Benguela"


# -- a time of day alone ----------------------------------------------------------------------------------
@pytest.mark.parametrize("time", ["at 4:30 p.m.", "at around 7.15 pm local time", "at noon"])
def test_a_time_of_day_alone_is_on_the_day_the_story_told_last(meetings_in, time):
    found = meetings_in(
        "President William Ruto held talks with President Yoweri Museveni in Entebbe on Saturday.\n\n"
        f"Ruto arrived at the State House {time} and was welcomed by Foreign Minister Jeje Odongo.",
        published=date(2024, 11, 25),
    )
    assert _day_of(found, "Jeje Odongo") == (date(2024, 11, 23), date(2024, 11, 23))


def test_a_time_of_day_alone_with_no_day_told_before_is_the_day_of_publication(meetings_in):
    found = meetings_in(
        "Ruto arrived at the State House at 4:30 p.m. and was welcomed by Foreign Minister Jeje Odongo.",
        published=date(2024, 11, 25),
    )
    assert _day_of(found, "Jeje Odongo") == (date(2024, 11, 25), date(2024, 11, 25))


# a few paragraphs of quotes and figures between the story's day and the time told alone
_FILLER = (
    '"We have agreed to deepen our trade and to open new routes for our exporters," the minister told '
    "reporters after the signing, adding that both sides would set up a joint committee.\n\n"
    "Exports between the two countries rose by a fifth over the past three years, driven by coffee, "
    "tea, cement and refined oil, and officials expect the new road corridor to lift them further.\n\n"
)


@pytest.mark.parametrize("time", ["shortly after midday", "at 3:15 p.m.", "around noon"])
def test_a_time_of_day_alone_far_below_the_lead_is_on_the_leads_day(meetings_in, time):
    text = (
        "Tanzanian President Samia Suluhu Hassan hosted a regional summit on trade in Arusha last night.\n\n"
        + _FILLER * 4
        + f"Hassan arrived at the venue {time} and held talks with Zambian President Hakainde Hichilema."
    )
    found = meetings_in(text, published=date(2024, 11, 25))
    assert _day_of(found, "Hakainde Hichilema") == (date(2024, 11, 24), date(2024, 11, 24))


@pytest.mark.parametrize("length", ["a day-long", "a two-day", "a 48-hour"])
def test_an_announcement_at_the_end_of_a_long_meeting_dates_a_time_told_after_it(meetings_in, length):
    text = (
        "Ghana's President John Mahama announced on Sunday a new trade deal at the end of "
        f"{length} summit in Accra.\n\n"
        "Mahama arrived at the venue at noon and held talks with Ivorian President Alassane Ouattara."
    )
    found = meetings_in(text, published=date(2024, 11, 26))
    assert _day_of(found, "Alassane Ouattara") == (date(2024, 11, 24), date(2024, 11, 24))


def test_a_time_of_day_alone_counts_not_from_a_day_someone_said_something(meetings_in):
    text = (
        "The ministry said on Sunday that talks on the border would resume soon.\n\n"
        "Nigerian President Bola Tinubu arrived in Abuja at noon and met Beninese President Patrice Talon."
    )
    found = meetings_in(text, published=date(2024, 11, 26))
    assert _day_of(found, "Patrice Talon") != (date(2024, 11, 24), date(2024, 11, 24))


# -- a month's name that opens a title --------------------------------------------------------------------
@pytest.mark.parametrize("title", ["March of the Volunteers", "May of Peace", "June of Hope"])
def test_a_month_that_opens_a_title_dates_no_meeting(meetings_in, title):
    found = meetings_in(
        "President William Ruto held talks with President Yoweri Museveni in Entebbe on Saturday.\n\n"
        f"Ruto was welcomed by Foreign Minister Jeje Odongo as a band played the {title}.",
        published=date(2024, 11, 25),
    )
    meeting = _one(found, "Jeje Odongo")
    assert meeting.date is None or (meeting.date.start.year, meeting.date.start.month) == (2024, 11)


def test_a_month_of_a_year_still_dates_a_meeting(meetings_in):
    found = meetings_in(
        "Ruto met Foreign Minister Jeje Odongo in Kampala in March of 2023.", published=date(2024, 11, 25)
    )
    assert _day_of(found, "Jeje Odongo") == (date(2023, 3, 1), date(2023, 3, 31))


# -- a meeting not held, refused last year --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Last year President Gustavo Petro declined to attend a summit hosted by President Javier Milei "
        "in Lima in September.",
        "President Gustavo Petro last year refused to attend the summit hosted by President Javier Milei "
        "in Quito in September.",
    ],
)
def test_a_month_of_a_meeting_refused_last_year_is_of_last_year(meetings_in, text):
    found = meetings_in(text, published=date(2024, 7, 15))
    assert _day_of(found, "Javier Milei") == (date(2023, 9, 1), date(2023, 9, 30))


def test_a_month_of_a_meeting_refused_with_no_year_told_is_still_to_come(meetings_in):
    text = (
        "President Gustavo Petro declined to attend a summit hosted by President Javier Milei in Lima "
        "in September."
    )
    found = meetings_in(text, published=date(2024, 7, 15))
    assert _day_of(found, "Javier Milei") == (date(2024, 9, 1), date(2024, 9, 30))


@pytest.mark.parametrize("count", ["hours after", "minutes after", "hours before"])
def test_a_count_of_hours_from_another_event_tells_no_day_of_its_own(meetings_in, count):
    text = (
        "African Union leaders agreed on Saturday to suspend Gabon.\n\n"
        f"The decision came {count} Ruto held talks on the sidelines of the summit with Abiy Ahmed."
    )
    found = meetings_in(text, published=date(2024, 2, 18))
    assert _day_of(found, "Abiy Ahmed") == (date(2024, 2, 17), date(2024, 2, 17))


def test_a_count_of_days_from_another_event_still_tells_a_day_of_its_own(meetings_in):
    text = (
        "African Union leaders agreed on Saturday to suspend Gabon.\n\n"
        "The decision came two weeks after Ruto held talks on the sidelines of a summit with Abiy Ahmed."
    )
    found = meetings_in(text, published=date(2024, 2, 18))
    assert _day_of(found, "Abiy Ahmed") != (date(2024, 2, 17), date(2024, 2, 17))


# -- a "with" clause of a participle: the circumstance of the act it hangs on ----------------------
@pytest.mark.parametrize(
    ("text", "start", "end", "city"),
    [
        (
            "The third round was held in Geneva in March 2019, with Sergey Lavrov and Antony Blinken "
            "discussing arms control.",
            date(2019, 3, 1),
            date(2019, 3, 31),
            "Geneva",
        ),
        (
            "The second round, in May 2018, took place in Oslo, with Jens Stoltenberg and Sergey Lavrov "
            "talking about missile defence.",
            date(2018, 5, 1),
            date(2018, 5, 31),
            "Oslo",
        ),
        (
            "The fifth session, in October 2020, had to be held by video link, with Charles Michel and "
            "Fumio Kishida discussing the trade agreement.",
            date(2020, 10, 1),
            date(2020, 10, 31),
            None,
        ),
    ],
)
def test_a_with_clause_of_a_participle_takes_the_date_and_place_of_its_act(
    meetings_in, text, start, end, city
):
    meeting = meetings_in(text, published=date(2024, 7, 15))[0]
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (start, end)
    assert (meeting.place.city if meeting.place else None) == city


def test_a_with_of_those_met_takes_no_date_from_its_verb_as_a_circumstance(meetings_in):
    found = meetings_in(
        "Olaf Scholz met Emmanuel Macron on Monday with Rishi Sunak.", published=date(2024, 9, 25)
    )
    assert {m.date.start for m in found if m.date} == {date(2024, 9, 23)}


WHERE_IN_A_WHEN_CLAUSE = [
    (
        "The visit was overshadowed in March when Brazilian President Lula da Silva called off a stop in "
        "Luanda, where he had been due to meet Angolan President Joao Lourenco.",
        "João Lourenço",
        (date(2024, 3, 1), date(2024, 3, 31)),
    ),
    (
        "Relations warmed in July when Kenyan President William Ruto made a stop in Kampala, where he met "
        "Ugandan President Yoweri Museveni.",
        "Yoweri Museveni",
        (date(2024, 7, 1), date(2024, 7, 31)),
    ),
]


@pytest.mark.parametrize(("text", "other", "days"), WHERE_IN_A_WHEN_CLAUSE)
def test_a_where_clause_on_a_place_in_a_when_clause_takes_the_time_the_when_clause_hangs_on(
    meetings_in, text, other, days
):
    (meeting,) = [m for m in meetings_in(text) if other in {p.name for p in m.participants}]
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == days


def test_a_where_clause_takes_no_time_from_a_relative_clause_on_a_person(meetings_in):
    text = (
        "Kenyan President William Ruto, who was praised in July by the IMF, made a stop in Kampala, where he "
        "met Ugandan President Yoweri Museveni."
    )
    (meeting,) = [m for m in meetings_in(text) if "Yoweri Museveni" in {p.name for p in m.participants}]
    assert meeting.date is None


def test_a_where_clause_with_a_day_of_its_own_keeps_it_inside_a_when_clause(meetings_in):
    text = (
        "Tensions eased in July when Kenyan President William Ruto flew to Kampala, where he met Ugandan "
        "President Yoweri Museveni on August 3."
    )
    (meeting,) = [m for m in meetings_in(text) if "Yoweri Museveni" in {p.name for p in m.participants}]
    assert meeting.date is not None and meeting.date.start == date(2024, 8, 3)


CALLS_TOLD_ON_A_DAY = [
    (
        "Later on Tuesday, Mexican President Claudia Sheinbaum wrote on X that she had had a very good "
        "telephone conversation with Brazilian President Luiz Inacio Lula da Silva.",
        "Luiz Inácio Lula da Silva",
        date(2025, 6, 17),
    ),
    (
        "On Friday, Kenyan President William Ruto said that he had spoken by phone with Ugandan President "
        "Yoweri Museveni.",
        "Yoweri Museveni",
        date(2025, 6, 13),
    ),
    (
        "Australian Prime Minister Anthony Albanese said on Monday that he had held a video call with "
        "Japanese Prime Minister Shigeru Ishiba.",
        "Shigeru Ishiba",
        date(2025, 6, 16),
    ),
]


@pytest.mark.parametrize(("text", "other", "day"), CALLS_TOLD_ON_A_DAY)
def test_a_call_told_without_a_time_in_what_someone_said_on_a_day_is_of_that_day(
    meetings_in, text, other, day
):
    meeting = _one(meetings_in(text, published=date(2025, 6, 17)), other)
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (day, day)


def test_a_call_told_with_a_time_of_its_own_keeps_it_whatever_day_it_was_told(meetings_in):
    text = (
        "On Friday, Kenyan President William Ruto said that he had spoken by phone with Ugandan President "
        "Yoweri Museveni last week."
    )
    meeting = _one(meetings_in(text, published=date(2025, 6, 17)), "Yoweri Museveni")
    assert meeting.date is not None and meeting.date.start == date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "President William Ruto said last month that he had spoken by phone with Ugandan President "
            "Yoweri Museveni.",
            (date(2025, 5, 1), date(2025, 5, 31)),
        ),
        (
            "President William Ruto said last week that he had held a phone call with Ugandan President "
            "Yoweri Museveni.",
            (date(2025, 6, 9), date(2025, 6, 15)),
        ),
    ],
)
def test_a_call_told_in_what_someone_said_in_a_week_or_month_is_of_it(meetings_in, text, span):
    meeting = _one(meetings_in(text, published=date(2025, 6, 17)), "Yoweri Museveni")
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == span


def test_a_call_told_in_what_someone_said_on_no_day_told_takes_no_day(meetings_in):
    text = "President William Ruto said that he had spoken by phone with Ugandan President Yoweri Museveni."
    assert _one(meetings_in(text, published=date(2025, 6, 17)), "Yoweri Museveni").date is None


@pytest.mark.parametrize(
    "text",
    [
        "Rubio held talks with Lavrov on Monday and another round on Tuesday in Riyadh.",
        "Rubio held talks with Lavrov on Monday and a second round on Tuesday in Riyadh.",
        "Wang Yi and Jaishankar held talks on Monday and a final session on Tuesday in New Delhi.",
    ],
)
def test_talks_told_on_a_day_and_another_sitting_on_the_next_span_both_days(meetings_in, text):
    (meeting,) = meetings_in(text, date(2025, 2, 20))
    assert (meeting.date.start, meeting.date.end) == (date(2025, 2, 17), date(2025, 2, 18))


def test_another_meeting_on_the_next_day_keeps_its_own_day(meetings_in):
    text = "Rubio held talks with Lavrov on Monday and then met Wang Yi on Tuesday in Riyadh."
    lavrov = _one(meetings_in(text, date(2025, 2, 20)), "Sergey Lavrov")
    assert (lavrov.date.start, lavrov.date.end) == (date(2025, 2, 17), date(2025, 2, 17))


# -- talks told as a sitting on one day and another on the next ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto spent six hours on Thursday and another session on Friday with "
        "Ethiopian Prime Minister Abiy Ahmed in Nairobi.",
        "Ethiopian Prime Minister Abiy Ahmed and Kenyan President William Ruto held talks for three hours on "
        "Thursday and another two hours on Friday in Nairobi.",
        "William Ruto held a first round of talks with Abiy Ahmed in Nairobi on Thursday and a second "
        "round on Friday.",
    ],
)
def test_a_second_sitting_the_next_day_spans_both_days(meetings_in, text):
    found = meetings_in(text, published=date(2024, 9, 28))
    assert _day_of(found, "Abiy Ahmed") == (date(2024, 9, 26), date(2024, 9, 27))


@pytest.mark.parametrize(
    "text",
    [
        "William Ruto met Abiy Ahmed in Nairobi on Thursday and will meet him again on Friday.",
        "William Ruto met Abiy Ahmed in Nairobi on Thursday and flew home on Friday.",
        "William Ruto met Abiy Ahmed in Nairobi on Monday and another time on Thursday.",
        "William Ruto held talks with Abiy Ahmed in Nairobi on Monday and another round on Thursday.",
    ],
)
def test_a_day_of_something_else_or_days_apart_is_not_a_span_of_the_talks(meetings_in, text):
    found = meetings_in(text, published=date(2024, 9, 28))
    held = [m.date for m in found if m.kind == "in_person"]
    assert held and all(d is not None and d.start == d.end for d in held)


def test_days_of_last_week_told_of_a_meeting_before_stay_in_that_week(meetings_in):
    text = "Ruto and Abiy Ahmed last met in Addis Ababa on Monday and Tuesday of last week."
    found = meetings_in(text, published=date(2024, 9, 25))
    assert _day_of(found, "Abiy Ahmed") == (date(2024, 9, 16), date(2024, 9, 17))


# -- a meeting held at the opening of a session, or while it waits ---------------------------------
@pytest.mark.parametrize(
    "opened", ["Before the session opened", "Before the sitting began", "After the session closed"]
)
def test_a_meeting_before_the_session_opened_is_on_the_sessions_day(meetings_in, opened):
    text = (
        "Defence ministers of the coalition gathered in Brussels on Thursday for their regular plenary.\n\n"
        f"{opened}, Dutch Defence Minister Ruben Brekelmans met with Latvian Defence Minister "
        "Andris Spruds at the headquarters."
    )
    found = meetings_in(text, published=date(2024, 10, 18))
    assert _day_of(found, "Andris Spruds") == (date(2024, 10, 17), date(2024, 10, 17))


def test_a_session_opening_on_a_day_of_its_own_is_not_dated_by_the_day_told_before(meetings_in):
    text = (
        "Defence ministers of the coalition gathered in Brussels on Thursday for their regular plenary.\n\n"
        "Before the session opened on Wednesday, Dutch Defence Minister Ruben Brekelmans met with "
        "Latvian Defence Minister Andris Spruds at the headquarters."
    )
    found = meetings_in(text, published=date(2024, 10, 18))
    assert _day_of(found, "Andris Spruds") != (date(2024, 10, 17), date(2024, 10, 17))


@pytest.mark.parametrize(
    "paused",
    [
        "The three-way session was put on hold for about an hour while Ruto held a separate meeting",
        "The talks were paused while Ruto held a separate meeting",
    ],
)
def test_a_meeting_held_while_the_session_waited_is_on_its_day(meetings_in, paused):
    text = (
        "Tanzanian President Samia Suluhu Hassan hosted Kenya's William Ruto and Uganda's Yoweri "
        "Museveni for talks in Arusha on Monday.\n\n"
        f"{paused} with African Union Commission chairman Moussa Faki at the conference centre."
    )
    found = meetings_in(text, published=date(2024, 10, 15))
    assert _day_of(found, "Moussa Faki Mahamat") == (date(2024, 10, 14), date(2024, 10, 14))


def test_a_meeting_held_while_something_else_went_on_takes_no_day_from_it(meetings_in):
    text = (
        "Tanzanian President Samia Suluhu Hassan hosted Kenya's William Ruto and Uganda's Yoweri "
        "Museveni for talks in Arusha on Monday.\n\n"
        "Their previous summit was in Kampala in May. Markets stayed calm while Ruto had held a "
        "separate meeting with African Union Commission chairman Moussa Faki in Addis Ababa."
    )
    found = meetings_in(text, published=date(2024, 10, 15))
    assert _day_of(found, "Moussa Faki Mahamat") != (date(2024, 10, 14), date(2024, 10, 14))


@pytest.mark.parametrize(
    "text",
    [
        "HANOI - Indian Prime Minister Narendra Modi and Vietnamese Prime Minister Pham Minh Chinh agreed "
        "on Tuesday to expand trade.\n\nThe two leaders met for an hour in Hanoi, in their first meeting "
        "since Chinh took office in January.",
        "NAIROBI - Kenyan President William Ruto and Ghanaian President John Mahama pledged on Tuesday to "
        "open their markets.\n\nThe two presidents held talks at State House, their first since Mahama "
        "returned to power on Jan. 7.",
    ],
)
def test_a_date_in_a_since_clause_is_when_the_count_began_not_the_meetings_day(meetings_in, text):
    found = [m for m in meetings_in(text, published=date(2025, 6, 12)) if len(m.participants) == 2]
    assert found
    assert all(m.date is not None and m.date.start == date(2025, 6, 10) for m in found)


def test_a_date_of_the_meeting_beside_a_since_clause_is_its_own(meetings_in):
    text = (
        "Ruto and Mahama held talks in Nairobi on Wednesday, their first meeting since Mahama took "
        "office in January."
    )
    (meeting,) = meetings_in(text, published=date(2025, 6, 12))
    assert meeting.date is not None and meeting.date.start == date(2025, 6, 11)


# -- a weekday named with the week after ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (  # told on a Tuesday: the Thursday of the week after, not this Thursday
            "Chilean Foreign Minister Ana Lagos is scheduled to hold talks with Peruvian Foreign Minister "
            "Raul Ortiz in Lima on Thursday next week.",
            date(2025, 6, 19),
        ),
        (  # a weekday before that of the telling, "of next week"
            "Chilean Foreign Minister Ana Lagos will meet Peruvian Foreign Minister Raul Ortiz on Monday of "
            "next week, a spokesman said.",
            date(2025, 6, 16),
        ),
        (  # the part of the day leaves the day as it is
            "Chilean Foreign Minister Ana Lagos is due to sit down with Peruvian Foreign Minister Raul Ortiz "
            "on Friday morning next week.",
            date(2025, 6, 20),
        ),
    ],
)
def test_a_weekday_told_with_next_week_is_that_day_of_the_week_after(meetings_in, text, day):
    found = meetings_in(text, published=date(2025, 6, 10))
    assert _day_of(found, "Raul Ortiz") == (day, day)


def test_a_meeting_held_last_week_on_a_weekday_is_not_moved_to_next_week(meetings_in):
    text = (
        "Chilean Foreign Minister Ana Lagos met Peruvian Foreign Minister Raul Ortiz in Lima on "
        "Thursday last week."
    )
    found = meetings_in(text, published=date(2025, 6, 10))
    assert _day_of(found, "Raul Ortiz") == (date(2025, 6, 5), date(2025, 6, 5))


# -- a part of the day in a plan ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian President Kofi Boateng will meet Togolese President Komi Adjavon in Lome in the afternoon.",
        "Ghanaian President Kofi Boateng is expected in Lome in the afternoon, where he will be received by "
        "Togolese President Komi Adjavon.",
        "In the evening, Togolese President Komi Adjavon will host a dinner for Ghanaian President "
        "Kofi Boateng in Lome.",
    ],
)
def test_a_plans_part_of_the_day_with_no_day_told_is_publication_day(meetings_in, text):
    found = meetings_in(text, published=date(2025, 6, 10))
    assert _day_of(found, "Komi Adjavon") == (date(2025, 6, 10), date(2025, 6, 10))


def test_a_plans_part_of_the_day_after_another_day_told_is_not_publication_day(meetings_in):
    text = (
        "Ghanaian President Kofi Boateng will arrive in Lome on Saturday. "
        "He will meet Togolese President Komi Adjavon in the afternoon."
    )
    found = meetings_in(text, published=date(2025, 6, 10))
    assert _day_of(found, "Komi Adjavon") != (date(2025, 6, 10), date(2025, 6, 10))


def test_a_meeting_held_in_the_afternoon_is_not_dated_by_that_alone(meetings_in):
    text = "Ghanaian President Kofi Boateng met Togolese President Komi Adjavon in Lome in the afternoon."
    found = meetings_in(text, published=date(2025, 6, 10))
    assert _day_of(found, "Komi Adjavon") is None


# -- a speaker's "today" inside a quotation is the day it was said, not the writer's ---------------
@pytest.mark.parametrize(
    ("quote", "later"),
    [
        (
            '"We have today agreed to deepen our ties," President Diallo told reporters after the talks.',
            "In the evening",
        ),
        ('"Today we opened a new chapter," Mwangi said.', "In the evening"),
        (
            "Diallo said: \u201cYesterday we settled the border question, today we turn to trade.\u201d",
            "Later in the day",
        ),
    ],
)
def test_a_quoted_today_does_not_move_a_later_part_of_the_day_to_publication_day(meetings_in, quote, later):
    text = (
        "President Amina Diallo and Kenyan President Joseph Mwangi yesterday held talks at State House "
        "in Nairobi.\n\n"
        f"{quote}\n\n"
        f"{later}, President Mwangi hosted a state dinner in honour of President Diallo."
    )
    found = meetings_in(text, published=date(2024, 5, 10))
    days = {m.date and m.date.start for m in found}
    assert days == {date(2024, 5, 9)}, [(m.participants, m.date) for m in found]


def test_the_writers_own_today_still_dates_a_later_part_of_the_day(meetings_in):
    text = (
        "Chilean President Rosa Fuentes met Argentine President Diego Alvarez in Santiago yesterday.\n\n"
        "Fuentes today received Uruguayan Foreign Minister Pablo Suarez at La Moneda.\n\n"
        "In the evening, Fuentes hosted a dinner for Suarez."
    )
    found = meetings_in(text, published=date(2024, 5, 10))
    with_suarez = [m for m in found if "Pablo Suarez" in {p.name for p in m.participants}]
    assert with_suarez and {m.date and m.date.start for m in with_suarez} == {date(2024, 5, 10)}


# -- a day word inside a quotation is the speaker's: no anchor for the narrative's next day --------
@pytest.mark.parametrize(
    ("lead", "quote", "later", "name"),
    [
        (
            "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala "
            "yesterday.",
            '"Today we have opened a new chapter," Ruto told reporters after the talks.',
            "In the evening, Museveni hosted Ruto and Rwandan President Paul Kagame at State House.",
            "Paul Kagame",
        ),
        (
            "Brazilian President Lula met Chilean President Gabriel Boric at La Moneda in Santiago on "
            "Thursday.",
            "\u201cThis morning we agreed to double our trade,\u201d Lula said, flanked by Boric.",
            "In the afternoon, Lula held talks with Peruvian President Dina Boluarte.",
            "Dina Boluarte",
        ),
    ],
)
def test_a_day_word_in_a_quotation_is_no_anchor_for_a_day_told_after_it(
    meetings_in, lead, quote, later, name
):
    found = meetings_in(f"{lead}\n\n{quote}\n\n{later}", published=date(2024, 6, 7))
    assert _day_of(found, name) == (date(2024, 6, 6), date(2024, 6, 6))


def test_a_day_word_told_outside_a_quotation_still_anchors_a_part_of_the_day(meetings_in):
    # a quotation between, then the narrative's own day: that day, not the lead's
    text = (
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala "
        'yesterday.\n\n"Today we open a new chapter," Ruto said.\n\nOn Wednesday, Ruto met Tanzanian '
        "President Samia Suluhu Hassan in Arusha.\n\nIn the evening, Ruto hosted Rwandan President "
        "Paul Kagame at State House in Arusha."
    )
    found = meetings_in(text, published=date(2024, 6, 7))
    assert _day_of(found, "Paul Kagame") == (date(2024, 6, 5), date(2024, 6, 5))


# -- a journey's day, then talks told: a later part of the day goes on with the talks ---------------
@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "British Foreign Secretary David Lammy and Indian Foreign Minister Subrahmanyam Jaishankar "
            "agreed on Thursday to expand trade talks. Lammy arrived in New Delhi late Wednesday. The two "
            "ministers held talks at Hyderabad House for an hour. Later in the afternoon, Lammy met Prime "
            "Minister Narendra Modi.",
            "Narendra Modi",
            date(2024, 6, 6),
        ),
        (
            "Japanese Foreign Minister Yoko Kamikawa and Kenyan Foreign Minister Musalia Mudavadi signed a "
            "grant deal on Thursday. Kamikawa landed in Nairobi on Wednesday night. The two ministers met "
            "at the foreign ministry. In the evening, Kamikawa held talks with President William Ruto.",
            "William Ruto",
            date(2024, 6, 6),
        ),
    ],
)
def test_a_journeys_day_before_talks_told_is_no_anchor_for_a_later_part_of_the_day(
    meetings_in, text, name, day
):
    found = meetings_in(text, published=date(2024, 6, 7))
    assert _day_of(found, name) == (day, day)


@pytest.mark.parametrize("between", ["", " and visited a school"])
def test_a_journeys_day_told_just_before_still_anchors_a_later_part_of_the_day(meetings_in, between):
    text = (
        f"British Foreign Secretary David Lammy arrived in New Delhi on Wednesday morning{between}. "
        "Later in the afternoon, Lammy met Prime Minister Narendra Modi."
    )
    found = meetings_in(text, published=date(2024, 6, 7))
    assert _day_of(found, "Narendra Modi") == (date(2024, 6, 5), date(2024, 6, 5))


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (  # told on a Sunday: a week on
            "Prime Minister Pedro Sanchez will host King Abdullah II in Madrid next Sunday, his office said.",
            date(2025, 3, 9),
            date(2025, 3, 16),
        ),
        (  # told on a Friday: the Tuesday after
            "President William Ruto is to meet Tanzanian President Samia Suluhu Hassan in Arusha "
            "next Tuesday.",
            date(2025, 3, 14),
            date(2025, 3, 18),
        ),
        (  # at the head of the sentence
            "Next Monday, Chancellor Karl Nehammer will hold talks with Czech Prime Minister Petr Fiala "
            "in Vienna.",
            date(2025, 3, 12),
            date(2025, 3, 17),
        ),
        (  # "this coming": the first one, whatever the day of publication
            "Foreign Minister Penny Wong will meet her counterpart Wang Yi in Canberra this coming Friday.",
            date(2025, 3, 11),
            date(2025, 3, 14),
        ),
    ],
)
def test_a_plans_next_weekday_is_the_first_such_day_after_publication(meetings_in, text, published, day):
    (meeting,) = meetings_in(text, published=published)
    assert meeting.kind == "planned"
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (day, day)


def test_next_weekday_still_to_come_in_the_week_of_publication_is_left_undated(meetings_in):
    # told on a Tuesday, "next Friday" is in three days to some readers and ten to others
    text = "President Gustavo Petro is to meet Ecuadorian President Daniel Noboa in Quito next Friday."
    (meeting,) = meetings_in(text, published=date(2025, 3, 11))
    assert meeting.kind == "planned" and meeting.date is None


def test_last_weekday_of_a_meeting_held_is_still_the_one_before(meetings_in):
    text = "Chancellor Karl Nehammer met Czech Prime Minister Petr Fiala in Vienna last Sunday."
    (meeting,) = meetings_in(text, published=date(2025, 3, 9))
    assert meeting.date is not None and meeting.date.start == date(2025, 3, 2)


def test_next_weekday_the_text_dated_before_is_not_a_week_on(meetings_in):
    # told on the Friday itself: the date given first fixes the day "next Friday" means
    text = (
        "The leaders of the East African Community are to hold a summit this Friday, 14 March, in Arusha. "
        "President William Ruto will meet President Yoweri Museveni in Arusha next Friday."
    )
    found = meetings_in(text, published=date(2025, 3, 14))
    assert all(m.date is None or m.date.start == date(2025, 3, 14) for m in found)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "Kenya and Uganda have signed no deal since Ruto's brief stop in Kampala in March 2022, "
            "where he met President Yoweri Museveni.",
            (date(2022, 3, 1), date(2022, 3, 31)),
        ),
        (
            "Chile and Peru have not held formal talks since Boric's stopover in Lima in May 2023, "
            "where he met President Dina Boluarte.",
            (date(2023, 5, 1), date(2023, 5, 31)),
        ),
    ],
)
def test_a_meeting_where_a_stop_came_since_is_dated_by_that_stop(meetings_in, text, month):
    found = meetings_in(text)
    assert [(m.date.start, m.date.end) for m in found if m.date is not None and len(m.participants) == 2] == [
        month
    ]


def test_a_meeting_where_a_time_since_hangs_is_not_dated_by_that_time(meetings_in):
    found = meetings_in(
        "It was Ruto's first visit since 2011, where he was welcomed by President Yoweri Museveni."
    )
    assert all(m.date is None or m.date.start != date(2011, 1, 1) for m in found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "French President Emmanuel Macron said on Thursday that he had spoken by phone with "
            "Kenyan President William Ruto a day earlier.",
            date(2023, 7, 26),
        ),
        (
            "French President Emmanuel Macron said on Thursday that he had met Kenyan President "
            "William Ruto two days earlier.",
            date(2023, 7, 25),
        ),
    ],
)
def test_days_counted_in_what_was_said_count_from_the_day_it_was_said(meetings_in, text, day):
    found = meetings_in(text, published=date(2023, 7, 27))
    assert [(m.date.start, m.date.end) for m in found if m.date is not None] == [(day, day)]


def test_a_meeting_where_a_stay_since_which_time_has_passed_takes_the_stays_month(meetings_in):
    found = meetings_in(
        "The two leaders have not held formal talks since Ruto's surprise stopover in Kampala in "
        "December 2015, where he met then president Yoweri Museveni."
    )
    assert [(m.date.start, m.date.end) for m in found if m.date] == [(date(2015, 12, 1), date(2015, 12, 31))]


def test_a_meeting_where_a_bare_time_since_is_no_date_of_it(meetings_in):
    found = meetings_in("It was his first visit since 2011, where he met President Yoweri Museveni.")
    assert all(m.date is None for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Attention now turns to Ruto's planned summit with Chinese President Xi Jinping, expected in late "
        "May or early June.",
        "Kenyan President William Ruto will meet Chinese President Xi Jinping in March or April.",
        "Kenyan President William Ruto will meet Chinese President Xi Jinping on Monday or Tuesday.",
    ],
)
def test_a_plan_told_for_one_date_or_another_has_no_date(meetings_in, text):
    found = meetings_in(text)
    assert [(m.kind, m.date) for m in found] == [("planned", None)]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("President Yoon was criticised on Monday over a phone call he had with Donald Trump in May.", 5),
        ("Prime Minister Srettha was dismissed on July 1 over a meeting he held with Hun Sen in June.", 6),
    ],
)
def test_a_meeting_nouns_relative_clause_of_its_holding_gives_its_own_date(meetings_in, text, month):
    [meeting] = meetings_in(text, published=date(2025, 7, 28))
    assert meeting.date is not None and (meeting.date.start.month, meeting.date.end.month) == (month, month)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Mark Carney landed in Canberra on Thursday on a flight from Wellington, where he "
        "had opened his Pacific trip on Monday. He was greeted by Anthony Albanese, then held talks with "
        "Penny Wong.",
        "Chancellor Friedrich Merz arrived in Nairobi on Thursday on a direct flight from Addis Ababa, "
        "where he began his African tour on Monday. On arrival he met President William Ruto, then "
        "held talks with Foreign Minister Musalia Mudavadi.",
    ],
)
def test_then_after_an_arrival_counts_from_its_day_not_the_day_where_the_traveller_came_from(
    meetings_in, text
):
    found = meetings_in(text, published=date(2025, 7, 12))
    held = [m for m in found if m.kind == "in_person"]
    assert held and all(m.date is not None and m.date.start == date(2025, 7, 10) for m in held)


def test_a_plan_to_see_someone_before_leaving_is_on_the_day_told_before(meetings_in):
    text = (
        "Wang Yi held talks with Sergey Lavrov in Moscow on Monday. He was also due to see "
        "President Vladimir Putin before leaving Moscow."
    )
    assert _one(meetings_in(text), "Vladimir Putin").date.start == date(2024, 11, 18)


def test_a_month_that_names_a_thing_is_no_day_to_count_from(meetings_in):
    text = (
        "Wang Yi met Sergey Lavrov in Moscow on Monday. Wang reiterated support for the October "
        "agreement. He also held talks the same day with President Vladimir Putin."
    )
    assert _one(meetings_in(text), "Vladimir Putin").date.start == date(2024, 11, 18)


# -- "a dinner on Wednesday, followed by talks on Thursday": the meeting runs on into them -------
@pytest.mark.parametrize(
    ("text", "published", "days"),
    [
        (
            "Japanese Prime Minister Shigeru Ishiba will host Indian Prime Minister Narendra Modi for dinner "
            "on Friday, followed by formal talks on Saturday.",
            date(2025, 8, 27),
            (date(2025, 8, 29), date(2025, 8, 30)),
        ),
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte for dinner on Monday, "
            "followed by talks on Tuesday.",
            date(2024, 11, 27),
            (date(2024, 11, 25), date(2024, 11, 26)),
        ),
        (
            # what follows is no meeting: the meeting's own day alone
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday, followed by a "
            "press conference on Tuesday.",
            date(2024, 11, 27),
            (date(2024, 11, 25), date(2024, 11, 25)),
        ),
    ],
)
def test_a_meeting_followed_by_talks_on_a_later_day_runs_on_into_them(meetings_in, text, published, days):
    (meeting,) = meetings_in(text, published=published)
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == days


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "President Emmanuel Macron was received by King Charles at Windsor on Wednesday. Later in the "
            "day the president crossed London to the French residence, where he sat down with Prime "
            "Minister Keir Starmer.",
            "Keir Starmer",
            date(2024, 11, 13),
        ),
        (
            "Chancellor Olaf Scholz met Pope Leo at the Vatican on Thursday. Later in the day the "
            "chancellor crossed the city to the German embassy, where he held talks with Italian "
            "President Sergio Mattarella.",
            "Sergio Mattarella",
            date(2024, 11, 14),
        ),
        (
            "Foreign Minister Wang Yi met Pakistani Prime Minister Shehbaz Sharif in Islamabad on Sunday. "
            "Later in the day the minister travelled the short distance to Rawalpindi, where he held "
            "talks with army chief Asim Munir.",
            "Asim Munir",
            date(2024, 11, 17),
        ),
    ],
)
def test_a_where_clause_takes_the_time_adverb_of_the_journey_it_ends(meetings_in, text, name, day):
    [meeting] = [m for m in meetings_in(text) if name in {p.name for p in m.participants}]
    assert meeting.date is not None and meeting.date.start == day


@pytest.mark.parametrize(
    ("text", "pair", "call_day"),
    [
        (
            "Earlier in the day, Kenyan Foreign Minister Musalia Mudavadi held talks with his Ugandan"
            " counterpart Jeje Odongo at the ministry, in implementation of the decisions of the telephone"
            " conversation between Ruto and Museveni on 12 June.",
            {"Musalia Mudavadi", "Jeje Odongo"},
            date(2024, 6, 12),
        ),
        (
            "Earlier in the day, Interior Minister Nancy Faeser held talks with her Polish counterpart Tomasz"
            " Siemoniak in Berlin, in implementation of the outcomes of the telephone conversation between"
            " Chancellor Scholz and Prime Minister Tusk on 3 June.",
            {"Nancy Faeser", "Tomasz Siemoniak"},
            date(2024, 6, 3),
        ),
        (
            "Later, Foreign Minister Wang Yi received his Pakistani counterpart Ishaq Dar in Beijing, as"
            " part of the follow-up of the phone call between Xi and Sharif on 2 May.",
            {"Wang Yi", "Ishaq Dar"},
            date(2024, 5, 2),
        ),
    ],
)
def test_the_day_of_a_call_of_its_own_followed_up_is_not_the_talks_day(meetings_in, text, pair, call_day):
    # the call between two others has its own day: the ministers' talks are not dated by it
    found = [
        m for m in meetings_in(text, published=date(2024, 7, 9)) if {p.name for p in m.participants} == pair
    ]
    assert len(found) == 1
    assert found[0].date is None or found[0].date.start != call_day


@pytest.mark.parametrize(
    ("text", "pair", "call_day"),
    [
        (
            "Earlier in the day, Kenyan Foreign Minister Musalia Mudavadi held talks with his Ugandan"
            " counterpart Jeje Odongo at the ministry, in implementation of the decisions of the telephone"
            " conversation between President Ruto and his Ugandan counterpart, Mr. Yoweri Museveni,"
            " on 12 June.",
            {"Musalia Mudavadi", "Jeje Odongo"},
            date(2024, 6, 12),
        ),
        (
            "Later on Monday, Interior Minister Nancy Faeser received her Polish counterpart Tomasz Siemoniak"
            " in Berlin, following up the phone call between the Chancellor and the Polish premier,"
            " Donald Tusk, on 3 June.",
            {"Nancy Faeser", "Tomasz Siemoniak"},
            date(2024, 6, 3),
        ),
        (
            "This morning, Foreign Minister Wang Yi met his Pakistani counterpart Ishaq Dar in Beijing, as"
            " part of the follow-up of the telephone call between Xi and the Pakistani leader, Shehbaz"
            " Sharif, on 2 May.",
            {"Wang Yi", "Ishaq Dar"},
            date(2024, 5, 2),
        ),
    ],
)
def test_the_day_of_a_call_followed_up_is_the_calls_past_a_name_set_off_by_commas(
    meetings_in, text, pair, call_day
):
    # "between A and his counterpart, Mr. B, on 12 June": the name set off by commas names the
    # call's party, so the day after it is still told right after the call's parties
    found = [
        m for m in meetings_in(text, published=date(2024, 7, 9)) if {p.name for p in m.participants} == pair
    ]
    assert len(found) == 1
    assert found[0].date is None or found[0].date.start != call_day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "European Union leaders met in Brussels on Thursday for a summit on defence spending. Polish"
            " Prime Minister Donald Tusk, who won a confidence vote in parliament on Wednesday, arrived"
            " late. On the sidelines of the summit, Tusk sat down with French President Emmanuel Macron.",
            date(2024, 11, 14),
        ),
        (
            "Latin American leaders gathered in Bogota on Friday for a regional summit on migration."
            " Guatemalan President Bernardo Arevalo, who was sworn in on Monday, addressed the leaders for"
            " the first time. On the sidelines of the summit, Arevalo met Colombian President Gustavo Petro.",
            date(2024, 11, 15),
        ),
        (
            "African leaders opened their summit in Addis Ababa on Saturday. Senegal's President Bassirou"
            " Diomaye Faye, who won his country's election on Thursday, drew warm applause. On the"
            " sidelines of the summit, Faye held talks with Rwandan President Paul Kagame.",
            date(2024, 11, 16),
        ),
    ],
)
def test_the_day_of_an_aside_on_someone_is_not_the_summits_day(meetings_in, text, day):
    # "who was sworn in on Monday" tells that person's own doings, not the day of the summit
    [meeting] = meetings_in(text)
    assert meeting.date is not None and meeting.date.start == day


# -- a day told right after an event the meeting comes before or after -----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto met Ghanaian President John Mahama at Jubilee House, where "
        "they discussed trade ahead of Ghana's general election on December 7.",
        "Chilean President Gabriel Boric received Argentine President Javier Milei at La Moneda, where "
        "they talked about lithium ahead of the regional trade fair in Santiago on April 9.",
        "Thai Prime Minister Srettha Thavisin held talks with Malaysian Prime Minister Anwar Ibrahim "
        "in Putrajaya, where they discussed the haze in the run-up to the monsoon season in June.",
    ],
)
def test_a_day_told_right_after_an_event_before_or_after_the_talks_is_that_events(meetings_in, text):
    found = meetings_in(text, published=date(2024, 3, 1))
    assert found
    assert all(m.date is None for m in found), [m.date for m in found]


# -- the legs of a trip told in one sentence ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lula departs Brasilia on Monday for Luanda, where he is due to hold talks with President "
            "Joao Lourenco.",
            "João Lourenço",
        ),
        (
            "Kishida leaves Tokyo on Thursday for Manila, where he is scheduled to meet President "
            "Ferdinand Marcos.",
            "Ferdinand Marcos Jr.",
        ),
        (
            "Ms Baerbock leaves Nairobi on Wednesday for Addis Ababa, where she will meet Ethiopian Prime "
            "Minister Abiy Ahmed.",
            "Abiy Ahmed",
        ),
    ],
)
def test_the_day_one_leaves_a_place_for_another_is_not_the_day_of_a_meeting_there(meetings_in, text, name):
    assert _day_of(meetings_in(text), name) is None


def test_the_day_one_flies_to_a_place_is_the_day_of_a_meeting_there(meetings_in):
    found = meetings_in("Blinken will fly on Thursday to Amman, where he is due to meet King Abdullah.")
    assert _day_of(found, "Abdullah II") == (date(2024, 11, 21), date(2024, 11, 21))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ms Baerbock leaves Nairobi on Wednesday for Addis Ababa, where she will meet Abiy Ahmed, "
            "before ending the trip in Kampala with talks with President Yoweri Museveni.",
            "Yoweri Museveni",
        ),
        (
            "Anthony Albanese will meet Prabowo Subianto in Jakarta on Tuesday, before heading to Manila for "
            "talks with President Ferdinand Marcos.",
            "Ferdinand Marcos Jr.",
        ),
        (
            "President Ramaphosa will see Bola Tinubu in Abuja on Monday, before flying to Accra for "
            "talks with President John Mahama.",
            "John Mahama",
        ),
    ],
)
def test_a_later_stop_told_with_before_is_not_of_the_day_of_the_stop_before(meetings_in, text, name):
    assert _day_of(meetings_in(text), name) is None


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The tour continues on Wednesday in Ghana, where Scholz will hold talks with President Nana "
            "Akufo-Addo, before ending on Friday in Senegal, where President Macky Sall will host him.",
            "Macky Sall",
            date(2024, 11, 22),
        ),
        (
            "The trip opens on Monday in Lima, where Blinken will meet President Dina Boluarte, before "
            "closing on Thursday in Quito, where President Daniel Noboa will receive him.",
            "Daniel Noboa",
            date(2024, 11, 21),
        ),
        (
            "Guterres visits Nairobi on Tuesday before flying on Wednesday to Addis Ababa, where he will "
            "meet Abiy Ahmed.",
            "Abiy Ahmed",
            date(2024, 11, 20),
        ),
    ],
)
def test_a_later_stop_told_with_before_takes_its_own_day(meetings_in, text, name, day):
    assert _day_of(meetings_in(text), name) == (day, day)


# -- a journey told as backstory is not the day the story goes on with ------------------------------
@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "President Ruto on Tuesday held talks with President Museveni in Kampala. Ruto, who flew into"
            " Entebbe on Monday for a three-day visit, was given a state welcome before the talks. Later in"
            " the day, Ruto met Speaker Anita Among at Parliament.",
            "Anita",
        ),
        (
            "Prime Minister Kishida on Tuesday held talks with President Marcos in Manila. Kishida had"
            " arrived in Manila on Monday night. In the evening, Kishida met Vice President Sara Duterte.",
            "Sara Duterte",
        ),
        (
            "Chancellor Merz met President Erdogan in Ankara on Tuesday. Merz, who landed in Ankara on"
            " Monday night, laid a wreath at the mausoleum. In the afternoon, Merz met opposition leader"
            " Ozgur Ozel.",
            "Ozgur Ozel",
        ),
    ],
)
def test_a_journey_told_in_an_aside_or_the_past_perfect_is_not_the_day_later_times_count_from(
    meetings_in, text, met
):
    # "who flew in on Monday", "had arrived on Monday night": the backstory; "later in the day" and
    # "in the evening" go on with the story's day, Tuesday
    found = [m for m in meetings_in(text) if any(met in p.name for p in m.participants)]
    assert found and all(m.date is not None and m.date.start == date(2024, 11, 19) for m in found), [
        m.date for m in found
    ]


def _days_of_those_with(found, met):
    return [m.date and m.date.start for m in found if any(met in p.name for p in m.participants)]


@pytest.mark.parametrize(
    ("text", "met", "day"),
    [
        (
            "On Wednesday, Putin held talks with Iranian President Masoud Pezeshkian in Kazan. In the"
            " evening, the Russian leader met with Turkish President Recep Tayyip Erdogan.",
            "Erdogan",
            date(2024, 11, 20),
        ),
        (
            "Albanese hosted Indonesian President Prabowo Subianto at Parliament House in Canberra on"
            " Monday. In the evening the Australian leader sat down with New Zealand Prime Minister"
            " Christopher Luxon.",
            "Luxon",
            date(2024, 11, 18),
        ),
        (
            "President Lula received Chinese Premier Li Qiang in Brasilia on Thursday. In the afternoon,"
            " the Brazilian president held talks with Argentine President Javier Milei.",
            "Milei",
            date(2024, 11, 21),
        ),
    ],
)
def test_a_part_of_the_day_goes_on_with_someone_told_by_their_office(meetings_in, text, met, day):
    # "the Russian leader", "the Australian leader": the one told before, whose day goes on
    assert _days_of_those_with(meetings_in(text, published=date(2024, 11, 21)), met) == [day]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Riyadh, SPA -- King Salman received at Al-Yamamah Palace in Riyadh this evening President"
            " Emmanuel Macron of France. Following the reception, Crown Prince Mohammed bin Salman held"
            " talks with President Macron at the palace.",
            "Mohammed bin Salman",
        ),
        (
            "Emir Tamim received Indonesian President Joko Widodo at the Amiri Diwan in Doha tonight. After"
            " the dinner, the emir met Malaysian Prime Minister Anwar Ibrahim.",
            "Anwar",
        ),
        (
            "Chancellor Scholz welcomed Nigerian President Bola Tinubu at the Chancellery in Berlin this"
            " afternoon. After the luncheon, Tinubu held talks with Finance Minister Christian Lindner.",
            "Lindner",
        ),
    ],
)
def test_a_meeting_after_the_meal_or_reception_told_today_is_of_today(meetings_in, text, met):
    # "this evening", "tonight": the day of the news, which "following the reception" goes on with
    assert _days_of_those_with(meetings_in(text, published=date(2024, 11, 21)), met) == [date(2024, 11, 21)]


# -- a day set before the first of two joined plans dates the second ----------------------------------
@pytest.mark.parametrize(
    ("text", "guest", "day"),
    [
        (
            "On Thursday, Mr Modi will hold talks with Mr Luxon in Wellington, and he is also due to "
            "meet opposition leader Chris Hipkins.",
            "Chris Hipkins",
            date(2024, 11, 21),
        ),
        (
            "Next Tuesday, the Spanish king will receive Mexican President Claudia Sheinbaum in Madrid, and "
            "he is expected to host Colombian President Gustavo Petro as well.",
            "Gustavo Petro",
            date(2024, 11, 26),
        ),
        (
            "Albanese is scheduled to hold talks with Fijian Prime Minister Sitiveni Rabuka in Suva on "
            "Saturday, and to meet Tongan Prime Minister Aisake Eke.",
            "Aisake Eke",
            date(2024, 11, 23),
        ),
        (
            "Sheinbaum was expected to sit down with Lula in Brasilia next Tuesday and to call on former "
            "president Dilma Rousseff.",
            "Dilma Rousseff",
            date(2024, 11, 26),
        ),
        (
            "The Elysee said Macron was due to hold talks in Rabat later on Wednesday with King Mohammed, "
            "and to meet former prime minister Saad Eddine El Othmani, who turns 70 on Wednesday.",
            "Saad Eddine El Othmani",
            date(2024, 11, 20),
        ),
    ],
)
def test_a_second_plan_joined_to_a_dated_one_takes_its_day(meetings_in, text, guest, day):
    found = meetings_in(text, published=date(2024, 11, 20))
    assert _day_of(found, guest) == (day, day)


def test_an_agreement_to_meet_joined_to_a_dated_meeting_is_not_of_its_day(meetings_in):
    text = (
        "On Monday, Chancellor Scholz met Polish President Andrzej Duda in Warsaw and agreed to meet "
        "Prime Minister Donald Tusk again soon."
    )
    found = meetings_in(text, published=date(2024, 11, 20))
    assert _day_of(found, "Donald Tusk") is None


# -- "first": the first step of the day told -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "guest", "day"),
    [
        (
            "MADRID (EFE): Spanish Prime Minister Pedro Sanchez visited two Baltic capitals in one day on "
            "Wednesday to pledge support against Russian pressure.\n\nIn Vilnius he first met President "
            "Gitanas Nauseda. Sanchez then went on to Riga.",
            "Gitanas Nausėda",
            date(2024, 11, 13),
        ),
        (
            "The signing by the two presidents was preceded by talks between their defence ministers in "
            "Cairo last Thursday. Egyptian Defence Minister Abdel Majeed Saqr first held separate talks "
            "with Sudanese Defence Minister Yassin Ibrahim and Chadian Defence Minister Issakha Malloua, "
            "after which the three ministers sat down together.",
            "Yassin Ibrahim",
            date(2024, 11, 14),
        ),
        (
            "Ahead of the summit, the foreign ministers gathered in Athens on Monday. Greek Foreign "
            "Minister George Gerapetritis first received Turkish Foreign Minister Hakan Fidan, and the two "
            "were later joined by their Cypriot counterpart.",
            "Hakan Fidan",
            date(2024, 11, 18),
        ),
    ],
)
def test_a_meeting_told_as_first_of_a_day_told_is_of_that_day(meetings_in, text, guest, day):
    found = meetings_in(text)
    assert _day_of(found, guest) == (day, day)


def test_two_who_first_met_with_nothing_after_are_not_of_the_day_told(meetings_in):
    text = (
        "Japanese Foreign Minister Takeshi Iwaya welcomed Philippine Foreign Secretary Enrique Manalo in "
        "Tokyo on Saturday. The two men first met at the ASEAN meetings."
    )
    found = meetings_in(text)
    assert len(found) == 1 and _day_of(found, "Enrique Manalo") == (date(2024, 11, 16), date(2024, 11, 16))


FIRST_SINCE_AN_EARLIER_MEETING = [
    (
        "President Ruto on Friday hosted leaders at a regional summit in Nairobi. Ruto also held talks "
        "with Museveni, the first between the two since their meeting in Kampala in March, and the two "
        "sides discussed trade.",
        "Yoweri Museveni",
        "Kampala",
    ),
    (
        "Chancellor Merz met Polish Prime Minister Tusk in Warsaw on Tuesday. Merz also sat down with "
        "Lithuanian President Gitanas Nauseda, the second between them since their talks in Vilnius in "
        "January.",
        "Gitanas Nausėda",
        "Vilnius",
    ),
    (
        "South African President Cyril Ramaphosa opened the forum in Abuja on Thursday. He also held talks "
        "with Ghanaian President John Mahama, the first between the pair since their meeting in Accra in "
        "June.",
        "John Mahama",
        "Accra",
    ),
]


@pytest.mark.parametrize(("text", "other", "earlier_city"), FIRST_SINCE_AN_EARLIER_MEETING)
def test_an_ordinal_standing_for_the_talks_gives_them_not_the_month_of_the_meeting_since(
    meetings_in, text, other, earlier_city
):
    met = [
        m for m in meetings_in(text, published=date(2025, 5, 9)) if other in {p.name for p in m.participants}
    ]
    assert any(m.place is not None and m.place.city == earlier_city for m in met)
    for meeting in met:
        if meeting.place is None or meeting.place.city != earlier_city:
            assert meeting.date is None or meeting.date.precision == "day", meeting.date


YEARLESS_DAYS_OF_A_MONTH_TOLD_WITH_ITS_YEAR = [
    (
        "Astana hosted the Central Asia summit on 8-9 August 2024.\n\nOn 9 August, President Tokayev held "
        "talks with President Japarov of Kyrgyzstan.",
        "Sadyr Japarov",
        date(2024, 8, 9),
    ),
    (
        "The forum opened in Lima in November 2016, with leaders from twenty-one economies.\n\n"
        "On November 19, Chinese President Xi Jinping met Peruvian President Pedro Pablo Kuczynski.",
        "Pedro Pablo Kuczynski",
        date(2016, 11, 19),
    ),
    (
        "The talks in Geneva ran from March 3 to March 5, 2019.\n\nOn 4th March, Swiss President Ueli Maurer "
        "received the Iranian Foreign Minister Mohammad Javad Zarif.",
        "Mohammad Javad Zarif",
        date(2019, 3, 4),
    ),
]


@pytest.mark.parametrize(("text", "other", "day"), YEARLESS_DAYS_OF_A_MONTH_TOLD_WITH_ITS_YEAR)
def test_a_yearless_day_in_an_undated_article_takes_the_year_written_with_its_month(
    meetings_in, text, other, day
):
    met = [m for m in meetings_in(text, published=None) if other in {p.name for p in m.participants}]
    assert met and met[0].date is not None and met[0].date.start == day, met


A_PLANS_WEEKDAY = [
    (
        "Canadian Prime Minister Justin Trudeau had been due in Tokyo on Friday for "
        "talks with Prime Minister "
        "Shigeru Ishiba, but the trip was put off.",
        "Shigeru Ishiba",
        date(2024, 11, 22),
    ),
    (
        "South African President Cyril Ramaphosa's meeting with Nigerian President Bola Tinubu, set for "
        "Saturday in Abuja, was called off.",
        "Bola Tinubu",
        date(2024, 11, 23),
    ),
    (
        "Hungarian Prime Minister Viktor Orban had been expected in Belgrade on Thursday "
        "for talks with Serbian "
        "President Aleksandar Vucic, but the visit was cancelled.",
        "Aleksandar Vučić",
        date(2024, 11, 21),
    ),
    (
        "A summit of Indian Prime Minister Narendra Modi and Bangladeshi leader Muhammad Yunus had been set "
        "for Friday in Dhaka but was called off.",
        "Muhammad Yunus",
        date(2024, 11, 22),
    ),
    (
        "Albanese's talks with New Zealand Prime Minister Christopher Luxon had been "
        "scheduled for Tuesday in "
        "Wellington but were called off.",
        "Christopher Luxon",
        date(2024, 11, 19),
    ),
    (
        "Albanese's talks with New Zealand Prime Minister Christopher Luxon had been "
        "scheduled for Sunday and "
        "Monday in Wellington.",
        "Christopher Luxon",
        date(2024, 11, 17),
    ),
]


@pytest.mark.parametrize(("text", "other", "day"), A_PLANS_WEEKDAY)
def test_a_weekday_a_plan_was_set_for_is_the_nearer_of_that_name(meetings_in, text, other, day):
    met = [
        m
        for m in meetings_in(text, published=date(2024, 11, 20))
        if other in {p.name for p in m.participants}
    ]
    assert met and met[0].date is not None and met[0].date.start == day, met


# -- a date set before the subject, and an act told as coming right before or after ----------------
@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "On Tuesday the Turkish foreign minister held talks with Kenyan President William Ruto in "
            "Nairobi, before flying to Kampala for a meeting with Ugandan President Yoweri Museveni.",
            "Yoweri Museveni",
            (date(2024, 11, 19), date(2024, 11, 19)),
        ),
        (
            "Last month Chinese Foreign Minister Wang Yi held talks with Thai Prime Minister Paetongtarn "
            "Shinawatra in Bangkok, before travelling to Vientiane for a meeting with Lao Prime Minister "
            "Sonexay Siphandone.",
            "Sonexay Siphandone",
            (date(2024, 10, 1), date(2024, 10, 31)),
        ),
    ],
)
def test_a_date_set_before_the_subject_dates_a_meeting_told_in_the_act_that_comes_after(
    meetings_in, text, name, day
):
    assert _day_of(meetings_in(text), name) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a count of days puts the act apart: that many days on, not the date set before
        (
            "On Monday Indian Foreign Minister Subrahmanyam Jaishankar met Qatari Emir Sheikh Tamim "
            "bin Hamad Al Thani in Doha, two days before flying to Riyadh for talks with Saudi Crown "
            "Prince Mohammed bin Salman.",
            (date(2024, 11, 20), date(2024, 11, 20)),
        ),
        # a date told after the subject is its own clause's
        (
            "Indian Foreign Minister Subrahmanyam Jaishankar met Qatari Emir Sheikh Tamim bin Hamad Al "
            "Thani in Doha on Monday, before flying to Riyadh for talks with Saudi Crown Prince Mohammed "
            "bin Salman.",
            None,
        ),
        # the act told after has a day of its own
        (
            "On Monday Indian Foreign Minister Subrahmanyam Jaishankar met Qatari Emir Sheikh Tamim "
            "bin Hamad Al Thani in Doha before flying to Riyadh, where he will meet Saudi Crown Prince "
            "Mohammed bin Salman on Wednesday.",
            (date(2024, 11, 20), date(2024, 11, 20)),
        ),
    ],
)
def test_a_date_set_before_the_subject_leaves_a_counted_or_own_day_or_one_told_after_the_subject(
    meetings_in, text, day
):
    assert _day_of(meetings_in(text), "Mohammed bin Salman") == day


# -- a date the parser hangs on the "after" clause right behind it -------------------------------
@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Australian Prime Minister Anthony Albanese spoke by phone with Solomon Islands Prime Minister "
            "Jeremiah Manele last month after Manele was elected to lead the country.",
            "Jeremiah Manele",
            (date(2024, 5, 1), date(2024, 5, 31)),
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni last week after the two "
            "sides agreed to end the dispute over fuel imports.",
            "Yoweri Museveni",
            (date(2024, 6, 10), date(2024, 6, 16)),
        ),
    ],
)
def test_a_date_of_its_own_before_an_after_clause_dates_the_meeting_not_the_event(
    meetings_in, text, name, day
):
    assert _day_of(meetings_in(text, published=date(2024, 6, 17)), name) == day


@pytest.mark.parametrize(
    "text",
    [
        # a span counted from the event: no date of the meeting's own
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni a week after the two sides "
        "agreed to end the dispute over fuel imports.",
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala, weeks after the two "
        "sides agreed to end the dispute over fuel imports.",
        # the date at the end of the event's own clause is the event's
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala, days after the two "
        "sides agreed last week to end the dispute over fuel imports.",
    ],
)
def test_a_span_counted_before_an_after_clause_or_the_events_own_date_dates_no_meeting(meetings_in, text):
    assert _day_of(meetings_in(text, published=date(2024, 6, 17)), "Yoweri Museveni") is None


# -- a range of weekdays whose last day the tagger leaves out or tags apart ------------------------
@pytest.mark.parametrize(
    ("text", "name", "days"),
    [
        (
            "Egyptian President Abdel Fattah al-Sisi will pay a state visit to Ghana from Thursday to "
            "Saturday, during which he will hold talks with President John Mahama.",
            "John Mahama",
            (date(2025, 2, 13), date(2025, 2, 15)),
        ),
        (
            "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani hosted Iranian Foreign Minister Abbas "
            "Araghchi in Doha from Sunday until Tuesday.",
            "Abbas Araghchi",
            (date(2025, 2, 9), date(2025, 2, 11)),
        ),
        (
            "Saudi envoy Mohammed Al Jaber held talks with Houthi negotiator Mohammed Abdulsalam in Riyadh "
            "from Thursday to Tuesday.",
            "Mohammed Abdulsalam",
            (date(2025, 2, 6), date(2025, 2, 11)),
        ),
    ],
)
def test_a_range_of_weekdays_is_all_its_days(meetings_in, text, name, days):
    assert _day_of(meetings_in(text, published=date(2025, 2, 12)), name) == days


def test_the_two_days_a_meeting_is_moved_between_are_no_range(meetings_in):
    text = (
        "The talks between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti were "
        "postponed from Thursday to Saturday."
    )
    days = _day_of(meetings_in(text, published=date(2025, 2, 12)), "Albin Kurti")
    assert days is not None and days[0] == days[1]


# -- "the three-day summit, which runs until Thursday": the days it lasts, up to that day ----------
@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Brazilian President Luiz Inacio Lula da Silva will meet Indian Prime Minister Narendra Modi at "
            "the three-day summit, which runs until Thursday.",
            (date(2023, 8, 22), date(2023, 8, 24)),
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva will hold talks with Indian Prime Minister "
            "Narendra Modi at the two-day forum that ends on Wednesday.",
            (date(2023, 8, 22), date(2023, 8, 23)),
        ),
    ],
)
def test_a_plan_at_a_gathering_that_runs_until_a_day_is_of_its_days(meetings_in, text, days):
    assert _plans_day(meetings_in(text, published=date(2023, 8, 22)), "Narendra Modi") == days


def test_until_a_day_said_of_something_else_dates_no_plan(meetings_in):
    text = (
        "Brazilian President Luiz Inacio Lula da Silva will meet Indian Prime Minister Narendra Modi at "
        "the summit, while the ceasefire in Gaza runs until Thursday."
    )
    assert _plans_day(meetings_in(text, published=date(2023, 8, 22)), "Narendra Modi") is None


# -- a month without a year after a year that names a thing -----------------------------------------
@pytest.mark.parametrize(
    "thing",
    [
        "he upholds the landmark 1998 joint declaration",
        "the border quarrels of 1998 must be put behind them",
        "the unfinished business of 1998 must be settled",
        "the grievances of 1998 are history",
    ],
)
def test_a_year_naming_a_thing_gives_a_later_month_no_year(meetings_in, thing):
    text = (
        "President Lee Jae Myung and Prime Minister Shigeru Ishiba agreed on Saturday to deepen ties. "
        f"Ishiba said {thing}. The two leaders first met on the sidelines of the Group of Seven summit "
        "in Kananaskis, Canada, in June."
    )
    found = meetings_in(text, published=date(2025, 8, 23))
    assert [m.date.start for m in found if m.occasion is not None] == [date(2025, 6, 1)]


def test_a_year_after_of_on_a_thing_leaves_a_later_month_of_an_undated_story_without_a_year(meetings_in):
    text = (
        "Ruto said the border quarrels of 1998 must be put behind them. Kenyan President William Ruto "
        "first met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa in June."
    )
    (found,) = meetings_in(text, published=None)
    assert (found.date.start, found.date.month) == (None, 6)


# -- "on its opening day", "on the final day of the conference": counted from the day it opened ---
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The two-day summit of East African leaders opened in Nairobi on Monday. On its second day, "
            "Kenyan President William Ruto held talks with Ghanaian President John Mahama.",
            date(2024, 11, 19),
        ),
        (
            "The three-day conference began in Accra on Monday. On the final day of the conference, Kenyan "
            "President William Ruto met Ghanaian President John Mahama.",
            date(2024, 11, 20),
        ),
        (
            "The forum opened in Kigali on Monday. On its opening day, Kenyan President William Ruto and "
            "Ghanaian President John Mahama held talks.",
            date(2024, 11, 18),
        ),
    ],
)
def test_a_meeting_on_a_day_of_a_gathering_is_counted_from_the_day_it_opened(meetings_in, text, day):
    assert _day_of(meetings_in(text, published=date(2024, 11, 20)), "John Mahama") == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        # its last day, with no length told
        "The conference began in Accra on Monday. On the final day of the conference, Kenyan President "
        "William Ruto met Ghanaian President John Mahama.",
        # no day it opened told
        "On the opening day of the summit, Kenyan President William Ruto met Ghanaian President John Mahama.",
    ],
)
def test_a_day_of_a_gathering_whose_days_are_not_told_dates_no_meeting(meetings_in, text):
    assert _day_of(meetings_in(text, published=date(2024, 11, 20)), "John Mahama") is None


def test_a_trip_told_with_the_days_it_runs_is_dated_by_them_not_by_the_arrival(meetings_in):
    text = "Li Qiang arrived in Adelaide on Saturday for an official visit to Australia from June 15 to 18."
    assert _day_of(meetings_in(text, date(2024, 6, 17)), "Li Qiang") == (date(2024, 6, 15), date(2024, 6, 18))


# -- "was to hold talks on March 10 and call on B the following day" --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Under the original plan, Fidan was to hold talks with Foreign Secretary Md Jashim Uddin on March"
        " 10 and call on Chief Adviser Professor Muhammad Yunus at the State Guest House Jamuna the"
        " following day.",
        "According to the original schedule, Jaishankar was to hold talks with Foreign Minister Vijitha"
        " Herath at the foreign ministry on March 3 and call on President Anura Kumara Dissanayake at the"
        " Presidential Secretariat the following day.",
    ],
)
def test_the_following_day_of_a_plan_counts_from_the_plans_day(meetings_in, text):
    found = meetings_in(text, date(2024, 11, 19))
    assert [m.kind for m in found] == ["planned", "planned"]
    first, second = (m.date.start for m in found if m.date is not None)
    assert first.year == 2025 and (second - first).days == 1


# -- "for the summit, the third such gathering after Stockholm in 2013": the series' years ------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Japanese Prime Minister Shigeru Ishiba held talks with Chinese Premier Li Qiang in Seoul on "
            "Monday morning.\n\nIn the afternoon they were joined by South Korean President Lee Jae-myung "
            "for the trilateral summit, the ninth such meeting after Tokyo in 2019 and Seoul in 2024.",
            "Lee Jae-myung",
        ),
        (
            "US President Joe Biden held talks with Finnish President Sauli Niinisto in Helsinki on Monday "
            "morning.\n\nIn the afternoon the two presidents were joined by Swedish Prime Minister Ulf "
            "Kristersson for the US-Nordic Leaders' Summit, the third such gathering after Stockholm in "
            "2013.",
            "Ulf Kristersson",
        ),
    ],
)
def test_a_year_in_an_appositive_counting_the_series_dates_no_meeting(meetings_in, text, name):
    (meeting,) = [
        m for m in meetings_in(text, published=date(2025, 6, 11)) if name in {p.name for p in m.participants}
    ]
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (
        date(2025, 6, 9),
        date(2025, 6, 9),
    )


def test_a_meeting_told_within_an_appositive_with_an_ordinal_keeps_its_day(meetings_in):
    text = (
        "US Vice President Kamala Harris arrived in Dar es Salaam on Wednesday. She jetted in from Ghana, "
        "the first leg of her three-nation tour, where she held talks with President Nana Akufo-Addo in "
        "Accra on Monday."
    )
    (meeting,) = [m for m in meetings_in(text, published=date(2025, 6, 11)) if len(m.participants) == 2]
    assert meeting.date is not None and meeting.date.start == date(2025, 6, 9)


# -- "hosted a welcoming ceremony for B, followed by a meeting between the two": the act's day -------
def test_a_meeting_that_followed_an_act_on_its_object_takes_the_acts_day(meetings_in):
    text = (
        "Japanese Emperor Naruhito arrived in London on Monday for a state visit.\n\nOn Tuesday, King "
        "Charles held a welcoming ceremony for the Japanese emperor at Horse Guards Parade, followed by a "
        "meeting between the two heads of state."
    )
    (meeting,) = [m for m in meetings_in(text, published=date(2025, 6, 3)) if len(m.participants) == 2]
    assert meeting.date is not None and meeting.date.start == date(2025, 6, 3)


# -- "Xi, who arrived at the airport last night for a visit, was welcomed ... Earlier in the day" -----
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "DHAKA, March 26 (BSS) -- Bangladesh and India today signed 12 agreements following a bilateral "
            "meeting between Prime Minister Sheikh Hasina and Indian Prime Minister Narendra Modi at the "
            "Prime Minister's Office here.\n\nModi, who arrived at the Shahjalal Complex, Hazrat Shahjalal "
            "International Airport (HSIA), last night for a two-day state visit, was given an official "
            "welcome at the Bangabhaban before the talks.\n\nEarlier in the day, President Mohammed "
            "Shahabuddin hosted a state welcoming ceremony for the Indian leader at Bangabhaban in Dhaka, "
            "followed by a meeting between the two.",
            date(2025, 3, 26),
        ),
        (
            "HANOI, Oct 9 (VNA) -- Vietnam and Japan today signed nine agreements following a bilateral "
            "meeting between Prime Minister Pham Minh Chinh and Japanese Prime Minister Shigeru Ishiba at "
            "the Government Office here.\n\nIshiba, who arrived at the VIP Terminal, Noi Bai International "
            "Airport (NIA), last night for a three-day official visit, was given an official welcome at the "
            "Presidential Palace before the talks.\n\nEarlier in the day, President Luong Cuong hosted a "
            "state welcoming ceremony for the Japanese leader at the Presidential Palace in Hanoi, followed "
            "by a meeting between the two heads of state.",
            date(2024, 10, 9),
        ),
    ],
)
def test_the_night_of_an_arrival_told_aside_is_not_the_day_earlier_in_the_day_counts_from(
    meetings_in, text, published
):
    found = meetings_in(text, published=published)
    later = [m for m in found if m.evidence and "Earlier in the day" in m.evidence[0].text]
    assert later and all(m.date is not None and m.date.start == published for m in later)


# -- "A, who arrived on Wednesday evening, was received at the airport by B": the landing's day -------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "US Vice President Kamala Harris, who arrived in the country on Wednesday evening, was received "
            "at the airport by Tanzanian Vice President Philip Mpango.",
            date(2023, 8, 30),
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva, who landed in the country late on Sunday, was "
            "welcomed at the airport by Angolan Foreign Minister Tete Antonio.",
            date(2023, 8, 27),
        ),
        # a day of its own stays
        (
            "Brazilian President Luiz Inacio Lula da Silva, who arrived in the country on Sunday, was "
            "welcomed at the airport by Angolan Foreign Minister Tete Antonio on Monday morning.",
            date(2023, 8, 28),
        ),
    ],
)
def test_a_welcome_where_one_lands_takes_the_day_of_the_landing_told_aside(meetings_in, text, day):
    (meeting,) = meetings_in(text, published=date(2023, 8, 30))
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (day, day)


# -- "was back home on Wednesday after a trip to the summit in Kananaskis, where she ...": the trip's ---
@pytest.mark.parametrize(
    "text",
    [
        "President Claudia Sheinbaum was back in Mexico City on Wednesday after a brief trip to the G7 "
        "summit in Kananaskis, Alberta, where she held talks with Canadian Prime Minister Mark Carney.",
        "President Claudia Sheinbaum was back in Mexico City on Wednesday after a brief trip to the G7 "
        "summit in Kananaskis, Alberta, where her long-awaited first meeting with U.S. President Donald "
        "Trump fell through.",
    ],
)
def test_a_where_clause_on_a_trip_told_after_the_act_does_not_take_the_acts_day(meetings_in, text):
    found = [m for m in meetings_in(text, published=date(2025, 6, 20)) if len(m.participants) == 2]
    assert found and all(m.date is None or m.date.start != date(2025, 6, 18) for m in found)


def test_a_where_clause_on_the_trip_a_verb_tells_takes_its_day(meetings_in):
    text = (
        "Kenyan President William Ruto arrived in Accra on Monday for his first visit to Ghana, where he was "
        "welcomed by President John Mahama."
    )
    (meeting,) = meetings_in(text, published=date(2025, 6, 20))
    assert meeting.date is not None and meeting.date.start == date(2025, 6, 16)


# -- a date opening the sentence ahead of a "before" or "after" clause ---------------------------------
@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            "On June 28, 2022, hours before NATO leaders sat down to dinner in Madrid, Turkish President "
            "Recep Tayyip Erdogan met Finnish President Sauli Niinisto.",
            None,
            "Sauli Niinistö",
            date(2022, 6, 28),
        ),
        (
            "On 12 May, hours before EU leaders sat down to dinner in Brussels, Hungarian Prime Minister "
            "Viktor Orban met Italian Prime Minister Giorgia Meloni.",
            date(2024, 11, 19),
            "Giorgia Meloni",
            date(2024, 5, 12),
        ),
        (
            "On September 9, minutes before the G20 leaders gathered for the opening session, Indian Prime "
            "Minister Narendra Modi met British Prime Minister Rishi Sunak.",
            date(2024, 11, 19),
            "Rishi Sunak",
            date(2024, 9, 9),
        ),
    ],
)
def test_a_date_opening_the_sentence_before_a_before_clause_dates_the_main_clause(
    meetings_in, text, published, name, day
):
    """The parser hangs the opening date on the nearer verb of the "before" clause."""
    assert _day_of(meetings_in(text, published=published), name) == (day, day)


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        # the date told inside the "before" clause is that clause's
        (
            "Hours before the leaders sat down on Monday, Kenyan President William Ruto met Ugandan "
            "President Yoweri Museveni.",
            "Yoweri Museveni",
            None,
        ),
        # a count of days from the event told
        (
            "Two days before the summit opened on Friday, French President Emmanuel Macron met German "
            "Chancellor Olaf Scholz.",
            "Olaf Scholz",
            date(2024, 11, 13),
        ),
        (
            "On Thursday, shortly after the ministers arrived in Vientiane, Chinese Foreign Minister Wang Yi "
            "held talks with Russian Foreign Minister Sergei Lavrov.",
            "Sergey Lavrov",
            date(2024, 11, 14),
        ),
    ],
)
def test_a_date_inside_or_counted_from_a_before_clause_is_read_as_before(meetings_in, text, name, day):
    assert _day_of(meetings_in(text), name) == (None if day is None else (day, day))


# -- a relative clause of a meeting's holding, in a "since" phrase ---------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "start", "end"),
    [
        (
            "Kishida and Biden have built a close working relationship since their first substantive "
            "talks, which were held by videoconference on Jan. 21, 2022, less than four months after "
            "Kishida took office.",
            "Joe Biden",
            date(2022, 1, 21),
            date(2022, 1, 21),
        ),
    ],
)
def test_a_meeting_after_since_dated_in_its_own_relative_clause_takes_that_date(
    meetings_in, text, name, start, end
):
    assert _day_of(meetings_in(text, published=date(2024, 4, 12)), name) == (start, end)


# -- a "where" clause on the place of an infinitive that describes a noun ("the first X to do Y") ---
@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "On Thursday, King Charles will become the first British monarch to speak from the chamber "
            "of the French Senate, where he is to be received by Senate President Gerard Larcher.",
            "Gerard Larcher",
            date(2024, 11, 21),
        ),
        (
            "On Monday, Ruto became the first Kenyan leader to address the Knesset, where he met Speaker "
            "Amir Ohana.",
            "Amir Ohana",
            date(2024, 11, 18),
        ),
        (
            "On Friday, Lula will be the first foreign leader to tour the new port of Santos, where he is "
            "due to meet Governor Tarcisio de Freitas.",
            "Tarcisio de Freitas",
            date(2024, 11, 22),
        ),
    ],
)
def test_where_clause_of_an_infinitive_takes_the_day_of_the_verb_its_noun_hangs_on(
    meetings_in, text, name, day
):
    assert _day_of(meetings_in(text), name) == (day, day)


def test_where_clause_of_an_infinitive_of_purpose_keeps_no_day_of_another_verb(meetings_in):
    # no noun between: "travelled to Paris to speak ..." is no description of a noun; its own words
    # are read as before (here: the day the clause of travel tells)
    text = "Modi said on Monday that he would go to Paris to address the assembly, where he will meet Macron."
    found = meetings_in(text)
    assert all(m.date is None or m.date.start != date(2024, 11, 18) for m in found)


# -- "the meeting" whose sidelines a meeting is held on is a sitting of the day told last ----------
@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Foreign ministers of the alliance gathered in Brussels on Tuesday for a NATO meeting. On the "
            "sidelines of the meeting, Blinken held talks with Turkish Foreign Minister Hakan Fidan.",
            "Hakan Fidan",
            date(2024, 11, 19),
        ),
        (
            "Defence ministers of the bloc met in Vientiane on Friday. On the margins of the meeting, "
            "Austin held talks with Philippine Defence Secretary Gilberto Teodoro.",
            "Gilberto Teodoro",
            date(2024, 11, 15),
        ),
        # a conference runs for days: its sidelines name no day (as before)
        (
            "Ministers gathered in Vienna on Tuesday for the IAEA conference. On the sidelines of the "
            "conference, Araghchi held talks with Rafael Grossi.",
            "Rafael Grossi",
            None,
        ),
    ],
)
def test_on_the_sidelines_of_the_meeting_is_the_day_told_last(meetings_in, text, name, day):
    assert _day_of(meetings_in(text), name) == (None if day is None else (day, day))


# -- a call told before the one who reports it, on the day of the report ----------------------------
@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Russian President Vladimir Putin has held a telephone conversation with Pope Leo XIV, the "
            "first since the pontiff's election, Kremlin aide Yuri Ushakov told reporters on Wednesday.",
            "Pope Leo XIV",
            date(2024, 11, 13),
        ),
        (
            "Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni, State "
            "House said on Monday.",
            "Yoweri Museveni",
            date(2024, 11, 18),
        ),
        # told as done before: no day of the report
        (
            "Kenyan President William Ruto had spoken by phone with Ugandan President Yoweri Museveni "
            "before the summit, State House said on Monday.",
            "Yoweri Museveni",
            None,
        ),
    ],
)
def test_a_call_told_before_its_attribution_is_of_the_day_of_the_report(meetings_in, text, name, day):
    assert _day_of(meetings_in(text), name) == (None if day is None else (day, day))


# -- a meeting told as what the clause's event came a count of days after ------------------------
@pytest.mark.parametrize(
    ("text", "published", "name", "day", "city"),
    [
        (
            "Volodymyr Zelensky arrived in London on Saturday, a day after his talks with Donald Trump "
            "in Washington.",
            date(2025, 3, 1),
            "Donald Trump",
            date(2025, 2, 28),
            "Washington",
        ),
        (
            "William Ruto flew to Addis Ababa on Monday, two days after his talks with Yoweri Museveni "
            "in Kampala.",
            date(2025, 2, 25),
            "Yoweri Museveni",
            date(2025, 2, 22),
            "Kampala",
        ),
        (
            "Anwar Ibrahim landed in Tokyo on Thursday, a day after his talks with Prabowo Subianto "
            "in Jakarta.",
            date(2025, 5, 9),
            "Prabowo Subianto",
            date(2025, 5, 7),
            "Jakarta",
        ),
    ],
)
def test_talks_a_count_of_days_before_the_clauses_day_are_on_their_own_day_and_place(
    meetings_in, text, published, name, day, city
):
    talks = _one(meetings_in(text, published=published), name)
    assert talks.date is not None and (talks.date.start, talks.date.end) == (day, day)
    assert talks.place is not None and talks.place.city == city


def test_talks_a_count_of_days_before_that_tell_their_own_day_keep_it(meetings_in):
    text = (
        "Luiz Inacio Lula da Silva arrived in Lima on Monday, two days after his talks with Gabriel Boric "
        "in Santiago on Friday."
    )
    talks = _one(meetings_in(text, published=date(2024, 11, 12)), "Gabriel Boric")
    assert talks.date is not None and talks.date.start == date(2024, 11, 8)


# -- a day of the month told after the month or year the clause opened with ------------------------
@pytest.mark.parametrize(
    ("text", "published", "name", "day"),
    [
        (
            "In March 2022, Turkish Foreign Minister Mevlut Cavusoglu brought together Russian Foreign "
            "Minister Sergey Lavrov and Ukrainian Foreign Minister Dmytro Kuleba in Antalya on March 10.",
            date(2025, 5, 14),
            "Dmytro Kuleba",
            date(2022, 3, 10),
        ),
        (
            "In October 2019, Chilean President Sebastian Pinera met Argentine President Mauricio Macri "
            "in Santiago on October 5.",
            date(2024, 6, 2),
            "Mauricio Macri",
            date(2019, 10, 5),
        ),
        (
            "Back in 2021, Kenyan President Uhuru Kenyatta held talks with Ethiopian Prime Minister "
            "Abiy Ahmed in Addis Ababa on 23 November.",
            date(2024, 3, 1),
            "Abiy Ahmed",
            date(2021, 11, 23),
        ),
    ],
)
def test_a_day_told_after_the_month_and_year_is_of_that_year(meetings_in, text, published, name, day):
    assert _day_of(meetings_in(text, published=published), name) == (day, day)


def test_a_day_told_alone_is_still_the_last_one_before_the_news(meetings_in):
    text = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on March 10."
    found = meetings_in(text, published=date(2024, 11, 19))
    assert _day_of(found, "Abiy Ahmed") == (date(2024, 3, 10), date(2024, 3, 10))


def test_a_day_of_another_month_keeps_the_month_told_first(meetings_in):
    text = (
        "In March 2022, Turkish Foreign Minister Mevlut Cavusoglu brought together Russian Foreign "
        "Minister Sergey Lavrov and Ukrainian Foreign Minister Dmytro Kuleba in Antalya, weeks after "
        "the invasion began on February 24."
    )
    found = meetings_in(text, published=date(2025, 5, 14))
    assert _day_of(found, "Dmytro Kuleba") == (date(2022, 3, 1), date(2022, 3, 31))


# -- "that same month" counts from a month something has lasted since -------------------------------
@pytest.mark.parametrize(
    ("text", "published", "name", "month"),
    [
        (
            "Gonzalez has vowed to return to Caracas for January 10. The opposition leader Edmundo "
            "Gonzalez has been living in exile in Spain since September, when he left Venezuela. Spanish "
            "Prime Minister Pedro Sanchez received Gonzalez at the Moncloa Palace in Madrid that same month.",
            date(2025, 1, 7),
            "Edmundo Gonzalez",
            (date(2024, 9, 1), date(2024, 9, 30)),
        ),
        (
            "Former Bolivian President Evo Morales has lived in Mexico since June. Mexican President "
            "Andres Manuel Lopez Obrador met Morales in Mexico City later that month.",
            date(2024, 11, 19),
            "Evo Morales",
            (date(2024, 6, 1), date(2024, 6, 30)),
        ),
    ],
)
def test_that_same_month_counts_from_the_month_lasted_since(meetings_in, text, published, name, month):
    assert _day_of(meetings_in(text, published=published), name) == month


def test_the_same_day_does_not_count_from_a_month_lasted_since(meetings_in):
    text = (
        "Sudan's army chief Abdel Fattah al-Burhan has been based in Port Sudan since August. On Monday, "
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi. Ruto also held "
        "talks with Somali President Hassan Sheikh Mohamud the same day."
    )
    found = meetings_in(text, published=date(2024, 11, 19))
    assert _day_of(found, "Hassan Sheikh Mohamud") == (date(2024, 11, 18), date(2024, 11, 18))


# -- the day a thing called off was planned for, whatever its noun ----------------------------------
FIRST_ROUND = (
    "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held a first round "
    "of talks in Brussels in May. "
)


def test_a_round_called_off_is_of_the_month_it_was_planned_for(meetings_in):
    text = FIRST_ROUND + "A second round between the two leaders, scheduled for July, was cancelled."
    found = [m for m in meetings_in(text, published=date(2024, 9, 10)) if m.kind == "cancelled"]
    assert len(found) == 1
    assert found[0].date is not None
    assert (found[0].date.start, found[0].date.end) == (date(2024, 7, 1), date(2024, 7, 31))


def test_a_round_held_is_of_the_month_it_was_held_not_the_one_planned(meetings_in):
    text = (
        FIRST_ROUND + "A second round between the two leaders, planned for June, was held in Almaty in July."
    )
    found = [m for m in meetings_in(text, published=date(2024, 9, 10)) if m.date and m.date.start.month != 5]
    assert [(m.date.start, m.date.end) for m in found] == [(date(2024, 7, 1), date(2024, 7, 31))]
