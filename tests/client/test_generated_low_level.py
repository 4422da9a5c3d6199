"""The generated low-level modules work on their own (``ango_hub_api.api.<tag>.<operation>``
with the generated ``AuthenticatedClient``), as openapi-python-client documents them: the
templates import the answers' models (and attrs) where they are used, not with the module, and
these calls must still find them. Against the mock, over real HTTP, and in a fresh interpreter
where nothing else imported them first.
"""

from __future__ import annotations

import asyncio
import io
import subprocess
import sys

from ango_hub.testing import MockHub
from ango_hub_api.api.projects import get_project, list_projects
from ango_hub_api.client import AuthenticatedClient
from ango_hub_api.models.error_response import ErrorResponse
from ango_hub_api.models.project_list_response import ProjectListResponse
from ango_hub_api.models.project_response import ProjectResponse
from ango_hub_api.types import File, Response


def generated_client(mock: MockHub, *, key: str | None = None) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=mock.base_url, token=key or mock.api_key, prefix="", auth_header_name="apikey"
    )


def test_sync_calls_parse_their_answers(ango_mock: MockHub) -> None:
    client = generated_client(ango_mock)
    detailed = list_projects.sync_detailed(client=client, page=1, limit=2)
    assert isinstance(detailed, Response)
    assert detailed.status_code == 200
    assert isinstance(detailed.parsed, ProjectListResponse)
    projects = detailed.parsed.data.projects
    assert 0 < len(projects) <= 2
    one = get_project.sync(projects[0].id, client=client)
    assert isinstance(one, ProjectResponse)
    assert one.data.project.id == projects[0].id


def test_async_calls_parse_their_answers(ango_mock: MockHub) -> None:
    async def main() -> Response[ErrorResponse | ProjectListResponse]:
        async with generated_client(ango_mock) as client:
            return await list_projects.asyncio_detailed(client=client, page=1, limit=1)

    detailed = asyncio.run(main())
    assert detailed.status_code == 200
    assert isinstance(detailed.parsed, ProjectListResponse)


def test_an_error_answer_is_the_error_model(ango_mock: MockHub) -> None:
    answer = list_projects.sync(client=generated_client(ango_mock, key="not-the-key"))
    assert isinstance(answer, ErrorResponse)


def test_file_and_response_are_importable_from_types() -> None:
    upload = File(payload=io.BytesIO(b"x"), file_name="a.jpg", mime_type="image/jpeg")
    assert upload.to_tuple()[0] == "a.jpg"
    # A fresh interpreter: types imports attrs only when File or Response is asked for.
    code = (
        "import sys\n"
        "import ango_hub_api.types as types\n"
        "assert 'attrs' not in sys.modules\n"
        "from ango_hub_api.types import File, Response\n"
        "assert 'attrs' in sys.modules and File.__name__ == 'File' and Response.__name__ == 'Response'\n"
        "assert types.File is File\n"
        "try:\n    types.Nothing\nexcept AttributeError as exc:\n    print(exc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "module 'ango_hub_api.types' has no attribute 'Nothing'"


def test_a_fresh_interpreter_calls_an_operation_with_nothing_imported_before(ango_mock: MockHub) -> None:
    code = (
        "from ango_hub_api.client import AuthenticatedClient\n"
        "from ango_hub_api.api.projects import list_projects\n"
        f"client = AuthenticatedClient(base_url={ango_mock.base_url!r}, token={ango_mock.api_key!r},"
        " prefix='', auth_header_name='apikey')\n"
        "answer = list_projects.sync_detailed(client=client, limit=1)\n"
        "print(answer.status_code, type(answer.parsed).__name__, type(answer).__name__)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["200", "ProjectListResponse", "Response"]
