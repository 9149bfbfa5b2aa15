"""Writing a user's folder in a test: text as UTF-8 unless given as bytes."""

from __future__ import annotations

from pathlib import Path


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path
