"""``client.plugins``: what plugins run over REST send back, and webhook re-runs."""

from __future__ import annotations

from ango_hub._async.resources._base import AsyncResource, message_of
from ango_hub._validation import require_id
from ango_hub_api.api.plugins import create_plugin_log, rerun_webhook, send_plugin_response
from ango_hub_api.models.plugin_log import PluginLog
from ango_hub_api.models.plugin_response import PluginResponse
from ango_hub_api.models.webhook_rerun import WebhookRerun


class AsyncPlugins(AsyncResource):
    """Plugin logs and results, and webhook stages."""

    async def log(self, entry: PluginLog) -> None:
        """Send one log line of a plugin run."""
        request = create_plugin_log._get_kwargs(body=entry)
        await self._client._send(request, create_plugin_log._parse_response)

    async def respond(self, result: PluginResponse) -> None:
        """Send the result (or the failure) of a plugin run."""
        request = send_plugin_response._get_kwargs(body=result)
        await self._client._send(request, send_plugin_response._parse_response)

    async def rerun_webhook(self, project_id: str, stage_id: str) -> str:
        """Send the tasks waiting in a Webhook stage to its webhook again. Returns the server's message."""
        body = WebhookRerun(stage_id=require_id("stage_id", stage_id))
        request = rerun_webhook._get_kwargs(require_id("project_id", project_id), body=body)
        response = await self._client._send(request, rerun_webhook._parse_response)
        return message_of(response.data)
