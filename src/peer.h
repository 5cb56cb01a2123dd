/*
** peer.h — read the dictionaries of brink's peers: TABARI, PETRARCH-1,
** PETRARCH-2 and the Phoenix discard and issue lists.
**
** A peer file is translated into brink's own dictionary text
** (docs/DICTIONARIES.md) and that text is parsed by dict.c, so there is one
** parser and one compiler.  The translation keeps a line map, so every
** diagnostic (and every Pattern.iLine) names the ORIGINAL file and line.
** `brink dict convert` writes the same translated text out.  How each peer
** construct maps, and what is lost, is in docs/PEER_FORMATS.md.
**
** Issue lists have no section in brink's format yet: their phrases are kept
** in a PeerSet (below) for the coder to use.
*/
#ifndef BRINK_PEER_H
#define BRINK_PEER_H
#include <stddef.h>
#include "brink.h"
#include "dict.h"

/* engine.bPeerVerbs: whose conventions the coder follows.  The two
** coders resolve noun phrases differently (PETRARCH gives "Dagolath's
** minister Telemar" the possessor with the title's role, TABARI the name). */
#define PEER_VERBS_TABARI    1
#define PEER_VERBS_PETRARCH  2

/* Formats a caller may force (brink_engine_config.zDictFormat). */
enum {
  PEER_FMT_AUTO = 0,    /* detect per file, by content and name */
  PEER_FMT_BRINK,
  PEER_FMT_TABARI,      /* TABARI .actors/.agents/.verbs */
  PEER_FMT_PETRARCH1,   /* PETRARCH-1 / Phoenix actors, agents, verbpatterns */
  PEER_FMT_PETRARCH2,   /* PETRARCH-2 CAMEO.2.0.txt style verbs */
  PEER_FMT_DISCARDS,    /* Phoenix.discards.txt */
  PEER_FMT_ISSUES       /* Phoenix.IssueCoding.txt */
};

/* What a file holds (detected, or implied by PEER_FMT_DISCARDS/ISSUES). */
enum { PEER_KIND_BRINK = 0, PEER_KIND_ACTORS, PEER_KIND_AGENTS, PEER_KIND_VERBS,
       PEER_KIND_DISCARDS, PEER_KIND_ISSUES };

/* One issue phrase after PETRARCH's n:/v:/+ expansion, lower case. */
enum { PEER_ISSUE_CODE = 0,      /* the phrase tags the event with zCode */
       PEER_ISSUE_IGNORE,        /* "~phrase": no issues for this sentence */
       PEER_ISSUE_IGNORE_STORY   /* "~~phrase": no issues for this story */ };
typedef struct PeerIssue {
  char *zPhrase;       /* owned */
  char *zCode;         /* owned; "" for ignore phrases */
  char *zCategory;     /* owned; the <ISSUE CATEGORY="..."> of its block, "" if none */
  int eKind;           /* PEER_ISSUE_* */
} PeerIssue;

/* State shared by every peer file of one load: the issue phrases read so
** far, the synset names already used (so two verb files may each define
** &CURRENCY), and counts for messages.  Zero-initialise; free with
** brinkPeerSetClear(). */
typedef struct PeerSet {
  PeerIssue *aIssue; size_t nIssue, nIssueAlloc;
  char **azSyn; size_t nSyn, nSynAlloc;     /* brink synset names in use */
  size_t nStoryDiscard;   /* "+phrase" story discards read as sentence discards */
  size_t nIssueCode;      /* distinct codes in aIssue */
  size_t nVerbFiles;      /* peer-format verb dictionaries loaded (TABARI/PETRARCH semantics) */
  size_t nPetrVerbFiles;  /* ... of them in PETRARCH's "--- NAME [code] ---" blocks */
} PeerSet;
void brinkPeerSetClear(PeerSet *);
/* Number of distinct issue codes in the set. */
size_t brinkPeerIssueCodes(const PeerSet *);

/* A translation: brink-format text and, for each of its lines, the line of
** the peer file it came from. */
typedef struct PeerText {
  char *z; size_t n, nAlloc;
  int *aLine; size_t nLine, nLineAlloc;
  int bOom;
  int bTabari;            /* the text was TABARI's */
} PeerText;
void brinkPeerTextFree(PeerText *);

/* "auto", "brink", "tabari", "petrarch1", "petrarch2", "discards", "issues"
** to PEER_FMT_*; NULL is "auto".  Returns -1 for an unknown name. */
int brinkPeerFormat(const char *zName);

/* The kind of file z[0..n) is.  zPath (may be NULL) gives name hints
** (.actors, agents, verbs, discards, issue); eFormat PEER_FMT_DISCARDS or
** _ISSUES forces the kind, PEER_FMT_BRINK forces brink's own format. */
int brinkPeerDetect(const char *zPath, const char *z, size_t n, int eFormat);

/* Translate peer text of kind eKind (not PEER_KIND_BRINK) into brink's
** format, appending to *pOut.  Problems go to xDiag with zFile and the
** original line; the translation goes on.  Issue phrases are added to pSet.
** Returns BRINK_OK or BRINK_ENOMEM. */
int brinkPeerTranslate(PeerSet *pSet, const char *zFile, const char *z, size_t n, int eKind,
                       brink_diag_fn xDiag, void *pArg, PeerText *pOut);

/* Read zPath, detect its kind (per eFormat), translate it if it is a peer
** file and load it into pDict.  If pOut is not NULL the brink-format text is
** also appended to it (a brink file is appended as it is).  Returns BRINK_OK,
** BRINK_EIO (message in *pzErr, malloc'd) or BRINK_ENOMEM. */
int brinkPeerLoadFile(PeerSet *pSet, Dict *pDict, const char *zPath, int eFormat,
                      brink_diag_fn xDiag, void *pArg, PeerText *pOut, char **pzErr);

#endif
