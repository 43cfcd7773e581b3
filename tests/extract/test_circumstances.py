"""Where and at which occasion a clause places what it reports (extract/circumstances.py)."""

from __future__ import annotations

from extract.circumstances import occasion_told_before


def _one(meetings, name):
    found = [m for m in meetings if name in {p.name for p in m.participants}]
    assert len(found) == 1, [m.participants for m in meetings]
    return found[0]


# -- "the summit": the occasion named before ---------------------------------------------------
def test_the_summit_is_the_summit_named_before_and_held_where_it_was_told(meetings_in):
    text = (
        "The Kenyan president flew home from Kazan, Russia, where he took part in the BRICS summit. "
        "On the sidelines of the summit, William Ruto held a meeting with Indian Prime Minister "
        "Narendra Modi."
    )
    meeting = _one(meetings_in(text), "Narendra Modi")
    assert meeting.occasion is not None and meeting.occasion.name == "BRICS summit"
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == ("Kazan", "Russia")


def test_the_margins_of_the_summit_look_past_an_earlier_summit_of_the_series(meetings_in):
    text = (
        "Jacinda Ardern hosted the Pacific Islands Forum summit in Auckland on Monday. The first such "
        "summit was held in Wellington in 1971.\n\n"
        "On the margins of the summit, Fiji's Prime Minister Sitiveni Rabuka met Australia's "
        "Prime Minister Anthony Albanese."
    )
    meeting = _one(meetings_in(text), "Sitiveni Rabuka")
    assert meeting.occasion is not None and meeting.occasion.name == "Pacific Islands Forum summit"
    assert meeting.place is not None and meeting.place.city == "Auckland"


def test_a_summit_of_its_own_is_not_the_one_named_before(nlp):
    doc = nlp(
        "Leaders met at the G20 summit in Rio. Weeks later, Egypt convened a summit on Gaza in Cairo. "
        "On the sidelines of the summit, Sisi met Erdogan."
    )
    sentence = list(doc.sents)[-1]
    assert occasion_told_before(sentence, {t.i for t in sentence}) is None


def test_the_next_summit_is_not_the_one_named_before(nlp):
    doc = nlp("Leaders met at the G20 summit in Rio. They will meet again at the next summit.")
    sentence = list(doc.sents)[-1]
    assert occasion_told_before(sentence, {t.i for t in sentence}) is None


def test_the_conference_s_sidelines_are_the_conference_named_before(nlp):
    doc = nlp(
        "Ministers gathered for the Munich Security Conference on Friday. Blinken met Jaishankar "
        "on the conference's sidelines."
    )
    sentence = list(doc.sents)[-1]
    told = occasion_told_before(sentence, {t.i for t in sentence})
    assert told is not None and told[0].name == "Munich Security Conference"


# -- occasions spoken of, not attended -----------------------------------------------------------
def test_an_occasion_spoken_of_is_not_the_meetings_occasion(meetings_in):
    text = (
        "Egypt's President Abdel Fattah el-Sisi received Azerbaijan's President Ilham Aliyev in Cairo "
        "on Monday, and the two discussed climate finance in light of Azerbaijan's hosting of COP29."
    )
    meeting = _one(meetings_in(text), "Ilham Aliyev")
    assert meeting.occasion is None
