# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/infinitalk/single-text` (Infinitalk Single Text)."""

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
from fal_models.models.infinitalk_single_text import (
    InfinitalkSingleTextInput,
    InfinitalkSingleTextOutput,
)

__all__ = [
    "InfinitalkSingleText",
    "AsyncInfinitalkSingleText",
    "InfinitalkSingleTextInput",
    "InfinitalkSingleTextOutput",
]


class InfinitalkSingleText(SyncEndpoint[InfinitalkSingleTextInput, InfinitalkSingleTextOutput]):
    """Infinitalk Single Text (`fal-ai/infinitalk/single-text`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/infinitalk/single-text/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/infinitalk/single-text"
    input_model: ClassVar[type[InfinitalkSingleTextInput]] = InfinitalkSingleTextInput
    output_model: ClassVar[type[InfinitalkSingleTextOutput]] = InfinitalkSingleTextOutput
    Input = InfinitalkSingleTextInput
    Output = InfinitalkSingleTextOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ],
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> InfinitalkSingleTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text_input: The text input to guide video generation.
            voice: The voice to use for speech generation.
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
                "text_input": text_input,
                "voice": voice,
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
        text_input: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ],
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[InfinitalkSingleTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text_input: The text input to guide video generation.
            voice: The voice to use for speech generation.
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
                "text_input": text_input,
                "voice": voice,
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
        text_input: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ],
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InfinitalkSingleTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text_input: The text input to guide video generation.
            voice: The voice to use for speech generation.
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
                "text_input": text_input,
                "voice": voice,
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
        text_input: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ],
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[InfinitalkSingleTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text_input: The text input to guide video generation.
            voice: The voice to use for speech generation.
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
                "text_input": text_input,
                "voice": voice,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)


class AsyncInfinitalkSingleText(
    AsyncEndpoint[InfinitalkSingleTextInput, InfinitalkSingleTextOutput]
):
    """Infinitalk Single Text (`fal-ai/infinitalk/single-text`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/infinitalk/single-text/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/infinitalk/single-text"
    input_model: ClassVar[type[InfinitalkSingleTextInput]] = InfinitalkSingleTextInput
    output_model: ClassVar[type[InfinitalkSingleTextOutput]] = InfinitalkSingleTextOutput
    Input = InfinitalkSingleTextInput
    Output = InfinitalkSingleTextOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ],
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> InfinitalkSingleTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text_input: The text input to guide video generation.
            voice: The voice to use for speech generation.
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
                "text_input": text_input,
                "voice": voice,
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
        text_input: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ],
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[InfinitalkSingleTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text_input: The text input to guide video generation.
            voice: The voice to use for speech generation.
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
                "text_input": text_input,
                "voice": voice,
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
        text_input: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ],
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InfinitalkSingleTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text_input: The text input to guide video generation.
            voice: The voice to use for speech generation.
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
                "text_input": text_input,
                "voice": voice,
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
        text_input: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ],
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[InfinitalkSingleTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text_input: The text input to guide video generation.
            voice: The voice to use for speech generation.
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
                "text_input": text_input,
                "voice": voice,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)
