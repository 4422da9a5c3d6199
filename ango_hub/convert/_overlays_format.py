"""Pictures of a whole export: ``overlays/<stem>.png`` per task and contact sheets.

Each task's objects are drawn on its image (:func:`ango_hub.convert.overlay.render`); the
images come from a folder (``image_dir``, by externalId or file name) or, with
``fetch=True``, from the records' asset URLs. Fetching uses a client of its own: the API
key is never sent, nor a credential from the environment (``.netrc``; no proxy from the
environment either), only ``http``/``https`` URLs are fetched, redirects are followed only
on the same host (at most :data:`MAX_REDIRECTS`), and an image larger than
``max_image_bytes`` or slower than ``timeout`` is refused. Errors and the report show URLs
without their query string or user info.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from urllib.parse import urljoin, urlsplit

from ._classes import ClassMap
from ._driver import convert_with
from ._errors import ConversionError, MissingExtraError
from ._report import ConversionReport, SkipReason
from ._rows import TaskRow, TaskValues, image_candidates
from ._source import Source

if TYPE_CHECKING:
    import httpx

    from .overlay import ContactSheets, Rgb

__all__ = ["MAX_REDIRECTS", "MissingImageError", "MissingImagePolicy", "to_overlays"]

#: What to do with a task whose image cannot be found, fetched or decoded.
MissingImagePolicy = Literal["error", "skip"]
#: How many redirects (on the same host) a fetch follows.
MAX_REDIRECTS = 5
_DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class MissingImageError(ConversionError):
    """A task's image cannot be found, fetched or decoded (``on_missing_image="error"``).

    ``external_id`` names the task's asset, ``where`` the URL or folder tried, ``reason`` what
    went wrong. Nothing was written.
    """

    def __init__(self, external_id: str | None, where: str, reason: str) -> None:
        self.external_id = external_id
        self.where = where
        self.reason = reason
        super().__init__(
            f"cannot get the image of {external_id!r} ({where}): {reason}. Nothing was written; pass "
            'on_missing_image="skip" (--on-missing-image skip) to leave such images out and list them in '
            "the report"
        )


class _UnavailableError(Exception):
    """Why one image could not be had (turned into a skip or a :class:`MissingImageError`)."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(reason)
        self.where = where
        self.reason = reason


