"""The command line: thin commands over the library API.

Exit codes: 0 ran (a discrepancy is a finding, not a failure); 1 error; 2 usage error;
3 only with --fail-on-conflict when a conflict was found.
stdout carries only what was asked for; progress, warnings and summaries go to stderr.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn
from rich.text import Text

from crosscheck import __version__
from crosscheck.settings import Settings

EXIT_ERROR = 1
EXIT_CONFLICT = 3
FORMATS = ("json", "html", "markdown", "terminal")


def _stderr(quiet: bool) -> Console:
    return Console(stderr=True, quiet=quiet, highlight=False)


@contextmanager
def _answer_key_errors(gold: Path) -> Iterator[None]:
    """What a malformed answer key raises, said in one line naming the key."""
    try:
        yield
    except (OSError, ValueError) as error:
        _fail(f"{gold}: {error}")
    except KeyError as error:
        _fail(f"{gold}: an item of the answer key has no {error} field")
    except (TypeError, AttributeError) as error:
        _fail(f"{gold}: an item of the answer key has a value of the wrong kind ({error})")


def _fail(message: str) -> None:
    """One line on stderr naming the problem, then exit 1."""
    click.echo(f"crosscheck: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _writable_folder(folder: Path) -> str | None:
    """Why reports cannot be written into ``folder`` (made if missing), or None when they can.

    Checked before the run, so a folder we cannot write to costs the user seconds, not the
    whole extraction."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    where = "it" if existing == folder else str(existing)
    if not existing.is_dir():
        return f"{where} is a file, not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"{where} is not writable (permission denied)"
    return None


def _stale_reports(folder: Path, written: list[Path]) -> list[Path]:
    """Report files in ``folder`` left by an earlier run with other formats: named, never deleted."""
    from crosscheck.report.write import FILE_NAMES

    fresh = {path.name for path in written}
    return [folder / name for name in sorted(FILE_NAMES.values()) if name not in fresh and (folder / name).is_file()]


def _progress(console: Console) -> tuple[Progress | None, Callable[[str, int, int], None]]:
    if console.quiet or not console.is_terminal:
        return None, lambda stage, done, total: None
    bar = Progress(TextColumn("{task.description:<8}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), console=console, transient=True)
    tasks: dict[str, Any] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=max(total, 1))
        bar.update(tasks[stage], completed=done, total=max(total, 1))

    return bar, update


CONTEXT = {"help_option_names": ["-h", "--help"]}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="crosscheck")
def main() -> None:
    """Cross-check the numbers and quotes of news articles about one story."""


