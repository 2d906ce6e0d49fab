/**
 * @file lv_version.h
 * The LVGL version this engine implements the API of.
 */
#ifndef LV_VERSION_H
#define LV_VERSION_H

#ifdef __cplusplus
extern "C" {
#endif

#define LVGL_VERSION_MAJOR 9
#define LVGL_VERSION_MINOR 3
#define LVGL_VERSION_PATCH 0
#define LVGL_VERSION_INFO ""

/** True when this version is x.y.z or a later one with the same major version. */
#define LV_VERSION_CHECK(x, y, z) ((x) == LVGL_VERSION_MAJOR && ((y) < LVGL_VERSION_MINOR || ((y) == LVGL_VERSION_MINOR && (z) <= LVGL_VERSION_PATCH)))

int lv_version_major(void);
int lv_version_minor(void);
int lv_version_patch(void);
/** The release tag after the numbers ("" for a release, "dev" for a development version). */
const char * lv_version_info(void);

#ifdef __cplusplus
}
#endif

#endif
