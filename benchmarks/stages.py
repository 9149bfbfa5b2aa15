"""CPU time per pipeline stage on one corpus, and optionally a cProfile of one stage.

    python -m benchmarks.generate 1000 /tmp/corpus-1000
    python -m benchmarks.stages /tmp/corpus-1000 [--jobs 0] [--out DIR] [--profile report]

Wall-clock time is noisy on a shared machine; CPU time of this process (``time.process_time``)
is not, so stages are compared by it. With ``--jobs 0`` child processes read the files, extract,
judge statements and make part of report.json: their CPU is given apart, in all
(``extract_workers``) and by stage (``children_by_stage``). The report stage writes report.json,
report.html and report.md (as the CLI does) and renders the terminal view into a string.
``wall_by_stage`` is each stage's wall-clock time. Peak memory is the process's maximum
resident set; ``resident_mib_after`` gives the resident memory at the end of each stage.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

STAGES = ("ingest", "extract", "align", "judge", "report")


def _resident_mib() -> float:
    """The process's resident memory now (Linux), in MiB; 0 where /proc is missing."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * resource.getpagesize() / 2**20


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(corpus: Path, jobs: int, out: Path, profile: str | None) -> dict[str, float]:
    from rich.console import Console

    from crosscheck.pipeline import run
    from crosscheck.report import terminal
    from crosscheck.report.write import write_reports
    from crosscheck.settings import Settings

    cpu: dict[str, float] = {}
    children_cpu: dict[str, float] = {}
    walls: dict[str, float] = {}
    resident: dict[str, float] = {}
    profiler = cProfile.Profile()
    state = {"stage": "ingest", "since": time.process_time(), "children_since": _children_cpu(),
             "wall_since": time.perf_counter()}
    if profile == "ingest":
        profiler.enable()

    def enter(stage: str) -> None:
        now = time.process_time()
        if profile == state["stage"]:
            profiler.disable()
        children_now = _children_cpu()
        cpu[state["stage"]] = cpu.get(state["stage"], 0.0) + now - state["since"]  # type: ignore[operator]
        # Children are counted once reaped: the pools at the end of their stage, the statements'
        # judge and report.json's child when their result is taken.
        children_cpu[state["stage"]] = (
            children_cpu.get(state["stage"], 0.0) + children_now - state["children_since"]  # type: ignore[operator]
        )
        walls[state["stage"]] = walls.get(state["stage"], 0.0) + time.perf_counter() - state["wall_since"]  # type: ignore[operator]
        resident[state["stage"]] = round(_resident_mib())
        state.update(stage=stage, since=time.process_time(), children_since=children_now, wall_since=time.perf_counter())
        if profile == stage:
            profiler.enable()

    def on_progress(stage: str, done: int, total: int) -> None:
        if stage == "ingest":
            enter("extract")
        elif stage in ("align", "judge") and done == 0 and state["stage"] != stage:
            enter(stage)

    children = _children_cpu()
    wall = time.perf_counter()
    report = run([corpus], Settings(jobs=jobs), on_progress=on_progress)
    enter("report")
    # As the CLI writes them (report.json in part beside the others, unless --jobs 1).
    write_reports(report, out, ("json", "html", "markdown"), jobs)
    view = io.StringIO()
    terminal.render(report, Console(file=view, width=100, color_system=None))
    (out / "terminal.txt").write_text(view.getvalue(), encoding="utf-8")
    enter("done")
    result = {stage: round(cpu.get(stage, 0.0), 2) for stage in STAGES}
    result["total"] = round(sum(result.values()), 2)
    result["extract_workers"] = round(_children_cpu() - children, 2)  # every child, whatever its stage
    result["wall_by_stage"] = {stage: round(walls.get(stage, 0.0), 2) for stage in STAGES}  # type: ignore[assignment]
    result["children_by_stage"] = {stage: round(children_cpu.get(stage, 0.0), 2) for stage in STAGES}  # type: ignore[assignment]
    result["wall"] = round(time.perf_counter() - wall, 2)
    result["peak_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    result["resident_mib_after"] = {stage: resident.get(stage, 0.0) for stage in STAGES}  # type: ignore[assignment]
    result["articles"] = len(report.articles)
    result["claims"] = len(report.claims)
    result["json_mib"] = round((out / "report.json").stat().st_size / 2**20, 1)
    result["html_mib"] = round((out / "report.html").stat().st_size / 2**20, 1)
    if profile:
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(40)
        print(text.getvalue(), file=sys.stderr)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", type=int, default=0, help="extraction processes (0 = one per core)")
    parser.add_argument("--out", type=Path, help="keep the reports in this folder (default: a temporary one)")
    parser.add_argument("--profile", choices=STAGES, help="print a cProfile of this stage on stderr")
    args = parser.parse_args(argv)
    if args.out:
        print(json.dumps(measure(args.corpus, args.jobs, args.out, args.profile)))
        return
    with tempfile.TemporaryDirectory() as out:
        print(json.dumps(measure(args.corpus, args.jobs, Path(out), args.profile)))


if __name__ == "__main__":
    main()
