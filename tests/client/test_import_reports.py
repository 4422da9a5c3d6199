"""``ImportReport``: a list and a count for every state, ``skipped``, grammar; cloud assets as
mappings. (Behaviour of the imports themselves: tests/client/test_bulk_imports.py.)"""

from __future__ import annotations

import pytest

from ango_hub import Client
from ango_hub.import_reports import ImportedRow, ImportReport
from ango_hub_api.models import CloudAsset


def report_of(*statuses: str, requests: int = 1) -> ImportReport:
    return ImportReport(
        rows=[ImportedRow(index, f"k{index}", status) for index, status in enumerate(statuses)],  # type: ignore[arg-type]
        requests=requests,
    )


def test_every_state_is_a_list_and_a_count() -> None:
    report = report_of("imported", "skipped", "failed", "unknown", "not_sent", "unconfirmed", "imported")
    assert [row.key for row in report.imported_rows] == ["k0", "k6"]
    assert [row.key for row in report.skipped] == ["k1"]
    assert [row.key for row in report.failed] == ["k2"]
    assert [row.key for row in report.unknown] == ["k3"]
    assert [row.key for row in report.not_sent] == ["k4"]
    assert [row.key for row in report.unconfirmed] == ["k5"]
    assert report.counts == {
        "imported": 2,
        "unconfirmed": 1,
        "failed": 1,
        "unknown": 1,
        "not_sent": 1,
        "skipped": 1,
    }
    assert report.count("imported") == 2
    with pytest.raises(ValueError, match="status must be one of"):
        report.count("done")  # type: ignore[arg-type]


def test_imported_is_still_the_count_but_deprecated() -> None:
    report = report_of("imported", "failed")
    with pytest.deprecated_call(match=r'count\("imported"\)'):
        assert report.imported == 1


def test_skipped_rows_are_done_and_never_retried() -> None:
    report = report_of("imported", "skipped")
    assert report.ok
    assert report.rows_to_retry(["a", "b"]) == []
    assert report.rows_to_retry(["a", "b"], include_unknown=True) == []
    mixed = report_of("skipped", "failed", "unknown")
    assert not mixed.ok
    assert mixed.rows_to_retry(["a", "b", "c"]) == ["b"]
    assert mixed.rows_to_retry(["a", "b", "c"], include_unknown=True) == ["b", "c"]


def test_summary_grammar() -> None:
    assert report_of("imported", requests=1).summary() == "1 imported of 1 row in 1 request"
    assert report_of("imported", "skipped", requests=2).summary() == (
        "1 imported, 1 skipped of 2 rows in 2 requests"
    )
    assert report_of("skipped", requests=0).summary() == "0 imported, 1 skipped of 1 row in 0 requests"


def test_cloud_assets_may_be_mappings_and_anything_else_is_refused_before_any_request() -> None:
    hub = Client(api_key="k", base_url="http://127.0.0.1:9/v2")  # nothing listens: no request may go
    with pytest.raises(TypeError, match=r"assets\[1\] must be a CloudAsset or a mapping.*got int"):
        hub.assets.import_cloud("p1", [{"data": "https://b.example/a.jpg"}, 7])  # type: ignore[list-item]
    with pytest.raises(ValueError, match=r"assets\[0\] is not a valid cloud asset"):
        hub.assets.import_cloud_many("p1", [{"data": "https://b.example/a.jpg", "attachments": 5}])
    with pytest.raises(ValueError, match=r"assets\[0\]\.data must be the URL"):
        hub.assets.import_cloud("p1", [{"externalId": "a.jpg"}])
    with pytest.raises(TypeError, match="not a single one"):
        hub.assets.import_cloud("p1", {"data": "https://b.example/a.jpg"})  # type: ignore[arg-type]


def test_a_mapping_is_imported_like_its_cloud_asset(ango_mock_factory) -> None:  # type: ignore[no-untyped-def]
    mock = ango_mock_factory(seed=None)
    project_id = mock.state.add_project("Mappings")
    with mock.client() as hub:
        report = hub.assets.import_cloud_many(
            project_id,
            [
                {"data": "https://b.example/a.jpg", "externalId": "a.jpg"},
                CloudAsset(data="https://b.example/b.jpg", external_id="b.jpg"),
            ],
        )
        hub.assets.import_cloud(project_id, [{"data": "https://b.example/c.jpg", "externalId": "c.jpg"}])
    assert report.ok
    assert [row.key for row in report.rows] == ["a.jpg", "b.jpg"]
    assert sorted(asset["externalId"] for asset in mock.state.assets.list(project_id)) == [
        "a.jpg",
        "b.jpg",
        "c.jpg",
    ]
