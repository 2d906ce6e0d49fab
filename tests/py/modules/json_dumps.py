import json
print(json.dumps(1), json.dumps(2.5), json.dumps('s'), json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps([1, 'a', None, [2, []]]), json.dumps({'k': [1, {'n': None}]}))
print(json.dumps('quote " and \\ and \n newline'), json.dumps((1, 2)))
print(json.dumps({}), json.dumps([]), json.dumps(''))
print(json.dumps({'a': 1, 'b': 2}))
try:
    json.dumps(object())
except TypeError:
    print('TypeError')
