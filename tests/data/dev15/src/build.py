"""Build NAME.gold.json from the compact tables in NAME.py (run: cd src && python3 build.py).

The builder is dev8's (tests/data/dev8/src/build.py, which the annotator copied), run on this folder.
"""

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES = [
    "bolivia_israel_ties",
    "eu_egypt_partnership",
    "mosi_ii_naval_drills",
    "nigeria_trump_threat",
]
_spec = importlib.util.spec_from_file_location("dev8_build", HERE.parents[1] / "dev8" / "src" / "build.py")
builder = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(builder)
builder.HERE = HERE

if __name__ == "__main__":
    for n in NAMES:
        builder.build(n)
