from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import types as _types
from ...models.storage_create import StorageCreate

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.storage_response import StorageResponse
    from ...types import Response


def _get_kwargs(
    *,
    body: StorageCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.error_response import ErrorResponse
    from ...models.storage_response import StorageResponse

    return (
        ErrorResponse,
        StorageResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StorageResponse | None:
    if response.status_code == 200:
        from ...models.storage_response import StorageResponse

        response_200 = StorageResponse.from_dict(_types.decode_json(response.content))

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
) -> Response[ErrorResponse | StorageResponse]:
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
    body: StorageCreate,
) -> Response[ErrorResponse | StorageResponse]:
    """Connect a cloud storage

     Connects a bucket account (AWS, GCP or Azure) to the organization. AWS takes a
    public and a private key, GCP a JSON credentials string. The credentials are never
    returned. (The official SDK writes the path with a trailing slash.)

    Args:
        body (StorageCreate): The official SDK sends `provider` (AWS, GCP, AZURE) with keys; the
            current reference
            `type` (aws, gcs, azure), `bucket` and `credentials` as an object. One of `provider`
            and `type` is required; when both are sent they name the same provider. The
            credentials depend on the provider (one of the three shapes below): AWS takes
            `publicKey` and `privateKey`, or `credentials`; GCP takes `credentials`, the service
            account's key as an object or as a string holding its JSON (an object of strings);
            Azure takes `credentials`, a connection string or an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StorageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StorageCreate,
) -> ErrorResponse | StorageResponse | None:
    """Connect a cloud storage

     Connects a bucket account (AWS, GCP or Azure) to the organization. AWS takes a
    public and a private key, GCP a JSON credentials string. The credentials are never
    returned. (The official SDK writes the path with a trailing slash.)

    Args:
        body (StorageCreate): The official SDK sends `provider` (AWS, GCP, AZURE) with keys; the
            current reference
            `type` (aws, gcs, azure), `bucket` and `credentials` as an object. One of `provider`
            and `type` is required; when both are sent they name the same provider. The
            credentials depend on the provider (one of the three shapes below): AWS takes
            `publicKey` and `privateKey`, or `credentials`; GCP takes `credentials`, the service
            account's key as an object or as a string holding its JSON (an object of strings);
            Azure takes `credentials`, a connection string or an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StorageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StorageCreate,
) -> Response[ErrorResponse | StorageResponse]:
    """Connect a cloud storage

     Connects a bucket account (AWS, GCP or Azure) to the organization. AWS takes a
    public and a private key, GCP a JSON credentials string. The credentials are never
    returned. (The official SDK writes the path with a trailing slash.)

    Args:
        body (StorageCreate): The official SDK sends `provider` (AWS, GCP, AZURE) with keys; the
            current reference
            `type` (aws, gcs, azure), `bucket` and `credentials` as an object. One of `provider`
            and `type` is required; when both are sent they name the same provider. The
            credentials depend on the provider (one of the three shapes below): AWS takes
            `publicKey` and `privateKey`, or `credentials`; GCP takes `credentials`, the service
            account's key as an object or as a string holding its JSON (an object of strings);
            Azure takes `credentials`, a connection string or an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StorageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StorageCreate,
) -> ErrorResponse | StorageResponse | None:
    """Connect a cloud storage

     Connects a bucket account (AWS, GCP or Azure) to the organization. AWS takes a
    public and a private key, GCP a JSON credentials string. The credentials are never
    returned. (The official SDK writes the path with a trailing slash.)

    Args:
        body (StorageCreate): The official SDK sends `provider` (AWS, GCP, AZURE) with keys; the
            current reference
            `type` (aws, gcs, azure), `bucket` and `credentials` as an object. One of `provider`
            and `type` is required; when both are sent they name the same provider. The
            credentials depend on the provider (one of the three shapes below): AWS takes
            `publicKey` and `privateKey`, or `credentials`; GCP takes `credentials`, the service
            account's key as an object or as a string holding its JSON (an object of strings);
            Azure takes `credentials`, a connection string or an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StorageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
