// A scene of ours drawn through draw tasks, in the manner of LVGL's customised button matrix:
// each button's fill, border, shadow and text changed by a DRAW_TASK_ADDED handler, shapes
// added over some buttons (triangles, a line, an arc, a label), and a bar whose indicator is
// recolored and labelled. The golden picture was made by this renderer and checked by eye.
#include <gtest/gtest.h>

#include <cstdio>
#include <vector>

#include "draw_test_util.h"
#include "lvgl.h"

namespace {

constexpr int32_t kW = 320;
constexpr int32_t kH = 240;

lv_area_t task_area(lv_draw_task_t * t)
{
    lv_area_t a;
    lv_draw_task_get_area(t, &a);
    return a;
}

/** A five-pointed star of triangles around the center of area. */
void draw_star(lv_layer_t * layer, const lv_area_t & area, lv_color_t color)
{
    const int32_t cx = (area.x1 + area.x2) / 2, cy = (area.y1 + area.y2) / 2;
    static const int8_t outer[5][2] = {{0, -14}, {13, -4}, {8, 11}, {-8, 11}, {-13, -4}};
    lv_draw_triangle_dsc_t tri;
    lv_draw_triangle_dsc_init(&tri);
    tri.color = color;
    for(int i = 0; i < 5; i++) {
        const int8_t * a = outer[i];
        const int8_t * b = outer[(i + 2) % 5];
        tri.p[0] = {cx + a[0], cy + a[1]};
        tri.p[1] = {cx + b[0] / 3, cy + b[1] / 3};
        tri.p[2] = {cx - b[0] / 3, cy - b[1] / 3};
        lv_draw_triangle(layer, &tri);
    }
    lv_draw_fill_dsc_t core;
    lv_draw_fill_dsc_init(&core);
    core.color = color;
    core.radius = LV_RADIUS_CIRCLE;
    lv_area_t c = {cx - 5, cy - 5, cx + 5, cy + 5};
    lv_draw_fill(layer, &core, &c);
}

void buttons_cb(lv_event_t * e)
{
    lv_draw_task_t * t = lv_event_get_draw_task(e);
    auto * base = static_cast<lv_draw_dsc_base_t *>(lv_draw_task_get_draw_dsc(t));
    if(base->part != LV_PART_ITEMS) return;
    lv_draw_fill_dsc_t * fill = lv_draw_task_get_fill_dsc(t);
    lv_draw_border_dsc_t * border = lv_draw_task_get_border_dsc(t);
    lv_draw_box_shadow_dsc_t * shadow = lv_draw_task_get_box_shadow_dsc(t);
    lv_draw_label_dsc_t * label = lv_draw_task_get_label_dsc(t);
    switch(base->id1) {
        case 0: /* a vertical gradient */
            if(fill) {
                fill->grad.dir = LV_GRAD_DIR_VER;
                fill->grad.stops_count = 2;
                fill->grad.stops[0] = {lv_color_hex(0x81C784), LV_OPA_COVER, 0};
                fill->grad.stops[1] = {lv_color_hex(0x1B5E20), LV_OPA_COVER, 255};
            }
            if(label) label->color = lv_color_white();
            break;
        case 1: /* square and blue with a long shadow */
            if(fill) {
                fill->radius = 0;
                fill->color = lv_color_hex(0x1E88E5);
            }
            if(shadow) {
                shadow->radius = 0;
                shadow->width = 8;
                shadow->ofs_x = 4;
                shadow->ofs_y = 4;
            }
            if(label) label->color = lv_color_white();
            break;
        case 2: /* a red pill */
            if(fill) {
                fill->radius = LV_RADIUS_CIRCLE;
                fill->color = lv_color_hex(0xE53935);
            }
            break;
        case 3: /* no text: a star */
            if(label) label->opa = LV_OPA_TRANSP;
            if(fill) draw_star(base->layer, task_area(t), lv_color_hex(0xFFB300));
            break;
        case 4: /* a thick orange border and a crossing line */
            if(border) {
                border->width = 3;
                border->color = lv_color_hex(0xFB8C00);
            }
            if(fill) {
                const lv_area_t a = task_area(t);
                lv_draw_line_dsc_t line;
                lv_draw_line_dsc_init(&line);
                line.color = lv_color_hex(0x6D4C41);
                line.width = 2;
                line.p1 = {(lv_value_precise_t)(a.x1 + 6), (lv_value_precise_t)(a.y2 - 6)};
                line.p2 = {(lv_value_precise_t)(a.x2 - 6), (lv_value_precise_t)(a.y1 + 6)};
                lv_draw_line(base->layer, &line);
            }
            break;
        case 5: /* a ring behind the text (drawn after the fill, before the label) */
            if(fill) {
                const lv_area_t a = task_area(t);
                lv_draw_arc_dsc_t arc;
                lv_draw_arc_dsc_init(&arc);
                arc.color = lv_color_hex(0x8E24AA);
                arc.width = 4;
                arc.center = {(a.x1 + a.x2) / 2, (a.y1 + a.y2) / 2};
                arc.radius = 16;
                arc.start_angle = 0;
                arc.end_angle = 270;
                arc.rounded = 1;
                lv_draw_arc(base->layer, &arc);
            }
            break;
        default: break;
    }
}

void bar_cb(lv_event_t * e)
{
    lv_draw_task_t * t = lv_event_get_draw_task(e);
    auto * base = static_cast<lv_draw_dsc_base_t *>(lv_draw_task_get_draw_dsc(t));
    lv_draw_fill_dsc_t * fill = lv_draw_task_get_fill_dsc(t);
    if(base->part != LV_PART_INDICATOR || fill == nullptr) return;
    fill->color = lv_color_hex(0x00897B);
    /* the value, in white at the indicator's right end */
    const lv_area_t a = task_area(t);
    static char text[8];
    std::snprintf(text, sizeof(text), "%d%%", (int)lv_bar_get_value(lv_event_get_target_obj(e)));
    lv_draw_label_dsc_t label;
    lv_draw_label_dsc_init(&label);
    label.text = text;
    label.color = lv_color_white();
    lv_point_t size;
    lv_text_get_size(&size, text, label.font, 0, 0, LV_COORD_MAX, LV_TEXT_FLAG_NONE);
    lv_area_t la = {a.x2 - 6 - size.x + 1, a.y1 + (lv_area_get_height(&a) - size.y) / 2, a.x2 - 6, 0};
    la.y2 = la.y1 + size.y - 1;
    lv_draw_label(base->layer, &label, &la);
}

void flush_ready(lv_display_t * disp, const lv_area_t *, uint8_t *) { lv_display_flush_ready(disp); }

} // namespace

