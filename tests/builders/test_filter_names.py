"""One name for the filter of both listings: ``filters=`` (``tasks`` and ``assets``,
``list`` and ``list_page``); ``filter=`` stays accepted on both with a ``DeprecationWarning``
pointing at the caller; both at once is a ``TypeError`` raised before any request.
Against the mock, with both clients.
"""

from __future__ import annotations

import asyncio
import warnings
from typing import Any

import pytest

from ango_hub import Client
from ango_hub.filters import AssetQuery, TaskQuery
from ango_hub.testing import MockHub


@pytest.fixture
def project(ango_mock: MockHub) -> str:
    project_id = ango_mock.state.add_project("filter names", stages=("Label", "Review"))
    ango_mock.state.add_tasks(project_id, 3, stage="Label")
    ango_mock.state.add_tasks(project_id, 2, stage="Review")
    return project_id


def expect_alias_warning(call: Any) -> Any:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call()
    deprecations = [warning for warning in caught if warning.category is DeprecationWarning]
    assert [str(warning.message) for warning in deprecations] == [
        "filter= is deprecated: pass filters=... (the one name for tasks and assets)"
    ]
    assert deprecations[0].filename == __file__  # it points at the caller
    return result


def test_tasks_take_filters_and_send_the_filter_query_parameter(ango_client: Client, project: str) -> None:
    with ango_client.raw_responses() as sent:
        page = ango_client.tasks.list_page(project, filters=TaskQuery().stage("Review"))
    assert page.total == 2
    assert sent[0].request.url.params["filter"] == '{"stage":{"$in":["Review"]}}'
    assert len(list(ango_client.tasks.list(project, filters={"stage": {"$in": ["Label"]}}))) == 3


def test_filter_is_a_deprecated_alias_on_tasks(ango_client: Client, project: str) -> None:
    page = expect_alias_warning(
        lambda: ango_client.tasks.list_page(project, filter=TaskQuery().stage("Review"))
    )
    assert page.total == 2
    listing = expect_alias_warning(lambda: ango_client.tasks.list(project, filter=TaskQuery().stage("Label")))
    assert len(list(listing)) == 3


def test_filter_is_a_deprecated_alias_on_assets(
    ango_client: Client, ango_mock: MockHub, project: str
) -> None:
    external_id = ango_client.assets.list_page(project, limit=1).assets[0].external_id
    assert isinstance(external_id, str)
    by_filters = ango_client.assets.list_page(project, filters=AssetQuery().external_id(external_id))
    by_filter = expect_alias_warning(
        lambda: ango_client.assets.list_page(project, filter=AssetQuery().external_id(external_id))
    )
    assert by_filters.total == by_filter.total == 1
    assert by_filter.assets[0].external_id == external_id
    listing = expect_alias_warning(
        lambda: ango_client.assets.list(project, filter={"externalId": external_id})
    )
    assert [asset.external_id for asset in listing] == [external_id]


@pytest.mark.parametrize("resource", ["tasks", "assets"])
@pytest.mark.parametrize("method", ["list_page", "list"])
def test_both_names_at_once_are_a_type_error_before_any_request(
    ango_client: Client, project: str, resource: str, method: str
) -> None:
    call = getattr(getattr(ango_client, resource), method)
    with (
        ango_client.raw_responses() as sent,
        pytest.raises(TypeError, match=r"pass the filter once, as filters=\.\.\."),
    ):
        call(project, filters={}, filter={})
    assert sent == []


def test_the_async_client_takes_the_same_names(ango_mock: MockHub, project: str) -> None:
    async def scenario() -> tuple[int | None, int | None, int]:
        async with ango_mock.async_client() as hub:
            by_filters = await hub.tasks.list_page(project, filters=TaskQuery().stage("Review"))
            by_filter = await expect_async_alias_warning(
                hub.tasks.list_page(project, filter=TaskQuery().stage("Review"))
            )
            assets = [asset async for asset in hub.assets.list(project, filters={})]
            return by_filters.total, by_filter.total, len(assets)

    assert asyncio.run(scenario()) == (2, 2, 5)


async def expect_async_alias_warning(awaitable: Any) -> Any:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = await awaitable
    [warning] = [warning for warning in caught if warning.category is DeprecationWarning]
    assert warning.filename == __file__
    return result
