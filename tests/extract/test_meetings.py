from datetime import date
from pathlib import Path

import pytest

from extract import extract_paths

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def names(meeting):
    return {p.name for p in meeting.participants}


def only(meetings):
    assert len(meetings) == 1, [(sorted(names(m)), m.kind) for m in meetings]
    return meetings[0]


# -- who met ----------------------------------------------------------------------------------
def test_subject_and_object_of_met_are_the_participants(meetings_in):
    meeting = only(
        meetings_in("Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov on Monday.")
    )
    assert names(meeting) == {"Wang Yi", "Sergey Lavrov"}
    assert meeting.kind == "in_person"
    assert meeting.date is not None and meeting.date.start == date(2024, 11, 18)


def test_meeting_between_two_people_leaves_out_the_speaker(meetings_in):
    text = "Lavrov said a March meeting between President Vladimir Putin and Xi Jinping in Russia had helped."
    meeting = only(meetings_in(text, date(2023, 7, 13)))
    assert names(meeting) == {"Vladimir Putin", "Xi Jinping"}
    assert meeting.place is not None and meeting.place.country == "Russia"
    assert (meeting.date.start, meeting.date.end) == (date(2023, 3, 1), date(2023, 3, 31))


def test_pronoun_subject_is_the_person_named_before_and_inherits_the_trip(meetings_in):
    text = (
        "Vice Foreign Minister Sun Weidong, who was in Moscow on Monday and Tuesday for talks, "
        "said ties were good.\n"
        "He also met Russian Foreign Minister Sergey Lavrov."
    )
    meeting = only(meetings_in(text, date(2024, 2, 28)))
    assert names(meeting) == {"Sun Weidong", "Sergey Lavrov"}
    assert meeting.place is not None and meeting.place.city == "Moscow"
    assert (meeting.date.start, meeting.date.end) == (date(2024, 2, 26), date(2024, 2, 27))


def test_description_of_both_ministers_finds_the_people_named_elsewhere(meetings_in):
    text = (
        "The Chinese and Russian foreign ministers met at the G20 summit in Brazil on Monday.\n"
        "Foreign Minister Wang Yi and his Russian counterpart Sergei Lavrov discussed Korea."
    )
    first = meetings_in(text)[0]
    assert names(first) == {"Wang Yi", "Sergey Lavrov"}
    assert first.occasion is not None and first.occasion.name == "G20 summit"
    assert first.place is not None and first.place.country == "Brazil"


def test_photo_caption_of_two_leaders_before_their_talks_is_a_meeting(meetings_in):
    text = (
        "Chinese President Xi Jinping and Russian President Vladimir Putin pose before their talks in Beijing"
    )
    meeting = only(meetings_in(text))
    assert names(meeting) == {"Xi Jinping", "Vladimir Putin"}
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == ("Beijing", "China")


# -- where and at which occasion ------------------------------------------------------------------
def test_sidelines_of_a_summit_give_occasion_city_and_country(meetings_in):
    text = "Wang Yi met Sergei Lavrov on the sidelines of the ASEAN meeting in Jakarta."
    meeting = only(meetings_in(text))
    assert meeting.occasion is not None and meeting.occasion.name == "ASEAN meeting"
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == (
        "Jakarta",
        "Indonesia",
    )


def test_place_in_a_title_is_not_where_the_meeting_was(meetings_in):
    text = "Lynne Tracy, the U.S. ambassador to Moscow, met Anatoly Antonov in Washington on Monday."
    meeting = only(meetings_in(text, date(2023, 1, 24)))
    assert meeting.place is not None and meeting.place.city == "Washington"


def test_place_in_a_relative_clause_stays_out(meetings_in):
    text = "Joe Biden, who flew in from Berlin, met Rishi Sunak on Tuesday."
    meeting = only(meetings_in(text))
    assert meeting.place is None


def test_relative_date_without_publication_date_stays_unresolved(meetings_in):
    meeting = only(meetings_in("Xi Jinping met Vladimir Putin in Moscow on Monday.", None))
    assert meeting.date is None
    assert meeting.place is not None and meeting.place.city == "Moscow"


# -- what kind ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Joe Biden held a phone call with Xi Jinping on Tuesday.", "phone"),
        ("Narendra Modi spoke by phone with Volodymyr Zelensky on Tuesday.", "phone"),
        ("Xi Jinping and Vladimir Putin held talks over a video link on Friday.", "video"),
        ("Recep Tayyip Erdogan will meet Vladimir Putin in Sochi next month.", "planned"),
        ("Emmanuel Macron is scheduled to meet Xi Jinping in Paris.", "planned"),
        ("Antony Blinken postponed his meeting with Wang Yi in Beijing.", "cancelled"),
        ("The Kremlin denied reports that Vladimir Putin met Donald Trump in Reykjavik.", "cancelled"),
    ],
)
def test_kind_of_meeting_comes_from_the_words_around_it(meetings_in, text, kind):
    assert only(meetings_in(text)).kind == kind


def test_visit_with_no_named_host_is_a_visit_to_the_host_country(meetings_in):
    text = (
        "Beijing may be taking stock of its allies, with a visit from Russian Foreign Minister Sergei Lavrov."
    )
    meeting = only(meetings_in(text))
    assert names(meeting) == {"Sergey Lavrov"}
    assert meeting.kind == "visit"
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == (None, "China")
    assert "China" in meeting.countries


@pytest.mark.parametrize(
    "text",
    [
        "The two countries made much of the personal amity between Xi Jinping and Vladimir Putin.",
        "Kim Jong Un sent a verbal message to Xi Jinping, KCNA reported.",
        "Vladimir Putin could meet Donald Trump in the coming months.",
        "Joe Biden would be willing to meet Xi Jinping.",
        "Narendra Modi did not meet Shehbaz Sharif in Astana.",
        "Xi Jinping praised Vladimir Putin in a statement on Monday.",
    ],
)
def test_statements_messages_hypotheticals_and_negations_are_not_meetings(meetings_in, text):
    assert meetings_in(text) == []


# -- whole seed articles --------------------------------------------------------------------------
def test_seed_article_yields_its_meeting_with_evidence_offsets():
    (extraction,) = extract_paths([SEEDS / "000_085baf7a87daf90b.txt"])
    text = (SEEDS / "000_085baf7a87daf90b.txt").read_text(encoding="utf-8")
    rio = [m for m in extraction.meetings if m.place and m.place.city == "Rio de Janeiro"]
    assert rio and names(rio[0]) == {"Wang Yi", "Sergey Lavrov"}
    evidence = rio[0].evidence[0]
    assert text[evidence.start : evidence.end] == evidence.text
    assert "met his Russian counterpart" in evidence.text


def test_sidebar_headlines_of_a_seed_page_yield_no_meetings():
    (extraction,) = extract_paths([SEEDS / "004_8dfcd5823fdeecd6.txt"])
    assert all("Erdogan" not in {p.name.split()[-1] for p in m.participants} for m in extraction.meetings)
    assert extraction.document.published == date(2023, 7, 13)
