class Suppress:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.kind):
            print('suppressed', et.__name__, ev.args)
            return True
        return False
with Suppress(KeyError):
    {}['missing']
print('after suppress')
try:
    with Suppress(KeyError):
        [][1]
except IndexError:
    print('IndexError not suppressed')
def f():
    with Suppress(Exception):
        return 'returned'
print(f())
for i in range(3):
    with Suppress(ZeroDivisionError):
        if i == 1:
            continue
        print(10 // (i - 2) if i != 2 else 1 // 0)
print('loop done')
