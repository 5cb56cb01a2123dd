/*
** mkgeo.c — generate brink's gazetteer table from Debian's iso-codes and
** libgeonames.
**
** Usage: mkgeo iso_3166-1.json iso_3166-2.json > data/geo.gen.tsv
**
** libgeonames is a GLib API; running it here, at build time, keeps GLib out
** of libbrink.  One tab-separated line per place:
**
**   kind  names  alpha3  adm1  lat  lon  population
**
** kind is C (a country, ISO 3166-1), A (a top-level subdivision, ISO
** 3166-2) or P (a city, libgeonames).  names is '|'-separated (the ISO
** short, common and official names, plus an ASCII form without
** diacritics).  Neither iso-codes nor geonames gives a country or a
** subdivision a coordinate, so this uses the population-weighted centre of
** the geonames cities that lie in it (averaged on the unit sphere so a
** country across the antimeridian is not put on the other side of the
** world); a place with no city gets no coordinate ("" in lat and lon).
** A city's ADM1 code comes from matching geonames' state name against the
** country's ISO 3166-2 names after dropping generic words ("Oblast",
** "Region", "Province"...) and diacritics: "Kharkiv" ~ "Kharkivska oblast".
*/
#include <geonames.h>
#include <jansson.h>
#include <utf8proc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#define PI 3.14159265358979323846

typedef struct Sub {
  char zCode[16];      /* "UA-63" */
  char zTop[16];       /* top-level code: itself, or its parent's */
  char zName[256];
  char zKey[256];      /* normalised name for matching */
  int bTop;
  double x, y, z, w;   /* weighted sum of city positions */
} Sub;

typedef struct Country {
  char zA2[3], zA3[4];
  char zNames[1024];
  double x, y, z, w;
  Sub *aSub; int nSub, nAlloc;
} Country;

static Country aCountry[300];
static int nCountry = 0;

/* Lower-case ASCII form without diacritics, or NULL. Caller frees. */
static char *asciiFold(const char *z){
  utf8proc_uint8_t *zOut = 0;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t*)z, 0, &zOut,
      UTF8PROC_NULLTERM|UTF8PROC_STABLE|UTF8PROC_DECOMPOSE|UTF8PROC_STRIPMARK);
  if( n<0 ) return 0;
  return (char*)zOut;
}

/* Match key: folded, lower case, letters only, generic words dropped. */
static void matchKey(const char *zName, char *zKey, size_t nKey){
  static const char *const azDrop[] = {"oblast","oblast'","region","province","state","governorate",
    "city","district","prefecture","county","department","autonomous","republic","of","the","municipality",
    "voivodeship","krai","kray","okrug","autonomna","respublika","oblysy","territory","capital","federal",
    "community","canton","emirate","metropolitan","special","administrative","national","division",
    "parish","island","islands","and","de","del","la","le","du","wilayah","provincia","estado",
    "governorate","muhafazat","ostan","mintaqah","departamento","regiao","region's",0};
  zKey[0] = 0;
  char *zF = asciiFold(zName);
  if( !zF ) return;
  size_t o = 0;
  char zWord[128]; size_t nW = 0;
  for(const char *p = zF; ; p++){
    int c = (unsigned char)*p;
    if( c && (isalpha(c) || c=='\'') ){
      if( nW<sizeof zWord-1 ) zWord[nW++] = (char)tolower(c);
      continue;
    }
    zWord[nW] = 0;
    if( nW ){
      int bDrop = 0;
      for(int i=0; azDrop[i]; i++) if( strcmp(zWord, azDrop[i])==0 ){ bDrop = 1; break; }
      if( !bDrop ){
        for(size_t i=0; i<nW && o+1<nKey; i++) if( zWord[i]!='\'' ) zKey[o++] = zWord[i];
      }
    }
    nW = 0;
    if( !c ) break;
  }
  zKey[o] = 0;
  free(zF);
}

static Country *findA2(const char *zA2){
  for(int i=0; i<nCountry; i++) if( strcmp(aCountry[i].zA2, zA2)==0 ) return &aCountry[i];
  return 0;
}

static void addName(char *zNames, size_t nNames, const char *z){
  if( !z || !*z || strpbrk(z, "|\t\n") ) return;
  /* already there? */
  size_t n = strlen(z);
  for(const char *p = zNames; *p; ){
    const char *e = strchr(p, '|');
    size_t m = e ? (size_t)(e-p) : strlen(p);
    if( m==n && strncmp(p, z, n)==0 ) return;
    if( !e ) break;
    p = e+1;
  }
  size_t o = strlen(zNames);
  if( o + n + 2 >= nNames ) return;
  if( o ) zNames[o++] = '|';
  memcpy(zNames+o, z, n+1);
}

