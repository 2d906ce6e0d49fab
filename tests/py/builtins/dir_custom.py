# dir(instance) asks the class's __dir__ and sorts the answer; dir(class) does not.
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


class Plain:
    x = 1


class Child(Custom):
    pass


print(dir(Custom()), dir(Child()), "alpha" in dir(Custom), "x" in dir(Plain()))


class Gen:
    def __dir__(self):
        return (n for n in ("b", "a"))


print(dir(Gen()))


class Bad:
    def __dir__(self):
        return 5


try:
    dir(Bad())
except TypeError:
    print("TypeError")
