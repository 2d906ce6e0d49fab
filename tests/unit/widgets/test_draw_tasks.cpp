// Draw tasks: an object with LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS gets one DRAW_TASK_ADDED per
// primitive it draws (type, part, id1/id2 as LVGL sets them), may change the descriptor, and
// what its handler draws lands right after the task.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "widget_fixture.h"

namespace {

struct Seen {
    lv_draw_task_type_t type;
    lv_part_t part;
    uint32_t id1, id2;
    lv_area_t area;
    bool layer_set;
};

/** Records every task an object announces. */
void record_cb(lv_event_t * e)
{
    auto * out = static_cast<std::vector<Seen> *>(lv_event_get_user_data(e));
    lv_draw_task_t * t = lv_event_get_draw_task(e);
    auto * base = static_cast<lv_draw_dsc_base_t *>(lv_draw_task_get_draw_dsc(t));
    Seen s{};
    s.type = lv_draw_task_get_type(t);
    s.part = base->part;
    s.id1 = base->id1;
    s.id2 = base->id2;
    lv_draw_task_get_area(t, &s.area);
    s.layer_set = base->layer != nullptr;
    out->push_back(s);
}

std::vector<Seen> record(lv_obj_t * obj, lv_display_t * disp)
{
    static std::vector<Seen> seen;
    seen.clear();
    lv_obj_add_event_cb(obj, record_cb, LV_EVENT_DRAW_TASK_ADDED, &seen);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS);
    lv_obj_invalidate(lv_screen_active());
    lv_refr_now(disp);
    return seen;
}

std::vector<Seen> of(const std::vector<Seen> & all, lv_draw_task_type_t type, lv_part_t part)
{
    std::vector<Seen> out;
    for(const Seen & s : all)
        if(s.type == type && s.part == part) out.push_back(s);
    return out;
}

bool same_area(const lv_area_t & a, const lv_area_t & b)
{
    return a.x1 == b.x1 && a.y1 == b.y1 && a.x2 == b.x2 && a.y2 == b.y2;
}

/** A plain object with every part of a rectangle: shadow, background, border, outline. */
lv_obj_t * full_rect(lv_obj_t * parent)
{
    lv_obj_t * o = lv_obj_create(parent);
    lv_obj_remove_style_all(o);
    lv_obj_set_pos(o, 40, 30);
    lv_obj_set_size(o, 100, 60);
    lv_obj_set_style_bg_opa(o, LV_OPA_COVER, 0);
    lv_obj_set_style_bg_color(o, lv_color_hex(0x00FF00), 0);
    lv_obj_set_style_border_width(o, 3, 0);
    lv_obj_set_style_border_color(o, lv_color_hex(0x000000), 0);
    lv_obj_set_style_shadow_width(o, 10, 0);
    lv_obj_set_style_outline_width(o, 2, 0);
    lv_obj_set_style_outline_pad(o, 4, 0);
    return o;
}

/** A horizontal scale 0..100 with labels on its major ticks. */
lv_obj_t * labelled_scale(lv_obj_t * parent, uint32_t ticks, uint32_t major_every)
{
    lv_obj_t * scale = lv_scale_create(parent);
    lv_obj_set_size(scale, 200, 40);
    lv_scale_set_mode(scale, LV_SCALE_MODE_HORIZONTAL_BOTTOM);
    lv_scale_set_total_tick_count(scale, ticks);
    lv_scale_set_major_tick_every(scale, major_every);
    lv_scale_set_label_show(scale, true);
    lv_scale_set_range(scale, 0, 100);
    return scale;
}

} // namespace

using DrawTaskTest = WidgetTest;

TEST_F(DrawTaskTest, NoEventsWithoutTheFlag)
{
    lv_obj_t * o = full_rect(scr);
    std::vector<Seen> seen;
    lv_obj_add_event_cb(o, record_cb, LV_EVENT_DRAW_TASK_ADDED, &seen);
    lv_refr_now(disp);
    EXPECT_TRUE(seen.empty());
}

