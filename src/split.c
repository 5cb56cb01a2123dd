/*
** split.c — sentence boundaries in news prose.
**
** A boundary is a blank line, or '.', '!' or '?' (plus any closing quotes and
** brackets) followed by white space and something that can start a sentence.
** A period does not end a sentence when it belongs to:
**   - a title or other abbreviation that is always followed by more text
**     ("Gen.", "Mr.", "Sen."), or a single-letter initial ("Joseph R. Biden");
**   - a decimal number ("1.5");
**   - an abbreviation that may also end a sentence ("U.S.", "a.m.", "Jr.",
**     "Inc.") unless the next word is a typical sentence opener ("The", "He").
** Single newlines inside a paragraph are treated as spaces, but a line with
** no final punctuation followed by a blank line (a headline) is a sentence.
** A rule of three or more spaced dashes ("- - - -", between the items of a
** news digest) is a boundary too.
** brinkSplitLines is the other mode: one sentence per line (--sentences).
*/
#include "text.h"
#include <string.h>
#ifdef __SSE2__
# include <emmintrin.h>     /* (x86-64 has it always: the scan below, sixteen bytes at a time) */
#endif
#include <ctype.h>

/* Abbreviations that never end a sentence: titles and the like.  Lower case,
** without the final period.  (Each list here is sorted by byte: IN_LIST().) */
static const char *const azTitle[] = {
  "adm","amb","approx","apr","art","aug","brig","capt","cmdr","col","cpl",
  "cpt","dec","dept","dr","est","feb","fig","fr","ft","gen","gens","gov",
  "govs","hon","insp","jan","jul","jun","lieut","lt","maj","mar","messrs",
  "mr","mrs","ms","mt","no","nos","nov","oct","pres","prof","pvt","rep",
  "reps","rev","sen","sens","sep","sept","sgt","sr","st","supt","v","vol",
  "vs",0
};
/* Abbreviations that may end a sentence (sorted by byte). */
static const char *const azMayEnd[] = {
  "a.m","ag","al","bros","co","corp","d.c","e.u","etc","inc","jr","l.p","ltd",
  "n.v","p.m","plc","s.a","u.k","u.n","u.s","u.s.a",0
};
/* Words that, capitalised after an ambiguous abbreviation, start a sentence
** (sorted by byte).  Not the titles and roles that follow "U.S." in a name:
** "U.S. President Joe Biden", and Reuters' "U.S. Officials said" (88 times
** in its 1987 corpus, each inside a sentence). */
static const char *const azOpener[] = {
  "a","according","after","also","an","and","as","at","before","but","for",
  "he","her","his","however","i","if","in","it","its","meanwhile","on","she",
  "that","the","their","there","these","they","this","those","we","when",
  "while",0
};

/* The lists above are searched by halves (asked at every period: "said.",
** "mln."); IN_LIST(az, z) passes the list's length. */
#define IN_LIST(az, z) brinkInSorted(az, (int)(sizeof(az)/sizeof(az[0]))-1, z)

/* Lower-case the word ending just before position i (exclusive) into zBuf.
** A word here may contain internal periods ("U.S").  Returns its length. */
static size_t wordBefore(const char *z, size_t i, char *zBuf, size_t nBuf, size_t *piStart){
  size_t j = i;
  while( j>0 && (isalnum((unsigned char)z[j-1]) || z[j-1]=='.' || z[j-1]=='-'
                 || (unsigned char)z[j-1]>=0x80) ) j--;
  size_t n = i - j;
  if( n>=nBuf ) n = 0;
  for(size_t k=0; k<n; k++) zBuf[k] = (char)tolower((unsigned char)z[j+k]);
  zBuf[n] = 0;
  if( piStart ) *piStart = j;
  return n;
}

static size_t wordAfter(const char *z, size_t n, size_t i, char *zBuf, size_t nBuf){
  size_t k = 0;
  while( i<n && (z[i]=='"' || z[i]=='\'' || z[i]=='(' || z[i]=='[') ) i++;
  while( i<n && k+1<nBuf && isalpha((unsigned char)z[i]) ){
    zBuf[k++] = (char)tolower((unsigned char)z[i]);
    i++;
  }
  zBuf[k] = 0;
  return k;
}

/* Does the period at z[i] end a sentence, given what follows at z[j]? */
static int periodEnds(const char *z, size_t n, size_t i, size_t j){
  char zW[32], zNext[32];
  size_t iStart;
  size_t nW = wordBefore(z, i, zW, sizeof zW, &iStart);
  if( nW==0 ) return 1;
  /* decimal number: digit '.' digit is handled by the caller (no space). */
  if( IN_LIST(azTitle, zW) ) return 0;
  /* single initial: "R." (capital letter alone) */
  if( nW==1 && isupper((unsigned char)z[iStart]) ) return 0;
  /* internal periods: "U.S" or "a.m" */
  int bDotted = memchr(zW, '.', nW)!=0;
  if( bDotted || IN_LIST(azMayEnd, zW) ){
    size_t nNext = wordAfter(z, n, j, zNext, sizeof zNext);
    if( nNext && isupper((unsigned char)z[j + (z[j]=='"'||z[j]=='\''||z[j]=='('||z[j]=='[')])
        && IN_LIST(azOpener, zNext) ) return 1;
    return 0;
  }
  return 1;
}

/* Can a sentence start at z[j]? Upper case, digit, quote or bracket. */
static int canStart(const char *z, size_t n, size_t j){
  if( j>=n ) return 1;
  unsigned char c = (unsigned char)z[j];
  if( isupper(c) || isdigit(c) || c>=0x80 ) return 1;
  if( c=='"' || c=='\'' || c=='(' || c=='[' ) return 1;
  return 0;
}

