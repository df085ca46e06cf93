"""The built wheel works without a checkout: installed into a fresh venv, it renders a briefing."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = """Harbour workers agree three-year pay deal

The dockworkers' union agreed on Friday to a three-year contract with the port authority.

The authority will raise wages by 4% a year, the union said.

Both sides said the deal would end the overtime ban at the container terminal.
"""


def test_wheel_installs_and_renders(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("digest-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    # Dependencies come from the test environment (a path entry only: its .pth hooks, such as an
    # editable install of this checkout, are not run), so the wheel's own files are what runs.
    fresh_site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(fresh_site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "port.txt").write_text(ARTICLE, encoding="utf-8")
    where = subprocess.run(
        [str(py), "-c", "import digest, digest.render as r; print(digest.__file__)"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert where.startswith(str(env_dir)), where

    proc = subprocess.run(
        [
            str(env_dir / "bin" / "digest"),
            "build",
            str(inbox),
            "--out",
            str(tmp_path / "out"),
            "--no-facts",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    html = (tmp_path / "out" / "briefing.html").read_text(encoding="utf-8")
    md = (tmp_path / "out" / "briefing.md").read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "Harbour workers agree three-year pay deal" in html
    assert "Harbour workers agree three-year pay deal" in md
