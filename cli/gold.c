/*
** gold.c — the gold-file readers behind `brink eval` (see gold.h).
**
** Each reader turns its format into GoldRecords.  The files are untrusted:
** a whole file is read under a size cap, fields are copied into bounded
** buffers (an over-long field is reported and its record excluded, never
** truncated silently), and every message names the file and line.  Text is
** passed through brink_normalize() so the coder sees what `brink code`
** would.  The PLOVER reader uses jansson; the others are small hand-written
** scanners.
*/
#include "gold.h"
#include "cli.h"
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#define GOLD_MAXFILE (64u << 20)   /* a gold file over 64 MiB is refused */

/* ---- Small helpers ------------------------------------------------------ */

static void goldWarn(GoldSet *p, int iLine, const char *zFmt, ...){
  char zMsg[512];
  va_list ap;
  va_start(ap, zFmt);
  vsnprintf(zMsg, sizeof zMsg, zFmt, ap);
  va_end(ap);
  p->nWarn++;
  if( p->xDiag ) p->xDiag(p->pDiagArg, p->zFile, iLine, 0, zMsg);
}

/* Copy z[0..n) into a buffer of nBuf bytes.  Returns 0 if it does not fit. */
static int copyN(char *zBuf, size_t nBuf, const char *z, size_t n){
  if( n>=nBuf ){ if( nBuf ) zBuf[0] = 0; return 0; }
  memcpy(zBuf, z, n);
  zBuf[n] = 0;
  return 1;
}

/* Trim spaces from both ends of z[0..*pn); returns the new start. */
static const char *trimN(const char *z, size_t *pn){
  size_t n = *pn;
  while( n && isspace((unsigned char)z[0]) ){ z++; n--; }
  while( n && isspace((unsigned char)z[n-1]) ) n--;
  *pn = n;
  return z;
}

/* Read a whole file (at most GOLD_MAXFILE bytes) into a NUL-terminated
** malloc'd buffer.  Returns NULL with a message in zErr. */
static char *readWhole(const char *zPath, size_t *pn, char *zErr, size_t nErr){
  FILE *fp = fopen(zPath, "rb");
  if( !fp ){ snprintf(zErr, nErr, "%s: %s", zPath, strerror(errno)); return 0; }
  size_t cap = 65536, n = 0;
  char *z = malloc(cap);
  while( z ){
    if( n+1>=cap ){
      if( cap>=GOLD_MAXFILE ){
        snprintf(zErr, nErr, "%s: file is over the %u MiB limit for gold files", zPath, GOLD_MAXFILE>>20);
        free(z); fclose(fp); return 0;
      }
      char *zNew = realloc(z, cap*2);
      if( !zNew ){ free(z); z = 0; break; }
      z = zNew; cap *= 2;
    }
    size_t got = fread(z+n, 1, cap-1-n, fp);
    n += got;
    if( got==0 ) break;
  }
  if( !z ){ snprintf(zErr, nErr, "%s: out of memory", zPath); fclose(fp); return 0; }
  if( ferror(fp) ){ snprintf(zErr, nErr, "%s: read error", zPath); free(z); fclose(fp); return 0; }
  fclose(fp);
  z[n] = 0;
  if( pn ) *pn = n;
  return z;
}

/* zName resolved against the folder of zBase (unless absolute).  malloc'd. */
static char *resolvePath(const char *zBase, const char *zName){
  const char *zSlash = strrchr(zBase, '/');
  size_t nDir = (zName[0]=='/' || !zSlash) ? 0 : (size_t)(zSlash - zBase) + 1;
  size_t nName = strlen(zName);
  char *z = malloc(nDir + nName + 1);
  if( !z ) return 0;
  memcpy(z, zBase, nDir);
  memcpy(z+nDir, zName, nName+1);
  return z;
}

static int addDict(GoldSet *p, const char *zBase, const char *zName, size_t nName, int iLine){
  char zTmp[1024];
  zName = trimN(zName, &nName);
  if( nName==0 ) return 1;
  if( !copyN(zTmp, sizeof zTmp, zName, nName) ){
    goldWarn(p, iLine, "dictionary file name too long");
    return 1;
  }
  char **az = realloc(p->azDict, (size_t)(p->nDict+2)*sizeof(char*));
  if( !az ) return 0;
  p->azDict = az;
  az[p->nDict] = resolvePath(zBase, zTmp);
  if( !az[p->nDict] ) return 0;
  az[++p->nDict] = 0;
  if( !p->iDictLine ) p->iDictLine = iLine;
  return 1;
}

static GoldRecord *newRecord(GoldSet *p, int iLine){
  if( p->nRec==p->nAlloc ){
    int nNew = p->nAlloc ? p->nAlloc*2 : 64;
    GoldRecord *a = realloc(p->aRec, (size_t)nNew*sizeof *a);
    if( !a ) return 0;
    p->aRec = a;
    p->nAlloc = nNew;
  }
  GoldRecord *r = &p->aRec[p->nRec++];
  memset(r, 0, sizeof *r);
  r->iLine = iLine;
  return r;
}

static GoldEvent *newEvent(GoldRecord *r, int iLine){
  GoldEvent *a = realloc(r->aEv, (size_t)(r->nEv+1)*sizeof *a);
  if( !a ) return 0;
  r->aEv = a;
  GoldEvent *e = &a[r->nEv++];
  memset(e, 0, sizeof *e);
  e->iLine = iLine;
  return e;
}

static void exclude(GoldRecord *r, const char *zWhy){
  r->eExpect = GOLD_EXCLUDED;
  snprintf(r->zWhy, sizeof r->zWhy, "%s", zWhy);
}

/* Normalise and keep the record's text: runs of white space (line breaks
** inside a sentence, as the peer files wrap them) become one space, except
** that a blank line stays a paragraph break.  Returns 0 on out of memory. */
static int setText(GoldSet *p, GoldRecord *r, const char *z, size_t n){
  if( n>BRINK_MAX_STORY ){
    goldWarn(p, r->iLine, "record %s: text over the %u MiB story limit", r->zId, BRINK_MAX_STORY>>20);
    exclude(r, "text too long");
    return 1;
  }
  char *zTmp = malloc(n+1);
  if( !zTmp ) return 0;
  size_t m = 0;
  for(size_t i=0; i<n; ){
    if( isspace((unsigned char)z[i]) ){
      int nNl = 0;
      while( i<n && isspace((unsigned char)z[i]) ){ if( z[i]=='\n' ) nNl++; i++; }
      if( m ){
        if( nNl>=2 ){ zTmp[m++] = '\n'; zTmp[m++] = '\n'; }
        else zTmp[m++] = ' ';
      }
    }else{
      zTmp[m++] = z[i++];
    }
  }
  while( m && isspace((unsigned char)zTmp[m-1]) ) m--;
  zTmp[m] = 0;
  if( m==0 ){
    free(zTmp);
    exclude(r, "no text");
    return 1;
  }
  int rc = 0;
  size_t nOut = 0, iBad = 0;
  r->zText = brink_normalize(zTmp, m, &nOut, &rc, &iBad);
  free(zTmp);
  if( !r->zText ){
    if( rc==BRINK_ENOMEM ) return 0;
    goldWarn(p, r->iLine, "record %s: invalid UTF-8 in the text (byte %zu)", r->zId, iBad);
    exclude(r, "invalid UTF-8");
    return 1;
  }
  r->nText = nOut;
  return 1;
}

