"""Resumable downloads: which byte range to ask for next, and whether an answer continues the file.

``exports.download`` keeps one :class:`DownloadState` per download. Before each attempt the
request pipeline asks it for the headers to send (``Range``/``If-Range`` once part of the file
is on disk and the server gave a validator); when an answer comes it decides where its body
goes (:meth:`DownloadState.start`), and after the body whether the file is complete
(:meth:`DownloadState.finish`). A failed attempt that added bytes a later attempt can continue
from does not count against ``max_retries`` (:meth:`DownloadState.advanced`).

The rules, from RFC 9110:

* a ``200`` is the whole file: the temporary file restarts from 0 (the server does not honour
  ranges, or ``If-Range`` no longer matches: the file changed);
* a ``206`` is spliced only when its ``Content-Range`` starts where the file ends, its total
  is the size already known, its body is not content-encoded and its ``ETag`` (if any) is the
  one ``If-Range`` named; otherwise nothing of it is written and the download restarts from 0,
  without ranges;
* without a strong ``ETag`` or a ``Last-Modified`` there is nothing to guard a resume with: the
  next attempt restarts from 0;
* a body with a ``Content-Encoding`` (the client asks for ``identity``) counts other bytes
  than the file's: it is never resumed.
"""

from __future__ import annotations

import re

import httpx

__all__ = ["DownloadState"]

_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.IGNORECASE)


def _validator(headers: httpx.Headers) -> str | None:
    """The strong ``ETag`` of an answer, else its ``Last-Modified``; None without either."""
    etag = str(headers.get("etag", "")).strip()
    if etag and not etag.startswith("W/"):
        return etag
    modified = str(headers.get("last-modified", "")).strip()
    return modified or None


def _length(headers: httpx.Headers) -> int | None:
    length = headers.get("content-length", "").strip()
    return int(length) if length.isdigit() else None


class DownloadState:
    """Where a download stands: bytes on disk, the file's size and validator, ranges usable."""

    def __init__(self) -> None:
        #: Bytes in the temporary file.
        self.offset = 0
        #: Size of the whole file (of the encoded body when ``encoded``), when known.
        self.total: int | None = None
        #: The strong ETag (or Last-Modified) that guards a resume.
        self.validator: str | None = None
        #: False once the server showed its ranges cannot be spliced (this download restarts).
        self.ranges = True
        #: The body of the current answer is content-encoded: its bytes are not the file's.
        self.encoded = False
        #: Where the body of the current answer started in the file.
        self.body_start = 0
        self._attempt_start = 0
        self._sent_range = False

    @property
    def resumable(self) -> bool:
        """Whether the next attempt asks for the rest of the file rather than all of it."""
        return self.offset > 0 and self.validator is not None and self.ranges and not self.encoded

    def headers(self) -> dict[str, str]:
        """The headers of the next attempt (called once before each)."""
        self._attempt_start = self.offset
        self._sent_range = self.resumable
        # Offsets count the bytes of the file: ask for it as it is stored.
        headers = {"Accept-Encoding": "identity"}
        if self._sent_range:
            assert self.validator is not None
            headers["Range"] = f"bytes={self.offset}-"
            headers["If-Range"] = self.validator
        return headers

    def advanced(self) -> bool:
        """Whether the last attempt added bytes that the next one continues from."""
        return self.offset > self._attempt_start and self.resumable

    def start(self, status: int, headers: httpx.Headers) -> int:
        """Where the body of a 2xx answer goes in the file: 0 (restart) or the current offset.

        Raises ``httpx.RemoteProtocolError`` (a failed attempt, retried from byte 0) for a
        ``206`` that does not continue the file; nothing of it is written.
        """
        encoding = headers.get("content-encoding", "identity").strip().lower()
        self.encoded = encoding not in ("", "identity")
        if status == 206:
            self._check_partial(headers)
        else:
            self.offset = 0
            self.validator = _validator(headers)
            self.total = _length(headers)
        self.body_start = self.offset
        return self.offset

    def _check_partial(self, headers: httpx.Headers) -> None:
        match = _CONTENT_RANGE.match(headers.get("content-range", ""))
        problem = None
        if match is None:
            problem = f"an unusable Content-Range {headers.get('content-range', '')[:100]!r}"
        else:
            first, last, size = int(match[1]), int(match[2]), match[3]
            total = None if size == "*" else int(size)
            length = _length(headers)
            etag = headers.get("etag", "").strip()
            validator = self.validator or ""
            resumed_etag = validator if self._sent_range and validator.startswith('"') else None
            if first != self.offset:
                problem = f"bytes from {first} where the file stops at {self.offset}"
            elif last < first or (total is not None and last >= total):
                problem = f"an impossible range {first}-{last}/{size}"
            elif total is not None and self.total is not None and total != self.total:
                problem = f"a file of {total} bytes where it had {self.total}"
            elif length is not None and length != last - first + 1:
                problem = f"{length} bytes for the range {first}-{last}"
            elif self.encoded:
                problem = "an encoded range"
            elif resumed_etag is not None and etag and etag != resumed_etag:
                problem = f"another ETag ({etag[:100]}) than the one resumed ({resumed_etag[:100]})"
            else:
                if total is not None:
                    self.total = total
                if not self._sent_range:
                    self.validator = _validator(headers)
                return
        # Never splice: start again from byte 0, without ranges.
        offset = self.offset
        self.offset = 0
        self.ranges = False
        raise httpx.RemoteProtocolError(
            f"the server sent a partial answer with {problem} to continue a download at byte {offset}; "
            "nothing of it was kept and the download restarts from 0"
        )

    def wrote(self, size: int) -> None:
        """``size`` more bytes of the body went to the file."""
        self.offset += size

    def finish(self, received: int) -> None:
        """Raise ``httpx.RemoteProtocolError`` (a transfer to continue) unless the file is whole.

        ``received`` is the count of body bytes on the wire of this answer.
        """
        if self.total is None:
            return
        done = self.body_start + received if self.encoded else self.offset
        if done != self.total:
            raise httpx.RemoteProtocolError(f"truncated download: {done} of {self.total} bytes")