TEST_F(DrawTaskTest, ARectangleIsShadowFillBorderAndOutlineInThatOrder)
{
    lv_obj_t * o = full_rect(scr);
    std::vector<Seen> seen = record(o, disp);
    ASSERT_EQ(seen.size(), 4u);
    EXPECT_EQ(seen[0].type, LV_DRAW_TASK_TYPE_BOX_SHADOW);
    EXPECT_EQ(seen[1].type, LV_DRAW_TASK_TYPE_FILL);
    EXPECT_EQ(seen[2].type, LV_DRAW_TASK_TYPE_BORDER);
    EXPECT_EQ(seen[3].type, LV_DRAW_TASK_TYPE_BORDER); /* the outline */
    for(const Seen & s : seen) {
        EXPECT_EQ(s.part, LV_PART_MAIN);
        EXPECT_TRUE(s.layer_set);
    }
    const lv_area_t coords = {40, 30, 139, 89};
    EXPECT_TRUE(same_area(seen[0].area, coords)); /* a shadow's task area is the object's */
    EXPECT_TRUE(same_area(seen[1].area, coords));
    EXPECT_TRUE(same_area(seen[2].area, coords));
    const lv_area_t outline = {34, 24, 145, 95}; /* grown by pad + width */
    EXPECT_TRUE(same_area(seen[3].area, outline));
}

TEST_F(DrawTaskTest, PartsThatDrawNothingAreNoTasks)
{
    lv_obj_t * o = full_rect(scr);
    lv_obj_set_style_border_side(o, LV_BORDER_SIDE_NONE, 0);
    lv_obj_set_style_shadow_opa(o, LV_OPA_TRANSP, 0);
    lv_obj_set_style_outline_width(o, 0, 0);
    std::vector<Seen> seen = record(o, disp);
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].type, LV_DRAW_TASK_TYPE_FILL);
}

TEST_F(DrawTaskTest, TheTaskGettersAnswerOnlyForTheirType)
{
    lv_obj_t * o = full_rect(scr);
    struct Counts {
        int fill = 0, border = 0, shadow = 0, wrong = 0;
    } c;
    lv_obj_add_event_cb(
        o,
        [](lv_event_t * e) {
            auto * c = static_cast<Counts *>(lv_event_get_user_data(e));
            lv_draw_task_t * t = lv_event_get_draw_task(e);
            int got = (lv_draw_task_get_fill_dsc(t) != nullptr) + (lv_draw_task_get_border_dsc(t) != nullptr) +
                      (lv_draw_task_get_box_shadow_dsc(t) != nullptr) + (lv_draw_task_get_label_dsc(t) != nullptr) +
                      (lv_draw_task_get_image_dsc(t) != nullptr) + (lv_draw_task_get_line_dsc(t) != nullptr) +
                      (lv_draw_task_get_arc_dsc(t) != nullptr) + (lv_draw_task_get_triangle_dsc(t) != nullptr);
            if(got != 1) c->wrong++;
            if(lv_draw_task_get_fill_dsc(t)) c->fill++;
            if(lv_draw_task_get_border_dsc(t)) c->border++;
            if(lv_draw_task_get_box_shadow_dsc(t)) c->shadow++;
        },
        LV_EVENT_DRAW_TASK_ADDED, &c);
    lv_obj_add_flag(o, LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS);
    lv_refr_now(disp);
    EXPECT_EQ(c.fill, 1);
    EXPECT_EQ(c.border, 2);
    EXPECT_EQ(c.shadow, 1);
    EXPECT_EQ(c.wrong, 0);
}

TEST_F(DrawTaskTest, GetDrawTaskIsNullForOtherEvents)
{
    lv_obj_t * o = lv_obj_create(scr);
    int nulls = 0;
    lv_obj_add_event_cb(
        o, [](lv_event_t * e) { *static_cast<int *>(lv_event_get_user_data(e)) += lv_event_get_draw_task(e) == nullptr; },
        LV_EVENT_CLICKED, &nulls);
    lv_obj_send_event(o, LV_EVENT_CLICKED, nullptr);
    EXPECT_EQ(nulls, 1);
}

