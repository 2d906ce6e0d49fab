print('noisy imported, __name__ =', __name__)
COUNT = 1
