/* leakaid.detect._skim — one native pass that tells the engine where to look.
 *
 * The engine's recognisers (numbers.py, patterns.py, cues.py) are regexes plus Python checks; run over
 * a whole text they cost a few ms per MB each, even where nothing can match. This module reads the
 * (folded) text once and returns, per recogniser, the small windows in which a match is possible:
 *
 *   num      maximal runs of [0-9 \t-/_.Xx] that can hold a value other than a QQ number
 *            (≥10 digits between dots, a dotted phone shape 138.1234.5678, or a +/( prefix before it)
 *   qq       the other runs that hold a group of ≥5 digits (only a QQ number can be in them), on lines
 *            where a QQ number is possible: a QQ cue word on the line, or a table run whose values can vote
 *            a QQ column or whose header can name one (see table lines below)
 *   qq_other the same runs on other lines: a QQ number there needs the segment's hint (a QQ column)
 *   ipv4     public dotted quads that pass the engine's boundary rules (start, end)
 *   ipv6     runs of [0-9A-Fa-f:] from their first colon, holding "::" or ≥7 colons (not "::1" alone)
 *   gps      lines holding d.dddd followed by a comma or slash (the first half of a pair)
 *   numerals runs of Chinese numerals / digits / space / dash from a numeral, ≥3 numerals and ≥7 symbols
 *   plates   positions of a province character followed (after an optional ·/-/space) by a plate letter
 *   qqlog    lines holding "(12345…)" right before the line end (QQ chat-log headers)
 *   rare     the rare cue words (WeChat, passport, permit, birth date), leftmost-longest like the regex
 *   docno    positions of 证件 / 證件 (a generic document-number cue); born: positions of 日生
 *   and two flags: a QQ cue word somewhere; JSON text ("key": somewhere)
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
    C_PLAIN = 64,   /* a letter with no role of its own (not X, Q or the start of a rare cue word) */
    C_MARK = 128,   /* / T t n E : the last character of "</" or of a word that opens SQL statements */
};
static uint8_t ASCII[128];

/* flags of BMP characters (built once by init() from the engine's own tables) */
enum { B_FOLD = 1, B_PROVINCE = 2, B_NUMERAL = 4, B_RARE = 8, B_PREFIX = 16 };
static uint8_t *BMP;             /* 65536 entries */
static Py_UCS4 *FOLD_TO;         /* 65536 entries, 0 = unchanged */

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

/* Room for one more element in a growable array (*v, n used, *cap allocated); 0, or -1 when out of memory. */
static int grow(void **v, Py_ssize_t n, Py_ssize_t *cap, size_t elem, Py_ssize_t first) {
    if (n < *cap) return 0;
    Py_ssize_t c = *cap ? 2 * *cap : first;
    void *p = PyMem_Realloc(*v, (size_t)c * elem);
    if (!p) return -1;
    *v = p;
    *cap = c;
    return 0;
}

/* ---- window tests ------------------------------------------------------------------------------ */
typedef struct { int kind; const void *data; Py_ssize_t n; } Text;
#define AT(t, i) PyUnicode_READ((t)->kind, (t)->data, (i))

/* ---- word tries --------------------------------------------------------------------------------- */
/* Words (cue spellings) in a trie: matching at a position walks it as far as the text allows and keeps
 * the longest word seen, i.e. leftmost-longest like a regex alternation of the words, longest first. */
typedef struct {
    Py_UCS4 ch;
    int32_t child, sibling; /* first child, next sibling (0 = none; node 0 is the root) */
    int32_t term;           /* word index ending here, -1 = none */
} Node;
typedef struct {
    Node *nodes;
    Py_ssize_t n, cap;
    int32_t *root; /* 65536 entries: the root's child for a first character (0 = none) */
} Trie;

static int32_t trie_node(Trie *tr, Py_UCS4 ch) {
    if (grow((void **)&tr->nodes, tr->n, &tr->cap, sizeof(Node), 1024) < 0) return -1;
    tr->nodes[tr->n] = (Node){ch, 0, 0, -1};
    return (int32_t)tr->n++;
}

static int trie_reset(Trie *tr) {
    if (!tr->root && !(tr->root = PyMem_Calloc(65536, sizeof(int32_t)))) return -1;
    memset(tr->root, 0, 65536 * sizeof(int32_t));
    tr->n = 0;
    return trie_node(tr, 0) < 0 ? -1 : 0;
}

/* Add a non-empty word starting with a BMP character; a later duplicate wins, as in a dict. */
static int trie_add(Trie *tr, PyObject *word, int32_t term) {
    Py_ssize_t len = PyUnicode_GET_LENGTH(word);
    Py_UCS4 c0 = PyUnicode_READ_CHAR(word, 0);
    int32_t node = tr->root[c0];
    if (!node) {
        if ((node = trie_node(tr, c0)) < 0) return -1;
        tr->root[c0] = node;
    }
    for (Py_ssize_t k = 1; k < len; k++) {
        Py_UCS4 d = PyUnicode_READ_CHAR(word, k);
        int32_t ch = tr->nodes[node].child;
        while (ch && tr->nodes[ch].ch != d) ch = tr->nodes[ch].sibling;
        if (!ch) {
            if ((ch = trie_node(tr, d)) < 0) return -1;
            tr->nodes[ch].sibling = tr->nodes[node].child;
            tr->nodes[node].child = ch;
        }
        node = ch;
    }
    tr->nodes[node].term = term;
    return 0;
}

