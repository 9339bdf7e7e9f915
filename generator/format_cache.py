"""A content-addressed cache of formatted files, shared by every generation on this machine.

A rendered file is formatted again only when its text is new: the cache maps the digest of
(rendered text, formatter and its version, formatter mode, Python version) to the formatted
text, stored only after that text was compiled successfully. So a cold generation into an empty
folder, or into another folder, formats only what no earlier run has seen.

The folder is ``format`` in :func:`cache_root`: ``$AKENEO_CODEGEN_CACHE_DIR`` when set, else
``akeneo-codegen`` in the user cache folder (``$XDG_CACHE_HOME`` or ``~/.cache``;
``~/Library/Caches`` on macOS, ``%LOCALAPPDATA%`` on Windows). ``generate --no-cache`` neither
reads nor writes it. Entries are
plain files named by their key; deleting the folder is always safe. The cache never makes a run
fail: an unreadable entry is a miss, an unwritable folder is silently skipped, and a folder
holding more than :data:`MAX_ENTRIES` entries is pruned, oldest first.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

ENV_VAR = "AKENEO_CODEGEN_CACHE_DIR"
MAX_ENTRIES = 20_000  #: pruned down to 3/4 of this, least recently used first


def cache_root() -> Path:
    """The generator's folder in the user cache folder (see the module docstring)."""
    configured = os.environ.get(ENV_VAR)
    return Path(configured) if configured else default_cache_dir()


def default_cache_dir() -> Path:
    """:func:`cache_root` when :data:`ENV_VAR` is not set."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "akeneo-codegen"


class FormatCache:
    """Formatted texts by key; ``salt`` names the formatter, its version and its mode."""

    def __init__(self, root: Path, salt: str) -> None:
        self.root = root
        self._salt = f"{salt}\0python {sys.version_info[0]}.{sys.version_info[1]}\0".encode()
        self._added = 0

    @classmethod
    def default(cls, salt: str) -> FormatCache:
        return cls(cache_root() / "format", salt)

    def key(self, text: str) -> str:
        return hashlib.sha256(self._salt + text.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / key

    def get(self, key: str) -> str | None:
        path = self._path(key)
        try:
            data = path.read_bytes()
            os.utime(path)  # recently used: pruned last
        except OSError:
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:  # a damaged entry is a miss (it is rewritten on the next put)
            return None

    def put(self, key: str, text: str) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(text.encode("utf-8"))
            os.replace(tmp, path)  # readers see the whole entry or none
        except OSError:
            return
        self._added += 1

    def is_empty(self) -> bool:
        """Whether the cache holds no entry yet (a first run on this machine)."""
        try:
            return not any(self.root.glob("??/*"))
        except OSError:
            return True

    def prune(self) -> None:
        """Keep the folder bounded (checked only after a run that added entries)."""
        if not self._added:
            return
        try:
            entries = [p for p in self.root.glob("??/*") if not p.name.startswith(".tmp-")]
            if len(entries) <= MAX_ENTRIES:
                return
            entries.sort(key=lambda p: p.stat().st_mtime)
            for path in entries[: len(entries) - MAX_ENTRIES * 3 // 4]:
                path.unlink(missing_ok=True)
        except OSError:
            return
