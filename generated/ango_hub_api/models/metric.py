from enum import StrEnum


class Metric(StrEnum):
    ANNOTATIONSTATUS = "AnnotationStatus"
    ANSWERDISTRIBUTION = "AnswerDistribution"
    ASSETSIZE = "AssetSize"
    CONSENSUSRANGES = "ConsensusRanges"
    LABELSTAGEGROUPS = "LabelStageGroups"
    TIMEPERTASK = "TimePerTask"

    def __str__(self) -> str:
        return str(self.value)
