/**
 * @file lv_version.cpp
 * The implemented LVGL version, for code that checks it at run time.
 */
#include "lvgl.h"

extern "C" {

int lv_version_major(void) { return LVGL_VERSION_MAJOR; }
int lv_version_minor(void) { return LVGL_VERSION_MINOR; }
int lv_version_patch(void) { return LVGL_VERSION_PATCH; }
const char * lv_version_info(void) { return LVGL_VERSION_INFO; }

} // extern "C"
