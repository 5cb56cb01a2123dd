/*
** fuzz_peer.c — libFuzzer target for the peer-dictionary translator
** (src/peer.c).
**
** The first byte of each input picks the kind (actors, agents, verbs,
** discards, issues, or detection); the rest is translated.  Checks:
**   - the translation is text of whole lines, one line-map entry per line,
**     every mapped line 0 (a file summary) or a line of the input;
**   - every diagnostic names the file, a line of the input (or 0) and has a
**     one-line, non-empty message;
**   - the translated text loads into a Dict with brinkDictLoadTextMap and
**     compiles; dict.c's diagnostics also name input lines;
**   - issue phrases are non-empty.
** Under ASan, leaks fail the run.
**
** Build: make build-fuzz/fuzz_peer; run with fuzz/corpus/fuzz_peer.
*/
#include "peer.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

#define CHECK(x) do{ if( !(x) ){ fprintf(stderr, "CHECK failed: %s (line %d)\n", #x, __LINE__); abort(); } }while(0)
#define FUZZ_NAME "fuzz.txt"

typedef struct DiagState { int nLine; size_t nDiag; } DiagState;

static void onDiag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  DiagState *p = pArg;
  CHECK( zFile && strcmp(zFile, FUZZ_NAME)==0 );
  CHECK( iLine>=0 && iLine<=p->nLine+1 );
  CHECK( iCol>=0 );
  CHECK( zMsg && zMsg[0] && !strchr(zMsg, '\n') );
  p->nDiag++;
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  if( nData<1 ) return 0;
  int eSel = aData[0] % 6;
  const char *z = (const char*)aData + 1;
  size_t n = nData - 1;
  DiagState ds = { 1, 0 };
  for(size_t i=0; i<n; i++) if( z[i]=='\n' ) ds.nLine++;
  int eKind = eSel==0 ? brinkPeerDetect("fuzz.txt", z, n, PEER_FMT_AUTO) : eSel;
  if( eKind==PEER_KIND_BRINK ) eKind = PEER_KIND_ACTORS;
  CHECK( eKind>=PEER_KIND_ACTORS && eKind<=PEER_KIND_ISSUES );

  PeerSet set; memset(&set, 0, sizeof set);
  PeerText tx; memset(&tx, 0, sizeof tx);
  int rc = brinkPeerTranslate(&set, FUZZ_NAME, z, n, eKind, onDiag, &ds, &tx);
  CHECK( rc==BRINK_OK || rc==BRINK_ENOMEM );
  if( rc==BRINK_OK ){
    size_t nNl = 0;
    for(size_t i=0; i<tx.n; i++) if( tx.z[i]=='\n' ) nNl++;
    CHECK( nNl==tx.nLine );
    CHECK( tx.n==0 || tx.z[tx.n-1]=='\n' );
    for(size_t i=0; i<tx.nLine; i++) CHECK( tx.aLine[i]>=0 && tx.aLine[i]<=ds.nLine+1 );
    for(size_t i=0; i<set.nIssue; i++) CHECK( set.aIssue[i].zPhrase[0] );

    Dict *p = brinkDictNew();
    CHECK( p );
    rc = brinkDictLoadTextMap(p, FUZZ_NAME, tx.z ? tx.z : "", tx.n, tx.aLine, tx.nLine, onDiag, &ds);
    CHECK( rc==BRINK_OK || rc==BRINK_ENOMEM );
    CHECK( brinkDictFinish(p)==BRINK_OK );
    brinkDictFree(p);
  }
  brinkPeerTextFree(&tx);
  brinkPeerSetClear(&set);
  return 0;
}
