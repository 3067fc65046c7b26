# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pshuman` (Pshuman)."""

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
from fal_models._uploads import FileInput
from fal_models.models.pshuman import PshumanInput, PshumanOutput

__all__ = ["Pshuman", "AsyncPshuman", "PshumanInput", "PshumanOutput"]


class Pshuman(SyncEndpoint[PshumanInput, PshumanOutput]):
    """Pshuman (`fal-ai/pshuman`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/pshuman/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pshuman"
    input_model: ClassVar[type[PshumanInput]] = PshumanInput
    output_model: ClassVar[type[PshumanOutput]] = PshumanOutput
    Input = PshumanInput
    Output = PshumanOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PshumanOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: A direct URL to the input image of a person. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the diffusion process. Controls how much the output
                adheres to the generated views. Default: 4. Limits: minimum 1, maximum 10.
            seed: Seed for reproducibility. If None, a random seed will be used.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PshumanOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: A direct URL to the input image of a person. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the diffusion process. Controls how much the output
                adheres to the generated views. Default: 4. Limits: minimum 1, maximum 10.
            seed: Seed for reproducibility. If None, a random seed will be used.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PshumanOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: A direct URL to the input image of a person. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the diffusion process. Controls how much the output
                adheres to the generated views. Default: 4. Limits: minimum 1, maximum 10.
            seed: Seed for reproducibility. If None, a random seed will be used.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PshumanOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: A direct URL to the input image of a person. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the diffusion process. Controls how much the output
                adheres to the generated views. Default: 4. Limits: minimum 1, maximum 10.
            seed: Seed for reproducibility. If None, a random seed will be used.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncPshuman(AsyncEndpoint[PshumanInput, PshumanOutput]):
    """Pshuman (`fal-ai/pshuman`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/pshuman/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pshuman"
    input_model: ClassVar[type[PshumanInput]] = PshumanInput
    output_model: ClassVar[type[PshumanOutput]] = PshumanOutput
    Input = PshumanInput
    Output = PshumanOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PshumanOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: A direct URL to the input image of a person. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the diffusion process. Controls how much the output
                adheres to the generated views. Default: 4. Limits: minimum 1, maximum 10.
            seed: Seed for reproducibility. If None, a random seed will be used.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PshumanOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: A direct URL to the input image of a person. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the diffusion process. Controls how much the output
                adheres to the generated views. Default: 4. Limits: minimum 1, maximum 10.
            seed: Seed for reproducibility. If None, a random seed will be used.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PshumanOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: A direct URL to the input image of a person. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the diffusion process. Controls how much the output
                adheres to the generated views. Default: 4. Limits: minimum 1, maximum 10.
            seed: Seed for reproducibility. If None, a random seed will be used.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PshumanOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: A direct URL to the input image of a person. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the diffusion process. Controls how much the output
                adheres to the generated views. Default: 4. Limits: minimum 1, maximum 10.
            seed: Seed for reproducibility. If None, a random seed will be used.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
