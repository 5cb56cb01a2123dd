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

/* Tags that may sit inside a base NP (other than the special cases). */
static int isInner(int e){
  return TAG_IS_NOUN(e) || TAG_IS_ADJ(e) || e==TAG_CD || e==TAG_POS;
}
static int isHead(int e){
  return TAG_IS_NOUN(e) || e==TAG_CD;
}
static int isDet(int e){
  return e==TAG_DT || e==TAG_PDT || e==TAG_PRPS || e==TAG_WPS;
}

/* See lexicon.h.  Chunks are numbered from 0 in sentence order. */
int brinkChunk(Tok *aTok, int nTok){
  int nChunk = 0;
  int i = 0;
  if( !aTok || nTok<=0 ) return 0;
  for(int k=0; k<nTok; k++) aTok[k].iChunk = -1;
  while( i<nTok ){
    int e = aTok[i].eTag;
    if( e==TAG_PRP || e==TAG_EX ){                 /* a pronoun is a chunk on its own */
      aTok[i].iChunk = nChunk++;
      i++;
      continue;
    }
    if( !isDet(e) && !isInner(e) ){ i++; continue; }
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
    if( iLastHead<0 ){ i = j>i ? j : i+1; continue; }
    for(int k=i; k<=iLastHead; k++) aTok[k].iChunk = nChunk;
    nChunk++;
    i = iLastHead+1;
  }
  return nChunk;
}
