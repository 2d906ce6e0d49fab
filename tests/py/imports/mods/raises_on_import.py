raise ValueError('raised during import')
