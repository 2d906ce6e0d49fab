for key in ((1, 2), 'k', 0, None):
    try:
        {}[key]
    except KeyError as e:
        print(type(e).__name__, e.args)
