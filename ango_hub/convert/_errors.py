"""The errors of :mod:`ango_hub.convert`."""

from __future__ import annotations

from ango_hub._errors import AngoHubError

__all__ = ["ConversionError", "MissingExtraError", "MissingImageSizeError"]


class ConversionError(AngoHubError, ValueError):
    """What stops a conversion: unreadable input, an unsafe archive member, two images that
    would share a file name, a class map that does not fit the label set.

    Nothing is left in the output directory that looks complete: files are written under a
    temporary name and moved into place only when the whole conversion succeeded.
    """


class MissingImageSizeError(ConversionError):
    """Images of an image-space format (COCO, YOLO, VOC) have no known width and height.

    ``external_ids`` names them (all of them: the conversion reads to the end before it
    stops). Give the sizes with ``image_dir=`` (read from the images' headers), or skip
    those images with ``on_missing_size="skip"``.
    """

    def __init__(self, external_ids: list[str], *, total: int) -> None:
        self.external_ids = external_ids
        self.total = total
        shown = ", ".join(repr(name) for name in external_ids[:10])
        more = f" and {total - 10} more" if total > 10 else ""
        super().__init__(
            f"{total} image(s) have no width and height in the export (nobody opened them in the "
            f"editor and no size was given at import): {shown}{more}. Pass image_dir= (--image-dir) "
            f'to read the sizes from the images, or on_missing_size="skip" (--on-missing-size skip) '
            f"to leave them out; nothing was written"
        )


class MissingExtraError(ConversionError, ModuleNotFoundError):
    """An optional dependency of a format is not installed (``pip install 'ango-hub[extra]'``)."""

    def __init__(self, what: str, extra: str, module: str) -> None:
        ModuleNotFoundError.__init__(
            self,
            f"{what} needs {module}, which is not installed: pip install 'ango-hub[{extra}]'",
            name=module,
        )
        self.extra = extra
