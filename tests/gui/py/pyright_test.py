#!/usr/bin/env python3
"""Type-checks the scene scripts (tests/gui/scenes/*.py) against the generated lvgl.pyi with
pyright (npm): no errors allowed, so every name the scenes use exists in the stub with a
signature that accepts the arguments they pass.

    pyright_test.py PYRIGHT LVGL_PYI SCENES_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    pyright, stub, scenes = (os.path.abspath(p) for p in sys.argv[1:4])
    if not os.path.exists(pyright):
        print('pyright not installed (%s): run npm ci (./dev.sh does it)' % pyright)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        # pyright only takes "include" paths relative to its configuration file
        os.makedirs(os.path.join(tmp, 'typings'))
        shutil.copy(stub, os.path.join(tmp, 'typings', 'lvgl.pyi'))
        os.symlink(os.path.abspath(scenes), os.path.join(tmp, 'scenes'))
        config = {'include': ['scenes'], 'exclude': ['scenes/ref'], 'stubPath': 'typings',
                  'typeCheckingMode': 'basic', 'pythonVersion': '3.11',
                  'reportMissingModuleSource': 'none'}  # a stub without a .py is the point
        with open(os.path.join(tmp, 'pyrightconfig.json'), 'w') as f:
            json.dump(config, f)
        r = subprocess.run([pyright, '--outputjson', '-p', os.path.join(tmp, 'pyrightconfig.json')],
                           capture_output=True, text=True, timeout=300, cwd=tmp)
    try:
        report = json.loads(r.stdout)
    except ValueError:
        print('pyright failed:', r.stdout, r.stderr)
        return 1
    errors = [d for d in report.get('generalDiagnostics', []) if d['severity'] == 'error']
    for d in errors:
        print('%s:%d: %s' % (os.path.basename(d['file']), d['range']['start']['line'] + 1, d['message']))
    files = report.get('summary', {}).get('filesAnalyzed', 0)
    print('pyright: %d files, %d errors' % (files, len(errors)))
    return 1 if errors or files == 0 else 0


if __name__ == '__main__':
    sys.exit(main())
