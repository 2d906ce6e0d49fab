// The widget reference scenes (15-40) in C++, line by line after the Python originals in scenes/.
#include "scenes.h"

#include <initializer_list>

#include "lvgl.h"

namespace {

// 15: sliders (custom range, negative range, RANGE mode, vertical) and switches on/off.
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

// 16: checkboxes in four states and LEDs on/off/brightness/custom colors.
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
        {"Chk + disabled", static_cast<lv_state_t>(LV_STATE_CHECKED | LV_STATE_DISABLED)},
    };
    for(const auto & s : states) {
        lv_obj_t * cb = lv_checkbox_create(col);
        lv_checkbox_set_text(cb, s.text);
        if(s.st) lv_obj_add_state(cb, s.st);
    }
    enum { ON = -1, OFF = -2 };
    struct { lv_color_t c; int mode; } leds[] = {
        {lv_palette_main(LV_PALETTE_RED), ON}, {lv_palette_main(LV_PALETTE_RED), OFF},
        {lv_palette_main(LV_PALETTE_GREEN), 150}, {lv_palette_main(LV_PALETTE_BLUE), 255},
        {lv_color_hex(0xFFB000), 60}, {lv_color_hex(0xFFB000), ON},
    };
    int i = 0;
    for(const auto & l : leds) {
        lv_obj_t * led = lv_led_create(scr);
        lv_obj_set_size(led, 30, 30);
        lv_obj_set_pos(led, 200 + (i % 2) * 60, 25 + (i / 2) * 70);
        lv_led_set_color(led, l.c);
        if(l.mode == ON) lv_led_on(led);
        else if(l.mode == OFF) lv_led_off(led);
        else lv_led_set_brightness(led, static_cast<uint8_t>(l.mode));
        i++;
    }
}

void caption(lv_obj_t * scr, lv_obj_t * obj, const char * text)
{
    lv_obj_t * l = lv_label_create(scr);
    lv_label_set_text(l, text);
    lv_obj_align_to(l, obj, LV_ALIGN_OUT_TOP_LEFT, 0, -2);
}

// 17: bars: value, SYMMETRICAL with a negative value, RANGE, vertical and custom-styled.
void scene_17_bar_modes()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * b1 = lv_bar_create(scr);
    lv_obj_set_size(b1, 200, 16);
    lv_bar_set_value(b1, 40, LV_ANIM_OFF);
    lv_obj_set_pos(b1, 20, 28);
    caption(scr, b1, "normal 40%");

    lv_obj_t * b2 = lv_bar_create(scr);
    lv_obj_set_size(b2, 200, 16);
    lv_bar_set_range(b2, -100, 100);
    lv_bar_set_mode(b2, LV_BAR_MODE_SYMMETRICAL);
    lv_bar_set_value(b2, -60, LV_ANIM_OFF);
    lv_obj_set_pos(b2, 20, 78);
    caption(scr, b2, "symmetrical -60 of -100..100");

    lv_obj_t * b3 = lv_bar_create(scr);
    lv_obj_set_size(b3, 200, 16);
    lv_bar_set_mode(b3, LV_BAR_MODE_RANGE);
    lv_bar_set_range(b3, 0, 50);
    lv_bar_set_value(b3, 35, LV_ANIM_OFF);
    lv_bar_set_start_value(b3, 10, LV_ANIM_OFF);
    lv_obj_set_pos(b3, 20, 128);
    caption(scr, b3, "range 10..35 of 0..50");

    lv_obj_t * b4 = lv_bar_create(scr);
    lv_obj_set_size(b4, 200, 24);
    lv_bar_set_value(b4, 75, LV_ANIM_OFF);
    lv_obj_set_pos(b4, 20, 180);
    lv_obj_set_style_radius(b4, 4, 0);
    lv_obj_set_style_radius(b4, 4, LV_PART_INDICATOR);
    lv_obj_set_style_bg_color(b4, lv_palette_main(LV_PALETTE_ORANGE), LV_PART_INDICATOR);
    lv_obj_set_style_bg_grad_color(b4, lv_palette_main(LV_PALETTE_RED), LV_PART_INDICATOR);
    lv_obj_set_style_bg_grad_dir(b4, LV_GRAD_DIR_HOR, LV_PART_INDICATOR);
    caption(scr, b4, "styled 75%");

    lv_obj_t * v = lv_bar_create(scr);
    lv_obj_set_size(v, 20, 190);
    lv_bar_set_value(v, 65, LV_ANIM_OFF);
    lv_obj_set_pos(v, 270, 28);
}

