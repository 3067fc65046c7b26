# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/evf-sam` (Evf Sam)."""

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
from fal_models.models.evf_sam import EvfSamInput, EvfSamOutput

__all__ = ["EvfSam", "AsyncEvfSam", "EvfSamInput", "EvfSamOutput"]


class EvfSam(SyncEndpoint[EvfSamInput, EvfSamOutput]):
    """Evf Sam (`fal-ai/evf-sam`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/evf-sam/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/evf-sam"
    input_model: ClassVar[type[EvfSamInput]] = EvfSamInput
    output_model: ClassVar[type[EvfSamOutput]] = EvfSamOutput
    Input = EvfSamInput
    Output = EvfSamOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        semantic_type: bool | Omit = omit,
        image_url: FileInput,
        mask_only: bool | Omit = omit,
        use_grounding_dino: bool | Omit = omit,
        revert_mask: bool | Omit = omit,
        blur_mask: int | Omit = omit,
        expand_mask: int | Omit = omit,
        fill_holes: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> EvfSamOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate segmentation from.
            negative_prompt: Areas to exclude from segmentation (will be subtracted from prompt
                results).
            semantic_type: Enable semantic level segmentation for body parts, background or multi
                objects. Default: false.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_only: Output only the binary mask instead of masked image. Default: true.
            use_grounding_dino: Use GroundingDINO instead of SAM for segmentation. Default: false.
            revert_mask: Invert the mask (background becomes foreground and vice versa). Default:
                false.
            blur_mask: Apply Gaussian blur to the mask. Value determines kernel size (must be odd
                number). Default: 0. Limits: minimum 0, maximum 50.
            expand_mask: Expand/dilate the mask by specified pixels. Default: 0. Limits: minimum 0,
                maximum 20.
            fill_holes: Fill holes in the mask using morphological operations. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "semantic_type": semantic_type,
                "image_url": image_url,
                "mask_only": mask_only,
                "use_grounding_dino": use_grounding_dino,
                "revert_mask": revert_mask,
                "blur_mask": blur_mask,
                "expand_mask": expand_mask,
                "fill_holes": fill_holes,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        semantic_type: bool | Omit = omit,
        image_url: FileInput,
        mask_only: bool | Omit = omit,
        use_grounding_dino: bool | Omit = omit,
        revert_mask: bool | Omit = omit,
        blur_mask: int | Omit = omit,
        expand_mask: int | Omit = omit,
        fill_holes: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[EvfSamOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate segmentation from.
            negative_prompt: Areas to exclude from segmentation (will be subtracted from prompt
                results).
            semantic_type: Enable semantic level segmentation for body parts, background or multi
                objects. Default: false.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_only: Output only the binary mask instead of masked image. Default: true.
            use_grounding_dino: Use GroundingDINO instead of SAM for segmentation. Default: false.
            revert_mask: Invert the mask (background becomes foreground and vice versa). Default:
                false.
            blur_mask: Apply Gaussian blur to the mask. Value determines kernel size (must be odd
                number). Default: 0. Limits: minimum 0, maximum 50.
            expand_mask: Expand/dilate the mask by specified pixels. Default: 0. Limits: minimum 0,
                maximum 20.
            fill_holes: Fill holes in the mask using morphological operations. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "semantic_type": semantic_type,
                "image_url": image_url,
                "mask_only": mask_only,
                "use_grounding_dino": use_grounding_dino,
                "revert_mask": revert_mask,
                "blur_mask": blur_mask,
                "expand_mask": expand_mask,
                "fill_holes": fill_holes,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        semantic_type: bool | Omit = omit,
        image_url: FileInput,
        mask_only: bool | Omit = omit,
        use_grounding_dino: bool | Omit = omit,
        revert_mask: bool | Omit = omit,
        blur_mask: int | Omit = omit,
        expand_mask: int | Omit = omit,
        fill_holes: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> EvfSamOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate segmentation from.
            negative_prompt: Areas to exclude from segmentation (will be subtracted from prompt
                results).
            semantic_type: Enable semantic level segmentation for body parts, background or multi
                objects. Default: false.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_only: Output only the binary mask instead of masked image. Default: true.
            use_grounding_dino: Use GroundingDINO instead of SAM for segmentation. Default: false.
            revert_mask: Invert the mask (background becomes foreground and vice versa). Default:
                false.
            blur_mask: Apply Gaussian blur to the mask. Value determines kernel size (must be odd
                number). Default: 0. Limits: minimum 0, maximum 50.
            expand_mask: Expand/dilate the mask by specified pixels. Default: 0. Limits: minimum 0,
                maximum 20.
            fill_holes: Fill holes in the mask using morphological operations. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "semantic_type": semantic_type,
                "image_url": image_url,
                "mask_only": mask_only,
                "use_grounding_dino": use_grounding_dino,
                "revert_mask": revert_mask,
                "blur_mask": blur_mask,
                "expand_mask": expand_mask,
                "fill_holes": fill_holes,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        semantic_type: bool | Omit = omit,
        image_url: FileInput,
        mask_only: bool | Omit = omit,
        use_grounding_dino: bool | Omit = omit,
        revert_mask: bool | Omit = omit,
        blur_mask: int | Omit = omit,
        expand_mask: int | Omit = omit,
        fill_holes: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[EvfSamOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate segmentation from.
            negative_prompt: Areas to exclude from segmentation (will be subtracted from prompt
                results).
            semantic_type: Enable semantic level segmentation for body parts, background or multi
                objects. Default: false.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_only: Output only the binary mask instead of masked image. Default: true.
            use_grounding_dino: Use GroundingDINO instead of SAM for segmentation. Default: false.
            revert_mask: Invert the mask (background becomes foreground and vice versa). Default:
                false.
            blur_mask: Apply Gaussian blur to the mask. Value determines kernel size (must be odd
                number). Default: 0. Limits: minimum 0, maximum 50.
            expand_mask: Expand/dilate the mask by specified pixels. Default: 0. Limits: minimum 0,
                maximum 20.
            fill_holes: Fill holes in the mask using morphological operations. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "semantic_type": semantic_type,
                "image_url": image_url,
                "mask_only": mask_only,
                "use_grounding_dino": use_grounding_dino,
                "revert_mask": revert_mask,
                "blur_mask": blur_mask,
                "expand_mask": expand_mask,
                "fill_holes": fill_holes,
            }
        )
        return self._stream(payload, options)


class AsyncEvfSam(AsyncEndpoint[EvfSamInput, EvfSamOutput]):
    """Evf Sam (`fal-ai/evf-sam`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/evf-sam/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/evf-sam"
    input_model: ClassVar[type[EvfSamInput]] = EvfSamInput
    output_model: ClassVar[type[EvfSamOutput]] = EvfSamOutput
    Input = EvfSamInput
    Output = EvfSamOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        semantic_type: bool | Omit = omit,
        image_url: FileInput,
        mask_only: bool | Omit = omit,
        use_grounding_dino: bool | Omit = omit,
        revert_mask: bool | Omit = omit,
        blur_mask: int | Omit = omit,
        expand_mask: int | Omit = omit,
        fill_holes: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> EvfSamOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate segmentation from.
            negative_prompt: Areas to exclude from segmentation (will be subtracted from prompt
                results).
            semantic_type: Enable semantic level segmentation for body parts, background or multi
                objects. Default: false.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_only: Output only the binary mask instead of masked image. Default: true.
            use_grounding_dino: Use GroundingDINO instead of SAM for segmentation. Default: false.
            revert_mask: Invert the mask (background becomes foreground and vice versa). Default:
                false.
            blur_mask: Apply Gaussian blur to the mask. Value determines kernel size (must be odd
                number). Default: 0. Limits: minimum 0, maximum 50.
            expand_mask: Expand/dilate the mask by specified pixels. Default: 0. Limits: minimum 0,
                maximum 20.
            fill_holes: Fill holes in the mask using morphological operations. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "semantic_type": semantic_type,
                "image_url": image_url,
                "mask_only": mask_only,
                "use_grounding_dino": use_grounding_dino,
                "revert_mask": revert_mask,
                "blur_mask": blur_mask,
                "expand_mask": expand_mask,
                "fill_holes": fill_holes,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        semantic_type: bool | Omit = omit,
        image_url: FileInput,
        mask_only: bool | Omit = omit,
        use_grounding_dino: bool | Omit = omit,
        revert_mask: bool | Omit = omit,
        blur_mask: int | Omit = omit,
        expand_mask: int | Omit = omit,
        fill_holes: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[EvfSamOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate segmentation from.
            negative_prompt: Areas to exclude from segmentation (will be subtracted from prompt
                results).
            semantic_type: Enable semantic level segmentation for body parts, background or multi
                objects. Default: false.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_only: Output only the binary mask instead of masked image. Default: true.
            use_grounding_dino: Use GroundingDINO instead of SAM for segmentation. Default: false.
            revert_mask: Invert the mask (background becomes foreground and vice versa). Default:
                false.
            blur_mask: Apply Gaussian blur to the mask. Value determines kernel size (must be odd
                number). Default: 0. Limits: minimum 0, maximum 50.
            expand_mask: Expand/dilate the mask by specified pixels. Default: 0. Limits: minimum 0,
                maximum 20.
            fill_holes: Fill holes in the mask using morphological operations. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "semantic_type": semantic_type,
                "image_url": image_url,
                "mask_only": mask_only,
                "use_grounding_dino": use_grounding_dino,
                "revert_mask": revert_mask,
                "blur_mask": blur_mask,
                "expand_mask": expand_mask,
                "fill_holes": fill_holes,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        semantic_type: bool | Omit = omit,
        image_url: FileInput,
        mask_only: bool | Omit = omit,
        use_grounding_dino: bool | Omit = omit,
        revert_mask: bool | Omit = omit,
        blur_mask: int | Omit = omit,
        expand_mask: int | Omit = omit,
        fill_holes: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> EvfSamOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate segmentation from.
            negative_prompt: Areas to exclude from segmentation (will be subtracted from prompt
                results).
            semantic_type: Enable semantic level segmentation for body parts, background or multi
                objects. Default: false.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_only: Output only the binary mask instead of masked image. Default: true.
            use_grounding_dino: Use GroundingDINO instead of SAM for segmentation. Default: false.
            revert_mask: Invert the mask (background becomes foreground and vice versa). Default:
                false.
            blur_mask: Apply Gaussian blur to the mask. Value determines kernel size (must be odd
                number). Default: 0. Limits: minimum 0, maximum 50.
            expand_mask: Expand/dilate the mask by specified pixels. Default: 0. Limits: minimum 0,
                maximum 20.
            fill_holes: Fill holes in the mask using morphological operations. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "semantic_type": semantic_type,
                "image_url": image_url,
                "mask_only": mask_only,
                "use_grounding_dino": use_grounding_dino,
                "revert_mask": revert_mask,
                "blur_mask": blur_mask,
                "expand_mask": expand_mask,
                "fill_holes": fill_holes,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        semantic_type: bool | Omit = omit,
        image_url: FileInput,
        mask_only: bool | Omit = omit,
        use_grounding_dino: bool | Omit = omit,
        revert_mask: bool | Omit = omit,
        blur_mask: int | Omit = omit,
        expand_mask: int | Omit = omit,
        fill_holes: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[EvfSamOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate segmentation from.
            negative_prompt: Areas to exclude from segmentation (will be subtracted from prompt
                results).
            semantic_type: Enable semantic level segmentation for body parts, background or multi
                objects. Default: false.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_only: Output only the binary mask instead of masked image. Default: true.
            use_grounding_dino: Use GroundingDINO instead of SAM for segmentation. Default: false.
            revert_mask: Invert the mask (background becomes foreground and vice versa). Default:
                false.
            blur_mask: Apply Gaussian blur to the mask. Value determines kernel size (must be odd
                number). Default: 0. Limits: minimum 0, maximum 50.
            expand_mask: Expand/dilate the mask by specified pixels. Default: 0. Limits: minimum 0,
                maximum 20.
            fill_holes: Fill holes in the mask using morphological operations. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "semantic_type": semantic_type,
                "image_url": image_url,
                "mask_only": mask_only,
                "use_grounding_dino": use_grounding_dino,
                "revert_mask": revert_mask,
                "blur_mask": blur_mask,
                "expand_mask": expand_mask,
                "fill_holes": fill_holes,
            }
        )
        return self._stream(payload, options)
