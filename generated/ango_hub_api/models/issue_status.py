from enum import StrEnum


class IssueStatus(StrEnum):
    CLOSED = "Closed"
    OPEN = "Open"
    RESOLVED = "Resolved"

    def __str__(self) -> str:
        return str(self.value)
