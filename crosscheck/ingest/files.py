"""Finding the input files and turning their bytes into text, whatever state they come in.

Discovery walks folders in sorted order (so ids and reports are the same from run to run) and
leaves out what is not an article: hidden files, the ``meta.jsonl`` sidecar, our own reports,
``*.json`` files that hold no article records (answer keys, settings: passed over in silence
unless named on the command line) and folders that hold a crosscheck report.

Decoding never raises. Each problem becomes one line naming the file:

* a byte-order mark (UTF-8, UTF-16, UTF-32) is honoured and removed;
* bytes that are not UTF-8 are read as cp1252 (what Windows tools write), with a warning;
* NUL bytes without a BOM mean a binary file: skipped;
* an empty file is skipped;
* text longer than ``settings.max_article_chars`` is cut, with a warning; we never read more bytes
  than that cap can need, so a stray multi-gigabyte file costs nothing.

Line ends are made universal (``\\r\\n`` and ``\\r`` become ``\\n``); nothing else is touched, because
every later offset points into this text.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

#: Extensions read as plain text, as HTML, and as exports of one article per record.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv", ".json"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
#: documents a user may well mean as articles but that are not read: a folder walk names each one
#: it passes over, so a story kept only as a PDF is not dropped without a word (images, keys and
#: other files are passed over silently)
DOCUMENT_SUFFIXES = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages"})

SIDECAR_NAME = "meta.jsonl"
#: Files a crosscheck run writes; a folder holding one is an output folder, not input.
REPORT_NAMES = frozenset({"report.json", "report.html", "report.md", "report.txt"})
#: How a crosscheck HTML report starts, so one renamed or copied into a corpus is not read back.
_REPORT_SIGNATURE = b"<title>crosscheck report"

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Source:
    """One input file: where it is, and the name the report uses for it."""

    path: Path
    #: path relative to the folder the user gave (for a single file: its name)
    rel: str
    #: the folder the user gave (for a single file: the folder it is in)
    root: Path
    #: named on the command line (not found in a folder walk): a file that turns out not to
    #: be articles is then worth a line, where one met in a walk is passed over
    named: bool = False


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the one-line notes about how."""

    text: str
    notes: tuple[str, ...] = ()


class Unreadable(Exception):
    """Raised inside ingest only, turned into a ``Skipped`` line by the caller."""


class NotArticles(Unreadable):
    """A file that is well formed but holds no articles (a JSON answer key, our own report):
    named when the user gave it, passed over when a folder walk met it."""


# --------------------------------------------------------------------------- discovery


def _is_hidden(rel_parts: Sequence[str]) -> bool:
    return any(part.startswith(".") for part in rel_parts)


def _is_report_folder(folder: Path) -> bool:
    try:
        return os.path.isfile(folder / "report.json")
    except OSError:  # a folder we may not look into: the walk itself names it
        return False


