"""The CLI imports the module of the command it runs, and lists every command in its help."""
from __future__ import annotations

import subprocess
import sys

from tawatur.cli import COMMANDS, build_parser


def test_one_command_imports_only_its_own_module() -> None:
    probe = (
        "import sys\n"
        "from tawatur.cli import main\n"
        "try:\n"
        "    main(['clean', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('tawatur.commands.') and m != 'tawatur.commands.common'))\n"
        "print('concurrent.futures.process' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    modules, pool = out.strip().splitlines()[-2:]
    assert modules == "['tawatur.commands.clean']"
    assert pool == "False"


def test_full_parser_still_lists_every_command() -> None:
    text = build_parser().format_help()
    assert all(name in text for name in COMMANDS)
    assert build_parser("analyze").parse_args(["analyze", "x.txt", "--out", "o"]).command == "analyze"
