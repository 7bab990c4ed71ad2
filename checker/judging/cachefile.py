"""The on-disk layout of the prepared index: data only, nothing in it can run code when it is read.

    MAGIC, a 4-byte version, an 8-byte header length, a JSON header, then the raw bytes of every array.

The header describes the object tree with tagged JSON lists (["dict", pairs], ["array", typecode, offset, count],
["object", class name, attributes] …). Objects can only be of the classes in `CLASSES`, built without running
their constructors; arrays only of the type codes in `TYPECODES`. Anything else is an error, which the cache
treats as a miss.
"""
from __future__ import annotations

import json
import struct
from array import array

MAGIC = b"claimsift-cache\0"
VERSION = 1
TYPECODES = {"l", "q", "i", "d"}


class CacheFormatError(ValueError):
    """The bytes are not a cache file this version wrote."""


def _classes() -> dict[str, type]:
    from checker.judging.index import PhrasingIndex
    from checker.judging.matching import Prepared

    return {"Prepared": Prepared, "PhrasingIndex": PhrasingIndex}


def dumps(value: object) -> bytes:
    blobs: list[bytes] = []
    offset = [0]
    classes = {cls: name for name, cls in _classes().items()}

    def encode(item):
        if item is None or isinstance(item, (bool, int, float, str)):
            return item
        if isinstance(item, array):
            if item.typecode not in TYPECODES:
                raise CacheFormatError(f"array type {item.typecode!r}")
            data = item.tobytes()
            blobs.append(data)
            offset[0] += len(data)
            return ["array", item.typecode, offset[0] - len(data), len(item)]
        if isinstance(item, dict):
            return ["dict", [[encode(k), encode(v)] for k, v in item.items()]]
        for kind in (list, tuple, frozenset):
            if type(item) is kind:
                return [kind.__name__, [encode(v) for v in item]]
        name = classes.get(type(item))
        if name is None:
            raise CacheFormatError(f"cannot store a {type(item).__name__}")
        state = item.__getstate__() if hasattr(type(item), "__getstate__") else vars(item)
        return ["object", name, {k: encode(v) for k, v in state.items()}]

    header = json.dumps(encode(value), separators=(",", ":")).encode("utf-8")
    return MAGIC + struct.pack("<IQ", VERSION, len(header)) + header + b"".join(blobs)


def loads(data: bytes) -> object:
    start = len(MAGIC) + struct.calcsize("<IQ")
    if not data.startswith(MAGIC) or len(data) < start:
        raise CacheFormatError("not a claimsift cache file")
    version, length = struct.unpack_from("<IQ", data, len(MAGIC))
    if version != VERSION or start + length > len(data):
        raise CacheFormatError("another version or a truncated file")
    tree = json.loads(data[start:start + length].decode("utf-8"))
    blob = memoryview(data)[start + length:]
    classes = _classes()

    def decode(item):
        if not isinstance(item, list):
            if isinstance(item, dict):
                raise CacheFormatError("bare JSON object")
            return item
        tag, *rest = item
        if tag == "array":
            typecode, at, count = rest
            if typecode not in TYPECODES:
                raise CacheFormatError(f"array type {typecode!r}")
            values = array(typecode)
            end = at + count * values.itemsize
            if not 0 <= at <= end <= len(blob):
                raise CacheFormatError("array outside the file")
            values.frombytes(blob[at:end])
            return values
        if tag == "dict":
            return {decode(k): decode(v) for k, v in rest[0]}
        if tag in ("list", "tuple", "frozenset"):
            return {"list": list, "tuple": tuple, "frozenset": frozenset}[tag](decode(v) for v in rest[0])
        if tag == "object" and rest[0] in classes:
            made = object.__new__(classes[rest[0]])
            made.__dict__.update({str(k): decode(v) for k, v in rest[1].items()})
            return made
        raise CacheFormatError(f"unknown tag {tag!r}")

    return decode(tree)
