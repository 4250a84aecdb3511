"""The review workbench's gate: who may talk to the local server, and the headers every answer
carries.

The workbench serves identifying text on the loopback interface; any local process, and any web
page the custodian's browser has open, can reach a loopback port. So every request passes
:meth:`Gate.check` before anything else runs::

    gate = Gate.new(port)
    gate.url                       # http://127.0.0.1:PORT/?token=…   (printed once)
    refusal = gate.check(method, path_query, headers)
    if refusal: answer refusal.status, refusal.reason

- **Host**: exactly ``127.0.0.1:PORT`` or ``localhost:PORT``. A page on another name resolving
  to 127.0.0.1 (DNS rebinding) sends its own name and is refused.
- **Token**: the URL's one-time token is exchanged, on the first load, for a session secret in
  an ``HttpOnly; SameSite=Strict`` cookie (the token leaves the address bar and history; a second
  use of the link is refused). Every other request needs that cookie.
- **Same origin** for state changes (POST, the only method that changes anything): ``Origin``
  must be this server's own origin, or, without one, ``Sec-Fetch-Site`` must be
  ``same-origin``; a request with neither is refused.
- :data:`SECURITY_HEADERS` on every answer: a strict Content-Security-Policy (no inline script,
  nothing from elsewhere, no framing), ``Cache-Control: no-store``, ``nosniff``, a referrer
  only to itself (with ``no-referrer`` a browser sends ``Origin: null`` on the page's own
  forms, which the same-origin rule refuses).

Comparisons of secrets run in constant time; refusals never echo what was sent.
"""
from __future__ import annotations

import hmac
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import cookies
from urllib.parse import parse_qs, urlsplit

__all__ = ["COOKIE", "SECURITY_HEADERS", "Gate", "Refusal"]

#: the session cookie's name
COOKIE = "vault_review"

#: headers on every answer, refusals included
SECURITY_HEADERS: Mapping[str, str] = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; "
                                "img-src 'self'; connect-src 'self'; object-src 'none'; "
                                "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


@dataclass(frozen=True)
class Refusal:
    """Why a request is refused (no request data in it)."""

    status: int
    reason: str


@dataclass(frozen=True)
class Admission:
    """A request let in: with a new session cookie when it brought the one-time token."""

    #: a ``Set-Cookie`` value, when the token was exchanged on this request
    set_cookie: str | None = None


@dataclass
class Gate:
    """Checks every request of one workbench session (see the module docstring)."""

    port: int
    token: str = field(repr=False)
    session: str = field(repr=False)
    #: whether the one-time token was exchanged already
    exchanged: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @classmethod
    def new(cls, port: int) -> Gate:
        """A gate with a fresh one-time token and session secret (256 bits each)."""
        return cls(port, secrets.token_urlsafe(32), secrets.token_urlsafe(32))

    @property
    def url(self) -> str:
        """The URL to open, with the one-time token."""
        return f"http://127.0.0.1:{self.port}/?token={self.token}"

    @property
    def hosts(self) -> frozenset[str]:
        return frozenset({f"127.0.0.1:{self.port}", f"localhost:{self.port}"})

    def check(self, method: str, target: str, headers: Mapping[str, str]
              ) -> Refusal | Admission:
        """Let a request in, or say why not.

        :param target: the request line's path and query.
        :param headers: header name (any case) -> value.
        """
        lower = {k.lower(): v for k, v in headers.items()}
        host = lower.get("host", "")
        if host not in self.hosts:
            return Refusal(421, "this workbench answers only on its loopback address")
        if method not in ("GET", "HEAD", "POST"):
            return Refusal(405, "method not allowed")
        if method == "POST":
            refusal = self._same_origin(host, lower)
            if refusal is not None:
                return refusal
        if self._has_session(lower.get("cookie", "")):
            return Admission()
        token = parse_qs(urlsplit(target).query).get("token", [""])[0]
        if method == "GET" and token and hmac.compare_digest(token.encode(),
                                                             self.token.encode()):
            with self._lock:  # handlers run in threads: one exchange only
                fresh, self.exchanged = not self.exchanged, True
            if fresh:
                return Admission(f"{COOKIE}={self.session}; HttpOnly; SameSite=Strict; "
                                 "Path=/")
        if token and self.exchanged:
            return Refusal(403, "this link was used already: it opens the workbench once — "
                                "restart `vault review --web` for a new one")
        return Refusal(403, "open the workbench with the link `vault review --web` printed")

    def _same_origin(self, host: str, lower: Mapping[str, str]) -> Refusal | None:
        origin = lower.get("origin")
        site = lower.get("sec-fetch-site")
        if origin is not None:
            if origin != f"http://{host}":
                return Refusal(403, "cross-origin request refused")
        elif site != "same-origin":
            return Refusal(403, "cross-origin request refused")
        if site is not None and site != "same-origin":
            return Refusal(403, "cross-origin request refused")
        return None

    def _has_session(self, header: str) -> bool:
        jar = cookies.SimpleCookie()
        try:
            jar.load(header)
        except cookies.CookieError:
            return False
        morsel = jar.get(COOKIE)
        return morsel is not None and hmac.compare_digest(morsel.value.encode(),
                                                          self.session.encode())
