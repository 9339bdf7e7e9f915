"""Format rendered Python with black, in process (black's version is pinned exactly), or with
ruff when asked (``--formatter ruff``: one ``ruff format`` run over every file), and compile
every Python file so that code which parses but cannot run is caught before it is written."""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import io
import multiprocessing
import os
import subprocess
import sys
import tempfile
import tokenize
import warnings
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from .diagnostics import Diagnostic, Level, SpecError
from .files import RenderedFile
from .format_cache import FormatCache
from .literals import LINE_LENGTH

FORMATTER = f"black {metadata.version('black')}"
MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH)
#: What a formatted text depends on besides the rendered one (the format cache's salt)
FORMAT_SALT = f"{FORMATTER}\0{MODE!r}"
#: ruff's settings, black's: the same line length and target
RUFF_OPTIONS = ("--line-length", str(LINE_LENGTH), "--target-version", "py310")
FORMATTERS = ("black", "ruff")


@dataclass(frozen=True)
class Formatter:
    """The formatter of the output: black (the default) or ruff (installed separately)."""

    kind: str = "black"

    @property
    def name(self) -> str:
        """What the manifest records: the formatter and its version (``black 26.10.1``)."""
        return FORMATTER if self.kind == "black" else f"ruff {metadata.version('ruff')}"

    @property
    def salt(self) -> str:
        """The format cache's salt (:data:`FORMAT_SALT` for black)."""
        return FORMAT_SALT if self.kind == "black" else f"{self.name}\0{' '.join(RUFF_OPTIONS)}"

    @classmethod
    def named(cls, kind: str) -> Formatter:
        """The formatter ``kind`` (one of :data:`FORMATTERS`); SpecError when ruff is asked for
        and not installed."""
        if kind not in FORMATTERS:
            raise SpecError([Diagnostic(Level.ERROR, "", f"unknown formatter {kind!r} (one of {', '.join(FORMATTERS)})", "--formatter")])
        if kind == "ruff" and importlib.util.find_spec("ruff") is None:
            raise SpecError([Diagnostic(Level.ERROR, "", "--formatter ruff needs ruff in this environment (pip install ruff)", "--formatter")])
        return cls(kind)


BLACK = Formatter()


def rendered_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def format_files(
    files: list[RenderedFile],
    reuse: Mapping[str, tuple[str, str]] | None = None,
    cache: FormatCache | None = None,
    workers: Workers | None = None,
    formatter: Formatter = BLACK,
) -> list[RenderedFile]:
    """Format every Python file marked for formatting, then compile every ``.py`` file (the
    formatted ones, the ones reused from the last run and the ones not formatted, such as the
    runtime copied verbatim): code that black parses may still not compile (``f(a=1, a=2)``,
    ``def f(a, a)``, ``return`` outside a function). A file that does not parse or compile is a
    generator bug; every one is reported, with the file, the line and the template, in one
    :class:`SpecError`.

    ``reuse`` maps a path to (digest of its rendered text, formatted text) from the previous
    run: a file whose rendered text did not change is not formatted again. ``cache`` (see
    :mod:`.format_cache`) holds the formatting of texts any earlier run formatted; the new
    formatting of a file that compiles is added to it. Reused and cached texts are compiled too.
    ``workers``: processes already started (:class:`Workers`), else some are started here when
    the work is worth it (black only: ruff formats every file in one run of its own).
    """
    reuse = reuse or {}
    out = list(files)
    todo: list[tuple[int, str]] = []  #: (index in out, digest of its rendered text) of each job
    jobs: list[_Job] = []
    local: list[int] = []  #: indices of the Python files compiled here rather than in a job
    for index, f in enumerate(files):
        python = f.path.suffix == ".py"
        if not f.format:
            if python:
                local.append(index)
            continue
        digest = rendered_digest(f.text)
        previous = reuse.get(f.path.as_posix())
        known = previous[1] if previous is not None and previous[0] == digest else None
        if known is None and cache is not None:
            known = cache.get(cache.key(f.text))
        if known is not None:
            out[index] = replace(f, text=known, rendered_sha256=digest)
            if python:
                local.append(index)
        else:
            todo.append((index, digest))
            jobs.append(_Job(f.text, f.path.as_posix() if python else None))
    problems: dict[int, Diagnostic] = {}

    def compile_local() -> None:  # run while the workers format, if there are workers
        for index in local:
            error = compile_error(out[index].text, out[index].path.as_posix())
            if error is not None:
                problems[index] = _compile_diagnostic(out[index], error)

    results = _format_all(jobs, compile_local, workers) if formatter.kind == "black" else _format_with_ruff(jobs, compile_local)
    for (index, digest), done in zip(todo, results, strict=True):
        f = files[index]
        if done.parse_error is not None:
            problems[index] = Diagnostic(Level.ERROR, "", f"rendered code does not parse: {done.parse_error}{_from_template(f)}", str(f.path))
            continue
        out[index] = replace(f, text=done.text, rendered_sha256=digest)
        if done.compile_error is not None:
            problems[index] = _compile_diagnostic(out[index], done.compile_error)
        elif cache is not None:
            cache.put(cache.key(f.text), done.text)
    if problems:
        raise SpecError([problems[index] for index in sorted(problems)])
    if cache is not None:
        cache.prune()
    return out


