/**
 * @file lv_fs_stdio.cpp
 * A file system driver over the C library's FILE functions (LVGL's LV_USE_FS_STDIO): the
 * path after the drive letter is given to fopen as is, relative to the working directory.
 * On a board without files fopen fails and so does every open.
 */
#include <stdio.h>

#include "lvgl.h"

namespace {

void * stdio_open(lv_fs_drv_t * drv, const char * path, lv_fs_mode_t mode)
{
    LV_UNUSED(drv);
    const char * flags = mode == LV_FS_MODE_WR ? "wb" : mode == (LV_FS_MODE_WR | LV_FS_MODE_RD) ? "rb+" : "rb";
    return fopen(path, flags);
}

lv_fs_res_t stdio_close(lv_fs_drv_t * drv, void * file_p)
{
    LV_UNUSED(drv);
    return fclose(static_cast<FILE *>(file_p)) == 0 ? LV_FS_RES_OK : LV_FS_RES_FS_ERR;
}

lv_fs_res_t stdio_read(lv_fs_drv_t * drv, void * file_p, void * buf, uint32_t btr, uint32_t * br)
{
    LV_UNUSED(drv);
    *br = (uint32_t)fread(buf, 1, btr, static_cast<FILE *>(file_p));
    return ferror(static_cast<FILE *>(file_p)) ? LV_FS_RES_FS_ERR : LV_FS_RES_OK;
}

lv_fs_res_t stdio_write(lv_fs_drv_t * drv, void * file_p, const void * buf, uint32_t btw, uint32_t * bw)
{
    LV_UNUSED(drv);
    *bw = (uint32_t)fwrite(buf, 1, btw, static_cast<FILE *>(file_p));
    return *bw == btw ? LV_FS_RES_OK : LV_FS_RES_FS_ERR;
}

lv_fs_res_t stdio_seek(lv_fs_drv_t * drv, void * file_p, uint32_t pos, lv_fs_whence_t whence)
{
    LV_UNUSED(drv);
    const int w = whence == LV_FS_SEEK_END ? SEEK_END : whence == LV_FS_SEEK_CUR ? SEEK_CUR : SEEK_SET;
    return fseek(static_cast<FILE *>(file_p), (long)pos, w) == 0 ? LV_FS_RES_OK : LV_FS_RES_FS_ERR;
}

lv_fs_res_t stdio_tell(lv_fs_drv_t * drv, void * file_p, uint32_t * pos_p)
{
    LV_UNUSED(drv);
    long pos = ftell(static_cast<FILE *>(file_p));
    if(pos < 0) return LV_FS_RES_FS_ERR;
    *pos_p = (uint32_t)pos;
    return LV_FS_RES_OK;
}

} // namespace

extern "C" void lv_fs_drv_use_stdio(lv_fs_drv_t * drv)
{
    if(drv == nullptr) return;
    drv->ready_cb = nullptr;
    drv->open_cb = stdio_open;
    drv->close_cb = stdio_close;
    drv->read_cb = stdio_read;
    drv->write_cb = stdio_write;
    drv->seek_cb = stdio_seek;
    drv->tell_cb = stdio_tell;
    drv->dir_open_cb = nullptr; /* directories: not in the C library */
    drv->dir_read_cb = nullptr;
    drv->dir_close_cb = nullptr;
    lv_fs_drv_register(drv);
}
