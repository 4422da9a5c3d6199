"""Every ``ango-hub`` command run as a user runs it: the installed console script in a process
of its own, against the mock served over real HTTP (the plugin's fixtures). Output is read
back with ``json`` where the command prints JSON."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import ango_hub
from ango_hub.mock import create_app, mock_state, serve_in_thread
from ango_hub.testing import MockFactory, MockHub

ANGO_HUB = str(Path(sys.executable).parent / "ango-hub")
DEMO_PROJECT = "50f244556f25e2a25a921187"
UNKNOWN_PROJECT = "000000000000000000000000"


def environment(mock: MockHub | None, **changes: str | None) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"ANGO_API_KEY", "ANGO_HUB_BASE_URL", "ANGO_HUB_REGION"}
    }
    if mock is not None:
        env.update(ANGO_API_KEY=mock.api_key, ANGO_HUB_BASE_URL=mock.base_url)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def cli(
    mock: MockHub | None, *argv: str, env: dict[str, str] | None = None, check: int | None = 0
) -> subprocess.CompletedProcess[str]:
    completed = subprocess.run(
        [ANGO_HUB, *argv],
        capture_output=True,
        text=True,
        env=env if env is not None else environment(mock),
        timeout=60,
        check=False,
    )
    if check is not None:
        assert completed.returncode == check, (completed.returncode, completed.stdout, completed.stderr)
    return completed


def lines(text: str) -> list[Any]:
    return [json.loads(line) for line in text.splitlines()]


# -- global options, --version, the key ---------------------------------------------------


def test_version_prints_the_package_version() -> None:
    completed = cli(None, "--version")
    assert completed.stdout == f"ango-hub {ango_hub.__version__}\n"


@pytest.mark.parametrize(
    "placement",
    [
        ["--json", "--timeout", "30", "projects"],
        ["projects", "--json", "--timeout", "30"],
        ["--timeout", "30", "projects", "--json"],
        ["--json", "projects", "--no-progress"],
    ],
    ids=["before", "after", "split", "both"],
)
def test_global_options_go_before_or_after_the_command(ango_mock: MockHub, placement: list[str]) -> None:
    names = {project["name"] for project in lines(cli(ango_mock, *placement).stdout)}
    assert {"Vehicle detection", "News NER", "Product photos"} <= names


@pytest.mark.parametrize("where", ["before", "after"])
def test_base_url_works_after_the_command(ango_mock: MockHub, where: str) -> None:
    env = environment(ango_mock, ANGO_HUB_BASE_URL=None, ANGO_HUB_REGION="us")
    options = ["--base-url", ango_mock.base_url]
    argv = [*options, "projects"] if where == "before" else ["projects", *options]
    assert DEMO_PROJECT in cli(ango_mock, *argv, env=env).stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["--region", "us", "--base-url", "http://127.0.0.1:9/v2", "projects"],
        ["projects", "--region", "us", "--base-url", "http://127.0.0.1:9/v2"],
        ["--region", "us", "projects", "--base-url", "http://127.0.0.1:9/v2"],
        ["--base-url", "http://127.0.0.1:9/v2", "tasks", "list", DEMO_PROJECT, "--region", "us"],
    ],
)
def test_region_and_base_url_exclude_each_other_wherever_given(argv: list[str]) -> None:
    completed = cli(None, *argv, env=environment(None, ANGO_API_KEY="some-key"), check=2)
    assert "argument --base-url: not allowed with argument --region" in completed.stderr


def test_json_is_refused_where_it_does_not_apply(tmp_path: Path) -> None:
    completed = cli(None, "--json", "label-set", "pull", DEMO_PROJECT, str(tmp_path / "x.json"), check=2)
    assert "--json: not available for label-set" in completed.stderr
    completed = cli(None, "tasks", "list", DEMO_PROJECT, "--json", "--ndjson", check=2)
    assert "not allowed with argument --json" in completed.stderr


def test_without_a_key_it_says_to_set_the_variable_and_sends_nothing() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        base_url = f"http://127.0.0.1:{listener.getsockname()[1]}/v2"
        for key in (None, "  "):
            env = environment(None, ANGO_HUB_BASE_URL=base_url, ANGO_API_KEY=key)
            completed = cli(None, "projects", env=env, check=2)
            assert completed.stderr.startswith("error: No API key: set the ANGO_API_KEY environment variable")
            assert "api_key=" not in completed.stderr
            assert completed.stdout == ""
        listener.setblocking(False)
        with pytest.raises(BlockingIOError):
            listener.accept()  # no connection was ever made


def test_the_no_key_message_names_the_clients_variable() -> None:
    from ango_hub._constants import ENV_API_KEY
    from ango_hub.cli._session import ENV_API_KEY as CLI_ENV_API_KEY

    assert CLI_ENV_API_KEY == ENV_API_KEY


# -- tasks list -----------------------------------------------------------------------------


@pytest.fixture
def tasks_project(ango_mock_factory: MockFactory) -> tuple[MockHub, str, list[str], list[str]]:
    mock = ango_mock_factory(seed=None)
    project_id = mock.state.add_project("Listed", stages=["Label", "Review"])
    labelling = mock.state.add_tasks(project_id, 3)
    reviewing = mock.state.add_tasks(project_id, 2, stage="Review")
    return mock, project_id, labelling, reviewing


def test_tasks_list_prints_a_table(tasks_project: tuple[MockHub, str, list[str], list[str]]) -> None:
    mock, project_id, labelling, reviewing = tasks_project
    table = cli(mock, "tasks", "list", project_id).stdout.splitlines()
    assert table[0].split() == ["ID", "EXTERNAL", "ID", "STAGE", "STATUS"]
    rows = [line.split() for line in table[1:]]
    assert [row[0] for row in rows] == labelling + reviewing
    assert rows[0][1:] == ["task-0001.jpg", "Label", "TODO"]
    assert [row[2] for row in rows] == ["Label"] * 3 + ["Review"] * 2


def test_tasks_list_ndjson_is_each_task_as_the_api_sent_it(
    tasks_project: tuple[MockHub, str, list[str], list[str]],
) -> None:
    mock, project_id, labelling, reviewing = tasks_project
    # Pages of 2: the listing spans three pages, each line is one task.
    listed = lines(cli(mock, "tasks", "list", project_id, "--ndjson", "--page-size", "2").stdout)
    with httpx.Client(base_url=mock.base_url, headers={"apikey": mock.api_key}) as http:
        sent = http.get(f"/project/{project_id}/tasks", params={"limit": 10}).json()["data"]["tasks"]
    assert listed == sent
    assert [task["_id"] for task in listed] == labelling + reviewing
    assert listed[0]["createdAt"].endswith("Z")  # as sent, not re-serialized by the client


def test_tasks_list_json_is_one_array_filtered_by_stage(
    tasks_project: tuple[MockHub, str, list[str], list[str]],
) -> None:
    mock, project_id, labelling, reviewing = tasks_project
    listed = json.loads(cli(mock, "--json", "tasks", "list", project_id, "--stage", "Review").stdout)
    assert [task["_id"] for task in listed] == reviewing
    both = json.loads(
        cli(mock, "tasks", "list", project_id, "--stage", "Review", "--stage", "Label", "--json").stdout
    )
    assert [task["_id"] for task in both] == labelling + reviewing
    none = cli(mock, "tasks", "list", project_id, "--stage", "Complete", "--json").stdout
    assert json.loads(none) == []


def test_tasks_list_stops_quietly_when_the_reader_goes_away(ango_mock_factory: MockFactory) -> None:
    mock = ango_mock_factory(seed=None)
    project_id = mock.state.add_project("Many")
    mock.state.add_tasks(project_id, 400)  # well over a pipe's buffer of output
    process = subprocess.Popen(
        [ANGO_HUB, "tasks", "list", project_id, "--ndjson"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(mock),
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert json.loads(process.stdout.readline())["externalId"] == "task-0001.jpg"
    process.stdout.close()
    try:
        err = process.stderr.read()
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.stderr.close()
    assert err == b""


def test_tasks_list_of_an_unknown_project_is_an_api_error(ango_mock: MockHub) -> None:
    completed = cli(ango_mock, "tasks", "list", UNKNOWN_PROJECT, check=3)
    assert completed.stderr.startswith("error: ")


# -- upload ----------------------------------------------------------------------------------


def make_tree(root: Path) -> list[Path]:
    """Files to upload (returned in the order expected) and hidden ones that are not."""
    (root / "b-dir" / "deeper").mkdir(parents=True)
    (root / ".cache").mkdir()
    expected = [root / "a.jpg", root / "b-dir" / "c.jpg", root / "b-dir" / "deeper" / "d.png", root / "z.jpg"]
    for number, path in enumerate(expected):
        path.write_bytes(b"\x89PNG" + bytes([number]) * 100)
    (root / ".hidden.jpg").write_bytes(b"hidden")
    (root / ".cache" / "e.jpg").write_bytes(b"hidden too")
    return expected


def external_ids(mock: MockHub, project_id: str) -> list[str]:
    return [asset["externalId"] for asset in mock.state.assets.list(project_id)]


def test_upload_of_a_directory_reports_each_file(ango_mock_factory: MockFactory, tmp_path: Path) -> None:
    mock = ango_mock_factory(seed=None)
    project_id = mock.state.add_project("Uploads")
    expected = make_tree(tmp_path / "images")
    failed = tmp_path / "failed.txt"
    completed = cli(mock, "upload", project_id, str(tmp_path / "images"), "--failed", str(failed))
    out = completed.stdout.splitlines()
    assert out[: len(expected)] == [f"imported     {path}" for path in expected]
    assert out[len(expected) :] == ["4 imported of 4 files", f"Wrote 0 paths to {failed}"]
    assert failed.read_text() == ""
    # A file found under a directory is named by its path below it, as upload_many names it:
    # the library given the same directory finds every file in the project and sends nothing.
    images = tmp_path / "images"
    assert sorted(external_ids(mock, project_id)) == sorted(
        p.relative_to(images).as_posix() for p in expected
    )
    with mock.client() as hub:
        again = hub.assets.upload_many(project_id, [images])
    assert [row.status for row in again.rows] == ["skipped"] * len(expected)
    again_cli = cli(mock, "upload", project_id, str(images))
    assert again_cli.stdout.splitlines()[-1] == "4 skipped of 4 files"


BAD_CONTENT = b"refused"


class RefuseBadFiles:
    """ASGI middleware: a 400 for any upload of a file named ``bad-*``, whether it goes in a
    multipart upload to the API or straight to storage (a ``PUT`` to a presigned URL)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        uploads = scope["type"] == "http" and (
            scope["method"] == "PUT" or (scope["method"] == "POST" and scope["path"].endswith("/upload"))
        )
        if uploads:
            body, more = b"", True
            while more:
                message = await receive()
                body += message.get("body", b"")
                more = message.get("more_body", False)
            # A multipart part names its file; a PUT to storage carries only the bytes (the
            # bad files hold BAD_CONTENT).
            if b'filename="bad-' in body or (scope["method"] == "PUT" and body == BAD_CONTENT):
                await self.refuse(send)
                return
            replayed = False

            async def replay() -> Message:
                nonlocal replayed
                if replayed:
                    return await receive()
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}

            await self.app(scope, replay, send)
            return
        await self.app(scope, receive, send)

    @staticmethod
    async def refuse(send: Send) -> None:
        body = json.dumps({"status": "error", "message": "this test refuses bad-* files"}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 400, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def test_upload_json_report_and_the_failed_list(tmp_path: Path) -> None:
    app = create_app(api_key="upload-key", seed=None)
    state = mock_state(app)
    project_id = state.add_project("Half refused")
    good = make_tree(tmp_path / "images")
    bad = [tmp_path / "images" / "b-dir" / "bad-1.jpg", tmp_path / "images" / "bad-2.jpg"]
    for path in bad:
        path.write_bytes(BAD_CONTENT)
    expected = sorted([*good, *bad])
    failed = tmp_path / "failed.txt"
    with serve_in_thread(RefuseBadFiles(app)) as base_url:
        env = environment(None, ANGO_API_KEY="upload-key", ANGO_HUB_BASE_URL=base_url)
        argv = ["--json", "upload", project_id, str(tmp_path / "images"), "--failed", str(failed)]
        completed = cli(None, *argv, env=env, check=1)
    report = json.loads(completed.stdout)
    assert [entry["path"] for entry in report["files"]] == [str(path) for path in expected]
    statuses = {entry["path"]: entry["status"] for entry in report["files"]}
    assert statuses == {str(path): "failed" if path in bad else "imported" for path in expected}
    assert all(entry["error"] for entry in report["files"] if entry["status"] == "failed")
    assert report["counts"]["imported"] == len(good)
    assert report["counts"]["failed"] == len(bad)
    assert report["failed_written"] == len(bad)
    assert failed.read_text().splitlines() == [str(path) for path in expected if path in bad]
    assert sorted(asset["externalId"] for asset in state.assets.list(project_id)) == sorted(
        path.relative_to(tmp_path / "images").as_posix() for path in good
    )


def test_upload_of_a_missing_path_sends_nothing(ango_mock: MockHub, tmp_path: Path) -> None:
    completed = cli(ango_mock, "upload", DEMO_PROJECT, str(tmp_path / "nowhere"), check=2)
    assert completed.stderr == f"error: No such file(s): {tmp_path / 'nowhere'}\n"
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".only-hidden").write_text("x")
    completed = cli(ango_mock, "upload", DEMO_PROJECT, str(tmp_path / "empty"), check=2)
    assert "No files to upload" in completed.stderr


