from enum import StrEnum


class AssetBuilderColumnType(StrEnum):
    AUDIO = "audio"
    IFRAME = "iframe"
    IMAGE = "image"
    LINK = "link"
    PDF = "pdf"
    TEXT = "text"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
