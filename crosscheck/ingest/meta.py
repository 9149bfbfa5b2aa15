"""The ``meta.jsonl`` sidecar: what the user knows about each file, overriding what we infer.

One JSON object per line::

    {"file": "dawn.txt", "outlet": "Dawn", "published": "2025-04-08", "url": "...", "title": "..."}

``file`` is relative to the folder holding ``meta.jsonl``; every other field is optional and
unknown keys ("note") are ignored. A line that cannot be used becomes one warning naming
``meta.jsonl`` and the line number; the other lines still count.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from crosscheck.ingest.dates import parse_date_value
from crosscheck.ingest.draft import Draft
from crosscheck.ingest.files import SIDECAR_NAME, Unreadable, decode, read_capped

#: The fields a sidecar line may set, as the Article names them.
SIDECAR_FIELDS = ("outlet", "url", "title", "published")
_MAX_SIDECAR_CHARS = 50_000_000


@dataclass(frozen=True, slots=True)
class SidecarEntry:
    """What one sidecar line says about one file (None: not said)."""

    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    #: the line of meta.jsonl it came from, for warnings
    line: int = 0

    def given(self) -> dict[str, object]:
        """The fields this line sets."""
        return {
            name: value for name in SIDECAR_FIELDS if (value := getattr(self, name)) is not None
        }


def _text_field(record: dict[str, object], name: str) -> str | None:
    value = record.get(name)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def parse_sidecar_line(line: str, where: str) -> tuple[str | None, SidecarEntry | None, list[str]]:
    """(file, entry, warnings) for one line; file None when the line is unusable or blank."""
    if not line.strip():
        return None, None, []
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        return None, None, [f"{where}: not valid JSON ({reason}); line ignored"]
    if not isinstance(record, dict):
        return None, None, [f"{where}: not a JSON object; line ignored"]
    file = _text_field(record, "file")
    if file is None:
        return None, None, [f'{where}: no "file" field; line ignored']
    warnings: list[str] = []
    published = None
    if record.get("published") not in (None, ""):
        published = parse_date_value(record["published"])
        if published is None:
            warnings.append(
                f'{where}: "published" {record["published"]!r} is not a date (YYYY-MM-DD); ignored'
            )
    entry = SidecarEntry(
        outlet=_text_field(record, "outlet"),
        url=_text_field(record, "url"),
        title=_text_field(record, "title"),
        published=published,
    )
    return file.replace("\\", "/").removeprefix("./"), entry, warnings


def read_sidecar(folder: Path, label: str) -> tuple[dict[str, SidecarEntry], list[str]]:
    """The sidecar of ``folder`` keyed by file (relative to the folder), and warnings.

    ``label`` is how warnings name the sidecar ("meta.jsonl", "sub/meta.jsonl").
    """
    path = folder / SIDECAR_NAME
    if not path.is_file():
        return {}, []
    try:
        data, _ = read_capped(path, _MAX_SIDECAR_CHARS)
        text = decode(data).text if data.strip() else ""
    except Unreadable as exc:
        return {}, [f"{label}: {exc}; sidecar ignored"]
    entries: dict[str, SidecarEntry] = {}
    warnings: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        file, entry, notes = parse_sidecar_line(line, f"{label} line {number}")
        warnings.extend(notes)
        if file is None or entry is None:
            continue
        entry = replace(entry, line=number)
        if file in entries:
            warnings.append(f"{label} line {number}: second line for {file!r}; it wins")
        entries[file] = entry
    return entries, warnings


def _label(folder: Path, root: Path) -> str:
    try:
        rel = folder.relative_to(root).as_posix()
    except ValueError:
        rel = "."
    return SIDECAR_NAME if rel == "." else f"{rel}/{SIDECAR_NAME}"


@dataclass
class SidecarStore:
    """The sidecars of every folder an article comes from, read once each."""

    _folders: dict[Path, dict[str, SidecarEntry]] = field(default_factory=dict)
    _labels: dict[Path, str] = field(default_factory=dict)
    _warnings: list[str] = field(default_factory=list)
    _chains: dict[tuple[Path, Path], list[Path]] = field(default_factory=dict)

    def _entries(self, folder: Path, root: Path) -> dict[str, SidecarEntry]:
        if folder not in self._folders:
            label = _label(folder, root)
            entries, warnings = read_sidecar(folder, label)
            self._folders[folder] = entries
            self._labels[folder] = label
            self._warnings.extend(warnings)
        return self._folders[folder]

    def _chain(self, root: Path, folder: Path) -> list[Path]:
        key = (root, folder)
        if key not in self._chains:
            self._chains[key] = _folders_between(root, folder)
        return self._chains[key]

    def apply(self, draft: Draft) -> None:
        """Lay the sidecar lines about this draft's file over its metadata.

        Sidecars from the folder given down to the file's own folder apply in turn, so the
        nearest wins. For a record of an export, the record's own fields win over a line that
        describes the whole file.
        """
        if draft.path is None or draft.root is None:
            return
        folders = self._chain(draft.root, draft.path.parent)
        # The file's path below each folder of the chain: one relative_to per file (pathlib
        # parses every path it makes, and a corpus is thousands of files in a few folders).
        names = draft.path.relative_to(folders[0]).parts
        for depth, folder in enumerate(folders):
            key = "/".join(names[depth:])
            entry = self._entries(folder, draft.root).get(key)
            if entry is None:
                continue
            label = self._labels[folder]
            for name, value in entry.given().items():
                if draft.from_record and name in draft.meta:
                    continue
                draft.set(name, value, label)

    def warnings(self, read_files: set[Path]) -> list[str]:
        """What went wrong reading the sidecars, and lines naming files that are not there."""
        notes = list(self._warnings)
        for folder, entries in self._folders.items():
            label = self._labels[folder]
            for file, entry in entries.items():
                target = folder / file
                if target not in read_files and not target.exists():
                    notes.append(f"{label} line {entry.line}: no file {file!r} in its folder")
        return notes


def _folders_between(root: Path, folder: Path) -> list[Path]:
    """root, then each folder down to ``folder`` (just ``folder`` when it is outside root)."""
    try:
        parts = folder.relative_to(root).parts
    except ValueError:
        return [folder]
    chain = [root]
    for part in parts:
        chain.append(chain[-1] / part)
    return chain
