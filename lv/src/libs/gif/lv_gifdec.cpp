/**
 * @file lv_gifdec.cpp
 * GIF decoder written from the GIF89a specification: header, logical screen descriptor and
 * global color table; then blocks: extensions (0x21: graphic control 0xF9, application 0xFF
 * with NETSCAPE2.0's loop count, comment 0xFE, plain text 0x01), images (0x2C: descriptor,
 * local color table, LZW data in sub-blocks) and the trailer (0x3B).
 *
 * Frames are composed the way LVGL's gifdec does: `canvas` holds what the earlier frames
 * left; before the next frame is read the current one is disposed of into it (kept: drawn
 * into the canvas; restore background: its rectangle filled with the background color,
 * transparent when the frame had a transparent color; restore previous: the canvas left as
 * it was). gd_render_frame draws the current frame over a copy of the canvas.
 */
#include "lvgl.h"

#if LV_USE_GIF

namespace {

constexpr int kMaxCodes = 4096;

/** One LZW dictionary entry: the string of its prefix's entry plus `suffix`. */
struct LzwEntry {
    uint16_t prefix;
    uint16_t length;
    uint8_t suffix;
    uint8_t first;
};

bool gif_read(gd_GIF * gif, void * buf, uint32_t n)
{
    if(gif->is_file) {
        uint32_t br = 0;
        return lv_fs_read(&gif->fd, buf, n, &br) == LV_FS_RES_OK && br == n;
    }
    if(gif->f_rw_p > gif->data_size || n > gif->data_size - gif->f_rw_p) return false;
    lv_memcpy(buf, gif->data + gif->f_rw_p, n);
    gif->f_rw_p += n;
    return true;
}

bool gif_seek(gd_GIF * gif, uint32_t pos)
{
    if(gif->is_file) return lv_fs_seek(&gif->fd, pos, LV_FS_SEEK_SET) == LV_FS_RES_OK;
    gif->f_rw_p = pos;
    return true;
}

uint32_t gif_tell(gd_GIF * gif)
{
    if(!gif->is_file) return gif->f_rw_p;
    uint32_t pos = 0;
    lv_fs_tell(&gif->fd, &pos);
    return pos;
}

bool read_u8(gd_GIF * gif, uint8_t * v) { return gif_read(gif, v, 1); }

bool read_u16(gd_GIF * gif, uint16_t * v)
{
    uint8_t b[2];
    if(!gif_read(gif, b, 2)) return false;
    *v = static_cast<uint16_t>(b[0] | (b[1] << 8));
    return true;
}

bool read_palette(gd_GIF * gif, gd_Palette * pal, uint8_t packed)
{
    pal->size = 1 << ((packed & 0x07) + 1);
    return gif_read(gif, pal->colors, 3 * pal->size);
}

/** Skips data sub-blocks up to and including the terminator. */
bool skip_sub_blocks(gd_GIF * gif)
{
    uint8_t size;
    do {
        if(!read_u8(gif, &size)) return false;
        if(size && !gif_seek(gif, gif_tell(gif) + size)) return false;
    } while(size);
    return true;
}

bool read_graphic_control(gd_GIF * gif)
{
    uint8_t size, packed, tindex, end;
    uint16_t delay;
    if(!read_u8(gif, &size) || !read_u8(gif, &packed) || !read_u16(gif, &delay) || !read_u8(gif, &tindex)) return false;
    gif->gce.disposal = (packed >> 2) & 0x07;
    gif->gce.input = (packed >> 1) & 1;
    gif->gce.transparency = packed & 1;
    gif->gce.delay = delay;
    gif->gce.tindex = tindex;
    return read_u8(gif, &end) && (size == 4 || skip_sub_blocks(gif));
}

bool read_application(gd_GIF * gif)
{
    uint8_t size;
    char id_auth[11];
    if(!read_u8(gif, &size) || size != 11 || !gif_read(gif, id_auth, 11)) return false;
    if(lv_memcmp(id_auth, "NETSCAPE2.0", 11) == 0) {
        /* sub-block: size 3, id 1, loop count */
        const uint32_t start = gif_tell(gif);
        uint8_t sub_size, sub_id;
        uint16_t loops;
        if(read_u8(gif, &sub_size) && sub_size == 3 && read_u8(gif, &sub_id) && sub_id == 1 && read_u16(gif, &loops)) {
            /* read once: the block comes round again on every loop */
            if(!gif->loops_read) gif->loop_count = loops;
            gif->file_loop_count = loops;
            gif->loops_read = 1;
        }
        if(!gif_seek(gif, start)) return false;
    }
    else if(gif->application) {
        char id[8];
        char auth[3];
        lv_memcpy(id, id_auth, 8);
        lv_memcpy(auth, id_auth + 8, 3);
        gif->application(gif, id, auth);
    }
    return skip_sub_blocks(gif);
}

bool read_extension(gd_GIF * gif)
{
    uint8_t label;
    if(!read_u8(gif, &label)) return false;
    switch(label) {
        case 0xF9: return read_graphic_control(gif);
        case 0xFF: return read_application(gif);
        case 0xFE:
            if(gif->comment) gif->comment(gif);
            return skip_sub_blocks(gif);
        default: return skip_sub_blocks(gif); /* plain text and unknown extensions: not drawn */
    }
}

/** Reads LZW codes across the image's data sub-blocks. */
struct BitReader {
    gd_GIF * gif;
    uint8_t block[255];
    uint8_t block_len;
    uint8_t block_pos;
    uint32_t bits;
    uint8_t nbits;
    bool ended; /* the terminator (empty sub-block) was read */
};

bool next_byte(BitReader * r, uint8_t * byte)
{
    if(r->block_pos == r->block_len) {
        if(r->ended || !read_u8(r->gif, &r->block_len)) return false;
        if(r->block_len == 0) {
            r->ended = true;
            return false;
        }
        if(!gif_read(r->gif, r->block, r->block_len)) return false;
        r->block_pos = 0;
    }
    *byte = r->block[r->block_pos++];
    return true;
}

/** The next code of `size` bits (least significant first); -1 at the end of the data. */
int read_code(BitReader * r, int size)
{
    while(r->nbits < size) {
        uint8_t byte;
        if(!next_byte(r, &byte)) return -1;
        r->bits |= static_cast<uint32_t>(byte) << r->nbits;
        r->nbits += 8;
    }
    const int code = static_cast<int>(r->bits & ((1u << size) - 1));
    r->bits >>= size;
    r->nbits -= size;
    return code;
}

/** Writes the string of `code` at `pos` (clipped to `count`); returns its length. */
uint32_t emit(const LzwEntry * table, int code, uint8_t * out, uint32_t pos, uint32_t count)
{
    const uint32_t len = table[code].length;
    int c = code;
    for(uint32_t i = len; i-- > 0;) {
        if(pos + i < count) out[pos + i] = table[c].suffix;
        c = table[c].prefix;
    }
    return len;
}

/** Decodes the image's LZW data into gif->frame (fw x fh indexes, rows in stream order).
 *  Pixels the data does not reach get the transparent index (index 0 without one). */
bool decode_lzw(gd_GIF * gif, uint8_t min_size)
{
    if(min_size < 1 || min_size > 11) return false;
    LzwEntry * table = static_cast<LzwEntry *>(gif->lzw);
    const uint32_t count = static_cast<uint32_t>(gif->fw) * gif->fh;
    lv_memset(gif->frame, gif->gce.transparency ? gif->gce.tindex : 0, count);
    const int clear = 1 << min_size;
    const int stop = clear + 1;
    for(int i = 0; i < clear; i++) table[i] = {0, 1, static_cast<uint8_t>(i), static_cast<uint8_t>(i)};
    BitReader r;
    lv_memzero(&r, sizeof(r));
    r.gif = gif;
    int size = min_size + 1;
    int next = clear + 2;
    int prev = -1;
    uint32_t pos = 0;
    bool ok = true;
    for(;;) {
        const int code = read_code(&r, size);
        if(code < 0 || code == stop) break;
        if(code == clear) {
            size = min_size + 1;
            next = clear + 2;
            prev = -1;
            continue;
        }
        if(prev < 0) {
            if(code >= clear) {
                ok = false;
                break;
            }
            pos += emit(table, code, gif->frame, pos, count);
            prev = code;
            continue;
        }
        if(code > next || (code == next && next >= kMaxCodes)) {
            ok = false;
            break;
        }
        if(next < kMaxCodes) {
            /* the new entry: prev's string plus the first byte of code's (prev's own when
             * code is the entry being made) */
            const uint8_t first = code < next ? table[code].first : table[prev].first;
            table[next] = {static_cast<uint16_t>(prev), static_cast<uint16_t>(table[prev].length + 1), first, table[prev].first};
            next++;
            if(next == (1 << size) && size < 12) size++;
        }
        pos += emit(table, code, gif->frame, pos, count);
        prev = code;
    }
    /* the rest of the data (after the end code, or what a bad code left) is skipped */
    if(!r.ended && !skip_sub_blocks(gif)) return false;
    return ok;
}

/** The stream row holding screen row `y` of an interlaced frame of height h (rows stored
 *  as every 8th from 0, every 8th from 4, every 4th from 2, every 2nd from 1). */
uint32_t interlaced_row(uint32_t y, uint32_t h)
{
    const uint32_t n1 = (h + 7) / 8;
    const uint32_t n2 = (h + 3) / 8;
    const uint32_t n3 = (h + 1) / 4;
    if(y % 8 == 0) return y / 8;
    if(y % 8 == 4) return n1 + y / 8;
    if(y % 4 == 2) return n1 + n2 + y / 4;
    return n1 + n2 + n3 + y / 2;
}

bool read_image(gd_GIF * gif)
{
    uint16_t fx, fy, fw, fh;
    uint8_t packed, min_size;
    if(!read_u16(gif, &fx) || !read_u16(gif, &fy) || !read_u16(gif, &fw) || !read_u16(gif, &fh) || !read_u8(gif, &packed)) {
        return false;
    }
    if(static_cast<uint32_t>(fw) * fh > static_cast<uint32_t>(gif->width) * gif->height) return false;
    gif->fx = fx;
    gif->fy = fy;
    gif->fw = fw;
    gif->fh = fh;
    gif->interlaced = (packed & 0x40) != 0;
    if(packed & 0x80) {
        if(!read_palette(gif, &gif->lct, packed)) return false;
        gif->palette = &gif->lct;
    }
    else gif->palette = &gif->gct;
    return read_u8(gif, &min_size) && decode_lzw(gif, min_size);
}

/** Draws the current frame's opaque pixels into `buffer` (width x height ARGB8888). */
void draw_frame(gd_GIF * gif, uint8_t * buffer)
{
    const bool transparent = gif->gce.transparency;
    for(uint32_t y = 0; y < gif->fh && gif->fy + y < gif->height; y++) {
        const uint32_t src_row = gif->interlaced ? interlaced_row(y, gif->fh) : y;
        const uint8_t * in = gif->frame + src_row * gif->fw;
        uint8_t * out = buffer + ((gif->fy + y) * gif->width + gif->fx) * 4;
        for(uint32_t x = 0; x < gif->fw && gif->fx + x < gif->width; x++, out += 4) {
            const uint8_t index = in[x];
            if(transparent && index == gif->gce.tindex) continue;
            const uint8_t * c = gif->palette->colors + index * 3;
            out[0] = c[2];
            out[1] = c[1];
            out[2] = c[0];
            out[3] = 0xFF;
        }
    }
}

/** Fills a rectangle of the canvas with the background color (alpha as given). */
void fill_background(gd_GIF * gif, uint32_t x0, uint32_t y0, uint32_t w, uint32_t h, uint8_t alpha)
{
    const uint8_t * c = gif->palette->colors + gif->bgindex * 3;
    for(uint32_t y = y0; y < y0 + h && y < gif->height; y++) {
        uint8_t * out = gif->canvas + (y * gif->width + x0) * 4;
        for(uint32_t x = x0; x < x0 + w && x < gif->width; x++, out += 4) {
            out[0] = c[2];
            out[1] = c[1];
            out[2] = c[0];
            out[3] = alpha;
        }
    }
}

/** Leaves the canvas as the current frame's disposal method says (before the next frame). */
void dispose(gd_GIF * gif)
{
    if(gif->fw == 0 || gif->fh == 0) return;
    switch(gif->gce.disposal) {
        case 2: fill_background(gif, gif->fx, gif->fy, gif->fw, gif->fh, gif->gce.transparency ? 0x00 : 0xFF); break;
        case 3: break;
        default: draw_frame(gif, gif->canvas); break;
    }
}

bool read_header(gd_GIF * gif)
{
    char sig[6];
    uint8_t packed, aspect;
    if(!gif_read(gif, sig, 6) || (lv_memcmp(sig, "GIF89a", 6) != 0 && lv_memcmp(sig, "GIF87a", 6) != 0)) return false;
    if(!read_u16(gif, &gif->width) || !read_u16(gif, &gif->height) || !read_u8(gif, &packed) || !read_u8(gif, &gif->bgindex) ||
       !read_u8(gif, &aspect)) {
        return false;
    }
    if(gif->width == 0 || gif->height == 0 || gif->width > 0x3FFF) return false;
    gif->depth = ((packed >> 4) & 0x07) + 1;
    if(packed & 0x80) {
        if(!read_palette(gif, &gif->gct, packed)) return false;
    }
    else {
        /* no global table: a gray ramp, so frames without a local table still show */
        gif->gct.size = 256;
        for(int i = 0; i < 256; i++) lv_memset(gif->gct.colors + i * 3, i, 3);
    }
    gif->palette = &gif->gct;
    return true;
}

/** Allocates the canvas (background color, opaque), the frame and the dictionary. */
bool alloc_buffers(gd_GIF * gif)
{
    const uint32_t pixels = static_cast<uint32_t>(gif->width) * gif->height;
    gif->canvas = static_cast<uint8_t *>(lv_malloc(pixels * 4));
    gif->frame = static_cast<uint8_t *>(lv_malloc(pixels));
    gif->lzw = lv_malloc(sizeof(LzwEntry) * kMaxCodes);
    if(gif->canvas == nullptr || gif->frame == nullptr || gif->lzw == nullptr) return false;
    fill_background(gif, 0, 0, gif->width, gif->height, 0xFF);
    return true;
}

gd_GIF * open_gif(gd_GIF * gif)
{
    gif->loop_count = -1;
    if(!read_header(gif) || !alloc_buffers(gif)) {
        gd_close_gif(gif);
        return nullptr;
    }
    gif->anim_start = static_cast<int32_t>(gif_tell(gif));
    return gif;
}

} // namespace

