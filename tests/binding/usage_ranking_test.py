#!/usr/bin/env python3
"""Every name LVGL-binding programs use (tests/binding/python-usage-ranking.txt, counted over
~150 programs written for the original binding) that our engine implements must be reachable
from Python under the same spelling.

A name is reachable when `lv.a.b` resolves attribute by attribute, or, for a method `.m`,
when some class or struct type of the module lists `m` in dir(). A name that is not
reachable is allowed only if the engine's headers do not implement it: no function
lv_..._m / lv_a_b and no constant LV_A_B in them. Prints the unreachable names of both
kinds; fails on the first kind.

usage: usage_ranking_test.py PYVGL RANKING_FILE HEADER_DIR...
"""
import os
import re
import subprocess
import sys

PROBE = r'''
import lvgl as lv
import sys
types = [getattr(lv, k) for k in dir(lv) if isinstance(getattr(lv, k), type)]
method_names = set(dir(lv))  # lv.anim_timeline_create() counts as `.anim_timeline_create(`
for t in types:
    method_names.update(dir(t))
print('#types', ' '.join(t.__name__ for t in types))
for line in sys.stdin:
    n = line.strip()
    if n.startswith('lv.'):
        o, ok = lv, True
        for part in n.split('.')[1:]:
            if part in dir(o) or hasattr(o, part):
                o = getattr(o, part, None)
            else:
                ok = False
                break
    else:
        ok = n[1:] in method_names
    print(n, 'ok' if ok else 'missing')
'''


def read_names(path):
    names = []
    with open(path) as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            names.append(line.split()[2])
    return names


def header_identifiers(dirs):
    words = set()
    for d in dirs:
        for root, _, files in os.walk(d):
            for fn in files:
                if fn.endswith('.h'):
                    with open(os.path.join(root, fn), errors='replace') as f:
                        words.update(re.findall(r'\b[A-Za-z_][A-Za-z0-9_]*\b', f.read()))
    return words


def implemented(name, idents, type_names):
    """Does the engine declare what `name` stands for? `.m`: a function lv_<type>_m or lv_m;
    lv.a.b: a function or type lv_a_b, or, when a part is in capitals, a constant LV_A_B."""
    if name.startswith('.'):
        verb = name[1:]
        owners = [t[:-2] if t.endswith('_t') else t for t in type_names]
        return 'lv_' + verb in idents or any('lv_%s_%s' % (o, verb) in idents for o in owners)
    parts = name.split('.')[1:]
    flat = '_'.join(parts)
    if any(p.isupper() for p in parts):
        return 'LV_' + flat.upper() in idents
    return 'lv_' + flat in idents


def main():
    pyvgl, ranking, header_dirs = sys.argv[1], sys.argv[2], sys.argv[3:]
    names = read_names(ranking)
    env = dict(os.environ, PYVGL_HEADLESS='1')
    out = subprocess.run([pyvgl, '-c', PROBE], input='\n'.join(names), capture_output=True,
                         text=True, env=env, timeout=120)
    if out.returncode != 0:
        print(out.stderr)
        return 1
    lines = out.stdout.splitlines()
    type_names = lines[0].split()[1:]
    status = dict(line.rsplit(' ', 1) for line in lines[1:])
    idents = header_identifiers(header_dirs)
    missing = [n for n in names if status.get(n) != 'ok']
    broken = [n for n in missing if implemented(n, idents, type_names)]
    absent = [n for n in missing if n not in broken]
    print('%d names, %d reachable, %d not implemented by the engine, %d implemented but unreachable'
          % (len(names), len(names) - len(missing), len(absent), len(broken)))
    print('not implemented:', ' '.join(absent))
    if broken:
        print('IMPLEMENTED BUT UNREACHABLE:', ' '.join(broken))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
