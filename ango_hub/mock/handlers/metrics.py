"""Project metrics and performance, computed from the store.

The spec leaves the shape of these answers open (``additionalProperties: true``); the
mock answers as follows.

``get_metric`` (``data``), every metric with ``metric`` (its name) and ``total``:

* ``LabelStageGroups``: ``stages``, ``[{stageId, name, type, count}]`` in workflow order;
* ``TimePerTask``: ``averageDuration``, ``medianDuration``, ``totalDuration`` (ms) of the
  tasks with a duration; ``total`` counts those tasks;
* ``AnnotationStatus``: ``counts``, tasks by status (``{"TODO": 40, "Completed": 60}``);
* ``AnswerDistribution``: ``tools``, ``[{schemaId, title, count}]`` of answer objects, and
  ``classifications``, ``[{schemaId, title, answers: {answer: count}}]``; ``total`` counts
  the annotated tasks;
* ``ConsensusRanges``: ``consensusCount`` and ``ranges``, ``[{range: "80-100", count}]``
  (with one annotator per task, every annotated task agrees with itself: 80-100);
* ``AssetSize``: ``counts``, assets by kind (``image``, ``video``, ``audio``, ``text``,
  ``pdf``, ``other``, guessed from the URL), and ``totalBytes`` of the uploaded files.

``get_project_performance``: ``{"performance": {<user id>: {user, email, submitted, tasks,
totalDuration, averageDuration}}}`` from the task history records, restricted to the
``startDate``/``endDate`` (or ``interval``) range, ``users`` (ids or e-mails) and
``batches``.
"""

from __future__ import annotations

import mimetypes
import statistics
import sys
from collections import Counter
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from ..state import MockState, find_batch, parse_timestamp
from ..web.handling import Json, handler
from ..web.validation import OperationRequest

__all__ = ["get_metric", "get_project_performance"]

_RANGES = ("0-20", "20-40", "40-60", "60-80", "80-100")


@handler
def get_project_performance(state: MockState, request: OperationRequest) -> Json:
    """Per-user statistics of submitted work (see the module docstring)."""
    project = state.projects.require(request.path["projectId"])
    body: Json = request.body or {}
    interval = body.get("interval") or [body.get("startDate"), body.get("endDate")]
    start, end = parse_timestamp(interval[0]), parse_timestamp(interval[1])
    users = {_user_id(state, reference) for reference in body.get("users", [])}
    batches = {(find_batch(project, ref) or {"_id": ref})["_id"] for ref in body.get("batches", [])}
    stats: dict[str, Json] = {}
    for task in state.tasks.list(project["_id"]):
        if batches and batches.isdisjoint(state.assets.documents[task["asset"]]["batches"]):
            continue
        for history in state.histories.list(task["_id"]):
            if not _within(parse_timestamp(history["completedAt"]), start, end):
                continue
            user_id = history["completedBy"]
            if users and user_id not in users:
                continue
            entry = stats.setdefault(user_id, _empty_stats(state, user_id))
            entry["submitted"] += 1
            entry["totalDuration"] = _finite(entry["totalDuration"] + history.get("duration", 0))
            entry["_tasks"].add(task["_id"])
    for entry in stats.values():
        entry["tasks"] = len(entry.pop("_tasks"))
        entry["averageDuration"] = entry["totalDuration"] / entry["submitted"]
    return {"performance": stats}


def _finite(value: float) -> float:
    """``value`` capped at the largest double: sums of huge durations must not reach infinity,
    which JSON cannot carry (it would be answered as null)."""
    return max(min(value, sys.float_info.max), -sys.float_info.max)


def _user_id(state: MockState, reference: str) -> str:
    user = state.users.get(reference)
    return user["_id"] if user is not None else reference


def _empty_stats(state: MockState, user_id: str) -> Json:
    user = state.users.get(user_id)
    entry: Json = {"user": user_id, "submitted": 0, "totalDuration": 0, "_tasks": set()}
    if user is not None:
        entry["email"] = user["email"]
    return entry


