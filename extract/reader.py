"""Read articles from files, folders and standard input, in pieces of bounded size.

:func:`iter_sources` walks the paths given (folders recursively, symbolic links followed
once, loops refused) and yields a :class:`Source` per article file, or a :class:`Problem`
for a path that cannot be read. :func:`read_source` yields the :class:`RawArticle` of a
source, and a :class:`Problem` for what it could not read or had to repair:

- ``.txt``, ``.md``: the text as it is. Invalid UTF-8 is decoded with U+FFFD and control
  characters become spaces (offsets are kept), each with a note. A file over
  ``IN_MEMORY_BYTES`` is never held whole: it is read twice, block by block, once for its
  hash and once for its pieces; one over ``MAX_ARTICLE_BYTES`` is not read.
- ``.html``, ``.htm``: the article text, title, URL, site name and date found by trafilatura
  (which uses htmldate and the page's metadata), from pages up to ``MAX_WHOLE_BYTES``.
- ``.jsonl``, ``.ndjson``, ``.json``: one article per line, ``text`` plus optional ``id``,
  ``title``, ``url``, ``outlet`` and ``published``; streamed line by line. A ``.json`` file
  may also hold one JSON array or one object (up to ``MAX_WHOLE_BYTES``). Bad lines are
  named by number in one problem; the good lines are read.
- ``-``: standard input, spooled to a temporary file that has no name (nothing is left
  behind, whatever ends the process), up to ``MAX_STDIN_BYTES``; JSON Lines if it starts
  with ``{``, HTML if with ``<``, text otherwise. Its articles' ids derive from their content.

A file (or standard input) that starts with a UTF-16 or UTF-32 byte order mark is read as
that encoding, through such a spool. Lone surrogates in JSON strings become U+FFFD; file
names that are not UTF-8 are stored with ``\\xNN`` escapes; Unicode format characters
(category Cf, such as the bidirectional override U+202E) are dropped from ids, titles and
outlets. Every article text reaches spaCy through :meth:`RawArticle.pieces`, at most
``PIECE_CHARS`` characters at a time, cut at blank lines, else line breaks, else sentence
ends, else spaces.
"""

from __future__ import annotations

import codecs
import errno
import functools
import hashlib
import io
import json
import logging
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from extract.errors import first_line
from extract.records import visible

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
KNOWN = ".txt, .md, .html, .htm, .jsonl and .json"

PIECE_CHARS = 100_000  # spaCy parses at most this many characters at once
IN_MEMORY_BYTES = 4 * 2**20  # a text file bigger than this is streamed
MAX_ARTICLE_BYTES = 64 * 2**20  # a text file (one article) bigger than this is not read
MAX_STDIN_BYTES = 256 * 2**20  # standard input is read up to this size
MAX_WHOLE_BYTES = 32 * 2**20  # HTML pages and JSON arrays are parsed whole, up to this size
MAX_LINE_BYTES = 16 * 2**20  # one JSON line
BLOCK_BYTES = 2**20
MIN_PAGE_WORDS = 5  # a web page with fewer words of text (a menu, a title) holds no article
STDIN = "<stdin>"

# C0 controls but tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
SURROGATE = re.compile("[\ud800-\udfff]")  # only a JSON escape ("\\ud800") makes a lone one
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s")
# Byte order marks of the encodings read besides UTF-8 (UTF-32 first: its LE mark starts as UTF-16's).
WIDE: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

ProblemKind = Literal["skip", "note", "ignored"]


@dataclass(frozen=True)
class Problem:
    """Why a file (or part of it) was not read as it is: ``skip`` (not ingested), ``note``
    (ingested after a repair) or ``ignored`` (a file in a folder that is no article)."""

    path: str
    reason: str
    kind: ProblemKind = "skip"
    category: str = "unreadable"

    def __str__(self) -> str:
        return f"{shown(self.path)}: {self.reason}"


