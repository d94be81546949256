/* _rows: the per-row hot loop of `leakaid assess` (CSV fast path and any other batch of columns).
 *
 * Three entry points, each the C twin of numpy code in vec.py / readers.py / counter.py (the reference,
 * which also runs when this module is missing; tests/assess/test_rows_native.py checks they agree):
 *
 *   split(buf, nbytes, delim, ncols)  cells of a block of unquoted/simply-quoted rows (readers._fast_split)
 *   Kernel(...).cells(...)            per cell: strip, NULL marker, validate, canonical hash (counter._count)
 *   combine(...)                      per row: invalid/identifying/category, record and person hashes
 *
 * No numpy headers: arrays come in and go out through the buffer protocol. Every offset read from a
 * caller's array is bounds-checked; no cell content ever appears in an error message.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* column kinds understood by the kernel (counter._NATIVE_KIND) */
enum { K_OTHER = 0, K_ID = 1, K_MOBILE = 2, K_BANK = 3, K_EMAIL = 4 };
/* per-cell status written by cells(): empty/NULL, valid (or not validated), invalid, needs Python */
enum { S_EMPTY = 0, S_OK = 1, S_BAD = 2, S_SLOW = 3 };
/* person-key role of a column in combine(): ID number wins, a mobile number is the fallback */
enum { P_NONE = 0, P_ID = 1, P_MOBILE = 2 };

#define STRIP_MAX 64 /* StrCol.strip removes at most 64 bytes from each end */
#define MAX_NULLS 32
#define MAX_SCHEMES 32

/* ------------------------------------------------------------------------------------------------ */
/* hashing: vec.hash_cells / vec.mix64                                                                */

static const uint64_t FNV_P = 0x100000001B3ULL;

