#!/usr/bin/env python3
"""Render LVGL's own example programs on pyvgl, in Python and in C, and compare them.

    tools/examples/run_examples.py EXAMPLES_DIR [--out DIR] [--build DIR] [--only TEXT]...
                                   [--size WxH] [--no-c] [--jobs N]

EXAMPLES_DIR is a folder laid out like LVGL's `examples/` (kept outside this repository:
upstream code). For every `lv_example_*.py` the tool runs

    build/pyvgl --shot OUT/NAME.py.png --size 480x320 NAME.py

from the example's own folder (the examples open their assets as `../../assets/...`). For
every `lv_example_*.c` it compiles the file against lv/include/lvgl.h with a small headless
main that does what `--shot` does (display of the same size, XRGB8888 in DIRECT mode, one
33 ms step of the empty screen, the example, 30 x 33 ms, a full refresh), links it with the
engine's static libraries and writes OUT/NAME.c.png. The image arrays of `assets/*.c` are
compiled once and linked into every C example, and the other `.c` files of an example's
folder (data such as tiny_ttf's `ubuntu_font.c`) into the examples of that folder. C
examples open files as "A:lvgl/examples/..." (LVGL's stdio drive, run from the folder that
holds the lvgl checkout): they run in OUT/c_build/run, where `lvgl` links to the parent of
EXAMPLES_DIR.

Where both pictures exist they are compared with build/pngdiff: on our engine the two must
draw the same, so a difference points at the binding, and a Python exception at a missing
or misspelt API. The per-example table goes to stdout and OUT/report.md.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# What `pyvgl --shot` does around a script (ports/unix/shot.cpp), for the C examples.
C_MAIN = r"""
#include <stdlib.h>
#include "lvgl.h"
void EXAMPLE(void);
static void flush_cb(lv_display_t * d, const lv_area_t * a, uint8_t * p)
{
    (void)a; (void)p;
    lv_display_flush_ready(d);
}
static void step(void)
{
    lv_tick_inc(33);
    lv_timer_handler();
}
int main(int argc, char ** argv)
{
    if(argc < 4) return 2;
    int w = atoi(argv[2]), h = atoi(argv[3]);
    lv_init();
    uint32_t stride = lv_draw_buf_width_to_stride(w, LV_COLOR_FORMAT_XRGB8888);
    uint8_t * fb = malloc(stride * h);
    if(!fb) return 1;
    lv_display_t * disp = lv_display_create(w, h);
    lv_display_set_color_format(disp, LV_COLOR_FORMAT_XRGB8888);
    lv_display_set_buffers(disp, fb, NULL, stride * h, LV_DISPLAY_RENDER_MODE_DIRECT);
    lv_display_set_flush_cb(disp, flush_cb);
    step();
    EXAMPLE();
    for(int i = 0; i < 30; i++) step();
    lv_refr_now(disp);
    lv_draw_buf_t buf;
    lv_draw_buf_init(&buf, w, h, LV_COLOR_FORMAT_XRGB8888, stride, fb, stride * h);
    return lv_draw_buf_save_to_png(&buf, argv[1]) == LV_RESULT_OK ? 0 : 1;
}
"""

# The examples include "../lv_examples.h" or "../../lv_examples.h"; both resolve to this.
EXAMPLES_H = '#include "lvgl.h"\n'


def tail(text, lines=1):
    rows = [r for r in text.strip().splitlines() if r.strip()]
    return " | ".join(rows[-lines:]) if rows else ""


def find_examples(root, only):
    """{stem: {"py": path, "c": path}} for every lv_example_* outside assets/."""
    found = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "assets")
        for f in sorted(files):
            stem, ext = os.path.splitext(f)
            if not stem.startswith("lv_example_") or ext not in (".py", ".c"):
                continue
            rel = os.path.relpath(os.path.join(folder, f), root)
            if only and not any(o in rel for o in only):
                continue
            found.setdefault(stem, {})[ext[1:]] = os.path.join(folder, f)
    return found


def run(cmd, cwd=None, timeout=60):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                           errors="replace")
        return p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", ""


def render_python(pyvgl, path, out_png, size):
    status, text = run([pyvgl, "--shot", os.path.abspath(out_png), "--size", size,
                        os.path.basename(path)], cwd=os.path.dirname(path))
    if status == 0:
        return "ok", ""
    return "exit %s" % status, tail(text)


class CBuilder:
    """Compiles C examples against lv/include with the engine's static libraries."""

    def __init__(self, build, work, cc, cxx):
        self.work = work
        self.cc, self.cxx = cc, cxx
        self.libs = [os.path.join(build, "drivers/headless/libpyvgl_headless.a"),
                     os.path.join(build, "lv/libpyvgl_lv.a")]
        inc = os.path.join(work, "inc")
        os.makedirs(os.path.join(inc, "d", "d"), exist_ok=True)
        for h in (os.path.join(inc, "lv_examples.h"), os.path.join(inc, "d", "lv_examples.h")):
            with open(h, "w") as f:
                f.write(EXAMPLES_H)
        self.cflags = ["-std=gnu99", "-w", "-I", os.path.join(REPO, "lv/include"),
                       "-I", os.path.join(inc, "d", "d"), "-I", os.path.join(inc, "d")]
        self.cflags += self.font_defines()
        self.main_c = os.path.join(work, "main.c")
        with open(self.main_c, "w") as f:
            f.write(C_MAIN)
        self.asset_objs = []
        self.folder_objs = {}
        self.run_dir = os.path.join(work, "run")

    def link_checkout(self, root):
        """OUT/c_build/run/lvgl -> the LVGL checkout holding the examples folder."""
        os.makedirs(self.run_dir, exist_ok=True)
        link = os.path.join(self.run_dir, "lvgl")
        if not os.path.lexists(link):
            os.symlink(os.path.dirname(root), link)

    def folder_data(self, folder):
        """The objects of the non-example .c files of `folder` (compiled once), or an error."""
        if folder not in self.folder_objs:
            objs, error = [], ""
            for f in sorted(os.listdir(folder)):
                if not f.endswith(".c") or f.startswith("lv_example_"):
                    continue
                obj = os.path.join(self.work, "data_%s_%s.o" % (os.path.basename(folder), f[:-2]))
                status, text = run([self.cc] + self.cflags + ["-c", os.path.join(folder, f), "-o", obj],
                                   timeout=300)
                if status != 0:
                    error = "%s: %s" % (f, tail(text))
                    break
                objs.append(obj)
            self.folder_objs[folder] = (objs, error)
        return self.folder_objs[folder]

    def font_defines(self):
        """LV_FONT_MONTSERRAT_<n>=0|1 as the engine library was built."""
        status, text = run(["nm", "-g", "--defined-only", self.libs[1]])
        built = set(re.findall(r"\blv_font_montserrat_(\d+)\b", text if status == 0 else ""))
        return ["-DLV_FONT_MONTSERRAT_%d=%d" % (n, str(n) in built) for n in range(8, 50, 2)]

    def missing_libs(self):
        return [lib for lib in self.libs if not os.path.exists(lib)]

    def compile_assets(self, root):
        """Each assets/**/*.c once; the ones that do not compile are reported, not linked."""
        failed = []
        for folder, _, files in os.walk(os.path.join(root, "assets")):
            for f in sorted(files):
                if not f.endswith(".c"):
                    continue
                obj = os.path.join(self.work, "asset_" + f[:-2] + ".o")
                status, text = run([self.cc] + self.cflags + ["-c", os.path.join(folder, f),
                                                               "-o", obj], timeout=300)
                if status == 0:
                    self.asset_objs.append(obj)
                else:
                    failed.append((f, tail(text)))
        return failed

    def render(self, stem, path, out_png, size):
        obj = os.path.join(self.work, stem + ".o")
        main_obj = os.path.join(self.work, stem + ".main.o")
        binary = os.path.join(self.work, stem)
        status, text = run([self.cc] + self.cflags + ["-c", path, "-o", obj])
        if status != 0:
            errors = [r for r in text.splitlines() if "error" in r]
            return "compile error", (errors[0] if errors else tail(text)).replace(path, stem + ".c")
        status, text = run([self.cc] + self.cflags + ["-DEXAMPLE=" + stem, "-c", self.main_c,
                                                      "-o", main_obj])
        if status != 0:
            return "main error", tail(text)
        data_objs, error = self.folder_data(os.path.dirname(path))
        if error:
            return "data error", error
        status, text = run([self.cxx, obj, main_obj] + self.asset_objs + data_objs + self.libs +
                           ["-lz", "-lm", "-o", binary])
        if status != 0:
            undefined = re.findall(r"undefined reference to `([^']+)'", text)
            what = "undefined: " + ", ".join(sorted(set(undefined))) if undefined else tail(text)
            return "link error", what
        w, h = size.split("x")
        status, text = run([binary, os.path.abspath(out_png), w, h], cwd=self.run_dir)
        return ("ok", "") if status == 0 else ("exit %s" % status, tail(text))


