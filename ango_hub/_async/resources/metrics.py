"""``client.metrics``: project metrics and performance statistics."""

from __future__ import annotations

from ango_hub._async.resources._base import AsyncResource
from ango_hub._validation import require_id
from ango_hub_api.models.metric import Metric
from ango_hub_api.models.metric_data import MetricData
from ango_hub_api.models.performance_data import PerformanceData
from ango_hub_api.models.performance_query import PerformanceQuery
from ango_hub_api.operations import metrics as ops
from ango_hub_api.types import UNSET, Unset


class AsyncMetrics(AsyncResource):
    """Project metrics."""

    async def get(self, project_id: str, metric: Metric) -> MetricData:
        """One metric of a project's overview (the shape of the data depends on the metric)."""
        response = await self._client._call(
            ops.get_metric, require_id("project_id", project_id), Metric(metric)
        )
        return response.data

    async def performance(self, project_id: str, query: PerformanceQuery | Unset = UNSET) -> PerformanceData:
        """Per-user performance statistics of a project (a read, although a POST)."""
        response = await self._client._call(
            ops.get_project_performance, require_id("project_id", project_id), body=query
        )
        return response.data