static inline uint64_t mix64(uint64_t x) /* splitmix64 finaliser */
{
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/* little-endian load of n (<= 8) bytes, zero-padded */
static inline uint64_t load_le(const uint8_t *p, size_t n)
{
    uint64_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(&w, p, n);
#else
    for (size_t i = 0; i < n; i++)
        w |= (uint64_t)p[i] << (8 * i);
#endif
    return w;
}

/* 8 bytes at a time: h = (h ^ word) * P, then mix64(h ^ len << 56) */
static uint64_t hash_bytes(const uint8_t *p, size_t n)
{
    uint64_t h = 0;
    size_t k = 0;
    for (; k + 8 <= n; k += 8)
        h = (h ^ load_le(p + k, 8)) * FNV_P;
    if (k < n)
        h = (h ^ load_le(p + k, n - k)) * FNV_P;
    return mix64(h ^ ((uint64_t)n << 56));
}

/* ------------------------------------------------------------------------------------------------ */
/* byte classes                                                                                       */

static inline int is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

/* StrCol.strip: ASCII tab, LF, CR, space and the double quote */
static inline int is_strip(uint8_t c) { return c == 9 || c == 10 || c == 13 || c == 32 || c == 34; }

/* e-mail byte classes, the same bits as vec._E_CLS */
enum { E_ALNUM = 1, E_ALPHA = 2, E_LOCAL = 4, E_LEND = 8, E_DOM = 16, E_AT = 32, E_DOT = 64, E_HI = 128 };
static uint8_t E_CLS[256];

static void init_email_classes(void)
{
    for (int c = 0; c < 256; c++) {
        uint8_t k = 0;
        int alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (alpha || is_digit((uint8_t)c))
            k |= E_ALNUM | E_LOCAL | E_LEND | E_DOM;
        if (alpha)
            k |= E_ALPHA;
        if (c == '.' || c == '_' || c == '%' || c == '+' || c == '-')
            k |= E_LOCAL;
        if (c == '_')
            k |= E_LEND;
        if (c == '-')
            k |= E_DOM;
        if (c == '.')
            k |= E_DOM | E_DOT;
        if (c == '@')
            k |= E_AT;
        if (c >= 128)
            k = E_HI;
        E_CLS[c] = k;
    }
}

/* ------------------------------------------------------------------------------------------------ */
/* validators: canonical forms only; any other form is S_SLOW and goes to leakaid.detect.validators  */

typedef struct {
    PyObject_HEAD
    Py_buffer regions; /* 10^6 bytes, nonzero = GB/T 2260 region code ever issued (vec.RegionTable) */
    Py_buffer mobiles; /* 10^7 bytes, nonzero = first 7 digits in an allocated segment (vec.MobileTable) */
    Py_buffer bins;    /* sorted int64 keys blen * 10^12 + BIN (vec.BinTable), any BIN length 1-12 */
    Py_buffer schemes; /* int64 rows (digits, lo, hi, length mask): card scheme ranges (vec.SCHEMES) */
    Py_buffer nulls;   /* uint64 words of the NULL markers ("null", "\N", "-" …; counter._NULL_WORDS) */
    uint32_t bin_lens; /* bit b set: some BIN has b digits */
    int id_min_year, today_year;
    long today_ymd; /* yyyymmdd: no birth date after today */
    int have_views; /* which Py_buffers are held (bit per field) */
} Kernel;

/* GB 11643: weights of the 17 body digits, and the check character for sum % 11 */
static const int ID_W[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
static const char ID_CHECK[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
/* days per month, February with 29 (leap years are checked separately) */
static const int MONTH_DAYS[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

static int date_ok(const Kernel *k, int y, int mo, int d)
{
    if (y < k->id_min_year || y > k->today_year || mo < 1 || mo > 12 || d < 1 || d > MONTH_DAYS[mo])
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (mo == 2 && d == 29 && !leap)
        return 0;
    return (long)y * 10000 + mo * 100 + d <= k->today_ymd;
}

/* 18-character resident ID (GB 11643): 17 digits + digit/X/x, check character, birth date, region */
static int id_cell(const Kernel *k, const uint8_t *p, size_t n, uint64_t *h)
{
    if (n != 18)
        return S_SLOW;
    for (int i = 0; i < 17; i++)
        if (!is_digit(p[i]))
            return S_SLOW;
    uint8_t last = p[17];
    if (!is_digit(last) && last != 'X' && last != 'x')
        return S_SLOW;
    uint8_t up[18];
    memcpy(up, p, 18);
    if (last == 'x') /* 'x' and 'X' are the same check character: hash the upper-case form */
        up[17] = last = 'X';
    *h = hash_bytes(up, 18);
    int sum = 0;
    for (int i = 0; i < 17; i++)
        sum += (p[i] - '0') * ID_W[i];
    if (ID_CHECK[sum % 11] != (char)last)
        return S_BAD;
    int y = (p[6] - '0') * 1000 + (p[7] - '0') * 100 + (p[8] - '0') * 10 + (p[9] - '0');
    int mo = (p[10] - '0') * 10 + (p[11] - '0');
    int d = (p[12] - '0') * 10 + (p[13] - '0');
    if (!date_ok(k, y, mo, d))
        return S_BAD;
    long code = 0;
    for (int i = 0; i < 6; i++)
        code = code * 10 + (p[i] - '0');
    return ((const uint8_t *)k->regions.buf)[code] ? S_OK : S_BAD;
}

/* 11-digit mainland mobile number: the first 7 digits must fall in an allocated segment */
static int mobile_cell(const Kernel *k, const uint8_t *p, size_t n, uint64_t *h)
{
    if (n != 11)
        return S_SLOW;
    long p7 = 0;
    for (int i = 0; i < 11; i++) {
        if (!is_digit(p[i]))
            return S_SLOW;
        if (i < 7)
            p7 = p7 * 10 + (p[i] - '0');
    }
    *h = hash_bytes(p, n);
    return ((const uint8_t *)k->mobiles.buf)[p7] ? S_OK : S_BAD;
}

static int luhn_ok(const uint8_t *p, size_t n)
{
    int sum = 0;
    for (size_t i = 0; i < n; i++) {
        int d = p[n - 1 - i] - '0';
        if (i & 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

static int bin_known(const Kernel *k, const uint8_t *p, size_t n)
{
    const int64_t *keys = (const int64_t *)k->bins.buf;
    Py_ssize_t nk = k->bins.len / 8;
    for (int blen = 1; blen <= 12; blen++) {
        if (!(k->bin_lens & (1u << blen)) || (size_t)blen > n)
            continue;
        int64_t v = 0;
        for (int i = 0; i < blen; i++)
            v = v * 10 + (p[i] - '0');
        int64_t key = (int64_t)blen * 1000000000000LL + v;
        Py_ssize_t lo = 0, hi = nk; /* binary search in the sorted keys */
        while (lo < hi) {
            Py_ssize_t mid = lo + (hi - lo) / 2;
            if (keys[mid] < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < nk && keys[lo] == key)
            return 1;
    }
    return 0;
}

/* card scheme by IIN range and length: rows (digits, lo, hi, length mask) from vec.SCHEMES */
static int scheme_known(const Kernel *k, const uint8_t *p, size_t n)
{
    const int64_t *row = (const int64_t *)k->schemes.buf;
    Py_ssize_t rows = k->schemes.len / 32;
    for (Py_ssize_t r = 0; r < rows; r++, row += 4) {
        int64_t digits = row[0];
        if (!(row[3] & ((int64_t)1 << n)) || digits < 1 || (size_t)digits > n)
            continue;
        int64_t v = 0;
        for (int64_t i = 0; i < digits; i++)
            v = v * 10 + (p[i] - '0');
        if (v >= row[1] && v <= row[2])
            return 1;
    }
    return 0;
}

/* 13-19 digit card number: 15-19 digits with a valid Luhn digit and a known BIN or card scheme */
static int bank_cell(const Kernel *k, const uint8_t *p, size_t n, uint64_t *h)
{
    if (n < 13 || n > 19)
        return S_SLOW;
    for (size_t i = 0; i < n; i++)
        if (!is_digit(p[i]))
            return S_SLOW;
    *h = hash_bytes(p, n);
    if (n < 15 || !luhn_ok(p, n))
        return S_BAD;
    return scheme_known(k, p, n) || bin_known(k, p, n) ? S_OK : S_BAD;
}

/* ASCII e-mail up to 64 bytes: the rules of vec.email_canonical (the validator's regex, no "..") */
static int email_cell(const uint8_t *p, size_t n, uint64_t *h)
{
    if (n < 1 || n > 64)
        return S_SLOW;
    size_t ats = 0, a = 0;
    long last_dot = -1;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = E_CLS[p[i]];
        if (c & E_HI)
            return S_SLOW;
        if (c & E_AT) {
            if (!ats)
                a = i;
            ats++;
        }
        if (c & E_DOT)
            last_dot = (long)i;
    }
    *h = hash_bytes(p, n); /* canonical e-mails are hashed as written (the reference does not lower-case them) */
    if (ats != 1 || a < 1 || !(E_CLS[p[0]] & E_ALNUM) || !(E_CLS[p[a - 1]] & E_LEND))
        return S_BAD;
    for (size_t i = 0; i < a; i++) /* local part: letters, digits, ._%+- */
        if (!(E_CLS[p[i]] & E_LOCAL))
            return S_BAD;
    if (a + 1 >= n || !(E_CLS[p[a + 1]] & E_ALNUM)) /* domain starts with a letter or digit */
        return S_BAD;
    for (size_t i = a + 1; i < n; i++) /* domain: letters, digits, '-' and '.' */
        if (!(E_CLS[p[i]] & E_DOM))
            return S_BAD;
    for (size_t i = 0; i + 1 < n; i++) {
        if (p[i] == '.' && p[i + 1] == '.')
            return S_BAD;
        if (i > a && ((p[i] == '-' && p[i + 1] == '.') || (p[i] == '.' && p[i + 1] == '-')))
            return S_BAD;
    }
    if (last_dot <= (long)a) /* last label: 2-24 letters after a dot in the domain */
        return S_BAD;
    size_t tld = n - (size_t)last_dot - 1;
    if (tld < 2 || tld > 24)
        return S_BAD;
    for (size_t i = (size_t)last_dot + 1; i < n; i++)
        if (!(E_CLS[p[i]] & E_ALPHA))
            return S_BAD;
    return S_OK;
}

/* ------------------------------------------------------------------------------------------------ */
/* buffer helpers                                                                                     */

/* 1-d array of 8-byte integers, any stride (numpy column views of a row-major offset matrix) */
static int get_i64(PyObject *o, Py_buffer *v, const char *what)
{
    if (PyObject_GetBuffer(o, v, PyBUF_RECORDS_RO) < 0)
        return -1;
    const char *f = v->format ? v->format : "B";
    if (*f == '<' || *f == '=' || *f == '@')
        f++;
    if (v->ndim != 1 || v->itemsize != 8 || !(f[0] == 'q' || f[0] == 'l') || f[1] != 0 || v->strides[0] % 8) {
        PyErr_Format(PyExc_TypeError, "%s must be a 1-d int64 array", what);
        PyBuffer_Release(v);
        return -1;
    }
    return 0;
}

/* contiguous buffer of at least `need` bytes (writable when asked); `align` 8 for arrays of 64-bit words */
static int get_flat(PyObject *o, Py_buffer *v, int writable, Py_ssize_t need, int align, const char *what)
{
    if (PyObject_GetBuffer(o, v, writable ? PyBUF_WRITABLE | PyBUF_C_CONTIGUOUS : PyBUF_C_CONTIGUOUS) < 0)
        return -1;
    if (v->len < need || (align > 1 && (uintptr_t)v->buf % (uintptr_t)align)) {
        PyErr_Format(PyExc_ValueError, "%s is too small or not aligned", what);
        PyBuffer_Release(v);
        return -1;
    }
    return 0;
}

static inline int64_t at_i64(const Py_buffer *v, Py_ssize_t i)
{
    int64_t x;
    memcpy(&x, (const char *)v->buf + i * v->strides[0], 8);
    return x;
}

/* ------------------------------------------------------------------------------------------------ */
/* split                                                                                              */

PyDoc_STRVAR(split_doc,
"split(buf, nbytes, delim, ncols) -> (starts, ends) | None\n\n"
"Cells of buf[:nbytes] (rows end with b'\\n'), as two bytearrays of int64 offsets, column-major\n"
"(ncols x rows). None when the block needs the csv module: a row without exactly ncols cells, or a\n"
"quote that does not open right after a separator, close right before one, or that hides one.");

static PyObject *split(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *obj;
    Py_ssize_t nbytes, ncols;
    int delim;
    if (!PyArg_ParseTuple(args, "Onin", &obj, &nbytes, &delim, &ncols))
        return NULL;
    if (ncols < 1 || ncols > (1 << 20) || delim < 0 || delim > 255 || delim == '\n' || delim == '"') {
        PyErr_SetString(PyExc_ValueError, "split: bad delimiter or column count");
        return NULL;
    }
    Py_buffer v;
    if (get_flat(obj, &v, 0, nbytes < 0 ? PY_SSIZE_T_MAX : nbytes, 1, "split: buffer") < 0)
        return NULL;
    const uint8_t *b = (const uint8_t *)v.buf;
    if (nbytes == 0 || b[nbytes - 1] != '\n') {
        PyBuffer_Release(&v);
        Py_RETURN_NONE;
    }
    Py_ssize_t rows = 0;
    for (const uint8_t *q = b, *end = b + nbytes; (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++)
        rows++;
    if (rows > PY_SSIZE_T_MAX / 8 / ncols) {
        PyBuffer_Release(&v);
        return PyErr_NoMemory();
    }
    PyObject *so = PyByteArray_FromStringAndSize(NULL, rows * ncols * 8);
    PyObject *eo = so ? PyByteArray_FromStringAndSize(NULL, rows * ncols * 8) : NULL;
    if (!eo) {
        Py_XDECREF(so);
        PyBuffer_Release(&v);
        return NULL;
    }
    int64_t *st = (int64_t *)PyByteArray_AS_STRING(so), *en = (int64_t *)PyByteArray_AS_STRING(eo);
    int ok = 1;
    Py_BEGIN_ALLOW_THREADS
    /* class of each byte: 1 separator (delimiter or newline), 2 quote, 0 cell content */
    uint8_t cls[256] = {0};
    cls[(uint8_t)delim] = 1;
    cls['\n'] = 1;
    cls['"'] = 2;
    Py_ssize_t row = 0, col = 0, cell = 0;
    int inq = 0;
    for (Py_ssize_t i = 0; i < nbytes; i++) {
        uint8_t c = b[i], k = cls[c];
        if (!k)
            continue;
        if (k == 2) {
            if (!inq) { /* opening quote: at the start of a cell */
                uint8_t prev = i ? b[i - 1] : '\n';
                if (prev != delim && prev != '\n') { ok = 0; break; }
            } else { /* closing quote: at the end of a cell (a CR before the newline is fine) */
                uint8_t next = i + 1 < nbytes ? b[i + 1] : '\n';
                if (next != delim && next != '\n' && next != '\r') { ok = 0; break; }
            }
            inq = !inq;
            continue;
        }
        if (inq) { ok = 0; break; } /* separator inside quotes */
        int last = col == ncols - 1;
        if ((c == '\n') != last) { ok = 0; break; } /* too few or too many cells in this row */
        st[col * rows + row] = cell;
        en[col * rows + row] = i;
        cell = i + 1;
        if (last) {
            row++;
            col = 0;
        } else {
            col++;
        }
    }
    if (inq || row != rows)
        ok = 0;
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&v);
    if (!ok) {
        Py_DECREF(so);
        Py_DECREF(eo);
        Py_RETURN_NONE;
    }
    return Py_BuildValue("(NN)", so, eo);
}

/* ------------------------------------------------------------------------------------------------ */
/* Kernel                                                                                             */

enum { V_REGIONS = 1, V_MOBILES = 2, V_BINS = 4, V_SCHEMES = 8, V_NULLS = 16, V_ALL = 31 };

static void Kernel_dealloc(Kernel *k)
{
    if (k->have_views & V_REGIONS) PyBuffer_Release(&k->regions);
    if (k->have_views & V_MOBILES) PyBuffer_Release(&k->mobiles);
    if (k->have_views & V_BINS) PyBuffer_Release(&k->bins);
    if (k->have_views & V_SCHEMES) PyBuffer_Release(&k->schemes);
    if (k->have_views & V_NULLS) PyBuffer_Release(&k->nulls);
    Py_TYPE(k)->tp_free((PyObject *)k);
}

static int Kernel_init(Kernel *k, PyObject *args, PyObject *kw)
{
    static char *names[] = {"regions", "mobiles", "bins", "schemes", "nulls", "id_min_year", "today_year",
                            "today_ymd", NULL};
    PyObject *reg, *mob, *bins, *sch, *nul;
    if (k->have_views) {
        PyErr_SetString(PyExc_RuntimeError, "Kernel is already initialised");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OOOOOiil", names, &reg, &mob, &bins, &sch, &nul,
                                     &k->id_min_year, &k->today_year, &k->today_ymd))
        return -1;
    if (get_flat(reg, &k->regions, 0, 1000000, 1, "regions") < 0) return -1;
    k->have_views |= V_REGIONS;
    if (get_flat(mob, &k->mobiles, 0, 10000000, 1, "mobiles") < 0) return -1;
    k->have_views |= V_MOBILES;
    if (get_flat(bins, &k->bins, 0, 0, 8, "bins") < 0) return -1;
    k->have_views |= V_BINS;
    if (get_flat(sch, &k->schemes, 0, 0, 8, "schemes") < 0) return -1;
    k->have_views |= V_SCHEMES;
    if (get_flat(nul, &k->nulls, 0, 0, 8, "nulls") < 0) return -1;
    k->have_views |= V_NULLS;
    if (k->bins.len % 8 || k->schemes.len % 32 || k->schemes.len / 32 > MAX_SCHEMES || k->nulls.len % 8
        || k->nulls.len / 8 > MAX_NULLS) {
        PyErr_SetString(PyExc_ValueError, "Kernel: bad table shape");
        return -1;
    }
    const int64_t *keys = (const int64_t *)k->bins.buf;
    k->bin_lens = 0;
    for (Py_ssize_t i = 0; i < k->bins.len / 8; i++) {
        int64_t blen = keys[i] / 1000000000000LL;
        if (blen < 1 || blen > 12 || (i && keys[i] < keys[i - 1])) {
            PyErr_SetString(PyExc_ValueError, "Kernel: BIN keys must be sorted blen * 10**12 + BIN");
            return -1;
        }
        k->bin_lens |= 1u << blen;
    }
    return 0;
}

/* a NULL marker: 1-4 bytes whose zero-padded word equals one of the markers' (counter._NULL_WORDS) */
static inline int is_null(const uint8_t *p, size_t n, const uint64_t *nulls, Py_ssize_t nn)
{
    if (n < 1 || n > 4)
        return 0;
    uint64_t w = load_le(p, n);
    for (Py_ssize_t i = 0; i < nn; i++)
        if (nulls[i] == w)
            return 1;
    return 0;
}

typedef struct {
    Py_buffer buf, start, end;
    int kind, held;
} ColIn;

static void release_cols(ColIn *c, Py_ssize_t m)
{
    for (Py_ssize_t j = 0; j < m; j++) {
        if (c[j].held & 1) PyBuffer_Release(&c[j].buf);
        if (c[j].held & 2) PyBuffer_Release(&c[j].start);
        if (c[j].held & 4) PyBuffer_Release(&c[j].end);
    }
    PyMem_Free(c);
}

/* status and hash of every cell of one column; returns the number of S_SLOW cells, or -1 on bad offsets */
static Py_ssize_t column_cells(const Kernel *k, const ColIn *c, Py_ssize_t n, int exact, uint64_t *H, uint8_t *S)
{
    const uint8_t *b = (const uint8_t *)c->buf.buf;
    Py_ssize_t blen = c->buf.len, slow = 0;
    const uint64_t *nulls = (const uint64_t *)k->nulls.buf;
    Py_ssize_t nn = k->nulls.len / 8;
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t s = at_i64(&c->start, i), e = at_i64(&c->end, i);
        if (s < 0 || e > blen || s > e)
            return -1;
        for (int t = 0; t < STRIP_MAX && s < e && is_strip(b[s]); t++)
            s++;
        for (int t = 0; t < STRIP_MAX && e > s && is_strip(b[e - 1]); t++)
            e--;
        const uint8_t *p = b + s;
        size_t len = (size_t)(e - s);
        uint64_t h = 0;
        int st;
        if (len == 0 || is_null(p, len, nulls, nn)) {
            st = S_EMPTY;
        } else if (c->kind == K_OTHER) {
            h = hash_bytes(p, len);
            st = S_OK;
        } else if (exact) {
            st = S_SLOW;
        } else {
            switch (c->kind) {
            case K_ID: st = id_cell(k, p, len, &h); break;
            case K_MOBILE: st = mobile_cell(k, p, len, &h); break;
            case K_BANK: st = bank_cell(k, p, len, &h); break;
            default: st = email_cell(p, len, &h); break;
            }
        }
        slow += st == S_SLOW;
        H[i] = h;
        S[i] = (uint8_t)st;
    }
    return slow;
}

PyDoc_STRVAR(cells_doc,
"cells(cols, n, exact, H, S) -> tuple of slow-cell counts per column\n\n"
"cols: list of (buf, start, end, kind) with n unstripped cells each (kind 0 other, 1 ID card,\n"
"2 mobile, 3 bank card, 4 e-mail). Writes into H (uint64, len(cols) x n) the canonical hash and into\n"
"S (uint8) the status: 0 empty/NULL, 1 valid, 2 invalid, 3 not canonical (Python validates it).");

static PyObject *Kernel_cells(Kernel *k, PyObject *args)
{
    PyObject *cols, *ho, *so;
    Py_ssize_t n;
    int exact;
    if (k->have_views != V_ALL) {
        PyErr_SetString(PyExc_RuntimeError, "Kernel is not initialised");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "O!npOO", &PyList_Type, &cols, &n, &exact, &ho, &so))
        return NULL;
    Py_ssize_t m = PyList_GET_SIZE(cols);
    if (n < 0 || (m && n > PY_SSIZE_T_MAX / 8 / m)) {
        PyErr_SetString(PyExc_ValueError, "cells: bad row count");
        return NULL;
    }
    ColIn *c = PyMem_Calloc((size_t)(m ? m : 1), sizeof(ColIn));
    if (!c)
        return PyErr_NoMemory();
    Py_buffer hv, sv;
    int hh = 0, sh = 0;
    PyObject *out = NULL;
    for (Py_ssize_t j = 0; j < m; j++) {
        PyObject *t = PyList_GET_ITEM(cols, j), *bo, *sto, *eno;
        if (!PyTuple_Check(t)) {
            PyErr_SetString(PyExc_TypeError, "cells: each column is a tuple (buf, start, end, kind)");
            goto done;
        }
        if (!PyArg_ParseTuple(t, "OOOi;cells: each column is (buf, start, end, kind)", &bo, &sto, &eno, &c[j].kind))
            goto done;
        if (c[j].kind < K_OTHER || c[j].kind > K_EMAIL) {
            PyErr_SetString(PyExc_ValueError, "cells: unknown kind");
            goto done;
        }
        if (get_flat(bo, &c[j].buf, 0, 0, 1, "cells: buf") < 0) goto done;
        c[j].held |= 1;
        if (get_i64(sto, &c[j].start, "cells: start") < 0) goto done;
        c[j].held |= 2;
        if (get_i64(eno, &c[j].end, "cells: end") < 0) goto done;
        c[j].held |= 4;
        if (c[j].start.shape[0] != n || c[j].end.shape[0] != n) {
            PyErr_SetString(PyExc_ValueError, "cells: every column needs n offsets");
            goto done;
        }
    }
    if (get_flat(ho, &hv, 1, m * n * 8, 8, "cells: H") < 0) goto done;
    hh = 1;
    if (get_flat(so, &sv, 1, m * n, 1, "cells: S") < 0) goto done;
    sh = 1;
    out = PyTuple_New(m);
    if (!out)
        goto done;
    Py_ssize_t bad_col = -1;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t j = 0; j < m; j++) {
        Py_ssize_t slow = column_cells(k, &c[j], n, exact, (uint64_t *)hv.buf + j * n, (uint8_t *)sv.buf + j * n);
        if (slow < 0) {
            bad_col = j;
            break;
        }
        c[j].kind = (int)slow; /* reuse the field for the count; kinds are no longer needed */
    }
    Py_END_ALLOW_THREADS
    if (bad_col >= 0) {
        PyErr_Format(PyExc_ValueError, "cells: offsets of column %zd are out of range", bad_col);
        Py_CLEAR(out);
        goto done;
    }
    for (Py_ssize_t j = 0; j < m; j++) {
        PyObject *x = PyLong_FromLong(c[j].kind);
        if (!x) {
            Py_CLEAR(out);
            goto done;
        }
        PyTuple_SET_ITEM(out, j, x);
    }
done:
    if (hh) PyBuffer_Release(&hv);
    if (sh) PyBuffer_Release(&sv);
    release_cols(c, m);
    return out;
}

static PyMethodDef Kernel_methods[] = {
    {"cells", (PyCFunction)Kernel_cells, METH_VARARGS, cells_doc},
    {NULL, NULL, 0, NULL},
};

PyDoc_STRVAR(Kernel_doc,
"Kernel(regions, mobiles, bins, schemes, nulls, id_min_year, today_year, today_ymd)\n\n"
"Validation tables, passed in from Python (vec.RegionTable, vec.MobileTable, vec.BinTable, vec.SCHEMES,\n"
"counter._NULL_WORDS) and held, not copied.");

static PyTypeObject KernelType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "leakaid.assess._rows.Kernel",
    .tp_basicsize = sizeof(Kernel),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = Kernel_doc,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Kernel_init,
    .tp_dealloc = (destructor)Kernel_dealloc,
    .tp_methods = Kernel_methods,
};

/* ------------------------------------------------------------------------------------------------ */
/* combine                                                                                            */

PyDoc_STRVAR(combine_doc,
"combine(H, S, n, codes, ranks, ident, person, salt, rec, persons, bad) -> (n_rec, n_person, n_invalid, n_unident)\n\n"
"Per row, over the m = len(ranks) columns of H/S (from cells, slow cells resolved): a row is invalid when\n"
"a cell is invalid, counted when it has an identifying cell, in the lowest rank of its non-empty cells.\n"
"Writes the record hashes of counted rows to rec and their person hashes (ID number, else mobile) to\n"
"persons (uint64, n each), and the invalid cells per column to bad (int64, m).");

static PyObject *combine(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *ho, *so, *co, *ro, *io, *po, *reco, *pero, *bado;
    Py_ssize_t n;
    unsigned long long salt;
    if (!PyArg_ParseTuple(args, "OOnOOOOKOOO", &ho, &so, &n, &co, &ro, &io, &po, &salt, &reco, &pero, &bado))
        return NULL;
    Py_buffer v[9];
    int held = 0;
    PyObject *out = NULL;
    Py_ssize_t m;
    if (get_flat(ro, &v[0], 0, 0, 1, "combine: ranks") < 0) return NULL;
    held = 1;
    m = v[0].len;
    if (n < 0 || n > PY_SSIZE_T_MAX / 8 || (m && n > PY_SSIZE_T_MAX / 8 / m)) {
        PyErr_SetString(PyExc_ValueError, "combine: bad row count");
        goto done;
    }
    if (get_flat(io, &v[1], 0, m, 1, "combine: ident") < 0) goto done;
    held++;
    if (get_flat(po, &v[2], 0, m, 1, "combine: person") < 0) goto done;
    held++;
    if (get_flat(co, &v[3], 0, m * 8, 8, "combine: codes") < 0) goto done;
    held++;
    if (get_flat(ho, &v[4], 0, m * n * 8, 8, "combine: H") < 0) goto done;
    held++;
    if (get_flat(so, &v[5], 0, m * n, 1, "combine: S") < 0) goto done;
    held++;
    if (get_flat(reco, &v[6], 1, n * 8, 8, "combine: rec") < 0) goto done;
    held++;
    if (get_flat(pero, &v[7], 1, n * 8, 8, "combine: persons") < 0) goto done;
    held++;
    if (get_flat(bado, &v[8], 1, m * 8, 8, "combine: bad") < 0) goto done;
    held++;
    const uint8_t *rank = v[0].buf, *ident = v[1].buf, *role = v[2].buf, *S = v[5].buf;
    const uint64_t *H = v[4].buf, *codes = v[3].buf;
    uint64_t *rec = v[6].buf, *per = v[7].buf;
    int64_t *bad = v[8].buf;
    for (Py_ssize_t j = 0; j < m; j++) {
        bad[j] = 0;
        if (rank[j] > 2) {
            PyErr_SetString(PyExc_ValueError, "combine: rank must be 0-2");
            goto done;
        }
    }
    Py_ssize_t n_rec = 0, n_per = 0, n_inv = 0, n_unid = 0, unresolved = 0;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < n; i++) {
        int invalid = 0, idf = 0, has_person = 0;
        unsigned best = 3;
        uint64_t acc = 0, person = 0;
        for (Py_ssize_t j = 0; j < m; j++) {
            uint8_t s = S[j * n + i];
            if (s == S_EMPTY)
                continue;
            if (s == S_SLOW)
                unresolved++;
            uint64_t h = H[j * n + i];
            if (s == S_BAD) {
                invalid = 1;
                bad[j]++;
            } else if (s == S_OK && (role[j] == P_ID || (role[j] == P_MOBILE && !has_person))) {
                person = h ^ codes[j];
                has_person = 1;
            }
            if (rank[j] < best)
                best = rank[j];
            idf |= ident[j] != 0;
            acc += mix64(h ^ codes[j]);
        }
        if (invalid) {
            n_inv++;
        } else if (!idf || best >= 3) {
            n_unid++;
        } else {
            rec[n_rec++] = (mix64(acc ^ (uint64_t)salt) & ~(uint64_t)3) | best;
            if (has_person)
                per[n_per++] = mix64(person) & ~(uint64_t)3;
        }
    }
    Py_END_ALLOW_THREADS
    if (unresolved) {
        PyErr_SetString(PyExc_ValueError, "combine: status 3 (not canonical) left unresolved");
        goto done;
    }
    out = Py_BuildValue("(nnnn)", n_rec, n_per, n_inv, n_unid);
done:
    for (int i = 0; i < held; i++)
        PyBuffer_Release(&v[i]);
    return out;
}

PyDoc_STRVAR(hash_doc, "hash(data) -> int\n\nvec.hash_bytes of one value (for tests).");

static PyObject *hash(PyObject *self, PyObject *arg)
{
    (void)self;
    Py_buffer v;
    if (PyObject_GetBuffer(arg, &v, PyBUF_C_CONTIGUOUS) < 0)
        return NULL;
    uint64_t h = hash_bytes(v.buf, (size_t)v.len);
    PyBuffer_Release(&v);
    return PyLong_FromUnsignedLongLong(h);
}

static PyMethodDef methods[] = {
    {"split", split, METH_VARARGS, split_doc},
    {"combine", combine, METH_VARARGS, combine_doc},
    {"hash", hash, METH_O, hash_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_rows",
    .m_doc = "Native per-row kernel of leakaid assess (see vec.py, readers.py and counter.py for the reference).",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC PyInit__rows(void)
{
    init_email_classes();
    if (PyType_Ready(&KernelType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m)
        return NULL;
    Py_INCREF(&KernelType);
    if (PyModule_AddObject(m, "Kernel", (PyObject *)&KernelType) < 0) {
        Py_DECREF(&KernelType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
