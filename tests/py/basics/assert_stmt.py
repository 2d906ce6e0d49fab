assert True
assert 1 == 1, 'never shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('caught', type(e).__name__, e.args)
try:
    assert False, 'with message'
except AssertionError as e:
    print('caught', e.args[0])
try:
    assert [], 42
except AssertionError as e:
    print(e.args)
