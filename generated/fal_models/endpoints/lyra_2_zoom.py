# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/lyra-2/zoom` (Lyra 2 Zoom)."""

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
from fal_models.models.lyra_2_zoom import Lyra2ZoomInput, Lyra2ZoomOutput

__all__ = ["Lyra2Zoom", "AsyncLyra2Zoom", "Lyra2ZoomInput", "Lyra2ZoomOutput"]


class Lyra2Zoom(SyncEndpoint[Lyra2ZoomInput, Lyra2ZoomOutput]):
    """Lyra 2 Zoom (`fal-ai/lyra-2/zoom`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/lyra-2/zoom/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lyra-2/zoom"
    input_model: ClassVar[type[Lyra2ZoomInput]] = Lyra2ZoomInput
    output_model: ClassVar[type[Lyra2ZoomOutput]] = Lyra2ZoomOutput
    Input = Lyra2ZoomInput
    Output = Lyra2ZoomOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        zoom_direction: Literal["in", "out", "both"] | Omit = omit,
        num_frames: Literal[81, 161, 241, 321, 401, 481] | Omit = omit,
        zoom_in_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_in_strength: float | Omit = omit,
        zoom_out_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_out_strength: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        use_dmd: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Lyra2ZoomOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. Lyra-2 hallucinates a video that starts from this
                image and moves the camera along the requested trajectory. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the scene. Best results come from prompts.
            zoom_direction: Whether to generate a zoom-in video (camera moves toward the subject), a
                zoom-out video (camera retreats), or a combined out-then-in video. Default: "in".
            num_frames: Number of frames per direction. Each AR chunk produces 80 frames, and the
                loop emits an extra anchor frame at the start, so valid values are 81, 161, 241,
                321, 401, 481. Default: 81.
            zoom_in_trajectory: Camera-trajectory preset for the zoom-in direction.
                ``horizontal_zoom`` is a straight translation along the z-axis;
                ``horizontal_zoom_bend`` adds a slight arc; ``spiral`` produces a spiraling
                approach. Default: "orbit_horizontal".
            zoom_in_strength: Displacement scale for the zoom-in trajectory (relative to subject
                depth). Default: 0.5. Limits: minimum 0, maximum 2.
            zoom_out_trajectory: Camera-trajectory preset for the zoom-out direction. Default:
                "horizontal_zoom".
            zoom_out_strength: Displacement scale for the zoom-out trajectory. Default: 1.5. Limits:
                minimum 0, maximum 3.
            resolution: Output resolution. 480p = 480x832, 720p = 720x1280. Higher resolutions take
                substantially longer to generate. Default: "480p".
            use_dmd: Enable the upstream DMD distillation LoRA and 4-step scheduler. The slower
                non-DMD scheduler is currently disabled for this endpoint because it can exceed
                serverless request limits. Default: true.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                15.
            num_inference_steps: Number of denoising steps per frame chunk. Ignored when ``use_dmd``
                is enabled because the DMD scheduler uses a fixed 4-step schedule. Default: 28.
                Limits: minimum 1, maximum 100.
            frames_per_second: Frame rate of the output video. Default: 16. Limits: minimum 8,
                maximum 24.
            seed: Random seed for reproducibility. If not provided, a random seed is chosen.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "zoom_direction": zoom_direction,
                "num_frames": num_frames,
                "zoom_in_trajectory": zoom_in_trajectory,
                "zoom_in_strength": zoom_in_strength,
                "zoom_out_trajectory": zoom_out_trajectory,
                "zoom_out_strength": zoom_out_strength,
                "resolution": resolution,
                "use_dmd": use_dmd,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        zoom_direction: Literal["in", "out", "both"] | Omit = omit,
        num_frames: Literal[81, 161, 241, 321, 401, 481] | Omit = omit,
        zoom_in_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_in_strength: float | Omit = omit,
        zoom_out_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_out_strength: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        use_dmd: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Lyra2ZoomOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. Lyra-2 hallucinates a video that starts from this
                image and moves the camera along the requested trajectory. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the scene. Best results come from prompts.
            zoom_direction: Whether to generate a zoom-in video (camera moves toward the subject), a
                zoom-out video (camera retreats), or a combined out-then-in video. Default: "in".
            num_frames: Number of frames per direction. Each AR chunk produces 80 frames, and the
                loop emits an extra anchor frame at the start, so valid values are 81, 161, 241,
                321, 401, 481. Default: 81.
            zoom_in_trajectory: Camera-trajectory preset for the zoom-in direction.
                ``horizontal_zoom`` is a straight translation along the z-axis;
                ``horizontal_zoom_bend`` adds a slight arc; ``spiral`` produces a spiraling
                approach. Default: "orbit_horizontal".
            zoom_in_strength: Displacement scale for the zoom-in trajectory (relative to subject
                depth). Default: 0.5. Limits: minimum 0, maximum 2.
            zoom_out_trajectory: Camera-trajectory preset for the zoom-out direction. Default:
                "horizontal_zoom".
            zoom_out_strength: Displacement scale for the zoom-out trajectory. Default: 1.5. Limits:
                minimum 0, maximum 3.
            resolution: Output resolution. 480p = 480x832, 720p = 720x1280. Higher resolutions take
                substantially longer to generate. Default: "480p".
            use_dmd: Enable the upstream DMD distillation LoRA and 4-step scheduler. The slower
                non-DMD scheduler is currently disabled for this endpoint because it can exceed
                serverless request limits. Default: true.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                15.
            num_inference_steps: Number of denoising steps per frame chunk. Ignored when ``use_dmd``
                is enabled because the DMD scheduler uses a fixed 4-step schedule. Default: 28.
                Limits: minimum 1, maximum 100.
            frames_per_second: Frame rate of the output video. Default: 16. Limits: minimum 8,
                maximum 24.
            seed: Random seed for reproducibility. If not provided, a random seed is chosen.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "zoom_direction": zoom_direction,
                "num_frames": num_frames,
                "zoom_in_trajectory": zoom_in_trajectory,
                "zoom_in_strength": zoom_in_strength,
                "zoom_out_trajectory": zoom_out_trajectory,
                "zoom_out_strength": zoom_out_strength,
                "resolution": resolution,
                "use_dmd": use_dmd,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        zoom_direction: Literal["in", "out", "both"] | Omit = omit,
        num_frames: Literal[81, 161, 241, 321, 401, 481] | Omit = omit,
        zoom_in_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_in_strength: float | Omit = omit,
        zoom_out_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_out_strength: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        use_dmd: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Lyra2ZoomOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. Lyra-2 hallucinates a video that starts from this
                image and moves the camera along the requested trajectory. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the scene. Best results come from prompts.
            zoom_direction: Whether to generate a zoom-in video (camera moves toward the subject), a
                zoom-out video (camera retreats), or a combined out-then-in video. Default: "in".
            num_frames: Number of frames per direction. Each AR chunk produces 80 frames, and the
                loop emits an extra anchor frame at the start, so valid values are 81, 161, 241,
                321, 401, 481. Default: 81.
            zoom_in_trajectory: Camera-trajectory preset for the zoom-in direction.
                ``horizontal_zoom`` is a straight translation along the z-axis;
                ``horizontal_zoom_bend`` adds a slight arc; ``spiral`` produces a spiraling
                approach. Default: "orbit_horizontal".
            zoom_in_strength: Displacement scale for the zoom-in trajectory (relative to subject
                depth). Default: 0.5. Limits: minimum 0, maximum 2.
            zoom_out_trajectory: Camera-trajectory preset for the zoom-out direction. Default:
                "horizontal_zoom".
            zoom_out_strength: Displacement scale for the zoom-out trajectory. Default: 1.5. Limits:
                minimum 0, maximum 3.
            resolution: Output resolution. 480p = 480x832, 720p = 720x1280. Higher resolutions take
                substantially longer to generate. Default: "480p".
            use_dmd: Enable the upstream DMD distillation LoRA and 4-step scheduler. The slower
                non-DMD scheduler is currently disabled for this endpoint because it can exceed
                serverless request limits. Default: true.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                15.
            num_inference_steps: Number of denoising steps per frame chunk. Ignored when ``use_dmd``
                is enabled because the DMD scheduler uses a fixed 4-step schedule. Default: 28.
                Limits: minimum 1, maximum 100.
            frames_per_second: Frame rate of the output video. Default: 16. Limits: minimum 8,
                maximum 24.
            seed: Random seed for reproducibility. If not provided, a random seed is chosen.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "zoom_direction": zoom_direction,
                "num_frames": num_frames,
                "zoom_in_trajectory": zoom_in_trajectory,
                "zoom_in_strength": zoom_in_strength,
                "zoom_out_trajectory": zoom_out_trajectory,
                "zoom_out_strength": zoom_out_strength,
                "resolution": resolution,
                "use_dmd": use_dmd,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        zoom_direction: Literal["in", "out", "both"] | Omit = omit,
        num_frames: Literal[81, 161, 241, 321, 401, 481] | Omit = omit,
        zoom_in_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_in_strength: float | Omit = omit,
        zoom_out_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_out_strength: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        use_dmd: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Lyra2ZoomOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. Lyra-2 hallucinates a video that starts from this
                image and moves the camera along the requested trajectory. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the scene. Best results come from prompts.
            zoom_direction: Whether to generate a zoom-in video (camera moves toward the subject), a
                zoom-out video (camera retreats), or a combined out-then-in video. Default: "in".
            num_frames: Number of frames per direction. Each AR chunk produces 80 frames, and the
                loop emits an extra anchor frame at the start, so valid values are 81, 161, 241,
                321, 401, 481. Default: 81.
            zoom_in_trajectory: Camera-trajectory preset for the zoom-in direction.
                ``horizontal_zoom`` is a straight translation along the z-axis;
                ``horizontal_zoom_bend`` adds a slight arc; ``spiral`` produces a spiraling
                approach. Default: "orbit_horizontal".
            zoom_in_strength: Displacement scale for the zoom-in trajectory (relative to subject
                depth). Default: 0.5. Limits: minimum 0, maximum 2.
            zoom_out_trajectory: Camera-trajectory preset for the zoom-out direction. Default:
                "horizontal_zoom".
            zoom_out_strength: Displacement scale for the zoom-out trajectory. Default: 1.5. Limits:
                minimum 0, maximum 3.
            resolution: Output resolution. 480p = 480x832, 720p = 720x1280. Higher resolutions take
                substantially longer to generate. Default: "480p".
            use_dmd: Enable the upstream DMD distillation LoRA and 4-step scheduler. The slower
                non-DMD scheduler is currently disabled for this endpoint because it can exceed
                serverless request limits. Default: true.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                15.
            num_inference_steps: Number of denoising steps per frame chunk. Ignored when ``use_dmd``
                is enabled because the DMD scheduler uses a fixed 4-step schedule. Default: 28.
                Limits: minimum 1, maximum 100.
            frames_per_second: Frame rate of the output video. Default: 16. Limits: minimum 8,
                maximum 24.
            seed: Random seed for reproducibility. If not provided, a random seed is chosen.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "zoom_direction": zoom_direction,
                "num_frames": num_frames,
                "zoom_in_trajectory": zoom_in_trajectory,
                "zoom_in_strength": zoom_in_strength,
                "zoom_out_trajectory": zoom_out_trajectory,
                "zoom_out_strength": zoom_out_strength,
                "resolution": resolution,
                "use_dmd": use_dmd,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncLyra2Zoom(AsyncEndpoint[Lyra2ZoomInput, Lyra2ZoomOutput]):
    """Lyra 2 Zoom (`fal-ai/lyra-2/zoom`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/lyra-2/zoom/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lyra-2/zoom"
    input_model: ClassVar[type[Lyra2ZoomInput]] = Lyra2ZoomInput
    output_model: ClassVar[type[Lyra2ZoomOutput]] = Lyra2ZoomOutput
    Input = Lyra2ZoomInput
    Output = Lyra2ZoomOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        zoom_direction: Literal["in", "out", "both"] | Omit = omit,
        num_frames: Literal[81, 161, 241, 321, 401, 481] | Omit = omit,
        zoom_in_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_in_strength: float | Omit = omit,
        zoom_out_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_out_strength: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        use_dmd: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Lyra2ZoomOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. Lyra-2 hallucinates a video that starts from this
                image and moves the camera along the requested trajectory. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the scene. Best results come from prompts.
            zoom_direction: Whether to generate a zoom-in video (camera moves toward the subject), a
                zoom-out video (camera retreats), or a combined out-then-in video. Default: "in".
            num_frames: Number of frames per direction. Each AR chunk produces 80 frames, and the
                loop emits an extra anchor frame at the start, so valid values are 81, 161, 241,
                321, 401, 481. Default: 81.
            zoom_in_trajectory: Camera-trajectory preset for the zoom-in direction.
                ``horizontal_zoom`` is a straight translation along the z-axis;
                ``horizontal_zoom_bend`` adds a slight arc; ``spiral`` produces a spiraling
                approach. Default: "orbit_horizontal".
            zoom_in_strength: Displacement scale for the zoom-in trajectory (relative to subject
                depth). Default: 0.5. Limits: minimum 0, maximum 2.
            zoom_out_trajectory: Camera-trajectory preset for the zoom-out direction. Default:
                "horizontal_zoom".
            zoom_out_strength: Displacement scale for the zoom-out trajectory. Default: 1.5. Limits:
                minimum 0, maximum 3.
            resolution: Output resolution. 480p = 480x832, 720p = 720x1280. Higher resolutions take
                substantially longer to generate. Default: "480p".
            use_dmd: Enable the upstream DMD distillation LoRA and 4-step scheduler. The slower
                non-DMD scheduler is currently disabled for this endpoint because it can exceed
                serverless request limits. Default: true.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                15.
            num_inference_steps: Number of denoising steps per frame chunk. Ignored when ``use_dmd``
                is enabled because the DMD scheduler uses a fixed 4-step schedule. Default: 28.
                Limits: minimum 1, maximum 100.
            frames_per_second: Frame rate of the output video. Default: 16. Limits: minimum 8,
                maximum 24.
            seed: Random seed for reproducibility. If not provided, a random seed is chosen.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "zoom_direction": zoom_direction,
                "num_frames": num_frames,
                "zoom_in_trajectory": zoom_in_trajectory,
                "zoom_in_strength": zoom_in_strength,
                "zoom_out_trajectory": zoom_out_trajectory,
                "zoom_out_strength": zoom_out_strength,
                "resolution": resolution,
                "use_dmd": use_dmd,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        zoom_direction: Literal["in", "out", "both"] | Omit = omit,
        num_frames: Literal[81, 161, 241, 321, 401, 481] | Omit = omit,
        zoom_in_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_in_strength: float | Omit = omit,
        zoom_out_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_out_strength: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        use_dmd: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Lyra2ZoomOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. Lyra-2 hallucinates a video that starts from this
                image and moves the camera along the requested trajectory. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the scene. Best results come from prompts.
            zoom_direction: Whether to generate a zoom-in video (camera moves toward the subject), a
                zoom-out video (camera retreats), or a combined out-then-in video. Default: "in".
            num_frames: Number of frames per direction. Each AR chunk produces 80 frames, and the
                loop emits an extra anchor frame at the start, so valid values are 81, 161, 241,
                321, 401, 481. Default: 81.
            zoom_in_trajectory: Camera-trajectory preset for the zoom-in direction.
                ``horizontal_zoom`` is a straight translation along the z-axis;
                ``horizontal_zoom_bend`` adds a slight arc; ``spiral`` produces a spiraling
                approach. Default: "orbit_horizontal".
            zoom_in_strength: Displacement scale for the zoom-in trajectory (relative to subject
                depth). Default: 0.5. Limits: minimum 0, maximum 2.
            zoom_out_trajectory: Camera-trajectory preset for the zoom-out direction. Default:
                "horizontal_zoom".
            zoom_out_strength: Displacement scale for the zoom-out trajectory. Default: 1.5. Limits:
                minimum 0, maximum 3.
            resolution: Output resolution. 480p = 480x832, 720p = 720x1280. Higher resolutions take
                substantially longer to generate. Default: "480p".
            use_dmd: Enable the upstream DMD distillation LoRA and 4-step scheduler. The slower
                non-DMD scheduler is currently disabled for this endpoint because it can exceed
                serverless request limits. Default: true.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                15.
            num_inference_steps: Number of denoising steps per frame chunk. Ignored when ``use_dmd``
                is enabled because the DMD scheduler uses a fixed 4-step schedule. Default: 28.
                Limits: minimum 1, maximum 100.
            frames_per_second: Frame rate of the output video. Default: 16. Limits: minimum 8,
                maximum 24.
            seed: Random seed for reproducibility. If not provided, a random seed is chosen.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "zoom_direction": zoom_direction,
                "num_frames": num_frames,
                "zoom_in_trajectory": zoom_in_trajectory,
                "zoom_in_strength": zoom_in_strength,
                "zoom_out_trajectory": zoom_out_trajectory,
                "zoom_out_strength": zoom_out_strength,
                "resolution": resolution,
                "use_dmd": use_dmd,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        zoom_direction: Literal["in", "out", "both"] | Omit = omit,
        num_frames: Literal[81, 161, 241, 321, 401, 481] | Omit = omit,
        zoom_in_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_in_strength: float | Omit = omit,
        zoom_out_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_out_strength: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        use_dmd: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Lyra2ZoomOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. Lyra-2 hallucinates a video that starts from this
                image and moves the camera along the requested trajectory. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the scene. Best results come from prompts.
            zoom_direction: Whether to generate a zoom-in video (camera moves toward the subject), a
                zoom-out video (camera retreats), or a combined out-then-in video. Default: "in".
            num_frames: Number of frames per direction. Each AR chunk produces 80 frames, and the
                loop emits an extra anchor frame at the start, so valid values are 81, 161, 241,
                321, 401, 481. Default: 81.
            zoom_in_trajectory: Camera-trajectory preset for the zoom-in direction.
                ``horizontal_zoom`` is a straight translation along the z-axis;
                ``horizontal_zoom_bend`` adds a slight arc; ``spiral`` produces a spiraling
                approach. Default: "orbit_horizontal".
            zoom_in_strength: Displacement scale for the zoom-in trajectory (relative to subject
                depth). Default: 0.5. Limits: minimum 0, maximum 2.
            zoom_out_trajectory: Camera-trajectory preset for the zoom-out direction. Default:
                "horizontal_zoom".
            zoom_out_strength: Displacement scale for the zoom-out trajectory. Default: 1.5. Limits:
                minimum 0, maximum 3.
            resolution: Output resolution. 480p = 480x832, 720p = 720x1280. Higher resolutions take
                substantially longer to generate. Default: "480p".
            use_dmd: Enable the upstream DMD distillation LoRA and 4-step scheduler. The slower
                non-DMD scheduler is currently disabled for this endpoint because it can exceed
                serverless request limits. Default: true.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                15.
            num_inference_steps: Number of denoising steps per frame chunk. Ignored when ``use_dmd``
                is enabled because the DMD scheduler uses a fixed 4-step schedule. Default: 28.
                Limits: minimum 1, maximum 100.
            frames_per_second: Frame rate of the output video. Default: 16. Limits: minimum 8,
                maximum 24.
            seed: Random seed for reproducibility. If not provided, a random seed is chosen.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "zoom_direction": zoom_direction,
                "num_frames": num_frames,
                "zoom_in_trajectory": zoom_in_trajectory,
                "zoom_in_strength": zoom_in_strength,
                "zoom_out_trajectory": zoom_out_trajectory,
                "zoom_out_strength": zoom_out_strength,
                "resolution": resolution,
                "use_dmd": use_dmd,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        zoom_direction: Literal["in", "out", "both"] | Omit = omit,
        num_frames: Literal[81, 161, 241, 321, 401, 481] | Omit = omit,
        zoom_in_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_in_strength: float | Omit = omit,
        zoom_out_trajectory: Literal[
            "horizontal_zoom",
            "horizontal_zoom_bend",
            "spiral",
            "dolly_zoom",
            "orbit_horizontal",
            "back",
        ]
        | Omit = omit,
        zoom_out_strength: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        use_dmd: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Lyra2ZoomOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. Lyra-2 hallucinates a video that starts from this
                image and moves the camera along the requested trajectory. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the scene. Best results come from prompts.
            zoom_direction: Whether to generate a zoom-in video (camera moves toward the subject), a
                zoom-out video (camera retreats), or a combined out-then-in video. Default: "in".
            num_frames: Number of frames per direction. Each AR chunk produces 80 frames, and the
                loop emits an extra anchor frame at the start, so valid values are 81, 161, 241,
                321, 401, 481. Default: 81.
            zoom_in_trajectory: Camera-trajectory preset for the zoom-in direction.
                ``horizontal_zoom`` is a straight translation along the z-axis;
                ``horizontal_zoom_bend`` adds a slight arc; ``spiral`` produces a spiraling
                approach. Default: "orbit_horizontal".
            zoom_in_strength: Displacement scale for the zoom-in trajectory (relative to subject
                depth). Default: 0.5. Limits: minimum 0, maximum 2.
            zoom_out_trajectory: Camera-trajectory preset for the zoom-out direction. Default:
                "horizontal_zoom".
            zoom_out_strength: Displacement scale for the zoom-out trajectory. Default: 1.5. Limits:
                minimum 0, maximum 3.
            resolution: Output resolution. 480p = 480x832, 720p = 720x1280. Higher resolutions take
                substantially longer to generate. Default: "480p".
            use_dmd: Enable the upstream DMD distillation LoRA and 4-step scheduler. The slower
                non-DMD scheduler is currently disabled for this endpoint because it can exceed
                serverless request limits. Default: true.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                15.
            num_inference_steps: Number of denoising steps per frame chunk. Ignored when ``use_dmd``
                is enabled because the DMD scheduler uses a fixed 4-step schedule. Default: 28.
                Limits: minimum 1, maximum 100.
            frames_per_second: Frame rate of the output video. Default: 16. Limits: minimum 8,
                maximum 24.
            seed: Random seed for reproducibility. If not provided, a random seed is chosen.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "zoom_direction": zoom_direction,
                "num_frames": num_frames,
                "zoom_in_trajectory": zoom_in_trajectory,
                "zoom_in_strength": zoom_in_strength,
                "zoom_out_trajectory": zoom_out_trajectory,
                "zoom_out_strength": zoom_out_strength,
                "resolution": resolution,
                "use_dmd": use_dmd,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "frames_per_second": frames_per_second,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
