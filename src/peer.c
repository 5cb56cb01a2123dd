/*
** peer.c — translate TABARI, PETRARCH-1, PETRARCH-2 and Phoenix
** dictionaries into brink's own format (see peer.h).
**
** Each peer file is read line by line and rewritten as brink-format text
** whose every line remembers the peer line it came from; dict.c then parses
** that text (brinkDictLoadTextMap), so diagnostics name the original file and
** line.  This file knows the peer formats; it knows nothing of how brink
** compiles or matches.  The mapping, and what is lost, is written up in
** docs/PEER_FORMATS.md; the peers' own readers (PETRARCH's PETRreader.py)
** are the reference for the corner cases.
*/
#include "peer.h"
#include "lexicon.h"
#include "arena.h"
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdio.h>
#include <stdarg.h>
#include <strings.h>

/* ---- Growable strings ---------------------------------------------------- */
typedef struct Buf { char *z; size_t n, nAlloc; int bOom; } Buf;

static int bufReserve(Buf *b, size_t nMore){
  if( b->bOom ) return 0;
  if( b->n + nMore + 1 <= b->nAlloc ) return 1;
  size_t nNew = b->nAlloc ? b->nAlloc : 256;
  while( nNew < b->n + nMore + 1 ) nNew *= 2;
  char *zNew = realloc(b->z, nNew);
  if( !zNew ){ b->bOom = 1; return 0; }
  b->z = zNew; b->nAlloc = nNew;
  return 1;
}
static void bufAppend(Buf *b, const char *z, size_t n){
  if( !bufReserve(b, n) ) return;
  memcpy(b->z + b->n, z, n);
  b->n += n;
  b->z[b->n] = 0;
}
static void bufPuts(Buf *b, const char *z){ bufAppend(b, z, strlen(z)); }
static void bufPutc(Buf *b, char c){ bufAppend(b, &c, 1); }
static void bufLower(Buf *b, const char *z, size_t n){
  if( !bufReserve(b, n) ) return;
  for(size_t i=0; i<n; i++) b->z[b->n+i] = (char)tolower((unsigned char)z[i]);
  b->n += n;
  b->z[b->n] = 0;
}
static void bufFree(Buf *b){ free(b->z); memset(b, 0, sizeof *b); }
static const char *bufStr(const Buf *b){ return b->z ? b->z : ""; }

static char *dupN(const char *z, size_t n){
  char *zNew = malloc(n+1);
  if( zNew ){ memcpy(zNew, z, n); zNew[n] = 0; }
  return zNew;
}

/* ---- Small text helpers -------------------------------------------------- */
static int isSpace(char c){ return c==' ' || c=='\t' || c=='\r' || c=='\f' || c=='\v'; }
static const char *skipWs(const char *z, const char *zEnd){ while( z<zEnd && isSpace(*z) ) z++; return z; }
static const char *trimWs(const char *z, const char *zEnd){ while( zEnd>z && isSpace(zEnd[-1]) ) zEnd--; return zEnd; }
static const char *findChar(const char *z, const char *zEnd, char c){
  if( z>=zEnd ) return 0;
  return memchr(z, c, (size_t)(zEnd - z));
}

/* Does a verb file hold PETRARCH's block headers ("---  ACCUSE   [112]  ---")?
** TABARI's verb files have none. */
static int petrarchBlocks(const char *z, size_t n){
  const char *p = z, *pEnd = z + n;
  while( p<pEnd ){
    const char *e = findChar(p, pEnd, '\n'); if( !e ) e = pEnd;
    const char *q = e;
    while( q>p && (q[-1]=='\r' || q[-1]==' ' || q[-1]=='\t') ) q--;
    if( q-p>=8 && memcmp(p, "---", 3)==0 && (p[3]==' ' || p[3]=='\t') && memcmp(q-3, "---", 3)==0 ) return 1;
    p = e<pEnd ? e+1 : pEnd;
  }
  return 0;
}
static const char *findStr(const char *z, const char *zEnd, const char *zNeedle){
  size_t n = strlen(zNeedle);
  for(const char *q=z; q+n<=zEnd; q++) if( memcmp(q, zNeedle, n)==0 ) return q;
  return 0;
}

/* ---- Translator state ---------------------------------------------------- */
typedef struct SynMap { char *zPeer; char *zBrink; char *zAlts; } SynMap;  /* zAlts: its members, " | " */
typedef struct Subst { char *zName; char **azVal; size_t nVal; } Subst;

/* One anchor of a verb: "re_*arm_up" (zStar) and how it is written when it
** opens a pattern ("re_*arm_up", or "arm_up" when no word precedes it). */
typedef struct VAnchor { char *zStar; char *zPlain; } VAnchor;
typedef struct VVerb { size_t iAnchor, nAnchor; char zCode[16]; int iLine; } VVerb;
/* A pattern of a block, with the anchor left out: pre + anchor + post. */
typedef struct VPat { char *zPre; char *zPost; int bJoinPre, bJoinPost; char zCode[16]; int iLine; } VPat;

typedef struct T {
  PeerSet *pSet;
  const char *zFile;
  brink_diag_fn xDiag; void *pArg;
  PeerText *pOut;
  int iLine;            /* line of the peer file being read */
  int eSec;             /* output section last written, -1 none */
  int bOom;
  Arena arena;          /* lemmatiser scratch */
  /* verbs */
  SynMap *aMap; size_t nMap, nMapAlloc;
  VAnchor *aAnchor; size_t nAnchor, nAnchorAlloc;
  VVerb *aVerb; size_t nVerb, nVerbAlloc;
  VPat *aPat; size_t nPat, nPatAlloc;
  char zBlockCode[16];
  int bBlock;           /* inside a "--- NAME [code] ---" block */
  size_t nDiscardPat, nTransform, nSkipSection, nCombine;
  /* TABARI: a word with no trailing '_' matches every word that begins
  ** with it: it is written as a brink stem, "word*" */
  int bTabari;
  void *pLastBase;      /* TABARI: the last verb's words (VWords), for a "{FORMS}" line below it */
  /* agents */
  Subst *aSubst; size_t nSubst, nSubstAlloc;
  void *pState;         /* the per-kind reader state: ActState, IssueState, SynState */
} T;

static int grow(T *t, void **pa, size_t *pnAlloc, size_t n, size_t sz){
  if( n < *pnAlloc ) return 1;
  size_t nNew = *pnAlloc ? *pnAlloc*2 : 16;
  void *aNew = realloc(*pa, nNew*sz);
  if( !aNew ){ t->bOom = 1; return 0; }
  *pa = aNew; *pnAlloc = nNew;
  return 1;
}
#define GROW(t, arr, n, nAlloc) grow((t), (void**)&(arr), &(nAlloc), (n), sizeof(*(arr)))

static void warnAt(T *t, int iLine, const char *zFmt, ...){
  char zMsg[256];
  va_list ap;
  va_start(ap, zFmt);
  vsnprintf(zMsg, sizeof zMsg, zFmt, ap);
  va_end(ap);
  if( t->xDiag ) t->xDiag(t->pArg, t->zFile, iLine, 0, zMsg);
}
#define warn(t, ...) warnAt((t), (t)->iLine, __VA_ARGS__)

/* Append one line of brink text that came from peer line iLine. */
static void emitLine(T *t, int iLine, const char *z, size_t n){
  PeerText *o = t->pOut;
  if( o->bOom ) return;
  if( o->n + n + 2 > o->nAlloc ){
    size_t nNew = o->nAlloc ? o->nAlloc : 65536;
    while( nNew < o->n + n + 2 ) nNew *= 2;
    char *zNew = realloc(o->z, nNew);
    if( !zNew ){ o->bOom = 1; return; }
    o->z = zNew; o->nAlloc = nNew;
  }
  if( o->nLine == o->nLineAlloc ){
    size_t nNew = o->nLineAlloc ? o->nLineAlloc*2 : 4096;
    int *aNew = realloc(o->aLine, nNew*sizeof(int));
    if( !aNew ){ o->bOom = 1; return; }
    o->aLine = aNew; o->nLineAlloc = nNew;
  }
  memcpy(o->z + o->n, z, n);
  o->z[o->n + n] = '\n';
  o->n += n + 1;
  o->z[o->n] = 0;
  o->aLine[o->nLine++] = iLine;
}
static void emitStr(T *t, int iLine, const char *z){ emitLine(t, iLine, z, strlen(z)); }

enum { SEC_ACTORS = 0, SEC_AGENTS, SEC_VERBS, SEC_SYNSETS, SEC_DISCARDS };
static void section(T *t, int eSec){
  static const char *const azSec[] = { "@actors", "@agents", "@verbs", "@synsets", "@discards" };
  if( t->eSec==eSec ) return;
  emitStr(t, t->iLine, azSec[eSec]);
  t->eSec = eSec;
}

/* ---- Phrases, plurals, codes and dates ---------------------------------- */

/* TABARI: may the last word of b (a phrase just written) be a stem?  Only
** words of letters are: "U.N." stays whole.  Appends the '*'. */
static void stemLast(T *t, Buf *b, size_t iStart){
  if( !t->bTabari || b->n<iStart+2 ) return;
  for(size_t k=iStart; k<b->n; k++) if( !isalpha((unsigned char)b->z[k]) ) return;
  bufPutc(b, '*');
}

/* Write a peer phrase ("BARACK_OBAMA", "AL GORE", "U.N._") as words
** separated by single spaces.  *pbNoPlural is set when it ends in '_'.
** With bGap (TABARI), a blank between two words (not an '_') is written
** " ... ": other words may come there ("PRINCE DOL_AMROTH" matches "Prince
** of Dol Amroth").  Returns the number of words. */
static int phraseWordsGap(Buf *b, const char *z, const char *zEnd, int *pbNoPlural, int bGap){
  int nWord = 0;
  zEnd = trimWs(z, zEnd);
  if( pbNoPlural ) *pbNoPlural = zEnd>z && zEnd[-1]=='_';
  while( z<zEnd ){
    int bBlank = 0;
    while( z<zEnd && (isSpace(*z) || *z=='_') ){ if( isSpace(*z) ) bBlank = 1; z++; }
    const char *zS = z;
    while( z<zEnd && !isSpace(*z) && *z!='_' ) z++;
    if( z>zS ){
      if( nWord ) bufPuts(b, bGap && bBlank ? " ... " : " ");
      bufAppend(b, zS, (size_t)(z - zS));
      nWord++;
    }
  }
  return nWord;
}


