/*
** export.c — write stored events in the formats people load: brink's own
** JSON Lines, CSV, the GDELT 2.0 event table, ICEWS and PLOVER JSON.  The
** column mappings are documented in docs/EXPORTS.md; keep the two in step.
**
** Per-event formats read through the public cursor (brink_store_query);
** GDELT, whose rows are one-a-day folded events, reads store.c's folded
** query.  Nothing here knows the schema beyond those two.  Codes of other
** systems come from geocodes.h: ISO alpha-2 for PLOVER (compiled in) and
** FIPS 10-4 for GDELT (<datadir>/fips.tsv, read when a GDELT export starts).
*/
#include "brink.h"
#include "buf.h"
#include "store.h"
#include "geocodes.h"
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Field writers -------------------------------------------------------- */

/* A tab-separated field: tabs, newlines and carriage returns become spaces. */
static int tsvField(brink_buf *b, const char *z);
static int tsvField(brink_buf *b, const char *z){
  for(const char *s=z; *s; s++){
    char c = (*s=='\t' || *s=='\n' || *s=='\r') ? ' ' : *s;
    if( !brinkBufAppend(b, &c, 1) ) return 0;
  }
  return 1;
}

/* RFC 4180: quote when the field holds a comma, quote or line break. */
static int csvField(brink_buf *b, const char *z){
  if( !strpbrk(z, ",\"\r\n") ) return brinkBufStr(b, z);
  if( !brinkBufAppend(b, "\"", 1) ) return 0;
  for(const char *s=z; *s; s++){
    if( *s=='"' && !brinkBufAppend(b, "\"", 1) ) return 0;
    if( !brinkBufAppend(b, s, 1) ) return 0;
  }
  return brinkBufAppend(b, "\"", 1);
}

/* A JSON string with escapes; UTF-8 passes through. */
static int jsonStr(brink_buf *b, const char *z){
  if( !brinkBufAppend(b, "\"", 1) ) return 0;
  for(const unsigned char *s=(const unsigned char*)z; *s; s++){
    int ok;
    switch( *s ){
      case '"':  ok = brinkBufAppend(b, "\\\"", 2); break;
      case '\\': ok = brinkBufAppend(b, "\\\\", 2); break;
      case '\n': ok = brinkBufAppend(b, "\\n", 2); break;
      case '\r': ok = brinkBufAppend(b, "\\r", 2); break;
      case '\t': ok = brinkBufAppend(b, "\\t", 2); break;
      default:
        ok = *s<0x20 ? brinkBufFmt(b, "\\u%04x", *s) : brinkBufAppend(b, (const char*)s, 1);
    }
    if( !ok ) return 0;
  }
  return brinkBufAppend(b, "\"", 1);
}

/* The parts of an actor code: its country (given), and up to three
** three-letter type codes after the country or the non-state prefix. */
typedef struct ActorParts { char zKnown[4]; char azType[3][4]; const char *zSector; } ActorParts;
static void actorParts(const char *zCode, const char *zCountry, ActorParts *a){
  memset(a, 0, sizeof *a);
  size_t n = strlen(zCode);
  size_t i = 3;
  if( n<3 ){ a->zSector = ""; return; }
  if( !zCountry[0] ){
    /* an organisation: IGO, NGO... is its type, the next three its group */
    memcpy(a->azType[0], zCode, 3);
    if( n>=6 ) memcpy(a->zKnown, zCode+3, 3);
    a->zSector = zCode + n;   /* the whole code is the actor */
    return;
  }
  a->zSector = zCode + 3;
  for(int k=0; k<3 && i+3<=n; k++, i+=3) memcpy(a->azType[k], zCode+i, 3);
}

/* ---- Locations ---------------------------------------------------------------- */

/* ICEWS's Province: the location's own name when it is a subdivision, else
** the name of its subdivision (place_names), else its ISO 3166-2 code(s). */
static const char *provinceOf(const brink_location *L, const char *zAdm1Name){
  if( strcmp(L->zFeature, "adm1")==0 ) return L->zName;
  return zAdm1Name[0] ? zAdm1Name : L->zAdm1;
}
/* The country's name: place_names, or the location's own name when it is a
** country; "" for open water (no country). */
static const char *countryNameOf(const brink_location *L, const char *zCountryName){
  if( zCountryName[0] ) return zCountryName;
  if( strcmp(L->zFeature, "country")==0 ) return L->zName;
  return "";
}
static int bufCoord(brink_buf *b, double r){ return brinkBufFmt(b, "%.4f", r); }

