def f(a: int, b: 'str' = 'x', *c: float, d: list = None, **e: dict) -> tuple:
    return a, b, c, d, e
print(f(1), f(2, 'y', 3.0, d=[1], z=2))
x: int = 5
y: list
print(x)
class P:
    name: str = 'p'
    count: int
print(P.name, hasattr(P, 'count'))
def g() -> None:
    v: int = 3
    return v
print(g())
