/* A header with a syntax error: bindgen reports it with its location; with --strict it
 * stops there, otherwise it binds what the rest of the header declares. */
typedef struct {
    int x y;
} tl_broken_t;
void tl_broken(tl_broken_t * b);
int tl_fine(int a);
