# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ccsr` (Ccsr)."""

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
from fal_models.models.ccsr import CcsrInput, CcsrOutput

__all__ = ["Ccsr", "AsyncCcsr", "CcsrInput", "CcsrOutput"]


class Ccsr(SyncEndpoint[CcsrInput, CcsrOutput]):
    """Ccsr (`fal-ai/ccsr`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ccsr/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ccsr"
    input_model: ClassVar[type[CcsrInput]] = CcsrInput
    output_model: ClassVar[type[CcsrOutput]] = CcsrOutput
    Input = CcsrInput
    Output = CcsrOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile_diffusion: Literal["none", "mix", "gaussian"] | Omit = omit,
        tile_diffusion_size: int | Omit = omit,
        tile_diffusion_stride: int | Omit = omit,
        tile_vae: bool | Omit = omit,
        tile_vae_decoder_size: int | Omit = omit,
        tile_vae_encoder_size: int | Omit = omit,
        steps: int | Omit = omit,
        t_max: float | Omit = omit,
        t_min: float | Omit = omit,
        color_fix_type: Literal["none", "wavelet", "adain"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> CcsrOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL or data URI of the image to upscale. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 4.
            tile_diffusion: If specified, a patch-based sampling strategy will be used for sampling.
                Default: "none".
            tile_diffusion_size: Size of patch. Default: 1024. Limits: minimum 256, maximum 2048.
            tile_diffusion_stride: Stride of sliding patch. Default: 512. Limits: minimum 128,
                maximum 1024.
            tile_vae: If specified, a patch-based sampling strategy will be used for VAE decoding.
                Default: false.
            tile_vae_decoder_size: Size of VAE patch. Default: 226. Limits: minimum 64, maximum
                2048.
            tile_vae_encoder_size: Size of latent image. Default: 1024. Limits: minimum 128, maximum
                2048.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 50. Limits: minimum 10,
                maximum 100.
            t_max: The ending point of uniform sampling strategy. Default: 0.6667. Limits: minimum
                0, maximum 1.
            t_min: The starting point of uniform sampling strategy. Default: 0.3333. Limits: minimum
                0, maximum 1.
            color_fix_type: Type of color correction for samples. Default: "adain".
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile_diffusion": tile_diffusion,
                "tile_diffusion_size": tile_diffusion_size,
                "tile_diffusion_stride": tile_diffusion_stride,
                "tile_vae": tile_vae,
                "tile_vae_decoder_size": tile_vae_decoder_size,
                "tile_vae_encoder_size": tile_vae_encoder_size,
                "steps": steps,
                "t_max": t_max,
                "t_min": t_min,
                "color_fix_type": color_fix_type,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile_diffusion: Literal["none", "mix", "gaussian"] | Omit = omit,
        tile_diffusion_size: int | Omit = omit,
        tile_diffusion_stride: int | Omit = omit,
        tile_vae: bool | Omit = omit,
        tile_vae_decoder_size: int | Omit = omit,
        tile_vae_encoder_size: int | Omit = omit,
        steps: int | Omit = omit,
        t_max: float | Omit = omit,
        t_min: float | Omit = omit,
        color_fix_type: Literal["none", "wavelet", "adain"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[CcsrOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL or data URI of the image to upscale. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 4.
            tile_diffusion: If specified, a patch-based sampling strategy will be used for sampling.
                Default: "none".
            tile_diffusion_size: Size of patch. Default: 1024. Limits: minimum 256, maximum 2048.
            tile_diffusion_stride: Stride of sliding patch. Default: 512. Limits: minimum 128,
                maximum 1024.
            tile_vae: If specified, a patch-based sampling strategy will be used for VAE decoding.
                Default: false.
            tile_vae_decoder_size: Size of VAE patch. Default: 226. Limits: minimum 64, maximum
                2048.
            tile_vae_encoder_size: Size of latent image. Default: 1024. Limits: minimum 128, maximum
                2048.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 50. Limits: minimum 10,
                maximum 100.
            t_max: The ending point of uniform sampling strategy. Default: 0.6667. Limits: minimum
                0, maximum 1.
            t_min: The starting point of uniform sampling strategy. Default: 0.3333. Limits: minimum
                0, maximum 1.
            color_fix_type: Type of color correction for samples. Default: "adain".
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile_diffusion": tile_diffusion,
                "tile_diffusion_size": tile_diffusion_size,
                "tile_diffusion_stride": tile_diffusion_stride,
                "tile_vae": tile_vae,
                "tile_vae_decoder_size": tile_vae_decoder_size,
                "tile_vae_encoder_size": tile_vae_encoder_size,
                "steps": steps,
                "t_max": t_max,
                "t_min": t_min,
                "color_fix_type": color_fix_type,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile_diffusion: Literal["none", "mix", "gaussian"] | Omit = omit,
        tile_diffusion_size: int | Omit = omit,
        tile_diffusion_stride: int | Omit = omit,
        tile_vae: bool | Omit = omit,
        tile_vae_decoder_size: int | Omit = omit,
        tile_vae_encoder_size: int | Omit = omit,
        steps: int | Omit = omit,
        t_max: float | Omit = omit,
        t_min: float | Omit = omit,
        color_fix_type: Literal["none", "wavelet", "adain"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> CcsrOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL or data URI of the image to upscale. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 4.
            tile_diffusion: If specified, a patch-based sampling strategy will be used for sampling.
                Default: "none".
            tile_diffusion_size: Size of patch. Default: 1024. Limits: minimum 256, maximum 2048.
            tile_diffusion_stride: Stride of sliding patch. Default: 512. Limits: minimum 128,
                maximum 1024.
            tile_vae: If specified, a patch-based sampling strategy will be used for VAE decoding.
                Default: false.
            tile_vae_decoder_size: Size of VAE patch. Default: 226. Limits: minimum 64, maximum
                2048.
            tile_vae_encoder_size: Size of latent image. Default: 1024. Limits: minimum 128, maximum
                2048.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 50. Limits: minimum 10,
                maximum 100.
            t_max: The ending point of uniform sampling strategy. Default: 0.6667. Limits: minimum
                0, maximum 1.
            t_min: The starting point of uniform sampling strategy. Default: 0.3333. Limits: minimum
                0, maximum 1.
            color_fix_type: Type of color correction for samples. Default: "adain".
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile_diffusion": tile_diffusion,
                "tile_diffusion_size": tile_diffusion_size,
                "tile_diffusion_stride": tile_diffusion_stride,
                "tile_vae": tile_vae,
                "tile_vae_decoder_size": tile_vae_decoder_size,
                "tile_vae_encoder_size": tile_vae_encoder_size,
                "steps": steps,
                "t_max": t_max,
                "t_min": t_min,
                "color_fix_type": color_fix_type,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile_diffusion: Literal["none", "mix", "gaussian"] | Omit = omit,
        tile_diffusion_size: int | Omit = omit,
        tile_diffusion_stride: int | Omit = omit,
        tile_vae: bool | Omit = omit,
        tile_vae_decoder_size: int | Omit = omit,
        tile_vae_encoder_size: int | Omit = omit,
        steps: int | Omit = omit,
        t_max: float | Omit = omit,
        t_min: float | Omit = omit,
        color_fix_type: Literal["none", "wavelet", "adain"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[CcsrOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL or data URI of the image to upscale. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 4.
            tile_diffusion: If specified, a patch-based sampling strategy will be used for sampling.
                Default: "none".
            tile_diffusion_size: Size of patch. Default: 1024. Limits: minimum 256, maximum 2048.
            tile_diffusion_stride: Stride of sliding patch. Default: 512. Limits: minimum 128,
                maximum 1024.
            tile_vae: If specified, a patch-based sampling strategy will be used for VAE decoding.
                Default: false.
            tile_vae_decoder_size: Size of VAE patch. Default: 226. Limits: minimum 64, maximum
                2048.
            tile_vae_encoder_size: Size of latent image. Default: 1024. Limits: minimum 128, maximum
                2048.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 50. Limits: minimum 10,
                maximum 100.
            t_max: The ending point of uniform sampling strategy. Default: 0.6667. Limits: minimum
                0, maximum 1.
            t_min: The starting point of uniform sampling strategy. Default: 0.3333. Limits: minimum
                0, maximum 1.
            color_fix_type: Type of color correction for samples. Default: "adain".
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile_diffusion": tile_diffusion,
                "tile_diffusion_size": tile_diffusion_size,
                "tile_diffusion_stride": tile_diffusion_stride,
                "tile_vae": tile_vae,
                "tile_vae_decoder_size": tile_vae_decoder_size,
                "tile_vae_encoder_size": tile_vae_encoder_size,
                "steps": steps,
                "t_max": t_max,
                "t_min": t_min,
                "color_fix_type": color_fix_type,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncCcsr(AsyncEndpoint[CcsrInput, CcsrOutput]):
    """Ccsr (`fal-ai/ccsr`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ccsr/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ccsr"
    input_model: ClassVar[type[CcsrInput]] = CcsrInput
    output_model: ClassVar[type[CcsrOutput]] = CcsrOutput
    Input = CcsrInput
    Output = CcsrOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile_diffusion: Literal["none", "mix", "gaussian"] | Omit = omit,
        tile_diffusion_size: int | Omit = omit,
        tile_diffusion_stride: int | Omit = omit,
        tile_vae: bool | Omit = omit,
        tile_vae_decoder_size: int | Omit = omit,
        tile_vae_encoder_size: int | Omit = omit,
        steps: int | Omit = omit,
        t_max: float | Omit = omit,
        t_min: float | Omit = omit,
        color_fix_type: Literal["none", "wavelet", "adain"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> CcsrOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL or data URI of the image to upscale. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 4.
            tile_diffusion: If specified, a patch-based sampling strategy will be used for sampling.
                Default: "none".
            tile_diffusion_size: Size of patch. Default: 1024. Limits: minimum 256, maximum 2048.
            tile_diffusion_stride: Stride of sliding patch. Default: 512. Limits: minimum 128,
                maximum 1024.
            tile_vae: If specified, a patch-based sampling strategy will be used for VAE decoding.
                Default: false.
            tile_vae_decoder_size: Size of VAE patch. Default: 226. Limits: minimum 64, maximum
                2048.
            tile_vae_encoder_size: Size of latent image. Default: 1024. Limits: minimum 128, maximum
                2048.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 50. Limits: minimum 10,
                maximum 100.
            t_max: The ending point of uniform sampling strategy. Default: 0.6667. Limits: minimum
                0, maximum 1.
            t_min: The starting point of uniform sampling strategy. Default: 0.3333. Limits: minimum
                0, maximum 1.
            color_fix_type: Type of color correction for samples. Default: "adain".
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile_diffusion": tile_diffusion,
                "tile_diffusion_size": tile_diffusion_size,
                "tile_diffusion_stride": tile_diffusion_stride,
                "tile_vae": tile_vae,
                "tile_vae_decoder_size": tile_vae_decoder_size,
                "tile_vae_encoder_size": tile_vae_encoder_size,
                "steps": steps,
                "t_max": t_max,
                "t_min": t_min,
                "color_fix_type": color_fix_type,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile_diffusion: Literal["none", "mix", "gaussian"] | Omit = omit,
        tile_diffusion_size: int | Omit = omit,
        tile_diffusion_stride: int | Omit = omit,
        tile_vae: bool | Omit = omit,
        tile_vae_decoder_size: int | Omit = omit,
        tile_vae_encoder_size: int | Omit = omit,
        steps: int | Omit = omit,
        t_max: float | Omit = omit,
        t_min: float | Omit = omit,
        color_fix_type: Literal["none", "wavelet", "adain"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[CcsrOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL or data URI of the image to upscale. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 4.
            tile_diffusion: If specified, a patch-based sampling strategy will be used for sampling.
                Default: "none".
            tile_diffusion_size: Size of patch. Default: 1024. Limits: minimum 256, maximum 2048.
            tile_diffusion_stride: Stride of sliding patch. Default: 512. Limits: minimum 128,
                maximum 1024.
            tile_vae: If specified, a patch-based sampling strategy will be used for VAE decoding.
                Default: false.
            tile_vae_decoder_size: Size of VAE patch. Default: 226. Limits: minimum 64, maximum
                2048.
            tile_vae_encoder_size: Size of latent image. Default: 1024. Limits: minimum 128, maximum
                2048.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 50. Limits: minimum 10,
                maximum 100.
            t_max: The ending point of uniform sampling strategy. Default: 0.6667. Limits: minimum
                0, maximum 1.
            t_min: The starting point of uniform sampling strategy. Default: 0.3333. Limits: minimum
                0, maximum 1.
            color_fix_type: Type of color correction for samples. Default: "adain".
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile_diffusion": tile_diffusion,
                "tile_diffusion_size": tile_diffusion_size,
                "tile_diffusion_stride": tile_diffusion_stride,
                "tile_vae": tile_vae,
                "tile_vae_decoder_size": tile_vae_decoder_size,
                "tile_vae_encoder_size": tile_vae_encoder_size,
                "steps": steps,
                "t_max": t_max,
                "t_min": t_min,
                "color_fix_type": color_fix_type,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile_diffusion: Literal["none", "mix", "gaussian"] | Omit = omit,
        tile_diffusion_size: int | Omit = omit,
        tile_diffusion_stride: int | Omit = omit,
        tile_vae: bool | Omit = omit,
        tile_vae_decoder_size: int | Omit = omit,
        tile_vae_encoder_size: int | Omit = omit,
        steps: int | Omit = omit,
        t_max: float | Omit = omit,
        t_min: float | Omit = omit,
        color_fix_type: Literal["none", "wavelet", "adain"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> CcsrOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL or data URI of the image to upscale. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 4.
            tile_diffusion: If specified, a patch-based sampling strategy will be used for sampling.
                Default: "none".
            tile_diffusion_size: Size of patch. Default: 1024. Limits: minimum 256, maximum 2048.
            tile_diffusion_stride: Stride of sliding patch. Default: 512. Limits: minimum 128,
                maximum 1024.
            tile_vae: If specified, a patch-based sampling strategy will be used for VAE decoding.
                Default: false.
            tile_vae_decoder_size: Size of VAE patch. Default: 226. Limits: minimum 64, maximum
                2048.
            tile_vae_encoder_size: Size of latent image. Default: 1024. Limits: minimum 128, maximum
                2048.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 50. Limits: minimum 10,
                maximum 100.
            t_max: The ending point of uniform sampling strategy. Default: 0.6667. Limits: minimum
                0, maximum 1.
            t_min: The starting point of uniform sampling strategy. Default: 0.3333. Limits: minimum
                0, maximum 1.
            color_fix_type: Type of color correction for samples. Default: "adain".
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile_diffusion": tile_diffusion,
                "tile_diffusion_size": tile_diffusion_size,
                "tile_diffusion_stride": tile_diffusion_stride,
                "tile_vae": tile_vae,
                "tile_vae_decoder_size": tile_vae_decoder_size,
                "tile_vae_encoder_size": tile_vae_encoder_size,
                "steps": steps,
                "t_max": t_max,
                "t_min": t_min,
                "color_fix_type": color_fix_type,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile_diffusion: Literal["none", "mix", "gaussian"] | Omit = omit,
        tile_diffusion_size: int | Omit = omit,
        tile_diffusion_stride: int | Omit = omit,
        tile_vae: bool | Omit = omit,
        tile_vae_decoder_size: int | Omit = omit,
        tile_vae_encoder_size: int | Omit = omit,
        steps: int | Omit = omit,
        t_max: float | Omit = omit,
        t_min: float | Omit = omit,
        color_fix_type: Literal["none", "wavelet", "adain"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[CcsrOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL or data URI of the image to upscale. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 4.
            tile_diffusion: If specified, a patch-based sampling strategy will be used for sampling.
                Default: "none".
            tile_diffusion_size: Size of patch. Default: 1024. Limits: minimum 256, maximum 2048.
            tile_diffusion_stride: Stride of sliding patch. Default: 512. Limits: minimum 128,
                maximum 1024.
            tile_vae: If specified, a patch-based sampling strategy will be used for VAE decoding.
                Default: false.
            tile_vae_decoder_size: Size of VAE patch. Default: 226. Limits: minimum 64, maximum
                2048.
            tile_vae_encoder_size: Size of latent image. Default: 1024. Limits: minimum 128, maximum
                2048.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 50. Limits: minimum 10,
                maximum 100.
            t_max: The ending point of uniform sampling strategy. Default: 0.6667. Limits: minimum
                0, maximum 1.
            t_min: The starting point of uniform sampling strategy. Default: 0.3333. Limits: minimum
                0, maximum 1.
            color_fix_type: Type of color correction for samples. Default: "adain".
            seed: Seed for reproducibility. Different seeds will make slightly different results.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile_diffusion": tile_diffusion,
                "tile_diffusion_size": tile_diffusion_size,
                "tile_diffusion_stride": tile_diffusion_stride,
                "tile_vae": tile_vae,
                "tile_vae_decoder_size": tile_vae_decoder_size,
                "tile_vae_encoder_size": tile_vae_encoder_size,
                "steps": steps,
                "t_max": t_max,
                "t_min": t_min,
                "color_fix_type": color_fix_type,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