/* Parse a date (YYYY-MM-DD, YYYYMMDD, or TABARI's YYMMDD with years 50-99
** in the 1900s) into r->zDate.  Returns 0 if it is not a date. */
static int setDate(GoldRecord *r, const char *z, size_t n){
  char zBuf[32];
  z = trimN(z, &n);
  if( n==6 ){
    for(size_t i=0; i<6; i++) if( !isdigit((unsigned char)z[i]) ) return 0;
    int yy = (z[0]-'0')*10 + (z[1]-'0');
    snprintf(zBuf, sizeof zBuf, "%s%.6s", yy>=50 ? "19" : "20", z);
  }else if( !copyN(zBuf, sizeof zBuf, z, n) ){
    return 0;
  }
  int32_t iDay;
  if( brink_date_parse(zBuf, &iDay)!=BRINK_OK ) return 0;
  brink_date_format(iDay, r->zDate);
  return 1;
}

/* ---- Seed TSV ------------------------------------------------------------ */

/* Find "Any SRC->TGT event of roots LO-HI is a false positive" in the
** header comments (joined into one line). */
static void seedForbidRule(GoldSet *p, const char *zHead){
  const char *z = zHead;
  while( (z = strstr(z, "Any "))!=0 ){
    z += 4;
    char zSrc[16], zTgt[16];
    int lo, hi, nUsed = 0;
    if( sscanf(z, "%15[A-Z]->%15[A-Z] event of roots %d-%d is a false positive%n",
               zSrc, zTgt, &lo, &hi, &nUsed)==4 && nUsed>0 && lo>=1 && hi>=lo && hi<=20 ){
      p->bForbid = 1;
      snprintf(p->zForbidSrc, sizeof p->zForbidSrc, "%s", zSrc);
      snprintf(p->zForbidTgt, sizeof p->zForbidTgt, "%s", zTgt);
      p->iForbidLo = lo; p->iForbidHi = hi;
      return;
    }
  }
}

/* Split a TSV line in place into at most nMax fields. */
static int splitTabs(char *z, char **az, int nMax){
  int n = 0;
  az[n++] = z;
  for(; *z && n<nMax; z++){
    if( *z=='\t' ){ *z = 0; az[n++] = z+1; }
  }
  return n;
}

/* The story a seed gold file scores: X.gold.tsv -> X.jsonl, else the text
** file its header names ("Gold events for NAME (story date YYYY-MM-DD)"). */
static int seedStory(GoldSet *p, GoldRecord *r, const char *zHead, char *zErr, size_t nErr){
  char *zStory = 0;
  int eFmt = BRINK_FMT_JSONL;
  char zDate[16] = "";
  const char *zD = strstr(zHead, "story date ");
  if( zD ) sscanf(zD+11, "%10[0-9-]", zDate);
  if( cli_ends_with(p->zFile, ".gold.tsv", 0) ){
    size_t n = strlen(p->zFile) - 9;
    zStory = malloc(n + 7);
    if( !zStory ){ snprintf(zErr, nErr, "out of memory"); return -1; }
    memcpy(zStory, p->zFile, n);
    memcpy(zStory+n, ".jsonl", 7);
    FILE *fpTry = fopen(zStory, "rb");
    if( fpTry ) fclose(fpTry);
    else { free(zStory); zStory = 0; }
  }
  if( !zStory ){
    const char *zFor = strstr(zHead, "Gold events for ");
    char zName[256];
    if( zFor && sscanf(zFor+16, "%255[^ (\t]", zName)==1 ){
      zStory = resolvePath(p->zFile, zName);
      if( !zStory ){ snprintf(zErr, nErr, "out of memory"); return -1; }
      eFmt = cli_ends_with(zName, ".jsonl", 0) ? BRINK_FMT_JSONL : BRINK_FMT_TEXT;
    }
  }
  if( !zStory ){
    snprintf(zErr, nErr, "%s: no story found: expected %s beside it, or a header line "
             "'Gold events for FILE (story date YYYY-MM-DD)'", p->zFile,
             cli_ends_with(p->zFile, ".gold.tsv", 0) ? "X.jsonl for X.gold.tsv" : "a X.jsonl for X.gold.tsv");
    return -1;
  }
  if( eFmt==BRINK_FMT_TEXT && !zDate[0] ){
    snprintf(zErr, nErr, "%s: the header gives no '(story date YYYY-MM-DD)' for %s", p->zFile, zStory);
    free(zStory);
    return -1;
  }
  FILE *fp = fopen(zStory, "rb");
  if( !fp ){
    snprintf(zErr, nErr, "%s: cannot open its story %s: %s", p->zFile, zStory, strerror(errno));
    free(zStory);
    return -1;
  }
  brink_reader *pRd = brink_reader_new(fp, zStory, eFmt, zDate[0] ? zDate : 0);
  int rc = -1;
  if( !pRd ){ snprintf(zErr, nErr, "out of memory"); goto done; }
  brink_story s;
  int rr;
  while( (rr = brink_reader_next(pRd, &s))<0 ){
    goldWarn(p, 0, "%s", brink_reader_errmsg(pRd));
    if( rr==BRINK_EIO ) break;
  }
  if( rr!=BRINK_OK ){
    snprintf(zErr, nErr, "%s: its story file %s holds no readable story", p->zFile, zStory);
    goto done;
  }
  snprintf(r->zId, sizeof r->zId, "%s", s.zId ? s.zId : "story");
  snprintf(r->zDate, sizeof r->zDate, "%.10s", s.zDate ? s.zDate : zDate);
  r->zText = malloc(s.nText+1);
  if( !r->zText ){ snprintf(zErr, nErr, "out of memory"); goto done; }
  memcpy(r->zText, s.zText, s.nText);
  r->zText[s.nText] = 0;
  r->nText = s.nText;
  if( brink_reader_next(pRd, &s)==BRINK_OK ){
    goldWarn(p, 0, "%s holds more than one story; only the first (%s) is scored", zStory, r->zId);
  }
  rc = 0;
done:
  brink_reader_free(pRd);
  fclose(fp);
  free(zStory);
  return rc;
}

