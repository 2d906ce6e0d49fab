#include "png_io.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace pngio {
namespace {

const uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

uint32_t be32(const uint8_t* p) {
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3];
}

void put_be32(std::vector<uint8_t>& v, uint32_t x) {
    v.push_back(uint8_t(x >> 24));
    v.push_back(uint8_t(x >> 16));
    v.push_back(uint8_t(x >> 8));
    v.push_back(uint8_t(x));
}

bool read_file(const std::string& path, std::vector<uint8_t>* data) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    uint8_t buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data->insert(data->end(), buf, buf + n);
    std::fclose(f);
    return true;
}

int paeth(int a, int b, int c) {
    int p = a + b - c;
    int pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    if (pa <= pb && pa <= pc) return a;
    return pb <= pc ? b : c;
}

// Reverses the per-row filters in place; raw holds (1 + stride) bytes per row.
bool unfilter(std::vector<uint8_t>& raw, int height, size_t stride, int bpp,
              std::vector<uint8_t>* out) {
    out->assign(stride * height, 0);
    for (int y = 0; y < height; y++) {
        const uint8_t* in = &raw[y * (stride + 1)];
        uint8_t filter = in[0];
        in++;
        uint8_t* row = &(*out)[y * stride];
        const uint8_t* prev = y ? row - stride : nullptr;
        for (size_t x = 0; x < stride; x++) {
            int a = x >= size_t(bpp) ? row[x - bpp] : 0;
            int b = prev ? prev[x] : 0;
            int c = (prev && x >= size_t(bpp)) ? prev[x - bpp] : 0;
            int v = in[x];
            switch (filter) {
                case 0: break;
                case 1: v += a; break;
                case 2: v += b; break;
                case 3: v += (a + b) / 2; break;
                case 4: v += paeth(a, b, c); break;
                default: return false;
            }
            row[x] = uint8_t(v);
        }
    }
    return true;
}

}  // namespace

bool read_png(const std::string& path, Image* out, std::string* error) {
    std::vector<uint8_t> data;
    if (!read_file(path, &data)) {
        *error = "cannot read " + path;
        return false;
    }
    if (data.size() < 8 || std::memcmp(data.data(), kSignature, 8) != 0) {
        *error = path + " is not a PNG file";
        return false;
    }
    uint32_t width = 0, height = 0;
    int depth = 0, color_type = 0, interlace = 0;
    std::vector<uint8_t> idat, palette, trns;
    size_t pos = 8;
    while (pos + 12 <= data.size()) {
        uint32_t len = be32(&data[pos]);
        if (pos + 12 + len > data.size()) break;
        std::string type(reinterpret_cast<const char*>(&data[pos + 4]), 4);
        const uint8_t* body = &data[pos + 8];
        if (type == "IHDR" && len >= 13) {
            width = be32(body);
            height = be32(body + 4);
            depth = body[8];
            color_type = body[9];
            interlace = body[12];
        } else if (type == "PLTE") {
            palette.assign(body, body + len);
        } else if (type == "tRNS") {
            trns.assign(body, body + len);
        } else if (type == "IDAT") {
            idat.insert(idat.end(), body, body + len);
        } else if (type == "IEND") {
            break;
        }
        pos += 12 + len;
    }
    if (depth != 8 || interlace != 0 || width == 0 || height == 0 || width > 1 << 15 ||
        height > 1 << 15) {
        *error = path + ": only non-interlaced 8-bit PNGs are supported";
        return false;
    }
    int channels;
    switch (color_type) {
        case 0: channels = 1; break;
        case 2: channels = 3; break;
        case 3: channels = 1; break;
        case 4: channels = 2; break;
        case 6: channels = 4; break;
        default: *error = path + ": unknown color type"; return false;
    }
    size_t stride = size_t(width) * channels;
    std::vector<uint8_t> raw((stride + 1) * height);
    uLongf raw_len = raw.size();
    if (uncompress(raw.data(), &raw_len, idat.data(), idat.size()) != Z_OK ||
        raw_len != raw.size()) {
        *error = path + ": corrupt image data";
        return false;
    }
    std::vector<uint8_t> pixels;
    if (!unfilter(raw, int(height), stride, channels, &pixels)) {
        *error = path + ": bad row filter";
        return false;
    }
    out->width = int(width);
    out->height = int(height);
    out->rgba.resize(size_t(width) * height * 4);
    for (size_t i = 0; i < size_t(width) * height; i++) {
        const uint8_t* s = &pixels[i * channels];
        uint8_t* d = &out->rgba[i * 4];
        switch (color_type) {
            case 0: d[0] = d[1] = d[2] = s[0]; d[3] = 255; break;
            case 2: d[0] = s[0]; d[1] = s[1]; d[2] = s[2]; d[3] = 255; break;
            case 4: d[0] = d[1] = d[2] = s[0]; d[3] = s[1]; break;
            case 6: std::memcpy(d, s, 4); break;
            case 3: {
                size_t k = s[0];
                if (k * 3 + 2 >= palette.size()) {
                    *error = path + ": palette index out of range";
                    return false;
                }
                d[0] = palette[k * 3];
                d[1] = palette[k * 3 + 1];
                d[2] = palette[k * 3 + 2];
                d[3] = k < trns.size() ? trns[k] : 255;
                break;
            }
        }
    }
    return true;
}

