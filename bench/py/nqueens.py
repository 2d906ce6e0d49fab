# Backtracking search: count all solutions of the N-queens problem, list/set work.


def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    count = 0
    first = None
    placement = [0] * n

    def place(row):
        nonlocal count, first
        if row == n:
            count += 1
            if first is None:
                first = placement[:]
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placement[row] = c
            place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return count, first


for n in (6, 8, 9, 10, 11):
    count, first = solve(n)
    print(n, count, first)
