"""``client.metrics``: project metrics and performance statistics."""

from __future__ import annotations

from ango_hub._async.resources._base import AsyncResource
from ango_hub._validation import require_id
from ango_hub_api.api.metrics import get_metric, get_project_performance
from ango_hub_api.models.metric import Metric
from ango_hub_api.models.metric_data import MetricData
from ango_hub_api.models.performance_data import PerformanceData
from ango_hub_api.models.performance_query import PerformanceQuery
from ango_hub_api.types import UNSET, Unset


class AsyncMetrics(AsyncResource):
    """Project metrics."""

    async def get(self, project_id: str, metric: Metric) -> MetricData:
        """One metric of a project's overview (the shape of the data depends on the metric)."""
        request = get_metric._get_kwargs(require_id("project_id", project_id), Metric(metric))
        response = await self._client._send(request, get_metric._parse_response)
        return response.data

    async def performance(self, project_id: str, query: PerformanceQuery | Unset = UNSET) -> PerformanceData:
        """Per-user performance statistics of a project (a read, although a POST)."""
        request = get_project_performance._get_kwargs(require_id("project_id", project_id), body=query)
        response = await self._client._send(request, get_project_performance._parse_response, idempotent=True)
        return response.data
