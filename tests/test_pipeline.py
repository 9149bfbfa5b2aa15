"""End to end on the sample corpus: the findings a fact-checker would look for."""

import json
from pathlib import Path

import jsonschema
import pytest

from crosscheck import Settings, check
from crosscheck.evaluate import score
from crosscheck.report.json import report_dict, schema, to_json

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "afghan-returns-2025"


@pytest.fixture(scope="module")
def report():
    return check([SAMPLE], Settings())


@pytest.fixture(scope="module")
def data(report):
    return report_dict(report)


def test_report_validates_against_the_schema(data) -> None:
    jsonschema.validate(json.loads(json.dumps(data)), schema())


def test_every_claim_and_statement_points_into_its_article(report) -> None:
    texts = {a.id: a.text for a in report.articles}
    assert report.claims
    for c in report.claims:
        assert texts[c.article][c.start : c.end] == c.text
        assert c.text in c.sentence or c.sentence in texts[c.article]
    for s in report.statements:
        assert texts[s.article][s.start : s.end] == s.content


def test_article_text_is_the_file_unchanged(report) -> None:
    for a in report.articles:
        raw = (SAMPLE / a.file).read_text(encoding="utf-8")
        assert a.text == raw


def test_dates_years_and_ordinals_are_not_claims(report) -> None:
    texts = {c.text.lower() for c in report.claims}
    for not_a_claim in ("2023", "2017", "march 31", "31 march 2025", "1 november 2023", "second", "first", "1990s"):
        assert not any(t == not_a_claim or t.startswith(not_a_claim + " ") for t in texts), not_a_claim
    assert not any(c.value in (2017, 2022, 2023, 2025) for c in report.claims)


def test_80000_and_85000_share_a_cluster_that_does_not_agree(report) -> None:
    claims = {c.id: c for c in report.claims}
    holding = [
        cl for cl in report.clusters
        if cl.kind == "claim" and {80000, 85000} <= {claims[m].value for m in cl.members}
    ]
    assert holding, "no cluster holds both 80,000 and 85,000"
    assert all(cl.verdict != "agree" for cl in holding)


def test_third_article_date_is_inferred_and_said(report) -> None:
    third = next(a for a in report.articles if a.file.startswith("003"))
    assert third.published is not None and third.published.isoformat() == "2025-04-21"
    assert "text" in third.provenance.get("published", "")


def test_sample_quality_floor(data) -> None:
    """The figures the issues promise on the sample corpus; a drop fails CI (a ratchet)."""
    gold = json.loads((SAMPLE / "gold.json").read_text(encoding="utf-8"))
    figures = score(data, gold).figures
    assert figures["claim_p_r_f"][2] >= 0.8


def test_two_runs_give_identical_json() -> None:
    first = to_json(check([SAMPLE], Settings()))
    second = to_json(check([SAMPLE], Settings()))
    assert first == second


def test_workers_reduce_the_sentences_to_what_the_checks_need() -> None:
    from crosscheck.ingest import load
    from crosscheck.pipeline import extract_article, extract_compact, gather, gather_compact

    articles = [a for a in load([SAMPLE]).articles if a.duplicate_of is None]
    assert gather_compact(map(extract_compact, articles)) == gather(map(extract_article, articles))


def test_undated_article_with_relative_times_is_named_in_a_warning(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Officials said 14 people were hurt on Tuesday.\n")
    (tmp_path / "b.txt").write_text(" date 2031-03-06 Officials said 14 people were hurt on Tuesday.\n")
    (tmp_path / "c.txt").write_text("Officials said 14 people were hurt in 2030.\n")
    report = check([tmp_path], Settings())
    notes = [w for w in report.warnings if "no publication date" in w]
    assert len(notes) == 1
    # a.txt's "Tuesday" cannot be placed; b.txt has a date; c.txt's year needs none
    named = notes[0].split("no publication date: ")[1].split(";")[0]
    assert named == "a"


def test_no_warning_when_every_time_could_be_placed(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(" date 2031-03-06 Officials said 14 people were hurt on Tuesday.\n")
    (tmp_path / "b.txt").write_text("Officials said 14 people were hurt in 2030.\n")
    assert not [w for w in check([tmp_path], Settings()).warnings if "no publication date" in w]
