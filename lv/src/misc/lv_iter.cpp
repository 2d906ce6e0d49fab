/**
 * @file lv_iter.cpp
 * Iterator with an optional look-ahead: peeked elements wait in a ring buffer and lv_iter_next
 * takes them from there before asking next_cb for more.
 */
#include "lvgl.h"

struct _lv_iter_t {
    void * instance;
    void * context;
    lv_iter_next_cb next_cb;
    lv_circle_buf_t * peek_buf; /**< elements produced ahead (peekable iterators only) */
    uint32_t elem_size;
    uint32_t peek_offset;       /**< the peek position, counted from the next element */
};

namespace {

bool fetch_ahead(void * buf, uint32_t buff_len, int32_t index, void * user_data)
{
    LV_UNUSED(buff_len);
    LV_UNUSED(index);
    auto * iter = static_cast<lv_iter_t *>(user_data);
    return iter->next_cb(iter->instance, iter->context, buf) == LV_RESULT_OK;
}

} // namespace

extern "C" {

lv_iter_t * lv_iter_create(void * instance, uint32_t elem_size, uint32_t context_size, lv_iter_next_cb next_cb)
{
    if(!next_cb) return nullptr;
    auto * iter = static_cast<lv_iter_t *>(lv_malloc_zeroed(sizeof(lv_iter_t)));
    if(!iter) return nullptr;
    if(context_size) {
        iter->context = lv_malloc_zeroed(context_size);
        if(!iter->context) {
            lv_free(iter);
            return nullptr;
        }
    }
    iter->instance = instance;
    iter->elem_size = elem_size;
    iter->next_cb = next_cb;
    return iter;
}

void * lv_iter_get_context(const lv_iter_t * iter) { return iter ? iter->context : nullptr; }

void lv_iter_destroy(lv_iter_t * iter)
{
    if(!iter) return;
    lv_circle_buf_destroy(iter->peek_buf);
    lv_free(iter->context);
    lv_free(iter);
}

lv_result_t lv_iter_next(lv_iter_t * iter, void * elem)
{
    if(!iter) return LV_RESULT_INVALID;
    if(!lv_circle_buf_is_empty(iter->peek_buf)) {
        if(iter->peek_offset) iter->peek_offset--;
        return lv_circle_buf_read(iter->peek_buf, elem);
    }
    if(elem) return iter->next_cb(iter->instance, iter->context, elem);
    /* the caller does not want the element: produce it into scratch space */
    void * scratch = lv_malloc(iter->elem_size);
    if(!scratch) return LV_RESULT_INVALID;
    lv_result_t res = iter->next_cb(iter->instance, iter->context, scratch);
    lv_free(scratch);
    return res;
}

void lv_iter_make_peekable(lv_iter_t * iter, uint32_t capacity)
{
    if(!iter || capacity == 0 || iter->peek_buf) return;
    iter->peek_buf = lv_circle_buf_create(capacity, iter->elem_size);
}

lv_result_t lv_iter_peek(lv_iter_t * iter, void * elem)
{
    if(!iter || !iter->peek_buf) return LV_RESULT_INVALID;
    uint32_t have = lv_circle_buf_size(iter->peek_buf);
    if(iter->peek_offset >= have) {
        uint32_t needed = iter->peek_offset + 1 - have;
        if(lv_circle_buf_fill(iter->peek_buf, needed, fetch_ahead, iter) != needed) return LV_RESULT_INVALID;
    }
    return lv_circle_buf_peek_at(iter->peek_buf, iter->peek_offset, elem);
}

lv_result_t lv_iter_peek_advance(lv_iter_t * iter)
{
    if(!iter || !iter->peek_buf || iter->peek_offset + 1 >= lv_circle_buf_capacity(iter->peek_buf)) {
        return LV_RESULT_INVALID;
    }
    iter->peek_offset++;
    return LV_RESULT_OK;
}

lv_result_t lv_iter_peek_reset(lv_iter_t * iter)
{
    if(!iter || !iter->peek_buf) return LV_RESULT_INVALID;
    iter->peek_offset = 0;
    return LV_RESULT_OK;
}

void lv_iter_inspect(lv_iter_t * iter, lv_iter_inspect_cb inspect_cb)
{
    if(!iter || !inspect_cb) return;
    void * elem = lv_malloc_zeroed(iter->elem_size);
    if(!elem) return;
    while(lv_iter_next(iter, elem) == LV_RESULT_OK) inspect_cb(elem);
    lv_free(elem);
}

} // extern "C"
