# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared

FramesPerSecond = TypeAliasType(
    "FramesPerSecond",
    Annotated[
        int,
        Field(
            description="Frames per second of the generated video. Must be between 5 to 30. "
            "Ignored if match_input_frames_per_second is true.",
            ge=5,
            le=30,
        ),
    ],
)


class Wan22VaceFunA14bOutpaintingInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt to guide video generation.")]
    """The text prompt to guide video generation."""

    negative_prompt: Annotated[str, Field(description="Negative prompt for video generation.")] = (
        "letterboxing, borders, black bars, bright colors, overexposed, static, blurred details, "
        "subtitles, style, artwork, painting, picture, still, overall gray, worst quality, low "
        "quality, JPEG compression residue, ugly, incomplete, extra fingers, poorly drawn hands, "
        "poorly drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture, "
        "cluttered background, three legs, many people in the background, walking backwards"
    )
    """Negative prompt for video generation."""

    match_input_num_frames: Annotated[
        bool,
        Field(
            description="If true, the number of frames in the generated video will match the "
            "number of frames in the input video. If false, the number of frames will be "
            "determined by the num_frames parameter."
        ),
    ] = False
    """If true, the number of frames in the generated video will match the number of frames in
    the input video. If false, the number of frames will be determined by the num_frames
    parameter.
    """

    num_frames: Annotated[
        int,
        Field(
            description="Number of frames to generate. Must be between 81 to 241 (inclusive).",
            ge=17,
            le=241,
        ),
    ] = 81
    """Number of frames to generate. Must be between 81 to 241 (inclusive)."""

    match_input_frames_per_second: Annotated[
        bool,
        Field(
            description="If true, the frames per second of the generated video will match the "
            "input video. If false, the frames per second will be determined by the "
            "frames_per_second parameter."
        ),
    ] = False
    """If true, the frames per second of the generated video will match the input video. If
    false, the frames per second will be determined by the frames_per_second parameter.
    """

    frames_per_second: Annotated[
        FramesPerSecond | None,
        Field(
            description="Frames per second of the generated video. Must be between 5 to 30. "
            "Ignored if match_input_frames_per_second is true."
        ),
    ] = 16
    """Frames per second of the generated video. Must be between 5 to 30. Ignored if
    match_input_frames_per_second is true.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    resolution: Annotated[
        Literal["auto", "240p", "360p", "480p", "580p", "720p"],
        Field(description="Resolution of the generated video."),
    ] = "auto"
    """Resolution of the generated video."""

    aspect_ratio: Annotated[
        Literal["auto", "16:9", "1:1", "9:16"],
        Field(description="Aspect ratio of the generated video."),
    ] = "auto"
    """Aspect ratio of the generated video."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer.",
            ge=2,
            le=50,
        ),
    ] = 30
    """Number of inference steps for sampling. Higher values give better quality but take longer."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Guidance scale for classifier-free guidance. Higher values encourage the "
            "model to generate images closely related to the text prompt.",
            ge=1.0,
            le=10.0,
        ),
    ] = 5
    """Guidance scale for classifier-free guidance. Higher values encourage the model to generate
    images closely related to the text prompt.
    """

    sampler: Annotated[
        Literal["unipc", "dpm++", "euler"],
        Field(description="Sampler to use for video generation."),
    ] = "unipc"
    """Sampler to use for video generation."""

    shift: Annotated[
        float, Field(description="Shift parameter for video generation.", ge=1.0, le=15.0)
    ] = 5
    """Shift parameter for video generation."""

    video_url: Annotated[
        str,
        Field(
            description="URL to the source video file. Required for outpainting.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to the source video file. Required for outpainting."""

    ref_image_urls: Annotated[
        list[str] | MISSING,
        Field(
            description="URLs to source reference image. If provided, the model will use this "
            "image as reference.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URLs to source reference image. If provided, the model will use this image as reference."""

    first_frame_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL to the first frame of the video. If provided, the model will use "
            "this frame as a reference.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL to the first frame of the video. If provided, the model will use this frame as a
    reference.
    """

    last_frame_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL to the last frame of the video. If provided, the model will use this "
            "frame as a reference.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL to the last frame of the video. If provided, the model will use this frame as a
    reference.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = False
    """If set to true, the safety checker will be enabled."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to enable prompt expansion.")
    ] = False
    """Whether to enable prompt expansion."""

    acceleration: Annotated[
        Literal["none", "low", "regular"] | None,
        Field(
            description="Acceleration to use for inference. Options are 'none' or 'regular'. "
            "Accelerated inference will very slightly affect output, but will be significantly "
            "faster."
        ),
    ] = "regular"
    """Acceleration to use for inference. Options are 'none' or 'regular'. Accelerated inference
    will very slightly affect output, but will be significantly faster.
    """

    video_quality: Annotated[
        Literal["low", "medium", "high", "maximum"],
        Field(description="The quality of the generated video."),
    ] = "high"
    """The quality of the generated video."""

    video_write_mode: Annotated[
        Literal["fast", "balanced", "small"],
        Field(description="The write mode of the generated video."),
    ] = "balanced"
    """The write mode of the generated video."""

    num_interpolated_frames: Annotated[
        int,
        Field(
            description="Number of frames to interpolate between the original frames. A value of "
            "0 means no interpolation.",
            ge=0,
            le=5,
        ),
    ] = 0
    """Number of frames to interpolate between the original frames. A value of 0 means no
    interpolation.
    """

    temporal_downsample_factor: Annotated[
        int,
        Field(
            description="Temporal downsample factor for the video. This is an integer value that "
            "determines how many frames to skip in the video. A value of 0 means no downsampling. "
            "For each downsample factor, one upsample factor will automatically be applied.",
            ge=0,
            le=5,
        ),
    ] = 0
    """Temporal downsample factor for the video. This is an integer value that determines how
    many frames to skip in the video. A value of 0 means no downsampling. For each downsample
    factor, one upsample factor will automatically be applied.
    """

    enable_auto_downsample: Annotated[
        bool,
        Field(
            description="If true, the model will automatically temporally downsample the video to "
            "an appropriate frame length for the model, then will interpolate it back to the "
            "original frame length."
        ),
    ] = False
    """If true, the model will automatically temporally downsample the video to an appropriate
    frame length for the model, then will interpolate it back to the original frame length.
    """

    auto_downsample_min_fps: Annotated[
        float,
        Field(
            description="The minimum frames per second to downsample the video to. This is used "
            "to help determine the auto downsample factor to try and find the lowest "
            "detail-preserving downsample factor. The default value is appropriate for most "
            "videos, if you are using a video with very fast motion, you may need to increase "
            "this value. If your video has a very low amount of motion, you could decrease this "
            "value to allow for higher downsampling and thus longer sequences.",
            ge=1.0,
            le=60.0,
        ),
    ] = 15
    """The minimum frames per second to downsample the video to. This is used to help determine
    the auto downsample factor to try and find the lowest detail-preserving downsample factor.
    The default value is appropriate for most videos, if you are using a video with very fast
    motion, you may need to increase this value. If your video has a very low amount of
    motion, you could decrease this value to allow for higher downsampling and thus longer
    sequences.
    """

    interpolator_model: Annotated[
        Literal["rife", "film"],
        Field(
            description="The model to use for frame interpolation. Options are 'rife' or 'film'."
        ),
    ] = "film"
    """The model to use for frame interpolation. Options are 'rife' or 'film'."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """

    transparency_mode: Annotated[
        Literal["content_aware", "white", "black"],
        Field(
            description="The transparency mode to apply to the first and last frames. This "
            "controls how the transparent areas of the first and last frames are filled."
        ),
    ] = "content_aware"
    """The transparency mode to apply to the first and last frames. This controls how the
    transparent areas of the first and last frames are filled.
    """

    return_frames_zip: Annotated[
        bool, Field(description="If true, also return a ZIP file containing all generated frames.")
    ] = False
    """If true, also return a ZIP file containing all generated frames."""

    expand_left: Annotated[bool, Field(description="Whether to expand the video to the left.")] = (
        False
    )
    """Whether to expand the video to the left."""

    expand_right: Annotated[
        bool, Field(description="Whether to expand the video to the right.")
    ] = False
    """Whether to expand the video to the right."""

    expand_top: Annotated[bool, Field(description="Whether to expand the video to the top.")] = (
        False
    )
    """Whether to expand the video to the top."""

    expand_bottom: Annotated[
        bool, Field(description="Whether to expand the video to the bottom.")
    ] = False
    """Whether to expand the video to the bottom."""

    expand_ratio: Annotated[
        float,
        Field(
            description="Amount of expansion. This is a float value between 0 and 1, where 0.25 "
            "adds 25% to the original video size on the specified sides.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.25
    """Amount of expansion. This is a float value between 0 and 1, where 0.25 adds 25% to the
    original video size on the specified sides.
    """


class VideoFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    width: Annotated[int | None | MISSING, Field(description="The width of the video")] = MISSING
    """The width of the video"""

    height: Annotated[int | None | MISSING, Field(description="The height of the video")] = MISSING
    """The height of the video"""

    fps: Annotated[float | None | MISSING, Field(description="The FPS of the video")] = MISSING
    """The FPS of the video"""

    duration: Annotated[float | None | MISSING, Field(description="The duration of the video")] = (
        MISSING
    )
    """The duration of the video"""

    num_frames: Annotated[
        int | None | MISSING, Field(description="The number of frames in the video")
    ] = MISSING
    """The number of frames in the video"""


class Wan22VaceFunA14bOutpaintingOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated outpainting video file.")]
    """The generated outpainting video file."""

    prompt: Annotated[str, Field(description="The prompt used for generation.")]
    """The prompt used for generation."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    frames_zip: Annotated[
        shared.File | None | MISSING,
        Field(description="ZIP archive of all video frames if requested."),
    ] = MISSING
    """ZIP archive of all video frames if requested."""
