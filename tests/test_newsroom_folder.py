"""What a newsroom folder may hold besides articles, and where the reports may have to go.

The rule: bad input gets one line naming the file and the problem, the rest of the run goes on,
and nothing the user gave is lost or overwritten without a word. Permissions are simulated
when the tests run as root (root reads and writes anything), and real otherwise.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from folders import write

from crosscheck.cli import main
from crosscheck.ingest import is_figures_only, load
from crosscheck.store import Store

GOOD = "Floods in the valley\n\nOfficials said 40 people were counted on Sunday, the agency said.\n"
BODY = "The ministry said 1,200 people were displaced by the floods on Monday."



def _lines(result) -> list[str]:
    return [s.reason for s in result.skipped] + list(result.warnings)


# --------------------------------------------------------------------------- folders


def _refuse(monkeypatch, locked: Path) -> None:
    """Make ``locked`` a folder this process may not look into, as chmod 000 does for a user."""
    if os.geteuid() != 0:
        locked.chmod(0)
        return
    real_scandir, real_stat = os.scandir, os.stat

    def inside(path) -> bool:
        return Path(os.fspath(path)).is_relative_to(locked) and Path(os.fspath(path)) != locked

    def scandir(path="."):
        if Path(os.fspath(path)) == locked:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    def stat(path, *args, **kwargs):
        if not isinstance(path, int) and inside(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "stat", stat)


def test_a_folder_that_cannot_be_read_is_named_and_the_rest_is_read(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "locked/inside.txt", GOOD)
    _refuse(monkeypatch, tmp_path / "locked")
    try:
        result = load([tmp_path])
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert [a.file for a in result.articles] == ["good.txt"]
    assert _lines(result) == ["locked: folder cannot be read (permission denied)"]


def test_a_file_named_inside_a_folder_that_cannot_be_read_is_one_line(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", GOOD)
    inside = write(tmp_path, "locked/inside.txt", GOOD)
    _refuse(monkeypatch, tmp_path / "locked")
    try:
        result = load([inside, tmp_path / "good.txt"])
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert [a.file for a in result.articles] == ["good.txt"]
    assert _lines(result) == [f"{inside}: cannot be read (permission denied)"]


def test_links_to_folders_are_named_not_followed(tmp_path):
    write(tmp_path / "corpus", "good.txt", GOOD)
    write(tmp_path / "elsewhere", "other.txt", GOOD.replace("40", "50"))
    (tmp_path / "corpus" / "more").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "corpus" / "loop").symlink_to(tmp_path / "corpus")  # would walk forever
    result = load([tmp_path / "corpus"])
    assert [a.file for a in result.articles] == ["good.txt"]
    assert sorted(_lines(result)) == [
        "loop: a link to a folder, not followed (give that folder itself)",
        "more: a link to a folder, not followed (give that folder itself)",
    ]


def test_a_link_to_a_missing_file_says_so(tmp_path):
    write(tmp_path, "good.txt", GOOD)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert _lines(load([tmp_path])) == ["gone.txt is a link to a missing file"]
    assert _lines(load([tmp_path / "gone.txt", tmp_path / "good.txt"])) == [f"{tmp_path / 'gone.txt'}: a link to a missing file"]


# --------------------------------------------------------------------------- JSON exports


@pytest.mark.parametrize(
    ("export", "titles"),
    [
        ([{"headline": "One", "body": BODY}, {"headline": "Two", "body": BODY + " Later, 1,300."}], ["One", "Two"]),
        ({"status": "ok", "articles": [{"title": "From an API", "content": BODY}]}, ["From an API"]),
        ({"results": [{"title": "Search hit", "text": BODY}], "total": 1}, ["Search hit"]),
        ({"title": "Just one", "text": BODY}, ["Just one"]),
    ],
    ids=["list", "api-articles", "search-results", "one-record"],
)
def test_a_json_export_is_read_as_records(tmp_path, export, titles):
    write(tmp_path, "export.json", json.dumps(export))
    result = load([tmp_path])
    assert [a.title for a in result.articles] == titles
    assert _lines(result) == []


@pytest.mark.parametrize(
    ("content", "named_line"),
    [
        (json.dumps({"claims": [{"file": "a.txt", "value": 3}]}), "holds no article records"),
        (json.dumps({"schema_version": "1.0", "clusters": [], "articles": [{"id": "a", "text": BODY}]}), "is a crosscheck report"),
        (json.dumps([1, 2, 3]), "holds no article records"),
    ],
    ids=["answer-key", "renamed-report", "numbers"],
)
def test_json_without_articles_is_passed_over_in_a_folder_and_named_when_given(tmp_path, content, named_line):
    write(tmp_path, "good.txt", GOOD)
    path = write(tmp_path, "data.json", content)
    walked = load([tmp_path])
    assert [a.file for a in walked.articles] == ["good.txt"] and _lines(walked) == []
    named = load([path])
    assert named.articles == () and len(_lines(named)) == 1 and named_line in _lines(named)[0]


def test_broken_json_is_one_line(tmp_path):
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "cut.json", '{"articles": [{"text": "')
    result = load([tmp_path])
    assert [a.file for a in result.articles] == ["good.txt"]
    assert len(_lines(result)) == 1 and _lines(result)[0].startswith("cut.json is not valid JSON")


def test_jsonl_without_any_text_field_is_one_line_not_one_per_record(tmp_path):
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "rows.jsonl", "".join(json.dumps({"n": i}) + "\n" for i in range(50)))
    result = load([tmp_path])
    assert [a.file for a in result.articles] == ["good.txt"]
    assert len(_lines(result)) == 1 and "rows.jsonl holds no article text (50 records" in _lines(result)[0]


# --------------------------------------------------------------------------- what is not prose


@pytest.mark.parametrize(
    ("text", "figures_only"),
    [
        ("\n".join(" ".join(str(i * j) for j in range(10)) for i in range(30)), True),
        ("| Region | Dead | Injured |\n|---|---|---|\n" + "\n".join(f"| R{i} | {i * 3} | {i * 7} |" for i in range(40)), True),
        ("Results\n\n" + "\n".join(f"{i}. 1{i},204 votes (4{i}.2%)" for i in range(30)), True),
        (GOOD, False),
        # a story with a table in it is still a story
        (GOOD * 30 + "\n".join(f"| R{i} | {i * 3} | {i * 7} |" for i in range(20)), False),
        ("Le ministère a déclaré que 1 200 personnes ont été déplacées lundi, et 45 maisons détruites.", False),
        ("وزارت نے کہا کہ پیر کو ۱۲۰۰ افراد بے گھر ہوئے اور نقصان کا تخمینہ 3 ملین ڈالر ہے۔", False),
    ],
    ids=["number-grid", "markdown-table", "results-list", "story", "story-with-table", "french", "urdu"],
)
def test_figures_without_prose(text, figures_only):
    assert is_figures_only(text) is figures_only


def test_a_table_of_figures_is_skipped_with_one_line(tmp_path):
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "table.md", "| Region | Dead |\n|---|---|\n" + "\n".join(f"| R{i} | {i * 3} |" for i in range(60)))
    result = load([tmp_path])
    assert [a.file for a in result.articles] == ["good.txt"]
    assert _lines(result) == ["table.md holds figures but hardly any words (a table or a list?); not read as an article"]


def test_a_markdown_headline_is_the_title_without_its_marks(tmp_path):
    write(tmp_path, "story.md", "# Floods hit the valley\n\n" + BODY + "\n")
    assert [a.title for a in load([tmp_path]).articles] == ["Floods hit the valley"]


# --------------------------------------------------------------------------- where the reports go


def _run(*args: str):
    return CliRunner().invoke(main, ["run", *args])


def test_a_read_only_output_folder_fails_at_once_with_one_line(tmp_path, monkeypatch):
    write(tmp_path / "corpus", "good.txt", GOOD)
    out = tmp_path / "out"
    out.mkdir()
    write(out, "report.json", "{}")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == out else real_access(path, mode))
    ran = []
    monkeypatch.setattr("crosscheck.pipeline.run", lambda *a, **k: ran.append(1))
    result = _run(str(tmp_path / "corpus"), "-o", str(out / "sub"), "-q")
    assert result.exit_code == 1 and not ran
    assert result.stderr.strip() == f"crosscheck: {out / 'sub'}: cannot write the reports there ({out} is not writable (permission denied)); choose another folder with -o"
    assert (out / "report.json").read_text() == "{}"


def test_an_output_path_under_a_file_fails_with_one_line(tmp_path):
    write(tmp_path / "corpus", "good.txt", GOOD)
    story = write(tmp_path, "story.txt", GOOD)
    result = _run(str(tmp_path / "corpus"), "-o", str(story / "out"), "-q")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"crosscheck: {story / 'out'}: cannot write the reports there ({story} is a file, not a folder); choose another folder with -o"
    assert story.read_text() == GOOD


def test_a_failed_write_is_one_line_and_keeps_the_earlier_report(tmp_path, monkeypatch):
    write(tmp_path / "corpus", "good.txt", GOOD)
    out = tmp_path / "out"
    write(out, "report.json", "earlier")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("crosscheck.report.write.write_reports", full_disk)
    result = _run(str(tmp_path / "corpus"), "-o", str(out), "-q")
    assert result.exit_code == 1
    assert "could not write the reports (No space left on device)" in result.stderr
    assert "Traceback" not in result.stderr and (out / "report.json").read_text() == "earlier"


def test_reports_left_by_an_earlier_run_are_named_and_unrelated_files_kept(tmp_path):
    write(tmp_path / "corpus", "good.txt", GOOD)
    out = tmp_path / "out"
    write(out, "report.md", "earlier write-up")
    write(out, "notes.txt", "my notes")
    result = _run(str(tmp_path / "corpus"), "-o", str(out), "-f", "json")
    assert result.exit_code == 0
    assert f"note: {out / 'report.md'} is from an earlier run (not rewritten this time)" in " ".join(result.stderr.split())
    assert (out / "report.md").read_text() == "earlier write-up" and (out / "notes.txt").read_text() == "my notes"


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path):
    write(tmp_path / "corpus", "good.txt", GOOD)
    other = tmp_path / "newsroom.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(sqlite3.DatabaseError):
        Store(other)
    result = _run(str(tmp_path / "corpus"), "-o", str(tmp_path / "out"), "-q", "--db", str(other))
    assert result.exit_code == 1 and "not a crosscheck store" in result.stderr
    with sqlite3.connect(other) as db:
        assert [r[0] for r in db.execute("SELECT name FROM sqlite_master")] == ["contacts"]


def test_a_db_in_a_read_only_folder_fails_at_once(tmp_path, monkeypatch):
    write(tmp_path / "corpus", "good.txt", GOOD)
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == locked else real_access(path, mode))
    result = _run(str(tmp_path / "corpus"), "-o", str(tmp_path / "out"), "-q", "--db", str(locked / "store.db"))
    assert result.exit_code == 1
    assert "cannot keep the store there" in result.stderr and not (tmp_path / "out").exists()


def test_a_document_named_on_the_command_line_says_what_to_do(tmp_path):
    pdf = write(tmp_path, "story.pdf", b"%PDF-1.4\n\x00\x01binary")
    result = load([pdf, write(tmp_path, "good.txt", GOOD)])
    assert [a.file for a in result.articles] == ["good.txt"]
    assert _lines(result) == [f"{pdf}: not read: a .pdf document (save the article as text or HTML)"]


# --------------------------------------------------------------------------- eval


def _eval(*args: str):
    return CliRunner().invoke(main, ["eval", *args])


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        ([1, 2], 'not an answer key (a JSON object whose "claims" is a list of objects)'),
        ({}, 'not an answer key (a JSON object whose "claims" is a list of objects)'),
        ({"claims": ["a.txt"]}, 'not an answer key (a JSON object whose "claims" is a list of objects)'),
        ({"claims": [{"file": "good.txt", "quote": "40 people", "value": 40}]}, "an item of the answer key has no 'hedge' field"),
    ],
    ids=["list", "empty", "strings", "no-hedge"],
)
def test_a_malformed_answer_key_is_one_line(tmp_path, key, problem):
    write(tmp_path / "corpus", "good.txt", GOOD)
    gold = write(tmp_path, "gold.json", json.dumps(key))
    result = _eval(str(tmp_path / "corpus"), "--gold", str(gold))
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"crosscheck: {gold}: {problem}"


def test_eval_of_something_that_is_not_a_report_is_one_line(tmp_path):
    gold = write(tmp_path, "gold.json", json.dumps({"claims": []}))
    other = write(tmp_path, "other.json", json.dumps([1, 2]))
    result = _eval("--report", str(other), "--gold", str(gold))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"crosscheck: {other}: not a crosscheck report.json (no articles, claims and clusters)"


def test_eval_names_what_it_could_not_read_and_finds_quotes_in_a_cp1252_file(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "old.txt", "Caf\u00e9 owners said 40 people were counted on Sunday.\n".encode("cp1252"))
    write(corpus, "empty.txt", b"")
    key = {"claims": [{"id": "g1", "file": "old.txt", "quote": "40 people", "value": 40, "hedge": "exact", "cluster": "k1"}],
           "clusters": [{"id": "k1", "verdict": "single"}]}
    gold = write(tmp_path, "gold.json", json.dumps(key))
    result = _eval(str(corpus), "--gold", str(gold), "--json")
    assert result.exit_code == 0, result.stderr
    assert "crosscheck: skipped: empty.txt is empty" in result.stderr
    assert json.loads(result.stdout)["claim_p_r_f"][1] == 1.0


# --------------------------------------------------------------------------- other languages

FRENCH = (
    "Le ministère de l'Intérieur a annoncé lundi que 1 200 personnes avaient été évacuées à la suite des "
    "inondations qui ont frappé la région. Selon les autorités locales, au moins 45 maisons ont été détruites. "
    "« Nous faisons tout ce qui est en notre pouvoir », a déclaré le préfet lors d'une conférence de presse."
)
SPANISH = (
    "El ministerio del Interior informó el lunes que 1.200 personas fueron evacuadas tras las inundaciones "
    "que azotaron la región. Según las autoridades locales, al menos 45 viviendas quedaron destruidas. "
    "«Estamos haciendo todo lo posible», dijo el gobernador en una rueda de prensa."
)
URDU = (
    "وزارت داخلہ نے پیر کو بتایا کہ سیلاب کے بعد علاقے سے ۱۲۰۰ افراد کو نکال لیا گیا۔ مقامی حکام کے مطابق کم از کم "
    "۴۵ مکانات تباہ ہو گئے اور نقصان کا تخمینہ تین ملین ڈالر لگایا گیا ہے۔ گورنر نے کہا کہ ہم ہر ممکن مدد کر رہے ہیں۔"
)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        (GOOD * 3, True),
        (BODY + " " + BODY.replace("1,200", "1,300") + " The governor said the town would be rebuilt within a year.", True),
        (FRENCH, False),
        (SPANISH, False),
        (URDU, False),
        ("Inondations : 1 200 évacués", True),  # too short to tell: no warning
    ],
    ids=["english", "english-2", "french", "spanish", "urdu", "short-headline"],
)
def test_reads_as_english(text, english):
    from crosscheck.ingest import reads_as_english

    assert reads_as_english(text) is english


def test_an_article_in_another_language_is_read_with_a_warning(tmp_path):
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "fr.txt", FRENCH)
    result = load([tmp_path])
    assert [a.file for a in result.articles] == ["fr.txt", "good.txt"]
    assert _lines(result) == [
        "fr.txt: does not read as English; crosscheck's grammar is English, so its figures and quotes may be missed or misread"
    ]


@pytest.mark.parametrize("name", ["pipe.txt", "page.html"])
def test_a_named_pipe_in_a_folder_is_named_not_waited_on(tmp_path, name):
    write(tmp_path, "good.txt", GOOD)
    os.mkfifo(tmp_path / name)  # opening it would wait for a writer forever
    result = load([tmp_path])
    assert [a.file for a in result.articles] == ["good.txt"]
    assert _lines(result) == [f"{name}: not a regular file (a pipe, socket or device); not read"]


def test_a_db_in_a_folder_not_made_yet_is_made_like_the_output_folder(tmp_path):
    write(tmp_path / "corpus", "good.txt", GOOD)
    db = tmp_path / "stores" / "floods" / "store.db"
    result = _run(str(tmp_path / "corpus"), "-o", str(tmp_path / "out"), "-q", "--db", str(db))
    assert result.exit_code == 0, result.stderr
    assert db.is_file()


def test_a_terminal_summary_alone_says_nothing_of_the_reports_folder(tmp_path):
    write(tmp_path / "corpus", "good.txt", GOOD)
    out = tmp_path / "out"
    write(out, "report.json", "{}")
    result = _run(str(tmp_path / "corpus"), "-o", str(out), "-f", "terminal")
    assert result.exit_code == 0 and "earlier run" not in result.output + result.stderr
