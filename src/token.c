/*
** token.c — cut one sentence into tokens.
**
** Rules, in the order they are tried at each position:
**   - white space separates tokens, and so does an underscore between two
**     words ("Dol_Amroth");
**   - a number keeps its thousands separators and decimal point
**     ("20,000", "1.5"); "20,000 - 25,000" is three tokens;
**   - a word runs over letters, digits, internal hyphens ("de-escalate",
**     "F-16") and internal periods of dotted abbreviations ("U.S.");
**     a known abbreviation keeps its final period ("Gen.", "Jr.");
**   - clitics split off: "Russia's" -> "Russia" "'s", "didn't" -> "did" "n't";
**   - every other character is a punctuation token of its own, except runs
**     "..." and "--".
** Bytes >= 0x80 count as letters, so names in any script stay whole.  The
** tokenizer also marks quotation spans (TOKF_INQUOTE) and the first word,
** and hashes each token's lower-case form for the word memo (Tok.hLow).
*/
#include "text.h"
#include <string.h>
#include <ctype.h>

/* A letter or digit in ASCII, or any byte of a multibyte character: a
** table of our own, not the locale's (isalnum() is a call per byte, and
** the tokenizer's word scan is its hottest loop; one load a byte is
** cheaper there than the three range tests it replaced). */
static const unsigned char aAlnum[256] = {
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,   /* 0x00-0x1f */
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,   /* ' '-'/', '0'-'?' */
  0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,   /* '@'-'O', 'P'-'_' */
  0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,   /* '`'-'o', 'p'-DEL */
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,   /* 0x80-0xff */
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
};
#define IS_ALNUM(c) (aAlnum[(unsigned char)(c)]!=0)
/* The same for the C locale's isupper(), isspace(), isdigit():
** each of those reads the locale's table through a call. */
#define IS_UPPER(c) ((unsigned)((unsigned char)(c) - 'A')<26u)
#define IS_DIGIT(c) ((unsigned)((unsigned char)(c) - '0')<10u)
#define IS_SPACE(c) ((c)==' ' || (unsigned)((unsigned char)(c) - '\t')<5u)   /* \t \n \v \f \r */

/* For the lower-casing loops, a byte's lower-case form in the low 8 bits
** and its class in the high 8: CASE_UP for 'A'-'Z', CASE_LOW for 'a'-'z',
** CASE_ALNUM where aAlnum[] is 1.  One load a byte gives the word scan
** (brinkTokenize) both the end of the word and the letter to copy. */
enum { CASE_LOW = 0x100, CASE_UP = 0x200, CASE_ALNUM = 0x400 };
#define CASE_OF(c) ( ((c)>='A' && (c)<='Z') ? (CASE_UP|CASE_ALNUM|((c)+0x20)) \
                   : ((c)>='a' && (c)<='z') ? (CASE_LOW|CASE_ALNUM|(c)) \
                   : (((c)>='0' && (c)<='9') || (c)>=0x80) ? (CASE_ALNUM|(c)) : (c) )
#define CASE4(c)  CASE_OF(c), CASE_OF((c)+1), CASE_OF((c)+2), CASE_OF((c)+3)
#define CASE16(c) CASE4(c), CASE4((c)+4), CASE4((c)+8), CASE4((c)+12)
#define CASE64(c) CASE16(c), CASE16((c)+16), CASE16((c)+32), CASE16((c)+48)
static const uint16_t aCase[256] = { CASE64(0), CASE64(64), CASE64(128), CASE64(192) };
#undef CASE64
#undef CASE16
#undef CASE4
#undef CASE_OF

/* Abbreviations that keep their period as part of the token (lower case),
** sorted by byte: isAbbrev() searches them by halves. */
static const char *const azAbbrev[] = {
  "adm","amb","apr","aug","brig","capt","co","col","corp","cpl","dec","dr",
  "feb","ft","gen","gov","inc","jan","jr","jul","jun","lt","ltd","maj","mar",
  "messrs","mr","mrs","ms","mt","no","nov","oct","pres","prof","pvt","rep",
  "rev","sen","sep","sept","sgt","sr","st","vs",
};

/* (asked of every word before a period: "said." as well as "Gen.") */
static int isAbbrev(const char *z, int n){
  char zLow[8];
  if( n<=0 || n>=(int)sizeof zLow ) return 0;   /* (none is longer than "messrs") */
  for(int i=0; i<n; i++) zLow[i] = (char)aCase[(unsigned char)z[i]];
  zLow[n] = 0;
  return brinkInSorted(azAbbrev, (int)(sizeof azAbbrev/sizeof azAbbrev[0]), zLow);
}

/* Length of a number starting at z[0]: digits with ',' or '.' between digit
** groups.  0 if z does not start with a digit. */
static int numberLen(const char *z, int n){
  int i = 0;
  if( i>=n || !IS_DIGIT(z[0]) ) return 0;
  while( i<n ){
    if( IS_DIGIT(z[i]) ){ i++; continue; }
    if( (z[i]==',' || z[i]=='.') && i+1<n && IS_DIGIT(z[i+1]) ){ i++; continue; }
    break;
  }
  return i;
}

