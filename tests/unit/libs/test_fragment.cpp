// Fragments as LVGL's fragment examples use them: a class with create_obj/obj_created/
// event callbacks and a counter in the instance, a manager with a stack (push hides the one
// below, pop brings it back, replace swaps the top), nested child managers, events sent
// newest first, and objects deleted from outside noticed.
#include "../widgets/widget_fixture.h"

#include <string>
#include <vector>

namespace {

std::vector<std::string> g_log;

struct SampleFragment {
    lv_fragment_t base;
    const char * name;
    int events;
    lv_obj_t * label;
};

void sample_ctor(lv_fragment_t * self, void * args)
{
    reinterpret_cast<SampleFragment *>(self)->name = static_cast<const char *>(args);
    g_log.push_back(std::string("ctor ") + static_cast<const char *>(args));
}

void sample_dtor(lv_fragment_t * self) { g_log.push_back(std::string("dtor ") + reinterpret_cast<SampleFragment *>(self)->name); }

lv_obj_t * sample_create_obj(lv_fragment_t * self, lv_obj_t * container)
{
    SampleFragment * f = reinterpret_cast<SampleFragment *>(self);
    lv_obj_t * content = lv_obj_create(container);
    f->label = lv_label_create(content);
    lv_label_set_text(f->label, f->name);
    g_log.push_back(std::string("create ") + f->name);
    return content;
}

void sample_obj_created(lv_fragment_t * self, lv_obj_t *)
{
    g_log.push_back(std::string("created ") + reinterpret_cast<SampleFragment *>(self)->name);
}

void sample_obj_deleted(lv_fragment_t * self, lv_obj_t *)
{
    g_log.push_back(std::string("deleted ") + reinterpret_cast<SampleFragment *>(self)->name);
}

bool sample_event(lv_fragment_t * self, int code, void *)
{
    SampleFragment * f = reinterpret_cast<SampleFragment *>(self);
    f->events++;
    g_log.push_back(std::string("event ") + f->name);
    return code == 1; /* code 1 is handled by the first one asked */
}

const lv_fragment_class_t sample_cls = {
    sample_ctor, sample_dtor, nullptr, nullptr, sample_create_obj, sample_obj_created, nullptr, sample_obj_deleted,
    sample_event, sizeof(SampleFragment),
};

class FragmentTest : public WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        g_log.clear();
        root = lv_obj_create(scr);
    }
    lv_obj_t * root = nullptr;
};

TEST_F(FragmentTest, AddCreatesObjectsInTheContainer)
{
    lv_fragment_manager_t * manager = lv_fragment_manager_create(nullptr);
    lv_fragment_t * f = lv_fragment_create(&sample_cls, (void *)"A");
    lv_fragment_manager_add(manager, f, &root);
    ASSERT_NE(f->obj, nullptr);
    EXPECT_EQ(lv_obj_get_parent(f->obj), root);
    EXPECT_STREQ(lv_label_get_text(reinterpret_cast<SampleFragment *>(f)->label), "A");
    EXPECT_EQ(lv_fragment_get_manager(f), manager);
    EXPECT_EQ(*lv_fragment_get_container(f), root);
    EXPECT_EQ(lv_fragment_manager_find_by_container(manager, root), f);
    EXPECT_EQ(lv_fragment_manager_get_stack_size(manager), 0u);
    lv_fragment_recreate_obj(f);
    EXPECT_EQ(lv_obj_get_child_count(root), 1u);
    lv_fragment_manager_delete(manager);
    EXPECT_EQ(lv_obj_get_child_count(root), 0u);
    EXPECT_EQ(g_log, (std::vector<std::string>{"ctor A", "create A", "created A", "deleted A", "create A", "created A",
                                               "deleted A", "dtor A"}));
}

