# The plain-Python hello world, run by `./dev.sh run` until the GUI one takes over.
print('Hello World!')
