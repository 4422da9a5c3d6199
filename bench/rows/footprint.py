"""Row 7: install footprint: packages and disk of fresh installs, ango-hub core against the SDK."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from ..context import Context
from ..envs import CACHE, REPO, clean_env, log
from ..report import RowResult

__all__ = ["run"]

SDK_REQUIREMENT = "ango==1.4.10"


def _venv(path: Path, requirement: str | None) -> tuple[set[str], int]:
    """A fresh virtualenv at ``path`` with ``requirement``: (distributions, bytes in site-packages)."""
    shutil.rmtree(path, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True, env=clean_env())
    python = path / "bin" / "python"
    if requirement is not None:
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", requirement],
            check=True,
            env=clean_env(),
            capture_output=True,
            timeout=900,
        )
    listed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=json"],
        check=True,
        env=clean_env(),
        capture_output=True,
        text=True,
    )
    names = {str(item["name"]).lower() for item in json.loads(listed.stdout)}
    (site_packages,) = path.glob("lib/python*/site-packages")
    size = sum(
        file.stat().st_size for file in site_packages.rglob("*") if file.is_file() and not file.is_symlink()
    )
    return names, size


def run(_ctx: Context) -> RowResult:
    """Measure the row (one fresh install of each; they are deterministic)."""
    root = CACHE / "footprint"
    try:
        log("  [footprint] fresh virtualenv (baseline)")
        empty, empty_size = _venv(root / "empty", None)
        log("  [footprint] fresh core install of ango-hub (pip install .)")
        hub, hub_size = _venv(root / "hub", str(REPO))
        log(f"  [footprint] fresh install of {SDK_REQUIREMENT}")
        sdk, sdk_size = _venv(root / "sdk", SDK_REQUIREMENT)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    hub_packages, sdk_packages = sorted(hub - empty), sorted(sdk - empty)
    hub_mb, sdk_mb = (hub_size - empty_size) / 1e6, (sdk_size - empty_size) / 1e6
    return RowResult(
        key="footprint",
        title="Install footprint",
        intro=(
            "A fresh virtualenv each: `pip install .` (ango-hub without extras) against "
            f"`pip install {SDK_REQUIREMENT}`. Packages are the distributions `pip list` shows beyond "
            f"those of an empty virtualenv ({', '.join(sorted(empty))}); size is the bytes of files "
            "added to site-packages (bytecode caches included)."
        ),
        header=["", "packages", "site-packages", "vs SDK"],
        lines=[
            [
                "ango-hub (core install)",
                str(len(hub_packages)),
                f"{hub_mb:.1f} MB",
                f"{hub_mb / sdk_mb:.2f}x",
            ],
            [f"official SDK `{SDK_REQUIREMENT}`", str(len(sdk_packages)), f"{sdk_mb:.1f} MB", "1.00x"],
        ],
        notes=[
            f"ango-hub core: {', '.join(hub_packages)}.",
            f"official SDK: {', '.join(sdk_packages)}.",
        ],
        headline=[
            f"a core install of {len(hub_packages)} packages and {hub_mb:.0f} MB against the SDK's "
            f"{len(sdk_packages)} and {sdk_mb:.0f} MB"
        ],
    )
