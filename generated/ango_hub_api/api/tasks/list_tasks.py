from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import types as _types
from ...models.task_status import TaskStatus
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.task_list_response import TaskListResponse
    from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    include_answer: bool | Unset = False,
    filter_: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    status: str | TaskStatus | Unset = UNSET,
    assignee: str | Unset = UNSET,
    statuseq: str | TaskStatus | Unset = UNSET,
    batches: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["includeAnswer"] = include_answer

    params["filter"] = filter_

    params["filters"] = filters

    json_status: str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, TaskStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["assignee"] = assignee

    json_statuseq: str | Unset
    if isinstance(statuseq, Unset):
        json_statuseq = UNSET
    elif isinstance(statuseq, TaskStatus):
        json_statuseq = statuseq.value
    else:
        json_statuseq = statuseq
    params["status[eq]"] = json_statuseq

    params["batches"] = batches

    params["stage"] = stage

    params["sort"] = sort

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/project/{project_id}/tasks".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.error_response import ErrorResponse
    from ...models.task_list_response import TaskListResponse

    return (
        ErrorResponse,
        TaskListResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskListResponse | None:
    if response.status_code == 200:
        from ...models.task_list_response import TaskListResponse

        response_200 = TaskListResponse.from_dict(_types.decode_json(response.content))

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
) -> Response[ErrorResponse | TaskListResponse]:
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
    include_answer: bool | Unset = False,
    filter_: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    status: str | TaskStatus | Unset = UNSET,
    assignee: str | Unset = UNSET,
    statuseq: str | TaskStatus | Unset = UNSET,
    batches: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | TaskListResponse]:
    """List the tasks of a project

     Returns one page of a project's tasks, optionally filtered. Answers are left out
    unless `includeAnswer` is true (or `fields` is given).

    Filtering: `filter` takes a JSON-encoded `TaskFilter`. The older parameters
    `status[eq]`, `batches` and `stage` still work but are deprecated in the official
    SDK in favour of `filter`.

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        include_answer (bool | Unset):  Default: False.
        filter_ (str | Unset):
        filters (str | Unset):
        status (str | TaskStatus | Unset):  Example: TODO.
        assignee (str | Unset):
        statuseq (str | TaskStatus | Unset):  Example: TODO.
        batches (str | Unset):
        stage (str | Unset):
        sort (str | Unset):  Example: -createdAt.
        fields (str | Unset):  Example: _id,stage,assignee.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        limit=limit,
        include_answer=include_answer,
        filter_=filter_,
        filters=filters,
        status=status,
        assignee=assignee,
        statuseq=statuseq,
        batches=batches,
        stage=stage,
        sort=sort,
        fields=fields,
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
    include_answer: bool | Unset = False,
    filter_: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    status: str | TaskStatus | Unset = UNSET,
    assignee: str | Unset = UNSET,
    statuseq: str | TaskStatus | Unset = UNSET,
    batches: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | TaskListResponse | None:
    """List the tasks of a project

     Returns one page of a project's tasks, optionally filtered. Answers are left out
    unless `includeAnswer` is true (or `fields` is given).

    Filtering: `filter` takes a JSON-encoded `TaskFilter`. The older parameters
    `status[eq]`, `batches` and `stage` still work but are deprecated in the official
    SDK in favour of `filter`.

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        include_answer (bool | Unset):  Default: False.
        filter_ (str | Unset):
        filters (str | Unset):
        status (str | TaskStatus | Unset):  Example: TODO.
        assignee (str | Unset):
        statuseq (str | TaskStatus | Unset):  Example: TODO.
        batches (str | Unset):
        stage (str | Unset):
        sort (str | Unset):  Example: -createdAt.
        fields (str | Unset):  Example: _id,stage,assignee.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskListResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        page=page,
        limit=limit,
        include_answer=include_answer,
        filter_=filter_,
        filters=filters,
        status=status,
        assignee=assignee,
        statuseq=statuseq,
        batches=batches,
        stage=stage,
        sort=sort,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    include_answer: bool | Unset = False,
    filter_: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    status: str | TaskStatus | Unset = UNSET,
    assignee: str | Unset = UNSET,
    statuseq: str | TaskStatus | Unset = UNSET,
    batches: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | TaskListResponse]:
    """List the tasks of a project

     Returns one page of a project's tasks, optionally filtered. Answers are left out
    unless `includeAnswer` is true (or `fields` is given).

    Filtering: `filter` takes a JSON-encoded `TaskFilter`. The older parameters
    `status[eq]`, `batches` and `stage` still work but are deprecated in the official
    SDK in favour of `filter`.

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        include_answer (bool | Unset):  Default: False.
        filter_ (str | Unset):
        filters (str | Unset):
        status (str | TaskStatus | Unset):  Example: TODO.
        assignee (str | Unset):
        statuseq (str | TaskStatus | Unset):  Example: TODO.
        batches (str | Unset):
        stage (str | Unset):
        sort (str | Unset):  Example: -createdAt.
        fields (str | Unset):  Example: _id,stage,assignee.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        limit=limit,
        include_answer=include_answer,
        filter_=filter_,
        filters=filters,
        status=status,
        assignee=assignee,
        statuseq=statuseq,
        batches=batches,
        stage=stage,
        sort=sort,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 10,
    include_answer: bool | Unset = False,
    filter_: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    status: str | TaskStatus | Unset = UNSET,
    assignee: str | Unset = UNSET,
    statuseq: str | TaskStatus | Unset = UNSET,
    batches: str | Unset = UNSET,
    stage: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | TaskListResponse | None:
    """List the tasks of a project

     Returns one page of a project's tasks, optionally filtered. Answers are left out
    unless `includeAnswer` is true (or `fields` is given).

    Filtering: `filter` takes a JSON-encoded `TaskFilter`. The older parameters
    `status[eq]`, `batches` and `stage` still work but are deprecated in the official
    SDK in favour of `filter`.

    Args:
        project_id (str):  Example: 6167dfee2a810d000e9d313f.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        include_answer (bool | Unset):  Default: False.
        filter_ (str | Unset):
        filters (str | Unset):
        status (str | TaskStatus | Unset):  Example: TODO.
        assignee (str | Unset):
        statuseq (str | TaskStatus | Unset):  Example: TODO.
        batches (str | Unset):
        stage (str | Unset):
        sort (str | Unset):  Example: -createdAt.
        fields (str | Unset):  Example: _id,stage,assignee.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            page=page,
            limit=limit,
            include_answer=include_answer,
            filter_=filter_,
            filters=filters,
            status=status,
            assignee=assignee,
            statuseq=statuseq,
            batches=batches,
            stage=stage,
            sort=sort,
            fields=fields,
        )
    ).parsed