/* The longest word starting at i and ending by `end`: its length (0 = none) and index. */
static Py_ssize_t trie_longest(const Trie *tr, const Text *t, Py_ssize_t i, Py_ssize_t end, int32_t *term) {
    Py_UCS4 c = AT(t, i);
    int32_t node = c < 65536 ? tr->root[c] : 0;
    if (!node) return 0;
    int32_t best = tr->nodes[node].term;
    Py_ssize_t best_end = i + 1;
    for (Py_ssize_t j = i + 1; j < end; j++) {
        Py_UCS4 d = AT(t, j);
        int32_t ch = tr->nodes[node].child;
        while (ch && tr->nodes[ch].ch != d) ch = tr->nodes[ch].sibling;
        if (!ch) break;
        node = ch;
        if (tr->nodes[node].term >= 0) {
            best = tr->nodes[node].term;
            best_end = j + 1;
        }
    }
    if (best < 0) return 0;
    *term = best;
    return best_end - i;
}

static Trie RARE; /* rare cue words (WeChat, passport, permit, birth): their positions go to the engine */
static Trie CUES; /* every cue spelling: cue_hits() */

static Py_ssize_t line_end(const Text *t, Py_ssize_t i) {
    while (i < t->n && AT(t, i) != '\n') i++;
    return i;
}

/* Add the line [ls, end of line) once; its end is looked for only the first time (linear on one-line texts). */
static int push_line(PyObject *list, const Text *t, Py_ssize_t ls, Py_ssize_t from, Py_ssize_t *last) {
    if (*last == ls) return 0;
    *last = ls;
    return push2(list, ls, line_end(t, from));
}

/* 8 digits from 5/6/7/9, as one group or 4+4: a Hong Kong / Macao mobile written locally (5616 7923). */
static int hk_macao_shape(const Text *t, Py_ssize_t a, Py_ssize_t b) {
    int len[3] = {0, 0, 0}, groups = 0, in_group = 0;
    Py_UCS4 first = 0;
    for (Py_ssize_t i = a; i < b; i++) {
        Py_UCS4 c = AT(t, i);
        if (c >= '0' && c <= '9') {
            if (!in_group) {
                if (groups == 2) return 0;
                groups++;
                in_group = 1;
                if (groups == 1) first = c;
            }
            len[groups - 1]++;
        } else {
            in_group = 0;
        }
    }
    /* mobiles 5/6/7/9, fixed lines 2/3 (Hong Kong) and 28 (Macao): numbers._hk_macao_local */
    if (!(first == '2' || first == '3' || first == '5' || first == '6' || first == '7' || first == '9')) return 0;
    return (groups == 1 && len[0] == 8) || (groups == 2 && len[0] == 4 && len[1] == 4);
}

/* A Taiwan fixed line written 0X-XXX-XXXX / 0X-XXXXXXX (one-digit area code after 0): numbers._classify */
static int taiwan_fixed_shape(const Text *t, Py_ssize_t a, Py_ssize_t b) {
    if (b - a < 10 || AT(t, a) != '0' || AT(t, a + 1) < '2' || AT(t, a + 1) > '8') return 0;
    if (AT(t, a + 2) != '-' && AT(t, a + 2) != ' ') return 0;
    int digits = 0;
    for (Py_ssize_t i = a; i < b; i++) digits += AT(t, i) >= '0' && AT(t, i) <= '9';
    return digits >= 9 && digits <= 10;
}