/* The regular English plural of the last word of z[0..n): consonant+Y ->
** IES; S, X, Z, CH, SH -> ES; otherwise S.  Appended to b in the case of the
** word's last letter.  Returns 0 (nothing written) if the word is not all
** letters or already ends in a single S. */
static int pluralOf(Buf *b, const char *z, size_t n){
  if( n==0 || !isalpha((unsigned char)z[n-1]) ) return 0;
  size_t iW = n;
  while( iW>0 && z[iW-1]!=' ' ) iW--;
  for(size_t i=iW; i<n; i++) if( !isalpha((unsigned char)z[i]) && z[i]!='-' ) return 0;
  /* a word in S is most likely a plural already (DOLLARS), unless SS (BOSS) */
  if( (z[n-1]=='s' || z[n-1]=='S') && !(n>=2 && (z[n-2]=='s' || z[n-2]=='S')) ) return 0;
  int bUp = isupper((unsigned char)z[n-1]) != 0;
  char c = (char)tolower((unsigned char)z[n-1]);
  char p = n>=2 ? (char)tolower((unsigned char)z[n-2]) : ' ';
  if( c=='y' && n>=2 && isalpha((unsigned char)p) && !strchr("aeiou", p) ){
    bufAppend(b, z, n-1);
    bufPuts(b, bUp ? "IES" : "ies");
  }else if( c=='s' || c=='x' || c=='z' || ((c=='h') && (p=='c' || p=='s')) ){
    bufAppend(b, z, n);
    bufPuts(b, bUp ? "ES" : "es");
  }else{
    bufAppend(b, z, n);
    bufPuts(b, bUp ? "S" : "s");
  }
  return 1;
}

/* Characters that would change the meaning of a brink entry line. */
static int phraseIsSafe(const char *z, size_t n){
  if( n==0 || z[0]=='@' ) return 0;
  for(size_t i=0; i<n; i++) if( z[i]=='|' || z[i]=='=' || z[i]=='#' ) return 0;
  return 1;
}

/* Append phrase z[0..zEnd) (and its regular plural unless bNoPlural or it
** ends in '_') to the " | "-separated list in b.  Returns phrases added. */
static int addPhrase(T *t, Buf *b, const char *z, const char *zEnd, int bPlural){
  Buf w; memset(&w, 0, sizeof w);
  int bNo = 0;
  int nAdd = 0;
  /* TABARI: "MOUSE=" matches that word only; "ESTONIA_" takes the regular
  ** endings (the plural here), "ERIADOR" any ending (a stem) */
  zEnd = trimWs(z, zEnd);
  int bExact = t->bTabari && zEnd>z && zEnd[-1]=='=';
  if( bExact ) zEnd--;
  if( phraseWordsGap(&w, z, zEnd, &bNo, t->bTabari)>0 ){
    if( t->bTabari ){
      int bStem = 0;
      if( !bNo && !bExact ){
        size_t nW = w.n, iW = w.n;
        while( iW>0 && w.z[iW-1]!=' ' ) iW--;
        stemLast(t, &w, iW);
        bStem = w.n>nW;       /* the stem takes every ending */
      }
      bNo = bExact || bStem;  /* WORD_ takes the plural */
    }
    if( !phraseIsSafe(bufStr(&w), w.n) ){
      warn(t, "phrase '%.60s' has a character brink's format reserves (| = # or a leading @); skipped", bufStr(&w));
    }else{
      if( b->n ) bufPuts(b, " | ");
      bufAppend(b, w.z, w.n);
      nAdd++;
      if( bPlural && !bNo ){
        size_t nMark = b->n;
        bufPuts(b, " | ");
        if( pluralOf(b, w.z, w.n) ) nAdd++;
        else{ b->n = nMark; if( b->z ) b->z[b->n] = 0; }
      }
    }
  }
  t->bOom |= w.bOom;
  bufFree(&w);
  return nAdd;
}

/* A peer date (YYMMDD or YYYYMMDD) to "YYYY-MM-DD" in zOut[11].  Two-digit
** years follow KEDS/TABARI: 00-30 are 20YY, 31-99 are 19YY. */
static int peerDate(const char *z, size_t n, char *zOut){
  for(size_t i=0; i<n; i++) if( !isdigit((unsigned char)z[i]) ) return 0;
  if( n==6 ){
    int yy = (z[0]-'0')*10 + (z[1]-'0');
    snprintf(zOut, 11, "%04d-%.2s-%.2s", yy<=30 ? 2000+yy : 1900+yy, z+2, z+4);
  }else if( n==8 ){
    snprintf(zOut, 11, "%.4s-%.2s-%.2s", z, z+4, z+6);
  }else{
    return 0;
  }
  int32_t iDay;
  return brink_date_parse(zOut, &iDay)==BRINK_OK;
}

typedef struct ActState { Buf phr; Buf codes; int iLine; int nPhrase; int nCode; int nGroup; int bSkip; int bStop; int bDiscard; } ActState;

/* (a '/' between two codes, TABARI's compound actor "THE_SHIRE
** [FRO/BIL/SAM]", is allowed by actorCode() itself: "A//B" is no code) */
static int isActorCodeChar(char c){ return isalnum((unsigned char)c) || c=='-' || c=='_'; }

/* Parse "[CODE]", "[CODE <D]", "[CODE >D]", "[CODE D1-D2]" content z[0..n)
** and append "CODE range" to b (with " ; " between codes).  Returns 1 if
** a code was added. */
static int actorCode(T *t, Buf *b, const char *z, const char *zEnd){
  z = skipWs(z, zEnd); zEnd = trimWs(z, zEnd);
  const char *zC = z;
  while( z<zEnd && !isSpace(*z) && *z!='<' && *z!='>' ) z++;
  size_t nC = (size_t)(z - zC);
  if( nC==0 ){ warn(t, "'[...]' without a code; skipped"); return 0; }
  if( isdigit((unsigned char)zC[0]) && findChar(zC, zC+nC, '-') ){
    warn(t, "'[%.*s]' has a date but no code; skipped", (int)(zEnd-zC), zC); return 0;
  }
  int bHash = nC==3 && memcmp(zC, "###", 3)==0;
  for(size_t i=0; i<nC && !bHash; i++){
    /* "FRO/BIL/SAM": a compound actor, each code a member */
    if( zC[i]=='/' && i>0 && i+1<nC && zC[i-1]!='/' ) continue;
    if( !isActorCodeChar(zC[i]) ){ warn(t, "code '%.*s' has a character brink does not allow; skipped", (int)nC, zC); return 0; }
  }
  if( nC>15 ){ warn(t, "code '%.*s' is longer than 15 characters; skipped", (int)nC, zC); return 0; }
  const char *r = skipWs(z, zEnd);
  if( nC==3 && memcmp(zC, "###", 3)==0 ){
    if( r<zEnd ){ warn(t, "a dated [###] discard is not supported; skipped"); return 0; }
    ((ActState*)t->pState)->bDiscard = 1;
    return 0;
  }
  char zRange[32] = "";
  if( r<zEnd ){
    char zA[11], zB[11];
    if( *r=='<' || *r=='>' ){
      const char *d = skipWs(r+1, zEnd);
      if( !peerDate(d, (size_t)(zEnd-d), zA) ){
        warn(t, "bad date '%.*s' for code %.*s (expected YYMMDD or YYYYMMDD); code skipped", (int)(zEnd-d), d, (int)nC, zC);
        return 0;
      }
      snprintf(zRange, sizeof zRange, *r=='<' ? " ..%s" : " %s..", zA);
    }else{
      const char *zDash = findChar(r, zEnd, '-');
      const char *a1 = r, *a2 = zDash ? trimWs(r, zDash) : zEnd;
      const char *b1 = zDash ? skipWs(zDash+1, zEnd) : zEnd;
      if( !zDash || !peerDate(a1, (size_t)(a2-a1), zA) || !peerDate(b1, (size_t)(zEnd-b1), zB) ){
        warn(t, "bad date range '%.*s' for code %.*s (expected D1-D2, <D or >D with YYMMDD or YYYYMMDD dates); code skipped",
             (int)(zEnd-r), r, (int)nC, zC);
        return 0;
      }
      if( strcmp(zB, zA)<0 ){
        warn(t, "date range '%.*s' for code %.*s ends before it starts; code skipped", (int)(zEnd-r), r, (int)nC, zC);
        return 0;
      }
      snprintf(zRange, sizeof zRange, " %s..%s", zA, zB);
    }
  }
  if( b->n ) bufPuts(b, " ; ");
  bufAppend(b, zC, nC);
  bufPuts(b, zRange);
  return 1;
}

/* Every "[...]" group in z[0..zEnd).  Returns the number of codes added. */
static int actorCodes(T *t, Buf *b, const char *z, const char *zEnd){
  int n = 0;
  for(;;){
    const char *zO = findChar(z, zEnd, '[');
    const char *zStray = findChar(z, zO ? zO : zEnd, ']');
    if( zStray ){ warn(t, "stray ']'"); }
    if( !zO ) break;
    const char *zC = findChar(zO+1, zEnd, ']');
    ((ActState*)t->pState)->nGroup++;   /* even a bad group ends the entry's phrases */
    if( !zC ){ warn(t, "'[' without ']'; rest of line skipped"); break; }
    n += actorCode(t, b, zO+1, zC);
    z = zC+1;
  }
  return n;
}

/* ---- Line reader ---------------------------------------------------------- */
/* Calls xLine for each line with comments removed: "<!-- -->" (also over
** several lines), "#" and, unless bNoSemi, ";" to the end of the line.
** Lines left empty are still passed (z==zEnd) so blocks can end on them. */
typedef void (*LineFn)(T*, const char *z, const char *zEnd, int bBlank);
static void forEachLine(T *t, const char *z, size_t n, int bNoSemi, LineFn xLine){
  const char *zEnd = z + n;
  int bXml = 0;
  t->iLine = 0;
  while( z<zEnd && !t->bOom && !t->pOut->bOom ){
    const char *zNl = findChar(z, zEnd, '\n');
    const char *zE = zNl ? zNl : zEnd;
    const char *zNext = zNl ? zNl+1 : zEnd;
    t->iLine++;
    if( bXml ){
      const char *q = z;
      bXml = 1;
      for(; q+2<zE; q++) if( q[0]=='-' && q[1]=='-' && q[2]=='>' ){ bXml = 0; break; }
      z = zNext;
      if( !bXml ) xLine(t, zE, zE, 1);
      continue;
    }
    /* XML comments: remove a one-line comment; open a multi-line one. */
    char zTmp[1024];
    const char *zL = z, *zLE = zE;
    const char *zX = 0;
    for(const char *q=z; q+3<zE; q++) if( q[0]=='<' && q[1]=='!' && q[2]=='-' && q[3]=='-' ){ zX = q; break; }
    if( zX ){
      const char *zC = 0;
      for(const char *q=zX+4; q+2<zE; q++) if( q[0]=='-' && q[1]=='-' && q[2]=='>' ){ zC = q+3; break; }
      if( !zC ){
        bXml = 1;
        zLE = zX;
      }else if( (size_t)((zX - z) + (zE - zC)) < sizeof zTmp ){
        size_t nA = (size_t)(zX - z), nB = (size_t)(zE - zC);
        memcpy(zTmp, z, nA); memcpy(zTmp+nA, zC, nB);
        zL = zTmp; zLE = zTmp + nA + nB;
      }else{
        zLE = zX;
      }
    }
    /* comments, but not inside "[...]": [###] is TABARI's discard code */
    int bInBracket = 0;
    for(const char *q=zL; q<zLE; q++){
      if( *q=='[' ) bInBracket = 1;
      else if( *q==']' ) bInBracket = 0;
      else if( !bInBracket && (*q=='#' || (*q==';' && !bNoSemi)) ){ zLE = q; break; }
    }
    if( zLE>zL && memchr(zL, 0, (size_t)(zLE - zL)) ){
      warn(t, "NUL byte in line; line skipped");
      zLE = zL;
    }
    const char *zT = trimWs(zL, zLE);
    xLine(t, zL, zT, skipWs(zL, zT)==zT);
    z = zNext;
  }
}

