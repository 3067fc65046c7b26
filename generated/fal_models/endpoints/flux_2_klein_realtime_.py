# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2/klein/realtime` (Flux 2 Klein Realtime)."""

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
from fal_models.models.flux_2_klein_realtime_ import (
    Flux2KleinRealtimeInput,
    Flux2KleinRealtimeOutput,
)

__all__ = [
    "Flux2KleinRealtime",
    "AsyncFlux2KleinRealtime",
    "Flux2KleinRealtimeInput",
    "Flux2KleinRealtimeOutput",
]


class Flux2KleinRealtime(SyncEndpoint[Flux2KleinRealtimeInput, Flux2KleinRealtimeOutput]):
    """Flux 2 Klein Realtime (`fal-ai/flux-2/klein/realtime`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/klein/realtime/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2/klein/realtime"
    input_model: ClassVar[type[Flux2KleinRealtimeInput]] = Flux2KleinRealtimeInput
    output_model: ClassVar[type[Flux2KleinRealtimeOutput]] = Flux2KleinRealtimeOutput
    Input = Flux2KleinRealtimeInput
    Output = Flux2KleinRealtimeOutput

    def subscribe(
        self,
        *,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        schedule_mu: float | Omit = omit,
        prompt: str | Omit = omit,
        output_feedback_strength: float | Omit = omit,
        image_url: FileInput,
        enable_interpolation: bool | Omit = omit,
        image_size: Literal["square", "square_hd"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Flux2KleinRealtimeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            seed: Random seed for reproducibility. Default: 35.
            num_inference_steps: See fal's docs. Default: 3. Limits: minimum 1, maximum 8.
            schedule_mu: Schedule mu for time shift. 2.3=default, lower=more even denoising,
                0.3=nearly linear. Default: 2.3. Limits: minimum 0.3, maximum 2.5.
            prompt: The prompt to guide image editing. Default: "Turn this into \\"Living oil
                painting, melting gold and sapphire\\"".
            output_feedback_strength: Output feedback loop. 1.0 = pure noise (no feedback), 0.9 =
                90% noise + 10% previous output latent. Default: 1. Limits: minimum 0, maximum 1.
            image_url: Base64-encoded image data URI for editing. CDN URLs are not supported for
                realtime. For optimal performance, use 704x704 JPEG images with 50% quality. Other
                sizes will be resized automatically. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            enable_interpolation: Enable RIFE frame interpolation between consecutive frames
                (doubles output frames). Default: false.
            image_size: The size of the generated image. square=768x768, square_hd=1024x1024.
                Default: "square".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "schedule_mu": schedule_mu,
                "prompt": prompt,
                "output_feedback_strength": output_feedback_strength,
                "image_url": image_url,
                "enable_interpolation": enable_interpolation,
                "image_size": image_size,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        schedule_mu: float | Omit = omit,
        prompt: str | Omit = omit,
        output_feedback_strength: float | Omit = omit,
        image_url: FileInput,
        enable_interpolation: bool | Omit = omit,
        image_size: Literal["square", "square_hd"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux2KleinRealtimeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            seed: Random seed for reproducibility. Default: 35.
            num_inference_steps: See fal's docs. Default: 3. Limits: minimum 1, maximum 8.
            schedule_mu: Schedule mu for time shift. 2.3=default, lower=more even denoising,
                0.3=nearly linear. Default: 2.3. Limits: minimum 0.3, maximum 2.5.
            prompt: The prompt to guide image editing. Default: "Turn this into \\"Living oil
                painting, melting gold and sapphire\\"".
            output_feedback_strength: Output feedback loop. 1.0 = pure noise (no feedback), 0.9 =
                90% noise + 10% previous output latent. Default: 1. Limits: minimum 0, maximum 1.
            image_url: Base64-encoded image data URI for editing. CDN URLs are not supported for
                realtime. For optimal performance, use 704x704 JPEG images with 50% quality. Other
                sizes will be resized automatically. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            enable_interpolation: Enable RIFE frame interpolation between consecutive frames
                (doubles output frames). Default: false.
            image_size: The size of the generated image. square=768x768, square_hd=1024x1024.
                Default: "square".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "schedule_mu": schedule_mu,
                "prompt": prompt,
                "output_feedback_strength": output_feedback_strength,
                "image_url": image_url,
                "enable_interpolation": enable_interpolation,
                "image_size": image_size,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        schedule_mu: float | Omit = omit,
        prompt: str | Omit = omit,
        output_feedback_strength: float | Omit = omit,
        image_url: FileInput,
        enable_interpolation: bool | Omit = omit,
        image_size: Literal["square", "square_hd"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2KleinRealtimeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            seed: Random seed for reproducibility. Default: 35.
            num_inference_steps: See fal's docs. Default: 3. Limits: minimum 1, maximum 8.
            schedule_mu: Schedule mu for time shift. 2.3=default, lower=more even denoising,
                0.3=nearly linear. Default: 2.3. Limits: minimum 0.3, maximum 2.5.
            prompt: The prompt to guide image editing. Default: "Turn this into \\"Living oil
                painting, melting gold and sapphire\\"".
            output_feedback_strength: Output feedback loop. 1.0 = pure noise (no feedback), 0.9 =
                90% noise + 10% previous output latent. Default: 1. Limits: minimum 0, maximum 1.
            image_url: Base64-encoded image data URI for editing. CDN URLs are not supported for
                realtime. For optimal performance, use 704x704 JPEG images with 50% quality. Other
                sizes will be resized automatically. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            enable_interpolation: Enable RIFE frame interpolation between consecutive frames
                (doubles output frames). Default: false.
            image_size: The size of the generated image. square=768x768, square_hd=1024x1024.
                Default: "square".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "schedule_mu": schedule_mu,
                "prompt": prompt,
                "output_feedback_strength": output_feedback_strength,
                "image_url": image_url,
                "enable_interpolation": enable_interpolation,
                "image_size": image_size,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        schedule_mu: float | Omit = omit,
        prompt: str | Omit = omit,
        output_feedback_strength: float | Omit = omit,
        image_url: FileInput,
        enable_interpolation: bool | Omit = omit,
        image_size: Literal["square", "square_hd"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux2KleinRealtimeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            seed: Random seed for reproducibility. Default: 35.
            num_inference_steps: See fal's docs. Default: 3. Limits: minimum 1, maximum 8.
            schedule_mu: Schedule mu for time shift. 2.3=default, lower=more even denoising,
                0.3=nearly linear. Default: 2.3. Limits: minimum 0.3, maximum 2.5.
            prompt: The prompt to guide image editing. Default: "Turn this into \\"Living oil
                painting, melting gold and sapphire\\"".
            output_feedback_strength: Output feedback loop. 1.0 = pure noise (no feedback), 0.9 =
                90% noise + 10% previous output latent. Default: 1. Limits: minimum 0, maximum 1.
            image_url: Base64-encoded image data URI for editing. CDN URLs are not supported for
                realtime. For optimal performance, use 704x704 JPEG images with 50% quality. Other
                sizes will be resized automatically. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            enable_interpolation: Enable RIFE frame interpolation between consecutive frames
                (doubles output frames). Default: false.
            image_size: The size of the generated image. square=768x768, square_hd=1024x1024.
                Default: "square".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "schedule_mu": schedule_mu,
                "prompt": prompt,
                "output_feedback_strength": output_feedback_strength,
                "image_url": image_url,
                "enable_interpolation": enable_interpolation,
                "image_size": image_size,
            }
        )
        return self._stream(payload, options)


class AsyncFlux2KleinRealtime(AsyncEndpoint[Flux2KleinRealtimeInput, Flux2KleinRealtimeOutput]):
    """Flux 2 Klein Realtime (`fal-ai/flux-2/klein/realtime`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/klein/realtime/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2/klein/realtime"
    input_model: ClassVar[type[Flux2KleinRealtimeInput]] = Flux2KleinRealtimeInput
    output_model: ClassVar[type[Flux2KleinRealtimeOutput]] = Flux2KleinRealtimeOutput
    Input = Flux2KleinRealtimeInput
    Output = Flux2KleinRealtimeOutput

    async def subscribe(
        self,
        *,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        schedule_mu: float | Omit = omit,
        prompt: str | Omit = omit,
        output_feedback_strength: float | Omit = omit,
        image_url: FileInput,
        enable_interpolation: bool | Omit = omit,
        image_size: Literal["square", "square_hd"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2KleinRealtimeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            seed: Random seed for reproducibility. Default: 35.
            num_inference_steps: See fal's docs. Default: 3. Limits: minimum 1, maximum 8.
            schedule_mu: Schedule mu for time shift. 2.3=default, lower=more even denoising,
                0.3=nearly linear. Default: 2.3. Limits: minimum 0.3, maximum 2.5.
            prompt: The prompt to guide image editing. Default: "Turn this into \\"Living oil
                painting, melting gold and sapphire\\"".
            output_feedback_strength: Output feedback loop. 1.0 = pure noise (no feedback), 0.9 =
                90% noise + 10% previous output latent. Default: 1. Limits: minimum 0, maximum 1.
            image_url: Base64-encoded image data URI for editing. CDN URLs are not supported for
                realtime. For optimal performance, use 704x704 JPEG images with 50% quality. Other
                sizes will be resized automatically. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            enable_interpolation: Enable RIFE frame interpolation between consecutive frames
                (doubles output frames). Default: false.
            image_size: The size of the generated image. square=768x768, square_hd=1024x1024.
                Default: "square".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "schedule_mu": schedule_mu,
                "prompt": prompt,
                "output_feedback_strength": output_feedback_strength,
                "image_url": image_url,
                "enable_interpolation": enable_interpolation,
                "image_size": image_size,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        schedule_mu: float | Omit = omit,
        prompt: str | Omit = omit,
        output_feedback_strength: float | Omit = omit,
        image_url: FileInput,
        enable_interpolation: bool | Omit = omit,
        image_size: Literal["square", "square_hd"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux2KleinRealtimeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            seed: Random seed for reproducibility. Default: 35.
            num_inference_steps: See fal's docs. Default: 3. Limits: minimum 1, maximum 8.
            schedule_mu: Schedule mu for time shift. 2.3=default, lower=more even denoising,
                0.3=nearly linear. Default: 2.3. Limits: minimum 0.3, maximum 2.5.
            prompt: The prompt to guide image editing. Default: "Turn this into \\"Living oil
                painting, melting gold and sapphire\\"".
            output_feedback_strength: Output feedback loop. 1.0 = pure noise (no feedback), 0.9 =
                90% noise + 10% previous output latent. Default: 1. Limits: minimum 0, maximum 1.
            image_url: Base64-encoded image data URI for editing. CDN URLs are not supported for
                realtime. For optimal performance, use 704x704 JPEG images with 50% quality. Other
                sizes will be resized automatically. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            enable_interpolation: Enable RIFE frame interpolation between consecutive frames
                (doubles output frames). Default: false.
            image_size: The size of the generated image. square=768x768, square_hd=1024x1024.
                Default: "square".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "schedule_mu": schedule_mu,
                "prompt": prompt,
                "output_feedback_strength": output_feedback_strength,
                "image_url": image_url,
                "enable_interpolation": enable_interpolation,
                "image_size": image_size,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        schedule_mu: float | Omit = omit,
        prompt: str | Omit = omit,
        output_feedback_strength: float | Omit = omit,
        image_url: FileInput,
        enable_interpolation: bool | Omit = omit,
        image_size: Literal["square", "square_hd"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2KleinRealtimeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            seed: Random seed for reproducibility. Default: 35.
            num_inference_steps: See fal's docs. Default: 3. Limits: minimum 1, maximum 8.
            schedule_mu: Schedule mu for time shift. 2.3=default, lower=more even denoising,
                0.3=nearly linear. Default: 2.3. Limits: minimum 0.3, maximum 2.5.
            prompt: The prompt to guide image editing. Default: "Turn this into \\"Living oil
                painting, melting gold and sapphire\\"".
            output_feedback_strength: Output feedback loop. 1.0 = pure noise (no feedback), 0.9 =
                90% noise + 10% previous output latent. Default: 1. Limits: minimum 0, maximum 1.
            image_url: Base64-encoded image data URI for editing. CDN URLs are not supported for
                realtime. For optimal performance, use 704x704 JPEG images with 50% quality. Other
                sizes will be resized automatically. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            enable_interpolation: Enable RIFE frame interpolation between consecutive frames
                (doubles output frames). Default: false.
            image_size: The size of the generated image. square=768x768, square_hd=1024x1024.
                Default: "square".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "schedule_mu": schedule_mu,
                "prompt": prompt,
                "output_feedback_strength": output_feedback_strength,
                "image_url": image_url,
                "enable_interpolation": enable_interpolation,
                "image_size": image_size,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        schedule_mu: float | Omit = omit,
        prompt: str | Omit = omit,
        output_feedback_strength: float | Omit = omit,
        image_url: FileInput,
        enable_interpolation: bool | Omit = omit,
        image_size: Literal["square", "square_hd"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux2KleinRealtimeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            seed: Random seed for reproducibility. Default: 35.
            num_inference_steps: See fal's docs. Default: 3. Limits: minimum 1, maximum 8.
            schedule_mu: Schedule mu for time shift. 2.3=default, lower=more even denoising,
                0.3=nearly linear. Default: 2.3. Limits: minimum 0.3, maximum 2.5.
            prompt: The prompt to guide image editing. Default: "Turn this into \\"Living oil
                painting, melting gold and sapphire\\"".
            output_feedback_strength: Output feedback loop. 1.0 = pure noise (no feedback), 0.9 =
                90% noise + 10% previous output latent. Default: 1. Limits: minimum 0, maximum 1.
            image_url: Base64-encoded image data URI for editing. CDN URLs are not supported for
                realtime. For optimal performance, use 704x704 JPEG images with 50% quality. Other
                sizes will be resized automatically. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            enable_interpolation: Enable RIFE frame interpolation between consecutive frames
                (doubles output frames). Default: false.
            image_size: The size of the generated image. square=768x768, square_hd=1024x1024.
                Default: "square".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "schedule_mu": schedule_mu,
                "prompt": prompt,
                "output_feedback_strength": output_feedback_strength,
                "image_url": image_url,
                "enable_interpolation": enable_interpolation,
                "image_size": image_size,
            }
        )
        return self._stream(payload, options)
