/* leakaid.detect._skim — one native pass that tells the engine where to look.
 *
 * The engine's recognisers (numbers.py, patterns.py, cues.py) are regexes plus Python checks; run over
 * a whole text they cost a few ms per MB each, even where nothing can match. This module reads the
 * (folded) text once and returns, per recogniser, the small windows in which a match is possible:
 *
 *   num      maximal runs of [0-9 \t-/_.Xx] that can hold a value other than a QQ number
 *            (≥10 digits between dots, a dotted phone shape 138.1234.5678, or a +/( prefix before it)
 *   qq       the other runs that hold a group of ≥5 digits (only a QQ number can be in them), on lines
 *            that can lie in a table whose values vote a QQ column (see table_lines below)
 *   qq_other the same runs on other lines: they matter only when the text has a QQ cue word
 *   ipv4     public dotted quads that pass the engine's boundary rules (start, end)
 *   ipv6     maximal runs of [0-9A-Fa-f:] holding "::" or ≥7 colons
 *   gps      lines holding a decimal with ≥4 decimals
 *   numerals maximal runs of Chinese numerals / digits / space / dash with ≥3 numerals and ≥7 symbols
 *   plates   positions of a province character followed (after an optional ·/-/space) by a plate letter
 *   qqlog    lines holding "(12345…)" right before the line end (QQ chat-log headers)
 *   rare     the rare cue words (WeChat, passport, permit, birth date), leftmost-longest like the regex
 *
 * Every window is a superset of where the Python recogniser can report something, and each recogniser
 * run inside its windows finds exactly what it finds on the whole text: tests/detect/test_skim.py checks
 * the engine with and without this module on corpora and on random texts. `fold` is the same one-to-one
 * fold as normalize.fold (full-width ASCII, ideographic/no-break space, dash look-alikes).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* ---- character classes ------------------------------------------------------------------------ */
enum {
    C_DIGIT = 1,     /* 0-9 */
    C_NUMSEP = 2,    /* space tab - / _  : joins digit groups */
    C_DOT = 4,       /* . */
    C_X = 8,         /* X x : check character of an ID */
    C_HEX = 16,      /* 0-9 A-F a-f */
    C_ALPHA = 32,    /* ASCII letters */
    C_PREFIX = 64,   /* + ( ) : a country or area prefix may sit before a run */
};
static uint8_t ASCII[128];

/* flags of BMP characters (built once by init() from the engine's own tables) */
enum { B_FOLD = 1, B_PROVINCE = 2, B_NUMERAL = 4, B_RARE = 8, B_PREFIX = 16 };
static uint8_t *BMP;             /* 65536 entries */
static Py_UCS4 *FOLD_TO;         /* 65536 entries, 0 = unchanged */

/* rare cue spellings grouped by first character, longest first */
typedef struct { Py_UCS4 *chars; Py_ssize_t len; int index; } Word;
static Word *WORDS;
static Py_ssize_t NWORDS;
static uint16_t *FIRST;          /* 65536 entries: index of the first word starting with the character */
static int initialised;

