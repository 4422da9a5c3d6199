"""A newcomer's daily jobs from the command line, as subprocesses against the mock over real
HTTP: create a project, annotate a task, add a webhook, import labels with a bad row among
good ones, export into a directory, and the wording of the errors (issue 24)."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli_subprocess import DEMO_PROJECT, cli, environment

from ango_hub import Client
from ango_hub.label_set import LabelSet, LabelSetError, Radio, Tool
from ango_hub.testing import MockFactory, MockHub

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


def label_set_file(tmp_path: Path) -> tuple[Path, LabelSet]:
    label_set = LabelSet().tool("Vehicle", Tool.BOUNDING_BOX, classifications=[Radio("Type", ["Car", "Bus"])])
    return label_set.save(tmp_path / "ontology.json"), label_set


# -- projects create ----------------------------------------------------------------------


def test_projects_create_prints_the_created_project_with_json(
    ango_mock_factory: MockFactory, tmp_path: Path
) -> None:
    mock = ango_mock_factory(seed=None)
    file, label_set = label_set_file(tmp_path)
    completed = cli(
        mock, "projects", "create", "Vehicles", "--label-set", str(file), "--description", "cars", "--json"
    )
    project = json.loads(completed.stdout)
    assert project["name"] == "Vehicles"
    assert project["description"] == "cars"
    stored = mock.state.projects.require(project["_id"])
    assert stored["categorySchema"] == label_set.to_dict()
    # `projects` alone still lists, and now shows it.
    listed = cli(mock, "projects", "--json")
    assert json.loads(listed.stdout.splitlines()[0]) == {"id": project["_id"], "name": "Vehicles"}
    text = cli(mock, "projects", "create", "Again", "--label-set", str(file)).stdout
    assert text.startswith("Created project ")
    assert "'Again'" in text


def test_projects_create_refuses_a_bad_label_set_before_sending(
    ango_mock_factory: MockFactory, tmp_path: Path
) -> None:
    mock = ango_mock_factory(seed=None)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"tools": [{"tool": "bounding-boxx", "title": "Car", "schemaId": "a"}]}))
    completed = cli(mock, "projects", "create", "Typo", "--label-set", str(bad), check=2)
    assert 'unknown tool type "bounding-boxx"' in completed.stderr
    assert cli(mock, "projects", "--json").stdout == ""  # nothing created
    missing = cli(mock, "projects", "create", "X", "--label-set", str(tmp_path / "none.json"), check=2)
    assert "none.json" in missing.stderr


# -- tasks annotate -----------------------------------------------------------------------


def first_task(mock: MockHub) -> str:
    with mock.client() as hub:
        return hub.tasks.list_page(DEMO_PROJECT, limit=1).tasks[0].id


def test_tasks_annotate_with_json_and_next_stage(ango_mock_factory: MockFactory, tmp_path: Path) -> None:
    mock = ango_mock_factory()
    task_id = first_task(mock)
    with mock.client() as hub:
        label_set = hub.projects.get_label_set(DEMO_PROJECT)
    vehicle = label_set.tools[0]
    answer = {
        "objects": [
            {
                "schemaId": vehicle.schema_id,
                "objectId": "o1",
                "bounding-box": {"x": 1, "y": 2, "width": 3, "height": 4},
            }
        ],
        "classifications": [],
        "relations": [],
    }
    file = tmp_path / "answer.json"
    file.write_text(json.dumps(answer))
    completed = cli(mock, "tasks", "annotate", task_id, "--answer", str(file), "--json", "--next-stage")
    result = json.loads(completed.stdout)
    assert result["task"]["_id"] == task_id
    stored = mock.state.tasks.require(task_id)
    assert [tool["schemaId"] for tool in stored["answer"]["objects"]] == [vehicle.schema_id]
    text = cli(mock, "tasks", "annotate", task_id, "--answer", str(file)).stdout
    assert text == f"Annotated task {task_id} (1 object, 0 classifications, 0 relations)\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[1]", "expected a JSON object"),
        ("{", "not JSON"),
        ('{"tools": []}', "unknown keys 'tools'"),
        ('{"objects": {}}', "objects must be a list"),
        (
            '{"objects": [{"schemaId": "nope", "bounding-box": {"x": 1, "y": 1, "width": 1, "height": 1}}]}',
            '"nope"',
        ),
    ],
)
def test_tasks_annotate_refuses_a_bad_answer(
    ango_mock: MockHub, tmp_path: Path, content: str, message: str
) -> None:
    file = tmp_path / "answer.json"
    file.write_text(content)
    task_id = first_task(ango_mock)
    before = json.dumps(ango_mock.state.tasks.require(task_id)["answer"], sort_keys=True)
    completed = cli(ango_mock, "tasks", "annotate", task_id, "--answer", str(file), check=2)
    assert message in completed.stderr
    assert json.dumps(ango_mock.state.tasks.require(task_id)["answer"], sort_keys=True) == before


# -- webhooks add -------------------------------------------------------------------------


def test_webhooks_add_and_replace(ango_mock_factory: MockFactory) -> None:
    mock = ango_mock_factory()
    url = "https://example.com/hook"
    first = cli(mock, "webhooks", "add", DEMO_PROJECT, url, "--type", "COMPLETED", "--json")
    hooks = json.loads(first.stdout)["webhooks"]
    assert [(hook["url"], hook["types"]) for hook in hooks] == [(url, ["COMPLETED"])]
    assert "message" not in json.loads(first.stdout)
    env = environment(mock, HOOK_SECRET="s3cret-value")
    again = cli(
        mock,
        "webhooks",
        "add",
        DEMO_PROJECT,
        url,
        "--type",
        "ACCEPTED",
        "--type",
        "UPDATED",
        "--secret-env",
        "HOOK_SECRET",
        env=env,
    )
    assert again.stdout.startswith(
        f"Replaced the webhook {hooks[0]['_id']} of this project with the same URL"
    )
    assert "s3cret-value" not in again.stdout + again.stderr
    (stored,) = mock.state.webhooks.list()
    assert (stored["types"], stored["secret"]) == (["ACCEPTED", "UPDATED"], "s3cret-value")


def test_webhooks_add_refuses_an_unset_secret_variable_before_sending(ango_mock: MockHub) -> None:
    count = len(ango_mock.state.webhooks.list())
    completed = cli(
        ango_mock,
        "webhooks",
        "add",
        DEMO_PROJECT,
        "https://example.com/x",
        "--type",
        "COMPLETED",
        "--secret-env",
        "NOT_SET_ANYWHERE",
        check=2,
    )
    assert "NOT_SET_ANYWHERE" in completed.stderr
    assert len(ango_mock.state.webhooks.list()) == count
    assert cli(ango_mock, "webhooks", "add", DEMO_PROJECT, "https://example.com/x", check=2).stderr.endswith(
        "the following arguments are required: --type\n"
    )


def test_create_webhook_docstring_says_a_url_is_replaced() -> None:
    from ango_hub._sync.resources.projects import Projects

    assert "replaces" in (Projects.create_webhook.__doc__ or "")
    assert "One webhook per URL" in (Path(__file__).parents[2] / "docs" / "webhooks.md").read_text()


# -- import-labels with a bad row ---------------------------------------------------------


def test_import_labels_imports_the_valid_rows_and_names_the_bad_one(
    ango_mock_factory: MockFactory, tmp_path: Path
) -> None:
    mock = ango_mock_factory()
    with mock.client() as hub:
        label_set = hub.projects.get_label_set(DEMO_PROJECT)
    known = sorted(asset["externalId"] for asset in mock.state.assets.list(DEMO_PROJECT))[:3]
    box = {"x": 1, "y": 2, "width": 3, "height": 4}
    rows = [
        {
            "externalId": known[0],
            "objects": [{"schemaId": label_set.tools[0].schema_id, "bounding-box": box}],
        },
        {"externalId": known[1], "objects": [{"schemaId": "unknown-schema", "bounding-box": box}]},
        {"externalId": known[2], "objects": [], "classifications": []},
    ]
    source = tmp_path / "rows.ndjson"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows))
    failed = tmp_path / "retry.ndjson"
    completed = cli(mock, "import-labels", DEMO_PROJECT, str(source), "--failed", str(failed), check=1)
    assert "1 row of 3 invalid, not sent" in completed.stderr
    assert "--all-or-nothing" in completed.stderr
    out = completed.stdout.splitlines()
    assert out[0] == "2 imported, 1 failed of 3 rows in 1 request"
    assert out[1].startswith(f"  row 1 ({known[1]}): failed: not sent, invalid: objects[0]")
    assert '"unknown-schema"' in out[1]
    assert [json.loads(line) for line in failed.read_text().splitlines()] == [rows[1]]
    views = [mock.state.tasks.view(task) for task in mock.state.tasks.list(DEMO_PROJECT)]
    (task,) = [view for view in views if view["externalId"] == known[0]]
    assert [tool["schemaId"] for tool in task["answer"]["tools"]] == [label_set.tools[0].schema_id]

    report = json.loads(cli(mock, "import-labels", DEMO_PROJECT, str(source), "--json", check=1).stdout)
    assert [row["status"] for row in report["rows"]] == ["imported", "failed", "imported"]
    assert report["rows"][1]["error"].startswith("not sent, invalid:")

    strict = cli(mock, "import-labels", DEMO_PROJECT, str(source), "--all-or-nothing", check=2)
    assert strict.stdout == ""
    assert "error: row 1: objects[0]" in strict.stderr
    assert "nothing was sent" in strict.stderr


# -- export into a directory, and the archive's mode ----------------------------------------


def test_export_into_a_directory_writes_project_zip_with_the_umask_mode(
    ango_mock: MockHub, tmp_path: Path
) -> None:
    directory = tmp_path / "exports"
    directory.mkdir()
    script = (
        "import os, sys; os.umask(0o022); from ango_hub.cli import main; "
        f"sys.exit(main(['--no-progress', 'export', {DEMO_PROJECT!r}, {str(directory)!r}]))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=environment(ango_mock),
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    archive = directory / f"{DEMO_PROJECT}.zip"
    assert completed.stdout.startswith(f"Exported {DEMO_PROJECT} to {archive} (")
    assert stat.S_IMODE(archive.stat().st_mode) == 0o644
    assert sorted(p.name for p in directory.iterdir()) == [archive.name]


def test_download_into_a_directory_is_refused_before_any_request(ango_client: Client, tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError, match="is a directory"):
        ango_client.exports.download("https://127.0.0.1:9/never-asked.zip", tmp_path)


# -- wording ------------------------------------------------------------------------------


def test_region_errors_name_the_variable_and_the_flag() -> None:
    env = environment(
        None, ANGO_API_KEY="a-key-of-some-length", ANGO_HUB_REGION="europe", ANGO_HUB_BASE_URL=None
    )
    completed = cli(None, "projects", env=env, check=2)
    assert completed.stderr == (
        "error: Unknown region 'europe' (from the environment variable ANGO_HUB_REGION): use one of "
        "'eu', 'us', 'in', 'test', or pass --base-url URL\n"
    )
    # The library keeps its own words (an argument), and names the variable too.
    from ango_hub._config import resolve_base_url

    with pytest.raises(
        ValueError, match=r"from the environment variable ANGO_HUB_REGION\): .* base_url=\.\.\."
    ):
        resolve_base_url(None, None, {"ANGO_HUB_REGION": "europe"})
    with pytest.raises(ValueError, match=r"^Unknown region 'mars': "):
        resolve_base_url("mars", None, {})


def test_category_schema_dicts_are_checked_like_label_sets(ango_client: Client) -> None:
    typo = {"tools": [{"tool": "bounding-boxx", "title": "Car", "schemaId": "a"}]}
    with pytest.raises(LabelSetError, match='unknown tool type "bounding-boxx"'):
        ango_client.projects.create("Typo", category_schema=typo)
    twice = {
        "tools": [
            {"tool": "point", "title": "A", "schemaId": "s"},
            {"tool": "point", "title": "B", "schemaId": "s"},
        ]
    }
    with pytest.raises(LabelSetError, match="also used by"):
        ango_client.projects.set_label_set(DEMO_PROJECT, twice)


def test_verify_shows_a_progress_line_on_stderr(ango_mock: MockHub) -> None:
    completed = cli(ango_mock, "verify", "--max-requests", "3", "--requests-per-minute", "6000", check=None)
    assert completed.returncode in (0, 1), completed.stderr
    shown = [line for line in completed.stderr.splitlines() if line.startswith("Verifying: request ")]
    assert shown[0] == "Verifying: request 1 (at most 3): list_projects"
    assert len(shown) == 3
    quiet = cli(
        ango_mock,
        "verify",
        "--max-requests",
        "2",
        "--requests-per-minute",
        "6000",
        "--no-progress",
        check=None,
    )
    assert "Verifying" not in quiet.stderr


def test_upload_many_reports_each_outcome_as_it_lands(ango_mock_factory: MockFactory, tmp_path: Path) -> None:
    mock = ango_mock_factory(seed=None)
    project_id = mock.state.add_project("Outcomes")
    (tmp_path / "a.jpg").write_bytes(b"a")
    (tmp_path / "b.jpg").write_bytes(b"b")
    seen: list[tuple[str, str]] = []
    with mock.client() as hub:
        hub.assets.upload_many(project_id, [tmp_path / "a.jpg"])
        report = hub.assets.upload_many(
            project_id,
            [tmp_path / "a.jpg", tmp_path / "b.jpg"],
            on_outcome=lambda row: seen.append((row.status, Path(row.key).name)),
        )
        with pytest.raises(TypeError, match="on_outcome"):
            hub.assets.upload_many(project_id, [tmp_path / "a.jpg"], on_outcome="print")  # type: ignore[arg-type]
    assert seen == [("skipped", "a.jpg"), ("imported", "b.jpg")]
    assert report.ok
