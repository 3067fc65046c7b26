# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/cogvideox-5b/image-to-video` (Cogvideox 5b Image To Video)."""

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
from fal_models.models import shared
from fal_models.models.cogvideox_5b_image_to_video import (
    Cogvideox5bImageToVideoInput,
    Cogvideox5bImageToVideoOutput,
    LoraWeight,
    VideoSizePreset,
)

__all__ = [
    "Cogvideox5bImageToVideo",
    "AsyncCogvideox5bImageToVideo",
    "Cogvideox5bImageToVideoInput",
    "Cogvideox5bImageToVideoOutput",
]


class Cogvideox5bImageToVideo(
    SyncEndpoint[Cogvideox5bImageToVideoInput, Cogvideox5bImageToVideoOutput]
):
    """Cogvideox 5b Image To Video (`fal-ai/cogvideox-5b/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/cogvideox-5b/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/cogvideox-5b/image-to-video"
    input_model: ClassVar[type[Cogvideox5bImageToVideoInput]] = Cogvideox5bImageToVideoInput
    output_model: ClassVar[type[Cogvideox5bImageToVideoOutput]] = Cogvideox5bImageToVideoOutput
    Input = Cogvideox5bImageToVideoInput
    Output = Cogvideox5bImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        use_rife: bool | Omit = omit,
        export_fps: int | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> Cogvideox5bImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            video_size: The size of the generated video. Default: {"height": 480, "width": 720}.
            negative_prompt: The negative prompt to generate video from. Default: "".
            loras: The LoRAs to use for the image generation. We currently support one lora.
                Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            use_rife: Use RIFE for video interpolation. Default: true.
            export_fps: The target FPS of the video. Default: 16. Limits: minimum 4, maximum 32.
            image_url: The URL to the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_size": video_size,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "use_rife": use_rife,
                "export_fps": export_fps,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        use_rife: bool | Omit = omit,
        export_fps: int | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Cogvideox5bImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            video_size: The size of the generated video. Default: {"height": 480, "width": 720}.
            negative_prompt: The negative prompt to generate video from. Default: "".
            loras: The LoRAs to use for the image generation. We currently support one lora.
                Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            use_rife: Use RIFE for video interpolation. Default: true.
            export_fps: The target FPS of the video. Default: 16. Limits: minimum 4, maximum 32.
            image_url: The URL to the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_size": video_size,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "use_rife": use_rife,
                "export_fps": export_fps,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        use_rife: bool | Omit = omit,
        export_fps: int | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Cogvideox5bImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            video_size: The size of the generated video. Default: {"height": 480, "width": 720}.
            negative_prompt: The negative prompt to generate video from. Default: "".
            loras: The LoRAs to use for the image generation. We currently support one lora.
                Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            use_rife: Use RIFE for video interpolation. Default: true.
            export_fps: The target FPS of the video. Default: 16. Limits: minimum 4, maximum 32.
            image_url: The URL to the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_size": video_size,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "use_rife": use_rife,
                "export_fps": export_fps,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        use_rife: bool | Omit = omit,
        export_fps: int | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Cogvideox5bImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            video_size: The size of the generated video. Default: {"height": 480, "width": 720}.
            negative_prompt: The negative prompt to generate video from. Default: "".
            loras: The LoRAs to use for the image generation. We currently support one lora.
                Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            use_rife: Use RIFE for video interpolation. Default: true.
            export_fps: The target FPS of the video. Default: 16. Limits: minimum 4, maximum 32.
            image_url: The URL to the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_size": video_size,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "use_rife": use_rife,
                "export_fps": export_fps,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncCogvideox5bImageToVideo(
    AsyncEndpoint[Cogvideox5bImageToVideoInput, Cogvideox5bImageToVideoOutput]
):
    """Cogvideox 5b Image To Video (`fal-ai/cogvideox-5b/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/cogvideox-5b/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/cogvideox-5b/image-to-video"
    input_model: ClassVar[type[Cogvideox5bImageToVideoInput]] = Cogvideox5bImageToVideoInput
    output_model: ClassVar[type[Cogvideox5bImageToVideoOutput]] = Cogvideox5bImageToVideoOutput
    Input = Cogvideox5bImageToVideoInput
    Output = Cogvideox5bImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        use_rife: bool | Omit = omit,
        export_fps: int | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Cogvideox5bImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            video_size: The size of the generated video. Default: {"height": 480, "width": 720}.
            negative_prompt: The negative prompt to generate video from. Default: "".
            loras: The LoRAs to use for the image generation. We currently support one lora.
                Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            use_rife: Use RIFE for video interpolation. Default: true.
            export_fps: The target FPS of the video. Default: 16. Limits: minimum 4, maximum 32.
            image_url: The URL to the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_size": video_size,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "use_rife": use_rife,
                "export_fps": export_fps,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        use_rife: bool | Omit = omit,
        export_fps: int | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Cogvideox5bImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            video_size: The size of the generated video. Default: {"height": 480, "width": 720}.
            negative_prompt: The negative prompt to generate video from. Default: "".
            loras: The LoRAs to use for the image generation. We currently support one lora.
                Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            use_rife: Use RIFE for video interpolation. Default: true.
            export_fps: The target FPS of the video. Default: 16. Limits: minimum 4, maximum 32.
            image_url: The URL to the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_size": video_size,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "use_rife": use_rife,
                "export_fps": export_fps,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        use_rife: bool | Omit = omit,
        export_fps: int | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Cogvideox5bImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            video_size: The size of the generated video. Default: {"height": 480, "width": 720}.
            negative_prompt: The negative prompt to generate video from. Default: "".
            loras: The LoRAs to use for the image generation. We currently support one lora.
                Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            use_rife: Use RIFE for video interpolation. Default: true.
            export_fps: The target FPS of the video. Default: 16. Limits: minimum 4, maximum 32.
            image_url: The URL to the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_size": video_size,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "use_rife": use_rife,
                "export_fps": export_fps,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        use_rife: bool | Omit = omit,
        export_fps: int | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Cogvideox5bImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            video_size: The size of the generated video. Default: {"height": 480, "width": 720}.
            negative_prompt: The negative prompt to generate video from. Default: "".
            loras: The LoRAs to use for the image generation. We currently support one lora.
                Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            use_rife: Use RIFE for video interpolation. Default: true.
            export_fps: The target FPS of the video. Default: 16. Limits: minimum 4, maximum 32.
            image_url: The URL to the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_size": video_size,
                "negative_prompt": negative_prompt,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "use_rife": use_rife,
                "export_fps": export_fps,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