@dataclass(frozen=True)
class Source:
    """One input holding articles: a file, or standard input (``path`` None until spooled)."""

    path: Path | None
    name: str  # how messages name it: the path as found, or <stdin>
    stdin: bool = False
    within: str = ""  # in a folder given, its path below that folder without extension (a/index)

    @functools.cached_property
    def label(self) -> str:
        """Where its documents came from, as stored: the real absolute path, or ``<stdin>``.
        Found once per source (``os.path.realpath`` asks the file system for each part of the
        path): a text file is asked it three times, for its article, its hash and its ingest."""
        return STDIN if self.stdin or self.path is None else path_text(os.path.realpath(self.path))

    def doc_id(self, sha256: str, number: int | None = None) -> str:
        """The id of an article that gives none: the file name without its extension (and the
        line number), or for standard input one derived from the content. A file in a subfolder
        of a folder given is named by its path below that folder (``a/index``, ``b/index``), so
        two files of one name do not share an id.

        >>> Source(Path("site/a/index.html"), "site/a/index.html", within="a/index").doc_id("")
        'a/index'
        >>> Source(Path("news/033.txt"), "news/033.txt", within="033").doc_id("", 2)
        '033-2'
        """
        if self.stdin or self.path is None:
            return f"stdin-{sha256[:12]}"
        stem = visible(path_text(self.within or self.path.stem))
        return stem if number is None else f"{stem}-{number}"


@dataclass(frozen=True)
class RawArticle:
    """An article's text and whatever metadata came with it.

    ``sha256`` is the hash of the text and metadata (computed when not given): the same
    article read twice has the same hash. An article read from a big file holds only its
    first piece in ``text``; ``stream`` reads every piece again from the file.

    >>> a = RawArticle(id="a", text="Xi met Putin.")
    >>> a.sha256 == RawArticle(id="b", text="Xi met Putin.").sha256 != RawArticle(id="a", text="Xi").sha256
    True
    >>> list(a.pieces())
    ['Xi met Putin.']
    """

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    sha256: str = ""
    stream: Callable[[], Iterator[str]] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.sha256:
            object.__setattr__(self, "sha256", self.hasher([self.text]).hexdigest())

    def hasher(self, texts: Iterable[str]) -> hashlib._Hash:
        """The hash of ``texts`` (the article's text, in parts) with this article's metadata."""
        metadata = json.dumps([self.title, self.url, self.outlet, self.published])
        digest = hashlib.sha256(metadata.encode("utf-8") + b"\x1e")
        for text in texts:
            digest.update(text.encode("utf-8", "surrogatepass"))
        return digest

    def pieces(self) -> Iterator[str]:
        """The whole text in pieces of at most ``PIECE_CHARS`` characters, in order."""
        if self.stream is not None:
            yield from split_pieces(self.stream())
        else:
            yield from split_pieces([self.text])


def path_text(path: str) -> str:
    """A path as text that can be stored: the bytes of a name that is not UTF-8 (which Python
    keeps as lone surrogates) written as ``\\xNN``.

    >>> path_text(os.fsdecode(b"d/\\xff.txt"))
    'd/\\\\xff.txt'
    """
    if SURROGATE.search(path) is None:
        return path
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeError:
        return SURROGATE.sub("\ufffd", path)


def shown(path: str) -> str:
    """A path as one printable line: control characters escaped.

    >>> shown("a\\nb.txt")
    'a\\\\nb.txt'
    """
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in path)


def split_pieces(texts: Iterable[str], limit: int = PIECE_CHARS) -> Iterator[str]:
    """Cut a text given in parts into pieces of at most ``limit`` characters that join back
    into it: after a blank line where there is one, else after a line break, else after the
    end of a sentence, else after a space, else anywhere.

    >>> list(split_pieces(["first para.\\n\\nsecond", " para.\\nthird"], limit=20))
    ['first para.\\n\\n', 'second para.\\nthird']
    >>> list(split_pieces(["Xi met Modi. Then he met Putin in Kazan."], limit=30))
    ['Xi met Modi. ', 'Then he met Putin in Kazan.']
    >>> list(split_pieces(["abcdefgh"], limit=3))
    ['abc', 'def', 'gh']
    """
    buffer = ""
    for text in texts:
        buffer += text
        start = 0
        while len(buffer) - start > limit:
            end = _cut(buffer, start, start + limit)
            yield buffer[start:end]
            start = end
        buffer = buffer[start:]
    if buffer:
        yield buffer


def _cut(text: str, start: int, end: int) -> int:
    """Where to end a piece of ``text[start:end]``: the best break, else ``end``."""
    half = start + (end - start) // 2
    for low in (half, start + 1):
        blank = max(text.rfind("\n\n", low, end), text.rfind("\n\r\n", low, end))
        if blank >= 0:
            return text.index("\n", blank + 1) + 1
    found = text.rfind("\n", start + 1, end)
    if found >= 0:
        return found + 1
    for low in (half, start + 1):  # the last sentence end, looked for in the second half first
        ends = [m.end() for m in SENTENCE_END.finditer(text, low, end)]
        if ends:
            return ends[-1]
    found = text.rfind(" ", start + 1, end)
    return found + 1 if found >= 0 else end


