"""Another story than the sample: a made-up cyclone in two countries, told by a wire, a daily and
a weekly (tests/data/stories/cyclone, with its answer key). It guards what the sample cannot:
tolls in two countries kept apart, tolls that rise between reports, amounts with nothing counted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck.cli import main
from crosscheck.evaluate import locate_gold, score
from crosscheck.pipeline import run
from crosscheck.report.json import report_dict
from crosscheck.settings import Settings

STORY = Path(__file__).parent / "data" / "stories" / "cyclone"


@pytest.fixture(scope="module")
def report() -> dict:
    return report_dict(run([STORY], Settings()))


@pytest.fixture(scope="module")
def scores(report: dict) -> dict:
    gold = json.loads((STORY / "gold.json").read_text(encoding="utf-8"))
    locate_gold(gold, {p.name: p.read_text(encoding="utf-8") for p in STORY.glob("*.txt")})
    return score(report, gold).to_dict()


def test_every_figure_is_found_with_its_value_and_hedge(scores: dict) -> None:
    assert scores["claim_p_r_f"][2] == 1.0
    assert (scores["value_acc"], scores["hedge_acc"]) == (1.0, 1.0)


def test_no_two_different_quantities_share_a_cluster(scores: dict) -> None:
    precision, recall, _ = scores["cluster_pairs_p_r_f"]
    assert precision == 1.0
    assert recall >= 0.95  # measured 1.0


def test_no_conflict_where_the_reports_agree(scores: dict) -> None:
    assert scores["verdict_acc"] == 1.0


def test_tolls_of_two_countries_never_meet(report: dict) -> None:
    place = {c["id"]: c["place"] for c in report["claims"]}
    for cluster in report["clusters"]:
        places = {place.get(m) for m in cluster.get("members", [])} - {None}
        assert not {"Mozambique", "Malawi"} <= places, cluster["why"]


def test_a_toll_given_two_days_later_is_an_update(report: dict) -> None:
    by_text = {c["text"]: c["id"] for c in report["claims"]}
    later = next(c for c in report["clusters"] if by_text["61"] in c.get("members", []))
    assert "updated" in later["related"].values()
    assert later["verdict"] != "conflict"


def test_eval_reads_an_answer_key_that_gives_quotes_instead_of_offsets(scores: dict) -> None:
    result = CliRunner().invoke(main, ["eval", str(STORY), "--gold", str(STORY / "gold.json"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["claim_p_r_f"] == list(scores["claim_p_r_f"])


def test_eval_says_which_file_it_needs_for_a_quote(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(tmp_path), "--gold", str(STORY / "gold.json")])
    assert result.exit_code != 0
    assert "daily.txt" in result.output and "give the corpus" in result.output
