/*
** tagacc.c — agreement of brinkTagSentence() with a treebank's tags.
**
**   tagacc [-v] [-n REPEAT] RECORDS.xml
**
** Reads every <Parse>...</Parse> tree of a PETRARCH-style records file (read
** at run time; nothing is copied), takes its (TAG word) leaves as a sentence,
** sets the tokenizer's flags as lexicon.h documents them, tags it and compares.
** Punctuation tags agree when both sides are punctuation; PETRARCH's AUX*
** tags are read as the matching VB* tags.  Prints token agreement overall,
** without punctuation and on open-class words (gold NN*, VB*, JJ*, RB*), the
** commonest confusions, and tagging speed (tokens/s over REPEAT passes).
** -v lists every disagreement with its sentence position.
*/
#include "lexicon.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAXTOK 512

typedef struct Sent {
  int nTok;
  Tok *aTok;
  uint8_t *aGold;
} Sent;

static char *readAll(const char *zPath){
  FILE *f = fopen(zPath, "rb");
  if( !f ){ perror(zPath); exit(1); }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *z = malloc((size_t)n+1);
  if( !z || fread(z, 1, (size_t)n, f)!=(size_t)n ){ fprintf(stderr, "read failed\n"); exit(1); }
  z[n] = 0;
  fclose(f);
  return z;
}

static int goldTag(const char *zTag){
  static const char *const az[][2] = {
    {"AUX","VB"}, {"AUXB","VB"}, {"AUXD","VBD"}, {"AUXG","VBG"}, {"AUXN","VBN"},
    {"AUXP","VBP"}, {"AUXZ","VBZ"}, {0,0}
  };
  for(int i=0; az[i][0]; i++) if( !strcmp(zTag, az[i][0]) ) zTag = az[i][1];
  return brinkTagFromName(zTag);
}

/* Flags as the tokenizer sets them (lexicon.h). */
static uint16_t wordFlags(const char *z, int n){
  uint16_t f = 0;
  int nAlpha = 0, nUpper = 0, nDigit = 0, nOther = 0;
  for(int i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( isalpha(c) ){ nAlpha++; if( isupper(c) ) nUpper++; }
    else if( isdigit(c) ) nDigit++;
    else if( c!=',' && c!='.' ) nOther++;
    if( c=='-' && i>0 && i<n-1 ) f |= TOKF_HYPHEN;
  }
  if( nAlpha && isupper((unsigned char)z[0]) ) f |= TOKF_CAP;
  if( nAlpha>=2 && nUpper==nAlpha ) f |= TOKF_ALLCAP;
  if( nDigit && !nAlpha && !nOther && isdigit((unsigned char)z[0]) ) f |= TOKF_NUM;
  if( !nAlpha && !nDigit ) f |= TOKF_PUNCT;
  if( !strcmp(z, "``") || !strcmp(z, "''") || !strcmp(z, "\"") || !strcmp(z, "'") ) f |= TOKF_QUOTE;
  return f;
}

static int parseTrees(char *zDoc, Sent **paSent){
  int nSent = 0, nAlloc = 0;
  Sent *aSent = 0;
  char *p = zDoc;
  while( (p = strstr(p, "<Parse>"))!=0 ){
    char *zEnd = strstr(p, "</Parse>");
    if( !zEnd ) break;
    Tok *aTok = calloc(MAXTOK, sizeof(Tok));
    uint8_t *aGold = calloc(MAXTOK, 1);
    int nTok = 0, bFirstDone = 0;
    for(char *q=p+7; q<zEnd && nTok<MAXTOK; q++){
      if( *q!='(' ) continue;
      char *zTag = q+1, *r = zTag;
      while( r<zEnd && *r!=' ' && *r!='(' && *r!=')' && *r!='\n' ) r++;
      if( *r!=' ' ) continue;
      char *zWord = r+1, *w = zWord;
      while( w<zEnd && *w!=' ' && *w!='(' && *w!=')' && *w!='\n' ) w++;
      if( *w!=')' || w==zWord ) continue;
      *r = 0; *w = 0;
      const char *zW = zWord;
      if( !strcmp(zW, "-LRB-") ) zW = "(";
      else if( !strcmp(zW, "-RRB-") ) zW = ")";
      int n = (int)strlen(zW);
      char *zLow = malloc((size_t)n+1);
      for(int i=0; i<=n; i++) zLow[i] = (char)tolower((unsigned char)zW[i]);
      Tok *t = &aTok[nTok];
      t->z = zW; t->n = n; t->zLow = zLow; t->zLemma = zLow; t->iChunk = -1;
      t->flags = wordFlags(zW, n);
      if( !bFirstDone && !(t->flags & TOKF_QUOTE) ){ t->flags |= TOKF_FIRST; bFirstDone = 1; }
      aGold[nTok] = (uint8_t)goldTag(zTag);
      nTok++;
      q = w;
    }
    if( nSent==nAlloc ){
      nAlloc = nAlloc ? 2*nAlloc : 256;
      aSent = realloc(aSent, (size_t)nAlloc*sizeof(Sent));
    }
    aSent[nSent].nTok = nTok;
    aSent[nSent].aTok = aTok;
    aSent[nSent].aGold = aGold;
    nSent++;
    p = zEnd;
  }
  *paSent = aSent;
  return nSent;
}

