"""Where and when people are: a plan told after the trip it is made on."""

from datetime import date


def _pair(meetings, name):
    return next(m for m in meetings if name in {p.name for p in m.participants} and len(m.participants) > 1)


def test_a_plan_told_after_the_trip_it_is_made_on_takes_the_trips_days(meetings_in):
    text = (
        "Kazakh President Kassym-Jomart Tokayev will pay an official visit to Kyrgyzstan next week, "
        "his office said on Friday. Tokayev is expected to hold talks with Kyrgyz President "
        "Sadyr Japarov in Bishkek."
    )
    meeting = _pair(meetings_in(text, published=date(2025, 10, 10)), "Sadyr Japarov")
    assert meeting.kind == "planned"
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (
        date(2025, 10, 13),
        date(2025, 10, 19),
    )


def test_a_plan_with_a_day_of_its_own_keeps_it_on_the_trip(meetings_in):
    text = (
        "Kazakh President Kassym-Jomart Tokayev will pay an official visit to Kyrgyzstan next week. "
        "Tokayev will hold talks with Kyrgyz President Sadyr Japarov on Tuesday."
    )
    meeting = _pair(meetings_in(text, published=date(2025, 10, 10)), "Sadyr Japarov")
    assert meeting.date is not None and meeting.date.start == date(2025, 10, 14)


def test_a_plan_in_another_country_than_the_trip_does_not_take_its_days(meetings_in):
    text = (
        "Kazakh President Kassym-Jomart Tokayev will pay an official visit to Kyrgyzstan next week. "
        "He will also hold talks with Chinese President Xi Jinping."
    )
    meeting = _pair(meetings_in(text, published=date(2025, 10, 10)), "Xi Jinping")
    assert meeting.date is None or meeting.date.start != date(2025, 10, 13)
