# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/video-01-director` (Minimax Video 01 Director)."""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    Omit,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
    omit,
)
from fal_models.models.minimax_video_01_director import (
    MinimaxVideo01DirectorInput,
    MinimaxVideo01DirectorOutput,
)

__all__ = [
    "MinimaxVideo01Director",
    "AsyncMinimaxVideo01Director",
    "MinimaxVideo01DirectorInput",
    "MinimaxVideo01DirectorOutput",
]


class MinimaxVideo01Director(
    SyncEndpoint[MinimaxVideo01DirectorInput, MinimaxVideo01DirectorOutput]
):
    """Minimax Video 01 Director (`fal-ai/minimax/video-01-director`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/minimax/video-01-director/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/video-01-director"
    input_model: ClassVar[type[MinimaxVideo01DirectorInput]] = MinimaxVideo01DirectorInput
    output_model: ClassVar[type[MinimaxVideo01DirectorOutput]] = MinimaxVideo01DirectorOutput
    Input = MinimaxVideo01DirectorInput
    Output = MinimaxVideo01DirectorOutput

    def subscribe(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxVideo01DirectorOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Camera movement instructions can be added
                using square brackets (e.g. [Pan left] or [Zoom in]). You can use up to 3 combined
                movements per prompt. Supported movements: Truck left/right, Pan left/right, Push
                in/Pull out, Pedestal up/down, Tilt up/down, Zoom in/out, Shake, Tracking shot,
                Static shot. For example: [Truck left, Pan right, Zoom in]. For a more detailed
                guide, refer
                https://sixth-switch-2ac.notion.site/T2V-01-Director-Model-Tutorial-with-camera-movement-1886c20a98eb80f395b8e05291ad8645.
                Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxVideo01DirectorOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Camera movement instructions can be added
                using square brackets (e.g. [Pan left] or [Zoom in]). You can use up to 3 combined
                movements per prompt. Supported movements: Truck left/right, Pan left/right, Push
                in/Pull out, Pedestal up/down, Tilt up/down, Zoom in/out, Shake, Tracking shot,
                Static shot. For example: [Truck left, Pan right, Zoom in]. For a more detailed
                guide, refer
                https://sixth-switch-2ac.notion.site/T2V-01-Director-Model-Tutorial-with-camera-movement-1886c20a98eb80f395b8e05291ad8645.
                Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxVideo01DirectorOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Camera movement instructions can be added
                using square brackets (e.g. [Pan left] or [Zoom in]). You can use up to 3 combined
                movements per prompt. Supported movements: Truck left/right, Pan left/right, Push
                in/Pull out, Pedestal up/down, Tilt up/down, Zoom in/out, Shake, Tracking shot,
                Static shot. For example: [Truck left, Pan right, Zoom in]. For a more detailed
                guide, refer
                https://sixth-switch-2ac.notion.site/T2V-01-Director-Model-Tutorial-with-camera-movement-1886c20a98eb80f395b8e05291ad8645.
                Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxVideo01DirectorOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Camera movement instructions can be added
                using square brackets (e.g. [Pan left] or [Zoom in]). You can use up to 3 combined
                movements per prompt. Supported movements: Truck left/right, Pan left/right, Push
                in/Pull out, Pedestal up/down, Tilt up/down, Zoom in/out, Shake, Tracking shot,
                Static shot. For example: [Truck left, Pan right, Zoom in]. For a more detailed
                guide, refer
                https://sixth-switch-2ac.notion.site/T2V-01-Director-Model-Tutorial-with-camera-movement-1886c20a98eb80f395b8e05291ad8645.
                Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxVideo01Director(
    AsyncEndpoint[MinimaxVideo01DirectorInput, MinimaxVideo01DirectorOutput]
):
    """Minimax Video 01 Director (`fal-ai/minimax/video-01-director`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/minimax/video-01-director/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/video-01-director"
    input_model: ClassVar[type[MinimaxVideo01DirectorInput]] = MinimaxVideo01DirectorInput
    output_model: ClassVar[type[MinimaxVideo01DirectorOutput]] = MinimaxVideo01DirectorOutput
    Input = MinimaxVideo01DirectorInput
    Output = MinimaxVideo01DirectorOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxVideo01DirectorOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Camera movement instructions can be added
                using square brackets (e.g. [Pan left] or [Zoom in]). You can use up to 3 combined
                movements per prompt. Supported movements: Truck left/right, Pan left/right, Push
                in/Pull out, Pedestal up/down, Tilt up/down, Zoom in/out, Shake, Tracking shot,
                Static shot. For example: [Truck left, Pan right, Zoom in]. For a more detailed
                guide, refer
                https://sixth-switch-2ac.notion.site/T2V-01-Director-Model-Tutorial-with-camera-movement-1886c20a98eb80f395b8e05291ad8645.
                Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxVideo01DirectorOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Camera movement instructions can be added
                using square brackets (e.g. [Pan left] or [Zoom in]). You can use up to 3 combined
                movements per prompt. Supported movements: Truck left/right, Pan left/right, Push
                in/Pull out, Pedestal up/down, Tilt up/down, Zoom in/out, Shake, Tracking shot,
                Static shot. For example: [Truck left, Pan right, Zoom in]. For a more detailed
                guide, refer
                https://sixth-switch-2ac.notion.site/T2V-01-Director-Model-Tutorial-with-camera-movement-1886c20a98eb80f395b8e05291ad8645.
                Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxVideo01DirectorOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Camera movement instructions can be added
                using square brackets (e.g. [Pan left] or [Zoom in]). You can use up to 3 combined
                movements per prompt. Supported movements: Truck left/right, Pan left/right, Push
                in/Pull out, Pedestal up/down, Tilt up/down, Zoom in/out, Shake, Tracking shot,
                Static shot. For example: [Truck left, Pan right, Zoom in]. For a more detailed
                guide, refer
                https://sixth-switch-2ac.notion.site/T2V-01-Director-Model-Tutorial-with-camera-movement-1886c20a98eb80f395b8e05291ad8645.
                Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxVideo01DirectorOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Camera movement instructions can be added
                using square brackets (e.g. [Pan left] or [Zoom in]). You can use up to 3 combined
                movements per prompt. Supported movements: Truck left/right, Pan left/right, Push
                in/Pull out, Pedestal up/down, Tilt up/down, Zoom in/out, Shake, Tracking shot,
                Static shot. For example: [Truck left, Pan right, Zoom in]. For a more detailed
                guide, refer
                https://sixth-switch-2ac.notion.site/T2V-01-Director-Model-Tutorial-with-camera-movement-1886c20a98eb80f395b8e05291ad8645.
                Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._stream(payload, options)
