// The reference scenes in C++, line by line after the Python originals in scenes/.
#include "scenes.h"

#include "lvgl.h"

#include <initializer_list>

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

// 15: sliders and switches.
void scene_15_slider_switch()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * s1 = lv_slider_create(scr);
    lv_obj_set_width(s1, 200);
    lv_slider_set_range(s1, 0, 200);
    lv_slider_set_value(s1, 150, LV_ANIM_OFF);
    lv_obj_align(s1, LV_ALIGN_TOP_LEFT, 20, 24);
    lv_obj_t * l1 = lv_label_create(scr);
    lv_label_set_text(l1, "150 / 0..200");
    lv_obj_align_to(l1, s1, LV_ALIGN_OUT_BOTTOM_LEFT, 0, 8);
    lv_obj_t * s2 = lv_slider_create(scr);
    lv_obj_set_width(s2, 200);
    lv_slider_set_range(s2, -50, 50);
    lv_slider_set_value(s2, -20, LV_ANIM_OFF);
    lv_obj_align(s2, LV_ALIGN_TOP_LEFT, 20, 90);
    lv_obj_t * s3 = lv_slider_create(scr);
    lv_obj_set_size(s3, 12, 150);
    lv_slider_set_value(s3, 70, LV_ANIM_OFF);
    lv_obj_align(s3, LV_ALIGN_TOP_RIGHT, -30, 24);
    lv_obj_t * s4 = lv_slider_create(scr);
    lv_obj_set_width(s4, 200);
    lv_slider_set_mode(s4, LV_SLIDER_MODE_RANGE);
    lv_slider_set_value(s4, 80, LV_ANIM_OFF);
    lv_slider_set_start_value(s4, 30, LV_ANIM_OFF);
    lv_obj_align(s4, LV_ALIGN_TOP_LEFT, 20, 130);
    lv_obj_t * on = lv_switch_create(scr);
    lv_obj_add_state(on, LV_STATE_CHECKED);
    lv_obj_align(on, LV_ALIGN_BOTTOM_LEFT, 20, -20);
    lv_obj_t * off = lv_switch_create(scr);
    lv_obj_align(off, LV_ALIGN_BOTTOM_LEFT, 100, -20);
    lv_obj_t * big = lv_switch_create(scr);
    lv_obj_set_size(big, 80, 40);
    lv_obj_add_state(big, LV_STATE_CHECKED);
    lv_obj_align(big, LV_ALIGN_BOTTOM_LEFT, 180, -12);
}

// 16: checkboxes and LEDs.
void scene_16_checkbox_led()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * col = lv_obj_create(scr);
    lv_obj_set_size(col, 170, 220);
    lv_obj_align(col, LV_ALIGN_LEFT_MID, 6, 0);
    lv_obj_set_flex_flow(col, LV_FLEX_FLOW_COLUMN);
    lv_obj_set_style_pad_row(col, 14, 0);
    struct { const char * text; lv_state_t st; } states[] = {
        {"Unchecked", 0}, {"Checked", LV_STATE_CHECKED}, {"Disabled", LV_STATE_DISABLED},
        {"Chk + disabled", LV_STATE_CHECKED | LV_STATE_DISABLED},
    };
    for(const auto & s : states) {
        lv_obj_t * cb = lv_checkbox_create(col);
        lv_checkbox_set_text(cb, s.text);
        if(s.st) lv_obj_add_state(cb, s.st);
    }
    struct { lv_color_t c; int mode; } leds[] = {
        {lv_palette_main(LV_PALETTE_RED), -1}, {lv_palette_main(LV_PALETTE_RED), -2},
        {lv_palette_main(LV_PALETTE_GREEN), 150}, {lv_palette_main(LV_PALETTE_BLUE), 255},
        {lv_color_hex(0xFFB000), 60}, {lv_color_hex(0xFFB000), -1},
    };
    for(int i = 0; i < 6; i++) {
        lv_obj_t * led = lv_led_create(scr);
        lv_obj_set_size(led, 30, 30);
        lv_obj_set_pos(led, 200 + (i % 2) * 60, 25 + (i / 2) * 70);
        lv_led_set_color(led, leds[i].c);
        if(leds[i].mode == -1) lv_led_on(led);
        else if(leds[i].mode == -2) lv_led_off(led);
        else lv_led_set_brightness(led, static_cast<uint8_t>(leds[i].mode));
    }
}

// 17: bars.
void bar_caption(lv_obj_t * scr, lv_obj_t * obj, const char * text)
{
    lv_obj_t * l = lv_label_create(scr);
    lv_label_set_text(l, text);
    lv_obj_align_to(l, obj, LV_ALIGN_OUT_TOP_LEFT, 0, -2);
}

