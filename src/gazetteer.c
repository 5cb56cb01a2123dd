/*
** gazetteer.c — the place names brink knows, built once per engine.
**
** Three sources, loaded in this order (docs/GEO.md):
**   1. <datadir>/geo.gen.tsv, generated at build time by tools/mkgeo.c from
**      Debian's iso-codes (countries, ISO 3166-2 subdivisions) and
**      libgeonames (about 24,000 cities with coordinates and population);
**   2. the country names and demonyms of <datadir>/dict/countries.txt (the
**      actor dictionary's "!state" and "!adj" lines), so that "Russia",
**      "the U.S." and "Russian" are the places and countries the coder
**      already knows them to be;
**   3. <datadir>/gazetteer.txt, hand-written: seas, straits, regions,
**      borders, disputed areas and landmarks, and everyday spellings.
** Every name is folded into a key (lower case, no diacritics, one space
** between words) and indexed in an open-addressing table; a key may name
** several places ("paris": France's capital and a town in Texas), and the
** resolver in places.c chooses among them from the story.  After loading,
** nothing changes: the gazetteer is shared by every thread of the engine.
** It leaves finding mentions in text and choosing among candidates to
** places.c.
*/
#include "facts.h"
#include <utf8proc.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <ctype.h>

/* A name while loading: its key and the entry it names. */
typedef struct GazPair {
  const char *zKey;
  uint32_t nKey;
  uint32_t iEnt;
  uint8_t bAlias;        /* a country alias from the actor dictionary */
} GazPair;

/* One distinct key in the final index. */
typedef struct GazName {
  const char *zKey;
  uint32_t nKey;
  uint32_t iCand, nCand;  /* candidates aCand[iCand..iCand+nCand) */
} GazName;

typedef struct GazFirst {
  const char *zWord;
  uint32_t nWord;
  uint32_t nMax;          /* longest key starting with this word */
} GazFirst;

struct Gazetteer {
  Arena arena;            /* strings */
  GazEntry *aEnt; size_t nEnt, nEntAlloc;
  GazPair *aPair; size_t nPair, nPairAlloc;   /* freed after the build */
  GazName *aName; size_t nName;
  const GazEntry **aCand; size_t nCand;
  uint32_t *aSlot; uint32_t nSlot;            /* name index: 1 + aName index */
  GazFirst *aFirst; size_t nFirst;
  uint32_t *aFirstSlot; uint32_t nFirstSlot;
  brink_diag_fn xDiag; void *pDiagArg;
  int bOom;
};

/* ---- Keys ------------------------------------------------------------- */
static uint32_t hashKey(const char *z, size_t n){
  uint32_t h = 2166136261u;
  for(size_t i=0; i<n; i++){ h ^= (unsigned char)z[i]; h *= 16777619u; }
  return h;
}

size_t brinkGazKey(const char *z, size_t n, char *zOut, size_t nOut){
  char *zFold = 0;
  int bHigh = 0;
  for(size_t i=0; i<n; i++) if( (unsigned char)z[i]>=0x80 ){ bHigh = 1; break; }
  if( bHigh ){
    utf8proc_uint8_t *zU = 0;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t*)z, (utf8proc_ssize_t)n, &zU,
        UTF8PROC_STABLE|UTF8PROC_COMPOSE|UTF8PROC_STRIPMARK|UTF8PROC_CASEFOLD);
    if( m<0 ) return 0;
    zFold = (char*)zU;
    z = zFold; n = (size_t)m;
  }
  size_t o = 0;
  int bSpace = 0;
  for(size_t i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c==' ' || c=='\t' || c=='\n' || c=='\r' ){ bSpace = o>0; continue; }
    if( bSpace ){ if( o+1>=nOut ){ o = 0; goto done; } zOut[o++] = ' '; bSpace = 0; }
    if( o+1>=nOut ){ o = 0; goto done; }
    zOut[o++] = (char)(c<0x80 ? tolower(c) : c);
  }
  if( o>4 && memcmp(zOut, "the ", 4)==0 ){ memmove(zOut, zOut+4, o-4); o -= 4; }
done:
  if( nOut ) zOut[o] = 0;
  free(zFold);
  return o;
}

