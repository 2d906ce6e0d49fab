# a function's __globals__ and __closure__ are read-only; its globals dict is shared
def outer():
    x = 1

    def inner():
        return x

    return inner


f = outer()
print(f.__globals__ is globals(), type(f.__closure__).__name__, len(f.__closure__))
f.__globals__["added"] = 5
print(added)
for name in ("__globals__", "__closure__"):
    for action in ("set", "del"):
        try:
            if action == "set":
                setattr(f, name, None)
            else:
                delattr(f, name)
            print(name, action, "allowed")
        except AttributeError:
            print(name, action, "AttributeError")
print(f(), f.__globals__ is globals())
f.__doc__ = "doc"
f.custom = 3
print(f.__doc__, f.custom)
