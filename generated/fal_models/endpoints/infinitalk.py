# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/infinitalk` (Infinitalk)."""

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
from fal_models.models.infinitalk import InfinitalkInput, InfinitalkOutput

__all__ = ["Infinitalk", "AsyncInfinitalk", "InfinitalkInput", "InfinitalkOutput"]


class Infinitalk(SyncEndpoint[InfinitalkInput, InfinitalkOutput]):
    """Infinitalk (`fal-ai/infinitalk`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/infinitalk/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/infinitalk"
    input_model: ClassVar[type[InfinitalkInput]] = InfinitalkInput
    output_model: ClassVar[type[InfinitalkOutput]] = InfinitalkOutput
    Input = InfinitalkInput
    Output = InfinitalkOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> InfinitalkOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 41 to 721. Default: 145.
                Limits: minimum 41, maximum 721.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[InfinitalkOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 41 to 721. Default: 145.
                Limits: minimum 41, maximum 721.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InfinitalkOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 41 to 721. Default: 145.
                Limits: minimum 41, maximum 721.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[InfinitalkOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 41 to 721. Default: 145.
                Limits: minimum 41, maximum 721.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)


class AsyncInfinitalk(AsyncEndpoint[InfinitalkInput, InfinitalkOutput]):
    """Infinitalk (`fal-ai/infinitalk`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/infinitalk/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/infinitalk"
    input_model: ClassVar[type[InfinitalkInput]] = InfinitalkInput
    output_model: ClassVar[type[InfinitalkOutput]] = InfinitalkOutput
    Input = InfinitalkInput
    Output = InfinitalkOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> InfinitalkOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 41 to 721. Default: 145.
                Limits: minimum 41, maximum 721.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[InfinitalkOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 41 to 721. Default: 145.
                Limits: minimum 41, maximum 721.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InfinitalkOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 41 to 721. Default: 145.
                Limits: minimum 41, maximum 721.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[InfinitalkOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 41 to 721. Default: 145.
                Limits: minimum 41, maximum 721.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)
