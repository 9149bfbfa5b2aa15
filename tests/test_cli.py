"""The CLI through click's CliRunner: exit codes, what goes to stdout and what to stderr."""

import json
from pathlib import Path

from click.testing import CliRunner

from crosscheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "afghan-returns-2025"


def _runner() -> CliRunner:
    return CliRunner()


def test_run_writes_both_reports_and_keeps_stdout_clean(tmp_path: Path) -> None:
    result = _runner().invoke(main, ["run", str(SAMPLE), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    data = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert data["schema_version"] and data["claims"]
    assert (tmp_path / "out" / "report.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    assert "conflict" in result.stderr.lower()


def test_quiet_prints_nothing(tmp_path: Path) -> None:
    result = _runner().invoke(main, ["run", str(SAMPLE), "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == ""


def test_fail_on_conflict_exits_3(tmp_path: Path) -> None:
    result = _runner().invoke(main, ["run", str(SAMPLE), "-o", str(tmp_path), "-q", "--fail-on-conflict"])
    assert result.exit_code == 3


def test_markdown_format(tmp_path: Path) -> None:
    result = _runner().invoke(main, ["run", str(SAMPLE), "-o", str(tmp_path), "-q", "-f", "markdown"])
    assert result.exit_code == 0
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("# crosscheck")
    assert not (tmp_path / "report.json").exists()


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = _runner().invoke(main, ["run", str(SAMPLE), "-o", str(tmp_path), "-f", "htm"])
    assert result.exit_code == 2
    assert "htm" in result.stderr


def test_missing_corpus_is_one_line_error(tmp_path: Path) -> None:
    result = _runner().invoke(main, ["run", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "nowhere" in result.stderr
    assert result.stdout == ""


def test_a_missing_path_beside_a_good_one_is_named_and_the_run_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Some 300 people were evacuated.", encoding="utf-8")
    (corpus / "b.pdf").write_bytes(b"%PDF-1.4")
    missing = tmp_path / "nowhere"
    result = _runner().invoke(main, ["run", str(missing), str(corpus), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert lines == [f"crosscheck: skipped: {missing}: no such file or folder",
                     "crosscheck: skipped: b.pdf: not read: a .pdf document (save the article as text or HTML)"]
    assert (tmp_path / "out" / "report.json").is_file()


def test_output_folder_may_not_be_the_corpus(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some 300 people were evacuated.", encoding="utf-8")
    result = _runner().invoke(main, ["run", str(tmp_path), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "output folder" in result.stderr


def test_eval_prints_figures(tmp_path: Path) -> None:
    result = _runner().invoke(main, ["eval", str(SAMPLE), "--gold", str(SAMPLE / "gold.json"), "--json"])
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)
    assert set(figures) >= {"claim_p_r_f", "value_acc", "hedge_acc", "cluster_pairs_p_r_f", "verdict_acc",
                            "statement_p_r_f", "speaker_acc", "statement_cluster_pairs_p_r_f"}


def test_eval_needs_a_corpus_or_a_report() -> None:
    result = _runner().invoke(main, ["eval", "--gold", str(SAMPLE / "gold.json")])
    assert result.exit_code == 2


def test_quantities_jsonl_one_array_per_line() -> None:
    result = _runner().invoke(main, ["quantities", "-", "--format", "jsonl"],
                              input="more than 80,000 Afghans\nno numbers here\nnearly 3 million and 52%\n")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    first, empty, third = (json.loads(line) for line in lines)
    assert first[0]["value"] == 80000 and first[0]["hedge"] == "more than"
    assert empty == []
    assert [q["kind"] for q in third] == ["count", "percent"]
    assert set(first[0]) == {"start", "end", "text", "value", "low", "high", "hedge", "kind", "unit", "claim"}
    assert first[0]["claim"] is True


def test_quantities_shows_dates_years_and_time_bounds_and_why_they_are_no_claim() -> None:
    result = _runner().invoke(main, ["quantities", "Since 2019, 500 people left after three days"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert "2019" in lines[0] and "kind=year" in lines[0] and "not a claim: a year says when" in lines[0]
    assert "500" in lines[1] and "not a claim" not in lines[1]
    assert "three days" in lines[2] and "kind=period" in lines[2] and "not a claim" in lines[2]
    result = _runner().invoke(main, ["quantities", "On 4 July 2024, 500 people left", "--format", "jsonl"])
    (row_date, row_count) = json.loads(result.stdout)
    assert (row_date["text"], row_date["kind"], row_date["value"], row_date["claim"]) == ("4 July 2024", "date", None, False)
    assert (row_count["value"], row_count["claim"]) == (500, True)


def test_version() -> None:
    result = _runner().invoke(main, ["--version"])
    assert result.exit_code == 0 and "crosscheck" in result.stdout


def test_bad_input_gets_one_line_each_and_the_run_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"ab\x00\x01cd")
    (corpus / "good.txt").write_text("Some 20 people died in the floods on Monday, officials said.", encoding="utf-8")
    result = _runner().invoke(main, ["run", str(corpus), "-o", str(tmp_path / "out"), "-q", "-f", "json"])
    assert result.exit_code == 0
    skipped_lines = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped_lines) == 2
    assert any("empty.txt" in line for line in skipped_lines) and any("binary.txt" in line for line in skipped_lines)
    data = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [a["file"] for a in data["articles"]] == ["good.txt"]
    assert {s["file"] for s in data["skipped"]} == {"empty.txt", "binary.txt"}
    assert data["claims"] and data["claims"][0]["value"] == 20


def test_a_summary_asked_for_goes_to_stdout_for_a_pager(tmp_path: Path) -> None:
    result = _runner().invoke(main, ["run", str(SAMPLE), "-o", str(tmp_path), "-f", "terminal"])
    assert result.exit_code == 0, result.stderr
    assert "conflict" in result.stdout.lower()
    assert "conflict" not in result.stderr.lower()