static size_t firstWordLen(const char *zKey, size_t n){
  size_t i = 0;
  while( i<n && zKey[i]!=' ' && zKey[i]!=',' ) i++;
  return i;
}

/* ---- Building --------------------------------------------------------- */
static const char *keep(Gazetteer *g, const char *z, size_t n){
  char *p = brinkArenaStrndup(&g->arena, z, n);
  if( !p ) g->bOom = 1;
  return p ? p : "";
}

static int newEntry(Gazetteer *g){
  if( g->nEnt==g->nEntAlloc ){
    size_t nNew = g->nEntAlloc ? g->nEntAlloc*2 : 4096;
    GazEntry *a = realloc(g->aEnt, nNew*sizeof *a);
    if( !a ){ g->bOom = 1; return -1; }
    g->aEnt = a; g->nEntAlloc = nNew;
  }
  memset(&g->aEnt[g->nEnt], 0, sizeof(GazEntry));
  return (int)g->nEnt++;
}

static void addPairKey(Gazetteer *g, const char *zKey, size_t nKey, int iEnt, int bAlias){
  if( nKey==0 || iEnt<0 ) return;
  if( g->nPair==g->nPairAlloc ){
    size_t nNew = g->nPairAlloc ? g->nPairAlloc*2 : 8192;
    GazPair *a = realloc(g->aPair, nNew*sizeof *a);
    if( !a ){ g->bOom = 1; return; }
    g->aPair = a; g->nPairAlloc = nNew;
  }
  GazPair *p = &g->aPair[g->nPair++];
  p->zKey = keep(g, zKey, nKey);
  p->nKey = (uint32_t)nKey;
  p->iEnt = (uint32_t)iEnt;
  p->bAlias = (uint8_t)bAlias;
}

/* Index name z[0..n) for entry iEnt. */
static void addName(Gazetteer *g, const char *z, size_t n, int iEnt, int bAlias){
  while( n && (*z==' ' || *z=='\t') ){ z++; n--; }
  while( n && (z[n-1]==' ' || z[n-1]=='\t') ) n--;
  char zKey[512];
  size_t nKey = brinkGazKey(z, n, zKey, sizeof zKey);
  addPairKey(g, zKey, nKey, iEnt, bAlias);
}

/* Index each '|'-separated name of z[0..n). */
static void addNames(Gazetteer *g, const char *z, size_t n, int iEnt, int bAlias){
  size_t i = 0;
  while( i<=n ){
    size_t j = i;
    while( j<n && z[j]!='|' ) j++;
    addName(g, z+i, j-i, iEnt, bAlias);
    i = j+1;
  }
}

/* Internal keys for the look-ups by code: "\001RUS", "\002UA-43", "\003RUS,UKR". */
static void addCodeKey(Gazetteer *g, char cTag, const char *zCode, int iEnt){
  char z[64];
  int n = snprintf(z, sizeof z, "%c%s", cTag, zCode);
  if( n>0 && n<(int)sizeof z ) addPairKey(g, z, (size_t)n, iEnt, 0);
}

static void diag(Gazetteer *g, const char *zFile, int iLine, const char *zMsg){
  if( g->xDiag ) g->xDiag(g->pDiagArg, zFile, iLine, 0, zMsg);
}

/* Split a line at tabs into at most nMax fields (in place). */
static int splitTabs(char *z, char **az, int nMax){
  int n = 0;
  az[n++] = z;
  for(char *p = z; *p && n<nMax; p++){
    if( *p=='\t' ){ *p = 0; az[n++] = p+1; }
  }
  return n;
}

static int readLine(FILE *fp, char **pz, size_t *pn){
  ssize_t n = getline(pz, pn, fp);
  if( n<0 ) return 0;
  while( n>0 && ((*pz)[n-1]=='\n' || (*pz)[n-1]=='\r') ) (*pz)[--n] = 0;
  return 1;
}

