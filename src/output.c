/*
** output.c — events as JSON Lines or TSV.
**
** A hand-written emitter: it is on the hot path of `brink code`, and each
** event is a flat record with a fixed set of fields.  The field names are a
** contract (docs/USER_GUIDE.md); change them only with a version bump.
*/
#include "brink.h"
#include "buf.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

void brink_buf_free(brink_buf *p){
  free(p->z);
  p->z = 0; p->n = p->cap = 0;
}

int brinkBufReserve(brink_buf *p, size_t nMore){
  if( p->n + nMore + 1 <= p->cap ) return 1;
  size_t nNew = p->cap ? p->cap*2 : 4096;
  while( nNew < p->n + nMore + 1 ) nNew *= 2;
  char *zNew = realloc(p->z, nNew);
  if( !zNew ) return 0;
  p->z = zNew;
  p->cap = nNew;
  return 1;
}

int brinkBufAppend(brink_buf *p, const char *z, size_t n){
  if( !brinkBufReserve(p, n) ) return 0;
  memcpy(p->z + p->n, z, n);
  p->n += n;
  p->z[p->n] = 0;
  return 1;
}

int brinkBufStr(brink_buf *p, const char *z){ return brinkBufAppend(p, z, strlen(z)); }

int brinkBufVFmt(brink_buf *p, const char *zFmt, va_list ap){
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(0, 0, zFmt, ap2);
  va_end(ap2);
  if( n<0 || !brinkBufReserve(p, (size_t)n) ) return 0;
  vsnprintf(p->z + p->n, (size_t)n + 1, zFmt, ap);
  p->n += (size_t)n;
  return 1;
}

int brinkBufFmt(brink_buf *p, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  int rc = brinkBufVFmt(p, zFmt, ap);
  va_end(ap);
  return rc;
}
#define APPEND_LIT(p, s) brinkBufAppend(p, s, sizeof(s)-1)

/* A JSON string with escapes.  Input is valid UTF-8 (the reader checked). */
static int jsonString(brink_buf *p, const char *z){
  static const char hex[] = "0123456789abcdef";
  if( !z ) z = "";
  size_t n = strlen(z);
  if( !brinkBufReserve(p, n*6 + 2) ) return 0;
  char *o = p->z + p->n;
  *o++ = '"';
  for(size_t i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c=='"' || c=='\\' ){ *o++ = '\\'; *o++ = (char)c; }
    else if( c=='\n' ){ *o++ = '\\'; *o++ = 'n'; }
    else if( c=='\t' ){ *o++ = '\\'; *o++ = 't'; }
    else if( c=='\r' ){ *o++ = '\\'; *o++ = 'r'; }
    else if( c<0x20 ){ *o++='\\'; *o++='u'; *o++='0'; *o++='0'; *o++=hex[c>>4]; *o++=hex[c&15]; }
    else *o++ = (char)c;
  }
  *o++ = '"';
  p->n = (size_t)(o - p->z);
  p->z[p->n] = 0;
  return 1;
}

/* A TSV field: tabs and newlines become spaces. */
static int tsvField(brink_buf *p, const char *z){
  if( !z ) z = "";
  size_t n = strlen(z);
  if( !brinkBufReserve(p, n+1) ) return 0;
  char *o = p->z + p->n;
  for(size_t i=0; i<n; i++){
    char c = z[i];
    *o++ = (c=='\t' || c=='\n' || c=='\r') ? ' ' : c;
  }
  p->n = (size_t)(o - p->z);
  p->z[p->n] = 0;
  return 1;
}

static int fmtInt(brink_buf *p, int i){
  char z[24];
  int n = snprintf(z, sizeof z, "%d", i);
  return brinkBufAppend(p, z, (size_t)n);
}
/* A coordinate (4 decimals, about 11 m) or a count (%.15g: exact for counts). */
static int fmtCoord(brink_buf *p, double r){
  char z[64];
  int n = snprintf(z, sizeof z, "%.4f", r);
  return n>0 && brinkBufAppend(p, z, (size_t)n);
}
static int fmtCount(brink_buf *p, double r){
  char z[64];
  int n = snprintf(z, sizeof z, "%.15g", r);
  return n>0 && brinkBufAppend(p, z, (size_t)n);
}
static int fmtReal(brink_buf *p, double r){
  char z[48];
  int n = snprintf(z, sizeof z, "%.1f", r);
  return brinkBufAppend(p, z, (size_t)n);
}

