#!/usr/bin/env python3
"""The whole bindgen check on a directory of upstream LVGL headers.

    bench/binding/upstream.py DIR [--conf LV_CONF_H] [--set NAME=VALUE]... [-D NAME[=VAL]]...
                              [--no-size] [--no-compare]

DIR holds lvgl.h, lv_version.h, lv_conf_template.h and src/ as an LVGL release ships them.
Without --conf, the configuration is lv_conf_template.h with its `#if 0` switched on (the
defaults), written into a temporary folder and found through LV_CONF_INCLUDE_SIMPLE;
--set NAME=VALUE changes one of its #defines (the switches a binding's lv_conf.h turns on).

Prints: functions bound / skipped (the skip reasons, grouped), bindgen's wall-clock time
(best of 3; target < 1 s), whether the generated tables compile as the build compiles them
(g++ -std=c++17 -Wall -Wextra -Werror, against the upstream headers: compile only, the
upstream implementation is not linked), their size per bound function (size.py), and the
functions bound on one side only when compared with the stand-in header of the API JSON
(mock_upstream.py), and the names of python-usage-ranking.txt the stubs lack. Exit status 1
when bindgen fails, the tables do not compile, or fewer functions are bound than the
original generator binds (--min, default 1828).

The same options fit other header sets laid out the same way (--header, --module,
--prefix, --conf-define, --template), e.g. the toy tree of tests/binding/toylib/tree:

    bench/binding/upstream.py tests/binding/toylib/tree --header tk.h --module tk --prefix tk \\
        --conf-define TK_CONF_INCLUDE_SIMPLE --min 40 --no-compare
"""
import argparse
import collections
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, HERE)
import size  # noqa: E402  (bench/binding/size.py)


def enabled_template(template, out, settings=()):
    """The configuration template with its content switched on, as a user copies it, and
    `NAME=VALUE` settings applied to its `#define NAME ...` lines."""
    text = open(template, encoding='utf-8', errors='replace').read()
    text, n = re.subn(r'^#if 0\b', '#if 1', text, count=1, flags=re.M)
    if not n:
        sys.exit('upstream.py: no "#if 0" to switch on in %s' % template)
    with open(out, 'w', encoding='utf-8') as f:
        f.write(apply_settings(text, settings, template))


def apply_settings(text, settings, where):
    for setting in settings:
        name, _, value = setting.partition('=')
        text, n = re.subn(r'^(\s*#\s*define\s+%s)\b.*$' % re.escape(name), lambda m: m.group(1) + ' ' + value,
                          text, flags=re.M)
        if not n:
            sys.exit('upstream.py: %s does not define %s' % (where, name))
    return text


def reason_kind(reason):
    """Groups skip reasons: 'argument 2 (cb): callback x has no user_data' -> 'callback has no user_data'."""
    r = re.sub(r'^(argument \d+ \([^)]*\)|return type): ', '', reason)
    r = re.sub(r'\b[a-z]\w*_t\b', 'T', r)
    r = re.sub(r'\b(callback) \w+', r'\1', r)
    return r


def run_bindgen(args, cmd, out):
    """Best of 3 wall-clock times, and the CPU time (user + system) of that run: on a loaded
    machine the wall clock mostly measures the wait for a core."""
    best = cpu = None
    result = None
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        result = subprocess.run(cmd, capture_output=True, text=True)
        t = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if best is None or t < best:
            best = t
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if result.returncode != 0:
            break
    return result, best, cpu


def compile_tables(args, tables, includes, defines):
    cmd = [args.cxx, '-std=c++17', '-fsyntax-only', '-fno-exceptions', '-fno-rtti', '-Wall', '-Wextra',
           '-Werror', '-Wno-unused-parameter', '-I' + ROOT] + ['-I' + d for d in includes] + \
          ['-D' + d for d in defines] + [tables]
    r = subprocess.run(cmd, capture_output=True, text=True)
    return r.returncode == 0, r.stderr


def stand_in_report(args, tmp):
    """The report of the stand-in header written from the API JSON."""
    mock = os.path.join(tmp, 'lvgl_9_3_api.h')
    subprocess.run([sys.executable, os.path.join(HERE, 'mock_upstream.py'),
                    os.path.join(size.SHARED, 'lvgl-9.3-api.json'), os.path.join(size.SHARED, 'lvgl-9.3-macros.json'),
                    mock], check=True)
    out = os.path.join(tmp, 'stand_in')
    subprocess.run([args.bindgen, '--module', 'lvgl', '--prefix', 'lv', mock, '-o', out], check=True,
                   capture_output=True)
    return json.load(open(os.path.join(out, 'lvgl_report.json')))


