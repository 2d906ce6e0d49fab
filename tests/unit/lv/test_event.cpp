// Events: filters, user data, bubbling, stop bubbling, removal.
#include "lv_fixture.h"

using EventTest = LvTest;

namespace {
std::vector<std::string> g_log;
}

TEST_F(EventTest, FilterAndUserData)
{
    g_log.clear();
    lv_obj_t * o = lv_obj_create(scr);
    static const char * tag = "tag";
    lv_obj_add_event_cb(o, [](lv_event_t * e) { g_log.push_back(static_cast<const char *>(lv_event_get_user_data(e))); },
                        LV_EVENT_CLICKED, const_cast<char *>(tag));
    lv_obj_add_event_cb(o, [](lv_event_t * e) {
        if(lv_event_get_code(e) == LV_EVENT_VALUE_CHANGED) g_log.push_back("all");
    }, LV_EVENT_ALL, nullptr);
    lv_obj_send_event(o, LV_EVENT_VALUE_CHANGED, nullptr);
    lv_obj_send_event(o, LV_EVENT_CLICKED, nullptr);
    ASSERT_EQ(g_log.size(), 2u);
    EXPECT_EQ(g_log[0], "all");
    EXPECT_EQ(g_log[1], "tag");
}

TEST_F(EventTest, BubblingReachesParentsWithFlag)
{
    g_log.clear();
    lv_obj_t * p = lv_obj_create(scr);
    lv_obj_t * c = lv_obj_create(p);
    lv_obj_add_event_cb(p, [](lv_event_t * e) {
        g_log.push_back(lv_event_get_target_obj(e) != lv_event_get_current_target_obj(e) ? "bubbled" : "own");
    }, LV_EVENT_CLICKED, nullptr);
    lv_obj_send_event(c, LV_EVENT_CLICKED, nullptr);
    EXPECT_TRUE(g_log.empty());
    lv_obj_add_flag(c, LV_OBJ_FLAG_EVENT_BUBBLE);
    lv_obj_send_event(c, LV_EVENT_CLICKED, nullptr);
    ASSERT_EQ(g_log.size(), 1u);
    EXPECT_EQ(g_log[0], "bubbled");

    lv_obj_add_event_cb(c, [](lv_event_t * e) { lv_event_stop_bubbling(e); }, LV_EVENT_CLICKED, nullptr);
    lv_obj_send_event(c, LV_EVENT_CLICKED, nullptr);
    EXPECT_EQ(g_log.size(), 1u);
}

TEST_F(EventTest, ParamIsPassed)
{
    static int seen = 0;
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_add_event_cb(o, [](lv_event_t * e) { seen = *static_cast<int *>(lv_event_get_param(e)); }, LV_EVENT_REFRESH,
                        nullptr);
    int v = 42;
    lv_obj_send_event(o, LV_EVENT_REFRESH, &v);
    EXPECT_EQ(seen, 42);
}

TEST_F(EventTest, RemoveCallbacks)
{
    static int calls = 0;
    calls = 0;
    lv_event_cb_t cb = [](lv_event_t *) { calls++; };
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_add_event_cb(o, cb, LV_EVENT_CLICKED, nullptr);
    lv_event_dsc_t * d = lv_obj_add_event_cb(o, cb, LV_EVENT_CLICKED, nullptr);
    EXPECT_EQ(lv_obj_get_event_count(o), 2u);
    EXPECT_TRUE(lv_obj_remove_event_dsc(o, d));
    lv_obj_send_event(o, LV_EVENT_CLICKED, nullptr);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(lv_obj_remove_event_cb(o, cb), 1u);
    lv_obj_send_event(o, LV_EVENT_CLICKED, nullptr);
    EXPECT_EQ(calls, 1);
}

TEST_F(EventTest, RemovingDuringTraversalIsDeferred)
{
    static int calls = 0;
    calls = 0;
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_add_event_cb(o, [](lv_event_t * e) {
        calls++;
        lv_obj_remove_event(lv_event_get_current_target_obj(e), 0);
    }, LV_EVENT_CLICKED, nullptr);
    lv_obj_add_event_cb(o, [](lv_event_t *) { calls += 10; }, LV_EVENT_CLICKED, nullptr);
    lv_obj_send_event(o, LV_EVENT_CLICKED, nullptr);
    EXPECT_EQ(calls, 11);
    EXPECT_EQ(lv_obj_get_event_count(o), 1u);
    lv_obj_send_event(o, LV_EVENT_CLICKED, nullptr);
    EXPECT_EQ(calls, 21);
}

TEST_F(EventTest, CodeNames)
{
    EXPECT_STREQ(lv_event_code_get_name(LV_EVENT_CLICKED), "CLICKED");
    EXPECT_STREQ(lv_event_code_get_name(LV_EVENT_VSYNC_REQUEST), "VSYNC_REQUEST");
    EXPECT_GT(lv_event_register_id(), static_cast<uint32_t>(LV_EVENT_LAST));
}

TEST_F(EventTest, ChildCreatedAndSizeChanged)
{
    g_log.clear();
    lv_obj_t * p = lv_obj_create(scr);
    lv_obj_add_event_cb(p, [](lv_event_t *) { g_log.push_back("child"); }, LV_EVENT_CHILD_CREATED, nullptr);
    lv_obj_add_event_cb(p, [](lv_event_t *) { g_log.push_back("size"); }, LV_EVENT_SIZE_CHANGED, nullptr);
    lv_obj_create(p);
    lv_obj_set_size(p, 50, 50);
    lv_obj_update_layout(p);
    ASSERT_GE(g_log.size(), 2u);
    EXPECT_EQ(g_log[0], "child");
    EXPECT_EQ(g_log.back(), "size");
}