def shown_url(url: str) -> str:
    """``url`` as errors and reports show it: without user info and query string."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<an invalid URL>"
    if not parts.scheme or not host:
        return url[:200]
    shown = f"{parts.scheme}://{host}{port}{parts.path}"
    return shown + ("?…" if parts.query else "")


class _Fetcher:
    """GETs of images with a plain client: no credentials, bounded time, size and redirects."""

    def __init__(self, timeout: float, max_bytes: int) -> None:
        import httpx

        self.max_bytes = max_bytes
        self.timeout = timeout
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            trust_env=False,  # no .netrc credentials, no proxy from the environment
            headers={"User-Agent": "ango-hub-overlays", "Accept": "image/*"},
        )

    def get(self, url: str) -> bytes:
        """The content at ``url`` (see the module docstring), or :class:`_UnavailableError`
        naming the URL without its query string or user info (a signed URL's signature is
        a credential)."""
        import httpx

        shown = shown_url(url)
        first = urlsplit(url)
        if first.scheme not in ("http", "https") or not first.hostname:
            raise _UnavailableError(shown, "not an http(s) URL")
        deadline = time.monotonic() + self.timeout
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            try:
                with self.client.stream("GET", current) as response:
                    if response.is_redirect:
                        target = urljoin(current, response.headers.get("location", ""))
                        moved = urlsplit(target)
                        if moved.scheme not in ("http", "https") or moved.hostname != first.hostname:
                            raise _UnavailableError(
                                shown, f"redirected to another host ({moved.hostname}), not followed"
                            )
                        current = target
                        continue
                    if response.status_code != 200:
                        raise _UnavailableError(shown, f"HTTP {response.status_code}")
                    return self._read(shown, response, deadline)
            except httpx.HTTPError as exc:
                reason = f"{type(exc).__name__}: {exc}".replace(current, shown_url(current))
                raise _UnavailableError(shown, reason) from None
        raise _UnavailableError(shown, f"more than {MAX_REDIRECTS} redirects")

    def _read(self, shown: str, response: httpx.Response, deadline: float) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise _UnavailableError(shown, f"{int(declared)} bytes, more than the limit of {self.max_bytes}")
        content = bytearray()
        for chunk in response.iter_bytes():
            content.extend(chunk)
            if len(content) > self.max_bytes:
                raise _UnavailableError(shown, f"more than the limit of {self.max_bytes} bytes")
            if time.monotonic() > deadline:
                raise _UnavailableError(shown, f"not read within {self.timeout:g} s")
        return bytes(content)

    def close(self) -> None:
        self.client.close()


class _OverlayWriter:
    format = "overlays"
    first_id = 0
    needs_size = False
    unique: Literal["stem", "file_name"] | None = "stem"

    def __init__(
        self,
        *,
        label_set: object | None,
        image_dir: Path | None,
        fetcher: _Fetcher | None,
        on_missing_image: MissingImagePolicy,
        contact_sheet: bool,
        line_width: int | None,
        fill_alpha: float,
        show_titles: bool,
        show_attributes: bool,
    ) -> None:
        self.label_set = label_set
        self.image_dir = image_dir
        self.fetcher = fetcher
        self.on_missing_image = on_missing_image
        self.contact_sheet = contact_sheet
        self.line_width = line_width
        self.fill_alpha = fill_alpha
        self.show_titles = show_titles
        self.show_attributes = show_attributes
        self.colours: dict[str, Rgb] = {}
        self.folder: Path | None = None
        self.sheets: ContactSheets | None = None
        self.report: ConversionReport | None = None

    def start(self, staging: Path, classes: ClassMap, report: ConversionReport) -> None:
        from .overlay import ContactSheets, class_colours

        self.colours = class_colours(self.label_set, classes)
        self.folder = staging / "overlays"
        self.folder.mkdir()
        self.sheets = ContactSheets(staging) if self.contact_sheet else None
        self.report = report

    def write(self, values: TaskValues, file_name: str | None) -> None:
        from ._output import stem_of
        from .overlay import UnreadableImageError, draw, load_image

        task = values.row()  # draw() takes the public rows
        assert self.folder is not None
        assert self.report is not None
        assert file_name is not None
        try:
            image, where = self._image(task)
            try:
                loaded = load_image(image, name=where)
            except UnreadableImageError as exc:
                raise _UnavailableError(where, exc.reason) from None
            brush = self._brush(task)
        except _UnavailableError as missing:
            if self.on_missing_image == "error":
                raise MissingImageError(task.external_id, missing.where, missing.reason) from None
            self.report.skip(
                SkipReason.NO_IMAGE,
                task.external_id,
                task_id=task.task_id,
                detail=f"{missing.where}: {missing.reason}",
            )
            return
        picture, left_out = draw(
            task,
            loaded,
            self.colours,
            brush=brush,
            line_width=self.line_width,
            fill_alpha=self.fill_alpha,
            show_titles=self.show_titles,
            show_attributes=self.show_attributes,
        )
        for row in left_out:
            self.report.skip(
                SkipReason.UNSUPPORTED_TOOL,
                task.external_id,
                task_id=task.task_id,
                object_id=row.object_id,
                tool=row.tool,
                detail=f"a {row.tool} has no place on an image",
            )
        target = self.folder / f"{stem_of(file_name)}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        picture.save(target, optimize=False, compress_level=6)
        self.report.written["overlays"] += 1
        self.report.written["objects"] += len(task.objects) - len(left_out)
        if self.sheets is not None:
            self.sheets.add(picture, task.external_id or task.task_id or file_name)

    def _image(self, task: TaskRow) -> tuple[Path | bytes, str]:
        """The task's image: a file of ``image_dir``, else (``fetch``) the asset URL's content."""
        if self.image_dir is not None:
            for candidate in image_candidates(self.image_dir, task.external_id, task.asset):
                if candidate.is_file():
                    return candidate, os.fspath(candidate)
        if self.fetcher is not None:
            if not task.asset:
                raise _UnavailableError("no asset URL", "the record has no asset")
            return self.fetcher.get(task.asset), shown_url(task.asset)
        assert self.image_dir is not None
        raise _UnavailableError(
            os.fspath(self.image_dir),
            "no file named after the externalId or the asset URL's file name (fetch=True reads the URL)",
        )

    def _brush(self, task: TaskRow) -> bytes | None:
        if self.fetcher is None or not task.brush_data_url:
            return None
        return self.fetcher.get(task.brush_data_url)

    def finish(self) -> None:
        assert self.report is not None
        if self.sheets is not None:
            self.report.written["contact_sheets"] += len(self.sheets.close())

    def close(self) -> None:
        if self.fetcher is not None:
            self.fetcher.close()
            self.fetcher = None


def to_overlays(
    source: Source,
    out_dir: str | os.PathLike[str],
    *,
    label_set: object | None = None,
    class_map: ClassMap | str | os.PathLike[str] | None = None,
    image_dir: str | os.PathLike[str] | None = None,
    fetch: bool = False,
    timeout: float = 30.0,
    max_image_bytes: int = _DEFAULT_MAX_BYTES,
    on_missing_image: MissingImagePolicy = "error",
    force: bool = False,
    progress: Callable[[int, int | None], None] | bool | str | None = None,
    contact_sheet: bool = True,
    line_width: int | None = None,
    fill_alpha: float = 0.25,
    show_titles: bool = True,
    show_attributes: bool = False,
) -> ConversionReport:
    """Draw every task's objects on its image: ``overlays/<stem>.png`` per task (the stem of
    its externalId), ``contact_sheet.png`` (a grid of thumbnails; ``contact_sheet_001.png``,
    ... past 48 tasks) and ``classes.json`` in ``out_dir``. Needs the ``masks`` extra (Pillow).

    Images are read from ``image_dir`` (by externalId, its file name, or the file name of
    the asset URL) or, with ``fetch=True``, downloaded from the record's asset URL (and the
    task's brush PNG from its ``brushDataUrl``): no API key, nor ``.netrc`` credential, is sent,
    only ``http``/``https``, redirects only on the same host, at most ``max_image_bytes``
    bytes within ``timeout`` seconds. An image that cannot be had raises
    :class:`MissingImageError` naming the externalId and the URL, before anything is
    written (``on_missing_image="error"``), or is left out and listed in the report
    (``"skip"``). Objects with no place on an image (NER spans, PDF regions) are listed as
    skipped. Colours, titles and ``line_width``/``fill_alpha`` are those of
    :func:`~ango_hub.convert.overlay.render`.

    ``label_set`` and/or ``class_map`` give the classes (and ``classes.json``, ids from 0);
    ``force`` writes into a non-empty ``out_dir``; ``progress`` as the other formats.
    """
    import importlib.util

    if importlib.util.find_spec("PIL") is None:
        raise MissingExtraError("to_overlays", "masks", "PIL")
    if on_missing_image not in ("error", "skip"):
        raise ConversionError(f'on_missing_image must be "error" or "skip", got {on_missing_image!r}')
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
    if isinstance(max_image_bytes, bool) or not isinstance(max_image_bytes, int) or max_image_bytes < 1:
        raise ValueError(f"max_image_bytes must be a positive integer, got {max_image_bytes!r}")
    if isinstance(fill_alpha, bool) or not isinstance(fill_alpha, int | float) or not 0 <= fill_alpha <= 1:
        raise ValueError(f"fill_alpha must be a number from 0 to 1, got {fill_alpha!r}")
    if line_width is not None and (
        isinstance(line_width, bool) or not isinstance(line_width, int) or line_width < 1
    ):
        raise ValueError(f"line_width must be a positive integer, got {line_width!r}")
    folder = Path(image_dir) if image_dir is not None else None
    if folder is not None and not folder.is_dir():
        raise ConversionError(f"image_dir {os.fspath(folder)!r} is not a directory")
    if folder is None and not fetch:
        raise ConversionError(
            "the overlays need the images: give image_dir= (--image-dir) or fetch=True (--fetch)"
        )
    from ._rows import load_label_set

    label_set = load_label_set(label_set)
    writer = _OverlayWriter(
        label_set=label_set,
        image_dir=folder,
        fetcher=_Fetcher(float(timeout), max_image_bytes) if fetch else None,
        on_missing_image=on_missing_image,
        contact_sheet=contact_sheet,
        line_width=line_width,
        fill_alpha=fill_alpha,
        show_titles=show_titles,
        show_attributes=show_attributes,
    )
    try:
        return convert_with(
            writer,
            source,
            out_dir,
            label_set=label_set,
            class_map=class_map,
            on_missing_size="skip",
            image_dir=None,
            force=force,
            progress=progress,
        )
    finally:
        writer.close()
