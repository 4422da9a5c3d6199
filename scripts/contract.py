#!/usr/bin/env python3
"""`make contract`: check openapi/ango-hub.yaml against the mock Ango Hub with schemathesis.

Starts `python -m ango_hub.mock` on a free port of 127.0.0.1 (demo organization), runs
the schemathesis CLI over real HTTP with the settings of `schemathesis.toml` (all checks,
positive and negative data, the stateful phase following the spec's links, a fixed
seed) and the hooks of `scripts/contract_hooks.py` (realistic ids; what the run reached),
and stops the server. Then it prints what the run reached and checks it:

* every operation of the spec answered 2xx to positive data in the examples, coverage or
  fuzzing phase (none answered only 404: its success path was reached);
* the stateful phase reached the target of every link of the spec, through that link.

The fuzzing and the stateful phases run once more with each seed of `EXTRA_SEEDS`, so
that one seed's luck does not decide:

* fuzzing, with `EXTRA_FUZZING_EXAMPLES` examples per operation (positive and negative
  data): the examples phase is the spec's examples and the coverage phase its boundary
  values, the same for every seed, while fuzzing draws other data with another seed. A
  finding that one seed happens to miss (seed 424242 found three the project's seed 1 did
  not: unknown external IDs answered 400, an empty link value) is found by another.
* stateful: a suite ends when Hypothesis has seen enough invalid (overlong) scenarios,
  after 20 to 100 scenarios depending on the seed, and one suite reaches 30 to 34 of the
  34 link targets. The trajectories change with the spec and the mock's answers (a new
  operation, a field, a fixed mock bug move every later draw): with five suites every
  target is reached.

What the runs reached is added up, and every run's findings fail `make contract`.

Exits with the first failing schemathesis status (any finding fails), else 1 when a check
above fails. Extra arguments are passed to every `schemathesis run` (e.g. `-n 5` for a
quicker run; the checks above then report what that run missed).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml
from _mock_process import ROOT, MockDidNotStartError, running_mock

API_KEY = "contract-test-api-key"
SPEC = ROOT / "openapi" / "ango-hub.yaml"
HOOKS = ROOT / "scripts" / "contract_hooks.py"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
#: Seeds of the fuzzing and stateful runs after the main run (whose seed is schemathesis.toml's).
EXTRA_SEEDS = (2, 3, 4, 5)
#: Fuzzing examples per operation of each extra run (the main run has schemathesis.toml's 20):
#: more seeds with fewer examples each, within about three minutes for the whole run.
EXTRA_FUZZING_EXAMPLES = 10


def spec_operations() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The spec's operations (label ``GET /path`` by operationId) and links (id, target label).

    A link's id is the one schemathesis gives it: ``<source> -> [<status>] <name> -> <target>``.
    """
    document: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    labels: dict[str, str] = {}
    raw_links: list[tuple[str, str, str, str]] = []
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            label = f"{method.upper()} {path}"
            labels[operation["operationId"]] = label
            for status, response in operation.get("responses", {}).items():
                for name, link in (response.get("links") or {}).items():
                    raw_links.append((label, str(status), name, link["operationId"]))
    links = [
        (f"{source} -> [{status}] {name} -> {labels[target]}", labels[target])
        for source, status, name, target in raw_links
    ]
    return labels, links


