try:
    class Broken:
        x = 1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError in class body')
try:
    Broken
except NameError:
    print('class not bound')
