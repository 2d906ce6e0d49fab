#!/usr/bin/env python3
"""Mutation fuzzer for the pyvgl interpreter.

Takes the test scripts (tests/py/**/*.py by default), mutates their tokens and bytes,
runs `pyvgl` on every mutant with a timeout and reports each mutant that makes the
interpreter misbehave. A mutant may do anything a Python program may do, so these are
all fine: exit 0, exit 1 after an uncaught Python exception (SyntaxError included).
These are failures:

    crash      killed by a signal (SIGSEGV, SIGABRT, ...)
    hang       still running after --timeout (unless CPython also runs that long:
               then the mutant is simply an endless program and is not reported)
    sanitizer  an AddressSanitizer / LeakSanitizer / UBSan report on stderr
    exit       any other exit status (unless CPython exits with the same status,
               as it does for sys.exit(N))

    tools/fuzz/fuzz.py --pyvgl build/pyvgl -n 10000 --seed 1 [-j 2] [--out DIR]
    tools/fuzz/fuzz.py --pyvgl build/pyvgl --seed 1 --only 4711 --keep   # replay one case

Mutant number i of a run is built from a random generator seeded with (seed, i) alone,
so a run is deterministic for a given seed and corpus, and any single case can be
replayed with --only. Failing inputs are saved to --out as case-<i>-<kind>.py with a
matching .txt holding the command, exit status and the tail of stderr.
"""
import argparse
import concurrent.futures
import glob
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))

# --- tokens ----------------------------------------------------------------------------
# A lossless tokenizer: joining the tokens gives back the source exactly, so edits on the
# token list keep everything else (whitespace, comments) as it was.
TOKEN_RE = re.compile(r'''
    (?P<string>(?:[rRbBfFuU]{0,2})(?:\'\'\'(?:\\.|[^\\])*?\'\'\'|"""(?:\\.|[^\\])*?"""
                                    |\'(?:\\.|[^\\\'\n])*\'|"(?:\\.|[^\\"\n])*"))
  | (?P<number>0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?[jJ]?)
  | (?P<name>[^\W\d]\w*)
  | (?P<comment>\#[^\n]*)
  | (?P<newline>\r?\n)
  | (?P<space>[ \t\f]+|\\\r?\n)
  | (?P<op>\*\*=|//=|>>=|<<=|->|:=|\.\.\.|[-+*/%&|^@<>=!]=|\*\*|//|<<|>>|[-+*/%&|^~@<>=.,:;()\[\]{}])
  | (?P<other>.)
''', re.VERBOSE | re.DOTALL)

KEYWORDS = ('False None True and as assert async await break class continue def del elif '
            'else except finally for from global if import in is lambda nonlocal not or '
            'pass raise return try while with yield').split()
OPERATORS = ('+ - * / // % ** << >> & | ^ ~ < > <= >= == != = += -= *= /= //= %= **= '
             '>>= <<= &= |= ^= := -> . , : ; @ ...').split()
BRACKETS = list('()[]{}')
LITERALS = ['0', '1', '-1', '2**64', '10**100', '1e308', '1e-320', '0.0', '1j', "''", "'x'",
            'b""', 'None', 'True', '[]', '{}', '()', 'set()', "'\\x00'", "'\\u1234'",
            "'\\U0001f600'", 'float("nan")', 'float("inf")', '-0.0', '0x7fffffff',
            '0xffffffffffffffff', '...']
BUILTIN_NAMES = ['len', 'print', 'range', 'int', 'str', 'list', 'dict', 'iter', 'next',
                 'type', 'object', 'super', 'self', 'repr', 'hash', 'sorted', 'getattr',
                 'setattr', 'isinstance', 'globals', 'locals', 'eval', 'exec', '__import__',
                 '__class__', '__dict__', '__init__', '__name__', 'bytearray', 'memoryview']


def tokenize(text):
    return [m.group(0) for m in TOKEN_RE.finditer(text)]


def significant(tokens):
    """Indices of tokens that are not whitespace, newlines or comments."""
    return [i for i, t in enumerate(tokens) if t.strip() and not t.startswith('#')]


# --- mutations -------------------------------------------------------------------------
# Each mutation takes (rng, text) and returns new text. Token mutations work on the
# lossless token list; byte mutations work on the UTF-8 encoding and may break it.

def mut_delete_token(rng, text):
    toks = tokenize(text)
    sig = significant(toks)
    if sig:
        del toks[rng.choice(sig)]
    return ''.join(toks)


