"""What ``verify`` calls: every GET operation of the spec, its parameters filled from earlier answers.

The operations come from the generated table (``ango_hub_api.operations.OPERATIONS_BY_TAG``)
and ``response_schemas.json``, kept to method GET. A GET operation's parameters are filled,
in this order of preference:

1. by a filler here, for the roots of the run (the first project of ``list_projects``, its
   organization, its metrics) and where a better choice than the spec's link exists (a
   finished task, which more likely has a history and masks);
2. from the spec's own ``links``: a link from another GET operation (``list_tasks`` ->
   ``get_task``, ``taskId: $response.body#/data/tasks/0/_id``) is followed once its source
   answered, its expressions read from that answer (``$response.body#/...``) or request
   (``$request.path.X``, ``$request.query.X``), constants as they are. A GET added to the spec
   with such a link is called with no edit here;
3. with no parameter, when it needs none.

Anything else is listed as skipped with the parameters it lacks; ``UNCALLABLE`` names the
GET operations that cannot be planned from any answer, each with its reason, and
``tests/spec/test_drift_plan.py`` fails naming any other GET operation that is not called.

The planner does no I/O: ``next_call()`` gives the next request, ``record()`` takes its
answer, so that the synchronous and the asynchronous runners share it. It does not count
requests either: a call may take several (retries), which the client's ``RequestBudget``
counts; the runner says how many are left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

__all__ = ["NOT_READ_ONLY", "UNCALLABLE", "Call", "Planner"]

Json = dict[str, Any]

#: GET operations that are not plain reads: never called.
NOT_READ_ONLY: dict[str, str] = {
    "export_project": "starts an export job on the account (and may e-mail its members)",
    "export_project_v3": "starts an export job on the account (and may e-mail its members)",
    "get_upload_url": "hands out a URL to write a file to the organization's bucket",
}


#: GET operations whose parameters no answer of the API gives: skipped, for this reason.
UNCALLABLE: dict[str, str] = {
    "list_storage_files": "needs a bucket name, which no answer of the API gives",
    "get_signed_url": "needs the URL of a file in the organization's private bucket",
}


@dataclass(frozen=True)
class Call:
    """One GET request of the run."""

    operation_id: str
    #: The path template and the query, as the report shows them (no IDs, no key).
    label: str
    #: The path, IDs filled in, below the API root.
    path: str
    params: dict[str, str] = field(default_factory=dict)
    #: The path parameters (for a link's ``$request.path.X``).
    path_params: dict[str, str] = field(default_factory=dict, compare=False)

    def request(self) -> dict[str, Any]:
        """The httpx arguments of the request (always a GET)."""
        return {"method": "GET", "url": self.path, "params": dict(self.params)}


def _dig(value: Any, *keys: str | int) -> Any:
    """``value[k1][k2]...``, or None where a key is missing or a value has another type."""
    for key in keys:
        if isinstance(key, int):
            value = value[key] if isinstance(value, list) and -len(value) <= key < len(value) else None
        else:
            value = value.get(key) if isinstance(value, dict) else None
    return value


def _id(value: Any) -> str | None:
    """An ID: a non-empty string, or the ``_id`` of an object."""
    if isinstance(value, dict):
        value = value.get("_id")
    return value if isinstance(value, str) and value else None


#: A filler: the IDs found so far -> the calls of its operation (path params, query), or why not.
Filler = Callable[[dict[str, str]], list[tuple[dict[str, str], dict[str, str]]] | str]


def _needs(*names: str) -> Callable[[Callable[..., list[tuple[dict[str, str], dict[str, str]]]]], Filler]:
    """A filler that runs when every one of ``names`` was found, else says which was not."""

    def wrap(fill: Callable[..., list[tuple[dict[str, str], dict[str, str]]]]) -> Filler:
        def filler(found: dict[str, str]) -> list[tuple[dict[str, str], dict[str, str]]] | str:
            missing = [name for name in names if name not in found]
            if missing:
                return f"no {', '.join(missing)} found in the earlier answers"
            return fill(*(found[name] for name in names))

        return filler

    return wrap


def _metric_filler(metrics: list[str]) -> Filler:
    @_needs("project")
    def fill(project: str) -> list[tuple[dict[str, str], dict[str, str]]]:
        return [({"projectId": project, "metric": metric}, {}) for metric in metrics]

    return fill


def _fillers(operations: dict[str, Json]) -> dict[str, Filler]:
    """The filler of each GET operation that needs parameters, in the order they run."""
    metrics: list[Any] = next(
        (
            p.get("enum", [])
            for p in operations.get("get_metric", {}).get("parameters", [])
            if p["name"] == "metric"
        ),
        [],
    )
    return {
        "list_projects": lambda found: [({}, {"page": "1", "limit": "10"})],
        "get_project": _needs("project")(lambda project: [({"projectId": project}, {})]),
        "list_tasks": _needs("project")(
            lambda project: [
                ({"projectId": project}, {"page": "1", "limit": "10"}),
                ({"projectId": project}, {"page": "1", "limit": "10", "includeAnswer": "true"}),
            ]
        ),
        "get_task": _needs("task")(lambda task: [({"taskId": task}, {"includeAnswer": "true"})]),
        "list_task_history": _needs("task")(lambda task: [({"taskId": task}, {})]),
        "get_task_history": _needs("task_history")(lambda entry: [({"taskHistoryId": entry}, {})]),
        "get_mask": _needs("task", "mask_object")(
            lambda task, obj: [({}, {"task": task, "annotation": obj})]
        ),
        "list_assets": _needs("project")(
            lambda project: [({"projectId": project}, {"page": "1", "limit": "10"})]
        ),
        "list_batches": _needs("project")(lambda project: [({"projectId": project}, {})]),
        "list_issues": _needs("project")(lambda project: [({}, {"project": project})]),
        "get_metric": _metric_filler([str(metric) for metric in metrics]),
        "list_organization_members": _needs("organization")(
            lambda organization: [({"organizationId": organization}, {})]
        ),
        "list_organization_invites": _needs("organization")(
            lambda organization: [({"organizationId": organization}, {})]
        ),
    }


def _pointer(document: Any, pointer: str) -> Any:
    """The value at a JSON pointer (``/data/tasks/0/_id``), or None."""
    keys: list[str | int] = []
    for part in pointer.split("/")[1:] if pointer else []:
        part = part.replace("~1", "/").replace("~0", "~")
        keys.append(int(part) if part.isdigit() else part)
    return _dig(document, *keys)


def _link_value(expression: Any, call: Call, body: Any) -> str | None:
    """The value of a link's parameter for an answer of ``call``: a runtime expression of
    OpenAPI (``$response.body#/pointer``, ``$request.path.X``, ``$request.query.X``) or a
    constant; None when the answer does not give it."""
    if isinstance(expression, bool):
        return "true" if expression else "false"
    if isinstance(expression, int | float):
        return str(expression)
    if not isinstance(expression, str):
        return None
    if expression.startswith("$response.body#"):
        value = _pointer(body, expression.removeprefix("$response.body#"))
        return (
            str(value)
            if isinstance(value, str | int) and not isinstance(value, bool) and value != ""
            else None
        )
    if expression.startswith("$request.path."):
        return call.path_params.get(expression.removeprefix("$request.path."))
    if expression.startswith("$request.query."):
        return call.params.get(expression.removeprefix("$request.query."))
    return None if expression.startswith("$") else expression


def _link_sources(
    operations: dict[str, Json], get_operation_ids: list[str]
) -> dict[str, list[tuple[str, Json]]]:
    """For each GET operation, the links that lead to it from GET operations: (source, parameters)."""
    sources: dict[str, list[tuple[str, Json]]] = {}
    for source in get_operation_ids:
        for link in operations[source].get("links", []):
            target = link["operationId"]
            if target in operations and operations[target]["method"] == "GET" and target != source:
                sources.setdefault(target, []).append((source, link.get("parameters", {})))
    return sources


def _after_sources(
    ordered: list[str], sources: dict[str, list[tuple[str, Json]]], fixed: set[str]
) -> list[str]:
    """``ordered`` with each operation planned from links moved after its sources (stable)."""
    result = list(ordered)
    for _ in range(len(result)):
        moved = False
        for operation_id in list(result):
            if operation_id in fixed:
                continue
            position = result.index(operation_id)
            last = max((result.index(s) for s, _ in sources.get(operation_id, []) if s in result), default=-1)
            if last > position:
                result.insert(last, result.pop(position))
                moved = True
        if not moved:
            break
    return result


def _discover(operation_id: str, body: Any, found: dict[str, str]) -> None:
    """Keep the IDs an answer gives (the first of each kind)."""
    data = _dig(body, "data")
    candidates: dict[str, Any] = {}
    if operation_id == "list_projects":
        candidates["project"] = _id(_dig(data, "projects", 0))
        candidates["organization"] = _id(_dig(data, "projects", 0, "organization"))
    elif operation_id == "get_project":
        candidates["organization"] = _id(_dig(data, "project", "organization"))
    elif operation_id == "list_tasks":
        # A finished task more likely has a history and objects (for get_mask).
        tasks = [task for task in _dig(data, "tasks") or [] if isinstance(task, dict)]
        finished = [task for task in tasks if task.get("status") == "Completed"]
        candidates["task"] = _id((finished or tasks)[0]) if tasks else None
    elif operation_id == "get_task":
        answer = _dig(data, "task", "answer")
        objects = [*(_dig(answer, "objects") or []), *(_dig(answer, "tools") or [])]
        for obj in objects:
            if isinstance(obj, dict) and ("segmentation" in obj or "brush" in obj or "brushDataUrl" in obj):
                candidates["mask_object"] = _id(obj.get("objectId"))
                break
    elif operation_id == "list_task_history":
        candidates["task_history"] = _id(_dig(data, "taskHistory", 0))
    for name, value in candidates.items():
        if value is not None and name not in found:
            found[name] = value


def _label(operation: Json, path_params: dict[str, str], params: dict[str, str]) -> str:
    """``GET <path template>?<query>``: values the spec enumerates (a metric, a flag) shown, IDs not."""
    shown = {p["name"] for p in operation["parameters"] if "enum" in p} | {"includeAnswer"}
    path = _path(operation["path"], {name: value for name, value in path_params.items() if name in shown})
    query = "&".join(f"{name}={value}" for name, value in params.items() if name in shown)
    return f"GET {path}" + (f"?{query}" if query else "")


def _path(template: str, values: dict[str, str]) -> str:
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", quote(value, safe=""))
    return path


class Planner:
    """Hands out the GET calls of a run in order, learning IDs from the answers it is given."""

    def __init__(self, operations: dict[str, Json], get_operation_ids: list[str], max_requests: int) -> None:
        self.operations = operations
        self.max_requests = max_requests
        self.found: dict[str, str] = {}
        #: operationId -> why it was not called.
        self.skipped: dict[str, str] = {}
        #: Calls the request bound left out.
        self.not_sent: list[Call] = []
        fillers = _fillers(operations)
        self._sources = _link_sources(operations, get_operation_ids)
        ordered = [op for op in fillers if op in get_operation_ids]
        ordered += [op for op in get_operation_ids if op not in fillers]
        ordered = _after_sources(ordered, self._sources, set(fillers))
        self._fillers = fillers
        #: The successful calls so far and their answers, by operation (what links read).
        self._answers: dict[str, list[tuple[Call, Any]]] = {}
        self._pending = [op for op in ordered if op not in NOT_READ_ONLY and op not in UNCALLABLE]
        for op in get_operation_ids:
            if op in NOT_READ_ONLY:
                self.skipped[op] = NOT_READ_ONLY[op]
            elif op in UNCALLABLE:
                self.skipped[op] = UNCALLABLE[op]
        self._queue: list[Call] = []

    def _from_links(self, operation_id: str) -> list[tuple[dict[str, str], dict[str, str]]] | str:
        """The calls the spec's links give for ``operation_id``, from the first answer of a
        source that fills every parameter it requires; else why not."""
        operation = self.operations[operation_id]
        where = {p["name"]: p["in"] for p in operation["parameters"]}
        required = {p["name"] for p in operation["parameters"] if p["required"] or p["in"] == "path"}
        tried: list[str] = []
        for source, parameters in self._sources.get(operation_id, []):
            for call, body in self._answers.get(source, []):
                values = {
                    name: _link_value(expression, call, body) for name, expression in parameters.items()
                }
                filled = {
                    name: value for name, value in values.items() if value is not None and name in where
                }
                if required <= set(filled):
                    path_params = {n: v for n, v in filled.items() if where[n] == "path"}
                    query = {n: v for n, v in filled.items() if where[n] == "query"}
                    return [(path_params, query)]
            tried.append(source)
        if tried:
            missing = ", ".join(sorted(required))
            return f"the spec's links from {', '.join(tried)} gave no answer with {missing}"
        return "no plan for its required parameters"

    def _calls_of(self, operation_id: str) -> list[Call] | str:
        operation = self.operations[operation_id]
        filler = self._fillers.get(operation_id)
        planned: list[tuple[dict[str, str], dict[str, str]]] | str
        if filler is not None:
            planned = filler(self.found)
        elif operation_id in self._sources:
            planned = self._from_links(operation_id)
        else:
            required = [
                f"{p['name']} ({p['in']})"
                for p in operation["parameters"]
                if p["required"] or p["in"] == "path"
            ]
            if required:
                return (
                    f"no plan for its required parameters: {', '.join(required)} (add a link to it "
                    "in the spec from the GET operation whose answer gives them)"
                )
            planned = [({}, {})]
        if isinstance(planned, str):
            return planned
        return [
            Call(
                operation_id,
                _label(operation, path_params, query),
                _path(operation["path"], path_params),
                query,
                path_params,
            )
            for path_params, query in planned
        ]

    def next_call(self, requests_left: int) -> Call | None:
        """The next call to make; None when the run is over, or ``requests_left`` is 0.

        ``requests_left`` is what the request bound still allows, retries counted: the
        runner's ``RequestBudget``, which each attempt of a call spends.
        """
        while not self._queue and self._pending:
            operation_id = self._pending.pop(0)
            calls = self._calls_of(operation_id)
            if isinstance(calls, str):
                self.skipped[operation_id] = calls
            else:
                self._queue.extend(calls)
        if not self._queue:
            return None
        if requests_left <= 0:
            self.not_sent.extend(self._queue)
            self._queue.clear()
            for operation_id in self._pending:
                self.skipped[operation_id] = f"the request bound ({self.max_requests}) was reached"
            self._pending.clear()
            return None
        return self._queue.pop(0)

    def stop(self, reason: str) -> None:
        """End the run early: what was still to call is skipped for ``reason``."""
        for call in self._queue:
            self.skipped.setdefault(call.operation_id, reason)
        for operation_id in self._pending:
            self.skipped[operation_id] = reason
        self._queue.clear()
        self._pending.clear()

    def record(self, call: Call, status: int, body: Any) -> None:
        """Learn the IDs of a successful answer."""
        if 200 <= status < 300:
            _discover(call.operation_id, body, self.found)
            self._answers.setdefault(call.operation_id, []).append((call, body))
