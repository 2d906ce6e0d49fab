class Walker:
    def walk(self):
        return 'walk'
    def move(self):
        return 'walker move'
class Swimmer:
    def swim(self):
        return 'swim'
    def move(self):
        return 'swimmer move'
class Duck(Walker, Swimmer):
    pass
d = Duck()
print(d.walk(), d.swim(), d.move())
print(isinstance(d, Walker), isinstance(d, Swimmer))
class Mixin:
    def describe(self):
        return 'I am ' + self.name()
class Named:
    def name(self):
        return 'named'
class Thing(Mixin, Named):
    pass
print(Thing().describe())
