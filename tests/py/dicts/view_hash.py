# keys and items views are unhashable (they compare like sets); a values view hashes by identity
d = {1: "a", 2: "b"}
for name, view in (("keys", d.keys()), ("items", d.items())):
    try:
        hash(view)
        print(name, "hashed")
    except TypeError as e:
        print(name, "TypeError", e)
    try:
        {view: 1}
    except TypeError:
        print(name, "cannot be a dict key")
v = d.values()
print(type(hash(v)), hash(v) == hash(v))
s = {v}
print(len(s), v in s)
