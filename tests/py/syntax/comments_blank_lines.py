# leading comment

x = 1  # trailing comment
# comment between


y = 2
def f():
    # comment in function

    return x + y  # trailing
    # after return
print(f())  # done
