"""``download-media``: every media file the selected items' values link to, into a folder."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from .._overlays._media import sanitize_filename
from ..errors import APIError
from ._progress import Progress
from ._table import Export, Media

__all__ = ["media_links", "run_download_media"]

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class _Route:
    media: Media
    pattern: re.Pattern[str]


def _routes(media: tuple[Media, ...]) -> list[_Route]:
    """A pattern per download path template: a link's path ends with it (the base URL may add
    a prefix); the last placeholder takes the rest, ``/`` included (media codes hold them)."""
    routes = []
    for m in media:
        pieces = _PLACEHOLDER.split(m.path)
        regex = ""
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                regex += re.escape(piece)
            else:
                last = i == len(pieces) - 2
                regex += "(.+)" if last else "([^/]+)"
        routes.append(_Route(m, re.compile(f"(?:.*?){regex}")))
    return routes


def media_links(item: object) -> Iterator[tuple[str, str]]:
    """(code, download link) of every file value of an item (``values`` -> ``_links.download``)."""
    values = item.get("values") if isinstance(item, dict) else None
    if not isinstance(values, dict):
        return
    for entries in values.values():
        for entry in entries if isinstance(entries, list) else ():
            if not isinstance(entry, dict) or not isinstance(entry.get("data"), str):
                continue
            link = ((entry.get("_links") or {}).get("download") or {}).get("href")
            if isinstance(link, str) and link:
                yield entry["data"], link


def _target(folder: Path, code: str) -> Path | None:
    """Where a file of code ``code`` goes: its segments as folders under ``folder`` (none may
    climb out: each segment is sanitized), or None when nothing usable is left."""
    parts = [sanitize_filename(segment) for segment in code.split("/") if segment]
    if not parts or any(p is None for p in parts):
        return None
    return folder.joinpath(*(p for p in parts if p is not None))


def run_download_media(
    pim: Any,
    source: Export,
    media: tuple[Media, ...],
    arguments: dict[str, Any],
    folder: Path,
    *,
    progress: Progress,
) -> int:
    """Download every file linked from the items ``source`` lists (with ``arguments``) into
    ``folder``; a file already there with the size the PIM gives is skipped. Returns the exit
    status: 0, or 1 when a file could not be downloaded."""
    routes = _routes(media)
    seen: set[str] = set()
    downloaded = skipped = failed = 0
    listing = getattr(getattr(pim, source.resource), source.method)(**arguments).decoded()
    for page in listing.pages():
        for item in page.items:
            for code, link in media_links(item):
                if link in seen:
                    continue
                seen.add(link)
                outcome = _fetch(pim, routes, code, link, folder, progress)
                downloaded += outcome == "downloaded"
                skipped += outcome == "skipped"
                failed += outcome == "failed"
                progress.advance(1)
    progress.close(f"{downloaded:,} downloaded, {skipped:,} already present, {failed:,} failed")
    return 1 if failed else 0


def _fetch(
    pim: Any, routes: list[_Route], code: str, link: str, folder: Path, progress: Progress
) -> str:
    path = urlsplit(link).path
    found = next(((r, m) for r in routes if (m := r.pattern.fullmatch(path))), None)
    target = _target(folder, code)
    if target is None:
        progress.note(f"media {code}: not downloaded: the code is no safe file name")
        return "failed"
    if found is None:
        progress.note(f"media {code}: not downloaded: no download operation matches {path}")
        return "failed"
    route, match = found
    args = [unquote(g) for g in match.groups()]
    resource = getattr(pim, route.media.resource)
    try:
        if target.is_file() and route.media.size_method is not None:
            meta = getattr(resource, route.media.size_method)(*args)
            size = getattr(meta, "size", None)
            if isinstance(size, int) and size == target.stat().st_size:
                return "skipped"
        target.parent.mkdir(parents=True, exist_ok=True)
        getattr(resource, route.media.method)(*args, to=target, overwrite=True)
    except (APIError, OSError) as exc:
        progress.note(f"media {code}: {exc}")
        return "failed"
    return "downloaded"
