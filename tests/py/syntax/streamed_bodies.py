# A top-level def or class is compiled a body statement at a time, read twice (scopes, then
# code): its code, errors and their order must be as if the whole file were parsed first.


def run(name, src):
    try:
        exec(compile(src, name, 'exec'), {})
    except SyntaxError as e:
        # IndentationError or SyntaxError: which one shows which error came first
        print(name, type(e).__name__)


# a syntax error anywhere wins over a compile error before it, in the same def or later
run('break_then_unindent', 'def f():\n    break\n    x = 1\n  y = 2\n')
run('return_in_class_then_indent', 'class A:\n    return 1\ndef g():\npass\n')
run('nested_compile_then_unindent', 'def f():\n    def g():\n        continue\n    x = 1\n   y = 2\n')
run('compile_error_later_def_ok', 'def f():\n    return 1\nclass A:\n    def m(self):\n        break\n')
run('unindent_in_nested', 'def f():\n    def g():\n        x = 1\n      y = 2\n')
run('expected_block_nested', 'def f():\n    def g():\n    return 1\n')
run('expected_block', 'def f():\nx = 1\n')

# names assigned late in a body are locals from the start (the scan sees the whole body)
src = '''
x = 'global'
def f():
    def g():
        return y
    try:
        print(x)
    except NameError:
        print('x is local')
    x = 1
    y = 2
    return g()
print(f())
'''
exec(src, {})

# single-line bodies, decorators, docstrings, cells through several streamed levels
src = '''
def deco(fn):
    return lambda *a: [fn(*a)]
def one(): return 1
def two(): a = 2; return a
@deco
@deco
def twice(x, y=[i * i for i in range(3)]): return x, y
class Doc:
    "doc of Doc"
    def m(self):
        "doc of m"
        return __class__.__name__
    class Inner:
        """inner doc"""
        z = [j for j in range(2)]
class Sub(Doc):
    def m(self):
        return 'sub ' + super().m()
def outer():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
            return a
        return inner
    f = mid()
    f()
    return a, f()
print(one(), two(), twice(5))
print(Doc.__doc__, Doc.Inner.__doc__, Doc.Inner.z, Doc().m(), Sub().m())
print(outer())
'''
exec(src, {})

# a lambda or comprehension inside an f-string, in a streamed body
src = '''
def fs(n):
    g = lambda: n
    return f'{(lambda q: q * 2)(n)} {[i for i in range(n)]} {g()}', (lambda: [k for k in range(n)])()
print(fs(3))
'''
exec(src, {})
