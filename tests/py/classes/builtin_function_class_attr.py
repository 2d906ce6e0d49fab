# a builtin function stored as a class attribute does not bind self (it is not a
# method), while the native methods of built-in types still do
class C:
    absolute = abs
    length = len
    convert = int

    def method(self):
        return self.absolute(-3), self.length("four"), self.convert("5")


c = C()
print(c.absolute(-6), C.absolute(-7), c.length([1, 2]), c.convert("12"))
print(c.method())
f = c.absolute
print(f(-1), f is abs)


class L(list):
    pass


l = L([3, 1, 2])
l.sort()
print(l, l.count(1), l.index(3))
m = l.append
m(9)
print(l)
