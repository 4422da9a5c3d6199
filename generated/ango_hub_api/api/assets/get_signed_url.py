from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import types as _types
from ...models.storage_file_type import StorageFileType
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.signed_url_response import SignedUrlResponse
    from ...types import Response


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    project: str | Unset = UNSET,
    type_: StorageFileType | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["url"] = url_query

    params["project"] = project

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["storageId"] = storage_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/getSignedUrl",
        "params": params,
    }

    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.error_response import ErrorResponse
    from ...models.signed_url_response import SignedUrlResponse

    return (
        ErrorResponse,
        SignedUrlResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SignedUrlResponse | None:
    if response.status_code == 200:
        from ...models.signed_url_response import SignedUrlResponse

        response_200 = SignedUrlResponse.from_dict(_types.decode_json(response.content))

        return response_200

    if response.status_code == 201:
        from ...models.signed_url_response import SignedUrlResponse

        response_201 = SignedUrlResponse.from_dict(_types.decode_json(response.content))

        return response_201

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
) -> Response[ErrorResponse | SignedUrlResponse]:
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
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    project: str | Unset = UNSET,
    type_: StorageFileType | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SignedUrlResponse]:
    """Get a signed URL to read a private file

     Returns a time-limited URL to read a file in a private bucket, given as `name`
    (with `project` and `type`, official SDK) or `url` (current reference). The SDK's
    export plugin passes a presigned URL as `name` without encoding it, so its own
    query (`X-Amz-...`) arrives as further query parameters, which the API ignores.

    Args:
        name (str | Unset):
        url_query (str | Unset):
        project (str | Unset):
        type_ (StorageFileType | Unset): The kind of a file in storage.
        storage_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SignedUrlResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        url_query=url_query,
        project=project,
        type_=type_,
        storage_id=storage_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    project: str | Unset = UNSET,
    type_: StorageFileType | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> ErrorResponse | SignedUrlResponse | None:
    """Get a signed URL to read a private file

     Returns a time-limited URL to read a file in a private bucket, given as `name`
    (with `project` and `type`, official SDK) or `url` (current reference). The SDK's
    export plugin passes a presigned URL as `name` without encoding it, so its own
    query (`X-Amz-...`) arrives as further query parameters, which the API ignores.

    Args:
        name (str | Unset):
        url_query (str | Unset):
        project (str | Unset):
        type_ (StorageFileType | Unset): The kind of a file in storage.
        storage_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SignedUrlResponse
    """

    return sync_detailed(
        client=client,
        name=name,
        url_query=url_query,
        project=project,
        type_=type_,
        storage_id=storage_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    project: str | Unset = UNSET,
    type_: StorageFileType | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SignedUrlResponse]:
    """Get a signed URL to read a private file

     Returns a time-limited URL to read a file in a private bucket, given as `name`
    (with `project` and `type`, official SDK) or `url` (current reference). The SDK's
    export plugin passes a presigned URL as `name` without encoding it, so its own
    query (`X-Amz-...`) arrives as further query parameters, which the API ignores.

    Args:
        name (str | Unset):
        url_query (str | Unset):
        project (str | Unset):
        type_ (StorageFileType | Unset): The kind of a file in storage.
        storage_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SignedUrlResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        url_query=url_query,
        project=project,
        type_=type_,
        storage_id=storage_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    project: str | Unset = UNSET,
    type_: StorageFileType | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> ErrorResponse | SignedUrlResponse | None:
    """Get a signed URL to read a private file

     Returns a time-limited URL to read a file in a private bucket, given as `name`
    (with `project` and `type`, official SDK) or `url` (current reference). The SDK's
    export plugin passes a presigned URL as `name` without encoding it, so its own
    query (`X-Amz-...`) arrives as further query parameters, which the API ignores.

    Args:
        name (str | Unset):
        url_query (str | Unset):
        project (str | Unset):
        type_ (StorageFileType | Unset): The kind of a file in storage.
        storage_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SignedUrlResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            url_query=url_query,
            project=project,
            type_=type_,
            storage_id=storage_id,
        )
    ).parsed
