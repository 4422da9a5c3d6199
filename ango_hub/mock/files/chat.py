"""Chat (LLM conversation) assets, created from a multipart form: what the form says.

``create_chat_assets`` (in :mod:`ango_hub.mock.handlers.assets`) creates one asset (and its
task) per conversation: as many empty conversations as ``numberOfConversations`` says,
or, with ``file``, one per conversation of the JSON file, which holds a list of
conversations (or ``{"conversations": [...]}``); a conversation is any JSON value (usually
a list of ``{role, content}`` messages).

Each conversation is kept as a JSON file (``[]`` when empty) whose URL is the asset's
``data``: ``<Ango's bucket>/<project>/chat/<name>`` without ``storageId``, else the pretend
URL of that storage's ``bucket``. ``get_signed_url`` serves it.

* ``namingStrategy`` (JSON): ``{"type": "random"}`` (default) names the assets
  ``<16 hex digits>.json``; ``{"type": "sequential", "prefix": "chat-"}`` names them
  ``chat-0001.json``, ``chat-0002.json``, ... skipping names the project already has.
  Other types answer 400.
* ``llmConfig`` (JSON, ``{"id": "<LLM configuration id>"}``) makes the assets dynamic: the
  configuration must exist (404), and the asset keeps ``llmConfig``.
* ``projectId``, which the official SDK repeats from the path, is ignored: the path
  decides. ``priority`` becomes the priority of the assets and tasks.

At most :data:`MAX_CHAT_ASSETS` assets per request. Answers ``{"assets": {"assetsCreated": n}}``.
"""

from __future__ import annotations

import secrets
from typing import Any

from ..state import MockState
from ..web.errors import bad_request, not_found
from ..web.handling import Json, decode_json_string
from ..web.validation import OperationRequest

__all__ = ["MAX_CHAT_ASSETS", "chat_asset_names", "conversations", "llm_config"]

MAX_CHAT_ASSETS = 1000


def llm_config(state: MockState, raw: str | None) -> Json | None:
    """The ``llmConfig`` form field: ``{"id": ...}`` of an existing configuration, or None."""
    if raw is None or not raw.strip():
        return None
    config = decode_json_string(raw, "llmConfig")
    if not isinstance(config, dict) or not isinstance(config.get("id"), str) or not config["id"]:
        raise bad_request('Invalid form field \'llmConfig\': expected {"id": "<LLM configuration id>"}')
    if state.llms.get(config["id"]) is None:
        raise not_found("LLM configuration", config["id"])
    return {"id": config["id"]}


def conversations(request: OperationRequest) -> list[Any]:
    """The conversations of the form: ``numberOfConversations`` empty ones, or the ``file``'s."""
    uploads = request.files.get("file")
    if not uploads:
        if "numberOfConversations" not in request.form:
            raise bad_request("Invalid form: send 'numberOfConversations' or a 'file' of conversations")
        count = int(request.form["numberOfConversations"])
        if not 0 <= count <= MAX_CHAT_ASSETS:
            raise bad_request(
                f"Invalid form field 'numberOfConversations': expected 0 to {MAX_CHAT_ASSETS}, got {count}"
            )
        return [[] for _ in range(count)]
    upload = uploads[0]
    if upload.content is None:
        raise bad_request("Invalid form part 'file': the file is too large for the mock")
    try:
        text = upload.content.decode("utf-8")
    except UnicodeDecodeError:
        raise bad_request("Invalid form part 'file': not UTF-8 text") from None
    decoded = decode_json_string(text, "file")
    if isinstance(decoded, dict) and isinstance(decoded.get("conversations"), list):
        decoded = decoded["conversations"]
    if not isinstance(decoded, list):
        raise bad_request("Invalid form part 'file': expected a JSON list of conversations")
    if not decoded:
        raise bad_request("Invalid form part 'file': the file holds no conversation")
    if len(decoded) > MAX_CHAT_ASSETS:
        raise bad_request(f"Invalid form part 'file': more than {MAX_CHAT_ASSETS} conversations")
    return decoded


def chat_asset_names(state: MockState, project: Json, raw: str | None, count: int) -> list[str]:
    """``count`` external ids for new chat assets of ``project``, by ``namingStrategy``."""
    strategy: Any = {"type": "random"}
    if raw is not None and raw.strip():
        strategy = decode_json_string(raw, "namingStrategy")
    if not isinstance(strategy, dict):
        raise bad_request("Invalid form field 'namingStrategy': expected a JSON object")
    kind = strategy.get("type", "random")
    if kind == "random":
        return [f"{secrets.token_hex(8)}.json" for _ in range(count)]
    if kind != "sequential":
        raise bad_request(
            f"Invalid form field 'namingStrategy': unknown type {kind!r} (use 'random' or 'sequential')"
        )
    prefix = strategy.get("prefix", "chat-")
    if not isinstance(prefix, str):
        raise bad_request("Invalid form field 'namingStrategy' at 'prefix': expected a string")
    taken = {asset["externalId"] for asset in state.assets.list(project["_id"])}
    names: list[str] = []
    index = 0
    while len(names) < count:
        index += 1
        name = f"{prefix}{index:04d}.json"
        if name not in taken:
            names.append(name)
    return names
