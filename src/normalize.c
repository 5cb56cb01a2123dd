/*
** normalize.c — make story text safe and uniform for the tokenizer.
**
** One pass over the input validates UTF-8 and rewrites what a news wire
** spells in many ways into one spelling: typographic quotes and dashes
** become ASCII, the many Unicode spaces become ' ', invisible characters
** and control characters go, and line ends become '\n'.  Then, only if a
** code point at or above U+0300 survived (NFC changes no character below
** U+0300, and every combining mark lies above it), the text is put in NFC
** by utf8proc.  Mapping runs before NFC so that dropping an invisible
** character between a letter and its accent still lets them compose.
**
** Pure ASCII text with no control characters is validated and copied in a
** tight loop; that is the common case for English wire text.
**
** What counts as a word, a sentence or a name is left to the tokenizer.
*/
#include "brink.h"
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "text.h"

/* Decode one UTF-8 sequence at z[0..n) (n>=1, z[0]>=0x80).  Returns its
** length and sets *pC, or 0 if the sequence is invalid: a stray
** continuation byte, a truncated sequence, an overlong form, a surrogate or
** a value past U+10FFFF (RFC 3629). */
static int utf8Decode(const unsigned char *z, size_t n, uint32_t *pC){
  unsigned c = z[0];
  uint32_t v;
  int nLen;
  uint32_t vMin;
  if( c<0xC2 ) return 0;               /* continuation byte, or C0/C1 overlong */
  if( c<0xE0 ){ nLen = 2; v = c & 0x1F; vMin = 0x80; }
  else if( c<0xF0 ){ nLen = 3; v = c & 0x0F; vMin = 0x800; }
  else if( c<0xF5 ){ nLen = 4; v = c & 0x07; vMin = 0x10000; }
  else return 0;
  if( n<(size_t)nLen ) return 0;
  for(int i=1; i<nLen; i++){
    if( (z[i] & 0xC0)!=0x80 ) return 0;
    v = (v<<6) | (z[i] & 0x3F);
  }
  if( v<vMin || v>0x10FFFF || (v>=0xD800 && v<=0xDFFF) ) return 0;
  *pC = v;
  return nLen;
}

/* What to do with a non-ASCII code point.  Returns the ASCII replacement
** ("" to drop the character) or NULL to keep it as it is. */
static const char *mapCodepoint(uint32_t c){
  if( c<0xA0 ) return "";                       /* C1 controls */
  switch( c ){
    /* Single quotes, apostrophes and the prime. */
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      return "'";
    /* Double quotes, guillemets and the double prime. */
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x00AB: case 0x00BB: case 0x2033:
      return "\"";
    /* Hyphens, dashes and the minus sign.  A spaced en or em dash keeps its
    ** spaces, so "Kyiv – Moscow" becomes "Kyiv - Moscow". */
    case 0x2010: case 0x2011: case 0x2012: case 0x2013:
    case 0x2014: case 0x2015: case 0x2212:
      return "-";
    case 0x2026:
      return "...";
    /* Spaces: NBSP, Ogham, en quad .. hair space, narrow NBSP, medium
    ** mathematical space, ideographic space. */
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return " ";
    /* Line and paragraph separators end a line like '\n' does. */
    case 0x2028: case 0x2029:
      return "\n";
    /* Invisible: soft hyphen, Mongolian vowel separator, zero-width space,
    ** non-joiner and joiner, LRM/RLM, bidi embeddings and isolates, word
    ** joiner and invisible operators, BOM / zero-width no-break space. */
    case 0x00AD: case 0x180E: case 0xFEFF:
      return "";
    default:
      break;
  }
  if( c>=0x2000 && c<=0x200A ) return " ";
  if( c>=0x200B && c<=0x200F ) return "";
  if( c>=0x202A && c<=0x202E ) return "";
  if( c>=0x2060 && c<=0x2069 ) return "";
  return 0;
}

