"""The output directory of a conversion: files are written in a hidden staging folder inside
it and moved into place only when the whole conversion succeeded, and image file names are
checked before they are used.

An interrupted or failed conversion leaves no file that looks complete: at most a
``.ango-convert-*`` folder, which the next conversion into the same directory removes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from pathlib import Path, PurePosixPath

from ._errors import ConversionError

__all__ = ["STAGING_PREFIX", "ImageNames", "OutputDir", "safe_relative_name"]

STAGING_PREFIX = ".ango-convert-"


class OutputDir:
    """``path`` checked (a directory, empty unless ``force``) and a staging folder in it."""

    def __init__(self, path: str | os.PathLike[str], *, force: bool = False) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise ConversionError(f"the output {os.fspath(self.path)!r} is a file, not a directory")
        if self.path.is_dir():
            for entry in self.path.iterdir():
                if entry.name.startswith(STAGING_PREFIX) and entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)  # left by an interrupted conversion
            if not force and any(self.path.iterdir()):
                raise ConversionError(
                    f"the output directory {os.fspath(self.path)!r} is not empty: choose another, or pass "
                    "force=True (--force) to write into it (files of the same names are replaced)"
                )
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.path))
        except OSError as exc:
            raise ConversionError(
                f"cannot write to {os.fspath(self.path)!r}: {exc.strerror or exc}"
            ) from None

    def commit(self) -> None:
        """Move every staged file to its place (each move atomic), then drop the staging folder."""
        for folder, _dirs, files in os.walk(self.staging):
            relative = Path(folder).relative_to(self.staging)
            for name in sorted(files):
                target = self.path / relative / name
                target.parent.mkdir(parents=True, exist_ok=True)
                if target.is_dir():
                    raise ConversionError(
                        f"cannot write {os.fspath(target)!r}: a directory of that name is in the way"
                    )
                os.replace(Path(folder) / name, target)
        shutil.rmtree(self.staging, ignore_errors=True)

    def abort(self) -> None:
        """Drop everything staged."""
        shutil.rmtree(self.staging, ignore_errors=True)


def safe_relative_name(name: str) -> str | None:
    """``name`` (an externalId) as a relative POSIX path safe to create under a folder, or
    None: absolute paths, drive letters, ``.``/``..`` parts, empty parts and control
    characters are refused rather than rewritten."""
    if not name or len(name) > 1024:
        return None
    if any(unicodedata.category(char) == "Cc" for char in name):
        return None
    posix = name.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        return None
    parts = posix.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return None
    if any(len(part.encode("utf-8")) > 200 for part in parts):
        return None
    return posix


class ImageNames:
    """The file names given to images so far: two images may not share one, by name and
    case-insensitively (a dataset must survive a copy to macOS or Windows)."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def claim(self, key: str, external_id: str) -> None:
        """Reserve ``key`` (a stem or a file name) for ``external_id``; raise
        :class:`ConversionError` naming both if another image has it."""
        folded = unicodedata.normalize("NFC", key).casefold()
        other = self._seen.get(folded)
        if other is not None:
            same = other == external_id
            raise ConversionError(
                f"two images would share the file name {key!r}: externalIds {other!r} and {external_id!r}"
                + (
                    " (one asset with several tasks in the export: convert one stage at a time)"
                    if same
                    else "; rename one of the assets, or convert them separately"
                )
            )
        self._seen[folded] = external_id


def stem_of(name: str) -> str:
    """``name`` without its extension (``"dir/cat.jpg"`` -> ``"dir/cat"``)."""
    path = PurePosixPath(name)
    return str(path.with_suffix("")) if path.suffix else name


__all__ += ["stem_of"]
