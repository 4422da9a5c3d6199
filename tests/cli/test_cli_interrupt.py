"""Ctrl-C in ``ango-hub upload`` and ``ango-hub export``: the console script in a process of its
own, against the mock over real HTTP, stopped with SIGINT while a request is held by the
server (so the signal arrives mid-way, with no sleep and no timing). The user sees one line,
exit 130, no traceback; running the same command again completes, with no duplicate."""

from __future__ import annotations

import asyncio
import json
import re
import signal
import subprocess
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from test_cli_subprocess import ANGO_HUB, DEMO_PROJECT, cli, environment

from ango_hub.mock import create_app, mock_state, serve_in_thread

KEY = "interrupt-key"
#: Long enough for any machine, short enough that a broken test ends.
WAIT = 60.0


class Hold:
    """ASGI middleware: the ``nth`` request that ``matches`` (or, with ``after_bytes``, its
    answer after that many body bytes) waits until :attr:`release` is set; :attr:`reached`
    is set when it starts waiting."""

    def __init__(
        self, app: ASGIApp, matches: Callable[[Scope], bool], *, nth: int = 1, after_bytes: int | None = None
    ) -> None:
        self.app = app
        self.matches = matches
        self.nth = nth
        self.after_bytes = after_bytes
        self.seen = 0
        self.reached = threading.Event()
        self.release = threading.Event()

    async def wait(self) -> None:
        self.reached.set()
        await asyncio.to_thread(self.release.wait, WAIT)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.matches(scope):
            await self.app(scope, receive, send)
            return
        self.seen += 1
        if self.seen != self.nth:
            await self.app(scope, receive, send)
            return
        if self.after_bytes is None:
            await self.wait()
            await self.app(scope, receive, send)
            return
        limit = self.after_bytes
        sent = 0

        async def hold_body(message: Message) -> None:
            nonlocal sent
            if message["type"] != "http.response.body" or sent >= limit:
                await send(message)
                return
            body: bytes = message.get("body", b"")
            first, rest = body[: limit - sent], body[limit - sent :]
            sent += len(first)
            if sent < limit or not rest:
                await send(message if not rest else {**message, "body": first})
                if sent >= limit:
                    await self.wait()
                return
            await send({"type": "http.response.body", "body": first, "more_body": True})
            await self.wait()
            await send({**message, "body": rest})

        await self.app(scope, receive, hold_body)


@pytest.fixture
def released() -> Iterator[list[Hold]]:
    """Holds to release when the test ends (so the server's thread can stop)."""
    holds: list[Hold] = []
    yield holds
    for hold in holds:
        hold.release.set()


