// Animations: values over time, delays, repeat, reverse, callbacks, paths.
#include "lv_fixture.h"

namespace {

int32_t g_value;
int g_var; /* what the animations animate */
int g_completed;
int g_deleted;

void set_value(void *, int32_t v) { g_value = v; }

class AnimTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        lv_init();
        g_value = -1;
        g_completed = 0;
        g_deleted = 0;
        lv_anim_init(&a);
        lv_anim_set_var(&a, &g_var);
        lv_anim_set_exec_cb(&a, set_value);
        lv_anim_set_values(&a, 0, 1000);
        lv_anim_set_duration(&a, 1000);
    }
    void TearDown() override { lv_deinit(); }
    void run_ms(uint32_t ms)
    {
        /* the animation timer runs every LV_DEF_REFR_PERIOD ms; step in 1 ms ticks */
        for(uint32_t i = 0; i < ms; i++) {
            lv_tick_inc(1);
            lv_timer_handler();
        }
    }
    lv_anim_t a;
};

} // namespace

TEST_F(AnimTest, LinearPathReachesTheEnd)
{
    lv_anim_set_completed_cb(&a, [](lv_anim_t *) { g_completed++; });
    lv_anim_start(&a);
    EXPECT_EQ(g_value, 0); /* early apply */
    run_ms(495);
    EXPECT_GE(g_value, 400);
    EXPECT_LE(g_value, 500);
    run_ms(600);
    EXPECT_EQ(g_value, 1000);
    EXPECT_EQ(g_completed, 1);
    EXPECT_EQ(lv_anim_count_running(), 0);
}

TEST_F(AnimTest, DelayHoldsTheStartValue)
{
    lv_anim_set_delay(&a, 500);
    lv_anim_set_early_apply(&a, false);
    lv_anim_start(&a);
    EXPECT_EQ(g_value, -1);
    run_ms(400);
    EXPECT_EQ(g_value, -1);
    run_ms(1200);
    EXPECT_EQ(g_value, 1000);
}

TEST_F(AnimTest, ReverseComesBack)
{
    lv_anim_set_reverse_duration(&a, 500);
    lv_anim_start(&a);
    run_ms(1200);
    EXPECT_LT(g_value, 1000);
    EXPECT_GT(g_value, 0);
    run_ms(400);
    EXPECT_EQ(g_value, 0);
    EXPECT_EQ(lv_anim_count_running(), 0);
}

TEST_F(AnimTest, RepeatCountRunsSeveralRounds)
{
    lv_anim_set_repeat_count(&a, 3);
    lv_anim_set_duration(&a, 100);
    lv_anim_set_completed_cb(&a, [](lv_anim_t *) { g_completed++; });
    lv_anim_start(&a);
    run_ms(250);
    EXPECT_EQ(g_completed, 0);
    EXPECT_EQ(lv_anim_count_running(), 1);
    run_ms(200);
    EXPECT_EQ(g_completed, 1);
    EXPECT_EQ(lv_anim_count_running(), 0);
}

TEST_F(AnimTest, DeleteStopsAndCallsDeletedCb)
{
    lv_anim_set_deleted_cb(&a, [](lv_anim_t *) { g_deleted++; });
    lv_anim_start(&a);
    EXPECT_NE(lv_anim_get(&g_var, set_value), nullptr);
    EXPECT_TRUE(lv_anim_delete(&g_var, set_value));
    EXPECT_EQ(g_deleted, 1);
    EXPECT_EQ(lv_anim_get(&g_var, set_value), nullptr);
    EXPECT_FALSE(lv_anim_delete(&g_var, set_value));
}

TEST_F(AnimTest, StartingAgainReplacesTheRunningAnimation)
{
    lv_anim_start(&a);
    lv_anim_start(&a);
    EXPECT_EQ(lv_anim_count_running(), 1);
}

