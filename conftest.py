"""Suite-wide test setup (root conftest, loaded before tests/conftest.py).

* No network: every socket connection to a non-loopback address fails loudly, so a test that
  needs the network (a model or suffix-list download, GX analytics) fails instead of hanging.
* Isolation from the developer's machine: HOME and XDG_CONFIG_HOME point into a temp dir (no
  real identity files are read or written) and keyring is forced to its 'fail' backend, as on a
  headless server; tests that exercise the keyring route install an in-memory backend.
"""
from __future__ import annotations

import ipaddress
import os
import socket
import tempfile

import pytest

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkBlocked(RuntimeError):
    """Raised when code under test tries to reach the network."""


def _allowed(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    if isinstance(address, tuple) and address:
        host = address[0]
        if host in ("localhost", ""):
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False
    return False


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _allowed(address):
        raise NetworkBlocked(f"test tried to open a network connection to {address!r}")
    return _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _allowed(address):
        raise NetworkBlocked(f"test tried to open a network connection to {address!r}")
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


def pytest_configure(config: pytest.Config) -> None:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    home = tempfile.mkdtemp(prefix="vault-test-home-")
    os.environ["HOME"] = home
    os.environ["XDG_CONFIG_HOME"] = os.path.join(home, ".config")
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    for name in ("VAULT_DIR", "VAULT_IDENTITY_FILE", "VAULT_PASSPHRASE"):
        os.environ.pop(name, None)
