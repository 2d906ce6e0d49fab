/**
 * @file lv_array.cpp
 * Growable array of fixed-size elements.
 */
#include "lvgl.h"

namespace {

uint8_t * element_ptr(const lv_array_t * array, uint32_t index)
{
    return array->data + static_cast<size_t>(index) * array->element_size;
}

/** Room for `needed` elements: grows own storage (doubling), fails for a caller's buffer. */
bool reserve(lv_array_t * array, uint32_t needed)
{
    if(needed <= array->capacity) return true;
    uint32_t cap = array->capacity ? array->capacity : LV_ARRAY_DEFAULT_CAPACITY;
    while(cap < needed) cap = cap > UINT32_MAX / 2 ? needed : cap * 2;
    return lv_array_resize(array, cap);
}

} // namespace

extern "C" {

void lv_array_init(lv_array_t * array, uint32_t capacity, uint32_t element_size)
{
    if(!array) return;
    lv_memzero(array, sizeof(*array));
    array->element_size = element_size;
    array->inner_alloc = true;
    if(capacity && element_size) {
        array->data = static_cast<uint8_t *>(lv_malloc(static_cast<size_t>(capacity) * element_size));
        if(array->data) array->capacity = capacity;
    }
}

void lv_array_init_from_buf(lv_array_t * array, void * buf, uint32_t capacity, uint32_t element_size)
{
    if(!array) return;
    array->data = static_cast<uint8_t *>(buf);
    array->size = 0;
    array->capacity = buf ? capacity : 0;
    array->element_size = element_size;
    array->inner_alloc = false;
}

bool lv_array_resize(lv_array_t * array, uint32_t new_capacity)
{
    if(!array || !array->inner_alloc || array->element_size == 0) return false;
    if(new_capacity == array->capacity) return true;
    if(new_capacity == 0) {
        lv_free(array->data);
        array->data = nullptr;
    }
    else {
        void * data = lv_realloc(array->data, static_cast<size_t>(new_capacity) * array->element_size);
        if(!data) return false;
        array->data = static_cast<uint8_t *>(data);
    }
    array->capacity = new_capacity;
    if(array->size > new_capacity) array->size = new_capacity;
    return true;
}

void lv_array_deinit(lv_array_t * array)
{
    if(!array) return;
    if(array->inner_alloc) lv_free(array->data);
    array->data = nullptr;
    array->size = 0;
    array->capacity = 0;
}

uint32_t lv_array_size(const lv_array_t * array) { return array ? array->size : 0; }

uint32_t lv_array_capacity(const lv_array_t * array) { return array ? array->capacity : 0; }

bool lv_array_is_empty(const lv_array_t * array) { return lv_array_size(array) == 0; }

bool lv_array_is_full(const lv_array_t * array) { return !array || array->size == array->capacity; }

void lv_array_copy(lv_array_t * target, const lv_array_t * source)
{
    if(!target || !source || target == source) return;
    lv_array_deinit(target);
    lv_array_init(target, source->capacity, source->element_size);
    if(source->size && target->capacity >= source->size) {
        lv_memcpy(target->data, source->data, static_cast<size_t>(source->size) * source->element_size);
        target->size = source->size;
    }
}

void lv_array_clear(lv_array_t * array)
{
    if(array) array->size = 0;
}

void lv_array_shrink(lv_array_t * array)
{
    if(array && array->inner_alloc && array->size < array->capacity) lv_array_resize(array, array->size);
}

lv_result_t lv_array_remove(lv_array_t * array, uint32_t index)
{
    if(!array || index >= array->size) return LV_RESULT_INVALID;
    return lv_array_erase(array, index, index + 1);
}

lv_result_t lv_array_erase(lv_array_t * array, uint32_t start, uint32_t end)
{
    if(!array || start >= array->size || end <= start) return LV_RESULT_INVALID;
    if(end > array->size) end = array->size;
    lv_memmove(element_ptr(array, start), element_ptr(array, end),
               static_cast<size_t>(array->size - end) * array->element_size);
    array->size -= end - start;
    return LV_RESULT_OK;
}

lv_result_t lv_array_concat(lv_array_t * array, const lv_array_t * other)
{
    if(!array || !other || array->element_size != other->element_size) return LV_RESULT_INVALID;
    uint32_t count = other->size;
    if(count > UINT32_MAX - array->size || !reserve(array, array->size + count)) return LV_RESULT_INVALID;
    lv_memmove(element_ptr(array, array->size), other->data, static_cast<size_t>(count) * array->element_size);
    array->size += count;
    return LV_RESULT_OK;
}

lv_result_t lv_array_push_back(lv_array_t * array, const void * element)
{
    if(!array || array->size == UINT32_MAX || !reserve(array, array->size + 1)) return LV_RESULT_INVALID;
    uint8_t * slot = element_ptr(array, array->size);
    if(element) lv_memcpy(slot, element, array->element_size);
    else lv_memzero(slot, array->element_size);
    array->size++;
    return LV_RESULT_OK;
}

lv_result_t lv_array_assign(lv_array_t * array, uint32_t index, const void * value)
{
    if(!array || !value || index >= array->size) return LV_RESULT_INVALID;
    lv_memcpy(element_ptr(array, index), value, array->element_size);
    return LV_RESULT_OK;
}

void * lv_array_at(const lv_array_t * array, uint32_t index)
{
    if(!array || index >= array->size) return nullptr;
    return element_ptr(array, index);
}

void * lv_array_front(const lv_array_t * array) { return lv_array_at(array, 0); }

void * lv_array_back(const lv_array_t * array)
{
    return array && array->size ? lv_array_at(array, array->size - 1) : nullptr;
}

} // extern "C"