/* wordLen() past z[0..i0), a run of letters and digits that ends at a
** character that may go on a word ('-', '.' or '&'). */
static int wordLenFrom(const char *z, int n, int i0, int *pFlags){
  int i = i0;
  int flags = 0;
  while( i<n ){
    while( i<n && IS_ALNUM(z[i]) ) i++;    /* (the run of letters in a tight loop of its own) */
    if( i>=n ) break;
    if( z[i]=='-' && i>0 && i+1<n && IS_ALNUM(z[i+1]) ){ flags |= TOKF_HYPHEN; i++; continue; }
    /* dotted abbreviation: a single letter, a period, a letter: "U.S.", "a.m." */
    if( z[i]=='.' && i+1<n && isalpha((unsigned char)z[i+1]) && i>=1
        && (i==1 || z[i-2]=='.') ){
      i++;
      continue;
    }
    if( z[i]=='&' && i>0 && i+1<n && isupper((unsigned char)z[i-1]) && isupper((unsigned char)z[i+1]) ){
      i++; continue;  /* AT&T */
    }
    break;
  }
  /* "U.S." — keep the final period of a dotted abbreviation. */
  if( i<n && z[i]=='.' && i>=2 && z[i-2]=='.' ) i++;
  else if( i<n && z[i]=='.' && isAbbrev(z, i) ) i++;
  *pFlags = flags;
  return i;
}

/* Length of a word starting at z[0].  Most words end at a blank or a mark
** that cannot go on a word: found here, inline, without the call to
** wordLenFrom() (and its saving of registers) that the rest needs. */
static inline int wordLen(const char *z, int n, int *pFlags){
  int i = 0;
  while( i<n && IS_ALNUM(z[i]) ) i++;
  if( i>=n || (z[i]!='-' && z[i]!='.' && z[i]!='&') ){ *pFlags = 0; return i; }
  return wordLenFrom(z, n, i, pFlags);
}

typedef struct TokBuilder {
  Arena *pArena;
  Tok *aTok;
  int nTok, nAlloc;
  char *zLowNext;        /* the lower-cased copies, one after another */
} TokBuilder;

/* Lower-case z[0..n) into zLow (NUL-terminated) and hash it; *pCase gets
** the aCase[] bits of its bytes or-ed together. */
static inline uint32_t lowerHash(const char *z, int n, char *zLow, unsigned *pCase){
  unsigned mCase = 0;
  uint32_t h = brinkHashInit;
  for(int i=0; i<n; i++){
    unsigned k = aCase[(unsigned char)z[i]];
    mCase |= k;
    zLow[i] = (char)k;
    h = brinkHashStep(h, (unsigned char)k);
  }
  zLow[n] = 0;
  *pCase = mCase;
  return h;
}

/* Push the token z[0..n) whose lower-case copy is at p->zLowNext already,
** with h its hash and mCase the aCase[] bits of its bytes (lowerHash). */
static Tok *tokPush(TokBuilder *p, const char *zSent, size_t iBase, const char *z, int n, int flags,
                    uint32_t h, unsigned mCase){
  if( p->nTok>=p->nAlloc ){
    int nNew = p->nAlloc ? p->nAlloc*2 : 64;
    Tok *aNew = brinkArenaAlloc(p->pArena, sizeof(Tok)*(size_t)nNew);
    if( !aNew ) return 0;
    if( p->nTok ) memcpy(aNew, p->aTok, sizeof(Tok)*(size_t)p->nTok);
    p->aTok = aNew;
    p->nAlloc = nNew;
  }
  Tok *t = &p->aTok[p->nTok++];
  char *zLow = p->zLowNext;
  p->zLowNext += n+1;
  if( IS_UPPER(z[0]) ) flags |= TOKF_CAP;
  /* a name with the Arabic article in small letters is a name:
  ** "al-Khawaja", "el-Sisi", "ad-Dawla" (stop 31) */
  else if( n>=5 && z[2]=='-' && IS_UPPER(z[3]) && (z[0]=='a' || z[0]=='e')
           && (z[1]=='l' || z[1]=='d' || z[1]=='s' || z[1]=='n' || z[1]=='r' || z[1]=='t' || z[1]=='z') ) flags |= TOKF_CAP;
  /* all capitals is "two or more capitals and no small letter": counted
  ** only for a form with capitals and no small letter */
  if( (mCase & (CASE_UP|CASE_LOW))==CASE_UP ){
    int nUp = 0;
    for(int i=0; i<n; i++) nUp += IS_UPPER(z[i]);
    if( nUp>=2 ) flags |= TOKF_ALLCAP;
  }
  t->z = z;
  t->n = n;
  t->hLow = h;
  t->zLow = zLow;
  t->zLemma = zLow;
  t->iOff = (uint32_t)(iBase + (size_t)(z - zSent));
  t->flags = (uint16_t)flags;
  t->eTag = 0;
  t->iChunk = -1;
  t->iLex = 0;
  t->pCands = 0;
  return t;
}