/* A plain decimal ("-12.3456", "15853") without strtod's locale and
** big-number machinery, which was a sixth of the gazetteer's load time.
** Mantissa and power of ten are exact, so the one division rounds as
** strtod does; anything else falls back to strtod. */
static double parseDecimal(const char *z){
  static const double aPow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
  const char *p = z;
  int bNeg = 0;
  if( *p=='-' ){ bNeg = 1; p++; }
  uint64_t m = 0;
  int nDigit = 0, nFrac = 0;
  while( *p>='0' && *p<='9' ){ m = m*10 + (uint64_t)(*p-'0'); p++; nDigit++; }
  if( *p=='.' ){
    p++;
    while( *p>='0' && *p<='9' ){ m = m*10 + (uint64_t)(*p-'0'); p++; nDigit++; nFrac++; }
  }
  if( *p!=0 || nDigit==0 || nDigit>15 ) return atof(z);
  double r = (double)m / aPow10[nFrac];
  return bNeg ? -r : r;
}

/* data/geo.gen.tsv */
static int loadGenerated(Gazetteer *g, const char *zPath){
  FILE *fp = fopen(zPath, "r");
  if( !fp ){
    diag(g, zPath, 0, "cannot open the generated gazetteer (run make): only data/gazetteer.txt is used");
    return BRINK_OK;
  }
  char *zLine = 0; size_t nLine = 0;
  int iLine = 0;
  while( readLine(fp, &zLine, &nLine) ){
    iLine++;
    if( zLine[0]=='#' || zLine[0]==0 ) continue;
    char *az[7];
    if( splitTabs(zLine, az, 7)!=7 || strlen(az[0])!=1 || strlen(az[2])!=3 ){
      diag(g, zPath, iLine, "malformed line skipped");
      continue;
    }
    int i = newEntry(g);
    if( i<0 ) break;
    GazEntry *e = &g->aEnt[i];
    const char *zBar = strchr(az[1], '|');
    e->zName = keep(g, az[1], zBar ? (size_t)(zBar-az[1]) : strlen(az[1]));
    e->zCountry = keep(g, az[2], 3);
    e->zCountries = e->zCountry;
    e->zAdm1 = keep(g, az[3], strlen(az[3]));
    e->bCoord = az[4][0]!=0 && az[5][0]!=0;
    e->rLat = e->bCoord ? parseDecimal(az[4]) : 0.0;
    e->rLon = e->bCoord ? parseDecimal(az[5]) : 0.0;
    e->rPop = parseDecimal(az[6]);
    switch( az[0][0] ){
      case 'C': e->eKind = GAZ_COUNTRY; e->zFeature = "country"; e->zAdm1 = "";
                addCodeKey(g, 1, e->zCountry, i); break;
      case 'A': e->eKind = GAZ_ADM1; e->zFeature = "adm1";
                addCodeKey(g, 2, e->zAdm1, i); break;
      default:  e->eKind = GAZ_CITY; e->zFeature = "city"; break;
    }
    addNames(g, az[1], strlen(az[1]), i, 0);
  }
  free(zLine);
  fclose(fp);
  return g->bOom ? BRINK_ENOMEM : BRINK_OK;
}

/* The country entry with alpha-3 code zA3, from the list of country
** entries aiC[0..nC) made once before the dictionary is read. */
static int countryEntry(const Gazetteer *g, const int *aiC, int nC, const char *zA3){
  for(int i=0; i<nC; i++) if( memcmp(g->aEnt[aiC[i]].zCountry, zA3, 4)==0 ) return aiC[i];
  return -1;
}

