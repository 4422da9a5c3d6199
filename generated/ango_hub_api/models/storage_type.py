from enum import StrEnum


class StorageType(StrEnum):
    AWS = "aws"
    AZURE = "azure"
    GCS = "gcs"

    def __str__(self) -> str:
        return str(self.value)
