from enum import StrEnum


class MedicalPlane(StrEnum):
    A = "A"
    C = "C"
    S = "S"

    def __str__(self) -> str:
        return str(self.value)
