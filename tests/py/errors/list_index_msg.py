try:
    [1][5]
except IndexError as e:
    print(e)
try:
    (1,)[5]
except IndexError as e:
    print(e)
