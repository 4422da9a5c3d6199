"""What else the organization has: connected storages, LLM configurations, webhooks, and the
bounded logs of notifications, plugin log lines, plugin results and webhook runs."""

from __future__ import annotations

from ..webhooks.delivery import WebhookDispatcher
from .base import Clock, Json, Store, StoreLock

__all__ = ["LlmStore", "RecordLog", "StorageStore", "WebhookStore"]


class StorageStore(Store):
    """Connected storages by id; disconnected ones are remembered by id."""

    def __init__(self, lock: StoreLock, clock: Clock, organization_id: str) -> None:
        super().__init__(lock, clock)
        self.organization_id = organization_id
        self.storages: dict[str, Json] = {}
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
        """Connect a cloud storage to the organization."""
        with self.lock:
            storage = {
                "_id": storage_id or self.clock.new_id(),
                "name": name,
                "provider": provider,
                "region": region,
                "organization": self.organization_id,
                "createdAt": created_at or self.clock.timestamp(),
            }
            self.storages[storage["_id"]] = storage
            return storage


class LlmStore(Store):
    """LLM configurations by id; deletion is soft (``deleted: true``)."""

    def __init__(self, lock: StoreLock, clock: Clock) -> None:
        super().__init__(lock, clock)
        self.llms: dict[str, Json] = {}

    def get(self, llm_id: str) -> Json | None:
        """Return a configuration that is not deleted, or None."""
        with self.lock:
            found = self.llms.get(llm_id)
            return None if found is None or found["deleted"] else found


class WebhookStore(Store):
    """Webhooks added with ``create_webhook``, by id (their secrets never leave the store), and
    the dispatcher that sends their events (see :mod:`ango_hub.mock.webhooks.delivery`)."""

    def __init__(self, lock: StoreLock, clock: Clock) -> None:
        super().__init__(lock, clock)
        self.webhooks: dict[str, Json] = {}
        self.dispatcher = WebhookDispatcher()


class RecordLog(Store):
    """The bounded logs: notifications, plugin log lines, plugin results and webhook runs."""

    def __init__(self, lock: StoreLock, clock: Clock) -> None:
        super().__init__(lock, clock)
        self.notifications: list[Json] = []
        self.plugin_logs: list[Json] = []
        self.plugin_responses: list[Json] = []
        self.webhook_runs: list[Json] = []

    def add(self, records: list[Json], record: Json, *, keep: int) -> Json:
        """Append to one of the logs, forgetting the oldest beyond ``keep``."""
        with self.lock:
            records.append(record)
            if len(records) > keep:
                del records[: len(records) - keep]
            return record