TEST_F(AnimTest, PathsStartAndEndAtTheValues)
{
    lv_anim_path_cb_t paths[] = {lv_anim_path_linear, lv_anim_path_ease_in, lv_anim_path_ease_out,
                                 lv_anim_path_ease_in_out, lv_anim_path_overshoot, lv_anim_path_bounce,
                                 lv_anim_path_step};
    for(lv_anim_path_cb_t p : paths) {
        lv_anim_t t;
        lv_anim_init(&t);
        lv_anim_set_values(&t, 100, 300);
        lv_anim_set_duration(&t, 1000);
        t.act_time = 0;
        if(p != lv_anim_path_bounce) {
            EXPECT_EQ(p(&t), 100);
        }
        t.act_time = 1000;
        /* LVGL's bounce ends one last small bounce (1/40 of the range) short of the end */
        EXPECT_EQ(p(&t), p == lv_anim_path_bounce ? 300 - 200 / 40 : 300);
    }
    lv_anim_t t;
    lv_anim_init(&t);
    lv_anim_set_values(&t, 0, 1000);
    lv_anim_set_duration(&t, 1000);
    t.act_time = 250;
    /* ease in is slow at the start, ease out fast */
    EXPECT_LT(lv_anim_path_ease_in(&t), 250);
    EXPECT_GT(lv_anim_path_ease_out(&t), 250);
    t.act_time = 999;
    EXPECT_EQ(lv_anim_path_step(&t), 0);
}

TEST_F(AnimTest, SpeedBasedDuration)
{
    /* 100 px/s over 200 px: 2 s, clamped to 300..1000 ms */
    uint32_t s = lv_anim_speed_clamped(100, 300, 1000);
    EXPECT_EQ(lv_anim_resolve_speed(s, 0, 200), 1000u);
    EXPECT_EQ(lv_anim_resolve_speed(s, 0, 50), 500u);
    EXPECT_EQ(lv_anim_resolve_speed(s, 0, 10), 300u);
    EXPECT_EQ(lv_anim_resolve_speed(700, 0, 10), 700u);
}

namespace {
int32_t g_x;
int32_t g_y;
}

TEST_F(AnimTest, TimelineSequencesAnimations)
{
    lv_anim_t ax;
    lv_anim_init(&ax);
    lv_anim_set_var(&ax, &g_x);
    lv_anim_set_exec_cb(&ax, [](void *, int32_t v) { g_x = v; });
    lv_anim_set_values(&ax, 0, 100);
    lv_anim_set_duration(&ax, 100);
    lv_anim_t ay = ax;
    lv_anim_set_var(&ay, &g_y);
    lv_anim_set_exec_cb(&ay, [](void *, int32_t v) { g_y = v; });
    g_x = g_y = -1;

    lv_anim_timeline_t * at = lv_anim_timeline_create();
    lv_anim_timeline_add(at, 0, &ax);
    lv_anim_timeline_add(at, 100, &ay);
    EXPECT_EQ(lv_anim_timeline_get_playtime(at), 200u);

    lv_anim_timeline_set_progress(at, 0x4000); /* 50 ms of 200 */
    EXPECT_EQ(g_x, 50);
    EXPECT_EQ(g_y, 0); /* early apply: start value before its start */
    lv_anim_timeline_set_progress(at, LV_ANIM_TIMELINE_PROGRESS_MAX);
    EXPECT_EQ(g_x, 100);
    EXPECT_EQ(g_y, 100);

    lv_anim_timeline_set_progress(at, 0);
    EXPECT_EQ(lv_anim_timeline_start(at), 200u);
    run_ms(150);
    EXPECT_EQ(g_x, 100);
    EXPECT_GT(g_y, 0);
    EXPECT_LT(g_y, 100);
    run_ms(100);
    EXPECT_EQ(g_y, 100);

    lv_anim_timeline_set_reverse(at, true);
    lv_anim_timeline_start(at);
    run_ms(250);
    EXPECT_EQ(g_x, 0);
    EXPECT_EQ(g_y, 0);
    lv_anim_timeline_delete(at);
}
