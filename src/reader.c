/*
** reader.c — stories from JSON Lines, plain text or sentence-per-line input.
**
** The reader pulls one line at a time from a FILE into a buffer capped at
** BRINK_MAX_LINE (+1 for a CR), so no input can make it hold more than that:
** a longer line is drained byte by byte and reported with its length.  A bad
** record costs only itself; the error names "FILE:LINE" and the next call
** carries on with the next line.
**
**   BRINK_FMT_JSONL      one JSON object per line: jsonflat.c reads the
**                        usual flat record; jansson parses every other
**                        and names what is wrong.
**   BRINK_FMT_TEXT       the whole input is one story (id = zName).
**   BRINK_FMT_SENTENCES  the whole input is one story with one sentence per
**                        line (bSentences = 1); blank lines are dropped.
**
** Text and sentence input is normalised line by line and gathered into one
** story buffer; when the next line would push it past BRINK_MAX_STORY the
** story so far is returned and the rest goes on in a new story "id#2",
** "id#3", ...  Story text always goes through brink_normalize().
**
** Everything a returned story points at (id, date, title, text, ...) belongs
** to the reader and is released at the next brink_reader_next() call or by
** brink_reader_free().  Splitting text into sentences is left to the coder.
*/
#include "brink.h"
#include "text.h"
#include "jsonflat.h"
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#define READER_FIRST_LINE 4096u        /* line buffer's first size; doubles */
#define READER_MAX_ECHO   64           /* bytes of a bad value quoted in a message */

struct brink_reader {
  FILE *fp;                 /* input; not ours to close */
  char *zName;              /* input name for messages and text story ids */
  int eFormat;              /* BRINK_FMT_* */
  int rcInit;               /* error found by brink_reader_new(), reported once */
  char zDefDate[11];        /* default date as YYYY-MM-DD; "" when none */
  int bEof;                 /* fp has reached end of file */
  int iErrno;               /* errno of a read error ("Is a directory") */
  int bDone;                /* nothing more will be returned */
  int iLine;                /* lines consumed so far */
  int iRecLine;             /* line where the last record began */
  char *zErr;               /* last message (malloc'd), NULL when none */

  char *zLine;              /* current line, NUL-terminated, CR and BOM gone */
  size_t nLine;             /* bytes in zLine */
  size_t nLineAlloc;        /* bytes allocated for zLine (incl. the NUL) */
  size_t nBig;              /* length of the last over-long line */

  /* JSON Lines: what the last returned story points into. */
  json_t *pJson;            /* jansson's parse of the record, when the fast
                            ** path left it to jansson (id, source, url live here) */
  char *zFlat;              /* the fast path's decoded fields (jsonflat.c) */
  size_t nFlatAlloc;
  char *zTitle;             /* normalised title, malloc'd */
  char *zText;              /* normalised text, malloc'd */
  char zId[40];             /* a numeric id written as text */
  char zDate[11];           /* the story's date as YYYY-MM-DD */

  /* Text and sentences: the story being gathered. */
  char *zStory;             /* normalised lines, each ending in '\n' */
  size_t nStory, nStoryAlloc;
  int iStoryLine;           /* line the story's first kept line came from */
  int bEmitted;             /* zStory was returned; clear it on the next call */
  char *zPend;              /* normalised line that did not fit (malloc'd) */
  size_t nPend;
  int iPendLine;
  int iChunk;               /* stories returned so far from this input */
  char *zChunkId;           /* "zName#N" for chunks after the first */
};

/* ---- Messages ---------------------------------------------------------- */

/* Set the reader's message to "NAME:LINE: <fmt>" (or "NAME: <fmt>" when
** iLine is 0) and return rc.  Control characters become '?' so that a
** message is always a single line, whatever the input held. */
__attribute__((format(printf, 4, 5)))
static int readerError(brink_reader *p, int rc, int iLine, const char *zFmt, ...){
  char zMsg[512];
  va_list ap;
  va_start(ap, zFmt);
  vsnprintf(zMsg, sizeof(zMsg), zFmt, ap);
  va_end(ap);
  free(p->zErr);
  size_t nAlloc = strlen(p->zName) + strlen(zMsg) + 32;
  p->zErr = malloc(nAlloc);
  if( !p->zErr ) return rc;
  if( iLine>0 ){
    snprintf(p->zErr, nAlloc, "%s:%d: %s", p->zName, iLine, zMsg);
  }else{
    snprintf(p->zErr, nAlloc, "%s: %s", p->zName, zMsg);
  }
  for(char *z=p->zErr; *z; z++){
    if( (unsigned char)*z<0x20 || *z==0x7F ) *z = '?';
  }
  return rc;
}

