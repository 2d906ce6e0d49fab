#!/usr/bin/env python3
"""Interpreter benchmarks: every bench/py/*.py run by pyvgl and by CPython in one run.

    bench/run.py [--pyvgl build/pyvgl] [--baseline /usr/bin/python3]
                 [--micropython PATH] [--repeat 3] [--markdown] [NAME...]

Prints a table (benchmark, pyvgl time, baseline time, ratio = pyvgl / baseline) and the
geometric mean of the ratios. Each figure is the best of --repeat runs (wall time of the
whole process, start-up included). A benchmark prints a check value; the interpreters
must agree on it, or the row is marked WRONG. With --micropython a third column shows
MicroPython's time and its ratio to the baseline. --markdown prints the table in the
format used by bench/README.md.
"""
import argparse
import glob
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT_S = 120


def timed_run(cmd, cwd):
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, -1, b''
    except OSError as e:
        return None, -1, str(e).encode()
    return time.perf_counter() - start, p.returncode, p.stdout


def best_of(cmd, cwd, repeat):
    """Best wall time of repeat runs, or None if any run failed or timed out."""
    best, out, rc = None, b'', 0
    for _ in range(repeat):
        t, rc, out = timed_run(cmd, cwd)
        if t is None or rc != 0:
            return None, rc, out
        best = t if best is None else min(best, t)
    return best, rc, out


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def fmt_time(t):
    return 'FAILED' if t is None else '%.3f' % t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pyvgl', default=os.path.join(HERE, '..', 'build', 'pyvgl'))
    ap.add_argument('--baseline', default='/usr/bin/python3')
    ap.add_argument('--micropython', help='optional MicroPython binary for a third column')
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('--markdown', action='store_true')
    ap.add_argument('names', nargs='*')
    args = ap.parse_args()
    pyvgl = os.path.abspath(args.pyvgl)
    if not os.path.exists(pyvgl):
        sys.exit('pyvgl binary not found: %s (build it or pass --pyvgl)' % pyvgl)

    scripts = sorted(glob.glob(os.path.join(HERE, 'py', '*.py')))
    if args.names:
        scripts = [s for s in scripts if os.path.splitext(os.path.basename(s))[0] in args.names]
    cols = ['benchmark', 'pyvgl s', 'baseline s', 'ratio']
    if args.micropython:
        cols += ['micropython s', 'mpy ratio']
    if args.markdown:
        print('| ' + ' | '.join(cols) + ' |')
        print('|' + '---|' * len(cols))
    else:
        print(''.join('%-22s' % cols[0] if i == 0 else '%13s' % c for i, c in enumerate(cols)))

    ratios, mpy_ratios = [], []
    for script in scripts:
        name = os.path.splitext(os.path.basename(script))[0]
        cwd = os.path.dirname(script)
        t_base, _, out_base = best_of([args.baseline, script], cwd, args.repeat)
        t_ours, _, out_ours = best_of([pyvgl, script], cwd, args.repeat)
        row = [name, fmt_time(t_ours), fmt_time(t_base), '-']
        mark = ''
        if t_ours is not None and t_base is not None:
            ratios.append(t_ours / t_base)
            row[3] = '%.2f' % (t_ours / t_base)
            if out_ours != out_base:
                mark = 'WRONG output'
        if args.micropython:
            t_mpy, _, _ = best_of([args.micropython, script], cwd, args.repeat)
            row += [fmt_time(t_mpy), '-']
            if t_mpy is not None and t_base is not None:
                mpy_ratios.append(t_mpy / t_base)
                row[5] = '%.2f' % (t_mpy / t_base)
        if mark:
            row.append(mark)
        if args.markdown:
            print('| ' + ' | '.join(row) + ' |')
        else:
            print(''.join('%-22s' % c if i == 0 else '%13s' % c for i, c in enumerate(row)))

    summary = ['geometric mean', '', '', '-' if not ratios else '%.2f' % geomean(ratios)]
    if args.micropython:
        summary += ['', '-' if not mpy_ratios else '%.2f' % geomean(mpy_ratios)]
    if args.markdown:
        print('| ' + ' | '.join(summary) + ' |')
    else:
        print(''.join('%-22s' % c if i == 0 else '%13s' % c for i, c in enumerate(summary)))
    failed = len(scripts) - len(ratios)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
