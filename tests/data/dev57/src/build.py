"""Build NAME.gold.json from the tables in NAME.py (run: cd src && python3 build.py): dev8's builder here."""

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
runpy.run_path(str(HERE.parents[1] / "dev8" / "src" / "build.py"))["main"](HERE)
