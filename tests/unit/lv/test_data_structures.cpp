// The generic containers of LVGL 9.3's misc/: lv_ll, lv_array, lv_circle_buf, lv_iter,
// lv_rb, lv_tree. They need no display; lv_init only sets up the allocator.
#include "lv_fixture.h"

#include <algorithm>
#include <random>
#include <set>

namespace {

class DataStructures : public ::testing::Test {
protected:
    void SetUp() override { lv_init(); }
    void TearDown() override { lv_deinit(); }
};

std::vector<int> ll_values(const lv_ll_t * ll)
{
    std::vector<int> out;
    for(void * n = lv_ll_get_head(ll); n; n = lv_ll_get_next(ll, n)) out.push_back(*static_cast<int *>(n));
    return out;
}

int * ll_push(lv_ll_t * ll, int v, bool head)
{
    int * n = static_cast<int *>(head ? lv_ll_ins_head(ll) : lv_ll_ins_tail(ll));
    *n = v;
    return n;
}

} // namespace

TEST_F(DataStructures, LinkedListInsertMoveRemove)
{
    lv_ll_t ll;
    lv_ll_init(&ll, sizeof(int));
    EXPECT_TRUE(lv_ll_is_empty(&ll));
    EXPECT_EQ(ll.n_size % sizeof(void *), 0u);
    int * two = ll_push(&ll, 2, false);
    ll_push(&ll, 1, true);
    int * four = ll_push(&ll, 4, false);
    *static_cast<int *>(lv_ll_ins_prev(&ll, four)) = 3;
    EXPECT_EQ(ll_values(&ll), (std::vector<int>{1, 2, 3, 4}));
    EXPECT_EQ(lv_ll_get_len(&ll), 4u);
    EXPECT_EQ(*static_cast<int *>(lv_ll_get_tail(&ll)), 4);
    EXPECT_EQ(*static_cast<int *>(lv_ll_get_prev(&ll, four)), 3);

    lv_ll_move_before(&ll, four, two); /* 1 4 2 3 */
    EXPECT_EQ(ll_values(&ll), (std::vector<int>{1, 4, 2, 3}));
    lv_ll_move_before(&ll, four, nullptr); /* to the tail */
    EXPECT_EQ(ll_values(&ll), (std::vector<int>{1, 2, 3, 4}));

    lv_ll_remove(&ll, two);
    lv_ll_remove(&ll, two); /* already unlinked: nothing happens */
    lv_free(two);
    EXPECT_EQ(ll_values(&ll), (std::vector<int>{1, 3, 4}));

    lv_ll_t other;
    lv_ll_init(&other, sizeof(int));
    lv_ll_chg_list(&ll, &other, four, true);
    EXPECT_EQ(ll_values(&ll), (std::vector<int>{1, 3}));
    EXPECT_EQ(ll_values(&other), (std::vector<int>{4}));

    static int cleaned;
    cleaned = 0;
    lv_ll_clear_custom(&ll, [](void * n) {
        cleaned += *static_cast<int *>(n);
        lv_free(n);
    });
    EXPECT_EQ(cleaned, 4);
    EXPECT_TRUE(lv_ll_is_empty(&ll));
    lv_ll_clear(&other);
    EXPECT_TRUE(lv_ll_is_empty(&other));
    EXPECT_EQ(lv_ll_ins_prev(&ll, nullptr), nullptr);
}

