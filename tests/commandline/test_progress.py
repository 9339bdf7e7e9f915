"""Progress on stderr: a bar when stderr is a terminal and tqdm (the ``cli`` extra) is
installed; plain lines when it is not a terminal, or tqdm is missing."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import termios
from pathlib import Path

from tests.commandline.conftest import Cli
from tests.support.paths import GENERATED


def _on_a_terminal(cli: Cli, env: dict[str, str]) -> tuple[int, str]:
    """Run an export of 250 products with stderr on a pseudo-terminal; (status, what it showed)."""
    cli.catalog.count = 250
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 24 x 100
    proc = subprocess.Popen(cli.command(["export", "products", "-o", str(cli.cwd / "out.ndjson")]), cwd=cli.cwd, env=env, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    shown = b""
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the terminal closed: the process is gone
            break
        if not data:
            break
        shown += data
    os.close(master)
    return proc.wait(60), shown.decode()


def test_a_terminal_gets_a_bar(cli: Cli) -> None:
    status, shown = _on_a_terminal(cli, cli.env())
    assert status == 0
    assert "export products: 250item [" in shown and "item/s]" in shown  # tqdm's bar
    assert shown.rstrip().splitlines()[-1].startswith("export products: 250 item(s), ")


def test_without_tqdm_a_terminal_gets_plain_lines(cli: Cli, tmp_path: Path) -> None:
    hidden = tmp_path / "no_tqdm"
    hidden.mkdir()
    (hidden / "tqdm.py").write_text("raise ImportError('tqdm is not installed')\n", encoding="utf-8")
    status, shown = _on_a_terminal(cli, cli.env(PYTHONPATH=f"{hidden}{os.pathsep}{GENERATED}"))
    assert status == 0
    assert "item/s]" not in shown
    assert shown.strip().splitlines()[-1].startswith("export products: 250 item(s), ")
