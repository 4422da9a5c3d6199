"""The chart ``make bench`` draws (``bench/chart.py``), rendered from a fixture of results.

No benchmark runs here: the figures are made up. The checks are that the SVG is well-formed,
names every row and every bar, puts each bar on the right side of the 1x line with its goal
marked, and that the report and the README's headline embed the chart written beside them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bench.chart import Bar, ChartRow, render_svg
from bench.envs import Machine
from bench.report import RowResult, Target, render_chart
from bench.run import write_report

SVG = "{http://www.w3.org/2000/svg}"

MACHINE = Machine(
    cpu="Test CPU",
    cores=2,
    memory_gb=8.0,
    system="Linux",
    python="3.11.7",
    date="2026-12-08 10:00 UTC",
    commit="abc1234",
    versions={},
    load="0.10, 0.20, 0.30",
)


def results() -> list[RowResult]:
    return [
        RowResult(
            key="imports",
            title="Import and construct a client",
            intro="",
            targets=[Target("import + construct", "<= 1.05x bare httpx", "1.03x", True)],
            headline=["import + construct 1.03x bare httpx"],
            bars=[
                Bar("import + construct `Client`", 0.98, "the official SDK", 0.75, False),
                Bar("import + construct `Client`", 1.03, "bare httpx", 1.05, True),
            ],
        ),
        RowResult(
            key="paging",
            title="Paging 20,000 tasks <sequential & concurrent>",
            intro="",
            bars=[
                Bar("sequential", 0.95, "the official SDK", 0.96, True),
                Bar("max_concurrency=8 (`Client`)", 1 / 7.8, "the official SDK", 1 / 7.5, True),
            ],
        ),
        RowResult(key="footprint", title="Install footprint", intro=""),
        RowResult(key="export", title="Iterating a 200 MB export", intro="", crash="Traceback: boom"),
        RowResult(
            key="mock_factory",
            title="A fresh mock per test",
            intro="",
            bars=[Bar("a fresh mock per test", 1.6, "one shared mock", None, True)],
        ),
    ]


def texts(svg: ET.Element) -> list[str]:
    return ["".join(element.itertext()) for element in svg.iter(f"{SVG}text")]


def one_x(svg: ET.Element) -> float:
    """The x of the 1x line (the tick labelled ``1x``)."""
    label = next(element for element in svg.iter(f"{SVG}text") if element.text == "1x")
    return float(label.attrib["x"])


def bar_rects(svg: ET.Element) -> list[ET.Element]:
    """The bars (each inside a group titled with its description)."""
    return [rect for group in svg.iter(f"{SVG}g") for rect in group.iter(f"{SVG}rect")]


def test_the_chart_is_well_formed_and_names_every_row_and_bar() -> None:
    rows = results()
    svg = ET.fromstring(render_chart(rows, MACHINE))
    assert svg.tag == f"{SVG}svg"
    shown = texts(svg)
    for number, row in enumerate(rows, start=1):
        assert f"{number}. {row.title}" in shown  # escaped in the file, the same text once parsed
        for bar in row.bars:
            assert bar.label.replace("`", "") in shown
    assert any("crashed" in text for text in shown)
    assert any("no side-by-side ratio" in text for text in shown)
    assert len(bar_rects(svg)) == sum(len(row.bars) for row in rows)


def test_bars_start_at_1x_and_goals_are_marked() -> None:
    bars = [
        Bar("faster", 0.5, "the official SDK", 0.75, True),
        Bar("slower", 2.0, "bare httpx", 1.25, False),
        Bar("no goal", 1.5, "one shared mock"),
    ]
    svg = ET.fromstring(render_svg([ChartRow("Row", tuple(bars))], title="Test"))
    middle = one_x(svg)
    faster, slower, no_goal = bar_rects(svg)
    assert float(no_goal.attrib["x"]) == pytest.approx(middle, abs=0.2)
    assert float(faster.attrib["x"]) + float(faster.attrib["width"]) == pytest.approx(middle, abs=0.2)
    assert float(slower.attrib["x"]) == pytest.approx(middle, abs=0.2)
    assert faster.attrib["fill"] != slower.attrib["fill"]  # met, missed
    groups = list(svg.iter(f"{SVG}g"))
    goal_marks = [len(list(group.iter(f"{SVG}line"))) for group in groups]
    assert goal_marks == [1, 1, 0]
    goal_of_faster = next(groups[0].iter(f"{SVG}line"))
    assert float(faster.attrib["x"]) < float(goal_of_faster.attrib["x1"]) < middle
    titles = [group.find(f"{SVG}title") for group in groups]
    assert [title.text for title in titles if title is not None] == [
        "faster: 0.50x the official SDK's time (goal 0.75x: met)",
        "slower: 2.00x bare httpx's time (goal 1.25x: missed)",
        "no goal: 1.50x one shared mock's time",
    ]


def test_the_report_and_the_readme_embed_the_chart_of_the_same_run(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Project\n\n<!-- bench:start -->\nold figures\n<!-- bench:end -->\n", encoding="utf-8"
    )
    output = tmp_path / "docs" / "benchmarks.md"
    chart = write_report(output, results(), MACHINE, duration=60.0, load_end="0.1", readme=readme)
    assert chart == tmp_path / "docs" / "benchmarks.svg"
    ET.fromstring(chart.read_text(encoding="utf-8"))
    assert "A fresh mock per test" in chart.read_text(encoding="utf-8")
    assert re.search(r"!\[[^\]]+\]\(benchmarks\.svg\)", output.read_text(encoding="utf-8"))
    block = readme.read_text(encoding="utf-8").split("<!-- bench:start -->")[1].split("<!-- bench:end -->")[0]
    assert re.search(r"!\[[^\]]+\]\(docs/benchmarks\.svg\)", block)
    assert "old figures" not in block
    assert "import + construct 1.03x bare httpx" in block
