from datetime import date

import pytest


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Turkish President Recep Tayyip Erdogan had cancelled a planned meeting with Greek Prime "
            "Minister Kyriakos Mitsotakis that was to be held on November 20 in Athens.",
            date(2023, 11, 20),
        ),
        (
            "Azerbaijani President Ilham Aliyev had called off an earlier meeting with Armenian Prime "
            "Minister Nikol Pashinyan that was to take place on October 5 in Granada.",
            date(2023, 10, 5),
        ),
        (
            "Azerbaijani President Ilham Aliyev has called off a meeting with Armenian Prime Minister Nikol "
            "Pashinyan that was to take place on March 5 in Brussels.",
            date(2024, 3, 5),
        ),
    ],
)
def test_a_meeting_called_off_in_the_past_perfect_was_due_on_a_day_behind(meetings_in, text, day):
    (meeting,) = meetings_in(text, published=date(2024, 2, 18))
    assert meeting.kind == "cancelled" and meeting.date and meeting.date.start == day


@pytest.mark.parametrize(
    ("text", "published", "days"),
    [
        (
            "Cambodian Prime Minister Hun Sen, whose country holds the ASEAN chair this year, had been due "
            "to lead the bloc's leaders at the summit with US President Joe Biden in Washington on March "
            "28 and 29.",
            date(2022, 3, 4),
            (date(2022, 3, 28), date(2022, 3, 29)),
        ),
        (
            "Kenyan President William Ruto had been due to hold talks with Ghanaian President John Mahama "
            "in Accra on 14 June, but the visit was postponed.",
            date(2025, 6, 2),
            (date(2025, 6, 14), date(2025, 6, 14)),
        ),
        # a day set a few weeks ahead of a story of January is that January's month to come
        (
            "Brazilian President Luiz Inacio Lula da Silva had been expected to meet Argentine President "
            "Javier Milei in Buenos Aires on February 3, but the trip was called off.",
            date(2025, 1, 20),
            (date(2025, 2, 3), date(2025, 2, 3)),
        ),
    ],
)
def test_a_day_of_the_calendar_a_plan_called_off_was_due_on_is_the_nearer_one(
    meetings_in, text, published, days
):
    (meeting,) = [m for m in meetings_in(text, published=published) if len(m.participants) == 2]
    assert meeting.kind == "cancelled" and meeting.date is not None
    assert (meeting.date.start, meeting.date.end) == days


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # held on that day: the last one, not the one ahead
        (
            "Cambodian Prime Minister Hun Sen met US President Joe Biden in Washington on March 28.",
            date(2021, 3, 28),
        ),
        # a plan called off for a day long before the news
        (
            "Cambodian Prime Minister Hun Sen had been due to meet US President Joe Biden in Washington on "
            "November 20.",
            date(2021, 11, 20),
        ),
    ],
)
def test_a_day_of_the_calendar_nearer_behind_stays_behind(meetings_in, text, day):
    (meeting,) = [m for m in meetings_in(text, published=date(2022, 3, 4)) if len(m.participants) == 2]
    assert meeting.date is not None and meeting.date.start == day


@pytest.mark.parametrize(
    "text",
    [
        "Kagame, who had been scheduled to hold a bilateral meeting with Ruto on the margins of the summit, "
        "called off his trip on Monday night.",
        "On Saturday, Ruto postponed the visit he was to make to Kigali.",
    ],
)
def test_the_day_a_meeting_is_called_off_on_is_not_its_day(meetings_in, text):
    found = [m for m in meetings_in(text, published=date(2024, 11, 19)) if m.kind == "cancelled"]
    assert found and all(m.date is None for m in found)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("In March, Ghana called off planned talks between Bola Tinubu and John Mahama.", date(2025, 3, 1)),
        ("Planned talks between Bola Tinubu and John Mahama were postponed in March.", date(2025, 3, 1)),
        ("Ghana postponed planned talks between Bola Tinubu and John Mahama to November.", date(2025, 11, 1)),
    ],
)
def test_a_month_on_a_calling_off_told_in_the_past_is_gone_by(meetings_in, text, month):
    found = [m for m in meetings_in(text, published=date(2025, 9, 2)) if len(m.participants) == 2]
    assert [(m.kind, m.date.start) for m in found] == [("cancelled", month)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Trump had announced the Budapest meeting last Thursday after a two-hour telephone call "
            "with Putin.",
            date(2024, 11, 14),
        ),
        (
            "Ramaphosa announced the Pretoria summit on Friday following a phone call with Tinubu.",
            date(2024, 11, 15),
        ),
    ],
)
def test_a_call_an_announcement_came_after_is_of_its_day_and_the_meeting_announced_has_none(
    meetings_in, text, day
):
    found = {m.kind: m for m in meetings_in(text)}
    assert set(found) == {"phone", "planned"}
    assert found["phone"].date is not None and found["phone"].date.start == day
    assert found["planned"].date is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # published on Wednesday 12 July 2023: called off on Monday the 10th, for Tuesday the 11th
        (
            "President Ebrahim Raisi had been expected to jet into Kenya on Tuesday and to hold talks with "
            "William Ruto the same day, but the engagement was called off late on Monday.",
            date(2023, 7, 11),
        ),
        (
            "Paul Kagame had been due to hold talks with Felix Tshisekedi in Luanda on Saturday, but the "
            "meeting was called off on Friday.",
            date(2023, 7, 8),
        ),
        (
            "The talks between Paul Kagame and Felix Tshisekedi, set for Saturday, were called off on "
            "Friday.",
            date(2023, 7, 8),
        ),
        # called off on the day of the news: the plan's day is still to come
        (
            "Joe Biden had been scheduled to hold talks with Jordan's King Abdullah on Thursday, but the "
            "meeting was called off on Wednesday.",
            date(2023, 7, 13),
        ),
    ],
)
def test_a_plans_weekday_counts_on_from_the_day_it_was_called_off(meetings_in, text, day):
    [meeting] = meetings_in(text, published=date(2023, 7, 12))
    assert meeting.kind == "cancelled"
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (day, day)