/* The quantities as `brink code --format tsv` writes them:
** "min[-max] unit (qualifier)" joined by "; ".  z is written through xField. */
static int quantitiesText(brink_buf *b, const brink_event *e, int (*xField)(brink_buf*, const char*)){
  brink_buf t = { 0, 0, 0 };
  int ok = brinkBufStr(&t, "");
  for(int i=0; ok && i<e->nQuantity; i++){
    const brink_quantity *q = &e->aQuantity[i];
    ok = (i==0 || brinkBufStr(&t, "; ")) && brinkBufFmt(&t, "%.15g", q->rMin)
      && (q->rMax==q->rMin || brinkBufFmt(&t, "-%.15g", q->rMax)) && brinkBufStr(&t, " ") && brinkBufStr(&t, q->zUnit);
    if( ok && q->zQualifier[0] ) ok = brinkBufStr(&t, " (") && brinkBufStr(&t, q->zQualifier) && brinkBufStr(&t, ")");
  }
  ok = ok && xField(b, t.z);
  free(t.z);
  return ok;
}

/* ---- Formats ----------------------------------------------------------------- */

static const char zCsvHeader[] =
  "event_id,story_id,sentence,date,source,source_text,source_country,target,target_text,"
  "target_country,code,root,quad,goldstein,plover,plover_mode,mentions,cameo_name,publisher,"
  "url,title,cluster,dict_id,coded,evidence,location_mention,location_name,location_feature,"
  "location_country,location_adm1,latitude,longitude,location_how,issues,quantities\n";

static int rowCsv(const brink_store_row *r, brink_buf *b){
  const brink_event *e = &r->ev;
  int ok = brinkBufFmt(b, "%lld,", (long long)r->iEventId) && csvField(b, e->zStoryId)
        && brinkBufFmt(b, ",%d,", e->iSentence) && csvField(b, e->zDate) && brinkBufStr(b, ",")
        && csvField(b, e->zSource) && brinkBufStr(b, ",") && csvField(b, e->zSourceText) && brinkBufStr(b, ",")
        && csvField(b, r->zSourceCountry) && brinkBufStr(b, ",") && csvField(b, e->zTarget) && brinkBufStr(b, ",")
        && csvField(b, e->zTargetText) && brinkBufStr(b, ",") && csvField(b, r->zTargetCountry)
        && brinkBufStr(b, ",") && csvField(b, e->zCode) && brinkBufStr(b, ",") && csvField(b, e->zRoot)
        && brinkBufFmt(b, ",%d,%.1f,", e->iQuad, e->rGoldstein) && csvField(b, e->zPlover) && brinkBufStr(b, ",")
        && csvField(b, e->zPloverMode) && brinkBufFmt(b, ",%d,", e->nMention) && csvField(b, r->zCameoName)
        && brinkBufStr(b, ",") && csvField(b, r->zStorySource) && brinkBufStr(b, ",") && csvField(b, r->zStoryUrl)
        && brinkBufStr(b, ",") && csvField(b, r->zStoryTitle) && brinkBufFmt(b, ",%lld,", (long long)r->iCluster)
        && csvField(b, r->zDictId) && brinkBufStr(b, ",") && csvField(b, r->zCoded) && brinkBufStr(b, ",")
        && csvField(b, e->zEvidence);
  const brink_location *L = e->pLocation;
  if( ok && L ){
    ok = brinkBufStr(b, ",") && csvField(b, L->zMention) && brinkBufStr(b, ",") && csvField(b, L->zName)
      && brinkBufStr(b, ",") && csvField(b, L->zFeature) && brinkBufStr(b, ",") && csvField(b, L->zCountry)
      && brinkBufStr(b, ",") && csvField(b, L->zAdm1) && brinkBufStr(b, ",") && bufCoord(b, L->rLat)
      && brinkBufStr(b, ",") && bufCoord(b, L->rLon) && brinkBufStr(b, ",") && csvField(b, L->zHow);
  }else if( ok ){
    ok = brinkBufStr(b, ",,,,,,,,");
  }
  ok = ok && brinkBufStr(b, ",") && csvField(b, e->zIssues ? e->zIssues : "") && brinkBufStr(b, ",")
       && quantitiesText(b, e, csvField) && brinkBufStr(b, "\r\n");
  return ok;
}

static const char zIcewsHeader[] =
  "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\t"
  "Intensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\t"
  "City\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n";

