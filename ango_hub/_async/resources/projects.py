"""``client.projects``: projects, label sets, members, templates and instructions."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO, cast

from ango_hub._async.resources._base import AsyncResource, message_of
from ango_hub._validation import check_page, require_id, require_ids, require_instance, require_text
from ango_hub_api.operations import projects as ops
from ango_hub_api.types import UNSET, Unset

if TYPE_CHECKING:
    import httpx

    # Annotations only. What a method needs beyond ``get`` is imported by that method: the label
    # set builders (``ango_hub._payloads``, which brings in ``ango_hub.annotations``), the
    # paginator, the plugin operations and the request models.
    from ango_hub._payloads import LabelSetInput
    from ango_hub._progress import ShowProgress
    from ango_hub.label_set import LabelSet
    from ango_hub.pagination import AsyncPaginator, PageProgress
    from ango_hub_api.models.asset_builder_template import AssetBuilderTemplate
    from ango_hub_api.models.asset_builder_template_create import AssetBuilderTemplateCreate
    from ango_hub_api.models.label_validation_update import LabelValidationUpdate
    from ango_hub_api.models.project import Project
    from ango_hub_api.models.project_clone import ProjectClone
    from ango_hub_api.models.project_list_data import ProjectListData
    from ango_hub_api.models.project_role import ProjectRole
    from ango_hub_api.models.project_summary import ProjectSummary
    from ango_hub_api.models.project_type import ProjectType
    from ango_hub_api.models.project_update import ProjectUpdate
    from ango_hub_api.models.stage import Stage
    from ango_hub_api.models.webhook_data import WebhookData
    from ango_hub_api.models.webhook_type import WebhookType
    from ango_hub_api.types import File


def _open_file(file: str | Path | bytes | IO[bytes], default_name: str) -> File:
    from ango_hub_api.types import File

    if isinstance(file, bytes):
        import io

        return File(payload=io.BytesIO(file), file_name=default_name)
    if isinstance(file, str | Path):
        path = Path(file)
        if not path.is_file():
            raise FileNotFoundError(f"No such file: {path}")
        return File(payload=path.open("rb"), file_name=path.name)
    name = getattr(file, "name", None)
    return File(
        payload=cast(BinaryIO, file), file_name=Path(name).name if isinstance(name, str) else default_name
    )


class AsyncProjects(AsyncResource):
    """Projects: list, create, read, update (settings, label set, workflow), delete."""

    async def list_page(
        self, *, page: int = 1, limit: int = 10, sort: str | Unset = UNSET
    ) -> ProjectListData:
        """One page of the projects visible to the API key's owner, with the total."""
        check_page(page, limit)
        response = await self._client._call(ops.list_projects, page=page, limit=limit, sort=sort)
        return response.data

    async def get(self, project_id: str) -> Project:
        """A project with its label set, stages, members, batches and settings."""
        response = await self._client._call(ops.get_project, require_id("project_id", project_id))
        return response.data.project

    async def create(
        self,
        name: str,
        *,
        description: str | Unset = UNSET,
        type: ProjectType | Unset = UNSET,
        category_schema: LabelSetInput | Unset = UNSET,
    ) -> Project:
        """Create a project, optionally with its label set.

        ``category_schema`` is a ``LabelSet`` (``ango_hub.label_set``: validated first, for
        the project ``type`` when given, and sent as its exact JSON), the generated
        ``CategorySchema``, or its JSON.
        """
        from ango_hub._payloads import label_set_json
        from ango_hub_api.models.project_create import ProjectCreate

        require_text("name", name)
        label_set = (
            None
            if isinstance(category_schema, Unset)
            else label_set_json(category_schema, project_type=None if isinstance(type, Unset) else str(type))
        )
        body = ProjectCreate(name=name, description=description, type_=type)
        request = ops.create_project.request(body=body)
        if label_set is not None:
            request = request.with_json(categorySchema=label_set)  # the builder's exact JSON
        response = await self._client._send(request)
        return response.data.project

    async def update(self, project_id: str, changes: ProjectUpdate) -> Project:
        """Change some fields of a project; the others keep their value."""
        from ango_hub_api.models.project_update import ProjectUpdate

        require_id("project_id", project_id)
        require_instance("changes", changes, ProjectUpdate)
        if not changes.to_dict():
            raise ValueError("changes is empty: set at least one field of ProjectUpdate")
        response = await self._client._call(ops.update_project, project_id, body=changes)
        return response.data.project

    async def get_label_set(self, project_id: str) -> LabelSet:
        """The project's label set as a ``LabelSet`` (empty when the project has none).

        Pass it as ``label_set=`` to ``tasks.annotate`` or ``labels.import_`` to check
        answers before they are sent, or change it and ``set_label_set`` it back.
        """
        from ango_hub.label_set import LabelSet

        project = await self.get(project_id)
        return LabelSet.from_category_schema(project.category_schema)

    async def set_label_set(
        self, project_id: str, category_schema: LabelSetInput, *, project_type: str | None = None
    ) -> Project:
        """Replace the project's label set (ontology).

        ``category_schema`` is a ``LabelSet`` (``ango_hub.label_set``), the generated
        ``CategorySchema`` or its JSON. A ``LabelSet`` is validated first (for
        ``project_type``, e.g. ``"image"``, when given): a ``LabelSetError`` lists every
        problem before anything is sent. ``LabelSet.from_category_schema(project.category_schema)``
        reads one back.
        """
        from ango_hub._payloads import label_set_json
        from ango_hub_api.models.project_update import ProjectUpdate

        require_id("project_id", project_id)
        label_set = label_set_json(category_schema, project_type=project_type)
        request = ops.update_project.request(project_id, body=ProjectUpdate()).with_json(
            categorySchema=label_set
        )
        response = await self._client._send(request)
        return response.data.project

    async def set_stages(self, project_id: str, stages: Sequence[Stage]) -> Project:
        """Replace the project's workflow stages."""
        from ango_hub_api.models.project_update import ProjectUpdate

        return await self.update(project_id, ProjectUpdate(stages=list(stages)))

    async def delete(self, project_id: str) -> str:
        """Soft-delete a project (files in storage are kept). Returns the server's message."""
        response = await self._client._call(ops.delete_project, require_id("project_id", project_id))
        return message_of(response.data)

    async def add_members(self, project_id: str, emails: Sequence[str], role: ProjectRole) -> Project:
        """Add users (by e-mail) to the project with a role."""
        from ango_hub_api.models.project_members_add import ProjectMembersAdd

        body = ProjectMembersAdd(assignees=require_ids("emails", emails), role=role)
        response = await self._client._call(
            ops.add_project_members, require_id("project_id", project_id), body=body
        )
        return response.data.project

    async def create_asset_builder_template(
        self, project_id: str, template: AssetBuilderTemplateCreate
    ) -> AssetBuilderTemplate:
        """Create an asset builder template in the project."""
        response = await self._client._call(
            ops.create_asset_builder_template, require_id("project_id", project_id), body=template
        )
        return response.data.template

    async def upload_instructions(
        self,
        project_id: str,
        file: str | Path | bytes | IO[bytes],
        *,
        storage_id: str | Unset = UNSET,
        bucket: str | Unset = UNSET,
    ) -> Project:
        """Upload the labeling instructions, a PDF given as a path, bytes or a binary file."""
        from ango_hub_api.models.instructions_upload import InstructionsUpload

        require_id("project_id", project_id)
        upload = _open_file(file, "instructions.pdf")
        try:
            response = await self._client._call(
                ops.upload_instructions,
                project_id,
                body=InstructionsUpload(file=upload),
                storage_id=storage_id,
                bucket=bucket,
            )
            return response.data.project
        finally:
            if isinstance(file, str | Path):
                upload.payload.close()

    async def clone(self, project_id: str, parts: ProjectClone | None = None) -> Project:
        """Copy a project's settings (not its assets or tasks) into a new project "<name> copy"."""
        from ango_hub_api.models.project_clone import ProjectClone

        response = await self._client._call(
            ops.clone_project, require_id("project_id", project_id), body=parts or ProjectClone()
        )
        return response.data.project

    async def purge(self, project_id: str, *, confirm_name: str) -> str:
        """Delete a project and its files in the default bucket, for good. ``confirm_name`` is its name."""
        from ango_hub_api.models.project_purge import ProjectPurge

        body = ProjectPurge(confirm_name=require_id("confirm_name", confirm_name))
        response = await self._client._call(
            ops.purge_project, require_id("project_id", project_id), body=body
        )
        return message_of(response.data)

    async def update_label_validation(self, project_id: str, settings: LabelValidationUpdate) -> Project:
        """Configure the checks run on answers before submission."""
        from ango_hub_api.models.label_validation_update import LabelValidationUpdate

        require_id("project_id", project_id)
        require_instance("settings", settings, LabelValidationUpdate)
        if not settings.to_dict():
            raise ValueError("settings is empty: set at least one field of LabelValidationUpdate")
        response = await self._client._call(
            ops.update_label_validation, require_id("project_id", project_id), body=settings
        )
        return response.data.project

    async def create_webhook(
        self,
        project_id: str,
        url: str,
        types: Sequence[WebhookType | str],
        *,
        secret: str | Unset = UNSET,
    ) -> WebhookData:
        """Add a webhook to a project: Ango Hub POSTs to ``url`` on each event of ``types``.

        ``types`` are ``WebhookType`` values (or their names): ``ACCEPTED`` (a reviewer
        accepts a task), ``COMPLETED`` (an annotator submits one), ``UPDATED`` (a labeled
        task is saved again). ``secret`` is sent back with each call so the receiver can
        check where it comes from; it is never returned. Returns the project's integration
        data (its webhooks). Documented on the SDK documentation page; the official SDK
        1.4.10 no longer has this call.

        A project has one webhook per URL: adding a ``url`` the project already has
        **replaces** that webhook, its ``types`` and its ``secret`` (an omitted ``secret``
        clears it), rather than adding a second one. To receive more types at the same URL,
        pass all of them; to keep two configurations apart, use two URLs (``/hook?kind=a``).
        """
        from ango_hub_api.models.webhook_create import WebhookCreate
        from ango_hub_api.models.webhook_type import WebhookType
        from ango_hub_api.operations import plugins as plugin_ops

        require_id("project_id", project_id)
        if not isinstance(url, str):
            raise TypeError(f"url must be a string, got {type(url).__name__}")
        if not url.startswith(("https://", "http://")):
            raise ValueError(f"url must be an http(s) URL, got {url[:200]!r}")
        if isinstance(types, str):
            raise TypeError(f"types must be a list of WebhookType, not a single string: use [{types!r}]")
        events: builtins.list[str | WebhookType] = [WebhookType(value) for value in types]
        if not events:
            raise ValueError("types must not be empty")
        body = WebhookCreate(
            url=url, types=events, project=require_id("project_id", project_id), secret=secret
        )
        response = await self._client._call(plugin_ops.create_webhook, body=body)
        return response.data

    def list(
        self,
        *,
        limit: int = 100,
        sort: str | Unset = UNSET,
        start_page: int = 1,
        max_concurrency: int = 1,
        progress: PageProgress | ShowProgress | None = None,
    ) -> AsyncPaginator[ProjectSummary]:
        """Every project visible to the API key's owner, fetched lazily ``limit`` at a time."""
        from ango_hub.pagination import AsyncPaginator

        check_page(start_page, limit)

        # Fetched and parsed apart: the paginator parses a page while the next one is fetched.
        async def fetch(page: int, size: int) -> httpx.Response:
            return await self._client._fetch(ops.list_projects.request(page=page, limit=size, sort=sort))

        def parse(answer: httpx.Response) -> tuple[builtins.list[ProjectSummary], int | None]:
            data = self._client._parse_answer(ops.list_projects, answer).data
            return data.projects, data.total if isinstance(data.total, int) else None

        return AsyncPaginator(
            fetch,
            parse=parse,
            limit=limit,
            start_page=start_page,
            max_concurrency=max_concurrency,
            progress=progress,
            unit="project",
            # The models of its answers are imported while the first requests are in flight.
            prepare=functools.partial(self._client._load_parser, ops.list_projects),
        )
