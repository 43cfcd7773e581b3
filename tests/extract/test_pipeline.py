def test_no_sentence_ends_between_two_capitalised_words(nlp):
    doc = nlp(
        "The minister will call on the president on Friday. He is also expected to meet President "
        "Asif Ali Zardari and Chief of Army Staff Field Marshal Syed Asim Munir."
    )
    assert [s.text.split()[-1] for s in doc.sents] == ["Friday.", "Munir."]


def test_a_line_break_still_starts_a_sentence_after_a_capitalised_word(nlp):
    doc = nlp("Talks In Beijing\nWang Yi met Sergey Lavrov on Monday.")
    assert [s.text.strip() for s in doc.sents] == ["Talks In Beijing", "Wang Yi met Sergey Lavrov on Monday."]