/* City, District, Province, Country, Latitude, Longitude (docs/EXPORTS.md). */
static int icewsPlace(brink_buf *b, const brink_location *L, const char *zCountryName, const char *zAdm1Name){
  if( !L ) return brinkBufStr(b, "\t\t\t\t\t\t");
  return brinkBufStr(b, "\t") && tsvField(b, strcmp(L->zFeature, "city")==0 ? L->zName : "")
      && brinkBufStr(b, "\t\t") && tsvField(b, provinceOf(L, zAdm1Name))
      && brinkBufStr(b, "\t") && tsvField(b, countryNameOf(L, zCountryName))
      && brinkBufStr(b, "\t") && bufCoord(b, L->rLat) && brinkBufStr(b, "\t") && bufCoord(b, L->rLon);
}

static int rowIcews(const brink_store_row *r, brink_buf *b, const char *zCountryName, const char *zAdm1Name){
  const brink_event *e = &r->ev;
  ActorParts s, t;
  actorParts(e->zSource, r->zSourceCountry, &s);
  actorParts(e->zTarget, r->zTargetCountry, &t);
  const char *zSrcName = e->zSourceText[0] ? e->zSourceText : e->zSource;
  const char *zTgtName = e->zTargetText[0] ? e->zTargetText : e->zTarget;
  return brinkBufFmt(b, "%lld\t", (long long)r->iEventId) && tsvField(b, e->zDate) && brinkBufStr(b, "\t")
      && tsvField(b, zSrcName) && brinkBufStr(b, "\t") && tsvField(b, s.zSector) && brinkBufStr(b, "\t")
      && tsvField(b, r->zSourceCountry) && brinkBufStr(b, "\t") && tsvField(b, r->zCameoName) && brinkBufStr(b, "\t")
      && tsvField(b, e->zCode) && brinkBufFmt(b, "\t%.1f\t", e->rGoldstein)
      && tsvField(b, zTgtName) && brinkBufStr(b, "\t") && tsvField(b, t.zSector) && brinkBufStr(b, "\t")
      && tsvField(b, r->zTargetCountry) && brinkBufStr(b, "\t") && tsvField(b, e->zStoryId)
      && brinkBufFmt(b, "\t%d\t", e->iSentence+1) && tsvField(b, r->zStorySource)
      && icewsPlace(b, e->pLocation, zCountryName, zAdm1Name) && brinkBufStr(b, "\n");
}

/* One PLOVER actor list: [{"actorText","code","sector"}], or "" when none. */
static int ploverActor(brink_buf *b, const char *zCode, const char *zText, const char *zCountry){
  if( !zCode[0] ) return brinkBufStr(b, "\"\"");
  int ok = brinkBufStr(b, "[{\"actorText\":") && jsonStr(b, zText) && brinkBufStr(b, ",\"code\":");
  if( zCountry[0] ){
    ok = ok && jsonStr(b, zCountry);
    if( zCode[3] ) ok = ok && brinkBufStr(b, ",\"sector\":") && jsonStr(b, zCode+3);
  }else{
    ok = ok && jsonStr(b, zCode);
  }
  return ok && brinkBufStr(b, "}]");
}

/* "eventLoc": brink's location object (the keys of brink code's "location"),
** with the gold records' "country code" (ISO alpha-2) when there is one. */
static int ploverLoc(brink_buf *b, const brink_location *L){
  if( !L ) return 1;
  const char *zA2 = brinkIsoAlpha2(L->zCountry);
  return brinkBufStr(b, ",\"eventLoc\":{\"name\":") && jsonStr(b, L->zName)
      && brinkBufStr(b, ",\"feature\":") && jsonStr(b, L->zFeature)
      && brinkBufStr(b, ",\"country\":") && jsonStr(b, L->zCountry)
      && (!zA2[0] || (brinkBufStr(b, ",\"country code\":") && jsonStr(b, zA2)))
      && brinkBufStr(b, ",\"adm1\":") && jsonStr(b, L->zAdm1)
      && brinkBufStr(b, ",\"lat\":") && bufCoord(b, L->rLat) && brinkBufStr(b, ",\"lon\":") && bufCoord(b, L->rLon)
      && brinkBufStr(b, ",\"mention\":") && jsonStr(b, L->zMention)
      && brinkBufStr(b, ",\"how\":") && jsonStr(b, L->zHow) && brinkBufStr(b, "}");
}