/*
** Normalise n bytes of UTF-8 at z (NUL bytes included; z need not be
** NUL-terminated).  On success returns a malloc'd, NUL-terminated string the
** caller frees, sets *pnOut (if not NULL) to its length and *pRc to
** BRINK_OK.  On failure returns NULL and sets *pRc to BRINK_EENCODING (with
** *piBad, if not NULL, the byte offset of the first byte of the first
** invalid sequence) or BRINK_ENOMEM.  pRc may be NULL.
**
** The mapping never makes text longer, so the output of the mapping pass
** fits in n+1 bytes; NFC may change the length either way.
*/
char *brink_normalize(const char *z, size_t n, size_t *pnOut, int *pRc, size_t *piBad){
  const unsigned char *a = (const unsigned char*)z;
  int rcDummy;
  if( !pRc ) pRc = &rcDummy;
  if( !z ) n = 0;
  char *zOut = malloc(n+1);
  if( !zOut ){ *pRc = BRINK_ENOMEM; return 0; }

  /* Fast path: printable ASCII and '\n' only. */
  size_t i = 0;
  while( i<n && ((a[i]>=0x20 && a[i]<0x7F) || a[i]=='\n') ) i++;
  if( i ) memcpy(zOut, z, i);
  size_t j = i;
  int bNfc = 0;     /* a code point >= U+0300 was kept: NFC may change it */

  while( i<n ){
    unsigned c = a[i];
    if( c<0x80 ){
      if( c>=0x20 && c<0x7F ){
        zOut[j++] = (char)c;
      }else if( c=='\n' ){
        zOut[j++] = '\n';
      }else if( c=='\r' ){
        zOut[j++] = '\n';
        if( i+1<n && a[i+1]=='\n' ) i++;
      }else if( c=='\t' ){
        zOut[j++] = ' ';
      }
      /* else: other C0 controls and DEL are dropped */
      i++;
      continue;
    }
    uint32_t cp;
    int nLen = utf8Decode(a+i, n-i, &cp);
    if( nLen==0 ){
      free(zOut);
      if( piBad ) *piBad = i;
      *pRc = BRINK_EENCODING;
      return 0;
    }
    const char *zRep = mapCodepoint(cp);
    if( zRep ){
      size_t nRep = strlen(zRep);
      memcpy(zOut+j, zRep, nRep);
      j += nRep;
    }else{
      memcpy(zOut+j, a+i, (size_t)nLen);
      j += (size_t)nLen;
      if( cp>=0x300 ) bNfc = 1;
    }
    i += (size_t)nLen;
  }
  zOut[j] = 0;

  if( bNfc ){
    utf8proc_uint8_t *zNfc = 0;
    utf8proc_ssize_t nNfc = utf8proc_map((const utf8proc_uint8_t*)zOut,
                                         (utf8proc_ssize_t)j, &zNfc,
                                         UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    free(zOut);
    if( nNfc<0 ){
      /* The text was validated above, so only memory can fail here. */
      *pRc = BRINK_ENOMEM;
      return 0;
    }
    zOut = (char*)zNfc;
    j = (size_t)nNfc;
  }
  if( pnOut ) *pnOut = j;
  *pRc = BRINK_OK;
  return zOut;
}

/* Offset of the first byte of the first invalid UTF-8 sequence in z[0..n),
** or n if it is all valid (RFC 3629: no overlongs, surrogates or values past
** U+10FFFF).  brink_normalize() does the same check while it rewrites; this
** one lets the reader check a JSON record before jansson sees it, and the
** dictionary loader check a line. */
size_t brinkUtf8FirstBad(const unsigned char *z, size_t n){
  size_t i = 0;
  while( i<n ){
    unsigned c = z[i];
    if( c<0x80 ){ i++; continue; }
    size_t nLen;
    unsigned lo = 0x80, hi = 0xBF;     /* allowed range of the second byte */
    if( c<0xC2 ) return i;
    else if( c<0xE0 ) nLen = 2;
    else if( c<0xF0 ){
      nLen = 3;
      if( c==0xE0 ) lo = 0xA0;         /* overlong */
      if( c==0xED ) hi = 0x9F;         /* surrogates */
    }else if( c<0xF5 ){
      nLen = 4;
      if( c==0xF0 ) lo = 0x90;         /* overlong */
      if( c==0xF4 ) hi = 0x8F;         /* past U+10FFFF */
    }else return i;
    if( n-i<nLen || z[i+1]<lo || z[i+1]>hi ) return i;
    for(size_t k=2; k<nLen; k++){
      if( (z[i+k] & 0xC0)!=0x80 ) return i;
    }
    i += nLen;
  }
  return n;
}
