"""Forward compatibility: every read operation tolerates fields and enum values it does not know.

The API grows: a new property on a project, a new tool type, a new issue status. The
client must keep working (and keep what it was sent) instead of raising. For every read
operation of the spec (each GET, and ``get_project_performance``, a read sent as a POST),
an ``httpx.MockTransport`` answers a body built from the operation's 200 response schema
(every property present, so that every enum of the schema occurs) into which are injected

* an unknown field ``brandNewField`` at the top level and in every object of the payload
  (but typed maps, whose values must match a schema), and
* an unknown value in every enum-typed field (``"type": "hologram"`` for a ``ProjectType``,
  ``"tool": "laser-lasso"`` for a ``ToolType``, ``"status": "Archived"`` for an
  ``IssueStatus``, ...).

The resource method must return its typed model; every generated model of the parsed
answer must keep ``brandNewField`` in ``additional_properties`` (``model["brandNewField"]``),
every unknown enum value must come back as a plain ``str``, and ``to_dict()`` of the parsed
answer must give back exactly what was sent. ``get_mask`` (PNG bytes) is skipped.

``KNOWN_ENUM_GAPS`` lists enum fields that may not take unknown values yet (none now: the
generator view opens named, inline and alternative enums alike).
"""

from __future__ import annotations

import copy
import enum
import json
import re
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import attrs
import httpx
import pytest
from _async_bridge import BlockingAsyncClient

from ango_hub import AsyncClient, Client
from ango_hub.mock.web.spec import ApiSpec
from ango_hub_api.models.asset_list_data import AssetListData
from ango_hub_api.models.batch import Batch
from ango_hub_api.models.invite import Invite
from ango_hub_api.models.issue import Issue
from ango_hub_api.models.llm import Llm
from ango_hub_api.models.metric import Metric
from ango_hub_api.models.metric_data import MetricData
from ango_hub_api.models.organization_member import OrganizationMember
from ango_hub_api.models.performance_data import PerformanceData
from ango_hub_api.models.project import Project
from ango_hub_api.models.project_list_data import ProjectListData
from ango_hub_api.models.storage import Storage
from ango_hub_api.models.storage_file import StorageFile
from ango_hub_api.models.task import Task
from ango_hub_api.models.task_history import TaskHistory
from ango_hub_api.models.task_list_data import TaskListData
from ango_hub_api.types import Unset

BASE = "http://127.0.0.1:9/v2"
KEY = "forward-compat-key"
PROJECT_ID = "507f1f77bcf86cd799439011"
TASK_ID = "507f1f77bcf86cd799439021"
HISTORY_ID = "507f1f77bcf86cd799439031"
STORAGE_ID = "507f1f77bcf86cd799439041"
ORGANIZATION_ID = "507f1f77bcf86cd799439051"

SPEC = ApiSpec.load()

NEW_FIELD = "brandNewField"
NEW_FIELD_VALUE = {"x": 1}
#: What a newer API might send for each enum of the spec (None: a generic unknown value).
UNKNOWN_ENUM_VALUES: dict[str | None, str] = {
    "SuccessStatus": "partial-success",
    "ProjectType": "hologram",
    "ProjectRole": "Owner",
    "StageType": "Teleport",
    "ToolType": "laser-lasso",
    "ClassificationType": "slider",
    "RelationType": "many-to-many",
    "Metric": "Throughput",
    "ReviewStatus": "Escalated",
    "TaskType": "golden",
    "RelationDirection": "reverse",
    "AttachmentType": "HOLOGRAM",
    "MedicalPlane": "X",
    "IssueStatus": "Archived",
    "StorageProvider": "DROPBOX",
    "ExportFormat": "parquet",
    "ExportType": "asset",
    "StorageFileType": "thumbnails",
    "StorageType": "dropbox",
    "OrganizationRole": "owner",
    "OrganizationRoleName": "Owner",
    "InviteStatus": "revoked",
    "InviteStatusName": "Revoked",
    "LlmProvider": "anthropic",
    None: "brand-new-enum-value",
}
#: Enum fields an unknown value still breaks today: (schema, property) -> (the read that
#: returns it, why). ``scripts/generate.py`` (``_open_enum``) widens only a property that is
#: exactly a ``$ref`` to a string enum (to ``anyOf: [<enum>, {type: string}]``); an inline
#: ``enum`` and an ``anyOf`` of two enum ``$ref`` stay closed, so the generated ``from_dict``
#: raises ``ValueError`` and the client ``APIResponseValidationError``. The main test leaves
#: these fields known; ``test_known_enum_gaps`` (strict xfail) injects each one alone.
KNOWN_ENUM_GAPS: dict[tuple[str, str], tuple[str, str]] = {}
#: Datetimes in the form ``datetime.isoformat()`` writes back, so that ``to_dict()`` round-trips.
DATE_TIME = "2025-01-10T09:00:00+00:00"

