/**
 * @file lv_fs.cpp
 * Drive letters, the calls that route to their drivers, and a per-file read cache.
 */
#include "lvgl.h"
#include "core/lv_global.h"
#include "misc/lv_fs_private.h"

#include <string.h>

#define FS_GLOBALS (&LV_GLOBAL_DEFAULT()->fs)

void lv_fs_drv_init(lv_fs_drv_t * drv)
{
    if(drv) memset(drv, 0, sizeof(*drv));
}

void lv_fs_drv_register(lv_fs_drv_t * drv)
{
    if(drv == NULL) return;
    lv_fs_globals_t * g = FS_GLOBALS;
    for(uint32_t i = 0; i < g->count; i++) {
        if(g->drivers[i]->letter == drv->letter) {
            g->drivers[i] = drv;
            return;
        }
    }
    lv_fs_drv_t ** grown = (lv_fs_drv_t **)lv_realloc(g->drivers, (g->count + 1) * sizeof(lv_fs_drv_t *));
    if(grown == NULL) return;
    g->drivers = grown;
    g->drivers[g->count++] = drv;
}

lv_fs_drv_t * lv_fs_get_drv(char letter)
{
    lv_fs_globals_t * g = FS_GLOBALS;
    for(uint32_t i = 0; i < g->count; i++)
        if(g->drivers[i]->letter == letter) return g->drivers[i];
    return NULL;
}

bool lv_fs_is_ready(char letter)
{
    lv_fs_drv_t * drv = lv_fs_get_drv(letter);
    if(drv == NULL) return false;
    return drv->ready_cb == NULL || drv->ready_cb(drv);
}

/** The path after the drive letter and ':'. */
static const char * real_path(const char * path)
{
    path++;
    if(*path == ':') path++;
    return path;
}

/** The driver of a path's letter, or why there is none usable. */
static lv_fs_res_t driver_of(const char * path, lv_fs_drv_t ** drv)
{
    if(path == NULL || path[0] == '\0') return LV_FS_RES_INV_PARAM;
    *drv = lv_fs_get_drv(path[0]);
    if(*drv == NULL) return LV_FS_RES_NOT_EX;
    if((*drv)->ready_cb && !(*drv)->ready_cb(*drv)) return LV_FS_RES_HW_ERR;
    return LV_FS_RES_OK;
}

/** Drivers report failure to open with NULL (or LVGL's historical (void *)-1). */
static bool open_failed(void * handle)
{
    return handle == NULL || handle == (void *)(intptr_t)-1;
}

lv_fs_res_t lv_fs_open(lv_fs_file_t * file_p, const char * path, lv_fs_mode_t mode)
{
    if(file_p == NULL) return LV_FS_RES_INV_PARAM;
    file_p->file_d = NULL;
    file_p->drv = NULL;
    file_p->cache = NULL;
    lv_fs_drv_t * drv;
    lv_fs_res_t res = driver_of(path, &drv);
    if(res != LV_FS_RES_OK) return res;
    if(drv->open_cb == NULL) return LV_FS_RES_NOT_IMP;
    void * handle = drv->open_cb(drv, real_path(path), mode);
    if(open_failed(handle)) return LV_FS_RES_UNKNOWN;
    file_p->file_d = handle;
    file_p->drv = drv;
    if(drv->cache_size) {
        file_p->cache = (lv_fs_file_cache_t *)lv_zalloc(sizeof(lv_fs_file_cache_t));
        if(file_p->cache == NULL) {
            lv_fs_close(file_p);
            return LV_FS_RES_OUT_OF_MEM;
        }
        file_p->cache->start = UINT32_MAX;  /* nothing cached yet */
    }
    return LV_FS_RES_OK;
}

void lv_fs_make_path_from_buffer(lv_fs_path_ex_t * path, char letter, const void * buf, uint32_t size)
{
    if(path == NULL) return;
    path->path[0] = letter;
    path->path[1] = ':';
    path->path[2] = '\0';
    path->path[3] = '\0';
    path->buffer = buf;
    path->size = size;
}

