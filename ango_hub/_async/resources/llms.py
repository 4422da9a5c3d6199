"""``client.llms``: LLM configurations for chat assets."""

from __future__ import annotations

from ango_hub._async.resources._base import AsyncResource, message_of
from ango_hub._validation import require_id
from ango_hub_api.api.llms import create_llm, delete_llm, list_llms
from ango_hub_api.models.llm import Llm
from ango_hub_api.models.llm_create import LlmCreate
from ango_hub_api.types import UNSET


class AsyncLlms(AsyncResource):
    """LLM configurations of the organization (their API keys are never returned)."""

    async def list(self, *, llm_id: str | None = None) -> list[Llm]:
        """The organization's LLM configurations (only the one with ``llm_id`` if given)."""
        request = list_llms._get_kwargs(id=require_id("llm_id", llm_id) if llm_id is not None else UNSET)
        response = await self._client._send(request, list_llms._parse_response)
        return response.data.llms

    async def create(self, llm: LlmCreate) -> Llm:
        """Connect an LLM (OpenAI, OpenRouter) to the organization."""
        require_id("name", llm.name)
        request = create_llm._get_kwargs(body=llm)
        response = await self._client._send(request, create_llm._parse_response)
        return response.data.llm

    async def delete(self, llm_id: str) -> str:
        """Delete an LLM configuration. Returns the server's message."""
        request = delete_llm._get_kwargs(require_id("llm_id", llm_id))
        response = await self._client._send(request, delete_llm._parse_response, idempotent=True)
        return message_of(response.data)
