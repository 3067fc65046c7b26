# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing` (Post Processing)."""

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
from fal_models.models.post_processing import PostProcessingInput, PostProcessingOutput

__all__ = ["PostProcessing", "AsyncPostProcessing", "PostProcessingInput", "PostProcessingOutput"]


class PostProcessing(SyncEndpoint[PostProcessingInput, PostProcessingOutput]):
    """Post Processing (`fal-ai/post-processing`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing"
    input_model: ClassVar[type[PostProcessingInput]] = PostProcessingInput
    output_model: ClassVar[type[PostProcessingOutput]] = PostProcessingOutput
    Input = PostProcessingInput
    Output = PostProcessingOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        enable_grain: bool | Omit = omit,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        enable_color_correction: bool | Omit = omit,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        enable_chromatic: bool | Omit = omit,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        enable_blur: bool | Omit = omit,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        enable_vignette: bool | Omit = omit,
        vignette_strength: float | Omit = omit,
        enable_parabolize: bool | Omit = omit,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        enable_tint: bool | Omit = omit,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        enable_dissolve: bool | Omit = omit,
        dissolve_image_url: FileInput | Omit = omit,
        dissolve_factor: float | Omit = omit,
        enable_dodge_burn: bool | Omit = omit,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        enable_glow: bool | Omit = omit,
        glow_intensity: float | Omit = omit,
        glow_radius: int | Omit = omit,
        enable_sharpen: bool | Omit = omit,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        enable_solarize: bool | Omit = omit,
        solarize_threshold: float | Omit = omit,
        enable_desaturate: bool | Omit = omit,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            enable_grain: Enable film grain effect. Default: false.
            grain_intensity: Film grain intensity (when enabled). Default: 0.4. Limits: minimum 0,
                maximum 1, multiple of 0.01.
            grain_scale: Film grain scale (when enabled). Default: 10. Limits: minimum 1, maximum
                100.
            grain_style: Style of film grain to apply. Default: "modern".
            enable_color_correction: Enable color correction. Default: false.
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            enable_chromatic: Enable chromatic aberration. Default: false.
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            enable_blur: Enable blur effect. Default: false.
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            enable_vignette: Enable vignette effect. Default: false.
            vignette_strength: Vignette strength (when enabled). Default: 0.5. Limits: minimum 0,
                maximum 10.
            enable_parabolize: Enable parabolize effect. Default: false.
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_tint: Enable color tint effect. Default: false.
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            enable_dissolve: Enable dissolve effect. Default: false.
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_dodge_burn: Enable dodge and burn effect. Default: false.
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            enable_glow: Enable glow effect. Default: false.
            glow_intensity: Glow intensity. Default: 1. Limits: minimum 0, maximum 5.
            glow_radius: Glow blur radius. Default: 5. Limits: minimum 1, maximum 50.
            enable_sharpen: Enable sharpen effect. Default: false.
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            enable_solarize: Enable solarize effect. Default: false.
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_desaturate: Enable desaturation effect. Default: false.
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enable_grain": enable_grain,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
                "enable_color_correction": enable_color_correction,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
                "enable_chromatic": enable_chromatic,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
                "enable_blur": enable_blur,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
                "enable_vignette": enable_vignette,
                "vignette_strength": vignette_strength,
                "enable_parabolize": enable_parabolize,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
                "enable_tint": enable_tint,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
                "enable_dissolve": enable_dissolve,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
                "enable_dodge_burn": enable_dodge_burn,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
                "enable_glow": enable_glow,
                "glow_intensity": glow_intensity,
                "glow_radius": glow_radius,
                "enable_sharpen": enable_sharpen,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
                "enable_solarize": enable_solarize,
                "solarize_threshold": solarize_threshold,
                "enable_desaturate": enable_desaturate,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        enable_grain: bool | Omit = omit,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        enable_color_correction: bool | Omit = omit,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        enable_chromatic: bool | Omit = omit,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        enable_blur: bool | Omit = omit,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        enable_vignette: bool | Omit = omit,
        vignette_strength: float | Omit = omit,
        enable_parabolize: bool | Omit = omit,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        enable_tint: bool | Omit = omit,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        enable_dissolve: bool | Omit = omit,
        dissolve_image_url: FileInput | Omit = omit,
        dissolve_factor: float | Omit = omit,
        enable_dodge_burn: bool | Omit = omit,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        enable_glow: bool | Omit = omit,
        glow_intensity: float | Omit = omit,
        glow_radius: int | Omit = omit,
        enable_sharpen: bool | Omit = omit,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        enable_solarize: bool | Omit = omit,
        solarize_threshold: float | Omit = omit,
        enable_desaturate: bool | Omit = omit,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            enable_grain: Enable film grain effect. Default: false.
            grain_intensity: Film grain intensity (when enabled). Default: 0.4. Limits: minimum 0,
                maximum 1, multiple of 0.01.
            grain_scale: Film grain scale (when enabled). Default: 10. Limits: minimum 1, maximum
                100.
            grain_style: Style of film grain to apply. Default: "modern".
            enable_color_correction: Enable color correction. Default: false.
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            enable_chromatic: Enable chromatic aberration. Default: false.
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            enable_blur: Enable blur effect. Default: false.
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            enable_vignette: Enable vignette effect. Default: false.
            vignette_strength: Vignette strength (when enabled). Default: 0.5. Limits: minimum 0,
                maximum 10.
            enable_parabolize: Enable parabolize effect. Default: false.
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_tint: Enable color tint effect. Default: false.
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            enable_dissolve: Enable dissolve effect. Default: false.
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_dodge_burn: Enable dodge and burn effect. Default: false.
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            enable_glow: Enable glow effect. Default: false.
            glow_intensity: Glow intensity. Default: 1. Limits: minimum 0, maximum 5.
            glow_radius: Glow blur radius. Default: 5. Limits: minimum 1, maximum 50.
            enable_sharpen: Enable sharpen effect. Default: false.
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            enable_solarize: Enable solarize effect. Default: false.
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_desaturate: Enable desaturation effect. Default: false.
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enable_grain": enable_grain,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
                "enable_color_correction": enable_color_correction,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
                "enable_chromatic": enable_chromatic,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
                "enable_blur": enable_blur,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
                "enable_vignette": enable_vignette,
                "vignette_strength": vignette_strength,
                "enable_parabolize": enable_parabolize,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
                "enable_tint": enable_tint,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
                "enable_dissolve": enable_dissolve,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
                "enable_dodge_burn": enable_dodge_burn,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
                "enable_glow": enable_glow,
                "glow_intensity": glow_intensity,
                "glow_radius": glow_radius,
                "enable_sharpen": enable_sharpen,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
                "enable_solarize": enable_solarize,
                "solarize_threshold": solarize_threshold,
                "enable_desaturate": enable_desaturate,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        enable_grain: bool | Omit = omit,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        enable_color_correction: bool | Omit = omit,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        enable_chromatic: bool | Omit = omit,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        enable_blur: bool | Omit = omit,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        enable_vignette: bool | Omit = omit,
        vignette_strength: float | Omit = omit,
        enable_parabolize: bool | Omit = omit,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        enable_tint: bool | Omit = omit,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        enable_dissolve: bool | Omit = omit,
        dissolve_image_url: FileInput | Omit = omit,
        dissolve_factor: float | Omit = omit,
        enable_dodge_burn: bool | Omit = omit,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        enable_glow: bool | Omit = omit,
        glow_intensity: float | Omit = omit,
        glow_radius: int | Omit = omit,
        enable_sharpen: bool | Omit = omit,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        enable_solarize: bool | Omit = omit,
        solarize_threshold: float | Omit = omit,
        enable_desaturate: bool | Omit = omit,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            enable_grain: Enable film grain effect. Default: false.
            grain_intensity: Film grain intensity (when enabled). Default: 0.4. Limits: minimum 0,
                maximum 1, multiple of 0.01.
            grain_scale: Film grain scale (when enabled). Default: 10. Limits: minimum 1, maximum
                100.
            grain_style: Style of film grain to apply. Default: "modern".
            enable_color_correction: Enable color correction. Default: false.
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            enable_chromatic: Enable chromatic aberration. Default: false.
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            enable_blur: Enable blur effect. Default: false.
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            enable_vignette: Enable vignette effect. Default: false.
            vignette_strength: Vignette strength (when enabled). Default: 0.5. Limits: minimum 0,
                maximum 10.
            enable_parabolize: Enable parabolize effect. Default: false.
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_tint: Enable color tint effect. Default: false.
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            enable_dissolve: Enable dissolve effect. Default: false.
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_dodge_burn: Enable dodge and burn effect. Default: false.
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            enable_glow: Enable glow effect. Default: false.
            glow_intensity: Glow intensity. Default: 1. Limits: minimum 0, maximum 5.
            glow_radius: Glow blur radius. Default: 5. Limits: minimum 1, maximum 50.
            enable_sharpen: Enable sharpen effect. Default: false.
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            enable_solarize: Enable solarize effect. Default: false.
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_desaturate: Enable desaturation effect. Default: false.
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enable_grain": enable_grain,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
                "enable_color_correction": enable_color_correction,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
                "enable_chromatic": enable_chromatic,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
                "enable_blur": enable_blur,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
                "enable_vignette": enable_vignette,
                "vignette_strength": vignette_strength,
                "enable_parabolize": enable_parabolize,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
                "enable_tint": enable_tint,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
                "enable_dissolve": enable_dissolve,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
                "enable_dodge_burn": enable_dodge_burn,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
                "enable_glow": enable_glow,
                "glow_intensity": glow_intensity,
                "glow_radius": glow_radius,
                "enable_sharpen": enable_sharpen,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
                "enable_solarize": enable_solarize,
                "solarize_threshold": solarize_threshold,
                "enable_desaturate": enable_desaturate,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        enable_grain: bool | Omit = omit,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        enable_color_correction: bool | Omit = omit,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        enable_chromatic: bool | Omit = omit,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        enable_blur: bool | Omit = omit,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        enable_vignette: bool | Omit = omit,
        vignette_strength: float | Omit = omit,
        enable_parabolize: bool | Omit = omit,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        enable_tint: bool | Omit = omit,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        enable_dissolve: bool | Omit = omit,
        dissolve_image_url: FileInput | Omit = omit,
        dissolve_factor: float | Omit = omit,
        enable_dodge_burn: bool | Omit = omit,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        enable_glow: bool | Omit = omit,
        glow_intensity: float | Omit = omit,
        glow_radius: int | Omit = omit,
        enable_sharpen: bool | Omit = omit,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        enable_solarize: bool | Omit = omit,
        solarize_threshold: float | Omit = omit,
        enable_desaturate: bool | Omit = omit,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            enable_grain: Enable film grain effect. Default: false.
            grain_intensity: Film grain intensity (when enabled). Default: 0.4. Limits: minimum 0,
                maximum 1, multiple of 0.01.
            grain_scale: Film grain scale (when enabled). Default: 10. Limits: minimum 1, maximum
                100.
            grain_style: Style of film grain to apply. Default: "modern".
            enable_color_correction: Enable color correction. Default: false.
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            enable_chromatic: Enable chromatic aberration. Default: false.
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            enable_blur: Enable blur effect. Default: false.
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            enable_vignette: Enable vignette effect. Default: false.
            vignette_strength: Vignette strength (when enabled). Default: 0.5. Limits: minimum 0,
                maximum 10.
            enable_parabolize: Enable parabolize effect. Default: false.
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_tint: Enable color tint effect. Default: false.
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            enable_dissolve: Enable dissolve effect. Default: false.
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_dodge_burn: Enable dodge and burn effect. Default: false.
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            enable_glow: Enable glow effect. Default: false.
            glow_intensity: Glow intensity. Default: 1. Limits: minimum 0, maximum 5.
            glow_radius: Glow blur radius. Default: 5. Limits: minimum 1, maximum 50.
            enable_sharpen: Enable sharpen effect. Default: false.
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            enable_solarize: Enable solarize effect. Default: false.
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_desaturate: Enable desaturation effect. Default: false.
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enable_grain": enable_grain,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
                "enable_color_correction": enable_color_correction,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
                "enable_chromatic": enable_chromatic,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
                "enable_blur": enable_blur,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
                "enable_vignette": enable_vignette,
                "vignette_strength": vignette_strength,
                "enable_parabolize": enable_parabolize,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
                "enable_tint": enable_tint,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
                "enable_dissolve": enable_dissolve,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
                "enable_dodge_burn": enable_dodge_burn,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
                "enable_glow": enable_glow,
                "glow_intensity": glow_intensity,
                "glow_radius": glow_radius,
                "enable_sharpen": enable_sharpen,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
                "enable_solarize": enable_solarize,
                "solarize_threshold": solarize_threshold,
                "enable_desaturate": enable_desaturate,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessing(AsyncEndpoint[PostProcessingInput, PostProcessingOutput]):
    """Post Processing (`fal-ai/post-processing`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing"
    input_model: ClassVar[type[PostProcessingInput]] = PostProcessingInput
    output_model: ClassVar[type[PostProcessingOutput]] = PostProcessingOutput
    Input = PostProcessingInput
    Output = PostProcessingOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        enable_grain: bool | Omit = omit,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        enable_color_correction: bool | Omit = omit,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        enable_chromatic: bool | Omit = omit,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        enable_blur: bool | Omit = omit,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        enable_vignette: bool | Omit = omit,
        vignette_strength: float | Omit = omit,
        enable_parabolize: bool | Omit = omit,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        enable_tint: bool | Omit = omit,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        enable_dissolve: bool | Omit = omit,
        dissolve_image_url: FileInput | Omit = omit,
        dissolve_factor: float | Omit = omit,
        enable_dodge_burn: bool | Omit = omit,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        enable_glow: bool | Omit = omit,
        glow_intensity: float | Omit = omit,
        glow_radius: int | Omit = omit,
        enable_sharpen: bool | Omit = omit,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        enable_solarize: bool | Omit = omit,
        solarize_threshold: float | Omit = omit,
        enable_desaturate: bool | Omit = omit,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            enable_grain: Enable film grain effect. Default: false.
            grain_intensity: Film grain intensity (when enabled). Default: 0.4. Limits: minimum 0,
                maximum 1, multiple of 0.01.
            grain_scale: Film grain scale (when enabled). Default: 10. Limits: minimum 1, maximum
                100.
            grain_style: Style of film grain to apply. Default: "modern".
            enable_color_correction: Enable color correction. Default: false.
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            enable_chromatic: Enable chromatic aberration. Default: false.
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            enable_blur: Enable blur effect. Default: false.
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            enable_vignette: Enable vignette effect. Default: false.
            vignette_strength: Vignette strength (when enabled). Default: 0.5. Limits: minimum 0,
                maximum 10.
            enable_parabolize: Enable parabolize effect. Default: false.
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_tint: Enable color tint effect. Default: false.
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            enable_dissolve: Enable dissolve effect. Default: false.
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_dodge_burn: Enable dodge and burn effect. Default: false.
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            enable_glow: Enable glow effect. Default: false.
            glow_intensity: Glow intensity. Default: 1. Limits: minimum 0, maximum 5.
            glow_radius: Glow blur radius. Default: 5. Limits: minimum 1, maximum 50.
            enable_sharpen: Enable sharpen effect. Default: false.
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            enable_solarize: Enable solarize effect. Default: false.
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_desaturate: Enable desaturation effect. Default: false.
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enable_grain": enable_grain,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
                "enable_color_correction": enable_color_correction,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
                "enable_chromatic": enable_chromatic,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
                "enable_blur": enable_blur,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
                "enable_vignette": enable_vignette,
                "vignette_strength": vignette_strength,
                "enable_parabolize": enable_parabolize,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
                "enable_tint": enable_tint,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
                "enable_dissolve": enable_dissolve,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
                "enable_dodge_burn": enable_dodge_burn,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
                "enable_glow": enable_glow,
                "glow_intensity": glow_intensity,
                "glow_radius": glow_radius,
                "enable_sharpen": enable_sharpen,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
                "enable_solarize": enable_solarize,
                "solarize_threshold": solarize_threshold,
                "enable_desaturate": enable_desaturate,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        enable_grain: bool | Omit = omit,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        enable_color_correction: bool | Omit = omit,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        enable_chromatic: bool | Omit = omit,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        enable_blur: bool | Omit = omit,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        enable_vignette: bool | Omit = omit,
        vignette_strength: float | Omit = omit,
        enable_parabolize: bool | Omit = omit,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        enable_tint: bool | Omit = omit,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        enable_dissolve: bool | Omit = omit,
        dissolve_image_url: FileInput | Omit = omit,
        dissolve_factor: float | Omit = omit,
        enable_dodge_burn: bool | Omit = omit,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        enable_glow: bool | Omit = omit,
        glow_intensity: float | Omit = omit,
        glow_radius: int | Omit = omit,
        enable_sharpen: bool | Omit = omit,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        enable_solarize: bool | Omit = omit,
        solarize_threshold: float | Omit = omit,
        enable_desaturate: bool | Omit = omit,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            enable_grain: Enable film grain effect. Default: false.
            grain_intensity: Film grain intensity (when enabled). Default: 0.4. Limits: minimum 0,
                maximum 1, multiple of 0.01.
            grain_scale: Film grain scale (when enabled). Default: 10. Limits: minimum 1, maximum
                100.
            grain_style: Style of film grain to apply. Default: "modern".
            enable_color_correction: Enable color correction. Default: false.
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            enable_chromatic: Enable chromatic aberration. Default: false.
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            enable_blur: Enable blur effect. Default: false.
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            enable_vignette: Enable vignette effect. Default: false.
            vignette_strength: Vignette strength (when enabled). Default: 0.5. Limits: minimum 0,
                maximum 10.
            enable_parabolize: Enable parabolize effect. Default: false.
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_tint: Enable color tint effect. Default: false.
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            enable_dissolve: Enable dissolve effect. Default: false.
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_dodge_burn: Enable dodge and burn effect. Default: false.
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            enable_glow: Enable glow effect. Default: false.
            glow_intensity: Glow intensity. Default: 1. Limits: minimum 0, maximum 5.
            glow_radius: Glow blur radius. Default: 5. Limits: minimum 1, maximum 50.
            enable_sharpen: Enable sharpen effect. Default: false.
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            enable_solarize: Enable solarize effect. Default: false.
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_desaturate: Enable desaturation effect. Default: false.
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enable_grain": enable_grain,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
                "enable_color_correction": enable_color_correction,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
                "enable_chromatic": enable_chromatic,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
                "enable_blur": enable_blur,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
                "enable_vignette": enable_vignette,
                "vignette_strength": vignette_strength,
                "enable_parabolize": enable_parabolize,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
                "enable_tint": enable_tint,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
                "enable_dissolve": enable_dissolve,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
                "enable_dodge_burn": enable_dodge_burn,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
                "enable_glow": enable_glow,
                "glow_intensity": glow_intensity,
                "glow_radius": glow_radius,
                "enable_sharpen": enable_sharpen,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
                "enable_solarize": enable_solarize,
                "solarize_threshold": solarize_threshold,
                "enable_desaturate": enable_desaturate,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        enable_grain: bool | Omit = omit,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        enable_color_correction: bool | Omit = omit,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        enable_chromatic: bool | Omit = omit,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        enable_blur: bool | Omit = omit,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        enable_vignette: bool | Omit = omit,
        vignette_strength: float | Omit = omit,
        enable_parabolize: bool | Omit = omit,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        enable_tint: bool | Omit = omit,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        enable_dissolve: bool | Omit = omit,
        dissolve_image_url: FileInput | Omit = omit,
        dissolve_factor: float | Omit = omit,
        enable_dodge_burn: bool | Omit = omit,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        enable_glow: bool | Omit = omit,
        glow_intensity: float | Omit = omit,
        glow_radius: int | Omit = omit,
        enable_sharpen: bool | Omit = omit,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        enable_solarize: bool | Omit = omit,
        solarize_threshold: float | Omit = omit,
        enable_desaturate: bool | Omit = omit,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            enable_grain: Enable film grain effect. Default: false.
            grain_intensity: Film grain intensity (when enabled). Default: 0.4. Limits: minimum 0,
                maximum 1, multiple of 0.01.
            grain_scale: Film grain scale (when enabled). Default: 10. Limits: minimum 1, maximum
                100.
            grain_style: Style of film grain to apply. Default: "modern".
            enable_color_correction: Enable color correction. Default: false.
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            enable_chromatic: Enable chromatic aberration. Default: false.
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            enable_blur: Enable blur effect. Default: false.
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            enable_vignette: Enable vignette effect. Default: false.
            vignette_strength: Vignette strength (when enabled). Default: 0.5. Limits: minimum 0,
                maximum 10.
            enable_parabolize: Enable parabolize effect. Default: false.
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_tint: Enable color tint effect. Default: false.
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            enable_dissolve: Enable dissolve effect. Default: false.
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_dodge_burn: Enable dodge and burn effect. Default: false.
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            enable_glow: Enable glow effect. Default: false.
            glow_intensity: Glow intensity. Default: 1. Limits: minimum 0, maximum 5.
            glow_radius: Glow blur radius. Default: 5. Limits: minimum 1, maximum 50.
            enable_sharpen: Enable sharpen effect. Default: false.
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            enable_solarize: Enable solarize effect. Default: false.
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_desaturate: Enable desaturation effect. Default: false.
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enable_grain": enable_grain,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
                "enable_color_correction": enable_color_correction,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
                "enable_chromatic": enable_chromatic,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
                "enable_blur": enable_blur,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
                "enable_vignette": enable_vignette,
                "vignette_strength": vignette_strength,
                "enable_parabolize": enable_parabolize,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
                "enable_tint": enable_tint,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
                "enable_dissolve": enable_dissolve,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
                "enable_dodge_burn": enable_dodge_burn,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
                "enable_glow": enable_glow,
                "glow_intensity": glow_intensity,
                "glow_radius": glow_radius,
                "enable_sharpen": enable_sharpen,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
                "enable_solarize": enable_solarize,
                "solarize_threshold": solarize_threshold,
                "enable_desaturate": enable_desaturate,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        enable_grain: bool | Omit = omit,
        grain_intensity: float | Omit = omit,
        grain_scale: float | Omit = omit,
        grain_style: Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"]
        | Omit = omit,
        enable_color_correction: bool | Omit = omit,
        temperature: float | Omit = omit,
        brightness: float | Omit = omit,
        contrast: float | Omit = omit,
        saturation: float | Omit = omit,
        gamma: float | Omit = omit,
        enable_chromatic: bool | Omit = omit,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        enable_blur: bool | Omit = omit,
        blur_type: Literal["gaussian", "kuwahara"] | Omit = omit,
        blur_radius: int | Omit = omit,
        blur_sigma: float | Omit = omit,
        enable_vignette: bool | Omit = omit,
        vignette_strength: float | Omit = omit,
        enable_parabolize: bool | Omit = omit,
        parabolize_coeff: float | Omit = omit,
        vertex_x: float | Omit = omit,
        vertex_y: float | Omit = omit,
        enable_tint: bool | Omit = omit,
        tint_strength: float | Omit = omit,
        tint_mode: Literal[
            "sepia",
            "red",
            "green",
            "blue",
            "cyan",
            "magenta",
            "yellow",
            "purple",
            "orange",
            "warm",
            "cool",
            "lime",
            "navy",
            "vintage",
            "rose",
            "teal",
            "maroon",
            "peach",
            "lavender",
            "olive",
        ]
        | Omit = omit,
        enable_dissolve: bool | Omit = omit,
        dissolve_image_url: FileInput | Omit = omit,
        dissolve_factor: float | Omit = omit,
        enable_dodge_burn: bool | Omit = omit,
        dodge_burn_intensity: float | Omit = omit,
        dodge_burn_mode: Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ]
        | Omit = omit,
        enable_glow: bool | Omit = omit,
        glow_intensity: float | Omit = omit,
        glow_radius: int | Omit = omit,
        enable_sharpen: bool | Omit = omit,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        enable_solarize: bool | Omit = omit,
        solarize_threshold: float | Omit = omit,
        enable_desaturate: bool | Omit = omit,
        desaturate_factor: float | Omit = omit,
        desaturate_method: Literal[
            "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            enable_grain: Enable film grain effect. Default: false.
            grain_intensity: Film grain intensity (when enabled). Default: 0.4. Limits: minimum 0,
                maximum 1, multiple of 0.01.
            grain_scale: Film grain scale (when enabled). Default: 10. Limits: minimum 1, maximum
                100.
            grain_style: Style of film grain to apply. Default: "modern".
            enable_color_correction: Enable color correction. Default: false.
            temperature: Color temperature adjustment. Default: 0. Limits: minimum -100, maximum
                100.
            brightness: Brightness adjustment. Default: 0. Limits: minimum -100, maximum 100.
            contrast: Contrast adjustment. Default: 0. Limits: minimum -100, maximum 100.
            saturation: Saturation adjustment. Default: 0. Limits: minimum -100, maximum 100.
            gamma: Gamma adjustment. Default: 1. Limits: minimum 0.2, maximum 2.2.
            enable_chromatic: Enable chromatic aberration. Default: false.
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            enable_blur: Enable blur effect. Default: false.
            blur_type: Type of blur to apply. Default: "gaussian".
            blur_radius: Blur radius. Default: 3. Limits: minimum 0, maximum 31.
            blur_sigma: Sigma for Gaussian blur. Default: 1. Limits: minimum 0.1, maximum 10.
            enable_vignette: Enable vignette effect. Default: false.
            vignette_strength: Vignette strength (when enabled). Default: 0.5. Limits: minimum 0,
                maximum 10.
            enable_parabolize: Enable parabolize effect. Default: false.
            parabolize_coeff: Parabolize coefficient. Default: 1. Limits: minimum -10, maximum 10.
            vertex_x: Vertex X position. Default: 0.5. Limits: minimum 0, maximum 1.
            vertex_y: Vertex Y position. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_tint: Enable color tint effect. Default: false.
            tint_strength: Tint strength. Default: 1. Limits: minimum 0.1, maximum 1.
            tint_mode: Tint color mode. Default: "sepia".
            enable_dissolve: Enable dissolve effect. Default: false.
            dissolve_image_url: URL of second image for dissolve. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: "".
            dissolve_factor: Dissolve blend factor. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_dodge_burn: Enable dodge and burn effect. Default: false.
            dodge_burn_intensity: Dodge and burn intensity. Default: 0.5. Limits: minimum 0, maximum
                1.
            dodge_burn_mode: Dodge and burn mode. Default: "dodge".
            enable_glow: Enable glow effect. Default: false.
            glow_intensity: Glow intensity. Default: 1. Limits: minimum 0, maximum 5.
            glow_radius: Glow blur radius. Default: 5. Limits: minimum 1, maximum 50.
            enable_sharpen: Enable sharpen effect. Default: false.
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            enable_solarize: Enable solarize effect. Default: false.
            solarize_threshold: Solarize threshold. Default: 0.5. Limits: minimum 0, maximum 1.
            enable_desaturate: Enable desaturation effect. Default: false.
            desaturate_factor: Desaturation factor. Default: 1. Limits: minimum 0, maximum 1.
            desaturate_method: Desaturation method. Default: "luminance (Rec.709)".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "enable_grain": enable_grain,
                "grain_intensity": grain_intensity,
                "grain_scale": grain_scale,
                "grain_style": grain_style,
                "enable_color_correction": enable_color_correction,
                "temperature": temperature,
                "brightness": brightness,
                "contrast": contrast,
                "saturation": saturation,
                "gamma": gamma,
                "enable_chromatic": enable_chromatic,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
                "enable_blur": enable_blur,
                "blur_type": blur_type,
                "blur_radius": blur_radius,
                "blur_sigma": blur_sigma,
                "enable_vignette": enable_vignette,
                "vignette_strength": vignette_strength,
                "enable_parabolize": enable_parabolize,
                "parabolize_coeff": parabolize_coeff,
                "vertex_x": vertex_x,
                "vertex_y": vertex_y,
                "enable_tint": enable_tint,
                "tint_strength": tint_strength,
                "tint_mode": tint_mode,
                "enable_dissolve": enable_dissolve,
                "dissolve_image_url": dissolve_image_url,
                "dissolve_factor": dissolve_factor,
                "enable_dodge_burn": enable_dodge_burn,
                "dodge_burn_intensity": dodge_burn_intensity,
                "dodge_burn_mode": dodge_burn_mode,
                "enable_glow": enable_glow,
                "glow_intensity": glow_intensity,
                "glow_radius": glow_radius,
                "enable_sharpen": enable_sharpen,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
                "enable_solarize": enable_solarize,
                "solarize_threshold": solarize_threshold,
                "enable_desaturate": enable_desaturate,
                "desaturate_factor": desaturate_factor,
                "desaturate_method": desaturate_method,
            }
        )
        return self._stream(payload, options)
