print(hash(1) == hash(1), hash('x') == hash('x'), hash((1, 'a')) == hash((1, 'a')))
print(hash(True) == hash(1), hash(2 ** 70) == hash(2 ** 70), type(hash('s')).__name__)
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
