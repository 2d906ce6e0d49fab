print(True + 1, True & 3, False | 4, True ^ True, -True, ~False)
print(type(True & True).__name__, type(True + True).__name__)
print(isinstance(True, int), issubclass(bool, int))
print(sum([True, True, False]), True * 'ab', [1, 2][True])