static inline int plate_letter(Py_UCS4 c) { return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O'; }
static inline uint8_t ascii_class(Py_UCS4 c) { return c < 128 ? ASCII[c] : 0; }
static inline uint8_t bmp_flags(Py_UCS4 c) { return c < 65536 ? BMP[c] : 0; }

/* ---- output helpers ---------------------------------------------------------------------------- */
static int push2(PyObject *list, Py_ssize_t a, Py_ssize_t b) {
    PyObject *x = PyLong_FromSsize_t(a), *y = PyLong_FromSsize_t(b);
    int rc = (x && y && PyList_Append(list, x) == 0 && PyList_Append(list, y) == 0) ? 0 : -1;
    Py_XDECREF(x);
    Py_XDECREF(y);
    return rc;
}

static int push_line(PyObject *list, Py_ssize_t ls, Py_ssize_t le, Py_ssize_t *last) {
    if (*last == ls) return 0;
    *last = ls;
    return push2(list, ls, le);
}

/* ---- window tests ------------------------------------------------------------------------------ */
typedef struct { int kind; const void *data; Py_ssize_t n; } Text;
#define AT(t, i) PyUnicode_READ((t)->kind, (t)->data, (i))

static Py_ssize_t line_end(const Text *t, Py_ssize_t i) {
    while (i < t->n && AT(t, i) != '\n') i++;
    return i;
}

/* A run of [0-9 \t-/_.Xx]: 2 = can hold a non-QQ value, 1 = only a QQ number, 0 = nothing. */
static int num_run(const Text *t, Py_ssize_t a, Py_ssize_t b) {
    Py_ssize_t seg = 0, group = 0, max_group = 0, digits = 0;
    for (Py_ssize_t i = a; i < b && digits < 5; i++) digits += AT(t, i) >= '0' && AT(t, i) <= '9';
    if (digits < 5) return 0; /* every match of the digit-run regex has five digits or more */
    int strong = a > 0 && AT(t, a - 1) < 65536 && (bmp_flags(AT(t, a - 1)) & B_PREFIX);
    /* dotted phone shape: d{3,4} . d{3,4} . d{4} */
    Py_ssize_t g_prev2 = -1, g_prev1 = -1;  /* lengths of the digit groups before the last two dots */
    int dots_in_row = 0;
    for (Py_ssize_t i = a; i < b && !strong; i++) {
        Py_UCS4 c = AT(t, i);
        if (c >= '0' && c <= '9') {
            seg++;
            group++;
            if (group > max_group) max_group = group;
            if (seg >= 10) strong = 1;
            continue;
        }
        if (c == '.') {
            if (group > 0) {
                g_prev2 = dots_in_row ? g_prev1 : -1;
                g_prev1 = group;
                dots_in_row = 1;
            } else {
                dots_in_row = 0;
                g_prev1 = g_prev2 = -1;
            }
            seg = 0;
            group = 0;
            continue;
        }
        /* a group ends: check the dotted shape on the group before this separator */
        if (group >= 4 && g_prev1 >= 3 && g_prev1 <= 4 && g_prev2 >= 3) strong = 1;
        dots_in_row = 0;
        g_prev1 = g_prev2 = -1;
        group = 0;
    }
    if (!strong && group >= 4 && g_prev1 >= 3 && g_prev1 <= 4 && g_prev2 >= 3) strong = 1;
    if (strong) return 2;
    return max_group >= 5 ? 1 : 0;
}

/* A run of [0-9.]: the one dotted quad the engine can report in it (start at the run start), if public. */
static int ipv4_run(const Text *t, Py_ssize_t a, Py_ssize_t b, Py_ssize_t *end) {
    if (a > 0) {
        Py_UCS4 p = AT(t, a - 1);
        if (ascii_class(p) & C_ALPHA) {
            if (!(p == 'P' || p == 'p') || a < 2) return 0;
            Py_UCS4 q = AT(t, a - 2);
            if (!(q == 'I' || q == 'i')) return 0;
        }
    }
    int part[4];
    Py_ssize_t i = a;
    for (int g = 0; g < 4; g++) {
        Py_ssize_t s = i;
        int v = 0;
        while (i < b && AT(t, i) >= '0' && AT(t, i) <= '9') {
            v = v * 10 + (int)(AT(t, i) - '0');
            i++;
            if (i - s > 3) return 0; /* four digits: the regex cannot take this group */
        }
        Py_ssize_t len = i - s;
        if (len == 0) return 0;
        if (len > 1 && AT(t, s) == '0') return 0; /* leading zero: not an address */
        part[g] = v;
        if (g < 3) {
            if (i >= b || AT(t, i) != '.') return 0;
            i++;
        }
    }
    /* after the quad: no digit (guaranteed), no ".<digit>" */
    if (i + 1 < t->n && AT(t, i) == '.' && AT(t, i + 1) >= '0' && AT(t, i + 1) <= '9') return 0;
    int p0 = part[0], p1 = part[1], p2 = part[2], p3 = part[3];
    if (p0 > 255 || p1 > 255 || p2 > 255 || p3 > 255) return 0;
    /* reserved ranges, as fastcheck.ipv4_public */
    if (p0 == 0 || p0 == 10 || p0 == 127 || p0 >= 224) return 0;
    if ((p0 == 169 && p1 == 254) || (p0 == 172 && p1 >= 16 && p1 <= 31) || (p0 == 192 && p1 == 168)) return 0;
    if (p0 == 100 && p1 >= 64 && p1 <= 127) return 0;
    if ((p0 == 192 && p1 == 0 && (p2 == 0 || p2 == 2)) || (p0 == 198 && (p1 == 18 || p1 == 19)) ||
        (p0 == 198 && p1 == 51 && p2 == 100))
        return 0;
    if (p0 == 203 && p1 == 0 && p2 == 113) return 0;
    *end = i;
    return 1;
}

/* A run of [0-9.] holding d.dddd followed by [ \t]*[,，/]: the first half of a GPS pair. */
static int gps_run(const Text *t, Py_ssize_t a, Py_ssize_t b) {
    for (Py_ssize_t i = a + 1; i < b; i++) {
        if (AT(t, i) != '.' || AT(t, i - 1) == '.') continue;
        Py_ssize_t j = i + 1;
        while (j < b && AT(t, j) != '.') j++;
        if (j - i - 1 < 4 || j < b) continue; /* fewer than 4 decimals, or another dot follows */
        while (j < t->n && (AT(t, j) == ' ' || AT(t, j) == '\t')) j++;
        if (j < t->n && (AT(t, j) == ',' || AT(t, j) == 0xFF0C || AT(t, j) == '/')) return 1;
    }
    return 0;
}

/* ")" or "）" closing "(" + [1-9][0-9]{4,10}: a QQ chat-log header candidate. */
static int qqlog_at(const Text *t, Py_ssize_t close) {
    Py_ssize_t k = close;
    while (k > 0 && AT(t, k - 1) >= '0' && AT(t, k - 1) <= '9' && close - k <= 11) k--;
    Py_ssize_t len = close - k;
    if (len < 5 || len > 11 || AT(t, k) == '0' || k == 0) return 0;
    Py_UCS4 o = AT(t, k - 1);
    return o == '(' || o == 0xFF08;
}

static Py_ssize_t rare_at(const Text *t, Py_ssize_t i, int *index) {
    Py_UCS4 c = AT(t, i);
    for (Py_ssize_t w = FIRST[c]; w < NWORDS && WORDS[w].chars[0] == c; w++) {
        const Word *wd = &WORDS[w];
        if (i + wd->len > t->n) continue;
        Py_ssize_t k = 1;
        while (k < wd->len && AT(t, i + k) == wd->chars[k]) k++;
        if (k == wd->len) {
            *index = wd->index;
            return wd->len;
        }
    }
    return 0;
}

/* ---- table lines ------------------------------------------------------------------------------- */
/* tabular.py builds a block from ≥3 consecutive non-blank lines with the same count of one delimiter
 * (---- tab | , ;), and a headerless block votes a column QQ only when another column holds personal
 * values (an e-mail address, an 11-digit mobile, an 18-character ID). A QQ number without a QQ cue word
 * is therefore possible only on a line of such a run that holds '@' or 11 consecutive digits. */
#define NDELIM 5
typedef struct {
    int32_t count[NDELIM];
    uint8_t blank, personal, table;
} Line;

typedef struct { Line *v; Py_ssize_t n, cap; } Lines;

static Line *new_line(Lines *ls) {
    if (ls->n == ls->cap) {
        Py_ssize_t cap = ls->cap ? 2 * ls->cap : 256;
        Line *v = PyMem_Realloc(ls->v, cap * sizeof(Line));
        if (!v) return NULL;
        ls->v = v;
        ls->cap = cap;
    }
    Line *l = &ls->v[ls->n++];
    memset(l, 0, sizeof *l);
    l->blank = 1;
    return l;
}

static void mark_table_lines(Lines *ls, int min_rows) {
    for (int d = 0; d < NDELIM; d++) {
        Py_ssize_t i = 0;
        while (i < ls->n) {
            Line *l = &ls->v[i];
            if (l->blank || l->count[d] == 0) {
                i++;
                continue;
            }
            Py_ssize_t j = i + 1;
            int personal = l->personal;
            while (j < ls->n && !ls->v[j].blank && ls->v[j].count[d] == l->count[d]) personal |= ls->v[j++].personal;
            if (j - i >= min_rows && personal)
                for (Py_ssize_t k = i; k < j; k++) ls->v[k].table = 1;
            i = j;
        }
    }
}

typedef struct { Py_ssize_t a, b, line; } Span;
typedef struct { Span *v; Py_ssize_t n, cap; } Spans;

static int add_span(Spans *sp, Py_ssize_t a, Py_ssize_t b, Py_ssize_t line) {
    if (sp->n == sp->cap) {
        Py_ssize_t cap = sp->cap ? 2 * sp->cap : 256;
        Span *v = PyMem_Realloc(sp->v, cap * sizeof(Span));
        if (!v) return -1;
        sp->v = v;
        sp->cap = cap;
    }
    sp->v[sp->n++] = (Span){a, b, line};
    return 0;
}

/* ---- skim -------------------------------------------------------------------------------------- */
enum { O_NUM, O_QQ, O_QQ_OTHER, O_IPV4, O_IPV6, O_GPS, O_NUMERALS, O_PLATES, O_QQLOG, O_RARE, O_COUNT };

static PyObject *skim(PyObject *self, PyObject *arg) {
    if (!initialised) {
        PyErr_SetString(PyExc_RuntimeError, "_skim.init() has not been called");
        return NULL;
    }
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "skim() takes a str");
        return NULL;
    }
    Text t = {PyUnicode_KIND(arg), PyUnicode_DATA(arg), PyUnicode_GET_LENGTH(arg)};
    PyObject *out[O_COUNT] = {0};
    Lines lines = {0};
    Spans weak = {0};
    for (int k = 0; k < O_COUNT; k++)
        if (!(out[k] = PyList_New(0))) goto fail;
    int has_qq_cue = 0;
    Line *line = new_line(&lines);
    if (!line) goto nomem;
    int dashes = 0;
    Py_ssize_t digit_run = 0;

    Py_ssize_t n = t.n, line_start = 0;
    Py_ssize_t last_gps = -1, last_qqlog = -1;
    Py_ssize_t num_a = -1, v4_a = -1, v6_a = -1, nm_a = -1;
    Py_ssize_t v6_colons = 0;
    int v6_double = 0;
    Py_ssize_t nm_numerals = 0, nm_symbols = 0;
    Py_ssize_t rare_until = 0;
    Py_UCS4 prev = 0;
    for (Py_ssize_t i = 0; i <= n; i++) {
        Py_UCS4 c = i < n ? AT(&t, i) : '\n';
        uint8_t ac = ascii_class(c);
        uint8_t bf = bmp_flags(c);
        int is_digit = ac & C_DIGIT;

        /* runs of [0-9 \t-/_.Xx] */
        int in_num = i < n && (ac & (C_DIGIT | C_NUMSEP | C_DOT | C_X));
        if (in_num && num_a < 0) num_a = i;
        else if (!in_num && num_a >= 0) {
            int r = num_run(&t, num_a, i);
            if (r == 2 && push2(out[O_NUM], num_a, i) < 0) goto fail;
            if (r == 1 && add_span(&weak, num_a, i, lines.n - 1) < 0) goto nomem;
            num_a = -1;
        }
        /* runs of [0-9.] */
        int in_v4 = i < n && (ac & (C_DIGIT | C_DOT));
        if (in_v4 && v4_a < 0) v4_a = i;
        else if (!in_v4 && v4_a >= 0) {
            Py_ssize_t e;
            if (ipv4_run(&t, v4_a, i, &e) && push2(out[O_IPV4], v4_a, e) < 0) goto fail;
            if (gps_run(&t, v4_a, i) && push_line(out[O_GPS], line_start, line_end(&t, i), &last_gps) < 0) goto fail;
            v4_a = -1;
        }
        /* runs of [0-9A-Fa-f:] */
        int in_v6 = i < n && ((ac & C_HEX) || c == ':');
        if (in_v6) {
            if (v6_a < 0) {
                v6_a = i;
                v6_colons = 0;
                v6_double = 0;
            }
            if (c == ':') {
                v6_colons++;
                if (prev == ':' && i > v6_a) v6_double = 1;
            }
        } else if (v6_a >= 0) {
            if ((v6_double || v6_colons >= 7) && push2(out[O_IPV6], v6_a, i) < 0) goto fail;
            v6_a = -1;
        }
        /* runs of Chinese numerals, digits, space, dash */
        int is_numeral = bf & B_NUMERAL;
        int in_nm = i < n && (is_numeral || is_digit || c == ' ' || c == '-');
        if (in_nm) {
            if (nm_a < 0) {
                nm_a = i;
                nm_numerals = nm_symbols = 0;
            }
            if (is_numeral) nm_numerals++;
            if (is_numeral || is_digit) nm_symbols++;
        } else if (nm_a >= 0) {
            if (nm_numerals >= 3 && nm_symbols >= 7 && push2(out[O_NUMERALS], nm_a, i) < 0) goto fail;
            nm_a = -1;
        }
        if (i == n) break;
        /* single positions */
        if (bf & B_PROVINCE) {
            Py_ssize_t j = i + 1;
            if (j < n && (AT(&t, j) == 0xB7 || AT(&t, j) == '-' || AT(&t, j) == ' ')) j++;
            if (j < n && plate_letter(AT(&t, j))) {
                PyObject *x = PyLong_FromSsize_t(i);
                if (!x || PyList_Append(out[O_PLATES], x) < 0) {
                    Py_XDECREF(x);
                    goto fail;
                }
                Py_DECREF(x);
            }
        }
        if ((c == ')' || c == 0xFF09) && qqlog_at(&t, i) &&
            push_line(out[O_QQLOG], line_start, line_end(&t, i), &last_qqlog) < 0)
            goto fail;
        if (!has_qq_cue && i + 1 < n) {
            Py_UCS4 d = AT(&t, i + 1);
            if (((c == 'Q' || c == 'q') && (d == 'Q' || d == 'q' || d == 0x53F7 || d == 0x865F)) ||
                (c == 0x6263 && d == 0x6263) || (c == 0x4F01 && (d == 0x9E45 || d == 0x9D5D)))
                has_qq_cue = 1;
        }
        if ((bf & B_RARE) && i >= rare_until) {
            int index;
            Py_ssize_t len = rare_at(&t, i, &index);
            if (len) {
                if (push2(out[O_RARE], i, i + len) < 0) goto fail;
                PyObject *x = PyLong_FromLong(index);
                if (!x || PyList_Append(out[O_RARE], x) < 0) {
                    Py_XDECREF(x);
                    goto fail;
                }
                Py_DECREF(x);
                rare_until = i + len;
            }
        }
        /* the line's delimiters (---- \t | , ;), blankness, personal values ('@', 11 digits in a row) */
        if (c == '-') {
            if (++dashes == 4) {
                line->count[0]++;
                dashes = 0;
            }
        } else {
            dashes = 0;
        }
        if (is_digit) {
            if (++digit_run >= 11) line->personal = 1;
        } else {
            digit_run = 0;
        }
        switch (c) {
        case '\t': line->count[1]++; break;
        case '|': line->count[2]++; break;
        case ',': line->count[3]++; break;
        case ';': line->count[4]++; break;
        case '@': line->personal = 1; break;
        default: break;
        }
        if (!(c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == '\n')) line->blank = 0;
        if (c == '\n') {
            line_start = i + 1;
            if (!(line = new_line(&lines))) goto nomem;
            dashes = 0;
            digit_run = 0;
        }
        prev = c;
    }
    mark_table_lines(&lines, 3);
    for (Py_ssize_t k = 0; k < weak.n; k++) {
        Span *w = &weak.v[k];
        if (push2(out[lines.v[w->line].table ? O_QQ : O_QQ_OTHER], w->a, w->b) < 0) goto fail;
    }
    PyMem_Free(lines.v);
    PyMem_Free(weak.v);
    PyObject *res = PyTuple_New(O_COUNT + 1);
    if (!res) goto fail;
    for (int k = 0; k < O_COUNT; k++) PyTuple_SET_ITEM(res, k, out[k]);
    PyTuple_SET_ITEM(res, O_COUNT, PyBool_FromLong(has_qq_cue));
    return res;
