"""Reading articles from files, folders and stdin; every kind of bad input becomes a Failure."""

from __future__ import annotations

import io
import logging
import os
import sys
from pathlib import Path

import pytest

from digest import sources
from digest.errors import SourceError
from digest.model import RawDocument
from digest.sources import load_paths, read_file, read_stream

ARTICLE = (
    "Harbour deal agreed\n\nThe city and the port agreed a deal on Monday. It runs ten years.\n"
)


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def _only_failure(failures, source: str) -> str:
    assert [f.source for f in failures] == [source]
    message = failures[0].message
    assert "\n" not in message
    assert not message.startswith(f"{source}:"), "the line shown is 'source: message'"
    return f"{source}: {message}"  # the one line a user sees


def test_folder_is_searched_recursively_sorted_and_filtered(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ["news/b.txt", "news/a.md", "news/sub/c.html", "news/sub/d.HTM", "news/z.txt"]:
        _write(tmp_path / name, ARTICLE)
    _write(tmp_path / "news/notes.pdf", b"%PDF-1.4")
    _write(tmp_path / "news/.hidden.txt", ARTICLE)
    _write(tmp_path / "news/.git/x.txt", ARTICLE)
    docs, failures = load_paths(["news"])
    assert failures == []
    assert [d.source for d in docs] == [
        os.path.join("news", "a.md"),
        os.path.join("news", "b.txt"),
        os.path.join("news", "sub", "c.html"),
        os.path.join("news", "sub", "d.HTM"),
        os.path.join("news", "z.txt"),
    ]
    assert [d.kind for d in docs] == ["text", "text", "html", "html", "text"]
    assert docs[1].text == ARTICLE


def test_arguments_keep_their_order_and_a_file_is_read_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "b/one.txt", ARTICLE)
    _write(tmp_path / "a.txt", ARTICLE)
    docs, failures = load_paths(["b", "a.txt", "b/one.txt", "./a.txt"])
    assert failures == []
    assert [d.source for d in docs] == [os.path.join("b", "one.txt"), "a.txt"]


def test_a_named_file_is_read_whatever_its_suffix(tmp_path):
    path = _write(tmp_path / "article", ARTICLE)
    docs, failures = load_paths([str(path)])
    assert failures == [] and docs[0].text == ARTICLE and docs[0].kind == "text"


def test_missing_path_is_a_failure_and_others_still_load(tmp_path):
    good = _write(tmp_path / "good.txt", ARTICLE)
    missing = str(tmp_path / "nope.txt")
    docs, failures = load_paths([missing, str(good)])
    assert [d.source for d in docs] == [str(good)]
    message = _only_failure(failures, missing)
    assert missing in message and "no such file" in message and "check the path" in message


@pytest.mark.parametrize("content", [None, "notes.pdf", "empty-sub/"])
def test_folder_without_articles_is_a_failure(tmp_path, content):
    folder = tmp_path / "empty"
    folder.mkdir()
    if content == "notes.pdf":
        _write(folder / content, b"%PDF")
    elif content:
        (folder / content).mkdir()
    docs, failures = load_paths([str(folder)])
    assert docs == []
    message = _only_failure(failures, str(folder))
    assert str(folder) in message and "no article files" in message and ".txt" in message


@pytest.mark.parametrize("data", [b"", b"  \n\t\n  ", "\ufeff\n".encode()])
def test_empty_file_is_a_failure(tmp_path, data):
    path = _write(tmp_path / "empty.txt", data)
    docs, failures = load_paths([str(path)])
    assert docs == []
    message = _only_failure(failures, str(path))
    assert str(path) in message and "is empty" in message


def test_binary_file_with_nul_bytes_is_a_failure(tmp_path):
    path = _write(
        tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    )
    docs, failures = load_paths([str(path)])
    assert docs == []
    message = _only_failure(failures, str(path))
    assert str(path) in message and "binary" in message


def test_mostly_non_text_file_is_a_failure(tmp_path):
    # no NUL byte, but almost nothing in it decodes as text
    path = _write(tmp_path / "blob.md", bytes(range(128, 256)) * 40 + b"\x01\x02\x03" * 50)
    docs, failures = load_paths([str(path)])
    assert docs == []
    assert "binary" in _only_failure(failures, str(path))


def test_invalid_utf8_is_kept_with_a_warning(tmp_path, caplog):
    text = "Caf\xe9 owners in K\xf6ln agreed to close early on Sunday. The city welcomed it.\n"
    path = _write(tmp_path / "latin1.txt", text.encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="digest.sources"):
        docs, failures = load_paths([str(path)])
    assert failures == []
    (doc,) = docs
    assert doc.text.startswith("Caf\ufffd owners in K\ufffdln agreed")
    (warning,) = doc.warnings
    assert str(path) in warning and "UTF-8" in warning and "2 character" in warning
    assert any("invalid UTF-8" in r.getMessage() for r in caplog.records)


def test_utf8_bom_is_dropped_and_utf16_is_decoded(tmp_path):
    bom = _write(tmp_path / "bom.txt", "\ufeff" + ARTICLE)
    utf16 = _write(tmp_path / "wide.txt", ARTICLE.encode("utf-16"))
    docs, failures = load_paths([str(bom), str(utf16)])
    assert failures == []
    assert [d.text for d in docs] == [ARTICLE, ARTICLE]
    assert all(d.warnings == () for d in docs)


def test_file_over_10_mb_is_a_failure_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 10 MB written to disk
        handle.truncate(sources.MAX_BYTES + 1)

    def no_read(*args, **kwargs):
        raise AssertionError("the big file was opened")

    monkeypatch.setattr(Path, "open", no_read)
    docs, failures = load_paths([str(path)])
    assert docs == []
    message = _only_failure(failures, str(path))
    assert str(path) in message and "10 MB" in message


