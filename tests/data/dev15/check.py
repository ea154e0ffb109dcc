"""Validate the dev15 gold files (stdlib only): python3 check.py [NAME ...].

The checks are dev8's (tests/data/dev8/check.py, which the annotator copied), run on this folder.
"""

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("dev8_check", HERE.parent / "dev8" / "check.py")
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)
check.HERE = HERE

if __name__ == "__main__":
    sys.exit(check.main(sys.argv[1:]))
