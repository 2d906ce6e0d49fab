/**
 * @file lv_circle_buf.cpp
 * Ring buffer: `head` is the slot of the oldest element and `count` the elements stored, so
 * the i-th oldest is in slot (head + i) % capacity. The array's size is kept at its capacity
 * so every slot is addressable with lv_array_at.
 */
#include "lvgl.h"

struct _lv_circle_buf_t {
    lv_array_t array;
    uint32_t head;
    uint32_t count;
};

namespace {

lv_circle_buf_t * wrap(const lv_array_t & storage)
{
    auto * cb = static_cast<lv_circle_buf_t *>(lv_malloc_zeroed(sizeof(lv_circle_buf_t)));
    if(!cb) return nullptr;
    cb->array = storage;
    cb->array.size = storage.capacity;
    return cb;
}

/** The slot of the i-th oldest element (i == count: the slot written next). */
void * slot(const lv_circle_buf_t * cb, uint32_t i)
{
    uint32_t cap = cb->array.capacity;
    return cap ? lv_array_at(&cb->array, static_cast<uint32_t>((static_cast<uint64_t>(cb->head) + i) % cap)) : nullptr;
}

void copy_out(const lv_circle_buf_t * cb, uint32_t i, void * data)
{
    if(data) lv_memcpy(data, slot(cb, i), cb->array.element_size);
}

} // namespace

extern "C" {

lv_circle_buf_t * lv_circle_buf_create(uint32_t capacity, uint32_t element_size)
{
    lv_array_t storage;
    lv_array_init(&storage, capacity, element_size);
    if(capacity && element_size && !storage.data) return nullptr;
    lv_circle_buf_t * cb = wrap(storage);
    if(!cb) lv_array_deinit(&storage);
    return cb;
}

lv_circle_buf_t * lv_circle_buf_create_from_buf(void * buf, uint32_t capacity, uint32_t element_size)
{
    if(!buf) return nullptr;
    lv_array_t storage;
    lv_array_init_from_buf(&storage, buf, capacity, element_size);
    return wrap(storage);
}

lv_circle_buf_t * lv_circle_buf_create_from_array(const lv_array_t * array)
{
    if(!array || !array->data) return nullptr;
    lv_array_t storage;
    lv_array_init_from_buf(&storage, array->data, array->capacity, array->element_size);
    return wrap(storage);
}

lv_result_t lv_circle_buf_resize(lv_circle_buf_t * circle_buf, uint32_t capacity)
{
    if(!circle_buf || !circle_buf->array.inner_alloc) return LV_RESULT_INVALID;
    if(capacity == circle_buf->array.capacity) return LV_RESULT_OK;
    /* move the elements into a new block in order, keeping the oldest that fit */
    lv_array_t grown;
    lv_array_init(&grown, capacity, circle_buf->array.element_size);
    if(capacity && !grown.data) return LV_RESULT_INVALID;
    uint32_t keep = LV_MIN(lv_circle_buf_size(circle_buf), capacity);
    for(uint32_t i = 0; i < keep; i++) lv_array_push_back(&grown, slot(circle_buf, i));
    lv_array_deinit(&circle_buf->array);
    circle_buf->array = grown;
    circle_buf->array.size = capacity;
    circle_buf->head = 0;
    circle_buf->count = keep;
    return LV_RESULT_OK;
}

void lv_circle_buf_destroy(lv_circle_buf_t * circle_buf)
{
    if(!circle_buf) return;
    lv_array_deinit(&circle_buf->array);
    lv_free(circle_buf);
}

uint32_t lv_circle_buf_size(const lv_circle_buf_t * circle_buf)
{
    return circle_buf ? circle_buf->count : 0;
}

uint32_t lv_circle_buf_capacity(const lv_circle_buf_t * circle_buf)
{
    return circle_buf ? circle_buf->array.capacity : 0;
}

uint32_t lv_circle_buf_remain(const lv_circle_buf_t * circle_buf)
{
    return lv_circle_buf_capacity(circle_buf) - lv_circle_buf_size(circle_buf);
}

bool lv_circle_buf_is_empty(const lv_circle_buf_t * circle_buf) { return lv_circle_buf_size(circle_buf) == 0; }

bool lv_circle_buf_is_full(const lv_circle_buf_t * circle_buf) { return lv_circle_buf_remain(circle_buf) == 0; }

void lv_circle_buf_reset(lv_circle_buf_t * circle_buf)
{
    if(!circle_buf) return;
    circle_buf->head = 0;
    circle_buf->count = 0;
}

void * lv_circle_buf_head(const lv_circle_buf_t * circle_buf)
{
    return circle_buf ? slot(circle_buf, 0) : nullptr;
}

void * lv_circle_buf_tail(const lv_circle_buf_t * circle_buf)
{
    return circle_buf ? slot(circle_buf, circle_buf->count) : nullptr;
}

lv_result_t lv_circle_buf_read(lv_circle_buf_t * circle_buf, void * data)
{
    if(lv_circle_buf_is_empty(circle_buf)) return LV_RESULT_INVALID;
    copy_out(circle_buf, 0, data);
    circle_buf->head = (circle_buf->head + 1) % circle_buf->array.capacity;
    circle_buf->count--;
    return LV_RESULT_OK;
}

lv_result_t lv_circle_buf_write(lv_circle_buf_t * circle_buf, const void * data)
{
    if(!data || lv_circle_buf_is_full(circle_buf)) return LV_RESULT_INVALID;
    lv_memcpy(slot(circle_buf, circle_buf->count), data, circle_buf->array.element_size);
    circle_buf->count++;
    return LV_RESULT_OK;
}

uint32_t lv_circle_buf_fill(lv_circle_buf_t * circle_buf, uint32_t count, lv_circle_buf_fill_cb_t fill_cb,
                            void * user_data)
{
    if(!fill_cb) return 0;
    uint32_t filled = 0;
    while(filled < count && !lv_circle_buf_is_full(circle_buf)) {
        void * dst = slot(circle_buf, circle_buf->count);
        if(!fill_cb(dst, circle_buf->array.element_size, static_cast<int32_t>(filled), user_data)) break;
        circle_buf->count++;
        filled++;
    }
    return filled;
}

lv_result_t lv_circle_buf_skip(lv_circle_buf_t * circle_buf) { return lv_circle_buf_read(circle_buf, nullptr); }

lv_result_t lv_circle_buf_peek(const lv_circle_buf_t * circle_buf, void * data)
{
    return lv_circle_buf_peek_at(circle_buf, 0, data);
}

lv_result_t lv_circle_buf_peek_at(const lv_circle_buf_t * circle_buf, uint32_t index, void * data)
{
    if(index >= lv_circle_buf_size(circle_buf)) return LV_RESULT_INVALID;
    copy_out(circle_buf, index, data);
    return LV_RESULT_OK;
}

} // extern "C"
