// pngdiff: compares two PNG pictures pixel by pixel.
//
//   pngdiff [--tolerance N] [--max-share PERCENT] [--diff OUT.png] A.png B.png
//
// A pixel differs when one of its R, G, B channels differs by more than N (default 24).
// Prints the count and share of differing pixels; exits 0 when the share is at most
// PERCENT (default 1), 1 when it is larger or the sizes differ, 2 on bad input.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "png/png_io.h"

int main(int argc, char** argv) {
    int tolerance = 24;
    double max_share = 1.0;
    std::string diff_path;
    std::string files[2];
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        if (!std::strcmp(argv[i], "--tolerance") && i + 1 < argc) {
            tolerance = std::atoi(argv[++i]);
        } else if (!std::strcmp(argv[i], "--max-share") && i + 1 < argc) {
            max_share = std::atof(argv[++i]);
        } else if (!std::strcmp(argv[i], "--diff") && i + 1 < argc) {
            diff_path = argv[++i];
        } else if (nfiles < 2 && argv[i][0] != '-') {
            files[nfiles++] = argv[i];
        } else {
            std::fprintf(stderr, "usage: pngdiff [--tolerance N] [--max-share PERCENT] "
                                 "[--diff OUT.png] A.png B.png\n");
            return 2;
        }
    }
    if (nfiles != 2) {
        std::fprintf(stderr, "pngdiff: two PNG files are needed\n");
        return 2;
    }
    pngio::Image a, b;
    std::string error;
    if (!pngio::read_png(files[0], &a, &error) || !pngio::read_png(files[1], &b, &error)) {
        std::fprintf(stderr, "pngdiff: %s\n", error.c_str());
        return 2;
    }
    if (a.width != b.width || a.height != b.height) {
        std::printf("size differs: %dx%d vs %dx%d\n", a.width, a.height, b.width, b.height);
        return 1;
    }
    pngio::Image diff;
    pngio::DiffResult r = pngio::compare(a, b, tolerance, diff_path.empty() ? nullptr : &diff);
    double pct = 100.0 * r.share();
    std::printf("differing pixels: %ld of %ld (%.3f%%), tolerance %d, largest delta %d\n",
                r.differing, r.total, pct, tolerance, r.max_delta);
    if (!diff_path.empty() && r.differing && !pngio::write_png(diff_path, diff, &error)) {
        std::fprintf(stderr, "pngdiff: %s\n", error.c_str());
        return 2;
    }
    return pct <= max_share ? 0 : 1;
}
