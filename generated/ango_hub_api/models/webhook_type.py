from enum import StrEnum


class WebhookType(StrEnum):
    ACCEPTED = "ACCEPTED"
    COMPLETED = "COMPLETED"
    UPDATED = "UPDATED"

    def __str__(self) -> str:
        return str(self.value)
