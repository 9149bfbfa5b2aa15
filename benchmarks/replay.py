"""The main process's work after extraction, again and again over one saved extraction.

    python -m benchmarks.replay save /tmp/corpus-1000 /tmp/extraction-1000.pkl   # ingest + extract once
    python -m benchmarks.replay run /tmp/extraction-1000.pkl [--jobs 0]         # align, judge, reports

``run`` times ``pipeline.analyse`` over the saved extraction and then writes report.json,
report.html and report.md as the CLI does (into a temporary folder), and prints the main
process's CPU seconds for each (``time.process_time``), the children's (forked jobs beside it:
the statements' judge, and whatever else a version runs there) and the wall
clock. After extraction the main process's CPU is the run's serial part, so comparing two
trees (``PYTHONPATH=TREE``, runs alternating) by it needs no extraction each time. The saved
file is a pickle: read it only from where you wrote it.
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def save(corpus: Path, target: Path, jobs: int) -> None:
    from crosscheck.ingest import load
    from crosscheck.parallel import extract_each
    from crosscheck.pipeline import extract_compact, gather_compact
    from crosscheck.settings import Settings

    ingested = load([corpus], Settings(jobs=jobs))
    live = [a for a in ingested.articles if a.duplicate_of is None]
    gathered = gather_compact(extract_each(live, jobs, extract=extract_compact))
    with target.open("wb") as out:
        pickle.dump((ingested, gathered), out, protocol=pickle.HIGHEST_PROTOCOL)


def replay(saved: Path, jobs: int) -> dict[str, float]:
    from crosscheck import pipeline
    from crosscheck.report.write import write_reports
    from crosscheck.settings import Settings

    with saved.open("rb") as f:
        ingested, gathered = pickle.load(f)  # noqa: S301 - a file this script wrote
    children, wall = _children_cpu(), time.perf_counter()
    start = time.process_time()
    results = pipeline.analyse(ingested.articles, Settings(jobs=jobs), gathered=gathered)
    del gathered
    analysed = time.process_time()
    report = pipeline._report(["replay"], ingested, *results)
    folder = Path(tempfile.mkdtemp(prefix="replay-"))
    try:
        write_reports(report, folder, ("json", "html", "markdown"), jobs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    written = time.process_time()
    return {
        "analyse": round(analysed - start, 2),
        "reports": round(written - analysed, 2),
        "main": round(written - start, 2),
        "children": round(_children_cpu() - children, 2),
        "wall": round(time.perf_counter() - wall, 2),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    saving = sub.add_parser("save", help="ingest and extract CORPUS once, into FILE")
    saving.add_argument("corpus", type=Path)
    saving.add_argument("file", type=Path)
    saving.add_argument("--jobs", type=int, default=0)
    running = sub.add_parser("run", help="align, judge and write the reports of a saved extraction")
    running.add_argument("file", type=Path)
    running.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args(argv)
    if args.command == "save":
        save(args.corpus, args.file, args.jobs)
    else:
        print(json.dumps(replay(args.file, args.jobs)))


if __name__ == "__main__":
    main()
