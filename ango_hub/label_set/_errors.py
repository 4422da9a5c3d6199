"""The one exception of the label-set builders."""

from __future__ import annotations

from collections.abc import Iterable


class LabelSetError(ValueError):
    """A label set that must not be sent: every problem found, each with its path.

    ``problems`` lists them one per line, for example
    ``tools[2] "Vehicle" > classifications[0] "Color": a radio classification needs at least one option``.
    """

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems: list[str] = list(problems)
        count = len(self.problems)
        heading = f"{count} problem{'s' if count != 1 else ''} in the label set:"
        super().__init__("\n  - ".join([heading, *self.problems]))
