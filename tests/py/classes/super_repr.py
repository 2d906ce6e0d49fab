# repr/str of super objects name the class and the type of the bound object
class A:
    def show(self):
        return repr(super())


class B(A):
    def show(self):
        return str(super()), super().show()

    @classmethod
    def cls_show(cls):
        return repr(super())


print(A().show())
print(B().show())
print(B.cls_show())
print(repr(super(B, B())))
print(repr(super(A)))
print(str(super(B, B()))[:18])
