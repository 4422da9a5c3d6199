"""Chat (LLM conversation) assets, created from a multipart form.

``create_chat_assets`` creates one asset (and its task) per conversation: as many empty
conversations as ``numberOfConversations`` says, or, with ``file``, one per conversation of
the JSON file, which holds a list of conversations (or ``{"conversations": [...]}``); a
conversation is any JSON value (usually a list of ``{role, content}`` messages).

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

import json
import secrets
from typing import Any

from ..errors import ApiError, bad_request, not_found
from ..state import MockState, StoredFile
from ..validation import OperationRequest
from .assets import check_new_external_ids
from .common import Json, decode_json_string
from .storage_urls import file_url

__all__ = ["MAX_CHAT_ASSETS", "create_chat_assets"]

MAX_CHAT_ASSETS = 1000


def create_chat_assets(state: MockState, request: OperationRequest) -> Json:
    """Create chat assets (see the module docstring)."""
    project = state.project(request.path["projectId"])
    form = request.form  # a `projectId` field (the official SDK repeats the path's) is ignored
    storage_id = form.get("storageId") or None
    storage = state.storage(storage_id) if storage_id is not None else None
    llm_config = _llm_config(state, form.get("llmConfig"))
    conversations = _conversations(request)
    names = _names(state, project, form.get("namingStrategy"), len(conversations))
    check_new_external_ids(state, project, names)
    addresses = [file_url(storage, form.get("bucket"), f"{project['_id']}/chat/{name}") for name in names]
    kept: list[str] = []
    try:
        for name, address, conversation in zip(names, addresses, conversations, strict=True):
            stored = state.add_file(
                StoredFile(
                    token=secrets.token_urlsafe(24),
                    name=name,
                    address=address,
                    project_id=project["_id"],
                    kind="assets",
                    storage_id=storage_id,
                    created_at=state.timestamp(),
                    content_type="application/json",
                )
            )
            kept.append(stored.token)
            content = json.dumps(conversation, ensure_ascii=False).encode("utf-8")
            state.put_file_content(stored.token, content, "application/json")
    except ApiError:
        for token in kept:
            state.forget_file(token)
        raise
    priority = int(form.get("priority", 0))
    for name, address in zip(names, addresses, strict=True):
        asset, _task = state.add_asset(
            project, data=address, external_id=name, storage=storage_id, priority=priority
        )
        if llm_config is not None:
            asset["llmConfig"] = llm_config
    return {"assets": {"assetsCreated": len(names)}}


def _llm_config(state: MockState, raw: str | None) -> Json | None:
    if raw is None or not raw.strip():
        return None
    config = decode_json_string(raw, "llmConfig")
    if not isinstance(config, dict) or not isinstance(config.get("id"), str) or not config["id"]:
        raise bad_request('Invalid form field \'llmConfig\': expected {"id": "<LLM configuration id>"}')
    llm = state.llms.get(config["id"])
    if llm is None or llm["deleted"]:
        raise not_found("LLM configuration", config["id"])
    return {"id": config["id"]}


def _conversations(request: OperationRequest) -> list[Any]:
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


def _names(state: MockState, project: Json, raw: str | None, count: int) -> list[str]:
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
    taken = {asset["externalId"] for asset in state.project_assets(project["_id"])}
    names: list[str] = []
    index = 0
    while len(names) < count:
        index += 1
        name = f"{prefix}{index:04d}.json"
        if name not in taken:
            names.append(name)
    return names
