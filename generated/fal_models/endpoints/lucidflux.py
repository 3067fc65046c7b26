# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/lucidflux` (Lucidflux)."""

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
from fal_models.models.lucidflux import LucidfluxInput, LucidfluxOutput

__all__ = ["Lucidflux", "AsyncLucidflux", "LucidfluxInput", "LucidfluxOutput"]


class Lucidflux(SyncEndpoint[LucidfluxInput, LucidfluxOutput]):
    """Lucidflux (`fal-ai/lucidflux`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/lucidflux/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lucidflux"
    input_model: ClassVar[type[LucidfluxInput]] = LucidfluxInput
    output_model: ClassVar[type[LucidfluxOutput]] = LucidfluxOutput
    Input = LucidfluxInput
    Output = LucidfluxOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        target_width: int | Omit = omit,
        target_height: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance: float | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LucidfluxOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            target_width: The width of the output image. Default: 1024. Limits: minimum 512, maximum
                1024.
            target_height: The height of the output image. Default: 1024. Limits: minimum 512,
                maximum 1024.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 2, maximum 50.
            guidance: The guidance to use for the diffusion process. Default: 4. Limits: minimum 1,
                maximum 30.
            seed: Seed used for random number generation. Default: 42.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "target_width": target_width,
                "target_height": target_height,
                "num_inference_steps": num_inference_steps,
                "guidance": guidance,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        target_width: int | Omit = omit,
        target_height: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance: float | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LucidfluxOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            target_width: The width of the output image. Default: 1024. Limits: minimum 512, maximum
                1024.
            target_height: The height of the output image. Default: 1024. Limits: minimum 512,
                maximum 1024.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 2, maximum 50.
            guidance: The guidance to use for the diffusion process. Default: 4. Limits: minimum 1,
                maximum 30.
            seed: Seed used for random number generation. Default: 42.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "target_width": target_width,
                "target_height": target_height,
                "num_inference_steps": num_inference_steps,
                "guidance": guidance,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        target_width: int | Omit = omit,
        target_height: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance: float | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LucidfluxOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            target_width: The width of the output image. Default: 1024. Limits: minimum 512, maximum
                1024.
            target_height: The height of the output image. Default: 1024. Limits: minimum 512,
                maximum 1024.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 2, maximum 50.
            guidance: The guidance to use for the diffusion process. Default: 4. Limits: minimum 1,
                maximum 30.
            seed: Seed used for random number generation. Default: 42.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "target_width": target_width,
                "target_height": target_height,
                "num_inference_steps": num_inference_steps,
                "guidance": guidance,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        target_width: int | Omit = omit,
        target_height: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance: float | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LucidfluxOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            target_width: The width of the output image. Default: 1024. Limits: minimum 512, maximum
                1024.
            target_height: The height of the output image. Default: 1024. Limits: minimum 512,
                maximum 1024.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 2, maximum 50.
            guidance: The guidance to use for the diffusion process. Default: 4. Limits: minimum 1,
                maximum 30.
            seed: Seed used for random number generation. Default: 42.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "target_width": target_width,
                "target_height": target_height,
                "num_inference_steps": num_inference_steps,
                "guidance": guidance,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncLucidflux(AsyncEndpoint[LucidfluxInput, LucidfluxOutput]):
    """Lucidflux (`fal-ai/lucidflux`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/lucidflux/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lucidflux"
    input_model: ClassVar[type[LucidfluxInput]] = LucidfluxInput
    output_model: ClassVar[type[LucidfluxOutput]] = LucidfluxOutput
    Input = LucidfluxInput
    Output = LucidfluxOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        target_width: int | Omit = omit,
        target_height: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance: float | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LucidfluxOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            target_width: The width of the output image. Default: 1024. Limits: minimum 512, maximum
                1024.
            target_height: The height of the output image. Default: 1024. Limits: minimum 512,
                maximum 1024.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 2, maximum 50.
            guidance: The guidance to use for the diffusion process. Default: 4. Limits: minimum 1,
                maximum 30.
            seed: Seed used for random number generation. Default: 42.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "target_width": target_width,
                "target_height": target_height,
                "num_inference_steps": num_inference_steps,
                "guidance": guidance,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        target_width: int | Omit = omit,
        target_height: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance: float | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LucidfluxOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            target_width: The width of the output image. Default: 1024. Limits: minimum 512, maximum
                1024.
            target_height: The height of the output image. Default: 1024. Limits: minimum 512,
                maximum 1024.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 2, maximum 50.
            guidance: The guidance to use for the diffusion process. Default: 4. Limits: minimum 1,
                maximum 30.
            seed: Seed used for random number generation. Default: 42.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "target_width": target_width,
                "target_height": target_height,
                "num_inference_steps": num_inference_steps,
                "guidance": guidance,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        target_width: int | Omit = omit,
        target_height: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance: float | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LucidfluxOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            target_width: The width of the output image. Default: 1024. Limits: minimum 512, maximum
                1024.
            target_height: The height of the output image. Default: 1024. Limits: minimum 512,
                maximum 1024.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 2, maximum 50.
            guidance: The guidance to use for the diffusion process. Default: 4. Limits: minimum 1,
                maximum 30.
            seed: Seed used for random number generation. Default: 42.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "target_width": target_width,
                "target_height": target_height,
                "num_inference_steps": num_inference_steps,
                "guidance": guidance,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        target_width: int | Omit = omit,
        target_height: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance: float | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LucidfluxOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            target_width: The width of the output image. Default: 1024. Limits: minimum 512, maximum
                1024.
            target_height: The height of the output image. Default: 1024. Limits: minimum 512,
                maximum 1024.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 50. Limits: minimum 2, maximum 50.
            guidance: The guidance to use for the diffusion process. Default: 4. Limits: minimum 1,
                maximum 30.
            seed: Seed used for random number generation. Default: 42.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "target_width": target_width,
                "target_height": target_height,
                "num_inference_steps": num_inference_steps,
                "guidance": guidance,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
