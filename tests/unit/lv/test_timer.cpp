// Timers and async calls.
#include "lv_fixture.h"

namespace {

struct Counter {
    int runs = 0;
    uint32_t last_tick = 0;
};

void count_cb(lv_timer_t * t)
{
    Counter * c = static_cast<Counter *>(lv_timer_get_user_data(t));
    c->runs++;
    c->last_tick = lv_tick_get();
}

class TimerTest : public ::testing::Test {
protected:
    void SetUp() override { lv_init(); }
    void TearDown() override { lv_deinit(); }
    void run_ms(uint32_t ms)
    {
        for(uint32_t i = 0; i < ms; i++) {
            lv_tick_inc(1);
            lv_timer_handler();
        }
    }
};

} // namespace

TEST_F(TimerTest, RunsEveryPeriod)
{
    Counter c;
    lv_timer_create(count_cb, 100, &c);
    run_ms(99);
    EXPECT_EQ(c.runs, 0);
    run_ms(1);
    EXPECT_EQ(c.runs, 1);
    run_ms(250);
    EXPECT_EQ(c.runs, 3);
}

TEST_F(TimerTest, RepeatCountDeletesTheTimer)
{
    Counter c;
    lv_timer_t * t = lv_timer_create(count_cb, 10, &c);
    lv_timer_set_repeat_count(t, 2);
    run_ms(100);
    EXPECT_EQ(c.runs, 2);
    /* the timer is gone: only the animation timer remains in the list */
    int n = 0;
    for(lv_timer_t * it = lv_timer_get_next(nullptr); it; it = lv_timer_get_next(it)) n++;
    EXPECT_EQ(n, 1);
}

TEST_F(TimerTest, RepeatCountWithoutAutoDeletePauses)
{
    Counter c;
    lv_timer_t * t = lv_timer_create(count_cb, 10, &c);
    lv_timer_set_repeat_count(t, 1);
    lv_timer_set_auto_delete(t, false);
    run_ms(50);
    EXPECT_EQ(c.runs, 1);
    EXPECT_TRUE(lv_timer_get_paused(t));
    lv_timer_set_repeat_count(t, -1);
    lv_timer_resume(t);
    run_ms(20);
    EXPECT_EQ(c.runs, 3);
}

TEST_F(TimerTest, PauseResumeAndReady)
{
    Counter c;
    lv_timer_t * t = lv_timer_create(count_cb, 1000, &c);
    lv_timer_pause(t);
    run_ms(2000);
    EXPECT_EQ(c.runs, 0);
    lv_timer_resume(t);
    lv_timer_ready(t);
    lv_timer_handler();
    EXPECT_EQ(c.runs, 1);
}

TEST_F(TimerTest, DeletingItselfInTheCallbackIsSafe)
{
    static int runs = 0;
    runs = 0;
    lv_timer_create([](lv_timer_t * t) { runs++; lv_timer_delete(t); }, 5, nullptr);
    lv_timer_create([](lv_timer_t * t) { runs += 10; lv_timer_delete(t); }, 5, nullptr);
    run_ms(20);
    EXPECT_EQ(runs, 11);
}

TEST_F(TimerTest, TimeUntilNext)
{
    Counter c;
    lv_timer_create(count_cb, 40, &c);
    run_ms(10);
    EXPECT_EQ(lv_timer_get_time_until_next(), 30u);
}

TEST_F(TimerTest, AsyncCallRunsOnceOnNextHandler)
{
    static int calls = 0;
    static void * seen = nullptr;
    calls = 0;
    int token = 0;
    ASSERT_EQ(lv_async_call([](void * p) { calls++; seen = p; }, &token), LV_RESULT_OK);
    EXPECT_EQ(calls, 0);
    lv_timer_handler();
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(seen, &token);
    run_ms(10);
    EXPECT_EQ(calls, 1);
}

TEST_F(TimerTest, AsyncCallCancel)
{
    static int calls = 0;
    calls = 0;
    auto cb = [](void *) { calls++; };
    int a = 0;
    int b = 0;
    lv_async_call(cb, &a);
    lv_async_call(cb, &b);
    EXPECT_EQ(lv_async_call_cancel(cb, &a), LV_RESULT_OK);
    EXPECT_EQ(lv_async_call_cancel(cb, &a), LV_RESULT_INVALID);
    lv_timer_handler();
    EXPECT_EQ(calls, 1);
}

TEST_F(TimerTest, TickCallbackReplacesTheCounter)
{
    static uint32_t fake = 1234;
    lv_tick_set_cb([]() { return fake; });
    EXPECT_EQ(lv_tick_get(), 1234u);
    fake = 1300;
    EXPECT_EQ(lv_tick_elaps(1234), 66u);
    lv_tick_set_cb(nullptr);
}

TEST_F(TimerTest, GlobalRootCoversTheEngineState)
{
    void * start = nullptr;
    size_t size = 0;
    lv_global_get_root(&start, &size);
    EXPECT_NE(start, nullptr);
    EXPECT_GT(size, 64u);
}

TEST_F(TimerTest, AllocatorHookIsUsed)
{
    static size_t allocs = 0;
    allocs = 0;
    lv_mem_allocator_t counting = {
        [](size_t s) { allocs++; return malloc(s); },
        [](void * p, size_t s) { return realloc(p, s); },
        [](void * p) { free(p); },
        nullptr,
    };
    lv_deinit();  // allocators change only while the engine is not running
    lv_mem_set_allocator(&counting);
    void * p = lv_malloc(16);
    EXPECT_EQ(allocs, 1u);
    lv_free(p);
    lv_mem_set_allocator(nullptr);
    p = lv_malloc(16);
    EXPECT_EQ(allocs, 1u);
    lv_free(p);
    lv_init();
    lv_mem_set_allocator(&counting);  // ignored while the engine runs
    p = lv_malloc(16);
    EXPECT_EQ(allocs, 1u);
    lv_free(p);
}