TEST_F(DrawTaskTest, ChangingTheFillColorChangesThePixels)
{
    lv_obj_t * o = full_rect(scr);
    EXPECT_TRUE(near(pixel(90, 60), lv_color_hex(0x00FF00)));
    lv_obj_add_event_cb(
        o,
        [](lv_event_t * e) {
            lv_draw_fill_dsc_t * f = lv_draw_task_get_fill_dsc(lv_event_get_draw_task(e));
            if(f) f->color = lv_color_hex(0x0000FF);
        },
        LV_EVENT_DRAW_TASK_ADDED, nullptr);
    lv_obj_add_flag(o, LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS);
    lv_obj_invalidate(o);
    EXPECT_TRUE(near(pixel(90, 60), lv_color_hex(0x0000FF)));
}

TEST_F(DrawTaskTest, DrawingAddedInTheHandlerLandsAfterTheTaskAndBeforeTheNext)
{
    lv_obj_t * o = full_rect(scr);
    /* on the FILL task, paint the whole object red: it covers the fill, and the border
     * (the next task) is drawn over it */
    lv_obj_add_event_cb(
        o,
        [](lv_event_t * e) {
            lv_draw_task_t * t = lv_event_get_draw_task(e);
            if(lv_draw_task_get_type(t) != LV_DRAW_TASK_TYPE_FILL) return;
            auto * base = static_cast<lv_draw_dsc_base_t *>(lv_draw_task_get_draw_dsc(t));
            lv_draw_rect_dsc_t r;
            lv_draw_rect_dsc_init(&r);
            r.bg_color = lv_color_hex(0xFF0000);
            lv_area_t a;
            lv_draw_task_get_area(t, &a);
            lv_draw_rect(base->layer, &r, &a);
        },
        LV_EVENT_DRAW_TASK_ADDED, nullptr);
    lv_obj_add_flag(o, LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS);
    EXPECT_TRUE(near(pixel(90, 60), lv_color_hex(0xFF0000)));
    EXPECT_TRUE(near(pixel(41, 60), lv_color_hex(0x000000))); /* the border, on top */
}

TEST_F(DrawTaskTest, AHandlerMayReplaceALabelText)
{
    lv_obj_t * label = lv_label_create(scr);
    lv_label_set_text(label, "iiii");
    lv_obj_set_pos(label, 10, 10);
    lv_obj_set_style_text_font(label, &lv_font_montserrat_24, 0);
    /* the first render shows "iiii": almost nothing dark at the right end of "MMMM" */
    lv_obj_update_layout(label);
    lv_obj_set_width(label, 100);
    auto dark_in = [this](int32_t x1, int32_t x2) {
        int n = 0;
        for(int32_t y = 10; y < 40; y++)
            for(int32_t x = x1; x <= x2; x++) n += pixel(x, y).red < 100;
        return n;
    };
    int before = dark_in(40, 80);
    lv_obj_add_event_cb(
        label,
        [](lv_event_t * e) {
            lv_draw_label_dsc_t * l = lv_draw_task_get_label_dsc(lv_event_get_draw_task(e));
            if(l) l->text = "MMMM";
        },
        LV_EVENT_DRAW_TASK_ADDED, nullptr);
    lv_obj_add_flag(label, LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS);
    lv_obj_invalidate(label);
    int after = dark_in(40, 80);
    EXPECT_EQ(before, 0);
    EXPECT_GT(after, 20);
}

TEST_F(DrawTaskTest, ButtonMatrixItemsCarryTheButtonIndex)
{
    static const char * map[] = {"A", "B", "\n", "C", ""};
    lv_obj_t * btnm = lv_buttonmatrix_create(scr);
    lv_buttonmatrix_set_map(btnm, map);
    std::vector<Seen> seen = record(btnm, disp);
    std::vector<Seen> fills = of(seen, LV_DRAW_TASK_TYPE_FILL, LV_PART_ITEMS);
    std::vector<Seen> labels = of(seen, LV_DRAW_TASK_TYPE_LABEL, LV_PART_ITEMS);
    ASSERT_EQ(fills.size(), 3u);
    ASSERT_EQ(labels.size(), 3u);
    for(uint32_t i = 0; i < 3; i++) {
        EXPECT_EQ(fills[i].id1, i);
        EXPECT_EQ(labels[i].id1, i);
    }
    EXPECT_EQ(of(seen, LV_DRAW_TASK_TYPE_FILL, LV_PART_MAIN).size(), 1u);
}

