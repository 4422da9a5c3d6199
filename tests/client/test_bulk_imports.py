"""Bulk asset imports (cloud URLs and local files) in chunks, with one outcome per item."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from _async_bridge import client_for

from ango_hub import Client
from ango_hub.import_reports import AssetImportError
from ango_hub.mock import create_app, mock_state
from ango_hub.mock.faults import FaultConfig
from ango_hub.mock.server import serve_in_thread
from ango_hub.mock.state import MockState
from ango_hub_api.models import CloudAsset

API_KEY = "bulk-imports-key"


@pytest.fixture(params=["sync", "async"])
def served(request: pytest.FixtureRequest) -> Iterator[tuple[Client, MockState, str]]:
    app = create_app(api_key=API_KEY, seed="demo")
    with (
        serve_in_thread(app) as base_url,
        client_for(request.param, api_key=API_KEY, base_url=base_url) as client,
    ):
        project = client.projects.create("Bulk")
        yield client, mock_state(app), project.id


def cloud(count: int, prefix: str = "img") -> list[CloudAsset]:
    return [
        CloudAsset(data=f"https://b.example/{prefix}-{i}.jpg", external_id=f"{prefix}-{i}.jpg")
        for i in range(count)
    ]


def test_upload_many_sends_chunks_and_reports_each_file(
    served: tuple[Client, MockState, str], tmp_path: Path
) -> None:
    hub, state, project_id = served
    paths = []
    for i in range(45):
        path = tmp_path / f"doc-{i:02d}.txt"
        path.write_text(f"document {i}\n")
        paths.append(path)
    progress: list[tuple[int, int]] = []
    report = hub.assets.upload_many(
        project_id,
        paths,
        chunk_size=20,
        method="multipart",
        skip_existing=False,
        progress=lambda d, t: progress.append((d, t)),
    )
    assert report.ok
    assert report.requests == 3
    assert [row.key for row in report.rows] == [str(path) for path in paths]
    assert progress == [(20, 45), (40, 45), (45, 45)]
    assert len(state.assets.list(project_id)) == 45


def test_import_cloud_many_isolates_duplicates(served: tuple[Client, MockState, str]) -> None:
    hub, state, project_id = served
    hub.assets.import_cloud(project_id, cloud(2, "old"))
    assets = cloud(30)
    assets[7] = CloudAsset(data="https://b.example/again.jpg", external_id="old-0.jpg")
    assets[22] = CloudAsset(data="https://b.example/again2.jpg", external_id="old-1.jpg")
    report = hub.assets.import_cloud_many(project_id, assets, chunk_size=10)
    assert {row.key for row in report.failed} == {"old-0.jpg", "old-1.jpg"}
    assert all("Duplicate externalId" in (row.error or "") for row in report.failed)
    assert report.count("imported") == 28
    assert len(state.assets.list(project_id)) == 2 + 28
    assert [asset.external_id for asset in report.rows_to_retry(assets)] == ["old-0.jpg", "old-1.jpg"]


def test_import_cloud_many_isolates_rows_naming_a_batch_the_project_lacks(
    served: tuple[Client, MockState, str],
) -> None:
    # The API answers 404 for a reference to nothing: the project exists, so the row is isolated.
    hub, state, project_id = served
    assets = cloud(10)
    assets[3] = CloudAsset(data="https://b.example/x.jpg", external_id="x.jpg", batches=["no-such-batch"])
    report = hub.assets.import_cloud_many(project_id, assets, chunk_size=10)
    assert [row.key for row in report.failed] == ["x.jpg"]
    assert "no-such-batch" in (report.failed[0].error or "")
    assert report.count("imported") == 9
    assert len(state.assets.list(project_id)) == 9
    # The chunk, the question whether the project exists, then halves: 5+5, 2+3, 1+2, 1+1.
    assert report.requests == 1 + 1 + 8


def test_import_cloud_many_into_a_missing_project_ends_the_chunk(
    served: tuple[Client, MockState, str],
) -> None:
    hub, _state, _project_id = served
    with pytest.raises(AssetImportError, match="Project not found") as info:
        hub.assets.import_cloud_many("ffffffffffffffffffffffff", cloud(6), chunk_size=3)
    report = info.value.report
    assert [row.status for row in report.rows] == ["failed"] * 3 + ["not_sent"] * 3
    assert report.requests == 2


def test_server_errors_leave_an_unknown_outcome_never_a_silent_loss() -> None:
    app = create_app(api_key=API_KEY, seed="demo", faults=FaultConfig(error_rate=1.0, seed=5))
    with serve_in_thread(app) as base_url, Client(api_key=API_KEY, base_url=base_url, max_retries=0) as hub:
        with pytest.raises(AssetImportError) as info:
            hub.assets.import_cloud_many("p1", cloud(5), chunk_size=2)
        report = info.value.report
        assert [row.status for row in report.rows] == [
            "unknown",
            "unknown",
            "not_sent",
            "not_sent",
            "not_sent",
        ]
        assert "2 unknown, 3 not sent of 5 rows" in str(info.value)
        # Retrying by default skips what the server may have created.
        assert [a.external_id for a in report.rows_to_retry(cloud(5))] == [
            "img-2.jpg",
            "img-3.jpg",
            "img-4.jpg",
        ]
        assert len(report.rows_to_retry(cloud(5), include_unknown=True)) == 5


def test_bad_input_is_refused_before_any_request(tmp_path: Path) -> None:
    hub = Client(api_key="k", base_url="http://127.0.0.1:9/v2")
    with pytest.raises(FileNotFoundError, match=r"nope\.txt"):
        hub.assets.upload_many("p1", [tmp_path / "nope.txt"])
    with pytest.raises(ValueError, match=r"assets\[1\].data"):
        hub.assets.import_cloud_many("p1", [cloud(1)[0], CloudAsset(data="")])
    with pytest.raises(ValueError, match="chunk_size"):
        hub.assets.import_cloud_many("p1", cloud(1), chunk_size=0)
