// The GUI on the board (panel.cpp): a 320x240 RGB565 display rendered a few lines at a time
// (PARTIAL mode, as a board with a SPI panel does) into an emulated panel's memory, and the
// `board` module that steps the engine and sends the panel's picture to the host.
#pragma once

// Creates the display (the engine must be initialized: `import lvgl` ran) and registers the
// `board` module. False when the display cannot be made.
bool panel_init();
