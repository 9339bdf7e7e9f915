"""Pure helpers of uploads and downloads: file names, content types, codes from replies."""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from urllib.parse import unquote

from .._types import code_after as code_from_location

__all__ = [
    "code_from_location",
    "filename_from_disposition",
    "guess_content_type",
    "last_segment",
    "sanitize_filename",
]

_PARAM = re.compile(
    r"""\s*(?P<name>[^\s=;]+)\s*=\s*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<token>[^;]*))\s*(?:;|$)"""
)
_RESERVED = re.compile(r'[<>:"|?*\\/]')
_MAX_NAME_BYTES = 255


def guess_content_type(filename: str | None) -> str:
    """The MIME type for ``filename`` from its extension (``application/octet-stream`` if
    unknown)."""
    if filename:
        guessed, _ = mimetypes.guess_type(filename, strict=False)
        if guessed:
            return guessed
    return "application/octet-stream"


def _params(value: str) -> dict[str, str]:
    """The ``name=value`` parameters of a header value (after its first ``;``), names lowered."""
    _, _, rest = value.partition(";")
    out: dict[str, str] = {}
    pos = 0
    while pos < len(rest):
        match = _PARAM.match(rest, pos)
        if match is None or match.end() == pos:
            nxt = rest.find(";", pos)
            if nxt < 0:
                break
            pos = nxt + 1
            continue
        quoted = match.group("quoted")
        text = (
            re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else match.group("token").strip()
        )
        out.setdefault(match.group("name").lower(), text)
        pos = match.end()
    return out


def filename_from_disposition(value: str | None) -> str | None:
    """The file name of a ``Content-Disposition`` header (``filename*`` preferred), raw: pass it
    through :func:`sanitize_filename` before using it as a path."""
    if not value:
        return None
    params = _params(value)
    extended = params.get("filename*")
    if extended:
        charset, sep, rest = extended.partition("'")
        if sep:
            _, _, encoded = rest.partition("'")
            try:
                return unquote(encoded, encoding=charset or "utf-8", errors="strict")
            except (LookupError, UnicodeDecodeError):
                pass
    name = params.get("filename")
    return name or None


def sanitize_filename(name: str | None) -> str | None:
    """A safe base name for a file written in a folder we chose, or None if nothing is left.

    Only the last path component is kept (``/`` and ``\\`` both separate), control characters
    are removed, characters that are reserved on common file systems become ``_``, leading dots
    and surrounding blanks are stripped (so neither ``..`` nor a hidden file can come out), and
    the name is cut to 255 bytes keeping its extension.
    """
    if not name:
        return None
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp"))
    name = _RESERVED.sub("_", name).strip().lstrip(".").strip()
    if not name:
        return None
    encoded = name.encode("utf-8")
    if len(encoded) > _MAX_NAME_BYTES:
        stem, dot, ext = name.rpartition(".")
        ext = f".{ext}" if dot and len(ext.encode("utf-8")) <= 16 else ""
        stem = name[: len(name) - len(ext)] if ext else name
        budget = _MAX_NAME_BYTES - len(ext.encode("utf-8"))
        stem = stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore")
        name = stem + ext
    return name


def last_segment(path: str) -> str | None:
    """The last segment of a URL path, ignoring a final ``/download`` (fallback file name)."""
    segments = [s for s in path.split("/") if s]
    if segments and segments[-1] == "download":
        segments.pop()
    return unquote(segments[-1]) if segments else None
