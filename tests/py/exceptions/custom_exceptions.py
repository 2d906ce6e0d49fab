class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__('not found: ' + what)
        self.what = what
try:
    raise NotFound('file')
except AppError as e:
    print(type(e).__name__, e.what, e.args, str(e))
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException))
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, e.args)
class Code(ValueError):
    code = 7
try:
    raise Code
except ValueError as e:
    print(e.code, isinstance(e, Code))
