#!/usr/bin/env python3
"""Runs gui_bench.py several times under one or more interpreters and prints the best
(lowest) value of each measure, so that a loaded machine disturbs the figures less.

    bench/gui_best.py [--runs N] [--scenes] INTERPRETER [INTERPRETER...]

Runs from tests/gui/scenes with -X heapsize=64m, as bench/README.md describes; --scenes
also renders the scenes that run (render:* lines). Prints a markdown table, one column per
interpreter."""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCENES = os.path.join(HERE, '..', 'tests', 'gui', 'scenes')
NOT_YET = ('26_', '32_', '33_', '34_', '36_')  # scenes that do not run yet (bench/README.md)


def one_run(interp, scenes):
    args = [interp, '-X', 'heapsize=64m', os.path.join(HERE, 'gui_bench.py')]
    if scenes:
        args += sorted(f for f in os.listdir(SCENES) if f.endswith('.py') and not f.startswith(NOT_YET))
    out = subprocess.run(args, cwd=SCENES, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        sys.exit('%s failed:\n%s' % (interp, out.stderr))
    values = {}
    for line in out.stdout.splitlines():
        name, value, unit = line.split()
        values[name] = (float(value), unit)
    return values


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--scenes', action='store_true')
    ap.add_argument('interpreters', nargs='+')
    a = ap.parse_args()
    best = [{} for _ in a.interpreters]
    for _ in range(a.runs):
        for i, interp in enumerate(a.interpreters):  # interleaved: both see the same load
            for name, (value, unit) in one_run(os.path.abspath(interp), a.scenes).items():
                if name not in best[i] or value < best[i][name][0]:
                    best[i][name] = (value, unit)
    names = list(best[0])
    print('| measure | ' + ' | '.join(a.interpreters) + ' | unit |')
    print('|---' * (len(a.interpreters) + 2) + '|')
    for n in names:
        row = ['%.3f' % b[n][0] if n in b else '-' for b in best]
        print('| %s | %s | %s |' % (n, ' | '.join(row), best[0][n][1]))


if __name__ == '__main__':
    main()
