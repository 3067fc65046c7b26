# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/upscale` (Ideogram Upscale)."""

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
from fal_models.models.ideogram_upscale import IdeogramUpscaleInput, IdeogramUpscaleOutput

__all__ = [
    "IdeogramUpscale",
    "AsyncIdeogramUpscale",
    "IdeogramUpscaleInput",
    "IdeogramUpscaleOutput",
]


class IdeogramUpscale(SyncEndpoint[IdeogramUpscaleInput, IdeogramUpscaleOutput]):
    """Ideogram Upscale (`fal-ai/ideogram/upscale`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/upscale/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/upscale"
    input_model: ClassVar[type[IdeogramUpscaleInput]] = IdeogramUpscaleInput
    output_model: ClassVar[type[IdeogramUpscaleOutput]] = IdeogramUpscaleOutput
    Input = IdeogramUpscaleInput
    Output = IdeogramUpscaleOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resemblance: int | Omit = omit,
        detail: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramUpscaleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image URL to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to upscale the image with. Default: "".
            resemblance: The resemblance of the upscaled image to the original image. Default: 50.
                Limits: minimum 1, maximum 100.
            detail: The detail of the upscaled image. Default: 50. Limits: minimum 1, maximum 100.
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                false.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resemblance": resemblance,
                "detail": detail,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resemblance: int | Omit = omit,
        detail: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IdeogramUpscaleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image URL to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to upscale the image with. Default: "".
            resemblance: The resemblance of the upscaled image to the original image. Default: 50.
                Limits: minimum 1, maximum 100.
            detail: The detail of the upscaled image. Default: 50. Limits: minimum 1, maximum 100.
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                false.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resemblance": resemblance,
                "detail": detail,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resemblance: int | Omit = omit,
        detail: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramUpscaleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image URL to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to upscale the image with. Default: "".
            resemblance: The resemblance of the upscaled image to the original image. Default: 50.
                Limits: minimum 1, maximum 100.
            detail: The detail of the upscaled image. Default: 50. Limits: minimum 1, maximum 100.
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                false.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resemblance": resemblance,
                "detail": detail,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resemblance: int | Omit = omit,
        detail: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IdeogramUpscaleOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image URL to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to upscale the image with. Default: "".
            resemblance: The resemblance of the upscaled image to the original image. Default: 50.
                Limits: minimum 1, maximum 100.
            detail: The detail of the upscaled image. Default: 50. Limits: minimum 1, maximum 100.
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                false.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resemblance": resemblance,
                "detail": detail,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncIdeogramUpscale(AsyncEndpoint[IdeogramUpscaleInput, IdeogramUpscaleOutput]):
    """Ideogram Upscale (`fal-ai/ideogram/upscale`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/upscale/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/upscale"
    input_model: ClassVar[type[IdeogramUpscaleInput]] = IdeogramUpscaleInput
    output_model: ClassVar[type[IdeogramUpscaleOutput]] = IdeogramUpscaleOutput
    Input = IdeogramUpscaleInput
    Output = IdeogramUpscaleOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resemblance: int | Omit = omit,
        detail: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramUpscaleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image URL to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to upscale the image with. Default: "".
            resemblance: The resemblance of the upscaled image to the original image. Default: 50.
                Limits: minimum 1, maximum 100.
            detail: The detail of the upscaled image. Default: 50. Limits: minimum 1, maximum 100.
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                false.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resemblance": resemblance,
                "detail": detail,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resemblance: int | Omit = omit,
        detail: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IdeogramUpscaleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image URL to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to upscale the image with. Default: "".
            resemblance: The resemblance of the upscaled image to the original image. Default: 50.
                Limits: minimum 1, maximum 100.
            detail: The detail of the upscaled image. Default: 50. Limits: minimum 1, maximum 100.
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                false.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resemblance": resemblance,
                "detail": detail,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resemblance: int | Omit = omit,
        detail: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramUpscaleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image URL to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to upscale the image with. Default: "".
            resemblance: The resemblance of the upscaled image to the original image. Default: 50.
                Limits: minimum 1, maximum 100.
            detail: The detail of the upscaled image. Default: 50. Limits: minimum 1, maximum 100.
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                false.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resemblance": resemblance,
                "detail": detail,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resemblance: int | Omit = omit,
        detail: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IdeogramUpscaleOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image URL to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to upscale the image with. Default: "".
            resemblance: The resemblance of the upscaled image to the original image. Default: 50.
                Limits: minimum 1, maximum 100.
            detail: The detail of the upscaled image. Default: 50. Limits: minimum 1, maximum 100.
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                false.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resemblance": resemblance,
                "detail": detail,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
