"""The output directory of a conversion: files are written in a hidden staging folder inside
it and moved into place only when the whole conversion succeeded, and image file names are
checked before they are used.

An interrupted or failed conversion leaves no file that looks complete: at most a
``.ango-convert-*`` folder, which the next conversion into the same directory removes.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._errors import ConversionError
from ._file_writer import BATCH, ITEM, NO_ID, create_file, write_all

if TYPE_CHECKING:
    import subprocess

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
    once: a conversion of 10^5 images makes 10^5 files, so the per-file cost matters.

    The first :data:`SPAWN_AFTER` files are written here (all of them: ``background=False``);
    the rest are handed, in batches, to a process of their own (:mod:`._file_writer`) that
    creates them while the conversion goes on (two cores: the files' time in the kernel
    overlaps the conversion's; a thread could not, as it needs the GIL back after each system
    call). The pipe to it is the bounded queue: a full pipe makes :meth:`write` wait. What a
    caller sees is the same either way: the same files and bytes, and a file that cannot be
    written raises the same :class:`ConversionError` (at a later :meth:`write`, or at
    :meth:`settle`).
    :meth:`settle` waits for every file (call it before using them); :meth:`close` stops the
    process (after an error or Ctrl-C: nothing more is written).
    """

    def __init__(self, root: Path, label: str, *, background: bool = True) -> None:
        self.root = os.fspath(root)
        self._prefix = self.root + os.sep
        self.label = label
        os.makedirs(self.root, exist_ok=True)
        self._made = {self.root}
        # Files still to write here before the process starts.
        self._here = SPAWN_AFTER if background else sys.maxsize
        self._process: subprocess.Popen[bytes] | None = None
        self._batch: list[bytes] = []
        self._batch_files = 0
        self._batch_bytes = 0
        self._settled = False

    def write(self, relative: str, data: bytes, external_id: str | None) -> None:
        """Write ``data`` at ``relative`` (a safe relative POSIX name) under the folder."""
        if self._process is None and (self._here > 0 or not self._spawn()):
            self._here -= 1
            self._write_here(relative, data, external_id)
            return
        # What os.open() would raise for a name the file system cannot encode, raised here.
        path = os.fsencode(relative)
        if external_id is None:
            self._batch += (ITEM.pack(len(path), NO_ID, len(data)), path, data)
        else:
            identifier = external_id.encode("utf-8", "surrogatepass")
            self._batch += (ITEM.pack(len(path), len(identifier), len(data)), path, identifier, data)
        self._batch_files += 1
        self._batch_bytes += len(data) + len(path)
        if self._batch_files >= _BATCH_FILES or self._batch_bytes >= _BATCH_BYTES:
            self._send()

    def _write_here(self, relative: str, data: bytes, external_id: str | None) -> None:
        try:
            create_file(self._prefix + relative, data, self._made)
        except OSError as exc:
            raise self._error(relative, external_id, exc.strerror or str(exc)) from None

    def _error(self, relative: str, external_id: str | None, message: str) -> ConversionError:
        return ConversionError(
            f"cannot write {self.label}/{relative} for the externalId {external_id!r}: "
            f"{message} (another image's name may use it as a folder)"
        )

    def _spawn(self) -> bool:
        """Start the writer process; False where it cannot be (then files are written here)."""
        import signal
        import subprocess

        self._here = sys.maxsize  # one attempt: if it fails, every file is written here
        source = _writer_source()
        if source is None or not sys.executable or getattr(sys, "frozen", False):
            return False
        pipe = getattr(signal, "SIGPIPE", None)
        if pipe is not None and signal.getsignal(pipe) != signal.SIG_IGN:
            return False  # (this process would die of a write to a writer that stopped)
        # A session (process group) of its own: a terminal's Ctrl-C goes to the conversion,
        # which stops the process.
        group: dict[str, Any] = (
            {"start_new_session": True}
            if os.name == "posix"
            else {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
        )
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", source, self.root],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                **group,
            )
        except (OSError, ValueError):
            return False
        self._here = 0
        return True

    def _send(self) -> None:
        process = self._process
        assert process is not None
        assert process.stdin is not None
        blob = b"".join(self._batch)
        self._batch.clear()
        head = BATCH.pack(self._batch_files, len(blob))
        self._batch_files = self._batch_bytes = 0
        try:
            write_all(process.stdin.fileno(), head + blob)
        except BrokenPipeError:
            pass  # the process stopped at a file it could not write: settle() says which
        else:
            if process.poll() is None:
                return
        self.settle()

    def settle(self) -> None:
        """Wait until every file given to :meth:`write` is written; raise the
        :class:`ConversionError` of the first that could not be (once: later calls return)."""
        process = self._process
        if process is None or self._settled:
            return
        self._settled = True
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            if self._batch_files and process.poll() is None:
                blob = b"".join(self._batch)
                write_all(process.stdin.fileno(), BATCH.pack(self._batch_files, len(blob)) + blob)
        except BrokenPipeError:
            pass
        finally:
            self._batch.clear()
            self._batch_files = self._batch_bytes = 0
            process.stdin.close()
        answer = process.stdout.read()
        code = process.wait()
        process.stdout.close()
        if code == 0:
            return
        try:
            failed = json.loads(answer)
        except ValueError:
            failed = None
        if not isinstance(failed, dict):
            failed = {}
        if "error" in failed:
            raise self._error(failed["relative"], failed["externalId"], failed["error"]) from None
        raise ConversionError(
            f"cannot write {self.label}/: the process writing the files stopped "
            f"({failed.get('crash') or f'exit code {code}'})"
        ) from None

    def close(self) -> None:
        """Stop the writer process, if it runs, and wait for it (nothing more is written)."""
        process = self._process
        if process is None:
            return
        self._process = None
        self._settled = True
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


_cached_source: list[str | None] = []


def _writer_source() -> str | None:
    """The source of :mod:`._file_writer` (run with ``-c``), or None if it cannot be read."""
    if not _cached_source:
        from . import _file_writer

        source: str | None = None
        try:  # the file (pytest's import hook, for one, has no get_source()), else the loader's
            source = Path(_file_writer.__file__).read_text(encoding="utf-8")
        except (OSError, TypeError, ValueError):
            with contextlib.suppress(ImportError, OSError, AttributeError):
                source = _file_writer.__loader__.get_source(_file_writer.__name__)  # type: ignore[union-attr]
        _cached_source.append(source)
    return _cached_source[0]


#: How many files a :class:`StagedFiles` writes itself before it starts the writer process
#: (fewer are quicker without one: starting it costs about as much as writing 10^3 files).
SPAWN_AFTER = 1000
#: A batch sent to the writer process holds at most this many files or bytes.
_BATCH_FILES = 256
_BATCH_BYTES = 1 << 16


__all__ += ["StagedFiles", "stem_of"]