/* ≥5 digits written one by one with a single space or dot between them (1 3 8 1 2 …, 1.3.8.1.2 …). */
static int spaced_digits(const Text *t, Py_ssize_t a, Py_ssize_t b) {
    Py_ssize_t run = 0;
    for (Py_ssize_t i = a; i < b; i++) {
        Py_UCS4 c = AT(t, i);
        int digit = c >= '0' && c <= '9';
        int lone = digit && (i == a || !(AT(t, i - 1) >= '0' && AT(t, i - 1) <= '9')) &&
                   (i + 1 >= b || !(AT(t, i + 1) >= '0' && AT(t, i + 1) <= '9'));
        if (!lone) {
            if (!digit && (c == ' ' || c == '.') && run > 0 && i + 1 < b && !(AT(t, i + 1) == ' ' || AT(t, i + 1) == '.'))
                continue; /* one separator between two lone digits */
            run = 0;
            continue;
        }
        if (++run >= 5) return 1;
    }
    return 0;
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
    if (strong || hk_macao_shape(t, a, b) || spaced_digits(t, a, b) || taiwan_fixed_shape(t, a, b)) return 2;
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
    /* after the quad: no digit (guaranteed), no ".<digit>" or "-<digit>" (1.2.3.4.5, revision 2.1.8.2-1) */
    if (i + 1 < t->n && (AT(t, i) == '.' || AT(t, i) == '-') && AT(t, i + 1) >= '0' && AT(t, i + 1) <= '9') return 0;
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

/* A run of [0-9.] holding d.dddd followed by [ \t]*[,，/] or 东经/東經/西经/西經: the first half of a GPS pair. */
static int gps_run(const Text *t, Py_ssize_t a, Py_ssize_t b) {
    for (Py_ssize_t i = a + 1; i < b; i++) {
        if (AT(t, i) != '.' || AT(t, i - 1) == '.') continue;
        Py_ssize_t j = i + 1;
        while (j < b && AT(t, j) != '.') j++;
        if (j - i - 1 < 4 || j < b) continue; /* fewer than 4 decimals, or another dot follows */
        if (j < t->n && AT(t, j) == 0xB0) { /* 22.4422°N, … */
            j++;
            if (j < t->n && (AT(t, j) == 'N' || AT(t, j) == 'S' || AT(t, j) == 'n' || AT(t, j) == 's')) j++;
        }
        Py_ssize_t before_space = j;
        while (j < t->n && (AT(t, j) == ' ' || AT(t, j) == '\t')) j++;
        if (j < t->n && (AT(t, j) == ',' || AT(t, j) == 0xFF0C || AT(t, j) == '/')) return 1;
        /* 23.0899 113.7073: apart by spaces only (patterns.gps keeps it after a location word) */
        if (j > before_space && j - before_space <= 3 && j < t->n && ((AT(t, j) >= '0' && AT(t, j) <= '9') || AT(t, j) == '-'))
            return 1;
        if (j + 1 < t->n && (AT(t, j) == 0x4E1C || AT(t, j) == 0x6771 || AT(t, j) == 0x897F) &&
            (AT(t, j + 1) == 0x7ECF || AT(t, j + 1) == 0x7D93))
            return 1; /* 东经 東經 西经 西經 */
    }
    return 0;
}

/* Whether text[.. i] ends with the ASCII word w (w's last character is text[i]). */
static int ends_with(const Text *t, Py_ssize_t i, const char *w, Py_ssize_t len) {
    if (i + 1 < len) return 0;
    for (Py_ssize_t k = 0; k < len; k++)
        if (AT(t, i - len + 1 + k) != (Py_UCS4)(unsigned char)w[k]) return 0;
    return 1;
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
    int32_t term;
    Py_ssize_t len = trie_longest(&RARE, t, i, t->n, &term);
    if (len) *index = term;
    return len;
}

/* ---- table lines ------------------------------------------------------------------------------- */
/* tabular.py builds a block from ≥3 consecutive non-blank lines with the same count of one delimiter
 * (---- tab | , ;), and a headerless block votes a column QQ only when another column holds personal
 * values (an e-mail address, an 11-digit mobile, an 18-character ID). A QQ number without a QQ cue word
 * is therefore possible only on a line of such a run that holds '@' or 11 consecutive digits. */
#define NDELIM 5
typedef struct {
    int32_t count[NDELIM];
    uint8_t blank, personal, table; /* table: in a run of ≥3 same-count lines with personal values (a vote) */
    uint8_t qq, qq_reach;           /* a QQ cue word (qq, q号, 扣扣, 企鹅) on the line / on the line or its run */
    uint8_t plus, other;            /* a '+' / a character other than + - = | : and blanks: border = plus && !other */
} Line;

/* A border line of an ASCII table (+----+----+ or +====+): transparent inside a run, never a row. */
static inline int border(const Line *l) { return l->plus && !l->other; }

typedef struct { Line *v; Py_ssize_t n, cap; } Lines;

static Line *new_line(Lines *ls) {
    if (grow((void **)&ls->v, ls->n, &ls->cap, sizeof(Line), 256) < 0) return NULL;
    Line *l = &ls->v[ls->n++];
    memset(l, 0, sizeof *l);
    l->blank = 1;
    return l;
}

static void mark_table_lines(Lines *ls, int min_rows) {
    for (Py_ssize_t k = 0; k < ls->n; k++) ls->v[k].qq_reach = ls->v[k].qq;
    for (int d = 0; d < NDELIM; d++) {
        Py_ssize_t i = 0;
        while (i < ls->n) {
            Line *l = &ls->v[i];
            if (l->blank || l->count[d] == 0 || border(l)) {
                i++;
                continue;
            }
            Py_ssize_t j = i + 1, rows = 1;
            int personal = l->personal, qq = l->qq;
            while (j < ls->n && (border(&ls->v[j]) || (!ls->v[j].blank && ls->v[j].count[d] == l->count[d]))) {
                if (border(&ls->v[j])) {
                    j++;
                    continue;
                }
                rows++;
                personal |= ls->v[j].personal;
                qq |= ls->v[j++].qq;
            }
            for (Py_ssize_t k = i; k < j; k++) {
                if (rows >= min_rows && personal) ls->v[k].table = 1;
                if (qq) ls->v[k].qq_reach = 1; /* a header naming a QQ column */
            }
            i = j;
        }
    }
}

typedef struct { Py_ssize_t a, b, line; } Span;
typedef struct { Span *v; Py_ssize_t n, cap; } Spans;

static int add_span(Spans *sp, Py_ssize_t a, Py_ssize_t b, Py_ssize_t line) {
    if (grow((void **)&sp->v, sp->n, &sp->cap, sizeof(Span), 256) < 0) return -1;
    sp->v[sp->n++] = (Span){a, b, line};
    return 0;
}

/* ---- skim -------------------------------------------------------------------------------------- */
enum { O_NUM, O_QQ, O_QQ_OTHER, O_IPV4, O_IPV6, O_GPS, O_NUMERALS, O_PLATES, O_QQLOG, O_RARE, O_DOCNO, O_BORN, O_BROKEN, O_COUNT };

typedef struct {
    PyObject *out[O_COUNT];
    Lines lines;
    Spans weak;
    Line *line;
    int has_qq_cue, has_json, has_markup, has_sql, has_symsep, has_percent, has_at_spelled, has_keyed_log;
    int dashes, v6_double;
    Py_UCS4 last_ink; /* the last character that is not a space or tab */
    Py_ssize_t digit_run, line_start, last_gps, last_qqlog;
    Py_ssize_t num_a, v4_a, v6_a, nm_a, v6_colons, nm_numerals, nm_symbols, rare_until;
    Py_ssize_t num_digits, v4_dots;
} State;

/* A symbol between two digits (1🌸3🌸8…, 175|4081|5758, 173、4662、3510, 184~3995~8247): the separator of a
 * number written to dodge filters (numbers.symbol_separated). i is the digit after it, prev the character
 * before i (a variation selector U+FE0F may follow the symbol). */
static inline int is_symsep(Py_UCS4 c) {
    return c == '~' || c == '|' || c == 0x3001 || c == 0xB7 || c == 0x2022 || (c >= 0x2600 && c <= 0x27BF) ||
           (c >= 0x1F300 && c <= 0x1FAFF);
}

static inline int symsep_before(const Text *t, Py_ssize_t i, Py_UCS4 prev) {
    Py_ssize_t j = i - 1; /* the symbol */
    if (prev == 0xFE0F) {
        if (j < 1) return 0;
        prev = AT(t, j - 1);
        j--;
    }
    if (!is_symsep(prev) || j < 1) return 0;
    Py_UCS4 d = AT(t, j - 1);
    return d >= '0' && d <= '9';
}

/* Digits in the runs of [0-9 -] ending at b and starting at a (≤ 24 characters each way). */
static int digits_around(const Text *t, Py_ssize_t b, Py_ssize_t a) {
    int d = 0;
    for (Py_ssize_t k = b; k >= 0 && b - k < 24; k--) {
        Py_UCS4 c = AT(t, k);
        if (c >= '0' && c <= '9') d++;
        else if (c != ' ' && c != '-') break;
    }
    for (Py_ssize_t k = a; k < t->n && k - a < 24; k++) {
        Py_UCS4 c = AT(t, k);
        if (c >= '0' && c <= '9') d++;
        else if (c != ' ' && c != '-' && c != 'X' && c != 'x') break;
    }
    return d;
}

/* "at" (or "at ") ending right before position i: yzhou70(at)qq.com, a.b[at]gmail.com (patterns.written_at_emails) */
static inline int at_before(const Text *t, Py_ssize_t i) {
    Py_ssize_t j = i - 1;
    if (j >= 0 && AT(t, j) == ' ') j--;
    return j >= 1 && (AT(t, j) == 't' || AT(t, j) == 'T') && (AT(t, j - 1) == 'a' || AT(t, j - 1) == 'A');
}

static inline int is_hex(Py_UCS4 c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/* Flags for the passes that run only where their marks are: "</" (markup elements: markup.py), the words that
 * open SQL statements (sqltext.might_hold_sql), %XX escapes (urlenc), an @ spelled (at), and the key lines of
 * MyBatis logs and multipart bodies (keyed_logs: "Parameters:", "Row:", "form-data;"). */
static inline void marks_at(State *st, const Text *t, Py_ssize_t i, Py_UCS4 c, Py_UCS4 prev) {
    switch (c) {
    case '/':
        if (prev == '<') st->has_markup = 1;
        return;
    case '%':
        if (i + 2 < t->n && is_hex(AT(t, i + 1)) && is_hex(AT(t, i + 2))) st->has_percent = 1;
        return;
    case ')':
    case ']':
    case '}':
        if (at_before(t, i)) st->has_at_spelled = 1;
        return;
    case ':':
        if (ends_with(t, i - 1, "Parameters", 10) || ends_with(t, i - 1, "Row", 3)) st->has_keyed_log = 1;
        return;
    case ';':
        if (ends_with(t, i - 1, "form-data", 9)) st->has_keyed_log = 1;
        return;
    default:
        break;
    }
    if (!st->has_sql) {
        if ((c == 'T' && ends_with(t, i, "INSERT", 6)) || (c == 't' && (ends_with(t, i, "insert", 6) || ends_with(t, i, "Insert", 6))) ||
            (c == 'n' && ends_with(t, i, "stdin", 5)) || (c == 'E' && ends_with(t, i, "REPLACE", 7)))
            st->has_sql = 1;
    }
}

/* The runs still open at position i end there (i is the first character outside them). The counters
 * kept while a run grows skip the evaluation of runs that cannot matter (fewer than 5 digits, no dot,
 * no colon): most runs in running text are a space or a word. */
static inline __attribute__((always_inline)) int close_runs(State *st, const Text *t, Py_ssize_t i, int num, int v4,
                                                            int v6, int nm) {
    if (num && st->num_a >= 0) {
        if (st->num_digits >= 5) {
            int r = num_run(t, st->num_a, i);
            if (r == 2 && push2(st->out[O_NUM], st->num_a, i) < 0) return -1;
            if (r == 1 && add_span(&st->weak, st->num_a, i, st->lines.n - 1) < 0) return PyErr_NoMemory(), -1;
        }
        st->num_a = -1;
    }
    if (v4 && st->v4_a >= 0) {
        if (st->v4_dots) {
            Py_ssize_t e;
            if (st->v4_dots >= 3 && ipv4_run(t, st->v4_a, i, &e) && push2(st->out[O_IPV4], st->v4_a, e) < 0) return -1;
            if (gps_run(t, st->v4_a, i) && push_line(st->out[O_GPS], t, st->line_start, i, &st->last_gps) < 0)
                return -1;
        }
        st->v4_a = -1;
    }
    if (v6 && st->v6_a >= 0) {
        if (st->v6_colons >= 2) {
            /* "::" or ≥7 colons; "::1" and "::" alone are loopback/unspecified, never reported */
            Py_ssize_t len = i - st->v6_a;
            int alone = st->v6_a == 0 || !(ascii_class(AT(t, st->v6_a - 1)) & C_HEX); /* no hex digit before */
            int trivial = alone && (len == 2 || (len == 3 && AT(t, st->v6_a + 2) == '1'));
            if ((st->v6_double || st->v6_colons >= 7) && !trivial && push2(st->out[O_IPV6], st->v6_a, i) < 0) return -1;
        }
        st->v6_a = -1;
    }
    if (nm && st->nm_a >= 0) {
        if (st->nm_numerals >= 3 && st->nm_symbols >= 7 && push2(st->out[O_NUMERALS], st->nm_a, i) < 0) return -1;
        st->nm_a = -1;
    }
    return 0;
}

static int push1(PyObject *list, Py_ssize_t a) {
    PyObject *x = PyLong_FromSsize_t(a);
    int rc = (x && PyList_Append(list, x) == 0) ? 0 : -1;
    Py_XDECREF(x);
    return rc;
}

/* A rare cue word starting at i: recorded as (start, end, word index), and no other starts inside it. */
static int rare_word(State *st, const Text *t, Py_ssize_t i) {
    int index;
    Py_ssize_t len = rare_at(t, i, &index);
    if (!len) return 0;
    if (push2(st->out[O_RARE], i, i + len) < 0 || push1(st->out[O_RARE], index) < 0) return -1;
    st->rare_until = i + len;
    return 0;
}

/* One pass; `kind` is a constant in each of the three callers, so the reads compile to plain loads. */
static inline __attribute__((always_inline)) int skim_loop(State *st, const Text *t, const int kind) {
    const void *data = t->data;
    const Py_ssize_t n = t->n;
    Py_UCS4 prev = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        const Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c >= 128) {
            const uint8_t bf = bmp_flags(c);
            if (!(bf & B_NUMERAL) && (st->num_a >= 0 || st->v4_a >= 0 || st->v6_a >= 0 || st->nm_a >= 0) &&
                close_runs(st, t, i, 1, 1, 1, 1) < 0)
                return -1;
            st->line->blank = 0;
            st->line->other = 1;
            st->dashes = 0;
            st->digit_run = 0;
            if (bf) {
                if (bf & B_NUMERAL) {
                    if (st->num_a >= 0 || st->v4_a >= 0 || st->v6_a >= 0)
                        if (close_runs(st, t, i, 1, 1, 1, 0) < 0) return -1;
                    if (st->nm_a < 0) {
                        st->nm_a = i;
                        st->nm_numerals = st->nm_symbols = 0;
                        /* digits first (198 3677 三八三九): the run starts at them */
                        Py_ssize_t j = i;
                        while (j > 0 && i - j < 16) {
                            Py_UCS4 d = AT(t, j - 1);
                            if (!((d >= '0' && d <= '9') || d == ' ' || d == '-')) break;
                            j--;
                        }
                        while (j < i && !(AT(t, j) >= '0' && AT(t, j) <= '9')) j++;
                        for (Py_ssize_t k = j; k < i; k++) st->nm_symbols += AT(t, k) >= '0' && AT(t, k) <= '9';
                        if (j < i) st->nm_a = j;
                    }
                    st->nm_numerals++;
                    st->nm_symbols++;
                }
                if (bf & B_PROVINCE) {
                    Py_ssize_t j = i + 1;
                    if (j < n) {
                        Py_UCS4 d = PyUnicode_READ(kind, data, j);
                        if (d == 0xB7 || d == '-' || d == ' ') j++;
                    }
                    if (j < n && plate_letter(PyUnicode_READ(kind, data, j)) && push1(st->out[O_PLATES], i) < 0) return -1;
                }
                if ((bf & B_RARE) && i >= st->rare_until && rare_word(st, t, i) < 0) return -1;
            }
            if (c == 0x4EF6 && (prev == 0x8BC1 || prev == 0x8B49) && push1(st->out[O_DOCNO], i - 1) < 0) return -1; /* 证件 證件 */
            if (c == 0x4EF6 && prev == ' ' && i >= 2 && (AT(t, i - 2) == 0x8BC1 || AT(t, i - 2) == 0x8B49) &&
                push1(st->out[O_DOCNO], i - 2) < 0)
                return -1; /* 證 件 號 碼 (OCR spacing) */
            if (c == 0x751F && prev == 0x65E5 && push1(st->out[O_BORN], i - 1) < 0) return -1;                   /* 日生 */
            st->last_ink = c;
            if ((c == 0xFF09 || c == 0x3011) && at_before(t, i)) st->has_at_spelled = 1; /* （at） 【at】 */
            if (c == 0xFF09 && qqlog_at(t, i) &&
                push_line(st->out[O_QQLOG], t, st->line_start, i, &st->last_qqlog) < 0)
                return -1;
            if (i + 1 < n && (c == 0x6263 || c == 0x4F01 || c == 0x62A0 || c == 0x6473)) {
                Py_UCS4 d = PyUnicode_READ(kind, data, i + 1);
                /* 扣扣 抠抠 摳摳 企鹅 企鵝 */
                if (((c == 0x6263 || c == 0x62A0 || c == 0x6473) && d == c) || (c == 0x4F01 && (d == 0x9E45 || d == 0x9D5D)))
                    st->has_qq_cue = st->line->qq = 1;
            }
            prev = c;
            continue;
        }
        /* ASCII */
        const uint8_t ac = ASCII[c];
        if (ac & C_MARK) marks_at(st, t, i, c, prev);
        if ((ac & C_PLAIN) && !(st->v6_a >= 0 && (ac & C_HEX))) {
            if ((st->num_a >= 0 || st->v4_a >= 0 || st->v6_a >= 0 || st->nm_a >= 0) &&
                close_runs(st, t, i, 1, 1, 1, 1) < 0)
                return -1;
            st->line->blank = 0;
            st->line->other = 1;
            st->dashes = 0;
            st->digit_run = 0;
            st->last_ink = c;
            prev = c;
            continue;
        }
        const int is_digit = ac & C_DIGIT;
        const int in_num = ac & (C_DIGIT | C_NUMSEP | C_DOT | C_X);
        const int in_v4 = ac & (C_DIGIT | C_DOT);
        /* an IPv6 window starts at its first colon (the regex match starts there; the hex digits before
           it are read from the whole text), so a word of hex letters opens nothing */
        const int in_v6 = c == ':' || ((ac & C_HEX) && st->v6_a >= 0);
        const int in_nm = is_digit || c == ' ' || c == '-';
        const int c_num = !in_num && st->num_a >= 0, c_v4 = !in_v4 && st->v4_a >= 0;
        const int c_v6 = !in_v6 && st->v6_a >= 0, c_nm = !in_nm && st->nm_a >= 0;
        if ((c_num | c_v4 | c_v6 | c_nm) && close_runs(st, t, i, c_num, c_v4, c_v6, c_nm) < 0) return -1;
        if (in_num) {
            if (st->num_a < 0) {
                st->num_a = i;
                st->num_digits = 0;
            }
            st->num_digits += is_digit != 0;
        }
        if (in_v4) {
            if (st->v4_a < 0) {
                st->v4_a = i;
                st->v4_dots = 0;
            }
            st->v4_dots += c == '.';
        }
        if (in_v6) {
            if (st->v6_a < 0) {
                st->v6_a = i;
                st->v6_colons = 0;
                st->v6_double = 0;
            }
            if (c == ':') {
                st->v6_colons++;
                if (prev == ':' && i > st->v6_a) st->v6_double = 1;
            }
        }
        /* a numeral run starts at a numeral (non-ASCII path); digits, spaces and dashes only continue it */
        if (in_nm && st->nm_a >= 0 && is_digit) st->nm_symbols++;
        const uint8_t bf = BMP[c];
        if ((bf & B_RARE) && i >= st->rare_until && rare_word(st, t, i) < 0) return -1;
        if (c == ')' && qqlog_at(t, i) && push_line(st->out[O_QQLOG], t, st->line_start, i, &st->last_qqlog) < 0)
            return -1;
        if ((c == 'Q' || c == 'q') && i + 1 < n) {
            Py_UCS4 d = PyUnicode_READ(kind, data, i + 1);
            if (d == 'Q' || d == 'q' || d == 0x53F7 || d == 0x865F || d == ':' || d == 0xFF1A)
                st->has_qq_cue = st->line->qq = 1; /* qq, q号, q: — as cues.has_qq_cue */
        }
        if (c == ':' && st->last_ink == '"') st->has_json = 1; /* "key": or "key" : */
        if (c != ' ' && c != '\t') st->last_ink = c;
        /* the line's delimiters (---- \t | , ;), blankness, personal values ('@', 11 digits in a row) */
        Line *line = st->line;
        if (c == '-') {
            if (++st->dashes == 4) {
                line->count[0]++;
                st->dashes = 0;
            }
        } else {
            st->dashes = 0;
        }
        if (is_digit) {
            if (++st->digit_run >= 11) line->personal = 1;
            if (!st->has_symsep && prev > ' ' && !(ascii_class(prev) & C_DIGIT) && symsep_before(t, i, prev))
                st->has_symsep = 1;
        } else {
            st->digit_run = 0;
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
        if (c == '+') line->plus = 1;
        else if (!(c == '-' || c == '=' || c == '|' || c == ':' || c == ' ' || c == '\t' || c == '\r' || c == '\n'))
            line->other = 1;
        if (c == '\n') {
            /* a number broken over two lines (OCR, PDF text): 5326221980021⏎97832 (numbers.broken_lines) */
            Py_ssize_t b = i - 1, a = i + 1;
            if (b >= 0 && AT(t, b) == '\r') b--;
            while (a < n && (AT(t, a) == ' ' || AT(t, a) == '\t')) a++;
            if (b >= 0 && a < n && AT(t, b) >= '0' && AT(t, b) <= '9' && AT(t, a) >= '0' && AT(t, a) <= '9' &&
                digits_around(t, b, a) >= 10 && push1(st->out[O_BROKEN], i) < 0)
                return -1; /* the shortest value that can be broken (a landline) has 10 digits */
        }
        if (c == '\n') {
            st->line_start = i + 1;
            if (!(st->line = new_line(&st->lines))) return PyErr_NoMemory(), -1;
            st->dashes = 0;
            st->digit_run = 0;
        }
        prev = c;
    }
    return close_runs(st, t, n, 1, 1, 1, 1);
}

/* 0 when `arg` is a str and init() has run, else -1 with an exception set. */
static int check_text(PyObject *arg, const char *fn) {
    if (!initialised) {
        PyErr_SetString(PyExc_RuntimeError, "_skim.init() has not been called");
        return -1;
    }
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "%s() takes a str", fn);
        return -1;
    }
    return 0;
}

