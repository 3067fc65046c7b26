# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/stepx-edit2` (Stepx Edit2)."""

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
from fal_models.models.stepx_edit2 import StepxEdit2Input, StepxEdit2Output

__all__ = ["StepxEdit2", "AsyncStepxEdit2", "StepxEdit2Input", "StepxEdit2Output"]


class StepxEdit2(SyncEndpoint[StepxEdit2Input, StepxEdit2Output]):
    """Stepx Edit2 (`fal-ai/stepx-edit2`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/stepx-edit2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stepx-edit2"
    input_model: ClassVar[type[StepxEdit2Input]] = StepxEdit2Input
    output_model: ClassVar[type[StepxEdit2Output]] = StepxEdit2Output
    Input = StepxEdit2Input
    Output = StepxEdit2Output

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_thinking_mode: bool | Omit = omit,
        enable_reflection_mode: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> StepxEdit2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The true CFG scale. Controls how closely the model follows the prompt.
                Default: 6. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Recommended: 50. Default:
                50. Limits: minimum 1, maximum 100.
            enable_thinking_mode: Enable thinking mode. Uses multimodal language model knowledge to
                interpret abstract editing instructions. Default: true.
            enable_reflection_mode: Enable reflection mode. Reviews outputs, corrects unintended
                changes, and determines when editing is complete. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_thinking_mode": enable_thinking_mode,
                "enable_reflection_mode": enable_reflection_mode,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_thinking_mode: bool | Omit = omit,
        enable_reflection_mode: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[StepxEdit2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The true CFG scale. Controls how closely the model follows the prompt.
                Default: 6. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Recommended: 50. Default:
                50. Limits: minimum 1, maximum 100.
            enable_thinking_mode: Enable thinking mode. Uses multimodal language model knowledge to
                interpret abstract editing instructions. Default: true.
            enable_reflection_mode: Enable reflection mode. Reviews outputs, corrects unintended
                changes, and determines when editing is complete. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_thinking_mode": enable_thinking_mode,
                "enable_reflection_mode": enable_reflection_mode,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_thinking_mode: bool | Omit = omit,
        enable_reflection_mode: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StepxEdit2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The true CFG scale. Controls how closely the model follows the prompt.
                Default: 6. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Recommended: 50. Default:
                50. Limits: minimum 1, maximum 100.
            enable_thinking_mode: Enable thinking mode. Uses multimodal language model knowledge to
                interpret abstract editing instructions. Default: true.
            enable_reflection_mode: Enable reflection mode. Reviews outputs, corrects unintended
                changes, and determines when editing is complete. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_thinking_mode": enable_thinking_mode,
                "enable_reflection_mode": enable_reflection_mode,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_thinking_mode: bool | Omit = omit,
        enable_reflection_mode: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[StepxEdit2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The true CFG scale. Controls how closely the model follows the prompt.
                Default: 6. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Recommended: 50. Default:
                50. Limits: minimum 1, maximum 100.
            enable_thinking_mode: Enable thinking mode. Uses multimodal language model knowledge to
                interpret abstract editing instructions. Default: true.
            enable_reflection_mode: Enable reflection mode. Reviews outputs, corrects unintended
                changes, and determines when editing is complete. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_thinking_mode": enable_thinking_mode,
                "enable_reflection_mode": enable_reflection_mode,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncStepxEdit2(AsyncEndpoint[StepxEdit2Input, StepxEdit2Output]):
    """Stepx Edit2 (`fal-ai/stepx-edit2`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/stepx-edit2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stepx-edit2"
    input_model: ClassVar[type[StepxEdit2Input]] = StepxEdit2Input
    output_model: ClassVar[type[StepxEdit2Output]] = StepxEdit2Output
    Input = StepxEdit2Input
    Output = StepxEdit2Output

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_thinking_mode: bool | Omit = omit,
        enable_reflection_mode: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> StepxEdit2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The true CFG scale. Controls how closely the model follows the prompt.
                Default: 6. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Recommended: 50. Default:
                50. Limits: minimum 1, maximum 100.
            enable_thinking_mode: Enable thinking mode. Uses multimodal language model knowledge to
                interpret abstract editing instructions. Default: true.
            enable_reflection_mode: Enable reflection mode. Reviews outputs, corrects unintended
                changes, and determines when editing is complete. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_thinking_mode": enable_thinking_mode,
                "enable_reflection_mode": enable_reflection_mode,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_thinking_mode: bool | Omit = omit,
        enable_reflection_mode: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[StepxEdit2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The true CFG scale. Controls how closely the model follows the prompt.
                Default: 6. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Recommended: 50. Default:
                50. Limits: minimum 1, maximum 100.
            enable_thinking_mode: Enable thinking mode. Uses multimodal language model knowledge to
                interpret abstract editing instructions. Default: true.
            enable_reflection_mode: Enable reflection mode. Reviews outputs, corrects unintended
                changes, and determines when editing is complete. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_thinking_mode": enable_thinking_mode,
                "enable_reflection_mode": enable_reflection_mode,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_thinking_mode: bool | Omit = omit,
        enable_reflection_mode: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StepxEdit2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The true CFG scale. Controls how closely the model follows the prompt.
                Default: 6. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Recommended: 50. Default:
                50. Limits: minimum 1, maximum 100.
            enable_thinking_mode: Enable thinking mode. Uses multimodal language model knowledge to
                interpret abstract editing instructions. Default: true.
            enable_reflection_mode: Enable reflection mode. Reviews outputs, corrects unintended
                changes, and determines when editing is complete. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_thinking_mode": enable_thinking_mode,
                "enable_reflection_mode": enable_reflection_mode,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_thinking_mode: bool | Omit = omit,
        enable_reflection_mode: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[StepxEdit2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The true CFG scale. Controls how closely the model follows the prompt.
                Default: 6. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Recommended: 50. Default:
                50. Limits: minimum 1, maximum 100.
            enable_thinking_mode: Enable thinking mode. Uses multimodal language model knowledge to
                interpret abstract editing instructions. Default: true.
            enable_reflection_mode: Enable reflection mode. Reviews outputs, corrects unintended
                changes, and determines when editing is complete. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_thinking_mode": enable_thinking_mode,
                "enable_reflection_mode": enable_reflection_mode,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
