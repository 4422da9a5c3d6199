"""A pytest plugin: test code that talks to Ango Hub against the mock, over real HTTP.

Installed with ``pip install ango-hub[mock]`` (the plugin is registered under the
``pytest11`` entry point ``ango_hub``), it provides five fixtures:

* ``ango_mock`` (session): a :class:`MockHub` serving the demo organization on
  ``127.0.0.1`` (a free port) for the whole test session. Its store is shared by every
  test of the session: use ``ango_mock_factory`` for a mock of your own;
* ``ango_client`` (function): an :class:`ango_hub.Client` for ``ango_mock``, closed after
  the test;
* ``ango_mock_factory`` (function): call it (``seed=``, ``tasks=``, ``faults=``,
  ``strict=``, ``api_key=``, ``validate_responses=``, ``perturb=``) for a fresh mock of your own, served
  separately (a port, a store and connections of its own) and stopped after the test. Its
  mocks are served by one event loop for the whole session
  (:class:`ango_hub.mock.server.MockHost`), so a fresh mock costs about what building its
  store costs (the demo organization: a few tens of milliseconds; ``seed=None``: about a
  millisecond), not the start and stop of a server.
* ``ango_mock_host`` (session): that event loop (rarely needed by itself: pass it as
  ``host=`` to :func:`start_mock` for a mock that outlives a test, in a fixture of a wider scope);
* ``ango_webhook_receiver`` (function): a webhook receiver on ``127.0.0.1``
  (:class:`ango_hub.mock.receiver.WebhookReceiver`, built with
  :func:`ango_hub.webhooks.webhook_app`) for the webhooks a mock sends: ``.url``,
  ``.secret``, ``.events``, ``.wait(n)``. ``MockHub.deliveries`` and
  ``MockHub.wait_for_deliveries(n)`` show what the mock sent (see ``docs/webhooks.md``).

Arrange the data a test needs with the store's typed test-data API
(:class:`ango_hub.mock.MockState`: ``add_project``, ``add_tasks``, ``add_assets``,
``add_batch``, ``add_member``, ``label_task``, ``add_issue``, ``connect_storage``,
``add_llm``, ``add_invite``, each returning ids), then let your code talk to the mock::

    import ango_hub
    import pytest

    def test_only_finished_tasks_are_read(ango_mock_factory):
        mock = ango_mock_factory(seed=None, strict=True)
        project_id = mock.state.add_project("Street scenes", stages=["Label", "Review"])
        done = mock.state.add_tasks(project_id, 3, stage="Complete")
        waiting = mock.state.add_tasks(project_id, 2)  # in Label
        with mock.client() as hub:
            page = hub.tasks.list_page(project_id, filters={"stage": "Complete"})
            assert [task.id for task in page.tasks] == done
            with pytest.raises(ango_hub.BadRequestError, match="not a tool of the label set"):
                hub.labels.annotate(waiting[0], {"objects": [{"schemaId": "nope", "point": [1, 2]}]})

Faults (``ango_hub.mock.faults.FaultConfig``) make a mock slow, rate limited or failing::

    from ango_hub.mock.faults import FaultConfig

    def test_survives_rate_limits(ango_mock_factory):
        mock = ango_mock_factory(faults=FaultConfig(rate_limit=5))
        with mock.client(max_retries=5) as hub:
            ...

**Strict mode** (``strict=True``, see :mod:`ango_hub.mock.strict`): the mock refuses, with
a 400 naming the bad value and what is allowed, what the real service refuses beyond the
spec: answers and label imports that do not fit the project's label set, stages the
project does not have in filters and exports. The fixtures are lenient unless asked: set
``ango_mock_strict = true`` in the ``[pytest]`` (or ``[tool.pytest.ini_options]``)
section, or run ``pytest --ango-mock-strict``, to make ``ango_mock`` and the factory's
mocks strict (``ango_mock_factory(strict=False)`` still gives a lenient one). Lenient is
the default because strictness follows the documentation of what the service refuses,
not the service itself, and because suites written against the lenient mock (answers
with placeholder schema ids, filters on stages a test project does not have) keep
passing on upgrade; new suites should turn it on.

The mock's dependencies (Starlette, uvicorn, ...) are imported only when a fixture is
used, so that the plugin does not get in the way of test suites without the ``mock`` extra.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import httpx
import pytest

from ango_hub import AsyncClient, Client

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from ango_hub.mock.delivery import WebhookDelivery
    from ango_hub.mock.faults import FaultConfig
    from ango_hub.mock.receiver import WebhookReceiver
    from ango_hub.mock.server import MockHost
    from ango_hub.mock.state import MockState

__all__ = [
    "ANGO_MOCK_API_KEY",
    "STRICT_OPTION",
    "MockFactory",
    "MockHub",
    "ango_client",
    "ango_mock",
    "ango_mock_factory",
    "ango_mock_host",
    "ango_webhook_receiver",
    "start_mock",
]

#: The API key of the mocks the fixtures start (unless ``api_key=`` says otherwise).
ANGO_MOCK_API_KEY = "ango-mock-api-key"
#: The ini option (``ango_mock_strict = true``) that makes the fixtures' mocks strict; the
#: command-line flag is ``--ango-mock-strict``.
STRICT_OPTION = "ango_mock_strict"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the ``ango_mock_strict`` ini option and the ``--ango-mock-strict`` flag."""
    help_text = (
        "serve the ango_mock fixtures' mocks in strict mode: refuse answers outside the label set"
        " and unknown stages, as the real Ango Hub does"
    )
    parser.addini(STRICT_OPTION, help_text, type="bool", default=False)
    parser.getgroup("ango_hub").addoption(
        "--ango-mock-strict", action="store_true", dest=STRICT_OPTION, default=False, help=help_text
    )


