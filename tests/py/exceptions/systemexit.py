import sys
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.args)
try:
    sys.exit()
except SystemExit as e:
    print('no arg', e.args)
try:
    raise SystemExit('msg')
except SystemExit as e:
    print(e.args)
try:
    sys.exit(0)
except BaseException as e:
    print(type(e).__name__)
print('end')
