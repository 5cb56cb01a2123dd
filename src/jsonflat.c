/*
** jsonflat.c — the string fields of one JSON Lines record, without a parse tree.
**
** A news record is a flat object of strings ("id", "date", "text", ...)
** with now and then an array of strings ("places", "topics").  jansson
** builds a tree of it and copies every value; that was four fifths of the
** time `brink code` spent reading Reuters.  brinkJsonFlat() walks the
** record once, checks its syntax and decodes only the values of the keys
** the reader asks for.
**
** It never decides an error.  Whenever the record holds anything it does
** not handle exactly as jansson would (a number, a lone surrogate escape,
** \u0000, deep nesting, any syntax error), it returns 0 and the reader
** parses the line with jansson, which accepts it or names the error as it
** always did.  So the reader's results are jansson's, only sooner.  What
** it accepts, jansson accepts with the same values: RFC 8259 syntax with
** jansson's whitespace (space, tab, CR, LF), the last of duplicate keys,
** and UTF-8 already checked by the caller (brinkUtf8FirstBad, as strict as
** jansson's).  fuzz_story.c holds both paths to that on every input.
*/
#include "jsonflat.h"
#include <string.h>

#define FLAT_MAX_DEPTH 32     /* deeper nesting goes to jansson */

typedef struct Flat {
  const char *z, *zEnd;       /* the record */
  const char *p;              /* read position */
  /* the top-level keys wanted, and where their values go */
  const char *const *azKey; int nKey;
  char *zBuf; size_t iBuf;    /* decoded values, one after another */
  const char **az; size_t *an;
} Flat;

static void skipSpace(Flat *f){
  while( f->p<f->zEnd && (*f->p==' ' || *f->p=='\t' || *f->p=='\n' || *f->p=='\r') ) f->p++;
}

static int hexVal(int c){
  if( c>='0' && c<='9' ) return c-'0';
  if( c>='a' && c<='f' ) return c-'a'+10;
  if( c>='A' && c<='F' ) return c-'A'+10;
  return -1;
}

/* Four hex digits at p (p[0..4) within zEnd) as a number, or -1. */
static long hex4(const char *p, const char *zEnd){
  if( zEnd-p<4 ) return -1;
  long v = 0;
  for(int i=0; i<4; i++){
    int h = hexVal((unsigned char)p[i]);
    if( h<0 ) return -1;
    v = v*16 + h;
  }
  return v;
}

/* Read the string whose opening quote is at f->p; leave f->p after its
** closing quote.  With zOut, write the decoded bytes there (at most as many
** as the string's raw bytes) and set *pn.  Returns 0 for anything to leave
** to jansson. */
static int readString(Flat *f, char *zOut, size_t *pn){
  const char *p = f->p + 1, *zEnd = f->zEnd;
  size_t n = 0;
  for(;;){
    /* the plain run up to a quote, a backslash or a control byte */
    const char *q = p;
    while( q<zEnd && *q!='"' && *q!='\\' && (unsigned char)*q>=0x20 ) q++;
    if( zOut && q>p ){ memcpy(zOut+n, p, (size_t)(q-p)); }
    n += (size_t)(q-p);
    if( q>=zEnd || (unsigned char)*q<0x20 ) return 0;
    if( *q=='"' ){ p = q+1; break; }
    /* an escape */
    if( zEnd-q<2 ) return 0;
    char c = q[1];
    unsigned long cp;
    switch( c ){
      case '"': case '\\': case '/': cp = (unsigned char)c; p = q+2; break;
      case 'b': cp = '\b'; p = q+2; break;
      case 'f': cp = '\f'; p = q+2; break;
      case 'n': cp = '\n'; p = q+2; break;
      case 'r': cp = '\r'; p = q+2; break;
      case 't': cp = '\t'; p = q+2; break;
      case 'u': {
        long h = hex4(q+2, zEnd);
        if( h<=0 ) return 0;                       /* bad digits, or \u0000 */
        p = q+6;
        cp = (unsigned long)h;
        if( cp>=0xDC00 && cp<=0xDFFF ) return 0;  /* a lone low surrogate */
        if( cp>=0xD800 && cp<=0xDBFF ){
          if( zEnd-p<6 || p[0]!='\\' || p[1]!='u' ) return 0;
          long l = hex4(p+2, zEnd);
          if( l<0xDC00 || l>0xDFFF ) return 0;
          cp = 0x10000 + ((cp-0xD800)<<10) + ((unsigned long)l-0xDC00);
          p += 6;
        }
        break;
      }
      default: return 0;
    }
    /* cp as UTF-8: never longer than the escape that wrote it */
    char a[4]; size_t k;
    if( cp<0x80 ){ a[0] = (char)cp; k = 1; }
    else if( cp<0x800 ){ a[0] = (char)(0xC0|(cp>>6)); a[1] = (char)(0x80|(cp&0x3F)); k = 2; }
    else if( cp<0x10000 ){
      a[0] = (char)(0xE0|(cp>>12)); a[1] = (char)(0x80|((cp>>6)&0x3F)); a[2] = (char)(0x80|(cp&0x3F)); k = 3;
    }else{
      a[0] = (char)(0xF0|(cp>>18)); a[1] = (char)(0x80|((cp>>12)&0x3F));
      a[2] = (char)(0x80|((cp>>6)&0x3F)); a[3] = (char)(0x80|(cp&0x3F)); k = 4;
    }
    if( zOut ) memcpy(zOut+n, a, k);
    n += k;
  }
  f->p = p;
  if( pn ) *pn = n;
  return 1;
}

