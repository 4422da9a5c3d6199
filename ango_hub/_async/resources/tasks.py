"""``client.tasks``: list, read, assign and requeue tasks."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from ango_hub._async.resources._base import AsyncResource
from ango_hub._progress import ShowProgress
from ango_hub._validation import check_page, json_param, one_filter, require_id, require_ids
from ango_hub.pagination import AsyncPaginator, PageProgress, SlowListingHint
from ango_hub_api.operations import tasks as ops
from ango_hub_api.types import UNSET, Unset

if TYPE_CHECKING:
    import httpx

    # Annotations only: the builders behind them (``ango_hub.annotations``, ``ango_hub.label_set``)
    # are imported by ``labels.annotate`` when an answer is sent, not by every listing.
    from ango_hub._payloads import AnswerInput, LabelSetInput

    # The models are imported where a method builds one: a listing's first request goes out
    # before the models of its answers are imported (see ``AsyncPaginator``'s ``prepare``).
    from ango_hub_api.models.annotate_data import AnnotateData
    from ango_hub_api.models.requeue_filters import RequeueFilters
    from ango_hub_api.models.requeue_options import RequeueOptions
    from ango_hub_api.models.requeue_tasks_data import RequeueTasksData
    from ango_hub_api.models.review_status import ReviewStatus
    from ango_hub_api.models.task import Task
    from ango_hub_api.models.task_assign_data import TaskAssignData
    from ango_hub_api.models.task_count_data import TaskCountData
    from ango_hub_api.models.task_filter import TaskFilter
    from ango_hub_api.models.task_history import TaskHistory
    from ango_hub_api.models.task_list_data import TaskListData


class AsyncTasks(AsyncResource):
    """Labeling tasks: list (filtered, paginated), read, history, assign, requeue."""

    async def list_page(
        self,
        project_id: str,
        *,
        page: int = 1,
        limit: int = 10,
        include_answer: bool = False,
        filters: TaskFilter | Mapping[str, Any] | None = None,
        sort: str | Unset = UNSET,
        fields: Sequence[str] | None = None,
        filter: TaskFilter | Mapping[str, Any] | None = None,
    ) -> TaskListData:
        """One page of a project's tasks, with the total number of matching tasks.

        ``filters`` is a ``TaskQuery`` (``ango_hub.filters``), the generated ``TaskFilter``, or
        the same as a mapping, for example
        ``{"stage": {"$in": ["Label"]}, "createdAt": {"$gt": "2024-01-01T00:00:00.000Z"}}``.
        ``filter=`` is its deprecated alias (``filters=`` is the name ``assets`` takes too).
        ``fields`` limits the fields returned (``_id``, ``project`` and ``asset`` always are).
        """
        filters = one_filter(filters, filter)
        require_id("project_id", project_id)
        check_page(page, limit)
        response = await self._client._call(
            ops.list_tasks,
            project_id,
            page=page,
            limit=limit,
            include_answer=include_answer,
            filter_=json_param(filters) if filters is not None else UNSET,
            sort=sort,
            fields=",".join(fields) if fields else UNSET,
        )
        return response.data

    async def get(self, task_id: str, *, include_answer: bool = False) -> Task:
        """A task with its answer (annotation).

        ``include_answer`` is sent as ``includeAnswer``, as the official SDK does; the
        documented response carries the answer either way (objects under ``tools``; read it
        with ``TaskAnswer.from_model(task.answer)``), and so does the mock.
        """
        response = await self._client._call(
            ops.get_task, require_id("task_id", task_id), include_answer=include_answer
        )
        return response.data.task

    async def get_history(self, task_history_id: str) -> TaskHistory:
        """One record of a task's history."""
        response = await self._client._call(
            ops.get_task_history, require_id("task_history_id", task_history_id)
        )
        return response.data.task_history

    async def assign(
        self, project_id: str, task_ids: Sequence[str], *, stage: str, email: str
    ) -> TaskAssignData:
        """Assign tasks of ``stage`` to the user with this e-mail."""
        from ango_hub_api.models.task_assign import TaskAssign

        body = TaskAssign(
            project=require_id("project_id", project_id),
            tasks=require_ids("task_ids", task_ids),
            stage=require_id("stage", stage),
            user=require_id("email", email),
        )
        response = await self._client._call(ops.assign_tasks, body=body)
        return response.data

    async def assign_one(
        self, task_id: str, *, user_id: str | None = None, email: str | None = None
    ) -> TaskAssignData:
        """Assign one task, whatever stage it is in, to a user given by ID or by e-mail.

        This is the SDK documentation page's ``assign_task(task_id, user_id, email)``: the
        body is ``{task, user}`` with a user ID, or ``{task, username}`` with an e-mail.
        Give exactly one of ``user_id`` and ``email``. (``assign`` is the other documented
        form: tasks of a stage, by e-mail.)
        """
        from ango_hub_api.models.task_assign import TaskAssign

        require_id("task_id", task_id)
        if (user_id is None) == (email is None):
            raise ValueError("give exactly one of user_id and email")
        body = (
            TaskAssign(task=task_id, user=require_id("user_id", user_id))
            if user_id is not None
            else TaskAssign(task=task_id, username=require_id("email", cast(str, email)))
        )
        response = await self._client._call(ops.assign_tasks, body=body)
        return response.data

    async def requeue(
        self,
        project_id: str,
        to_stage_id: str,
        *,
        filters: RequeueFilters | Unset = UNSET,
        options: RequeueOptions | Unset = UNSET,
    ) -> RequeueTasksData:
        """Move tasks to the stage ``to_stage_id``; without filters, every task of the project."""
        from ango_hub_api.models.requeue_tasks import RequeueTasks

        body = RequeueTasks(
            to_stage_id=require_id("to_stage_id", to_stage_id), filters=filters, options=options
        )
        response = await self._client._call(
            ops.requeue_tasks, require_id("project_id", project_id), body=body
        )
        return response.data

    async def annotate(
        self,
        task_id: str,
        answer: AnswerInput,
        *,
        label_set: LabelSetInput | None = None,
        next_stage: bool = False,
        duration: float = 0,
    ) -> AnnotateData:
        """Replace the answer of a task (``next_stage=True`` also submits it).

        The same as ``labels.annotate``: ``answer`` is a ``TaskAnswer``
        (``ango_hub.annotations``), the generated ``Answer`` or its JSON, checked against
        ``label_set`` first when given.
        """
        return await self._client.labels.annotate(
            task_id, answer, label_set=label_set, next_stage=next_stage, duration=duration
        )

    async def list_history(self, task_id: str) -> builtins.list[TaskHistory]:
        """Every record of a task's history, oldest first."""
        response = await self._client._call(ops.list_task_history, require_id("task_id", task_id))
        return response.data.task_history

    async def review(self, task_id: str, status: ReviewStatus) -> Task:
        """Accept or reject a task waiting in a Review stage."""
        from ango_hub_api.models.review_status import ReviewStatus
        from ango_hub_api.models.task_review_submit import TaskReviewSubmit

        body = TaskReviewSubmit(review_status=ReviewStatus(status))
        response = await self._client._call(ops.review_task, require_id("task_id", task_id), body=body)
        return response.data.task

    async def set_benchmark(
        self, project_id: str, task_ids: Sequence[str], *, is_benchmark: bool = True
    ) -> TaskCountData:
        """Mark tasks as benchmarks (or unmark them with ``is_benchmark=False``)."""
        from ango_hub_api.models.benchmark_tasks_update import BenchmarkTasksUpdate

        body = BenchmarkTasksUpdate(tasks=require_ids("task_ids", task_ids), is_benchmark=is_benchmark)
        response = await self._client._call(
            ops.set_benchmark_tasks, require_id("project_id", project_id), body=body
        )
        return response.data

    async def set_priority(
        self, project_id: str, priority: int, *, filters: RequeueFilters | Unset = UNSET
    ) -> TaskCountData:
        """Set the priority of the tasks matching ``filters`` (every task without filters)."""
        from ango_hub_api.models.task_priority_update import TaskPriorityUpdate

        if isinstance(priority, bool) or not isinstance(priority, int):
            raise TypeError(f"priority must be an integer, got {priority!r}")
        body = TaskPriorityUpdate(priority=priority, filters=filters)
        response = await self._client._call(
            ops.update_tasks_priority, require_id("project_id", project_id), body=body
        )
        return response.data

    def list(
        self,
        project_id: str,
        *,
        limit: int = 100,
        include_answer: bool = False,
        filters: TaskFilter | Mapping[str, Any] | None = None,
        sort: str | Unset = UNSET,
        fields: Sequence[str] | None = None,
        start_page: int = 1,
        max_concurrency: int = 1,
        progress: PageProgress | ShowProgress | None = None,
        filter: TaskFilter | Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Task]:
        """Every task of a project (optionally filtered), fetched lazily ``limit`` at a time.

        ``filters`` as for ``list_page`` (``filter=`` is its deprecated alias).

        Iterate it (``async for``) for the tasks, or use ``.pages()`` for the pages and
        ``await .total`` for the number of matching tasks. ``max_concurrency=N`` sends the
        requests for the first N pages at once, before the total is known (a listing shorter
        than N pages costs up to N - 1 requests past its end, whose answers and errors are
        dropped), then keeps N pages in flight, still in order. Arguments are checked now; the
        first request is sent when the iteration starts. ``progress(tasks so far, total)`` is
        called after each page; ``progress=True`` draws a bar on stderr instead (items against
        the total, pages in the postfix; see :mod:`ango_hub._progress`). When the first page shows that the
        rest would take more than 5 minutes at the client's ``requests_per_minute`` (or the
        published 100 a minute), one warning on the ``ango_hub`` logger names
        ``hub.exports.iter_records(project_id, ...)``, which streams every task from one
        export.
        """
        filters = one_filter(filters, filter)
        require_id("project_id", project_id)
        check_page(start_page, limit)

        filter_ = json_param(filters) if filters is not None else UNSET
        selected = ",".join(fields) if fields else UNSET

        # Fetched and parsed apart: the paginator parses a page while the next one is fetched.
        async def fetch(page: int, size: int) -> httpx.Response:
            request = ops.list_tasks.request(
                project_id,
                page=page,
                limit=size,
                include_answer=include_answer,
                filter_=filter_,
                sort=sort,
                fields=selected,
            )
            return await self._client._fetch(request)

        def parse(answer: httpx.Response) -> tuple[builtins.list[Task], int | None]:
            data = self._client._parse_answer(ops.list_tasks, answer).data
            return data.tasks, data.total if isinstance(data.total, int) else None

        hint = SlowListingHint(
            what=f"tasks of project {project_id}",
            alternative="hub.exports.iter_records(project_id, ...)",
            requests_per_minute=self._client.requests_per_minute,
        )
        return AsyncPaginator(
            fetch,
            parse=parse,
            limit=limit,
            start_page=start_page,
            max_concurrency=max_concurrency,
            progress=progress,
            unit="task",
            # The models of its answers are imported while the first requests are in flight.
            prepare=functools.partial(self._client._load_parser, ops.list_tasks),
            slow_hint=hint,
        )
