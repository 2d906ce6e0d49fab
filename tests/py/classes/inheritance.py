class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes ' + self.sound()
    def sound(self):
        return '...'
class Dog(Animal):
    def sound(self):
        return 'woof'
class Puppy(Dog):
    def sound(self):
        return Dog.sound(self) + '!'
for a in (Animal('a'), Dog('d'), Puppy('p')):
    print(a.speak())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy('x'), Dog))
print(Puppy.__bases__[0].__name__, Dog.__name__)
print(issubclass(Dog, (int, Animal)), isinstance(3, (str, int)))