def check(report: dict[str, Any]) -> list[str]:
    """Print what the run reached; return the problems (empty: the run reached everything)."""
    labels, links = spec_operations()
    positive: dict[str, dict[str, int]] = report["positive"]
    followed: dict[str, int] = report["links"]
    problems: list[str] = []
    reached = []
    for label in sorted(labels.values()):
        statuses = {int(status): count for status, count in positive.get(label, {}).items()}
        if any(200 <= status < 300 for status in statuses):
            reached.append(label)
        elif statuses and set(statuses) == {404}:
            problems.append(f"{label} answered only 404 to positive data ({statuses[404]} cases)")
        else:
            problems.append(f"{label} never answered 2xx to positive data (statuses: {statuses or 'none'})")
    print(f"\nOperations that answered 2xx to positive data: {len(reached)}/{len(labels)}")
    declared = {link for link, _target in links}
    covered = sorted(link for link in followed if link in declared)
    print(f"Links of the spec followed by the stateful phase: {len(covered)}/{len(declared)}")
    for link in covered:
        print(f"  {followed[link]:4d} x {link}")
    missed = sorted(declared - set(covered))
    for link in missed:
        print(f"     never: {link}")
    targets = {target for _link, target in links}
    reached_targets = {target for link, target in links if link in followed}
    for target in sorted(targets - reached_targets):
        problems.append(f"no link of the spec led the stateful phase to {target}")
    print(f"Link targets reached by the stateful phase: {len(reached_targets)}/{len(targets)}")
    return problems


def merge(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """Add up what several runs reached."""
    total: dict[str, Any] = {"positive": {}, "stateful": {}, "links": {}, "scenarios": 0}
    for report in reports:
        for part in ("positive", "stateful"):
            for label, statuses in report[part].items():
                counts = total[part].setdefault(label, {})
                for status, count in statuses.items():
                    counts[status] = counts.get(status, 0) + count
        for link, count in report["links"].items():
            total["links"][link] = total["links"].get(link, 0) + count
        total["scenarios"] += report["scenarios"]
    return total


def main(argv: list[str]) -> int:
    schemathesis = Path(sys.executable).parent / "schemathesis"
    started = time.monotonic()
    runs = [
        list(argv),
        *(
            [
                "--phases",
                "fuzzing,stateful",
                "--seed",
                str(seed),
                "--max-examples",
                str(EXTRA_FUZZING_EXAMPLES),
                *argv,
            ]
            for seed in EXTRA_SEEDS
        ),
    ]
    statuses: list[int] = []
    reports: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="ango-contract-") as scratch:
        try:
            with running_mock(API_KEY) as base_url:
                for number, extra in enumerate(runs):
                    report_path = Path(scratch) / f"reached-{number}.json"
                    what = "schemathesis" if number == 0 else f"it again ({' '.join(extra)})"
                    print(f"Mock Ango Hub on {base_url}; running {what}", flush=True)
                    env = {
                        **os.environ,
                        "SCHEMATHESIS_HOOKS": str(HOOKS),
                        "ANGO_CONTRACT_BASE_URL": base_url,
                        "ANGO_CONTRACT_API_KEY": API_KEY,
                        "ANGO_CONTRACT_REPORT": str(report_path),
                    }
                    command = [
                        str(schemathesis),
                        "--config-file",
                        str(ROOT / "schemathesis.toml"),
                        "run",
                        str(SPEC),
                        "--url",
                        base_url,
                        "--header",
                        f"apikey: {API_KEY}",
                        *extra,
                    ]
                    statuses.append(subprocess.call(command, cwd=ROOT, env=env))
                    if not report_path.is_file():
                        print(
                            "The contract hooks wrote no report: what the run reached is unknown.",
                            file=sys.stderr,
                        )
                        return statuses[-1] or 1
                    reports.append(json.loads(report_path.read_text(encoding="utf-8")))
        except MockDidNotStartError as exc:
            print(exc, file=sys.stderr)
            return 1
    reached = merge(reports)
    keep = os.environ.get("ANGO_CONTRACT_REPORT")
    if keep:  # to read what the runs reached, afterwards
        Path(keep).write_text(json.dumps(reached, indent=2), encoding="utf-8")
    problems = check(reached)
    print(f"Stateful scenarios: {reached['scenarios']} in {len(runs)} suites")
    seeds = ["schemathesis.toml's", *map(str, EXTRA_SEEDS)]
    by_seed = ", ".join(f"{seed}: {status}" for seed, status in zip(seeds, statuses, strict=True))
    print(f"schemathesis exit status by seed: {by_seed}")
    print(f"make contract took {time.monotonic() - started:.0f} s")
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    failed = next((status for status in statuses if status), 0)
    if failed:
        return failed
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
