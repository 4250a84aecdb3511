"""``vault review --web``: the review workbench in the browser, its gate, and its decisions.

Plain HTTP tests run the workbench in a thread of this process (the vault opened in that
thread, as the CLI does in its own) and speak HTTP with :mod:`http.client`, so every header is
the test's choice. The browser test runs the real command in a subprocess and drives Debian's
chromium through chromedriver (Selenium); it skips, saying why, only when those are absent.

The transcripts are test_review's: spaCy scores "Harlow Dynamics" and "Kestrel Partners" as
ORGANISATION below the threshold, so each transcript has two spans awaiting review.
"""
from __future__ import annotations

import http.client
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from conftest import docx_of
from vault import objects
from vault.anonymise.formats import document_from_bytes
from vault.anonymise.review import pending_spans
from vault.anonymise.stored_transcripts import anonymise_items, current_pair
from vault.errors import CustodyError, VaultError
from vault.ingest import ingest_files
from vault.review_web.security import COOKIE, SECURITY_HEADERS, Gate
from vault.review_web.server import Stop, Workbench
from vault.store import Vault

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOT = ROOT / "docs" / "review-workbench.png"

TEXT = ("Interviewer: Thanks for coming, Olwen.\n"
        "Participant: Dr Fergus Applethwaite told me to try Harlow Dynamics in the spring, "
        "then Kestrel Partners again.\n"
        "Interviewer: And the larkspur unit?\n")
SECRETS = ("Olwen", "Brackenridge", "Applethwaite", "Harlow", "Kestrel", "larkspur")


@pytest.fixture
def reviewed(vault: Vault, tmp_path: Path, anonymiser: Any) -> dict[str, Any]:
    """A txt and a docx transcript of one participant, each with two spans pending review;
    the vault is closed again (the workbench opens it, as the CLI does)."""
    from vault.participants import add_participant

    code = add_participant(vault, "Olwen Brackenridge")
    src = tmp_path / "src"
    src.mkdir()
    raw = {}
    for number, (name, data) in enumerate(
            [("one.txt", TEXT.encode()), ("two.docx", docx_of(TEXT.splitlines()))], start=1):
        (src / name).write_bytes(data)
        summary = ingest_files(vault, [src / name], data_class="transcript_raw",
                               participant_code=code, interview=number)
        summary.check()
        raw[name] = summary.ingested[0].id
    done = anonymise_items(vault, None, anonymiser=anonymiser)
    assert not done.failed and done.review == 4
    spans = {(s.transcript, s.span_id) for s in pending_spans(vault)}
    assert spans == {(r, s) for r in raw.values() for s in ("r1", "r2")}
    vault.close()
    return {"raw": raw, "code": code, "root": vault.root}


class Served:
    """A workbench serving in a thread that opened (and unlocked) the vault itself."""

    def __init__(self, root: Path, **options: Any) -> None:
        self._ready: queue.Queue[Any] = queue.Queue()
        self.outcome: Any = None
        self._thread = threading.Thread(target=self._run, args=(root, options), daemon=True)
        self._thread.start()
        got = self._ready.get(timeout=120)
        if isinstance(got, BaseException):
            raise got
        self.bench: Workbench = got

    def _run(self, root: Path, options: dict[str, Any]) -> None:
        vault = Vault.open(root)
        try:  # the workbench unlocks the custodian itself (the CLI did it before)
            bench = Workbench(vault, **options)
        except VaultError as exc:
            vault.close()
            self._ready.put(exc)
            return
        self._ready.put(bench)
        try:
            self.outcome = bench.serve()
        finally:
            vault.close()

    def stop(self) -> None:
        self.bench.stop()
        self.join()

    def join(self) -> None:
        self._thread.join(timeout=120)
        assert not self._thread.is_alive()


@pytest.fixture
def served(reviewed: dict[str, Any]) -> Iterator[Served]:
    server = Served(reviewed["root"])
    yield server
    server.stop()


def _request(bench: Workbench, method: str, target: str, *, headers: dict[str, str] | None = None,
             body: str | None = None) -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", bench.port, timeout=120)
    sent = {"Host": f"127.0.0.1:{bench.port}", **(headers or {})}
    conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
    for name, value in sent.items():
        conn.putheader(name, value)
    data = body.encode() if body is not None else None
    if data is not None:
        conn.putheader("Content-Type", "application/x-www-form-urlencoded")
        conn.putheader("Content-Length", str(len(data)))
    conn.endheaders(data)
    response = conn.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    conn.close()
    return response


