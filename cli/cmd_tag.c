/*
** cmd_tag.c — `brink tag` and `brink split`: look inside the text pipeline.
**
** `brink tag` prints one token per line: text, lemma, Penn tag and chunk.
** `brink split` prints one sentence per line.  Both read their arguments as
** text, or standard input when there are none.
*/
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* All of fp, up to 16 MiB; *pbCut is set if there was more (it is said and
** makes the exit status 1: the rest was once dropped without a word). */
static char *readAll(FILE *fp, size_t *pn, int *pbCut){
  size_t n = 0, nAlloc = 65536;
  char *z = malloc(nAlloc);
  if( !z ) return 0;
  size_t got;
  while( (got = fread(z+n, 1, nAlloc-n-1, fp))>0 ){
    n += got;
    if( n+1>=nAlloc ){
      if( nAlloc >= (size_t)BRINK_MAX_STORY*4 ){
        int c = getc(fp);
        if( c!=EOF ){ *pbCut = 1; ungetc(c, fp); }
        break;
      }
      char *zNew = realloc(z, nAlloc*2);
      if( !zNew ){ free(z); return 0; }
      z = zNew; nAlloc *= 2;
    }
  }
  z[n] = 0;
  *pn = n;
  return z;
}

/* The text to look at: arguments joined by spaces, or stdin; normalised. */
static char *inputText(int argc, char **argv, int iFirst, size_t *pn, const char *zCmd, int *pbCut){
  char *zRaw = 0;
  size_t nRaw = 0;
  if( iFirst<argc ){
    for(int i=iFirst; i<argc; i++) nRaw += strlen(argv[i]) + 1;
    zRaw = malloc(nRaw+1);
    if( !zRaw ) return 0;
    zRaw[0] = 0;
    for(int i=iFirst; i<argc; i++){ strcat(zRaw, argv[i]); if( i+1<argc ) strcat(zRaw, " "); }
    nRaw = strlen(zRaw);
  }else{
    zRaw = readAll(stdin, &nRaw, pbCut);
    if( !zRaw ) return 0;
    if( *pbCut ) fprintf(stderr, "brink %s: standard input is over %u MiB; only the first %zu bytes are read\n",
                         zCmd, (BRINK_MAX_STORY*4)>>20, nRaw);
  }
  int rc; size_t iBad = 0;
  char *z = brink_normalize(zRaw, nRaw, pn, &rc, &iBad);
  free(zRaw);
  if( !z ) fprintf(stderr, "brink %s: input is not valid UTF-8 (byte %zu)\n", zCmd, iBad);
  return z;
}

typedef struct Ranges { size_t *a; size_t n, nAlloc; int bOom; } Ranges;
static void collect(void *pArg, size_t iStart, size_t iEnd){
  Ranges *r = pArg;
  if( r->bOom ) return;
  if( r->n+2>r->nAlloc ){
    size_t nNew = r->nAlloc ? r->nAlloc*2 : 64;
    size_t *aNew = realloc(r->a, nNew*sizeof(size_t));
    if( !aNew ){ r->bOom = 1; return; }
    r->a = aNew; r->nAlloc = nNew;
  }
  r->a[r->n++] = iStart;
  r->a[r->n++] = iEnd;
}

static int wantsHelp(int argc, char **argv){
  return argc>1 && (strcmp(argv[1], "-h")==0 || strcmp(argv[1], "--help")==0);
}

int cmd_split(int argc, char **argv){
  if( wantsHelp(argc, argv) ){
    printf("usage: brink split [TEXT...]\n\n"
           "Print the sentences of TEXT (or standard input), one per line, as the\n"
           "coder sees them.\n");
    return 0;
  }
  size_t n;
  int bCut = 0;
  char *z = inputText(argc, argv, 1, &n, "split", &bCut);
  if( !z ) return 1;
  Ranges r = { 0, 0, 0, 0 };
  brink_split_sentences(z, n, collect, &r);
  for(size_t i=0; i+1<r.n; i+=2){
    for(size_t k=r.a[i]; k<r.a[i+1]; k++) putchar(z[k]=='\n' ? ' ' : z[k]);
    putchar('\n');
  }
  int rc = r.bOom || bCut ? 1 : 0;
  free(r.a);
  free(z);
  return rc;
}

int cmd_tag(int argc, char **argv){
  if( wantsHelp(argc, argv) ){
    printf("usage: brink tag [TEXT...]\n\n"
           "Split TEXT (or standard input) into sentences and print each token with\n"
           "its lemma, Penn Treebank tag and noun-phrase chunk number (- outside a\n"
           "chunk), tab-separated.  A blank line separates sentences.\n");
    return 0;
  }
  size_t n;
  int bCut = 0;
  char *z = inputText(argc, argv, 1, &n, "tag", &bCut);
  if( !z ) return 1;
  char *zErr = 0;
  brink_engine *pEng = brink_engine_new(0, &zErr);
  if( !pEng ){ fprintf(stderr, "brink tag: %s\n", zErr ? zErr : "cannot load"); free(zErr); free(z); return 1; }
  brink_coder *c = brink_coder_new(pEng);
  Ranges r = { 0, 0, 0, 0 };
  brink_split_sentences(z, n, collect, &r);
  int rc = (c && !r.bOom) ? 0 : 1;
  int rcEnd = bCut ? 1 : 0;
  for(size_t i=0; rc==0 && i+1<r.n; i+=2){
    const brink_token *aTok;
    int nTok = brink_analyze(c, z+r.a[i], r.a[i+1]-r.a[i], &aTok);
    if( nTok<0 ){ rc = 1; break; }
    for(int k=0; k<nTok; k++){
      if( aTok[k].iChunk>=0 ) printf("%.*s\t%s\t%s\t%d\n", aTok[k].nText, aTok[k].zText, aTok[k].zLemma, aTok[k].zTag, aTok[k].iChunk);
      else printf("%.*s\t%s\t%s\t-\n", aTok[k].nText, aTok[k].zText, aTok[k].zLemma, aTok[k].zTag);
    }
    putchar('\n');
  }
  free(r.a);
  brink_coder_free(c);
  brink_engine_free(pEng);
  free(z);
  return rc ? rc : rcEnd;
}
