"""The URLs the mock pretends uploaded files get (nothing is stored or served there)."""

from __future__ import annotations

from typing import Any

__all__ = ["DEFAULT_BUCKET_URL", "file_url"]

#: Where Ango Hub keeps files uploaded without a connected storage.
DEFAULT_BUCKET_URL = "https://angohub-public-assets.s3.eu-central-1.amazonaws.com"


def file_url(storage: dict[str, Any] | None, bucket: str | None, key: str) -> str:
    """Return the URL a file named ``key`` would have in a storage's bucket (or Ango's default)."""
    if storage is None:
        return f"{DEFAULT_BUCKET_URL}/{key}"
    bucket_name = bucket or "default-bucket"
    provider = storage.get("provider")
    if provider == "GCP":
        return f"https://storage.googleapis.com/{bucket_name}/{key}"
    if provider == "AZURE":
        return f"https://{bucket_name}.blob.core.windows.net/{key}"
    return f"https://{bucket_name}.s3.{storage.get('region', 'eu-central-1')}.amazonaws.com/{key}"
