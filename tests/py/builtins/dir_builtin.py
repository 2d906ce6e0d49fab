class C:
    attr = 1
    def meth(self):
        pass
d = dir(C)
print('attr' in d, 'meth' in d, 'nope' in d)
o = C()
o.inst = 2
print('inst' in dir(o), 'attr' in dir(o))
import sys
print('argv' in dir(sys), 'append' in dir([]), 'upper' in dir('s'))
