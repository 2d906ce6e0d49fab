class Res:
    opened = 0
    def __enter__(self):
        Res.opened += 1
        return self
    def __exit__(self, t, v, tb):
        Res.opened -= 1
        if t is KeyError:
            return True
with Res() as r:
    print(Res.opened, type(r).__name__)
    with Res():
        print(Res.opened)
print(Res.opened)
with Res():
    raise KeyError
print('suppressed, opened', Res.opened)