/* After a value in an array or object: 1 at its closing cClose, 0 after a
** ',' (another member follows), -1 for anything else ("truex", a missing
** ',', a ']' in an object), which is jansson's error to name. */
static int afterMember(Flat *f, char cClose){
  skipSpace(f);
  if( f->p>=f->zEnd ) return -1;
  if( *f->p==cClose ){ f->p++; return 1; }
  if( *f->p!=',' ) return -1;
  f->p++;
  return 0;
}

static int readObject(Flat *f, int iDepth, int bTop);

/* Skip one value at f->p (after spaces).  Returns 0 for anything to leave
** to jansson: numbers among them, whose limits ("too big integer") are
** jansson's to judge. */
static int skipValue(Flat *f, int iDepth){
  skipSpace(f);
  if( f->p>=f->zEnd ) return 0;
  switch( *f->p ){
    case '"': return readString(f, 0, 0);
    case 't': if( f->zEnd-f->p>=4 && memcmp(f->p, "true", 4)==0 ){ f->p += 4; return 1; } return 0;
    case 'f': if( f->zEnd-f->p>=5 && memcmp(f->p, "false", 5)==0 ){ f->p += 5; return 1; } return 0;
    case 'n': if( f->zEnd-f->p>=4 && memcmp(f->p, "null", 4)==0 ){ f->p += 4; return 1; } return 0;
    case '[': {
      if( iDepth>=FLAT_MAX_DEPTH ) return 0;
      f->p++;
      skipSpace(f);
      if( f->p<f->zEnd && *f->p==']' ){ f->p++; return 1; }
      for(;;){
        if( !skipValue(f, iDepth+1) ) return 0;
        int e = afterMember(f, ']');
        if( e ) return e>0;
      }
    }
    case '{': return readObject(f, iDepth, 0);
    default: return 0;
  }
}

/* Read the object whose '{' is at f->p.  At the top level (bTop) the
** values of the wanted keys are decoded into f->zBuf; elsewhere every
** value is only skipped. */
static int readObject(Flat *f, int iDepth, int bTop){
  if( iDepth>=FLAT_MAX_DEPTH ) return 0;
  f->p++;
  skipSpace(f);
  if( f->p<f->zEnd && *f->p=='}' ){ f->p++; return 1; }
  for(;;){
    /* the key; a top-level one decoded into the buffer's free end (it is
    ** overwritten by the next string, wanted or not) */
    skipSpace(f);
    if( f->p>=f->zEnd || *f->p!='"' ) return 0;
    char *zKey = bTop ? f->zBuf+f->iBuf : 0;
    size_t nK;
    if( !readString(f, zKey, &nK) ) return 0;
    int iKey = -1;
    for(int k=0; bTop && k<f->nKey && iKey<0; k++){
      if( strlen(f->azKey[k])==nK && memcmp(f->azKey[k], zKey, nK)==0 ) iKey = k;
    }
    skipSpace(f);
    if( f->p>=f->zEnd || *f->p!=':' ) return 0;
    f->p++;
    skipSpace(f);
    if( iKey>=0 ){
      /* a wanted key holds a string, or the reader needs jansson's view
      ** of it (null, a number, a wrong type to name) */
      if( f->p>=f->zEnd || *f->p!='"' ) return 0;
      size_t nV;
      if( !readString(f, f->zBuf+f->iBuf, &nV) ) return 0;
      f->zBuf[f->iBuf+nV] = 0;
      f->az[iKey] = f->zBuf+f->iBuf;    /* the last of duplicate keys wins, as in jansson */
      f->an[iKey] = nV;
      f->iBuf += nV+1;
    }else if( !skipValue(f, iDepth+1) ){
      return 0;
    }
    int e = afterMember(f, '}');
    if( e ) return e>0;
  }
}

int brinkJsonFlat(const char *z, size_t n, const char *const *azKey, int nKey,
                  char *zBuf, const char **az, size_t *an){
  Flat f = { z, z+n, z, azKey, nKey, zBuf, 0, az, an };
  for(int k=0; k<nKey; k++){ az[k] = 0; an[k] = 0; }
  skipSpace(&f);
  if( f.p>=f.zEnd || *f.p!='{' || !readObject(&f, 0, 1) ) return 0;
  skipSpace(&f);
  return f.p==f.zEnd;
}