void scene_17_bar_modes()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * b1 = lv_bar_create(scr);
    lv_obj_set_size(b1, 200, 16);
    lv_bar_set_value(b1, 40, LV_ANIM_OFF);
    lv_obj_set_pos(b1, 20, 28);
    bar_caption(scr, b1, "normal 40%");
    lv_obj_t * b2 = lv_bar_create(scr);
    lv_obj_set_size(b2, 200, 16);
    lv_bar_set_range(b2, -100, 100);
    lv_bar_set_mode(b2, LV_BAR_MODE_SYMMETRICAL);
    lv_bar_set_value(b2, -60, LV_ANIM_OFF);
    lv_obj_set_pos(b2, 20, 78);
    bar_caption(scr, b2, "symmetrical -60 of -100..100");
    lv_obj_t * b3 = lv_bar_create(scr);
    lv_obj_set_size(b3, 200, 16);
    lv_bar_set_mode(b3, LV_BAR_MODE_RANGE);
    lv_bar_set_range(b3, 0, 50);
    lv_bar_set_value(b3, 35, LV_ANIM_OFF);
    lv_bar_set_start_value(b3, 10, LV_ANIM_OFF);
    lv_obj_set_pos(b3, 20, 128);
    bar_caption(scr, b3, "range 10..35 of 0..50");
    lv_obj_t * b4 = lv_bar_create(scr);
    lv_obj_set_size(b4, 200, 24);
    lv_bar_set_value(b4, 75, LV_ANIM_OFF);
    lv_obj_set_pos(b4, 20, 180);
    lv_obj_set_style_radius(b4, 4, 0);
    lv_obj_set_style_radius(b4, 4, LV_PART_INDICATOR);
    lv_obj_set_style_bg_color(b4, lv_palette_main(LV_PALETTE_ORANGE), LV_PART_INDICATOR);
    lv_obj_set_style_bg_grad_color(b4, lv_palette_main(LV_PALETTE_RED), LV_PART_INDICATOR);
    lv_obj_set_style_bg_grad_dir(b4, LV_GRAD_DIR_HOR, LV_PART_INDICATOR);
    bar_caption(scr, b4, "styled 75%");
    lv_obj_t * v = lv_bar_create(scr);
    lv_obj_set_size(v, 20, 190);
    lv_bar_set_value(v, 65, LV_ANIM_OFF);
    lv_obj_set_pos(v, 270, 28);
}

// 18: arcs.
void scene_18_arc()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * a1 = lv_arc_create(scr);
    lv_obj_set_size(a1, 120, 120);
    lv_arc_set_value(a1, 70);
    lv_obj_align(a1, LV_ALIGN_TOP_LEFT, 10, 10);
    lv_obj_t * a2 = lv_arc_create(scr);
    lv_obj_set_size(a2, 90, 90);
    lv_arc_set_rotation(a2, 180);
    lv_arc_set_bg_angles(a2, 0, 180);
    lv_arc_set_range(a2, 0, 10);
    lv_arc_set_value(a2, 4);
    lv_obj_align(a2, LV_ALIGN_TOP_LEFT, 150, 10);
    lv_obj_t * a3 = lv_arc_create(scr);
    lv_obj_set_size(a3, 80, 80);
    lv_arc_set_mode(a3, LV_ARC_MODE_SYMMETRICAL);
    lv_arc_set_range(a3, -50, 50);
    lv_arc_set_value(a3, 30);
    lv_obj_align(a3, LV_ALIGN_TOP_RIGHT, -8, 120);
    lv_obj_t * a4 = lv_arc_create(scr);
    lv_obj_set_size(a4, 90, 90);
    lv_arc_set_mode(a4, LV_ARC_MODE_REVERSE);
    lv_arc_set_value(a4, 35);
    lv_obj_align(a4, LV_ALIGN_BOTTOM_LEFT, 20, -8);
    lv_obj_t * a5 = lv_arc_create(scr);
    lv_obj_set_size(a5, 90, 90);
    lv_arc_set_bg_angles(a5, 0, 360);
    lv_arc_set_angles(a5, 45, 200);
    lv_obj_remove_style(a5, nullptr, LV_PART_KNOB);
    lv_obj_set_style_arc_width(a5, 14, LV_PART_INDICATOR);
    lv_obj_set_style_arc_color(a5, lv_palette_main(LV_PALETTE_GREEN), LV_PART_INDICATOR);
    lv_obj_set_style_arc_rounded(a5, false, LV_PART_INDICATOR);
    lv_obj_align(a5, LV_ALIGN_BOTTOM_MID, 0, -8);
}

// 19: spinners and lines.
const lv_point_precise_t line_pts[] = {{10, 10}, {60, 60}, {110, 20}, {160, 80}, {280, 40}};
const lv_point_precise_t line_pts2[] = {{0, 0}, {120, 0}, {120, 30}};

void scene_19_spinner_line()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * sp = lv_spinner_create(scr);
    lv_obj_set_size(sp, 80, 80);
    lv_obj_align(sp, LV_ALIGN_TOP_LEFT, 20, 20);
    lv_obj_t * sp2 = lv_spinner_create(scr);
    lv_obj_set_size(sp2, 60, 60);
    lv_spinner_set_anim_params(sp2, 2000, 90);
    lv_obj_set_style_arc_color(sp2, lv_palette_main(LV_PALETTE_RED), LV_PART_INDICATOR);
    lv_obj_set_style_arc_width(sp2, 6, LV_PART_INDICATOR);
    lv_obj_align(sp2, LV_ALIGN_TOP_LEFT, 130, 30);
    lv_obj_t * ln = lv_line_create(scr);
    lv_line_set_points(ln, line_pts, 5);
    lv_obj_set_style_line_width(ln, 8, 0);
    lv_obj_set_style_line_color(ln, lv_palette_main(LV_PALETTE_BLUE), 0);
    lv_obj_set_style_line_rounded(ln, true, 0);
    lv_obj_set_pos(ln, 10, 120);
    lv_obj_t * ln2 = lv_line_create(scr);
    lv_line_set_points(ln2, line_pts2, 3);
    lv_obj_set_style_line_width(ln2, 3, 0);
    lv_obj_set_style_line_color(ln2, lv_color_hex(0x20A040), 0);
    lv_obj_set_pos(ln2, 190, 20);
}

