from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import types as _types
from ...models.invite_status import InviteStatus
from ...models.invite_status_name import InviteStatusName
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.invite_list_response import InviteListResponse
    from ...types import Response


def _get_kwargs(
    organization_id: str,
    *,
    status: InviteStatus | InviteStatusName | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, InviteStatus):
        json_status = status.value
    else:
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/{organization_id}/invites".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.error_response import ErrorResponse
    from ...models.invite_list_response import InviteListResponse

    return (
        ErrorResponse,
        InviteListResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InviteListResponse | None:
    if response.status_code == 200:
        from ...models.invite_list_response import InviteListResponse

        response_200 = InviteListResponse.from_dict(
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
) -> Response[ErrorResponse | InviteListResponse]:
    from ...types import Response

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: InviteStatus | InviteStatusName | Unset = UNSET,
) -> Response[ErrorResponse | InviteListResponse]:
    """List the organization's invitations

     The invitations of the organization, optionally only those with a status.

    Args:
        organization_id (str):  Example: 61435781cdb61b0013d05a03.
        status (InviteStatus | InviteStatusName | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InviteListResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: InviteStatus | InviteStatusName | Unset = UNSET,
) -> ErrorResponse | InviteListResponse | None:
    """List the organization's invitations

     The invitations of the organization, optionally only those with a status.

    Args:
        organization_id (str):  Example: 61435781cdb61b0013d05a03.
        status (InviteStatus | InviteStatusName | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InviteListResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: InviteStatus | InviteStatusName | Unset = UNSET,
) -> Response[ErrorResponse | InviteListResponse]:
    """List the organization's invitations

     The invitations of the organization, optionally only those with a status.

    Args:
        organization_id (str):  Example: 61435781cdb61b0013d05a03.
        status (InviteStatus | InviteStatusName | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InviteListResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: InviteStatus | InviteStatusName | Unset = UNSET,
) -> ErrorResponse | InviteListResponse | None:
    """List the organization's invitations

     The invitations of the organization, optionally only those with a status.

    Args:
        organization_id (str):  Example: 61435781cdb61b0013d05a03.
        status (InviteStatus | InviteStatusName | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InviteListResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            status=status,
        )
    ).parsed