// 18: arcs: value in range, background angles, rotation, REVERSE/SYMMETRICAL, knob-less styled arc.
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

// 19: spinners at a fixed simulated time, and lines from point arrays.
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

    static const lv_point_precise_t pts[] = {{10, 10}, {60, 60}, {110, 20}, {160, 80}, {280, 40}};
    lv_obj_t * ln = lv_line_create(scr);
    lv_line_set_points(ln, pts, 5);
    lv_obj_set_style_line_width(ln, 8, 0);
    lv_obj_set_style_line_color(ln, lv_palette_main(LV_PALETTE_BLUE), 0);
    lv_obj_set_style_line_rounded(ln, true, 0);
    lv_obj_set_pos(ln, 10, 120);

    static const lv_point_precise_t pts2[] = {{0, 0}, {120, 0}, {120, 30}};
    lv_obj_t * ln2 = lv_line_create(scr);
    lv_line_set_points(ln2, pts2, 3);
    lv_obj_set_style_line_width(ln2, 3, 0);
    lv_obj_set_style_line_color(ln2, lv_color_hex(0x20A040), 0);
    lv_obj_set_pos(ln2, 190, 20);
}

// 20: textareas: one-line, placeholder, password and multi-line wrapped text.
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

// 21: dropdowns: closed with a selection, open with a highlighted selection, fixed text.
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

// 22: rollers: visible rows, selection, INFINITE mode, a styled selected row.
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

// 23: list with section texts and buttons with symbols, one CHECKED with a state style.
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

// 24: modal message box over a dimmed screen with content.
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

// 25: table with a header row, column widths, merged cells and item padding/alignment.
void scene_25_table()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * t = lv_table_create(scr);
    lv_table_set_column_count(t, 3);
    lv_table_set_row_count(t, 5);
    lv_table_set_column_width(t, 0, 110);
    lv_table_set_column_width(t, 1, 80);
    lv_table_set_column_width(t, 2, 100);
    const char * rows[5][3] = {{"Name", "Qty", "Price"}, {"Apple", "3", "$1.20"}, {"Banana", "12", "$0.25"},
                               {"Cherry", "40", "$4.00"}, {"Total", "", ""}};
    for(uint32_t r = 0; r < 5; r++)
        for(uint32_t c = 0; c < 3; c++) lv_table_set_cell_value(t, r, c, rows[r][c]);
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

// 27: tabview with three tabs, the second made active without animation.
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

// 28: tileview with a 2x2 grid of tiles, switched to tile (1,1) without animation.
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