def test_upload_into_a_batch(ango_mock_factory: MockFactory, tmp_path: Path) -> None:
    mock = ango_mock_factory(seed=None)
    project_id = mock.state.add_project("Batched")
    batch_id = mock.state.add_batch(project_id, "Day")
    make_tree(tmp_path / "images")
    cli(mock, "upload", project_id, str(tmp_path / "images"), "--batch", "Day", "--no-progress")
    assets = mock.state.assets.list(project_id)
    assert len(assets) == 4
    assert all(batch_id in asset["batches"] for asset in assets)


# -- export, import-labels, label-set ------------------------------------------------------


def test_export_with_options_after_the_command(ango_mock: MockHub, tmp_path: Path) -> None:
    file = tmp_path / "export.zip"
    completed = cli(
        ango_mock, "export", DEMO_PROJECT, str(file), "--format", "ndjson", "--progress", "--json"
    )
    result = json.loads(completed.stdout)
    assert result == {
        "project_id": DEMO_PROJECT,
        "path": str(file),
        "format": "ndjson",
        "bytes": file.stat().st_size,
    }
    assert "Downloading: " in completed.stderr  # (text mode reads its \r as a line break)
    with zipfile.ZipFile(file) as archive:
        assert archive.namelist() == ["export.ndjson"]
    text = cli(ango_mock, "--no-progress", "export", DEMO_PROJECT, str(file)).stdout
    assert text == f"Exported {DEMO_PROJECT} to {file} ({file.stat().st_size:,} bytes)\n"
    assert cli(ango_mock, "export", DEMO_PROJECT, str(file), "--no-progress").stderr == ""


