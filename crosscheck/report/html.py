"""The HTML review report: one self-contained file built from the same Report as the JSON.

Jinja2 with autoescape and StrictUndefined. Article text is cut into segments in Python (plain,
furniture, claim, statement) and every segment is escaped by the template, never marked safe. The
only markup marked safe is ours: the CSS and JS files beside this module, inlined whole so the page
works from file:// or as an e-mail attachment, and allowed by their SHA-256 in the page's
Content-Security-Policy (so an injected inline script or handler would be refused even if it got
past escaping).

A page for thousands of articles (limits in :mod:`crosscheck.report.budget`): at most
``HTML_CARDS`` cluster cards, chosen in the order a fact-checker reads them (multi-report
figures, conflicts first by severity; statements quoted by more than one article; then single
reports), each listing at most ``HTML_ROWS`` reports, every distinct figure first. What is left
out is counted on the page; report.json holds everything. Only articles a card points to are
in the page, and their text is not part of the document until a reader opens one: each sits,
cut into segments, in a JSON block the script turns into text nodes (never HTML) on first open,
so the browser parses and lays out one article, not thousands. Past the first ``HTML_DRAWN``
cards, a card's number line and report rows are written inside a ``<noscript>``: with scripts on,
the browser reads that as one piece of text and the page's script draws it when the card comes
near the screen (or is stepped or jumped to, printed, or found with the browser's find); with
scripts off it is the card as before.
The template is indented for people and written without the indentation, and what the script
does with a control (the review form, the "show in its article" hints) is written once.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import json
import math
import re
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from importlib import resources
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from jinja2.ext import Extension
from markupsafe import Markup

from crosscheck.extract.units import convert
from crosscheck.judge import shared_unit
from crosscheck.model import Article, Claim, Cluster, Report, Statement
from crosscheck.report.budget import (
    HTML_CARDS,
    HTML_DRAWN,
    HTML_ROWS,
    HTML_SOURCING,
    NOTES,
    first,
    representative,
)
from crosscheck.report.gist import gist, latest_reports, relation_name, shared_sources
from crosscheck.report.json import summary
from crosscheck.reviews import STATUSES
from crosscheck.sources import sources_by_article


class _Unindented(Extension):
    """The template's indentation left out of the page: a line's leading spaces before a tag or
    a template tag. Its line break stays, so the page reads the same (a run of spaces and one
    line break are both one space to HTML); a page of 1,000 cards had a megabyte of indentation."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return re.sub(r"\n[ \t]+(?=[<{])", "\n", source)


_env = Environment(
    loader=PackageLoader("crosscheck.report", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    extensions=[_Unindented],
)

VERDICT_ORDER = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}
DiffOp = tuple[str, str]


def _fallback_word_diff(a: str, b: str) -> list[DiffOp]:
    """Word-level differences of b against a, in the shape of crosscheck.extract.speech.word_diff."""
    wa, wb = a.split(), b.split()
    out: list[DiffOp] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("equal", " ".join(wa[i1:i2])))
            continue
        if i2 > i1:
            out.append(("delete", " ".join(wa[i1:i2])))
        if j2 > j1:
            out.append(("insert", " ".join(wb[j1:j2])))
    return out


def _word_diff() -> Callable[[str, str], list[DiffOp]]:
    # The speech stage owns the diff (it knows which punctuation to ignore); until it lands the
    # report falls back to the same shape over plain words.
    try:
        from crosscheck.extract.speech import word_diff
    except ImportError:
        return _fallback_word_diff
    return word_diff  # type: ignore[no-any-return]


#: Below this share of a version's words in common with the first version, a word diff is
#: mostly struck-out words of another sentence, read as words the outlet cut from the quote.
DIFF_MIN_SHARED = 0.5


def shared_share(ops: Sequence[DiffOp], text: str) -> float:
    """The share of ``text``'s words that a diff against it leaves unchanged."""
    words = len(text.split())
    return sum(len(w.split()) for op, w in ops if op == "equal") / words if words else 1.0


# --------------------------------------------------------------------------- article text


#: How a statement's other passage is shown: (relation, in a headline line) -> label.
PART_LABELS = {
    ("continues", False): "continued",
    ("continues", True): "continued",
    ("restates", True): "headline",
    ("restates", False): "restated",
    ("full_quote", False): "full quote",
    ("full_quote", True): "full quote",
}
#: What each kind of sourcing is called in the report.
SOURCING_LABELS = {
    "according_to": "according to",
    "generic": "generic attribution",
    "habitual": "standing line",
    "group": "group testimony",
}