Json = dict[str, Any]


# -- bodies built from the response schemas ---------------------------------------------------


@dataclass
class Injected:
    """Where unknown enum values were put (JSON path, enum name, value)."""

    enums: list[tuple[str, str | None, str]]


def _ref_name(schema: Json) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _is_presence_constraint(options: Any) -> bool:
    return isinstance(options, list) and all(isinstance(o, dict) and set(o) == {"required"} for o in options)


def _looks_like_object(schema: Json) -> bool:
    target = SPEC.resolve(schema)
    return isinstance(target, dict) and (target.get("type") == "object" or "properties" in target)


class BodyBuilder:
    """Build a body valid for a schema, with every property set; optionally inject unknowns."""

    def __init__(self, *, inject: bool, gaps: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.inject = inject
        #: The known gaps (see KNOWN_ENUM_GAPS) to inject an unknown value into anyway.
        self.gaps = gaps
        self.injected = Injected(enums=[])

    def build(self, schema: Json, path: str = "", stack: tuple[str, ...] = ()) -> Any:
        name = _ref_name(schema)
        if name is not None:
            minimal = stack.count(name) >= 1
            return self._build(SPEC.resolve(schema), path, (*stack, name), name, minimal=minimal)
        return self._build(schema, path, stack, None, minimal=False)

    def _build(
        self, schema: Json, path: str, stack: tuple[str, ...], name: str | None, *, minimal: bool
    ) -> Any:
        if "enum" in schema:
            values = schema["enum"]
            if self.inject:
                unknown = UNKNOWN_ENUM_VALUES.get(name, UNKNOWN_ENUM_VALUES[None])
                assert unknown not in values
                self.injected.enums.append((path, name, unknown))
                return unknown
            return values[0]
        if "allOf" in schema:
            merged: Json = {"type": "object", "properties": {}, "required": []}
            for part in schema["allOf"]:
                resolved = SPEC.resolve(part)
                merged["properties"].update(resolved.get("properties", {}))
                merged["required"] += resolved.get("required", [])
                if "additionalProperties" in resolved:
                    merged["additionalProperties"] = resolved["additionalProperties"]
            return self._build(merged, path, stack, name, minimal=minimal)
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if options is not None and not _is_presence_constraint(options):
                objects = [option for option in options if _looks_like_object(option)]
                choice = objects[0] if objects else options[0]
                return self.build(choice, path, stack)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema or (kind is None and "additionalProperties" in schema):
            return self._object(schema, path, stack, name, minimal=minimal)
        if kind == "array":
            if minimal and not schema.get("minItems"):
                return []
            count = max(1, schema.get("minItems", 1))
            return [self.build(schema.get("items", {}), f"{path}/{index}", stack) for index in range(count)]
        if kind == "string":
            return self._string(schema)
        if kind == "integer":
            example = schema.get("example")
            return example if isinstance(example, int) else max(1, schema.get("minimum", 1))
        if kind == "number":
            example = schema.get("example")
            return float(example) if isinstance(example, int | float) else 1.5
        if kind == "boolean":
            return True
        return "anything"  # an untyped schema ({}) accepts any value

    def _object(
        self, schema: Json, path: str, stack: tuple[str, ...], name: str | None, *, minimal: bool
    ) -> Json:
        properties: Json = schema.get("properties", {})
        required = set(schema.get("required", []))
        body: Json = {}
        for key, prop in properties.items():
            if minimal and key not in required:
                continue
            if SPEC.resolve(prop).get("writeOnly"):
                continue
            gap = (name or "", key)
            if self.inject and gap in KNOWN_ENUM_GAPS and gap not in self.gaps:
                body[key] = BodyBuilder(inject=False).build(prop, f"{path}/{key}", stack)
                continue
            body[key] = self.build(prop, f"{path}/{key}", stack)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            # A typed map: its values must match the schema, so no unknown field at this level.
            body["some-key"] = self.build(extra, f"{path}/some-key", stack)
            return body
        if not properties and extra is not False:
            body["someKey"] = "some value"  # a free-form object
        if self.inject:
            body[NEW_FIELD] = copy.deepcopy(NEW_FIELD_VALUE)
        return body

    @staticmethod
    def _string(schema: Json) -> str:
        fmt = schema.get("format")
        if fmt == "date-time":
            return DATE_TIME
        if fmt == "date":
            return DATE_TIME[:10]
        example = schema.get("example")
        if isinstance(example, str):
            return example
        if fmt in {"uri", "url"}:
            return "https://example.com/files/a.png"
        if fmt == "email":
            return "someone@example.com"
        return "text"


def response_schema(operation_id: str) -> Json:
    schema = SPEC.response_schema(operation_id, 200)
    assert schema is not None, f"{operation_id} has no JSON 200 response"
    return schema


# -- the read operations and the resource methods that call them -------------------------------


@dataclass(frozen=True)
class Read:
    """A resource method calling a read operation, and the type it returns."""

    call: Callable[[Client], Any]
    returns: type | tuple[type, ...]
    many: bool = False
    """The method returns a list of ``returns``."""


#: Every GET operation of the spec (and the read sent as a POST) -> the resource call reading it.
READS: dict[str, Read] = {
    "list_projects": Read(lambda hub: hub.projects.list_page(), ProjectListData),
    "get_project": Read(lambda hub: hub.projects.get(PROJECT_ID), Project),
    "get_project_performance": Read(lambda hub: hub.metrics.performance(PROJECT_ID), PerformanceData),
    "get_metric": Read(lambda hub: hub.metrics.get(PROJECT_ID, Metric.TIMEPERTASK), MetricData),
    "list_tasks": Read(lambda hub: hub.tasks.list_page(PROJECT_ID), TaskListData),
    "get_task": Read(lambda hub: hub.tasks.get(TASK_ID, include_answer=True), Task),
    "get_task_history": Read(lambda hub: hub.tasks.get_history(HISTORY_ID), TaskHistory),
    "list_task_history": Read(lambda hub: hub.tasks.list_history(TASK_ID), TaskHistory, many=True),
    "list_assets": Read(lambda hub: hub.assets.list_page(PROJECT_ID), AssetListData),
    "list_batches": Read(lambda hub: hub.batches.list(PROJECT_ID), Batch, many=True),
    "list_issues": Read(lambda hub: hub.issues.list(PROJECT_ID), Issue, many=True),
    "list_storages": Read(lambda hub: hub.storages.list(), Storage, many=True),
    "list_storage_files": Read(
        lambda hub: hub.storages.list_files(STORAGE_ID, "bucket"), StorageFile, many=True
    ),
    "export_project": Read(lambda hub: hub.exports.create(PROJECT_ID), str),
    "export_project_v3": Read(lambda hub: hub.exports.create(PROJECT_ID, v3=True), str),
    "get_upload_url": Read(lambda hub: hub.assets.get_upload_url(PROJECT_ID, "a.png"), str),
    "get_signed_url": Read(
        lambda hub: hub.assets.get_signed_url(PROJECT_ID, "https://bucket.example.com/a.png"), str
    ),
    "list_organization_members": Read(
        lambda hub: hub.organization.list_members(ORGANIZATION_ID), OrganizationMember, many=True
    ),
    "list_organization_invites": Read(
        lambda hub: hub.organization.list_invites(ORGANIZATION_ID), Invite, many=True
    ),
    "list_llms": Read(lambda hub: hub.llms.list(), Llm, many=True),
}
#: Read operations deliberately left out, with the reason.
SKIPPED: dict[str, str] = {
    "get_mask": "answers image/png bytes (client.labels.get_mask returns bytes): no fields, no enums",
}
#: Reads sent with another method than GET (they must be listed in READS too).
READS_NOT_GET = {"get_project_performance"}


def _check_project(project: Project) -> None:
    assert project.type_ == "hologram"
    assert type(project.type_) is str
    assert project[NEW_FIELD] == NEW_FIELD_VALUE
    assert not isinstance(project.category_schema, Unset)
    assert not isinstance(project.category_schema.tools, Unset)
    tool = project.category_schema.tools[0]
    assert tool.tool == "laser-lasso"
    assert type(tool.tool) is str
    assert tool[NEW_FIELD] == NEW_FIELD_VALUE


def _check_issues(issues: list[Issue]) -> None:
    assert issues[0].status == "Archived"
    assert type(issues[0].status) is str
    assert issues[0][NEW_FIELD] == NEW_FIELD_VALUE


def _check_storages(storages: list[Storage]) -> None:
    assert storages[0].provider == "DROPBOX"
    assert type(storages[0].provider) is str
    assert storages[0][NEW_FIELD] == NEW_FIELD_VALUE


#: Readable spot checks of a few results, on top of the generic ones.
SPOT_CHECKS: dict[str, Callable[[Any], None]] = {
    "get_project": _check_project,
    "list_issues": _check_issues,
    "list_storages": _check_storages,
}


def _spec_get_operations() -> set[str]:
    return {operation.operation_id for operation in SPEC.operations if operation.method == "get"}


def test_every_get_operation_of_the_spec_is_covered() -> None:
    """A new GET operation in the spec must get an entry in READS (or SKIPPED, with a reason)."""
    gets = _spec_get_operations()
    assert gets - set(READS) - set(SKIPPED) == set(), "add these read operations to READS"
    assert set(READS) - gets - READS_NOT_GET == set(), "READS names operations that are not GETs"
    assert set(SKIPPED) <= gets
    for operation_id in READS_NOT_GET:
        assert SPEC.operation(operation_id).method != "get"
        assert operation_id in READS


def test_the_base_bodies_are_valid_for_the_spec() -> None:
    """Without injections, the bodies built here conform to the spec (so they are realistic)."""
    problems = []
    for operation_id in READS:
        schema = response_schema(operation_id)
        body = BodyBuilder(inject=False).build(schema)
        problems += [v.describe(operation_id) for v in SPEC.violations(body, schema, mode="response")]
    assert problems == []


# -- walking the parsed answer ------------------------------------------------------------------


def _walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Yield (path, value) for ``value`` and everything inside it (models, lists, dicts)."""
    yield path, value
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if field.name != "_additional_properties":  # walked below, through the property
                yield from _walk(getattr(value, field.name), f"{path}.{field.name}")
        for key, item in getattr(value, "additional_properties", {}).items():
            yield from _walk(item, f"{path}[{key!r}]")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{path}[{key!r}]")


def _is_typed_map(model: Any) -> bool:
    extra = model.additional_properties
    return bool(extra) and all(attrs.has(type(item)) for item in extra.values())


@dataclass
class Exchange:
    body: Json
    injected: Injected
    requests: list[httpx.Request]
    envelopes: list[Any]


def _serve(
    operation_id: str, gaps: frozenset[tuple[str, str]] = frozenset(), flavour: str = "sync"
) -> tuple[Client, Exchange]:
    operation = SPEC.operation(operation_id)
    builder = BodyBuilder(inject=True, gaps=gaps)
    body = builder.build(response_schema(operation_id))
    pattern = re.compile("^/v2" + re.sub(r"\{[^/]+\}", "[^/]+", operation.path) + "$")
    exchange = Exchange(body=body, injected=builder.injected, requests=[], envelopes=[])

    def handler(request: httpx.Request) -> httpx.Response:
        exchange.requests.append(request)
        assert request.method == operation.method.upper()
        assert pattern.match(request.url.path), f"{request.url.path} is not {operation.path}"
        return httpx.Response(
            200, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
        )

    if flavour == "async":
        async_client = AsyncClient(
            api_key=KEY, base_url=BASE, transport=httpx.MockTransport(handler), max_retries=0
        )
        async_send = async_client._send

        async def recording_async_send(*args: Any, **kwargs: Any) -> Any:
            parsed = await async_send(*args, **kwargs)
            exchange.envelopes.append(parsed)
            return parsed

        async_client._send = recording_async_send  # type: ignore[method-assign]
        return typing.cast(Client, BlockingAsyncClient(async_client)), exchange

    client = Client(api_key=KEY, base_url=BASE, transport=httpx.MockTransport(handler), max_retries=0)
    send = client._send

    def recording_send(*args: Any, **kwargs: Any) -> Any:
        parsed = send(*args, **kwargs)
        exchange.envelopes.append(parsed)
        return parsed

    client._send = recording_send  # type: ignore[method-assign]
    return client, exchange


@pytest.mark.parametrize(
    "operation_id",
    [*READS, *(pytest.param(op, marks=pytest.mark.skip(reason=why)) for op, why in SKIPPED.items())],
)
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_read_keeps_unknown_fields_and_enum_values(operation_id: str, flavour: str) -> None:
    read = READS[operation_id]
    client, exchange = _serve(operation_id, flavour=flavour)
    with client:
        result = read.call(client)
    assert len(exchange.requests) == 1

    # The resource method returns its typed model.
    if read.many:
        assert isinstance(result, list)
        assert result, "the list came back empty"
        assert all(isinstance(item, read.returns) for item in result)
    else:
        assert isinstance(result, read.returns)

    if operation_id in SPOT_CHECKS:
        SPOT_CHECKS[operation_id](result)

    (envelope,) = exchange.envelopes
    # Nothing was lost or changed: the parsed answer serializes back to what was sent.
    assert envelope.to_dict() == exchange.body
    assert envelope[NEW_FIELD] == NEW_FIELD_VALUE

    # Every generated model of the answer kept the unknown field.
    models = [(path, value) for path, value in _walk(envelope) if attrs.has(type(value))]
    assert len(models) >= 2
    for path, model in models:
        if _is_typed_map(model):
            continue
        assert NEW_FIELD in model, f"{type(model).__name__} at {path or '<root>'} dropped {NEW_FIELD}"
        assert model[NEW_FIELD] == NEW_FIELD_VALUE

    # Every unknown enum value came back as a plain str (never coerced, never dropped).
    unknowns = {value for _path, _name, value in exchange.injected.enums}
    assert unknowns, "the answer has no enum field"
    found = [(path, value) for path, value in _walk(envelope) if isinstance(value, str) and value in unknowns]
    for path, value in found:
        assert type(value) is str, f"{path}: {value!r} is a {type(value).__name__}"
        assert not isinstance(value, enum.Enum)
    assert len(found) == len(exchange.injected.enums), (found, exchange.injected.enums)