/* The "!state" and "!adj" lines of the actor dictionary's countries.txt. */
static int loadCountryNames(Gazetteer *g, const char *zPath){
  FILE *fp = fopen(zPath, "r");
  if( !fp ) return BRINK_OK;     /* optional: a custom data folder may lack it */
  char *zLine = 0; size_t nLine = 0;
  int aDemonym[1024]; char azDemCode[1024][4]; int nDem = 0;
  uint8_t *aRenamed = calloc(g->nEnt+1, 1);   /* entries (< nEnt) given their everyday name */
  int *aiC = malloc(sizeof(int)*(g->nEnt+1)), nC = 0;
  for(size_t i=0; aiC && i<g->nEnt; i++) if( g->aEnt[i].eKind==GAZ_COUNTRY ) aiC[nC++] = (int)i;
  while( readLine(fp, &zLine, &nLine) ){
    char *zHash = strchr(zLine, '#');
    if( zHash ) *zHash = 0;
    int bState = strstr(zLine, "!state")!=0, bAdj = strstr(zLine, "!adj")!=0;
    if( !bState && !bAdj ) continue;
    char *zEq = strstr(zLine, " = ");
    if( !zEq ) continue;
    /* the code in force now: the last ';'-separated part */
    char *zRhs = zEq+3, *zSemi;
    while( (zSemi = strchr(zRhs, ';'))!=0 ) zRhs = zSemi+1;
    while( *zRhs==' ' ) zRhs++;
    char zA3[4];
    if( strlen(zRhs)<3 || !isupper((unsigned char)zRhs[0]) || !isupper((unsigned char)zRhs[1])
        || !isupper((unsigned char)zRhs[2]) || (zRhs[3] && zRhs[3]!=' ') ) continue;
    memcpy(zA3, zRhs, 3); zA3[3] = 0;
    int iEnt = aiC ? countryEntry(g, aiC, nC, zA3) : -1;
    if( bAdj ){
      /* one demonym entry per country: context for the resolver, never a location */
      int k;
      for(k=0; k<nDem; k++) if( strcmp(azDemCode[k], zA3)==0 ) break;
      if( k==nDem ){
        if( nDem==1024 ) continue;
        int i = newEntry(g);
        if( i<0 ) break;
        GazEntry *e = &g->aEnt[i];
        e->eKind = GAZ_DEMONYM; e->zFeature = "demonym";
        e->zCountry = e->zCountries = keep(g, zA3, 3);
        e->zName = iEnt>=0 ? g->aEnt[iEnt].zName : e->zCountry;
        e->zAdm1 = "";
        if( iEnt>=0 ){ e->bCoord = g->aEnt[iEnt].bCoord; e->rLat = g->aEnt[iEnt].rLat; e->rLon = g->aEnt[iEnt].rLon; }
        aDemonym[nDem] = i; memcpy(azDemCode[nDem], zA3, 4); nDem++;
      }
      addNames(g, zLine, (size_t)(zEq-zLine), aDemonym[k], 1);
    }else if( iEnt>=0 ){
      /* the dictionary's first name is the everyday one ("Russia", not
      ** ISO's "Russian Federation"): use it for display when shorter */
      const char *zBar = memchr(zLine, '|', (size_t)(zEq-zLine));
      const char *zE = zBar ? zBar : zEq;
      while( zE>zLine && zE[-1]==' ' ) zE--;
      if( zE>zLine && (size_t)(zE-zLine)<strlen(g->aEnt[iEnt].zName) && !strchr(zRhs, '.')
          && aRenamed && !aRenamed[iEnt] ){
        g->aEnt[iEnt].zName = keep(g, zLine, (size_t)(zE-zLine));
      }
      if( aRenamed ) aRenamed[iEnt] = 1;
      addNames(g, zLine, (size_t)(zEq-zLine), iEnt, 1);
    }
  }
  free(aRenamed);
  free(aiC);
  free(zLine);
  fclose(fp);
  return g->bOom ? BRINK_ENOMEM : BRINK_OK;
}

static const char *featureName(const char *z, int *peKind, int *pbOpenSea){
  static const char *const az[] = {"region","sea","strait","gulf","ocean","border","disputed","landmark",
    "city","country","adm1",0};
  *pbOpenSea = 0;
  for(int i=0; az[i]; i++){
    if( strcmp(z, az[i])==0 ){
      *peKind = i==8 ? GAZ_CITY : i==9 ? GAZ_COUNTRY : i==10 ? GAZ_ADM1 : GAZ_OTHER;
      *pbOpenSea = i>=1 && i<=4;
      return az[i];
    }
  }
  return 0;
}

