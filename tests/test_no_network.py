"""The suite runs offline: the root conftest blocks non-loopback connections."""
from __future__ import annotations

import socket

import pytest


def test_outbound_connection_is_blocked() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, \
            pytest.raises(RuntimeError, match="network connection"):
        sock.connect(("192.0.2.1", 443))  # TEST-NET-1: would hang, not fail, if unguarded


def test_loopback_is_allowed() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as client:
            client.connect(server.getsockname())
