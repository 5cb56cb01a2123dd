/*
** places.c — where events happened: place mentions, their resolution, and
** the location and quantities given to each event.
**
** For each sentence (brinkFactsSentence) it
**   1. marks clauses (";", "which", "while", "but"...), so that a place or a
**      quantity goes with the event of its own clause;
**   2. finds place mentions: the longest gazetteer name starting at a
**      capitalised token, with the preposition that governs it ("in", "near",
**      "on the border with", "in the Ukrainian city of") as its cue;
**   3. resolves each mention among its candidates from the story: a country
**      the story has already named, a subdivision it has named ("Paris" is
**      the one in Texas when the story names Texas), a qualifier right after
**      it ("Paris, Texas"), and otherwise the kind and size of the place;
**   4. finds the sentence's quantities (quantity.c).
** For each event (brinkFactsAttach) the location is the best locative place
** of the event's clause; else, for force told of ships, the story's sea;
** else, for an international organisation, its seat; else the place the
** story has located most of its events in, when it lies in the source's
** country, or in the target's for talks, agreements, force or a source the
** story brings there; else, for an event with an organisation in a story
** whose lead tells of a meeting, a third country's dateline; else an actor's
** country (the target's for visits and force, the source's otherwise),
** marked "actor".  After the story (brinkFactsFinish), what only a later
** sentence settles: a gathering "here", a visit, a meeting's destination.
** Places named without a locative cue ("Moscow confirmed", "talks with
** Ukraine") never become a location: they only inform the resolution of
** later mentions.
**
** All state lives in the story's arena; the gazetteer is only read.
*/
#include "facts.h"
#include "text.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>
#include <math.h>

#define MAX_CTX       64    /* countries remembered per story */
#define MAX_NAMED_ADM 32    /* subdivisions remembered per story */
#define MAX_NAME_TOK   8    /* tokens in the longest place name tried */

typedef struct Ctx { char zA3[4]; float rNamed, rSub; } Ctx;
typedef struct SentRec {
  int iSent;                     /* the coder's sentence number */
  const Tok *aTok; int nTok;
  const char *zSent; size_t iBase;
  int bPlaces;                   /* its places were looked for */
  int iPlace0, nPlace;           /* its places in aPlace, once found */
  int iQty0, nQty;               /* its quantities in aQty, once found (iQty0 -1 before) */
} SentRec;

struct FactsStory {
  const Gazetteer *g;
  Arena *pArena;
  FactsPlace *aPlace; int nPlace, nPlaceAlloc;
  brink_location **apLoc;        /* per place, made on first use */
  QtyHit *aQty; int *aQtySent; int nQty, nQtyAlloc;
  Ctx aCtx[MAX_CTX]; int nCtx;
  const char *azAdm[MAX_NAMED_ADM]; int nAdm;
  /* Sentences, kept so that places, quantities and clauses are worked
  ** out only when needed: places up to the sentence of an event (in
  ** order, so each sentence is resolved with the story before it, exactly
  ** as if done sentence by sentence), quantities and clauses for the
  ** sentences that have events (a few percent of news sentences), and all
  ** of them when a tool asks.  Most stories code no event and cost almost
  ** nothing.  Tokens live in the same arena until the story ends. */
  SentRec *aSent; int nSent, nSentAlloc;
  /* the current sentence */
  int iSent, nTok;
  uint16_t *aClause;             /* clause number of each token, or NULL until needed */
  uint16_t *aReport;             /* aReport[i]: verbs of reporting in tokens [0, i); NULL until needed */
  uint8_t *aDefend;              /* 1 for a word of defence ("repelled"); NULL until needed */
};

/* ---- Small helpers ----------------------------------------------------- */
static int isW(const Tok *t, const char *z){ return t->zLow[0]==z[0] && brinkWordEq(t->zLow, z); }
static int inL(const char *z, const char *const *az){
  for(int i=0; az[i]; i++) if( az[i][0]==z[0] && brinkWordEq(az[i], z) ) return 1;
  return 0;
}
static Ctx *ctxFind(FactsStory *p, const char *zA3){
  if( !zA3 || strlen(zA3)!=3 ) return 0;
  for(int i=0; i<p->nCtx; i++) if( memcmp(p->aCtx[i].zA3, zA3, 3)==0 ) return &p->aCtx[i];
  if( p->nCtx==MAX_CTX ) return 0;
  Ctx *c = &p->aCtx[p->nCtx++];
  memcpy(c->zA3, zA3, 3); c->zA3[3] = 0;
  c->rNamed = c->rSub = 0;
  return c;
}
static const Ctx *ctxGet(const FactsStory *p, const char *zA3){
  if( !zA3 || !zA3[0] ) return 0;
  for(int i=0; i<p->nCtx; i++) if( memcmp(p->aCtx[i].zA3, zA3, 3)==0 ) return &p->aCtx[i];
  return 0;
}
static int admNamed(const FactsStory *p, const char *zAdm){
  if( !zAdm || !zAdm[0] ) return 0;
  for(int i=0; i<p->nAdm; i++) if( strcmp(p->azAdm[i], zAdm)==0 ) return 1;
  return 0;
}

/* ---- Clauses ----------------------------------------------------------- */
static void markClauses(FactsStory *p, const Tok *a, int nTok){
  static const char *const azOpen[] = {"which","who","whom","whose","where","while","whereas","although",
    "though","but","because",0};
  uint16_t c = 0;
  for(int i=0; i<nTok; i++){
    const Tok *t = &a[i];
    if( isW(t, ";") || (isW(t, ":") && i>0) ) c++;
    else if( i>0 && inL(t->zLow, azOpen) ) c++;
    p->aClause[i] = c;
  }
}

/* Verbs of reporting and words of defence, which each event's location
** asks about: counted once a sentence, on first use (reportBetween,
** defensiveClause).  A scan for each event and place made a long sentence
** of many events and places cost the cube of its length. */
static int isReport(const Tok *t){
  static const char *const azReport[] = {"said","says","reported","reports","announced","told","quoted",
    "stated","claimed","disclosed","confirmed","added",0};
  return inL(t->zLow, azReport) && TAG_IS_VERB(t->eTag);
}
static int isDefence(const Tok *t){
  static const char *const azStem[] = {"repel","repuls","counter-attack","counterattack",
    "counter-offensive","counteroffensive","recaptur","retook","retake",0};
  if( t->zLow[0]!='r' && t->zLow[0]!='c' ) return 0;
  for(int k=0; azStem[k]; k++){
    if( strncmp(t->zLow, azStem[k], strlen(azStem[k]))==0 ) return 1;
  }
  return 0;
}

/* ---- Finding mentions -------------------------------------------------- */
/* A month or weekday after a place is a date, not more of its name:
** "in Venice June 8-10", "in Geneva Monday". */
static const char *const azCalendar[] = {"january","february","march","april","may","june","july",
  "august","september","october","november","december","monday","tuesday","wednesday","thursday","friday",
  "saturday","sunday","jan.","feb.","aug.","sept.","sep.","oct.","nov.","dec.",0};

static const char *const azDirWord[] = {"northern","southern","eastern","western","central",
  "northeastern","northwestern","southeastern","southwestern","north","south","east","west",0};
/* Words of a gathering that "here" hosts: "told a news conference here",
** "the governors, meeting here", "today's session". */
static const char *const azGathering[] = {"conference","briefing","reporters","journalists","meeting",
  "meetings","gathering","session","talks","summit","met","meet","meets","convened","assembled",
  "negotiations","discussions","consultations",0};
/* Words of a meeting or a visit in a story's lead: its dateline is likely
** where its actors met. */
static const char *const azMeeting[] = {"meeting","conference","session","summit","visit","debate",
  "gathering","assembly","talks","council",0};
/* Words that bring someone to a place: a visit, a mission, a delegation. */
static const char *const azCame[] = {"mission","team","visit","visits","visiting","visited","delegation",
  "trip","tour","returns","arrived","arrival","stopover","speech","addressed","travelling","traveling",
  "travelled","traveled","accompanying",0};
static const char *const azAccord[] = {"accord","accords","agreement","agreements","pact","treaty",
  "declaration","communique","protocol","convention",0};
static const char *const azNotPlace[] = {"january","february","march","april","may","june","july",
  "august","september","october","november","december","monday","tuesday","wednesday","thursday","friday",
  "saturday","sunday","i","a","an","in","on","at","of","is","as","it","he","she","we","they","will","police",
  "president","prime","general","minister","mr.","mrs.","ms.","dr.","said","says","but","and","or",0};

static const char *const azJoin[] = {"of","and","the","de","del","della","di","da","do","du","des","la","le",
  "el","al","al-","d","y","e","i","en","am","an","der","sur","upon","on","bin","ibn","dc","d.c.",
  /* generic words of hand-written names: "Donetsk region", "Crimean peninsula" */
  "region","oblast","province","peninsula","border","sea","strait","states","zone",0};

/* The longest gazetteer name starting at token i: its token count and candidates. */
static int matchName(const Gazetteer *g, const Tok *a, int nTok, int i, const GazEntry *const **paCand, int *pnCand){
  char zKey[256];
  size_t nFirst = brinkGazKey(a[i].z, (size_t)a[i].n, zKey, sizeof zKey);
  if( nFirst==0 ) return 0;
  size_t nMax = brinkGazFirstWord(g, zKey, nFirst);
  if( nMax==0 ) return 0;
  int best = 0;
  for(int j=i; j<nTok && j<i+MAX_NAME_TOK; j++){
    size_t nRaw = a[j].iOff + (size_t)a[j].n - a[i].iOff;
    if( nRaw > nMax + 8 ) break;
    if( j>i && (a[j].flags & TOKF_PUNCT) && !isW(&a[j], ",") && !isW(&a[j], "-") && !isW(&a[j], "'")
        && !isW(&a[j], ".") ) break;
    /* later words of a name are capitalised or joiners ("Strait of Hormuz",
    ** "Bosnia and Herzegovina", "Cote d'Ivoire"): stop at any other word */
    if( j>i && !(a[j].flags & (TOKF_CAP|TOKF_PUNCT)) && !inL(a[j].zLow, azJoin) ) break;
    size_t nKey = brinkGazKey(a[i].z, nRaw, zKey, sizeof zKey);
    if( nKey==0 || nKey>nMax ) { if( nKey>nMax ) break; continue; }
    const GazEntry *const *aC;
    int nC = brinkGazLookup(g, zKey, nKey, &aC);
    if( nC ){ best = j-i+1; *paCand = aC; *pnCand = nC; }
  }
  return best;
}

/* The cue governing a mention that starts at token i0 (after any "the"):
** walks back over determiners, adjectives and "city of"-like words to a
** preposition.  Sets *pbBorder for "on the border with X". */
static int cueBefore(const Tok *a, int i0, int *pbBorder, int *piCue){
  static const char *const azAt[] = {"in","at","near","outside","inside","around","across","throughout",
    "within","on","off","over","along","beyond","behind","besides","nearby","amid","across",0};
  static const char *const azTo[] = {"to","into","toward","towards",0};
  static const char *const azSkip[] = {"the","of","city","town","village","region","province","capital",
    "port","district","area","state","republic","country","oblast","territory","territories","southern",
    "northern","eastern","western","central","south","north","east","west","occupied","annexed","its",
    "their","his","her","our","neighbouring","neighboring","breakaway","disputed","besieged","embattled",
    "war-torn","coastal","border","frontline","front-line","strategic","key","major","restive","rebel-held",
    "separatist","city's","parts","part","suburb","suburbs","outskirts","edge","heart","centre","center",
    "seaside","mountainous","island","islands","waters","skies","airspace","coast","shores","a",
    "peak","peaks","mountain","mountains","hills","plain","plains","desert","marshes","villages","towns","an",0};
  static const char *const azVerbAt[] = {"enter","reach","cross","invade","occupy","shell","bomb","bombard",
    "strike","raid","visit","tour","storm","capture","seize","patrol","blockade","annex","attack","hit",
    "overrun","encircle","besiege","liberate","recapture",0};
  *pbBorder = 0; *piCue = -1;
  int k = i0-1;
  int nSkip = 0;
  while( k>=0 && nSkip<11 ){
    const Tok *t = &a[k];
    if( (isW(t, "with") || isW(t, "of")) && k>0 && a[k-1].zLemma
        && (strcmp(a[k-1].zLemma, "border")==0 || strcmp(a[k-1].zLemma, "frontier")==0
            || strcmp(a[k-1].zLemma, "boundary")==0) ){
      *pbBorder = 1; k -= 2; nSkip += 2; continue;
    }
    if( inL(t->zLow, azAt) ){ *piCue = k; return FCUE_AT; }
    /* "20 km east of Sidon", "north of Baghdad": near the place named, the
    ** reference point (the country is right even when the town is not) */
    if( isW(t, "of") && k>0 && brinkCompassPart(a[k-1].zLow) && !isW(&a[k-1], "central") ){ *piCue = k-1; return FCUE_AT; }
    /* "In January Canada and France concluded": the preposition is the date's */
    if( inL(t->zLow, azCalendar) ) break;
    /* "entered the Sea of Azov", "invaded Ukraine", "visited Kyiv" */
    if( TAG_IS_VERB(t->eTag) && t->zLemma && inL(t->zLemma, azVerbAt) ){ *piCue = k+1<i0 ? k+1 : i0; return FCUE_VERB; }
    if( TAG_IS_VERB(t->eTag) ) break;
    if( inL(t->zLow, azTo) ){ *piCue = k; return FCUE_TO; }
    if( isW(t, "from") ){ *piCue = k; return FCUE_FROM; }
    /* "overran southern Iraq's Faw peninsula", "in Lebanon's Bekaa valley":
    ** a place owned by a named one */
    if( isW(t, "'s") && k>0 && (a[k-1].flags & TOKF_CAP) && !(a[k-1].flags & TOKF_PUNCT) ){
      k -= 2; nSkip += 2; continue;
    }
    /* "in a rugged and snow-clad area of Iraqi Kurdistan" */
    if( isW(t, "and") && k>0 && k+1<i0 && TAG_IS_ADJ(a[k-1].eTag) && TAG_IS_ADJ(a[k+1].eTag) ){
      k--; nSkip++; continue;
    }
    if( inL(t->zLow, azSkip) || TAG_IS_ADJ(t->eTag) || t->eTag==TAG_VBN
        || ((t->flags & TOKF_HYPHEN) && (t->flags & TOKF_CAP)) || (t->eTag==TAG_NNP && (t->flags & TOKF_CAP)) ){
      k--; nSkip++; continue;
    }
    break;
  }
  return FCUE_NONE;
}

