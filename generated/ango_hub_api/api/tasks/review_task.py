from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import types as _types
from ...models.task_review_submit import TaskReviewSubmit

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.task_response import TaskResponse
    from ...types import Response


def _get_kwargs(
    task_id: str,
    *,
    body: TaskReviewSubmit,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/review/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
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
    from ...models.task_response import TaskResponse

    return (
        ErrorResponse,
        TaskResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskResponse | None:
    if response.status_code == 200:
        from ...models.task_response import TaskResponse

        response_200 = TaskResponse.from_dict(_types.decode_json(response.content))

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

    if response.status_code == 409:
        from ...models.error_response import ErrorResponse

        response_409 = ErrorResponse.from_dict(_types.decode_json(response.content))

        return response_409

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
) -> Response[ErrorResponse | TaskResponse]:
    from ...types import Response

    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskReviewSubmit,
) -> Response[ErrorResponse | TaskResponse]:
    """Submit a review decision for a task

     Accepts or rejects a task waiting in a Review stage.

    Args:
        task_id (str):  Example: 6167e08b2a810d000e9d314d.
        body (TaskReviewSubmit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskReviewSubmit,
) -> ErrorResponse | TaskResponse | None:
    """Submit a review decision for a task

     Accepts or rejects a task waiting in a Review stage.

    Args:
        task_id (str):  Example: 6167e08b2a810d000e9d314d.
        body (TaskReviewSubmit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskReviewSubmit,
) -> Response[ErrorResponse | TaskResponse]:
    """Submit a review decision for a task

     Accepts or rejects a task waiting in a Review stage.

    Args:
        task_id (str):  Example: 6167e08b2a810d000e9d314d.
        body (TaskReviewSubmit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskReviewSubmit,
) -> ErrorResponse | TaskResponse | None:
    """Submit a review decision for a task

     Accepts or rejects a task waiting in a Review stage.

    Args:
        task_id (str):  Example: 6167e08b2a810d000e9d314d.
        body (TaskReviewSubmit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