def _login(bench: Workbench) -> str:
    """Exchange the one-time token for the session cookie; returns the Cookie header."""
    target = urlsplit(bench.url)
    response = _request(bench, "GET", f"{target.path}?{target.query}")
    assert response.status == 303 and response.getheader("Location") == "/"
    set_cookie = response.getheader("Set-Cookie")
    assert set_cookie is not None
    attributes = [a.strip() for a in set_cookie.split(";")]
    assert {"HttpOnly", "SameSite=Strict", "Path=/"} <= set(attributes)
    return attributes[0]


# -- the view --------------------------------------------------------------------------------------

VTT = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nInterviewer: Thanks for coming, Olwen.\n\n"
       "00:00:04.500 --> 00:00:09.000\nParticipant: Dr Fergus Applethwaite told me to try "
       "Harlow Dynamics in the spring, then Kestrel Partners again.\n")


def test_view_places_every_replacement_and_span_in_its_turn(vault: Vault, tmp_path: Path,
                                                            anonymiser: Any) -> None:
    from vault.anonymise.review import Decision, decide
    from vault.participants import add_participant
    from vault.review_web.view import transcript_summaries, transcript_view

    code = add_participant(vault, "Olwen Brackenridge")
    (tmp_path / "cues.vtt").write_text(VTT, encoding="utf-8")
    summary = ingest_files(vault, [tmp_path / "cues.vtt"], data_class="transcript_raw",
                           participant_code=code, interview=3)
    summary.check()
    raw = summary.ingested[0].id
    assert anonymise_items(vault, None, anonymiser=anonymiser).review == 2
    decide(vault, (raw, "r2"), Decision.REJECT)
    [listed] = transcript_summaries(vault)
    assert (listed.raw_id, listed.label, listed.pending, listed.reviewed) == (
        raw, f"{code} · interview 3 · vtt", 1, 1)
    view = transcript_view(vault, raw)
    assert [t.speaker for t in view.turns] == ["Interviewer", "Participant"]  # one per cue
    pieces = [(p.kind, p.text, p.entity_type, p.span_id) for p in view.turns[1].pieces]
    assert pieces == [("replaced", "[Colleague A]", "PERSON", ""),
                      ("text", " told me to try ", "", ""),
                      ("pending", "Harlow Dynamics", "ORGANISATION", "r1"),
                      ("text", " in the spring, then ", "", ""),
                      ("kept", "Kestrel Partners", "ORGANISATION", "r2"),
                      ("text", " again.", "", "")]
    assert view.turns[0].pieces[-2:][0].text == f"[{code}]"  # a code, never a marker
    [card] = view.cards
    assert (card.span_id, card.entity_type, card.detector, card.turn, card.becomes) == (
        "r1", "ORGANISATION", "spacy", 1, "[ORGANISATION]")
    assert view.unplaced == 0 and "Harlow" not in repr(view)


# -- the gate --------------------------------------------------------------------------------------

def test_url_is_loopback_with_a_long_token(served: Served) -> None:
    url = urlsplit(served.bench.url)
    assert url.scheme == "http" and url.hostname == "127.0.0.1" and url.port == served.bench.port
    token = url.query.removeprefix("token=")
    assert len(token) >= 40 and re.fullmatch(r"[A-Za-z0-9_-]+", token)
    assert served.bench._server.server_address[0] == "127.0.0.1"


def test_requests_without_the_token_are_refused(served: Served) -> None:
    bench = served.bench
    for target in ("/", "/static/workbench.js", "/?token=not-the-token", "/nothing"):
        response = _request(bench, "GET", target)
        assert response.status == 403, target
        assert response.getheader("Set-Cookie") is None
    wrong = _request(bench, "GET", "/", headers={"Cookie": f"{COOKIE}=guess"})
    assert wrong.status == 403
    # a POST without the cookie changes nothing, same-origin or not
    origin = f"http://127.0.0.1:{bench.port}"
    post = _request(bench, "POST", "/decide", headers={"Origin": origin},
                    body=f"transcript={next(iter(pending_raw(served)))}&span=r1&action=accept")
    assert post.status == 403


def pending_raw(served: Served) -> set[str]:
    vault = Vault.open(served.bench.vault.root)
    try:
        return {s.transcript for s in pending_spans(vault)}
    finally:
        vault.close()


