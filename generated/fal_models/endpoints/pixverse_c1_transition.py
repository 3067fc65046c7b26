# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pixverse/c1/transition` (Pixverse C1 Transition)."""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

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
from fal_models._uploads import FileInput
from fal_models.models.pixverse_c1_transition import (
    PixverseC1TransitionInput,
    PixverseC1TransitionOutput,
)

__all__ = [
    "PixverseC1Transition",
    "AsyncPixverseC1Transition",
    "PixverseC1TransitionInput",
    "PixverseC1TransitionOutput",
]


class PixverseC1Transition(SyncEndpoint[PixverseC1TransitionInput, PixverseC1TransitionOutput]):
    """Pixverse C1 Transition (`fal-ai/pixverse/c1/transition`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/c1/transition/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/c1/transition"
    input_model: ClassVar[type[PixverseC1TransitionInput]] = PixverseC1TransitionInput
    output_model: ClassVar[type[PixverseC1TransitionOutput]] = PixverseC1TransitionOutput
    Input = PixverseC1TransitionInput
    Output = PixverseC1TransitionOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> PixverseC1TransitionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PixverseC1TransitionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> PixverseC1TransitionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PixverseC1TransitionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)


class AsyncPixverseC1Transition(
    AsyncEndpoint[PixverseC1TransitionInput, PixverseC1TransitionOutput]
):
    """Pixverse C1 Transition (`fal-ai/pixverse/c1/transition`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/c1/transition/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/c1/transition"
    input_model: ClassVar[type[PixverseC1TransitionInput]] = PixverseC1TransitionInput
    output_model: ClassVar[type[PixverseC1TransitionOutput]] = PixverseC1TransitionOutput
    Input = PixverseC1TransitionInput
    Output = PixverseC1TransitionOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PixverseC1TransitionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PixverseC1TransitionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> PixverseC1TransitionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PixverseC1TransitionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)
