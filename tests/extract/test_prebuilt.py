from __future__ import annotations

from pathlib import Path

from extract import places
from extract.prebuilt import fingerprint, prebuilt


class Builder:
    """Builds a table from a source file, counting how often it is asked to."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.builds = 0

    def __call__(self) -> dict[str, list[int]]:
        self.builds += 1
        return {word: [len(word)] for word in self.source.read_text().split()}


def test_a_table_is_built_once_then_read_from_its_file(tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("Kazan Sochi")
    build = Builder(source)
    first = prebuilt("words", build, sources=[source], folders=[tmp_path / "index"])
    again = prebuilt("words", build, sources=[source], folders=[tmp_path / "index"])
    assert first == again == {"Kazan": [5], "Sochi": [5]}
    assert build.builds == 1
    assert (tmp_path / "index" / "words.pickle").exists()


def test_a_changed_source_builds_the_table_again(tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("Kazan")
    build = Builder(source)
    prebuilt("words", build, sources=[source], folders=[tmp_path])
    source.write_text("Kazan Sochi")
    assert prebuilt("words", build, sources=[source], folders=[tmp_path]) == {"Kazan": [5], "Sochi": [5]}
    assert build.builds == 2


def test_a_damaged_file_is_built_again(tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("Kazan")
    build = Builder(source)
    prebuilt("words", build, sources=[source], folders=[tmp_path])
    (tmp_path / "words.pickle").write_bytes(b"\x80\x05not a pickle")
    assert prebuilt("words", build, sources=[source], folders=[tmp_path]) == {"Kazan": [5]}
    assert build.builds == 2


def test_a_folder_that_cannot_be_written_passes_to_the_next(tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("Kazan")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder")
    build = Builder(source)
    prebuilt("words", build, sources=[source], folders=[blocked, tmp_path / "cache"])
    assert prebuilt("words", build, sources=[source], folders=[blocked, tmp_path / "cache"]) == {"Kazan": [5]}
    assert build.builds == 1
    assert (tmp_path / "cache" / "words.pickle").exists()


def test_a_missing_source_is_part_of_the_stamp(tmp_path: Path) -> None:
    there = tmp_path / "there.txt"
    there.write_text("x")
    assert fingerprint([there]) != fingerprint([tmp_path / "gone.txt"])
    assert fingerprint([there]) != fingerprint([there, None])


def test_the_places_table_read_from_its_file_is_the_one_built_from_the_sources(tmp_path: Path) -> None:
    sources = [Path(places.__file__), places.DATA]
    written = prebuilt("places", places._build_places, sources=sources, folders=[tmp_path])
    read = prebuilt("places", places._build_places, sources=sources, folders=[tmp_path])
    assert read is not written
    assert read == written
    assert read.cities["kazan"][0].country == "Russia"


def test_the_stamp_is_the_same_wherever_the_sources_are_installed(tmp_path: Path) -> None:
    here, there = tmp_path / "build", tmp_path / "site-packages"
    for folder in (here, there):
        folder.mkdir()
        (folder / "places.json").write_text('{"canonical": {}}')
    assert fingerprint([here / "places.json"]) == fingerprint([there / "places.json"])
    (there / "places.json").write_text('{"canonical": {"USA": "United States"}}')
    assert fingerprint([here / "places.json"]) != fingerprint([there / "places.json"])