// 20: textareas: one-line with text, placeholder, password mode, multi-line wrapped text.
void scene_20_textarea()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * t1 = lv_textarea_create(scr);
    lv_textarea_set_one_line(t1, true);
    lv_obj_set_width(t1, 280);
    lv_textarea_set_text(t1, "One line text");
    lv_obj_align(t1, LV_ALIGN_TOP_MID, 0, 8);

    lv_obj_t * t2 = lv_textarea_create(scr);
    lv_textarea_set_one_line(t2, true);
    lv_obj_set_width(t2, 280);
    lv_textarea_set_placeholder_text(t2, "Placeholder: type here");
    lv_obj_align(t2, LV_ALIGN_TOP_MID, 0, 56);

    lv_obj_t * t3 = lv_textarea_create(scr);
    lv_textarea_set_one_line(t3, true);
    lv_textarea_set_password_mode(t3, true);
    lv_obj_set_width(t3, 280);
    lv_textarea_set_text(t3, "secret12");
    lv_obj_align(t3, LV_ALIGN_TOP_MID, 0, 104);

    lv_obj_t * t4 = lv_textarea_create(scr);
    lv_obj_set_size(t4, 280, 76);
    lv_textarea_set_text(t4, "A multi-line textarea wraps long text onto several lines automatically.");
    lv_obj_align(t4, LV_ALIGN_TOP_MID, 0, 154);
}

// 21: dropdowns: closed with a selection, opened (list below), fixed text with a right symbol.
void scene_21_dropdown()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * d1 = lv_dropdown_create(scr);
    lv_dropdown_set_options(d1, "Apple\nBanana\nCherry\nDate");
    lv_dropdown_set_selected(d1, 2);
    lv_obj_set_width(d1, 130);
    lv_obj_align(d1, LV_ALIGN_TOP_LEFT, 10, 10);

    lv_obj_t * d2 = lv_dropdown_create(scr);
    lv_dropdown_set_options(d2, "Red\nGreen\nBlue\nYellow\nPurple");
    lv_dropdown_set_selected(d2, 1);
    lv_obj_set_width(d2, 140);
    lv_obj_align(d2, LV_ALIGN_TOP_RIGHT, -10, 10);
    lv_dropdown_open(d2);

    lv_obj_t * d3 = lv_dropdown_create(scr);
    lv_dropdown_set_options(d3, "Up 1\nUp 2\nUp 3");
    lv_dropdown_set_dir(d3, LV_DIR_RIGHT);
    lv_dropdown_set_symbol(d3, LV_SYMBOL_RIGHT);
    lv_dropdown_set_text(d3, "Fixed text");
    lv_obj_set_width(d3, 130);
    lv_obj_align(d3, LV_ALIGN_BOTTOM_LEFT, 10, -10);
}

// 22: rollers: 3 visible rows, INFINITE mode with 5 rows, a styled selected row.
void scene_22_roller()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * r1 = lv_roller_create(scr);
    lv_roller_set_options(r1, "Jan\nFeb\nMar\nApr\nMay\nJun\nJul\nAug\nSep\nOct\nNov\nDec", LV_ROLLER_MODE_NORMAL);
    lv_roller_set_visible_row_count(r1, 3);
    lv_roller_set_selected(r1, 4, LV_ANIM_OFF);
    lv_obj_align(r1, LV_ALIGN_LEFT_MID, 10, 0);

    lv_obj_t * r2 = lv_roller_create(scr);
    lv_roller_set_options(r2, "0\n1\n2\n3\n4\n5\n6\n7\n8\n9", LV_ROLLER_MODE_INFINITE);
    lv_roller_set_visible_row_count(r2, 5);
    lv_roller_set_selected(r2, 7, LV_ANIM_OFF);
    lv_obj_set_width(r2, 60);
    lv_obj_align(r2, LV_ALIGN_CENTER, 0, 0);

    lv_obj_t * r3 = lv_roller_create(scr);
    lv_roller_set_options(r3, "Low\nMedium\nHigh\nMax", LV_ROLLER_MODE_NORMAL);
    lv_roller_set_visible_row_count(r3, 3);
    lv_roller_set_selected(r3, 2, LV_ANIM_OFF);
    lv_obj_set_style_bg_color(r3, lv_palette_main(LV_PALETTE_GREEN), LV_PART_SELECTED);
    lv_obj_set_style_text_align(r3, LV_TEXT_ALIGN_RIGHT, 0);
    lv_obj_align(r3, LV_ALIGN_RIGHT_MID, -10, 0);
}

// 23: a list with texts and buttons.
void scene_23_list()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * lst = lv_list_create(scr);
    lv_obj_set_size(lst, 200, 230);
    lv_obj_align(lst, LV_ALIGN_LEFT_MID, 5, 0);
    lv_list_add_text(lst, "File");
    lv_list_add_button(lst, LV_SYMBOL_FILE, "New");
    lv_list_add_button(lst, LV_SYMBOL_DIRECTORY, "Open");
    lv_obj_t * b = lv_list_add_button(lst, LV_SYMBOL_SAVE, "Save (checked)");
    lv_obj_set_style_bg_color(b, lv_palette_lighten(LV_PALETTE_BLUE, 3), LV_STATE_CHECKED);
    lv_obj_add_state(b, LV_STATE_CHECKED);
    lv_list_add_text(lst, "Connectivity");
    lv_list_add_button(lst, LV_SYMBOL_BLUETOOTH, "Bluetooth");
    lv_list_add_button(lst, nullptr, "No icon");
    lv_obj_t * info = lv_label_create(scr);
    lv_obj_set_width(info, 100);
    lv_label_set_long_mode(info, LV_LABEL_LONG_MODE_WRAP);
    lv_label_set_text(info, "List with 5 buttons and 2 texts");
    lv_obj_align(info, LV_ALIGN_RIGHT_MID, -8, 0);
}