/* data/gazetteer.txt: "name | name = feature countries adm1 lat lon  # source" */
static int loadHand(Gazetteer *g, const char *zPath){
  FILE *fp = fopen(zPath, "r");
  if( !fp ){ diag(g, zPath, 0, "cannot open the gazetteer"); return BRINK_OK; }
  char *zLine = 0; size_t nLine = 0;
  int iLine = 0;
  while( readLine(fp, &zLine, &nLine) ){
    iLine++;
    char *zHash = strchr(zLine, '#');
    if( zHash ) *zHash = 0;
    char *p = zLine;
    while( *p==' ' || *p=='\t' ) p++;
    if( !*p ) continue;
    char *zEq = strstr(p, " = ");
    char zFeat[32], zCc[128], zAdm[128];
    double rLat, rLon;
    int eKind = 0, bSea = 0;
    const char *zF = 0;
    if( !zEq || sscanf(zEq+3, "%31s %127s %127s %lf %lf", zFeat, zCc, zAdm, &rLat, &rLon)!=5
        || !(zF = featureName(zFeat, &eKind, &bSea)) || rLat<-90 || rLat>90 || rLon<-180 || rLon>180 ){
      diag(g, zPath, iLine, "malformed gazetteer line skipped (want: name | name = feature countries adm1 lat lon)");
      continue;
    }
    int i = newEntry(g);
    if( i<0 ) break;
    GazEntry *e = &g->aEnt[i];
    char *zBar = strchr(p, '|');
    char *zEnd = zBar && zBar<zEq ? zBar : zEq;
    while( zEnd>p && zEnd[-1]==' ' ) zEnd--;
    e->zName = keep(g, p, (size_t)(zEnd-p));
    e->zFeature = zF;
    e->eKind = (uint8_t)eKind;
    e->bOpenSea = (uint8_t)bSea;
    e->bHand = 1;
    e->bCoord = 1; e->rLat = rLat; e->rLon = rLon;
    if( strcmp(zCc, "-")==0 ) zCc[0] = 0;
    if( strcmp(zAdm, "-")==0 ) zAdm[0] = 0;
    e->zCountries = keep(g, zCc, strlen(zCc));
    e->zCountry = keep(g, zCc, strlen(zCc)>=3 ? 3 : 0);
    e->zAdm1 = keep(g, zAdm, strlen(zAdm));
    addNames(g, p, (size_t)(zEq-p), i, 0);
    if( eKind==GAZ_COUNTRY ) addCodeKey(g, 1, e->zCountry, i);
    if( strcmp(zF, "border")==0 && strlen(zCc)==7 ){
      char z[8];
      /* both orders, so a look-up need not sort */
      addCodeKey(g, 3, zCc, i);
      snprintf(z, sizeof z, "%.3s,%.3s", zCc+4, zCc);
      addCodeKey(g, 3, z, i);
    }
  }
  free(zLine);
  fclose(fp);
  return g->bOom ? BRINK_ENOMEM : BRINK_OK;
}

static uint32_t pow2Above(size_t n){
  uint32_t m = 1024;
  while( m < n*2 ) m *= 2;
  return m;
}

