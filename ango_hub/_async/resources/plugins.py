"""``client.plugins``: what plugins run over REST send back, and webhook re-runs."""

from __future__ import annotations

from ango_hub._async.resources._base import AsyncResource, message_of
from ango_hub._validation import require_id
from ango_hub_api.models.plugin_log import PluginLog
from ango_hub_api.models.plugin_response import PluginResponse
from ango_hub_api.models.webhook_rerun import WebhookRerun
from ango_hub_api.operations import plugins as ops


class AsyncPlugins(AsyncResource):
    """Plugin logs and results, and webhook stages."""

    async def log(self, entry: PluginLog) -> None:
        """Send one log line of a plugin run."""
        await self._client._call(ops.create_plugin_log, body=entry)

    async def respond(self, result: PluginResponse) -> None:
        """Send the result (or the failure) of a plugin run."""
        await self._client._call(ops.send_plugin_response, body=result)

    async def rerun_webhook(self, project_id: str, stage_id: str) -> str:
        """Send the tasks waiting in a Webhook stage to its webhook again. Returns the server's message."""
        body = WebhookRerun(stage_id=require_id("stage_id", stage_id))
        response = await self._client._call(
            ops.rerun_webhook, require_id("project_id", project_id), body=body
        )
        return message_of(response.data)