@main.command()
@click.argument("corpus", nargs=-1, required=True)
@click.option("-o", "--output", "output", type=click.Path(file_okay=False, path_type=Path), default=Path("reports/latest"), show_default=True, help="Folder for the reports (created if missing; earlier reports in it are replaced whole).")
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(FORMATS), help="Outputs to write (repeatable). Default: json, html and the terminal summary.")
@click.option("--reviews", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Review decisions exported from an earlier HTML report, to carry over.")
@click.option("--all", "show_all", is_flag=True, help="Terminal summary lists single-source figures too.")
@click.option("--fail-on-conflict", is_flag=True, help="Exit with status 3 when a conflict is found.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True, help="Processes for reading, extraction, judging and writing; 0 = one per core (small corpora stay in one process), 1 = all in one.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="SQLite file to keep articles, extraction and results in; a later run extracts only new or changed articles.")
def run(corpus: tuple[str, ...], output: Path, formats: tuple[str, ...], reviews: Path | None, show_all: bool, fail_on_conflict: bool, quiet: bool, jobs: int, db: Path | None) -> None:
    """Read every article in CORPUS (folders, files, or - for standard input) and cross-check them."""
    from crosscheck.pipeline import give_back_large_blocks
    from crosscheck.pipeline import run as run_pipeline
    from crosscheck.report import terminal
    from crosscheck.report.write import write_reports
    from crosscheck.reviews import carry_over, load_reviews

    give_back_large_blocks()  # a command's process is ours to tune: see the function
    console = _stderr(quiet)
    # A summary the user named with -f is the answer they asked for, so it can be piped (stdout);
    # the default one accompanies the files written and stays beside the progress (stderr).
    summary_asked = "terminal" in formats
    formats = formats or ("json", "html", "terminal")
    for path in corpus:
        if path != "-" and Path(path).resolve() == output.resolve():
            _fail(f"{output}: the output folder is the corpus folder; choose another with -o")
    if any(fmt in ("json", "html", "markdown") for fmt in formats):
        problem = _writable_folder(output)
        if problem is not None:
            _fail(f"{output}: cannot write the reports there ({problem}); choose another folder with -o")
    if db is not None:
        problem = _writable_folder(db.parent)
        if problem is None and db.exists() and not os.access(db, os.R_OK | os.W_OK):
            problem = f"{db} cannot be read and written (permission denied)"
        if problem is not None:
            _fail(f"{db}: cannot keep the store there ({problem}); choose another file with --db")
        db.parent.mkdir(parents=True, exist_ok=True)  # as -o makes its folder
    bar, on_progress = _progress(console)
    reuse: dict[str, int] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "reused":  # a count for the summary, not a stage with a bar
            reuse.update(reused=done, total=total)
        else:
            on_progress(stage, done, total)

    try:
        if bar:
            bar.start()
        report = run_pipeline(list(corpus), Settings(jobs=jobs), on_progress=progress, stdin=sys.stdin, db=db)
    except sqlite3.DatabaseError as error:
        _fail(f"{db}: not a usable SQLite store ({error}); choose another file with --db")
    finally:
        if bar:
            bar.stop()
    if db is not None and reuse:
        console.print(Text(f"{db}: extracted {reuse['total'] - reuse['reused']} articles, reused {reuse['reused']}", style="dim"))
    # An input that could not be read is lost to the run: say so even under --quiet.
    for skipped in report.skipped:
        click.echo(f"crosscheck: skipped: {' '.join(skipped.reason.split())}", err=True)
    for warning in report.warnings:
        console.print(Text(f"warning: {' '.join(warning.split())}", style="yellow"))
    if not report.articles:
        _fail(f"{', '.join(corpus)}: no readable article found")
    if reviews is not None:
        try:
            report = carry_over(report, load_reviews(reviews))
        except ValueError as error:
            _fail(f"{reviews}: {error}")
        if db is not None:
            from crosscheck.store import Store

            with Store(db) as store:
                store.replace_reviews(report.reviews)
    try:
        written = write_reports(report, output, formats, jobs)
    except OSError as error:
        _fail(f"{output}: could not write the reports ({error.strerror or error}); earlier reports there are left as they were")
    for stale in _stale_reports(output, written) if written else ():  # -f terminal alone writes no file
        console.print(Text(f"note: {stale} is from an earlier run (not rewritten this time)", style="yellow"))
    if "terminal" in formats and not quiet:
        terminal.render(report, Console(stderr=not summary_asked, highlight=False), show_all=show_all)
    for target in written:
        console.print(Text(f"wrote {target}", style="dim"))
    if fail_on_conflict and any(c.verdict == "conflict" for c in report.clusters):
        sys.exit(EXIT_CONFLICT)


def _texts_for_gold(gold: dict, corpus: tuple[str, ...]) -> dict[str, str]:  # type: ignore[type-arg]
    """The texts of the files whose gold items give a quote instead of offsets, from CORPUS."""
    from crosscheck.ingest.files import read_text

    wanted = {item["file"] for item in gold.get("claims", []) + gold.get("statements", [])
              if "start" not in item or "end" not in item}
    texts: dict[str, str] = {}
    for name in sorted(wanted):
        found = [Path(c) / name for c in corpus if (Path(c) / name).is_file()]
        found += [Path(c) for c in corpus if Path(c).is_file() and Path(c).name == name]
        if not found:
            raise ValueError(f"gives quotes without offsets for {name}: give the corpus that holds it")
        # decoded as the run decodes it (cp1252, UTF-16, line ends), so offsets agree
        texts[name] = read_text(found[0], Settings().max_article_chars).text
    return texts


@main.command(name="eval")
@click.argument("corpus", nargs=-1)
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Answer key (JSON).")
@click.option("--report", "report_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Score this report.json instead of running on CORPUS.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_command(corpus: tuple[str, ...], gold: Path, report_path: Path | None, as_json: bool) -> None:
    """Score a run on CORPUS (or an existing report) against an answer key."""
    from crosscheck.evaluate import locate_gold, score
    from crosscheck.pipeline import run as run_pipeline
    from crosscheck.report.json import report_dict

    if report_path is None and not corpus:
        raise click.UsageError("give a CORPUS to run on, or --report REPORT.json")
    try:
        gold_data = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        _fail(f"{gold}: not a readable answer key ({error})")
    if not isinstance(gold_data, dict) or not isinstance(gold_data.get("claims"), list) or not all(
        isinstance(item, dict) for item in gold_data["claims"] + list(gold_data.get("statements") or [])
    ):
        _fail(f"{gold}: not an answer key (a JSON object whose \"claims\" is a list of objects)")
    # the key first: a key that cannot be used is said before a run that would be wasted
    with _answer_key_errors(gold):
        locate_gold(gold_data, _texts_for_gold(gold_data, corpus))
    if report_path is not None:
        try:
            data = json.loads(report_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            _fail(f"{report_path}: not a readable report ({error})")
        if not isinstance(data, dict) or not all(isinstance(data.get(key), list) for key in ("articles", "claims", "clusters")):
            _fail(f"{report_path}: not a crosscheck report.json (no articles, claims and clusters)")
    else:
        report = run_pipeline(list(corpus), Settings())
        # what the run could not read is missing from the scores too: say so, as run does
        for skipped in report.skipped:
            click.echo(f"crosscheck: skipped: {' '.join(skipped.reason.split())}", err=True)
        if not report.articles:
            _fail(f"{', '.join(corpus)}: no readable article found")
        data = report_dict(report)
    with _answer_key_errors(gold):
        result = score(data, gold_data).to_dict()
    if as_json:
        click.echo(json.dumps(result, indent=1))
        return
    for key, value in result.items():
        if isinstance(value, list):
            if value:
                click.echo(f"{key}:")
                for row in value:
                    click.echo(f"    {row}")
        else:
            click.echo(f"{key}: {value}")


@main.command()
@click.argument("text")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def quantities(text: str, fmt: str) -> None:
    """Print every quantity read in TEXT (or, with -, in each line of standard input): figures,
    and the dates, years and time bounds read beside them, which are never claims."""
    from crosscheck.extract.dates import WHY_NOT_A_CLAIM
    from crosscheck.extract.numbers import find_quantities, is_figure

    lines = sys.stdin.read().splitlines() if text == "-" else [text]
    console = Console(highlight=False)
    for line in lines:
        found = find_quantities(line)
        rows = [
            {"start": q.start, "end": q.end, "text": q.text, "value": q.to_dict()["value"], "low": q.to_dict()["low"],
             "high": q.to_dict()["high"], "hedge": q.hedge, "kind": q.kind, "unit": q.unit, "claim": is_figure(q)}
            for q in found
        ]
        if fmt == "jsonl":
            click.echo(json.dumps(rows, ensure_ascii=False))
            continue
        if not rows:
            console.print(Text("(no quantity)", style="dim"))
        for r in rows:
            why = "" if r["claim"] else f"  (not a claim: {WHY_NOT_A_CLAIM[r['kind']]})"
            console.print(Text(f"{r['start']:>5}-{r['end']:<5} {r['text']!s:<32} value={r['value']} [{r['low']}, {r['high']}] hedge={r['hedge']} kind={r['kind']} unit={r['unit']}{why}"),
                          soft_wrap=True)  # one line per quantity, whatever the terminal's width


if __name__ == "__main__":  # pragma: no cover
    main()
