"""The newsent command: demo, extract (files, stdin, formats), errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsent.cli import main


def test_demo(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Kazakhstan" in out and "Collective Security Treaty Organization" in out and "Events" in out


def test_extract_jsonl_and_tsv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("रूस ने बुधवार को यूक्रेन पर हमला किया।", encoding="utf-8")
    assert main(["extract", str(f), "--format", "jsonl", "--date", "2022-01-08"]) == 0
    d = json.loads(capsys.readouterr().out.splitlines()[0])
    assert d["file"] == str(f) and d["text"].startswith("रूस")
    assert d["events"] and d["events"][0]["date"] == "2022-01-05"
    assert main(["extract", str(f), "--format", "tsv", "--rows", "mentions"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:3] == ["file", "text", "start"] and len(lines) >= 3


def test_extract_stdin() -> None:
    proc = subprocess.run([sys.executable, "-m", "newsent.cli", "extract", "-", "--format", "json"],
                          input="भारत और चीन।".encode(), capture_output=True)
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["text"] == "भारत और चीन।"


@pytest.mark.parametrize("content, msg", [(b"\xff\xfe\x00bad", "not UTF-8"), (None, "no such file")])
def test_bad_input_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], content, msg) -> None:  # noqa: ANN001
    f = tmp_path / "in.txt"
    if content is not None:
        f.write_bytes(content)
    assert main(["extract", str(f)]) == 2
    err = capsys.readouterr().err
    assert msg in err and "Traceback" not in err and str(f) in err


def test_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("पाठ", encoding="utf-8")
    assert main(["extract", str(f), "--date", "yesterday"]) == 2
    assert "ISO date" in capsys.readouterr().err
