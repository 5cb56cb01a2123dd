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
#include "peer.h"
#include "facts.h"

struct brink_engine {
  Dict *pDict;
  int bPeerVerbs;      /* verbs came from TABARI/PETRARCH files: code as those coders do
                       ** (their patterns say modality themselves; see coder.c);
                       ** PEER_VERBS_PETRARCH when any was PETRARCH's, else
                       ** PEER_VERBS_TABARI */
  PeerSet *pPeer;      /* issue phrases of peer issue files; NULL if none were loaded */
  Ontology *pOnt;
  Gazetteer *pGaz;     /* places (facts.h); read-only, shared by every coder */
  size_t nWarning;     /* diagnostics reported while loading */
};

#endif
