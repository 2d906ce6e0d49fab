m = __import__('sys')
print(m.__name__)
import builtins
print(builtins.len([1, 2]), hasattr(builtins, 'print'), hasattr(builtins, '__build_class__'))
C = type('C', (object,), {'x': 5, 'method': lambda self: 'method'})
print(C().method(), C.x)
mod = __import__('math')
print(mod.floor(2.5))
