"""Connection profiles: named sets of settings in an INI file that only its owner may read.

::

    [production]
    base_url = https://pim.example.com
    client_id = ...
    secret = ...
    username = ...
    password = ...

The file is ``<config>/<program>/profiles.ini`` (``$XDG_CONFIG_HOME`` or ``~/.config``), or the
one ``--profiles`` or ``<ENV_PREFIX>_PROFILES`` names. A file that others can read or write is
refused: it holds secrets. Values never show in messages.
"""

from __future__ import annotations

import configparser
import os
import stat
from collections.abc import Mapping
from pathlib import Path

__all__ = ["SETTINGS", "ProfileError", "default_path", "read_profile"]

#: what a profile may set (the client's connection settings)
SETTINGS = ("base_url", "client_id", "secret", "username", "password", "token")


class ProfileError(Exception):
    """The profile cannot be used (a usage error of the command line)."""


def default_path(program: str, env: Mapping[str, str]) -> Path:
    """``<config>/<program>/profiles.ini``, where ``<config>`` is ``$XDG_CONFIG_HOME`` or
    ``~/.config``."""
    config = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / program / "profiles.ini"


def read_profile(path: Path, name: str) -> dict[str, str]:
    """The settings of profile ``name`` in ``path``.

    Raises:
        ProfileError: the file is missing, readable or writable by others, not INI, has no
            such profile, or the profile sets something unknown.
    """
    try:
        info = path.stat()
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read the profiles file ({exc.strerror})") from None
    if os.name == "posix" and info.st_mode & 0o077:
        mode = stat.S_IMODE(info.st_mode)
        raise ProfileError(
            f"{path}: refused: the profiles file holds secrets but others may read or write it "
            f"(mode {mode:04o}); make it yours alone: chmod 600 {path}"
        )
    parser = configparser.ConfigParser(interpolation=None, default_section="\x00defaults")
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle, source=str(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read the profiles file: {exc}") from None
    except configparser.Error as exc:
        raise ProfileError(_ini_error(path, exc)) from None
    if not parser.has_section(name):
        known = ", ".join(parser.sections()) or "none"
        raise ProfileError(f"{path}: no profile [{name}] (profiles: {known})")
    values = dict(parser.items(name))
    unknown = sorted(set(values) - set(SETTINGS))
    if unknown:
        raise ProfileError(
            f"{path}: profile [{name}]: unknown setting(s) {', '.join(unknown)} "
            f"(known: {', '.join(SETTINGS)})"
        )
    return {key: value.strip() for key, value in values.items() if value.strip()}


def _ini_error(path: Path, exc: configparser.Error) -> str:
    """Where the file is not INI (its line), without echoing its content (it holds secrets)."""
    line = getattr(exc, "lineno", None)
    where = f"{path}:{line}" if line else str(path)
    kind = type(exc).__name__
    if isinstance(exc, configparser.DuplicateSectionError | configparser.DuplicateOptionError):
        return f"{where}: {exc.message}" if hasattr(exc, "message") else f"{where}: {kind}"
    return f"{where}: not an INI profiles file ({kind})"
