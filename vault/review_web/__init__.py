"""The review workbench: ``vault review --web``, redaction review in the custodian's browser.

A local page (loopback only, one-time token, strict same-origin rules: :mod:`.security`) shows
each transcript's redacted text with every replacement highlighted by type and the spans
awaiting review in their full turn (:mod:`.view`); its forms make the same library calls as
the terminal review (:mod:`.actions`), so decisions land in the same records and audit
entries. The server (:mod:`.server`) uses the standard library only; the page is autoescaped
Jinja2 templates and one vanilla script with keyboard shortcuts, packaged with the wheel::

    from vault.review_web.server import Workbench
    bench = Workbench(vault)          # the vault open with a custodian unlocked
    print(bench.url)                  # first line: the URL with its one-time token
    outcome = bench.serve()           # until finished, idle, or Ctrl-C
"""
from __future__ import annotations

__all__ = ["DEFAULT_IDLE_TIMEOUT"]

#: seconds without an admitted request after which the workbench stops. Here, not in
#: :mod:`.server`, so ``vault review``'s options need not import the server (http.server and
#: Jinja2) on every CLI start
DEFAULT_IDLE_TIMEOUT = 900.0
