"""The big-project path: ``exports.iter_records`` / ``iter_assets`` against the served mock, and
the one warning a long ``tasks.list`` logs (both clients; ``AsyncClient`` through the bridge)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _async_bridge import client_for

from ango_hub import Client, NotFoundError
from ango_hub.mock import MockState, create_app, mock_state, serve_in_thread
from ango_hub_api.models.export_asset import ExportAsset

API_KEY = "iter-records-key"
BIG = 20_000


@pytest.fixture(scope="module")
def mock() -> Iterator[tuple[str, MockState, dict[str, list[str]]]]:
    app = create_app(api_key=API_KEY, seed=None)
    with serve_in_thread(app) as base_url:
        state = mock_state(app)
        big = state.add_project("Big", stages=["Label", "Review"])
        small = state.add_project("Small", stages=["Label", "Review"])
        tasks = {
            big: state.add_tasks(big, BIG),
            small: state.add_tasks(small, 5, stage="Label") + state.add_tasks(small, 3, stage="Review"),
        }
        yield base_url, state, tasks


@pytest.fixture(params=["sync", "async"])
def hub(request: pytest.FixtureRequest, mock: tuple[str, MockState, Any]) -> Iterator[Client]:
    with client_for(str(request.param), api_key=API_KEY, base_url=mock[0]) as client:
        yield client


def project(mock: tuple[str, MockState, dict[str, list[str]]], size: int) -> tuple[str, list[str]]:
    return next((pid, ids) for pid, ids in mock[2].items() if len(ids) == size)


def test_iter_records_yields_every_task_of_a_20000_task_project_once(
    hub: Client, mock: Any, tmp_path: Path
) -> None:
    project_id, task_ids = project(mock, BIG)
    seen = [record["task"]["taskId"] for record in hub.exports.iter_records(project_id, temp_dir=tmp_path)]
    assert len(seen) == BIG
    assert len(set(seen)) == BIG
    assert set(seen) == set(task_ids)
    assert list(tmp_path.iterdir()) == []  # the archive is gone


def test_iter_records_passes_the_filters_of_create(hub: Client, mock: Any) -> None:
    project_id, task_ids = project(mock, 8)
    records = list(hub.exports.iter_records(project_id, stages=["Review"], include_history=False))
    assert sorted(record["task"]["taskId"] for record in records) == sorted(task_ids[5:])
    assert all("stageHistory" not in record["task"] for record in records)


def test_iter_assets_yields_typed_records(hub: Client, mock: Any, tmp_path: Path) -> None:
    project_id, task_ids = project(mock, 8)
    assets = list(hub.exports.iter_assets(project_id, temp_dir=tmp_path))
    assert all(isinstance(asset, ExportAsset) for asset in assets)
    assert sorted(str(asset.task.task_id) for asset in assets) == sorted(task_ids)  # type: ignore[union-attr]
    assert list(tmp_path.iterdir()) == []


def test_an_early_close_deletes_the_archive(hub: Client, mock: Any, tmp_path: Path) -> None:
    project_id, _task_ids = project(mock, 8)
    with contextlib.closing(hub.exports.iter_records(project_id, temp_dir=tmp_path)) as records:
        first = next(iter(records))
        assert "task" in first
        (directory,) = tmp_path.iterdir()  # the archive is there while the iteration runs
        assert [path.name for path in directory.iterdir()] == ["export.zip"]
    assert list(tmp_path.iterdir()) == []


def test_an_error_in_the_loop_deletes_the_archive(hub: Client, mock: Any, tmp_path: Path) -> None:
    project_id, _task_ids = project(mock, 8)

    def consume() -> None:
        with contextlib.closing(hub.exports.iter_assets(project_id, temp_dir=tmp_path)) as assets:
            for _asset in assets:
                raise RuntimeError("stop")

    with pytest.raises(RuntimeError, match="stop"):
        consume()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_leaves_nothing(hub: Client, tmp_path: Path) -> None:
    records = hub.exports.iter_records("a" * 24, temp_dir=tmp_path)
    with pytest.raises(NotFoundError):
        next(iter(records))
    assert list(tmp_path.iterdir()) == []


def test_arguments_are_checked_before_the_iteration(hub: Client) -> None:
    with pytest.raises(ValueError, match="project_id"):
        hub.exports.iter_records("")
    with pytest.raises(ValueError, match="on_invalid"):
        hub.exports.iter_assets("p", on_invalid="ignore")  # type: ignore[arg-type]


# -- the warning of a long listing ---------------------------------------------------------------


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "ango_hub" and record.levelno == logging.WARNING
    ]


def test_a_long_listing_warns_once_naming_the_export_path(
    hub: Client, mock: Any, caplog: pytest.LogCaptureFixture
) -> None:
    project_id, _task_ids = project(mock, BIG)
    caplog.set_level(logging.WARNING, logger="ango_hub")
    paginator = hub.tasks.list(project_id, limit=10)  # 1,999 more pages: about 20 minutes at 100/min
    assert paginator.total == BIG
    assert paginator.first_page().total == BIG
    (message,) = warnings_of(caplog)
    assert "hub.exports.iter_records(project_id, ...)" in message
    assert "20,000" in message
    assert "1999 more requests" in message
    assert "published rate limit" in message


def test_the_clients_requests_per_minute_counts(mock: Any, caplog: pytest.LogCaptureFixture) -> None:
    project_id, _task_ids = project(mock, BIG)
    caplog.set_level(logging.WARNING, logger="ango_hub")
    with Client(api_key=API_KEY, base_url=mock[0], requests_per_minute=30) as client:
        client.tasks.list(project_id).first_page()  # 199 more pages at 30 a minute
    (message,) = warnings_of(caplog)
    assert "at 30 a minute" in message
    assert "requests_per_minute" in message


def test_a_short_listing_and_other_operations_do_not_warn(
    hub: Client, mock: Any, caplog: pytest.LogCaptureFixture
) -> None:
    project_id, _task_ids = project(mock, BIG)
    caplog.set_level(logging.WARNING, logger="ango_hub")
    assert hub.tasks.list(project_id).total == BIG  # 199 more pages: 2 minutes at 100/min
    assert hub.tasks.list(project(mock, 8)[0], limit=1).total == 8
    assert hub.projects.list(limit=1).first_page().items
    assert warnings_of(caplog) == []