static int readSeed(GoldSet *p, char *zErr, size_t nErr){
  size_t n;
  char *zAll = readWhole(p->zFile, &n, zErr, nErr);
  if( !zAll ) return -1;
  char zHead[16384];
  size_t nHead = 0;
  zHead[0] = 0;
  GoldRecord *r = newRecord(p, 1);
  if( !r ){ free(zAll); snprintf(zErr, nErr, "out of memory"); return -1; }
  snprintf(r->zCategory, sizeof r->zCategory, "seed");
  int iLine = 0;
  char *zNext;
  for(char *zLine = zAll; zLine && *zLine; zLine = zNext){
    iLine++;
    zNext = strchr(zLine, '\n');
    if( zNext ) *zNext++ = 0;
    size_t nLine = strlen(zLine);
    if( nLine && zLine[nLine-1]=='\r' ) zLine[--nLine] = 0;
    if( zLine[0]=='#' ){
      /* join the header comments, one space between lines */
      const char *zc = zLine+1;
      while( *zc==' ' ) zc++;
      size_t nc = strlen(zc);
      if( nHead + nc + 2 < sizeof zHead ){
        memcpy(zHead+nHead, zc, nc);
        nHead += nc;
        zHead[nHead++] = ' ';
        zHead[nHead] = 0;
      }
      continue;
    }
    if( nLine==0 || strncmp(zLine, "id\t", 3)==0 ) continue;
    char *az[8];
    int nf = splitTabs(zLine, az, 8);
    if( nf<5 ){ goldWarn(p, iLine, "gold row has %d fields, wants at least 5 (id level source target codes)", nf); continue; }
    int bOpt;
    if( strcmp(az[1], "core")==0 ) bOpt = 0;
    else if( strcmp(az[1], "optional")==0 ) bOpt = 1;
    else { goldWarn(p, iLine, "level '%.40s' is neither core nor optional; row skipped", az[1]); continue; }
    GoldEvent *e = newEvent(r, iLine);
    if( !e ){ free(zAll); snprintf(zErr, nErr, "out of memory"); return -1; }
    e->bOptional = bOpt;
    if( !copyN(e->zSrc, sizeof e->zSrc, az[2], strlen(az[2]))
     || !copyN(e->zTgt, sizeof e->zTgt, az[3], strlen(az[3]))
     || !copyN(e->zCode, sizeof e->zCode, az[4], strlen(az[4])) ){
      goldWarn(p, iLine, "a field is over %d bytes; row skipped", GOLD_MAXALT-1);
      r->nEv--;
      continue;
    }
    for(const char *zc = e->zCode; *zc; zc++){
      if( !isdigit((unsigned char)*zc) && *zc!='|' ){
        goldWarn(p, iLine, "codes '%s' are not CAMEO code prefixes; row skipped", e->zCode);
        r->nEv--;
        e = 0;
        break;
      }
    }
    if( !e ) continue;
    char zNote[512];
    snprintf(zNote, sizeof zNote, "%s%s%s", az[0], nf>=7 ? ": " : "", nf>=7 ? az[6] : "");
    e->zNote = strdup(zNote);
  }
  free(zAll);
  if( r->nEv==0 ){
    snprintf(zErr, nErr, "%s: no gold rows (want: id level source target codes best evidence)", p->zFile);
    return -1;
  }
  seedForbidRule(p, zHead);
  return seedStory(p, r, zHead, zErr, nErr);
}

/* ---- PLOVER JSON ----------------------------------------------------------- */

/* PLOVER 0.5b1 names that the current ontology renamed or merged. */
static const char *ploverCurrent(const char *z){
  static const char *const azMap[][2] = {
    { "DEMAND", "REQUEST" }, { "DISAPPROVE", "ACCUSE" },
    { "FIGHT", "ASSAULT" }, { "INVESTIGATE", "ACCUSE" },
  };
  for(size_t i=0; i<sizeof azMap/sizeof azMap[0]; i++){
    if( strcmp(z, azMap[i][0])==0 ) return azMap[i][1];
  }
  return z;
}

/* Country codes the PLOVER gold spells in a non-ISO way. */
static const char *ploverCountry(const char *z){
  if( strcmp(z, "ITL")==0 ) return "ITA";
  if( strcmp(z, "JAP")==0 ) return "JPN";
  return z;
}

/* Line of each top-level array element's start, for messages (jansson does
** not keep positions of values). */
static int *elementLines(const char *z, int *pn){
  int n = 0, cap = 256, depth = 0, iLine = 1, bStr = 0;
  int *a = malloc((size_t)cap*sizeof(int));
  if( !a ) return 0;
  for(; *z; z++){
    if( *z=='\n' ) iLine++;
    if( bStr ){
      if( *z=='\\' && z[1] ){ if( z[1]=='\n' ) iLine++; z++; }
      else if( *z=='"' ) bStr = 0;
      continue;
    }
    if( *z=='"' ) bStr = 1;
    else if( *z=='[' || *z=='{' ){
      if( depth==1 ){
        if( n==cap ){
          int *aNew = realloc(a, (size_t)cap*2*sizeof(int));
          if( !aNew ){ free(a); return 0; }
          a = aNew; cap *= 2;
        }
        a[n++] = iLine;
      }
      depth++;
    }
    else if( *z==']' || *z=='}' ) depth--;
  }
  *pn = n;
  return a;
}

/* Actor list -> '|'-joined alternatives: zExact gets code+sector, each code
** passed through ploverCountry().  A missing or non-list value gives "".
** Returns the number of actors, or -1 if they do not fit. */
static int ploverActors(json_t *pList, char *zOut, size_t nOut){
  zOut[0] = 0;
  if( !json_is_array(pList) ) return 0;
  size_t i, m = 0;
  json_t *pA;
  int nActor = 0;
  json_array_foreach(pList, i, pA){
    const char *zCode = json_string_value(json_object_get(pA, "code"));
    const char *zSector = json_string_value(json_object_get(pA, "sector"));
    if( !zCode || !zCode[0] ) continue;
    zCode = ploverCountry(zCode);
    int k = snprintf(zOut+m, nOut-m, "%s%s%s", m ? "|" : "", zCode, zSector ? zSector : "");
    if( k<0 || (size_t)k>=nOut-m ) return -1;
    m += (size_t)k;
    nActor++;
  }
  return nActor;
}

static int readPlover(GoldSet *p, char *zErr, size_t nErr){
  size_t n;
  char *zAll = readWhole(p->zFile, &n, zErr, nErr);
  if( !zAll ) return -1;
  json_error_t err;
  json_t *pRoot = json_loadb(zAll, n, 0, &err);
  int nLine = 0;
  int *aLine = pRoot ? elementLines(zAll, &nLine) : 0;
  free(zAll);
  if( !pRoot ){
    snprintf(zErr, nErr, "%s:%d:%d: %s", p->zFile, err.line, err.column, err.text);
    return -1;
  }
  if( !json_is_array(pRoot) ){
    snprintf(zErr, nErr, "%s:1: PLOVER gold must be a JSON array of records", p->zFile);
    json_decref(pRoot); free(aLine);
    return -1;
  }
  size_t i;
  json_t *pRec;
  int rc = 0;
  json_array_foreach(pRoot, i, pRec){
    int iLine = (aLine && (int)i<nLine) ? aLine[i] : 0;
    GoldRecord *r = newRecord(p, iLine);
    if( !r ){ rc = -1; break; }
    if( !json_is_object(pRec) ){
      snprintf(r->zId, sizeof r->zId, "#%zu", i+1);
      goldWarn(p, iLine, "record %zu is not an object", i+1);
      exclude(r, "not an object");
      continue;
    }
    const char *zId = json_string_value(json_object_get(pRec, "id"));
    snprintf(r->zId, sizeof r->zId, "%s", zId ? zId : "");
    if( !zId ) snprintf(r->zId, sizeof r->zId, "#%zu", i+1);
    const char *zText = json_string_value(json_object_get(pRec, "text"));
    const char *zEvent = json_string_value(json_object_get(pRec, "event"));
    const char *zDate = json_string_value(json_object_get(pRec, "date"));
    if( !zText ){ exclude(r, "no text (a documentation record)"); continue; }
    if( !zEvent || !zEvent[0] ){
      goldWarn(p, iLine, "record %s has no \"event\"", r->zId);
      exclude(r, "no event type");
      continue;
    }
    if( !zDate || !setDate(r, zDate, strlen(zDate)) ){
      goldWarn(p, iLine, "record %s: \"date\" is missing or not a date", r->zId);
      exclude(r, "bad date");
      continue;
    }
    zEvent = ploverCurrent(zEvent);
    snprintf(r->zCategory, sizeof r->zCategory, "%s", zEvent);
    GoldEvent *e = newEvent(r, iLine);
    if( !e ){ rc = -1; break; }
    int nSrc = ploverActors(json_object_get(pRec, "source"), e->zSrc, sizeof e->zSrc);
    int nTgt = ploverActors(json_object_get(pRec, "target"), e->zTgt, sizeof e->zTgt);
    if( nSrc<0 || nTgt<0 || !copyN(e->zCode, sizeof e->zCode, zEvent, strlen(zEvent)) ){
      goldWarn(p, iLine, "record %s: actor or event field over %d bytes", r->zId, GOLD_MAXALT-1);
      exclude(r, "field too long");
      continue;
    }
    /* Compound actors with no target ("Hungarian and Romanian officials
    ** agreed"): each is the other's target. */
    if( nTgt==0 && nSrc>=2 ) memcpy(e->zTgt, e->zSrc, sizeof e->zTgt);
    if( !setText(p, r, zText, strlen(zText)) ){ rc = -1; break; }
  }
  json_decref(pRoot);
  free(aLine);
  if( rc ) snprintf(zErr, nErr, "out of memory");
  return rc;
}