TEST_F(DataStructures, ArrayGrowEraseConcat)
{
    lv_array_t a;
    lv_array_init(&a, 2, sizeof(int));
    for(int i = 0; i < 10; i++) ASSERT_EQ(lv_array_push_back(&a, &i), LV_RESULT_OK);
    EXPECT_EQ(lv_array_size(&a), 10u);
    EXPECT_GE(lv_array_capacity(&a), 10u);
    EXPECT_EQ(*static_cast<int *>(lv_array_back(&a)), 9);
    EXPECT_EQ(lv_array_at(&a, 10), nullptr);

    EXPECT_EQ(lv_array_remove(&a, 0), LV_RESULT_OK);
    EXPECT_EQ(lv_array_erase(&a, 2, 5), LV_RESULT_OK); /* 1 2 [3 4 5] 6 7 8 9 */
    std::vector<int> left;
    for(uint32_t i = 0; i < lv_array_size(&a); i++) left.push_back(*static_cast<int *>(lv_array_at(&a, i)));
    EXPECT_EQ(left, (std::vector<int>{1, 2, 6, 7, 8, 9}));
    EXPECT_EQ(lv_array_erase(&a, 4, 2), LV_RESULT_INVALID);
    EXPECT_EQ(lv_array_remove(&a, 6), LV_RESULT_INVALID);

    int v = 42;
    EXPECT_EQ(lv_array_assign(&a, 1, &v), LV_RESULT_OK);
    EXPECT_EQ(lv_array_assign(&a, 6, &v), LV_RESULT_INVALID);

    lv_array_t copy;
    lv_array_init(&copy, 0, sizeof(int));
    lv_array_copy(&copy, &a);
    EXPECT_EQ(lv_array_concat(&copy, &a), LV_RESULT_OK);
    EXPECT_EQ(lv_array_size(&copy), 12u);
    EXPECT_EQ(*static_cast<int *>(lv_array_at(&copy, 7)), 42);

    lv_array_shrink(&copy);
    EXPECT_EQ(lv_array_capacity(&copy), 12u);
    EXPECT_TRUE(lv_array_is_full(&copy));
    lv_array_clear(&copy);
    EXPECT_TRUE(lv_array_is_empty(&copy));
    EXPECT_EQ(lv_array_front(&copy), nullptr);
    EXPECT_TRUE(lv_array_resize(&copy, 3));
    EXPECT_EQ(lv_array_capacity(&copy), 3u);
    lv_array_deinit(&copy);
    lv_array_deinit(&a);
    EXPECT_EQ(lv_array_capacity(&a), 0u);
}

TEST_F(DataStructures, ArrayOnCallerBufferDoesNotGrow)
{
    int buf[3];
    lv_array_t a;
    lv_array_init_from_buf(&a, buf, 3, sizeof(int));
    for(int i = 0; i < 3; i++) EXPECT_EQ(lv_array_push_back(&a, &i), LV_RESULT_OK);
    int more = 3;
    EXPECT_EQ(lv_array_push_back(&a, &more), LV_RESULT_INVALID);
    EXPECT_FALSE(lv_array_resize(&a, 8));
    EXPECT_EQ(buf[2], 2);
    lv_array_push_back(&a, nullptr);
    lv_array_deinit(&a); /* must not free the caller's buffer */
}