/* "Korea, Republic of" -> "Republic of Korea" */
static void uninvert(const char *z, char *zOut, size_t nOut){
  zOut[0] = 0;
  const char *zComma = strstr(z, ", ");
  if( !zComma || strchr(z, '(') ) return;
  snprintf(zOut, nOut, "%s %.*s", zComma+2, (int)(zComma - z), z);
}

static void addPoint(double *px, double *py, double *pz, double *pw, double lat, double lon, double w){
  double la = lat*PI/180.0, lo = lon*PI/180.0;
  *px += w*cos(la)*cos(lo); *py += w*cos(la)*sin(lo); *pz += w*sin(la); *pw += w;
}
static void printCentre(double x, double y, double z, double w){
  if( w<=0 ){ printf("\t\t"); return; }
  double r = sqrt(x*x + y*y + z*z);
  if( r<=0 ){ printf("\t\t"); return; }
  double lat = asin(z/r)*180.0/PI, lon = atan2(y, x)*180.0/PI;
  printf("\t%.4f\t%.4f", lat, lon);
}

/* The subdivision of c whose key matches geonames' state name, or NULL. */
static Sub *matchSub(Country *c, const char *zState){
  char zKey[256];
  matchKey(zState, zKey, sizeof zKey);
  size_t n = strlen(zKey);
  if( n<3 ) return 0;
  Sub *pBest = 0; int bestScore = 0;
  for(int i=0; i<c->nSub; i++){
    Sub *s = &c->aSub[i];
    size_t m = strlen(s->zKey);
    if( m<3 ) continue;
    int score = 0;
    if( strcmp(s->zKey, zKey)==0 ) score = 3;
    /* "kharkiv" ~ "kharkivska", "belgorod" ~ "belgorodskaja": an adjectival ending */
    else if( (n>=4 && m>n && strncmp(s->zKey, zKey, n)==0 && m-n<=5)
          || (m>=4 && n>m && strncmp(s->zKey, zKey, m)==0 && n-m<=3) ) score = 2;
    else{
      /* "Geneva" ~ "Geneve": a long common stem, the same length give or take */
      size_t nCommon = 0;
      while( nCommon<n && nCommon<m && s->zKey[nCommon]==zKey[nCommon] ) nCommon++;
      if( nCommon>=5 && (n>m ? n-m : m-n)<=1 && nCommon+2>=(n<m ? n : m) ) score = 1;
    }
    if( score && s->bTop ) score++;
    if( score>bestScore ){ bestScore = score; pBest = s; }
  }
  return pBest;
}

