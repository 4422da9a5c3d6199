from enum import StrEnum


class InviteStatusName(StrEnum):
    ACCEPTED = "Accepted"
    EXPIRED = "Expired"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