/* ---- PETRARCH XML --------------------------------------------------------- */

/* Decode XML character entities of z[0..n) into zOut (nOut bytes).
** Returns 0 if the result does not fit. */
static int xmlDecode(const char *z, size_t n, char *zOut, size_t nOut){
  size_t m = 0;
  for(size_t i=0; i<n; ){
    char c = z[i];
    size_t nSkip = 1;
    if( c=='&' ){
      static const struct { const char *zName; char c; } aEnt[] = {
        {"amp;",'&'}, {"lt;",'<'}, {"gt;",'>'}, {"quot;",'"'}, {"apos;",'\''}
      };
      size_t k;
      for(k=0; k<sizeof aEnt/sizeof aEnt[0]; k++){
        size_t l = strlen(aEnt[k].zName);
        if( i+1+l<=n && memcmp(z+i+1, aEnt[k].zName, l)==0 ){ c = aEnt[k].c; nSkip = 1+l; break; }
      }
      if( k==sizeof aEnt/sizeof aEnt[0] && i+2<n && z[i+1]=='#' ){
        size_t j = i+2;
        int bHex = (z[j]=='x' || z[j]=='X');
        if( bHex ) j++;
        unsigned long v = 0;
        size_t j0 = j;
        while( j<n && j-j0<8 && isxdigit((unsigned char)z[j]) && (bHex || isdigit((unsigned char)z[j])) ){
          v = v*(bHex?16:10) + (unsigned long)(isdigit((unsigned char)z[j]) ? z[j]-'0' : (tolower((unsigned char)z[j])-'a'+10));
          j++;
        }
        if( j>j0 && j<n && z[j]==';' && v>0 && v<0x110000 ){
          /* UTF-8 encode */
          unsigned char u[4]; int nu;
          if( v<0x80 ){ u[0]=(unsigned char)v; nu=1; }
          else if( v<0x800 ){ u[0]=(unsigned char)(0xC0|(v>>6)); u[1]=(unsigned char)(0x80|(v&0x3F)); nu=2; }
          else if( v<0x10000 ){ u[0]=(unsigned char)(0xE0|(v>>12)); u[1]=(unsigned char)(0x80|((v>>6)&0x3F)); u[2]=(unsigned char)(0x80|(v&0x3F)); nu=3; }
          else { u[0]=(unsigned char)(0xF0|(v>>18)); u[1]=(unsigned char)(0x80|((v>>12)&0x3F)); u[2]=(unsigned char)(0x80|((v>>6)&0x3F)); u[3]=(unsigned char)(0x80|(v&0x3F)); nu=4; }
          if( m+(size_t)nu>=nOut ) return 0;
          memcpy(zOut+m, u, (size_t)nu);
          m += (size_t)nu;
          i = j+1;
          continue;
        }
      }
    }
    if( m+1>=nOut ) return 0;
    zOut[m++] = c;
    i += nSkip;
  }
  zOut[m] = 0;
  return 1;
}

/* One parsed tag. */
#define XML_MAXATTR 16
typedef struct XmlTag {
  char zName[64];
  int bClose, bSelfClose;
  int nAttr;
  char azName[XML_MAXATTR][64];
  char azValue[XML_MAXATTR][GOLD_MAXALT];
} XmlTag;

/* Parse the tag at z (just past '<') up to its '>'.  Returns the number of
** bytes consumed (past the '>'), or 0 on a malformed tag (message in
** zWhy). */
static size_t xmlTag(const char *z, XmlTag *t, char *zWhy, size_t nWhy, int *pnNl){
  const char *z0 = z;
  memset(t, 0, sizeof *t);
  if( *z=='/' ){ t->bClose = 1; z++; }
  size_t n = 0;
  while( isalnum((unsigned char)z[n]) || z[n]=='_' || z[n]=='-' || z[n]==':' || z[n]=='.' ) n++;
  if( n==0 ){ snprintf(zWhy, nWhy, "malformed tag"); return 0; }
  if( !copyN(t->zName, sizeof t->zName, z, n) ){ snprintf(zWhy, nWhy, "tag name too long"); return 0; }
  z += n;
  for(;;){
    while( isspace((unsigned char)*z) ){ if( *z=='\n' ) (*pnNl)++; z++; }
    if( *z=='>' ) return (size_t)(z+1-z0);
    if( *z=='/' && z[1]=='>' ){ t->bSelfClose = 1; return (size_t)(z+2-z0); }
    if( !*z ){ snprintf(zWhy, nWhy, "unterminated <%s> tag", t->zName); return 0; }
    n = 0;
    while( z[n] && !isspace((unsigned char)z[n]) && z[n]!='=' && z[n]!='>' && z[n]!='/' ) n++;
    if( n==0 ){ snprintf(zWhy, nWhy, "malformed attribute in <%s>", t->zName); return 0; }
    const char *zAttr = z;
    size_t nAttr = n;
    z += n;
    while( isspace((unsigned char)*z) ){ if( *z=='\n' ) (*pnNl)++; z++; }
    const char *zVal = "";
    size_t nVal = 0;
    if( *z=='=' ){
      z++;
      while( isspace((unsigned char)*z) ){ if( *z=='\n' ) (*pnNl)++; z++; }
      if( *z=='"' || *z=='\'' ){
        char q = *z++;
        const char *zEnd = strchr(z, q);
        if( !zEnd ){ snprintf(zWhy, nWhy, "unterminated attribute value in <%s>", t->zName); return 0; }
        for(const char *zc=z; zc<zEnd; zc++) if( *zc=='\n' ) (*pnNl)++;
        zVal = z; nVal = (size_t)(zEnd-z);
        z = zEnd+1;
      }else{
        zVal = z;
        while( z[nVal] && !isspace((unsigned char)z[nVal]) && z[nVal]!='>' ) nVal++;
        z += nVal;
      }
    }
    if( t->nAttr<XML_MAXATTR ){
      if( !copyN(t->azName[t->nAttr], sizeof t->azName[0], zAttr, nAttr)
       || !xmlDecode(zVal, nVal, t->azValue[t->nAttr], sizeof t->azValue[0]) ){
        snprintf(zWhy, nWhy, "attribute of <%s> too long", t->zName);
        return 0;
      }
      t->nAttr++;
    }
  }
}

static const char *xmlAttr(const XmlTag *t, const char *zName){
  for(int i=0; i<t->nAttr; i++) if( strcmp(t->azName[i], zName)==0 ) return t->azValue[i];
  return 0;
}

/* Trim and strip one layer of quotes: PETRARCH writes unresolved actor text
** as '"INJURY TOLL"'. */
static void copyCode(char *zOut, size_t nOut, const char *z){
  size_t n = strlen(z);
  z = trimN(z, &n);
  copyN(zOut, nOut, z, n<nOut ? n : nOut-1);
}

