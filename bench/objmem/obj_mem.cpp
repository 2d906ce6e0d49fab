// Engine heap per object: the sizes of the core structs and, through a counting allocator,
// the bytes and allocations each widget takes, raw and rounded to the 16-byte blocks of the
// interpreter's GC heap (where pyvgl puts engine memory). The binding adds one DELETE event
// callback per object a script touches; the "+ event cb" rows include it.
//
//   build/bench/objmem/obj_mem
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "lv_obj_private.h"
#include "lvgl.h"

namespace {

struct Counter {
    size_t raw = 0;     // bytes asked for
    size_t blocks = 0;  // bytes in 16-byte blocks
    size_t count = 0;   // live allocations
};
Counter g_live;

size_t in_blocks(size_t size) { return (size + 15) / 16 * 16; }

// a size header in front of each block lets the tool count live bytes
void * counting_alloc(size_t size)
{
    auto * p = static_cast<size_t *>(std::malloc(size + sizeof(size_t) * 2));
    if(!p) return nullptr;
    p[0] = size;
    g_live.raw += size;
    g_live.blocks += in_blocks(size);
    g_live.count++;
    return p + 2;
}

void counting_free(void * ptr)
{
    if(!ptr) return;
    auto * p = static_cast<size_t *>(ptr) - 2;
    g_live.raw -= p[0];
    g_live.blocks -= in_blocks(p[0]);
    g_live.count--;
    std::free(p);
}

void * counting_realloc(void * ptr, size_t size)
{
    if(!ptr) return counting_alloc(size);
    void * n = counting_alloc(size);
    if(!n) return nullptr;
    size_t old = (static_cast<size_t *>(ptr) - 2)[0];
    std::memcpy(n, ptr, old < size ? old : size);
    counting_free(ptr);
    return n;
}

void noop_event(lv_event_t *) {}

/** Average engine heap of `make(parent)` over `n` objects on a fresh screen. */
template <typename F> void report(const char * name, F make, int n = 100)
{
    lv_obj_t * scr = lv_obj_create(nullptr);
    Counter before = g_live;
    for(int i = 0; i < n; i++) make(scr);
    std::printf("%-28s %7.1f B  %7.1f B in blocks  %5.2f allocations\n", name, double(g_live.raw - before.raw) / n,
                double(g_live.blocks - before.blocks) / n, double(g_live.count - before.count) / n);
    lv_obj_delete(scr);
}

lv_obj_t * watched(lv_obj_t * obj)
{
    lv_obj_add_event_cb(obj, noop_event, LV_EVENT_DELETE, nullptr);
    return obj;
}

} // namespace

int main()
{
    const lv_mem_allocator_t a = {counting_alloc, counting_realloc, counting_free, nullptr};
    lv_mem_set_allocator(&a);
    lv_init();
    lv_display_create(320, 240);  // screens and the theme need a display; nothing is drawn

    std::printf("sizeof lv_obj_t %zu, lv_obj_spec_attr_t %zu, lv_obj_style_t %zu, lv_style_t %zu, lv_event_dsc_t %zu\n",
                sizeof(lv_obj_t), sizeof(lv_obj_spec_attr_t), sizeof(lv_obj_style_t), sizeof(lv_style_t),
                sizeof(lv_event_dsc_t));
    std::printf("instance size: obj %u, button %u, label %u, slider %u\n", unsigned(lv_obj_class.instance_size),
                unsigned(lv_button_class.instance_size), unsigned(lv_label_class.instance_size),
                unsigned(lv_slider_class.instance_size));
    report("obj", [](lv_obj_t * p) { lv_obj_create(p); });
    report("obj + event cb", [](lv_obj_t * p) { watched(lv_obj_create(p)); });
    report("button", [](lv_obj_t * p) { lv_button_create(p); });
    report("label", [](lv_obj_t * p) { lv_label_create(p); });
    report("button + label 'B12'", [](lv_obj_t * p) { lv_label_set_text(lv_label_create(lv_button_create(p)), "B12"); });
    report("button + label + event cbs", [](lv_obj_t * p) {
        lv_label_set_text(watched(lv_label_create(watched(lv_button_create(p)))), "B12");
    });
    report("slider", [](lv_obj_t * p) { lv_slider_create(p); });
    lv_deinit();
    return 0;
}
