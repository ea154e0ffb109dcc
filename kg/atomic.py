"""Atomic file writes: a file is either its old complete self or its new complete self, never half.

Data goes to a temporary file in the same folder (so the final rename never crosses a
file system), is flushed and ``fsync``-ed, then ``os.replace`` puts it in place in one
step; the folder is ``fsync``-ed too so the rename itself survives a power cut. A
process killed at any moment leaves either the previous file or the new one, plus at
worst a stray ``.<name>.*.tmp`` file, which readers ignore (dot files) and the next
successful write of the same file does not need.

Standard library only, so every layer (``kg.rdf``, ``kg.viz``, ``kg.pipeline``, caches)
can use it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["atomic_write", "atomic_open", "TMP_SUFFIX"]

#: Suffix of the temporary files (``.<name>.<random>.tmp`` beside the target).
TMP_SUFFIX = ".tmp"


def _fsync_dir(folder: Path) -> None:
    # A rename is durable only once the directory entry is on disk; not all systems allow it.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` for writing; on success it replaces ``path`` atomically.

    If the ``with`` block raises, the temporary file is removed and ``path`` is untouched.

    Parameters
    ----------
    path : destination file (its folder must exist).
    mode : ``"w"`` (text, default) or ``"wb"`` (binary); ``"x"``/``"a"``/``"r"`` are refused.
    encoding, newline : for text mode, as in :func:`open` (default UTF-8).

    Raises
    ------
    ValueError
        For a mode other than ``"w"``, ``"wt"`` or ``"wb"``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> with atomic_open(p) as fh:
    ...     _ = fh.write("new")
    >>> p.read_text()
    'new'
    >>> try:
    ...     with atomic_open(p) as fh:
    ...         _ = fh.write("half")
    ...         raise RuntimeError("killed")
    ... except RuntimeError:
    ...     pass
    >>> p.read_text(), sorted(x.name for x in p.parent.iterdir())
    ('new', ['a.txt'])
    """
    if mode not in ("w", "wt", "wb"):
        raise ValueError(f"atomic_open supports mode 'w', 'wt' or 'wb', not {mode!r}")
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TMP_SUFFIX, dir=folder)
    binary = "b" in mode
    try:
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates 0600: keep the old file's permissions, else the usual rw-r--r--.
        try:
            perms = target.stat().st_mode & 0o7777
        except OSError:
            perms = 0o644
        os.chmod(tmp, perms)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def atomic_write(path: str | os.PathLike[str], data: bytes | str, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` (bytes, or text encoded with ``encoding``) to ``path`` atomically; return the path.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> atomic_write(d / "g.ttl", "<a> <b> <c> .\\n").read_text()
    '<a> <b> <c> .\\n'
    >>> atomic_write(d / "g.bin", b"\\x00\\x01").read_bytes()
    b'\\x00\\x01'
    """
    payload = data.encode(encoding) if isinstance(data, str) else bytes(data)
    with atomic_open(path, "wb") as fh:
        fh.write(payload)
    return Path(path)
