# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/cartoonify` (Cartoonify)."""

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
from fal_models.models.cartoonify import CartoonifyInput, CartoonifyOutput

__all__ = ["Cartoonify", "AsyncCartoonify", "CartoonifyInput", "CartoonifyOutput"]


class Cartoonify(SyncEndpoint[CartoonifyInput, CartoonifyOutput]):
    """Cartoonify (`fal-ai/cartoonify`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/cartoonify/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/cartoonify"
    input_model: ClassVar[type[CartoonifyInput]] = CartoonifyInput
    output_model: ClassVar[type[CartoonifyOutput]] = CartoonifyOutput
    Input = CartoonifyInput
    Output = CartoonifyOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> CartoonifyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[CartoonifyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> CartoonifyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[CartoonifyOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncCartoonify(AsyncEndpoint[CartoonifyInput, CartoonifyOutput]):
    """Cartoonify (`fal-ai/cartoonify`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/cartoonify/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/cartoonify"
    input_model: ClassVar[type[CartoonifyInput]] = CartoonifyInput
    output_model: ClassVar[type[CartoonifyOutput]] = CartoonifyOutput
    Input = CartoonifyInput
    Output = CartoonifyOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> CartoonifyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[CartoonifyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> CartoonifyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[CartoonifyOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to apply cartoon style to. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: Scale factor for the Cartoon effect. Default: 1. Limits: minimum 0.1, maximum 2.
            guidance_scale: Guidance scale for the generation. Default: 3.5. Limits: minimum 0,
                maximum 20.
            num_inference_steps: Number of inference steps. Default: 28. Limits: minimum 1, maximum
                50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            use_cfg_zero: Whether to use CFG zero. Default: false.
            seed: The seed for image generation. Same seed with same parameters will generate same
                image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "use_cfg_zero": use_cfg_zero,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
