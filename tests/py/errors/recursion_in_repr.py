class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RuntimeError:
    print('RuntimeError')
print('recovered')
