# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/cat-vton` (Cat Vton)."""

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
from fal_models.models import shared
from fal_models.models.cat_vton import CatVtonInput, CatVtonOutput, ImageSizePreset

__all__ = ["CatVton", "AsyncCatVton", "CatVtonInput", "CatVtonOutput"]


class CatVton(SyncEndpoint[CatVtonInput, CatVtonOutput]):
    """Cat Vton (`fal-ai/cat-vton`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/cat-vton/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/cat-vton"
    input_model: ClassVar[type[CatVtonInput]] = CatVtonInput
    output_model: ClassVar[type[CatVtonOutput]] = CatVtonOutput
    Input = CatVtonInput
    Output = CatVtonOutput

    def subscribe(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        cloth_type: Literal["upper", "lower", "overall", "inner", "outer"],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> CatVtonOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            cloth_type: Type of the Cloth to be tried on. Options: upper: Upper body cloth lower:
                Lower body cloth overall: Full body cloth inner: Inner cloth, like T-shirt inside a
                jacket outer: Outer cloth, like a jacket over a T-shirt.
            image_size: The size of the generated image. Default: "portrait_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "cloth_type": cloth_type,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        cloth_type: Literal["upper", "lower", "overall", "inner", "outer"],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[CatVtonOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            cloth_type: Type of the Cloth to be tried on. Options: upper: Upper body cloth lower:
                Lower body cloth overall: Full body cloth inner: Inner cloth, like T-shirt inside a
                jacket outer: Outer cloth, like a jacket over a T-shirt.
            image_size: The size of the generated image. Default: "portrait_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "cloth_type": cloth_type,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        cloth_type: Literal["upper", "lower", "overall", "inner", "outer"],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> CatVtonOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            cloth_type: Type of the Cloth to be tried on. Options: upper: Upper body cloth lower:
                Lower body cloth overall: Full body cloth inner: Inner cloth, like T-shirt inside a
                jacket outer: Outer cloth, like a jacket over a T-shirt.
            image_size: The size of the generated image. Default: "portrait_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "cloth_type": cloth_type,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        cloth_type: Literal["upper", "lower", "overall", "inner", "outer"],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[CatVtonOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            cloth_type: Type of the Cloth to be tried on. Options: upper: Upper body cloth lower:
                Lower body cloth overall: Full body cloth inner: Inner cloth, like T-shirt inside a
                jacket outer: Outer cloth, like a jacket over a T-shirt.
            image_size: The size of the generated image. Default: "portrait_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "cloth_type": cloth_type,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncCatVton(AsyncEndpoint[CatVtonInput, CatVtonOutput]):
    """Cat Vton (`fal-ai/cat-vton`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/cat-vton/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/cat-vton"
    input_model: ClassVar[type[CatVtonInput]] = CatVtonInput
    output_model: ClassVar[type[CatVtonOutput]] = CatVtonOutput
    Input = CatVtonInput
    Output = CatVtonOutput

    async def subscribe(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        cloth_type: Literal["upper", "lower", "overall", "inner", "outer"],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> CatVtonOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            cloth_type: Type of the Cloth to be tried on. Options: upper: Upper body cloth lower:
                Lower body cloth overall: Full body cloth inner: Inner cloth, like T-shirt inside a
                jacket outer: Outer cloth, like a jacket over a T-shirt.
            image_size: The size of the generated image. Default: "portrait_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "cloth_type": cloth_type,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        cloth_type: Literal["upper", "lower", "overall", "inner", "outer"],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[CatVtonOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            cloth_type: Type of the Cloth to be tried on. Options: upper: Upper body cloth lower:
                Lower body cloth overall: Full body cloth inner: Inner cloth, like T-shirt inside a
                jacket outer: Outer cloth, like a jacket over a T-shirt.
            image_size: The size of the generated image. Default: "portrait_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "cloth_type": cloth_type,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        cloth_type: Literal["upper", "lower", "overall", "inner", "outer"],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> CatVtonOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            cloth_type: Type of the Cloth to be tried on. Options: upper: Upper body cloth lower:
                Lower body cloth overall: Full body cloth inner: Inner cloth, like T-shirt inside a
                jacket outer: Outer cloth, like a jacket over a T-shirt.
            image_size: The size of the generated image. Default: "portrait_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "cloth_type": cloth_type,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        cloth_type: Literal["upper", "lower", "overall", "inner", "outer"],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[CatVtonOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            cloth_type: Type of the Cloth to be tried on. Options: upper: Upper body cloth lower:
                Lower body cloth overall: Full body cloth inner: Inner cloth, like T-shirt inside a
                jacket outer: Outer cloth, like a jacket over a T-shirt.
            image_size: The size of the generated image. Default: "portrait_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "cloth_type": cloth_type,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
