"""The daily jobs that need no Python: create a project, annotate a task, add a webhook.

    ango-hub projects create NAME --label-set FILE [--description TEXT] [--type ango] [--json]
    ango-hub tasks annotate TASK_ID --answer FILE [--next-stage] [--no-validate] [--json]
    ango-hub webhooks add PROJECT_ID URL --type COMPLETED [--type ...] [--secret-env VAR] [--json]

Files are read and checked before anything is sent (a label set is validated, an answer must
be a JSON object of ``objects``, ``classifications`` and ``relations``); a bad file is exit 2.
``--json`` prints what the API answered (the created project with its ``_id``, the annotated
task, the project's webhooks).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._session import EXIT_OK, Session, plural

if TYPE_CHECKING:
    import httpx

__all__ = ["projects_create", "tasks_annotate", "webhooks_add"]

#: The keys an answer file may have (the API's answer of a task).
ANSWER_KEYS = frozenset({"objects", "classifications", "relations"})


def _as_sent(responses: list[httpx.Response], model: Any) -> dict[str, Any]:
    """The ``data`` of the last answer as the API sent it (timestamps, unknown fields as
    they were), else the model's JSON."""
    if responses and responses[-1].is_success:
        body = responses[-1].json()
        if isinstance(body, dict) and isinstance(body.get("data"), dict):
            data: dict[str, Any] = body["data"]
            return data
    fallback: dict[str, Any] = model.to_dict()
    return fallback


def projects_create(args: argparse.Namespace, session: Session) -> int:
    """Validate the label set file (for ``--type`` when given), then create the project."""
    from ango_hub.label_set import LabelSet
    from ango_hub_api.models.project_type import ProjectType
    from ango_hub_api.types import UNSET

    label_set = LabelSet.load(args.label_set)
    label_set.validate(args.type)
    hub = session.hub
    with hub.raw_responses() as responses:
        project = hub.projects.create(
            args.name,
            description=UNSET if args.description is None else args.description,
            type=UNSET if args.type is None else ProjectType(args.type),
            category_schema=label_set,
        )
    if session.json:
        sent = _as_sent(responses, project)
        session.print_json(sent.get("project", sent))
    else:
        session.print(f"Created project {project.id} {project.name!r} with the label set of {args.label_set}")
    return EXIT_OK


def read_answer(path: Path) -> dict[str, Any]:
    """The answer in ``path``: a JSON object of ``objects``, ``classifications`` and ``relations``
    (lists; missing ones are empty). ``ValueError`` naming the file otherwise."""
    try:
        answer = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON ({exc})") from None
    if not isinstance(answer, dict):
        raise ValueError(
            f'{path}: expected a JSON object {{"objects": [...], "classifications": [...], '
            f'"relations": [...]}}, got a {type(answer).__name__}'
        )
    unknown = sorted(set(answer) - ANSWER_KEYS)
    if unknown:
        raise ValueError(
            f"{path}: unknown keys {', '.join(map(repr, unknown))}; an answer has objects, classifications "
            "and relations"
        )
    for key in sorted(ANSWER_KEYS & set(answer)):
        if not isinstance(answer[key], list):
            raise ValueError(f"{path}: {key} must be a list, got a {type(answer[key]).__name__}")
    return {key: answer.get(key, []) for key in ("objects", "classifications", "relations")}


def tasks_annotate(args: argparse.Namespace, session: Session) -> int:
    """Replace a task's answer with the file's (checked against the project's label set first)."""
    answer = read_answer(args.answer)
    hub = session.hub
    label_set = None
    if not args.no_validate:
        from ango_hub_api.models.project_ref import ProjectRef

        project = hub.tasks.get(args.task_id).project
        project_id = project.id if isinstance(project, ProjectRef) else project
        if isinstance(project_id, str):
            found = hub.projects.get_label_set(project_id)
            if found.tools or found.classifications or found.relations:
                label_set = found
    with hub.raw_responses() as responses:
        result = hub.tasks.annotate(args.task_id, answer, label_set=label_set, next_stage=args.next_stage)
    if session.json:
        session.print_json(_as_sent(responses, result))
    else:
        moved = " and submitted it to the next stage" if args.next_stage else ""
        counts = ", ".join(
            plural(len(answer[key]), key[:-1]) for key in ("objects", "classifications", "relations")
        )
        session.print(f"Annotated task {args.task_id} ({counts}){moved}")
    return EXIT_OK


def webhooks_add(args: argparse.Namespace, session: Session) -> int:
    """Add (or replace: one webhook per URL) a project's webhook; the secret comes from an
    environment variable, never from the command line (the shell history, the process list)."""
    from ango_hub_api.types import UNSET

    secret: Any = UNSET
    if args.secret_env is not None:
        secret = os.environ.get(args.secret_env, "")
        if not secret:
            raise ValueError(f"--secret-env {args.secret_env}: the environment variable is not set or empty")
    hub = session.hub
    with hub.raw_responses() as responses:
        data = hub.projects.create_webhook(args.project_id, args.url, args.type, secret=secret)
    document = _as_sent(responses, data)
    if session.json:
        session.print_json(document)
        return EXIT_OK
    message = document.get("message")
    if isinstance(message, str):
        session.print(message)
    session.print(
        f"Webhook for {args.url} on {args.project_id}: {', '.join(args.type)}"
        + (" (signed with the secret)" if args.secret_env else " (no secret: calls cannot be authenticated)")
    )
    session.print("A project has one webhook per URL: adding this URL again replaces its types and secret.")
    return EXIT_OK
