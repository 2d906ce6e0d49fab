class OnlyRepr:
    def __repr__(self):
        return 'R!'
class OnlyStr:
    def __str__(self):
        return 'S!'
print(str(OnlyRepr()), repr(OnlyRepr()), str(OnlyStr()))
print(repr(OnlyStr()).startswith('<'), '%s' % OnlyRepr())
