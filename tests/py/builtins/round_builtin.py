print(round(1.5), round(2.5), round(-1.5), round(0.4), round(3), round(-0.5))
print(round(3.14159, 2), round(2.5, 0), round(1234.5, -2), round(15, -1), round(25, -1))
print(type(round(1.2)).__name__, type(round(1.2, 1)).__name__)
