"""Files the mock keeps (uploads, chat conversations, instructions), and prepared exports."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from ..web.errors import ApiError
from .base import Clock, DocumentStore, Json, StoreLock

__all__ = ["DemoImage", "ExportJob", "ExportStore", "FileRecord", "FileStore", "StoredFile"]


@dataclass(frozen=True)
class FileRecord:
    """A file the mock received and the URL it pretends it has.

    The content, when the mock keeps it, is a :class:`StoredFile` with that URL as address.
    """

    filename: str
    content_type: str
    size: int
    url: str


@dataclass
class StoredFile:
    """A file the mock keeps: uploaded to a presigned URL, or sent with a request.

    ``address`` is the URL clients see (the ``data`` of an asset, for instance); ``token``
    the unguessable id under which the mock serves it (``/mock/uploads/<token>/<name>``).
    ``content`` is None until the file is uploaded. ``project_id`` is the project the file
    belongs to, ``kind`` a ``StorageFileType`` (``assets``, ``brushes``, ...), and
    ``storage_id`` the connected storage it went to (None: Ango's default bucket).
    """

    token: str
    name: str
    address: str
    project_id: str
    kind: str
    storage_id: str | None
    created_at: str
    content_type: str = "application/octet-stream"
    content: bytes | None = field(default=None, repr=False)
    uploaded_at: str | None = None


@dataclass(frozen=True)
class DemoImage:
    """A picture the mock draws for a demo asset (see :mod:`ango_hub.mock.files.demo_images`).

    ``scene`` is what is drawn (``"street"`` or ``"product"``), at ``width`` x ``height``
    pixels; ``variant`` picks among a scene's looks (street: 0 city, 1 highway; product:
    0 shoe, 1 bag, 2 watch) and ``seed`` varies colours and buildings; ``vehicles`` are
    ``(x, y, width, height, kind)`` boxes of a street scene (kind 0 car, 1 truck, 2 bus),
    where the seed's labels put them. Same fields, same picture.
    """

    scene: str
    width: int
    height: int
    variant: int = 0
    seed: int = 0
    vehicles: tuple[tuple[float, float, float, float, int], ...] = ()


class FileStore(DocumentStore[StoredFile]):
    """Stored files by token (:meth:`get`, :meth:`require`) and by address
    (:meth:`by_address`), the records of uploads, and the signing key.

    :attr:`uploads` holds the files sent with ``upload_assets`` (by asset id) and
    :attr:`instructions` the instruction documents (by project id). The content of stored
    files is kept in memory: at most :attr:`max_file_bytes` a file (413 beyond) and
    :attr:`max_stored_bytes` in all (507 beyond). :attr:`demo_images` are the pictures of the
    demo assets by their path on the mock (drawn when asked for).
    """

    kind = "File"
    name = "files"

    def __init__(self, lock: StoreLock, clock: Clock, *, max_file_bytes: int, max_stored_bytes: int) -> None:
        super().__init__(lock, clock)
        self.max_file_bytes = max_file_bytes
        self.max_stored_bytes = max_stored_bytes
        self.uploads: dict[str, FileRecord] = {}
        self.instructions: dict[str, FileRecord] = {}
        self.demo_images: dict[str, DemoImage] = {}
        self.signing_key = secrets.token_bytes(32)
        """Signs the URLs of files in (pretend) storage buckets. Never shown."""
        self._addresses: dict[str, str] = {}
        self._stored_bytes = 0

    def add(self, stored: StoredFile) -> StoredFile:
        """Keep a file record (its content, if any, counts towards the limits)."""
        with self.lock:
            content = stored.content
            stored.content = None
            self.documents[stored.token] = stored
            self._addresses[stored.address] = stored.token
            if content is not None:
                self.put_content(stored.token, content, stored.content_type)
            return stored

    def put_content(self, token: str, content: bytes, content_type: str) -> StoredFile:
        """Store (or replace) a file's bytes; 413 beyond :attr:`max_file_bytes`, 507 beyond
        :attr:`max_stored_bytes` in all."""
        max_file, max_total = self.max_file_bytes, self.max_stored_bytes
        with self.lock:
            stored = self.require(token)
            if len(content) > max_file:
                raise ApiError(413, f"The file is larger than the mock's limit of {max_file} bytes")
            previous = len(stored.content) if stored.content is not None else 0
            if self._stored_bytes - previous + len(content) > max_total:
                raise ApiError(507, f"The mock keeps at most {max_total} bytes of files")
            self._stored_bytes += len(content) - previous
            stored.content = content
            stored.content_type = content_type
            stored.uploaded_at = self.clock.timestamp()
            return stored

    def by_address(self, address: str) -> StoredFile | None:
        """Return the file with this address (a URL without query string), if it is known."""
        with self.lock:
            token = self._addresses.get(address)
            return None if token is None else self.documents.get(token)

    def forget(self, token: str) -> None:
        """Forget a file and its content."""
        with self.lock:
            stored = self.documents.pop(token, None)
            if stored is None:
                return
            self._addresses.pop(stored.address, None)
            if stored.content is not None:
                self._stored_bytes -= len(stored.content)

    def purge_project(self, project_id: str, asset_ids: set[str]) -> int:
        """Forget a project's files in Ango's bucket (not those of connected storages), its
        instructions and the upload records of ``asset_ids``; return how many files were forgotten."""
        with self.lock:
            for asset_id in asset_ids:
                self.uploads.pop(asset_id, None)
            self.instructions.pop(project_id, None)
            purged = [
                stored
                for stored in self.documents.values()
                if stored.project_id == project_id and stored.storage_id is None
            ]
            for stored in purged:
                self.forget(stored.token)
            return len(purged)

    def add_demo_image(self, path: str, image: DemoImage) -> None:
        """Serve ``image`` at ``path`` (``/mock/demo-images/...``, see
        :mod:`ango_hub.mock.files.demo_images`)."""
        with self.lock:
            self.demo_images[path] = image

    def demo_image(self, path: str) -> DemoImage | None:
        """Return the demo image served at ``path``, if there is one."""
        with self.lock:
            return self.demo_images.get(path)


@dataclass(frozen=True)
class ExportJob:
    """A prepared export: the records, frozen when the export was asked for.

    ``kind`` is ``task`` or ``issue``; ``file_format`` is ``json`` or ``ndjson``.
    """

    export_id: str
    project_id: str
    kind: str
    file_format: str
    records: tuple[Json, ...]
    created_at: str


class ExportStore(DocumentStore[ExportJob]):
    """Prepared exports by id, the oldest first; at most :attr:`keep` (the oldest are
    forgotten first)."""

    kind = "Export"
    name = "exports"

    def __init__(self, lock: StoreLock, clock: Clock, *, keep: int = 100) -> None:
        super().__init__(lock, clock)
        self.keep = keep

    def add(self, job: ExportJob) -> None:
        """Keep a prepared export, forgetting the oldest beyond :attr:`keep`."""
        with self.lock:
            self.documents[job.export_id] = job
            while len(self.documents) > self.keep:
                del self.documents[next(iter(self.documents))]

    def forget_project(self, project_id: str) -> None:
        """Forget the exports of a project."""
        with self.lock:
            for export_id in [
                job.export_id for job in self.documents.values() if job.project_id == project_id
            ]:
                del self.documents[export_id]
