print("ERROR: sys.py must never be imported")