def strict_by_default(config: pytest.Config) -> bool:
    """Whether the fixtures' mocks are strict unless told otherwise (the option and the flag)."""
    return bool(config.getoption(STRICT_OPTION, default=False) or config.getini(STRICT_OPTION))


@dataclass(frozen=True)
class MockHub:
    """A mock Ango Hub being served: where it is, its key, its store and its app."""

    base_url: str
    """The API root, ``http://127.0.0.1:<port>/v2``."""
    api_key: str = field(repr=False)
    """The only API key it accepts."""
    state: MockState = field(repr=False)
    """Its in-memory store (:class:`ango_hub.mock.MockState`): look, or change it, from tests."""
    app: Starlette = field(repr=False)
    """The ASGI app (``create_app``'s result)."""

    @property
    def strict(self) -> bool:
        """Whether the mock refuses what the real service refuses (see :mod:`ango_hub.mock.strict`)."""
        return self.state.strict

    def client(self, **options: Any) -> Client:
        """Return a new :class:`ango_hub.Client` for this mock (``options``: ``max_retries``, ...).

        Unless ``options`` give a ``transport`` or an ``http_client``, its transport shares the
        session's TLS settings (building them costs each new ``httpx`` client about 20 ms) and
        ignores proxies of the environment (the mock is on this machine)."""
        if "transport" not in options and "http_client" not in options:
            options["transport"] = httpx.HTTPTransport(verify=_tls_context())
        return Client(api_key=self.api_key, base_url=self.base_url, **options)

    def async_client(self, **options: Any) -> AsyncClient:
        """Return a new :class:`ango_hub.AsyncClient` for this mock (``async with`` it in the test);
        its transport is made as :meth:`client`'s."""
        if "transport" not in options and "http_client" not in options:
            options["transport"] = httpx.AsyncHTTPTransport(verify=_tls_context())
        return AsyncClient(api_key=self.api_key, base_url=self.base_url, **options)

    @property
    def deliveries(self) -> list[WebhookDelivery]:
        """The webhook events the mock sent (or is sending), oldest first (url, event type,
        attempts, status, outcome, body): see :mod:`ango_hub.mock.delivery`."""
        return self.state.webhook_deliveries

    def wait_for_deliveries(self, count: int, timeout: float = 10.0) -> list[WebhookDelivery]:
        """Wait until ``count`` webhook deliveries in all have finished (delivered or not);
        return :attr:`deliveries`. ``TimeoutError`` after ``timeout`` seconds."""
        return self.state.wait_for_webhook_deliveries(count, timeout)


def _needs_mock_extra(what: str, exc: ImportError) -> RuntimeError:
    """The error of a fixture used without the ``mock`` extra installed."""
    return RuntimeError(f"{what} needs the 'mock' extra: pip install 'ango-hub[mock]' ({exc})")


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """httpx's default TLS settings (certifi's CAs, ``SSL_CERT_FILE``), made once for every client
    of the mocks: a mock is served over plain HTTP, but the clients may follow URLs elsewhere."""
    create = getattr(httpx, "create_ssl_context", None)  # public since httpx 0.28
    if create is None:  # pragma: no cover - httpx 0.27
        import certifi

        return ssl.create_default_context(cafile=certifi.where())
    context: ssl.SSLContext = create()
    return context


class MockFactory(Protocol):
    """What ``ango_mock_factory`` is: call it for a new mock, served until the test ends."""

    def __call__(
        self,
        *,
        seed: str | None = "demo",
        tasks: int | None = None,
        faults: FaultConfig | None = None,
        api_key: str = ANGO_MOCK_API_KEY,
        validate_responses: bool = False,
        strict: bool | None = None,
        perturb: bool = False,
    ) -> MockHub: ...


