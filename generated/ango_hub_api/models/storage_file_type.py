from enum import StrEnum


class StorageFileType(StrEnum):
    ASSETS = "assets"
    BRUSHES = "brushes"
    EXPORTS = "exports"
    INSTRUCTIONS = "instructions"
    MEDICALBRUSHES = "medicalBrushes"
    SEGMENTATIONMODELS = "segmentationModels"

    def __str__(self) -> str:
        return str(self.value)
