"""Shared fixtures: a real HTTP server and a real SMTP server on loopback, config files."""

from __future__ import annotations

import asyncio
import email
import hashlib
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

DATA = Path(__file__).parent / "data"
WEB = DATA / "web"

# --- HTTP ----------------------------------------------------------------------------------


class WebServer(ThreadingHTTPServer):
    """Serves tests/data/web (PAGE_BASE in feeds becomes this server's address) and faults."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _WebHandler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.overrides: dict[str, bytes] = {}  # path -> body, to change a feed between runs
        self.released = threading.Event()  # ends /hang
        self.lock = threading.Lock()

    def handle_error(self, request, client_address) -> None:
        """Clients that hang up early (size cap, timeouts) are expected here; stay quiet."""

    def url(self, path: str) -> str:
        """The absolute URL of a path on this server."""
        return self.base + path

    def hits(self, path: str) -> list[dict[str, str]]:
        """Headers of every request made for a path."""
        with self.lock:
            return [h for p, h in self.requests if urlsplit(p).path == path]


class _WebHandler(BaseHTTPRequestHandler):
    server: WebServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, code: int, body: bytes = b"", ctype: str = "text/html", **headers: str):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: C901 - one branch per endpoint reads best here
        srv = self.server
        with srv.lock:
            srv.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        path = urlsplit(self.path).path
        if path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[1])
            return self._send(code, f"status {code}".encode(), "text/plain")
        if path == "/hang":
            srv.released.wait(timeout=30)
            return None
        if path in ("/huge", "/huge-declared"):
            return self._huge(declared=path == "/huge-declared")
        if path in ("/loop/a", "/loop/b"):
            target = "/loop/b" if path == "/loop/a" else "/loop/a"
            return self._send(302, b"", Location=srv.url(target))
        if path == "/moved":
            return self._send(301, b"", Location=srv.url("/pages/standalone.html"))
        body = srv.overrides.get(path)
        if body is None:
            file = (WEB / path.lstrip("/")).resolve()
            if WEB.resolve() not in file.parents or not file.is_file():
                return self._send(404, b"not found", "text/plain")
            body = file.read_bytes()
        body = body.replace(b"PAGE_BASE", srv.base.encode())
        ctype = {
            ".rss": "application/rss+xml",
            ".atom": "application/atom+xml",
            ".xml": "application/xml",
        }.get(Path(path).suffix, "text/html; charset=utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            return self._send(304, b"", ctype, ETag=etag)
        return self._send(
            200, body, ctype, ETag=etag, Last_Modified="Thu, 26 Nov 2026 06:00:00 GMT"
        )

    def _huge(self, declared: bool) -> None:
        """50 MB of HTML, generated chunk by chunk (never held in memory)."""
        chunk, total = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>\n", 50
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if declared:
            self.send_header("Content-Length", str(len(chunk) * total))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        try:
            for _ in range(total):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def web() -> Iterator[WebServer]:
    """A real HTTP server on 127.0.0.1 in a thread."""
    server = WebServer()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.released.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --- SMTP ----------------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port nothing listens on (right now)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def closed_port() -> int:
    """A loopback port with no server behind it (a mail server that is down)."""
    return free_port()


@dataclass
class Mailbox:
    """The aiosmtpd handler: keeps accepted messages; can refuse or block in DATA."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    mode: str = "accept"  # accept | tempfail | block
    in_data: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server, session, envelope) -> str:
        if self.mode == "tempfail":
            return "451 4.3.0 Mailbox busy, try again later"
        if self.mode == "block":
            self.in_data.set()
            while not self.release.is_set():  # the client is killed meanwhile
                await asyncio.sleep(0.05)
            return "451 4.3.0 Gave up waiting"
        msg = email.message_from_bytes(envelope.original_content, policy=default_policy)
        self.messages.append(msg)  # type: ignore[arg-type]
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 2.0.0 Message accepted"


@dataclass
class SmtpServer:
    """A running aiosmtpd server and what it received."""

    host: str
    port: int
    mailbox: Mailbox
    controller: object
    ca_file: Path | None = None


