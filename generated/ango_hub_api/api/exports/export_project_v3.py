from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import types as _types
from ...models.export_format import ExportFormat
from ...models.export_type import ExportType
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.export_response import ExportResponse
    from ...types import Response


def _get_kwargs(
    *,
    project: str,
    format_: ExportFormat | Unset = UNSET,
    type_: ExportType | Unset = UNSET,
    stage: str | Unset = UNSET,
    batches: str | Unset = UNSET,
    task_types: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    completed_atgt: str | Unset = UNSET,
    completed_atlt: str | Unset = UNSET,
    send_email: bool | Unset = False,
    include_metadata: bool | Unset = True,
    include_history: bool | Unset = True,
    do_not_notify: bool | Unset = True,
    include_only_key_frames: bool | Unset = False,
    include_idle_blur_durations: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["stage"] = stage

    params["batches"] = batches

    params["taskTypes"] = task_types

    params["updatedAt"] = updated_at

    params["createdAt"] = created_at

    params["assignee"] = assignee

    params["completedAt[gt]"] = completed_atgt

    params["completedAt[lt]"] = completed_atlt

    params["sendEmail"] = send_email

    params["includeMetadata"] = include_metadata

    params["includeHistory"] = include_history

    params["doNotNotify"] = do_not_notify

    params["includeOnlyKeyFrames"] = include_only_key_frames

    params["includeIdleBlurDurations"] = include_idle_blur_durations

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/exportV3",
        "params": params,
    }

    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.error_response import ErrorResponse
    from ...models.export_response import ExportResponse

    return (
        ErrorResponse,
        ExportResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExportResponse | None:
    if response.status_code == 200:
        from ...models.export_response import ExportResponse

        response_200 = ExportResponse.from_dict(_types.decode_json(response.content))

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
) -> Response[ErrorResponse | ExportResponse]:
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
    format_: ExportFormat | Unset = UNSET,
    type_: ExportType | Unset = UNSET,
    stage: str | Unset = UNSET,
    batches: str | Unset = UNSET,
    task_types: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    completed_atgt: str | Unset = UNSET,
    completed_atlt: str | Unset = UNSET,
    send_email: bool | Unset = False,
    include_metadata: bool | Unset = True,
    include_history: bool | Unset = True,
    do_not_notify: bool | Unset = True,
    include_only_key_frames: bool | Unset = False,
    include_idle_blur_durations: bool | Unset = False,
) -> Response[ErrorResponse | ExportResponse]:
    """Export a project's tasks (documented v3 path)

     The export path the API documentation lists. It takes the same parameters and
    answers like `/export`. The documentation gives no response body; the answer
    follows the API's envelope and the official SDK, which reads `data.exportPath`.

    Args:
        project (str):  Example: 6167dfee2a810d000e9d313f.
        format_ (ExportFormat | Unset):
        type_ (ExportType | Unset):
        stage (str | Unset):
        batches (str | Unset):
        task_types (str | Unset):
        updated_at (str | Unset):
        created_at (str | Unset):
        assignee (str | Unset):
        completed_atgt (str | Unset):  Example: 2022-12-01T00:00:00.000Z.
        completed_atlt (str | Unset):  Example: 2022-12-31T00:00:00.000Z.
        send_email (bool | Unset):  Default: False.
        include_metadata (bool | Unset):  Default: True.
        include_history (bool | Unset):  Default: True.
        do_not_notify (bool | Unset):  Default: True.
        include_only_key_frames (bool | Unset):  Default: False.
        include_idle_blur_durations (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExportResponse]
    """

    kwargs = _get_kwargs(
        project=project,
        format_=format_,
        type_=type_,
        stage=stage,
        batches=batches,
        task_types=task_types,
        updated_at=updated_at,
        created_at=created_at,
        assignee=assignee,
        completed_atgt=completed_atgt,
        completed_atlt=completed_atlt,
        send_email=send_email,
        include_metadata=include_metadata,
        include_history=include_history,
        do_not_notify=do_not_notify,
        include_only_key_frames=include_only_key_frames,
        include_idle_blur_durations=include_idle_blur_durations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project: str,
    format_: ExportFormat | Unset = UNSET,
    type_: ExportType | Unset = UNSET,
    stage: str | Unset = UNSET,
    batches: str | Unset = UNSET,
    task_types: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    completed_atgt: str | Unset = UNSET,
    completed_atlt: str | Unset = UNSET,
    send_email: bool | Unset = False,
    include_metadata: bool | Unset = True,
    include_history: bool | Unset = True,
    do_not_notify: bool | Unset = True,
    include_only_key_frames: bool | Unset = False,
    include_idle_blur_durations: bool | Unset = False,
) -> ErrorResponse | ExportResponse | None:
    """Export a project's tasks (documented v3 path)

     The export path the API documentation lists. It takes the same parameters and
    answers like `/export`. The documentation gives no response body; the answer
    follows the API's envelope and the official SDK, which reads `data.exportPath`.

    Args:
        project (str):  Example: 6167dfee2a810d000e9d313f.
        format_ (ExportFormat | Unset):
        type_ (ExportType | Unset):
        stage (str | Unset):
        batches (str | Unset):
        task_types (str | Unset):
        updated_at (str | Unset):
        created_at (str | Unset):
        assignee (str | Unset):
        completed_atgt (str | Unset):  Example: 2022-12-01T00:00:00.000Z.
        completed_atlt (str | Unset):  Example: 2022-12-31T00:00:00.000Z.
        send_email (bool | Unset):  Default: False.
        include_metadata (bool | Unset):  Default: True.
        include_history (bool | Unset):  Default: True.
        do_not_notify (bool | Unset):  Default: True.
        include_only_key_frames (bool | Unset):  Default: False.
        include_idle_blur_durations (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExportResponse
    """

    return sync_detailed(
        client=client,
        project=project,
        format_=format_,
        type_=type_,
        stage=stage,
        batches=batches,
        task_types=task_types,
        updated_at=updated_at,
        created_at=created_at,
        assignee=assignee,
        completed_atgt=completed_atgt,
        completed_atlt=completed_atlt,
        send_email=send_email,
        include_metadata=include_metadata,
        include_history=include_history,
        do_not_notify=do_not_notify,
        include_only_key_frames=include_only_key_frames,
        include_idle_blur_durations=include_idle_blur_durations,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project: str,
    format_: ExportFormat | Unset = UNSET,
    type_: ExportType | Unset = UNSET,
    stage: str | Unset = UNSET,
    batches: str | Unset = UNSET,
    task_types: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    completed_atgt: str | Unset = UNSET,
    completed_atlt: str | Unset = UNSET,
    send_email: bool | Unset = False,
    include_metadata: bool | Unset = True,
    include_history: bool | Unset = True,
    do_not_notify: bool | Unset = True,
    include_only_key_frames: bool | Unset = False,
    include_idle_blur_durations: bool | Unset = False,
) -> Response[ErrorResponse | ExportResponse]:
    """Export a project's tasks (documented v3 path)

     The export path the API documentation lists. It takes the same parameters and
    answers like `/export`. The documentation gives no response body; the answer
    follows the API's envelope and the official SDK, which reads `data.exportPath`.

    Args:
        project (str):  Example: 6167dfee2a810d000e9d313f.
        format_ (ExportFormat | Unset):
        type_ (ExportType | Unset):
        stage (str | Unset):
        batches (str | Unset):
        task_types (str | Unset):
        updated_at (str | Unset):
        created_at (str | Unset):
        assignee (str | Unset):
        completed_atgt (str | Unset):  Example: 2022-12-01T00:00:00.000Z.
        completed_atlt (str | Unset):  Example: 2022-12-31T00:00:00.000Z.
        send_email (bool | Unset):  Default: False.
        include_metadata (bool | Unset):  Default: True.
        include_history (bool | Unset):  Default: True.
        do_not_notify (bool | Unset):  Default: True.
        include_only_key_frames (bool | Unset):  Default: False.
        include_idle_blur_durations (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExportResponse]
    """

    kwargs = _get_kwargs(
        project=project,
        format_=format_,
        type_=type_,
        stage=stage,
        batches=batches,
        task_types=task_types,
        updated_at=updated_at,
        created_at=created_at,
        assignee=assignee,
        completed_atgt=completed_atgt,
        completed_atlt=completed_atlt,
        send_email=send_email,
        include_metadata=include_metadata,
        include_history=include_history,
        do_not_notify=do_not_notify,
        include_only_key_frames=include_only_key_frames,
        include_idle_blur_durations=include_idle_blur_durations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project: str,
    format_: ExportFormat | Unset = UNSET,
    type_: ExportType | Unset = UNSET,
    stage: str | Unset = UNSET,
    batches: str | Unset = UNSET,
    task_types: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    completed_atgt: str | Unset = UNSET,
    completed_atlt: str | Unset = UNSET,
    send_email: bool | Unset = False,
    include_metadata: bool | Unset = True,
    include_history: bool | Unset = True,
    do_not_notify: bool | Unset = True,
    include_only_key_frames: bool | Unset = False,
    include_idle_blur_durations: bool | Unset = False,
) -> ErrorResponse | ExportResponse | None:
    """Export a project's tasks (documented v3 path)

     The export path the API documentation lists. It takes the same parameters and
    answers like `/export`. The documentation gives no response body; the answer
    follows the API's envelope and the official SDK, which reads `data.exportPath`.

    Args:
        project (str):  Example: 6167dfee2a810d000e9d313f.
        format_ (ExportFormat | Unset):
        type_ (ExportType | Unset):
        stage (str | Unset):
        batches (str | Unset):
        task_types (str | Unset):
        updated_at (str | Unset):
        created_at (str | Unset):
        assignee (str | Unset):
        completed_atgt (str | Unset):  Example: 2022-12-01T00:00:00.000Z.
        completed_atlt (str | Unset):  Example: 2022-12-31T00:00:00.000Z.
        send_email (bool | Unset):  Default: False.
        include_metadata (bool | Unset):  Default: True.
        include_history (bool | Unset):  Default: True.
        do_not_notify (bool | Unset):  Default: True.
        include_only_key_frames (bool | Unset):  Default: False.
        include_idle_blur_durations (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            project=project,
            format_=format_,
            type_=type_,
            stage=stage,
            batches=batches,
            task_types=task_types,
            updated_at=updated_at,
            created_at=created_at,
            assignee=assignee,
            completed_atgt=completed_atgt,
            completed_atlt=completed_atlt,
            send_email=send_email,
            include_metadata=include_metadata,
            include_history=include_history,
            do_not_notify=do_not_notify,
            include_only_key_frames=include_only_key_frames,
            include_idle_blur_durations=include_idle_blur_durations,
        )
    ).parsed
