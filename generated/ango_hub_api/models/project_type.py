from enum import StrEnum


class ProjectType(StrEnum):
    ANGO = "ango"
    IFRAME = "iframe"
    PCT = "pct"

    def __str__(self) -> str:
        return str(self.value)
