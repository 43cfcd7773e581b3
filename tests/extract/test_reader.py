from __future__ import annotations

import codecs
import errno
import io
import json
import os
import sys
import tracemalloc
from pathlib import Path

import pytest

from extract import reader
from extract.errors import InputError
from extract.reader import (
    PIECE_CHARS,
    STDIN,
    Problem,
    RawArticle,
    Source,
    iter_sources,
    read_path,
    read_source,
    split_pieces,
)


def read(path: Path) -> tuple[list[RawArticle], list[Problem]]:
    """The articles and problems of one file."""
    items = list(read_source(Source(path, str(path))))
    return (
        [i for i in items if isinstance(i, RawArticle)],
        [i for i in items if isinstance(i, Problem)],
    )


def walk(*paths: Path | str) -> tuple[list[str], list[Problem]]:
    """The names of the sources found under ``paths``, and the problems."""
    items = list(iter_sources(paths))
    names = [i.name for i in items if isinstance(i, Source)]
    return names, [i for i in items if isinstance(i, Problem)]


def test_text_file_id_is_the_file_name_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "007_abc.txt"
    path.write_text("Xi met Putin in Moscow.", encoding="utf-8")
    (article,) = read_path(path)
    assert article.id == "007_abc"
    assert article.text == "Xi met Putin in Moscow."
    assert article.path == str(path.resolve())


