print(repr(1), repr('s'), repr("it's"), repr([1, 'a']), repr((1,)), repr({'a': 1}), repr(None))
print(repr(True), repr(b'x'), repr(2.5), repr(''), repr([]), repr(()), repr({}))
class R:
    def __repr__(self):
        return '<R>'
print(repr(R()), repr([R()]), repr({'k': R()}))
print(repr('\n'), repr('a"b'), repr('\\'))
