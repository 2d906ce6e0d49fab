// The reference scenes in C++, line by line after the Python originals in scenes/.
#include "scenes.h"

#include <cstring>

#include "lvgl.h"

namespace {

// 01: a default-theme button with a label, centered on a new screen that is then loaded.
void scene_01_hello_button()
{
    lv_obj_t * scr = lv_obj_create(nullptr);
    lv_obj_t * btn = lv_button_create(scr);
    lv_obj_align(btn, LV_ALIGN_CENTER, 0, 0);
    lv_obj_t * label = lv_label_create(btn);
    lv_label_set_text(label, "Hello World!");
    lv_screen_load(scr);
}

// 02: label long modes in fixed-size boxes.
void scene_02_label_long_modes()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_set_style_bg_color(scr, lv_color_hex(0xFFFFFF), 0);
    const char * text = "The quick brown fox jumps over the lazy dog.";
    struct { const char * name; lv_label_long_mode_t mode; int32_t h; } modes[] = {
        {"WRAP", LV_LABEL_LONG_MODE_WRAP, 44},
        {"DOTS", LV_LABEL_LONG_MODE_DOTS, 20},
        {"CLIP", LV_LABEL_LONG_MODE_CLIP, 20},
        {"SCROLL", LV_LABEL_LONG_MODE_SCROLL, 20},
        {"CIRCULAR", LV_LABEL_LONG_MODE_SCROLL_CIRCULAR, 20},
    };
    int32_t y = 8;
    for(const auto & m : modes) {
        lv_obj_t * tag = lv_label_create(scr);
        lv_label_set_text(tag, m.name);
        lv_obj_set_pos(tag, 8, y);
        lv_obj_t * lab = lv_label_create(scr);
        lv_label_set_long_mode(lab, m.mode);
        lv_obj_set_size(lab, 180, m.h);
        lv_obj_set_pos(lab, 120, y);
        lv_label_set_text(lab, text);
        lv_obj_set_style_border_width(lab, 1, 0);
        lv_obj_set_style_border_color(lab, lv_color_hex(0x3060C0), 0);
        lv_obj_set_style_bg_color(lab, lv_color_hex(0xE8F0FF), 0);
        lv_obj_set_style_bg_opa(lab, LV_OPA_COVER, 0);
        y += m.h + 10;
    }
}

// 03: label text alignment and letter / line spacing.
void scene_03_label_align_spacing()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_set_style_bg_color(scr, lv_color_hex(0xFAFAF0), 0);
    lv_text_align_t aligns[] = {LV_TEXT_ALIGN_LEFT, LV_TEXT_ALIGN_CENTER, LV_TEXT_ALIGN_RIGHT};
    for(int i = 0; i < 3; i++) {
        lv_obj_t * lab = lv_label_create(scr);
        lv_obj_set_width(lab, 96);
        lv_obj_set_pos(lab, 8 + i * 104, 8);
        lv_label_set_text(lab, "Align\nshort\nlonger line");
        lv_obj_set_style_text_align(lab, aligns[i], 0);
        lv_obj_set_style_bg_color(lab, lv_color_hex(0xDDE6F0), 0);
        lv_obj_set_style_bg_opa(lab, LV_OPA_COVER, 0);
    }
    lv_obj_t * sp = lv_label_create(scr);
    lv_obj_set_pos(sp, 8, 80);
    lv_label_set_text(sp, "Letter space 4");
    lv_obj_set_style_text_letter_space(sp, 4, 0);

    lv_obj_t * sp2 = lv_label_create(scr);
    lv_obj_set_pos(sp2, 8, 104);
    lv_label_set_text(sp2, "Line space 10\nsecond line\nthird line");
    lv_obj_set_style_text_line_space(sp2, 10, 0);
    lv_obj_set_style_text_color(sp2, lv_color_hex(0x2050A0), 0);

    lv_obj_t * sp3 = lv_label_create(scr);
    lv_obj_set_pos(sp3, 170, 104);
    lv_label_set_text(sp3, "Tight -1\nlines -2");
    lv_obj_set_style_text_letter_space(sp3, -1, 0);
    lv_obj_set_style_text_line_space(sp3, -2, 0);
    lv_obj_set_style_text_decor(sp3, LV_TEXT_DECOR_UNDERLINE, 0);
}

