#!/usr/bin/env python3
"""bindgen's command line: outputs on the toy library, and clear errors on bad input.

    cli_test.py BINDGEN TOY_HEADER
"""
import ast
import json
import os
import subprocess
import sys
import tempfile

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print('FAIL:', what)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, timeout=60)


def main():
    bindgen, toy = sys.argv[1], os.path.abspath(sys.argv[2])
    here = os.path.dirname(toy)
    with tempfile.TemporaryDirectory() as out:
        r = run([bindgen, '--module', 'toy', '--prefix', 'tl', toy, '-o', out])
        check(r.returncode == 0, 'toy header: exit 0 (got %d: %s)' % (r.returncode, r.stderr))
        check('functions bound' in r.stdout, 'toy header: summary line')
        for f in ('toy_tables.cpp', 'toy.pyi', 'toy_report.json', 'toy_report.txt', 'toy_tables.d'):
            check(os.path.isfile(os.path.join(out, f)), 'output ' + f)
        pyi = open(os.path.join(out, 'toy.pyi')).read()
        try:
            tree = ast.parse(pyi)
        except SyntaxError as e:
            tree = None
            check(False, 'toy.pyi is valid Python: %s' % e)
        if tree:
            classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
            check('gauge' in classes and classes['gauge'].bases[0].id == 'obj', 'pyi: class gauge(obj)')
            doc = [n for n in classes['obj'].body if isinstance(n, ast.FunctionDef) and n.name == 'set_x']
            check(doc and ast.get_docstring(doc[0]) == 'Sets the x coordinate.', 'pyi: docstring of obj.set_x')
            check('SYMBOL' in classes and 'ALIGN' in classes and 'COORD' in classes, 'pyi: constant groups')
        report = json.load(open(os.path.join(out, 'toy_report.json')))
        status = {f['name']: f for f in report['functions']}
        check(status['tl_log']['status'] == 'skipped' and 'variadic' in status['tl_log']['reason'],
              'report: tl_log skipped as variadic')
        check(status['tl_call_raw']['status'] == 'skipped' and 'user_data' in status['tl_call_raw']['reason'],
              'report: tl_call_raw skipped for its callback')
        check(status['tl_max']['status'] == 'bound', 'report: static inline tl_max bound')
        check(report['functions_total'] == len(report['functions']), 'report: totals')
        check(any(a['name'] == 'tl_obj_set_left' for a in report['aliases']), 'report: alias listed')
        dep = open(os.path.join(out, 'toy_tables.d')).read()
        check(toy in dep, 'depfile lists the header')

        # -D is accepted; a macro defined on the command line is configuration, not a constant
        r = run([bindgen, '-DTL_EXTRA_FLAG=5', '--module', 'toy', '--prefix', 'tl', toy, '-o', out])
        check(r.returncode == 0, '-D accepted')
        check('EXTRA_FLAG' not in open(os.path.join(out, 'toy.pyi')).read(), '-D macro is not a constant')

    with tempfile.TemporaryDirectory() as out:
        r = run([bindgen, '--module', 'toy', '--prefix', 'tl', os.path.join(here, 'missing.h'), '-o', out])
        check(r.returncode == 1 and 'cannot read header' in r.stderr, 'missing header: exit 1 and message')
        broken = os.path.join(here, 'bad', 'broken.h')
        r = run([bindgen, '--module', 'toy', '--prefix', 'tl', '--strict', broken, '-o', out])
        check(r.returncode == 1 and 'broken.h:4' in r.stderr and 'error' in r.stderr,
              '--strict, syntax error: exit 1 with the location (%s)' % r.stderr.strip())
        check(not os.path.exists(os.path.join(out, 'toy_tables.cpp')), '--strict, syntax error: no output written')
        # without --strict (someone else's headers): the error is reported, the rest is bound
        r = run([bindgen, '--module', 'toy', '--prefix', 'tl', broken, '-o', out])
        check(r.returncode == 0 and 'broken.h:4' in r.stderr and '1 error(s) in the headers' in r.stderr,
              'syntax error: reported, exit 0 (%s)' % r.stderr.strip())
        report = json.load(open(os.path.join(out, 'toy_report.json')))
        bound = [f['name'] for f in report['functions'] if f['status'] == 'bound']
        check(report['parse_errors'] == 1 and 'tl_fine' in bound, 'syntax error: count in the report, tl_fine bound')
        r = run([bindgen, '--frobnicate'])
        check(r.returncode == 2 and 'unknown option' in r.stderr, 'unknown option: exit 2')
        r = run([bindgen, '--module', 'toy', toy])
        check(r.returncode == 2 and '-o' in r.stderr, 'no output directory: exit 2')
        r = run([bindgen, '--module', 'not-an-identifier', '--prefix', 'tl', toy, '-o', out])
        check(r.returncode == 2, 'bad module name: exit 2')
        r = run([bindgen, '--prefix'])
        check(r.returncode == 2, 'option without value: exit 2')

    print('%d failure(s)' % len(failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
