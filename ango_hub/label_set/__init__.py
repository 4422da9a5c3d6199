"""Label-set (ontology) builders: tools, classifications and relations, checked before sending.

::

    from ango_hub.label_set import LabelSet, Radio, RelationType, Text, Tool

    label_set = (
        LabelSet()
        .tool("Vehicle", Tool.BOUNDING_BOX, classifications=[
            Radio("Color", ["Red", "Blue", "Other"], classifications=[Text("Which color", when="Other")]),
        ])
        .relation("Towing", RelationType.ONE_TO_ONE)
        .validate(project_type="image")
    )
    hub.projects.create("Vehicles", category_schema=label_set.to_category_schema())
"""

from ango_hub_api.models import ClassificationType, RelationType

from ._builder import LabelSet, diff
from ._classifications import (
    Boolean,
    Checkbox,
    Classification,
    CommonOptions,
    Instance,
    MultiDropdown,
    Radio,
    SingleDropdown,
    Text,
    TreeDropdown,
)
from ._diff import Change
from ._errors import LabelSetError
from ._input import LabelSetInput, label_set_dict
from ._options import Option, TreeNode
from ._project_types import SUPPORTED_TOOLS, ProjectKind, supported_tools
from ._relations import Group, OneToMany, OneToOne, Relation, RelationOptions
from ._tools import ObjectTool, Tool

__all__ = [
    "SUPPORTED_TOOLS",
    "Boolean",
    "Change",
    "Checkbox",
    "Classification",
    "ClassificationType",
    "CommonOptions",
    "Group",
    "Instance",
    "LabelSet",
    "LabelSetError",
    "LabelSetInput",
    "MultiDropdown",
    "ObjectTool",
    "OneToMany",
    "OneToOne",
    "Option",
    "ProjectKind",
    "Radio",
    "Relation",
    "RelationOptions",
    "RelationType",
    "SingleDropdown",
    "Text",
    "Tool",
    "TreeDropdown",
    "TreeNode",
    "diff",
    "label_set_dict",
    "supported_tools",
]
