"""Resolution and validation of the client's settings (API key, region, base URL).

Environment variables are read when a client is built, never at import time.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from urllib.parse import urlsplit

from ._constants import DEFAULT_REGION, ENV_API_KEY, ENV_BASE_URL, ENV_REGION, REGION_BASE_URLS


def resolve_api_key(api_key: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The API key given, else ``ANGO_API_KEY``; a clear error if there is none."""
    env = os.environ if environ is None else environ
    key = api_key if api_key is not None else env.get(ENV_API_KEY)
    if key is None or not key.strip():
        raise ValueError(
            "No API key: pass api_key=... or set the ANGO_API_KEY environment variable "
            "(create a key on your Ango Hub account page, API tab)."
        )
    if key != key.strip() or any(ch in key for ch in "\r\n"):
        raise ValueError(
            "The API key has leading or trailing whitespace or a line break: check how it was copied."
        )
    return key


def resolve_base_url(
    region: str | None, base_url: str | None, environ: Mapping[str, str] | None = None
) -> str:
    """The API root to send requests to, including ``/v2``.

    ``base_url`` wins over ``region``; both default to ``ANGO_HUB_BASE_URL`` and
    ``ANGO_HUB_REGION``; without any of them the EU region is used. Giving both arguments
    is an error.
    """
    env = os.environ if environ is None else environ
    if region is not None and base_url is not None:
        raise ValueError("Pass either region=... or base_url=..., not both.")
    if base_url is None and region is None:
        base_url = env.get(ENV_BASE_URL) or None
        if base_url is None:
            region = env.get(ENV_REGION) or DEFAULT_REGION
    if base_url is not None:
        return validate_base_url(base_url)
    assert region is not None
    normalized = region.strip().lower()
    if normalized not in REGION_BASE_URLS:
        known = ", ".join(repr(name) for name in REGION_BASE_URLS)
        raise ValueError(f"Unknown region {region!r}: use one of {known}, or pass base_url=...")
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
    else would send the API key unencrypted.
    """
    parts = urlsplit(base_url.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError(
            f"Malformed base_url {base_url!r}: expected an absolute URL such as "
            "'https://imeritapi.ango.ai/v2' or 'http://127.0.0.1:8080/v2'."
        )
    if parts.query or parts.fragment:
        raise ValueError(f"Malformed base_url {base_url!r}: it must not have a query string or fragment.")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValueError(
            f"Refusing plain http:// to {parts.hostname!r}: the API key would travel unencrypted. "
            "Use https://, or http:// only to a loopback address (127.0.0.1, localhost)."
        )
    return base_url.strip().rstrip("/")
