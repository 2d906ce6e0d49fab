#!/usr/bin/env python3
"""bindgen on a header tree laid out like an upstream LVGL release (tree/, prefix tk): a
configuration found through TK_CONF_INCLUDE_SIMPLE, headers including each other, private
and disabled headers, compatibility maps, and the C constructs of the upstream headers.
Checks the report, the stubs, and that the tables compile without warnings.

    tree_test.py BINDGEN CXX REPO_ROOT
"""
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TREE = os.path.join(HERE, 'tree')
HEADER = os.path.join(TREE, 'tk.h')
CONF = None  # the enabled copy of tk_conf_template.h (main)
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print('FAIL:', what)


def run_bindgen(bindgen, out, *args):
    cmd = [bindgen, '-I', CONF, '-I', TREE] + list(args) + ['--module', 'tk', '--prefix', 'tk', HEADER, '-o', out]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    check(r.returncode == 0, 'bindgen %s: exit 0 (got %d: %s)' % (' '.join(args), r.returncode, r.stderr))
    report = json.load(open(os.path.join(out, 'tk_report.json')))
    stubs = ast.parse(open(os.path.join(out, 'tk.pyi')).read())
    return report, stubs


def names(node, prefix=''):
    """Every name the stubs define: classes, their members and methods (dotted)."""
    out = set()
    for n in node.body:
        if isinstance(n, ast.ClassDef):
            out.add(prefix + n.name)
            out |= names(n, prefix + n.name + '.')
        elif isinstance(n, ast.FunctionDef):
            out.add(prefix + n.name)
        elif isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name):
            out.add(prefix + n.target.id)
        elif isinstance(n, ast.Assign):
            out |= {prefix + t.id for t in n.targets if isinstance(t, ast.Name)}
    return out


def status(report):
    return {f['name']: f for f in report['functions']}


