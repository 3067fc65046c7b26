# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-edit/relight` (Bria Fibo Edit Relight)."""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models._uploads import FileInput
from fal_models.models.bria_fibo_edit_relight import (
    BriaFiboEditRelightInput,
    BriaFiboEditRelightOutput,
)

__all__ = [
    "BriaFiboEditRelight",
    "AsyncBriaFiboEditRelight",
    "BriaFiboEditRelightInput",
    "BriaFiboEditRelightOutput",
]


class BriaFiboEditRelight(SyncEndpoint[BriaFiboEditRelightInput, BriaFiboEditRelightOutput]):
    """Bria Fibo Edit Relight (`bria/fibo-edit/relight`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/relight/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/relight"
    input_model: ClassVar[type[BriaFiboEditRelightInput]] = BriaFiboEditRelightInput
    output_model: ClassVar[type[BriaFiboEditRelightOutput]] = BriaFiboEditRelightOutput
    Input = BriaFiboEditRelightInput
    Output = BriaFiboEditRelightOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        light_direction: Literal["front", "side", "bottom", "top-down"] | None,
        light_type: Literal[
            "midday",
            "blue hour light",
            "low-angle sunlight",
            "sunrise light",
            "spotlight on subject",
            "overcast light",
            "soft overcast daylight lighting",
            "cloud-filtered lighting",
            "fog-diffused lighting",
            "moonlight lighting",
            "starlight nighttime",
            "soft bokeh lighting",
            "harsh studio lighting",
        ],
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboEditRelightOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            light_direction: Where the light comes from.
            light_type: The quality/style/time of day.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "light_direction": light_direction,
                "light_type": light_type,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        light_direction: Literal["front", "side", "bottom", "top-down"] | None,
        light_type: Literal[
            "midday",
            "blue hour light",
            "low-angle sunlight",
            "sunrise light",
            "spotlight on subject",
            "overcast light",
            "soft overcast daylight lighting",
            "cloud-filtered lighting",
            "fog-diffused lighting",
            "moonlight lighting",
            "starlight nighttime",
            "soft bokeh lighting",
            "harsh studio lighting",
        ],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboEditRelightOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            light_direction: Where the light comes from.
            light_type: The quality/style/time of day.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "light_direction": light_direction,
                "light_type": light_type,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        light_direction: Literal["front", "side", "bottom", "top-down"] | None,
        light_type: Literal[
            "midday",
            "blue hour light",
            "low-angle sunlight",
            "sunrise light",
            "spotlight on subject",
            "overcast light",
            "soft overcast daylight lighting",
            "cloud-filtered lighting",
            "fog-diffused lighting",
            "moonlight lighting",
            "starlight nighttime",
            "soft bokeh lighting",
            "harsh studio lighting",
        ],
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditRelightOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            light_direction: Where the light comes from.
            light_type: The quality/style/time of day.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "light_direction": light_direction,
                "light_type": light_type,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        light_direction: Literal["front", "side", "bottom", "top-down"] | None,
        light_type: Literal[
            "midday",
            "blue hour light",
            "low-angle sunlight",
            "sunrise light",
            "spotlight on subject",
            "overcast light",
            "soft overcast daylight lighting",
            "cloud-filtered lighting",
            "fog-diffused lighting",
            "moonlight lighting",
            "starlight nighttime",
            "soft bokeh lighting",
            "harsh studio lighting",
        ],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboEditRelightOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            light_direction: Where the light comes from.
            light_type: The quality/style/time of day.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "light_direction": light_direction,
                "light_type": light_type,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboEditRelight(AsyncEndpoint[BriaFiboEditRelightInput, BriaFiboEditRelightOutput]):
    """Bria Fibo Edit Relight (`bria/fibo-edit/relight`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/relight/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/relight"
    input_model: ClassVar[type[BriaFiboEditRelightInput]] = BriaFiboEditRelightInput
    output_model: ClassVar[type[BriaFiboEditRelightOutput]] = BriaFiboEditRelightOutput
    Input = BriaFiboEditRelightInput
    Output = BriaFiboEditRelightOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        light_direction: Literal["front", "side", "bottom", "top-down"] | None,
        light_type: Literal[
            "midday",
            "blue hour light",
            "low-angle sunlight",
            "sunrise light",
            "spotlight on subject",
            "overcast light",
            "soft overcast daylight lighting",
            "cloud-filtered lighting",
            "fog-diffused lighting",
            "moonlight lighting",
            "starlight nighttime",
            "soft bokeh lighting",
            "harsh studio lighting",
        ],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboEditRelightOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            light_direction: Where the light comes from.
            light_type: The quality/style/time of day.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "light_direction": light_direction,
                "light_type": light_type,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        light_direction: Literal["front", "side", "bottom", "top-down"] | None,
        light_type: Literal[
            "midday",
            "blue hour light",
            "low-angle sunlight",
            "sunrise light",
            "spotlight on subject",
            "overcast light",
            "soft overcast daylight lighting",
            "cloud-filtered lighting",
            "fog-diffused lighting",
            "moonlight lighting",
            "starlight nighttime",
            "soft bokeh lighting",
            "harsh studio lighting",
        ],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboEditRelightOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            light_direction: Where the light comes from.
            light_type: The quality/style/time of day.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "light_direction": light_direction,
                "light_type": light_type,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        light_direction: Literal["front", "side", "bottom", "top-down"] | None,
        light_type: Literal[
            "midday",
            "blue hour light",
            "low-angle sunlight",
            "sunrise light",
            "spotlight on subject",
            "overcast light",
            "soft overcast daylight lighting",
            "cloud-filtered lighting",
            "fog-diffused lighting",
            "moonlight lighting",
            "starlight nighttime",
            "soft bokeh lighting",
            "harsh studio lighting",
        ],
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditRelightOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            light_direction: Where the light comes from.
            light_type: The quality/style/time of day.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "light_direction": light_direction,
                "light_type": light_type,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        light_direction: Literal["front", "side", "bottom", "top-down"] | None,
        light_type: Literal[
            "midday",
            "blue hour light",
            "low-angle sunlight",
            "sunrise light",
            "spotlight on subject",
            "overcast light",
            "soft overcast daylight lighting",
            "cloud-filtered lighting",
            "fog-diffused lighting",
            "moonlight lighting",
            "starlight nighttime",
            "soft bokeh lighting",
            "harsh studio lighting",
        ],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboEditRelightOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            light_direction: Where the light comes from.
            light_type: The quality/style/time of day.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "light_direction": light_direction,
                "light_type": light_type,
            }
        )
        return self._stream(payload, options)
