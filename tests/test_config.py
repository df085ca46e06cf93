"""Config: packaged defaults < digest.toml < DIGEST_* env < flags; clear errors with lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.cli import main
from digest.config import EXIT_CONFIG, Config, ConfigFileError, load_config

FULL = """\
[briefing]
title = "Morning briefing"
out_dir = "out"
sentences = 4
templates = "my-templates"
state = "data/digest-state.sqlite"

[[sources]]
feed = "https://example.org/world.rss"
[[sources]]
url = "https://example.org/news/story.html"
[[sources]]
path = "inbox/"

[email]
to = ["team@example.org", "boss@example.org"]
from = "digest@example.org"
subject = "{title} — {date}"
smtp_host = "smtp.example.org"
smtp_port = 587
security = "starttls"
username = "digest"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "digest.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_from_the_issue_loads(tmp_path):
    config = load_config(write(tmp_path, FULL), env={})
    assert config.briefing.title == "Morning briefing"
    assert config.briefing.sentences == 4
    assert [(s.kind, s.location) for s in config.sources] == [
        ("feed", "https://example.org/world.rss"),
        ("url", "https://example.org/news/story.html"),
        ("path", "inbox/"),
    ]
    assert config.email.to == ("team@example.org", "boss@example.org")
    assert config.email.from_ == "digest@example.org"
    assert config.email.port == 587
    assert config.email.password is None
    # relative paths are read from the config file's folder, not the working directory
    assert config.state_path == tmp_path.resolve() / "data" / "digest-state.sqlite"
    assert config.templates == tmp_path.resolve() / "my-templates"
    assert config.resolve("inbox/") == tmp_path.resolve() / "inbox"


def test_a_file_names_only_what_it_changes(tmp_path):
    config = load_config(write(tmp_path, '[briefing]\ntitle = "Only this"\n'), env={})
    defaults = Config()
    assert config.briefing.title == "Only this"
    assert config.briefing.sentences == defaults.briefing.sentences
    assert config.email == defaults.email
    assert config.http == defaults.http
    assert config.sources == ()


