/**
 * @file tk_area.h
 * Points and areas; enums whose typedef is a narrower integer; constants through macros.
 */
#ifndef TK_AREA_H
#define TK_AREA_H

#include "tk_types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    int32_t x;
    int32_t y;
} tk_point_t;

typedef struct {
    int32_t x1;
    int32_t y1;
    int32_t x2;
    int32_t y2;
} tk_area_t;

/** Directions: the enum gives the names, the typedef stores them in a byte. */
enum _tk_dir_t {
    TK_DIR_NONE = 0x00,
    TK_DIR_LEFT = (1 << 0),
    TK_DIR_RIGHT = (1 << 1),
    TK_DIR_HOR = TK_DIR_LEFT | TK_DIR_RIGHT,
};
typedef uint8_t tk_dir_t;

void tk_area_set(tk_area_t * area_p, int32_t x1, int32_t y1, int32_t x2, int32_t y2);

/** Width of an area (written `inline static`, as some headers do). */
inline static int32_t tk_area_get_width(const tk_area_t * area_p)
{
    return area_p->x2 - area_p->x1 + 1;
}

/** Private by name: a leading underscore. */
bool _tk_area_intersect(tk_area_t * res_p, const tk_area_t * a1_p, const tk_area_t * a2_p);

#define TK_COORD_TYPE_SHIFT (29U)
#define TK_COORD_SET_SPEC(x) ((x) | (1 << TK_COORD_TYPE_SHIFT))
#define TK_PCT(x) (x < 0 ? TK_COORD_SET_SPEC(1000 - (x)) : TK_COORD_SET_SPEC(x))
#define TK_SIZE_CONTENT TK_COORD_SET_SPEC(2001)
TK_EXPORT_CONST_INT(TK_SIZE_CONTENT);

#define TK_COORD_MAX ((1 << TK_COORD_TYPE_SHIFT) - 1)
#define TK_COORD_MIN (-TK_COORD_MAX)
TK_EXPORT_CONST_INT(TK_COORD_MAX);
TK_EXPORT_CONST_INT(TK_COORD_MIN);

/** A percentage as a coordinate. */
static inline int32_t tk_pct(int32_t x)
{
    return TK_PCT(x);
}

#ifdef __cplusplus
} /*extern "C"*/
#endif

#endif /*TK_AREA_H*/
