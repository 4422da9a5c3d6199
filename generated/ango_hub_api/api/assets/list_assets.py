from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import types as _types
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.asset_list_response import AssetListResponse
    from ...models.error_response import ErrorResponse
    from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/project/{project_id}/assets".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.asset_list_response import AssetListResponse
    from ...models.error_response import ErrorResponse

    return (
        AssetListResponse,
        ErrorResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetListResponse | ErrorResponse | None:
    if response.status_code == 200:
        from ...models.asset_list_response import AssetListResponse

        response_200 = AssetListResponse.from_dict(_types.decode_json(response.content))

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
) -> Response[AssetListResponse | ErrorResponse]:
    from ...types import Response

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    filters: str | Unset = UNSET,
) -> Response[AssetListResponse | ErrorResponse]:
    """List the assets of a project

     Returns one page of a project's assets, optionally filtered. (The documented
    sample response, `{"assets": "Successfully created."}`, is copied from the upload
    page; the API answers with the assets and their total.)

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        limit=limit,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    filters: str | Unset = UNSET,
) -> AssetListResponse | ErrorResponse | None:
    """List the assets of a project

     Returns one page of a project's assets, optionally filtered. (The documented
    sample response, `{"assets": "Successfully created."}`, is copied from the upload
    page; the API answers with the assets and their total.)

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetListResponse | ErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        page=page,
        limit=limit,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    filters: str | Unset = UNSET,
) -> Response[AssetListResponse | ErrorResponse]:
    """List the assets of a project

     Returns one page of a project's assets, optionally filtered. (The documented
    sample response, `{"assets": "Successfully created."}`, is copied from the upload
    page; the API answers with the assets and their total.)

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        limit=limit,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    filters: str | Unset = UNSET,
) -> AssetListResponse | ErrorResponse | None:
    """List the assets of a project

     Returns one page of a project's assets, optionally filtered. (The documented
    sample response, `{"assets": "Successfully created."}`, is copied from the upload
    page; the API answers with the assets and their total.)

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            page=page,
            limit=limit,
            filters=filters,
        )
    ).parsed
