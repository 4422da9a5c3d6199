"""The base class of the resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ango_hub._base_client import BaseResource
from ango_hub_api.types import Unset

if TYPE_CHECKING:
    from ango_hub._async._client import AsyncClient
    from ango_hub_api.models.message_data import MessageData


class AsyncResource(BaseResource):
    """A group of operations (one tag of the spec), bound to a client."""

    _client: AsyncClient

    def __init__(self, client: AsyncClient) -> None:
        super().__init__(client)


def message_of(data: MessageData) -> str:
    """The server's message of a ``{status, data: {message}}`` answer ("" without one)."""
    return data.message if not isinstance(data.message, Unset) else ""