def segment_rows(article: Article, claims: Sequence[Claim], statements: Sequence[Statement] = ()) -> list[tuple[str, str, str, bool]]:
    """:func:`segments` as (text, claim ids, statement ids, furniture) tuples."""
    text = article.text
    size = len(text)
    furniture = [(f.start, f.end) for f in article.furniture if 0 <= f.start < f.end <= size]
    claim_marks = [(c.start, c.end, c.id) for c in claims if 0 <= c.start < c.end <= size]
    statement_marks = [(s.start, s.end, s.id) for s in statements if 0 <= s.start < s.end <= size]
    # a statement's other passages carry its id (to light up with it) and their own
    statement_marks += [(p.start, p.end, f"{s.id} {p.id}") for s in statements for p in s.parts
                        if 0 <= p.start < p.end <= size]
    cuts = sorted(
        {0, size, *(m[0] for m in furniture), *(m[1] for m in furniture), *(m[0] for m in claim_marks),
         *(m[1] for m in claim_marks), *(m[0] for m in statement_marks), *(m[1] for m in statement_marks)}
    )
    # Every mark starts and ends on a cut, so it covers exactly the pieces from its start's cut
    # to its end's; filling those buckets in mark order keeps the order a scan of all marks per
    # piece gave, without that scan's cost (pieces x marks).
    cut_index = {cut: i for i, cut in enumerate(cuts)}
    pieces = len(cuts) - 1
    claims_of: list[list[str]] = [[] for _ in range(pieces)]
    statements_of: list[list[str]] = [[] for _ in range(pieces)]
    in_furniture = [False] * pieces
    for start, end in furniture:
        for piece in range(cut_index[start], cut_index[end]):
            in_furniture[piece] = True
    for covering, marks in ((claims_of, claim_marks), (statements_of, statement_marks)):
        for start, end, mark_id in marks:
            for piece in range(cut_index[start], cut_index[end]):
                covering[piece].append(mark_id)
    return [
        (text[start:end], " ".join(claims_of[i]), " ".join(statements_of[i]), in_furniture[i])
        for i, (start, end) in enumerate(zip(cuts, cuts[1:]))
    ]


def segments(article: Article, claims: Sequence[Claim], statements: Sequence[Statement] = ()) -> list[dict[str, Any]]:
    """The article text cut at every furniture, claim and statement boundary, covering every character.

    A segment lists the claims and statements that cover it, so overlapping spans (a figure inside
    a quote) both stay clickable and highlighted.
    """
    return [
        {"text": piece, "claims": claim_ids, "statements": statement_ids, "furniture": furniture}
        for piece, claim_ids, statement_ids, furniture in segment_rows(article, claims, statements)
    ]


def sentence_parts(claim: Claim) -> list[tuple[str, str]]:
    """The claim's sentence as (kind, text) parts: "plain", "claim" and, inside it, "number"."""
    sentence, offset = claim.sentence, claim.sentence_start
    start, end = claim.start - offset, claim.end - offset
    if not (0 <= start < end <= len(sentence)):
        return [("plain", sentence)]
    q = claim.quantity
    n_start, n_end = q.number_start - offset, q.number_end - offset
    if not (start <= n_start < n_end <= end):
        n_start = n_end = start  # the number's own span is unknown: highlight the whole claim
    parts = [
        ("plain", sentence[:start]),
        ("claim", sentence[start:n_start]),
        ("number", sentence[n_start:n_end]),
        ("claim", sentence[n_end:end]),
        ("plain", sentence[end:]),
    ]
    return [p for p in parts if p[1]]


def safe_url(url: str | None) -> str | None:
    """Only http(s) addresses become links: javascript:, data: and friends stay text."""
    if not url:
        return None
    url = url.strip()
    return url if url.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in url) else None


def text_fragment_url(url: str | None, text: str) -> str | None:
    """The original URL with a #:~:text= fragment, so a browser scrolls to and marks the figure."""
    base = safe_url(url)
    if base is None or not text.strip():
        return base
    # '-', '&' and ',' are syntax inside a text directive, so they are percent-encoded too.
    encoded = quote(" ".join(text.split()), safe="").replace("-", "%2D")
    return f"{base.split('#', 1)[0]}#:~:text={encoded}"