/* ---- Resolution -------------------------------------------------------- */
static double score(const FactsStory *p, const GazEntry *e, const GazEntry *pAppos, int bStateOf){
  double r;
  switch( e->eKind ){
    case GAZ_COUNTRY: r = 11; break;
    case GAZ_ADM1:    r = 7 + (e->rPop>0 ? 0.3*log10(e->rPop+1) - 1.5 : 0); break;
    case GAZ_CITY:    r = 4 + (e->rPop>0 ? log10(e->rPop+1) : 4); break;
    case GAZ_DEMONYM: r = 0; break;
    default:          r = 10; break;
  }
  if( e->bHand ) r += 2;
  /* a country the story has named: a small push for a city (naming the US
  ** should not move "Paris" to Texas, nor "Geneva" to Illinois: only
  ** naming Texas does, below), a larger one for a subdivision or a
  ** country; a place inside that country named before ("Atlanta") pushes
  ** a subdivision harder (Georgia the state) */
  const Ctx *c = ctxGet(p, e->zCountry);
  if( c ){
    if( c->rNamed>0 ) r += e->eKind==GAZ_CITY ? 0.75 : 3;
    if( c->rSub>0 && e->eKind==GAZ_ADM1 ) r += 4;
  }
  if( e->eKind!=GAZ_COUNTRY && admNamed(p, e->zAdm1) ) r += 6;
  if( pAppos ){
    if( (pAppos->eKind==GAZ_ADM1 && pAppos->zAdm1[0] && strcmp(pAppos->zAdm1, e->zAdm1)==0)
        || (pAppos->eKind==GAZ_COUNTRY && strcmp(pAppos->zCountry, e->zCountry)==0) ) r += 20;
  }
  if( bStateOf && e->eKind==GAZ_ADM1 ) r += 8;
  return r;
}

/* Record that the story names e (a place it resolved). */
static void noteNamed(FactsStory *p, const GazEntry *e, const char *zCountry, int eCue){
  Ctx *c = ctxFind(p, zCountry && zCountry[0] ? zCountry : e->zCountry);
  if( c ){
    c->rNamed += 1;
    if( (e->eKind==GAZ_CITY || e->eKind==GAZ_ADM1) && (eCue!=FCUE_NONE || e->eKind==GAZ_ADM1) ) c->rSub += 1;
  }
  if( (e->eKind==GAZ_ADM1 || e->eKind==GAZ_OTHER) && e->zAdm1[0] && p->nAdm<MAX_NAMED_ADM && !admNamed(p, e->zAdm1) ){
    p->azAdm[p->nAdm++] = e->zAdm1;
  }
}

/* The country a multi-country entry stands for in this story. */
static const char *chooseCountry(const FactsStory *p, const GazEntry *e){
  if( !e->zCountries[0] || strlen(e->zCountries)<=3 ) return e->zCountry;
  /* a disputed area keeps the country the UN recognises (listed first) */
  if( strcmp(e->zFeature, "disputed")==0 ) return e->zCountry;
  const char *zBest = e->zCountry; double rBest = 0;
  for(const char *q = e->zCountries; *q; ){
    char z[4] = { q[0], q[1], q[2], 0 };
    const Ctx *c = ctxGet(p, z);
    if( c && c->rNamed + c->rSub > rBest ){
      rBest = c->rNamed + c->rSub;
      zBest = strstr(e->zCountries, z);
    }
    q = strchr(q, ',');
    if( !q ) break;
    q++;
  }
  /* zBest points into zCountries: copy its three letters */
  if( zBest==e->zCountry ) return zBest;
  char *z = brinkArenaStrndup(p->pArena, zBest, 3);
  return z ? z : e->zCountry;
}

static int pushPlace(FactsStory *p, const FactsPlace *pl){
  if( p->nPlace==p->nPlaceAlloc ){
    int nNew = p->nPlaceAlloc ? p->nPlaceAlloc*2 : 16;
    FactsPlace *a = brinkArenaAlloc(p->pArena, sizeof(FactsPlace)*(size_t)nNew);
    brink_location **ap = brinkArenaZalloc(p->pArena, sizeof(brink_location*)*(size_t)nNew);
    if( !a || !ap ) return BRINK_ENOMEM;
    if( p->nPlace ){
      memcpy(a, p->aPlace, sizeof(FactsPlace)*(size_t)p->nPlace);
      memcpy(ap, p->apLoc, sizeof(brink_location*)*(size_t)p->nPlace);
    }
    p->aPlace = a; p->apLoc = ap; p->nPlaceAlloc = nNew;
  }
  p->aPlace[p->nPlace++] = *pl;
  return BRINK_OK;
}

/* ---- API --------------------------------------------------------------- */
FactsStory *brinkFactsBegin(const Gazetteer *g, Arena *pArena){
  FactsStory *p = brinkArenaZalloc(pArena, sizeof *p);
  if( !p ) return 0;
  p->g = g;
  p->pArena = pArena;
  p->iSent = -1;
  return p;
}

int brinkFactsDateline(FactsStory *p, const char *z){
  if( !p || !z || !*z || !p->g ) return BRINK_OK;
  Tok *a = 0;
  size_t n = strlen(z);
  if( n>200 ) n = 200;
  /* read in capitals, as most datelines are written: "La paz, march 18"
  ** is "LA PAZ, MARCH 18" (a name's later words must otherwise be
  ** capitalised) */
  char *zUp = brinkArenaStrndup(p->pArena, z, n);
  if( !zUp ) return BRINK_ENOMEM;
  for(char *q = zUp; *q; q++) if( *q>='a' && *q<='z' ) *q = (char)(*q - 'a' + 'A');
  int nTok = brinkTokenize(p->pArena, zUp, n, 0, &a);
  if( nTok<0 ) return BRINK_ENOMEM;
  /* the place comes before the comma; when the gazetteer does not know it
  ** ("GENVAL, Belgium", "KNOKKE-HEIST, Belgium"), the country or region
  ** named after the comma */
  int bAfter = 0;
  int nTown = 0;              /* tokens of an unknown town before the comma */
  for(int i=0; i<nTok; i++){
    if( a[i].flags & TOKF_PUNCT ){
      if( bAfter || !isW(&a[i], ",") ) break;
      bAfter = 1;
      /* a name of at most four words in capitals, no digit */
      nTown = i;
      if( nTown>4 ) nTown = 0;
      for(int q=0; q<nTown; q++){
        if( !(a[q].flags & TOKF_ALLCAP) && !isW(&a[q], "-") ){ nTown = 0; break; }
        for(const char *c = a[q].z; c < a[q].z + a[q].n; c++) if( *c>='0' && *c<='9' ){ nTown = 0; break; }
      }
      continue;
    }
    const GazEntry *const *aC = 0;
    int nC = 0;
    int nName = matchName(p->g, a, nTok, i, &aC, &nC);
    if( nName<=0 || nC<=0 ) continue;
    const GazEntry *pBest = 0;
    for(int k=0; k<nC; k++){
      if( bAfter && aC[k]->eKind!=GAZ_COUNTRY && aC[k]->eKind!=GAZ_ADM1 ) continue;
      if( !pBest || score(p, aC[k], 0, 0) > score(p, pBest, 0, 0) ) pBest = aC[k];
    }
    if( !pBest ) continue;
    /* "GENVAL, Belgium": a town the gazetteer lacks, in the country or
    ** region after the comma.  It keeps its name, as a city with that
    ** country's or region's point (its own is not known). */
    if( bAfter && nTown>0 ){
      GazEntry *pTown = brinkArenaAlloc(p->pArena, sizeof *pTown);
      char *zTown = brinkArenaStrndup(p->pArena, a[0].z, (size_t)(a[nTown-1].z + a[nTown-1].n - a[0].z));
      if( !pTown || !zTown ) return BRINK_ENOMEM;
      for(char *q = zTown; *q; q++){
        int bStart = q==zTown || q[-1]==' ' || q[-1]=='-';
        if( !bStart && *q>='A' && *q<='Z' ) *q = (char)(*q - 'A' + 'a');
      }
      *pTown = *pBest;
      pTown->zName = zTown;
      pTown->zFeature = "city";
      pTown->eKind = GAZ_CITY;
      pTown->zAdm1 = pBest->eKind==GAZ_ADM1 ? pBest->zAdm1 : "";
      pTown->rPop = 0;
      pTown->bHand = 0;
      pBest = pTown;
    }
    FactsPlace pl;
    memset(&pl, 0, sizeof pl);
    pl.iSent = -1; pl.iTok0 = 0; pl.iTok1 = 0; pl.iNoun = -1;
    pl.pEnt = pBest;
    pl.zMention = brinkArenaStrndup(p->pArena, z, n);
    pl.zCountry = chooseCountry(p, pBest);
    pl.eCue = FCUE_DATELINE;
    if( !pl.zMention ) return BRINK_ENOMEM;
    noteNamed(p, pBest, pl.zCountry, FCUE_DATELINE);
    return pushPlace(p, &pl);
  }
  return BRINK_OK;
}

/* See facts.h. */
int brinkCompassPart(const char *z){
  static const struct { const char *z; int e; } aPart[] = {
    {"north",GAZ_PART_N}, {"northern",GAZ_PART_N}, {"south",GAZ_PART_S}, {"southern",GAZ_PART_S},
    {"east",GAZ_PART_E}, {"eastern",GAZ_PART_E}, {"west",GAZ_PART_W}, {"western",GAZ_PART_W},
    {"central",GAZ_PART_C},
    {"northeast",GAZ_PART_N|GAZ_PART_E}, {"northeastern",GAZ_PART_N|GAZ_PART_E},
    {"north-east",GAZ_PART_N|GAZ_PART_E}, {"north-eastern",GAZ_PART_N|GAZ_PART_E},
    {"northwest",GAZ_PART_N|GAZ_PART_W}, {"northwestern",GAZ_PART_N|GAZ_PART_W},
    {"north-west",GAZ_PART_N|GAZ_PART_W}, {"north-western",GAZ_PART_N|GAZ_PART_W},
    {"southeast",GAZ_PART_S|GAZ_PART_E}, {"southeastern",GAZ_PART_S|GAZ_PART_E},
    {"south-east",GAZ_PART_S|GAZ_PART_E}, {"south-eastern",GAZ_PART_S|GAZ_PART_E},
    {"southwest",GAZ_PART_S|GAZ_PART_W}, {"southwestern",GAZ_PART_S|GAZ_PART_W},
    {"south-west",GAZ_PART_S|GAZ_PART_W}, {"south-western",GAZ_PART_S|GAZ_PART_W},
  };
  for(size_t i=0; i<sizeof aPart/sizeof aPart[0]; i++) if( strcmp(z, aPart[i].z)==0 ) return aPart[i].e;
  return 0;
}

