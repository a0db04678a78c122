#ifndef FORCEBOARD_CNCURSESW_SHIM_H
#define FORCEBOARD_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <stdio.h>

/* Swift cannot import ncurses macros, and Swift 6 strict concurrency rejects its globals:
   each one the backend needs is wrapped here. */
static inline WINDOW *fb_stdscr(void) { return stdscr; }
static inline int fb_key_resize(void) { return KEY_RESIZE; }
static inline int fb_key_mouse(void) { return KEY_MOUSE; }
static inline int fb_err(void) { return ERR; }
/* How many cells the terminal's locale gives a character (glibc declares wcwidth only under
   _XOPEN_SOURCE, which Swift's Glibc module does not set). */
extern int wcwidth(wchar_t c);
static inline int fb_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int fb_ok(void) { return OK; }
static inline int fb_key_code_yes(void) { return KEY_CODE_YES; }
static inline int fb_key_f(int n) { return KEY_F(n); }
static inline mmask_t fb_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t fb_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t fb_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t fb_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t fb_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t fb_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline FILE *fb_stdin(void) { return stdin; }
static inline FILE *fb_stdout(void) { return stdout; }
#endif
