"""Size and opening time of report.html: ``python -m benchmarks.bench_html REPORT.html [RUNS]``.

Prints the page's size by part (cards, their number lines and report rows, the articles' text as
data, the review data), then opens it RUNS times (5 by default) in headless Chromium (Playwright,
$CROSSCHECK_CHROMIUM or /usr/bin/chromium), each time in a fresh browser context, and prints the
median and the spread of:

- ``domcontentloaded``: the page parsed, its script run (it runs at the end of the body);
- ``usable``: the first frame painted after the load event (two animation frames later);
- ``elements``: how many elements the page holds then;
- ``search``: one search typed into the box, answered (the script's filter, in the page's clock);
- ``open far card``: the last card with figures the filters show focused (as Tab reaches it) and its first source
  opened with the key ``o``, until the figure is highlighted in its article.

The machine these figures come from is shared, so read the median of several runs, and compare
before and after in the same hour.
"""

from __future__ import annotations

import re
import statistics
import sys
from collections import Counter
from pathlib import Path

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

#: (part, pattern), taken out of the page in this order: a later pattern sees what is left.
PARTS = [
    ("style (CSS)", r"<style>.*?</style>"),
    ("script (JS)", r"<script>.*?</script>"),
    ("review data (JSON)", r'<script type="application/json" id="crosscheck-data">.*?</script>'),
    ("articles' text and marks (JSON)", r'<script type="application/json" class="doc-data">.*?</script>'),
    ("articles' heads", r'<section class="doc".*?</section>'),
    ("sourcing lines", r'<details class="sourcing".*?</details>'),
    ("internal checks", r'<ul class="card checks">.*?</ul>'),
    ("cards: number lines", r'<div class="figure".*?</svg>\s*</div>\s*</div>'),
    ("cards: report rows", r"<tbody>.*?</tbody>"),
    ("cards: statement versions", r'<div class="versions">.*?</div>\s*(?=<p|<div class="review|</noscript|\{)'),
    ("cards: review boxes", r'<div class="review".*?</textarea>\s*</div>'),
    ("cards: 'possibly the same' links", r'<p class="related">.*?</p>'),
    ("cards: verdict, notes, the rest", r'<article class="card.*?</article>'),
]


def sizes(page: str) -> list[tuple[str, int]]:
    rest, out = page, Counter[str]()
    for name, pattern in PARTS:
        out[name] += sum(len(m.encode("utf-8")) for m in re.findall(pattern, rest, re.S))
        rest = re.sub(pattern, "", rest, flags=re.S)
    out["header, toolbar, the rest"] = len(rest.encode("utf-8"))
    return out.most_common()


TIMES = """() => new Promise(done => {
  const nav = performance.getEntriesByType('navigation')[0];
  const ready = () => requestAnimationFrame(() => requestAnimationFrame(() => done(
    {domcontentloaded: nav.domContentLoadedEventEnd, usable: performance.now(),
     elements: document.getElementsByTagName('*').length})));
  if (document.readyState === 'complete') ready(); else addEventListener('load', ready);
})"""
SEARCH = """() => { const box = document.getElementById('filter-text'); box.value = '85,000';
  const t = performance.now(); box.dispatchEvent(new Event('input')); const dt = performance.now() - t;
  box.value = ''; box.dispatchEvent(new Event('input')); return dt; }"""


def main() -> None:
    path = Path(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    page = path.read_text(encoding="utf-8")
    total = len(page.encode("utf-8"))
    print(f"{path}: {total:,} bytes, {page.count('data-kind=')} cards")
    for name, size in sizes(page):
        print(f"  {size:>12,}  {100 * size / total:5.1f}%  {name}")

    import os

    from playwright.sync_api import sync_playwright

    found: dict[str, list[float]] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=os.environ.get("CROSSCHECK_CHROMIUM", "/usr/bin/chromium"), args=ARGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            tab = context.new_page()
            tab.goto(path.resolve().as_uri(), wait_until="load", timeout=120_000)
            for key, value in tab.evaluate(TIMES).items():
                found.setdefault(key, []).append(value)
            found.setdefault("search", []).append(tab.evaluate(SEARCH))
            t = tab.evaluate("performance.now()")
            # the last card with figures (Tab reaches it the same way), then its first source
            tab.evaluate("() => [...document.querySelectorAll('.cluster[data-kind=claim]')].filter(c => !c.hidden).pop().focus()")
            tab.keyboard.press("o")
            tab.locator("#reader mark.active").first.wait_for(timeout=60_000)
            found.setdefault("open far card", []).append(tab.evaluate("performance.now()") - t)
            context.close()
        browser.close()
    for key, values in found.items():
        unit = "" if key == "elements" else " ms"
        print(f"  {key:<18} median {statistics.median(values):8.0f}{unit}   ({', '.join(f'{v:.0f}' for v in values)})")


if __name__ == "__main__":
    main()
