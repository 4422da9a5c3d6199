from enum import StrEnum


class ExportType(StrEnum):
    ISSUE = "issue"
    TASK = "task"

    def __str__(self) -> str:
        return str(self.value)
