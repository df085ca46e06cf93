"""Deliver a briefing: atomic file writes; email (multipart, inlined CSS) over SMTP."""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from digest.config import EmailConfig
from digest.errors import DeliveryError
from digest.model import Briefing

log = logging.getLogger(__name__)


def write_atomic(path: Path, text: str) -> Path:
    """Write text to path via a temp file in the same folder and a rename; never a half file."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DeliveryError(
            f"{path}: cannot write ({exc.strerror}); check the folder exists and is writable"
        ) from exc
    return path


# --- email ---------------------------------------------------------------------------------


class MailNotSent(DeliveryError):
    """The mail server did not take the briefing; files are written, nothing marked sent."""

    exit_code = 75  # EX_TEMPFAIL: cron should try again later

    def __init__(self, message: str, temporary: bool = True) -> None:
        super().__init__(message)
        self.temporary = temporary


def inline_css(html: str) -> str:
    """Copy the page's CSS onto each element (mail clients drop <style>); keep it for @media."""
    import css_inline

    inliner = css_inline.CSSInliner(keep_style_tags=True, load_remote_stylesheets=False)
    return inliner.inline(html)


def fit_html(
    briefing: Briefing, render_html: Callable[[Briefing], str], max_bytes: int
) -> tuple[str, int]:
    """The email HTML (CSS inlined) within max_bytes: when the whole briefing is too big, the
    last (lowest-ranked) stories move to the briefing's "More stories" list of links.

    Returns the HTML and how many stories were moved.
    """

    # Stories are in reading order (grouped by section); what moves is the lowest-ranked.
    by_rank = sorted(range(len(briefing.stories)), key=lambda i: -briefing.stories[i].score)

    def build(keep: int) -> str:
        kept_ids = set(by_rank[:keep])
        stories = tuple(s for i, s in enumerate(briefing.stories) if i in kept_ids)
        moved = tuple(briefing.stories[i] for i in by_rank[keep:])
        moved_ids = {s.id for s in moved}
        kept = replace(
            briefing,
            stories=stories,
            more_stories=(*moved, *briefing.more_stories),
            top_stories=tuple(i for i in briefing.top_stories if i not in moved_ids),
            sections=tuple(n for n in briefing.sections if any(s.section == n for s in stories)),
        )
        return inline_css(render_html(kept))

    total = len(briefing.stories)
    html = build(total)
    if len(html.encode()) <= max_bytes:
        return html, 0
    low, high, best, best_keep = 0, total - 1, None, 0  # the most stories that still fit
    while low <= high:
        mid = (low + high) // 2
        candidate = build(mid)
        if len(candidate.encode()) <= max_bytes:
            best, best_keep, low = candidate, mid, mid + 1
        else:
            high = mid - 1
    if best is None:
        best = build(0)
        log.warning("the email HTML is %d KB even with no stories", len(best.encode()) // 1024)
    log.info(
        "email HTML over %d KB: %d stories moved to 'More stories'",
        max_bytes // 1024,
        total - best_keep,
    )
    return best, total - best_keep


def build_message(
    briefing: Briefing,
    text: str,
    html: str,
    email: EmailConfig,
    now: datetime,
) -> EmailMessage:
    """A multipart/alternative message: the Markdown briefing first, the HTML last."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = email.from_
    msg["To"] = ", ".join(email.to)
    msg["Subject"] = format_subject(email.subject, briefing.title, now)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid("digest", domain=email.from_.rpartition("@")[2] or None)
    msg["Auto-Submitted"] = "auto-generated"
    if email.list_unsubscribe:
        msg["List-Unsubscribe"] = email.list_unsubscribe
    msg.set_content(text, subtype="plain", charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    return msg


def format_subject(template: str, title: str, now: datetime) -> str:
    """The subject line from its template: {title} and {date} (YYYY-MM-DD)."""
    return template.format(title=title, date=now.date().isoformat())


def _classify(exc: Exception, where: str) -> MailNotSent:
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailNotSent(
            f"{where}: login refused ({exc.smtp_code}); check [email] username and "
            "DIGEST_SMTP_PASSWORD",
            temporary=False,
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = {code for code, _ in exc.recipients.values()}
        temporary = all(400 <= c < 500 for c in codes)
        return MailNotSent(
            f"{where}: every recipient refused ({', '.join(exc.recipients)})", temporary=temporary
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        reason = (
            exc.smtp_error.decode(errors="replace")
            if isinstance(exc.smtp_error, bytes)
            else exc.smtp_error
        )
        return MailNotSent(
            f"{where}: the server answered {exc.smtp_code} {' '.join(str(reason).split())}",
            temporary=400 <= exc.smtp_code < 500,
        )
    if isinstance(exc, ssl.SSLError):
        return MailNotSent(f"{where}: TLS failed ({exc}); check [email] security", temporary=False)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailNotSent(f"{where}: {exc}; check [email] security", temporary=False)
    return MailNotSent(f"{where}: cannot reach the mail server ({exc or type(exc).__name__})")


def _send_once(msg: EmailMessage, email: EmailConfig) -> None:
    context = ssl.create_default_context(cafile=email.ca_file)
    smtp: smtplib.SMTP
    if email.security == "ssl":
        smtp = smtplib.SMTP_SSL(email.smtp_host, email.port, timeout=email.timeout, context=context)
    else:
        smtp = smtplib.SMTP(email.smtp_host, email.port, timeout=email.timeout)
    with smtp:
        if email.security == "starttls":
            smtp.starttls(context=context)
        if email.username:
            smtp.login(email.username, email.password or "")
        refused = smtp.send_message(msg, from_addr=email.from_, to_addrs=list(email.to))
    for address, (code, reason) in refused.items():
        log.warning("%s refused by the mail server: %s %s", address, code, reason)


def send(
    msg: EmailMessage, email: EmailConfig, sleep: Callable[[float], None] = time.sleep
) -> None:
    """Hand the message to the SMTP server; retry temporary failures with a doubling delay.

    Raises MailNotSent (exit 75) when the server did not accept it.
    """
    where = f"{email.smtp_host}:{email.port}"
    for attempt in range(email.retries + 1):
        try:
            _send_once(msg, email)
            log.info("mail accepted by %s for %s", where, ", ".join(email.to))
            return
        except (OSError, smtplib.SMTPException) as exc:
            error = _classify(exc, where)
            if not error.temporary or attempt == email.retries:
                raise error from exc
            delay = email.retry_delay * 2**attempt
            log.warning("%s; trying again in %g s", error, delay)
            sleep(delay)


def write_eml(path: Path, msg: EmailMessage) -> Path:
    """Write a message as an .eml file (what --dry-run would have sent)."""
    return write_atomic(path, msg.as_string(policy=policy.default))
