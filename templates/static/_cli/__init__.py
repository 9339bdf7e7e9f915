"""The command line: ``python -m <package>`` (the console script when the distribution is
installed): ``__main__`` calls :func:`run` with the client class and the table of what each
resource can do (:class:`Table`), both in the generated ``_cli_table``.

Commands:

- ``export RESOURCE [PARENT ...]``: every item, one JSON object a line (stdout or ``-o FILE``),
  ``--search``/``--locales``/``--scope``/``--attributes`` where the listing takes them,
  resumable with ``--state FILE``;
- ``import RESOURCE [PARENT ...] FILE``: JSON lines (``-`` for stdin) through the batch upsert,
  a report of the failing lines (``--report FILE``: one JSON object each), a summary;
- ``download-media [RESOURCE] --to DIR``: every media file the selected items' values link to.

Connection settings come from the ``<ENV_PREFIX>_*`` environment variables, or from a profile
(``--profile NAME``: :mod:`._profiles`). Exit status: 0 success, 1 some lines or files failed,
2 a usage, input or connection error (told on stderr, without a traceback or a secret).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any, TextIO

from .._meta import ENV_PREFIX
from ..errors import AkeneoError
from ._export import UsageError, listing_arguments, run_export
from ._import import Report, Tally, run_import
from ._media import run_download_media
from ._profiles import ProfileError, default_path, read_profile
from ._progress import Progress
from ._state import StateError
from ._table import Export, Import, Media, Table

__all__ = ["Export", "Import", "Media", "Table", "run"]

#: the exit status of a usage, input or connection error
ERROR = 2
_FILTERS = ("search", "locales", "scope", "attributes")


def _parser(table: Table) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=table.program,
        description="Export, import and download media through the API.",
        epilog=f"Connection settings: {ENV_PREFIX}_BASE_URL, {ENV_PREFIX}_CLIENT_ID, "
        f"{ENV_PREFIX}_SECRET, {ENV_PREFIX}_USERNAME, {ENV_PREFIX}_PASSWORD (or "
        f"{ENV_PREFIX}_TOKEN), or a profile. Exit status: 0 success, 1 some lines or files "
        "failed, 2 usage, input or connection error.",
    )
    parser.add_argument(
        "--profile", metavar="NAME", help="use the connection settings of a profile"
    )
    parser.add_argument(
        "--profiles",
        metavar="FILE",
        type=Path,
        help=f"the profiles file (default: ${ENV_PREFIX}_PROFILES, else "
        f"~/.config/{table.program}/profiles.ini); it must be readable by its owner only",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    if table.exports:
        export = _resource_command(
            commands,
            "export",
            "write every item of a resource, one JSON object a line",
            table.exports,
        )
        _filter_options(export)
        export.add_argument("--limit", type=int, metavar="N", help="items per page")
        export.add_argument(
            "-o", "--output", metavar="FILE", type=Path, help="write here (default: stdout)"
        )
        export.add_argument(
            "--state",
            metavar="FILE",
            type=Path,
            help="keep the position here after each page; a re-run continues where it stopped",
        )

    if table.imports:
        imports = _resource_command(
            commands,
            "import",
            "upsert the items of a file of JSON lines (- for stdin)",
            table.imports,
        )
        imports.add_argument("file", metavar="FILE", help="one JSON object a line; - for stdin")
        imports.add_argument(
            "--report",
            metavar="FILE",
            type=Path,
            help="write the failures here, one JSON object a line",
        )

    sources = [e.resource for e in table.media_sources]
    if sources:
        default = min(sources, key=lambda name: (len(name), name))
        media = commands.add_parser(
            "download-media",
            help="download every media file the selected items link to",
            description="Download every media file the selected items' values link to; files "
            "already present with the same size are skipped.",
        )
        media.add_argument(
            "resource", metavar="RESOURCE", nargs="?", default=default, choices=sources
        )
        media.add_argument("--search", metavar="JSON", help="filters, as the API takes them")
        media.add_argument("--to", metavar="DIR", type=Path, required=True, help="the folder")
    return parser


def _resource_command(
    commands: Any, name: str, summary: str, specs: Sequence[Export | Import]
) -> argparse.ArgumentParser:
    """The parser of a command on one resource (of ``specs``), named first."""
    resources = ", ".join(_usage(s) for s in specs)
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=summary, description=f"{summary[0].upper()}{summary[1:]}. Resources: {resources}"
    )
    parser.add_argument("resource", metavar="RESOURCE", choices=[s.resource for s in specs])
    parser.add_argument(
        "parents", metavar="PARENT", nargs="*", help="the codes a sub-resource needs"
    )
    return parser


def _usage(spec: Export | Import) -> str:
    """``family_variants FAMILY_CODE``; an export says how it walks its pages (``products
    (search_after)``, ``families (page)``): page numbers are slower on large catalogs."""
    text = spec.resource + "".join(f" {p.upper()}" for p in spec.parents)
    if isinstance(spec, Export) and spec.cursor != "none":
        text += f" ({'search_after' if spec.cursor == 'both' else spec.cursor})"
    return text


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--search", metavar="JSON", help='filters, e.g. {"enabled":[{"operator":"=","value":true}]}'
    )
    parser.add_argument("--locales", metavar="CODES", help="locale codes, comma-separated")
    parser.add_argument("--scope", metavar="CHANNEL", help="a channel code")
    parser.add_argument("--attributes", metavar="CODES", help="attribute codes, comma-separated")


def _settings(args: argparse.Namespace, program: str, env: Mapping[str, str]) -> dict[str, str]:
    """The connection settings a profile gives (none without ``--profile``)."""
    if args.profile is None:
        return {}
    path = args.profiles or Path(env.get(f"{ENV_PREFIX}_PROFILES") or default_path(program, env))
    return read_profile(path, args.profile)


def _parents(
    parser: argparse.ArgumentParser, resource: str, wanted: Sequence[str], given: list[str]
) -> None:
    if len(given) != len(wanted):
        names = " ".join(p.upper() for p in wanted) or "no codes"
        parser.error(f"{resource} takes {names} after its name, not {len(given)} code(s)")


def run(
    client: Callable[..., Any],
    table: Table,
    argv: Sequence[str] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    stdin: IO[bytes] | None = None,
    stdout: IO[bytes] | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line ``argv`` (``sys.argv[1:]``) with the client class ``client``;
    returns the exit status."""
    env = os.environ if env is None else env
    err = sys.stderr if stderr is None else stderr
    parser = _parser(table)
    args = parser.parse_args(argv)
    say = f"{table.program}: error:"
    try:
        with ExitStack() as stack:
            pim = stack.enter_context(client(**_settings(args, table.program, env)))
            return _dispatch(parser, table, args, pim, stack, stdin, stdout, err)
    except (UsageError, ProfileError, StateError, AkeneoError, ValueError) as exc:
        print(f"{say} {exc}", file=err)  # (a ValueError: settings missing or invalid, no secret)
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        _silence_stdout()
        return 141
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{say} {where}{exc.strerror or exc}", file=err)
    except KeyboardInterrupt:
        print(f"{table.program}: interrupted", file=err)
        return 130
    return ERROR


