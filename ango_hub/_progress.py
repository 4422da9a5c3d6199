"""``progress=``: a callback of your own, or a tqdm bar on stderr.

Every method that reports progress (``tasks.list``, ``assets.list``, ``projects.list``,
``exports.download`` / ``export``, ``assets.upload_many`` / ``import_cloud_many``,
``labels.import_``) takes ``progress=``:

``None`` or ``False``
    nothing (the default).
a callable
    called as ``progress(done, total)``, exactly as before bars existed.
``True``
    a tqdm bar on stderr, drawn only when stderr is a terminal (so logs and pipes stay clean).
``"always"``
    a tqdm bar on stderr even when it is not a terminal (a CI log, a notebook's stream).

The environment variable ``ANGO_HUB_PROGRESS`` changes what ``True`` does: ``always`` (or
``1``) draws on any stream, ``never`` (or ``0``) draws nothing; callbacks and ``"always"``
are not affected. Bars need tqdm (``pip install 'ango-hub[progress]'``): without it,
``True`` and ``"always"`` raise ``ModuleNotFoundError`` when the method is called, before
any request, whether or not a bar would be drawn. tqdm is imported when the first bar is
drawn, never by ``import ango_hub``.

:func:`progress_callback` turns a ``progress=`` argument into a callback (or None) for code
that reports ``(done, total)`` itself, the command line for example.
"""

from __future__ import annotations

import contextlib
import importlib.util
import math
import os
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any, Literal, TypeVar, cast

__all__ = ["ENV_VAR", "ProgressBar", "ShowProgress", "progress_bar", "progress_callback"]

#: ``True`` (a bar when stderr is a terminal) or ``"always"`` (a bar on any stream).
ShowProgress = bool | Literal["always"]
#: The environment variable that overrides what ``progress=True`` does (``always`` / ``never``).
ENV_VAR = "ANGO_HUB_PROGRESS"
INSTALL_HINT = "pip install 'ango-hub[progress]'"

Callback = TypeVar("Callback", bound=Callable[..., None])

_FORCED = {"always", "1", "true", "yes", "on"}
_OFF = {"never", "0", "false", "no", "off"}


class ProgressBar:
    """A tqdm bar on ``stream`` fed ``(done, total)`` reports; created on the first report.

    ``close()`` closes the bar drawn so far (the next report starts a new one), so the same
    object can serve a paginator iterated twice. With ``page_size`` it counts items and
    shows the pages in the postfix (``page 3/12``): one report is one page.
    """

    def __init__(
        self,
        desc: str,
        *,
        unit: str = "it",
        unit_scale: bool = False,
        page_size: int | None = None,
        start_page: int = 1,
        stream: IO[str] | None = None,
    ) -> None:
        self.desc = desc
        self.unit = unit
        self.unit_scale = unit_scale
        self.page_size = page_size
        self.start_page = start_page
        self._stream = stream
        self._bar: Any = None  # a tqdm bar (tqdm has no type hints)
        self._pages = 0

    def __repr__(self) -> str:
        return f"ProgressBar(desc={self.desc!r}, unit={self.unit!r})"

    def _open(self, total: int | None) -> Any:
        from tqdm import tqdm  # optional (the progress extra): imported for the first bar

        offset = (self.start_page - 1) * self.page_size if self.page_size else 0
        self._pages = 0
        return tqdm(
            desc=self.desc,
            total=total,
            initial=offset,
            unit=self.unit,
            unit_scale=self.unit_scale,
            unit_divisor=1024 if self.unit_scale else 1000,
            file=self._stream if self._stream is not None else sys.stderr,
            disable=False,
            dynamic_ncols=True,
        )

    def __call__(self, done: int, total: int | None) -> None:
        bar = self._bar
        if bar is None:
            bar = self._bar = self._open(total)
        if total is not None and bar.total != total:
            bar.total = total
        if self.page_size:
            self._pages += 1
            number = self.start_page - 1 + self._pages
            pages = f"page {number}/{math.ceil(total / self.page_size)}" if total else f"page {number}"
            bar.set_postfix_str(pages, refresh=False)
        offset = (self.start_page - 1) * self.page_size if self.page_size else 0
        bar.update(offset + done - bar.n)

    @property
    def active(self) -> bool:
        """Whether a bar is drawn (a report came and the bar is not closed yet)."""
        return self._bar is not None

    def close(self) -> None:
        """Close the bar (leaving its last state on the stream); nothing if none is drawn."""
        bar, self._bar = self._bar, None
        if bar is not None:
            bar.close()


def _draws(progress: ShowProgress, stream: IO[str] | None) -> bool:
    if progress == "always":
        return True
    setting = os.environ.get(ENV_VAR, "").strip().lower()
    if setting in _FORCED:
        return True
    if setting in _OFF:
        return False
    target = stream if stream is not None else sys.stderr
    try:
        return target is not None and target.isatty()
    except (AttributeError, ValueError, OSError):  # no isatty, or a closed stream
        return False


def _require_tqdm() -> None:
    try:
        found = importlib.util.find_spec("tqdm") is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ModuleNotFoundError(
            f"progress=True draws a tqdm bar, and tqdm is not installed: {INSTALL_HINT} "
            "(or pass a callback, progress=lambda done, total: ...)",
            name="tqdm",
        )


def progress_callback(
    progress: Callback | ShowProgress | None,
    desc: str,
    *,
    unit: str = "it",
    unit_scale: bool = False,
    page_size: int | None = None,
    start_page: int = 1,
    stream: IO[str] | None = None,
) -> Callback | None:
    """The callback for a ``progress=`` argument: the caller's own, a :class:`ProgressBar`, or None.

    ``True`` gives a bar only when ``stream`` (stderr by default) is a terminal or
    ``ANGO_HUB_PROGRESS=always``; ``"always"`` gives one in any case. A bar must be closed
    (``close()``, or use :func:`progress_bar`); tqdm is checked now (``ModuleNotFoundError``
    naming the ``progress`` extra) but imported on the first report. ``desc`` labels the
    bar; ``unit_scale`` shows bytes as kB/MB (units of 1024); ``page_size`` (and
    ``start_page``) makes it count pages of a listing too.
    """
    if progress is None or progress is False:
        return None
    if progress is True or progress == "always":
        _require_tqdm()
        if not _draws(cast(ShowProgress, progress), stream):
            return None
        bar = ProgressBar(
            desc, unit=unit, unit_scale=unit_scale, page_size=page_size, start_page=start_page, stream=stream
        )
        return cast(Callback, bar)
    if isinstance(progress, str) or not callable(progress):
        raise TypeError(
            "progress must be a callable progress(done, total), True, 'always', False or None, "
            f"got {progress!r}"
        )
    return progress


def close_progress(callback: object) -> None:
    """Close ``callback`` if it is a bar made by :func:`progress_callback` (a caller's own is left alone)."""
    if isinstance(callback, ProgressBar):
        callback.close()


@contextlib.contextmanager
def progress_bar(
    progress: Callback | ShowProgress | None,
    desc: str,
    *,
    unit: str = "it",
    unit_scale: bool = False,
) -> Iterator[Callback | None]:
    """:func:`progress_callback` as a context: the bar is closed on leaving, error or not."""
    callback = progress_callback(progress, desc, unit=unit, unit_scale=unit_scale)
    try:
        yield callback
    finally:
        close_progress(callback)
