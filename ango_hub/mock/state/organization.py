"""What else the organization has: connected storages, LLM configurations, webhooks, and the
bounded logs of notifications, plugin log lines, plugin results and webhook runs."""

from __future__ import annotations

import builtins

from ..webhooks.delivery import WebhookDelivery, WebhookDispatcher
from .base import DEFAULT_STORAGE_ID, Clock, DocumentStore, Json, JsonList, Store, StoreLock, copy_json

__all__ = ["LlmStore", "RecordLog", "StorageStore", "WebhookStore"]


class StorageStore(DocumentStore[Json]):
    """Connected storages by id; disconnected ones are remembered by id."""

    kind = "Storage"
    name = "storages"

    def __init__(self, lock: StoreLock, clock: Clock, organization_id: str) -> None:
        super().__init__(lock, clock)
        self.organization_id = organization_id
        self.deleted: set[str] = set()

    def add(
        self,
        name: str,
        provider: str,
        region: str,
        *,
        storage_id: str | None = None,
        created_at: str | None = None,
    ) -> Json:
        """Connect a cloud storage to the organization; return the stored document."""
        with self.lock:
            storage = {
                "_id": storage_id or self.clock.new_id(),
                "name": name,
                "provider": provider,
                "region": region,
                "organization": self.organization_id,
                "createdAt": created_at or self.clock.timestamp(),
            }
            self.documents[storage["_id"]] = storage
            return storage

    def add_default(self) -> Json:
        """Connect ``Default storage`` (AWS, :data:`~ango_hub.mock.state.DEFAULT_STORAGE_ID`), the
        one storage of an organization without seed; return it."""
        return self.add(
            "Default storage",
            "AWS",
            "eu-central-1",
            storage_id=DEFAULT_STORAGE_ID,
            created_at="2025-01-01T00:00:00.000Z",
        )

    def list(self) -> JsonList:
        """Return the connected storages, oldest first."""
        with self.lock:
            return list(self.documents.values())

    def view(self, storage: Json) -> Json:
        """Return a storage as the API shows it (a copy; credentials are never stored)."""
        with self.lock:
            view: Json = copy_json(storage)
            return view

    def delete(self, storage_id: str) -> None:
        """Disconnect a storage; disconnecting it again is a no-op, an unknown one is 404."""
        with self.lock:
            if storage_id in self.deleted:
                return
            self.require(storage_id)
            del self.documents[storage_id]
            self.deleted.add(storage_id)


class LlmStore(DocumentStore[Json]):
    """LLM configurations by id; deletion is soft (``deleted: true``)."""

    kind = "LLM configuration"
    name = "llms"

    def __init__(self, lock: StoreLock, clock: Clock, organization_id: str) -> None:
        super().__init__(lock, clock)
        self.organization_id = organization_id

    def create(self, name: str, provider: str, model: str, *, is_streamable: bool = False) -> Json:
        """Store a configuration (never its credentials); return it."""
        with self.lock:
            llm: Json = {
                "_id": self.clock.new_id(),
                "name": name,
                "provider": provider,
                "model": model,
                "isStreamable": is_streamable,
                "organization": self.organization_id,
                "createdAt": self.clock.timestamp(),
                "deleted": False,
            }
            self.documents[llm["_id"]] = llm
            return llm

    def list(self) -> JsonList:
        """Return the configurations that are not deleted, oldest first."""
        with self.lock:
            return [llm for llm in self.documents.values() if not llm["deleted"]]

    def view(self, llm: Json) -> Json:
        """Return a configuration as the API shows it (a copy, without the store's bookkeeping).

        The store's ``organization`` stays in the store: the spec's ``Llm`` does not declare it
        (``ango-hub verify`` against the mock reports nothing).
        """
        with self.lock:
            return {
                key: copy_json(value) for key, value in llm.items() if key not in {"deleted", "organization"}
            }


class WebhookStore(DocumentStore[Json]):
    """Webhooks added with ``create_webhook``, by id (their secrets never leave the store), and
    the dispatcher that sends their events (see :mod:`ango_hub.mock.webhooks.delivery`)."""

    kind = "Webhook"
    name = "webhooks"

    def __init__(self, lock: StoreLock, clock: Clock) -> None:
        super().__init__(lock, clock)
        self.dispatcher = WebhookDispatcher()

    def create(self, project_id: str) -> Json:
        """Store a webhook of a project (its ``url``, ``types`` and ``secret`` are the caller's
        to set); return it."""
        with self.lock:
            hook: Json = {
                "_id": self.clock.new_id(),
                "project": project_id,
                "createdAt": self.clock.timestamp(),
            }
            self.documents[hook["_id"]] = hook
            return hook

    def list(self, project_id: str | None = None) -> JsonList:
        """Return the webhooks (of a project, when given), oldest first."""
        with self.lock:
            return [
                hook
                for hook in self.documents.values()
                if project_id is None or hook["project"] == project_id
            ]

    def view(self, hook: Json) -> Json:
        """Return a webhook as the API shows it: a copy, without its secret."""
        with self.lock:
            return {key: copy_json(value) for key, value in hook.items() if key != "secret"}

    @property
    def deliveries(self) -> builtins.list[WebhookDelivery]:
        """The events sent (or being sent), oldest first (see :mod:`ango_hub.mock.webhooks.delivery`)."""
        return self.dispatcher.deliveries

    def wait(self, count: int, timeout: float = 10.0) -> builtins.list[WebhookDelivery]:
        """Wait until ``count`` deliveries in all have finished; return :attr:`deliveries`.
        ``TimeoutError`` after ``timeout`` seconds."""
        return self.dispatcher.wait(count, timeout)


class RecordLog(Store):
    """The bounded logs: notifications, plugin log lines, plugin results and webhook runs,
    oldest first, at most :attr:`keep` each (the oldest are forgotten first)."""

    def __init__(self, lock: StoreLock, clock: Clock, *, keep: int = 10_000) -> None:
        super().__init__(lock, clock)
        self.keep = keep
        self.notifications: list[Json] = []
        self.plugin_logs: list[Json] = []
        self.plugin_responses: list[Json] = []
        self.webhook_runs: list[Json] = []

    def add(self, records: list[Json], record: Json) -> Json:
        """Append to one of the logs, forgetting the oldest beyond :attr:`keep`."""
        with self.lock:
            records.append(record)
            if len(records) > self.keep:
                del records[: len(records) - self.keep]
            return record
