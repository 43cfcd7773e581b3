from pathlib import Path

import spacy
from spacy.pipeline import AttributeRuler

from extract.tagging import AttributeIndex, _Remembered, _WordList, indexed

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _before_the_ruler(nlp, text):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "attribute_ruler":
            return doc
        doc = component(doc)
    raise AssertionError("no attribute_ruler")


def test_the_index_finds_every_match_of_the_models_ruler(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    index = AttributeIndex(ruler)
    for path in sorted(SEEDS.glob("*.txt")):
        doc = _before_the_ruler(nlp, path.read_text(encoding="utf-8") + "\n  y'all ain't gonna gotta let's")
        assert index.match(doc) == sorted(set(AttributeRuler.match(ruler, doc)))


def test_a_ruler_with_a_pattern_beyond_the_index_is_left_as_it_is():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the", "OP": "+"}]], {"LEMMA": "the"})
    indexed(nlp)
    assert "match" not in vars(ruler)
    assert [t.lemma_ for t in nlp("the the cat")] == ["the", "the", ""]


def test_the_remembered_lemmatizer_answers_as_its_rules_do(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer.lemmatize, _Remembered)
    doc = nlp("Leaders met. The leader meets leaders; she was meeting them and saw better days.")
    for token in doc:
        assert lemmatizer.lemmatize(token) == lemmatizer.rule_lemmatize(token)
    assert [t.lemma_ for t in doc][:5] == ["leader", "meet", ".", "the", "leader"]


def test_the_lemmatizers_known_words_looked_up_in_a_set_give_the_lemmas_of_its_lists(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, _WordList) for words in index.values())
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts.append("The zorbles were floogling; she blorped wugs, and the quickest glimmers shone brightlier.")
    tokens = [token for doc in nlp.pipe(texts) for token in doc]
    lemmatizer.cache.clear()
    from_sets = [lemmatizer.rule_lemmatize(token) for token in tokens]
    sets = dict(index.items())
    try:
        for pos, words in sets.items():
            index[pos] = list(words)
        lemmatizer.cache.clear()
        from_lists = [lemmatizer.rule_lemmatize(token) for token in tokens]
    finally:
        for pos, words in sets.items():
            index[pos] = words
        lemmatizer.cache.clear()
    assert from_sets == from_lists
    assert len(tokens) > 2000
