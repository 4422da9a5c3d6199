"""A file per image (YOLO labels, VOC annotations) past the first ``SPAWN_AFTER`` is created by
a writer process: the same files and bytes, the same errors, and the process gone afterwards.

``SPAWN_AFTER`` is lowered so that a few dozen images reach the process; every test that
expects the process checks that one was started (``spawned``), and compares with the same
conversion written in-process (``SPAWN_AFTER`` above the number of images).
"""

from __future__ import annotations

import signal
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ango_hub.convert import ConversionError, MissingImageSizeError, _output, to_voc, to_yolo

from ._records import yolo_box as box
from ._records import yolo_label_set as label_set
from ._records import yolo_polygon as polygon
from ._records import yolo_record as record

Json = dict[str, Any]
Convert = Callable[..., Any]
FORMATS: dict[str, Convert] = {"yolo": to_yolo, "voc": to_voc}


@pytest.fixture
def spawned(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    """The writer processes started during the test (each ``subprocess.Popen`` recorded)."""
    started: list[subprocess.Popen[bytes]] = []

    class Recorded(subprocess.Popen):  # type: ignore[type-arg]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(subprocess, "Popen", Recorded)
    return started


def images(count: int, start: int = 0) -> list[Json]:
    """``count`` records: in sub-folders and not, some without objects (empty files)."""
    records = []
    for index in range(start, start + count):
        name = f"street-{index % 3}/{index:04d}.jpg" if index % 2 else f"{index:04d}.png"
        objects = (
            [] if index % 5 == 0 else [box(index % 600, 7.5, 20, 30), polygon([[1, 2], [30, 4], [9, 40]])]
        )
        records.append(record(name, objects))
    return records


def contents(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()
    }


def convert(
    monkeypatch: pytest.MonkeyPatch, how: str, records: Any, out: Path, *, spawn_after: int, **options: Any
) -> Any:
    monkeypatch.setattr(_output, "SPAWN_AFTER", spawn_after)
    return FORMATS[how](records, out, label_set=label_set(), **options)


def outcome(
    monkeypatch: pytest.MonkeyPatch, how: str, records: Any, out: Path, *, spawn_after: int
) -> BaseException:
    with pytest.raises((ConversionError, MissingImageSizeError)) as caught:
        convert(monkeypatch, how, records, out, spawn_after=spawn_after)
    error: BaseException = caught.value
    return error


def assert_gone(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        assert process.returncode is not None  # waited for (reaped)
        assert process.stdin is not None
        assert process.stdin.closed
        assert process.stdout is not None
        assert process.stdout.closed


@pytest.mark.parametrize("how", FORMATS)
def test_the_files_are_those_written_in_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spawned: list[subprocess.Popen[bytes]], how: str
) -> None:
    records = images(700)  # past a batch (256 files), and a last batch that is not full
    here = convert(monkeypatch, how, records, tmp_path / "here", spawn_after=10_000)
    assert spawned == []
    threads = threading.active_count()
    there = convert(monkeypatch, how, records, tmp_path / "there", spawn_after=10)
    assert len(spawned) == 1
    assert_gone(spawned)
    assert spawned[0].returncode == 0
    assert threading.active_count() == threads  # no thread either
    assert contents(tmp_path / "there") == contents(tmp_path / "here")
    assert len(contents(tmp_path / "there")) >= 700
    assert there.to_dict() == {**here.to_dict(), "output": str(tmp_path / "there")}


@pytest.mark.parametrize("how", FORMATS)
@pytest.mark.parametrize(
    "names",
    [
        ("a.jpg", "a.txt/b.jpg"),  # a file where a folder should be: makedirs fails
        ("a.txt/b.jpg", "a.jpg"),  # a folder where the file should be: open fails
    ],
)
def test_a_file_that_cannot_be_written_raises_what_it_raised_in_process(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    spawned: list[subprocess.Popen[bytes]],
    how: str,
    names: tuple[str, str],
) -> None:
    if how == "voc":
        names = tuple(name.replace(".txt", ".xml") for name in names)  # type: ignore[assignment]
    records = [*images(40), record(names[0], []), *images(20, 40), record(names[1], []), *images(200, 60)]
    expected = outcome(monkeypatch, how, records, tmp_path / "here", spawn_after=10_000)
    assert spawned == []
    raised = outcome(monkeypatch, how, records, tmp_path / "there", spawn_after=5)
    assert len(spawned) == 1
    assert type(raised) is type(expected)
    assert str(raised) == str(expected).replace(str(tmp_path / "here"), str(tmp_path / "there"))
    assert repr(names[1]) in str(raised)
    assert raised.__suppress_context__
    assert_gone(spawned)
    assert contents(tmp_path) == {}  # nothing in either output


@pytest.mark.parametrize(
    "later",
    [
        record("0004.PNG", []),  # two images, one file name (0004.png): the driver refuses it
        record("unsized.jpg", [], size=None),  # a missing size: raised after the loop
    ],
)
def test_a_failed_write_comes_before_a_later_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spawned: list[subprocess.Popen[bytes]], later: Json
) -> None:
    records = [*images(30), record("x.txt/y.jpg", []), record("x.jpg", []), *images(30, 30), later]
    expected = outcome(monkeypatch, "yolo", records, tmp_path / "here", spawn_after=10_000)
    raised = outcome(monkeypatch, "yolo", records, tmp_path / "there", spawn_after=5)
    assert len(spawned) == 1
    assert type(raised) is type(expected) is ConversionError
    assert str(raised) == str(expected)
    assert "'x.jpg'" in str(raised)
    assert_gone(spawned)
    assert contents(tmp_path) == {}