def compare(pngdiff, a, b):
    """Share of pixels that differ (pngdiff's default tolerance), as text."""
    status, text = run([pngdiff, a, b])
    m = re.search(r"\(([\d.]+)%\)", text)
    return m.group(1) + "%" if m else tail(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("examples", help="folder laid out like LVGL's examples/")
    ap.add_argument("--out", default="/tmp/pyvgl_examples")
    ap.add_argument("--build", default=os.path.join(REPO, "build"))
    ap.add_argument("--only", action="append", default=[],
                    help="run only examples whose path contains this text (repeatable)")
    ap.add_argument("--size", default="480x320")
    ap.add_argument("--no-c", action="store_true", help="render only the Python examples")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--cc", default=os.environ.get("CC", "gcc"))
    ap.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    args = ap.parse_args()

    if not re.fullmatch(r"\d+x\d+", args.size):
        sys.exit("run_examples: --size must look like 480x320")
    root = os.path.abspath(args.examples)
    if not os.path.isdir(root):
        sys.exit("run_examples: no folder %s" % root)
    pyvgl = os.path.join(args.build, "pyvgl")
    pngdiff = os.path.join(args.build, "pngdiff")
    for tool in (pyvgl, pngdiff):
        if not os.access(tool, os.X_OK):
            sys.exit("run_examples: %s is missing (build the pyvgl and pngdiff targets)" % tool)
    out = os.path.abspath(args.out)
    work = os.path.join(out, "c_build")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)

    examples = find_examples(root, args.only)
    if not examples:
        sys.exit("run_examples: no lv_example_*.py or .c under %s" % root)
    builder = None
    if not args.no_c and any("c" in e for e in examples.values()):
        builder = CBuilder(args.build, work, args.cc, args.cxx)
        if builder.missing_libs():
            sys.exit("run_examples: missing %s" % ", ".join(builder.missing_libs()))
        builder.link_checkout(root)
        for name, why in builder.compile_assets(root):
            print("asset %s does not compile: %s" % (name, why))

    def one(stem):
        paths = examples[stem]
        row = {"name": os.path.relpath(paths.get("py", paths.get("c")), root)[:-3]
               if "py" in paths else os.path.relpath(paths["c"], root)[:-2]}
        py_png = os.path.join(out, stem + ".py.png")
        c_png = os.path.join(out, stem + ".c.png")
        row["py"] = render_python(pyvgl, paths["py"], py_png, args.size) if "py" in paths else None
        row["c"] = builder.render(stem, paths["c"], c_png, args.size) if builder and "c" in paths \
            else None
        both = row["py"] and row["c"] and row["py"][0] in ("ok", "exit 3") and row["c"][0] == "ok"
        row["diff"] = compare(pngdiff, py_png, c_png) if both else ""
        return row

    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        rows = list(pool.map(one, sorted(examples, key=lambda s: examples[s].get("py", examples[s].get("c")))))

    lines = ["| example | Python | C | C vs Python |", "|---|---|---|---|"]
    for r in rows:
        cell = lambda res: "-" if res is None else (res[0] + (": " + res[1] if res[1] else ""))
        lines.append("| %s | %s | %s | %s |" % (r["name"], cell(r["py"]).replace("|", "/"),
                                                cell(r["c"]).replace("|", "/"), r["diff"]))
    py_rows = [r for r in rows if r["py"]]
    c_rows = [r for r in rows if r["c"]]
    summary = ("Python: %d of %d run without error; C: %d of %d compile and run; "
               "pictures in %s" % (sum(r["py"][0] == "ok" for r in py_rows), len(py_rows),
                                   sum(r["c"][0] == "ok" for r in c_rows), len(c_rows), out))
    report = "\n".join(lines + ["", summary, ""])
    with open(os.path.join(out, "report.md"), "w") as f:
        f.write(report)
    print(report)


if __name__ == "__main__":
    main()