def start_mock(
    stack: ExitStack,
    *,
    seed: str | None = "demo",
    tasks: int | None = None,
    faults: FaultConfig | None = None,
    api_key: str = ANGO_MOCK_API_KEY,
    validate_responses: bool = False,
    strict: bool = False,
    perturb: bool = False,
    host: MockHost | None = None,
) -> MockHub:
    """Serve a new mock on 127.0.0.1 in a background thread until ``stack`` closes.

    The arguments are those of :func:`ango_hub.mock.create_app`, but ``seed`` defaults to
    ``"demo"`` (None: an organization without projects). With ``host``
    (:class:`ango_hub.mock.server.MockHost`), the mock is served by the host's event loop on a
    port of its own; without, by a uvicorn server of its own.
    """
    try:
        from ango_hub.mock import create_app, mock_state
        from ango_hub.mock.server import serve_in_thread
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise _needs_mock_extra("The Ango Hub mock", exc) from exc
    app = create_app(
        api_key=api_key,
        seed=seed,
        tasks=tasks,
        faults=faults,
        validate_responses=validate_responses,
        strict=strict,
        perturb=perturb,
    )
    base_url = stack.enter_context(serve_in_thread(app) if host is None else host.serve(app))
    state = mock_state(app)
    stack.callback(state.stores.webhooks.dispatcher.close)
    return MockHub(base_url=base_url, api_key=api_key, state=state, app=app)


@pytest.fixture(scope="session")
def ango_mock(pytestconfig: pytest.Config) -> Iterator[MockHub]:
    """A mock Ango Hub with the demo organization, served for the whole session (strict when
    the ``ango_mock_strict`` option says so)."""
    with ExitStack() as stack:
        yield start_mock(stack, strict=strict_by_default(pytestconfig))


@pytest.fixture
def ango_client(ango_mock: MockHub) -> Iterator[Client]:
    """An :class:`ango_hub.Client` pointed at ``ango_mock``; closed after the test."""
    with ango_mock.client() as client:
        yield client


@pytest.fixture(scope="session")
def ango_mock_host() -> Iterator[MockHost]:
    """The event loop that serves ``ango_mock_factory``'s mocks, each on a port of its own
    (:class:`ango_hub.mock.server.MockHost`), for the whole session."""
    try:
        from ango_hub.mock.server import MockHost
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise _needs_mock_extra("The Ango Hub mock", exc) from exc
    with MockHost() as host:
        yield host


@pytest.fixture
def ango_mock_factory(pytestconfig: pytest.Config, ango_mock_host: MockHost) -> Iterator[MockFactory]:
    """Call it for a fresh mock (``seed=``, ``tasks=``, ``faults=``, ``strict=``, ``perturb=``, ...); all stop
    after the test. ``strict`` defaults to the ``ango_mock_strict`` option. The mocks are served
    by ``ango_mock_host``: starting and stopping one costs about a millisecond."""
    default = strict_by_default(pytestconfig)

    with ExitStack() as stack:

        def factory(
            *,
            seed: str | None = "demo",
            tasks: int | None = None,
            faults: FaultConfig | None = None,
            api_key: str = ANGO_MOCK_API_KEY,
            validate_responses: bool = False,
            strict: bool | None = None,
            perturb: bool = False,
        ) -> MockHub:
            return start_mock(
                stack,
                seed=seed,
                tasks=tasks,
                faults=faults,
                api_key=api_key,
                validate_responses=validate_responses,
                strict=default if strict is None else strict,
                perturb=perturb,
                host=ango_mock_host,
            )

        yield factory


@pytest.fixture
def ango_webhook_receiver() -> Iterator[WebhookReceiver]:
    """A webhook receiver on 127.0.0.1 (:class:`ango_hub.mock.receiver.WebhookReceiver`),
    stopped after the test: ``.url``, ``.secret``, ``.events``, ``.requests``, ``.wait(n)``.

    It is :func:`ango_hub.webhooks.webhook_app` served by uvicorn: it verifies each
    request's ``X-Hub-Signature`` with ``.secret`` (401 otherwise) and records the events::

        def test_submitting_fires_a_webhook(ango_mock_factory, ango_webhook_receiver):
            mock = ango_mock_factory(seed=None)
            project_id = mock.state.add_project("Hooks", stages=["Label"])
            [task_id] = mock.state.add_tasks(project_id, 1)
            with mock.client() as hub:
                hub.projects.create_webhook(
                    project_id, ango_webhook_receiver.url, ["COMPLETED"], secret=ango_webhook_receiver.secret
                )
                hub.labels.annotate(task_id, {"objects": []}, next_stage=True)
            [event] = ango_webhook_receiver.wait(1)
            assert event.task.task_id == task_id
    """
    try:
        from ango_hub.mock.receiver import serve_webhook_receiver
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise _needs_mock_extra("The webhook receiver", exc) from exc
    with serve_webhook_receiver() as receiver:
        yield receiver