/* Copy at most READER_MAX_ECHO bytes of z into zOut (size READER_MAX_ECHO+4),
** stopping before a split UTF-8 sequence and marking the cut with "...". */
static void echoValue(const char *z, char *zOut){
  size_t n = strlen(z);
  if( n<=READER_MAX_ECHO ){
    memcpy(zOut, z, n+1);
    return;
  }
  n = READER_MAX_ECHO;
  while( n>0 && ((unsigned char)z[n] & 0xC0)==0x80 ) n--;
  memcpy(zOut, z, n);
  memcpy(zOut+n, "...", 4);
}

/* ---- Lines ------------------------------------------------------------- */


/* Read the next line into p->zLine / p->nLine, without its '\n', a CR before
** that, or (on line 1) a UTF-8 byte-order mark.  Returns 1 for a line, 0 at
** end of input, BRINK_ETOOBIG for a line over BRINK_MAX_LINE (drained; its
** length is in p->nBig and p->iLine counts it), BRINK_EIO on a read error,
** or BRINK_ENOMEM. */
static int readLine(brink_reader *p){
  size_t n = 0;          /* bytes stored in zLine */
  size_t nTotal = 0;     /* bytes in the line, stored or drained */
  int bDrain = 0;
  int bAny = 0;
  int c, cLast = 0;
  if( p->bEof ) return 0;
  while( (c = getc_unlocked(p->fp))!=EOF ){
    bAny = 1;
    if( c=='\n' ) break;
    nTotal++;
    cLast = c;
    if( bDrain ) continue;
    if( n+1>=p->nLineAlloc ){
      /* Room for BRINK_MAX_LINE bytes, a CR and the NUL, never more. */
      size_t nCap = (size_t)BRINK_MAX_LINE + 2;
      if( p->nLineAlloc>=nCap ){
        bDrain = 1;
        continue;
      }
      size_t nNew = p->nLineAlloc ? p->nLineAlloc*2 : READER_FIRST_LINE;
      if( nNew>nCap ) nNew = nCap;
      char *zNew = realloc(p->zLine, nNew);
      if( !zNew ) return BRINK_ENOMEM;
      p->zLine = zNew;
      p->nLineAlloc = nNew;
    }
    p->zLine[n++] = (char)c;
  }
  if( c==EOF ){
    p->bEof = 1;
    if( ferror(p->fp) ){ p->iErrno = errno; return BRINK_EIO; }
    if( !bAny ) return 0;
  }
  p->iLine++;
  if( cLast=='\r' ){
    nTotal--;
    if( !bDrain ) n--;
  }
  if( nTotal>BRINK_MAX_LINE ){
    p->nBig = nTotal;
    return BRINK_ETOOBIG;
  }
  if( !p->zLine ){
    /* An empty first line: nothing was allocated yet. */
    p->zLine = malloc(READER_FIRST_LINE);
    if( !p->zLine ) return BRINK_ENOMEM;
    p->nLineAlloc = READER_FIRST_LINE;
  }
  p->zLine[n] = 0;
  if( p->iLine==1 && n>=3 && memcmp(p->zLine, "\xEF\xBB\xBF", 3)==0 ){
    n -= 3;
    memmove(p->zLine, p->zLine+3, n+1);
  }
  p->nLine = n;
  return 1;
}

/* True if z[0..n) holds nothing but spaces, tabs and CRs. */
static int isBlank(const char *z, size_t n){
  for(size_t i=0; i<n; i++){
    if( z[i]!=' ' && z[i]!='\t' && z[i]!='\r' ) return 0;
  }
  return 1;
}

