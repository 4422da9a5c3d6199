"""ango_hub: the typed Python client for the Ango Hub (iMerit) API.

>>> from ango_hub import Client
>>> hub = Client(region="us")             # doctest: +SKIP  (API key from ANGO_API_KEY)
>>> hub.projects.list_page(limit=5).total      # doctest: +SKIP

``AsyncClient`` has the same surface for asyncio (``await``, ``async for``).

The typed request and response models live in the generated package ``ango_hub_api``
(``from ango_hub_api.models import Project, CategorySchema, ...``).
"""

from typing import TYPE_CHECKING

from ._lazy import lazy_names
from ._version import __version__

if TYPE_CHECKING:
    from ._async._client import AsyncClient
    from ._constants import REGION_BASE_URLS
    from ._errors import (
        AngoHubError,
        APIConnectionError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        ExportArchiveError,
        InternalServerError,
        MaskNotFoundError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        UnprocessableEntityError,
    )
    from ._sync._client import Client
    from .drift._report import DriftReport
    from .drift._verify import verify, verify_async
    from .export_options import ExportOptions
    from .import_reports import AssetImportError, BulkImportError, LabelImportError

#: Where each public name is defined. Names are imported on first use, so that ``import
#: ango_hub`` (or the ``ango-hub --help`` of the command line) costs almost nothing, and
#: ``Client`` does not bring in asyncio, which only ``AsyncClient`` needs.
_MODULES = {
    "AsyncClient": "._async._client",
    "Client": "._sync._client",
    "REGION_BASE_URLS": "._constants",
    "AssetImportError": ".import_reports",
    "BulkImportError": ".import_reports",
    "LabelImportError": ".import_reports",
    "DriftReport": ".drift._report",
    "ExportOptions": ".export_options",
    "verify": ".drift._verify",
    "verify_async": ".drift._verify",
    **dict.fromkeys(
        (
            "AngoHubError",
            "APIConnectionError",
            "APIResponseValidationError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ConflictError",
            "ExportArchiveError",
            "InternalServerError",
            "MaskNotFoundError",
            "NotFoundError",
            "PermissionDeniedError",
            "RateLimitError",
            "UnprocessableEntityError",
        ),
        "._errors",
    ),
}

__all__ = [
    "REGION_BASE_URLS",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AngoHubError",
    "AssetImportError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkImportError",
    "Client",
    "ConflictError",
    "DriftReport",
    "ExportArchiveError",
    "ExportOptions",
    "InternalServerError",
    "LabelImportError",
    "MaskNotFoundError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "__version__",
    "verify",
    "verify_async",
]


__getattr__, __dir__ = lazy_names(__name__, _MODULES)
