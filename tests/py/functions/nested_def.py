def outer(n):
    def helper(x):
        return x * n
    def twice(x):
        return helper(helper(x))
    return twice(1), helper(5)
print(outer(3))
def counter():
    def inner():
        return inner.__name__
    return inner()
print(counter())
def tree(depth):
    def build(d):
        if d == 0:
            return 'leaf'
        return [build(d - 1), build(d - 1)]
    return build(depth)
print(tree(2))
