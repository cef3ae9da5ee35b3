"""TLS from the command line: the default, a private CA with --ca-file, a certificate name
that differs from the endpoint host with --server-name-override."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from mxgateway.simulator import ManualClock, Simulator, SimulatorConfig

from .conftest import START, Cli, SimThread

NAME = "gateway.plant.local"


@pytest.fixture
def ca_file(tmp_path: Path) -> Path:
    return tmp_path / "ca.pem"


@pytest.fixture
def sim_thread(tmp_path: Path, ca_file: Path) -> Iterator[SimThread]:
    """The CLI fixtures' simulator, serving TLS with a certificate for NAME from a private CA."""
    ca = trustme.CA()
    issued = ca.issue_cert(NAME)
    ca.cert_pem.write_to_path(str(ca_file))
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    issued.cert_chain_pems[0].write_to_path(str(cert))
    issued.private_key_pem.write_to_path(str(key))
    config = SimulatorConfig(
        objects=3, seed=0, clock=ManualClock(start=START), tls_cert=cert, tls_key=key
    )
    thread = SimThread(config)
    try:
        yield thread
    finally:
        thread.close()


def _open(cli: Cli, sim: Simulator, *options: str) -> tuple[int, str]:
    result = cli("open-session", "--endpoint", sim.endpoint, *options, "--json", connect=False)
    return result.code, result.out


def test_ca_file_and_server_name_override(cli: Cli, sim: Simulator, ca_file: Path) -> None:
    code, out = _open(cli, sim, "--ca-file", str(ca_file), "--server-name-override", NAME)
    assert code == 0, out
    assert sim.session_ids() != []
    galaxy = cli("galaxy-test-connection", "--endpoint", sim.endpoint, "--ca-file", str(ca_file),
                  "--server-name-override", NAME, "--tls", connect=False)  # fmt: skip
    assert galaxy.code == 0, galaxy.err


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ((), "unable to get local issuer certificate"),
        (("--server-name-override", NAME), "unable to get local issuer certificate"),
        (("--ca-file", "{ca}"), "IP address mismatch"),
        (("--ca-file", "{ca}", "--server-name-override", "other.name"), "Hostname mismatch"),
    ],
)
def test_unverified_gateway_is_unavailable(
    cli: Cli, sim: Simulator, ca_file: Path, options: tuple[str, ...], reason: str
) -> None:
    code, out = _open(cli, sim, *(option.format(ca=ca_file) for option in options))
    assert code == 4
    assert reason in out
    assert sim.session_ids() == []


def test_plaintext_to_a_tls_gateway_is_unavailable(cli: Cli, sim: Simulator) -> None:
    code, out = _open(cli, sim, "--plaintext")
    assert code == 4
    assert "uses TLS, connect without --plaintext (and without MXGATEWAY_PLAINTEXT)" in out
