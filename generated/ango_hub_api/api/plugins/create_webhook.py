from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import types as _types
from ...models.webhook_create import WebhookCreate

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.webhook_response import WebhookResponse
    from ...types import Response


def _get_kwargs(
    *,
    body: WebhookCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _import_response_models() -> tuple[type[Any], ...]:
    """The model classes of this operation's answers, imported (``_parse_response`` imports
    them on its first call: a caller may do it before, while a request is in flight)."""
    from ...models.error_response import ErrorResponse
    from ...models.webhook_response import WebhookResponse

    return (
        ErrorResponse,
        WebhookResponse,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WebhookResponse | None:
    if response.status_code == 200:
        from ...models.webhook_response import WebhookResponse

        response_200 = WebhookResponse.from_dict(_types.decode_json(response.content))

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
) -> Response[ErrorResponse | WebhookResponse]:
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
    body: WebhookCreate,
) -> Response[ErrorResponse | WebhookResponse]:
    """Add a webhook to a project

     Adds a webhook to a project: Ango Hub then POSTs to `url` whenever one of `types`
    happens (`ACCEPTED`: a reviewer accepts a task; `COMPLETED`: an annotator submits
    one; `UPDATED`: a labeled task is saved again), signed with `secret`.

    Documented on the SDK documentation page (`create_webhook(webhook_url, project_id,
    secret, types)`); the official SDK 0.1.x and 1.1.x send exactly this body, 1.4.10
    no longer has the method. The documented answer is `{"status": "success", "data":
    { ... all integration data from the project }}`, elided: this document models it
    as the project's webhooks, and keeps any other field. Whether the current API
    still serves this path is not documented.

    What Ango Hub then sends is the callback `labelEvent` (a `WebhookEvent`, signed in
    `X-Hub-Signature`).

    Args:
        body (WebhookCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookResponse]
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
    body: WebhookCreate,
) -> ErrorResponse | WebhookResponse | None:
    """Add a webhook to a project

     Adds a webhook to a project: Ango Hub then POSTs to `url` whenever one of `types`
    happens (`ACCEPTED`: a reviewer accepts a task; `COMPLETED`: an annotator submits
    one; `UPDATED`: a labeled task is saved again), signed with `secret`.

    Documented on the SDK documentation page (`create_webhook(webhook_url, project_id,
    secret, types)`); the official SDK 0.1.x and 1.1.x send exactly this body, 1.4.10
    no longer has the method. The documented answer is `{"status": "success", "data":
    { ... all integration data from the project }}`, elided: this document models it
    as the project's webhooks, and keeps any other field. Whether the current API
    still serves this path is not documented.

    What Ango Hub then sends is the callback `labelEvent` (a `WebhookEvent`, signed in
    `X-Hub-Signature`).

    Args:
        body (WebhookCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreate,
) -> Response[ErrorResponse | WebhookResponse]:
    """Add a webhook to a project

     Adds a webhook to a project: Ango Hub then POSTs to `url` whenever one of `types`
    happens (`ACCEPTED`: a reviewer accepts a task; `COMPLETED`: an annotator submits
    one; `UPDATED`: a labeled task is saved again), signed with `secret`.

    Documented on the SDK documentation page (`create_webhook(webhook_url, project_id,
    secret, types)`); the official SDK 0.1.x and 1.1.x send exactly this body, 1.4.10
    no longer has the method. The documented answer is `{"status": "success", "data":
    { ... all integration data from the project }}`, elided: this document models it
    as the project's webhooks, and keeps any other field. Whether the current API
    still serves this path is not documented.

    What Ango Hub then sends is the callback `labelEvent` (a `WebhookEvent`, signed in
    `X-Hub-Signature`).

    Args:
        body (WebhookCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreate,
) -> ErrorResponse | WebhookResponse | None:
    """Add a webhook to a project

     Adds a webhook to a project: Ango Hub then POSTs to `url` whenever one of `types`
    happens (`ACCEPTED`: a reviewer accepts a task; `COMPLETED`: an annotator submits
    one; `UPDATED`: a labeled task is saved again), signed with `secret`.

    Documented on the SDK documentation page (`create_webhook(webhook_url, project_id,
    secret, types)`); the official SDK 0.1.x and 1.1.x send exactly this body, 1.4.10
    no longer has the method. The documented answer is `{"status": "success", "data":
    { ... all integration data from the project }}`, elided: this document models it
    as the project's webhooks, and keeps any other field. Whether the current API
    still serves this path is not documented.

    What Ango Hub then sends is the callback `labelEvent` (a `WebhookEvent`, signed in
    `X-Hub-Signature`).

    Args:
        body (WebhookCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
