"""Resource methods do not change the objects callers pass in."""

from __future__ import annotations

import httpx

from ango_hub import Client
from ango_hub_api.models import ChatAssetsCreate
from ango_hub_api.types import Unset


def test_chat_form_is_not_changed_and_names_the_path_project() -> None:
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.read())
        return httpx.Response(200, json={"status": "success", "data": {"assets": {"assetsCreated": 2}}})

    client = Client(api_key="k", base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(handler))
    form = ChatAssetsCreate(number_of_conversations="2")
    client.assets.create_chat_assets("project-a", form)
    client.assets.create_chat_assets("project-b", form)
    assert isinstance(form.project_id, Unset)
    assert b"project-a" in sent[0]
    assert b"project-b" in sent[1]
    assert b"project-a" not in sent[1]