def test_default_state_lives_in_the_users_data_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    config = load_config(None, env={})
    assert config.state_path == tmp_path / "xdg" / "digest" / "state.sqlite"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[briefing]\ntitle = "x"\n\ncolour = "blue"\n', ":4: briefing.colour: unknown key"),
        (
            '[briefing]\ntitle = "x"\nsentences = "three"\n',
            ":3: briefing.sentences: must be a whole number",
        ),
        ("[email]\nto = [1, 2]\n", ":2: email.to: must be a string or a list"),
        ('[email]\nsecurity = "tls"\n', ":2: email.security: must be one of starttls, ssl, none"),
        ('[email]\npassword = "hunter2"\n', ":2: email.password: not allowed in a file"),
        ('[mail]\nto = "a@b.c"\n', ":1: mail: unknown section"),
        (
            '[[sources]]\nfeed = "https://a.example/rss"\n[[sources]]\nfeed = "https://b.example/rss"\nurl = "https://b.example/x"\n',
            ":3: sources[1]: needs exactly one of feed, url or path",
        ),
        ('[[sources]]\nfeed = "ftp://a.example/rss"\n', ":2: sources[0].feed: must be an http"),
        ('[[sources]]\npath = "inbox"\nfolder = "x"\n', ":3: sources[0].folder: unknown key"),
        ("[http]\ntimeout = 0\n", ":2: http.timeout: must be more than 0"),
        ('[email]\nsubject = "{title} {when}"\n', ":2: email.subject: only {title} and {date}"),
    ],
)
def test_a_wrong_key_or_type_names_the_key_and_its_line(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(ConfigFileError) as info:
        load_config(path, env={})
    message = str(info.value)
    assert message.startswith(str(path) + ":"), message
    assert expected in message, message
    assert "\n" not in message
    assert info.value.exit_code == EXIT_CONFIG


def test_invalid_toml_and_a_missing_file_are_config_errors(tmp_path):
    with pytest.raises(ConfigFileError, match=r"not valid TOML: .*line 2"):
        load_config(write(tmp_path, '[briefing]\ntitle = "unterminated\n'), env={})
    with pytest.raises(ConfigFileError, match="no such config file"):
        load_config(tmp_path / "nope.toml", env={})


def test_environment_overrides_the_file_and_flags_override_both(tmp_path):
    path = write(tmp_path, '[email]\nsmtp_port = 587\nto = "a@example.org"\n[http]\ntimeout = 9\n')
    env = {
        "DIGEST_EMAIL_SMTP_PORT": "2525",
        "DIGEST_EMAIL_TO": "x@example.org, y@example.org",
        "DIGEST_HTTP_TIMEOUT": "2.5",
        "DIGEST_BRIEFING_FACTS": "false",
        "DIGEST_SMTP_PASSWORD": "s3cret",
        "DIGEST_UNRELATED": "ignored",
    }
    config = load_config(path, env=env)
    assert config.email.smtp_port == 2525
    assert config.email.to == ("x@example.org", "y@example.org")
    assert config.http.timeout == 2.5
    assert config.briefing.facts is False
    assert config.email.password == "s3cret"
    assert "s3cret" not in repr(config)
    flagged = load_config(path, env=env, overrides={"email": {"smtp_port": 25}})
    assert flagged.email.smtp_port == 25


def test_a_bad_environment_value_names_the_variable(tmp_path):
    path = write(tmp_path, "")
    with pytest.raises(ConfigFileError, match="DIGEST_EMAIL_SMTP_PORT: must be a whole number"):
        load_config(path, env={"DIGEST_EMAIL_SMTP_PORT": "lots"})


def test_ports_follow_the_security_mode():
    from digest.config import EmailConfig

    assert EmailConfig(security="ssl").port == 465
    assert EmailConfig(security="none").port == 25
    assert EmailConfig(security="starttls").port == 587
    assert EmailConfig(security="ssl", smtp_port=2465).port == 2465


def test_digest_run_exits_78_with_one_line_on_a_bad_config(tmp_path, capsys):
    path = write(tmp_path, "[briefing]\nsentences = 0\n")
    assert main(["run", "--config", str(path)]) == EXIT_CONFIG
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert f"{path}:2: briefing.sentences: must be 1 or more" in err


def test_a_login_without_a_password_is_a_config_error(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("DIGEST_SMTP_PASSWORD", raising=False)
    text = '[briefing]\nstate = "s.sqlite"\n[email]\nto = "a@example.org"\nusername = "me"\n'
    assert main(["run", "--config", str(write(tmp_path, text))]) == EXIT_CONFIG
    assert "DIGEST_SMTP_PASSWORD is not set" in capsys.readouterr().err
    assert not (tmp_path / "s.sqlite").exists()  # nothing was started


def test_budget_and_source_weights(tmp_path):
    path = tmp_path / "digest.toml"
    path.write_text(
        "[briefing]\nmax_stories = 12\nmax_words = 800\n\n"
        '[[sources]]\nfeed = "https://feeds.herald.example/world.rss"\nweight = 2\n\n'
        '[[sources]]\npath = "inbox"\nweight = 0.5\n\n'
        '[[sources]]\nurl = "https://other.example/a.html"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert (config.briefing.max_stories, config.briefing.max_words) == (12, 800)
    assert config.source_weights == {"herald.example": 2.0, str(tmp_path / "inbox"): 0.5}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[briefing]\nmax_stories = 0\n", "digest.toml:2: briefing.max_stories: must be 1 or more"),
        ("[briefing]\nworkers = 0\n", "digest.toml:2: briefing.workers: must be 1 or more"),
        (
            '[[sources]]\npath = "x"\nweight = -1\n',
            "digest.toml:3: sources[0].weight: must be more",
        ),
    ],
)
def test_bad_budget_or_weight_names_the_line(tmp_path, text, expected):
    path = tmp_path / "digest.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigFileError) as err:
        load_config(path)
    assert expected in str(err.value)
