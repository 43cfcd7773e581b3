"""Throughput: the test that skips parsing, and ``dipgraph ingest --workers``.

Speed itself is measured by ``bench/throughput.py``, never asserted here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract import pipeline
from extract.reader import RawArticle
from extract.triggers import (
    CALL_VERBS,
    MEETING_VERBS,
    SOMETIMES_TRIGGERS,
    TOO_COMMON_ALONE,
    TRIGGER_FORMS,
    could_report_a_meeting,
)
from extract.vocabulary import MEETING_NOUNS
from graph.cli import app

runner = CliRunner()
SEEDS = Path(__file__).parent.parent / "seeds"
FILLER = (
    "Oil prices fell for a fourth session as rising inventories pointed to softer demand.\n\n"
    "Heavy rain is expected across the north through the weekend, with amber warnings for flooding."
)


def test_every_seed_article_could_report_a_meeting() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        assert could_report_a_meeting(path.read_text(encoding="utf-8")), path.name


def test_news_without_a_trigger_word_could_not() -> None:
    assert not could_report_a_meeting(FILLER)
    assert not could_report_a_meeting("The metal market was calm on Saturday; the site reopened.")


@pytest.mark.parametrize(
    "text",
    [
        "Xi MET Putin.",
        "talks",
        "a phone-call",
        "They sat down.",
        "He spoke to her.",
        "conferring",
        "meetings",
        "She and Museveni signed agreements.",
        "A shook hands with B.",
        "a video conference",
        "He stood alongside Macron.",
    ],
)
def test_inflected_and_irregular_triggers_are_found(text: str) -> None:
    assert could_report_a_meeting(text)


def test_every_form_the_lemmatizer_reads_as_a_trigger_is_found() -> None:
    """Each spelling the model's lemmatizer turns into a trigger word (its suffix rules and
    exceptions) matches the pattern, so no trigger is ever filtered out (but the verbs of going
    too common to count alone)."""
    lemmatizer = pipeline.load().get_pipe("lemmatizer")
    # but "go" and "come", too common to make an article worth a parse alone
    triggers = (
        MEETING_VERBS | CALL_VERBS | MEETING_NOUNS | SOMETIMES_TRIGGERS | {"discuss", "tell"}
    ) - TOO_COMMON_ALONE
    rules, exceptions = (lemmatizer.lookups.get_table(t) for t in ("lemma_rules", "lemma_exc"))
    forms = set(triggers)
    for pos in rules:
        for old, new in rules[pos]:
            forms |= {w[: len(w) - len(new)] + old for w in triggers if w.endswith(new) and old}
    for pos in exceptions:
        forms |= {form for form, lemmas in exceptions[pos].items() if set(lemmas) & triggers}
    missed = sorted(
        f for f in forms if not TRIGGER_FORMS.fullmatch(f) or not TRIGGER_FORMS.fullmatch(f.title())
    )
    assert not missed


def test_an_article_without_a_trigger_is_stored_unparsed_with_its_document() -> None:
    lead = "date 2024-11-19\n\nPresident Joe Biden said oil prices fell.\n\n"
    texts = [("news", lead + FILLER), ("talks", lead.replace("fell", "fell after talks") + FILLER)]
    news, talks = pipeline.extract_texts(texts)
    assert (news.document.id, news.document.published, news.people, news.meetings) == (
        "news",
        date(2024, 11, 19),
        (),
        (),
    )
    assert [p.name for p in talks.people] == ["Joe Biden"]  # parsed: a trigger word is there


def test_parsing_every_article_finds_the_same_meetings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The trigger test only skips work: switched off, every article is parsed, and the
    meetings are the same (people named in a skipped article are the only difference)."""
    lead = "date 2024-11-19\n\n"
    own = [
        "Xi Jinping sat down with Vladimir Putin in Kazan on Tuesday.",
        "Sergey Lavrov spoke by phone with Wang Yi on Monday.",
        "Wang Yi and Sergey Lavrov were in Moscow on Monday.",  # no trigger word, no meeting
        FILLER,
    ]
    seeds = sorted(SEEDS.glob("*.txt"))
    articles = [RawArticle(id=p.stem, text=p.read_text(encoding="utf-8")) for p in seeds]
    articles += [RawArticle(id=f"own-{i}", text=lead + text) for i, text in enumerate(own)]
    tested = [x.meetings for x in pipeline.extract_articles(articles)]
    monkeypatch.setattr(pipeline, "could_report_a_meeting", lambda _: True)
    parsed = list(pipeline.extract_articles(articles))
    assert [x.meetings for x in parsed] == tested
    assert all(tested[: len(articles) - 2]) and not any(tested[-2:])
    assert [p.name for p in parsed[-2].people] == ["Wang Yi", "Sergey Lavrov"]  # it was parsed


def test_workers_give_the_same_extractions_in_the_same_order() -> None:
    articles = [
        RawArticle(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))
    ]
    articles.insert(2, RawArticle(id="filler", text=FILLER))
    one = list(pipeline.extract_articles(articles))
    two = list(pipeline.extract_articles(articles, workers=2))
    assert [x.document.id for x in two] == [a.id for a in articles]
    assert two == one
    assert sum(len(x.meetings) for x in one) > 0


def test_ingest_with_two_workers_builds_the_same_knowledge_base(tmp_path: Path) -> None:
    out = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db), "--workers", str(workers)])
        assert result.exit_code == 0, result.output
        out[workers] = runner.invoke(app, ["meetings", "--format", "jsonl", "--db", str(db)]).stdout
    assert out[1].count("\n") > 5
    assert out[2] == out[1]