def test_token_opens_once_and_the_cookie_works(served: Served) -> None:
    bench = served.bench
    cookie = _login(bench)
    page = _request(bench, "GET", "/", headers={"Cookie": cookie})
    assert page.status == 200
    html = page.body.decode()  # type: ignore[attr-defined]
    assert "Harlow Dynamics" in html and "0</strong> of 4 spans decided" in html
    assert "<script src=\"/static/workbench.js\" defer></script>" in html
    assert "<script>" not in html and " on" + "click=" not in html  # no inline script
    # the link works once: a second use (someone else with the URL) is refused
    target = urlsplit(bench.url)
    again = _request(bench, "GET", f"{target.path}?{target.query}")
    assert again.status == 403 and again.getheader("Set-Cookie") is None
    assert b"used already" in again.body  # type: ignore[attr-defined]


def test_foreign_host_is_refused(served: Served) -> None:
    bench = served.bench
    cookie = _login(bench)
    port = bench.port
    for host in (f"evil.example:{port}", "127.0.0.1", f"127.0.0.1:{port + 1}",
                 f"localhost.evil.example:{port}", f"0.0.0.0:{port}", f"[::1]:{port}", ""):
        response = _request(bench, "GET", "/", headers={"Host": host, "Cookie": cookie})
        assert response.status == 421, host
        assert b"Harlow" not in response.body  # type: ignore[attr-defined]
    for host in (f"127.0.0.1:{port}", f"localhost:{port}"):
        ok = _request(bench, "GET", "/", headers={"Host": host, "Cookie": cookie})
        assert ok.status == 200, host
    # the one-time token does not get past a foreign Host either
    fresh = Served(bench.vault.root)
    try:
        target = urlsplit(fresh.bench.url)
        rebinding = _request(fresh.bench, "GET", f"{target.path}?{target.query}",
                             headers={"Host": f"attacker.example:{fresh.bench.port}"})
        assert rebinding.status == 421 and rebinding.getheader("Set-Cookie") is None
        assert not fresh.bench.gate.exchanged
    finally:
        fresh.stop()