// 24: a modal message box over a dimmed screen.
void scene_24_msgbox()
{
    lv_obj_t * scr = lv_screen_active();
    for(int i = 0; i < 3; i++) {
        lv_obj_t * b = lv_button_create(scr);
        lv_obj_set_pos(b, 10 + i * 100, 10);
        lv_label_set_text_fmt(lv_label_create(b), "Back %d", i);
    }
    lv_obj_t * bg = lv_label_create(scr);
    lv_label_set_text(bg, "Content behind the modal backdrop");
    lv_obj_align(bg, LV_ALIGN_BOTTOM_MID, 0, -10);
    lv_obj_t * mb = lv_msgbox_create(nullptr);
    lv_msgbox_add_title(mb, "Confirm");
    lv_msgbox_add_close_button(mb);
    lv_msgbox_add_text(mb, "Delete the selected file? This cannot be undone.");
    lv_msgbox_add_footer_button(mb, "Cancel");
    lv_msgbox_add_footer_button(mb, "Delete");
    lv_obj_set_width(mb, 240);
}

// 25: a table with a header row, column widths, merged cells and item padding/alignment.
void scene_25_table()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * t = lv_table_create(scr);
    lv_table_set_column_count(t, 3);
    lv_table_set_row_count(t, 5);
    lv_table_set_column_width(t, 0, 110);
    lv_table_set_column_width(t, 1, 80);
    lv_table_set_column_width(t, 2, 100);
    const char * const rows[5][3] = {{"Name", "Qty", "Price"}, {"Apple", "3", "$1.20"}, {"Banana", "12", "$0.25"},
                                     {"Cherry", "40", "$4.00"}, {"Total", "", ""}};
    for(uint32_t r = 0; r < 5; r++) {
        for(uint32_t c = 0; c < 3; c++) lv_table_set_cell_value(t, r, c, rows[r][c]);
    }
    lv_table_set_cell_value(t, 4, 0, "Total: 55 items, $11.10");
    lv_table_set_cell_ctrl(t, 4, 0, LV_TABLE_CELL_CTRL_MERGE_RIGHT);
    lv_table_set_cell_ctrl(t, 4, 1, LV_TABLE_CELL_CTRL_MERGE_RIGHT);
    lv_obj_set_style_text_align(t, LV_TEXT_ALIGN_CENTER, LV_PART_ITEMS);
    lv_obj_set_style_pad_ver(t, 6, LV_PART_ITEMS);
    lv_obj_center(t);
}

// 26: a line chart with two series (one on the secondary axis) and a bar chart with two series.
void scene_26_chart_line_bar()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * lc = lv_chart_create(scr);
    lv_obj_set_size(lc, 150, 200);
    lv_obj_align(lc, LV_ALIGN_LEFT_MID, 6, 0);
    lv_chart_set_type(lc, LV_CHART_TYPE_LINE);
    lv_chart_set_point_count(lc, 8);
    lv_chart_set_div_line_count(lc, 4, 3);
    lv_chart_set_axis_range(lc, LV_CHART_AXIS_PRIMARY_Y, 0, 100);
    lv_chart_set_axis_range(lc, LV_CHART_AXIS_SECONDARY_Y, 0, 400);
    lv_chart_series_t * s1 = lv_chart_add_series(lc, lv_palette_main(LV_PALETTE_RED), LV_CHART_AXIS_PRIMARY_Y);
    lv_chart_series_t * s2 = lv_chart_add_series(lc, lv_palette_main(LV_PALETTE_BLUE), LV_CHART_AXIS_SECONDARY_Y);
    for(int32_t v : {10, 30, 25, 60, 45, 80, 70, 90}) lv_chart_set_next_value(lc, s1, v);
    for(int32_t v : {350, 300, 320, 200, 220, 120, 150, 40}) lv_chart_set_next_value(lc, s2, v);

    lv_obj_t * bc = lv_chart_create(scr);
    lv_obj_set_size(bc, 150, 200);
    lv_obj_align(bc, LV_ALIGN_RIGHT_MID, -6, 0);
    lv_chart_set_type(bc, LV_CHART_TYPE_BAR);
    lv_chart_set_point_count(bc, 5);
    lv_chart_set_axis_range(bc, LV_CHART_AXIS_PRIMARY_Y, 0, 50);
    lv_chart_series_t * b1 = lv_chart_add_series(bc, lv_palette_main(LV_PALETTE_GREEN), LV_CHART_AXIS_PRIMARY_Y);
    lv_chart_series_t * b2 = lv_chart_add_series(bc, lv_palette_main(LV_PALETTE_ORANGE), LV_CHART_AXIS_PRIMARY_Y);
    const int32_t vals[] = {12, 25, 40, 18, 33};
    for(uint32_t i = 0; i < 5; i++) {
        lv_chart_set_series_value_by_id(bc, b1, i, vals[i]);
        lv_chart_set_series_value_by_id(bc, b2, i, 50 - vals[i]);
    }
    lv_chart_refresh(bc);
}

