import json
print(json.loads('1'), json.loads('-2.5e2'), json.loads('"s"'), json.loads('null'), json.loads('true'))
print(json.loads('[1, "a", null, [2, []]]'), json.loads('{"k": [1, {"n": null}]}'))
print(json.loads(' { "x" : 1 , "y" : [ ] } '), json.loads('"\\u00e9\\n\\t\\"\\\\"'))
print(json.loads('12345678901234567890'), json.loads('[]'), json.loads('{}'))
for bad in ('[1,', '{"a" 1}', 'tru', ''):
    try:
        json.loads(bad)
        print('no error', repr(bad))
    except ValueError:
        print('ValueError', repr(bad))
