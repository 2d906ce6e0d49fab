# time.sleep(0), sleep_ms(0) and sleep_us(0) do not wait, but they do run the callbacks
# scheduled with micropython.schedule (as MicroPython's sleeps do).
import micropython
import time

ran = []
for name in ('sleep', 'sleep_ms', 'sleep_us'):
    micropython.schedule(ran.append, name)
    getattr(time, name)(0)
    print(name, ran)
