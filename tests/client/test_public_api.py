"""The public API is documented: every resource method of both clients and every public
class, function and method of the handwritten modules has a docstring."""

from __future__ import annotations

import enum
import inspect
from types import ModuleType

import pytest
from _async_bridge import RESOURCES

import ango_hub
from ango_hub import (
    AsyncClient,
    Client,
    annotations,
    export_archive,
    export_options,
    filters,
    import_reports,
    label_set,
    pagination,
    resources,
    webhooks,
)

MODULES = [
    ango_hub,
    annotations,
    export_archive,
    export_options,
    filters,
    import_reports,
    label_set,
    pagination,
    resources,
    webhooks,
]


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
def test_every_resource_method_has_a_docstring(client_class: type[Client] | type[AsyncClient]) -> None:
    client = client_class(api_key="k", base_url="http://127.0.0.1:9/v2")
    missing = [
        f"{name}.{method}"
        for name in RESOURCES
        for method, member in inspect.getmembers(getattr(client, name), callable)
        if not method.startswith("_") and not inspect.getdoc(member)
    ]
    assert missing == []


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__)
def test_every_public_name_has_a_docstring(module: ModuleType) -> None:
    missing = []
    for name in module.__all__:
        value = getattr(module, name)
        if not (inspect.isclass(value) or inspect.isfunction(value)):
            continue
        if (
            inspect.isclass(value)
            and issubclass(value, enum.Enum)
            and value.__module__.startswith("ango_hub_api")
        ):
            continue  # generated enums, documented in the spec
        if not value.__doc__:
            missing.append(name)
        if inspect.isclass(value) and value.__module__.startswith("ango_hub."):
            missing += [
                f"{name}.{attribute}"
                for attribute, member in vars(value).items()
                if not attribute.startswith("_") and callable(member) and not member.__doc__
            ]
    assert missing == []


def test_ango_hub_resources_names_the_class_of_every_resource_of_client() -> None:
    """``ango_hub.resources`` is the import path of the classes for annotations: ``hub.tasks`` is
    an ``ango_hub.resources.Tasks``, and every resource of ``Client`` has its class there."""
    client = Client(api_key="k", base_url="http://127.0.0.1:9/v2")
    by_attribute = {name: type(getattr(client, name)) for name in RESOURCES}
    assert sorted(resources.__all__) == sorted(cls.__name__ for cls in by_attribute.values())
    for cls in by_attribute.values():
        assert getattr(resources, cls.__name__) is cls
    assert set(resources.__all__) <= set(dir(resources))