/* Skip the TABARI-only sections <NOUN>, <ADJECTIVE> and <TIME>: returns 1
** if the line is a tag or inside such a section. */
static int tagLine(T *t, const char *z, const char *zEnd, int *pbSkip){
  const char *s = skipWs(z, zEnd);
  if( s<zEnd && *s=='<' ){
    const char *zN = s+1;
    int bClose = zN<zEnd && *zN=='/';
    if( bClose ) zN++;
    size_t nN = 0;
    while( zN+nN<zEnd && isalpha((unsigned char)zN[nN]) ) nN++;
    int bSkipTag = (nN==4 && strncasecmp(zN, "NOUN", 4)==0) || (nN==9 && strncasecmp(zN, "ADJECTIVE", 9)==0)
                || (nN==4 && strncasecmp(zN, "TIME", 4)==0);
    if( bSkipTag ){
      if( !bClose && !*pbSkip ) t->nSkipSection++;
      *pbSkip = !bClose;
    }
    return 1;
  }
  return *pbSkip;
}

/* ---- Actors ----------------------------------------------------------- */
static ActState *actState(T *t){ return (ActState*)t->pState; }

static void actFlush(T *t, ActState *a){
  if( a->nPhrase && a->bDiscard ){
    if( a->nCode ){
      warnAt(t, a->iLine, "actor '%.60s' has both codes and [###]; the discard is ignored", bufStr(&a->phr));
    }else{
      /* TABARI: an actor coded [###] discards its sentence */
      int iSave = t->iLine; t->iLine = a->iLine;
      section(t, SEC_DISCARDS);
      t->iLine = iSave;
      emitLine(t, a->iLine, bufStr(&a->phr), a->phr.n);
      a->nPhrase = 0;
    }
  }
  a->bDiscard = 0;
  if( a->nPhrase ){
    int iSave = t->iLine; t->iLine = a->iLine;
    section(t, SEC_ACTORS);
    t->iLine = iSave;
    if( a->nCode==0 ){
      warnAt(t, a->iLine, "actor '%.60s' has no code; skipped", bufStr(&a->phr));
    }else{
      Buf l; memset(&l, 0, sizeof l);
      bufAppend(&l, a->phr.z, a->phr.n);
      bufPuts(&l, " = ");
      bufAppend(&l, a->codes.z, a->codes.n);
      t->bOom |= l.bOom;
      emitLine(t, a->iLine, bufStr(&l), l.n);
      bufFree(&l);
    }
  }
  a->phr.n = 0; a->codes.n = 0; a->nPhrase = 0; a->nCode = 0; a->nGroup = 0;
  if( a->phr.z ) a->phr.z[0] = 0;
  if( a->codes.z ) a->codes.z[0] = 0;
}

static void actorLine(T *t, const char *z, const char *zEnd, int bBlank){
  ActState *a = actState(t);
  if( bBlank || a->bStop ) return;
  if( tagLine(t, z, zEnd, &a->bSkip) ) return;
  if( findStr(z, zEnd, "---STOP---") || (zEnd-z>=2 && z[0]=='~' && z[1]=='~') ){ a->bStop = 1; return; }
  if( isSpace(*z) || *z=='[' ){
    const char *s = skipWs(z, zEnd);
    if( !a->nPhrase ){ warn(t, "code with no actor before it; skipped"); return; }
    if( s<zEnd && *s!='[' ){
      const char *zB = findChar(s, zEnd, '[');
      warn(t, zB ? "indented line starts with a phrase: read as a synonym" : "indented line without a '[CODE]': read as a synonym");
      a->nPhrase += addPhrase(t, &a->phr, s, zB ? zB : zEnd, 1);
      if( !zB ) return;
      s = zB;
    }
    a->nCode += actorCodes(t, &a->codes, s, zEnd);
    return;
  }
  int bSyn = *z=='+';
  if( bSyn ) z++;
  const char *zB = findChar(z, zEnd, '[');
  const char *zP = zB ? zB : zEnd;
  if( !bSyn ){
    /* A new primary phrase closes the entry above if that has codes; a
    ** primary phrase with no code joins the next entry, as in PETRARCH. */
    if( a->nGroup ) actFlush(t, a);
    if( !a->nPhrase ) a->iLine = t->iLine;
  }else if( !a->nPhrase ){
    warn(t, "synonym '+...' with no actor before it; read as a new actor");
    a->iLine = t->iLine;
  }
  a->nPhrase += addPhrase(t, &a->phr, z, zP, 1);
  if( zB ) a->nCode += actorCodes(t, &a->codes, zB, zEnd);
}

/* ---- Agents ----------------------------------------------------------- */
static void substFree(T *t){
  for(size_t i=0; i<t->nSubst; i++){
    free(t->aSubst[i].zName);
    for(size_t j=0; j<t->aSubst[i].nVal; j++) free(t->aSubst[i].azVal[j]);
    free(t->aSubst[i].azVal);
  }
  free(t->aSubst);
  t->aSubst = 0; t->nSubst = t->nSubstAlloc = 0;
}

/* "!NAME! = A, B, C" */
static void agentSubstDef(T *t, const char *z, const char *zEnd){
  const char *zA = findChar(z, zEnd, '!');
  const char *zB = zA ? findChar(zA+1, zEnd, '!') : 0;
  const char *zEq = zB ? findChar(zB, zEnd, '=') : 0;
  if( !zEq ){ warn(t, "substitution set should read !NAME! = A, B, ...; skipped"); return; }
  if( !GROW(t, t->aSubst, t->nSubst, t->nSubstAlloc) ) return;
  Subst *s = &t->aSubst[t->nSubst];
  memset(s, 0, sizeof *s);
  s->zName = dupN(zA+1, (size_t)(zB - zA - 1));
  if( !s->zName ){ t->bOom = 1; return; }
  t->nSubst++;
  size_t nAlloc = 0;
  const char *v = zEq+1;
  while( v<=zEnd ){
    const char *zC = findChar(v, zEnd, ',');
    const char *e = zC ? zC : zEnd;
    const char *a = skipWs(v, e), *b = trimWs(a, e);
    if( b>a ){
      if( !grow(t, (void**)&s->azVal, &nAlloc, s->nVal, sizeof(char*)) ) return;
      s->azVal[s->nVal] = dupN(a, (size_t)(b-a));
      if( !s->azVal[s->nVal] ){ t->bOom = 1; return; }
      s->nVal++;
    }
    if( !zC ) break;
    v = zC+1;
  }
}

static void agentLine(T *t, const char *z, const char *zEnd, int bBlank){
  if( bBlank ) return;
  const char *s = skipWs(z, zEnd);
  if( *s=='<' ){ t->nCombine++; return; }   /* <Combine rule=...>, <CombineBlock> */
  const char *zB = findChar(s, zEnd, '[');
  if( *s=='!' && !zB && findChar(s, zEnd, '=') ){ agentSubstDef(t, s, zEnd); return; }
  if( !zB ){ warn(t, "agent without a '[CODE]'; skipped"); return; }
  const char *zC = findChar(zB, zEnd, ']');
  if( !zC ){ warn(t, "'[' without ']'; agent skipped"); return; }
  const char *c = skipWs(zB+1, zC), *cE = trimWs(c, zC);
  int bPrefix = 0;
  if( c<cE && *c=='~' ) c++;
  else if( cE>c && cE[-1]=='~' ){ cE--; bPrefix = 1; }
  else warn(t, "agent code '%.*s' has no '~' (use [~X] or [X~]); read as [~X]", (int)(cE-c), c);
  c = skipWs(c, cE); cE = trimWs(c, cE);
  if( c==cE || cE-c>15 ){ warn(t, "agent code must have 1-15 characters; agent skipped"); return; }
  for(const char *q=c; q<cE; q++){
    if( !isActorCodeChar(*q) ){ warn(t, "agent code '%.*s' has a character brink does not allow; skipped", (int)(cE-c), c); return; }
  }
  /* the phrase, its plural spec, its substitution marker */
  const char *zP = s, *zPE = trimWs(s, zB);
  const char *zO = findChar(zP, zPE, '{');
  const char *zPl = 0, *zPlE = 0;
  if( zO ){
    const char *zCl = findChar(zO, zPE, '}');
    if( !zCl ){ warn(t, "'{' without '}'; agent skipped"); return; }
    zPl = zO+1; zPlE = zCl;
    zPE = trimWs(zP, zO);
  }
  Buf phr; memset(&phr, 0, sizeof phr);
  int nPhrase = 0;
  const char *zM = findChar(zP, zPE, '!');
  if( zM ){
    const char *zM2 = findChar(zM+1, zPE, '!');
    Subst *sub = 0;
    if( zM2 ){
      for(size_t i=0; i<t->nSubst; i++){
        if( strlen(t->aSubst[i].zName)==(size_t)(zM2-zM-1) && memcmp(t->aSubst[i].zName, zM+1, (size_t)(zM2-zM-1))==0 ){
          sub = &t->aSubst[i]; break;
        }
      }
    }
    if( !sub ){
      warn(t, zM2 ? "substitution marker !%.*s! is not defined above; agent skipped"
                  : "substitution marker '%.*s' has no closing '!'; agent skipped",
           (int)((zM2 ? zM2 : zPE) - zM - (zM2 ? 1 : 0)), zM + (zM2 ? 1 : 0));
      return;
    }
    for(size_t i=0; i<sub->nVal; i++){
      Buf one; memset(&one, 0, sizeof one);
      bufAppend(&one, zP, (size_t)(zM - zP));
      bufPuts(&one, sub->azVal[i]);
      bufAppend(&one, zM2+1, (size_t)(zPE - zM2 - 1));
      t->bOom |= one.bOom;
      nPhrase += addPhrase(t, &phr, bufStr(&one), bufStr(&one)+one.n, 0);
      bufFree(&one);
    }
  }else{
    nPhrase += addPhrase(t, &phr, zP, zPE, zO==0);
    if( zO ) nPhrase += addPhrase(t, &phr, zPl, zPlE, 0);
  }
  if( nPhrase ){
    section(t, SEC_AGENTS);
    bufPuts(&phr, " = ");
    bufAppend(&phr, c, (size_t)(cE - c));
    if( bPrefix ) bufPuts(&phr, " !prefix");
    emitLine(t, t->iLine, bufStr(&phr), phr.n);
  }
  t->bOom |= phr.bOom;
  bufFree(&phr);
}

