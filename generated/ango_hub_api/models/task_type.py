from enum import StrEnum


class TaskType(StrEnum):
    BENCHMARK = "benchmark"
    CONSENSUS = "consensus"
    DEFAULT = "default"

    def __str__(self) -> str:
        return str(self.value)
