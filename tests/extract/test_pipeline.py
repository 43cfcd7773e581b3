def test_no_sentence_ends_between_two_capitalised_words(nlp):
    doc = nlp(
        "The minister will call on the president on Friday. He is also expected to meet President "
        "Asif Ali Zardari and Chief of Army Staff Field Marshal Syed Asim Munir."
    )
    assert [s.text.split()[-1] for s in doc.sents] == ["Friday.", "Munir."]


def test_a_line_break_still_starts_a_sentence_after_a_capitalised_word(nlp):
    doc = nlp("Talks In Beijing\nWang Yi met Sergey Lavrov on Monday.")
    assert [s.text.strip() for s in doc.sents] == ["Talks In Beijing", "Wang Yi met Sergey Lavrov on Monday."]


def test_a_line_wrapped_inside_a_sentence_does_not_end_it(nlp):
    doc = nlp(
        "NAIROBI - Kenyan President William Ruto\nheld talks on Monday with Yoweri Museveni,\n"
        "according to State House.\n\nlower-case byline\n"
    )
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "NAIROBI - Kenyan President William Ruto\nheld talks on Monday with Yoweri Museveni,\n"
        "according to State House.",
        "lower-case byline",
    ]


def test_a_call_told_on_lines_wrapped_at_a_fixed_width_is_read(meetings_in):
    from datetime import date

    text = (
        "U.S. President Joe Biden\nhad a phone conversation on Thursday with China's leader Xi Jinping,\n"
        "the White House said."
    )
    found = meetings_in(text, published=date(2021, 9, 9))
    assert [(m.kind, str(m.date.start) if m.date else None) for m in found] == [("phone", "2021-09-09")]