/* ---- Discards ---------------------------------------------------------- */
static void discardLine(T *t, const char *z, const char *zEnd, int bBlank){
  if( bBlank ) return;
  z = skipWs(z, zEnd);
  if( *z=='+' ){ t->pSet->nStoryDiscard++; z++; }
  Buf phr; memset(&phr, 0, sizeof phr);
  if( addPhrase(t, &phr, z, zEnd, 0) ){
    section(t, SEC_DISCARDS);
    emitLine(t, t->iLine, bufStr(&phr), phr.n);
  }
  t->bOom |= phr.bOom;
  bufFree(&phr);
}

/* ---- Issues ------------------------------------------------------------- */
typedef struct IssueState { Buf cat; } IssueState;
static IssueState *issueState(T *t){ return (IssueState*)t->pState; }

static void addIssue(T *t, const char *zPhrase, const char *zCode, int eKind){
  PeerSet *p = t->pSet;
  while( *zPhrase==' ' ) zPhrase++;
  if( !*zPhrase ) return;     /* "n:" alone expands to nothing */
  if( !grow(t, (void**)&p->aIssue, &p->nIssueAlloc, p->nIssue, sizeof(PeerIssue)) ) return;
  PeerIssue *pi = &p->aIssue[p->nIssue];
  pi->zPhrase = dupN(zPhrase, strlen(zPhrase));
  pi->zCode = dupN(zCode, strlen(zCode));
  pi->zCategory = dupN(bufStr(&issueState(t)->cat), issueState(t)->cat.n);
  pi->eKind = eKind;
  if( !pi->zPhrase || !pi->zCode || !pi->zCategory ){
    free(pi->zPhrase); free(pi->zCode); free(pi->zCategory);
    t->bOom = 1; return;
  }
  p->nIssue++;
  if( eKind==PEER_ISSUE_CODE ){
    /* a new code?  Phrases of one code come together, so look back first. */
    size_t i = p->nIssue-1;
    while( i>0 && strcmp(p->aIssue[i-1].zCode, zCode)!=0 ) i--;
    if( i==0 ) p->nIssueCode++;
  }
  char zLine[600];
  snprintf(zLine, sizeof zLine, "# issue\t%s\t%s", eKind==PEER_ISSUE_CODE ? zCode : eKind==PEER_ISSUE_IGNORE ? "~" : "~~", zPhrase);
  emitStr(t, t->iLine, zLine);
}

/* PETRARCH's expansions, applied until none is left: "a+b" -> "a b" and
** "a-b"; "n:word" -> word, plural; "v:word" -> word, +s, +ed/+d, +ing. */
static void issueExpand(T *t, const char *zForm, const char *zCode, int eKind, int nDepth){
  const char *zPlus = strchr(zForm, '+');
  const char *zN = strstr(zForm, "n:");
  const char *zV = strstr(zForm, "v:");
  if( nDepth>12 ){ warn(t, "issue phrase has too many expansions; skipped"); return; }
  if( !zPlus && !zN && !zV ){ addIssue(t, zForm, zCode, eKind); return; }
  size_t n = strlen(zForm);
  char *z = malloc(n + 8);
  if( !z ){ t->bOom = 1; return; }
  if( zPlus ){
    size_t i = (size_t)(zPlus - zForm);
    memcpy(z, zForm, n+1); z[i] = ' ';
    issueExpand(t, z, zCode, eKind, nDepth+1);
    z[i] = '-';
    issueExpand(t, z, zCode, eKind, nDepth+1);
  }else{
    int bNoun = zN && (!zV || zN<zV);
    const char *zM = bNoun ? zN : zV;
    size_t iM = (size_t)(zM - zForm);
    size_t iW = iM + 2, iWE = iW;
    while( iWE<n && zForm[iWE]!=' ' ) iWE++;
    /* the bare word */
    memcpy(z, zForm, iM); memcpy(z+iM, zForm+iW, n-iW+1);
    issueExpand(t, z, zCode, eKind, nDepth+1);
    const char *azSuf[3]; int nSuf = 0; int bDropE = 0;
    char cLast = iWE>iW ? zForm[iWE-1] : 0;
    char cPrev = iWE-iW>=2 ? zForm[iWE-2] : 0;
    if( bNoun ){
      /* PETRARCH adds S (or Y -> IES); brink also writes S, X, Z, CH, SH + ES */
      if( cLast=='y' && cPrev && !strchr("aeiou", cPrev) ){ azSuf[nSuf++] = "ies"; bDropE = 2; }
      else if( cLast=='s' || cLast=='x' || cLast=='z' || (cLast=='h' && (cPrev=='c' || cPrev=='s')) ) azSuf[nSuf++] = "es";
      else azSuf[nSuf++] = "s";
    }else{
      azSuf[nSuf++] = "s";
      if( cLast=='e' ){ azSuf[nSuf++] = "d"; } else azSuf[nSuf++] = "ed";
      azSuf[nSuf++] = "ing";
    }
    for(int k=0; k<nSuf && iWE>iW; k++){
      size_t nKeep = iWE;
      if( bDropE==2 ) nKeep = iWE-1;                       /* y -> ies */
      if( !bNoun && k==2 && cLast=='e' ) nKeep = iWE-1;    /* e -> ing */
      size_t nSuf1 = strlen(azSuf[k]);
      char *z2 = malloc(n + nSuf1 + 1);
      if( !z2 ){ t->bOom = 1; break; }
      memcpy(z2, zForm, iM);
      memcpy(z2+iM, zForm+iW, nKeep-iW);
      size_t j = iM + nKeep - iW;
      memcpy(z2+j, azSuf[k], nSuf1); j += nSuf1;
      memcpy(z2+j, zForm+iWE, n-iWE+1);
      issueExpand(t, z2, zCode, eKind, nDepth+1);
      free(z2);
    }
  }
  free(z);
}

static void issueLine(T *t, const char *z, const char *zEnd, int bBlank){
  IssueState *st = issueState(t);
  if( bBlank ) return;
  z = skipWs(z, zEnd);
  if( *z=='<' ){
    if( zEnd-z>=7 && strncasecmp(z, "</ISSUE", 7)==0 ){ st->cat.n = 0; if( st->cat.z ) st->cat.z[0] = 0; return; }
    if( zEnd-z>=6 && strncasecmp(z, "<ISSUE", 6)==0 ){
      const char *q = findStr(z, zEnd, "CATEGORY=\"");
      st->cat.n = 0; if( st->cat.z ) st->cat.z[0] = 0;
      if( q ){
        q += 10;
        const char *e = findChar(q, zEnd, '"');
        if( e ) bufAppend(&st->cat, q, (size_t)(e-q));
      }
      return;
    }
    warn(t, "unknown tag in an issue file; skipped");
    return;
  }
  int eKind = PEER_ISSUE_CODE;
  const char *zP = z, *zPE = zEnd;
  char zCode[64] = "";
  if( *z=='~' ){
    eKind = PEER_ISSUE_IGNORE; zP = z+1;
    if( zP<zEnd && *zP=='~' ){ eKind = PEER_ISSUE_IGNORE_STORY; zP++; }
  }else{
    const char *zB = findChar(z, zEnd, '[');
    if( !zB ) return;   /* PETRARCH reads only lines with a code */
    const char *zC = findChar(zB, zEnd, ']');
    if( !zC ){ warn(t, "'[' without ']'; issue skipped"); return; }
    const char *c = skipWs(zB+1, zC), *cE = trimWs(c, zC);
    if( c==cE || cE-c>=(long)sizeof zCode ){ warn(t, "issue code must have 1-63 characters; skipped"); return; }
    memcpy(zCode, c, (size_t)(cE-c)); zCode[cE-c] = 0;
    zPE = zB;
  }
  zP = skipWs(zP, zPE); zPE = trimWs(zP, zPE);
  if( zP==zPE ){ warn(t, "issue line without a phrase; skipped"); return; }
  Buf b; memset(&b, 0, sizeof b);
  bufLower(&b, zP, (size_t)(zPE - zP));
  if( !b.bOom ) issueExpand(t, b.z, zCode, eKind, 0);
  t->bOom |= b.bOom;
  bufFree(&b);
}

/* ---- Verbs ---------------------------------------------------------------- */
static void verbsClear(T *t){
  for(size_t i=0; i<t->nAnchor; i++){ free(t->aAnchor[i].zStar); free(t->aAnchor[i].zPlain); }
  for(size_t i=0; i<t->nPat; i++){ free(t->aPat[i].zPre); free(t->aPat[i].zPost); }
  t->nAnchor = 0; t->nVerb = 0; t->nPat = 0;
}

/* Copy a code "[...]" content into zOut[16].  Returns 1 ok, 2 discard
** ([###], written as ---), 0 bad (warned). */
static int verbCode(T *t, const char *z, const char *zEnd, char *zOut){
  z = skipWs(z, zEnd); zEnd = trimWs(z, zEnd);
  size_t n = (size_t)(zEnd - z);
  if( n==3 && memcmp(z, "###", 3)==0 ){ memcpy(zOut, "---", 4); return 2; }
  if( n==3 && memcmp(z, "---", 3)==0 ){ memcpy(zOut, "---", 4); return 1; }
  if( n>1 && z[n-1]=='!' ){
    warn(t, "event code '%.*s': the trailing '!' is not supported; read as %.*s", (int)n, z, (int)(n-1), z);
    n--;
  }
  if( n==0 || n>15 ){ warn(t, "event code '%.*s' must have 1-15 characters", (int)n, z); return 0; }
  for(size_t i=0; i<n; i++){
    if( !isalnum((unsigned char)z[i]) && z[i]!=':' ){
      warn(t, "event code '%.*s' has a character brink's format cannot hold (letters, digits and ':' only)", (int)n, z);
      return 0;
    }
  }
  memcpy(zOut, z, n); zOut[n] = 0;
  return 1;
}

static const char *synLookup(T *t, const char *z, size_t n){
  for(size_t i=t->nMap; i>0; i--){
    const char *zP = t->aMap[i-1].zPeer;
    if( strlen(zP)==n && strncasecmp(zP, z, n)==0 ) return t->aMap[i-1].zBrink;
  }
  return 0;
}

/* Pattern items: words, slots, synsets, alternatives, the anchor. */
enum { IT_TEXT = 0, IT_ANCHOR };
typedef struct Item { int eKind; int bJoin; size_t iS, iE; } Item;
typedef struct Items { Item a[64]; int n; Buf txt; int bBad; } Items;

