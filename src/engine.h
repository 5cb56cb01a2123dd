/*
** engine.h — what a brink_engine holds, shared inside the library.
**
** The engine is the read-only half of brink: compiled dictionaries and the
** CAMEO table.  engine.c builds it; coder.c reads it from many threads.
*/
#ifndef BRINK_ENGINE_H
#define BRINK_ENGINE_H
#include "brink.h"
#include "dict.h"
#include "ontology.h"

struct brink_engine {
  Dict *pDict;
  Ontology *pOnt;
  size_t nWarning;     /* diagnostics reported while loading */
};

#endif
