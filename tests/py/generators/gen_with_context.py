class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *a):
        print('exit')
def g():
    with CM():
        yield 1
        yield 2
for v in g():
    print(v)
it = g()
print(next(it))
it.close()
print('closed')
