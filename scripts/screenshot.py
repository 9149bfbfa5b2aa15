"""Render a report and photograph it in headless Chromium (for the README's docs/screenshot.png).

    python scripts/screenshot.py corpus/afghan-returns-2025            # the sample corpus
    python scripts/screenshot.py --fixture                             # the hand-built test report
    python scripts/screenshot.py --fixture --width 900 -o /tmp/narrow.png

Chromium comes from the system (Debian: apt-get install chromium); set CROSSCHECK_CHROMIUM to
use another binary. Playwright only drives it: never run `playwright install`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str | None:
    """The system Chromium: $CROSSCHECK_CHROMIUM, Debian's /usr/bin/chromium, or one on PATH."""
    for candidate in (os.environ.get("CROSSCHECK_CHROMIUM"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def build(corpus: str | None) -> str:
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    from crosscheck.report import html

    if corpus is None:
        from report_fixture import build_report

        return html.render(build_report())
    from crosscheck.pipeline import run
    from crosscheck.settings import Settings

    return html.render(run([corpus], Settings()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", help="corpus folder to run on")
    parser.add_argument("--fixture", action="store_true", help="use the hand-built test report instead of a corpus")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--no-click", action="store_true", help="do not open the first conflict's first source")
    args = parser.parse_args()
    if not args.fixture and not args.corpus:
        parser.error("give a CORPUS folder or --fixture")
    executable = chromium_path()
    if executable is None:
        sys.exit("No Chromium found: install it (Debian: apt-get install -y chromium) or set CROSSCHECK_CHROMIUM")
    from playwright.sync_api import sync_playwright

    page_file = Path(tempfile.mkdtemp()) / "report.html"
    page_file.write_text(build(None if args.fixture else args.corpus), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.goto(page_file.as_uri())
        if not args.no_click:
            first = page.locator(".cluster:not([hidden]) .claim-link").first
            if first.count():
                first.click()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.output))
        browser.close()
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
