// Style resolution: local vs shared, states, parts, inheritance, defaults, transitions.
#include "lv_fixture.h"

using StyleTest = LvTest;

TEST_F(StyleTest, StyleSetGetRemove)
{
    lv_style_t s;
    lv_style_init(&s);
    EXPECT_TRUE(lv_style_is_empty(&s));
    lv_style_set_radius(&s, 7);
    lv_style_set_bg_color(&s, lv_color_hex(0x123456));
    lv_style_value_t v;
    ASSERT_EQ(lv_style_get_prop(&s, LV_STYLE_RADIUS, &v), LV_STYLE_RES_FOUND);
    EXPECT_EQ(v.num, 7);
    ASSERT_EQ(lv_style_get_prop(&s, LV_STYLE_BG_COLOR, &v), LV_STYLE_RES_FOUND);
    EXPECT_EQ(lv_color_to_u32(v.color) & 0xFFFFFF, 0x123456u);
    EXPECT_EQ(lv_style_get_prop(&s, LV_STYLE_BORDER_WIDTH, &v), LV_STYLE_RES_NOT_FOUND);
    lv_style_set_radius(&s, 9); /* overwrite, not a second entry */
    EXPECT_EQ(s.prop_cnt, 2);
    EXPECT_TRUE(lv_style_remove_prop(&s, LV_STYLE_RADIUS));
    EXPECT_EQ(lv_style_get_prop(&s, LV_STYLE_RADIUS, &v), LV_STYLE_RES_NOT_FOUND);
    lv_style_set_pad_all(&s, 3);
    EXPECT_EQ(s.prop_cnt, 5);
    lv_style_reset(&s);
    EXPECT_TRUE(lv_style_is_empty(&s));
}

TEST_F(StyleTest, LocalBeatsSharedAndLaterSharedBeatsEarlier)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_remove_style_all(o);
    lv_style_t s1, s2;
    lv_style_init(&s1);
    lv_style_init(&s2);
    lv_style_set_radius(&s1, 1);
    lv_style_set_radius(&s2, 2);
    lv_obj_add_style(o, &s1, 0);
    EXPECT_EQ(lv_obj_get_style_radius(o, LV_PART_MAIN), 1);
    lv_obj_add_style(o, &s2, 0);
    EXPECT_EQ(lv_obj_get_style_radius(o, LV_PART_MAIN), 2);
    lv_obj_set_style_radius(o, 5, 0);
    EXPECT_EQ(lv_obj_get_style_radius(o, LV_PART_MAIN), 5);
    lv_obj_remove_local_style_prop(o, LV_STYLE_RADIUS, 0);
    EXPECT_EQ(lv_obj_get_style_radius(o, LV_PART_MAIN), 2);
    lv_obj_remove_style(o, &s2, 0);
    EXPECT_EQ(lv_obj_get_style_radius(o, LV_PART_MAIN), 1);
    lv_obj_delete(o);
    lv_style_reset(&s1);
    lv_style_reset(&s2);
}

TEST_F(StyleTest, StateSelectorsPickTheMostSpecificMatch)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_remove_style_all(o);
    lv_obj_set_style_bg_opa(o, 10, LV_STATE_DEFAULT);
    lv_obj_set_style_bg_opa(o, 20, LV_STATE_PRESSED);
    lv_obj_set_style_bg_opa(o, 30, LV_STATE_CHECKED);
    lv_obj_set_style_bg_opa(o, 40, LV_STATE_CHECKED | LV_STATE_PRESSED);
    EXPECT_EQ(lv_obj_get_style_bg_opa(o, 0), 10);
    lv_obj_add_state(o, LV_STATE_PRESSED);
    EXPECT_EQ(lv_obj_get_style_bg_opa(o, 0), 20);
    lv_obj_add_state(o, LV_STATE_CHECKED);
    EXPECT_EQ(lv_obj_get_style_bg_opa(o, 0), 40);
    lv_obj_remove_state(o, LV_STATE_PRESSED);
    EXPECT_EQ(lv_obj_get_style_bg_opa(o, 0), 30);
    lv_obj_add_state(o, LV_STATE_FOCUSED); /* no style for FOCUSED: CHECKED still matches */
    EXPECT_EQ(lv_obj_get_style_bg_opa(o, 0), 30);
}

TEST_F(StyleTest, PartsAreSeparate)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_set_style_width(o, 9, LV_PART_SCROLLBAR);
    EXPECT_EQ(lv_obj_get_style_width(o, LV_PART_SCROLLBAR), 9);
    EXPECT_NE(lv_obj_get_style_width(o, LV_PART_MAIN), 9);
}

