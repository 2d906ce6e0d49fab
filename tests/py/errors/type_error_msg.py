try:
    1 + 'a'
except TypeError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__)