TEST_F(DataStructures, CircleBufferWrapsAround)
{
    lv_circle_buf_t * cb = lv_circle_buf_create(3, sizeof(int));
    ASSERT_NE(cb, nullptr);
    int out = 0;
    EXPECT_EQ(lv_circle_buf_read(cb, &out), LV_RESULT_INVALID);
    for(int round = 0; round < 5; round++) {
        for(int i = 0; i < 3; i++) {
            int v = round * 10 + i;
            ASSERT_EQ(lv_circle_buf_write(cb, &v), LV_RESULT_OK);
        }
        int v = 99;
        EXPECT_EQ(lv_circle_buf_write(cb, &v), LV_RESULT_INVALID);
        EXPECT_TRUE(lv_circle_buf_is_full(cb));
        EXPECT_EQ(lv_circle_buf_peek_at(cb, 2, &out), LV_RESULT_OK);
        EXPECT_EQ(out, round * 10 + 2);
        EXPECT_EQ(lv_circle_buf_peek_at(cb, 3, &out), LV_RESULT_INVALID);
        EXPECT_EQ(lv_circle_buf_read(cb, &out), LV_RESULT_OK);
        EXPECT_EQ(out, round * 10);
        EXPECT_EQ(lv_circle_buf_skip(cb), LV_RESULT_OK);
        EXPECT_EQ(*static_cast<int *>(lv_circle_buf_head(cb)), round * 10 + 2);
        EXPECT_EQ(lv_circle_buf_remain(cb), 2u);
        EXPECT_EQ(lv_circle_buf_read(cb, nullptr), LV_RESULT_OK);
        EXPECT_TRUE(lv_circle_buf_is_empty(cb));
    }
    /* resize keeps the elements in order */
    for(int i = 1; i <= 3; i++) lv_circle_buf_write(cb, &i);
    lv_circle_buf_read(cb, &out);
    int four = 4;
    lv_circle_buf_write(cb, &four); /* storage wraps: 4 in slot 0 */
    EXPECT_EQ(lv_circle_buf_resize(cb, 5), LV_RESULT_OK);
    EXPECT_EQ(lv_circle_buf_capacity(cb), 5u);
    std::vector<int> got;
    while(lv_circle_buf_read(cb, &out) == LV_RESULT_OK) got.push_back(out);
    EXPECT_EQ(got, (std::vector<int>{2, 3, 4}));

    struct counter_t { int next; };
    counter_t c = {100};
    uint32_t filled = lv_circle_buf_fill(cb, 10, [](void * buf, uint32_t len, int32_t index, void * ud) {
        EXPECT_EQ(len, sizeof(int));
        auto * ctr = static_cast<counter_t *>(ud);
        *static_cast<int *>(buf) = ctr->next++;
        return index < 3; /* the fourth one stops the fill */
    }, &c);
    EXPECT_EQ(filled, 3u);
    EXPECT_EQ(lv_circle_buf_size(cb), 3u);
    lv_circle_buf_reset(cb);
    EXPECT_TRUE(lv_circle_buf_is_empty(cb));
    lv_circle_buf_destroy(cb);

    int storage[2];
    lv_circle_buf_t * fixed = lv_circle_buf_create_from_buf(storage, 2, sizeof(int));
    EXPECT_EQ(lv_circle_buf_resize(fixed, 4), LV_RESULT_INVALID);
    lv_circle_buf_destroy(fixed);
    lv_array_t arr;
    lv_array_init(&arr, 4, sizeof(int));
    lv_circle_buf_t * over = lv_circle_buf_create_from_array(&arr);
    EXPECT_EQ(lv_circle_buf_capacity(over), 4u);
    lv_circle_buf_destroy(over);
    lv_array_deinit(&arr);
}

namespace {

/** Counts 0..limit-1; the context holds the position. */
lv_result_t count_next(void * instance, void * context, void * elem)
{
    int limit = *static_cast<int *>(instance);
    int & pos = *static_cast<int *>(context);
    if(pos >= limit) return LV_RESULT_INVALID;
    *static_cast<int *>(elem) = pos++;
    return LV_RESULT_OK;
}

} // namespace

