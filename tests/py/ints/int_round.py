print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(7, 0), round(7, 2), type(round(7, 1)).__name__)
print(round(2 ** 70, -20))
