"""``python -m ango_hub.mock`` and ``serve_in_thread``."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from ango_hub.mock import create_app, serve_in_thread

REPO = Path(__file__).resolve().parents[2]


def start_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ango_hub.mock", "--port", "0", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def stop(process: subprocess.Popen[str], sig: signal.Signals = signal.SIGTERM) -> tuple[str, str]:
    process.send_signal(sig)
    try:
        return process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()


def test_cli_prints_the_base_url_first() -> None:
    process = start_cli("--api-key", "cli-secret-key", "--seed", "demo")
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline().strip()
        assert first_line.startswith("http://127.0.0.1:")
        assert first_line.endswith("/v2")
        port = int(first_line.removeprefix("http://127.0.0.1:").removesuffix("/v2"))
        assert port > 0
        root = first_line.removesuffix("/v2")
        spec = httpx.get(f"{root}/openapi.yaml", timeout=10)
        assert spec.status_code == 200
        assert spec.text.startswith("openapi: 3.0")
        listed = httpx.get(f"{first_line}/listProjects", headers={"apikey": "cli-secret-key"}, timeout=10)
        assert listed.json()["data"]["total"] == 3
        assert httpx.get(f"{first_line}/listProjects", timeout=10).status_code == 401
    finally:
        out, err = stop(process)
    assert process.returncode == 0, err
    assert "cli-secret-key" not in out + err


def test_cli_takes_the_key_from_the_environment() -> None:
    process = start_cli(env={"ANGO_API_KEY": "env-secret-key"})
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        response = httpx.get(f"{base_url}/storages", headers={"apikey": "env-secret-key"}, timeout=10)
        assert response.status_code == 200
    finally:
        out, err = stop(process, signal.SIGINT)
    assert process.returncode == 0, err
    assert "env-secret-key" not in out + err


def test_serve_in_thread_starts_and_stops() -> None:
    app = create_app(api_key="k")
    with serve_in_thread(app) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        assert base_url.endswith("/v2")
        assert httpx.get(f"{base_url}/storages", headers={"apikey": "k"}).status_code == 200
        port = int(base_url.rsplit(":", 1)[1].removesuffix("/v2"))
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/storages", headers={"apikey": "k"}, timeout=2)
    # The port is free again.
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
