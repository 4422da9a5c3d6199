"""``AsyncClient``: the request pipeline (sending, retrying, parsing) and the resources."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, Self, TypeVar

import httpx

from ango_hub._base_client import (
    USER_AGENT,
    AsyncLibrary,
    BaseClient,
    PreparedCall,
    RequestBudget,
    Resumable,
    TimeoutTypes,
    ValidateResponses,
    keep_body_only,
)
from ango_hub._config import SecretKey
from ango_hub._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ango_hub._deadline import AsyncDeadline
from ango_hub._error_text import unreadable
from ango_hub._sending import report_sending_async, report_waiting

if TYPE_CHECKING:
    from ango_hub._async.resources.assets import AsyncAssets
    from ango_hub._async.resources.batches import AsyncBatches
    from ango_hub._async.resources.exports import AsyncExports
    from ango_hub._async.resources.issues import AsyncIssues
    from ango_hub._async.resources.labels import AsyncLabels
    from ango_hub._async.resources.llms import AsyncLlms
    from ango_hub._async.resources.metrics import AsyncMetrics
    from ango_hub._async.resources.organization import AsyncOrganization
    from ango_hub._async.resources.plugins import AsyncPlugins
    from ango_hub._async.resources.projects import AsyncProjects
    from ango_hub._async.resources.storages import AsyncStorages
    from ango_hub._async.resources.tasks import AsyncTasks
    from ango_hub_api.operation import Operation, Request

P = ParamSpec("P")
R = TypeVar("R")


class AsyncClient(BaseClient):
    """An asyncio client for the Ango Hub API.

    >>> async with AsyncClient(api_key="...", region="us") as hub:   # doctest: +SKIP
    ...     async for task in hub.tasks.list(project_id):
    ...         print(task.id)

    Args:
        api_key: The API key. Defaults to the ``ANGO_API_KEY`` environment variable.
        region: ``"eu"`` (default), ``"us"``, ``"in"`` or ``"test"``. Defaults to
            ``ANGO_HUB_REGION``. Mutually exclusive with ``base_url``.
        base_url: The API root including ``/v2`` (e.g. ``http://127.0.0.1:8080/v2`` for the
            mock server). Defaults to ``ANGO_HUB_BASE_URL``. Where to send requests is
            decided in this order: the ``region`` or ``base_url`` argument (giving both is
            a ``ValueError``), which overrides the environment; else ``ANGO_HUB_REGION`` or
            ``ANGO_HUB_BASE_URL`` (both set is a ``ValueError`` too: unset one, or pass an
            argument); else the EU region. A 404 while ``base_url`` does not end in ``/v2``
            says so in the error's message.
        timeout: Seconds (or an ``httpx.Timeout``) for every request; 60 s to read and 10 s
            to connect by default. For some calls only: ``with_options(timeout=...)``.
        max_retries: How often a failed request is retried (default 2). Only requests that
            are safe to repeat are retried after a timeout or a 5xx; a 429 or a refused
            connection (nothing was processed) is retried for every request.
        deadline: Seconds each attempt of a request may take as a whole, from sending it to
            the last byte of the answer (a server that drips its answer cannot hold a call
            longer). Default: the read timeout of the call (60 s; 10 minutes for
            ``exports.create``); file transfers (export downloads, uploads of files) have
            none unless one is set here or with ``with_options(deadline=...)``.
        http_client: An ``httpx.AsyncClient`` to send requests with (proxies, custom TLS,
            ...). The caller keeps ownership of it: ``close()`` does not close it. Its
            ``follow_redirects`` is ignored: API requests never follow redirects.
        transport: An ``httpx`` transport for the client built here (for tests:
            ``httpx.MockTransport``, or an ASGI transport).
        requests_per_minute: Space requests so that at most this many are sent per
            minute by this client (retries included). Off by default; 429 answers are
            retried either way.
        validate_responses: Check each success answer against the spec's schema of its
            operation (fields it does not declare, enum values it does not list, other
            types, missing required fields): ``"warn"`` logs each difference once on the
            ``ango_hub`` logger, ``"raise"`` raises ``APIResponseValidationError`` naming
            its path. Off (None) by default, at no cost. See docs/verify.md.

    The resources (``hub.projects``, ...) and the engines behind them (bulk imports,
    uploads, ``verify``) reach the request pipeline through these entry points only, and
    nothing else of the client's state:

    - ``_call(operation, *args, **kwargs)``: send a spec operation (an ``Operation`` of
      ``ango_hub_api.operations``), its arguments type-checked against its builder;
      returns the parsed success body.
    - ``_send(request, timeout=..., default_timeout=...)``: send a request built by
      ``Operation.request`` (and perhaps ``Request.with_json``), with per-call options.
    - ``_fetch(request)`` then ``_parse_answer(operation, response)``: ``_send`` in two
      steps, so that the parse can happen elsewhere (a paginator parses a page while the
      next one is fetched).
    - ``_load_parser(operation)``: import what parsing an answer of ``operation`` needs (the
      models of its answers), which the first parse would import: a paginator calls it
      while its first requests are in flight.
    - ``transfer(method, url, ...)``: the public entry point for requests that are not
      spec operations (export downloads, ``PUT`` requests to presigned URLs, mask reads,
      ``verify``'s GETs); returns the ``httpx.Response``.

    ``requests_per_minute`` (read only) and ``redact(text)`` are public too.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        requests_per_minute: float | None = None,
        deadline: float | None = None,
        validate_responses: ValidateResponses = None,
    ) -> None:
        # First, the key goes where no repr and no traceback with locals shows it.
        secret = SecretKey(api_key)
        del api_key
        self._configure(
            secret,
            region=region,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            has_http_client=http_client is not None,
            has_transport=transport is not None,
            requests_per_minute=requests_per_minute,
            validate_responses=validate_responses,
        )
        AsyncLibrary.settle()
        self._http = http_client or httpx.AsyncClient(
            timeout=timeout, transport=transport, headers={"User-Agent": USER_AGENT}
        )
        #: How the client waits between retries (tests replace it).
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    # -- resources (each module imported on first use) ----------------------------------

    @cached_property
    def projects(self) -> AsyncProjects:
        """Projects: list, read, create, update, label sets, workflow stages, members."""
        from ango_hub._async.resources.projects import AsyncProjects

        return AsyncProjects(self)

    @cached_property
    def tasks(self) -> AsyncTasks:
        """Labeling tasks: list (filtered, paginated), read, history, assign, requeue, review."""
        from ango_hub._async.resources.tasks import AsyncTasks

        return AsyncTasks(self)

    @cached_property
    def assets(self) -> AsyncAssets:
        """Assets: list, upload local files, import from cloud storage, attachments, delete."""
        from ango_hub._async.resources.assets import AsyncAssets

        return AsyncAssets(self)

    @cached_property
    def batches(self) -> AsyncBatches:
        """Batches of assets: list, create, assign."""
        from ango_hub._async.resources.batches import AsyncBatches

        return AsyncBatches(self)

    @cached_property
    def issues(self) -> AsyncIssues:
        """Issues raised on tasks: create, list, update, comment, delete."""
        from ango_hub._async.resources.issues import AsyncIssues

        return AsyncIssues(self)

    @cached_property
    def storages(self) -> AsyncStorages:
        """Cloud storage integrations: list, create, delete, browse their files."""
        from ango_hub._async.resources.storages import AsyncStorages

        return AsyncStorages(self)

    @cached_property
    def exports(self) -> AsyncExports:
        """Exports of a project: create the archive, download it, read it."""
        from ango_hub._async.resources.exports import AsyncExports

        return AsyncExports(self)

    @cached_property
    def labels(self) -> AsyncLabels:
        """Annotations: annotate a task, bulk label imports, segmentation masks."""
        from ango_hub._async.resources.labels import AsyncLabels

        return AsyncLabels(self)

    @cached_property
    def metrics(self) -> AsyncMetrics:
        """Project metrics and annotator performance."""
        from ango_hub._async.resources.metrics import AsyncMetrics

        return AsyncMetrics(self)

    @cached_property
    def organization(self) -> AsyncOrganization:
        """The organization: members, roles, invitations, notifications."""
        from ango_hub._async.resources.organization import AsyncOrganization

        return AsyncOrganization(self)

    @cached_property
    def llms(self) -> AsyncLlms:
        """LLM configurations of the organization: list, create, delete."""
        from ango_hub._async.resources.llms import AsyncLlms

        return AsyncLlms(self)

    @cached_property
    def plugins(self) -> AsyncPlugins:
        """Plugins: log, respond, rerun a project's webhook."""
        from ango_hub._async.resources.plugins import AsyncPlugins

        return AsyncPlugins(self)

    # -- lifecycle ------------------------------------------------------------------

    async def close(self) -> None:
        """Close the connection pool (unless the ``http_client`` was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- the request pipeline -------------------------------------------------------

    async def _call(self, operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Send ``operation`` with these arguments (type-checked against its builder).

        Returns the parsed success body; raises a typed error otherwise. Retried where the
        operation is safe to repeat (``Operation.idempotent``, from the spec).
        """
        return await self._send(operation.request(*args, **kwargs))

    async def _send(
        self,
        request: Request[R],
        *,
        timeout: TimeoutTypes | None = None,
        default_timeout: TimeoutTypes | None = None,
    ) -> R:
        """Send a request built by ``Operation.request``; return the parsed success body.

        ``timeout`` is this call's; without it, the timeout of ``with_options(timeout=...)``,
        else ``default_timeout`` (an operation that takes longer than most, such as
        ``exports.create``), else the client's.
        """
        operation = request.operation
        response = await self._send_raw(
            request.kwargs,
            idempotent=operation.idempotent,
            timeout=timeout,
            default_timeout=default_timeout,
        )
        return self._parse(response, operation.parse, operation.operation_id)

    async def _fetch(
        self,
        request: Request[R],
        *,
        timeout: TimeoutTypes | None = None,
        default_timeout: TimeoutTypes | None = None,
    ) -> httpx.Response:
        """``_send`` without the parse: the answer, its body read (retried as ``_send`` does).

        ``_parse_answer(request.operation, answer)`` parses it later: a paginator parses a page
        while the next one is fetched.
        """
        return await self._send_raw(
            request.kwargs,
            idempotent=request.operation.idempotent,
            timeout=timeout,
            default_timeout=default_timeout,
        )

    def _parse_answer(self, operation: Operation[..., R], response: httpx.Response) -> R:
        """The parsed success body of an answer of ``operation`` (from ``_fetch``), or a typed error."""
        return self._parse(response, operation.parse, operation.operation_id)

    async def transfer(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | AsyncIterable[bytes] | None = None,
        idempotent: bool = False,
        timeout: TimeoutTypes | None = None,
        consume: Callable[[httpx.Response], Awaitable[None]] | None = None,
        resume: Resumable | None = None,
        budget: RequestBudget | None = None,
    ) -> httpx.Response:
        """Send a request that is not an operation of the spec, through the client's pipeline.

        >>> response = await hub.transfer("GET", signed_url, idempotent=True)   # doctest: +SKIP
        >>> await hub.transfer("PUT", upload_url, content=data, idempotent=True)  # doctest: +SKIP

        For what the operations do not cover: downloading an export, a ``PUT`` to a
        presigned URL, reading a mask from storage, a plain GET of the API. ``url`` is a
        path below ``base_url`` (``/project/abc``), sent with the API key, or an absolute
        ``http(s)`` URL (a download or upload link), sent without it. The request gets
        what every call gets: retries (after a timeout, a lost connection or a 5xx only
        when ``idempotent``, a GET always; after a 429 or a refused connection always),
        ``requests_per_minute``, the timeouts (``timeout``: this call's, else the client's)
        and deadline, ``raw_responses``, no redirect followed, no key in an error.

        Returns the last response whatever its status (a 4xx or a 3xx is not raised: the
        caller decides), with its body read. With ``consume``, the body of a 2xx answer is
        streamed to ``consume(response)`` instead of read (a lost connection while it reads
        is retried like one before the answer, for an ``idempotent`` request); with
        ``resume`` (a ``Resumable``, as ``exports.download`` uses) each attempt sends its
        headers (``Range``...) and one that advanced the transfer does not count against
        ``max_retries``. With ``budget`` (a ``RequestBudget``), each attempt counts against
        it and no retry goes beyond it. Raises ``APIConnectionError`` or
        ``APITimeoutError`` when no response came, ``ValueError`` for a path that leaves
        ``base_url`` (before sending).
        """
        request: dict[str, Any] = {"method": method, "url": url}
        if params is not None:
            request["params"] = dict(params)
        if headers is not None:
            request["headers"] = dict(headers)
        if content is not None:
            request["content"] = content
        return await self._send_raw(
            request,
            idempotent=idempotent,
            timeout=timeout,
            authenticate=not url.startswith(("https://", "http://")),
            consume=consume,
            resume=resume,
            budget=budget,
        )

    async def _send_raw(
        self,
        request: dict[str, Any],
        *,
        idempotent: bool,
        timeout: TimeoutTypes | None = None,
        default_timeout: TimeoutTypes | None = None,
        authenticate: bool = True,
        consume: Callable[[httpx.Response], Awaitable[None]] | None = None,
        resume: Resumable | None = None,
        budget: RequestBudget | None = None,
    ) -> httpx.Response:
        """The pipeline's loop, behind ``_send`` and ``transfer``: send a request (httpx
        arguments: method, url, params, json, ...); retry where it is safe.

        Returns the last response, whatever its status, with its body read (redirects are
        never followed: a 3xx is returned). With ``consume``, the body of a 2xx response is
        streamed to it instead, and a connection lost while it reads is retried like one
        lost before the answer (the request must be safe to repeat); with ``resume`` as well,
        each attempt sends its headers and one that advanced the transfer is not counted
        against ``max_retries`` (see ``BaseClient._delay_after_error``). With ``budget``, each
        attempt that reaches the server counts against it and no retry goes beyond it (the
        calls that share it send at most its ``limit``). Each attempt runs within the call's
        deadline. Raises ``APIConnectionError`` or ``APITimeoutError``
        when no response came, and an ``APIConnectionError`` for any other httpx error:
        nothing from httpx leaves the client, and no request that leaves it holds the key.
        """
        call = self._prepare(
            request,
            idempotent=idempotent,
            timeout=timeout,
            default_timeout=default_timeout,
            authenticate=authenticate,
            streamed=consume is not None,
            resume=resume,
            budget=budget,
        )
        while True:
            if self._limiter is not None:
                wait = self._limiter.reserve()
                if wait > 0:
                    report_waiting()  # a listing's iterating thread need not wait for this write
                    await self._sleep(wait)
            call.started = time.monotonic()
            try:
                outgoing = self._http.build_request(
                    call.method, call.target, headers=self._attempt_headers(call), **call.send_kwargs
                )
            except httpx.InvalidURL as exc:
                raise self._invalid_url(call, exc) from exc
            self._spend(call)
            try:
                response = await self._attempt(call, outgoing, consume)
            except httpx.TransportError as exc:
                delay = self._delay_after_error(call, exc)
                if delay is None:
                    raise self._transport_error(call, exc) from exc
                await self._sleep(delay)
                self._next_attempt(call)
                continue
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                raise self._http_error(call, exc) from exc
            finally:
                self._redact_sent(call, outgoing)
            self._record(call, response, outgoing)
            delay = self._delay_after_response(call, response)
            if delay is None:
                return response
            await self._sleep(delay)
            self._next_attempt(call)

    async def _attempt(
        self,
        call: PreparedCall,
        outgoing: httpx.Request,
        consume: Callable[[httpx.Response], Awaitable[None]] | None,
    ) -> httpx.Response:
        """One attempt, within the call's deadline: send, then read the body (or consume it)."""
        async with AsyncDeadline(call.deadline, outgoing) as deadline:
            report_sending_async(outgoing)  # a listing's fetches: see ango_hub/_sending.py
            response = await self._http.send(
                outgoing,
                auth=self._auth if call.authenticate else None,
                stream=True,
                follow_redirects=False,
            )
            try:
                deadline.watch(response)
                if consume is not None and response.is_success:
                    await consume(response)
                    return response
                try:
                    await response.aread()
                except httpx.DecodingError as exc:  # a body it cannot decode: an empty one that says why
                    return unreadable(response, exc)
            finally:
                deadline.release()  # before the connection may go back to the pool
                await response.aclose()
        return keep_body_only(response)
