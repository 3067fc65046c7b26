# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/topaz/upscale/image` (Topaz Upscale Image)."""

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
from fal_models.models.topaz_upscale_image import TopazUpscaleImageInput, TopazUpscaleImageOutput

__all__ = [
    "TopazUpscaleImage",
    "AsyncTopazUpscaleImage",
    "TopazUpscaleImageInput",
    "TopazUpscaleImageOutput",
]


class TopazUpscaleImage(SyncEndpoint[TopazUpscaleImageInput, TopazUpscaleImageOutput]):
    """Topaz Upscale Image (`fal-ai/topaz/upscale/image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/topaz/upscale/image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/topaz/upscale/image"
    input_model: ClassVar[type[TopazUpscaleImageInput]] = TopazUpscaleImageInput
    output_model: ClassVar[type[TopazUpscaleImageOutput]] = TopazUpscaleImageOutput
    Input = TopazUpscaleImageInput
    Output = TopazUpscaleImageOutput

    def subscribe(
        self,
        *,
        model: Literal[
            "Low Resolution V2",
            "Standard V2",
            "CGI",
            "High Fidelity V2",
            "Text Refine",
            "Recovery",
            "Redefine",
            "Recovery V2",
            "Standard MAX",
            "Wonder",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        crop_to_fill: bool | Omit = omit,
        image_url: FileInput,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        subject_detection: Literal["All", "Foreground", "Background"] | Omit = omit,
        face_enhancement: bool | Omit = omit,
        face_enhancement_creativity: float | Omit = omit,
        face_enhancement_strength: float | Omit = omit,
        sharpen: float | None | Omit = omit,
        denoise: float | None | Omit = omit,
        fix_compression: float | None | Omit = omit,
        strength: float | None | Omit = omit,
        creativity: int | None | Omit = omit,
        texture: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        autoprompt: bool | None | Omit = omit,
        detail: float | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> TopazUpscaleImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model: Model to use for image enhancement. Default: "Standard V2".
            upscale_factor: Factor to upscale the image by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            crop_to_fill: See fal's docs. Default: false.
            image_url: Url of the image to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Limits: min length 1.
            output_format: Output format of the upscaled image. Default: "jpeg".
            subject_detection: Subject detection mode for the image enhancement. Applies to standard
                enhance and Recovery V2 models. Default: "All".
            face_enhancement: Whether to apply face enhancement to the image. Applies to standard
                enhance and Recovery V2 models. Default: true.
            face_enhancement_creativity: Creativity level for face enhancement. 0.0 means no
                creativity, 1.0 means maximum creativity. Ignored if face enhancement is disabled.
                Default: 0. Limits: minimum 0, maximum 1.
            face_enhancement_strength: Strength of the face enhancement. 0.0 means no enhancement,
                1.0 means maximum enhancement. Ignored if face enhancement is disabled. Default:
                0.8. Limits: minimum 0, maximum 1.
            sharpen: Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI,
                High Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            denoise: Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High
                Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            fix_compression: Compression artifact removal level (0.0-1.0). Applies to Standard V2,
                Low Resolution V2, High Fidelity V2, and Text Refine models. Limits: minimum 0,
                maximum 1.
            strength: Enhancement strength (0.01-1.0). Applies to Text Refine model only. Limits:
                minimum 0.01, maximum 1.
            creativity: Creativity level for generative upscaling (1-6). Higher values produce more
                creative/hallucinated details. Applies to Redefine model only. Limits: minimum 1,
                maximum 6.
            texture: Texture detail level for generative upscaling (1-5). Applies to Redefine model
                only. Limits: minimum 1, maximum 5.
            prompt: Text prompt to guide generative upscaling (max 1024 chars). Applies to Redefine
                model only. Limits: max length 1024.
            autoprompt: Enable automatic prompt generation for generative upscaling. Applies to
                Redefine model only.
            detail: Detail recovery level (0.0-1.0). Applies to Recovery V2 model only. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "model": model,
                "upscale_factor": upscale_factor,
                "crop_to_fill": crop_to_fill,
                "image_url": image_url,
                "output_format": output_format,
                "subject_detection": subject_detection,
                "face_enhancement": face_enhancement,
                "face_enhancement_creativity": face_enhancement_creativity,
                "face_enhancement_strength": face_enhancement_strength,
                "sharpen": sharpen,
                "denoise": denoise,
                "fix_compression": fix_compression,
                "strength": strength,
                "creativity": creativity,
                "texture": texture,
                "prompt": prompt,
                "autoprompt": autoprompt,
                "detail": detail,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        model: Literal[
            "Low Resolution V2",
            "Standard V2",
            "CGI",
            "High Fidelity V2",
            "Text Refine",
            "Recovery",
            "Redefine",
            "Recovery V2",
            "Standard MAX",
            "Wonder",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        crop_to_fill: bool | Omit = omit,
        image_url: FileInput,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        subject_detection: Literal["All", "Foreground", "Background"] | Omit = omit,
        face_enhancement: bool | Omit = omit,
        face_enhancement_creativity: float | Omit = omit,
        face_enhancement_strength: float | Omit = omit,
        sharpen: float | None | Omit = omit,
        denoise: float | None | Omit = omit,
        fix_compression: float | None | Omit = omit,
        strength: float | None | Omit = omit,
        creativity: int | None | Omit = omit,
        texture: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        autoprompt: bool | None | Omit = omit,
        detail: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[TopazUpscaleImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model: Model to use for image enhancement. Default: "Standard V2".
            upscale_factor: Factor to upscale the image by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            crop_to_fill: See fal's docs. Default: false.
            image_url: Url of the image to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Limits: min length 1.
            output_format: Output format of the upscaled image. Default: "jpeg".
            subject_detection: Subject detection mode for the image enhancement. Applies to standard
                enhance and Recovery V2 models. Default: "All".
            face_enhancement: Whether to apply face enhancement to the image. Applies to standard
                enhance and Recovery V2 models. Default: true.
            face_enhancement_creativity: Creativity level for face enhancement. 0.0 means no
                creativity, 1.0 means maximum creativity. Ignored if face enhancement is disabled.
                Default: 0. Limits: minimum 0, maximum 1.
            face_enhancement_strength: Strength of the face enhancement. 0.0 means no enhancement,
                1.0 means maximum enhancement. Ignored if face enhancement is disabled. Default:
                0.8. Limits: minimum 0, maximum 1.
            sharpen: Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI,
                High Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            denoise: Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High
                Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            fix_compression: Compression artifact removal level (0.0-1.0). Applies to Standard V2,
                Low Resolution V2, High Fidelity V2, and Text Refine models. Limits: minimum 0,
                maximum 1.
            strength: Enhancement strength (0.01-1.0). Applies to Text Refine model only. Limits:
                minimum 0.01, maximum 1.
            creativity: Creativity level for generative upscaling (1-6). Higher values produce more
                creative/hallucinated details. Applies to Redefine model only. Limits: minimum 1,
                maximum 6.
            texture: Texture detail level for generative upscaling (1-5). Applies to Redefine model
                only. Limits: minimum 1, maximum 5.
            prompt: Text prompt to guide generative upscaling (max 1024 chars). Applies to Redefine
                model only. Limits: max length 1024.
            autoprompt: Enable automatic prompt generation for generative upscaling. Applies to
                Redefine model only.
            detail: Detail recovery level (0.0-1.0). Applies to Recovery V2 model only. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model": model,
                "upscale_factor": upscale_factor,
                "crop_to_fill": crop_to_fill,
                "image_url": image_url,
                "output_format": output_format,
                "subject_detection": subject_detection,
                "face_enhancement": face_enhancement,
                "face_enhancement_creativity": face_enhancement_creativity,
                "face_enhancement_strength": face_enhancement_strength,
                "sharpen": sharpen,
                "denoise": denoise,
                "fix_compression": fix_compression,
                "strength": strength,
                "creativity": creativity,
                "texture": texture,
                "prompt": prompt,
                "autoprompt": autoprompt,
                "detail": detail,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        model: Literal[
            "Low Resolution V2",
            "Standard V2",
            "CGI",
            "High Fidelity V2",
            "Text Refine",
            "Recovery",
            "Redefine",
            "Recovery V2",
            "Standard MAX",
            "Wonder",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        crop_to_fill: bool | Omit = omit,
        image_url: FileInput,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        subject_detection: Literal["All", "Foreground", "Background"] | Omit = omit,
        face_enhancement: bool | Omit = omit,
        face_enhancement_creativity: float | Omit = omit,
        face_enhancement_strength: float | Omit = omit,
        sharpen: float | None | Omit = omit,
        denoise: float | None | Omit = omit,
        fix_compression: float | None | Omit = omit,
        strength: float | None | Omit = omit,
        creativity: int | None | Omit = omit,
        texture: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        autoprompt: bool | None | Omit = omit,
        detail: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TopazUpscaleImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model: Model to use for image enhancement. Default: "Standard V2".
            upscale_factor: Factor to upscale the image by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            crop_to_fill: See fal's docs. Default: false.
            image_url: Url of the image to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Limits: min length 1.
            output_format: Output format of the upscaled image. Default: "jpeg".
            subject_detection: Subject detection mode for the image enhancement. Applies to standard
                enhance and Recovery V2 models. Default: "All".
            face_enhancement: Whether to apply face enhancement to the image. Applies to standard
                enhance and Recovery V2 models. Default: true.
            face_enhancement_creativity: Creativity level for face enhancement. 0.0 means no
                creativity, 1.0 means maximum creativity. Ignored if face enhancement is disabled.
                Default: 0. Limits: minimum 0, maximum 1.
            face_enhancement_strength: Strength of the face enhancement. 0.0 means no enhancement,
                1.0 means maximum enhancement. Ignored if face enhancement is disabled. Default:
                0.8. Limits: minimum 0, maximum 1.
            sharpen: Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI,
                High Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            denoise: Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High
                Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            fix_compression: Compression artifact removal level (0.0-1.0). Applies to Standard V2,
                Low Resolution V2, High Fidelity V2, and Text Refine models. Limits: minimum 0,
                maximum 1.
            strength: Enhancement strength (0.01-1.0). Applies to Text Refine model only. Limits:
                minimum 0.01, maximum 1.
            creativity: Creativity level for generative upscaling (1-6). Higher values produce more
                creative/hallucinated details. Applies to Redefine model only. Limits: minimum 1,
                maximum 6.
            texture: Texture detail level for generative upscaling (1-5). Applies to Redefine model
                only. Limits: minimum 1, maximum 5.
            prompt: Text prompt to guide generative upscaling (max 1024 chars). Applies to Redefine
                model only. Limits: max length 1024.
            autoprompt: Enable automatic prompt generation for generative upscaling. Applies to
                Redefine model only.
            detail: Detail recovery level (0.0-1.0). Applies to Recovery V2 model only. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model": model,
                "upscale_factor": upscale_factor,
                "crop_to_fill": crop_to_fill,
                "image_url": image_url,
                "output_format": output_format,
                "subject_detection": subject_detection,
                "face_enhancement": face_enhancement,
                "face_enhancement_creativity": face_enhancement_creativity,
                "face_enhancement_strength": face_enhancement_strength,
                "sharpen": sharpen,
                "denoise": denoise,
                "fix_compression": fix_compression,
                "strength": strength,
                "creativity": creativity,
                "texture": texture,
                "prompt": prompt,
                "autoprompt": autoprompt,
                "detail": detail,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        model: Literal[
            "Low Resolution V2",
            "Standard V2",
            "CGI",
            "High Fidelity V2",
            "Text Refine",
            "Recovery",
            "Redefine",
            "Recovery V2",
            "Standard MAX",
            "Wonder",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        crop_to_fill: bool | Omit = omit,
        image_url: FileInput,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        subject_detection: Literal["All", "Foreground", "Background"] | Omit = omit,
        face_enhancement: bool | Omit = omit,
        face_enhancement_creativity: float | Omit = omit,
        face_enhancement_strength: float | Omit = omit,
        sharpen: float | None | Omit = omit,
        denoise: float | None | Omit = omit,
        fix_compression: float | None | Omit = omit,
        strength: float | None | Omit = omit,
        creativity: int | None | Omit = omit,
        texture: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        autoprompt: bool | None | Omit = omit,
        detail: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[TopazUpscaleImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model: Model to use for image enhancement. Default: "Standard V2".
            upscale_factor: Factor to upscale the image by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            crop_to_fill: See fal's docs. Default: false.
            image_url: Url of the image to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Limits: min length 1.
            output_format: Output format of the upscaled image. Default: "jpeg".
            subject_detection: Subject detection mode for the image enhancement. Applies to standard
                enhance and Recovery V2 models. Default: "All".
            face_enhancement: Whether to apply face enhancement to the image. Applies to standard
                enhance and Recovery V2 models. Default: true.
            face_enhancement_creativity: Creativity level for face enhancement. 0.0 means no
                creativity, 1.0 means maximum creativity. Ignored if face enhancement is disabled.
                Default: 0. Limits: minimum 0, maximum 1.
            face_enhancement_strength: Strength of the face enhancement. 0.0 means no enhancement,
                1.0 means maximum enhancement. Ignored if face enhancement is disabled. Default:
                0.8. Limits: minimum 0, maximum 1.
            sharpen: Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI,
                High Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            denoise: Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High
                Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            fix_compression: Compression artifact removal level (0.0-1.0). Applies to Standard V2,
                Low Resolution V2, High Fidelity V2, and Text Refine models. Limits: minimum 0,
                maximum 1.
            strength: Enhancement strength (0.01-1.0). Applies to Text Refine model only. Limits:
                minimum 0.01, maximum 1.
            creativity: Creativity level for generative upscaling (1-6). Higher values produce more
                creative/hallucinated details. Applies to Redefine model only. Limits: minimum 1,
                maximum 6.
            texture: Texture detail level for generative upscaling (1-5). Applies to Redefine model
                only. Limits: minimum 1, maximum 5.
            prompt: Text prompt to guide generative upscaling (max 1024 chars). Applies to Redefine
                model only. Limits: max length 1024.
            autoprompt: Enable automatic prompt generation for generative upscaling. Applies to
                Redefine model only.
            detail: Detail recovery level (0.0-1.0). Applies to Recovery V2 model only. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model": model,
                "upscale_factor": upscale_factor,
                "crop_to_fill": crop_to_fill,
                "image_url": image_url,
                "output_format": output_format,
                "subject_detection": subject_detection,
                "face_enhancement": face_enhancement,
                "face_enhancement_creativity": face_enhancement_creativity,
                "face_enhancement_strength": face_enhancement_strength,
                "sharpen": sharpen,
                "denoise": denoise,
                "fix_compression": fix_compression,
                "strength": strength,
                "creativity": creativity,
                "texture": texture,
                "prompt": prompt,
                "autoprompt": autoprompt,
                "detail": detail,
            }
        )
        return self._stream(payload, options)


class AsyncTopazUpscaleImage(AsyncEndpoint[TopazUpscaleImageInput, TopazUpscaleImageOutput]):
    """Topaz Upscale Image (`fal-ai/topaz/upscale/image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/topaz/upscale/image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/topaz/upscale/image"
    input_model: ClassVar[type[TopazUpscaleImageInput]] = TopazUpscaleImageInput
    output_model: ClassVar[type[TopazUpscaleImageOutput]] = TopazUpscaleImageOutput
    Input = TopazUpscaleImageInput
    Output = TopazUpscaleImageOutput

    async def subscribe(
        self,
        *,
        model: Literal[
            "Low Resolution V2",
            "Standard V2",
            "CGI",
            "High Fidelity V2",
            "Text Refine",
            "Recovery",
            "Redefine",
            "Recovery V2",
            "Standard MAX",
            "Wonder",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        crop_to_fill: bool | Omit = omit,
        image_url: FileInput,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        subject_detection: Literal["All", "Foreground", "Background"] | Omit = omit,
        face_enhancement: bool | Omit = omit,
        face_enhancement_creativity: float | Omit = omit,
        face_enhancement_strength: float | Omit = omit,
        sharpen: float | None | Omit = omit,
        denoise: float | None | Omit = omit,
        fix_compression: float | None | Omit = omit,
        strength: float | None | Omit = omit,
        creativity: int | None | Omit = omit,
        texture: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        autoprompt: bool | None | Omit = omit,
        detail: float | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> TopazUpscaleImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model: Model to use for image enhancement. Default: "Standard V2".
            upscale_factor: Factor to upscale the image by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            crop_to_fill: See fal's docs. Default: false.
            image_url: Url of the image to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Limits: min length 1.
            output_format: Output format of the upscaled image. Default: "jpeg".
            subject_detection: Subject detection mode for the image enhancement. Applies to standard
                enhance and Recovery V2 models. Default: "All".
            face_enhancement: Whether to apply face enhancement to the image. Applies to standard
                enhance and Recovery V2 models. Default: true.
            face_enhancement_creativity: Creativity level for face enhancement. 0.0 means no
                creativity, 1.0 means maximum creativity. Ignored if face enhancement is disabled.
                Default: 0. Limits: minimum 0, maximum 1.
            face_enhancement_strength: Strength of the face enhancement. 0.0 means no enhancement,
                1.0 means maximum enhancement. Ignored if face enhancement is disabled. Default:
                0.8. Limits: minimum 0, maximum 1.
            sharpen: Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI,
                High Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            denoise: Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High
                Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            fix_compression: Compression artifact removal level (0.0-1.0). Applies to Standard V2,
                Low Resolution V2, High Fidelity V2, and Text Refine models. Limits: minimum 0,
                maximum 1.
            strength: Enhancement strength (0.01-1.0). Applies to Text Refine model only. Limits:
                minimum 0.01, maximum 1.
            creativity: Creativity level for generative upscaling (1-6). Higher values produce more
                creative/hallucinated details. Applies to Redefine model only. Limits: minimum 1,
                maximum 6.
            texture: Texture detail level for generative upscaling (1-5). Applies to Redefine model
                only. Limits: minimum 1, maximum 5.
            prompt: Text prompt to guide generative upscaling (max 1024 chars). Applies to Redefine
                model only. Limits: max length 1024.
            autoprompt: Enable automatic prompt generation for generative upscaling. Applies to
                Redefine model only.
            detail: Detail recovery level (0.0-1.0). Applies to Recovery V2 model only. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "model": model,
                "upscale_factor": upscale_factor,
                "crop_to_fill": crop_to_fill,
                "image_url": image_url,
                "output_format": output_format,
                "subject_detection": subject_detection,
                "face_enhancement": face_enhancement,
                "face_enhancement_creativity": face_enhancement_creativity,
                "face_enhancement_strength": face_enhancement_strength,
                "sharpen": sharpen,
                "denoise": denoise,
                "fix_compression": fix_compression,
                "strength": strength,
                "creativity": creativity,
                "texture": texture,
                "prompt": prompt,
                "autoprompt": autoprompt,
                "detail": detail,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        model: Literal[
            "Low Resolution V2",
            "Standard V2",
            "CGI",
            "High Fidelity V2",
            "Text Refine",
            "Recovery",
            "Redefine",
            "Recovery V2",
            "Standard MAX",
            "Wonder",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        crop_to_fill: bool | Omit = omit,
        image_url: FileInput,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        subject_detection: Literal["All", "Foreground", "Background"] | Omit = omit,
        face_enhancement: bool | Omit = omit,
        face_enhancement_creativity: float | Omit = omit,
        face_enhancement_strength: float | Omit = omit,
        sharpen: float | None | Omit = omit,
        denoise: float | None | Omit = omit,
        fix_compression: float | None | Omit = omit,
        strength: float | None | Omit = omit,
        creativity: int | None | Omit = omit,
        texture: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        autoprompt: bool | None | Omit = omit,
        detail: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[TopazUpscaleImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model: Model to use for image enhancement. Default: "Standard V2".
            upscale_factor: Factor to upscale the image by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            crop_to_fill: See fal's docs. Default: false.
            image_url: Url of the image to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Limits: min length 1.
            output_format: Output format of the upscaled image. Default: "jpeg".
            subject_detection: Subject detection mode for the image enhancement. Applies to standard
                enhance and Recovery V2 models. Default: "All".
            face_enhancement: Whether to apply face enhancement to the image. Applies to standard
                enhance and Recovery V2 models. Default: true.
            face_enhancement_creativity: Creativity level for face enhancement. 0.0 means no
                creativity, 1.0 means maximum creativity. Ignored if face enhancement is disabled.
                Default: 0. Limits: minimum 0, maximum 1.
            face_enhancement_strength: Strength of the face enhancement. 0.0 means no enhancement,
                1.0 means maximum enhancement. Ignored if face enhancement is disabled. Default:
                0.8. Limits: minimum 0, maximum 1.
            sharpen: Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI,
                High Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            denoise: Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High
                Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            fix_compression: Compression artifact removal level (0.0-1.0). Applies to Standard V2,
                Low Resolution V2, High Fidelity V2, and Text Refine models. Limits: minimum 0,
                maximum 1.
            strength: Enhancement strength (0.01-1.0). Applies to Text Refine model only. Limits:
                minimum 0.01, maximum 1.
            creativity: Creativity level for generative upscaling (1-6). Higher values produce more
                creative/hallucinated details. Applies to Redefine model only. Limits: minimum 1,
                maximum 6.
            texture: Texture detail level for generative upscaling (1-5). Applies to Redefine model
                only. Limits: minimum 1, maximum 5.
            prompt: Text prompt to guide generative upscaling (max 1024 chars). Applies to Redefine
                model only. Limits: max length 1024.
            autoprompt: Enable automatic prompt generation for generative upscaling. Applies to
                Redefine model only.
            detail: Detail recovery level (0.0-1.0). Applies to Recovery V2 model only. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model": model,
                "upscale_factor": upscale_factor,
                "crop_to_fill": crop_to_fill,
                "image_url": image_url,
                "output_format": output_format,
                "subject_detection": subject_detection,
                "face_enhancement": face_enhancement,
                "face_enhancement_creativity": face_enhancement_creativity,
                "face_enhancement_strength": face_enhancement_strength,
                "sharpen": sharpen,
                "denoise": denoise,
                "fix_compression": fix_compression,
                "strength": strength,
                "creativity": creativity,
                "texture": texture,
                "prompt": prompt,
                "autoprompt": autoprompt,
                "detail": detail,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        model: Literal[
            "Low Resolution V2",
            "Standard V2",
            "CGI",
            "High Fidelity V2",
            "Text Refine",
            "Recovery",
            "Redefine",
            "Recovery V2",
            "Standard MAX",
            "Wonder",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        crop_to_fill: bool | Omit = omit,
        image_url: FileInput,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        subject_detection: Literal["All", "Foreground", "Background"] | Omit = omit,
        face_enhancement: bool | Omit = omit,
        face_enhancement_creativity: float | Omit = omit,
        face_enhancement_strength: float | Omit = omit,
        sharpen: float | None | Omit = omit,
        denoise: float | None | Omit = omit,
        fix_compression: float | None | Omit = omit,
        strength: float | None | Omit = omit,
        creativity: int | None | Omit = omit,
        texture: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        autoprompt: bool | None | Omit = omit,
        detail: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TopazUpscaleImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model: Model to use for image enhancement. Default: "Standard V2".
            upscale_factor: Factor to upscale the image by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            crop_to_fill: See fal's docs. Default: false.
            image_url: Url of the image to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Limits: min length 1.
            output_format: Output format of the upscaled image. Default: "jpeg".
            subject_detection: Subject detection mode for the image enhancement. Applies to standard
                enhance and Recovery V2 models. Default: "All".
            face_enhancement: Whether to apply face enhancement to the image. Applies to standard
                enhance and Recovery V2 models. Default: true.
            face_enhancement_creativity: Creativity level for face enhancement. 0.0 means no
                creativity, 1.0 means maximum creativity. Ignored if face enhancement is disabled.
                Default: 0. Limits: minimum 0, maximum 1.
            face_enhancement_strength: Strength of the face enhancement. 0.0 means no enhancement,
                1.0 means maximum enhancement. Ignored if face enhancement is disabled. Default:
                0.8. Limits: minimum 0, maximum 1.
            sharpen: Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI,
                High Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            denoise: Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High
                Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            fix_compression: Compression artifact removal level (0.0-1.0). Applies to Standard V2,
                Low Resolution V2, High Fidelity V2, and Text Refine models. Limits: minimum 0,
                maximum 1.
            strength: Enhancement strength (0.01-1.0). Applies to Text Refine model only. Limits:
                minimum 0.01, maximum 1.
            creativity: Creativity level for generative upscaling (1-6). Higher values produce more
                creative/hallucinated details. Applies to Redefine model only. Limits: minimum 1,
                maximum 6.
            texture: Texture detail level for generative upscaling (1-5). Applies to Redefine model
                only. Limits: minimum 1, maximum 5.
            prompt: Text prompt to guide generative upscaling (max 1024 chars). Applies to Redefine
                model only. Limits: max length 1024.
            autoprompt: Enable automatic prompt generation for generative upscaling. Applies to
                Redefine model only.
            detail: Detail recovery level (0.0-1.0). Applies to Recovery V2 model only. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model": model,
                "upscale_factor": upscale_factor,
                "crop_to_fill": crop_to_fill,
                "image_url": image_url,
                "output_format": output_format,
                "subject_detection": subject_detection,
                "face_enhancement": face_enhancement,
                "face_enhancement_creativity": face_enhancement_creativity,
                "face_enhancement_strength": face_enhancement_strength,
                "sharpen": sharpen,
                "denoise": denoise,
                "fix_compression": fix_compression,
                "strength": strength,
                "creativity": creativity,
                "texture": texture,
                "prompt": prompt,
                "autoprompt": autoprompt,
                "detail": detail,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        model: Literal[
            "Low Resolution V2",
            "Standard V2",
            "CGI",
            "High Fidelity V2",
            "Text Refine",
            "Recovery",
            "Redefine",
            "Recovery V2",
            "Standard MAX",
            "Wonder",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        crop_to_fill: bool | Omit = omit,
        image_url: FileInput,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        subject_detection: Literal["All", "Foreground", "Background"] | Omit = omit,
        face_enhancement: bool | Omit = omit,
        face_enhancement_creativity: float | Omit = omit,
        face_enhancement_strength: float | Omit = omit,
        sharpen: float | None | Omit = omit,
        denoise: float | None | Omit = omit,
        fix_compression: float | None | Omit = omit,
        strength: float | None | Omit = omit,
        creativity: int | None | Omit = omit,
        texture: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        autoprompt: bool | None | Omit = omit,
        detail: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[TopazUpscaleImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model: Model to use for image enhancement. Default: "Standard V2".
            upscale_factor: Factor to upscale the image by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            crop_to_fill: See fal's docs. Default: false.
            image_url: Url of the image to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Limits: min length 1.
            output_format: Output format of the upscaled image. Default: "jpeg".
            subject_detection: Subject detection mode for the image enhancement. Applies to standard
                enhance and Recovery V2 models. Default: "All".
            face_enhancement: Whether to apply face enhancement to the image. Applies to standard
                enhance and Recovery V2 models. Default: true.
            face_enhancement_creativity: Creativity level for face enhancement. 0.0 means no
                creativity, 1.0 means maximum creativity. Ignored if face enhancement is disabled.
                Default: 0. Limits: minimum 0, maximum 1.
            face_enhancement_strength: Strength of the face enhancement. 0.0 means no enhancement,
                1.0 means maximum enhancement. Ignored if face enhancement is disabled. Default:
                0.8. Limits: minimum 0, maximum 1.
            sharpen: Sharpening level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI,
                High Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            denoise: Denoising level (0.0-1.0). Applies to Standard V2, Low Resolution V2, CGI, High
                Fidelity V2, Text Refine, and Redefine models. Limits: minimum 0, maximum 1.
            fix_compression: Compression artifact removal level (0.0-1.0). Applies to Standard V2,
                Low Resolution V2, High Fidelity V2, and Text Refine models. Limits: minimum 0,
                maximum 1.
            strength: Enhancement strength (0.01-1.0). Applies to Text Refine model only. Limits:
                minimum 0.01, maximum 1.
            creativity: Creativity level for generative upscaling (1-6). Higher values produce more
                creative/hallucinated details. Applies to Redefine model only. Limits: minimum 1,
                maximum 6.
            texture: Texture detail level for generative upscaling (1-5). Applies to Redefine model
                only. Limits: minimum 1, maximum 5.
            prompt: Text prompt to guide generative upscaling (max 1024 chars). Applies to Redefine
                model only. Limits: max length 1024.
            autoprompt: Enable automatic prompt generation for generative upscaling. Applies to
                Redefine model only.
            detail: Detail recovery level (0.0-1.0). Applies to Recovery V2 model only. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model": model,
                "upscale_factor": upscale_factor,
                "crop_to_fill": crop_to_fill,
                "image_url": image_url,
                "output_format": output_format,
                "subject_detection": subject_detection,
                "face_enhancement": face_enhancement,
                "face_enhancement_creativity": face_enhancement_creativity,
                "face_enhancement_strength": face_enhancement_strength,
                "sharpen": sharpen,
                "denoise": denoise,
                "fix_compression": fix_compression,
                "strength": strength,
                "creativity": creativity,
                "texture": texture,
                "prompt": prompt,
                "autoprompt": autoprompt,
                "detail": detail,
            }
        )
        return self._stream(payload, options)