def interrupt(argv: list[str], env: dict[str, str], hold: Hold, *, lines: int = 0) -> tuple[int, str, str]:
    """Run the command; once ``hold`` holds a request (after reading ``lines`` lines of its
    output, printed before the hold), send SIGINT; return the exit code, stdout and stderr."""
    process = subprocess.Popen(
        [ANGO_HUB, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stdout is not None
        assert process.stderr is not None
        early = [process.stdout.readline() for _ in range(lines)]
        assert hold.reached.wait(WAIT), "the command never reached the held request"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=WAIT)
    finally:
        hold.release.set()
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode, "".join(early) + out, err


def images(root: Path, count: int) -> list[Path]:
    root.mkdir()
    paths = [root / f"img-{number:03}.jpg" for number in range(count)]
    for number, path in enumerate(paths):
        path.write_bytes(b"\xff\xd8 jpeg " + str(number).encode())
    return paths


def test_ctrl_c_in_upload_says_how_many_landed_and_a_rerun_finishes_without_duplicates(
    tmp_path: Path, released: list[Hold]
) -> None:
    app = create_app(api_key=KEY, seed=None)
    state = mock_state(app)
    project_id = state.add_project("Interrupted upload")
    files = images(tmp_path / "images", 45)
    # 45 files go straight to storage, imported 20 at a time: the second import is held.
    hold = Hold(app, lambda scope: scope["method"] == "POST" and scope["path"].endswith("/cloud"), nth=2)
    released.append(hold)
    failed = tmp_path / "failed.txt"
    with serve_in_thread(hold) as base_url:
        # Buffered output, as in a pipe: the lines must be flushed as the files land.
        env = environment(None, ANGO_API_KEY=KEY, ANGO_HUB_BASE_URL=base_url, PYTHONUNBUFFERED=None)
        argv = ["upload", project_id, str(tmp_path / "images"), "--failed", str(failed), "--no-progress"]
        # The 20 lines of the first chunk are read before the signal: printed as they landed.
        code, out, err = interrupt(argv, env, hold, lines=20)
        assert code == 130, (out, err)
        assert "Traceback" not in err
        assert "KeyboardInterrupt" not in err
        assert err.splitlines() == [
            "Interrupted: 20 of 45 files uploaded; run the same command again to continue (files already "
            f"in the project are skipped); wrote 25 paths to {failed}"
        ]
        assert out.splitlines() == [f"imported     {path}" for path in files[:20]]
        assert failed.read_text().splitlines() == [str(path) for path in files[20:]]

        # The held import may still have been processed by the server: the re-run skips it.
        again = cli(None, *argv, env=env)
        summary = again.stdout.splitlines()[-2]
        assert summary.endswith("of 45 files")
        assert "imported" in summary
        assert "20 skipped" in summary
        assert failed.read_text() == ""
    external_ids = [asset["externalId"] for asset in state.assets.list(project_id)]
    assert sorted(external_ids) == sorted(path.name for path in files)  # each once


def test_ctrl_c_in_export_leaves_nothing_and_a_rerun_completes(tmp_path: Path, released: list[Hold]) -> None:
    app = create_app(api_key=KEY, seed="demo")
    hold = Hold(app, lambda scope: scope["path"].startswith("/mock/exports/"), after_bytes=100)
    released.append(hold)
    file = tmp_path / "export.zip"
    with serve_in_thread(hold) as base_url:
        env = environment(None, ANGO_API_KEY=KEY, ANGO_HUB_BASE_URL=base_url)
        code, out, err = interrupt(["export", DEMO_PROJECT, str(file), "--no-progress"], env, hold)
        assert code == 130, (out, err)
        assert "Traceback" not in err
        assert "KeyboardInterrupt" not in err
        (line,) = err.splitlines()
        # The signal may come before the client read the first bytes: "0 bytes" then.
        assert re.fullmatch(
            rf"Interrupted: (0|100) bytes( of [\d.]+ kB)? downloaded; nothing was written to "
            rf"{re.escape(str(file))}; run the same command again to export",
            line,
        ), line
        assert out == ""
        assert list(tmp_path.iterdir()) == []  # no archive, no temporary file

        again = cli(None, "--json", "export", DEMO_PROJECT, str(file), env=env)
    assert json.loads(again.stdout)["path"] == str(file)
    with zipfile.ZipFile(file) as archive:
        assert archive.testzip() is None


def test_ctrl_c_before_any_work_is_one_line_too(tmp_path: Path, released: list[Hold]) -> None:
    app = create_app(api_key=KEY, seed="demo")
    hold = Hold(app, lambda scope: scope["path"].endswith("/listProjects"))
    released.append(hold)
    with serve_in_thread(hold) as base_url:
        env = environment(None, ANGO_API_KEY=KEY, ANGO_HUB_BASE_URL=base_url)
        code, out, err = interrupt(["projects"], env, hold)
    assert (code, out, err) == (130, "", "Interrupted.\n")


def test_the_exit_code_is_documented() -> None:
    completed = subprocess.run([ANGO_HUB, "--help"], capture_output=True, text=True, check=True)
    assert "130 interrupted" in " ".join(completed.stdout.split())
