"""Read a file the way every input is read: regular files only, never more than a limit.

A FIFO would block a run forever and /dev/zero would fill memory; a file can grow after its size was checked
and /proc files report size 0. So a file is opened without blocking, refused unless it is a regular file, and read
to at most limit + 1 bytes, which says whether it is over the limit without reading the rest.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


class ReadRefused(ValueError):
    """The file is not one we read; the message says why, without the file's name."""


def read_stream(stream: BinaryIO, limit: int, what: str = "file") -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ReadRefused(f"{what} is larger than the limit of {limit} bytes")
    return data


def read_bounded(path: str | Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; OSError or ReadRefused otherwise."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(handle, "rb") as stream:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory")
        if not stat.S_ISREG(mode):
            raise ReadRefused("not a regular file")
        return read_stream(stream, limit)


def is_regular(path: str | Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False
