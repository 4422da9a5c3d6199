"""``ango-hub convert``: exit codes, one-line errors, no API key for a file, ``--project``
against the mock, ``--json``, ``--force``, Ctrl-C; in process (``main([...])``) and as the
installed console script.

The tests of the formats other than JSON Lines are skipped only while their module of
``ango_hub.convert`` is absent.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ango_hub.cli import main
from ango_hub.testing import MockHub

from ._records import CLI_CAR as CAR
from ._records import CLI_ROAD as ROAD
from ._records import cli_record as record
from ._records import png, write_label_set, write_ndjson, write_zip

ANGO_HUB = str(Path(sys.executable).parent / "ango-hub")
DEMO_PROJECT = "50f244556f25e2a25a921187"  # "Vehicle detection": 100 images, boxes and polygons
UNKNOWN_PROJECT = "000000000000000000000000"
REPORT_KEYS = {"format", "output", "ok", "written", "skippedCounts", "skipped", "notes"}


@dataclass(frozen=True)
class Files:
    """An export of three sized images (NDJSON, and the same as a zip), the label set, and
    the test's folder."""

    ndjson: Path
    zip: Path
    label_set: Path
    tmp: Path

    def argv(
        self, source: Path | None, out: Path, *extra: str, to: str = "jsonl", label: bool = True
    ) -> list[str]:
        """``convert SOURCE --to TO --out OUT [--label-set FILE] EXTRA...``."""
        return [
            "convert",
            *([str(source)] if source is not None else []),
            "--to",
            to,
            "--out",
            str(out),
            *(["--label-set", str(self.label_set)] if label else []),
            *extra,
        ]


@pytest.fixture(autouse=True)
def no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """No API key, region or base URL in the environment unless a test sets one."""
    for name in ("ANGO_API_KEY", "ANGO_HUB_BASE_URL", "ANGO_HUB_REGION", "ANGO_HUB_PROGRESS"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def sigint_restored() -> Iterator[None]:
    """The command line ignores a second Ctrl-C once interrupted: give pytest its handler back."""
    handler = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, handler)


@pytest.fixture
def files(tmp_path: Path) -> Files:
    records = [record(index) for index in range(3)]
    return Files(
        ndjson=write_ndjson(tmp_path / "export.ndjson", records),
        zip=write_zip(tmp_path / "export.zip", records),
        label_set=write_label_set(tmp_path / "label_set.json"),
        tmp=tmp_path,
    )


def run(*argv: str) -> tuple[int, str]:
    """``main`` in process: (exit code, standard output)."""
    out = io.StringIO()
    code = main(["--no-progress", *argv], out=out)
    return code, out.getvalue()


def error_line(capsys: pytest.CaptureFixture[str]) -> str:
    """Standard error, which must be exactly one line and no traceback."""
    err = capsys.readouterr().err
    assert err.endswith("\n"), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.strip()


def listing(folder: Path) -> list[str]:
    """Every file under ``folder`` (relative, sorted); [] when it does not exist."""
    if not folder.exists():
        return []
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())


def names(folder: Path) -> list[str]:
    """The entries of ``folder`` (sorted names)."""
    return sorted(path.name for path in folder.iterdir())


def jsonl(path: Path) -> list[Any]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without any ANGO_ variable (no key), plus ``extra``."""
    return {**{key: value for key, value in os.environ.items() if not key.startswith("ANGO_")}, **extra}


# -- a file, no API key ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["ndjson", "zip"])
def test_a_file_converts_with_no_api_key_and_exit_0(files: Files, kind: str) -> None:
    out = files.tmp / "out"
    code, text = run(*files.argv(getattr(files, kind), out))
    assert code == 0
    assert text == f"jsonl: wrote 6 objects, 3 tasks to {out}\n"
    assert listing(out) == ["classes.json", "objects.jsonl", "tasks.jsonl"]
    objects = jsonl(out / "objects.jsonl")
    assert [(row["class_id"], row["class_name"]) for row in objects[:2]] == [(0, "Car"), (1, "Road")]
    assert [objects[0][key] for key in ("bbox_x", "bbox_y", "bbox_width", "bbox_height")] == [50, 80, 50, 20]
    assert json.loads(objects[0]["attributes"]) == {"Type": "Sedan"}
    assert json.loads((out / "classes.json").read_text(encoding="utf-8")) == [
        {"id": 0, "name": "Car", "schemaId": CAR, "tool": "bounding-box"},
        {"id": 1, "name": "Road", "schemaId": ROAD, "tool": "polygon"},
    ]


def test_a_file_never_builds_a_client(files: Files) -> None:
    """In a fresh interpreter with no key, the client's module is never imported."""
    argv = files.argv(files.zip, files.tmp / "out")
    probe = (
        "import sys\nfrom ango_hub.cli import main\n"
        f"code = main({argv!r})\n"
        "print(code, 'ango_hub._sync._client' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=60,
        check=False,
    )
    assert done.stdout.splitlines()[-1] == "0 False", (done.stdout, done.stderr)


