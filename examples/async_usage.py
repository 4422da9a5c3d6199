"""``AsyncClient``: the same API as ``Client``, awaited, with explicit types checked by mypy.

Like ``examples/typed_usage.py`` (the synchronous tour) it reads its configuration from
the environment and is run against the mock Ango Hub by the test suite:

    ANGO_API_KEY=...  ANGO_HUB_BASE_URL=http://127.0.0.1:8080/v2  python examples/async_usage.py

It creates a project named "ango-hub async usage", imports 250 assets, pages through their
tasks with ``async for`` (one page at a time, then four pages at once), reads a few tasks
concurrently with ``asyncio.gather``, exports the project and deletes it again.
"""

from __future__ import annotations

import asyncio
import tempfile
import zipfile
from pathlib import Path

from ango_hub import AsyncClient, NotFoundError
from ango_hub.pagination import AsyncPaginator, Page
from ango_hub_api.models import (
    AssetsCreatedData,
    CategorySchema,
    CloudAsset,
    Project,
    Task,
    ToolCategory,
    ToolType,
)

PROJECT_NAME = "ango-hub async usage"
ASSETS = 250


async def fill(hub: AsyncClient, project_id: str) -> None:
    assets = [
        CloudAsset(
            data=f"https://example-bucket.s3.amazonaws.com/frame-{i:04d}.jpg", external_id=f"frame-{i:04d}"
        )
        for i in range(ASSETS)
    ]
    # Two imports at once: each is one request.
    results: tuple[AssetsCreatedData, AssetsCreatedData] = await asyncio.gather(
        hub.assets.import_cloud(project_id, assets[: ASSETS // 2]),
        hub.assets.import_cloud(project_id, assets[ASSETS // 2 :]),
    )
    print(f"Imported {ASSETS} assets in {len(results)} requests")


async def page_through(hub: AsyncClient, project_id: str) -> list[str]:
    listing: AsyncPaginator[Task] = hub.tasks.list(project_id, limit=50)
    total: int | None = await listing.total
    ids: list[str] = [task.id async for task in listing]
    print(f"Paged through {len(ids)} of {total} tasks, 50 at a time")

    concurrent: AsyncPaginator[Task] = hub.tasks.list(project_id, limit=50, max_concurrency=4)
    sizes: list[int] = [len(page) async for page in concurrent.pages()]
    print(f"Again with 4 pages in flight: pages of {sizes}")

    first: Page[Task] = await hub.tasks.list(project_id, limit=10).first_page()
    print(f"First page: {len(first)} tasks, page {first.number}")
    return ids


async def main() -> None:
    async with AsyncClient() as hub:
        print(f"Connected to {hub.base_url}")
        label_set = CategorySchema(
            tools=[ToolCategory(tool=ToolType.BOUNDING_BOX, title="Vehicle", schema_id="vehicle")],
            classifications=[],
            relations=[],
        )
        project: Project = await hub.projects.create(PROJECT_NAME, category_schema=label_set)
        try:
            await fill(hub, project.id)
            ids = await page_through(hub, project.id)
            tasks: list[Task] = await asyncio.gather(*(hub.tasks.get(task_id) for task_id in ids[:5]))
            print(f"Read {len(tasks)} tasks concurrently: {[task.external_id for task in tasks]}")
            try:
                await hub.projects.get("000000000000000000000000")
            except NotFoundError as exc:
                print(f"NotFoundError: {exc.status_code} for {exc.method}")
            with tempfile.TemporaryDirectory() as tmp:
                archive: Path = await hub.exports.export(project.id, Path(tmp) / "export.zip")
                with zipfile.ZipFile(archive) as zf:
                    print(f"Exported {archive.name}: {zf.namelist()}")
        finally:
            message: str = await hub.projects.delete(project.id)
            print(f"Deleted the project: {message}")
        print("Done.")


if __name__ == "__main__":
    asyncio.run(main())