lv_fs_res_t lv_fs_close(lv_fs_file_t * file_p)
{
    if(file_p == NULL || file_p->drv == NULL) return LV_FS_RES_INV_PARAM;
    lv_fs_res_t res = file_p->drv->close_cb ? file_p->drv->close_cb(file_p->drv, file_p->file_d) : LV_FS_RES_NOT_IMP;
    if(file_p->cache) {
        lv_free(file_p->cache->buffer);
        lv_free(file_p->cache);
    }
    file_p->file_d = NULL;
    file_p->drv = NULL;
    file_p->cache = NULL;
    return res;
}

static lv_fs_res_t driver_read(lv_fs_file_t * file_p, void * buf, uint32_t btr, uint32_t * br)
{
    lv_fs_drv_t * drv = file_p->drv;
    if(drv->read_cb == NULL) return LV_FS_RES_NOT_IMP;
    uint32_t got = 0;
    lv_fs_res_t res = drv->read_cb(drv, file_p->file_d, buf, btr, &got);
    *br = got > btr ? btr : got;  /* a driver must not claim more than was asked */
    return res;
}

static lv_fs_res_t driver_seek(lv_fs_file_t * file_p, uint32_t pos, lv_fs_whence_t whence)
{
    lv_fs_drv_t * drv = file_p->drv;
    return drv->seek_cb ? drv->seek_cb(drv, file_p->file_d, pos, whence) : LV_FS_RES_NOT_IMP;
}

/** Loads the cache with the block starting at the current position. */
static lv_fs_res_t cache_fill(lv_fs_file_t * file_p)
{
    lv_fs_file_cache_t * c = file_p->cache;
    uint32_t size = file_p->drv->cache_size;
    if(c->buffer == NULL) {
        c->buffer = lv_malloc(size);
        if(c->buffer == NULL) return LV_FS_RES_OUT_OF_MEM;
    }
    lv_fs_res_t res = driver_seek(file_p, c->file_position, LV_FS_SEEK_SET);
    if(res != LV_FS_RES_OK) return res;
    uint32_t got = 0;
    res = driver_read(file_p, c->buffer, size, &got);
    c->start = got ? c->file_position : UINT32_MAX;
    c->end = got ? c->file_position + got - 1 : 0;
    return res;
}

static bool cache_holds(const lv_fs_file_cache_t * c, uint32_t pos)
{
    return c->start != UINT32_MAX && pos >= c->start && pos <= c->end;
}

static lv_fs_res_t cached_read(lv_fs_file_t * file_p, uint8_t * buf, uint32_t btr, uint32_t * br)
{
    lv_fs_file_cache_t * c = file_p->cache;
    *br = 0;
    /* reads larger than the cache go straight to the driver */
    if(btr > file_p->drv->cache_size && !cache_holds(c, c->file_position)) {
        lv_fs_res_t res = driver_seek(file_p, c->file_position, LV_FS_SEEK_SET);
        if(res == LV_FS_RES_OK) res = driver_read(file_p, buf, btr, br);
        c->file_position += *br;
        return res;
    }
    while(*br < btr) {
        if(!cache_holds(c, c->file_position)) {
            lv_fs_res_t res = cache_fill(file_p);
            if(res != LV_FS_RES_OK) return res;
            if(!cache_holds(c, c->file_position)) break;  /* end of file */
        }
        uint32_t offset = c->file_position - c->start;
        uint32_t avail = c->end - c->file_position + 1;
        uint32_t n = btr - *br < avail ? btr - *br : avail;
        memcpy(buf + *br, (uint8_t *)c->buffer + offset, n);
        *br += n;
        c->file_position += n;
    }
    return LV_FS_RES_OK;
}

