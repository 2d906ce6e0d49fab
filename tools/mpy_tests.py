#!/usr/bin/env python3
"""Run a folder tree of MicroPython-style test scripts under pyvgl and report pass rates.

Meant for MicroPython's own test suite kept OUTSIDE the repository (for example
/work/scratch/mpy-tests/{basics,float,extmod,import,...}). Rules follow MicroPython's
run-tests.py: a script's expected output is NAME.py.exp when it exists, otherwise what
CPython prints; pyvgl's stderr is captured with its stdout, so an uncaught exception's
traceback is part of the output compared (as run-tests.py does); a script whose pyvgl output
is exactly "SKIP" is skipped; a script with no .exp that CPython itself cannot run (non-zero
exit) is skipped as "cpython-fail".
Only the top level of each folder is run: sub-folders hold helper modules/packages.

Usage: tools/mpy_tests.py --pyvgl build/pyvgl /work/scratch/mpy-tests [-j 2] [-v] [-k substr]
"""
import argparse
import concurrent.futures
import difflib
import os
import resource
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_py_test import TIMEOUT_S, expected_output  # noqa: E402


def expected(script, cpython):
    """(bytes, None) or (None, reason-to-skip)."""
    out, _, rc = expected_output(script, cpython)
    return (out, None) if rc == 0 else (None, 'cpython-fail')


def run_merged(cmd, cwd, env):
    """(exit status or None on timeout, stdout and stderr interleaved), as MicroPython's
    run-tests.py captures: an uncaught exception's traceback is part of the output."""
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=TIMEOUT_S, env=env)
    except subprocess.TimeoutExpired:
        return None, b''
    return p.returncode, p.stdout


def check(script, pyvgl, cpython):
    """Returns (status, detail): status is pass, fail, skip, crash or hang."""
    env = dict(os.environ, PYVGL_HEADLESS='1')
    rc, got = run_merged([pyvgl, os.path.basename(script)], os.path.dirname(script), env)
    if rc is None:
        return 'hang', ''
    if rc < 0:
        return 'crash', 'signal %d' % -rc
    if got.strip() == b'SKIP':
        return 'skip', 'SKIP'
    want, why = expected(script, cpython)
    if want is None:
        return 'skip', why
    if got == want:
        return 'pass', ''
    diff = difflib.unified_diff(want.decode('utf-8', 'replace').splitlines(True),
                                got.decode('utf-8', 'replace').splitlines(True),
                                'expected', 'pyvgl', n=1)
    return 'fail', ''.join(list(diff)[:40])


def scripts_in(folder, pattern):
    return sorted(os.path.join(folder, n) for n in os.listdir(folder)
                  if n.endswith('.py') and pattern in n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pyvgl', required=True)
    ap.add_argument('--cpython', default='/usr/bin/python3')
    ap.add_argument('-j', type=int, default=2)
    ap.add_argument('-v', action='store_true', help='print the diff of each failure')
    ap.add_argument('-k', default='', help='only scripts whose name contains this')
    ap.add_argument('root')
    args = ap.parse_args()
    # MicroPython's CI runs its tests with `ulimit -n 1024` (select_poll_fd expects EINVAL
    # from poll() on more descriptors than that)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft > 1024:
        resource.setrlimit(resource.RLIMIT_NOFILE, (1024, hard))
    pyvgl = os.path.abspath(args.pyvgl)
    folders = sorted(d for d in os.listdir(args.root)
                     if os.path.isdir(os.path.join(args.root, d)))
    totals = {'pass': 0, 'run': 0}
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        for folder in folders:
            scripts = scripts_in(os.path.join(args.root, folder), args.k)
            if not scripts:
                continue
            results = list(pool.map(lambda s: check(s, pyvgl, args.cpython), scripts))
            counts = {}
            for script, (status, detail) in zip(scripts, results):
                counts[status] = counts.get(status, 0) + 1
                if status not in ('pass', 'skip'):
                    print('%-5s %s/%s %s' % (status.upper(), folder, os.path.basename(script),
                                             detail.splitlines()[0] if detail and not args.v
                                             and status != 'fail' else ''))
                    if args.v and detail:
                        print(detail)
            run_count = len(scripts) - counts.get('skip', 0)
            passed = counts.get('pass', 0)
            totals['pass'] += passed
            totals['run'] += run_count
            print('== %-12s %3d/%3d pass (%5.1f%%)  %s' % (
                folder, passed, run_count, 100.0 * passed / max(run_count, 1),
                ' '.join('%s=%d' % kv for kv in sorted(counts.items()))))
    print('== TOTAL        %3d/%3d pass (%5.1f%%)' % (
        totals['pass'], totals['run'], 100.0 * totals['pass'] / max(totals['run'], 1)))


if __name__ == '__main__':
    sys.exit(main())
