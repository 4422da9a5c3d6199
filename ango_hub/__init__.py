"""ango_hub: the typed Python client for the Ango Hub (iMerit) API.

>>> from ango_hub import Client
>>> hub = Client(region="us")             # doctest: +SKIP  (API key from ANGO_API_KEY)
>>> hub.projects.list_page(limit=5).total      # doctest: +SKIP

``AsyncClient`` has the same surface for asyncio (``await``, ``async for``).

The typed request and response models live in the generated package ``ango_hub_api``
(``from ango_hub_api.models import Project, CategorySchema, ...``).
"""

from typing import TYPE_CHECKING, Any

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
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._sync._client import Client
from ._version import __version__
from .imports import AssetImportError, BulkImportError, LabelImportError

if TYPE_CHECKING:
    from ._async._client import AsyncClient

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
    "InternalServerError",
    "LabelImportError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    """``AsyncClient`` is imported on first use (it brings asyncio, which ``Client`` does not need)."""
    if name == "AsyncClient":
        from ._async._client import AsyncClient

        globals()["AsyncClient"] = AsyncClient
        return AsyncClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
