def f():
    """Docstring only."""
class C:
    """Class docstring."""
def g():
    'single quoted doc'
    return 1
print(f(), C.__name__, g())
while False:
    'string expression statement'
print('ok')