/* Is the locative at iCue ("in", "at") that of "take place" or "be held",
** which say where an event happens: "the summit, which will take place in
** Venice", "talks to be held in Geneva", "the meeting was held here"? */
static int isVenueCue(const Tok *a, int iCue){
  if( iCue<2 || !(isW(&a[iCue], "in") || isW(&a[iCue], "at")) ) return 0;
  const Tok *t = &a[iCue-1];
  if( isW(t, "place") ){
    static const char *const azTake[] = {"take","takes","took","taken","taking",0};
    return inL(a[iCue-2].zLow, azTake);
  }
  if( isW(t, "held") || isW(t, "convened") ){
    static const char *const azBe[] = {"be","is","are","was","were","been","being",0};
    return inL(a[iCue-2].zLow, azBe);
  }
  return 0;
}

/* The common noun that a locative "in" at iCue follows, when the place
** belongs to that noun rather than to the clause's event: "success in
** Chile", "shipping in the Gulf", "oil rights in the Aegean Sea", "a
** platform in the Gulf".  Not nouns of events or gatherings ("talks in
** Geneva", "fighting in Iraq"), which say where things happen, nor of
** people and forces ("officials in Tokyo said", "troops in Lebanon"),
** nor of what is set up or sought there ("a joint venture in Turkey"),
** who are usually the actors.  -1 when there is none. */
static int nounBefore(const Tok *a, int iCue){
  static const char *const azKeep[] = {
    "talk","meeting","summit","conference","negotiation","session","visit","stay","trip","tour",
    "demonstration","protest","rally","march","riot","unrest","violence","incident","operation","ceremony",
    "place","stopover","call","speech","interview","briefing","statement","announcement","gathering","consultation","discussion",
    "election","vote","hearing","trial","court","agreement","accord","deal","round","forum","assembly",
    "official","diplomat","source","leader","representative","minister","people","resident","journalist",
    "reporter","trader","dealer","analyst","banker","troop","force","soldier","army","navy","police","rebel",
    "guerrilla","unit","embassy","delegation","team",
    "government","authority","spokesman","correspondent","observer","monitor","party","group","office",
    "headquarters","worker","employee","member","union","venture","plant","factory","project","support",
    "day","week","month","year","time","today","yesterday","weekend",0};
  if( iCue<1 || !isW(&a[iCue], "in") ) return -1;
  const Tok *t = &a[iCue-1];
  /* a gerund used as a noun: "to threaten shipping in the Gulf" */
  int bGerund = t->eTag==TAG_VBG && iCue>=2 && (TAG_IS_VERB(a[iCue-2].eTag) || isW(&a[iCue-2], "the"));
  if( t->eTag!=TAG_NN && t->eTag!=TAG_NNS && !bGerund ) return -1;
  if( (t->zLemma && !bGerund && inL(t->zLemma, azKeep)) || inL(t->zLow, azKeep) ) return -1;
  return iCue-1;
}

/* "over" before a place ("tension over a disputed area of the Aegean",
** "a row over Kashmir"), or "on" after a common noun ("talks on Cyprus",
** "a conference on Middle East peace"): the topic of what is said.
** ("Shot down over the Gulf" is force, which does not ask.) */
static int topicCue(const Tok *a, int iCue){
  if( isW(&a[iCue], "over") ) return 1;
  return isW(&a[iCue], "on") && iCue>0 && (a[iCue-1].eTag==TAG_NN || a[iCue-1].eTag==TAG_NNS);
}

typedef struct Cand { int i0, i1, iName; const GazEntry *const *aC; int nC; int eCue, bBorder, bMotion, iNoun, bAccord; } Cand;

/* A "to" place is a destination (where a visit, a trip or a deployment
** happens) only after a word of motion: "a visit to Bonn", "flew to
** Tokyo", "his trip has taken him to London", "troops sent into Syria";
** not "a warning to Russia", "arms shipments to Tehran", "exports to
** Japan".  iCue is the "to"; looks back over at most three words. */
static int motionBefore(const Tok *a, int iCue){
  static const char *const azMotion[] = {"visit","trip","travel","go","come","fly","flight","arrive","arrival",
    "return","send","dispatch","deploy","redeploy","move","head","journey","tour","mission","sail","march",
    "delegation","advance","take","bring","lead","invite","invitation","transfer","fire","launch","infiltrate",
    "push","drive","retreat","flee","escape","accompany","voyage","expedition","way","route","bound","trek",
    "pilgrimage","incursion","raid","airlift","evacuate","shift","relocate","commute","drift","stray",0};
  for(int q=iCue-1; q>=0 && q>=iCue-3; q--){
    const Tok *t = &a[q];
    /* over a closing quotation mark: 'three "regional trips" to Riyadh' */
    if( isW(t, "\"") || isW(t, "''") || isW(t, "\xe2\x80\x9d") ) continue;
    if( (t->flags & TOKF_PUNCT) && !isW(t, "'s") ) return 0;
    if( (t->zLemma && inL(t->zLemma, azMotion)) || inL(t->zLow, azMotion) ) return 1;
  }
  return 0;
}

/* "ahead of her visit to Moscow next week", "before his trip to Tokyo":
** the destination of a trip still to come, not where the clause's event
** happens ("Thatcher left Bonn after talks with Kohl ahead of her visit
** to Moscow").  iCue is the "to"; looks back over at most four words. */
static int laterTrip(const Tok *a, int iCue){
  for(int q=iCue-1; q>=0 && q>=iCue-4; q--){
    if( (a[q].flags & TOKF_PUNCT) && !isW(&a[q], "'s") ) return 0;
    if( isW(&a[q], "before") || isW(&a[q], "ahead") || isW(&a[q], "prior") ) return 1;
  }
  return 0;
}

int brinkFactsSentence(FactsStory *p, int iSent, const Tok *a, int nTok, const char *zSent, size_t iBase){
  if( !p ) return BRINK_OK;
  p->iSent = iSent;
  p->nTok = nTok;
  p->aClause = 0;
  p->aReport = 0;
  p->aDefend = 0;
  if( p->nSent==p->nSentAlloc ){
    int nNew = p->nSentAlloc ? p->nSentAlloc*2 : 64;
    SentRec *aN = brinkArenaAlloc(p->pArena, sizeof(SentRec)*(size_t)nNew);
    if( !aN ) return BRINK_ENOMEM;
    if( p->nSent ) memcpy(aN, p->aSent, sizeof(SentRec)*(size_t)p->nSent);
    p->aSent = aN; p->nSentAlloc = nNew;
  }
  SentRec *pRec = &p->aSent[p->nSent++];
  pRec->iSent = iSent;
  pRec->aTok = a; pRec->nTok = nTok; pRec->zSent = zSent; pRec->iBase = iBase;
  pRec->bPlaces = 0; pRec->iPlace0 = pRec->nPlace = 0;
  pRec->iQty0 = -1; pRec->nQty = 0;
  return BRINK_OK;
}

/* How the words around a candidate place it (candidateCue) */
typedef struct Cue {
  int eCue;       /* FCUE_* */
  int iCue;       /* the cue's token, or -1 */
  int bBorder;    /* "on the border with", "X's border" */
  int bThe;       /* "the" before the name */
  int bItem;      /* the name opens an item of a digest: "BEIRUT - ..." */
} Cue;

/* The candidate place mentions of a sentence: capitalised runs the
** gazetteer names, not part of a longer name.  Returns how many (at most
** nMax). */
static int placeCandidates(const FactsStory *p, const Tok *a, int nTok, Cand *aCand, int nMax){
  int nCand = 0;
  if( !p->g ) return 0;
  for(int i=0; i<nTok && nCand<nMax; i++){
    const Tok *t = &a[i];
    if( !(t->flags & TOKF_CAP) || (t->flags & TOKF_PUNCT) ) continue;
    if( inL(t->zLow, azNotPlace) ) continue;
    const GazEntry *const *aC = 0; int nC = 0;
    int n = matchName(p->g, a, nTok, i, &aC, &nC);
    if( !n ) continue;
    int i1 = i+n;
    /* named for where it was made: "the Berne Agreement", "the Paris accord" */
    int bAccord = i1<nTok && inL(a[i1].zLow, azAccord);
    /* part of a longer name: "Georgia Tech", "Washington Post", "Joe Biden" */
    if( !bAccord && i1<nTok && (a[i1].flags & TOKF_CAP) && a[i1].eTag==TAG_NNP && !(a[i1].flags & TOKF_PUNCT)
        && !isW(&a[i1], "region") && !inL(a[i1].zLow, azCalendar) ){
      static const char *const azGeneric[] = {"region","oblast","province","governorate","sea","strait",
        "river","valley","border","city","state",0};
      if( !inL(a[i1].zLow, azGeneric) ){ i = i1-1; continue; }
    }
    static const char *const azDir[] = {"western","eastern","northern","southern","central","north",
      "south","east","west","northwestern","northeastern","southwestern","southeastern","upper","lower",0};
    if( i>0 && (a[i-1].flags & TOKF_CAP) && a[i-1].eTag==TAG_NNP && !(a[i-1].flags & TOKF_FIRST)
        && !isW(&a[i-1], "the") && !(a[i-1].flags & TOKF_HYPHEN) && !inL(a[i-1].zLow, azDir) ) continue;
    aCand[nCand].i0 = i; aCand[nCand].i1 = i1; aCand[nCand].aC = aC; aCand[nCand].nC = nC; aCand[nCand].bMotion = 0;
    aCand[nCand].iNoun = -1;
    aCand[nCand].bAccord = bAccord;
    nCand++;
    i = i1-1;
  }
  return nCand;
}

