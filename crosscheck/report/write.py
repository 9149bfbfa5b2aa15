"""Writing the report files: each one whole or not at all, the JSON beside the others.

Every file is written with :func:`crosscheck.ioutil.write_atomic`, in pieces as its renderer
makes them. report.json is the largest and slowest to make on a big corpus (every record of
the run), while the HTML page and the Markdown summary are bounded; so, unless ``jobs`` is 1,
report.json is written by a forked child (:func:`crosscheck.parallel.in_background`) while
this process renders the others. Each file is the same, byte for byte, as when written alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from crosscheck.ioutil import write_atomic
from crosscheck.model import Report
from crosscheck.parallel import in_background, runs_beside

Renderer = Callable[[Report], "str | Iterable[str]"]

#: The file each format is written to.
FILE_NAMES = {"json": "report.json", "html": "report.html", "markdown": "report.md"}


def _renderers() -> dict[str, Renderer]:
    # Imported when writing: the HTML renderer brings Jinja2 and its templates.
    from crosscheck.report import html, markdown
    from crosscheck.report.json import json_chunks

    return {"json": json_chunks, "html": html.chunks, "markdown": markdown.render}


def write_reports(report: Report, folder: Path, formats: Sequence[str], jobs: int = 0) -> list[Path]:
    """Write ``formats`` (of :data:`FILE_NAMES`; others are left to the caller) into ``folder``.

    Returns the paths written, in the order of ``formats``. ``jobs`` 1 writes them one after
    the other in this process.
    """
    renderers = _renderers()
    targets = [(fmt, Path(folder) / FILE_NAMES[fmt]) for fmt in formats if fmt in FILE_NAMES]
    beside = [(f, p) for f, p in targets if f == "json"] if len(targets) > 1 and runs_beside(jobs) else []

    def writer(fmt: str, path: Path) -> Callable[[], None]:
        return lambda: write_atomic(path, renderers[fmt](report))

    jobs_beside = [in_background(writer(fmt, path), jobs) for fmt, path in beside]
    try:
        for fmt, path in targets:
            if (fmt, path) not in beside:
                write_atomic(path, renderers[fmt](report))
    except BaseException:
        for job in jobs_beside:
            job.cancel()
        raise
    for job in jobs_beside:
        job.result()
    return [path for _, path in targets]