const char *brink_tsv_header(void){
  return "story_id\tsentence\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\tplover\t"
         "plover_mode\tmentions\tsource_text\ttarget_text\tevidence\t"
         "location_name\tcountry\tadm1\tlat\tlon\tquantities\n";
}

/* ---- Places and quantities (issue 7; docs/GEO.md) ---------------------- */
/* TSV: location_name, country, adm1, lat, lon (empty when no location) and
** the quantities as "min[-max] unit (qualifier); ..." */
static int tsvFacts(brink_buf *p, const brink_event *e){
  const brink_location *L = e->pLocation;
  int ok = 1;
  if( L ){
    ok = APPEND_LIT(p, "\t") && tsvField(p, L->zName) && APPEND_LIT(p, "\t") && tsvField(p, L->zCountry)
      && APPEND_LIT(p, "\t") && tsvField(p, L->zAdm1) && APPEND_LIT(p, "\t") && fmtCoord(p, L->rLat)
      && APPEND_LIT(p, "\t") && fmtCoord(p, L->rLon);
  }else{
    ok = APPEND_LIT(p, "\t\t\t\t\t");
  }
  ok = ok && APPEND_LIT(p, "\t");
  for(int i=0; ok && i<e->nQuantity; i++){
    const brink_quantity *q = &e->aQuantity[i];
    if( i ) ok = APPEND_LIT(p, "; ");
    ok = ok && fmtCount(p, q->rMin);
    if( ok && q->rMax!=q->rMin ) ok = APPEND_LIT(p, "-") && fmtCount(p, q->rMax);
    ok = ok && APPEND_LIT(p, " ") && tsvField(p, q->zUnit);
    if( ok && q->zQualifier && q->zQualifier[0] ) ok = APPEND_LIT(p, " (") && tsvField(p, q->zQualifier) && APPEND_LIT(p, ")");
  }
  return ok;
}

/* JSON: "location":{...} and "quantities":[...], each only when present. */
static int jsonFacts(brink_buf *p, const brink_event *e){
  const brink_location *L = e->pLocation;
  int ok = 1;
  if( L ){
    ok = APPEND_LIT(p, ",\"location\":{\"mention\":") && jsonString(p, L->zMention)
      && APPEND_LIT(p, ",\"name\":") && jsonString(p, L->zName)
      && APPEND_LIT(p, ",\"feature\":") && jsonString(p, L->zFeature)
      && APPEND_LIT(p, ",\"country\":") && jsonString(p, L->zCountry)
      && APPEND_LIT(p, ",\"adm1\":") && jsonString(p, L->zAdm1)
      && APPEND_LIT(p, ",\"lat\":") && fmtCoord(p, L->rLat)
      && APPEND_LIT(p, ",\"lon\":") && fmtCoord(p, L->rLon)
      && APPEND_LIT(p, ",\"how\":") && jsonString(p, L->zHow) && APPEND_LIT(p, "}");
  }
  if( ok && e->nQuantity>0 ){
    ok = APPEND_LIT(p, ",\"quantities\":[");
    for(int i=0; ok && i<e->nQuantity; i++){
      const brink_quantity *q = &e->aQuantity[i];
      ok = (i==0 || APPEND_LIT(p, ",")) && APPEND_LIT(p, "{\"min\":") && fmtCount(p, q->rMin)
        && APPEND_LIT(p, ",\"max\":") && fmtCount(p, q->rMax)
        && APPEND_LIT(p, ",\"qualifier\":") && jsonString(p, q->zQualifier)
        && APPEND_LIT(p, ",\"unit\":") && jsonString(p, q->zUnit)
        && APPEND_LIT(p, ",\"category\":") && jsonString(p, q->zCategory)
        && APPEND_LIT(p, ",\"text\":") && jsonString(p, q->zText) && APPEND_LIT(p, "}");
    }
    ok = ok && APPEND_LIT(p, "]");
  }
  return ok;
}