// 04: recolor markup, fonts and symbols.
void scene_04_label_recolor_fonts_symbols()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * rc = lv_label_create(scr);
    lv_label_set_recolor(rc, true);
    lv_label_set_text(rc, "Recolor: #ff0000 red# #00a000 green# #0000ff blue# plain");
    lv_obj_set_pos(rc, 8, 8);
    struct { const lv_font_t * f; const char * name; int32_t y; } fonts[] = {
        {&lv_font_montserrat_14, "Montserrat 14 Ag", 36},
        {&lv_font_montserrat_16, "Montserrat 16 Ag", 58},
        {&lv_font_montserrat_24, "Montserrat 24 Ag", 84},
    };
    for(const auto & f : fonts) {
        lv_obj_t * l = lv_label_create(scr);
        lv_label_set_text(l, f.name);
        lv_obj_set_style_text_font(l, f.f, 0);
        lv_obj_set_pos(l, 8, f.y);
    }
    int32_t y = 120;
    lv_obj_t * sym = lv_label_create(scr);
    lv_label_set_text(sym, LV_SYMBOL_OK " " LV_SYMBOL_CLOSE " " LV_SYMBOL_HOME " " LV_SYMBOL_WIFI " "
                      LV_SYMBOL_BATTERY_FULL " " LV_SYMBOL_SETTINGS " " LV_SYMBOL_TRASH " " LV_SYMBOL_BELL);
    lv_obj_set_style_text_font(sym, &lv_font_montserrat_24, 0);
    lv_obj_set_style_text_color(sym, lv_palette_main(LV_PALETTE_BLUE), 0);
    lv_obj_set_pos(sym, 8, y + 4);
    lv_obj_t * sym2 = lv_label_create(scr);
    lv_label_set_text(sym2, LV_SYMBOL_PLAY " Play  " LV_SYMBOL_PAUSE " Pause  " LV_SYMBOL_WARNING " Warn");
    lv_obj_set_pos(sym2, 8, y + 40);
}

// 05: bg opacities, gradients and gradient stops.
lv_obj_t * plain_obj(lv_obj_t * parent, int32_t x, int32_t y, int32_t w, int32_t h)
{
    lv_obj_t * o = lv_obj_create(parent);
    lv_obj_remove_style_all(o);
    lv_obj_set_size(o, w, h);
    lv_obj_set_pos(o, x, y);
    return o;
}

void grad_box(lv_obj_t * scr, int32_t x, int32_t y, uint32_t c1, uint32_t c2, lv_grad_dir_t d, int32_t main_stop = 0,
              int32_t grad_stop = 255)
{
    lv_obj_t * o = plain_obj(scr, x, y, 140, 60);
    lv_obj_set_style_bg_opa(o, LV_OPA_COVER, 0);
    lv_obj_set_style_bg_color(o, lv_color_hex(c1), 0);
    lv_obj_set_style_bg_grad_color(o, lv_color_hex(c2), 0);
    lv_obj_set_style_bg_grad_dir(o, d, 0);
    lv_obj_set_style_bg_main_stop(o, main_stop, 0);
    lv_obj_set_style_bg_grad_stop(o, grad_stop, 0);
}

void scene_05_style_bg_gradient()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_set_style_bg_color(scr, lv_color_hex(0xFFFFFF), 0);
    lv_obj_t * stripe = plain_obj(scr, 10, 30, 300, 30);
    lv_obj_set_style_bg_color(stripe, lv_color_hex(0x202020), 0);
    lv_obj_set_style_bg_opa(stripe, LV_OPA_COVER, 0);
    lv_opa_t opas[] = {LV_OPA_COVER, LV_OPA_70, LV_OPA_50, LV_OPA_30, LV_OPA_10};
    for(int i = 0; i < 5; i++) {
        lv_obj_t * b = plain_obj(scr, 15 + i * 60, 10, 50, 70);
        lv_obj_set_style_bg_color(b, lv_color_hex(0xE04040), 0);
        lv_obj_set_style_bg_opa(b, opas[i], 0);
    }
    grad_box(scr, 15, 95, 0x0040FF, 0xFFFFFF, LV_GRAD_DIR_VER);
    grad_box(scr, 165, 95, 0xFF8000, 0x8000FF, LV_GRAD_DIR_HOR);
    grad_box(scr, 15, 165, 0x00A060, 0x000000, LV_GRAD_DIR_VER, 100, 160);
    grad_box(scr, 165, 165, 0xFFFF00, 0xFF0040, LV_GRAD_DIR_HOR, 60, 200);
}