def import_rows(mock: MockHub, tmp_path: Path) -> Path:
    known = sorted(external_ids(mock, DEMO_PROJECT))[:2]
    rows = [{"externalId": external_id, "objects": [], "classifications": []} for external_id in known]
    rows.append({"externalId": "nowhere.jpg", "objects": []})
    source = tmp_path / "rows.ndjson"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return source


def test_import_labels_text_report_in_the_right_grammar(
    ango_mock_factory: MockFactory, tmp_path: Path
) -> None:
    mock = ango_mock_factory()
    source = import_rows(mock, tmp_path)
    failed = tmp_path / "retry.ndjson"
    completed = cli(mock, "import-labels", DEMO_PROJECT, str(source), "--failed", str(failed), check=1)
    assert "row 2 (nowhere.jpg): failed: Unknown externalId" in completed.stdout
    assert completed.stdout.splitlines()[-1] == f"Wrote 1 row to {failed}"
    assert [row["externalId"] for row in lines(failed.read_text())] == ["nowhere.jpg"]


def test_import_labels_json_report(ango_mock_factory: MockFactory, tmp_path: Path) -> None:
    mock = ango_mock_factory()
    source = import_rows(mock, tmp_path)
    completed = cli(mock, "import-labels", DEMO_PROJECT, str(source), "--chunk-size", "1", "--json", check=1)
    report = json.loads(completed.stdout)
    assert report["counts"] == {"imported": 2, "failed": 1}
    assert report["total"] == 3
    assert [row["status"] for row in report["rows"]] == ["imported", "imported", "failed"]
    assert report["rows"][2]["key"] == "nowhere.jpg"
    assert report["failed_file"] is None