def _authenticator(user: str, password: str):
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def check(server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and (
            auth_data.login.decode(),
            auth_data.password.decode(),
        ) == (user, password)
        return AuthResult(success=ok, handled=False)

    return check


@pytest.fixture(scope="session")
def tls_cert(tmp_path_factory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (needs the openssl command)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
        + ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]
        + ["-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


@pytest.fixture
def smtp_factory(request) -> Iterator:
    """Start aiosmtpd servers on loopback: smtp_factory(auth=(user, pw), tls="starttls"|"ssl")."""
    started: list[SmtpServer] = []

    def start(
        auth: tuple[str, str] | None = None, tls: str | None = None, mailbox: Mailbox | None = None
    ) -> SmtpServer:
        from aiosmtpd.controller import Controller

        box = mailbox or Mailbox()
        kwargs: dict = {}
        ca = None
        if tls:
            cert, key = request.getfixturevalue("tls_cert")
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(cert, key)
            ca = cert
            if tls == "ssl":
                kwargs["ssl_context"] = context
            else:
                kwargs.update(tls_context=context, require_starttls=True)
        if auth:
            # aiosmtpd cannot tell that an implicit-TLS ("ssl") connection is encrypted
            kwargs.update(authenticator=_authenticator(*auth), auth_require_tls=tls == "starttls")
        port = free_port()
        controller = Controller(box, hostname="127.0.0.1", port=port, ready_timeout=10, **kwargs)
        if tls == "ssl":
            # Controller's readiness probe speaks plain SMTP; probe over TLS instead.
            controller._trigger_server = lambda: _probe_tls(port, ca)  # type: ignore[method-assign]
        controller.start()
        server = SmtpServer("127.0.0.1", port, box, controller, ca)
        started.append(server)
        return server

    yield start
    for server in started:
        server.mailbox.release.set()
        server.controller.stop()  # type: ignore[attr-defined]


def _probe_tls(port: int, ca: Path | None) -> None:
    context = ssl.create_default_context(cafile=ca)
    with (
        socket.create_connection(("127.0.0.1", port), timeout=5) as raw,
        context.wrap_socket(raw, server_hostname="127.0.0.1") as s,
    ):
        s.recv(1024)


@pytest.fixture
def smtp(smtp_factory) -> SmtpServer:
    """A plain SMTP server on loopback with no login, accepting everything."""
    return smtp_factory()


# --- config files --------------------------------------------------------------------------


def toml_value(value: object) -> str:
    """A Python value as TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture
def write_config(tmp_path: Path):
    """write_config(sources=[{"feed": url}], email={...}, http={...}, **briefing) -> path.

    Defaults keep tests fast and bounded: no facts step, 1 s HTTP timeout, state and output
    inside tmp_path, quick SMTP retries.
    """

    def write(
        sources: list[dict[str, str]] = (),  # type: ignore[assignment]
        email: dict[str, object] | None = None,
        http: dict[str, object] | None = None,
        **briefing: object,
    ) -> Path:
        b = {"title": "Test briefing", "out_dir": "out", "state": "state.sqlite", "facts": False}
        b.update(briefing)
        h = {"timeout": 1, "max_mb": 2}
        h.update(http or {})
        lines = ["[briefing]", *(f"{k} = {toml_value(v)}" for k, v in b.items()), ""]
        for source in sources:
            lines += ["[[sources]]", *(f"{k} = {toml_value(v)}" for k, v in source.items()), ""]
        lines += ["[http]", *(f"{k} = {toml_value(v)}" for k, v in h.items()), ""]
        if email is not None:
            e = {"security": "none", "retries": 1, "retry_delay": 0.05, "timeout": 5}
            e.update(email)
            lines += ["[email]", *(f"{k} = {toml_value(v)}" for k, v in e.items()), ""]
        path = tmp_path / "digest.toml"
        path.write_text("\n".join(lines), encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def nlp():
    """The verified spaCy model of the facts step; tests that use it skip without it."""
    from digest.facts.nlp import load_nlp

    model = load_nlp()
    if model is None:
        pytest.skip("spaCy model not available")
    return model