nomem:
    PyErr_NoMemory();
fail:
    for (int k = 0; k < O_COUNT; k++) Py_XDECREF(out[k]);
    PyMem_Free(lines.v);
    PyMem_Free(weak.v);
    return NULL;
}

/* ---- fold -------------------------------------------------------------------------------------- */
static PyObject *fold(PyObject *self, PyObject *arg) {
    if (!initialised) {
        PyErr_SetString(PyExc_RuntimeError, "_skim.init() has not been called");
        return NULL;
    }
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "fold() takes a str");
        return NULL;
    }
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg), first = -1;
    if (kind != PyUnicode_1BYTE_KIND || PyUnicode_MAX_CHAR_VALUE(arg) > 0x7F) {
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if (c < 65536 && (BMP[c] & B_FOLD)) {
                first = i;
                break;
            }
        }
    }
    if (first < 0) return Py_NewRef(arg);
    Py_UCS4 maxc = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 65536 && (BMP[c] & B_FOLD)) c = FOLD_TO[c];
        if (c > maxc) maxc = c;
    }
    PyObject *res = PyUnicode_New(n, maxc);
    if (!res) return NULL;
    int rkind = PyUnicode_KIND(res);
    void *rdata = PyUnicode_DATA(res);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 65536 && (BMP[c] & B_FOLD)) c = FOLD_TO[c];
        PyUnicode_WRITE(rkind, rdata, i, c);
    }
    return res;
}