TEST_F(StyleTest, TextPropertiesInheritFromParents)
{
    lv_obj_t * p = lv_obj_create(scr);
    lv_obj_t * l = lv_label_create(p);
    lv_obj_set_style_text_color(p, lv_color_hex(0xFF0000), 0);
    lv_obj_set_style_text_letter_space(p, 3, 0);
    EXPECT_EQ(lv_color_to_u32(lv_obj_get_style_text_color(l, 0)) & 0xFFFFFF, 0xFF0000u);
    EXPECT_EQ(lv_obj_get_style_text_letter_space(l, 0), 3);
    /* not inheritable: */
    lv_obj_set_style_bg_opa(p, 77, 0);
    EXPECT_EQ(lv_obj_get_style_bg_opa(l, 0), LV_OPA_TRANSP);
}

TEST_F(StyleTest, DefaultsAndClassSizes)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_remove_style_all(o);
    EXPECT_EQ(lv_obj_get_style_transform_scale_x(o, 0), LV_SCALE_NONE);
    EXPECT_EQ(lv_obj_get_style_opa(o, 0), LV_OPA_COVER);
    EXPECT_EQ(lv_obj_get_style_max_width(o, 0), LV_COORD_MAX);
    EXPECT_EQ(lv_obj_get_style_border_side(o, 0), LV_BORDER_SIDE_FULL);
    EXPECT_EQ(lv_obj_get_style_text_font(o, 0), LV_FONT_DEFAULT);
    EXPECT_EQ(lv_obj_get_style_width(o, 0), LV_DPI_DEF);
    lv_obj_t * b = lv_button_create(scr);
    EXPECT_EQ(lv_obj_get_style_width(b, 0), LV_SIZE_CONTENT);
}

TEST_F(StyleTest, DefaultThemeValues)
{
    /* DPI 130, 320 px wide display: small size class */
    lv_obj_t * o = lv_obj_create(scr);
    EXPECT_EQ(lv_obj_get_style_pad_left(o, 0), 13);     /* 16 dp */
    EXPECT_EQ(lv_obj_get_style_pad_row(o, 0), 8);       /* 10 dp */
    EXPECT_EQ(lv_obj_get_style_radius(o, 0), 7);        /* 8 dp */
    EXPECT_EQ(lv_obj_get_style_border_width(o, 0), 2);  /* 2 dp */
    EXPECT_EQ(lv_color_to_u32(lv_obj_get_style_bg_color(scr, 0)) & 0xFFFFFF, 0xF5F5F5u);
    lv_obj_t * b = lv_button_create(scr);
    EXPECT_EQ(lv_color_to_u32(lv_obj_get_style_bg_color(b, 0)) & 0xFFFFFF, 0x2196F3u);
    EXPECT_EQ(lv_obj_get_style_shadow_width(b, 0), 2);
    lv_obj_add_state(b, LV_STATE_CHECKED);
    run_ms(300); /* past the transition */
    EXPECT_EQ(lv_color_to_u32(lv_obj_get_style_bg_color(b, 0)) & 0xFFFFFF, 0xF44336u);
}

TEST_F(StyleTest, TransitionAnimatesBetweenStates)
{
    lv_obj_t * b = lv_button_create(scr);
    lv_obj_set_style_bg_opa(b, LV_OPA_TRANSP, LV_STATE_PRESSED);
    lv_obj_add_state(b, LV_STATE_PRESSED);
    /* the theme's PRESSED transition takes 80 ms */
    run_ms(40);
    lv_opa_t mid = lv_obj_get_style_bg_opa(b, 0);
    EXPECT_GT(mid, LV_OPA_TRANSP);
    EXPECT_LT(mid, LV_OPA_COVER);
    run_ms(100);
    EXPECT_EQ(lv_obj_get_style_bg_opa(b, 0), LV_OPA_TRANSP);
}

TEST_F(StyleTest, ReportStyleChangeRelayoutsUsers)
{
    lv_style_t s;
    lv_style_init(&s);
    lv_style_set_width(&s, 40);
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_add_style(o, &s, 0);
    lv_obj_update_layout(o);
    EXPECT_EQ(lv_obj_get_width(o), 40);
    lv_style_set_width(&s, 60);
    lv_obj_report_style_change(&s);
    lv_obj_update_layout(o);
    EXPECT_EQ(lv_obj_get_width(o), 60);
    lv_obj_delete(o);
    lv_style_reset(&s);
}
