"""The names :class:`~ango_hub.mock.state.MockState` had before its stores took the client's
shape (``state.tasks.require(id)`` for ``state.task(id)``): each still works, with a
``DeprecationWarning`` naming its replacement. See CHANGELOG.md.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from .projects import entry_stage, find_batch, find_stage, next_stage

if TYPE_CHECKING:
    from .organization import StorageStore

__all__ = ["DeprecatedAliases"]


class _Moved:
    """A deprecated attribute of MockState: reading it warns, then gives its replacement.

    ``path`` is the replacement's dotted path on the state (``"tasks.require"``); ``function``
    is a replacement that is a plain function (readable on the class too).
    """

    def __init__(self, path: str, *, function: Callable[..., Any] | None = None, shown: str = "") -> None:
        self.path = path
        self.shown = shown or f"state.{path}"
        self.function = function
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None and self.function is None:
            return self
        warnings.warn(
            f"MockState.{self.name} is deprecated: use {self.shown}", DeprecationWarning, stacklevel=2
        )
        return self.function if self.function is not None else attrgetter(self.path)(instance)


def _function(function: Callable[..., Any]) -> _Moved:
    return _Moved(function.__name__, function=function, shown=f"ango_hub.mock.state.{function.__name__}")


class DeprecatedAliases:
    """Deprecated names of :class:`~ango_hub.mock.state.MockState`, each with its replacement.

    The collections that were dicts (``state.tasks``, ``state.projects``, ...) are the stores
    now; reading them as dicts warns too (see :class:`~ango_hub.mock.state.DocumentStore`).
    """

    storages: StorageStore

    # The collections that are not stores of their own.
    removed_members = _Moved("users.removed")
    withdrawn_invites = _Moved("invites.withdrawn")
    deleted_storages = _Moved("storages.deleted")
    uploads = _Moved("files.uploads")
    instructions = _Moved("files.instructions")
    signing_key = _Moved("files.signing_key")
    notifications = _Moved("records.notifications")
    plugin_logs = _Moved("records.plugin_logs")
    plugin_responses = _Moved("records.plugin_responses")
    webhook_runs = _Moved("records.webhook_runs")
    # Users and storages.
    user = _Moved("users.ensure")
    user_by_id_or_email = _Moved("users.get")
    add_storage = _Moved("storages.add")
    storage = _Moved("storages.require")
    delete_storage = _Moved("storages.delete")
    # Projects, their stages and batches.
    create_project = _Moved("projects.create", shown="state.projects.create (or state.add_project)")
    project = _Moved("projects.require")
    visible_projects = _Moved("projects.list")
    project_view = _Moved("projects.view")
    create_batch = _Moved("projects.create_batch")
    find_stage = _function(find_stage)
    entry_stage = _function(entry_stage)
    next_stage = _function(next_stage)
    find_batch = _function(find_batch)
    # Assets, tasks and their histories.
    add_asset = _Moved("create_asset", shown="state.create_asset (or state.add_assets)")
    asset = _Moved("assets.require")
    project_assets = _Moved("assets.list")
    asset_view = _Moved("assets.view")
    task = _Moved("tasks.require")
    project_tasks = _Moved("tasks.list")
    asset_tasks = _Moved("tasks.of_asset")
    task_view = _Moved("tasks.view")
    move_task = _Moved("tasks.move")
    history = _Moved("histories.require")
    task_histories = _Moved("histories.list")
    history_view = _Moved("histories.view")
    forget_histories = _Moved("histories.forget_task")
    # Issues.
    issue = _Moved("issues.require")
    issue_view = _Moved("issues.view")
    # Logs, files and exports.
    add_record = _Moved("records.add")
    add_file = _Moved("files.add")
    put_file_content = _Moved("files.put_content")
    file_by_token = _Moved("files.get")
    file_by_address = _Moved("files.by_address")
    forget_file = _Moved("files.forget")
    add_demo_image = _Moved("files.add_demo_image")
    demo_image = _Moved("files.demo_image")
    add_export = _Moved("exports.add")
    export = _Moved("exports.get")

    def with_default_storage(self) -> Any:
        """Deprecated: connect the one storage of an otherwise empty organization; return the
        state. Use ``state.storages.add_default()``."""
        warnings.warn(
            "MockState.with_default_storage is deprecated: use state.storages.add_default()",
            DeprecationWarning,
            stacklevel=2,
        )
        self.storages.add_default()
        return self
