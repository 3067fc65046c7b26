# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pika/v1.5/pikaffects` (Pika V1.5 Pikaffects)."""

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
from fal_models.models.pika_v1_5_pikaffects import PikaV1_5PikaffectsInput, PikaV1_5PikaffectsOutput

__all__ = [
    "PikaV1_5Pikaffects",
    "AsyncPikaV1_5Pikaffects",
    "PikaV1_5PikaffectsInput",
    "PikaV1_5PikaffectsOutput",
]


class PikaV1_5Pikaffects(SyncEndpoint[PikaV1_5PikaffectsInput, PikaV1_5PikaffectsOutput]):
    """Pika V1.5 Pikaffects (`fal-ai/pika/v1.5/pikaffects`).

    Request model for Pikaffects endpoint

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pika/v1.5/pikaffects/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pika/v1.5/pikaffects"
    input_model: ClassVar[type[PikaV1_5PikaffectsInput]] = PikaV1_5PikaffectsInput
    output_model: ClassVar[type[PikaV1_5PikaffectsOutput]] = PikaV1_5PikaffectsOutput
    Input = PikaV1_5PikaffectsInput
    Output = PikaV1_5PikaffectsOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        pikaffect: Literal[
            "Cake-ify",
            "Crumble",
            "Crush",
            "Decapitate",
            "Deflate",
            "Dissolve",
            "Explode",
            "Eye-pop",
            "Inflate",
            "Levitate",
            "Melt",
            "Peel",
            "Poke",
            "Squish",
            "Ta-da",
            "Tear",
        ],
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PikaV1_5PikaffectsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            pikaffect: The Pikaffect to apply.
            prompt: Text prompt to guide the effect.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "pikaffect": pikaffect,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        pikaffect: Literal[
            "Cake-ify",
            "Crumble",
            "Crush",
            "Decapitate",
            "Deflate",
            "Dissolve",
            "Explode",
            "Eye-pop",
            "Inflate",
            "Levitate",
            "Melt",
            "Peel",
            "Poke",
            "Squish",
            "Ta-da",
            "Tear",
        ],
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PikaV1_5PikaffectsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            pikaffect: The Pikaffect to apply.
            prompt: Text prompt to guide the effect.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "pikaffect": pikaffect,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        pikaffect: Literal[
            "Cake-ify",
            "Crumble",
            "Crush",
            "Decapitate",
            "Deflate",
            "Dissolve",
            "Explode",
            "Eye-pop",
            "Inflate",
            "Levitate",
            "Melt",
            "Peel",
            "Poke",
            "Squish",
            "Ta-da",
            "Tear",
        ],
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PikaV1_5PikaffectsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            pikaffect: The Pikaffect to apply.
            prompt: Text prompt to guide the effect.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "pikaffect": pikaffect,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        pikaffect: Literal[
            "Cake-ify",
            "Crumble",
            "Crush",
            "Decapitate",
            "Deflate",
            "Dissolve",
            "Explode",
            "Eye-pop",
            "Inflate",
            "Levitate",
            "Melt",
            "Peel",
            "Poke",
            "Squish",
            "Ta-da",
            "Tear",
        ],
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PikaV1_5PikaffectsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            pikaffect: The Pikaffect to apply.
            prompt: Text prompt to guide the effect.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "pikaffect": pikaffect,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncPikaV1_5Pikaffects(AsyncEndpoint[PikaV1_5PikaffectsInput, PikaV1_5PikaffectsOutput]):
    """Pika V1.5 Pikaffects (`fal-ai/pika/v1.5/pikaffects`).

    Request model for Pikaffects endpoint

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pika/v1.5/pikaffects/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pika/v1.5/pikaffects"
    input_model: ClassVar[type[PikaV1_5PikaffectsInput]] = PikaV1_5PikaffectsInput
    output_model: ClassVar[type[PikaV1_5PikaffectsOutput]] = PikaV1_5PikaffectsOutput
    Input = PikaV1_5PikaffectsInput
    Output = PikaV1_5PikaffectsOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        pikaffect: Literal[
            "Cake-ify",
            "Crumble",
            "Crush",
            "Decapitate",
            "Deflate",
            "Dissolve",
            "Explode",
            "Eye-pop",
            "Inflate",
            "Levitate",
            "Melt",
            "Peel",
            "Poke",
            "Squish",
            "Ta-da",
            "Tear",
        ],
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PikaV1_5PikaffectsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            pikaffect: The Pikaffect to apply.
            prompt: Text prompt to guide the effect.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "pikaffect": pikaffect,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        pikaffect: Literal[
            "Cake-ify",
            "Crumble",
            "Crush",
            "Decapitate",
            "Deflate",
            "Dissolve",
            "Explode",
            "Eye-pop",
            "Inflate",
            "Levitate",
            "Melt",
            "Peel",
            "Poke",
            "Squish",
            "Ta-da",
            "Tear",
        ],
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PikaV1_5PikaffectsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            pikaffect: The Pikaffect to apply.
            prompt: Text prompt to guide the effect.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "pikaffect": pikaffect,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        pikaffect: Literal[
            "Cake-ify",
            "Crumble",
            "Crush",
            "Decapitate",
            "Deflate",
            "Dissolve",
            "Explode",
            "Eye-pop",
            "Inflate",
            "Levitate",
            "Melt",
            "Peel",
            "Poke",
            "Squish",
            "Ta-da",
            "Tear",
        ],
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PikaV1_5PikaffectsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            pikaffect: The Pikaffect to apply.
            prompt: Text prompt to guide the effect.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "pikaffect": pikaffect,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        pikaffect: Literal[
            "Cake-ify",
            "Crumble",
            "Crush",
            "Decapitate",
            "Deflate",
            "Dissolve",
            "Explode",
            "Eye-pop",
            "Inflate",
            "Levitate",
            "Melt",
            "Peel",
            "Poke",
            "Squish",
            "Ta-da",
            "Tear",
        ],
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PikaV1_5PikaffectsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            pikaffect: The Pikaffect to apply.
            prompt: Text prompt to guide the effect.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "pikaffect": pikaffect,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