// 27: a tabview with three tabs, the second made active without animation.
void scene_27_tabview()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * tv = lv_tabview_create(scr);
    lv_tabview_set_tab_bar_size(tv, 40);
    lv_obj_t * t1 = lv_tabview_add_tab(tv, "Home");
    lv_obj_t * t2 = lv_tabview_add_tab(tv, "Stats");
    lv_obj_t * t3 = lv_tabview_add_tab(tv, "Setup");

    lv_label_set_text(lv_label_create(t1), "This is the first tab");
    lv_obj_t * l2 = lv_label_create(t2);
    lv_label_set_text(l2, "Second tab is active.\nIt has two lines of text\nand a button below.");
    lv_obj_t * b = lv_button_create(t2);
    lv_obj_align(b, LV_ALIGN_BOTTOM_RIGHT, 0, 0);
    lv_label_set_text(lv_label_create(b), LV_SYMBOL_REFRESH " Refresh");
    lv_label_set_text(lv_label_create(t3), "Third tab");

    lv_tabview_set_active(tv, 1, LV_ANIM_OFF);
}

// 28: a tileview with a 2x2 grid of tiles, switched to tile (1,1) without animation.
void scene_28_tileview()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * tv = lv_tileview_create(scr);
    const uint32_t colors[] = {0xFFE0E0, 0xE0FFE0, 0xE0E0FF, 0xFFF0C0};
    int n = 0;
    for(uint8_t row = 0; row < 2; row++) {
        for(uint8_t col = 0; col < 2; col++) {
            lv_obj_t * tile = lv_tileview_add_tile(tv, col, row, LV_DIR_ALL);
            lv_obj_set_style_bg_color(tile, lv_color_hex(colors[n]), 0);
            lv_obj_set_style_bg_opa(tile, LV_OPA_COVER, 0);
            lv_obj_t * lab = lv_label_create(tile);
            lv_label_set_text_fmt(lab, "Tile col %d row %d", col, row);
            lv_obj_set_style_text_font(lab, &lv_font_montserrat_24, 0);
            lv_obj_center(lab);
            lv_obj_t * btn = lv_button_create(tile);
            lv_obj_align(btn, LV_ALIGN_BOTTOM_MID, 0, -16);
            lv_label_set_text_fmt(lv_label_create(btn), "Tile %d", n);
            n++;
        }
    }
    lv_tileview_set_tile_by_index(tv, 1, 1, LV_ANIM_OFF);
}

// 29: a button matrix with widths, checkable/checked, disabled and hidden buttons.
const char * const btnm_map[] = {"1", "2", "3", "\n", "4", "5", "6", "\n", LV_SYMBOL_LEFT, "Wide", LV_SYMBOL_RIGHT, "\n",
                                 "A", "B", "Hidden", "C", ""};

void scene_29_buttonmatrix()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * bm = lv_buttonmatrix_create(scr);
    lv_buttonmatrix_set_map(bm, btnm_map);
    lv_obj_set_size(bm, 300, 220);
    lv_obj_center(bm);
    lv_buttonmatrix_set_button_width(bm, 7, 3);
    lv_buttonmatrix_set_button_ctrl_all(bm, LV_BUTTONMATRIX_CTRL_CHECKABLE);
    lv_buttonmatrix_set_button_ctrl(bm, 1, LV_BUTTONMATRIX_CTRL_CHECKED);
    lv_buttonmatrix_set_button_ctrl(bm, 5, LV_BUTTONMATRIX_CTRL_CHECKED);
    lv_buttonmatrix_set_button_ctrl(bm, 4, LV_BUTTONMATRIX_CTRL_DISABLED);
    lv_buttonmatrix_set_button_ctrl(bm, 11, LV_BUTTONMATRIX_CTRL_HIDDEN);
    lv_buttonmatrix_set_button_ctrl(bm, 9, static_cast<lv_buttonmatrix_ctrl_t>(LV_BUTTONMATRIX_CTRL_CHECKED | LV_BUTTONMATRIX_CTRL_DISABLED));
}

// 30: two keyboards without text area: NUMBER mode on top, TEXT_UPPER below.
void scene_30_keyboard()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * k1 = lv_keyboard_create(scr);
    lv_keyboard_set_mode(k1, LV_KEYBOARD_MODE_NUMBER);
    lv_obj_set_size(k1, 320, 110);
    lv_obj_align(k1, LV_ALIGN_TOP_MID, 0, 0);

    lv_obj_t * k2 = lv_keyboard_create(scr);
    lv_keyboard_set_mode(k2, LV_KEYBOARD_MODE_TEXT_UPPER);
    lv_obj_set_size(k2, 320, 126);
    lv_obj_align(k2, LV_ALIGN_BOTTOM_MID, 0, 0);
}

// 31: a calendar showing a fixed month with today's date, three highlighted dates and the arrow header.
lv_calendar_date_t dates31[3];

void scene_31_calendar()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * cal = lv_calendar_create(scr);
    lv_obj_set_size(cal, 300, 236);
    lv_obj_center(cal);
    lv_calendar_set_today_date(cal, 2024, 3, 15);
    lv_calendar_set_month_shown(cal, 2024, 3);
    dates31[0] = {2024, 3, 5};
    dates31[1] = {2024, 3, 19};
    dates31[2] = {2024, 3, 28};
    lv_calendar_set_highlighted_dates(cal, dates31, 3);
    lv_calendar_add_header_arrow(cal);
}

// 33: scales: round inner with labels, a red section and a line needle; horizontal with custom labels; vertical.
lv_style_t red33;
const char * hs_labels33[] = {"Off", "Lo", "Mid", "Hi", "Max", nullptr};

