import sys
import math
print(sys.modules['math'] is math)
import math as m2
print(m2 is math)
sys.modules['fake_mod'] = math
import fake_mod
print(fake_mod is math)
del sys.modules['fake_mod']