# --------------------------------------------------------------------------- the figure picture


def short_number(value: float) -> str:
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def _nice_ticks(low: float, high: float, most: int = 6) -> list[float]:
    if not high - low > max(abs(low), abs(high)) * 1e-9:
        # bounds that differ only by float rounding (a third written two ways) are one point;
        # a step that small would never move the tick, and the loop below would never end
        return [round(low, 10)]
    raw = (high - low) / max(most - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if (high - low) / (m * magnitude) <= most - 1)
    first = math.ceil(low / step) * step
    ticks, tick = [], first
    while tick <= high + step * 1e-9:
        ticks.append(round(tick, 10))
        tick += step
    return ticks


FIG_WIDTH, FIG_LEFT, FIG_RIGHT, ROW, TOP = 640, 150, 620, 24, 8


def figure(claims: Sequence[Claim], outlet_of: dict[str, str]) -> dict[str, Any] | None:
    """Each source's interval on one number line: open ends run to the edge with an arrow.

    Returns plain coordinates; the template draws them, so nothing here is markup.
    """
    # Figures in other units of one dimension ("15 miles", "24 km") go on the axis of the unit
    # most of them use.
    into = shared_unit(claims)

    def on_axis(c: Claim, v: float | None) -> float | None:
        return v if v is None or into is None else convert(v, c.quantity.unit, into)

    points = [p for c in claims for p in (on_axis(c, c.low), on_axis(c, c.high), on_axis(c, c.value)) if p is not None]
    if not points:
        return None
    lo, hi = min(points), max(points)
    if math.isclose(lo, hi, rel_tol=1e-9):
        hi = lo  # the same figure computed two ways (one third as 33.33...3 and 33.33...6)
    pad = (hi - lo) * 0.08 if hi > lo else max(abs(hi) * 0.1, 1.0)
    lo, hi = lo - pad, hi + pad
    # A gap of rounding (24 km and 15 miles, 24.1 km) must not fill the axis and look like a
    # discrepancy: the axis spans at least a tenth of the largest figure.
    least = max(abs(lo), abs(hi)) * 0.1
    if hi - lo < least:
        middle = (hi + lo) / 2
        lo, hi = middle - least / 2, middle + least / 2
    if min(points) >= 0:
        lo = max(lo, 0.0)  # a count never goes below zero; keep the axis honest

    def x(v: float) -> float:
        return round(FIG_LEFT + (v - lo) / (hi - lo) * (FIG_RIGHT - FIG_LEFT), 1)

    def share(at: float) -> float:
        """Where ``at`` (in x's units) lies across the plot, in percent: the page draws the plot
        at the card's width in pixels, so its labels are never scaled down to a phone's width."""
        return round((at - FIG_LEFT) / (FIG_RIGHT - FIG_LEFT) * 100, 2)

    rows: list[dict[str, Any]] = []
    for c in claims:
        if c.low is None and c.high is None and c.value is None:
            continue
        # one row per drawn figure: the outlet names beside the plot stand one a row, in order
        y = TOP + len(rows) * ROW + ROW // 2
        low, high, value = on_axis(c, c.low), on_axis(c, c.high), on_axis(c, c.value)
        left = x(low) if low is not None else FIG_LEFT
        right = x(high) if high is not None else FIG_RIGHT
        rows.append(
            {
                "claim": c.id,
                "article": c.article,
                "y": y,
                "label": outlet_of.get(c.article, c.article),
                "x1": left,
                "x2": right,
                "p1": share(left),
                "p2": share(right),
                "open_left": c.low is None,
                "open_right": c.high is None,
                "dot": x(value) if value is not None else None,
                "pdot": share(x(value)) if value is not None else None,
                "title": f"{outlet_of.get(c.article, c.article)}: {c.text}",
            }
        )
    axis_y = TOP + len(rows) * ROW + 4
    # The axis says what it counts in whenever the figures have a unit, not only when some were
    # converted: "62  64  66" beside "68%" and "61.8%" read as counts.
    units = {c.quantity.unit for c in claims}
    unit = into or (units.pop() if len(units) == 1 else None)
    suffix = "%" if unit == "%" else ""
    ticks = [{"x": x(t), "p": share(x(t)), "label": short_number(t) + suffix} for t in _nice_ticks(lo, hi)]
    return {"width": FIG_WIDTH, "height": axis_y + 22, "left": FIG_LEFT, "right": FIG_RIGHT, "axis_y": axis_y, "rows": rows, "ticks": ticks,
            "unit": None if suffix else unit}