/* ---- init -------------------------------------------------------------------------------------- */
static int mark(PyObject *chars, uint8_t flag) {
    if (!PyUnicode_Check(chars)) {
        PyErr_SetString(PyExc_TypeError, "expected a str of characters");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(chars);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(chars, i);
        if (c < 65536) BMP[c] |= flag;
    }
    return 0;
}

static void free_words(void) {
    for (Py_ssize_t w = 0; w < NWORDS; w++) PyMem_Free(WORDS[w].chars);
    PyMem_Free(WORDS);
    WORDS = NULL;
    NWORDS = 0;
}

/* init(fold: dict[int, int], provinces: str, numerals: str, prefixes: str, rare_words: list[str]) */
static PyObject *init(PyObject *self, PyObject *args) {
    PyObject *fold_map, *provinces, *numerals, *prefixes, *rare;
    if (!PyArg_ParseTuple(args, "O!UUUO!", &PyDict_Type, &fold_map, &provinces, &numerals, &prefixes, &PyList_Type, &rare))
        return NULL;
    if (!BMP) {
        BMP = PyMem_Calloc(65536, 1);
        FOLD_TO = PyMem_Calloc(65536, sizeof(Py_UCS4));
        FIRST = PyMem_Calloc(65536, sizeof(uint16_t));
        if (!BMP || !FOLD_TO || !FIRST) return PyErr_NoMemory();
    }
    memset(BMP, 0, 65536);
    memset(FOLD_TO, 0, 65536 * sizeof(Py_UCS4));
    free_words();
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(fold_map, &pos, &key, &value)) {
        long from = PyLong_AsLong(key), to = PyLong_AsLong(value);
        if (PyErr_Occurred()) return NULL;
        if (from < 0 || from >= 65536 || to < 0 || to > 0x10FFFF) {
            PyErr_SetString(PyExc_ValueError, "fold map out of range");
            return NULL;
        }
        if (from != to) {
            BMP[from] |= B_FOLD;
            FOLD_TO[from] = (Py_UCS4)to;
        }
    }
    if (mark(provinces, B_PROVINCE) || mark(numerals, B_NUMERAL) || mark(prefixes, B_PREFIX)) return NULL;
    Py_ssize_t nw = PyList_GET_SIZE(rare);
    WORDS = PyMem_Calloc(nw ? nw : 1, sizeof(Word));
    if (!WORDS) return PyErr_NoMemory();
    for (Py_ssize_t w = 0; w < nw; w++) {
        PyObject *s = PyList_GET_ITEM(rare, w);
        if (!PyUnicode_Check(s) || PyUnicode_GET_LENGTH(s) == 0) {
            PyErr_SetString(PyExc_TypeError, "rare words must be non-empty str");
            return NULL;
        }
        Py_UCS4 *buf = PyUnicode_AsUCS4Copy(s);
        if (!buf) return NULL;
        WORDS[NWORDS].chars = buf;
        WORDS[NWORDS].len = PyUnicode_GET_LENGTH(s);
        WORDS[NWORDS].index = (int)w;
        NWORDS++;
        if (buf[0] >= 65536 || nw > 65535) {
            PyErr_SetString(PyExc_ValueError, "rare words must start with a BMP character");
            return NULL;
        }
        BMP[buf[0]] |= B_RARE;
    }
    /* grouped by first character, longest first within a group, as the regex alternation tries them
       (stable: ties keep the caller's order) */
    for (Py_ssize_t a = 1; a < NWORDS; a++) {
        Word x = WORDS[a];
        Py_ssize_t b = a;
        while (b > 0 && (WORDS[b - 1].chars[0] > x.chars[0] ||
                         (WORDS[b - 1].chars[0] == x.chars[0] && WORDS[b - 1].len < x.len))) {
            WORDS[b] = WORDS[b - 1];
            b--;
        }
        WORDS[b] = x;
    }
    for (Py_ssize_t w = NWORDS - 1; w >= 0; w--) FIRST[WORDS[w].chars[0]] = (uint16_t)w;
    memset(ASCII, 0, sizeof ASCII);
    for (int c = '0'; c <= '9'; c++) ASCII[c] |= C_DIGIT | C_HEX;
    for (int c = 'a'; c <= 'z'; c++) ASCII[c] |= C_ALPHA;
    for (int c = 'A'; c <= 'Z'; c++) ASCII[c] |= C_ALPHA;
    for (int c = 'a'; c <= 'f'; c++) ASCII[c] |= C_HEX;
    for (int c = 'A'; c <= 'F'; c++) ASCII[c] |= C_HEX;
    ASCII[' '] |= C_NUMSEP;
    ASCII['\t'] |= C_NUMSEP;
    ASCII['-'] |= C_NUMSEP;
    ASCII['/'] |= C_NUMSEP;
    ASCII['_'] |= C_NUMSEP;
    ASCII['.'] |= C_DOT;
    ASCII['X'] |= C_X;
    ASCII['x'] |= C_X;
    initialised = 1;
    Py_RETURN_NONE;
}


