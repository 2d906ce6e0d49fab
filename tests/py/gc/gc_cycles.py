import gc
class Node:
    def __init__(self):
        self.other = None
for _ in range(1000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
gc.collect()
print('cycles collected without crash')
l = []
for i in range(200):
    l.append([l])
del l
gc.collect()
print('self-referencing lists ok')
