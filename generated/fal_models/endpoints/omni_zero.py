# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/omni-zero` (Omni Zero)."""

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
from fal_models.models.omni_zero import OmniZeroInput, OmniZeroOutput

__all__ = ["OmniZero", "AsyncOmniZero", "OmniZeroInput", "OmniZeroOutput"]


class OmniZero(SyncEndpoint[OmniZeroInput, OmniZeroOutput]):
    """Omni Zero (`fal-ai/omni-zero`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/omni-zero/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/omni-zero"
    input_model: ClassVar[type[OmniZeroInput]] = OmniZeroInput
    output_model: ClassVar[type[OmniZeroOutput]] = OmniZeroOutput
    Input = OmniZeroInput
    Output = OmniZeroOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        composition_image_url: FileInput,
        style_image_url: FileInput,
        identity_image_url: FileInput,
        image_strength: float | Omit = omit,
        composition_strength: float | Omit = omit,
        depth_strength: float | Omit = omit,
        style_strength: float | Omit = omit,
        face_strength: float | Omit = omit,
        identity_strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | Omit = omit,
        number_of_images: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OmniZeroOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt to guide the image generation.
            negative_prompt: Negative prompt to guide the image generation. Default: "".
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            composition_image_url: Composition image url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            style_image_url: Style image url. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            identity_image_url: Identity image url. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_strength: Image strength. Default: 0.75.
            composition_strength: Composition strength. Default: 1.
            depth_strength: Depth strength. Default: 0.5.
            style_strength: Style strength. Default: 1.
            face_strength: Face strength. Default: 1.
            identity_strength: Identity strength. Default: 1.
            guidance_scale: Guidance scale. Default: 5.
            seed: Seed. Default: 42.
            number_of_images: Number of images. Default: 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "composition_image_url": composition_image_url,
                "style_image_url": style_image_url,
                "identity_image_url": identity_image_url,
                "image_strength": image_strength,
                "composition_strength": composition_strength,
                "depth_strength": depth_strength,
                "style_strength": style_strength,
                "face_strength": face_strength,
                "identity_strength": identity_strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "number_of_images": number_of_images,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        composition_image_url: FileInput,
        style_image_url: FileInput,
        identity_image_url: FileInput,
        image_strength: float | Omit = omit,
        composition_strength: float | Omit = omit,
        depth_strength: float | Omit = omit,
        style_strength: float | Omit = omit,
        face_strength: float | Omit = omit,
        identity_strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | Omit = omit,
        number_of_images: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OmniZeroOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt to guide the image generation.
            negative_prompt: Negative prompt to guide the image generation. Default: "".
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            composition_image_url: Composition image url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            style_image_url: Style image url. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            identity_image_url: Identity image url. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_strength: Image strength. Default: 0.75.
            composition_strength: Composition strength. Default: 1.
            depth_strength: Depth strength. Default: 0.5.
            style_strength: Style strength. Default: 1.
            face_strength: Face strength. Default: 1.
            identity_strength: Identity strength. Default: 1.
            guidance_scale: Guidance scale. Default: 5.
            seed: Seed. Default: 42.
            number_of_images: Number of images. Default: 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "composition_image_url": composition_image_url,
                "style_image_url": style_image_url,
                "identity_image_url": identity_image_url,
                "image_strength": image_strength,
                "composition_strength": composition_strength,
                "depth_strength": depth_strength,
                "style_strength": style_strength,
                "face_strength": face_strength,
                "identity_strength": identity_strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "number_of_images": number_of_images,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        composition_image_url: FileInput,
        style_image_url: FileInput,
        identity_image_url: FileInput,
        image_strength: float | Omit = omit,
        composition_strength: float | Omit = omit,
        depth_strength: float | Omit = omit,
        style_strength: float | Omit = omit,
        face_strength: float | Omit = omit,
        identity_strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | Omit = omit,
        number_of_images: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OmniZeroOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt to guide the image generation.
            negative_prompt: Negative prompt to guide the image generation. Default: "".
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            composition_image_url: Composition image url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            style_image_url: Style image url. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            identity_image_url: Identity image url. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_strength: Image strength. Default: 0.75.
            composition_strength: Composition strength. Default: 1.
            depth_strength: Depth strength. Default: 0.5.
            style_strength: Style strength. Default: 1.
            face_strength: Face strength. Default: 1.
            identity_strength: Identity strength. Default: 1.
            guidance_scale: Guidance scale. Default: 5.
            seed: Seed. Default: 42.
            number_of_images: Number of images. Default: 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "composition_image_url": composition_image_url,
                "style_image_url": style_image_url,
                "identity_image_url": identity_image_url,
                "image_strength": image_strength,
                "composition_strength": composition_strength,
                "depth_strength": depth_strength,
                "style_strength": style_strength,
                "face_strength": face_strength,
                "identity_strength": identity_strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "number_of_images": number_of_images,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        composition_image_url: FileInput,
        style_image_url: FileInput,
        identity_image_url: FileInput,
        image_strength: float | Omit = omit,
        composition_strength: float | Omit = omit,
        depth_strength: float | Omit = omit,
        style_strength: float | Omit = omit,
        face_strength: float | Omit = omit,
        identity_strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | Omit = omit,
        number_of_images: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OmniZeroOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt to guide the image generation.
            negative_prompt: Negative prompt to guide the image generation. Default: "".
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            composition_image_url: Composition image url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            style_image_url: Style image url. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            identity_image_url: Identity image url. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_strength: Image strength. Default: 0.75.
            composition_strength: Composition strength. Default: 1.
            depth_strength: Depth strength. Default: 0.5.
            style_strength: Style strength. Default: 1.
            face_strength: Face strength. Default: 1.
            identity_strength: Identity strength. Default: 1.
            guidance_scale: Guidance scale. Default: 5.
            seed: Seed. Default: 42.
            number_of_images: Number of images. Default: 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "composition_image_url": composition_image_url,
                "style_image_url": style_image_url,
                "identity_image_url": identity_image_url,
                "image_strength": image_strength,
                "composition_strength": composition_strength,
                "depth_strength": depth_strength,
                "style_strength": style_strength,
                "face_strength": face_strength,
                "identity_strength": identity_strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "number_of_images": number_of_images,
            }
        )
        return self._stream(payload, options)


class AsyncOmniZero(AsyncEndpoint[OmniZeroInput, OmniZeroOutput]):
    """Omni Zero (`fal-ai/omni-zero`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/omni-zero/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/omni-zero"
    input_model: ClassVar[type[OmniZeroInput]] = OmniZeroInput
    output_model: ClassVar[type[OmniZeroOutput]] = OmniZeroOutput
    Input = OmniZeroInput
    Output = OmniZeroOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        composition_image_url: FileInput,
        style_image_url: FileInput,
        identity_image_url: FileInput,
        image_strength: float | Omit = omit,
        composition_strength: float | Omit = omit,
        depth_strength: float | Omit = omit,
        style_strength: float | Omit = omit,
        face_strength: float | Omit = omit,
        identity_strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | Omit = omit,
        number_of_images: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OmniZeroOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt to guide the image generation.
            negative_prompt: Negative prompt to guide the image generation. Default: "".
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            composition_image_url: Composition image url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            style_image_url: Style image url. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            identity_image_url: Identity image url. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_strength: Image strength. Default: 0.75.
            composition_strength: Composition strength. Default: 1.
            depth_strength: Depth strength. Default: 0.5.
            style_strength: Style strength. Default: 1.
            face_strength: Face strength. Default: 1.
            identity_strength: Identity strength. Default: 1.
            guidance_scale: Guidance scale. Default: 5.
            seed: Seed. Default: 42.
            number_of_images: Number of images. Default: 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "composition_image_url": composition_image_url,
                "style_image_url": style_image_url,
                "identity_image_url": identity_image_url,
                "image_strength": image_strength,
                "composition_strength": composition_strength,
                "depth_strength": depth_strength,
                "style_strength": style_strength,
                "face_strength": face_strength,
                "identity_strength": identity_strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "number_of_images": number_of_images,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        composition_image_url: FileInput,
        style_image_url: FileInput,
        identity_image_url: FileInput,
        image_strength: float | Omit = omit,
        composition_strength: float | Omit = omit,
        depth_strength: float | Omit = omit,
        style_strength: float | Omit = omit,
        face_strength: float | Omit = omit,
        identity_strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | Omit = omit,
        number_of_images: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OmniZeroOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt to guide the image generation.
            negative_prompt: Negative prompt to guide the image generation. Default: "".
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            composition_image_url: Composition image url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            style_image_url: Style image url. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            identity_image_url: Identity image url. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_strength: Image strength. Default: 0.75.
            composition_strength: Composition strength. Default: 1.
            depth_strength: Depth strength. Default: 0.5.
            style_strength: Style strength. Default: 1.
            face_strength: Face strength. Default: 1.
            identity_strength: Identity strength. Default: 1.
            guidance_scale: Guidance scale. Default: 5.
            seed: Seed. Default: 42.
            number_of_images: Number of images. Default: 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "composition_image_url": composition_image_url,
                "style_image_url": style_image_url,
                "identity_image_url": identity_image_url,
                "image_strength": image_strength,
                "composition_strength": composition_strength,
                "depth_strength": depth_strength,
                "style_strength": style_strength,
                "face_strength": face_strength,
                "identity_strength": identity_strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "number_of_images": number_of_images,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        composition_image_url: FileInput,
        style_image_url: FileInput,
        identity_image_url: FileInput,
        image_strength: float | Omit = omit,
        composition_strength: float | Omit = omit,
        depth_strength: float | Omit = omit,
        style_strength: float | Omit = omit,
        face_strength: float | Omit = omit,
        identity_strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | Omit = omit,
        number_of_images: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OmniZeroOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt to guide the image generation.
            negative_prompt: Negative prompt to guide the image generation. Default: "".
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            composition_image_url: Composition image url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            style_image_url: Style image url. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            identity_image_url: Identity image url. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_strength: Image strength. Default: 0.75.
            composition_strength: Composition strength. Default: 1.
            depth_strength: Depth strength. Default: 0.5.
            style_strength: Style strength. Default: 1.
            face_strength: Face strength. Default: 1.
            identity_strength: Identity strength. Default: 1.
            guidance_scale: Guidance scale. Default: 5.
            seed: Seed. Default: 42.
            number_of_images: Number of images. Default: 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "composition_image_url": composition_image_url,
                "style_image_url": style_image_url,
                "identity_image_url": identity_image_url,
                "image_strength": image_strength,
                "composition_strength": composition_strength,
                "depth_strength": depth_strength,
                "style_strength": style_strength,
                "face_strength": face_strength,
                "identity_strength": identity_strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "number_of_images": number_of_images,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        composition_image_url: FileInput,
        style_image_url: FileInput,
        identity_image_url: FileInput,
        image_strength: float | Omit = omit,
        composition_strength: float | Omit = omit,
        depth_strength: float | Omit = omit,
        style_strength: float | Omit = omit,
        face_strength: float | Omit = omit,
        identity_strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | Omit = omit,
        number_of_images: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OmniZeroOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt to guide the image generation.
            negative_prompt: Negative prompt to guide the image generation. Default: "".
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            composition_image_url: Composition image url. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            style_image_url: Style image url. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            identity_image_url: Identity image url. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_strength: Image strength. Default: 0.75.
            composition_strength: Composition strength. Default: 1.
            depth_strength: Depth strength. Default: 0.5.
            style_strength: Style strength. Default: 1.
            face_strength: Face strength. Default: 1.
            identity_strength: Identity strength. Default: 1.
            guidance_scale: Guidance scale. Default: 5.
            seed: Seed. Default: 42.
            number_of_images: Number of images. Default: 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "composition_image_url": composition_image_url,
                "style_image_url": style_image_url,
                "identity_image_url": identity_image_url,
                "image_strength": image_strength,
                "composition_strength": composition_strength,
                "depth_strength": depth_strength,
                "style_strength": style_strength,
                "face_strength": face_strength,
                "identity_strength": identity_strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "number_of_images": number_of_images,
            }
        )
        return self._stream(payload, options)