// 29: button matrix with relative widths, checkable/checked, disabled and hidden buttons.
void scene_29_buttonmatrix()
{
    lv_obj_t * scr = lv_screen_active();
    static const char * const map[] = {"1", "2", "3", "\n", "4", "5", "6", "\n", LV_SYMBOL_LEFT, "Wide", LV_SYMBOL_RIGHT, "\n",
                                       "A", "B", "Hidden", "C", ""};
    lv_obj_t * bm = lv_buttonmatrix_create(scr);
    lv_buttonmatrix_set_map(bm, map);
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

// 30: two keyboards without a textarea: NUMBER mode on top, TEXT_UPPER below.
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

// 37: window with header buttons and a title; click events sent from code change texts.
struct win_state_t {
    lv_obj_t * status;
    lv_obj_t * win;
    int count;
};

void scene_37_win_event()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * win = lv_win_create(scr);
    lv_win_add_button(win, LV_SYMBOL_LEFT, 40);
    lv_win_add_title(win, "Window title");
    lv_obj_t * close = lv_win_add_button(win, LV_SYMBOL_CLOSE, 50);
    lv_obj_t * cont = lv_win_get_content(win);

    lv_obj_t * status = lv_label_create(cont);
    lv_label_set_text(status, "No clicks yet");
    lv_obj_align(status, LV_ALIGN_TOP_LEFT, 0, 0);
    static win_state_t st;
    st = {status, win, 0};

    lv_obj_t * btn = lv_button_create(cont);
    lv_obj_align(btn, LV_ALIGN_CENTER, 0, 10);
    lv_label_set_text(lv_label_create(btn), "Click me");
    lv_obj_add_event_cb(
        btn,
        [](lv_event_t * e) {
            win_state_t * s = static_cast<win_state_t *>(lv_event_get_user_data(e));
            s->count++;
            lv_label_set_text_fmt(s->status, "Button clicked %d times", s->count);
        },
        LV_EVENT_CLICKED, &st);
    lv_obj_add_event_cb(
        close,
        [](lv_event_t * e) {
            win_state_t * s = static_cast<win_state_t *>(lv_event_get_user_data(e));
            lv_obj_set_style_bg_color(lv_event_get_target_obj(e), lv_palette_main(LV_PALETTE_RED), 0);
            lv_label_set_text(lv_obj_get_child(lv_win_get_header(s->win), 1), "Closed via event");
        },
        LV_EVENT_CLICKED, &st);
    for(int i = 0; i < 3; i++) lv_obj_send_event(btn, LV_EVENT_CLICKED, nullptr);
    lv_obj_send_event(close, LV_EVENT_CLICKED, nullptr);
}

// 31: calendar with today's date, three highlighted dates and the arrow header.
void scene_31_calendar()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_t * cal = lv_calendar_create(scr);
    lv_obj_set_size(cal, 300, 236);
    lv_obj_center(cal);
    lv_calendar_set_today_date(cal, 2024, 3, 15);
    lv_calendar_set_month_shown(cal, 2024, 3);
    static lv_calendar_date_t dates[] = {{2024, 3, 5}, {2024, 3, 19}, {2024, 3, 28}};
    lv_calendar_set_highlighted_dates(cal, dates, 3);
    lv_calendar_add_header_arrow(cal);
}

// 34: spinboxes (digit format, decimal point, step 10, negative value) and a spangroup.
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
    struct part_t {
        const char * text;
        bool has_color;
        lv_color_t color;
        const lv_font_t * font;
        lv_text_decor_t decor;
    };
    const part_t parts[] = {
        {"Spans can mix ", false, {}, nullptr, LV_TEXT_DECOR_NONE},
        {"red text, ", true, lv_palette_main(LV_PALETTE_RED), nullptr, LV_TEXT_DECOR_NONE},
        {"BIG words, ", true, lv_palette_main(LV_PALETTE_BLUE), &lv_font_montserrat_24, LV_TEXT_DECOR_NONE},
        {"underlined ", false, {}, nullptr, LV_TEXT_DECOR_UNDERLINE},
        {"and struck ", true, lv_palette_main(LV_PALETTE_GREEN), &lv_font_montserrat_16, LV_TEXT_DECOR_STRIKETHROUGH},
        {"text that wraps inside one group.", false, {}, nullptr, LV_TEXT_DECOR_NONE},
    };
    for(const part_t & p : parts) {
        lv_span_t * sp = lv_spangroup_add_span(sg);
        lv_span_set_text(sp, p.text);
        lv_style_t * st = lv_span_get_style(sp);
        if(p.has_color) lv_style_set_text_color(st, p.color);
        if(p.font) lv_style_set_text_font(st, p.font);
        if(p.decor) lv_style_set_text_decor(st, p.decor);
    }
    lv_spangroup_refresh(sg);
}

