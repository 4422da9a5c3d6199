"""One event loop serves the factory's mocks (``MockHost``), and the mocks stay apart.

Each mock has a port, a store, a key, faults and connections of its own; stopping one closes
its port and its connections and leaves the others serving; apps built from one OpenAPI file
share the loaded document.
"""

from __future__ import annotations

import asyncio
import io
import socket
import threading
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from _responses import ok

import ango_hub
from ango_hub.mock import create_app, default_spec_path
from ango_hub.mock.faults import FaultConfig
from ango_hub.mock.receiver import WebhookReceiver
from ango_hub.mock.server import MockHost
from ango_hub.testing import MockFactory, MockHub


def address(base_url: str) -> tuple[str, int]:
    parts = urlsplit(base_url)
    assert parts.hostname is not None
    assert parts.port is not None
    return parts.hostname, parts.port


def root_of(base_url: str) -> str:
    return base_url.removesuffix("/v2")


def project_names(mock: MockHub) -> set[str]:
    with mock.client(max_retries=0) as hub:
        return {project.name for project in hub.projects.list_page(limit=50).projects}


def http_get(sock: socket.socket, path: str, api_key: str) -> bytes:
    """Send a keep-alive GET on a raw socket and read its whole answer (Content-Length bodies)."""
    sock.sendall(f"GET {path} HTTP/1.1\r\nhost: mock\r\napikey: {api_key}\r\n\r\n".encode())
    received = b""
    while b"\r\n\r\n" not in received:
        received += sock.recv(65536)
    head, _, body = received.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        body += sock.recv(65536)
    return head


# -- apart ------------------------------------------------------------------------------------


def test_mocks_of_one_test_have_their_own_port_store_and_key(ango_mock_factory: MockFactory) -> None:
    first = ango_mock_factory(seed=None)
    second = ango_mock_factory(seed=None, api_key="the-second-key")
    assert address(first.base_url) != address(second.base_url)
    first.state.add_project("Only in the first", stages=["Label"])
    assert project_names(first) == {"Only in the first"}
    assert project_names(second) == set()
    refused = httpx.get(second.base_url + "/listProjects", headers={"apikey": first.api_key})
    assert refused.status_code == 401


def test_faults_belong_to_their_mock(ango_mock_factory: MockFactory) -> None:
    dropping = ango_mock_factory(seed=None, faults=FaultConfig(drop_rate=1))
    failing = ango_mock_factory(seed=None, faults=FaultConfig(error_rate=1))
    healthy = ango_mock_factory(seed=None)
    with httpx.Client(timeout=10) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.get(dropping.base_url + "/storages", headers={"apikey": dropping.api_key})
        assert (
            http.get(failing.base_url + "/storages", headers={"apikey": failing.api_key}).status_code == 500
        )
        assert (
            http.get(healthy.base_url + "/storages", headers={"apikey": healthy.api_key}).status_code == 200
        )
    with dropping.client(max_retries=0) as hub, pytest.raises(ango_hub.APIConnectionError):
        hub.projects.list_page()


def test_truncated_downloads_belong_to_their_mock(ango_mock_factory: MockFactory) -> None:
    sizes = []
    for faults in (FaultConfig(truncate_downloads=True), None):
        mock = ango_mock_factory(faults=faults)
        project = next(p["_id"] for p in mock.state.projects.list() if p["name"] == "Product photos")
        with httpx.Client(timeout=10) as http:
            listed = http.get(
                f"{mock.base_url}/export", params={"project": project}, headers={"apikey": mock.api_key}
            )
            link = ok(listed)["exportPath"]
            assert link.startswith(root_of(mock.base_url) + "/mock/")
            with http.stream("GET", link) as response:
                length = int(response.headers["content-length"])
                received = bytearray()
                try:
                    for chunk in response.iter_bytes():
                        received += chunk
                except httpx.RemoteProtocolError:
                    pass
        sizes.append((len(received), length))
    (cut, cut_length), (whole, whole_length) = sizes
    assert cut == cut_length // 2
    assert whole == whole_length
    assert zipfile.ZipFile(io.BytesIO(bytes(received))).testzip() is None


def test_demo_image_urls_show_each_mock_s_own_port(ango_mock_factory: MockFactory) -> None:
    mocks = [ango_mock_factory(), ango_mock_factory()]
    seen = []
    for mock in mocks:
        with httpx.Client(base_url=mock.base_url, headers={"apikey": mock.api_key}, timeout=10) as http:
            projects = ok(http.get("/listProjects"))["projects"]
            products = next(p["_id"] for p in projects if p["name"] == "Product photos")
            data = ok(http.get(f"/project/{products}/assets"))["assets"][0]["data"]
            assert data == f"{root_of(mock.base_url)}/mock/demo-images/products/product-0001.png"
            picture = http.get(data)
            assert picture.status_code == 200
            assert picture.headers["content-type"] == "image/png"
            seen.append(data)
    assert seen[0] != seen[1]