def mut_duplicate_token(rng, text):
    toks = tokenize(text)
    sig = significant(toks)
    if sig:
        i = rng.choice(sig)
        toks.insert(i, toks[i] + rng.choice(['', ' ']))
    return ''.join(toks)


def mut_swap_tokens(rng, text):
    toks = tokenize(text)
    sig = significant(toks)
    if len(sig) >= 2:
        if rng.random() < 0.5:  # neighbours, the likelier case to stay almost valid
            k = rng.randrange(len(sig) - 1)
            a, b = sig[k], sig[k + 1]
        else:
            a, b = rng.sample(sig, 2)
        toks[a], toks[b] = toks[b], toks[a]
    return ''.join(toks)


def random_fragment(rng, toks):
    pool = rng.choice([OPERATORS, BRACKETS, KEYWORDS, LITERALS, BUILTIN_NAMES, None])
    if pool is None:  # a token taken from elsewhere in the same file
        sig = significant(toks)
        return toks[rng.choice(sig)] if sig else 'x'
    return rng.choice(pool)


def mut_insert_token(rng, text):
    toks = tokenize(text)
    pos = rng.randrange(len(toks) + 1)
    frag = random_fragment(rng, toks)
    toks.insert(pos, rng.choice(['', ' ']) + frag + rng.choice(['', ' ']))
    return ''.join(toks)


def mut_replace_token(rng, text):
    toks = tokenize(text)
    sig = significant(toks)
    if sig:
        i = rng.choice(sig)
        toks[i] = random_fragment(rng, toks)
    return ''.join(toks)


def token_class(tok):
    m = TOKEN_RE.fullmatch(tok)
    return m.lastgroup if m else 'other'


def mut_replace_same_class(rng, text):
    """Swap a token for another of its class (number, string, name or operator) taken
    from the same file or the pools: the result usually still parses, so the mutant
    reaches the compiler and the VM instead of stopping in the parser."""
    toks = tokenize(text)
    sig = significant(toks)
    if not sig:
        return text
    i = rng.choice(sig)
    cls = token_class(toks[i])
    same = [toks[j] for j in sig if token_class(toks[j]) == cls]
    extra = {'number': [l for l in LITERALS if l[0].isdigit()], 'name': BUILTIN_NAMES,
             'op': OPERATORS, 'string': [l for l in LITERALS if "'" in l or '"' in l]}
    toks[i] = rng.choice(same + extra.get(cls, []))
    return ''.join(toks)


def mut_line_edit(rng, text):
    lines = text.split('\n')
    if not lines:
        return text
    i = rng.randrange(len(lines))
    op = rng.randrange(5)
    if op == 0:
        del lines[i]
    elif op == 1:
        lines.insert(i, lines[i])
    elif op == 2:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif op == 3:
        lines[i] = rng.choice([' ', '    ', '\t', '        ']) + lines[i]
    else:
        lines[i] = lines[i].lstrip()
    return '\n'.join(lines)


def mut_truncate(rng, text):
    return text[:rng.randrange(len(text) + 1)]


def mut_deep_nesting(rng, text):
    depth = rng.choice([50, 200, 1000, 5000, 20000])
    kind = rng.randrange(8)
    if kind == 0:
        frag = '(' * depth + '1' + ')' * depth
    elif kind == 1:
        frag = '[' * depth + ']' * depth
    elif kind == 2:
        frag = '{"k": ' * depth + '0' + '}' * depth
    elif kind == 3:
        frag = '-' * depth + '1'
    elif kind == 4:
        frag = 'not ' * depth + 'x'
    elif kind == 5:
        frag = 'lambda: ' * min(depth, 2000) + '0'
    elif kind == 6:
        frag = '1' + ' + 1' * depth
    else:  # nested blocks: each level indented one more space
        d = min(depth, 500)
        body = ''.join(' ' * k + 'if 1:\n' for k in range(d))
        return text + '\n' + body + ' ' * d + 'pass\n'
    toks = tokenize(text)
    sig = significant(toks) or [0]
    toks.insert(rng.choice(sig) if toks else 0, ' ' + frag + ' ')
    if rng.random() < 0.5:  # also as a statement of its own
        return text + '\nx = ' + frag + '\nprint(len(repr(x)))\n'
    return ''.join(toks)


