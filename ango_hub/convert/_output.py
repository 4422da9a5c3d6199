"""The output directory of a conversion: files are written in a hidden staging folder inside
it and moved into place only when the whole conversion succeeded, and image file names are
checked before they are used.

An interrupted or failed conversion leaves no file that looks complete: at most a
``.ango-convert-*`` folder, which the next conversion into the same directory removes.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from ._errors import ConversionError

__all__ = ["STAGING_PREFIX", "ImageNames", "OutputDir", "check_output", "safe_relative_name"]

STAGING_PREFIX = ".ango-convert-"

#: The control characters (Unicode category Cc, which never changes: U+0000-U+001F and
#: U+007F-U+009F), refused in file names.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _left_staging(entry: Path) -> bool:
    """Whether ``entry`` is the staging folder of an interrupted conversion."""
    return entry.name.startswith(STAGING_PREFIX) and entry.is_dir() and not entry.is_symlink()


def check_output(path: Path, *, force: bool) -> None:
    """Refuse an output that is a file, or a directory that is not empty unless ``force``
    (what an interrupted conversion left, ``.ango-convert-*``, does not count); changes
    nothing, so the command line can ask before it exports a project."""
    if path.exists() and not path.is_dir():
        raise ConversionError(f"the output {os.fspath(path)!r} is a file, not a directory")
    if force or not path.is_dir():
        return
    if any(not _left_staging(entry) for entry in path.iterdir()):
        raise ConversionError(
            f"the output directory {os.fspath(path)!r} is not empty: choose another, or pass "
            "force=True (--force) to write into it (files of the same names are replaced)"
        )


class OutputDir:
    """``path`` checked (a directory, empty unless ``force``) and a staging folder in it."""

    def __init__(self, path: str | os.PathLike[str], *, force: bool = False) -> None:
        self.path = Path(path)
        check_output(self.path, force=force)
        if self.path.is_dir():
            for entry in self.path.iterdir():
                if _left_staging(entry):
                    shutil.rmtree(entry, ignore_errors=True)  # left by an interrupted conversion
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.path))
        except OSError as exc:
            raise ConversionError(
                f"cannot write to {os.fspath(self.path)!r}: {exc.strerror or exc}"
            ) from None

    def commit(self) -> None:
        """Move what was staged into place, then drop the staging folder.

        A staged folder whose name is free in the output moves in one rename (a whole
        ``labels/`` at once); into an existing folder (``force``) its files move one by one,
        each move atomic.
        """
        for name in sorted(os.listdir(self.staging)):
            self._move(self.staging / name, self.path / name)
        shutil.rmtree(self.staging, ignore_errors=True)

    def _move(self, source: Path, target: Path) -> None:
        if not os.path.lexists(target):
            os.replace(source, target)
        elif source.is_dir() and target.is_dir() and not target.is_symlink():
            for name in sorted(os.listdir(source)):
                self._move(source / name, target / name)
        elif source.is_dir() or target.is_dir():
            raise ConversionError(
                f"cannot write {os.fspath(target)!r}: a {'directory' if target.is_dir() else 'file'} "
                "of that name is in the way"
            )
        else:
            os.replace(source, target)

    def abort(self) -> None:
        """Drop everything staged."""
        shutil.rmtree(self.staging, ignore_errors=True)


def safe_relative_name(name: str) -> str | None:
    """``name`` (an externalId) as a relative POSIX path safe to create under a folder, or
    None: absolute paths, drive letters, ``.``/``..`` parts, empty parts and control
    characters are refused rather than rewritten."""
    if not name or len(name) > 1024:
        return None
    if _CONTROL.search(name) is not None:
        return None
    posix = name.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        return None
    parts = posix.split("/")
    if "" in parts or "." in parts or ".." in parts:
        return None
    if len(posix) > 50 and any(len(part.encode("utf-8")) > 200 for part in parts):
        return None  # (a name of 50 characters or fewer is at most 200 bytes of UTF-8)
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
    """``name`` without its extension (``"dir/cat.jpg"`` -> ``"dir/cat"``; as
    ``PurePosixPath.with_suffix("")``, a leading or trailing dot is no extension)."""
    base = name.rsplit("/", 1)[-1]
    dot = base.rfind(".")
    if 0 < dot < len(base) - 1:
        return name[: len(name) - len(base) + dot]
    return name


class StagedFiles:
    """One file per image under a folder of the staging area (``labels/``,
    ``Annotations/``), written with plain string paths, three system calls a file (open,
    write, close: ``open()`` adds a ``fstat`` and an ``ioctl``) and each sub-folder made
    once: a conversion of 10^5 images makes 10^5 files, so the per-file cost matters."""

    def __init__(self, root: Path, label: str) -> None:
        self.root = os.fspath(root)
        self._prefix = self.root + os.sep
        self.label = label
        os.makedirs(self.root, exist_ok=True)
        self._made = {self.root}

    def write(self, relative: str, data: bytes, external_id: str | None) -> None:
        """Write ``data`` at ``relative`` (a safe relative POSIX name) under the folder."""
        path = self._prefix + relative
        try:
            if "/" in relative:
                parent = os.path.dirname(path)
                if parent not in self._made:
                    os.makedirs(parent, exist_ok=True)
                    self._made.add(parent)
            handle = os.open(path, _CREATE, 0o666)
            try:
                done = os.write(handle, data)
                while done < len(data):  # a short write (a signal, a full disk): go on or fail
                    more = os.write(handle, data[done:])
                    if not more:
                        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                    done += more
            finally:
                os.close(handle)
        except OSError as exc:
            raise ConversionError(
                f"cannot write {self.label}/{relative} for the externalId {external_id!r}: "
                f"{exc.strerror or exc} (another image's name may use it as a folder)"
            ) from None


#: The flags of ``open(path, "wb")``.
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


__all__ += ["StagedFiles", "stem_of"]
