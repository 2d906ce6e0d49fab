class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class Sub(MyErr):
    pass
try:
    raise Sub(404, 'missing')
except MyErr as e:
    print(type(e).__name__, e.code, e.args, str(e))
class Plain(ValueError):
    pass
try:
    raise Plain('p', 'q')
except ValueError as e:
    print(e.args, isinstance(e, Plain))