static int rowPlover(const brink_store_row *r, brink_buf *b, int bFirst){
  const brink_event *e = &r->ev;
  char zCoded[11];
  snprintf(zCoded, sizeof zCoded, "%.10s", r->zCoded);
  int ok = brinkBufStr(b, bFirst ? "[\n" : ",\n")
        && brinkBufFmt(b, "{\"id\":\"brink-%lld\",\"date\":", (long long)r->iEventId) && jsonStr(b, e->zDate)
        && brinkBufStr(b, ",\"source\":") && ploverActor(b, e->zSource, e->zSourceText, r->zSourceCountry)
        && brinkBufStr(b, ",\"target\":") && ploverActor(b, e->zTarget, e->zTargetText, r->zTargetCountry)
        && brinkBufStr(b, ",\"event\":") && jsonStr(b, e->zPlover);
  if( ok && e->zPloverMode[0] ) ok = brinkBufStr(b, ",\"mode\":") && jsonStr(b, e->zPloverMode);
  ok = ok && brinkBufStr(b, ",\"text\":") && jsonStr(b, e->zEvidence)
       && brinkBufStr(b, ",\"language\":\"en\",\"publication\":") && jsonStr(b, r->zStorySource)
       && brinkBufStr(b, ",\"coder\":\"brink " BRINK_VERSION "\",\"dateCoded\":") && jsonStr(b, zCoded)
       && ploverLoc(b, e->pLocation)
       && brinkBufStr(b, ",\"storyId\":") && jsonStr(b, e->zStoryId)
       && brinkBufFmt(b, ",\"sentence\":%d,\"cameo\":", e->iSentence) && jsonStr(b, e->zCode)
       && brinkBufFmt(b, ",\"goldstein\":%.1f,\"mentions\":%d}", e->rGoldstein, e->nMention);
  return ok;
}

/* Days since 1970-01-01 → fraction of the year completed, GDELT's FractionDate. */
static int gdeltDates(brink_buf *b, const char *zDate){
  int32_t iDay, iJan1;
  char zY[16];
  if( brink_date_parse(zDate, &iDay)!=BRINK_OK || strlen(zDate)<10 ) return brinkBufStr(b, "\t\t\t\t");
  snprintf(zY, sizeof zY, "%.4s-01-01", zDate);
  int nYearDays = 365;
  int y = atoi(zDate);
  if( (y%4==0 && y%100!=0) || y%400==0 ) nYearDays = 366;
  if( brink_date_parse(zY, &iJan1)!=BRINK_OK ) iJan1 = iDay;
  double rFrac = (double)(iDay - iJan1 + 1) / nYearDays;
  if( rFrac>0.9999 ) rFrac = 0.9999;
  return brinkBufFmt(b, "%.4s%.2s%.2s\t%.4s%.2s\t%.4s\t%.4f", zDate, zDate+5, zDate+8, zDate, zDate+5,
                zDate, y + rFrac);
}

/* Actor1 or Actor2: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
** Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code. */
static int gdeltActor(brink_buf *b, const char *zCode, const char *zName, const char *zCountry){
  ActorParts a;
  actorParts(zCode, zCountry, &a);
  return brinkBufStr(b, "\t") && tsvField(b, zCode) && brinkBufStr(b, "\t") && tsvField(b, zName)
      && brinkBufStr(b, "\t") && tsvField(b, zCountry) && brinkBufStr(b, "\t") && tsvField(b, a.zKnown)
      && brinkBufStr(b, "\t\t\t\t") && tsvField(b, a.azType[0]) && brinkBufStr(b, "\t") && tsvField(b, a.azType[1])
      && brinkBufStr(b, "\t") && tsvField(b, a.azType[2]);
}

static const char *colT(sqlite3_stmt *q, int i){
  const char *z = (const char*)sqlite3_column_text(q, i);
  return z ? z : "";
}