static void itemAdd(T *t, Items *it, int eKind, int bJoin, const char *z, size_t n, int bLower){
  if( it->n==64 ){ if( !it->bBad ) warn(t, "pattern has more than 64 elements; skipped"); it->bBad = 1; return; }
  Item *p = &it->a[it->n++];
  p->eKind = eKind; p->bJoin = bJoin;
  p->iS = it->txt.n;
  if( bLower ) bufLower(&it->txt, z, n); else bufAppend(&it->txt, z, n);
  p->iE = it->txt.n;
}

static int isWordStop(char c){
  return isSpace(c) || c=='_' || c=='*' || c=='$' || c=='+' || c=='%' || c=='^' || c=='&'
      || c=='{' || c=='}' || c=='(' || c==')' || c=='|' || c=='[' || c==']' || c=='!' || c=='=' || c=='@';
}

/* The matching close bracket of *z ('{' or '('), honouring nesting. */
static const char *closeOf(const char *z, const char *zEnd){
  int nDepth = 0;
  for(const char *q=z; q<zEnd; q++){
    if( *q=='{' || *q=='(' ) nDepth++;
    else if( *q=='}' || *q==')' ){ if( --nDepth==0 ) return q; }
  }
  return 0;
}

static int synExpand(T *t, Buf *b, const char *zSep, const char *z, const char *zEnd);

/* One "{a | b c | &SET}" alternative list into "{a|b c|&SET}". */
static void altItem(T *t, Items *it, int bJoin, const char *z, const char *zEnd){
  Buf b; memset(&b, 0, sizeof b);
  int nAlt = 0;
  bufPutc(&b, '{');
  while( z<=zEnd ){
    const char *zBar = findChar(z, zEnd, '|');
    const char *e = zBar ? zBar : zEnd;
    const char *s = skipWs(z, e);
    const char *se = trimWs(s, e);
    if( se>s ){
      Buf w; memset(&w, 0, sizeof w);
      int bOk = 1;
      if( *s=='&' ){
        const char *n0 = s+1, *n1 = n0;
        while( n1<se && !isSpace(*n1) && *n1!='_' ) n1++;
        const char *zB = synLookup(t, n0, (size_t)(n1-n0));
        const char *rest = n1; while( rest<se && *rest=='_' ) rest++;
        if( !zB ){ warn(t, "synset &%.*s is not defined above; alternative dropped", (int)(n1-n0), n0); bOk = 0; }
        else if( rest<se ){
          Buf x; memset(&x, 0, sizeof x);
          int nX = synExpand(t, &x, "|", s, se);
          if( nX ){ bufAppend(&w, x.z, x.n); }
          else warn(t, "alternative '%.*s' mixes a synset and words, which brink's format cannot hold; dropped", (int)(se-s), s);
          bOk = nX>0;
          t->bOom |= x.bOom;
          bufFree(&x);
        }
        else{ bufPutc(&w, '&'); bufPuts(&w, zB); }
      }else{
        for(const char *q=s; q<se; q++){
          if( *q=='&' || *q=='$' || *q=='+' || *q=='%' || *q=='*' || *q=='^' || *q=='{' || *q=='}' || *q=='(' || *q==')' ){
            warn(t, "alternative '%.*s' holds a slot or nested group, which brink's format cannot hold; dropped", (int)(se-s), s);
            bOk = 0; break;
          }
        }
        if( bOk ){
          Buf raw; memset(&raw, 0, sizeof raw);
          int bNo = 0;
          phraseWordsGap(&raw, s, se, &bNo, t->bTabari);
          bufLower(&w, bufStr(&raw), raw.n);
          if( !bNo ){
            size_t iW = w.n;
            while( iW>0 && w.z[iW-1]!=' ' ) iW--;
            stemLast(t, &w, iW);
          }
          t->bOom |= raw.bOom;
          bufFree(&raw);
        }
      }
      if( bOk && w.n ){
        if( nAlt ) bufPutc(&b, '|');
        bufAppend(&b, w.z, w.n);
        nAlt++;
      }
      t->bOom |= w.bOom;
      bufFree(&w);
    }
    if( !zBar ) break;
    z = zBar+1;
  }
  bufPutc(&b, '}');
  if( nAlt==0 ){ warn(t, "no usable alternative in '{...}'; pattern skipped"); it->bBad = 1; }
  else itemAdd(t, it, IT_TEXT, bJoin, b.z, b.n, 0);
  t->bOom |= b.bOom;
  bufFree(&b);
}

/* Tokenise a pattern body z[0..zEnd) into items.  '{...}' with '|' is an
** alternative list; '{...}' without is a PETRARCH-2 noun phrase and
** '(PREP ...)' a prepositional phrase: their words are inlined, in order. */
static void patTokens(T *t, Items *it, const char *z, const char *zEnd, int bJoinFirst, int nDepth){
  int bJoin = bJoinFirst;
  if( nDepth>8 ){ warn(t, "brackets nested too deeply; pattern skipped"); it->bBad = 1; return; }
  while( z<zEnd && !it->bBad ){
    char c = *z;
    if( isSpace(c) ){ bJoin = 0; z++; continue; }
    if( c=='_' ){
      /* "WORD_ " is TABARI's whole-word mark, not a join */
      if( z+1<zEnd && !isSpace(z[1]) ) bJoin = 1;
      z++; continue;
    }
    if( c=='*' ){ itemAdd(t, it, IT_ANCHOR, bJoin, "*", 1, 0); bJoin = 0; z++; continue; }
    if( c=='$' || c=='+' || c=='%' ){ itemAdd(t, it, IT_TEXT, bJoin, z, 1, 0); bJoin = 0; z++; continue; }
    if( c=='^' ){ itemAdd(t, it, IT_TEXT, 0, "^", 1, 0); bJoin = 0; z++; continue; }   /* skip: a noun phrase (PETRARCH), an actor (TABARI) */
    if( c=='&' ){
      const char *n0 = z+1, *n1 = n0;
      while( n1<zEnd && !isWordStop(*n1) ) n1++;
      const char *zB = synLookup(t, n0, (size_t)(n1-n0));
      if( !zB ){ warn(t, "synset &%.*s is not defined above; pattern skipped", (int)(n1-n0), n0); it->bBad = 1; return; }
      Buf w; memset(&w, 0, sizeof w);
      bufPutc(&w, '&'); bufPuts(&w, zB);
      itemAdd(t, it, IT_TEXT, bJoin, bufStr(&w), w.n, 0);
      t->bOom |= w.bOom;
      bufFree(&w);
      bJoin = 0; z = n1; continue;
    }
    if( c=='{' || c=='(' ){
      const char *zC = closeOf(z, zEnd);
      if( !zC ){ warn(t, "'%c' without a matching close; pattern skipped", c); it->bBad = 1; return; }
      if( c=='{' && findChar(z+1, zC, '|') ){
        altItem(t, it, bJoin, z+1, zC);
      }else{
        patTokens(t, it, z+1, zC, bJoin, nDepth+1);
      }
      bJoin = 0; z = zC+1; continue;
    }
    if( c=='}' || c==')' || c=='|' || c=='[' || c==']' ){
      warn(t, "stray '%c' in pattern; pattern skipped", c); it->bBad = 1; return;
    }
    if( c=='!' || c=='=' || c=='@' ){
      warn(t, "'%c' in a pattern word cannot be written in brink's format; pattern skipped", c); it->bBad = 1; return;
    }
    const char *zS = z;
    while( z<zEnd && !isWordStop(*z) ) z++;
    if( z-zS>=120 ){ warn(t, "word too long; pattern skipped"); it->bBad = 1; return; }
    /* TABARI: "REAL~_PLEASANT": '~' makes a joined word a stem too */
    int bTilde = t->bTabari && z-zS>1 && z[-1]=='~';
    itemAdd(t, it, IT_TEXT, bJoin, zS, (size_t)(z-zS) - (bTilde ? 1 : 0), 1);
    if( bTilde || z==zEnd || isSpace(*z) ){
      /* no '_' after it: a TABARI stem */
      stemLast(t, &it->txt, it->a[it->n-1].iS);
      it->a[it->n-1].iE = it->txt.n;
    }
    bJoin = 0;
  }
}

static void itemsRender(Buf *b, const Items *it, int i0, int i1){
  for(int i=i0; i<i1; i++){
    if( i>i0 ) bufPutc(b, it->a[i].bJoin ? '_' : ' ');
    bufAppend(b, it->txt.z + it->a[i].iS, it->a[i].iE - it->a[i].iS);
  }
}

/* "- pre * post [code]" */
static void verbPattern(T *t, const char *z, const char *zEnd){
  z = skipWs(z+1, zEnd);
  const char *zB = 0;
  for(const char *q=zEnd; q>z; q--) if( q[-1]=='[' ){ zB = q-1; break; }
  if( !zB ){ warn(t, "pattern without a '[code]'; skipped"); return; }
  const char *zC = findChar(zB, zEnd, ']');
  if( !zC ){ warn(t, "'[' without ']'; pattern skipped"); return; }
  if( trimWs(zC+1, zEnd) > skipWs(zC+1, zEnd) ){ warn(t, "text after the pattern's '[code]'; pattern skipped"); return; }
  char zCode[16];
  int rc = verbCode(t, zB+1, zC, zCode);
  if( rc==0 ) return;
  if( rc==2 ) t->nDiscardPat++;
  if( t->nVerb==0 ){ warn(t, "pattern with no verb above it; skipped"); return; }
  Items *it = calloc(1, sizeof(Items));
  if( !it ){ t->bOom = 1; return; }
  patTokens(t, it, z, trimWs(z, zB), 0, 0);
  int iA = -1, nA = 0;
  for(int i=0; i<it->n; i++) if( it->a[i].eKind==IT_ANCHOR ){ if( iA<0 ) iA = i; nA++; }
  if( !it->bBad && nA>1 ){ warn(t, "pattern has more than one '*'; skipped"); it->bBad = 1; }
  if( !it->bBad ){
    /* No '*': PETRARCH reads every element as coming before the verb. */
    int iSplit = iA<0 ? it->n : iA;
    int iPost = iA<0 ? it->n : iA+1;
    if( GROW(t, t->aPat, t->nPat, t->nPatAlloc) ){
      VPat *p = &t->aPat[t->nPat];
      memset(p, 0, sizeof *p);
      Buf pre, post; memset(&pre, 0, sizeof pre); memset(&post, 0, sizeof post);
      itemsRender(&pre, it, 0, iSplit);
      itemsRender(&post, it, iPost, it->n);
      p->bJoinPre = iA>=0 && iSplit>0 && it->a[iA].bJoin;
      p->bJoinPost = iPost<it->n && it->a[iPost].bJoin;
      p->zPre = pre.n ? pre.z : 0; if( !pre.n ) bufFree(&pre);
      p->zPost = post.n ? post.z : 0; if( !post.n ) bufFree(&post);
      memcpy(p->zCode, zCode, sizeof zCode);
      p->iLine = t->iLine;
      t->bOom |= pre.bOom | post.bOom;
      t->nPat++;
    }
  }
  t->bOom |= it->txt.bOom;
  bufFree(&it->txt);
  free(it);
}

