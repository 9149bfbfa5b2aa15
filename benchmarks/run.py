"""The benchmark: generated corpora of N articles through the whole pipeline, and quantulum3 beside it.

    python -m benchmarks.run --sizes 100,1000,10000

For each size a corpus is generated (not timed), then a fresh Python process runs
``crosscheck.pipeline.run`` on it and writes the JSON and HTML reports, timing each stage from
the pipeline's own progress calls, and reads its peak memory (``ru_maxrss`` of the process and
of its extraction workers): a fresh process per size so one size's peak never hides another's.
A size that runs past ``--time-limit`` is reported as not finished. Results replace the
sections "End to end" and "quantulum3 side by side" of ``docs/benchmarks.md``; other sections
(written by hand) are kept.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate, write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
STAGES = ("ingest", "extract", "align", "judge", "report")


# --------------------------------------------------------------------------- one size, in a child


def measure(corpus: Path, jobs: int) -> dict[str, float]:
    """Run the pipeline on ``corpus`` and write its reports; stage times in seconds, memory in MiB."""
    from crosscheck.pipeline import give_back_large_blocks, run
    from crosscheck.report.write import write_reports
    from crosscheck.settings import Settings

    give_back_large_blocks()  # as `crosscheck run` does
    marks: dict[str, float] = {}
    start = time.perf_counter()

    def on_progress(stage: str, done: int, total: int) -> None:
        # The first call of a stage marks its start; ingest reports once, when it is done.
        marks.setdefault(stage, time.perf_counter())
        if stage == "judge" and done == 1:
            marks["judged"] = time.perf_counter()

    report = run([corpus], Settings(jobs=jobs), on_progress=on_progress)
    analysed = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        # As the CLI writes them: in pieces, report.json beside the page (unless --jobs 1).
        write_reports(report, Path(out), ("json", "html"), jobs)
    written = time.perf_counter()

    ingested = marks["ingest"]
    aligned_from = marks.get("align", analysed)
    judged_from = marks.get("judge", analysed)
    return {
        "articles": len(report.articles),
        "claims": len(report.claims),
        "statements": len(report.statements),
        "clusters": len(report.clusters),
        "ingest": ingested - start,
        "extract": aligned_from - ingested,
        "align": judged_from - aligned_from,
        "judge": marks.get("judged", analysed) - judged_from,
        "report": written - analysed,
        "total": written - start,
        "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def measure_in_child(corpus: Path, jobs: int, time_limit: float) -> dict[str, float] | None:
    command = [sys.executable, "-m", "benchmarks.run", "--measure", str(corpus), "--jobs", str(jobs)]
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=time_limit, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as error:
        raise SystemExit(f"benchmark run failed on {corpus}:\n{error.stderr}") from error
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- quantulum3


def quantity_speed(sample: int, seed: int) -> dict[str, object]:
    """Articles per second for quantity extraction alone: crosscheck's grammar and quantulum3."""
    texts = [a.text for a in generate(sample, seed)]
    words = sum(len(t.split()) for t in texts)
    result: dict[str, object] = {"sample": sample, "words": words}
    try:
        from crosscheck.extract.numbers import find_quantities

        start = time.perf_counter()
        found = sum(len(find_quantities(t)) for t in texts)
        result["crosscheck"] = {"seconds": time.perf_counter() - start, "quantities": found}
    except ImportError as error:
        result["crosscheck_error"] = str(error)
    try:
        from quantulum3 import parser

        start = time.perf_counter()
        found = sum(len(parser.parse(t)) for t in texts)
        result["quantulum3"] = {"seconds": time.perf_counter() - start, "quantities": found}
    except ImportError as error:
        result["quantulum3_error"] = f"quantulum3 is not installed ({error}); pip install '.[bench]'"
    return result


# --------------------------------------------------------------------------- the document


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    memory = ""
    try:
        kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))  # type: ignore[union-attr]
        memory = f", {kib / 1024 / 1024:.1f} GiB RAM"
    except (OSError, AttributeError):
        pass
    return f"{cpu}, {cores} cores available{memory}; Python {platform.python_version()} on {platform.system()}"


