from datetime import date


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
