from enum import StrEnum


class RelationDirection(StrEnum):
    BIDIRECTIONAL = "bidirectional"
    STRAIGHT = "straight"

    def __str__(self) -> str:
        return str(self.value)
