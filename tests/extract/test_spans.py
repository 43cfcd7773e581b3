"""Spans: the agents of a passive verb, not the means a "by" tells; sentences, children and
subtrees found once."""

from pathlib import Path

import pytest

from extract.spans import (
    REMEMBERED,
    _heads,
    ancestors_of,
    children_of,
    clause_tokens,
    doc_entities,
    doc_heads,
    doc_sentences,
    doc_text,
    doc_tokens,
    passive_agents,
    remember_sentences,
    remember_text,
    remembered,
    span_text,
    span_tokens,
    subtree_of,
)

SEEDS = Path(__file__).parents[2] / "seeds"


@pytest.mark.parametrize(
    "text, verb, agents",
    [
        ("The envoy was received by President Ruto in Nairobi.", "received", ["Ruto"]),
        ("The delegation was welcomed by the foreign minister.", "welcomed", ["minister"]),
        ("The guests were greeted by officials at the airport.", "greeted", ["officials"]),
        ("Talks hosted by his counterpart ended late.", "hosted", ["counterpart"]),
        # the "by" said again for a second agent
        (
            "Tinubu was received by President Ramaphosa and by Deputy President Mashatile.",
            "received",
            ["Ramaphosa", "Mashatile"],
        ),
        (
            "The talks were attended by President Ruto and by President Museveni.",
            "attended",
            ["Ruto", "Museveni"],
        ),
    ],
)
def test_the_agent_of_a_passive_is_who_did_it(nlp, text, verb, agents):
    doc = nlp(text)
    [head] = [t for t in doc if t.text == verb]
    assert [t.text for t in passive_agents(head)] == agents


@pytest.mark.parametrize(
    "text, verb",
    [
        ("The ECOWAS mission, led by former head of state Olusegun Obasanjo, arrived on Monday.", "led"),
        ("The visitors were received by acting president Mohamed Hamdi on arrival.", "received"),
    ],
)
def test_an_office_before_a_name_after_by_is_the_agent_not_a_means(nlp, text, verb):
    """ "led by former head of state A": a bare office before a name, no means like "by phone"."""
    doc = nlp(text)
    [head] = [t for t in doc if t.text == verb]
    assert passive_agents(head)


@pytest.mark.parametrize(
    "text, verb",
    [
        ("The premier had spoken separately by telephone with the two presidents.", "spoken"),
        ("The minister talked by phone with his Greek counterpart on Monday.", "talked"),
        ("She had conferred by video link with the chancellor.", "conferred"),
    ],
)
def test_a_means_after_by_is_no_agent(nlp, text, verb):
    doc = nlp(text)
    [head] = [t for t in doc if t.text == verb]
    assert passive_agents(head) == []


@pytest.mark.parametrize(
    "text, verb, agents",
    [
        ("President Musa Bello was hosted to a luncheon by Vice President Ama Owusu.", "hosted", ["Owusu"]),
        ("President Musa Bello was hosted at a dinner by Governor Kofi Asante.", "hosted", ["Asante"]),
    ],
)
def test_an_agent_the_parser_hung_on_the_noun_between_is_the_verbs(nlp, text, verb, agents):
    doc = nlp(text)
    [head] = [t for t in doc if t.text == verb]
    assert [t.text for t in passive_agents(head)] == agents


@pytest.mark.parametrize(
    "text, verb",
    [
        ("The minister was briefed on a report by the agency.", "briefed"),
        ("President Musa Bello hosted a luncheon by the lake for Governor Kofi Asante.", "hosted"),
    ],
)
def test_a_by_hung_low_names_no_agent_unless_a_person_of_a_passive(nlp, text, verb):
    doc = nlp(text)
    [head] = [t for t in doc if t.text == verb]
    assert passive_agents(head) == []


