#!/usr/bin/env python3
"""Writes a C header declaring the LVGL 9.3 public API as listed in lvgl-9.3-api.json
(functions, enums, structs, callback types, typedefs) and the object-like macros of
lvgl-9.3-macros.json: a stand-in for the upstream headers (not available offline) to check
that bindgen copes with the whole upstream API surface.

    mock_upstream.py API.json MACROS.json OUT.h
"""
import json
import re
import sys

STD = {'void', 'bool', 'char', 'int', 'float', 'double', 'size_t', 'int8_t', 'uint8_t', 'int16_t',
       'uint16_t', 'int32_t', 'uint32_t', 'int64_t', 'uint64_t', 'uintptr_t', 'intptr_t',
       'unsigned', 'signed', 'long', 'short', 'const', 'struct', 'union', 'enum', 'va_list'}


def words(t):
    return re.findall(r'[A-Za-z_][A-Za-z0-9_]*', t)


KNOWN_TAGS = {}


def fix_type(t):
    """The JSON spells some types loosely: fix them into valid C."""
    if t == 'fnptr' or t.startswith('?'):
        return 'void *'
    t = re.sub(r'(?<![A-Za-z0-9])_(lv_\w+_t)', r'\1', t) if not re.match(r'^(const\s+)?(struct|union)', t) else t
    m = re.match(r'^(const\s+)?(struct|union)\s+(\w+)(.*)$', t)
    if m and m.group(3) not in KNOWN_TAGS:
        return 'void *' if '*' not in t else 'void *'
    out = []
    for x in re.split(r'([A-Za-z_][A-Za-z0-9_]*)', t):
        out.append(KNOWN_TAGS.get(x, x) if x.startswith('_lv') and not t.startswith(('struct', 'union', 'const struct', 'const union')) else x)
    return ''.join(out)


def decl(t, name):
    """C declaration of `name` with type string t ('const char *[]', 'uint8_t [4]')."""
    t = fix_type(t)
    m = re.match(r'^(.*?)\s*(\[[^\]]*\](?:\[[^\]]*\])*)$', t)
    if m:
        return '%s %s%s' % (m.group(1), name, m.group(2))
    return '%s %s' % (t, name)


def main():
    api = json.load(open(sys.argv[1]))
    macros = json.load(open(sys.argv[2]))['macros']
    out = []
    w = out.append
    w('/* Generated stand-in for the LVGL 9.3 public headers (names and types only). */')
    w('#ifndef MOCK_LVGL_H\n#define MOCK_LVGL_H\n#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <stdarg.h>')
    w('#define LV_ATTRIBUTE_FAST_MEM\n#define LV_FORMAT_ATTRIBUTE(a, b) __attribute__((format(printf, a, b)))')

    defined = set()
    structs = {s['name']: s for s in api['structs']}
    # forward typedefs for every struct/union so pointers work in any order
    public_name = {}
    for s in api['structs']:
        n = s['name']
        tag = n if n.startswith('_') else '_' + n
        pub = n.lstrip('_')
        if n.startswith('_lvimage'):
            pub = n
        public_name[n] = pub
        KNOWN_TAGS[tag] = pub
        w('typedef %s %s %s;' % (s['kind'], tag, pub))
        defined.add(pub)
        defined.add(tag)

    enums = api['enums']
    for e in enums:
        if e['name']:
            defined.add(e['name'])
    for c in api['callbacks']:
        defined.add(c['name'])
    for t in api['typedefs']:
        defined.add(t['name'])

    # every other lv_*_t mentioned is an opaque struct
    mentioned = set()
    def note(t):
        for x in words(t):
            if x not in STD:
                mentioned.add(x)
    for f in api['functions']:
        note(f['ret'])
        for a in f['args']:
            note(a[1])
    for s in api['structs']:
        for fl in s['fields']:
            note(fl[1])
    for c in api['callbacks']:
        note(c['ret'])
        for a in c['args']:
            note(a[1])
    for t in api['typedefs']:
        note(t['type'])
    for x in sorted(mentioned - defined):
        if x.endswith('_t') or x.startswith('lv_') or x.startswith('_lv'):
            if x.startswith('_'):
                w('struct %s;' % x)
            else:
                w('typedef struct _%s %s;' % (x, x))
            defined.add(x)

    # enums, then plain typedefs (they may name enums), then callbacks
    for e in enums:
        body = ',\n'.join('    %s = %s' % (m[0], m[1]) for m in e['members'])
        if e['name']:
            w('typedef enum {\n%s\n} %s;' % (body, e['name']))
        else:
            w('enum {\n%s\n};' % body)
    cb_names = {c['name'] for c in api['callbacks']}
    late = [t for t in api['typedefs'] if t['type'] in cb_names]
    pending = [t for t in api['typedefs'] if t['type'] not in cb_names]
    done = set()
    for _ in range(5):
        rest = []
        for t in pending:
            deps = [x for x in words(t['type']) if x not in STD and x != t['name']]
            if all(d in defined - {x['name'] for x in pending if x['name'] not in done} or d in done for d in deps):
                kind = t['type']
                if kind in ('lv_display_t',):
                    w('typedef %s %s;' % (kind, t['name']))
                else:
                    w('typedef %s %s;' % (kind, t['name']))
                done.add(t['name'])
            else:
                rest.append(t)
        pending = rest
    for t in pending:
        w('typedef %s %s;' % (t['type'], t['name']))
    for c in api['callbacks']:
        args = ', '.join(decl(a[1], a[0] or '') for a in c['args']) or 'void'
        w('typedef %s (*%s)(%s);' % (fix_type(c['ret']), c['name'], args))
    for t in late:
        w('typedef %s %s;' % (t['type'], t['name']))

    # struct bodies, by-value dependencies first
    emitted = set()
    def emit(n, stack=()):
        if n in emitted or n in stack:
            return
        s = structs[n]
        for fl in s['fields']:
            t = fl[1]
            if '*' in t:
                continue
            for x in words(t):
                for cand in (x, '_' + x, x.lstrip('_')):
                    if cand in structs and cand != n:
                        emit(cand, stack + (n,))
        tag = n if n.startswith('_') else '_' + n
        fields = []
        for fl in s['fields']:
            d = decl(fl[1], fl[0] or '')
            if fl[2]:
                d += ' : %s' % fl[2]
            fields.append('    %s;' % d)
        w('%s %s {\n%s\n};' % (s['kind'], tag, '\n'.join(fields)))
        emitted.add(n)
    for n in structs:
        emit(n)

    # object-like macros with a value
    for m in macros:
        if m['kind'] == 'macro' and m['value'] and not m['name'].endswith('_H'):
            w('#define %s%s %s' % (m['name'], m['params'], m['value']))

    for f in api['functions']:
        args = ', '.join(decl(a[1], a[0] or '') if a[1] not in ('...', 'ellipsis') else '...' for a in f['args']) or 'void'
        w('%s %s(%s);' % (fix_type(f['ret']), f['name'], args))
    for f in api['functions']:
        m = re.match(r'^lv_(\w+)_create$', f['name'])
        if m and len(f['args']) == 1 and f['args'][0][1] == 'lv_obj_t *':
            w('extern const lv_obj_class_t lv_%s_class;' % m.group(1))
    w('#endif')
    open(sys.argv[3], 'w').write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