# --------------------------------------------------------------------------- the page


def report_key(report: Report) -> str:
    """A stable key for this report's reviews in the browser: the corpus and every article's text."""
    digest = hashlib.sha256(report.corpus.encode("utf-8"))
    for article in sorted(report.articles, key=lambda a: a.id):
        digest.update(b"\0" + (article.content_hash or hashlib.sha256(article.text.encode("utf-8")).hexdigest()).encode())
    return digest.hexdigest()[:16]


def _static(name: str) -> str:
    return resources.files("crosscheck.report").joinpath("static", name).read_text("utf-8")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def script_json(data: Any) -> Markup:
    """JSON for a <script type="application/json"> block: '<' escaped so no tag can close it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def _ordered(clusters: Sequence[Cluster]) -> list[Cluster]:
    # Conflicts first; within a verdict the judge's order (its ranking by severity) stands.
    return sorted(clusters, key=lambda c: VERDICT_ORDER.get(c.verdict, 9))


def _reading_order(cluster: Cluster) -> tuple[int, int]:
    """Which cards a fact-checker needs first: figures several reports give (conflicts first),
    statements several articles quote, then what one report alone says."""
    several = len(cluster.members) > 1 or cluster.verdict != "single"
    group = (0 if several else 2) + (cluster.kind == "statement")
    return group, VERDICT_ORDER.get(cluster.verdict, 9)


def chosen_clusters(clusters: Sequence[Cluster], limit: int | None) -> list[Cluster]:
    """The clusters that get a card, at most ``limit``, in the judge's order."""
    if limit is None or len(clusters) <= limit:
        return list(clusters)
    ranked = sorted(range(len(clusters)), key=lambda i: (*_reading_order(clusters[i]), i))
    keep = set(ranked[:limit])
    return [c for i, c in enumerate(clusters) if i in keep]


def short_ids(article: Article, claims: Sequence[Claim], statements: Sequence[Statement]) -> bool:
    """Whether the article's marks can be written without its id in front: "a:12-19" as ":12-19".

    Ids made by the pipeline are the article's id, a colon and the span, so a fifth of an
    article's data was its own id again and again. An id that starts with a colon of its own
    would be misread, so an article that has one is written in full."""
    ids = [c.id for c in claims] + [s.id for s in statements] + [p.id for s in statements for p in s.parts]
    return bool(article.id) and not any(i.startswith(":") for i in ids)


def article_data(article: Article, claims: Sequence[Claim], statements: Sequence[Statement]) -> Markup:
    """The article's text as segments for the reader script: [text, claim ids, statement ids,
    furniture] (a plain piece is just [text]), in a JSON block only that script reads. With
    :func:`short_ids`, an id of this article is written from its colon on."""
    prefix = article.id + ":" if short_ids(article, claims, statements) else None

    def ids(joined: str) -> str:
        if prefix is None or prefix not in joined:
            return joined
        return " ".join(i[len(prefix) - 1:] if i.startswith(prefix) else i for i in joined.split(" "))

    return script_json(
        [[piece, ids(claim_ids), ids(statement_ids), int(furniture)] if claim_ids or statement_ids or furniture else [piece]
         for piece, claim_ids, statement_ids, furniture in segment_rows(article, claims, statements)]
    )