/* Group the names by key in one hash pass (no sort: start-up time counts),
** keep each name's candidates in entry order, and build the name index. */
static int buildIndex(Gazetteer *g){
  g->nSlot = pow2Above(g->nPair);
  g->aSlot = calloc(g->nSlot, sizeof(uint32_t));
  g->aName = malloc(sizeof(GazName)*(g->nPair+1));
  g->aCand = malloc(sizeof(GazEntry*)*(g->nPair+1));
  g->aFirst = malloc(sizeof(GazFirst)*(g->nPair+1));
  uint32_t *aNext = malloc(sizeof(uint32_t)*(g->nPair+1));   /* pair chain, 1-based */
  uint32_t *aHead = malloc(sizeof(uint32_t)*(g->nPair+1));   /* per name: first, last pair */
  uint32_t *aTail = malloc(sizeof(uint32_t)*(g->nPair+1));
  GazPair *aGrp = malloc(sizeof(GazPair)*(g->nPair+1));
  int rc = BRINK_ENOMEM;
  if( !g->aSlot || !g->aName || !g->aCand || !g->aFirst || !aNext || !aHead || !aTail || !aGrp ) goto done;
  for(size_t k=0; k<g->nPair; k++){
    const GazPair *p = &g->aPair[k];
    uint32_t h = hashKey(p->zKey, p->nKey) & (g->nSlot-1);
    uint32_t s;
    while( (s = g->aSlot[h])!=0 ){
      const GazName *pN = &g->aName[s-1];
      if( pN->nKey==p->nKey && memcmp(pN->zKey, p->zKey, p->nKey)==0 ) break;
      h = (h+1) & (g->nSlot-1);
    }
    aNext[k] = 0;
    if( s==0 ){
      GazName *pN = &g->aName[g->nName];
      pN->zKey = p->zKey; pN->nKey = p->nKey; pN->iCand = 0; pN->nCand = 0;
      aHead[g->nName] = aTail[g->nName] = (uint32_t)k+1;
      g->aSlot[h] = (uint32_t)++g->nName;
    }else{
      aNext[aTail[s-1]-1] = (uint32_t)k+1;
      aTail[s-1] = (uint32_t)k+1;
    }
  }
  for(size_t n=0; n<g->nName; n++){
    GazName *pN = &g->aName[n];
    size_t nGrp = 0;
    for(uint32_t k=aHead[n]; k; k=aNext[k-1]){
      /* insertion by entry number: groups are a handful of names */
      size_t m = nGrp++;
      while( m>0 && aGrp[m-1].iEnt>g->aPair[k-1].iEnt ){ aGrp[m] = aGrp[m-1]; m--; }
      aGrp[m] = g->aPair[k-1];
    }
    pN->iCand = (uint32_t)g->nCand;
    for(size_t k=0; k<nGrp; k++){
      const GazEntry *e = &g->aEnt[aGrp[k].iEnt];
      int bDup = 0;
      for(uint32_t m=0; m<pN->nCand; m++) if( g->aCand[pN->iCand+m]==e ) bDup = 1;
      /* "New Mexico = USA" in the actor dictionary: the ISO subdivision of
      ** that name is the better place */
      if( aGrp[k].bAlias && e->eKind==GAZ_COUNTRY ){
        for(size_t m=0; m<nGrp; m++){
          const GazEntry *f = &g->aEnt[aGrp[m].iEnt];
          if( (f->eKind==GAZ_ADM1 || f->eKind==GAZ_CITY) && strcmp(f->zCountry, e->zCountry)==0 ) bDup = 1;
        }
      }
      /* a hand-written place of the same kind and country replaces the
      ** generated one ("Moscow" with its ISO 3166-2 code) */
      if( !e->bHand ){
        for(size_t m=0; m<nGrp; m++){
          const GazEntry *f = &g->aEnt[aGrp[m].iEnt];
          if( f->bHand && f->eKind==e->eKind && strcmp(f->zCountry, e->zCountry)==0 ) bDup = 1;
        }
      }
      if( !bDup ){ g->aCand[g->nCand++] = e; pN->nCand++; }
    }
  }
  rc = BRINK_OK;
done:
  free(aNext); free(aHead); free(aTail); free(aGrp);
  if( rc!=BRINK_OK ) return rc;
  /* first words */
  g->nFirstSlot = pow2Above(g->nName);
  g->aFirstSlot = calloc(g->nFirstSlot, sizeof(uint32_t));
  if( !g->aFirstSlot ) return BRINK_ENOMEM;
  for(size_t i=0; i<g->nName; i++){
    const GazName *pN = &g->aName[i];
    if( (unsigned char)pN->zKey[0]<' ' || pN->nCand==0 ) continue;    /* code keys */
    size_t nW = firstWordLen(pN->zKey, pN->nKey);
    uint32_t h = hashKey(pN->zKey, nW) & (g->nFirstSlot-1);
    for(;;){
      uint32_t s = g->aFirstSlot[h];
      if( s==0 ){
        GazFirst *f = &g->aFirst[g->nFirst];
        f->zWord = pN->zKey; f->nWord = (uint32_t)nW; f->nMax = pN->nKey;
        g->aFirstSlot[h] = (uint32_t)++g->nFirst;
        break;
      }
      GazFirst *f = &g->aFirst[s-1];
      if( f->nWord==nW && memcmp(f->zWord, pN->zKey, nW)==0 ){
        if( pN->nKey>f->nMax ) f->nMax = pN->nKey;
        break;
      }
      h = (h+1) & (g->nFirstSlot-1);
    }
  }
  free(g->aPair); g->aPair = 0; g->nPair = g->nPairAlloc = 0;
  return BRINK_OK;
}

