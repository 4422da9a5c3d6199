from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import types as _types
from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.message_response import MessageResponse
    from ...types import Response


def _get_kwargs(
    issue_id: str,
    *,
    project: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/issues/{issue_id}".format(
            issue_id=quote(str(issue_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.error_response import ErrorResponse
    from ...models.message_response import MessageResponse

    return (
        ErrorResponse,
        MessageResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageResponse | None:
    if response.status_code == 200:
        from ...models.message_response import MessageResponse

        response_200 = MessageResponse.from_dict(_types.decode_json(response.content))

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
) -> Response[ErrorResponse | MessageResponse]:
    from ...types import Response

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    issue_id: str,
    *,
    client: AuthenticatedClient | Client,
    project: str,
) -> Response[ErrorResponse | MessageResponse]:
    """Delete an issue

     Deletes an issue of a project.

    Args:
        issue_id (str):  Example: 6167e08b2a810d000e9d3170.
        project (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageResponse]
    """

    kwargs = _get_kwargs(
        issue_id=issue_id,
        project=project,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    issue_id: str,
    *,
    client: AuthenticatedClient | Client,
    project: str,
) -> ErrorResponse | MessageResponse | None:
    """Delete an issue

     Deletes an issue of a project.

    Args:
        issue_id (str):  Example: 6167e08b2a810d000e9d3170.
        project (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageResponse
    """

    return sync_detailed(
        issue_id=issue_id,
        client=client,
        project=project,
    ).parsed


async def asyncio_detailed(
    issue_id: str,
    *,
    client: AuthenticatedClient | Client,
    project: str,
) -> Response[ErrorResponse | MessageResponse]:
    """Delete an issue

     Deletes an issue of a project.

    Args:
        issue_id (str):  Example: 6167e08b2a810d000e9d3170.
        project (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageResponse]
    """

    kwargs = _get_kwargs(
        issue_id=issue_id,
        project=project,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    issue_id: str,
    *,
    client: AuthenticatedClient | Client,
    project: str,
) -> ErrorResponse | MessageResponse | None:
    """Delete an issue

     Deletes an issue of a project.

    Args:
        issue_id (str):  Example: 6167e08b2a810d000e9d3170.
        project (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageResponse
    """

    return (
        await asyncio_detailed(
            issue_id=issue_id,
            client=client,
            project=project,
        )
    ).parsed
