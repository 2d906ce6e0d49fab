# sys.print_exception(exc, file) with a file that is not a stream (no write method) is an
# OSError (EINVAL, as MicroPython), and nothing is written anywhere.
import sys

for target in (1, object(), 'name'):
    try:
        sys.print_exception(ValueError('v'), target)
        print('printed')
    except OSError as e:
        print('OSError', e.errno)
