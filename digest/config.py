"""Configuration of `digest run`: packaged defaults < digest.toml < DIGEST_* env < CLI flags."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, get_args, get_type_hints

from digest.errors import ConfigError

EXIT_CONFIG = 78  # EX_CONFIG from sysexits.h
PASSWORD_ENV = "DIGEST_SMTP_PASSWORD"


class ConfigFileError(ConfigError):
    """The configuration is wrong; `digest run` exits 78 (EX_CONFIG) on it."""

    exit_code = EXIT_CONFIG


@dataclass(frozen=True)
class BriefingConfig:
    """[briefing]: what the briefing looks like and where it goes."""

    title: str = "Briefing"
    out_dir: str = "out"
    sentences: int = 3
    method: str | None = None  # None: the ranker's default
    facts: bool = True
    templates: str | None = None
    state: str | None = None  # None: digest/state.sqlite in the user's data directory
    max_stories: int | None = None  # past these, stories go to a "More stories" list of links
    max_words: int | None = None  # summary words in the whole briefing
    workers: int | None = None  # processes for the facts step; None: one per core


@dataclass(frozen=True)
class SourceConfig:
    """One [[sources]] entry: exactly one of feed, url or path."""

    feed: str | None = None
    url: str | None = None
    path: str | None = None
    weight: float = 1.0  # how much this source counts when stories are ranked

    @property
    def kind(self) -> str:
        """ "feed", "url" or "path"."""
        return "feed" if self.feed else "url" if self.url else "path"

    @property
    def location(self) -> str:
        """The feed URL, page URL or path."""
        return self.feed or self.url or self.path or ""


@dataclass(frozen=True)
class EmailConfig:
    """[email]: who gets the briefing and how to reach the mail server."""

    to: tuple[str, ...] = ()
    from_: str = "digest@localhost"
    subject: str = "{title} — {date}"
    smtp_host: str = "localhost"
    smtp_port: int = 0  # 0: 587 for starttls, 465 for ssl, 25 for none
    security: str = "starttls"
    username: str | None = None
    password: str | None = field(default=None, repr=False)  # only from DIGEST_SMTP_PASSWORD
    ca_file: str | None = None  # extra CA bundle to trust (a private mail server)
    list_unsubscribe: str | None = None  # e.g. "<mailto:digest@example.org?subject=stop>"
    timeout: float = 30.0
    retries: int = 3
    retry_delay: float = 5.0  # seconds; doubles after each temporary failure
    max_html_kb: int = 100

    @property
    def port(self) -> int:
        """The SMTP port, defaulted from the security mode."""
        return self.smtp_port or {"ssl": 465, "none": 25}.get(self.security, 587)


@dataclass(frozen=True)
class HttpConfig:
    """[http]: how feeds and pages are fetched."""

    timeout: float = 20.0
    max_mb: float = 10.0
    max_redirects: int = 5
    workers: int = 4
    teaser_chars: int = 600  # an entry with no content and a shorter summary is a teaser


@dataclass(frozen=True)
class Config:
    """The whole configuration of `digest run`."""

    briefing: BriefingConfig = field(default_factory=BriefingConfig)
    sources: tuple[SourceConfig, ...] = ()
    email: EmailConfig = field(default_factory=EmailConfig)
    http: HttpConfig = field(default_factory=HttpConfig)
    base_dir: Path = field(default_factory=Path.cwd)  # relative paths are read from here

    def resolve(self, value: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.base_dir / path

    @property
    def state_path(self) -> Path:
        """Where the SQLite state lives."""
        if self.briefing.state:
            return self.resolve(self.briefing.state)
        from platformdirs import user_data_path

        return user_data_path("digest", appauthor=False) / "state.sqlite"

    @property
    def out_dir(self) -> Path:
        """Where briefings are written."""
        return self.resolve(self.briefing.out_dir)

    @property
    def source_weights(self) -> dict[str, float]:
        """Weights of the sources that set one, keyed as stories are weighed: a web source by
        its site (the host's last two labels, so feeds.example.org counts for example.org's
        articles), a path by the folder or file."""
        from urllib.parse import urlparse

        weights: dict[str, float] = {}
        for s in self.sources:
            if s.weight == 1.0:
                continue
            if s.kind == "path":
                weights[str(self.resolve(s.location))] = s.weight
            else:
                host = urlparse(s.location).netloc.lower().removeprefix("www.")
                weights[".".join(host.split(".")[-2:])] = s.weight
        return weights

    @property
    def templates(self) -> Path | None:
        """The user's template folder, if any."""
        return self.resolve(self.briefing.templates) if self.briefing.templates else None