/* Turn a readLine() failure into the reader's message and return code. */
static int lineError(brink_reader *p, int rc){
  if( rc==BRINK_ETOOBIG ){
    p->iRecLine = p->iLine;
    return readerError(p, rc, p->iLine,
        "%s is %zu bytes, over the %u MiB limit; skipped",
        p->eFormat==BRINK_FMT_JSONL ? "record" : "line",
        p->nBig, BRINK_MAX_LINE>>20);
  }
  p->bDone = 1;
  if( rc==BRINK_EIO ){
    return readerError(p, rc, p->iLine+1, "read error: %s", strerror(p->iErrno));
  }
  return readerError(p, rc, p->iLine+1, "out of memory");
}

/* ---- JSON Lines -------------------------------------------------------- */

/* Release what the last JSON story pointed at. */
static void jsonlClear(brink_reader *p){
  if( p->pJson ){ json_decref(p->pJson); p->pJson = 0; }
  free(p->zTitle); p->zTitle = 0;
  free(p->zText); p->zText = 0;
}

/* Write a JSON number id as text into p->zId.  Integers print as written;
** reals use the shortest of %.15g / %.17g that reads back exactly. */
static void jsonlNumberId(brink_reader *p, json_t *pId){
  if( json_is_integer(pId) ){
    snprintf(p->zId, sizeof(p->zId), "%" JSON_INTEGER_FORMAT, json_integer_value(pId));
  }else{
    double r = json_real_value(pId);
    snprintf(p->zId, sizeof(p->zId), "%.15g", r);
    if( strtod(p->zId, 0)!=r ) snprintf(p->zId, sizeof(p->zId), "%.17g", r);
  }
}

/* The fields the reader takes from a record, and what each held. */
static const char *const azField[] = {"id","date","text","title","source","url","dateline"};
enum { F_ID, F_DATE, F_TEXT, F_TITLE, F_SOURCE, F_URL, F_DATELINE, F__COUNT };
enum { V_NONE, V_STRING, V_NUMBER, V_OTHER };   /* V_NONE: absent or null */

/* The fields of the record in p->zLine through jansson, the slow path and
** the judge of every record jsonflat.c leaves to it.  Returns BRINK_OK or
** an error code with the reader's message set. */
static int jsonlParse(brink_reader *p, const char **az, size_t *an, int *ae){
  json_error_t err;
  json_t *pRoot = json_loadb(p->zLine, p->nLine, 0, &err);
  if( !pRoot ){
    return readerError(p, BRINK_EPARSE, p->iLine, "malformed JSON at column %d: %s",
                       err.column, err.text);
  }
  p->pJson = pRoot;
  if( !json_is_object(pRoot) ){
    return readerError(p, BRINK_EPARSE, p->iLine, "record is not a JSON object");
  }
  for(int k=0; k<F__COUNT; k++){
    json_t *pV = json_object_get(pRoot, azField[k]);
    az[k] = 0; an[k] = 0;
    if( !pV || json_is_null(pV) ){
      ae[k] = V_NONE;
    }else if( json_is_string(pV) ){
      ae[k] = V_STRING;
      az[k] = json_string_value(pV);
      an[k] = json_string_length(pV);
    }else if( json_is_number(pV) ){
      ae[k] = V_NUMBER;
      if( k==F_ID ){ jsonlNumberId(p, pV); az[k] = p->zId; an[k] = strlen(p->zId); }
    }else{
      ae[k] = V_OTHER;
    }
  }
  return BRINK_OK;
}

