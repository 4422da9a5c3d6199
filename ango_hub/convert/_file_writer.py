"""The file-writer process of :class:`~ango_hub.convert._output.StagedFiles`: it creates the
files a conversion of many images hands it, while the conversion goes on in the parent.

Creating a file is work in the kernel (open, write, close), done in the process that asks for
it; a thread of the parent could only do it between the parent's own Python work (the GIL is
taken back after each system call), so the files are made by a process of their own, the
interpreter that runs the conversion started with ``-I -S -c`` and this module's source: only
the standard library, nothing of ango_hub imported.

The parent writes batches to the process's stdin: a batch is ``<count> <size>`` (two
little-endian uint32) then ``size`` bytes of ``count`` files, each ``<path length> <externalId
length> <data length>`` (three uint32; ``0xFFFFFFFF`` for no externalId) then the three
fields: the path relative to the folder given as the only argument (``os.fsencode`` of it),
the externalId (UTF-8, surrogates passed) and the file's bytes. At the end of stdin the
process exits with 0. On the first file that cannot be written it writes one JSON line to
stdout (``relative``, ``externalId``, ``error``: the system's message) and exits with 1,
writing nothing more; on anything else, ``{"crash": ...}`` and exit code 2.
"""

import errno
import json
import os
import struct
import sys
from typing import AnyStr, BinaryIO

__all__ = ["BATCH", "ITEM", "NO_ID", "create_file", "main", "write_all", "write_files"]

BATCH = struct.Struct("<II")
ITEM = struct.Struct("<III")
NO_ID = 0xFFFFFFFF

#: The flags of ``open(path, "wb")``.
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def write_all(handle: int, data: bytes) -> None:
    """Write every byte of ``data`` to the file descriptor ``handle``: after a short write (a
    signal, a full disk) the rest, or ``ENOSPC`` when nothing more is taken."""
    done = os.write(handle, data)
    while done < len(data):
        more = os.write(handle, memoryview(data)[done:])
        if not more:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        done += more


def create_file(path: AnyStr, data: bytes, made: set[AnyStr]) -> None:
    """Create (or empty) the file ``path`` holding ``data``, three system calls (open, write,
    close: ``open()`` adds a ``fstat`` and an ``ioctl``); its folder is made first unless it is
    in ``made``, the folders known to exist (it is added). Both writers of a conversion's files
    call this: the writer process with ``bytes`` paths, ``StagedFiles`` with ``str``."""
    parent = os.path.dirname(path)
    if parent not in made:
        os.makedirs(parent, exist_ok=True)
        made.add(parent)
    handle = os.open(path, _CREATE, 0o666)
    try:
        write_all(handle, data)
    finally:
        os.close(handle)


class WriteFailedError(Exception):
    """A file could not be written: its relative path, externalId and the system's message."""

    def __init__(self, relative: bytes, external_id: bytes | None, message: str) -> None:
        super().__init__(message)
        self.relative = relative
        self.external_id = external_id
        self.message = message

    def to_json(self) -> str:
        return json.dumps(
            {
                "relative": os.fsdecode(self.relative),
                "externalId": None
                if self.external_id is None
                else self.external_id.decode("utf-8", "surrogatepass"),
                "error": self.message,
            }
        )


def write_files(root: bytes, source: BinaryIO) -> None:
    """Write every file of the batches read from ``source`` under the folder ``root`` (which
    exists); raise :class:`WriteFailedError` at the first that cannot be written."""
    prefix = root + os.sep.encode()
    made = {root}
    unpack_batch, unpack_item, item_size = BATCH.unpack, ITEM.unpack_from, ITEM.size
    while True:
        head = source.read(BATCH.size)
        if not head:
            return
        if len(head) < BATCH.size:
            raise EOFError("a batch's header was cut short")
        count, size = unpack_batch(head)
        blob = source.read(size)
        if len(blob) < size:
            raise EOFError("a batch was cut short")
        position = 0
        for _ in range(count):
            path_size, id_size, data_size = unpack_item(blob, position)
            position += item_size
            relative = blob[position : position + path_size]
            position += path_size
            external_id: bytes | None = None
            if id_size != NO_ID:
                external_id = blob[position : position + id_size]
                position += id_size
            data = blob[position : position + data_size]
            position += data_size
            try:
                create_file(prefix + relative, data, made)
            except OSError as exc:
                raise WriteFailedError(relative, external_id, exc.strerror or str(exc)) from None


def main() -> int:
    """The process: ``sys.argv[1]`` is the folder; see the module's docstring."""
    import signal

    # Ctrl-C is the parent's to handle (it stops this process); the parent also starts it in
    # a session of its own, so a terminal's SIGINT does not reach it at all.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        write_files(os.fsencode(sys.argv[1]), sys.stdin.buffer)
    except WriteFailedError as exc:
        sys.stdout.write(exc.to_json() + "\n")
        return 1
    except BaseException as exc:  # a bug or a broken pipe: the parent reports it
        sys.stdout.write(json.dumps({"crash": f"{type(exc).__name__}: {exc}"}) + "\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