/* The cue that places candidate k: its own preposition or one inherited
** in a list, cancelled where the name is what something is about, a
** modifier, part of a name or an owner; a dateline; a digest item.  Sets
** aCand[k]'s cue, border, motion and noun, which the next candidates
** read. */
static void candidateCue(const Tok *a, int nTok, int iSent, Cand *aCand, int k, Cue *pCue){
  Cand *m = &aCand[k];
  int i0 = m->i0;
  int bThe = i0>0 && isW(&a[i0-1], "the");
  int bBorder = 0, iCue = -1;
  int eCue = cueBefore(a, bThe ? i0-1 : i0, &bBorder, &iCue);
  /* Conjuncts.  A list of places takes the cue of its first member: "in
  ** London, Paris and Berlin" (each member inherits from the one before,
  ** so a list whose first member has no cue gives none: "in Paris last
  ** month, Britain, Canada and France agreed").  A place after "and"
  ** that follows a common noun takes the preposition before that noun:
  ** "in the border region with its neighbor and Crimea". */
  if( eCue==FCUE_NONE ){
    int j = (bThe ? i0-1 : i0) - 1;
    int jPrev = j;
    if( jPrev>0 && (isW(&a[jPrev], "and") || isW(&a[jPrev], "or")) && isW(&a[jPrev-1], ",") ) jPrev--;
    /* landmarks ("the Pentagon", "the Kremlin") in a list are actors */
    int bLandmark = m->nC>0 && strcmp(m->aC[0]->zFeature, "landmark")==0;
    /* in a list: after "and"/"or", or followed by ",", "and", "or" (not
    ** "During his visit to Tokyo, Howard said") */
    int bInList = (j>0 && (isW(&a[j], "and") || isW(&a[j], "or")))
        || (j>0 && m->i1<nTok && (isW(&a[m->i1], ",") || isW(&a[m->i1], "and") || isW(&a[m->i1], "or")));
    int bAfterPlace = k>0 && j>0 && (aCand[k-1].i1==j || aCand[k-1].i1==jPrev) && !bLandmark && bInList
        && (isW(&a[j], ",") || isW(&a[j], "and") || isW(&a[j], "or"));
    if( bAfterPlace ){
      eCue = aCand[k-1].eCue; iCue = -1;
      if( aCand[k-1].bBorder ) bBorder = 1;
      m->bMotion = aCand[k-1].bMotion;
      m->iNoun = aCand[k-1].iNoun;
    }else if( j>0 && (isW(&a[j], "and") || isW(&a[j], "or")) && !isW(&a[j-1], ",") ){
      static const char *const azStop[] = {"between","among","by","for","from","to","against","about",0};
      for(int q=j-1; q>=0 && q>=j-8; q--){
        if( TAG_IS_VERB(a[q].eTag) || isW(&a[q], ";") || isW(&a[q], ",") || inL(a[q].zLow, azStop)
            || inL(a[q].zLow, azCalendar) ) break;
        if( isW(&a[q], "in") || isW(&a[q], "at") || isW(&a[q], "near") || isW(&a[q], "on") ){
          eCue = FCUE_AT; iCue = q; break;
        }
      }
    }
  }
  /* "on Japan", "over U.K. demands", "pressure on Iran", "aimed at Japan":
  ** a country after "on", "over" or "at" is what something is about, not
  ** where (but "on the border with Ukraine" is a place) */
  if( eCue==FCUE_AT && iCue>=0 && !bBorder && (isW(&a[iCue], "on") || isW(&a[iCue], "over") || isW(&a[iCue], "at"))
      && m->nC>0 && m->aC[0]->eKind==GAZ_COUNTRY ){
    int bCountry = 1;
    for(int c=0; c<m->nC; c++) if( m->aC[c]->eKind!=GAZ_COUNTRY && m->aC[c]->eKind!=GAZ_DEMONYM ) bCountry = 0;
    if( bCountry ) eCue = FCUE_NONE;
  }
  /* "in U.S. markets", "in Japan trade talks": a country name used as a
  ** modifier of the noun after it */
  if( eCue!=FCUE_NONE && !bBorder && m->i1<nTok && m->nC>0 && m->aC[0]->eKind==GAZ_COUNTRY
      && (a[m->i1].eTag==TAG_NN || a[m->i1].eTag==TAG_NNS
          || (m->i1==i0+1 && (a[i0].flags & TOKF_ALLCAP) && (a[m->i1].flags & TOKF_CAP)
              && a[m->i1].eTag!=TAG_NNP && !(a[m->i1].flags & TOKF_PUNCT))) ) eCue = FCUE_NONE;
  /* a place inside a name or a compound: "the Gulf war" (a war, not the
  ** Gulf), "U.S.-made tobacco" (made in the US; the tobacco is elsewhere) */
  if( eCue!=FCUE_NONE && m->i1<nTok
      && (isW(&a[m->i1], "war") || isW(&a[m->i1], "wars") || isW(&a[m->i1], "round")
          || (isW(&a[m->i1], "-") && a[m->i1].iOff==a[m->i1-1].iOff+(size_t)a[m->i1-1].n)) ) eCue = FCUE_NONE;
  /* a possessive is an actor or an owner, not where: "into Washington's
  ** allegations", "to Japan's decision" (but "in Ukraine's east", "Ukraine's
  ** border" are places) */
  if( eCue!=FCUE_NONE && m->i1+1<nTok && isW(&a[m->i1], "'s") ){
    static const char *const azPart[] = {"border","borders","frontier","capital","city","north","south","east",
      "west","northeast","northwest","southeast","southwest","centre","center","coast","coastline","territory",
      "territorial","waters","airspace","province","provinces","region","regions","state","states","heartland",
      "interior","outskirts","port","ports","shores","soil","mainland","islands","island","side","part","parts",0};
    int q = m->i1+1;
    while( q<nTok && q<m->i1+3 && TAG_IS_ADJ(a[q].eTag) && !inL(a[q].zLow, azPart) ) q++;
    if( q>=nTok || !inL(a[q].zLow, azPart) ) eCue = FCUE_NONE;
  }
  if( eCue==FCUE_TO && iCue>=0 ) m->bMotion = motionBefore(a, iCue);
  if( eCue!=FCUE_TO ) m->bMotion = 0;
  /* "the 1976 Berne Agreement", "the Paris accord": where the agreement
  ** was made, for the agreement itself only, so no locative cue */
  if( m->bAccord && !(m->nC>0 && m->aC[0]->eKind!=GAZ_COUNTRY) ) m->bAccord = 0;
  if( m->bAccord ){ eCue = FCUE_NONE; bBorder = 0; }
  m->eCue = eCue; m->bBorder = bBorder;
  /* "X's border", "Ukraine's borders" */
  if( !bBorder && m->i1+1<nTok && isW(&a[m->i1], "'s") ){
    int q = m->i1+1;
    while( q<nTok && q<m->i1+3 && TAG_IS_ADJ(a[q].eTag) ) q++;
    if( q<nTok && a[q].zLemma && strcmp(a[q].zLemma, "border")==0 ) bBorder = 1;
  }
  /* a dateline: "KYIV, April 13 (Reuters) -" */
  if( eCue==FCUE_NONE && iSent==0 && (i0==0) && m->i1<nTok && (isW(&a[m->i1], ",") || isW(&a[m->i1], "("))
      && (a[i0].flags & TOKF_ALLCAP) ) eCue = FCUE_DATELINE;
  /* an item of a digest: "BEIRUT - Rescue workers planned ..." places its
  ** own sentence, in every clause */
  int iItem = 0;                  /* after a desk code: "(NRCJ 1017) KUALA LUMPUR -" */
  if( nTok>0 && isW(&a[0], "(") ){
    for(int q=1; q<nTok && q<8; q++) if( isW(&a[q], ")") ){ iItem = q+1; break; }
  }
  int bItem = eCue==FCUE_NONE && i0==iItem && (iSent>0 || iItem>0) && m->i1<nTok && isW(&a[m->i1], "-")
      && (a[i0].flags & TOKF_ALLCAP);
  if( bItem ) eCue = FCUE_AT;
  pCue->eCue = eCue;
  pCue->iCue = iCue;
  pCue->bBorder = bBorder;
  pCue->bThe = bThe;
  pCue->bItem = bItem;
}

/* The gazetteer entry candidate m most likely names, with pAppos the
** state or country that qualifies it ("Paris, Texas"), or NULL. */
static const GazEntry *bestEntry(const FactsStory *p, const Tok *a, const Cand *m, const GazEntry *pAppos){
  int i0 = m->i0;
  int bStateOf = i0>=2 && isW(&a[i0-1], "of") && (isW(&a[i0-2], "state") || isW(&a[i0-2], "governor"));
  const GazEntry *pBest = 0; double rBest = -1e9;
  for(int c=0; c<m->nC; c++){
    const GazEntry *e = m->aC[c];
    /* a city and its province share a name ("Kandahar", "Idlib"): bare,
    ** the name is the city ("Kandahar province" is handled below) */
    if( e->eKind==GAZ_ADM1 && !bStateOf ){
      int bCity = 0;
      for(int d=0; d<m->nC; d++){
        if( m->aC[d]->eKind==GAZ_CITY && strcmp(m->aC[d]->zCountry, e->zCountry)==0 ) bCity = 1;
      }
      if( bCity ) continue;
    }
    double rScore = score(p, e, pAppos, bStateOf);
    if( rScore>rBest ){ rBest = rScore; pBest = e; }
  }
  return pBest;
}

/* Record candidate k, which names entry pBest and is placed by *pCue, as a
** place of sentence r (a demonym only as a country named; a city that
** opens the sentence with no cue not at all). */
static int recordPlace(FactsStory *p, const SentRec *r, Cand *aCand, int nCand, int k, const GazEntry *pBest, const Cue *pCue){
  const Tok *a = r->aTok;
  int nTok = r->nTok, iSent = r->iSent;
  Cand *m = &aCand[k];
  int i0 = m->i0;
  int eCue = pCue->eCue, iCue = pCue->iCue, bBorder = pCue->bBorder, bThe = pCue->bThe, bItem = pCue->bItem;
  if( pBest->eKind==GAZ_DEMONYM ){ noteNamed(p, pBest, pBest->zCountry, FCUE_NONE); return BRINK_OK; }
  /* "Kharkiv region", "Donetsk oblast": the city's subdivision */
  if( pBest->eKind==GAZ_CITY && m->i1<nTok && pBest->zAdm1[0]
      && (isW(&a[m->i1], "region") || isW(&a[m->i1], "oblast") || isW(&a[m->i1], "province")
          || isW(&a[m->i1], "governorate")) ){
    const GazEntry *pA = brinkGazAdm1(p->g, pBest->zAdm1);
    if( pA ){ pBest = pA; m->i1++; }
  }
  /* a city named with no cue, at the start of a sentence, is too often a
  ** word ("Police said"); keep it only with a cue */
  if( (pBest->eKind==GAZ_CITY || pBest->eKind==GAZ_ADM1) && eCue==FCUE_NONE && (a[i0].flags & TOKF_FIRST)
      && !(a[i0].flags & TOKF_ALLCAP) && m->nC==1 && !pBest->bHand ) return BRINK_OK;
  FactsPlace pl;
  memset(&pl, 0, sizeof pl);
  pl.iSent = iSent;
  pl.iTok0 = bThe ? i0-1 : i0;
  pl.iTok1 = m->i1;
  pl.pEnt = pBest;
  pl.eCue = eCue;
  pl.bBorder = bBorder;
  pl.bMotion = m->bMotion;
  pl.bLater = eCue==FCUE_TO && m->bMotion && iCue>=0 && laterTrip(a, iCue);
  pl.bAccord = m->bAccord;
  pl.bVenue = bItem || pl.bAccord || (eCue==FCUE_AT && iCue>=0 && isVenueCue(a, iCue));
  pl.bItem = bItem;
  pl.bRef = eCue==FCUE_AT && iCue>=0 && iCue+1<nTok && isW(&a[iCue+1], "of") && brinkCompassPart(a[iCue].zLow)!=0;
  if( eCue==FCUE_AT && iCue>=0 && !bBorder ) m->iNoun = nounBefore(a, iCue);
  pl.iNoun = eCue==FCUE_AT ? m->iNoun : -1;
  pl.bTopic = eCue==FCUE_AT && iCue>=0 && !bBorder && topicCue(a, iCue);
  pl.zCountry = chooseCountry(p, pBest);
  /* "in northern Chad", "south Lebanon": a part of the country */
  if( (pBest->eKind==GAZ_COUNTRY || pBest->eKind==GAZ_ADM1) && i0>0 && !bBorder ){
    pl.ePart = brinkCompassPart(a[i0-1].zLow);
    if( pl.ePart ) pl.zPart = a[i0-1].zLow;
  }
  /* "Kurdistan in northern Iraq": a country named right after "in"
  ** chooses among a region's countries */
  if( pBest->zCountries[0] && strlen(pBest->zCountries)>3 && k+1<nCand && m->i1<nTok && isW(&a[m->i1], "in") ){
    int q = m->i1+1;
    while( q<nTok && q<m->i1+3 && (isW(&a[q], "the") || inL(a[q].zLow, azDirWord)) ) q++;
    if( aCand[k+1].i0==q ){
      for(int c=0; c<aCand[k+1].nC; c++){
        const GazEntry *f = aCand[k+1].aC[c];
        if( f->eKind==GAZ_COUNTRY && strstr(pBest->zCountries, f->zCountry) ){ pl.zCountry = f->zCountry; break; }
      }
    }
  }
  int iFrom = iCue>=0 && iCue<pl.iTok0 ? iCue : pl.iTok0;
  size_t o0 = a[iFrom].iOff - r->iBase, o1 = a[pl.iTok1-1].iOff - r->iBase + (size_t)a[pl.iTok1-1].n;
  pl.zMention = brinkArenaStrndup(p->pArena, r->zSent + o0, o1 - o0);
  if( !pl.zMention ) return BRINK_ENOMEM;
  if( pushPlace(p, &pl) ) return BRINK_ENOMEM;
  noteNamed(p, pBest, pl.zCountry, eCue);
  return BRINK_OK;
}

/* Find and resolve the places of sentence record r (all records before it
** are done). */
static int sentPlaces(FactsStory *p, SentRec *r){
  const Tok *a = r->aTok;
  r->bPlaces = 1;
  r->iPlace0 = p->nPlace;
  Cand aCand[64];
  int nCand = placeCandidates(p, a, r->nTok, aCand, 64);
  /* resolve them left to right, each with the story so far */
  int bApposPrev = 0;
  for(int k=0; k<nCand; k++){
    Cand *m = &aCand[k];
    int i0 = m->i0;
    Cue cue;
    candidateCue(a, r->nTok, r->iSent, aCand, k, &cue);
    /* apposition: "Paris, Texas" */
    const GazEntry *pAppos = 0;
    /* (only a town or a subdivision takes a qualifier: in "Jordan, Kuwait
    ** and Egypt" Kuwait is the list's next member) */
    int bQualifiable = 0;
    for(int c=0; c<m->nC; c++) if( m->aC[c]->eKind==GAZ_CITY || m->aC[c]->eKind==GAZ_ADM1 ) bQualifiable = 1;
    if( bQualifiable && k+1<nCand && aCand[k+1].i0==m->i1+1 && isW(&a[m->i1], ",") ){
      for(int c=0; c<aCand[k+1].nC; c++){
        const GazEntry *f = aCand[k+1].aC[c];
        if( f->eKind==GAZ_ADM1 || f->eKind==GAZ_COUNTRY ){ pAppos = f; break; }
      }
    }
    /* "Paris, Texas": Texas qualifies Paris and is not a place of its own */
    if( k>0 && bApposPrev && aCand[k-1].i1+1==i0 ){ bApposPrev = 0; noteNamed(p, m->aC[0], m->aC[0]->zCountry, FCUE_NONE); continue; }
    bApposPrev = pAppos!=0;
    const GazEntry *pBest = bestEntry(p, a, m, pAppos);
    if( !pBest ) continue;
    if( recordPlace(p, r, aCand, nCand, k, pBest, &cue) ) return BRINK_ENOMEM;
  }
  r->nPlace = p->nPlace - r->iPlace0;
  return BRINK_OK;
}