/* Parse the record in p->zLine into *pStory.  Returns BRINK_OK or an error
** code with the reader's message set. */
static int jsonlRecord(brink_reader *p, brink_story *pStory){
  int iLine = p->iLine;
  size_t iBad = brinkUtf8FirstBad((const unsigned char*)p->zLine, p->nLine);
  if( iBad<p->nLine ){
    return readerError(p, BRINK_EENCODING, iLine, "invalid UTF-8 at byte offset %zu", iBad);
  }
  /* jansson stops at a NUL byte and would blame the end of the input */
  const char *zNul = memchr(p->zLine, 0, p->nLine);
  if( zNul ){
    return readerError(p, BRINK_EPARSE, iLine, "NUL byte at byte offset %zu", (size_t)(zNul - p->zLine));
  }
  /* the fast path (jsonflat.c), else jansson */
  const char *az[F__COUNT];
  size_t an[F__COUNT];
  int ae[F__COUNT];
  if( p->nFlatAlloc<p->nLine+1 ){
    size_t nNew = p->nLine+1 > 2*p->nFlatAlloc ? p->nLine+1 : 2*p->nFlatAlloc;
    char *zNew = malloc(nNew);
    if( !zNew ) return readerError(p, BRINK_ENOMEM, iLine, "out of memory");
    free(p->zFlat);
    p->zFlat = zNew;
    p->nFlatAlloc = nNew;
  }
  if( brinkJsonFlat(p->zLine, p->nLine, azField, F__COUNT, p->zFlat, az, an) ){
    for(int k=0; k<F__COUNT; k++) ae[k] = az[k] ? V_STRING : V_NONE;
  }else{
    int rc = jsonlParse(p, az, an, ae);
    if( rc!=BRINK_OK ) return rc;
  }

  const char *zId = az[F_ID];
  if( ae[F_ID]==V_NONE ){
    return readerError(p, BRINK_EPARSE, iLine, "missing \"id\"");
  }else if( ae[F_ID]==V_STRING ){
    if( zId[0]==0 ) return readerError(p, BRINK_EPARSE, iLine, "\"id\" is empty");
  }else if( ae[F_ID]!=V_NUMBER ){
    return readerError(p, BRINK_EPARSE, iLine, "\"id\" must be a string or a number");
  }

  /* An empty date string is treated as no date: some feeds write "" for
  ** an unknown date, and the caller's default is the better guess. */
  if( ae[F_DATE]==V_NONE || (ae[F_DATE]==V_STRING && an[F_DATE]==0) ){
    if( p->zDefDate[0]==0 ){
      return readerError(p, BRINK_EPARSE, iLine, "missing \"date\"");
    }
    memcpy(p->zDate, p->zDefDate, sizeof(p->zDate));
  }else if( ae[F_DATE]==V_STRING ){
    int32_t iDay;
    if( brink_date_parse(az[F_DATE], &iDay)!=BRINK_OK ){
      char zEcho[READER_MAX_ECHO+4];
      echoValue(az[F_DATE], zEcho);
      return readerError(p, BRINK_EPARSE, iLine, "invalid \"date\" \"%s\"", zEcho);
    }
    brink_date_format(iDay, p->zDate);
  }else{
    return readerError(p, BRINK_EPARSE, iLine, "\"date\" must be a string");
  }

  if( ae[F_TEXT]==V_NONE ){
    return readerError(p, BRINK_EPARSE, iLine, "missing \"text\"");
  }
  if( ae[F_TEXT]!=V_STRING ){
    return readerError(p, BRINK_EPARSE, iLine, "\"text\" must be a string");
  }
  size_t nRaw = an[F_TEXT];
  if( nRaw>BRINK_MAX_STORY ){
    return readerError(p, BRINK_ETOOBIG, iLine,
        "text is %zu bytes, over the %u MiB story limit; skipped",
        nRaw, BRINK_MAX_STORY>>20);
  }
  int rc;
  size_t nText;
  p->zText = brink_normalize(az[F_TEXT], nRaw, &nText, &rc, &iBad);
  if( !p->zText ){
    /* the whole line's UTF-8 was checked above, so this is memory */
    return readerError(p, rc, iLine, "out of memory normalising text");
  }
  if( nText>BRINK_MAX_STORY ){
    return readerError(p, BRINK_ETOOBIG, iLine,
        "text is %zu bytes, over the %u MiB story limit; skipped",
        nText, BRINK_MAX_STORY>>20);
  }

  if( ae[F_TITLE]==V_STRING ){
    p->zTitle = brink_normalize(az[F_TITLE], an[F_TITLE], 0, &rc, &iBad);
    if( !p->zTitle ) return readerError(p, rc, iLine, "out of memory normalising title");
  }

  pStory->zId = zId;
  pStory->zDate = p->zDate;
  pStory->zTitle = p->zTitle;
  pStory->zSource = ae[F_SOURCE]==V_STRING ? az[F_SOURCE] : 0;
  pStory->zUrl = ae[F_URL]==V_STRING ? az[F_URL] : 0;
  pStory->zDateline = ae[F_DATELINE]==V_STRING ? az[F_DATELINE] : 0;
  pStory->zText = p->zText;
  pStory->nText = nText;
  pStory->bSentences = 0;
  return BRINK_OK;
}