TEST_F(DataStructures, IteratorWithPeek)
{
    int limit = 5;
    lv_iter_t * it = lv_iter_create(&limit, sizeof(int), sizeof(int), count_next);
    ASSERT_NE(it, nullptr);
    EXPECT_EQ(*static_cast<int *>(lv_iter_get_context(it)), 0);
    int v = -1;
    EXPECT_EQ(lv_iter_peek(it, &v), LV_RESULT_INVALID); /* not peekable yet */
    lv_iter_make_peekable(it, 3);
    EXPECT_EQ(lv_iter_peek(it, &v), LV_RESULT_OK);
    EXPECT_EQ(v, 0);
    EXPECT_EQ(lv_iter_peek_advance(it), LV_RESULT_OK);
    EXPECT_EQ(lv_iter_peek_advance(it), LV_RESULT_OK);
    EXPECT_EQ(lv_iter_peek_advance(it), LV_RESULT_INVALID); /* capacity 3 */
    EXPECT_EQ(lv_iter_peek(it, &v), LV_RESULT_OK);
    EXPECT_EQ(v, 2);
    EXPECT_EQ(lv_iter_peek_reset(it), LV_RESULT_OK);
    EXPECT_EQ(lv_iter_next(it, &v), LV_RESULT_OK); /* from the peeked ones */
    EXPECT_EQ(v, 0);
    static std::vector<int> seen;
    seen.clear();
    lv_iter_inspect(it, [](void * e) { seen.push_back(*static_cast<int *>(e)); });
    EXPECT_EQ(seen, (std::vector<int>{1, 2, 3, 4}));
    EXPECT_EQ(lv_iter_next(it, &v), LV_RESULT_INVALID);
    lv_iter_destroy(it);
    EXPECT_EQ(lv_iter_create(&limit, 4, 0, nullptr), nullptr);
}

namespace {

lv_rb_compare_res_t cmp_int(const void * a, const void * b)
{
    int x = *static_cast<const int *>(a);
    int y = *static_cast<const int *>(b);
    return static_cast<lv_rb_compare_res_t>((x > y) - (x < y));
}

/** Black height of the subtree, -1 when a red-black rule is broken. */
int check_rb(const lv_rb_node_t * n, const lv_rb_node_t * parent)
{
    if(!n) return 1;
    if(n->parent != parent) return -1;
    if(n->color == LV_RB_COLOR_RED && ((n->left && n->left->color == LV_RB_COLOR_RED) ||
                                       (n->right && n->right->color == LV_RB_COLOR_RED)))
        return -1;
    int key = *static_cast<int *>(n->data);
    if(n->left && *static_cast<int *>(n->left->data) >= key) return -1;
    if(n->right && *static_cast<int *>(n->right->data) <= key) return -1;
    int l = check_rb(n->left, n);
    int r = check_rb(n->right, n);
    if(l < 0 || r < 0 || l != r) return -1;
    return l + (n->color == LV_RB_COLOR_BLACK);
}

} // namespace

TEST_F(DataStructures, RedBlackTreeStaysBalanced)
{
    lv_rb_t tree;
    EXPECT_FALSE(lv_rb_init(&tree, nullptr, sizeof(int)));
    ASSERT_TRUE(lv_rb_init(&tree, cmp_int, sizeof(int)));
    std::mt19937 rng(7);
    std::set<int> model;
    for(int i = 0; i < 2000; i++) {
        int k = static_cast<int>(rng() % 500);
        if(rng() % 3) {
            lv_rb_node_t * n = lv_rb_insert(&tree, &k);
            ASSERT_NE(n, nullptr);
            *static_cast<int *>(n->data) = k; /* the caller writes the key */
            model.insert(k);
        }
        else {
            EXPECT_EQ(lv_rb_drop(&tree, &k), model.erase(k) == 1);
        }
        ASSERT_GE(check_rb(tree.root, nullptr), 0) << "after step " << i;
        ASSERT_TRUE(tree.root == nullptr || tree.root->color == LV_RB_COLOR_BLACK);
    }
    ASSERT_FALSE(model.empty());
    EXPECT_EQ(*static_cast<int *>(lv_rb_minimum(&tree)->data), *model.begin());
    EXPECT_EQ(*static_cast<int *>(lv_rb_maximum(&tree)->data), *model.rbegin());
    int first = *model.begin();
    lv_rb_node_t * again = lv_rb_insert(&tree, &first);
    EXPECT_EQ(again, lv_rb_find(&tree, &first)); /* an existing key gives its node */
    int * data = static_cast<int *>(lv_rb_remove(&tree, &first));
    ASSERT_NE(data, nullptr);
    EXPECT_EQ(*data, first);
    lv_free(data);
    EXPECT_EQ(lv_rb_find(&tree, &first), nullptr);
    EXPECT_EQ(lv_rb_remove(&tree, &first), nullptr);
    lv_rb_destroy(&tree);
    EXPECT_EQ(tree.root, nullptr);
    EXPECT_EQ(lv_rb_minimum(&tree), nullptr);
}

