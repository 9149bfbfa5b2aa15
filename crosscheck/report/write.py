"""Writing the report files: each one whole or not at all, on two cores.

Every file is written with :func:`crosscheck.ioutil.write_atomic`, in pieces as its renderer
makes them. report.json is the largest and slowest to make on a big corpus (every record of
the run), while the HTML page and the Markdown summary are bounded. So, unless ``jobs`` is 1,
a forked child (:func:`crosscheck.parallel.in_background`) makes the first part of
report.json into a hidden file beside it while this process renders the other files; this
process then makes the rest and writes report.json whole, the child's part first. Each file is
the same, byte for byte, as when written in turn.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from crosscheck.ioutil import write_atomic
from crosscheck.model import Report
from crosscheck.parallel import in_background, runs_beside
from crosscheck.report.json import json_chunks

Renderer = Callable[[Report], "str | Iterable[str]"]

#: The share of report.json's lines the child makes while this process renders the other files:
#: at 3,000 generated articles the JSON takes 8.4 s of CPU and the page 3.5 s, and the page
#: grows less (its cards are capped), so two thirds keep both processes busy about as long.
SHARE_BESIDE = 2 / 3

#: The file each format is written to.
FILE_NAMES = {"json": "report.json", "html": "report.html", "markdown": "report.md"}


def _renderers() -> dict[str, Renderer]:
    # Imported when writing: the HTML renderer brings Jinja2 and its templates.
    from crosscheck.report import html, markdown

    return {"json": json_chunks, "html": html.chunks, "markdown": markdown.render}


def write_reports(report: Report, folder: Path, formats: Sequence[str], jobs: int = 0) -> list[Path]:
    """Write ``formats`` (of :data:`FILE_NAMES`; others are left to the caller) into ``folder``.

    Returns the paths written, in the order of ``formats``. ``jobs`` 1 writes them one after
    the other in this process.
    """
    renderers = _renderers()
    folder = Path(folder)
    targets = [(fmt, folder / FILE_NAMES[fmt]) for fmt in formats if fmt in FILE_NAMES]
    if "json" not in formats or not runs_beside(jobs):
        for fmt, path in targets:
            write_atomic(path, renderers[fmt](report))
        return [path for _, path in targets]

    others = [(fmt, path) for fmt, path in targets if fmt != "json"]
    split = SHARE_BESIDE if others else 0.5
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".report.json.", suffix=".part", dir=folder)
    os.close(handle)
    part = Path(name)
    try:
        child = in_background(lambda: _write_plain(part, json_chunks(report, (0.0, split))), jobs)
        try:
            for fmt, path in others:
                write_atomic(path, renderers[fmt](report))
        except BaseException:
            child.cancel()
            raise
        child.result()
        write_atomic(folder / FILE_NAMES["json"], _joined(part, json_chunks(report, (split, 1.0))))
    finally:
        part.unlink(missing_ok=True)
    return [path for _, path in targets]


def _write_plain(path: Path, chunks: Iterable[str]) -> None:
    with path.open("wb", buffering=1 << 20) as out:
        for chunk in chunks:
            out.write(chunk.encode("utf-8"))


def _joined(path: Path, rest: Iterable[str], size: int = 1 << 20) -> Iterator[bytes | str]:
    """The file's bytes, then ``rest``."""
    with path.open("rb") as part:
        while block := part.read(size):
            yield block
    yield from rest