class _Job(NamedTuple):
    """Rendered text to format, then compile as ``filename`` (None: not Python, not compiled)."""

    text: str
    filename: str | None


class _Done(NamedTuple):
    """The formatted text (the rendered one when it does not parse), black's message when it
    does not parse, and :func:`compile_error` of the formatted text."""

    text: str
    parse_error: str | None
    compile_error: tuple[str, int | None] | None


def compile_error(text: str, filename: str) -> tuple[str, int | None] | None:
    """(message, line) of the error compiling ``text`` as a module, None when it compiles.

    A real compile, not only a parse: symbol-table errors (a repeated keyword argument or
    parameter, ``return`` or ``yield`` outside a function, ``nonlocal`` without a binding) are
    raised only once the code object is built. Warnings (``SyntaxWarning``) are not errors here,
    whatever the warning filters say, and are not printed.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(text, filename, "exec", dont_inherit=True)
    except SyntaxError as exc:  # IndentationError and TabError included
        return exc.msg or "invalid syntax", exc.lineno
    except (ValueError, OverflowError, RecursionError) as exc:  # null bytes (older Pythons), nesting too deep
        return f"{type(exc).__name__}: {exc}", None
    return None


def _from_template(f: RenderedFile) -> str:
    return f" (template {f.template})" if f.template else ""


def _compile_diagnostic(f: RenderedFile, error: tuple[str, int | None]) -> Diagnostic:
    message, line = error
    where = [f"line {line}"] if line is not None else []
    if f.template:
        where.append(f"template {f.template}")
    detail = f" ({'; '.join(where)})" if where else ""
    return Diagnostic(Level.ERROR, "", f"generated file {f.path} does not compile: {message}{detail}", str(f.path), line)


def tidy_blank_lines(text: str) -> str:
    """``text`` with its blank lines as black leaves them, where that is certain: none inside
    brackets, none at the start or the end, at most two in a row before a line at the top
    level, one before an indented line and after the module's docstring, and none holding
    spaces; lines inside multi-line
    strings are left alone. Black formats a text once when its first pass changes nothing and
    twice otherwise: templates are easier to write, and still cost one pass, with this done
    first. Text that does not tokenize is returned as it is (black reports the problem)."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError):
        return text
    lines = text.split("\n")
    first = next((t for t in tokens if t.type not in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING)), None)
    #: 0-based line ending the module's docstring (at most one blank line follows it)
    docstring_end = first.end[0] - 1 if first is not None and first.type == tokenize.STRING else -1
    keep: set[int] = set()  #: 0-based lines inside a multi-line string, after its first line
    drop: set[int] = set()  #: 0-based blank lines inside brackets
    depth = 0
    for tok in tokens:
        if tok.type == tokenize.STRING and tok.end[0] > tok.start[0]:
            keep.update(range(tok.start[0], tok.end[0]))
        elif tok.type == tokenize.OP and tok.string in "([{":
            depth += 1
        elif tok.type == tokenize.OP and tok.string in ")]}":
            depth -= 1
        elif tok.type == tokenize.NL and depth > 0 and not lines[tok.start[0] - 1].strip():
            drop.add(tok.start[0] - 1)
    out: list[str] = []
    blanks = 0
    previous = -1  #: 0-based index of the last line kept
    for index, line in enumerate(lines):
        if index not in keep and not line.strip():
            if index not in drop:
                blanks += 1
            continue
        if out:
            allowed = 2 if index in keep or not line.startswith((" ", "\t")) else 1
            out += [""] * min(blanks, 1 if previous == docstring_end else allowed)
        previous = index
        blanks = 0
        out.append(line)
    return "\n".join(out) + "\n" if out else ""


