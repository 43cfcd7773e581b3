import json

import pytest

from extract.errors import InputError
from extract.reader import iter_files, read_path


def test_text_file_id_is_the_file_name_without_extension(tmp_path):
    path = tmp_path / "007_abc.txt"
    path.write_text("Xi met Putin in Moscow.", encoding="utf-8")
    (article,) = read_path(path)
    assert article.id == "007_abc"
    assert article.text == "Xi met Putin in Moscow."


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"\x00\x01\x02binary", "binary"), (b"", "empty"), (b"  \n ", "empty"), (b"caf\xe9 talks", "UTF-8")],
)
def test_unreadable_files_raise_one_line_errors_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        list(read_path(path))
    assert str(path) in str(caught.value)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


def test_json_lines_carry_metadata_and_report_bad_lines(tmp_path):
    path = tmp_path / "dump.jsonl"
    good = {"id": "a1", "text": "Lavrov met Wang Yi.", "published": "2024-11-19", "outlet": "Wire"}
    path.write_text(json.dumps(good) + "\n", encoding="utf-8")
    (article,) = read_path(path)
    assert (article.id, article.published, article.outlet) == ("a1", "2024-11-19", "Wire")
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        list(read_path(path))


def test_html_page_yields_its_article_text(tmp_path):
    body = "<p>" + "Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Rio. " * 5 + "</p>"
    page = f"<html><head><title>FMs meet</title></head><body><article>{body}</article></body></html>"
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_path(path)
    assert "Sergei Lavrov" in article.text
    assert article.title == "FMs meet"


def test_folders_are_read_recursively_and_other_files_skipped(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.md").write_text("y", encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    assert sorted(p.name for p in iter_files([tmp_path])) == ["a.txt", "b.md"]