size_t brinkSplitLines(const char *z, size_t n, void (*xSentence)(void*, size_t, size_t), void *pArg){
  size_t i = 0, nSent = 0;
  while( i<n ){
    const char *zNl = memchr(z+i, '\n', n-i);
    size_t e = zNl ? (size_t)(zNl - z) : n;
    size_t a = i, b = e;
    while( a<b && (z[a]==' ' || z[a]=='\t' || z[a]=='\r') ) a++;
    while( b>a && (z[b-1]==' ' || z[b-1]=='\t' || z[b-1]=='\r') ) b--;
    if( b>a ){ xSentence(pArg, a, b); nSent++; }
    i = e+1;
  }
  return nSent;
}

/* The only characters brinkSplit acts on.  Its sixteen- and eight-byte
** scans test these five by value: a byte added here must be added there. */
static const unsigned char aAct[256] = {
  ['\n'] = 1, ['-'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1
};

/* Does the word x hold a byte c?  (A zero byte of x^c in every lane:
** Mycroft's test, exact for whether any lane is zero.) */
#define ONES8 0x0101010101010101ull
#define HAS_BYTE(x, c) ((((x)^(ONES8*(c))) - ONES8) & ~((x)^(ONES8*(c))) & (ONES8*0x80))

size_t brinkSplit(const char *z, size_t n, void (*xSentence)(void*, size_t, size_t), void *pArg){
  size_t nSent = 0;
  size_t iStart = 0;
  size_t i = 0;
#define EMIT(a,b) do{ size_t a_=(a), b_=(b); \
    while( a_<b_ && isspace((unsigned char)z[a_]) ) a_++; \
    while( b_>a_ && isspace((unsigned char)z[b_-1]) ) b_--; \
    if( b_>a_ ){ if( xSentence ) xSentence(pArg, a_, b_); nSent++; } }while(0)
  while( i<n ){
    /* the bytes in between, in a tight loop of their own: one table load
    ** a byte (the two tests of a mask branched on letters against spaces,
    ** digits and commas, which the processor cannot predict) */
    /* (sixteen or eight at a time first: a sentence's bytes are mostly none
    ** of them) */
#ifdef __SSE2__
    {
      const __m128i vNl = _mm_set1_epi8('\n'), vHy = _mm_set1_epi8('-'), vDot = _mm_set1_epi8('.');
      const __m128i vEx = _mm_set1_epi8('!'), vQu = _mm_set1_epi8('?');
      for(; i+16<=n; i+=16){
        __m128i v = _mm_loadu_si128((const __m128i*)(z+i));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vNl), _mm_cmpeq_epi8(v, vHy)),
                    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vDot), _mm_cmpeq_epi8(v, vEx)),
                                 _mm_cmpeq_epi8(v, vQu)));
        int mAt = _mm_movemask_epi8(m);
        if( mAt ){ i += (size_t)__builtin_ctz((unsigned)mAt); break; }   /* (the first of them) */
      }
    }
#endif
    for(uint64_t x; i+8<=n && !aAct[(unsigned char)z[i]]; i+=8){
      memcpy(&x, z+i, 8);
      if( HAS_BYTE(x, '\n') | HAS_BYTE(x, '-') | HAS_BYTE(x, '.') | HAS_BYTE(x, '!') | HAS_BYTE(x, '?') ) break;
    }
    while( i<n && !aAct[(unsigned char)z[i]] ) i++;
    if( i>=n ) break;
    char c = z[i];
    if( c=='\n' ){
      /* blank line: paragraph break */
      size_t j = i+1;
      while( j<n && (z[j]==' ' || z[j]=='\t' || z[j]=='\r') ) j++;
      if( j<n && z[j]=='\n' ){
        EMIT(iStart, i);
        while( j<n && isspace((unsigned char)z[j]) ) j++;
        iStart = i = j;
        continue;
      }
      i++;
      continue;
    }
    /* a rule of spaced dashes ("- - - -") between items of a digest */
    if( c=='-' && (i==0 || isspace((unsigned char)z[i-1])) ){
      size_t j = i, nDash = 0;
      while( j<n && z[j]=='-' && (j+1>=n || isspace((unsigned char)z[j+1])) ){
        nDash++;
        j++;
        while( j<n && (z[j]==' ' || z[j]=='\t') ) j++;
      }
      if( nDash>=3 ){
        EMIT(iStart, i);
        while( j<n && isspace((unsigned char)z[j]) ) j++;
        iStart = i = j;
        continue;
      }
    }
    if( c=='.' || c=='!' || c=='?' ){
      size_t j = i+1;
      /* runs of terminal punctuation: "?!" or "..." */
      while( j<n && (z[j]=='.' || z[j]=='!' || z[j]=='?') ) j++;
      /* closing quotes and brackets belong to this sentence */
      while( j<n && (z[j]=='"' || z[j]=='\'' || z[j]==')' || z[j]==']') ) j++;
      if( j<n && !isspace((unsigned char)z[j]) ){ i = j; continue; } /* "1.5", "U.S." inside */
      size_t k = j;
      while( k<n && isspace((unsigned char)z[k]) ) k++;
      int bEnd;
      if( k>=n ) bEnd = 1;
      else if( !canStart(z, n, k) ) bEnd = 0;
      else if( c=='.' && j==i+1 ) bEnd = periodEnds(z, n, i, k);
      else bEnd = 1;
      if( bEnd ){
        EMIT(iStart, j);
        iStart = k;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  EMIT(iStart, n);
#undef EMIT
  return nSent;
}
