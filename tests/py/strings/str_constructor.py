print(str(1.5), str(-0), str(True), str((1,)), str({'a': 1}), str(str))
print(str(b'abc', 'utf-8'), str(bytearray(b'xy'), 'utf-8'))
print(repr(str()), type(str('x')).__name__)
class C:
    def __str__(self):
        return 'C-str'
print(str(C()), '%s' % C(), '{}'.format(C()))
