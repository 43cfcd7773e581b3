"""Feeding the knowledge base: read inputs, extract what is new or changed, store it.

:func:`ingest` reads files, folders and ``-`` (standard input) with :mod:`extract.reader`.
An article whose id, content hash and extractor are those of the stored document is
unchanged and is not extracted again; any other is extracted (``extract.pipeline``, imported
only when ingesting, so ``graph`` loads without spaCy) and stored in one transaction of its
own. A file read to its end replaces its earlier records: the documents it held before and
no longer holds are removed. People and meetings are merged once, at the end of the run
(and on the next read, if the run was killed before).

Two sources may not give the same document id: the second is skipped with a problem
(unless the first one's file no longer exists, in which case the document moved).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import first_line
from extract.reader import STDIN, Problem, RawArticle, iter_sources, read_source, shown
from graph.store import KnowledgeBase


@dataclass
class Tally:
    """What an ingest run did."""

    ingested: list[str] = field(default_factory=list)  # documents extracted and stored
    unchanged: int = 0  # articles already stored as they are
    removed: list[str] = field(default_factory=list)  # documents a changed file no longer holds
    problems: list[Problem] = field(default_factory=list)

    @property
    def skipped(self) -> list[Problem]:
        """The problems that kept a file, or some of its lines, out of the knowledge base."""
        return [p for p in self.problems if p.kind == "skip"]

    def summary(self) -> str:
        """One line: ingested, unchanged, removed, skipped with reasons, notes.

        >>> Tally(ingested=["a"], unchanged=2).summary()
        'ingested 1 document, 2 unchanged, skipped none'
        >>> t = Tally(problems=[Problem("x", "r", category="empty"), Problem("y", "r", category="empty")])
        >>> t.summary()
        'ingested 0 documents, 0 unchanged, skipped 2 (2 empty)'
        """
        parts = [f"ingested {_count(len(self.ingested), 'document')}", f"{self.unchanged} unchanged"]
        if self.removed:
            parts.append(f"removed {_count(len(self.removed), 'document')} their files no longer hold")
        reasons = Counter(p.category for p in self.skipped)
        listed = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common())
        parts.append(f"skipped {len(self.skipped)} ({listed})" if self.skipped else "skipped none")
        notes = Counter(p.category for p in self.problems if p.kind != "skip")
        if notes:
            parts.append("notes: " + ", ".join(f"{n} {reason}" for reason, n in notes.most_common()))
        return ", ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def ingest(
    kb: KnowledgeBase,
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    on_article: Callable[[Tally, str], None] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
) -> Tally:
    """Read ``paths``, extract new and changed articles into ``kb``, merge; see the module.

    Each problem goes to ``on_problem`` as it is found; after each article stored or found
    unchanged, ``on_article`` gets the tally so far and the article's id. Raises
    :class:`~extract.errors.ModelError` before reading anything when the spaCy pipeline
    cannot be loaded. With ``workers`` above 1, that many processes parse and extract
    (:func:`extract.pipeline.extract_articles`); this one reads and stores, as with one. With
    ``scheduler``, the address of a Dask scheduler, the cluster's workers do (raises
    :class:`~extract.cluster.ClusterError` when it cannot be reached or used).
    """
    from extract import pipeline  # spaCy: only ingesting needs it

    chosen = model or pipeline.DEFAULT_MODEL
    extractor = pipeline.extractor_id(chosen)
    tally = Tally()

    def problem(p: Problem) -> None:
        tally.problems.append(p)
        if on_problem is not None:
            on_problem(p)

    def failed(article: RawArticle, error: Exception) -> None:
        where = article.path if article.path and article.path != STDIN else article.id
        problem(
            Problem(
                where,
                f"article {article.id!r} could not be extracted ({type(error).__name__}: "
                f"{first_line(error)}); please report it",
                category="extraction failed",
            )
        )

    claimed: dict[str, str] = {}  # document id -> where it came from, in this run

    def articles() -> Iterator[RawArticle]:
        for source in iter_sources(paths):
            if isinstance(source, Problem):
                problem(source)
                continue
            ids: list[str] = []
            whole = True
            for item in read_source(source):
                if isinstance(item, Problem):
                    whole = whole and not (item.kind == "skip" and item.category != "bad lines")
                    problem(item)
                    continue
                owner = _owner(kb, claimed, item)
                if owner is not None:
                    problem(
                        Problem(
                            source.name,
                            f"holds document {item.id!r}, already the id of a document from "
                            f"{shown(owner)}; rename one of them (or `dipgraph forget {item.id}`)",
                            category="duplicate id",
                        )
                    )
                    continue
                ids.append(item.id)
                if _unchanged(kb, item, extractor):
                    tally.unchanged += 1
                    if on_article is not None:
                        on_article(tally, item.id)
                else:
                    yield item
            if whole and source.label != STDIN:
                tally.removed.extend(kb.retire(source.label, keep=set(ids)))

    try:
        for x in pipeline.extract_articles(
            articles(), model=chosen, on_error=failed, workers=workers, scheduler=scheduler
        ):
            kb.put(x, extractor=extractor)
            tally.ingested.append(x.document.id)
            if on_article is not None:
                on_article(tally, x.document.id)
    finally:
        kb.merge()
    return tally


def _owner(kb: KnowledgeBase, claimed: dict[str, str], article: RawArticle) -> str | None:
    """Where else the article's id came from, if another source that still exists gave it."""
    where = article.path or STDIN
    first = claimed.setdefault(article.id, where)
    if first != where:
        return first
    stored = kb.stored(article.id)
    if stored is None or stored.path in (None, where, STDIN):
        return None
    return stored.path if stored.path and os.path.exists(stored.path) else None


def _unchanged(kb: KnowledgeBase, article: RawArticle, extractor: str) -> bool:
    """Whether the article is stored as it is, extracted the same way; a document whose file
    moved has its path brought up to date."""
    stored = kb.stored(article.id)
    if stored is None or (stored.sha256, stored.extractor) != (article.sha256, extractor):
        return False
    if stored.path != article.path:
        kb.move(article.id, article.path)
    return True
