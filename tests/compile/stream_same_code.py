"""Streamed compilation makes the same code as whole-tree compilation.

The compiler reads a top-level def or class a body statement at a time, twice (scopes,
then code: py/compile.h StmtSource). `pyvgl_freeze --no-stream` compiles every statement
as one whole tree instead. Both must write the same code objects (bytecode, constants,
names, line tables) for every Python file of the project, and fail the same way on the
ones that do not compile.

    stream_same_code.py PYVGL_FREEZE SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile


def python_files(root):
    for top in ('tests', 'lib', 'examples'):
        for d, _, files in os.walk(os.path.join(root, top)):
            for f in sorted(files):
                if f.endswith('.py'):
                    yield os.path.join(d, f)


def freeze(tool, flags, out, path):
    r = subprocess.run([tool] + flags + [out, os.path.dirname(path), path],
                       capture_output=True, text=True, timeout=60)
    code = open(out, 'rb').read() if r.returncode == 0 else b''
    return r.returncode, r.stdout + r.stderr, code


def main():
    tool, root = sys.argv[1], sys.argv[2]
    files = list(python_files(root))
    differ = []
    streamed = 0
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'frozen.cpp')
        for path in files:
            whole = freeze(tool, ['--no-stream'], out, path)
            stream = freeze(tool, [], out, path)
            if whole != stream:
                differ.append(path)
            with open(path, 'rb') as f:
                streamed += any(line.startswith((b'def ', b'class ', b'@')) for line in f)
    for path in differ:
        print('different code:', os.path.relpath(path, root))
    print('%d files (%d with streamed defs or classes), %d different' % (len(files), streamed, len(differ)))
    # the comparison means something only if there are streamed statements to compare
    if streamed < 100:
        print('too few files with a top-level def or class')
        return 1
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main())
