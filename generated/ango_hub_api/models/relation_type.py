from enum import StrEnum


class RelationType(StrEnum):
    GROUP = "group"
    ONE_TO_MANY = "one-to-many"
    ONE_TO_ONE = "one-to-one"

    def __str__(self) -> str:
        return str(self.value)
