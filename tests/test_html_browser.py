"""The HTML report in a real headless browser (Debian's chromium, installed by .ci/run).

Skipped, with the reason, where no chromium is installed, so ``make test`` needs no system
packages. The article and the evidence carry scripts that would rename the page if they ran;
the DOM chromium dumps must show the page's own title and every piece of text as text.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from test_report import sample

from claimcheck.report import render

pytestmark = pytest.mark.browser

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _browser() -> str | None:
    return next((p for p in map(shutil.which, BROWSERS) if p), None)


@pytest.fixture(scope="module")
def browser() -> str:
    path = _browser()
    if path is None:
        pytest.skip(
            "no headless chromium on PATH (tried " + ", ".join(BROWSERS) + "); "
            "install it with `apt-get install chromium` (.ci/run does) to run this test"
        )
    return path


def _run(browser: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    env = {**os.environ, "HOME": str(tmp_path)}
    return subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render("verify", [sample()], "html"), encoding="utf-8")
    return path


def test_browser_renders_the_report_and_runs_no_script_from_the_article(browser, page, tmp_path):
    done = _run(browser, tmp_path, "--dump-dom", page.as_uri())
    dom = done.stdout
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<title>claimcheck report</title>" in dom
    assert "pwned" not in dom.split("<title>")[1].split("</title>")[0]
    # The scripts in the article and the evidence are shown as text, not turned into elements.
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert "<img" not in dom
    # Highlights and cards are there: every claim links to its card.
    for claim in sample().report.claims:
        assert f'href="#doc1-{claim.id}"' in dom
        assert f'id="doc1-{claim.id}"' in dom


def test_browser_screenshot_is_drawn(browser, page, tmp_path):
    shot = tmp_path / "report.png"
    done = _run(browser, tmp_path, "--window-size=1280,1600", f"--screenshot={shot}", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    # A blank page compresses to almost nothing; the report draws text, badges and colours.
    assert len(data) > 50_000


def test_control_the_dump_does_show_a_script_that_runs(browser, tmp_path):
    """Without this, a browser that ran no script at all would pass the test above."""
    control = tmp_path / "control.html"
    control.write_text(
        "<!DOCTYPE html><title>before</title><script>document.title = 'ran'</script>",
        encoding="utf-8",
    )
    done = _run(browser, tmp_path, "--dump-dom", control.as_uri())
    assert "<title>ran</title>" in done.stdout
