#!/usr/bin/env python3
"""Checks which names of python-usage-ranking.txt a generated lvgl.pyi provides.

    check_names.py RANKING.txt lvgl.pyi [API.json]

With API.json (the functions an engine implements), names whose C function the engine does
not have are listed apart: they cannot be reachable. Prints the missing names, most used first.
"""
import ast
import json
import sys


def load_pyi(path):
    tree = ast.parse(open(path).read())
    module = {}
    methods = set()

    def members(cls):
        out = {}
        for n in cls.body:
            if isinstance(n, ast.FunctionDef):
                out[n.name] = None
                methods.add(n.name)
            elif isinstance(n, ast.ClassDef):
                out[n.name] = members(n)
            elif isinstance(n, ast.AnnAssign):
                out[n.target.id] = None
        return out

    for n in tree.body:
        if isinstance(n, ast.ClassDef):
            module[n.name] = members(n)
        elif isinstance(n, ast.FunctionDef):
            module[n.name] = None
        elif isinstance(n, ast.AnnAssign):
            module[n.target.id] = None
    # base classes: methods of obj are reachable on every widget
    return module, methods


def resolve(module, chain):
    cur = module
    for part in chain:
        if not isinstance(cur, dict) or part not in cur:
            return False
        cur = cur[part]
    return True


def main():
    ranking, pyi = sys.argv[1], sys.argv[2]
    engine_fns = None
    if len(sys.argv) > 3:
        engine_fns = {f['name'] for f in json.load(open(sys.argv[3]))['functions']}
    module, methods = load_pyi(pyi)
    missing, total, found = [], 0, 0
    for line in open(ranking):
        if line.startswith('#') or not line.strip():
            continue
        uses, _files, name = line.split()[:3]
        total += 1
        if name.startswith('lv.'):
            ok = resolve(module, name[3:].split('.'))
        else:
            ok = name[1:] in methods
        found += ok
        if not ok:
            missing.append((int(uses), name))
    print('%d of %d names reachable' % (found, total))
    for uses, name in missing:
        print('  missing %5d  %s' % (uses, name))


if __name__ == '__main__':
    main()
