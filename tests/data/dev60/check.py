"""Validate this set's gold files (stdlib only): python3 check.py [NAME ...] (dev8's checker on this folder)."""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.exit(runpy.run_path(str(HERE.parent / "dev8" / "check.py"))["main"](sys.argv[1:], HERE))
