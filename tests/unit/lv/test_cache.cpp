// lv_cache: LRU eviction of unreferenced entries by count and by size, references keep an
// entry (a dropped one lives until released), acquire_or_create, entry/node round trips; the
// image header cache answers for a file without asking the decoders again.
#include "lv_fixture.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Node {
    lv_cache_slot_size_t slot;
    int key;
    int value;
};

std::vector<int> g_freed;

lv_cache_compare_res_t cmp(const void * a, const void * b)
{
    const int ka = static_cast<const Node *>(a)->key, kb = static_cast<const Node *>(b)->key;
    return static_cast<lv_cache_compare_res_t>(ka < kb ? -1 : ka > kb ? 1 : 0);
}

bool create(void * node, void *)
{
    Node * n = static_cast<Node *>(node);
    n->value = n->key * 10;
    return n->key >= 0; /* negative keys cannot be made */
}

void free_node(void * node, void *) { g_freed.push_back(static_cast<Node *>(node)->key); }

Node key(int k, size_t size = 1)
{
    Node n = {};
    n.slot.size = size;
    n.key = k;
    return n;
}

using CacheTest = LvTest;

TEST_F(CacheTest, CountCacheEvictsLeastRecentlyUsedUnreferenced)
{
    g_freed.clear();
    lv_cache_ops_t ops = {cmp, create, free_node};
    lv_cache_t * c = lv_cache_create(&lv_cache_class_lru_rb_count, sizeof(Node), 3, ops);
    ASSERT_NE(c, nullptr);
    lv_cache_set_name(c, "test");
    EXPECT_STREQ(lv_cache_get_name(c), "test");
    for(int k = 1; k <= 3; k++) {
        Node n = key(k);
        lv_cache_release(c, lv_cache_add(c, &n, nullptr), nullptr);
    }
    EXPECT_EQ(lv_cache_get_size(c, nullptr), 3u);
    EXPECT_EQ(lv_cache_get_free_size(c, nullptr), 0u);
    Node k1 = key(1);
    lv_cache_entry_t * e1 = lv_cache_acquire(c, &k1, nullptr); /* 1 is now the most recent, and held */
    ASSERT_NE(e1, nullptr);
    EXPECT_EQ(lv_cache_entry_get_ref(e1), 1);
    Node k4 = key(4);
    lv_cache_release(c, lv_cache_add(c, &k4, nullptr), nullptr);
    EXPECT_EQ(g_freed, std::vector<int>{2}); /* the least recently used */
    /* acquire_or_create makes missing entries with create_cb */
    Node k7 = key(7);
    lv_cache_entry_t * e7 = lv_cache_acquire_or_create(c, &k7, nullptr);
    ASSERT_NE(e7, nullptr);
    EXPECT_EQ(static_cast<Node *>(lv_cache_entry_get_data(e7))->value, 70);
    EXPECT_EQ(lv_cache_entry_get_entry(lv_cache_entry_get_data(e7), sizeof(Node)), e7);
    EXPECT_EQ(lv_cache_entry_get_cache(e7), c);
    Node bad = key(-1);
    EXPECT_EQ(lv_cache_acquire_or_create(c, &bad, nullptr), nullptr);
    /* a held entry dropped lives on, invalid, until released */
    lv_cache_drop(c, &k1, nullptr);
    EXPECT_TRUE(lv_cache_entry_is_invalid(e1));
    EXPECT_EQ(static_cast<Node *>(lv_cache_entry_get_data(e1))->key, 1);
    lv_cache_release(c, e1, nullptr);
    lv_cache_release(c, e7, nullptr);
    EXPECT_TRUE(lv_cache_evict_one(c, nullptr));
    lv_cache_destroy(c, nullptr);
    std::vector<int> sorted = g_freed;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(sorted, (std::vector<int>{1, 2, 3, 4, 7})); /* a node create_cb refused is not freed */
}