def _within(moment: datetime | None, start: datetime | None, end: datetime | None) -> bool:
    if moment is None:
        return False
    return (start is None or moment >= start) and (end is None or moment <= end)


@handler
def get_metric(state: MockState, request: OperationRequest) -> Json:
    """One metric of the project's overview (see the module docstring)."""
    project = state.projects.require(request.path["projectId"])
    metric: str = request.path["metric"]
    tasks = state.tasks.list(project["_id"])
    data: Json = {"metric": metric}
    if metric == "LabelStageGroups":
        counts = Counter(task["stage"] for task in tasks)
        data["total"] = len(tasks)
        data["stages"] = [
            {
                "stageId": stage["id"],
                "name": stage.get("name", stage["id"]),
                "type": stage.get("type"),
                "count": counts[stage["id"]],
            }
            for stage in project["stages"]
        ]
    elif metric == "TimePerTask":
        durations = [task["duration"] for task in tasks if task.get("duration")]
        data["total"] = len(durations)
        # Each term divided first: fmean's exact sum raises OverflowError near the largest double.
        data["averageDuration"] = _finite(sum(d / len(durations) for d in durations)) if durations else 0
        data["medianDuration"] = _finite(statistics.median(durations)) if durations else 0
        data["totalDuration"] = _finite(sum(durations))
    elif metric == "AnnotationStatus":
        data["total"] = len(tasks)
        data["counts"] = dict(Counter(task["status"] for task in tasks))
    elif metric == "AnswerDistribution":
        data.update(_answer_distribution(tasks))
    elif metric == "ConsensusRanges":
        annotated = sum(1 for task in tasks if _is_annotated(task["answer"]))
        data["total"] = annotated
        data["consensusCount"] = project.get("consensusCount", 1)
        data["ranges"] = [
            {"range": label, "count": annotated if label == "80-100" else 0} for label in _RANGES
        ]
    else:  # AssetSize: the spec's enum allows nothing else
        assets = state.assets.list(project["_id"])
        data["total"] = len(assets)
        data["counts"] = dict(Counter(_asset_kind(asset["data"]) for asset in assets))
        data["totalBytes"] = sum(
            state.files.uploads[asset["_id"]].size for asset in assets if asset["_id"] in state.files.uploads
        )
    return data


def _is_annotated(answer: Json) -> bool:
    return any(answer.get(key) for key in ("objects", "tools", "classifications", "relations"))


def _answer_distribution(tasks: list[Json]) -> Json:
    tools: Counter[tuple[str, str]] = Counter()
    answers: dict[tuple[str, str], Counter[str]] = {}
    annotated = 0

    def count_classifications(items: list[Json]) -> None:
        for item in items:
            key = (str(item.get("schemaId", "")), str(item.get("title", "")))
            values: Any = item.get("answer")
            counter = answers.setdefault(key, Counter())
            for value in values if isinstance(values, list) else [values]:
                if value is not None:
                    counter[str(value)] += 1
            count_classifications(item.get("classifications", []))

    for task in tasks:
        answer: Json = task["answer"]
        if not _is_annotated(answer):
            continue
        annotated += 1
        for obj in [*answer.get("objects", []), *answer.get("tools", [])]:
            tools[(str(obj.get("schemaId", "")), str(obj.get("title", "")))] += 1
            count_classifications(obj.get("classifications", []))
        count_classifications(answer.get("classifications", []))
    return {
        "total": annotated,
        "tools": [{"schemaId": key[0], "title": key[1], "count": count} for key, count in tools.items()],
        "classifications": [
            {"schemaId": key[0], "title": key[1], "answers": dict(counter)}
            for key, counter in answers.items()
        ],
    }


def _asset_kind(data: str) -> str:
    if not data.startswith(("http://", "https://")):
        return "text"
    guessed, _encoding = mimetypes.guess_type(urlsplit(data).path)
    if guessed is None:
        return "other"
    if guessed == "application/pdf":
        return "pdf"
    major = guessed.split("/", 1)[0]
    return major if major in ("image", "video", "audio", "text") else "other"