static PyObject *skim(PyObject *self, PyObject *arg) {
    if (check_text(arg, "skim") < 0) return NULL;
    Text t = {PyUnicode_KIND(arg), PyUnicode_DATA(arg), PyUnicode_GET_LENGTH(arg)};
    State st;
    memset(&st, 0, sizeof st);
    st.last_gps = st.last_qqlog = st.num_a = st.v4_a = st.v6_a = st.nm_a = -1;
    PyObject *res = NULL;
    int rc = 0;
    for (int k = 0; k < O_COUNT; k++)
        if (!(st.out[k] = PyList_New(0))) goto done;
    if (!(st.line = new_line(&st.lines))) {
        PyErr_NoMemory();
        goto done;
    }
    switch (t.kind) {
    case PyUnicode_1BYTE_KIND: rc = skim_loop(&st, &t, PyUnicode_1BYTE_KIND); break;
    case PyUnicode_2BYTE_KIND: rc = skim_loop(&st, &t, PyUnicode_2BYTE_KIND); break;
    default: rc = skim_loop(&st, &t, PyUnicode_4BYTE_KIND); break;
    }
    if (rc < 0) goto done;
    mark_table_lines(&st.lines, 3);
    for (Py_ssize_t k = 0; k < st.weak.n; k++) {
        Span *w = &st.weak.v[k];
        const Line *l = &st.lines.v[w->line];
        if (push2(st.out[l->table || l->qq_reach ? O_QQ : O_QQ_OTHER], w->a, w->b) < 0) goto done;
    }
    if (!(res = PyTuple_New(O_COUNT + 8))) goto done;
    for (int k = 0; k < O_COUNT; k++) {
        PyTuple_SET_ITEM(res, k, st.out[k]);
        st.out[k] = NULL;
    }
    PyTuple_SET_ITEM(res, O_COUNT, PyBool_FromLong(st.has_qq_cue));
    PyTuple_SET_ITEM(res, O_COUNT + 1, PyBool_FromLong(st.has_json));
    PyTuple_SET_ITEM(res, O_COUNT + 2, PyBool_FromLong(st.has_markup));
    PyTuple_SET_ITEM(res, O_COUNT + 3, PyBool_FromLong(st.has_sql));
    PyTuple_SET_ITEM(res, O_COUNT + 4, PyBool_FromLong(st.has_symsep));
    PyTuple_SET_ITEM(res, O_COUNT + 5, PyBool_FromLong(st.has_percent));
    PyTuple_SET_ITEM(res, O_COUNT + 6, PyBool_FromLong(st.has_at_spelled));
    PyTuple_SET_ITEM(res, O_COUNT + 7, PyBool_FromLong(st.has_keyed_log));
done:
    for (int k = 0; k < O_COUNT; k++) Py_XDECREF(st.out[k]);
    PyMem_Free(st.lines.v);
    PyMem_Free(st.weak.v);
    return res;
}

