// The page's pointer and keyboard as LVGL input devices. The page sends events whenever the
// browser has them; the engine reads its devices in its timer handler. Events are queued so
// a press and a release arriving between two reads (a quick click) are both seen: the read
// callbacks hand them over one by one with continue_reading.
#include "ports/web/web_input.h"

namespace {

constexpr int QUEUE_LEN = 64;  // more pending events than this: the oldest are dropped

struct PointerEvent {
  int32_t x, y;
  bool pressed;
};

struct KeyEvent {
  uint32_t key;
  bool pressed;
};

// A ring buffer of T; the last state stays readable when it is empty (LVGL reads the
// current state on every poll, not only changes).
template <typename T>
struct EventQueue {
  T items[QUEUE_LEN];
  int head = 0, count = 0;
  T last{};

  void push(const T& e) {
    if (count == QUEUE_LEN) {
      head = (head + 1) % QUEUE_LEN;
      count--;
    }
    items[(head + count) % QUEUE_LEN] = e;
    count++;
  }
  // the next event (or the last state again); true when more are waiting after it
  bool pop(T* out) {
    if (count > 0) {
      last = items[head];
      head = (head + 1) % QUEUE_LEN;
      count--;
    }
    *out = last;
    return count > 0;
  }
};

EventQueue<PointerEvent> g_pointer;
EventQueue<KeyEvent> g_keys;

void read_pointer(lv_indev_t*, lv_indev_data_t* data) {
  PointerEvent e;
  data->continue_reading = g_pointer.pop(&e);
  data->point.x = e.x;
  data->point.y = e.y;
  data->state = e.pressed ? LV_INDEV_STATE_PRESSED : LV_INDEV_STATE_RELEASED;
}

void read_keys(lv_indev_t*, lv_indev_data_t* data) {
  KeyEvent e;
  data->continue_reading = g_keys.pop(&e);
  data->key = e.key;
  data->state = e.pressed ? LV_INDEV_STATE_PRESSED : LV_INDEV_STATE_RELEASED;
}

lv_indev_t* make_indev(lv_display_t* disp, lv_indev_type_t type, lv_indev_read_cb_t read) {
  lv_indev_t* indev = lv_indev_create();
  if (!indev) return nullptr;
  lv_indev_set_type(indev, type);
  lv_indev_set_read_cb(indev, read);
  lv_indev_set_display(indev, disp);
  return indev;
}

}  // namespace

void web_input_create(lv_display_t* disp) {
  make_indev(disp, LV_INDEV_TYPE_POINTER, read_pointer);
  lv_indev_t* keypad = make_indev(disp, LV_INDEV_TYPE_KEYPAD, read_keys);
  if (!keypad) return;
  // keys go to the focused widget of a group: widgets made from now on join the default one
  if (!lv_group_get_default()) lv_group_set_default(lv_group_create());
  lv_indev_set_group(keypad, lv_group_get_default());
}

void web_input_pointer(int32_t x, int32_t y, bool pressed) { g_pointer.push({x, y, pressed}); }

void web_input_key(uint32_t key) {
  g_keys.push({key, true});
  g_keys.push({key, false});
}
