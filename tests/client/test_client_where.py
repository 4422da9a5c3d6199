"""Where the client sends requests: the region or base URL given as arguments or in the
environment (one precedence for both clients), and a 404 that says when ``base_url`` lacks
``/v2`` (through real HTTP, against the mock served at its root)."""

from __future__ import annotations

import asyncio

import pytest

from ango_hub import AsyncClient, Client, NotFoundError
from ango_hub.testing import MockHub

EU = "https://imeritapi.ango.ai/v2"
US = "https://us-api.ango.ai/v2"
IN = "https://in-api.ango.ai/v2"
LOCAL = "http://127.0.0.1:8080/v2"
OTHER = "http://127.0.0.1:9090/v2"
BOTH_VARIABLES = (
    r"Both ANGO_HUB_REGION and ANGO_HUB_BASE_URL are set: unset one of them, or pass region=\.\.\. "
    r"or base_url=\.\.\. \(an argument overrides the environment\)\."
)
BOTH_ARGUMENTS = r"Pass either region=\.\.\. or base_url=\.\.\., not both\."


def base_url_of(client_class: type[Client] | type[AsyncClient], **arguments: str) -> str:
    client = client_class(api_key="k", **arguments)  # type: ignore[arg-type]
    return client.base_url


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
@pytest.mark.parametrize(
    ("environment", "arguments", "expected"),
    [
        ({}, {}, EU),
        ({"ANGO_HUB_REGION": "in"}, {}, IN),
        ({"ANGO_HUB_BASE_URL": LOCAL}, {}, LOCAL),
        ({"ANGO_HUB_REGION": "in", "ANGO_HUB_BASE_URL": ""}, {}, IN),  # empty is unset
        ({"ANGO_HUB_REGION": "", "ANGO_HUB_BASE_URL": LOCAL}, {}, LOCAL),
        # An argument overrides the environment, whichever variable is set.
        ({"ANGO_HUB_REGION": "in"}, {"base_url": OTHER}, OTHER),
        ({"ANGO_HUB_BASE_URL": LOCAL}, {"region": "us"}, US),
        ({"ANGO_HUB_REGION": "in"}, {"region": "us"}, US),
        ({"ANGO_HUB_BASE_URL": LOCAL}, {"base_url": OTHER}, OTHER),
        ({"ANGO_HUB_REGION": "in", "ANGO_HUB_BASE_URL": LOCAL}, {"region": "us"}, US),
        ({"ANGO_HUB_REGION": "in", "ANGO_HUB_BASE_URL": LOCAL}, {"base_url": OTHER}, OTHER),
        ({}, {"region": "us"}, US),
        ({}, {"base_url": OTHER}, OTHER),
    ],
)
def test_an_argument_overrides_the_environment(
    monkeypatch: pytest.MonkeyPatch,
    client_class: type[Client] | type[AsyncClient],
    environment: dict[str, str],
    arguments: dict[str, str],
    expected: str,
) -> None:
    monkeypatch.delenv("ANGO_HUB_REGION", raising=False)
    monkeypatch.delenv("ANGO_HUB_BASE_URL", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert base_url_of(client_class, **arguments) == expected


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
@pytest.mark.parametrize(
    ("environment", "arguments", "message"),
    [
        ({"ANGO_HUB_REGION": "in", "ANGO_HUB_BASE_URL": LOCAL}, {}, BOTH_VARIABLES),
        ({}, {"region": "us", "base_url": OTHER}, BOTH_ARGUMENTS),
        (
            {"ANGO_HUB_REGION": "in", "ANGO_HUB_BASE_URL": LOCAL},
            {"region": "us", "base_url": OTHER},
            BOTH_ARGUMENTS,
        ),
    ],
)
def test_two_places_at_once_are_the_same_kind_of_error(
    monkeypatch: pytest.MonkeyPatch,
    client_class: type[Client] | type[AsyncClient],
    environment: dict[str, str],
    arguments: dict[str, str],
    message: str,
) -> None:
    monkeypatch.delenv("ANGO_HUB_REGION", raising=False)
    monkeypatch.delenv("ANGO_HUB_BASE_URL", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=message):
        base_url_of(client_class, **arguments)


HINT = "does base_url end in /v2?"


def test_a_404_while_base_url_lacks_v2_says_so(ango_mock: MockHub) -> None:
    root = ango_mock.base_url.removesuffix("/v2")
    with (
        Client(api_key=ango_mock.api_key, base_url=root, max_retries=0) as hub,
        pytest.raises(NotFoundError) as caught,
    ):
        hub.projects.list_page()
    assert caught.value.status_code == 404
    assert HINT in str(caught.value)
    assert repr(root) in str(caught.value)
    assert ango_mock.api_key not in str(caught.value)


def test_the_async_client_gives_the_same_hint(ango_mock: MockHub) -> None:
    async def scenario() -> str:
        root = ango_mock.base_url.removesuffix("/v2")
        async with AsyncClient(api_key=ango_mock.api_key, base_url=root, max_retries=0) as hub:
            with pytest.raises(NotFoundError) as caught:
                await hub.projects.list_page()
        return str(caught.value)

    assert HINT in asyncio.run(scenario())


def test_a_404_below_v2_has_no_hint(ango_client: Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        ango_client.projects.get("0123456789abcdef01234567")
    assert HINT not in str(caught.value)
