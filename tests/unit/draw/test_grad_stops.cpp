// Gradient stops (lv_grad_init_stops and friends) and what a stop's opacity does: LVGL 9.3
// blends each stop with its own opacity, so stops whose opa was never set (0 in a zeroed
// descriptor, e.g. lv.grad_stop_t({'color': c}) from Python) draw nothing, while
// lv_grad_init_stops without an opacity array makes them opaque.
#include <gtest/gtest.h>

#include "draw_test_util.h"

namespace {

const lv_color_t kRedBlue[2] = {{0x00, 0x00, 0xFF}, {0xFF, 0x00, 0x00}}; /* lv_color_t is b, g, r */

/* a 40x10 rectangle with the gradient on a white canvas */
void draw_gradient(TestCanvas & c, const lv_grad_dsc_t & grad)
{
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    dsc.bg_grad = grad;
    lv_area_t area = {0, 0, 39, 9};
    lv_draw_rect(&c.layer, &dsc, &area);
}

} // namespace

TEST(GradStops, InitStopsWithoutOpacitiesOrPositionsIsOpaqueAndEven)
{
    lv_grad_dsc_t grad;
    memset(&grad, 0, sizeof(grad));
    lv_grad_init_stops(&grad, kRedBlue, nullptr, nullptr, 2);
    lv_grad_horizontal_init(&grad);
    EXPECT_EQ(grad.stops_count, 2);
    EXPECT_EQ(grad.stops[0].opa, LV_OPA_COVER);
    EXPECT_EQ(grad.stops[1].opa, LV_OPA_COVER);
    EXPECT_EQ(grad.stops[0].frac, 0);
    EXPECT_EQ(grad.stops[1].frac, 255);
    EXPECT_EQ(grad.dir, LV_GRAD_DIR_HOR);

    TestCanvas c(40, 10);
    draw_gradient(c, grad);
    EXPECT_EQ(c.px(0, 5), 0xFFFF0000u);
    EXPECT_EQ(c.px(39, 5), 0xFF0000FFu);
    EXPECT_NEAR(c.red(20, 5), 128, 8); /* halfway: half of each */
    EXPECT_NEAR(c.blue(20, 5), 128, 8);
    EXPECT_EQ(c.green(20, 5), 0);

    lv_grad_vertical_init(&grad);
    EXPECT_EQ(grad.dir, LV_GRAD_DIR_VER);
}

TEST(GradStops, StopOpacitiesAreBlended)
{
    lv_grad_dsc_t grad;
    memset(&grad, 0, sizeof(grad));
    const lv_opa_t opa[2] = {LV_OPA_COVER, LV_OPA_TRANSP};
    const uint8_t fracs[2] = {0, 255};
    lv_grad_init_stops(&grad, kRedBlue, opa, fracs, 2);
    lv_grad_horizontal_init(&grad);
    TestCanvas c(40, 10);
    draw_gradient(c, grad);
    EXPECT_EQ(c.px(0, 5), 0xFFFF0000u);
    EXPECT_EQ(c.px(39, 5), 0xFFFFFFFFu); /* the transparent end shows the white canvas */
    EXPECT_GT(c.green(20, 5), 100);      /* halfway: half transparent */
}

TEST(GradStops, StopsWithoutOpacityDrawNothingAsInLvgl)
{
    /* the stops of a zeroed descriptor: colors and positions set, opacity left at 0 */
    lv_grad_dsc_t grad;
    memset(&grad, 0, sizeof(grad));
    grad.stops[0].color = kRedBlue[0];
    grad.stops[1].color = kRedBlue[1];
    grad.stops[1].frac = 255;
    grad.stops_count = 2;
    grad.dir = LV_GRAD_DIR_HOR;
    TestCanvas c(40, 10);
    draw_gradient(c, grad);
    for(int32_t x : {0, 20, 39}) EXPECT_EQ(c.px(x, 5), 0xFFFFFFFFu) << x;
}

TEST(GradStops, BadArgumentsAreRefusedOrCut)
{
    lv_grad_dsc_t grad;
    memset(&grad, 0, sizeof(grad));
    lv_grad_init_stops(&grad, nullptr, nullptr, nullptr, 2); /* no colors */
    lv_grad_init_stops(&grad, kRedBlue, nullptr, nullptr, 0);
    lv_grad_init_stops(nullptr, kRedBlue, nullptr, nullptr, 2);
    lv_grad_horizontal_init(nullptr);
    lv_grad_vertical_init(nullptr);
    EXPECT_EQ(grad.stops_count, 0);
    lv_color_t many[LV_GRADIENT_MAX_STOPS + 3] = {};
    lv_grad_init_stops(&grad, many, nullptr, nullptr, LV_GRADIENT_MAX_STOPS + 3);
    EXPECT_EQ(grad.stops_count, LV_GRADIENT_MAX_STOPS);
    lv_grad_init_stops(&grad, kRedBlue, nullptr, nullptr, 1); /* one stop: at 0 */
    EXPECT_EQ(grad.stops_count, 1);
    EXPECT_EQ(grad.stops[0].frac, 0);
}

TEST(GradStops, AShadowShowsThroughStopsWithoutOpacity)
{
    /* LVGL 9.3 counts the background as covering only when every stop is opaque; otherwise
     * the whole shadow is drawn under it: canvas_1's rectangle (Python) shows its black shadow */
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    dsc.bg_grad.dir = LV_GRAD_DIR_HOR;
    dsc.bg_grad.stops[0].opa = LV_OPA_TRANSP;
    dsc.bg_grad.stops[1].opa = LV_OPA_TRANSP;
    dsc.shadow_width = 5;
    dsc.shadow_offset_x = 5;
    dsc.shadow_offset_y = 5;
    TestCanvas c(60, 40);
    lv_area_t area = {10, 10, 49, 29};
    lv_draw_rect(&c.layer, &dsc, &area);
    EXPECT_EQ(c.px(30, 22), 0xFF000000u);
    EXPECT_EQ(c.px(5, 5), 0xFFFFFFFFu);
}