static int isOpen(int e){
  return TAG_IS_NOUN(e) || TAG_IS_VERB(e) || TAG_IS_ADJ(e) || e==TAG_RB || e==TAG_RBR || e==TAG_RBS;
}

static int isKnown(const Tok *t){
  return brinkLexFind(&brinkLexWords, t->zLow, (int)strlen(t->zLow))>=0;
}

int main(int argc, char **argv){
  int bVerbose = 0, nRepeat = 200;
  const char *zFile = 0;
  for(int i=1; i<argc; i++){
    if( !strcmp(argv[i], "-v") ) bVerbose = 1;
    else if( !strcmp(argv[i], "-n") && i+1<argc ) nRepeat = atoi(argv[++i]);
    else zFile = argv[i];
  }
  if( !zFile ){
    fprintf(stderr, "usage: tagacc [-v] [-n REPEAT] RECORDS.xml\n");
    return 2;
  }
  char *zDoc = readAll(zFile);
  Sent *aSent;
  int nSent = parseTrees(zDoc, &aSent);
  long nAll = 0, nAllOk = 0, nWord = 0, nWordOk = 0, nOpen = 0, nOpenOk = 0;
  long nUnk = 0, nUnkOk = 0;
  static long aConf[TAG__COUNT][TAG__COUNT];
  for(int s=0; s<nSent; s++){
    Sent *p = &aSent[s];
    brinkTagSentence(p->aTok, p->nTok);
    for(int i=0; i<p->nTok; i++){
      int g = p->aGold[i], t = p->aTok[i].eTag;
      int bOk = g==t;
      nAll++; nAllOk += bOk;
      if( g!=TAG_PUNCT ){ nWord++; nWordOk += bOk; }
      if( isOpen(g) ){ nOpen++; nOpenOk += bOk; }
      if( g!=TAG_PUNCT && !isKnown(&p->aTok[i]) ){ nUnk++; nUnkOk += bOk; }
      aConf[g][t]++;
      if( bVerbose && !bOk ){
        printf("sent %d tok %d: %-14s gold %-5s got %-5s |", s, i, p->aTok[i].z,
               brinkTagName(g), brinkTagName(t));
        for(int k=i-3; k<=i+3; k++) if( k>=0 && k<p->nTok ) printf(" %s", p->aTok[k].z);
        printf("\n");
      }
    }
  }
  printf("sentences %d, tokens %ld\n", nSent, nAll);
  printf("token agreement          %6.2f%%  (%ld/%ld)\n", 100.0*nAllOk/nAll, nAllOk, nAll);
  printf("excluding punctuation    %6.2f%%  (%ld/%ld)\n", 100.0*nWordOk/nWord, nWordOk, nWord);
  printf("open-class words         %6.2f%%  (%ld/%ld)\n", 100.0*nOpenOk/nOpen, nOpenOk, nOpen);
  printf("words not in lexicon     %6.2f%%  (%ld/%ld)\n", nUnk ? 100.0*nUnkOk/nUnk : 0.0, nUnkOk, nUnk);
  printf("commonest confusions (gold -> tagger):\n");
  for(int k=0; k<12; k++){
    long nBest = 0; int gB = 0, tB = 0;
    for(int g=0; g<TAG__COUNT; g++) for(int t=0; t<TAG__COUNT; t++){
      if( g!=t && aConf[g][t]>nBest ){ nBest = aConf[g][t]; gB = g; tB = t; }
    }
    if( !nBest ) break;
    printf("  %-5s -> %-5s %ld\n", gB ? brinkTagName(gB) : "?", brinkTagName(tB), nBest);
    aConf[gB][tB] = -aConf[gB][tB];
  }

  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for(int r=0; r<nRepeat; r++){
    for(int s=0; s<nSent; s++) brinkTagSentence(aSent[s].aTok, aSent[s].nTok);
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double rSec = (double)(t1.tv_sec-t0.tv_sec) + 1e-9*(double)(t1.tv_nsec-t0.tv_nsec);
  if( nRepeat>0 && rSec>0 ){
    printf("speed: %.0f tokens/s, %.0f sentences/s (%d passes, %.2f s)\n",
           (double)nAll*nRepeat/rSec, (double)nSent*nRepeat/rSec, nRepeat, rSec);
  }
  for(int s=0; s<nSent; s++){
    for(int i=0; i<aSent[s].nTok; i++) free((char*)aSent[s].aTok[i].zLow);
    free(aSent[s].aTok);
    free(aSent[s].aGold);
  }
  free(aSent);
  free(zDoc);
  return 0;
}
