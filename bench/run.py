#!/usr/bin/env python3
"""Interpreter benchmarks: every bench/py/*.py run by pyvgl and by CPython in one run.

    bench/run.py [--pyvgl build/pyvgl] [--baseline /usr/bin/python3] [--repeat 3] [NAME...]

Prints a table (benchmark, pyvgl time, baseline time, ratio = pyvgl / baseline) and the
geometric mean of the ratios. Each figure is the best of --repeat runs. A benchmark prints
a check value; the two interpreters must agree on it, or the row is marked WRONG.
"""
import argparse
import glob
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed_run(cmd, cwd):
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    return elapsed, p.returncode, p.stdout


def best_of(cmd, cwd, repeat):
    best, out, rc = None, b'', 0
    for _ in range(repeat):
        t, rc, out = timed_run(cmd, cwd)
        if rc != 0:
            return None, rc, out
        best = t if best is None else min(best, t)
    return best, rc, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pyvgl', default=os.path.join(HERE, '..', 'build', 'pyvgl'))
    ap.add_argument('--baseline', default='/usr/bin/python3')
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('names', nargs='*')
    args = ap.parse_args()
    pyvgl = os.path.abspath(args.pyvgl)

    scripts = sorted(glob.glob(os.path.join(HERE, 'py', '*.py')))
    if args.names:
        scripts = [s for s in scripts if os.path.splitext(os.path.basename(s))[0] in args.names]
    print('%-22s %12s %12s %8s' % ('benchmark', 'pyvgl s', 'baseline s', 'ratio'))
    ratios = []
    for script in scripts:
        name = os.path.splitext(os.path.basename(script))[0]
        cwd = os.path.dirname(script)
        t_base, rc_base, out_base = best_of([args.baseline, script], cwd, args.repeat)
        t_ours, rc_ours, out_ours = best_of([pyvgl, script], cwd, args.repeat)
        if t_ours is None or t_base is None:
            print('%-22s %12s %12s %8s' % (name, 'FAILED' if t_ours is None else '%.3f' % t_ours,
                                           'FAILED' if t_base is None else '%.3f' % t_base, '-'))
            continue
        ratio = t_ours / t_base
        ratios.append(ratio)
        mark = '' if out_ours == out_base else '  WRONG output'
        print('%-22s %12.3f %12.3f %8.2f%s' % (name, t_ours, t_base, ratio, mark))
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print('%-22s %12s %12s %8.2f' % ('geometric mean', '', '', geo))
    return 0


if __name__ == '__main__':
    sys.exit(main())
