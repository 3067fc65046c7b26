"""The client's attribute tree (`client.bytedance.seedream.v4.text_to_image`), resolved on first
use.

Importing the package builds no endpoint class: the generated `_client.py` holds two tables (the
endpoints, and each tree node's children) and this module turns an attribute into a namespace or
an endpoint when it is first read, then caches it on the object that was asked. The typed shape of
the tree lives in the generated `_client.pyi`.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Mapping
from typing import Any

from fal_models._exceptions import UnknownEndpointError

# A node's children: attribute → the endpoint id it names, or "" for a namespace only.
Tree = Mapping[str, Mapping[str, str]]


class EndpointTable:
    """Endpoint classes by id, and the attribute tree over them."""

    def __init__(self, endpoints: Mapping[str, tuple[str, str]], tree: Tree) -> None:
        self._endpoints = endpoints
        self._tree = tree
        self._node_classes: dict[tuple[str, str], type] = {}
        self._paths: dict[str, str] | None = None  # endpoint id → attribute path, when first needed

    def endpoint_class(self, endpoint_id: str, prefix: str) -> Any:
        """The endpoint's class (`prefix` "Async" for the asyncio one); its module loads now."""
        try:
            module, name = self._endpoints[endpoint_id]
        except KeyError:
            _check_id(endpoint_id)
            close = difflib.get_close_matches(endpoint_id, self._endpoints, n=3)
            raise UnknownEndpointError(endpoint_id, close) from None
        return getattr(importlib.import_module(f"fal_models.endpoints.{module}"), prefix + name)

    def instance(self, client: Any, endpoint_id: str, prefix: str) -> Any:
        """`client.endpoint(id)`: the same object the attribute path gives."""
        _check_id(endpoint_id)
        if self._paths is None:
            self._paths = {
                endpoint: f"{path}.{attr}" if path else attr
                for path, children in self._tree.items()
                for attr, endpoint in children.items()
                if endpoint
            }
        path = self._paths.get(endpoint_id)
        if path is not None and path in self._tree:
            return self._node_class(endpoint_id, prefix, path)(client)
        return self.endpoint_class(endpoint_id, prefix)(client)

    def children(self, path: str) -> list[str]:
        return sorted(self._tree.get(path, {}))

    def child(self, owner: object, client: Any, path: str, name: str, prefix: str) -> Any:
        """`owner.<name>`, where `owner` is the node at `path` (the client itself at "")."""
        children = self._tree.get(path, {})
        if _private(name) or name not in children:
            close = difflib.get_close_matches(name, children, n=1)
            hint = f"; did you mean {close[0]!r}?" if close and not _private(name) else ""
            raise AttributeError(f"{type(owner).__name__!r} object has no attribute {name!r}{hint}")
        endpoint_id = children[name]
        child_path = f"{path}.{name}" if path else name
        value: Any
        if not endpoint_id:
            value = Namespace(self, client, child_path, prefix)
        elif child_path in self._tree:
            value = self._node_class(endpoint_id, prefix, child_path)(client)
        else:
            value = self.endpoint_class(endpoint_id, prefix)(client)
        vars(owner)[name] = value  # later reads are plain attribute lookups
        return value

    def _node_class(self, endpoint_id: str, prefix: str, path: str) -> type:
        """An endpoint that is also a namespace (`client.flux_lora` and
        `client.flux_lora.inpainting`): the endpoint class, plus the children of its node."""
        key = (endpoint_id, prefix)
        cls = self._node_classes.get(key)
        if cls is None:
            endpoint = self.endpoint_class(endpoint_id, prefix)
            body = {
                "__doc__": endpoint.__doc__,
                "__module__": endpoint.__module__,
                "_fal_table": self,
                "_fal_path": path,
                "_fal_prefix": prefix,
            }
            cls = self._node_classes[key] = type(endpoint.__name__, (_NodeChildren, endpoint), body)
        return cls


class Namespace:
    """`client.<path>`: the endpoints below a path of fal ids."""

    def __init__(self, table: EndpointTable, client: Any, path: str, prefix: str) -> None:
        self._fal_table = table
        self._fal_client = client
        self._fal_path = path
        self._fal_prefix = prefix

    def __getattr__(self, name: str) -> Any:
        return self._fal_table.child(self, self._fal_client, self._fal_path, name, self._fal_prefix)

    def __dir__(self) -> list[str]:
        return self._fal_table.children(self._fal_path)

    def __repr__(self) -> str:
        return f"<fal namespace client.{self._fal_path}: {', '.join(self.__dir__())}>"


class _NodeChildren:
    """The namespace half of an endpoint that is also a namespace."""

    _fal_table: EndpointTable
    _fal_path: str
    _fal_prefix: str
    _client: Any

    def __getattr__(self, name: str) -> Any:
        if _private(name):
            raise AttributeError(name)
        return self._fal_table.child(self, self._client, self._fal_path, name, self._fal_prefix)


def _private(name: str) -> bool:
    """Not a child: a private or dunder name. An id segment that starts with a digit (`3.2`,
    `4b`) is the attribute `_3_2` / `_4b`, which is a child."""
    return name.startswith("_") and not name[1:2].isdigit()


def _check_id(endpoint_id: object) -> None:
    if not isinstance(endpoint_id, str):
        raise TypeError(
            f"an endpoint id is a str, like 'fal-ai/qwen-image', not {type(endpoint_id).__name__}"
        )