// 35: canvas with its own draw buffer: fill, single pixels, and layer drawing.
void scene_35_canvas()
{
    lv_obj_t * scr = lv_screen_active();
    const uint32_t W = 280, H = 200;
    /* kept in a static: the buffer must outlive the canvas (the process ends after the picture) */
    static lv_draw_buf_t * buf = nullptr;
    buf = lv_draw_buf_create(W, H, LV_COLOR_FORMAT_ARGB8888, 0);
    lv_obj_t * cv = lv_canvas_create(scr);
    lv_canvas_set_draw_buf(cv, buf);
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
    ld.p1 = {140, 20};
    ld.p2 = {270, 90};
    lv_draw_line(&layer, &ld);

    lv_draw_arc_dsc_t ad;
    lv_draw_arc_dsc_init(&ad);
    ad.color = lv_color_hex(0x20A040);
    ad.width = 8;
    ad.center = {70, 140};
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

// 36: an ARGB8888 image built in code: plain, recolored, semi-transparent, scaled, rotated, tiled.
void scene_36_image_code()
{
    lv_obj_t * scr = lv_screen_active();
    lv_obj_set_style_bg_color(scr, lv_color_hex(0xFFFFFF), 0);
    constexpr int N = 40;
    static uint8_t data[N * N * 4];
    for(int y = 0; y < N; y++) {
        for(int x = 0; x < N; x++) {
            uint8_t * p = &data[(y * N + x) * 4];
            const double dx = x - 19.5;
            const double dy = y - 19.5;
            const double d2 = dx * dx + dy * dy;
            p[0] = static_cast<uint8_t>(200 - x * 4);
            p[1] = static_cast<uint8_t>(y * 6);
            p[2] = static_cast<uint8_t>(x * 6);
            p[3] = d2 < 380 ? 255 : (d2 > 400 ? 0 : 128);
            if(6 <= x && x < 34 && 17 <= y && y < 23) p[0] = p[1] = p[2] = p[3] = 255;
        }
    }
    static lv_image_dsc_t dsc;
    dsc.header.magic = LV_IMAGE_HEADER_MAGIC;
    dsc.header.cf = LV_COLOR_FORMAT_ARGB8888;
    dsc.header.w = N;
    dsc.header.h = N;
    dsc.header.stride = N * 4;
    dsc.data_size = sizeof(data);
    dsc.data = data;
    auto img = [scr](int32_t x, int32_t y) {
        lv_obj_t * im = lv_image_create(scr);
        lv_image_set_src(im, &dsc);
        lv_obj_set_pos(im, x, y);
        return im;
    };
    img(20, 20);
    lv_obj_t * rc = img(90, 20);
    lv_obj_set_style_image_recolor(rc, lv_palette_main(LV_PALETTE_PURPLE), 0);
    lv_obj_set_style_image_recolor_opa(rc, LV_OPA_60, 0);
    lv_obj_t * op = img(160, 20);
    lv_obj_set_style_image_opa(op, LV_OPA_40, 0);
    lv_obj_t * zm = img(60, 140);
    lv_image_set_scale(zm, 512);
    lv_obj_t * rt = img(180, 140);
    lv_image_set_rotation(rt, 300);
    lv_image_set_scale(rt, 384);
    lv_obj_t * tile = img(240, 10);
    lv_obj_set_size(tile, 70, 100);
    lv_image_set_inner_align(tile, LV_IMAGE_ALIGN_TILE);
}

// 40: the default theme in dark mode with custom colors, applied to several widgets.
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
    {"34_spinbox_spangroup", 320, 240, scene_34_spinbox_spangroup},
    {"35_canvas", 320, 240, scene_35_canvas},
    {"36_image_code", 320, 240, scene_36_image_code},
    {"37_win_event", 320, 240, scene_37_win_event},
    {"40_dark_theme", 320, 240, scene_40_dark_theme},
};

} // namespace

const Scene * widget_scenes_begin() { return scenes; }
const Scene * widget_scenes_end() { return scenes + sizeof(scenes) / sizeof(scenes[0]); }