/* Words of a verb spelling "RE_+ADMIT", "+ASK_FOR", "LASH OUT": split on '_'
** and blanks; '+' marks the head (the verb proper), else the first word. */
typedef struct VWords { char az[8][64]; int n, iHead; int bStem; } VWords;
static int verbWords(const char *z, const char *zEnd, VWords *w){
  w->n = 0; w->iHead = -1; w->bStem = 0;
  while( z<zEnd ){
    while( z<zEnd && (isSpace(*z) || *z=='_') ) z++;
    if( z>=zEnd ) break;
    int bHead = 0;
    if( *z=='+' ){ bHead = 1; z++; }
    const char *zS = z;
    while( z<zEnd && !isSpace(*z) && *z!='_' && *z!='+' ) z++;
    size_t n = (size_t)(z - zS);
    if( n==0 ) continue;
    if( w->n==8 || n>=64 ) return 0;
    for(size_t i=0; i<n; i++) w->az[w->n][i] = (char)tolower((unsigned char)zS[i]);
    w->az[w->n][n] = 0;
    for(size_t i=0; i<n; i++) if( isWordStop(w->az[w->n][i]) ) return 0;
    if( bHead && w->iHead<0 ) w->iHead = w->n;
    w->n++;
  }
  if( w->n==0 ) return 0;
  if( w->iHead<0 ) w->iHead = 0;
  return 1;
}

static void addAnchor(T *t, const VWords *w){
  Buf star, plain; memset(&star, 0, sizeof star); memset(&plain, 0, sizeof plain);
  for(int i=0; i<w->n; i++){
    if( i ) bufPutc(&star, '_');
    if( i==w->iHead ) bufPutc(&star, '*');
    bufPuts(&star, w->az[i]);
  }
  if( w->bStem ){
    size_t iW = star.n;
    while( iW>0 && isalpha((unsigned char)star.z[iW-1]) ) iW--;
    stemLast(t, &star, iW);
  }
  if( w->iHead==0 ) bufPuts(&plain, bufStr(&star)+1);
  else bufPuts(&plain, bufStr(&star));
  /* the same anchor twice in one verb adds nothing */
  VVerb *v = &t->aVerb[t->nVerb-1];
  for(size_t i=v->iAnchor; i<t->nAnchor; i++){
    if( strcmp(t->aAnchor[i].zStar, bufStr(&star))==0 ){ bufFree(&star); bufFree(&plain); return; }
  }
  if( star.bOom || plain.bOom || !GROW(t, t->aAnchor, t->nAnchor, t->nAnchorAlloc) ){
    t->bOom = 1; bufFree(&star); bufFree(&plain); return;
  }
  t->aAnchor[t->nAnchor].zStar = star.z;
  t->aAnchor[t->nAnchor].zPlain = plain.z;
  t->nAnchor++;
  v->nAnchor++;
}

/* Does brink's lemma matching already take form to base?  Then the form
** needs no anchor of its own. */
static int reachesBase(T *t, const char *zForm, const char *zBase){
  static const int aTag[] = { TAG_VBD, TAG_VBN, TAG_VBG, TAG_VBZ, TAG_NNS };
  if( strcmp(zForm, zBase)==0 ) return 1;
  for(size_t i=0; i<sizeof aTag/sizeof aTag[0]; i++){
    const char *zL = brinkLemma(zForm, (int)strlen(zForm), aTag[i], &t->arena);
    int bSame = zL && strcmp(zL, zBase)==0;
    brinkArenaReset(&t->arena);
    if( bSame ) return 1;
  }
  return 0;
}

/* Add form f of base b unless lemma matching already covers it. */
static void addForm(T *t, const VWords *b, const VWords *f){
  /* (a stem base has no lemma: "sought" does not reach "seek*") */
  if( f->n==b->n && f->iHead==b->iHead && !b->bStem ){
    int bSameRest = 1;
    for(int i=0; i<f->n; i++) if( i!=f->iHead && strcmp(f->az[i], b->az[i])!=0 ) bSameRest = 0;
    if( bSameRest && reachesBase(t, f->az[f->iHead], b->az[b->iHead]) ) return;
  }
  addAnchor(t, f);
}

/* PETRARCH's regular forms of the head: +S; +D or +ED; +ING (dropping a final E). */
static void regularForms(T *t, const VWords *b){
  const char *zH = b->az[b->iHead];
  size_t n = strlen(zH);
  if( n==0 || n+4>=64 ) return;
  int bE = zH[n-1]=='e';
  for(int k=0; k<(t->bTabari ? 5 : 3); k++){
    VWords f = *b;
    f.bStem = 0;
    char *z = f.az[f.iHead];
    if( k==0 ) memcpy(z+n, "s", 2);
    else if( k==1 ) memcpy(z+n, bE ? "d" : "ed", bE ? 2 : 3);
    else if( k==2 ) memcpy(z + n - (bE?1:0), "ing", 4);
    else if( bE ) break;
    else memcpy(z+n, k==3 ? "es" : "en", 3);   /* TABARI's endings also take ES and EN */
    addForm(t, b, &f);
  }
}

static void verbFlush(T *t);

/* "VERB {FORMS} [code]" */
static void verbLine(T *t, const char *z, const char *zEnd){
  char zCode[16] = "";
  const char *zB = findChar(z, zEnd, '[');
  const char *zV = z, *zVE = zB ? zB : zEnd;
  if( zB ){
    const char *zC = findChar(zB, zEnd, ']');
    if( !zC ){ warn(t, "'[' without ']'; verb skipped"); return; }
    if( verbCode(t, zB+1, zC, zCode)==0 ) return;
  }
  const char *zO = findChar(zV, zVE, '{');
  const char *zF = 0, *zFE = 0;
  if( zO ){
    const char *zCl = findChar(zO, zVE, '}');
    if( !zCl ){ warn(t, "'{' without '}'; verb skipped"); return; }
    zF = zO+1; zFE = zCl;
    zVE = zO;
  }
  /* TABARI: "BAN=" is that word alone; "DEPART_" takes the regular endings;
  ** "CLASH" is a stem */
  zVE = trimWs(zV, zVE);
  int bExact = t->bTabari && zVE>zV && zVE[-1]=='=';
  if( bExact ) zVE--;
  int bStem = t->bTabari && !bExact && zVE>zV && zVE[-1]!='_';
  VWords base;
  if( !verbWords(zV, zVE, &base) ){ warn(t, "cannot read the verb '%.*s'; skipped", (int)(zVE-zV), zV); return; }
  if( !t->bBlock ){
    /* TABARI: each verb owns the patterns below it. */
    verbFlush(t);
    memcpy(t->zBlockCode, "---", 4);
  }
  if( !GROW(t, t->aVerb, t->nVerb, t->nVerbAlloc) ) return;
  VVerb *v = &t->aVerb[t->nVerb++];
  v->iAnchor = t->nAnchor; v->nAnchor = 0; v->iLine = t->iLine;
  memcpy(v->zCode, zCode[0] ? zCode : t->zBlockCode, 16);
  base.bStem = bStem;
  addAnchor(t, &base);
  if( t->bTabari ){
    if( !t->pLastBase ) t->pLastBase = malloc(sizeof(VWords));
    if( t->pLastBase ) memcpy(t->pLastBase, &base, sizeof base); else t->bOom = 1;
  }
  if( zF ){
    const char *q = zF;
    while( q<zFE ){
      q = skipWs(q, zFE);
      const char *s = q;
      while( q<zFE && !isSpace(*q) ) q++;
      if( q>s ){
        VWords f;
        if( !verbWords(s, q, &f) ){ warn(t, "cannot read the verb form '%.*s'; skipped", (int)(q-s), s); continue; }
        f.bStem = t->bTabari && q[-1]!='_';
        addForm(t, &base, &f);
      }
    }
  }else if( !bExact && !bStem ){
    regularForms(t, &base);
  }
}

/* Write the current block: every anchor of every verb with each pattern of
** the block, then alone with the verb's code.  That order matters: of
** equally specific patterns brink tries the first first, and the verb's own
** code applies only when none of its patterns match ("% * [030:030]" before
** the bare AGREE [081]). */
static void verbFlush(T *t){
  if( t->nVerb==0 ){
    if( t->nPat ) warnAt(t, t->aPat[0].iLine, "patterns with no verb; skipped");
    verbsClear(t);
    return;
  }
  Buf l; memset(&l, 0, sizeof l);
  section(t, SEC_VERBS);
  for(size_t iv=0; iv<t->nVerb; iv++){
    const VVerb *v = &t->aVerb[iv];
    for(size_t ia=v->iAnchor; ia<v->iAnchor+v->nAnchor; ia++){
      const VAnchor *a = &t->aAnchor[ia];
      for(size_t ip=0; ip<t->nPat; ip++){
        const VPat *p = &t->aPat[ip];
        l.n = 0;
        bufPuts(&l, p->zCode); bufPutc(&l, ' ');
        if( p->zPre ){
          bufPuts(&l, p->zPre); bufPutc(&l, p->bJoinPre ? '_' : ' ');
          bufPuts(&l, a->zStar);
        }else{
          bufPuts(&l, a->zPlain);
        }
        if( p->zPost ){ bufPutc(&l, p->bJoinPost ? '_' : ' '); bufPuts(&l, p->zPost); }
        emitLine(t, p->iLine, bufStr(&l), l.n);
      }
      l.n = 0;
      bufPuts(&l, v->zCode); bufPutc(&l, ' '); bufPuts(&l, a->zPlain);
      emitLine(t, v->iLine, bufStr(&l), l.n);
    }
  }
  t->bOom |= l.bOom;
  bufFree(&l);
  verbsClear(t);
}

/* A brink synset name for peer name z: letters, digits and '-', unique in
** the PeerSet. */
static const char *synDefine(T *t, const char *z, size_t n){
  char zName[48];
  size_t j = 0;
  for(size_t i=0; i<n && j<36; i++){
    if( isalnum((unsigned char)z[i]) || z[i]=='-' ) zName[j++] = (char)toupper((unsigned char)z[i]);
  }
  zName[j] = 0;
  if( j==0 ) memcpy(zName, "SYN", 4), j = 3;
  PeerSet *p = t->pSet;
  char zTry[48];
  memcpy(zTry, zName, j+1);
  for(int k=2; ; k++){
    int bUsed = 0;
    for(size_t i=0; i<p->nSyn; i++) if( strcasecmp(p->azSyn[i], zTry)==0 ){ bUsed = 1; break; }
    if( !bUsed ) break;
    snprintf(zTry, sizeof zTry, "%.36s-%d", zName, k % 100000);
  }
  if( !grow(t, (void**)&p->azSyn, &p->nSynAlloc, p->nSyn, sizeof(char*)) ) return 0;
  if( !GROW(t, t->aMap, t->nMap, t->nMapAlloc) ) return 0;
  char *zB = dupN(zTry, strlen(zTry));
  char *zP = dupN(z, n);
  if( !zB || !zP ){ free(zB); free(zP); t->bOom = 1; return 0; }
  p->azSyn[p->nSyn++] = zB;
  char *zB2 = dupN(zTry, strlen(zTry));
  if( !zB2 ){ free(zP); t->bOom = 1; return 0; }
  t->aMap[t->nMap].zPeer = zP;
  t->aMap[t->nMap].zBrink = zB2;
  t->aMap[t->nMap].zAlts = 0;
  t->nMap++;
  return zB2;
}

