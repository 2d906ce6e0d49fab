#!/usr/bin/env python3
"""Runs one tests/gui/py/api/NAME.py under `pyvgl --shot` (lv bound, a 320x240 display) and
compares its stdout with NAME.py.exp. The scripts test engine and binding behaviour that
LVGL's example programs rely on (observers, animated images, image buttons...).

The exit status must be 0, or the number in NAME.py.status (3: a callback raised while the
runner rendered); each line of NAME.py.stderr must appear in stderr (tracebacks printed).

    api_test.py PYVGL SCRIPT
"""
import os
import subprocess
import sys
import tempfile


def main():
    pyvgl, script = sys.argv[1], sys.argv[2]
    expected = open(script + '.exp').read()
    status = int(open(script + '.status').read()) if os.path.exists(script + '.status') else 0
    in_stderr = open(script + '.stderr').read().splitlines() if os.path.exists(script + '.stderr') else []
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([pyvgl, '--shot', os.path.join(tmp, 'out.png'), script], capture_output=True, text=True,
                           timeout=60, cwd=os.path.dirname(script))
    missing = [line for line in in_stderr if line and line not in r.stderr]
    if r.returncode != status or r.stdout != expected or missing:
        print('expected exit status', status, 'missing in stderr:', missing)
        print('exit status', r.returncode)
        print('--- stdout\n' + r.stdout + '--- expected\n' + expected + '--- stderr\n' + r.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