TEST_F(FragmentTest, StackPushPopReplace)
{
    lv_fragment_manager_t * manager = lv_fragment_manager_create(nullptr);
    lv_fragment_t * a = lv_fragment_create(&sample_cls, (void *)"A");
    lv_fragment_t * b = lv_fragment_create(&sample_cls, (void *)"B");
    lv_fragment_manager_push(manager, a, &root);
    lv_fragment_manager_push(manager, b, &root);
    EXPECT_EQ(lv_fragment_manager_get_stack_size(manager), 2u);
    EXPECT_EQ(lv_fragment_manager_get_top(manager), b);
    EXPECT_EQ(a->obj, nullptr); /* hidden under B */
    EXPECT_NE(b->obj, nullptr);
    EXPECT_EQ(lv_obj_get_child_count(root), 1u);

    lv_fragment_t * c = lv_fragment_create(&sample_cls, (void *)"C");
    lv_fragment_manager_replace(manager, c, &root);
    EXPECT_EQ(lv_fragment_manager_get_top(manager), c);
    EXPECT_EQ(lv_fragment_manager_get_stack_size(manager), 2u);

    EXPECT_TRUE(lv_fragment_manager_pop(manager));
    EXPECT_EQ(lv_fragment_manager_get_top(manager), a);
    EXPECT_NE(a->obj, nullptr); /* back */
    EXPECT_TRUE(lv_fragment_manager_pop(manager));
    EXPECT_FALSE(lv_fragment_manager_pop(manager));
    EXPECT_EQ(lv_obj_get_child_count(root), 0u);
    lv_fragment_manager_delete(manager);
    EXPECT_EQ(g_log, (std::vector<std::string>{"ctor A", "ctor B", "create A", "created A", "deleted A", "create B",
                                               "created B", "ctor C", "deleted B", "dtor B", "create C", "created C",
                                               "deleted C", "dtor C", "create A", "created A", "deleted A", "dtor A"}));
}

TEST_F(FragmentTest, NestedManagersAndEvents)
{
    lv_fragment_manager_t * manager = lv_fragment_manager_create(nullptr);
    lv_fragment_t * outer = lv_fragment_create(&sample_cls, (void *)"outer");
    lv_fragment_t * inner = lv_fragment_create(&sample_cls, (void *)"inner");
    lv_fragment_t * other = lv_fragment_create(&sample_cls, (void *)"other");
    /* attached before the outer one has objects: created with it */
    lv_fragment_manager_add(outer->child_manager, inner, &root);
    EXPECT_EQ(inner->obj, nullptr);
    lv_fragment_manager_add(manager, other, &root);
    lv_fragment_manager_add(manager, outer, &root);
    ASSERT_NE(inner->obj, nullptr);
    EXPECT_EQ(lv_fragment_get_parent(inner), outer);
    EXPECT_EQ(lv_fragment_manager_get_parent_fragment(outer->child_manager), outer);

    g_log.clear();
    EXPECT_FALSE(lv_fragment_manager_send_event(manager, 2, nullptr));
    EXPECT_EQ(g_log, (std::vector<std::string>{"event inner", "event outer", "event other"}));
    g_log.clear();
    EXPECT_TRUE(lv_fragment_manager_send_event(manager, 1, nullptr));
    EXPECT_EQ(g_log, (std::vector<std::string>{"event inner"}));

    /* the container cleaned from outside: the fragments notice */
    g_log.clear();
    lv_obj_clean(root);
    EXPECT_EQ(outer->obj, nullptr);
    EXPECT_EQ(inner->obj, nullptr);
    EXPECT_FALSE(lv_fragment_manager_send_event(manager, 2, nullptr));
    lv_fragment_manager_create_obj(manager);
    EXPECT_NE(inner->obj, nullptr);
    lv_fragment_delete(other); /* detached from the manager first */
    lv_fragment_manager_delete(manager);
    EXPECT_EQ(lv_obj_get_child_count(root), 0u);
}

TEST_F(FragmentTest, BadArguments)
{
    lv_fragment_class_t tiny = sample_cls;
    tiny.instance_size = 4;
    EXPECT_EQ(lv_fragment_create(&tiny, nullptr), nullptr);
    EXPECT_EQ(lv_fragment_create(nullptr, nullptr), nullptr);
    EXPECT_FALSE(lv_fragment_manager_pop(nullptr));
    EXPECT_EQ(lv_fragment_manager_get_top(nullptr), nullptr);
    lv_fragment_manager_t * m = lv_fragment_manager_create(nullptr);
    lv_fragment_t * f = lv_fragment_create(&sample_cls, (void *)"F");
    lv_fragment_manager_add(m, f, &root);
    lv_fragment_manager_add(m, f, &root); /* already attached: ignored */
    lv_fragment_manager_t * other = lv_fragment_manager_create(nullptr);
    lv_fragment_manager_remove(other, f); /* not attached there: ignored */
    EXPECT_NE(f->obj, nullptr);
    lv_fragment_manager_delete(other);
    lv_fragment_manager_delete(m);
}

} // namespace