def test_a_later_error_without_a_failed_write_is_that_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spawned: list[subprocess.Popen[bytes]]
) -> None:
    records = [*images(60), record("unsized.jpg", [], size=None)]
    raised = outcome(monkeypatch, "yolo", records, tmp_path / "out", spawn_after=5)
    assert isinstance(raised, MissingImageSizeError)
    assert raised.external_ids == ["unsized.jpg"]
    assert len(spawned) == 1
    assert_gone(spawned)
    assert contents(tmp_path) == {}


@pytest.mark.parametrize("how", FORMATS)
def test_ctrl_c_stops_the_process_and_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spawned: list[subprocess.Popen[bytes]], how: str
) -> None:
    def interrupted() -> Iterator[Json]:
        yield from images(600)
        raise KeyboardInterrupt

    threads = threading.active_count()
    with pytest.raises(KeyboardInterrupt):
        convert(monkeypatch, how, interrupted(), tmp_path / "out", spawn_after=5)
    assert len(spawned) == 1
    assert_gone(spawned)
    assert threading.active_count() == threads
    assert contents(tmp_path) == {}
    # The next conversion into the same directory is not refused for what the first left.
    convert(monkeypatch, how, images(50), tmp_path / "out", spawn_after=5)
    assert len(contents(tmp_path / "out")) >= 50


def test_without_a_process_every_file_is_written_in_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise OSError("no more processes")

    records = images(120)
    here = convert(monkeypatch, "yolo", records, tmp_path / "here", spawn_after=10_000)
    monkeypatch.setattr(subprocess, "Popen", refused)
    convert(monkeypatch, "yolo", records, tmp_path / "there", spawn_after=5)
    assert contents(tmp_path / "there") == contents(tmp_path / "here")
    assert here.written["tasks"] == 120


def test_a_process_that_dies_of_sigpipe_starts_no_writer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spawned: list[subprocess.Popen[bytes]]
) -> None:
    previous = signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        convert(monkeypatch, "yolo", images(60), tmp_path / "out", spawn_after=5)
    finally:
        signal.signal(signal.SIGPIPE, previous)
    assert spawned == []
    assert len(contents(tmp_path / "out" / "labels")) == 60


def test_a_writer_that_stops_unexpectedly_is_a_conversion_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spawned: list[subprocess.Popen[bytes]]
) -> None:
    # The writer process ends early (killed): the conversion says so, and writes nothing.
    real_send = _output.StagedFiles._send

    def send_then_kill(self: _output.StagedFiles) -> None:
        process = self._process
        assert process is not None
        process.kill()
        process.wait()
        real_send(self)

    monkeypatch.setattr(_output.StagedFiles, "_send", send_then_kill)
    with pytest.raises(ConversionError, match=r"cannot write labels/: the process writing the files stopped"):
        convert(monkeypatch, "yolo", images(600), tmp_path / "out", spawn_after=5)
    assert_gone(spawned)
    assert contents(tmp_path) == {}
