print(pow(2, 8), pow(2.0, 3), pow(-2, 3), pow(2, -1), pow(4, 0.5))
print(pow(3, 4, 5), pow(2, 100, 10 ** 9), pow(0, 0))
try:
    pow(2, 3, 0)
except ValueError:
    print('ValueError mod 0')
class P:
    def __pow__(self, o):
        return 'pow' + str(o)
print(pow(P(), 3), P() ** 2)
