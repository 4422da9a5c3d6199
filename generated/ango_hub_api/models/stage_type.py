from enum import StrEnum


class StageType(StrEnum):
    ARCHIVE = "Archive"
    COMPLETE = "Complete"
    CONSENSUS = "Consensus"
    HOLD = "Hold"
    LABEL = "Label"
    LOGIC = "Logic"
    PLUGIN = "Plugin"
    REVIEW = "Review"
    START = "Start"
    WEBHOOK = "Webhook"

    def __str__(self) -> str:
        return str(self.value)
