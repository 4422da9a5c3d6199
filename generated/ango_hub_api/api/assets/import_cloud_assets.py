from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import types as _types
from ...models.cloud_assets_import import CloudAssetsImport
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.assets_created_response import AssetsCreatedResponse
    from ...models.error_response import ErrorResponse
    from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: CloudAssetsImport,
    batches: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["batches"] = batches

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/project/{project_id}/cloud".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.assets_created_response import AssetsCreatedResponse
    from ...models.error_response import ErrorResponse

    return (
        AssetsCreatedResponse,
        ErrorResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetsCreatedResponse | ErrorResponse | None:
    if response.status_code == 200:
        from ...models.assets_created_response import AssetsCreatedResponse

        response_200 = AssetsCreatedResponse.from_dict(
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

    if response.status_code == 409:
        from ...models.error_response import ErrorResponse

        response_409 = ErrorResponse.from_dict(_types.decode_json(response.content))

        return response_409

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
) -> Response[AssetsCreatedResponse | ErrorResponse]:
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
    body: CloudAssetsImport,
    batches: str | Unset = UNSET,
) -> Response[AssetsCreatedResponse | ErrorResponse]:
    """Create assets from files in cloud storage

     Creates assets (and their tasks) from URLs of files in cloud storage, public or in a
    storage connected to the organization (`storage`). The official SDK also sends
    `uploadLocal` and `priority`, and the batches of all assets as a JSON-encoded
    `batches` query parameter.

    A `storage` or a batch (of the query or of an asset) that does not exist answers
    404 naming it, and nothing is created; an external ID the project already has (or
    that the request repeats) answers 409.

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        batches (str | Unset):
        body (CloudAssetsImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetsCreatedResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        batches=batches,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CloudAssetsImport,
    batches: str | Unset = UNSET,
) -> AssetsCreatedResponse | ErrorResponse | None:
    """Create assets from files in cloud storage

     Creates assets (and their tasks) from URLs of files in cloud storage, public or in a
    storage connected to the organization (`storage`). The official SDK also sends
    `uploadLocal` and `priority`, and the batches of all assets as a JSON-encoded
    `batches` query parameter.

    A `storage` or a batch (of the query or of an asset) that does not exist answers
    404 naming it, and nothing is created; an external ID the project already has (or
    that the request repeats) answers 409.

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        batches (str | Unset):
        body (CloudAssetsImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetsCreatedResponse | ErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        batches=batches,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CloudAssetsImport,
    batches: str | Unset = UNSET,
) -> Response[AssetsCreatedResponse | ErrorResponse]:
    """Create assets from files in cloud storage

     Creates assets (and their tasks) from URLs of files in cloud storage, public or in a
    storage connected to the organization (`storage`). The official SDK also sends
    `uploadLocal` and `priority`, and the batches of all assets as a JSON-encoded
    `batches` query parameter.

    A `storage` or a batch (of the query or of an asset) that does not exist answers
    404 naming it, and nothing is created; an external ID the project already has (or
    that the request repeats) answers 409.

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        batches (str | Unset):
        body (CloudAssetsImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetsCreatedResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        batches=batches,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CloudAssetsImport,
    batches: str | Unset = UNSET,
) -> AssetsCreatedResponse | ErrorResponse | None:
    """Create assets from files in cloud storage

     Creates assets (and their tasks) from URLs of files in cloud storage, public or in a
    storage connected to the organization (`storage`). The official SDK also sends
    `uploadLocal` and `priority`, and the batches of all assets as a JSON-encoded
    `batches` query parameter.

    A `storage` or a batch (of the query or of an asset) that does not exist answers
    404 naming it, and nothing is created; an external ID the project already has (or
    that the request repeats) answers 409.

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        batches (str | Unset):
        body (CloudAssetsImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetsCreatedResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            batches=batches,
        )
    ).parsed
