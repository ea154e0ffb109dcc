"""kg.atomic: a file is replaced whole or not at all, even when the writer is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from kg.atomic import atomic_open, atomic_write


@pytest.mark.parametrize("data", ["héllo\nwörld ✓\n", b"\x00\xffbinary"])
def test_atomic_write_roundtrip_and_no_leftovers(tmp_path, data):
    p = tmp_path / "out.dat"
    assert atomic_write(p, data) == p
    got = p.read_bytes()
    assert got == (data.encode("utf-8") if isinstance(data, str) else data)
    assert [x.name for x in tmp_path.iterdir()] == ["out.dat"]


@pytest.mark.parametrize("mode", ["w", "wb"])
def test_atomic_open_error_in_block_keeps_old_file(tmp_path, mode):
    p = tmp_path / "graph.ttl"
    p.write_text("old complete\n")
    with pytest.raises(ZeroDivisionError), atomic_open(p, mode) as fh:
        fh.write("half" if mode == "w" else b"half")
        1 / 0  # noqa: B018
    assert p.read_text() == "old complete\n"
    assert [x.name for x in tmp_path.iterdir()] == ["graph.ttl"]


@pytest.mark.parametrize("mode", ["a", "r", "x", "w+"])
def test_atomic_open_refuses_other_modes(tmp_path, mode):
    with pytest.raises(ValueError, match="atomic_open supports"), atomic_open(tmp_path / "f", mode):
        pass
    assert not list(tmp_path.iterdir())


def test_atomic_write_keeps_permissions_of_replaced_file(tmp_path):
    p = tmp_path / "f.txt"
    p.write_text("x")
    os.chmod(p, 0o640)
    atomic_write(p, "y")
    assert (p.stat().st_mode & 0o777, p.read_text()) == (0o640, "y")
    q = atomic_write(tmp_path / "new.txt", "z")
    assert q.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("text_mode_newline", [None, ""])
def test_atomic_open_text_newline(tmp_path, text_mode_newline):
    p = tmp_path / "f.txt"
    with atomic_open(p, "w", newline=text_mode_newline) as fh:
        fh.write("a\r\nb\n")
    assert p.read_bytes() == b"a\r\nb\n"


def test_atomic_write_survives_sigkill_mid_write(tmp_path):
    """A writer killed while streaming a big file leaves the previous file byte-for-byte intact."""
    p = tmp_path / "big.txt"
    old = "previous complete content\n" * 1000
    p.write_text(old)
    script = textwrap.dedent(
        f"""
        import sys, time
        from kg.atomic import atomic_open
        with atomic_open({str(p)!r}) as fh:
            for i in range(100000):
                fh.write("new line %d\\n" % i)
                if i == 10:
                    print("writing", flush=True)
                if i % 1000 == 0:
                    fh.flush()
                    time.sleep(0.01)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert p.read_text() == old
    leftovers = [x.name for x in tmp_path.iterdir() if x.name != "big.txt"]
    assert all(x.startswith(".big.txt.") and x.endswith(".tmp") for x in leftovers)
