#!/usr/bin/env python3
"""Runs one tests/gui/py/api/NAME.py under `pyvgl --shot` (lv bound, a 320x240 display) and
compares its stdout with NAME.py.exp. The scripts test engine and binding behaviour that
LVGL's example programs rely on (observers, animated images, image buttons...).

    api_test.py PYVGL SCRIPT
"""
import os
import subprocess
import sys
import tempfile


def main():
    pyvgl, script = sys.argv[1], sys.argv[2]
    expected = open(script + '.exp').read()
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([pyvgl, '--shot', os.path.join(tmp, 'out.png'), script], capture_output=True, text=True,
                           timeout=60, cwd=os.path.dirname(script))
    if r.returncode != 0 or r.stdout != expected:
        print('exit status', r.returncode)
        print('--- stdout\n' + r.stdout + '--- expected\n' + expected + '--- stderr\n' + r.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
