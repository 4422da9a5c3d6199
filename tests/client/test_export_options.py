"""``ExportOptions``: the options of an export written once, taken whole (``options=``) or as
keyword arguments by ``exports.create``, ``export``, ``iter_records`` and ``iter_assets``;
against the served mock, the request each sends is compared."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest

from ango_hub import Client, ExportOptions
from ango_hub.export_options import ExportArguments, TaskExportArguments
from ango_hub.mock import create_app, mock_state, serve_in_thread
from ango_hub_api.models.export_format import ExportFormat
from ango_hub_api.models.export_type import ExportType

API_KEY = "export-options-key"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, str]]:
    app = create_app(api_key=API_KEY, seed=None)
    with serve_in_thread(app) as base_url:
        state = mock_state(app)
        project = state.add_project("Options", stages=["Label", "Review"])
        state.add_tasks(project, 3, stage="Label")
        state.add_tasks(project, 2, stage="Review")
        yield base_url, project


@pytest.fixture
def hub(served: tuple[str, str]) -> Iterator[Client]:
    with Client(api_key=API_KEY, base_url=served[0], max_retries=0) as client:
        yield client


def export_query(hub: Client, call: typing.Callable[[], object]) -> dict[str, str]:
    """The query of the export request ``call`` sends (its first request)."""
    with hub.raw_responses() as responses:
        call()
    request = responses[0].request
    assert request.url.path.endswith(("/export", "/exportV3"))
    return dict(request.url.params)


def test_options_whole_or_as_keywords_send_the_same_request(hub: Client, served: tuple[str, str]) -> None:
    project = served[1]
    fields = {
        "format": ExportFormat.NDJSON,
        "stages": ["Review"],
        "updated_at": (dt.datetime(2024, 1, 1), None),
        "include_history": False,
        "include_only_key_frames": True,
        "notify": True,
    }
    options = ExportOptions(**fields)  # type: ignore[arg-type]
    by_keywords = export_query(hub, lambda: hub.exports.create(project, **fields))  # type: ignore[arg-type]
    whole = export_query(hub, lambda: hub.exports.create(project, options=options))
    assert whole == by_keywords
    assert whole["stage"] == '["Review"]'
    assert (whole["format"], whole["includeHistory"], whole["doNotNotify"]) == ("ndjson", "false", "false")


def test_keywords_beside_options_replace_its_fields(hub: Client, served: tuple[str, str]) -> None:
    project = served[1]
    options = ExportOptions(stages=["Label"], include_metadata=False)
    query = export_query(hub, lambda: hub.exports.create(project, options=options, stages=["Review"]))
    assert query["stage"] == '["Review"]'
    assert query["includeMetadata"] == "false"
    assert options.stages == ["Label"]  # left as it was


def test_every_method_reads_the_same_options(hub: Client, served: tuple[str, str], tmp_path: Path) -> None:
    project = served[1]
    options = ExportOptions(stages=["Review"], include_history=False)
    created = export_query(hub, lambda: hub.exports.create(project, options=options))
    exported = export_query(hub, lambda: hub.exports.export(project, tmp_path / "e.zip", options=options))
    records = export_query(hub, lambda: list(hub.exports.iter_records(project, options=options)))
    assets = export_query(hub, lambda: list(hub.exports.iter_assets(project, options=options)))
    assert created == exported == records == assets
    assert len(list(hub.exports.iter_records(project, options=options))) == 2  # the Review tasks


def test_export_takes_every_option_of_create(hub: Client, served: tuple[str, str], tmp_path: Path) -> None:
    query = export_query(
        hub, lambda: hub.exports.export(served[1], tmp_path / "e.zip", include_idle_blur_durations=True)
    )
    assert query["includeIdleBlurDurations"] == "true"


def test_an_unknown_keyword_is_refused_as_python_refuses_it(hub: Client, served: tuple[str, str]) -> None:
    with pytest.raises(TypeError, match=r"^create\(\) got an unexpected keyword argument 'stage'$"):
        hub.exports.create(served[1], stage=["Review"])  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"^iter_records\(\) got an unexpected keyword argument 'stage'$"):
        hub.exports.iter_records(served[1], stage=["Review"])  # type: ignore[call-arg]
    with pytest.raises(
        TypeError, match=r"^iter_assets\(\) got an unexpected keyword argument 'export_type'$"
    ):
        hub.exports.iter_assets(served[1], export_type=ExportType.ISSUE)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="options must be an ExportOptions, got dict"):
        hub.exports.create(served[1], options={"stages": ["Review"]})  # type: ignore[arg-type]


def test_iter_assets_refuses_options_of_an_issue_export(hub: Client, served: tuple[str, str]) -> None:
    with pytest.raises(ValueError, match="iter_assets reads task exports"):
        hub.exports.iter_assets(served[1], options=ExportOptions(export_type=ExportType.ISSUE))


def test_options_are_immutable_and_replace_gives_a_copy() -> None:
    options = ExportOptions(stages=["Complete"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.stages = ["Label"]  # type: ignore[misc]
    changed = options.replace(include_history=False)
    assert (changed.stages, changed.include_history, options.include_history) == (["Complete"], False, True)
    with pytest.raises(TypeError, match="replace"):
        options.replace(stage=["x"])  # type: ignore[call-arg]


def test_the_keyword_arguments_are_the_fields_of_the_options() -> None:
    hints = typing.get_type_hints(ExportOptions)
    arguments = typing.get_type_hints(ExportArguments)
    assert arguments == {field.name: hints[field.name] for field in dataclasses.fields(ExportOptions)}
    assert typing.get_type_hints(TaskExportArguments) == {
        name: hint for name, hint in arguments.items() if name != "export_type"
    }
