#!/usr/bin/env python3
"""Binding cost: bytes of code + data per bound function, and bindgen's run time.

    bench/binding/size.py [--bindgen build/bindgen/bindgen] [--cxx g++] [HEADER [-I DIR]...]
    bench/binding/size.py --engine-only --max 60   # the ctest: exit 1 above 60 B/function

Without HEADER it measures the LVGL 9.3 API surface (a stand-in header written by
mock_upstream.py from ../shared/lvgl-api, since the upstream headers are not available
offline) and the engine's own lv/include/lvgl.h. For each header set: run bindgen (best of
3 wall-clock times), compile the generated tables and binding/call.cpp for x86-64 at -Os
like the core code (-fno-exceptions -fno-rtti), and sum the allocated sections (text,
rodata, data, relocated read-only data, and eh_frame, reported apart since bare-metal
builds drop it with -fno-asynchronous-unwind-tables).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
SHARED = os.path.normpath(os.path.join(ROOT, '..', '..', 'shared', 'lvgl-api'))
if not os.path.isdir(SHARED):
    SHARED = '/work/shared/lvgl-api'


def sections(obj):
    out = subprocess.run(['size', '-A', obj], check=True, capture_output=True, text=True).stdout
    sizes = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].startswith('.') and parts[1].isdigit():
            sizes[parts[0]] = sizes.get(parts[0], 0) + int(parts[1])
    return sizes


def measure(name, bindgen, cxx, header, includes, module='lvgl', prefix='lv', defines=()):
    with tempfile.TemporaryDirectory() as out:
        cmd = [bindgen] + ['-I' + d for d in includes] + ['-D' + d for d in defines] + \
              ['--module', module, '--prefix', prefix, header, '-o', out]
        best = None
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            t = time.perf_counter() - t0
            best = t if best is None else min(best, t)
        report = json.load(open(os.path.join(out, module + '_report.json')))
        bound = report['functions_bound']
        total = report['functions_total']
        # as binding/CMakeLists.txt builds them (-fno-asynchronous-unwind-tables)
        flags = ['-std=c++17', '-Os', '-fno-exceptions', '-fno-rtti', '-fno-asynchronous-unwind-tables',
                 '-I' + ROOT, '-I' + os.path.join(ROOT, 'py'),
                 '-I' + os.path.dirname(header)] + ['-I' + d for d in includes] + ['-D' + d for d in defines]
        objs = []
        runtime = sorted(os.path.join(ROOT, 'binding', 'runtime', f)
                         for f in os.listdir(os.path.join(ROOT, 'binding', 'runtime')) if f.endswith('.cpp'))
        for src in [os.path.join(out, module + '_tables.cpp'), os.path.join(ROOT, 'binding', 'call.cpp')] + runtime:
            obj = os.path.join(out, os.path.basename(src) + '.o')
            subprocess.run([cxx] + flags + ['-c', src, '-o', obj], check=True)
            objs.append(obj)
        code = data = eh = 0
        for obj in objs:
            for sec, n in sections(obj).items():
                if sec.startswith('.text'):
                    code += n
                elif sec.startswith(('.rodata', '.data', '.bss')):
                    data += n
                elif sec == '.eh_frame':
                    eh += n
        per = (code + data + eh) / bound if bound else 0
        per_bare = (code + data) / bound if bound else 0
        print('%-28s %5d/%-5d bound  bindgen %6.3f s  code %7d  data %7d  eh_frame %6d  '
              '%5.1f B/function (%5.1f without eh_frame)' % (name, bound, total, best, code, data, eh, per, per_bare))
        return {'bound': bound, 'total': total, 'seconds': best, 'code': code, 'data': data, 'eh_frame': eh,
                'per': per}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bindgen', default=os.path.join(ROOT, 'build', 'bindgen', 'bindgen'))
    ap.add_argument('--cxx', default='g++')
    ap.add_argument('header', nargs='?')
    ap.add_argument('-I', dest='includes', action='append', default=[])
    ap.add_argument('--engine-only', action='store_true', help='measure lv/include/lvgl.h only')
    ap.add_argument('--max', type=float, help='exit status 1 if the last figure is above this many bytes')
    args = ap.parse_args()
    print('%-28s %s' % ('header set', 'results (tables + callers + call.cpp + runtime, x86-64 -Os)'))
    if args.header:
        per = measure(os.path.basename(args.header), args.bindgen, args.cxx, os.path.abspath(args.header), args.includes)['per']
        return over_limit(per, args.max)
    if not args.engine_only:
        stand_in(args)
    lv = os.path.join(ROOT, 'lv', 'include')
    per = measure('engine lv/include/lvgl.h', args.bindgen, args.cxx, os.path.join(lv, 'lvgl.h'), [lv])['per']
    return over_limit(per, args.max)


def over_limit(per, limit):
    if limit is not None and per > limit:
        print('FAIL: %.1f bytes per bound function, above the limit of %.1f (issue 6)' % (per, limit))
        return 1
    return 0


def stand_in(args):
    with tempfile.TemporaryDirectory() as tmp:
        mock = os.path.join(tmp, 'lvgl_9_3_api.h')
        subprocess.run([sys.executable, os.path.join(HERE, 'mock_upstream.py'),
                        os.path.join(SHARED, 'lvgl-9.3-api.json'), os.path.join(SHARED, 'lvgl-9.3-macros.json'),
                        mock], check=True)
        measure('LVGL 9.3 API (stand-in)', args.bindgen, args.cxx, mock, [])


if __name__ == '__main__':
    sys.exit(main())