typedef struct SynState {
  int bIn;              /* reading "+ALT" lines of a synset */
  int bNoPlural;
  int iLine;
  char zPeer[64];
  Buf alts;
  int nAlt;
  int bSkip;            /* inside <TIME>, <NOUN>, ... */
} SynState;

static void synFlush(T *t, SynState *s){
  if( !s->bIn ) return;
  s->bIn = 0;
  if( s->nAlt==0 ){ warnAt(t, s->iLine, "synset &%s has no usable member; skipped", s->zPeer); return; }
  const char *zB = synDefine(t, s->zPeer, strlen(s->zPeer));
  if( !zB ) return;
  t->aMap[t->nMap-1].zAlts = dupN(s->alts.z, s->alts.n);
  if( !t->aMap[t->nMap-1].zAlts ){ t->bOom = 1; return; }
  Buf l; memset(&l, 0, sizeof l);
  bufPutc(&l, '&'); bufPuts(&l, zB); bufPuts(&l, " = "); bufAppend(&l, s->alts.z, s->alts.n);
  int eSave = t->iLine;
  t->iLine = s->iLine;
  section(t, SEC_SYNSETS);
  t->iLine = eSave;
  emitLine(t, s->iLine, bufStr(&l), l.n);
  t->bOom |= l.bOom;
  bufFree(&l);
}

/* A member that mixes words and one synset ("&TIETYPES_MEMOS",
** "MEMOS_ON_&TIETYPES"), which brink's format cannot hold, is written as
** one member per member of that synset ("military memos | economic memos"),
** appended to b, each after zSep when b is not empty.  Returns the number
** written, 0 if it cannot be. */
static int synExpand(T *t, Buf *b, const char *zSep, const char *z, const char *zEnd){
  const char *zAmp = findChar(z, zEnd, '&');
  if( !zAmp || findChar(zAmp+1, zEnd, '&') ) return 0;
  const char *n1 = zAmp+1;
  while( n1<zEnd && !isWordStop(*n1) ) n1++;
  const char *zAlts = 0;
  for(size_t i=t->nMap; i>0 && !zAlts; i--){
    const char *zP = t->aMap[i-1].zPeer;
    if( strlen(zP)==(size_t)(n1-zAmp-1) && strncasecmp(zP, zAmp+1, (size_t)(n1-zAmp-1))==0 ) zAlts = t->aMap[i-1].zAlts;
  }
  if( !zAlts || strchr(zAlts, '&') ) return 0;
  for(const char *q=z; q<zEnd; q++){
    if( q==zAmp ){ q = n1-1; continue; }
    if( *q!='_' && !isSpace(*q) && isWordStop(*q) ) return 0;
  }
  Buf pre, post; memset(&pre, 0, sizeof pre); memset(&post, 0, sizeof post);
  phraseWordsGap(&pre, z, zAmp, 0, t->bTabari);
  int bNo = 0;
  int nPost = phraseWordsGap(&post, n1, zEnd, &bNo, t->bTabari);
  /* TABARI: a blank (not an '_') next to the synset lets words come between */
  const char *zJoinPre = t->bTabari && zAmp>z && isSpace(zAmp[-1]) ? " ... " : " ";
  const char *zJoinPost = t->bTabari && n1<zEnd && isSpace(*n1) ? " ... " : " ";
  int nOut = 0;
  for(const char *a=zAlts; *a; ){
    const char *e = strstr(a, " | ");
    size_t n = e ? (size_t)(e-a) : strlen(a);
    if( b->n ) bufPuts(b, zSep);
    if( pre.n ){ bufLower(b, pre.z, pre.n); bufPuts(b, zJoinPre); }
    bufAppend(b, a, n);
    if( nPost ){
      bufPuts(b, zJoinPost);
      size_t iW = b->n;
      bufLower(b, post.z, post.n);
      while( iW<b->n && memchr(b->z+iW, ' ', b->n-iW) ) iW = (size_t)((char*)memchr(b->z+iW, ' ', b->n-iW) - b->z) + 1;
      if( !bNo ) stemLast(t, b, iW);
    }
    nOut++;
    a = e ? e+3 : a+n;
  }
  t->bOom |= pre.bOom | post.bOom;
  bufFree(&pre); bufFree(&post);
  return nOut;
}

static void synMember(T *t, SynState *s, const char *z, const char *zEnd){
  z = skipWs(z+1, zEnd);
  if( z>=zEnd ) return;
  zEnd = trimWs(z, zEnd);
  if( findChar(z, zEnd, '&') && (*z!='&' || findChar(z, zEnd, '_') || findChar(z, zEnd, ' ')) ){
    int n = synExpand(t, &s->alts, " | ", z, zEnd);
    if( n ){ s->nAlt += n; return; }
  }
  if( *z=='&' ){
    const char *n1 = z+1;
    while( n1<zEnd && !isWordStop(*n1) ) n1++;
    const char *zB = synLookup(t, z+1, (size_t)(n1-z-1));
    const char *r = n1; while( r<zEnd && *r=='_' ) r++;
    if( !zB ){ warn(t, "synset &%.*s is not defined above; member dropped", (int)(n1-z-1), z+1); return; }
    if( r<zEnd ){ warn(t, "synset member '%.*s' mixes a synset and words, which brink's format cannot hold; dropped", (int)(zEnd-z), z); return; }
    if( s->alts.n ) bufPuts(&s->alts, " | ");
    bufPutc(&s->alts, '&'); bufPuts(&s->alts, zB);
    s->nAlt++;
    return;
  }
  for(const char *q=z; q<zEnd; q++){
    if( *q=='&' || *q=='$' || *q=='+' || *q=='%' || *q=='*' || *q=='^' || *q=='{' || *q=='}' || *q=='|' || *q=='(' || *q==')' || *q=='=' ){
      warn(t, "synset member '%.*s' holds a slot or group, which brink's format cannot hold; dropped", (int)(zEnd-z), z);
      return;
    }
  }
  Buf w; memset(&w, 0, sizeof w);
  int bNo = 0;
  phraseWordsGap(&w, z, zEnd, &bNo, t->bTabari);
  if( w.n>=250 ){ warn(t, "synset member too long; dropped"); bufFree(&w); return; }
  if( !bNo && !s->bNoPlural ){
    size_t nW = w.n, iW = w.n;
    while( iW>0 && w.z[iW-1]!=' ' ) iW--;
    stemLast(t, &w, iW);
    if( w.n>nW ) bNo = 1;
  }
  if( s->alts.n ) bufPuts(&s->alts, " | ");
  bufLower(&s->alts, w.z, w.n);
  s->nAlt++;
  if( !bNo && !s->bNoPlural ){
    Buf pl; memset(&pl, 0, sizeof pl);
    if( pluralOf(&pl, w.z, w.n) ){ bufPuts(&s->alts, " | "); bufLower(&s->alts, pl.z, pl.n); }
    t->bOom |= pl.bOom;
    bufFree(&pl);
  }
  t->bOom |= w.bOom;
  bufFree(&w);
}

static SynState *synState(T *t){ return (SynState*)t->pState; }

static void verbFileLine(T *t, const char *z, const char *zEnd, int bBlank){
  SynState *s = synState(t);
  if( bBlank ) return;
  if( tagLine(t, z, zEnd, &s->bSkip) ) return;
  const char *c = skipWs(z, zEnd);
  if( s->bIn ){
    if( *c=='+' ){ synMember(t, s, c, zEnd); return; }
    synFlush(t, s);
  }
  if( zEnd-c>=3 && memcmp(c, "---", 3)==0 ){
    verbFlush(t);
    t->bBlock = 1;
    memcpy(t->zBlockCode, "---", 4);
    const char *zB = findChar(c+3, zEnd, '[');
    if( zB ){
      const char *zC = findChar(zB, zEnd, ']');
      if( !zC ) warn(t, "'[' without ']' in block header");
      else if( !verbCode(t, zB+1, zC, t->zBlockCode) ) memcpy(t->zBlockCode, "---", 4);
    }
    return;
  }
  if( *c=='-' ){ verbPattern(t, c, zEnd); return; }
  if( *c=='&' ){
    s->bIn = 1; s->iLine = t->iLine; s->nAlt = 0; s->alts.n = 0;
    if( s->alts.z ) s->alts.z[0] = 0;
    const char *n1 = c+1;
    while( n1<zEnd && !isSpace(*n1) ) n1++;
    const char *nE = n1;
    s->bNoPlural = nE>c+1 && nE[-1]=='_';
    while( nE>c+1 && nE[-1]=='_' ) nE--;
    size_t n = (size_t)(nE - c - 1);
    if( n==0 || n>=sizeof s->zPeer ){ warn(t, "bad synset name"); s->bIn = 0; return; }
    memcpy(s->zPeer, c+1, n); s->zPeer[n] = 0;
    return;
  }
  if( *c=='~' ){ t->nTransform++; return; }
  if( *c=='{' ){
    /* TABARI: the irregular forms of the verb above, "{ BROKE_ BROKEN_ }" */
    const char *zCl = findChar(c, zEnd, '}');
    if( !t->bTabari || !t->pLastBase || t->nVerb==0 || !zCl ){ t->nSkipSection++; return; }
    const VWords *pBase = t->pLastBase;
    for(const char *q=c+1; q<zCl; ){
      q = skipWs(q, zCl);
      const char *s0 = q;
      while( q<zCl && !isSpace(*q) ) q++;
      VWords f;
      if( q==s0 ) continue;
      if( !verbWords(s0, q, &f) ){ warn(t, "cannot read the verb form '%.*s'; skipped", (int)(q-s0), s0); continue; }
      f.bStem = q[-1]!='_';
      addForm(t, pBase, &f);
    }
    return;
  }
  verbLine(t, c, zEnd);
}

/* ---- Detection ---------------------------------------------------------- */
int brinkPeerFormat(const char *zName){
  static const char *const az[] = { "auto", "brink", "tabari", "petrarch1", "petrarch2", "discards", "issues" };
  if( !zName ) return PEER_FMT_AUTO;
  for(int i=0; i<(int)(sizeof az/sizeof az[0]); i++) if( strcmp(zName, az[i])==0 ) return i;
  return -1;
}

static int nameHas(const char *zBase, const char *zNeedle){
  size_t n = strlen(zNeedle);
  for(const char *q=zBase; *q; q++) if( strncasecmp(q, zNeedle, n)==0 ) return 1;
  return 0;
}

