for a in (-1, -2, -255, -(2 ** 65)):
    for b in (1, 255, 2 ** 64):
        print(a & b, a | b, a ^ b, end='; ')
    print()
