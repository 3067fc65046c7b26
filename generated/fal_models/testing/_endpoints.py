"""The endpoints an emulator answers for, and their input and output models."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from pydantic import BaseModel

from fal_models._client import _ENDPOINTS, _endpoint_class

__all__ = ["EndpointModels"]


class EndpointModels(Mapping[str, tuple[type[BaseModel], type[BaseModel]]]):
    """Endpoint id → (input model, output model), each endpoint module imported on first use:
    an emulator of the whole catalogue starts at once. None stands for every endpoint."""

    def __init__(self, ids: Iterable[str] | None = None) -> None:
        wanted = list(_ENDPOINTS) if ids is None else list(ids)
        for endpoint_id in wanted:
            if endpoint_id not in _ENDPOINTS:
                _endpoint_class(endpoint_id, "")  # raises KeyError with a suggestion
        self._ids = tuple(dict.fromkeys(wanted))
        self._loaded: dict[str, tuple[type[BaseModel], type[BaseModel]]] = {}

    def __getitem__(self, endpoint_id: str) -> tuple[type[BaseModel], type[BaseModel]]:
        models = self._loaded.get(endpoint_id)
        if models is None:
            if endpoint_id not in self._ids:
                raise KeyError(endpoint_id)
            cls = _endpoint_class(endpoint_id, "")
            models = self._loaded[endpoint_id] = (cls.input_model, cls.output_model)
        return models

    def __contains__(self, endpoint_id: object) -> bool:
        return endpoint_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def match(self, path: str) -> str | None:
        """The endpoint a submit or run path names; fal allows a sub-path after the id."""
        wanted = path.strip("/")
        best = None
        for endpoint_id in self._ids:
            if (wanted == endpoint_id or wanted.startswith(endpoint_id + "/")) and (
                best is None or len(endpoint_id) > len(best)
            ):
                best = endpoint_id
        return best
