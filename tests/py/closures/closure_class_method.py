def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return greeting + ', ' + name
    return Greeter
G = make_class('Hello')
H = make_class('Hi')
print(G().greet('a'), H().greet('b'))
class Outer:
    def method(self):
        x = 5
        def f():
            return x + self.bonus
        return f
    bonus = 1
print(Outer().method()())
