# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-effects` (Wan Effects)."""

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
from fal_models.models.wan_effects import WanEffectsInput, WanEffectsOutput

__all__ = ["WanEffects", "AsyncWanEffects", "WanEffectsInput", "WanEffectsOutput"]


class WanEffects(SyncEndpoint[WanEffectsInput, WanEffectsOutput]):
    """Wan Effects (`fal-ai/wan-effects`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/wan-effects/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-effects"
    input_model: ClassVar[type[WanEffectsInput]] = WanEffectsInput
    output_model: ClassVar[type[WanEffectsOutput]] = WanEffectsOutput
    Input = WanEffectsInput
    Output = WanEffectsOutput

    def subscribe(
        self,
        *,
        subject: str,
        image_url: FileInput,
        effect_type: Literal[
            "squish",
            "muscle",
            "inflate",
            "crush",
            "rotate",
            "gun-shooting",
            "deflate",
            "cakeify",
            "hulk",
            "baby",
            "bride",
            "classy",
            "puppy",
            "snow-white",
            "disney-princess",
            "mona-lisa",
            "painting",
            "pirate-captain",
            "princess",
            "jungle",
            "samurai",
            "vip",
            "warrior",
            "zen",
            "assassin",
            "timelapse",
            "tsunami",
            "fire",
            "zoom-call",
            "doom-fps",
            "fus-ro-dah",
            "hug-jesus",
            "robot-face-reveal",
            "super-saiyan",
            "jumpscare",
            "laughing",
            "cartoon-jaw-drop",
            "crying",
            "kissing",
            "angry-face",
            "selfie-younger-self",
            "animeify",
            "blast",
        ]
        | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanEffectsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            subject: The subject to insert into the predefined prompt template for the selected
                effect.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            effect_type: The type of effect to apply to the video. Default: "cakeify".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Default: 16. Limits:
                minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            lora_scale: The scale of the LoRA weight. Used to adjust effect intensity. Default: 1.
                Limits: minimum 0.1, maximum 2.
            turbo_mode: Whether to use turbo mode. If True, the video will be generated faster but
                with lower quality. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "subject": subject,
                "image_url": image_url,
                "effect_type": effect_type,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "turbo_mode": turbo_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        subject: str,
        image_url: FileInput,
        effect_type: Literal[
            "squish",
            "muscle",
            "inflate",
            "crush",
            "rotate",
            "gun-shooting",
            "deflate",
            "cakeify",
            "hulk",
            "baby",
            "bride",
            "classy",
            "puppy",
            "snow-white",
            "disney-princess",
            "mona-lisa",
            "painting",
            "pirate-captain",
            "princess",
            "jungle",
            "samurai",
            "vip",
            "warrior",
            "zen",
            "assassin",
            "timelapse",
            "tsunami",
            "fire",
            "zoom-call",
            "doom-fps",
            "fus-ro-dah",
            "hug-jesus",
            "robot-face-reveal",
            "super-saiyan",
            "jumpscare",
            "laughing",
            "cartoon-jaw-drop",
            "crying",
            "kissing",
            "angry-face",
            "selfie-younger-self",
            "animeify",
            "blast",
        ]
        | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanEffectsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            subject: The subject to insert into the predefined prompt template for the selected
                effect.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            effect_type: The type of effect to apply to the video. Default: "cakeify".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Default: 16. Limits:
                minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            lora_scale: The scale of the LoRA weight. Used to adjust effect intensity. Default: 1.
                Limits: minimum 0.1, maximum 2.
            turbo_mode: Whether to use turbo mode. If True, the video will be generated faster but
                with lower quality. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "subject": subject,
                "image_url": image_url,
                "effect_type": effect_type,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "turbo_mode": turbo_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        subject: str,
        image_url: FileInput,
        effect_type: Literal[
            "squish",
            "muscle",
            "inflate",
            "crush",
            "rotate",
            "gun-shooting",
            "deflate",
            "cakeify",
            "hulk",
            "baby",
            "bride",
            "classy",
            "puppy",
            "snow-white",
            "disney-princess",
            "mona-lisa",
            "painting",
            "pirate-captain",
            "princess",
            "jungle",
            "samurai",
            "vip",
            "warrior",
            "zen",
            "assassin",
            "timelapse",
            "tsunami",
            "fire",
            "zoom-call",
            "doom-fps",
            "fus-ro-dah",
            "hug-jesus",
            "robot-face-reveal",
            "super-saiyan",
            "jumpscare",
            "laughing",
            "cartoon-jaw-drop",
            "crying",
            "kissing",
            "angry-face",
            "selfie-younger-self",
            "animeify",
            "blast",
        ]
        | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanEffectsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            subject: The subject to insert into the predefined prompt template for the selected
                effect.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            effect_type: The type of effect to apply to the video. Default: "cakeify".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Default: 16. Limits:
                minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            lora_scale: The scale of the LoRA weight. Used to adjust effect intensity. Default: 1.
                Limits: minimum 0.1, maximum 2.
            turbo_mode: Whether to use turbo mode. If True, the video will be generated faster but
                with lower quality. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "subject": subject,
                "image_url": image_url,
                "effect_type": effect_type,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "turbo_mode": turbo_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        subject: str,
        image_url: FileInput,
        effect_type: Literal[
            "squish",
            "muscle",
            "inflate",
            "crush",
            "rotate",
            "gun-shooting",
            "deflate",
            "cakeify",
            "hulk",
            "baby",
            "bride",
            "classy",
            "puppy",
            "snow-white",
            "disney-princess",
            "mona-lisa",
            "painting",
            "pirate-captain",
            "princess",
            "jungle",
            "samurai",
            "vip",
            "warrior",
            "zen",
            "assassin",
            "timelapse",
            "tsunami",
            "fire",
            "zoom-call",
            "doom-fps",
            "fus-ro-dah",
            "hug-jesus",
            "robot-face-reveal",
            "super-saiyan",
            "jumpscare",
            "laughing",
            "cartoon-jaw-drop",
            "crying",
            "kissing",
            "angry-face",
            "selfie-younger-self",
            "animeify",
            "blast",
        ]
        | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanEffectsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            subject: The subject to insert into the predefined prompt template for the selected
                effect.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            effect_type: The type of effect to apply to the video. Default: "cakeify".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Default: 16. Limits:
                minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            lora_scale: The scale of the LoRA weight. Used to adjust effect intensity. Default: 1.
                Limits: minimum 0.1, maximum 2.
            turbo_mode: Whether to use turbo mode. If True, the video will be generated faster but
                with lower quality. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "subject": subject,
                "image_url": image_url,
                "effect_type": effect_type,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "turbo_mode": turbo_mode,
            }
        )
        return self._stream(payload, options)


class AsyncWanEffects(AsyncEndpoint[WanEffectsInput, WanEffectsOutput]):
    """Wan Effects (`fal-ai/wan-effects`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/wan-effects/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-effects"
    input_model: ClassVar[type[WanEffectsInput]] = WanEffectsInput
    output_model: ClassVar[type[WanEffectsOutput]] = WanEffectsOutput
    Input = WanEffectsInput
    Output = WanEffectsOutput

    async def subscribe(
        self,
        *,
        subject: str,
        image_url: FileInput,
        effect_type: Literal[
            "squish",
            "muscle",
            "inflate",
            "crush",
            "rotate",
            "gun-shooting",
            "deflate",
            "cakeify",
            "hulk",
            "baby",
            "bride",
            "classy",
            "puppy",
            "snow-white",
            "disney-princess",
            "mona-lisa",
            "painting",
            "pirate-captain",
            "princess",
            "jungle",
            "samurai",
            "vip",
            "warrior",
            "zen",
            "assassin",
            "timelapse",
            "tsunami",
            "fire",
            "zoom-call",
            "doom-fps",
            "fus-ro-dah",
            "hug-jesus",
            "robot-face-reveal",
            "super-saiyan",
            "jumpscare",
            "laughing",
            "cartoon-jaw-drop",
            "crying",
            "kissing",
            "angry-face",
            "selfie-younger-self",
            "animeify",
            "blast",
        ]
        | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanEffectsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            subject: The subject to insert into the predefined prompt template for the selected
                effect.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            effect_type: The type of effect to apply to the video. Default: "cakeify".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Default: 16. Limits:
                minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            lora_scale: The scale of the LoRA weight. Used to adjust effect intensity. Default: 1.
                Limits: minimum 0.1, maximum 2.
            turbo_mode: Whether to use turbo mode. If True, the video will be generated faster but
                with lower quality. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "subject": subject,
                "image_url": image_url,
                "effect_type": effect_type,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "turbo_mode": turbo_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        subject: str,
        image_url: FileInput,
        effect_type: Literal[
            "squish",
            "muscle",
            "inflate",
            "crush",
            "rotate",
            "gun-shooting",
            "deflate",
            "cakeify",
            "hulk",
            "baby",
            "bride",
            "classy",
            "puppy",
            "snow-white",
            "disney-princess",
            "mona-lisa",
            "painting",
            "pirate-captain",
            "princess",
            "jungle",
            "samurai",
            "vip",
            "warrior",
            "zen",
            "assassin",
            "timelapse",
            "tsunami",
            "fire",
            "zoom-call",
            "doom-fps",
            "fus-ro-dah",
            "hug-jesus",
            "robot-face-reveal",
            "super-saiyan",
            "jumpscare",
            "laughing",
            "cartoon-jaw-drop",
            "crying",
            "kissing",
            "angry-face",
            "selfie-younger-self",
            "animeify",
            "blast",
        ]
        | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanEffectsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            subject: The subject to insert into the predefined prompt template for the selected
                effect.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            effect_type: The type of effect to apply to the video. Default: "cakeify".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Default: 16. Limits:
                minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            lora_scale: The scale of the LoRA weight. Used to adjust effect intensity. Default: 1.
                Limits: minimum 0.1, maximum 2.
            turbo_mode: Whether to use turbo mode. If True, the video will be generated faster but
                with lower quality. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "subject": subject,
                "image_url": image_url,
                "effect_type": effect_type,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "turbo_mode": turbo_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        subject: str,
        image_url: FileInput,
        effect_type: Literal[
            "squish",
            "muscle",
            "inflate",
            "crush",
            "rotate",
            "gun-shooting",
            "deflate",
            "cakeify",
            "hulk",
            "baby",
            "bride",
            "classy",
            "puppy",
            "snow-white",
            "disney-princess",
            "mona-lisa",
            "painting",
            "pirate-captain",
            "princess",
            "jungle",
            "samurai",
            "vip",
            "warrior",
            "zen",
            "assassin",
            "timelapse",
            "tsunami",
            "fire",
            "zoom-call",
            "doom-fps",
            "fus-ro-dah",
            "hug-jesus",
            "robot-face-reveal",
            "super-saiyan",
            "jumpscare",
            "laughing",
            "cartoon-jaw-drop",
            "crying",
            "kissing",
            "angry-face",
            "selfie-younger-self",
            "animeify",
            "blast",
        ]
        | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanEffectsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            subject: The subject to insert into the predefined prompt template for the selected
                effect.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            effect_type: The type of effect to apply to the video. Default: "cakeify".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Default: 16. Limits:
                minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            lora_scale: The scale of the LoRA weight. Used to adjust effect intensity. Default: 1.
                Limits: minimum 0.1, maximum 2.
            turbo_mode: Whether to use turbo mode. If True, the video will be generated faster but
                with lower quality. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "subject": subject,
                "image_url": image_url,
                "effect_type": effect_type,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "turbo_mode": turbo_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        subject: str,
        image_url: FileInput,
        effect_type: Literal[
            "squish",
            "muscle",
            "inflate",
            "crush",
            "rotate",
            "gun-shooting",
            "deflate",
            "cakeify",
            "hulk",
            "baby",
            "bride",
            "classy",
            "puppy",
            "snow-white",
            "disney-princess",
            "mona-lisa",
            "painting",
            "pirate-captain",
            "princess",
            "jungle",
            "samurai",
            "vip",
            "warrior",
            "zen",
            "assassin",
            "timelapse",
            "tsunami",
            "fire",
            "zoom-call",
            "doom-fps",
            "fus-ro-dah",
            "hug-jesus",
            "robot-face-reveal",
            "super-saiyan",
            "jumpscare",
            "laughing",
            "cartoon-jaw-drop",
            "crying",
            "kissing",
            "angry-face",
            "selfie-younger-self",
            "animeify",
            "blast",
        ]
        | Omit = omit,
        num_frames: int | Omit = omit,
        frames_per_second: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanEffectsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            subject: The subject to insert into the predefined prompt template for the selected
                effect.
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            effect_type: The type of effect to apply to the video. Default: "cakeify".
            num_frames: Number of frames to generate. Default: 81. Limits: minimum 81, maximum 100.
            frames_per_second: Frames per second of the generated video. Default: 16. Limits:
                minimum 5, maximum 24.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the output video. Default: "16:9".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 40.
            lora_scale: The scale of the LoRA weight. Used to adjust effect intensity. Default: 1.
                Limits: minimum 0.1, maximum 2.
            turbo_mode: Whether to use turbo mode. If True, the video will be generated faster but
                with lower quality. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "subject": subject,
                "image_url": image_url,
                "effect_type": effect_type,
                "num_frames": num_frames,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "turbo_mode": turbo_mode,
            }
        )
        return self._stream(payload, options)
