from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import types as _types
from ...models.task_assign import TaskAssign

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.task_assign_response import TaskAssignResponse
    from ...types import Response


def _get_kwargs(
    *,
    body: TaskAssign,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/task/assign",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.error_response import ErrorResponse
    from ...models.task_assign_response import TaskAssignResponse

    return (
        ErrorResponse,
        TaskAssignResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskAssignResponse | None:
    if response.status_code == 200:
        from ...models.task_assign_response import TaskAssignResponse

        response_200 = TaskAssignResponse.from_dict(
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
) -> Response[ErrorResponse | TaskAssignResponse]:
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
    body: TaskAssign,
) -> Response[ErrorResponse | TaskAssignResponse]:
    """Assign tasks to a user

     Assigns tasks to a user. Two bodies are documented:

    * `{project, tasks, stage, user}` ("API Documentation (Deprecated)" page, sent by the
      official SDK 1.4.10's `assign_task`): the listed tasks that are in `stage` go to
      the user with the e-mail `user`;
    * `{task, user}` or `{task, username}` (the SDK documentation page's
      `assign_task(task_id, user_id, email)`, sent by the official SDK 0.1.x-1.1.x):
      one task goes to the user with the ID `user`, or the e-mail `username`, whatever
      stage it is in.

    The documented answer is `{"assets": "Successfully created."}`; whether the
    current API still takes the one-task form is not documented.

    Args:
        body (TaskAssign): Tasks of a stage (`project`, `tasks`, `stage`, with the user's e-mail
            in `user`), or
            one task (`task`, with the user's ID in `user` or e-mail in `username`). One of the
            two forms, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskAssignResponse]
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
    body: TaskAssign,
) -> ErrorResponse | TaskAssignResponse | None:
    """Assign tasks to a user

     Assigns tasks to a user. Two bodies are documented:

    * `{project, tasks, stage, user}` ("API Documentation (Deprecated)" page, sent by the
      official SDK 1.4.10's `assign_task`): the listed tasks that are in `stage` go to
      the user with the e-mail `user`;
    * `{task, user}` or `{task, username}` (the SDK documentation page's
      `assign_task(task_id, user_id, email)`, sent by the official SDK 0.1.x-1.1.x):
      one task goes to the user with the ID `user`, or the e-mail `username`, whatever
      stage it is in.

    The documented answer is `{"assets": "Successfully created."}`; whether the
    current API still takes the one-task form is not documented.

    Args:
        body (TaskAssign): Tasks of a stage (`project`, `tasks`, `stage`, with the user's e-mail
            in `user`), or
            one task (`task`, with the user's ID in `user` or e-mail in `username`). One of the
            two forms, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskAssignResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskAssign,
) -> Response[ErrorResponse | TaskAssignResponse]:
    """Assign tasks to a user

     Assigns tasks to a user. Two bodies are documented:

    * `{project, tasks, stage, user}` ("API Documentation (Deprecated)" page, sent by the
      official SDK 1.4.10's `assign_task`): the listed tasks that are in `stage` go to
      the user with the e-mail `user`;
    * `{task, user}` or `{task, username}` (the SDK documentation page's
      `assign_task(task_id, user_id, email)`, sent by the official SDK 0.1.x-1.1.x):
      one task goes to the user with the ID `user`, or the e-mail `username`, whatever
      stage it is in.

    The documented answer is `{"assets": "Successfully created."}`; whether the
    current API still takes the one-task form is not documented.

    Args:
        body (TaskAssign): Tasks of a stage (`project`, `tasks`, `stage`, with the user's e-mail
            in `user`), or
            one task (`task`, with the user's ID in `user` or e-mail in `username`). One of the
            two forms, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskAssignResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TaskAssign,
) -> ErrorResponse | TaskAssignResponse | None:
    """Assign tasks to a user

     Assigns tasks to a user. Two bodies are documented:

    * `{project, tasks, stage, user}` ("API Documentation (Deprecated)" page, sent by the
      official SDK 1.4.10's `assign_task`): the listed tasks that are in `stage` go to
      the user with the e-mail `user`;
    * `{task, user}` or `{task, username}` (the SDK documentation page's
      `assign_task(task_id, user_id, email)`, sent by the official SDK 0.1.x-1.1.x):
      one task goes to the user with the ID `user`, or the e-mail `username`, whatever
      stage it is in.

    The documented answer is `{"assets": "Successfully created."}`; whether the
    current API still takes the one-task form is not documented.

    Args:
        body (TaskAssign): Tasks of a stage (`project`, `tasks`, `stage`, with the user's e-mail
            in `user`), or
            one task (`task`, with the user's ID in `user` or e-mail in `username`). One of the
            two forms, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskAssignResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