def end_to_end_section(rows: dict[int, dict[str, float] | None], jobs: int, time_limit: float, command: str) -> str:
    lines = [
        f"Measured {date.today().isoformat()} on {machine()}, with `{command}`",
        f"(`--jobs {jobs}`: {'one process per core' if jobs == 0 else f'{jobs} processes'} for extraction).",
        "Generated corpora (`benchmarks/generate.py`: ~800-word articles over six topics, hedged",
        "figures, quotes, reported speech and page furniture); times in seconds, from reading the",
        "files to writing report.json and report.html. Peak memory is the maximum resident set of",
        "the main process; the largest child's is given apart (workers that read and extract, and",
        "the forked children that judge statements and write report.json, whose resident set",
        "counts the pages they still share with the main process).",
        "",
        "| articles | ingest | segment + extract | align | judge | report | total | articles/s | peak MiB | child peak MiB | claims | statements |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, row in rows.items():
        if row is None:
            lines.append(f"| {size:,} | did not finish within {time_limit:,.0f} s |" + " |" * 10)
            continue
        lines.append(
            f"| {size:,} | " + " | ".join(f"{row[s]:.2f}" for s in STAGES)
            + f" | {row['total']:.2f} | {size / row['total']:,.0f} | {row['rss_mib']:,.0f} | "
            f"{row['worker_rss_mib']:,.0f} | {int(row['claims']):,} | {int(row['statements']):,} |"
        )
    finished = [(n, r) for n, r in rows.items() if r]
    if len(finished) >= 2:
        (n0, r0), (n1, r1) = finished[0], finished[-1]
        growth = (r1["total"] / r0["total"]) / (n1 / n0)
        lines += ["", f"Time per article from {n0:,} to {n1:,} articles: x{growth:.2f} "
                  "(1.00 is linear growth)."]
    lines += ["", "Targets (issue 8, on 2 cores): 300 articles/s end to end at 10,000 articles, peak under "
              "1 GB, near-linear growth."]
    return "\n".join(lines)


def quantulum_section(speed: dict[str, object]) -> str:
    sample, words = speed["sample"], speed["words"]
    lines = [
        f"Quantity extraction alone, in one process, on the first {sample} generated articles "
        f"({words:,} words): crosscheck's grammar (`crosscheck.extract.numbers.find_quantities`) and "
        "quantulum3's `parser.parse`, over the same texts. Only a sample is timed, because "
        "quantulum3 is slow; articles/s extrapolate from it.",
        "",
        "| extractor | seconds | articles/s | quantities found |",
        "|---|---:|---:|---:|",
    ]
    for name in ("crosscheck", "quantulum3"):
        data = speed.get(name)
        if isinstance(data, dict):
            lines.append(f"| {name} | {data['seconds']:.2f} | {sample / data['seconds']:,.0f} | {data['quantities']:,} |")
        else:
            lines.append(f"| {name} | not run: {speed.get(name + '_error')} | | |")
    lines += ["", "The counts differ by design: quantulum3 also reads dates, times and ordinals as "
              "quantities, and crosscheck keeps hedges and ranges as one quantity."]
    return "\n".join(lines)


def replace_section(doc: str, title: str, body: str) -> str:
    """Replace the '## title' section of doc (up to the next '## '), or append it."""
    block = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(doc):
        return pattern.sub(lambda _: block + "\n", doc, count=1).rstrip() + "\n"
    return doc.rstrip() + "\n\n" + block


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--jobs", type=int, default=0, help="extraction processes (0 = one per core)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--time-limit", type=float, default=1800, help="seconds allowed per size")
    parser.add_argument("--quantulum-sample", type=int, default=100, help="articles timed with quantulum3")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child's job
    args = parser.parse_args(argv)

    if args.measure:
        print(json.dumps(measure(args.measure, args.jobs)))
        return

    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")]
    command = "python -m benchmarks.run --sizes " + ",".join(str(s) for s in sizes)
    rows: dict[int, dict[str, float] | None] = {}
    with tempfile.TemporaryDirectory(prefix="crosscheck-bench-") as work:
        for size in sizes:
            corpus = Path(work, f"n{size}")
            write_corpus(corpus, size, args.seed)
            rows[size] = measure_in_child(corpus, args.jobs, args.time_limit)
            print(f"{size}: {rows[size]}", file=sys.stderr)
    speed = quantity_speed(args.quantulum_sample, args.seed)
    print(f"quantities: {speed}", file=sys.stderr)

    doc = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    doc = replace_section(doc, "End to end", end_to_end_section(rows, args.jobs, args.time_limit, command))
    doc = replace_section(doc, "quantulum3 side by side", quantulum_section(speed))
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(doc, encoding="utf-8")
    print(f"wrote {DOC}", file=sys.stderr)


if __name__ == "__main__":
    main()
