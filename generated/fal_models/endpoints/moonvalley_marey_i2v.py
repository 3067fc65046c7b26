# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `moonvalley/marey/i2v` (Moonvalley Marey I2v)."""

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
from fal_models.models.moonvalley_marey_i2v import MoonvalleyMareyI2vInput, MoonvalleyMareyI2vOutput

__all__ = [
    "MoonvalleyMareyI2v",
    "AsyncMoonvalleyMareyI2v",
    "MoonvalleyMareyI2vInput",
    "MoonvalleyMareyI2vOutput",
]


class MoonvalleyMareyI2v(SyncEndpoint[MoonvalleyMareyI2vInput, MoonvalleyMareyI2vOutput]):
    """Moonvalley Marey I2v (`moonvalley/marey/i2v`).

    Category: image-to-video. Docs: https://fal.ai/models/moonvalley/marey/i2v/api
    """

    endpoint_id: ClassVar[str] = "moonvalley/marey/i2v"
    input_model: ClassVar[type[MoonvalleyMareyI2vInput]] = MoonvalleyMareyI2vInput
    output_model: ClassVar[type[MoonvalleyMareyI2vOutput]] = MoonvalleyMareyI2vOutput
    Input = MoonvalleyMareyI2vInput
    Output = MoonvalleyMareyI2vOutput

    def subscribe(
        self,
        *,
        prompt: str,
        dimensions: Literal["1920x1080", "1080x1920", "1152x1152", "1536x1152", "1152x1536"]
        | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> MoonvalleyMareyI2vOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            dimensions: The dimensions of the generated video in width x height format. Default:
                "1920x1080".
            duration: The duration of the generated video. Default: "5s".
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            guidance_scale: Controls how strongly the generation is guided by the prompt (0-20).
                Higher values follow the prompt more closely.
            image_url: The URL of the image to use as the first frame of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "dimensions": dimensions,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        dimensions: Literal["1920x1080", "1080x1920", "1152x1152", "1536x1152", "1152x1536"]
        | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MoonvalleyMareyI2vOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate a video from.
            dimensions: The dimensions of the generated video in width x height format. Default:
                "1920x1080".
            duration: The duration of the generated video. Default: "5s".
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            guidance_scale: Controls how strongly the generation is guided by the prompt (0-20).
                Higher values follow the prompt more closely.
            image_url: The URL of the image to use as the first frame of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "dimensions": dimensions,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        dimensions: Literal["1920x1080", "1080x1920", "1152x1152", "1536x1152", "1152x1536"]
        | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> MoonvalleyMareyI2vOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            dimensions: The dimensions of the generated video in width x height format. Default:
                "1920x1080".
            duration: The duration of the generated video. Default: "5s".
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            guidance_scale: Controls how strongly the generation is guided by the prompt (0-20).
                Higher values follow the prompt more closely.
            image_url: The URL of the image to use as the first frame of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "dimensions": dimensions,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        dimensions: Literal["1920x1080", "1080x1920", "1152x1152", "1536x1152", "1152x1536"]
        | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MoonvalleyMareyI2vOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate a video from.
            dimensions: The dimensions of the generated video in width x height format. Default:
                "1920x1080".
            duration: The duration of the generated video. Default: "5s".
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            guidance_scale: Controls how strongly the generation is guided by the prompt (0-20).
                Higher values follow the prompt more closely.
            image_url: The URL of the image to use as the first frame of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "dimensions": dimensions,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncMoonvalleyMareyI2v(AsyncEndpoint[MoonvalleyMareyI2vInput, MoonvalleyMareyI2vOutput]):
    """Moonvalley Marey I2v (`moonvalley/marey/i2v`).

    Category: image-to-video. Docs: https://fal.ai/models/moonvalley/marey/i2v/api
    """

    endpoint_id: ClassVar[str] = "moonvalley/marey/i2v"
    input_model: ClassVar[type[MoonvalleyMareyI2vInput]] = MoonvalleyMareyI2vInput
    output_model: ClassVar[type[MoonvalleyMareyI2vOutput]] = MoonvalleyMareyI2vOutput
    Input = MoonvalleyMareyI2vInput
    Output = MoonvalleyMareyI2vOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        dimensions: Literal["1920x1080", "1080x1920", "1152x1152", "1536x1152", "1152x1536"]
        | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MoonvalleyMareyI2vOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            dimensions: The dimensions of the generated video in width x height format. Default:
                "1920x1080".
            duration: The duration of the generated video. Default: "5s".
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            guidance_scale: Controls how strongly the generation is guided by the prompt (0-20).
                Higher values follow the prompt more closely.
            image_url: The URL of the image to use as the first frame of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "dimensions": dimensions,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        dimensions: Literal["1920x1080", "1080x1920", "1152x1152", "1536x1152", "1152x1536"]
        | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MoonvalleyMareyI2vOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate a video from.
            dimensions: The dimensions of the generated video in width x height format. Default:
                "1920x1080".
            duration: The duration of the generated video. Default: "5s".
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            guidance_scale: Controls how strongly the generation is guided by the prompt (0-20).
                Higher values follow the prompt more closely.
            image_url: The URL of the image to use as the first frame of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "dimensions": dimensions,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        dimensions: Literal["1920x1080", "1080x1920", "1152x1152", "1536x1152", "1152x1536"]
        | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> MoonvalleyMareyI2vOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            dimensions: The dimensions of the generated video in width x height format. Default:
                "1920x1080".
            duration: The duration of the generated video. Default: "5s".
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            guidance_scale: Controls how strongly the generation is guided by the prompt (0-20).
                Higher values follow the prompt more closely.
            image_url: The URL of the image to use as the first frame of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "dimensions": dimensions,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        dimensions: Literal["1920x1080", "1080x1920", "1152x1152", "1536x1152", "1152x1536"]
        | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MoonvalleyMareyI2vOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate a video from.
            dimensions: The dimensions of the generated video in width x height format. Default:
                "1920x1080".
            duration: The duration of the generated video. Default: "5s".
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            guidance_scale: Controls how strongly the generation is guided by the prompt (0-20).
                Higher values follow the prompt more closely.
            image_url: The URL of the image to use as the first frame of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "dimensions": dimensions,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