def mut_huge_literal(rng, text):
    n = rng.choice([1000, 10000, 100000])
    frag = rng.choice(['9' * n, '0x' + 'f' * n, "'" + 'a' * n + "'", '1.' + '5' * n,
                       '"\\x41' * (n // 8) + '"', "b'" + '\\xff' * (n // 4) + "'"])
    return text + '\nv = ' + frag + '\nprint(len(str(v)))\n'


def mut_flip_byte(rng, data):
    if not data:
        return data
    b = bytearray(data)
    i = rng.randrange(len(b))
    b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def mut_insert_byte(rng, data):
    b = bytearray(data)
    i = rng.randrange(len(b) + 1)
    b[i:i] = bytes([rng.choice([0, 0x7f, 0x80, 0xc3, 0xe2, 0xf0, 0xff, 9, 13, 92, 39, 34, 10,
                                rng.randrange(256)])])
    return bytes(b)


def mut_delete_bytes(rng, data):
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + data[i + rng.randrange(1, 8):]


TEXT_MUTATIONS = [mut_delete_token, mut_duplicate_token, mut_swap_tokens, mut_insert_token,
                  mut_replace_token, mut_replace_same_class, mut_line_edit, mut_truncate,
                  mut_deep_nesting, mut_huge_literal]
TEXT_WEIGHTS = [5, 3, 4, 5, 5, 14, 3, 1, 2, 1]
BYTE_MUTATIONS = [mut_flip_byte, mut_insert_byte, mut_delete_bytes]


def make_mutant(seed, index, corpus):
    """Mutant number `index`: (source path, bytes, list of mutation names)."""
    rng = random.Random('%d:%d' % (seed, index))
    path = rng.choice(corpus)
    with open(path, 'rb') as f:
        data = f.read()
    applied = []
    for _ in range(rng.choice([1, 1, 1, 1, 2, 2, 3])):
        if rng.random() < 0.8:
            mut = rng.choices(TEXT_MUTATIONS, TEXT_WEIGHTS)[0]
            text = data.decode('utf-8', 'surrogateescape')
            data = mut(rng, text).encode('utf-8', 'surrogateescape')
        else:
            mut = rng.choice(BYTE_MUTATIONS)
            data = mut(rng, data)
        applied.append(mut.__name__[4:])
    return path, data, applied


# --- running ---------------------------------------------------------------------------
SANITIZER_RE = re.compile(rb'ERROR: (Address|Leak|Memory|Thread)Sanitizer|'
                          rb'runtime error: |UndefinedBehaviorSanitizer|SUMMARY: \w+Sanitizer')
SANITIZER_ENV = {
    # sanitizers exit with 1 by default, which would look like a Python exception
    'ASAN_OPTIONS': 'exitcode=86:abort_on_error=0:detect_leaks=1',
    'UBSAN_OPTIONS': 'halt_on_error=1:exitcode=87:print_stacktrace=1',
    'LSAN_OPTIONS': 'exitcode=86',
}
STDERR_KEEP = 8000


def run_program(cmd, cwd, timeout, env):
    """Run cmd; return (status, stderr tail). status None means it timed out.
    stderr is read as it comes and only its tail kept, so a mutant printing errors
    in an endless loop cannot fill memory or disk."""
    p = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, env=env, start_new_session=True)
    tail = [b'']

    def read_stderr():
        while True:
            chunk = p.stderr.read1(65536)
            if not chunk:
                break
            tail[0] = (tail[0] + chunk)[-STDERR_KEEP:]

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    try:
        rc = p.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        rc = None
    reader.join(timeout=5)
    p.stderr.close()
    return rc, tail[0]


def classify(rc, stderr):
    if stderr and SANITIZER_RE.search(stderr):
        return 'sanitizer'
    if rc is None:
        return 'hang'
    if rc < 0:
        return 'crash'
    if rc in (0, 1):
        return 'ok' if rc == 0 else 'exception'
    return 'exit'


def check_case(args, corpus, index, workdir):
    path, data, applied = make_mutant(args.seed, index, corpus)
    case_dir = os.path.join(workdir, 'case%d' % index)
    os.makedirs(case_dir, exist_ok=True)
    script = os.path.join(case_dir, 'mutant.py')
    with open(script, 'wb') as f:
        f.write(data)
    env = dict(os.environ)
    for k, v in SANITIZER_ENV.items():
        env[k] = (env[k] + ':' + v) if env.get(k) else v
    try:
        rc, stderr = run_program([args.pyvgl, 'mutant.py'], case_dir, args.timeout, env)
        kind = classify(rc, stderr)
        if kind in ('hang', 'exit'):
            # the mutant may just be an endless loop or a sys.exit(N): ask CPython
            ref_rc, _ = run_program([args.cpython, '-X', 'utf8', 'mutant.py'], case_dir,
                                    args.timeout, dict(os.environ))
            if (kind == 'hang' and ref_rc is None) or (kind == 'exit' and ref_rc == rc):
                kind = 'same-as-cpython'
    finally:
        if not args.keep:
            shutil.rmtree(case_dir, ignore_errors=True)
    return index, path, data, applied, kind, rc, stderr


FAILURE_KINDS = ('crash', 'hang', 'sanitizer', 'exit')


def save_failure(out_dir, pyvgl, result):
    index, path, data, applied, kind, rc, stderr = result
    os.makedirs(out_dir, exist_ok=True)
    base = os.path.join(out_dir, 'case-%d-%s' % (index, kind))
    with open(base + '.py', 'wb') as f:
        f.write(data)
    with open(base + '.txt', 'w') as f:
        f.write('kind: %s\nexit status: %s\nfrom: %s\nmutations: %s\n'
                'replay: %s %s.py\n--- stderr (tail) ---\n'
                % (kind, 'timeout' if rc is None else rc, os.path.relpath(path, ROOT),
                   ' '.join(applied), pyvgl, os.path.basename(base)))
        f.write(stderr.decode('utf-8', 'replace'))
    return base + '.py'


def collect_corpus(patterns):
    files = []
    for pat in patterns:
        if os.path.isdir(pat):
            pat = os.path.join(pat, '**', '*.py')
        files.extend(glob.glob(pat, recursive=True))
    return sorted(set(f for f in files if os.path.isfile(f)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--pyvgl', required=True, help='interpreter binary under test')
    ap.add_argument('--cpython', default='/usr/bin/python3',
                    help='reference used to dismiss endless programs and sys.exit(N)')
    ap.add_argument('-n', type=int, default=1000, help='number of mutants')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--start', type=int, default=0, help='first mutant number')
    ap.add_argument('--only', type=int, help='run just this mutant number')
    ap.add_argument('--timeout', type=float, default=5.0, help='seconds per run')
    ap.add_argument('-j', '--jobs', type=int, default=1)
    ap.add_argument('--out', default=os.path.join(ROOT, 'build', 'fuzz-failures'),
                    help='folder for failing inputs (default build/fuzz-failures)')
    ap.add_argument('--keep', action='store_true', help='keep the scratch folder of each case')
    ap.add_argument('--corpus', nargs='*', default=[os.path.join(ROOT, 'tests', 'py')],
                    help='scripts or folders to mutate (default tests/py)')
    ap.add_argument('-q', '--quiet', action='store_true')
    args = ap.parse_args()
    args.pyvgl = os.path.abspath(args.pyvgl)
    if not os.access(args.pyvgl, os.X_OK):
        sys.exit('not an executable: ' + args.pyvgl)
    corpus = collect_corpus(args.corpus)
    if not corpus:
        sys.exit('no scripts found in ' + ' '.join(args.corpus))

    indices = [args.only] if args.only is not None else range(args.start, args.start + args.n)
    counts = {}
    failures = []
    workdir = tempfile.mkdtemp(prefix='pyvgl-fuzz-')
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [pool.submit(check_case, args, corpus, i, workdir) for i in indices]
            for done, fut in enumerate(futures, 1):
                result = fut.result()
                kind = result[4]
                counts[kind] = counts.get(kind, 0) + 1
                if kind in FAILURE_KINDS:
                    saved = save_failure(args.out, args.pyvgl, result)
                    failures.append(saved)
                    print('%-9s case %d (%s; %s) -> %s' % (kind.upper(), result[0],
                          os.path.relpath(result[1], ROOT), ' '.join(result[3]), saved),
                          flush=True)
                if not args.quiet and done % 500 == 0:
                    print('... %d/%d run' % (done, len(futures)), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    total = sum(counts.values())
    print('fuzz summary: seed %d, %d mutants of %d scripts' % (args.seed, total, len(corpus)))
    for kind in ('ok', 'exception', 'same-as-cpython') + FAILURE_KINDS:
        print('  %-16s %6d' % (kind, counts.get(kind, 0)))
    if failures:
        print('%d failing inputs saved in %s' % (len(failures), os.path.abspath(args.out)))
        return 1
    print('no crash, hang, sanitizer report or bad exit status')
    return 0


if __name__ == '__main__':
    sys.exit(main())