def _format_one(job: _Job) -> _Done:
    """Format one file and compile the result (in a worker process when there are workers)."""
    try:
        text = black.format_str(tidy_blank_lines(job.text), mode=MODE)
    except InvalidInput as exc:
        return _Done(job.text, str(exc), None)
    return _Done(text, None, None if job.filename is None else compile_error(text, job.filename))


#: Below this much source, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 400_000
#: Below this much source, even workers already started are not worth sending it to.
STARTED_THRESHOLD = 50_000


def worker_count() -> int:
    """How many formatting processes run side by side (one per core, at most 8)."""
    return min(os.cpu_count() or 1, 8)


def _ready() -> None:
    """A worker's first task: nothing, once it has imported this module (and black)."""


class Workers:
    """Formatting worker processes, started before the work is known: they import black while
    this process loads the spec and renders (a cold generation of a large spec saves that
    time). :func:`format_files` uses them; :meth:`close` ends them."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a process that may run threads
        self.pool = ProcessPoolExecutor(max_workers=worker_count(), mp_context=context)
        for _ in range(worker_count()):
            self.pool.submit(_ready)  # every worker starts now

    def close(self) -> None:
        self.pool.shutdown()


def _format_all(jobs: list[_Job], meanwhile: Callable[[], None], workers: Workers | None = None) -> list[_Done]:
    """Format (and compile) in worker processes (``workers``, or ones started here when there
    is enough work and more than one core); ``meanwhile`` runs in this process while the
    workers format (or after, without any)."""
    size = sum(len(job.text) for job in jobs)
    if workers is not None and size >= STARTED_THRESHOLD:
        return _format_in(workers.pool, jobs, meanwhile)
    if worker_count() < 2 or size < PARALLEL_THRESHOLD:
        done = [_format_one(job) for job in jobs]
        meanwhile()
        return done
    started = Workers()
    try:
        return _format_in(started.pool, jobs, meanwhile)
    finally:
        started.close()


def _format_with_ruff(jobs: list[_Job], meanwhile: Callable[[], None]) -> list[_Done]:
    """Format with one ``ruff format`` run over a temporary folder holding every job (a file
    that does not parse is reported as black's would be, and not given to ruff)."""
    done: list[_Done | None] = [None] * len(jobs)
    with tempfile.TemporaryDirectory(prefix="akeneo-codegen-ruff-") as folder:
        paths: dict[int, Path] = {}
        for index, job in enumerate(jobs):
            try:
                ast.parse(job.text)
            except (SyntaxError, ValueError) as exc:
                message = exc.msg if isinstance(exc, SyntaxError) else str(exc)
                done[index] = _Done(job.text, f"{message} (line {getattr(exc, 'lineno', '?')})", None)
                continue
            paths[index] = Path(folder) / f"f{index}.py"
            paths[index].write_text(job.text, encoding="utf-8")
        if paths:
            command = [sys.executable, "-m", "ruff", "format", "--isolated", "--no-cache", "--quiet", *RUFF_OPTIONS, folder]
            ran = subprocess.run(command, capture_output=True, text=True, check=False)
            if ran.returncode != 0:
                reason = (ran.stderr or ran.stdout).strip().splitlines()[:1] or ["no output"]
                raise SpecError([Diagnostic(Level.ERROR, "", f"ruff format failed: {reason[0]}", "--formatter")])
        meanwhile()
        for index, path in paths.items():
            text = path.read_text(encoding="utf-8")
            filename = jobs[index].filename
            done[index] = _Done(text, None, None if filename is None else compile_error(text, filename))
    assert all(d is not None for d in done)
    return [d for d in done if d is not None]


def _format_in(pool: ProcessPoolExecutor, jobs: list[_Job], meanwhile: Callable[[], None]) -> list[_Done]:
    # largest first, one at a time, so that no worker is left with a large file at the end
    order = sorted(range(len(jobs)), key=lambda index: -len(jobs[index].text))
    futures = {index: pool.submit(_format_one, jobs[index]) for index in order}
    meanwhile()
    return [futures[index].result() for index in range(len(jobs))]
