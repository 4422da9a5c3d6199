from enum import StrEnum


class ErrorStatus(StrEnum):
    ERROR = "error"
    FAIL = "fail"

    def __str__(self) -> str:
        return str(self.value)