namespace {

struct named_node_t {
    lv_tree_node_t base;
    int value;
};

std::vector<std::string> g_tree_log;

void named_ctor(const lv_tree_class_t *, lv_tree_node_t * n) { reinterpret_cast<named_node_t *>(n)->value = 7; }
void named_dtor(const lv_tree_class_t *, lv_tree_node_t * n)
{
    g_tree_log.push_back("del " + std::to_string(reinterpret_cast<named_node_t *>(n)->value));
}

const lv_tree_class_t named_class = {&lv_tree_node_class, sizeof(named_node_t), named_ctor, named_dtor};

named_node_t * make(lv_tree_node_t * parent, int value)
{
    auto * n = reinterpret_cast<named_node_t *>(lv_tree_node_create(&named_class, parent));
    EXPECT_EQ(n->value, 7); /* the constructor ran */
    n->value = value;
    return n;
}

} // namespace

TEST_F(DataStructures, TreeWalkAndDelete)
{
    g_tree_log.clear();
    named_node_t * root = make(nullptr, 1);
    named_node_t * a = make(&root->base, 2);
    make(&a->base, 3);
    make(&a->base, 4);
    make(&root->base, 5);
    EXPECT_EQ(root->base.child_cnt, 2u);
    EXPECT_EQ(a->base.parent, &root->base);

    auto visit = [](const lv_tree_node_t * n, void * ud) {
        static_cast<std::vector<int> *>(ud)->push_back(reinterpret_cast<const named_node_t *>(n)->value);
        return true;
    };
    std::vector<int> pre, post;
    EXPECT_TRUE(lv_tree_walk(&root->base, LV_TREE_WALK_PRE_ORDER, visit, nullptr, nullptr, &pre));
    EXPECT_TRUE(lv_tree_walk(&root->base, LV_TREE_WALK_POST_ORDER, visit, nullptr, nullptr, &post));
    EXPECT_EQ(pre, (std::vector<int>{1, 2, 3, 4, 5}));
    EXPECT_EQ(post, (std::vector<int>{3, 4, 2, 5, 1}));

    /* the before-callback skips a subtree, the traverse callback stops the walk */
    std::vector<int> skipped;
    lv_tree_walk(&root->base, LV_TREE_WALK_PRE_ORDER, visit,
                 [](const lv_tree_node_t * n, void *) { return reinterpret_cast<const named_node_t *>(n)->value != 2; },
                 nullptr, &skipped);
    EXPECT_EQ(skipped, (std::vector<int>{1, 5}));
    std::vector<int> stopped;
    bool done = lv_tree_walk(&root->base, LV_TREE_WALK_PRE_ORDER, [](const lv_tree_node_t * n, void * ud) {
        static_cast<std::vector<int> *>(ud)->push_back(reinterpret_cast<const named_node_t *>(n)->value);
        return reinterpret_cast<const named_node_t *>(n)->value != 3;
    }, nullptr, nullptr, &stopped);
    EXPECT_FALSE(done);
    EXPECT_EQ(stopped, (std::vector<int>{1, 2, 3}));

    lv_tree_node_delete(&a->base);
    EXPECT_EQ(root->base.child_cnt, 1u);
    EXPECT_EQ(g_tree_log, (std::vector<std::string>{"del 3", "del 4", "del 2"}));
    lv_tree_node_delete(&root->base);
    EXPECT_FALSE(lv_tree_walk(nullptr, LV_TREE_WALK_PRE_ORDER, visit, nullptr, nullptr, &pre));
}
