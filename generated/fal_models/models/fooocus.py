# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LoraWeight(InputModel):
    path: Annotated[str, Field(description="URL or the path to the LoRA weights.")]
    """URL or the path to the LoRA weights."""

    scale: Annotated[
        float,
        Field(
            description="The scale of the LoRA weight. This is used to scale the LoRA weight "
            "before merging it with the base model.",
            ge=0.0,
            le=4.0,
        ),
    ] = 1
    """The scale of the LoRA weight. This is used to scale the LoRA weight before merging it with
    the base model.
    """


StylesPreset = TypeAliasType(
    "StylesPreset",
    Literal[
        "Fooocus V2",
        "Fooocus Enhance",
        "Fooocus Sharp",
        "Fooocus Semi Realistic",
        "Fooocus Masterpiece",
        "Fooocus Photograph",
        "Fooocus Negative",
        "Fooocus Cinematic",
        "SAI 3D Model",
        "SAI Analog Film",
        "SAI Anime",
        "SAI Cinematic",
        "SAI Comic Book",
        "SAI Craft Clay",
        "SAI Digital Art",
        "SAI Enhance",
        "SAI Fantasy Art",
        "SAI Isometric",
        "SAI Line Art",
        "SAI Lowpoly",
        "SAI Neonpunk",
        "SAI Origami",
        "SAI Photographic",
        "SAI Pixel Art",
        "SAI Texture",
        "MRE Cinematic Dynamic",
        "MRE Spontaneous Picture",
        "MRE Artistic Vision",
        "MRE Dark Dream",
        "MRE Gloomy Art",
        "MRE Bad Dream",
        "MRE Underground",
        "MRE Surreal Painting",
        "MRE Dynamic Illustration",
        "MRE Undead Art",
        "MRE Elemental Art",
        "MRE Space Art",
        "MRE Ancient Illustration",
        "MRE Brave Art",
        "MRE Heroic Fantasy",
        "MRE Dark Cyberpunk",
        "MRE Lyrical Geometry",
        "MRE Sumi E Symbolic",
        "MRE Sumi E Detailed",
        "MRE Manga",
        "MRE Anime",
        "MRE Comic",
        "Ads Advertising",
        "Ads Automotive",
        "Ads Corporate",
        "Ads Fashion Editorial",
        "Ads Food Photography",
        "Ads Gourmet Food Photography",
        "Ads Luxury",
        "Ads Real Estate",
        "Ads Retail",
        "Artstyle Abstract",
        "Artstyle Abstract Expressionism",
        "Artstyle Art Deco",
        "Artstyle Art Nouveau",
        "Artstyle Constructivist",
        "Artstyle Cubist",
        "Artstyle Expressionist",
        "Artstyle Graffiti",
        "Artstyle Hyperrealism",
        "Artstyle Impressionist",
        "Artstyle Pointillism",
        "Artstyle Pop Art",
        "Artstyle Psychedelic",
        "Artstyle Renaissance",
        "Artstyle Steampunk",
        "Artstyle Surrealist",
        "Artstyle Typography",
        "Artstyle Watercolor",
        "Futuristic Biomechanical",
        "Futuristic Biomechanical Cyberpunk",
        "Futuristic Cybernetic",
        "Futuristic Cybernetic Robot",
        "Futuristic Cyberpunk Cityscape",
        "Futuristic Futuristic",
        "Futuristic Retro Cyberpunk",
        "Futuristic Retro Futurism",
        "Futuristic Sci Fi",
        "Futuristic Vaporwave",
        "Game Bubble Bobble",
        "Game Cyberpunk Game",
        "Game Fighting Game",
        "Game Gta",
        "Game Mario",
        "Game Minecraft",
        "Game Pokemon",
        "Game Retro Arcade",
        "Game Retro Game",
        "Game Rpg Fantasy Game",
        "Game Strategy Game",
        "Game Streetfighter",
        "Game Zelda",
        "Misc Architectural",
        "Misc Disco",
        "Misc Dreamscape",
        "Misc Dystopian",
        "Misc Fairy Tale",
        "Misc Gothic",
        "Misc Grunge",
        "Misc Horror",
        "Misc Kawaii",
        "Misc Lovecraftian",
        "Misc Macabre",
        "Misc Manga",
        "Misc Metropolis",
        "Misc Minimalist",
        "Misc Monochrome",
        "Misc Nautical",
        "Misc Space",
        "Misc Stained Glass",
        "Misc Techwear Fashion",
        "Misc Tribal",
        "Misc Zentangle",
        "Papercraft Collage",
        "Papercraft Flat Papercut",
        "Papercraft Kirigami",
        "Papercraft Paper Mache",
        "Papercraft Paper Quilling",
        "Papercraft Papercut Collage",
        "Papercraft Papercut Shadow Box",
        "Papercraft Stacked Papercut",
        "Papercraft Thick Layered Papercut",
        "Photo Alien",
        "Photo Film Noir",
        "Photo Glamour",
        "Photo Hdr",
        "Photo Iphone Photographic",
        "Photo Long Exposure",
        "Photo Neon Noir",
        "Photo Silhouette",
        "Photo Tilt Shift",
        "Cinematic Diva",
        "Abstract Expressionism",
        "Academia",
        "Action Figure",
        "Adorable 3D Character",
        "Adorable Kawaii",
        "Art Deco",
        "Art Nouveau",
        "Astral Aura",
        "Avant Garde",
        "Baroque",
        "Bauhaus Style Poster",
        "Blueprint Schematic Drawing",
        "Caricature",
        "Cel Shaded Art",
        "Character Design Sheet",
        "Classicism Art",
        "Color Field Painting",
        "Colored Pencil Art",
        "Conceptual Art",
        "Constructivism",
        "Cubism",
        "Dadaism",
        "Dark Fantasy",
        "Dark Moody Atmosphere",
        "Dmt Art Style",
        "Doodle Art",
        "Double Exposure",
        "Dripping Paint Splatter Art",
        "Expressionism",
        "Faded Polaroid Photo",
        "Fauvism",
        "Flat 2d Art",
        "Fortnite Art Style",
        "Futurism",
        "Glitchcore",
        "Glo Fi",
        "Googie Art Style",
        "Graffiti Art",
        "Harlem Renaissance Art",
        "High Fashion",
        "Idyllic",
        "Impressionism",
        "Infographic Drawing",
        "Ink Dripping Drawing",
        "Japanese Ink Drawing",
        "Knolling Photography",
        "Light Cheery Atmosphere",
        "Logo Design",
        "Luxurious Elegance",
        "Macro Photography",
        "Mandola Art",
        "Marker Drawing",
        "Medievalism",
        "Minimalism",
        "Neo Baroque",
        "Neo Byzantine",
        "Neo Futurism",
        "Neo Impressionism",
        "Neo Rococo",
        "Neoclassicism",
        "Op Art",
        "Ornate And Intricate",
        "Pencil Sketch Drawing",
        "Pop Art 2",
        "Rococo",
        "Silhouette Art",
        "Simple Vector Art",
        "Sketchup",
        "Steampunk 2",
        "Surrealism",
        "Suprematism",
        "Terragen",
        "Tranquil Relaxing Atmosphere",
        "Sticker Designs",
        "Vibrant Rim Light",
        "Volumetric Lighting",
        "Watercolor 2",
        "Whimsical And Playful",
        "Mk Chromolithography",
        "Mk Cross Processing Print",
        "Mk Dufaycolor Photograph",
        "Mk Herbarium",
        "Mk Punk Collage",
        "Mk Mosaic",
        "Mk Van Gogh",
        "Mk Coloring Book",
        "Mk Singer Sargent",
        "Mk Pollock",
        "Mk Basquiat",
        "Mk Andy Warhol",
        "Mk Halftone Print",
        "Mk Gond Painting",
        "Mk Albumen Print",
        "Mk Aquatint Print",
        "Mk Anthotype Print",
        "Mk Inuit Carving",
        "Mk Bromoil Print",
        "Mk Calotype Print",
        "Mk Color Sketchnote",
        "Mk Cibulak Porcelain",
        "Mk Alcohol Ink Art",
        "Mk One Line Art",
        "Mk Blacklight Paint",
        "Mk Carnival Glass",
        "Mk Cyanotype Print",
        "Mk Cross Stitching",
        "Mk Encaustic Paint",
        "Mk Embroidery",
        "Mk Gyotaku",
        "Mk Luminogram",
        "Mk Lite Brite Art",
        "Mk Mokume Gane",
        "Pebble Art",
        "Mk Palekh",
        "Mk Suminagashi",
        "Mk Scrimshaw",
        "Mk Shibori",
        "Mk Vitreous Enamel",
        "Mk Ukiyo E",
        "Mk Vintage Airline Poster",
        "Mk Vintage Travel Poster",
        "Mk Bauhaus Style",
        "Mk Afrofuturism",
        "Mk Atompunk",
        "Mk Constructivism",
        "Mk Chicano Art",
        "Mk De Stijl",
        "Mk Dayak Art",
        "Mk Fayum Portrait",
        "Mk Illuminated Manuscript",
        "Mk Kalighat Painting",
        "Mk Madhubani Painting",
        "Mk Pictorialism",
        "Mk Pichwai Painting",
        "Mk Patachitra Painting",
        "Mk Samoan Art Inspired",
        "Mk Tlingit Art",
        "Mk Adnate Style",
        "Mk Ron English Style",
        "Mk Shepard Fairey Style",
    ],
)


class FooocusInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The prompt to use for generating the image. Be as descriptive as "
            "possible for best results."
        ),
    ] = ""
    """The prompt to use for generating the image. Be as descriptive as possible for best
    results.
    """

    negative_prompt: Annotated[
        str,
        Field(
            description="The negative prompt to use. Use it to address details that you don't "
            "want in the image. This could be colors, objects, scenery and even the small details "
            "(e.g. moustache, blurry, low resolution)."
        ),
    ] = ""
    """The negative prompt to use. Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
    """

    styles: Annotated[list[StylesPreset] | MISSING, Field(description="The style to use.")] = (
        MISSING
    )
    """The style to use."""

    performance: Annotated[
        Literal["Speed", "Quality", "Extreme Speed", "Lightning"],
        Field(description="You can choose Speed or Quality"),
    ] = "Extreme Speed"
    """You can choose Speed or Quality"""

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=1.0,
            le=30.0,
        ),
    ] = 4
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    sharpness: Annotated[
        float,
        Field(
            description="The sharpness of the generated image. Use it to control how sharp the "
            "generated image should be. Higher value means image and texture are sharper.",
            ge=0.0,
            le=30.0,
        ),
    ] = 2
    """The sharpness of the generated image. Use it to control how sharp the generated image
    should be. Higher value means image and texture are sharper.
    """

    aspect_ratio: Annotated[
        str,
        Field(
            description="The size of the generated image. You can choose between some presets or "
            "custom height and width that **must be multiples of 8**."
        ),
    ] = "1024x1024"
    """The size of the generated image. You can choose between some presets or custom height and
    width that **must be multiples of 8**.
    """

    num_images: Annotated[
        int, Field(description="Number of images to generate in one request", ge=1, le=4)
    ] = 1
    """Number of images to generate in one request"""

    loras: Annotated[
        list[LoraWeight] | MISSING,
        Field(
            description="The LoRAs to use for the image generation. You can use up to 5 LoRAs and "
            "they will be merged together to generate the final image."
        ),
    ] = MISSING
    """The LoRAs to use for the image generation. You can use up to 5 LoRAs and they will be
    merged together to generate the final image.
    """

    refiner_model: Annotated[
        Literal["None", "realisticVisionV60B1_v51VAE.safetensors"],
        Field(description="Refiner (SDXL or SD 1.5)"),
    ] = "None"
    """Refiner (SDXL or SD 1.5)"""

    refiner_switch: Annotated[
        float,
        Field(
            description="Use 0.4 for SD1.5 realistic models; 0.667 for SD1.5 anime models 0.8 for "
            "XL-refiners; or any value for switching two SDXL models.",
            ge=0.0,
            le=1.0,
            multiple_of=0.0001,
        ),
    ] = 0.8
    """Use 0.4 for SD1.5 realistic models; 0.667 for SD1.5 anime models 0.8 for XL-refiners; or
    any value for switching two SDXL models.
    """

    output_format: Annotated[
        Literal["png", "jpeg", "webp"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""

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

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of Stable "
            "Diffusion will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of Stable Diffusion will
    output the same image every time.
    """

    control_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The image to use as a reference for the generated image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The image to use as a reference for the generated image."""

    control_type: Annotated[
        Literal["ImagePrompt", "PyraCanny", "CPDS", "FaceSwap"],
        Field(description="The type of image control"),
    ] = "PyraCanny"
    """The type of image control"""

    control_image_weight: Annotated[
        float,
        Field(
            description="The strength of the control image. Use it to control how much the "
            "generated image should look like the control image.",
            ge=0.0,
            le=2.0,
        ),
    ] = 1
    """The strength of the control image. Use it to control how much the generated image should
    look like the control image.
    """

    control_image_stop_at: Annotated[
        float,
        Field(
            description="The stop at value of the control image. Use it to control how much the "
            "generated image should look like the control image.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """The stop at value of the control image. Use it to control how much the generated image
    should look like the control image.
    """

    inpaint_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The image to use as a reference for inpainting.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The image to use as a reference for inpainting."""

    mask_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The image to use as a mask for the generated image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The image to use as a mask for the generated image."""

    mixing_image_prompt_and_inpaint: bool = False
    enable_safety_checker: Annotated[
        bool, Field(description="If set to false, the safety checker will be disabled.")
    ] = True
    """If set to false, the safety checker will be disabled."""


class FooocusOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated image file info.")]
    """The generated image file info."""

    timings: Annotated[
        dict[str, float], Field(description="The time taken for the generation process.")
    ]
    """The time taken for the generation process."""

    has_nsfw_concepts: Annotated[
        list[bool], Field(description="Whether the generated images contain NSFW concepts.")
    ]
    """Whether the generated images contain NSFW concepts."""
