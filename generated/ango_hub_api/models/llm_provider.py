from enum import StrEnum


class LlmProvider(StrEnum):
    OPENAI = "openai"
    OPENROUTER = "openrouter"

    def __str__(self) -> str:
        return str(self.value)
