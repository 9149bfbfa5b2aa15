"""Other stories than the sample, made up and with answer keys, told by a wire, a daily and a
weekly. They guard what the sample cannot.

* tests/data/stories/cyclone: a cyclone in two countries: tolls in two countries kept apart,
  tolls that rise between reports, amounts with nothing counted; an official turning one act
  down in two outlets' words that share no other word, beside another remark of his.
* tests/data/stories/results: a company's quarterly results: shares and amounts that name what
  they measure only before the verb ("net profit rose by 12% to $610 million"), a product's name
  with a number in it, an executive's age, and one outlet that misreports revenue.
* tests/data/stories/election: an election: a turnout to a decimal, rounded and hedged by a verb
  ("nears 62%"), a weekly that misreports turnout and seats days later (a conflict, not an
  update), a distance in km and in miles, a level "four years ago".
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


def _scored(story: Path, report: dict) -> dict:
    """The report scored against the story's answer key, as `crosscheck eval` scores it."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    locate_gold(gold, {p.name: p.read_text(encoding="utf-8") for p in story.glob("*.txt")})
    return score(report, gold).to_dict()


@pytest.fixture(scope="module")
def report() -> dict:
    return report_dict(run([STORY], Settings()))


@pytest.fixture(scope="module")
def scores(report: dict) -> dict:
    return _scored(STORY, report)


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


def test_one_position_told_two_ways_is_one_statement_and_nothing_more(scores: dict) -> None:
    # "rejected calls to abandon the search" / "“We will not withdraw our teams ...”": one
    # position; his other remark, just before the second, is another
    assert tuple(scores["statement_p_r_f"]) == (1.0, 1.0, 1.0)
    assert tuple(scores["statement_cluster_pairs_p_r_f"]) == (1.0, 1.0, 1.0)


def test_eval_reads_an_answer_key_that_gives_quotes_instead_of_offsets(scores: dict) -> None:
    result = CliRunner().invoke(main, ["eval", str(STORY), "--gold", str(STORY / "gold.json"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["claim_p_r_f"] == list(scores["claim_p_r_f"])


def test_eval_says_which_file_it_needs_for_a_quote(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(tmp_path), "--gold", str(STORY / "gold.json")])
    assert result.exit_code != 0
    assert "daily.txt" in result.output and "give the corpus" in result.output


# --------------------------------------------------------------------------- a results story

RESULTS = Path(__file__).parent / "data" / "stories" / "results"


@pytest.fixture(scope="module")
def results_report() -> dict:
    return report_dict(run([RESULTS], Settings()))


@pytest.fixture(scope="module")
def results_scores(results_report: dict) -> dict:
    return _scored(RESULTS, results_report)


def test_results_every_figure_is_found_and_no_name_or_age_is_one(results_scores: dict) -> None:
    # "Crisp 100 range", "Dana Okafor, 52" and "its 2025 outlook" are no figures;
    # "rose by 12% to $610 million" and "by 1,200 to about 18,300" are two figures each
    assert tuple(results_scores["claim_p_r_f"]) == (1.0, 1.0, 1.0)
    assert (results_scores["value_acc"], results_scores["hedge_acc"]) == (1.0, 1.0)


def test_results_amounts_meet_their_restatements_and_nothing_else(results_scores: dict) -> None:
    precision, recall, _ = results_scores["cluster_pairs_p_r_f"]
    assert precision == 1.0
    assert recall >= 0.92  # measured 0.923; the miss is the analysts' forecast ("$4.1 billion analysts had expected")


def test_results_the_misreported_revenue_is_the_one_conflict(results_report: dict, results_scores: dict) -> None:
    assert results_scores["verdict_acc"] == 1.0
    conflicts = [c for c in results_report["clusters"] if c["verdict"] == "conflict"]
    assert len(conflicts) == 1 and "$4.5 billion" in conflicts[0]["why"]


# --------------------------------------------------------------------------- an election story

ELECTION = Path(__file__).parent / "data" / "stories" / "election"


@pytest.fixture(scope="module")
def election_report() -> dict:
    return report_dict(run([ELECTION], Settings()))


@pytest.fixture(scope="module")
def election_scores(election_report: dict) -> dict:
    return _scored(ELECTION, election_report)


def _cluster_of(report: dict, text: str) -> dict:
    claim_id = next(c["id"] for c in report["claims"] if c["text"] == text)
    return next(c for c in report["clusters"] if claim_id in c.get("members", []))


def test_election_every_figure_is_found_with_its_hedge(election_scores: dict) -> None:
    # "turnout nears 62%": a verb is the hedge; "the Civic Union's 156 seats": a possessor is no name
    assert tuple(election_scores["claim_p_r_f"]) == (1.0, 1.0, 1.0)
    assert (election_scores["value_acc"], election_scores["hedge_acc"]) == (1.0, 1.0)


def test_election_a_misreported_turnout_is_a_conflict_not_an_update(election_report: dict) -> None:
    # "Turnout was 61.8%" and "nears 62%" on Monday, "put at 68%" on Friday: the election is
    # over, so the later figure is no update of a running count; "Nearly 62 percent of
    # registered voters cast ballots" is the same turnout
    turnout = _cluster_of(election_report, "68%")
    members = {c["text"] for c in election_report["claims"] if c["id"] in turnout["members"]}
    assert members == {"68%", "61.8%", "nears 62%", "Nearly 62 percent"}
    assert turnout["verdict"] == "conflict" and "updated" not in turnout["related"].values()


def test_election_a_distance_in_miles_and_in_km_agree(election_report: dict) -> None:
    distance = _cluster_of(election_report, "up to 50 miles")
    assert distance["verdict"] == "agree" and "up to 80 km" in distance["why"]


def test_election_every_verdict_is_right(election_scores: dict) -> None:
    # "55.2%" and "55 percent four years ago" agree (rounding); ballots cast and people who
    # voted need knowledge to meet, so they stay singles, which score as consistent
    assert election_scores["verdict_acc"] == 1.0
    assert election_scores["cluster_pairs_p_r_f"][0] == 1.0


def test_election_seats_of_two_parties_stay_apart(election_report: dict) -> None:
    # "the Civic Union's 156 seats" and "the Green Alliance won 98 seats": the holders differ;
    # "won 154 of the 300 seats": 154 counts seats, and the 300 is the whole, not a result
    seats = _cluster_of(election_report, "156 seats")
    members = {c["text"] for c in election_report["claims"] if c["id"] in seats["members"]}
    assert members == {"156 seats", "154 seats", "154"} and seats["verdict"] == "conflict"


def test_election_statements_and_their_speakers(election_scores: dict) -> None:
    # "commission chairman Tomas Reyl said", "he told the Weekly" (an addressee, not content)
    assert tuple(election_scores["statement_p_r_f"]) == (1.0, 1.0, 1.0)
    assert election_scores["speaker_acc"] == 1.0
    assert tuple(election_scores["statement_cluster_pairs_p_r_f"]) == (1.0, 1.0, 1.0)
