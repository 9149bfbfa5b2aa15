"""Shared fixtures. Report fixtures: a hand-built Report (tests/report_fixture.py) and a browser."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from report_fixture import build_report

from crosscheck.model import Report

# Property tests check what is found, never how fast: hypothesis's default 200 ms deadline per
# example fails them on a loaded CI machine. Speed is the benchmarks' business.
settings.register_profile("crosscheck", deadline=None)
settings.load_profile("crosscheck")

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture
def report() -> Report:
    return build_report()


def _chromium_path() -> str | None:
    for candidate in (os.environ.get("CROSSCHECK_CHROMIUM"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _missing(what: str) -> None:
    # The browser suite must run in CI: a missing browser is a failure unless explicitly waived.
    message = (
        f"{what}. The browser tests need Playwright for Python (pip install -e '.[test]') and a "
        "system Chromium (Debian: apt-get install -y chromium; or set CROSSCHECK_CHROMIUM). "
        "Never run `playwright install`. Set CROSSCHECK_SKIP_BROWSER=1 to skip them."
    )
    if os.environ.get("CROSSCHECK_SKIP_BROWSER") == "1":
        pytest.skip(message)
    pytest.fail(message, pytrace=False)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright for Python is not installed")
    executable = _chromium_path()
    if executable is None:
        _missing("No Chromium binary found (looked for $CROSSCHECK_CHROMIUM, /usr/bin/chromium, chromium on PATH)")
    with sync_playwright() as p:
        try:
            browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        except Exception as error:  # noqa: BLE001 - any launch failure means the same thing here
            _missing(f"Chromium at {executable} did not start ({str(error).splitlines()[0]})")
        yield browser
        browser.close()
