"""An article on its way in: text and metadata with where each value came from.

Each reader (text, HTML, records) makes ``Draft`` objects; ``load`` then lays the sidecar over
them, infers what is still missing, gives ids, marks furniture and finds duplicates. Drafts are
internal and mutable; what leaves ingest is the frozen ``Article``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

#: metadata field -> (value, where it came from)
Meta = dict[str, tuple[object, str]]


@dataclass(slots=True)
class Draft:
    #: the file as the report names it (relative to the folder the user gave)
    file: str
    #: what the id is made from: the file stem, or a record's own id
    id_hint: str
    text: str
    #: the file the text was read from and the folder the user gave (None for stdin)
    path: Path | None = None
    root: Path | None = None
    meta: Meta = field(default_factory=dict)
    #: a dateline without a year, kept until the story's other dates can resolve it
    partial_date: tuple[int, int, str] | None = None
    #: True for records of an export, whose own fields outrank a file-level sidecar line
    from_record: bool = False

    def set(self, name: str, value: object, source: str) -> None:
        if value is not None and value != "":
            self.meta[name] = (value, source)

    def value(self, name: str) -> object:
        return self.meta.get(name, (None, ""))[0]

    @property
    def published(self) -> date | None:
        value = self.value("published")
        return value if isinstance(value, date) else None
