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
/* The story's dateline ("TOKYO, March 3"), when the input gives one: the
** place it names is where the story was filed, strong evidence for where
** its events happened. */
int brinkFactsDateline(FactsStory *, const char *zDateline);
/* Find the places and quantities of sentence iSent (tokens aTok[0..nTok)).
** zSent is the sentence text, iBase its offset in the story. */
int brinkFactsSentence(FactsStory *, int iSent, const Tok *aTok, int nTok, const char *zSent, size_t iBase);
/* Fill e->pLocation, e->aQuantity, e->nQuantity for an event of sentence
** iSent whose anchor is token iAnchor, with the given source and target
** actor codes (their countries are the fallback location). */
int brinkFactsAttach(FactsStory *, int iSent, int iAnchor, const char *zSource, const char *zTarget, brink_event *e);
/* After the last sentence: places the story as a whole settles (a gathering
** "here" told after the events it hosted).  aEv are the story's events. */
int brinkFactsFinish(FactsStory *, brink_event *aEv, size_t nEv);

/* ---- Internal: shared by gazetteer.c, places.c and quantity.c ----------- */
#include <stdint.h>

/* Kinds of gazetteer entries, in the order the resolver prefers them when
** nothing else decides. */
enum { GAZ_COUNTRY = 1, GAZ_ADM1, GAZ_CITY, GAZ_OTHER, GAZ_DEMONYM };

/* One place.  Strings live in the gazetteer and are shared read-only. */
typedef struct GazEntry {
  const char *zName;       /* display name ("Crimea") */
  const char *zFeature;    /* "country", "adm1", "city", "region", "sea", ... */
  const char *zCountry;    /* default ISO alpha-3, "" when none */
  const char *zCountries;  /* all countries, comma-separated ("IND,PAK"), "" when none */
  const char *zAdm1;       /* ISO 3166-2 code(s), comma-separated, "" when unknown */
  double rLat, rLon;       /* valid when bCoord */
  double rPop;             /* population (cities, and summed for countries); 0 unknown */
  uint8_t eKind;           /* GAZ_* */
  uint8_t bCoord;          /* has a coordinate */
  uint8_t bHand;           /* from data/gazetteer.txt */
  uint8_t bOpenSea;        /* sea, strait, gulf, ocean: located events get no country */
} GazEntry;

/* Fold z[0..n) into a lookup key: lower case, diacritics dropped, runs of
** white space made one space, a leading "the " dropped.  Writes at most
** nOut-1 bytes and a NUL; returns the key length (0 when it does not fit). */
size_t brinkGazKey(const char *z, size_t n, char *zOut, size_t nOut);
/* The entries named by key zKey (from brinkGazKey); sets *paEnt, returns
** how many (0 when none). */
int brinkGazLookup(const Gazetteer *, const char *zKey, size_t nKey, const GazEntry *const **paEnt);
/* The longest key (in bytes) of a name whose first word is zWord[0..n), or 0
** when no name starts with that word.  Cheap: the place finder calls it for
** every capitalised token. */
size_t brinkGazFirstWord(const Gazetteer *, const char *zWord, size_t n);
/* The country with this alpha-3 code, a top-level subdivision with this ISO
** 3166-2 code, or a hand-written border between two countries; NULL if none. */
const GazEntry *brinkGazCountry(const Gazetteer *, const char *zA3);
const GazEntry *brinkGazAdm1(const Gazetteer *, const char *zCode);
const GazEntry *brinkGazBorder(const Gazetteer *, const char *zA3a, const char *zA3b);
/* A part of a country (or of subdivision zAdm1 when not NULL/""): "northern
** Chad", "central Japan".  eDir is a set of GAZ_PART_* bits.  Sets the point
** to the mean of the gazetteer's towns in that part of the country and
** returns 1; 0 when the gazetteer has too few of its towns.  Scans the whole
** gazetteer: for the rare mention, not for every word. */
enum { GAZ_PART_N = 1, GAZ_PART_S = 2, GAZ_PART_E = 4, GAZ_PART_W = 8, GAZ_PART_C = 16 };
/* The GAZ_PART_* bits of a lower-case word naming a part of a country
** ("northern", "south", "north-eastern"), 0 for any other word. */
int brinkCompassPart(const char *z);
int brinkGazPart(const Gazetteer *, const char *zA3, const char *zAdm1, int eDir, double *pLat, double *pLon);
/* Number of entries by kind (tests, docs): index by GAZ_*; a[0] is the total. */
void brinkGazCount(const Gazetteer *, size_t a[6]);

/* A quantity found in a sentence: tokens [iTok0, iTok1) and its value. */
typedef struct QtyHit {
  int iTok0, iTok1;
  brink_quantity q;
} QtyHit;
/* Find the quantities of one sentence.  *paHit is an array in pArena.
** Returns the count, or -1 when memory runs out. */
int brinkQuantitiesFind(Arena *, const Tok *aTok, int nTok, const char *zSent, size_t iBase, QtyHit **paHit);

/* A place mention of the story, for tests and tools (golden -f). */
typedef struct FactsPlace {
  int iSent, iTok0, iTok1;
  const GazEntry *pEnt;      /* the resolved entry */
  const char *zMention;      /* with its preposition: "in occupied Crimea" */
  const char *zCountry;      /* the country chosen (for multi-country entries) */
  int eCue;                  /* FCUE_* */
  int bBorder;               /* "the border with X": a border of X */
  int bMotion;               /* a "to"/"into" place after a word of motion ("visit to Bonn",
                             ** "flew to Tokyo", "his trip took him to London"): a destination */
  int bVenue;                /* "takes place in X", "will be held in X": where the
                             ** sentence's meeting or event happens, from any clause */
  int bLater;                /* "ahead of her visit to Moscow": a trip still to come */
  int iNoun;                 /* "success in Chile", "shipping in the Gulf": the common noun
                             ** the "in" follows, which the place belongs to; -1 if none */
  int bTopic;                /* "tension over the Aegean", "a conference on Middle East
                             ** peace": what is talked about, not where */
  int bItem;                 /* "BEIRUT - ..." opening a digest's item: that sentence's
                             ** dateline */
  int bAccord;               /* "the Berne Agreement", "the Paris accord": where an
                             ** agreement was made, a place for agreeing only */
  int bRef;                  /* "20 km east of Sidon": a reference point, ranked after
                             ** the places "in" and "at" of the clause */
  const char *zPart;         /* "northern" in "in northern Chad": a part of the
                             ** country or subdivision, or NULL */
  int ePart;                 /* its GAZ_PART_* bits */
} FactsPlace;
enum { FCUE_NONE = 0, FCUE_AT = 1, FCUE_TO = 2, FCUE_FROM = 3, FCUE_DATELINE = 4,
       FCUE_VERB = 5 /* the object of "invaded", "entered", "visited" */ };
/* The place mentions and quantities found so far in the story.  Both are
** found lazily (while coding, only sentences with events, and those
** before them, need them), so asking for all of them finishes the work;
** the quantities are in no set order.
** Returns 0 with *pa NULL when memory runs out. */
int brinkFactsPlaces(FactsStory *, const FactsPlace **pa);
int brinkFactsQuantities(FactsStory *, const QtyHit **pa, const int **paSent);
/* The FactsStory of the story a coder coded last (in coder.c). */
FactsStory *brinkCoderFacts(const brink_coder *);

#endif