_SECTIONS: dict[str, type] = {"briefing": BriefingConfig, "email": EmailConfig, "http": HttpConfig}
_SECURITY = ("starttls", "ssl", "none")


def _key(f: str) -> str:
    """The TOML key of a dataclass field (`from_` is `from`)."""
    return f.rstrip("_")


def _line_of(text: str, section: str, key: str | None, index: int | None = None) -> int | None:
    """The line where `key` is set in `[section]` (or the n-th `[[section]]`); tomllib has none."""
    header = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\"-]+)\s*\]\]?")
    current, seen = None, -1
    for number, line in enumerate(text.splitlines(), 1):
        m = header.match(line)
        if m:
            current = m.group(1).strip('"')
            if current == section:
                seen += 1
                if key is None and (index is None or seen == index):
                    return number
            continue
        if (
            key is not None
            and current == section
            and (index is None or seen == index)
            and re.match(rf"^\s*\"?{re.escape(key)}\"?\s*=", line)
        ):
            return number
    return None


class _Source:
    """Where a value came from, for error messages."""

    def __init__(self, path: Path | None, text: str) -> None:
        self.path, self.text = path, text

    def error(
        self, section: str, key: str | None, what: str, index: int | None = None
    ) -> ConfigFileError:
        name = f"{section}[{index}]" if index is not None else section
        where = f"{name}.{key}" if key else name
        if self.path is None:
            return ConfigFileError(f"{where}: {what}")
        line = _line_of(self.text, section, key, index)
        at = f"{self.path}:{line}" if line else str(self.path)
        return ConfigFileError(f"{at}: {where}: {what}")


def _coerce(value: Any, hint: Any, err) -> Any:
    """Check a TOML value against a field's type; ints are fine where floats are expected."""
    types = get_args(hint) or (hint,)
    if value is None and type(None) in types:
        return None
    if tuple in types or hint == tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise err("must be a string or a list of strings")
        return tuple(value)
    if bool in types:
        if not isinstance(value, bool):
            raise err("must be true or false")
        return value
    if float in types:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise err("must be a number")
        return float(value)
    if int in types:
        if isinstance(value, bool) or not isinstance(value, int):
            raise err("must be a whole number")
        return value
    if str in types:
        if not isinstance(value, str):
            raise err("must be a string")
        return value
    raise err(f"unsupported value {value!r}")  # pragma: no cover - every field is covered above


