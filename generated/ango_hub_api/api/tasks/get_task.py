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
    from ...models.task_response import TaskResponse
    from ...types import Response


def _get_kwargs(
    task_id: str,
    *,
    include_answer: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeAnswer"] = include_answer

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/task/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
        "params": params,
    }

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
    include_answer: bool | Unset = False,
) -> Response[ErrorResponse | TaskResponse]:
    """Get a task

     Returns a task with its asset, status, review state and answer.

    The task comes with its answer whether or not `includeAnswer` is sent. The
    documented response (older "API methods" and "API Documentation" pages, no query
    parameter) carries it, with the objects under `tools`; the official SDK up to
    1.3.40 sent no parameter and merged new annotations into `answer["tools"]`; from
    1.3.50 it sends `includeAnswer=False` (Python spelling) by default and still reads
    the answer from this response in `annotate_task`'s default (merge) mode and in its
    plugins, which only works if the answer is there. Whether the current API ever
    leaves it out for `includeAnswer=false` is not documented: this document (and the
    mock) always includes it. The parameter is accepted in both spellings.

    Args:
        task_id (str):  Example: 6167e08b2a810d000e9d314d.
        include_answer (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        include_answer=include_answer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_answer: bool | Unset = False,
) -> ErrorResponse | TaskResponse | None:
    """Get a task

     Returns a task with its asset, status, review state and answer.

    The task comes with its answer whether or not `includeAnswer` is sent. The
    documented response (older "API methods" and "API Documentation" pages, no query
    parameter) carries it, with the objects under `tools`; the official SDK up to
    1.3.40 sent no parameter and merged new annotations into `answer["tools"]`; from
    1.3.50 it sends `includeAnswer=False` (Python spelling) by default and still reads
    the answer from this response in `annotate_task`'s default (merge) mode and in its
    plugins, which only works if the answer is there. Whether the current API ever
    leaves it out for `includeAnswer=false` is not documented: this document (and the
    mock) always includes it. The parameter is accepted in both spellings.

    Args:
        task_id (str):  Example: 6167e08b2a810d000e9d314d.
        include_answer (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        include_answer=include_answer,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_answer: bool | Unset = False,
) -> Response[ErrorResponse | TaskResponse]:
    """Get a task

     Returns a task with its asset, status, review state and answer.

    The task comes with its answer whether or not `includeAnswer` is sent. The
    documented response (older "API methods" and "API Documentation" pages, no query
    parameter) carries it, with the objects under `tools`; the official SDK up to
    1.3.40 sent no parameter and merged new annotations into `answer["tools"]`; from
    1.3.50 it sends `includeAnswer=False` (Python spelling) by default and still reads
    the answer from this response in `annotate_task`'s default (merge) mode and in its
    plugins, which only works if the answer is there. Whether the current API ever
    leaves it out for `includeAnswer=false` is not documented: this document (and the
    mock) always includes it. The parameter is accepted in both spellings.

    Args:
        task_id (str):  Example: 6167e08b2a810d000e9d314d.
        include_answer (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        include_answer=include_answer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_answer: bool | Unset = False,
) -> ErrorResponse | TaskResponse | None:
    """Get a task

     Returns a task with its asset, status, review state and answer.

    The task comes with its answer whether or not `includeAnswer` is sent. The
    documented response (older "API methods" and "API Documentation" pages, no query
    parameter) carries it, with the objects under `tools`; the official SDK up to
    1.3.40 sent no parameter and merged new annotations into `answer["tools"]`; from
    1.3.50 it sends `includeAnswer=False` (Python spelling) by default and still reads
    the answer from this response in `annotate_task`'s default (merge) mode and in its
    plugins, which only works if the answer is there. Whether the current API ever
    leaves it out for `includeAnswer=false` is not documented: this document (and the
    mock) always includes it. The parameter is accepted in both spellings.

    Args:
        task_id (str):  Example: 6167e08b2a810d000e9d314d.
        include_answer (bool | Unset):  Default: False.

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
            include_answer=include_answer,
        )
    ).parsed