# Walking the paths given.


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Source | Problem]:
    """The article files among ``paths`` and below its folders, each once, in sorted order.

    ``-`` is standard input. A path that cannot be read, a symbolic link loop or a file of
    another kind named directly is a ``skip`` problem; a file of another kind found in a
    folder is ``ignored``; hidden files and folders (``.git``) are passed over silently.
    """
    seen: set[tuple[int, int]] = set()
    stdin = False
    for given in paths:
        if str(given) == "-":
            if not stdin:
                stdin = True
                yield Source(None, STDIN)
            continue
        path = Path(given)
        try:
            info = path.stat()
        except OSError as error:
            yield Problem(str(path), _os_reason(path, error), category=_os_category(error))
            continue
        if path.is_dir():
            yield from _walk(path, seen)
        elif not path.is_file():
            yield Problem(str(path), "is not a regular file; give files or folders", category="not a file")
        elif (info.st_dev, info.st_ino) in seen:
            continue
        elif path.suffix.lower() not in SUFFIXES:
            yield Problem(
                str(path),
                f"has an unknown extension {path.suffix or '(none)'!r}; dipgraph reads {KNOWN} files",
                category="unknown extension",
            )
        else:
            seen.add((info.st_dev, info.st_ino))
            yield Source(path, str(path))


