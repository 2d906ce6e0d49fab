# display_driver: what LVGL example scripts import to get a display.
# Under `pyvgl --shot` the runner has already made the display, so importing this does
# nothing. Run as a plain script, it gives the engine a headless 320x240 display (no
# window exists yet on this port) so scripts that draw still run.
import lvgl as lv

WIDTH = 320
HEIGHT = 240


def _ack_flush(disp, area, px_map):
    disp.flush_ready()


if lv.display_get_default() is None:
    _cf = lv.COLOR_FORMAT.XRGB8888
    frame_buffer = bytearray(lv.draw_buf_width_to_stride(WIDTH, _cf) * HEIGHT)
    display = lv.display_create(WIDTH, HEIGHT)
    display.set_color_format(_cf)
    display.set_buffers(frame_buffer, None, len(frame_buffer), lv.DISPLAY_RENDER_MODE.DIRECT)
    display.set_flush_cb(_ack_flush)
    display.set_default()
else:
    display = lv.display_get_default()