def _walk(root: Path, problems: list[tuple[str, str]]) -> Iterator[Path]:
    """Every file under root, sorted, leaving out hidden entries and report folders.

    What the walk cannot enter is named in ``problems`` (a folder that cannot be read; a link to
    a folder, which is not followed, so a link back up cannot walk forever), never dropped
    without a word.
    """

    def rel(path: str | os.PathLike[str]) -> str:
        return Path(path).relative_to(root).as_posix()

    def cannot_enter(error: OSError) -> None:
        if error.filename is not None and Path(error.filename) != root:
            problems.append((rel(error.filename), f"folder cannot be read ({_reason(error)})"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=cannot_enter):
        here = Path(dirpath)
        kept = []
        for name in sorted(dirnames):
            if name.startswith("."):
                continue
            if os.path.islink(here / name):
                problems.append((rel(here / name), "a link to a folder, not followed (give that folder itself)"))
            elif not _is_report_folder(here / name):
                kept.append(name)
        # Replacing in place makes os.walk itself visit only these folders, in order.
        dirnames[:] = kept
        for name in sorted(filenames):
            if not name.startswith("."):
                yield here / name


def _is_regular(path: Path) -> bool:
    """A regular file, or a link to one; a broken link counts as one (reading it says so)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return True  # reading it will name the problem


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or str(error)


def _is_our_report(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return _REPORT_SIGNATURE in handle.read(4096)
    except OSError:
        return False  # reading it properly will report the problem


def is_article_candidate(path: Path) -> bool:
    """Whether a file found in a folder walk is read as an article at all (silently, if not)."""
    name = path.name.lower()
    if name == SIDECAR_NAME or name in REPORT_NAMES:
        return False
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES and _is_our_report(path):
        return False
    return suffix in ARTICLE_SUFFIXES


def discover(
    paths: Sequence[str | Path],
) -> tuple[list[Source], list[tuple[str, str]]]:
    """The input files under ``paths``, in a stable order, and (file, reason) for bad paths.

    A file named explicitly is read whatever its extension (an unknown one is read as text); a
    file found in a folder walk is read only when its extension is one we know.
    """
    sources: list[Source] = []
    problems: list[tuple[str, str]] = []
    seen: set[Path] = set()

    def add(source: Source, key: Path | None = None) -> None:
        key = key or source.path.resolve()
        if key not in seen:
            seen.add(key)
            sources.append(source)

    for given in paths:
        path = Path(given)
        try:
            path.stat()
        except FileNotFoundError:
            reason = "a link to a missing file" if path.is_symlink() else "no such file or folder"
            problems.append((str(given), reason))
            continue
        except OSError as error:  # e.g. inside a folder we may not look into
            problems.append((str(given), f"cannot be read ({_reason(error)})"))
            continue
        if path.is_dir():
            if not os.access(path, os.R_OK | os.X_OK):
                problems.append((str(given), "folder cannot be read (permission denied)"))
                continue
            # Sorted by path parts, so "a/z.txt" comes before "b.txt" as in a file listing.
            found_files = sorted(_walk(path, problems), key=lambda p: p.relative_to(path).parts)
            # The walk does not follow links to folders, so a found file resolves under the
            # resolved folder unless it is a link itself: one resolve per folder, not per file
            # (resolving walks every component of the path, a system call each).
            real_root = path.resolve()
            for found in found_files:
                rel_parts = found.relative_to(path).parts
                if _is_hidden(rel_parts):
                    continue
                if found.suffix.lower() in ARTICLE_SUFFIXES and not _is_regular(found):
                    # opening a named pipe waits for a writer: the run would hang
                    problems.append(("/".join(rel_parts), "not a regular file (a pipe, socket or device); not read"))
                elif is_article_candidate(found):
                    key = None if found.is_symlink() else real_root.joinpath(*rel_parts)
                    add(Source(found, "/".join(rel_parts), path), key)
                elif found.suffix.lower() in DOCUMENT_SUFFIXES:
                    problems.append((
                        "/".join(rel_parts),
                        f"not read: a {found.suffix.lower()} document (save the article as text or HTML)",
                    ))
        elif path.is_file():
            if path.suffix.lower() in DOCUMENT_SUFFIXES:
                problems.append((str(given), f"not read: a {path.suffix.lower()} document (save the article as text or HTML)"))
            else:
                add(Source(path, path.name, path.parent, named=True))
        else:
            problems.append((str(given), "not a regular file or folder"))
    return sources, problems


# --------------------------------------------------------------------------- reading and decoding


def read_capped(path: Path, max_chars: int) -> tuple[bytes, bool]:
    """The file's bytes, at most as many as ``max_chars`` characters can need (4 per char in
    UTF-8, plus a BOM); the flag says whether bytes were left unread."""
    limit = max_chars * 4 + 4
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except PermissionError as exc:
        raise Unreadable("cannot be read (permission denied)") from exc
    except IsADirectoryError as exc:
        raise Unreadable("is a folder, not a file") from exc
    except FileNotFoundError as exc:
        missing = "is a link to a missing file" if path.is_symlink() else "has gone (deleted during the run?)"
        raise Unreadable(missing) from exc
    except OSError as exc:
        raise Unreadable(f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        return data[:limit], True
    return data, False


def _strip_bom(data: bytes) -> tuple[bytes, str | None]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], encoding
    return data, None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Text saved as UTF-16 without a BOM: NUL in every other byte for mostly-ASCII text.

    Anything else with NUL bytes (images, archives, PDFs) is binary. The test is strict (at least
    90% of one byte column NUL, and the decoded text printable) so binary is not misread.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    pairs = len(data) // 2
    for encoding, zero_column in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if zero_column.count(0) < 0.9 * pairs:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            return None
        if all(ch.isprintable() or ch in "\n\r\t" for ch in text):
            return text, encoding
    return None


def _decode_utf8(data: bytes, truncated: bool) -> str:
    """Strict UTF-8; when the bytes were cut, an incomplete last character is dropped, not an error."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    return decoder.decode(data, final=not truncated)


def _first_bad_byte(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    return "an invalid byte"


def universal_newlines(text: str) -> str:
    """\\r\\n and lone \\r become \\n, as Python's universal-newlines mode reads them."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, *, truncated: bool = False) -> Decoded:
    """Bytes to text. Raises ``Unreadable`` for binary or empty input; notes the rest."""
    body, bom_encoding = _strip_bom(data)
    notes: list[str] = []
    if bom_encoding is not None:
        text = body.decode(bom_encoding, errors="replace")
        if bom_encoding != "utf-8":
            notes.append(f"decoded as {bom_encoding.upper()} (byte-order mark)")
    elif b"\x00" in body:
        guessed = _utf16_without_bom(body)
        if guessed is None:
            raise Unreadable("looks binary (contains NUL bytes); not read")
        text, encoding = guessed
        notes.append(f"no byte-order mark, but reads as {encoding.upper()}; decoded so")
    else:
        try:
            text = _decode_utf8(body, truncated)
        except UnicodeDecodeError:
            where = _first_bad_byte(body)
            # cp1252 leaves five bytes undefined; those alone fall back to U+FFFD.
            text = body.decode("cp1252", errors="replace")
            notes.append(f"not valid UTF-8 ({where}); decoded as cp1252")
    text = universal_newlines(text)
    if not text.strip():
        raise Unreadable("is empty")
    return Decoded(text, tuple(notes))


def cap_text(text: str, max_chars: int) -> tuple[str, str | None]:
    """Text cut to ``max_chars``, and the note saying so (None when it fitted)."""
    if len(text) <= max_chars:
        return text, None
    return text[:max_chars], (
        f"longer than {max_chars:,} characters ({len(text):,} or more); "
        "cut to the limit (settings.max_article_chars)"
    )


def read_text(path: Path, max_chars: int) -> Decoded:
    """A text file as the article text: decoded, universal newlines, capped."""
    data, truncated = read_capped(path, max_chars)
    if not data:
        raise Unreadable("is empty")
    decoded = decode(data, truncated=truncated)
    text, note = cap_text(decoded.text, max_chars)
    if truncated and note is None:
        note = f"larger than the {max_chars:,}-character limit; cut (settings.max_article_chars)"
    notes = decoded.notes + ((note,) if note else ())
    return Decoded(text, notes)
