from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import types as _types
from ...models.project_update import ProjectUpdate

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.project_response import ProjectResponse
    from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: ProjectUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/project/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.error_response import ErrorResponse
    from ...models.project_response import ProjectResponse

    return (
        ErrorResponse,
        ProjectResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectResponse | None:
    if response.status_code == 200:
        from ...models.project_response import ProjectResponse

        response_200 = ProjectResponse.from_dict(_types.decode_json(response.content))

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
) -> Response[ErrorResponse | ProjectResponse]:
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
    body: ProjectUpdate,
) -> Response[ErrorResponse | ProjectResponse]:
    """Update a project (settings, label set, workflow)

     Updates the given fields of a project and leaves the others as they are. This is
    also how a label set is created or replaced ("Create Label Set" in the
    documentation: send `categorySchema`), how workflow stages are replaced (`stages`)
    and how benchmark settings change (`benchmarkEnabled`, `benchmarkRatio`,
    `benchmarkCutoff`).

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        body (ProjectUpdate): The fields to change; fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectUpdate,
) -> ErrorResponse | ProjectResponse | None:
    """Update a project (settings, label set, workflow)

     Updates the given fields of a project and leaves the others as they are. This is
    also how a label set is created or replaced ("Create Label Set" in the
    documentation: send `categorySchema`), how workflow stages are replaced (`stages`)
    and how benchmark settings change (`benchmarkEnabled`, `benchmarkRatio`,
    `benchmarkCutoff`).

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        body (ProjectUpdate): The fields to change; fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectUpdate,
) -> Response[ErrorResponse | ProjectResponse]:
    """Update a project (settings, label set, workflow)

     Updates the given fields of a project and leaves the others as they are. This is
    also how a label set is created or replaced ("Create Label Set" in the
    documentation: send `categorySchema`), how workflow stages are replaced (`stages`)
    and how benchmark settings change (`benchmarkEnabled`, `benchmarkRatio`,
    `benchmarkCutoff`).

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        body (ProjectUpdate): The fields to change; fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectUpdate,
) -> ErrorResponse | ProjectResponse | None:
    """Update a project (settings, label set, workflow)

     Updates the given fields of a project and leaves the others as they are. This is
    also how a label set is created or replaced ("Create Label Set" in the
    documentation: send `categorySchema`), how workflow stages are replaced (`stages`)
    and how benchmark settings change (`benchmarkEnabled`, `benchmarkRatio`,
    `benchmarkCutoff`).

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        body (ProjectUpdate): The fields to change; fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
