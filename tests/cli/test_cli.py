"""``ango-hub``, the command line, against the mock Ango Hub."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ango_hub.cli import main
from ango_hub.label_set import LabelSet, Radio, Tool
from ango_hub.mock import create_app, mock_state
from ango_hub.mock.server import serve_in_thread
from ango_hub.mock.state import MockState

API_KEY = "cli-key-0123456789"
DEMO_PROJECT = "50f244556f25e2a25a921187"


@pytest.fixture
def mock(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockState]:
    app = create_app(api_key=API_KEY, seed="demo", validate_responses=True)
    with serve_in_thread(app) as base_url:
        monkeypatch.setenv("ANGO_API_KEY", API_KEY)
        monkeypatch.setenv("ANGO_HUB_BASE_URL", base_url)
        monkeypatch.delenv("ANGO_HUB_REGION", raising=False)
        yield mock_state(app)


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--no-progress", *argv], out=out)
    return code, out.getvalue()


def test_projects(mock: MockState) -> None:
    code, out = run("projects")
    assert code == 0
    assert f"{DEMO_PROJECT}  Vehicle detection" in out
    code, out = run("projects", "--json")
    assert {json.loads(line)["name"] for line in out.splitlines()} == {
        "Vehicle detection",
        "News NER",
        "Product photos",
    }


def test_label_set_pull_diff_push(mock: MockState, tmp_path: Path) -> None:
    file = tmp_path / "ontology.json"
    assert run("label-set", "pull", DEMO_PROJECT, str(file)) == (
        0,
        f"Wrote the label set of {DEMO_PROJECT} to {file}\n",
    )
    pulled = LabelSet.load(file)
    assert run("label-set", "diff", DEMO_PROJECT, str(file)) == (0, "")

    pulled.tool("Animal", Tool.BOUNDING_BOX).save(file)
    code, out = run("label-set", "diff", DEMO_PROJECT, str(file))
    assert (code, out) == (1, '+ tools "Animal": bounding-box\n')
    code, out = run("label-set", "push", DEMO_PROJECT, str(file), "--dry-run")
    assert code == 0
    assert out.endswith("1 change not sent (--dry-run).\n")
    assert run("label-set", "diff", DEMO_PROJECT, str(file))[0] == 1
    code, out = run("label-set", "push", DEMO_PROJECT, str(file), "--project-type", "image")
    assert (code, out.splitlines()[-1]) == (0, "Pushed 1 change.")
    assert run("label-set", "diff", DEMO_PROJECT, str(file)) == (0, "")


def test_push_of_an_invalid_label_set_sends_nothing(
    mock: MockState, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "broken.json"
    LabelSet().classification(Radio("Mood", [])).save(file)
    before = json.dumps(mock.projects.require(DEMO_PROJECT)["categorySchema"], sort_keys=True)
    code, _out = run("label-set", "push", DEMO_PROJECT, str(file))
    assert code == 2
    assert "needs at least one option" in capsys.readouterr().err
    assert json.dumps(mock.projects.require(DEMO_PROJECT)["categorySchema"], sort_keys=True) == before


def test_export(mock: MockState, tmp_path: Path) -> None:
    file = tmp_path / "out" / "export.zip"
    code, out = run("export", DEMO_PROJECT, str(file), "--format", "ndjson")
    assert code == 0
    assert out.startswith(f"Exported {DEMO_PROJECT} to {file}")
    with zipfile.ZipFile(file) as archive:
        assert archive.namelist() == ["export.ndjson"]


def test_import_labels_reports_rows_and_writes_the_failed_ones(mock: MockState, tmp_path: Path) -> None:
    external_ids = sorted(asset["externalId"] for asset in mock.assets.list(DEMO_PROJECT))[:3]
    rows = [{"externalId": external_id, "objects": [], "classifications": []} for external_id in external_ids]
    rows.append({"externalId": "nowhere.jpg", "objects": []})
    source = tmp_path / "rows.ndjson"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows))
    failed = tmp_path / "retry.ndjson"
    code, out = run("import-labels", DEMO_PROJECT, str(source), "--chunk-size", "2", "--failed", str(failed))
    assert code == 1
    assert out.startswith("3 imported, 1 failed of 4 rows")
    assert "row 3 (nowhere.jpg): failed: Unknown externalId" in out
    assert [json.loads(line)["externalId"] for line in failed.read_text().splitlines()] == ["nowhere.jpg"]


def test_bad_input_and_api_errors(
    mock: MockState, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("label-set", "pull", "000000000000000000000000", str(tmp_path / "x.json"))[0] == 3
    err = capsys.readouterr().err
    assert (err.startswith("error: ") and "404" in err) or "not found" in err.lower()
    source = tmp_path / "rows.json"
    source.write_text('{"not": "a list"}')
    assert run("import-labels", DEMO_PROJECT, str(source))[0] == 2
    assert "expected a JSON array" in capsys.readouterr().err


def test_the_key_never_comes_from_argv_and_never_shows(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--api-key", "x", "projects"])
    monkeypatch.setenv("ANGO_API_KEY", API_KEY)
    monkeypatch.setenv("ANGO_HUB_BASE_URL", "http://127.0.0.1:9/v2")  # nothing listens there
    assert main(["--no-progress", "projects"], out=io.StringIO()) == 3
    err = capsys.readouterr().err
    assert "error: " in err
    assert API_KEY not in err


def test_console_script_is_installed() -> None:
    completed = subprocess.run(
        [str(Path(sys.executable).parent / "ango-hub"), "--help"], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0
    assert "ANGO_API_KEY" in completed.stdout


def test_progress_is_shown_when_asked(
    mock: MockState, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--progress", "export", DEMO_PROJECT, str(tmp_path / "e.zip")], out=io.StringIO())
    assert code == 0
    err = capsys.readouterr().err
    assert "\rDownloading: " in err
    assert err.endswith("\n")


def test_push_refuses_removals_unless_allowed(
    mock: MockState, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "ontology.json"
    run("label-set", "pull", DEMO_PROJECT, str(file))
    pulled = LabelSet.load(file)
    assert pulled.tools, "the demo project has tools"
    LabelSet(tools=pulled.tools[1:], classifications=pulled.classifications, relations=pulled.relations).save(
        file
    )
    code, out = run("label-set", "push", DEMO_PROJECT, str(file))
    assert code == 2
    assert out.startswith("- tools ")
    assert "--allow-removals" in capsys.readouterr().err
    assert run("label-set", "diff", DEMO_PROJECT, str(file))[0] == 1  # nothing was sent
    code, out = run("label-set", "push", DEMO_PROJECT, str(file), "--allow-removals")
    assert (code, out.splitlines()[-1]) == (0, "Pushed 1 change.")
