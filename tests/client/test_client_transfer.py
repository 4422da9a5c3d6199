"""The client's public pieces beside the resources: ``transfer`` (requests that are not spec
operations), ``requests_per_minute`` and ``redact``; over real HTTP, against a small server
of the test's own that records what it receives."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from ango_hub import APIConnectionError, AsyncClient, Client
from ango_hub._base_client import RequestBudget

KEY = "transfer-key-0123456789"


@dataclass
class Seen:
    method: str
    path: str
    apikey: str | None
    body: bytes


@dataclass
class Recorder:
    base: str = ""
    seen: list[Seen] = field(default_factory=list)
    #: Path -> statuses to answer, in order (then 200).
    script: dict[str, list[int]] = field(default_factory=dict)


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    record = Recorder()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            record.seen.append(Seen(self.command, self.path, self.headers.get("apikey"), body))
            statuses = record.script.get(self.path.split("?")[0], [])
            status = statuses.pop(0) if statuses else 200
            payload = f'{{"path": "{self.path}", "got": {len(body)}}}'.encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_GET(self) -> None:
            self._answer()

        def do_PUT(self) -> None:
            self._answer()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    record.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield record
    finally:
        server.shutdown()
        server.server_close()


def client_for(recorder: Recorder, **options: object) -> Client:
    client = Client(api_key=KEY, base_url=recorder.base + "/v2", **options)  # type: ignore[arg-type]
    client._sleep = lambda _delay: None  # retries without the backoff's wait
    return client


def test_a_path_goes_below_base_url_with_the_key_and_a_link_without_it(recorder: Recorder) -> None:
    with client_for(recorder) as hub:
        below = hub.transfer("GET", "/project/p1", params={"page": 2})
        link = hub.transfer("GET", recorder.base + "/storage/mask.png?signature=s")
    assert below.status_code == link.status_code == 200
    assert [(s.path, s.apikey) for s in recorder.seen] == [
        ("/v2/project/p1?page=2", KEY),
        ("/storage/mask.png?signature=s", None),
    ]
    assert KEY not in repr(below.request.headers)  # the key is blanked in what the caller keeps


def test_a_put_sends_its_content_and_headers(recorder: Recorder) -> None:
    with client_for(recorder) as hub:
        response = hub.transfer(
            "PUT", recorder.base + "/put/a.png", content=b"12345", headers={"x-extra": "1"}, idempotent=True
        )
    assert response.json() == {"path": "/put/a.png", "got": 5}
    assert [(s.method, s.body, s.apikey) for s in recorder.seen] == [("PUT", b"12345", None)]


def test_an_error_status_is_returned_not_raised_and_retried_only_when_idempotent(recorder: Recorder) -> None:
    recorder.script = {"/put/a": [503, 503], "/put/b": [503]}
    with client_for(recorder, max_retries=2) as hub:
        repeated = hub.transfer("PUT", recorder.base + "/put/a", content=b"x", idempotent=True)
        once = hub.transfer("PUT", recorder.base + "/put/b", content=b"x")
    assert (repeated.status_code, once.status_code) == (200, 503)
    assert [s.path for s in recorder.seen] == ["/put/a", "/put/a", "/put/a", "/put/b"]


def test_a_budget_bounds_the_retries_and_counts_what_was_sent(recorder: Recorder) -> None:
    recorder.script = {"/v2/busy": [429] * 10}
    budget = RequestBudget(3)
    with client_for(recorder, max_retries=5) as hub:
        first = hub.transfer("GET", "/busy", budget=budget)
        assert (first.status_code, budget.sent, budget.left) == (429, 3, 0)
        # Spent: a further call is sent once, never retried (the caller checks budget.left).
        second = hub.transfer("GET", "/busy", budget=budget)
    assert second.status_code == 429
    assert budget.sent == len(recorder.seen) == 4


def test_consume_streams_a_success_body(recorder: Recorder) -> None:
    chunks: list[bytes] = []

    def consume(response: httpx.Response) -> None:
        chunks.extend(response.iter_bytes())

    with client_for(recorder) as hub:
        response = hub.transfer("GET", recorder.base + "/export.zip", consume=consume)
    assert response.status_code == 200
    assert b"".join(chunks) == b'{"path": "/export.zip", "got": 0}'


def test_a_path_that_leaves_base_url_is_refused_before_sending(recorder: Recorder) -> None:
    with client_for(recorder) as hub, pytest.raises(ValueError, match="relative path segment"):
        hub.transfer("GET", "/project/..")
    assert recorder.seen == []


def test_no_answer_is_an_ango_hub_error_without_the_key() -> None:
    with (
        Client(api_key=KEY, base_url="http://127.0.0.1:9/v2", max_retries=0) as hub,
        pytest.raises(APIConnectionError) as caught,
    ):
        hub.transfer("GET", "/project/p1")
    assert KEY not in str(caught.value)


def test_the_async_client_transfers_alike(recorder: Recorder) -> None:
    async def run() -> tuple[int, int]:
        async with AsyncClient(api_key=KEY, base_url=recorder.base + "/v2") as hub:
            below = await hub.transfer("GET", "/tasks")
            link = await hub.transfer("PUT", recorder.base + "/put/x", content=b"ab", idempotent=True)
            return below.status_code, link.status_code

    assert asyncio.run(run()) == (200, 200)
    assert [(s.method, s.path, s.apikey) for s in recorder.seen] == [
        ("GET", "/v2/tasks", KEY),
        ("PUT", "/put/x", None),
    ]


def test_requests_per_minute_is_public_and_read_only() -> None:
    with Client(api_key=KEY, base_url="http://127.0.0.1:9/v2", requests_per_minute=90) as hub:
        assert hub.requests_per_minute == pytest.approx(90)
        assert hub.with_options(timeout=5).requests_per_minute == pytest.approx(90)
        with pytest.raises(AttributeError):
            hub.requests_per_minute = 10  # type: ignore[misc]
    with Client(api_key=KEY, base_url="http://127.0.0.1:9/v2") as hub:
        assert hub.requests_per_minute is None


def test_redact_hides_the_key_in_a_text() -> None:
    with Client(api_key=KEY, base_url="http://127.0.0.1:9/v2") as hub:
        assert hub.redact(f"GET /x?key={KEY} failed ({KEY})") == "GET /x?key=[redacted] failed ([redacted])"
        assert hub.redact("nothing secret") == "nothing secret"


def test_a_budget_reads_and_compares_as_its_numbers() -> None:
    budget = RequestBudget(3)
    assert (budget.limit, budget.sent, budget.left) == (3, 0, 3)
    assert repr(budget) == "RequestBudget(limit=3, sent=0)"
    assert budget == RequestBudget(3, 0) != RequestBudget(3, 1)
    budget.sent = 5
    assert budget.left == 0
    with pytest.raises(TypeError):
        hash(budget)  # mutable


def test_a_prepared_call_shows_no_query_or_body() -> None:
    from ango_hub._base_client import PreparedCall

    call = PreparedCall(
        method="PUT",
        url="https://storage.example/bucket/a.jpg?X-Amz-Signature=canary-signature",
        headers={"x-upload": "canary-header"},
        send_kwargs={"content": b"canary-body"},
        idempotent=True,
        request={"content": b"canary-body"},
    )
    shown = repr(call)
    assert "https://storage.example/bucket/a.jpg" in shown
    assert "canary" not in shown