// 06: radius, border width/color/opa and border sides.
lv_obj_t * border_box(lv_obj_t * scr, int32_t x, int32_t y, int32_t w, int32_t h, int32_t radius, int32_t bw,
                      lv_border_side_t side = LV_BORDER_SIDE_FULL, uint32_t color = 0x2060D0, uint32_t bg = 0xFFFFFF)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_remove_style_all(o);
    lv_obj_set_pos(o, x, y);
    lv_obj_set_size(o, w, h);
    lv_obj_set_style_bg_color(o, lv_color_hex(bg), 0);
    lv_obj_set_style_bg_opa(o, LV_OPA_COVER, 0);
    lv_obj_set_style_radius(o, radius, 0);
    lv_obj_set_style_border_width(o, bw, 0);
    lv_obj_set_style_border_color(o, lv_color_hex(color), 0);
    lv_obj_set_style_border_side(o, side, 0);
    return o;
}

void scene_06_style_radius_border()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_set_style_bg_color(scr, lv_color_hex(0xF0F0F0), 0);
    border_box(scr, 10, 10, 90, 60, 0, 2);
    border_box(scr, 115, 10, 90, 60, 12, 4, LV_BORDER_SIDE_FULL, 0xD03020);
    border_box(scr, 220, 5, 70, 70, LV_RADIUS_CIRCLE, 6, LV_BORDER_SIDE_FULL, 0x20A040, 0xFFF0C0);
    border_box(scr, 10, 90, 90, 60, 0, 5, LV_BORDER_SIDE_BOTTOM);
    border_box(scr, 115, 90, 90, 60, 0, 5, static_cast<lv_border_side_t>(LV_BORDER_SIDE_LEFT | LV_BORDER_SIDE_RIGHT), 0x8020C0);
    border_box(scr, 220, 90, 90, 60, 20, 5, LV_BORDER_SIDE_TOP, 0xE08000);
    lv_obj_t * pill = border_box(scr, 10, 170, 190, 50, LV_RADIUS_CIRCLE, 3, LV_BORDER_SIDE_FULL, 0x000000, 0x60C0F0);
    lv_obj_set_style_border_opa(pill, LV_OPA_50, 0);
    border_box(scr, 220, 170, 90, 50, 8, 10, LV_BORDER_SIDE_FULL, 0x404040, 0xC0E0FF);
}

// 07: outlines and shadows.
lv_obj_t * blue_box(lv_obj_t * scr, int32_t x, int32_t y, int32_t radius = 6)
{
    lv_obj_t * o = plain_obj(scr, x, y, 70, 50);
    lv_obj_set_style_radius(o, radius, 0);
    lv_obj_set_style_bg_color(o, lv_color_hex(0x4080E0), 0);
    lv_obj_set_style_bg_opa(o, LV_OPA_COVER, 0);
    return o;
}

void scene_07_style_outline_shadow()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_set_style_bg_color(scr, lv_color_hex(0xFFFFFF), 0);
    lv_obj_t * a = blue_box(scr, 20, 20);
    lv_obj_set_style_outline_width(a, 3, 0);
    lv_obj_set_style_outline_color(a, lv_color_hex(0xE02020), 0);
    lv_obj_set_style_outline_pad(a, 0, 0);
    lv_obj_t * b = blue_box(scr, 125, 20);
    lv_obj_set_style_outline_width(b, 2, 0);
    lv_obj_set_style_outline_color(b, lv_color_hex(0x20A020), 0);
    lv_obj_set_style_outline_pad(b, 6, 0);
    lv_obj_t * c = blue_box(scr, 230, 20, LV_RADIUS_CIRCLE);
    lv_obj_set_style_outline_width(c, 4, 0);
    lv_obj_set_style_outline_color(c, lv_color_hex(0x000000), 0);
    lv_obj_set_style_outline_opa(c, LV_OPA_40, 0);
    lv_obj_set_style_outline_pad(c, 3, 0);
    lv_obj_t * d = blue_box(scr, 20, 130);
    lv_obj_set_style_shadow_width(d, 20, 0);
    lv_obj_set_style_shadow_color(d, lv_color_hex(0x000000), 0);
    lv_obj_t * e = blue_box(scr, 125, 130);
    lv_obj_set_style_shadow_width(e, 10, 0);
    lv_obj_set_style_shadow_spread(e, 4, 0);
    lv_obj_set_style_shadow_offset_x(e, 8, 0);
    lv_obj_set_style_shadow_offset_y(e, 8, 0);
    lv_obj_set_style_shadow_color(e, lv_color_hex(0xE04000), 0);
    lv_obj_t * f = blue_box(scr, 230, 130, 25);
    lv_obj_set_style_shadow_width(f, 30, 0);
    lv_obj_set_style_shadow_color(f, lv_color_hex(0x8000C0), 0);
    lv_obj_set_style_shadow_opa(f, LV_OPA_60, 0);
    lv_obj_set_style_shadow_offset_y(f, -6, 0);
}

