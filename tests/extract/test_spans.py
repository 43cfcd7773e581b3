"""Spans: the agents of a passive verb, not the means a "by" tells."""

import pytest

from extract.spans import passive_agents


@pytest.mark.parametrize(
    "text, verb, agents",
    [
        ("The envoy was received by President Ruto in Nairobi.", "received", ["Ruto"]),
        ("The delegation was welcomed by the foreign minister.", "welcomed", ["minister"]),
        ("The guests were greeted by officials at the airport.", "greeted", ["officials"]),
        ("Talks hosted by his counterpart ended late.", "hosted", ["counterpart"]),
    ],
)
def test_the_agent_of_a_passive_is_who_did_it(nlp, text, verb, agents):
    doc = nlp(text)
    [head] = [t for t in doc if t.text == verb]
    assert [t.text for t in passive_agents(head)] == agents


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