@pytest.mark.parametrize(
    ("content", "category"),
    [
        (b"\x00\x01\x02binary", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (b"", "empty"),
        (b"  \n \t\n", "empty"),
    ],
)
def test_files_that_are_no_text_are_skipped_with_one_line_naming_them(
    tmp_path: Path, content: bytes, category: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    articles, (problem,) = read(path)
    assert articles == []
    assert (problem.kind, problem.category) == ("skip", category)
    assert str(problem).startswith(f"{path}: ") and "\n" not in str(problem)


def test_invalid_utf8_is_read_with_replacement_characters_and_a_note(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le café: Macron met Scholz in Paris.".encode("latin-1"))
    (article,), (note,) = read(path)
    assert article.text == "Le caf\ufffd: Macron met Scholz in Paris."
    assert (note.kind, note.category) == ("note", "invalid UTF-8")
    assert "latin1.txt" in str(note)


def test_replacement_characters_written_as_such_are_no_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "ok.txt"
    path.write_text("A \ufffd in the text. " * 10, encoding="utf-8")
    _, problems = read(path)
    assert problems == []


def test_control_characters_become_spaces_at_the_same_offsets(tmp_path: Path) -> None:
    text = "Xi met\x1b[1m Putin\x07 in Moscow.\x0c\nNext\x7f line\x85."
    path = tmp_path / "controls.md"
    path.write_text(text, encoding="utf-8")
    (article,), (note,) = read(path)
    assert article.text == "Xi met [1m Putin  in Moscow.\x0c\nNext  line ."
    assert len(article.text) == len(text)
    assert (note.category, note.kind) == ("control characters", "note")
    assert "4 control characters" in note.reason


def test_a_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfXi met Putin.")
    (article,), problems = read(path)
    assert (article.text, problems) == ("Xi met Putin.", [])


def test_json_lines_carry_metadata(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    good = {"id": "a1", "text": "Lavrov met Wang Yi.", "published": "2024-11-19", "outlet": "Wire"}
    anonymous = {"text": "Xi met Putin.", "title": "Talks", "url": "https://example.org/x"}
    path.write_text(json.dumps(good) + "\n\n" + json.dumps(anonymous) + "\n", encoding="utf-8")
    (first, second), problems = read(path)
    assert (first.id, first.published, first.outlet) == ("a1", "2024-11-19", "Wire")
    assert (second.id, second.title, second.url) == ("dump-3", "Talks", "https://example.org/x")
    assert first.path == second.path == str(path.resolve())
    assert problems == []


def test_malformed_json_lines_are_named_by_number_and_good_lines_kept(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Lavrov met Wang Yi."}),
        "{not json",
        json.dumps({"id": "b", "title": "no text"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a", "text": "Same id again."}),
        json.dumps({"id": "c", "text": "Xi met Putin.", "outlet": {"nested": 1}}),
        "[" * 100_000,
        json.dumps({"id": "d", "text": "Modi met Putin."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, (problem,) = read(path)
    assert [a.id for a in articles] == ["a", "d"]
    assert (problem.kind, problem.category) == ("skip", "bad lines")
    reason = problem.reason
    assert reason.startswith("6 entries are not articles: line 2 (not valid JSON: ")
    for expected in (
        "line 3 (no 'text' string)",
        "line 4 (not a JSON object)",
        "repeats the id 'a' of line 1",
    ):
        assert expected in reason
    assert "and 1 more" in reason and "the other 2 were read" in reason
    assert "\n" not in str(problem)


def test_a_json_line_over_the_limit_is_skipped_and_the_next_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_LINE_BYTES", 100)
    path = tmp_path / "dump.jsonl"
    long = json.dumps({"text": "x" * 500})
    path.write_text(long + "\n" + json.dumps({"text": "Xi met Putin."}) + "\n", encoding="utf-8")
    (article,), (problem,) = read(path)
    assert article.text == "Xi met Putin."
    assert "line 1 (over" in problem.reason


def test_json_file_may_hold_an_array_or_one_pretty_printed_object(tmp_path: Path) -> None:
    array = tmp_path / "array.json"
    array.write_text(json.dumps([{"text": "Xi met Putin."}, {"text": "Modi met Putin."}], indent=2))
    articles, problems = read(array)
    assert [a.id for a in articles] == ["array-1", "array-2"] and problems == []
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"id": "x", "text": "Xi met Putin.", "title": "T"}, indent=2))
    (article,), problems = read(single)
    assert (article.id, article.title, problems) == ("x", "T", [])


def test_a_file_of_nothing_but_broken_json_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text("{oops\n{also oops\n", encoding="utf-8")
    articles, (problem,) = read(path)
    assert articles == [] and problem.category == "malformed JSON"
    assert "no article was read" in problem.reason


PAGE = """<html><head><title>FMs meet</title>
<meta property="article:published_time" content="2024-11-19T08:00:00Z">
<meta property="og:site_name" content="Daily Wire">
<link rel="canonical" href="https://news.example.org/fms-meet"></head>
<body><nav>Home | World</nav><article><h1>FMs meet</h1>{body}</article></body></html>"""


def test_html_page_yields_its_article_text_title_url_outlet_and_date(tmp_path: Path) -> None:
    body = "<p>" + "Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Rio. " * 5 + "</p>"
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(body=body), encoding="utf-8")
    (article,), problems = read(path)
    assert "Sergei Lavrov" in article.text and "Home | World" not in article.text
    assert article.title == "FMs meet"
    assert article.url == "https://news.example.org/fms-meet"
    assert article.outlet == "Daily Wire"
    assert article.published == "2024-11-19"
    assert problems == []


def test_html_in_another_charset_is_decoded_by_its_declaration(tmp_path: Path) -> None:
    body = "<p>" + "Péter Szijjártó met Sergei Lavrov in Moscow on Monday for talks. " * 5 + "</p>"
    page = PAGE.format(body=body).replace("<head>", '<head><meta charset="windows-1252">')
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1252"))
    (article,), _ = read(path)
    assert "Péter Szijjártó" in article.text


STAMPED = """<html><head><title>Leaders meet</title></head><body>
{side}<article><h1>Leaders meet</h1><time datetime="2025-10-14T09:30:00+02:00">14 October 2025</time>
<p>{body}</p></article></body></html>"""
BODY = "President Alexander Stubb received Prime Minister Kristen Michal in Helsinki on Monday. " * 4
OLDER = '<li><a href="/a">Another story</a> <time datetime="2023-02-06">6 February 2023</time></li>'


@pytest.mark.parametrize(
    "side",
    [
        f"<aside><h3>Latest</h3><ul>{OLDER}</ul></aside>",
        f"<nav><ul>{OLDER}</ul></nav>",
        f'<div role="complementary"><ul>{OLDER}</ul></div>',
    ],
)
def test_html_stamps_of_other_stories_beside_the_article_are_not_its_date(tmp_path: Path, side: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(STAMPED.format(side=side, body=BODY), encoding="utf-8")
    (article,), _ = read(path)
    assert article.published == "2025-10-14"


def test_html_date_in_the_metadata_outranks_the_stamps_in_the_page(tmp_path: Path) -> None:
    side = f'<aside><ul>{OLDER}</ul></aside><meta property="article:published_time" content="2025-10-15">'
    page = STAMPED.format(side="", body=BODY).replace("</head>", f"{side}</head>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,), _ = read(path)
    assert article.published == "2025-10-15"


def test_html_without_a_sidebar_keeps_the_date_trafilatura_finds(tmp_path: Path) -> None:
    older = '<p>Updated from a story of <time datetime="2023-02-06">6 February 2023</time>.</p>'
    page = STAMPED.format(side="", body=BODY).replace("</article>", f"{older}</article>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,), _ = read(path)
    assert article.published == "2023-02-06"  # the oldest stamp of the story itself: htmldate's choice


@pytest.mark.parametrize(
    "page", ["<html><body><nav>Home</nav></body></html>", "just some words", "<html><body></body>"]
)
def test_html_without_article_text_is_skipped(tmp_path: Path, page: str) -> None:
    path = tmp_path / "empty.html"
    path.write_text(page, encoding="utf-8")
    articles, (problem,) = read(path)
    assert articles == [] and problem.category == "no article text"
    assert str(problem).startswith(f"{path}: holds no article text")


def test_folders_are_read_recursively_in_order_and_other_files_ignored(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.md").write_text("y", encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    (tmp_path / "d.JSONL").write_text("{}", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "e.txt").write_text("hidden", encoding="utf-8")
    names, problems = walk(tmp_path)
    assert [Path(n).relative_to(tmp_path).as_posix() for n in names] == ["b.md", "d.JSONL", "sub/a.txt"]
    ((problem),) = problems
    assert (problem.kind, problem.path) == ("ignored", str(tmp_path / "c.png"))


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    names, problems = walk(tmp_path / "a.txt", tmp_path, tmp_path / "a.txt")
    assert names == [str(tmp_path / "a.txt")] and problems == []


def test_a_named_file_of_another_kind_and_a_missing_path_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    names, (other, missing) = walk(tmp_path / "notes.pdf", tmp_path / "nope.txt")
    assert names == []
    assert (other.kind, other.category) == ("skip", "unknown extension") and ".pdf" in other.reason
    assert (missing.kind, missing.reason) == ("skip", "does not exist; check the path")


def test_symbolic_link_loops_are_named_and_not_followed(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "news" / "again").symlink_to(tmp_path)
    (tmp_path / "news" / "self").symlink_to(tmp_path / "news" / "self")
    (tmp_path / "news" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    names, problems = walk(tmp_path / "news")
    assert names == [str(tmp_path / "news" / "a.txt")]
    reasons = {Path(p.path).relative_to(tmp_path).as_posix(): (p.kind, p.category) for p in problems}
    assert reasons == {
        "news/again/news": ("skip", "symbolic link loop"),
        "news/self": ("skip", "symbolic link loop"),
        "news/gone.txt": ("skip", "missing"),
    }
    reasons = {Path(p.path).name: (p.kind, p.category, p.reason) for p in problems}
    assert reasons["self"][:2] == ("skip", "symbolic link loop")
    assert reasons["gone.txt"] == ("skip", "missing", "is a symbolic link to nothing; fix or remove the link")


def test_a_folder_reached_twice_through_a_link_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "news")
    names, problems = walk(tmp_path)
    assert names == [str(tmp_path / "link" / "a.txt")] and problems == []


def test_unreadable_files_and_folders_are_skipped_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "secret.txt").write_text("x", encoding="utf-8")
    real_scandir, real_open = os.scandir, open

    def scandir(path: Path) -> object:
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    def opener(path: Path, *args: object, **kwargs: object) -> object:
        if Path(path).name == "secret.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(reader.os, "scandir", scandir)
    monkeypatch.setattr("builtins.open", opener)
    _, (locked,) = walk(tmp_path)
    assert locked.reason == "cannot be read (permission denied); check its permissions"
    assert locked.path == str(tmp_path / "locked")
    _, (secret,) = read(tmp_path / "secret.txt")
    assert (
        str(secret) == f"{tmp_path / 'secret.txt'}: cannot be read (permission denied); check its permissions"
    )


def test_a_file_name_with_control_characters_is_shown_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad\nname\x1b.txt"
    path.write_bytes(b"")
    _, (problem,) = read(path)
    assert "\n" not in str(problem) and "\x1b" not in str(problem)
    assert "bad\\nname\\x1b.txt" in str(problem)


def test_read_path_raises_one_line_errors(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\x00\x01")
    with pytest.raises(InputError, match="binary") as caught:
        list(read_path(path))
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_the_hash_changes_with_the_text_or_metadata_and_nothing_else() -> None:
    article = RawArticle(id="a", text="Xi met Putin.", published="2024-01-01")
    assert article.sha256 == RawArticle(id="b", text="Xi met Putin.", published="2024-01-01", path="x").sha256
    assert article.sha256 != RawArticle(id="a", text="Xi met Putin!", published="2024-01-01").sha256
    assert article.sha256 != RawArticle(id="a", text="Xi met Putin.", published="2024-01-02").sha256


def test_standard_input_text_gets_an_id_from_its_content(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Xi met Putin in Moscow.\n")))
    (source,) = iter_sources(["-", "-"])
    (article,) = read_source(source)
    assert isinstance(article, RawArticle)
    assert article.id == f"stdin-{article.sha256[:12]}" and article.path == STDIN
    assert article.text == "Xi met Putin in Moscow.\n"


def test_standard_input_json_lines_keep_their_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = (
        json.dumps({"id": "wire-1", "text": "Xi met Putin."}) + "\n" + json.dumps({"text": "Modi met Xi."})
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    (source,) = iter_sources(["-"])
    first, second = read_source(source)
    assert isinstance(first, RawArticle) and isinstance(second, RawArticle)
    assert first.id == "wire-1" and second.id == f"stdin-{second.sha256[:12]}"
    assert first.path == second.path == STDIN


# Pieces: what spaCy gets at once is bounded, and the pieces join back into the text.


def test_pieces_join_back_and_are_cut_after_blank_lines() -> None:
    paragraphs = [f"Paragraph {i} says something.\n" * (i % 7 + 1) for i in range(2000)]
    text = "\n".join(paragraphs)
    pieces = list(split_pieces([text[i : i + 999] for i in range(0, len(text), 999)], limit=5000))
    assert "".join(pieces) == text
    assert all(len(p) <= 5000 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def test_a_piece_without_blank_lines_is_cut_at_a_line_break_or_space() -> None:
    assert list(split_pieces(["one line\nanother line\n"], limit=15)) == ["one line\n", "another line\n"]
    assert list(split_pieces(["no breaks at all here"], limit=10)) == ["no breaks ", "at all ", "here"]


def test_a_50_mb_text_file_is_read_in_bounded_pieces_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    head = "Wang Yi met Sergei Lavrov in Moscow.\n\n"
    filler = ("A line of a very long file.\n" * 30 + "\n") * 1000
    with open(path, "w", encoding="utf-8") as out:
        out.write(head)
        while out.tell() < 50 * 2**20:
            out.write(filler)
        out.write("\n\nXi Jinping met Vladimir Putin in Beijing.\n")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        (article,), problems = read(path)
        total, longest, last = 0, 0, ""
        for piece in article.pieces():
            total, longest, last = total + len(piece), max(longest, len(piece)), piece
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert problems == []
    assert total == size  # ASCII: one character per byte
    assert longest <= PIECE_CHARS
    assert last.endswith("Xi Jinping met Vladimir Putin in Beijing.\n")
    assert article.text.startswith(head) and len(article.text) <= PIECE_CHARS
    assert peak < 16 * 2**20, f"reading a {size} byte file peaked at {peak} bytes"
    assert article.sha256 == RawArticle(id="x", text=path.read_text(encoding="utf-8")).sha256


def test_a_50_mb_json_lines_file_is_streamed_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    line = json.dumps({"text": "Xi met Putin. " + "word " * 200_000}) + "\n"  # about 1 MB a line
    with open(path, "w", encoding="utf-8") as out:
        for _ in range(50):
            out.write(line)
    tracemalloc.start()
    try:
        count = sum(1 for item in read_source(Source(path, str(path))) if isinstance(item, RawArticle))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 50
    assert peak < 8 * len(line), f"reading {path.stat().st_size} bytes peaked at {peak} bytes"


def test_big_standard_input_is_spooled_and_read_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Xi met Putin in Moscow.\n\n" + "\n" * (5 * 2**20) + "Modi met Putin in Kazan.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    (source,) = iter_sources(["-"])
    (article,) = read_source(source)  # the spool is read while the reader is suspended
    assert isinstance(article, RawArticle) and article.stream is not None
    assert "".join(article.pieces()) == text
    assert article.sha256 == RawArticle(id="x", text=text).sha256 and article.path == STDIN


def test_a_file_reached_through_a_linked_folder_is_stored_under_its_real_path(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Xi met Putin.", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "news")
    (article,) = read_path(tmp_path / "link" / "a.txt")
    assert article.path == os.path.realpath(tmp_path / "news" / "a.txt")


# Hostile files (issue 16).


def test_a_file_name_that_is_not_utf8_gives_an_id_and_path_that_can_be_stored(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(folder + b"/\xff.txt", "wb") as f:
        f.write(b"Xi met Putin in Moscow.\n")
    (name,), _ = walk(tmp_path)
    (article,), _ = read(Path(name))
    assert article.id == "\\xff"
    assert article.id.encode("utf-8") and (article.path or "").encode("utf-8")
    assert (article.path or "").endswith("/\\xff.txt")


def test_lone_surrogates_in_json_become_replacement_characters_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        '{"text": "Xi met Putin.\\ud800", "title": "\\udfff", "outlet": "\\ud800", "url": "\\ud800"}',
        '{"id": "a\\ud800", "text": "Modi met Putin."}',
        '{"text": "Wang met Lavrov.", "published": "2024-01-02"}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = read(path)
    assert len(articles) == 3
    for a in articles:
        for value in (a.id, a.text, a.title, a.outlet, a.url, a.path):
            (value or "").encode("utf-8")  # no lone surrogate left to fail on
    assert articles[0].text == "Xi met Putin.\ufffd" and articles[1].id == "a\ufffd"
    assert [p.category for p in problems] == ["lone surrogates"] and problems[0].kind == "note"


@pytest.mark.parametrize(
    "published", ['"2024-02-30"', "1e309", '["2024-01-01"]', '{"day": 1}', '"yesterday"']
)
def test_a_publication_date_that_is_no_date_is_dropped_with_a_note(tmp_path: Path, published: str) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(f'{{"text": "Xi met Putin.", "published": {published}}}\n', encoding="utf-8")
    (article,), (note,) = read(path)
    assert article.published is None
    assert note.kind == "note" and "'published' that is no date" in note.reason and "line 1" in note.reason


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path: Path, encoding: str) -> None:
    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    text = "Xi Jinping met Vladimir Putin in Kazan on Tuesday — «warmly».\n"
    (tmp_path / "a.txt").write_bytes(bom + text.encode(encoding))
    line = json.dumps({"id": "w1", "text": text}, ensure_ascii=False) + "\n"
    (tmp_path / "b.jsonl").write_bytes(bom + line.encode(encoding))
    (article,), problems = read(tmp_path / "a.txt")
    assert article.text == text and article.id == "a" and problems == []
    (article,), problems = read(tmp_path / "b.jsonl")
    assert article.text == text and article.id == "w1" and problems == []


def test_fifos_and_links_to_devices_in_a_folder_are_named_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "good.txt").write_text("Xi met Putin.", encoding="utf-8")
    names, problems = walk(tmp_path)
    assert names == [str(tmp_path / "good.txt")]
    assert [(p.path, p.kind) for p in problems] == [
        (str(tmp_path / "pipe.txt"), "ignored"),
        (str(tmp_path / "zero.txt"), "ignored"),
    ]
    assert all("not a regular file" in p.reason for p in problems)


def test_a_text_file_over_the_article_limit_is_skipped_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "padded.txt"
    with path.open("wb") as f:
        f.write(b"Xi met Putin in Moscow. " * 700)
        f.truncate(reader.MAX_ARTICLE_BYTES + 1)  # NUL bytes, sparse: no disk used
    articles, (problem,) = read(path)
    assert (
        articles == [] and problem.category == "too large" and "64 MiB limit for an article" in str(problem)
    )


def test_a_long_line_is_cut_at_sentence_ends_before_spaces() -> None:
    text = "".join(f"Leader {i} met leader {i + 1} in the capital on Monday. " for i in range(400))
    pieces = list(split_pieces([text], limit=1000))
    assert "".join(pieces) == text and len(pieces) > 10
    assert all(len(p) <= 1000 for p in pieces)
    assert all(p.endswith("Monday. ") for p in pieces[:-1])


def test_a_text_without_spaces_is_cut_into_bounded_pieces() -> None:
    pieces = list(split_pieces(["x" * 2500], limit=1000))
    assert [len(p) for p in pieces] == [1000, 1000, 500]


def test_format_characters_are_dropped_from_ids_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "rlo\u202etxt.md").write_text("Xi met Putin.", encoding="utf-8")
    (article,), _ = read(tmp_path / "rlo\u202etxt.md")
    assert article.id == "rlotxt"
    path = tmp_path / "dump.jsonl"
    path.write_text(
        '{"id": "a\\u202eb", "text": "Xi met Putin.", "title": "T\\u200bitle"}\n', encoding="utf-8"
    )
    (article,), _ = read(path)
    assert (article.id, article.title) == ("ab", "Title")


UNSTAMPED = """<html><head><title>Leaders meet</title></head><body>
<article><h1>Leaders meet</h1><p>{body}</p></article><footer><p>{notice}</p></footer></body></html>"""


@pytest.mark.parametrize(
    "notice", ["© 2024 Copyright Example News", "Copyright © 2019-2024 Example Media", "&copy; 2024 Outlet"]
)
def test_html_copyright_year_alone_is_no_publication_day(tmp_path: Path, notice: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(UNSTAMPED.format(body=BODY, notice=notice), encoding="utf-8")
    (article,), _ = read(path)
    assert article.published is None  # not 2024-01-01: a notice's year is no day of the story


@pytest.mark.parametrize(
    "told",
    [
        "The two ministers first met in Lusaka in June 2016 and agreed to meet again.",
        "Their last summit, held in 2017 in Nairobi, set up the joint commission.",
        "The treaty, signed in October 2019, runs out next year.",
    ],
)
def test_html_year_written_in_the_story_is_no_publication_day(tmp_path: Path, told: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(UNSTAMPED.format(body=f"{BODY} {told}", notice="Example News"), encoding="utf-8")
    (article,), _ = read(path)
    assert article.published is None or not article.published.endswith("-01-01")


def test_html_stamped_on_new_years_day_keeps_it_beside_a_copyright_notice(tmp_path: Path) -> None:
    page = (
        STAMPED.format(side="", body=BODY)
        .replace("2025-10-14", "2025-01-01")
        .replace("14 October", "1 January")
    )
    path = tmp_path / "page.html"
    path.write_text(page.replace("</body>", "<footer>© 2025 Example News</footer></body>"), encoding="utf-8")
    (article,), _ = read(path)
    assert article.published == "2025-01-01"


def test_a_sources_label_is_found_once_and_is_its_real_path(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "news")
    source = Source(tmp_path / "link" / "a.txt", "link/a.txt")
    assert source.label == os.path.realpath(tmp_path / "news" / "a.txt")
    assert source.label is source.label  # kept, not asked of the file system again
    assert Source(None, "<stdin>", stdin=True).label == STDIN


PICTURED = """<html><head><title>Leaders meet</title></head><body>{nav}
<article><h1>Leaders meet</h1><p class="meta">{byline}</p>
<figure><img src="/uploads/{folder}/handshake.jpg" alt=""></figure><p>{body}</p></article></body></html>"""


@pytest.mark.parametrize(
    ("byline", "folder", "day"),
    [
        ("Staff reporters · 17 March 2025", "2025/03", "2025-03-17"),
        ("WORLD DESK · NAIROBI · Jun 09, 2024 14:05", "2024/06", "2024-06-09"),
        ("By our correspondent, 28 November 2023", "2023/11", "2023-11-28"),
    ],
)
@pytest.mark.parametrize("nav", ["", "<nav>Home | World</nav>"])
def test_html_byline_day_outranks_the_month_folder_of_a_picture(
    tmp_path: Path, byline: str, folder: str, day: str, nav: str
) -> None:
    path = tmp_path / "page.html"
    path.write_text(PICTURED.format(nav=nav, byline=byline, folder=folder, body=BODY), encoding="utf-8")
    (article,), _ = read(path)
    assert article.published == day  # not the first of the month the picture was filed under


def test_html_picture_folder_alone_still_dates_the_page_to_its_month(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    page = PICTURED.format(nav="<nav>Home</nav>", byline="Staff reporters", folder="2025/03", body=BODY)
    path.write_text(page, encoding="utf-8")
    (article,), _ = read(path)
    assert article.published == "2025-03-01"


DATELINED = """<html><head><title>Leaders meet</title></head><body><header><nav>Home | Region</nav></header>
<article><h1>Leaders meet</h1><p class="meta">{stamp}</p><p>{body}</p></article>
<footer>&copy; 2021 The Outlet</footer></body></html>"""


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Kampala, October 14/2021 (UNA)", "2021-10-14"),  # htmldate reads "14/2021" as no month
        ("Dodoma, June 3/2022 (TSN)", "2022-06-03"),  # and "3/2022" as March
    ],
)
def test_html_dateline_day_outranks_a_month_misread_from_its_year(
    tmp_path: Path, stamp: str, day: str
) -> None:
    path = tmp_path / "page.html"
    path.write_text(DATELINED.format(stamp=stamp, body=BODY), encoding="utf-8")
    (article,), _ = read(path)
    assert article.published == day


def test_html_first_of_the_month_stands_against_a_date_listed_below_the_story(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>Paragraph {n} of the talks between the two ministers.</p>" for n in range(14))
    page = (
        '<html><head><meta property="article:published_time" content="2021-06-01T09:00:00Z"></head>'
        f"<body><article><h1>Ministers meet</h1>{paragraphs}<p>{BODY}</p>"
        "<p>More from the desk</p><p>12 May 2021</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,), _ = read(path)
    assert article.published == "2021-06-01"  # an older story's stamp below is not the page's