// 08: a shared style, local overrides, text color, whole-object opa.
lv_style_t card_style; /* shared styles must outlive the objects using them */

void scene_08_style_shared_local_opa()
{
    lv_obj_t * scr = lv_screen_active();
    lv_style_init(&card_style);
    lv_style_set_bg_color(&card_style, lv_color_hex(0x303848));
    lv_style_set_bg_opa(&card_style, LV_OPA_COVER);
    lv_style_set_radius(&card_style, 8);
    lv_style_set_border_width(&card_style, 2);
    lv_style_set_border_color(&card_style, lv_color_hex(0x80A0FF));
    lv_style_set_pad_all(&card_style, 6);
    lv_style_set_text_color(&card_style, lv_color_hex(0xFFFFFF));
    const char * names[] = {"shared", "local bg", "local text", "opa 50%"};
    lv_obj_t * objs[4];
    for(int i = 0; i < 4; i++) {
        lv_obj_t * o = lv_obj_create(scr);
        lv_obj_add_style(o, &card_style, 0);
        lv_obj_set_size(o, 140, 90);
        lv_obj_set_pos(o, 10 + (i % 2) * 155, 10 + (i / 2) * 110);
        lv_obj_t * l = lv_label_create(o);
        lv_label_set_text_fmt(l, "%s\n%s card", names[i], LV_SYMBOL_IMAGE);
        objs[i] = o;
    }
    lv_obj_set_style_bg_color(objs[1], lv_color_hex(0x20804A), 0);
    lv_obj_set_style_radius(objs[1], 0, 0);
    lv_obj_set_style_text_color(objs[2], lv_color_hex(0xFFD040), 0);
    lv_obj_set_style_border_color(objs[2], lv_color_hex(0xFFD040), 0);
    lv_obj_set_style_opa(objs[3], LV_OPA_50, 0);
}

// 09: widget states and a shared style bound to STATE_CHECKED.
lv_style_t chk_style;

lv_obj_t * state_button(lv_obj_t * scr, const char * text, lv_state_t state, bool checkable = false, bool styled = false)
{
    lv_obj_t * b = lv_button_create(scr);
    if(checkable) lv_obj_add_flag(b, LV_OBJ_FLAG_CHECKABLE);
    if(styled) lv_obj_add_style(b, &chk_style, LV_STATE_CHECKED);
    if(state) lv_obj_add_state(b, state);
    lv_label_set_text(lv_label_create(b), text);
    return b;
}

void scene_09_style_states()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_set_flex_flow(scr, LV_FLEX_FLOW_ROW_WRAP);
    lv_obj_set_flex_align(scr, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);
    lv_obj_set_style_pad_gap(scr, 12, 0);
    lv_style_init(&chk_style);
    lv_style_set_bg_color(&chk_style, lv_color_hex(0xE03070));
    lv_style_set_border_color(&chk_style, lv_color_hex(0x600020));
    lv_style_set_border_width(&chk_style, 3);
    state_button(scr, "Default", 0);
    state_button(scr, "Checked", LV_STATE_CHECKED, true);
    state_button(scr, "Disabled", LV_STATE_DISABLED);
    state_button(scr, "Chk+Dis", LV_STATE_CHECKED | LV_STATE_DISABLED, true);
    state_button(scr, "Styled off", 0, true, true);
    state_button(scr, "Styled on", LV_STATE_CHECKED, true, true);
    lv_obj_t * sw = lv_switch_create(scr);
    lv_obj_add_state(sw, LV_STATE_CHECKED | LV_STATE_DISABLED);
}

// 10: style transforms.
lv_obj_t * transform_card(lv_obj_t * scr, int32_t x, int32_t y, const char * text, uint32_t color)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_set_size(o, 80, 50);
    lv_obj_set_pos(o, x, y);
    lv_obj_set_style_bg_color(o, lv_color_hex(color), 0);
    lv_obj_set_style_border_width(o, 0, 0);
    lv_obj_remove_flag(o, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_t * l = lv_label_create(o);
    lv_label_set_text(l, text);
    lv_obj_center(l);
    lv_obj_set_style_transform_pivot_x(o, 40, 0);
    lv_obj_set_style_transform_pivot_y(o, 25, 0);
    return o;
}