lv_fs_res_t lv_fs_read(lv_fs_file_t * file_p, void * buf, uint32_t btr, uint32_t * br)
{
    uint32_t dummy;
    if(br == NULL) br = &dummy;
    *br = 0;
    if(file_p == NULL || file_p->drv == NULL || buf == NULL) return LV_FS_RES_INV_PARAM;
    if(file_p->cache) return cached_read(file_p, (uint8_t *)buf, btr, br);
    return driver_read(file_p, buf, btr, br);
}

lv_fs_res_t lv_fs_write(lv_fs_file_t * file_p, const void * buf, uint32_t btw, uint32_t * bw)
{
    uint32_t dummy;
    if(bw == NULL) bw = &dummy;
    *bw = 0;
    if(file_p == NULL || file_p->drv == NULL || buf == NULL) return LV_FS_RES_INV_PARAM;
    lv_fs_drv_t * drv = file_p->drv;
    if(drv->write_cb == NULL) return LV_FS_RES_NOT_IMP;
    lv_fs_file_cache_t * c = file_p->cache;
    if(c) {
        lv_fs_res_t res = driver_seek(file_p, c->file_position, LV_FS_SEEK_SET);
        if(res != LV_FS_RES_OK) return res;
        c->start = UINT32_MAX;  /* the cached bytes may be stale now */
    }
    lv_fs_res_t res = drv->write_cb(drv, file_p->file_d, buf, btw, bw);
    if(c) c->file_position += *bw;
    return res;
}

/** The file's size through the driver (seek to the end and tell), for SEEK_END with a cache. */
static lv_fs_res_t driver_size(lv_fs_file_t * file_p, uint32_t * size)
{
    lv_fs_drv_t * drv = file_p->drv;
    if(drv->tell_cb == NULL) return LV_FS_RES_NOT_IMP;
    lv_fs_res_t res = driver_seek(file_p, 0, LV_FS_SEEK_END);
    return res == LV_FS_RES_OK ? drv->tell_cb(drv, file_p->file_d, size) : res;
}

lv_fs_res_t lv_fs_seek(lv_fs_file_t * file_p, uint32_t pos, lv_fs_whence_t whence)
{
    if(file_p == NULL || file_p->drv == NULL) return LV_FS_RES_INV_PARAM;
    lv_fs_file_cache_t * c = file_p->cache;
    if(c == NULL) return driver_seek(file_p, pos, whence);
    switch(whence) {
        case LV_FS_SEEK_SET: c->file_position = pos; return LV_FS_RES_OK;
        case LV_FS_SEEK_CUR: c->file_position += pos; return LV_FS_RES_OK;
        case LV_FS_SEEK_END: {
            uint32_t size = 0;
            lv_fs_res_t res = driver_size(file_p, &size);
            if(res == LV_FS_RES_OK) c->file_position = size + pos;
            return res;
        }
        default: return LV_FS_RES_INV_PARAM;
    }
}

lv_fs_res_t lv_fs_tell(lv_fs_file_t * file_p, uint32_t * pos)
{
    if(file_p == NULL || file_p->drv == NULL || pos == NULL) return LV_FS_RES_INV_PARAM;
    if(file_p->cache) {
        *pos = file_p->cache->file_position;
        return LV_FS_RES_OK;
    }
    lv_fs_drv_t * drv = file_p->drv;
    return drv->tell_cb ? drv->tell_cb(drv, file_p->file_d, pos) : LV_FS_RES_NOT_IMP;
}

void * lv_fs_read_all(lv_fs_file_t * f, uint32_t max_size, uint32_t * size)
{
    uint32_t len = 0;
    if(lv_fs_seek(f, 0, LV_FS_SEEK_END) != LV_FS_RES_OK || lv_fs_tell(f, &len) != LV_FS_RES_OK) return NULL;
    if(len == 0 || len > max_size || lv_fs_seek(f, 0, LV_FS_SEEK_SET) != LV_FS_RES_OK) return NULL;
    uint8_t * data = (uint8_t *)lv_malloc(len);
    uint32_t got = 0;
    if(data && lv_fs_read(f, data, len, &got) == LV_FS_RES_OK && got == len) {
        *size = len;
        return data;
    }
    lv_free(data);
    return NULL;
}