void scene_33_scale()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * rs = lv_scale_create(scr);
    lv_obj_set_size(rs, 150, 150);
    lv_scale_set_mode(rs, LV_SCALE_MODE_ROUND_INNER);
    lv_scale_set_range(rs, 0, 100);
    lv_scale_set_total_tick_count(rs, 21);
    lv_scale_set_major_tick_every(rs, 5);
    lv_scale_set_label_show(rs, true);
    lv_scale_set_angle_range(rs, 270);
    lv_scale_set_rotation(rs, 135);
    lv_obj_set_style_length(rs, 8, LV_PART_ITEMS);
    lv_obj_set_style_length(rs, 14, LV_PART_INDICATOR);
    lv_obj_align(rs, LV_ALIGN_LEFT_MID, 10, -10);

    lv_style_init(&red33);
    lv_style_set_line_color(&red33, lv_palette_main(LV_PALETTE_RED));
    lv_style_set_arc_color(&red33, lv_palette_main(LV_PALETTE_RED));
    lv_style_set_line_width(&red33, 3);
    lv_style_set_text_color(&red33, lv_palette_main(LV_PALETTE_RED));
    lv_scale_section_t * sec = lv_scale_add_section(rs);
    lv_scale_section_set_range(sec, 75, 100);
    lv_scale_section_set_style(sec, LV_PART_INDICATOR, &red33);
    lv_scale_section_set_style(sec, LV_PART_ITEMS, &red33);

    lv_obj_t * needle = lv_line_create(rs);
    lv_obj_set_style_line_width(needle, 4, 0);
    lv_obj_set_style_line_color(needle, lv_palette_main(LV_PALETTE_BLUE_GREY), 0);
    lv_obj_set_style_line_rounded(needle, true, 0);
    lv_scale_set_line_needle_value(rs, needle, 55, 62);

    lv_obj_t * hs = lv_scale_create(scr);
    lv_obj_set_size(hs, 130, 40);
    lv_scale_set_mode(hs, LV_SCALE_MODE_HORIZONTAL_BOTTOM);
    lv_scale_set_range(hs, 0, 40);
    lv_scale_set_total_tick_count(hs, 9);
    lv_scale_set_major_tick_every(hs, 2);
    lv_scale_set_label_show(hs, true);
    lv_scale_set_text_src(hs, hs_labels33);
    lv_obj_align(hs, LV_ALIGN_BOTTOM_RIGHT, -26, -20);

    lv_obj_t * vs = lv_scale_create(scr);
    lv_obj_set_size(vs, 50, 130);
    lv_scale_set_mode(vs, LV_SCALE_MODE_VERTICAL_RIGHT);
    lv_scale_set_range(vs, -20, 20);
    lv_scale_set_total_tick_count(vs, 11);
    lv_scale_set_major_tick_every(vs, 5);
    lv_scale_set_label_show(vs, true);
    lv_obj_align(vs, LV_ALIGN_TOP_RIGHT, -40, 10);
}

// 34: spin boxes (digit format, decimal point, step 10, negative value) and a span group
// mixing colors, fonts and decorations.
void scene_34_spinbox_spangroup()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * sb = lv_spinbox_create(scr);
    lv_spinbox_set_range(sb, -9999, 9999);
    lv_spinbox_set_digit_format(sb, 5, 3);
    lv_spinbox_set_value(sb, 1234);
    lv_spinbox_set_step(sb, 10);
    lv_obj_set_width(sb, 120);
    lv_obj_align(sb, LV_ALIGN_TOP_LEFT, 10, 10);

    lv_obj_t * sb2 = lv_spinbox_create(scr);
    lv_spinbox_set_range(sb2, -999, 999);
    lv_spinbox_set_digit_format(sb2, 3, 0);
    lv_spinbox_set_value(sb2, -42);
    lv_obj_set_width(sb2, 90);
    lv_obj_align(sb2, LV_ALIGN_TOP_RIGHT, -10, 10);

    lv_obj_t * sg = lv_spangroup_create(scr);
    lv_obj_set_width(sg, 300);
    lv_spangroup_set_mode(sg, LV_SPAN_MODE_BREAK);
    lv_spangroup_set_indent(sg, 16);
    lv_obj_align(sg, LV_ALIGN_TOP_LEFT, 10, 70);

    struct part {
        const char * text;
        bool has_color;
        lv_palette_t color;
        const lv_font_t * font;
        lv_text_decor_t decor;
    };
    const part parts[] = {
        {"Spans can mix ", false, LV_PALETTE_RED, nullptr, LV_TEXT_DECOR_NONE},
        {"red text, ", true, LV_PALETTE_RED, nullptr, LV_TEXT_DECOR_NONE},
        {"BIG words, ", true, LV_PALETTE_BLUE, &lv_font_montserrat_24, LV_TEXT_DECOR_NONE},
        {"underlined ", false, LV_PALETTE_RED, nullptr, LV_TEXT_DECOR_UNDERLINE},
        {"and struck ", true, LV_PALETTE_GREEN, &lv_font_montserrat_16, LV_TEXT_DECOR_STRIKETHROUGH},
        {"text that wraps inside one group.", false, LV_PALETTE_RED, nullptr, LV_TEXT_DECOR_NONE},
    };
    for(const part & p : parts) {
        lv_span_t * sp = lv_spangroup_add_span(sg);
        lv_span_set_text(sp, p.text);
        lv_style_t * st = lv_span_get_style(sp);
        if(p.has_color) lv_style_set_text_color(st, lv_palette_main(p.color));
        if(p.font) lv_style_set_text_font(st, p.font);
        if(p.decor != LV_TEXT_DECOR_NONE) lv_style_set_text_decor(st, p.decor);
    }
    lv_spangroup_refresh(sg);
}