int brinkPeerDetect(const char *zPath, const char *z, size_t n, int eFormat){
  if( eFormat==PEER_FMT_BRINK ) return PEER_KIND_BRINK;
  if( eFormat==PEER_FMT_DISCARDS ) return PEER_KIND_DISCARDS;
  if( eFormat==PEER_FMT_ISSUES ) return PEER_KIND_ISSUES;
  /* content: brink's section lines, and counts of the peers' tell-tales */
  const char *zEnd = z + n;
  size_t nVerb = 0, nAgent = 0, nCode = 0, nIssue = 0, nLine = 0;
  for(const char *p=z; p<zEnd && nLine<20000; nLine++){
    const char *e = findChar(p, zEnd, '\n'); if( !e ) e = zEnd;
    const char *s = skipWs(p, e);
    if( eFormat==PEER_FMT_AUTO && s<e && *s=='@' ){
      static const char *const azSec[] = { "@actors", "@agents", "@verbs", "@discards", "@synsets" };
      for(size_t i=0; i<5; i++){
        size_t nS = strlen(azSec[i]);
        if( (size_t)(e-s)>=nS && memcmp(s, azSec[i], nS)==0 && trimWs(s+nS, e)==s+nS ) return PEER_KIND_BRINK;
      }
    }
    if( s<e && *s!='#' && *s!=';' ){
      if( (e-s>=4 && memcmp(s, "--- ", 4)==0) || (e-s>=2 && s[0]=='-' && s[1]==' ') ) nVerb++;
      if( e-s>=6 && strncasecmp(s, "<ISSUE", 6)==0 ) nIssue++;
      const char *b = findChar(s, e, '[');
      if( b ){
        const char *bc = findChar(b, e, ']');
        if( bc && (findChar(b, bc, '~')) ) nAgent++;
        else nCode++;
      }
      if( *s=='!' && findChar(s, e, '=') ) nAgent++;
    }
    p = e<zEnd ? e+1 : zEnd;
  }
  /* names: TABARI's extensions and Phoenix's file names */
  const char *zBase = zPath ? strrchr(zPath, '/') : 0;
  zBase = zBase ? zBase+1 : (zPath ? zPath : "");
  if( nameHas(zBase, "issue") || nIssue ) return PEER_KIND_ISSUES;
  if( nameHas(zBase, "discard") ) return PEER_KIND_DISCARDS;
  if( nameHas(zBase, "verb") || nVerb>=3 ) return PEER_KIND_VERBS;
  if( nameHas(zBase, "agent") ) return PEER_KIND_AGENTS;
  if( nameHas(zBase, "actor") ) return PEER_KIND_ACTORS;
  if( nAgent>nCode ) return PEER_KIND_AGENTS;
  if( nCode ) return PEER_KIND_ACTORS;
  if( eFormat==PEER_FMT_AUTO && n==0 ) return PEER_KIND_BRINK;
  return PEER_KIND_DISCARDS;
}

/* ---- Driver --------------------------------------------------------------- */
void brinkPeerSetClear(PeerSet *p){
  for(size_t i=0; i<p->nIssue; i++){ free(p->aIssue[i].zPhrase); free(p->aIssue[i].zCode); free(p->aIssue[i].zCategory); }
  free(p->aIssue);
  for(size_t i=0; i<p->nSyn; i++) free(p->azSyn[i]);
  free(p->azSyn);
  memset(p, 0, sizeof *p);
}

size_t brinkPeerIssueCodes(const PeerSet *p){ return p->nIssueCode; }

void brinkPeerTextFree(PeerText *p){
  free(p->z); free(p->aLine);
  memset(p, 0, sizeof *p);
}

/* Is z[0..n) a TABARI file?  TABARI comments with ';' and has no
** "--- NAME ---" block headers; PETRARCH and Phoenix comment with '#'. */
static int isTabariText(const char *z, size_t n){
  size_t nSemi = 0, nHash = 0, nHdr = 0;
  const char *zEnd = z + n;
  for(const char *p=z; p<zEnd; ){
    const char *e = findChar(p, zEnd, '\n'); if( !e ) e = zEnd;
    const char *s = skipWs(p, e);
    if( findChar(s, e, '#') ) nHash++;
    else if( findChar(s, e, ';') ) nSemi++;
    if( e-s>=4 && memcmp(s, "--- ", 4)==0 ) nHdr++;
    p = e<zEnd ? e+1 : zEnd;
  }
  return nSemi>=3 && nSemi>nHash && nHdr==0;
}

int brinkPeerTranslate(PeerSet *pSet, const char *zFile, const char *z, size_t n, int eKind,
                       brink_diag_fn xDiag, void *pArg, PeerText *pOut){
  T t;
  memset(&t, 0, sizeof t);
  t.bTabari = (eKind==PEER_KIND_ACTORS || eKind==PEER_KIND_AGENTS || eKind==PEER_KIND_VERBS)
           && isTabariText(z, n);
  t.pSet = pSet; t.zFile = zFile ? zFile : "-"; t.xDiag = xDiag; t.pArg = pArg; t.pOut = pOut;
  pOut->bTabari = t.bTabari;
  t.eSec = -1;
  brinkArenaInit(&t.arena);
  memcpy(t.zBlockCode, "---", 4);
  switch( eKind ){
    case PEER_KIND_ACTORS: {
      ActState a; memset(&a, 0, sizeof a);
      t.pState = &a;
      forEachLine(&t, z, n, 0, actorLine);
      t.iLine++;
      actFlush(&t, &a);
      t.bOom |= a.phr.bOom | a.codes.bOom;
      bufFree(&a.phr); bufFree(&a.codes);
      t.pState = 0;
      break;
    }
    case PEER_KIND_AGENTS:
      forEachLine(&t, z, n, 0, agentLine);
      if( t.nCombine ) warnAt(&t, 0, "%zu agent combination rules (<Combine ...>) are not supported; ignored", t.nCombine);
      substFree(&t);
      break;
    case PEER_KIND_DISCARDS: {
      size_t nBefore = pSet->nStoryDiscard;
      forEachLine(&t, z, n, 0, discardLine);
      if( pSet->nStoryDiscard > nBefore ){
        char zMsg[128];
        snprintf(zMsg, sizeof zMsg, "# %zu story discards ('+' lines) are read as sentence discards",
                 pSet->nStoryDiscard - nBefore);
        emitStr(&t, 0, zMsg);
      }
      break;
    }
    case PEER_KIND_ISSUES: {
      IssueState st; memset(&st, 0, sizeof st);
      t.pState = &st;
      forEachLine(&t, z, n, 1, issueLine);
      t.bOom |= st.cat.bOom;
      bufFree(&st.cat);
      t.pState = 0;
      break;
    }
    case PEER_KIND_VERBS: {
      SynState s; memset(&s, 0, sizeof s);
      t.pState = &s;
      forEachLine(&t, z, n, 0, verbFileLine);
      t.iLine++;
      synFlush(&t, &s);
      verbFlush(&t);
      t.bOom |= s.alts.bOom;
      bufFree(&s.alts);
      t.pState = 0;
      if( t.nDiscardPat ) warnAt(&t, 0, "%zu [###] discard patterns are read as null patterns (---): brink discards by phrase, not by pattern", t.nDiscardPat);
      if( t.nTransform ) warnAt(&t, 0, "%zu PETRARCH-2 transformations ('~' lines) are not supported; skipped", t.nTransform);
      break;
    }
    default: break;
  }
  verbsClear(&t);
  free(t.pLastBase);
  free(t.aAnchor); free(t.aVerb); free(t.aPat);
  for(size_t i=0; i<t.nMap; i++){ free(t.aMap[i].zPeer); free(t.aMap[i].zBrink); free(t.aMap[i].zAlts); }
  free(t.aMap);
  brinkArenaFree(&t.arena);
  return (t.bOom || pOut->bOom) ? BRINK_ENOMEM : BRINK_OK;
}

/* Peer diagnostics carry the original line; a column would point into the
** translated text, so it is dropped. */
typedef struct DiagWrap { brink_diag_fn x; void *pArg; } DiagWrap;
static void diagNoCol(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  DiagWrap *w = pArg;
  (void)iCol;
  if( w->x ) w->x(w->pArg, zFile, iLine, 0, zMsg);
}

int brinkPeerLoadFile(PeerSet *pSet, Dict *pDict, const char *zPath, int eFormat,
                      brink_diag_fn xDiag, void *pArg, PeerText *pOut, char **pzErr){
  char *z = 0; size_t n = 0;
  int rc = brinkDictReadFile(zPath, &z, &n, pzErr);
  if( rc!=BRINK_OK ) return rc;
  int eKind = brinkPeerDetect(zPath, z ? z : "", n, eFormat);
  if( eKind==PEER_KIND_BRINK ){
    rc = brinkDictLoadText(pDict, zPath, z ? z : "", n, xDiag, pArg);
    if( rc==BRINK_OK && pOut ){
      T t; memset(&t, 0, sizeof t);
      t.pOut = pOut;
      const char *p = z ? z : "", *pEnd = p + n;
      int iLine = 0;
      while( p<pEnd ){
        const char *e = findChar(p, pEnd, '\n'); if( !e ) e = pEnd;
        emitLine(&t, ++iLine, p, (size_t)(e - p));
        p = e<pEnd ? e+1 : pEnd;
      }
      if( pOut->bOom ) rc = BRINK_ENOMEM;
    }
    free(z);
    return rc;
  }
  if( eKind==PEER_KIND_VERBS ){
    pSet->nVerbFiles++;
    if( petrarchBlocks(z ? z : "", n) ) pSet->nPetrVerbFiles++;
  }
  PeerText tx; memset(&tx, 0, sizeof tx);
  DiagWrap w = { xDiag, pArg };
  rc = brinkPeerTranslate(pSet, zPath, z ? z : "", n, eKind, diagNoCol, &w, &tx);
  free(z);
  if( rc==BRINK_OK ){
    brinkDictSetSplitPunct(pDict, tx.bTabari);
    rc = brinkDictLoadTextMap(pDict, zPath, tx.z ? tx.z : "", tx.n, tx.aLine, tx.nLine, diagNoCol, &w);
    brinkDictSetSplitPunct(pDict, 0);
  }
  if( rc==BRINK_OK && pOut ){
    T t; memset(&t, 0, sizeof t);
    t.pOut = pOut;
    for(size_t i=0, iS=0; i<tx.nLine; i++){
      const char *e = memchr(tx.z+iS, '\n', tx.n-iS);
      size_t iE = e ? (size_t)(e - tx.z) : tx.n;
      emitLine(&t, tx.aLine[i], tx.z+iS, iE-iS);
      iS = iE+1;
    }
    if( pOut->bOom ) rc = BRINK_ENOMEM;
  }
  brinkPeerTextFree(&tx);
  return rc;
}
