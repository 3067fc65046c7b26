# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The endpoint catalogue for `fal-models list` and `search`: each endpoint's title, category,
status and description, from its spec. Imported only by those commands, never by the client.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["CATALOGUE", "CatalogueEntry"]


class CatalogueEntry(NamedTuple):
    id: str
    title: str
    category: str
    status: str  # "active" or "deprecated"
    description: str


CATALOGUE: tuple[CatalogueEntry, ...] = (
    CatalogueEntry(
        "alibaba/happy-horse/image-to-video",
        "Alibaba Happy Horse Image To Video",
        "image-to-video",
        "active",
        "Input for Happy Horse image-to-video generation (first frame only).",
    ),
    CatalogueEntry(
        "alibaba/happy-horse/reference-to-video",
        "Alibaba Happy Horse Reference To Video",
        "image-to-video",
        "active",
        "Input for Happy Horse reference-to-video generation (1-9 reference images).",
    ),
    CatalogueEntry(
        "alibaba/happy-horse/text-to-video",
        "Alibaba Happy Horse Text To Video",
        "text-to-video",
        "active",
        "Input for Happy Horse text-to-video generation.",
    ),
    CatalogueEntry(
        "alibaba/happy-horse/video-edit",
        "Alibaba Happy Horse Video Edit",
        "video-to-video",
        "active",
        "Input for Happy Horse video-editing (source video + edit prompt).",
    ),
    CatalogueEntry(
        "argil/avatars/audio-to-video",
        "Argil Avatars Audio To Video",
        "audio-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "argil/avatars/text-to-video", "Argil Avatars Text To Video", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "bria/bria_video_eraser/erase/keypoints",
        "Bria Bria Video Eraser Erase Keypoints",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "bria/bria_video_eraser/erase/mask",
        "Bria Bria Video Eraser Erase Mask",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "bria/bria_video_eraser/erase/prompt",
        "Bria Bria Video Eraser Erase Prompt",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("bria/embed-product", "Bria Embed Product", "text-to-image", "active", ""),
    CatalogueEntry(
        "bria/fibo-bbq-preview/generate",
        "Bria Fibo Bbq Preview Generate",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "bria/fibo-edit/add_object_by_text",
        "Bria Fibo Edit Add Object By Text",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("bria/fibo-edit/blend", "Bria Fibo Edit Blend", "image-to-image", "active", ""),
    CatalogueEntry(
        "bria/fibo-edit/colorize", "Bria Fibo Edit Colorize", "image-to-image", "active", ""
    ),
    CatalogueEntry("bria/fibo-edit/edit", "Bria Fibo Edit Edit", "image-to-image", "active", ""),
    CatalogueEntry(
        "bria/fibo-edit/edit/structured_instruction",
        "Bria Fibo Edit Edit Structured Instruction",
        "text-to-json",
        "active",
        "",
    ),
    CatalogueEntry(
        "bria/fibo-edit/erase_by_text",
        "Bria Fibo Edit Erase By Text",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "bria/fibo-edit/relight", "Bria Fibo Edit Relight", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "bria/fibo-edit/replace_object_by_text",
        "Bria Fibo Edit Replace Object By Text",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "bria/fibo-edit/reseason", "Bria Fibo Edit Reseason", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "bria/fibo-edit/restore", "Bria Fibo Edit Restore", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "bria/fibo-edit/restyle", "Bria Fibo Edit Restyle", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "bria/fibo-edit/rewrite_text", "Bria Fibo Edit Rewrite Text", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "bria/fibo-edit/sketch_to_colored_image",
        "Bria Fibo Edit Sketch To Colored Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "bria/fibo-lite/generate", "Bria Fibo Lite Generate", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "bria/fibo-lite/generate/structured_prompt",
        "Bria Fibo Lite Generate Structured Prompt",
        "text-to-json",
        "active",
        "",
    ),
    CatalogueEntry(
        "bria/fibo-lite/generate/structured_prompt/lite",
        "Bria Fibo Lite Generate Structured Prompt Lite",
        "text-to-json",
        "active",
        "",
    ),
    CatalogueEntry("bria/fibo/generate", "Bria Fibo Generate", "text-to-image", "active", ""),
    CatalogueEntry(
        "bria/fibo/generate/structured_prompt",
        "Bria Fibo Generate Structured Prompt",
        "text-to-json",
        "active",
        "",
    ),
    CatalogueEntry("bria/reimagine/3.2", "Bria Reimagine 3.2", "text-to-image", "active", ""),
    CatalogueEntry(
        "bria/replace-background", "Bria Replace Background", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "bria/upscale/creative", "Bria Upscale Creative", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "bria/video/background-removal",
        "Bria Video Background Removal",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "bria/video/erase/keypoints", "Bria Video Erase Keypoints", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "bria/video/erase/mask", "Bria Video Erase Mask", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "bria/video/erase/prompt", "Bria Video Erase Prompt", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "bria/video/increase-resolution",
        "Bria Video Increase Resolution",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("bytedance/lynx", "Bytedance Lynx", "image-to-video", "active", ""),
    CatalogueEntry(
        "bytedance/seedance-2.0/fast/image-to-video",
        "Bytedance Seedance 2.0 Fast Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "bytedance/seedance-2.0/fast/reference-to-video",
        "Bytedance Seedance 2.0 Fast Reference To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "bytedance/seedance-2.0/fast/text-to-video",
        "Bytedance Seedance 2.0 Fast Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "bytedance/seedance-2.0/image-to-video",
        "Bytedance Seedance 2.0 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "bytedance/seedance-2.0/reference-to-video",
        "Bytedance Seedance 2.0 Reference To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "bytedance/seedance-2.0/text-to-video",
        "Bytedance Seedance 2.0 Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "cassetteai/music-generator", "Cassetteai Music Generator", "text-to-audio", "active", ""
    ),
    CatalogueEntry(
        "cassetteai/sound-effects-generator",
        "Cassetteai Sound Effects Generator",
        "text-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "cassetteai/video-sound-effects-generator",
        "Cassetteai Video Sound Effects Generator",
        "video-to-video",
        "active",
        "Pydantic model for receiving a video file to analyze and re-sound.",
    ),
    CatalogueEntry(
        "clarityai/crystal-upscaler", "Clarityai Crystal Upscaler", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "clarityai/crystal-video-upscaler",
        "Clarityai Crystal Video Upscaler",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("decart/lucy-edit/pro", "Decart Lucy Edit Pro", "video-to-video", "active", ""),
    CatalogueEntry("decart/lucy-restyle", "Decart Lucy Restyle", "video-to-video", "active", ""),
    CatalogueEntry(
        "decart/lucy2-vton/realtime",
        "Decart Lucy2 Vton Realtime",
        "text-to-video",
        "active",
        'Input model for the Lucy 2 RT signaling proxy. Uses extra="allow" so WebRTC '
        'signaling messages ({type: "offer", sdp: ...}) pass validation alongside '
        "application messages. The schema exposes prompt, image_url, and reference_image_url "
        "for playground form rendering.",
    ),
    CatalogueEntry("fal-ai/ace-step", "Ace Step", "text-to-audio", "active", ""),
    CatalogueEntry(
        "fal-ai/ace-step/audio-inpaint", "Ace Step Audio Inpaint", "audio-to-audio", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ace-step/audio-outpaint", "Ace Step Audio Outpaint", "audio-to-audio", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ace-step/prompt-to-audio", "Ace Step Prompt To Audio", "text-to-audio", "active", ""
    ),
    CatalogueEntry("fal-ai/ai-avatar", "Ai Avatar", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/ai-avatar/multi", "Ai Avatar Multi", "image-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/ai-avatar/single-text", "Ai Avatar Single Text", "image-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/amt-interpolation", "Amt Interpolation", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/amt-interpolation/frame-interpolation",
        "Amt Interpolation Frame Interpolation",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/animatediff-sparsectrl-lcm",
        "Animatediff Sparsectrl Lcm",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/arbiter/image", "Arbiter Image", "vision", "active", ""),
    CatalogueEntry("fal-ai/arbiter/image/text", "Arbiter Image Text", "vision", "active", ""),
    CatalogueEntry(
        "fal-ai/audio-understanding", "Audio Understanding", "audio-to-audio", "active", ""
    ),
    CatalogueEntry("fal-ai/aura-flow", "Aura Flow", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/aura-sr", "Aura Sr", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/auto-caption", "Auto Caption", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/bagel", "Bagel", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/bagel/edit", "Bagel Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/bagel/understand", "Bagel Understand", "image-to-json", "active", ""),
    CatalogueEntry("fal-ai/ben/v2/image", "Ben V2 Image", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/ben/v2/video", "Ben V2 Video", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/bitdance",
        "BitDance Text to Image",
        "text-to-image",
        "active",
        "Image generation with BitDance: fast, high-resolution photorealistic images using an "
        "autoregressive LLM.",
    ),
    CatalogueEntry(
        "fal-ai/bria/background/remove", "Bria Background Remove", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/bria/background/replace", "Bria Background Replace", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/bria/eraser", "Bria Eraser", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/bria/expand", "Bria Expand", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/bria/genfill", "Bria Genfill", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/bria/product-shot", "Bria Product Shot", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/bria/reimagine", "Bria Reimagine", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/bria/text-to-image/base", "Bria Text To Image Base", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/bria/text-to-image/fast", "Bria Text To Image Fast", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/bria/text-to-image/hd", "Bria Text To Image Hd", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/bytedance-upscaler/upscale/video",
        "Bytedance Upscaler Upscale Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/dreamactor/v2", "Bytedance Dreamactor V2", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/bytedance/dreamina/v3.1/text-to-image",
        "Bytedance Dreamina v3.1 Text to Image",
        "text-to-image",
        "deprecated",
        "Generate images using Bytedance's Dreamina 3.1 model.",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/omnihuman", "Bytedance Omnihuman", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/bytedance/omnihuman/v1.5",
        "Bytedance Omnihuman V1.5",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/bytedance/seed/v2/mini", "Bytedance Seed V2 Mini", "llm", "active", ""),
    CatalogueEntry(
        "fal-ai/bytedance/seedance/v1.5/pro/image-to-video",
        "Bytedance Seedance V1.5 Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedance/v1.5/pro/text-to-video",
        "Bytedance Seedance V1.5 Pro Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedance/v1/lite/image-to-video",
        "Bytedance Seedance V1 Lite Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedance/v1/lite/reference-to-video",
        "Bytedance Seedance V1 Lite Reference To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedance/v1/lite/text-to-video",
        "Bytedance Seedance V1 Lite Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedance/v1/pro/fast/image-to-video",
        "Bytedance Seedance V1 Pro Fast Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedance/v1/pro/fast/text-to-video",
        "Bytedance Seedance V1 Pro Fast Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedance/v1/pro/image-to-video",
        "Bytedance Seedance V1 Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedance/v1/pro/text-to-video",
        "Bytedance Seedance V1 Pro Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedream/v3/text-to-image",
        "Bytedance Seedream v3 Text to Image",
        "text-to-image",
        "deprecated",
        "Generate images using Bytedance's Seedream 3 model.",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedream/v4.5/edit",
        "Bytedance Seedream v4.5 Edit",
        "image-to-image",
        "active",
        "Edit images using Bytedance's Seedream 4.5 model.",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedream/v4.5/text-to-image",
        "Bytedance Seedream V4.5 Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedream/v4/text-to-image",
        "Bytedance Seedream v4 Text to Image",
        "text-to-image",
        "active",
        "Generate images using Bytedance's Seedream 4 model.",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedream/v5/lite/edit",
        "Bytedance Seedream V5 Lite Edit",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/seedream/v5/lite/text-to-image",
        "Bytedance Seedream V5 Lite Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/bytedance/video-stylize", "Bytedance Video Stylize", "image-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/cartoonify", "Cartoonify", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/cat-vton", "Cat Vton", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/ccsr", "Ccsr", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/chain-of-zoom", "Chain Of Zoom", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/chatterbox/speech-to-speech",
        "Chatterbox Speech To Speech",
        "speech-to-speech",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/chatterbox/text-to-speech/multilingual",
        "Chatterbox Text To Speech Multilingual",
        "text-to-speech",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/chrono-edit-lora-gallery/paintbrush",
        "Chrono Edit Lora Gallery Paintbrush",
        "image-to-image",
        "active",
        "Input for paintbrush mode",
    ),
    CatalogueEntry(
        "fal-ai/chrono-edit-lora-gallery/upscaler",
        "Chrono Edit Lora Gallery Upscaler",
        "image-to-image",
        "active",
        "Input for upscaler mode",
    ),
    CatalogueEntry(
        "fal-ai/chrono-edit-lora",
        "Chrono Edit Lora",
        "image-to-image",
        "active",
        "ChronoEdit input with optional custom LoRAs.",
    ),
    CatalogueEntry(
        "fal-ai/chrono-edit",
        "Chrono Edit",
        "image-to-image",
        "active",
        "Input model for ChronoEdit standard editing operations",
    ),
    CatalogueEntry("fal-ai/clarity-upscaler", "Clarity Upscaler", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/codeformer", "Codeformer", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/cogvideox-5b", "Cogvideox 5b", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/cogvideox-5b/image-to-video",
        "Cogvideox 5b Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/cogvideox-5b/video-to-video",
        "Cogvideox 5b Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/cogview4", "Cogview4", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/controlfoley", "Controlfoley", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/controlnext", "Controlnext", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/cosmos-predict-2.5/distilled/text-to-video",
        "Cosmos Predict 2.5 Distilled Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/cosmos-predict-2.5/image-to-video",
        "Cosmos Predict 2.5 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/cosmos-predict-2.5/text-to-video",
        "Cosmos Predict 2.5 Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/cosmos-predict-2.5/video-to-video",
        "Cosmos Predict 2.5 Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/creatify/aurora", "Creatify Aurora", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/creative-upscaler", "Creative Upscaler", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/csm-1b", "Csm 1b", "text-to-audio", "active", ""),
    CatalogueEntry("fal-ai/davinci-magihuman", "Davinci Magihuman", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/ddcolor", "Ddcolor", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/deepfilternet3", "Deepfilternet3", "audio-to-audio", "active", ""),
    CatalogueEntry("fal-ai/demucs", "Demucs", "audio-to-audio", "active", ""),
    CatalogueEntry(
        "fal-ai/depth-anything-video",
        "Depth Anything Video",
        "video-to-video",
        "active",
        "Input schema for video depth estimation.",
    ),
    CatalogueEntry("fal-ai/dia-tts", "Dia Tts", "text-to-speech", "active", ""),
    CatalogueEntry("fal-ai/diffrhythm", "Diffrhythm", "text-to-audio", "active", ""),
    CatalogueEntry("fal-ai/docres", "Docres", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/docres/dewarp", "Docres Dewarp", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/drct-super-resolution", "Drct Super Resolution", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/dreamo", "Dreamo", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/dreamomni2/edit", "Dreamomni2 Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/dreamshaper", "Dreamshaper", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/dubbing", "Dubbing", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/dwpose", "Dwpose", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/dwpose/video", "Dwpose Video", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/echomimic-v3", "Echomimic V3", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/editto", "Editto", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/elevenlabs/audio-isolation",
        "Elevenlabs Audio Isolation",
        "text-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/elevenlabs/dubbing", "Elevenlabs Dubbing", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/elevenlabs/music",
        "Elevenlabs Music",
        "text-to-audio",
        "active",
        "Request format for Elevenlabs Music API",
    ),
    CatalogueEntry(
        "fal-ai/elevenlabs/sound-effects/v2",
        "Elevenlabs Sound Effects V2",
        "text-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/elevenlabs/speech-to-text",
        "Elevenlabs Speech To Text",
        "speech-to-text",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/elevenlabs/speech-to-text/scribe-v2",
        "Elevenlabs Speech To Text Scribe V2",
        "speech-to-text",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/elevenlabs/text-to-dialogue/eleven-v3",
        "Elevenlabs Text To Dialogue Eleven V3",
        "text-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/elevenlabs/tts/eleven-v3",
        "Elevenlabs Tts Eleven V3",
        "text-to-audio",
        "active",
        "Request model for eleven_v3 which doesn't support previous_text/next_text",
    ),
    CatalogueEntry(
        "fal-ai/elevenlabs/tts/multilingual-v2",
        "Elevenlabs Tts Multilingual V2",
        "text-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/elevenlabs/tts/turbo-v2.5",
        "Elevenlabs Tts Turbo V2.5",
        "text-to-speech",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/elevenlabs/voice-changer",
        "Elevenlabs Voice Changer",
        "audio-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/emu-3.5-image/edit-image",
        "Emu 3.5 Image Edit Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/emu-3.5-image/text-to-image",
        "Emu 3.5 Image Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/era-3d", "Era 3d", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/ernie-image-trainer", "Ernie Image Trainer", "training", "active", ""),
    CatalogueEntry("fal-ai/ernie-image", "Ernie Image", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/ernie-image/lora", "Ernie Image Lora", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/ernie-image/lora/turbo", "Ernie Image Lora Turbo", "text-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/ernie-image/turbo", "Ernie Image Turbo", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/esrgan", "Esrgan", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/evf-sam", "Evf Sam", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/f-lite/standard", "F Lite Standard", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/f-lite/texture", "F Lite Texture", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/f5-tts", "F5 Tts", "audio-to-audio", "active", ""),
    CatalogueEntry("fal-ai/face-to-sticker", "Face To Sticker", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/fashn/tryon/v1.5", "Fashn Tryon V1.5", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/fashn/tryon/v1.6", "Fashn Tryon V1.6", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/fast-animatediff/text-to-video",
        "Fast Animatediff Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/fast-animatediff/turbo/text-to-video",
        "Fast Animatediff Turbo Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/fast-animatediff/turbo/video-to-video",
        "Fast Animatediff Turbo Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/fast-animatediff/video-to-video",
        "Fast Animatediff Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/fast-fooocus-sdxl", "Fast Fooocus Sdxl", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/fast-fooocus-sdxl/image-to-image",
        "Fast Fooocus Sdxl Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/fast-lcm-diffusion", "Fast Lcm Diffusion", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/fast-lcm-diffusion/image-to-image",
        "Fast Lcm Diffusion Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/fast-lcm-diffusion/inpainting",
        "Fast Lcm Diffusion Inpainting",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/fast-lightning-sdxl", "Fast Lightning Sdxl", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/fast-lightning-sdxl/image-to-image",
        "Fast Lightning Sdxl Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/fast-lightning-sdxl/inpainting",
        "Fast Lightning Sdxl Inpainting",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/fast-sdxl-controlnet-canny",
        "Fast Sdxl Controlnet Canny",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/fast-sdxl-controlnet-canny/image-to-image",
        "Fast Sdxl Controlnet Canny Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/fast-sdxl-controlnet-canny/inpainting",
        "Fast Sdxl Controlnet Canny Inpainting",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/fast-sdxl", "Fast Sdxl", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/fast-sdxl/image-to-image",
        "Fast Sdxl Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/fast-sdxl/inpainting", "Fast Sdxl Inpainting", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/fast-svd-lcm", "Fast Svd Lcm", "image-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/fast-svd-lcm/text-to-video",
        "Fast Svd Lcm Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/fast-svd/text-to-video", "Fast Svd Text To Video", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/firered-image-edit-v1.1", "Firered Image Edit V1.1", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/firered-image-edit", "Firered Image Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/flashhead", "Flashhead", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/flashtalk", "Flashtalk", "image-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/flashvsr/upscale/video", "Flashvsr Upscale Video", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/florence-2-large/caption-to-phrase-grounding",
        "Florence 2 Large Caption To Phrase Grounding",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/florence-2-large/caption", "Florence 2 Large Caption", "vision", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/florence-2-large/dense-region-caption",
        "Florence 2 Large Dense Region Caption",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/florence-2-large/detailed-caption",
        "Florence 2 Large Detailed Caption",
        "vision",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/florence-2-large/more-detailed-caption",
        "Florence 2 Large More Detailed Caption",
        "vision",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/florence-2-large/object-detection",
        "Florence 2 Large Object Detection",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/florence-2-large/ocr-with-region",
        "Florence 2 Large Ocr With Region",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/florence-2-large/ocr", "Florence 2 Large Ocr", "vision", "active", ""),
    CatalogueEntry(
        "fal-ai/florence-2-large/open-vocabulary-detection",
        "Florence 2 Large Open Vocabulary Detection",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/florence-2-large/referring-expression-segmentation",
        "Florence 2 Large Referring Expression Segmentation",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/florence-2-large/region-proposal",
        "Florence 2 Large Region Proposal",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/florence-2-large/region-to-category",
        "Florence 2 Large Region To Category",
        "vision",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/florence-2-large/region-to-description",
        "Florence 2 Large Region To Description",
        "vision",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/florence-2-large/region-to-segmentation",
        "Florence 2 Large Region To Segmentation",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/flowedit", "Flowedit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-1/dev", "Flux 1 Dev", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-1/dev/image-to-image",
        "Flux 1 Dev Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/flux-1/dev/redux", "Flux 1 Dev Redux", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-1/krea", "Flux 1 Krea", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-1/krea/image-to-image",
        "Flux 1 Krea Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/flux-1/krea/redux", "Flux 1 Krea Redux", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-1/schnell", "Flux 1 Schnell", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-1/schnell/redux", "Flux 1 Schnell Redux", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/flux-1/srpo", "Flux 1 Srpo", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-1/srpo/image-to-image",
        "Flux 1 Srpo Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/flux-2-flex", "Flux 2 Flex", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-2-flex/edit", "Flux 2 Flex Edit", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-2-klein-4b-base-trainer",
        "Flux 2 Klein 4b Base Trainer",
        "training",
        "active",
        "V2 input with multi-resolution bucketing.",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-klein-4b-base-trainer/edit",
        "Flux 2 Klein 4b Base Trainer Edit",
        "training",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-klein-9b-base-trainer",
        "Flux 2 Klein 9b Base Trainer",
        "training",
        "active",
        "V2 input with multi-resolution bucketing.",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-klein-9b-base-trainer/edit",
        "Flux 2 Klein 9b Base Trainer Edit",
        "training",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-lora-gallery/add-background",
        "Flux 2 Lora Gallery Add Background",
        "image-to-image",
        "active",
        "Input model for Add Background endpoint - Add background to images",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-lora-gallery/apartment-staging",
        "Flux 2 Lora Gallery Apartment Staging",
        "image-to-image",
        "active",
        "Input model for Apartment Staging endpoint - Furnish rooms",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-lora-gallery/ballpoint-pen-sketch",
        "Flux 2 Lora Gallery Ballpoint Pen Sketch",
        "text-to-image",
        "active",
        "Input model for Ballpoint Pen Sketch endpoint - Generate ballpoint pen sketch style "
        "images",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-lora-gallery/digital-comic-art",
        "Flux 2 Lora Gallery Digital Comic Art",
        "text-to-image",
        "active",
        "Input model for Digital Comic Art endpoint - Generate digital comic art style images",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-lora-gallery/face-to-full-portrait",
        "Flux 2 Lora Gallery Face To Full Portrait",
        "image-to-image",
        "active",
        "Input model for Face to Full Portrait endpoint - Generate full portrait from face",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-lora-gallery/hdr-style",
        "Flux 2 Lora Gallery Hdr Style",
        "text-to-image",
        "active",
        "Input model for HDR Style endpoint - Generate HDR style images with vibrant colors",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-lora-gallery/multiple-angles",
        "Flux 2 Lora Gallery Multiple Angles",
        "image-to-image",
        "active",
        "Input model for Multiple Angles endpoint - Camera control with precise adjustments "
        "using <sks> trigger word. Prompt is built automatically from slider values.",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-lora-gallery/realism",
        "Flux 2 Lora Gallery Realism",
        "text-to-image",
        "active",
        "Input model for Realism endpoint - Generate realistic style images",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-lora-gallery/satellite-view-style",
        "Flux 2 Lora Gallery Satellite View Style",
        "text-to-image",
        "active",
        "Input model for Satellite View Style endpoint - Generate satellite/aerial view style "
        "images",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-lora-gallery/sepia-vintage",
        "Flux 2 Lora Gallery Sepia Vintage",
        "text-to-image",
        "active",
        "Input model for Sepia Vintage Photography endpoint - Generate vintage sepia style images",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-lora-gallery/virtual-tryon",
        "Flux 2 Lora Gallery Virtual Tryon",
        "image-to-image",
        "active",
        "Input model for Virtual Try-on endpoint - Generate virtual try-on images",
    ),
    CatalogueEntry("fal-ai/flux-2-max", "Flux 2 Max", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-2-max/edit", "Flux 2 Max Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-2-pro", "Flux 2 Pro", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-2-pro/edit", "Flux 2 Pro Edit", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-2-trainer-v2",
        "Flux 2 Trainer V2",
        "training",
        "active",
        "V2 input with multi-resolution bucketing.",
    ),
    CatalogueEntry(
        "fal-ai/flux-2-trainer-v2/edit", "Flux 2 Trainer V2 Edit", "training", "active", ""
    ),
    CatalogueEntry("fal-ai/flux-2-trainer", "Flux 2 Trainer", "training", "active", ""),
    CatalogueEntry("fal-ai/flux-2-trainer/edit", "Flux 2 Trainer Edit", "training", "active", ""),
    CatalogueEntry("fal-ai/flux-2", "Flux 2", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-2/edit", "Flux 2 Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-2/flash", "Flux 2 Flash", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-2/flash/edit", "Flux 2 Flash Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-2/klein/4b", "Flux 2 Klein 4b", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-2/klein/4b/base", "Flux 2 Klein 4b Base", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/4b/base/edit",
        "Flux 2 Klein 4b Base Edit",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/4b/base/edit/lora",
        "Flux 2 Klein 4b Base Edit Lora",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/4b/base/lora",
        "Flux 2 Klein 4b Base Lora",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/4b/edit", "Flux 2 Klein 4b Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/4b/edit/lora",
        "Flux 2 Klein 4b Edit Lora",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/4b/lora", "Flux 2 Klein 4b Lora", "text-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/flux-2/klein/9b", "Flux 2 Klein 9b", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-2/klein/9b/base", "Flux 2 Klein 9b Base", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/9b/base/edit",
        "Flux 2 Klein 9b Base Edit",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/9b/base/edit/lora",
        "Flux 2 Klein 9b Base Edit Lora",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/9b/base/lora",
        "Flux 2 Klein 9b Base Lora",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/9b/edit", "Flux 2 Klein 9b Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/9b/edit/lora",
        "Flux 2 Klein 9b Edit Lora",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/9b/lora", "Flux 2 Klein 9b Lora", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/flux-2/klein/realtime", "Flux 2 Klein Realtime", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/flux-2/lora", "Flux 2 Lora", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-2/lora/edit", "Flux 2 Lora Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-2/turbo", "Flux 2 Turbo", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-2/turbo/edit", "Flux 2 Turbo Edit", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-control-lora-canny", "Flux Control Lora Canny", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/flux-control-lora-canny/image-to-image",
        "Flux Control Lora Canny Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-control-lora-depth", "Flux Control Lora Depth", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/flux-control-lora-depth/image-to-image",
        "Flux Control Lora Depth Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-differential-diffusion",
        "Flux Differential Diffusion",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/flux-general", "Flux General", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-general/differential-diffusion",
        "Flux General Differential Diffusion",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-general/image-to-image",
        "Flux General Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-general/inpainting", "Flux General Inpainting", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/flux-general/rf-inversion",
        "Flux General Rf Inversion",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/flux-kontext-lora", "Flux Kontext Lora", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-kontext-lora/inpaint",
        "Flux Kontext Lora Inpaint",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-kontext-lora/text-to-image",
        "Flux Kontext Lora Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/flux-kontext-trainer", "Flux Kontext Trainer", "training", "active", ""),
    CatalogueEntry("fal-ai/flux-kontext/dev", "Flux Kontext Dev", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-krea-lora", "Flux Krea Lora", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-krea-lora/image-to-image",
        "Flux Krea Lora Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-krea-lora/inpainting",
        "Flux Krea Lora Inpainting",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-krea-lora/stream", "Flux Krea Lora Stream", "text-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/flux-krea-trainer", "Flux Krea Trainer", "training", "active", ""),
    CatalogueEntry("fal-ai/flux-lora-canny", "Flux Lora Canny", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-lora-depth", "Flux Lora Depth", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-lora-fast-training", "Flux Lora Fast Training", "training", "active", ""
    ),
    CatalogueEntry("fal-ai/flux-lora-fill", "Flux Lora Fill", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-lora-portrait-trainer", "Flux Lora Portrait Trainer", "training", "active", ""
    ),
    CatalogueEntry("fal-ai/flux-lora", "Flux Lora", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-lora/image-to-image",
        "Flux Lora Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-lora/inpainting", "Flux Lora Inpainting", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/flux-lora/stream", "Flux Lora Stream", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-pro/kontext", "Flux Pro Kontext", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-pro/kontext/max", "Flux Pro Kontext Max", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/flux-pro/kontext/max/multi",
        "Flux Pro Kontext Max Multi",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-pro/kontext/max/text-to-image",
        "Flux Pro Kontext Max Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-pro/kontext/multi", "Flux Pro Kontext Multi", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/flux-pro/kontext/text-to-image",
        "Flux Pro Kontext Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-pro/v1.1-ultra-finetuned",
        "Flux Pro V1.1 Ultra Finetuned",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/flux-pro/v1.1-ultra/redux",
        "Flux Pro V1.1 Ultra Redux",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/flux-pro/v1.1", "Flux Pro V1.1", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-pro/v1.1/redux", "Flux Pro V1.1 Redux", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/flux-pro/v1/fill-finetuned",
        "Flux Pro V1 Fill Finetuned",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/flux-pro/v1/fill", "Flux Pro V1 Fill", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-pulid", "Flux Pulid", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux-subject", "Flux Subject", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux-vision-upscaler", "Flux Vision Upscaler", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/flux/dev/image-to-image", "Flux Dev Image To Image", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/flux/dev/redux", "Flux Dev Redux", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux/krea", "Flux Krea", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux/krea/image-to-image",
        "Flux Krea Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/flux/krea/redux", "Flux Krea Redux", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/flux/schnell", "Flux Schnell", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux/schnell/redux", "Flux Schnell Redux", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/flux/srpo", "Flux Srpo", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/flux/srpo/image-to-image",
        "Flux Srpo Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/fooocus", "Fooocus", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/fooocus/image-prompt", "Fooocus Image Prompt", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/fooocus/inpaint", "Fooocus Inpaint", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/fooocus/upscale-or-vary", "Fooocus Upscale Or Vary", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/framepack", "Framepack", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/framepack/f1", "Framepack F1", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/framepack/flf2v", "Framepack Flf2v", "image-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/gemini-25-flash-image", "Gemini 25 Flash Image", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/gemini-25-flash-image/edit",
        "Gemini 25 Flash Image Edit",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/gemini-3-pro-image-preview",
        "Gemini 3 Pro Image Preview",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/gemini-3-pro-image-preview/edit",
        "Gemini 3 Pro Image Preview Edit",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/gemini-3.1-flash-image-preview",
        "Gemini 3.1 Flash Image Preview",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/gemini-3.1-flash-image-preview/edit",
        "Gemini 3.1 Flash Image Preview Edit",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/gemini-3.1-flash-tts",
        "Gemini 3.1 Flash Tts",
        "text-to-speech",
        "active",
        "Input for Gemini 3.1 Flash TTS preview speech generation.",
    ),
    CatalogueEntry(
        "fal-ai/gemini-tts",
        "Gemini Tts",
        "text-to-audio",
        "active",
        "Input for Gemini text-to-speech generation.",
    ),
    CatalogueEntry("fal-ai/genfocus", "Genfocus", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/genfocus/all-in-focus", "Genfocus All In Focus", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/ghiblify", "Ghiblify", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/glm-image", "Glm Image", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/glm-image/image-to-image",
        "Glm Image Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/goal-force", "Goal Force", "text-to-video", "active", ""),
    CatalogueEntry("fal-ai/gpt-image-1-mini", "Gpt Image 1 Mini", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/gpt-image-1-mini/edit", "Gpt Image 1 Mini Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/gpt-image-1.5", "Gpt Image 1.5", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/gpt-image-1.5/edit", "Gpt Image 1.5 Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/gpt-image-1/edit-image", "Gpt Image 1 Edit Image", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/gpt-image-1/text-to-image/byok",
        "GPT-Image-1 Text to Image (bring your own key)",
        "text-to-image",
        "deprecated",
        "OpenAI's GPT-Image-1 on fal with your own OpenAI API key.",
    ),
    CatalogueEntry(
        "fal-ai/heygen/avatar3/digital-twin",
        "Heygen Avatar3 Digital Twin",
        "audio-to-video",
        "active",
        "Request model for digital twin video generation using Avatar 3 (Engine III).",
    ),
    CatalogueEntry(
        "fal-ai/heygen/avatar4/digital-twin",
        "Heygen Avatar4 Digital Twin",
        "audio-to-video",
        "active",
        "Request model for digital twin video generation using Avatar 4 (Engine IV).",
    ),
    CatalogueEntry(
        "fal-ai/heygen/avatar4/image-to-video",
        "Heygen Avatar4 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/heygen/v2/translate/precision",
        "Heygen V2 Translate Precision",
        "video-to-video",
        "active",
        "Base request for video translation without a mode field (mode is determined by the "
        "endpoint).",
    ),
    CatalogueEntry(
        "fal-ai/heygen/v2/translate/speed",
        "Heygen V2 Translate Speed",
        "video-to-video",
        "active",
        "Base request for video translation without a mode field (mode is determined by the "
        "endpoint).",
    ),
    CatalogueEntry(
        "fal-ai/heygen/v2/video-agent", "Heygen V2 Video Agent", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/heygen/v3/lipsync/precision",
        "Heygen V3 Lipsync Precision",
        "video-to-video",
        "active",
        "Base request for lip-syncing a video (mode is determined by the endpoint).",
    ),
    CatalogueEntry(
        "fal-ai/heygen/v3/lipsync/speed",
        "Heygen V3 Lipsync Speed",
        "video-to-video",
        "active",
        "Base request for lip-syncing a video (mode is determined by the endpoint).",
    ),
    CatalogueEntry("fal-ai/hidream-e1-1", "Hidream E1 1", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/hidream-i1-dev", "Hidream I1 Dev", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/hidream-i1-fast", "Hidream I1 Fast", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/hidream-i1-full", "Hidream I1 Full", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/hidream-i1-full/image-to-image",
        "Hidream I1 Full Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/hidream-o1-image", "Hidream O1 Image", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/hidream-o1-image/dev", "Hidream O1 Image Dev", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/hidream-o1-image/dev/edit",
        "Hidream O1 Image Dev Edit",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/hidream-o1-image/edit", "Hidream O1 Image Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/hunyuan-3d/v3.1/part", "Hunyuan 3d V3.1 Part", "3d-to-3d", "active", ""),
    CatalogueEntry(
        "fal-ai/hunyuan-3d/v3.1/pro/image-to-3d",
        "Hunyuan 3d V3.1 Pro Image To 3d",
        "image-to-3d",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/hunyuan-3d/v3.1/rapid/image-to-3d",
        "Hunyuan 3d V3.1 Rapid Image To 3d",
        "image-to-3d",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/hunyuan-3d/v3.1/rapid/text-to-3d",
        "Hunyuan 3d V3.1 Rapid Text To 3d",
        "text-to-3d",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/hunyuan-3d/v3.1/smart-topology",
        "Hunyuan 3d V3.1 Smart Topology",
        "text-to-3d",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/hunyuan-avatar", "Hunyuan Avatar", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/hunyuan-custom", "Hunyuan Custom", "image-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/hunyuan-image/v2.1/text-to-image",
        "Hunyuan Image V2.1 Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/hunyuan-image/v3/instruct/edit",
        "Hunyuan Image V3 Instruct Edit",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/hunyuan-image/v3/instruct/text-to-image",
        "Hunyuan Image V3 Instruct Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/hunyuan-image/v3/text-to-image",
        "Hunyuan Image V3 Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/hunyuan-motion", "Hunyuan Motion", "text-to-3d", "active", ""),
    CatalogueEntry("fal-ai/hunyuan-motion/fast", "Hunyuan Motion Fast", "text-to-3d", "active", ""),
    CatalogueEntry("fal-ai/hunyuan-part", "Hunyuan Part", "3d-to-3d", "active", ""),
    CatalogueEntry("fal-ai/hunyuan-portrait", "Hunyuan Portrait", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/hunyuan-video-foley", "Hunyuan Video Foley", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/hunyuan-video-image-to-video",
        "Hunyuan Video Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/hunyuan-video-img2vid-lora",
        "Hunyuan Video Img2vid Lora",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/hunyuan-video-lora-training",
        "Hunyuan Video Lora Training",
        "training",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/hunyuan-video-lora", "Hunyuan Video Lora", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/hunyuan-video-lora/video-to-video",
        "Hunyuan Video Lora Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/hunyuan-video-v1.5/text-to-video",
        "Hunyuan Video V1.5 Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/hunyuan-video", "Hunyuan Video", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/hunyuan-video/video-to-video",
        "Hunyuan Video Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/hunyuan3d-v3/image-to-3d", "Hunyuan3d V3 Image To 3d", "image-to-3d", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/hunyuan3d-v3/sketch-to-3d", "Hunyuan3d V3 Sketch To 3d", "image-to-3d", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/hunyuan3d-v3/text-to-3d", "Hunyuan3d V3 Text To 3d", "text-to-3d", "active", ""
    ),
    CatalogueEntry("fal-ai/hunyuan3d/v2", "Hunyuan3d V2", "image-to-3d", "active", ""),
    CatalogueEntry(
        "fal-ai/hunyuan3d/v2/mini/turbo", "Hunyuan3d V2 Mini Turbo", "image-to-3d", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/hunyuan3d/v2/multi-view", "Hunyuan3d V2 Multi View", "image-to-3d", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/hunyuan3d/v2/multi-view/turbo",
        "Hunyuan3d V2 Multi View Turbo",
        "image-to-3d",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/hunyuan3d/v2/turbo", "Hunyuan3d V2 Turbo", "image-to-3d", "active", ""),
    CatalogueEntry("fal-ai/hunyuan_world", "Hunyuan World", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/hunyuan_world/image-to-world",
        "Hunyuan World Image To World",
        "image-to-3d",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/hy-wu-edit", "Hy Wu Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/hyper3d/rodin", "Hyper3d Rodin", "text-to-3d", "active", ""),
    CatalogueEntry("fal-ai/hyper3d/rodin/v2", "Hyper3d Rodin V2", "text-to-3d", "active", ""),
    CatalogueEntry("fal-ai/iclight-v2", "Iclight V2", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/ideogram/character", "Ideogram Character", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ideogram/character/edit", "Ideogram Character Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ideogram/character/remix",
        "Ideogram Character Remix",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ideogram/custom-models", "Ideogram Custom Models", "training", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ideogram/custom-models/generate",
        "Ideogram Custom Models Generate",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ideogram/remove-background",
        "Ideogram Remove Background",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/ideogram/upscale", "Ideogram Upscale", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/ideogram/v2", "Ideogram V2", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/ideogram/v2/edit", "Ideogram V2 Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/ideogram/v2/remix", "Ideogram V2 Remix", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/ideogram/v2/turbo", "Ideogram V2 Turbo", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/ideogram/v2/turbo/edit", "Ideogram V2 Turbo Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ideogram/v2/turbo/remix", "Ideogram V2 Turbo Remix", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/ideogram/v2a", "Ideogram V2a", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/ideogram/v2a/remix", "Ideogram V2a Remix", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ideogram/v2a/turbo", "Ideogram V2a Turbo", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ideogram/v2a/turbo/remix",
        "Ideogram V2a Turbo Remix",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ideogram/v3",
        "Ideogram V3",
        "text-to-image",
        "active",
        "Generate high-quality images, posters, and logos with Ideogram V3: exceptional "
        "typography and realistic outputs.",
    ),
    CatalogueEntry(
        "fal-ai/ideogram/v3/generate-transparent",
        "Ideogram V3 Generate Transparent",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ideogram/v3/layerize-text",
        "Ideogram V3 Layerize Text",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ideogram/v3/reframe", "Ideogram V3 Reframe", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/ideogram/v3/remix", "Ideogram V3 Remix", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/ideogram/v3/replace-background",
        "Ideogram V3 Replace Background",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/illusion-diffusion", "Illusion Diffusion", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/age-modify",
        "Image Apps V2 Age Modify",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/city-teleport",
        "Image Apps V2 City Teleport",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/expression-change",
        "Image Apps V2 Expression Change",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/hair-change",
        "Image Apps V2 Hair Change",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/headshot-photo",
        "Image Apps V2 Headshot Photo",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/makeup-application",
        "Image Apps V2 Makeup Application",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/object-removal",
        "Image Apps V2 Object Removal",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/outpaint", "Image Apps V2 Outpaint", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/perspective",
        "Image Apps V2 Perspective",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/photo-restoration",
        "Image Apps V2 Photo Restoration",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/photography-effects",
        "Image Apps V2 Photography Effects",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/portrait-enhance",
        "Image Apps V2 Portrait Enhance",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/product-holding",
        "Image Apps V2 Product Holding",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/product-photography",
        "Image Apps V2 Product Photography",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/relighting",
        "Image Apps V2 Relighting",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/style-transfer",
        "Image Apps V2 Style Transfer",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/texture-transform",
        "Image Apps V2 Texture Transform",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-apps-v2/virtual-try-on",
        "Image Apps V2 Virtual Try On",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/age-progression",
        "Image Editing Age Progression",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/baby-version",
        "Image Editing Baby Version",
        "image-to-image",
        "active",
        "Input model for baby version endpoint.",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/background-change",
        "Image Editing Background Change",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/broccoli-haircut",
        "Image Editing Broccoli Haircut",
        "image-to-image",
        "active",
        "Input model for broccoli haircut endpoint.",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/cartoonify",
        "Image Editing Cartoonify",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/color-correction",
        "Image Editing Color Correction",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/expression-change",
        "Image Editing Expression Change",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/face-enhancement",
        "Image Editing Face Enhancement",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/hair-change",
        "Image Editing Hair Change",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/object-removal",
        "Image Editing Object Removal",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/photo-restoration",
        "Image Editing Photo Restoration",
        "image-to-image",
        "active",
        "Input model for photo restoration endpoint.",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/plushie-style",
        "Image Editing Plushie Style",
        "image-to-image",
        "active",
        "Input model for plushie style endpoint.",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/professional-photo",
        "Image Editing Professional Photo",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/realism",
        "Image Editing Realism",
        "image-to-image",
        "active",
        "Input model for realism enhancement endpoint.",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/reframe", "Image Editing Reframe", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/image-editing/retouch",
        "Image Editing Retouch",
        "image-to-image",
        "active",
        "Input model for retouch endpoint.",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/scene-composition",
        "Image Editing Scene Composition",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/style-transfer",
        "Image Editing Style Transfer",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/text-removal",
        "Image Editing Text Removal",
        "image-to-image",
        "active",
        "Input model for text removal endpoint.",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/time-of-day",
        "Image Editing Time Of Day",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/weather-effect",
        "Image Editing Weather Effect",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/wojak-style",
        "Image Editing Wojak Style",
        "image-to-image",
        "active",
        "Input model for wojak style endpoint.",
    ),
    CatalogueEntry(
        "fal-ai/image-editing/youtube-thumbnails",
        "Image Editing Youtube Thumbnails",
        "image-to-image",
        "active",
        "Input model for YouTube thumbnails endpoint.",
    ),
    CatalogueEntry(
        "fal-ai/image-preprocessors/depth-anything/v2",
        "Image Preprocessors Depth Anything V2",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-preprocessors/hed", "Image Preprocessors Hed", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/image-preprocessors/lineart",
        "Image Preprocessors Lineart",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-preprocessors/midas",
        "Image Preprocessors Midas",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-preprocessors/mlsd",
        "Image Preprocessors Mlsd",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-preprocessors/pidi",
        "Image Preprocessors Pidi",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-preprocessors/sam", "Image Preprocessors Sam", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/image-preprocessors/scribble",
        "Image Preprocessors Scribble",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-preprocessors/teed",
        "Image Preprocessors Teed",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/image-preprocessors/zoe", "Image Preprocessors Zoe", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/image2pixel", "Image2pixel", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/image2svg", "Image2svg", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/imagen3", "Imagen3", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/imagen3/fast", "Imagen3 Fast", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/imagen4/preview/fast", "Imagen4 Preview Fast", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/imagen4/preview/ultra", "Imagen4 Preview Ultra", "text-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/imageutils/depth", "Imageutils Depth", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/imageutils/marigold-depth",
        "Imageutils Marigold Depth",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/imageutils/nsfw", "Imageutils Nsfw", "vision", "active", ""),
    CatalogueEntry("fal-ai/imageutils/rembg", "Imageutils Rembg", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/infinitalk", "Infinitalk", "image-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/infinitalk/single-text", "Infinitalk Single Text", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/infinitalk/video-to-video",
        "Infinitalk Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/infinity-star/text-to-video",
        "Infinity Star Text To Video",
        "text-to-video",
        "active",
        "Input model for text-to-video generation",
    ),
    CatalogueEntry("fal-ai/inpaint", "Inpaint", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/instant-character", "Instant Character", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/invisible-watermark", "Invisible Watermark", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/inworld-tts", "Inworld Tts", "text-to-speech", "active", ""),
    CatalogueEntry(
        "fal-ai/ip-adapter-face-id", "Ip Adapter Face Id", "text-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/janus", "Janus", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/joyai-image-edit", "Joyai Image Edit", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/kandinsky5-pro/image-to-video",
        "Kandinsky5 Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kandinsky5-pro/text-to-video",
        "Kandinsky5 Pro Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kandinsky5/text-to-video", "Kandinsky5 Text To Video", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/kandinsky5/text-to-video/distill",
        "Kandinsky5 Text To Video Distill",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-image/o1",
        "Kling Image O1",
        "image-to-image",
        "active",
        "Request model for Kling O1 Omni Image (legacy).",
    ),
    CatalogueEntry(
        "fal-ai/kling-image/o3/image-to-image",
        "Kling Image O3 Image To Image",
        "image-to-image",
        "active",
        "Request model for Kling O3 Image-to-Image Generation.",
    ),
    CatalogueEntry(
        "fal-ai/kling-image/o3/text-to-image",
        "Kling Image O3 Text To Image",
        "text-to-image",
        "active",
        "Request model for Kling O3 Text-to-Image Generation.",
    ),
    CatalogueEntry(
        "fal-ai/kling-image/v3/image-to-image",
        "Kling Image V3 Image To Image",
        "image-to-image",
        "active",
        "Request model for Kling V3 Image-to-Image Generation.",
    ),
    CatalogueEntry(
        "fal-ai/kling-image/v3/text-to-image",
        "Kling Image V3 Text To Image",
        "text-to-image",
        "active",
        "Request model for Kling V3 Text-to-Image Generation.",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/ai-avatar/v2/pro",
        "Kling Video Ai Avatar V2 Pro",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/ai-avatar/v2/standard",
        "Kling Video Ai Avatar V2 Standard",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/create-voice",
        "Kling Video Create Voice",
        "audio-to-audio",
        "active",
        "Request model for creating a custom voice.",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/lipsync/audio-to-video",
        "Kling Video Lipsync Audio To Video",
        "audio-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/lipsync/text-to-video",
        "Kling Video Lipsync Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o1/image-to-video",
        "Kling Video O1 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o1/reference-to-video",
        "Kling Video O1 Reference To Video",
        "image-to-video",
        "active",
        "Input for start-frame video generation with optional reference images and elements.",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o1/standard/image-to-video",
        "Kling Video O1 Standard Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o1/standard/reference-to-video",
        "Kling Video O1 Standard Reference To Video",
        "image-to-video",
        "active",
        "Input for start-frame video generation with optional reference images and elements.",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o1/standard/video-to-video/edit",
        "Kling Video O1 Standard Video To Video Edit",
        "video-to-video",
        "active",
        "Input for video editing or video-as-reference generation.",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o1/standard/video-to-video/reference",
        "Kling Video O1 Standard Video To Video Reference",
        "video-to-video",
        "active",
        "Input for video editing or video-as-reference generation.",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o1/video-to-video/edit",
        "Kling Video O1 Video To Video Edit",
        "video-to-video",
        "active",
        "Input for video editing or video-as-reference generation.",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o1/video-to-video/reference",
        "Kling Video O1 Video To Video Reference",
        "video-to-video",
        "active",
        "Input for video editing or video-as-reference generation.",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/4k/image-to-video",
        "Kling Video O3 4k Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/4k/reference-to-video",
        "Kling Video O3 4k Reference To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/4k/text-to-video",
        "Kling Video O3 4k Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/pro/image-to-video",
        "Kling Video O3 Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/pro/reference-to-video",
        "Kling Video O3 Pro Reference To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/pro/text-to-video",
        "Kling Video O3 Pro Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/pro/video-to-video/edit",
        "Kling Video O3 Pro Video To Video Edit",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/pro/video-to-video/reference",
        "Kling Video O3 Pro Video To Video Reference",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/standard/image-to-video",
        "Kling Video O3 Standard Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/standard/reference-to-video",
        "Kling Video O3 Standard Reference To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/standard/text-to-video",
        "Kling Video O3 Standard Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/standard/video-to-video/edit",
        "Kling Video O3 Standard Video To Video Edit",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/o3/standard/video-to-video/reference",
        "Kling Video O3 Standard Video To Video Reference",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1.5/pro/image-to-video",
        "Kling Video V1.5 Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1.5/pro/text-to-video",
        "Kling Video V1.5 Pro Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1.6/pro/effects",
        "Kling Video V1.6 Pro Effects",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1.6/pro/elements",
        "Kling Video V1.6 Pro Elements",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1.6/pro/image-to-video",
        "Kling Video V1.6 Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1.6/pro/text-to-video",
        "Kling Video V1.6 Pro Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1.6/standard/effects",
        "Kling Video V1.6 Standard Effects",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1.6/standard/elements",
        "Kling Video V1.6 Standard Elements",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1.6/standard/image-to-video",
        "Kling Video V1.6 Standard Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1.6/standard/text-to-video",
        "Kling Video V1.6 Standard Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1/pro/ai-avatar",
        "Kling Video V1 Pro Ai Avatar",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1/standard/effects",
        "Kling Video V1 Standard Effects",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1/standard/image-to-video",
        "Kling Video V1 Standard Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1/standard/text-to-video",
        "Kling Video V1 Standard Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v1/tts", "Kling Video V1 Tts", "text-to-speech", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v2.1/master/text-to-video",
        "Kling Video V2.1 Master Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v2.1/pro/image-to-video",
        "Kling Video V2.1 Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v2.1/standard/image-to-video",
        "Kling Video V2.1 Standard Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v2.5-turbo/pro/image-to-video",
        "Kling Video V2.5 Turbo Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v2.5-turbo/pro/text-to-video",
        "Kling Video V2.5 Turbo Pro Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v2.5-turbo/standard/image-to-video",
        "Kling Video V2.5 Turbo Standard Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v2.6/pro/image-to-video",
        "Kling Video V2.6 Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v2.6/pro/text-to-video",
        "Kling Video V2.6 Pro Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v2.6/standard/motion-control",
        "Kling Video V2.6 Standard Motion Control",
        "video-to-video",
        "active",
        "Request model for motion control video generation.",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v2/master/image-to-video",
        "Kling Video V2 Master Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v2/master/text-to-video",
        "Kling Video V2 Master Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v3/4k/image-to-video",
        "Kling Video V3 4k Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v3/4k/text-to-video",
        "Kling Video V3 4k Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v3/pro/image-to-video",
        "Kling Video V3 Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v3/pro/motion-control",
        "Kling Video V3 Pro Motion Control",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v3/standard/image-to-video",
        "Kling Video V3 Standard Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v3/standard/motion-control",
        "Kling Video V3 Standard Motion Control",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/v3/standard/text-to-video",
        "Kling Video V3 Standard Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling-video/video-to-audio",
        "Kling Video Video To Audio",
        "video-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kling/v1-5/kolors-virtual-try-on",
        "Kling V1 5 Kolors Virtual Try On",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kokoro/american-english", "Kokoro American English", "text-to-audio", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/kokoro/brazilian-portuguese",
        "Kokoro Brazilian Portuguese",
        "audio-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/kokoro/british-english", "Kokoro British English", "audio-to-audio", "active", ""
    ),
    CatalogueEntry("fal-ai/kokoro/french", "Kokoro French", "audio-to-audio", "active", ""),
    CatalogueEntry("fal-ai/kokoro/hindi", "Kokoro Hindi", "audio-to-audio", "active", ""),
    CatalogueEntry("fal-ai/kokoro/italian", "Kokoro Italian", "audio-to-audio", "active", ""),
    CatalogueEntry("fal-ai/kokoro/japanese", "Kokoro Japanese", "audio-to-audio", "active", ""),
    CatalogueEntry("fal-ai/kokoro/spanish", "Kokoro Spanish", "audio-to-audio", "active", ""),
    CatalogueEntry("fal-ai/kolors", "Kolors", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/kolors/image-to-image", "Kolors Image To Image", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/krea-wan-14b/text-to-video",
        "Krea Wan 14b Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/krea-wan-14b/video-to-video",
        "Krea Wan 14b Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/latentsync", "Latentsync", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/lava-sr", "Lava Sr", "audio-to-audio", "active", ""),
    CatalogueEntry("fal-ai/layer-diffusion", "Layer Diffusion", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/lcm-sd15-i2i", "Lcm Sd15 I2i", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/lcm", "Lcm", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/leffa/pose-transfer", "Leffa Pose Transfer", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/leffa/virtual-tryon", "Leffa Virtual Tryon", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/lightning-models", "Lightning Models", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/lightx/recamera",
        "Lightx Recamera",
        "video-to-video",
        "active",
        "Re-camera-only request (minimal schema).",
    ),
    CatalogueEntry(
        "fal-ai/lightx/relight",
        "Lightx Relight",
        "video-to-video",
        "active",
        "Relighting-only request (minimal schema).",
    ),
    CatalogueEntry("fal-ai/live-portrait", "Live Portrait", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/live-portrait/image", "Live Portrait Image", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/llava-next", "Llava Next", "vision", "active", ""),
    CatalogueEntry("fal-ai/longcat-image", "Longcat Image", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/longcat-image/edit", "Longcat Image Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/longcat-multi-avatar/image-audio-to-video",
        "Longcat Multi Avatar Image Audio To Video",
        "audio-to-video",
        "active",
        "Request model for multi-speaker image+audio to video generation.",
    ),
    CatalogueEntry(
        "fal-ai/longcat-single-avatar/audio-to-video",
        "Longcat Single Avatar Audio To Video",
        "audio-to-video",
        "active",
        "Request model for audio-to-video generation.",
    ),
    CatalogueEntry(
        "fal-ai/longcat-single-avatar/image-audio-to-video",
        "Longcat Single Avatar Image Audio To Video",
        "audio-to-video",
        "active",
        "Request model for image+audio to video generation.",
    ),
    CatalogueEntry(
        "fal-ai/longcat-video/distilled/image-to-video/480p",
        "Longcat Video Distilled Image To Video 480p",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/longcat-video/distilled/image-to-video/720p",
        "Longcat Video Distilled Image To Video 720p",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/longcat-video/distilled/text-to-video/480p",
        "Longcat Video Distilled Text To Video 480p",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/longcat-video/distilled/text-to-video/720p",
        "Longcat Video Distilled Text To Video 720p",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/longcat-video/image-to-video/480p",
        "Longcat Video Image To Video 480p",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/longcat-video/image-to-video/720p",
        "Longcat Video Image To Video 720p",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/longcat-video/text-to-video/480p",
        "Longcat Video Text To Video 480p",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/longcat-video/text-to-video/720p",
        "Longcat Video Text To Video 720p",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/lora", "Lora", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/lora/image-to-image", "Lora Image To Image", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/lora/inpaint", "Lora Inpaint", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/audio-to-video",
        "Ltx 2 19b Audio To Video",
        "audio-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/audio-to-video/lora",
        "Ltx 2 19b Audio To Video Lora",
        "audio-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/distilled/audio-to-video",
        "Ltx 2 19b Distilled Audio To Video",
        "audio-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/distilled/audio-to-video/lora",
        "Ltx 2 19b Distilled Audio To Video Lora",
        "audio-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/distilled/extend-video",
        "Ltx 2 19b Distilled Extend Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/distilled/extend-video/lora",
        "Ltx 2 19b Distilled Extend Video Lora",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/distilled/image-to-video",
        "Ltx 2 19b Distilled Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/distilled/image-to-video/lora",
        "Ltx 2 19b Distilled Image To Video Lora",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/distilled/text-to-video",
        "Ltx 2 19b Distilled Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/distilled/text-to-video/lora",
        "Ltx 2 19b Distilled Text To Video Lora",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/distilled/video-to-video",
        "Ltx 2 19b Distilled Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/distilled/video-to-video/lora",
        "Ltx 2 19b Distilled Video To Video Lora",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/extend-video", "Ltx 2 19b Extend Video", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/extend-video/lora",
        "Ltx 2 19b Extend Video Lora",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/image-to-video",
        "Ltx 2 19b Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/image-to-video/lora",
        "Ltx 2 19b Image To Video Lora",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/text-to-video", "Ltx 2 19b Text To Video", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/text-to-video/lora",
        "Ltx 2 19b Text To Video Lora",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/video-to-video",
        "Ltx 2 19b Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2-19b/video-to-video/lora",
        "Ltx 2 19b Video To Video Lora",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/audio-to-video",
        "Ltx 2.3 22b Audio To Video",
        "audio-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/audio-to-video/lora",
        "Ltx 2.3 22b Audio To Video Lora",
        "audio-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/distilled/audio-to-video",
        "Ltx 2.3 22b Distilled Audio To Video",
        "audio-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/distilled/audio-to-video/lora",
        "Ltx 2.3 22b Distilled Audio To Video Lora",
        "audio-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/distilled/image-to-video",
        "Ltx 2.3 22b Distilled Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/distilled/image-to-video/lora",
        "Ltx 2.3 22b Distilled Image To Video Lora",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/distilled/reference-video-to-video/lora",
        "Ltx 2.3 22b Distilled Reference Video To Video Lora",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/distilled/text-to-video",
        "Ltx 2.3 22b Distilled Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/distilled/text-to-video/lora",
        "Ltx 2.3 22b Distilled Text To Video Lora",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/distilled/video-to-video",
        "Ltx 2.3 22b Distilled Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/distilled/video-to-video/lora",
        "Ltx 2.3 22b Distilled Video To Video Lora",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/extend-video",
        "Ltx 2.3 22b Extend Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/extend-video/lora",
        "Ltx 2.3 22b Extend Video Lora",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/image-to-video",
        "Ltx 2.3 22b Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/image-to-video/lora",
        "Ltx 2.3 22b Image To Video Lora",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/reference-video-to-video",
        "Ltx 2.3 22b Reference Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/reference-video-to-video/lora",
        "Ltx 2.3 22b Reference Video To Video Lora",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/text-to-video",
        "Ltx 2.3 22b Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/text-to-video/lora",
        "Ltx 2.3 22b Text To Video Lora",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/video-to-video",
        "Ltx 2.3 22b Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3-22b/video-to-video/lora",
        "Ltx 2.3 22b Video To Video Lora",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3/audio-to-video", "Ltx 2.3 Audio To Video", "audio-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3/extend-video", "Ltx 2.3 Extend Video", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3/image-to-video", "Ltx 2.3 Image To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3/image-to-video/fast",
        "Ltx 2.3 Image To Video Fast",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3/retake-video", "Ltx 2.3 Retake Video", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3/text-to-video", "Ltx 2.3 Text To Video", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-2.3/text-to-video/fast",
        "Ltx 2.3 Text To Video Fast",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2/audio-to-video", "Ltx 2 Audio To Video", "audio-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-2/extend-video", "Ltx 2 Extend Video", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-2/image-to-video", "Ltx 2 Image To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-2/image-to-video/fast",
        "Ltx 2 Image To Video Fast",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-2/retake-video", "Ltx 2 Retake Video", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-2/text-to-video", "Ltx 2 Text To Video", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-2/text-to-video/fast", "Ltx 2 Text To Video Fast", "text-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/ltx-video-13b-dev", "Ltx Video 13b Dev", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/ltx-video-13b-dev/extend",
        "Ltx Video 13b Dev Extend",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-video-13b-dev/image-to-video",
        "Ltx Video 13b Dev Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-video-13b-dev/multiconditioning",
        "Ltx Video 13b Dev Multiconditioning",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-video-13b-distilled",
        "Ltx Video 13b Distilled",
        "text-to-video",
        "active",
        "Distilled model input",
    ),
    CatalogueEntry(
        "fal-ai/ltx-video-13b-distilled/extend",
        "Ltx Video 13b Distilled Extend",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-video-13b-distilled/image-to-video",
        "Ltx Video 13b Distilled Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-video-13b-distilled/multiconditioning",
        "Ltx Video 13b Distilled Multiconditioning",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx-video-lora/image-to-video",
        "Ltx Video Lora Image To Video",
        "image-to-video",
        "active",
        "Request model for image-to-video generation.",
    ),
    CatalogueEntry(
        "fal-ai/ltx-video-lora/multiconditioning",
        "Ltx Video Lora Multiconditioning",
        "text-to-video",
        "active",
        "Request model for text-to-video generation with multiple conditions.",
    ),
    CatalogueEntry("fal-ai/ltx-video-trainer", "Ltx Video Trainer", "training", "active", ""),
    CatalogueEntry("fal-ai/ltx-video-v095", "Ltx Video V095", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/ltx-video-v095/extend", "Ltx Video V095 Extend", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/ltx-video-v095/multiconditioning",
        "Ltx Video V095 Multiconditioning",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/ltx-video", "Ltx Video", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/ltx-video/image-to-video",
        "Ltx Video Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltx2-video-trainer",
        "Ltx2 Video Trainer",
        "training",
        "active",
        "Input configuration for LTX-2 text-to-video training.",
    ),
    CatalogueEntry(
        "fal-ai/ltx23-v2v-trainer",
        "Ltx23 V2v Trainer",
        "training",
        "active",
        "Input configuration for LTX-2.3 video-to-video (IC-LoRA) training.",
    ),
    CatalogueEntry(
        "fal-ai/ltx23-video-trainer",
        "Ltx23 Video Trainer",
        "training",
        "active",
        "Input configuration for LTX-2.3 text-to-video training.",
    ),
    CatalogueEntry(
        "fal-ai/ltxv-13b-098-distilled",
        "Ltxv 13b 098 Distilled",
        "text-to-video",
        "active",
        "Distilled model input",
    ),
    CatalogueEntry(
        "fal-ai/ltxv-13b-098-distilled/extend",
        "Ltxv 13b 098 Distilled Extend",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltxv-13b-098-distilled/image-to-video",
        "Ltxv 13b 098 Distilled Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/ltxv-13b-098-distilled/multiconditioning",
        "Ltxv 13b 098 Distilled Multiconditioning",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/lucidflux", "Lucidflux", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/luma-dream-machine/ray-2-flash",
        "Luma Dream Machine Ray 2 Flash",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/luma-dream-machine/ray-2-flash/image-to-video",
        "Luma Dream Machine Ray 2 Flash Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/luma-dream-machine/ray-2-flash/modify",
        "Luma Dream Machine Ray 2 Flash Modify",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/luma-dream-machine/ray-2-flash/reframe",
        "Luma Dream Machine Ray 2 Flash Reframe",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/luma-dream-machine/ray-2", "Luma Dream Machine Ray 2", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/luma-dream-machine/ray-2/image-to-video",
        "Luma Dream Machine Ray 2 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/luma-dream-machine/ray-2/modify",
        "Luma Dream Machine Ray 2 Modify",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/luma-dream-machine/ray-2/reframe",
        "Luma Dream Machine Ray 2 Reframe",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/luma-photon", "Luma Photon", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/luma-photon/flash", "Luma Photon Flash", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/luma-photon/flash/modify",
        "Luma Photon Flash Modify",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/luma-photon/flash/reframe",
        "Luma Photon Flash Reframe",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/luma-photon/modify", "Luma Photon Modify", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/luma-photon/reframe", "Luma Photon Reframe", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/lumina-image/v2", "Lumina Image V2", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/lux-tts", "Lux Tts", "speech-to-speech", "active", ""),
    CatalogueEntry("fal-ai/lyra-2/zoom", "Lyra 2 Zoom", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/lyria2", "Lyria2", "text-to-audio", "active", ""),
    CatalogueEntry("fal-ai/magi-distilled", "Magi Distilled", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/magi-distilled/extend-video",
        "Magi Distilled Extend Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/magi-distilled/image-to-video",
        "Magi Distilled Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/magi", "Magi", "text-to-video", "active", ""),
    CatalogueEntry("fal-ai/magi/extend-video", "Magi Extend Video", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/magi/image-to-video", "Magi Image To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/maya",
        "Maya",
        "text-to-speech",
        "active",
        "Input schema for Maya-1-Voice TTS generation",
    ),
    CatalogueEntry(
        "fal-ai/maya/batch",
        "Maya Batch",
        "text-to-speech",
        "active",
        "Input schema for batch Maya-1-Voice TTS generation",
    ),
    CatalogueEntry(
        "fal-ai/maya/stream",
        "Maya Stream",
        "text-to-speech",
        "active",
        "Input schema for Maya-1-Voice streaming TTS generation",
    ),
    CatalogueEntry("fal-ai/minimax-music", "Minimax Music", "audio-to-audio", "active", ""),
    CatalogueEntry(
        "fal-ai/minimax-music/v1.5", "Minimax Music V1.5", "text-to-audio", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/minimax-music/v2.5", "Minimax Music V2.5", "text-to-audio", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/minimax-music/v2.6", "Minimax Music V2.6", "text-to-audio", "active", ""
    ),
    CatalogueEntry("fal-ai/minimax-music/v2", "Minimax Music V2", "text-to-audio", "active", ""),
    CatalogueEntry(
        "fal-ai/minimax/hailuo-02-fast/image-to-video",
        "Minimax Hailuo 02 Fast Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/hailuo-02/pro/image-to-video",
        "Minimax Hailuo 02 Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/hailuo-02/pro/text-to-video",
        "Minimax Hailuo 02 Pro Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/hailuo-02/standard/image-to-video",
        "Minimax Hailuo 02 Standard Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/hailuo-02/standard/text-to-video",
        "Minimax Hailuo 02 Standard Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/hailuo-2.3-fast/pro/image-to-video",
        "Minimax Hailuo 2.3 Fast Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/hailuo-2.3-fast/standard/image-to-video",
        "Minimax Hailuo 2.3 Fast Standard Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/hailuo-2.3/pro/image-to-video",
        "Minimax Hailuo 2.3 Pro Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/hailuo-2.3/pro/text-to-video",
        "Minimax Hailuo 2.3 Pro Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/hailuo-2.3/standard/image-to-video",
        "Minimax Hailuo 2.3 Standard Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/hailuo-2.3/standard/text-to-video",
        "Minimax Hailuo 2.3 Standard Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/minimax/image-01", "Minimax Image 01", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/minimax/image-01/subject-reference",
        "Minimax Image 01 Subject Reference",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/preview/speech-2.5-hd",
        "Minimax Preview Speech 2.5 Hd",
        "text-to-speech",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/preview/speech-2.5-turbo",
        "Minimax Preview Speech 2.5 Turbo",
        "text-to-speech",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/speech-02-hd", "Minimax Speech 02 Hd", "text-to-speech", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/minimax/speech-02-turbo", "Minimax Speech 02 Turbo", "text-to-speech", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/minimax/speech-2.6-hd", "Minimax Speech 2.6 Hd", "text-to-speech", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/minimax/speech-2.6-turbo",
        "Minimax Speech 2.6 Turbo",
        "text-to-speech",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/speech-2.8-hd",
        "Minimax Speech 2.8 Hd",
        "text-to-speech",
        "active",
        "Request model for Speech 2.8 HD - highest quality speech synthesis.",
    ),
    CatalogueEntry(
        "fal-ai/minimax/speech-2.8-turbo",
        "Minimax Speech 2.8 Turbo",
        "text-to-speech",
        "active",
        "Request model for Speech 2.8 Turbo - faster speech synthesis with good quality.",
    ),
    CatalogueEntry(
        "fal-ai/minimax/video-01-director",
        "Minimax Video 01 Director",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/video-01-director/image-to-video",
        "Minimax Video 01 Director Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/video-01-live", "Minimax Video 01 Live", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/minimax/video-01-live/image-to-video",
        "Minimax Video 01 Live Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/video-01-subject-reference",
        "Minimax Video 01 Subject Reference",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/minimax/video-01", "Minimax Video 01", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/minimax/video-01/image-to-video",
        "Minimax Video 01 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/minimax/voice-clone", "Minimax Voice Clone", "speech-to-speech", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/minimax/voice-design", "Minimax Voice Design", "text-to-speech", "active", ""
    ),
    CatalogueEntry("fal-ai/mix-dehaze-net", "Mix Dehaze Net", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/mmaudio-v2", "Mmaudio V2", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/mmaudio-v2/text-to-audio", "Mmaudio V2 Text To Audio", "text-to-audio", "active", ""
    ),
    CatalogueEntry("fal-ai/mochi-v1", "Mochi V1", "text-to-video", "active", ""),
    CatalogueEntry("fal-ai/moondream-next", "Moondream Next", "vision", "active", ""),
    CatalogueEntry("fal-ai/moondream-next/batch", "Moondream Next Batch", "vision", "active", ""),
    CatalogueEntry(
        "fal-ai/moondream-next/detection",
        "Moondream Next Detection",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/moondream2", "Moondream2", "vision", "active", ""),
    CatalogueEntry(
        "fal-ai/moondream2/object-detection", "Moondream2 Object Detection", "vision", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/moondream2/point-object-detection",
        "Moondream2 Point Object Detection",
        "vision",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/moondream2/visual-query", "Moondream2 Visual Query", "vision", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/moondream3-preview/caption", "Moondream3 Preview Caption", "vision", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/moondream3-preview/detect", "Moondream3 Preview Detect", "vision", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/moondream3-preview/point", "Moondream3 Preview Point", "vision", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/moondream3-preview/query", "Moondream3 Preview Query", "vision", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/moondream3-preview/segment",
        "Moondream3 Preview Segment",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/moondream/batched", "Moondream Batched", "vision", "active", ""),
    CatalogueEntry("fal-ai/musetalk", "Musetalk", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/nafnet/deblur", "Nafnet Deblur", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/nafnet/denoise", "Nafnet Denoise", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/nano-banana-2", "Nano Banana 2", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/nano-banana-2/edit", "Nano Banana 2 Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/nano-banana-pro", "Nano Banana Pro", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/nano-banana-pro/edit", "Nano Banana Pro Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/nano-banana", "Nano Banana", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/nano-banana/edit", "Nano Banana Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/nova-sr", "Nova Sr", "audio-to-audio", "active", ""),
    CatalogueEntry("fal-ai/nucleus-image", "Nucleus Image", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/object-removal", "Object Removal", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/object-removal/bbox", "Object Removal Bbox", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/object-removal/mask", "Object Removal Mask", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/omni-zero", "Omni Zero", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/omnigen-v1", "Omnigen V1", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/omnigen-v2", "Omnigen V2", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/omnilottie", "Omnilottie", "text-to-json", "active", ""),
    CatalogueEntry(
        "fal-ai/omnilottie/video-to-lottie",
        "Omnilottie Video To Lottie",
        "video-to-json",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/omnipart", "Omnipart", "image-to-3d", "active", ""),
    CatalogueEntry(
        "fal-ai/one-to-all-animation/1.3b",
        "One To All Animation 1.3b",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/one-to-all-animation/14b",
        "One To All Animation 14b",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/onereward",
        "Onereward",
        "image-to-image",
        "active",
        "Input for the OneReward inpainting/editing model.",
    ),
    CatalogueEntry("fal-ai/orpheus-tts", "Orpheus Tts", "text-to-speech", "active", ""),
    CatalogueEntry("fal-ai/ovi", "Ovi", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/ovi/image-to-video", "Ovi Image To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/ovis-image", "Ovis Image", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/pasd", "Pasd", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/patina", "Patina", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/patina/material", "Patina Material", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/patina/material/extract", "Patina Material Extract", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/personaplex", "Personaplex", "audio-to-audio", "active", ""),
    CatalogueEntry(
        "fal-ai/personaplex/realtime",
        "Personaplex Realtime",
        "audio-to-audio",
        "active",
        "Input for @fal.realtime endpoint. Audio is raw PCM s16le 24kHz mono.",
    ),
    CatalogueEntry("fal-ai/phota", "Phota", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/phota/create-profile", "Phota Create Profile", "training", "active", ""),
    CatalogueEntry("fal-ai/phota/edit", "Phota Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/phota/enhance", "Phota Enhance", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/photomaker", "Photomaker", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/physic-edit", "Physic Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/piflow", "Piflow", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/pika/v1.5/pikaffects",
        "Pika V1.5 Pikaffects",
        "image-to-video",
        "active",
        "Request model for Pikaffects endpoint",
    ),
    CatalogueEntry(
        "fal-ai/pika/v2.1/image-to-video",
        "Pika V2.1 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pika/v2.1/text-to-video", "Pika V2.1 Text To Video", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/pika/v2.2/image-to-video",
        "Pika V2.2 Image To Video",
        "image-to-video",
        "active",
        "Request model for Pika 2.2 image-to-video generation",
    ),
    CatalogueEntry(
        "fal-ai/pika/v2.2/pikaframes", "Pika V2.2 Pikaframes", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/pika/v2.2/pikascenes",
        "Pika V2.2 Pikascenes",
        "image-to-video",
        "active",
        "Request model for Pika 2.2 Pikascenes (collection-to-video) generation",
    ),
    CatalogueEntry(
        "fal-ai/pika/v2.2/text-to-video",
        "Pika V2.2 Text To Video",
        "text-to-video",
        "active",
        "Request model for Pika 2.2 text-to-video generation",
    ),
    CatalogueEntry(
        "fal-ai/pika/v2/pikadditions",
        "Pika V2 Pikadditions",
        "video-to-video",
        "active",
        "Request model for Pikadditions endpoint",
    ),
    CatalogueEntry(
        "fal-ai/pika/v2/turbo/image-to-video",
        "Pika V2 Turbo Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pika/v2/turbo/text-to-video",
        "Pika V2 Turbo Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/pixart-sigma", "Pixart Sigma", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/pixverse/c1/image-to-video",
        "Pixverse C1 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/c1/reference-to-video",
        "Pixverse C1 Reference To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/c1/text-to-video",
        "Pixverse C1 Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/c1/transition", "Pixverse C1 Transition", "image-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/pixverse/extend", "Pixverse Extend", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/pixverse/extend/fast", "Pixverse Extend Fast", "video-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/pixverse/lipsync", "Pixverse Lipsync", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/pixverse/sound-effects", "Pixverse Sound Effects", "video-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/pixverse/swap", "Pixverse Swap", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/pixverse/v3.5/effects", "Pixverse V3.5 Effects", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v3.5/image-to-video/fast",
        "Pixverse V3.5 Image To Video Fast",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v3.5/text-to-video",
        "Pixverse V3.5 Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v3.5/text-to-video/fast",
        "Pixverse V3.5 Text To Video Fast",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v3.5/transition",
        "Pixverse V3.5 Transition",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v4.5/effects", "Pixverse V4.5 Effects", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v4.5/image-to-video",
        "Pixverse V4.5 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v4.5/image-to-video/fast",
        "Pixverse V4.5 Image To Video Fast",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v4.5/text-to-video",
        "Pixverse V4.5 Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v4.5/text-to-video/fast",
        "Pixverse V4.5 Text To Video Fast",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v4.5/transition",
        "Pixverse V4.5 Transition",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v4/effects", "Pixverse V4 Effects", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v4/image-to-video",
        "Pixverse V4 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v4/image-to-video/fast",
        "Pixverse V4 Image To Video Fast",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v4/text-to-video",
        "Pixverse V4 Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v4/text-to-video/fast",
        "Pixverse V4 Text To Video Fast",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v5.5/effects", "Pixverse V5.5 Effects", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v5.5/image-to-video",
        "Pixverse V5.5 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v5.5/text-to-video",
        "Pixverse V5.5 Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v5.5/transition",
        "Pixverse V5.5 Transition",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v5.6/image-to-video",
        "Pixverse V5.6 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v5.6/text-to-video",
        "Pixverse V5.6 Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v5.6/transition",
        "Pixverse V5.6 Transition",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v5/effects", "Pixverse V5 Effects", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v5/image-to-video",
        "Pixverse V5 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v5/text-to-video",
        "Pixverse V5 Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v5/transition", "Pixverse V5 Transition", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v6/extend", "Pixverse V6 Extend", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v6/image-to-video",
        "Pixverse V6 Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v6/text-to-video",
        "Pixverse V6 Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/pixverse/v6/transition", "Pixverse V6 Transition", "image-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/playground-v25", "Playground V25", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/playground-v25/image-to-image",
        "Playground V25 Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/playground-v25/inpainting",
        "Playground V25 Inpainting",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/plushify", "Plushify", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/pony-v7", "Pony V7", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/post-processing", "Post Processing", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/post-processing/blur", "Post Processing Blur", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/post-processing/chromatic-aberration",
        "Post Processing Chromatic Aberration",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/post-processing/color-correction",
        "Post Processing Color Correction",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/post-processing/color-tint",
        "Post Processing Color Tint",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/post-processing/desaturate",
        "Post Processing Desaturate",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/post-processing/dissolve",
        "Post Processing Dissolve",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/post-processing/dodge-burn",
        "Post Processing Dodge Burn",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/post-processing/grain", "Post Processing Grain", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/post-processing/parabolize",
        "Post Processing Parabolize",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/post-processing/sharpen", "Post Processing Sharpen", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/post-processing/solarize",
        "Post Processing Solarize",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/post-processing/vignette",
        "Post Processing Vignette",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/pshuman", "Pshuman", "image-to-3d", "active", ""),
    CatalogueEntry("fal-ai/pulid", "Pulid", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/qwen-3-guard", "Qwen 3 Guard", "llm", "active", ""),
    CatalogueEntry(
        "fal-ai/qwen-3-tts/clone-voice/0.6b",
        "Qwen 3 Tts Clone Voice 0.6b",
        "audio-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-3-tts/clone-voice/1.7b",
        "Qwen 3 Tts Clone Voice 1.7b",
        "audio-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-3-tts/text-to-speech/0.6b",
        "Qwen 3 Tts Text To Speech 0.6b",
        "text-to-speech",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-3-tts/voice-design/1.7b",
        "Qwen 3 Tts Voice Design 1.7b",
        "text-to-speech",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-2512-trainer-v2", "Qwen Image 2512 Trainer V2", "training", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-2512-trainer", "Qwen Image 2512 Trainer", "training", "active", ""
    ),
    CatalogueEntry("fal-ai/qwen-image-2512", "Qwen Image 2512", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/qwen-image-2512/lora", "Qwen Image 2512 Lora", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-2/edit",
        "Qwen Image 2 Edit",
        "image-to-image",
        "active",
        "Input for Qwen Image 2 image editing with reference images",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-2/pro/edit", "Qwen Image 2 Pro Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-2/pro/text-to-image",
        "Qwen Image 2 Pro Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-2/text-to-image",
        "Qwen Image 2 Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509-lora-gallery/add-background",
        "Qwen Image Edit 2509 Lora Gallery Add Background",
        "image-to-image",
        "active",
        "Input model for Add Background endpoint - Remove white background and add a "
        "realistic scene",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509-lora-gallery/face-to-full-portrait",
        "Qwen Image Edit 2509 Lora Gallery Face To Full Portrait",
        "image-to-image",
        "active",
        "Input model for Face to Full Portrait endpoint - Generate full portrait from a "
        "cropped face image",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509-lora-gallery/group-photo",
        "Qwen Image Edit 2509 Lora Gallery Group Photo",
        "image-to-image",
        "active",
        "Input model for Group Photo endpoint - Create composite group photos with "
        "vintage/retro style",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509-lora-gallery/integrate-product",
        "Qwen Image Edit 2509 Lora Gallery Integrate Product",
        "image-to-image",
        "active",
        "Input model for Integrate Product endpoint - Blend and integrate products/elements "
        "into backgrounds",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509-lora-gallery/lighting-restoration",
        "Qwen Image Edit 2509 Lora Gallery Lighting Restoration",
        "image-to-image",
        "active",
        "Input model for Lighting Restoration endpoint - Restore natural lighting by removing "
        "harsh shadows and light spots",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509-lora-gallery/multiple-angles",
        "Qwen Image Edit 2509 Lora Gallery Multiple Angles",
        "image-to-image",
        "active",
        "Input model for Multiple Angles endpoint - Camera control with precise adjustments",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509-lora-gallery/next-scene",
        "Qwen Image Edit 2509 Lora Gallery Next Scene",
        "image-to-image",
        "active",
        "Input model for Next Scene endpoint - Create cinematic shot progressions and scene "
        "transitions",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509-lora-gallery/remove-element",
        "Qwen Image Edit 2509 Lora Gallery Remove Element",
        "image-to-image",
        "active",
        "Input model for Remove Element endpoint - Remove/delete elements (objects, people, "
        "text) from the image",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509-lora-gallery/remove-lighting",
        "Qwen Image Edit 2509 Lora Gallery Remove Lighting",
        "image-to-image",
        "active",
        "Input model for Remove Lighting endpoint - Remove existing lighting and apply soft "
        "even lighting",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509-lora-gallery/shirt-design",
        "Qwen Image Edit 2509 Lora Gallery Shirt Design",
        "image-to-image",
        "active",
        "Input model for Shirt Design endpoint - Put designs/graphics on people's shirts",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509-lora",
        "Qwen Image Edit 2509 Lora",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509-trainer",
        "Qwen Image Edit 2509 Trainer",
        "training",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2509", "Qwen Image Edit 2509", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2511-multiple-angles",
        "Qwen Image Edit 2511 Multiple Angles",
        "image-to-image",
        "active",
        "Input model for Multiple Angles endpoint - Camera control with precise adjustments "
        "using <sks> trigger word. Prompt is built automatically from slider values.",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2511-trainer",
        "Qwen Image Edit 2511 Trainer",
        "training",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2511", "Qwen Image Edit 2511", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-2511/lora",
        "Qwen Image Edit 2511 Lora",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-lora", "Qwen Image Edit Lora", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus-lora-gallery/add-background",
        "Qwen Image Edit Plus Lora Gallery Add Background",
        "image-to-image",
        "active",
        "Input model for Add Background endpoint - Remove white background and add a "
        "realistic scene",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus-lora-gallery/face-to-full-portrait",
        "Qwen Image Edit Plus Lora Gallery Face To Full Portrait",
        "image-to-image",
        "active",
        "Input model for Face to Full Portrait endpoint - Generate full portrait from a "
        "cropped face image",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus-lora-gallery/group-photo",
        "Qwen Image Edit Plus Lora Gallery Group Photo",
        "image-to-image",
        "active",
        "Input model for Group Photo endpoint - Create composite group photos with "
        "vintage/retro style",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus-lora-gallery/integrate-product",
        "Qwen Image Edit Plus Lora Gallery Integrate Product",
        "image-to-image",
        "active",
        "Input model for Integrate Product endpoint - Blend and integrate products/elements "
        "into backgrounds",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus-lora-gallery/lighting-restoration",
        "Qwen Image Edit Plus Lora Gallery Lighting Restoration",
        "image-to-image",
        "active",
        "Input model for Lighting Restoration endpoint - Restore natural lighting by removing "
        "harsh shadows and light spots",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus-lora-gallery/multiple-angles",
        "Qwen Image Edit Plus Lora Gallery Multiple Angles",
        "image-to-image",
        "active",
        "Input model for Multiple Angles endpoint - Camera control with precise adjustments",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus-lora-gallery/next-scene",
        "Qwen Image Edit Plus Lora Gallery Next Scene",
        "image-to-image",
        "active",
        "Input model for Next Scene endpoint - Create cinematic shot progressions and scene "
        "transitions",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus-lora-gallery/remove-element",
        "Qwen Image Edit Plus Lora Gallery Remove Element",
        "image-to-image",
        "active",
        "Input model for Remove Element endpoint - Remove/delete elements (objects, people, "
        "text) from the image",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus-lora-gallery/remove-lighting",
        "Qwen Image Edit Plus Lora Gallery Remove Lighting",
        "image-to-image",
        "active",
        "Input model for Remove Lighting endpoint - Remove existing lighting and apply soft "
        "even lighting",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus-lora-gallery/shirt-design",
        "Qwen Image Edit Plus Lora Gallery Shirt Design",
        "image-to-image",
        "active",
        "Input model for Shirt Design endpoint - Put designs/graphics on people's shirts",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus-lora",
        "Qwen Image Edit Plus Lora",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus-trainer",
        "Qwen Image Edit Plus Trainer",
        "training",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-plus", "Qwen Image Edit Plus", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit-trainer", "Qwen Image Edit Trainer", "training", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit/image-to-image",
        "Qwen Image Edit Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-edit/inpaint", "Qwen Image Edit Inpaint", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-layered-trainer", "Qwen Image Layered Trainer", "training", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-layered", "Qwen Image Layered", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-layered/lora", "Qwen Image Layered Lora", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-max/edit",
        "Qwen Image Max Edit",
        "image-to-image",
        "active",
        "Input for Qwen Image Max image editing with reference images",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-max/text-to-image",
        "Qwen Image Max Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image-trainer-v2", "Qwen Image Trainer V2", "training", "active", ""
    ),
    CatalogueEntry("fal-ai/qwen-image-trainer", "Qwen Image Trainer", "training", "active", ""),
    CatalogueEntry(
        "fal-ai/qwen-image",
        "Qwen Image",
        "text-to-image",
        "active",
        "Qwen-Image: an image generation foundation model with strong text rendering and "
        "precise image editing.",
    ),
    CatalogueEntry(
        "fal-ai/qwen-image/image-to-image",
        "Qwen Image Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/realistic-vision", "Realistic Vision", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/reconviagen-0.5", "Reconviagen 0.5", "image-to-3d", "active", ""),
    CatalogueEntry("fal-ai/recraft-20b", "Recraft 20b", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/recraft/upscale/creative",
        "Recraft Upscale Creative",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/recraft/upscale/crisp", "Recraft Upscale Crisp", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/recraft/v3/create-style", "Recraft V3 Create Style", "training", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/recraft/v3/image-to-image",
        "Recraft V3 Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/recraft/v4/pro/text-to-image",
        "Recraft V4 Pro Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/recraft/v4/pro/text-to-vector",
        "Recraft V4 Pro Text To Vector",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/recraft/v4/text-to-image", "Recraft V4 Text To Image", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/recraft/v4/text-to-vector",
        "Recraft V4 Text To Vector",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/recraft/vectorize", "Recraft Vectorize", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/retoucher", "Retoucher", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/rife", "Rife", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/rife/video", "Rife Video", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/sa2va/4b/image", "Sa2va 4b Image", "vision", "active", ""),
    CatalogueEntry("fal-ai/sa2va/4b/video", "Sa2va 4b Video", "vision", "active", ""),
    CatalogueEntry("fal-ai/sa2va/8b/image", "Sa2va 8b Image", "vision", "active", ""),
    CatalogueEntry("fal-ai/sa2va/8b/video", "Sa2va 8b Video", "vision", "active", ""),
    CatalogueEntry("fal-ai/sadtalker", "Sadtalker", "image-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/sadtalker/reference", "Sadtalker Reference", "video-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/sam-3-1/image-rle", "Sam 3 1 Image Rle", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/sam-3-1/image", "Sam 3 1 Image", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/sam-3-1/video-rle", "Sam 3 1 Video Rle", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/sam-3-1/video", "Sam 3 1 Video", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/sam-3/3d-align", "Sam 3 3d Align", "image-to-3d", "active", ""),
    CatalogueEntry("fal-ai/sam-3/3d-body", "Sam 3 3d Body", "image-to-3d", "active", ""),
    CatalogueEntry("fal-ai/sam-3/3d-objects", "Sam 3 3d Objects", "image-to-3d", "active", ""),
    CatalogueEntry("fal-ai/sam-3/image-rle", "Sam 3 Image Rle", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/sam-3/image", "Sam 3 Image", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/sam-3/image/embed", "Sam 3 Image Embed", "vision", "active", ""),
    CatalogueEntry("fal-ai/sam-3/video-rle", "Sam 3 Video Rle", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/sam-3/video", "Sam 3 Video", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/sam-audio/separate",
        "Sam Audio Separate",
        "audio-to-audio",
        "active",
        "Input for text-based audio separation.",
    ),
    CatalogueEntry(
        "fal-ai/sam-audio/span-separate",
        "Sam Audio Span Separate",
        "audio-to-audio",
        "active",
        "Input for temporal span-based audio separation.",
    ),
    CatalogueEntry(
        "fal-ai/sam-audio/visual-separate",
        "Sam Audio Visual Separate",
        "video-to-audio",
        "active",
        "Input for visual-prompted audio separation.",
    ),
    CatalogueEntry("fal-ai/sam2/auto-segment", "Sam2 Auto Segment", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/sam2/image", "Sam2 Image", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/sam2/video", "Sam2 Video", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/sana-video", "Sana Video", "text-to-video", "active", ""),
    CatalogueEntry("fal-ai/sana", "Sana", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/sana/sprint", "Sana Sprint", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/sana/v1.5/1.6b", "Sana V1.5 1.6b", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/sana/v1.5/4.8b", "Sana V1.5 4.8b", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/scail", "Scail", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/sd15-depth-controlnet", "Sd15 Depth Controlnet", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/sdxl-controlnet-union", "Sdxl Controlnet Union", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/sdxl-controlnet-union/image-to-image",
        "Sdxl Controlnet Union Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/sdxl-controlnet-union/inpainting",
        "Sdxl Controlnet Union Inpainting",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/seedvr/upscale/image", "Seedvr Upscale Image", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/seedvr/upscale/image/seamless",
        "Seedvr Upscale Image Seamless",
        "image-to-image",
        "active",
        "Input for seamless tileable image upscaling.",
    ),
    CatalogueEntry(
        "fal-ai/seedvr/upscale/video", "Seedvr Upscale Video", "video-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/silero-vad", "Silero Vad", "speech-to-text", "active", ""),
    CatalogueEntry("fal-ai/skyreels-i2v", "Skyreels I2v", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/smart-resize", "Smart Resize", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/smart-turn", "Smart Turn", "speech-to-text", "active", ""),
    CatalogueEntry(
        "fal-ai/sora-2/characters",
        "Sora 2 Characters",
        "video-to-video",
        "active",
        "Input for creating a Sora 2 character from a short video clip.",
    ),
    CatalogueEntry(
        "fal-ai/sora-2/image-to-video", "Sora 2 Image To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/sora-2/image-to-video/pro",
        "Sora 2 Image To Video Pro",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/sora-2/text-to-video", "Sora 2 Text To Video", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/sora-2/text-to-video/pro", "Sora 2 Text To Video Pro", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/sora-2/video-to-video/remix",
        "Sora 2 Video To Video Remix",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/speech-to-text", "Speech To Text", "speech-to-text", "active", ""),
    CatalogueEntry(
        "fal-ai/speech-to-text/stream", "Speech To Text Stream", "speech-to-text", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/speech-to-text/turbo", "Speech To Text Turbo", "speech-to-text", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/speech-to-text/turbo/stream",
        "Speech To Text Turbo Stream",
        "speech-to-text",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/stable-audio-25/audio-to-audio",
        "Stable Audio 25 Audio To Audio",
        "audio-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/stable-audio-25/inpaint", "Stable Audio 25 Inpaint", "audio-to-audio", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/stable-audio-25/text-to-audio",
        "Stable Audio 25 Text To Audio",
        "text-to-audio",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/stable-audio", "Stable Audio", "text-to-audio", "active", ""),
    CatalogueEntry("fal-ai/stable-avatar", "Stable Avatar", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/stable-cascade", "Stable Cascade", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/stable-cascade/sote-diffusion",
        "Stable Cascade Sote Diffusion",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/stable-diffusion-v15", "Stable Diffusion V15", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/stable-diffusion-v3-medium",
        "Stable Diffusion V3 Medium",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/stable-diffusion-v3-medium/image-to-image",
        "Stable Diffusion V3 Medium Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/stable-diffusion-v35-large",
        "Stable Diffusion V35 Large",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/stable-diffusion-v35-medium",
        "Stable Diffusion V35 Medium",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/stable-video", "Stable Video", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/star-vector", "Star Vector", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/step1x-edit", "Step1x Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/stepx-edit2", "Stepx Edit2", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/swin2sr", "Swin2sr", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/switti", "Switti", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/switti/512", "Switti 512", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/sync-lipsync", "Sync Lipsync", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/sync-lipsync/react-1", "Sync Lipsync React 1", "video-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/sync-lipsync/v2", "Sync Lipsync V2", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/sync-lipsync/v2/pro", "Sync Lipsync V2 Pro", "video-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/sync-lipsync/v3", "Sync Lipsync V3", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/t2v-turbo", "T2v Turbo", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/tada/3b/text-to-speech", "Tada 3b Text To Speech", "audio-to-audio", "active", ""
    ),
    CatalogueEntry("fal-ai/thera", "Thera", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/thinksound", "Thinksound", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/thinksound/audio", "Thinksound Audio", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/topaz/upscale/image", "Topaz Upscale Image", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/topaz/upscale/video", "Topaz Upscale Video", "video-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/transpixar", "Transpixar", "text-to-video", "active", ""),
    CatalogueEntry("fal-ai/trellis-2", "Trellis 2", "image-to-3d", "active", ""),
    CatalogueEntry(
        "fal-ai/trellis-2/retexture", "Trellis 2 Retexture", "image-to-3d", "active", ""
    ),
    CatalogueEntry("fal-ai/trellis", "Trellis", "image-to-3d", "active", ""),
    CatalogueEntry("fal-ai/trellis/multi", "Trellis Multi", "image-to-3d", "active", ""),
    CatalogueEntry("fal-ai/triposr", "Triposr", "image-to-3d", "active", ""),
    CatalogueEntry("fal-ai/turbo-flux-trainer", "Turbo Flux Trainer", "training", "active", ""),
    CatalogueEntry("fal-ai/ultrashape", "Ultrashape", "image-to-3d", "active", ""),
    CatalogueEntry("fal-ai/uno", "Uno", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/uso", "Uso", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/vecglypher", "Vecglypher", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/vecglypher/image-to-svg", "Vecglypher Image To Svg", "image-to-image", "active", ""
    ),
    CatalogueEntry("fal-ai/veo2", "Veo2", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/veo2/image-to-video", "Veo2 Image To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/veo3.1", "Veo3.1", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/veo3.1/extend-video", "Veo3.1 Extend Video", "video-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/veo3.1/fast", "Veo3.1 Fast", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/veo3.1/fast/extend-video",
        "Veo3.1 Fast Extend Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/veo3.1/fast/first-last-frame-to-video",
        "Veo3.1 Fast First Last Frame To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/veo3.1/fast/image-to-video",
        "Veo3.1 Fast Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/veo3.1/fast/reference-to-video",
        "Veo3.1 Fast Reference To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/veo3.1/first-last-frame-to-video",
        "Veo3.1 First Last Frame To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/veo3.1/image-to-video", "Veo3.1 Image To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/veo3.1/lite", "Veo3.1 Lite", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/veo3.1/lite/first-last-frame-to-video",
        "Veo3.1 Lite First Last Frame To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/veo3.1/lite/image-to-video",
        "Veo3.1 Lite Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/veo3.1/reference-to-video",
        "Veo3.1 Reference To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/veo3", "Veo3", "text-to-video", "active", ""),
    CatalogueEntry("fal-ai/veo3/fast", "Veo3 Fast", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/veo3/fast/image-to-video",
        "Veo3 Fast Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/veo3/image-to-video", "Veo3 Image To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/vibevoice",
        "Vibevoice",
        "text-to-speech",
        "active",
        "Input schema for VibeVoice TTS generation",
    ),
    CatalogueEntry(
        "fal-ai/vibevoice/0.5b",
        "Vibevoice 0.5b",
        "text-to-speech",
        "active",
        "Input schema for VibeVoice-0.5b TTS generation",
    ),
    CatalogueEntry(
        "fal-ai/vibevoice/7b",
        "Vibevoice 7b",
        "text-to-speech",
        "active",
        "Input schema for VibeVoice-7b TTS generation",
    ),
    CatalogueEntry("fal-ai/video-as-prompt", "Video As Prompt", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/video-prompt-generator", "Video Prompt Generator", "llm", "active", ""),
    CatalogueEntry("fal-ai/video-understanding", "Video Understanding", "vision", "active", ""),
    CatalogueEntry("fal-ai/video-upscaler", "Video Upscaler", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/vidu/image-to-video", "Vidu Image To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/vidu/q1/image-to-video", "Vidu Q1 Image To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/vidu/q1/reference-to-video",
        "Vidu Q1 Reference To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/vidu/q1/start-end-to-video",
        "Vidu Q1 Start End To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/vidu/q1/text-to-video", "Vidu Q1 Text To Video", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/vidu/q2/image-to-video/pro",
        "Vidu Q2 Image To Video Pro",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/vidu/q2/image-to-video/turbo",
        "Vidu Q2 Image To Video Turbo",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/vidu/q2/reference-to-image",
        "Vidu Q2 Reference To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/vidu/q2/reference-to-video/pro",
        "Vidu Q2 Reference To Video Pro",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/vidu/q2/text-to-image", "Vidu Q2 Text To Image", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/vidu/q2/text-to-video", "Vidu Q2 Text To Video", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/vidu/q2/video-extension/pro",
        "Vidu Q2 Video Extension Pro",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/vidu/q3/image-to-video", "Vidu Q3 Image To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/vidu/q3/image-to-video/turbo",
        "Vidu Q3 Image To Video Turbo",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/vidu/q3/reference-to-video/mix",
        "Vidu Q3 Reference To Video Mix",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/vidu/q3/text-to-video", "Vidu Q3 Text To Video", "text-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/vidu/q3/text-to-video/turbo",
        "Vidu Q3 Text To Video Turbo",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/vidu/reference-to-image", "Vidu Reference To Image", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/vidu/reference-to-video", "Vidu Reference To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/vidu/start-end-to-video", "Vidu Start End To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/vidu/template-to-video", "Vidu Template To Video", "image-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/void-video-inpainting", "Void Video Inpainting", "video-to-video", "active", ""
    ),
    CatalogueEntry("fal-ai/wan-22-image-trainer", "Wan 22 Image Trainer", "training", "active", ""),
    CatalogueEntry(
        "fal-ai/wan-22-trainer/i2v-a14b", "Wan 22 Trainer I2v A14b", "training", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/wan-22-trainer/t2v-a14b", "Wan 22 Trainer T2v A14b", "training", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/wan-22-vace-fun-a14b/depth",
        "Wan 22 Vace Fun A14b Depth",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan-22-vace-fun-a14b/inpainting",
        "Wan 22 Vace Fun A14b Inpainting",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan-22-vace-fun-a14b/outpainting",
        "Wan 22 Vace Fun A14b Outpainting",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan-22-vace-fun-a14b/reframe",
        "Wan 22 Vace Fun A14b Reframe",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan-25-preview/image-to-image",
        "Wan 25 Preview Image To Image",
        "image-to-image",
        "active",
        "Input for image editing",
    ),
    CatalogueEntry(
        "fal-ai/wan-25-preview/image-to-video",
        "Wan 25 Preview Image To Video",
        "image-to-video",
        "active",
        "Input for image-to-video generation",
    ),
    CatalogueEntry(
        "fal-ai/wan-25-preview/text-to-image",
        "Wan 25 Preview Text To Image",
        "text-to-image",
        "active",
        "Input for text-to-image generation",
    ),
    CatalogueEntry(
        "fal-ai/wan-25-preview/text-to-video",
        "Wan 25 Preview Text To Video",
        "text-to-video",
        "active",
        "Input for text-to-video generation",
    ),
    CatalogueEntry("fal-ai/wan-alpha", "Wan Alpha", "text-to-video", "active", ""),
    CatalogueEntry("fal-ai/wan-ati", "Wan Ati", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/wan-effects", "Wan Effects", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/wan-flf2v", "Wan Flf2v", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/wan-fun-control", "Wan Fun Control", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/wan-i2v-lora", "Wan I2v Lora", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/wan-i2v", "Wan I2v", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/wan-motion", "Wan Motion", "video-to-video", "active", ""),
    CatalogueEntry("fal-ai/wan-move", "Wan Move", "image-to-video", "active", ""),
    CatalogueEntry("fal-ai/wan-t2v-lora", "Wan T2v Lora", "text-to-video", "active", ""),
    CatalogueEntry("fal-ai/wan-trainer", "Wan Trainer", "training", "active", ""),
    CatalogueEntry(
        "fal-ai/wan-trainer/flf2v-720p", "Wan Trainer Flf2v 720p", "training", "active", ""
    ),
    CatalogueEntry("fal-ai/wan-trainer/i2v-720p", "Wan Trainer I2v 720p", "training", "active", ""),
    CatalogueEntry("fal-ai/wan-trainer/t2v-14b", "Wan Trainer T2v 14b", "training", "active", ""),
    CatalogueEntry("fal-ai/wan-trainer/t2v", "Wan Trainer T2v", "training", "active", ""),
    CatalogueEntry("fal-ai/wan-vace-14b", "Wan Vace 14b", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/wan-vace-14b/depth", "Wan Vace 14b Depth", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/wan-vace-14b/inpainting", "Wan Vace 14b Inpainting", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/wan-vace-14b/outpainting",
        "Wan Vace 14b Outpainting",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/wan-vace-14b/pose", "Wan Vace 14b Pose", "video-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/wan-vace-14b/reframe", "Wan Vace 14b Reframe", "video-to-video", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/wan-vace-apps/long-reframe",
        "Wan Vace Apps Long Reframe",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/wan-vace", "Wan Vace", "text-to-video", "active", ""),
    CatalogueEntry(
        "fal-ai/wan-vision-enhancer",
        "Wan Vision Enhancer",
        "video-to-video",
        "active",
        "Input parameters for Wan Vision Enhancer (Video-to-Video)",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-14b/animate/move",
        "Wan V2.2 14b Animate Move",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-14b/animate/replace",
        "Wan V2.2 14b Animate Replace",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-14b/speech-to-video",
        "Wan V2.2 14b Speech To Video",
        "speech-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-5b/image-to-video",
        "Wan V2.2 5b Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-5b/text-to-image",
        "Wan V2.2 5b Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-5b/text-to-video",
        "Wan V2.2 5b Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-5b/text-to-video/distill",
        "Wan V2.2 5b Text To Video Distill",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-5b/text-to-video/fast-wan",
        "Wan V2.2 5b Text To Video Fast Wan",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-a14b/image-to-image",
        "Wan V2.2 A14b Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-a14b/image-to-video",
        "Wan V2.2 A14b Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-a14b/image-to-video/lora",
        "Wan V2.2 A14b Image To Video Lora",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-a14b/image-to-video/turbo",
        "Wan V2.2 A14b Image To Video Turbo",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-a14b/text-to-image",
        "Wan V2.2 A14b Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-a14b/text-to-image/lora",
        "Wan V2.2 A14b Text To Image Lora",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-a14b/text-to-video",
        "Wan V2.2 A14b Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-a14b/text-to-video/lora",
        "Wan V2.2 A14b Text To Video Lora",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-a14b/text-to-video/turbo",
        "Wan V2.2 A14b Text To Video Turbo",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.2-a14b/video-to-video",
        "Wan V2.2 A14b Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.7/edit-video",
        "Wan V2.7 Edit Video",
        "video-to-video",
        "active",
        "Input for Wan 2.7 video editing. Supports instruction-based editing, reference "
        "image-based editing, and video style transfer.",
    ),
    CatalogueEntry("fal-ai/wan/v2.7/edit", "Wan V2.7 Edit", "image-to-image", "active", ""),
    CatalogueEntry("fal-ai/wan/v2.7/pro/edit", "Wan V2.7 Pro Edit", "image-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/wan/v2.7/pro/text-to-image",
        "Wan V2.7 Pro Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.7/reference-to-video",
        "Wan V2.7 Reference To Video",
        "image-to-video",
        "active",
        "Input for Wan 2.7 reference-to-video generation. Supports single or multi-character "
        "video generation from reference images and/or videos. Also supports multi-shot "
        "narration.",
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.7/text-to-image", "Wan V2.7 Text To Image", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/wan/v2.7/text-to-video",
        "Wan V2.7 Text To Video",
        "text-to-video",
        "active",
        "Input for Wan 2.7 text-to-video generation.",
    ),
    CatalogueEntry("fal-ai/wizper", "Wizper", "speech-to-text", "active", ""),
    CatalogueEntry(
        "fal-ai/workflow-utilities/audio-compressor",
        "Workflow Utilities Audio Compressor",
        "audio-to-audio",
        "active",
        "Input model for audio dynamic range compression",
    ),
    CatalogueEntry(
        "fal-ai/workflow-utilities/auto-subtitle",
        "Workflow Utilities Auto Subtitle",
        "video-to-video",
        "active",
        "Input model for automatic subtitle generation and styling",
    ),
    CatalogueEntry(
        "fal-ai/workflow-utilities/blend-video",
        "Workflow Utilities Blend Video",
        "video-to-video",
        "active",
        "Input model for blending two video frames together",
    ),
    CatalogueEntry(
        "fal-ai/workflow-utilities/extract-nth-frame",
        "Workflow Utilities Extract Nth Frame",
        "image-to-image",
        "active",
        "Input model for extracting every Nth frame from a video",
    ),
    CatalogueEntry(
        "fal-ai/workflow-utilities/impulse-response",
        "Workflow Utilities Impulse Response",
        "audio-to-audio",
        "active",
        "Input model for applying impulse response (IR) convolution reverb to audio",
    ),
    CatalogueEntry(
        "fal-ai/workflow-utilities/interleave-video",
        "Workflow Utilities Interleave Video",
        "unknown",
        "active",
        "Input model for interleaving multiple videos",
    ),
    CatalogueEntry(
        "fal-ai/workflow-utilities/pick-image-by-index",
        "Workflow Utilities Pick Image By Index",
        "workflow",
        "active",
        "Input model for selecting a single image from an array by 1-based index. "
        "Pass-through utility: the URL is returned as provided in the input, without fetching "
        "or re-uploading the image.",
    ),
    CatalogueEntry(
        "fal-ai/workflow-utilities/reverse-video",
        "Workflow Utilities Reverse Video",
        "video-to-video",
        "active",
        "Input model for reversing a video",
    ),
    CatalogueEntry(
        "fal-ai/workflow-utilities/scale-video",
        "Workflow Utilities Scale Video",
        "video-to-video",
        "active",
        "Input model for scaling/resizing a video to specific dimensions",
    ),
    CatalogueEntry(
        "fal-ai/workflow-utilities/trim-video",
        "Workflow Utilities Trim Video",
        "video-to-video",
        "active",
        "Input model for trimming a video to a specified time range",
    ),
    CatalogueEntry("fal-ai/x-ailab/nsfw", "X Ailab Nsfw", "vision", "active", ""),
    CatalogueEntry("fal-ai/yue", "Yue", "text-to-audio", "active", ""),
    CatalogueEntry("fal-ai/z-image-base-trainer", "Z Image Base Trainer", "training", "active", ""),
    CatalogueEntry("fal-ai/z-image-trainer", "Z Image Trainer", "training", "active", ""),
    CatalogueEntry(
        "fal-ai/z-image-turbo-trainer-v2", "Z Image Turbo Trainer V2", "training", "active", ""
    ),
    CatalogueEntry("fal-ai/z-image/base", "Z Image Base", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/z-image/base/lora", "Z Image Base Lora", "text-to-image", "active", ""),
    CatalogueEntry("fal-ai/z-image/turbo", "Z Image Turbo", "text-to-image", "active", ""),
    CatalogueEntry(
        "fal-ai/z-image/turbo/controlnet",
        "Z Image Turbo Controlnet",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/z-image/turbo/controlnet/lora",
        "Z Image Turbo Controlnet Lora",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/z-image/turbo/image-to-image",
        "Z Image Turbo Image To Image",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/z-image/turbo/image-to-image/lora",
        "Z Image Turbo Image To Image Lora",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/z-image/turbo/inpaint", "Z Image Turbo Inpaint", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/z-image/turbo/inpaint/lora",
        "Z Image Turbo Inpaint Lora",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "fal-ai/z-image/turbo/lora", "Z Image Turbo Lora", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/z-image/turbo/tiling", "Z Image Turbo Tiling", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "fal-ai/z-image/turbo/tiling/lora",
        "Z Image Turbo Tiling Lora",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry("fal-ai/zonos", "Zonos", "audio-to-audio", "active", ""),
    CatalogueEntry(
        "imagineart/imagineart-1.5-preview/text-to-image",
        "Imagineart Imagineart 1.5 Preview Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "imagineart/imagineart-1.5-pro-preview/text-to-image",
        "Imagineart Imagineart 1.5 Pro Preview Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "imagineart/imagineart-2.0-preview/text-to-image",
        "Imagineart Imagineart 2.0 Preview Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "mirelo-ai/sfx-v1.5/video-to-audio",
        "Mirelo Ai Sfx V1.5 Video To Audio",
        "video-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "mirelo-ai/sfx-v1.5/video-to-video",
        "Mirelo Ai Sfx V1.5 Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "mirelo-ai/sfx-v1/video-to-audio",
        "Mirelo Ai Sfx V1 Video To Audio",
        "video-to-audio",
        "active",
        "",
    ),
    CatalogueEntry(
        "mirelo-ai/sfx-v1/video-to-video",
        "Mirelo Ai Sfx V1 Video To Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("moonvalley/marey/i2v", "Moonvalley Marey I2v", "image-to-video", "active", ""),
    CatalogueEntry(
        "moonvalley/marey/motion-transfer",
        "Moonvalley Marey Motion Transfer",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "moonvalley/marey/pose-transfer",
        "Moonvalley Marey Pose Transfer",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry("moonvalley/marey/t2v", "Moonvalley Marey T2v", "text-to-video", "active", ""),
    CatalogueEntry(
        "nvidia/nemotron-3-nano-omni/video",
        "Nvidia Nemotron 3 Nano Omni Video",
        "video-to-text",
        "active",
        "",
    ),
    CatalogueEntry(
        "nvidia/nemotron-3-nano-omni/vision",
        "Nvidia Nemotron 3 Nano Omni Vision",
        "image-to-text",
        "active",
        "",
    ),
    CatalogueEntry("openai/gpt-image-2", "Openai Gpt Image 2", "text-to-image", "active", ""),
    CatalogueEntry(
        "openai/gpt-image-2/edit", "Openai Gpt Image 2 Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry("openrouter/router", "Openrouter Router", "llm", "active", ""),
    CatalogueEntry("openrouter/router/audio", "Openrouter Router Audio", "unknown", "active", ""),
    CatalogueEntry(
        "openrouter/router/openai/v1/chat/completions",
        "Openrouter Router Openai V1 Chat Completions",
        "llm",
        "active",
        "Schema referenced but not defined by fal.ai (missing from source OpenAPI spec)",
    ),
    CatalogueEntry(
        "openrouter/router/openai/v1/embeddings",
        "Openrouter Router Openai V1 Embeddings",
        "llm",
        "active",
        "Schema referenced but not defined by fal.ai (missing from source OpenAPI spec)",
    ),
    CatalogueEntry(
        "openrouter/router/openai/v1/responses",
        "Openrouter Router Openai V1 Responses",
        "llm",
        "active",
        "Schema referenced but not defined by fal.ai (missing from source OpenAPI spec)",
    ),
    CatalogueEntry(
        "openrouter/router/video", "Openrouter Router Video", "text-to-text", "active", ""
    ),
    CatalogueEntry(
        "openrouter/router/video/enterprise",
        "Openrouter Router Video Enterprise",
        "text-to-text",
        "active",
        "",
    ),
    CatalogueEntry("openrouter/router/vision", "Openrouter Router Vision", "vision", "active", ""),
    CatalogueEntry(
        "perceptron/isaac-01/openai/v1/chat/completions",
        "Perceptron Isaac 01 Openai V1 Chat Completions",
        "vision",
        "active",
        "Schema referenced but not defined by fal.ai (missing from source OpenAPI spec)",
    ),
    CatalogueEntry(
        "pixelcut/background-removal", "Pixelcut Background Removal", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "resemble-ai/chatterboxhd/speech-to-speech",
        "Resemble Ai Chatterboxhd Speech To Speech",
        "speech-to-speech",
        "active",
        "Input parameters for the speech-to-speech request.",
    ),
    CatalogueEntry(
        "resemble-ai/chatterboxhd/text-to-speech",
        "Resemble Ai Chatterboxhd Text To Speech",
        "text-to-speech",
        "active",
        "Input parameters for the TTS request.",
    ),
    CatalogueEntry(
        "rundiffusion-fal/juggernaut-flux-lora",
        "Rundiffusion Fal Juggernaut Flux Lora",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "rundiffusion-fal/juggernaut-flux-lora/inpainting",
        "Rundiffusion Fal Juggernaut Flux Lora Inpainting",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "rundiffusion-fal/rundiffusion-photo-flux",
        "Rundiffusion Fal Rundiffusion Photo Flux",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "smoretalk-ai/rembg-enhance", "Smoretalk Ai Rembg Enhance", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "tripo3d/h3.1/image-to-3d",
        "Tripo3d H3.1 Image To 3d",
        "image-to-3d",
        "active",
        "Input for Image to 3D generation using full-featured models (H3.1, v2.5).",
    ),
    CatalogueEntry(
        "tripo3d/h3.1/multiview-to-3d",
        "Tripo3d H3.1 Multiview To 3d",
        "image-to-3d",
        "active",
        "Input for Multiview to 3D generation using full-featured models (H3.1, v2.5). "
        "Provide 2-4 images of the same object from different angles. Images should be in "
        "order: [front, left, back, right]. Front view is required; others are optional. "
        "Note: P1 is not available for multiview-to-3d.",
    ),
    CatalogueEntry(
        "tripo3d/h3.1/text-to-3d",
        "Tripo3d H3.1 Text To 3d",
        "text-to-3d",
        "active",
        "Input for Text to 3D generation using full-featured models (H3.1, v2.5).",
    ),
    CatalogueEntry(
        "tripo3d/p1/image-to-3d",
        "Tripo3d P1 Image To 3d",
        "image-to-3d",
        "active",
        "Input for Image to 3D generation using the P1 model. P1 is optimized for clean "
        "low-poly mesh generation in ~2 seconds. It supports a restricted parameter set "
        "compared to H3.1/v2.5.",
    ),
    CatalogueEntry(
        "tripo3d/p1/text-to-3d",
        "Tripo3d P1 Text To 3d",
        "text-to-3d",
        "active",
        "Input for Text to 3D generation using the P1 model. P1 is optimized for clean "
        "low-poly mesh generation in ~2 seconds. It supports a restricted parameter set "
        "compared to H3.1/v2.5.",
    ),
    CatalogueEntry(
        "tripo3d/tripo/v2.5/image-to-3d",
        "Tripo3d Tripo V2.5 Image To 3d",
        "image-to-3d",
        "active",
        "",
    ),
    CatalogueEntry(
        "veed/avatars/audio-to-video", "Veed Avatars Audio To Video", "audio-to-video", "active", ""
    ),
    CatalogueEntry(
        "veed/avatars/text-to-video", "Veed Avatars Text To Video", "text-to-video", "active", ""
    ),
    CatalogueEntry("veed/fabric-1.0", "Veed Fabric 1.0", "image-to-video", "active", ""),
    CatalogueEntry("veed/fabric-1.0/fast", "Veed Fabric 1.0 Fast", "image-to-video", "active", ""),
    CatalogueEntry("veed/fabric-1.0/text", "Veed Fabric 1.0 Text", "image-to-video", "active", ""),
    CatalogueEntry("veed/lipsync", "Veed Lipsync", "video-to-video", "active", ""),
    CatalogueEntry(
        "veed/video-background-removal",
        "Veed Video Background Removal",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "veed/video-background-removal/fast",
        "Veed Video Background Removal Fast",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "veed/video-background-removal/green-screen",
        "Veed Video Background Removal Green Screen",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "wan/v2.6/image-to-image",
        "Wan V2.6 Image To Image",
        "image-to-image",
        "active",
        "Input for Wan 2.6 image editing with reference images (enable_interleave=false)",
    ),
    CatalogueEntry(
        "wan/v2.6/image-to-video",
        "Wan V2.6 Image To Video",
        "image-to-video",
        "active",
        "Input for Wan 2.6 image-to-video generation",
    ),
    CatalogueEntry(
        "wan/v2.6/image-to-video/flash",
        "Wan V2.6 Image To Video Flash",
        "image-to-video",
        "active",
        "Input for Wan 2.6 image-to-video generation",
    ),
    CatalogueEntry(
        "wan/v2.6/reference-to-video",
        "Wan V2.6 Reference To Video",
        "image-to-video",
        "active",
        "Input for Wan 2.6 reference-to-video generation (R2V)",
    ),
    CatalogueEntry(
        "wan/v2.6/reference-to-video/flash",
        "Wan V2.6 Reference To Video Flash",
        "image-to-video",
        "active",
        "Input for Wan 2.6 R2V Flash reference-to-video generation The flash model is 10-20 "
        "seconds faster than the standard R2V model and supports generating videos with or "
        "without audio. It also supports both images and videos as reference inputs.",
    ),
    CatalogueEntry(
        "wan/v2.6/text-to-image",
        "Wan V2.6 Text To Image",
        "text-to-image",
        "active",
        "Input for Wan 2.6 text-to-image or mixed text-and-image generation "
        "(enable_interleave=true)",
    ),
    CatalogueEntry(
        "wan/v2.6/text-to-video",
        "Wan V2.6 Text To Video",
        "text-to-video",
        "active",
        "Input for Wan 2.6 text-to-video generation",
    ),
    CatalogueEntry(
        "xai/grok-imagine-image", "Xai Grok Imagine Image", "text-to-image", "active", ""
    ),
    CatalogueEntry(
        "xai/grok-imagine-image/edit", "Xai Grok Imagine Image Edit", "image-to-image", "active", ""
    ),
    CatalogueEntry(
        "xai/grok-imagine-image/quality/edit",
        "Xai Grok Imagine Image Quality Edit",
        "image-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "xai/grok-imagine-image/quality/text-to-image",
        "Xai Grok Imagine Image Quality Text To Image",
        "text-to-image",
        "active",
        "",
    ),
    CatalogueEntry(
        "xai/grok-imagine-video/edit-video",
        "Xai Grok Imagine Video Edit Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "xai/grok-imagine-video/extend-video",
        "Xai Grok Imagine Video Extend Video",
        "video-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "xai/grok-imagine-video/image-to-video",
        "Xai Grok Imagine Video Image To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "xai/grok-imagine-video/reference-to-video",
        "Xai Grok Imagine Video Reference To Video",
        "image-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "xai/grok-imagine-video/text-to-video",
        "Xai Grok Imagine Video Text To Video",
        "text-to-video",
        "active",
        "",
    ),
    CatalogueEntry(
        "xai/tts/v1",
        "Xai Tts V1",
        "text-to-speech",
        "active",
        "Input for xAI text-to-speech generation.",
    ),
)
