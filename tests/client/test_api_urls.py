"""The URLs of API requests, made from the parsed API root (``ango_hub._urls.ApiUrls``).

A request's URL is ``base_url`` + a checked, percent-encoded path. ``ApiUrls`` hands httpx an
``httpx.URL`` made from the root's parsed form instead of a string it would parse again; these
tests hold it to the one promise that makes that safe: the URL is the one httpx makes of the
string, for every path (random ones, hostile IDs), and what goes on the wire is the same byte
for byte. Where it cannot promise that (a path httpx would change, a root whose parsed form it
does not recognise), the string goes to httpx, as before.
"""

from __future__ import annotations

import random
from urllib.parse import quote

import httpx
import pytest
from _async_bridge import client_for
from _hostile import HostileServer, RawRequest, always, fail_response, json_response

from ango_hub import NotFoundError
from ango_hub import _urls as urls_module
from ango_hub._urls import ApiUrls

ROOTS = [
    "https://imeritapi.ango.ai/v2",
    "https://us-api.ango.ai/v2",
    "http://127.0.0.1:8080/v2",
    "http://localhost:1/api/v2",
    "http://[::1]:9000/v2",
    "https://hub.example.com:443/v2",
    "https://HUB.Example.com/some%20path/v2",
    "https://bücher.example/v2",
    "https://hub.example.com",
]

#: Characters a path may be made of, and more: RFC 3986's, the ones httpx encodes, non-ASCII.
ALPHABET = "abcXYZ019-._~!$&'()*+,;=:@/%?#[]^|\\\"<>`{} \u00e9\u2713\U0001f600"


def _same(made: httpx.URL, parsed: httpx.URL) -> None:
    assert str(made) == str(parsed)
    assert made == parsed
    assert made.raw_path == parsed.raw_path
    assert (made.scheme, made.host, made.port, made.path, made.query) == (
        parsed.scheme,
        parsed.host,
        parsed.port,
        parsed.path,
        parsed.query,
    )
    assert made.netloc == parsed.netloc


@pytest.mark.parametrize("root", ROOTS)
def test_each_path_in_httpx_form_is_the_url_httpx_makes_of_the_string(root: str) -> None:
    urls = ApiUrls(root)
    generator = random.Random(f"api-urls {root}")
    made_some = refused_some = False
    for _ in range(3000):
        raw = "".join(generator.choice(ALPHABET) for _ in range(generator.randint(0, 12)))
        for path in ("/" + raw, "/project/" + quote(raw, safe=""), "/task/" + quote(raw, safe="/")):
            made = urls.parsed(path)
            if made is None:  # a path httpx would change (or may): it gets the string
                refused_some = True
                continue
            made_some = True
            _same(made, httpx.URL(root + path))
    assert made_some
    assert refused_some


def test_a_path_httpx_would_encode_goes_as_a_string() -> None:
    urls = ApiUrls("https://imeritapi.ango.ai/v2")
    for path in (
        "/project/a b",
        "/project/\u00e9",
        "/project/a%zz",
        "/project/a%2",
        "/p?x=1",
        "/p#f",
        "/p|q",
        "p",
    ):
        assert urls.parsed(path) is None
    made = urls.parsed("/project/a%2Fb")
    assert made is not None
    assert made.raw_path == b"/v2/project/a%2Fb"


def test_a_root_whose_parsed_form_is_not_recognised_sends_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    # A future httpx whose parsed form differs: the probes catch it, and every URL is a string.
    def wrong(parsed: object) -> httpx.URL:
        return httpx.URL("https://elsewhere.example/v2/x")

    monkeypatch.setattr(urls_module, "_url_of", wrong)
    assert ApiUrls("https://imeritapi.ango.ai/v2").parsed("/project/p1") is None

    # ... or one without the parsed form at all.
    monkeypatch.undo()
    monkeypatch.setattr(httpx, "URL", type("URL", (), {"__init__": lambda self, url: None}))
    assert ApiUrls("https://imeritapi.ango.ai/v2").parsed("/project/p1") is None


def _request_targets(flavour: str, ids: list[str], **options: object) -> list[str]:
    with HostileServer(always(fail_response(404, "no such project"))) as server:
        with client_for(flavour, api_key="k" * 40, base_url=server.base_url, max_retries=0, **options) as hub:
            for value in ids:
                with pytest.raises(NotFoundError):
                    hub.projects.get(value)
        return [request.target for request in server.arrivals]


