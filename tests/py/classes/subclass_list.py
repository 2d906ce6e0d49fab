class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), isinstance(s, list), type(s).__name__)
print(s + [9], sorted(Stack([3, 1, 2])), [x * 2 for x in s])
class Logged(list):
    def append(self, v):
        print('append', v)
        super().append(v)
l = Logged()
l.append(5)
print(l, l == [5])