void scene_10_style_transform()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_set_style_bg_color(scr, lv_color_hex(0xFFFFFF), 0);
    transform_card(scr, 20, 20, "none", 0xDDDDDD);
    lv_obj_t * r = transform_card(scr, 120, 20, "rot 30", 0x90C0FF);
    lv_obj_set_style_transform_rotation(r, 300, 0);
    lv_obj_t * s = transform_card(scr, 220, 20, "scale", 0xA0E0A0);
    lv_obj_set_style_transform_scale(s, 320, 0);
    lv_obj_t * sx = transform_card(scr, 20, 140, "sx/sy", 0xFFC080);
    lv_obj_set_style_transform_scale_x(sx, 200, 0);
    lv_obj_set_style_transform_scale_y(sx, 360, 0);
    lv_obj_t * rs = transform_card(scr, 120, 140, "both", 0xF0A0D0);
    lv_obj_set_style_transform_rotation(rs, -450, 0);
    lv_obj_set_style_transform_scale(rs, 200, 0);
    lv_obj_t * tw = transform_card(scr, 220, 140, "tw/th", 0xC0C0FF);
    lv_obj_set_style_transform_width(tw, 10, 0);
    lv_obj_set_style_transform_height(tw, -8, 0);
}

// 11: flex ROW_WRAP with SPACE_EVENLY.
void scene_11_flex_row_wrap()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * cont = lv_obj_create(scr);
    lv_obj_set_size(cont, 300, 220);
    lv_obj_center(cont);
    lv_obj_set_flex_flow(cont, LV_FLEX_FLOW_ROW_WRAP);
    lv_obj_set_flex_align(cont, LV_FLEX_ALIGN_SPACE_EVENLY, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);
    lv_obj_set_style_pad_row(cont, 10, 0);
    lv_obj_set_style_pad_column(cont, 6, 0);
    const int32_t widths[] = {60, 90, 40, 70, 110, 50, 80, 45, 65};
    const int32_t heights[] = {30, 40, 30, 50, 30, 40, 30, 35, 30};
    for(int i = 0; i < 9; i++) {
        lv_obj_t * o = lv_obj_create(cont);
        lv_obj_set_size(o, widths[i], heights[i]);
        lv_obj_set_style_pad_all(o, 0, 0);
        lv_obj_set_style_bg_color(o, lv_palette_lighten(LV_PALETTE_TEAL, static_cast<uint8_t>((i % 4) + 1)), 0);
        lv_obj_remove_flag(o, LV_OBJ_FLAG_SCROLLABLE);
        lv_obj_t * l = lv_label_create(o);
        lv_label_set_text_fmt(l, "%d", i + 1);
        lv_obj_center(l);
    }
}

// 12: flex COLUMN with a growing item and a ROW with grow factors.
void scene_12_flex_column_grow()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_set_flex_flow(scr, LV_FLEX_FLOW_COLUMN);
    lv_obj_set_style_pad_all(scr, 8, 0);
    lv_obj_set_style_pad_row(scr, 6, 0);
    lv_obj_t * head = lv_label_create(scr);
    lv_label_set_text(head, "Header (content size)");
    lv_obj_t * mid = lv_obj_create(scr);
    lv_obj_set_width(mid, lv_pct(100));
    lv_obj_set_flex_grow(mid, 1);
    lv_obj_set_style_bg_color(mid, lv_color_hex(0xD8ECFF), 0);
    lv_obj_t * ml = lv_label_create(mid);
    lv_label_set_text(ml, "flex_grow = 1 fills the free height");
    lv_obj_t * row = lv_obj_create(scr);
    lv_obj_set_size(row, lv_pct(100), 60);
    lv_obj_set_flex_flow(row, LV_FLEX_FLOW_ROW);
    lv_obj_set_flex_align(row, LV_FLEX_ALIGN_START, LV_FLEX_ALIGN_END, LV_FLEX_ALIGN_START);
    lv_obj_set_style_pad_all(row, 4, 0);
    lv_obj_set_style_pad_column(row, 4, 0);
    struct { uint8_t g; uint32_t color; } items[] = {{1, 0xFF8080}, {2, 0x80D080}, {1, 0x8080FF}, {0, 0xC0C0C0}};
    for(const auto & it : items) {
        lv_obj_t * c = lv_obj_create(row);
        lv_obj_set_style_bg_color(c, lv_color_hex(it.color), 0);
        lv_obj_set_style_pad_all(c, 2, 0);
        if(it.g) {
            lv_obj_set_flex_grow(c, it.g);
            lv_obj_set_height(c, lv_pct(100));
        }
        else {
            lv_obj_set_size(c, 50, 30);
        }
        lv_obj_t * l = lv_label_create(c);
        lv_label_set_text_fmt(l, "g=%d", it.g);
        lv_obj_center(l);
    }
    lv_obj_t * foot = lv_button_create(scr);
    lv_obj_set_width(foot, lv_pct(100));
    lv_obj_t * fl = lv_label_create(foot);
    lv_label_set_text(fl, "Footer button, width 100%");
    lv_obj_center(fl);
}

