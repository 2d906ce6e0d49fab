// Every widget gives back what it allocated: creating and deleting a full set of widgets
// leaves the engine heap at the same size each round, and lv_deinit frees everything.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <vector>

#include "lvgl.h"

namespace {

/* a size header in front of each block lets the test count the live bytes */
size_t g_live = 0;

void * counting_alloc(size_t size)
{
    auto * p = static_cast<size_t *>(std::malloc(size + sizeof(size_t) * 2));
    if(p == nullptr) return nullptr;
    p[0] = size;
    g_live += size;
    return p + 2;
}

void counting_free(void * ptr)
{
    if(ptr == nullptr) return;
    auto * p = static_cast<size_t *>(ptr) - 2;
    g_live -= p[0];
    std::free(p);
}

void * counting_realloc(void * ptr, size_t size)
{
    if(ptr == nullptr) return counting_alloc(size);
    void * n = counting_alloc(size);
    if(n == nullptr) return nullptr;
    const size_t old = (static_cast<size_t *>(ptr) - 2)[0];
    std::memcpy(n, ptr, old < size ? old : size);
    counting_free(ptr);
    return n;
}

void create_all_widgets(lv_obj_t * scr)
{
    lv_obj_t * bar = lv_bar_create(scr);
    lv_obj_set_style_anim_duration(bar, 100, 0);
    lv_bar_set_value(bar, 50, LV_ANIM_ON);
    lv_slider_set_mode(lv_slider_create(scr), LV_SLIDER_MODE_RANGE);
    lv_obj_add_state(lv_switch_create(scr), LV_STATE_CHECKED);
    lv_checkbox_set_text(lv_checkbox_create(scr), "copied text");
    lv_led_off(lv_led_create(scr));
    static const lv_point_precise_t pts[] = {{0, 0}, {10, 10}};
    lv_line_set_points(lv_line_create(scr), pts, 2);
    lv_arc_set_value(lv_arc_create(scr), 30);
    lv_spinner_create(scr);
    lv_image_set_src(lv_image_create(scr), LV_SYMBOL_OK);
    lv_obj_t * ta = lv_textarea_create(scr);
    lv_textarea_set_placeholder_text(ta, "type");
    lv_textarea_set_password_mode(ta, true);
    lv_textarea_add_text(ta, "secret");
    lv_keyboard_set_textarea(lv_keyboard_create(scr), ta);
    lv_buttonmatrix_create(scr);
    lv_obj_t * dd = lv_dropdown_create(scr);
    lv_dropdown_set_options(dd, "a\nb");
    lv_dropdown_add_option(dd, "c", 0);
    lv_dropdown_open(dd);
    lv_roller_set_options(lv_roller_create(scr), "1\n2\n3", LV_ROLLER_MODE_INFINITE);
    lv_obj_t * list = lv_list_create(scr);
    lv_list_add_text(list, "text");
    lv_list_add_button(list, LV_SYMBOL_FILE, "button");
    lv_obj_t * mb = lv_msgbox_create(nullptr);
    lv_msgbox_add_title(mb, "title");
    lv_msgbox_add_close_button(mb);
    lv_msgbox_add_footer_button(mb, "ok");
    lv_obj_t * table = lv_table_create(scr);
    lv_table_set_cell_value(table, 2, 2, "cell");
    lv_table_set_cell_user_data(table, 0, 0, lv_malloc(8));
    lv_obj_t * chart = lv_chart_create(scr);
    lv_chart_add_series(chart, lv_color_hex(0xFF0000), LV_CHART_AXIS_PRIMARY_Y);
    lv_chart_add_cursor(chart, lv_color_hex(0x0000FF), LV_DIR_ALL);
    lv_obj_t * tabs = lv_tabview_create(scr);
    lv_tabview_add_tab(tabs, "A");
    lv_tileview_add_tile(lv_tileview_create(scr), 0, 0, LV_DIR_ALL);
    lv_win_add_title(lv_win_create(scr), "win");
    lv_obj_t * cal = lv_calendar_create(scr);
    lv_calendar_add_header_arrow(cal);
    lv_spinbox_set_value(lv_spinbox_create(scr), 5);
    lv_obj_t * sg = lv_spangroup_create(scr);
    lv_span_set_text(lv_spangroup_add_span(sg), "span");
    lv_obj_t * cv = lv_canvas_create(scr);
    static uint8_t cbuf[8 * 8 * 4];
    lv_canvas_set_buffer(cv, cbuf, 8, 8, LV_COLOR_FORMAT_ARGB8888);
    lv_obj_t * scale = lv_scale_create(scr);
    lv_scale_set_mode(scale, LV_SCALE_MODE_ROUND_INNER);
    lv_obj_set_size(scale, 100, 100);
    lv_scale_add_section(scale);
    lv_scale_set_line_needle_value(scale, lv_line_create(scale), 30, 50);
    lv_obj_t * menu = lv_menu_create(scr);
    lv_obj_t * page = lv_menu_page_create(menu, "page");
    lv_menu_set_load_page_event(menu, lv_menu_cont_create(lv_menu_section_create(page)), page);
    lv_menu_set_sidebar_page(menu, page);
}

} // namespace

TEST(WidgetMemoryTest, EveryWidgetFreesWhatItAllocates)
{
    const lv_mem_allocator_t a = {counting_alloc, counting_realloc, counting_free, nullptr};
    lv_mem_set_allocator(&a);
    lv_init();
    std::vector<uint8_t> fb(320 * 240 * 4);
    lv_display_t * d = lv_display_create(320, 240);
    lv_display_set_color_format(d, LV_COLOR_FORMAT_XRGB8888);
    lv_display_set_buffers(d, fb.data(), nullptr, static_cast<uint32_t>(fb.size()), LV_DISPLAY_RENDER_MODE_DIRECT);
    lv_display_set_flush_cb(d, [](lv_display_t * disp, const lv_area_t *, uint8_t *) { lv_display_flush_ready(disp); });
    size_t live_after[2] = {0, 0};
    for(size_t & live : live_after) {
        create_all_widgets(lv_screen_active());
        for(int i = 0; i < 10; i++) {
            lv_tick_inc(33);
            lv_timer_handler();
        }
        lv_obj_clean(lv_screen_active());
        lv_obj_clean(lv_layer_top());
        for(int i = 0; i < 3; i++) {
            lv_tick_inc(33);
            lv_timer_handler();
        }
        live = g_live;
    }
    EXPECT_EQ(live_after[0], live_after[1]);
    lv_deinit();
    EXPECT_EQ(g_live, 0u);
    lv_mem_set_allocator(nullptr);
}