/* The PETRARCH reader's state while it walks the XML. */
typedef struct PetrReader {
  GoldSet *p;
  XmlTag *t;                /* the tag just parsed (malloc'd: it is big) */
  int iLine;
  int bEnv, bSentences;     /* inside <Environment>, <Sentences> */
  GoldRecord *r;            /* the <Sentence> being read */
  int bCoding;              /* it had an <EventCoding> */
  const char *zCapture;     /* start of the text of <Text> or an <Environment> child */
  int iCaptureLine;
  char zCapTag[64];
  char zInclude[2048];
  int bInclude;
} PetrReader;

/* The end of a captured element: the record's text, the <Include> list or
** an <Environment> file list.  Returns 0, or -1 when out of memory. */
static int petrCaptured(PetrReader *x, const char *zLt){
  GoldSet *p = x->p;
  GoldRecord *r = x->r;
  const char *zName = x->t->zName, *zCapture = x->zCapture;
  /* end of a captured element: zCapture..zLt is its content */
  size_t nc = (size_t)(zLt - zCapture);
  if( r && strcmp(zName, "Text")==0 ){
    char *zDec = malloc(nc+1);
    if( !zDec ) return -1;
    xmlDecode(zCapture, nc, zDec, nc+1);
    if( !r->zText && !setText(p, r, zDec, strlen(zDec)) ){ free(zDec); return -1; }
    free(zDec);
  }else if( strcmp(zName, "Include")==0 ){
    if( !xmlDecode(zCapture, nc, x->zInclude, sizeof x->zInclude) ) goldWarn(p, x->iCaptureLine, "<Include> too long; ignored");
    else x->bInclude = 1;
  }else{
    char zList[2048];
    if( !xmlDecode(zCapture, nc, zList, sizeof zList) ){
      goldWarn(p, x->iCaptureLine, "<%s> too long; ignored", zName);
    }else{
      /* PETRARCH allows a comma-separated list of files */
      for(char *zf = zList; zf; ){
        char *zComma = strchr(zf, ',');
        if( zComma ) *zComma = 0;
        if( !addDict(p, p->zFile, zf, strlen(zf), x->iCaptureLine) ) return -1;
        zf = zComma ? zComma+1 : 0;
      }
    }
  }
  x->zCapture = 0;
  return 0;
}

/* <Sentence> begins a record (its id, category and date), </Sentence>
** checks it is complete.  Returns 0, or -1 when out of memory. */
static int petrSentence(PetrReader *x, int iTagLine){
  GoldSet *p = x->p;
  const XmlTag *t = x->t;
  GoldRecord *r = x->r;
  if( t->bClose ){
    if( r && r->eExpect!=GOLD_EXCLUDED ){
      if( !x->bCoding ){ goldWarn(p, r->iLine, "record %s has no <EventCoding>", r->zId); exclude(r, "no <EventCoding>"); }
      else if( !r->zText ){ goldWarn(p, r->iLine, "record %s has no <Text>", r->zId); exclude(r, "no text"); }
    }
    x->r = 0;
    return 0;
  }
  if( r ) goldWarn(p, iTagLine, "<Sentence> inside <Sentence> %s (no </Sentence>)", r->zId);
  if( r && !x->bCoding && r->eExpect!=GOLD_EXCLUDED ) exclude(r, "no <EventCoding>");
  r = x->r = newRecord(p, iTagLine);
  if( !r ) return -1;
  x->bCoding = 0;
  r->eExpect = GOLD_NONE;
  const char *zId = xmlAttr(t, "id"), *zDate = xmlAttr(t, "date"), *zCat = xmlAttr(t, "category");
  snprintf(r->zId, sizeof r->zId, "%s", zId ? zId : "?");
  snprintf(r->zCategory, sizeof r->zCategory, "%s", zCat ? zCat : "");
  if( !zId ) goldWarn(p, iTagLine, "<Sentence> without id");
  if( !zDate || !setDate(r, zDate, strlen(zDate)) ){
    goldWarn(p, iTagLine, "record %s: date '%s' is not a date", r->zId, zDate ? zDate : "");
    exclude(r, "bad date");
  }
  return 0;
}

/* <EventCoding>: an expected event of the record, its no-event marker or
** its error mark.  Returns 0, or -1 when out of memory. */
static int petrCoding(PetrReader *x, int iTagLine){
  GoldSet *p = x->p;
  const XmlTag *t = x->t;
  GoldRecord *r = x->r;
  x->bCoding = 1;
  const char *zE = xmlAttr(t, "error");
  if( zE ){
    char zW[GOLD_MAXWHY];
    snprintf(zW, sizeof zW, "error record (%.100s)", zE);
    if( r->eExpect!=GOLD_EXCLUDED ) exclude(r, zW);
    return 0;
  }
  const char *zNo = xmlAttr(t, "noevents");
  if( zNo ) return 0;    /* GOLD_NONE stays unless events are listed */
  const char *zS = xmlAttr(t, "sourcecode"), *zT = xmlAttr(t, "targetcode"), *zC = xmlAttr(t, "eventcode");
  if( !zS || !zT || !zC ){
    goldWarn(p, iTagLine, "record %s: <EventCoding> lacks sourcecode, targetcode or eventcode", r->zId);
    return 0;
  }
  if( r->eExpect==GOLD_EXCLUDED ) return 0;
  GoldEvent *e = newEvent(r, iTagLine);
  if( !e ) return -1;
  copyCode(e->zSrc, sizeof e->zSrc, zS);
  copyCode(e->zTgt, sizeof e->zTgt, zT);
  copyCode(e->zCode, sizeof e->zCode, zC);
  r->eExpect = GOLD_EVENTS;
  return 0;
}

/* Act on the tag just parsed, which began at zLt (line iTagLine) and ends
** before z.  Returns 0 to go on, 1 to stop reading (<Stop>), -1 when out
** of memory. */
static int petrTag(PetrReader *x, const char *z, const char *zLt, int iTagLine){
  GoldSet *p = x->p;
  const XmlTag *t = x->t;
  const char *zName = t->zName;
  if( x->zCapture && t->bClose && strcmp(zName, x->zCapTag)==0 ) return petrCaptured(x, zLt);
  if( x->zCapture ) return 0;   /* markup inside captured text: ignored */
  if( strcmp(zName, "Environment")==0 ){ x->bEnv = !t->bClose; return 0; }
  if( strcmp(zName, "Sentences")==0 ){ x->bSentences = !t->bClose; return 0; }
  if( strcmp(zName, "Stop")==0 && !t->bClose && x->bSentences ) return 1;  /* PETRARCH stops here */
  if( x->bEnv && !t->bClose && !t->bSelfClose
   && (strcmp(zName, "Verbfile")==0 || strcmp(zName, "Actorfile")==0 || strcmp(zName, "Agentfile")==0
    || strcmp(zName, "Discardfile")==0 || strcmp(zName, "Issuefile")==0 || strcmp(zName, "Include")==0) ){
    x->zCapture = z; x->iCaptureLine = iTagLine;
    snprintf(x->zCapTag, sizeof x->zCapTag, "%s", zName);
    if( !p->zDictFrom ) p->zDictFrom = strdup(p->zFile);
    return 0;
  }
  if( strcmp(zName, "Sentence")==0 ) return petrSentence(x, iTagLine);
  if( !x->r ) return 0;
  if( strcmp(zName, "EventCoding")==0 && !t->bClose ) return petrCoding(x, iTagLine);
  if( strcmp(zName, "Text")==0 && !t->bClose && !t->bSelfClose ){
    x->zCapture = z; x->iCaptureLine = iTagLine;
    snprintf(x->zCapTag, sizeof x->zCapTag, "Text");
  }
  return 0;
}

