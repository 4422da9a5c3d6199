"""Error text and redaction: what the client says about a failed request, and what it hides.

The messages of the typed errors (the server's message, a short excerpt of a body, a file
transfer's failure) are written here, with the values of secret-looking keys hidden; the
API key is blanked in every request an error or a raw response keeps (``redact``,
``scrub_exception``). ``ango_hub._base_client`` (the request pipeline) and the resources
that transfer files use these; nothing here sends a request.
"""

from __future__ import annotations

import re
import traceback

import httpx

from ._constants import HEADER_API_KEY
from ._errors import APIStatusError, error_class_for

#: What a secret (the API key, a secret-looking value) is replaced by.
REDACTED = "[redacted]"


def without_secret(text: str, secret: str) -> str:
    """``text`` with every occurrence of ``secret`` (an API key) replaced by ``REDACTED``."""
    return text.replace(secret, REDACTED) if secret else text


def redact(request: httpx.Request | None) -> None:
    """Blank the API key in a request that was sent (errors and raw responses keep it)."""
    # Read before it is written: a request is redacted twice (after its attempt, and as the
    # request of its response), and a write to httpx's headers costs more than a read.
    if request is not None and request.headers.get(HEADER_API_KEY, REDACTED) != REDACTED:
        request.headers[HEADER_API_KEY] = REDACTED


def _request_of(exc: BaseException) -> httpx.Request | None:
    if not isinstance(exc, httpx.HTTPError):
        return None
    try:
        return exc.request
    except RuntimeError:  # an error raised before any request was built
        return None


def scrub_exception(exc: BaseException) -> None:
    """Make an httpx error (and the errors it chains) safe to keep, log or report.

    The API key is blanked in the request each one carries, and the local variables of
    the finished frames of their tracebacks are cleared (``traceback.clear_frames``): frames
    inside httpcore and h11 hold the serialized request headers, which a traceback rendered
    with its locals (``capture_locals=True``, error trackers) would print. File names, line
    numbers and functions stay.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        redact(_request_of(current))
        traceback.clear_frames(current.__traceback__)
        current = current.__cause__ or current.__context__


#: Set on a response whose body could not be read (a ``Content-Encoding`` it does not have).
UNREADABLE = "ango_hub_unreadable"
_EXCERPT = 500
# Patterns of error paths: compiled on first use (by ``re``'s cache), not when the client is imported.
_TITLE = rb"(?is)<title[^>]*>(.*?)</title>"
_TAG = r"<[^>]+>"
#: ``"name": "value"`` in JSON text, for secret-looking names (values hidden in excerpts).
_SECRET_VALUE = r'("(?:[^"\\]|\\.)*"\s*:\s*)("(?:[^"\\]|\\.)*"?)'


def _is_secret_name(name: str) -> bool:
    from ango_hub_api.types import is_secret_name

    return is_secret_name(name)


def _text_without_secrets(text: str) -> str:
    """JSON-ish text (perhaps cut short) with the values of secret-looking keys hidden."""

    def hide(match: re.Match[str]) -> str:
        return match.group(1) + f'"{REDACTED}"' if _is_secret_name(match.group(1)) else match.group(0)

    return re.sub(_SECRET_VALUE, hide, text)


def body_excerpt(response: httpx.Response, limit: int = 200) -> str:
    """A short, printable excerpt of a body for an error message (secret values hidden)."""
    if UNREADABLE in response.extensions:
        return f"<unreadable body: {response.extensions[UNREADABLE]}>"
    content = response.content
    content_type = response.headers.get("content-type", "")
    if "html" in content_type or content.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        import html  # an error path: not imported with the client

        title = re.search(_TITLE, content[:65536])
        text = title.group(1).decode("utf-8", "replace") if title else re.sub(_TAG, " ", response.text)
        words = " ".join(html.unescape(text).split())
        return f"an HTML page ({len(content)} bytes): {words[:limit]!r}"
    return repr(_text_without_secrets(response.text[:limit]))


def transfer_error(response: httpx.Response, failed: str, source: str, transfers: str) -> APIStatusError:
    """The typed error of a file transfer's 3xx-5xx answer (an export download, a ``PUT`` to
    storage): ``"<failed>: <source> redirects to <Location> (<transfers> do not follow
    redirects)"`` for a redirect, else ``"<failed>: <the server's message>"``."""
    location = response.headers.get("location")
    reason = (
        f"{source} redirects to {location[:500]} ({transfers} do not follow redirects)"
        if location and response.status_code < 400
        else error_message(response)
    )
    return error_class_for(response.status_code).from_response(f"{failed}: {reason}", response)


def error_message(response: httpx.Response) -> str:
    """The server's message from an error response, or a short excerpt of its body."""
    if UNREADABLE in response.extensions:
        return f"the body could not be read ({response.extensions[UNREADABLE]})"
    if 300 <= response.status_code < 400:
        location = response.headers.get("location")
        where = f" to {location[:_EXCERPT]}" if location else " (no Location)"
        return f"redirected{where}; API requests never follow redirects: check base_url"
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip()
        if not text:
            return response.reason_phrase or "no message"
        excerpt = body_excerpt(response, _EXCERPT)
        return excerpt[1:-1] if excerpt.startswith(("'", '"')) else excerpt
    if isinstance(body, dict):
        message = body.get("message")
        if isinstance(message, str) and message:
            return message[:_EXCERPT]
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])[:_EXCERPT]
    from ango_hub_api.types import redact_secrets  # the models' own redaction (imports attrs)

    return str(redact_secrets(body))[:_EXCERPT]


def unreadable(response: httpx.Response, exc: httpx.DecodingError) -> httpx.Response:
    """A response whose body could not be decoded, as an empty one that says why.

    Its status, headers (but ``Content-Encoding`` and ``Content-Length``, which no longer
    describe it) and request are those of ``response``; ``extensions[UNREADABLE]`` holds
    the reason, which ``error_message`` and ``_parse`` report.
    """
    encoding = response.headers.get("content-encoding", "identity")
    reason = f"Content-Encoding {encoding!r} does not match the body: {exc}"
    headers = [
        (key, value)
        for key, value in response.headers.multi_items()
        if key.lower() not in {"content-encoding", "content-length"}
    ]
    extensions = {
        key: value for key, value in response.extensions.items() if key in {"http_version", "reason_phrase"}
    }
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=b"",
        request=response.request,
        extensions={**extensions, UNREADABLE: reason},
    )


__all__ = [
    "REDACTED",
    "UNREADABLE",
    "body_excerpt",
    "error_message",
    "redact",
    "scrub_exception",
    "transfer_error",
    "unreadable",
    "without_secret",
]
