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
    from ...models.issue_list_response import IssueListResponse
    from ...types import Response


def _get_kwargs(
    *,
    project: str,
    asset: str | Unset = UNSET,
    label_task: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    params["asset"] = asset

    params["labelTask"] = label_task

    params["stage"] = stage

    params["createdBy"] = created_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/issues",
        "params": params,
    }

    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.error_response import ErrorResponse
    from ...models.issue_list_response import IssueListResponse

    return (
        ErrorResponse,
        IssueListResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IssueListResponse | None:
    if response.status_code == 200:
        from ...models.issue_list_response import IssueListResponse

        response_200 = IssueListResponse.from_dict(_types.decode_json(response.content))

        return response_200

    if response.status_code == 201:
        from ...models.issue_list_response import IssueListResponse

        response_201 = IssueListResponse.from_dict(_types.decode_json(response.content))

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
) -> Response[ErrorResponse | IssueListResponse]:
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
    project: str,
    asset: str | Unset = UNSET,
    label_task: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
) -> Response[ErrorResponse | IssueListResponse]:
    """List the issues of a project

     The issues of a project, optionally only those of an asset, a task, a stage or a creator.

    Args:
        project (str):
        asset (str | Unset):
        label_task (str | Unset):
        stage (str | Unset):
        created_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IssueListResponse]
    """

    kwargs = _get_kwargs(
        project=project,
        asset=asset,
        label_task=label_task,
        stage=stage,
        created_by=created_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project: str,
    asset: str | Unset = UNSET,
    label_task: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
) -> ErrorResponse | IssueListResponse | None:
    """List the issues of a project

     The issues of a project, optionally only those of an asset, a task, a stage or a creator.

    Args:
        project (str):
        asset (str | Unset):
        label_task (str | Unset):
        stage (str | Unset):
        created_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IssueListResponse
    """

    return sync_detailed(
        client=client,
        project=project,
        asset=asset,
        label_task=label_task,
        stage=stage,
        created_by=created_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project: str,
    asset: str | Unset = UNSET,
    label_task: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
) -> Response[ErrorResponse | IssueListResponse]:
    """List the issues of a project

     The issues of a project, optionally only those of an asset, a task, a stage or a creator.

    Args:
        project (str):
        asset (str | Unset):
        label_task (str | Unset):
        stage (str | Unset):
        created_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IssueListResponse]
    """

    kwargs = _get_kwargs(
        project=project,
        asset=asset,
        label_task=label_task,
        stage=stage,
        created_by=created_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project: str,
    asset: str | Unset = UNSET,
    label_task: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
) -> ErrorResponse | IssueListResponse | None:
    """List the issues of a project

     The issues of a project, optionally only those of an asset, a task, a stage or a creator.

    Args:
        project (str):
        asset (str | Unset):
        label_task (str | Unset):
        stage (str | Unset):
        created_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IssueListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            project=project,
            asset=asset,
            label_task=label_task,
            stage=stage,
            created_by=created_by,
        )
    ).parsed
