/**
 * @file lv_barcode.cpp
 * The barcode widget: a canvas whose I1 buffer (palette 0 light, 1 dark) holds the Code 128
 * modules of lv_barcode_code128, `scale` pixels each. Horizontal: one row of bars repeated
 * down the object's height; vertical: one column of bars as full rows. Tiled: a single pixel
 * line that the image's tile alignment repeats.
 */
#include "lv_barcode.h"
#include "libs/barcode/lv_barcode_code128.h"
#include "widgets/canvas/lv_canvas_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

#if LV_USE_BARCODE

namespace {

struct lv_barcode_t {
    lv_canvas_t canvas;
    lv_color_t dark_color;
    lv_color_t light_color;
    uint16_t scale;
    lv_dir_t direction;
    bool tiled;
    lv_barcode_encoding_t encoding;
};

void barcode_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void barcode_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_canvas_free_own_buf(obj);
}

} // namespace

extern "C" const lv_obj_class_t lv_barcode_class = {
    &lv_canvas_class, barcode_constructor, barcode_destructor, nullptr, nullptr, "barcode",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_barcode_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_barcode_t * as_barcode(const lv_obj_t * obj) { return reinterpret_cast<lv_barcode_t *>(const_cast<lv_obj_t *>(obj)); }

void barcode_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_barcode_t * b = as_barcode(obj);
    b->dark_color = lv_color_black();
    b->light_color = lv_color_white();
    b->scale = 1;
    b->direction = LV_DIR_HOR;
    b->tiled = false;
    b->encoding = LV_BARCODE_ENCODING_CODE128_GS1;
    lv_image_set_inner_align(obj, LV_IMAGE_ALIGN_DEFAULT);
}

/** Empties the picture after a failed update (the buffer keeps its size). */
void clear(lv_obj_t * obj)
{
    lv_draw_buf_t * buf = lv_canvas_get_draw_buf(obj);
    if(buf) lv_canvas_i1_clear(buf);
    lv_obj_invalidate(obj);
}

/** Buffer size for `modules` modules: the bars' length by the object's other side (or one
 * pixel when tiled). */
void buffer_size(lv_obj_t * obj, int32_t bars_len, int32_t * w, int32_t * h)
{
    lv_barcode_t * b = as_barcode(obj);
    bool hor = b->direction != LV_DIR_VER;
    if(b->tiled) {
        *w = hor ? bars_len : 1;
        *h = hor ? 1 : bars_len;
        return;
    }
    lv_obj_update_layout(obj);
    *w = hor ? bars_len : lv_obj_get_width(obj);
    *h = hor ? lv_obj_get_height(obj) : bars_len;
}

void paint(lv_obj_t * obj, const uint8_t * modules, uint32_t count)
{
    lv_barcode_t * b = as_barcode(obj);
    lv_draw_buf_t * buf = lv_canvas_get_draw_buf(obj);
    bool hor = b->direction != LV_DIR_VER;
    int32_t across = hor ? static_cast<int32_t>(buf->header.h) : static_cast<int32_t>(buf->header.w);
    for(uint32_t m = 0; m < count; m++) {
        if(!modules[m]) continue;
        for(int32_t i = 0; i < b->scale; i++) {
            int32_t along = static_cast<int32_t>(m) * b->scale + i;
            for(int32_t k = 0; k < across; k++) {
                if(hor) lv_canvas_i1_set_dark(buf, along, k);
                else lv_canvas_i1_set_dark(buf, k, along);
            }
        }
    }
}

} // namespace

extern "C" lv_obj_t * lv_barcode_create(lv_obj_t * parent) { return lv_widget_create(&lv_barcode_class, parent); }

extern "C" void lv_barcode_set_dark_color(lv_obj_t * obj, lv_color_t color)
{
    if(lv_widget_check(obj, &lv_barcode_class)) as_barcode(obj)->dark_color = color;
}

extern "C" void lv_barcode_set_light_color(lv_obj_t * obj, lv_color_t color)
{
    if(lv_widget_check(obj, &lv_barcode_class)) as_barcode(obj)->light_color = color;
}

extern "C" void lv_barcode_set_scale(lv_obj_t * obj, uint16_t scale)
{
    if(lv_widget_check(obj, &lv_barcode_class)) as_barcode(obj)->scale = scale ? scale : 1;
}

extern "C" void lv_barcode_set_direction(lv_obj_t * obj, lv_dir_t direction)
{
    if(lv_widget_check(obj, &lv_barcode_class)) as_barcode(obj)->direction = direction;
}

extern "C" void lv_barcode_set_tiled(lv_obj_t * obj, bool tiled)
{
    if(!lv_widget_check(obj, &lv_barcode_class)) return;
    as_barcode(obj)->tiled = tiled;
    lv_image_set_inner_align(obj, tiled ? LV_IMAGE_ALIGN_TILE : LV_IMAGE_ALIGN_DEFAULT);
}

extern "C" void lv_barcode_set_encoding(lv_obj_t * obj, lv_barcode_encoding_t encoding)
{
    if(lv_widget_check(obj, &lv_barcode_class)) as_barcode(obj)->encoding = encoding;
}

extern "C" lv_result_t lv_barcode_update(lv_obj_t * obj, const char * data)
{
    if(!lv_widget_check(obj, &lv_barcode_class)) return LV_RESULT_INVALID;
    uint32_t len = data ? static_cast<uint32_t>(lv_strlen(data)) : 0;
    if(len == 0 || len > lv_code128::max_len) {
        clear(obj);
        return LV_RESULT_INVALID;
    }
    lv_barcode_t * b = as_barcode(obj);
    uint8_t * values = static_cast<uint8_t *>(lv_malloc(lv_code128::max_symbols(len)));
    uint8_t * modules = static_cast<uint8_t *>(lv_malloc(lv_code128::max_modules(len)));
    uint32_t count = values && modules
                         ? lv_code128::encode(data, len, b->encoding == LV_BARCODE_ENCODING_CODE128_GS1, values, modules)
                         : 0;
    int32_t w = 0, h = 0;
    if(count) buffer_size(obj, static_cast<int32_t>(count) * b->scale, &w, &h);
    lv_result_t res = LV_RESULT_INVALID;
    if(count && lv_canvas_i1_resize(obj, w, h)) {
        lv_canvas_set_palette(obj, 0, lv_color_to_32(b->light_color, LV_OPA_COVER));
        lv_canvas_set_palette(obj, 1, lv_color_to_32(b->dark_color, LV_OPA_COVER));
        paint(obj, modules, count);
        lv_obj_invalidate(obj);
        res = LV_RESULT_OK;
    }
    else {
        clear(obj);
    }
    lv_free(values);
    lv_free(modules);
    return res;
}

extern "C" lv_color_t lv_barcode_get_dark_color(lv_obj_t * obj) { return lv_widget_check(obj, &lv_barcode_class) ? as_barcode(obj)->dark_color : lv_color_black(); }

extern "C" lv_color_t lv_barcode_get_light_color(lv_obj_t * obj) { return lv_widget_check(obj, &lv_barcode_class) ? as_barcode(obj)->light_color : lv_color_white(); }

extern "C" uint16_t lv_barcode_get_scale(lv_obj_t * obj) { return lv_widget_check(obj, &lv_barcode_class) ? as_barcode(obj)->scale : 0; }

extern "C" lv_barcode_encoding_t lv_barcode_get_encoding(const lv_obj_t * obj)
{
    return lv_widget_check(obj, &lv_barcode_class) ? as_barcode(obj)->encoding : LV_BARCODE_ENCODING_CODE128_GS1;
}

#endif
