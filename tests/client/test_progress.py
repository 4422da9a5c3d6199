"""``progress=True``: a tqdm bar on stderr when it is a terminal (checked on a pseudo-terminal),
nothing otherwise unless forced, callbacks as before, a clear error without tqdm, and a bar
closed after an early ``break``.

The bars are drawn by small scripts run in a subprocess (their stderr on a pty, or a pipe)
against a mock served by the test.
"""

from __future__ import annotations

import fcntl
import io
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from _async_bridge import client_for

from ango_hub import Client
from ango_hub._progress import ProgressBar
from ango_hub.mock import create_app, mock_state
from ango_hub.mock.behaviours.loadtest import load_test_project_id
from ango_hub.mock.server import serve_in_thread

KEY = "progress-test-key"
TASKS = 250
INSTALL = "pip install 'ango-hub[progress]'"

#: What every script starts with: a client for the served mock, the load-test project's id.
PRELUDE = """\
import asyncio, os, sys
from pathlib import Path
from ango_hub import AsyncClient, Client
hub = Client(api_key=os.environ["T_KEY"], base_url=os.environ["T_URL"], max_retries=0)
pid = os.environ["T_PID"]
"""


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, str]]:
    app = create_app(api_key=KEY, seed="demo", tasks=TASKS)
    with serve_in_thread(app) as base_url:
        yield base_url, load_test_project_id(mock_state(app))


def new_project(served: tuple[str, str]) -> str:
    """A new, empty project (imports go there: the listings' project stays as it is)."""
    with Client(api_key=KEY, base_url=served[0]) as hub:
        return hub.projects.create("Progress bars").id


def script_env(served: tuple[str, str], **extra: str) -> dict[str, str]:
    base_url, project_id = served
    env = {k: v for k, v in os.environ.items() if k not in ("ANGO_HUB_PROGRESS", "ANGO_API_KEY")}
    return {**env, "T_URL": base_url, "T_KEY": KEY, "T_PID": project_id, **extra}


def run_on_pty(code: str, env: dict[str, str]) -> tuple[str, str]:
    """Run ``code`` with its stderr on a pseudo-terminal: (what the terminal got, stdout)."""
    master, slave = pty.openpty()
    # A terminal of 40 rows and 160 columns (a new pty has none, and tqdm would draw nothing).
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(code)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    received = bytearray()
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: every writer of the slave side has gone
                break
            if not chunk:
                break
            received += chunk
        stdout, _ = process.communicate(timeout=60)
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, received.decode(errors="replace")
    return received.decode(errors="replace"), stdout.decode()