/* ActionGeo_Type, _FullName, _CountryCode, _ADM1Code, _ADM2Code, _Lat,
** _Long, _FeatureID from the fold's first event (folded columns 19-27). */
static int gdeltActionGeo(sqlite3_stmt *q, brink_buf *b, const FipsTable *pFips){
  if( sqlite3_column_type(q, 25)==SQLITE_NULL ) return brinkBufStr(b, "\t\t\t\t\t\t\t");
  brink_location L;
  memset(&L, 0, sizeof L);
  L.zName = colT(q, 19); L.zFeature = colT(q, 20); L.zCountry = colT(q, 21); L.zAdm1 = colT(q, 22);
  L.rLat = sqlite3_column_double(q, 23); L.rLon = sqlite3_column_double(q, 24);
  const char *zCountryName = colT(q, 26), *zAdm1Name = colT(q, 27);
  int bUS = strcmp(L.zCountry, "USA")==0;
  /* 1 country, 2 US state, 3 US city, 4 world city, 5 world state; other
  ** features by their precision: a subdivision's, a country's, or none */
  int eType = 0;
  if( strcmp(L.zFeature, "country")==0 ) eType = 1;
  else if( strcmp(L.zFeature, "city")==0 ) eType = bUS ? 3 : 4;
  else if( strcmp(L.zFeature, "adm1")==0 || (L.zAdm1[0] && !strchr(L.zAdm1, ',')) ) eType = bUS ? 2 : 5;
  else if( L.zCountry[0] ) eType = 1;
  /* FullName as GDELT writes it: "place, subdivision, country" */
  const char *zCountry = countryNameOf(&L, zCountryName);
  int ok = eType ? brinkBufFmt(b, "%d", eType) : 1;
  ok = ok && brinkBufStr(b, "\t") && tsvField(b, L.zName);
  if( ok && strcmp(L.zFeature, "adm1")!=0 && strcmp(L.zFeature, "country")!=0 && zAdm1Name[0] ){
    ok = brinkBufStr(b, ", ") && tsvField(b, zAdm1Name);
  }
  if( ok && strcmp(L.zFeature, "country")!=0 && zCountry[0] && strcmp(zCountry, L.zName)!=0 ){
    ok = brinkBufStr(b, ", ") && tsvField(b, zCountry);
  }
  /* CountryCode: FIPS 10-4 (data/fips.tsv), "" when the country has none.
  ** ADM1Code: the ISO 3166-2 code (GDELT's are FIPS-based; see EXPORTS.md). */
  return ok && brinkBufStr(b, "\t") && tsvField(b, brinkFipsCode(pFips, L.zCountry, L.zAdm1))
      && brinkBufStr(b, "\t") && tsvField(b, L.zAdm1) && brinkBufStr(b, "\t\t")
      && bufCoord(b, L.rLat) && brinkBufStr(b, "\t") && bufCoord(b, L.rLon) && brinkBufStr(b, "\t");
}

static int rowGdelt(sqlite3_stmt *q, brink_buf *b, const FipsTable *pFips){
  const char *zDate = colT(q, 1), *zCode = colT(q, 8), *zAdded = colT(q, 16), *zUrl = colT(q, 17);
  char zDateAdded[15] = "";
  /* "YYYY-MM-DD HH:MM:SS" → YYYYMMDDHHMMSS */
  if( strlen(zAdded)>=19 ){
    snprintf(zDateAdded, sizeof zDateAdded, "%.4s%.2s%.2s%.2s%.2s%.2s",
             zAdded, zAdded+5, zAdded+8, zAdded+11, zAdded+14, zAdded+17);
  }
  int ok = brinkBufFmt(b, "%lld\t", (long long)sqlite3_column_int64(q, 0)) && gdeltDates(b, zDate)
        && gdeltActor(b, colT(q, 2), colT(q, 3), colT(q, 4))
        && gdeltActor(b, colT(q, 5), colT(q, 6), colT(q, 7))
        && brinkBufFmt(b, "\t%d\t", sqlite3_column_int(q, 15)) && tsvField(b, zCode)
        && brinkBufFmt(b, "\t%.3s\t", zCode) && tsvField(b, colT(q, 9))
        && brinkBufFmt(b, "\t%d\t%.1f\t%lld\t%lld\t%lld\t", sqlite3_column_int(q, 10),
                  sqlite3_column_double(q, 11), (long long)sqlite3_column_int64(q, 12),
                  (long long)sqlite3_column_int64(q, 13), (long long)sqlite3_column_int64(q, 14))
        /* AvgTone, then Actor1Geo_*, Actor2Geo_*: 1 + 2*8 empty columns */
        && brinkBufStr(b, "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t")
        && gdeltActionGeo(q, b, pFips) && brinkBufStr(b, "\t")
        && brinkBufStr(b, zDateAdded) && brinkBufStr(b, "\t") && tsvField(b, zUrl[0] ? zUrl : colT(q, 18))
        && brinkBufStr(b, "\n");
  return ok;
}

/* ---- Driver --------------------------------------------------------------------- */

/* Write the buffer once it is big, or at the end; 0 on a write error. */
static int flushBuf(brink_buf *b, FILE *fp, int bAll){
  if( b->n < (bAll ? 1u : 1u<<16) ) return 1;
  size_t n = fwrite(b->z, 1, b->n, fp);
  int ok = n==b->n;
  b->n = 0;
  return ok;
}

