print("ERROR: ujson.py must never be imported")
