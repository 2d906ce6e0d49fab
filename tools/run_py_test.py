#!/usr/bin/env python3
"""Run one tests/py script under pyvgl and compare its stdout with the expected output.

The expected output is NAME.py.exp when it exists (MicroPython differs from CPython on
purpose there), otherwise what CPython prints for the same script. Both run with the
script's folder as working directory. On a mismatch a unified diff is printed.
Exit status: 0 pass, 1 fail.
"""
import argparse
import difflib
import os
import subprocess
import sys

TIMEOUT_S = 30


def run(cmd, cwd, env=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT_S, env=env)
    except subprocess.TimeoutExpired:
        return None, b'', b'timeout after %d s' % TIMEOUT_S
    return p.returncode, p.stdout, p.stderr


def expected_output(script, cpython):
    """(stdout wanted, where it comes from, CPython's exit status or 0 for an .exp)"""
    exp = script + '.exp'
    if os.path.exists(exp):
        with open(exp, 'rb') as f:
            return f.read(), exp, 0
    rc, out, err = run([cpython, os.path.basename(script)], os.path.dirname(script))
    if rc is None:
        sys.exit('CPython timed out on ' + script)
    return out, 'CPython', rc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pyvgl', required=True)
    ap.add_argument('--cpython', default='python3')
    ap.add_argument('script')
    args = ap.parse_args()
    script = os.path.abspath(args.script)

    want, source, _ = expected_output(script, args.cpython)
    # headless: a test never opens a window (which would stay open after the script)
    env = dict(os.environ, PYVGL_HEADLESS='1')
    rc, got, err = run([os.path.abspath(args.pyvgl), os.path.basename(script)],
                       os.path.dirname(script), env)
    problems = []
    if rc is None:
        problems.append('pyvgl hung (killed after %d s)' % TIMEOUT_S)
    elif rc < 0:
        problems.append('pyvgl crashed with signal %d' % -rc)
    elif rc > 2:  # 0 ok, 1 uncaught exception: compared through stdout like MicroPython's tests
        problems.append('pyvgl exited with status %d' % rc)
    if got != want:
        diff = difflib.unified_diff(want.decode('utf-8', 'replace').splitlines(True),
                                    got.decode('utf-8', 'replace').splitlines(True),
                                    'expected (%s)' % source, 'pyvgl')
        problems.append('stdout differs:\n' + ''.join(diff))
    if problems:
        print('FAIL', args.script)
        for p in problems:
            print(p)
        if err:
            print('--- pyvgl stderr ---')
            print(err.decode('utf-8', 'replace')[-4000:])
        return 1
    print('PASS', args.script)
    return 0


if __name__ == '__main__':
    sys.exit(main())
