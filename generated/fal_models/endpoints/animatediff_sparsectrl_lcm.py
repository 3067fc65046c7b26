# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/animatediff-sparsectrl-lcm` (Animatediff Sparsectrl Lcm)."""

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
from fal_models.models.animatediff_sparsectrl_lcm import (
    AnimatediffSparsectrlLcmInput,
    AnimatediffSparsectrlLcmOutput,
)

__all__ = [
    "AnimatediffSparsectrlLcm",
    "AsyncAnimatediffSparsectrlLcm",
    "AnimatediffSparsectrlLcmInput",
    "AnimatediffSparsectrlLcmOutput",
]


class AnimatediffSparsectrlLcm(
    SyncEndpoint[AnimatediffSparsectrlLcmInput, AnimatediffSparsectrlLcmOutput]
):
    """Animatediff Sparsectrl Lcm (`fal-ai/animatediff-sparsectrl-lcm`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/animatediff-sparsectrl-lcm/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/animatediff-sparsectrl-lcm"
    input_model: ClassVar[type[AnimatediffSparsectrlLcmInput]] = AnimatediffSparsectrlLcmInput
    output_model: ClassVar[type[AnimatediffSparsectrlLcmOutput]] = AnimatediffSparsectrlLcmOutput
    Input = AnimatediffSparsectrlLcmInput
    Output = AnimatediffSparsectrlLcmOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        controlnet_type: Literal["scribble", "rgb"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: int | Omit = omit,
        seed: int | None | Omit = omit,
        keyframe_0_image_url: FileInput | None | Omit = omit,
        keyframe_0_index: int | Omit = omit,
        keyframe_1_image_url: FileInput | None | Omit = omit,
        keyframe_1_index: int | Omit = omit,
        keyframe_2_image_url: FileInput | None | Omit = omit,
        keyframe_2_index: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AnimatediffSparsectrlLcmOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to specify what you don't want.
                Default: "".
            controlnet_type: The type of controlnet to use for generating the video. The controlnet
                determines how the video will be animated. Default: "scribble".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 4. Limits: minimum 1, maximum 12.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 2.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            keyframe_0_image_url: The URL of the first keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_0_index: The frame index of the first keyframe to use for the generation.
                Default: 0.
            keyframe_1_image_url: The URL of the second keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_1_index: The frame index of the second keyframe to use for the generation.
                Default: 0.
            keyframe_2_image_url: The URL of the third keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_2_index: The frame index of the third keyframe to use for the generation.
                Default: 0.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "controlnet_type": controlnet_type,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "keyframe_0_image_url": keyframe_0_image_url,
                "keyframe_0_index": keyframe_0_index,
                "keyframe_1_image_url": keyframe_1_image_url,
                "keyframe_1_index": keyframe_1_index,
                "keyframe_2_image_url": keyframe_2_image_url,
                "keyframe_2_index": keyframe_2_index,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        controlnet_type: Literal["scribble", "rgb"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: int | Omit = omit,
        seed: int | None | Omit = omit,
        keyframe_0_image_url: FileInput | None | Omit = omit,
        keyframe_0_index: int | Omit = omit,
        keyframe_1_image_url: FileInput | None | Omit = omit,
        keyframe_1_index: int | Omit = omit,
        keyframe_2_image_url: FileInput | None | Omit = omit,
        keyframe_2_index: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AnimatediffSparsectrlLcmOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to specify what you don't want.
                Default: "".
            controlnet_type: The type of controlnet to use for generating the video. The controlnet
                determines how the video will be animated. Default: "scribble".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 4. Limits: minimum 1, maximum 12.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 2.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            keyframe_0_image_url: The URL of the first keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_0_index: The frame index of the first keyframe to use for the generation.
                Default: 0.
            keyframe_1_image_url: The URL of the second keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_1_index: The frame index of the second keyframe to use for the generation.
                Default: 0.
            keyframe_2_image_url: The URL of the third keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_2_index: The frame index of the third keyframe to use for the generation.
                Default: 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "controlnet_type": controlnet_type,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "keyframe_0_image_url": keyframe_0_image_url,
                "keyframe_0_index": keyframe_0_index,
                "keyframe_1_image_url": keyframe_1_image_url,
                "keyframe_1_index": keyframe_1_index,
                "keyframe_2_image_url": keyframe_2_image_url,
                "keyframe_2_index": keyframe_2_index,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        controlnet_type: Literal["scribble", "rgb"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: int | Omit = omit,
        seed: int | None | Omit = omit,
        keyframe_0_image_url: FileInput | None | Omit = omit,
        keyframe_0_index: int | Omit = omit,
        keyframe_1_image_url: FileInput | None | Omit = omit,
        keyframe_1_index: int | Omit = omit,
        keyframe_2_image_url: FileInput | None | Omit = omit,
        keyframe_2_index: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AnimatediffSparsectrlLcmOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to specify what you don't want.
                Default: "".
            controlnet_type: The type of controlnet to use for generating the video. The controlnet
                determines how the video will be animated. Default: "scribble".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 4. Limits: minimum 1, maximum 12.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 2.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            keyframe_0_image_url: The URL of the first keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_0_index: The frame index of the first keyframe to use for the generation.
                Default: 0.
            keyframe_1_image_url: The URL of the second keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_1_index: The frame index of the second keyframe to use for the generation.
                Default: 0.
            keyframe_2_image_url: The URL of the third keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_2_index: The frame index of the third keyframe to use for the generation.
                Default: 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "controlnet_type": controlnet_type,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "keyframe_0_image_url": keyframe_0_image_url,
                "keyframe_0_index": keyframe_0_index,
                "keyframe_1_image_url": keyframe_1_image_url,
                "keyframe_1_index": keyframe_1_index,
                "keyframe_2_image_url": keyframe_2_image_url,
                "keyframe_2_index": keyframe_2_index,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        controlnet_type: Literal["scribble", "rgb"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: int | Omit = omit,
        seed: int | None | Omit = omit,
        keyframe_0_image_url: FileInput | None | Omit = omit,
        keyframe_0_index: int | Omit = omit,
        keyframe_1_image_url: FileInput | None | Omit = omit,
        keyframe_1_index: int | Omit = omit,
        keyframe_2_image_url: FileInput | None | Omit = omit,
        keyframe_2_index: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AnimatediffSparsectrlLcmOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to specify what you don't want.
                Default: "".
            controlnet_type: The type of controlnet to use for generating the video. The controlnet
                determines how the video will be animated. Default: "scribble".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 4. Limits: minimum 1, maximum 12.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 2.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            keyframe_0_image_url: The URL of the first keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_0_index: The frame index of the first keyframe to use for the generation.
                Default: 0.
            keyframe_1_image_url: The URL of the second keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_1_index: The frame index of the second keyframe to use for the generation.
                Default: 0.
            keyframe_2_image_url: The URL of the third keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_2_index: The frame index of the third keyframe to use for the generation.
                Default: 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "controlnet_type": controlnet_type,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "keyframe_0_image_url": keyframe_0_image_url,
                "keyframe_0_index": keyframe_0_index,
                "keyframe_1_image_url": keyframe_1_image_url,
                "keyframe_1_index": keyframe_1_index,
                "keyframe_2_image_url": keyframe_2_image_url,
                "keyframe_2_index": keyframe_2_index,
            }
        )
        return self._stream(payload, options)


class AsyncAnimatediffSparsectrlLcm(
    AsyncEndpoint[AnimatediffSparsectrlLcmInput, AnimatediffSparsectrlLcmOutput]
):
    """Animatediff Sparsectrl Lcm (`fal-ai/animatediff-sparsectrl-lcm`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/animatediff-sparsectrl-lcm/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/animatediff-sparsectrl-lcm"
    input_model: ClassVar[type[AnimatediffSparsectrlLcmInput]] = AnimatediffSparsectrlLcmInput
    output_model: ClassVar[type[AnimatediffSparsectrlLcmOutput]] = AnimatediffSparsectrlLcmOutput
    Input = AnimatediffSparsectrlLcmInput
    Output = AnimatediffSparsectrlLcmOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        controlnet_type: Literal["scribble", "rgb"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: int | Omit = omit,
        seed: int | None | Omit = omit,
        keyframe_0_image_url: FileInput | None | Omit = omit,
        keyframe_0_index: int | Omit = omit,
        keyframe_1_image_url: FileInput | None | Omit = omit,
        keyframe_1_index: int | Omit = omit,
        keyframe_2_image_url: FileInput | None | Omit = omit,
        keyframe_2_index: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AnimatediffSparsectrlLcmOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to specify what you don't want.
                Default: "".
            controlnet_type: The type of controlnet to use for generating the video. The controlnet
                determines how the video will be animated. Default: "scribble".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 4. Limits: minimum 1, maximum 12.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 2.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            keyframe_0_image_url: The URL of the first keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_0_index: The frame index of the first keyframe to use for the generation.
                Default: 0.
            keyframe_1_image_url: The URL of the second keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_1_index: The frame index of the second keyframe to use for the generation.
                Default: 0.
            keyframe_2_image_url: The URL of the third keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_2_index: The frame index of the third keyframe to use for the generation.
                Default: 0.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "controlnet_type": controlnet_type,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "keyframe_0_image_url": keyframe_0_image_url,
                "keyframe_0_index": keyframe_0_index,
                "keyframe_1_image_url": keyframe_1_image_url,
                "keyframe_1_index": keyframe_1_index,
                "keyframe_2_image_url": keyframe_2_image_url,
                "keyframe_2_index": keyframe_2_index,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        controlnet_type: Literal["scribble", "rgb"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: int | Omit = omit,
        seed: int | None | Omit = omit,
        keyframe_0_image_url: FileInput | None | Omit = omit,
        keyframe_0_index: int | Omit = omit,
        keyframe_1_image_url: FileInput | None | Omit = omit,
        keyframe_1_index: int | Omit = omit,
        keyframe_2_image_url: FileInput | None | Omit = omit,
        keyframe_2_index: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AnimatediffSparsectrlLcmOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to specify what you don't want.
                Default: "".
            controlnet_type: The type of controlnet to use for generating the video. The controlnet
                determines how the video will be animated. Default: "scribble".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 4. Limits: minimum 1, maximum 12.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 2.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            keyframe_0_image_url: The URL of the first keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_0_index: The frame index of the first keyframe to use for the generation.
                Default: 0.
            keyframe_1_image_url: The URL of the second keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_1_index: The frame index of the second keyframe to use for the generation.
                Default: 0.
            keyframe_2_image_url: The URL of the third keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_2_index: The frame index of the third keyframe to use for the generation.
                Default: 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "controlnet_type": controlnet_type,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "keyframe_0_image_url": keyframe_0_image_url,
                "keyframe_0_index": keyframe_0_index,
                "keyframe_1_image_url": keyframe_1_image_url,
                "keyframe_1_index": keyframe_1_index,
                "keyframe_2_image_url": keyframe_2_image_url,
                "keyframe_2_index": keyframe_2_index,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        controlnet_type: Literal["scribble", "rgb"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: int | Omit = omit,
        seed: int | None | Omit = omit,
        keyframe_0_image_url: FileInput | None | Omit = omit,
        keyframe_0_index: int | Omit = omit,
        keyframe_1_image_url: FileInput | None | Omit = omit,
        keyframe_1_index: int | Omit = omit,
        keyframe_2_image_url: FileInput | None | Omit = omit,
        keyframe_2_index: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AnimatediffSparsectrlLcmOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to specify what you don't want.
                Default: "".
            controlnet_type: The type of controlnet to use for generating the video. The controlnet
                determines how the video will be animated. Default: "scribble".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 4. Limits: minimum 1, maximum 12.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 2.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            keyframe_0_image_url: The URL of the first keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_0_index: The frame index of the first keyframe to use for the generation.
                Default: 0.
            keyframe_1_image_url: The URL of the second keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_1_index: The frame index of the second keyframe to use for the generation.
                Default: 0.
            keyframe_2_image_url: The URL of the third keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_2_index: The frame index of the third keyframe to use for the generation.
                Default: 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "controlnet_type": controlnet_type,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "keyframe_0_image_url": keyframe_0_image_url,
                "keyframe_0_index": keyframe_0_index,
                "keyframe_1_image_url": keyframe_1_image_url,
                "keyframe_1_index": keyframe_1_index,
                "keyframe_2_image_url": keyframe_2_image_url,
                "keyframe_2_index": keyframe_2_index,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        controlnet_type: Literal["scribble", "rgb"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: int | Omit = omit,
        seed: int | None | Omit = omit,
        keyframe_0_image_url: FileInput | None | Omit = omit,
        keyframe_0_index: int | Omit = omit,
        keyframe_1_image_url: FileInput | None | Omit = omit,
        keyframe_1_index: int | Omit = omit,
        keyframe_2_image_url: FileInput | None | Omit = omit,
        keyframe_2_index: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AnimatediffSparsectrlLcmOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to specify what you don't want.
                Default: "".
            controlnet_type: The type of controlnet to use for generating the video. The controlnet
                determines how the video will be animated. Default: "scribble".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 4. Limits: minimum 1, maximum 12.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 2.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            keyframe_0_image_url: The URL of the first keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_0_index: The frame index of the first keyframe to use for the generation.
                Default: 0.
            keyframe_1_image_url: The URL of the second keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_1_index: The frame index of the second keyframe to use for the generation.
                Default: 0.
            keyframe_2_image_url: The URL of the third keyframe to use for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keyframe_2_index: The frame index of the third keyframe to use for the generation.
                Default: 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "controlnet_type": controlnet_type,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "keyframe_0_image_url": keyframe_0_image_url,
                "keyframe_0_index": keyframe_0_index,
                "keyframe_1_image_url": keyframe_1_image_url,
                "keyframe_1_index": keyframe_1_index,
                "keyframe_2_image_url": keyframe_2_image_url,
                "keyframe_2_index": keyframe_2_index,
            }
        )
        return self._stream(payload, options)
