print(abs(-0.5), max(0.1, 0.2), min(-1.5, 2), sum([0.1] * 10) > 0.99)
print(float.__name__, isinstance(1.0, float), int(7.99), round(7.5), round(8.5))
print(divmod(7.0, 2.0), pow(2.0, 3), pow(4.0, -1))
print(float(' 12.5\n'), float('-inf') < 0, float('+1.5'))
