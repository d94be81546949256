/* placeholder while the module is being written */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, .m_name = "_rows", .m_size = -1};
PyMODINIT_FUNC PyInit__rows(void) { return PyModule_Create(&mod); }
