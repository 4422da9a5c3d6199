"""URLs of files the mock serves itself, stored without the port it happens to run on.

The demo organization's images are served by the mock (:mod:`ango_hub.mock.files.demo_images`),
but the store is filled before the server knows its host and port (``--port 0`` picks one
when it starts; a test client calls it ``testserver``). So the store keeps such URLs under a
reserved origin, :data:`MOCK_ORIGIN` (``.invalid`` never resolves, RFC 2606), and the mock
shows them with the root URL the request reached it at (``http://127.0.0.1:8080``): while
the app handles a request, :func:`public_url` rewrites a stored URL, and :func:`stored_url`
turns a URL a client sends back (label imports by ``data``, ``getSignedUrl``) into the
stored form, whatever host name the client used.

Views taken outside a request (a test reading ``state.tasks.view(task)`` itself) keep the
stored form.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from urllib.parse import urlsplit

__all__ = ["DEMO_IMAGES_PREFIX", "MOCK_ORIGIN", "own_url", "public_url", "served_at", "stored_url"]

#: The origin the store gives the mock's own files (shown as the request's root URL).
MOCK_ORIGIN = "http://ango-hub-mock.invalid"
#: Where the mock serves the images of its demo assets (a route outside ``/v2``, no API key).
DEMO_IMAGES_PREFIX = "/mock/demo-images/"

_root: ContextVar[str | None] = ContextVar("ango_hub_mock_root", default=None)


def own_url(path: str) -> str:
    """The stored URL of a file the mock serves at ``path`` (``/mock/...``)."""
    return MOCK_ORIGIN + path


@contextmanager
def served_at(base_url: str) -> Iterator[None]:
    """Within the block, :func:`public_url` shows own URLs under ``base_url`` (the server's
    root, ``http://<host>:<port>/``)."""
    token = _root.set(base_url.rstrip("/"))
    try:
        yield
    finally:
        _root.reset(token)


def public_url(url: str) -> str:
    """``url`` as a client sees it: an own URL under the current request's root (other URLs,
    and every URL outside a request, unchanged)."""
    root = _root.get()
    if root is None or not url.startswith(MOCK_ORIGIN + "/"):
        return url
    return root + url[len(MOCK_ORIGIN) :]


def stored_url(url: str) -> str:
    """``url`` as the store keeps it: a URL of the demo images on any host (the query string
    dropped) becomes an own URL; other URLs are returned unchanged."""
    if not isinstance(url, str):  # what a lenient request sent: left for the caller to refuse
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.scheme in ("http", "https") and parts.path.startswith(DEMO_IMAGES_PREFIX):
        return own_url(parts.path)
    return url