/* Walk the XML in zAll: skip comments, processing instructions, CDATA and
** declarations, and hand each tag to petrTag.  Returns 0, or -1 when out
** of memory. */
static int petrScan(PetrReader *x, const char *zAll){
  GoldSet *p = x->p;
  const char *z = zAll;
  while( *z ){
    if( *z=='\n' ){ x->iLine++; z++; continue; }
    if( *z!='<' ){ z++; continue; }
    const char *zLt = z;
    if( strncmp(z, "<!--", 4)==0 || strncmp(z, "<?", 2)==0 || strncmp(z, "<![CDATA[", 9)==0 || strncmp(z, "<!", 2)==0 ){
      const char *zEnd = strncmp(z, "<!--", 4)==0 ? "-->" : strncmp(z, "<?", 2)==0 ? "?>"
                       : strncmp(z, "<![CDATA[", 9)==0 ? "]]>" : ">";
      const char *zE = strstr(z+2, zEnd);
      if( !zE ){ goldWarn(p, x->iLine, "unterminated %.4s", z); break; }
      for(const char *zc=z; zc<zE; zc++) if( *zc=='\n' ) x->iLine++;
      z = zE + strlen(zEnd);
      continue;
    }
    int iTagLine = x->iLine, nNl = 0;
    char zWhy[128];
    size_t nTag = xmlTag(z+1, x->t, zWhy, sizeof zWhy, &nNl);
    if( nTag==0 ){
      goldWarn(p, x->iLine, "%s", zWhy);
      z++;
      continue;
    }
    z += 1 + nTag;
    x->iLine += nNl;
    int rc = petrTag(x, z, zLt, iTagLine);
    if( rc<0 ) return -1;
    if( rc>0 ) break;
  }
  return 0;
}

/* After the last tag: a record left open, and the categories <Include>
** leaves out. */
static void petrFinish(PetrReader *x){
  GoldSet *p = x->p;
  GoldRecord *r = x->r;
  if( r ) goldWarn(p, r->iLine, "record %s: no </Sentence> before the end of the file", r->zId);
  if( r && !r->zText && r->eExpect!=GOLD_EXCLUDED ) exclude(r, "no text");
  /* PETRARCH codes only the categories its <Include> lists. */
  if( x->bInclude ){
    for(int i=0; i<p->nRec; i++){
      GoldRecord *q = &p->aRec[i];
      if( q->eExpect==GOLD_EXCLUDED ) continue;
      char zPad[GOLD_MAXID+2];
      char zList[sizeof x->zInclude + 2];
      snprintf(zPad, sizeof zPad, " %s ", q->zCategory);
      snprintf(zList, sizeof zList, " %s ", x->zInclude);
      for(char *zc = zList; *zc; zc++) if( isspace((unsigned char)*zc) ) *zc = ' ';
      if( !strstr(zList, zPad) ) exclude(q, "category not in <Include>");
    }
  }
}

static int readPetrarch(GoldSet *p, char *zErr, size_t nErr){
  size_t n;
  char *zAll = readWhole(p->zFile, &n, zErr, nErr);
  if( !zAll ) return -1;
  PetrReader x;
  memset(&x, 0, sizeof x);
  x.p = p;
  x.iLine = 1;
  x.t = malloc(sizeof *x.t);
  if( !x.t ){ free(zAll); snprintf(zErr, nErr, "out of memory"); return -1; }
  int rc = petrScan(&x, zAll);
  free(x.t);
  free(zAll);
  if( rc ){ snprintf(zErr, nErr, "out of memory"); return -1; }
  petrFinish(&x);
  if( p->nRec==0 ){
    snprintf(zErr, nErr, "%s: no <Sentence> records found", p->zFile);
    return -1;
  }
  return 0;
}

/* ---- TABARI validation text ---------------------------------------------- */

/* Does the line start a record ("YYMMDD ID" or "YYYYMMDD ID")? */
static int tabariHeader(const char *z){
  int n = 0;
  while( isdigit((unsigned char)z[n]) ) n++;
  if( n<6 || n>9 || (z[n]!=' ' && z[n]!='\t') ) return 0;
  while( z[n]==' ' || z[n]=='\t' ) n++;
  return z[n] && !isspace((unsigned char)z[n]);
}

/* Keep the text after "OPTION:" of z[0..n) on r's list of options. */
static int tabariOption(GoldRecord *r, const char *z, size_t n){
  const char *e = z + n;
  for(const char *q=z; q+1<e; q++) if( q[0]=='*' && q[1]=='/' ){ e = q; break; }   /* unclosed: stop at the comment's end */
  z += 7;
  size_t m = (size_t)(e - z);
  z = trimN(z, &m);
  size_t nOld = r->zOptions ? strlen(r->zOptions) : 0;
  char *zNew = realloc(r->zOptions, nOld + m + 2);
  if( !zNew ) return 0;
  if( nOld ) zNew[nOld++] = '\n';
  memcpy(zNew+nOld, z, m); zNew[nOld+m] = 0;
  r->zOptions = zNew;
  return 1;
}

/* Read the expectations in one comment block into r. */
static int tabariExpect(GoldSet *p, GoldRecord *r, const char *z, size_t n, int iLine){
  int bNone = 0, bOption = 0, bAny = 0;
  for(size_t i=0; i<n; i++){
    if( z[i]=='\n' ){ iLine++; continue; }
    if( z[i]!='{' ) continue;
    size_t j = i+1;
    while( j<n && z[j]!='}' && z[j]!='{' ) j++;
    if( j>=n || z[j]!='}' ){
      /* TABARI's own file leaves some OPTION blocks unclosed */
      size_t nc = j-i-1;
      const char *zc = trimN(z+i+1, &nc);
      if( nc>=7 && memcmp(zc, "OPTION:", 7)==0 ){ bOption = 1; if( !tabariOption(r, zc, nc) ) return 0; }
      else goldWarn(p, iLine, "record %s: '{' without '}'", r->zId);
      continue;
    }
    int bOff = i>0 && z[i-1]=='-';          /* -{ ... } is deactivated */
    size_t nb = j-i-1;
    const char *zb = trimN(z+i+1, &nb);
    int iAt = iLine;
    for(size_t k=i; k<j; k++) if( z[k]=='\n' ) iLine++;
    i = j;
    if( bOff || nb==0 ) continue;
    if( (nb==3 && (memcmp(zb, "---", 3)==0 || memcmp(zb, "###", 3)==0 || memcmp(zb, "+++", 3)==0)) ){
      bNone = 1; bAny = 1;
      continue;
    }
    if( memchr(zb, ':', nb) ){
      bOption = 1;
      if( nb>=7 && memcmp(zb, "OPTION:", 7)==0 && !tabariOption(r, zb, nb) ) return 0;
      continue;
    }
    const char *zS1 = memchr(zb, '/', nb);
    const char *zS2 = zS1 ? memchr(zS1+1, '/', nb - (size_t)(zS1+1-zb)) : 0;
    if( !zS2 || memchr(zS2+1, '/', nb - (size_t)(zS2+1-zb)) ){
      goldWarn(p, iAt, "record %s: expectation '{%.*s}' is not { SRC / TGT / CODE }", r->zId, (int)(nb<60?nb:60), zb);
      continue;
    }
    GoldEvent *e = newEvent(r, iAt);
    if( !e ) return 0;
    size_t a = (size_t)(zS1-zb), b = (size_t)(zS2-zS1-1), c = nb - (size_t)(zS2+1-zb);
    const char *za = trimN(zb, &a), *zbb = trimN(zS1+1, &b), *zc = trimN(zS2+1, &c);
    if( !copyN(e->zSrc, sizeof e->zSrc, za, a) || !copyN(e->zTgt, sizeof e->zTgt, zbb, b)
     || !copyN(e->zCode, sizeof e->zCode, zc, c) ){
      goldWarn(p, iAt, "record %s: expectation field too long", r->zId);
      r->nEv--;
      continue;
    }
    bAny = 1;
  }
  if( bOption && r->nEv==0 && !bNone ){ exclude(r, "an OPTION record (changes TABARI settings)"); return 1; }
  if( !bAny ){ exclude(r, "no expected events given"); return 1; }
  if( r->nEv ){
    if( bNone ) goldWarn(p, r->iLine, "record %s: both events and a no-event marker; the events are used", r->zId);
    r->eExpect = GOLD_EVENTS;
  }else{
    r->eExpect = GOLD_NONE;
  }
  return 1;
}

