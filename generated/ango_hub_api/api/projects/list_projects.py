from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import types as _types
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.project_list_response import ProjectListResponse
    from ...types import Response


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    sort: str | Unset = "-createdAt",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/listProjects",
        "params": params,
    }

    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.error_response import ErrorResponse
    from ...models.project_list_response import ProjectListResponse

    return (
        ErrorResponse,
        ProjectListResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectListResponse | None:
    if response.status_code == 200:
        from ...models.project_list_response import ProjectListResponse

        response_200 = ProjectListResponse.from_dict(
            _types.decode_json(response.content)
        )

        return response_200

    if response.status_code == 400:
        from ...models.error_response import ErrorResponse

        response_400 = ErrorResponse.from_dict(_types.decode_json(response.content))

        return response_400

    if response.status_code == 401:
        from ...models.error_response import ErrorResponse

        response_401 = ErrorResponse.from_dict(_types.decode_json(response.content))

        return response_401

    if response.status_code == 403:
        from ...models.error_response import ErrorResponse

        response_403 = ErrorResponse.from_dict(_types.decode_json(response.content))

        return response_403

    if response.status_code == 404:
        from ...models.error_response import ErrorResponse

        response_404 = ErrorResponse.from_dict(_types.decode_json(response.content))

        return response_404

    if response.status_code == 429:
        from ...models.error_response import ErrorResponse

        response_429 = ErrorResponse.from_dict(_types.decode_json(response.content))

        return response_429

    if response.status_code == 500:
        from ...models.error_response import ErrorResponse

        response_500 = ErrorResponse.from_dict(_types.decode_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ProjectListResponse]:
    from ...types import Response

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    sort: str | Unset = "-createdAt",
) -> Response[ErrorResponse | ProjectListResponse]:
    """List projects

     Returns one page of the projects visible to the owner of the API key. Each project
    carries only its essential fields (`_id`, `name`, `description`, `organization`,
    `createdAt`); use `get_project` for the whole project.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        sort (str | Unset):  Default: '-createdAt'. Example: -createdAt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    sort: str | Unset = "-createdAt",
) -> ErrorResponse | ProjectListResponse | None:
    """List projects

     Returns one page of the projects visible to the owner of the API key. Each project
    carries only its essential fields (`_id`, `name`, `description`, `organization`,
    `createdAt`); use `get_project` for the whole project.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        sort (str | Unset):  Default: '-createdAt'. Example: -createdAt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectListResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    sort: str | Unset = "-createdAt",
) -> Response[ErrorResponse | ProjectListResponse]:
    """List projects

     Returns one page of the projects visible to the owner of the API key. Each project
    carries only its essential fields (`_id`, `name`, `description`, `organization`,
    `createdAt`); use `get_project` for the whole project.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        sort (str | Unset):  Default: '-createdAt'. Example: -createdAt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    sort: str | Unset = "-createdAt",
) -> ErrorResponse | ProjectListResponse | None:
    """List projects

     Returns one page of the projects visible to the owner of the API key. Each project
    carries only its essential fields (`_id`, `name`, `description`, `organization`,
    `createdAt`); use `get_project` for the whole project.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        sort (str | Unset):  Default: '-createdAt'. Example: -createdAt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            sort=sort,
        )
    ).parsed
