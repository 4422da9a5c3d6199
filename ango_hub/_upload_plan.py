"""What an upload of local files sends: which files, under which external IDs, by which path.

``hub.assets.upload`` and ``upload_many`` take paths; a directory given to ``upload_many``
stands for the files under it. Every decision made before the first request lives here
(both clients share it): the list of files (or the input error), the external ID of each,
the method ``"auto"`` picks, and the name a file gets in storage.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

__all__ = [
    "MULTIPART_MAX_BYTES",
    "LocalFile",
    "UploadMethod",
    "choose_method",
    "collect_files",
    "storage_name",
]

UploadMethod = Literal["auto", "direct", "multipart"]

#: ``method="auto"`` sends the files in one multipart request when they are this small in all.
MULTIPART_MAX_BYTES = 8 * 1024 * 1024

_EXTENSION = re.compile(r"[A-Za-z0-9]{1,16}")


@dataclass(frozen=True)
class LocalFile:
    """A file to upload: where it is, and the external ID its asset gets."""

    path: Path
    #: The file's name; for a file found in a directory given to ``upload_many``, its path
    #: relative to that directory (``"cats/001.jpg"``).
    external_id: str
    size: int


def collect_files(paths: Sequence[str | os.PathLike[str]], *, directories: bool) -> list[LocalFile]:
    """The files to upload, in order, or an input error (before any request).

    With ``directories``, a directory stands for the regular files under it, at any depth,
    sorted by their relative path; hidden files and directories (a name starting with
    ``.``) are left out and symbolic links to directories are not followed. Without it, a
    directory is an error naming it. Two files that would get the same external ID are an
    error too (external IDs are unique in a project).
    """
    if isinstance(paths, str | os.PathLike):
        raise TypeError("paths must be a list of paths, not a single path: use [path]")
    given = [Path(path) for path in paths]
    if not given:
        raise ValueError("paths must not be empty")
    files: list[LocalFile] = []
    missing: list[str] = []
    folders: list[str] = []
    empty: list[str] = []
    for path in given:
        if path.is_dir():
            if not directories:
                folders.append(str(path))
                continue
            found = _files_under(path)
            if not found:
                empty.append(str(path))
            files.extend(found)
        elif path.is_file():
            files.append(LocalFile(path, path.name, path.stat().st_size))
        else:
            missing.append(str(path))
    if folders:
        raise IsADirectoryError(
            f"{', '.join(folders)}: a directory, not a file. upload() sends the files it is given in one "
            "request; upload_many() uploads every file under a directory."
        )
    if missing:
        raise FileNotFoundError(f"No such file(s): {', '.join(missing)}")
    if not files:
        raise ValueError(f"No files to upload: {', '.join(empty)} hold(s) no (visible) files")
    _check_unique(files)
    return files


def _files_under(root: Path) -> list[LocalFile]:
    found: list[LocalFile] = []
    for directory, subdirectories, names in os.walk(root):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        for name in names:
            path = Path(directory) / name
            if name.startswith(".") or not path.is_file():
                continue
            found.append(LocalFile(path, path.relative_to(root).as_posix(), path.stat().st_size))
    return sorted(found, key=lambda file: file.external_id)


def _check_unique(files: list[LocalFile]) -> None:
    first: dict[str, Path] = {}
    for file in files:
        other = first.setdefault(file.external_id, file.path)
        if other != file.path:
            raise ValueError(
                f"{other} and {file.path} would both get the external ID {file.external_id!r}; "
                "external IDs are unique in a project: rename one of them"
            )


def choose_method(
    method: str, files: list[LocalFile], *, chunk_size: int, batches: Sequence[str] | None
) -> Literal["direct", "multipart"]:
    """The method ``upload_many`` uses (``ValueError`` for an unknown one).

    ``"auto"`` picks ``"multipart"`` (one request for all the files, the cheapest) when they
    fit in one chunk (at most ``chunk_size`` files, ``MULTIPART_MAX_BYTES`` in all), go to
    no batch and have plain names (no ``/``); else ``"direct"``.
    """
    if method not in ("auto", "direct", "multipart"):
        raise ValueError(f'method must be "auto", "direct" or "multipart", got {method!r}')
    if method == "multipart" and batches:
        raise ValueError('batches needs method="direct" (or "auto"): a multipart upload cannot name batches')
    if method != "auto":
        return "multipart" if method == "multipart" else "direct"
    small = len(files) <= chunk_size and sum(file.size for file in files) <= MULTIPART_MAX_BYTES
    plain = all("/" not in file.external_id for file in files)
    return "multipart" if small and plain and not batches else "direct"


def storage_name(path: Path) -> str:
    """A fresh name for the file in storage, keeping its extension (as the official SDK does)."""
    name = path.name
    extension = name.rsplit(".", 1)[-1] if "." in name else ""
    if name.lower().endswith(".nii.gz"):
        extension = "nii.gz"
    if extension != "nii.gz" and not _EXTENSION.fullmatch(extension):
        extension = ""
    return f"{uuid.uuid4().hex}.{extension}" if extension else uuid.uuid4().hex
