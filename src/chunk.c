/*
** chunk.c — base noun-phrase chunking over part-of-speech tags.
**
** A chunk is a maximal run of NP-internal tags ending in its head:
**   (PDT) (DT | PRP$ | WP$) (CD | JJ* | modifier VBG/VBN | NN* | POS)* head
** where the head is a noun, a number or, alone, a personal pronoun.  Possessives
** stay inside ("Dagolath 's first Deputy Prime Minister" is one chunk).  A
** gerund or participle counts as a modifier only after a determiner,
** adjective or possessive and before a noun ("the ruling party"), so that
** "killing civilians" is not taken for a noun phrase.  Tags come from
** brinkTagSentence(); this module only reads eTag and writes iChunk.
*/
#include "lexicon.h"

/* Each tag's classes in one table: the tests run at every token, and a
** sentence's tags make their chains of comparisons branch unpredictably. */
enum { C_INNER = 1, C_HEAD = 2, C_DET = 4 };   /* may sit inside a base NP; heads one; a determiner */
static const unsigned char aTagClass[TAG__COUNT] = {
  [TAG_NN] = C_INNER|C_HEAD, [TAG_NNS] = C_INNER|C_HEAD, [TAG_NNP] = C_INNER|C_HEAD,
  [TAG_NNPS] = C_INNER|C_HEAD, [TAG_CD] = C_INNER|C_HEAD,
  [TAG_JJ] = C_INNER, [TAG_JJR] = C_INNER, [TAG_JJS] = C_INNER, [TAG_POS] = C_INNER,
  [TAG_DT] = C_DET, [TAG_PDT] = C_DET, [TAG_PRPS] = C_DET, [TAG_WPS] = C_DET,
};
static int tagClass(int e){ return e>=0 && e<TAG__COUNT ? aTagClass[e] : 0; }
static int isInner(int e){ return tagClass(e) & C_INNER; }
static int isHead(int e){ return tagClass(e) & C_HEAD; }
static int isDet(int e){ return tagClass(e) & C_DET; }

/* See lexicon.h.  Chunks are numbered from 0 in sentence order.  Each token
** is set as the scan passes it: in a chunk, or -1. */
int brinkChunk(Tok *aTok, int nTok){
  int nChunk = 0;
  int i = 0;
  if( !aTok || nTok<=0 ) return 0;
  while( i<nTok ){
    int e = aTok[i].eTag;
    if( e==TAG_PRP || e==TAG_EX ){                 /* a pronoun is a chunk on its own */
      aTok[i].iChunk = nChunk++;
      i++;
      continue;
    }
    if( !(tagClass(e) & (C_DET|C_INNER)) ){ aTok[i++].iChunk = -1; continue; }
    /* extend the run */
    int j = i, iLastHead = -1;
    if( e==TAG_PDT ) j++;
    if( j<nTok && isDet(aTok[j].eTag) && aTok[j].eTag!=TAG_PDT ) j++;
    while( j<nTok ){
      int t = aTok[j].eTag;
      if( isInner(t) ){
        if( isHead(t) ) iLastHead = j;
        j++;
        continue;
      }
      /* a determiner after a head is not inner, so it ends the run and opens
      ** the next chunk; a gerund or participle is a modifier only between a
      ** determiner/adjective/possessive and a nominal */
      if( (t==TAG_VBG || t==TAG_VBN) && j>i && j+1<nTok
       && (isDet(aTok[j-1].eTag) || TAG_IS_ADJ(aTok[j-1].eTag) || aTok[j-1].eTag==TAG_POS)
       && (TAG_IS_NOUN(aTok[j+1].eTag) || TAG_IS_ADJ(aTok[j+1].eTag)) ){
        j++;                                        /* "the ruling party" */
        continue;
      }
      break;
    }
    if( iLastHead<0 ){
      do{ aTok[i++].iChunk = -1; }while( i<j );   /* (to j, or i+1) */
      continue;
    }
    for(int k=i; k<=iLastHead; k++) aTok[k].iChunk = nChunk;
    nChunk++;
    i = iLastHead+1;
  }
  return nChunk;
}
