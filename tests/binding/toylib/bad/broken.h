/* A header with a syntax error: bindgen must report it and fail. */
typedef struct {
    int x y;
} tl_broken_t;
void tl_broken(tl_broken_t * b);
