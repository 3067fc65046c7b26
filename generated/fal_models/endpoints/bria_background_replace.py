# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bria/background/replace` (Bria Background Replace)."""

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
from fal_models.models.bria_background_replace import (
    BriaBackgroundReplaceInput,
    BriaBackgroundReplaceOutput,
)

__all__ = [
    "BriaBackgroundReplace",
    "AsyncBriaBackgroundReplace",
    "BriaBackgroundReplaceInput",
    "BriaBackgroundReplaceOutput",
]


class BriaBackgroundReplace(SyncEndpoint[BriaBackgroundReplaceInput, BriaBackgroundReplaceOutput]):
    """Bria Background Replace (`fal-ai/bria/background/replace`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bria/background/replace/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/background/replace"
    input_model: ClassVar[type[BriaBackgroundReplaceInput]] = BriaBackgroundReplaceInput
    output_model: ClassVar[type[BriaBackgroundReplaceOutput]] = BriaBackgroundReplaceOutput
    Input = BriaBackgroundReplaceInput
    Output = BriaBackgroundReplaceOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        ref_image_url: FileInput | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        refine_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaBackgroundReplaceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            ref_image_url: The URL of the reference image to be used for generating the new
                background. Use "" to leave empty. Either ref_image_url or bg_prompt has to be
                provided but not both. If both ref_image_url and ref_image_file are provided,
                ref_image_url will be used. Accepted formats are jpeg, jpg, png, webp. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Default: "".
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            refine_prompt: Whether to refine prompt. Default: true.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "ref_image_url": ref_image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "refine_prompt": refine_prompt,
                "seed": seed,
                "fast": fast,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        ref_image_url: FileInput | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        refine_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaBackgroundReplaceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            ref_image_url: The URL of the reference image to be used for generating the new
                background. Use "" to leave empty. Either ref_image_url or bg_prompt has to be
                provided but not both. If both ref_image_url and ref_image_file are provided,
                ref_image_url will be used. Accepted formats are jpeg, jpg, png, webp. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Default: "".
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            refine_prompt: Whether to refine prompt. Default: true.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "ref_image_url": ref_image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "refine_prompt": refine_prompt,
                "seed": seed,
                "fast": fast,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        ref_image_url: FileInput | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        refine_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaBackgroundReplaceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            ref_image_url: The URL of the reference image to be used for generating the new
                background. Use "" to leave empty. Either ref_image_url or bg_prompt has to be
                provided but not both. If both ref_image_url and ref_image_file are provided,
                ref_image_url will be used. Accepted formats are jpeg, jpg, png, webp. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Default: "".
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            refine_prompt: Whether to refine prompt. Default: true.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "ref_image_url": ref_image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "refine_prompt": refine_prompt,
                "seed": seed,
                "fast": fast,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        ref_image_url: FileInput | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        refine_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaBackgroundReplaceOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            ref_image_url: The URL of the reference image to be used for generating the new
                background. Use "" to leave empty. Either ref_image_url or bg_prompt has to be
                provided but not both. If both ref_image_url and ref_image_file are provided,
                ref_image_url will be used. Accepted formats are jpeg, jpg, png, webp. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Default: "".
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            refine_prompt: Whether to refine prompt. Default: true.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "ref_image_url": ref_image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "refine_prompt": refine_prompt,
                "seed": seed,
                "fast": fast,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaBackgroundReplace(
    AsyncEndpoint[BriaBackgroundReplaceInput, BriaBackgroundReplaceOutput]
):
    """Bria Background Replace (`fal-ai/bria/background/replace`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bria/background/replace/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/background/replace"
    input_model: ClassVar[type[BriaBackgroundReplaceInput]] = BriaBackgroundReplaceInput
    output_model: ClassVar[type[BriaBackgroundReplaceOutput]] = BriaBackgroundReplaceOutput
    Input = BriaBackgroundReplaceInput
    Output = BriaBackgroundReplaceOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        ref_image_url: FileInput | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        refine_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaBackgroundReplaceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            ref_image_url: The URL of the reference image to be used for generating the new
                background. Use "" to leave empty. Either ref_image_url or bg_prompt has to be
                provided but not both. If both ref_image_url and ref_image_file are provided,
                ref_image_url will be used. Accepted formats are jpeg, jpg, png, webp. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Default: "".
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            refine_prompt: Whether to refine prompt. Default: true.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "ref_image_url": ref_image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "refine_prompt": refine_prompt,
                "seed": seed,
                "fast": fast,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        ref_image_url: FileInput | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        refine_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaBackgroundReplaceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            ref_image_url: The URL of the reference image to be used for generating the new
                background. Use "" to leave empty. Either ref_image_url or bg_prompt has to be
                provided but not both. If both ref_image_url and ref_image_file are provided,
                ref_image_url will be used. Accepted formats are jpeg, jpg, png, webp. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Default: "".
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            refine_prompt: Whether to refine prompt. Default: true.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "ref_image_url": ref_image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "refine_prompt": refine_prompt,
                "seed": seed,
                "fast": fast,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        ref_image_url: FileInput | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        refine_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaBackgroundReplaceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            ref_image_url: The URL of the reference image to be used for generating the new
                background. Use "" to leave empty. Either ref_image_url or bg_prompt has to be
                provided but not both. If both ref_image_url and ref_image_file are provided,
                ref_image_url will be used. Accepted formats are jpeg, jpg, png, webp. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Default: "".
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            refine_prompt: Whether to refine prompt. Default: true.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "ref_image_url": ref_image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "refine_prompt": refine_prompt,
                "seed": seed,
                "fast": fast,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        ref_image_url: FileInput | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        refine_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaBackgroundReplaceOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            ref_image_url: The URL of the reference image to be used for generating the new
                background. Use "" to leave empty. Either ref_image_url or bg_prompt has to be
                provided but not both. If both ref_image_url and ref_image_file are provided,
                ref_image_url will be used. Accepted formats are jpeg, jpg, png, webp. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Default: "".
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            refine_prompt: Whether to refine prompt. Default: true.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "ref_image_url": ref_image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "refine_prompt": refine_prompt,
                "seed": seed,
                "fast": fast,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
