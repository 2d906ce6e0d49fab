import json, io
data = {'name': 'pyvgl', 'sizes': [16, 256], 'nested': {'ok': True}}
s = io.StringIO()
json.dump(data, s)
text = s.getvalue()
print(text)
back = json.load(io.StringIO(text))
print(back == data, back['sizes'][1])
print(json.loads(json.dumps(data)) == data)