TEST(DrawTaskScene, CustomisedButtonsAndBar)
{
    lv_init();
    std::vector<uint8_t> fb(lv_draw_buf_width_to_stride(kW, LV_COLOR_FORMAT_XRGB8888) * kH);
    lv_display_t * disp = lv_display_create(kW, kH);
    lv_display_set_color_format(disp, LV_COLOR_FORMAT_XRGB8888);
    lv_display_set_buffers(disp, fb.data(), nullptr, (uint32_t)fb.size(), LV_DISPLAY_RENDER_MODE_DIRECT);
    lv_display_set_flush_cb(disp, flush_ready);

    static const char * map[] = {"Grad", "Blue", "Pill", "\n", "Star", "Line", "Ring", ""};
    lv_obj_t * btnm = lv_buttonmatrix_create(lv_screen_active());
    lv_buttonmatrix_set_map(btnm, map);
    lv_obj_set_size(btnm, 300, 150);
    lv_obj_align(btnm, LV_ALIGN_TOP_MID, 0, 10);
    lv_obj_add_event_cb(btnm, buttons_cb, LV_EVENT_DRAW_TASK_ADDED, nullptr);
    lv_obj_add_flag(btnm, LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS);

    lv_obj_t * bar = lv_bar_create(lv_screen_active());
    lv_obj_set_size(bar, 280, 24);
    lv_obj_align(bar, LV_ALIGN_BOTTOM_MID, 0, -30);
    lv_bar_set_value(bar, 65, LV_ANIM_OFF);
    lv_obj_add_event_cb(bar, bar_cb, LV_EVENT_DRAW_TASK_ADDED, nullptr);
    lv_obj_add_flag(bar, LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS);

    lv_refr_now(disp);
    lv_draw_buf_t buf;
    lv_draw_buf_init(&buf, kW, kH, LV_COLOR_FORMAT_XRGB8888, lv_draw_buf_width_to_stride(kW, LV_COLOR_FORMAT_XRGB8888),
                     fb.data(), (uint32_t)fb.size());
    expect_matches_golden(&buf, "draw_tasks_xrgb8888.png");
    lv_deinit();
}