// 35: a canvas with its own ARGB8888 buffer: fill, pixels, and rect/line/arc/label drawn through a layer.
lv_draw_buf_t * canvas_buf35;

void scene_35_canvas()
{
    lv_obj_t * scr = lv_screen_active();
    const int32_t w = 280, h = 200;
    if(canvas_buf35) lv_draw_buf_destroy(canvas_buf35);
    canvas_buf35 = lv_draw_buf_create(w, h, LV_COLOR_FORMAT_ARGB8888, 0);
    lv_obj_t * cv = lv_canvas_create(scr);
    lv_canvas_set_draw_buf(cv, canvas_buf35);
    lv_obj_center(cv);
    lv_canvas_fill_bg(cv, lv_color_hex(0xF0F4FF), LV_OPA_COVER);
    for(int32_t i = 0; i < 60; i += 3) lv_canvas_set_px(cv, 10 + i, 190, lv_color_hex(0xFF0000), LV_OPA_COVER);

    lv_layer_t layer;
    lv_canvas_init_layer(cv, &layer);

    lv_draw_rect_dsc_t rd;
    lv_draw_rect_dsc_init(&rd);
    rd.bg_color = lv_color_hex(0x3070E0);
    rd.radius = 10;
    rd.border_width = 3;
    rd.border_color = lv_color_hex(0x102040);
    lv_area_t area = {10, 10, 120, 80};
    lv_draw_rect(&layer, &rd, &area);

    lv_draw_line_dsc_t ld;
    lv_draw_line_dsc_init(&ld);
    ld.color = lv_color_hex(0xE04020);
    ld.width = 5;
    ld.round_start = 1;
    ld.round_end = 1;
    ld.p1.x = 140;
    ld.p1.y = 20;
    ld.p2.x = 270;
    ld.p2.y = 90;
    lv_draw_line(&layer, &ld);

    lv_draw_arc_dsc_t ad;
    lv_draw_arc_dsc_init(&ad);
    ad.color = lv_color_hex(0x20A040);
    ad.width = 8;
    ad.center.x = 70;
    ad.center.y = 140;
    ad.radius = 40;
    ad.start_angle = 0;
    ad.end_angle = 270;
    lv_draw_arc(&layer, &ad);

    lv_draw_label_dsc_t td;
    lv_draw_label_dsc_init(&td);
    td.color = lv_color_hex(0x202020);
    td.text = "Canvas text";
    td.font = &lv_font_montserrat_16;
    lv_area_t ta = {140, 130, 275, 160};
    lv_draw_label(&layer, &td, &ta);

    lv_canvas_finish_layer(cv, &layer);
}

// 36: an ARGB8888 image built in code: plain, recolored, transparent, scaled, rotated, tiled.
uint8_t img_data[40 * 40 * 4];
lv_image_dsc_t img_dsc;

lv_obj_t * code_image(lv_obj_t * scr, int32_t x, int32_t y)
{
    lv_obj_t * im = lv_image_create(scr);
    lv_image_set_src(im, &img_dsc);
    lv_obj_set_pos(im, x, y);
    return im;
}

// 37: a window with header buttons and a title; click handlers run through lv_obj_send_event.
lv_obj_t * win37;
lv_obj_t * status37;
int count37;

void on_click37(lv_event_t * e)
{
    LV_UNUSED(e);
    count37++;
    lv_label_set_text_fmt(status37, "Button clicked %d times", count37);
}

void on_close37(lv_event_t * e)
{
    lv_obj_set_style_bg_color(lv_event_get_target_obj(e), lv_palette_main(LV_PALETTE_RED), 0);
    lv_label_set_text(lv_obj_get_child(lv_win_get_header(win37), 1), "Closed via event");
}

void scene_37_win_event()
{
    lv_obj_t * scr = lv_screen_active();
    win37 = lv_win_create(scr);
    lv_win_add_button(win37, LV_SYMBOL_LEFT, 40);
    lv_win_add_title(win37, "Window title");
    lv_obj_t * close = lv_win_add_button(win37, LV_SYMBOL_CLOSE, 50);
    lv_obj_t * cont = lv_win_get_content(win37);

    status37 = lv_label_create(cont);
    lv_label_set_text(status37, "No clicks yet");
    lv_obj_align(status37, LV_ALIGN_TOP_LEFT, 0, 0);

    count37 = 0;
    lv_obj_t * btn = lv_button_create(cont);
    lv_obj_align(btn, LV_ALIGN_CENTER, 0, 10);
    lv_label_set_text(lv_label_create(btn), "Click me");
    lv_obj_add_event_cb(btn, on_click37, LV_EVENT_CLICKED, nullptr);
    lv_obj_add_event_cb(close, on_close37, LV_EVENT_CLICKED, nullptr);

    for(int i = 0; i < 3; i++) lv_obj_send_event(btn, LV_EVENT_CLICKED, nullptr);
    lv_obj_send_event(close, LV_EVENT_CLICKED, nullptr);
}