/* Places of every sentence recorded so far, in order. */
static int placesUpToDate(FactsStory *p){
  for(int i=0; i<p->nSent; i++){
    if( !p->aSent[i].bPlaces && sentPlaces(p, &p->aSent[i]) ) return BRINK_ENOMEM;
  }
  return BRINK_OK;
}

/* The quantities of sentence record r, found on first use. */
static int sentQuantities(FactsStory *p, SentRec *r, int iSent){
  if( r->iQty0>=0 ) return BRINK_OK;
  QtyHit *aHit = 0;
  int nHit = brinkQuantitiesFind(p->pArena, r->aTok, r->nTok, r->zSent, r->iBase, &aHit);
  if( nHit<0 ) return BRINK_ENOMEM;
  if( p->nQty + nHit > p->nQtyAlloc ){
    int nNew = p->nQtyAlloc ? p->nQtyAlloc*2 : 16;
    while( nNew < p->nQty + nHit ) nNew *= 2;
    QtyHit *aN = brinkArenaAlloc(p->pArena, sizeof(QtyHit)*(size_t)nNew);
    int *aS = brinkArenaAlloc(p->pArena, sizeof(int)*(size_t)nNew);
    if( !aN || !aS ) return BRINK_ENOMEM;
    if( p->nQty ){ memcpy(aN, p->aQty, sizeof(QtyHit)*(size_t)p->nQty); memcpy(aS, p->aQtySent, sizeof(int)*(size_t)p->nQty); }
    p->aQty = aN; p->aQtySent = aS; p->nQtyAlloc = nNew;
  }
  r->iQty0 = p->nQty; r->nQty = nHit;
  for(int k=0; k<nHit; k++){ p->aQty[p->nQty] = aHit[k]; p->aQtySent[p->nQty] = iSent; p->nQty++; }
  return BRINK_OK;
}

static const brink_location *placeLocMake(FactsStory *p, int k);

/* The location record of place k: made once (with how "sentence") and
** shared by its events; another how gets a copy of it. */
static const brink_location *placeLoc(FactsStory *p, int k, const char *zHow){
  const brink_location *L0 = p->apLoc[k] ? p->apLoc[k] : placeLocMake(p, k);
  if( !L0 || strcmp(zHow, L0->zHow)==0 ) return L0;
  brink_location *L = brinkArenaAlloc(p->pArena, sizeof *L);
  if( !L ) return 0;
  *L = *L0;
  L->zHow = zHow;
  return L;
}

static const brink_location *placeLocMake(FactsStory *p, int k){
  const FactsPlace *pl = &p->aPlace[k];
  brink_location *L = brinkArenaZalloc(p->pArena, sizeof *L);
  if( !L ) return 0;
  const GazEntry *e = pl->pEnt;
  L->zMention = pl->zMention;
  L->zName = e->zName;
  L->zFeature = e->zFeature;
  L->zCountry = e->bOpenSea ? "" : pl->zCountry;
  L->zAdm1 = e->eKind==GAZ_COUNTRY ? "" : e->zAdm1;
  L->rLat = e->rLat; L->rLon = e->rLon;
  if( !e->bCoord ){
    const GazEntry *c = brinkGazCountry(p->g, pl->zCountry);
    if( c && c->bCoord ){ L->rLat = c->rLat; L->rLon = c->rLon; }
  }
  /* "northern Chad": a region, at the mean of the country's towns there */
  if( pl->ePart && !pl->bBorder && (e->eKind==GAZ_COUNTRY || e->eKind==GAZ_ADM1) ){
    size_t n = strlen(pl->zPart) + strlen(e->zName) + 2;
    char *zName = brinkArenaAlloc(p->pArena, n);
    if( !zName ) return 0;
    snprintf(zName, n, "%s %s", pl->zPart, e->zName);
    L->zName = zName;
    L->zFeature = "region";
    double rLat, rLon;
    if( brinkGazPart(p->g, pl->zCountry, e->eKind==GAZ_ADM1 ? e->zAdm1 : 0, pl->ePart, &rLat, &rLon) ){
      L->rLat = rLat; L->rLon = rLon;
    }
  }
  if( pl->bBorder && e->eKind==GAZ_COUNTRY ){
    L->zFeature = "border";
    char *zName = brinkArenaAlloc(p->pArena, strlen(e->zName) + 16);
    if( zName ){ snprintf(zName, strlen(e->zName)+16, "%s border", e->zName); L->zName = zName; }
  }
  L->zHow = "sentence";
  p->apLoc[k] = L;
  return L;
}

/* A border of country X: the hand-written border between X and an actor's
** country, when there is one. */
static const brink_location *borderLoc(FactsStory *p, int k, const char *zS, const char *zT, const char *zHow){
  const FactsPlace *pl = &p->aPlace[k];
  const char *az[2] = { zS, zT };
  for(int i=0; i<2; i++){
    if( !az[i] || strlen(az[i])<3 ) continue;
    char z[4] = { az[i][0], az[i][1], az[i][2], 0 };
    if( strcmp(z, pl->zCountry)==0 ) continue;
    const GazEntry *b = brinkGazBorder(p->g, z, pl->zCountry);
    if( !b ) continue;
    brink_location *L = brinkArenaZalloc(p->pArena, sizeof *L);
    if( !L ) return 0;
    L->zMention = pl->zMention; L->zName = b->zName; L->zFeature = "border";
    L->zCountry = pl->zCountry; L->zAdm1 = ""; L->rLat = b->rLat; L->rLon = b->rLon; L->zHow = zHow;
    return L;
  }
  return placeLoc(p, k, zHow);
}

static int countryOf(const FactsStory *p, const char *zCode, char z[4]){
  if( !zCode || strlen(zCode)<3 ) return 0;
  memcpy(z, zCode, 3); z[3] = 0;
  return brinkGazCountry(p->g, z)!=0;
}

/* Codes whose "to X" / "from X" is where things go or happen: visits,
** military posture, coercion, assault, fighting, mass violence. */
static int visitCode(const char *z);
static int forceCode(const char *z);
static int movementCode(const char *z){
  return visitCode(z) || forceCode(z);
}

/* Military de-escalation (087: ceasefire, demobilise, retreat): "withdraw
** its troops from Cyprus" happens in Cyprus. */
static int withdrawCode(const char *z){
  return z && z[0]=='0' && z[1]=='8' && z[2]=='7';
}

/* Force and its show at sea: posture (15), coercion (17), assault (18),
** fighting (19), mass violence (20). */
static int forceCode(const char *z){
  if( !z || !z[0] || !z[1] || (z[0]!='1' && z[0]!='2') ) return 0;
  return z[0]=='2' ? z[1]=='0' : (z[1]=='5' || z[1]=='7' || z[1]=='8' || z[1]=='9');
}

/* Is place pl written exactly as zText, an actor's words ("called on
** Bonn": Bonn is who was called on, not where)? */
static int placeIsText(const Tok *a, const FactsPlace *pl, const char *zText){
  if( !zText || !*zText || pl->iTok1<=pl->iTok0 ) return 0;
  size_t nText = strlen(zText);
  for(int i0 = pl->iTok0; i0<pl->iTok1; i0++){
    size_t n = (size_t)(a[pl->iTok1-1].z + a[pl->iTok1-1].n - a[i0].z);
    if( n==nText && strncasecmp(a[i0].z, zText, n)==0 ) return 1;
    if( !isW(&a[i0], "the") ) break;
  }
  return 0;
}

/* Does the sentence tell of ships or of things at sea? */
static int nauticalSentence(const Tok *a, int nTok){
  static const char *const azSea[] = {"ship","shipping","tanker","vessel","warship","frigate","destroyer",
    "platform","convoy","freighter","gunboat","boat","minesweeper","cruiser","supertanker",0};
  for(int i=0; i<nTok; i++) if( a[i].zLemma && inL(a[i].zLemma, azSea) ) return 1;
  return 0;
}

/* Talks and agreements between the two sides: intents to cooperate (03),
** consultations (04), signing (057). */
static int meetingCode(const char *z){
  return z && z[0]=='0' && (z[1]=='3' || z[1]=='4' || (z[1]=='5' && z[2]=='7'));
}

/* Done in or over the target's territory short of force: posture and
** airspace violations (15), seizing or destroying property (171). */
static int intrusionCode(const char *z){
  return z && z[0]=='1' && (z[1]=='5' || (z[1]=='7' && z[2]=='1'));
}

/* Is there a verb of reporting among tokens [i0, i1) of sentence r, the
** current one? */
static int reportBetween(FactsStory *p, const SentRec *r, int i0, int i1){
  if( !p->aReport && (p->aReport = brinkArenaAlloc(p->pArena, sizeof(uint16_t)*((size_t)r->nTok+1)))!=0 ){
    p->aReport[0] = 0;
    for(int i=0; i<r->nTok; i++) p->aReport[i+1] = (uint16_t)(p->aReport[i] + isReport(&r->aTok[i]));
  }
  if( !p->aReport ){   /* (out of memory: the scan) */
    for(int i=i0; i<i1; i++) if( isReport(&r->aTok[i]) ) return 1;
    return 0;
  }
  return i1>i0 && p->aReport[i1] > p->aReport[i0];
}

/* Make or host a visit (042, 043). */
static int visitCode(const char *z){
  return z && z[0]=='0' && z[1]=='4' && (z[2]=='2' || z[2]=='3');
}

/* Codes of things said rather than done (01-06 statements, appeals,
** intents, consultations, cooperation; 10-13 demands, disapproval,
** rejection, threats), but not visits and meetings (042, 043). */
static int verbalCode(const char *z){
  if( !z || !z[0] || !z[1] ) return 0;
  if( z[0]=='0' ) return z[1]>='1' && z[1]<='6' && !(z[1]=='4' && (z[2]=='2' || z[2]=='3'));
  return z[0]=='1' && z[1]>='0' && z[1]<='3';
}

/* Giving aid (07): "approved a loan for projects in Bangladesh" was
** decided where the lender sits; the projects' place is the noun's. */
static int aidCode(const char *z){
  return z && z[0]=='0' && z[1]=='7';
}

/* Agreeing and signing: intents and agreements (03), signing (057). */
static int agreementCode(const char *z){
  return z && z[0]=='0' && (z[1]=='3' || (z[1]=='5' && z[2]=='7'));
}

/* Codes done in or to the target's country: making a visit (042: 2),
** force (18 assault, 19 fighting, 20 mass violence: 1). */
static int targetSide(const char *z){
  if( !z || !z[0] || !z[1] ) return 0;
  if( z[0]=='0' && z[1]=='4' && z[2]=='2' ) return 2;
  return (z[0]=='1' && (z[1]=='8' || z[1]=='9')) || (z[0]=='2' && z[1]=='0');
}

/* Codes done at the source's end whatever the news says: demands,
** disapproval, rejection, threats, protest, cutting relations (10-14, 16).
** "TOKYO - Washington announced tariffs on Japanese goods" was decided in
** Washington; the dateline is where the target's reaction was reported. */
static int sourceSide(const char *z){
  if( !z || !z[0] || !z[1] ) return 0;
  return z[0]=='1' && ((z[1]>='0' && z[1]<='4') || z[1]=='6');
}

/* The seat of an international organisation (by its exact actor code), as
** a gazetteer city; NULL for codes with no one place (G7, peacekeepers). */
static const GazEntry *seatOf(const Gazetteer *g, const char *zCode){
  static const char *const azSeat[][3] = {
    {"IGOEU","brussels","BEL"}, {"IGOEUGOV","brussels","BEL"}, {"IGOEUJUD","luxembourg","LUX"},
    {"IGOIMF","washington","USA"}, {"IGOWBK","washington","USA"},
    {"IGOIADB","washington","USA"}, {"IGOOAS","washington","USA"}, {"IGOWTO","geneva","CHE"},
    {"IGOEFTA","geneva","CHE"}, {"IGOUNOWHO","geneva","CHE"}, {"IGOUNOUNCTAD","geneva","CHE"},
    {"IGOUNOILO","geneva","CHE"}, {"IGOUNOHRC","geneva","CHE"}, {"IGOUNOUNHCR","geneva","CHE"},
    {"IGOUNO","new york city","USA"}, {"IGOUNOSEC","new york city","USA"}, {"IGOUNOGA","new york city","USA"},
    {"IGOUNOUNDP","new york city","USA"}, {"IGOUNOFAO","rome","ITA"}, {"IGOUNOWFP","rome","ITA"},
    {"IGOUNOIAEA","vienna","AUT"}, {"IGOOPEC","vienna","AUT"}, {"IGOOSCE","vienna","AUT"},
    {"IGOUNOUNESCO","paris","FRA"}, {"IGOOECD","paris","FRA"}, {"IGOPARISCLUB","paris","FRA"},
    {"IGOUNOICJ","hague","NLD"}, {"IGOADB","manila","PHL"}, {"IGOGCC","riyadh","SAU"},
    {"IGOASEAN","jakarta","IDN"}, {"IGOCMEA","moscow","RUS"}, {"IGOBIS","basel","CHE"},
    {"IGOCIS","minsk","BLR"}, {"IGOUNOUNEP","nairobi","KEN"},
  };
  if( !g || !zCode || strncmp(zCode, "IGO", 3)!=0 ) return 0;
  for(size_t i=0; i<sizeof azSeat/sizeof azSeat[0]; i++){
    if( strcmp(azSeat[i][0], zCode)!=0 ) continue;
    const GazEntry *const *aE; 
    int n = brinkGazLookup(g, azSeat[i][1], strlen(azSeat[i][1]), &aE);
    for(int k=0; k<n; k++){
      if( aE[k]->eKind==GAZ_CITY && strcmp(aE[k]->zCountry, azSeat[i][2])==0 ) return aE[k];
    }
    return 0;
  }
  return 0;
}