/* ---- API --------------------------------------------------------------- */
Gazetteer *brinkGazetteerLoad(const char *zDataDir, brink_diag_fn xDiag, void *pArg, char **pzErr){
  if( pzErr ) *pzErr = 0;
  Gazetteer *g = calloc(1, sizeof *g);
  if( !g ) goto oom;
  brinkArenaInit(&g->arena);
  g->xDiag = xDiag; g->pDiagArg = pArg;
  size_t nPath = strlen(zDataDir) + 64;
  char *zPath = malloc(nPath);
  if( !zPath ) goto oom;
  int rc;
  snprintf(zPath, nPath, "%s/geo.gen.tsv", zDataDir);
  rc = loadGenerated(g, zPath);
  snprintf(zPath, nPath, "%s/dict/countries.txt", zDataDir);
  if( rc==BRINK_OK ) rc = loadCountryNames(g, zPath);
  snprintf(zPath, nPath, "%s/gazetteer.txt", zDataDir);
  if( rc==BRINK_OK ) rc = loadHand(g, zPath);
  free(zPath);
  if( rc==BRINK_OK && !g->bOom ) rc = buildIndex(g);
  if( rc!=BRINK_OK || g->bOom ) goto oom;
  return g;
oom:
  if( pzErr ){
    const char *z = "out of memory loading the gazetteer";
    *pzErr = malloc(strlen(z)+1);
    if( *pzErr ) memcpy(*pzErr, z, strlen(z)+1);
  }
  brinkGazetteerFree(g);
  return 0;
}

void brinkGazetteerFree(Gazetteer *g){
  if( !g ) return;
  brinkArenaFree(&g->arena);
  free(g->aEnt); free(g->aPair); free(g->aName); free(g->aCand);
  free(g->aSlot); free(g->aFirst); free(g->aFirstSlot);
  free(g);
}

int brinkGazLookup(const Gazetteer *g, const char *zKey, size_t nKey, const GazEntry *const **paEnt){
  if( !g || !g->nSlot ) return 0;
  uint32_t h = hashKey(zKey, nKey) & (g->nSlot-1);
  for(;;){
    uint32_t s = g->aSlot[h];
    if( s==0 ) return 0;
    const GazName *pN = &g->aName[s-1];
    if( pN->nKey==nKey && memcmp(pN->zKey, zKey, nKey)==0 ){
      if( pN->nCand==0 ) return 0;
      *paEnt = &g->aCand[pN->iCand];
      return (int)pN->nCand;
    }
    h = (h+1) & (g->nSlot-1);
  }
}

size_t brinkGazFirstWord(const Gazetteer *g, const char *zWord, size_t n){
  if( !g || !g->nFirstSlot ) return 0;
  uint32_t h = hashKey(zWord, n) & (g->nFirstSlot-1);
  for(;;){
    uint32_t s = g->aFirstSlot[h];
    if( s==0 ) return 0;
    const GazFirst *f = &g->aFirst[s-1];
    if( f->nWord==n && memcmp(f->zWord, zWord, n)==0 ) return f->nMax;
    h = (h+1) & (g->nFirstSlot-1);
  }
}

static const GazEntry *byCode(const Gazetteer *g, char cTag, const char *zCode){
  char z[64];
  int n = snprintf(z, sizeof z, "%c%s", cTag, zCode);
  if( n<=1 || n>=(int)sizeof z ) return 0;
  const GazEntry *const *a;
  return brinkGazLookup(g, z, (size_t)n, &a)>0 ? a[0] : 0;
}
const GazEntry *brinkGazCountry(const Gazetteer *g, const char *zA3){
  if( !zA3 || strlen(zA3)!=3 ) return 0;
  return byCode(g, 1, zA3);
}
const GazEntry *brinkGazAdm1(const Gazetteer *g, const char *zCode){ return zCode && *zCode ? byCode(g, 2, zCode) : 0; }
const GazEntry *brinkGazBorder(const Gazetteer *g, const char *zA, const char *zB){
  if( !zA || !zB || strlen(zA)!=3 || strlen(zB)!=3 ) return 0;
  char z[8];
  snprintf(z, sizeof z, "%s,%s", zA, zB);
  return byCode(g, 3, z);
}

