/*
** facts.h — places and quantities attached to events (issue: "Places and
** quantities").
**
** The gazetteer (gazetteer.c) is built once per engine from Debian's
** iso-codes (countries, ISO 3166-2 subdivisions), libgeonames (cities) and
** brink's hand-written data/gazetteer.txt (seas, regions, borders, disputed
** areas), and is read-only afterwards.  For each story the coder keeps a
** FactsStory: the places and quantities found sentence by sentence, and the
** countries the story has named so far (to resolve "Georgia", "Paris").
** When the coder emits an event it asks brinkFactsAttach() for the event's
** location and quantities.
*/
#ifndef BRINK_FACTS_H
#define BRINK_FACTS_H
#include "brink.h"
#include "arena.h"
#include "lexicon.h"

typedef struct Gazetteer Gazetteer;

/* Build the gazetteer from the files in zDataDir (and Debian's data, at the
** paths the build recorded).  NULL with a malloc'd *pzErr on failure; bad
** lines go to xDiag and are skipped. */
Gazetteer *brinkGazetteerLoad(const char *zDataDir, brink_diag_fn xDiag, void *pArg, char **pzErr);
void brinkGazetteerFree(Gazetteer *);

typedef struct FactsStory FactsStory;

/* Start a story: state lives in pArena (freed with the story). NULL on OOM. */
FactsStory *brinkFactsBegin(const Gazetteer *, Arena *pArena);
/* Find the places and quantities of sentence iSent (tokens aTok[0..nTok)).
** zSent is the sentence text, iBase its offset in the story. */
int brinkFactsSentence(FactsStory *, int iSent, const Tok *aTok, int nTok, const char *zSent, size_t iBase);
/* Fill e->pLocation, e->aQuantity, e->nQuantity for an event of sentence
** iSent whose anchor is token iAnchor, with the given source and target
** actor codes (their countries are the fallback location). */
int brinkFactsAttach(FactsStory *, int iSent, int iAnchor, const char *zSource, const char *zTarget, brink_event *e);

#endif