class _WhenRendered:
    """Markup made only when the template writes it, and let go with the piece of the page it
    is in: every cited article's text as segments, made before the page, was most of what
    writing a large report held."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[], Markup]) -> None:
        self._make = make

    def __html__(self) -> str:
        return str(self._make())


def _provenance_index(report: Report, members: set[str] | None = None) -> dict[str, dict[str, Any]]:
    """:func:`crosscheck.reviews.provenance` of every claim and statement (of ``members`` only,
    when given), built once.

    ``provenance`` rebuilds its lookups on each call, which costs claims x clusters over a page;
    this gives the same entries (a statement's id wins over a claim's, as there) from one pass.
    """
    file_of = {a.id: a.file for a in report.articles}
    spans = {c.id: (c.article, c.start, c.end, c.text) for c in report.claims if members is None or c.id in members}
    spans.update(
        {s.id: (s.article, s.start, s.end, s.content) for s in report.statements if members is None or s.id in members}
    )
    return {
        member: {"file": file_of.get(article, article), "start": start, "end": end, "text": text}
        for member, (article, start, end, text) in spans.items()
    }


def _attributes(value: Any) -> Any:
    """Dicts (nested in lists and dicts) as objects with attributes, for the template.

    Jinja reads ``row.outlet`` by trying ``getattr`` first and indexing only after the
    AttributeError, so on a plain dict every lookup raised and caught an exception: on a large
    report, hundreds of thousands of them. The page is the same either way.
    """
    if isinstance(value, dict):
        return SimpleNamespace(**{k: _attributes(v) for k, v in value.items()})
    if isinstance(value, list):
        return [_attributes(v) for v in value]
    return value


def render(report: Report, cards: int | None = HTML_CARDS, rows: int | None = HTML_ROWS, drawn: int | None = HTML_DRAWN) -> str:
    """The page as one string (``chunks`` gives it in pieces, for writing a large one)."""
    return "".join(chunks(report, cards, rows, drawn))


def chunks(
    report: Report, cards: int | None = HTML_CARDS, rows: int | None = HTML_ROWS, drawn: int | None = HTML_DRAWN
) -> Iterator[str]:
    """The page in pieces; at most ``cards`` cluster cards of at most ``rows`` reports each
    (``None``: no limit), the first ``drawn`` of them drawn in the page as it opens and the rest
    drawn by its script as they come near the screen (``None``: all drawn as it opens)."""
    outlet_of = {a.id: a.display_name() for a in report.articles}
    article_by_id = {a.id: a for a in report.articles}
    claims = {c.id: c for c in report.claims}
    statements = {s.id: s for s in report.statements}
    diff = _word_diff()

    def source_row(c: Claim) -> dict[str, Any]:
        article = article_by_id.get(c.article)
        return {
            "claim": c,
            "outlet": outlet_of.get(c.article, c.article),
            "date": article.published.isoformat() if article and article.published else "",
            "hedge": c.quantity.hedge or ("vague" if c.hedge_class == "vague" else ""),
            "hedge_class": c.hedge_class,
            "attribution": c.attribution.source if c.attribution else "",
            "time": c.time.text if c.time else "",
            "forecast": c.forecast.text if c.forecast else "",
            "sentence": sentence_parts(c),
            "original": text_fragment_url(article.url if article else None, c.text),
        }

    def version(s: Statement, first: Statement | None) -> dict[str, Any]:
        article = article_by_id.get(s.article)
        ops = diff(first.content, s.content) if first is not None else [("equal", s.content)]
        reworded = shared_share(ops, s.content) < DIFF_MIN_SHARED
        return {
            "statement": s,
            "outlet": outlet_of.get(s.article, s.article),
            "date": article.published.isoformat() if article and article.published else "",
            "diff": [("equal", s.content)] if reworded else ops,
            "reworded": reworded,
            "original": text_fragment_url(article.url if article else None, s.content),
            "parts": [
                {"part": p, "label": PART_LABELS.get((p.relation, p.headline), p.relation),
                 "speaker": p.speaker_span.text if p.speaker_span else ""}
                for p in s.parts
            ],
        }

    def sourcing_row(s: Statement) -> dict[str, Any]:
        article = article_by_id.get(s.article)
        return {
            "statement": s,
            "outlet": outlet_of.get(s.article, s.article),
            "date": article.published.isoformat() if article and article.published else "",
            "kind": SOURCING_LABELS.get(s.kind, s.kind),
            "source": s.speaker_span.text if s.speaker_span else (s.speaker or ""),
        }

    label_of = {c.id: c.label or c.id for c in report.clusters}

    cluster_by_id = {c.id: c for c in report.clusters}
    shown = chosen_clusters(report.clusters, cards)
    shown_ids = {c.id for c in shown}
    dated = latest_reports(shown, claims, statements, article_by_id)
    sources_of = sources_by_article(report.sources)
    cited: set[str] = set()  # the articles a card on the page points to
    claim_cards: list[dict[str, Any]] = []
    statement_cards: list[dict[str, Any]] = []
    for cluster in _ordered(shown):
        related = [
            {"id": k, "kind": v, "name": relation_name(v, dated.get(cluster.id), dated.get(k)),
             "label": label_of.get(k, k), "gist": gist(cluster_by_id[k], claims, statements)}
            for k, v in sorted(cluster.related.items())
            if k in shown_ids
        ]
        if cluster.kind == "statement":
            members = [statements[m] for m in cluster.members if m in statements]
            listed = members if rows is None else members[:rows]
            cited.update(s.article for s in listed)
            versions = [version(s, members[0] if i else None) for i, s in enumerate(listed)]
            statement_cards.append(
                {
                    "cluster": cluster,
                    "related": related,
                    "speakers": sorted({s.speaker or "unknown speaker" for s in members}),
                    "outlets": sorted({outlet_of.get(s.article, s.article) for s in members}),
                    "versions": versions,
                    "marked": any(op != "equal" for v in versions for op, _ in v["diff"]),
                    "left_out": len(members) - len(listed),
                }
            )
            continue
        members_c = [claims[m] for m in cluster.members if m in claims]
        listed_c = representative(members_c, rows)
        shared = shared_sources(dict.fromkeys(c.article for c in members_c), sources_of, outlet_of)
        cited.update(c.article for c in listed_c)
        claim_cards.append(
            {
                "cluster": cluster,
                "related": related,
                "speakers": sorted({c.attribution.source for c in members_c if c.attribution}),
                "outlets": sorted({outlet_of.get(c.article, c.article) for c in members_c}),
                "rows": [source_row(c) for c in listed_c],
                "reports": len(members_c),
                "shared": shared,
                "left_out": len(members_c) - len(listed_c),
                # one report's figure on an axis of its own compares nothing: the card's height
                # goes to its sentence instead
                "figure": figure(listed_c, outlet_of) if len(listed_c) > 1 else None,
            }
        )

    sourcing, sourcing_left_out = first(report.sourcing, None if cards is None else HTML_SOURCING)
    cited.update(s.article for s in sourcing)
    cited.update(c.article for c in report.checks)

    claims_by_article: dict[str, list[Claim]] = {}
    for c in report.claims:
        claims_by_article.setdefault(c.article, []).append(c)
    statements_by_article: dict[str, list[Statement]] = {}
    for s in (*report.statements, *report.sourcing):
        statements_by_article.setdefault(s.article, []).append(s)
    articles = [
        {
            "id": a.id,
            "file": a.file,
            "outlet": a.display_name(),
            "title": a.title or "",
            "published": a.published.isoformat() if a.published else "date unknown",
            "url": safe_url(a.url),
            "raw_url": a.url or "",
            "short_ids": short_ids(a, claims_by_article.get(a.id, []), statements_by_article.get(a.id, [])),
            "data": _WhenRendered(partial(article_data, a, claims_by_article.get(a.id, []), statements_by_article.get(a.id, []))),
        }
        for a in report.articles
        if a.id in cited
    ]

    key = report_key(report)
    member_provenance = _provenance_index(report, {m for c in shown for m in c.members})
    data = {
        "key": key,
        "statuses": list(STATUSES),
        "carried": report.reviews,
        "clusters": {
            # each member as [file, start, end, text]: the keys, written once per member, were a
            # third of this block; the script names them again when it exports
            c.id: {"label": c.label, "kind": c.kind, "members": [
                [p["file"], p["start"], p["end"], p["text"]] for p in (member_provenance[m] for m in c.members if m in member_provenance)
            ]}
            for c in shown
        },
    }
    css, js = _static("report.css"), _static("report.js")
    csp = (
        "default-src 'none'; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    all_speakers = sorted({s for card in claim_cards + statement_cards for s in card["speakers"]})
    # the page's order: figures, then statements; the first cards are what a reader sees first
    for index, card in enumerate(claim_cards + statement_cards):
        card["drawn"] = drawn is None or index < drawn
    return _env.get_template("report.html.j2").generate(
        report=report,
        summary=summary(report),
        claim_cards=_attributes(claim_cards),
        statement_cards=_attributes(statement_cards),
        sourcing_rows=_attributes([sourcing_row(s) for s in sourcing]),
        sourcing_left_out=sourcing_left_out,
        left_out=len(report.clusters) - len(shown),
        articles=_attributes(articles),
        outlets=sorted({a["outlet"] for a in articles}),
        speakers=all_speakers,
        statuses=STATUSES,
        # the checks that fail first: they are what a fact-checker has to look at
        checks=[(c, outlet_of.get(c.article, c.article)) for c in sorted(report.checks, key=lambda c: c.ok)],
        # the rest of a card's notes fold away: a table read as prose can give a hundred
        notes_shown=NOTES,
        key=key,
        csp=csp,
        css=Markup(css),
        js=Markup(js),
        data=script_json(data),
    )