def test_file_of_exactly_10_mb_is_read(tmp_path):
    body = ("The council agreed a budget. " * 400_000)[: sources.MAX_BYTES]
    path = _write(tmp_path / "big.txt", body)
    docs, failures = load_paths([str(path)])
    assert failures == [] and len(docs[0].text) == sources.MAX_BYTES


def test_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    docs, failures = load_paths([str(fifo)])
    assert docs == []
    assert "not a regular file" in _only_failure(failures, str(fifo))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its mode")
def test_unreadable_file_is_a_failure(tmp_path):
    secret = _write(tmp_path / "secret.txt", ARTICLE)
    good = _write(tmp_path / "good.txt", ARTICLE)
    secret.chmod(0o000)
    try:
        docs, failures = load_paths([str(secret), str(good)])
    finally:
        secret.chmod(0o644)
    assert [d.source for d in docs] == [str(good)]
    message = _only_failure(failures, str(secret))
    assert str(secret) in message and "permission denied" in message


def test_read_error_is_a_failure_naming_the_file(tmp_path, monkeypatch):
    """The same path as an unreadable file, reachable as root: open() fails with EACCES."""
    secret = _write(tmp_path / "secret.txt", ARTICLE)
    good = _write(tmp_path / "good.txt", ARTICLE)
    real_open = Path.open

    def open_denied(self, *args, **kwargs):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_denied)
    docs, failures = load_paths([str(secret), str(good)])
    assert [d.source for d in docs] == [str(good)]
    message = _only_failure(failures, str(secret))
    assert str(secret) in message and "permission denied" in message


def test_stdin_reads_one_article():
    docs, failures = load_paths(["-"], stdin=io.StringIO(ARTICLE))
    assert failures == []
    assert docs == [RawDocument(source="-", text=ARTICLE, kind="text")]


def test_stdin_bytes_are_decoded_like_a_file():
    raw = io.TextIOWrapper(io.BytesIO(b"<!DOCTYPE html><html><body>x</body></html>"))
    (doc,) = load_paths(["-"], stdin=raw)[0]
    assert doc.source == "-" and doc.kind == "html"
    bad = io.TextIOWrapper(io.BytesIO(b"Caf\xe9 owners agreed to close early."))
    (doc,) = load_paths(["-"], stdin=bad)[0]
    assert doc.text == "Caf\ufffd owners agreed to close early." and len(doc.warnings) == 1
    assert "stdin" in doc.warnings[0]


def test_empty_stdin_is_a_failure_and_files_still_load(tmp_path):
    good = _write(tmp_path / "good.txt", ARTICLE)
    docs, failures = load_paths([str(good), "-"], stdin=io.StringIO("  \n"))
    assert [d.source for d in docs] == [str(good)]
    message = _only_failure(failures, "-")
    assert "stdin is empty" in message


def test_missing_stdin_is_a_failure():
    with pytest.raises(SourceError, match="stdin is not available"):
        read_stream(None)


def test_default_stdin_is_sys_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE))
    docs, failures = load_paths(["-"])
    assert failures == [] and docs[0].text == ARTICLE


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("page.html", "no tags at all", "html"),
        ("page.htm", "<p>x</p>", "html"),
        ("saved.txt", "\n  <!DOCTYPE html>\n<html><body><p>x</p></body></html>", "html"),
        ("saved.txt", "<?xml version='1.0'?>\n<html><body>x</body></html>", "html"),
        ("saved", "<head><title>t</title></head><body><p>x</p></body>", "html"),
        ("notes.md", "Use the <body> tag for the page body, she wrote.", "text"),
        ("notes.txt", "The vote was 5 < 7, a narrow <b>loss</b>.", "text"),
    ],
)
def test_kind_is_html_by_suffix_or_by_content(tmp_path, name, text, kind):
    assert read_file(_write(tmp_path / name, text)).kind == kind


def test_read_file_raises_source_error(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        read_file(tmp_path / "missing.txt")
    with pytest.raises(SourceError, match="is a folder"):
        read_file(tmp_path)
    doc = read_file(_write(tmp_path / "ok.txt", ARTICLE), source="shown-name.txt")
    assert doc.source == "shown-name.txt"
    assert read_file(tmp_path / "ok.txt").source == str(tmp_path / "ok.txt")


def test_every_bad_input_at_once_never_stops_the_good_ones(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "in/1-good.txt", ARTICLE)
    _write(tmp_path / "in/2-empty.txt", b"")
    _write(tmp_path / "in/3-binary.txt", b"\x00\x01\x02" * 100)
    _write(tmp_path / "in/4-latin1.txt", "Caf\xe9 deal agreed.".encode("latin-1"))
    _write(tmp_path / "in/5-good.html", "<html><body><p>Hi.</p></body></html>")
    (tmp_path / "nothing").mkdir()
    docs, failures = load_paths(["in", "missing.txt", "nothing", "-"], stdin=io.StringIO(""))
    assert [d.source for d in docs] == [
        os.path.join("in", "1-good.txt"),
        os.path.join("in", "4-latin1.txt"),
        os.path.join("in", "5-good.html"),
    ]
    assert [f.source for f in failures] == [
        os.path.join("in", "2-empty.txt"),
        os.path.join("in", "3-binary.txt"),
        "missing.txt",
        "nothing",
        "-",
    ]
    for failure in failures:
        assert "\n" not in failure.message
        assert failure.message and not failure.message.startswith(f"{failure.source}: ")
