"""Profile our extraction rules alone, deterministically, over articles parsed once.

The articles are read as ``dipgraph ingest`` reads them (their publication dates included) and
every piece is parsed with ``nlp.pipe`` before anything is timed; then ``pipeline._read``
(``People`` and ``find_meetings``, the first use of every table included) runs over the parsed
docs in this one process, either unprofiled (CPU seconds) or under cProfile (calls, and the
spaCy ``Token`` objects made: spaCy's ``token.pxd`` is profiled, so each ``Token.cinit`` is one).
Call counts do not change with the machine's load; seconds do. From the repository root:

    .venv/bin/python bench/rules_profile.py ../shared/dev ../shared/dev2 ../shared/dev3
    .venv/bin/python bench/rules_profile.py ../shared/dev --profile rules.prof   # calls and Tokens
    .venv/bin/python bench/rules_profile.py --warm ../shared/seeds ../shared/dev   # tables loaded first

Run it with another commit's ``extract`` through ``PYTHONPATH`` to compare two codes.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extract import pipeline
from extract.reader import Problem, RawArticle, iter_sources, read_source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", help="folders or files of articles")
    parser.add_argument("--profile", metavar="FILE", help="run under cProfile and write its stats here")
    parser.add_argument(
        "--warm",
        metavar="FOLDER",
        action="append",
        default=[],
        help="read these articles first, outside the count, so that every table's first use is left out",
    )
    args = parser.parse_args()
    nlp = pipeline.load()
    for doc, document in _parsed(nlp, _articles(args.warm)) if args.warm else []:
        pipeline._read(doc, document)  # every table's first use, left out of the count
    articles = _articles(args.folders)
    parsed = _parsed(nlp, articles)
    profile = cProfile.Profile() if args.profile else None
    started = time.process_time()
    if profile is not None:
        profile.enable()
    found = [pipeline._read(doc, document) for doc, document in parsed]
    if profile is not None:
        profile.disable()
    seconds = time.process_time() - started
    meetings = sum(len(f[1]) for f in found if not isinstance(f, Exception))
    print(f"{len(articles)} articles, {len(parsed)} parsed pieces, {meetings} meetings")
    print(f"rules: {seconds:.2f} CPU s{' (profiled)' if profile else ''}")
    if profile is not None:
        profile.dump_stats(args.profile)
        stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]  # not in typeshed
        tokens = sum(
            v[1] for (path, _, name), v in stats.items() if path.endswith("token.pxd") and name == "cinit"
        )
        calls = sum(v[1] for v in stats.values())
        print(f"calls: {calls:,}; spaCy Token objects made: {tokens:,}")


def _articles(folders: list[str]) -> list[RawArticle]:
    """The articles of the folders, read as ``dipgraph ingest`` reads them."""
    return [
        item
        for source in iter_sources(folders)
        if not isinstance(source, Problem)
        for item in read_source(source)
        if isinstance(item, RawArticle)
    ]


def _parsed(nlp: Language, articles: list[RawArticle]) -> list[tuple[Doc, Any]]:
    """Every piece of the articles, parsed with ``nlp.pipe`` as ingest parses them."""
    pieces = pipeline._pieces(articles)
    return [
        (doc, piece[1])
        for doc, piece in nlp.pipe(pieces, as_tuples=True, batch_size=pipeline.BATCH_SIZE)
        if len(doc)
    ]


if __name__ == "__main__":
    main()
