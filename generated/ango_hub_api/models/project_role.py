from enum import StrEnum


class ProjectRole(StrEnum):
    LABELER = "Labeler"
    LEAD = "Lead"
    MANAGER = "Manager"
    REVIEWER = "Reviewer"

    def __str__(self) -> str:
        return str(self.value)
