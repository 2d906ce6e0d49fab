// Host-side PNG reading and writing for tests and tools (uses zlib).
// Images are held as 8-bit RGBA, row after row, no padding.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace pngio {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;  // width * height * 4 bytes
};

// Decodes a non-interlaced PNG of 8-bit depth (gray, gray+alpha, RGB, RGBA or palette).
// On failure returns false and sets *error.
bool read_png(const std::string& path, Image* out, std::string* error);

// Writes 8-bit RGBA.
bool write_png(const std::string& path, const Image& img, std::string* error);

struct DiffResult {
    long differing = 0;   // pixels where some channel differs by more than the tolerance
    long total = 0;
    int max_delta = 0;    // largest channel difference seen anywhere
    double share() const { return total ? double(differing) / double(total) : 0.0; }
};

// Compares two images of the same size. RGB channels only: the alpha of a screenshot
// carries no picture. When diff_out is given it receives a picture of the differences:
// the first image greyed out, differing pixels in red.
DiffResult compare(const Image& a, const Image& b, int tolerance, Image* diff_out);

}  // namespace pngio