def test_json_prints_the_report_and_exit_1_when_something_was_skipped(files: Files) -> None:
    source = write_ndjson(files.tmp / "odd.ndjson", [record(0), record(1, unknown=True)])
    out = files.tmp / "out"
    code, text = run(*files.argv(source, out, "--json"))
    assert code == 1
    [line] = text.splitlines()
    report = json.loads(line)
    assert set(report) == REPORT_KEYS
    assert (report["format"], report["output"], report["ok"]) == ("jsonl", str(out), False)
    assert report["written"] == {"objects": 4, "tasks": 2}
    assert report["skippedCounts"] == {"unknown_schema_id": 1}
    [skipped] = report["skipped"]
    assert skipped["reason"] == "unknown_schema_id"
    assert (skipped["externalId"], skipped["objectId"]) == ("img-1.png", "odd-1")
    # Written all the same: a skip is reported, it does not stop the conversion.
    assert len(jsonl(out / "objects.jsonl")) == 4


def _classes(files: Files) -> Path:
    """The classes.json of a first conversion."""
    first = files.tmp / "first"
    assert run(*files.argv(files.zip, first))[0] == 0
    return first / "classes.json"


def test_the_text_report_says_what_was_skipped(files: Files) -> None:
    source = write_ndjson(files.tmp / "odd.ndjson", [record(1, unknown=True)])
    classes = _classes(files)
    code, text = run(*files.argv(source, files.tmp / "out", "--class-map", str(classes), label=False))
    assert code == 1
    assert "skipped 1: 1 unknown_schema_id" in text
    assert "img-1.png: object odd-1 (bounding-box): unknown_schema_id" in text


def test_a_class_map_alone_gives_the_same_ids(files: Files) -> None:
    classes = _classes(files)
    out = files.tmp / "again"
    assert run(*files.argv(files.ndjson, out, "--class-map", str(classes), label=False))[0] == 0
    assert (out / "classes.json").read_text(encoding="utf-8") == classes.read_text(encoding="utf-8")
    assert [row["class_id"] for row in jsonl(out / "objects.jsonl")] == [0, 1] * 3


def test_image_dir_gives_the_sizes_an_export_lacks(files: Files) -> None:
    source = write_ndjson(files.tmp / "unsized.ndjson", [record(0, sized=False)])
    images = files.tmp / "images"
    images.mkdir()
    (images / "img-0.png").write_bytes(png(64, 48))
    out = files.tmp / "out"
    assert run(*files.argv(source, out, "--image-dir", str(images)))[0] == 0
    [task] = jsonl(out / "tasks.jsonl")
    assert (task["image_width"], task["image_height"]) == (64, 48)


# -- the output directory --------------------------------------------------------------------


def test_a_directory_that_is_not_empty_is_refused_without_force(
    files: Files, capsys: pytest.CaptureFixture[str]
) -> None:
    out = files.tmp / "out"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    capsys.readouterr()
    assert run(*files.argv(files.zip, out)) == (2, "")
    line = error_line(capsys)
    assert line.startswith("error: the output directory")
    assert "--force" in line
    assert listing(out) == ["mine.txt"]

    assert run(*files.argv(files.zip, out, "--force"))[0] == 0
    assert listing(out) == ["classes.json", "mine.txt", "objects.jsonl", "tasks.jsonl"]
    assert (out / "mine.txt").read_text(encoding="utf-8") == "keep me"


def test_force_replaces_an_earlier_conversion(files: Files) -> None:
    out = files.tmp / "out"
    assert run(*files.argv(files.zip, out))[0] == 0
    one = write_ndjson(files.tmp / "one.ndjson", [record(7)])
    assert run(*files.argv(one, out, "--force"))[0] == 0
    assert [task["external_id"] for task in jsonl(out / "tasks.jsonl")] == ["img-7.png"]


