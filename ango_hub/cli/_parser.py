"""The argument parser of ``ango-hub``: one block per command, each naming its handler.

The global options (``--region``, ``--base-url``, ``--timeout``, ``--progress``, ``--json``)
are accepted before the command and after it: the main parser has them with their
defaults, every subparser has them too with ``default=SUPPRESS``, so that a subparser only
sets what was given after the command and never overwrites what was given before it. The
checks that span both places (``--region`` with ``--base-url``, ``--json`` where it does not
apply) are made after parsing, in :func:`parse`.

To add a command: a handler ``(args, session) -> exit code`` (see ``_commands.py``) and a
block below: ``sub = _command(commands, "name", help=...)``, its arguments, then
``sub.set_defaults(handler=the_handler)`` (``takes_json=True`` if it prints JSON on ``--json``).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ango_hub._version import __version__
from ango_hub_api.models.export_format import ExportFormat
from ango_hub_api.models.project_type import ProjectType
from ango_hub_api.models.webhook_type import WebhookType

from ._commands import export as run_export
from ._commands import import_labels as run_import_labels
from ._commands import label_set as run_label_set
from ._commands import projects as run_projects
from ._commands import tasks_list as run_tasks_list
from ._convert import add_convert_arguments, convert
from ._daily import projects_create as run_projects_create
from ._daily import tasks_annotate as run_tasks_annotate
from ._daily import webhooks_add as run_webhooks_add
from ._mock import mock as run_mock
from ._upload import upload as run_upload
from ._verify import verify as run_verify

__all__ = ["build_parser", "parse"]

DESCRIPTION = "Ango Hub from the command line. The API key is read from ANGO_API_KEY."

EPILOG = """\
The global options (--region, --base-url, --timeout, --progress, --json) go before or
after the command: `ango-hub --region us projects` and `ango-hub projects --region us`.

Exit codes: 0 done; 1 differences found, or items that were not imported or uploaded;
2 bad usage or input (nothing was sent); 3 an API or network error; 130 interrupted
(Ctrl-C: one line says what was done, and running the same command again continues).
"""

ROW_FORMAT = """\
Rows: a .json file holds a JSON array of objects, a .ndjson file one object per line. Each
row names an asset by "externalId" (or "dataUrl", "assetId", "data") and gives its answer:
"objects" (tools: "schemaId" and the geometry under the tool's type, e.g. "bounding-box":
{"x", "y", "width", "height"}), "classifications" ("schemaId" and "answer": an option's
schemaId, a list of them, text or a boolean) and "relations"; optionally "status". E.g.

  {"externalId": "cat-1.jpg", "objects": [{"schemaId": "a1b2c", "bounding-box":
   {"x": 10, "y": 20, "width": 100, "height": 80}}], "classifications": [{"schemaId": "d3e4f",
   "answer": "f5g6h"}]}

