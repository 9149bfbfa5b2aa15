import json
from dataclasses import replace
from pathlib import Path

import pytest

from crosscheck.model import Report
from crosscheck.reviews import carry_over, load_reviews, provenance


def export(tmp_path: Path, reviews: list[dict]) -> Path:  # type: ignore[type-arg]
    path = tmp_path / "reviews.json"
    path.write_text(json.dumps({"crosscheck_reviews": 1, "report": "k", "reviews": reviews}), encoding="utf-8")
    return path


def test_review_follows_its_claims_into_a_grown_corpus(report: Report, tmp_path: Path) -> None:
    returned = next(c for c in report.clusters if c.id == "c-returned")
    path = export(tmp_path, [{"cluster": "c-returned", "status": "confirmed discrepancy", "note": "n", "claims": provenance(report, returned)}])
    # A later run: new ids, and the conflict gained a fourth report.
    grown = replace(report, clusters=tuple(
        replace(c, id="x-" + c.id, members=c.members + (("arabnews:x",) if c.id == "c-returned" else ())) for c in report.clusters
    ))
    carried = carry_over(grown, load_reviews(path))
    assert set(carried.reviews) == {"x-c-returned"}
    assert carried.reviews["x-c-returned"]["carried_over"] is True
    assert carried.reviews["x-c-returned"]["from_cluster"] == "c-returned"


def test_statement_reviews_carry_over_too(report: Report, tmp_path: Path) -> None:
    quote = next(c for c in report.clusters if c.id == "q-kabir")
    path = export(tmp_path, [{"cluster": "q-kabir", "status": "needs follow-up", "claims": provenance(report, quote)}])
    assert carry_over(report, load_reviews(path)).reviews["q-kabir"]["status"] == "needs follow-up"


def test_moved_text_is_matched_by_file_and_text(report: Report, tmp_path: Path) -> None:
    path = export(tmp_path, [{"cluster": "old", "status": "not a discrepancy", "claims": [{"file": "afp.txt", "start": 1, "end": 2, "text": "About 2,000 people"}]}])
    assert list(carry_over(report, load_reviews(path)).reviews) == ["c-torkham"]


def test_unknown_status_and_unmatched_claims_are_dropped(report: Report, tmp_path: Path) -> None:
    path = export(tmp_path, [
        {"cluster": "a", "status": "<script>", "claims": []},
        {"cluster": "b", "status": "needs follow-up", "claims": [{"file": "gone.txt", "start": 0, "end": 1, "text": "x"}]},
        {"cluster": "c", "status": "needs follow-up", "claims": "not a list"},
    ])
    assert carry_over(report, load_reviews(path)).reviews == {}


@pytest.mark.parametrize("content", ["not json", "[]", '{"reviews": 3}'], ids=["text", "list", "no-list"])
def test_a_bad_export_is_one_clear_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="reviews export"):
        load_reviews(path)


@pytest.mark.parametrize(
    ("statuses", "status", "note_has"),
    [
        (("not a discrepancy", "not a discrepancy"), "not a discrepancy", ["checked with AFP", "checked with Dawn"]),
        (("confirmed discrepancy", "not a discrepancy"), "needs follow-up",
         ["earlier reviews differ: confirmed discrepancy (c-a), not a discrepancy (c-b)", "checked with AFP", "checked with Dawn"]),
    ],
    ids=["same-decision", "decisions-differ"],
)
def test_two_reviews_of_clusters_a_later_run_joined_are_both_kept(
    report: Report, tmp_path: Path, statuses: tuple[str, str], status: str, note_has: list[str]
) -> None:
    # Each review's claims now sit in one cluster: the second used to replace the first.
    returned = provenance(report, next(c for c in report.clusters if c.id == "c-returned"))
    path = export(tmp_path, [
        {"cluster": "c-a", "status": statuses[0], "note": "checked with AFP", "updated": "2025-04-20", "claims": returned[:1]},
        {"cluster": "c-b", "status": statuses[1], "note": "checked with Dawn", "updated": "2025-04-21", "claims": returned[1:]},
    ])
    review = carry_over(report, load_reviews(path)).reviews["c-returned"]
    assert review["status"] == status
    for words in note_has:
        assert words in review["note"]
    assert review["updated"] == "2025-04-21"
