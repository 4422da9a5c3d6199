"""Client configuration: API key, regions, base URL, and the checks made before any request."""

from __future__ import annotations

import httpx
import pytest

from ango_hub import REGION_BASE_URLS, Client
from ango_hub._config import resolve_api_key, resolve_base_url


def _no_requests(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request should be sent, got {request.method} {request.url}")


@pytest.fixture
def offline() -> Client:
    return Client(api_key="secret-key-123", region="eu", transport=httpx.MockTransport(_no_requests))


def test_region_base_urls() -> None:
    assert REGION_BASE_URLS == {
        "eu": "https://imeritapi.ango.ai/v2",
        "us": "https://us-api.ango.ai/v2",
        "in": "https://in-api.ango.ai/v2",
        "test": "https://testapi.ango.ai/v2",
    }
    assert resolve_base_url("US", None, environ={}) == "https://us-api.ango.ai/v2"


def test_defaults_to_eu_then_environment() -> None:
    assert resolve_base_url(None, None, environ={}) == "https://imeritapi.ango.ai/v2"
    assert resolve_base_url(None, None, environ={"ANGO_HUB_REGION": "in"}) == "https://in-api.ango.ai/v2"
    env = {"ANGO_HUB_BASE_URL": "http://127.0.0.1:8080/v2/"}
    assert resolve_base_url(None, None, environ=env) == "http://127.0.0.1:8080/v2"
    # Both variables: an error (tests/client/test_client_where.py); an explicit argument wins over
    # the environment.
    env = {"ANGO_HUB_REGION": "in", "ANGO_HUB_BASE_URL": "http://127.0.0.1:8080/v2/"}
    assert resolve_base_url("us", None, environ=env) == "https://us-api.ango.ai/v2"


@pytest.mark.parametrize(
    ("region", "base_url", "message"),
    [
        ("mars", None, "Unknown region 'mars'"),
        ("eu", "https://x.example/v2", "not both"),
        (None, "imeritapi.ango.ai/v2", "Malformed base_url"),
        (None, "ftp://imeritapi.ango.ai/v2", "Malformed base_url"),
        (None, "https://imeritapi.ango.ai/v2?x=1", "query string"),
        (None, "http://imeritapi.ango.ai/v2", "unencrypted"),
        (None, "http://10.0.0.5:8080/v2", "unencrypted"),
    ],
)
def test_bad_settings_are_refused(region: str | None, base_url: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        resolve_base_url(region, base_url, environ={})


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/v2", "http://localhost:8080/v2", "http://[::1]:8080/v2"])
def test_plain_http_only_to_loopback(url: str) -> None:
    assert resolve_base_url(None, url, environ={}) == url


def test_api_key_from_argument_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_api_key("abc", environ={}) == "abc"
    assert resolve_api_key(None, environ={"ANGO_API_KEY": "from-env"}) == "from-env"
    with pytest.raises(ValueError, match="ANGO_API_KEY"):
        resolve_api_key(None, environ={})
    with pytest.raises(ValueError, match="whitespace"):
        resolve_api_key("abc\n", environ={})
    monkeypatch.setenv("ANGO_API_KEY", "env-key-xyz")
    monkeypatch.delenv("ANGO_HUB_BASE_URL", raising=False)
    monkeypatch.setenv("ANGO_HUB_REGION", "us")
    client = Client()
    assert client.base_url == "https://us-api.ango.ai/v2"
    assert client._auth._api_key == "env-key-xyz"


def test_api_key_never_in_repr(offline: Client) -> None:
    assert "secret-key-123" not in repr(offline)
    assert "secret-key-123" not in repr(offline.projects)
    assert "secret-key-123" not in str(vars(offline.projects))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.projects.get(""), "project_id must not be empty"),
        (lambda c: c.projects.get(" abc"), "whitespace"),
        (lambda c: c.tasks.get(""), "task_id must not be empty"),
        (lambda c: c.projects.list_page(page=0), "page must be"),
        (lambda c: c.projects.list_page(limit=0), "limit must be"),
        (lambda c: c.tasks.list_page("p1", limit=1001), "limit must be"),
        (lambda c: c.projects.create("  "), "name must not be empty"),
        (lambda c: c.tasks.assign("p1", "t1", stage="Label", email="a@b.c"), "not a single string"),
        (lambda c: c.batches.assign("p1", [], ["b"]), "asset_ids must not be empty"),
        (lambda c: c.assets.upload("p1", ["/nonexistent/file.jpg"]), "No such file"),
        (lambda c: c.issues.create("t1", "x", position=[1, 2], object_id="o1"), "not both"),
        (lambda c: c.issues.create("t1", "x", page=-1), "page must be 0 or more"),
        (lambda c: c.labels.import_("p1", []), "labels must not be empty"),
    ],
)
def test_bad_input_fails_before_any_request(offline: Client, call: object, message: str) -> None:
    with pytest.raises((ValueError, TypeError, FileNotFoundError), match=message):
        call(offline)  # type: ignore[operator]


def test_client_options_are_checked() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        Client(api_key="k", max_retries=-1)
    with pytest.raises(ValueError, match="not both"):
        Client(api_key="k", http_client=httpx.Client(), transport=httpx.MockTransport(_no_requests))


def test_injected_http_client_is_not_closed() -> None:
    http = httpx.Client(transport=httpx.MockTransport(_no_requests))
    with Client(api_key="k", http_client=http):
        pass
    assert not http.is_closed
    http.close()