def run_on_pipe(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with stderr on a pipe (not a terminal)."""
    return subprocess.run(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


LIST_TASKS = """\
tasks = list(hub.tasks.list(pid, limit=50, progress={progress!r}))
print(len(tasks), "tqdm" in sys.modules)
"""


def test_a_listing_draws_a_bar_of_items_and_pages_on_a_terminal(served: tuple[str, str]) -> None:
    terminal, stdout = run_on_pty(LIST_TASKS.format(progress=True), script_env(served))
    assert stdout.split() == [str(TASKS), "True"]
    assert "tasks: 100%|" in terminal
    assert f"{TASKS}/{TASKS}" in terminal
    assert "page 5/5" in terminal  # 250 tasks, 50 a page


def test_nothing_is_written_when_stderr_is_not_a_terminal(served: tuple[str, str]) -> None:
    result = run_on_pipe(LIST_TASKS.format(progress=True), script_env(served))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(TASKS), "False"]  # tqdm not even imported
    assert result.stderr == ""


def test_the_environment_turns_bars_off_even_on_a_terminal(served: tuple[str, str]) -> None:
    terminal, stdout = run_on_pty(
        LIST_TASKS.format(progress=True), script_env(served, ANGO_HUB_PROGRESS="never")
    )
    assert stdout.split() == [str(TASKS), "False"]
    assert terminal == ""


@pytest.mark.parametrize(("progress", "env"), [("always", ""), (True, "always"), (True, "1")])
def test_forced_bars_draw_on_a_pipe(served: tuple[str, str], progress: object, env: str) -> None:
    result = run_on_pipe(LIST_TASKS.format(progress=progress), script_env(served, ANGO_HUB_PROGRESS=env))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(TASKS), "True"]
    assert "tasks: 100%|" in result.stderr
    assert f"{TASKS}/{TASKS}" in result.stderr


def test_async_listings_draw_the_same_bar(served: tuple[str, str]) -> None:
    code = """\
    async def main():
        async with AsyncClient(api_key=os.environ["T_KEY"], base_url=os.environ["T_URL"]) as client:
            return [t async for t in client.assets.list(pid, limit=100, progress=True)]
    print(len(asyncio.run(main())))
    """
    terminal, stdout = run_on_pty(code, script_env(served))
    assert stdout.split() == [str(TASKS)]
    assert "assets: 100%|" in terminal
    assert f"{TASKS}/{TASKS}" in terminal
    assert "page 3/3" in terminal


def test_an_export_download_draws_a_bar_of_bytes(served: tuple[str, str], tmp_path: Path) -> None:
    code = f"""\
    path = hub.exports.export(pid, {str(tmp_path / "export.zip")!r}, progress=True)
    print(path.stat().st_size)
    """
    terminal, stdout = run_on_pty(code, script_env(served))
    size = int(stdout)
    assert size > 1024
    assert "export:" in terminal
    # Bytes with a unit prefix (units of 1024) against the size the mock announces, and a rate.
    assert re.search(r"export: 100%\|.*\| [\d.]+k/[\d.]+k ", terminal), terminal
    assert "B/s" in terminal
    assert KEY not in terminal


def test_bulk_imports_draw_a_bar_of_items(served: tuple[str, str], tmp_path: Path) -> None:
    for i in range(7):
        (tmp_path / f"doc-{i}.txt").write_text(f"document {i}\n")
    code = f"""\
    from ango_hub_api.models import CloudAsset
    files = sorted(Path({str(tmp_path)!r}).glob("*.txt"))
    print(hub.assets.upload_many(pid, files, chunk_size=3, progress=True).ok)
    assets = [CloudAsset(data=f"https://b.example/p-{{i}}.jpg", external_id=f"p-{{i}}") for i in range(5)]
    print(hub.assets.import_cloud_many(pid, assets, chunk_size=2, progress=True).ok)
    rows = [{{"externalId": f"p-{{i}}", "objects": []}} for i in range(4)]
    print(len(hub.labels.import_(pid, rows, chunk_size=3, on_error="continue", progress=True).rows))
    """
    terminal, stdout = run_on_pty(code, script_env(served, T_PID=new_project(served)))
    assert stdout.split() == ["True", "True", "4"]
    assert "files: 100%|" in terminal
    assert "7/7" in terminal
    assert "assets: 100%|" in terminal
    assert "5/5" in terminal
    assert "labels: 100%|" in terminal
    assert "4/4" in terminal


#: Prints how many tqdm bars are open.
def test_a_bar_of_bytes_against_a_known_length() -> None:
    stream = io.StringIO()
    bar = ProgressBar("export", unit="B", unit_scale=True, stream=stream)
    bar(20 * 1024 * 1024, 40 * 1024 * 1024)
    bar(40 * 1024 * 1024, 40 * 1024 * 1024)
    assert bar.active
    bar.close()
    assert not bar.active
    assert "export: 100%|" in stream.getvalue()
    assert "| 40.0M/40.0M [" in stream.getvalue()
    assert "B/s]" in stream.getvalue()


def test_a_bar_of_pages_from_a_later_start_page() -> None:
    stream = io.StringIO()
    bar = ProgressBar("tasks", unit="task", page_size=100, start_page=3, stream=stream)
    bar(100, 1000)  # page 3: 300 of 1000
    bar(200, 1000)
    bar.close()
    assert "400/1000" in stream.getvalue()
    assert "page 4/10" in stream.getvalue()


SEEN_INSTANCES = "from tqdm import tqdm; print(len(tqdm._instances))"


def test_the_bar_is_closed_after_an_early_break(served: tuple[str, str]) -> None:
    code = f"""\
    listing = hub.tasks.list(pid, limit=50, progress="always")  # kept: not what closes the bar
    for number, task in enumerate(listing):
        if number == 120:  # two pages reported: a bar is drawn
            break
    {SEEN_INSTANCES}
    """
    result = run_on_pipe(code, script_env(served))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0"]
    assert "100/250" in result.stderr
    assert "100%" not in result.stderr
    assert result.stderr.endswith("\n")  # tqdm's close() ends the line


def test_the_async_bar_is_closed_after_an_early_break(served: tuple[str, str]) -> None:
    code = f"""\
    async def main():
        async with AsyncClient(api_key=os.environ["T_KEY"], base_url=os.environ["T_URL"]) as client:
            number = 0
            listing = client.tasks.list(pid, limit=50, progress="always")
            async for task in listing:
                number += 1
                if number > 120:
                    break
            await asyncio.sleep(0)  # asyncio closes the abandoned generator in a task
            await asyncio.sleep(0)
            {SEEN_INSTANCES}
    asyncio.run(main())
    """
    result = run_on_pipe(code, script_env(served))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0"]
    assert "100/250" in result.stderr
    assert "100%" not in result.stderr


def test_the_bar_is_closed_when_the_listing_fails(served: tuple[str, str]) -> None:
    code = f"""\
    listing = hub.tasks.list(pid, limit=50, progress="always")
    fetch = listing._fetch

    def failing(page, size):  # the third page fails
        if page == 3:
            raise ConnectionError("the third page failed")
        return fetch(page, size)

    listing._fetch = failing
    try:
        list(listing)
    except ConnectionError as exc:
        print("failed")
    {SEEN_INSTANCES}
    """
    result = run_on_pipe(code, script_env(served))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["failed", "0"]
    assert "100/250" in result.stderr
    assert result.stderr.endswith("\n")


BLOCK_TQDM = "import sys\nsys.modules['tqdm'] = None  # as if tqdm were not installed\n"


@pytest.mark.parametrize(
    "call",
    [
        "hub.tasks.list(pid, progress=True)",
        "hub.projects.list(progress='always')",
        "hub.exports.download('http://127.0.0.1:9/export.zip', 'out.zip', progress=True)",
        "hub.assets.import_cloud_many(pid, [CloudAsset(data='https://b.example/x.jpg')], progress=True)",
        "hub.labels.import_(pid, [{'externalId': 'x'}], progress=True)",
    ],
)
def test_a_missing_tqdm_is_a_clear_error_before_any_request(call: str) -> None:
    # An unreachable API: a request would fail with a connection error instead.
    env = script_env(("http://127.0.0.1:9/v2", "p1"))
    code = f"""\
    from ango_hub_api.models import CloudAsset
    try:
        {call}
    except ModuleNotFoundError as exc:
        print("refused:", exc.name, exc)
    """
    for stream in ("pipe", "pty"):  # refused whether or not a bar would be drawn
        if stream == "pipe":
            result = run_on_pipe(BLOCK_TQDM + textwrap.dedent(code), env)
            assert result.returncode == 0, result.stderr
            stdout = result.stdout
        else:
            _, stdout = run_on_pty(BLOCK_TQDM + textwrap.dedent(code), env)
        assert stdout.startswith("refused: tqdm progress=True draws a tqdm bar"), stdout
        assert INSTALL in stdout


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_callbacks_are_unchanged_and_write_nothing(
    mode: str, served: tuple[str, str], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    base_url, project_id = served
    pages: list[tuple[int, int | None]] = []
    received: list[tuple[int, int | None]] = []
    chunks: list[tuple[int, int]] = []
    hub: Client
    with client_for(mode, api_key=KEY, base_url=base_url) as hub:
        tasks = hub.tasks.list(project_id, limit=100, progress=lambda n, t: pages.append((n, t))).to_list()
        path = hub.exports.export(
            project_id, tmp_path / "e.zip", progress=lambda n, t: received.append((n, t))
        )
        from ango_hub_api.models import CloudAsset

        assets = [CloudAsset(data=f"https://b.example/c-{i}.jpg", external_id=f"c-{i}") for i in range(5)]
        report = hub.assets.import_cloud_many(
            new_project(served), assets, chunk_size=2, progress=lambda d, t: chunks.append((d, t))
        )
    assert len(tasks) == TASKS
    assert pages == [(100, TASKS), (200, TASKS), (TASKS, TASKS)]
    assert received
    assert received[-1][0] == path.stat().st_size
    assert [n for n, _ in received] == sorted(n for n, _ in received)
    assert report.ok
    assert chunks == [(2, 5), (4, 5), (5, 5)]
    captured = capfd.readouterr()
    assert captured.err == ""
    assert captured.out == ""


@pytest.mark.parametrize("value", ["yes", 3, "never"])
def test_a_progress_that_is_neither_a_callback_nor_a_flag_is_refused(
    served: tuple[str, str], value: object
) -> None:
    base_url, project_id = served
    with Client(api_key=KEY, base_url=base_url) as hub, pytest.raises(TypeError, match="progress must be"):
        hub.tasks.list(project_id, progress=value)  # type: ignore[arg-type]
