"""Reading the whole article: the day the lead gives a round of meetings."""

from datetime import date

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