/* ---- cue words --------------------------------------------------------------------------------- */
/* All cue spellings in a trie; a text is matched leftmost-longest, non-overlapping (each match, kept or
 * not, consumes its characters), then ASCII words are kept only as whole words, as cues._whole_word. */
typedef struct {
    Py_UCS4 ch;
    int32_t child, sibling; /* first child, next sibling (0 = none; node 0 is the root) */
    int32_t term;           /* spelling index ending here, -1 = none */
} Node;
static Node *NODES;
static Py_ssize_t NNODES, CAPNODES;
static int32_t *ROOT_CHILD; /* 65536 entries: root child for a first character */
typedef struct { int32_t kind; uint8_t ascii, qq; } Spelling;
static Spelling *SPELL;
static Py_ssize_t NSPELL;

static int32_t new_node(Py_UCS4 ch) {
    if (NNODES == CAPNODES) {
        Py_ssize_t cap = CAPNODES ? 2 * CAPNODES : 1024;
        Node *v = PyMem_Realloc(NODES, cap * sizeof(Node));
        if (!v) return -1;
        NODES = v;
        CAPNODES = cap;
    }
    NODES[NNODES] = (Node){ch, 0, 0, -1};
    return (int32_t)NNODES++;
}

static inline int ascii_alpha(Py_UCS4 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static inline int ascii_lower(Py_UCS4 c) { return c >= 'a' && c <= 'z'; }
static inline int ascii_upper(Py_UCS4 c) { return c >= 'A' && c <= 'Z'; }
static inline Py_UCS4 lower(Py_UCS4 c) { return ascii_upper(c) ? c + 32 : c; }

static int whole_word(const Text *t, Py_ssize_t s, Py_ssize_t e, const Spelling *sp) {
    if (!sp->ascii) return 1;
    if (s > 0) {
        Py_UCS4 p = AT(t, s - 1);
        if (ascii_alpha(p) && !(ascii_lower(p) && ascii_upper(AT(t, s)))) return 0; /* 'tel' in 'hotel' */
    }
    if (e < t->n) {
        Py_UCS4 q = AT(t, e);
        if (ascii_alpha(q) && !(ascii_upper(q) && ascii_lower(AT(t, e - 1)))) return 0;
    }
    if (sp->qq) {
        if (s > 0 && AT(t, s - 1) == '@') return 0;
        if (e + 4 <= t->n && AT(t, e) == '.' && lower(AT(t, e + 1)) == 'c' && lower(AT(t, e + 2)) == 'o' &&
            lower(AT(t, e + 3)) == 'm')
            return 0; /* qq.com */
    }
    return 1;
}

/* cue_hits(text, start, end, whole_words) -> (ends, kinds) of the cue words in text[start:end] */
static PyObject *cue_hits(PyObject *self, PyObject *args) {
    PyObject *str;
    Py_ssize_t start, end;
    int filter;
    if (!PyArg_ParseTuple(args, "Unnp", &str, &start, &end, &filter)) return NULL;
    if (!NODES) {
        PyErr_SetString(PyExc_RuntimeError, "_skim.init_cues() has not been called");
        return NULL;
    }
    Text t = {PyUnicode_KIND(str), PyUnicode_DATA(str), PyUnicode_GET_LENGTH(str)};
    if (start < 0) start = 0;
    if (end > t.n) end = t.n;
    PyObject *ends = PyList_New(0), *kinds = PyList_New(0);
    if (!ends || !kinds) goto fail;
    Py_ssize_t i = start;
    while (i < end) {
        Py_UCS4 c = AT(&t, i);
        int32_t node = c < 65536 ? ROOT_CHILD[c] : 0;
        if (!node) {
            i++;
            continue;
        }
        int32_t best = NODES[node].term;
        Py_ssize_t best_end = i + 1, j = i + 1;
        while (j < end) {
            Py_UCS4 d = AT(&t, j);
            int32_t ch = NODES[node].child;
            while (ch && NODES[ch].ch != d) ch = NODES[ch].sibling;
            if (!ch) break;
            node = ch;
            j++;
            if (NODES[node].term >= 0) {
                best = NODES[node].term;
                best_end = j;
            }
        }
        if (best < 0) {
            i++;
            continue;
        }
        if (!filter || whole_word(&t, i, best_end, &SPELL[best])) {
            PyObject *e = PyLong_FromSsize_t(best_end), *k = PyLong_FromLong(SPELL[best].kind);
            int rc = (e && k && PyList_Append(ends, e) == 0 && PyList_Append(kinds, k) == 0) ? 0 : -1;
            Py_XDECREF(e);
            Py_XDECREF(k);
            if (rc < 0) goto fail;
        }
        i = best_end;
    }
    return Py_BuildValue("(NN)", ends, kinds);
fail:
    Py_XDECREF(ends);
    Py_XDECREF(kinds);
    return NULL;
}

/* init_cues(spellings: list[str], kinds: list[int], ascii: list[bool], qq: list[bool]) */
static PyObject *init_cues(PyObject *self, PyObject *args) {
    PyObject *words, *kinds, *ascii, *qq;
    if (!PyArg_ParseTuple(args, "O!O!O!O!", &PyList_Type, &words, &PyList_Type, &kinds, &PyList_Type, &ascii,
                          &PyList_Type, &qq))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(words);
    if (PyList_GET_SIZE(kinds) != n || PyList_GET_SIZE(ascii) != n || PyList_GET_SIZE(qq) != n) {
        PyErr_SetString(PyExc_ValueError, "init_cues: lists of different lengths");
        return NULL;
    }
    if (!ROOT_CHILD && !(ROOT_CHILD = PyMem_Calloc(65536, sizeof(int32_t)))) return PyErr_NoMemory();
    memset(ROOT_CHILD, 0, 65536 * sizeof(int32_t));
    NNODES = 0;
    PyMem_Free(SPELL);
    if (!(SPELL = PyMem_Calloc(n ? n : 1, sizeof(Spelling)))) return PyErr_NoMemory();
    NSPELL = n;
    if (new_node(0) < 0) return PyErr_NoMemory(); /* the root */
    for (Py_ssize_t w = 0; w < n; w++) {
        PyObject *s = PyList_GET_ITEM(words, w);
        if (!PyUnicode_Check(s) || PyUnicode_GET_LENGTH(s) == 0) {
            PyErr_SetString(PyExc_TypeError, "cue spellings must be non-empty str");
            return NULL;
        }
        SPELL[w].kind = (int32_t)PyLong_AsLong(PyList_GET_ITEM(kinds, w));
        SPELL[w].ascii = (uint8_t)PyObject_IsTrue(PyList_GET_ITEM(ascii, w));
        SPELL[w].qq = (uint8_t)PyObject_IsTrue(PyList_GET_ITEM(qq, w));
        if (PyErr_Occurred()) return NULL;
        Py_UCS4 c0 = PyUnicode_READ_CHAR(s, 0);
        if (c0 >= 65536) {
            PyErr_SetString(PyExc_ValueError, "cue spellings must start with a BMP character");
            return NULL;
        }
        int32_t node = ROOT_CHILD[c0];
        if (!node) {
            if ((node = new_node(c0)) < 0) return PyErr_NoMemory();
            ROOT_CHILD[c0] = node;
        }
        for (Py_ssize_t k = 1; k < PyUnicode_GET_LENGTH(s); k++) {
            Py_UCS4 d = PyUnicode_READ_CHAR(s, k);
            int32_t ch = NODES[node].child;
            while (ch && NODES[ch].ch != d) ch = NODES[ch].sibling;
            if (!ch) {
                if ((ch = new_node(d)) < 0) return PyErr_NoMemory();
                NODES[ch].sibling = NODES[node].child;
                NODES[node].child = ch;
            }
            node = ch;
        }
        NODES[node].term = (int32_t)w; /* a later duplicate spelling wins, as in a dict */
    }
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"init_cues", init_cues, METH_VARARGS, "init_cues(spellings, kinds, ascii, qq): load the cue words."},
    {"cue_hits", cue_hits, METH_VARARGS, "cue_hits(text, start, end, whole_words) -> (ends, kinds)."},
    {"init", init, METH_VARARGS, "init(fold, provinces, numerals, prefixes, rare_words): load the engine's tables."},
    {"skim", skim, METH_O, "skim(text) -> (num, qq, qq_other, ipv4, ipv6, gps, numerals, plates, qqlog, rare, has_qq_cue)."},
    {"fold", fold, METH_O, "fold(text) -> text with full-width forms and dash look-alikes folded one to one."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, .m_name = "_skim", .m_doc = "Native pre-pass of the detection engine.", .m_size = -1, .m_methods = methods};

PyMODINIT_FUNC PyInit__skim(void) { return PyModule_Create(&module); }