lv_fs_res_t lv_fs_dir_open(lv_fs_dir_t * rddir_p, const char * path)
{
    if(rddir_p == NULL) return LV_FS_RES_INV_PARAM;
    rddir_p->dir_d = NULL;
    rddir_p->drv = NULL;
    lv_fs_drv_t * drv;
    lv_fs_res_t res = driver_of(path, &drv);
    if(res != LV_FS_RES_OK) return res;
    if(drv->dir_open_cb == NULL) return LV_FS_RES_NOT_IMP;
    void * handle = drv->dir_open_cb(drv, real_path(path));
    if(open_failed(handle)) return LV_FS_RES_UNKNOWN;
    rddir_p->dir_d = handle;
    rddir_p->drv = drv;
    return LV_FS_RES_OK;
}

lv_fs_res_t lv_fs_dir_read(lv_fs_dir_t * rddir_p, char * fn, uint32_t fn_len)
{
    if(fn == NULL || fn_len == 0) return LV_FS_RES_INV_PARAM;
    fn[0] = '\0';
    if(rddir_p == NULL || rddir_p->drv == NULL || rddir_p->dir_d == NULL) return LV_FS_RES_INV_PARAM;
    lv_fs_drv_t * drv = rddir_p->drv;
    if(drv->dir_read_cb == NULL) return LV_FS_RES_NOT_IMP;
    lv_fs_res_t res = drv->dir_read_cb(drv, rddir_p->dir_d, fn, fn_len);
    fn[fn_len - 1] = '\0';
    return res;
}

lv_fs_res_t lv_fs_dir_close(lv_fs_dir_t * rddir_p)
{
    if(rddir_p == NULL || rddir_p->drv == NULL || rddir_p->dir_d == NULL) return LV_FS_RES_INV_PARAM;
    lv_fs_drv_t * drv = rddir_p->drv;
    lv_fs_res_t res = drv->dir_close_cb ? drv->dir_close_cb(drv, rddir_p->dir_d) : LV_FS_RES_NOT_IMP;
    rddir_p->dir_d = NULL;
    rddir_p->drv = NULL;
    return res;
}

char * lv_fs_get_letters(char * buf)
{
    if(buf == NULL) return NULL;
    lv_fs_globals_t * g = FS_GLOBALS;
    uint32_t i = 0;
    for(; i < g->count; i++) buf[i] = g->drivers[i]->letter;
    buf[i] = '\0';
    return buf;
}

const char * lv_fs_get_ext(const char * fn)
{
    if(fn == NULL) return "";
    const char * dot = strrchr(fn, '.');
    if(dot == NULL || strchr(dot, '/') || strchr(dot, '\\')) return "";
    return dot + 1;
}

static bool is_separator(char c)
{
    return c == '/' || c == '\\';
}

/** Index just past the last character of the path that is not a trailing separator. */
static size_t trimmed_length(const char * path)
{
    size_t len = strlen(path);
    while(len > 0 && is_separator(path[len - 1])) len--;
    return len;
}

char * lv_fs_up(char * path)
{
    if(path == NULL) return NULL;
    size_t len = trimmed_length(path);
    path[len] = '\0';
    while(len > 0 && !is_separator(path[len - 1])) len--;
    if(len > 1) path[len - 1] = '\0';  /* drop the separator and the last component */
    return path;
}

const char * lv_fs_get_last(const char * path)
{
    if(path == NULL) return NULL;
    size_t len = trimmed_length(path);
    size_t start = len;
    while(start > 0 && !is_separator(path[start - 1])) start--;
    return start > 0 ? path + start : path;
}