void scene_36_image_code()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_set_style_bg_color(scr, lv_color_hex(0xFFFFFF), 0);
    const int n = 40;
    for(int y = 0; y < n; y++) {
        for(int x = 0; x < n; x++) {
            int i = (y * n + x) * 4;
            double dx = x - 19.5;
            double dy = y - 19.5;
            double d2 = dx * dx + dy * dy;
            img_data[i] = static_cast<uint8_t>(200 - x * 4);
            img_data[i + 1] = static_cast<uint8_t>(y * 6);
            img_data[i + 2] = static_cast<uint8_t>(x * 6);
            img_data[i + 3] = d2 < 380 ? 255 : (d2 > 400 ? 0 : 128);
            if(x >= 6 && x < 34 && y >= 17 && y < 23) {
                img_data[i] = img_data[i + 1] = img_data[i + 2] = img_data[i + 3] = 255;
            }
        }
    }
    img_dsc = {};
    img_dsc.header.magic = LV_IMAGE_HEADER_MAGIC;
    img_dsc.header.cf = LV_COLOR_FORMAT_ARGB8888;
    img_dsc.header.w = n;
    img_dsc.header.h = n;
    img_dsc.header.stride = n * 4;
    img_dsc.data_size = sizeof(img_data);
    img_dsc.data = img_data;

    code_image(scr, 20, 20);
    lv_obj_t * rc = code_image(scr, 90, 20);
    lv_obj_set_style_image_recolor(rc, lv_palette_main(LV_PALETTE_PURPLE), 0);
    lv_obj_set_style_image_recolor_opa(rc, LV_OPA_60, 0);
    lv_obj_t * op = code_image(scr, 160, 20);
    lv_obj_set_style_image_opa(op, LV_OPA_40, 0);
    lv_obj_t * zm = code_image(scr, 60, 140);
    lv_image_set_scale(zm, 512);
    lv_obj_t * rt = code_image(scr, 180, 140);
    lv_image_set_rotation(rt, 300);
    lv_image_set_scale(rt, 384);
    lv_obj_t * tile = code_image(scr, 240, 10);
    lv_obj_set_size(tile, 70, 100);
    lv_image_set_inner_align(tile, LV_IMAGE_ALIGN_TILE);
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

// 40: the default theme re-initialised dark with custom colors.
void scene_40_dark_theme()
{
    lv_display_t * disp = lv_display_get_default();
    lv_theme_t * th = lv_theme_default_init(disp, lv_palette_main(LV_PALETTE_DEEP_PURPLE), lv_palette_main(LV_PALETTE_AMBER),
                                            true, &lv_font_montserrat_14);
    lv_display_set_theme(disp, th);
    lv_obj_t * scr = lv_obj_create(nullptr);
    lv_screen_load(scr);
    lv_obj_set_flex_flow(scr, LV_FLEX_FLOW_COLUMN);
    lv_obj_set_flex_align(scr, LV_FLEX_ALIGN_START, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);
    lv_obj_set_style_pad_row(scr, 10, 0);
    lv_label_set_text(lv_label_create(scr), "Dark theme");
    lv_obj_t * btn = lv_button_create(scr);
    lv_label_set_text(lv_label_create(btn), LV_SYMBOL_OK " Primary button");
    lv_obj_t * sl = lv_slider_create(scr);
    lv_slider_set_value(sl, 60, LV_ANIM_OFF);
    lv_obj_t * row = lv_obj_create(scr);
    lv_obj_set_size(row, lv_pct(90), LV_SIZE_CONTENT);
    lv_obj_set_flex_flow(row, LV_FLEX_FLOW_ROW);
    lv_obj_set_flex_align(row, LV_FLEX_ALIGN_SPACE_EVENLY, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);
    lv_obj_t * sw = lv_switch_create(row);
    lv_obj_add_state(sw, LV_STATE_CHECKED);
    lv_obj_t * cb = lv_checkbox_create(row);
    lv_checkbox_set_text(cb, "Check");
    lv_obj_add_state(cb, LV_STATE_CHECKED);
    lv_obj_t * bar = lv_bar_create(row);
    lv_obj_set_size(bar, 80, 10);
    lv_bar_set_value(bar, 35, LV_ANIM_OFF);
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
    {"15_slider_switch", 320, 240, scene_15_slider_switch},
    {"16_checkbox_led", 320, 240, scene_16_checkbox_led},
    {"17_bar_modes", 320, 240, scene_17_bar_modes},
    {"18_arc", 320, 240, scene_18_arc},
    {"19_spinner_line", 320, 240, scene_19_spinner_line},
    {"20_textarea", 320, 240, scene_20_textarea},
    {"21_dropdown", 320, 240, scene_21_dropdown},
    {"22_roller", 320, 240, scene_22_roller},
    {"23_list", 320, 240, scene_23_list},
    {"24_msgbox", 320, 240, scene_24_msgbox},
    {"25_table", 320, 240, scene_25_table},
    {"26_chart_line_bar", 320, 240, scene_26_chart_line_bar},
    {"27_tabview", 320, 240, scene_27_tabview},
    {"28_tileview", 320, 240, scene_28_tileview},
    {"29_buttonmatrix", 320, 240, scene_29_buttonmatrix},
    {"30_keyboard", 320, 240, scene_30_keyboard},
    {"31_calendar", 320, 240, scene_31_calendar},
    {"33_scale", 320, 240, scene_33_scale},
    {"34_spinbox_spangroup", 320, 240, scene_34_spinbox_spangroup},
    {"35_canvas", 320, 240, scene_35_canvas},
    {"36_image_code", 320, 240, scene_36_image_code},
    {"37_win_event", 320, 240, scene_37_win_event},
    {"38_scroll_snap", 320, 240, scene_38_scroll_snap},
    {"39_anim", 320, 240, scene_39_anim},
    {"40_dark_theme", 320, 240, scene_40_dark_theme},
};

} // namespace

const Scene * scenes_begin() { return scenes; }
const Scene * scenes_end() { return scenes + sizeof(scenes) / sizeof(scenes[0]); }