TEST_F(DrawTaskTest, TableCellsCarryRowAndColumn)
{
    lv_obj_t * table = lv_table_create(scr);
    lv_table_set_cell_value(table, 0, 0, "a");
    lv_table_set_cell_value(table, 0, 1, "b");
    lv_table_set_cell_value(table, 1, 0, "c");
    lv_table_set_cell_value(table, 1, 1, "d");
    std::vector<Seen> seen = record(table, disp);
    std::vector<Seen> fills = of(seen, LV_DRAW_TASK_TYPE_FILL, LV_PART_ITEMS);
    std::vector<Seen> labels = of(seen, LV_DRAW_TASK_TYPE_LABEL, LV_PART_ITEMS);
    ASSERT_EQ(fills.size(), 4u);
    ASSERT_EQ(labels.size(), 4u);
    for(uint32_t i = 0; i < 4; i++) {
        EXPECT_EQ(fills[i].id1, i / 2);
        EXPECT_EQ(fills[i].id2, i % 2);
        EXPECT_EQ(labels[i].id1, i / 2);
        EXPECT_EQ(labels[i].id2, i % 2);
    }
}

TEST_F(DrawTaskTest, ChartBarsCarrySeriesAndPoint)
{
    lv_obj_t * chart = lv_chart_create(scr);
    lv_obj_set_size(chart, 200, 150);
    lv_chart_set_type(chart, LV_CHART_TYPE_BAR);
    lv_chart_set_point_count(chart, 3);
    lv_chart_series_t * s0 = lv_chart_add_series(chart, lv_color_hex(0xFF0000), LV_CHART_AXIS_PRIMARY_Y);
    lv_chart_series_t * s1 = lv_chart_add_series(chart, lv_color_hex(0x0000FF), LV_CHART_AXIS_PRIMARY_Y);
    for(int i = 0; i < 3; i++) {
        lv_chart_set_next_value(chart, s0, 30 + i * 10);
        lv_chart_set_next_value(chart, s1, 50);
    }
    std::vector<Seen> bars = of(record(chart, disp), LV_DRAW_TASK_TYPE_FILL, LV_PART_ITEMS);
    ASSERT_EQ(bars.size(), 6u);
    std::vector<std::pair<uint32_t, uint32_t>> ids;
    for(const Seen & s : bars) ids.push_back({s.id1, s.id2});
    for(uint32_t ser = 0; ser < 2; ser++)
        for(uint32_t p = 0; p < 3; p++)
            EXPECT_NE(std::find(ids.begin(), ids.end(), std::make_pair(ser, p)), ids.end()) << ser << "," << p;
}

TEST_F(DrawTaskTest, ScaleTicksAndLabelsCarryIndexAndValue)
{
    lv_obj_t * scale = labelled_scale(scr, 11, 5);
    std::vector<Seen> seen = record(scale, disp);
    std::vector<Seen> labels = of(seen, LV_DRAW_TASK_TYPE_LABEL, LV_PART_INDICATOR);
    ASSERT_EQ(labels.size(), 3u);
    for(uint32_t i = 0; i < 3; i++) {
        EXPECT_EQ(labels[i].id1, i * 5);
        EXPECT_EQ(labels[i].id2, i * 50);
    }
    EXPECT_EQ(of(seen, LV_DRAW_TASK_TYPE_LINE, LV_PART_INDICATOR).size(), 3u);
    std::vector<Seen> minor = of(seen, LV_DRAW_TASK_TYPE_LINE, LV_PART_ITEMS);
    ASSERT_EQ(minor.size(), 8u);
    EXPECT_EQ(minor[0].id1, 1u);
    EXPECT_EQ(minor[0].id2, 10u);
}

