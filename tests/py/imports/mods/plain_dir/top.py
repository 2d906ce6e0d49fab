TOP = 'found through sys.path'