def _walk(root: Path, seen: set[tuple[int, int]]) -> Iterator[Source | Problem]:
    """Depth first, entries by name; directories are identified by device and inode."""
    stack: list[tuple[Path, tuple[tuple[int, int], ...]]] = []
    info = root.stat()
    stack.append((root, ((info.st_dev, info.st_ino),)))
    seen.add((info.st_dev, info.st_ino))
    while stack:
        folder, ancestors = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            yield Problem(str(folder), _os_reason(folder, error), category=_os_category(error))
            continue
        below: list[tuple[Path, tuple[tuple[int, int], ...]]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = folder / entry.name
            try:
                info = path.stat()
            except OSError as error:
                yield Problem(str(path), _os_reason(path, error), category=_os_category(error))
                continue
            key = (info.st_dev, info.st_ino)
            if entry.is_dir():
                if key in ancestors:
                    yield Problem(
                        str(path),
                        "is a symbolic link loop back to a folder above it; not followed",
                        category="symbolic link loop",
                    )
                elif key not in seen:
                    seen.add(key)
                    below.append((path, (*ancestors, key)))
            elif not entry.is_file():
                yield Problem(
                    str(path),
                    "is not a regular file (a FIFO, a device or a socket); ignored",
                    kind="ignored",
                    category="ignored",
                )
            elif path.suffix.lower() not in SUFFIXES:
                yield Problem(
                    str(path),
                    f"is not an article file ({KNOWN}); ignored",
                    kind="ignored",
                    category="ignored",
                )
            elif key not in seen:
                seen.add(key)
                yield Source(path, str(path), within=path.relative_to(root).with_suffix("").as_posix())
        stack.extend(reversed(below))


def _os_reason(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "is a symbolic link loop; fix or remove the link"
    if error.errno == errno.ENOENT:
        if path.is_symlink():
            return "is a symbolic link to nothing; fix or remove the link"
        return "does not exist; check the path"
    if error.errno == errno.EACCES:
        return "cannot be read (permission denied); check its permissions"
    return f"cannot be read ({error.strerror or error}); check the path"


def _os_category(error: OSError) -> str:
    return {errno.ELOOP: "symbolic link loop", errno.ENOENT: "missing"}.get(error.errno or 0, "unreadable")


# Reading one source.


def read_source(source: Source) -> Iterator[RawArticle | Problem]:
    """The articles of one source, with a problem for each thing not read as it is.

    A ``skip`` problem with ``category`` other than ``"lines"`` means the whole source was
    not read; ``"lines"`` means some of its lines were not.
    """
    if source.path is None:
        yield from _read_stdin(source)
        return
    path = source.path
    suffix = path.suffix.lower()
    kind = "json" if suffix in JSON_SUFFIXES else "html" if suffix in HTML_SUFFIXES else "text"
    try:
        # Without waiting: a FIFO put in the file's place since it was found must not stall.
        with open(path, "rb", opener=lambda name, flags: os.open(name, flags | os.O_NONBLOCK)) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                yield Problem(
                    source.name, "is not a regular file; give files or folders", category="not a file"
                )
                return
            head = handle.read(8192)
            if _wide(head):
                handle.seek(0)
                spool = _Spool()
                problem = spool.fill(source, handle, MAX_STDIN_BYTES)
                if problem is not None:
                    yield problem
                    return
                yield from spool.read(source, kind)
                return
            yield from _read_kind(source, kind, handle, head, info.st_size, _opener(path))
    except OSError as error:
        yield Problem(source.name, _os_reason(path, error), category=_os_category(error))


Opener = Callable[[], BinaryIO]  # opens a source's bytes again, from the start


def _opener(path: Path) -> Opener:
    def reopen() -> BinaryIO:
        return open(path, "rb")

    return reopen


def _read_kind(
    source: Source, kind: str, handle: BinaryIO, head: bytes, size: int, reopen: Opener
) -> Iterator[RawArticle | Problem]:
    if kind == "json":
        yield from _read_json(source, handle, head, size)
    elif kind == "html":
        yield from _read_html(source, handle, head, size)
    else:
        yield from _read_text(source, handle, head, size, reopen)


def read_path(path: Path) -> Iterator[RawArticle]:
    """The articles of one file; raises :class:`~extract.errors.InputError` on the first
    problem that skips anything (notes are passed over)."""
    from extract.errors import InputError

    if path.suffix.lower() not in SUFFIXES:
        raise InputError(str(path), f"has an unknown extension {path.suffix!r}; dipgraph reads {KNOWN} files")
    for item in read_source(Source(path, str(path))):
        if isinstance(item, RawArticle):
            yield item
        elif item.kind == "skip":
            raise InputError(item.path, item.reason)


def _read_stdin(source: Source) -> Iterator[RawArticle | Problem]:
    """Standard input, spooled (:class:`_Spool`); JSON, HTML or text by its first character."""
    spool = _Spool()
    problem = spool.fill(source, sys.stdin.buffer, MAX_STDIN_BYTES)
    if problem is not None:
        yield problem
        return
    with spool.open() as handle:
        first = handle.read(8192).lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    yield from spool.read(source, "json" if first in (b"{", b"[") else "html" if first == b"<" else "text")


def _wide(head: bytes) -> str | None:
    """The encoding whose byte order mark starts ``head``, if it is UTF-16 or UTF-32."""
    return next((encoding for mark, encoding in WIDE if head.startswith(mark)), None)


class _Spool:
    """Bytes copied to a temporary file that has no name: it takes no space once closed and
    is never left behind, whatever ends the process. Each reader of it has its own position,
    so it lives as long as an article that reads its pieces from it."""

    def __init__(self) -> None:
        self._file = _unnamed()

    def fill(self, source: Source, data: BinaryIO, limit: int) -> Problem | None:
        """Copy ``data`` as UTF-8 (decoding UTF-16 or UTF-32 that starts with a byte order
        mark), up to ``limit`` bytes read; a problem if it is binary or longer."""
        first = data.read(BLOCK_BYTES)
        encoding = _wide(first)
        if encoding is None and _binary(first[:8192]):
            return _binary_problem(source)
        decoder = codecs.getincrementaldecoder(encoding)("replace") if encoding else None
        total, block = 0, first
        while block:
            total += len(block)
            if total > limit:
                return Problem(
                    source.name,
                    f"is over the {limit // 2**20} MiB limit for {_what(source)}; "
                    "split it, or write its articles as JSON Lines in a file and ingest that",
                    category="too large",
                )
            self._file.write(decoder.decode(block).encode("utf-8", "surrogatepass") if decoder else block)
            block = data.read(BLOCK_BYTES)
        if decoder is not None:
            self._file.write(decoder.decode(b"", final=True).encode("utf-8", "surrogatepass"))
        self._file.flush()
        return None

    def open(self) -> BinaryIO:
        """A reader of the spool from its start."""
        return io.BufferedReader(_Positional(self._file.fileno()), BLOCK_BYTES)

    def read(self, source: Source, kind: str) -> Iterator[RawArticle | Problem]:
        """The articles of the spooled bytes, read as ``kind`` (json, html or text), named as
        ``source``; their pieces are read from the spool, which lives as long as they do."""
        with self.open() as handle:
            size = os.fstat(self._file.fileno()).st_size
            head = handle.read(8192)
            yield from _read_kind(source, kind, handle, head, size, self.open)


def _unnamed() -> BinaryIO:
    """A temporary file without a name (closed, and so gone, when it is collected)."""
    return tempfile.TemporaryFile(prefix="dipgraph-")


def _what(source: Source) -> str:
    return "standard input" if source.path is None else "a UTF-16 or UTF-32 file"


class _Positional(io.RawIOBase):
    """A file descriptor read by position (``os.pread``), leaving its own offset alone."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd, self._position = fd, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        data = os.pread(self._fd, len(view), self._position)
        view[: len(data)] = data
        self._position += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position}.get(whence)
        self._position = max(0, offset + (os.fstat(self._fd).st_size if base is None else base))
        return self._position

    def tell(self) -> int:
        return self._position


def _binary(head: bytes) -> bool:
    """Whether the first bytes of a file look like anything but text."""
    if b"\x00" in head:
        return True
    sample = head.decode("utf-8", "replace")
    odd = sample.count("\ufffd") + len(CONTROL.findall(sample))
    return len(sample) > 0 and odd > 0.3 * len(sample)


def _binary_problem(source: Source) -> Problem:
    return Problem(
        source.name, f"looks like a binary file; dipgraph reads {KNOWN} articles", category="binary"
    )


class _Decoder:
    """UTF-8 (with or without BOM) to text, block by block: invalid bytes become U+FFFD and
    control characters spaces, and both are counted."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
        self.invalid = False
        self.controls = 0

    def decode(self, data: bytes, final: bool = False) -> str:
        state = self._decoder.getstate()
        try:
            text = self._decoder.decode(data, final)
        except UnicodeDecodeError:
            self.invalid = True
            self._decoder = codecs.getincrementaldecoder("utf-8-sig")("replace")
            self._decoder.setstate(state)
            text = self._decoder.decode(data, final)
        text, controls = CONTROL.subn(" ", text)
        self.controls += controls
        return text

    def notes(self, source: Source) -> Iterator[Problem]:
        if self.invalid:
            yield Problem(
                source.name,
                "is not valid UTF-8; the invalid bytes were read as U+FFFD "
                "(re-save it as UTF-8 to keep every character)",
                kind="note",
                category="invalid UTF-8",
            )
        if self.controls:
            yield Problem(
                source.name,
                f"holds {self.controls} control characters; they were read as spaces",
                kind="note",
                category="control characters",
            )


def _blocks(reopen: Opener, decoder: _Decoder) -> Iterator[str]:
    """The text of a source, block by block, up to ``MAX_ARTICLE_BYTES`` (should it grow)."""
    with reopen() as handle:
        left = MAX_ARTICLE_BYTES
        while left > 0 and (block := handle.read(min(BLOCK_BYTES, left))):
            left -= len(block)
            yield decoder.decode(block)
        yield decoder.decode(b"", final=True)


def _read_text(
    source: Source, handle: BinaryIO, head: bytes, size: int, reopen: Opener
) -> Iterator[RawArticle | Problem]:
    if _binary(head):
        yield _binary_problem(source)
        return
    if size > MAX_ARTICLE_BYTES:
        yield _too_big(source, size, "an article", MAX_ARTICLE_BYTES)
        return
    decoder = _Decoder()
    if size <= IN_MEMORY_BYTES:
        text = decoder.decode(head + handle.read(), final=True)
        if not text.strip():
            yield Problem(source.name, "is empty; nothing to extract", category="empty")
            return
        yield from decoder.notes(source)
        article = RawArticle(id="", text=text, path=source.label)
        yield replace(article, id=source.doc_id(article.sha256))
        return
    # Too big to hold: one pass for the hash (and the first piece), the pieces read again later.
    digest = RawArticle(id="", text="", path=source.label).hasher([])
    first, blank = "", True
    for text in _blocks(reopen, decoder):
        digest.update(text.encode("utf-8", "surrogatepass"))
        blank = blank and not text.strip()
        if len(first) < PIECE_CHARS:
            first += text[: PIECE_CHARS - len(first)]
    if blank:
        yield Problem(source.name, "is empty; nothing to extract", category="empty")
        return
    yield from decoder.notes(source)
    sha256 = digest.hexdigest()
    yield RawArticle(
        id=source.doc_id(sha256),
        text=first,
        path=source.label,
        sha256=sha256,
        stream=lambda: _blocks(reopen, _Decoder()),
    )


def _read_html(source: Source, handle: BinaryIO, head: bytes, size: int) -> Iterator[RawArticle | Problem]:
    if size > MAX_WHOLE_BYTES:
        yield _too_big(source, size, "a web page")
        return
    if b"\x00" in head:
        yield _binary_problem(source)
        return
    html = head + handle.read()
    if not html.strip():
        yield Problem(source.name, "is empty; nothing to extract", category="empty")
        return
    import trafilatura  # here: only web pages need it

    for name in ("trafilatura", "htmldate"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        page = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as error:  # trafilatura and lxml raise many kinds on broken pages
        yield Problem(
            source.name, f"could not be parsed as HTML ({type(error).__name__})", category="no article text"
        )
        return
    text = getattr(page, "text", None) if page is not None else None
    if not isinstance(text, str) or len(text.split()) < MIN_PAGE_WORDS:
        yield Problem(
            source.name,
            "holds no article text that could be extracted; save the article's own page",
            category="no article text",
        )
        return
    article = RawArticle(
        id="",
        text=CONTROL.sub(" ", text),
        path=source.label,
        title=_text_or_none(getattr(page, "title", None)),
        url=_text_or_none(getattr(page, "url", None)),
        outlet=_text_or_none(getattr(page, "sitename", None)),
        published=_not_a_bare_year(
            html,
            _not_a_month_misread(
                html,
                _not_a_picture_folder(
                    html,
                    _story_date(html, _text_or_none(getattr(page, "url", None)))
                    or _text_or_none(getattr(page, "date", None)),
                    _text_or_none(getattr(page, "url", None)),
                ),
            ),
        ),
    )
    yield replace(article, id=source.doc_id(article.sha256))


ASIDE = "//aside | //nav | //*[@role='complementary' or @role='navigation']"

# Where a page names its pictures, videos and files: a folder of the month they were uploaded
# ("/media/2024/10/photo.jpg") is all such a path can tell.
MEDIA = "//img | //source | //video | //audio | //picture | //embed | //object"


def _not_a_picture_folder(html: bytes, found: str | None, url: str | None) -> str | None:
    """A page's date, unless it is only the first day of a month read from the folder of a
    picture ("/media/2024/10/photo.jpg": htmldate's guess, a month, not a day) while the page
    itself tells a day of that month (a byline "23 October 2024"): then that day. A page whose
    only date is such a folder, or whose text tells a day of another month, keeps it.

    >>> page = b'<p class="meta">Desk, 23 October 2024</p><img src="/media/2024/10/a.jpg">'
    >>> _not_a_picture_folder(page, "2024-10-01", None)
    '2024-10-23'
    >>> _not_a_picture_folder(b'<p>Talks.</p><img src="/media/2024/10/a.jpg">', "2024-10-01", None)
    '2024-10-01'
    """
    if found is None or not found.endswith("-01"):
        return found
    told = _date_leaving_out(html, url, MEDIA, ASIDE)
    return told if told is not None and told[:7] == found[:7] else found


# The blocks of a page, each read as a line of its own (a stamp's <time> or <span> stands in one).
BLOCKS = frozenset({"p", "div", "li", "td", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "header"})
# What holds no stamp of the story: menus, sidebars, scripts and the page's footer.
UNSTAMPED = f"{ASIDE} | //script | //style | //footer | //noscript"
HEADER_LINES = 12  # the story's header: its first lines, not the dates of stories listed below it


def _not_a_month_misread(html: bytes, found: str | None) -> str | None:
    """A page's date, unless it is the first of a month while the story's own header stamps
    another day in full, as the dates of a text are read ("Addis Ababa, July 9/2018 (ENA)",
    whose "9/2018" htmldate reads as September 2018; "By Staff | 4 March 2024"): then that day.
    A first of the month that no stamp of the story contradicts is kept.

    >>> _not_a_month_misread(b"<article><p>Nairobi, March 4/2024 (KNA)</p></article>", "2024-04-01")
    '2024-03-04'
    >>> _not_a_month_misread(b"<article><h1>Talks</h1><p>Leaders met.</p></article>", "2024-04-01")
    '2024-04-01'
    """
    if found is None or not found.endswith("-01"):
        return found
    from extract.dates import find_publication_date

    stamped, source = find_publication_date("\n".join(_story_lines(html)[:HEADER_LINES]))
    return stamped.isoformat() if stamped is not None and source != "none" else found


def _story_lines(html: bytes) -> list[str]:
    """The lines of a page's story, each block that holds no other one, with menus, sidebars,
    scripts and footer left out: the story's element where the page marks one, else its body."""
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, ParserError):
        return []
    for element in tree.xpath(UNSTAMPED):
        if element.getparent() is not None:
            element.getparent().remove(element)
    root = next(iter(tree.xpath("//article | //main")), tree)
    lines = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag not in BLOCKS:
            continue
        if any(isinstance(inner.tag, str) and inner.tag in BLOCKS for inner in element.iterdescendants()):
            continue
        if line := " ".join(element.text_content().split()):
            lines.append(line)
    return lines


def _story_date(html: bytes, url: str | None) -> str | None:
    """The page's date found with its sidebars and menus left out, or None where it has none.

    htmldate takes the oldest date stamp of a page whose metadata gives none, and a list of
    other stories beside the article (``<aside>``, ``<nav>``, a complementary or navigation
    role) carries their older stamps; trafilatura's own date stands for a page without such
    parts.
    """
    return _date_leaving_out(html, url, ASIDE)


def _date_leaving_out(html: bytes, url: str | None, *paths: str) -> str | None:
    """The date htmldate finds on the page with the elements of ``paths`` taken out; None where
    the page cannot be read or holds none of the first path's elements (nothing to leave out).
    """
    from htmldate import find_date
    from lxml import html as lxml_html
    from lxml.etree import ParserError
    from trafilatura.settings import set_date_params

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, ParserError):
        return None
    if not tree.xpath(paths[0]):
        return None
    for path in paths:
        for element in tree.xpath(path):
            if element.getparent() is not None:
                element.getparent().remove(element)
    return _text_or_none(find_date(tree, **{**set_date_params(True), "url": url}))


def _not_a_bare_year(html: bytes, found: str | None) -> str | None:
    """A page's date, unless it is only the first of January of a year the page writes bare,
    in its copyright notice ("(c) 2023 Copyright France 24") or in its text ("his visit in March
    2015"): htmldate's last resort, a year, not a day. With no stamp of the page telling that day,
    the page has no date (None). A story of New Year's Day that says so keeps it.

    >>> _not_a_bare_year(b"<p>Talks.</p><footer>&copy; 2023 Outlet</footer>", "2023-01-01") is None
    True
    >>> _not_a_bare_year(b"<p>They last met in May 2016.</p>", "2016-01-01") is None
    True
    >>> _not_a_bare_year(b"<p>Talks.</p><footer>&copy; 2023 Outlet</footer>", "2023-03-01")
    '2023-03-01'
    """
    if found is None or not found.endswith("-01-01"):
        return found
    if re.search(rb"(?<!\d)" + found[:4].encode() + rb"(?!\d)", html) is None:
        return found
    from htmldate import find_date
    from trafilatura.settings import set_date_params

    stamped = find_date(html, **{**set_date_params(True), "extensive_search": False})
    return found if stamped == found else None


def _too_big(source: Source, size: int, what: str, limit: int = MAX_WHOLE_BYTES) -> Problem:
    return Problem(
        source.name,
        f"is {size / 2**20:.0f} MiB, over the {limit // 2**20} MiB limit for {what}; "
        "split it, or write its articles as JSON Lines",
        category="too large",
    )


# JSON: one article per line, or an array of them.

OPTIONAL = ("id", "title", "url", "outlet", "published")


class _Entries:
    """The articles of a JSON file's records, and what was wrong with the others."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.bad: list[str] = []
        self.ids: dict[str, str] = {}
        self.found = 0
        self.controls = 0
        self.surrogates = 0
        self.undated: list[str] = []  # where a 'published' that is no date was dropped

    def article(self, record: object, number: int, where: str) -> RawArticle | None:
        """The article of one record, or None with the reason kept."""
        if not isinstance(record, dict):
            self.bad.append(f"{where} (not a JSON object)")
            return None
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            self.bad.append(f"{where} (no 'text' string)")
            return None
        wrong = [key for key in OPTIONAL if key != "published" and isinstance(record.get(key), dict | list)]
        if wrong:
            self.bad.append(f"{where} ('{wrong[0]}' is not a string)")
            return None
        text, controls = CONTROL.subn(" ", text)
        text, surrogates = SURROGATE.subn("\ufffd", text)
        self.controls += controls
        self.surrogates += surrogates + sum(
            len(SURROGATE.findall(value)) for key in OPTIONAL if isinstance(value := record.get(key), str)
        )
        published = record.get("published")
        day = _text_or_none(published) if isinstance(published, str) else None
        if published not in (None, "") and (day is None or not _iso_day(day)):
            self.undated.append(f"{where}: {json.dumps(published)[:40]}")
            day = None
        article = RawArticle(
            id="",
            text=text,
            path=self.source.label,
            title=_text_or_none(record.get("title")),
            url=_text_or_none(record.get("url")),
            outlet=_text_or_none(record.get("outlet")),
            published=day,
        )
        doc_id = _text_or_none(record.get("id")) or self.source.doc_id(article.sha256, number)
        if doc_id in self.ids:
            self.bad.append(f"{where} (repeats the id {doc_id!r} of {self.ids[doc_id]})")
            return None
        self.ids[doc_id] = where
        self.found += 1
        return replace(article, id=doc_id)

    def problems(self, decoder: _Decoder) -> Iterator[Problem]:
        decoder.controls += self.controls
        yield from decoder.notes(self.source)
        if self.surrogates:
            yield Problem(
                self.source.name,
                f"holds {self.surrogates} lone surrogates (\\ud800 to \\udfff escapes that stand for no "
                "character); they were read as U+FFFD",
                kind="note",
                category="lone surrogates",
            )
        if self.undated:
            n = len(self.undated)
            listed = ", ".join(self.undated[:5]) + (f" and {n - 5} more" if n > 5 else "")
            yield Problem(
                self.source.name,
                f"{n} {'entry has' if n == 1 else 'entries have'} a 'published' that is no date "
                f"(YYYY-MM-DD, or an ISO timestamp): {listed}; read without it",
                kind="note",
                category="bad publication date",
            )
        if self.bad:
            listed = ", ".join(self.bad[:5]) + (f" and {len(self.bad) - 5} more" if len(self.bad) > 5 else "")
            kept = f"the other {self.found} were read" if self.found else "no article was read"
            yield Problem(
                self.source.name,
                f"{len(self.bad)} {'entry is' if len(self.bad) == 1 else 'entries are'} not articles: "
                f"{listed}; {kept}",
                category="bad lines" if self.found else "malformed JSON",
            )


def _read_json(source: Source, handle: BinaryIO, head: bytes, size: int) -> Iterator[RawArticle | Problem]:
    if b"\x00" in head:
        yield _binary_problem(source)
        return
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[":
        handle.seek(0)
        yield from _read_json_whole(source, handle, size)
        return
    handle.seek(0)
    entries, decoder = _Entries(source), _Decoder()
    blank = True
    for number, line in _lines(handle):
        if line is None:
            blank = False
            entries.bad.append(f"line {number} (over {MAX_LINE_BYTES // 2**20} MiB)")
            continue
        text = decoder.decode(line, final=True)
        if not text.strip():
            continue
        blank = False
        try:
            record = json.loads(text)
        except (ValueError, RecursionError) as error:
            entries.bad.append(f"line {number} (not valid JSON: {_json_reason(error)})")
            continue
        article = entries.article(record, number, f"line {number}")
        if article is not None:
            yield article
    if blank:
        yield Problem(source.name, "is empty; nothing to extract", category="empty")
        return
    if entries.found == 0 and size <= MAX_WHOLE_BYTES:
        # Perhaps one pretty-printed object rather than JSON Lines.
        handle.seek(0)
        whole = list(_read_json_whole(source, handle, size))
        if any(isinstance(item, RawArticle) for item in whole):
            yield from whole
            return
    yield from entries.problems(decoder)


def _read_json_whole(source: Source, handle: BinaryIO, size: int) -> Iterator[RawArticle | Problem]:
    """A JSON array of articles, or one article object, read whole."""
    if size > MAX_WHOLE_BYTES:
        yield _too_big(source, size, "a JSON array")
        return
    decoder = _Decoder()
    text = decoder.decode(handle.read(), final=True)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        yield Problem(
            source.name,
            f"is not valid JSON ({_json_reason(error)}); fix it, or write one article per line",
            category="malformed JSON",
        )
        return
    entries = _Entries(source)
    for number, record in enumerate(data if isinstance(data, list) else [data], start=1):
        article = entries.article(
            record, number, f"item {number}" if isinstance(data, list) else "its object"
        )
        if article is not None:
            yield article
    yield from entries.problems(decoder)


def _json_reason(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at line {error.lineno} column {error.colno}"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return first_line(error, 80)


def _lines(handle: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """The lines of a file, numbered from 1; None for a line over ``MAX_LINE_BYTES``."""
    number = 0
    while line := handle.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := handle.readline(BLOCK_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _text_or_none(value: object) -> str | None:
    """A metadata value as one clean string: control characters as spaces, lone surrogates as
    U+FFFD, format characters dropped; None if nothing is left."""
    if value is None:
        return None
    text = visible(SURROGATE.sub("\ufffd", CONTROL.sub(" ", str(value)))).strip()
    return text or None


def _iso_day(text: str) -> bool:
    """Whether ``text`` is an ISO 8601 day or timestamp, as :func:`extract.dates.parse_iso_or_none`
    reads the metadata's publication date.

    >>> _iso_day("2024-11-19T08:30:00Z"), _iso_day("2024-02-30"), _iso_day("inf")
    (True, False, False)
    """
    if not re.match(r"\d{4}-\d{2}-\d{2}(?!\d)", text):
        return False
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True
