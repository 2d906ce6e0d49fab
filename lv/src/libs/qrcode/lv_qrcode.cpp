/**
 * @file lv_qrcode.cpp
 * The QR code widget: a canvas whose I1 buffer (palette 0 light, 1 dark) gets the symbol
 * from lv_qrcode_encoder, each module a square of whole pixels, centred.
 */
#include "lv_qrcode.h"
#include "libs/qrcode/lv_qrcode_encoder.h"
#include "widgets/canvas/lv_canvas_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

#if LV_USE_QRCODE

namespace {

struct lv_qrcode_t {
    lv_canvas_t canvas;
    lv_color_t dark_color;
    lv_color_t light_color;
};

void qrcode_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void qrcode_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

} // namespace

extern "C" const lv_obj_class_t lv_qrcode_class = {
    &lv_canvas_class, qrcode_constructor, qrcode_destructor, nullptr, nullptr, "qrcode",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_qrcode_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_qrcode_t * as_qrcode(lv_obj_t * obj) { return reinterpret_cast<lv_qrcode_t *>(obj); }

void qrcode_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_qrcode_set_size(obj, LV_DPI_DEF);
    as_qrcode(obj)->dark_color = lv_color_black();
    as_qrcode(obj)->light_color = lv_color_white();
}

void qrcode_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_canvas_free_own_buf(obj);
}

/** Paints each dark module as a scale x scale square, the symbol centred in the buffer. */
void paint(lv_draw_buf_t * buf, const lv_qr::symbol & s, int32_t scale)
{
    int32_t w = static_cast<int32_t>(buf->header.w);
    int32_t margin = (w - s.size * scale) / 2;
    for(int32_t my = 0; my < s.size; my++) {
        for(int32_t mx = 0; mx < s.size; mx++) {
            if(!lv_qr::module_at(s, mx, my)) continue;
            for(int32_t y = 0; y < scale; y++) {
                for(int32_t x = 0; x < scale; x++) lv_canvas_i1_set_dark(buf, margin + mx * scale + x, margin + my * scale + y);
            }
        }
    }
}

/** The version LVGL's rule picks: the smallest holding the data at medium level sets the
 * module size, then the largest version still drawn at that module size (below 40). */
int pick_version(uint32_t len, int32_t width, int32_t * scale)
{
    int v = lv_qr::min_fit_version(lv_qr::ecc::medium, len);
    if(v == 0) return 0;
    *scale = width / lv_qr::size_of(v);
    if(*scale <= 0) return 0;
    while(v + 1 < lv_qr::version_max && lv_qr::size_of(v + 1) * *scale <= width) v++;
    return v;
}

} // namespace

extern "C" lv_obj_t * lv_qrcode_create(lv_obj_t * parent) { return lv_widget_create(&lv_qrcode_class, parent); }

extern "C" void lv_qrcode_set_size(lv_obj_t * obj, int32_t size)
{
    if(!lv_widget_check(obj, &lv_qrcode_class)) return;
    if(!lv_canvas_i1_resize(obj, size, size)) LV_LOG_WARN("lv_qrcode_set_size: no buffer of %d px", static_cast<int>(size));
}

extern "C" void lv_qrcode_set_dark_color(lv_obj_t * obj, lv_color_t color)
{
    if(lv_widget_check(obj, &lv_qrcode_class)) as_qrcode(obj)->dark_color = color;
}

extern "C" void lv_qrcode_set_light_color(lv_obj_t * obj, lv_color_t color)
{
    if(lv_widget_check(obj, &lv_qrcode_class)) as_qrcode(obj)->light_color = color;
}

extern "C" lv_result_t lv_qrcode_update(lv_obj_t * obj, const void * data, uint32_t data_len)
{
    if(!lv_widget_check(obj, &lv_qrcode_class) || (!data && data_len)) return LV_RESULT_INVALID;
    lv_draw_buf_t * buf = lv_canvas_get_draw_buf(obj);
    if(!buf) return LV_RESULT_INVALID;
    lv_qrcode_t * qr = as_qrcode(obj);
    lv_canvas_i1_clear(buf);
    lv_canvas_set_palette(obj, 0, lv_color_to_32(qr->light_color, LV_OPA_COVER));
    lv_canvas_set_palette(obj, 1, lv_color_to_32(qr->dark_color, LV_OPA_COVER));
    lv_obj_invalidate(obj);

    int32_t scale = 0;
    int version = pick_version(data_len, static_cast<int32_t>(buf->header.w), &scale);
    if(version == 0) return LV_RESULT_INVALID;
    uint8_t * modules = static_cast<uint8_t *>(lv_malloc(lv_qr::bitmap_bytes(version)));
    uint8_t * scratch = static_cast<uint8_t *>(lv_malloc(lv_qr::scratch_bytes(version)));
    lv_result_t res = LV_RESULT_INVALID;
    lv_qr::symbol s;
    if(modules && scratch &&
       lv_qr::encode(static_cast<const uint8_t *>(data), data_len, lv_qr::ecc::medium, version, true, -1, modules, scratch, &s)) {
        paint(buf, s, scale);
        res = LV_RESULT_OK;
    }
    lv_free(modules);
    lv_free(scratch);
    return res;
}

#endif
