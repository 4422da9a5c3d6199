from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import types as _types
from ...models.annotation_payload import AnnotationPayload
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.annotate_response import AnnotateResponse
    from ...models.error_response import ErrorResponse
    from ...types import Response


def _get_kwargs(
    task_id: str,
    *,
    body: AnnotationPayload,
    next_stage: bool | Unset = False,
    is_plugin: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["nextStage"] = next_stage

    params["isPlugin"] = is_plugin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/annotate/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.annotate_response import AnnotateResponse
    from ...models.error_response import ErrorResponse

    return (
        AnnotateResponse,
        ErrorResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnnotateResponse | ErrorResponse | None:
    if response.status_code == 200:
        from ...models.annotate_response import AnnotateResponse

        response_200 = AnnotateResponse.from_dict(_types.decode_json(response.content))

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
) -> Response[AnnotateResponse | ErrorResponse]:
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
    body: AnnotationPayload,
    next_stage: bool | Unset = False,
    is_plugin: bool | Unset = False,
) -> Response[AnnotateResponse | ErrorResponse]:
    """Set the answer of a task

     Replaces the annotation (answer) of a task, whatever stage it is in.

    The documentation lists this as `GET /annotate/{task_id}`, but its sample request
    sends a JSON body, and the official SDK sends a POST: this document follows the wire.
    The SDK merges the existing answer into the new one before sending unless told to
    overwrite; the API itself replaces.

    Args:
        task_id (str):  Example: 6167e08b2a810d000e9d314d.
        next_stage (bool | Unset):  Default: False.
        is_plugin (bool | Unset):  Default: False.
        body (AnnotationPayload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
        next_stage=next_stage,
        is_plugin=is_plugin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AnnotationPayload,
    next_stage: bool | Unset = False,
    is_plugin: bool | Unset = False,
) -> AnnotateResponse | ErrorResponse | None:
    """Set the answer of a task

     Replaces the annotation (answer) of a task, whatever stage it is in.

    The documentation lists this as `GET /annotate/{task_id}`, but its sample request
    sends a JSON body, and the official SDK sends a POST: this document follows the wire.
    The SDK merges the existing answer into the new one before sending unless told to
    overwrite; the API itself replaces.

    Args:
        task_id (str):  Example: 6167e08b2a810d000e9d314d.
        next_stage (bool | Unset):  Default: False.
        is_plugin (bool | Unset):  Default: False.
        body (AnnotationPayload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotateResponse | ErrorResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
        next_stage=next_stage,
        is_plugin=is_plugin,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AnnotationPayload,
    next_stage: bool | Unset = False,
    is_plugin: bool | Unset = False,
) -> Response[AnnotateResponse | ErrorResponse]:
    """Set the answer of a task

     Replaces the annotation (answer) of a task, whatever stage it is in.

    The documentation lists this as `GET /annotate/{task_id}`, but its sample request
    sends a JSON body, and the official SDK sends a POST: this document follows the wire.
    The SDK merges the existing answer into the new one before sending unless told to
    overwrite; the API itself replaces.

    Args:
        task_id (str):  Example: 6167e08b2a810d000e9d314d.
        next_stage (bool | Unset):  Default: False.
        is_plugin (bool | Unset):  Default: False.
        body (AnnotationPayload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
        next_stage=next_stage,
        is_plugin=is_plugin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AnnotationPayload,
    next_stage: bool | Unset = False,
    is_plugin: bool | Unset = False,
) -> AnnotateResponse | ErrorResponse | None:
    """Set the answer of a task

     Replaces the annotation (answer) of a task, whatever stage it is in.

    The documentation lists this as `GET /annotate/{task_id}`, but its sample request
    sends a JSON body, and the official SDK sends a POST: this document follows the wire.
    The SDK merges the existing answer into the new one before sending unless told to
    overwrite; the API itself replaces.

    Args:
        task_id (str):  Example: 6167e08b2a810d000e9d314d.
        next_stage (bool | Unset):  Default: False.
        is_plugin (bool | Unset):  Default: False.
        body (AnnotationPayload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
            next_stage=next_stage,
            is_plugin=is_plugin,
        )
    ).parsed
