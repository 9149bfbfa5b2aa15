"""report.json: the twin of report_dict, one record per line, written in pieces."""

import json
from pathlib import Path

import jsonschema
import pytest

from crosscheck.ioutil import write_atomic
from crosscheck.model import Report
from crosscheck.report.json import json_chunks, report_dict, schema, to_json


def test_json_is_the_report_dict(report: Report) -> None:
    assert json.loads(to_json(report)) == json.loads(json.dumps(report_dict(report)))
    jsonschema.validate(json.loads(to_json(report)), schema())


def test_one_record_per_line_so_a_changed_claim_diffs_as_one_line(report: Report) -> None:
    lines = to_json(report).splitlines()
    claims = report_dict(report)["claims"]
    for claim in claims:
        assert sum(1 for line in lines if line.rstrip(",") == json.dumps(claim, ensure_ascii=False, sort_keys=True, separators=(",", ":"))) == 1
    assert '"claims": [' in lines and '"summary": {' in lines
    assert "<b>Evil</b>" in to_json(report)  # not \\u-escaped: readable, and UTF-8 on disk


def test_pieces_written_atomically_are_the_whole_text(report: Report, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    write_atomic(target, json_chunks(report))
    assert target.read_text(encoding="utf-8") == to_json(report)
    assert len(list(json_chunks(report))) > len(report.claims)  # never one string of everything


@pytest.mark.parametrize(
    "cuts",
    [(0.0, 1.0), (0.0, 0.5, 1.0), (0.0, 2 / 3, 1.0), (0.0, 0.001, 0.999, 1.0), (0.0, 0.3, 0.3, 1.0)],
    ids=["whole", "halves", "two thirds and one", "a line at each end", "an empty stretch"],
)
def test_stretches_that_meet_join_to_the_whole_file(report: Report, cuts: tuple[float, ...]) -> None:
    stretches = ["".join(json_chunks(report, (a, b))) for a, b in zip(cuts, cuts[1:])]
    assert "".join(stretches) == to_json(report)
