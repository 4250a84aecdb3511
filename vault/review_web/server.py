"""The review workbench's local web server: ``vault review --web``.

Standard library only (:mod:`http.server`): a threading server on ``127.0.0.1`` whose handler
threads parse requests and pass :class:`~vault.review_web.security.Gate`; everything that
touches the vault runs in the thread that calls :meth:`Workbench.serve` (the thread that opened
and unlocked the vault: SQLite connections stay in their thread), one request at a time::

    bench = Workbench(vault, port=0, idle_timeout=900)
    print(bench.url)                 # http://127.0.0.1:PORT/?token=…  (one-time)
    outcome = bench.serve()          # until "Finish review", the idle timeout, or stop()
    outcome.reason, outcome.decided

Routes: ``GET /`` (``?t=RAW_ID``: the transcript shown), ``GET /static/workbench.{js,css}``,
``POST /decide`` (accept, reject or relabel one span, optionally for every occurrence),
``POST /terms`` (words to the study's deny or allow list), ``POST /finish``. A POST answers
with a redirect to the page (post/redirect/get), so reloading never repeats a decision.

No access log: the handler writes nothing to stderr (paths hold the token, pages hold
identifying text). Errors of the vault (:class:`~vault.errors.VaultError`, messages without
identifiers) are shown on the page; anything else stops the server and is raised by
:meth:`Workbench.serve`.
"""
from __future__ import annotations

import enum
import queue
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future, wait
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urlsplit

import jinja2

from vault.errors import InputError, VaultError
from vault.review_web import DEFAULT_IDLE_TIMEOUT, actions
from vault.review_web.security import SECURITY_HEADERS, Admission, Gate, Refusal
from vault.review_web.view import study_progress, transcript_summaries, transcript_view

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["Outcome", "Stop", "Workbench"]

#: the largest form body accepted
MAX_BODY = 64 * 1024
#: a hang guard for a handler waiting on the vault thread (never a speed limit)
_JOB_TIMEOUT = 600.0
#: how often the vault thread looks at the clock while no request comes
_POLL = 0.25
_STATIC = {"workbench.js": "text/javascript; charset=utf-8",
           "workbench.css": "text/css; charset=utf-8"}


class Stop(enum.Enum):
    """Why the workbench stopped."""

    FINISHED = "finished"
    IDLE = "idle"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Outcome:
    """How a workbench session ended and what it changed (counts only)."""

    reason: Stop
    #: decisions made (accept, reject, relabel), terms added to a list
    decided: int = 0
    terms: int = 0


@dataclass(frozen=True)
class _Answer:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: Mapping[str, str] = field(default_factory=dict)
    #: the last answer of the session: the server stops once it is sent
    final: bool = False


def _redirect(raw_id: str | None) -> _Answer:
    where = "/?" + urlencode({"t": raw_id}) if raw_id else "/"
    return _Answer(303, headers={"Location": where})


def _templates() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("vault.review_web", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)