// 13: grid with fixed, CONTENT and fr tracks, alignments and spans.
const int32_t grid_cols[] = {70, LV_GRID_FR(1), LV_GRID_FR(2), LV_GRID_TEMPLATE_LAST};
const int32_t grid_rows[] = {40, LV_GRID_CONTENT, LV_GRID_FR(1), LV_GRID_FR(1), LV_GRID_TEMPLATE_LAST};

void scene_13_grid_fr_span()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * grid = lv_obj_create(scr);
    lv_obj_set_size(grid, 310, 230);
    lv_obj_center(grid);
    lv_obj_set_style_pad_all(grid, 6, 0);
    lv_obj_set_style_pad_gap(grid, 5, 0);
    lv_obj_set_grid_dsc_array(grid, grid_cols, grid_rows);
    const lv_grid_align_t S = LV_GRID_ALIGN_STRETCH;
    struct { const char * text; int32_t c, cs, r, rs; lv_grid_align_t xa, ya; uint32_t color; } cells[] = {
        {"A", 0, 1, 0, 1, S, S, 0xFFB0B0},
        {"B colspan 2", 1, 2, 0, 1, S, S, 0xB0FFB0},
        {"C", 0, 1, 1, 1, LV_GRID_ALIGN_CENTER, LV_GRID_ALIGN_CENTER, 0xB0B0FF},
        {"D start", 1, 1, 1, 1, LV_GRID_ALIGN_START, LV_GRID_ALIGN_START, 0xFFFFB0},
        {"E end\n2 lines", 2, 1, 1, 1, LV_GRID_ALIGN_END, LV_GRID_ALIGN_END, 0xFFB0FF},
        {"F\nrow\nspan", 0, 1, 2, 2, S, S, 0xB0FFFF},
        {"G 2x2 span", 1, 2, 2, 2, S, S, 0xE0C0A0},
    };
    for(const auto & c : cells) {
        lv_obj_t * o = lv_obj_create(grid);
        lv_obj_set_style_bg_color(o, lv_color_hex(c.color), 0);
        lv_obj_set_style_pad_all(o, 4, 0);
        lv_obj_remove_flag(o, LV_OBJ_FLAG_SCROLLABLE);
        lv_obj_set_size(o, LV_SIZE_CONTENT, LV_SIZE_CONTENT);
        lv_obj_set_grid_cell(o, c.xa, c.c, c.cs, c.ya, c.r, c.rs);
        lv_obj_t * l = lv_label_create(o);
        lv_label_set_text(l, c.text);
        lv_obj_center(l);
    }
}

// 14: align_to around a SIZE_CONTENT box, pct sizes, ALIGN on parent.
void align_tag(lv_obj_t * scr, lv_obj_t * base, const char * text, lv_align_t al, int32_t dx, int32_t dy)
{
    lv_obj_t * l = lv_label_create(scr);
    lv_label_set_text(l, text);
    lv_obj_set_style_bg_color(l, lv_color_hex(0xC0D8FF), 0);
    lv_obj_set_style_bg_opa(l, LV_OPA_COVER, 0);
    lv_obj_align_to(l, base, al, dx, dy);
}

