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
    from ...models.error_response import ErrorResponse
    from ...models.storage_file_list_response import StorageFileListResponse
    from ...types import Response


def _get_kwargs(
    storage_id: str,
    *,
    bucket_name: str,
    path: str | Unset = "",
    get_signed_urls: bool | Unset = True,
    retry_on_slow_down: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bucketName"] = bucket_name

    params["path"] = path

    params["getSignedUrls"] = get_signed_urls

    params["retryOnSlowDown"] = retry_on_slow_down

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storages/{storage_id}/files".format(
            storage_id=quote(str(storage_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.error_response import ErrorResponse
    from ...models.storage_file_list_response import StorageFileListResponse

    return (
        ErrorResponse,
        StorageFileListResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StorageFileListResponse | None:
    if response.status_code == 200:
        from ...models.storage_file_list_response import StorageFileListResponse

        response_200 = StorageFileListResponse.from_dict(
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
) -> Response[ErrorResponse | StorageFileListResponse]:
    from ...types import Response

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    storage_id: str,
    *,
    client: AuthenticatedClient | Client,
    bucket_name: str,
    path: str | Unset = "",
    get_signed_urls: bool | Unset = True,
    retry_on_slow_down: bool | Unset = True,
) -> Response[ErrorResponse | StorageFileListResponse]:
    """List the files of a storage's bucket

     Lists the files under a path of a bucket of a connected storage, with signed URLs
    to read them unless told otherwise.

    Args:
        storage_id (str):  Example: 65a1b2c3d4e5f60718293a42.
        bucket_name (str):
        path (str | Unset):  Default: ''.
        get_signed_urls (bool | Unset):  Default: True.
        retry_on_slow_down (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StorageFileListResponse]
    """

    kwargs = _get_kwargs(
        storage_id=storage_id,
        bucket_name=bucket_name,
        path=path,
        get_signed_urls=get_signed_urls,
        retry_on_slow_down=retry_on_slow_down,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    storage_id: str,
    *,
    client: AuthenticatedClient | Client,
    bucket_name: str,
    path: str | Unset = "",
    get_signed_urls: bool | Unset = True,
    retry_on_slow_down: bool | Unset = True,
) -> ErrorResponse | StorageFileListResponse | None:
    """List the files of a storage's bucket

     Lists the files under a path of a bucket of a connected storage, with signed URLs
    to read them unless told otherwise.

    Args:
        storage_id (str):  Example: 65a1b2c3d4e5f60718293a42.
        bucket_name (str):
        path (str | Unset):  Default: ''.
        get_signed_urls (bool | Unset):  Default: True.
        retry_on_slow_down (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StorageFileListResponse
    """

    return sync_detailed(
        storage_id=storage_id,
        client=client,
        bucket_name=bucket_name,
        path=path,
        get_signed_urls=get_signed_urls,
        retry_on_slow_down=retry_on_slow_down,
    ).parsed


async def asyncio_detailed(
    storage_id: str,
    *,
    client: AuthenticatedClient | Client,
    bucket_name: str,
    path: str | Unset = "",
    get_signed_urls: bool | Unset = True,
    retry_on_slow_down: bool | Unset = True,
) -> Response[ErrorResponse | StorageFileListResponse]:
    """List the files of a storage's bucket

     Lists the files under a path of a bucket of a connected storage, with signed URLs
    to read them unless told otherwise.

    Args:
        storage_id (str):  Example: 65a1b2c3d4e5f60718293a42.
        bucket_name (str):
        path (str | Unset):  Default: ''.
        get_signed_urls (bool | Unset):  Default: True.
        retry_on_slow_down (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StorageFileListResponse]
    """

    kwargs = _get_kwargs(
        storage_id=storage_id,
        bucket_name=bucket_name,
        path=path,
        get_signed_urls=get_signed_urls,
        retry_on_slow_down=retry_on_slow_down,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    storage_id: str,
    *,
    client: AuthenticatedClient | Client,
    bucket_name: str,
    path: str | Unset = "",
    get_signed_urls: bool | Unset = True,
    retry_on_slow_down: bool | Unset = True,
) -> ErrorResponse | StorageFileListResponse | None:
    """List the files of a storage's bucket

     Lists the files under a path of a bucket of a connected storage, with signed URLs
    to read them unless told otherwise.

    Args:
        storage_id (str):  Example: 65a1b2c3d4e5f60718293a42.
        bucket_name (str):
        path (str | Unset):  Default: ''.
        get_signed_urls (bool | Unset):  Default: True.
        retry_on_slow_down (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StorageFileListResponse
    """

    return (
        await asyncio_detailed(
            storage_id=storage_id,
            client=client,
            bucket_name=bucket_name,
            path=path,
            get_signed_urls=get_signed_urls,
            retry_on_slow_down=retry_on_slow_down,
        )
    ).parsed