def _bare_httpx_targets(ids: list[str]) -> list[str]:
    seen: list[RawRequest] = []
    with HostileServer(always(fail_response(404, "no such project"))) as server:
        with httpx.Client() as client:
            for value in ids:
                client.get(server.base_url + "/project/" + quote(value, safe=""))
        seen = server.arrivals
    return [request.target for request in seen]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_wire_carries_what_bare_httpx_sends_for_the_string(flavour: str) -> None:
    ids = [
        "6571a0b0c0ffee0123456789",
        "a/b",
        "a?b",
        "a#b",
        "%2e%2e",
        "a b",
        "\u00e9t\u00e9",
        "~!$&'()*+,;=:@",
        "[x]",
    ]
    targets = _request_targets(flavour, ids)
    assert targets == _bare_httpx_targets(ids)
    assert targets[0] == "/v2/project/6571a0b0c0ffee0123456789"
    assert targets[1] == "/v2/project/a%2Fb"


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_base_url_set_after_the_client_was_built_is_where_requests_go(flavour: str) -> None:
    with (
        HostileServer(always(fail_response(404, "no such project"))) as first,
        HostileServer(always(fail_response(404, "no such project"))) as second,
    ):
        with client_for(flavour, api_key="k" * 40, base_url=first.base_url, max_retries=0) as hub:
            with pytest.raises(NotFoundError):
                hub.projects.get("p1")
            getattr(hub, "async_client", hub).base_url = second.url + "/api/v2"
            with pytest.raises(NotFoundError):
                hub.projects.get("p2")
        assert [request.target for request in first.arrivals] == ["/v2/project/p1"]
        assert [request.target for request in second.arrivals] == ["/api/v2/project/p2"]


# -- the query of a request's parameters ----------------------------------------------------------

VALUES: list[object] = [
    0,
    7,
    -3,
    2**70,
    1.5,
    True,
    False,
    None,
    "",
    "a b",
    "a+b",
    "50%",
    "%41",
    "é✓",
    "x&y=z",
    "/?#[]",
]


@pytest.mark.parametrize("root", ROOTS)
def test_the_query_of_any_parameters_is_the_one_httpx_makes(root: str) -> None:
    urls = ApiUrls(root)
    url = urls.parsed("/project/p1/tasks")
    assert url is not None
    generator = random.Random(f"api-urls params {root}")
    for _ in range(500):
        params: dict[str, object] = {}
        for _key in range(generator.randint(1, 5)):
            name = "".join(generator.choice(ALPHABET) for _ in range(generator.randint(1, 6)))
            value = generator.choice(VALUES)
            params[name] = [value, generator.choice(VALUES)] if generator.random() < 0.2 else value
        made = urls.with_params(url, params)
        expected = httpx.URL(root + "/project/p1/tasks", params=params)
        if made is None:  # a query httpx may change: the params go to httpx
            continue
        _same(made, expected)
    assert urls.with_params(url, {"a": object()}) is None  # httpx refuses it, when given it
    assert urls.with_params(url, {"filter": "x" * 5000}) is None  # httpx checks a long one's length


def _targets_of_listings(flavour: str, **options: object) -> list[str]:
    answer = json_response(200, {"status": "success", "data": {"tasks": [], "projects": [], "total": 0}})
    with HostileServer(always(answer)) as server:
        with client_for(flavour, api_key="k" * 40, base_url=server.base_url, max_retries=0, **options) as hub:
            hub.tasks.list_page("p1", page=3, limit=7, include_answer=True, sort="-createdAt")
            hub.tasks.list_page("p/2", fields=["_id", "a b"], filters={"stage": "Label é"})
            hub.projects.list_page(page=2, limit=50)
        return [request.target for request in server.arrivals]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_requests_with_parameters_go_out_as_httpx_would_send_them(
    flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _targets_of_listings(flavour)
    assert made[0].startswith("/v2/project/p1/tasks?page=3&limit=7&")
    monkeypatch.setattr(ApiUrls, "with_params", lambda self, url, params: None)  # httpx merges them
    assert made == _targets_of_listings(flavour)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_an_http_client_with_parameters_of_its_own_keeps_httpx_order(
    flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpx puts a client's own parameters first: those requests are left to httpx.
    own = (
        httpx.AsyncClient(params={"tenant": "t1"})
        if flavour == "async"
        else httpx.Client(params={"tenant": "t1"})
    )
    made = _targets_of_listings(flavour, http_client=own)
    assert all("?tenant=t1&" in target for target in made), made
