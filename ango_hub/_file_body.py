"""The body of a file upload, streamed from disk a chunk at a time and readable again.

httpx sends an iterable ``content`` as it iterates it, so a file of any size costs one chunk
of memory. Each iteration opens the file afresh and reads it from the start: a retried
``PUT`` (the pipeline builds the request again) sends the whole file again. The caller
sets ``Content-Length`` (``size``): storage services refuse chunked uploads to presigned
URLs. :class:`FileBody` is for ``Client``, :class:`AsyncFileBody` for ``AsyncClient`` (its
reads are small and local, done in the event loop as httpx does for multipart files).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

__all__ = ["CHUNK_SIZE", "AsyncFileBody", "FileBody"]

#: Bytes read (and sent) at a time.
CHUNK_SIZE = 64 * 1024


class _Body:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        #: The size when the body was made (sent as ``Content-Length``).
        self.size = self.path.stat().st_size

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r}, size={self.size})"

    def _chunks(self) -> Iterator[bytes]:
        with self.path.open("rb") as file:
            while chunk := file.read(CHUNK_SIZE):
                yield chunk


class FileBody(_Body):
    """A file as an iterable of chunks, for ``httpx.Client`` (re-iterable)."""

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks()


class AsyncFileBody(_Body):
    """A file as an async iterable of chunks, for ``httpx.AsyncClient`` (re-iterable)."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            yield chunk
