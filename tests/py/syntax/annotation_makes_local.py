# A bare annotation `x: int` in a function makes x local (unbound until assigned);
# at module level it binds nothing; an annotated attribute target binds no name.
x = "global"


def bare():
    x: int
    try:
        print(x)
    except NameError:
        print("NameError")
    x = 5
    print(x)


def attr_target():
    x.y: int
    print(x)


class C:
    z: int
    print("z" in dir())


bare()
attr_target()
y: str
print("y" in globals(), x)
