"""crosscheck: cross-check the numbers and quotes of news articles about one story.

The public API is :func:`check`: paths in, a :class:`~crosscheck.model.Report` out.
"""

from __future__ import annotations

__version__ = "0.1.0"

from crosscheck.model import Report  # noqa: E402
from crosscheck.settings import Settings  # noqa: E402


def check(paths, settings: Settings | None = None, on_progress=None) -> Report:  # type: ignore[no-untyped-def]
    """Read the articles at ``paths`` (folders, files) and cross-check them."""
    from crosscheck.pipeline import run

    return run(paths, settings or Settings(), on_progress=on_progress)


__all__ = ["Report", "Settings", "check", "__version__"]