int brink_event_format(const brink_event *e, int eFmt, brink_buf *p){
  int ok = 1;
  if( eFmt==BRINK_OUT_TSV ){
    ok = tsvField(p, e->zStoryId) && APPEND_LIT(p, "\t")
      && fmtInt(p, e->iSentence) && APPEND_LIT(p, "\t")
      && tsvField(p, e->zDate) && APPEND_LIT(p, "\t")
      && tsvField(p, e->zSource) && APPEND_LIT(p, "\t")
      && tsvField(p, e->zTarget) && APPEND_LIT(p, "\t")
      && tsvField(p, e->zCode) && APPEND_LIT(p, "\t")
      && tsvField(p, e->zRoot) && APPEND_LIT(p, "\t")
      && fmtInt(p, e->iQuad) && APPEND_LIT(p, "\t")
      && fmtReal(p, e->rGoldstein) && APPEND_LIT(p, "\t")
      && tsvField(p, e->zPlover) && APPEND_LIT(p, "\t")
      && tsvField(p, e->zPloverMode) && APPEND_LIT(p, "\t")
      && fmtInt(p, e->nMention) && APPEND_LIT(p, "\t")
      && tsvField(p, e->zSourceText) && APPEND_LIT(p, "\t")
      && tsvField(p, e->zTargetText) && APPEND_LIT(p, "\t")
      && tsvField(p, e->zEvidence) && tsvFacts(p, e) && APPEND_LIT(p, "\n");
    return ok ? BRINK_OK : BRINK_ENOMEM;
  }
  ok = APPEND_LIT(p, "{\"story_id\":") && jsonString(p, e->zStoryId)
    && APPEND_LIT(p, ",\"sentence\":") && fmtInt(p, e->iSentence)
    && APPEND_LIT(p, ",\"date\":") && jsonString(p, e->zDate)
    && APPEND_LIT(p, ",\"source\":") && jsonString(p, e->zSource)
    && APPEND_LIT(p, ",\"source_text\":") && jsonString(p, e->zSourceText)
    && APPEND_LIT(p, ",\"target\":") && jsonString(p, e->zTarget)
    && APPEND_LIT(p, ",\"target_text\":") && jsonString(p, e->zTargetText)
    && APPEND_LIT(p, ",\"code\":") && jsonString(p, e->zCode)
    && APPEND_LIT(p, ",\"root\":") && jsonString(p, e->zRoot)
    && APPEND_LIT(p, ",\"quad\":") && fmtInt(p, e->iQuad)
    && APPEND_LIT(p, ",\"goldstein\":") && fmtReal(p, e->rGoldstein)
    && APPEND_LIT(p, ",\"plover\":") && jsonString(p, e->zPlover)
    && APPEND_LIT(p, ",\"plover_mode\":") && jsonString(p, e->zPloverMode)
    && APPEND_LIT(p, ",\"mentions\":") && fmtInt(p, e->nMention) && jsonFacts(p, e);
  if( ok && e->bNegated ) ok = APPEND_LIT(p, ",\"negated\":true");
  if( ok && eFmt==BRINK_OUT_JSON_EXPLAIN && e->zRule ) ok = APPEND_LIT(p, ",\"rule\":") && jsonString(p, e->zRule);
  if( ok && e->zIssues ){
    /* "issues": ["TEACHERS","STUDENTS"], present when issue dictionaries are loaded */
    ok = APPEND_LIT(p, ",\"issues\":[");
    const char *z = e->zIssues;
    while( ok && *z ){
      const char *zE = strchr(z, ',');
      size_t n = zE ? (size_t)(zE - z) : strlen(z);
      char zOne[64];
      if( n>=sizeof zOne ) n = sizeof zOne - 1;
      memcpy(zOne, z, n); zOne[n] = 0;
      ok = (z==e->zIssues || APPEND_LIT(p, ",")) && jsonString(p, zOne);
      z += n; if( *z==',' ) z++;
    }
    ok = ok && APPEND_LIT(p, "]");
  }
  ok = ok && APPEND_LIT(p, ",\"evidence\":") && jsonString(p, e->zEvidence) && APPEND_LIT(p, "}\n");
  return ok ? BRINK_OK : BRINK_ENOMEM;
}