/* ---- fold -------------------------------------------------------------------------------------- */
static PyObject *fold(PyObject *self, PyObject *arg) {
    if (check_text(arg, "fold") < 0) return NULL;
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

/* init(fold: dict[int, int], provinces: str, numerals: str, prefixes: str, rare_words: list[str]) */
static PyObject *init(PyObject *self, PyObject *args) {
    PyObject *fold_map, *provinces, *numerals, *prefixes, *rare;
    if (!PyArg_ParseTuple(args, "O!UUUO!", &PyDict_Type, &fold_map, &provinces, &numerals, &prefixes, &PyList_Type, &rare))
        return NULL;
    if (!BMP) {
        BMP = PyMem_Calloc(65536, 1);
        FOLD_TO = PyMem_Calloc(65536, sizeof(Py_UCS4));
        if (!BMP || !FOLD_TO) return PyErr_NoMemory();
    }
    memset(BMP, 0, 65536);
    memset(FOLD_TO, 0, 65536 * sizeof(Py_UCS4));
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
    if (trie_reset(&RARE) < 0) return PyErr_NoMemory();
    for (Py_ssize_t w = 0; w < PyList_GET_SIZE(rare); w++) {
        PyObject *word = PyList_GET_ITEM(rare, w);
        if (!PyUnicode_Check(word) || PyUnicode_GET_LENGTH(word) == 0 || PyUnicode_READ_CHAR(word, 0) >= 65536) {
            PyErr_SetString(PyExc_ValueError, "rare words must be non-empty str starting with a BMP character");
            return NULL;
        }
        if (trie_add(&RARE, word, (int32_t)w) < 0) return PyErr_NoMemory();
        BMP[PyUnicode_READ_CHAR(word, 0)] |= B_RARE;
    }
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
    ASCII['/'] |= C_MARK;
    ASCII['%'] |= C_MARK;
    ASCII[')'] |= C_MARK;
    ASCII[']'] |= C_MARK;
    ASCII['}'] |= C_MARK;
    ASCII[':'] |= C_MARK;
    ASCII[';'] |= C_MARK;
    ASCII['T'] |= C_MARK;
    ASCII['t'] |= C_MARK;
    ASCII['n'] |= C_MARK;
    ASCII['E'] |= C_MARK;
    for (int c = 0; c < 128; c++)
        if ((ASCII[c] & C_ALPHA) && !(ASCII[c] & C_X) && !(BMP[c] & B_RARE) && c != 'Q' && c != 'q') ASCII[c] |= C_PLAIN;
    initialised = 1;
    Py_RETURN_NONE;
}


/* ---- cue words --------------------------------------------------------------------------------- */
/* All cue spellings in a trie; a text is matched leftmost-longest, non-overlapping (each match, kept or
 * not, consumes its characters), then ASCII words are kept only as whole words, as cues._whole_word. */
typedef struct { int32_t kind; uint8_t ascii, qq; } Spelling;
static Spelling *SPELL;
static Py_ssize_t NSPELL;

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
    if (e < t->n && ascii_alpha(AT(t, e - 1))) { /* a cue ending in a colon (v:) may touch its value */
        Py_UCS4 q = AT(t, e);
        if (ascii_alpha(q) && !(ascii_upper(q) && ascii_lower(AT(t, e - 1)))) return 0;
    }
    /* part of a host name: tonghui-build.cn, @mail.example */
    if (e + 1 < t->n && AT(t, e - 1) != '.' && AT(t, e) == '.' && ascii_alpha(AT(t, e + 1))) return 0;
    if (s > 0 && AT(t, s - 1) == '@') return 0;
    if (sp->qq) {
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
    if (!CUES.root) {
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
        int32_t best;
        Py_ssize_t len = trie_longest(&CUES, &t, i, end, &best);
        if (!len) {
            i++;
            continue;
        }
        if (!filter || whole_word(&t, i, i + len, &SPELL[best])) {
            PyObject *e = PyLong_FromSsize_t(i + len), *k = PyLong_FromLong(SPELL[best].kind);
            int rc = (e && k && PyList_Append(ends, e) == 0 && PyList_Append(kinds, k) == 0) ? 0 : -1;
            Py_XDECREF(e);
            Py_XDECREF(k);
            if (rc < 0) goto fail;
        }
        i += len;
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
    if (trie_reset(&CUES) < 0) return PyErr_NoMemory();
    PyMem_Free(SPELL);
    if (!(SPELL = PyMem_Calloc(n ? n : 1, sizeof(Spelling)))) return PyErr_NoMemory();
    NSPELL = n;
    for (Py_ssize_t w = 0; w < n; w++) {
        PyObject *s = PyList_GET_ITEM(words, w);
        if (!PyUnicode_Check(s) || PyUnicode_GET_LENGTH(s) == 0 || PyUnicode_READ_CHAR(s, 0) >= 65536) {
            PyErr_SetString(PyExc_ValueError, "cue spellings must be non-empty str starting with a BMP character");
            return NULL;
        }
        SPELL[w].kind = (int32_t)PyLong_AsLong(PyList_GET_ITEM(kinds, w));
        SPELL[w].ascii = (uint8_t)PyObject_IsTrue(PyList_GET_ITEM(ascii, w));
        SPELL[w].qq = (uint8_t)PyObject_IsTrue(PyList_GET_ITEM(qq, w));
        if (PyErr_Occurred()) return NULL;
        if (trie_add(&CUES, s, (int32_t)w) < 0) return PyErr_NoMemory();
    }
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"init_cues", init_cues, METH_VARARGS, "init_cues(spellings, kinds, ascii, qq): load the cue words."},
    {"cue_hits", cue_hits, METH_VARARGS, "cue_hits(text, start, end, whole_words) -> (ends, kinds)."},
    {"init", init, METH_VARARGS, "init(fold, provinces, numerals, prefixes, rare_words): load the engine's tables."},
    {"skim", skim, METH_O, "skim(text) -> (num, qq, qq_other, ipv4, ipv6, gps, numerals, plates, qqlog, rare, docno, born, broken, has_qq_cue, has_json, has_markup, has_sql, has_symsep, has_percent, has_at_spelled, has_keyed_log)."},
    {"fold", fold, METH_O, "fold(text) -> text with full-width forms and dash look-alikes folded one to one."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, .m_name = "_skim", .m_doc = "Native pre-pass of the detection engine.", .m_size = -1, .m_methods = methods};

PyMODINIT_FUNC PyInit__skim(void) { return PyModule_Create(&module); }