def _section(cls: type, data: Any, src: _Source, name: str, index: int | None = None):
    if not isinstance(data, dict):
        raise src.error(name, None, "must be a table", index)
    hints = get_type_hints(cls)
    by_key = {_key(f.name): f for f in fields(cls)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        f = by_key.get(key)
        if f is None or f.name == "password":
            if f is not None:
                what = f"not allowed in a file; set the environment variable {PASSWORD_ENV}"
            else:
                what = f"unknown key; known keys are: {', '.join(k for k in by_key if k != 'password')}"
            raise src.error(name, key, what, index)

        def err(what: str, key: str = key) -> ConfigFileError:
            return src.error(name, key, what, index)

        values[f.name] = _coerce(value, hints[f.name], err)
    return cls(**values)


def _validate(config: Config, src: _Source) -> Config:
    b, e, h = config.briefing, config.email, config.http
    if b.sentences < 1:
        raise src.error("briefing", "sentences", "must be 1 or more")
    for name in ("max_stories", "max_words"):
        if getattr(b, name) is not None and getattr(b, name) < 1:
            raise src.error("briefing", name, "must be 1 or more (leave it out for no limit)")
    if b.workers is not None and b.workers < 1:
        raise src.error("briefing", "workers", "must be 1 or more (leave it out for one per core)")
    if e.security not in _SECURITY:
        raise src.error("email", "security", f"must be one of {', '.join(_SECURITY)}")
    if not 0 <= e.smtp_port < 65536:
        raise src.error("email", "smtp_port", "must be a port number (1-65535)")
    for name, value in (("timeout", h.timeout), ("max_mb", h.max_mb), ("workers", h.workers)):
        if value <= 0:
            raise src.error("http", name, "must be more than 0")
    if e.retries < 0 or e.retry_delay < 0 or e.timeout <= 0 or e.max_html_kb < 1:
        raise src.error(
            "email", None, "retries, retry_delay, timeout and max_html_kb must be positive"
        )
    for i, s in enumerate(config.sources):
        if sum(x is not None for x in (s.feed, s.url, s.path)) != 1:
            raise src.error("sources", None, "needs exactly one of feed, url or path", i)
        if s.kind != "path" and not s.location.startswith(("http://", "https://")):
            raise src.error("sources", s.kind, "must be an http:// or https:// address", i)
        if s.weight <= 0:
            raise src.error("sources", "weight", "must be more than 0", i)
    try:
        e.subject.format(title="", date="")
    except (KeyError, IndexError, ValueError) as exc:
        raise src.error(
            "email", "subject", f"only {{title}} and {{date}} can be used ({exc})"
        ) from exc
    if e.to:
        bad = [a for a in (*e.to, e.from_) if "@" not in a]
        if bad:
            raise src.error("email", None, f"not an email address: {bad[0]!r}")
    return config


def _from_env(env: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """DIGEST_<SECTION>_<KEY> variables, e.g. DIGEST_EMAIL_SMTP_HOST or DIGEST_HTTP_TIMEOUT."""
    out: dict[str, dict[str, str]] = {}
    for name, value in env.items():
        if not name.startswith("DIGEST_") or name == PASSWORD_ENV:
            continue
        rest = name[len("DIGEST_") :].lower()
        for section, cls in _SECTIONS.items():
            keys = {_key(f.name) for f in fields(cls)} - {"password"}
            if rest.startswith(section + "_") and rest[len(section) + 1 :] in keys:
                out.setdefault(section, {})[rest[len(section) + 1 :]] = value
    return out


def _parse_env_value(raw: str, hint: Any) -> Any:
    types = get_args(hint) or (hint,)
    if tuple in types or hint == tuple[str, ...]:
        return [part.strip() for part in raw.split(",") if part.strip()]
    if bool in types:
        return raw.strip().lower() in ("1", "true", "yes", "on")
    try:
        if float in types:
            return float(raw)
        if int in types:
            return int(raw)
    except ValueError:
        return raw  # _coerce reports it with the variable's name
    return raw


def load_config(
    path: str | Path | None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
) -> Config:
    """Read a digest.toml (or only defaults when path is None), then env, then CLI overrides.

    `overrides` is {section: {key: value}} from command-line flags. Raises ConfigFileError
    naming the file, line and key of the first thing that is wrong.
    """
    env = os.environ if env is None else env
    text, data, file = "", {}, None
    if path is not None:
        file = Path(path)
        try:
            text = file.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise ConfigFileError(
                f"{file}: no such config file; create it (see README, 'digest run')"
            ) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigFileError(f"{file}: cannot read the config file ({exc})") from exc
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigFileError(f"{file}: not valid TOML: {exc}") from exc
    src = _Source(file, text)
    for key in data:
        if key not in (*_SECTIONS, "sources"):
            raise src.error(key, None, "unknown section; known: briefing, sources, email, http")
    sections = {
        name: _section(cls, data.get(name, {}), src, name) for name, cls in _SECTIONS.items()
    }
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list):
        raise src.error("sources", None, "must be [[sources]] entries")
    sources = tuple(_section(SourceConfig, s, src, "sources", i) for i, s in enumerate(raw_sources))

    # Environment, then flags: each a partial layer over what the file said.
    for layer, origin in ((_from_env(env), "env"), (overrides or {}, "flags")):
        for name, values in layer.items():
            cls = _SECTIONS[name]
            hints = get_type_hints(cls)
            by_key = {_key(f.name): f for f in fields(cls)}
            changed = {}
            for key, value in values.items():
                f = by_key[key]
                label = f"DIGEST_{name.upper()}_{key.upper()}" if origin == "env" else f"--{key}"
                if origin == "env":
                    value = _parse_env_value(value, hints[f.name])

                def err(what: str, label: str = label) -> ConfigFileError:
                    return ConfigFileError(f"{label}: {what}")

                changed[f.name] = _coerce(value, hints[f.name], err)
            sections[name] = replace(sections[name], **changed)
    password = env.get(PASSWORD_ENV) or None
    sections["email"] = replace(sections["email"], password=password)
    config = Config(
        briefing=sections["briefing"],
        sources=sources,
        email=sections["email"],
        http=sections["http"],
        base_dir=file.parent.resolve() if file else Path.cwd(),
    )
    return _validate(config, src)
