"""The request pipeline is typed end to end: mypy checks every argument of an operation
called through it, and knows the parsed result, from the generated operation table."""

from __future__ import annotations

import textwrap
from pathlib import Path

from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[2]

SNIPPET = textwrap.dedent(
    """
    from ango_hub import AsyncClient, Client
    from ango_hub_api.operations import tasks

    def read(hub: Client) -> None:
        good = hub._call(tasks.get_task, "t1", include_answer=True)
        reveal_type(good)
        hub._call(tasks.get_task, "t1", include_answr=True)
        hub._call(tasks.get_task, 42)
        hub._send(tasks.list_tasks.request("p1", page="2"))

    async def read_async(hub: AsyncClient) -> None:
        reveal_type(await hub._call(tasks.get_task, "t1"))
        await hub._call(tasks.get_task, task_idd="t1")
    """
)


def run_mypy(tmp_path: Path, source: str) -> list[str]:
    module = tmp_path / "pipeline_snippet.py"
    module.write_text(source, encoding="utf-8")
    stdout, stderr, _ = mypy_api.run(
        [
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            str(module),
        ]
    )
    assert stderr == ""
    # mypy's cache may report the module under the path it first saw it at: match the name.
    return [line.split(": ", 1)[1] for line in stdout.splitlines() if f"{module.name}:" in line]


def test_mypy_rejects_misspelled_and_mistyped_arguments_and_knows_the_result(tmp_path: Path) -> None:
    messages = run_mypy(tmp_path, SNIPPET)
    text = "\n".join(messages)
    assert 'note: Revealed type is "ango_hub_api.models.task_response.TaskResponse"' in text
    assert 'error: Unexpected keyword argument "include_answr"' in text
    assert 'error: Argument 2 to "_call" of "Client" has incompatible type "int"; expected "str"' in text
    assert 'error: Argument "page" to "request" of "Operation" has incompatible type "str"' in text
    assert 'error: Unexpected keyword argument "task_idd"' in text
    errors = [message for message in messages if message.startswith("error:")]
    assert len(errors) == 4, text
