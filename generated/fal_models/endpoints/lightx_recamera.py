# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/lightx/recamera` (Lightx Recamera)."""

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
from fal_models.models.lightx_recamera import (
    LightxRecameraInput,
    LightxRecameraOutput,
    TrajectoryParameters,
)

__all__ = ["LightxRecamera", "AsyncLightxRecamera", "LightxRecameraInput", "LightxRecameraOutput"]


class LightxRecamera(SyncEndpoint[LightxRecameraInput, LightxRecameraOutput]):
    """Lightx Recamera (`fal-ai/lightx/recamera`).

    Re-camera-only request (minimal schema).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/lightx/recamera/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lightx/recamera"
    input_model: ClassVar[type[LightxRecameraInput]] = LightxRecameraInput
    output_model: ClassVar[type[LightxRecameraOutput]] = LightxRecameraOutput
    Input = LightxRecameraInput
    Output = LightxRecameraOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        camera: Literal["traj", "target"] | Omit = omit,
        mode: Literal["gradual", "bullet", "direct", "dolly-zoom"] | Omit = omit,
        trajectory: TrajectoryParameters | None | Omit = omit,
        target_pose: list[float] | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LightxRecameraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            camera: Camera control mode. Default: "traj".
            mode: Camera motion mode. Default: "gradual".
            trajectory: Camera trajectory parameters (required for recamera mode).
            target_pose: Target camera pose [theta, phi, radius, x, y] (required when
                camera='target').
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "camera": camera,
                "mode": mode,
                "trajectory": trajectory,
                "target_pose": target_pose,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        camera: Literal["traj", "target"] | Omit = omit,
        mode: Literal["gradual", "bullet", "direct", "dolly-zoom"] | Omit = omit,
        trajectory: TrajectoryParameters | None | Omit = omit,
        target_pose: list[float] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LightxRecameraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            camera: Camera control mode. Default: "traj".
            mode: Camera motion mode. Default: "gradual".
            trajectory: Camera trajectory parameters (required for recamera mode).
            target_pose: Target camera pose [theta, phi, radius, x, y] (required when
                camera='target').
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "camera": camera,
                "mode": mode,
                "trajectory": trajectory,
                "target_pose": target_pose,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        camera: Literal["traj", "target"] | Omit = omit,
        mode: Literal["gradual", "bullet", "direct", "dolly-zoom"] | Omit = omit,
        trajectory: TrajectoryParameters | None | Omit = omit,
        target_pose: list[float] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LightxRecameraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            camera: Camera control mode. Default: "traj".
            mode: Camera motion mode. Default: "gradual".
            trajectory: Camera trajectory parameters (required for recamera mode).
            target_pose: Target camera pose [theta, phi, radius, x, y] (required when
                camera='target').
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "camera": camera,
                "mode": mode,
                "trajectory": trajectory,
                "target_pose": target_pose,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        camera: Literal["traj", "target"] | Omit = omit,
        mode: Literal["gradual", "bullet", "direct", "dolly-zoom"] | Omit = omit,
        trajectory: TrajectoryParameters | None | Omit = omit,
        target_pose: list[float] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LightxRecameraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            camera: Camera control mode. Default: "traj".
            mode: Camera motion mode. Default: "gradual".
            trajectory: Camera trajectory parameters (required for recamera mode).
            target_pose: Target camera pose [theta, phi, radius, x, y] (required when
                camera='target').
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "camera": camera,
                "mode": mode,
                "trajectory": trajectory,
                "target_pose": target_pose,
            }
        )
        return self._stream(payload, options)


class AsyncLightxRecamera(AsyncEndpoint[LightxRecameraInput, LightxRecameraOutput]):
    """Lightx Recamera (`fal-ai/lightx/recamera`).

    Re-camera-only request (minimal schema).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/lightx/recamera/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lightx/recamera"
    input_model: ClassVar[type[LightxRecameraInput]] = LightxRecameraInput
    output_model: ClassVar[type[LightxRecameraOutput]] = LightxRecameraOutput
    Input = LightxRecameraInput
    Output = LightxRecameraOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        camera: Literal["traj", "target"] | Omit = omit,
        mode: Literal["gradual", "bullet", "direct", "dolly-zoom"] | Omit = omit,
        trajectory: TrajectoryParameters | None | Omit = omit,
        target_pose: list[float] | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LightxRecameraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            camera: Camera control mode. Default: "traj".
            mode: Camera motion mode. Default: "gradual".
            trajectory: Camera trajectory parameters (required for recamera mode).
            target_pose: Target camera pose [theta, phi, radius, x, y] (required when
                camera='target').
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "camera": camera,
                "mode": mode,
                "trajectory": trajectory,
                "target_pose": target_pose,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        camera: Literal["traj", "target"] | Omit = omit,
        mode: Literal["gradual", "bullet", "direct", "dolly-zoom"] | Omit = omit,
        trajectory: TrajectoryParameters | None | Omit = omit,
        target_pose: list[float] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LightxRecameraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            camera: Camera control mode. Default: "traj".
            mode: Camera motion mode. Default: "gradual".
            trajectory: Camera trajectory parameters (required for recamera mode).
            target_pose: Target camera pose [theta, phi, radius, x, y] (required when
                camera='target').
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "camera": camera,
                "mode": mode,
                "trajectory": trajectory,
                "target_pose": target_pose,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        camera: Literal["traj", "target"] | Omit = omit,
        mode: Literal["gradual", "bullet", "direct", "dolly-zoom"] | Omit = omit,
        trajectory: TrajectoryParameters | None | Omit = omit,
        target_pose: list[float] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LightxRecameraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            camera: Camera control mode. Default: "traj".
            mode: Camera motion mode. Default: "gradual".
            trajectory: Camera trajectory parameters (required for recamera mode).
            target_pose: Target camera pose [theta, phi, radius, x, y] (required when
                camera='target').
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "camera": camera,
                "mode": mode,
                "trajectory": trajectory,
                "target_pose": target_pose,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        camera: Literal["traj", "target"] | Omit = omit,
        mode: Literal["gradual", "bullet", "direct", "dolly-zoom"] | Omit = omit,
        trajectory: TrajectoryParameters | None | Omit = omit,
        target_pose: list[float] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LightxRecameraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            camera: Camera control mode. Default: "traj".
            mode: Camera motion mode. Default: "gradual".
            trajectory: Camera trajectory parameters (required for recamera mode).
            target_pose: Target camera pose [theta, phi, radius, x, y] (required when
                camera='target').
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "camera": camera,
                "mode": mode,
                "trajectory": trajectory,
                "target_pose": target_pose,
            }
        )
        return self._stream(payload, options)