def test_import_labels_help_documents_the_row_format() -> None:
    help_text = cli(None, "import-labels", "--help").stdout
    for words in ('"externalId"', '"objects"', '"bounding-box"', '"classifications"', ".ndjson", "--failed"):
        assert words in help_text


def test_label_set_pull_and_diff_with_options_after(ango_mock: MockHub, tmp_path: Path) -> None:
    file = tmp_path / "ontology.json"
    pulled = cli(ango_mock, "label-set", "pull", DEMO_PROJECT, str(file), "--timeout", "20")
    assert pulled.stdout == f"Wrote the label set of {DEMO_PROJECT} to {file}\n"
    assert cli(ango_mock, "label-set", "--no-progress", "diff", DEMO_PROJECT, str(file)).stdout == ""


# -- mock --------------------------------------------------------------------------------------


def stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    process.send_signal(signal.SIGTERM)
    try:
        return process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()


def test_mock_serves_until_stopped(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [ANGO_HUB, "mock", "--port", "0", "--seed", "demo", "--api-key", "mock-cli-key", "--tasks", "30"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(None),
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()  # printed once it listens
        assert base_url.startswith("http://127.0.0.1:")
        assert base_url.endswith("/v2")
        env = environment(None, ANGO_API_KEY="mock-cli-key", ANGO_HUB_BASE_URL=base_url)
        names = {project["name"] for project in lines(cli(None, "projects", "--json", env=env).stdout)}
        assert names == {"Vehicle detection", "News NER", "Product photos", "Load test"}
    finally:
        out, err = stop(process)
    assert process.returncode == 0, err
    assert "mock-cli-key" not in out + err


def test_mock_help_shows_the_mock_flags() -> None:
    help_text = cli(None, "mock", "--help").stdout
    assert help_text.startswith("usage: ango-hub mock")
    for flag in ("--port", "--seed", "--tasks", "--strict", "--rate-limit", "--error-rate"):
        assert flag in help_text
    completed = cli(None, "mock", "--no-such-flag", check=2)
    assert "unrecognized arguments: --no-such-flag" in completed.stderr
    assert cli(None, "--help").stdout.count("mock") >= 1


def test_mock_without_the_extra_says_which_to_install() -> None:
    code = (
        "import sys\nsys.modules['uvicorn'] = None\nfrom ango_hub.cli import main\n"
        "sys.exit(main(['mock', '--port', '0']))"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert completed.returncode == 2
    assert "ango-hub mock needs the 'mock' extra: pip install 'ango-hub[mock]'" in completed.stderr


def test_python_dash_m_runs_the_same_command_line() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "ango_hub.cli", "--version"], capture_output=True, text=True, check=False
    )
    assert (completed.returncode, completed.stdout) == (0, f"ango-hub {ango_hub.__version__}\n")
