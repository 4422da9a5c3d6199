"""The URL of an API request, joined to the API root without httpx parsing it again.

``httpx.Client.build_request`` given a URL as a string parses and validates all of it, each
time (~12 us, a fortieth of a small request's client time); given an ``httpx.URL`` it does
not. A request of the pipeline goes to ``base_url`` (checked when the client was built)
followed by a path that ``check_path`` has checked and the operation's builder has
percent-encoded: only the path is new. :class:`ApiUrls` builds that URL from the root's parsed
form, for a path that httpx would leave as it is (RFC 3986 path characters and ``%XX``, no
``.`` or ``..`` segment), so the result is the URL httpx would have made of the string; any
other path (a space, a non-ASCII character...) is handed to httpx as a string, as before.
A request's parameters go into that URL the same way: their query as httpx encodes them
(``httpx.QueryParams``), when it is in the form httpx's parse leaves as it is.

The parsed form is httpx's (``httpx.URL._uri_reference``, a named tuple): not a public
interface. So the root is parsed once per client (at its first request) and checked against
httpx's own parse of sample URLs; should a future httpx differ in any of them, every URL is
passed as a string.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx

__all__ = ["ApiUrls"]

#: A path that httpx's parse leaves unchanged: RFC 3986 path characters, ``/`` and ``%XX``
#: (compiled with the first URL made: building a client does not pay for it).
_ENCODED_PATH = r"/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*"

#: A query as httpx encodes parameters (``str(httpx.QueryParams(...))``): names and values of
#: unreserved characters and ``%XX``, joined by ``=`` and ``&``; httpx's parse leaves it as it is.
_ENCODED_QUERY = r"(?:[A-Za-z0-9\-._~=&]|%[0-9A-Fa-f]{2})*"

#: Longer queries are left to httpx (it refuses a URL component beyond 65,536 characters).
_LONG_QUERY = 4096

#: Paths the root's parsed form is checked with, against httpx's parse of the joined string.
_PROBES = ("/project/6571a0b0c0ffee0123456789", "/a%2Fb/c%3f~!$&'()*+,;=:@/-._", "/task/%E2%9C%93")
#: Parameters checked the same way (against httpx's URL of the path with ``params=``).
_PROBE_PARAMS: dict[str, Any] = {
    "page": 7,
    "limit": 100,
    "includeAnswer": True,
    "q": "a b&c=d/é",
    "none": None,
    "l": [1, "x"],
}


class ApiUrls:
    """``parsed(path)``: the ``httpx.URL`` of ``base_url + path``, made without parsing, when
    ``path`` is already in httpx's form (else None: the string goes to httpx);
    ``with_params(url, params)``: that URL with the query of ``params``, made the same way."""

    __slots__ = ("_match", "_query", "_root", "base_url")

    def __init__(self, base_url: str) -> None:
        #: The API root (as ``BaseClient.base_url``: absolute, no query, no trailing slash).
        self.base_url = base_url
        # Both made on the first call of ``parsed`` (the client's first request), not here.
        self._root: Any = _NOT_YET
        self._match: Callable[[str], object] | None = None
        self._query: Callable[[str], object] | None = None

    def parsed(self, path: str) -> httpx.URL | None:
        """The URL of ``path`` below the root (``path`` starts with ``/``), or None when httpx
        would change ``path`` (or the root's form was not recognised): send the string."""
        root = self._root
        if root is _NOT_YET:
            self._match = re.compile(_ENCODED_PATH).fullmatch  # before the root: another thread
            self._query = re.compile(_ENCODED_QUERY).fullmatch  # may see the root, then these
            root = self._root = _parsed_root(self.base_url)
        # A "." or ".." segment httpx would remove (``check_path`` refuses them anyway).
        if root is None or self._match(path) is None or "/." in path:  # type: ignore[misc]
            return None
        return _url_of(root._replace(path=root.path + path))

    def with_params(self, url: httpx.URL, params: Any) -> httpx.URL | None:
        """``url`` (from :meth:`parsed`) with the query httpx would add for ``params`` (a mapping
        of names to values or lists of values), made without parsing the URL again; None when the
        query is not in the form checked (httpx is then given ``params`` as before)."""
        try:
            query = str(httpx.QueryParams(params))
        except Exception:  # a value httpx refuses: it says so when given the params
            return None
        # A long query (a filter) is left to httpx, which refuses one beyond its URL length.
        if not query or len(query) > _LONG_QUERY or self._query(query) is None:  # type: ignore[misc]
            return None
        return _url_of(url._uri_reference._replace(query=query))


_NOT_YET: Any = object()


def _url_of(parsed: Any) -> httpx.URL:
    url = httpx.URL.__new__(httpx.URL)
    url._uri_reference = parsed
    return url


def _parsed_root(base_url: str) -> Any | None:
    """httpx's parsed form of ``base_url``, if URLs made from it match httpx's parse; else None."""
    try:
        root = httpx.URL(base_url)._uri_reference
        if root.query is not None or root.fragment is not None:
            return None
        query = str(httpx.QueryParams(_PROBE_PARAMS))
        for probe in _PROBES:
            made = _url_of(root._replace(path=root.path + probe))
            parsed = httpx.URL(base_url + probe)
            if (
                made._uri_reference != parsed._uri_reference
                or str(made) != str(parsed)
                or made.raw_path != parsed.raw_path
                or made.netloc != parsed.netloc
            ):
                return None
            with_query = _url_of(made._uri_reference._replace(query=query))
            expected = httpx.URL(base_url + probe, params=_PROBE_PARAMS)
            if with_query._uri_reference != expected._uri_reference or str(with_query) != str(expected):
                return None
    except Exception:  # any change in httpx's internals: parse every URL as before
        return None
    return root