# -- usage: exit 2 ---------------------------------------------------------------------------


def test_an_unknown_format_is_a_usage_error(files: Files, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run(*files.argv(files.zip, files.tmp / "out", to="tfrecord"))
    assert exited.value.code == 2
    assert "argument --to: invalid choice: 'tfrecord'" in capsys.readouterr().err
    assert not (files.tmp / "out").exists()


@pytest.mark.parametrize(
    ("extra", "label", "message"),
    [
        ([], False, "error: give --label-set FILE or --class-map FILE"),
        (["--project", DEMO_PROJECT], True, "error: give SOURCE or --project ID, not both"),
        (["--stage", "Complete"], True, "error: --stage applies to --project only"),
        (["--batch", "day-1"], True, "error: --batch applies to --project only"),
        (["--keep-export", "kept.zip"], True, "error: --keep-export applies to --project only"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    files: Files, capsys: pytest.CaptureFixture[str], extra: list[str], label: bool, message: str
) -> None:
    assert run(*files.argv(files.zip, files.tmp / "out", *extra, label=label)) == (2, "")
    assert error_line(capsys).startswith(message)
    assert not (files.tmp / "out").exists()


def test_neither_source_nor_project(files: Files, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(*files.argv(None, files.tmp / "out")) == (2, "")
    assert error_line(capsys) == "error: give SOURCE (an export file) or --project ID"


@pytest.mark.parametrize(
    ("to", "module", "extra"), [("parquet", "pyarrow", "parquet"), ("coco", "pycocotools", "coco")]
)
def test_a_missing_extra_is_named_before_any_work(
    monkeypatch: pytest.MonkeyPatch,
    files: Files,
    capsys: pytest.CaptureFixture[str],
    to: str,
    module: str,
    extra: str,
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # the import fails; find_spec says None
    assert run(*files.argv(files.zip, files.tmp / "out", to=to)) == (2, "")
    line = error_line(capsys)
    assert f"pip install 'ango-hub[{extra}]'" in line
    assert module in line
    assert not (files.tmp / "out").exists()


# -- what stops a conversion: exit 2, one line, nothing written ---------------------------------


def test_an_unsafe_archive_member_is_named(files: Files, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_zip(files.tmp / "evil.zip", [record(0)], member="../../evil.ndjson")
    out = files.tmp / "out"
    assert run(*files.argv(source, out)) == (2, "")
    assert "'../../evil.ndjson'" in error_line(capsys)
    assert listing(out) == []
    assert names(files.tmp) == ["evil.zip", "export.ndjson", "export.zip", "label_set.json"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", b"hello", "is not an export"),
        ("broken.zip", b"PK\x03\x04 not really", "is not a readable zip archive"),
        ("broken.ndjson", b'{"externalId": "a"}\n{"externalId": \n', "broken.ndjson"),
        ("missing.ndjson", None, "does not exist"),
    ],
)
def test_unreadable_input_is_one_line(
    files: Files, capsys: pytest.CaptureFixture[str], name: str, content: bytes | None, message: str
) -> None:
    source = files.tmp / name
    if content is not None:
        source.write_bytes(content)
    out = files.tmp / "out"
    assert run(*files.argv(source, out)) == (2, "")
    line = error_line(capsys)
    assert line.startswith("error: ")
    assert message in line
    assert listing(out) == []


def test_a_file_that_is_not_a_label_set(files: Files, capsys: pytest.CaptureFixture[str]) -> None:
    bad = files.tmp / "bad.json"
    bad.write_text('{"name": "not a label set"}', encoding="utf-8")
    argv = files.argv(files.zip, files.tmp / "out", "--label-set", str(bad), label=False)
    assert run(*argv) == (2, "")
    assert "is not a label set" in error_line(capsys)


# -- Ctrl-C ----------------------------------------------------------------------------------


def test_ctrl_c_is_one_line_exit_130_and_nothing_that_looks_complete(
    monkeypatch: pytest.MonkeyPatch, files: Files, capsys: pytest.CaptureFixture[str]
) -> None:
    import ango_hub.convert._tables as tables

    written = tables.task_record
    calls = 0

    def interrupted(task: Any) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        return written(task)

    monkeypatch.setattr(tables, "task_record", interrupted)
    out = files.tmp / "out"
    assert run(*files.argv(files.zip, out)) == (130, "")
    assert error_line(capsys) == f"Interrupted: nothing complete was written to {out}"
    assert listing(out) == []


def _interrupt_when(argv: list[str], ready: Callable[[], bool], never: str) -> tuple[int, str, str]:
    """Run ``ango-hub *argv``, send it a real SIGINT once ``ready()`` (``never``: the message if
    that does not come within 30 s); its exit code, stdout and stderr."""
    process = subprocess.Popen(
        [ANGO_HUB, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=clean_env()
    )
    try:
        deadline = time.monotonic() + 30
        while process.poll() is None and not ready():
            assert time.monotonic() < deadline, never
            time.sleep(0.005)
        assert process.poll() is None, "the conversion ended before it could be interrupted"
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return process.returncode, stdout, stderr


def test_sigint_stops_the_console_script_with_130(files: Files) -> None:
    """A real SIGINT while the conversion runs (60,000 records: a few seconds of work; 8,000
    were a second's once, and the faster converters finished them before the signal came)."""
    source = write_ndjson(files.tmp / "big.ndjson", [record(index) for index in range(60_000)])
    out = files.tmp / "out"
    # The staging folder holds the format's open files once the loop has started.
    code, stdout, stderr = _interrupt_when(
        files.argv(source, out),
        lambda: any(out.glob(".ango-convert-*/tasks.jsonl")),
        "the conversion never started",
    )
    assert code == 130, (stdout, stderr)
    assert stderr == f"Interrupted: nothing complete was written to {out}\n"
    assert stdout == ""
    assert listing(out) == []


def test_sigint_while_the_yolo_writer_process_runs_stops_it_with_130(files: Files) -> None:
    """The same with ``--to yolo``, signalled once more label files than ``SPAWN_AFTER`` are
    staged (the rest go to the writer process): the process is stopped with the conversion,
    nothing is left; the writer, in a session of its own, never sees the terminal's SIGINT."""
    from ango_hub.convert._output import SPAWN_AFTER

    source = write_ndjson(files.tmp / "big.ndjson", [record(index) for index in range(60_000)])
    out = files.tmp / "out"

    def staged_past_the_writer() -> bool:
        labels = list(out.glob(".ango-convert-*/labels"))
        return bool(labels) and len(os.listdir(labels[0])) > SPAWN_AFTER + 600

    code, stdout, stderr = _interrupt_when(
        files.argv(source, out, to="yolo"),
        staged_past_the_writer,
        "the conversion never reached the writer process",
    )
    assert code == 130, (stdout, stderr)
    assert stderr == f"Interrupted: nothing complete was written to {out}\n"
    assert stdout == ""
    time.sleep(0.2)  # a writer process left running would go on writing (or fail) meanwhile
    assert listing(out) == []


# -- --project against the mock ----------------------------------------------------------------


@pytest.fixture
def keyed(monkeypatch: pytest.MonkeyPatch, ango_mock: MockHub) -> str:
    """The mock's key in ANGO_API_KEY; returns its base URL (for --base-url)."""
    monkeypatch.setenv("ANGO_API_KEY", ango_mock.api_key)
    return ango_mock.base_url


def project_argv(
    out: Path, base_url: str, *extra: str, to: str = "jsonl", project: str = DEMO_PROJECT
) -> list[str]:
    return ["convert", "--project", project, "--to", to, "--out", str(out), "--base-url", base_url, *extra]


def test_project_is_exported_converted_and_the_export_removed(keyed: str, tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    code, text = run(*project_argv(out, keyed))
    assert code == 0, text
    assert text.startswith("jsonl: wrote ")
    assert len(jsonl(out / "tasks.jsonl")) == 100
    # The label set came from the API: its tools, in its order.
    classes = json.loads((out / "classes.json").read_text(encoding="utf-8"))
    assert [(entry["id"], entry["name"], entry["tool"]) for entry in classes] == [
        (0, "Vehicle", "bounding-box"),
        (1, "Road", "polygon"),
    ]
    objects = jsonl(out / "objects.jsonl")
    assert objects
    assert {row["class_name"] for row in objects} <= {"Vehicle", "Road"}
    # The temporary export beside --out is gone.
    assert names(tmp_path) == ["dataset"]
    assert listing(out) == ["classes.json", "objects.jsonl", "tasks.jsonl"]


def test_project_with_keep_export_stage_and_json(
    keyed: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, kept = tmp_path / "dataset", tmp_path / "kept" / "export.zip"
    code, text = run(*project_argv(out, keyed, "--stage", "Complete", "--keep-export", str(kept), "--json"))
    assert code == 0
    report = json.loads(text)
    assert set(report) == REPORT_KEYS
    assert report["notes"] == [f"the export of {DEMO_PROJECT} was kept at {kept}"]
    tasks = jsonl(out / "tasks.jsonl")
    assert tasks
    assert {task["stage"] for task in tasks} == {"Complete"}
    assert report["written"]["tasks"] == len(tasks) < 100
    assert names(tmp_path) == ["dataset", "kept"]
    # The kept export converts again, with no key, to the same objects and classes (the
    # answers' option ids need the label set to become values: compared apart).
    monkeypatch.delenv("ANGO_API_KEY")
    again = tmp_path / "again"
    argv = [
        "convert",
        str(kept),
        "--to",
        "jsonl",
        "--out",
        str(again),
        "--class-map",
        str(out / "classes.json"),
    ]
    assert run(*argv)[0] == 0

    def key(row: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(value for name, value in row.items() if name != "attributes")

    assert [key(row) for row in jsonl(again / "objects.jsonl")] == [
        key(row) for row in jsonl(out / "objects.jsonl")
    ]


def test_project_with_a_local_label_set(keyed: str, files: Files) -> None:
    """--label-set wins over the API's: the demo's tools are unknown to it, so skipped (exit 1)."""
    out = files.tmp / "out"
    code, text = run(*project_argv(out, keyed, "--label-set", str(files.label_set), "--json"))
    assert code == 1
    assert json.loads(text)["skippedCounts"]["unknown_schema_id"] > 0
    classes = json.loads((out / "classes.json").read_text(encoding="utf-8"))
    assert [entry["name"] for entry in classes] == ["Car", "Road"]


def test_project_of_an_unknown_id_is_an_api_error(
    keyed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(*project_argv(tmp_path / "out", keyed, project=UNKNOWN_PROJECT)) == (3, "")
    assert error_line(capsys).startswith("error: ")
    assert names(tmp_path) == []


def test_project_without_a_key_sends_nothing(
    ango_mock: MockHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(*project_argv(tmp_path / "out", ango_mock.base_url)) == (2, "")
    assert "ANGO_API_KEY" in error_line(capsys)
    assert names(tmp_path) == []


def test_project_into_a_directory_that_is_not_empty_is_refused_before_the_export(
    keyed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("", encoding="utf-8")
    from ango_hub._sync.resources.exports import Exports

    def no_export(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("exported although the output directory is refused")

    monkeypatch.setattr(Exports, "export", no_export)
    assert run(*project_argv(out, keyed)) == (2, "")
    assert "--force" in error_line(capsys)
    assert names(tmp_path) == ["out"]


def test_ctrl_c_during_the_export_leaves_nothing(
    keyed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ango_hub._sync.resources.exports import Exports

    def interrupted(_self: object, _project_id: str, destination: Path, **_options: object) -> None:
        Path(destination).write_bytes(b"PK\x03\x04 half an archive")
        raise KeyboardInterrupt

    monkeypatch.setattr(Exports, "export", interrupted)
    out = tmp_path / "out"
    assert run(*project_argv(out, keyed)) == (130, "")
    assert error_line(capsys) == (
        f"Interrupted: the export of {DEMO_PROJECT} was not complete (nothing of it was kept); "
        f"nothing complete was written to {out}"
    )
    assert names(tmp_path) == []


def test_keep_export_inside_out_is_refused(
    keyed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run(*project_argv(out, keyed, "--keep-export", str(out / "e.zip"))) == (2, "")
    assert error_line(capsys) == "error: --keep-export must name a file outside --out"


# -- the console script --------------------------------------------------------------------


def cli(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ANGO_HUB, *argv], capture_output=True, text=True, env=env or clean_env(), timeout=120, check=False
    )


def test_console_script_exit_codes(files: Files) -> None:
    tmp = files.tmp
    done = cli(*files.argv(files.zip, tmp / "a"))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"jsonl: wrote 6 objects, 3 tasks to {tmp / 'a'}\n"

    odd = write_ndjson(tmp / "odd.ndjson", [record(0, unknown=True)])
    done = cli("--json", *files.argv(odd, tmp / "b"))
    assert done.returncode == 1
    assert json.loads(done.stdout)["skippedCounts"] == {"unknown_schema_id": 1}

    done = cli(*files.argv(files.zip, tmp / "a"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "not empty" in done.stderr

    (tmp / "text.txt").write_text("not an export", encoding="utf-8")
    done = cli(*files.argv(tmp / "text.txt", tmp / "c"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr

    done = cli(*files.argv(files.zip, tmp / "d", to="csv"))
    assert done.returncode == 2
    assert "invalid choice: 'csv'" in done.stderr


def test_console_script_project_against_the_mock(ango_mock: MockHub, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = cli(
        *project_argv(out, ango_mock.base_url, "--progress"), env=clean_env(ANGO_API_KEY=ango_mock.api_key)
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "Converting: " in done.stderr
    assert len(jsonl(out / "tasks.jsonl")) == 100
    assert names(tmp_path) == ["out"]


# -- the other formats (skipped only while their module is absent) --------------------------------

#: ``--to`` -> (its module, files that must be there for the images img-0..2).
LAYOUTS: dict[str, tuple[str, list[str]]] = {
    "coco": ("ango_hub.convert._coco", ["annotations.json", "classes.json"]),
    "yolo": ("ango_hub.convert._yolo", ["classes.json", "data.yaml", "labels/img-0.txt", "labels/img-2.txt"]),
    "yolo-seg": (
        "ango_hub.convert._yolo",
        ["classes.json", "data.yaml", "labels/img-0.txt", "labels/img-2.txt"],
    ),
    "yolo-obb": (
        "ango_hub.convert._yolo",
        ["classes.json", "data.yaml", "labels/img-0.txt", "labels/img-2.txt"],
    ),
    "voc": ("ango_hub.convert._voc", ["Annotations/img-0.xml", "Annotations/img-2.xml", "classes.json"]),
    "parquet": ("ango_hub.convert._parquet", ["classes.json"]),
    "masks": (
        "ango_hub.convert._masks_format",
        ["classes.json", "instances/img-0.png", "instances/img-2.png", "masks/img-0.png", "masks/img-2.png"],
    ),
}
IMAGE_FORMATS = ["coco", "yolo", "yolo-seg", "yolo-obb", "voc", "masks"]


def need(to: str) -> None:
    """Skip while the format's module file is absent (only then: an import error fails)."""
    module = LAYOUTS[to][0]
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not written yet")


@pytest.mark.parametrize("to", list(LAYOUTS))
def test_each_format_writes_its_layout(to: str, files: Files) -> None:
    need(to)
    out = files.tmp / "out"
    code, text = run(*files.argv(files.zip, out, "--json", to=to))
    report = json.loads(text)
    assert set(report) == REPORT_KEYS
    assert code == (0 if report["ok"] else 1)
    assert report["written"]["tasks"] == 3
    present = listing(out)
    assert set(LAYOUTS[to][1]) <= set(present), present
    assert not [name for name in present if ".ango-convert-" in name]
    if to == "parquet":
        assert any(name.startswith("objects/") for name in present)
        assert any(name.startswith("tasks/") for name in present)
    first_id = 1 if to in ("coco", "masks") else 0
    classes = json.loads((out / "classes.json").read_text(encoding="utf-8"))
    assert [(entry["id"], entry["name"]) for entry in classes] == [(first_id, "Car"), (first_id + 1, "Road")]


@pytest.mark.parametrize("to", IMAGE_FORMATS)
def test_image_formats_stop_on_missing_sizes_naming_them(
    to: str, files: Files, capsys: pytest.CaptureFixture[str]
) -> None:
    need(to)
    records = [record(0), record(1, sized=False), record(2, sized=False)]
    source = write_ndjson(files.tmp / "unsized.ndjson", records)
    out = files.tmp / "out"
    assert run(*files.argv(source, out, to=to)) == (2, "")
    line = error_line(capsys)
    assert "'img-1.png'" in line
    assert "'img-2.png'" in line
    assert "'img-0.png'" not in line
    assert listing(out) == []

    code, text = run(*files.argv(source, out, "--on-missing-size", "skip", "--json", to=to))
    assert code == 1
    report = json.loads(text)
    assert report["skippedCounts"]["no_image_size"] == 2
    assert report["written"]["tasks"] == 1


@pytest.mark.parametrize("to", IMAGE_FORMATS)
def test_image_formats_read_missing_sizes_from_image_dir(to: str, files: Files) -> None:
    need(to)
    source = write_ndjson(files.tmp / "unsized.ndjson", [record(0, sized=False)])
    images = files.tmp / "images"
    images.mkdir()
    (images / "img-0.png").write_bytes(png(200, 100))
    code, text = run(*files.argv(source, files.tmp / "out", "--image-dir", str(images), "--json", to=to))
    report = json.loads(text)
    assert code == (0 if report["ok"] else 1)
    assert "no_image_size" not in report["skippedCounts"]
    assert report["written"]["tasks"] == 1


def test_parquet_keeps_images_without_a_size(files: Files) -> None:
    need("parquet")
    source = write_ndjson(files.tmp / "unsized.ndjson", [record(0, sized=False)])
    code, text = run(*files.argv(source, files.tmp / "out", "--json", to="parquet"))
    assert code == 0
    assert json.loads(text)["written"]["tasks"] == 1


@pytest.mark.parametrize("to", [*IMAGE_FORMATS, "parquet"])
def test_each_format_from_a_project(to: str, keyed: str, tmp_path: Path) -> None:
    need(to)
    code, text = run(*project_argv(tmp_path / "out", keyed, "--json", to=to))
    report = json.loads(text)
    assert code == (0 if report["ok"] else 1)
    assert report["written"]["tasks"] == 100
    assert names(tmp_path) == ["out"]


def test_parquet_options_reach_the_writer(files: Files) -> None:
    records = [record(number) for number in range(5)]
    source = write_ndjson(files.tmp / "five.ndjson", records)
    out = files.tmp / "out"
    code, _text = run(
        *files.argv(source, out, "--partition-by-stage", "--max-rows-per-file", "2", "--json", to="parquet")
    )
    assert code in (0, 1)
    parts = [name for name in listing(out) if name.startswith("tasks/")]
    assert all("/stage=" in "/" + name for name in parts), parts
    assert len(parts) == 3  # 5 tasks, at most 2 a file


@pytest.mark.parametrize(
    ("option", "to"),
    [
        (["--partition-by-stage"], "coco"),
        (["--max-rows-per-file", "10"], "jsonl"),
        (["--max-rows-per-file", "0"], "parquet"),
    ],
)
def test_parquet_options_elsewhere_are_usage_errors(
    option: list[str], to: str, files: Files, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(*files.argv(files.zip, files.tmp / "out", *option, to=to)) == (2, "")
    assert "--" in error_line(capsys)
    assert listing(files.tmp / "out") == []


def test_overlays_of_a_project_fetched_from_the_mock(keyed: str, tmp_path: Path) -> None:
    out = tmp_path / "pictures"
    code, text = run(*project_argv(out, keyed, "--fetch", "--timeout", "20", "--json", to="overlays"))
    report = json.loads(text)
    assert code == (0 if report["ok"] else 1), text
    assert report["written"]["tasks"] == 100
    present = listing(out)
    assert len([name for name in present if name.startswith("overlays/") and name.endswith(".png")]) == 100
    assert "contact_sheet_001.png" in present or "contact_sheet.png" in present
    assert (out / "overlays" / "street-0001.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--to", "overlays"], "--image-dir DIR, or --fetch"),
        (["--to", "coco", "--fetch"], "--fetch applies to --to overlays only"),
        (["--to", "yolo", "--on-missing-image", "skip"], "--on-missing-image applies"),
    ],
)
def test_overlay_options_are_checked(
    argv: list[str], message: str, files: Files, capsys: pytest.CaptureFixture[str]
) -> None:
    out = files.tmp / "out"
    code, _text = run(
        "convert", str(files.zip), "--out", str(out), "--label-set", str(files.label_set), *argv
    )
    assert code == 2
    assert message in error_line(capsys)
    assert listing(out) == []


def test_brush_dir_is_for_masks_only(files: Files, capsys: pytest.CaptureFixture[str]) -> None:
    out = files.tmp / "out"
    assert run(*files.argv(files.zip, out, "--brush-dir", str(files.tmp), to="coco")) == (2, "")
    assert "--brush-dir applies to --to masks only" in error_line(capsys)
    code, text = run(*files.argv(files.zip, out, "--brush-dir", str(files.tmp), "--json", to="masks"))
    assert code in (0, 1), text
    assert json.loads(text)["written"]["tasks"] == 3
