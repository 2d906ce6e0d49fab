def none_ret():
    return
def implicit():
    pass
def multi():
    return 1, 2, 3
def early(x):
    if x:
        return 'early'
    return 'late'
print(none_ret(), implicit(), multi(), early(1), early(0))
a, b, c = multi()
print(a + b + c)
def nested_return():
    for i in range(10):
        for j in range(10):
            if i * j == 12:
                return i, j
print(nested_return())
