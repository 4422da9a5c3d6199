"""Reading export archives record by record: JSON and NDJSON, broken files, bounded memory."""

from __future__ import annotations

import json
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ango_hub import Client
from ango_hub.export_archive import ExportArchiveError, read_export, read_export_records
from ango_hub.mock import create_app, mock_state
from ango_hub.mock.loadtest import load_test_project_id
from ango_hub.mock.server import serve_in_thread
from ango_hub_api.models import ExportAsset, ExportFormat

API_KEY = "export-archive-key"


def write(path: Path, name: str, content: str) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, content)
    return path


def records(count: int) -> list[dict[str, Any]]:
    return [
        {
            "externalId": f"{i}.jpg",
            "asset": f"https://b.example/{i}.jpg",
            "tasks": [{"taskId": f"t{i}", "x": "]},[{"}],
        }
        for i in range(count)
    ]


@pytest.mark.parametrize("indent", [None, 2])
def test_json_array_is_read_record_by_record(
    tmp_path: Path, indent: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small chunks: records and even the separators straddle chunk boundaries.
    monkeypatch.setattr("ango_hub.export_archive._CHUNK", 7)
    data = records(50)
    archive = write(tmp_path / "e.zip", "export.json", json.dumps(data, indent=indent))
    assert list(read_export_records(archive)) == data
    assets = list(read_export(archive))
    assert all(isinstance(asset, ExportAsset) for asset in assets)
    assert assets[3].external_id == "3.jpg"
    assert assets[3].to_dict()["tasks"][0]["x"] == "]},[{"


def test_ndjson_and_empty_archives(tmp_path: Path) -> None:
    data = records(5)
    ndjson = write(tmp_path / "n.zip", "export.ndjson", "\n".join(json.dumps(r) for r in data) + "\n\n")
    assert list(read_export_records(ndjson)) == data
    assert list(read_export_records(write(tmp_path / "e.zip", "export.json", " [ ] "))) == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("export.json", '[{"a": 1}, {"b": ', "Expecting"),
        ("export.json", '[{"a": 1} {"b": 2}]', "expected ',' or ']'"),
        ("export.json", '{"a": 1}', "expected a JSON array"),
        ("export.json", "[1, 2]", "expected JSON objects, found int"),
        ("export.json", '[{"a": 1}', "not closed"),
        ("export.ndjson", '{"a": 1}\n{oops}\n', "line 2"),
        ("notes.txt", "hello", "one .json or .ndjson file"),
    ],
)
def test_broken_archives_raise_a_clear_error(tmp_path: Path, name: str, content: str, message: str) -> None:
    with pytest.raises(ExportArchiveError, match=message):
        list(read_export_records(write(tmp_path / "x.zip", name, content)))


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_text("not a zip")
    with pytest.raises(ExportArchiveError, match="not a zip archive"):
        list(read_export(path))


@pytest.mark.parametrize("fmt", [ExportFormat.JSON, ExportFormat.NDJSON])
def test_a_large_mock_export_streams_in_bounded_memory(tmp_path: Path, fmt: ExportFormat) -> None:
    app = create_app(api_key=API_KEY, seed="demo", tasks=5000)
    load = load_test_project_id(mock_state(app))
    with serve_in_thread(app) as base_url, Client(api_key=API_KEY, base_url=base_url) as hub:
        archive = hub.exports.export(load, tmp_path / "load.zip", format=fmt)
    with zipfile.ZipFile(archive) as bundle:
        uncompressed = sum(info.file_size for info in bundle.infolist())
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_export_records(archive))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 5000
    # The whole file would take several times its size as Python objects; the reader's
    # peak stays a small fraction of it (one chunk of text and one record at a time).
    assert uncompressed > 2_000_000
    assert peak < uncompressed / 2, (peak, uncompressed)


def test_an_odd_record_raises_or_is_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    data = records(3)
    data[1]["tasks"] = "not a list"
    archive = write(tmp_path / "odd.zip", "export.json", json.dumps(data))
    with pytest.raises(ExportArchiveError, match=r"record 1 of .* is not an exported asset"):
        list(read_export(archive))
    assert [asset.external_id for asset in read_export(archive, on_invalid="skip")] == ["0.jpg", "2.jpg"]
    assert "record 1" in caplog.text
    assert len(list(read_export_records(archive))) == 3
