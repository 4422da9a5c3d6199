from enum import StrEnum


class TaskStatus(StrEnum):
    COMPLETED = "Completed"
    TODO = "TODO"

    def __str__(self) -> str:
        return str(self.value)