void brinkGazCount(const Gazetteer *g, size_t a[6]){
  memset(a, 0, sizeof(size_t)*6);
  for(size_t i=0; i<g->nEnt; i++){
    a[0]++;
    if( g->aEnt[i].eKind<6 ) a[g->aEnt[i].eKind]++;
  }
}

/* ---- Parts of a country ------------------------------------------------ */
static int cmpDouble(const void *pA, const void *pB){
  double a = *(const double*)pA, b = *(const double*)pB;
  return a<b ? -1 : a>b;
}

/* The q-quantile (0..1) of the n sorted values a[]. */
static double quantile(const double *a, size_t n, double q){
  size_t i = (size_t)(q*(double)(n-1) + 0.5);
  return a[i<n ? i : n-1];
}

int brinkGazPart(const Gazetteer *g, const char *zA3, const char *zAdm1, int eDir, double *pLat, double *pLon){
  if( !g || !zA3 || !eDir ) return 0;
  size_t n = 0;
  for(size_t i=0; i<g->nEnt; i++){
    const GazEntry *e = &g->aEnt[i];
    if( e->eKind==GAZ_CITY && e->bCoord && strcmp(e->zCountry, zA3)==0
        && (!zAdm1 || !*zAdm1 || strcmp(e->zAdm1, zAdm1)==0) ) n++;
  }
  if( n<3 ) return 0;
  double *aLat = malloc(sizeof(double)*n*4);
  if( !aLat ) return 0;
  double *aLon = aLat+n, *aSLat = aLat+2*n, *aSLon = aLat+3*n;
  size_t k = 0;
  for(size_t i=0; i<g->nEnt && k<n; i++){
    const GazEntry *e = &g->aEnt[i];
    if( e->eKind==GAZ_CITY && e->bCoord && strcmp(e->zCountry, zA3)==0
        && (!zAdm1 || !*zAdm1 || strcmp(e->zAdm1, zAdm1)==0) ){
      aLat[k] = aSLat[k] = e->rLat; aLon[k] = aSLon[k] = e->rLon; k++;
    }
  }
  qsort(aSLat, n, sizeof(double), cmpDouble);
  qsort(aSLon, n, sizeof(double), cmpDouble);
  /* the towns in the named part: a third of the country's spread for one
  ** direction, the quarter beyond both medians for two ("northeastern"),
  ** the middle third both ways for "central"; their mean is the point */
  double rLat0 = -1e9, rLat1 = 1e9, rLon0 = -1e9, rLon1 = 1e9;
  int bTwo = (eDir & (GAZ_PART_N|GAZ_PART_S)) && (eDir & (GAZ_PART_E|GAZ_PART_W));
  double qLo = bTwo ? 0.5 : 1.0/3, qHi = bTwo ? 0.5 : 2.0/3;
  if( eDir & GAZ_PART_N ) rLat0 = quantile(aSLat, n, qHi);
  if( eDir & GAZ_PART_S ) rLat1 = quantile(aSLat, n, qLo);
  if( eDir & GAZ_PART_E ) rLon0 = quantile(aSLon, n, qHi);
  if( eDir & GAZ_PART_W ) rLon1 = quantile(aSLon, n, qLo);
  if( eDir & GAZ_PART_C ){
    rLat0 = quantile(aSLat, n, 1.0/3); rLat1 = quantile(aSLat, n, 2.0/3);
    rLon0 = quantile(aSLon, n, 1.0/3); rLon1 = quantile(aSLon, n, 2.0/3);
  }
  double rSLat = 0, rSLon = 0;
  size_t m = 0;
  for(size_t i=0; i<n; i++){
    if( aLat[i]<rLat0 || aLat[i]>rLat1 || aLon[i]<rLon0 || aLon[i]>rLon1 ) continue;
    rSLat += aLat[i]; rSLon += aLon[i]; m++;
  }
  free(aLat);
  if( m==0 ) return 0;
  *pLat = rSLat/(double)m; *pLon = rSLon/(double)m;
  return 1;
}