/* Read X.project (the one named, or the one beside X.text): its
** dictionaries, and the text file it names.  Returns the text file path
** (malloc'd) or NULL with zErr set.  zText may already be known. */
static char *tabariProject(GoldSet *p, const char *zProject, const char *zText, char *zErr, size_t nErr){
  size_t n;
  char *zAll = readWhole(zProject, &n, zErr, nErr);
  if( !zAll ) return 0;
  char *zTextFile = zText ? strdup(zText) : 0;
  int iLine = 0;
  p->zDictFrom = strdup(zProject);
  char *zNext;
  for(char *zLine = zAll; zLine && *zLine; zLine = zNext){
    iLine++;
    zNext = strchr(zLine, '\n');
    if( zNext ) *zNext++ = 0;
    static const char *const azKey[] = { "<actorsfile>", "<verbsfile>", "<agentsfile>", "<textfile>", "<optionsfile>" };
    for(size_t k=0; k<sizeof azKey/sizeof azKey[0]; k++){
      size_t nk = strlen(azKey[k]);
      if( strncmp(zLine, azKey[k], nk)!=0 ) continue;
      const char *zv = zLine+nk;
      size_t nv = strlen(zv);
      zv = trimN(zv, &nv);
      if( k<3 ){
        /* swap the file name for the project's, so it resolves beside it */
        const char *zSave = p->zFile;
        p->zFile = (char*)zProject;
        int ok = addDict(p, zProject, zv, nv, iLine);
        p->zFile = (char*)zSave;
        if( !ok ){ free(zAll); free(zTextFile); snprintf(zErr, nErr, "out of memory"); return 0; }
      }else if( k==4 ){
        /* TABARI's options file: its lines go to the coder (cmd_eval) */
        char zName[1024];
        if( nv && copyN(zName, sizeof zName, zv, nv) ){
          char *zPath = resolvePath(zProject, zName);
          size_t nOpt;
          char zE[256];
          free(p->zOptions);
          p->zOptions = zPath ? readWhole(zPath, &nOpt, zE, sizeof zE) : 0;
          if( zPath && !p->zOptions ) goldWarn(p, iLine, "%s", zE);
          free(zPath);
        }
      }else if( !zTextFile && nv ){
        char zName[1024];
        if( copyN(zName, sizeof zName, zv, nv) ) zTextFile = resolvePath(zProject, zName);
      }
    }
  }
  free(zAll);
  if( !zTextFile ) snprintf(zErr, nErr, "%s: names no <textfile>", zProject);
  if( p->nDict==0 ) goldWarn(p, 0, "%s names no <actorsfile>, <verbsfile> or <agentsfile>", zProject);
  return zTextFile;
}

/* Find the project: X.project when that is the file given (the text file
** is then the one it names), else the X.project beside X.text, if any.
** Returns 0, or -1 with zErr set. */
static int tabariFindProject(GoldSet *p, char *zErr, size_t nErr){
  char *zText = 0;
  if( cli_ends_with(p->zFile, ".project", 0) ){
    zText = tabariProject(p, p->zFile, 0, zErr, nErr);
    if( !zText ) return -1;
    free(p->zFile);
    p->zFile = zText;
  }else{
    /* X.text (or X.anything) -> X.project, when there is one */
    const char *zDot = strrchr(p->zFile, '.');
    const char *zSlash = strrchr(p->zFile, '/');
    size_t nStem = (zDot && (!zSlash || zDot>zSlash)) ? (size_t)(zDot-p->zFile) : strlen(p->zFile);
    char *zProj = malloc(nStem + 9);
    if( !zProj ){ snprintf(zErr, nErr, "out of memory"); return -1; }
    memcpy(zProj, p->zFile, nStem);
    memcpy(zProj+nStem, ".project", 9);
    FILE *fp = fopen(zProj, "rb");
    if( fp ){
      fclose(fp);
      char *zT = tabariProject(p, zProj, p->zFile, zErr, nErr);
      if( !zT ){ free(zProj); return -1; }
      free(zT);
    }else{
      goldWarn(p, 0, "no %s beside it: pass the dictionaries with --dict", zProj);
    }
    free(zProj);
  }
  return 0;
}

/* Begin the record whose header line is at z (line iLine): its id,
** category and date.  Returns 0 with *ppR set, 1 at the FINAL record,
** -1 when out of memory. */
static int tabariStart(GoldSet *p, const char *z, int iLine, GoldRecord **ppR){
  /* "YYMMDD  ID [more]" */
  size_t nDate = 0;
  while( isdigit((unsigned char)z[nDate]) ) nDate++;
  const char *zId = z+nDate;
  while( *zId==' ' || *zId=='\t' ) zId++;
  size_t nId = 0;
  while( zId[nId] && !isspace((unsigned char)zId[nId]) ) nId++;
  if( nId>=5 && strncmp(zId, "FINAL", 5)==0 ) return 1;   /* end of the standard records */
  GoldRecord *r = newRecord(p, iLine);
  if( !r ) return -1;
  r->eExpect = GOLD_NONE;
  if( !copyN(r->zId, sizeof r->zId, zId, nId) ){
    goldWarn(p, iLine, "record id too long");
    snprintf(r->zId, sizeof r->zId, "line%d", iLine);
    exclude(r, "id too long");
  }
  const char *zDash = strchr(r->zId, '-');
  snprintf(r->zCategory, sizeof r->zCategory, "%.*s", zDash ? (int)(zDash-r->zId) : (int)strlen(r->zId), r->zId);
  if( !setDate(r, z, nDate) ){
    goldWarn(p, iLine, "record %s: '%.*s' is not a date (YYMMDD or YYYYMMDD)", r->zId, (int)nDate, z);
    exclude(r, "bad date");
  }
  *ppR = r;
  return 0;
}

/* Where a record's text and its comment block lie. */
typedef struct TabariSpan {
  const char *zTextStart, *zTextEnd;
  const char *zCom, *zComEnd;   /* inside the comment; NULL when it is missing or not closed */
} TabariSpan;

