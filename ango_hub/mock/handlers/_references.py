"""What requests name, resolved against a project: batches by id or name, new external ids."""

from __future__ import annotations

from collections.abc import Iterable

from ..state import MockState, find_batch
from ..web.errors import conflict, unknown_reference
from ..web.handling import Json, name_list

__all__ = ["check_new_external_ids", "resolve_batches"]


def resolve_batches(project: Json, references: Iterable[str], subject: str) -> list[str]:
    """Return the ids of batches given by id or name, or fail with 404 naming the unknown ones."""
    references = list(references)
    found = [find_batch(project, reference) for reference in references]
    unknown = [reference for reference, batch in zip(references, found, strict=True) if batch is None]
    if unknown:
        raise unknown_reference(f"{subject}: unknown batch(es) {name_list(unknown)}")
    return list(dict.fromkeys(batch["_id"] for batch in found if batch is not None))


def check_new_external_ids(state: MockState, project: Json, external_ids: list[str]) -> None:
    """Fail with 409 naming the external ids the project already has, or that repeat."""
    existing = {asset["externalId"] for asset in state.assets.list(project["_id"])}
    seen: set[str] = set()
    duplicates: list[str] = []
    for external_id in external_ids:
        if external_id in existing or external_id in seen:
            duplicates.append(external_id)
        seen.add(external_id)
    if duplicates:
        raise conflict(
            f"Duplicate externalId(s) in project {project['_id']}: {name_list(dict.fromkeys(duplicates))}"
        )