/** Internal: a GIF of `size` bytes in memory (the widget knows the size; reads stay in it). */
gd_GIF * gd_open_gif_data_size(const void * data, uint32_t size)
{
    if(data == nullptr) return nullptr;
    gd_GIF * gif = static_cast<gd_GIF *>(lv_malloc_zeroed(sizeof(gd_GIF)));
    if(gif == nullptr) return nullptr;
    gif->data = static_cast<const char *>(data);
    gif->data_size = size;
    return open_gif(gif);
}

extern "C" {

gd_GIF * gd_open_gif_file(const char * fname)
{
    if(fname == nullptr) return nullptr;
    gd_GIF * gif = static_cast<gd_GIF *>(lv_malloc_zeroed(sizeof(gd_GIF)));
    if(gif == nullptr) return nullptr;
    if(lv_fs_open(&gif->fd, fname, LV_FS_MODE_RD) != LV_FS_RES_OK) {
        lv_free(gif);
        return nullptr;
    }
    gif->is_file = 1;
    return open_gif(gif);
}

gd_GIF * gd_open_gif_data(const void * data) { return gd_open_gif_data_size(data, UINT32_MAX); }

void gd_render_frame(gd_GIF * gif, uint8_t * buffer)
{
    if(gif == nullptr || buffer == nullptr) return;
    lv_memcpy(buffer, gif->canvas, static_cast<size_t>(gif->width) * gif->height * 4);
    if(gif->fw && gif->fh) draw_frame(gif, buffer);
}

int gd_get_frame(gd_GIF * gif)
{
    if(gif == nullptr) return -1;
    dispose(gif);
    /* a graphic control extension applies to one frame */
    lv_memzero(&gif->gce, sizeof(gif->gce));
    gif->fw = gif->fh = 0;
    for(;;) {
        uint8_t sep;
        if(!read_u8(gif, &sep)) return -1;
        if(sep == ',') return read_image(gif) ? 1 : -1;
        if(sep == '!') {
            if(!read_extension(gif)) return -1;
            continue;
        }
        if(sep != ';') return -1;
        /* trailer: loop again unless this was the last loop (0 loops forever) */
        if(!gif_seek(gif, gif->anim_start)) return -1;
        if(gif->loop_count == 1 || gif->loop_count < 0) return 0;
        if(gif->loop_count > 1) gif->loop_count--;
    }
}

void gd_rewind(gd_GIF * gif)
{
    if(gif == nullptr) return;
    gif_seek(gif, gif->anim_start);
    if(gif->loops_read) gif->loop_count = gif->file_loop_count;
    gif->fw = gif->fh = 0;
    lv_memzero(&gif->gce, sizeof(gif->gce));
}

void gd_close_gif(gd_GIF * gif)
{
    if(gif == nullptr) return;
    if(gif->is_file) lv_fs_close(&gif->fd);
    lv_free(gif->canvas);
    lv_free(gif->frame);
    lv_free(gif->lzw);
    lv_free(gif);
}

} // extern "C"

#endif