def test_webhook_deliveries_belong_to_their_mock(
    ango_mock_factory: MockFactory, ango_webhook_receiver: WebhookReceiver
) -> None:
    sending, quiet = ango_mock_factory(seed=None), ango_mock_factory(seed=None)
    tasks = {}
    for mock in (sending, quiet):
        project_id = mock.state.add_project("Hooks", stages=["Label"])
        [tasks[mock.base_url]] = mock.state.add_tasks(project_id, 1)
        with mock.client() as hub:
            hub.projects.create_webhook(
                project_id, ango_webhook_receiver.url, ["COMPLETED"], secret=ango_webhook_receiver.secret
            )
    with sending.client() as hub:
        hub.labels.annotate(tasks[sending.base_url], {"objects": []}, next_stage=True)
    [delivery] = sending.wait_for_deliveries(1)
    assert (delivery.task_id, delivery.outcome) == (tasks[sending.base_url], "delivered")
    [event] = ango_webhook_receiver.wait(1)
    assert event.task.task_id == tasks[sending.base_url]
    assert quiet.deliveries == []


def test_factory_mocks_start_no_thread_of_their_own(
    ango_mock_factory: MockFactory, ango_mock_host: MockHost
) -> None:
    threads = threading.active_count()
    mocks = [ango_mock_factory(seed=None) for _ in range(3)]
    for mock in mocks:
        assert project_names(mock) == set()
    assert threading.active_count() == threads


# -- stopping ---------------------------------------------------------------------------------


def test_a_stopped_app_closes_its_port_and_connections_while_the_others_serve() -> None:
    with MockHost() as host, host.serve(create_app(api_key="other", seed=None)) as other:
        with host.serve(create_app(api_key="key", seed=None)) as base_url:
            sock = socket.create_connection(address(base_url), timeout=10)
            assert http_get(sock, "/v2/storages", "key").startswith(b"HTTP/1.1 200")  # kept alive
        with sock:
            assert sock.recv(1) == b""  # the server closed the open connection
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(address(base_url), timeout=10)
        assert httpx.get(other + "/storages", headers={"apikey": "other"}).status_code == 200


def test_stopping_an_app_lets_the_answer_in_flight_finish() -> None:
    arrived, release = threading.Event(), threading.Event()

    async def slow(scope: Any, receive: Any, send: Any) -> None:
        arrived.set()
        while not release.is_set():
            await asyncio.sleep(0.005)
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"4")]})
        await send({"type": "http.response.body", "body": b"done"})

    answers: list[httpx.Response] = []
    with MockHost() as host:
        serving = host.serve(slow)
        base_url = serving.__enter__()
        request = threading.Thread(
            target=lambda: answers.append(httpx.get(base_url + "/anything", timeout=10))
        )
        request.start()
        assert arrived.wait(10)
        stopping = threading.Thread(target=serving.__exit__, args=(None, None, None))
        stopping.start()
        stopping.join(0.2)
        assert stopping.is_alive()  # waits for the answer being made
        release.set()
        stopping.join(10)
        request.join(10)
    [answer] = answers
    assert (answer.status_code, answer.content) == (200, b"done")


def test_closing_the_host_stops_every_app() -> None:
    host = MockHost()
    with host:
        first = host.serve(create_app(seed=None))
        second = host.serve(create_app(seed=None))
        urls = [first.__enter__(), second.__enter__()]
    for url in urls:
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(address(url), timeout=10)
    first.__exit__(None, None, None)  # after the host: nothing left to do, no error
    with pytest.raises(RuntimeError, match="closed"), host.serve(create_app(seed=None)):
        pass


# -- what apps share --------------------------------------------------------------------------


def test_apps_of_one_file_share_its_document_until_it_changes(tmp_path: Path) -> None:
    assert create_app().state.spec is create_app(seed=None).state.spec
    copy = tmp_path / "ango-hub.yaml"
    copy.write_bytes(default_spec_path().read_bytes())
    mine = create_app(spec_path=copy).state.spec
    assert mine is not create_app().state.spec
    assert create_app(spec_path=copy).state.spec is mine
    copy.write_bytes(default_spec_path().read_bytes() + b"\n# changed\n")
    changed = create_app(spec_path=copy).state.spec
    assert changed is not mine
    assert changed.raw.endswith(b"# changed\n")