def print_side(title, names, limit=40):
    print('%s: %d' % (title, len(names)))
    for n in sorted(names)[:limit]:
        print('    ' + n)
    if len(names) > limit:
        print('    ... %d more' % (len(names) - limit))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('dir')
    ap.add_argument('--bindgen', default=os.path.join(ROOT, 'build', 'bindgen', 'bindgen'))
    ap.add_argument('--cxx', default='g++')
    ap.add_argument('--header', default='lvgl.h')
    ap.add_argument('--module', default='lvgl')
    ap.add_argument('--prefix', default='lv')
    ap.add_argument('--template', default='lv_conf_template.h')
    ap.add_argument('--conf', help='an lv_conf.h to use instead of the enabled template')
    ap.add_argument('--conf-define', default='LV_CONF_INCLUDE_SIMPLE')
    ap.add_argument('--set', action='append', default=[], metavar='NAME=VALUE',
                    help='change a #define of the configuration (LV_USE_QRCODE=1); -D cannot, lv_conf.h redefines')
    ap.add_argument('-D', dest='defines', action='append', default=[])
    ap.add_argument('--min', type=int, default=1828, help='bound functions required (the original: 1828)')
    ap.add_argument('--no-size', action='store_true')
    ap.add_argument('--no-compare', action='store_true', help='skip the comparison with the stand-in')
    args = ap.parse_args()

    src = os.path.abspath(args.dir)
    header = os.path.join(src, args.header)
    if not os.path.isfile(header):
        sys.exit('upstream.py: no %s in %s' % (args.header, src))
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        conf_dir = os.path.join(tmp, 'conf')
        os.mkdir(conf_dir)
        conf_name = os.path.basename(args.template).replace('_template', '')
        if args.conf:
            text = open(args.conf, encoding='utf-8', errors='replace').read()
            with open(os.path.join(conf_dir, conf_name), 'w', encoding='utf-8') as f:
                f.write(apply_settings(text, args.set, args.conf))
        elif os.path.isfile(os.path.join(src, args.template)):
            enabled_template(os.path.join(src, args.template), os.path.join(conf_dir, conf_name), args.set)
        includes = [conf_dir, src]
        defines = [args.conf_define] + args.defines
        out = os.path.join(tmp, 'out')
        cmd = [args.bindgen] + ['-I' + d for d in includes] + ['-D' + d for d in defines] + \
              ['--module', args.module, '--prefix', args.prefix, header, '-o', out]
        print('$ ' + ' '.join(cmd))
        result, seconds, cpu = run_bindgen(args, cmd, out)
        if result.returncode != 0:
            print('bindgen FAILED (exit %d):\n%s' % (result.returncode, result.stderr[-4000:]))
            return 1
        report = json.load(open(os.path.join(out, args.module + '_report.json')))
        bound, total = report['functions_bound'], report['functions_total']
        print('functions: %d of %d bound, %d skipped; %d classes, %d structs, %d callbacks, %d constant groups'
              % (bound, total, total - bound, report['classes'], report['structs'], report['callbacks'],
                 report['constant_groups']))
        kinds = collections.Counter(reason_kind(f['reason']) for f in report['functions'] if f['status'] != 'bound')
        for kind, n in kinds.most_common():
            print('    %4d  %s' % (n, kind))
        unexplained = [f['name'] for f in report['functions'] if f['status'] != 'bound' and not f.get('reason')]
        if unexplained:
            ok = False
            print('skipped without a reason: ' + ', '.join(unexplained))
        print('bindgen time: %.3f s wall (best of 3; target < 1 s), %.3f s CPU' % (seconds, cpu))
        enough = bound >= args.min
        ok = ok and enough
        print('bound >= %d (--min; the original generator binds 1828): %s' % (args.min, 'yes' if enough else 'NO'))

        compiled, errors = compile_tables(args, os.path.join(out, args.module + '_tables.cpp'), includes, defines)
        ok = ok and compiled
        print('tables compile (%s -std=c++17 -Wall -Wextra -Werror): %s' % (args.cxx, 'yes' if compiled else 'NO'))
        if not compiled:
            print(errors[-4000:])
        if not args.no_size and compiled:
            size.measure(args.header + ' (' + os.path.basename(src) + ')', args.bindgen, args.cxx, header, includes,
                         args.module, args.prefix, defines)

        ranking = os.path.join(size.SHARED, 'python-usage-ranking.txt')
        if args.module == 'lvgl' and os.path.isfile(ranking):
            # the names scripts for the original binding use, most used first
            r = subprocess.run([sys.executable, os.path.join(HERE, 'check_names.py'), ranking,
                                os.path.join(out, 'lvgl.pyi')], capture_output=True, text=True)
            lines = r.stdout.splitlines()
            print('usage ranking: ' + (lines[0] if lines else r.stderr.strip()))
            for line in lines[1:16]:
                print('  ' + line)

        if not args.no_compare:
            stand_in = stand_in_report(args, tmp)
            mine = {f['name'] for f in report['functions'] if f['status'] == 'bound'}
            theirs = {f['name'] for f in stand_in['functions'] if f['status'] == 'bound'}
            print('stand-in (API JSON): %d of %d bound' % (stand_in['functions_bound'], stand_in['functions_total']))
            print_side('bound here, not in the stand-in', mine - theirs)
            print_side('bound in the stand-in, not here', theirs - mine)
            declared = {f['name'] for f in report['functions']}
            print_side('  of which not declared here at all', (theirs - mine) - declared)
    print('result: %s' % ('OK' if ok else 'FAILED'))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
