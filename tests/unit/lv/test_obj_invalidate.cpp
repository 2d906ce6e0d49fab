// What an object invalidates: its area mapped through its transform (which the object
// caches between style changes), nothing for screens that are not shown.
#include "lv_fixture.h"

namespace {

std::vector<lv_area_t> g_flushed;

void record_flush(lv_display_t * d, const lv_area_t * a, uint8_t *)
{
    g_flushed.push_back(*a);
    lv_display_flush_ready(d);
}

/** The bounding box of what the next refresh flushes after `obj` is invalidated alone. */
lv_area_t invalidated_by(lv_display_t * disp, lv_obj_t * obj)
{
    lv_refr_now(disp);
    g_flushed.clear();
    lv_obj_invalidate(obj);
    lv_refr_now(disp);
    lv_area_t box = {INT32_MAX, INT32_MAX, INT32_MIN, INT32_MIN};
    for(const lv_area_t & a : g_flushed) {
        box.x1 = LV_MIN(box.x1, a.x1);
        box.y1 = LV_MIN(box.y1, a.y1);
        box.x2 = LV_MAX(box.x2, a.x2);
        box.y2 = LV_MAX(box.y2, a.y2);
    }
    return box;
}

lv_obj_t * plain_box(lv_obj_t * parent)
{
    lv_obj_t * o = lv_obj_create(parent);
    lv_obj_remove_style_all(o);
    lv_obj_set_pos(o, 100, 100);
    lv_obj_set_size(o, 40, 40);
    return o;
}

} // namespace

using ObjInvalidateTest = LvTest;

TEST_F(ObjInvalidateTest, TransformOfAStateIsSeenAfterTheStateChanges)
{
    lv_display_set_flush_cb(disp, record_flush);
    lv_obj_t * o = plain_box(scr);
    lv_obj_set_style_transform_scale(o, 512, LV_STATE_PRESSED); /* twice the size around (0, 0) */
    lv_area_t plain = invalidated_by(disp, o);
    EXPECT_EQ(plain.x1, 100);
    EXPECT_EQ(plain.x2, 139);

    lv_obj_add_state(o, LV_STATE_PRESSED);
    lv_area_t scaled = invalidated_by(disp, o);
    EXPECT_GE(scaled.x2, 179);
    EXPECT_GE(scaled.y2, 179);

    lv_obj_remove_state(o, LV_STATE_PRESSED);
    lv_area_t back = invalidated_by(disp, o);
    EXPECT_EQ(back.x2, 139);
}

TEST_F(ObjInvalidateTest, TransformOfAnAncestorAndOfASharedStyleAfterItsReport)
{
    lv_display_set_flush_cb(disp, record_flush);
    static lv_style_t rotated;
    lv_style_init(&rotated);
    lv_obj_t * parent = lv_obj_create(scr);
    lv_obj_remove_style_all(parent);
    lv_obj_set_size(parent, 320, 240);
    lv_obj_add_flag(parent, LV_OBJ_FLAG_OVERFLOW_VISIBLE);
    lv_obj_add_style(parent, &rotated, 0);
    lv_obj_t * child = plain_box(parent);
    EXPECT_EQ(invalidated_by(disp, child).y2, 139);

    /* 90 degrees clockwise around the screen's centre: the child moves to x 140..180, y 60..100 */
    lv_style_set_transform_rotation(&rotated, 900);
    lv_style_set_transform_pivot_x(&rotated, 160);
    lv_style_set_transform_pivot_y(&rotated, 120);
    lv_obj_report_style_change(&rotated);
    lv_area_t turned = invalidated_by(disp, child);
    EXPECT_GE(turned.x2, 179);
    EXPECT_GE(turned.x1, 130);
    EXPECT_LE(turned.y1, 61);
    lv_style_reset(&rotated);
}

TEST_F(ObjInvalidateTest, ObjectsOfScreensNotShownInvalidateNothing)
{
    lv_display_set_flush_cb(disp, record_flush);
    lv_obj_t * other = lv_obj_create(nullptr);
    lv_obj_t * o = plain_box(other);
    lv_refr_now(disp);
    g_flushed.clear();
    lv_obj_set_x(o, 10);
    lv_obj_invalidate(o);
    lv_refr_now(disp);
    EXPECT_TRUE(g_flushed.empty());
}