void scene_14_align_to_size_content()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * base = lv_obj_create(scr);
    lv_obj_set_size(base, LV_SIZE_CONTENT, LV_SIZE_CONTENT);
    lv_obj_set_style_pad_hor(base, 40, 0);
    lv_obj_set_style_pad_ver(base, 8, 0);
    lv_obj_set_style_bg_color(base, lv_color_hex(0xFFE0A0), 0);
    lv_obj_align(base, LV_ALIGN_CENTER, 0, -10);
    lv_obj_t * bl = lv_label_create(base);
    lv_label_set_text(bl, "SIZE_CONTENT\npad 40/8");
    align_tag(scr, base, "TOP_LEFT", LV_ALIGN_OUT_TOP_LEFT, 0, -4);
    align_tag(scr, base, "TOP_RIGHT", LV_ALIGN_OUT_TOP_RIGHT, 0, -4);
    align_tag(scr, base, "BOTTOM_MID", LV_ALIGN_OUT_BOTTOM_MID, 0, 4);
    align_tag(scr, base, "L_MID", LV_ALIGN_OUT_LEFT_MID, -4, 0);
    align_tag(scr, base, "R_MID", LV_ALIGN_OUT_RIGHT_MID, 4, 0);
    lv_obj_t * bar = lv_obj_create(scr);
    lv_obj_set_size(bar, lv_pct(80), lv_pct(10));
    lv_obj_align(bar, LV_ALIGN_BOTTOM_MID, 0, -6);
    lv_obj_set_style_bg_color(bar, lv_palette_main(LV_PALETTE_INDIGO), 0);
    lv_obj_set_style_pad_all(bar, 0, 0);
    lv_obj_t * side = lv_obj_create(scr);
    lv_obj_set_size(side, lv_pct(15), lv_pct(25));
    lv_obj_align(side, LV_ALIGN_TOP_RIGHT, -6, 6);
    lv_obj_set_style_bg_color(side, lv_palette_main(LV_PALETTE_PINK), 0);
    lv_obj_set_style_pad_all(side, 0, 0);
}

// 38: a row of cards scrolled and snapped to CENTER, a column scrolled with scrollbars ON.
void scene_38_scroll_snap()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * row = lv_obj_create(scr);
    lv_obj_set_size(row, 300, 100);
    lv_obj_align(row, LV_ALIGN_TOP_MID, 0, 6);
    lv_obj_set_flex_flow(row, LV_FLEX_FLOW_ROW);
    lv_obj_set_scroll_snap_x(row, LV_SCROLL_SNAP_CENTER);
    lv_obj_set_scrollbar_mode(row, LV_SCROLLBAR_MODE_ON);
    for(int i = 0; i < 8; i++) {
        lv_obj_t * c = lv_button_create(row);
        lv_obj_set_size(c, 90, lv_pct(100));
        lv_label_set_text_fmt(lv_label_create(c), "Card %d", i);
    }
    lv_obj_update_layout(row);
    lv_obj_scroll_to_x(row, 215, LV_ANIM_OFF);
    lv_obj_update_snap(row, LV_ANIM_OFF);

    lv_obj_t * col = lv_obj_create(scr);
    lv_obj_set_size(col, 300, 118);
    lv_obj_align(col, LV_ALIGN_BOTTOM_MID, 0, -6);
    lv_obj_set_flex_flow(col, LV_FLEX_FLOW_COLUMN);
    lv_obj_set_scrollbar_mode(col, LV_SCROLLBAR_MODE_ON);
    lv_obj_set_style_pad_row(col, 4, 0);
    for(int i = 0; i < 12; i++) {
        lv_label_set_text_fmt(lv_label_create(col), "Row %02d: a line of scrollable text that is wide enough to scroll sideways", i);
    }
    lv_obj_update_layout(col);
    lv_obj_scroll_to(col, 60, 100, LV_ANIM_OFF);
}

// 39: lv_anim_t animations captured mid-way.
enum anim_setter_t { SET_X, SET_Y, SET_WIDTH };

lv_obj_t * anim_box(lv_obj_t * scr, int32_t y, uint32_t color)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_set_size(o, 40, 40);
    lv_obj_set_pos(o, 10, y);
    lv_obj_set_style_bg_color(o, lv_color_hex(color), 0);
    lv_obj_remove_flag(o, LV_OBJ_FLAG_SCROLLABLE);
    return o;
}

void anim_exec(lv_anim_t * a, int32_t v)
{
    lv_obj_t * obj = static_cast<lv_obj_t *>(a->var);
    switch(static_cast<anim_setter_t>(reinterpret_cast<intptr_t>(lv_anim_get_user_data(a)))) {
        case SET_X: lv_obj_set_x(obj, v); break;
        case SET_Y: lv_obj_set_y(obj, v); break;
        case SET_WIDTH: lv_obj_set_width(obj, v); break;
    }
}

