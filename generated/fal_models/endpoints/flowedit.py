# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flowedit` (Flowedit)."""

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
from fal_models.models.flowedit import FloweditInput, FloweditOutput

__all__ = ["Flowedit", "AsyncFlowedit", "FloweditInput", "FloweditOutput"]


class Flowedit(SyncEndpoint[FloweditInput, FloweditOutput]):
    """Flowedit (`fal-ai/flowedit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flowedit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flowedit"
    input_model: ClassVar[type[FloweditInput]] = FloweditInput
    output_model: ClassVar[type[FloweditOutput]] = FloweditOutput
    Input = FloweditInput
    Output = FloweditOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        source_prompt: str,
        target_prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        src_guidance_scale: float | None | Omit = omit,
        tar_guidance_scale: float | None | Omit = omit,
        n_avg: int | None | Omit = omit,
        n_max: int | None | Omit = omit,
        n_min: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FloweditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            source_prompt: Prompt of the image to be used.
            target_prompt: Prompt of the image to be made.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_inference_steps: Steps for which the model should run. Default: 28. Limits: minimum
                1, maximum 50.
            src_guidance_scale: Guidance scale for the source. Default: 1.5. Limits: minimum 0,
                maximum 30.
            tar_guidance_scale: Guidance scale for target. Default: 5.5. Limits: minimum 0, maximum
                30.
            n_avg: Average step count. Default: 1.
            n_max: Control the strength of the edit. Default: 23.
            n_min: Minimum step for improved style edits. Default: 0.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "source_prompt": source_prompt,
                "target_prompt": target_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "src_guidance_scale": src_guidance_scale,
                "tar_guidance_scale": tar_guidance_scale,
                "n_avg": n_avg,
                "n_max": n_max,
                "n_min": n_min,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        source_prompt: str,
        target_prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        src_guidance_scale: float | None | Omit = omit,
        tar_guidance_scale: float | None | Omit = omit,
        n_avg: int | None | Omit = omit,
        n_max: int | None | Omit = omit,
        n_min: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FloweditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            source_prompt: Prompt of the image to be used.
            target_prompt: Prompt of the image to be made.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_inference_steps: Steps for which the model should run. Default: 28. Limits: minimum
                1, maximum 50.
            src_guidance_scale: Guidance scale for the source. Default: 1.5. Limits: minimum 0,
                maximum 30.
            tar_guidance_scale: Guidance scale for target. Default: 5.5. Limits: minimum 0, maximum
                30.
            n_avg: Average step count. Default: 1.
            n_max: Control the strength of the edit. Default: 23.
            n_min: Minimum step for improved style edits. Default: 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "source_prompt": source_prompt,
                "target_prompt": target_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "src_guidance_scale": src_guidance_scale,
                "tar_guidance_scale": tar_guidance_scale,
                "n_avg": n_avg,
                "n_max": n_max,
                "n_min": n_min,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        source_prompt: str,
        target_prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        src_guidance_scale: float | None | Omit = omit,
        tar_guidance_scale: float | None | Omit = omit,
        n_avg: int | None | Omit = omit,
        n_max: int | None | Omit = omit,
        n_min: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FloweditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            source_prompt: Prompt of the image to be used.
            target_prompt: Prompt of the image to be made.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_inference_steps: Steps for which the model should run. Default: 28. Limits: minimum
                1, maximum 50.
            src_guidance_scale: Guidance scale for the source. Default: 1.5. Limits: minimum 0,
                maximum 30.
            tar_guidance_scale: Guidance scale for target. Default: 5.5. Limits: minimum 0, maximum
                30.
            n_avg: Average step count. Default: 1.
            n_max: Control the strength of the edit. Default: 23.
            n_min: Minimum step for improved style edits. Default: 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "source_prompt": source_prompt,
                "target_prompt": target_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "src_guidance_scale": src_guidance_scale,
                "tar_guidance_scale": tar_guidance_scale,
                "n_avg": n_avg,
                "n_max": n_max,
                "n_min": n_min,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        source_prompt: str,
        target_prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        src_guidance_scale: float | None | Omit = omit,
        tar_guidance_scale: float | None | Omit = omit,
        n_avg: int | None | Omit = omit,
        n_max: int | None | Omit = omit,
        n_min: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FloweditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            source_prompt: Prompt of the image to be used.
            target_prompt: Prompt of the image to be made.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_inference_steps: Steps for which the model should run. Default: 28. Limits: minimum
                1, maximum 50.
            src_guidance_scale: Guidance scale for the source. Default: 1.5. Limits: minimum 0,
                maximum 30.
            tar_guidance_scale: Guidance scale for target. Default: 5.5. Limits: minimum 0, maximum
                30.
            n_avg: Average step count. Default: 1.
            n_max: Control the strength of the edit. Default: 23.
            n_min: Minimum step for improved style edits. Default: 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "source_prompt": source_prompt,
                "target_prompt": target_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "src_guidance_scale": src_guidance_scale,
                "tar_guidance_scale": tar_guidance_scale,
                "n_avg": n_avg,
                "n_max": n_max,
                "n_min": n_min,
            }
        )
        return self._stream(payload, options)


class AsyncFlowedit(AsyncEndpoint[FloweditInput, FloweditOutput]):
    """Flowedit (`fal-ai/flowedit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flowedit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flowedit"
    input_model: ClassVar[type[FloweditInput]] = FloweditInput
    output_model: ClassVar[type[FloweditOutput]] = FloweditOutput
    Input = FloweditInput
    Output = FloweditOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        source_prompt: str,
        target_prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        src_guidance_scale: float | None | Omit = omit,
        tar_guidance_scale: float | None | Omit = omit,
        n_avg: int | None | Omit = omit,
        n_max: int | None | Omit = omit,
        n_min: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FloweditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            source_prompt: Prompt of the image to be used.
            target_prompt: Prompt of the image to be made.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_inference_steps: Steps for which the model should run. Default: 28. Limits: minimum
                1, maximum 50.
            src_guidance_scale: Guidance scale for the source. Default: 1.5. Limits: minimum 0,
                maximum 30.
            tar_guidance_scale: Guidance scale for target. Default: 5.5. Limits: minimum 0, maximum
                30.
            n_avg: Average step count. Default: 1.
            n_max: Control the strength of the edit. Default: 23.
            n_min: Minimum step for improved style edits. Default: 0.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "source_prompt": source_prompt,
                "target_prompt": target_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "src_guidance_scale": src_guidance_scale,
                "tar_guidance_scale": tar_guidance_scale,
                "n_avg": n_avg,
                "n_max": n_max,
                "n_min": n_min,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        source_prompt: str,
        target_prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        src_guidance_scale: float | None | Omit = omit,
        tar_guidance_scale: float | None | Omit = omit,
        n_avg: int | None | Omit = omit,
        n_max: int | None | Omit = omit,
        n_min: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FloweditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            source_prompt: Prompt of the image to be used.
            target_prompt: Prompt of the image to be made.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_inference_steps: Steps for which the model should run. Default: 28. Limits: minimum
                1, maximum 50.
            src_guidance_scale: Guidance scale for the source. Default: 1.5. Limits: minimum 0,
                maximum 30.
            tar_guidance_scale: Guidance scale for target. Default: 5.5. Limits: minimum 0, maximum
                30.
            n_avg: Average step count. Default: 1.
            n_max: Control the strength of the edit. Default: 23.
            n_min: Minimum step for improved style edits. Default: 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "source_prompt": source_prompt,
                "target_prompt": target_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "src_guidance_scale": src_guidance_scale,
                "tar_guidance_scale": tar_guidance_scale,
                "n_avg": n_avg,
                "n_max": n_max,
                "n_min": n_min,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        source_prompt: str,
        target_prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        src_guidance_scale: float | None | Omit = omit,
        tar_guidance_scale: float | None | Omit = omit,
        n_avg: int | None | Omit = omit,
        n_max: int | None | Omit = omit,
        n_min: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FloweditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            source_prompt: Prompt of the image to be used.
            target_prompt: Prompt of the image to be made.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_inference_steps: Steps for which the model should run. Default: 28. Limits: minimum
                1, maximum 50.
            src_guidance_scale: Guidance scale for the source. Default: 1.5. Limits: minimum 0,
                maximum 30.
            tar_guidance_scale: Guidance scale for target. Default: 5.5. Limits: minimum 0, maximum
                30.
            n_avg: Average step count. Default: 1.
            n_max: Control the strength of the edit. Default: 23.
            n_min: Minimum step for improved style edits. Default: 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "source_prompt": source_prompt,
                "target_prompt": target_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "src_guidance_scale": src_guidance_scale,
                "tar_guidance_scale": tar_guidance_scale,
                "n_avg": n_avg,
                "n_max": n_max,
                "n_min": n_min,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        source_prompt: str,
        target_prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | None | Omit = omit,
        src_guidance_scale: float | None | Omit = omit,
        tar_guidance_scale: float | None | Omit = omit,
        n_avg: int | None | Omit = omit,
        n_max: int | None | Omit = omit,
        n_min: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FloweditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            source_prompt: Prompt of the image to be used.
            target_prompt: Prompt of the image to be made.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_inference_steps: Steps for which the model should run. Default: 28. Limits: minimum
                1, maximum 50.
            src_guidance_scale: Guidance scale for the source. Default: 1.5. Limits: minimum 0,
                maximum 30.
            tar_guidance_scale: Guidance scale for target. Default: 5.5. Limits: minimum 0, maximum
                30.
            n_avg: Average step count. Default: 1.
            n_max: Control the strength of the edit. Default: 23.
            n_min: Minimum step for improved style edits. Default: 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "source_prompt": source_prompt,
                "target_prompt": target_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "src_guidance_scale": src_guidance_scale,
                "tar_guidance_scale": tar_guidance_scale,
                "n_avg": n_avg,
                "n_max": n_max,
                "n_min": n_min,
            }
        )
        return self._stream(payload, options)