/* A location taken from an actor (an organisation's seat, a country), not
** from the text: no mention. */
static brink_location *actorLoc(FactsStory *p, const GazEntry *e){
  brink_location *A = brinkArenaZalloc(p->pArena, sizeof *A);
  if( !A ) return 0;
  A->zMention = ""; A->zName = e->zName; A->zFeature = e->zFeature;
  A->zCountry = e->zCountry; A->zAdm1 = e->zAdm1; A->rLat = e->rLat; A->rLon = e->rLon;
  A->zHow = "actor";
  return A;
}

/* Does the story so far tell of a gathering or a visit ("at a meeting of
** EC farm ministers", "an official visit to Argentina")?  Then its dateline
** is likely where its actors met, not just where the news was relayed
** from ("BAHRAIN - the Saudi Press Agency said"). */
static int storyGathering(const FactsStory *p){
  for(int i=0; i<p->nSent && i<3; i++){
    const SentRec *r = &p->aSent[i];
    for(int j=0; j<r->nTok; j++) if( inL(r->aTok[j].zLow, azMeeting) ) return 1;
  }
  return 0;
}

/* Does the story's lead (its first three sentences) tell of a gathering
** held where it was filed?  Not one placed elsewhere ("the OPEC meeting in
** Vienna", from Oslo) nor one still to come ("will call a meeting",
** "plans to hold talks"). */
static int leadGatheringHere(const FactsStory *p, const char *zDateCountry){
  static const char *const azLater[] = {"will","would","plans","plan","planned","intends","intend",
    "expected","due","next","proposed","shall",0};
  for(int i=0; i<p->nSent && i<3; i++){
    const SentRec *r = &p->aSent[i];
    for(int j=0; j<r->nTok; j++){
      if( !inL(r->aTok[j].zLow, azMeeting) ) continue;
      int bSkip = 0;
      for(int q=j-1; q>=0 && q>=j-6 && !bSkip; q--) if( inL(r->aTok[q].zLow, azLater) ) bSkip = 1;
      for(int k=r->iPlace0; r->bPlaces && k<r->iPlace0+r->nPlace && !bSkip; k++){
        const FactsPlace *pl = &p->aPlace[k];
        if( pl->iTok0>j && pl->iTok0<=j+5 && pl->eCue==FCUE_AT && strcmp(pl->zCountry, zDateCountry)!=0 ) bSkip = 1;
      }
      if( !bSkip ) return 1;
    }
  }
  return 0;
}

/* Does sentence r name country zA3 (its name or its people's: "U.S.",
** "American")? */
static int sentNamesCountry(const FactsStory *p, const SentRec *r, const char *zA3){
  for(int j=0; j<r->nTok; j++){
    if( !(r->aTok[j].flags & TOKF_CAP) || (r->aTok[j].flags & TOKF_PUNCT) ) continue;
    const GazEntry *const *aC = 0;
    int nC = 0;
    int n = matchName(p->g, r->aTok, r->nTok, j, &aC, &nC);
    for(int c=0; c<nC; c++){
      if( (aC[c]->eKind==GAZ_COUNTRY || aC[c]->eKind==GAZ_DEMONYM) && strcmp(aC[c]->zCountry, zA3)==0 ) return 1;
    }
    if( n>1 ) j += n-1;
  }
  return 0;
}

/* Does the story tell of a visit, a trip, a mission or a delegation, or
** of talks or a meeting (or of "here") in a sentence that names the
** source's country zS ("Wallis said after talks with Japanese officials
** that the U.S. ...")?  Either brings the source where the story was
** filed. */
static int storyVisit(const FactsStory *p, const char *zS){
  static const char *const azMet[] = {"talks","meeting","meetings","met","here","conference","negotiations",0};
  for(int i=0; i<p->nSent; i++){
    const SentRec *r = &p->aSent[i];
    int bMet = 0;
    for(int j=0; j<r->nTok; j++){
      if( inL(r->aTok[j].zLow, azCame) ) return 1;
      if( inL(r->aTok[j].zLow, azMet) ) bMet = 1;
    }
    if( bMet && zS && zS[0] && sentNamesCountry(p, r, zS) ) return 1;
  }
  return 0;
}

/* Is token i inside a quotation: after an odd number of quote marks, or
** before an odd number of them when none comes before (the sentence
** carries on a quotation opened earlier)? */
static int inQuote(const Tok *a, int nTok, int i){
  int nBefore = 0, nAfter = 0;
  for(int j=0; j<nTok; j++){
    const char *z = a[j].zLow;
    int bQ = strcmp(z, "\"")==0 || strcmp(z, "\xe2\x80\x9c")==0 || strcmp(z, "\xe2\x80\x9d")==0
          || strcmp(z, "``")==0 || strcmp(z, "''")==0;
    if( bQ ){ if( j<i ) nBefore++; else if( j>i ) nAfter++; }
  }
  return (nBefore & 1) || (nBefore==0 && (nAfter & 1));
}

/* May a dateline's place in country zC be where the event happened?  Only
** in an actor's country (zS, zT: NULL when that actor has none): the
** target's for a visit or force (bAtTarget), the source's for conflict
** said or decided (sourceSide), either for anything else.  *pbVisit: does
** the story bring the source to the target's country (-1: not asked yet;
** asked here only when it decides, as it reads the whole story). */
static int sideFits(const FactsStory *p, const char *zC, int bAtTarget, const char *zCode, const char *zS,
                    const char *zT, int *pbVisit){
  if( bAtTarget && zT ) return strcmp(zC, zT)==0;
  if( zS && sourceSide(zCode) ) return strcmp(zC, zS)==0;
  if( zS && strcmp(zC, zS)==0 ) return 1;
  /* the target's country only for what the two sides do together, talks
  ** and agreements (03, 04, 057): "TOKYO - U.S. negotiators opened talks"
  ** were in Tokyo, but "ATHENS - the United States called on Greece" was
  ** said in Washington, and "BUENOS AIRES - the US granted Argentina a
  ** loan" was decided there too */
  if( !zT || strcmp(zC, zT)!=0 ) return 0;
  if( !zS || meetingCode(zCode) || intrusionCode(zCode) ) return 1;
  if( *pbVisit<0 ) *pbVisit = strcmp(zS, zT)!=0 && storyVisit(p, zS);
  return *pbVisit;
}

/* Does the event's clause tell of defence ("repelled an Iranian attack",
** "counter-attacks to drive the Iranians from", "recaptured the oasis")?
** Force in defence is done on the defender's own ground. */
static int defensiveClause(FactsStory *p, const SentRec *r, int iClause){
  if( !r ) return 0;
  if( !p->aDefend && (p->aDefend = brinkArenaAlloc(p->pArena, (size_t)r->nTok+1))!=0 ){
    for(int i=0; i<r->nTok; i++) p->aDefend[i] = (uint8_t)isDefence(&r->aTok[i]);
  }
  for(int i=0; i<r->nTok; i++){
    if( iClause>=0 && p->aClause[i]!=iClause ) continue;
    if( p->aDefend ? p->aDefend[i] : isDefence(&r->aTok[i]) ) return 1;
  }
  return 0;
}

/* The dateline's place, for an event of an organisation with a seat,
** when the story says the organisation came there: the dateline lies in
** the target's country and the story tells of a mission, a team or a
** visit ("BRASILIA - A World Bank mission held talks"), or the target is
** an organisation seated there and the story tells of a gathering
** ("GENEVA - The EC complained to the GATT Council").  Else -1. */
static int datelineAway(const FactsStory *p, const GazEntry *pSeat, int bT, const char *zT,
                        const char *zTarget){
  for(int k=0; k<p->nPlace; k++){
    const FactsPlace *pl = &p->aPlace[k];
    if( pl->eCue!=FCUE_DATELINE ) continue;
    if( pl->pEnt->bOpenSea || strcmp(pl->zCountry, pSeat->zCountry)==0 ) return -1;
    if( bT && strcmp(pl->zCountry, zT)==0 ){
      for(int i=0; i<p->nSent; i++){
        const SentRec *r = &p->aSent[i];
        for(int j=0; j<r->nTok; j++) if( inL(r->aTok[j].zLow, azCame) ) return k;
      }
      return -1;
    }
    const GazEntry *pT = zTarget ? seatOf(p->g, zTarget) : 0;
    return pT && strcmp(pT->zCountry, pl->zCountry)==0 && storyGathering(p) ? k : -1;
  }
  return -1;
}

/* One event's facts being attached: what brinkFactsAttach's steps share */
typedef struct Attach {
  FactsStory *p;
  const SentRec *pRec;     /* the event's sentence, or NULL */
  int iSent, iAnchor;
  int iClause;             /* the anchor's clause, or -1 */
  brink_event *e;
  const char *zSource, *zTarget;
  char zS[4], zT[4];       /* the actors' countries ... */
  int bS, bT;              /* ... when they have one */
  int bAtTarget;           /* the event happens on the target's side (targetSide) */
  int bVisit;              /* sideFits's memo: -1 until it asks the story */
  int iP0, iP1;            /* the sentence's places in p->aPlace */
} Attach;