void run_anim(lv_obj_t * obj, int32_t start, int32_t end, uint32_t dur, anim_setter_t setter,
              lv_anim_path_cb_t path = nullptr, uint32_t delay = 0)
{
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, obj);
    lv_anim_set_values(&a, start, end);
    lv_anim_set_duration(&a, dur);
    lv_anim_set_delay(&a, delay);
    if(path) lv_anim_set_path_cb(&a, path);
    lv_anim_set_user_data(&a, reinterpret_cast<void *>(static_cast<intptr_t>(setter)));
    lv_anim_set_custom_exec_cb(&a, anim_exec);
    lv_anim_start(&a);
}

void scene_39_anim()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * b1 = anim_box(scr, 10, 0xE04040);
    run_anim(b1, 10, 270, 2000, SET_X);
    lv_obj_t * b2 = anim_box(scr, 65, 0x40A040);
    run_anim(b2, 10, 270, 2000, SET_X, lv_anim_path_ease_in_out);
    lv_obj_t * b3 = anim_box(scr, 120, 0x4060E0);
    run_anim(b3, 40, 300, 1000, SET_WIDTH, nullptr, 500);
    lv_obj_t * b4 = anim_box(scr, 175, 0xE0A020);
    lv_obj_set_x(b4, 200);
    run_anim(b4, 240, 175, 800, SET_Y, lv_anim_path_overshoot);
}

const Scene scenes[] = {
    {"01_hello_button", 320, 240, scene_01_hello_button},
    {"02_label_long_modes", 320, 240, scene_02_label_long_modes},
    {"03_label_align_spacing", 320, 240, scene_03_label_align_spacing},
    {"04_label_recolor_fonts_symbols", 320, 240, scene_04_label_recolor_fonts_symbols},
    {"05_style_bg_gradient", 320, 240, scene_05_style_bg_gradient},
    {"06_style_radius_border", 320, 240, scene_06_style_radius_border},
    {"07_style_outline_shadow", 320, 240, scene_07_style_outline_shadow},
    {"08_style_shared_local_opa", 320, 240, scene_08_style_shared_local_opa},
    {"09_style_states", 320, 240, scene_09_style_states},
    {"10_style_transform", 320, 240, scene_10_style_transform},
    {"11_flex_row_wrap", 320, 240, scene_11_flex_row_wrap},
    {"12_flex_column_grow", 320, 240, scene_12_flex_column_grow},
    {"13_grid_fr_span", 320, 240, scene_13_grid_fr_span},
    {"14_align_to_size_content", 320, 240, scene_14_align_to_size_content},
    {"38_scroll_snap", 320, 240, scene_38_scroll_snap},
    {"39_anim", 320, 240, scene_39_anim},
};

} // namespace

const Scene * scenes_begin() { return scenes; }
const Scene * scenes_end() { return scenes + sizeof(scenes) / sizeof(scenes[0]); }

const Scene * find_scene(const char * name)
{
    for(const Scene * s = scenes_begin(); s != scenes_end(); s++) {
        if(!std::strcmp(s->name, name)) return s;
    }
    for(const Scene * s = widget_scenes_begin(); s != widget_scenes_end(); s++) {
        if(!std::strcmp(s->name, name)) return s;
    }
    return nullptr;
}

namespace {

void flush_ready_cb(lv_display_t * disp, const lv_area_t *, uint8_t *) { lv_display_flush_ready(disp); }

} // namespace

lv_display_t * scene_start(const Scene & scene, int32_t w, int32_t h, std::vector<uint8_t> & fb)
{
    lv_init();
    const lv_color_format_t cf = LV_COLOR_FORMAT_XRGB8888;
    uint32_t stride = lv_draw_buf_width_to_stride(static_cast<uint32_t>(w), cf);
    fb.assign(stride * static_cast<size_t>(h), 0);
    lv_display_t * disp = lv_display_create(w, h);
    lv_display_set_color_format(disp, cf);
    lv_display_set_buffers(disp, fb.data(), nullptr, static_cast<uint32_t>(fb.size()), LV_DISPLAY_RENDER_MODE_DIRECT);
    lv_display_set_flush_cb(disp, flush_ready_cb);
    lv_display_set_default(disp);
    lv_tick_inc(33);
    lv_timer_handler();
    scene.run();
    for(int i = 0; i < 30; i++) {
        lv_tick_inc(33);
        lv_timer_handler();
    }
    return disp;
}
