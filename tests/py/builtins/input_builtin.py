print(callable(input))
import sys
print(hasattr(sys.stdin, 'readline'))
