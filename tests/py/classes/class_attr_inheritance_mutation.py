class Base:
    items = []
    name = 'base'
class Child(Base):
    pass
Child.items.append(1)
print(Base.items)
Child.name = 'child'
print(Base.name, Child.name)
del Child.name
print(Child.name)
Base.new = 'added later'
print(Child.new, Child().new)
