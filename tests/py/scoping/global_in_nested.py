G = 0
def outer():
    def inner():
        global G
        G += 10
    inner()
    inner()
    return G
print(outer(), G)
def reader():
    return [G for _ in range(2)]
print(reader())