Each row is checked against the project's label set first (--no-validate: not): a row that
does not fit it, or names no asset, is not sent and is reported as failed with its
problems, while the valid rows are imported (--all-or-nothing: nothing is sent, exit 2).
Each row's outcome is reported (imported, unconfirmed, failed, unknown, not sent); --failed
writes the rows to send again (the invalid ones included), in the same format.
"""


def _global_options(parser: argparse.ArgumentParser, *, top: bool, json: bool) -> None:
    """Add the global options: with their defaults on the main parser (``top``), else suppressed."""

    def default(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    group = parser.add_argument_group(
        "global options" if top else "global options (also accepted before the command)"
    )
    where = group.add_mutually_exclusive_group()
    where.add_argument(
        "--region",
        choices=["eu", "us", "in", "test"],
        default=default(None),
        help="default: ANGO_HUB_REGION, else eu",
    )
    where.add_argument(
        "--base-url", default=default(None), help="the API root including /v2 (default: ANGO_HUB_BASE_URL)"
    )
    group.add_argument(
        "--timeout", type=float, default=default(None), help="seconds per request (default 60)"
    )
    group.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=default(None),
        help="show progress on stderr (default: when stderr is a terminal)",
    )
    if json:
        group.add_argument(
            "--json",
            action="store_true",
            default=default(False),
            help="print JSON instead of text (commands that print a table or a report)",
        )


def _command(commands: Any, name: str, *, json: bool = False, **options: Any) -> argparse.ArgumentParser:
    """A subparser that takes the global options (``--json`` only if ``json``)."""
    parser: argparse.ArgumentParser = commands.add_parser(name, **options)
    _global_options(parser, top=False, json=json)
    parser.set_defaults(takes_json=json)
    return parser


# -- projects create, tasks annotate, webhooks (the daily jobs without Python: _daily.py) ----


def _projects_create_block(projects: argparse.ArgumentParser) -> None:
    """``ango-hub projects create NAME --label-set FILE``; ``ango-hub projects`` alone still lists."""
    actions = projects.add_subparsers(dest="action", required=False, metavar="ACTION")
    listing = _command(actions, "list", json=True, help="list the projects (the default)")
    listing.set_defaults(handler=run_projects)
    create = _command(
        actions,
        "create",
        json=True,
        help="create a project with a label set (--json: the created project, with its _id)",
        description="Create a project with the label set of FILE (.json, .yaml, .yml, as "
        "`ango-hub label-set pull` writes it), validated before anything is sent.",
    )
    create.add_argument("name")
    create.add_argument("--label-set", type=Path, required=True, metavar="FILE", help="the label set file")
    create.add_argument("--description", metavar="TEXT")
    create.add_argument("--type", choices=[t.value for t in ProjectType], help="the kind of project")
    create.set_defaults(handler=run_projects_create)


def _tasks_annotate_block(tasks_actions: Any) -> None:
    """``ango-hub tasks annotate TASK_ID --answer FILE [--next-stage]``."""
    annotate = _command(
        tasks_actions,
        "annotate",
        json=True,
        help="replace a task's answer with the one in FILE",
        description="Replace a task's answer with FILE's: a JSON object {\"objects\": [...], "
        '"classifications": [...], "relations": [...]} (the answer as the API and the export '
        "write it). It is checked against the project's label set first (--no-validate: not). "
        "--next-stage also submits the task to its next stage.",
    )
    annotate.add_argument("task_id")
    annotate.add_argument("--answer", type=Path, required=True, metavar="FILE", help="the answer as JSON")
    annotate.add_argument("--next-stage", action="store_true", help="submit the task to its next stage")
    annotate.add_argument(
        "--no-validate", action="store_true", help="do not check the answer against the label set first"
    )
    annotate.set_defaults(handler=run_tasks_annotate)


def _webhooks_block(commands: Any) -> None:
    """``ango-hub webhooks add PROJECT_ID URL --type T [--secret-env VAR]``."""
    webhooks = _command(commands, "webhooks", help="add a webhook to a project")
    actions = webhooks.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = _command(
        actions,
        "add",
        json=True,
        help="Ango Hub POSTs each event of the types to URL",
        description="Add a webhook: Ango Hub POSTs the task's label to URL on each event of the "
        "--type(s). A project has one webhook per URL: adding a URL it has already replaces that "
        "webhook's types and secret. The secret is read from the environment variable named by "
        "--secret-env, never from the command line.",
    )
    add.add_argument("project_id")
    add.add_argument("url")
    add.add_argument(
        "--type",
        action="append",
        required=True,
        choices=[t.value for t in WebhookType],
        help="an event type (repeatable): COMPLETED (submitted), UPDATED (saved), ACCEPTED (reviewed)",
    )
    add.add_argument(
        "--secret-env", metavar="VAR", help="the environment variable holding the secret that signs each call"
    )
    add.set_defaults(handler=run_webhooks_add)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ango-hub",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, top=True, json=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    projects = _command(
        commands, "projects", json=True, help="list the projects (ID and name), or create one"
    )
    projects.set_defaults(handler=run_projects)
    _projects_create_block(projects)

    label_set = _command(commands, "label-set", help="pull, diff or push a project's label set as a file")
    actions = label_set.add_subparsers(dest="action", required=True, metavar="ACTION")
    pull = _command(actions, "pull", help="write the project's label set to FILE (.json, .yaml, .yml)")
    diff = _command(
        actions, "diff", help="show what FILE changes in the project's label set; exit 1 if anything"
    )
    push = _command(actions, "push", help="validate FILE and make it the project's label set")
    for action in (pull, diff, push):
        action.add_argument("project_id")
        action.add_argument("file", type=Path)
        action.set_defaults(handler=run_label_set)
    push.add_argument(
        "--project-type", help="check the tools against this kind of project (image, video, pdf, ...)"
    )
    push.add_argument("--dry-run", action="store_true", help="validate and show the changes, send nothing")
    push.add_argument(
        "--allow-removals",
        action="store_true",
        help="push even if the file removes tools, classifications or relations",
    )

    tasks = _command(commands, "tasks", help="list a project's tasks, or annotate one")
    tasks_actions = tasks.add_subparsers(dest="action", required=True, metavar="ACTION")
    _tasks_annotate_block(tasks_actions)
    tasks_list = _command(
        tasks_actions,
        "list",
        json=True,
        help="the tasks (ID, external ID, stage, status), or as JSON",
        description="List a project's tasks: a table, one JSON array (--json), or one task per line "
        "as the API sent it (--ndjson, for jq). Streams: the tasks are written as pages arrive.",
    )
    tasks_list.add_argument("project_id")
    tasks_list.add_argument("--stage", action="append", help="only tasks in this stage (repeatable)")
    tasks_list.add_argument("--ndjson", action="store_true", help="one task per line, as the API sent it")
    tasks_list.add_argument("--page-size", type=int, default=100, help="tasks per request (default 100)")
    tasks_list.set_defaults(handler=run_tasks_list)

    export = _command(commands, "export", json=True, help="export the project's tasks to a zip archive")
    export.add_argument("project_id")
    export.add_argument("file", type=Path)
    export.add_argument("--format", choices=[f.value for f in ExportFormat], default=ExportFormat.JSON.value)
    export.add_argument("--stage", action="append", help="only tasks in this stage (repeatable)")
    export.add_argument("--batch", action="append", help="only assets of this batch (repeatable)")
    export.set_defaults(handler=run_export)

    converter = _command(
        commands,
        "convert",
        json=True,
        help="convert an export to COCO, YOLO, Pascal VOC, Parquet or JSON Lines",
    )
    add_convert_arguments(converter)
    converter.set_defaults(handler=convert)

    labels = _command(
        commands,
        "import-labels",
        json=True,
        help="import answers from a .json (array) or .ndjson file of rows",
        epilog=ROW_FORMAT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    labels.add_argument("project_id")
    labels.add_argument("file", type=Path)
    labels.add_argument("--chunk-size", type=int, default=500)
    labels.add_argument(
        "--no-validate",
        action="store_true",
        help="do not check the rows against the project's label set first",
    )
    labels.add_argument(
        "--failed",
        type=Path,
        help="write the rows that were not imported (invalid ones included) to this .ndjson file",
    )
    labels.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="send nothing if any row is invalid (default: import the valid rows, report the others)",
    )
    labels.set_defaults(handler=run_import_labels)

    upload = _command(
        commands,
        "upload",
        json=True,
        help="upload local files (directories recursed) as assets; a report per file",
        description="Upload local files as assets of the project. Directories are walked recursively "
        "in sorted order; hidden files and directories are skipped. Exit 1 if any file was not "
        "uploaded (see --failed).",
    )
    upload.add_argument("project_id")
    upload.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    upload.add_argument("--batch", action="append", help="add the assets to this batch (repeatable)")
    upload.add_argument(
        "--failed", type=Path, help="write the files that were not uploaded to this file, one path per line"
    )
    upload.set_defaults(handler=run_upload)

    verify = _command(
        commands,
        "verify",
        json=True,
        help="call the read-only operations and report where answers differ from the spec",
        description="Call every read-only (GET) operation of the spec the account allows, within "
        "--max-requests, and report the fields, enum values, types, required fields and status codes "
        "that differ from the spec (--json: the report as JSON). Exit 0: no drift; 1: drift.",
    )
    from ango_hub.drift._cli import add_verify_arguments

    add_verify_arguments(verify)
    verify.set_defaults(handler=run_verify)

    _webhooks_block(commands)

    # The mock's own parser reads its flags (the extra is imported only when it runs).
    mock = commands.add_parser(
        "mock",
        add_help=False,
        help="run the mock Ango Hub (needs ango-hub[mock]; flags: ango-hub mock --help)",
    )
    mock.set_defaults(handler=run_mock, takes_json=False, passes_arguments=True)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse and check the command line (a usage error exits with status 2)."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if getattr(args, "passes_arguments", False):
        args.mock_arguments = extra
        return args
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.region is not None and args.base_url is not None:
        parser.error("argument --base-url: not allowed with argument --region")
    if args.json and not args.takes_json:
        parser.error(f"argument --json: not available for {args.command}")
    if getattr(args, "ndjson", False) and args.json:
        parser.error("argument --ndjson: not allowed with argument --json")
    if isinstance(getattr(args, "page_size", None), int) and args.page_size < 1:
        parser.error("argument --page-size: must be at least 1")
    return args