def check_default_configuration(bindgen, cxx, root):
    with tempfile.TemporaryDirectory() as out:
        report, stubs = run_bindgen(bindgen, out, '-DTK_CONF_INCLUDE_SIMPLE')
        fs = status(report)
        py = names(stubs)
        check(len(fs) == len(report['functions']), 'each function reported once (tk_log_add is declared twice)')
        for f in report['functions']:
            check(f['status'] == 'bound' or f.get('reason'), '%s: bound or skipped with a reason' % f['name'])
        for name, why in (('tk_log', 'variadic'), ('tk_log_add', 'variadic'), ('tk_log_va', 'va_list'),
                          ('tk_obj_sort_children', 'unnamed function pointer')):
            check(name in fs and fs[name]['status'] == 'skipped' and why in fs[name]['reason'],
                  '%s skipped: %s' % (name, why))
        for name in ('tk_area_get_width',      # inline static
                     'tk_color_mix',           # attribute macro, then static inline
                     'tk_obj_set_xy',          # static inline wrapper of the compatibility map
                     'tk_version_major',       # static inline in the umbrella header
                     'tk_obj_refresh_old',     # __attribute__((deprecated))
                     'tk_timer_handler',       # attribute before the return type
                     'tk_style_set_prop', 'tk_style_get_prop_value',  # union by value
                     'tk_color_to_16',         # union returned by value
                     'tk_cache_get_size',      # struct declared, never defined
                     'tk_obj_get_redraw',      # enum bitfield, unnamed function pointer field
                     'tk_obj_set_texts', 'tk_meter_set_labels', 'tk_obj_get_children',
                     'tk_obj_add_event_cb', 'tk_color_filter_dsc_init', 'tk_style_prop_list_count',
                     'tk_grad_init',             # callback typedef not ending in _t, user_data last
                     'tk_task_handler',          # attribute between `static inline` and the type
                     'tk_obj_add_handler',       # callback given by a typedef of a typedef
                     'tk_disp_refresh'):         # struct and enum given by their old names
            check(fs.get(name, {}).get('status') == 'bound', '%s bound' % name)
        for name in ('tk_obj_private_only',    # private header, not included
                     '_tk_area_intersect',     # private by its leading underscore
                     'tk_gif_create'):         # library switched off in tk_conf.h
            check(name not in fs, '%s not public' % name)
        aliases = {a['name'] for a in report['aliases']}
        check({'tk_obj_del', 'tk_meter_set_scale_range'} <= aliases, 'macro aliases of functions')
        check({'tk_obj_remove', 'tk_obj_clear', 'tk_obj_clean_old'} <= aliases, 'aliases of aliases, in any order')
        check('_tk_obj_delete_internal' not in aliases, 'no private alias')
        check(fs.get('tk_meter_set_span', {}).get('status') == 'bound', 'plain static wrapper bound')

        for n in ('obj', 'meter', 'obj.set_xy', 'obj.refresh_old', 'meter.set_scale_range', 'obj.remove',
                  'meter.set_span', 'obj.add_handler', 'disp_t', 'task_handler',
                  'obj.FLAG.HIDDEN', 'obj.FLAG.USER_2', 'meter.MODE.NORMAL', 'meter.MODE.SYMMETRIC',
                  'SIZE_CONTENT', 'COORD.MAX', 'COORD.MIN', 'LOG_LEVEL.INFO', 'SYMBOL.OK', 'SYMBOL.DUMMY',
                  'OPA._50', 'OPA.MIN', 'RESULT.OK', 'DIR.HOR', 'PALETTE.NONE', 'EVENT.PREPROCESS',
                  'STYLE.BG_COLOR', 'VERSION.MAJOR', 'color_hex', 'pct', 'version_info',
                  'style_t', 'style_t.set_prop', 'style_value_t', 'color16_t', 'color16_ch_t',
                  'color_native_t', 'pos_t', 'obj_redraw_t', 'cache_t.get_size', 'event_t.get_target',
                  'grad_dsc_t.params', 'grad_dsc_params_t.radial', 'grad_dsc_params_radial_t.radius',
                  'grad_dsc_t.extend', 'grad_dsc_t.stops',
                  'obj_class', 'meter_class'):
            check(n in py, 'stubs define %s' % n)
        for n in py:
            last = n.split('.')[-1]
            check(not last.startswith(('CONF', 'USE_', 'ENUM_', 'ATTRIBUTE', 'COLOR_DEPTH', 'STR_', '_TK')),
                  'no configuration switch or private member in the module: %s' % n)
            check('LAST' not in last, 'no private counter member: %s' % n)
        for n in ('STYLE.CONST_PROPS_END', 'STYLE_CONST_PROPS_END', 'COLOR_WHITE_LITERAL',
                  'STYLE.DEFAULT_WIDTH_NOW', 'STYLE_DEFAULT_WIDTH_NOW', 'style_value'):
            check(n not in py, 'a macro that is no integer constant is not one: %s' % n)

        # the tables compile as the build compiles them, warnings as errors
        tables = os.path.join(out, 'tk_tables.cpp')
        r = subprocess.run([cxx, '-std=c++17', '-fsyntax-only', '-fno-exceptions', '-fno-rtti', '-Wall', '-Wextra',
                            '-Werror', '-Wno-unused-parameter', '-DTK_CONF_INCLUDE_SIMPLE', '-I' + root, '-I' + CONF,
                            '-I' + TREE,
                            tables], capture_output=True, text=True, timeout=120)
        check(r.returncode == 0, 'tables compile without warnings:\n' + r.stderr[-3000:])
        # and for a Cortex-M, where long is 32 bits (flags up to 1L << 31)
        clang = shutil.which('clang++-19') or shutil.which('clang++')
        if clang:
            r = subprocess.run([clang, '--target=arm-none-eabi', '-mcpu=cortex-m4', '-mthumb', '-std=c++17',
                                '-ffreestanding', '-fsyntax-only', '-fno-exceptions', '-fno-rtti', '-Wall', '-Wextra',
                                '-Werror', '-Wno-unused-parameter', '-DTK_CONF_INCLUDE_SIMPLE', '-I' + root,
                                '-I' + CONF, '-I' + TREE, tables], capture_output=True, text=True, timeout=120)
            check(r.returncode == 0, 'tables compile for Cortex-M without warnings:\n' + r.stderr[-3000:])


