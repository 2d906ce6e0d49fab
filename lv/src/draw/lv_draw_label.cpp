// Text: lines broken like lv_text_get_size, aligned, letters placed on the base line and
// blended through their anti-aliased bitmaps; recolor markup, selection and decorations.
#include <string.h>

#include "lv_draw_label.h"
#include "lv_draw_sw.h"

using namespace lv_sw;

namespace {

constexpr uint32_t kRecolorParLen = 6;

int hex_digit(char c)
{
    if(c >= '0' && c <= '9') return c - '0';
    if(c >= 'a' && c <= 'f') return c - 'a' + 10;
    if(c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool parse_hex_color(const char * s, lv_color_t * out)
{
    uint8_t v[3];
    for(int i = 0; i < 3; i++) {
        int hi = hex_digit(s[2 * i]);
        int lo = hex_digit(s[2 * i + 1]);
        if(hi < 0 || lo < 0) return false;
        v[i] = (uint8_t)(hi * 16 + lo);
    }
    *out = lv_color_make(v[0], v[1], v[2]);
    return true;
}

/* The glyph's bitmap box for a line box whose top-left is pos. */
lv_area_t glyph_box(const lv_font_t * font, const lv_font_glyph_dsc_t & g, const lv_point_t & pos)
{
    lv_area_t box;
    box.x1 = pos.x + g.ofs_x;
    box.x2 = box.x1 + g.box_w - 1;
    box.y1 = pos.y + (font->line_height - font->base_line) - g.box_h - g.ofs_y;
    box.y2 = box.y1 + g.box_h - 1;
    return box;
}

/* Letters that draw nothing: control characters and the markers. */
bool draws_nothing(uint32_t letter) { return letter < 0x20 || letter == 0xF8FF || letter == 0x200C; }

/* Draws a glyph already looked up (g, found: lv_font_get_glyph_dsc's result) with its line
 * box's top-left at pos; clipping is the target's. */
void draw_glyph_dsc(lv_layer_t * layer, const Target & t, const lv_font_t * font, lv_font_glyph_dsc_t & g, bool found,
                    uint32_t letter, const lv_point_t & pos, lv_color_t color, lv_opa_t opa, lv_blend_mode_t mode)
{
    if(!found && !g.is_placeholder) return;
    if(draws_nothing(letter)) return;
    if(g.box_w == 0 || g.box_h == 0) return;
    const lv_area_t box = glyph_box(font, g, pos);
    if(!lv_area_is_on(&box, &t.clip)) return;
    if(g.is_placeholder || g.format == LV_FONT_GLYPH_FORMAT_NONE) {
        lv_draw_border_dsc_t b;
        lv_draw_border_dsc_init(&b);
        b.color = color;
        b.opa = opa;
        b.width = 1;
        lv_draw_border(layer, &b, &box);
        return;
    }
    if(g.format == LV_FONT_GLYPH_FORMAT_IMAGE) {
        /* an image font's glyph: the bitmap is an image source, drawn as it is */
        lv_draw_image_dsc_t img;
        lv_draw_image_dsc_init(&img);
        img.src = lv_font_get_glyph_bitmap(&g, nullptr);
        img.opa = opa;
        if(img.src) lv_draw_image(layer, &img, &box);
        lv_font_glyph_release_draw_data(&g);
        return;
    }
    uint32_t size = (uint32_t)g.box_w * g.box_h;
    uint8_t small[32 * 32]; /* most glyphs up to 24 px fit on the stack */
    RowBuf big(size > sizeof(small) ? size : 0);
    lv_draw_buf_t scratch;
    memset(&scratch, 0, sizeof(scratch));
    scratch.data = size > sizeof(small) ? big.data() : small;
    if(scratch.data == nullptr) return;
    scratch.data_size = size;
    const uint8_t * a8 = (const uint8_t *)lv_font_get_glyph_bitmap(&g, &scratch);
    if(a8 == nullptr) return;
    blend_color_area(t, box, color, opa, a8, g.box_w, mode);
    lv_font_glyph_release_draw_data(&g);
}

/* Looks a glyph up and draws it with its line box's top-left at pos. */
void draw_glyph(lv_layer_t * layer, const Target & t, const lv_font_t * font, uint32_t letter, uint32_t letter_next,
                const lv_point_t & pos, lv_color_t color, lv_opa_t opa, lv_blend_mode_t mode)
{
    lv_font_glyph_dsc_t g;
    bool found = lv_font_get_glyph_dsc(font, &g, letter, letter_next);
    draw_glyph_dsc(layer, t, font, g, found, letter, pos, color, opa, mode);
}

int32_t line_start_x(const lv_draw_label_dsc_t * dsc, const lv_area_t * coords, const char * txt, uint32_t len)
{
    int32_t x = coords->x1;
    if(dsc->align == LV_TEXT_ALIGN_CENTER || dsc->align == LV_TEXT_ALIGN_RIGHT) {
        int32_t line_w = lv_text_get_width_with_flags(txt, len, dsc->font, dsc->letter_space, dsc->flag);
        int32_t free_w = lv_area_get_width(coords) - line_w;
        x += dsc->align == LV_TEXT_ALIGN_CENTER ? free_w / 2 : free_w;
    }
    return x;
}

template <typename Sink>
void draw_decor_line(Sink & sink, const lv_draw_label_dsc_t * dsc, int32_t x1, int32_t x2, int32_t y_top)
{
    const lv_font_t * font = dsc->font;
    int32_t thick = LV_MAX(1, (int32_t)font->underline_thickness);
    if(x2 <= x1) return;
    if(dsc->decor & LV_TEXT_DECOR_UNDERLINE) {
        int32_t y = y_top + font->line_height - font->base_line - font->underline_position;
        lv_area_t a = {x1, y, x2 - 1, y + thick - 1};
        sink.fill(a, dsc->color, dsc->opa);
    }
    if(dsc->decor & LV_TEXT_DECOR_STRIKETHROUGH) {
        int32_t y = y_top + (font->line_height - font->base_line) / 2 + thick / 2;
        lv_area_t a = {x1, y, x2 - 1, y + thick - 1};
        sink.fill(a, dsc->color, dsc->opa);
    }
}

/* What the renderer does with a label's parts: blend them into the layer. */
struct DrawSink {
    lv_layer_t * layer;
    Target t;
    const lv_area_t & clip() const { return t.clip; }
    void fill(const lv_area_t & a, lv_color_t color, lv_opa_t opa) { fill_area(t, a, color, opa); }
    void glyph(const lv_font_t * font, lv_font_glyph_dsc_t & g, bool found, uint32_t letter, const lv_point_t & pos,
               int32_t line_h, lv_color_t color, lv_opa_t opa)
    {
        LV_UNUSED(line_h);
        draw_glyph_dsc(layer, t, font, g, found, letter, pos, color, opa, LV_BLEND_MODE_NORMAL);
    }
};

/* What lv_draw_label_iterate_characters does with them: hands each to a draw unit's callback
 * (a glyph with its bitmap, or a fill for a selection background or a decoration line). */
struct CallbackSink {
    lv_draw_task_t * task;
    lv_draw_glyph_cb_t cb;
    lv_area_t clip_area;
    lv_draw_glyph_dsc_t proto; /* color, opa, rotation... of the caller's */
    const lv_area_t & clip() const { return clip_area; }
    void fill(const lv_area_t & a, lv_color_t color, lv_opa_t opa)
    {
        lv_draw_fill_dsc_t f;
        lv_draw_fill_dsc_init(&f);
        f.color = color;
        f.opa = opa;
        cb(task, nullptr, &f, &a);
    }
    void glyph(const lv_font_t * font, lv_font_glyph_dsc_t & g, bool found, uint32_t letter, const lv_point_t & pos,
               int32_t line_h, lv_color_t color, lv_opa_t opa)
    {
        if((!found && !g.is_placeholder) || draws_nothing(letter) || g.box_w == 0 || g.box_h == 0) return;
        const lv_area_t box = glyph_box(font, g, pos);
        const lv_area_t bg = {pos.x, pos.y, pos.x + g.adv_w - 1, pos.y + line_h - 1};
        if(!lv_area_is_on(&box, &clip_area)) return;
        lv_draw_glyph_dsc_t d = proto;
        d.g = &g;
        d.color = color;
        d.opa = opa;
        d.letter_coords = &box;
        d.bg_coords = &bg;
        d.format = g.is_placeholder ? LV_FONT_GLYPH_FORMAT_NONE : g.format;
        /* the bitmap (unpacked to one byte a pixel) in a draw buffer of the glyph's size */
        const uint32_t size = (uint32_t)g.box_w * g.box_h;
        RowBuf bitmap(d.format != LV_FONT_GLYPH_FORMAT_NONE && d.format != LV_FONT_GLYPH_FORMAT_IMAGE ? size : 0);
        lv_draw_buf_t buf;
        memset(&buf, 0, sizeof(buf));
        if(d.format == LV_FONT_GLYPH_FORMAT_IMAGE) d.glyph_data = lv_font_get_glyph_bitmap(&g, nullptr);
        else if(d.format != LV_FONT_GLYPH_FORMAT_NONE) {
            buf.header.magic = LV_IMAGE_HEADER_MAGIC;
            buf.header.cf = LV_COLOR_FORMAT_A8;
            buf.header.w = g.box_w;
            buf.header.h = g.box_h;
            buf.header.stride = g.box_w;
            buf.data = bitmap.data();
            buf.data_size = size;
            if(buf.data == nullptr) return;
            const void * a8 = lv_font_get_glyph_bitmap(&g, &buf);
            if(a8 == nullptr) return;
            if(a8 != buf.data) memcpy(buf.data, a8, size);
            d.glyph_data = &buf;
            d._draw_buf = &buf;
        }
        cb(task, &d, nullptr, nullptr);
        lv_font_glyph_release_draw_data(&g);
    }
};

} // namespace

extern "C" {

void lv_draw_label_dsc_init(lv_draw_label_dsc_t * dsc)
{
    memset(dsc, 0, sizeof(*dsc));
    dsc->base.dsc_size = sizeof(*dsc);
    dsc->opa = LV_OPA_COVER;
    dsc->color = lv_color_black();
    dsc->text_length = LV_TEXT_LEN_MAX;
    dsc->font = LV_FONT_DEFAULT;
    dsc->sel_start = LV_DRAW_LABEL_NO_TXT_SEL;
    dsc->sel_end = LV_DRAW_LABEL_NO_TXT_SEL;
    dsc->sel_color = lv_color_black();
    dsc->sel_bg_color = lv_palette_main(LV_PALETTE_BLUE);
    dsc->bidi_dir = LV_BASE_DIR_LTR;
    dsc->outline_stroke_color = lv_color_black();
    dsc->outline_stroke_opa = LV_OPA_COVER;
}

void lv_draw_letter_dsc_init(lv_draw_letter_dsc_t * dsc)
{
    memset(dsc, 0, sizeof(*dsc));
    dsc->base.dsc_size = sizeof(*dsc);
    dsc->opa = LV_OPA_COVER;
    dsc->color = lv_color_black();
    dsc->font = LV_FONT_DEFAULT;
    dsc->scale_x = LV_SCALE_NONE;
    dsc->scale_y = LV_SCALE_NONE;
    dsc->outline_stroke_color = lv_color_black();
    dsc->outline_stroke_opa = LV_OPA_COVER;
}

void lv_draw_character(lv_layer_t * layer, lv_draw_label_dsc_t * dsc, const lv_point_t * point, uint32_t unicode_letter)
{
    Target t;
    if(dsc == NULL || point == NULL || dsc->font == NULL || dsc->opa <= LV_OPA_MIN || !target_of(layer, &t)) return;
    draw_glyph(layer, t, dsc->font, unicode_letter, 0, *point, dsc->color, dsc->opa, LV_BLEND_MODE_NORMAL);
}

void lv_draw_letter(lv_layer_t * layer, lv_draw_letter_dsc_t * dsc, const lv_point_t * point)
{
    if(dsc == NULL || point == NULL || dsc->font == NULL) return;
    /* the task's area: the letter's line box, one advance wide */
    int32_t w = (int32_t)lv_font_get_glyph_width(dsc->font, dsc->unicode, 0);
    lv_area_t box = {point->x, point->y, point->x + LV_MAX(w, 1) - 1,
                     point->y + lv_font_get_line_height(dsc->font) - 1};
    if(task_intercept(layer, LV_DRAW_TASK_TYPE_LETTER, &dsc->base, &box)) return;
    letter_now(layer, dsc, point);
}

void lv_draw_label(lv_layer_t * layer, const lv_draw_label_dsc_t * dsc, const lv_area_t * coords)
{
    if(dsc == NULL || coords == NULL || dsc->text == NULL || dsc->font == NULL) return;
    if(task_intercept(layer, LV_DRAW_TASK_TYPE_LABEL, &dsc->base, coords)) return;
    label_now(layer, dsc, coords);
}

} // extern "C"

namespace lv_sw {

void letter_now(lv_layer_t * layer, const lv_draw_letter_dsc_t * dsc, const lv_point_t * point)
{
    Target t;
    if(dsc->font == NULL || dsc->opa <= LV_OPA_MIN || !target_of(layer, &t)) return;
    /* the point is the top-left of the letter's line box (rotation and scale are not
     * supported by this renderer: the letter is drawn upright) */
    draw_glyph(layer, t, dsc->font, dsc->unicode, 0, *point, dsc->color, dsc->opa, dsc->blend_mode);
}

/* Lays a label out line by line and hands each part to the sink: selection backgrounds and
 * glyphs in order, a line's decorations after its glyphs. */
template <typename Sink> void label_walk(const lv_draw_label_dsc_t * dsc, const lv_area_t * coords, Sink & sink)
{
    const lv_area_t & clip = sink.clip();
    lv_area_t visible;
    if(!lv_area_intersect(&visible, coords, &clip)) return;
    const lv_font_t * font = dsc->font;
    const char * txt = dsc->text;
    uint32_t total = (uint32_t)strlen(txt);
    if(dsc->text_length != 0 && dsc->text_length < total) total = dsc->text_length;

    int32_t max_w = lv_area_get_width(coords);
    if(dsc->flag & LV_TEXT_FLAG_EXPAND) max_w = LV_COORD_MAX;
    int32_t font_h = lv_font_get_line_height(font);
    int32_t line_h = font_h + dsc->line_space;
    lv_point_t pos = {coords->x1, coords->y1 + dsc->ofs_y};

    uint32_t line_start = 0;
    uint32_t line_end = lv_text_get_next_line(txt, total, font, dsc->letter_space, max_w, NULL, dsc->flag);
    /* skip the lines above the clip area without drawing them */
    while(pos.y + font_h < clip.y1 && line_end < total && txt[line_end] != '\0') {
        line_start = line_end;
        line_end += lv_text_get_next_line(&txt[line_start], total - line_start, font, dsc->letter_space, max_w, NULL,
                                          dsc->flag);
        pos.y += line_h;
    }

    uint32_t sel_start = dsc->sel_start, sel_end = dsc->sel_end;
    if(sel_start > sel_end) {
        uint32_t tmp = sel_start;
        sel_start = sel_end;
        sel_end = tmp;
    }
    bool has_sel = sel_start != LV_DRAW_LABEL_NO_TXT_SEL && sel_end != LV_DRAW_LABEL_NO_TXT_SEL;
    bool recolor_on = (dsc->flag & LV_TEXT_FLAG_RECOLOR) != 0;
    lv_text_cmd_state_t cmd = LV_TEXT_CMD_STATE_WAIT;
    lv_color_t recolor = dsc->color;

    while(line_start < total && txt[line_start] != '\0') {
        uint32_t len = line_end - line_start;
        pos.x = line_start_x(dsc, coords, &txt[line_start], len) + dsc->ofs_x;
        int32_t x_begin = pos.x;
        uint32_t i = 0;
        uint32_t par_start = 0;
        uint32_t char_index = has_sel ? lv_text_encoded_get_char_id(txt, line_start) : 0;
        cmd = LV_TEXT_CMD_STATE_WAIT;
        while(i < len) {
            if(i > 0) char_index++;
            uint32_t letter = lv_text_encoded_next(&txt[line_start], &i);
            uint32_t peek = i;
            uint32_t letter_next = i < len ? lv_text_encoded_next(&txt[line_start], &peek) : 0;
            if(recolor_on) {
                if(letter == (uint32_t)LV_TXT_COLOR_CMD[0]) {
                    if(cmd == LV_TEXT_CMD_STATE_WAIT) {
                        par_start = i;
                        cmd = LV_TEXT_CMD_STATE_PAR;
                        continue;
                    }
                    if(cmd == LV_TEXT_CMD_STATE_PAR) {
                        cmd = LV_TEXT_CMD_STATE_WAIT; /* "##" draws one '#' */
                    }
                    else {
                        cmd = LV_TEXT_CMD_STATE_WAIT;
                        continue;
                    }
                }
                if(cmd == LV_TEXT_CMD_STATE_PAR) {
                    if(letter == ' ') {
                        if(i - par_start == kRecolorParLen + 1 &&
                           parse_hex_color(&txt[line_start + par_start], &recolor)) {
                        }
                        else {
                            recolor = dsc->color;
                        }
                        cmd = LV_TEXT_CMD_STATE_IN;
                    }
                    continue;
                }
            }
            lv_color_t color = cmd == LV_TEXT_CMD_STATE_IN ? recolor : dsc->color;
            /* one look-up gives both the advance and what to draw */
            lv_font_glyph_dsc_t g;
            bool found = lv_font_get_glyph_dsc(font, &g, letter, letter_next);
            int32_t letter_w = letter < 0x20 ? 0 : g.adv_w;
            if(has_sel && char_index >= sel_start && char_index < sel_end) {
                lv_area_t sel = {pos.x, pos.y, pos.x + letter_w + dsc->letter_space - 1, pos.y + line_h - 1};
                sink.fill(sel, dsc->sel_bg_color, dsc->opa);
                color = dsc->sel_color;
            }
            sink.glyph(font, g, found, letter, pos, line_h, color, dsc->opa);
            if(letter_w > 0) pos.x += letter_w + dsc->letter_space;
        }
        if(dsc->decor != LV_TEXT_DECOR_NONE) draw_decor_line(sink, dsc, x_begin, pos.x - dsc->letter_space, pos.y);
        line_start = line_end;
        if(line_start >= total) break;
        line_end += lv_text_get_next_line(&txt[line_start], total - line_start, font, dsc->letter_space, max_w, NULL,
                                          dsc->flag);
        pos.y += line_h;
        if(pos.y > clip.y2) break;
    }
}

void label_now(lv_layer_t * layer, const lv_draw_label_dsc_t * dsc, const lv_area_t * coords)
{
    DrawSink sink;
    if(dsc->text == NULL || dsc->font == NULL) return;
    if(dsc->opa <= LV_OPA_MIN || !target_of(layer, &sink.t)) return;
    sink.layer = layer;
    label_walk(dsc, coords, sink);
}

} // namespace lv_sw

extern "C" {

void lv_draw_glyph_dsc_init(lv_draw_glyph_dsc_t * dsc)
{
    if(dsc == NULL) return;
    memset(dsc, 0, sizeof(*dsc));
    dsc->color = lv_color_black();
    dsc->opa = LV_OPA_COVER;
}

void lv_draw_label_iterate_characters(lv_draw_task_t * t, const lv_draw_label_dsc_t * dsc, const lv_area_t * coords,
                                      lv_draw_glyph_cb_t cb)
{
    if(t == NULL || dsc == NULL || coords == NULL || cb == NULL || dsc->text == NULL || dsc->font == NULL) return;
    if(dsc->opa <= LV_OPA_MIN) return;
    CallbackSink sink;
    sink.task = t;
    sink.cb = cb;
    sink.clip_area = t->clip_area;
    lv_draw_glyph_dsc_init(&sink.proto);
    lv_sw::label_walk(dsc, coords, sink);
}

void lv_draw_unit_draw_letter(lv_draw_task_t * t, lv_draw_glyph_dsc_t * dsc, const lv_point_t * pos,
                              const lv_font_t * font, uint32_t letter, lv_draw_glyph_cb_t cb)
{
    if(t == NULL || dsc == NULL || pos == NULL || font == NULL || cb == NULL) return;
    CallbackSink sink;
    sink.task = t;
    sink.cb = cb;
    sink.clip_area = t->clip_area;
    sink.proto = *dsc;
    lv_font_glyph_dsc_t g;
    const bool found = lv_font_get_glyph_dsc(font, &g, letter, 0);
    sink.glyph(font, g, found, letter, *pos, lv_font_get_line_height(font), dsc->color, dsc->opa);
}

} // extern "C"
