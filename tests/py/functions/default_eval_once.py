calls = []
def dflt():
    calls.append(1)
    return len(calls)
def f(x=dflt()):
    return x
print(f(), f(), f(9), len(calls))
