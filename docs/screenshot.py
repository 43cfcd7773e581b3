"""Make the README's picture of the network page: ingest seeds/, export network.html, and
take a screenshot of it in headless Chromium, one person selected.

    .venv/bin/python docs/screenshot.py [PERSON]      # writes docs/network.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from typer.testing import CliRunner

from graph.browser import screenshot
from graph.cli import app

ROOT = Path(__file__).resolve().parents[1]


def main(person: str = "Lavrov") -> None:
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp:
        db, page = Path(tmp) / "dipgraph.db", Path(tmp) / "network.html"
        for args in (["ingest", str(ROOT / "seeds")], ["export", str(page)]):
            result = runner.invoke(app, [*args, "--db", str(db)])
            if result.exit_code != 0:
                sys.exit(result.output)
        png = screenshot(f"{page.as_uri()}#select={quote(person)}", ROOT / "docs" / "network.png")
    print(f"wrote {png.relative_to(ROOT)}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
