# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/physic-edit` (Physic Edit)."""

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
from fal_models.models.physic_edit import PhysicEditInput, PhysicEditOutput

__all__ = ["PhysicEdit", "AsyncPhysicEdit", "PhysicEditInput", "PhysicEditOutput"]


class PhysicEdit(SyncEndpoint[PhysicEditInput, PhysicEditOutput]):
    """Physic Edit (`fal-ai/physic-edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/physic-edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/physic-edit"
    input_model: ClassVar[type[PhysicEditInput]] = PhysicEditInput
    output_model: ClassVar[type[PhysicEditOutput]] = PhysicEditOutput
    Input = PhysicEditInput
    Output = PhysicEditOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PhysicEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to edit with physics-aware transformations. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The editing instruction describing the physical transformation to apply.
            negative_prompt: Description of unwanted elements in the output. Default: "".
            seed: Random seed for reproducibility. Same seed and prompt produce identical output.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality but take longer. Default: 40. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 4. Limits: minimum 1, maximum 20.
            sync_mode: If True, the image will be returned as a data URI. Default: false.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PhysicEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to edit with physics-aware transformations. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The editing instruction describing the physical transformation to apply.
            negative_prompt: Description of unwanted elements in the output. Default: "".
            seed: Random seed for reproducibility. Same seed and prompt produce identical output.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality but take longer. Default: 40. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 4. Limits: minimum 1, maximum 20.
            sync_mode: If True, the image will be returned as a data URI. Default: false.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PhysicEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to edit with physics-aware transformations. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The editing instruction describing the physical transformation to apply.
            negative_prompt: Description of unwanted elements in the output. Default: "".
            seed: Random seed for reproducibility. Same seed and prompt produce identical output.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality but take longer. Default: 40. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 4. Limits: minimum 1, maximum 20.
            sync_mode: If True, the image will be returned as a data URI. Default: false.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PhysicEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to edit with physics-aware transformations. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The editing instruction describing the physical transformation to apply.
            negative_prompt: Description of unwanted elements in the output. Default: "".
            seed: Random seed for reproducibility. Same seed and prompt produce identical output.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality but take longer. Default: 40. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 4. Limits: minimum 1, maximum 20.
            sync_mode: If True, the image will be returned as a data URI. Default: false.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncPhysicEdit(AsyncEndpoint[PhysicEditInput, PhysicEditOutput]):
    """Physic Edit (`fal-ai/physic-edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/physic-edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/physic-edit"
    input_model: ClassVar[type[PhysicEditInput]] = PhysicEditInput
    output_model: ClassVar[type[PhysicEditOutput]] = PhysicEditOutput
    Input = PhysicEditInput
    Output = PhysicEditOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PhysicEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to edit with physics-aware transformations. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The editing instruction describing the physical transformation to apply.
            negative_prompt: Description of unwanted elements in the output. Default: "".
            seed: Random seed for reproducibility. Same seed and prompt produce identical output.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality but take longer. Default: 40. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 4. Limits: minimum 1, maximum 20.
            sync_mode: If True, the image will be returned as a data URI. Default: false.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PhysicEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to edit with physics-aware transformations. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The editing instruction describing the physical transformation to apply.
            negative_prompt: Description of unwanted elements in the output. Default: "".
            seed: Random seed for reproducibility. Same seed and prompt produce identical output.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality but take longer. Default: 40. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 4. Limits: minimum 1, maximum 20.
            sync_mode: If True, the image will be returned as a data URI. Default: false.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PhysicEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to edit with physics-aware transformations. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The editing instruction describing the physical transformation to apply.
            negative_prompt: Description of unwanted elements in the output. Default: "".
            seed: Random seed for reproducibility. Same seed and prompt produce identical output.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality but take longer. Default: 40. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 4. Limits: minimum 1, maximum 20.
            sync_mode: If True, the image will be returned as a data URI. Default: false.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PhysicEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to edit with physics-aware transformations. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The editing instruction describing the physical transformation to apply.
            negative_prompt: Description of unwanted elements in the output. Default: "".
            seed: Random seed for reproducibility. Same seed and prompt produce identical output.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality but take longer. Default: 40. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 4. Limits: minimum 1, maximum 20.
            sync_mode: If True, the image will be returned as a data URI. Default: false.
            enable_safety_checker: Enable content safety checking on the output. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