static int jsonlNext(brink_reader *p, brink_story *pStory){
  for(;;){
    int rc = readLine(p);
    if( rc==0 ){ p->bDone = 1; return BRINK_EOF; }
    if( rc<0 ) return lineError(p, rc);
    if( isBlank(p->zLine, p->nLine) ) continue;
    p->iRecLine = p->iLine;
    return jsonlRecord(p, pStory);
  }
}

/* ---- Text and sentences ------------------------------------------------ */

/* Append z[0..n) and a '\n' to the story buffer. */
static int storyAppend(brink_reader *p, const char *z, size_t n){
  if( p->nStory+n+2>p->nStoryAlloc ){
    size_t nNew = p->nStoryAlloc ? p->nStoryAlloc : 4096;
    while( nNew<p->nStory+n+2 ) nNew *= 2;
    char *zNew = realloc(p->zStory, nNew);
    if( !zNew ) return BRINK_ENOMEM;
    p->zStory = zNew;
    p->nStoryAlloc = nNew;
  }
  memcpy(p->zStory+p->nStory, z, n);
  p->nStory += n;
  p->zStory[p->nStory++] = '\n';
  p->zStory[p->nStory] = 0;
  return BRINK_OK;
}

/* Hand the gathered story out as the next chunk. */
static int storyEmit(brink_reader *p, brink_story *pStory){
  size_t n = p->nStory;
  while( n>0 && (p->zStory[n-1]=='\n' || p->zStory[n-1]==' ') ) n--;
  p->zStory[n] = 0;
  p->iChunk++;
  const char *zId = p->zName;
  if( p->iChunk>1 ){
    size_t nId = strlen(p->zName) + 16;
    free(p->zChunkId);
    p->zChunkId = malloc(nId);
    if( !p->zChunkId ){
      p->bDone = 1;
      return readerError(p, BRINK_ENOMEM, p->iStoryLine, "out of memory");
    }
    snprintf(p->zChunkId, nId, "%s#%d", p->zName, p->iChunk);
    zId = p->zChunkId;
  }
  p->bEmitted = 1;
  p->iRecLine = p->iStoryLine;
  memset(pStory, 0, sizeof(*pStory));
  pStory->zId = zId;
  pStory->zDate = p->zDefDate;
  pStory->zText = p->zStory;
  pStory->nText = n;
  pStory->bSentences = p->eFormat==BRINK_FMT_SENTENCES;
  return BRINK_OK;
}

static int textNext(brink_reader *p, brink_story *pStory){
  int bSent = p->eFormat==BRINK_FMT_SENTENCES;
  if( p->bEmitted ){
    p->bEmitted = 0;
    p->nStory = 0;
    if( p->zPend ){
      int rc = storyAppend(p, p->zPend, p->nPend);
      free(p->zPend);
      p->zPend = 0;
      if( rc ){ p->bDone = 1; return readerError(p, rc, p->iPendLine, "out of memory"); }
      p->iStoryLine = p->iPendLine;
    }
  }
  for(;;){
    int rc = readLine(p);
    if( rc==0 ){
      p->bDone = 1;
      if( p->nStory==0 ) return BRINK_EOF;
      return storyEmit(p, pStory);
    }
    if( rc<0 ) return lineError(p, rc);

    size_t nOut, iBad;
    char *zOut = brink_normalize(p->zLine, p->nLine, &nOut, &rc, &iBad);
    if( !zOut ){
      p->iRecLine = p->iLine;
      if( rc==BRINK_EENCODING ){
        return readerError(p, rc, p->iLine,
                           "invalid UTF-8 at byte offset %zu; line skipped", iBad);
      }
      p->bDone = 1;
      return readerError(p, rc, p->iLine, "out of memory");
    }
    char *z = zOut;
    if( bSent ){
      /* One line is one sentence: a stray CR or U+2028 inside it is not a
      ** sentence break, and surrounding spaces mean nothing. */
      for(size_t i=0; i<nOut; i++) if( z[i]=='\n' ) z[i] = ' ';
      while( nOut>0 && z[nOut-1]==' ' ) nOut--;
      while( nOut>0 && z[0]==' ' ){ z++; nOut--; }
    }
    if( (bSent || p->nStory==0) && isBlank(z, nOut) ){
      free(zOut);
      continue;
    }
    if( nOut+1>BRINK_MAX_STORY ){
      free(zOut);
      p->iRecLine = p->iLine;
      return readerError(p, BRINK_ETOOBIG, p->iLine,
          "line is %zu bytes, over the %u MiB story limit; skipped",
          nOut, BRINK_MAX_STORY>>20);
    }
    if( p->nStory+nOut+1>BRINK_MAX_STORY ){
      /* Full: return what we have and start the next chunk with this line. */
      memmove(zOut, z, nOut);
      p->zPend = zOut;
      p->nPend = nOut;
      p->iPendLine = p->iLine;
      return storyEmit(p, pStory);
    }
    if( p->nStory==0 ) p->iStoryLine = p->iLine;
    rc = storyAppend(p, z, nOut);
    free(zOut);
    if( rc ){ p->bDone = 1; return readerError(p, rc, p->iLine, "out of memory"); }
  }
}