bool write_png(const std::string& path, const Image& img, std::string* error) {
    size_t stride = size_t(img.width) * 4;
    std::vector<uint8_t> raw;
    raw.reserve((stride + 1) * img.height);
    for (int y = 0; y < img.height; y++) {
        raw.push_back(0);
        raw.insert(raw.end(), &img.rgba[y * stride], &img.rgba[y * stride] + stride);
    }
    uLongf zlen = compressBound(raw.size());
    std::vector<uint8_t> z(zlen);
    if (compress(z.data(), &zlen, raw.data(), raw.size()) != Z_OK) {
        *error = "compression failed";
        return false;
    }
    z.resize(zlen);

    std::vector<uint8_t> file(kSignature, kSignature + 8);
    auto chunk = [&file](const char* type, const std::vector<uint8_t>& body) {
        put_be32(file, uint32_t(body.size()));
        size_t start = file.size();
        file.insert(file.end(), type, type + 4);
        file.insert(file.end(), body.begin(), body.end());
        put_be32(file, uint32_t(crc32(0, &file[start], uInt(file.size() - start))));
    };
    std::vector<uint8_t> ihdr;
    put_be32(ihdr, uint32_t(img.width));
    put_be32(ihdr, uint32_t(img.height));
    ihdr.insert(ihdr.end(), {8, 6, 0, 0, 0});
    chunk("IHDR", ihdr);
    chunk("IDAT", z);
    chunk("IEND", {});

    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(file.data(), 1, file.size(), f) != file.size()) {
        if (f) std::fclose(f);
        *error = "cannot write " + path;
        return false;
    }
    std::fclose(f);
    return true;
}

DiffResult compare(const Image& a, const Image& b, int tolerance, Image* diff_out) {
    DiffResult r;
    r.total = long(a.width) * a.height;
    if (diff_out) {
        diff_out->width = a.width;
        diff_out->height = a.height;
        diff_out->rgba.assign(a.rgba.size(), 255);
    }
    for (long i = 0; i < r.total; i++) {
        const uint8_t* pa = &a.rgba[i * 4];
        const uint8_t* pb = &b.rgba[i * 4];
        int delta = 0;
        for (int c = 0; c < 3; c++) delta = std::max(delta, std::abs(int(pa[c]) - int(pb[c])));
        r.max_delta = std::max(r.max_delta, delta);
        bool differs = delta > tolerance;
        if (differs) r.differing++;
        if (diff_out) {
            uint8_t* d = &diff_out->rgba[i * 4];
            if (differs) {
                d[0] = 255; d[1] = 0; d[2] = 0;
            } else {
                uint8_t grey = uint8_t(192 + (pa[0] + pa[1] + pa[2]) / 12);
                d[0] = d[1] = d[2] = grey;
            }
        }
    }
    return r;
}

}  // namespace pngio
