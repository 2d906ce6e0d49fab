/**
 * @file lv_fs_private.h
 * What the engine's own file readers (fonts, image decoders) use of lv_fs.
 */
#ifndef LV_FS_PRIVATE_H
#define LV_FS_PRIVATE_H

#include "lv_fs.h"

/** Reads all of an open file into a new lv_malloc block (lv_free it); NULL if it cannot be
 *  read, is empty or is larger than `max_size`. */
void * lv_fs_read_all(lv_fs_file_t * file_p, uint32_t max_size, uint32_t * size);

/** Reads a whole file: through the driver of its letter when one is registered, else (a
 *  plain path, or a letter no driver has: pyvgl is lenient there, LVGL fails) with stdio
 *  directly. The block comes from lv_malloc (lv_free it); NULL if the file cannot be read
 *  or is larger than `max_size`. */
void * lv_fs_load_file(const char * path, uint32_t max_size, uint32_t * size);

#endif
