# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fashn/tryon/v1.6` (Fashn Tryon V1.6)."""

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
from fal_models.models.fashn_tryon_v1_6 import FashnTryonV1_6Input, FashnTryonV1_6Output

__all__ = ["FashnTryonV1_6", "AsyncFashnTryonV1_6", "FashnTryonV1_6Input", "FashnTryonV1_6Output"]


class FashnTryonV1_6(SyncEndpoint[FashnTryonV1_6Input, FashnTryonV1_6Output]):
    """Fashn Tryon V1.6 (`fal-ai/fashn/tryon/v1.6`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/fashn/tryon/v1.6/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fashn/tryon/v1.6"
    input_model: ClassVar[type[FashnTryonV1_6Input]] = FashnTryonV1_6Input
    output_model: ClassVar[type[FashnTryonV1_6Output]] = FashnTryonV1_6Output
    Input = FashnTryonV1_6Input
    Output = FashnTryonV1_6Output

    def subscribe(
        self,
        *,
        model_image: FileInput,
        garment_image: FileInput,
        category: Literal["tops", "bottoms", "one-pieces", "auto"] | Omit = omit,
        mode: Literal["performance", "balanced", "quality"] | Omit = omit,
        garment_photo_type: Literal["auto", "model", "flat-lay"] | Omit = omit,
        moderation_level: Literal["none", "permissive", "conservative"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_samples: int | Omit = omit,
        segmentation_free: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FashnTryonV1_6Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_image: URL or base64 of the model image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            garment_image: URL or base64 of the garment image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            category: Category of the garment to try-on. 'auto' will attempt to automatically detect
                the category of the garment. Default: "auto".
            mode: Specifies the mode of operation. 'performance' mode is faster but may sacrifice
                quality, 'balanced' mode is a balance between speed and quality, and 'quality' mode
                is slower but produces higher quality results. Default: "balanced".
            garment_photo_type: Specifies the type of garment photo to optimize internal parameters
                for better performance. 'model' is for photos of garments on a model, 'flat-lay' is
                for flat-lay or ghost mannequin images, and 'auto' attempts to automatically detect
                the photo type. Default: "auto".
            moderation_level: Content moderation level for garment images. 'none' disables
                moderation, 'permissive' blocks only explicit content, 'conservative' also blocks
                underwear and swimwear. Default: "permissive".
            seed: Sets random operations to a fixed state. Use the same seed to reproduce results
                with the same inputs, or different seed to force different results.
            num_samples: Number of images to generate in a single run. Image generation has a random
                element in it, so trying multiple images at once increases the chances of getting a
                good result. Default: 1. Limits: minimum 1, maximum 4.
            segmentation_free: Disables human parsing on the model image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: Output format of the generated images. 'png' is highest quality, while
                'jpeg' is faster. Default: "png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "model_image": model_image,
                "garment_image": garment_image,
                "category": category,
                "mode": mode,
                "garment_photo_type": garment_photo_type,
                "moderation_level": moderation_level,
                "seed": seed,
                "num_samples": num_samples,
                "segmentation_free": segmentation_free,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        model_image: FileInput,
        garment_image: FileInput,
        category: Literal["tops", "bottoms", "one-pieces", "auto"] | Omit = omit,
        mode: Literal["performance", "balanced", "quality"] | Omit = omit,
        garment_photo_type: Literal["auto", "model", "flat-lay"] | Omit = omit,
        moderation_level: Literal["none", "permissive", "conservative"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_samples: int | Omit = omit,
        segmentation_free: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FashnTryonV1_6Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_image: URL or base64 of the model image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            garment_image: URL or base64 of the garment image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            category: Category of the garment to try-on. 'auto' will attempt to automatically detect
                the category of the garment. Default: "auto".
            mode: Specifies the mode of operation. 'performance' mode is faster but may sacrifice
                quality, 'balanced' mode is a balance between speed and quality, and 'quality' mode
                is slower but produces higher quality results. Default: "balanced".
            garment_photo_type: Specifies the type of garment photo to optimize internal parameters
                for better performance. 'model' is for photos of garments on a model, 'flat-lay' is
                for flat-lay or ghost mannequin images, and 'auto' attempts to automatically detect
                the photo type. Default: "auto".
            moderation_level: Content moderation level for garment images. 'none' disables
                moderation, 'permissive' blocks only explicit content, 'conservative' also blocks
                underwear and swimwear. Default: "permissive".
            seed: Sets random operations to a fixed state. Use the same seed to reproduce results
                with the same inputs, or different seed to force different results.
            num_samples: Number of images to generate in a single run. Image generation has a random
                element in it, so trying multiple images at once increases the chances of getting a
                good result. Default: 1. Limits: minimum 1, maximum 4.
            segmentation_free: Disables human parsing on the model image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: Output format of the generated images. 'png' is highest quality, while
                'jpeg' is faster. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_image": model_image,
                "garment_image": garment_image,
                "category": category,
                "mode": mode,
                "garment_photo_type": garment_photo_type,
                "moderation_level": moderation_level,
                "seed": seed,
                "num_samples": num_samples,
                "segmentation_free": segmentation_free,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        model_image: FileInput,
        garment_image: FileInput,
        category: Literal["tops", "bottoms", "one-pieces", "auto"] | Omit = omit,
        mode: Literal["performance", "balanced", "quality"] | Omit = omit,
        garment_photo_type: Literal["auto", "model", "flat-lay"] | Omit = omit,
        moderation_level: Literal["none", "permissive", "conservative"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_samples: int | Omit = omit,
        segmentation_free: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FashnTryonV1_6Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_image: URL or base64 of the model image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            garment_image: URL or base64 of the garment image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            category: Category of the garment to try-on. 'auto' will attempt to automatically detect
                the category of the garment. Default: "auto".
            mode: Specifies the mode of operation. 'performance' mode is faster but may sacrifice
                quality, 'balanced' mode is a balance between speed and quality, and 'quality' mode
                is slower but produces higher quality results. Default: "balanced".
            garment_photo_type: Specifies the type of garment photo to optimize internal parameters
                for better performance. 'model' is for photos of garments on a model, 'flat-lay' is
                for flat-lay or ghost mannequin images, and 'auto' attempts to automatically detect
                the photo type. Default: "auto".
            moderation_level: Content moderation level for garment images. 'none' disables
                moderation, 'permissive' blocks only explicit content, 'conservative' also blocks
                underwear and swimwear. Default: "permissive".
            seed: Sets random operations to a fixed state. Use the same seed to reproduce results
                with the same inputs, or different seed to force different results.
            num_samples: Number of images to generate in a single run. Image generation has a random
                element in it, so trying multiple images at once increases the chances of getting a
                good result. Default: 1. Limits: minimum 1, maximum 4.
            segmentation_free: Disables human parsing on the model image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: Output format of the generated images. 'png' is highest quality, while
                'jpeg' is faster. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_image": model_image,
                "garment_image": garment_image,
                "category": category,
                "mode": mode,
                "garment_photo_type": garment_photo_type,
                "moderation_level": moderation_level,
                "seed": seed,
                "num_samples": num_samples,
                "segmentation_free": segmentation_free,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        model_image: FileInput,
        garment_image: FileInput,
        category: Literal["tops", "bottoms", "one-pieces", "auto"] | Omit = omit,
        mode: Literal["performance", "balanced", "quality"] | Omit = omit,
        garment_photo_type: Literal["auto", "model", "flat-lay"] | Omit = omit,
        moderation_level: Literal["none", "permissive", "conservative"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_samples: int | Omit = omit,
        segmentation_free: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FashnTryonV1_6Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_image: URL or base64 of the model image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            garment_image: URL or base64 of the garment image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            category: Category of the garment to try-on. 'auto' will attempt to automatically detect
                the category of the garment. Default: "auto".
            mode: Specifies the mode of operation. 'performance' mode is faster but may sacrifice
                quality, 'balanced' mode is a balance between speed and quality, and 'quality' mode
                is slower but produces higher quality results. Default: "balanced".
            garment_photo_type: Specifies the type of garment photo to optimize internal parameters
                for better performance. 'model' is for photos of garments on a model, 'flat-lay' is
                for flat-lay or ghost mannequin images, and 'auto' attempts to automatically detect
                the photo type. Default: "auto".
            moderation_level: Content moderation level for garment images. 'none' disables
                moderation, 'permissive' blocks only explicit content, 'conservative' also blocks
                underwear and swimwear. Default: "permissive".
            seed: Sets random operations to a fixed state. Use the same seed to reproduce results
                with the same inputs, or different seed to force different results.
            num_samples: Number of images to generate in a single run. Image generation has a random
                element in it, so trying multiple images at once increases the chances of getting a
                good result. Default: 1. Limits: minimum 1, maximum 4.
            segmentation_free: Disables human parsing on the model image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: Output format of the generated images. 'png' is highest quality, while
                'jpeg' is faster. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_image": model_image,
                "garment_image": garment_image,
                "category": category,
                "mode": mode,
                "garment_photo_type": garment_photo_type,
                "moderation_level": moderation_level,
                "seed": seed,
                "num_samples": num_samples,
                "segmentation_free": segmentation_free,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncFashnTryonV1_6(AsyncEndpoint[FashnTryonV1_6Input, FashnTryonV1_6Output]):
    """Fashn Tryon V1.6 (`fal-ai/fashn/tryon/v1.6`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/fashn/tryon/v1.6/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fashn/tryon/v1.6"
    input_model: ClassVar[type[FashnTryonV1_6Input]] = FashnTryonV1_6Input
    output_model: ClassVar[type[FashnTryonV1_6Output]] = FashnTryonV1_6Output
    Input = FashnTryonV1_6Input
    Output = FashnTryonV1_6Output

    async def subscribe(
        self,
        *,
        model_image: FileInput,
        garment_image: FileInput,
        category: Literal["tops", "bottoms", "one-pieces", "auto"] | Omit = omit,
        mode: Literal["performance", "balanced", "quality"] | Omit = omit,
        garment_photo_type: Literal["auto", "model", "flat-lay"] | Omit = omit,
        moderation_level: Literal["none", "permissive", "conservative"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_samples: int | Omit = omit,
        segmentation_free: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FashnTryonV1_6Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_image: URL or base64 of the model image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            garment_image: URL or base64 of the garment image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            category: Category of the garment to try-on. 'auto' will attempt to automatically detect
                the category of the garment. Default: "auto".
            mode: Specifies the mode of operation. 'performance' mode is faster but may sacrifice
                quality, 'balanced' mode is a balance between speed and quality, and 'quality' mode
                is slower but produces higher quality results. Default: "balanced".
            garment_photo_type: Specifies the type of garment photo to optimize internal parameters
                for better performance. 'model' is for photos of garments on a model, 'flat-lay' is
                for flat-lay or ghost mannequin images, and 'auto' attempts to automatically detect
                the photo type. Default: "auto".
            moderation_level: Content moderation level for garment images. 'none' disables
                moderation, 'permissive' blocks only explicit content, 'conservative' also blocks
                underwear and swimwear. Default: "permissive".
            seed: Sets random operations to a fixed state. Use the same seed to reproduce results
                with the same inputs, or different seed to force different results.
            num_samples: Number of images to generate in a single run. Image generation has a random
                element in it, so trying multiple images at once increases the chances of getting a
                good result. Default: 1. Limits: minimum 1, maximum 4.
            segmentation_free: Disables human parsing on the model image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: Output format of the generated images. 'png' is highest quality, while
                'jpeg' is faster. Default: "png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "model_image": model_image,
                "garment_image": garment_image,
                "category": category,
                "mode": mode,
                "garment_photo_type": garment_photo_type,
                "moderation_level": moderation_level,
                "seed": seed,
                "num_samples": num_samples,
                "segmentation_free": segmentation_free,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        model_image: FileInput,
        garment_image: FileInput,
        category: Literal["tops", "bottoms", "one-pieces", "auto"] | Omit = omit,
        mode: Literal["performance", "balanced", "quality"] | Omit = omit,
        garment_photo_type: Literal["auto", "model", "flat-lay"] | Omit = omit,
        moderation_level: Literal["none", "permissive", "conservative"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_samples: int | Omit = omit,
        segmentation_free: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FashnTryonV1_6Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_image: URL or base64 of the model image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            garment_image: URL or base64 of the garment image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            category: Category of the garment to try-on. 'auto' will attempt to automatically detect
                the category of the garment. Default: "auto".
            mode: Specifies the mode of operation. 'performance' mode is faster but may sacrifice
                quality, 'balanced' mode is a balance between speed and quality, and 'quality' mode
                is slower but produces higher quality results. Default: "balanced".
            garment_photo_type: Specifies the type of garment photo to optimize internal parameters
                for better performance. 'model' is for photos of garments on a model, 'flat-lay' is
                for flat-lay or ghost mannequin images, and 'auto' attempts to automatically detect
                the photo type. Default: "auto".
            moderation_level: Content moderation level for garment images. 'none' disables
                moderation, 'permissive' blocks only explicit content, 'conservative' also blocks
                underwear and swimwear. Default: "permissive".
            seed: Sets random operations to a fixed state. Use the same seed to reproduce results
                with the same inputs, or different seed to force different results.
            num_samples: Number of images to generate in a single run. Image generation has a random
                element in it, so trying multiple images at once increases the chances of getting a
                good result. Default: 1. Limits: minimum 1, maximum 4.
            segmentation_free: Disables human parsing on the model image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: Output format of the generated images. 'png' is highest quality, while
                'jpeg' is faster. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_image": model_image,
                "garment_image": garment_image,
                "category": category,
                "mode": mode,
                "garment_photo_type": garment_photo_type,
                "moderation_level": moderation_level,
                "seed": seed,
                "num_samples": num_samples,
                "segmentation_free": segmentation_free,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        model_image: FileInput,
        garment_image: FileInput,
        category: Literal["tops", "bottoms", "one-pieces", "auto"] | Omit = omit,
        mode: Literal["performance", "balanced", "quality"] | Omit = omit,
        garment_photo_type: Literal["auto", "model", "flat-lay"] | Omit = omit,
        moderation_level: Literal["none", "permissive", "conservative"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_samples: int | Omit = omit,
        segmentation_free: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FashnTryonV1_6Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_image: URL or base64 of the model image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            garment_image: URL or base64 of the garment image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            category: Category of the garment to try-on. 'auto' will attempt to automatically detect
                the category of the garment. Default: "auto".
            mode: Specifies the mode of operation. 'performance' mode is faster but may sacrifice
                quality, 'balanced' mode is a balance between speed and quality, and 'quality' mode
                is slower but produces higher quality results. Default: "balanced".
            garment_photo_type: Specifies the type of garment photo to optimize internal parameters
                for better performance. 'model' is for photos of garments on a model, 'flat-lay' is
                for flat-lay or ghost mannequin images, and 'auto' attempts to automatically detect
                the photo type. Default: "auto".
            moderation_level: Content moderation level for garment images. 'none' disables
                moderation, 'permissive' blocks only explicit content, 'conservative' also blocks
                underwear and swimwear. Default: "permissive".
            seed: Sets random operations to a fixed state. Use the same seed to reproduce results
                with the same inputs, or different seed to force different results.
            num_samples: Number of images to generate in a single run. Image generation has a random
                element in it, so trying multiple images at once increases the chances of getting a
                good result. Default: 1. Limits: minimum 1, maximum 4.
            segmentation_free: Disables human parsing on the model image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: Output format of the generated images. 'png' is highest quality, while
                'jpeg' is faster. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_image": model_image,
                "garment_image": garment_image,
                "category": category,
                "mode": mode,
                "garment_photo_type": garment_photo_type,
                "moderation_level": moderation_level,
                "seed": seed,
                "num_samples": num_samples,
                "segmentation_free": segmentation_free,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        model_image: FileInput,
        garment_image: FileInput,
        category: Literal["tops", "bottoms", "one-pieces", "auto"] | Omit = omit,
        mode: Literal["performance", "balanced", "quality"] | Omit = omit,
        garment_photo_type: Literal["auto", "model", "flat-lay"] | Omit = omit,
        moderation_level: Literal["none", "permissive", "conservative"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_samples: int | Omit = omit,
        segmentation_free: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FashnTryonV1_6Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_image: URL or base64 of the model image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            garment_image: URL or base64 of the garment image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            category: Category of the garment to try-on. 'auto' will attempt to automatically detect
                the category of the garment. Default: "auto".
            mode: Specifies the mode of operation. 'performance' mode is faster but may sacrifice
                quality, 'balanced' mode is a balance between speed and quality, and 'quality' mode
                is slower but produces higher quality results. Default: "balanced".
            garment_photo_type: Specifies the type of garment photo to optimize internal parameters
                for better performance. 'model' is for photos of garments on a model, 'flat-lay' is
                for flat-lay or ghost mannequin images, and 'auto' attempts to automatically detect
                the photo type. Default: "auto".
            moderation_level: Content moderation level for garment images. 'none' disables
                moderation, 'permissive' blocks only explicit content, 'conservative' also blocks
                underwear and swimwear. Default: "permissive".
            seed: Sets random operations to a fixed state. Use the same seed to reproduce results
                with the same inputs, or different seed to force different results.
            num_samples: Number of images to generate in a single run. Image generation has a random
                element in it, so trying multiple images at once increases the chances of getting a
                good result. Default: 1. Limits: minimum 1, maximum 4.
            segmentation_free: Disables human parsing on the model image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: Output format of the generated images. 'png' is highest quality, while
                'jpeg' is faster. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_image": model_image,
                "garment_image": garment_image,
                "category": category,
                "mode": mode,
                "garment_photo_type": garment_photo_type,
                "moderation_level": moderation_level,
                "seed": seed,
                "num_samples": num_samples,
                "segmentation_free": segmentation_free,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