/* GDELT's FIPS 10-4 table, <datadir>/fips.tsv, as the engine finds its
** data folder: zDataDir, else $BRINK_DATA, else the built-in one. */
static int loadFips(brink_store *p, const char *zDataDir, brink_diag_fn xDiag, void *pArg,
                    FipsTable **ppFips){
  const char *zData = zDataDir;
  if( !zData ) zData = getenv("BRINK_DATA");
  if( !zData || !*zData ) zData = BRINK_DATADIR;
  size_t nPath = strlen(zData) + 16;
  char *zPath = malloc(nPath), *zErr = 0;
  if( !zPath ) return brinkStoreError(p, BRINK_ENOMEM, "out of memory");
  snprintf(zPath, nPath, "%s/fips.tsv", zData);
  *ppFips = brinkFipsLoad(zPath, xDiag, pArg, &zErr);
  free(zPath);
  if( *ppFips ) return BRINK_OK;
  int rc = brinkStoreError(p, zErr ? BRINK_EIO : BRINK_ENOMEM, zErr ? zErr : "out of memory");
  free(zErr);
  return rc;
}

int brink_store_export(brink_store *p, const brink_store_filter *f, int eFmt, FILE *fp){
  return brink_store_export_v2(p, f, eFmt, fp, 0, 0, 0);
}

int brink_store_export_v2(brink_store *p, const brink_store_filter *f, int eFmt, FILE *fp,
                          const char *zDataDir, brink_diag_fn xDiag, void *pDiagArg){
  brink_buf b = { 0, 0, 0 };
  int brc = BRINK_OK, ok = 1, bFirst = 1;
  if( eFmt<BRINK_EXPORT_JSONL || eFmt>BRINK_EXPORT_PLOVER ){
    return brinkStoreError(p, BRINK_EINVAL, "unknown export format");
  }
  if( eFmt==BRINK_EXPORT_GDELT ){
    FipsTable *pFips = 0;
    brc = loadFips(p, zDataDir, xDiag, pDiagArg, &pFips);
    if( brc ) return brc;
    sqlite3_stmt *q = 0;
    brc = brinkStoreFolded(p, f, &q);
    if( brc ){ brinkFipsFree(pFips); return brc; }
    int rc;
    while( ok && (rc = sqlite3_step(q))==SQLITE_ROW ){
      ok = rowGdelt(q, &b, pFips) && flushBuf(&b, fp, 0);
    }
    if( ok && rc!=SQLITE_DONE ) brc = brinkStoreDbError(p, rc, "reading events");
    sqlite3_finalize(q);
    brinkFipsFree(pFips);
  }else{
    brink_store_cursor *c = 0;
    brc = brink_store_query(p, f, &c);
    if( brc ) return brc;
    if( eFmt==BRINK_EXPORT_CSV ) ok = brinkBufStr(&b, zCsvHeader);
    if( eFmt==BRINK_EXPORT_ICEWS ) ok = brinkBufStr(&b, zIcewsHeader);
    brink_store_row r;
    while( ok && (brc = brink_store_next(c, &r))==BRINK_OK ){
      switch( eFmt ){
        case BRINK_EXPORT_JSONL: ok = brink_event_format(&r.ev, BRINK_OUT_JSON, &b)==BRINK_OK; break;
        case BRINK_EXPORT_CSV:   ok = rowCsv(&r, &b); break;
        case BRINK_EXPORT_ICEWS: {
          const char *zCountryName, *zAdm1Name;
          brinkStoreRowPlaces(c, &zCountryName, &zAdm1Name);
          ok = rowIcews(&r, &b, zCountryName, zAdm1Name);
          break;
        }
        default:                 ok = rowPlover(&r, &b, bFirst); break;
      }
      bFirst = 0;
      ok = ok && flushBuf(&b, fp, 0);
    }
    if( brc==BRINK_EOF ) brc = BRINK_OK;
    if( ok && brc==BRINK_OK && eFmt==BRINK_EXPORT_PLOVER ) ok = brinkBufStr(&b, bFirst ? "[]\n" : "\n]\n");
    brink_store_cursor_free(c);
  }
  if( ok && brc==BRINK_OK ) ok = flushBuf(&b, fp, 1) && fflush(fp)==0;
  brink_buf_free(&b);
  if( !ok && brc==BRINK_OK ) brc = brinkStoreError(p, BRINK_EIO, "cannot write the export (disk full?)");
  return brc;
}