def check_other_configurations(bindgen):
    with tempfile.TemporaryDirectory() as out:
        # a switch given with -D reaches the headers, and is no constant itself
        report, stubs = run_bindgen(bindgen, out, '-DTK_CONF_SKIP', '-DTK_USE_METER=0')
        py = names(stubs)
        check('meter' not in py and 'tk_meter_create' not in status(report), '-DTK_USE_METER=0 removes the meter')
        check('USE_METER' not in py, '-D macro is not a constant')
    with tempfile.TemporaryDirectory() as out:
        # with the private headers the object's layout is known: it stays a class
        report, stubs = run_bindgen(bindgen, out, '-DTK_CONF_SKIP', '-DTK_USE_PRIVATE_API=1')
        py = names(stubs)
        check(status(report).get('tk_obj_private_only', {}).get('status') == 'bound', 'private API: read')
        check('obj.set_pos' in py and 'obj_t' not in py, 'private API: obj is still a class, not a struct')
    with tempfile.TemporaryDirectory() as out:
        # no configuration file at all: the defaults of tk_conf_internal.h (logging off, and
        # tk_log_add is then a function-like macro)
        report, stubs = run_bindgen(bindgen, out, '-DTK_CONF_SKIP')
        fs = status(report)
        check('tk_log' not in fs and 'tk_log_add' not in fs, 'TK_CONF_SKIP: logging off')
        check('tk_obj_create' in fs, 'TK_CONF_SKIP: the rest is there')
    with tempfile.TemporaryDirectory() as out:
        # the MicroPython binding's configuration exports constants as enum members ENUM_<name>
        report, stubs = run_bindgen(bindgen, out, '-DTK_CONF_INCLUDE_SIMPLE',
                                    '-DTK_EXPORT_CONST_INT(int_value)=enum { ENUM_##int_value = int_value }')
        py = names(stubs)
        check('SIZE_CONTENT' in py and 'COORD.MAX' in py and 'LOG_LEVEL.WARN' in py,
              'exported constants keep their names')
        check(not any('ENUM_' in n for n in py), 'no ENUM_ names')


def check_upstream_script(bindgen, cxx, root):
    """bench/binding/upstream.py runs the whole check on a tree: it must pass on this one."""
    r = subprocess.run([sys.executable, os.path.join(root, 'bench', 'binding', 'upstream.py'), TREE,
                        '--bindgen', bindgen, '--cxx', cxx, '--header', 'tk.h', '--module', 'tk', '--prefix', 'tk',
                        '--template', 'tk_conf_template.h', '--conf-define', 'TK_CONF_INCLUDE_SIMPLE',
                        '--min', '45', '--no-size', '--no-compare'], capture_output=True, text=True, timeout=300)
    check(r.returncode == 0 and 'tables compile' in r.stdout and 'result: OK' in r.stdout,
          'upstream.py on the tree:\n' + r.stdout + r.stderr)
    check('variadic function' in r.stdout, 'upstream.py groups the skip reasons')
    r = subprocess.run([sys.executable, os.path.join(root, 'bench', 'binding', 'upstream.py'), TREE,
                        '--bindgen', bindgen, '--cxx', cxx, '--header', 'tk.h', '--module', 'tk', '--prefix', 'tk',
                        '--template', 'tk_conf_template.h', '--conf-define', 'TK_CONF_INCLUDE_SIMPLE',
                        '--set', 'TK_USE_METER=0', '--set', 'TK_USE_LOG=0',
                        '--min', '50', '--no-size', '--no-compare'], capture_output=True, text=True, timeout=300)
    check(r.returncode == 1 and 'bound >= 50 (--min; the original generator binds 1828): NO' in r.stdout and
          'tables compile (%s -std=c++17 -Wall -Wextra -Werror): yes' % cxx in r.stdout,
          'upstream.py --set switches the meter and logging off, and fails below --min:\n' + r.stdout + r.stderr)


def main():
    global CONF
    bindgen, cxx, root = sys.argv[1], sys.argv[2], sys.argv[3]
    sys.path.insert(0, os.path.join(root, 'bench', 'binding'))
    from upstream import enabled_template
    with tempfile.TemporaryDirectory() as conf:
        # the user's copy of the template, switched on, found through TK_CONF_INCLUDE_SIMPLE
        CONF = conf
        enabled_template(os.path.join(TREE, 'tk_conf_template.h'), os.path.join(conf, 'tk_conf.h'))
        check_default_configuration(bindgen, cxx, root)
        check_other_configurations(bindgen)
    check_upstream_script(bindgen, cxx, root)
    print('%d failure(s)' % len(failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
