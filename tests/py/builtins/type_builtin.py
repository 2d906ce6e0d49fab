print(type(5).__name__, type(5.0).__name__, type('').__name__, type([]).__name__, type(print).__name__ in ('builtin_function_or_method', 'function'))
class K:
    pass
print(type(K()).__name__, type(K).__name__, type(K()) is K)
print(type(None).__name__, type(...).__name__, type(range(1)).__name__, type(slice(1)).__name__)