int brinkTokenize(Arena *pArena, const char *z, size_t nz, size_t iBase, Tok **paTok){
  TokBuilder b = { pArena, 0, 0, 0, 0 };
  int n = (int)nz;
  int i = 0;
  /* One block for all the lower-cased copies (one arena call, not one a
  ** token): the tokens cover each byte once at most, plus a NUL each. */
  b.zLowNext = brinkArenaAlloc(pArena, 2*nz+1);
  if( !b.zLowNext ) return -1;
  while( i<n ){
    unsigned char c = (unsigned char)z[i];
    if( IS_SPACE(c) ){ i++; continue; }
    /* '_' joining two words separates them, as a blank would ("Dol_Amroth":
    ** the peer dictionaries and TABARI's texts write names and phrases so) */
    if( c=='_' && i>0 && IS_ALNUM(z[i-1]) && i+1<n && IS_ALNUM(z[i+1]) ){ i++; continue; }
    int len, flags = 0;
    int bLow = 0;        /* the lower-case copy is made, and h and mCase are its */
    uint32_t h = 0;
    unsigned mCase = 0;
    if( (len = numberLen(z+i, n-i))>0 ){
      /* a number glued to letters ("15th", "F16", "2021-04-13") is a word */
      if( i+len<n && (IS_ALNUM(z[i+len]) || (z[i+len]=='-' && i+len+1<n && IS_ALNUM(z[i+len+1]))) ){
        len = wordLen(z+i, n-i, &flags);
      }else{
        flags = TOKF_NUM;
      }
    }else if( IS_ALNUM(c) ){
      /* the run of letters and digits, lower-cased and hashed as it is
      ** scanned: most words end with it and need no second pass */
      const unsigned char *zW = (const unsigned char*)z+i;
      char *zL = b.zLowNext;
      int m = n-i;
      mCase = 0;
      h = brinkHashInit;
      len = 0;
      while( len<m ){
        unsigned k = aCase[zW[len]];
        if( !(k & CASE_ALNUM) ) break;
        mCase |= k;
        zL[len++] = (char)k;
        h = brinkHashStep(h, (unsigned char)k);
      }
      bLow = 1;
      if( len<n-i && (z[i+len]=='-' || z[i+len]=='.' || z[i+len]=='&') ){
        len = wordLenFrom(z+i, n-i, len, &flags);
        bLow = 0;
      }
      /* clitics: "n't" and "'s", "'re", "'ll", "'ve", "'d", "'m" */
      if( len>=3 && z[i+len-1]=='n' && i+len<n && z[i+len]=='\'' && i+len+1<n && z[i+len+1]=='t'
          && (i+len+2>=n || !IS_ALNUM(z[i+len+2])) ){
        len -= 1;   /* "did" + "n't" */
        bLow = 0;
      }
    }else if( c=='\'' ){
      /* clitic after a word, or a quote */
      int k = i+1;
      while( k<n && isalpha((unsigned char)z[k]) ) k++;
      int m = k-i-1;
      int bAfterWord = i>0 && IS_ALNUM(z[i-1]);
      if( bAfterWord && m>0 && m<=2 && (k>=n || !IS_ALNUM(z[k])) ){
        len = k-i;   /* 's 're 'll 've 'd 'm */
      }else if( bAfterWord && i>0 && (z[i-1]=='s' || z[i-1]=='S') && (i+1>=n || !IS_ALNUM(z[i+1])) ){
        len = 1; flags = 0;   /* plural possessive: "leaders'" */
      }else{
        len = 1; flags = TOKF_PUNCT|TOKF_QUOTE;
      }
    }else if( c=='.' && i+2<n && z[i+1]=='.' && z[i+2]=='.' ){
      len = 3; flags = TOKF_PUNCT;
    }else if( c=='-' && i+1<n && z[i+1]=='-' ){
      len = 2; flags = TOKF_PUNCT;
    }else{
      len = 1; flags = TOKF_PUNCT;
      if( c=='"' ) flags |= TOKF_QUOTE;
    }
    /* "n't" produced by the clitic rule above */
    if( c=='n' && len==1 && i+2<n && z[i+1]=='\'' && z[i+2]=='t' ){ len = 3; bLow = 0; }
    if( bLow ) b.zLowNext[len] = 0;
    else h = lowerHash(z+i, len, b.zLowNext, &mCase);
    if( !tokPush(&b, z, iBase, z+i, len, flags, h, mCase) ) return -1;
    i += len;
  }
  /* Quotation spans and the first word. */
  int bIn = 0, bFirst = 1;
  for(int k=0; k<b.nTok; k++){
    Tok *t = &b.aTok[k];
    if( t->flags & TOKF_QUOTE ){
      /* a single quote only opens/closes when it is not an apostrophe */
      if( t->z[0]=='"' ) bIn = !bIn;
      continue;
    }
    if( bIn ) t->flags |= TOKF_INQUOTE;
    if( bFirst && !(t->flags & TOKF_PUNCT) ){
      t->flags |= TOKF_FIRST;
      bFirst = 0;
    }
  }
  *paTok = b.aTok;
  return b.nTok;
}
