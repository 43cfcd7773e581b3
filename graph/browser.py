"""Open a page in headless Chromium: what it shows (its DOM, once its scripts ran) or a screenshot.

Used by the tests of the network page (:mod:`graph.webpage`) and to make the README's
screenshot. Chromium is run as a program (Debian's ``chromium`` package, or ``$CHROMIUM``),
each time with a fresh profile in a temporary folder, and given ``--virtual-time-budget``
so that it waits for the page's timers (the layout) before it answers.

Not supported: clicking or typing; a page is steered through its URL's fragment instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from extract.errors import DipgraphError

NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
INSTALL = "install Debian's chromium (`apt-get install chromium`) or set $CHROMIUM to a Chromium binary"


class BrowserError(DipgraphError):
    """No headless Chromium to run, or one that failed."""


def chromium() -> str:
    """The path of the Chromium to run: ``$CHROMIUM``, or the first of ``NAMES`` on the PATH."""
    named = os.environ.get("CHROMIUM")
    found = shutil.which(named) if named else next(filter(None, map(shutil.which, NAMES)), None)
    if not found:
        raise BrowserError(f"no Chromium found for the browser tests; {INSTALL}")
    return found


def _run(url: str, *flags: str, budget_ms: int, timeout: float) -> str:
    with tempfile.TemporaryDirectory(prefix="dipgraph-chromium-") as profile:
        command = [
            chromium(),
            "--headless",
            "--no-sandbox",  # CI runs as root
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--virtual-time-budget={budget_ms}",
            *flags,
            url,
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as e:
            raise BrowserError(f"Chromium did not finish with {url} in {timeout:.0f} s") from e
    if done.returncode != 0:
        raise BrowserError(f"Chromium failed with {url}: {done.stderr.strip()[-500:]}")
    return done.stdout


def dump_dom(url: str, *, budget_ms: int = 30_000, timeout: float = 180) -> str:
    """The page's DOM as HTML once its scripts ran (and ``budget_ms`` of its timers passed)."""
    return _run(url, "--dump-dom", budget_ms=budget_ms, timeout=timeout)


def screenshot(
    url: str,
    png: str | Path,
    *,
    size: tuple[int, int] = (1400, 850),
    budget_ms: int = 30_000,
    timeout: float = 180,
) -> Path:
    """Save a PNG of the page as a window of ``size`` shows it; return its path."""
    png = Path(png).resolve()
    window = f"--window-size={size[0]},{size[1]}"
    _run(url, f"--screenshot={png}", window, budget_ms=budget_ms, timeout=timeout)
    if not png.exists():
        raise BrowserError(f"Chromium wrote no screenshot of {url} to {png}")
    return png