TEST_F(CacheTest, SizeCacheCountsSlotBytes)
{
    g_freed.clear();
    lv_cache_ops_t ops = {cmp, nullptr, free_node};
    lv_cache_t * c = lv_cache_create(&lv_cache_class_lru_ll_size, sizeof(Node), 100, ops);
    Node a = key(1, 60), b = key(2, 30), big = key(3, 101);
    lv_cache_release(c, lv_cache_add(c, &a, nullptr), nullptr);
    lv_cache_release(c, lv_cache_add(c, &b, nullptr), nullptr);
    EXPECT_EQ(lv_cache_get_size(c, nullptr), 90u);
    EXPECT_EQ(lv_cache_add(c, &big, nullptr), nullptr); /* larger than the whole cache */
    lv_cache_reserve(c, 50, nullptr);                   /* 60 + 30 + 50 > 100: the oldest goes */
    EXPECT_EQ(g_freed, std::vector<int>{1});
    EXPECT_EQ(lv_cache_get_size(c, nullptr), 30u);
    lv_cache_set_max_size(c, 0, nullptr);
    EXPECT_FALSE(lv_cache_is_enabled(c));
    EXPECT_EQ(lv_cache_add(c, &a, nullptr), nullptr);
    lv_cache_drop_all(c, nullptr);
    EXPECT_EQ(lv_cache_get_size(c, nullptr), 0u);
    lv_cache_destroy(c, nullptr);
    ops.compare_cb = nullptr;
    EXPECT_EQ(lv_cache_create(&lv_cache_class_lru_rb_count, sizeof(Node), 3, ops), nullptr);
}

int g_infos;
lv_result_t counting_info(lv_image_decoder_t * d, lv_image_decoder_dsc_t * dsc, lv_image_header_t * h)
{
    g_infos++;
    return lv_bin_decoder_info(d, dsc, h);
}

TEST_F(CacheTest, HeaderCacheRemembersFileHeaders)
{
    lv_fs_drv_t drv;
    lv_fs_drv_init(&drv);
    lv_fs_drv_init_stdio(&drv);
    drv.letter = 'T';
    lv_fs_drv_register(&drv);
    lv_draw_buf_t * buf = lv_draw_buf_create(6, 3, LV_COLOR_FORMAT_RGB565, 0);
    ASSERT_EQ(lv_draw_buf_save_to_file(buf, "T:/tmp/pyvgl_header_cache.bin"), LV_RESULT_OK);
    lv_draw_buf_destroy(buf);
    /* a decoder in front of the others that counts how often it is asked */
    lv_image_decoder_t * d = lv_image_decoder_create();
    lv_image_decoder_set_info_cb(d, counting_info);
    lv_image_decoder_set_open_cb(d, lv_bin_decoder_open);
    lv_image_decoder_set_close_cb(d, lv_bin_decoder_close);
    EXPECT_FALSE(lv_image_header_cache_is_enabled());
    ASSERT_EQ(lv_image_header_cache_init(4), LV_RESULT_OK);
    EXPECT_TRUE(lv_image_header_cache_is_enabled());
    g_infos = 0;
    lv_image_header_t h;
    for(int i = 0; i < 3; i++) ASSERT_EQ(lv_image_decoder_get_info("T:/tmp/pyvgl_header_cache.bin", &h), LV_RESULT_OK);
    EXPECT_EQ(h.w, 6u);
    EXPECT_EQ(g_infos, 1);
    lv_image_header_cache_drop("T:/tmp/pyvgl_header_cache.bin");
    lv_image_decoder_get_info("T:/tmp/pyvgl_header_cache.bin", &h);
    EXPECT_EQ(g_infos, 2);
    lv_image_header_cache_resize(0, true);
    lv_image_decoder_get_info("T:/tmp/pyvgl_header_cache.bin", &h);
    lv_image_decoder_get_info("T:/tmp/pyvgl_header_cache.bin", &h);
    EXPECT_EQ(g_infos, 4);
    std::remove("/tmp/pyvgl_header_cache.bin");
}

} // namespace
