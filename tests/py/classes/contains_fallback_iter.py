class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 2
print(2 in OnlyIter(), 5 in OnlyIter(), 8 in OnlyGetitem(), 3 in OnlyGetitem())
