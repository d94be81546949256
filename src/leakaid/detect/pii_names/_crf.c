/* CRF Viterbi decoding for the PERSON / ADDRESS tagger (leakaid.detect.pii_names.model).
 *
 * The reference is Tagger.viterbi_numpy in model.py: the same float32 arithmetic in the same order, and
 * the same tie-breaking (the first maximum wins), so both give identical tags; tests compare them.
 *
 * viterbi(em, lengths, trans, start, end, tags) -> None
 *   em      float32 [b, t, k]   emission scores (C-contiguous buffer)
 *   lengths int64   [b]         real length of each row (1 <= length <= t)
 *   trans   float32 [k, k]      transition scores, forbidden moves already added (from i to j at [i, j])
 *   start   float32 [k]         start scores (forbidden starts already added)
 *   end     float32 [k]         end scores
 *   tags    int8    [b, t]      written: the best path; positions past a row's length repeat its last tag
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_K 16

static int get(PyObject *obj, Py_buffer *view, int writable, Py_ssize_t itemsize, Py_ssize_t count,
               const char *what) {
    int flags = PyBUF_C_CONTIGUOUS | (writable ? PyBUF_WRITABLE : 0);
    if (PyObject_GetBuffer(obj, view, flags) < 0) return -1;
    if (view->itemsize != itemsize || view->len != itemsize * count) {
        PyErr_Format(PyExc_ValueError, "viterbi: %s has the wrong size or item type", what);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

static PyObject *viterbi(PyObject *self, PyObject *args) {
    PyObject *o_em, *o_len, *o_trans, *o_start, *o_end, *o_tags;
    Py_ssize_t b, t, k;
    if (!PyArg_ParseTuple(args, "nnnOOOOOO", &b, &t, &k, &o_em, &o_len, &o_trans, &o_start, &o_end, &o_tags))
        return NULL;
    if (b < 0 || t < 1 || k < 1 || k > MAX_K) {
        PyErr_SetString(PyExc_ValueError, "viterbi: bad shape");
        return NULL;
    }
    Py_buffer em, len, trans, start, end, tags;
    if (get(o_em, &em, 0, 4, b * t * k, "em") < 0) return NULL;
    if (get(o_len, &len, 0, 8, b, "lengths") < 0) goto fail_em;
    if (get(o_trans, &trans, 0, 4, k * k, "trans") < 0) goto fail_len;
    if (get(o_start, &start, 0, 4, k, "start") < 0) goto fail_trans;
    if (get(o_end, &end, 0, 4, k, "end") < 0) goto fail_start;
    if (get(o_tags, &tags, 1, 1, b * t, "tags") < 0) goto fail_end;

    const float *E = em.buf, *T = trans.buf, *S = start.buf, *N = end.buf;
    const int64_t *L = len.buf;
    int8_t *out = tags.buf;
    int8_t *back = malloc((size_t)t * (size_t)k);
    if (back == NULL) {
        PyErr_NoMemory();
        goto fail_tags;
    }
    for (Py_ssize_t r = 0; r < b; r++) {
        Py_ssize_t n = (Py_ssize_t)L[r];
        if (n < 1 || n > t) {
            PyErr_SetString(PyExc_ValueError, "viterbi: a length is out of range");
            free(back);
            goto fail_tags;
        }
        const float *e = E + r * t * k;
        float score[MAX_K], nxt[MAX_K];
        for (Py_ssize_t j = 0; j < k; j++) score[j] = S[j] + e[j];
        for (Py_ssize_t i = 1; i < n; i++) {
            const float *ei = e + i * k;
            int8_t *bi = back + i * k;
            for (Py_ssize_t j = 0; j < k; j++) {
                float best = score[0] + T[j];
                int arg = 0;
                for (Py_ssize_t p = 1; p < k; p++) {
                    float c = score[p] + T[p * k + j];
                    if (c > best) {
                        best = c;
                        arg = (int)p;
                    }
                }
                nxt[j] = best + ei[j];
                bi[j] = (int8_t)arg;
            }
            memcpy(score, nxt, sizeof(float) * (size_t)k);
        }
        int cur = 0;
        float best = score[0] + N[0];
        for (Py_ssize_t j = 1; j < k; j++) {
            float c = score[j] + N[j];
            if (c > best) {
                best = c;
                cur = (int)j;
            }
        }
        int8_t *o = out + r * t;
        for (Py_ssize_t i = t - 1; i >= n; i--) o[i] = (int8_t)cur;
        for (Py_ssize_t i = n - 1; i >= 0; i--) {
            o[i] = (int8_t)cur;
            if (i) cur = back[i * k + cur];
        }
    }
    free(back);
    PyBuffer_Release(&tags);
    PyBuffer_Release(&end);
    PyBuffer_Release(&start);
    PyBuffer_Release(&trans);
    PyBuffer_Release(&len);
    PyBuffer_Release(&em);
    Py_RETURN_NONE;

fail_tags:
    PyBuffer_Release(&tags);
fail_end:
    PyBuffer_Release(&end);
fail_start:
    PyBuffer_Release(&start);
fail_trans:
    PyBuffer_Release(&trans);
fail_len:
    PyBuffer_Release(&len);
fail_em:
    PyBuffer_Release(&em);
    return NULL;
}

static PyMethodDef methods[] = {
    {"viterbi", viterbi, METH_VARARGS, "Best tag path of each row (see the comment at the top of _crf.c)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_crf", "CRF Viterbi decoding.", -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__crf(void) { return PyModule_Create(&module); }
