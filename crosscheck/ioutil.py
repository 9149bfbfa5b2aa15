"""Writing output files so that a reader never sees half of one.

A report is written to a temporary file in the same folder, flushed to disk, then moved over the
old one with ``os.replace``, which is atomic on POSIX and Windows when both are on one file
system (hence the same folder). If anything fails on the way, the old report is still whole and
the temporary file is removed. The folder is made if it does not exist yet.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path


def _mode_for(path: Path) -> int:
    """The existing file's permissions, else what a plain ``open()`` would give (0o666 - umask)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, data: str | bytes | Iterable[str | bytes]) -> None:
    """Write ``data`` to ``path`` all at once: the old file stays whole until the new one is.

    ``data`` may be the text in pieces (a renderer's chunks, or bytes already encoded), so a
    large report is written as it is made instead of being held whole, twice over (text and
    bytes), in memory.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pieces: Iterable[bytes | str] = [data] if isinstance(data, (str, bytes)) else data
    mode = _mode_for(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb", buffering=1 << 20) as temp:
            for piece in pieces:
                temp.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
            temp.flush()
            os.fsync(temp.fileno())
        # mkstemp makes 0600 files; a report should be as readable as any file the user writes.
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