def test_a_plan_called_off_on_no_day_told_keeps_the_day_to_come(meetings_in):
    text = (
        "On Thursday, Joe Biden had been scheduled to hold talks with Jordan's King Abdullah, but the "
        "meeting was called off."
    )
    [meeting] = meetings_in(text, published=date(2023, 7, 12))
    assert meeting.date is not None and meeting.date.start == date(2023, 7, 13)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "The summit had been due to take place in Kazan in September, where Putin was to have hosted "
            "Lula, but the gatherings were called off because of the pandemic.",
            date(2023, 9, 1),
        ),
        (
            "Ruto was to have met Museveni in Kampala in December, but the talks were cancelled at the last "
            "minute.",
            date(2023, 12, 1),
        ),
    ],
)
def test_a_plan_told_in_the_perfect_infinitive_and_called_off_was_for_a_month_gone_by(
    meetings_in, text, month
):
    (meeting,) = meetings_in(text, published=date(2024, 2, 18))
    assert meeting.kind == "cancelled" and meeting.date and meeting.date.start == month


def test_a_plan_to_come_told_beside_a_calling_off_keeps_its_month_to_come(meetings_in):
    found = meetings_in(
        "Ruto will meet Museveni in Kampala in December, after talks planned for January were cancelled.",
        published=date(2024, 2, 18),
    )
    assert [m.date.start for m in found if m.date] == [date(2024, 12, 1)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. "
            "The two presidents agreed to meet during a telephone call last month.",
            date(2024, 11, 20),
        ),
        (
            "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Tuesday. "
            "Boric and Milei had agreed to hold the talks during a phone call in August.",
            date(2024, 10, 16),
        ),
    ],
)
def test_the_day_of_the_call_a_plan_was_agreed_in_is_the_calls(
    meetings_in, text: str, published: date
) -> None:
    """ "agreed to meet during a telephone call last month": last month is the call's, not the
    meeting's; the plan, with no day of its own, is the meeting the article tells held."""
    found = meetings_in(text, published)
    assert "planned" not in [m.kind for m in found]
    calls = [m for m in found if m.kind == "phone"]
    assert calls and calls[0].date is not None and calls[0].date.end < published


def test_a_plan_keeps_a_day_of_its_own_after_the_call_it_was_agreed_in(meetings_in) -> None:
    text = (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed during a phone "
        "call on Monday to meet in Kampala on December 3."
    )
    plans = [m for m in meetings_in(text, date(2024, 11, 20)) if m.kind == "planned"]
    assert plans and plans[0].date is not None and plans[0].date.start == date(2024, 12, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Dutch King Willem-Alexander's visit to Germany was initially planned for last month but had to "
        "be put off after the committee declined to issue a waiver.",
        "Kenyan President William Ruto's trip to Ghana was first scheduled for May but was deferred "
        "because of the floods.",
    ],
)
def test_a_trip_planned_then_put_off_is_called_off(meetings_in, text):
    trips = [m for m in meetings_in(text, published=date(2024, 9, 20)) if len(m.participants) == 1]
    assert trips and all(m.kind == "cancelled" for m in trips)


