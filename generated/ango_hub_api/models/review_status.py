from enum import StrEnum


class ReviewStatus(StrEnum):
    ACCEPTED = "Accepted"
    FIXED = "Fixed"
    REJECTED = "Rejected"
    TODO = "Todo"

    def __str__(self) -> str:
        return str(self.value)