TEST_F(DrawTaskTest, ScaleLabelTextCanBeReplacedByAnOwnedCopy)
{
    /* LVGL's scale example frees a text_local text and puts an lv_strdup'd one */
    lv_obj_t * scale = labelled_scale(scr, 3, 1);
    int replaced = 0;
    lv_obj_add_event_cb(
        scale,
        [](lv_event_t * e) {
            lv_draw_label_dsc_t * l = lv_draw_task_get_label_dsc(lv_event_get_draw_task(e));
            if(!l) return;
            if(l->text_local) lv_free(const_cast<char *>(l->text));
            l->text = lv_strdup("x");
            l->text_local = 1;
            (*static_cast<int *>(lv_event_get_user_data(e)))++;
        },
        LV_EVENT_DRAW_TASK_ADDED, &replaced);
    lv_obj_add_flag(scale, LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS);
    lv_refr_now(disp);
    EXPECT_EQ(replaced, 3); /* ASan checks the frees */
}

TEST_F(DrawTaskTest, BarSliderAndArcParts)
{
    lv_obj_t * bar = lv_bar_create(scr);
    lv_bar_set_value(bar, 50, LV_ANIM_OFF);
    std::vector<Seen> seen = record(bar, disp);
    EXPECT_EQ(of(seen, LV_DRAW_TASK_TYPE_FILL, LV_PART_MAIN).size(), 1u);
    EXPECT_EQ(of(seen, LV_DRAW_TASK_TYPE_FILL, LV_PART_INDICATOR).size(), 1u);
    lv_obj_delete(bar);

    lv_obj_t * slider = lv_slider_create(scr);
    lv_slider_set_value(slider, 50, LV_ANIM_OFF);
    seen = record(slider, disp);
    EXPECT_EQ(of(seen, LV_DRAW_TASK_TYPE_FILL, LV_PART_INDICATOR).size(), 1u);
    EXPECT_EQ(of(seen, LV_DRAW_TASK_TYPE_FILL, LV_PART_KNOB).size(), 1u);
    lv_obj_delete(slider);

    lv_obj_t * arc = lv_arc_create(scr);
    lv_arc_set_value(arc, 50);
    seen = record(arc, disp);
    EXPECT_EQ(of(seen, LV_DRAW_TASK_TYPE_ARC, LV_PART_MAIN).size(), 1u);
    EXPECT_EQ(of(seen, LV_DRAW_TASK_TYPE_ARC, LV_PART_INDICATOR).size(), 1u);
    EXPECT_EQ(of(seen, LV_DRAW_TASK_TYPE_FILL, LV_PART_KNOB).size(), 1u);
}

TEST_F(DrawTaskTest, HandlerDrawsIntoAnotherLayerAtOnce)
{
    /* drawing into a canvas from a handler is not deferred to the screen's task */
    static uint8_t cbuf[10 * 10 * 4];
    lv_obj_t * canvas = lv_canvas_create(scr);
    lv_canvas_set_buffer(canvas, cbuf, 10, 10, LV_COLOR_FORMAT_XRGB8888);
    lv_canvas_fill_bg(canvas, lv_color_hex(0xFFFFFF), LV_OPA_COVER);
    lv_obj_t * o = full_rect(scr);
    lv_obj_set_user_data(o, canvas);
    uint32_t seen_in_handler = 0;
    lv_obj_add_event_cb(
        o,
        [](lv_event_t * e) {
            if(lv_draw_task_get_type(lv_event_get_draw_task(e)) != LV_DRAW_TASK_TYPE_FILL) return;
            lv_obj_t * cv = static_cast<lv_obj_t *>(lv_obj_get_user_data(lv_event_get_target_obj(e)));
            lv_layer_t layer;
            lv_canvas_init_layer(cv, &layer);
            lv_draw_fill_dsc_t f;
            lv_draw_fill_dsc_init(&f);
            f.color = lv_color_hex(0xFF0000);
            lv_area_t a = {0, 0, 9, 9};
            lv_draw_fill(&layer, &f, &a);
            lv_canvas_finish_layer(cv, &layer);
            *static_cast<uint32_t *>(lv_event_get_user_data(e)) = lv_canvas_get_px(cv, 5, 5).red;
        },
        LV_EVENT_DRAW_TASK_ADDED, &seen_in_handler);
    lv_obj_add_flag(o, LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS);
    lv_refr_now(disp);
    EXPECT_EQ(seen_in_handler, 0xFFu);
}
