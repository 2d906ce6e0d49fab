// Draw units and the dispatcher: the software renderer is unit 1; tasks made with
// lv_draw_add_task are drawn when finalized, by the software renderer or by a unit that
// claimed them in evaluate_cb; available tasks respect overlaps with earlier unfinished ones.
#include <gtest/gtest.h>

#include <vector>

#include "draw_test_util.h"

namespace {

struct RedUnit {
    lv_draw_unit_t base;
    int drawn;
    bool hold; /* leave taken tasks in progress until wait_for_finish */
    lv_draw_task_t * held;
};

RedUnit * g_unit;

/* claims every FILL task */
int32_t red_evaluate(lv_draw_unit_t * u, lv_draw_task_t * t)
{
    if(t->type == LV_DRAW_TASK_TYPE_FILL && t->preference_score > 50) {
        t->preference_score = 50;
        t->preferred_draw_unit_id = static_cast<uint8_t>(u->idx);
    }
    return 0;
}

/* "draws" a FILL task by painting its area red through the software renderer */
void paint(lv_layer_t * layer, lv_draw_task_t * t)
{
    lv_draw_fill_dsc_t f;
    lv_draw_fill_dsc_init(&f);
    f.color = lv_color_hex(0xFF0000);
    lv_draw_fill(layer, &f, &t->area);
    t->state = LV_DRAW_TASK_STATE_READY;
    g_unit->drawn++;
    lv_draw_dispatch_request();
}

int32_t red_dispatch(lv_draw_unit_t * u, lv_layer_t * layer)
{
    lv_draw_task_t * t = lv_draw_get_available_task(layer, nullptr, static_cast<uint8_t>(u->idx));
    if(t == nullptr || t->preferred_draw_unit_id != u->idx) return LV_DRAW_UNIT_IDLE;
    t->state = LV_DRAW_TASK_STATE_IN_PROGRESS;
    if(g_unit->hold) {
        g_unit->held = t;
        return 1;
    }
    paint(layer, t);
    return 1;
}

lv_layer_t * g_layer;
int32_t red_wait(lv_draw_unit_t *)
{
    if(g_unit->held) {
        lv_draw_task_t * t = g_unit->held;
        g_unit->held = nullptr;
        paint(g_layer, t);
    }
    return 0;
}

class DrawUnits : public ::testing::Test {
protected:
    void SetUp() override { lv_init(); }
    void TearDown() override { lv_deinit(); }
};

lv_draw_task_t * add_fill(lv_layer_t * layer, lv_area_t a, uint32_t color)
{
    lv_draw_task_t * t = lv_draw_add_task(layer, &a, LV_DRAW_TASK_TYPE_FILL);
    lv_draw_fill_dsc_t * f = static_cast<lv_draw_fill_dsc_t *>(t->draw_dsc);
    lv_draw_dsc_base_t base = f->base;
    lv_draw_fill_dsc_init(f);
    f->base = base;
    f->color = lv_color_hex(color);
    return t;
}

TEST_F(DrawUnits, SoftwareRendererDrawsAddedTasks)
{
    EXPECT_EQ(lv_draw_get_unit_count(), 1u);
    TestCanvas c(20, 20);
    lv_draw_task_t * t = add_fill(&c.layer, {2, 2, 9, 9}, 0x0000FF);
    EXPECT_EQ(t->state, LV_DRAW_TASK_STATE_WAITING);
    EXPECT_EQ(c.px(5, 5), 0xFFFFFFFFu); /* not drawn before it is finalized */
    lv_draw_finalize_task_creation(&c.layer, t);
    EXPECT_EQ(c.px(5, 5), 0xFF0000FFu);
    EXPECT_EQ(c.layer.draw_task_head, nullptr); /* drawn and freed */
    lv_area_t line_area = {0, 15, 19, 15};
    lv_draw_task_t * lt = lv_draw_add_task(&c.layer, &line_area, LV_DRAW_TASK_TYPE_LINE);
    lv_draw_line_dsc_t * l = static_cast<lv_draw_line_dsc_t *>(lt->draw_dsc);
    lv_draw_dsc_base_t base = l->base;
    lv_draw_line_dsc_init(l);
    l->base = base;
    l->p1 = {0, 15};
    l->p2 = {19, 15};
    l->width = 1;
    l->color = lv_color_hex(0x00FF00);
    lv_draw_finalize_task_creation(&c.layer, lt);
    EXPECT_EQ(c.px(10, 15), 0xFF00FF00u);
}

TEST_F(DrawUnits, AUnitTakesTheTasksItClaims)
{
    g_unit = static_cast<RedUnit *>(lv_draw_create_unit(sizeof(RedUnit)));
    ASSERT_NE(g_unit, nullptr);
    EXPECT_EQ(g_unit->base.idx, 2);
    EXPECT_EQ(lv_draw_get_unit_count(), 2u);
    g_unit->base.evaluate_cb = red_evaluate;
    g_unit->base.dispatch_cb = red_dispatch;
    g_unit->base.wait_for_finish_cb = red_wait;
    TestCanvas c(20, 20);
    g_layer = &c.layer;
    lv_draw_task_t * t = add_fill(&c.layer, {0, 0, 4, 4}, 0x0000FF);
    lv_draw_finalize_task_creation(&c.layer, t);
    EXPECT_EQ(g_unit->drawn, 1);
    EXPECT_EQ(c.px(2, 2), 0xFFFF0000u); /* the unit's red, not the descriptor's blue */
    /* a unit still busy: the dispatcher waits for it */
    g_unit->hold = true;
    t = add_fill(&c.layer, {10, 10, 14, 14}, 0x0000FF);
    lv_draw_finalize_task_creation(&c.layer, t);
    EXPECT_EQ(g_unit->drawn, 2);
    EXPECT_EQ(c.px(12, 12), 0xFFFF0000u);
    EXPECT_EQ(c.layer.draw_task_head, nullptr);
}

TEST_F(DrawUnits, AvailableTasksWaitForOverlappingEarlierOnes)
{
    TestCanvas c(20, 20);
    lv_draw_task_t * a = add_fill(&c.layer, {0, 0, 9, 9}, 0x0000FF);
    lv_draw_task_t * b = add_fill(&c.layer, {5, 5, 14, 14}, 0x00FF00);
    lv_draw_task_t * d = add_fill(&c.layer, {15, 15, 19, 19}, 0x00FF00);
    a->state = b->state = d->state = LV_DRAW_TASK_STATE_QUEUED;
    EXPECT_EQ(lv_draw_get_available_task(&c.layer, nullptr, 1), a);
    EXPECT_EQ(lv_draw_get_available_task(&c.layer, a, 1), d); /* b overlaps a, still queued */
    EXPECT_EQ(lv_draw_get_dependent_count(a), 1u);
    a->state = LV_DRAW_TASK_STATE_READY;
    EXPECT_EQ(lv_draw_get_available_task(&c.layer, nullptr, 1), b);
    EXPECT_FALSE(lv_draw_dispatch_layer(nullptr, &c.layer)); /* all drawn */
    EXPECT_EQ(c.px(12, 12), 0xFF00FF00u);
    EXPECT_EQ(lv_draw_add_task(nullptr, nullptr, LV_DRAW_TASK_TYPE_FILL), nullptr);
    EXPECT_EQ(lv_draw_create_unit(4), nullptr);
}

struct Seen {
    int glyphs = 0, fills = 0, full_px = 0, mismatched = 0;
    const TestCanvas * canvas = nullptr;
};
Seen g_seen;

/* checks each glyph's fully covered pixels against what lv_draw_label drew */
void check_glyph(lv_draw_task_t *, lv_draw_glyph_dsc_t * d, lv_draw_fill_dsc_t * fill, const lv_area_t * area)
{
    if(d == nullptr) {
        ASSERT_NE(fill, nullptr);
        ASSERT_NE(area, nullptr);
        g_seen.fills++;
        return;
    }
    g_seen.glyphs++;
    ASSERT_EQ(d->format, LV_FONT_GLYPH_FORMAT_A4);
    const lv_draw_buf_t * b = static_cast<const lv_draw_buf_t *>(d->glyph_data);
    ASSERT_EQ(b->header.w, (uint32_t)lv_area_get_width(d->letter_coords));
    for(uint32_t y = 0; y < b->header.h; y++) {
        for(uint32_t x = 0; x < b->header.w; x++) {
            if(b->data[y * b->header.stride + x] != 255) continue;
            g_seen.full_px++;
            if(g_seen.canvas->px(d->letter_coords->x1 + (int)x, d->letter_coords->y1 + (int)y) != 0xFF000000u) g_seen.mismatched++;
        }
    }
}

TEST_F(DrawUnits, LabelGlyphIterationMatchesTheRenderer)
{
    TestCanvas c(120, 40);
    lv_draw_label_dsc_t dsc;
    lv_draw_label_dsc_init(&dsc);
    dsc.text = "Hello\nWorld";
    dsc.decor = LV_TEXT_DECOR_UNDERLINE;
    lv_area_t coords = {4, 2, 115, 37};
    lv_draw_label(&c.layer, &dsc, &coords);
    lv_draw_task_t * t = lv_draw_add_task(&c.layer, &coords, LV_DRAW_TASK_TYPE_LABEL);
    g_seen = {};
    g_seen.canvas = &c;
    lv_draw_label_iterate_characters(t, &dsc, &coords, check_glyph);
    EXPECT_EQ(g_seen.glyphs, 10);
    EXPECT_EQ(g_seen.fills, 2); /* an underline per line */
    EXPECT_GT(g_seen.full_px, 30);
    EXPECT_EQ(g_seen.mismatched, 0);
    /* one letter */
    g_seen.glyphs = 0;
    lv_draw_glyph_dsc_t gd;
    lv_draw_glyph_dsc_init(&gd);
    lv_point_t pos = {4, 2};
    lv_draw_unit_draw_letter(t, &gd, &pos, dsc.font, 'H', check_glyph);
    EXPECT_EQ(g_seen.glyphs, 1);
    EXPECT_EQ(g_seen.mismatched, 0);
    lv_draw_finalize_task_creation(&c.layer, t); /* an empty label task: drawn and freed */
    EXPECT_EQ(c.layer.draw_task_head, nullptr);
}

} // namespace
