"""``client.llms``: LLM configurations for chat assets."""

from __future__ import annotations

from ango_hub._async.resources._base import AsyncResource, message_of
from ango_hub._validation import require_id, require_instance
from ango_hub_api.models.llm import Llm
from ango_hub_api.models.llm_create import LlmCreate
from ango_hub_api.operations import llms as ops
from ango_hub_api.types import UNSET


class AsyncLlms(AsyncResource):
    """LLM configurations of the organization (their API keys are never returned)."""

    async def list(self, *, llm_id: str | None = None) -> list[Llm]:
        """The organization's LLM configurations (only the one with ``llm_id`` if given)."""
        response = await self._client._call(
            ops.list_llms, id=require_id("llm_id", llm_id) if llm_id is not None else UNSET
        )
        return response.data.llms

    async def create(self, llm: LlmCreate) -> Llm:
        """Connect an LLM (OpenAI, OpenRouter) to the organization."""
        require_instance("llm", llm, LlmCreate)
        require_id("name", llm.name)
        response = await self._client._call(ops.create_llm, body=llm)
        return response.data.llm

    async def delete(self, llm_id: str) -> str:
        """Delete an LLM configuration. Returns the server's message."""
        response = await self._client._call(ops.delete_llm, require_id("llm_id", llm_id))
        return message_of(response.data)