def _silence_stdout() -> None:
    """Point stdout at the null device, so that flushing it at exit raises no second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _dispatch(
    parser: argparse.ArgumentParser,
    table: Table,
    args: argparse.Namespace,
    pim: Any,
    stack: ExitStack,
    stdin: IO[bytes] | None,
    stdout: IO[bytes] | None,
    err: TextIO,
) -> int:
    if args.command == "export":
        spec = table.export(args.resource)
        assert spec is not None  # (argparse checked the choice)
        _parents(parser, spec.resource, spec.parents, args.parents)
        given = {name: getattr(args, name) for name in (*_FILTERS, "limit")}
        arguments = listing_arguments(spec, given)
        progress = Progress(f"export {spec.resource}", err)
        return run_export(
            getattr(pim, spec.resource),
            spec,
            args.parents,
            arguments,
            output=args.output,
            stdout=sys.stdout.buffer if stdout is None else stdout,
            state_path=args.state,
            progress=progress,
        )
    if args.command == "import":
        spec_i = table.import_(args.resource)
        assert spec_i is not None
        parents, name = args.parents, args.file
        _parents(parser, spec_i.resource, spec_i.parents, parents)
        if name == "-":
            source = sys.stdin.buffer if stdin is None else stdin
        else:
            handle = Path(name).open("rb")  # noqa: SIM115  (the stack closes it)
            source = stack.enter_context(handle)
        progress = Progress(f"import {spec_i.resource}", err, unit="line")
        report_stream: TextIO = err
        if args.report is not None:
            report_stream = stack.enter_context(args.report.open("w", encoding="utf-8"))
        report = Report(report_stream, as_json=args.report is not None, progress=progress)
        tally = Tally()
        try:
            return run_import(
                getattr(pim, spec_i.resource),
                spec_i,
                parents,
                source,
                report=report,
                progress=progress,
                tally=tally,
            )
        finally:
            progress.close(tally.summary())
    source_spec = table.export(args.resource)
    assert source_spec is not None
    arguments = listing_arguments(source_spec, {"search": args.search})
    progress = Progress(f"download-media {source_spec.resource}", err, unit="file")
    return run_download_media(pim, source_spec, table.media, arguments, args.to, progress=progress)