class Workbench:
    """One review session in the browser (see the module docstring).

    :param vault: an open vault with a custodian unlocked, used only from the thread that
        calls :meth:`serve`.
    :param port: the loopback port; 0 picks a free one.
    :param idle_timeout: seconds without a request before the session stops.
    :param clock: monotonic seconds (a parameter so that tests can move time).
    :raises CustodyError: no custodian unlocked in this process.
    :raises InputError: the port is not free.
    """

    def __init__(self, vault: Vault, *, port: int = 0,
                 idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
                 clock: Callable[[], float] = time.monotonic) -> None:
        vault.custody()  # a custodian's session only: refuse before listening
        self.vault = vault
        self.idle_timeout = idle_timeout
        self._clock = clock
        self._jobs: queue.Queue[tuple[Callable[[], _Answer], Future[_Answer]]] = queue.Queue()
        self._stop = threading.Event()
        self._sent = threading.Event()
        self._flash: tuple[str, str] | None = None
        self._decided = 0
        self._terms = 0
        self._templates = _templates()
        try:
            self._server = _Server(("127.0.0.1", port), _Handler)
        except OSError as exc:
            raise InputError(f"cannot listen on 127.0.0.1 port {port} ({exc.strerror})",
                             hint="pick another --port, or leave it out for a free one"
                             ) from exc
        self._server.workbench = self
        self.gate = Gate.new(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The one-time URL to open (print it once, to the custodian only)."""
        return self.gate.url

    @property
    def port(self) -> int:
        return self.gate.port

    def stop(self) -> None:
        """Ask :meth:`serve` to return (from any thread)."""
        self._stop.set()

    def serve(self) -> Outcome:
        """Answer requests until "Finish review", the idle timeout, or :meth:`stop`.

        Ctrl-C (KeyboardInterrupt) stops the server and propagates.
        """
        thread = threading.Thread(target=self._server.serve_forever,
                                  kwargs={"poll_interval": _POLL}, daemon=True,
                                  name="review-web-http")
        thread.start()
        reason = Stop.STOPPED
        last = self._clock()
        try:
            while not self._stop.is_set():
                if self._clock() - last >= self.idle_timeout:
                    reason = Stop.IDLE
                    break
                try:
                    job, future = self._jobs.get(timeout=_POLL)
                except queue.Empty:
                    continue
                last = self._clock()
                answer = self._run(job, future)
                if answer is not None and answer.final:
                    # the page saying so reaches the browser before the server goes
                    self._sent.wait(timeout=30)
                    reason = Stop.FINISHED
                    break
        finally:
            self._stop.set()
            self._server.shutdown()
            self._server.server_close()
            self._drain()
            thread.join(timeout=30)
        return Outcome(reason, self._decided, self._terms)

    def _run(self, job: Callable[[], _Answer], future: Future[_Answer]) -> _Answer | None:
        try:
            answer = job()
        except VaultError as exc:  # messages carry no identifiers (vault.errors)
            answer = _Answer(500, exc.render().encode("utf-8"), "text/plain; charset=utf-8")
        except BaseException as exc:
            future.set_exception(exc)
            raise
        future.set_result(answer)
        return answer

    def _drain(self) -> None:
        while True:
            try:
                _job, future = self._jobs.get_nowait()
            except queue.Empty:
                return
            future.set_result(_Answer(503, b"the review workbench has stopped",
                                      "text/plain; charset=utf-8"))

    def submit(self, job: Callable[[], _Answer]) -> _Answer:
        """Run ``job`` in the vault thread and wait for its answer (handler threads)."""
        if self._stop.is_set():
            return _Answer(503, b"the review workbench has stopped", "text/plain; charset=utf-8")
        future: Future[_Answer] = Future()
        self._jobs.put((job, future))
        wait([future], timeout=_JOB_TIMEOUT)
        if not future.done():
            return _Answer(503, b"the vault is busy", "text/plain; charset=utf-8")
        if future.exception() is not None:  # serve() stops and raises it; the browser gets 500
            return _Answer(500, b"internal error: see the terminal", "text/plain; charset=utf-8")
        return future.result()

    def answer_sent(self, answer: _Answer) -> None:
        if answer.final:
            self._sent.set()

    # -- the pages (vault thread) ------------------------------------------------------------

    def route(self, method: str, target: str, form: Mapping[str, str]) -> _Answer:
        """The answer to a request the gate let in (vault thread)."""
        path = urlsplit(target).path
        if method in ("GET", "HEAD"):
            if path == "/":
                query = {k: v[0] for k, v in parse_qs(urlsplit(target).query).items()}
                return self._page(query.get("t"))
            if path.startswith("/static/") and path[len("/static/"):] in _STATIC:
                name = path[len("/static/"):]
                data = resources.files("vault.review_web").joinpath("static", name).read_bytes()
                return _Answer(200, data, _STATIC[name])
            return _Answer(404, b"not found", "text/plain; charset=utf-8")
        raw_id = form.get("transcript") or None
        try:
            if path == "/decide":
                message = actions.decide_span(
                    self.vault, form.get("transcript", ""), form.get("span", ""),
                    form.get("action", ""), every=form.get("scope") == "study",
                    label=form.get("label") or None)
                self._decided += 1
            elif path == "/terms":
                message, added = actions.add_terms(
                    self.vault, form.get("list", ""), form.get("entity", ""),
                    form.get("words", ""))
                self._terms += added
            elif path == "/finish":
                return self._finished()
            else:
                return _Answer(404, b"not found", "text/plain; charset=utf-8")
        except VaultError as exc:
            self._flash = ("error", exc.render())
        else:
            self._flash = ("done", message)
        return _redirect(raw_id)

    def _page(self, raw_id: str | None) -> _Answer:
        summaries = transcript_summaries(self.vault)
        if raw_id is None or raw_id not in {s.raw_id for s in summaries}:
            waiting = [s for s in summaries if s.pending]
            raw_id = (waiting or summaries)[0].raw_id if summaries else None
        current = transcript_view(self.vault, raw_id) if raw_id else None
        decided, total = study_progress(summaries)
        flash, self._flash = self._flash, None
        choices = actions.choices(self.vault)
        index = next((i for i, s in enumerate(summaries) if s.raw_id == raw_id), 0)
        html = self._templates.get_template("workbench.html").render(
            summaries=summaries, current=current, decided=decided, total=total,
            pending=total - decided, flash=flash, choices=choices,
            previous=summaries[index - 1].raw_id if index > 0 else None,
            next=summaries[index + 1].raw_id if index + 1 < len(summaries) else None)
        return _Answer(200, html.encode("utf-8"))

    def _finished(self) -> _Answer:
        decided, total = study_progress(transcript_summaries(self.vault))
        html = self._templates.get_template("finished.html").render(
            decided=decided, total=total, session=self._decided, terms=self._terms)
        return _Answer(200, html.encode("utf-8"), final=True)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    workbench: Workbench

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a traceback could quote request data; a broken connection is not news."""


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "vault-review"
    sys_version = ""
    #: a socket idle this long is dropped (browsers open spare connections)
    timeout = 60

    def log_message(self, format: str, *args: Any) -> None:
        """No access log: the request line holds the token, and nothing here may be logged."""

    def do_GET(self) -> None:
        self._handle("GET")

    def do_HEAD(self) -> None:
        self._handle("HEAD")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def do_OPTIONS(self) -> None:
        self._handle("OPTIONS")

    def _handle(self, method: str) -> None:
        bench = self.server.workbench
        verdict = bench.gate.check(method, self.path, dict(self.headers.items()))
        if isinstance(verdict, Refusal):
            self._send(_Answer(verdict.status, verdict.reason.encode("utf-8"),
                               "text/plain; charset=utf-8"), method)
            return
        form: dict[str, str] = {}
        if method == "POST":
            parsed = self._form()
            if isinstance(parsed, _Answer):
                self._send(parsed, method)
                return
            form = parsed
        if isinstance(verdict, Admission) and verdict.set_cookie:
            # the token leaves the address bar: the page is loaded again without it
            self._send(_Answer(303, headers={"Location": "/", "Set-Cookie": verdict.set_cookie}),
                       method)
            return
        answer = bench.submit(lambda: bench.route(method, self.path, form))
        try:
            self._send(answer, method)
        finally:
            bench.answer_sent(answer)

    def _form(self) -> dict[str, str] | _Answer:
        kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            return _Answer(415, b"form data expected", "text/plain; charset=utf-8")
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            return _Answer(411, b"length required", "text/plain; charset=utf-8")
        if not 0 <= length <= MAX_BODY:
            return _Answer(413, b"form too large", "text/plain; charset=utf-8")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        return {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}

    def _send(self, answer: _Answer, method: str) -> None:
        self.send_response(answer.status)
        for name, value in {**SECURITY_HEADERS, **answer.headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(answer.body)
