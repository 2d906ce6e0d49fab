/**
 * @file lv_fs_stdio.cpp
 * A file system driver on the C library's stdio, plus POSIX directories where they exist;
 * and lv_fs_load_file, which the engine's font loader reads whole files with.
 */
#include "lvgl.h"
#include "misc/lv_fs_private.h"

#include <stdio.h>
#include <string.h>

#if defined(__unix__) || defined(__APPLE__)
#include <dirent.h>
#define LV_FS_STDIO_HAS_DIRS 1
#else
#define LV_FS_STDIO_HAS_DIRS 0
#endif

static const char * stdio_mode(lv_fs_mode_t mode)
{
    if(mode == (LV_FS_MODE_WR | LV_FS_MODE_RD)) return "rb+";
    return mode == LV_FS_MODE_WR ? "wb" : "rb";
}

static void * stdio_open(lv_fs_drv_t *, const char * path, lv_fs_mode_t mode)
{
    return fopen(path, stdio_mode(mode));
}

static lv_fs_res_t stdio_close(lv_fs_drv_t *, void * file_p)
{
    return fclose((FILE *)file_p) == 0 ? LV_FS_RES_OK : LV_FS_RES_FS_ERR;
}

static lv_fs_res_t stdio_read(lv_fs_drv_t *, void * file_p, void * buf, uint32_t btr, uint32_t * br)
{
    *br = (uint32_t)fread(buf, 1, btr, (FILE *)file_p);
    return ferror((FILE *)file_p) ? LV_FS_RES_FS_ERR : LV_FS_RES_OK;
}

static lv_fs_res_t stdio_write(lv_fs_drv_t *, void * file_p, const void * buf, uint32_t btw, uint32_t * bw)
{
    *bw = (uint32_t)fwrite(buf, 1, btw, (FILE *)file_p);
    return *bw == btw ? LV_FS_RES_OK : LV_FS_RES_FULL;
}

static lv_fs_res_t stdio_seek(lv_fs_drv_t *, void * file_p, uint32_t pos, lv_fs_whence_t whence)
{
    int w = whence == LV_FS_SEEK_END ? SEEK_END : whence == LV_FS_SEEK_CUR ? SEEK_CUR : SEEK_SET;
    long offset = whence == LV_FS_SEEK_SET ? (long)pos : (long)(int32_t)pos;
    return fseek((FILE *)file_p, offset, w) == 0 ? LV_FS_RES_OK : LV_FS_RES_FS_ERR;
}

static lv_fs_res_t stdio_tell(lv_fs_drv_t *, void * file_p, uint32_t * pos_p)
{
    long pos = ftell((FILE *)file_p);
    if(pos < 0) return LV_FS_RES_FS_ERR;
    *pos_p = (uint32_t)pos;
    return LV_FS_RES_OK;
}

#if LV_FS_STDIO_HAS_DIRS
static void * stdio_dir_open(lv_fs_drv_t *, const char * path)
{
    return opendir(path[0] ? path : ".");
}

/** Names as LVGL gives them: directories with a leading '/', "." and ".." skipped. */
static lv_fs_res_t stdio_dir_read(lv_fs_drv_t *, void * dir_p, char * fn, uint32_t fn_len)
{
    struct dirent * e;
    do {
        e = readdir((DIR *)dir_p);
        if(e == NULL) {
            fn[0] = '\0';
            return LV_FS_RES_OK;
        }
    } while(strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0);
    bool is_dir = e->d_type == DT_DIR;
    snprintf(fn, fn_len, "%s%s", is_dir ? "/" : "", e->d_name);
    return LV_FS_RES_OK;
}

static lv_fs_res_t stdio_dir_close(lv_fs_drv_t *, void * dir_p)
{
    return closedir((DIR *)dir_p) == 0 ? LV_FS_RES_OK : LV_FS_RES_FS_ERR;
}
#endif

void lv_fs_drv_init_stdio(lv_fs_drv_t * drv)
{
    if(drv == NULL) return;
    drv->open_cb = stdio_open;
    drv->close_cb = stdio_close;
    drv->read_cb = stdio_read;
    drv->write_cb = stdio_write;
    drv->seek_cb = stdio_seek;
    drv->tell_cb = stdio_tell;
#if LV_FS_STDIO_HAS_DIRS
    drv->dir_open_cb = stdio_dir_open;
    drv->dir_read_cb = stdio_dir_read;
    drv->dir_close_cb = stdio_dir_close;
#endif
}

void * lv_fs_load_file(const char * path, uint32_t max_size, uint32_t * size)
{
    if(path == NULL || size == NULL) return NULL;
    *size = 0;
    lv_fs_file_t f;
    bool has_letter = path[0] != '\0' && path[1] == ':';
    if(has_letter && lv_fs_get_drv(path[0])) {
        if(lv_fs_open(&f, path, LV_FS_MODE_RD) != LV_FS_RES_OK) return NULL;
    } else {
        /* no driver for the letter: the path after it is a plain host path */
        static lv_fs_drv_t plain;  /* never registered: only its callbacks are used */
        if(plain.open_cb == NULL) lv_fs_drv_init_stdio(&plain);
        const char * host_path = has_letter ? path + 2 : path;
        f.file_d = plain.open_cb(&plain, host_path, LV_FS_MODE_RD);
        if(f.file_d == NULL) return NULL;
        f.drv = &plain;
        f.cache = NULL;
    }
    void * data = lv_fs_read_all(&f, max_size, size);
    lv_fs_close(&f);
    return data;
}