def test_cross_origin_posts_are_refused_and_change_nothing(served: Served,
                                                           reviewed: dict[str, Any]) -> None:
    bench = served.bench
    cookie = _login(bench)
    raw = reviewed["raw"]["one.txt"]
    form = f"transcript={raw}&span=r1&action=accept"
    own = f"http://127.0.0.1:{bench.port}"
    refused = [
        {"Origin": "http://evil.example"},
        {"Origin": f"http://127.0.0.1:{bench.port + 1}"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": own, "Sec-Fetch-Site": "cross-site"},
        {},  # neither: not a browser's same-origin form
    ]
    for headers in refused:
        response = _request(bench, "POST", "/decide", headers={"Cookie": cookie, **headers},
                            body=form)
        assert response.status == 403, headers
    assert pending_raw(served) == set(reviewed["raw"].values())
    # the same request from the page's own origin is let in
    ok = _request(bench, "POST", "/decide",
                  headers={"Cookie": cookie, "Origin": own, "Sec-Fetch-Site": "same-origin"},
                  body=form)
    assert ok.status == 303 and ok.getheader("Location") == f"/?t={raw}"


def test_every_answer_has_the_security_headers(served: Served) -> None:
    bench = served.bench
    cookie = _login(bench)
    answers = [_request(bench, "GET", "/"),  # refused
               _request(bench, "GET", "/", headers={"Cookie": cookie}),
               _request(bench, "GET", "/static/workbench.js", headers={"Cookie": cookie}),
               _request(bench, "GET", "/static/workbench.css", headers={"Cookie": cookie}),
               _request(bench, "GET", "/static/../server.py", headers={"Cookie": cookie})]
    assert [a.status for a in answers] == [403, 200, 200, 200, 404]
    for answer in answers:
        for name, value in SECURITY_HEADERS.items():
            assert answer.getheader(name) == value, name
    csp = SECURITY_HEADERS["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert SECURITY_HEADERS["Cache-Control"] == "no-store"
    assert answers[2].getheader("Content-Type").startswith("text/javascript")
    assert answers[0].getheader("Server").startswith("vault-review")


def test_other_methods_and_bodies_are_refused(served: Served) -> None:
    bench = served.bench
    cookie = _login(bench)
    own = {"Cookie": cookie, "Origin": f"http://127.0.0.1:{bench.port}"}
    assert _request(bench, "PUT", "/decide", headers=own, body="x=1").status == 405
    assert _request(bench, "DELETE", "/", headers=own).status == 405
    big = _request(bench, "POST", "/terms", headers=own, body="words=" + "x" * 70_000)
    assert big.status == 413


def test_relabel_as_participant_and_refusals_show_on_the_page(served: Served,
                                                               reviewed: dict[str, Any]) -> None:
    bench = served.bench
    cookie = _login(bench)
    own = {"Cookie": cookie, "Origin": f"http://127.0.0.1:{bench.port}"}
    raw, code = reviewed["raw"]["one.txt"], reviewed["code"]

    def post(form: str) -> str:
        answer = _request(bench, "POST", "/decide", headers=own, body=form)
        assert answer.status == 303
        page = _request(bench, "GET", answer.getheader("Location"), headers={"Cookie": cookie})
        found = re.search(r'<p id="flash" class="flash (\w+)" role="status">([^<]*)</p>',
                          page.body.decode())  # type: ignore[attr-defined]
        assert found is not None
        return f"{found.group(1)} | {found.group(2)}"

    # a participant study-wide is a register alias, not a review decision: refused, unchanged
    refused = post(f"transcript={raw}&span=r1&action=relabel&label=participant:{code}"
                   "&scope=study")
    assert refused.startswith("error | error: a participant cannot be relabelled study-wide")
    assert post(f"transcript={raw}&span=r1&action=relabel&label=type:NOPE").startswith(
        "error | error: unknown entity type")
    assert post(f"transcript={raw}&span=r1&action=maybe") == (
        "error | error: unknown decision — accept, reject or relabel")
    assert post(f"transcript={raw}&span=r1&action=relabel&label=participant:{code}") == (
        f"done | span redacted as participant {code}")
    text, log = _text_of(reviewed["root"], raw)
    assert f"try [{code}] in the spring" not in text  # stored as a marker, not the code
    assert log.review[0]["participant_marker"] and log.review[0]["entity_type"] == "PERSON"
    assert log.review[0]["relabelled_from"] == "ORGANISATION"
    assert "Harlow" not in text


def test_gate_in_isolation() -> None:
    gate = Gate.new(8123)
    host = {"Host": "127.0.0.1:8123"}
    assert gate.check("GET", "/", host).status == 403  # type: ignore[union-attr]
    admitted = gate.check("GET", f"/?token={gate.token}", host)
    assert getattr(admitted, "set_cookie", "").startswith(f"{COOKIE}={gate.session};")
    assert gate.token not in admitted.set_cookie  # type: ignore[union-attr]
    cookie = {**host, "Cookie": f"other=1; {COOKIE}={gate.session}"}
    assert not hasattr(gate.check("GET", "/", cookie), "status")
    post = {**cookie, "Origin": "http://localhost:8123"}
    assert gate.check("POST", "/decide", post).status == 403  # type: ignore[union-attr]
    same = {**cookie, "Host": "localhost:8123", "Origin": "http://localhost:8123"}
    assert not hasattr(gate.check("POST", "/decide", same), "status")


# -- the session -----------------------------------------------------------------------------------

def test_a_locked_vault_cannot_start_the_workbench(reviewed: dict[str, Any],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAULT_IDENTITY_FILE")
    with pytest.raises(CustodyError):
        Served(reviewed["root"])


def test_a_port_in_use_is_refused(reviewed: dict[str, Any]) -> None:
    import socket

    from vault.errors import InputError

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(InputError, match=f"^cannot listen on 127.0.0.1 port {port} "):
            Served(reviewed["root"], port=port)


def test_idle_timeout_stops_it(reviewed: dict[str, Any]) -> None:
    now = [0.0]

    def clock() -> float:  # moves an hour on every look: the timeout passes at once
        now[0] += 3600
        return now[0]

    server = Served(reviewed["root"], idle_timeout=60, clock=clock)
    server.join()
    assert server.outcome.reason is Stop.IDLE


def test_finish_stops_it_and_nothing_is_logged(reviewed: dict[str, Any],
                                               capfd: pytest.CaptureFixture[str]) -> None:
    server = Served(reviewed["root"])
    bench = server.bench
    cookie = _login(bench)
    own = {"Cookie": cookie, "Origin": f"http://127.0.0.1:{bench.port}"}
    raw = reviewed["raw"]["one.txt"]
    _request(bench, "GET", "/?t=" + raw, headers={"Cookie": cookie})
    decided = _request(bench, "POST", "/decide", headers=own,
                       body=f"transcript={raw}&span=r2&action=reject")
    assert decided.status == 303
    page = _request(bench, "GET", decided.getheader("Location"), headers={"Cookie": cookie})
    assert b"span kept" in page.body  # type: ignore[attr-defined]
    finished = _request(bench, "POST", "/finish", headers=own, body="")
    assert finished.status == 200 and b"Review finished" in finished.body  # type: ignore
    server.join()
    assert server.outcome.reason is Stop.FINISHED and server.outcome.decided == 1
    out, err = capfd.readouterr()
    for secret in (*SECRETS, bench.gate.token, bench.gate.session, raw, "GET", "POST"):
        assert secret not in out + err


# -- the browser -----------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _browser() -> Any:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("Debian's chromium and chromium-driver are not installed "
                    "(.ci/run installs them with apt-get)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1440,900", "--no-first-run", "--disable-extensions",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-default-apps"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


def _text_of(root: Path, raw_id: str) -> tuple[str, Any]:
    vault = Vault.open(root)
    try:
        pair, log = current_pair(vault, raw_id)  # type: ignore[misc]
        doc = document_from_bytes(objects.read_object(vault, pair.redacted_id),
                                  f"x.{pair.kind}")
        return doc.text, log
    finally:
        vault.close()


@pytest.mark.slow
def test_browser_review_session(reviewed: dict[str, Any], tmp_path: Path) -> None:
    """Load with the token; accept, reject, relabel, "every occurrence", a deny-list word —
    all with the keyboard — then the records, the audit log, and a release that proceeds."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser = _browser()
    root: Path = reviewed["root"]
    one, two = reviewed["raw"]["one.txt"], reviewed["raw"]["two.docx"]
    child = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "review", "--web",
                              "--no-browser", "--idle-timeout", "600"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        url = child.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=[A-Za-z0-9_-]{40,}", url)
        # while a page loads, the browser may refuse a script for a moment: ask again
        wait = WebDriverWait(browser, 60, ignored_exceptions=(WebDriverException,))

        def flash() -> str:
            return str(browser.find_element(By.ID, "flash").text)

        def submits(send: Any) -> str:
            """Do what submits a form; wait for the next page; its message."""
            # a flag on the old page's window: the next page has a new window without it.
            # (staleness_of(<html>) raced a busy browser: asking about the old node while the
            # new page loads can fail with "Node ... does not belong to the document".)
            browser.execute_script("window.vaultOldPage = true;")
            send()
            wait.until(lambda driver: driver.execute_script(
                "return window.vaultOldPage === undefined;"))
            wait.until(expected_conditions.presence_of_element_located((By.ID, "progress")))
            return flash()

        def key(keys: str) -> None:
            ActionChains(browser).send_keys(keys).perform()

        def focused() -> str:
            card = browser.find_element(By.CSS_SELECTOR, "article.card.focused")
            return str(card.get_attribute("data-span"))

        browser.get(url)
        assert urlsplit(browser.current_url).query == ""  # the token left the address bar
        assert browser.find_element(By.ID, "transcript").get_attribute("data-raw") == one
        assert "0 of 4 spans decided" in browser.find_element(By.ID, "progress").text
        marks = browser.find_elements(By.CSS_SELECTOR, "#text mark.pending")
        assert [m.text for m in marks] == ["Harlow Dynamics", "Kestrel Partners"]
        replaced = browser.find_elements(By.CSS_SELECTOR, "#text mark.replaced")
        assert {m.get_attribute("data-type") for m in replaced} >= {"PERSON"}
        assert any(m.text == f"[{reviewed['code']}]" for m in replaced)  # codes, not markers
        assert "\u27e6" not in browser.page_source
        card = browser.find_element(By.ID, "span-r1")
        assert "ORGANISATION" in card.text and "spacy" in card.text.lower()
        assert card.find_element(By.CSS_SELECTOR, ".becomes").text == "[ORGANISATION]"
        assert "Participant:" in card.find_element(By.CSS_SELECTOR, ".context").text

        # the README's picture: the first transcript, its first span focused (rewritten in
        # docs/ only when asked, so a test run leaves the checkout clean: codes are random)
        assert focused() == "r1"
        shot = SCREENSHOT if os.environ.get("VAULT_UPDATE_SCREENSHOT") == "1" else (
            tmp_path / SCREENSHOT.name)
        assert browser.save_screenshot(str(shot))
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

        # one.txt: accept r1 (a), then reject r2 (r: the next span has the focus)
        assert submits(lambda: key("a")) == "span redacted"
        assert focused() == "r2"
        assert submits(lambda: key("r")) == "span kept"
        assert "2 of 4 spans decided" in browser.find_element(By.ID, "progress").text

        # two.docx: relabel r1 as HOSPITAL (l, choose, Enter) ...
        key("n")
        wait.until(lambda b: b.find_element(By.ID, "transcript").get_attribute("data-raw")
                   == two)
        assert focused() == "r1"
        key("l")
        select = Select(browser.switch_to.active_element)
        select.select_by_value("type:HOSPITAL")
        assert submits(lambda: browser.switch_to.active_element.send_keys(Keys.ENTER)) == (
            "span redacted as HOSPITAL")
        # ... and r2 for every occurrence in the study (e, a)
        assert focused() == "r2"
        key("e")
        assert submits(lambda: key("a")).startswith(
            "span redacted; every occurrence in the study: 2 transcript(s) now stale")

        # a missed place name (lower case: the engine misses it), selected in the text, to
        # the deny-list as LOCATION (d)
        Select(browser.find_element(By.ID, "terms-entity")).select_by_value("LOCATION")
        browser.execute_script("document.activeElement.blur();")
        turn = browser.find_element(By.XPATH, "//p[contains(., 'larkspur')]")
        browser.execute_script(
            "const node = Array.from(arguments[0].childNodes).find("
            "  n => n.nodeType === 3 && n.data.includes('larkspur'));"
            "const at = node.data.indexOf('larkspur'); const range = document.createRange();"
            "range.setStart(node, at); range.setEnd(node, at + 8);"
            "const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);",
            turn)
        assert submits(lambda: key("d")).startswith(
            "1 new term(s) on the study's deny-list as LOCATION; 2 transcript(s) now stale")
        assert "4 of 4 spans decided" in browser.find_element(By.ID, "progress").text

        key("F")  # Shift+F: finish; the server stops
        wait.until(expected_conditions.presence_of_element_located((By.ID, "finished")))
        out, err = child.communicate(timeout=120)
    finally:
        browser.quit()
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    assert out == ""  # the URL line was read above; nothing else on stdout
    assert err.splitlines()[-1] == "review finished: 4 decision(s), 1 new term(s)"
    for secret in (*SECRETS, url.split("=")[1]):
        assert secret not in out + err

    # the records: the same as the terminal review writes
    text_one, log_one = _text_of(root, one)
    assert [(r["id"], r["status"]) for r in log_one.review] == [("r1", "accepted"),
                                                                ("r2", "rejected")]
    assert "try [ORGANISATION] in the spring, then Kestrel Partners again" in text_one
    text_two, log_two = _text_of(root, two)
    first, second = log_two.review
    assert (first["status"], first["entity_type"], first["relabelled_from"]) == (
        "accepted", "HOSPITAL", "ORGANISATION")
    assert second["status"] == "accepted"
    assert "try [HOSPITAL] in the spring, then [ORGANISATION] again" in text_two
    vault = Vault.open(root)
    try:
        entries = [e for e in vault.audit.entries()
                   if e.action in ("anonymise.review", "redaction.terms")]
        assert [e.action for e in entries] == ["anonymise.review"] * 4 + ["redaction.terms"] * 2
        assert all(set(e.items) & {one, two} for e in entries[:4])
        logged = json.dumps([e.details for e in vault.audit.entries()])
        assert not any(s in logged for s in SECRETS)
        assert pending_spans(vault) == []
    finally:
        vault.close()

    # release: the deny-list made both transcripts stale; brought up to date, it proceeds
    env_cli = [sys.executable, str(ROOT / "cli.py")]
    out_dir = tmp_path / "release"
    refused = subprocess.run([*env_cli, "release", "create", "r0", "--transcripts", "all",
                              "--out-dir", str(out_dir)], capture_output=True, text=True, check=False)
    assert refused.returncode != 0 and "stale" in refused.stderr
    rerun = subprocess.run([*env_cli, "anonymise", "run", "--stale"], capture_output=True,
                           text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    released = subprocess.run([*env_cli, "release", "create", "r1", "--transcripts", "all",
                               "--out-dir", str(out_dir)], capture_output=True, text=True, check=False)
    assert released.returncode == 0, released.stderr
    texts = {p.suffix: document_from_bytes(p.read_bytes(), p.name).text
             for p in (out_dir / "r1" / "transcripts").iterdir()}
    assert set(texts) == {".txt", ".docx"}
    for text in texts.values():
        assert "Kestrel" not in text and "larkspur" not in text and "Harlow" not in text
        assert "And the [PLACE] unit?" in text  # the deny-listed word, after --stale
    # the re-run replayed every decision: the relabel too
    assert "try [ORGANISATION] in the spring, then [ORGANISATION] again" in texts[".txt"]
    assert "try [HOSPITAL] in the spring, then [ORGANISATION] again" in texts[".docx"]


# -- the command -----------------------------------------------------------------------------------

def _with_ctrl_c_on(argv: list[str], *, ignored: bool = False) -> subprocess.Popen[str]:
    """Start ``argv`` so that SIGINT reaches it as Ctrl-C does in a terminal (or, ``ignored``,
    as a script's background job, which ignores it).

    A child inherits an *ignored* SIGINT, and Python then installs no KeyboardInterrupt
    handler: a test run started in the background (``nohup make test &``, cron, a CI runner)
    ignores SIGINT, so the child would never see Ctrl-C. A handler installed for the moment of
    the fork is reset to the default by exec, which is the terminal's case.
    """
    previous = signal.signal(signal.SIGINT,
                             signal.SIG_IGN if ignored else signal.default_int_handler)
    try:
        return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    finally:
        signal.signal(signal.SIGINT, previous)


def test_cli_prints_the_url_first_and_stops_on_ctrl_c(reviewed: dict[str, Any]) -> None:
    child = _with_ctrl_c_on([sys.executable, str(ROOT / "cli.py"), "review", "--web",
                             "--no-browser"])
    try:
        assert child.stdout is not None
        url = child.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=[A-Za-z0-9_-]{40,}", url)
        conn = http.client.HTTPConnection("127.0.0.1", urlsplit(url).port, timeout=120)
        conn.request("GET", "/")
        assert conn.getresponse().status == 403  # listening, and gated
        conn.close()
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    assert out == ""
    assert err.splitlines() == ["review workbench on 127.0.0.1 — press Ctrl-C to stop",
                                "review workbench stopped (Ctrl-C)"]


def test_cli_says_how_to_stop_when_ctrl_c_cannot(reviewed: dict[str, Any]) -> None:
    """Started in the background by a script, the workbench does not promise a Ctrl-C that
    cannot reach it; it names the ways it stops, and stops by the idle timeout."""
    child = _with_ctrl_c_on([sys.executable, str(ROOT / "cli.py"), "review", "--web",
                             "--no-browser", "--idle-timeout", "1"], ignored=True)
    try:
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=[A-Za-z0-9_-]{40,}\n", out)
    assert err.splitlines() == [
        ('review workbench on 127.0.0.1 — Ctrl-C is ignored here (started in the background): '
         'stop it with "Finish review", or it stops after 1 s without a request'),
        "stopped after the idle timeout: 0 decision(s), 0 new term(s)"]


@pytest.mark.parametrize("extra", [["--accept-all"], ["it_000000000000"], ["--json"]])
def test_cli_web_takes_no_other_mode(reviewed: dict[str, Any], extra: list[str]) -> None:
    from click.testing import CliRunner

    from cli import main

    result = CliRunner().invoke(main, ["review", "--web", "--no-browser", *extra])
    assert result.exit_code == 2, result.output
    assert "--web reviews every transcript in the browser" in result.output


@pytest.mark.parametrize("extra", [["--port", "8080"], ["--no-browser"], ["--idle-timeout", "5"]])
def test_cli_web_options_need_web(reviewed: dict[str, Any], extra: list[str]) -> None:
    from click.testing import CliRunner

    from cli import main

    result = CliRunner().invoke(main, ["review", *extra])
    assert result.exit_code == 2, result.output
    assert "--port, --idle-timeout and --no-browser go with --web" in result.output
