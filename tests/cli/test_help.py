"""Help for every command and option, the exit-code table, and a light --help."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from mxgateway.cli import app
from mxgateway.cli.exit_codes import EXIT_CODES
from mxgateway.cli.registry import COMMANDS

NAMES = [path.split(":")[1].replace("_", "-") for _, path, _ in COMMANDS]


def test_help_lists_every_command_and_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        app(["--help"])
    assert exited.value.code in (0, None)
    out = capsys.readouterr().out
    for name in NAMES:
        assert name in out
    for code, meaning in EXIT_CODES:
        assert f"{code} {meaning.split()[0]}" in out


@pytest.mark.parametrize("name", NAMES)
def test_every_command_and_option_has_help(name: str) -> None:
    command = app[name]
    assert command.help, f"{name} has no help"
    # A command group (``bridge``) has no options of its own: check its subcommands.
    if command.default_command is None:
        commands = [command[sub] for sub in command if not sub.startswith("-")]
        assert commands, f"{name} has neither options nor subcommands"
    else:
        commands = [command]
    for leaf in commands:
        assert leaf.help, f"{name} {leaf.name} has no help"
        for argument in leaf.assemble_argument_collection(parse_docstring=True):
            if argument.show:
                assert argument.parameter.help, f"{name} {argument.name} has no help"


@pytest.mark.parametrize("args", [["--help"], ["version", "--json"], ["ping", "--help"]])
def test_light_commands_do_not_import_the_transport(args: list[str]) -> None:
    probe = (
        "import sys\n"
        "from mxgateway.cli import app\n"
        "try:\n"
        f"    app({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('grpclib', 'mxgateway.wire._generated', 'betterproto2')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert proc.stdout.splitlines()[-1] == "[]"


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion_scripts(shell: str, capsys: pytest.CaptureFixture[str]) -> None:
    app(["completion", "--shell", shell], result_action="return_value")
    script = capsys.readouterr().out
    assert "mxgw-py" in script
    assert "stream-events" in script
    assert "--api-key-env" in script


def test_readme_quotes_every_alarm_reference() -> None:
    """Interactive bash expands an unquoted ``!``: every shell line with one quotes it."""
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    blocks = re.findall(r"```sh\n(.*?)```", readme, flags=re.DOTALL)
    lines = [line for block in blocks for line in block.splitlines() if "!" in line]
    assert lines
    for line in lines:
        assert re.search(r"'[^']*![^']*'", line), line