def test_a_trip_said_not_to_be_put_off_stays_planned(meetings_in):
    text = (
        "Kenyan President William Ruto's trip to Ghana was first planned for June and was not put off, "
        "officials said."
    )
    trips = meetings_in(text, published=date(2024, 3, 20))
    assert trips and all(m.kind == "planned" for m in trips)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Kenyan President William Ruto had been scheduled to meet Ghanaian President John Mahama in "
            "Accra on 4 May, but the meeting was postponed.",
            date(2024, 5, 4),
        ),
        (
            "Kenyan President William Ruto had originally been due to hold talks with Ghanaian President "
            "John Mahama on March 12; the talks were called off days before.",
            date(2024, 3, 12),
        ),
    ],
)
def test_a_plan_for_a_calendar_day_told_in_the_past_perfect_was_for_a_day_behind(meetings_in, text, day):
    (meeting,) = meetings_in(text, published=date(2024, 9, 20))
    assert meeting.kind == "cancelled" and meeting.date is not None and meeting.date.start == day


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's William Ruto said on Friday he would host Uganda's Yoweri Museveni in Nairobi.",
        "Chile's Gabriel Boric said on Wednesday he was due to meet Argentina's Javier Milei in Santiago.",
        "Germany's Friedrich Merz said on Monday he would travel to Warsaw to meet Poland's Donald Tusk.",
    ],
)
def test_the_day_a_plan_is_said_on_is_not_its_day(meetings_in, text):
    (meeting,) = meetings_in(text, published=date(2024, 11, 19))
    assert meeting.kind == "planned" and meeting.date is None


def test_a_plan_keeps_the_day_told_in_its_own_clause(meetings_in):
    (meeting,) = meetings_in(
        "Kenya's William Ruto said he would host Uganda's Yoweri Museveni in Nairobi on Friday.",
        published=date(2024, 11, 19),
    )
    assert meeting.kind == "planned" and meeting.date and meeting.date.start == date(2024, 11, 22)


# -- "who had been due to sit down with B on Tuesday", told on Wednesday: that Tuesday gone by --------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Trump, who had been due to sit down with Mexican President Claudia Sheinbaum on Tuesday, cut "
            "short his participation in the summit on Monday night.",
            date(2025, 6, 17),
        ),
        (
            "Indian Prime Minister Narendra Modi had been due to hold talks with Japanese Prime Minister "
            "Shigeru Ishiba on Monday, but he flew home early.",
            date(2025, 6, 16),
        ),
    ],
)
def test_a_weekday_of_a_plan_told_in_the_past_perfect_days_before_is_gone_by(meetings_in, text, day):
    (meeting,) = meetings_in(text, published=date(2025, 6, 18))
    assert meeting.kind == "cancelled" and meeting.date is not None and meeting.date.start == day


def test_a_weekday_of_a_plan_told_in_the_present_is_the_coming_one(meetings_in):
    text = (
        "Indian Prime Minister Narendra Modi is due to hold talks with Japanese Prime Minister Shigeru "
        "Ishiba on Monday."
    )
    (meeting,) = meetings_in(text, published=date(2025, 6, 18))
    assert meeting.date is not None and meeting.date.start == date(2025, 6, 23)


def test_a_meeting_called_off_keeps_its_own_day_over_the_calling_off(meetings_in):
    text = (
        "On Monday, Kenyan President William Ruto called off a meeting with Ugandan President Yoweri "
        "Museveni that was set for Thursday."
    )
    (meeting,) = meetings_in(text, published=date(2024, 3, 11))
    assert meeting.kind == "cancelled" and meeting.date and meeting.date.start == date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "In October 2022, Scholz and Macron had to postpone a joint cabinet meeting planned for "
            "Fontainebleau because of disagreements over energy.",
            date(2022, 10, 1),
            date(2022, 10, 31),
        ),
        (
            "In March 2023, Kenyan President William Ruto and Ugandan President Yoweri Museveni were forced "
            "to cancel a summit in Kampala because of the floods.",
            date(2023, 3, 1),
            date(2023, 3, 31),
        ),
        (
            "Last year, Chilean President Gabriel Boric had to call off his visit to Buenos Aires to meet "
            "Argentine President Javier Milei.",
            date(2023, 1, 1),
            date(2023, 12, 31),
        ),
    ],
)
def test_the_time_told_before_a_verb_that_must_call_a_meeting_off_frames_it(meetings_in, text, start, end):
    called_off = [m for m in meetings_in(text, published=date(2024, 6, 3)) if m.kind == "cancelled"]
    assert called_off and all(m.date and (m.date.start, m.date.end) == (start, end) for m in called_off)