/* 1. A locative place of the event's clause: "in", "near", "at" before a
** visited or entered place, before a destination ("to" after a word of
** motion), before "from" (movements only); the nearest to the anchor, and
** of a country, a city or region inside it that the clause names too.
** Its index in p->aPlace, or -1. */
static int clausePlace(Attach *x){
  FactsStory *p = x->p;
  const SentRec *pRec = x->pRec;
  const brink_event *e = x->e;
  int kBest = -1, rBest = 1<<30;
  int aFit[16], aFitRank[16], nFit = 0;     /* the places that qualified */
  for(int k=x->iP0; k<x->iP1; k++){
    const FactsPlace *pl = &p->aPlace[k];
    if( pl->iSent!=x->iSent || (pl->eCue==FCUE_NONE && !pl->bAccord) ) continue;
    /* a place of another clause only when it is the venue ("the summit,
    ** which will take place in Venice"), ranked after the clause's own */
    int bOther = x->iClause>=0 && p->aClause[pl->iTok0]!=x->iClause;
    if( bOther && !pl->bVenue ) continue;
    /* "a warning to Russia", "arms shipments to Tehran": a "to" place is a
    ** recipient unless a word of motion governs it ("a visit to Bonn");
    ** "a message from Kyiv": a "from" place is a sender unless the event is
    ** a movement (visits, force posture, force) */
    if( pl->eCue==FCUE_TO && !pl->bMotion ) continue;
    /* a trip still to come is the place of the trip alone (its own
    ** event, "her visit to Moscow", is anchored just before it) */
    if( pl->bLater && !(x->iAnchor>=pl->iTok0-4 && x->iAnchor<pl->iTok0) ) continue;
    int bWithdraw = withdrawCode(e->zCode);
    if( pl->eCue==FCUE_FROM && !movementCode(e->zCode) && !bWithdraw ) continue;
    /* "called on Bonn to", "urged Tokyo at once": the addressee */
    if( pRec && verbalCode(e->zCode) && pl->eCue==FCUE_AT && pl->iTok0>0
        && (isW(&pRec->aTok[pl->iTok0-1], "on") || isW(&pRec->aTok[pl->iTok0-1], "upon"))
        && placeIsText(pRec->aTok, pl, e->zTargetText) ) continue;
    /* "expressed optimism about oil rights in the Aegean", "denounced an
    ** attack on a platform in the Gulf": the noun's place is what a
    ** statement is about, not where it was made (a raid on "an oilfield in
    ** the Gulf" is in the Gulf) */
    if( pl->iNoun>=0 && pl->iNoun!=x->iAnchor && (verbalCode(e->zCode) || aidCode(e->zCode)) ) continue;
    /* "accused Greece of breaching the Berne Agreement" was not in Bern */
    if( pl->bAccord && !agreementCode(e->zCode) ) continue;
    if( pl->bTopic && verbalCode(e->zCode) ) continue;
    /* "Earlier today in Washington, television networks reported that
    ** American forces struck ...": a place before a verb of reporting is
    ** the report's, not that of a deed reported after it (what is said
    ** there, a statement, is there) */
    if( pRec && !verbalCode(e->zCode) && x->iAnchor>pl->iTok1 && reportBetween(p, pRec, pl->iTok1, x->iAnchor) ) continue;
    /* a digest item's dateline, like the story's, may only relay the news
    ** ("BAHRAIN - Iranian forces have renewed their assault") */
    if( pl->bItem && !sideFits(p, pl->zCountry, x->bAtTarget, e->zCode, x->bS ? x->zS : 0, x->bT ? x->zT : 0, &x->bVisit) ) continue;
    int d = x->iAnchor>=0 ? abs(pl->iTok0 - x->iAnchor) : 0;
    if( pl->eCue==FCUE_DATELINE ) continue;   /* the story's place, not the clause's */
    int rank = (pl->eCue==FCUE_AT || (bWithdraw && pl->eCue==FCUE_FROM) ? 0
                : pl->eCue==FCUE_VERB ? 1 : pl->eCue==FCUE_TO ? 2 : 3)*1000 + d
             + (pl->bRef ? 1500 : 0)   /* "east of Bahrain in the central Gulf": the Gulf */
             + (bOther ? 10000 : 0);
    /* "due to visit Denmark and Belgium", of a visit to Belgium: of places
    ** with the same cue, one in an actor's country first */
    if( (x->bT && strcmp(pl->zCountry, x->zT)==0) || (x->bS && strcmp(pl->zCountry, x->zS)==0) ) rank -= 500;
    /* a visit is where it went: "was in Dubai after a private visit to
    ** London" is a visit to London (the visit word anchors the event) */
    if( pl->eCue==FCUE_TO && pl->bMotion && visitCode(e->zCode) && x->iAnchor>=0 && x->iAnchor<pl->iTok0 )
      rank -= 3000;
    if( rank<rBest ){ rBest = rank; kBest = k; }
    if( nFit<(int)(sizeof aFit/sizeof aFit[0]) ){ aFit[nFit] = k; aFitRank[nFit++] = rank; }
  }
  /* "near Sidon in southern Lebanon in the ninth air raid over Lebanon":
  ** a city or region of the same clause inside the chosen country says
  ** more than the country does */
  if( kBest>=0 && p->aPlace[kBest].pEnt->eKind==GAZ_COUNTRY ){
    int kIn = -1, rIn = 1<<30;
    for(int j=0; j<nFit; j++){
      const FactsPlace *pl = &p->aPlace[aFit[j]];
      if( (pl->pEnt->eKind==GAZ_CITY || pl->pEnt->eKind==GAZ_ADM1) && !pl->bBorder
          && strcmp(pl->zCountry, p->aPlace[kBest].zCountry)==0 && aFitRank[j]<rIn ){
        rIn = aFitRank[j]; kIn = aFit[j];
      }
    }
    if( kIn>=0 ) kBest = kIn;
  }
  return kBest;
}

/* A place right before the "where" that opens the event's clause, or -1. */
static int wherePlace(Attach *x){
  FactsStory *p = x->p;
  const SentRec *pRec = x->pRec;
  int kBest = -1;
  /* "in the gulf, where Iran and Iraq have been attacking shipping": a
  ** place right before "where" is that of the clause "where" opens */
  if( pRec && x->iClause>0 ){
    int w = 0;
    while( w<pRec->nTok && p->aClause[w]!=x->iClause ) w++;
    if( w<pRec->nTok && isW(&pRec->aTok[w], "where") && w>0 ){
      int wEnd = isW(&pRec->aTok[w-1], ",") ? w-1 : w;
      for(int k=x->iP0; k<x->iP1; k++){
        const FactsPlace *pl = &p->aPlace[k];
        if( pl->iSent==x->iSent && pl->iTok1==wEnd && pl->eCue==FCUE_AT && !pl->bTopic ){ kBest = k; break; }
      }
    }
  }
  return kBest;
}

/* The dateline's place, for an event said to happen "here" or at "today's
** meeting" in its clause; -1 if none. */
static int herePlace(Attach *x){
  FactsStory *p = x->p;
  const SentRec *pRec = x->pRec;
  int kBest = -1;
  /* "reached an agreement here", "told a news conference here": the
  ** dateline's place, said in the event's clause */
  if( pRec && x->iClause>=0 ){
    int bHere = 0;
    /* not the reporter's own "here": "officials here said", "a broadcast
    ** monitored here", "the agency, received here, said" */
    static const char *const azSaid[] = {"said","says","say","told","reported","stated","added",0};
    static const char *const azGot[] = {"received","monitored","heard","quoted","published","seen",
      "obtained","available","released",0};
    const Tok *aT = pRec->aTok;
    /* from another clause only after a gathering: 'he told a press
    ** conference here: "..."', 'before a meeting of ministers here' */
    for(int i=0; i<pRec->nTok && !bHere; i++){
      if( !isW(&aT[i], "here") ) continue;
      if( p->aClause[i]!=x->iClause && !(i>0 && inL(aT[i-1].zLow, azGathering)) ) continue;
      if( i+1<pRec->nTok && inL(aT[i+1].zLow, azSaid) ) continue;
      if( i>0 && inL(aT[i-1].zLow, azGot) ) continue;
      /* "Speaking to a convention here, Yeutter said the EC would reject
      ** it": the speaker is here, not what he says will happen */
      int bSaidBetween = 0;
      for(int j=i+1; j<x->iAnchor && j<pRec->nTok; j++) if( inL(aT[j].zLow, azSaid) ) bSaidBetween = 1;
      if( bSaidBetween ) continue;
      /* '"They should not expect us to sit back here," he added': in a
      ** quotation, "here" is the speaker's country, not the dateline */
      if( inQuote(aT, pRec->nTok, i) ) continue;
      bHere = 1;
    }
    /* "supported the idea at today's meeting": a gathering of the day the
    ** story was filed, in the event's clause, is at the dateline's place */
    static const char *const azDay[] = {"today","yesterday","tonight",0};
    for(int i=0; !bHere && i+2<pRec->nTok; i++){
      if( p->aClause[i]==x->iClause && inL(aT[i].zLow, azDay) && isW(&aT[i+1], "'s")
          && inL(aT[i+2].zLow, azGathering) && !inQuote(aT, pRec->nTok, i) ) bHere = 1;
    }
    /* the item's own dateline in a digest, else the story's */
    for(int k=x->iP0; bHere && k<x->iP1; k++){
      if( p->aPlace[k].bItem && p->aPlace[k].iSent==x->iSent ){ kBest = k; break; }
    }
    for(int k=0; bHere && kBest<0 && k<p->nPlace; k++){
      if( p->aPlace[k].eCue==FCUE_DATELINE ){ kBest = k; break; }
    }
  }
  return kBest;
}

/* How many of the story's place mentions name entry pEnt with a cue. */
static int timesPlaced(const FactsStory *p, const GazEntry *pEnt){
  int n = 0;
  for(int j=0; j<p->nPlace; j++) if( p->aPlace[j].pEnt==pEnt && p->aPlace[j].eCue!=FCUE_NONE ) n++;
  return n;
}

/* Steps 1b to 4 put the event's location in *pL when they find one, and
** return BRINK_OK or BRINK_ENOMEM. */
/* 1b. The sea the story places things in, for force at sea. */
static int seaPlace(Attach *x, const brink_location **pL){
  FactsStory *p = x->p;
  const SentRec *pRec = x->pRec;
  const brink_event *e = x->e;
  const brink_location *L = 0;
  /* force told of ships or platforms, with no place of its own: the
  ** sea the story gives as where things happened ("the attack on the
  ** oil platform", after "in the Gulf" earlier in the story) */
  if( pRec && forceCode(e->zCode) && nauticalSentence(pRec->aTok, pRec->nTok) ){
    int kSea = -1, nSea = 0;
    for(int k=0; k<p->nPlace; k++){
      const FactsPlace *pl = &p->aPlace[k];
      if( !pl->pEnt->bOpenSea || pl->eCue!=FCUE_AT || pl->bTopic ) continue;
      int n = timesPlaced(p, pl->pEnt);
      if( n>nSea ){ nSea = n; kSea = k; }
    }
    if( kSea>=0 && !(L = placeLoc(p, kSea, "story")) ) return BRINK_ENOMEM;
  }
  *pL = L;
  return BRINK_OK;
}

/* 2. An international organisation's seat. */
static int seatPlace(Attach *x, const brink_location **pL){
  FactsStory *p = x->p;
  const brink_location *L = 0;
  /* for an event whose source is
  ** one ("GATT warned", "the EC decided", "the IMF approved"), or a visit
  ** to one ("a visit to the EC" is in Brussels) */
  if( !x->bS ){
    const GazEntry *pSeat = seatOf(p->g, x->zSource);
    if( !pSeat && !x->bT && x->zTarget ) pSeat = seatOf(p->g, x->zTarget);
    /* ... unless the story says the organisation came to the dateline's
    ** place: "BRASILIA - A World Bank mission held talks", "GENEVA - (at
    ** the GATT Council) The EC complained" */
    int kD = pSeat && x->zSource && seatOf(p->g, x->zSource)==pSeat ? datelineAway(p, pSeat, x->bT, x->zT, x->zTarget) : -1;
    if( kD>=0 ){
      if( !(L = placeLoc(p, kD, "story")) ) return BRINK_ENOMEM;
    }else if( pSeat && !(L = actorLoc(p, pSeat)) ) return BRINK_ENOMEM;
  }
  *pL = L;
  return BRINK_OK;
}

/* 3. The story's place, when it lies in the right actor's country. */
static int storyPlace(Attach *x, const brink_location **pL){
  FactsStory *p = x->p;
  const brink_event *e = x->e;
  const brink_location *L = 0;
  /* Which actor's country is where the event happened when nothing says:
  ** a visit (042) happens at the target's, force (18-20) is done in the
  ** target's territory unless it is defence; anything else at the
  ** source's.  The story's place is the one most often given as where
  ** things happened, when it lies in that actor's country (the source's
  ** for the conflict that is said or decided, roots 10-14 and 16; the
  ** target's, for a visit or force, when the target has one: "BAGHDAD -
  ** Iraqi planes raided an Iranian oilfield" did not happen in Baghdad) */
  if( x->bS || x->bT ){
    int kStory = -1, nStory = 0;
    for(int k=0; k<p->nPlace; k++){
      const FactsPlace *pl = &p->aPlace[k];
      if( pl->eCue!=FCUE_AT && pl->eCue!=FCUE_DATELINE ) continue;
      if( pl->pEnt->bOpenSea || pl->bAccord ) continue;
      /* (the event's own sentence naming the target's country counts as a
      ** tie: "sent food aid to famine victims in Sudan") */
      int bTied = 1;
      if( !sideFits(p, pl->zCountry, x->bAtTarget, e->zCode, x->bS ? x->zS : 0, x->bT ? x->zT : 0, pl->iSent==x->iSent ? &bTied : &x->bVisit) ) continue;
      int n = timesPlaced(p, pl->pEnt);
      if( pl->eCue==FCUE_DATELINE ) n += 100;
      if( n>=nStory ){ nStory = n; kStory = k; }
    }
    if( kStory>=0 ){
      L = p->aPlace[kStory].bBorder ? borderLoc(p, kStory, x->zSource, x->zTarget, "story") : placeLoc(p, kStory, "story");
      if( !L ) return BRINK_ENOMEM;
    }
  }
  *pL = L;
  return BRINK_OK;
}

/* 3b. The dateline of a meeting with an international organisation; the
** seat of one visited. */
static int meetingPlace(Attach *x, const brink_location **pL){
  FactsStory *p = x->p;
  const brink_event *e = x->e;
  const brink_location *L = 0;
  /* an event with an international organisation, filed from a third
  ** country: the dateline's place, where such stories are mostly about a
  ** meeting ("LUXEMBOURG - Spain, at a meeting of EC farm ministers,
  ** threatened", "VIENNA - ... agreed, the IAEA said") */
  if( (x->bS || x->bT) && ((x->zSource && strncmp(x->zSource, "IGO", 3)==0) || (x->zTarget && strncmp(x->zTarget, "IGO", 3)==0)) ){
    for(int k=0; k<p->nPlace; k++){
      const FactsPlace *pl = &p->aPlace[k];
      if( pl->eCue!=FCUE_DATELINE || pl->pEnt->bOpenSea ) break;
      if( (x->bS && strcmp(pl->zCountry, x->zS)==0) || (x->bT && strcmp(pl->zCountry, x->zT)==0) ) break;
      if( !leadGatheringHere(p, pl->zCountry) ) break;
      if( !(L = placeLoc(p, k, "story")) ) return BRINK_ENOMEM;
      break;
    }
  }
  if( !L && x->bS && x->bAtTarget && !x->bT && x->zTarget && e->zCode && strncmp(e->zCode, "042", 3)==0 ){
    const GazEntry *pSeat = seatOf(p->g, x->zTarget);
    if( pSeat && !(L = actorLoc(p, pSeat)) ) return BRINK_ENOMEM;
  }
  *pL = L;
  return BRINK_OK;
}

