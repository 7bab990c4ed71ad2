"""From a file, a directory or stdin to sentences with kinds and self-contained forms."""
from __future__ import annotations

import codecs
import re
import sys
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path

from claims.blocks import Block
from claims.context import self_contained, subject_of
from claims.directives import find_directives
from claims.errors import InputError
from claims.kinds import classify, is_reference_entry
from claims.links import find_links
from claims.location import LineIndex
from claims.models import Document, Kind, Sentence
from claims.normalise import first_visible, mixed_script_domains, normalise
from claims.splitter import split_sentences

FORMATS = {
    ".md": "markdown", ".markdown": "markdown", ".mdx": "markdown",
    ".html": "html", ".htm": "html",
    ".txt": "text", ".text": "text",
}
_SPACES = re.compile(r"\s+")
MAX_SENTENCE_CHARS = 5000


# UTF-32 before UTF-16: the UTF-32 LE byte-order mark starts with the UTF-16 LE one
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, path: str) -> str:
    """UTF-8 (with or without a byte-order mark), or UTF-16 or UTF-32 with one; anything else with NULs is binary."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data[len(mark):].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"{path}: not {encoding[:6].upper()} text despite its byte-order mark "
                                 f"(undecodable byte at offset {error.start + len(mark)})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text (undecodable byte at offset {error.start})") from None
    return text.removeprefix("\ufeff")


def format_of(path: str, text: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in FORMATS:
        return FORMATS[suffix]
    head = text[:4096]
    if re.search(r"<(?:!doctype html|html|body|p|div|h[1-6]|article)\b", head, re.I):
        return "html"
    if re.search(r"^(?:#{1,6} |```|---\s*$)", head, re.M):
        return "markdown"
    return "text"


def read_text(text: str, path: str = "<text>", fmt: str | None = None) -> Document:
    fmt = fmt or format_of(path, text)
    blocks = _read_blocks(text, fmt)
    return Document(
        path=path, sentences=build_sentences(blocks, text, path), title=_title(blocks),
        directives=find_directives(text, fmt),
    )


DEFAULT_MAX_BYTES = 5_000_000  # as the configuration's max_file_size


def read_path(path: str | Path, max_bytes: int | None = None) -> Document:
    """Read a file or stdin ("-"): regular files only, at most `max_bytes` (default 5 MB) read."""
    from claims.files import ReadRefused, read_bounded, read_stream

    name = str(path)
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    try:
        if name == "-":
            name = "<stdin>"
            if sys.stdin is None:
                raise InputError("stdin is closed; nothing to read")
            data = read_stream(sys.stdin.buffer, limit, what="input")
        else:
            data = read_bounded(path, limit)
    except ReadRefused as refused:
        raise InputError(f"{name}: {refused}") from None
    except FileNotFoundError:
        raise InputError(f"{name}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror or error})") from None
    return read_text(decode(data, name), name)


def find_documents(paths: list[str], include: list[str] | None = None, exclude: list[str] | None = None) -> Iterator[str]:
    """Files to check: each given file, and the text, Markdown and HTML files under each directory."""
    from claims.discovery import Discovery

    return Discovery(include or (), exclude or ()).files(paths)


def _read_blocks(text: str, fmt: str) -> list[Block]:
    if fmt == "markdown":
        from claims.readers.markdown import read_markdown

        return read_markdown(text)
    if fmt == "html":
        from claims.readers.html import read_html

        return read_html(text)
    from claims.readers.text import read_text as read_plain

    return read_plain(text)


def _title(blocks: list[Block]) -> str:
    for block in blocks:
        if block.role == "heading":
            return _SPACES.sub(" ", block.text).strip()
    return ""


def build_sentences(blocks: list[Block], source: str, path: str) -> list[Sentence]:
    lines = LineIndex(source)
    sentences: list[Sentence] = []
    last_sentence_of: dict[int, str] = {}
    heading = ""
    antecedent: str | None = None
    for number, block in enumerate(blocks):
        spans = split_sentences(block.text) if block.role != "heading" else _whole(block.text)
        spans = [piece for span in spans for piece in _bounded(block.text, span)]
        lead_in = last_sentence_of.get(block.lead_in) if block.lead_in is not None else None
        if lead_in is not None and not lead_in.endswith(":"):
            lead_in = None
        link_offsets = [offset for offset, _ in block.links]
        reference_entry = block.role != "heading" and is_reference_entry(block.text)
        for index, (start, end) in enumerate(spans):
            start = first_visible(block.text, start, end)  # the sentence is where its first visible character is
            # normalised once located, so positions stay those of the file
            text = _SPACES.sub(" ", normalise(block.text[start:end])).strip()
            if not text:
                continue  # nothing but invisible characters
            next_start = spans[index + 1][0] if index + 1 < len(spans) else len(block.text) + 1
            # Links belong to the sentence they start in (links are in text order, so a slice finds them).
            low = 0 if index == 0 else bisect_left(link_offsets, start)
            hrefs = [href for _, href in block.links[low:bisect_left(link_offsets, next_start)]]
            urls, domains = find_links(text, hrefs)
            lookalikes = mixed_script_domains(text, domains)
            if lookalikes:
                domains = tuple(dict.fromkeys([*domains, *(latin for latin, _ in lookalikes if latin)]))
            item_lead = lead_in if index == 0 and block.role == "item" else None
            kind = Kind.CITATION if reference_entry else classify(text, block.role, item_lead if block.role == "item" else None)
            claim = text
            if kind in (Kind.CLAIM, Kind.OPINION, Kind.ADVICE, Kind.OTHER) and block.role != "heading":
                claim = self_contained(text, lead_in=item_lead, antecedent=antecedent)
            line, column = lines.position(block.source_offset(start))
            sentences.append(
                Sentence(
                    path=path, line=line, column=column, kind=kind, text=text, claim=claim,
                    context=heading, role=block.role, urls=urls, domains=domains,
                    warnings=tuple(f"mixed-script domain {written}" for _, written in lookalikes),
                )
            )
            if kind != Kind.HEADING:
                antecedent = subject_of(claim) or antecedent
        if spans:
            last_sentence_of[number] = _SPACES.sub(" ", block.text[spans[-1][0]:spans[-1][1]])
        if block.role == "heading":
            heading = _SPACES.sub(" ", block.text).strip()
            antecedent = None
    return sentences


def _bounded(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Cut a run-on "sentence" longer than MAX_SENTENCE_CHARS at spaces, so that no step sees megabytes at once."""
    start, end = span
    if end - start <= MAX_SENTENCE_CHARS:
        return [span]
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def _whole(text: str) -> list[tuple[int, int]]:
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return [(start, end)] if end > start else []
