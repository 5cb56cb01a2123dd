/*
** ontology.h — the CAMEO event table (data/cameo.tsv) loaded into memory.
**
** An Ontology is built once by brinkOntologyLoad() and never changes after
** that, so any number of threads may look codes up in it at once.  All of
** its memory (the brink_cameo records and every string they point at) is one
** allocation owned by the Ontology and released by brinkOntologyFree().
** The file format is described in docs/ONTOLOGY.md.
*/
#ifndef BRINK_ONTOLOGY_H
#define BRINK_ONTOLOGY_H
#include <stddef.h>
#include "brink.h"

typedef struct Ontology Ontology;

/* Largest table file accepted.  The real table is about 20 KB; the cap only
** keeps a wrong path (a corpus, /dev/zero) from being read into memory. */
#define BRINK_ONTOLOGY_MAX_FILE (4u << 20)

/* Load the table in file zPath.  A malformed or duplicate line is reported
** through xDiag (which may be NULL) with file, line and 1-based byte column,
** and is skipped; the load goes on.  Returns NULL when the file cannot be
** read, is larger than BRINK_ONTOLOGY_MAX_FILE, holds no valid line, or
** memory runs out; then, if pzErr is not NULL, *pzErr is a malloc'd message
** naming the file (the caller frees it; it is NULL if even that failed). */
Ontology *brinkOntologyLoad(const char *zPath, brink_diag_fn xDiag, void *pArg,
                            char **pzErr);
void brinkOntologyFree(Ontology *);

/* The record for zCode ("0256"), or NULL if the table lacks it.  Binary
** search over the records, which are kept sorted by code. */
const brink_cameo *brinkOntologyLookup(const Ontology *, const char *zCode);

/* Whether a pattern's code can be coded: zCode is in the table, or is a
** peer dictionary's paired code "042:043" (the source does the first to the
** target, the target the second to the source; an empty half or "---" is
** no event) whose halves are.  Returns 1, or 0 with the first unknown half
** copied to zBad (nBad bytes, NUL-terminated).  With aReach, marks the
** records of the known codes (aReach[i] for brinkOntologyAt(i)). */
int brinkOntologyKnown(const Ontology *, const char *zCode, char *zBad, size_t nBad,
                       unsigned char *aReach);

/* Records in code order (strcmp order, so "01" < "010" < "0211" < "02").
** brinkOntologyAt() returns NULL when i >= brinkOntologyCount(). */
size_t brinkOntologyCount(const Ontology *);
const brink_cameo *brinkOntologyAt(const Ontology *, size_t i);

/* Lines reported through xDiag during the load (for brink_engine_stats). */
size_t brinkOntologyWarningCount(const Ontology *);

#endif