/* Find the text and the comment block of the record whose text begins at
** z, counting lines in *piLine.  Returns where the scan stopped: the next
** record's header, the line after the comment, or the end. */
static char *tabariSpan(char *z, int *piLine, TabariSpan *s){
  /* The text runs to the comment opener, the comment to its closer; a new
  ** record header ends both. */
  const char *zTextStart = z, *zTextEnd = 0, *zCom = 0, *zComEnd = 0;
  while( *z ){
    char *zEol = strchr(z, '\n');
    char *zNext = zEol ? zEol+1 : z+strlen(z);
    if( !zCom && tabariHeader(z) ) break;
    (*piLine)++;
    if( !zCom ){
      char *zOpen = strstr(z, "/*");
      if( zOpen && (!zEol || zOpen<zEol) ){ zTextEnd = zOpen; zCom = zOpen+2; }
    }
    if( zCom ){
      const char *zFrom = zCom>z ? zCom : z;
      const char *zClose = strstr(zFrom, "*/");
      if( zClose && (!zEol || zClose<zEol) ){ zComEnd = zClose; z = zNext; break; }
    }
    z = zNext;
  }
  if( !zTextEnd ) zTextEnd = z;
  s->zTextStart = zTextStart; s->zTextEnd = zTextEnd;
  s->zCom = zCom; s->zComEnd = zComEnd;
  return z;
}

/* Read the record's expected events from its comment block and keep its
** text; without a closed block it is excluded.  Returns 0 to go on, 1 to
** stop (the comment ran to the end of the file), -1 when out of memory. */
static int tabariFill(GoldSet *p, GoldRecord *r, const TabariSpan *s, int iRecLine){
  if( r->eExpect==GOLD_EXCLUDED ) return 0;
  if( !s->zCom || !s->zComEnd ){
    goldWarn(p, iRecLine, "record %s: no /* ... */ block with the expected events", r->zId);
    exclude(r, "no expectation block");
    if( s->zCom && !s->zComEnd ) return 1;   /* the comment ran to the end of the file */
    return 0;
  }
  if( !tabariExpect(p, r, s->zCom, (size_t)(s->zComEnd-s->zCom), iRecLine) ) return -1;
  if( r->eExpect!=GOLD_EXCLUDED && !setText(p, r, s->zTextStart, (size_t)(s->zTextEnd-s->zTextStart)) ) return -1;
  return 0;
}

static int readTabari(GoldSet *p, char *zErr, size_t nErr){
  if( tabariFindProject(p, zErr, nErr) ) return -1;
  size_t n;
  char *zAll = readWhole(p->zFile, &n, zErr, nErr);
  if( !zAll ) return -1;
  int iLine = 0, rc = 0;
  char *z = zAll;
  while( *z ){
    iLine++;
    char *zEol = strchr(z, '\n');
    char *zNext = zEol ? zEol+1 : z+strlen(z);
    if( !tabariHeader(z) ){ z = zNext; continue; }
    GoldRecord *r = 0;
    int e = tabariStart(p, z, iLine, &r);
    if( e ){ rc = e<0 ? -1 : 0; break; }
    int iRecLine = iLine;
    TabariSpan span;
    z = tabariSpan(zNext, &iLine, &span);
    e = tabariFill(p, r, &span, iRecLine);
    if( e ){ rc = e<0 ? -1 : 0; break; }
  }
  free(zAll);
  if( rc ){ snprintf(zErr, nErr, "out of memory"); return -1; }
  if( p->nRec==0 ){ snprintf(zErr, nErr, "%s: no TABARI records ('YYMMDD ID' lines) found", p->zFile); return -1; }
  return 0;
}

/* ---- Public --------------------------------------------------------------- */

static const char *const azFmtName[] = { "auto", "seed", "plover", "petrarch", "tabari" };

const char *gold_format_name(int e){
  return (e>=0 && e<(int)(sizeof azFmtName/sizeof azFmtName[0])) ? azFmtName[e] : "?";
}

int gold_format_parse(const char *z){
  for(int i=0; i<(int)(sizeof azFmtName/sizeof azFmtName[0]); i++) if( strcmp(z, azFmtName[i])==0 ) return i;
  return -1;
}

int gold_detect(const char *zFile){
  if( cli_ends_with(zFile, ".tsv", 0) ) return GOLD_SEED;
  if( cli_ends_with(zFile, ".json", 0) ) return GOLD_PLOVER;
  if( cli_ends_with(zFile, ".xml", 0) ) return GOLD_PETRARCH;
  if( cli_ends_with(zFile, ".project", 0) ) return GOLD_TABARI;
  /* by content: the first non-blank bytes */
  FILE *fp = fopen(zFile, "rb");
  if( !fp ) return GOLD_AUTO;
  char zBuf[4096];
  size_t n = fread(zBuf, 1, sizeof zBuf - 1, fp);
  fclose(fp);
  zBuf[n] = 0;
  const char *z = zBuf;
  while( isspace((unsigned char)*z) ) z++;
  if( *z=='[' ) return GOLD_PLOVER;
  if( *z=='<' && strstr(zBuf, "<Validation") ) return GOLD_PETRARCH;
  if( strstr(zBuf, "\nid\tlevel\t") || strncmp(zBuf, "# Gold events", 13)==0 ) return GOLD_SEED;
  /* TABARI: a "YYMMDD ID" line somewhere near the top */
  for(const char *zl = zBuf; zl; zl = strchr(zl, '\n')){
    if( *zl=='\n' ) zl++;
    if( tabariHeader(zl) ) return GOLD_TABARI;
  }
  return GOLD_AUTO;
}

int gold_read(const char *zFile, int eFormat, brink_diag_fn xDiag, void *pDiagArg,
              GoldSet *p, char *zErr, size_t nErr){
  memset(p, 0, sizeof *p);
  p->xDiag = xDiag;
  p->pDiagArg = pDiagArg;
  p->zFile = strdup(zFile);
  if( !p->zFile ){ snprintf(zErr, nErr, "out of memory"); return -1; }
  FILE *fp = fopen(zFile, "rb");
  if( !fp ){ snprintf(zErr, nErr, "%s: %s", zFile, strerror(errno)); return -1; }
  fclose(fp);
  if( eFormat==GOLD_AUTO ) eFormat = gold_detect(zFile);
  p->eFormat = eFormat;
  int rc;
  switch( eFormat ){
    case GOLD_SEED:     rc = readSeed(p, zErr, nErr); break;
    case GOLD_PLOVER:   rc = readPlover(p, zErr, nErr); break;
    case GOLD_PETRARCH: rc = readPetrarch(p, zErr, nErr); break;
    case GOLD_TABARI:   rc = readTabari(p, zErr, nErr); break;
    default:
      snprintf(zErr, nErr, "%s: cannot tell the gold format; name it with --format seed|plover|petrarch|tabari", zFile);
      return -1;
  }
  /* Whatever path a reader took, a scored record has text. */
  for(int i=0; rc==0 && i<p->nRec; i++){
    GoldRecord *r = &p->aRec[i];
    if( r->eExpect!=GOLD_EXCLUDED && !r->zText ){
      goldWarn(p, r->iLine, "record %s has no text", r->zId);
      exclude(r, "no text");
    }
  }
  return rc;
}

void gold_free(GoldSet *p){
  for(int i=0; i<p->nRec; i++){
    GoldRecord *r = &p->aRec[i];
    for(int k=0; k<r->nEv; k++) free(r->aEv[k].zNote);
    free(r->aEv);
    free(r->zText);
    free(r->zOptions);
  }
  free(p->aRec);
  for(int i=0; i<p->nDict; i++) free(p->azDict[i]);
  free(p->azDict);
  free(p->zDictFrom);
  free(p->zOptions);
  free(p->zFile);
  memset(p, 0, sizeof *p);
}
