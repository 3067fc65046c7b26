# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-fun-control` (Wan Fun Control)."""

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
from fal_models.models.wan_fun_control import WanFunControlInput, WanFunControlOutput

__all__ = ["WanFunControl", "AsyncWanFunControl", "WanFunControlInput", "WanFunControlOutput"]


class WanFunControl(SyncEndpoint[WanFunControlInput, WanFunControlOutput]):
    """Wan Fun Control (`fal-ai/wan-fun-control`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan-fun-control/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-fun-control"
    input_model: ClassVar[type[WanFunControlInput]] = WanFunControlInput
    output_model: ClassVar[type[WanFunControlOutput]] = WanFunControlOutput
    Input = WanFunControlInput
    Output = WanFunControlOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        control_video_url: FileInput,
        preprocess_video: bool | Omit = omit,
        preprocess_type: Literal["depth", "pose"] | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanFunControlOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to generate the video. Default: "".
            num_inference_steps: The number of inference steps. Default: 27. Limits: minimum 4,
                maximum 50.
            guidance_scale: The guidance scale. Default: 6. Limits: minimum 1, maximum 10.
            shift: The shift for the scheduler. Default: 5. Limits: minimum 1, maximum 10.
            seed: The seed for the random number generator.
            match_input_num_frames: Whether to match the number of frames in the input video.
                Default: true.
            num_frames: The number of frames to generate. Only used when match_input_num_frames is
                False. Default: 81. Limits: minimum 49, maximum 121.
            match_input_fps: Whether to match the fps in the input video. Default: true.
            fps: The fps to generate. Only used when match_input_fps is False. Default: 16. Limits:
                minimum 4, maximum 60.
            control_video_url: The URL of the control video to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            preprocess_video: Whether to preprocess the video. If True, the video will be
                preprocessed to depth or pose. Default: false.
            preprocess_type: The type of preprocess to apply to the video. Only used when
                preprocess_video is True. Default: "depth".
            reference_image_url: The URL of the reference image to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "seed": seed,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_fps": match_input_fps,
                "fps": fps,
                "control_video_url": control_video_url,
                "preprocess_video": preprocess_video,
                "preprocess_type": preprocess_type,
                "reference_image_url": reference_image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        control_video_url: FileInput,
        preprocess_video: bool | Omit = omit,
        preprocess_type: Literal["depth", "pose"] | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanFunControlOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to generate the video. Default: "".
            num_inference_steps: The number of inference steps. Default: 27. Limits: minimum 4,
                maximum 50.
            guidance_scale: The guidance scale. Default: 6. Limits: minimum 1, maximum 10.
            shift: The shift for the scheduler. Default: 5. Limits: minimum 1, maximum 10.
            seed: The seed for the random number generator.
            match_input_num_frames: Whether to match the number of frames in the input video.
                Default: true.
            num_frames: The number of frames to generate. Only used when match_input_num_frames is
                False. Default: 81. Limits: minimum 49, maximum 121.
            match_input_fps: Whether to match the fps in the input video. Default: true.
            fps: The fps to generate. Only used when match_input_fps is False. Default: 16. Limits:
                minimum 4, maximum 60.
            control_video_url: The URL of the control video to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            preprocess_video: Whether to preprocess the video. If True, the video will be
                preprocessed to depth or pose. Default: false.
            preprocess_type: The type of preprocess to apply to the video. Only used when
                preprocess_video is True. Default: "depth".
            reference_image_url: The URL of the reference image to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "seed": seed,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_fps": match_input_fps,
                "fps": fps,
                "control_video_url": control_video_url,
                "preprocess_video": preprocess_video,
                "preprocess_type": preprocess_type,
                "reference_image_url": reference_image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        control_video_url: FileInput,
        preprocess_video: bool | Omit = omit,
        preprocess_type: Literal["depth", "pose"] | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanFunControlOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to generate the video. Default: "".
            num_inference_steps: The number of inference steps. Default: 27. Limits: minimum 4,
                maximum 50.
            guidance_scale: The guidance scale. Default: 6. Limits: minimum 1, maximum 10.
            shift: The shift for the scheduler. Default: 5. Limits: minimum 1, maximum 10.
            seed: The seed for the random number generator.
            match_input_num_frames: Whether to match the number of frames in the input video.
                Default: true.
            num_frames: The number of frames to generate. Only used when match_input_num_frames is
                False. Default: 81. Limits: minimum 49, maximum 121.
            match_input_fps: Whether to match the fps in the input video. Default: true.
            fps: The fps to generate. Only used when match_input_fps is False. Default: 16. Limits:
                minimum 4, maximum 60.
            control_video_url: The URL of the control video to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            preprocess_video: Whether to preprocess the video. If True, the video will be
                preprocessed to depth or pose. Default: false.
            preprocess_type: The type of preprocess to apply to the video. Only used when
                preprocess_video is True. Default: "depth".
            reference_image_url: The URL of the reference image to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "seed": seed,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_fps": match_input_fps,
                "fps": fps,
                "control_video_url": control_video_url,
                "preprocess_video": preprocess_video,
                "preprocess_type": preprocess_type,
                "reference_image_url": reference_image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        control_video_url: FileInput,
        preprocess_video: bool | Omit = omit,
        preprocess_type: Literal["depth", "pose"] | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanFunControlOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to generate the video. Default: "".
            num_inference_steps: The number of inference steps. Default: 27. Limits: minimum 4,
                maximum 50.
            guidance_scale: The guidance scale. Default: 6. Limits: minimum 1, maximum 10.
            shift: The shift for the scheduler. Default: 5. Limits: minimum 1, maximum 10.
            seed: The seed for the random number generator.
            match_input_num_frames: Whether to match the number of frames in the input video.
                Default: true.
            num_frames: The number of frames to generate. Only used when match_input_num_frames is
                False. Default: 81. Limits: minimum 49, maximum 121.
            match_input_fps: Whether to match the fps in the input video. Default: true.
            fps: The fps to generate. Only used when match_input_fps is False. Default: 16. Limits:
                minimum 4, maximum 60.
            control_video_url: The URL of the control video to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            preprocess_video: Whether to preprocess the video. If True, the video will be
                preprocessed to depth or pose. Default: false.
            preprocess_type: The type of preprocess to apply to the video. Only used when
                preprocess_video is True. Default: "depth".
            reference_image_url: The URL of the reference image to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "seed": seed,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_fps": match_input_fps,
                "fps": fps,
                "control_video_url": control_video_url,
                "preprocess_video": preprocess_video,
                "preprocess_type": preprocess_type,
                "reference_image_url": reference_image_url,
            }
        )
        return self._stream(payload, options)


class AsyncWanFunControl(AsyncEndpoint[WanFunControlInput, WanFunControlOutput]):
    """Wan Fun Control (`fal-ai/wan-fun-control`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan-fun-control/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-fun-control"
    input_model: ClassVar[type[WanFunControlInput]] = WanFunControlInput
    output_model: ClassVar[type[WanFunControlOutput]] = WanFunControlOutput
    Input = WanFunControlInput
    Output = WanFunControlOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        control_video_url: FileInput,
        preprocess_video: bool | Omit = omit,
        preprocess_type: Literal["depth", "pose"] | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanFunControlOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to generate the video. Default: "".
            num_inference_steps: The number of inference steps. Default: 27. Limits: minimum 4,
                maximum 50.
            guidance_scale: The guidance scale. Default: 6. Limits: minimum 1, maximum 10.
            shift: The shift for the scheduler. Default: 5. Limits: minimum 1, maximum 10.
            seed: The seed for the random number generator.
            match_input_num_frames: Whether to match the number of frames in the input video.
                Default: true.
            num_frames: The number of frames to generate. Only used when match_input_num_frames is
                False. Default: 81. Limits: minimum 49, maximum 121.
            match_input_fps: Whether to match the fps in the input video. Default: true.
            fps: The fps to generate. Only used when match_input_fps is False. Default: 16. Limits:
                minimum 4, maximum 60.
            control_video_url: The URL of the control video to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            preprocess_video: Whether to preprocess the video. If True, the video will be
                preprocessed to depth or pose. Default: false.
            preprocess_type: The type of preprocess to apply to the video. Only used when
                preprocess_video is True. Default: "depth".
            reference_image_url: The URL of the reference image to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "seed": seed,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_fps": match_input_fps,
                "fps": fps,
                "control_video_url": control_video_url,
                "preprocess_video": preprocess_video,
                "preprocess_type": preprocess_type,
                "reference_image_url": reference_image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        control_video_url: FileInput,
        preprocess_video: bool | Omit = omit,
        preprocess_type: Literal["depth", "pose"] | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanFunControlOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to generate the video. Default: "".
            num_inference_steps: The number of inference steps. Default: 27. Limits: minimum 4,
                maximum 50.
            guidance_scale: The guidance scale. Default: 6. Limits: minimum 1, maximum 10.
            shift: The shift for the scheduler. Default: 5. Limits: minimum 1, maximum 10.
            seed: The seed for the random number generator.
            match_input_num_frames: Whether to match the number of frames in the input video.
                Default: true.
            num_frames: The number of frames to generate. Only used when match_input_num_frames is
                False. Default: 81. Limits: minimum 49, maximum 121.
            match_input_fps: Whether to match the fps in the input video. Default: true.
            fps: The fps to generate. Only used when match_input_fps is False. Default: 16. Limits:
                minimum 4, maximum 60.
            control_video_url: The URL of the control video to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            preprocess_video: Whether to preprocess the video. If True, the video will be
                preprocessed to depth or pose. Default: false.
            preprocess_type: The type of preprocess to apply to the video. Only used when
                preprocess_video is True. Default: "depth".
            reference_image_url: The URL of the reference image to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "seed": seed,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_fps": match_input_fps,
                "fps": fps,
                "control_video_url": control_video_url,
                "preprocess_video": preprocess_video,
                "preprocess_type": preprocess_type,
                "reference_image_url": reference_image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        control_video_url: FileInput,
        preprocess_video: bool | Omit = omit,
        preprocess_type: Literal["depth", "pose"] | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanFunControlOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to generate the video. Default: "".
            num_inference_steps: The number of inference steps. Default: 27. Limits: minimum 4,
                maximum 50.
            guidance_scale: The guidance scale. Default: 6. Limits: minimum 1, maximum 10.
            shift: The shift for the scheduler. Default: 5. Limits: minimum 1, maximum 10.
            seed: The seed for the random number generator.
            match_input_num_frames: Whether to match the number of frames in the input video.
                Default: true.
            num_frames: The number of frames to generate. Only used when match_input_num_frames is
                False. Default: 81. Limits: minimum 49, maximum 121.
            match_input_fps: Whether to match the fps in the input video. Default: true.
            fps: The fps to generate. Only used when match_input_fps is False. Default: 16. Limits:
                minimum 4, maximum 60.
            control_video_url: The URL of the control video to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            preprocess_video: Whether to preprocess the video. If True, the video will be
                preprocessed to depth or pose. Default: false.
            preprocess_type: The type of preprocess to apply to the video. Only used when
                preprocess_video is True. Default: "depth".
            reference_image_url: The URL of the reference image to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "seed": seed,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_fps": match_input_fps,
                "fps": fps,
                "control_video_url": control_video_url,
                "preprocess_video": preprocess_video,
                "preprocess_type": preprocess_type,
                "reference_image_url": reference_image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        shift: float | Omit = omit,
        seed: int | None | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        control_video_url: FileInput,
        preprocess_video: bool | Omit = omit,
        preprocess_type: Literal["depth", "pose"] | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanFunControlOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to generate the video. Default: "".
            num_inference_steps: The number of inference steps. Default: 27. Limits: minimum 4,
                maximum 50.
            guidance_scale: The guidance scale. Default: 6. Limits: minimum 1, maximum 10.
            shift: The shift for the scheduler. Default: 5. Limits: minimum 1, maximum 10.
            seed: The seed for the random number generator.
            match_input_num_frames: Whether to match the number of frames in the input video.
                Default: true.
            num_frames: The number of frames to generate. Only used when match_input_num_frames is
                False. Default: 81. Limits: minimum 49, maximum 121.
            match_input_fps: Whether to match the fps in the input video. Default: true.
            fps: The fps to generate. Only used when match_input_fps is False. Default: 16. Limits:
                minimum 4, maximum 60.
            control_video_url: The URL of the control video to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            preprocess_video: Whether to preprocess the video. If True, the video will be
                preprocessed to depth or pose. Default: false.
            preprocess_type: The type of preprocess to apply to the video. Only used when
                preprocess_video is True. Default: "depth".
            reference_image_url: The URL of the reference image to use as a reference for the video
                generation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "shift": shift,
                "seed": seed,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_fps": match_input_fps,
                "fps": fps,
                "control_video_url": control_video_url,
                "preprocess_video": preprocess_video,
                "preprocess_type": preprocess_type,
                "reference_image_url": reference_image_url,
            }
        )
        return self._stream(payload, options)
