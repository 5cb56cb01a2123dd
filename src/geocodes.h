/*
** geocodes.h — country codes of systems other than ISO alpha-3, for the
** exports (docs/EXPORTS.md): ISO 3166-1 alpha-2, compiled in from a table
** generated at build time from Debian's iso-codes (tools/mkiso.c -c), and
** FIPS 10-4, GDELT's country codes, read at run time from the hand-written
** <datadir>/fips.tsv.  Both map brink's own codes (a location's ISO alpha-3
** country and ISO 3166-2 subdivisions) to theirs; nothing maps back.
*/
#ifndef BRINK_GEOCODES_H
#define BRINK_GEOCODES_H
#include "brink.h"
#include <stddef.h>

/* One ISO 3166-1 country: alpha-3 and alpha-2.  The generated table
** (build/gen/iso2.c) is sorted by alpha-3. */
typedef struct BrinkIso2 { char zA3[4]; char zA2[3]; } BrinkIso2;
extern const BrinkIso2 brinkIso2Table[];
extern const size_t brinkIso2Count;

/* The ISO alpha-2 code of ISO alpha-3 zA3 ("UKR" -> "UA"), or "" when
** iso-codes has none (a user-assigned code such as XKX, or ""). */
const char *brinkIsoAlpha2(const char *zA3);

/* The FIPS 10-4 table of a fips.tsv file: read-only once loaded. */
typedef struct FipsTable FipsTable;

/* Read zPath.  Malformed lines (not two tab-separated fields, a key that is
** neither an alpha-3 nor an ISO 3166-2 code, a code that is not two capital
** letters) and repeated keys go to xDiag (may be NULL) with the file and
** line, and are skipped.  Returns NULL, with a malloc'd message in *pzErr
** when pzErr is not NULL, if the file cannot be read or memory runs out. */
FipsTable *brinkFipsLoad(const char *zPath, brink_diag_fn xDiag, void *pArg, char **pzErr);
void brinkFipsFree(FipsTable *);
/* Number of codes loaded. */
size_t brinkFipsCount(const FipsTable *);

/* The FIPS code of a location: when zAdm1 (ISO 3166-2 codes, comma-
** separated; may be "" or NULL) names subdivisions that all have a line and
** the same code, that code (Gaza's governorates: GZ); else the code of
** country zCountry (ISO alpha-3); else "".  Never NULL. */
const char *brinkFipsCode(const FipsTable *, const char *zCountry, const char *zAdm1);

#endif