/* 4. An actor's country (see the rule in storyPlace). */
static int actorCountry(Attach *x, const brink_location **pL){
  FactsStory *p = x->p;
  const brink_location *L = 0;
  /* the source's country, else the target's (the target's first for
  ** visits and force) */
  if( x->bS || x->bT ){
    brink_location *A = actorLoc(p, brinkGazCountry(p->g, (x->bAtTarget && x->bT) || !x->bS ? x->zT : x->zS));
    if( !A ) return BRINK_ENOMEM;
    A->zFeature = "country"; A->zAdm1 = "";
    L = A;
  }
  *pL = L;
  return BRINK_OK;
}

/* The quantities of the event's clause, into x->e. */
static int clauseQuantities(Attach *x){
  FactsStory *p = x->p;
  const SentRec *pRec = x->pRec;
  brink_event *e = x->e;
  e->aQuantity = 0; e->nQuantity = 0;
  if( pRec ){
    int n = 0;
    int iQ1 = pRec->iQty0 + pRec->nQty;
    for(int k=pRec->iQty0; k<iQ1; k++){
      if( x->iClause<0 || p->aClause[p->aQty[k].iTok0]==x->iClause ) n++;
    }
    if( n ){
      brink_quantity *aQ = brinkArenaAlloc(p->pArena, sizeof(brink_quantity)*(size_t)n);
      if( !aQ ) return BRINK_ENOMEM;
      int m = 0;
      for(int k=pRec->iQty0; k<iQ1; k++){
        if( x->iClause<0 || p->aClause[p->aQty[k].iTok0]==x->iClause ) aQ[m++] = p->aQty[k].q;
      }
      e->aQuantity = aQ; e->nQuantity = n;
    }
  }
  return BRINK_OK;
}

/* Attach to event e, anchored at token iAnchor of sentence iSent, its
** location (the first step that finds one: the event's clause, the story's
** sea, an organisation's seat, the story's place, an actor's country) and
** the quantities of its clause. */
int brinkFactsAttach(FactsStory *p, int iSent, int iAnchor, const char *zSource, const char *zTarget, brink_event *e){
  if( !p || !e ) return BRINK_OK;
  Attach x;
  memset(&x, 0, sizeof x);
  x.p = p; x.iSent = iSent; x.iAnchor = iAnchor; x.e = e; x.zSource = zSource; x.zTarget = zTarget;
  x.bS = countryOf(p, zSource, x.zS);
  x.bT = countryOf(p, zTarget, x.zT);
  SentRec *pRec = iSent==p->iSent && p->nSent>0 ? &p->aSent[p->nSent-1] : 0;
  if( pRec && !p->aClause ){
    p->aClause = brinkArenaAlloc(p->pArena, sizeof(uint16_t)*(size_t)(pRec->nTok+1));
    if( !p->aClause ) return BRINK_ENOMEM;
    markClauses(p, pRec->aTok, pRec->nTok);
  }
  if( pRec && sentQuantities(p, pRec, iSent) ) return BRINK_ENOMEM;
  if( placesUpToDate(p) ) return BRINK_ENOMEM;
  x.pRec = pRec;
  x.iClause = (pRec && iAnchor>=0 && iAnchor<p->nTok) ? p->aClause[iAnchor] : -1;
  x.bAtTarget = targetSide(e->zCode);
  x.bVisit = -1;
  if( x.bAtTarget==1 && defensiveClause(p, pRec, x.iClause) ) x.bAtTarget = 0;
  x.iP0 = pRec ? pRec->iPlace0 : p->nPlace;
  x.iP1 = pRec ? pRec->iPlace0 + pRec->nPlace : p->nPlace;
  int kBest = clausePlace(&x);
  if( kBest<0 ) kBest = wherePlace(&x);
  if( kBest<0 ) kBest = herePlace(&x);
  const brink_location *L = 0;
  if( kBest>=0 ){
    L = p->aPlace[kBest].bBorder ? borderLoc(p, kBest, zSource, zTarget, "sentence") : placeLoc(p, kBest, "sentence");
    if( !L ) return BRINK_ENOMEM;
  }
  if( !L && seaPlace(&x, &L) ) return BRINK_ENOMEM;
  if( !L && seatPlace(&x, &L) ) return BRINK_ENOMEM;
  if( !L && storyPlace(&x, &L) ) return BRINK_ENOMEM;
  if( !L && meetingPlace(&x, &L) ) return BRINK_ENOMEM;
  if( !L && actorCountry(&x, &L) ) return BRINK_ENOMEM;
  e->pLocation = L;
  if( clauseQuantities(&x) ) return BRINK_ENOMEM;
  /* the actors' countries inform later mentions */
  Ctx *c;
  if( x.bS && (c = ctxFind(p, x.zS))!=0 ) c->rNamed += 0.5f;
  if( x.bT && (c = ctxFind(p, x.zT))!=0 ) c->rNamed += 0.5f;
  return BRINK_OK;
}

/* Does sentence iSent of the story tell of a visit or a meeting? */
static int sentGathering(const FactsStory *p, int iSent){
  for(int i=0; i<p->nSent; i++){
    const SentRec *r = &p->aSent[i];
    if( r->iSent!=iSent ) continue;
    for(int j=0; j<r->nTok; j++){
      const char *z = r->aTok[j].zLow;
      if( inL(z, azCame) || inL(z, azMeeting) || inL(z, azGathering) ) return 1;
    }
  }
  return 0;
}

/* Does any sentence of the story tell of a gathering "here" ("the board
** of governors, meeting here", "told a news conference here", "arrived
** here for talks"), not the reporter's "here" and not in a quotation? */
static int storyHereGathering(const FactsStory *p){
  static const char *const azFor[] = {"for","to",0};
  for(int s=0; s<p->nSent; s++){
    const SentRec *r = &p->aSent[s];
    for(int i=0; i<r->nTok; i++){
      if( !isW(&r->aTok[i], "here") || inQuote(r->aTok, r->nTok, i) ) continue;
      if( i>0 && inL(r->aTok[i-1].zLow, azGathering) ) return 1;
      if( i+2<r->nTok && inL(r->aTok[i+1].zLow, azFor) && inL(r->aTok[i+2].zLow, azGathering) ) return 1;
    }
  }
  return 0;
}

/* After the whole story: an event that nothing placed but an actor's
** country or seat, in a story that tells of a gathering "here" filed from
** a third country, happened at the dateline's place ("MIAMI - The United
** States and major Latin American nations agreed ... The bank's board of
** governors, meeting here ..." was told two sentences on).  Force is
** left alone: it happens where the fighting is. */
int brinkFactsFinish(FactsStory *p, brink_event *aEv, size_t nEv){
  if( !p || !nEv ) return BRINK_OK;
  int kD = -1;
  for(int k=0; k<p->nPlace; k++) if( p->aPlace[k].eCue==FCUE_DATELINE ){ kD = k; break; }
  if( kD>=0 && p->aPlace[kD].pEnt->bOpenSea ) kD = -1;
  const char *zD = kD>=0 ? p->aPlace[kD].zCountry : "";
  int bHere = -1;                     /* read the story for it only if needed */
  const brink_location *L = 0;
  for(size_t i=0; i<nEv; i++){
    brink_event *e = &aEv[i];
    /* talks or a meeting placed by no word of its own sentence, next to a
    ** sentence that sends one side to the other's country ("Nakasone
    ** hopes to meet Reagan" after "his planned visit to Washington"): there */
    if( e->pLocation && strcmp(e->pLocation->zHow, "sentence")!=0 && meetingCode(e->zCode) ){
      char zTc[4] = "";
      if( countryOf(p, e->zTarget, zTc) ){
        if( placesUpToDate(p) ) return BRINK_ENOMEM;   /* the sentences after the last event too */
        int kNear = -1;
        for(int k=0; k<p->nPlace && kNear<0; k++){
          const FactsPlace *pl = &p->aPlace[k];
          if( ((pl->eCue==FCUE_TO && pl->bMotion) || pl->eCue==FCUE_VERB)
              && (pl->iSent==e->iSentence-1 || pl->iSent==e->iSentence+1)
              && strcmp(pl->zCountry, zTc)==0 ) kNear = k;
        }
        if( kNear>=0 ){
          const brink_location *Ln = placeLoc(p, kNear, "story");
          if( !Ln ) return BRINK_ENOMEM;
          e->pLocation = Ln;
          continue;
        }
      }
    }
    /* a visit or talks placed only in a country, in a story that names a
    ** city of that country for a visit or a meeting ("his visit to the Ivory
    ** Coast" ... "talks in Abidjan"): that city */
    if( e->pLocation && e->pLocation->zFeature && strcmp(e->pLocation->zFeature, "country")==0
        && (visitCode(e->zCode) || meetingCode(e->zCode)) && e->pLocation->zCountry[0] ){
      if( placesUpToDate(p) ) return BRINK_ENOMEM;
      int kCity = -1;
      for(int k=0; k<p->nPlace && kCity<0; k++){
        const FactsPlace *pl = &p->aPlace[k];
        if( pl->pEnt->eKind!=GAZ_CITY || strcmp(pl->zCountry, e->pLocation->zCountry)!=0 ) continue;
        if( !((pl->eCue==FCUE_TO && pl->bMotion) || pl->eCue==FCUE_VERB || (pl->eCue==FCUE_AT && pl->iNoun<0 && !pl->bTopic)) ) continue;
        if( sentGathering(p, pl->iSent) ) kCity = k;
      }
      if( kCity>=0 ){
        const brink_location *Lc = placeLoc(p, kCity, "story");
        if( !Lc ) return BRINK_ENOMEM;
        e->pLocation = Lc;
        continue;
      }
    }
    if( kD<0 || !e->pLocation || strcmp(e->pLocation->zHow, "actor")!=0 ) continue;
    if( bHere<0 ) bHere = storyHereGathering(p);
    int bMove = 0;
    if( bHere && targetSide(e->zCode)!=1
        && !(e->zSource && strncmp(e->zSource, zD, 3)==0) && !(e->zTarget && strncmp(e->zTarget, zD, 3)==0) ) bMove = 1;
    /* an organisation placed at its seat whose mission or visit the rest of
    ** the story tells of ("... The FAO official returns to Rome on
    ** Thursday"): the step before only saw the story up to the event */
    const GazEntry *pSeat = e->zSource ? seatOf(p->g, e->zSource) : 0;
    if( !bMove && pSeat && e->pLocation->zName==pSeat->zName ){
      char zT[4] = "";
      int bT = countryOf(p, e->zTarget, zT);
      if( datelineAway(p, pSeat, bT, zT, e->zTarget)==kD ) bMove = 1;
    }
    /* an event placed in its source's country because nothing before it
    ** tied it to a dateline in the target's country, in a story that tells
    ** anywhere of a visit, a mission or a delegation ("BUENOS AIRES - West
    ** German President von Weizsaecker called on creditor banks ..." with
    ** "his official visit to Argentina" told later): the visitor said it there */
    if( !bMove && !sourceSide(e->zCode) && !targetSide(e->zCode) ){
      char zS[4] = "", zT[4] = "";
      if( countryOf(p, e->zSource, zS) && countryOf(p, e->zTarget, zT) && strcmp(zT, zD)==0
          && strcmp(zS, zD)!=0 && strcmp(e->pLocation->zCountry, zS)==0 ){
        bMove = storyVisit(p, zS);
      }
    }
    if( !bMove ) continue;
    if( !L && !(L = placeLoc(p, kD, "story")) ) return BRINK_ENOMEM;
    e->pLocation = L;
  }
  return BRINK_OK;
}

int brinkFactsPlaces(FactsStory *p, const FactsPlace **pa){
  if( p && placesUpToDate(p) ){ *pa = 0; return 0; }
  *pa = p ? p->aPlace : 0;
  return p ? p->nPlace : 0;
}
int brinkFactsQuantities(FactsStory *p, const QtyHit **pa, const int **paSent){
  /* the sentences with no event were not looked at yet */
  for(int i=0; p && i<p->nSent; i++){
    if( sentQuantities(p, &p->aSent[i], p->aSent[i].iSent) ){ *pa = 0; if( paSent ) *paSent = 0; return 0; }
  }
  *pa = p ? p->aQty : 0;
  if( paSent ) *paSent = p ? p->aQtySent : 0;
  return p ? p->nQty : 0;
}
