db = {'users': [{'name': 'a', 'tags': ['x']}, {'name': 'b', 'tags': []}]}
db['users'][1]['tags'].append('y')
db.setdefault('meta', {})['count'] = len(db['users'])
print(db)
print([u['name'] for u in db['users'] if u['tags']])
inv = {}
for u in db['users']:
    for t in u['tags']:
        inv.setdefault(t, []).append(u['name'])
print(sorted(inv.items()))
