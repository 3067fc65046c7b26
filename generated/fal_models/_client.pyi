# Generated from specs/ by `python -m generator generate`. Do not edit.
"""Types of `FalClient` and `AsyncFalClient`: every endpoint as a typed attribute."""

from typing import Any, Literal, overload

from fal_models._clients import AsyncClientBase, SyncClientBase
from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models.endpoints.aura_flow import AsyncAuraFlow, AuraFlow
from fal_models.endpoints.aura_sr import AsyncAuraSr, AuraSr
from fal_models.endpoints.bagel import AsyncBagel, Bagel
from fal_models.endpoints.bagel_edit import AsyncBagelEdit, BagelEdit
from fal_models.endpoints.ben_v2_image import AsyncBenV2Image, BenV2Image
from fal_models.endpoints.bitdance import AsyncBitdance, Bitdance
from fal_models.endpoints.bria_background_remove import (
    AsyncBriaBackgroundRemove,
    BriaBackgroundRemove,
)
from fal_models.endpoints.bria_background_replace import (
    AsyncBriaBackgroundReplace,
    BriaBackgroundReplace,
)
from fal_models.endpoints.bria_embed_product import AsyncBriaEmbedProduct, BriaEmbedProduct
from fal_models.endpoints.bria_eraser import AsyncBriaEraser, BriaEraser
from fal_models.endpoints.bria_expand import AsyncBriaExpand, BriaExpand
from fal_models.endpoints.bria_fibo_bbq_preview_generate import (
    AsyncBriaFiboBbqPreviewGenerate,
    BriaFiboBbqPreviewGenerate,
)
from fal_models.endpoints.bria_fibo_edit_add_object_by_text import (
    AsyncBriaFiboEditAddObjectByText,
    BriaFiboEditAddObjectByText,
)
from fal_models.endpoints.bria_fibo_edit_blend import AsyncBriaFiboEditBlend, BriaFiboEditBlend
from fal_models.endpoints.bria_fibo_edit_colorize import (
    AsyncBriaFiboEditColorize,
    BriaFiboEditColorize,
)
from fal_models.endpoints.bria_fibo_edit_edit import AsyncBriaFiboEditEdit, BriaFiboEditEdit
from fal_models.endpoints.bria_fibo_edit_erase_by_text import (
    AsyncBriaFiboEditEraseByText,
    BriaFiboEditEraseByText,
)
from fal_models.endpoints.bria_fibo_edit_relight import (
    AsyncBriaFiboEditRelight,
    BriaFiboEditRelight,
)
from fal_models.endpoints.bria_fibo_edit_replace_object_by_text import (
    AsyncBriaFiboEditReplaceObjectByText,
    BriaFiboEditReplaceObjectByText,
)
from fal_models.endpoints.bria_fibo_edit_reseason import (
    AsyncBriaFiboEditReseason,
    BriaFiboEditReseason,
)
from fal_models.endpoints.bria_fibo_edit_restore import (
    AsyncBriaFiboEditRestore,
    BriaFiboEditRestore,
)
from fal_models.endpoints.bria_fibo_edit_restyle import (
    AsyncBriaFiboEditRestyle,
    BriaFiboEditRestyle,
)
from fal_models.endpoints.bria_fibo_edit_rewrite_text import (
    AsyncBriaFiboEditRewriteText,
    BriaFiboEditRewriteText,
)
from fal_models.endpoints.bria_fibo_edit_sketch_to_colored_image import (
    AsyncBriaFiboEditSketchToColoredImage,
    BriaFiboEditSketchToColoredImage,
)
from fal_models.endpoints.bria_fibo_generate import AsyncBriaFiboGenerate, BriaFiboGenerate
from fal_models.endpoints.bria_fibo_lite_generate import (
    AsyncBriaFiboLiteGenerate,
    BriaFiboLiteGenerate,
)
from fal_models.endpoints.bria_genfill import AsyncBriaGenfill, BriaGenfill
from fal_models.endpoints.bria_product_shot import AsyncBriaProductShot, BriaProductShot
from fal_models.endpoints.bria_reimagine import AsyncBriaReimagine, BriaReimagine
from fal_models.endpoints.bria_reimagine_v3_2 import AsyncBriaReimagine3_2, BriaReimagine3_2
from fal_models.endpoints.bria_replace_background import (
    AsyncBriaReplaceBackground,
    BriaReplaceBackground,
)
from fal_models.endpoints.bria_text_to_image_base import (
    AsyncBriaTextToImageBase,
    BriaTextToImageBase,
)
from fal_models.endpoints.bria_text_to_image_fast import (
    AsyncBriaTextToImageFast,
    BriaTextToImageFast,
)
from fal_models.endpoints.bria_text_to_image_hd import AsyncBriaTextToImageHd, BriaTextToImageHd
from fal_models.endpoints.bria_upscale_creative import AsyncBriaUpscaleCreative, BriaUpscaleCreative
from fal_models.endpoints.bytedance_dreamina_v3_1_text_to_image import (
    AsyncBytedanceDreaminaV3_1TextToImage,
    BytedanceDreaminaV3_1TextToImage,
)
from fal_models.endpoints.bytedance_seedream_v3_text_to_image import (
    AsyncBytedanceSeedreamV3TextToImage,
    BytedanceSeedreamV3TextToImage,
)
from fal_models.endpoints.bytedance_seedream_v4_5_edit import (
    AsyncBytedanceSeedreamV4_5Edit,
    BytedanceSeedreamV4_5Edit,
)
from fal_models.endpoints.bytedance_seedream_v4_5_text_to_image import (
    AsyncBytedanceSeedreamV4_5TextToImage,
    BytedanceSeedreamV4_5TextToImage,
)
from fal_models.endpoints.bytedance_seedream_v4_text_to_image import (
    AsyncBytedanceSeedreamV4TextToImage,
    BytedanceSeedreamV4TextToImage,
)
from fal_models.endpoints.bytedance_seedream_v5_lite_edit import (
    AsyncBytedanceSeedreamV5LiteEdit,
    BytedanceSeedreamV5LiteEdit,
)
from fal_models.endpoints.bytedance_seedream_v5_lite_text_to_image import (
    AsyncBytedanceSeedreamV5LiteTextToImage,
    BytedanceSeedreamV5LiteTextToImage,
)
from fal_models.endpoints.cartoonify import AsyncCartoonify, Cartoonify
from fal_models.endpoints.cat_vton import AsyncCatVton, CatVton
from fal_models.endpoints.ccsr import AsyncCcsr, Ccsr
from fal_models.endpoints.chain_of_zoom import AsyncChainOfZoom, ChainOfZoom
from fal_models.endpoints.chrono_edit import AsyncChronoEdit, ChronoEdit
from fal_models.endpoints.chrono_edit_lora import AsyncChronoEditLora, ChronoEditLora
from fal_models.endpoints.chrono_edit_lora_gallery_paintbrush import (
    AsyncChronoEditLoraGalleryPaintbrush,
    ChronoEditLoraGalleryPaintbrush,
)
from fal_models.endpoints.chrono_edit_lora_gallery_upscaler import (
    AsyncChronoEditLoraGalleryUpscaler,
    ChronoEditLoraGalleryUpscaler,
)
from fal_models.endpoints.clarity_upscaler import AsyncClarityUpscaler, ClarityUpscaler
from fal_models.endpoints.clarityai_crystal_upscaler import (
    AsyncClarityaiCrystalUpscaler,
    ClarityaiCrystalUpscaler,
)
from fal_models.endpoints.codeformer import AsyncCodeformer, Codeformer
from fal_models.endpoints.cogview4 import AsyncCogview4, Cogview4
from fal_models.endpoints.creative_upscaler import AsyncCreativeUpscaler, CreativeUpscaler
from fal_models.endpoints.ddcolor import AsyncDdcolor, Ddcolor
from fal_models.endpoints.docres import AsyncDocres, Docres
from fal_models.endpoints.docres_dewarp import AsyncDocresDewarp, DocresDewarp
from fal_models.endpoints.drct_super_resolution import AsyncDrctSuperResolution, DrctSuperResolution
from fal_models.endpoints.dreamo import AsyncDreamo, Dreamo
from fal_models.endpoints.dreamomni2_edit import AsyncDreamomni2Edit, Dreamomni2Edit
from fal_models.endpoints.dreamshaper import AsyncDreamshaper, Dreamshaper
from fal_models.endpoints.dwpose import AsyncDwpose, Dwpose
from fal_models.endpoints.emu_3_5_image_edit_image import (
    AsyncEmu3_5ImageEditImage,
    Emu3_5ImageEditImage,
)
from fal_models.endpoints.emu_3_5_image_text_to_image import (
    AsyncEmu3_5ImageTextToImage,
    Emu3_5ImageTextToImage,
)
from fal_models.endpoints.era_3d import AsyncEra3d, Era3d
from fal_models.endpoints.ernie_image import AsyncErnieImage, ErnieImage
from fal_models.endpoints.ernie_image_lora import AsyncErnieImageLora, ErnieImageLora
from fal_models.endpoints.ernie_image_lora_turbo import (
    AsyncErnieImageLoraTurbo,
    ErnieImageLoraTurbo,
)
from fal_models.endpoints.ernie_image_turbo import AsyncErnieImageTurbo, ErnieImageTurbo
from fal_models.endpoints.esrgan import AsyncEsrgan, Esrgan
from fal_models.endpoints.evf_sam import AsyncEvfSam, EvfSam
from fal_models.endpoints.f_lite_standard import AsyncFLiteStandard, FLiteStandard
from fal_models.endpoints.f_lite_texture import AsyncFLiteTexture, FLiteTexture
from fal_models.endpoints.face_to_sticker import AsyncFaceToSticker, FaceToSticker
from fal_models.endpoints.fashn_tryon_v1_5 import AsyncFashnTryonV1_5, FashnTryonV1_5
from fal_models.endpoints.fashn_tryon_v1_6 import AsyncFashnTryonV1_6, FashnTryonV1_6
from fal_models.endpoints.fast_fooocus_sdxl import AsyncFastFooocusSdxl, FastFooocusSdxl
from fal_models.endpoints.fast_fooocus_sdxl_image_to_image import (
    AsyncFastFooocusSdxlImageToImage,
    FastFooocusSdxlImageToImage,
)
from fal_models.endpoints.fast_lcm_diffusion import AsyncFastLcmDiffusion, FastLcmDiffusion
from fal_models.endpoints.fast_lcm_diffusion_image_to_image import (
    AsyncFastLcmDiffusionImageToImage,
    FastLcmDiffusionImageToImage,
)
from fal_models.endpoints.fast_lcm_diffusion_inpainting import (
    AsyncFastLcmDiffusionInpainting,
    FastLcmDiffusionInpainting,
)
from fal_models.endpoints.fast_lightning_sdxl import AsyncFastLightningSdxl, FastLightningSdxl
from fal_models.endpoints.fast_lightning_sdxl_image_to_image import (
    AsyncFastLightningSdxlImageToImage,
    FastLightningSdxlImageToImage,
)
from fal_models.endpoints.fast_lightning_sdxl_inpainting import (
    AsyncFastLightningSdxlInpainting,
    FastLightningSdxlInpainting,
)
from fal_models.endpoints.fast_sdxl import AsyncFastSdxl, FastSdxl
from fal_models.endpoints.fast_sdxl_controlnet_canny import (
    AsyncFastSdxlControlnetCanny,
    FastSdxlControlnetCanny,
)
from fal_models.endpoints.fast_sdxl_controlnet_canny_image_to_image import (
    AsyncFastSdxlControlnetCannyImageToImage,
    FastSdxlControlnetCannyImageToImage,
)
from fal_models.endpoints.fast_sdxl_controlnet_canny_inpainting import (
    AsyncFastSdxlControlnetCannyInpainting,
    FastSdxlControlnetCannyInpainting,
)
from fal_models.endpoints.fast_sdxl_image_to_image import (
    AsyncFastSdxlImageToImage,
    FastSdxlImageToImage,
)
from fal_models.endpoints.fast_sdxl_inpainting import AsyncFastSdxlInpainting, FastSdxlInpainting
from fal_models.endpoints.firered_image_edit import AsyncFireredImageEdit, FireredImageEdit
from fal_models.endpoints.firered_image_edit_v1_1 import (
    AsyncFireredImageEditV1_1,
    FireredImageEditV1_1,
)
from fal_models.endpoints.florence_2_large_caption_to_phrase_grounding import (
    AsyncFlorence2LargeCaptionToPhraseGrounding,
    Florence2LargeCaptionToPhraseGrounding,
)
from fal_models.endpoints.florence_2_large_dense_region_caption import (
    AsyncFlorence2LargeDenseRegionCaption,
    Florence2LargeDenseRegionCaption,
)
from fal_models.endpoints.florence_2_large_object_detection import (
    AsyncFlorence2LargeObjectDetection,
    Florence2LargeObjectDetection,
)
from fal_models.endpoints.florence_2_large_ocr_with_region import (
    AsyncFlorence2LargeOcrWithRegion,
    Florence2LargeOcrWithRegion,
)
from fal_models.endpoints.florence_2_large_open_vocabulary_detection import (
    AsyncFlorence2LargeOpenVocabularyDetection,
    Florence2LargeOpenVocabularyDetection,
)
from fal_models.endpoints.florence_2_large_referring_expression_segmentation import (
    AsyncFlorence2LargeReferringExpressionSegmentation,
    Florence2LargeReferringExpressionSegmentation,
)
from fal_models.endpoints.florence_2_large_region_proposal import (
    AsyncFlorence2LargeRegionProposal,
    Florence2LargeRegionProposal,
)
from fal_models.endpoints.florence_2_large_region_to_segmentation import (
    AsyncFlorence2LargeRegionToSegmentation,
    Florence2LargeRegionToSegmentation,
)
from fal_models.endpoints.flowedit import AsyncFlowedit, Flowedit
from fal_models.endpoints.flux_1_dev import AsyncFlux1Dev, Flux1Dev
from fal_models.endpoints.flux_1_dev_image_to_image import (
    AsyncFlux1DevImageToImage,
    Flux1DevImageToImage,
)
from fal_models.endpoints.flux_1_dev_redux import AsyncFlux1DevRedux, Flux1DevRedux
from fal_models.endpoints.flux_1_krea import AsyncFlux1Krea, Flux1Krea
from fal_models.endpoints.flux_1_krea_image_to_image import (
    AsyncFlux1KreaImageToImage,
    Flux1KreaImageToImage,
)
from fal_models.endpoints.flux_1_krea_redux import AsyncFlux1KreaRedux, Flux1KreaRedux
from fal_models.endpoints.flux_1_schnell import AsyncFlux1Schnell, Flux1Schnell
from fal_models.endpoints.flux_1_schnell_redux import AsyncFlux1SchnellRedux, Flux1SchnellRedux
from fal_models.endpoints.flux_1_srpo import AsyncFlux1Srpo, Flux1Srpo
from fal_models.endpoints.flux_1_srpo_image_to_image import (
    AsyncFlux1SrpoImageToImage,
    Flux1SrpoImageToImage,
)
from fal_models.endpoints.flux_2 import AsyncFlux2, Flux2
from fal_models.endpoints.flux_2_edit import AsyncFlux2Edit, Flux2Edit
from fal_models.endpoints.flux_2_flash import AsyncFlux2Flash, Flux2Flash
from fal_models.endpoints.flux_2_flash_edit import AsyncFlux2FlashEdit, Flux2FlashEdit
from fal_models.endpoints.flux_2_flex import AsyncFlux2Flex, Flux2Flex
from fal_models.endpoints.flux_2_flex_edit import AsyncFlux2FlexEdit, Flux2FlexEdit
from fal_models.endpoints.flux_2_klein_realtime_ import AsyncFlux2KleinRealtime, Flux2KleinRealtime
from fal_models.endpoints.flux_2_klein_v4b import AsyncFlux2Klein4b, Flux2Klein4b
from fal_models.endpoints.flux_2_klein_v4b_base import AsyncFlux2Klein4bBase, Flux2Klein4bBase
from fal_models.endpoints.flux_2_klein_v4b_base_edit import (
    AsyncFlux2Klein4bBaseEdit,
    Flux2Klein4bBaseEdit,
)
from fal_models.endpoints.flux_2_klein_v4b_base_edit_lora import (
    AsyncFlux2Klein4bBaseEditLora,
    Flux2Klein4bBaseEditLora,
)
from fal_models.endpoints.flux_2_klein_v4b_base_lora import (
    AsyncFlux2Klein4bBaseLora,
    Flux2Klein4bBaseLora,
)
from fal_models.endpoints.flux_2_klein_v4b_edit import AsyncFlux2Klein4bEdit, Flux2Klein4bEdit
from fal_models.endpoints.flux_2_klein_v4b_edit_lora import (
    AsyncFlux2Klein4bEditLora,
    Flux2Klein4bEditLora,
)
from fal_models.endpoints.flux_2_klein_v4b_lora import AsyncFlux2Klein4bLora, Flux2Klein4bLora
from fal_models.endpoints.flux_2_klein_v9b import AsyncFlux2Klein9b, Flux2Klein9b
from fal_models.endpoints.flux_2_klein_v9b_base import AsyncFlux2Klein9bBase, Flux2Klein9bBase
from fal_models.endpoints.flux_2_klein_v9b_base_edit import (
    AsyncFlux2Klein9bBaseEdit,
    Flux2Klein9bBaseEdit,
)
from fal_models.endpoints.flux_2_klein_v9b_base_edit_lora import (
    AsyncFlux2Klein9bBaseEditLora,
    Flux2Klein9bBaseEditLora,
)
from fal_models.endpoints.flux_2_klein_v9b_base_lora import (
    AsyncFlux2Klein9bBaseLora,
    Flux2Klein9bBaseLora,
)
from fal_models.endpoints.flux_2_klein_v9b_edit import AsyncFlux2Klein9bEdit, Flux2Klein9bEdit
from fal_models.endpoints.flux_2_klein_v9b_edit_lora import (
    AsyncFlux2Klein9bEditLora,
    Flux2Klein9bEditLora,
)
from fal_models.endpoints.flux_2_klein_v9b_lora import AsyncFlux2Klein9bLora, Flux2Klein9bLora
from fal_models.endpoints.flux_2_lora import AsyncFlux2Lora, Flux2Lora
from fal_models.endpoints.flux_2_lora_edit import AsyncFlux2LoraEdit, Flux2LoraEdit
from fal_models.endpoints.flux_2_lora_gallery_add_background import (
    AsyncFlux2LoraGalleryAddBackground,
    Flux2LoraGalleryAddBackground,
)
from fal_models.endpoints.flux_2_lora_gallery_apartment_staging import (
    AsyncFlux2LoraGalleryApartmentStaging,
    Flux2LoraGalleryApartmentStaging,
)
from fal_models.endpoints.flux_2_lora_gallery_ballpoint_pen_sketch import (
    AsyncFlux2LoraGalleryBallpointPenSketch,
    Flux2LoraGalleryBallpointPenSketch,
)
from fal_models.endpoints.flux_2_lora_gallery_digital_comic_art import (
    AsyncFlux2LoraGalleryDigitalComicArt,
    Flux2LoraGalleryDigitalComicArt,
)
from fal_models.endpoints.flux_2_lora_gallery_face_to_full_portrait import (
    AsyncFlux2LoraGalleryFaceToFullPortrait,
    Flux2LoraGalleryFaceToFullPortrait,
)
from fal_models.endpoints.flux_2_lora_gallery_hdr_style import (
    AsyncFlux2LoraGalleryHdrStyle,
    Flux2LoraGalleryHdrStyle,
)
from fal_models.endpoints.flux_2_lora_gallery_multiple_angles import (
    AsyncFlux2LoraGalleryMultipleAngles,
    Flux2LoraGalleryMultipleAngles,
)
from fal_models.endpoints.flux_2_lora_gallery_realism import (
    AsyncFlux2LoraGalleryRealism,
    Flux2LoraGalleryRealism,
)
from fal_models.endpoints.flux_2_lora_gallery_satellite_view_style import (
    AsyncFlux2LoraGallerySatelliteViewStyle,
    Flux2LoraGallerySatelliteViewStyle,
)
from fal_models.endpoints.flux_2_lora_gallery_sepia_vintage import (
    AsyncFlux2LoraGallerySepiaVintage,
    Flux2LoraGallerySepiaVintage,
)
from fal_models.endpoints.flux_2_lora_gallery_virtual_tryon import (
    AsyncFlux2LoraGalleryVirtualTryon,
    Flux2LoraGalleryVirtualTryon,
)
from fal_models.endpoints.flux_2_max import AsyncFlux2Max, Flux2Max
from fal_models.endpoints.flux_2_max_edit import AsyncFlux2MaxEdit, Flux2MaxEdit
from fal_models.endpoints.flux_2_pro import AsyncFlux2Pro, Flux2Pro
from fal_models.endpoints.flux_2_pro_edit import AsyncFlux2ProEdit, Flux2ProEdit
from fal_models.endpoints.flux_2_turbo import AsyncFlux2Turbo, Flux2Turbo
from fal_models.endpoints.flux_2_turbo_edit import AsyncFlux2TurboEdit, Flux2TurboEdit
from fal_models.endpoints.flux_control_lora_canny import (
    AsyncFluxControlLoraCanny,
    FluxControlLoraCanny,
)
from fal_models.endpoints.flux_control_lora_canny_image_to_image import (
    AsyncFluxControlLoraCannyImageToImage,
    FluxControlLoraCannyImageToImage,
)
from fal_models.endpoints.flux_control_lora_depth import (
    AsyncFluxControlLoraDepth,
    FluxControlLoraDepth,
)
from fal_models.endpoints.flux_control_lora_depth_image_to_image import (
    AsyncFluxControlLoraDepthImageToImage,
    FluxControlLoraDepthImageToImage,
)
from fal_models.endpoints.flux_dev_image_to_image import (
    AsyncFluxDevImageToImage,
    FluxDevImageToImage,
)
from fal_models.endpoints.flux_dev_redux import AsyncFluxDevRedux, FluxDevRedux
from fal_models.endpoints.flux_differential_diffusion import (
    AsyncFluxDifferentialDiffusion,
    FluxDifferentialDiffusion,
)
from fal_models.endpoints.flux_general import AsyncFluxGeneral, FluxGeneral
from fal_models.endpoints.flux_general_differential_diffusion import (
    AsyncFluxGeneralDifferentialDiffusion,
    FluxGeneralDifferentialDiffusion,
)
from fal_models.endpoints.flux_general_image_to_image import (
    AsyncFluxGeneralImageToImage,
    FluxGeneralImageToImage,
)
from fal_models.endpoints.flux_general_inpainting import (
    AsyncFluxGeneralInpainting,
    FluxGeneralInpainting,
)
from fal_models.endpoints.flux_general_rf_inversion import (
    AsyncFluxGeneralRfInversion,
    FluxGeneralRfInversion,
)
from fal_models.endpoints.flux_kontext_dev import AsyncFluxKontextDev, FluxKontextDev
from fal_models.endpoints.flux_kontext_lora import AsyncFluxKontextLora, FluxKontextLora
from fal_models.endpoints.flux_kontext_lora_inpaint import (
    AsyncFluxKontextLoraInpaint,
    FluxKontextLoraInpaint,
)
from fal_models.endpoints.flux_kontext_lora_text_to_image import (
    AsyncFluxKontextLoraTextToImage,
    FluxKontextLoraTextToImage,
)
from fal_models.endpoints.flux_krea import AsyncFluxKrea, FluxKrea
from fal_models.endpoints.flux_krea_image_to_image import (
    AsyncFluxKreaImageToImage,
    FluxKreaImageToImage,
)
from fal_models.endpoints.flux_krea_lora import AsyncFluxKreaLora, FluxKreaLora
from fal_models.endpoints.flux_krea_lora_image_to_image import (
    AsyncFluxKreaLoraImageToImage,
    FluxKreaLoraImageToImage,
)
from fal_models.endpoints.flux_krea_lora_inpainting import (
    AsyncFluxKreaLoraInpainting,
    FluxKreaLoraInpainting,
)
from fal_models.endpoints.flux_krea_lora_stream_ import AsyncFluxKreaLoraStream, FluxKreaLoraStream
from fal_models.endpoints.flux_krea_redux import AsyncFluxKreaRedux, FluxKreaRedux
from fal_models.endpoints.flux_lora import AsyncFluxLora, FluxLora
from fal_models.endpoints.flux_lora_canny import AsyncFluxLoraCanny, FluxLoraCanny
from fal_models.endpoints.flux_lora_depth import AsyncFluxLoraDepth, FluxLoraDepth
from fal_models.endpoints.flux_lora_fill import AsyncFluxLoraFill, FluxLoraFill
from fal_models.endpoints.flux_lora_image_to_image import (
    AsyncFluxLoraImageToImage,
    FluxLoraImageToImage,
)
from fal_models.endpoints.flux_lora_inpainting import AsyncFluxLoraInpainting, FluxLoraInpainting
from fal_models.endpoints.flux_lora_stream_ import AsyncFluxLoraStream, FluxLoraStream
from fal_models.endpoints.flux_pro_kontext import AsyncFluxProKontext, FluxProKontext
from fal_models.endpoints.flux_pro_kontext_max import AsyncFluxProKontextMax, FluxProKontextMax
from fal_models.endpoints.flux_pro_kontext_max_multi import (
    AsyncFluxProKontextMaxMulti,
    FluxProKontextMaxMulti,
)
from fal_models.endpoints.flux_pro_kontext_max_text_to_image import (
    AsyncFluxProKontextMaxTextToImage,
    FluxProKontextMaxTextToImage,
)
from fal_models.endpoints.flux_pro_kontext_multi import (
    AsyncFluxProKontextMulti,
    FluxProKontextMulti,
)
from fal_models.endpoints.flux_pro_kontext_text_to_image import (
    AsyncFluxProKontextTextToImage,
    FluxProKontextTextToImage,
)
from fal_models.endpoints.flux_pro_v1_1 import AsyncFluxProV1_1, FluxProV1_1
from fal_models.endpoints.flux_pro_v1_1_redux import AsyncFluxProV1_1Redux, FluxProV1_1Redux
from fal_models.endpoints.flux_pro_v1_1_ultra_finetuned import (
    AsyncFluxProV1_1UltraFinetuned,
    FluxProV1_1UltraFinetuned,
)
from fal_models.endpoints.flux_pro_v1_1_ultra_redux import (
    AsyncFluxProV1_1UltraRedux,
    FluxProV1_1UltraRedux,
)
from fal_models.endpoints.flux_pro_v1_fill import AsyncFluxProV1Fill, FluxProV1Fill
from fal_models.endpoints.flux_pro_v1_fill_finetuned import (
    AsyncFluxProV1FillFinetuned,
    FluxProV1FillFinetuned,
)
from fal_models.endpoints.flux_pulid import AsyncFluxPulid, FluxPulid
from fal_models.endpoints.flux_schnell import AsyncFluxSchnell, FluxSchnell
from fal_models.endpoints.flux_schnell_redux import AsyncFluxSchnellRedux, FluxSchnellRedux
from fal_models.endpoints.flux_srpo import AsyncFluxSrpo, FluxSrpo
from fal_models.endpoints.flux_srpo_image_to_image import (
    AsyncFluxSrpoImageToImage,
    FluxSrpoImageToImage,
)
from fal_models.endpoints.flux_subject import AsyncFluxSubject, FluxSubject
from fal_models.endpoints.flux_vision_upscaler import AsyncFluxVisionUpscaler, FluxVisionUpscaler
from fal_models.endpoints.fooocus import AsyncFooocus, Fooocus
from fal_models.endpoints.fooocus_image_prompt import AsyncFooocusImagePrompt, FooocusImagePrompt
from fal_models.endpoints.fooocus_inpaint import AsyncFooocusInpaint, FooocusInpaint
from fal_models.endpoints.fooocus_upscale_or_vary import (
    AsyncFooocusUpscaleOrVary,
    FooocusUpscaleOrVary,
)
from fal_models.endpoints.gemini_3_1_flash_image_preview import (
    AsyncGemini3_1FlashImagePreview,
    Gemini3_1FlashImagePreview,
)
from fal_models.endpoints.gemini_3_1_flash_image_preview_edit import (
    AsyncGemini3_1FlashImagePreviewEdit,
    Gemini3_1FlashImagePreviewEdit,
)
from fal_models.endpoints.gemini_3_pro_image_preview import (
    AsyncGemini3ProImagePreview,
    Gemini3ProImagePreview,
)
from fal_models.endpoints.gemini_3_pro_image_preview_edit import (
    AsyncGemini3ProImagePreviewEdit,
    Gemini3ProImagePreviewEdit,
)
from fal_models.endpoints.gemini_25_flash_image import AsyncGemini25FlashImage, Gemini25FlashImage
from fal_models.endpoints.gemini_25_flash_image_edit import (
    AsyncGemini25FlashImageEdit,
    Gemini25FlashImageEdit,
)
from fal_models.endpoints.genfocus import AsyncGenfocus, Genfocus
from fal_models.endpoints.genfocus_all_in_focus import AsyncGenfocusAllInFocus, GenfocusAllInFocus
from fal_models.endpoints.ghiblify import AsyncGhiblify, Ghiblify
from fal_models.endpoints.glm_image import AsyncGlmImage, GlmImage
from fal_models.endpoints.glm_image_image_to_image import (
    AsyncGlmImageImageToImage,
    GlmImageImageToImage,
)
from fal_models.endpoints.gpt_image_1_5 import AsyncGptImage1_5, GptImage1_5
from fal_models.endpoints.gpt_image_1_5_edit import AsyncGptImage1_5Edit, GptImage1_5Edit
from fal_models.endpoints.gpt_image_1_edit_image import AsyncGptImage1EditImage, GptImage1EditImage
from fal_models.endpoints.gpt_image_1_mini import AsyncGptImage1Mini, GptImage1Mini
from fal_models.endpoints.gpt_image_1_mini_edit import AsyncGptImage1MiniEdit, GptImage1MiniEdit
from fal_models.endpoints.gpt_image_1_text_to_image_byok import (
    AsyncGptImage1TextToImageByok,
    GptImage1TextToImageByok,
)
from fal_models.endpoints.hidream_e1_1 import AsyncHidreamE1_1, HidreamE1_1
from fal_models.endpoints.hidream_i1_dev import AsyncHidreamI1Dev, HidreamI1Dev
from fal_models.endpoints.hidream_i1_fast import AsyncHidreamI1Fast, HidreamI1Fast
from fal_models.endpoints.hidream_i1_full import AsyncHidreamI1Full, HidreamI1Full
from fal_models.endpoints.hidream_i1_full_image_to_image import (
    AsyncHidreamI1FullImageToImage,
    HidreamI1FullImageToImage,
)
from fal_models.endpoints.hidream_o1_image import AsyncHidreamO1Image, HidreamO1Image
from fal_models.endpoints.hidream_o1_image_dev import AsyncHidreamO1ImageDev, HidreamO1ImageDev
from fal_models.endpoints.hidream_o1_image_dev_edit import (
    AsyncHidreamO1ImageDevEdit,
    HidreamO1ImageDevEdit,
)
from fal_models.endpoints.hidream_o1_image_edit import AsyncHidreamO1ImageEdit, HidreamO1ImageEdit
from fal_models.endpoints.hunyuan_image_v2_1_text_to_image import (
    AsyncHunyuanImageV2_1TextToImage,
    HunyuanImageV2_1TextToImage,
)
from fal_models.endpoints.hunyuan_image_v3_instruct_edit import (
    AsyncHunyuanImageV3InstructEdit,
    HunyuanImageV3InstructEdit,
)
from fal_models.endpoints.hunyuan_image_v3_instruct_text_to_image import (
    AsyncHunyuanImageV3InstructTextToImage,
    HunyuanImageV3InstructTextToImage,
)
from fal_models.endpoints.hunyuan_image_v3_text_to_image import (
    AsyncHunyuanImageV3TextToImage,
    HunyuanImageV3TextToImage,
)
from fal_models.endpoints.hunyuan_world import AsyncHunyuanWorld, HunyuanWorld
from fal_models.endpoints.hy_wu_edit import AsyncHyWuEdit, HyWuEdit
from fal_models.endpoints.iclight_v2 import AsyncIclightV2, IclightV2
from fal_models.endpoints.ideogram_character import AsyncIdeogramCharacter, IdeogramCharacter
from fal_models.endpoints.ideogram_character_edit import (
    AsyncIdeogramCharacterEdit,
    IdeogramCharacterEdit,
)
from fal_models.endpoints.ideogram_character_remix import (
    AsyncIdeogramCharacterRemix,
    IdeogramCharacterRemix,
)
from fal_models.endpoints.ideogram_custom_models_generate import (
    AsyncIdeogramCustomModelsGenerate,
    IdeogramCustomModelsGenerate,
)
from fal_models.endpoints.ideogram_remove_background import (
    AsyncIdeogramRemoveBackground,
    IdeogramRemoveBackground,
)
from fal_models.endpoints.ideogram_upscale import AsyncIdeogramUpscale, IdeogramUpscale
from fal_models.endpoints.ideogram_v2 import AsyncIdeogramV2, IdeogramV2
from fal_models.endpoints.ideogram_v2_edit import AsyncIdeogramV2Edit, IdeogramV2Edit
from fal_models.endpoints.ideogram_v2_remix import AsyncIdeogramV2Remix, IdeogramV2Remix
from fal_models.endpoints.ideogram_v2_turbo import AsyncIdeogramV2Turbo, IdeogramV2Turbo
from fal_models.endpoints.ideogram_v2_turbo_edit import (
    AsyncIdeogramV2TurboEdit,
    IdeogramV2TurboEdit,
)
from fal_models.endpoints.ideogram_v2_turbo_remix import (
    AsyncIdeogramV2TurboRemix,
    IdeogramV2TurboRemix,
)
from fal_models.endpoints.ideogram_v2a import AsyncIdeogramV2a, IdeogramV2a
from fal_models.endpoints.ideogram_v2a_remix import AsyncIdeogramV2aRemix, IdeogramV2aRemix
from fal_models.endpoints.ideogram_v2a_turbo import AsyncIdeogramV2aTurbo, IdeogramV2aTurbo
from fal_models.endpoints.ideogram_v2a_turbo_remix import (
    AsyncIdeogramV2aTurboRemix,
    IdeogramV2aTurboRemix,
)
from fal_models.endpoints.ideogram_v3 import AsyncIdeogramV3, IdeogramV3
from fal_models.endpoints.ideogram_v3_generate_transparent import (
    AsyncIdeogramV3GenerateTransparent,
    IdeogramV3GenerateTransparent,
)
from fal_models.endpoints.ideogram_v3_layerize_text import (
    AsyncIdeogramV3LayerizeText,
    IdeogramV3LayerizeText,
)
from fal_models.endpoints.ideogram_v3_reframe import AsyncIdeogramV3Reframe, IdeogramV3Reframe
from fal_models.endpoints.ideogram_v3_remix import AsyncIdeogramV3Remix, IdeogramV3Remix
from fal_models.endpoints.ideogram_v3_replace_background import (
    AsyncIdeogramV3ReplaceBackground,
    IdeogramV3ReplaceBackground,
)
from fal_models.endpoints.illusion_diffusion import AsyncIllusionDiffusion, IllusionDiffusion
from fal_models.endpoints.image2pixel import AsyncImage2pixel, Image2pixel
from fal_models.endpoints.image2svg import AsyncImage2svg, Image2svg
from fal_models.endpoints.image_apps_v2_age_modify import (
    AsyncImageAppsV2AgeModify,
    ImageAppsV2AgeModify,
)
from fal_models.endpoints.image_apps_v2_city_teleport import (
    AsyncImageAppsV2CityTeleport,
    ImageAppsV2CityTeleport,
)
from fal_models.endpoints.image_apps_v2_expression_change import (
    AsyncImageAppsV2ExpressionChange,
    ImageAppsV2ExpressionChange,
)
from fal_models.endpoints.image_apps_v2_hair_change import (
    AsyncImageAppsV2HairChange,
    ImageAppsV2HairChange,
)
from fal_models.endpoints.image_apps_v2_headshot_photo import (
    AsyncImageAppsV2HeadshotPhoto,
    ImageAppsV2HeadshotPhoto,
)
from fal_models.endpoints.image_apps_v2_makeup_application import (
    AsyncImageAppsV2MakeupApplication,
    ImageAppsV2MakeupApplication,
)
from fal_models.endpoints.image_apps_v2_object_removal import (
    AsyncImageAppsV2ObjectRemoval,
    ImageAppsV2ObjectRemoval,
)
from fal_models.endpoints.image_apps_v2_outpaint import (
    AsyncImageAppsV2Outpaint,
    ImageAppsV2Outpaint,
)
from fal_models.endpoints.image_apps_v2_perspective import (
    AsyncImageAppsV2Perspective,
    ImageAppsV2Perspective,
)
from fal_models.endpoints.image_apps_v2_photo_restoration import (
    AsyncImageAppsV2PhotoRestoration,
    ImageAppsV2PhotoRestoration,
)
from fal_models.endpoints.image_apps_v2_photography_effects import (
    AsyncImageAppsV2PhotographyEffects,
    ImageAppsV2PhotographyEffects,
)
from fal_models.endpoints.image_apps_v2_portrait_enhance import (
    AsyncImageAppsV2PortraitEnhance,
    ImageAppsV2PortraitEnhance,
)
from fal_models.endpoints.image_apps_v2_product_holding import (
    AsyncImageAppsV2ProductHolding,
    ImageAppsV2ProductHolding,
)
from fal_models.endpoints.image_apps_v2_product_photography import (
    AsyncImageAppsV2ProductPhotography,
    ImageAppsV2ProductPhotography,
)
from fal_models.endpoints.image_apps_v2_relighting import (
    AsyncImageAppsV2Relighting,
    ImageAppsV2Relighting,
)
from fal_models.endpoints.image_apps_v2_style_transfer import (
    AsyncImageAppsV2StyleTransfer,
    ImageAppsV2StyleTransfer,
)
from fal_models.endpoints.image_apps_v2_texture_transform import (
    AsyncImageAppsV2TextureTransform,
    ImageAppsV2TextureTransform,
)
from fal_models.endpoints.image_apps_v2_virtual_try_on import (
    AsyncImageAppsV2VirtualTryOn,
    ImageAppsV2VirtualTryOn,
)
from fal_models.endpoints.image_editing_age_progression import (
    AsyncImageEditingAgeProgression,
    ImageEditingAgeProgression,
)
from fal_models.endpoints.image_editing_baby_version import (
    AsyncImageEditingBabyVersion,
    ImageEditingBabyVersion,
)
from fal_models.endpoints.image_editing_background_change import (
    AsyncImageEditingBackgroundChange,
    ImageEditingBackgroundChange,
)
from fal_models.endpoints.image_editing_broccoli_haircut import (
    AsyncImageEditingBroccoliHaircut,
    ImageEditingBroccoliHaircut,
)
from fal_models.endpoints.image_editing_cartoonify import (
    AsyncImageEditingCartoonify,
    ImageEditingCartoonify,
)
from fal_models.endpoints.image_editing_color_correction import (
    AsyncImageEditingColorCorrection,
    ImageEditingColorCorrection,
)
from fal_models.endpoints.image_editing_expression_change import (
    AsyncImageEditingExpressionChange,
    ImageEditingExpressionChange,
)
from fal_models.endpoints.image_editing_face_enhancement import (
    AsyncImageEditingFaceEnhancement,
    ImageEditingFaceEnhancement,
)
from fal_models.endpoints.image_editing_hair_change import (
    AsyncImageEditingHairChange,
    ImageEditingHairChange,
)
from fal_models.endpoints.image_editing_object_removal import (
    AsyncImageEditingObjectRemoval,
    ImageEditingObjectRemoval,
)
from fal_models.endpoints.image_editing_photo_restoration import (
    AsyncImageEditingPhotoRestoration,
    ImageEditingPhotoRestoration,
)
from fal_models.endpoints.image_editing_plushie_style import (
    AsyncImageEditingPlushieStyle,
    ImageEditingPlushieStyle,
)
from fal_models.endpoints.image_editing_professional_photo import (
    AsyncImageEditingProfessionalPhoto,
    ImageEditingProfessionalPhoto,
)
from fal_models.endpoints.image_editing_realism import AsyncImageEditingRealism, ImageEditingRealism
from fal_models.endpoints.image_editing_reframe import AsyncImageEditingReframe, ImageEditingReframe
from fal_models.endpoints.image_editing_retouch import AsyncImageEditingRetouch, ImageEditingRetouch
from fal_models.endpoints.image_editing_scene_composition import (
    AsyncImageEditingSceneComposition,
    ImageEditingSceneComposition,
)
from fal_models.endpoints.image_editing_style_transfer import (
    AsyncImageEditingStyleTransfer,
    ImageEditingStyleTransfer,
)
from fal_models.endpoints.image_editing_text_removal import (
    AsyncImageEditingTextRemoval,
    ImageEditingTextRemoval,
)
from fal_models.endpoints.image_editing_time_of_day import (
    AsyncImageEditingTimeOfDay,
    ImageEditingTimeOfDay,
)
from fal_models.endpoints.image_editing_weather_effect import (
    AsyncImageEditingWeatherEffect,
    ImageEditingWeatherEffect,
)
from fal_models.endpoints.image_editing_wojak_style import (
    AsyncImageEditingWojakStyle,
    ImageEditingWojakStyle,
)
from fal_models.endpoints.image_editing_youtube_thumbnails import (
    AsyncImageEditingYoutubeThumbnails,
    ImageEditingYoutubeThumbnails,
)
from fal_models.endpoints.image_preprocessors_depth_anything_v2 import (
    AsyncImagePreprocessorsDepthAnythingV2,
    ImagePreprocessorsDepthAnythingV2,
)
from fal_models.endpoints.image_preprocessors_hed import (
    AsyncImagePreprocessorsHed,
    ImagePreprocessorsHed,
)
from fal_models.endpoints.image_preprocessors_lineart import (
    AsyncImagePreprocessorsLineart,
    ImagePreprocessorsLineart,
)
from fal_models.endpoints.image_preprocessors_midas import (
    AsyncImagePreprocessorsMidas,
    ImagePreprocessorsMidas,
)
from fal_models.endpoints.image_preprocessors_mlsd import (
    AsyncImagePreprocessorsMlsd,
    ImagePreprocessorsMlsd,
)
from fal_models.endpoints.image_preprocessors_pidi import (
    AsyncImagePreprocessorsPidi,
    ImagePreprocessorsPidi,
)
from fal_models.endpoints.image_preprocessors_sam import (
    AsyncImagePreprocessorsSam,
    ImagePreprocessorsSam,
)
from fal_models.endpoints.image_preprocessors_scribble import (
    AsyncImagePreprocessorsScribble,
    ImagePreprocessorsScribble,
)
from fal_models.endpoints.image_preprocessors_teed import (
    AsyncImagePreprocessorsTeed,
    ImagePreprocessorsTeed,
)
from fal_models.endpoints.image_preprocessors_zoe import (
    AsyncImagePreprocessorsZoe,
    ImagePreprocessorsZoe,
)
from fal_models.endpoints.imagen3 import AsyncImagen3, Imagen3
from fal_models.endpoints.imagen3_fast import AsyncImagen3Fast, Imagen3Fast
from fal_models.endpoints.imagen4_preview_fast import AsyncImagen4PreviewFast, Imagen4PreviewFast
from fal_models.endpoints.imagen4_preview_ultra import AsyncImagen4PreviewUltra, Imagen4PreviewUltra
from fal_models.endpoints.imageutils_depth import AsyncImageutilsDepth, ImageutilsDepth
from fal_models.endpoints.imageutils_marigold_depth import (
    AsyncImageutilsMarigoldDepth,
    ImageutilsMarigoldDepth,
)
from fal_models.endpoints.imageutils_rembg import AsyncImageutilsRembg, ImageutilsRembg
from fal_models.endpoints.imagineart_imagineart_1_5_preview_text_to_image import (
    AsyncImagineartImagineart1_5PreviewTextToImage,
    ImagineartImagineart1_5PreviewTextToImage,
)
from fal_models.endpoints.imagineart_imagineart_1_5_pro_preview_text_to_image import (
    AsyncImagineartImagineart1_5ProPreviewTextToImage,
    ImagineartImagineart1_5ProPreviewTextToImage,
)
from fal_models.endpoints.imagineart_imagineart_2_0_preview_text_to_image import (
    AsyncImagineartImagineart2_0PreviewTextToImage,
    ImagineartImagineart2_0PreviewTextToImage,
)
from fal_models.endpoints.inpaint import AsyncInpaint, Inpaint
from fal_models.endpoints.instant_character import AsyncInstantCharacter, InstantCharacter
from fal_models.endpoints.invisible_watermark import AsyncInvisibleWatermark, InvisibleWatermark
from fal_models.endpoints.ip_adapter_face_id import AsyncIpAdapterFaceId, IpAdapterFaceId
from fal_models.endpoints.janus import AsyncJanus, Janus
from fal_models.endpoints.joyai_image_edit import AsyncJoyaiImageEdit, JoyaiImageEdit
from fal_models.endpoints.kling_image_o1 import AsyncKlingImageO1, KlingImageO1
from fal_models.endpoints.kling_image_o3_image_to_image import (
    AsyncKlingImageO3ImageToImage,
    KlingImageO3ImageToImage,
)
from fal_models.endpoints.kling_image_o3_text_to_image import (
    AsyncKlingImageO3TextToImage,
    KlingImageO3TextToImage,
)
from fal_models.endpoints.kling_image_v3_image_to_image import (
    AsyncKlingImageV3ImageToImage,
    KlingImageV3ImageToImage,
)
from fal_models.endpoints.kling_image_v3_text_to_image import (
    AsyncKlingImageV3TextToImage,
    KlingImageV3TextToImage,
)
from fal_models.endpoints.kling_v1_5_kolors_virtual_try_on import (
    AsyncKlingV1_5KolorsVirtualTryOn,
    KlingV1_5KolorsVirtualTryOn,
)
from fal_models.endpoints.kolors import AsyncKolors, Kolors
from fal_models.endpoints.kolors_image_to_image import AsyncKolorsImageToImage, KolorsImageToImage
from fal_models.endpoints.layer_diffusion import AsyncLayerDiffusion, LayerDiffusion
from fal_models.endpoints.lcm import AsyncLcm, Lcm
from fal_models.endpoints.lcm_sd15_i2i import AsyncLcmSd15I2i, LcmSd15I2i
from fal_models.endpoints.leffa_pose_transfer import AsyncLeffaPoseTransfer, LeffaPoseTransfer
from fal_models.endpoints.leffa_virtual_tryon import AsyncLeffaVirtualTryon, LeffaVirtualTryon
from fal_models.endpoints.lightning_models import AsyncLightningModels, LightningModels
from fal_models.endpoints.live_portrait_image import AsyncLivePortraitImage, LivePortraitImage
from fal_models.endpoints.longcat_image import AsyncLongcatImage, LongcatImage
from fal_models.endpoints.longcat_image_edit import AsyncLongcatImageEdit, LongcatImageEdit
from fal_models.endpoints.lora import AsyncLora, Lora
from fal_models.endpoints.lora_image_to_image import AsyncLoraImageToImage, LoraImageToImage
from fal_models.endpoints.lora_inpaint import AsyncLoraInpaint, LoraInpaint
from fal_models.endpoints.lucidflux import AsyncLucidflux, Lucidflux
from fal_models.endpoints.luma_photon import AsyncLumaPhoton, LumaPhoton
from fal_models.endpoints.luma_photon_flash import AsyncLumaPhotonFlash, LumaPhotonFlash
from fal_models.endpoints.luma_photon_flash_modify import (
    AsyncLumaPhotonFlashModify,
    LumaPhotonFlashModify,
)
from fal_models.endpoints.luma_photon_flash_reframe import (
    AsyncLumaPhotonFlashReframe,
    LumaPhotonFlashReframe,
)
from fal_models.endpoints.luma_photon_modify import AsyncLumaPhotonModify, LumaPhotonModify
from fal_models.endpoints.luma_photon_reframe import AsyncLumaPhotonReframe, LumaPhotonReframe
from fal_models.endpoints.lumina_image_v2 import AsyncLuminaImageV2, LuminaImageV2
from fal_models.endpoints.minimax_image_01 import AsyncMinimaxImage01, MinimaxImage01
from fal_models.endpoints.minimax_image_01_subject_reference import (
    AsyncMinimaxImage01SubjectReference,
    MinimaxImage01SubjectReference,
)
from fal_models.endpoints.mix_dehaze_net import AsyncMixDehazeNet, MixDehazeNet
from fal_models.endpoints.moondream3_preview_segment import (
    AsyncMoondream3PreviewSegment,
    Moondream3PreviewSegment,
)
from fal_models.endpoints.moondream_next_detection import (
    AsyncMoondreamNextDetection,
    MoondreamNextDetection,
)
from fal_models.endpoints.nafnet_deblur import AsyncNafnetDeblur, NafnetDeblur
from fal_models.endpoints.nafnet_denoise import AsyncNafnetDenoise, NafnetDenoise
from fal_models.endpoints.nano_banana import AsyncNanoBanana, NanoBanana
from fal_models.endpoints.nano_banana_2 import AsyncNanoBanana2, NanoBanana2
from fal_models.endpoints.nano_banana_2_edit import AsyncNanoBanana2Edit, NanoBanana2Edit
from fal_models.endpoints.nano_banana_edit import AsyncNanoBananaEdit, NanoBananaEdit
from fal_models.endpoints.nano_banana_pro import AsyncNanoBananaPro, NanoBananaPro
from fal_models.endpoints.nano_banana_pro_edit import AsyncNanoBananaProEdit, NanoBananaProEdit
from fal_models.endpoints.nucleus_image import AsyncNucleusImage, NucleusImage
from fal_models.endpoints.object_removal import AsyncObjectRemoval, ObjectRemoval
from fal_models.endpoints.object_removal_bbox import AsyncObjectRemovalBbox, ObjectRemovalBbox
from fal_models.endpoints.object_removal_mask import AsyncObjectRemovalMask, ObjectRemovalMask
from fal_models.endpoints.omni_zero import AsyncOmniZero, OmniZero
from fal_models.endpoints.omnigen_v1 import AsyncOmnigenV1, OmnigenV1
from fal_models.endpoints.omnigen_v2 import AsyncOmnigenV2, OmnigenV2
from fal_models.endpoints.onereward import AsyncOnereward, Onereward
from fal_models.endpoints.openai_gpt_image_2 import AsyncOpenaiGptImage2, OpenaiGptImage2
from fal_models.endpoints.openai_gpt_image_2_edit import (
    AsyncOpenaiGptImage2Edit,
    OpenaiGptImage2Edit,
)
from fal_models.endpoints.ovis_image import AsyncOvisImage, OvisImage
from fal_models.endpoints.pasd import AsyncPasd, Pasd
from fal_models.endpoints.patina import AsyncPatina, Patina
from fal_models.endpoints.patina_material import AsyncPatinaMaterial, PatinaMaterial
from fal_models.endpoints.patina_material_extract import (
    AsyncPatinaMaterialExtract,
    PatinaMaterialExtract,
)
from fal_models.endpoints.phota import AsyncPhota, Phota
from fal_models.endpoints.phota_edit import AsyncPhotaEdit, PhotaEdit
from fal_models.endpoints.phota_enhance import AsyncPhotaEnhance, PhotaEnhance
from fal_models.endpoints.photomaker import AsyncPhotomaker, Photomaker
from fal_models.endpoints.physic_edit import AsyncPhysicEdit, PhysicEdit
from fal_models.endpoints.piflow import AsyncPiflow, Piflow
from fal_models.endpoints.pixart_sigma import AsyncPixartSigma, PixartSigma
from fal_models.endpoints.pixelcut_background_removal import (
    AsyncPixelcutBackgroundRemoval,
    PixelcutBackgroundRemoval,
)
from fal_models.endpoints.playground_v25 import AsyncPlaygroundV25, PlaygroundV25
from fal_models.endpoints.playground_v25_image_to_image import (
    AsyncPlaygroundV25ImageToImage,
    PlaygroundV25ImageToImage,
)
from fal_models.endpoints.playground_v25_inpainting import (
    AsyncPlaygroundV25Inpainting,
    PlaygroundV25Inpainting,
)
from fal_models.endpoints.plushify import AsyncPlushify, Plushify
from fal_models.endpoints.pony_v7 import AsyncPonyV7, PonyV7
from fal_models.endpoints.post_processing import AsyncPostProcessing, PostProcessing
from fal_models.endpoints.post_processing_blur import AsyncPostProcessingBlur, PostProcessingBlur
from fal_models.endpoints.post_processing_chromatic_aberration import (
    AsyncPostProcessingChromaticAberration,
    PostProcessingChromaticAberration,
)
from fal_models.endpoints.post_processing_color_correction import (
    AsyncPostProcessingColorCorrection,
    PostProcessingColorCorrection,
)
from fal_models.endpoints.post_processing_color_tint import (
    AsyncPostProcessingColorTint,
    PostProcessingColorTint,
)
from fal_models.endpoints.post_processing_desaturate import (
    AsyncPostProcessingDesaturate,
    PostProcessingDesaturate,
)
from fal_models.endpoints.post_processing_dissolve import (
    AsyncPostProcessingDissolve,
    PostProcessingDissolve,
)
from fal_models.endpoints.post_processing_dodge_burn import (
    AsyncPostProcessingDodgeBurn,
    PostProcessingDodgeBurn,
)
from fal_models.endpoints.post_processing_grain import AsyncPostProcessingGrain, PostProcessingGrain
from fal_models.endpoints.post_processing_parabolize import (
    AsyncPostProcessingParabolize,
    PostProcessingParabolize,
)
from fal_models.endpoints.post_processing_sharpen import (
    AsyncPostProcessingSharpen,
    PostProcessingSharpen,
)
from fal_models.endpoints.post_processing_solarize import (
    AsyncPostProcessingSolarize,
    PostProcessingSolarize,
)
from fal_models.endpoints.post_processing_vignette import (
    AsyncPostProcessingVignette,
    PostProcessingVignette,
)
from fal_models.endpoints.pulid import AsyncPulid, Pulid
from fal_models.endpoints.qwen_image import AsyncQwenImage, QwenImage
from fal_models.endpoints.qwen_image_2_edit import AsyncQwenImage2Edit, QwenImage2Edit
from fal_models.endpoints.qwen_image_2_pro_edit import AsyncQwenImage2ProEdit, QwenImage2ProEdit
from fal_models.endpoints.qwen_image_2_pro_text_to_image import (
    AsyncQwenImage2ProTextToImage,
    QwenImage2ProTextToImage,
)
from fal_models.endpoints.qwen_image_2_text_to_image import (
    AsyncQwenImage2TextToImage,
    QwenImage2TextToImage,
)
from fal_models.endpoints.qwen_image_2512 import AsyncQwenImage2512, QwenImage2512
from fal_models.endpoints.qwen_image_2512_lora import AsyncQwenImage2512Lora, QwenImage2512Lora
from fal_models.endpoints.qwen_image_edit_2509 import AsyncQwenImageEdit2509, QwenImageEdit2509
from fal_models.endpoints.qwen_image_edit_2509_lora import (
    AsyncQwenImageEdit2509Lora,
    QwenImageEdit2509Lora,
)
from fal_models.endpoints.qwen_image_edit_2509_lora_gallery_add_background import (
    AsyncQwenImageEdit2509LoraGalleryAddBackground,
    QwenImageEdit2509LoraGalleryAddBackground,
)
from fal_models.endpoints.qwen_image_edit_2509_lora_gallery_face_to_full_portrait import (
    AsyncQwenImageEdit2509LoraGalleryFaceToFullPortrait,
    QwenImageEdit2509LoraGalleryFaceToFullPortrait,
)
from fal_models.endpoints.qwen_image_edit_2509_lora_gallery_group_photo import (
    AsyncQwenImageEdit2509LoraGalleryGroupPhoto,
    QwenImageEdit2509LoraGalleryGroupPhoto,
)
from fal_models.endpoints.qwen_image_edit_2509_lora_gallery_integrate_product import (
    AsyncQwenImageEdit2509LoraGalleryIntegrateProduct,
    QwenImageEdit2509LoraGalleryIntegrateProduct,
)
from fal_models.endpoints.qwen_image_edit_2509_lora_gallery_lighting_restoration import (
    AsyncQwenImageEdit2509LoraGalleryLightingRestoration,
    QwenImageEdit2509LoraGalleryLightingRestoration,
)
from fal_models.endpoints.qwen_image_edit_2509_lora_gallery_multiple_angles import (
    AsyncQwenImageEdit2509LoraGalleryMultipleAngles,
    QwenImageEdit2509LoraGalleryMultipleAngles,
)
from fal_models.endpoints.qwen_image_edit_2509_lora_gallery_next_scene import (
    AsyncQwenImageEdit2509LoraGalleryNextScene,
    QwenImageEdit2509LoraGalleryNextScene,
)
from fal_models.endpoints.qwen_image_edit_2509_lora_gallery_remove_element import (
    AsyncQwenImageEdit2509LoraGalleryRemoveElement,
    QwenImageEdit2509LoraGalleryRemoveElement,
)
from fal_models.endpoints.qwen_image_edit_2509_lora_gallery_remove_lighting import (
    AsyncQwenImageEdit2509LoraGalleryRemoveLighting,
    QwenImageEdit2509LoraGalleryRemoveLighting,
)
from fal_models.endpoints.qwen_image_edit_2509_lora_gallery_shirt_design import (
    AsyncQwenImageEdit2509LoraGalleryShirtDesign,
    QwenImageEdit2509LoraGalleryShirtDesign,
)
from fal_models.endpoints.qwen_image_edit_2511 import AsyncQwenImageEdit2511, QwenImageEdit2511
from fal_models.endpoints.qwen_image_edit_2511_lora import (
    AsyncQwenImageEdit2511Lora,
    QwenImageEdit2511Lora,
)
from fal_models.endpoints.qwen_image_edit_2511_multiple_angles import (
    AsyncQwenImageEdit2511MultipleAngles,
    QwenImageEdit2511MultipleAngles,
)
from fal_models.endpoints.qwen_image_edit_image_to_image import (
    AsyncQwenImageEditImageToImage,
    QwenImageEditImageToImage,
)
from fal_models.endpoints.qwen_image_edit_inpaint import (
    AsyncQwenImageEditInpaint,
    QwenImageEditInpaint,
)
from fal_models.endpoints.qwen_image_edit_lora import AsyncQwenImageEditLora, QwenImageEditLora
from fal_models.endpoints.qwen_image_edit_plus import AsyncQwenImageEditPlus, QwenImageEditPlus
from fal_models.endpoints.qwen_image_edit_plus_lora import (
    AsyncQwenImageEditPlusLora,
    QwenImageEditPlusLora,
)
from fal_models.endpoints.qwen_image_edit_plus_lora_gallery_add_background import (
    AsyncQwenImageEditPlusLoraGalleryAddBackground,
    QwenImageEditPlusLoraGalleryAddBackground,
)
from fal_models.endpoints.qwen_image_edit_plus_lora_gallery_face_to_full_portrait import (
    AsyncQwenImageEditPlusLoraGalleryFaceToFullPortrait,
    QwenImageEditPlusLoraGalleryFaceToFullPortrait,
)
from fal_models.endpoints.qwen_image_edit_plus_lora_gallery_group_photo import (
    AsyncQwenImageEditPlusLoraGalleryGroupPhoto,
    QwenImageEditPlusLoraGalleryGroupPhoto,
)
from fal_models.endpoints.qwen_image_edit_plus_lora_gallery_integrate_product import (
    AsyncQwenImageEditPlusLoraGalleryIntegrateProduct,
    QwenImageEditPlusLoraGalleryIntegrateProduct,
)
from fal_models.endpoints.qwen_image_edit_plus_lora_gallery_lighting_restoration import (
    AsyncQwenImageEditPlusLoraGalleryLightingRestoration,
    QwenImageEditPlusLoraGalleryLightingRestoration,
)
from fal_models.endpoints.qwen_image_edit_plus_lora_gallery_multiple_angles import (
    AsyncQwenImageEditPlusLoraGalleryMultipleAngles,
    QwenImageEditPlusLoraGalleryMultipleAngles,
)
from fal_models.endpoints.qwen_image_edit_plus_lora_gallery_next_scene import (
    AsyncQwenImageEditPlusLoraGalleryNextScene,
    QwenImageEditPlusLoraGalleryNextScene,
)
from fal_models.endpoints.qwen_image_edit_plus_lora_gallery_remove_element import (
    AsyncQwenImageEditPlusLoraGalleryRemoveElement,
    QwenImageEditPlusLoraGalleryRemoveElement,
)
from fal_models.endpoints.qwen_image_edit_plus_lora_gallery_remove_lighting import (
    AsyncQwenImageEditPlusLoraGalleryRemoveLighting,
    QwenImageEditPlusLoraGalleryRemoveLighting,
)
from fal_models.endpoints.qwen_image_edit_plus_lora_gallery_shirt_design import (
    AsyncQwenImageEditPlusLoraGalleryShirtDesign,
    QwenImageEditPlusLoraGalleryShirtDesign,
)
from fal_models.endpoints.qwen_image_image_to_image import (
    AsyncQwenImageImageToImage,
    QwenImageImageToImage,
)
from fal_models.endpoints.qwen_image_layered import AsyncQwenImageLayered, QwenImageLayered
from fal_models.endpoints.qwen_image_layered_lora import (
    AsyncQwenImageLayeredLora,
    QwenImageLayeredLora,
)
from fal_models.endpoints.qwen_image_max_edit import AsyncQwenImageMaxEdit, QwenImageMaxEdit
from fal_models.endpoints.qwen_image_max_text_to_image import (
    AsyncQwenImageMaxTextToImage,
    QwenImageMaxTextToImage,
)
from fal_models.endpoints.realistic_vision import AsyncRealisticVision, RealisticVision
from fal_models.endpoints.recraft_20b import AsyncRecraft20b, Recraft20b
from fal_models.endpoints.recraft_upscale_creative import (
    AsyncRecraftUpscaleCreative,
    RecraftUpscaleCreative,
)
from fal_models.endpoints.recraft_upscale_crisp import AsyncRecraftUpscaleCrisp, RecraftUpscaleCrisp
from fal_models.endpoints.recraft_v3_image_to_image import (
    AsyncRecraftV3ImageToImage,
    RecraftV3ImageToImage,
)
from fal_models.endpoints.recraft_v4_pro_text_to_image import (
    AsyncRecraftV4ProTextToImage,
    RecraftV4ProTextToImage,
)
from fal_models.endpoints.recraft_v4_pro_text_to_vector import (
    AsyncRecraftV4ProTextToVector,
    RecraftV4ProTextToVector,
)
from fal_models.endpoints.recraft_v4_text_to_image import (
    AsyncRecraftV4TextToImage,
    RecraftV4TextToImage,
)
from fal_models.endpoints.recraft_v4_text_to_vector import (
    AsyncRecraftV4TextToVector,
    RecraftV4TextToVector,
)
from fal_models.endpoints.recraft_vectorize import AsyncRecraftVectorize, RecraftVectorize
from fal_models.endpoints.retoucher import AsyncRetoucher, Retoucher
from fal_models.endpoints.rife import AsyncRife, Rife
from fal_models.endpoints.rundiffusion_fal_juggernaut_flux_lora import (
    AsyncRundiffusionFalJuggernautFluxLora,
    RundiffusionFalJuggernautFluxLora,
)
from fal_models.endpoints.rundiffusion_fal_juggernaut_flux_lora_inpainting import (
    AsyncRundiffusionFalJuggernautFluxLoraInpainting,
    RundiffusionFalJuggernautFluxLoraInpainting,
)
from fal_models.endpoints.rundiffusion_fal_rundiffusion_photo_flux import (
    AsyncRundiffusionFalRundiffusionPhotoFlux,
    RundiffusionFalRundiffusionPhotoFlux,
)
from fal_models.endpoints.sam2_auto_segment import AsyncSam2AutoSegment, Sam2AutoSegment
from fal_models.endpoints.sam2_image import AsyncSam2Image, Sam2Image
from fal_models.endpoints.sam_3_1_image import AsyncSam3_1Image, Sam3_1Image
from fal_models.endpoints.sam_3_1_image_rle import AsyncSam3_1ImageRle, Sam3_1ImageRle
from fal_models.endpoints.sam_3_image import AsyncSam3Image, Sam3Image
from fal_models.endpoints.sam_3_image_rle import AsyncSam3ImageRle, Sam3ImageRle
from fal_models.endpoints.sana import AsyncSana, Sana
from fal_models.endpoints.sana_sprint import AsyncSanaSprint, SanaSprint
from fal_models.endpoints.sana_v1_5_v1_6b import AsyncSanaV1_5_1_6b, SanaV1_5_1_6b
from fal_models.endpoints.sana_v1_5_v4_8b import AsyncSanaV1_5_4_8b, SanaV1_5_4_8b
from fal_models.endpoints.sd15_depth_controlnet import AsyncSd15DepthControlnet, Sd15DepthControlnet
from fal_models.endpoints.sdxl_controlnet_union import AsyncSdxlControlnetUnion, SdxlControlnetUnion
from fal_models.endpoints.sdxl_controlnet_union_image_to_image import (
    AsyncSdxlControlnetUnionImageToImage,
    SdxlControlnetUnionImageToImage,
)
from fal_models.endpoints.sdxl_controlnet_union_inpainting import (
    AsyncSdxlControlnetUnionInpainting,
    SdxlControlnetUnionInpainting,
)
from fal_models.endpoints.seedvr_upscale_image import AsyncSeedvrUpscaleImage, SeedvrUpscaleImage
from fal_models.endpoints.seedvr_upscale_image_seamless import (
    AsyncSeedvrUpscaleImageSeamless,
    SeedvrUpscaleImageSeamless,
)
from fal_models.endpoints.smart_resize import AsyncSmartResize, SmartResize
from fal_models.endpoints.smoretalk_ai_rembg_enhance import (
    AsyncSmoretalkAiRembgEnhance,
    SmoretalkAiRembgEnhance,
)
from fal_models.endpoints.stable_cascade import AsyncStableCascade, StableCascade
from fal_models.endpoints.stable_cascade_sote_diffusion import (
    AsyncStableCascadeSoteDiffusion,
    StableCascadeSoteDiffusion,
)
from fal_models.endpoints.stable_diffusion_v3_medium import (
    AsyncStableDiffusionV3Medium,
    StableDiffusionV3Medium,
)
from fal_models.endpoints.stable_diffusion_v3_medium_image_to_image import (
    AsyncStableDiffusionV3MediumImageToImage,
    StableDiffusionV3MediumImageToImage,
)
from fal_models.endpoints.stable_diffusion_v15 import AsyncStableDiffusionV15, StableDiffusionV15
from fal_models.endpoints.stable_diffusion_v35_large import (
    AsyncStableDiffusionV35Large,
    StableDiffusionV35Large,
)
from fal_models.endpoints.stable_diffusion_v35_medium import (
    AsyncStableDiffusionV35Medium,
    StableDiffusionV35Medium,
)
from fal_models.endpoints.star_vector import AsyncStarVector, StarVector
from fal_models.endpoints.step1x_edit import AsyncStep1xEdit, Step1xEdit
from fal_models.endpoints.stepx_edit2 import AsyncStepxEdit2, StepxEdit2
from fal_models.endpoints.swin2sr import AsyncSwin2sr, Swin2sr
from fal_models.endpoints.switti import AsyncSwitti, Switti
from fal_models.endpoints.switti_v512 import AsyncSwitti512, Switti512
from fal_models.endpoints.thera import AsyncThera, Thera
from fal_models.endpoints.topaz_upscale_image import AsyncTopazUpscaleImage, TopazUpscaleImage
from fal_models.endpoints.uno import AsyncUno, Uno
from fal_models.endpoints.uso import AsyncUso, Uso
from fal_models.endpoints.vecglypher import AsyncVecglypher, Vecglypher
from fal_models.endpoints.vecglypher_image_to_svg import (
    AsyncVecglypherImageToSvg,
    VecglypherImageToSvg,
)
from fal_models.endpoints.vidu_q2_reference_to_image import (
    AsyncViduQ2ReferenceToImage,
    ViduQ2ReferenceToImage,
)
from fal_models.endpoints.vidu_q2_text_to_image import AsyncViduQ2TextToImage, ViduQ2TextToImage
from fal_models.endpoints.vidu_reference_to_image import (
    AsyncViduReferenceToImage,
    ViduReferenceToImage,
)
from fal_models.endpoints.wan_25_preview_image_to_image import (
    AsyncWan25PreviewImageToImage,
    Wan25PreviewImageToImage,
)
from fal_models.endpoints.wan_25_preview_text_to_image import (
    AsyncWan25PreviewTextToImage,
    Wan25PreviewTextToImage,
)
from fal_models.endpoints.wan_v2_2_5b_text_to_image import (
    AsyncWanV2_2_5bTextToImage,
    WanV2_2_5bTextToImage,
)
from fal_models.endpoints.wan_v2_2_a14b_image_to_image import (
    AsyncWanV2_2A14bImageToImage,
    WanV2_2A14bImageToImage,
)
from fal_models.endpoints.wan_v2_2_a14b_text_to_image import (
    AsyncWanV2_2A14bTextToImage,
    WanV2_2A14bTextToImage,
)
from fal_models.endpoints.wan_v2_2_a14b_text_to_image_lora import (
    AsyncWanV2_2A14bTextToImageLora,
    WanV2_2A14bTextToImageLora,
)
from fal_models.endpoints.wan_v2_6_image_to_image import (
    AsyncWanV2_6ImageToImage,
    WanV2_6ImageToImage,
)
from fal_models.endpoints.wan_v2_6_text_to_image import AsyncWanV2_6TextToImage, WanV2_6TextToImage
from fal_models.endpoints.wan_v2_7_edit import AsyncWanV2_7Edit, WanV2_7Edit
from fal_models.endpoints.wan_v2_7_pro_edit import AsyncWanV2_7ProEdit, WanV2_7ProEdit
from fal_models.endpoints.wan_v2_7_pro_text_to_image import (
    AsyncWanV2_7ProTextToImage,
    WanV2_7ProTextToImage,
)
from fal_models.endpoints.wan_v2_7_text_to_image import AsyncWanV2_7TextToImage, WanV2_7TextToImage
from fal_models.endpoints.workflow_utilities_extract_nth_frame import (
    AsyncWorkflowUtilitiesExtractNthFrame,
    WorkflowUtilitiesExtractNthFrame,
)
from fal_models.endpoints.xai_grok_imagine_image import (
    AsyncXaiGrokImagineImage,
    XaiGrokImagineImage,
)
from fal_models.endpoints.xai_grok_imagine_image_edit import (
    AsyncXaiGrokImagineImageEdit,
    XaiGrokImagineImageEdit,
)
from fal_models.endpoints.xai_grok_imagine_image_quality_edit import (
    AsyncXaiGrokImagineImageQualityEdit,
    XaiGrokImagineImageQualityEdit,
)
from fal_models.endpoints.xai_grok_imagine_image_quality_text_to_image import (
    AsyncXaiGrokImagineImageQualityTextToImage,
    XaiGrokImagineImageQualityTextToImage,
)
from fal_models.endpoints.z_image_base import AsyncZImageBase, ZImageBase
from fal_models.endpoints.z_image_base_lora import AsyncZImageBaseLora, ZImageBaseLora
from fal_models.endpoints.z_image_turbo import AsyncZImageTurbo, ZImageTurbo
from fal_models.endpoints.z_image_turbo_controlnet import (
    AsyncZImageTurboControlnet,
    ZImageTurboControlnet,
)
from fal_models.endpoints.z_image_turbo_controlnet_lora import (
    AsyncZImageTurboControlnetLora,
    ZImageTurboControlnetLora,
)
from fal_models.endpoints.z_image_turbo_image_to_image import (
    AsyncZImageTurboImageToImage,
    ZImageTurboImageToImage,
)
from fal_models.endpoints.z_image_turbo_image_to_image_lora import (
    AsyncZImageTurboImageToImageLora,
    ZImageTurboImageToImageLora,
)
from fal_models.endpoints.z_image_turbo_inpaint import AsyncZImageTurboInpaint, ZImageTurboInpaint
from fal_models.endpoints.z_image_turbo_inpaint_lora import (
    AsyncZImageTurboInpaintLora,
    ZImageTurboInpaintLora,
)
from fal_models.endpoints.z_image_turbo_lora import AsyncZImageTurboLora, ZImageTurboLora
from fal_models.endpoints.z_image_turbo_tiling import AsyncZImageTurboTiling, ZImageTurboTiling
from fal_models.endpoints.z_image_turbo_tiling_lora import (
    AsyncZImageTurboTilingLora,
    ZImageTurboTilingLora,
)

__all__ = ["AsyncFalClient", "FalClient", "ENDPOINT_IDS"]

_ENDPOINTS: dict[str, tuple[str, str]]
ENDPOINT_IDS: tuple[str, ...]

def _endpoint_class(endpoint_id: str, prefix: str) -> Any: ...

class _NS_bagel:
    """`client.bagel`: the endpoints below the `fal-ai/bagel` endpoint."""
    @property
    def edit(self) -> BagelEdit:
        """Bagel Edit (`fal-ai/bagel/edit`)."""

class _NS_bagelEndpoint(_NS_bagel, Bagel):
    """`client.bagel`: the `fal-ai/bagel` endpoint and the endpoints below it."""

class _NS_ben__v2:
    """`client.ben.v2`: endpoints below this path."""
    @property
    def image(self) -> BenV2Image:
        """Ben V2 Image (`fal-ai/ben/v2/image`)."""

class _NS_ben:
    """`client.ben`: endpoints below this path."""
    @property
    def v2(self) -> _NS_ben__v2:
        """Endpoints under `client.ben.v2`."""

class _NS_bria__background:
    """`client.bria.background`: endpoints below this path."""
    @property
    def remove(self) -> BriaBackgroundRemove:
        """Bria Background Remove (`fal-ai/bria/background/remove`)."""
    @property
    def replace(self) -> BriaBackgroundReplace:
        """Bria Background Replace (`fal-ai/bria/background/replace`)."""

class _NS_bria__fibo:
    """`client.bria.fibo`: endpoints below this path."""
    @property
    def generate(self) -> BriaFiboGenerate:
        """Bria Fibo Generate (`bria/fibo/generate`)."""

class _NS_bria__fibo_bbq_preview:
    """`client.bria.fibo_bbq_preview`: endpoints below this path."""
    @property
    def generate(self) -> BriaFiboBbqPreviewGenerate:
        """Bria Fibo Bbq Preview Generate (`bria/fibo-bbq-preview/generate`)."""

class _NS_bria__fibo_edit:
    """`client.bria.fibo_edit`: endpoints below this path."""
    @property
    def add_object_by_text(self) -> BriaFiboEditAddObjectByText:
        """Bria Fibo Edit Add Object By Text (`bria/fibo-edit/add_object_by_text`)."""
    @property
    def blend(self) -> BriaFiboEditBlend:
        """Bria Fibo Edit Blend (`bria/fibo-edit/blend`)."""
    @property
    def colorize(self) -> BriaFiboEditColorize:
        """Bria Fibo Edit Colorize (`bria/fibo-edit/colorize`)."""
    @property
    def edit(self) -> BriaFiboEditEdit:
        """Bria Fibo Edit Edit (`bria/fibo-edit/edit`)."""
    @property
    def erase_by_text(self) -> BriaFiboEditEraseByText:
        """Bria Fibo Edit Erase By Text (`bria/fibo-edit/erase_by_text`)."""
    @property
    def relight(self) -> BriaFiboEditRelight:
        """Bria Fibo Edit Relight (`bria/fibo-edit/relight`)."""
    @property
    def replace_object_by_text(self) -> BriaFiboEditReplaceObjectByText:
        """Bria Fibo Edit Replace Object By Text (`bria/fibo-edit/replace_object_by_text`)."""
    @property
    def reseason(self) -> BriaFiboEditReseason:
        """Bria Fibo Edit Reseason (`bria/fibo-edit/reseason`)."""
    @property
    def restore(self) -> BriaFiboEditRestore:
        """Bria Fibo Edit Restore (`bria/fibo-edit/restore`)."""
    @property
    def restyle(self) -> BriaFiboEditRestyle:
        """Bria Fibo Edit Restyle (`bria/fibo-edit/restyle`)."""
    @property
    def rewrite_text(self) -> BriaFiboEditRewriteText:
        """Bria Fibo Edit Rewrite Text (`bria/fibo-edit/rewrite_text`)."""
    @property
    def sketch_to_colored_image(self) -> BriaFiboEditSketchToColoredImage:
        """Bria Fibo Edit Sketch To Colored Image (`bria/fibo-edit/sketch_to_colored_image`)."""

class _NS_bria__fibo_lite:
    """`client.bria.fibo_lite`: endpoints below this path."""
    @property
    def generate(self) -> BriaFiboLiteGenerate:
        """Bria Fibo Lite Generate (`bria/fibo-lite/generate`)."""

class _NS_bria__reimagine:
    """`client.bria.reimagine`: the endpoints below the `fal-ai/bria/reimagine` endpoint."""
    @property
    def v3_2(self) -> BriaReimagine3_2:
        """Bria Reimagine 3.2 (`bria/reimagine/3.2`)."""

class _NS_bria__reimagineEndpoint(_NS_bria__reimagine, BriaReimagine):
    """`client.bria.reimagine`: the `fal-ai/bria/reimagine` endpoint and the endpoints below it."""

class _NS_bria__text_to_image:
    """`client.bria.text_to_image`: endpoints below this path."""
    @property
    def base(self) -> BriaTextToImageBase:
        """Bria Text To Image Base (`fal-ai/bria/text-to-image/base`)."""
    @property
    def fast(self) -> BriaTextToImageFast:
        """Bria Text To Image Fast (`fal-ai/bria/text-to-image/fast`)."""
    @property
    def hd(self) -> BriaTextToImageHd:
        """Bria Text To Image Hd (`fal-ai/bria/text-to-image/hd`)."""

class _NS_bria__upscale:
    """`client.bria.upscale`: endpoints below this path."""
    @property
    def creative(self) -> BriaUpscaleCreative:
        """Bria Upscale Creative (`bria/upscale/creative`)."""

class _NS_bria:
    """`client.bria`: endpoints below this path."""
    @property
    def background(self) -> _NS_bria__background:
        """Endpoints under `client.bria.background`."""
    @property
    def embed_product(self) -> BriaEmbedProduct:
        """Bria Embed Product (`bria/embed-product`)."""
    @property
    def eraser(self) -> BriaEraser:
        """Bria Eraser (`fal-ai/bria/eraser`)."""
    @property
    def expand(self) -> BriaExpand:
        """Bria Expand (`fal-ai/bria/expand`)."""
    @property
    def fibo(self) -> _NS_bria__fibo:
        """Endpoints under `client.bria.fibo`."""
    @property
    def fibo_bbq_preview(self) -> _NS_bria__fibo_bbq_preview:
        """Endpoints under `client.bria.fibo_bbq_preview`."""
    @property
    def fibo_edit(self) -> _NS_bria__fibo_edit:
        """Endpoints under `client.bria.fibo_edit`."""
    @property
    def fibo_lite(self) -> _NS_bria__fibo_lite:
        """Endpoints under `client.bria.fibo_lite`."""
    @property
    def genfill(self) -> BriaGenfill:
        """Bria Genfill (`fal-ai/bria/genfill`)."""
    @property
    def product_shot(self) -> BriaProductShot:
        """Bria Product Shot (`fal-ai/bria/product-shot`)."""
    @property
    def reimagine(self) -> _NS_bria__reimagineEndpoint:
        """Bria Reimagine (`fal-ai/bria/reimagine`) and the endpoints under it."""
    @property
    def replace_background(self) -> BriaReplaceBackground:
        """Bria Replace Background (`bria/replace-background`)."""
    @property
    def text_to_image(self) -> _NS_bria__text_to_image:
        """Endpoints under `client.bria.text_to_image`."""
    @property
    def upscale(self) -> _NS_bria__upscale:
        """Endpoints under `client.bria.upscale`."""

class _NS_bytedance__dreamina__v3_1:
    """`client.bytedance.dreamina.v3_1`: endpoints below this path."""
    @property
    def text_to_image(self) -> BytedanceDreaminaV3_1TextToImage:
        """Bytedance Dreamina v3.1 Text to Image
        (`fal-ai/bytedance/dreamina/v3.1/text-to-image`).
        """

class _NS_bytedance__dreamina:
    """`client.bytedance.dreamina`: endpoints below this path."""
    @property
    def v3_1(self) -> _NS_bytedance__dreamina__v3_1:
        """Endpoints under `client.bytedance.dreamina.v3_1`."""

class _NS_bytedance__seedream__v3:
    """`client.bytedance.seedream.v3`: endpoints below this path."""
    @property
    def text_to_image(self) -> BytedanceSeedreamV3TextToImage:
        """Bytedance Seedream v3 Text to Image (`fal-ai/bytedance/seedream/v3/text-to-image`)."""

class _NS_bytedance__seedream__v4:
    """`client.bytedance.seedream.v4`: endpoints below this path."""
    @property
    def text_to_image(self) -> BytedanceSeedreamV4TextToImage:
        """Bytedance Seedream v4 Text to Image (`fal-ai/bytedance/seedream/v4/text-to-image`)."""

class _NS_bytedance__seedream__v4_5:
    """`client.bytedance.seedream.v4_5`: endpoints below this path."""
    @property
    def edit(self) -> BytedanceSeedreamV4_5Edit:
        """Bytedance Seedream v4.5 Edit (`fal-ai/bytedance/seedream/v4.5/edit`)."""
    @property
    def text_to_image(self) -> BytedanceSeedreamV4_5TextToImage:
        """Bytedance Seedream V4.5 Text To Image
        (`fal-ai/bytedance/seedream/v4.5/text-to-image`).
        """

class _NS_bytedance__seedream__v5__lite:
    """`client.bytedance.seedream.v5.lite`: endpoints below this path."""
    @property
    def edit(self) -> BytedanceSeedreamV5LiteEdit:
        """Bytedance Seedream V5 Lite Edit (`fal-ai/bytedance/seedream/v5/lite/edit`)."""
    @property
    def text_to_image(self) -> BytedanceSeedreamV5LiteTextToImage:
        """Bytedance Seedream V5 Lite Text To Image
        (`fal-ai/bytedance/seedream/v5/lite/text-to-image`).
        """

class _NS_bytedance__seedream__v5:
    """`client.bytedance.seedream.v5`: endpoints below this path."""
    @property
    def lite(self) -> _NS_bytedance__seedream__v5__lite:
        """Endpoints under `client.bytedance.seedream.v5.lite`."""

class _NS_bytedance__seedream:
    """`client.bytedance.seedream`: endpoints below this path."""
    @property
    def v3(self) -> _NS_bytedance__seedream__v3:
        """Endpoints under `client.bytedance.seedream.v3`."""
    @property
    def v4(self) -> _NS_bytedance__seedream__v4:
        """Endpoints under `client.bytedance.seedream.v4`."""
    @property
    def v4_5(self) -> _NS_bytedance__seedream__v4_5:
        """Endpoints under `client.bytedance.seedream.v4_5`."""
    @property
    def v5(self) -> _NS_bytedance__seedream__v5:
        """Endpoints under `client.bytedance.seedream.v5`."""

class _NS_bytedance:
    """`client.bytedance`: endpoints below this path."""
    @property
    def dreamina(self) -> _NS_bytedance__dreamina:
        """Endpoints under `client.bytedance.dreamina`."""
    @property
    def seedream(self) -> _NS_bytedance__seedream:
        """Endpoints under `client.bytedance.seedream`."""

class _NS_chrono_edit_lora_gallery:
    """`client.chrono_edit_lora_gallery`: endpoints below this path."""
    @property
    def paintbrush(self) -> ChronoEditLoraGalleryPaintbrush:
        """Chrono Edit Lora Gallery Paintbrush (`fal-ai/chrono-edit-lora-gallery/paintbrush`)."""
    @property
    def upscaler(self) -> ChronoEditLoraGalleryUpscaler:
        """Chrono Edit Lora Gallery Upscaler (`fal-ai/chrono-edit-lora-gallery/upscaler`)."""

class _NS_clarityai:
    """`client.clarityai`: endpoints below this path."""
    @property
    def crystal_upscaler(self) -> ClarityaiCrystalUpscaler:
        """Clarityai Crystal Upscaler (`clarityai/crystal-upscaler`)."""

class _NS_docres:
    """`client.docres`: the endpoints below the `fal-ai/docres` endpoint."""
    @property
    def dewarp(self) -> DocresDewarp:
        """Docres Dewarp (`fal-ai/docres/dewarp`)."""

class _NS_docresEndpoint(_NS_docres, Docres):
    """`client.docres`: the `fal-ai/docres` endpoint and the endpoints below it."""

class _NS_dreamomni2:
    """`client.dreamomni2`: endpoints below this path."""
    @property
    def edit(self) -> Dreamomni2Edit:
        """Dreamomni2 Edit (`fal-ai/dreamomni2/edit`)."""

class _NS_emu_3_5_image:
    """`client.emu_3_5_image`: endpoints below this path."""
    @property
    def edit_image(self) -> Emu3_5ImageEditImage:
        """Emu 3.5 Image Edit Image (`fal-ai/emu-3.5-image/edit-image`)."""
    @property
    def text_to_image(self) -> Emu3_5ImageTextToImage:
        """Emu 3.5 Image Text To Image (`fal-ai/emu-3.5-image/text-to-image`)."""

class _NS_ernie_image__lora:
    """`client.ernie_image.lora`: the endpoints below the `fal-ai/ernie-image/lora` endpoint."""
    @property
    def turbo(self) -> ErnieImageLoraTurbo:
        """Ernie Image Lora Turbo (`fal-ai/ernie-image/lora/turbo`)."""

class _NS_ernie_image__loraEndpoint(_NS_ernie_image__lora, ErnieImageLora):
    """`client.ernie_image.lora`: the `fal-ai/ernie-image/lora` endpoint and the endpoints below
    it.
    """

class _NS_ernie_image:
    """`client.ernie_image`: the endpoints below the `fal-ai/ernie-image` endpoint."""
    @property
    def lora(self) -> _NS_ernie_image__loraEndpoint:
        """Ernie Image Lora (`fal-ai/ernie-image/lora`) and the endpoints under it."""
    @property
    def turbo(self) -> ErnieImageTurbo:
        """Ernie Image Turbo (`fal-ai/ernie-image/turbo`)."""

class _NS_ernie_imageEndpoint(_NS_ernie_image, ErnieImage):
    """`client.ernie_image`: the `fal-ai/ernie-image` endpoint and the endpoints below it."""

class _NS_f_lite:
    """`client.f_lite`: endpoints below this path."""
    @property
    def standard(self) -> FLiteStandard:
        """F Lite Standard (`fal-ai/f-lite/standard`)."""
    @property
    def texture(self) -> FLiteTexture:
        """F Lite Texture (`fal-ai/f-lite/texture`)."""

class _NS_fashn__tryon:
    """`client.fashn.tryon`: endpoints below this path."""
    @property
    def v1_5(self) -> FashnTryonV1_5:
        """Fashn Tryon V1.5 (`fal-ai/fashn/tryon/v1.5`)."""
    @property
    def v1_6(self) -> FashnTryonV1_6:
        """Fashn Tryon V1.6 (`fal-ai/fashn/tryon/v1.6`)."""

class _NS_fashn:
    """`client.fashn`: endpoints below this path."""
    @property
    def tryon(self) -> _NS_fashn__tryon:
        """Endpoints under `client.fashn.tryon`."""

class _NS_fast_fooocus_sdxl:
    """`client.fast_fooocus_sdxl`: the endpoints below the `fal-ai/fast-fooocus-sdxl` endpoint."""
    @property
    def image_to_image(self) -> FastFooocusSdxlImageToImage:
        """Fast Fooocus Sdxl Image To Image (`fal-ai/fast-fooocus-sdxl/image-to-image`)."""

class _NS_fast_fooocus_sdxlEndpoint(_NS_fast_fooocus_sdxl, FastFooocusSdxl):
    """`client.fast_fooocus_sdxl`: the `fal-ai/fast-fooocus-sdxl` endpoint and the endpoints
    below it.
    """

class _NS_fast_lcm_diffusion:
    """`client.fast_lcm_diffusion`: the endpoints below the `fal-ai/fast-lcm-diffusion` endpoint."""
    @property
    def image_to_image(self) -> FastLcmDiffusionImageToImage:
        """Fast Lcm Diffusion Image To Image (`fal-ai/fast-lcm-diffusion/image-to-image`)."""
    @property
    def inpainting(self) -> FastLcmDiffusionInpainting:
        """Fast Lcm Diffusion Inpainting (`fal-ai/fast-lcm-diffusion/inpainting`)."""

class _NS_fast_lcm_diffusionEndpoint(_NS_fast_lcm_diffusion, FastLcmDiffusion):
    """`client.fast_lcm_diffusion`: the `fal-ai/fast-lcm-diffusion` endpoint and the endpoints
    below it.
    """

class _NS_fast_lightning_sdxl:
    """`client.fast_lightning_sdxl`: the endpoints below the `fal-ai/fast-lightning-sdxl`
    endpoint.
    """
    @property
    def image_to_image(self) -> FastLightningSdxlImageToImage:
        """Fast Lightning Sdxl Image To Image (`fal-ai/fast-lightning-sdxl/image-to-image`)."""
    @property
    def inpainting(self) -> FastLightningSdxlInpainting:
        """Fast Lightning Sdxl Inpainting (`fal-ai/fast-lightning-sdxl/inpainting`)."""

class _NS_fast_lightning_sdxlEndpoint(_NS_fast_lightning_sdxl, FastLightningSdxl):
    """`client.fast_lightning_sdxl`: the `fal-ai/fast-lightning-sdxl` endpoint and the endpoints
    below it.
    """

class _NS_fast_sdxl:
    """`client.fast_sdxl`: the endpoints below the `fal-ai/fast-sdxl` endpoint."""
    @property
    def image_to_image(self) -> FastSdxlImageToImage:
        """Fast Sdxl Image To Image (`fal-ai/fast-sdxl/image-to-image`)."""
    @property
    def inpainting(self) -> FastSdxlInpainting:
        """Fast Sdxl Inpainting (`fal-ai/fast-sdxl/inpainting`)."""

class _NS_fast_sdxlEndpoint(_NS_fast_sdxl, FastSdxl):
    """`client.fast_sdxl`: the `fal-ai/fast-sdxl` endpoint and the endpoints below it."""

class _NS_fast_sdxl_controlnet_canny:
    """`client.fast_sdxl_controlnet_canny`: the endpoints below the
    `fal-ai/fast-sdxl-controlnet-canny` endpoint.
    """
    @property
    def image_to_image(self) -> FastSdxlControlnetCannyImageToImage:
        """Fast Sdxl Controlnet Canny Image To Image
        (`fal-ai/fast-sdxl-controlnet-canny/image-to-image`).
        """
    @property
    def inpainting(self) -> FastSdxlControlnetCannyInpainting:
        """Fast Sdxl Controlnet Canny Inpainting
        (`fal-ai/fast-sdxl-controlnet-canny/inpainting`).
        """

class _NS_fast_sdxl_controlnet_cannyEndpoint(
    _NS_fast_sdxl_controlnet_canny, FastSdxlControlnetCanny
):
    """`client.fast_sdxl_controlnet_canny`: the `fal-ai/fast-sdxl-controlnet-canny` endpoint and
    the endpoints below it.
    """

class _NS_florence_2_large:
    """`client.florence_2_large`: endpoints below this path."""
    @property
    def caption_to_phrase_grounding(self) -> Florence2LargeCaptionToPhraseGrounding:
        """Florence 2 Large Caption To Phrase Grounding
        (`fal-ai/florence-2-large/caption-to-phrase-grounding`).
        """
    @property
    def dense_region_caption(self) -> Florence2LargeDenseRegionCaption:
        """Florence 2 Large Dense Region Caption
        (`fal-ai/florence-2-large/dense-region-caption`).
        """
    @property
    def object_detection(self) -> Florence2LargeObjectDetection:
        """Florence 2 Large Object Detection (`fal-ai/florence-2-large/object-detection`)."""
    @property
    def ocr_with_region(self) -> Florence2LargeOcrWithRegion:
        """Florence 2 Large Ocr With Region (`fal-ai/florence-2-large/ocr-with-region`)."""
    @property
    def open_vocabulary_detection(self) -> Florence2LargeOpenVocabularyDetection:
        """Florence 2 Large Open Vocabulary Detection
        (`fal-ai/florence-2-large/open-vocabulary-detection`).
        """
    @property
    def referring_expression_segmentation(self) -> Florence2LargeReferringExpressionSegmentation:
        """Florence 2 Large Referring Expression Segmentation
        (`fal-ai/florence-2-large/referring-expression-segmentation`).
        """
    @property
    def region_proposal(self) -> Florence2LargeRegionProposal:
        """Florence 2 Large Region Proposal (`fal-ai/florence-2-large/region-proposal`)."""
    @property
    def region_to_segmentation(self) -> Florence2LargeRegionToSegmentation:
        """Florence 2 Large Region To Segmentation
        (`fal-ai/florence-2-large/region-to-segmentation`).
        """

class _NS_flux__dev:
    """`client.flux.dev`: endpoints below this path."""
    @property
    def image_to_image(self) -> FluxDevImageToImage:
        """Flux Dev Image To Image (`fal-ai/flux/dev/image-to-image`)."""
    @property
    def redux(self) -> FluxDevRedux:
        """Flux Dev Redux (`fal-ai/flux/dev/redux`)."""

class _NS_flux__krea:
    """`client.flux.krea`: the endpoints below the `fal-ai/flux/krea` endpoint."""
    @property
    def image_to_image(self) -> FluxKreaImageToImage:
        """Flux Krea Image To Image (`fal-ai/flux/krea/image-to-image`)."""
    @property
    def redux(self) -> FluxKreaRedux:
        """Flux Krea Redux (`fal-ai/flux/krea/redux`)."""

class _NS_flux__kreaEndpoint(_NS_flux__krea, FluxKrea):
    """`client.flux.krea`: the `fal-ai/flux/krea` endpoint and the endpoints below it."""

class _NS_flux__schnell:
    """`client.flux.schnell`: the endpoints below the `fal-ai/flux/schnell` endpoint."""
    @property
    def redux(self) -> FluxSchnellRedux:
        """Flux Schnell Redux (`fal-ai/flux/schnell/redux`)."""

class _NS_flux__schnellEndpoint(_NS_flux__schnell, FluxSchnell):
    """`client.flux.schnell`: the `fal-ai/flux/schnell` endpoint and the endpoints below it."""

class _NS_flux__srpo:
    """`client.flux.srpo`: the endpoints below the `fal-ai/flux/srpo` endpoint."""
    @property
    def image_to_image(self) -> FluxSrpoImageToImage:
        """Flux Srpo Image To Image (`fal-ai/flux/srpo/image-to-image`)."""

class _NS_flux__srpoEndpoint(_NS_flux__srpo, FluxSrpo):
    """`client.flux.srpo`: the `fal-ai/flux/srpo` endpoint and the endpoints below it."""

class _NS_flux:
    """`client.flux`: endpoints below this path."""
    @property
    def dev(self) -> _NS_flux__dev:
        """Endpoints under `client.flux.dev`."""
    @property
    def krea(self) -> _NS_flux__kreaEndpoint:
        """Flux Krea (`fal-ai/flux/krea`) and the endpoints under it."""
    @property
    def schnell(self) -> _NS_flux__schnellEndpoint:
        """Flux Schnell (`fal-ai/flux/schnell`) and the endpoints under it."""
    @property
    def srpo(self) -> _NS_flux__srpoEndpoint:
        """Flux Srpo (`fal-ai/flux/srpo`) and the endpoints under it."""

class _NS_flux_1__dev:
    """`client.flux_1.dev`: the endpoints below the `fal-ai/flux-1/dev` endpoint."""
    @property
    def image_to_image(self) -> Flux1DevImageToImage:
        """Flux 1 Dev Image To Image (`fal-ai/flux-1/dev/image-to-image`)."""
    @property
    def redux(self) -> Flux1DevRedux:
        """Flux 1 Dev Redux (`fal-ai/flux-1/dev/redux`)."""

class _NS_flux_1__devEndpoint(_NS_flux_1__dev, Flux1Dev):
    """`client.flux_1.dev`: the `fal-ai/flux-1/dev` endpoint and the endpoints below it."""

class _NS_flux_1__krea:
    """`client.flux_1.krea`: the endpoints below the `fal-ai/flux-1/krea` endpoint."""
    @property
    def image_to_image(self) -> Flux1KreaImageToImage:
        """Flux 1 Krea Image To Image (`fal-ai/flux-1/krea/image-to-image`)."""
    @property
    def redux(self) -> Flux1KreaRedux:
        """Flux 1 Krea Redux (`fal-ai/flux-1/krea/redux`)."""

class _NS_flux_1__kreaEndpoint(_NS_flux_1__krea, Flux1Krea):
    """`client.flux_1.krea`: the `fal-ai/flux-1/krea` endpoint and the endpoints below it."""

class _NS_flux_1__schnell:
    """`client.flux_1.schnell`: the endpoints below the `fal-ai/flux-1/schnell` endpoint."""
    @property
    def redux(self) -> Flux1SchnellRedux:
        """Flux 1 Schnell Redux (`fal-ai/flux-1/schnell/redux`)."""

class _NS_flux_1__schnellEndpoint(_NS_flux_1__schnell, Flux1Schnell):
    """`client.flux_1.schnell`: the `fal-ai/flux-1/schnell` endpoint and the endpoints below it."""

class _NS_flux_1__srpo:
    """`client.flux_1.srpo`: the endpoints below the `fal-ai/flux-1/srpo` endpoint."""
    @property
    def image_to_image(self) -> Flux1SrpoImageToImage:
        """Flux 1 Srpo Image To Image (`fal-ai/flux-1/srpo/image-to-image`)."""

class _NS_flux_1__srpoEndpoint(_NS_flux_1__srpo, Flux1Srpo):
    """`client.flux_1.srpo`: the `fal-ai/flux-1/srpo` endpoint and the endpoints below it."""

class _NS_flux_1:
    """`client.flux_1`: endpoints below this path."""
    @property
    def dev(self) -> _NS_flux_1__devEndpoint:
        """Flux 1 Dev (`fal-ai/flux-1/dev`) and the endpoints under it."""
    @property
    def krea(self) -> _NS_flux_1__kreaEndpoint:
        """Flux 1 Krea (`fal-ai/flux-1/krea`) and the endpoints under it."""
    @property
    def schnell(self) -> _NS_flux_1__schnellEndpoint:
        """Flux 1 Schnell (`fal-ai/flux-1/schnell`) and the endpoints under it."""
    @property
    def srpo(self) -> _NS_flux_1__srpoEndpoint:
        """Flux 1 Srpo (`fal-ai/flux-1/srpo`) and the endpoints under it."""

class _NS_flux_2__flash:
    """`client.flux_2.flash`: the endpoints below the `fal-ai/flux-2/flash` endpoint."""
    @property
    def edit(self) -> Flux2FlashEdit:
        """Flux 2 Flash Edit (`fal-ai/flux-2/flash/edit`)."""

class _NS_flux_2__flashEndpoint(_NS_flux_2__flash, Flux2Flash):
    """`client.flux_2.flash`: the `fal-ai/flux-2/flash` endpoint and the endpoints below it."""

class _NS_flux_2__klein__v4b__base__edit:
    """`client.flux_2.klein.v4b.base.edit`: the endpoints below the
    `fal-ai/flux-2/klein/4b/base/edit` endpoint.
    """
    @property
    def lora(self) -> Flux2Klein4bBaseEditLora:
        """Flux 2 Klein 4b Base Edit Lora (`fal-ai/flux-2/klein/4b/base/edit/lora`)."""

class _NS_flux_2__klein__v4b__base__editEndpoint(
    _NS_flux_2__klein__v4b__base__edit, Flux2Klein4bBaseEdit
):
    """`client.flux_2.klein.v4b.base.edit`: the `fal-ai/flux-2/klein/4b/base/edit` endpoint and
    the endpoints below it.
    """

class _NS_flux_2__klein__v4b__base:
    """`client.flux_2.klein.v4b.base`: the endpoints below the `fal-ai/flux-2/klein/4b/base`
    endpoint.
    """
    @property
    def edit(self) -> _NS_flux_2__klein__v4b__base__editEndpoint:
        """Flux 2 Klein 4b Base Edit (`fal-ai/flux-2/klein/4b/base/edit`) and the endpoints under
        it.
        """
    @property
    def lora(self) -> Flux2Klein4bBaseLora:
        """Flux 2 Klein 4b Base Lora (`fal-ai/flux-2/klein/4b/base/lora`)."""

class _NS_flux_2__klein__v4b__baseEndpoint(_NS_flux_2__klein__v4b__base, Flux2Klein4bBase):
    """`client.flux_2.klein.v4b.base`: the `fal-ai/flux-2/klein/4b/base` endpoint and the
    endpoints below it.
    """

class _NS_flux_2__klein__v4b__edit:
    """`client.flux_2.klein.v4b.edit`: the endpoints below the `fal-ai/flux-2/klein/4b/edit`
    endpoint.
    """
    @property
    def lora(self) -> Flux2Klein4bEditLora:
        """Flux 2 Klein 4b Edit Lora (`fal-ai/flux-2/klein/4b/edit/lora`)."""

class _NS_flux_2__klein__v4b__editEndpoint(_NS_flux_2__klein__v4b__edit, Flux2Klein4bEdit):
    """`client.flux_2.klein.v4b.edit`: the `fal-ai/flux-2/klein/4b/edit` endpoint and the
    endpoints below it.
    """

class _NS_flux_2__klein__v4b:
    """`client.flux_2.klein.v4b`: the endpoints below the `fal-ai/flux-2/klein/4b` endpoint."""
    @property
    def base(self) -> _NS_flux_2__klein__v4b__baseEndpoint:
        """Flux 2 Klein 4b Base (`fal-ai/flux-2/klein/4b/base`) and the endpoints under it."""
    @property
    def edit(self) -> _NS_flux_2__klein__v4b__editEndpoint:
        """Flux 2 Klein 4b Edit (`fal-ai/flux-2/klein/4b/edit`) and the endpoints under it."""
    @property
    def lora(self) -> Flux2Klein4bLora:
        """Flux 2 Klein 4b Lora (`fal-ai/flux-2/klein/4b/lora`)."""

class _NS_flux_2__klein__v4bEndpoint(_NS_flux_2__klein__v4b, Flux2Klein4b):
    """`client.flux_2.klein.v4b`: the `fal-ai/flux-2/klein/4b` endpoint and the endpoints below
    it.
    """

class _NS_flux_2__klein__v9b__base__edit:
    """`client.flux_2.klein.v9b.base.edit`: the endpoints below the
    `fal-ai/flux-2/klein/9b/base/edit` endpoint.
    """
    @property
    def lora(self) -> Flux2Klein9bBaseEditLora:
        """Flux 2 Klein 9b Base Edit Lora (`fal-ai/flux-2/klein/9b/base/edit/lora`)."""

class _NS_flux_2__klein__v9b__base__editEndpoint(
    _NS_flux_2__klein__v9b__base__edit, Flux2Klein9bBaseEdit
):
    """`client.flux_2.klein.v9b.base.edit`: the `fal-ai/flux-2/klein/9b/base/edit` endpoint and
    the endpoints below it.
    """

class _NS_flux_2__klein__v9b__base:
    """`client.flux_2.klein.v9b.base`: the endpoints below the `fal-ai/flux-2/klein/9b/base`
    endpoint.
    """
    @property
    def edit(self) -> _NS_flux_2__klein__v9b__base__editEndpoint:
        """Flux 2 Klein 9b Base Edit (`fal-ai/flux-2/klein/9b/base/edit`) and the endpoints under
        it.
        """
    @property
    def lora(self) -> Flux2Klein9bBaseLora:
        """Flux 2 Klein 9b Base Lora (`fal-ai/flux-2/klein/9b/base/lora`)."""

class _NS_flux_2__klein__v9b__baseEndpoint(_NS_flux_2__klein__v9b__base, Flux2Klein9bBase):
    """`client.flux_2.klein.v9b.base`: the `fal-ai/flux-2/klein/9b/base` endpoint and the
    endpoints below it.
    """

class _NS_flux_2__klein__v9b__edit:
    """`client.flux_2.klein.v9b.edit`: the endpoints below the `fal-ai/flux-2/klein/9b/edit`
    endpoint.
    """
    @property
    def lora(self) -> Flux2Klein9bEditLora:
        """Flux 2 Klein 9b Edit Lora (`fal-ai/flux-2/klein/9b/edit/lora`)."""

class _NS_flux_2__klein__v9b__editEndpoint(_NS_flux_2__klein__v9b__edit, Flux2Klein9bEdit):
    """`client.flux_2.klein.v9b.edit`: the `fal-ai/flux-2/klein/9b/edit` endpoint and the
    endpoints below it.
    """

class _NS_flux_2__klein__v9b:
    """`client.flux_2.klein.v9b`: the endpoints below the `fal-ai/flux-2/klein/9b` endpoint."""
    @property
    def base(self) -> _NS_flux_2__klein__v9b__baseEndpoint:
        """Flux 2 Klein 9b Base (`fal-ai/flux-2/klein/9b/base`) and the endpoints under it."""
    @property
    def edit(self) -> _NS_flux_2__klein__v9b__editEndpoint:
        """Flux 2 Klein 9b Edit (`fal-ai/flux-2/klein/9b/edit`) and the endpoints under it."""
    @property
    def lora(self) -> Flux2Klein9bLora:
        """Flux 2 Klein 9b Lora (`fal-ai/flux-2/klein/9b/lora`)."""

class _NS_flux_2__klein__v9bEndpoint(_NS_flux_2__klein__v9b, Flux2Klein9b):
    """`client.flux_2.klein.v9b`: the `fal-ai/flux-2/klein/9b` endpoint and the endpoints below
    it.
    """

class _NS_flux_2__klein:
    """`client.flux_2.klein`: endpoints below this path."""
    @property
    def realtime_(self) -> Flux2KleinRealtime:
        """Flux 2 Klein Realtime (`fal-ai/flux-2/klein/realtime`)."""
    @property
    def v4b(self) -> _NS_flux_2__klein__v4bEndpoint:
        """Flux 2 Klein 4b (`fal-ai/flux-2/klein/4b`) and the endpoints under it."""
    @property
    def v9b(self) -> _NS_flux_2__klein__v9bEndpoint:
        """Flux 2 Klein 9b (`fal-ai/flux-2/klein/9b`) and the endpoints under it."""

class _NS_flux_2__lora:
    """`client.flux_2.lora`: the endpoints below the `fal-ai/flux-2/lora` endpoint."""
    @property
    def edit(self) -> Flux2LoraEdit:
        """Flux 2 Lora Edit (`fal-ai/flux-2/lora/edit`)."""

class _NS_flux_2__loraEndpoint(_NS_flux_2__lora, Flux2Lora):
    """`client.flux_2.lora`: the `fal-ai/flux-2/lora` endpoint and the endpoints below it."""

class _NS_flux_2__turbo:
    """`client.flux_2.turbo`: the endpoints below the `fal-ai/flux-2/turbo` endpoint."""
    @property
    def edit(self) -> Flux2TurboEdit:
        """Flux 2 Turbo Edit (`fal-ai/flux-2/turbo/edit`)."""

class _NS_flux_2__turboEndpoint(_NS_flux_2__turbo, Flux2Turbo):
    """`client.flux_2.turbo`: the `fal-ai/flux-2/turbo` endpoint and the endpoints below it."""

class _NS_flux_2:
    """`client.flux_2`: the endpoints below the `fal-ai/flux-2` endpoint."""
    @property
    def edit(self) -> Flux2Edit:
        """Flux 2 Edit (`fal-ai/flux-2/edit`)."""
    @property
    def flash(self) -> _NS_flux_2__flashEndpoint:
        """Flux 2 Flash (`fal-ai/flux-2/flash`) and the endpoints under it."""
    @property
    def klein(self) -> _NS_flux_2__klein:
        """Endpoints under `client.flux_2.klein`."""
    @property
    def lora(self) -> _NS_flux_2__loraEndpoint:
        """Flux 2 Lora (`fal-ai/flux-2/lora`) and the endpoints under it."""
    @property
    def turbo(self) -> _NS_flux_2__turboEndpoint:
        """Flux 2 Turbo (`fal-ai/flux-2/turbo`) and the endpoints under it."""

class _NS_flux_2Endpoint(_NS_flux_2, Flux2):
    """`client.flux_2`: the `fal-ai/flux-2` endpoint and the endpoints below it."""

class _NS_flux_2_flex:
    """`client.flux_2_flex`: the endpoints below the `fal-ai/flux-2-flex` endpoint."""
    @property
    def edit(self) -> Flux2FlexEdit:
        """Flux 2 Flex Edit (`fal-ai/flux-2-flex/edit`)."""

class _NS_flux_2_flexEndpoint(_NS_flux_2_flex, Flux2Flex):
    """`client.flux_2_flex`: the `fal-ai/flux-2-flex` endpoint and the endpoints below it."""

class _NS_flux_2_lora_gallery:
    """`client.flux_2_lora_gallery`: endpoints below this path."""
    @property
    def add_background(self) -> Flux2LoraGalleryAddBackground:
        """Flux 2 Lora Gallery Add Background (`fal-ai/flux-2-lora-gallery/add-background`)."""
    @property
    def apartment_staging(self) -> Flux2LoraGalleryApartmentStaging:
        """Flux 2 Lora Gallery Apartment Staging
        (`fal-ai/flux-2-lora-gallery/apartment-staging`).
        """
    @property
    def ballpoint_pen_sketch(self) -> Flux2LoraGalleryBallpointPenSketch:
        """Flux 2 Lora Gallery Ballpoint Pen Sketch
        (`fal-ai/flux-2-lora-gallery/ballpoint-pen-sketch`).
        """
    @property
    def digital_comic_art(self) -> Flux2LoraGalleryDigitalComicArt:
        """Flux 2 Lora Gallery Digital Comic Art
        (`fal-ai/flux-2-lora-gallery/digital-comic-art`).
        """
    @property
    def face_to_full_portrait(self) -> Flux2LoraGalleryFaceToFullPortrait:
        """Flux 2 Lora Gallery Face To Full Portrait
        (`fal-ai/flux-2-lora-gallery/face-to-full-portrait`).
        """
    @property
    def hdr_style(self) -> Flux2LoraGalleryHdrStyle:
        """Flux 2 Lora Gallery Hdr Style (`fal-ai/flux-2-lora-gallery/hdr-style`)."""
    @property
    def multiple_angles(self) -> Flux2LoraGalleryMultipleAngles:
        """Flux 2 Lora Gallery Multiple Angles (`fal-ai/flux-2-lora-gallery/multiple-angles`)."""
    @property
    def realism(self) -> Flux2LoraGalleryRealism:
        """Flux 2 Lora Gallery Realism (`fal-ai/flux-2-lora-gallery/realism`)."""
    @property
    def satellite_view_style(self) -> Flux2LoraGallerySatelliteViewStyle:
        """Flux 2 Lora Gallery Satellite View Style
        (`fal-ai/flux-2-lora-gallery/satellite-view-style`).
        """
    @property
    def sepia_vintage(self) -> Flux2LoraGallerySepiaVintage:
        """Flux 2 Lora Gallery Sepia Vintage (`fal-ai/flux-2-lora-gallery/sepia-vintage`)."""
    @property
    def virtual_tryon(self) -> Flux2LoraGalleryVirtualTryon:
        """Flux 2 Lora Gallery Virtual Tryon (`fal-ai/flux-2-lora-gallery/virtual-tryon`)."""

class _NS_flux_2_max:
    """`client.flux_2_max`: the endpoints below the `fal-ai/flux-2-max` endpoint."""
    @property
    def edit(self) -> Flux2MaxEdit:
        """Flux 2 Max Edit (`fal-ai/flux-2-max/edit`)."""

class _NS_flux_2_maxEndpoint(_NS_flux_2_max, Flux2Max):
    """`client.flux_2_max`: the `fal-ai/flux-2-max` endpoint and the endpoints below it."""

class _NS_flux_2_pro:
    """`client.flux_2_pro`: the endpoints below the `fal-ai/flux-2-pro` endpoint."""
    @property
    def edit(self) -> Flux2ProEdit:
        """Flux 2 Pro Edit (`fal-ai/flux-2-pro/edit`)."""

class _NS_flux_2_proEndpoint(_NS_flux_2_pro, Flux2Pro):
    """`client.flux_2_pro`: the `fal-ai/flux-2-pro` endpoint and the endpoints below it."""

class _NS_flux_control_lora_canny:
    """`client.flux_control_lora_canny`: the endpoints below the `fal-ai/flux-control-lora-canny`
    endpoint.
    """
    @property
    def image_to_image(self) -> FluxControlLoraCannyImageToImage:
        """Flux Control Lora Canny Image To Image
        (`fal-ai/flux-control-lora-canny/image-to-image`).
        """

class _NS_flux_control_lora_cannyEndpoint(_NS_flux_control_lora_canny, FluxControlLoraCanny):
    """`client.flux_control_lora_canny`: the `fal-ai/flux-control-lora-canny` endpoint and the
    endpoints below it.
    """

class _NS_flux_control_lora_depth:
    """`client.flux_control_lora_depth`: the endpoints below the `fal-ai/flux-control-lora-depth`
    endpoint.
    """
    @property
    def image_to_image(self) -> FluxControlLoraDepthImageToImage:
        """Flux Control Lora Depth Image To Image
        (`fal-ai/flux-control-lora-depth/image-to-image`).
        """

class _NS_flux_control_lora_depthEndpoint(_NS_flux_control_lora_depth, FluxControlLoraDepth):
    """`client.flux_control_lora_depth`: the `fal-ai/flux-control-lora-depth` endpoint and the
    endpoints below it.
    """

class _NS_flux_general:
    """`client.flux_general`: the endpoints below the `fal-ai/flux-general` endpoint."""
    @property
    def differential_diffusion(self) -> FluxGeneralDifferentialDiffusion:
        """Flux General Differential Diffusion (`fal-ai/flux-general/differential-diffusion`)."""
    @property
    def image_to_image(self) -> FluxGeneralImageToImage:
        """Flux General Image To Image (`fal-ai/flux-general/image-to-image`)."""
    @property
    def inpainting(self) -> FluxGeneralInpainting:
        """Flux General Inpainting (`fal-ai/flux-general/inpainting`)."""
    @property
    def rf_inversion(self) -> FluxGeneralRfInversion:
        """Flux General Rf Inversion (`fal-ai/flux-general/rf-inversion`)."""

class _NS_flux_generalEndpoint(_NS_flux_general, FluxGeneral):
    """`client.flux_general`: the `fal-ai/flux-general` endpoint and the endpoints below it."""

class _NS_flux_kontext:
    """`client.flux_kontext`: endpoints below this path."""
    @property
    def dev(self) -> FluxKontextDev:
        """Flux Kontext Dev (`fal-ai/flux-kontext/dev`)."""

class _NS_flux_kontext_lora:
    """`client.flux_kontext_lora`: the endpoints below the `fal-ai/flux-kontext-lora` endpoint."""
    @property
    def inpaint(self) -> FluxKontextLoraInpaint:
        """Flux Kontext Lora Inpaint (`fal-ai/flux-kontext-lora/inpaint`)."""
    @property
    def text_to_image(self) -> FluxKontextLoraTextToImage:
        """Flux Kontext Lora Text To Image (`fal-ai/flux-kontext-lora/text-to-image`)."""

class _NS_flux_kontext_loraEndpoint(_NS_flux_kontext_lora, FluxKontextLora):
    """`client.flux_kontext_lora`: the `fal-ai/flux-kontext-lora` endpoint and the endpoints
    below it.
    """

class _NS_flux_krea_lora:
    """`client.flux_krea_lora`: the endpoints below the `fal-ai/flux-krea-lora` endpoint."""
    @property
    def image_to_image(self) -> FluxKreaLoraImageToImage:
        """Flux Krea Lora Image To Image (`fal-ai/flux-krea-lora/image-to-image`)."""
    @property
    def inpainting(self) -> FluxKreaLoraInpainting:
        """Flux Krea Lora Inpainting (`fal-ai/flux-krea-lora/inpainting`)."""
    @property
    def stream_(self) -> FluxKreaLoraStream:
        """Flux Krea Lora Stream (`fal-ai/flux-krea-lora/stream`)."""

class _NS_flux_krea_loraEndpoint(_NS_flux_krea_lora, FluxKreaLora):
    """`client.flux_krea_lora`: the `fal-ai/flux-krea-lora` endpoint and the endpoints below it."""

class _NS_flux_lora:
    """`client.flux_lora`: the endpoints below the `fal-ai/flux-lora` endpoint."""
    @property
    def image_to_image(self) -> FluxLoraImageToImage:
        """Flux Lora Image To Image (`fal-ai/flux-lora/image-to-image`)."""
    @property
    def inpainting(self) -> FluxLoraInpainting:
        """Flux Lora Inpainting (`fal-ai/flux-lora/inpainting`)."""
    @property
    def stream_(self) -> FluxLoraStream:
        """Flux Lora Stream (`fal-ai/flux-lora/stream`)."""

class _NS_flux_loraEndpoint(_NS_flux_lora, FluxLora):
    """`client.flux_lora`: the `fal-ai/flux-lora` endpoint and the endpoints below it."""

class _NS_flux_pro__kontext__max:
    """`client.flux_pro.kontext.max`: the endpoints below the `fal-ai/flux-pro/kontext/max`
    endpoint.
    """
    @property
    def multi(self) -> FluxProKontextMaxMulti:
        """Flux Pro Kontext Max Multi (`fal-ai/flux-pro/kontext/max/multi`)."""
    @property
    def text_to_image(self) -> FluxProKontextMaxTextToImage:
        """Flux Pro Kontext Max Text To Image (`fal-ai/flux-pro/kontext/max/text-to-image`)."""

class _NS_flux_pro__kontext__maxEndpoint(_NS_flux_pro__kontext__max, FluxProKontextMax):
    """`client.flux_pro.kontext.max`: the `fal-ai/flux-pro/kontext/max` endpoint and the
    endpoints below it.
    """

class _NS_flux_pro__kontext:
    """`client.flux_pro.kontext`: the endpoints below the `fal-ai/flux-pro/kontext` endpoint."""
    @property
    def max(self) -> _NS_flux_pro__kontext__maxEndpoint:
        """Flux Pro Kontext Max (`fal-ai/flux-pro/kontext/max`) and the endpoints under it."""
    @property
    def multi(self) -> FluxProKontextMulti:
        """Flux Pro Kontext Multi (`fal-ai/flux-pro/kontext/multi`)."""
    @property
    def text_to_image(self) -> FluxProKontextTextToImage:
        """Flux Pro Kontext Text To Image (`fal-ai/flux-pro/kontext/text-to-image`)."""

class _NS_flux_pro__kontextEndpoint(_NS_flux_pro__kontext, FluxProKontext):
    """`client.flux_pro.kontext`: the `fal-ai/flux-pro/kontext` endpoint and the endpoints below
    it.
    """

class _NS_flux_pro__v1:
    """`client.flux_pro.v1`: endpoints below this path."""
    @property
    def fill(self) -> FluxProV1Fill:
        """Flux Pro V1 Fill (`fal-ai/flux-pro/v1/fill`)."""
    @property
    def fill_finetuned(self) -> FluxProV1FillFinetuned:
        """Flux Pro V1 Fill Finetuned (`fal-ai/flux-pro/v1/fill-finetuned`)."""

class _NS_flux_pro__v1_1:
    """`client.flux_pro.v1_1`: the endpoints below the `fal-ai/flux-pro/v1.1` endpoint."""
    @property
    def redux(self) -> FluxProV1_1Redux:
        """Flux Pro V1.1 Redux (`fal-ai/flux-pro/v1.1/redux`)."""

class _NS_flux_pro__v1_1Endpoint(_NS_flux_pro__v1_1, FluxProV1_1):
    """`client.flux_pro.v1_1`: the `fal-ai/flux-pro/v1.1` endpoint and the endpoints below it."""

class _NS_flux_pro__v1_1_ultra:
    """`client.flux_pro.v1_1_ultra`: endpoints below this path."""
    @property
    def redux(self) -> FluxProV1_1UltraRedux:
        """Flux Pro V1.1 Ultra Redux (`fal-ai/flux-pro/v1.1-ultra/redux`)."""

class _NS_flux_pro:
    """`client.flux_pro`: endpoints below this path."""
    @property
    def kontext(self) -> _NS_flux_pro__kontextEndpoint:
        """Flux Pro Kontext (`fal-ai/flux-pro/kontext`) and the endpoints under it."""
    @property
    def v1(self) -> _NS_flux_pro__v1:
        """Endpoints under `client.flux_pro.v1`."""
    @property
    def v1_1(self) -> _NS_flux_pro__v1_1Endpoint:
        """Flux Pro V1.1 (`fal-ai/flux-pro/v1.1`) and the endpoints under it."""
    @property
    def v1_1_ultra(self) -> _NS_flux_pro__v1_1_ultra:
        """Endpoints under `client.flux_pro.v1_1_ultra`."""
    @property
    def v1_1_ultra_finetuned(self) -> FluxProV1_1UltraFinetuned:
        """Flux Pro V1.1 Ultra Finetuned (`fal-ai/flux-pro/v1.1-ultra-finetuned`)."""

class _NS_fooocus:
    """`client.fooocus`: the endpoints below the `fal-ai/fooocus` endpoint."""
    @property
    def image_prompt(self) -> FooocusImagePrompt:
        """Fooocus Image Prompt (`fal-ai/fooocus/image-prompt`)."""
    @property
    def inpaint(self) -> FooocusInpaint:
        """Fooocus Inpaint (`fal-ai/fooocus/inpaint`)."""
    @property
    def upscale_or_vary(self) -> FooocusUpscaleOrVary:
        """Fooocus Upscale Or Vary (`fal-ai/fooocus/upscale-or-vary`)."""

class _NS_fooocusEndpoint(_NS_fooocus, Fooocus):
    """`client.fooocus`: the `fal-ai/fooocus` endpoint and the endpoints below it."""

class _NS_gemini_25_flash_image:
    """`client.gemini_25_flash_image`: the endpoints below the `fal-ai/gemini-25-flash-image`
    endpoint.
    """
    @property
    def edit(self) -> Gemini25FlashImageEdit:
        """Gemini 25 Flash Image Edit (`fal-ai/gemini-25-flash-image/edit`)."""

class _NS_gemini_25_flash_imageEndpoint(_NS_gemini_25_flash_image, Gemini25FlashImage):
    """`client.gemini_25_flash_image`: the `fal-ai/gemini-25-flash-image` endpoint and the
    endpoints below it.
    """

class _NS_gemini_3_1_flash_image_preview:
    """`client.gemini_3_1_flash_image_preview`: the endpoints below the
    `fal-ai/gemini-3.1-flash-image-preview` endpoint.
    """
    @property
    def edit(self) -> Gemini3_1FlashImagePreviewEdit:
        """Gemini 3.1 Flash Image Preview Edit (`fal-ai/gemini-3.1-flash-image-preview/edit`)."""

class _NS_gemini_3_1_flash_image_previewEndpoint(
    _NS_gemini_3_1_flash_image_preview, Gemini3_1FlashImagePreview
):
    """`client.gemini_3_1_flash_image_preview`: the `fal-ai/gemini-3.1-flash-image-preview`
    endpoint and the endpoints below it.
    """

class _NS_gemini_3_pro_image_preview:
    """`client.gemini_3_pro_image_preview`: the endpoints below the
    `fal-ai/gemini-3-pro-image-preview` endpoint.
    """
    @property
    def edit(self) -> Gemini3ProImagePreviewEdit:
        """Gemini 3 Pro Image Preview Edit (`fal-ai/gemini-3-pro-image-preview/edit`)."""

class _NS_gemini_3_pro_image_previewEndpoint(
    _NS_gemini_3_pro_image_preview, Gemini3ProImagePreview
):
    """`client.gemini_3_pro_image_preview`: the `fal-ai/gemini-3-pro-image-preview` endpoint and
    the endpoints below it.
    """

class _NS_genfocus:
    """`client.genfocus`: the endpoints below the `fal-ai/genfocus` endpoint."""
    @property
    def all_in_focus(self) -> GenfocusAllInFocus:
        """Genfocus All In Focus (`fal-ai/genfocus/all-in-focus`)."""

class _NS_genfocusEndpoint(_NS_genfocus, Genfocus):
    """`client.genfocus`: the `fal-ai/genfocus` endpoint and the endpoints below it."""

class _NS_glm_image:
    """`client.glm_image`: the endpoints below the `fal-ai/glm-image` endpoint."""
    @property
    def image_to_image(self) -> GlmImageImageToImage:
        """Glm Image Image To Image (`fal-ai/glm-image/image-to-image`)."""

class _NS_glm_imageEndpoint(_NS_glm_image, GlmImage):
    """`client.glm_image`: the `fal-ai/glm-image` endpoint and the endpoints below it."""

class _NS_gpt_image_1__text_to_image:
    """`client.gpt_image_1.text_to_image`: endpoints below this path."""
    @property
    def byok(self) -> GptImage1TextToImageByok:
        """GPT-Image-1 Text to Image (bring your own key)
        (`fal-ai/gpt-image-1/text-to-image/byok`).
        """

class _NS_gpt_image_1:
    """`client.gpt_image_1`: endpoints below this path."""
    @property
    def edit_image(self) -> GptImage1EditImage:
        """Gpt Image 1 Edit Image (`fal-ai/gpt-image-1/edit-image`)."""
    @property
    def text_to_image(self) -> _NS_gpt_image_1__text_to_image:
        """Endpoints under `client.gpt_image_1.text_to_image`."""

class _NS_gpt_image_1_5:
    """`client.gpt_image_1_5`: the endpoints below the `fal-ai/gpt-image-1.5` endpoint."""
    @property
    def edit(self) -> GptImage1_5Edit:
        """Gpt Image 1.5 Edit (`fal-ai/gpt-image-1.5/edit`)."""

class _NS_gpt_image_1_5Endpoint(_NS_gpt_image_1_5, GptImage1_5):
    """`client.gpt_image_1_5`: the `fal-ai/gpt-image-1.5` endpoint and the endpoints below it."""

class _NS_gpt_image_1_mini:
    """`client.gpt_image_1_mini`: the endpoints below the `fal-ai/gpt-image-1-mini` endpoint."""
    @property
    def edit(self) -> GptImage1MiniEdit:
        """Gpt Image 1 Mini Edit (`fal-ai/gpt-image-1-mini/edit`)."""

class _NS_gpt_image_1_miniEndpoint(_NS_gpt_image_1_mini, GptImage1Mini):
    """`client.gpt_image_1_mini`: the `fal-ai/gpt-image-1-mini` endpoint and the endpoints below
    it.
    """

class _NS_hidream_i1_full:
    """`client.hidream_i1_full`: the endpoints below the `fal-ai/hidream-i1-full` endpoint."""
    @property
    def image_to_image(self) -> HidreamI1FullImageToImage:
        """Hidream I1 Full Image To Image (`fal-ai/hidream-i1-full/image-to-image`)."""

class _NS_hidream_i1_fullEndpoint(_NS_hidream_i1_full, HidreamI1Full):
    """`client.hidream_i1_full`: the `fal-ai/hidream-i1-full` endpoint and the endpoints below
    it.
    """

class _NS_hidream_o1_image__dev:
    """`client.hidream_o1_image.dev`: the endpoints below the `fal-ai/hidream-o1-image/dev`
    endpoint.
    """
    @property
    def edit(self) -> HidreamO1ImageDevEdit:
        """Hidream O1 Image Dev Edit (`fal-ai/hidream-o1-image/dev/edit`)."""

class _NS_hidream_o1_image__devEndpoint(_NS_hidream_o1_image__dev, HidreamO1ImageDev):
    """`client.hidream_o1_image.dev`: the `fal-ai/hidream-o1-image/dev` endpoint and the
    endpoints below it.
    """

class _NS_hidream_o1_image:
    """`client.hidream_o1_image`: the endpoints below the `fal-ai/hidream-o1-image` endpoint."""
    @property
    def dev(self) -> _NS_hidream_o1_image__devEndpoint:
        """Hidream O1 Image Dev (`fal-ai/hidream-o1-image/dev`) and the endpoints under it."""
    @property
    def edit(self) -> HidreamO1ImageEdit:
        """Hidream O1 Image Edit (`fal-ai/hidream-o1-image/edit`)."""

class _NS_hidream_o1_imageEndpoint(_NS_hidream_o1_image, HidreamO1Image):
    """`client.hidream_o1_image`: the `fal-ai/hidream-o1-image` endpoint and the endpoints below
    it.
    """

class _NS_hunyuan_image__v2_1:
    """`client.hunyuan_image.v2_1`: endpoints below this path."""
    @property
    def text_to_image(self) -> HunyuanImageV2_1TextToImage:
        """Hunyuan Image V2.1 Text To Image (`fal-ai/hunyuan-image/v2.1/text-to-image`)."""

class _NS_hunyuan_image__v3__instruct:
    """`client.hunyuan_image.v3.instruct`: endpoints below this path."""
    @property
    def edit(self) -> HunyuanImageV3InstructEdit:
        """Hunyuan Image V3 Instruct Edit (`fal-ai/hunyuan-image/v3/instruct/edit`)."""
    @property
    def text_to_image(self) -> HunyuanImageV3InstructTextToImage:
        """Hunyuan Image V3 Instruct Text To Image
        (`fal-ai/hunyuan-image/v3/instruct/text-to-image`).
        """

class _NS_hunyuan_image__v3:
    """`client.hunyuan_image.v3`: endpoints below this path."""
    @property
    def instruct(self) -> _NS_hunyuan_image__v3__instruct:
        """Endpoints under `client.hunyuan_image.v3.instruct`."""
    @property
    def text_to_image(self) -> HunyuanImageV3TextToImage:
        """Hunyuan Image V3 Text To Image (`fal-ai/hunyuan-image/v3/text-to-image`)."""

class _NS_hunyuan_image:
    """`client.hunyuan_image`: endpoints below this path."""
    @property
    def v2_1(self) -> _NS_hunyuan_image__v2_1:
        """Endpoints under `client.hunyuan_image.v2_1`."""
    @property
    def v3(self) -> _NS_hunyuan_image__v3:
        """Endpoints under `client.hunyuan_image.v3`."""

class _NS_ideogram__character:
    """`client.ideogram.character`: the endpoints below the `fal-ai/ideogram/character` endpoint."""
    @property
    def edit(self) -> IdeogramCharacterEdit:
        """Ideogram Character Edit (`fal-ai/ideogram/character/edit`)."""
    @property
    def remix(self) -> IdeogramCharacterRemix:
        """Ideogram Character Remix (`fal-ai/ideogram/character/remix`)."""

class _NS_ideogram__characterEndpoint(_NS_ideogram__character, IdeogramCharacter):
    """`client.ideogram.character`: the `fal-ai/ideogram/character` endpoint and the endpoints
    below it.
    """

class _NS_ideogram__custom_models:
    """`client.ideogram.custom_models`: endpoints below this path."""
    @property
    def generate(self) -> IdeogramCustomModelsGenerate:
        """Ideogram Custom Models Generate (`fal-ai/ideogram/custom-models/generate`)."""

class _NS_ideogram__v2__turbo:
    """`client.ideogram.v2.turbo`: the endpoints below the `fal-ai/ideogram/v2/turbo` endpoint."""
    @property
    def edit(self) -> IdeogramV2TurboEdit:
        """Ideogram V2 Turbo Edit (`fal-ai/ideogram/v2/turbo/edit`)."""
    @property
    def remix(self) -> IdeogramV2TurboRemix:
        """Ideogram V2 Turbo Remix (`fal-ai/ideogram/v2/turbo/remix`)."""

class _NS_ideogram__v2__turboEndpoint(_NS_ideogram__v2__turbo, IdeogramV2Turbo):
    """`client.ideogram.v2.turbo`: the `fal-ai/ideogram/v2/turbo` endpoint and the endpoints
    below it.
    """

class _NS_ideogram__v2:
    """`client.ideogram.v2`: the endpoints below the `fal-ai/ideogram/v2` endpoint."""
    @property
    def edit(self) -> IdeogramV2Edit:
        """Ideogram V2 Edit (`fal-ai/ideogram/v2/edit`)."""
    @property
    def remix(self) -> IdeogramV2Remix:
        """Ideogram V2 Remix (`fal-ai/ideogram/v2/remix`)."""
    @property
    def turbo(self) -> _NS_ideogram__v2__turboEndpoint:
        """Ideogram V2 Turbo (`fal-ai/ideogram/v2/turbo`) and the endpoints under it."""

class _NS_ideogram__v2Endpoint(_NS_ideogram__v2, IdeogramV2):
    """`client.ideogram.v2`: the `fal-ai/ideogram/v2` endpoint and the endpoints below it."""

class _NS_ideogram__v2a__turbo:
    """`client.ideogram.v2a.turbo`: the endpoints below the `fal-ai/ideogram/v2a/turbo` endpoint."""
    @property
    def remix(self) -> IdeogramV2aTurboRemix:
        """Ideogram V2a Turbo Remix (`fal-ai/ideogram/v2a/turbo/remix`)."""

class _NS_ideogram__v2a__turboEndpoint(_NS_ideogram__v2a__turbo, IdeogramV2aTurbo):
    """`client.ideogram.v2a.turbo`: the `fal-ai/ideogram/v2a/turbo` endpoint and the endpoints
    below it.
    """

class _NS_ideogram__v2a:
    """`client.ideogram.v2a`: the endpoints below the `fal-ai/ideogram/v2a` endpoint."""
    @property
    def remix(self) -> IdeogramV2aRemix:
        """Ideogram V2a Remix (`fal-ai/ideogram/v2a/remix`)."""
    @property
    def turbo(self) -> _NS_ideogram__v2a__turboEndpoint:
        """Ideogram V2a Turbo (`fal-ai/ideogram/v2a/turbo`) and the endpoints under it."""

class _NS_ideogram__v2aEndpoint(_NS_ideogram__v2a, IdeogramV2a):
    """`client.ideogram.v2a`: the `fal-ai/ideogram/v2a` endpoint and the endpoints below it."""

class _NS_ideogram__v3:
    """`client.ideogram.v3`: the endpoints below the `fal-ai/ideogram/v3` endpoint."""
    @property
    def generate_transparent(self) -> IdeogramV3GenerateTransparent:
        """Ideogram V3 Generate Transparent (`fal-ai/ideogram/v3/generate-transparent`)."""
    @property
    def layerize_text(self) -> IdeogramV3LayerizeText:
        """Ideogram V3 Layerize Text (`fal-ai/ideogram/v3/layerize-text`)."""
    @property
    def reframe(self) -> IdeogramV3Reframe:
        """Ideogram V3 Reframe (`fal-ai/ideogram/v3/reframe`)."""
    @property
    def remix(self) -> IdeogramV3Remix:
        """Ideogram V3 Remix (`fal-ai/ideogram/v3/remix`)."""
    @property
    def replace_background(self) -> IdeogramV3ReplaceBackground:
        """Ideogram V3 Replace Background (`fal-ai/ideogram/v3/replace-background`)."""

class _NS_ideogram__v3Endpoint(_NS_ideogram__v3, IdeogramV3):
    """`client.ideogram.v3`: the `fal-ai/ideogram/v3` endpoint and the endpoints below it."""

class _NS_ideogram:
    """`client.ideogram`: endpoints below this path."""
    @property
    def character(self) -> _NS_ideogram__characterEndpoint:
        """Ideogram Character (`fal-ai/ideogram/character`) and the endpoints under it."""
    @property
    def custom_models(self) -> _NS_ideogram__custom_models:
        """Endpoints under `client.ideogram.custom_models`."""
    @property
    def remove_background(self) -> IdeogramRemoveBackground:
        """Ideogram Remove Background (`fal-ai/ideogram/remove-background`)."""
    @property
    def upscale(self) -> IdeogramUpscale:
        """Ideogram Upscale (`fal-ai/ideogram/upscale`)."""
    @property
    def v2(self) -> _NS_ideogram__v2Endpoint:
        """Ideogram V2 (`fal-ai/ideogram/v2`) and the endpoints under it."""
    @property
    def v2a(self) -> _NS_ideogram__v2aEndpoint:
        """Ideogram V2a (`fal-ai/ideogram/v2a`) and the endpoints under it."""
    @property
    def v3(self) -> _NS_ideogram__v3Endpoint:
        """Ideogram V3 (`fal-ai/ideogram/v3`) and the endpoints under it."""

class _NS_image_apps_v2:
    """`client.image_apps_v2`: endpoints below this path."""
    @property
    def age_modify(self) -> ImageAppsV2AgeModify:
        """Image Apps V2 Age Modify (`fal-ai/image-apps-v2/age-modify`)."""
    @property
    def city_teleport(self) -> ImageAppsV2CityTeleport:
        """Image Apps V2 City Teleport (`fal-ai/image-apps-v2/city-teleport`)."""
    @property
    def expression_change(self) -> ImageAppsV2ExpressionChange:
        """Image Apps V2 Expression Change (`fal-ai/image-apps-v2/expression-change`)."""
    @property
    def hair_change(self) -> ImageAppsV2HairChange:
        """Image Apps V2 Hair Change (`fal-ai/image-apps-v2/hair-change`)."""
    @property
    def headshot_photo(self) -> ImageAppsV2HeadshotPhoto:
        """Image Apps V2 Headshot Photo (`fal-ai/image-apps-v2/headshot-photo`)."""
    @property
    def makeup_application(self) -> ImageAppsV2MakeupApplication:
        """Image Apps V2 Makeup Application (`fal-ai/image-apps-v2/makeup-application`)."""
    @property
    def object_removal(self) -> ImageAppsV2ObjectRemoval:
        """Image Apps V2 Object Removal (`fal-ai/image-apps-v2/object-removal`)."""
    @property
    def outpaint(self) -> ImageAppsV2Outpaint:
        """Image Apps V2 Outpaint (`fal-ai/image-apps-v2/outpaint`)."""
    @property
    def perspective(self) -> ImageAppsV2Perspective:
        """Image Apps V2 Perspective (`fal-ai/image-apps-v2/perspective`)."""
    @property
    def photo_restoration(self) -> ImageAppsV2PhotoRestoration:
        """Image Apps V2 Photo Restoration (`fal-ai/image-apps-v2/photo-restoration`)."""
    @property
    def photography_effects(self) -> ImageAppsV2PhotographyEffects:
        """Image Apps V2 Photography Effects (`fal-ai/image-apps-v2/photography-effects`)."""
    @property
    def portrait_enhance(self) -> ImageAppsV2PortraitEnhance:
        """Image Apps V2 Portrait Enhance (`fal-ai/image-apps-v2/portrait-enhance`)."""
    @property
    def product_holding(self) -> ImageAppsV2ProductHolding:
        """Image Apps V2 Product Holding (`fal-ai/image-apps-v2/product-holding`)."""
    @property
    def product_photography(self) -> ImageAppsV2ProductPhotography:
        """Image Apps V2 Product Photography (`fal-ai/image-apps-v2/product-photography`)."""
    @property
    def relighting(self) -> ImageAppsV2Relighting:
        """Image Apps V2 Relighting (`fal-ai/image-apps-v2/relighting`)."""
    @property
    def style_transfer(self) -> ImageAppsV2StyleTransfer:
        """Image Apps V2 Style Transfer (`fal-ai/image-apps-v2/style-transfer`)."""
    @property
    def texture_transform(self) -> ImageAppsV2TextureTransform:
        """Image Apps V2 Texture Transform (`fal-ai/image-apps-v2/texture-transform`)."""
    @property
    def virtual_try_on(self) -> ImageAppsV2VirtualTryOn:
        """Image Apps V2 Virtual Try On (`fal-ai/image-apps-v2/virtual-try-on`)."""

class _NS_image_editing:
    """`client.image_editing`: endpoints below this path."""
    @property
    def age_progression(self) -> ImageEditingAgeProgression:
        """Image Editing Age Progression (`fal-ai/image-editing/age-progression`)."""
    @property
    def baby_version(self) -> ImageEditingBabyVersion:
        """Image Editing Baby Version (`fal-ai/image-editing/baby-version`)."""
    @property
    def background_change(self) -> ImageEditingBackgroundChange:
        """Image Editing Background Change (`fal-ai/image-editing/background-change`)."""
    @property
    def broccoli_haircut(self) -> ImageEditingBroccoliHaircut:
        """Image Editing Broccoli Haircut (`fal-ai/image-editing/broccoli-haircut`)."""
    @property
    def cartoonify(self) -> ImageEditingCartoonify:
        """Image Editing Cartoonify (`fal-ai/image-editing/cartoonify`)."""
    @property
    def color_correction(self) -> ImageEditingColorCorrection:
        """Image Editing Color Correction (`fal-ai/image-editing/color-correction`)."""
    @property
    def expression_change(self) -> ImageEditingExpressionChange:
        """Image Editing Expression Change (`fal-ai/image-editing/expression-change`)."""
    @property
    def face_enhancement(self) -> ImageEditingFaceEnhancement:
        """Image Editing Face Enhancement (`fal-ai/image-editing/face-enhancement`)."""
    @property
    def hair_change(self) -> ImageEditingHairChange:
        """Image Editing Hair Change (`fal-ai/image-editing/hair-change`)."""
    @property
    def object_removal(self) -> ImageEditingObjectRemoval:
        """Image Editing Object Removal (`fal-ai/image-editing/object-removal`)."""
    @property
    def photo_restoration(self) -> ImageEditingPhotoRestoration:
        """Image Editing Photo Restoration (`fal-ai/image-editing/photo-restoration`)."""
    @property
    def plushie_style(self) -> ImageEditingPlushieStyle:
        """Image Editing Plushie Style (`fal-ai/image-editing/plushie-style`)."""
    @property
    def professional_photo(self) -> ImageEditingProfessionalPhoto:
        """Image Editing Professional Photo (`fal-ai/image-editing/professional-photo`)."""
    @property
    def realism(self) -> ImageEditingRealism:
        """Image Editing Realism (`fal-ai/image-editing/realism`)."""
    @property
    def reframe(self) -> ImageEditingReframe:
        """Image Editing Reframe (`fal-ai/image-editing/reframe`)."""
    @property
    def retouch(self) -> ImageEditingRetouch:
        """Image Editing Retouch (`fal-ai/image-editing/retouch`)."""
    @property
    def scene_composition(self) -> ImageEditingSceneComposition:
        """Image Editing Scene Composition (`fal-ai/image-editing/scene-composition`)."""
    @property
    def style_transfer(self) -> ImageEditingStyleTransfer:
        """Image Editing Style Transfer (`fal-ai/image-editing/style-transfer`)."""
    @property
    def text_removal(self) -> ImageEditingTextRemoval:
        """Image Editing Text Removal (`fal-ai/image-editing/text-removal`)."""
    @property
    def time_of_day(self) -> ImageEditingTimeOfDay:
        """Image Editing Time Of Day (`fal-ai/image-editing/time-of-day`)."""
    @property
    def weather_effect(self) -> ImageEditingWeatherEffect:
        """Image Editing Weather Effect (`fal-ai/image-editing/weather-effect`)."""
    @property
    def wojak_style(self) -> ImageEditingWojakStyle:
        """Image Editing Wojak Style (`fal-ai/image-editing/wojak-style`)."""
    @property
    def youtube_thumbnails(self) -> ImageEditingYoutubeThumbnails:
        """Image Editing Youtube Thumbnails (`fal-ai/image-editing/youtube-thumbnails`)."""

class _NS_image_preprocessors__depth_anything:
    """`client.image_preprocessors.depth_anything`: endpoints below this path."""
    @property
    def v2(self) -> ImagePreprocessorsDepthAnythingV2:
        """Image Preprocessors Depth Anything V2
        (`fal-ai/image-preprocessors/depth-anything/v2`).
        """

class _NS_image_preprocessors:
    """`client.image_preprocessors`: endpoints below this path."""
    @property
    def depth_anything(self) -> _NS_image_preprocessors__depth_anything:
        """Endpoints under `client.image_preprocessors.depth_anything`."""
    @property
    def hed(self) -> ImagePreprocessorsHed:
        """Image Preprocessors Hed (`fal-ai/image-preprocessors/hed`)."""
    @property
    def lineart(self) -> ImagePreprocessorsLineart:
        """Image Preprocessors Lineart (`fal-ai/image-preprocessors/lineart`)."""
    @property
    def midas(self) -> ImagePreprocessorsMidas:
        """Image Preprocessors Midas (`fal-ai/image-preprocessors/midas`)."""
    @property
    def mlsd(self) -> ImagePreprocessorsMlsd:
        """Image Preprocessors Mlsd (`fal-ai/image-preprocessors/mlsd`)."""
    @property
    def pidi(self) -> ImagePreprocessorsPidi:
        """Image Preprocessors Pidi (`fal-ai/image-preprocessors/pidi`)."""
    @property
    def sam(self) -> ImagePreprocessorsSam:
        """Image Preprocessors Sam (`fal-ai/image-preprocessors/sam`)."""
    @property
    def scribble(self) -> ImagePreprocessorsScribble:
        """Image Preprocessors Scribble (`fal-ai/image-preprocessors/scribble`)."""
    @property
    def teed(self) -> ImagePreprocessorsTeed:
        """Image Preprocessors Teed (`fal-ai/image-preprocessors/teed`)."""
    @property
    def zoe(self) -> ImagePreprocessorsZoe:
        """Image Preprocessors Zoe (`fal-ai/image-preprocessors/zoe`)."""

class _NS_imagen3:
    """`client.imagen3`: the endpoints below the `fal-ai/imagen3` endpoint."""
    @property
    def fast(self) -> Imagen3Fast:
        """Imagen3 Fast (`fal-ai/imagen3/fast`)."""

class _NS_imagen3Endpoint(_NS_imagen3, Imagen3):
    """`client.imagen3`: the `fal-ai/imagen3` endpoint and the endpoints below it."""

class _NS_imagen4__preview:
    """`client.imagen4.preview`: endpoints below this path."""
    @property
    def fast(self) -> Imagen4PreviewFast:
        """Imagen4 Preview Fast (`fal-ai/imagen4/preview/fast`)."""
    @property
    def ultra(self) -> Imagen4PreviewUltra:
        """Imagen4 Preview Ultra (`fal-ai/imagen4/preview/ultra`)."""

class _NS_imagen4:
    """`client.imagen4`: endpoints below this path."""
    @property
    def preview(self) -> _NS_imagen4__preview:
        """Endpoints under `client.imagen4.preview`."""

class _NS_imageutils:
    """`client.imageutils`: endpoints below this path."""
    @property
    def depth(self) -> ImageutilsDepth:
        """Imageutils Depth (`fal-ai/imageutils/depth`)."""
    @property
    def marigold_depth(self) -> ImageutilsMarigoldDepth:
        """Imageutils Marigold Depth (`fal-ai/imageutils/marigold-depth`)."""
    @property
    def rembg(self) -> ImageutilsRembg:
        """Imageutils Rembg (`fal-ai/imageutils/rembg`)."""

class _NS_imagineart__imagineart_1_5_preview:
    """`client.imagineart.imagineart_1_5_preview`: endpoints below this path."""
    @property
    def text_to_image(self) -> ImagineartImagineart1_5PreviewTextToImage:
        """Imagineart Imagineart 1.5 Preview Text To Image
        (`imagineart/imagineart-1.5-preview/text-to-image`).
        """

class _NS_imagineart__imagineart_1_5_pro_preview:
    """`client.imagineart.imagineart_1_5_pro_preview`: endpoints below this path."""
    @property
    def text_to_image(self) -> ImagineartImagineart1_5ProPreviewTextToImage:
        """Imagineart Imagineart 1.5 Pro Preview Text To Image
        (`imagineart/imagineart-1.5-pro-preview/text-to-image`).
        """

class _NS_imagineart__imagineart_2_0_preview:
    """`client.imagineart.imagineart_2_0_preview`: endpoints below this path."""
    @property
    def text_to_image(self) -> ImagineartImagineart2_0PreviewTextToImage:
        """Imagineart Imagineart 2.0 Preview Text To Image
        (`imagineart/imagineart-2.0-preview/text-to-image`).
        """

class _NS_imagineart:
    """`client.imagineart`: endpoints below this path."""
    @property
    def imagineart_1_5_preview(self) -> _NS_imagineart__imagineart_1_5_preview:
        """Endpoints under `client.imagineart.imagineart_1_5_preview`."""
    @property
    def imagineart_1_5_pro_preview(self) -> _NS_imagineart__imagineart_1_5_pro_preview:
        """Endpoints under `client.imagineart.imagineart_1_5_pro_preview`."""
    @property
    def imagineart_2_0_preview(self) -> _NS_imagineart__imagineart_2_0_preview:
        """Endpoints under `client.imagineart.imagineart_2_0_preview`."""

class _NS_kling__v1_5:
    """`client.kling.v1_5`: endpoints below this path."""
    @property
    def kolors_virtual_try_on(self) -> KlingV1_5KolorsVirtualTryOn:
        """Kling V1 5 Kolors Virtual Try On (`fal-ai/kling/v1-5/kolors-virtual-try-on`)."""

class _NS_kling:
    """`client.kling`: endpoints below this path."""
    @property
    def v1_5(self) -> _NS_kling__v1_5:
        """Endpoints under `client.kling.v1_5`."""

class _NS_kling_image__o3:
    """`client.kling_image.o3`: endpoints below this path."""
    @property
    def image_to_image(self) -> KlingImageO3ImageToImage:
        """Kling Image O3 Image To Image (`fal-ai/kling-image/o3/image-to-image`)."""
    @property
    def text_to_image(self) -> KlingImageO3TextToImage:
        """Kling Image O3 Text To Image (`fal-ai/kling-image/o3/text-to-image`)."""

class _NS_kling_image__v3:
    """`client.kling_image.v3`: endpoints below this path."""
    @property
    def image_to_image(self) -> KlingImageV3ImageToImage:
        """Kling Image V3 Image To Image (`fal-ai/kling-image/v3/image-to-image`)."""
    @property
    def text_to_image(self) -> KlingImageV3TextToImage:
        """Kling Image V3 Text To Image (`fal-ai/kling-image/v3/text-to-image`)."""

class _NS_kling_image:
    """`client.kling_image`: endpoints below this path."""
    @property
    def o1(self) -> KlingImageO1:
        """Kling Image O1 (`fal-ai/kling-image/o1`)."""
    @property
    def o3(self) -> _NS_kling_image__o3:
        """Endpoints under `client.kling_image.o3`."""
    @property
    def v3(self) -> _NS_kling_image__v3:
        """Endpoints under `client.kling_image.v3`."""

class _NS_kolors:
    """`client.kolors`: the endpoints below the `fal-ai/kolors` endpoint."""
    @property
    def image_to_image(self) -> KolorsImageToImage:
        """Kolors Image To Image (`fal-ai/kolors/image-to-image`)."""

class _NS_kolorsEndpoint(_NS_kolors, Kolors):
    """`client.kolors`: the `fal-ai/kolors` endpoint and the endpoints below it."""

class _NS_leffa:
    """`client.leffa`: endpoints below this path."""
    @property
    def pose_transfer(self) -> LeffaPoseTransfer:
        """Leffa Pose Transfer (`fal-ai/leffa/pose-transfer`)."""
    @property
    def virtual_tryon(self) -> LeffaVirtualTryon:
        """Leffa Virtual Tryon (`fal-ai/leffa/virtual-tryon`)."""

class _NS_live_portrait:
    """`client.live_portrait`: endpoints below this path."""
    @property
    def image(self) -> LivePortraitImage:
        """Live Portrait Image (`fal-ai/live-portrait/image`)."""

class _NS_longcat_image:
    """`client.longcat_image`: the endpoints below the `fal-ai/longcat-image` endpoint."""
    @property
    def edit(self) -> LongcatImageEdit:
        """Longcat Image Edit (`fal-ai/longcat-image/edit`)."""

class _NS_longcat_imageEndpoint(_NS_longcat_image, LongcatImage):
    """`client.longcat_image`: the `fal-ai/longcat-image` endpoint and the endpoints below it."""

class _NS_lora:
    """`client.lora`: the endpoints below the `fal-ai/lora` endpoint."""
    @property
    def image_to_image(self) -> LoraImageToImage:
        """Lora Image To Image (`fal-ai/lora/image-to-image`)."""
    @property
    def inpaint(self) -> LoraInpaint:
        """Lora Inpaint (`fal-ai/lora/inpaint`)."""

class _NS_loraEndpoint(_NS_lora, Lora):
    """`client.lora`: the `fal-ai/lora` endpoint and the endpoints below it."""

class _NS_luma_photon__flash:
    """`client.luma_photon.flash`: the endpoints below the `fal-ai/luma-photon/flash` endpoint."""
    @property
    def modify(self) -> LumaPhotonFlashModify:
        """Luma Photon Flash Modify (`fal-ai/luma-photon/flash/modify`)."""
    @property
    def reframe(self) -> LumaPhotonFlashReframe:
        """Luma Photon Flash Reframe (`fal-ai/luma-photon/flash/reframe`)."""

class _NS_luma_photon__flashEndpoint(_NS_luma_photon__flash, LumaPhotonFlash):
    """`client.luma_photon.flash`: the `fal-ai/luma-photon/flash` endpoint and the endpoints
    below it.
    """

class _NS_luma_photon:
    """`client.luma_photon`: the endpoints below the `fal-ai/luma-photon` endpoint."""
    @property
    def flash(self) -> _NS_luma_photon__flashEndpoint:
        """Luma Photon Flash (`fal-ai/luma-photon/flash`) and the endpoints under it."""
    @property
    def modify(self) -> LumaPhotonModify:
        """Luma Photon Modify (`fal-ai/luma-photon/modify`)."""
    @property
    def reframe(self) -> LumaPhotonReframe:
        """Luma Photon Reframe (`fal-ai/luma-photon/reframe`)."""

class _NS_luma_photonEndpoint(_NS_luma_photon, LumaPhoton):
    """`client.luma_photon`: the `fal-ai/luma-photon` endpoint and the endpoints below it."""

class _NS_lumina_image:
    """`client.lumina_image`: endpoints below this path."""
    @property
    def v2(self) -> LuminaImageV2:
        """Lumina Image V2 (`fal-ai/lumina-image/v2`)."""

class _NS_minimax__image_01:
    """`client.minimax.image_01`: the endpoints below the `fal-ai/minimax/image-01` endpoint."""
    @property
    def subject_reference(self) -> MinimaxImage01SubjectReference:
        """Minimax Image 01 Subject Reference (`fal-ai/minimax/image-01/subject-reference`)."""

class _NS_minimax__image_01Endpoint(_NS_minimax__image_01, MinimaxImage01):
    """`client.minimax.image_01`: the `fal-ai/minimax/image-01` endpoint and the endpoints below
    it.
    """

class _NS_minimax:
    """`client.minimax`: endpoints below this path."""
    @property
    def image_01(self) -> _NS_minimax__image_01Endpoint:
        """Minimax Image 01 (`fal-ai/minimax/image-01`) and the endpoints under it."""

class _NS_moondream3_preview:
    """`client.moondream3_preview`: endpoints below this path."""
    @property
    def segment(self) -> Moondream3PreviewSegment:
        """Moondream3 Preview Segment (`fal-ai/moondream3-preview/segment`)."""

class _NS_moondream_next:
    """`client.moondream_next`: endpoints below this path."""
    @property
    def detection(self) -> MoondreamNextDetection:
        """Moondream Next Detection (`fal-ai/moondream-next/detection`)."""

class _NS_nafnet:
    """`client.nafnet`: endpoints below this path."""
    @property
    def deblur(self) -> NafnetDeblur:
        """Nafnet Deblur (`fal-ai/nafnet/deblur`)."""
    @property
    def denoise(self) -> NafnetDenoise:
        """Nafnet Denoise (`fal-ai/nafnet/denoise`)."""

class _NS_nano_banana:
    """`client.nano_banana`: the endpoints below the `fal-ai/nano-banana` endpoint."""
    @property
    def edit(self) -> NanoBananaEdit:
        """Nano Banana Edit (`fal-ai/nano-banana/edit`)."""

class _NS_nano_bananaEndpoint(_NS_nano_banana, NanoBanana):
    """`client.nano_banana`: the `fal-ai/nano-banana` endpoint and the endpoints below it."""

class _NS_nano_banana_2:
    """`client.nano_banana_2`: the endpoints below the `fal-ai/nano-banana-2` endpoint."""
    @property
    def edit(self) -> NanoBanana2Edit:
        """Nano Banana 2 Edit (`fal-ai/nano-banana-2/edit`)."""

class _NS_nano_banana_2Endpoint(_NS_nano_banana_2, NanoBanana2):
    """`client.nano_banana_2`: the `fal-ai/nano-banana-2` endpoint and the endpoints below it."""

class _NS_nano_banana_pro:
    """`client.nano_banana_pro`: the endpoints below the `fal-ai/nano-banana-pro` endpoint."""
    @property
    def edit(self) -> NanoBananaProEdit:
        """Nano Banana Pro Edit (`fal-ai/nano-banana-pro/edit`)."""

class _NS_nano_banana_proEndpoint(_NS_nano_banana_pro, NanoBananaPro):
    """`client.nano_banana_pro`: the `fal-ai/nano-banana-pro` endpoint and the endpoints below
    it.
    """

class _NS_object_removal:
    """`client.object_removal`: the endpoints below the `fal-ai/object-removal` endpoint."""
    @property
    def bbox(self) -> ObjectRemovalBbox:
        """Object Removal Bbox (`fal-ai/object-removal/bbox`)."""
    @property
    def mask(self) -> ObjectRemovalMask:
        """Object Removal Mask (`fal-ai/object-removal/mask`)."""

class _NS_object_removalEndpoint(_NS_object_removal, ObjectRemoval):
    """`client.object_removal`: the `fal-ai/object-removal` endpoint and the endpoints below it."""

class _NS_openai__gpt_image_2:
    """`client.openai.gpt_image_2`: the endpoints below the `openai/gpt-image-2` endpoint."""
    @property
    def edit(self) -> OpenaiGptImage2Edit:
        """Openai Gpt Image 2 Edit (`openai/gpt-image-2/edit`)."""

class _NS_openai__gpt_image_2Endpoint(_NS_openai__gpt_image_2, OpenaiGptImage2):
    """`client.openai.gpt_image_2`: the `openai/gpt-image-2` endpoint and the endpoints below it."""

class _NS_openai:
    """`client.openai`: endpoints below this path."""
    @property
    def gpt_image_2(self) -> _NS_openai__gpt_image_2Endpoint:
        """Openai Gpt Image 2 (`openai/gpt-image-2`) and the endpoints under it."""

class _NS_patina__material:
    """`client.patina.material`: the endpoints below the `fal-ai/patina/material` endpoint."""
    @property
    def extract(self) -> PatinaMaterialExtract:
        """Patina Material Extract (`fal-ai/patina/material/extract`)."""

class _NS_patina__materialEndpoint(_NS_patina__material, PatinaMaterial):
    """`client.patina.material`: the `fal-ai/patina/material` endpoint and the endpoints below
    it.
    """

class _NS_patina:
    """`client.patina`: the endpoints below the `fal-ai/patina` endpoint."""
    @property
    def material(self) -> _NS_patina__materialEndpoint:
        """Patina Material (`fal-ai/patina/material`) and the endpoints under it."""

class _NS_patinaEndpoint(_NS_patina, Patina):
    """`client.patina`: the `fal-ai/patina` endpoint and the endpoints below it."""

class _NS_phota:
    """`client.phota`: the endpoints below the `fal-ai/phota` endpoint."""
    @property
    def edit(self) -> PhotaEdit:
        """Phota Edit (`fal-ai/phota/edit`)."""
    @property
    def enhance(self) -> PhotaEnhance:
        """Phota Enhance (`fal-ai/phota/enhance`)."""

class _NS_photaEndpoint(_NS_phota, Phota):
    """`client.phota`: the `fal-ai/phota` endpoint and the endpoints below it."""

class _NS_pixelcut:
    """`client.pixelcut`: endpoints below this path."""
    @property
    def background_removal(self) -> PixelcutBackgroundRemoval:
        """Pixelcut Background Removal (`pixelcut/background-removal`)."""

class _NS_playground_v25:
    """`client.playground_v25`: the endpoints below the `fal-ai/playground-v25` endpoint."""
    @property
    def image_to_image(self) -> PlaygroundV25ImageToImage:
        """Playground V25 Image To Image (`fal-ai/playground-v25/image-to-image`)."""
    @property
    def inpainting(self) -> PlaygroundV25Inpainting:
        """Playground V25 Inpainting (`fal-ai/playground-v25/inpainting`)."""

class _NS_playground_v25Endpoint(_NS_playground_v25, PlaygroundV25):
    """`client.playground_v25`: the `fal-ai/playground-v25` endpoint and the endpoints below it."""

class _NS_post_processing:
    """`client.post_processing`: the endpoints below the `fal-ai/post-processing` endpoint."""
    @property
    def blur(self) -> PostProcessingBlur:
        """Post Processing Blur (`fal-ai/post-processing/blur`)."""
    @property
    def chromatic_aberration(self) -> PostProcessingChromaticAberration:
        """Post Processing Chromatic Aberration (`fal-ai/post-processing/chromatic-aberration`)."""
    @property
    def color_correction(self) -> PostProcessingColorCorrection:
        """Post Processing Color Correction (`fal-ai/post-processing/color-correction`)."""
    @property
    def color_tint(self) -> PostProcessingColorTint:
        """Post Processing Color Tint (`fal-ai/post-processing/color-tint`)."""
    @property
    def desaturate(self) -> PostProcessingDesaturate:
        """Post Processing Desaturate (`fal-ai/post-processing/desaturate`)."""
    @property
    def dissolve(self) -> PostProcessingDissolve:
        """Post Processing Dissolve (`fal-ai/post-processing/dissolve`)."""
    @property
    def dodge_burn(self) -> PostProcessingDodgeBurn:
        """Post Processing Dodge Burn (`fal-ai/post-processing/dodge-burn`)."""
    @property
    def grain(self) -> PostProcessingGrain:
        """Post Processing Grain (`fal-ai/post-processing/grain`)."""
    @property
    def parabolize(self) -> PostProcessingParabolize:
        """Post Processing Parabolize (`fal-ai/post-processing/parabolize`)."""
    @property
    def sharpen(self) -> PostProcessingSharpen:
        """Post Processing Sharpen (`fal-ai/post-processing/sharpen`)."""
    @property
    def solarize(self) -> PostProcessingSolarize:
        """Post Processing Solarize (`fal-ai/post-processing/solarize`)."""
    @property
    def vignette(self) -> PostProcessingVignette:
        """Post Processing Vignette (`fal-ai/post-processing/vignette`)."""

class _NS_post_processingEndpoint(_NS_post_processing, PostProcessing):
    """`client.post_processing`: the `fal-ai/post-processing` endpoint and the endpoints below
    it.
    """

class _NS_qwen_image:
    """`client.qwen_image`: the endpoints below the `fal-ai/qwen-image` endpoint."""
    @property
    def image_to_image(self) -> QwenImageImageToImage:
        """Qwen Image Image To Image (`fal-ai/qwen-image/image-to-image`)."""

class _NS_qwen_imageEndpoint(_NS_qwen_image, QwenImage):
    """`client.qwen_image`: the `fal-ai/qwen-image` endpoint and the endpoints below it."""

class _NS_qwen_image_2__pro:
    """`client.qwen_image_2.pro`: endpoints below this path."""
    @property
    def edit(self) -> QwenImage2ProEdit:
        """Qwen Image 2 Pro Edit (`fal-ai/qwen-image-2/pro/edit`)."""
    @property
    def text_to_image(self) -> QwenImage2ProTextToImage:
        """Qwen Image 2 Pro Text To Image (`fal-ai/qwen-image-2/pro/text-to-image`)."""

class _NS_qwen_image_2:
    """`client.qwen_image_2`: endpoints below this path."""
    @property
    def edit(self) -> QwenImage2Edit:
        """Qwen Image 2 Edit (`fal-ai/qwen-image-2/edit`)."""
    @property
    def pro(self) -> _NS_qwen_image_2__pro:
        """Endpoints under `client.qwen_image_2.pro`."""
    @property
    def text_to_image(self) -> QwenImage2TextToImage:
        """Qwen Image 2 Text To Image (`fal-ai/qwen-image-2/text-to-image`)."""

class _NS_qwen_image_2512:
    """`client.qwen_image_2512`: the endpoints below the `fal-ai/qwen-image-2512` endpoint."""
    @property
    def lora(self) -> QwenImage2512Lora:
        """Qwen Image 2512 Lora (`fal-ai/qwen-image-2512/lora`)."""

class _NS_qwen_image_2512Endpoint(_NS_qwen_image_2512, QwenImage2512):
    """`client.qwen_image_2512`: the `fal-ai/qwen-image-2512` endpoint and the endpoints below
    it.
    """

class _NS_qwen_image_edit:
    """`client.qwen_image_edit`: endpoints below this path."""
    @property
    def image_to_image(self) -> QwenImageEditImageToImage:
        """Qwen Image Edit Image To Image (`fal-ai/qwen-image-edit/image-to-image`)."""
    @property
    def inpaint(self) -> QwenImageEditInpaint:
        """Qwen Image Edit Inpaint (`fal-ai/qwen-image-edit/inpaint`)."""

class _NS_qwen_image_edit_2509_lora_gallery:
    """`client.qwen_image_edit_2509_lora_gallery`: endpoints below this path."""
    @property
    def add_background(self) -> QwenImageEdit2509LoraGalleryAddBackground:
        """Qwen Image Edit 2509 Lora Gallery Add Background
        (`fal-ai/qwen-image-edit-2509-lora-gallery/add-background`).
        """
    @property
    def face_to_full_portrait(self) -> QwenImageEdit2509LoraGalleryFaceToFullPortrait:
        """Qwen Image Edit 2509 Lora Gallery Face To Full Portrait
        (`fal-ai/qwen-image-edit-2509-lora-gallery/face-to-full-portrait`).
        """
    @property
    def group_photo(self) -> QwenImageEdit2509LoraGalleryGroupPhoto:
        """Qwen Image Edit 2509 Lora Gallery Group Photo
        (`fal-ai/qwen-image-edit-2509-lora-gallery/group-photo`).
        """
    @property
    def integrate_product(self) -> QwenImageEdit2509LoraGalleryIntegrateProduct:
        """Qwen Image Edit 2509 Lora Gallery Integrate Product
        (`fal-ai/qwen-image-edit-2509-lora-gallery/integrate-product`).
        """
    @property
    def lighting_restoration(self) -> QwenImageEdit2509LoraGalleryLightingRestoration:
        """Qwen Image Edit 2509 Lora Gallery Lighting Restoration
        (`fal-ai/qwen-image-edit-2509-lora-gallery/lighting-restoration`).
        """
    @property
    def multiple_angles(self) -> QwenImageEdit2509LoraGalleryMultipleAngles:
        """Qwen Image Edit 2509 Lora Gallery Multiple Angles
        (`fal-ai/qwen-image-edit-2509-lora-gallery/multiple-angles`).
        """
    @property
    def next_scene(self) -> QwenImageEdit2509LoraGalleryNextScene:
        """Qwen Image Edit 2509 Lora Gallery Next Scene
        (`fal-ai/qwen-image-edit-2509-lora-gallery/next-scene`).
        """
    @property
    def remove_element(self) -> QwenImageEdit2509LoraGalleryRemoveElement:
        """Qwen Image Edit 2509 Lora Gallery Remove Element
        (`fal-ai/qwen-image-edit-2509-lora-gallery/remove-element`).
        """
    @property
    def remove_lighting(self) -> QwenImageEdit2509LoraGalleryRemoveLighting:
        """Qwen Image Edit 2509 Lora Gallery Remove Lighting
        (`fal-ai/qwen-image-edit-2509-lora-gallery/remove-lighting`).
        """
    @property
    def shirt_design(self) -> QwenImageEdit2509LoraGalleryShirtDesign:
        """Qwen Image Edit 2509 Lora Gallery Shirt Design
        (`fal-ai/qwen-image-edit-2509-lora-gallery/shirt-design`).
        """

class _NS_qwen_image_edit_2511:
    """`client.qwen_image_edit_2511`: the endpoints below the `fal-ai/qwen-image-edit-2511`
    endpoint.
    """
    @property
    def lora(self) -> QwenImageEdit2511Lora:
        """Qwen Image Edit 2511 Lora (`fal-ai/qwen-image-edit-2511/lora`)."""

class _NS_qwen_image_edit_2511Endpoint(_NS_qwen_image_edit_2511, QwenImageEdit2511):
    """`client.qwen_image_edit_2511`: the `fal-ai/qwen-image-edit-2511` endpoint and the
    endpoints below it.
    """

class _NS_qwen_image_edit_plus_lora_gallery:
    """`client.qwen_image_edit_plus_lora_gallery`: endpoints below this path."""
    @property
    def add_background(self) -> QwenImageEditPlusLoraGalleryAddBackground:
        """Qwen Image Edit Plus Lora Gallery Add Background
        (`fal-ai/qwen-image-edit-plus-lora-gallery/add-background`).
        """
    @property
    def face_to_full_portrait(self) -> QwenImageEditPlusLoraGalleryFaceToFullPortrait:
        """Qwen Image Edit Plus Lora Gallery Face To Full Portrait
        (`fal-ai/qwen-image-edit-plus-lora-gallery/face-to-full-portrait`).
        """
    @property
    def group_photo(self) -> QwenImageEditPlusLoraGalleryGroupPhoto:
        """Qwen Image Edit Plus Lora Gallery Group Photo
        (`fal-ai/qwen-image-edit-plus-lora-gallery/group-photo`).
        """
    @property
    def integrate_product(self) -> QwenImageEditPlusLoraGalleryIntegrateProduct:
        """Qwen Image Edit Plus Lora Gallery Integrate Product
        (`fal-ai/qwen-image-edit-plus-lora-gallery/integrate-product`).
        """
    @property
    def lighting_restoration(self) -> QwenImageEditPlusLoraGalleryLightingRestoration:
        """Qwen Image Edit Plus Lora Gallery Lighting Restoration
        (`fal-ai/qwen-image-edit-plus-lora-gallery/lighting-restoration`).
        """
    @property
    def multiple_angles(self) -> QwenImageEditPlusLoraGalleryMultipleAngles:
        """Qwen Image Edit Plus Lora Gallery Multiple Angles
        (`fal-ai/qwen-image-edit-plus-lora-gallery/multiple-angles`).
        """
    @property
    def next_scene(self) -> QwenImageEditPlusLoraGalleryNextScene:
        """Qwen Image Edit Plus Lora Gallery Next Scene
        (`fal-ai/qwen-image-edit-plus-lora-gallery/next-scene`).
        """
    @property
    def remove_element(self) -> QwenImageEditPlusLoraGalleryRemoveElement:
        """Qwen Image Edit Plus Lora Gallery Remove Element
        (`fal-ai/qwen-image-edit-plus-lora-gallery/remove-element`).
        """
    @property
    def remove_lighting(self) -> QwenImageEditPlusLoraGalleryRemoveLighting:
        """Qwen Image Edit Plus Lora Gallery Remove Lighting
        (`fal-ai/qwen-image-edit-plus-lora-gallery/remove-lighting`).
        """
    @property
    def shirt_design(self) -> QwenImageEditPlusLoraGalleryShirtDesign:
        """Qwen Image Edit Plus Lora Gallery Shirt Design
        (`fal-ai/qwen-image-edit-plus-lora-gallery/shirt-design`).
        """

class _NS_qwen_image_layered:
    """`client.qwen_image_layered`: the endpoints below the `fal-ai/qwen-image-layered` endpoint."""
    @property
    def lora(self) -> QwenImageLayeredLora:
        """Qwen Image Layered Lora (`fal-ai/qwen-image-layered/lora`)."""

class _NS_qwen_image_layeredEndpoint(_NS_qwen_image_layered, QwenImageLayered):
    """`client.qwen_image_layered`: the `fal-ai/qwen-image-layered` endpoint and the endpoints
    below it.
    """

class _NS_qwen_image_max:
    """`client.qwen_image_max`: endpoints below this path."""
    @property
    def edit(self) -> QwenImageMaxEdit:
        """Qwen Image Max Edit (`fal-ai/qwen-image-max/edit`)."""
    @property
    def text_to_image(self) -> QwenImageMaxTextToImage:
        """Qwen Image Max Text To Image (`fal-ai/qwen-image-max/text-to-image`)."""

class _NS_recraft__upscale:
    """`client.recraft.upscale`: endpoints below this path."""
    @property
    def creative(self) -> RecraftUpscaleCreative:
        """Recraft Upscale Creative (`fal-ai/recraft/upscale/creative`)."""
    @property
    def crisp(self) -> RecraftUpscaleCrisp:
        """Recraft Upscale Crisp (`fal-ai/recraft/upscale/crisp`)."""

class _NS_recraft__v3:
    """`client.recraft.v3`: endpoints below this path."""
    @property
    def image_to_image(self) -> RecraftV3ImageToImage:
        """Recraft V3 Image To Image (`fal-ai/recraft/v3/image-to-image`)."""

class _NS_recraft__v4__pro:
    """`client.recraft.v4.pro`: endpoints below this path."""
    @property
    def text_to_image(self) -> RecraftV4ProTextToImage:
        """Recraft V4 Pro Text To Image (`fal-ai/recraft/v4/pro/text-to-image`)."""
    @property
    def text_to_vector(self) -> RecraftV4ProTextToVector:
        """Recraft V4 Pro Text To Vector (`fal-ai/recraft/v4/pro/text-to-vector`)."""

class _NS_recraft__v4:
    """`client.recraft.v4`: endpoints below this path."""
    @property
    def pro(self) -> _NS_recraft__v4__pro:
        """Endpoints under `client.recraft.v4.pro`."""
    @property
    def text_to_image(self) -> RecraftV4TextToImage:
        """Recraft V4 Text To Image (`fal-ai/recraft/v4/text-to-image`)."""
    @property
    def text_to_vector(self) -> RecraftV4TextToVector:
        """Recraft V4 Text To Vector (`fal-ai/recraft/v4/text-to-vector`)."""

class _NS_recraft:
    """`client.recraft`: endpoints below this path."""
    @property
    def upscale(self) -> _NS_recraft__upscale:
        """Endpoints under `client.recraft.upscale`."""
    @property
    def v3(self) -> _NS_recraft__v3:
        """Endpoints under `client.recraft.v3`."""
    @property
    def v4(self) -> _NS_recraft__v4:
        """Endpoints under `client.recraft.v4`."""
    @property
    def vectorize(self) -> RecraftVectorize:
        """Recraft Vectorize (`fal-ai/recraft/vectorize`)."""

class _NS_rundiffusion_fal__juggernaut_flux_lora:
    """`client.rundiffusion_fal.juggernaut_flux_lora`: the endpoints below the
    `rundiffusion-fal/juggernaut-flux-lora` endpoint.
    """
    @property
    def inpainting(self) -> RundiffusionFalJuggernautFluxLoraInpainting:
        """Rundiffusion Fal Juggernaut Flux Lora Inpainting
        (`rundiffusion-fal/juggernaut-flux-lora/inpainting`).
        """

class _NS_rundiffusion_fal__juggernaut_flux_loraEndpoint(
    _NS_rundiffusion_fal__juggernaut_flux_lora, RundiffusionFalJuggernautFluxLora
):
    """`client.rundiffusion_fal.juggernaut_flux_lora`: the
    `rundiffusion-fal/juggernaut-flux-lora` endpoint and the endpoints below it.
    """

class _NS_rundiffusion_fal:
    """`client.rundiffusion_fal`: endpoints below this path."""
    @property
    def juggernaut_flux_lora(self) -> _NS_rundiffusion_fal__juggernaut_flux_loraEndpoint:
        """Rundiffusion Fal Juggernaut Flux Lora (`rundiffusion-fal/juggernaut-flux-lora`) and
        the endpoints under it.
        """
    @property
    def rundiffusion_photo_flux(self) -> RundiffusionFalRundiffusionPhotoFlux:
        """Rundiffusion Fal Rundiffusion Photo Flux (`rundiffusion-fal/rundiffusion-photo-flux`)."""

class _NS_sam2:
    """`client.sam2`: endpoints below this path."""
    @property
    def auto_segment(self) -> Sam2AutoSegment:
        """Sam2 Auto Segment (`fal-ai/sam2/auto-segment`)."""
    @property
    def image(self) -> Sam2Image:
        """Sam2 Image (`fal-ai/sam2/image`)."""

class _NS_sam_3:
    """`client.sam_3`: endpoints below this path."""
    @property
    def image(self) -> Sam3Image:
        """Sam 3 Image (`fal-ai/sam-3/image`)."""
    @property
    def image_rle(self) -> Sam3ImageRle:
        """Sam 3 Image Rle (`fal-ai/sam-3/image-rle`)."""

class _NS_sam_3_1:
    """`client.sam_3_1`: endpoints below this path."""
    @property
    def image(self) -> Sam3_1Image:
        """Sam 3 1 Image (`fal-ai/sam-3-1/image`)."""
    @property
    def image_rle(self) -> Sam3_1ImageRle:
        """Sam 3 1 Image Rle (`fal-ai/sam-3-1/image-rle`)."""

class _NS_sana__v1_5:
    """`client.sana.v1_5`: endpoints below this path."""
    @property
    def v1_6b(self) -> SanaV1_5_1_6b:
        """Sana V1.5 1.6b (`fal-ai/sana/v1.5/1.6b`)."""
    @property
    def v4_8b(self) -> SanaV1_5_4_8b:
        """Sana V1.5 4.8b (`fal-ai/sana/v1.5/4.8b`)."""

class _NS_sana:
    """`client.sana`: the endpoints below the `fal-ai/sana` endpoint."""
    @property
    def sprint(self) -> SanaSprint:
        """Sana Sprint (`fal-ai/sana/sprint`)."""
    @property
    def v1_5(self) -> _NS_sana__v1_5:
        """Endpoints under `client.sana.v1_5`."""

class _NS_sanaEndpoint(_NS_sana, Sana):
    """`client.sana`: the `fal-ai/sana` endpoint and the endpoints below it."""

class _NS_sdxl_controlnet_union:
    """`client.sdxl_controlnet_union`: the endpoints below the `fal-ai/sdxl-controlnet-union`
    endpoint.
    """
    @property
    def image_to_image(self) -> SdxlControlnetUnionImageToImage:
        """Sdxl Controlnet Union Image To Image (`fal-ai/sdxl-controlnet-union/image-to-image`)."""
    @property
    def inpainting(self) -> SdxlControlnetUnionInpainting:
        """Sdxl Controlnet Union Inpainting (`fal-ai/sdxl-controlnet-union/inpainting`)."""

class _NS_sdxl_controlnet_unionEndpoint(_NS_sdxl_controlnet_union, SdxlControlnetUnion):
    """`client.sdxl_controlnet_union`: the `fal-ai/sdxl-controlnet-union` endpoint and the
    endpoints below it.
    """

class _NS_seedvr__upscale__image:
    """`client.seedvr.upscale.image`: the endpoints below the `fal-ai/seedvr/upscale/image`
    endpoint.
    """
    @property
    def seamless(self) -> SeedvrUpscaleImageSeamless:
        """Seedvr Upscale Image Seamless (`fal-ai/seedvr/upscale/image/seamless`)."""

class _NS_seedvr__upscale__imageEndpoint(_NS_seedvr__upscale__image, SeedvrUpscaleImage):
    """`client.seedvr.upscale.image`: the `fal-ai/seedvr/upscale/image` endpoint and the
    endpoints below it.
    """

class _NS_seedvr__upscale:
    """`client.seedvr.upscale`: endpoints below this path."""
    @property
    def image(self) -> _NS_seedvr__upscale__imageEndpoint:
        """Seedvr Upscale Image (`fal-ai/seedvr/upscale/image`) and the endpoints under it."""

class _NS_seedvr:
    """`client.seedvr`: endpoints below this path."""
    @property
    def upscale(self) -> _NS_seedvr__upscale:
        """Endpoints under `client.seedvr.upscale`."""

class _NS_smoretalk_ai:
    """`client.smoretalk_ai`: endpoints below this path."""
    @property
    def rembg_enhance(self) -> SmoretalkAiRembgEnhance:
        """Smoretalk Ai Rembg Enhance (`smoretalk-ai/rembg-enhance`)."""

class _NS_stable_cascade:
    """`client.stable_cascade`: the endpoints below the `fal-ai/stable-cascade` endpoint."""
    @property
    def sote_diffusion(self) -> StableCascadeSoteDiffusion:
        """Stable Cascade Sote Diffusion (`fal-ai/stable-cascade/sote-diffusion`)."""

class _NS_stable_cascadeEndpoint(_NS_stable_cascade, StableCascade):
    """`client.stable_cascade`: the `fal-ai/stable-cascade` endpoint and the endpoints below it."""

class _NS_stable_diffusion_v3_medium:
    """`client.stable_diffusion_v3_medium`: the endpoints below the
    `fal-ai/stable-diffusion-v3-medium` endpoint.
    """
    @property
    def image_to_image(self) -> StableDiffusionV3MediumImageToImage:
        """Stable Diffusion V3 Medium Image To Image
        (`fal-ai/stable-diffusion-v3-medium/image-to-image`).
        """

class _NS_stable_diffusion_v3_mediumEndpoint(
    _NS_stable_diffusion_v3_medium, StableDiffusionV3Medium
):
    """`client.stable_diffusion_v3_medium`: the `fal-ai/stable-diffusion-v3-medium` endpoint and
    the endpoints below it.
    """

class _NS_switti:
    """`client.switti`: the endpoints below the `fal-ai/switti` endpoint."""
    @property
    def v512(self) -> Switti512:
        """Switti 512 (`fal-ai/switti/512`)."""

class _NS_swittiEndpoint(_NS_switti, Switti):
    """`client.switti`: the `fal-ai/switti` endpoint and the endpoints below it."""

class _NS_topaz__upscale:
    """`client.topaz.upscale`: endpoints below this path."""
    @property
    def image(self) -> TopazUpscaleImage:
        """Topaz Upscale Image (`fal-ai/topaz/upscale/image`)."""

class _NS_topaz:
    """`client.topaz`: endpoints below this path."""
    @property
    def upscale(self) -> _NS_topaz__upscale:
        """Endpoints under `client.topaz.upscale`."""

class _NS_vecglypher:
    """`client.vecglypher`: the endpoints below the `fal-ai/vecglypher` endpoint."""
    @property
    def image_to_svg(self) -> VecglypherImageToSvg:
        """Vecglypher Image To Svg (`fal-ai/vecglypher/image-to-svg`)."""

class _NS_vecglypherEndpoint(_NS_vecglypher, Vecglypher):
    """`client.vecglypher`: the `fal-ai/vecglypher` endpoint and the endpoints below it."""

class _NS_vidu__q2:
    """`client.vidu.q2`: endpoints below this path."""
    @property
    def reference_to_image(self) -> ViduQ2ReferenceToImage:
        """Vidu Q2 Reference To Image (`fal-ai/vidu/q2/reference-to-image`)."""
    @property
    def text_to_image(self) -> ViduQ2TextToImage:
        """Vidu Q2 Text To Image (`fal-ai/vidu/q2/text-to-image`)."""

class _NS_vidu:
    """`client.vidu`: endpoints below this path."""
    @property
    def q2(self) -> _NS_vidu__q2:
        """Endpoints under `client.vidu.q2`."""
    @property
    def reference_to_image(self) -> ViduReferenceToImage:
        """Vidu Reference To Image (`fal-ai/vidu/reference-to-image`)."""

class _NS_wan__v2_2_5b:
    """`client.wan.v2_2_5b`: endpoints below this path."""
    @property
    def text_to_image(self) -> WanV2_2_5bTextToImage:
        """Wan V2.2 5b Text To Image (`fal-ai/wan/v2.2-5b/text-to-image`)."""

class _NS_wan__v2_2_a14b__text_to_image:
    """`client.wan.v2_2_a14b.text_to_image`: the endpoints below the
    `fal-ai/wan/v2.2-a14b/text-to-image` endpoint.
    """
    @property
    def lora(self) -> WanV2_2A14bTextToImageLora:
        """Wan V2.2 A14b Text To Image Lora (`fal-ai/wan/v2.2-a14b/text-to-image/lora`)."""

class _NS_wan__v2_2_a14b__text_to_imageEndpoint(
    _NS_wan__v2_2_a14b__text_to_image, WanV2_2A14bTextToImage
):
    """`client.wan.v2_2_a14b.text_to_image`: the `fal-ai/wan/v2.2-a14b/text-to-image` endpoint
    and the endpoints below it.
    """

class _NS_wan__v2_2_a14b:
    """`client.wan.v2_2_a14b`: endpoints below this path."""
    @property
    def image_to_image(self) -> WanV2_2A14bImageToImage:
        """Wan V2.2 A14b Image To Image (`fal-ai/wan/v2.2-a14b/image-to-image`)."""
    @property
    def text_to_image(self) -> _NS_wan__v2_2_a14b__text_to_imageEndpoint:
        """Wan V2.2 A14b Text To Image (`fal-ai/wan/v2.2-a14b/text-to-image`) and the endpoints
        under it.
        """

class _NS_wan__v2_6:
    """`client.wan.v2_6`: endpoints below this path."""
    @property
    def image_to_image(self) -> WanV2_6ImageToImage:
        """Wan V2.6 Image To Image (`wan/v2.6/image-to-image`)."""
    @property
    def text_to_image(self) -> WanV2_6TextToImage:
        """Wan V2.6 Text To Image (`wan/v2.6/text-to-image`)."""

class _NS_wan__v2_7__pro:
    """`client.wan.v2_7.pro`: endpoints below this path."""
    @property
    def edit(self) -> WanV2_7ProEdit:
        """Wan V2.7 Pro Edit (`fal-ai/wan/v2.7/pro/edit`)."""
    @property
    def text_to_image(self) -> WanV2_7ProTextToImage:
        """Wan V2.7 Pro Text To Image (`fal-ai/wan/v2.7/pro/text-to-image`)."""

class _NS_wan__v2_7:
    """`client.wan.v2_7`: endpoints below this path."""
    @property
    def edit(self) -> WanV2_7Edit:
        """Wan V2.7 Edit (`fal-ai/wan/v2.7/edit`)."""
    @property
    def pro(self) -> _NS_wan__v2_7__pro:
        """Endpoints under `client.wan.v2_7.pro`."""
    @property
    def text_to_image(self) -> WanV2_7TextToImage:
        """Wan V2.7 Text To Image (`fal-ai/wan/v2.7/text-to-image`)."""

class _NS_wan:
    """`client.wan`: endpoints below this path."""
    @property
    def v2_2_5b(self) -> _NS_wan__v2_2_5b:
        """Endpoints under `client.wan.v2_2_5b`."""
    @property
    def v2_2_a14b(self) -> _NS_wan__v2_2_a14b:
        """Endpoints under `client.wan.v2_2_a14b`."""
    @property
    def v2_6(self) -> _NS_wan__v2_6:
        """Endpoints under `client.wan.v2_6`."""
    @property
    def v2_7(self) -> _NS_wan__v2_7:
        """Endpoints under `client.wan.v2_7`."""

class _NS_wan_25_preview:
    """`client.wan_25_preview`: endpoints below this path."""
    @property
    def image_to_image(self) -> Wan25PreviewImageToImage:
        """Wan 25 Preview Image To Image (`fal-ai/wan-25-preview/image-to-image`)."""
    @property
    def text_to_image(self) -> Wan25PreviewTextToImage:
        """Wan 25 Preview Text To Image (`fal-ai/wan-25-preview/text-to-image`)."""

class _NS_workflow_utilities:
    """`client.workflow_utilities`: endpoints below this path."""
    @property
    def extract_nth_frame(self) -> WorkflowUtilitiesExtractNthFrame:
        """Workflow Utilities Extract Nth Frame (`fal-ai/workflow-utilities/extract-nth-frame`)."""

class _NS_xai__grok_imagine_image__quality:
    """`client.xai.grok_imagine_image.quality`: endpoints below this path."""
    @property
    def edit(self) -> XaiGrokImagineImageQualityEdit:
        """Xai Grok Imagine Image Quality Edit (`xai/grok-imagine-image/quality/edit`)."""
    @property
    def text_to_image(self) -> XaiGrokImagineImageQualityTextToImage:
        """Xai Grok Imagine Image Quality Text To Image
        (`xai/grok-imagine-image/quality/text-to-image`).
        """

class _NS_xai__grok_imagine_image:
    """`client.xai.grok_imagine_image`: the endpoints below the `xai/grok-imagine-image`
    endpoint.
    """
    @property
    def edit(self) -> XaiGrokImagineImageEdit:
        """Xai Grok Imagine Image Edit (`xai/grok-imagine-image/edit`)."""
    @property
    def quality(self) -> _NS_xai__grok_imagine_image__quality:
        """Endpoints under `client.xai.grok_imagine_image.quality`."""

class _NS_xai__grok_imagine_imageEndpoint(_NS_xai__grok_imagine_image, XaiGrokImagineImage):
    """`client.xai.grok_imagine_image`: the `xai/grok-imagine-image` endpoint and the endpoints
    below it.
    """

class _NS_xai:
    """`client.xai`: endpoints below this path."""
    @property
    def grok_imagine_image(self) -> _NS_xai__grok_imagine_imageEndpoint:
        """Xai Grok Imagine Image (`xai/grok-imagine-image`) and the endpoints under it."""

class _NS_z_image__base:
    """`client.z_image.base`: the endpoints below the `fal-ai/z-image/base` endpoint."""
    @property
    def lora(self) -> ZImageBaseLora:
        """Z Image Base Lora (`fal-ai/z-image/base/lora`)."""

class _NS_z_image__baseEndpoint(_NS_z_image__base, ZImageBase):
    """`client.z_image.base`: the `fal-ai/z-image/base` endpoint and the endpoints below it."""

class _NS_z_image__turbo__controlnet:
    """`client.z_image.turbo.controlnet`: the endpoints below the
    `fal-ai/z-image/turbo/controlnet` endpoint.
    """
    @property
    def lora(self) -> ZImageTurboControlnetLora:
        """Z Image Turbo Controlnet Lora (`fal-ai/z-image/turbo/controlnet/lora`)."""

class _NS_z_image__turbo__controlnetEndpoint(_NS_z_image__turbo__controlnet, ZImageTurboControlnet):
    """`client.z_image.turbo.controlnet`: the `fal-ai/z-image/turbo/controlnet` endpoint and the
    endpoints below it.
    """

class _NS_z_image__turbo__image_to_image:
    """`client.z_image.turbo.image_to_image`: the endpoints below the
    `fal-ai/z-image/turbo/image-to-image` endpoint.
    """
    @property
    def lora(self) -> ZImageTurboImageToImageLora:
        """Z Image Turbo Image To Image Lora (`fal-ai/z-image/turbo/image-to-image/lora`)."""

class _NS_z_image__turbo__image_to_imageEndpoint(
    _NS_z_image__turbo__image_to_image, ZImageTurboImageToImage
):
    """`client.z_image.turbo.image_to_image`: the `fal-ai/z-image/turbo/image-to-image` endpoint
    and the endpoints below it.
    """

class _NS_z_image__turbo__inpaint:
    """`client.z_image.turbo.inpaint`: the endpoints below the `fal-ai/z-image/turbo/inpaint`
    endpoint.
    """
    @property
    def lora(self) -> ZImageTurboInpaintLora:
        """Z Image Turbo Inpaint Lora (`fal-ai/z-image/turbo/inpaint/lora`)."""

class _NS_z_image__turbo__inpaintEndpoint(_NS_z_image__turbo__inpaint, ZImageTurboInpaint):
    """`client.z_image.turbo.inpaint`: the `fal-ai/z-image/turbo/inpaint` endpoint and the
    endpoints below it.
    """

class _NS_z_image__turbo__tiling:
    """`client.z_image.turbo.tiling`: the endpoints below the `fal-ai/z-image/turbo/tiling`
    endpoint.
    """
    @property
    def lora(self) -> ZImageTurboTilingLora:
        """Z Image Turbo Tiling Lora (`fal-ai/z-image/turbo/tiling/lora`)."""

class _NS_z_image__turbo__tilingEndpoint(_NS_z_image__turbo__tiling, ZImageTurboTiling):
    """`client.z_image.turbo.tiling`: the `fal-ai/z-image/turbo/tiling` endpoint and the
    endpoints below it.
    """

class _NS_z_image__turbo:
    """`client.z_image.turbo`: the endpoints below the `fal-ai/z-image/turbo` endpoint."""
    @property
    def controlnet(self) -> _NS_z_image__turbo__controlnetEndpoint:
        """Z Image Turbo Controlnet (`fal-ai/z-image/turbo/controlnet`) and the endpoints under
        it.
        """
    @property
    def image_to_image(self) -> _NS_z_image__turbo__image_to_imageEndpoint:
        """Z Image Turbo Image To Image (`fal-ai/z-image/turbo/image-to-image`) and the endpoints
        under it.
        """
    @property
    def inpaint(self) -> _NS_z_image__turbo__inpaintEndpoint:
        """Z Image Turbo Inpaint (`fal-ai/z-image/turbo/inpaint`) and the endpoints under it."""
    @property
    def lora(self) -> ZImageTurboLora:
        """Z Image Turbo Lora (`fal-ai/z-image/turbo/lora`)."""
    @property
    def tiling(self) -> _NS_z_image__turbo__tilingEndpoint:
        """Z Image Turbo Tiling (`fal-ai/z-image/turbo/tiling`) and the endpoints under it."""

class _NS_z_image__turboEndpoint(_NS_z_image__turbo, ZImageTurbo):
    """`client.z_image.turbo`: the `fal-ai/z-image/turbo` endpoint and the endpoints below it."""

class _NS_z_image:
    """`client.z_image`: endpoints below this path."""
    @property
    def base(self) -> _NS_z_image__baseEndpoint:
        """Z Image Base (`fal-ai/z-image/base`) and the endpoints under it."""
    @property
    def turbo(self) -> _NS_z_image__turboEndpoint:
        """Z Image Turbo (`fal-ai/z-image/turbo`) and the endpoints under it."""

class FalClient(SyncClientBase):
    """The blocking fal client: `client.<namespace>.<endpoint>.subscribe(...)`.

    Args:
        key: fal API key; defaults to FAL_KEY, then FAL_KEY_ID and FAL_KEY_SECRET.
        run_url: Base URL of synchronous runs (default https://fal.run).
        queue_url: Base URL of the queue (default https://queue.fal.run).
        rest_url: Base URL of fal's REST API, for storage (default https://rest.fal.ai).
        cdn_url: Base URL of fal's CDN, for uploads (default https://v3.fal.media).
        timeout: Default HTTP timeout in seconds, or an httpx.Timeout.
        max_retries: Retries for failed calls that are safe to repeat (default 2).
        max_retry_wait: The longest a retry waits for fal's Retry-After (default 60 s); a
            longer one raises at once (RateLimitError for a 429, with `retry_after`).
        default_headers: Headers sent with every request.
        inline_file_limit: Local files up to this many bytes go inline as data URIs
            (default 1 MiB); larger ones are uploaded to fal storage. 0 uploads every file.
        http_client: Your own httpx client (its transport, proxies, limits).
        limits: Connection-pool limits when no http_client is given.
    """
    @property
    def aura_flow(self) -> AuraFlow:
        """Aura Flow (`fal-ai/aura-flow`)."""
    @property
    def aura_sr(self) -> AuraSr:
        """Aura Sr (`fal-ai/aura-sr`)."""
    @property
    def bagel(self) -> _NS_bagelEndpoint:
        """Bagel (`fal-ai/bagel`) and the endpoints under it."""
    @property
    def ben(self) -> _NS_ben:
        """Endpoints under `client.ben`."""
    @property
    def bitdance(self) -> Bitdance:
        """BitDance Text to Image (`fal-ai/bitdance`)."""
    @property
    def bria(self) -> _NS_bria:
        """Endpoints under `client.bria`."""
    @property
    def bytedance(self) -> _NS_bytedance:
        """Endpoints under `client.bytedance`."""
    @property
    def cartoonify(self) -> Cartoonify:
        """Cartoonify (`fal-ai/cartoonify`)."""
    @property
    def cat_vton(self) -> CatVton:
        """Cat Vton (`fal-ai/cat-vton`)."""
    @property
    def ccsr(self) -> Ccsr:
        """Ccsr (`fal-ai/ccsr`)."""
    @property
    def chain_of_zoom(self) -> ChainOfZoom:
        """Chain Of Zoom (`fal-ai/chain-of-zoom`)."""
    @property
    def chrono_edit(self) -> ChronoEdit:
        """Chrono Edit (`fal-ai/chrono-edit`)."""
    @property
    def chrono_edit_lora(self) -> ChronoEditLora:
        """Chrono Edit Lora (`fal-ai/chrono-edit-lora`)."""
    @property
    def chrono_edit_lora_gallery(self) -> _NS_chrono_edit_lora_gallery:
        """Endpoints under `client.chrono_edit_lora_gallery`."""
    @property
    def clarity_upscaler(self) -> ClarityUpscaler:
        """Clarity Upscaler (`fal-ai/clarity-upscaler`)."""
    @property
    def clarityai(self) -> _NS_clarityai:
        """Endpoints under `client.clarityai`."""
    @property
    def codeformer(self) -> Codeformer:
        """Codeformer (`fal-ai/codeformer`)."""
    @property
    def cogview4(self) -> Cogview4:
        """Cogview4 (`fal-ai/cogview4`)."""
    @property
    def creative_upscaler(self) -> CreativeUpscaler:
        """Creative Upscaler (`fal-ai/creative-upscaler`)."""
    @property
    def ddcolor(self) -> Ddcolor:
        """Ddcolor (`fal-ai/ddcolor`)."""
    @property
    def docres(self) -> _NS_docresEndpoint:
        """Docres (`fal-ai/docres`) and the endpoints under it."""
    @property
    def drct_super_resolution(self) -> DrctSuperResolution:
        """Drct Super Resolution (`fal-ai/drct-super-resolution`)."""
    @property
    def dreamo(self) -> Dreamo:
        """Dreamo (`fal-ai/dreamo`)."""
    @property
    def dreamomni2(self) -> _NS_dreamomni2:
        """Endpoints under `client.dreamomni2`."""
    @property
    def dreamshaper(self) -> Dreamshaper:
        """Dreamshaper (`fal-ai/dreamshaper`)."""
    @property
    def dwpose(self) -> Dwpose:
        """Dwpose (`fal-ai/dwpose`)."""
    @property
    def emu_3_5_image(self) -> _NS_emu_3_5_image:
        """Endpoints under `client.emu_3_5_image`."""
    @property
    def era_3d(self) -> Era3d:
        """Era 3d (`fal-ai/era-3d`)."""
    @property
    def ernie_image(self) -> _NS_ernie_imageEndpoint:
        """Ernie Image (`fal-ai/ernie-image`) and the endpoints under it."""
    @property
    def esrgan(self) -> Esrgan:
        """Esrgan (`fal-ai/esrgan`)."""
    @property
    def evf_sam(self) -> EvfSam:
        """Evf Sam (`fal-ai/evf-sam`)."""
    @property
    def f_lite(self) -> _NS_f_lite:
        """Endpoints under `client.f_lite`."""
    @property
    def face_to_sticker(self) -> FaceToSticker:
        """Face To Sticker (`fal-ai/face-to-sticker`)."""
    @property
    def fashn(self) -> _NS_fashn:
        """Endpoints under `client.fashn`."""
    @property
    def fast_fooocus_sdxl(self) -> _NS_fast_fooocus_sdxlEndpoint:
        """Fast Fooocus Sdxl (`fal-ai/fast-fooocus-sdxl`) and the endpoints under it."""
    @property
    def fast_lcm_diffusion(self) -> _NS_fast_lcm_diffusionEndpoint:
        """Fast Lcm Diffusion (`fal-ai/fast-lcm-diffusion`) and the endpoints under it."""
    @property
    def fast_lightning_sdxl(self) -> _NS_fast_lightning_sdxlEndpoint:
        """Fast Lightning Sdxl (`fal-ai/fast-lightning-sdxl`) and the endpoints under it."""
    @property
    def fast_sdxl(self) -> _NS_fast_sdxlEndpoint:
        """Fast Sdxl (`fal-ai/fast-sdxl`) and the endpoints under it."""
    @property
    def fast_sdxl_controlnet_canny(self) -> _NS_fast_sdxl_controlnet_cannyEndpoint:
        """Fast Sdxl Controlnet Canny (`fal-ai/fast-sdxl-controlnet-canny`) and the endpoints
        under it.
        """
    @property
    def firered_image_edit(self) -> FireredImageEdit:
        """Firered Image Edit (`fal-ai/firered-image-edit`)."""
    @property
    def firered_image_edit_v1_1(self) -> FireredImageEditV1_1:
        """Firered Image Edit V1.1 (`fal-ai/firered-image-edit-v1.1`)."""
    @property
    def florence_2_large(self) -> _NS_florence_2_large:
        """Endpoints under `client.florence_2_large`."""
    @property
    def flowedit(self) -> Flowedit:
        """Flowedit (`fal-ai/flowedit`)."""
    @property
    def flux(self) -> _NS_flux:
        """Endpoints under `client.flux`."""
    @property
    def flux_1(self) -> _NS_flux_1:
        """Endpoints under `client.flux_1`."""
    @property
    def flux_2(self) -> _NS_flux_2Endpoint:
        """Flux 2 (`fal-ai/flux-2`) and the endpoints under it."""
    @property
    def flux_2_flex(self) -> _NS_flux_2_flexEndpoint:
        """Flux 2 Flex (`fal-ai/flux-2-flex`) and the endpoints under it."""
    @property
    def flux_2_lora_gallery(self) -> _NS_flux_2_lora_gallery:
        """Endpoints under `client.flux_2_lora_gallery`."""
    @property
    def flux_2_max(self) -> _NS_flux_2_maxEndpoint:
        """Flux 2 Max (`fal-ai/flux-2-max`) and the endpoints under it."""
    @property
    def flux_2_pro(self) -> _NS_flux_2_proEndpoint:
        """Flux 2 Pro (`fal-ai/flux-2-pro`) and the endpoints under it."""
    @property
    def flux_control_lora_canny(self) -> _NS_flux_control_lora_cannyEndpoint:
        """Flux Control Lora Canny (`fal-ai/flux-control-lora-canny`) and the endpoints under it."""
    @property
    def flux_control_lora_depth(self) -> _NS_flux_control_lora_depthEndpoint:
        """Flux Control Lora Depth (`fal-ai/flux-control-lora-depth`) and the endpoints under it."""
    @property
    def flux_differential_diffusion(self) -> FluxDifferentialDiffusion:
        """Flux Differential Diffusion (`fal-ai/flux-differential-diffusion`)."""
    @property
    def flux_general(self) -> _NS_flux_generalEndpoint:
        """Flux General (`fal-ai/flux-general`) and the endpoints under it."""
    @property
    def flux_kontext(self) -> _NS_flux_kontext:
        """Endpoints under `client.flux_kontext`."""
    @property
    def flux_kontext_lora(self) -> _NS_flux_kontext_loraEndpoint:
        """Flux Kontext Lora (`fal-ai/flux-kontext-lora`) and the endpoints under it."""
    @property
    def flux_krea_lora(self) -> _NS_flux_krea_loraEndpoint:
        """Flux Krea Lora (`fal-ai/flux-krea-lora`) and the endpoints under it."""
    @property
    def flux_lora(self) -> _NS_flux_loraEndpoint:
        """Flux Lora (`fal-ai/flux-lora`) and the endpoints under it."""
    @property
    def flux_lora_canny(self) -> FluxLoraCanny:
        """Flux Lora Canny (`fal-ai/flux-lora-canny`)."""
    @property
    def flux_lora_depth(self) -> FluxLoraDepth:
        """Flux Lora Depth (`fal-ai/flux-lora-depth`)."""
    @property
    def flux_lora_fill(self) -> FluxLoraFill:
        """Flux Lora Fill (`fal-ai/flux-lora-fill`)."""
    @property
    def flux_pro(self) -> _NS_flux_pro:
        """Endpoints under `client.flux_pro`."""
    @property
    def flux_pulid(self) -> FluxPulid:
        """Flux Pulid (`fal-ai/flux-pulid`)."""
    @property
    def flux_subject(self) -> FluxSubject:
        """Flux Subject (`fal-ai/flux-subject`)."""
    @property
    def flux_vision_upscaler(self) -> FluxVisionUpscaler:
        """Flux Vision Upscaler (`fal-ai/flux-vision-upscaler`)."""
    @property
    def fooocus(self) -> _NS_fooocusEndpoint:
        """Fooocus (`fal-ai/fooocus`) and the endpoints under it."""
    @property
    def gemini_25_flash_image(self) -> _NS_gemini_25_flash_imageEndpoint:
        """Gemini 25 Flash Image (`fal-ai/gemini-25-flash-image`) and the endpoints under it."""
    @property
    def gemini_3_1_flash_image_preview(self) -> _NS_gemini_3_1_flash_image_previewEndpoint:
        """Gemini 3.1 Flash Image Preview (`fal-ai/gemini-3.1-flash-image-preview`) and the
        endpoints under it.
        """
    @property
    def gemini_3_pro_image_preview(self) -> _NS_gemini_3_pro_image_previewEndpoint:
        """Gemini 3 Pro Image Preview (`fal-ai/gemini-3-pro-image-preview`) and the endpoints
        under it.
        """
    @property
    def genfocus(self) -> _NS_genfocusEndpoint:
        """Genfocus (`fal-ai/genfocus`) and the endpoints under it."""
    @property
    def ghiblify(self) -> Ghiblify:
        """Ghiblify (`fal-ai/ghiblify`)."""
    @property
    def glm_image(self) -> _NS_glm_imageEndpoint:
        """Glm Image (`fal-ai/glm-image`) and the endpoints under it."""
    @property
    def gpt_image_1(self) -> _NS_gpt_image_1:
        """Endpoints under `client.gpt_image_1`."""
    @property
    def gpt_image_1_5(self) -> _NS_gpt_image_1_5Endpoint:
        """Gpt Image 1.5 (`fal-ai/gpt-image-1.5`) and the endpoints under it."""
    @property
    def gpt_image_1_mini(self) -> _NS_gpt_image_1_miniEndpoint:
        """Gpt Image 1 Mini (`fal-ai/gpt-image-1-mini`) and the endpoints under it."""
    @property
    def hidream_e1_1(self) -> HidreamE1_1:
        """Hidream E1 1 (`fal-ai/hidream-e1-1`)."""
    @property
    def hidream_i1_dev(self) -> HidreamI1Dev:
        """Hidream I1 Dev (`fal-ai/hidream-i1-dev`)."""
    @property
    def hidream_i1_fast(self) -> HidreamI1Fast:
        """Hidream I1 Fast (`fal-ai/hidream-i1-fast`)."""
    @property
    def hidream_i1_full(self) -> _NS_hidream_i1_fullEndpoint:
        """Hidream I1 Full (`fal-ai/hidream-i1-full`) and the endpoints under it."""
    @property
    def hidream_o1_image(self) -> _NS_hidream_o1_imageEndpoint:
        """Hidream O1 Image (`fal-ai/hidream-o1-image`) and the endpoints under it."""
    @property
    def hunyuan_image(self) -> _NS_hunyuan_image:
        """Endpoints under `client.hunyuan_image`."""
    @property
    def hunyuan_world(self) -> HunyuanWorld:
        """Hunyuan World (`fal-ai/hunyuan_world`)."""
    @property
    def hy_wu_edit(self) -> HyWuEdit:
        """Hy Wu Edit (`fal-ai/hy-wu-edit`)."""
    @property
    def iclight_v2(self) -> IclightV2:
        """Iclight V2 (`fal-ai/iclight-v2`)."""
    @property
    def ideogram(self) -> _NS_ideogram:
        """Endpoints under `client.ideogram`."""
    @property
    def illusion_diffusion(self) -> IllusionDiffusion:
        """Illusion Diffusion (`fal-ai/illusion-diffusion`)."""
    @property
    def image2pixel(self) -> Image2pixel:
        """Image2pixel (`fal-ai/image2pixel`)."""
    @property
    def image2svg(self) -> Image2svg:
        """Image2svg (`fal-ai/image2svg`)."""
    @property
    def image_apps_v2(self) -> _NS_image_apps_v2:
        """Endpoints under `client.image_apps_v2`."""
    @property
    def image_editing(self) -> _NS_image_editing:
        """Endpoints under `client.image_editing`."""
    @property
    def image_preprocessors(self) -> _NS_image_preprocessors:
        """Endpoints under `client.image_preprocessors`."""
    @property
    def imagen3(self) -> _NS_imagen3Endpoint:
        """Imagen3 (`fal-ai/imagen3`) and the endpoints under it."""
    @property
    def imagen4(self) -> _NS_imagen4:
        """Endpoints under `client.imagen4`."""
    @property
    def imageutils(self) -> _NS_imageutils:
        """Endpoints under `client.imageutils`."""
    @property
    def imagineart(self) -> _NS_imagineart:
        """Endpoints under `client.imagineart`."""
    @property
    def inpaint(self) -> Inpaint:
        """Inpaint (`fal-ai/inpaint`)."""
    @property
    def instant_character(self) -> InstantCharacter:
        """Instant Character (`fal-ai/instant-character`)."""
    @property
    def invisible_watermark(self) -> InvisibleWatermark:
        """Invisible Watermark (`fal-ai/invisible-watermark`)."""
    @property
    def ip_adapter_face_id(self) -> IpAdapterFaceId:
        """Ip Adapter Face Id (`fal-ai/ip-adapter-face-id`)."""
    @property
    def janus(self) -> Janus:
        """Janus (`fal-ai/janus`)."""
    @property
    def joyai_image_edit(self) -> JoyaiImageEdit:
        """Joyai Image Edit (`fal-ai/joyai-image-edit`)."""
    @property
    def kling(self) -> _NS_kling:
        """Endpoints under `client.kling`."""
    @property
    def kling_image(self) -> _NS_kling_image:
        """Endpoints under `client.kling_image`."""
    @property
    def kolors(self) -> _NS_kolorsEndpoint:
        """Kolors (`fal-ai/kolors`) and the endpoints under it."""
    @property
    def layer_diffusion(self) -> LayerDiffusion:
        """Layer Diffusion (`fal-ai/layer-diffusion`)."""
    @property
    def lcm(self) -> Lcm:
        """Lcm (`fal-ai/lcm`)."""
    @property
    def lcm_sd15_i2i(self) -> LcmSd15I2i:
        """Lcm Sd15 I2i (`fal-ai/lcm-sd15-i2i`)."""
    @property
    def leffa(self) -> _NS_leffa:
        """Endpoints under `client.leffa`."""
    @property
    def lightning_models(self) -> LightningModels:
        """Lightning Models (`fal-ai/lightning-models`)."""
    @property
    def live_portrait(self) -> _NS_live_portrait:
        """Endpoints under `client.live_portrait`."""
    @property
    def longcat_image(self) -> _NS_longcat_imageEndpoint:
        """Longcat Image (`fal-ai/longcat-image`) and the endpoints under it."""
    @property
    def lora(self) -> _NS_loraEndpoint:
        """Lora (`fal-ai/lora`) and the endpoints under it."""
    @property
    def lucidflux(self) -> Lucidflux:
        """Lucidflux (`fal-ai/lucidflux`)."""
    @property
    def luma_photon(self) -> _NS_luma_photonEndpoint:
        """Luma Photon (`fal-ai/luma-photon`) and the endpoints under it."""
    @property
    def lumina_image(self) -> _NS_lumina_image:
        """Endpoints under `client.lumina_image`."""
    @property
    def minimax(self) -> _NS_minimax:
        """Endpoints under `client.minimax`."""
    @property
    def mix_dehaze_net(self) -> MixDehazeNet:
        """Mix Dehaze Net (`fal-ai/mix-dehaze-net`)."""
    @property
    def moondream3_preview(self) -> _NS_moondream3_preview:
        """Endpoints under `client.moondream3_preview`."""
    @property
    def moondream_next(self) -> _NS_moondream_next:
        """Endpoints under `client.moondream_next`."""
    @property
    def nafnet(self) -> _NS_nafnet:
        """Endpoints under `client.nafnet`."""
    @property
    def nano_banana(self) -> _NS_nano_bananaEndpoint:
        """Nano Banana (`fal-ai/nano-banana`) and the endpoints under it."""
    @property
    def nano_banana_2(self) -> _NS_nano_banana_2Endpoint:
        """Nano Banana 2 (`fal-ai/nano-banana-2`) and the endpoints under it."""
    @property
    def nano_banana_pro(self) -> _NS_nano_banana_proEndpoint:
        """Nano Banana Pro (`fal-ai/nano-banana-pro`) and the endpoints under it."""
    @property
    def nucleus_image(self) -> NucleusImage:
        """Nucleus Image (`fal-ai/nucleus-image`)."""
    @property
    def object_removal(self) -> _NS_object_removalEndpoint:
        """Object Removal (`fal-ai/object-removal`) and the endpoints under it."""
    @property
    def omni_zero(self) -> OmniZero:
        """Omni Zero (`fal-ai/omni-zero`)."""
    @property
    def omnigen_v1(self) -> OmnigenV1:
        """Omnigen V1 (`fal-ai/omnigen-v1`)."""
    @property
    def omnigen_v2(self) -> OmnigenV2:
        """Omnigen V2 (`fal-ai/omnigen-v2`)."""
    @property
    def onereward(self) -> Onereward:
        """Onereward (`fal-ai/onereward`)."""
    @property
    def openai(self) -> _NS_openai:
        """Endpoints under `client.openai`."""
    @property
    def ovis_image(self) -> OvisImage:
        """Ovis Image (`fal-ai/ovis-image`)."""
    @property
    def pasd(self) -> Pasd:
        """Pasd (`fal-ai/pasd`)."""
    @property
    def patina(self) -> _NS_patinaEndpoint:
        """Patina (`fal-ai/patina`) and the endpoints under it."""
    @property
    def phota(self) -> _NS_photaEndpoint:
        """Phota (`fal-ai/phota`) and the endpoints under it."""
    @property
    def photomaker(self) -> Photomaker:
        """Photomaker (`fal-ai/photomaker`)."""
    @property
    def physic_edit(self) -> PhysicEdit:
        """Physic Edit (`fal-ai/physic-edit`)."""
    @property
    def piflow(self) -> Piflow:
        """Piflow (`fal-ai/piflow`)."""
    @property
    def pixart_sigma(self) -> PixartSigma:
        """Pixart Sigma (`fal-ai/pixart-sigma`)."""
    @property
    def pixelcut(self) -> _NS_pixelcut:
        """Endpoints under `client.pixelcut`."""
    @property
    def playground_v25(self) -> _NS_playground_v25Endpoint:
        """Playground V25 (`fal-ai/playground-v25`) and the endpoints under it."""
    @property
    def plushify(self) -> Plushify:
        """Plushify (`fal-ai/plushify`)."""
    @property
    def pony_v7(self) -> PonyV7:
        """Pony V7 (`fal-ai/pony-v7`)."""
    @property
    def post_processing(self) -> _NS_post_processingEndpoint:
        """Post Processing (`fal-ai/post-processing`) and the endpoints under it."""
    @property
    def pulid(self) -> Pulid:
        """Pulid (`fal-ai/pulid`)."""
    @property
    def qwen_image(self) -> _NS_qwen_imageEndpoint:
        """Qwen Image (`fal-ai/qwen-image`) and the endpoints under it."""
    @property
    def qwen_image_2(self) -> _NS_qwen_image_2:
        """Endpoints under `client.qwen_image_2`."""
    @property
    def qwen_image_2512(self) -> _NS_qwen_image_2512Endpoint:
        """Qwen Image 2512 (`fal-ai/qwen-image-2512`) and the endpoints under it."""
    @property
    def qwen_image_edit(self) -> _NS_qwen_image_edit:
        """Endpoints under `client.qwen_image_edit`."""
    @property
    def qwen_image_edit_2509(self) -> QwenImageEdit2509:
        """Qwen Image Edit 2509 (`fal-ai/qwen-image-edit-2509`)."""
    @property
    def qwen_image_edit_2509_lora(self) -> QwenImageEdit2509Lora:
        """Qwen Image Edit 2509 Lora (`fal-ai/qwen-image-edit-2509-lora`)."""
    @property
    def qwen_image_edit_2509_lora_gallery(self) -> _NS_qwen_image_edit_2509_lora_gallery:
        """Endpoints under `client.qwen_image_edit_2509_lora_gallery`."""
    @property
    def qwen_image_edit_2511(self) -> _NS_qwen_image_edit_2511Endpoint:
        """Qwen Image Edit 2511 (`fal-ai/qwen-image-edit-2511`) and the endpoints under it."""
    @property
    def qwen_image_edit_2511_multiple_angles(self) -> QwenImageEdit2511MultipleAngles:
        """Qwen Image Edit 2511 Multiple Angles (`fal-ai/qwen-image-edit-2511-multiple-angles`)."""
    @property
    def qwen_image_edit_lora(self) -> QwenImageEditLora:
        """Qwen Image Edit Lora (`fal-ai/qwen-image-edit-lora`)."""
    @property
    def qwen_image_edit_plus(self) -> QwenImageEditPlus:
        """Qwen Image Edit Plus (`fal-ai/qwen-image-edit-plus`)."""
    @property
    def qwen_image_edit_plus_lora(self) -> QwenImageEditPlusLora:
        """Qwen Image Edit Plus Lora (`fal-ai/qwen-image-edit-plus-lora`)."""
    @property
    def qwen_image_edit_plus_lora_gallery(self) -> _NS_qwen_image_edit_plus_lora_gallery:
        """Endpoints under `client.qwen_image_edit_plus_lora_gallery`."""
    @property
    def qwen_image_layered(self) -> _NS_qwen_image_layeredEndpoint:
        """Qwen Image Layered (`fal-ai/qwen-image-layered`) and the endpoints under it."""
    @property
    def qwen_image_max(self) -> _NS_qwen_image_max:
        """Endpoints under `client.qwen_image_max`."""
    @property
    def realistic_vision(self) -> RealisticVision:
        """Realistic Vision (`fal-ai/realistic-vision`)."""
    @property
    def recraft(self) -> _NS_recraft:
        """Endpoints under `client.recraft`."""
    @property
    def recraft_20b(self) -> Recraft20b:
        """Recraft 20b (`fal-ai/recraft-20b`)."""
    @property
    def retoucher(self) -> Retoucher:
        """Retoucher (`fal-ai/retoucher`)."""
    @property
    def rife(self) -> Rife:
        """Rife (`fal-ai/rife`)."""
    @property
    def rundiffusion_fal(self) -> _NS_rundiffusion_fal:
        """Endpoints under `client.rundiffusion_fal`."""
    @property
    def sam2(self) -> _NS_sam2:
        """Endpoints under `client.sam2`."""
    @property
    def sam_3(self) -> _NS_sam_3:
        """Endpoints under `client.sam_3`."""
    @property
    def sam_3_1(self) -> _NS_sam_3_1:
        """Endpoints under `client.sam_3_1`."""
    @property
    def sana(self) -> _NS_sanaEndpoint:
        """Sana (`fal-ai/sana`) and the endpoints under it."""
    @property
    def sd15_depth_controlnet(self) -> Sd15DepthControlnet:
        """Sd15 Depth Controlnet (`fal-ai/sd15-depth-controlnet`)."""
    @property
    def sdxl_controlnet_union(self) -> _NS_sdxl_controlnet_unionEndpoint:
        """Sdxl Controlnet Union (`fal-ai/sdxl-controlnet-union`) and the endpoints under it."""
    @property
    def seedvr(self) -> _NS_seedvr:
        """Endpoints under `client.seedvr`."""
    @property
    def smart_resize(self) -> SmartResize:
        """Smart Resize (`fal-ai/smart-resize`)."""
    @property
    def smoretalk_ai(self) -> _NS_smoretalk_ai:
        """Endpoints under `client.smoretalk_ai`."""
    @property
    def stable_cascade(self) -> _NS_stable_cascadeEndpoint:
        """Stable Cascade (`fal-ai/stable-cascade`) and the endpoints under it."""
    @property
    def stable_diffusion_v15(self) -> StableDiffusionV15:
        """Stable Diffusion V15 (`fal-ai/stable-diffusion-v15`)."""
    @property
    def stable_diffusion_v35_large(self) -> StableDiffusionV35Large:
        """Stable Diffusion V35 Large (`fal-ai/stable-diffusion-v35-large`)."""
    @property
    def stable_diffusion_v35_medium(self) -> StableDiffusionV35Medium:
        """Stable Diffusion V35 Medium (`fal-ai/stable-diffusion-v35-medium`)."""
    @property
    def stable_diffusion_v3_medium(self) -> _NS_stable_diffusion_v3_mediumEndpoint:
        """Stable Diffusion V3 Medium (`fal-ai/stable-diffusion-v3-medium`) and the endpoints
        under it.
        """
    @property
    def star_vector(self) -> StarVector:
        """Star Vector (`fal-ai/star-vector`)."""
    @property
    def step1x_edit(self) -> Step1xEdit:
        """Step1x Edit (`fal-ai/step1x-edit`)."""
    @property
    def stepx_edit2(self) -> StepxEdit2:
        """Stepx Edit2 (`fal-ai/stepx-edit2`)."""
    @property
    def swin2sr(self) -> Swin2sr:
        """Swin2sr (`fal-ai/swin2sr`)."""
    @property
    def switti(self) -> _NS_swittiEndpoint:
        """Switti (`fal-ai/switti`) and the endpoints under it."""
    @property
    def thera(self) -> Thera:
        """Thera (`fal-ai/thera`)."""
    @property
    def topaz(self) -> _NS_topaz:
        """Endpoints under `client.topaz`."""
    @property
    def uno(self) -> Uno:
        """Uno (`fal-ai/uno`)."""
    @property
    def uso(self) -> Uso:
        """Uso (`fal-ai/uso`)."""
    @property
    def vecglypher(self) -> _NS_vecglypherEndpoint:
        """Vecglypher (`fal-ai/vecglypher`) and the endpoints under it."""
    @property
    def vidu(self) -> _NS_vidu:
        """Endpoints under `client.vidu`."""
    @property
    def wan(self) -> _NS_wan:
        """Endpoints under `client.wan`."""
    @property
    def wan_25_preview(self) -> _NS_wan_25_preview:
        """Endpoints under `client.wan_25_preview`."""
    @property
    def workflow_utilities(self) -> _NS_workflow_utilities:
        """Endpoints under `client.workflow_utilities`."""
    @property
    def xai(self) -> _NS_xai:
        """Endpoints under `client.xai`."""
    @property
    def z_image(self) -> _NS_z_image:
        """Endpoints under `client.z_image`."""
    @overload
    def endpoint(self, endpoint_id: Literal["bria/embed-product"]) -> BriaEmbedProduct: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-bbq-preview/generate"]
    ) -> BriaFiboBbqPreviewGenerate: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/add_object_by_text"]
    ) -> BriaFiboEditAddObjectByText: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/fibo-edit/blend"]) -> BriaFiboEditBlend: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/fibo-edit/colorize"]) -> BriaFiboEditColorize: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/fibo-edit/edit"]) -> BriaFiboEditEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/erase_by_text"]
    ) -> BriaFiboEditEraseByText: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/fibo-edit/relight"]) -> BriaFiboEditRelight: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/replace_object_by_text"]
    ) -> BriaFiboEditReplaceObjectByText: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/fibo-edit/reseason"]) -> BriaFiboEditReseason: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/fibo-edit/restore"]) -> BriaFiboEditRestore: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/fibo-edit/restyle"]) -> BriaFiboEditRestyle: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/rewrite_text"]
    ) -> BriaFiboEditRewriteText: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/sketch_to_colored_image"]
    ) -> BriaFiboEditSketchToColoredImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/fibo-lite/generate"]) -> BriaFiboLiteGenerate: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/fibo/generate"]) -> BriaFiboGenerate: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/reimagine/3.2"]) -> BriaReimagine3_2: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/replace-background"]
    ) -> BriaReplaceBackground: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/upscale/creative"]) -> BriaUpscaleCreative: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["clarityai/crystal-upscaler"]
    ) -> ClarityaiCrystalUpscaler: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/aura-flow"]) -> AuraFlow: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/aura-sr"]) -> AuraSr: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bagel"]) -> Bagel: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bagel/edit"]) -> BagelEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ben/v2/image"]) -> BenV2Image: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bitdance"]) -> Bitdance: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bria/background/remove"]
    ) -> BriaBackgroundRemove: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bria/background/replace"]
    ) -> BriaBackgroundReplace: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bria/eraser"]) -> BriaEraser: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bria/expand"]) -> BriaExpand: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bria/genfill"]) -> BriaGenfill: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bria/product-shot"]) -> BriaProductShot: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bria/reimagine"]) -> BriaReimagine: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bria/text-to-image/base"]
    ) -> BriaTextToImageBase: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bria/text-to-image/fast"]
    ) -> BriaTextToImageFast: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bria/text-to-image/hd"]
    ) -> BriaTextToImageHd: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/dreamina/v3.1/text-to-image"]
    ) -> BytedanceDreaminaV3_1TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v3/text-to-image"]
    ) -> BytedanceSeedreamV3TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v4.5/edit"]
    ) -> BytedanceSeedreamV4_5Edit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v4.5/text-to-image"]
    ) -> BytedanceSeedreamV4_5TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v4/text-to-image"]
    ) -> BytedanceSeedreamV4TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v5/lite/edit"]
    ) -> BytedanceSeedreamV5LiteEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v5/lite/text-to-image"]
    ) -> BytedanceSeedreamV5LiteTextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/cartoonify"]) -> Cartoonify: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/cat-vton"]) -> CatVton: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ccsr"]) -> Ccsr: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/chain-of-zoom"]) -> ChainOfZoom: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/chrono-edit-lora-gallery/paintbrush"]
    ) -> ChronoEditLoraGalleryPaintbrush: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/chrono-edit-lora-gallery/upscaler"]
    ) -> ChronoEditLoraGalleryUpscaler: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/chrono-edit-lora"]) -> ChronoEditLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/chrono-edit"]) -> ChronoEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/clarity-upscaler"]) -> ClarityUpscaler: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/codeformer"]) -> Codeformer: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/cogview4"]) -> Cogview4: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/creative-upscaler"]) -> CreativeUpscaler: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ddcolor"]) -> Ddcolor: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/docres"]) -> Docres: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/docres/dewarp"]) -> DocresDewarp: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/drct-super-resolution"]
    ) -> DrctSuperResolution: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/dreamo"]) -> Dreamo: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/dreamomni2/edit"]) -> Dreamomni2Edit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/dreamshaper"]) -> Dreamshaper: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/dwpose"]) -> Dwpose: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/emu-3.5-image/edit-image"]
    ) -> Emu3_5ImageEditImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/emu-3.5-image/text-to-image"]
    ) -> Emu3_5ImageTextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/era-3d"]) -> Era3d: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ernie-image"]) -> ErnieImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ernie-image/lora"]) -> ErnieImageLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ernie-image/lora/turbo"]
    ) -> ErnieImageLoraTurbo: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ernie-image/turbo"]) -> ErnieImageTurbo: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/esrgan"]) -> Esrgan: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/evf-sam"]) -> EvfSam: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/f-lite/standard"]) -> FLiteStandard: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/f-lite/texture"]) -> FLiteTexture: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/face-to-sticker"]) -> FaceToSticker: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fashn/tryon/v1.5"]) -> FashnTryonV1_5: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fashn/tryon/v1.6"]) -> FashnTryonV1_6: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fast-fooocus-sdxl"]) -> FastFooocusSdxl: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-fooocus-sdxl/image-to-image"]
    ) -> FastFooocusSdxlImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fast-lcm-diffusion"]) -> FastLcmDiffusion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-lcm-diffusion/image-to-image"]
    ) -> FastLcmDiffusionImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-lcm-diffusion/inpainting"]
    ) -> FastLcmDiffusionInpainting: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fast-lightning-sdxl"]) -> FastLightningSdxl: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-lightning-sdxl/image-to-image"]
    ) -> FastLightningSdxlImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-lightning-sdxl/inpainting"]
    ) -> FastLightningSdxlInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-sdxl-controlnet-canny"]
    ) -> FastSdxlControlnetCanny: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-sdxl-controlnet-canny/image-to-image"]
    ) -> FastSdxlControlnetCannyImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-sdxl-controlnet-canny/inpainting"]
    ) -> FastSdxlControlnetCannyInpainting: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fast-sdxl"]) -> FastSdxl: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-sdxl/image-to-image"]
    ) -> FastSdxlImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-sdxl/inpainting"]
    ) -> FastSdxlInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/firered-image-edit-v1.1"]
    ) -> FireredImageEditV1_1: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/firered-image-edit"]) -> FireredImageEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/caption-to-phrase-grounding"]
    ) -> Florence2LargeCaptionToPhraseGrounding: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/dense-region-caption"]
    ) -> Florence2LargeDenseRegionCaption: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/object-detection"]
    ) -> Florence2LargeObjectDetection: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/ocr-with-region"]
    ) -> Florence2LargeOcrWithRegion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/open-vocabulary-detection"]
    ) -> Florence2LargeOpenVocabularyDetection: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/referring-expression-segmentation"]
    ) -> Florence2LargeReferringExpressionSegmentation: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/region-proposal"]
    ) -> Florence2LargeRegionProposal: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/region-to-segmentation"]
    ) -> Florence2LargeRegionToSegmentation: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flowedit"]) -> Flowedit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-1/dev"]) -> Flux1Dev: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-1/dev/image-to-image"]
    ) -> Flux1DevImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-1/dev/redux"]) -> Flux1DevRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-1/krea"]) -> Flux1Krea: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-1/krea/image-to-image"]
    ) -> Flux1KreaImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-1/krea/redux"]) -> Flux1KreaRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-1/schnell"]) -> Flux1Schnell: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-1/schnell/redux"]
    ) -> Flux1SchnellRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-1/srpo"]) -> Flux1Srpo: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-1/srpo/image-to-image"]
    ) -> Flux1SrpoImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2-flex"]) -> Flux2Flex: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2-flex/edit"]) -> Flux2FlexEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/add-background"]
    ) -> Flux2LoraGalleryAddBackground: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/apartment-staging"]
    ) -> Flux2LoraGalleryApartmentStaging: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/ballpoint-pen-sketch"]
    ) -> Flux2LoraGalleryBallpointPenSketch: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/digital-comic-art"]
    ) -> Flux2LoraGalleryDigitalComicArt: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/face-to-full-portrait"]
    ) -> Flux2LoraGalleryFaceToFullPortrait: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/hdr-style"]
    ) -> Flux2LoraGalleryHdrStyle: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/multiple-angles"]
    ) -> Flux2LoraGalleryMultipleAngles: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/realism"]
    ) -> Flux2LoraGalleryRealism: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/satellite-view-style"]
    ) -> Flux2LoraGallerySatelliteViewStyle: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/sepia-vintage"]
    ) -> Flux2LoraGallerySepiaVintage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/virtual-tryon"]
    ) -> Flux2LoraGalleryVirtualTryon: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2-max"]) -> Flux2Max: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2-max/edit"]) -> Flux2MaxEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2-pro"]) -> Flux2Pro: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2-pro/edit"]) -> Flux2ProEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2"]) -> Flux2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/edit"]) -> Flux2Edit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/flash"]) -> Flux2Flash: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/flash/edit"]) -> Flux2FlashEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/klein/4b"]) -> Flux2Klein4b: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/base"]) -> Flux2Klein4bBase: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/base/edit"]
    ) -> Flux2Klein4bBaseEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/base/edit/lora"]
    ) -> Flux2Klein4bBaseEditLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/base/lora"]
    ) -> Flux2Klein4bBaseLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/edit"]) -> Flux2Klein4bEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/edit/lora"]
    ) -> Flux2Klein4bEditLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/lora"]) -> Flux2Klein4bLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/klein/9b"]) -> Flux2Klein9b: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/base"]) -> Flux2Klein9bBase: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/base/edit"]
    ) -> Flux2Klein9bBaseEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/base/edit/lora"]
    ) -> Flux2Klein9bBaseEditLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/base/lora"]
    ) -> Flux2Klein9bBaseLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/edit"]) -> Flux2Klein9bEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/edit/lora"]
    ) -> Flux2Klein9bEditLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/lora"]) -> Flux2Klein9bLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/realtime"]
    ) -> Flux2KleinRealtime: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/lora"]) -> Flux2Lora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/lora/edit"]) -> Flux2LoraEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/turbo"]) -> Flux2Turbo: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/turbo/edit"]) -> Flux2TurboEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-control-lora-canny"]
    ) -> FluxControlLoraCanny: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-control-lora-canny/image-to-image"]
    ) -> FluxControlLoraCannyImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-control-lora-depth"]
    ) -> FluxControlLoraDepth: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-control-lora-depth/image-to-image"]
    ) -> FluxControlLoraDepthImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-differential-diffusion"]
    ) -> FluxDifferentialDiffusion: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-general"]) -> FluxGeneral: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-general/differential-diffusion"]
    ) -> FluxGeneralDifferentialDiffusion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-general/image-to-image"]
    ) -> FluxGeneralImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-general/inpainting"]
    ) -> FluxGeneralInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-general/rf-inversion"]
    ) -> FluxGeneralRfInversion: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-kontext-lora"]) -> FluxKontextLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-kontext-lora/inpaint"]
    ) -> FluxKontextLoraInpaint: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-kontext-lora/text-to-image"]
    ) -> FluxKontextLoraTextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-kontext/dev"]) -> FluxKontextDev: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-krea-lora"]) -> FluxKreaLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-krea-lora/image-to-image"]
    ) -> FluxKreaLoraImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-krea-lora/inpainting"]
    ) -> FluxKreaLoraInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-krea-lora/stream"]
    ) -> FluxKreaLoraStream: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-lora-canny"]) -> FluxLoraCanny: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-lora-depth"]) -> FluxLoraDepth: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-lora-fill"]) -> FluxLoraFill: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-lora"]) -> FluxLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-lora/image-to-image"]
    ) -> FluxLoraImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-lora/inpainting"]
    ) -> FluxLoraInpainting: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-lora/stream"]) -> FluxLoraStream: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-pro/kontext"]) -> FluxProKontext: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/kontext/max"]
    ) -> FluxProKontextMax: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/kontext/max/multi"]
    ) -> FluxProKontextMaxMulti: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/kontext/max/text-to-image"]
    ) -> FluxProKontextMaxTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/kontext/multi"]
    ) -> FluxProKontextMulti: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/kontext/text-to-image"]
    ) -> FluxProKontextTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/v1.1-ultra-finetuned"]
    ) -> FluxProV1_1UltraFinetuned: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/v1.1-ultra/redux"]
    ) -> FluxProV1_1UltraRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-pro/v1.1"]) -> FluxProV1_1: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-pro/v1.1/redux"]) -> FluxProV1_1Redux: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/v1/fill-finetuned"]
    ) -> FluxProV1FillFinetuned: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-pro/v1/fill"]) -> FluxProV1Fill: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-pulid"]) -> FluxPulid: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-subject"]) -> FluxSubject: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-vision-upscaler"]
    ) -> FluxVisionUpscaler: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux/dev/image-to-image"]
    ) -> FluxDevImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux/dev/redux"]) -> FluxDevRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux/krea"]) -> FluxKrea: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux/krea/image-to-image"]
    ) -> FluxKreaImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux/krea/redux"]) -> FluxKreaRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux/schnell"]) -> FluxSchnell: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux/schnell/redux"]) -> FluxSchnellRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux/srpo"]) -> FluxSrpo: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux/srpo/image-to-image"]
    ) -> FluxSrpoImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fooocus"]) -> Fooocus: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fooocus/image-prompt"]
    ) -> FooocusImagePrompt: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fooocus/inpaint"]) -> FooocusInpaint: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fooocus/upscale-or-vary"]
    ) -> FooocusUpscaleOrVary: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gemini-25-flash-image"]
    ) -> Gemini25FlashImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gemini-25-flash-image/edit"]
    ) -> Gemini25FlashImageEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gemini-3-pro-image-preview"]
    ) -> Gemini3ProImagePreview: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gemini-3-pro-image-preview/edit"]
    ) -> Gemini3ProImagePreviewEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gemini-3.1-flash-image-preview"]
    ) -> Gemini3_1FlashImagePreview: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gemini-3.1-flash-image-preview/edit"]
    ) -> Gemini3_1FlashImagePreviewEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/genfocus"]) -> Genfocus: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/genfocus/all-in-focus"]
    ) -> GenfocusAllInFocus: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ghiblify"]) -> Ghiblify: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/glm-image"]) -> GlmImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/glm-image/image-to-image"]
    ) -> GlmImageImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/gpt-image-1-mini"]) -> GptImage1Mini: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gpt-image-1-mini/edit"]
    ) -> GptImage1MiniEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/gpt-image-1.5"]) -> GptImage1_5: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/gpt-image-1.5/edit"]) -> GptImage1_5Edit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gpt-image-1/edit-image"]
    ) -> GptImage1EditImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gpt-image-1/text-to-image/byok"]
    ) -> GptImage1TextToImageByok: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hidream-e1-1"]) -> HidreamE1_1: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hidream-i1-dev"]) -> HidreamI1Dev: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hidream-i1-fast"]) -> HidreamI1Fast: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hidream-i1-full"]) -> HidreamI1Full: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hidream-i1-full/image-to-image"]
    ) -> HidreamI1FullImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hidream-o1-image"]) -> HidreamO1Image: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hidream-o1-image/dev"]
    ) -> HidreamO1ImageDev: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hidream-o1-image/dev/edit"]
    ) -> HidreamO1ImageDevEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hidream-o1-image/edit"]
    ) -> HidreamO1ImageEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hunyuan-image/v2.1/text-to-image"]
    ) -> HunyuanImageV2_1TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hunyuan-image/v3/instruct/edit"]
    ) -> HunyuanImageV3InstructEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hunyuan-image/v3/instruct/text-to-image"]
    ) -> HunyuanImageV3InstructTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hunyuan-image/v3/text-to-image"]
    ) -> HunyuanImageV3TextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hunyuan_world"]) -> HunyuanWorld: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hy-wu-edit"]) -> HyWuEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/iclight-v2"]) -> IclightV2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/character"]) -> IdeogramCharacter: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/character/edit"]
    ) -> IdeogramCharacterEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/character/remix"]
    ) -> IdeogramCharacterRemix: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/custom-models/generate"]
    ) -> IdeogramCustomModelsGenerate: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/remove-background"]
    ) -> IdeogramRemoveBackground: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/upscale"]) -> IdeogramUpscale: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v2"]) -> IdeogramV2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v2/edit"]) -> IdeogramV2Edit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v2/remix"]) -> IdeogramV2Remix: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v2/turbo"]) -> IdeogramV2Turbo: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v2/turbo/edit"]
    ) -> IdeogramV2TurboEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v2/turbo/remix"]
    ) -> IdeogramV2TurboRemix: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v2a"]) -> IdeogramV2a: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v2a/remix"]) -> IdeogramV2aRemix: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v2a/turbo"]) -> IdeogramV2aTurbo: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v2a/turbo/remix"]
    ) -> IdeogramV2aTurboRemix: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v3"]) -> IdeogramV3: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v3/generate-transparent"]
    ) -> IdeogramV3GenerateTransparent: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v3/layerize-text"]
    ) -> IdeogramV3LayerizeText: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v3/reframe"]) -> IdeogramV3Reframe: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v3/remix"]) -> IdeogramV3Remix: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v3/replace-background"]
    ) -> IdeogramV3ReplaceBackground: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/illusion-diffusion"]) -> IllusionDiffusion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/age-modify"]
    ) -> ImageAppsV2AgeModify: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/city-teleport"]
    ) -> ImageAppsV2CityTeleport: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/expression-change"]
    ) -> ImageAppsV2ExpressionChange: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/hair-change"]
    ) -> ImageAppsV2HairChange: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/headshot-photo"]
    ) -> ImageAppsV2HeadshotPhoto: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/makeup-application"]
    ) -> ImageAppsV2MakeupApplication: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/object-removal"]
    ) -> ImageAppsV2ObjectRemoval: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/outpaint"]
    ) -> ImageAppsV2Outpaint: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/perspective"]
    ) -> ImageAppsV2Perspective: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/photo-restoration"]
    ) -> ImageAppsV2PhotoRestoration: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/photography-effects"]
    ) -> ImageAppsV2PhotographyEffects: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/portrait-enhance"]
    ) -> ImageAppsV2PortraitEnhance: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/product-holding"]
    ) -> ImageAppsV2ProductHolding: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/product-photography"]
    ) -> ImageAppsV2ProductPhotography: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/relighting"]
    ) -> ImageAppsV2Relighting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/style-transfer"]
    ) -> ImageAppsV2StyleTransfer: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/texture-transform"]
    ) -> ImageAppsV2TextureTransform: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/virtual-try-on"]
    ) -> ImageAppsV2VirtualTryOn: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/age-progression"]
    ) -> ImageEditingAgeProgression: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/baby-version"]
    ) -> ImageEditingBabyVersion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/background-change"]
    ) -> ImageEditingBackgroundChange: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/broccoli-haircut"]
    ) -> ImageEditingBroccoliHaircut: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/cartoonify"]
    ) -> ImageEditingCartoonify: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/color-correction"]
    ) -> ImageEditingColorCorrection: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/expression-change"]
    ) -> ImageEditingExpressionChange: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/face-enhancement"]
    ) -> ImageEditingFaceEnhancement: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/hair-change"]
    ) -> ImageEditingHairChange: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/object-removal"]
    ) -> ImageEditingObjectRemoval: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/photo-restoration"]
    ) -> ImageEditingPhotoRestoration: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/plushie-style"]
    ) -> ImageEditingPlushieStyle: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/professional-photo"]
    ) -> ImageEditingProfessionalPhoto: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/realism"]
    ) -> ImageEditingRealism: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/reframe"]
    ) -> ImageEditingReframe: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/retouch"]
    ) -> ImageEditingRetouch: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/scene-composition"]
    ) -> ImageEditingSceneComposition: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/style-transfer"]
    ) -> ImageEditingStyleTransfer: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/text-removal"]
    ) -> ImageEditingTextRemoval: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/time-of-day"]
    ) -> ImageEditingTimeOfDay: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/weather-effect"]
    ) -> ImageEditingWeatherEffect: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/wojak-style"]
    ) -> ImageEditingWojakStyle: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/youtube-thumbnails"]
    ) -> ImageEditingYoutubeThumbnails: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/depth-anything/v2"]
    ) -> ImagePreprocessorsDepthAnythingV2: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/hed"]
    ) -> ImagePreprocessorsHed: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/lineart"]
    ) -> ImagePreprocessorsLineart: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/midas"]
    ) -> ImagePreprocessorsMidas: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/mlsd"]
    ) -> ImagePreprocessorsMlsd: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/pidi"]
    ) -> ImagePreprocessorsPidi: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/sam"]
    ) -> ImagePreprocessorsSam: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/scribble"]
    ) -> ImagePreprocessorsScribble: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/teed"]
    ) -> ImagePreprocessorsTeed: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/zoe"]
    ) -> ImagePreprocessorsZoe: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/image2pixel"]) -> Image2pixel: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/image2svg"]) -> Image2svg: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/imagen3"]) -> Imagen3: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/imagen3/fast"]) -> Imagen3Fast: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/imagen4/preview/fast"]
    ) -> Imagen4PreviewFast: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/imagen4/preview/ultra"]
    ) -> Imagen4PreviewUltra: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/imageutils/depth"]) -> ImageutilsDepth: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/imageutils/marigold-depth"]
    ) -> ImageutilsMarigoldDepth: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/imageutils/rembg"]) -> ImageutilsRembg: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/inpaint"]) -> Inpaint: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/instant-character"]) -> InstantCharacter: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/invisible-watermark"]
    ) -> InvisibleWatermark: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ip-adapter-face-id"]) -> IpAdapterFaceId: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/janus"]) -> Janus: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/joyai-image-edit"]) -> JoyaiImageEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/kling-image/o1"]) -> KlingImageO1: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/kling-image/o3/image-to-image"]
    ) -> KlingImageO3ImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/kling-image/o3/text-to-image"]
    ) -> KlingImageO3TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/kling-image/v3/image-to-image"]
    ) -> KlingImageV3ImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/kling-image/v3/text-to-image"]
    ) -> KlingImageV3TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/kling/v1-5/kolors-virtual-try-on"]
    ) -> KlingV1_5KolorsVirtualTryOn: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/kolors"]) -> Kolors: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/kolors/image-to-image"]
    ) -> KolorsImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/layer-diffusion"]) -> LayerDiffusion: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lcm-sd15-i2i"]) -> LcmSd15I2i: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lcm"]) -> Lcm: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/leffa/pose-transfer"]) -> LeffaPoseTransfer: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/leffa/virtual-tryon"]) -> LeffaVirtualTryon: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lightning-models"]) -> LightningModels: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/live-portrait/image"]) -> LivePortraitImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/longcat-image"]) -> LongcatImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/longcat-image/edit"]) -> LongcatImageEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lora"]) -> Lora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lora/image-to-image"]) -> LoraImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lora/inpaint"]) -> LoraInpaint: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lucidflux"]) -> Lucidflux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/luma-photon"]) -> LumaPhoton: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/luma-photon/flash"]) -> LumaPhotonFlash: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/luma-photon/flash/modify"]
    ) -> LumaPhotonFlashModify: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/luma-photon/flash/reframe"]
    ) -> LumaPhotonFlashReframe: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/luma-photon/modify"]) -> LumaPhotonModify: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/luma-photon/reframe"]) -> LumaPhotonReframe: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lumina-image/v2"]) -> LuminaImageV2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/minimax/image-01"]) -> MinimaxImage01: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/minimax/image-01/subject-reference"]
    ) -> MinimaxImage01SubjectReference: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/mix-dehaze-net"]) -> MixDehazeNet: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/moondream-next/detection"]
    ) -> MoondreamNextDetection: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/moondream3-preview/segment"]
    ) -> Moondream3PreviewSegment: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nafnet/deblur"]) -> NafnetDeblur: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nafnet/denoise"]) -> NafnetDenoise: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nano-banana-2"]) -> NanoBanana2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nano-banana-2/edit"]) -> NanoBanana2Edit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nano-banana-pro"]) -> NanoBananaPro: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/nano-banana-pro/edit"]
    ) -> NanoBananaProEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nano-banana"]) -> NanoBanana: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nano-banana/edit"]) -> NanoBananaEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nucleus-image"]) -> NucleusImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/object-removal"]) -> ObjectRemoval: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/object-removal/bbox"]) -> ObjectRemovalBbox: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/object-removal/mask"]) -> ObjectRemovalMask: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/omni-zero"]) -> OmniZero: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/omnigen-v1"]) -> OmnigenV1: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/omnigen-v2"]) -> OmnigenV2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/onereward"]) -> Onereward: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ovis-image"]) -> OvisImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/pasd"]) -> Pasd: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/patina"]) -> Patina: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/patina/material"]) -> PatinaMaterial: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/patina/material/extract"]
    ) -> PatinaMaterialExtract: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/phota"]) -> Phota: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/phota/edit"]) -> PhotaEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/phota/enhance"]) -> PhotaEnhance: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/photomaker"]) -> Photomaker: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/physic-edit"]) -> PhysicEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/piflow"]) -> Piflow: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/pixart-sigma"]) -> PixartSigma: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/playground-v25"]) -> PlaygroundV25: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/playground-v25/image-to-image"]
    ) -> PlaygroundV25ImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/playground-v25/inpainting"]
    ) -> PlaygroundV25Inpainting: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/plushify"]) -> Plushify: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/pony-v7"]) -> PonyV7: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/post-processing"]) -> PostProcessing: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/blur"]
    ) -> PostProcessingBlur: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/chromatic-aberration"]
    ) -> PostProcessingChromaticAberration: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/color-correction"]
    ) -> PostProcessingColorCorrection: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/color-tint"]
    ) -> PostProcessingColorTint: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/desaturate"]
    ) -> PostProcessingDesaturate: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/dissolve"]
    ) -> PostProcessingDissolve: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/dodge-burn"]
    ) -> PostProcessingDodgeBurn: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/grain"]
    ) -> PostProcessingGrain: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/parabolize"]
    ) -> PostProcessingParabolize: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/sharpen"]
    ) -> PostProcessingSharpen: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/solarize"]
    ) -> PostProcessingSolarize: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/vignette"]
    ) -> PostProcessingVignette: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/pulid"]) -> Pulid: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/qwen-image-2512"]) -> QwenImage2512: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-2512/lora"]
    ) -> QwenImage2512Lora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/qwen-image-2/edit"]) -> QwenImage2Edit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-2/pro/edit"]
    ) -> QwenImage2ProEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-2/pro/text-to-image"]
    ) -> QwenImage2ProTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-2/text-to-image"]
    ) -> QwenImage2TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/add-background"]
    ) -> QwenImageEdit2509LoraGalleryAddBackground: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/face-to-full-portrait"]
    ) -> QwenImageEdit2509LoraGalleryFaceToFullPortrait: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/group-photo"]
    ) -> QwenImageEdit2509LoraGalleryGroupPhoto: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/integrate-product"]
    ) -> QwenImageEdit2509LoraGalleryIntegrateProduct: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/lighting-restoration"]
    ) -> QwenImageEdit2509LoraGalleryLightingRestoration: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/multiple-angles"]
    ) -> QwenImageEdit2509LoraGalleryMultipleAngles: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/next-scene"]
    ) -> QwenImageEdit2509LoraGalleryNextScene: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/remove-element"]
    ) -> QwenImageEdit2509LoraGalleryRemoveElement: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/remove-lighting"]
    ) -> QwenImageEdit2509LoraGalleryRemoveLighting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/shirt-design"]
    ) -> QwenImageEdit2509LoraGalleryShirtDesign: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora"]
    ) -> QwenImageEdit2509Lora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509"]
    ) -> QwenImageEdit2509: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2511-multiple-angles"]
    ) -> QwenImageEdit2511MultipleAngles: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2511"]
    ) -> QwenImageEdit2511: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2511/lora"]
    ) -> QwenImageEdit2511Lora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-lora"]
    ) -> QwenImageEditLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/add-background"]
    ) -> QwenImageEditPlusLoraGalleryAddBackground: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/face-to-full-portrait"]
    ) -> QwenImageEditPlusLoraGalleryFaceToFullPortrait: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/group-photo"]
    ) -> QwenImageEditPlusLoraGalleryGroupPhoto: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/integrate-product"]
    ) -> QwenImageEditPlusLoraGalleryIntegrateProduct: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/lighting-restoration"]
    ) -> QwenImageEditPlusLoraGalleryLightingRestoration: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/multiple-angles"]
    ) -> QwenImageEditPlusLoraGalleryMultipleAngles: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/next-scene"]
    ) -> QwenImageEditPlusLoraGalleryNextScene: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/remove-element"]
    ) -> QwenImageEditPlusLoraGalleryRemoveElement: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/remove-lighting"]
    ) -> QwenImageEditPlusLoraGalleryRemoveLighting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/shirt-design"]
    ) -> QwenImageEditPlusLoraGalleryShirtDesign: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora"]
    ) -> QwenImageEditPlusLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus"]
    ) -> QwenImageEditPlus: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit/image-to-image"]
    ) -> QwenImageEditImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit/inpaint"]
    ) -> QwenImageEditInpaint: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/qwen-image-layered"]) -> QwenImageLayered: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-layered/lora"]
    ) -> QwenImageLayeredLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/qwen-image-max/edit"]) -> QwenImageMaxEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-max/text-to-image"]
    ) -> QwenImageMaxTextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/qwen-image"]) -> QwenImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image/image-to-image"]
    ) -> QwenImageImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/realistic-vision"]) -> RealisticVision: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/recraft-20b"]) -> Recraft20b: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/upscale/creative"]
    ) -> RecraftUpscaleCreative: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/upscale/crisp"]
    ) -> RecraftUpscaleCrisp: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/v3/image-to-image"]
    ) -> RecraftV3ImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/v4/pro/text-to-image"]
    ) -> RecraftV4ProTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/v4/pro/text-to-vector"]
    ) -> RecraftV4ProTextToVector: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/v4/text-to-image"]
    ) -> RecraftV4TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/v4/text-to-vector"]
    ) -> RecraftV4TextToVector: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/recraft/vectorize"]) -> RecraftVectorize: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/retoucher"]) -> Retoucher: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/rife"]) -> Rife: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sam-3-1/image-rle"]) -> Sam3_1ImageRle: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sam-3-1/image"]) -> Sam3_1Image: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sam-3/image-rle"]) -> Sam3ImageRle: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sam-3/image"]) -> Sam3Image: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sam2/auto-segment"]) -> Sam2AutoSegment: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sam2/image"]) -> Sam2Image: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sana"]) -> Sana: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sana/sprint"]) -> SanaSprint: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sana/v1.5/1.6b"]) -> SanaV1_5_1_6b: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sana/v1.5/4.8b"]) -> SanaV1_5_4_8b: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/sd15-depth-controlnet"]
    ) -> Sd15DepthControlnet: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/sdxl-controlnet-union"]
    ) -> SdxlControlnetUnion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/sdxl-controlnet-union/image-to-image"]
    ) -> SdxlControlnetUnionImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/sdxl-controlnet-union/inpainting"]
    ) -> SdxlControlnetUnionInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/seedvr/upscale/image"]
    ) -> SeedvrUpscaleImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/seedvr/upscale/image/seamless"]
    ) -> SeedvrUpscaleImageSeamless: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/smart-resize"]) -> SmartResize: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/stable-cascade"]) -> StableCascade: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/stable-cascade/sote-diffusion"]
    ) -> StableCascadeSoteDiffusion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/stable-diffusion-v15"]
    ) -> StableDiffusionV15: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/stable-diffusion-v3-medium"]
    ) -> StableDiffusionV3Medium: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/stable-diffusion-v3-medium/image-to-image"]
    ) -> StableDiffusionV3MediumImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/stable-diffusion-v35-large"]
    ) -> StableDiffusionV35Large: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/stable-diffusion-v35-medium"]
    ) -> StableDiffusionV35Medium: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/star-vector"]) -> StarVector: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/step1x-edit"]) -> Step1xEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/stepx-edit2"]) -> StepxEdit2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/swin2sr"]) -> Swin2sr: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/switti"]) -> Switti: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/switti/512"]) -> Switti512: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/thera"]) -> Thera: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/topaz/upscale/image"]) -> TopazUpscaleImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/uno"]) -> Uno: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/uso"]) -> Uso: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/vecglypher"]) -> Vecglypher: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/vecglypher/image-to-svg"]
    ) -> VecglypherImageToSvg: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/vidu/q2/reference-to-image"]
    ) -> ViduQ2ReferenceToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/vidu/q2/text-to-image"]
    ) -> ViduQ2TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/vidu/reference-to-image"]
    ) -> ViduReferenceToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan-25-preview/image-to-image"]
    ) -> Wan25PreviewImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan-25-preview/text-to-image"]
    ) -> Wan25PreviewTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan/v2.2-5b/text-to-image"]
    ) -> WanV2_2_5bTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan/v2.2-a14b/image-to-image"]
    ) -> WanV2_2A14bImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan/v2.2-a14b/text-to-image"]
    ) -> WanV2_2A14bTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan/v2.2-a14b/text-to-image/lora"]
    ) -> WanV2_2A14bTextToImageLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/wan/v2.7/edit"]) -> WanV2_7Edit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/wan/v2.7/pro/edit"]) -> WanV2_7ProEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan/v2.7/pro/text-to-image"]
    ) -> WanV2_7ProTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan/v2.7/text-to-image"]
    ) -> WanV2_7TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/workflow-utilities/extract-nth-frame"]
    ) -> WorkflowUtilitiesExtractNthFrame: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/z-image/base"]) -> ZImageBase: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/z-image/base/lora"]) -> ZImageBaseLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/z-image/turbo"]) -> ZImageTurbo: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/controlnet"]
    ) -> ZImageTurboControlnet: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/controlnet/lora"]
    ) -> ZImageTurboControlnetLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/image-to-image"]
    ) -> ZImageTurboImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/image-to-image/lora"]
    ) -> ZImageTurboImageToImageLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/inpaint"]
    ) -> ZImageTurboInpaint: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/inpaint/lora"]
    ) -> ZImageTurboInpaintLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/z-image/turbo/lora"]) -> ZImageTurboLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/tiling"]
    ) -> ZImageTurboTiling: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/tiling/lora"]
    ) -> ZImageTurboTilingLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["imagineart/imagineart-1.5-preview/text-to-image"]
    ) -> ImagineartImagineart1_5PreviewTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["imagineart/imagineart-1.5-pro-preview/text-to-image"]
    ) -> ImagineartImagineart1_5ProPreviewTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["imagineart/imagineart-2.0-preview/text-to-image"]
    ) -> ImagineartImagineart2_0PreviewTextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["openai/gpt-image-2"]) -> OpenaiGptImage2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["openai/gpt-image-2/edit"]) -> OpenaiGptImage2Edit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["pixelcut/background-removal"]
    ) -> PixelcutBackgroundRemoval: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["rundiffusion-fal/juggernaut-flux-lora"]
    ) -> RundiffusionFalJuggernautFluxLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["rundiffusion-fal/juggernaut-flux-lora/inpainting"]
    ) -> RundiffusionFalJuggernautFluxLoraInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["rundiffusion-fal/rundiffusion-photo-flux"]
    ) -> RundiffusionFalRundiffusionPhotoFlux: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["smoretalk-ai/rembg-enhance"]
    ) -> SmoretalkAiRembgEnhance: ...
    @overload
    def endpoint(self, endpoint_id: Literal["wan/v2.6/image-to-image"]) -> WanV2_6ImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["wan/v2.6/text-to-image"]) -> WanV2_6TextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["xai/grok-imagine-image"]) -> XaiGrokImagineImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["xai/grok-imagine-image/edit"]
    ) -> XaiGrokImagineImageEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["xai/grok-imagine-image/quality/edit"]
    ) -> XaiGrokImagineImageQualityEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["xai/grok-imagine-image/quality/text-to-image"]
    ) -> XaiGrokImagineImageQualityTextToImage: ...
    @overload
    def endpoint(self, endpoint_id: str) -> SyncEndpoint[Any, Any]: ...

class _AsyncNS_bagel:
    """`client.bagel`: the endpoints below the `fal-ai/bagel` endpoint."""
    @property
    def edit(self) -> AsyncBagelEdit:
        """Bagel Edit (`fal-ai/bagel/edit`)."""

class _AsyncNS_bagelEndpoint(_AsyncNS_bagel, AsyncBagel):
    """`client.bagel`: the `fal-ai/bagel` endpoint and the endpoints below it."""

class _AsyncNS_ben__v2:
    """`client.ben.v2`: endpoints below this path."""
    @property
    def image(self) -> AsyncBenV2Image:
        """Ben V2 Image (`fal-ai/ben/v2/image`)."""

class _AsyncNS_ben:
    """`client.ben`: endpoints below this path."""
    @property
    def v2(self) -> _AsyncNS_ben__v2:
        """Endpoints under `client.ben.v2`."""

class _AsyncNS_bria__background:
    """`client.bria.background`: endpoints below this path."""
    @property
    def remove(self) -> AsyncBriaBackgroundRemove:
        """Bria Background Remove (`fal-ai/bria/background/remove`)."""
    @property
    def replace(self) -> AsyncBriaBackgroundReplace:
        """Bria Background Replace (`fal-ai/bria/background/replace`)."""

class _AsyncNS_bria__fibo:
    """`client.bria.fibo`: endpoints below this path."""
    @property
    def generate(self) -> AsyncBriaFiboGenerate:
        """Bria Fibo Generate (`bria/fibo/generate`)."""

class _AsyncNS_bria__fibo_bbq_preview:
    """`client.bria.fibo_bbq_preview`: endpoints below this path."""
    @property
    def generate(self) -> AsyncBriaFiboBbqPreviewGenerate:
        """Bria Fibo Bbq Preview Generate (`bria/fibo-bbq-preview/generate`)."""

class _AsyncNS_bria__fibo_edit:
    """`client.bria.fibo_edit`: endpoints below this path."""
    @property
    def add_object_by_text(self) -> AsyncBriaFiboEditAddObjectByText:
        """Bria Fibo Edit Add Object By Text (`bria/fibo-edit/add_object_by_text`)."""
    @property
    def blend(self) -> AsyncBriaFiboEditBlend:
        """Bria Fibo Edit Blend (`bria/fibo-edit/blend`)."""
    @property
    def colorize(self) -> AsyncBriaFiboEditColorize:
        """Bria Fibo Edit Colorize (`bria/fibo-edit/colorize`)."""
    @property
    def edit(self) -> AsyncBriaFiboEditEdit:
        """Bria Fibo Edit Edit (`bria/fibo-edit/edit`)."""
    @property
    def erase_by_text(self) -> AsyncBriaFiboEditEraseByText:
        """Bria Fibo Edit Erase By Text (`bria/fibo-edit/erase_by_text`)."""
    @property
    def relight(self) -> AsyncBriaFiboEditRelight:
        """Bria Fibo Edit Relight (`bria/fibo-edit/relight`)."""
    @property
    def replace_object_by_text(self) -> AsyncBriaFiboEditReplaceObjectByText:
        """Bria Fibo Edit Replace Object By Text (`bria/fibo-edit/replace_object_by_text`)."""
    @property
    def reseason(self) -> AsyncBriaFiboEditReseason:
        """Bria Fibo Edit Reseason (`bria/fibo-edit/reseason`)."""
    @property
    def restore(self) -> AsyncBriaFiboEditRestore:
        """Bria Fibo Edit Restore (`bria/fibo-edit/restore`)."""
    @property
    def restyle(self) -> AsyncBriaFiboEditRestyle:
        """Bria Fibo Edit Restyle (`bria/fibo-edit/restyle`)."""
    @property
    def rewrite_text(self) -> AsyncBriaFiboEditRewriteText:
        """Bria Fibo Edit Rewrite Text (`bria/fibo-edit/rewrite_text`)."""
    @property
    def sketch_to_colored_image(self) -> AsyncBriaFiboEditSketchToColoredImage:
        """Bria Fibo Edit Sketch To Colored Image (`bria/fibo-edit/sketch_to_colored_image`)."""

class _AsyncNS_bria__fibo_lite:
    """`client.bria.fibo_lite`: endpoints below this path."""
    @property
    def generate(self) -> AsyncBriaFiboLiteGenerate:
        """Bria Fibo Lite Generate (`bria/fibo-lite/generate`)."""

class _AsyncNS_bria__reimagine:
    """`client.bria.reimagine`: the endpoints below the `fal-ai/bria/reimagine` endpoint."""
    @property
    def v3_2(self) -> AsyncBriaReimagine3_2:
        """Bria Reimagine 3.2 (`bria/reimagine/3.2`)."""

class _AsyncNS_bria__reimagineEndpoint(_AsyncNS_bria__reimagine, AsyncBriaReimagine):
    """`client.bria.reimagine`: the `fal-ai/bria/reimagine` endpoint and the endpoints below it."""

class _AsyncNS_bria__text_to_image:
    """`client.bria.text_to_image`: endpoints below this path."""
    @property
    def base(self) -> AsyncBriaTextToImageBase:
        """Bria Text To Image Base (`fal-ai/bria/text-to-image/base`)."""
    @property
    def fast(self) -> AsyncBriaTextToImageFast:
        """Bria Text To Image Fast (`fal-ai/bria/text-to-image/fast`)."""
    @property
    def hd(self) -> AsyncBriaTextToImageHd:
        """Bria Text To Image Hd (`fal-ai/bria/text-to-image/hd`)."""

class _AsyncNS_bria__upscale:
    """`client.bria.upscale`: endpoints below this path."""
    @property
    def creative(self) -> AsyncBriaUpscaleCreative:
        """Bria Upscale Creative (`bria/upscale/creative`)."""

class _AsyncNS_bria:
    """`client.bria`: endpoints below this path."""
    @property
    def background(self) -> _AsyncNS_bria__background:
        """Endpoints under `client.bria.background`."""
    @property
    def embed_product(self) -> AsyncBriaEmbedProduct:
        """Bria Embed Product (`bria/embed-product`)."""
    @property
    def eraser(self) -> AsyncBriaEraser:
        """Bria Eraser (`fal-ai/bria/eraser`)."""
    @property
    def expand(self) -> AsyncBriaExpand:
        """Bria Expand (`fal-ai/bria/expand`)."""
    @property
    def fibo(self) -> _AsyncNS_bria__fibo:
        """Endpoints under `client.bria.fibo`."""
    @property
    def fibo_bbq_preview(self) -> _AsyncNS_bria__fibo_bbq_preview:
        """Endpoints under `client.bria.fibo_bbq_preview`."""
    @property
    def fibo_edit(self) -> _AsyncNS_bria__fibo_edit:
        """Endpoints under `client.bria.fibo_edit`."""
    @property
    def fibo_lite(self) -> _AsyncNS_bria__fibo_lite:
        """Endpoints under `client.bria.fibo_lite`."""
    @property
    def genfill(self) -> AsyncBriaGenfill:
        """Bria Genfill (`fal-ai/bria/genfill`)."""
    @property
    def product_shot(self) -> AsyncBriaProductShot:
        """Bria Product Shot (`fal-ai/bria/product-shot`)."""
    @property
    def reimagine(self) -> _AsyncNS_bria__reimagineEndpoint:
        """Bria Reimagine (`fal-ai/bria/reimagine`) and the endpoints under it."""
    @property
    def replace_background(self) -> AsyncBriaReplaceBackground:
        """Bria Replace Background (`bria/replace-background`)."""
    @property
    def text_to_image(self) -> _AsyncNS_bria__text_to_image:
        """Endpoints under `client.bria.text_to_image`."""
    @property
    def upscale(self) -> _AsyncNS_bria__upscale:
        """Endpoints under `client.bria.upscale`."""

class _AsyncNS_bytedance__dreamina__v3_1:
    """`client.bytedance.dreamina.v3_1`: endpoints below this path."""
    @property
    def text_to_image(self) -> AsyncBytedanceDreaminaV3_1TextToImage:
        """Bytedance Dreamina v3.1 Text to Image
        (`fal-ai/bytedance/dreamina/v3.1/text-to-image`).
        """

class _AsyncNS_bytedance__dreamina:
    """`client.bytedance.dreamina`: endpoints below this path."""
    @property
    def v3_1(self) -> _AsyncNS_bytedance__dreamina__v3_1:
        """Endpoints under `client.bytedance.dreamina.v3_1`."""

class _AsyncNS_bytedance__seedream__v3:
    """`client.bytedance.seedream.v3`: endpoints below this path."""
    @property
    def text_to_image(self) -> AsyncBytedanceSeedreamV3TextToImage:
        """Bytedance Seedream v3 Text to Image (`fal-ai/bytedance/seedream/v3/text-to-image`)."""

class _AsyncNS_bytedance__seedream__v4:
    """`client.bytedance.seedream.v4`: endpoints below this path."""
    @property
    def text_to_image(self) -> AsyncBytedanceSeedreamV4TextToImage:
        """Bytedance Seedream v4 Text to Image (`fal-ai/bytedance/seedream/v4/text-to-image`)."""

class _AsyncNS_bytedance__seedream__v4_5:
    """`client.bytedance.seedream.v4_5`: endpoints below this path."""
    @property
    def edit(self) -> AsyncBytedanceSeedreamV4_5Edit:
        """Bytedance Seedream v4.5 Edit (`fal-ai/bytedance/seedream/v4.5/edit`)."""
    @property
    def text_to_image(self) -> AsyncBytedanceSeedreamV4_5TextToImage:
        """Bytedance Seedream V4.5 Text To Image
        (`fal-ai/bytedance/seedream/v4.5/text-to-image`).
        """

class _AsyncNS_bytedance__seedream__v5__lite:
    """`client.bytedance.seedream.v5.lite`: endpoints below this path."""
    @property
    def edit(self) -> AsyncBytedanceSeedreamV5LiteEdit:
        """Bytedance Seedream V5 Lite Edit (`fal-ai/bytedance/seedream/v5/lite/edit`)."""
    @property
    def text_to_image(self) -> AsyncBytedanceSeedreamV5LiteTextToImage:
        """Bytedance Seedream V5 Lite Text To Image
        (`fal-ai/bytedance/seedream/v5/lite/text-to-image`).
        """

class _AsyncNS_bytedance__seedream__v5:
    """`client.bytedance.seedream.v5`: endpoints below this path."""
    @property
    def lite(self) -> _AsyncNS_bytedance__seedream__v5__lite:
        """Endpoints under `client.bytedance.seedream.v5.lite`."""

class _AsyncNS_bytedance__seedream:
    """`client.bytedance.seedream`: endpoints below this path."""
    @property
    def v3(self) -> _AsyncNS_bytedance__seedream__v3:
        """Endpoints under `client.bytedance.seedream.v3`."""
    @property
    def v4(self) -> _AsyncNS_bytedance__seedream__v4:
        """Endpoints under `client.bytedance.seedream.v4`."""
    @property
    def v4_5(self) -> _AsyncNS_bytedance__seedream__v4_5:
        """Endpoints under `client.bytedance.seedream.v4_5`."""
    @property
    def v5(self) -> _AsyncNS_bytedance__seedream__v5:
        """Endpoints under `client.bytedance.seedream.v5`."""

class _AsyncNS_bytedance:
    """`client.bytedance`: endpoints below this path."""
    @property
    def dreamina(self) -> _AsyncNS_bytedance__dreamina:
        """Endpoints under `client.bytedance.dreamina`."""
    @property
    def seedream(self) -> _AsyncNS_bytedance__seedream:
        """Endpoints under `client.bytedance.seedream`."""

class _AsyncNS_chrono_edit_lora_gallery:
    """`client.chrono_edit_lora_gallery`: endpoints below this path."""
    @property
    def paintbrush(self) -> AsyncChronoEditLoraGalleryPaintbrush:
        """Chrono Edit Lora Gallery Paintbrush (`fal-ai/chrono-edit-lora-gallery/paintbrush`)."""
    @property
    def upscaler(self) -> AsyncChronoEditLoraGalleryUpscaler:
        """Chrono Edit Lora Gallery Upscaler (`fal-ai/chrono-edit-lora-gallery/upscaler`)."""

class _AsyncNS_clarityai:
    """`client.clarityai`: endpoints below this path."""
    @property
    def crystal_upscaler(self) -> AsyncClarityaiCrystalUpscaler:
        """Clarityai Crystal Upscaler (`clarityai/crystal-upscaler`)."""

class _AsyncNS_docres:
    """`client.docres`: the endpoints below the `fal-ai/docres` endpoint."""
    @property
    def dewarp(self) -> AsyncDocresDewarp:
        """Docres Dewarp (`fal-ai/docres/dewarp`)."""

class _AsyncNS_docresEndpoint(_AsyncNS_docres, AsyncDocres):
    """`client.docres`: the `fal-ai/docres` endpoint and the endpoints below it."""

class _AsyncNS_dreamomni2:
    """`client.dreamomni2`: endpoints below this path."""
    @property
    def edit(self) -> AsyncDreamomni2Edit:
        """Dreamomni2 Edit (`fal-ai/dreamomni2/edit`)."""

class _AsyncNS_emu_3_5_image:
    """`client.emu_3_5_image`: endpoints below this path."""
    @property
    def edit_image(self) -> AsyncEmu3_5ImageEditImage:
        """Emu 3.5 Image Edit Image (`fal-ai/emu-3.5-image/edit-image`)."""
    @property
    def text_to_image(self) -> AsyncEmu3_5ImageTextToImage:
        """Emu 3.5 Image Text To Image (`fal-ai/emu-3.5-image/text-to-image`)."""

class _AsyncNS_ernie_image__lora:
    """`client.ernie_image.lora`: the endpoints below the `fal-ai/ernie-image/lora` endpoint."""
    @property
    def turbo(self) -> AsyncErnieImageLoraTurbo:
        """Ernie Image Lora Turbo (`fal-ai/ernie-image/lora/turbo`)."""

class _AsyncNS_ernie_image__loraEndpoint(_AsyncNS_ernie_image__lora, AsyncErnieImageLora):
    """`client.ernie_image.lora`: the `fal-ai/ernie-image/lora` endpoint and the endpoints below
    it.
    """

class _AsyncNS_ernie_image:
    """`client.ernie_image`: the endpoints below the `fal-ai/ernie-image` endpoint."""
    @property
    def lora(self) -> _AsyncNS_ernie_image__loraEndpoint:
        """Ernie Image Lora (`fal-ai/ernie-image/lora`) and the endpoints under it."""
    @property
    def turbo(self) -> AsyncErnieImageTurbo:
        """Ernie Image Turbo (`fal-ai/ernie-image/turbo`)."""

class _AsyncNS_ernie_imageEndpoint(_AsyncNS_ernie_image, AsyncErnieImage):
    """`client.ernie_image`: the `fal-ai/ernie-image` endpoint and the endpoints below it."""

class _AsyncNS_f_lite:
    """`client.f_lite`: endpoints below this path."""
    @property
    def standard(self) -> AsyncFLiteStandard:
        """F Lite Standard (`fal-ai/f-lite/standard`)."""
    @property
    def texture(self) -> AsyncFLiteTexture:
        """F Lite Texture (`fal-ai/f-lite/texture`)."""

class _AsyncNS_fashn__tryon:
    """`client.fashn.tryon`: endpoints below this path."""
    @property
    def v1_5(self) -> AsyncFashnTryonV1_5:
        """Fashn Tryon V1.5 (`fal-ai/fashn/tryon/v1.5`)."""
    @property
    def v1_6(self) -> AsyncFashnTryonV1_6:
        """Fashn Tryon V1.6 (`fal-ai/fashn/tryon/v1.6`)."""

class _AsyncNS_fashn:
    """`client.fashn`: endpoints below this path."""
    @property
    def tryon(self) -> _AsyncNS_fashn__tryon:
        """Endpoints under `client.fashn.tryon`."""

class _AsyncNS_fast_fooocus_sdxl:
    """`client.fast_fooocus_sdxl`: the endpoints below the `fal-ai/fast-fooocus-sdxl` endpoint."""
    @property
    def image_to_image(self) -> AsyncFastFooocusSdxlImageToImage:
        """Fast Fooocus Sdxl Image To Image (`fal-ai/fast-fooocus-sdxl/image-to-image`)."""

class _AsyncNS_fast_fooocus_sdxlEndpoint(_AsyncNS_fast_fooocus_sdxl, AsyncFastFooocusSdxl):
    """`client.fast_fooocus_sdxl`: the `fal-ai/fast-fooocus-sdxl` endpoint and the endpoints
    below it.
    """

class _AsyncNS_fast_lcm_diffusion:
    """`client.fast_lcm_diffusion`: the endpoints below the `fal-ai/fast-lcm-diffusion` endpoint."""
    @property
    def image_to_image(self) -> AsyncFastLcmDiffusionImageToImage:
        """Fast Lcm Diffusion Image To Image (`fal-ai/fast-lcm-diffusion/image-to-image`)."""
    @property
    def inpainting(self) -> AsyncFastLcmDiffusionInpainting:
        """Fast Lcm Diffusion Inpainting (`fal-ai/fast-lcm-diffusion/inpainting`)."""

class _AsyncNS_fast_lcm_diffusionEndpoint(_AsyncNS_fast_lcm_diffusion, AsyncFastLcmDiffusion):
    """`client.fast_lcm_diffusion`: the `fal-ai/fast-lcm-diffusion` endpoint and the endpoints
    below it.
    """

class _AsyncNS_fast_lightning_sdxl:
    """`client.fast_lightning_sdxl`: the endpoints below the `fal-ai/fast-lightning-sdxl`
    endpoint.
    """
    @property
    def image_to_image(self) -> AsyncFastLightningSdxlImageToImage:
        """Fast Lightning Sdxl Image To Image (`fal-ai/fast-lightning-sdxl/image-to-image`)."""
    @property
    def inpainting(self) -> AsyncFastLightningSdxlInpainting:
        """Fast Lightning Sdxl Inpainting (`fal-ai/fast-lightning-sdxl/inpainting`)."""

class _AsyncNS_fast_lightning_sdxlEndpoint(_AsyncNS_fast_lightning_sdxl, AsyncFastLightningSdxl):
    """`client.fast_lightning_sdxl`: the `fal-ai/fast-lightning-sdxl` endpoint and the endpoints
    below it.
    """

class _AsyncNS_fast_sdxl:
    """`client.fast_sdxl`: the endpoints below the `fal-ai/fast-sdxl` endpoint."""
    @property
    def image_to_image(self) -> AsyncFastSdxlImageToImage:
        """Fast Sdxl Image To Image (`fal-ai/fast-sdxl/image-to-image`)."""
    @property
    def inpainting(self) -> AsyncFastSdxlInpainting:
        """Fast Sdxl Inpainting (`fal-ai/fast-sdxl/inpainting`)."""

class _AsyncNS_fast_sdxlEndpoint(_AsyncNS_fast_sdxl, AsyncFastSdxl):
    """`client.fast_sdxl`: the `fal-ai/fast-sdxl` endpoint and the endpoints below it."""

class _AsyncNS_fast_sdxl_controlnet_canny:
    """`client.fast_sdxl_controlnet_canny`: the endpoints below the
    `fal-ai/fast-sdxl-controlnet-canny` endpoint.
    """
    @property
    def image_to_image(self) -> AsyncFastSdxlControlnetCannyImageToImage:
        """Fast Sdxl Controlnet Canny Image To Image
        (`fal-ai/fast-sdxl-controlnet-canny/image-to-image`).
        """
    @property
    def inpainting(self) -> AsyncFastSdxlControlnetCannyInpainting:
        """Fast Sdxl Controlnet Canny Inpainting
        (`fal-ai/fast-sdxl-controlnet-canny/inpainting`).
        """

class _AsyncNS_fast_sdxl_controlnet_cannyEndpoint(
    _AsyncNS_fast_sdxl_controlnet_canny, AsyncFastSdxlControlnetCanny
):
    """`client.fast_sdxl_controlnet_canny`: the `fal-ai/fast-sdxl-controlnet-canny` endpoint and
    the endpoints below it.
    """

class _AsyncNS_florence_2_large:
    """`client.florence_2_large`: endpoints below this path."""
    @property
    def caption_to_phrase_grounding(self) -> AsyncFlorence2LargeCaptionToPhraseGrounding:
        """Florence 2 Large Caption To Phrase Grounding
        (`fal-ai/florence-2-large/caption-to-phrase-grounding`).
        """
    @property
    def dense_region_caption(self) -> AsyncFlorence2LargeDenseRegionCaption:
        """Florence 2 Large Dense Region Caption
        (`fal-ai/florence-2-large/dense-region-caption`).
        """
    @property
    def object_detection(self) -> AsyncFlorence2LargeObjectDetection:
        """Florence 2 Large Object Detection (`fal-ai/florence-2-large/object-detection`)."""
    @property
    def ocr_with_region(self) -> AsyncFlorence2LargeOcrWithRegion:
        """Florence 2 Large Ocr With Region (`fal-ai/florence-2-large/ocr-with-region`)."""
    @property
    def open_vocabulary_detection(self) -> AsyncFlorence2LargeOpenVocabularyDetection:
        """Florence 2 Large Open Vocabulary Detection
        (`fal-ai/florence-2-large/open-vocabulary-detection`).
        """
    @property
    def referring_expression_segmentation(
        self,
    ) -> AsyncFlorence2LargeReferringExpressionSegmentation:
        """Florence 2 Large Referring Expression Segmentation
        (`fal-ai/florence-2-large/referring-expression-segmentation`).
        """
    @property
    def region_proposal(self) -> AsyncFlorence2LargeRegionProposal:
        """Florence 2 Large Region Proposal (`fal-ai/florence-2-large/region-proposal`)."""
    @property
    def region_to_segmentation(self) -> AsyncFlorence2LargeRegionToSegmentation:
        """Florence 2 Large Region To Segmentation
        (`fal-ai/florence-2-large/region-to-segmentation`).
        """

class _AsyncNS_flux__dev:
    """`client.flux.dev`: endpoints below this path."""
    @property
    def image_to_image(self) -> AsyncFluxDevImageToImage:
        """Flux Dev Image To Image (`fal-ai/flux/dev/image-to-image`)."""
    @property
    def redux(self) -> AsyncFluxDevRedux:
        """Flux Dev Redux (`fal-ai/flux/dev/redux`)."""

class _AsyncNS_flux__krea:
    """`client.flux.krea`: the endpoints below the `fal-ai/flux/krea` endpoint."""
    @property
    def image_to_image(self) -> AsyncFluxKreaImageToImage:
        """Flux Krea Image To Image (`fal-ai/flux/krea/image-to-image`)."""
    @property
    def redux(self) -> AsyncFluxKreaRedux:
        """Flux Krea Redux (`fal-ai/flux/krea/redux`)."""

class _AsyncNS_flux__kreaEndpoint(_AsyncNS_flux__krea, AsyncFluxKrea):
    """`client.flux.krea`: the `fal-ai/flux/krea` endpoint and the endpoints below it."""

class _AsyncNS_flux__schnell:
    """`client.flux.schnell`: the endpoints below the `fal-ai/flux/schnell` endpoint."""
    @property
    def redux(self) -> AsyncFluxSchnellRedux:
        """Flux Schnell Redux (`fal-ai/flux/schnell/redux`)."""

class _AsyncNS_flux__schnellEndpoint(_AsyncNS_flux__schnell, AsyncFluxSchnell):
    """`client.flux.schnell`: the `fal-ai/flux/schnell` endpoint and the endpoints below it."""

class _AsyncNS_flux__srpo:
    """`client.flux.srpo`: the endpoints below the `fal-ai/flux/srpo` endpoint."""
    @property
    def image_to_image(self) -> AsyncFluxSrpoImageToImage:
        """Flux Srpo Image To Image (`fal-ai/flux/srpo/image-to-image`)."""

class _AsyncNS_flux__srpoEndpoint(_AsyncNS_flux__srpo, AsyncFluxSrpo):
    """`client.flux.srpo`: the `fal-ai/flux/srpo` endpoint and the endpoints below it."""

class _AsyncNS_flux:
    """`client.flux`: endpoints below this path."""
    @property
    def dev(self) -> _AsyncNS_flux__dev:
        """Endpoints under `client.flux.dev`."""
    @property
    def krea(self) -> _AsyncNS_flux__kreaEndpoint:
        """Flux Krea (`fal-ai/flux/krea`) and the endpoints under it."""
    @property
    def schnell(self) -> _AsyncNS_flux__schnellEndpoint:
        """Flux Schnell (`fal-ai/flux/schnell`) and the endpoints under it."""
    @property
    def srpo(self) -> _AsyncNS_flux__srpoEndpoint:
        """Flux Srpo (`fal-ai/flux/srpo`) and the endpoints under it."""

class _AsyncNS_flux_1__dev:
    """`client.flux_1.dev`: the endpoints below the `fal-ai/flux-1/dev` endpoint."""
    @property
    def image_to_image(self) -> AsyncFlux1DevImageToImage:
        """Flux 1 Dev Image To Image (`fal-ai/flux-1/dev/image-to-image`)."""
    @property
    def redux(self) -> AsyncFlux1DevRedux:
        """Flux 1 Dev Redux (`fal-ai/flux-1/dev/redux`)."""

class _AsyncNS_flux_1__devEndpoint(_AsyncNS_flux_1__dev, AsyncFlux1Dev):
    """`client.flux_1.dev`: the `fal-ai/flux-1/dev` endpoint and the endpoints below it."""

class _AsyncNS_flux_1__krea:
    """`client.flux_1.krea`: the endpoints below the `fal-ai/flux-1/krea` endpoint."""
    @property
    def image_to_image(self) -> AsyncFlux1KreaImageToImage:
        """Flux 1 Krea Image To Image (`fal-ai/flux-1/krea/image-to-image`)."""
    @property
    def redux(self) -> AsyncFlux1KreaRedux:
        """Flux 1 Krea Redux (`fal-ai/flux-1/krea/redux`)."""

class _AsyncNS_flux_1__kreaEndpoint(_AsyncNS_flux_1__krea, AsyncFlux1Krea):
    """`client.flux_1.krea`: the `fal-ai/flux-1/krea` endpoint and the endpoints below it."""

class _AsyncNS_flux_1__schnell:
    """`client.flux_1.schnell`: the endpoints below the `fal-ai/flux-1/schnell` endpoint."""
    @property
    def redux(self) -> AsyncFlux1SchnellRedux:
        """Flux 1 Schnell Redux (`fal-ai/flux-1/schnell/redux`)."""

class _AsyncNS_flux_1__schnellEndpoint(_AsyncNS_flux_1__schnell, AsyncFlux1Schnell):
    """`client.flux_1.schnell`: the `fal-ai/flux-1/schnell` endpoint and the endpoints below it."""

class _AsyncNS_flux_1__srpo:
    """`client.flux_1.srpo`: the endpoints below the `fal-ai/flux-1/srpo` endpoint."""
    @property
    def image_to_image(self) -> AsyncFlux1SrpoImageToImage:
        """Flux 1 Srpo Image To Image (`fal-ai/flux-1/srpo/image-to-image`)."""

class _AsyncNS_flux_1__srpoEndpoint(_AsyncNS_flux_1__srpo, AsyncFlux1Srpo):
    """`client.flux_1.srpo`: the `fal-ai/flux-1/srpo` endpoint and the endpoints below it."""

class _AsyncNS_flux_1:
    """`client.flux_1`: endpoints below this path."""
    @property
    def dev(self) -> _AsyncNS_flux_1__devEndpoint:
        """Flux 1 Dev (`fal-ai/flux-1/dev`) and the endpoints under it."""
    @property
    def krea(self) -> _AsyncNS_flux_1__kreaEndpoint:
        """Flux 1 Krea (`fal-ai/flux-1/krea`) and the endpoints under it."""
    @property
    def schnell(self) -> _AsyncNS_flux_1__schnellEndpoint:
        """Flux 1 Schnell (`fal-ai/flux-1/schnell`) and the endpoints under it."""
    @property
    def srpo(self) -> _AsyncNS_flux_1__srpoEndpoint:
        """Flux 1 Srpo (`fal-ai/flux-1/srpo`) and the endpoints under it."""

class _AsyncNS_flux_2__flash:
    """`client.flux_2.flash`: the endpoints below the `fal-ai/flux-2/flash` endpoint."""
    @property
    def edit(self) -> AsyncFlux2FlashEdit:
        """Flux 2 Flash Edit (`fal-ai/flux-2/flash/edit`)."""

class _AsyncNS_flux_2__flashEndpoint(_AsyncNS_flux_2__flash, AsyncFlux2Flash):
    """`client.flux_2.flash`: the `fal-ai/flux-2/flash` endpoint and the endpoints below it."""

class _AsyncNS_flux_2__klein__v4b__base__edit:
    """`client.flux_2.klein.v4b.base.edit`: the endpoints below the
    `fal-ai/flux-2/klein/4b/base/edit` endpoint.
    """
    @property
    def lora(self) -> AsyncFlux2Klein4bBaseEditLora:
        """Flux 2 Klein 4b Base Edit Lora (`fal-ai/flux-2/klein/4b/base/edit/lora`)."""

class _AsyncNS_flux_2__klein__v4b__base__editEndpoint(
    _AsyncNS_flux_2__klein__v4b__base__edit, AsyncFlux2Klein4bBaseEdit
):
    """`client.flux_2.klein.v4b.base.edit`: the `fal-ai/flux-2/klein/4b/base/edit` endpoint and
    the endpoints below it.
    """

class _AsyncNS_flux_2__klein__v4b__base:
    """`client.flux_2.klein.v4b.base`: the endpoints below the `fal-ai/flux-2/klein/4b/base`
    endpoint.
    """
    @property
    def edit(self) -> _AsyncNS_flux_2__klein__v4b__base__editEndpoint:
        """Flux 2 Klein 4b Base Edit (`fal-ai/flux-2/klein/4b/base/edit`) and the endpoints under
        it.
        """
    @property
    def lora(self) -> AsyncFlux2Klein4bBaseLora:
        """Flux 2 Klein 4b Base Lora (`fal-ai/flux-2/klein/4b/base/lora`)."""

class _AsyncNS_flux_2__klein__v4b__baseEndpoint(
    _AsyncNS_flux_2__klein__v4b__base, AsyncFlux2Klein4bBase
):
    """`client.flux_2.klein.v4b.base`: the `fal-ai/flux-2/klein/4b/base` endpoint and the
    endpoints below it.
    """

class _AsyncNS_flux_2__klein__v4b__edit:
    """`client.flux_2.klein.v4b.edit`: the endpoints below the `fal-ai/flux-2/klein/4b/edit`
    endpoint.
    """
    @property
    def lora(self) -> AsyncFlux2Klein4bEditLora:
        """Flux 2 Klein 4b Edit Lora (`fal-ai/flux-2/klein/4b/edit/lora`)."""

class _AsyncNS_flux_2__klein__v4b__editEndpoint(
    _AsyncNS_flux_2__klein__v4b__edit, AsyncFlux2Klein4bEdit
):
    """`client.flux_2.klein.v4b.edit`: the `fal-ai/flux-2/klein/4b/edit` endpoint and the
    endpoints below it.
    """

class _AsyncNS_flux_2__klein__v4b:
    """`client.flux_2.klein.v4b`: the endpoints below the `fal-ai/flux-2/klein/4b` endpoint."""
    @property
    def base(self) -> _AsyncNS_flux_2__klein__v4b__baseEndpoint:
        """Flux 2 Klein 4b Base (`fal-ai/flux-2/klein/4b/base`) and the endpoints under it."""
    @property
    def edit(self) -> _AsyncNS_flux_2__klein__v4b__editEndpoint:
        """Flux 2 Klein 4b Edit (`fal-ai/flux-2/klein/4b/edit`) and the endpoints under it."""
    @property
    def lora(self) -> AsyncFlux2Klein4bLora:
        """Flux 2 Klein 4b Lora (`fal-ai/flux-2/klein/4b/lora`)."""

class _AsyncNS_flux_2__klein__v4bEndpoint(_AsyncNS_flux_2__klein__v4b, AsyncFlux2Klein4b):
    """`client.flux_2.klein.v4b`: the `fal-ai/flux-2/klein/4b` endpoint and the endpoints below
    it.
    """

class _AsyncNS_flux_2__klein__v9b__base__edit:
    """`client.flux_2.klein.v9b.base.edit`: the endpoints below the
    `fal-ai/flux-2/klein/9b/base/edit` endpoint.
    """
    @property
    def lora(self) -> AsyncFlux2Klein9bBaseEditLora:
        """Flux 2 Klein 9b Base Edit Lora (`fal-ai/flux-2/klein/9b/base/edit/lora`)."""

class _AsyncNS_flux_2__klein__v9b__base__editEndpoint(
    _AsyncNS_flux_2__klein__v9b__base__edit, AsyncFlux2Klein9bBaseEdit
):
    """`client.flux_2.klein.v9b.base.edit`: the `fal-ai/flux-2/klein/9b/base/edit` endpoint and
    the endpoints below it.
    """

class _AsyncNS_flux_2__klein__v9b__base:
    """`client.flux_2.klein.v9b.base`: the endpoints below the `fal-ai/flux-2/klein/9b/base`
    endpoint.
    """
    @property
    def edit(self) -> _AsyncNS_flux_2__klein__v9b__base__editEndpoint:
        """Flux 2 Klein 9b Base Edit (`fal-ai/flux-2/klein/9b/base/edit`) and the endpoints under
        it.
        """
    @property
    def lora(self) -> AsyncFlux2Klein9bBaseLora:
        """Flux 2 Klein 9b Base Lora (`fal-ai/flux-2/klein/9b/base/lora`)."""

class _AsyncNS_flux_2__klein__v9b__baseEndpoint(
    _AsyncNS_flux_2__klein__v9b__base, AsyncFlux2Klein9bBase
):
    """`client.flux_2.klein.v9b.base`: the `fal-ai/flux-2/klein/9b/base` endpoint and the
    endpoints below it.
    """

class _AsyncNS_flux_2__klein__v9b__edit:
    """`client.flux_2.klein.v9b.edit`: the endpoints below the `fal-ai/flux-2/klein/9b/edit`
    endpoint.
    """
    @property
    def lora(self) -> AsyncFlux2Klein9bEditLora:
        """Flux 2 Klein 9b Edit Lora (`fal-ai/flux-2/klein/9b/edit/lora`)."""

class _AsyncNS_flux_2__klein__v9b__editEndpoint(
    _AsyncNS_flux_2__klein__v9b__edit, AsyncFlux2Klein9bEdit
):
    """`client.flux_2.klein.v9b.edit`: the `fal-ai/flux-2/klein/9b/edit` endpoint and the
    endpoints below it.
    """

class _AsyncNS_flux_2__klein__v9b:
    """`client.flux_2.klein.v9b`: the endpoints below the `fal-ai/flux-2/klein/9b` endpoint."""
    @property
    def base(self) -> _AsyncNS_flux_2__klein__v9b__baseEndpoint:
        """Flux 2 Klein 9b Base (`fal-ai/flux-2/klein/9b/base`) and the endpoints under it."""
    @property
    def edit(self) -> _AsyncNS_flux_2__klein__v9b__editEndpoint:
        """Flux 2 Klein 9b Edit (`fal-ai/flux-2/klein/9b/edit`) and the endpoints under it."""
    @property
    def lora(self) -> AsyncFlux2Klein9bLora:
        """Flux 2 Klein 9b Lora (`fal-ai/flux-2/klein/9b/lora`)."""

class _AsyncNS_flux_2__klein__v9bEndpoint(_AsyncNS_flux_2__klein__v9b, AsyncFlux2Klein9b):
    """`client.flux_2.klein.v9b`: the `fal-ai/flux-2/klein/9b` endpoint and the endpoints below
    it.
    """

class _AsyncNS_flux_2__klein:
    """`client.flux_2.klein`: endpoints below this path."""
    @property
    def realtime_(self) -> AsyncFlux2KleinRealtime:
        """Flux 2 Klein Realtime (`fal-ai/flux-2/klein/realtime`)."""
    @property
    def v4b(self) -> _AsyncNS_flux_2__klein__v4bEndpoint:
        """Flux 2 Klein 4b (`fal-ai/flux-2/klein/4b`) and the endpoints under it."""
    @property
    def v9b(self) -> _AsyncNS_flux_2__klein__v9bEndpoint:
        """Flux 2 Klein 9b (`fal-ai/flux-2/klein/9b`) and the endpoints under it."""

class _AsyncNS_flux_2__lora:
    """`client.flux_2.lora`: the endpoints below the `fal-ai/flux-2/lora` endpoint."""
    @property
    def edit(self) -> AsyncFlux2LoraEdit:
        """Flux 2 Lora Edit (`fal-ai/flux-2/lora/edit`)."""

class _AsyncNS_flux_2__loraEndpoint(_AsyncNS_flux_2__lora, AsyncFlux2Lora):
    """`client.flux_2.lora`: the `fal-ai/flux-2/lora` endpoint and the endpoints below it."""

class _AsyncNS_flux_2__turbo:
    """`client.flux_2.turbo`: the endpoints below the `fal-ai/flux-2/turbo` endpoint."""
    @property
    def edit(self) -> AsyncFlux2TurboEdit:
        """Flux 2 Turbo Edit (`fal-ai/flux-2/turbo/edit`)."""

class _AsyncNS_flux_2__turboEndpoint(_AsyncNS_flux_2__turbo, AsyncFlux2Turbo):
    """`client.flux_2.turbo`: the `fal-ai/flux-2/turbo` endpoint and the endpoints below it."""

class _AsyncNS_flux_2:
    """`client.flux_2`: the endpoints below the `fal-ai/flux-2` endpoint."""
    @property
    def edit(self) -> AsyncFlux2Edit:
        """Flux 2 Edit (`fal-ai/flux-2/edit`)."""
    @property
    def flash(self) -> _AsyncNS_flux_2__flashEndpoint:
        """Flux 2 Flash (`fal-ai/flux-2/flash`) and the endpoints under it."""
    @property
    def klein(self) -> _AsyncNS_flux_2__klein:
        """Endpoints under `client.flux_2.klein`."""
    @property
    def lora(self) -> _AsyncNS_flux_2__loraEndpoint:
        """Flux 2 Lora (`fal-ai/flux-2/lora`) and the endpoints under it."""
    @property
    def turbo(self) -> _AsyncNS_flux_2__turboEndpoint:
        """Flux 2 Turbo (`fal-ai/flux-2/turbo`) and the endpoints under it."""

class _AsyncNS_flux_2Endpoint(_AsyncNS_flux_2, AsyncFlux2):
    """`client.flux_2`: the `fal-ai/flux-2` endpoint and the endpoints below it."""

class _AsyncNS_flux_2_flex:
    """`client.flux_2_flex`: the endpoints below the `fal-ai/flux-2-flex` endpoint."""
    @property
    def edit(self) -> AsyncFlux2FlexEdit:
        """Flux 2 Flex Edit (`fal-ai/flux-2-flex/edit`)."""

class _AsyncNS_flux_2_flexEndpoint(_AsyncNS_flux_2_flex, AsyncFlux2Flex):
    """`client.flux_2_flex`: the `fal-ai/flux-2-flex` endpoint and the endpoints below it."""

class _AsyncNS_flux_2_lora_gallery:
    """`client.flux_2_lora_gallery`: endpoints below this path."""
    @property
    def add_background(self) -> AsyncFlux2LoraGalleryAddBackground:
        """Flux 2 Lora Gallery Add Background (`fal-ai/flux-2-lora-gallery/add-background`)."""
    @property
    def apartment_staging(self) -> AsyncFlux2LoraGalleryApartmentStaging:
        """Flux 2 Lora Gallery Apartment Staging
        (`fal-ai/flux-2-lora-gallery/apartment-staging`).
        """
    @property
    def ballpoint_pen_sketch(self) -> AsyncFlux2LoraGalleryBallpointPenSketch:
        """Flux 2 Lora Gallery Ballpoint Pen Sketch
        (`fal-ai/flux-2-lora-gallery/ballpoint-pen-sketch`).
        """
    @property
    def digital_comic_art(self) -> AsyncFlux2LoraGalleryDigitalComicArt:
        """Flux 2 Lora Gallery Digital Comic Art
        (`fal-ai/flux-2-lora-gallery/digital-comic-art`).
        """
    @property
    def face_to_full_portrait(self) -> AsyncFlux2LoraGalleryFaceToFullPortrait:
        """Flux 2 Lora Gallery Face To Full Portrait
        (`fal-ai/flux-2-lora-gallery/face-to-full-portrait`).
        """
    @property
    def hdr_style(self) -> AsyncFlux2LoraGalleryHdrStyle:
        """Flux 2 Lora Gallery Hdr Style (`fal-ai/flux-2-lora-gallery/hdr-style`)."""
    @property
    def multiple_angles(self) -> AsyncFlux2LoraGalleryMultipleAngles:
        """Flux 2 Lora Gallery Multiple Angles (`fal-ai/flux-2-lora-gallery/multiple-angles`)."""
    @property
    def realism(self) -> AsyncFlux2LoraGalleryRealism:
        """Flux 2 Lora Gallery Realism (`fal-ai/flux-2-lora-gallery/realism`)."""
    @property
    def satellite_view_style(self) -> AsyncFlux2LoraGallerySatelliteViewStyle:
        """Flux 2 Lora Gallery Satellite View Style
        (`fal-ai/flux-2-lora-gallery/satellite-view-style`).
        """
    @property
    def sepia_vintage(self) -> AsyncFlux2LoraGallerySepiaVintage:
        """Flux 2 Lora Gallery Sepia Vintage (`fal-ai/flux-2-lora-gallery/sepia-vintage`)."""
    @property
    def virtual_tryon(self) -> AsyncFlux2LoraGalleryVirtualTryon:
        """Flux 2 Lora Gallery Virtual Tryon (`fal-ai/flux-2-lora-gallery/virtual-tryon`)."""

class _AsyncNS_flux_2_max:
    """`client.flux_2_max`: the endpoints below the `fal-ai/flux-2-max` endpoint."""
    @property
    def edit(self) -> AsyncFlux2MaxEdit:
        """Flux 2 Max Edit (`fal-ai/flux-2-max/edit`)."""

class _AsyncNS_flux_2_maxEndpoint(_AsyncNS_flux_2_max, AsyncFlux2Max):
    """`client.flux_2_max`: the `fal-ai/flux-2-max` endpoint and the endpoints below it."""

class _AsyncNS_flux_2_pro:
    """`client.flux_2_pro`: the endpoints below the `fal-ai/flux-2-pro` endpoint."""
    @property
    def edit(self) -> AsyncFlux2ProEdit:
        """Flux 2 Pro Edit (`fal-ai/flux-2-pro/edit`)."""

class _AsyncNS_flux_2_proEndpoint(_AsyncNS_flux_2_pro, AsyncFlux2Pro):
    """`client.flux_2_pro`: the `fal-ai/flux-2-pro` endpoint and the endpoints below it."""

class _AsyncNS_flux_control_lora_canny:
    """`client.flux_control_lora_canny`: the endpoints below the `fal-ai/flux-control-lora-canny`
    endpoint.
    """
    @property
    def image_to_image(self) -> AsyncFluxControlLoraCannyImageToImage:
        """Flux Control Lora Canny Image To Image
        (`fal-ai/flux-control-lora-canny/image-to-image`).
        """

class _AsyncNS_flux_control_lora_cannyEndpoint(
    _AsyncNS_flux_control_lora_canny, AsyncFluxControlLoraCanny
):
    """`client.flux_control_lora_canny`: the `fal-ai/flux-control-lora-canny` endpoint and the
    endpoints below it.
    """

class _AsyncNS_flux_control_lora_depth:
    """`client.flux_control_lora_depth`: the endpoints below the `fal-ai/flux-control-lora-depth`
    endpoint.
    """
    @property
    def image_to_image(self) -> AsyncFluxControlLoraDepthImageToImage:
        """Flux Control Lora Depth Image To Image
        (`fal-ai/flux-control-lora-depth/image-to-image`).
        """

class _AsyncNS_flux_control_lora_depthEndpoint(
    _AsyncNS_flux_control_lora_depth, AsyncFluxControlLoraDepth
):
    """`client.flux_control_lora_depth`: the `fal-ai/flux-control-lora-depth` endpoint and the
    endpoints below it.
    """

class _AsyncNS_flux_general:
    """`client.flux_general`: the endpoints below the `fal-ai/flux-general` endpoint."""
    @property
    def differential_diffusion(self) -> AsyncFluxGeneralDifferentialDiffusion:
        """Flux General Differential Diffusion (`fal-ai/flux-general/differential-diffusion`)."""
    @property
    def image_to_image(self) -> AsyncFluxGeneralImageToImage:
        """Flux General Image To Image (`fal-ai/flux-general/image-to-image`)."""
    @property
    def inpainting(self) -> AsyncFluxGeneralInpainting:
        """Flux General Inpainting (`fal-ai/flux-general/inpainting`)."""
    @property
    def rf_inversion(self) -> AsyncFluxGeneralRfInversion:
        """Flux General Rf Inversion (`fal-ai/flux-general/rf-inversion`)."""

class _AsyncNS_flux_generalEndpoint(_AsyncNS_flux_general, AsyncFluxGeneral):
    """`client.flux_general`: the `fal-ai/flux-general` endpoint and the endpoints below it."""

class _AsyncNS_flux_kontext:
    """`client.flux_kontext`: endpoints below this path."""
    @property
    def dev(self) -> AsyncFluxKontextDev:
        """Flux Kontext Dev (`fal-ai/flux-kontext/dev`)."""

class _AsyncNS_flux_kontext_lora:
    """`client.flux_kontext_lora`: the endpoints below the `fal-ai/flux-kontext-lora` endpoint."""
    @property
    def inpaint(self) -> AsyncFluxKontextLoraInpaint:
        """Flux Kontext Lora Inpaint (`fal-ai/flux-kontext-lora/inpaint`)."""
    @property
    def text_to_image(self) -> AsyncFluxKontextLoraTextToImage:
        """Flux Kontext Lora Text To Image (`fal-ai/flux-kontext-lora/text-to-image`)."""

class _AsyncNS_flux_kontext_loraEndpoint(_AsyncNS_flux_kontext_lora, AsyncFluxKontextLora):
    """`client.flux_kontext_lora`: the `fal-ai/flux-kontext-lora` endpoint and the endpoints
    below it.
    """

class _AsyncNS_flux_krea_lora:
    """`client.flux_krea_lora`: the endpoints below the `fal-ai/flux-krea-lora` endpoint."""
    @property
    def image_to_image(self) -> AsyncFluxKreaLoraImageToImage:
        """Flux Krea Lora Image To Image (`fal-ai/flux-krea-lora/image-to-image`)."""
    @property
    def inpainting(self) -> AsyncFluxKreaLoraInpainting:
        """Flux Krea Lora Inpainting (`fal-ai/flux-krea-lora/inpainting`)."""
    @property
    def stream_(self) -> AsyncFluxKreaLoraStream:
        """Flux Krea Lora Stream (`fal-ai/flux-krea-lora/stream`)."""

class _AsyncNS_flux_krea_loraEndpoint(_AsyncNS_flux_krea_lora, AsyncFluxKreaLora):
    """`client.flux_krea_lora`: the `fal-ai/flux-krea-lora` endpoint and the endpoints below it."""

class _AsyncNS_flux_lora:
    """`client.flux_lora`: the endpoints below the `fal-ai/flux-lora` endpoint."""
    @property
    def image_to_image(self) -> AsyncFluxLoraImageToImage:
        """Flux Lora Image To Image (`fal-ai/flux-lora/image-to-image`)."""
    @property
    def inpainting(self) -> AsyncFluxLoraInpainting:
        """Flux Lora Inpainting (`fal-ai/flux-lora/inpainting`)."""
    @property
    def stream_(self) -> AsyncFluxLoraStream:
        """Flux Lora Stream (`fal-ai/flux-lora/stream`)."""

class _AsyncNS_flux_loraEndpoint(_AsyncNS_flux_lora, AsyncFluxLora):
    """`client.flux_lora`: the `fal-ai/flux-lora` endpoint and the endpoints below it."""

class _AsyncNS_flux_pro__kontext__max:
    """`client.flux_pro.kontext.max`: the endpoints below the `fal-ai/flux-pro/kontext/max`
    endpoint.
    """
    @property
    def multi(self) -> AsyncFluxProKontextMaxMulti:
        """Flux Pro Kontext Max Multi (`fal-ai/flux-pro/kontext/max/multi`)."""
    @property
    def text_to_image(self) -> AsyncFluxProKontextMaxTextToImage:
        """Flux Pro Kontext Max Text To Image (`fal-ai/flux-pro/kontext/max/text-to-image`)."""

class _AsyncNS_flux_pro__kontext__maxEndpoint(
    _AsyncNS_flux_pro__kontext__max, AsyncFluxProKontextMax
):
    """`client.flux_pro.kontext.max`: the `fal-ai/flux-pro/kontext/max` endpoint and the
    endpoints below it.
    """

class _AsyncNS_flux_pro__kontext:
    """`client.flux_pro.kontext`: the endpoints below the `fal-ai/flux-pro/kontext` endpoint."""
    @property
    def max(self) -> _AsyncNS_flux_pro__kontext__maxEndpoint:
        """Flux Pro Kontext Max (`fal-ai/flux-pro/kontext/max`) and the endpoints under it."""
    @property
    def multi(self) -> AsyncFluxProKontextMulti:
        """Flux Pro Kontext Multi (`fal-ai/flux-pro/kontext/multi`)."""
    @property
    def text_to_image(self) -> AsyncFluxProKontextTextToImage:
        """Flux Pro Kontext Text To Image (`fal-ai/flux-pro/kontext/text-to-image`)."""

class _AsyncNS_flux_pro__kontextEndpoint(_AsyncNS_flux_pro__kontext, AsyncFluxProKontext):
    """`client.flux_pro.kontext`: the `fal-ai/flux-pro/kontext` endpoint and the endpoints below
    it.
    """

class _AsyncNS_flux_pro__v1:
    """`client.flux_pro.v1`: endpoints below this path."""
    @property
    def fill(self) -> AsyncFluxProV1Fill:
        """Flux Pro V1 Fill (`fal-ai/flux-pro/v1/fill`)."""
    @property
    def fill_finetuned(self) -> AsyncFluxProV1FillFinetuned:
        """Flux Pro V1 Fill Finetuned (`fal-ai/flux-pro/v1/fill-finetuned`)."""

class _AsyncNS_flux_pro__v1_1:
    """`client.flux_pro.v1_1`: the endpoints below the `fal-ai/flux-pro/v1.1` endpoint."""
    @property
    def redux(self) -> AsyncFluxProV1_1Redux:
        """Flux Pro V1.1 Redux (`fal-ai/flux-pro/v1.1/redux`)."""

class _AsyncNS_flux_pro__v1_1Endpoint(_AsyncNS_flux_pro__v1_1, AsyncFluxProV1_1):
    """`client.flux_pro.v1_1`: the `fal-ai/flux-pro/v1.1` endpoint and the endpoints below it."""

class _AsyncNS_flux_pro__v1_1_ultra:
    """`client.flux_pro.v1_1_ultra`: endpoints below this path."""
    @property
    def redux(self) -> AsyncFluxProV1_1UltraRedux:
        """Flux Pro V1.1 Ultra Redux (`fal-ai/flux-pro/v1.1-ultra/redux`)."""

class _AsyncNS_flux_pro:
    """`client.flux_pro`: endpoints below this path."""
    @property
    def kontext(self) -> _AsyncNS_flux_pro__kontextEndpoint:
        """Flux Pro Kontext (`fal-ai/flux-pro/kontext`) and the endpoints under it."""
    @property
    def v1(self) -> _AsyncNS_flux_pro__v1:
        """Endpoints under `client.flux_pro.v1`."""
    @property
    def v1_1(self) -> _AsyncNS_flux_pro__v1_1Endpoint:
        """Flux Pro V1.1 (`fal-ai/flux-pro/v1.1`) and the endpoints under it."""
    @property
    def v1_1_ultra(self) -> _AsyncNS_flux_pro__v1_1_ultra:
        """Endpoints under `client.flux_pro.v1_1_ultra`."""
    @property
    def v1_1_ultra_finetuned(self) -> AsyncFluxProV1_1UltraFinetuned:
        """Flux Pro V1.1 Ultra Finetuned (`fal-ai/flux-pro/v1.1-ultra-finetuned`)."""

class _AsyncNS_fooocus:
    """`client.fooocus`: the endpoints below the `fal-ai/fooocus` endpoint."""
    @property
    def image_prompt(self) -> AsyncFooocusImagePrompt:
        """Fooocus Image Prompt (`fal-ai/fooocus/image-prompt`)."""
    @property
    def inpaint(self) -> AsyncFooocusInpaint:
        """Fooocus Inpaint (`fal-ai/fooocus/inpaint`)."""
    @property
    def upscale_or_vary(self) -> AsyncFooocusUpscaleOrVary:
        """Fooocus Upscale Or Vary (`fal-ai/fooocus/upscale-or-vary`)."""

class _AsyncNS_fooocusEndpoint(_AsyncNS_fooocus, AsyncFooocus):
    """`client.fooocus`: the `fal-ai/fooocus` endpoint and the endpoints below it."""

class _AsyncNS_gemini_25_flash_image:
    """`client.gemini_25_flash_image`: the endpoints below the `fal-ai/gemini-25-flash-image`
    endpoint.
    """
    @property
    def edit(self) -> AsyncGemini25FlashImageEdit:
        """Gemini 25 Flash Image Edit (`fal-ai/gemini-25-flash-image/edit`)."""

class _AsyncNS_gemini_25_flash_imageEndpoint(
    _AsyncNS_gemini_25_flash_image, AsyncGemini25FlashImage
):
    """`client.gemini_25_flash_image`: the `fal-ai/gemini-25-flash-image` endpoint and the
    endpoints below it.
    """

class _AsyncNS_gemini_3_1_flash_image_preview:
    """`client.gemini_3_1_flash_image_preview`: the endpoints below the
    `fal-ai/gemini-3.1-flash-image-preview` endpoint.
    """
    @property
    def edit(self) -> AsyncGemini3_1FlashImagePreviewEdit:
        """Gemini 3.1 Flash Image Preview Edit (`fal-ai/gemini-3.1-flash-image-preview/edit`)."""

class _AsyncNS_gemini_3_1_flash_image_previewEndpoint(
    _AsyncNS_gemini_3_1_flash_image_preview, AsyncGemini3_1FlashImagePreview
):
    """`client.gemini_3_1_flash_image_preview`: the `fal-ai/gemini-3.1-flash-image-preview`
    endpoint and the endpoints below it.
    """

class _AsyncNS_gemini_3_pro_image_preview:
    """`client.gemini_3_pro_image_preview`: the endpoints below the
    `fal-ai/gemini-3-pro-image-preview` endpoint.
    """
    @property
    def edit(self) -> AsyncGemini3ProImagePreviewEdit:
        """Gemini 3 Pro Image Preview Edit (`fal-ai/gemini-3-pro-image-preview/edit`)."""

class _AsyncNS_gemini_3_pro_image_previewEndpoint(
    _AsyncNS_gemini_3_pro_image_preview, AsyncGemini3ProImagePreview
):
    """`client.gemini_3_pro_image_preview`: the `fal-ai/gemini-3-pro-image-preview` endpoint and
    the endpoints below it.
    """

class _AsyncNS_genfocus:
    """`client.genfocus`: the endpoints below the `fal-ai/genfocus` endpoint."""
    @property
    def all_in_focus(self) -> AsyncGenfocusAllInFocus:
        """Genfocus All In Focus (`fal-ai/genfocus/all-in-focus`)."""

class _AsyncNS_genfocusEndpoint(_AsyncNS_genfocus, AsyncGenfocus):
    """`client.genfocus`: the `fal-ai/genfocus` endpoint and the endpoints below it."""

class _AsyncNS_glm_image:
    """`client.glm_image`: the endpoints below the `fal-ai/glm-image` endpoint."""
    @property
    def image_to_image(self) -> AsyncGlmImageImageToImage:
        """Glm Image Image To Image (`fal-ai/glm-image/image-to-image`)."""

class _AsyncNS_glm_imageEndpoint(_AsyncNS_glm_image, AsyncGlmImage):
    """`client.glm_image`: the `fal-ai/glm-image` endpoint and the endpoints below it."""

class _AsyncNS_gpt_image_1__text_to_image:
    """`client.gpt_image_1.text_to_image`: endpoints below this path."""
    @property
    def byok(self) -> AsyncGptImage1TextToImageByok:
        """GPT-Image-1 Text to Image (bring your own key)
        (`fal-ai/gpt-image-1/text-to-image/byok`).
        """

class _AsyncNS_gpt_image_1:
    """`client.gpt_image_1`: endpoints below this path."""
    @property
    def edit_image(self) -> AsyncGptImage1EditImage:
        """Gpt Image 1 Edit Image (`fal-ai/gpt-image-1/edit-image`)."""
    @property
    def text_to_image(self) -> _AsyncNS_gpt_image_1__text_to_image:
        """Endpoints under `client.gpt_image_1.text_to_image`."""

class _AsyncNS_gpt_image_1_5:
    """`client.gpt_image_1_5`: the endpoints below the `fal-ai/gpt-image-1.5` endpoint."""
    @property
    def edit(self) -> AsyncGptImage1_5Edit:
        """Gpt Image 1.5 Edit (`fal-ai/gpt-image-1.5/edit`)."""

class _AsyncNS_gpt_image_1_5Endpoint(_AsyncNS_gpt_image_1_5, AsyncGptImage1_5):
    """`client.gpt_image_1_5`: the `fal-ai/gpt-image-1.5` endpoint and the endpoints below it."""

class _AsyncNS_gpt_image_1_mini:
    """`client.gpt_image_1_mini`: the endpoints below the `fal-ai/gpt-image-1-mini` endpoint."""
    @property
    def edit(self) -> AsyncGptImage1MiniEdit:
        """Gpt Image 1 Mini Edit (`fal-ai/gpt-image-1-mini/edit`)."""

class _AsyncNS_gpt_image_1_miniEndpoint(_AsyncNS_gpt_image_1_mini, AsyncGptImage1Mini):
    """`client.gpt_image_1_mini`: the `fal-ai/gpt-image-1-mini` endpoint and the endpoints below
    it.
    """

class _AsyncNS_hidream_i1_full:
    """`client.hidream_i1_full`: the endpoints below the `fal-ai/hidream-i1-full` endpoint."""
    @property
    def image_to_image(self) -> AsyncHidreamI1FullImageToImage:
        """Hidream I1 Full Image To Image (`fal-ai/hidream-i1-full/image-to-image`)."""

class _AsyncNS_hidream_i1_fullEndpoint(_AsyncNS_hidream_i1_full, AsyncHidreamI1Full):
    """`client.hidream_i1_full`: the `fal-ai/hidream-i1-full` endpoint and the endpoints below
    it.
    """

class _AsyncNS_hidream_o1_image__dev:
    """`client.hidream_o1_image.dev`: the endpoints below the `fal-ai/hidream-o1-image/dev`
    endpoint.
    """
    @property
    def edit(self) -> AsyncHidreamO1ImageDevEdit:
        """Hidream O1 Image Dev Edit (`fal-ai/hidream-o1-image/dev/edit`)."""

class _AsyncNS_hidream_o1_image__devEndpoint(
    _AsyncNS_hidream_o1_image__dev, AsyncHidreamO1ImageDev
):
    """`client.hidream_o1_image.dev`: the `fal-ai/hidream-o1-image/dev` endpoint and the
    endpoints below it.
    """

class _AsyncNS_hidream_o1_image:
    """`client.hidream_o1_image`: the endpoints below the `fal-ai/hidream-o1-image` endpoint."""
    @property
    def dev(self) -> _AsyncNS_hidream_o1_image__devEndpoint:
        """Hidream O1 Image Dev (`fal-ai/hidream-o1-image/dev`) and the endpoints under it."""
    @property
    def edit(self) -> AsyncHidreamO1ImageEdit:
        """Hidream O1 Image Edit (`fal-ai/hidream-o1-image/edit`)."""

class _AsyncNS_hidream_o1_imageEndpoint(_AsyncNS_hidream_o1_image, AsyncHidreamO1Image):
    """`client.hidream_o1_image`: the `fal-ai/hidream-o1-image` endpoint and the endpoints below
    it.
    """

class _AsyncNS_hunyuan_image__v2_1:
    """`client.hunyuan_image.v2_1`: endpoints below this path."""
    @property
    def text_to_image(self) -> AsyncHunyuanImageV2_1TextToImage:
        """Hunyuan Image V2.1 Text To Image (`fal-ai/hunyuan-image/v2.1/text-to-image`)."""

class _AsyncNS_hunyuan_image__v3__instruct:
    """`client.hunyuan_image.v3.instruct`: endpoints below this path."""
    @property
    def edit(self) -> AsyncHunyuanImageV3InstructEdit:
        """Hunyuan Image V3 Instruct Edit (`fal-ai/hunyuan-image/v3/instruct/edit`)."""
    @property
    def text_to_image(self) -> AsyncHunyuanImageV3InstructTextToImage:
        """Hunyuan Image V3 Instruct Text To Image
        (`fal-ai/hunyuan-image/v3/instruct/text-to-image`).
        """

class _AsyncNS_hunyuan_image__v3:
    """`client.hunyuan_image.v3`: endpoints below this path."""
    @property
    def instruct(self) -> _AsyncNS_hunyuan_image__v3__instruct:
        """Endpoints under `client.hunyuan_image.v3.instruct`."""
    @property
    def text_to_image(self) -> AsyncHunyuanImageV3TextToImage:
        """Hunyuan Image V3 Text To Image (`fal-ai/hunyuan-image/v3/text-to-image`)."""

class _AsyncNS_hunyuan_image:
    """`client.hunyuan_image`: endpoints below this path."""
    @property
    def v2_1(self) -> _AsyncNS_hunyuan_image__v2_1:
        """Endpoints under `client.hunyuan_image.v2_1`."""
    @property
    def v3(self) -> _AsyncNS_hunyuan_image__v3:
        """Endpoints under `client.hunyuan_image.v3`."""

class _AsyncNS_ideogram__character:
    """`client.ideogram.character`: the endpoints below the `fal-ai/ideogram/character` endpoint."""
    @property
    def edit(self) -> AsyncIdeogramCharacterEdit:
        """Ideogram Character Edit (`fal-ai/ideogram/character/edit`)."""
    @property
    def remix(self) -> AsyncIdeogramCharacterRemix:
        """Ideogram Character Remix (`fal-ai/ideogram/character/remix`)."""

class _AsyncNS_ideogram__characterEndpoint(_AsyncNS_ideogram__character, AsyncIdeogramCharacter):
    """`client.ideogram.character`: the `fal-ai/ideogram/character` endpoint and the endpoints
    below it.
    """

class _AsyncNS_ideogram__custom_models:
    """`client.ideogram.custom_models`: endpoints below this path."""
    @property
    def generate(self) -> AsyncIdeogramCustomModelsGenerate:
        """Ideogram Custom Models Generate (`fal-ai/ideogram/custom-models/generate`)."""

class _AsyncNS_ideogram__v2__turbo:
    """`client.ideogram.v2.turbo`: the endpoints below the `fal-ai/ideogram/v2/turbo` endpoint."""
    @property
    def edit(self) -> AsyncIdeogramV2TurboEdit:
        """Ideogram V2 Turbo Edit (`fal-ai/ideogram/v2/turbo/edit`)."""
    @property
    def remix(self) -> AsyncIdeogramV2TurboRemix:
        """Ideogram V2 Turbo Remix (`fal-ai/ideogram/v2/turbo/remix`)."""

class _AsyncNS_ideogram__v2__turboEndpoint(_AsyncNS_ideogram__v2__turbo, AsyncIdeogramV2Turbo):
    """`client.ideogram.v2.turbo`: the `fal-ai/ideogram/v2/turbo` endpoint and the endpoints
    below it.
    """

class _AsyncNS_ideogram__v2:
    """`client.ideogram.v2`: the endpoints below the `fal-ai/ideogram/v2` endpoint."""
    @property
    def edit(self) -> AsyncIdeogramV2Edit:
        """Ideogram V2 Edit (`fal-ai/ideogram/v2/edit`)."""
    @property
    def remix(self) -> AsyncIdeogramV2Remix:
        """Ideogram V2 Remix (`fal-ai/ideogram/v2/remix`)."""
    @property
    def turbo(self) -> _AsyncNS_ideogram__v2__turboEndpoint:
        """Ideogram V2 Turbo (`fal-ai/ideogram/v2/turbo`) and the endpoints under it."""

class _AsyncNS_ideogram__v2Endpoint(_AsyncNS_ideogram__v2, AsyncIdeogramV2):
    """`client.ideogram.v2`: the `fal-ai/ideogram/v2` endpoint and the endpoints below it."""

class _AsyncNS_ideogram__v2a__turbo:
    """`client.ideogram.v2a.turbo`: the endpoints below the `fal-ai/ideogram/v2a/turbo` endpoint."""
    @property
    def remix(self) -> AsyncIdeogramV2aTurboRemix:
        """Ideogram V2a Turbo Remix (`fal-ai/ideogram/v2a/turbo/remix`)."""

class _AsyncNS_ideogram__v2a__turboEndpoint(_AsyncNS_ideogram__v2a__turbo, AsyncIdeogramV2aTurbo):
    """`client.ideogram.v2a.turbo`: the `fal-ai/ideogram/v2a/turbo` endpoint and the endpoints
    below it.
    """

class _AsyncNS_ideogram__v2a:
    """`client.ideogram.v2a`: the endpoints below the `fal-ai/ideogram/v2a` endpoint."""
    @property
    def remix(self) -> AsyncIdeogramV2aRemix:
        """Ideogram V2a Remix (`fal-ai/ideogram/v2a/remix`)."""
    @property
    def turbo(self) -> _AsyncNS_ideogram__v2a__turboEndpoint:
        """Ideogram V2a Turbo (`fal-ai/ideogram/v2a/turbo`) and the endpoints under it."""

class _AsyncNS_ideogram__v2aEndpoint(_AsyncNS_ideogram__v2a, AsyncIdeogramV2a):
    """`client.ideogram.v2a`: the `fal-ai/ideogram/v2a` endpoint and the endpoints below it."""

class _AsyncNS_ideogram__v3:
    """`client.ideogram.v3`: the endpoints below the `fal-ai/ideogram/v3` endpoint."""
    @property
    def generate_transparent(self) -> AsyncIdeogramV3GenerateTransparent:
        """Ideogram V3 Generate Transparent (`fal-ai/ideogram/v3/generate-transparent`)."""
    @property
    def layerize_text(self) -> AsyncIdeogramV3LayerizeText:
        """Ideogram V3 Layerize Text (`fal-ai/ideogram/v3/layerize-text`)."""
    @property
    def reframe(self) -> AsyncIdeogramV3Reframe:
        """Ideogram V3 Reframe (`fal-ai/ideogram/v3/reframe`)."""
    @property
    def remix(self) -> AsyncIdeogramV3Remix:
        """Ideogram V3 Remix (`fal-ai/ideogram/v3/remix`)."""
    @property
    def replace_background(self) -> AsyncIdeogramV3ReplaceBackground:
        """Ideogram V3 Replace Background (`fal-ai/ideogram/v3/replace-background`)."""

class _AsyncNS_ideogram__v3Endpoint(_AsyncNS_ideogram__v3, AsyncIdeogramV3):
    """`client.ideogram.v3`: the `fal-ai/ideogram/v3` endpoint and the endpoints below it."""

class _AsyncNS_ideogram:
    """`client.ideogram`: endpoints below this path."""
    @property
    def character(self) -> _AsyncNS_ideogram__characterEndpoint:
        """Ideogram Character (`fal-ai/ideogram/character`) and the endpoints under it."""
    @property
    def custom_models(self) -> _AsyncNS_ideogram__custom_models:
        """Endpoints under `client.ideogram.custom_models`."""
    @property
    def remove_background(self) -> AsyncIdeogramRemoveBackground:
        """Ideogram Remove Background (`fal-ai/ideogram/remove-background`)."""
    @property
    def upscale(self) -> AsyncIdeogramUpscale:
        """Ideogram Upscale (`fal-ai/ideogram/upscale`)."""
    @property
    def v2(self) -> _AsyncNS_ideogram__v2Endpoint:
        """Ideogram V2 (`fal-ai/ideogram/v2`) and the endpoints under it."""
    @property
    def v2a(self) -> _AsyncNS_ideogram__v2aEndpoint:
        """Ideogram V2a (`fal-ai/ideogram/v2a`) and the endpoints under it."""
    @property
    def v3(self) -> _AsyncNS_ideogram__v3Endpoint:
        """Ideogram V3 (`fal-ai/ideogram/v3`) and the endpoints under it."""

class _AsyncNS_image_apps_v2:
    """`client.image_apps_v2`: endpoints below this path."""
    @property
    def age_modify(self) -> AsyncImageAppsV2AgeModify:
        """Image Apps V2 Age Modify (`fal-ai/image-apps-v2/age-modify`)."""
    @property
    def city_teleport(self) -> AsyncImageAppsV2CityTeleport:
        """Image Apps V2 City Teleport (`fal-ai/image-apps-v2/city-teleport`)."""
    @property
    def expression_change(self) -> AsyncImageAppsV2ExpressionChange:
        """Image Apps V2 Expression Change (`fal-ai/image-apps-v2/expression-change`)."""
    @property
    def hair_change(self) -> AsyncImageAppsV2HairChange:
        """Image Apps V2 Hair Change (`fal-ai/image-apps-v2/hair-change`)."""
    @property
    def headshot_photo(self) -> AsyncImageAppsV2HeadshotPhoto:
        """Image Apps V2 Headshot Photo (`fal-ai/image-apps-v2/headshot-photo`)."""
    @property
    def makeup_application(self) -> AsyncImageAppsV2MakeupApplication:
        """Image Apps V2 Makeup Application (`fal-ai/image-apps-v2/makeup-application`)."""
    @property
    def object_removal(self) -> AsyncImageAppsV2ObjectRemoval:
        """Image Apps V2 Object Removal (`fal-ai/image-apps-v2/object-removal`)."""
    @property
    def outpaint(self) -> AsyncImageAppsV2Outpaint:
        """Image Apps V2 Outpaint (`fal-ai/image-apps-v2/outpaint`)."""
    @property
    def perspective(self) -> AsyncImageAppsV2Perspective:
        """Image Apps V2 Perspective (`fal-ai/image-apps-v2/perspective`)."""
    @property
    def photo_restoration(self) -> AsyncImageAppsV2PhotoRestoration:
        """Image Apps V2 Photo Restoration (`fal-ai/image-apps-v2/photo-restoration`)."""
    @property
    def photography_effects(self) -> AsyncImageAppsV2PhotographyEffects:
        """Image Apps V2 Photography Effects (`fal-ai/image-apps-v2/photography-effects`)."""
    @property
    def portrait_enhance(self) -> AsyncImageAppsV2PortraitEnhance:
        """Image Apps V2 Portrait Enhance (`fal-ai/image-apps-v2/portrait-enhance`)."""
    @property
    def product_holding(self) -> AsyncImageAppsV2ProductHolding:
        """Image Apps V2 Product Holding (`fal-ai/image-apps-v2/product-holding`)."""
    @property
    def product_photography(self) -> AsyncImageAppsV2ProductPhotography:
        """Image Apps V2 Product Photography (`fal-ai/image-apps-v2/product-photography`)."""
    @property
    def relighting(self) -> AsyncImageAppsV2Relighting:
        """Image Apps V2 Relighting (`fal-ai/image-apps-v2/relighting`)."""
    @property
    def style_transfer(self) -> AsyncImageAppsV2StyleTransfer:
        """Image Apps V2 Style Transfer (`fal-ai/image-apps-v2/style-transfer`)."""
    @property
    def texture_transform(self) -> AsyncImageAppsV2TextureTransform:
        """Image Apps V2 Texture Transform (`fal-ai/image-apps-v2/texture-transform`)."""
    @property
    def virtual_try_on(self) -> AsyncImageAppsV2VirtualTryOn:
        """Image Apps V2 Virtual Try On (`fal-ai/image-apps-v2/virtual-try-on`)."""

class _AsyncNS_image_editing:
    """`client.image_editing`: endpoints below this path."""
    @property
    def age_progression(self) -> AsyncImageEditingAgeProgression:
        """Image Editing Age Progression (`fal-ai/image-editing/age-progression`)."""
    @property
    def baby_version(self) -> AsyncImageEditingBabyVersion:
        """Image Editing Baby Version (`fal-ai/image-editing/baby-version`)."""
    @property
    def background_change(self) -> AsyncImageEditingBackgroundChange:
        """Image Editing Background Change (`fal-ai/image-editing/background-change`)."""
    @property
    def broccoli_haircut(self) -> AsyncImageEditingBroccoliHaircut:
        """Image Editing Broccoli Haircut (`fal-ai/image-editing/broccoli-haircut`)."""
    @property
    def cartoonify(self) -> AsyncImageEditingCartoonify:
        """Image Editing Cartoonify (`fal-ai/image-editing/cartoonify`)."""
    @property
    def color_correction(self) -> AsyncImageEditingColorCorrection:
        """Image Editing Color Correction (`fal-ai/image-editing/color-correction`)."""
    @property
    def expression_change(self) -> AsyncImageEditingExpressionChange:
        """Image Editing Expression Change (`fal-ai/image-editing/expression-change`)."""
    @property
    def face_enhancement(self) -> AsyncImageEditingFaceEnhancement:
        """Image Editing Face Enhancement (`fal-ai/image-editing/face-enhancement`)."""
    @property
    def hair_change(self) -> AsyncImageEditingHairChange:
        """Image Editing Hair Change (`fal-ai/image-editing/hair-change`)."""
    @property
    def object_removal(self) -> AsyncImageEditingObjectRemoval:
        """Image Editing Object Removal (`fal-ai/image-editing/object-removal`)."""
    @property
    def photo_restoration(self) -> AsyncImageEditingPhotoRestoration:
        """Image Editing Photo Restoration (`fal-ai/image-editing/photo-restoration`)."""
    @property
    def plushie_style(self) -> AsyncImageEditingPlushieStyle:
        """Image Editing Plushie Style (`fal-ai/image-editing/plushie-style`)."""
    @property
    def professional_photo(self) -> AsyncImageEditingProfessionalPhoto:
        """Image Editing Professional Photo (`fal-ai/image-editing/professional-photo`)."""
    @property
    def realism(self) -> AsyncImageEditingRealism:
        """Image Editing Realism (`fal-ai/image-editing/realism`)."""
    @property
    def reframe(self) -> AsyncImageEditingReframe:
        """Image Editing Reframe (`fal-ai/image-editing/reframe`)."""
    @property
    def retouch(self) -> AsyncImageEditingRetouch:
        """Image Editing Retouch (`fal-ai/image-editing/retouch`)."""
    @property
    def scene_composition(self) -> AsyncImageEditingSceneComposition:
        """Image Editing Scene Composition (`fal-ai/image-editing/scene-composition`)."""
    @property
    def style_transfer(self) -> AsyncImageEditingStyleTransfer:
        """Image Editing Style Transfer (`fal-ai/image-editing/style-transfer`)."""
    @property
    def text_removal(self) -> AsyncImageEditingTextRemoval:
        """Image Editing Text Removal (`fal-ai/image-editing/text-removal`)."""
    @property
    def time_of_day(self) -> AsyncImageEditingTimeOfDay:
        """Image Editing Time Of Day (`fal-ai/image-editing/time-of-day`)."""
    @property
    def weather_effect(self) -> AsyncImageEditingWeatherEffect:
        """Image Editing Weather Effect (`fal-ai/image-editing/weather-effect`)."""
    @property
    def wojak_style(self) -> AsyncImageEditingWojakStyle:
        """Image Editing Wojak Style (`fal-ai/image-editing/wojak-style`)."""
    @property
    def youtube_thumbnails(self) -> AsyncImageEditingYoutubeThumbnails:
        """Image Editing Youtube Thumbnails (`fal-ai/image-editing/youtube-thumbnails`)."""

class _AsyncNS_image_preprocessors__depth_anything:
    """`client.image_preprocessors.depth_anything`: endpoints below this path."""
    @property
    def v2(self) -> AsyncImagePreprocessorsDepthAnythingV2:
        """Image Preprocessors Depth Anything V2
        (`fal-ai/image-preprocessors/depth-anything/v2`).
        """

class _AsyncNS_image_preprocessors:
    """`client.image_preprocessors`: endpoints below this path."""
    @property
    def depth_anything(self) -> _AsyncNS_image_preprocessors__depth_anything:
        """Endpoints under `client.image_preprocessors.depth_anything`."""
    @property
    def hed(self) -> AsyncImagePreprocessorsHed:
        """Image Preprocessors Hed (`fal-ai/image-preprocessors/hed`)."""
    @property
    def lineart(self) -> AsyncImagePreprocessorsLineart:
        """Image Preprocessors Lineart (`fal-ai/image-preprocessors/lineart`)."""
    @property
    def midas(self) -> AsyncImagePreprocessorsMidas:
        """Image Preprocessors Midas (`fal-ai/image-preprocessors/midas`)."""
    @property
    def mlsd(self) -> AsyncImagePreprocessorsMlsd:
        """Image Preprocessors Mlsd (`fal-ai/image-preprocessors/mlsd`)."""
    @property
    def pidi(self) -> AsyncImagePreprocessorsPidi:
        """Image Preprocessors Pidi (`fal-ai/image-preprocessors/pidi`)."""
    @property
    def sam(self) -> AsyncImagePreprocessorsSam:
        """Image Preprocessors Sam (`fal-ai/image-preprocessors/sam`)."""
    @property
    def scribble(self) -> AsyncImagePreprocessorsScribble:
        """Image Preprocessors Scribble (`fal-ai/image-preprocessors/scribble`)."""
    @property
    def teed(self) -> AsyncImagePreprocessorsTeed:
        """Image Preprocessors Teed (`fal-ai/image-preprocessors/teed`)."""
    @property
    def zoe(self) -> AsyncImagePreprocessorsZoe:
        """Image Preprocessors Zoe (`fal-ai/image-preprocessors/zoe`)."""

class _AsyncNS_imagen3:
    """`client.imagen3`: the endpoints below the `fal-ai/imagen3` endpoint."""
    @property
    def fast(self) -> AsyncImagen3Fast:
        """Imagen3 Fast (`fal-ai/imagen3/fast`)."""

class _AsyncNS_imagen3Endpoint(_AsyncNS_imagen3, AsyncImagen3):
    """`client.imagen3`: the `fal-ai/imagen3` endpoint and the endpoints below it."""

class _AsyncNS_imagen4__preview:
    """`client.imagen4.preview`: endpoints below this path."""
    @property
    def fast(self) -> AsyncImagen4PreviewFast:
        """Imagen4 Preview Fast (`fal-ai/imagen4/preview/fast`)."""
    @property
    def ultra(self) -> AsyncImagen4PreviewUltra:
        """Imagen4 Preview Ultra (`fal-ai/imagen4/preview/ultra`)."""

class _AsyncNS_imagen4:
    """`client.imagen4`: endpoints below this path."""
    @property
    def preview(self) -> _AsyncNS_imagen4__preview:
        """Endpoints under `client.imagen4.preview`."""

class _AsyncNS_imageutils:
    """`client.imageutils`: endpoints below this path."""
    @property
    def depth(self) -> AsyncImageutilsDepth:
        """Imageutils Depth (`fal-ai/imageutils/depth`)."""
    @property
    def marigold_depth(self) -> AsyncImageutilsMarigoldDepth:
        """Imageutils Marigold Depth (`fal-ai/imageutils/marigold-depth`)."""
    @property
    def rembg(self) -> AsyncImageutilsRembg:
        """Imageutils Rembg (`fal-ai/imageutils/rembg`)."""

class _AsyncNS_imagineart__imagineart_1_5_preview:
    """`client.imagineart.imagineart_1_5_preview`: endpoints below this path."""
    @property
    def text_to_image(self) -> AsyncImagineartImagineart1_5PreviewTextToImage:
        """Imagineart Imagineart 1.5 Preview Text To Image
        (`imagineart/imagineart-1.5-preview/text-to-image`).
        """

class _AsyncNS_imagineart__imagineart_1_5_pro_preview:
    """`client.imagineart.imagineart_1_5_pro_preview`: endpoints below this path."""
    @property
    def text_to_image(self) -> AsyncImagineartImagineart1_5ProPreviewTextToImage:
        """Imagineart Imagineart 1.5 Pro Preview Text To Image
        (`imagineart/imagineart-1.5-pro-preview/text-to-image`).
        """

class _AsyncNS_imagineart__imagineart_2_0_preview:
    """`client.imagineart.imagineart_2_0_preview`: endpoints below this path."""
    @property
    def text_to_image(self) -> AsyncImagineartImagineart2_0PreviewTextToImage:
        """Imagineart Imagineart 2.0 Preview Text To Image
        (`imagineart/imagineart-2.0-preview/text-to-image`).
        """

class _AsyncNS_imagineart:
    """`client.imagineart`: endpoints below this path."""
    @property
    def imagineart_1_5_preview(self) -> _AsyncNS_imagineart__imagineart_1_5_preview:
        """Endpoints under `client.imagineart.imagineart_1_5_preview`."""
    @property
    def imagineart_1_5_pro_preview(self) -> _AsyncNS_imagineart__imagineart_1_5_pro_preview:
        """Endpoints under `client.imagineart.imagineart_1_5_pro_preview`."""
    @property
    def imagineart_2_0_preview(self) -> _AsyncNS_imagineart__imagineart_2_0_preview:
        """Endpoints under `client.imagineart.imagineart_2_0_preview`."""

class _AsyncNS_kling__v1_5:
    """`client.kling.v1_5`: endpoints below this path."""
    @property
    def kolors_virtual_try_on(self) -> AsyncKlingV1_5KolorsVirtualTryOn:
        """Kling V1 5 Kolors Virtual Try On (`fal-ai/kling/v1-5/kolors-virtual-try-on`)."""

class _AsyncNS_kling:
    """`client.kling`: endpoints below this path."""
    @property
    def v1_5(self) -> _AsyncNS_kling__v1_5:
        """Endpoints under `client.kling.v1_5`."""

class _AsyncNS_kling_image__o3:
    """`client.kling_image.o3`: endpoints below this path."""
    @property
    def image_to_image(self) -> AsyncKlingImageO3ImageToImage:
        """Kling Image O3 Image To Image (`fal-ai/kling-image/o3/image-to-image`)."""
    @property
    def text_to_image(self) -> AsyncKlingImageO3TextToImage:
        """Kling Image O3 Text To Image (`fal-ai/kling-image/o3/text-to-image`)."""

class _AsyncNS_kling_image__v3:
    """`client.kling_image.v3`: endpoints below this path."""
    @property
    def image_to_image(self) -> AsyncKlingImageV3ImageToImage:
        """Kling Image V3 Image To Image (`fal-ai/kling-image/v3/image-to-image`)."""
    @property
    def text_to_image(self) -> AsyncKlingImageV3TextToImage:
        """Kling Image V3 Text To Image (`fal-ai/kling-image/v3/text-to-image`)."""

class _AsyncNS_kling_image:
    """`client.kling_image`: endpoints below this path."""
    @property
    def o1(self) -> AsyncKlingImageO1:
        """Kling Image O1 (`fal-ai/kling-image/o1`)."""
    @property
    def o3(self) -> _AsyncNS_kling_image__o3:
        """Endpoints under `client.kling_image.o3`."""
    @property
    def v3(self) -> _AsyncNS_kling_image__v3:
        """Endpoints under `client.kling_image.v3`."""

class _AsyncNS_kolors:
    """`client.kolors`: the endpoints below the `fal-ai/kolors` endpoint."""
    @property
    def image_to_image(self) -> AsyncKolorsImageToImage:
        """Kolors Image To Image (`fal-ai/kolors/image-to-image`)."""

class _AsyncNS_kolorsEndpoint(_AsyncNS_kolors, AsyncKolors):
    """`client.kolors`: the `fal-ai/kolors` endpoint and the endpoints below it."""

class _AsyncNS_leffa:
    """`client.leffa`: endpoints below this path."""
    @property
    def pose_transfer(self) -> AsyncLeffaPoseTransfer:
        """Leffa Pose Transfer (`fal-ai/leffa/pose-transfer`)."""
    @property
    def virtual_tryon(self) -> AsyncLeffaVirtualTryon:
        """Leffa Virtual Tryon (`fal-ai/leffa/virtual-tryon`)."""

class _AsyncNS_live_portrait:
    """`client.live_portrait`: endpoints below this path."""
    @property
    def image(self) -> AsyncLivePortraitImage:
        """Live Portrait Image (`fal-ai/live-portrait/image`)."""

class _AsyncNS_longcat_image:
    """`client.longcat_image`: the endpoints below the `fal-ai/longcat-image` endpoint."""
    @property
    def edit(self) -> AsyncLongcatImageEdit:
        """Longcat Image Edit (`fal-ai/longcat-image/edit`)."""

class _AsyncNS_longcat_imageEndpoint(_AsyncNS_longcat_image, AsyncLongcatImage):
    """`client.longcat_image`: the `fal-ai/longcat-image` endpoint and the endpoints below it."""

class _AsyncNS_lora:
    """`client.lora`: the endpoints below the `fal-ai/lora` endpoint."""
    @property
    def image_to_image(self) -> AsyncLoraImageToImage:
        """Lora Image To Image (`fal-ai/lora/image-to-image`)."""
    @property
    def inpaint(self) -> AsyncLoraInpaint:
        """Lora Inpaint (`fal-ai/lora/inpaint`)."""

class _AsyncNS_loraEndpoint(_AsyncNS_lora, AsyncLora):
    """`client.lora`: the `fal-ai/lora` endpoint and the endpoints below it."""

class _AsyncNS_luma_photon__flash:
    """`client.luma_photon.flash`: the endpoints below the `fal-ai/luma-photon/flash` endpoint."""
    @property
    def modify(self) -> AsyncLumaPhotonFlashModify:
        """Luma Photon Flash Modify (`fal-ai/luma-photon/flash/modify`)."""
    @property
    def reframe(self) -> AsyncLumaPhotonFlashReframe:
        """Luma Photon Flash Reframe (`fal-ai/luma-photon/flash/reframe`)."""

class _AsyncNS_luma_photon__flashEndpoint(_AsyncNS_luma_photon__flash, AsyncLumaPhotonFlash):
    """`client.luma_photon.flash`: the `fal-ai/luma-photon/flash` endpoint and the endpoints
    below it.
    """

class _AsyncNS_luma_photon:
    """`client.luma_photon`: the endpoints below the `fal-ai/luma-photon` endpoint."""
    @property
    def flash(self) -> _AsyncNS_luma_photon__flashEndpoint:
        """Luma Photon Flash (`fal-ai/luma-photon/flash`) and the endpoints under it."""
    @property
    def modify(self) -> AsyncLumaPhotonModify:
        """Luma Photon Modify (`fal-ai/luma-photon/modify`)."""
    @property
    def reframe(self) -> AsyncLumaPhotonReframe:
        """Luma Photon Reframe (`fal-ai/luma-photon/reframe`)."""

class _AsyncNS_luma_photonEndpoint(_AsyncNS_luma_photon, AsyncLumaPhoton):
    """`client.luma_photon`: the `fal-ai/luma-photon` endpoint and the endpoints below it."""

class _AsyncNS_lumina_image:
    """`client.lumina_image`: endpoints below this path."""
    @property
    def v2(self) -> AsyncLuminaImageV2:
        """Lumina Image V2 (`fal-ai/lumina-image/v2`)."""

class _AsyncNS_minimax__image_01:
    """`client.minimax.image_01`: the endpoints below the `fal-ai/minimax/image-01` endpoint."""
    @property
    def subject_reference(self) -> AsyncMinimaxImage01SubjectReference:
        """Minimax Image 01 Subject Reference (`fal-ai/minimax/image-01/subject-reference`)."""

class _AsyncNS_minimax__image_01Endpoint(_AsyncNS_minimax__image_01, AsyncMinimaxImage01):
    """`client.minimax.image_01`: the `fal-ai/minimax/image-01` endpoint and the endpoints below
    it.
    """

class _AsyncNS_minimax:
    """`client.minimax`: endpoints below this path."""
    @property
    def image_01(self) -> _AsyncNS_minimax__image_01Endpoint:
        """Minimax Image 01 (`fal-ai/minimax/image-01`) and the endpoints under it."""

class _AsyncNS_moondream3_preview:
    """`client.moondream3_preview`: endpoints below this path."""
    @property
    def segment(self) -> AsyncMoondream3PreviewSegment:
        """Moondream3 Preview Segment (`fal-ai/moondream3-preview/segment`)."""

class _AsyncNS_moondream_next:
    """`client.moondream_next`: endpoints below this path."""
    @property
    def detection(self) -> AsyncMoondreamNextDetection:
        """Moondream Next Detection (`fal-ai/moondream-next/detection`)."""

class _AsyncNS_nafnet:
    """`client.nafnet`: endpoints below this path."""
    @property
    def deblur(self) -> AsyncNafnetDeblur:
        """Nafnet Deblur (`fal-ai/nafnet/deblur`)."""
    @property
    def denoise(self) -> AsyncNafnetDenoise:
        """Nafnet Denoise (`fal-ai/nafnet/denoise`)."""

class _AsyncNS_nano_banana:
    """`client.nano_banana`: the endpoints below the `fal-ai/nano-banana` endpoint."""
    @property
    def edit(self) -> AsyncNanoBananaEdit:
        """Nano Banana Edit (`fal-ai/nano-banana/edit`)."""

class _AsyncNS_nano_bananaEndpoint(_AsyncNS_nano_banana, AsyncNanoBanana):
    """`client.nano_banana`: the `fal-ai/nano-banana` endpoint and the endpoints below it."""

class _AsyncNS_nano_banana_2:
    """`client.nano_banana_2`: the endpoints below the `fal-ai/nano-banana-2` endpoint."""
    @property
    def edit(self) -> AsyncNanoBanana2Edit:
        """Nano Banana 2 Edit (`fal-ai/nano-banana-2/edit`)."""

class _AsyncNS_nano_banana_2Endpoint(_AsyncNS_nano_banana_2, AsyncNanoBanana2):
    """`client.nano_banana_2`: the `fal-ai/nano-banana-2` endpoint and the endpoints below it."""

class _AsyncNS_nano_banana_pro:
    """`client.nano_banana_pro`: the endpoints below the `fal-ai/nano-banana-pro` endpoint."""
    @property
    def edit(self) -> AsyncNanoBananaProEdit:
        """Nano Banana Pro Edit (`fal-ai/nano-banana-pro/edit`)."""

class _AsyncNS_nano_banana_proEndpoint(_AsyncNS_nano_banana_pro, AsyncNanoBananaPro):
    """`client.nano_banana_pro`: the `fal-ai/nano-banana-pro` endpoint and the endpoints below
    it.
    """

class _AsyncNS_object_removal:
    """`client.object_removal`: the endpoints below the `fal-ai/object-removal` endpoint."""
    @property
    def bbox(self) -> AsyncObjectRemovalBbox:
        """Object Removal Bbox (`fal-ai/object-removal/bbox`)."""
    @property
    def mask(self) -> AsyncObjectRemovalMask:
        """Object Removal Mask (`fal-ai/object-removal/mask`)."""

class _AsyncNS_object_removalEndpoint(_AsyncNS_object_removal, AsyncObjectRemoval):
    """`client.object_removal`: the `fal-ai/object-removal` endpoint and the endpoints below it."""

class _AsyncNS_openai__gpt_image_2:
    """`client.openai.gpt_image_2`: the endpoints below the `openai/gpt-image-2` endpoint."""
    @property
    def edit(self) -> AsyncOpenaiGptImage2Edit:
        """Openai Gpt Image 2 Edit (`openai/gpt-image-2/edit`)."""

class _AsyncNS_openai__gpt_image_2Endpoint(_AsyncNS_openai__gpt_image_2, AsyncOpenaiGptImage2):
    """`client.openai.gpt_image_2`: the `openai/gpt-image-2` endpoint and the endpoints below it."""

class _AsyncNS_openai:
    """`client.openai`: endpoints below this path."""
    @property
    def gpt_image_2(self) -> _AsyncNS_openai__gpt_image_2Endpoint:
        """Openai Gpt Image 2 (`openai/gpt-image-2`) and the endpoints under it."""

class _AsyncNS_patina__material:
    """`client.patina.material`: the endpoints below the `fal-ai/patina/material` endpoint."""
    @property
    def extract(self) -> AsyncPatinaMaterialExtract:
        """Patina Material Extract (`fal-ai/patina/material/extract`)."""

class _AsyncNS_patina__materialEndpoint(_AsyncNS_patina__material, AsyncPatinaMaterial):
    """`client.patina.material`: the `fal-ai/patina/material` endpoint and the endpoints below
    it.
    """

class _AsyncNS_patina:
    """`client.patina`: the endpoints below the `fal-ai/patina` endpoint."""
    @property
    def material(self) -> _AsyncNS_patina__materialEndpoint:
        """Patina Material (`fal-ai/patina/material`) and the endpoints under it."""

class _AsyncNS_patinaEndpoint(_AsyncNS_patina, AsyncPatina):
    """`client.patina`: the `fal-ai/patina` endpoint and the endpoints below it."""

class _AsyncNS_phota:
    """`client.phota`: the endpoints below the `fal-ai/phota` endpoint."""
    @property
    def edit(self) -> AsyncPhotaEdit:
        """Phota Edit (`fal-ai/phota/edit`)."""
    @property
    def enhance(self) -> AsyncPhotaEnhance:
        """Phota Enhance (`fal-ai/phota/enhance`)."""

class _AsyncNS_photaEndpoint(_AsyncNS_phota, AsyncPhota):
    """`client.phota`: the `fal-ai/phota` endpoint and the endpoints below it."""

class _AsyncNS_pixelcut:
    """`client.pixelcut`: endpoints below this path."""
    @property
    def background_removal(self) -> AsyncPixelcutBackgroundRemoval:
        """Pixelcut Background Removal (`pixelcut/background-removal`)."""

class _AsyncNS_playground_v25:
    """`client.playground_v25`: the endpoints below the `fal-ai/playground-v25` endpoint."""
    @property
    def image_to_image(self) -> AsyncPlaygroundV25ImageToImage:
        """Playground V25 Image To Image (`fal-ai/playground-v25/image-to-image`)."""
    @property
    def inpainting(self) -> AsyncPlaygroundV25Inpainting:
        """Playground V25 Inpainting (`fal-ai/playground-v25/inpainting`)."""

class _AsyncNS_playground_v25Endpoint(_AsyncNS_playground_v25, AsyncPlaygroundV25):
    """`client.playground_v25`: the `fal-ai/playground-v25` endpoint and the endpoints below it."""

class _AsyncNS_post_processing:
    """`client.post_processing`: the endpoints below the `fal-ai/post-processing` endpoint."""
    @property
    def blur(self) -> AsyncPostProcessingBlur:
        """Post Processing Blur (`fal-ai/post-processing/blur`)."""
    @property
    def chromatic_aberration(self) -> AsyncPostProcessingChromaticAberration:
        """Post Processing Chromatic Aberration (`fal-ai/post-processing/chromatic-aberration`)."""
    @property
    def color_correction(self) -> AsyncPostProcessingColorCorrection:
        """Post Processing Color Correction (`fal-ai/post-processing/color-correction`)."""
    @property
    def color_tint(self) -> AsyncPostProcessingColorTint:
        """Post Processing Color Tint (`fal-ai/post-processing/color-tint`)."""
    @property
    def desaturate(self) -> AsyncPostProcessingDesaturate:
        """Post Processing Desaturate (`fal-ai/post-processing/desaturate`)."""
    @property
    def dissolve(self) -> AsyncPostProcessingDissolve:
        """Post Processing Dissolve (`fal-ai/post-processing/dissolve`)."""
    @property
    def dodge_burn(self) -> AsyncPostProcessingDodgeBurn:
        """Post Processing Dodge Burn (`fal-ai/post-processing/dodge-burn`)."""
    @property
    def grain(self) -> AsyncPostProcessingGrain:
        """Post Processing Grain (`fal-ai/post-processing/grain`)."""
    @property
    def parabolize(self) -> AsyncPostProcessingParabolize:
        """Post Processing Parabolize (`fal-ai/post-processing/parabolize`)."""
    @property
    def sharpen(self) -> AsyncPostProcessingSharpen:
        """Post Processing Sharpen (`fal-ai/post-processing/sharpen`)."""
    @property
    def solarize(self) -> AsyncPostProcessingSolarize:
        """Post Processing Solarize (`fal-ai/post-processing/solarize`)."""
    @property
    def vignette(self) -> AsyncPostProcessingVignette:
        """Post Processing Vignette (`fal-ai/post-processing/vignette`)."""

class _AsyncNS_post_processingEndpoint(_AsyncNS_post_processing, AsyncPostProcessing):
    """`client.post_processing`: the `fal-ai/post-processing` endpoint and the endpoints below
    it.
    """

class _AsyncNS_qwen_image:
    """`client.qwen_image`: the endpoints below the `fal-ai/qwen-image` endpoint."""
    @property
    def image_to_image(self) -> AsyncQwenImageImageToImage:
        """Qwen Image Image To Image (`fal-ai/qwen-image/image-to-image`)."""

class _AsyncNS_qwen_imageEndpoint(_AsyncNS_qwen_image, AsyncQwenImage):
    """`client.qwen_image`: the `fal-ai/qwen-image` endpoint and the endpoints below it."""

class _AsyncNS_qwen_image_2__pro:
    """`client.qwen_image_2.pro`: endpoints below this path."""
    @property
    def edit(self) -> AsyncQwenImage2ProEdit:
        """Qwen Image 2 Pro Edit (`fal-ai/qwen-image-2/pro/edit`)."""
    @property
    def text_to_image(self) -> AsyncQwenImage2ProTextToImage:
        """Qwen Image 2 Pro Text To Image (`fal-ai/qwen-image-2/pro/text-to-image`)."""

class _AsyncNS_qwen_image_2:
    """`client.qwen_image_2`: endpoints below this path."""
    @property
    def edit(self) -> AsyncQwenImage2Edit:
        """Qwen Image 2 Edit (`fal-ai/qwen-image-2/edit`)."""
    @property
    def pro(self) -> _AsyncNS_qwen_image_2__pro:
        """Endpoints under `client.qwen_image_2.pro`."""
    @property
    def text_to_image(self) -> AsyncQwenImage2TextToImage:
        """Qwen Image 2 Text To Image (`fal-ai/qwen-image-2/text-to-image`)."""

class _AsyncNS_qwen_image_2512:
    """`client.qwen_image_2512`: the endpoints below the `fal-ai/qwen-image-2512` endpoint."""
    @property
    def lora(self) -> AsyncQwenImage2512Lora:
        """Qwen Image 2512 Lora (`fal-ai/qwen-image-2512/lora`)."""

class _AsyncNS_qwen_image_2512Endpoint(_AsyncNS_qwen_image_2512, AsyncQwenImage2512):
    """`client.qwen_image_2512`: the `fal-ai/qwen-image-2512` endpoint and the endpoints below
    it.
    """

class _AsyncNS_qwen_image_edit:
    """`client.qwen_image_edit`: endpoints below this path."""
    @property
    def image_to_image(self) -> AsyncQwenImageEditImageToImage:
        """Qwen Image Edit Image To Image (`fal-ai/qwen-image-edit/image-to-image`)."""
    @property
    def inpaint(self) -> AsyncQwenImageEditInpaint:
        """Qwen Image Edit Inpaint (`fal-ai/qwen-image-edit/inpaint`)."""

class _AsyncNS_qwen_image_edit_2509_lora_gallery:
    """`client.qwen_image_edit_2509_lora_gallery`: endpoints below this path."""
    @property
    def add_background(self) -> AsyncQwenImageEdit2509LoraGalleryAddBackground:
        """Qwen Image Edit 2509 Lora Gallery Add Background
        (`fal-ai/qwen-image-edit-2509-lora-gallery/add-background`).
        """
    @property
    def face_to_full_portrait(self) -> AsyncQwenImageEdit2509LoraGalleryFaceToFullPortrait:
        """Qwen Image Edit 2509 Lora Gallery Face To Full Portrait
        (`fal-ai/qwen-image-edit-2509-lora-gallery/face-to-full-portrait`).
        """
    @property
    def group_photo(self) -> AsyncQwenImageEdit2509LoraGalleryGroupPhoto:
        """Qwen Image Edit 2509 Lora Gallery Group Photo
        (`fal-ai/qwen-image-edit-2509-lora-gallery/group-photo`).
        """
    @property
    def integrate_product(self) -> AsyncQwenImageEdit2509LoraGalleryIntegrateProduct:
        """Qwen Image Edit 2509 Lora Gallery Integrate Product
        (`fal-ai/qwen-image-edit-2509-lora-gallery/integrate-product`).
        """
    @property
    def lighting_restoration(self) -> AsyncQwenImageEdit2509LoraGalleryLightingRestoration:
        """Qwen Image Edit 2509 Lora Gallery Lighting Restoration
        (`fal-ai/qwen-image-edit-2509-lora-gallery/lighting-restoration`).
        """
    @property
    def multiple_angles(self) -> AsyncQwenImageEdit2509LoraGalleryMultipleAngles:
        """Qwen Image Edit 2509 Lora Gallery Multiple Angles
        (`fal-ai/qwen-image-edit-2509-lora-gallery/multiple-angles`).
        """
    @property
    def next_scene(self) -> AsyncQwenImageEdit2509LoraGalleryNextScene:
        """Qwen Image Edit 2509 Lora Gallery Next Scene
        (`fal-ai/qwen-image-edit-2509-lora-gallery/next-scene`).
        """
    @property
    def remove_element(self) -> AsyncQwenImageEdit2509LoraGalleryRemoveElement:
        """Qwen Image Edit 2509 Lora Gallery Remove Element
        (`fal-ai/qwen-image-edit-2509-lora-gallery/remove-element`).
        """
    @property
    def remove_lighting(self) -> AsyncQwenImageEdit2509LoraGalleryRemoveLighting:
        """Qwen Image Edit 2509 Lora Gallery Remove Lighting
        (`fal-ai/qwen-image-edit-2509-lora-gallery/remove-lighting`).
        """
    @property
    def shirt_design(self) -> AsyncQwenImageEdit2509LoraGalleryShirtDesign:
        """Qwen Image Edit 2509 Lora Gallery Shirt Design
        (`fal-ai/qwen-image-edit-2509-lora-gallery/shirt-design`).
        """

class _AsyncNS_qwen_image_edit_2511:
    """`client.qwen_image_edit_2511`: the endpoints below the `fal-ai/qwen-image-edit-2511`
    endpoint.
    """
    @property
    def lora(self) -> AsyncQwenImageEdit2511Lora:
        """Qwen Image Edit 2511 Lora (`fal-ai/qwen-image-edit-2511/lora`)."""

class _AsyncNS_qwen_image_edit_2511Endpoint(_AsyncNS_qwen_image_edit_2511, AsyncQwenImageEdit2511):
    """`client.qwen_image_edit_2511`: the `fal-ai/qwen-image-edit-2511` endpoint and the
    endpoints below it.
    """

class _AsyncNS_qwen_image_edit_plus_lora_gallery:
    """`client.qwen_image_edit_plus_lora_gallery`: endpoints below this path."""
    @property
    def add_background(self) -> AsyncQwenImageEditPlusLoraGalleryAddBackground:
        """Qwen Image Edit Plus Lora Gallery Add Background
        (`fal-ai/qwen-image-edit-plus-lora-gallery/add-background`).
        """
    @property
    def face_to_full_portrait(self) -> AsyncQwenImageEditPlusLoraGalleryFaceToFullPortrait:
        """Qwen Image Edit Plus Lora Gallery Face To Full Portrait
        (`fal-ai/qwen-image-edit-plus-lora-gallery/face-to-full-portrait`).
        """
    @property
    def group_photo(self) -> AsyncQwenImageEditPlusLoraGalleryGroupPhoto:
        """Qwen Image Edit Plus Lora Gallery Group Photo
        (`fal-ai/qwen-image-edit-plus-lora-gallery/group-photo`).
        """
    @property
    def integrate_product(self) -> AsyncQwenImageEditPlusLoraGalleryIntegrateProduct:
        """Qwen Image Edit Plus Lora Gallery Integrate Product
        (`fal-ai/qwen-image-edit-plus-lora-gallery/integrate-product`).
        """
    @property
    def lighting_restoration(self) -> AsyncQwenImageEditPlusLoraGalleryLightingRestoration:
        """Qwen Image Edit Plus Lora Gallery Lighting Restoration
        (`fal-ai/qwen-image-edit-plus-lora-gallery/lighting-restoration`).
        """
    @property
    def multiple_angles(self) -> AsyncQwenImageEditPlusLoraGalleryMultipleAngles:
        """Qwen Image Edit Plus Lora Gallery Multiple Angles
        (`fal-ai/qwen-image-edit-plus-lora-gallery/multiple-angles`).
        """
    @property
    def next_scene(self) -> AsyncQwenImageEditPlusLoraGalleryNextScene:
        """Qwen Image Edit Plus Lora Gallery Next Scene
        (`fal-ai/qwen-image-edit-plus-lora-gallery/next-scene`).
        """
    @property
    def remove_element(self) -> AsyncQwenImageEditPlusLoraGalleryRemoveElement:
        """Qwen Image Edit Plus Lora Gallery Remove Element
        (`fal-ai/qwen-image-edit-plus-lora-gallery/remove-element`).
        """
    @property
    def remove_lighting(self) -> AsyncQwenImageEditPlusLoraGalleryRemoveLighting:
        """Qwen Image Edit Plus Lora Gallery Remove Lighting
        (`fal-ai/qwen-image-edit-plus-lora-gallery/remove-lighting`).
        """
    @property
    def shirt_design(self) -> AsyncQwenImageEditPlusLoraGalleryShirtDesign:
        """Qwen Image Edit Plus Lora Gallery Shirt Design
        (`fal-ai/qwen-image-edit-plus-lora-gallery/shirt-design`).
        """

class _AsyncNS_qwen_image_layered:
    """`client.qwen_image_layered`: the endpoints below the `fal-ai/qwen-image-layered` endpoint."""
    @property
    def lora(self) -> AsyncQwenImageLayeredLora:
        """Qwen Image Layered Lora (`fal-ai/qwen-image-layered/lora`)."""

class _AsyncNS_qwen_image_layeredEndpoint(_AsyncNS_qwen_image_layered, AsyncQwenImageLayered):
    """`client.qwen_image_layered`: the `fal-ai/qwen-image-layered` endpoint and the endpoints
    below it.
    """

class _AsyncNS_qwen_image_max:
    """`client.qwen_image_max`: endpoints below this path."""
    @property
    def edit(self) -> AsyncQwenImageMaxEdit:
        """Qwen Image Max Edit (`fal-ai/qwen-image-max/edit`)."""
    @property
    def text_to_image(self) -> AsyncQwenImageMaxTextToImage:
        """Qwen Image Max Text To Image (`fal-ai/qwen-image-max/text-to-image`)."""

class _AsyncNS_recraft__upscale:
    """`client.recraft.upscale`: endpoints below this path."""
    @property
    def creative(self) -> AsyncRecraftUpscaleCreative:
        """Recraft Upscale Creative (`fal-ai/recraft/upscale/creative`)."""
    @property
    def crisp(self) -> AsyncRecraftUpscaleCrisp:
        """Recraft Upscale Crisp (`fal-ai/recraft/upscale/crisp`)."""

class _AsyncNS_recraft__v3:
    """`client.recraft.v3`: endpoints below this path."""
    @property
    def image_to_image(self) -> AsyncRecraftV3ImageToImage:
        """Recraft V3 Image To Image (`fal-ai/recraft/v3/image-to-image`)."""

class _AsyncNS_recraft__v4__pro:
    """`client.recraft.v4.pro`: endpoints below this path."""
    @property
    def text_to_image(self) -> AsyncRecraftV4ProTextToImage:
        """Recraft V4 Pro Text To Image (`fal-ai/recraft/v4/pro/text-to-image`)."""
    @property
    def text_to_vector(self) -> AsyncRecraftV4ProTextToVector:
        """Recraft V4 Pro Text To Vector (`fal-ai/recraft/v4/pro/text-to-vector`)."""

class _AsyncNS_recraft__v4:
    """`client.recraft.v4`: endpoints below this path."""
    @property
    def pro(self) -> _AsyncNS_recraft__v4__pro:
        """Endpoints under `client.recraft.v4.pro`."""
    @property
    def text_to_image(self) -> AsyncRecraftV4TextToImage:
        """Recraft V4 Text To Image (`fal-ai/recraft/v4/text-to-image`)."""
    @property
    def text_to_vector(self) -> AsyncRecraftV4TextToVector:
        """Recraft V4 Text To Vector (`fal-ai/recraft/v4/text-to-vector`)."""

class _AsyncNS_recraft:
    """`client.recraft`: endpoints below this path."""
    @property
    def upscale(self) -> _AsyncNS_recraft__upscale:
        """Endpoints under `client.recraft.upscale`."""
    @property
    def v3(self) -> _AsyncNS_recraft__v3:
        """Endpoints under `client.recraft.v3`."""
    @property
    def v4(self) -> _AsyncNS_recraft__v4:
        """Endpoints under `client.recraft.v4`."""
    @property
    def vectorize(self) -> AsyncRecraftVectorize:
        """Recraft Vectorize (`fal-ai/recraft/vectorize`)."""

class _AsyncNS_rundiffusion_fal__juggernaut_flux_lora:
    """`client.rundiffusion_fal.juggernaut_flux_lora`: the endpoints below the
    `rundiffusion-fal/juggernaut-flux-lora` endpoint.
    """
    @property
    def inpainting(self) -> AsyncRundiffusionFalJuggernautFluxLoraInpainting:
        """Rundiffusion Fal Juggernaut Flux Lora Inpainting
        (`rundiffusion-fal/juggernaut-flux-lora/inpainting`).
        """

class _AsyncNS_rundiffusion_fal__juggernaut_flux_loraEndpoint(
    _AsyncNS_rundiffusion_fal__juggernaut_flux_lora, AsyncRundiffusionFalJuggernautFluxLora
):
    """`client.rundiffusion_fal.juggernaut_flux_lora`: the
    `rundiffusion-fal/juggernaut-flux-lora` endpoint and the endpoints below it.
    """

class _AsyncNS_rundiffusion_fal:
    """`client.rundiffusion_fal`: endpoints below this path."""
    @property
    def juggernaut_flux_lora(self) -> _AsyncNS_rundiffusion_fal__juggernaut_flux_loraEndpoint:
        """Rundiffusion Fal Juggernaut Flux Lora (`rundiffusion-fal/juggernaut-flux-lora`) and
        the endpoints under it.
        """
    @property
    def rundiffusion_photo_flux(self) -> AsyncRundiffusionFalRundiffusionPhotoFlux:
        """Rundiffusion Fal Rundiffusion Photo Flux (`rundiffusion-fal/rundiffusion-photo-flux`)."""

class _AsyncNS_sam2:
    """`client.sam2`: endpoints below this path."""
    @property
    def auto_segment(self) -> AsyncSam2AutoSegment:
        """Sam2 Auto Segment (`fal-ai/sam2/auto-segment`)."""
    @property
    def image(self) -> AsyncSam2Image:
        """Sam2 Image (`fal-ai/sam2/image`)."""

class _AsyncNS_sam_3:
    """`client.sam_3`: endpoints below this path."""
    @property
    def image(self) -> AsyncSam3Image:
        """Sam 3 Image (`fal-ai/sam-3/image`)."""
    @property
    def image_rle(self) -> AsyncSam3ImageRle:
        """Sam 3 Image Rle (`fal-ai/sam-3/image-rle`)."""

class _AsyncNS_sam_3_1:
    """`client.sam_3_1`: endpoints below this path."""
    @property
    def image(self) -> AsyncSam3_1Image:
        """Sam 3 1 Image (`fal-ai/sam-3-1/image`)."""
    @property
    def image_rle(self) -> AsyncSam3_1ImageRle:
        """Sam 3 1 Image Rle (`fal-ai/sam-3-1/image-rle`)."""

class _AsyncNS_sana__v1_5:
    """`client.sana.v1_5`: endpoints below this path."""
    @property
    def v1_6b(self) -> AsyncSanaV1_5_1_6b:
        """Sana V1.5 1.6b (`fal-ai/sana/v1.5/1.6b`)."""
    @property
    def v4_8b(self) -> AsyncSanaV1_5_4_8b:
        """Sana V1.5 4.8b (`fal-ai/sana/v1.5/4.8b`)."""

class _AsyncNS_sana:
    """`client.sana`: the endpoints below the `fal-ai/sana` endpoint."""
    @property
    def sprint(self) -> AsyncSanaSprint:
        """Sana Sprint (`fal-ai/sana/sprint`)."""
    @property
    def v1_5(self) -> _AsyncNS_sana__v1_5:
        """Endpoints under `client.sana.v1_5`."""

class _AsyncNS_sanaEndpoint(_AsyncNS_sana, AsyncSana):
    """`client.sana`: the `fal-ai/sana` endpoint and the endpoints below it."""

class _AsyncNS_sdxl_controlnet_union:
    """`client.sdxl_controlnet_union`: the endpoints below the `fal-ai/sdxl-controlnet-union`
    endpoint.
    """
    @property
    def image_to_image(self) -> AsyncSdxlControlnetUnionImageToImage:
        """Sdxl Controlnet Union Image To Image (`fal-ai/sdxl-controlnet-union/image-to-image`)."""
    @property
    def inpainting(self) -> AsyncSdxlControlnetUnionInpainting:
        """Sdxl Controlnet Union Inpainting (`fal-ai/sdxl-controlnet-union/inpainting`)."""

class _AsyncNS_sdxl_controlnet_unionEndpoint(
    _AsyncNS_sdxl_controlnet_union, AsyncSdxlControlnetUnion
):
    """`client.sdxl_controlnet_union`: the `fal-ai/sdxl-controlnet-union` endpoint and the
    endpoints below it.
    """

class _AsyncNS_seedvr__upscale__image:
    """`client.seedvr.upscale.image`: the endpoints below the `fal-ai/seedvr/upscale/image`
    endpoint.
    """
    @property
    def seamless(self) -> AsyncSeedvrUpscaleImageSeamless:
        """Seedvr Upscale Image Seamless (`fal-ai/seedvr/upscale/image/seamless`)."""

class _AsyncNS_seedvr__upscale__imageEndpoint(
    _AsyncNS_seedvr__upscale__image, AsyncSeedvrUpscaleImage
):
    """`client.seedvr.upscale.image`: the `fal-ai/seedvr/upscale/image` endpoint and the
    endpoints below it.
    """

class _AsyncNS_seedvr__upscale:
    """`client.seedvr.upscale`: endpoints below this path."""
    @property
    def image(self) -> _AsyncNS_seedvr__upscale__imageEndpoint:
        """Seedvr Upscale Image (`fal-ai/seedvr/upscale/image`) and the endpoints under it."""

class _AsyncNS_seedvr:
    """`client.seedvr`: endpoints below this path."""
    @property
    def upscale(self) -> _AsyncNS_seedvr__upscale:
        """Endpoints under `client.seedvr.upscale`."""

class _AsyncNS_smoretalk_ai:
    """`client.smoretalk_ai`: endpoints below this path."""
    @property
    def rembg_enhance(self) -> AsyncSmoretalkAiRembgEnhance:
        """Smoretalk Ai Rembg Enhance (`smoretalk-ai/rembg-enhance`)."""

class _AsyncNS_stable_cascade:
    """`client.stable_cascade`: the endpoints below the `fal-ai/stable-cascade` endpoint."""
    @property
    def sote_diffusion(self) -> AsyncStableCascadeSoteDiffusion:
        """Stable Cascade Sote Diffusion (`fal-ai/stable-cascade/sote-diffusion`)."""

class _AsyncNS_stable_cascadeEndpoint(_AsyncNS_stable_cascade, AsyncStableCascade):
    """`client.stable_cascade`: the `fal-ai/stable-cascade` endpoint and the endpoints below it."""

class _AsyncNS_stable_diffusion_v3_medium:
    """`client.stable_diffusion_v3_medium`: the endpoints below the
    `fal-ai/stable-diffusion-v3-medium` endpoint.
    """
    @property
    def image_to_image(self) -> AsyncStableDiffusionV3MediumImageToImage:
        """Stable Diffusion V3 Medium Image To Image
        (`fal-ai/stable-diffusion-v3-medium/image-to-image`).
        """

class _AsyncNS_stable_diffusion_v3_mediumEndpoint(
    _AsyncNS_stable_diffusion_v3_medium, AsyncStableDiffusionV3Medium
):
    """`client.stable_diffusion_v3_medium`: the `fal-ai/stable-diffusion-v3-medium` endpoint and
    the endpoints below it.
    """

class _AsyncNS_switti:
    """`client.switti`: the endpoints below the `fal-ai/switti` endpoint."""
    @property
    def v512(self) -> AsyncSwitti512:
        """Switti 512 (`fal-ai/switti/512`)."""

class _AsyncNS_swittiEndpoint(_AsyncNS_switti, AsyncSwitti):
    """`client.switti`: the `fal-ai/switti` endpoint and the endpoints below it."""

class _AsyncNS_topaz__upscale:
    """`client.topaz.upscale`: endpoints below this path."""
    @property
    def image(self) -> AsyncTopazUpscaleImage:
        """Topaz Upscale Image (`fal-ai/topaz/upscale/image`)."""

class _AsyncNS_topaz:
    """`client.topaz`: endpoints below this path."""
    @property
    def upscale(self) -> _AsyncNS_topaz__upscale:
        """Endpoints under `client.topaz.upscale`."""

class _AsyncNS_vecglypher:
    """`client.vecglypher`: the endpoints below the `fal-ai/vecglypher` endpoint."""
    @property
    def image_to_svg(self) -> AsyncVecglypherImageToSvg:
        """Vecglypher Image To Svg (`fal-ai/vecglypher/image-to-svg`)."""

class _AsyncNS_vecglypherEndpoint(_AsyncNS_vecglypher, AsyncVecglypher):
    """`client.vecglypher`: the `fal-ai/vecglypher` endpoint and the endpoints below it."""

class _AsyncNS_vidu__q2:
    """`client.vidu.q2`: endpoints below this path."""
    @property
    def reference_to_image(self) -> AsyncViduQ2ReferenceToImage:
        """Vidu Q2 Reference To Image (`fal-ai/vidu/q2/reference-to-image`)."""
    @property
    def text_to_image(self) -> AsyncViduQ2TextToImage:
        """Vidu Q2 Text To Image (`fal-ai/vidu/q2/text-to-image`)."""

class _AsyncNS_vidu:
    """`client.vidu`: endpoints below this path."""
    @property
    def q2(self) -> _AsyncNS_vidu__q2:
        """Endpoints under `client.vidu.q2`."""
    @property
    def reference_to_image(self) -> AsyncViduReferenceToImage:
        """Vidu Reference To Image (`fal-ai/vidu/reference-to-image`)."""

class _AsyncNS_wan__v2_2_5b:
    """`client.wan.v2_2_5b`: endpoints below this path."""
    @property
    def text_to_image(self) -> AsyncWanV2_2_5bTextToImage:
        """Wan V2.2 5b Text To Image (`fal-ai/wan/v2.2-5b/text-to-image`)."""

class _AsyncNS_wan__v2_2_a14b__text_to_image:
    """`client.wan.v2_2_a14b.text_to_image`: the endpoints below the
    `fal-ai/wan/v2.2-a14b/text-to-image` endpoint.
    """
    @property
    def lora(self) -> AsyncWanV2_2A14bTextToImageLora:
        """Wan V2.2 A14b Text To Image Lora (`fal-ai/wan/v2.2-a14b/text-to-image/lora`)."""

class _AsyncNS_wan__v2_2_a14b__text_to_imageEndpoint(
    _AsyncNS_wan__v2_2_a14b__text_to_image, AsyncWanV2_2A14bTextToImage
):
    """`client.wan.v2_2_a14b.text_to_image`: the `fal-ai/wan/v2.2-a14b/text-to-image` endpoint
    and the endpoints below it.
    """

class _AsyncNS_wan__v2_2_a14b:
    """`client.wan.v2_2_a14b`: endpoints below this path."""
    @property
    def image_to_image(self) -> AsyncWanV2_2A14bImageToImage:
        """Wan V2.2 A14b Image To Image (`fal-ai/wan/v2.2-a14b/image-to-image`)."""
    @property
    def text_to_image(self) -> _AsyncNS_wan__v2_2_a14b__text_to_imageEndpoint:
        """Wan V2.2 A14b Text To Image (`fal-ai/wan/v2.2-a14b/text-to-image`) and the endpoints
        under it.
        """

class _AsyncNS_wan__v2_6:
    """`client.wan.v2_6`: endpoints below this path."""
    @property
    def image_to_image(self) -> AsyncWanV2_6ImageToImage:
        """Wan V2.6 Image To Image (`wan/v2.6/image-to-image`)."""
    @property
    def text_to_image(self) -> AsyncWanV2_6TextToImage:
        """Wan V2.6 Text To Image (`wan/v2.6/text-to-image`)."""

class _AsyncNS_wan__v2_7__pro:
    """`client.wan.v2_7.pro`: endpoints below this path."""
    @property
    def edit(self) -> AsyncWanV2_7ProEdit:
        """Wan V2.7 Pro Edit (`fal-ai/wan/v2.7/pro/edit`)."""
    @property
    def text_to_image(self) -> AsyncWanV2_7ProTextToImage:
        """Wan V2.7 Pro Text To Image (`fal-ai/wan/v2.7/pro/text-to-image`)."""

class _AsyncNS_wan__v2_7:
    """`client.wan.v2_7`: endpoints below this path."""
    @property
    def edit(self) -> AsyncWanV2_7Edit:
        """Wan V2.7 Edit (`fal-ai/wan/v2.7/edit`)."""
    @property
    def pro(self) -> _AsyncNS_wan__v2_7__pro:
        """Endpoints under `client.wan.v2_7.pro`."""
    @property
    def text_to_image(self) -> AsyncWanV2_7TextToImage:
        """Wan V2.7 Text To Image (`fal-ai/wan/v2.7/text-to-image`)."""

class _AsyncNS_wan:
    """`client.wan`: endpoints below this path."""
    @property
    def v2_2_5b(self) -> _AsyncNS_wan__v2_2_5b:
        """Endpoints under `client.wan.v2_2_5b`."""
    @property
    def v2_2_a14b(self) -> _AsyncNS_wan__v2_2_a14b:
        """Endpoints under `client.wan.v2_2_a14b`."""
    @property
    def v2_6(self) -> _AsyncNS_wan__v2_6:
        """Endpoints under `client.wan.v2_6`."""
    @property
    def v2_7(self) -> _AsyncNS_wan__v2_7:
        """Endpoints under `client.wan.v2_7`."""

class _AsyncNS_wan_25_preview:
    """`client.wan_25_preview`: endpoints below this path."""
    @property
    def image_to_image(self) -> AsyncWan25PreviewImageToImage:
        """Wan 25 Preview Image To Image (`fal-ai/wan-25-preview/image-to-image`)."""
    @property
    def text_to_image(self) -> AsyncWan25PreviewTextToImage:
        """Wan 25 Preview Text To Image (`fal-ai/wan-25-preview/text-to-image`)."""

class _AsyncNS_workflow_utilities:
    """`client.workflow_utilities`: endpoints below this path."""
    @property
    def extract_nth_frame(self) -> AsyncWorkflowUtilitiesExtractNthFrame:
        """Workflow Utilities Extract Nth Frame (`fal-ai/workflow-utilities/extract-nth-frame`)."""

class _AsyncNS_xai__grok_imagine_image__quality:
    """`client.xai.grok_imagine_image.quality`: endpoints below this path."""
    @property
    def edit(self) -> AsyncXaiGrokImagineImageQualityEdit:
        """Xai Grok Imagine Image Quality Edit (`xai/grok-imagine-image/quality/edit`)."""
    @property
    def text_to_image(self) -> AsyncXaiGrokImagineImageQualityTextToImage:
        """Xai Grok Imagine Image Quality Text To Image
        (`xai/grok-imagine-image/quality/text-to-image`).
        """

class _AsyncNS_xai__grok_imagine_image:
    """`client.xai.grok_imagine_image`: the endpoints below the `xai/grok-imagine-image`
    endpoint.
    """
    @property
    def edit(self) -> AsyncXaiGrokImagineImageEdit:
        """Xai Grok Imagine Image Edit (`xai/grok-imagine-image/edit`)."""
    @property
    def quality(self) -> _AsyncNS_xai__grok_imagine_image__quality:
        """Endpoints under `client.xai.grok_imagine_image.quality`."""

class _AsyncNS_xai__grok_imagine_imageEndpoint(
    _AsyncNS_xai__grok_imagine_image, AsyncXaiGrokImagineImage
):
    """`client.xai.grok_imagine_image`: the `xai/grok-imagine-image` endpoint and the endpoints
    below it.
    """

class _AsyncNS_xai:
    """`client.xai`: endpoints below this path."""
    @property
    def grok_imagine_image(self) -> _AsyncNS_xai__grok_imagine_imageEndpoint:
        """Xai Grok Imagine Image (`xai/grok-imagine-image`) and the endpoints under it."""

class _AsyncNS_z_image__base:
    """`client.z_image.base`: the endpoints below the `fal-ai/z-image/base` endpoint."""
    @property
    def lora(self) -> AsyncZImageBaseLora:
        """Z Image Base Lora (`fal-ai/z-image/base/lora`)."""

class _AsyncNS_z_image__baseEndpoint(_AsyncNS_z_image__base, AsyncZImageBase):
    """`client.z_image.base`: the `fal-ai/z-image/base` endpoint and the endpoints below it."""

class _AsyncNS_z_image__turbo__controlnet:
    """`client.z_image.turbo.controlnet`: the endpoints below the
    `fal-ai/z-image/turbo/controlnet` endpoint.
    """
    @property
    def lora(self) -> AsyncZImageTurboControlnetLora:
        """Z Image Turbo Controlnet Lora (`fal-ai/z-image/turbo/controlnet/lora`)."""

class _AsyncNS_z_image__turbo__controlnetEndpoint(
    _AsyncNS_z_image__turbo__controlnet, AsyncZImageTurboControlnet
):
    """`client.z_image.turbo.controlnet`: the `fal-ai/z-image/turbo/controlnet` endpoint and the
    endpoints below it.
    """

class _AsyncNS_z_image__turbo__image_to_image:
    """`client.z_image.turbo.image_to_image`: the endpoints below the
    `fal-ai/z-image/turbo/image-to-image` endpoint.
    """
    @property
    def lora(self) -> AsyncZImageTurboImageToImageLora:
        """Z Image Turbo Image To Image Lora (`fal-ai/z-image/turbo/image-to-image/lora`)."""

class _AsyncNS_z_image__turbo__image_to_imageEndpoint(
    _AsyncNS_z_image__turbo__image_to_image, AsyncZImageTurboImageToImage
):
    """`client.z_image.turbo.image_to_image`: the `fal-ai/z-image/turbo/image-to-image` endpoint
    and the endpoints below it.
    """

class _AsyncNS_z_image__turbo__inpaint:
    """`client.z_image.turbo.inpaint`: the endpoints below the `fal-ai/z-image/turbo/inpaint`
    endpoint.
    """
    @property
    def lora(self) -> AsyncZImageTurboInpaintLora:
        """Z Image Turbo Inpaint Lora (`fal-ai/z-image/turbo/inpaint/lora`)."""

class _AsyncNS_z_image__turbo__inpaintEndpoint(
    _AsyncNS_z_image__turbo__inpaint, AsyncZImageTurboInpaint
):
    """`client.z_image.turbo.inpaint`: the `fal-ai/z-image/turbo/inpaint` endpoint and the
    endpoints below it.
    """

class _AsyncNS_z_image__turbo__tiling:
    """`client.z_image.turbo.tiling`: the endpoints below the `fal-ai/z-image/turbo/tiling`
    endpoint.
    """
    @property
    def lora(self) -> AsyncZImageTurboTilingLora:
        """Z Image Turbo Tiling Lora (`fal-ai/z-image/turbo/tiling/lora`)."""

class _AsyncNS_z_image__turbo__tilingEndpoint(
    _AsyncNS_z_image__turbo__tiling, AsyncZImageTurboTiling
):
    """`client.z_image.turbo.tiling`: the `fal-ai/z-image/turbo/tiling` endpoint and the
    endpoints below it.
    """

class _AsyncNS_z_image__turbo:
    """`client.z_image.turbo`: the endpoints below the `fal-ai/z-image/turbo` endpoint."""
    @property
    def controlnet(self) -> _AsyncNS_z_image__turbo__controlnetEndpoint:
        """Z Image Turbo Controlnet (`fal-ai/z-image/turbo/controlnet`) and the endpoints under
        it.
        """
    @property
    def image_to_image(self) -> _AsyncNS_z_image__turbo__image_to_imageEndpoint:
        """Z Image Turbo Image To Image (`fal-ai/z-image/turbo/image-to-image`) and the endpoints
        under it.
        """
    @property
    def inpaint(self) -> _AsyncNS_z_image__turbo__inpaintEndpoint:
        """Z Image Turbo Inpaint (`fal-ai/z-image/turbo/inpaint`) and the endpoints under it."""
    @property
    def lora(self) -> AsyncZImageTurboLora:
        """Z Image Turbo Lora (`fal-ai/z-image/turbo/lora`)."""
    @property
    def tiling(self) -> _AsyncNS_z_image__turbo__tilingEndpoint:
        """Z Image Turbo Tiling (`fal-ai/z-image/turbo/tiling`) and the endpoints under it."""

class _AsyncNS_z_image__turboEndpoint(_AsyncNS_z_image__turbo, AsyncZImageTurbo):
    """`client.z_image.turbo`: the `fal-ai/z-image/turbo` endpoint and the endpoints below it."""

class _AsyncNS_z_image:
    """`client.z_image`: endpoints below this path."""
    @property
    def base(self) -> _AsyncNS_z_image__baseEndpoint:
        """Z Image Base (`fal-ai/z-image/base`) and the endpoints under it."""
    @property
    def turbo(self) -> _AsyncNS_z_image__turboEndpoint:
        """Z Image Turbo (`fal-ai/z-image/turbo`) and the endpoints under it."""

class AsyncFalClient(AsyncClientBase):
    """The asyncio fal client: `client.<namespace>.<endpoint>.subscribe(...)`.

    Args:
        key: fal API key; defaults to FAL_KEY, then FAL_KEY_ID and FAL_KEY_SECRET.
        run_url: Base URL of synchronous runs (default https://fal.run).
        queue_url: Base URL of the queue (default https://queue.fal.run).
        rest_url: Base URL of fal's REST API, for storage (default https://rest.fal.ai).
        cdn_url: Base URL of fal's CDN, for uploads (default https://v3.fal.media).
        timeout: Default HTTP timeout in seconds, or an httpx.Timeout.
        max_retries: Retries for failed calls that are safe to repeat (default 2).
        max_retry_wait: The longest a retry waits for fal's Retry-After (default 60 s); a
            longer one raises at once (RateLimitError for a 429, with `retry_after`).
        default_headers: Headers sent with every request.
        inline_file_limit: Local files up to this many bytes go inline as data URIs
            (default 1 MiB); larger ones are uploaded to fal storage. 0 uploads every file.
        http_client: Your own httpx client (its transport, proxies, limits).
        limits: Connection-pool limits when no http_client is given.
    """
    @property
    def aura_flow(self) -> AsyncAuraFlow:
        """Aura Flow (`fal-ai/aura-flow`)."""
    @property
    def aura_sr(self) -> AsyncAuraSr:
        """Aura Sr (`fal-ai/aura-sr`)."""
    @property
    def bagel(self) -> _AsyncNS_bagelEndpoint:
        """Bagel (`fal-ai/bagel`) and the endpoints under it."""
    @property
    def ben(self) -> _AsyncNS_ben:
        """Endpoints under `client.ben`."""
    @property
    def bitdance(self) -> AsyncBitdance:
        """BitDance Text to Image (`fal-ai/bitdance`)."""
    @property
    def bria(self) -> _AsyncNS_bria:
        """Endpoints under `client.bria`."""
    @property
    def bytedance(self) -> _AsyncNS_bytedance:
        """Endpoints under `client.bytedance`."""
    @property
    def cartoonify(self) -> AsyncCartoonify:
        """Cartoonify (`fal-ai/cartoonify`)."""
    @property
    def cat_vton(self) -> AsyncCatVton:
        """Cat Vton (`fal-ai/cat-vton`)."""
    @property
    def ccsr(self) -> AsyncCcsr:
        """Ccsr (`fal-ai/ccsr`)."""
    @property
    def chain_of_zoom(self) -> AsyncChainOfZoom:
        """Chain Of Zoom (`fal-ai/chain-of-zoom`)."""
    @property
    def chrono_edit(self) -> AsyncChronoEdit:
        """Chrono Edit (`fal-ai/chrono-edit`)."""
    @property
    def chrono_edit_lora(self) -> AsyncChronoEditLora:
        """Chrono Edit Lora (`fal-ai/chrono-edit-lora`)."""
    @property
    def chrono_edit_lora_gallery(self) -> _AsyncNS_chrono_edit_lora_gallery:
        """Endpoints under `client.chrono_edit_lora_gallery`."""
    @property
    def clarity_upscaler(self) -> AsyncClarityUpscaler:
        """Clarity Upscaler (`fal-ai/clarity-upscaler`)."""
    @property
    def clarityai(self) -> _AsyncNS_clarityai:
        """Endpoints under `client.clarityai`."""
    @property
    def codeformer(self) -> AsyncCodeformer:
        """Codeformer (`fal-ai/codeformer`)."""
    @property
    def cogview4(self) -> AsyncCogview4:
        """Cogview4 (`fal-ai/cogview4`)."""
    @property
    def creative_upscaler(self) -> AsyncCreativeUpscaler:
        """Creative Upscaler (`fal-ai/creative-upscaler`)."""
    @property
    def ddcolor(self) -> AsyncDdcolor:
        """Ddcolor (`fal-ai/ddcolor`)."""
    @property
    def docres(self) -> _AsyncNS_docresEndpoint:
        """Docres (`fal-ai/docres`) and the endpoints under it."""
    @property
    def drct_super_resolution(self) -> AsyncDrctSuperResolution:
        """Drct Super Resolution (`fal-ai/drct-super-resolution`)."""
    @property
    def dreamo(self) -> AsyncDreamo:
        """Dreamo (`fal-ai/dreamo`)."""
    @property
    def dreamomni2(self) -> _AsyncNS_dreamomni2:
        """Endpoints under `client.dreamomni2`."""
    @property
    def dreamshaper(self) -> AsyncDreamshaper:
        """Dreamshaper (`fal-ai/dreamshaper`)."""
    @property
    def dwpose(self) -> AsyncDwpose:
        """Dwpose (`fal-ai/dwpose`)."""
    @property
    def emu_3_5_image(self) -> _AsyncNS_emu_3_5_image:
        """Endpoints under `client.emu_3_5_image`."""
    @property
    def era_3d(self) -> AsyncEra3d:
        """Era 3d (`fal-ai/era-3d`)."""
    @property
    def ernie_image(self) -> _AsyncNS_ernie_imageEndpoint:
        """Ernie Image (`fal-ai/ernie-image`) and the endpoints under it."""
    @property
    def esrgan(self) -> AsyncEsrgan:
        """Esrgan (`fal-ai/esrgan`)."""
    @property
    def evf_sam(self) -> AsyncEvfSam:
        """Evf Sam (`fal-ai/evf-sam`)."""
    @property
    def f_lite(self) -> _AsyncNS_f_lite:
        """Endpoints under `client.f_lite`."""
    @property
    def face_to_sticker(self) -> AsyncFaceToSticker:
        """Face To Sticker (`fal-ai/face-to-sticker`)."""
    @property
    def fashn(self) -> _AsyncNS_fashn:
        """Endpoints under `client.fashn`."""
    @property
    def fast_fooocus_sdxl(self) -> _AsyncNS_fast_fooocus_sdxlEndpoint:
        """Fast Fooocus Sdxl (`fal-ai/fast-fooocus-sdxl`) and the endpoints under it."""
    @property
    def fast_lcm_diffusion(self) -> _AsyncNS_fast_lcm_diffusionEndpoint:
        """Fast Lcm Diffusion (`fal-ai/fast-lcm-diffusion`) and the endpoints under it."""
    @property
    def fast_lightning_sdxl(self) -> _AsyncNS_fast_lightning_sdxlEndpoint:
        """Fast Lightning Sdxl (`fal-ai/fast-lightning-sdxl`) and the endpoints under it."""
    @property
    def fast_sdxl(self) -> _AsyncNS_fast_sdxlEndpoint:
        """Fast Sdxl (`fal-ai/fast-sdxl`) and the endpoints under it."""
    @property
    def fast_sdxl_controlnet_canny(self) -> _AsyncNS_fast_sdxl_controlnet_cannyEndpoint:
        """Fast Sdxl Controlnet Canny (`fal-ai/fast-sdxl-controlnet-canny`) and the endpoints
        under it.
        """
    @property
    def firered_image_edit(self) -> AsyncFireredImageEdit:
        """Firered Image Edit (`fal-ai/firered-image-edit`)."""
    @property
    def firered_image_edit_v1_1(self) -> AsyncFireredImageEditV1_1:
        """Firered Image Edit V1.1 (`fal-ai/firered-image-edit-v1.1`)."""
    @property
    def florence_2_large(self) -> _AsyncNS_florence_2_large:
        """Endpoints under `client.florence_2_large`."""
    @property
    def flowedit(self) -> AsyncFlowedit:
        """Flowedit (`fal-ai/flowedit`)."""
    @property
    def flux(self) -> _AsyncNS_flux:
        """Endpoints under `client.flux`."""
    @property
    def flux_1(self) -> _AsyncNS_flux_1:
        """Endpoints under `client.flux_1`."""
    @property
    def flux_2(self) -> _AsyncNS_flux_2Endpoint:
        """Flux 2 (`fal-ai/flux-2`) and the endpoints under it."""
    @property
    def flux_2_flex(self) -> _AsyncNS_flux_2_flexEndpoint:
        """Flux 2 Flex (`fal-ai/flux-2-flex`) and the endpoints under it."""
    @property
    def flux_2_lora_gallery(self) -> _AsyncNS_flux_2_lora_gallery:
        """Endpoints under `client.flux_2_lora_gallery`."""
    @property
    def flux_2_max(self) -> _AsyncNS_flux_2_maxEndpoint:
        """Flux 2 Max (`fal-ai/flux-2-max`) and the endpoints under it."""
    @property
    def flux_2_pro(self) -> _AsyncNS_flux_2_proEndpoint:
        """Flux 2 Pro (`fal-ai/flux-2-pro`) and the endpoints under it."""
    @property
    def flux_control_lora_canny(self) -> _AsyncNS_flux_control_lora_cannyEndpoint:
        """Flux Control Lora Canny (`fal-ai/flux-control-lora-canny`) and the endpoints under it."""
    @property
    def flux_control_lora_depth(self) -> _AsyncNS_flux_control_lora_depthEndpoint:
        """Flux Control Lora Depth (`fal-ai/flux-control-lora-depth`) and the endpoints under it."""
    @property
    def flux_differential_diffusion(self) -> AsyncFluxDifferentialDiffusion:
        """Flux Differential Diffusion (`fal-ai/flux-differential-diffusion`)."""
    @property
    def flux_general(self) -> _AsyncNS_flux_generalEndpoint:
        """Flux General (`fal-ai/flux-general`) and the endpoints under it."""
    @property
    def flux_kontext(self) -> _AsyncNS_flux_kontext:
        """Endpoints under `client.flux_kontext`."""
    @property
    def flux_kontext_lora(self) -> _AsyncNS_flux_kontext_loraEndpoint:
        """Flux Kontext Lora (`fal-ai/flux-kontext-lora`) and the endpoints under it."""
    @property
    def flux_krea_lora(self) -> _AsyncNS_flux_krea_loraEndpoint:
        """Flux Krea Lora (`fal-ai/flux-krea-lora`) and the endpoints under it."""
    @property
    def flux_lora(self) -> _AsyncNS_flux_loraEndpoint:
        """Flux Lora (`fal-ai/flux-lora`) and the endpoints under it."""
    @property
    def flux_lora_canny(self) -> AsyncFluxLoraCanny:
        """Flux Lora Canny (`fal-ai/flux-lora-canny`)."""
    @property
    def flux_lora_depth(self) -> AsyncFluxLoraDepth:
        """Flux Lora Depth (`fal-ai/flux-lora-depth`)."""
    @property
    def flux_lora_fill(self) -> AsyncFluxLoraFill:
        """Flux Lora Fill (`fal-ai/flux-lora-fill`)."""
    @property
    def flux_pro(self) -> _AsyncNS_flux_pro:
        """Endpoints under `client.flux_pro`."""
    @property
    def flux_pulid(self) -> AsyncFluxPulid:
        """Flux Pulid (`fal-ai/flux-pulid`)."""
    @property
    def flux_subject(self) -> AsyncFluxSubject:
        """Flux Subject (`fal-ai/flux-subject`)."""
    @property
    def flux_vision_upscaler(self) -> AsyncFluxVisionUpscaler:
        """Flux Vision Upscaler (`fal-ai/flux-vision-upscaler`)."""
    @property
    def fooocus(self) -> _AsyncNS_fooocusEndpoint:
        """Fooocus (`fal-ai/fooocus`) and the endpoints under it."""
    @property
    def gemini_25_flash_image(self) -> _AsyncNS_gemini_25_flash_imageEndpoint:
        """Gemini 25 Flash Image (`fal-ai/gemini-25-flash-image`) and the endpoints under it."""
    @property
    def gemini_3_1_flash_image_preview(self) -> _AsyncNS_gemini_3_1_flash_image_previewEndpoint:
        """Gemini 3.1 Flash Image Preview (`fal-ai/gemini-3.1-flash-image-preview`) and the
        endpoints under it.
        """
    @property
    def gemini_3_pro_image_preview(self) -> _AsyncNS_gemini_3_pro_image_previewEndpoint:
        """Gemini 3 Pro Image Preview (`fal-ai/gemini-3-pro-image-preview`) and the endpoints
        under it.
        """
    @property
    def genfocus(self) -> _AsyncNS_genfocusEndpoint:
        """Genfocus (`fal-ai/genfocus`) and the endpoints under it."""
    @property
    def ghiblify(self) -> AsyncGhiblify:
        """Ghiblify (`fal-ai/ghiblify`)."""
    @property
    def glm_image(self) -> _AsyncNS_glm_imageEndpoint:
        """Glm Image (`fal-ai/glm-image`) and the endpoints under it."""
    @property
    def gpt_image_1(self) -> _AsyncNS_gpt_image_1:
        """Endpoints under `client.gpt_image_1`."""
    @property
    def gpt_image_1_5(self) -> _AsyncNS_gpt_image_1_5Endpoint:
        """Gpt Image 1.5 (`fal-ai/gpt-image-1.5`) and the endpoints under it."""
    @property
    def gpt_image_1_mini(self) -> _AsyncNS_gpt_image_1_miniEndpoint:
        """Gpt Image 1 Mini (`fal-ai/gpt-image-1-mini`) and the endpoints under it."""
    @property
    def hidream_e1_1(self) -> AsyncHidreamE1_1:
        """Hidream E1 1 (`fal-ai/hidream-e1-1`)."""
    @property
    def hidream_i1_dev(self) -> AsyncHidreamI1Dev:
        """Hidream I1 Dev (`fal-ai/hidream-i1-dev`)."""
    @property
    def hidream_i1_fast(self) -> AsyncHidreamI1Fast:
        """Hidream I1 Fast (`fal-ai/hidream-i1-fast`)."""
    @property
    def hidream_i1_full(self) -> _AsyncNS_hidream_i1_fullEndpoint:
        """Hidream I1 Full (`fal-ai/hidream-i1-full`) and the endpoints under it."""
    @property
    def hidream_o1_image(self) -> _AsyncNS_hidream_o1_imageEndpoint:
        """Hidream O1 Image (`fal-ai/hidream-o1-image`) and the endpoints under it."""
    @property
    def hunyuan_image(self) -> _AsyncNS_hunyuan_image:
        """Endpoints under `client.hunyuan_image`."""
    @property
    def hunyuan_world(self) -> AsyncHunyuanWorld:
        """Hunyuan World (`fal-ai/hunyuan_world`)."""
    @property
    def hy_wu_edit(self) -> AsyncHyWuEdit:
        """Hy Wu Edit (`fal-ai/hy-wu-edit`)."""
    @property
    def iclight_v2(self) -> AsyncIclightV2:
        """Iclight V2 (`fal-ai/iclight-v2`)."""
    @property
    def ideogram(self) -> _AsyncNS_ideogram:
        """Endpoints under `client.ideogram`."""
    @property
    def illusion_diffusion(self) -> AsyncIllusionDiffusion:
        """Illusion Diffusion (`fal-ai/illusion-diffusion`)."""
    @property
    def image2pixel(self) -> AsyncImage2pixel:
        """Image2pixel (`fal-ai/image2pixel`)."""
    @property
    def image2svg(self) -> AsyncImage2svg:
        """Image2svg (`fal-ai/image2svg`)."""
    @property
    def image_apps_v2(self) -> _AsyncNS_image_apps_v2:
        """Endpoints under `client.image_apps_v2`."""
    @property
    def image_editing(self) -> _AsyncNS_image_editing:
        """Endpoints under `client.image_editing`."""
    @property
    def image_preprocessors(self) -> _AsyncNS_image_preprocessors:
        """Endpoints under `client.image_preprocessors`."""
    @property
    def imagen3(self) -> _AsyncNS_imagen3Endpoint:
        """Imagen3 (`fal-ai/imagen3`) and the endpoints under it."""
    @property
    def imagen4(self) -> _AsyncNS_imagen4:
        """Endpoints under `client.imagen4`."""
    @property
    def imageutils(self) -> _AsyncNS_imageutils:
        """Endpoints under `client.imageutils`."""
    @property
    def imagineart(self) -> _AsyncNS_imagineart:
        """Endpoints under `client.imagineart`."""
    @property
    def inpaint(self) -> AsyncInpaint:
        """Inpaint (`fal-ai/inpaint`)."""
    @property
    def instant_character(self) -> AsyncInstantCharacter:
        """Instant Character (`fal-ai/instant-character`)."""
    @property
    def invisible_watermark(self) -> AsyncInvisibleWatermark:
        """Invisible Watermark (`fal-ai/invisible-watermark`)."""
    @property
    def ip_adapter_face_id(self) -> AsyncIpAdapterFaceId:
        """Ip Adapter Face Id (`fal-ai/ip-adapter-face-id`)."""
    @property
    def janus(self) -> AsyncJanus:
        """Janus (`fal-ai/janus`)."""
    @property
    def joyai_image_edit(self) -> AsyncJoyaiImageEdit:
        """Joyai Image Edit (`fal-ai/joyai-image-edit`)."""
    @property
    def kling(self) -> _AsyncNS_kling:
        """Endpoints under `client.kling`."""
    @property
    def kling_image(self) -> _AsyncNS_kling_image:
        """Endpoints under `client.kling_image`."""
    @property
    def kolors(self) -> _AsyncNS_kolorsEndpoint:
        """Kolors (`fal-ai/kolors`) and the endpoints under it."""
    @property
    def layer_diffusion(self) -> AsyncLayerDiffusion:
        """Layer Diffusion (`fal-ai/layer-diffusion`)."""
    @property
    def lcm(self) -> AsyncLcm:
        """Lcm (`fal-ai/lcm`)."""
    @property
    def lcm_sd15_i2i(self) -> AsyncLcmSd15I2i:
        """Lcm Sd15 I2i (`fal-ai/lcm-sd15-i2i`)."""
    @property
    def leffa(self) -> _AsyncNS_leffa:
        """Endpoints under `client.leffa`."""
    @property
    def lightning_models(self) -> AsyncLightningModels:
        """Lightning Models (`fal-ai/lightning-models`)."""
    @property
    def live_portrait(self) -> _AsyncNS_live_portrait:
        """Endpoints under `client.live_portrait`."""
    @property
    def longcat_image(self) -> _AsyncNS_longcat_imageEndpoint:
        """Longcat Image (`fal-ai/longcat-image`) and the endpoints under it."""
    @property
    def lora(self) -> _AsyncNS_loraEndpoint:
        """Lora (`fal-ai/lora`) and the endpoints under it."""
    @property
    def lucidflux(self) -> AsyncLucidflux:
        """Lucidflux (`fal-ai/lucidflux`)."""
    @property
    def luma_photon(self) -> _AsyncNS_luma_photonEndpoint:
        """Luma Photon (`fal-ai/luma-photon`) and the endpoints under it."""
    @property
    def lumina_image(self) -> _AsyncNS_lumina_image:
        """Endpoints under `client.lumina_image`."""
    @property
    def minimax(self) -> _AsyncNS_minimax:
        """Endpoints under `client.minimax`."""
    @property
    def mix_dehaze_net(self) -> AsyncMixDehazeNet:
        """Mix Dehaze Net (`fal-ai/mix-dehaze-net`)."""
    @property
    def moondream3_preview(self) -> _AsyncNS_moondream3_preview:
        """Endpoints under `client.moondream3_preview`."""
    @property
    def moondream_next(self) -> _AsyncNS_moondream_next:
        """Endpoints under `client.moondream_next`."""
    @property
    def nafnet(self) -> _AsyncNS_nafnet:
        """Endpoints under `client.nafnet`."""
    @property
    def nano_banana(self) -> _AsyncNS_nano_bananaEndpoint:
        """Nano Banana (`fal-ai/nano-banana`) and the endpoints under it."""
    @property
    def nano_banana_2(self) -> _AsyncNS_nano_banana_2Endpoint:
        """Nano Banana 2 (`fal-ai/nano-banana-2`) and the endpoints under it."""
    @property
    def nano_banana_pro(self) -> _AsyncNS_nano_banana_proEndpoint:
        """Nano Banana Pro (`fal-ai/nano-banana-pro`) and the endpoints under it."""
    @property
    def nucleus_image(self) -> AsyncNucleusImage:
        """Nucleus Image (`fal-ai/nucleus-image`)."""
    @property
    def object_removal(self) -> _AsyncNS_object_removalEndpoint:
        """Object Removal (`fal-ai/object-removal`) and the endpoints under it."""
    @property
    def omni_zero(self) -> AsyncOmniZero:
        """Omni Zero (`fal-ai/omni-zero`)."""
    @property
    def omnigen_v1(self) -> AsyncOmnigenV1:
        """Omnigen V1 (`fal-ai/omnigen-v1`)."""
    @property
    def omnigen_v2(self) -> AsyncOmnigenV2:
        """Omnigen V2 (`fal-ai/omnigen-v2`)."""
    @property
    def onereward(self) -> AsyncOnereward:
        """Onereward (`fal-ai/onereward`)."""
    @property
    def openai(self) -> _AsyncNS_openai:
        """Endpoints under `client.openai`."""
    @property
    def ovis_image(self) -> AsyncOvisImage:
        """Ovis Image (`fal-ai/ovis-image`)."""
    @property
    def pasd(self) -> AsyncPasd:
        """Pasd (`fal-ai/pasd`)."""
    @property
    def patina(self) -> _AsyncNS_patinaEndpoint:
        """Patina (`fal-ai/patina`) and the endpoints under it."""
    @property
    def phota(self) -> _AsyncNS_photaEndpoint:
        """Phota (`fal-ai/phota`) and the endpoints under it."""
    @property
    def photomaker(self) -> AsyncPhotomaker:
        """Photomaker (`fal-ai/photomaker`)."""
    @property
    def physic_edit(self) -> AsyncPhysicEdit:
        """Physic Edit (`fal-ai/physic-edit`)."""
    @property
    def piflow(self) -> AsyncPiflow:
        """Piflow (`fal-ai/piflow`)."""
    @property
    def pixart_sigma(self) -> AsyncPixartSigma:
        """Pixart Sigma (`fal-ai/pixart-sigma`)."""
    @property
    def pixelcut(self) -> _AsyncNS_pixelcut:
        """Endpoints under `client.pixelcut`."""
    @property
    def playground_v25(self) -> _AsyncNS_playground_v25Endpoint:
        """Playground V25 (`fal-ai/playground-v25`) and the endpoints under it."""
    @property
    def plushify(self) -> AsyncPlushify:
        """Plushify (`fal-ai/plushify`)."""
    @property
    def pony_v7(self) -> AsyncPonyV7:
        """Pony V7 (`fal-ai/pony-v7`)."""
    @property
    def post_processing(self) -> _AsyncNS_post_processingEndpoint:
        """Post Processing (`fal-ai/post-processing`) and the endpoints under it."""
    @property
    def pulid(self) -> AsyncPulid:
        """Pulid (`fal-ai/pulid`)."""
    @property
    def qwen_image(self) -> _AsyncNS_qwen_imageEndpoint:
        """Qwen Image (`fal-ai/qwen-image`) and the endpoints under it."""
    @property
    def qwen_image_2(self) -> _AsyncNS_qwen_image_2:
        """Endpoints under `client.qwen_image_2`."""
    @property
    def qwen_image_2512(self) -> _AsyncNS_qwen_image_2512Endpoint:
        """Qwen Image 2512 (`fal-ai/qwen-image-2512`) and the endpoints under it."""
    @property
    def qwen_image_edit(self) -> _AsyncNS_qwen_image_edit:
        """Endpoints under `client.qwen_image_edit`."""
    @property
    def qwen_image_edit_2509(self) -> AsyncQwenImageEdit2509:
        """Qwen Image Edit 2509 (`fal-ai/qwen-image-edit-2509`)."""
    @property
    def qwen_image_edit_2509_lora(self) -> AsyncQwenImageEdit2509Lora:
        """Qwen Image Edit 2509 Lora (`fal-ai/qwen-image-edit-2509-lora`)."""
    @property
    def qwen_image_edit_2509_lora_gallery(self) -> _AsyncNS_qwen_image_edit_2509_lora_gallery:
        """Endpoints under `client.qwen_image_edit_2509_lora_gallery`."""
    @property
    def qwen_image_edit_2511(self) -> _AsyncNS_qwen_image_edit_2511Endpoint:
        """Qwen Image Edit 2511 (`fal-ai/qwen-image-edit-2511`) and the endpoints under it."""
    @property
    def qwen_image_edit_2511_multiple_angles(self) -> AsyncQwenImageEdit2511MultipleAngles:
        """Qwen Image Edit 2511 Multiple Angles (`fal-ai/qwen-image-edit-2511-multiple-angles`)."""
    @property
    def qwen_image_edit_lora(self) -> AsyncQwenImageEditLora:
        """Qwen Image Edit Lora (`fal-ai/qwen-image-edit-lora`)."""
    @property
    def qwen_image_edit_plus(self) -> AsyncQwenImageEditPlus:
        """Qwen Image Edit Plus (`fal-ai/qwen-image-edit-plus`)."""
    @property
    def qwen_image_edit_plus_lora(self) -> AsyncQwenImageEditPlusLora:
        """Qwen Image Edit Plus Lora (`fal-ai/qwen-image-edit-plus-lora`)."""
    @property
    def qwen_image_edit_plus_lora_gallery(self) -> _AsyncNS_qwen_image_edit_plus_lora_gallery:
        """Endpoints under `client.qwen_image_edit_plus_lora_gallery`."""
    @property
    def qwen_image_layered(self) -> _AsyncNS_qwen_image_layeredEndpoint:
        """Qwen Image Layered (`fal-ai/qwen-image-layered`) and the endpoints under it."""
    @property
    def qwen_image_max(self) -> _AsyncNS_qwen_image_max:
        """Endpoints under `client.qwen_image_max`."""
    @property
    def realistic_vision(self) -> AsyncRealisticVision:
        """Realistic Vision (`fal-ai/realistic-vision`)."""
    @property
    def recraft(self) -> _AsyncNS_recraft:
        """Endpoints under `client.recraft`."""
    @property
    def recraft_20b(self) -> AsyncRecraft20b:
        """Recraft 20b (`fal-ai/recraft-20b`)."""
    @property
    def retoucher(self) -> AsyncRetoucher:
        """Retoucher (`fal-ai/retoucher`)."""
    @property
    def rife(self) -> AsyncRife:
        """Rife (`fal-ai/rife`)."""
    @property
    def rundiffusion_fal(self) -> _AsyncNS_rundiffusion_fal:
        """Endpoints under `client.rundiffusion_fal`."""
    @property
    def sam2(self) -> _AsyncNS_sam2:
        """Endpoints under `client.sam2`."""
    @property
    def sam_3(self) -> _AsyncNS_sam_3:
        """Endpoints under `client.sam_3`."""
    @property
    def sam_3_1(self) -> _AsyncNS_sam_3_1:
        """Endpoints under `client.sam_3_1`."""
    @property
    def sana(self) -> _AsyncNS_sanaEndpoint:
        """Sana (`fal-ai/sana`) and the endpoints under it."""
    @property
    def sd15_depth_controlnet(self) -> AsyncSd15DepthControlnet:
        """Sd15 Depth Controlnet (`fal-ai/sd15-depth-controlnet`)."""
    @property
    def sdxl_controlnet_union(self) -> _AsyncNS_sdxl_controlnet_unionEndpoint:
        """Sdxl Controlnet Union (`fal-ai/sdxl-controlnet-union`) and the endpoints under it."""
    @property
    def seedvr(self) -> _AsyncNS_seedvr:
        """Endpoints under `client.seedvr`."""
    @property
    def smart_resize(self) -> AsyncSmartResize:
        """Smart Resize (`fal-ai/smart-resize`)."""
    @property
    def smoretalk_ai(self) -> _AsyncNS_smoretalk_ai:
        """Endpoints under `client.smoretalk_ai`."""
    @property
    def stable_cascade(self) -> _AsyncNS_stable_cascadeEndpoint:
        """Stable Cascade (`fal-ai/stable-cascade`) and the endpoints under it."""
    @property
    def stable_diffusion_v15(self) -> AsyncStableDiffusionV15:
        """Stable Diffusion V15 (`fal-ai/stable-diffusion-v15`)."""
    @property
    def stable_diffusion_v35_large(self) -> AsyncStableDiffusionV35Large:
        """Stable Diffusion V35 Large (`fal-ai/stable-diffusion-v35-large`)."""
    @property
    def stable_diffusion_v35_medium(self) -> AsyncStableDiffusionV35Medium:
        """Stable Diffusion V35 Medium (`fal-ai/stable-diffusion-v35-medium`)."""
    @property
    def stable_diffusion_v3_medium(self) -> _AsyncNS_stable_diffusion_v3_mediumEndpoint:
        """Stable Diffusion V3 Medium (`fal-ai/stable-diffusion-v3-medium`) and the endpoints
        under it.
        """
    @property
    def star_vector(self) -> AsyncStarVector:
        """Star Vector (`fal-ai/star-vector`)."""
    @property
    def step1x_edit(self) -> AsyncStep1xEdit:
        """Step1x Edit (`fal-ai/step1x-edit`)."""
    @property
    def stepx_edit2(self) -> AsyncStepxEdit2:
        """Stepx Edit2 (`fal-ai/stepx-edit2`)."""
    @property
    def swin2sr(self) -> AsyncSwin2sr:
        """Swin2sr (`fal-ai/swin2sr`)."""
    @property
    def switti(self) -> _AsyncNS_swittiEndpoint:
        """Switti (`fal-ai/switti`) and the endpoints under it."""
    @property
    def thera(self) -> AsyncThera:
        """Thera (`fal-ai/thera`)."""
    @property
    def topaz(self) -> _AsyncNS_topaz:
        """Endpoints under `client.topaz`."""
    @property
    def uno(self) -> AsyncUno:
        """Uno (`fal-ai/uno`)."""
    @property
    def uso(self) -> AsyncUso:
        """Uso (`fal-ai/uso`)."""
    @property
    def vecglypher(self) -> _AsyncNS_vecglypherEndpoint:
        """Vecglypher (`fal-ai/vecglypher`) and the endpoints under it."""
    @property
    def vidu(self) -> _AsyncNS_vidu:
        """Endpoints under `client.vidu`."""
    @property
    def wan(self) -> _AsyncNS_wan:
        """Endpoints under `client.wan`."""
    @property
    def wan_25_preview(self) -> _AsyncNS_wan_25_preview:
        """Endpoints under `client.wan_25_preview`."""
    @property
    def workflow_utilities(self) -> _AsyncNS_workflow_utilities:
        """Endpoints under `client.workflow_utilities`."""
    @property
    def xai(self) -> _AsyncNS_xai:
        """Endpoints under `client.xai`."""
    @property
    def z_image(self) -> _AsyncNS_z_image:
        """Endpoints under `client.z_image`."""
    @overload
    def endpoint(self, endpoint_id: Literal["bria/embed-product"]) -> AsyncBriaEmbedProduct: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-bbq-preview/generate"]
    ) -> AsyncBriaFiboBbqPreviewGenerate: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/add_object_by_text"]
    ) -> AsyncBriaFiboEditAddObjectByText: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/fibo-edit/blend"]) -> AsyncBriaFiboEditBlend: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/colorize"]
    ) -> AsyncBriaFiboEditColorize: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/fibo-edit/edit"]) -> AsyncBriaFiboEditEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/erase_by_text"]
    ) -> AsyncBriaFiboEditEraseByText: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/relight"]
    ) -> AsyncBriaFiboEditRelight: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/replace_object_by_text"]
    ) -> AsyncBriaFiboEditReplaceObjectByText: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/reseason"]
    ) -> AsyncBriaFiboEditReseason: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/restore"]
    ) -> AsyncBriaFiboEditRestore: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/restyle"]
    ) -> AsyncBriaFiboEditRestyle: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/rewrite_text"]
    ) -> AsyncBriaFiboEditRewriteText: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-edit/sketch_to_colored_image"]
    ) -> AsyncBriaFiboEditSketchToColoredImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/fibo-lite/generate"]
    ) -> AsyncBriaFiboLiteGenerate: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/fibo/generate"]) -> AsyncBriaFiboGenerate: ...
    @overload
    def endpoint(self, endpoint_id: Literal["bria/reimagine/3.2"]) -> AsyncBriaReimagine3_2: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/replace-background"]
    ) -> AsyncBriaReplaceBackground: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["bria/upscale/creative"]
    ) -> AsyncBriaUpscaleCreative: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["clarityai/crystal-upscaler"]
    ) -> AsyncClarityaiCrystalUpscaler: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/aura-flow"]) -> AsyncAuraFlow: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/aura-sr"]) -> AsyncAuraSr: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bagel"]) -> AsyncBagel: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bagel/edit"]) -> AsyncBagelEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ben/v2/image"]) -> AsyncBenV2Image: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bitdance"]) -> AsyncBitdance: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bria/background/remove"]
    ) -> AsyncBriaBackgroundRemove: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bria/background/replace"]
    ) -> AsyncBriaBackgroundReplace: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bria/eraser"]) -> AsyncBriaEraser: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bria/expand"]) -> AsyncBriaExpand: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bria/genfill"]) -> AsyncBriaGenfill: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bria/product-shot"]
    ) -> AsyncBriaProductShot: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bria/reimagine"]) -> AsyncBriaReimagine: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bria/text-to-image/base"]
    ) -> AsyncBriaTextToImageBase: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bria/text-to-image/fast"]
    ) -> AsyncBriaTextToImageFast: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bria/text-to-image/hd"]
    ) -> AsyncBriaTextToImageHd: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/dreamina/v3.1/text-to-image"]
    ) -> AsyncBytedanceDreaminaV3_1TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v3/text-to-image"]
    ) -> AsyncBytedanceSeedreamV3TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v4.5/edit"]
    ) -> AsyncBytedanceSeedreamV4_5Edit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v4.5/text-to-image"]
    ) -> AsyncBytedanceSeedreamV4_5TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v4/text-to-image"]
    ) -> AsyncBytedanceSeedreamV4TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v5/lite/edit"]
    ) -> AsyncBytedanceSeedreamV5LiteEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v5/lite/text-to-image"]
    ) -> AsyncBytedanceSeedreamV5LiteTextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/cartoonify"]) -> AsyncCartoonify: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/cat-vton"]) -> AsyncCatVton: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ccsr"]) -> AsyncCcsr: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/chain-of-zoom"]) -> AsyncChainOfZoom: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/chrono-edit-lora-gallery/paintbrush"]
    ) -> AsyncChronoEditLoraGalleryPaintbrush: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/chrono-edit-lora-gallery/upscaler"]
    ) -> AsyncChronoEditLoraGalleryUpscaler: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/chrono-edit-lora"]) -> AsyncChronoEditLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/chrono-edit"]) -> AsyncChronoEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/clarity-upscaler"]) -> AsyncClarityUpscaler: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/codeformer"]) -> AsyncCodeformer: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/cogview4"]) -> AsyncCogview4: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/creative-upscaler"]
    ) -> AsyncCreativeUpscaler: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ddcolor"]) -> AsyncDdcolor: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/docres"]) -> AsyncDocres: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/docres/dewarp"]) -> AsyncDocresDewarp: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/drct-super-resolution"]
    ) -> AsyncDrctSuperResolution: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/dreamo"]) -> AsyncDreamo: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/dreamomni2/edit"]) -> AsyncDreamomni2Edit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/dreamshaper"]) -> AsyncDreamshaper: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/dwpose"]) -> AsyncDwpose: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/emu-3.5-image/edit-image"]
    ) -> AsyncEmu3_5ImageEditImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/emu-3.5-image/text-to-image"]
    ) -> AsyncEmu3_5ImageTextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/era-3d"]) -> AsyncEra3d: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ernie-image"]) -> AsyncErnieImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ernie-image/lora"]) -> AsyncErnieImageLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ernie-image/lora/turbo"]
    ) -> AsyncErnieImageLoraTurbo: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ernie-image/turbo"]
    ) -> AsyncErnieImageTurbo: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/esrgan"]) -> AsyncEsrgan: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/evf-sam"]) -> AsyncEvfSam: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/f-lite/standard"]) -> AsyncFLiteStandard: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/f-lite/texture"]) -> AsyncFLiteTexture: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/face-to-sticker"]) -> AsyncFaceToSticker: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fashn/tryon/v1.5"]) -> AsyncFashnTryonV1_5: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fashn/tryon/v1.6"]) -> AsyncFashnTryonV1_6: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-fooocus-sdxl"]
    ) -> AsyncFastFooocusSdxl: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-fooocus-sdxl/image-to-image"]
    ) -> AsyncFastFooocusSdxlImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-lcm-diffusion"]
    ) -> AsyncFastLcmDiffusion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-lcm-diffusion/image-to-image"]
    ) -> AsyncFastLcmDiffusionImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-lcm-diffusion/inpainting"]
    ) -> AsyncFastLcmDiffusionInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-lightning-sdxl"]
    ) -> AsyncFastLightningSdxl: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-lightning-sdxl/image-to-image"]
    ) -> AsyncFastLightningSdxlImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-lightning-sdxl/inpainting"]
    ) -> AsyncFastLightningSdxlInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-sdxl-controlnet-canny"]
    ) -> AsyncFastSdxlControlnetCanny: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-sdxl-controlnet-canny/image-to-image"]
    ) -> AsyncFastSdxlControlnetCannyImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-sdxl-controlnet-canny/inpainting"]
    ) -> AsyncFastSdxlControlnetCannyInpainting: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fast-sdxl"]) -> AsyncFastSdxl: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-sdxl/image-to-image"]
    ) -> AsyncFastSdxlImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fast-sdxl/inpainting"]
    ) -> AsyncFastSdxlInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/firered-image-edit-v1.1"]
    ) -> AsyncFireredImageEditV1_1: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/firered-image-edit"]
    ) -> AsyncFireredImageEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/caption-to-phrase-grounding"]
    ) -> AsyncFlorence2LargeCaptionToPhraseGrounding: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/dense-region-caption"]
    ) -> AsyncFlorence2LargeDenseRegionCaption: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/object-detection"]
    ) -> AsyncFlorence2LargeObjectDetection: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/ocr-with-region"]
    ) -> AsyncFlorence2LargeOcrWithRegion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/open-vocabulary-detection"]
    ) -> AsyncFlorence2LargeOpenVocabularyDetection: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/referring-expression-segmentation"]
    ) -> AsyncFlorence2LargeReferringExpressionSegmentation: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/region-proposal"]
    ) -> AsyncFlorence2LargeRegionProposal: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/florence-2-large/region-to-segmentation"]
    ) -> AsyncFlorence2LargeRegionToSegmentation: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flowedit"]) -> AsyncFlowedit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-1/dev"]) -> AsyncFlux1Dev: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-1/dev/image-to-image"]
    ) -> AsyncFlux1DevImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-1/dev/redux"]) -> AsyncFlux1DevRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-1/krea"]) -> AsyncFlux1Krea: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-1/krea/image-to-image"]
    ) -> AsyncFlux1KreaImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-1/krea/redux"]) -> AsyncFlux1KreaRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-1/schnell"]) -> AsyncFlux1Schnell: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-1/schnell/redux"]
    ) -> AsyncFlux1SchnellRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-1/srpo"]) -> AsyncFlux1Srpo: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-1/srpo/image-to-image"]
    ) -> AsyncFlux1SrpoImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2-flex"]) -> AsyncFlux2Flex: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2-flex/edit"]) -> AsyncFlux2FlexEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/add-background"]
    ) -> AsyncFlux2LoraGalleryAddBackground: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/apartment-staging"]
    ) -> AsyncFlux2LoraGalleryApartmentStaging: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/ballpoint-pen-sketch"]
    ) -> AsyncFlux2LoraGalleryBallpointPenSketch: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/digital-comic-art"]
    ) -> AsyncFlux2LoraGalleryDigitalComicArt: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/face-to-full-portrait"]
    ) -> AsyncFlux2LoraGalleryFaceToFullPortrait: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/hdr-style"]
    ) -> AsyncFlux2LoraGalleryHdrStyle: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/multiple-angles"]
    ) -> AsyncFlux2LoraGalleryMultipleAngles: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/realism"]
    ) -> AsyncFlux2LoraGalleryRealism: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/satellite-view-style"]
    ) -> AsyncFlux2LoraGallerySatelliteViewStyle: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/sepia-vintage"]
    ) -> AsyncFlux2LoraGallerySepiaVintage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2-lora-gallery/virtual-tryon"]
    ) -> AsyncFlux2LoraGalleryVirtualTryon: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2-max"]) -> AsyncFlux2Max: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2-max/edit"]) -> AsyncFlux2MaxEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2-pro"]) -> AsyncFlux2Pro: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2-pro/edit"]) -> AsyncFlux2ProEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2"]) -> AsyncFlux2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/edit"]) -> AsyncFlux2Edit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/flash"]) -> AsyncFlux2Flash: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/flash/edit"]) -> AsyncFlux2FlashEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/klein/4b"]) -> AsyncFlux2Klein4b: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/base"]
    ) -> AsyncFlux2Klein4bBase: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/base/edit"]
    ) -> AsyncFlux2Klein4bBaseEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/base/edit/lora"]
    ) -> AsyncFlux2Klein4bBaseEditLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/base/lora"]
    ) -> AsyncFlux2Klein4bBaseLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/edit"]
    ) -> AsyncFlux2Klein4bEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/edit/lora"]
    ) -> AsyncFlux2Klein4bEditLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/4b/lora"]
    ) -> AsyncFlux2Klein4bLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/klein/9b"]) -> AsyncFlux2Klein9b: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/base"]
    ) -> AsyncFlux2Klein9bBase: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/base/edit"]
    ) -> AsyncFlux2Klein9bBaseEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/base/edit/lora"]
    ) -> AsyncFlux2Klein9bBaseEditLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/base/lora"]
    ) -> AsyncFlux2Klein9bBaseLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/edit"]
    ) -> AsyncFlux2Klein9bEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/edit/lora"]
    ) -> AsyncFlux2Klein9bEditLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/9b/lora"]
    ) -> AsyncFlux2Klein9bLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-2/klein/realtime"]
    ) -> AsyncFlux2KleinRealtime: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/lora"]) -> AsyncFlux2Lora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/lora/edit"]) -> AsyncFlux2LoraEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/turbo"]) -> AsyncFlux2Turbo: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-2/turbo/edit"]) -> AsyncFlux2TurboEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-control-lora-canny"]
    ) -> AsyncFluxControlLoraCanny: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-control-lora-canny/image-to-image"]
    ) -> AsyncFluxControlLoraCannyImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-control-lora-depth"]
    ) -> AsyncFluxControlLoraDepth: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-control-lora-depth/image-to-image"]
    ) -> AsyncFluxControlLoraDepthImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-differential-diffusion"]
    ) -> AsyncFluxDifferentialDiffusion: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-general"]) -> AsyncFluxGeneral: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-general/differential-diffusion"]
    ) -> AsyncFluxGeneralDifferentialDiffusion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-general/image-to-image"]
    ) -> AsyncFluxGeneralImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-general/inpainting"]
    ) -> AsyncFluxGeneralInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-general/rf-inversion"]
    ) -> AsyncFluxGeneralRfInversion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-kontext-lora"]
    ) -> AsyncFluxKontextLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-kontext-lora/inpaint"]
    ) -> AsyncFluxKontextLoraInpaint: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-kontext-lora/text-to-image"]
    ) -> AsyncFluxKontextLoraTextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-kontext/dev"]) -> AsyncFluxKontextDev: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-krea-lora"]) -> AsyncFluxKreaLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-krea-lora/image-to-image"]
    ) -> AsyncFluxKreaLoraImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-krea-lora/inpainting"]
    ) -> AsyncFluxKreaLoraInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-krea-lora/stream"]
    ) -> AsyncFluxKreaLoraStream: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-lora-canny"]) -> AsyncFluxLoraCanny: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-lora-depth"]) -> AsyncFluxLoraDepth: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-lora-fill"]) -> AsyncFluxLoraFill: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-lora"]) -> AsyncFluxLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-lora/image-to-image"]
    ) -> AsyncFluxLoraImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-lora/inpainting"]
    ) -> AsyncFluxLoraInpainting: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-lora/stream"]) -> AsyncFluxLoraStream: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-pro/kontext"]) -> AsyncFluxProKontext: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/kontext/max"]
    ) -> AsyncFluxProKontextMax: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/kontext/max/multi"]
    ) -> AsyncFluxProKontextMaxMulti: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/kontext/max/text-to-image"]
    ) -> AsyncFluxProKontextMaxTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/kontext/multi"]
    ) -> AsyncFluxProKontextMulti: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/kontext/text-to-image"]
    ) -> AsyncFluxProKontextTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/v1.1-ultra-finetuned"]
    ) -> AsyncFluxProV1_1UltraFinetuned: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/v1.1-ultra/redux"]
    ) -> AsyncFluxProV1_1UltraRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-pro/v1.1"]) -> AsyncFluxProV1_1: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/v1.1/redux"]
    ) -> AsyncFluxProV1_1Redux: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-pro/v1/fill-finetuned"]
    ) -> AsyncFluxProV1FillFinetuned: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-pro/v1/fill"]) -> AsyncFluxProV1Fill: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-pulid"]) -> AsyncFluxPulid: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux-subject"]) -> AsyncFluxSubject: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux-vision-upscaler"]
    ) -> AsyncFluxVisionUpscaler: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux/dev/image-to-image"]
    ) -> AsyncFluxDevImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux/dev/redux"]) -> AsyncFluxDevRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux/krea"]) -> AsyncFluxKrea: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux/krea/image-to-image"]
    ) -> AsyncFluxKreaImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux/krea/redux"]) -> AsyncFluxKreaRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux/schnell"]) -> AsyncFluxSchnell: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux/schnell/redux"]
    ) -> AsyncFluxSchnellRedux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/flux/srpo"]) -> AsyncFluxSrpo: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/flux/srpo/image-to-image"]
    ) -> AsyncFluxSrpoImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fooocus"]) -> AsyncFooocus: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fooocus/image-prompt"]
    ) -> AsyncFooocusImagePrompt: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/fooocus/inpaint"]) -> AsyncFooocusInpaint: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/fooocus/upscale-or-vary"]
    ) -> AsyncFooocusUpscaleOrVary: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gemini-25-flash-image"]
    ) -> AsyncGemini25FlashImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gemini-25-flash-image/edit"]
    ) -> AsyncGemini25FlashImageEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gemini-3-pro-image-preview"]
    ) -> AsyncGemini3ProImagePreview: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gemini-3-pro-image-preview/edit"]
    ) -> AsyncGemini3ProImagePreviewEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gemini-3.1-flash-image-preview"]
    ) -> AsyncGemini3_1FlashImagePreview: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gemini-3.1-flash-image-preview/edit"]
    ) -> AsyncGemini3_1FlashImagePreviewEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/genfocus"]) -> AsyncGenfocus: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/genfocus/all-in-focus"]
    ) -> AsyncGenfocusAllInFocus: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ghiblify"]) -> AsyncGhiblify: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/glm-image"]) -> AsyncGlmImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/glm-image/image-to-image"]
    ) -> AsyncGlmImageImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/gpt-image-1-mini"]) -> AsyncGptImage1Mini: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gpt-image-1-mini/edit"]
    ) -> AsyncGptImage1MiniEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/gpt-image-1.5"]) -> AsyncGptImage1_5: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gpt-image-1.5/edit"]
    ) -> AsyncGptImage1_5Edit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gpt-image-1/edit-image"]
    ) -> AsyncGptImage1EditImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gpt-image-1/text-to-image/byok"]
    ) -> AsyncGptImage1TextToImageByok: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hidream-e1-1"]) -> AsyncHidreamE1_1: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hidream-i1-dev"]) -> AsyncHidreamI1Dev: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hidream-i1-fast"]) -> AsyncHidreamI1Fast: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hidream-i1-full"]) -> AsyncHidreamI1Full: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hidream-i1-full/image-to-image"]
    ) -> AsyncHidreamI1FullImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hidream-o1-image"]) -> AsyncHidreamO1Image: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hidream-o1-image/dev"]
    ) -> AsyncHidreamO1ImageDev: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hidream-o1-image/dev/edit"]
    ) -> AsyncHidreamO1ImageDevEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hidream-o1-image/edit"]
    ) -> AsyncHidreamO1ImageEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hunyuan-image/v2.1/text-to-image"]
    ) -> AsyncHunyuanImageV2_1TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hunyuan-image/v3/instruct/edit"]
    ) -> AsyncHunyuanImageV3InstructEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hunyuan-image/v3/instruct/text-to-image"]
    ) -> AsyncHunyuanImageV3InstructTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/hunyuan-image/v3/text-to-image"]
    ) -> AsyncHunyuanImageV3TextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hunyuan_world"]) -> AsyncHunyuanWorld: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/hy-wu-edit"]) -> AsyncHyWuEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/iclight-v2"]) -> AsyncIclightV2: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/character"]
    ) -> AsyncIdeogramCharacter: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/character/edit"]
    ) -> AsyncIdeogramCharacterEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/character/remix"]
    ) -> AsyncIdeogramCharacterRemix: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/custom-models/generate"]
    ) -> AsyncIdeogramCustomModelsGenerate: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/remove-background"]
    ) -> AsyncIdeogramRemoveBackground: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/upscale"]) -> AsyncIdeogramUpscale: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v2"]) -> AsyncIdeogramV2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v2/edit"]) -> AsyncIdeogramV2Edit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v2/remix"]
    ) -> AsyncIdeogramV2Remix: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v2/turbo"]
    ) -> AsyncIdeogramV2Turbo: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v2/turbo/edit"]
    ) -> AsyncIdeogramV2TurboEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v2/turbo/remix"]
    ) -> AsyncIdeogramV2TurboRemix: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v2a"]) -> AsyncIdeogramV2a: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v2a/remix"]
    ) -> AsyncIdeogramV2aRemix: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v2a/turbo"]
    ) -> AsyncIdeogramV2aTurbo: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v2a/turbo/remix"]
    ) -> AsyncIdeogramV2aTurboRemix: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v3"]) -> AsyncIdeogramV3: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v3/generate-transparent"]
    ) -> AsyncIdeogramV3GenerateTransparent: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v3/layerize-text"]
    ) -> AsyncIdeogramV3LayerizeText: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v3/reframe"]
    ) -> AsyncIdeogramV3Reframe: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v3/remix"]
    ) -> AsyncIdeogramV3Remix: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ideogram/v3/replace-background"]
    ) -> AsyncIdeogramV3ReplaceBackground: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/illusion-diffusion"]
    ) -> AsyncIllusionDiffusion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/age-modify"]
    ) -> AsyncImageAppsV2AgeModify: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/city-teleport"]
    ) -> AsyncImageAppsV2CityTeleport: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/expression-change"]
    ) -> AsyncImageAppsV2ExpressionChange: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/hair-change"]
    ) -> AsyncImageAppsV2HairChange: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/headshot-photo"]
    ) -> AsyncImageAppsV2HeadshotPhoto: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/makeup-application"]
    ) -> AsyncImageAppsV2MakeupApplication: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/object-removal"]
    ) -> AsyncImageAppsV2ObjectRemoval: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/outpaint"]
    ) -> AsyncImageAppsV2Outpaint: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/perspective"]
    ) -> AsyncImageAppsV2Perspective: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/photo-restoration"]
    ) -> AsyncImageAppsV2PhotoRestoration: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/photography-effects"]
    ) -> AsyncImageAppsV2PhotographyEffects: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/portrait-enhance"]
    ) -> AsyncImageAppsV2PortraitEnhance: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/product-holding"]
    ) -> AsyncImageAppsV2ProductHolding: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/product-photography"]
    ) -> AsyncImageAppsV2ProductPhotography: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/relighting"]
    ) -> AsyncImageAppsV2Relighting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/style-transfer"]
    ) -> AsyncImageAppsV2StyleTransfer: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/texture-transform"]
    ) -> AsyncImageAppsV2TextureTransform: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-apps-v2/virtual-try-on"]
    ) -> AsyncImageAppsV2VirtualTryOn: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/age-progression"]
    ) -> AsyncImageEditingAgeProgression: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/baby-version"]
    ) -> AsyncImageEditingBabyVersion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/background-change"]
    ) -> AsyncImageEditingBackgroundChange: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/broccoli-haircut"]
    ) -> AsyncImageEditingBroccoliHaircut: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/cartoonify"]
    ) -> AsyncImageEditingCartoonify: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/color-correction"]
    ) -> AsyncImageEditingColorCorrection: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/expression-change"]
    ) -> AsyncImageEditingExpressionChange: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/face-enhancement"]
    ) -> AsyncImageEditingFaceEnhancement: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/hair-change"]
    ) -> AsyncImageEditingHairChange: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/object-removal"]
    ) -> AsyncImageEditingObjectRemoval: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/photo-restoration"]
    ) -> AsyncImageEditingPhotoRestoration: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/plushie-style"]
    ) -> AsyncImageEditingPlushieStyle: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/professional-photo"]
    ) -> AsyncImageEditingProfessionalPhoto: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/realism"]
    ) -> AsyncImageEditingRealism: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/reframe"]
    ) -> AsyncImageEditingReframe: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/retouch"]
    ) -> AsyncImageEditingRetouch: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/scene-composition"]
    ) -> AsyncImageEditingSceneComposition: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/style-transfer"]
    ) -> AsyncImageEditingStyleTransfer: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/text-removal"]
    ) -> AsyncImageEditingTextRemoval: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/time-of-day"]
    ) -> AsyncImageEditingTimeOfDay: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/weather-effect"]
    ) -> AsyncImageEditingWeatherEffect: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/wojak-style"]
    ) -> AsyncImageEditingWojakStyle: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-editing/youtube-thumbnails"]
    ) -> AsyncImageEditingYoutubeThumbnails: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/depth-anything/v2"]
    ) -> AsyncImagePreprocessorsDepthAnythingV2: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/hed"]
    ) -> AsyncImagePreprocessorsHed: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/lineart"]
    ) -> AsyncImagePreprocessorsLineart: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/midas"]
    ) -> AsyncImagePreprocessorsMidas: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/mlsd"]
    ) -> AsyncImagePreprocessorsMlsd: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/pidi"]
    ) -> AsyncImagePreprocessorsPidi: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/sam"]
    ) -> AsyncImagePreprocessorsSam: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/scribble"]
    ) -> AsyncImagePreprocessorsScribble: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/teed"]
    ) -> AsyncImagePreprocessorsTeed: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/image-preprocessors/zoe"]
    ) -> AsyncImagePreprocessorsZoe: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/image2pixel"]) -> AsyncImage2pixel: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/image2svg"]) -> AsyncImage2svg: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/imagen3"]) -> AsyncImagen3: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/imagen3/fast"]) -> AsyncImagen3Fast: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/imagen4/preview/fast"]
    ) -> AsyncImagen4PreviewFast: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/imagen4/preview/ultra"]
    ) -> AsyncImagen4PreviewUltra: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/imageutils/depth"]) -> AsyncImageutilsDepth: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/imageutils/marigold-depth"]
    ) -> AsyncImageutilsMarigoldDepth: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/imageutils/rembg"]) -> AsyncImageutilsRembg: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/inpaint"]) -> AsyncInpaint: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/instant-character"]
    ) -> AsyncInstantCharacter: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/invisible-watermark"]
    ) -> AsyncInvisibleWatermark: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/ip-adapter-face-id"]
    ) -> AsyncIpAdapterFaceId: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/janus"]) -> AsyncJanus: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/joyai-image-edit"]) -> AsyncJoyaiImageEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/kling-image/o1"]) -> AsyncKlingImageO1: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/kling-image/o3/image-to-image"]
    ) -> AsyncKlingImageO3ImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/kling-image/o3/text-to-image"]
    ) -> AsyncKlingImageO3TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/kling-image/v3/image-to-image"]
    ) -> AsyncKlingImageV3ImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/kling-image/v3/text-to-image"]
    ) -> AsyncKlingImageV3TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/kling/v1-5/kolors-virtual-try-on"]
    ) -> AsyncKlingV1_5KolorsVirtualTryOn: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/kolors"]) -> AsyncKolors: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/kolors/image-to-image"]
    ) -> AsyncKolorsImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/layer-diffusion"]) -> AsyncLayerDiffusion: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lcm-sd15-i2i"]) -> AsyncLcmSd15I2i: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lcm"]) -> AsyncLcm: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/leffa/pose-transfer"]
    ) -> AsyncLeffaPoseTransfer: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/leffa/virtual-tryon"]
    ) -> AsyncLeffaVirtualTryon: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lightning-models"]) -> AsyncLightningModels: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/live-portrait/image"]
    ) -> AsyncLivePortraitImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/longcat-image"]) -> AsyncLongcatImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/longcat-image/edit"]
    ) -> AsyncLongcatImageEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lora"]) -> AsyncLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/lora/image-to-image"]
    ) -> AsyncLoraImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lora/inpaint"]) -> AsyncLoraInpaint: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lucidflux"]) -> AsyncLucidflux: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/luma-photon"]) -> AsyncLumaPhoton: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/luma-photon/flash"]
    ) -> AsyncLumaPhotonFlash: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/luma-photon/flash/modify"]
    ) -> AsyncLumaPhotonFlashModify: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/luma-photon/flash/reframe"]
    ) -> AsyncLumaPhotonFlashReframe: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/luma-photon/modify"]
    ) -> AsyncLumaPhotonModify: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/luma-photon/reframe"]
    ) -> AsyncLumaPhotonReframe: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/lumina-image/v2"]) -> AsyncLuminaImageV2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/minimax/image-01"]) -> AsyncMinimaxImage01: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/minimax/image-01/subject-reference"]
    ) -> AsyncMinimaxImage01SubjectReference: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/mix-dehaze-net"]) -> AsyncMixDehazeNet: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/moondream-next/detection"]
    ) -> AsyncMoondreamNextDetection: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/moondream3-preview/segment"]
    ) -> AsyncMoondream3PreviewSegment: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nafnet/deblur"]) -> AsyncNafnetDeblur: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nafnet/denoise"]) -> AsyncNafnetDenoise: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nano-banana-2"]) -> AsyncNanoBanana2: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/nano-banana-2/edit"]
    ) -> AsyncNanoBanana2Edit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nano-banana-pro"]) -> AsyncNanoBananaPro: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/nano-banana-pro/edit"]
    ) -> AsyncNanoBananaProEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nano-banana"]) -> AsyncNanoBanana: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nano-banana/edit"]) -> AsyncNanoBananaEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/nucleus-image"]) -> AsyncNucleusImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/object-removal"]) -> AsyncObjectRemoval: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/object-removal/bbox"]
    ) -> AsyncObjectRemovalBbox: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/object-removal/mask"]
    ) -> AsyncObjectRemovalMask: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/omni-zero"]) -> AsyncOmniZero: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/omnigen-v1"]) -> AsyncOmnigenV1: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/omnigen-v2"]) -> AsyncOmnigenV2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/onereward"]) -> AsyncOnereward: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ovis-image"]) -> AsyncOvisImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/pasd"]) -> AsyncPasd: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/patina"]) -> AsyncPatina: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/patina/material"]) -> AsyncPatinaMaterial: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/patina/material/extract"]
    ) -> AsyncPatinaMaterialExtract: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/phota"]) -> AsyncPhota: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/phota/edit"]) -> AsyncPhotaEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/phota/enhance"]) -> AsyncPhotaEnhance: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/photomaker"]) -> AsyncPhotomaker: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/physic-edit"]) -> AsyncPhysicEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/piflow"]) -> AsyncPiflow: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/pixart-sigma"]) -> AsyncPixartSigma: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/playground-v25"]) -> AsyncPlaygroundV25: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/playground-v25/image-to-image"]
    ) -> AsyncPlaygroundV25ImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/playground-v25/inpainting"]
    ) -> AsyncPlaygroundV25Inpainting: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/plushify"]) -> AsyncPlushify: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/pony-v7"]) -> AsyncPonyV7: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/post-processing"]) -> AsyncPostProcessing: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/blur"]
    ) -> AsyncPostProcessingBlur: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/chromatic-aberration"]
    ) -> AsyncPostProcessingChromaticAberration: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/color-correction"]
    ) -> AsyncPostProcessingColorCorrection: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/color-tint"]
    ) -> AsyncPostProcessingColorTint: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/desaturate"]
    ) -> AsyncPostProcessingDesaturate: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/dissolve"]
    ) -> AsyncPostProcessingDissolve: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/dodge-burn"]
    ) -> AsyncPostProcessingDodgeBurn: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/grain"]
    ) -> AsyncPostProcessingGrain: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/parabolize"]
    ) -> AsyncPostProcessingParabolize: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/sharpen"]
    ) -> AsyncPostProcessingSharpen: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/solarize"]
    ) -> AsyncPostProcessingSolarize: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/post-processing/vignette"]
    ) -> AsyncPostProcessingVignette: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/pulid"]) -> AsyncPulid: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/qwen-image-2512"]) -> AsyncQwenImage2512: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-2512/lora"]
    ) -> AsyncQwenImage2512Lora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/qwen-image-2/edit"]) -> AsyncQwenImage2Edit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-2/pro/edit"]
    ) -> AsyncQwenImage2ProEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-2/pro/text-to-image"]
    ) -> AsyncQwenImage2ProTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-2/text-to-image"]
    ) -> AsyncQwenImage2TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/add-background"]
    ) -> AsyncQwenImageEdit2509LoraGalleryAddBackground: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/face-to-full-portrait"]
    ) -> AsyncQwenImageEdit2509LoraGalleryFaceToFullPortrait: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/group-photo"]
    ) -> AsyncQwenImageEdit2509LoraGalleryGroupPhoto: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/integrate-product"]
    ) -> AsyncQwenImageEdit2509LoraGalleryIntegrateProduct: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/lighting-restoration"]
    ) -> AsyncQwenImageEdit2509LoraGalleryLightingRestoration: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/multiple-angles"]
    ) -> AsyncQwenImageEdit2509LoraGalleryMultipleAngles: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/next-scene"]
    ) -> AsyncQwenImageEdit2509LoraGalleryNextScene: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/remove-element"]
    ) -> AsyncQwenImageEdit2509LoraGalleryRemoveElement: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/remove-lighting"]
    ) -> AsyncQwenImageEdit2509LoraGalleryRemoveLighting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora-gallery/shirt-design"]
    ) -> AsyncQwenImageEdit2509LoraGalleryShirtDesign: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509-lora"]
    ) -> AsyncQwenImageEdit2509Lora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2509"]
    ) -> AsyncQwenImageEdit2509: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2511-multiple-angles"]
    ) -> AsyncQwenImageEdit2511MultipleAngles: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2511"]
    ) -> AsyncQwenImageEdit2511: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-2511/lora"]
    ) -> AsyncQwenImageEdit2511Lora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-lora"]
    ) -> AsyncQwenImageEditLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/add-background"]
    ) -> AsyncQwenImageEditPlusLoraGalleryAddBackground: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/face-to-full-portrait"]
    ) -> AsyncQwenImageEditPlusLoraGalleryFaceToFullPortrait: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/group-photo"]
    ) -> AsyncQwenImageEditPlusLoraGalleryGroupPhoto: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/integrate-product"]
    ) -> AsyncQwenImageEditPlusLoraGalleryIntegrateProduct: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/lighting-restoration"]
    ) -> AsyncQwenImageEditPlusLoraGalleryLightingRestoration: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/multiple-angles"]
    ) -> AsyncQwenImageEditPlusLoraGalleryMultipleAngles: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/next-scene"]
    ) -> AsyncQwenImageEditPlusLoraGalleryNextScene: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/remove-element"]
    ) -> AsyncQwenImageEditPlusLoraGalleryRemoveElement: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/remove-lighting"]
    ) -> AsyncQwenImageEditPlusLoraGalleryRemoveLighting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora-gallery/shirt-design"]
    ) -> AsyncQwenImageEditPlusLoraGalleryShirtDesign: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus-lora"]
    ) -> AsyncQwenImageEditPlusLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit-plus"]
    ) -> AsyncQwenImageEditPlus: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit/image-to-image"]
    ) -> AsyncQwenImageEditImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-edit/inpaint"]
    ) -> AsyncQwenImageEditInpaint: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-layered"]
    ) -> AsyncQwenImageLayered: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-layered/lora"]
    ) -> AsyncQwenImageLayeredLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-max/edit"]
    ) -> AsyncQwenImageMaxEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image-max/text-to-image"]
    ) -> AsyncQwenImageMaxTextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/qwen-image"]) -> AsyncQwenImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/qwen-image/image-to-image"]
    ) -> AsyncQwenImageImageToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/realistic-vision"]) -> AsyncRealisticVision: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/recraft-20b"]) -> AsyncRecraft20b: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/upscale/creative"]
    ) -> AsyncRecraftUpscaleCreative: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/upscale/crisp"]
    ) -> AsyncRecraftUpscaleCrisp: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/v3/image-to-image"]
    ) -> AsyncRecraftV3ImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/v4/pro/text-to-image"]
    ) -> AsyncRecraftV4ProTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/v4/pro/text-to-vector"]
    ) -> AsyncRecraftV4ProTextToVector: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/v4/text-to-image"]
    ) -> AsyncRecraftV4TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/v4/text-to-vector"]
    ) -> AsyncRecraftV4TextToVector: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/recraft/vectorize"]
    ) -> AsyncRecraftVectorize: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/retoucher"]) -> AsyncRetoucher: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/rife"]) -> AsyncRife: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sam-3-1/image-rle"]) -> AsyncSam3_1ImageRle: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sam-3-1/image"]) -> AsyncSam3_1Image: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sam-3/image-rle"]) -> AsyncSam3ImageRle: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sam-3/image"]) -> AsyncSam3Image: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/sam2/auto-segment"]
    ) -> AsyncSam2AutoSegment: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sam2/image"]) -> AsyncSam2Image: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sana"]) -> AsyncSana: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sana/sprint"]) -> AsyncSanaSprint: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sana/v1.5/1.6b"]) -> AsyncSanaV1_5_1_6b: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/sana/v1.5/4.8b"]) -> AsyncSanaV1_5_4_8b: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/sd15-depth-controlnet"]
    ) -> AsyncSd15DepthControlnet: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/sdxl-controlnet-union"]
    ) -> AsyncSdxlControlnetUnion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/sdxl-controlnet-union/image-to-image"]
    ) -> AsyncSdxlControlnetUnionImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/sdxl-controlnet-union/inpainting"]
    ) -> AsyncSdxlControlnetUnionInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/seedvr/upscale/image"]
    ) -> AsyncSeedvrUpscaleImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/seedvr/upscale/image/seamless"]
    ) -> AsyncSeedvrUpscaleImageSeamless: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/smart-resize"]) -> AsyncSmartResize: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/stable-cascade"]) -> AsyncStableCascade: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/stable-cascade/sote-diffusion"]
    ) -> AsyncStableCascadeSoteDiffusion: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/stable-diffusion-v15"]
    ) -> AsyncStableDiffusionV15: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/stable-diffusion-v3-medium"]
    ) -> AsyncStableDiffusionV3Medium: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/stable-diffusion-v3-medium/image-to-image"]
    ) -> AsyncStableDiffusionV3MediumImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/stable-diffusion-v35-large"]
    ) -> AsyncStableDiffusionV35Large: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/stable-diffusion-v35-medium"]
    ) -> AsyncStableDiffusionV35Medium: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/star-vector"]) -> AsyncStarVector: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/step1x-edit"]) -> AsyncStep1xEdit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/stepx-edit2"]) -> AsyncStepxEdit2: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/swin2sr"]) -> AsyncSwin2sr: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/switti"]) -> AsyncSwitti: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/switti/512"]) -> AsyncSwitti512: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/thera"]) -> AsyncThera: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/topaz/upscale/image"]
    ) -> AsyncTopazUpscaleImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/uno"]) -> AsyncUno: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/uso"]) -> AsyncUso: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/vecglypher"]) -> AsyncVecglypher: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/vecglypher/image-to-svg"]
    ) -> AsyncVecglypherImageToSvg: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/vidu/q2/reference-to-image"]
    ) -> AsyncViduQ2ReferenceToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/vidu/q2/text-to-image"]
    ) -> AsyncViduQ2TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/vidu/reference-to-image"]
    ) -> AsyncViduReferenceToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan-25-preview/image-to-image"]
    ) -> AsyncWan25PreviewImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan-25-preview/text-to-image"]
    ) -> AsyncWan25PreviewTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan/v2.2-5b/text-to-image"]
    ) -> AsyncWanV2_2_5bTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan/v2.2-a14b/image-to-image"]
    ) -> AsyncWanV2_2A14bImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan/v2.2-a14b/text-to-image"]
    ) -> AsyncWanV2_2A14bTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan/v2.2-a14b/text-to-image/lora"]
    ) -> AsyncWanV2_2A14bTextToImageLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/wan/v2.7/edit"]) -> AsyncWanV2_7Edit: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/wan/v2.7/pro/edit"]) -> AsyncWanV2_7ProEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan/v2.7/pro/text-to-image"]
    ) -> AsyncWanV2_7ProTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/wan/v2.7/text-to-image"]
    ) -> AsyncWanV2_7TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/workflow-utilities/extract-nth-frame"]
    ) -> AsyncWorkflowUtilitiesExtractNthFrame: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/z-image/base"]) -> AsyncZImageBase: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/z-image/base/lora"]) -> AsyncZImageBaseLora: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/z-image/turbo"]) -> AsyncZImageTurbo: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/controlnet"]
    ) -> AsyncZImageTurboControlnet: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/controlnet/lora"]
    ) -> AsyncZImageTurboControlnetLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/image-to-image"]
    ) -> AsyncZImageTurboImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/image-to-image/lora"]
    ) -> AsyncZImageTurboImageToImageLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/inpaint"]
    ) -> AsyncZImageTurboInpaint: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/inpaint/lora"]
    ) -> AsyncZImageTurboInpaintLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/lora"]
    ) -> AsyncZImageTurboLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/tiling"]
    ) -> AsyncZImageTurboTiling: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/z-image/turbo/tiling/lora"]
    ) -> AsyncZImageTurboTilingLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["imagineart/imagineart-1.5-preview/text-to-image"]
    ) -> AsyncImagineartImagineart1_5PreviewTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["imagineart/imagineart-1.5-pro-preview/text-to-image"]
    ) -> AsyncImagineartImagineart1_5ProPreviewTextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["imagineart/imagineart-2.0-preview/text-to-image"]
    ) -> AsyncImagineartImagineart2_0PreviewTextToImage: ...
    @overload
    def endpoint(self, endpoint_id: Literal["openai/gpt-image-2"]) -> AsyncOpenaiGptImage2: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["openai/gpt-image-2/edit"]
    ) -> AsyncOpenaiGptImage2Edit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["pixelcut/background-removal"]
    ) -> AsyncPixelcutBackgroundRemoval: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["rundiffusion-fal/juggernaut-flux-lora"]
    ) -> AsyncRundiffusionFalJuggernautFluxLora: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["rundiffusion-fal/juggernaut-flux-lora/inpainting"]
    ) -> AsyncRundiffusionFalJuggernautFluxLoraInpainting: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["rundiffusion-fal/rundiffusion-photo-flux"]
    ) -> AsyncRundiffusionFalRundiffusionPhotoFlux: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["smoretalk-ai/rembg-enhance"]
    ) -> AsyncSmoretalkAiRembgEnhance: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["wan/v2.6/image-to-image"]
    ) -> AsyncWanV2_6ImageToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["wan/v2.6/text-to-image"]
    ) -> AsyncWanV2_6TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["xai/grok-imagine-image"]
    ) -> AsyncXaiGrokImagineImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["xai/grok-imagine-image/edit"]
    ) -> AsyncXaiGrokImagineImageEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["xai/grok-imagine-image/quality/edit"]
    ) -> AsyncXaiGrokImagineImageQualityEdit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["xai/grok-imagine-image/quality/text-to-image"]
    ) -> AsyncXaiGrokImagineImageQualityTextToImage: ...
    @overload
    def endpoint(self, endpoint_id: str) -> AsyncEndpoint[Any, Any]: ...
