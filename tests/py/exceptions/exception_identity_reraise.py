err = ValueError('same')
try:
    try:
        raise err
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2 is err, e2.args)
def raiser():
    raise err
for _ in range(2):
    try:
        raiser()
    except ValueError as e:
        print(e is err)
