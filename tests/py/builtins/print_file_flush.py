import sys
print('to stdout', file=sys.stdout)
print('a', 'b', sep='', end='\n', file=sys.stdout)
sys.stdout.write('written\n')
print(file=sys.stdout)
print('done')