int main(int argc, char **argv){
  if( argc!=3 ){ fprintf(stderr, "usage: mkgeo iso_3166-1.json iso_3166-2.json\n"); return 1; }
  json_error_t err;
  json_t *p1 = json_load_file(argv[1], 0, &err);
  json_t *p2 = p1 ? json_load_file(argv[2], 0, &err) : 0;
  if( !p1 || !p2 ){
    fprintf(stderr, "mkgeo: %s:%d: %s (install Debian's iso-codes)\n", p1 ? argv[2] : argv[1], err.line, err.text);
    return 1;
  }
  size_t i; json_t *pC;
  json_array_foreach(json_object_get(p1, "3166-1"), i, pC){
    const char *zA2 = json_string_value(json_object_get(pC, "alpha_2"));
    const char *zA3 = json_string_value(json_object_get(pC, "alpha_3"));
    if( !zA2 || !zA3 || strlen(zA2)!=2 || strlen(zA3)!=3 || nCountry>=300 ) continue;
    Country *c = &aCountry[nCountry++];
    memset(c, 0, sizeof *c);
    memcpy(c->zA2, zA2, 3); memcpy(c->zA3, zA3, 4);
    const char *azKey[3] = { "name", "common_name", "official_name" };
    for(int k=0; k<3; k++){
      const char *z = json_string_value(json_object_get(pC, azKey[k]));
      if( !z ) continue;
      addName(c->zNames, sizeof c->zNames, z);
      char zU[256]; uninvert(z, zU, sizeof zU);
      if( zU[0] ) addName(c->zNames, sizeof c->zNames, zU);
      char *zF = asciiFold(z);
      if( zF ){ addName(c->zNames, sizeof c->zNames, zF); free(zF); }
    }
  }
  json_array_foreach(json_object_get(p2, "3166-2"), i, pC){
    const char *zCode = json_string_value(json_object_get(pC, "code"));
    const char *zName = json_string_value(json_object_get(pC, "name"));
    const char *zParent = json_string_value(json_object_get(pC, "parent"));
    if( !zCode || !zName || strlen(zCode)<4 || strlen(zCode)>=16 || zCode[2]!='-' ) continue;
    char zA2[3] = { zCode[0], zCode[1], 0 };
    Country *c = findA2(zA2);
    if( !c ) continue;
    if( c->nSub==c->nAlloc ){
      c->nAlloc = c->nAlloc ? c->nAlloc*2 : 16;
      c->aSub = realloc(c->aSub, sizeof(Sub)*(size_t)c->nAlloc);
      if( !c->aSub ){ fprintf(stderr, "mkgeo: out of memory\n"); return 1; }
    }
    Sub *s = &c->aSub[c->nSub++];
    memset(s, 0, sizeof *s);
    snprintf(s->zCode, sizeof s->zCode, "%s", zCode);
    snprintf(s->zName, sizeof s->zName, "%s", zName);
    s->bTop = zParent==0;
    if( zParent ) snprintf(s->zTop, sizeof s->zTop, "%s-%s", zA2, zParent);
    else snprintf(s->zTop, sizeof s->zTop, "%s", zCode);
    matchKey(zName, s->zKey, sizeof s->zKey);
  }
  /* a parent may itself have a parent: follow to the top */
  for(int k=0; k<nCountry; k++){
    Country *c = &aCountry[k];
    for(int j=0; j<c->nSub; j++){
      for(int hop=0; hop<4; hop++){
        Sub *pPar = 0;
        for(int m=0; m<c->nSub; m++) if( strcmp(c->aSub[m].zCode, c->aSub[j].zTop)==0 ){ pPar = &c->aSub[m]; break; }
        if( !pPar || pPar->bTop || strcmp(pPar->zTop, c->aSub[j].zTop)==0 ) break;
        memcpy(c->aSub[j].zTop, pPar->zTop, sizeof pPar->zTop);
      }
    }
  }

  printf("# Generated by tools/mkgeo.c from Debian's iso-codes (%s, %s) and libgeonames.\n", argv[1], argv[2]);
  printf("# kind\tnames\talpha3\tadm1\tlat\tlon\tpopulation   (C country, A ISO 3166-2 top-level subdivision, P city)\n");
  int nCity = geonames_get_n_cities();
  int nMatched = 0, nOut = 0;
  for(int k=0; k<nCity; k++){
    GeonamesCity *g = geonames_get_city(k);
    if( !g ) continue;
    const char *zName = geonames_city_get_name(g);
    const char *zState = geonames_city_get_state(g);
    const char *zA2 = geonames_city_get_country_code(g);
    double lat = geonames_city_get_latitude(g), lon = geonames_city_get_longitude(g);
    double w = (double)geonames_city_get_population(g);
    Country *c = zA2 ? findA2(zA2) : 0;
    if( !c || !zName || !*zName || strpbrk(zName, "|\t\n") ){ geonames_city_free(g); continue; }
    addPoint(&c->x, &c->y, &c->z, &c->w, lat, lon, w);
    Sub *s = zState && *zState ? matchSub(c, zState) : 0;
    const char *zAdm1 = "";
    if( s ){
      Sub *pTop = s;
      for(int m=0; m<c->nSub; m++) if( strcmp(c->aSub[m].zCode, s->zTop)==0 ){ pTop = &c->aSub[m]; break; }
      addPoint(&pTop->x, &pTop->y, &pTop->z, &pTop->w, lat, lon, w);
      zAdm1 = pTop->zCode;
      nMatched++;
    }
    char zNames[600] = "";
    addName(zNames, sizeof zNames, zName);
    char *zF = asciiFold(zName);
    if( zF ){ addName(zNames, sizeof zNames, zF); free(zF); }
    printf("P\t%s\t%s\t%s\t%.4f\t%.4f\t%.0f\n", zNames, c->zA3, zAdm1, lat, lon, w);
    nOut++;
    geonames_city_free(g);
  }
  for(int k=0; k<nCountry; k++){
    Country *c = &aCountry[k];
    printf("C\t%s\t%s\t", c->zNames, c->zA3);
    printCentre(c->x, c->y, c->z, c->w);
    printf("\t%.0f\n", c->w);
    for(int j=0; j<c->nSub; j++){
      Sub *s = &c->aSub[j];
      if( !s->bTop ) continue;
      char zNames[600] = "";
      addName(zNames, sizeof zNames, s->zName);
      char *zF = asciiFold(s->zName);
      if( zF ){ addName(zNames, sizeof zNames, zF); free(zF); }
      printf("A\t%s\t%s\t%s", zNames, c->zA3, s->zCode);
      printCentre(s->x, s->y, s->z, s->w);
      printf("\t%.0f\n", s->w);
    }
    free(c->aSub);
  }
  json_decref(p1); json_decref(p2);
  if( nOut<20000 || nCountry<200 ){
    fprintf(stderr, "mkgeo: only %d cities and %d countries read; are libgeonames and iso-codes complete?\n", nOut, nCountry);
    return 1;
  }
  fprintf(stderr, "mkgeo: %d cities (%d with an ISO 3166-2 code), %d countries\n", nOut, nMatched, nCountry);
  return 0;
}
