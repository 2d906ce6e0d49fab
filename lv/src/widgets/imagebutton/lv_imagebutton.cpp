/**
 * @file lv_imagebutton.cpp
 * Image button: per state a left cap (drawn at the left edge), a right cap (at the right
 * edge) and a middle image tiled in between. A state without images borrows those of a
 * related one (pressed -> released, checked pressed -> checked released -> pressed...).
 * The height follows the middle image; the width is the user's, or the middle image's
 * when it is alone.
 */
#include "core/lv_obj_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"
#include "draw/lv_image_resolve.h"

namespace {

struct Part {
    const void * src;
    int32_t w;
    int32_t h;
};

struct lv_imagebutton_t {
    lv_obj_t obj;
    Part left[LV_IMAGEBUTTON_STATE_NUM];
    Part mid[LV_IMAGEBUTTON_STATE_NUM];
    Part right[LV_IMAGEBUTTON_STATE_NUM];
};

void imagebutton_event(const lv_obj_class_t * class_p, lv_event_t * e);
void imagebutton_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

} // namespace

extern "C" const lv_obj_class_t lv_imagebutton_class = {
    &lv_obj_class, nullptr, imagebutton_destructor, imagebutton_event, nullptr, "imagebutton",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_imagebutton_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_imagebutton_t * as_ib(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_imagebutton_class)) return nullptr; /* NULL or another widget */
    return reinterpret_cast<lv_imagebutton_t *>(obj);
}

lv_imagebutton_state_t state_of(const lv_obj_t * obj)
{
    const lv_state_t s = lv_obj_get_state(obj);
    const bool checked = s & LV_STATE_CHECKED;
    if(s & LV_STATE_DISABLED) return checked ? LV_IMAGEBUTTON_STATE_CHECKED_DISABLED : LV_IMAGEBUTTON_STATE_DISABLED;
    if(s & LV_STATE_PRESSED) return checked ? LV_IMAGEBUTTON_STATE_CHECKED_PRESSED : LV_IMAGEBUTTON_STATE_PRESSED;
    return checked ? LV_IMAGEBUTTON_STATE_CHECKED_RELEASED : LV_IMAGEBUTTON_STATE_RELEASED;
}

/** The state whose images stand in for `s` when `s` has no middle image. */
lv_imagebutton_state_t fallback(const lv_imagebutton_t * ib, lv_imagebutton_state_t s)
{
    static const lv_imagebutton_state_t R = LV_IMAGEBUTTON_STATE_RELEASED, P = LV_IMAGEBUTTON_STATE_PRESSED,
                                        CR = LV_IMAGEBUTTON_STATE_CHECKED_RELEASED;
    /* candidates in order of preference, ending at the state itself */
    static const lv_imagebutton_state_t order[LV_IMAGEBUTTON_STATE_NUM][3] = {
        {R, R, R}, {R, R, R}, {R, R, R}, {R, R, R}, {CR, P, R}, {CR, R, R},
    };
    if(ib->mid[s].src) return s;
    for(lv_imagebutton_state_t c : order[s]) {
        if(c != s && ib->mid[c].src) return c;
    }
    return s;
}

lv_imagebutton_state_t shown_state(lv_obj_t * obj) { return fallback(as_ib(obj), state_of(obj)); }

/** A path is our own copy (the caller's string may go away, a Python one in particular). */
void release_part(Part * p)
{
    if(p->src && lv_image_src_get_type(p->src) == LV_IMAGE_SRC_FILE) lv_free(const_cast<void *>(p->src));
    *p = Part{nullptr, 0, 0};
}

void set_part(Part * p, const void * src)
{
    const lv_image_dsc_t * img = src ? lv_image_cache_resolve(src) : nullptr;
    if(img && lv_image_src_get_type(src) == LV_IMAGE_SRC_FILE) src = lv_widget_strdup(static_cast<const char *>(src));
    release_part(p);
    if(img == nullptr || src == nullptr) return; /* NULL, or a source that cannot be drawn */
    *p = Part{src, (int32_t)img->header.w, (int32_t)img->header.h};
}

void imagebutton_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_imagebutton_t * ib = reinterpret_cast<lv_imagebutton_t *>(obj);
    for(int s = 0; s < LV_IMAGEBUTTON_STATE_NUM; s++) {
        release_part(&ib->left[s]);
        release_part(&ib->mid[s]);
        release_part(&ib->right[s]);
    }
}

void refresh(lv_obj_t * obj)
{
    const Part & mid = as_ib(obj)->mid[shown_state(obj)];
    if(mid.src == nullptr) return;
    lv_obj_refresh_self_size(obj);
    lv_obj_set_height(obj, mid.h); /* the width stays the user's */
    lv_obj_invalidate(obj);
}

void draw_part(lv_layer_t * layer, lv_draw_image_dsc_t * dsc, const Part & p, int32_t x, int32_t y)
{
    lv_area_t a = {x, y, x + p.w - 1, y + p.h - 1};
    dsc->src = p.src;
    lv_draw_image(layer, dsc, &a);
}

