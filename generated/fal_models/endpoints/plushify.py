# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/plushify` (Plushify)."""

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
from fal_models.models.plushify import PlushifyInput, PlushifyOutput

__all__ = ["Plushify", "AsyncPlushify", "PlushifyInput", "PlushifyOutput"]


class Plushify(SyncEndpoint[PlushifyInput, PlushifyOutput]):
    """Plushify (`fal-ai/plushify`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/plushify/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/plushify"
    input_model: ClassVar[type[PlushifyInput]] = PlushifyInput
    output_model: ClassVar[type[PlushifyOutput]] = PlushifyOutput
    Input = PlushifyInput
    Output = PlushifyOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PlushifyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Prompt for the generation. Default is empty which is usually best, but sometimes
                it can help to add a description of the subject. Default: "".
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
                "num_images": num_images,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PlushifyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Prompt for the generation. Default is empty which is usually best, but sometimes
                it can help to add a description of the subject. Default: "".
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
                "num_images": num_images,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PlushifyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Prompt for the generation. Default is empty which is usually best, but sometimes
                it can help to add a description of the subject. Default: "".
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
                "num_images": num_images,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PlushifyOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Prompt for the generation. Default is empty which is usually best, but sometimes
                it can help to add a description of the subject. Default: "".
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
                "num_images": num_images,
            }
        )
        return self._stream(payload, options)


class AsyncPlushify(AsyncEndpoint[PlushifyInput, PlushifyOutput]):
    """Plushify (`fal-ai/plushify`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/plushify/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/plushify"
    input_model: ClassVar[type[PlushifyInput]] = PlushifyInput
    output_model: ClassVar[type[PlushifyOutput]] = PlushifyOutput
    Input = PlushifyInput
    Output = PlushifyOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PlushifyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Prompt for the generation. Default is empty which is usually best, but sometimes
                it can help to add a description of the subject. Default: "".
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
                "num_images": num_images,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PlushifyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Prompt for the generation. Default is empty which is usually best, but sometimes
                it can help to add a description of the subject. Default: "".
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
                "num_images": num_images,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PlushifyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Prompt for the generation. Default is empty which is usually best, but sometimes
                it can help to add a description of the subject. Default: "".
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
                "num_images": num_images,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PlushifyOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Prompt for the generation. Default is empty which is usually best, but sometimes
                it can help to add a description of the subject. Default: "".
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
                "num_images": num_images,
            }
        )
        return self._stream(payload, options)