/* ---- API --------------------------------------------------------------- */

/*
** Make a reader over fp (which the caller keeps open and closes after
** brink_reader_free).  zName (NULL means "-") names the input in messages
** and is the id of text and sentence stories.  zDate is copied.  Returns
** NULL only when fp is NULL or memory runs out; a bad format or a missing or
** invalid date is reported by the first brink_reader_next() call
** (BRINK_EINVAL), after which the reader returns BRINK_EOF.
*/
brink_reader *brink_reader_new(FILE *fp, const char *zName, int eFormat, const char *zDate){
  if( !fp ) return 0;
  brink_reader *p = calloc(1, sizeof(*p));
  if( !p ) return 0;
  if( !zName ) zName = "-";
  p->zName = strdup(zName);
  if( !p->zName ){ free(p); return 0; }
  p->fp = fp;
  p->eFormat = eFormat;
  if( eFormat!=BRINK_FMT_JSONL && eFormat!=BRINK_FMT_TEXT && eFormat!=BRINK_FMT_SENTENCES ){
    p->rcInit = readerError(p, BRINK_EINVAL, 0, "unknown input format %d", eFormat);
  }else if( zDate ){
    int32_t iDay;
    if( brink_date_parse(zDate, &iDay)!=BRINK_OK ){
      char zEcho[READER_MAX_ECHO+4];
      echoValue(zDate, zEcho);
      p->rcInit = readerError(p, BRINK_EINVAL, 0, "invalid date \"%s\"", zEcho);
    }else{
      brink_date_format(iDay, p->zDefDate);
    }
  }else if( eFormat!=BRINK_FMT_JSONL ){
    p->rcInit = readerError(p, BRINK_EINVAL, 0, "a date is required for %s input",
                            eFormat==BRINK_FMT_TEXT ? "text" : "sentence");
  }
  return p;
}

/* Free the reader and everything its last story pointed at.  NULL is fine. */
void brink_reader_free(brink_reader *p){
  if( !p ) return;
  jsonlClear(p);
  free(p->zFlat);
  free(p->zLine);
  free(p->zStory);
  free(p->zPend);
  free(p->zChunkId);
  free(p->zErr);
  free(p->zName);
  free(p);
}

/*
** Fill *pStory with the next story.  Returns BRINK_OK, BRINK_EOF when the
** input is done, or a negative code for a bad record (message from
** brink_reader_errmsg, "FILE:LINE: ..."); after a bad record the next call
** goes on with the next one.  BRINK_EIO, BRINK_ENOMEM and BRINK_EINVAL end
** the input: later calls return BRINK_EOF.
*/
int brink_reader_next(brink_reader *p, brink_story *pStory){
  if( !p || !pStory ) return BRINK_EINVAL;
  jsonlClear(p);
  if( p->rcInit ){
    int rc = p->rcInit;
    p->rcInit = 0;
    p->bDone = 1;
    return rc;
  }
  if( p->bDone ) return BRINK_EOF;
  free(p->zErr);
  p->zErr = 0;
  if( p->eFormat==BRINK_FMT_JSONL ) return jsonlNext(p, pStory);
  return textNext(p, pStory);
}

/* The message of the last error ("" when the last call succeeded). */
const char *brink_reader_errmsg(const brink_reader *p){
  if( !p ) return "no reader";
  if( !p->zErr ) return "";
  return p->zErr;
}

/* Line where the last record (or story, for text input) began; 0 before the
** first call. */
int brink_reader_line(const brink_reader *p){
  return p ? p->iRecLine : 0;
}
