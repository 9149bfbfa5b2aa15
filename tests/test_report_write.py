"""Writing the report files: report.json beside the others gives the same files as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck import parallel
from crosscheck.model import Report
from crosscheck.report.write import write_reports

FORMATS = ("json", "html", "markdown")


def test_files_written_beside_each_other_are_the_files_written_in_turn(report: Report, tmp_path: Path) -> None:
    in_turn = write_reports(report, tmp_path / "one", FORMATS, jobs=1)
    beside = write_reports(report, tmp_path / "two", FORMATS, jobs=2)
    assert [p.name for p in in_turn] == [p.name for p in beside] == ["report.json", "report.html", "report.md"]
    for a, b in zip(in_turn, beside):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert sorted(p.name for p in (tmp_path / "two").iterdir()) == ["report.html", "report.json", "report.md"]


def test_report_json_alone_is_the_same_too(report: Report, tmp_path: Path) -> None:
    (alone,) = write_reports(report, tmp_path / "two", ["json"], jobs=2)
    (in_turn,) = write_reports(report, tmp_path / "one", ["json"], jobs=1)
    assert alone.read_bytes() == in_turn.read_bytes()
    assert [p.name for p in (tmp_path / "two").iterdir()] == ["report.json"]


def test_terminal_is_left_to_the_caller(report: Report, tmp_path: Path) -> None:
    assert [p.name for p in write_reports(report, tmp_path, ("terminal", "html"), jobs=2)] == ["report.html"]


@pytest.mark.parametrize("jobs", [1, 2], ids=["in turn", "beside"])
def test_report_json_that_cannot_be_written_fails_as_it_does_in_one_process(
    report: Report, tmp_path: Path, jobs: int
) -> None:
    (tmp_path / "report.json").mkdir()  # a folder where the file should go
    with pytest.raises(IsADirectoryError):
        write_reports(report, tmp_path, FORMATS, jobs=jobs)
    # Nothing half-written is left behind, whichever process failed.
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    if parallel.runs_beside(jobs):
        assert (tmp_path / "report.html").is_file()
