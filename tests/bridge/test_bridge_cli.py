"""``mxgw-py bridge mqtt`` as a process: data on the broker, SIGTERM ends it cleanly with exit 0."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

import pytest

from benchmarks.mosquitto import Mosquitto
from mxgateway.cli import app
from mxgateway.cli.exit_codes import USAGE

from .conftest import listening

pytestmark = pytest.mark.slow


async def test_sigterm_publishes_offline_and_exits_0(broker: Mosquitto, tmp_path: Path) -> None:
    config = tmp_path / "bridge.toml"
    config.write_text(
        '[mqtt]\nhost = "127.0.0.1"\n'
        f"port = {broker.port}\n"
        '[tags]\ntags = ["TestMachine_001.TestChangingInt", "TestMachine_002.TestInt"]\n'
        '[bridge]\nprefix = "plant"\nbridge_id = "cli"\nstats_interval = 0.5\n'
    )
    command = [sys.executable, "-c", "from mxgateway.cli import main; main()"]
    command += ["bridge", "mqtt", "--simulate"]
    async with listening(broker.port, "plant/#") as seen:
        process = await asyncio.create_subprocess_exec(
            *command,
            "--config",
            str(config),
            "--prefix",
            "uns",
            stderr=asyncio.subprocess.PIPE,
            env={**os.environ, "MXGW_MQTT_PASSWORD": "not-needed-here"},
        )
        try:
            # --prefix overrides the file: nothing may arrive under plant/.
            async with listening(broker.port, "uns/#") as uns:
                topic = "uns/TestArea/TestMachine_001/TestChangingInt"
                await uns.wait(lambda: len(uns.on(topic)) >= 2, "a changing value twice")
                await uns.wait(lambda: bool(uns.on("uns/$bridge/cli/stats")), "statistics")
                process.send_signal(signal.SIGTERM)
                assert await asyncio.wait_for(process.wait(), 15) == 0
                await uns.wait(lambda: uns.on("uns/$bridge/cli/state")[-1].payload == b"offline")
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
        assert process.stderr is not None
        log = (await process.stderr.read()).decode()
    assert not seen.messages
    assert "not-needed-here" not in log
    stats = json.loads(uns.on("uns/$bridge/cli/stats")[-1].payload)
    assert stats["drops"] == 0


def test_missing_aiomqtt_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "aiomqtt" else real(name, *a)
    )
    with pytest.raises(SystemExit) as exited:
        app(["bridge", "mqtt", "--tag", "A.B"])
    assert exited.value.code == USAGE
    assert "pip install 'mxgateway[mqtt]'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[mqtt]\npassword = "x"\n', "environment variables only"),
        ("[mqtt]\nport = 0\n", "mqtt port must be between 1 and 65535"),
        ('[tags]\ntags = ["A.B"]\narea = "X"\n', "not both"),
        ('[bridge]\nprefix = "a/#"\n', "prefix must not contain"),
        ("[nonsense]\n", "unknown configuration section"),
        ("[bridge]\nqueue = 3\n", "unknown key 'queue'"),
        ("[bridge\n", "not valid TOML"),
    ],
)
def test_bad_configuration_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str, message: str
) -> None:
    config = tmp_path / "bridge.toml"
    config.write_text(toml)
    with pytest.raises(SystemExit) as exited:
        app(["bridge", "mqtt", "--config", str(config), "--tag", "A.B", "--plaintext"])
    assert exited.value.code == USAGE
    err = capsys.readouterr().err
    assert message in err
    assert '"x"' not in err


def test_readme_shows_the_bridge_in_three_commands() -> None:
    root = Path(__file__).resolve().parents[2]
    text = (root / "README.md").read_text()
    block = text.split("<!-- bridge:begin -->")[1].split("<!-- bridge:end -->")[0]
    commands = [line for line in block.splitlines() if line and not line.startswith("```")]
    assert len(commands) == 3
    assert "mosquitto" in commands[0]
    assert "'.[mqtt]'" in commands[1]
    assert "bridge mqtt --simulate" in commands[1]
    assert commands[2].startswith("mosquitto_sub")
    assert "apt-get install -y -qq mosquitto" in (root / ".ci" / "run").read_text()