void draw_main(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_imagebutton_t * ib = as_ib(obj);
    const lv_imagebutton_state_t s = shown_state(obj);
    lv_area_t c = obj->coords;
    lv_area_increase(&c, lv_obj_get_style_transform_width(obj, LV_PART_MAIN),
                     lv_obj_get_style_transform_height(obj, LV_PART_MAIN));
    lv_draw_image_dsc_t dsc;
    lv_draw_image_dsc_init(&dsc);
    lv_obj_init_draw_image_dsc(obj, LV_PART_MAIN, &dsc);
    const Part & left = ib->left[s];
    const Part & right = ib->right[s];
    const Part & mid = ib->mid[s];
    if(left.src) draw_part(layer, &dsc, left, c.x1, c.y1);
    if(right.src) draw_part(layer, &dsc, right, c.x2 - right.w + 1, c.y1);
    if(mid.src == nullptr || mid.w <= 0) return;
    /* the middle image repeated between the caps, clipped to that span */
    lv_area_t span = {c.x1 + (left.src ? left.w : 0), c.y1, c.x2 - (right.src ? right.w : 0), c.y2};
    lv_area_t clip;
    if(!lv_area_intersect(&clip, &span, &layer->_clip_area)) return;
    const lv_area_t clip_ori = layer->_clip_area;
    layer->_clip_area = clip;
    for(int32_t x = span.x1; x <= span.x2; x += mid.w) draw_part(layer, &dsc, mid, x, c.y1);
    layer->_clip_area = clip_ori;
}

void imagebutton_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_imagebutton_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_PRESSED:
        case LV_EVENT_RELEASED:
        case LV_EVENT_PRESS_LOST:
            refresh(obj);
            break;
        case LV_EVENT_DRAW_MAIN:
            draw_main(obj, lv_event_get_layer(e));
            break;
        case LV_EVENT_COVER_CHECK: {
            lv_cover_check_info_t * info = static_cast<lv_cover_check_info_t *>(lv_event_get_param(e));
            if(info->res != LV_COVER_RES_MASKED) info->res = LV_COVER_RES_NOT_COVER;
            break;
        }
        case LV_EVENT_GET_SELF_SIZE: {
            lv_imagebutton_t * ib = as_ib(obj);
            const lv_imagebutton_state_t s = shown_state(obj);
            lv_point_t * p = lv_event_get_self_size_info(e);
            if(!ib->left[s].src && ib->mid[s].src && !ib->right[s].src) p->x = LV_MAX(p->x, ib->mid[s].w);
            break;
        }
        default:
            break;
    }
}

bool valid_state(lv_imagebutton_state_t s) { return (unsigned)s < LV_IMAGEBUTTON_STATE_NUM; }

} // namespace

extern "C" {

lv_obj_t * lv_imagebutton_create(lv_obj_t * parent) { return lv_widget_create(&lv_imagebutton_class, parent); }

void lv_imagebutton_set_src(lv_obj_t * obj, lv_imagebutton_state_t state, const void * src_left,
                            const void * src_mid, const void * src_right)
{
    lv_imagebutton_t * ib = as_ib(obj);
    if(ib == nullptr || !valid_state(state)) return;
    set_part(&ib->left[state], src_left);
    set_part(&ib->mid[state], src_mid);
    set_part(&ib->right[state], src_right);
    refresh(obj);
}

void lv_imagebutton_set_state(lv_obj_t * obj, lv_imagebutton_state_t state)
{
    if(as_ib(obj) == nullptr || !valid_state(state)) return;
    lv_state_t s = LV_STATE_DEFAULT;
    if(state == LV_IMAGEBUTTON_STATE_PRESSED || state == LV_IMAGEBUTTON_STATE_CHECKED_PRESSED) s |= LV_STATE_PRESSED;
    if(state == LV_IMAGEBUTTON_STATE_DISABLED || state == LV_IMAGEBUTTON_STATE_CHECKED_DISABLED) s |= LV_STATE_DISABLED;
    if(state >= LV_IMAGEBUTTON_STATE_CHECKED_RELEASED) s |= LV_STATE_CHECKED;
    lv_obj_remove_state(obj, LV_STATE_CHECKED | LV_STATE_PRESSED | LV_STATE_DISABLED);
    lv_obj_add_state(obj, s);
    refresh(obj);
}

const void * lv_imagebutton_get_src_left(lv_obj_t * obj, lv_imagebutton_state_t state)
{
    lv_imagebutton_t * ib = as_ib(obj);
    return ib && valid_state(state) ? ib->left[state].src : nullptr;
}

const void * lv_imagebutton_get_src_middle(lv_obj_t * obj, lv_imagebutton_state_t state)
{
    lv_imagebutton_t * ib = as_ib(obj);
    return ib && valid_state(state) ? ib->mid[state].src : nullptr;
}

const void * lv_imagebutton_get_src_right(lv_obj_t * obj, lv_imagebutton_state_t state)
{
    lv_imagebutton_t * ib = as_ib(obj);
    return ib && valid_state(state) ? ib->right[state].src : nullptr;
}

} // extern "C"
