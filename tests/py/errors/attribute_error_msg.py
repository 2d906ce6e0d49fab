try:
    (1).foo
except AttributeError as e:
    print(e)
