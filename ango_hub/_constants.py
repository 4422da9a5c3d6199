"""Every tunable of the client in one place: regions, environment variables, timeouts, retries."""

from __future__ import annotations

from typing import Final

import httpx

#: The API root of each Ango Hub region (paths of the spec are relative to it).
REGION_BASE_URLS: Final[dict[str, str]] = {
    "eu": "https://imeritapi.ango.ai/v2",
    "us": "https://us-api.ango.ai/v2",
    "in": "https://in-api.ango.ai/v2",
    "test": "https://testapi.ango.ai/v2",
}
DEFAULT_REGION: Final = "eu"

ENV_API_KEY: Final = "ANGO_API_KEY"
ENV_REGION: Final = "ANGO_HUB_REGION"
ENV_BASE_URL: Final = "ANGO_HUB_BASE_URL"

#: Connect quickly, but give the server time to answer (exports and large pages are slow).
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)
#: Preparing an export happens while its request waits: give it time (exports.create).
EXPORT_TIMEOUT: Final = httpx.Timeout(600.0, connect=10.0)
DEFAULT_MAX_RETRIES: Final = 2
#: Exponential backoff: INITIAL_RETRY_DELAY * 2**attempt seconds, capped, minus up to 25 % jitter.
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
#: A Retry-After longer than this is not waited for: the error is raised instead.
MAX_RETRY_AFTER: Final = 120.0
#: Statuses worth retrying: the request timed out, was rate limited or the server failed.
RETRYABLE_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})

HEADER_API_KEY: Final = "apikey"

#: The longest ID (or name, e-mail, bucket...) a resource method accepts: far beyond any real
#: one, far below what would make a URL too long for HTTP.
MAX_ID_LENGTH: Final = 4096
#: The longest path (below base_url) the client sends.
MAX_PATH_LENGTH: Final = 8192

#: The largest page size the API accepts (list endpoints; the current reference says 100
#: for some, the SDK and older docs 1000).
MAX_PAGE_SIZE: Final = 1000

#: A download that keeps advancing may resume this many times (its attempts that advanced do
#: not count against max_retries; this bounds them all the same).
MAX_DOWNLOAD_RESUMES: Final = 100

#: The rate limit Ango Hub publishes, used to foresee how long a listing takes when the
#: client has no ``requests_per_minute`` of its own.
PUBLISHED_REQUESTS_PER_MINUTE: Final = 100
#: A listing foreseen to take longer than this (in minutes) logs a warning naming the export path.
SLOW_LISTING_MINUTES: Final = 5.0
