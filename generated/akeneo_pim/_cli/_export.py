"""``export``: every item of a listing, one JSON object a line, resumable."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Any

from ._progress import Progress
from ._state import ExportState, StateError, load_state, save_state
from ._table import Export

__all__ = ["UsageError", "listing_arguments", "run_export"]


class UsageError(Exception):
    """Arguments the command cannot run with (exit status 2)."""


def listing_arguments(spec: Export, given: dict[str, Any]) -> dict[str, Any]:
    """The listing method's keyword arguments for the export options given (None: not given).

    Raises:
        UsageError: an option the listing does not take, or a ``--search`` that is not a JSON
            object.
    """
    out: dict[str, Any] = {}
    for option, text in given.items():
        if text is None:
            continue
        argument = spec.options.get(option)
        if argument is None:
            takes = ", ".join(f"--{o}" for o in spec.options) or "none"
            raise UsageError(f"{spec.resource} has no --{option} (its options: {takes})")
        value: Any = text
        if option == "search":
            value = _search(text)
        elif option in ("locales", "attributes"):
            value = [v.strip() for v in text.split(",") if v.strip()]
        out[argument] = value
    return out


def _search(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise UsageError(f"--search is not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise UsageError(
            '--search must be a JSON object, e.g. {"enabled":[{"operator":"=","value":true}]}'
        )
    return value


def run_export(
    resource: Any,
    spec: Export,
    parents: list[str],
    arguments: dict[str, Any],
    *,
    output: Path | None,
    stdout: IO[bytes],
    state_path: Path | None,
    progress: Progress,
) -> int:
    """Write every item to ``output`` (or ``stdout``); with ``state_path``, resume from it and
    keep it after each page. Returns the exit status.

    Raises:
        UsageError, StateError: the state file is of another export, or does not match the
            output.
    """
    job = {"resource": spec.resource, "parents": parents, "options": _jsonable(arguments)}
    state = load_state(state_path) if state_path is not None else None
    if state is not None and state.job != job:
        raise StateError(
            f"{state_path}: the state file is of another export ({_describe(state.job)}); "
            "use another --state file, or delete it to start over"
        )
    target = str(output.resolve()) if output is not None else None
    if state is not None and state.output != target:
        raise StateError(
            f"{state_path}: the state file is of the export into {state.output or 'stdout'}; "
            "resume it with the same output, or delete the state file to start over"
        )
    if state is not None and state.done:
        progress.close(f"already complete ({state.written:,} items; {state_path})")
        return 0
    start = state.next_url if state is not None else None
    written = state.written if state is not None else 0
    out, owned = _open_output(output, state, stdout)
    try:
        listing = getattr(resource, spec.method)(*parents, **arguments, start=start).decoded()
        for page in listing.pages():
            items = page.items
            out.write(b"".join(_line(item) for item in items))
            out.flush()
            if owned:
                os.fsync(out.fileno())
            written += len(items)
            progress.advance(len(items))
            if state_path is not None:
                save_state(
                    state_path,
                    ExportState(
                        job=job,
                        next_url=page.next_url,
                        written=written,
                        offset=out.tell() if owned else None,
                        output=target,
                        done=page.next_url is None,
                    ),
                )
    finally:
        if owned:
            out.close()
    progress.close(f"{written:,} items written in all" if start is not None else None)
    return 0


def _line(item: object) -> bytes:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def _open_output(
    output: Path | None, state: ExportState | None, stdout: IO[bytes]
) -> tuple[IO[bytes], bool]:
    """The stream to write to, and whether it is a file of ours; resuming into a file cuts it
    back to the length of the last page the state records (nothing is written twice)."""
    if output is None:
        return stdout, False
    if state is None or state.next_url is None:
        return output.open("wb"), True
    if state.offset is None:
        raise StateError(f"{output}: the state file records no length of it; start over")
    try:
        handle = output.open("r+b")
    except FileNotFoundError:
        raise StateError(f"{output}: the output of the export to resume is missing") from None
    size = handle.seek(0, os.SEEK_END)
    if size < state.offset:
        handle.close()
        raise StateError(
            f"{output}: shorter ({size:,} bytes) than the state file says ({state.offset:,}); "
            "delete the state file to start over"
        )
    handle.truncate(state.offset)
    handle.seek(state.offset)
    return handle, True


def _jsonable(arguments: dict[str, Any]) -> dict[str, Any]:
    """The arguments as the state file keeps them (JSON: lists, not tuples)."""
    value: dict[str, Any] = json.loads(json.dumps(arguments, sort_keys=True))
    return value


def _describe(job: dict[str, Any]) -> str:
    parents = " ".join(str(p) for p in job.get("parents") or [])
    return " ".join(x for x in (str(job.get("resource")), parents) if x) + (
        f" with {json.dumps(job.get('options'), sort_keys=True)}" if job.get("options") else ""
    )
