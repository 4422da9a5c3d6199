from enum import StrEnum


class ClassificationType(StrEnum):
    BOOLEAN = "boolean"
    CHECKBOX = "checkbox"
    INSTANCE = "instance"
    MULTI_DROPDOWN = "multi-dropdown"
    RADIO = "radio"
    SINGLE_DROPDOWN = "single-dropdown"
    TEXT = "text"
    TREE_DROPDOWN = "tree-dropdown"

    def __str__(self) -> str:
        return str(self.value)
