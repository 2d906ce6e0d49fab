class O:
    pass
o = O()
setattr(o, 'if_', 1)
o.match = 'soft keyword'
o.case = 'also'
o.type = 'type'
print(o.if_, o.match, o.case, o.type)
match = 5
case = 6
print(match + case)
print(getattr(o, 'match'))
