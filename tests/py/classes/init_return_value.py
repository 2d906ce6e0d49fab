class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError:
    print('TypeError __init__ returned non-None')
class Good:
    def __init__(self):
        return None
print(type(Good()).__name__)