def test_remembered_sentences_are_spacys(nlp):
    """``token.sent`` and ``span.sent`` answered from the sentences found once are the sentences
    spaCy finds by walking from the word, for every word and span of a real article, and for an
    empty span at the doc's end."""
    doc = nlp(sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8"))
    walked = [token.sent for token in doc]
    spans = [doc[i : i + n] for i in range(len(doc)) for n in (1, 3)] + [doc[len(doc) : len(doc)]]
    walked_spans = [span.sent for span in spans]
    remember_sentences(doc)
    assert len(list(doc.sents)) > 5
    assert [token.sent for token in doc] == walked
    assert [(t.sent.start, t.sent.end) for t in doc] == [(s.start, s.end) for s in walked]
    assert [(s.sent.start, s.sent.end) for s in spans] == [(s.start, s.end) for s in walked_spans]


def test_remembered_children_and_subtrees_are_spacys(nlp):
    """A word's children and subtree asked once and kept are spaCy's, in spaCy's order, for
    every word of every seed article (asked twice: the second answer is the one kept), and a
    change of the parse before the sentences are remembered is not kept."""
    for path in sorted(SEEDS.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        for _ in range(2):
            assert [[t.i for t in children_of(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
            assert [[t.i for t in subtree_of(t)] for t in doc] == [[c.i for c in t.subtree] for t in doc]
        remember_sentences(doc)  # the parse is final: every word's children read at once
        for _ in range(2):
            assert [[t.i for t in children_of(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
            assert [[t.i for t in subtree_of(t)] for t in doc] == [[c.i for c in t.subtree] for t in doc]
    doc = nlp("Ruto met Museveni in Kampala on Monday.")
    met, museveni, in_ = doc[1], doc[2], doc[3]
    assert in_.head == met and in_ in children_of(met)
    in_.head = museveni  # as a pipeline component may move a word's head
    assert _heads(doc) == [t.head.i for t in doc]  # read afresh from the parse
    remember_sentences(doc)
    assert in_ not in children_of(met)
    assert [t.i for t in children_of(met)] == [c.i for c in met.children]
    assert [t.i for t in subtree_of(museveni)] == [t.i for t in museveni.subtree]


def test_what_is_kept_of_a_doc_read_before_the_last_is_its_own(nlp):
    """The doc read last is answered without a look in its ``user_data``; a doc read before it,
    asked in turn with it, still gets its own text, words, children and subtrees, not the last
    doc's."""
    first = nlp("Ruto met Museveni in Kampala on Monday.")
    second = nlp("The foreign ministers of Chile and Peru held talks in Lima after a long delay.")
    remember_sentences(first)
    remember_sentences(second)
    for _ in range(2):
        for doc in (first, second, first):
            assert doc_text(doc) == doc.text
            assert [(t.doc, t.i) for t in doc_tokens(doc)] == [(doc, i) for i in range(len(doc))]
            assert [[t.i for t in children_of(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
            assert [[t.i for t in subtree_of(t)] for t in doc] == [[c.i for c in t.subtree] for t in doc]
    assert [t.i for t in subtree_of(first[1])] == list(range(len(first)))


def test_what_is_read_once_per_doc_is_spacys(nlp):
    """The doc's text, tokens, heads and entities kept in ``doc.user_data`` are spaCy's."""
    doc = nlp(sorted(SEEDS.glob("*.txt"))[1].read_text(encoding="utf-8"))
    for _ in range(2):
        assert doc_text(doc) == doc.text
        assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))
        assert doc_heads(doc) == [t.head.i for t in doc]
        starts, ents = doc_entities(doc)
        assert ents == tuple(doc.ents) and starts == [e.start for e in doc.ents]


def test_remembered_ancestors_and_sentences_are_spacys(nlp):
    """A word's ancestors put together from the heads read once, and the sentences found once,
    are spaCy's, in spaCy's order, for every word of every seed article (asked twice: the second
    answer is the one kept); before the parse is final, spaCy's own, and a head moved then is
    seen."""
    for path in sorted(SEEDS.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        assert [[a.i for a in ancestors_of(t)] for t in doc] == [[a.i for a in t.ancestors] for t in doc]
        assert [(s.start, s.end) for s in doc_sentences(doc)] == [(s.start, s.end) for s in doc.sents]
        remember_sentences(doc)
        for _ in range(2):
            assert [[a.i for a in ancestors_of(t)] for t in doc] == [[a.i for a in t.ancestors] for t in doc]
            assert doc_sentences(doc) == list(doc.sents)
    doc = nlp("Ruto met Museveni in Kampala on Monday.")
    met, museveni, kampala = doc[1], doc[2], doc[4]
    assert met in ancestors_of(kampala)
    doc[3].head = museveni  # as a pipeline component may move a word's head
    remember_sentences(doc)
    assert [a.i for a in ancestors_of(kampala)] == [a.i for a in kampala.ancestors] == [3, 2, 1]


def test_remembered_asks_once_per_key_and_forgets_once_the_parse_is_final(nlp):
    """An answer kept by :func:`remembered` is asked once per key, None included, and forgotten
    by :func:`remember_sentences`, which fixes the parse."""
    doc = nlp("Ruto met Museveni in Kampala on Monday.")
    asked = []

    def ask(answer):
        asked.append(answer)
        return answer

    name = REMEMBERED + "test"
    assert remembered(doc, name, 1, lambda: ask("a")) == "a"
    assert remembered(doc, name, 1, lambda: ask("b")) == "a"
    assert remembered(doc, name, 2, lambda: ask(None)) is None
    assert remembered(doc, name, 2, lambda: ask("c")) is None
    assert asked == ["a", None]
    remember_sentences(doc)
    assert remembered(doc, name, 1, lambda: ask("d")) == "d"


def test_a_clauses_words_kept_are_the_walks_and_a_new_list_at_each_call(nlp):
    """A clause's words in order, sorted once per sentence and clause, are those of a walk over
    the sentence, for each word's subtree (and its subtree less the word) of every seed article,
    asked twice; a caller that changes the list it got does not change the next one."""
    for path in sorted(SEEDS.glob("*.txt"))[:3]:
        doc = nlp(path.read_text(encoding="utf-8"))
        remember_sentences(doc)
        for sentence in doc.sents:
            for token in sentence:
                for clause in ({t.i for t in token.subtree}, {t.i for t in token.subtree} - {token.i}):
                    for _ in range(2):
                        words = clause_tokens(sentence, clause)
                        assert [t.i for t in words] == [t.i for t in sentence if t.i in clause]
                        words.append(token)
        remember_sentences(doc)


def test_text_and_words_cut_from_the_doc_are_spacys(nlp):
    """A sentence's or entity's text and words cut from the doc's text and tokens read once (as
    the rules read them instead of ``span.text``, ``list(span)`` and ``token.nbor``) are
    spaCy's, for every sentence and entity of every seed article."""
    for path in sorted(SEEDS.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        remember_text(doc, doc.text)
        remember_sentences(doc)
        tokens = doc_tokens(doc)
        for span in [*doc.sents, *doc.ents]:
            assert span_text(span) == span.text
            assert [t.i for t in span_tokens(span)] == [t.i for t in span]
            assert [t.i for t in span_tokens(span)[:-1]] == [t.i for t in span[:-1]]
        assert all(tokens[t.i - 1] == t.nbor(-1) for t in doc if t.i > 0)


def test_a_head_made_after_the_cheap_tests_gives_the_same_answers(nlp):
    """The rules that now read a word's dependency or lemma before making its head answer as
    they did when the head was made first, for every word of every seed article."""
    from extract.kinds import DECIDING, _settled_by_it, settled_in_the_past
    from extract.participants import misread_object
    from extract.triggers import ARRIVAL_SET_BY, _a_person, _due_to_arrive

    def due_to_arrive(token):
        set_by = token.head
        if (
            token.lemma_.lower() != "arrive"
            or token.dep_ != "xcomp"
            or set_by.lemma_.lower() not in ARRIVAL_SET_BY
        ):
            return False
        told = set_by.head if set_by.dep_ == "acomp" else set_by
        return any(c.dep_ in {"nsubj", "nsubjpass"} and _a_person(c) for c in told.children)

    def settled_by_it(token):
        verb = token.head
        return (
            token.dep_ == "nsubj"
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in DECIDING
            and settled_in_the_past(verb)
        )

    def misread(token):
        verb = token.head
        return token.dep_ == "nsubj" and token.i > verb.i and verb.dep_ == "conj" and verb.pos_ == "VERB"

    for path in sorted(SEEDS.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        remember_sentences(doc)
        assert [_due_to_arrive(t) for t in doc] == [due_to_arrive(t) for t in doc]
        assert [_settled_by_it(t) for t in doc] == [settled_by_it(t) for t in doc]
        assert [misread_object(t) for t in doc] == [misread(t) for t in doc]


@pytest.mark.parametrize(
    "text, verb",
    [
        (
            "Erdogan's talks followed a stop in Damascus last week by Qatari Emir Tamim bin Hamad Al "
            "Thani, who held talks with al-Sharaa.",
            "followed",
        ),
        (
            "Kainerugaba's trip follows a visit to Nairobi earlier this month by Tanzania's envoy to "
            "the African Union, Amina Salum Ali.",
            "follows",
        ),
        ("Her tour preceded a trip to Hanoi in May by Premier Li Qiang.", "preceded"),
    ],
)
def test_an_active_verb_with_an_object_has_no_agent(nlp, text, verb):
    """ "followed a stop in Damascus by B": B made the stop; an active verb with an object has no
    agent, wherever the parser hangs the "by"."""
    doc = nlp(text)
    [head] = [t for t in doc if t.text == verb]
    assert passive_agents(head) == []
