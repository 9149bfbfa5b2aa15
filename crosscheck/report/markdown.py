"""A Markdown summary to paste into a write-up: the story in numbers and the clusters, conflicts first.

On a large corpus it stays a summary (limits in :mod:`crosscheck.report.budget`): the first
clusters of each verdict, each listing its distinct figures first, and a count of the rest.

Article text is untrusted and Markdown renderers accept HTML, so every value goes through
``cell()``: Markdown and HTML punctuation is backslash-escaped, ``|`` cannot split a table cell
and a newline cannot end one.
"""

from __future__ import annotations

import re

from crosscheck.model import Claim, Report
from crosscheck.report.budget import MARKDOWN_CLUSTERS, ROWS, first, plural, representative
from crosscheck.report.gist import shared_sources
from crosscheck.report.html import text_fragment_url
from crosscheck.report.json import summary
from crosscheck.sources import sources_by_article

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
SECTIONS = (("conflict", "Conflicts"), ("compatible", "Compatible given the hedges"), ("agree", "Agreeing"))


def cell(text: str | None) -> str:
    """Untrusted text as one line of inert Markdown, safe inside a table cell."""
    one_line = " ".join((text or "").split())
    # Bidi overrides would reorder the pasted write-up around them; show where they were instead.
    one_line = _BIDI.sub("\ufffd", one_line)
    return _SPECIAL.sub(r"\\\1", one_line)


#: Characters a link destination in a table cell must not carry as themselves.
_URL_UNSAFE = {"<": "%3C", ">": "%3E", "|": "%7C", "\\": "%5C", "(": "%28", ")": "%29"}


def linked(text: str | None, url: str | None) -> str:
    """The figure as a link to the original page at that figure (a text fragment), when the
    article has an http(s) address: a write-up's reader checks a number in one click."""
    target = text_fragment_url(url, text or "")
    if target is None:
        return cell(text)
    for ch, code in _URL_UNSAFE.items():
        target = target.replace(ch, code)
    return f"[{cell(text)}]({target})"


def review_lines(report: Report, cluster: str) -> list[str]:
    """The reviewer's decision on a cluster, carried into this run with ``--reviews``."""
    review = report.reviews.get(cluster)
    if not review:
        return []
    carried = " (carried over)" if review.get("carried_over") else ""
    return [f"Review{carried}: **{cell(str(review.get('status', '')))}** {cell(str(review.get('note', '')))}".rstrip(), ""]


def _hedge(claim: Claim) -> str:
    """The hedge as written, and the words that make the figure a forecast ("could reach")."""
    hedge = claim.quantity.hedge or ""
    if claim.forecast is None:
        return hedge
    return f"{hedge} (forecast: {claim.forecast.text})" if hedge else f"forecast: {claim.forecast.text}"


def render(report: Report) -> str:
    s = summary(report)
    outlet = {a.id: a.display_name() for a in report.articles}
    published = {a.id: a.published.isoformat() if a.published else "" for a in report.articles}
    url = {a.id: a.url for a in report.articles}
    claims = {c.id: c for c in report.claims}
    sources_of = sources_by_article(report.sources)
    lines = [
        f"# crosscheck: {cell(report.corpus)}",
        "",
        f"{plural(s['articles'], 'article')}, {plural(s['outlets'], 'outlet')}, "
        f"{plural(s['independent_sources'], 'independent source')}; {plural(s['claims'], 'claim')} in "
        f"{plural(s['clusters'], 'multi-report cluster')}; **{plural(s['conflicts'], 'conflict')}**.",
        "",
    ]
    for verdict, title in SECTIONS:
        shown = [c for c in report.clusters if c.kind == "claim" and c.verdict == verdict]
        if not shown:
            continue
        lines += [f"## {title}", ""]
        listed, left_out = first(shown, MARKDOWN_CLUSTERS)
        for cluster in listed:
            lines += [f"### {cell(cluster.label)}", "", cell(cluster.why), ""]
            members = [claims[m] for m in cluster.members if m in claims]
            lines += [f"{cell(line)}.\n" for line in shared_sources(dict.fromkeys(c.article for c in members), sources_of, outlet)]
            lines += review_lines(report, cluster.id)
            lines += ["| outlet | date | figure | hedge | source | time |", "|---|---|---|---|---|---|"]
            rows = representative(members, ROWS)
            for c in rows:
                lines.append(
                    f"| {cell(outlet.get(c.article, c.article))} | {published.get(c.article, '')} | {linked(c.text, url.get(c.article))} | "
                    f"{cell(_hedge(c))} | {cell(c.attribution.source if c.attribution else '')} | "
                    f"{cell(c.time.text if c.time else '')} |"
                )
            if len(rows) < len(members):
                lines.append(f"\n{plural(len(members) - len(rows), 'more report')} of the figures above: see report.json.")
            lines.append("")
        if left_out:
            lines += [f"{plural(left_out, 'more cluster')} of this kind: see report.html or report.json.", ""]
    # Who said what: a statement several articles report, each outlet's words side by side, so
    # a write-up can quote the version it checked and see where the others differ.
    statements = {st.id: st for st in report.statements}
    quoted = [c for c in report.clusters if c.kind == "statement" and len(c.members) > 1]
    if quoted:
        lines += ["## Statements reported by more than one article", ""]
        listed, left_out = first(quoted, MARKDOWN_CLUSTERS)
        for cluster in listed:
            lines += [f"### {cell(cluster.label or 'unknown speaker')}", "", cell(cluster.why), ""]
            lines += review_lines(report, cluster.id)
            lines += ["| outlet | date | speaker | as | words |", "|---|---|---|---|---|"]
            versions = [statements[m] for m in cluster.members if m in statements]
            for st in versions[:ROWS]:
                how = f"{st.cue}, {'quote' if st.direct else 'reported speech'}"
                lines.append(
                    f"| {cell(outlet.get(st.article, st.article))} | {published.get(st.article, '')} | "
                    f"{cell(st.speaker or 'unknown speaker')} | {cell(how)} | {linked(st.content, url.get(st.article))} |"
                )
            if len(versions) > ROWS:
                lines.append(f"\n{plural(len(versions) - ROWS, 'more version')}: see report.json.")
            lines.append("")
        if left_out:
            lines += [f"{plural(left_out, 'more statement')} reported more than once: see report.html or report.json.", ""]
    failed = [c for c in report.checks if not c.ok]
    if failed:
        lines += ["## Internal checks that fail", ""]
        lines += [f"- {cell(outlet.get(c.article, c.article))}: {cell(c.why)}" for c in failed]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
