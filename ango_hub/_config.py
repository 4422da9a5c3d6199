"""Resolution and validation of the client's settings (API key, region, base URL).

Environment variables are read when a client is built, never at import time.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from urllib.parse import unquote, urlsplit

from ._constants import DEFAULT_REGION, ENV_API_KEY, ENV_BASE_URL, ENV_REGION, REGION_BASE_URLS


class SecretKey:
    """The API key, held so that no repr, traceback or debugger shows it.

    A client wraps the key it is given as its first step: a traceback rendered with the
    local variables of each frame (error trackers do that) then shows ``SecretKey([redacted])``
    where the key would be.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str | None) -> None:
        self._value = value

    def reveal(self) -> str | None:
        """The key itself (for the header that carries it, and nothing else)."""
        return self._value

    def __repr__(self) -> str:
        return "SecretKey([redacted])" if self._value is not None else "SecretKey(None)"


def _key_problem(key: str) -> str | None:
    """What is wrong with a key, in words that never quote it (None: nothing)."""
    if not key.strip():
        return (
            "No API key: pass api_key=... or set the ANGO_API_KEY environment variable "
            "(create a key on your Ango Hub account page, API tab)."
        )
    for position, character in enumerate(key, start=1):
        if not "\x21" <= character <= "\x7e":
            return (
                "The API key must be printable ASCII without whitespace or line breaks, but "
                f"character {position} of {len(key)} is not (U+{ord(character):04X}): check how "
                "it was copied."
            )
    return None


def resolve_api_key(api_key: str | SecretKey | None, environ: Mapping[str, str] | None = None) -> str:
    """The API key given, else ``ANGO_API_KEY``; a clear error if there is none.

    A key must be printable ASCII (``!`` to ``~``): anything else would be refused by the
    HTTP stack later, with the key quoted in its message. The errors raised here never
    quote it, and no local variable of this function holds it when they are raised.
    """
    secret = api_key if isinstance(api_key, SecretKey) else SecretKey(api_key)
    del api_key
    if secret.reveal() is None:
        secret = SecretKey(_environment(environ).get(ENV_API_KEY))
    key = secret.reveal()
    if key is not None and not isinstance(key, str):
        raise TypeError(f"api_key must be a string, got {type(key).__name__}")
    problem = _key_problem(key) if key is not None else _key_problem("")
    del key
    if problem is not None:
        raise ValueError(problem)
    revealed = secret.reveal()
    assert revealed is not None
    return revealed


def _environment(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    """``environ``, or the process environment (never kept in a local variable of a caller
    that may raise: the repr of ``os.environ`` would show ``ANGO_API_KEY`` in a traceback)."""
    return os.environ if environ is None else environ


def resolve_base_url(
    region: str | None, base_url: str | None, environ: Mapping[str, str] | None = None
) -> str:
    """The API root to send requests to, including ``/v2``.

    An argument (``region`` or ``base_url``) overrides the environment; without one,
    ``ANGO_HUB_REGION`` or ``ANGO_HUB_BASE_URL`` (an empty variable counts as unset);
    without any of them, the EU region. Both arguments, or (with no argument) both
    variables, are an error: which one was meant cannot be guessed.
    """
    if region is not None and base_url is not None:
        raise ValueError("Pass either region=... or base_url=..., not both.")
    source = "region"
    if base_url is None and region is None:
        base_url = _environment(environ).get(ENV_BASE_URL) or None
        env_region = _environment(environ).get(ENV_REGION) or None
        if env_region is not None:
            source = ENV_REGION
        if base_url is not None and env_region is not None:
            raise ValueError(
                f"Both {ENV_REGION} and {ENV_BASE_URL} are set: unset one of them, or pass "
                "region=... or base_url=... (an argument overrides the environment)."
            )
        if base_url is None:
            region = env_region or DEFAULT_REGION
    if base_url is not None:
        return validate_base_url(base_url)
    assert region is not None
    normalized = region.strip().lower()
    if normalized not in REGION_BASE_URLS:
        known = ", ".join(repr(name) for name in REGION_BASE_URLS)
        where = f" (from the environment variable {ENV_REGION})" if source == ENV_REGION else ""
        raise ValueError(f"Unknown region {region!r}{where}: use one of {known}, or pass base_url=...")
    return REGION_BASE_URLS[normalized]


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate_base_url(base_url: str) -> str:
    """Check that ``base_url`` is an absolute http(s) URL; return it without a trailing slash.

    Plain ``http://`` is accepted only for loopback hosts (a local mock server): anything
    else would send the API key unencrypted. A user name or password, a query string, a
    fragment (even an empty ``?`` or ``#``), whitespace or control characters, and ``.`` or
    ``..`` path segments are refused: each would send requests somewhere else than
    ``<base_url>/<path>``. The message never quotes a URL that holds a password.
    """
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a string, got {type(base_url).__name__}")
    url = base_url.strip()
    parts = urlsplit(url)
    if "@" in parts.netloc:
        raise ValueError(
            "Malformed base_url: it must not contain a user name or password (the API key is "
            "the only credential, sent in the apikey header)."
        )
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError(
            f"Malformed base_url {base_url!r}: expected an absolute URL such as "
            "'https://imeritapi.ango.ai/v2' or 'http://127.0.0.1:8080/v2'."
        )
    if "?" in url or "#" in url:
        raise ValueError(
            f"Malformed base_url {base_url!r}: it must not have a query string or fragment (not even "
            "an empty '?' or '#')."
        )
    if any(character <= " " or character == "\x7f" for character in url):
        raise ValueError(f"Malformed base_url {base_url!r}: it contains whitespace or a control character.")
    if any(segment in {".", ".."} for segment in unquote(parts.path).split("/")):
        raise ValueError(f"Malformed base_url {base_url!r}: it must not have '.' or '..' path segments.")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValueError(
            f"Refusing plain http:// to {parts.hostname!r}: the API key would travel unencrypted. "
            "Use https://, or http:// only to a loopback address (127.0.0.1, localhost)."
        )
    return url.rstrip("/")
