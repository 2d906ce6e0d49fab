def nothing():
    pass
class Empty:
    pass
for i in range(2):
    pass
if True:
    pass
print(nothing(), Empty.__name__, i)
